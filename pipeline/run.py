"""The pipeline: a Document flows through the stages in order; a corpus runs file by file."""
from __future__ import annotations

import functools
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .sidecar import load_sidecar
from .document import Document
from .ingest import SUFFIXES, InputError, read_document, source_name

Stage = Callable[[Document], None]


class TimeLimit(BaseException):
    """A file ran past its time limit (raised by the in-process timer of `pipeline.workers`).
    Not an Exception, so that no stage's `except Exception` swallows it."""

@functools.cache
def stages() -> list[tuple[str, Stage]]:
    """The stages in order. Imported on first use: the parent of worker processes, which
    only gathers their outcomes, never loads them (0.2 s of its serial start)."""
    from . import deadlines, indicator_keys, metadata, normalise, outline, responsibilities, targets

    # Order matters: targets read the deadlines already found, and every extractor
    # reads the outline to attach its rows to tasks.
    return [
        ("normalise", normalise.normalise),
        ("metadata", metadata.read_metadata),
        ("outline", outline.segment),
        ("deadlines", deadlines.extract_deadlines),
        ("targets", targets.extract_targets),
        ("indicator_keys", indicator_keys.assign_keys),
        ("responsibilities", responsibilities.extract_responsibilities),
    ]


def process(path: Path, corpus: Path) -> Document:
    """Read one file and run every stage on it, timing each."""
    t0 = time.process_time()
    doc = read_document(path, corpus)
    doc.sidecar = load_sidecar(corpus).row(doc.source_file)  # applied by the metadata stage
    doc.timings["ingest"] = time.process_time() - t0
    return run_stages(doc)


def process_text(raw: str, source_file: str = "<text>") -> Document:
    """Run every stage on text already in memory (tests, notebooks)."""
    return run_stages(Document(source_file=source_file, raw=raw))


def run_stages(doc: Document) -> Document:
    for name, stage in stages():
        t0 = time.process_time()
        stage(doc)
        doc.timings[name] = time.process_time() - t0
    return doc


def find_inputs(corpus: Path) -> list[Path]:
    """The notices under `corpus`, through linked folders too (a corpus assembled from several
    crawls by links), each folder once however many links lead to it."""
    if corpus.is_file():
        return [corpus]
    found, seen = [], set()
    for root, folders, names in os.walk(corpus, followlinks=True):
        real = os.path.realpath(root)
        if real in seen:  # a link back up the tree, or a second link to one folder
            folders.clear()
            continue
        seen.add(real)
        folders.sort()  # which of two links names a folder must not depend on the listing order
        found += [Path(root, n) for n in names if Path(n).suffix.lower() in SUFFIXES]
    return sorted(p for p in found if p.is_file())


@dataclass
class Failure:
    """A file that gave no document, and why (shown to the user as `skipped NAME: REASON`)."""
    source_file: str
    reason: str
    # A failure of the file itself (its bytes), the same on every run: kept in the rerun
    # cache. Limits hit (time, memory) are not: a rerun with other limits may pass.
    lasting: bool = True

    def renamed(self, source_file: str) -> Failure:
        return Failure(source_file, self.reason, self.lasting)


Outcome = Document | Failure


def extract_file(path: Path, root: Path) -> Outcome:
    """The per-document function every engine maps over the corpus: one file in, its
    Document (rows filled, raw text dropped) or the reason it gave none.

    MemoryError is left to the caller, which knows whether its process is still usable.
    """
    name = source_name(path, root)[0]
    try:
        doc = process(path, root)
    except InputError as e:
        return Failure(name, str(e))
    except RecursionError:
        return Failure(name, "structure nested too deeply to parse")
    except MemoryError:
        raise
    except Exception as e:  # a bug on one file must not cost the others their results
        return Failure(name, f"internal error ({type(e).__name__}: {e})")
    doc.raw = ""  # not in any table: not worth carrying between processes or caching
    return doc


@dataclass
class CorpusResult:
    documents: list[Document] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)


def process_corpus(paths: list[Path], corpus: Path, on_file: Callable[[], None] | None = None) -> CorpusResult:
    """Process every file in this process, holding every Document (tests, notebooks;
    `extract` streams through `pipeline.extract` instead)."""
    result = CorpusResult()
    root = corpus if corpus.is_dir() else corpus.parent
    for path in paths:
        outcome = extract_file(path, root)
        if isinstance(outcome, Failure):
            result.failures.append(outcome)
        else:
            result.documents.append(outcome)
        if on_file:
            on_file()
    return result
