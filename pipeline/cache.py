"""The rerun cache: each file's outcome kept under the output folder, keyed by its bytes.

A rerun extracts only files whose content is new, and copies the encoded row groups of
a batch of documents that is unchanged (tables.TableWriter; keyed by its files' names and
keys, in the same folder). Entries live in a folder named after
the pipeline's version (a hash of its code and of rules/): a change to either starts an
empty folder and the old one is removed. Entries are written whole (temporary file, then
rename), so a killed run leaves none half-written; entries of files no longer in the
corpus are removed after each complete run.

Entries are pickles: the cache trusts its own output folder as it trusts the code.
"""
from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import json
import os
import pickle
import shutil
from collections.abc import Mapping
from pathlib import Path

from .rules import RULES_DIR
from typing import TYPE_CHECKING

from .run import Failure

if TYPE_CHECKING:
    from .extracted import Extracted

    Outcome = Extracted | Failure

PIPELINE_DIR = Path(__file__).resolve().parent


@functools.cache
def pipeline_version() -> str:
    """Hash of everything that decides a file's outcome: the code and the rules."""
    digest = hashlib.sha256()
    for folder, pattern in ((PIPELINE_DIR, "**/*.py"), (RULES_DIR, "**/*")):
        for path in sorted(folder.glob(pattern)):
            if path.is_file():
                digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def rules_checked(output: Path) -> Path:
    """A file in the cache folder of this pipeline version, made after a run: these rules
    passed the check every extract starts with (cli.py), which a later run skips (it
    reads every rules file and compiles each pattern: 65 ms of every rerun)."""
    return output / ".cache" / pipeline_version() / "rules-checked"


def content_key(path: Path, sidecar_row: dict | None = None) -> str:
    """Hash of the file's bytes, of its format (the same bytes are read otherwise as .txt
    and as .html: ingest.read_document) and of what the corpus's metadata sidecar says about it."""
    digest = hashlib.sha256(json.dumps(sidecar_row, sort_keys=True).encode() + b"\0"
                            + path.suffix.lower().encode() + b"\0")
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


class ResultCache:
    def __init__(self, output: Path):
        root = output / ".cache"
        self.folder = root / pipeline_version()
        self.folder.mkdir(parents=True, exist_ok=True)
        for other in root.iterdir():  # another version's entries can never be used again
            if other != self.folder:
                shutil.rmtree(other, ignore_errors=True)
        for leftover in self.folder.glob("*/.*.tmp"):
            leftover.unlink()
        self.used: set[str] = set()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def has(self, key: str) -> bool:
        return self._path(key).exists()

    def get(self, key: str, source_file: str) -> Outcome | None:
        """The outcome stored for this content, under this file's name; None if absent."""
        try:
            with open(self._path(key), "rb") as f:
                outcome = pickle.load(f)
                if not isinstance(outcome, Failure):  # its columns follow, read when asked for
                    outcome.columns = _Columns(self._path(key), f.tell())
        except FileNotFoundError:
            return None
        except Exception:  # unreadable entry (disk trouble): extract the file again
            return None
        self.used.add(key)
        return outcome.renamed(source_file)

    def entry(self, key: str) -> Path:
        """Where the outcome of this content is kept: the worker that extracts the file
        writes it there itself (`keep`), so the parent only gathers results."""
        self.used.add(key)
        return self._path(key)

    def batch(self, key: str) -> dict[str, bytes] | None:
        """A batch's encoded row groups by table (tables.TableWriter), None if absent."""
        try:
            with open(self._path(key), "rb") as f:
                parts = pickle.load(f)
        except Exception:  # absent, or unreadable: the batch is encoded again
            return None
        self.used.add(key)
        return parts

    def keep_batch(self, key: str, parts: dict[str, bytes]) -> None:
        self.used.add(key)
        _write(self._path(key), _pickled(parts))

    def prune(self) -> None:
        """Remove entries of files that are no longer in the corpus."""
        for path in self.folder.glob("*/*.pickle"):
            if path.stem not in self.used:
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()


def keep(entry: Path, outcome: Outcome) -> bytes | None:
    """Write an outcome whole into its cache entry (a temporary file, then a rename). A
    failure that another run's limits may not meet again (time, memory) is not kept.
    Returns the columns as pickled there, for a worker to send as they are (`columns_of`)
    instead of pickling them a second time."""
    if isinstance(outcome, Failure):
        if outcome.lasting:
            _write(entry, _pickled(outcome))
        return None
    # The rows (50 times the rest) after the rest, as a second pickle: a rerun reads them
    # only for a batch of documents that changed (tables.TableWriter). One file, not two:
    # creating and renaming files cost more than pickling (0.2 ms a file).
    columns = _pickled(dict(outcome.columns))
    _write(entry, _pickled(dataclasses.replace(outcome, columns=None)), columns)
    return columns


def columns_of(pickled: bytes) -> dict[str, dict[str, list]]:
    """Columns as `keep` returned them."""
    return pickle.loads(pickled)


class _Columns(Mapping):
    """A cached document's columns of the tables, read from its entry when first asked for."""

    def __init__(self, path: Path, offset: int):
        self.path, self.offset, self._columns = path, offset, None

    def _read(self) -> dict[str, dict[str, list]]:
        if self._columns is None:
            with open(self.path, "rb") as f:
                f.seek(self.offset)
                self._columns = pickle.load(f)
        return self._columns

    def __getitem__(self, name: str) -> dict[str, list]:
        return self._read()[name]

    def __iter__(self):
        return iter(self._read())

    def __len__(self) -> int:
        return len(self._read())


def _pickled(value) -> bytes:
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


def _write(entry: Path, *pickles: bytes) -> None:
    tmp = entry.with_name(f".{entry.name}.{os.getpid()}.tmp")
    try:
        f = open(tmp, "wb")
    except FileNotFoundError:  # the entry's subfolder, made once
        entry.parent.mkdir(exist_ok=True)
        f = open(tmp, "wb")
    with f:
        for data in pickles:
            f.write(data)
    os.replace(tmp, entry)
