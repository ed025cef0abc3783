"""The pipeline: a Document flows through the stages in order; a corpus runs file by file."""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from . import deadlines, indicator_keys, metadata, normalise, outline, responsibilities, targets
from .sidecar import load_sidecar
from .document import Document
from .ingest import SUFFIXES, InputError, read_document

Stage = Callable[[Document], None]

# Order matters: targets read the deadlines already found, and every extractor
# reads the outline to attach its rows to tasks.
STAGES: list[tuple[str, Stage]] = [
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
    for name, stage in STAGES:
        t0 = time.process_time()
        stage(doc)
        doc.timings[name] = time.process_time() - t0
    return doc


def find_inputs(corpus: Path) -> list[Path]:
    if corpus.is_file():
        return [corpus]
    return sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)


@dataclass
class Failure:
    source_file: str
    reason: str


@dataclass
class CorpusResult:
    documents: list[Document] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)


def process_corpus(paths: list[Path], corpus: Path, on_file: Callable[[], None] | None = None) -> CorpusResult:
    """Process every file; a file that fails is recorded with its reason and the run goes on."""
    result = CorpusResult()
    root = corpus if corpus.is_dir() else corpus.parent
    for path in paths:
        name = path.relative_to(root).as_posix()
        try:
            result.documents.append(process(path, root))
        except InputError as e:
            result.failures.append(Failure(name, str(e)))
        except RecursionError:
            result.failures.append(Failure(name, "structure nested too deeply to parse"))
        except Exception as e:  # a bug on one file must not cost the others their results
            result.failures.append(Failure(name, f"internal error ({type(e).__name__}: {e})"))
        if on_file:
            on_file()
    return result

