"""`extract`: a corpus into one new set of tables, streamed.

Files are read in sorted order; each one's outcome comes from the rerun cache or from an
engine (in-process, worker processes, Dask) that maps `run.extract_file` over the files
and gives the outcomes back in that order. Documents are written as they come, a batch at
a time, so memory does not grow with the corpus; the set of tables becomes visible only
when complete (output_folder.py).
"""
from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Callable, Iterator
from typing import NamedTuple
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .cache import ResultCache, content_key, pipeline_version
from .extracted import Extracted
from .ingest import source_name
from .output_folder import OutputFolder
from .report.documents import ROW_TABLES
from .report.pooled import health_of
from .report.writing import write_report
from .run import Failure, find_inputs
from .sidecar import load_sidecar, sidecar_problems
from .tables import TableWriter
from .workers import Keep, Limits, default_workers, extract_files, extract_in_process


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
    batches_copied: int = 0  # batches of row groups copied from the cache as they were
    failures: list[Failure] = field(default_factory=list)
    sidecar_problems: list[str] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    warnings: int = 0
    timings: dict[str, float] = field(default_factory=dict)  # CPU seconds per stage
    # CPU seconds of the run's own process by phase: reading the inputs, the files' outcomes
    # (the stages themselves with one worker; receiving them from the workers otherwise),
    # writing the tables, the report (make bench; on a shared machine the wall clock says
    # more about the others' load).
    parent: dict[str, float] = field(default_factory=dict)
    unchanged: bool = False  # same inputs as the current set: nothing was written


class NothingExtracted(Exception):
    pass


def extract_corpus(corpus: Path, output: Path, options: Options,
                   on_file: Callable[[], None] | None = None, paths: list[Path] | None = None) -> Summary:
    """Extract `corpus` into a new set of tables in `output`; the previous set stays
    in place (and current) if anything fails, including no file being extracted.
    `paths`: its files (find_inputs), when the caller has listed them already.

    Raises OutputError (output folder unusable or busy) before any file is read."""
    folder = OutputFolder(output).open(wait=options.wait)
    clock = _Clock()
    cache = None
    try:
        clock.start("inputs")
        paths = find_inputs(corpus) if paths is None else paths
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
        writer = TableWriter(target, cache, reuse=not options.full)
        first_name: dict[str, str] = {}  # doc_id -> file it was written under
        duplicates: dict[str, list[str]] = {}
        figures: list[dict] = []  # each document's figures for the health report
        outcomes = _outcomes(paths, keys, root, cache, options, summary)
        while True:
            clock.start("outcomes")
            key, outcome = next(outcomes, (None, None))
            clock.start("tables")
            if outcome is None:
                break
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
            writer.add(outcome, key)
            figures.append(outcome.figures)
        writer.close(duplicates)
        if not first_name:
            raise NothingExtracted(summary)
        summary.rows = dict(writer.rows)
        summary.batches_copied = writer.reused
        for doc in figures:
            doc["duplicate_files"] = duplicates.get(doc["doc_id"], [])
        summary.sidecar_problems = sidecar_problems(corpus, [], [_Named(n) for n in names])
        if options.dataset:
            clock.start("dataset")
            from .datasets import write_datasets
            write_datasets(target, target / "dataset")
        clock.start("report")
        write_report(target, report=health_of(figures, {name: writer.rows[name] for name in ROW_TABLES}))
        clock.start("commit")
        summary.parent = clock.seconds  # up to here: the commit's own time is not in the set
        (target / INPUTS).write_text(json.dumps({**inputs, "summary": asdict(summary)}, ensure_ascii=False), "utf-8")
        folder.commit(target)
        cache.prune()
        clock.stop()
        return summary
    finally:
        if cache is not None:  # a run that stopped short keeps the outcomes it has for the next
            with contextlib.suppress(OSError):
                cache.flush()
        folder.close()


class _Clock:
    """CPU seconds of this process by phase, a phase lasting until the next one starts."""

    def __init__(self):
        self.seconds: dict[str, float] = {}
        self.phase: str | None = None
        self.since = 0.0

    def start(self, phase: str | None) -> None:
        now = time.process_time()
        if self.phase is not None:
            self.seconds[self.phase] = self.seconds.get(self.phase, 0.0) + now - self.since
        self.phase, self.since = phase, now

    def stop(self) -> None:
        self.start(None)


class _Named(NamedTuple):  # what sidecar_problems needs of a file's outcome
    source_file: str


def _count(doc: Extracted, summary: Summary) -> None:
    summary.documents += 1
    summary.warnings += doc.warnings
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
              summary: Summary) -> Iterator[tuple[str, Extracted | Failure]]:
    """Every file's content key and outcome in order: from the cache where its content was seen before,
    else from the engine (which gets only those files, in order, and keeps their outcomes
    in the cache itself)."""
    hits = [not options.full and cache.has(k) for k in keys]
    fresh = _engine([p for p, hit in zip(paths, hits) if not hit], root, options,
                    [k for k, hit in zip(keys, hits) if not hit], cache.keep)
    for path, key, hit in zip(paths, keys, hits):
        outcome = cache.get(key, source_name(path, root)[0]) if hit else None
        if outcome is not None:
            summary.cached += 1
        elif hit:  # an entry that could not be read: extract the file here
            outcome = extract_in_process(path, root, options.limits, key, cache.keep)
        else:
            outcome = next(fresh)
        yield key, outcome
    cache.flush()


def _engine(paths: list[Path], root: Path, options: Options, entries: list[str],
            keep: Keep) -> Iterator[Extracted | Failure]:
    """The engine's outcomes of `paths`; local workers start at once (extract_files). Each
    outcome is kept (`keep`) under its entry in `entries` as it comes."""
    if options.engine == "dask":
        return _dask(paths, root, options, entries, keep)
    return extract_files(paths, root, options.workers, options.limits, entries, keep)


def _dask(paths: list[Path], root: Path, options: Options, entries: list[str],
          keep: Keep) -> Iterator[Extracted | Failure]:
    from .dask_engine import extract_with_dask

    for outcome, entry in zip(extract_with_dask(paths, root, options.scheduler, options.limits), entries):
        keep(entry, outcome, None)  # the cluster's workers may not see this folder
        yield outcome

