"""`extract`: a corpus into one new set of tables, streamed.

Files are read in sorted order; each one's outcome comes from the rerun cache or from an
engine (in-process, worker processes, Dask) that maps `run.extract_file` over the files
and gives the outcomes back in that order. Documents are written as they come, a batch at
a time, so memory does not grow with the corpus; the set of tables becomes visible only
when complete (output_folder.py).
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import NamedTuple
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .cache import ResultCache, content_key, pipeline_version
from .document import Document
from .ingest import source_name
from .output_folder import OutputFolder
from .run import Failure, Outcome, find_inputs
from .sidecar import load_sidecar, sidecar_problems
from .tables import TableWriter
from .workers import Limits, default_workers, extract_files, extract_in_process


@dataclass
class Options:
    workers: int = field(default_factory=default_workers)
    limits: Limits = field(default_factory=Limits)
    full: bool = False  # ignore the rerun cache
    wait: bool = False  # wait for another run writing the same output folder
    dataset: bool = False  # also write each table as a partitioned dataset
    engine: str = "local"  # or "dask"
    scheduler: str | None = None  # Dask scheduler address; None starts a local cluster


@dataclass
class Summary:
    documents: int = 0
    duplicates: int = 0
    cached: int = 0
    failures: list[Failure] = field(default_factory=list)
    sidecar_problems: list[str] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    warnings: int = 0
    timings: dict[str, float] = field(default_factory=dict)  # CPU seconds per stage
    unchanged: bool = False  # same inputs as the current set: nothing was written


class NothingExtracted(Exception):
    pass


def extract_corpus(corpus: Path, output: Path, options: Options,
                   on_file: Callable[[], None] | None = None) -> Summary:
    """Extract `corpus` into a new set of tables in `output`; the previous set stays
    in place (and current) if anything fails, including no file being extracted.

    Raises OutputError (output folder unusable or busy) before any file is read."""
    from .report import write_report

    folder = OutputFolder(output).open(wait=options.wait)
    try:
        paths = find_inputs(corpus)
        root = corpus if corpus.is_dir() else corpus.parent
        sidecar = load_sidecar(root)  # a file's sidecar row is part of what decides its outcome
        names = [source_name(p, root)[0] for p in paths]
        keys = [content_key(p, sidecar.row(n)) for p, n in zip(paths, names)]
        inputs = {"version": pipeline_version(), "dataset": options.dataset, "files": [list(p) for p in zip(names, keys)]}
        unchanged = None if options.full else _unchanged(output, inputs)
        if unchanged is not None:
            return unchanged
        cache = ResultCache(output)
        target = folder.new_set()
        summary = Summary()
        writer = TableWriter(target)
        first_name: dict[str, str] = {}  # doc_id -> file it was written under
        duplicates: dict[str, list[str]] = {}
        for outcome in _outcomes(paths, keys, root, cache, options, summary):
            if on_file:
                on_file()
            if isinstance(outcome, Failure):
                summary.failures.append(outcome)
                continue
            if outcome.doc_id in first_name:
                duplicates.setdefault(outcome.doc_id, []).append(outcome.source_file)
                summary.duplicates += 1
                continue
            first_name[outcome.doc_id] = outcome.source_file
            _count(outcome, summary)
            writer.add(outcome)
        writer.close(duplicates)
        if not first_name:
            raise NothingExtracted(summary)
        summary.rows = dict(writer.rows)
        summary.sidecar_problems = sidecar_problems(corpus, [], [_Named(n) for n in names])
        if options.dataset:
            from .datasets import write_datasets
            write_datasets(target, target / "dataset")
        write_report(target)
        (target / INPUTS).write_text(json.dumps({**inputs, "summary": asdict(summary)}, ensure_ascii=False), "utf-8")
        folder.commit(target)
        cache.prune()
        return summary
    finally:
        folder.close()


class _Named(NamedTuple):  # what sidecar_problems needs of a file's outcome
    source_file: str


def _count(doc: Document, summary: Summary) -> None:
    summary.documents += 1
    summary.warnings += len(doc.warnings)
    for stage, seconds in doc.timings.items():
        summary.timings[stage] = summary.timings.get(stage, 0.0) + seconds


# What the current set was made from (pipeline version, options, every file's name and
# key) and its summary: a rerun on the same inputs has nothing to do.
INPUTS = "inputs.json"


def _unchanged(output: Path, inputs: dict) -> Summary | None:
    """The current set's summary when it was made from exactly these inputs, else None."""
    try:
        made = json.loads((output / "current" / INPUTS).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if {k: made.get(k) for k in inputs} != inputs:
        return None
    summary = Summary(**{**made["summary"], "failures": [Failure(**f) for f in made["summary"]["failures"]]})
    summary.cached = len(inputs["files"])
    summary.unchanged = True
    return summary


def _outcomes(paths: list[Path], keys: list[str], root: Path, cache: ResultCache, options: Options,
              summary: Summary) -> Iterator[Outcome]:
    """Every file's outcome in order: from the cache where its content was seen before,
    else from the engine (which gets only those files, in order)."""
    hits = [not options.full and cache.has(k) for k in keys]
    fresh = _engine([p for p, hit in zip(paths, hits) if not hit], root, options)
    for path, key, hit in zip(paths, keys, hits):
        outcome = cache.get(key, source_name(path, root)[0]) if hit else None
        if outcome is not None:
            summary.cached += 1
        else:  # not cached, or an entry that could not be read: extract it here
            outcome = next(fresh) if not hit else extract_in_process(path, root, options.limits)
            cache.put(key, outcome)
        yield outcome


def _engine(paths: list[Path], root: Path, options: Options) -> Iterator[Outcome]:
    if options.engine == "dask":
        from .dask_engine import extract_with_dask
        return extract_with_dask(paths, root, options.scheduler, options.limits)
    return extract_files(paths, root, options.workers, options.limits)
