"""The rerun cache: each file's outcome kept under the output folder, keyed by its bytes.

A rerun extracts only files whose content is new, and copies the encoded row groups of
a batch of documents that is unchanged (tables.TableWriter; keyed by its files' names and
keys, in the same folder). Entries live in a folder named after
the pipeline's version (a hash of its code and of rules/): a change to either starts an
empty folder and the old one is removed. The files' entries are written by the run's
parent in packs of PACK_ENTRIES (creating a file cost 0.2 ms, as much as a small notice's
rows and figures); packs and batches are written whole (temporary file, then rename), so a
killed run leaves none half-written and loses at most the entries of its last pack. After
each complete run a pack none of whose entries is in the corpus is removed, and one of
which fewer than half are is written again without the others.

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
import sys
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


# A pack's entries: enough that its file's creation costs little per entry, few enough that
# the parent holds little (a notice's entry is 20-40 KB) and a killed run loses little.
PACK_ENTRIES = 256


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
        self.packs = self.folder / "packs"
        # each entry's pack, each pack's entries: (offset, head length, columns length) by key, and where in
        # its file they start (after its header's length and its header)
        self.index: dict[str, Path] = {}
        self.contents: dict[Path, dict[str, tuple[int, int, int]]] = {}
        self.starts: dict[Path, int] = {}
        for pack in sorted(self.packs.glob("*.pack")):
            try:
                with open(pack, "rb") as f:
                    length = int.from_bytes(f.read(8), "little")
                    self._indexed(pack, pickle.loads(f.read(length)), 8 + length)
            except Exception:  # unreadable (disk trouble): its files are extracted again
                with contextlib.suppress(OSError):
                    pack.unlink()
        self.pending: list[tuple[str, bytes, bytes | None]] = []
        self.unwritable = False

    def _indexed(self, pack: Path, contents: dict[str, tuple[int, int, int]], start: int) -> None:
        self.contents[pack], self.starts[pack] = contents, start
        for key in contents:
            self.index[key] = pack

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def has(self, key: str) -> bool:
        return key in self.index

    def get(self, key: str, source_file: str) -> Outcome | None:
        """The outcome stored for this content, under this file's name; None if absent."""
        pack = self.index.get(key)
        if pack is None:
            return None
        try:
            offset, head, columns = self.contents[pack][key]
            at = self.starts[pack] + offset
            # the entry alone, not its pack: a rerun whose files' entries alternate between packs (files
            # changed among unchanged ones) would otherwise read a whole pack (MBs) for each
            outcome = pickle.loads(_read(pack, at, head))
            if not isinstance(outcome, Failure):  # its columns follow, read when asked for
                outcome.columns = _Columns(key, pack, at + head, columns)
        except Exception:  # unreadable entry (disk trouble): extract the file again
            return None
        self.used.add(key)
        return outcome.renamed(source_file)

    def keep(self, key: str, outcome: Outcome, pieces: tuple[bytes, bytes | None] | None = None) -> None:
        """Keep a file's outcome (`pieces`: as `pickles` gave it, if it was pickled already) in
        the pack being filled. A failure that another run's limits may not meet again (time,
        memory) is not kept."""
        if isinstance(outcome, Failure) and not outcome.lasting:
            return
        head, columns = pieces or pickles(outcome)
        self.used.add(key)
        self.pending.append((key, head, columns))
        if len(self.pending) >= PACK_ENTRIES:
            self.flush()

    def flush(self) -> None:
        """Write the pack being filled."""
        if not self.pending:
            return
        contents, parts, offset = {}, [], 0
        for key, head, columns in self.pending:
            contents[key] = (offset, len(head), len(columns or b""))
            parts += [head, columns or b""]
            offset += contents[key][1] + contents[key][2]
        header = _pickled(contents)
        pack = self.packs / f"{hashlib.sha256(''.join(contents).encode()).hexdigest()[:32]}.pack"
        self.pending = []
        if not self._written(pack, len(header).to_bytes(8, "little"), header, *parts):
            return
        if pack in self.contents:  # the same files again (an entry that could not be read)
            self.contents.pop(pack)
        self._indexed(pack, contents, 8 + len(header))

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
        self._written(self._path(key), _pickled(parts))

    def _written(self, entry: Path, *pickles: bytes) -> bool:
        """Write an entry; a cache that cannot be written (disk full, no permission) costs the
        next run its reuse, never this run its tables: said once, then the run goes on."""
        try:
            _write(entry, *pickles)
            return True
        except OSError as error:
            if not self.unwritable:
                print(f"cache: cannot write {entry}: {error.strerror or error}; this run's results "
                      "are not kept for reruns", file=sys.stderr)
            self.unwritable = True
            return False

    def prune(self) -> None:
        """Remove entries of files that are no longer in the corpus (and batches no longer made)."""
        self.flush()
        for path in self.folder.glob("*/*.pickle"):
            if path.stem not in self.used:
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
        for pack, contents in list(self.contents.items()):
            kept = [key for key in contents if key in self.used and self.index[key] == pack]
            if 2 * len(kept) >= len(contents):
                continue
            if kept:
                try:
                    data = memoryview(pack.read_bytes())[self.starts[pack]:]
                except OSError:
                    continue
                for key in kept:
                    offset, head, columns = contents[key]
                    self.pending.append((key, bytes(data[offset:offset + head]),
                                         bytes(data[offset + head:offset + head + columns]) if columns else None))
            with contextlib.suppress(FileNotFoundError):
                pack.unlink()
            del self.contents[pack], self.starts[pack]
            self.flush()


def pickles(outcome: Outcome) -> tuple[bytes, bytes | None]:
    """An outcome as its cache entry keeps it: the outcome without its columns and the
    columns (None for a failure), as two pickles. A worker sends the parent these as they
    are, so they are pickled once."""
    if isinstance(outcome, Failure):
        return _pickled(outcome), None
    # The rows (50 times the rest) after the rest, as a second pickle: a rerun reads them
    # only for a batch of documents that changed (tables.TableWriter).
    return _pickled(dataclasses.replace(outcome, columns=None)), _pickled(dict(outcome.columns))


def unpickled(head: bytes, columns: bytes | None) -> Outcome:
    """The outcome `pickles` gave."""
    outcome = pickle.loads(head)
    if columns is not None:
        outcome.columns = pickle.loads(columns)
    return outcome


class _Columns(Mapping):
    """A cached document's columns of the tables, read from its pack when first asked for."""

    def __init__(self, key: str, pack: Path, at: int, length: int):
        self.key, self.pack, self.at, self.length, self._columns = key, pack, at, length, None

    def _read(self) -> dict[str, dict[str, list]]:
        if self._columns is None:
            self._columns = pickle.loads(_read(self.pack, self.at, self.length))
        return self._columns

    def __getitem__(self, name: str) -> dict[str, list]:
        return self._read()[name]

    def __iter__(self):
        return iter(self._read())

    def __len__(self) -> int:
        return len(self._read())


def _read(path: Path, at: int, length: int) -> bytes:
    with open(path, "rb") as f:
        f.seek(at)
        return f.read(length)


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
