"""jieba's segmentation (its default dictionary, HMM on), without loading the whole dictionary.

jieba reads its 349k words and all their prefixes into one dict before its first cut
(0.5-1 s a process, from its marshal cache), while the pipeline segments a few hundred
short strings. A cut only ever looks up substrings of the string cut (the word graph, the
runs of single characters it hands to the HMM), so a tokenizer whose dictionary holds the
entries of those substrings, with jieba's total, cuts exactly as jieba does. The entries
live in an SQLite file beside jieba's own cache, built once from jieba's dictionary by
jieba's own reader, and are looked up a string at a time.
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import logging
import os
import sqlite3
import tempfile
from pathlib import Path

# SQLite's default limit of bound parameters in one statement is 999 before 3.32.
_BATCH = 900


def words(text: str) -> list[str]:
    """jieba.lcut(text), blanks left out."""
    return [w for w in _dictionary().tokenizer_for(text).lcut(text) if w.strip()]


class _Dictionary:
    """jieba's prefix dictionary, read on demand: `entries` holds every substring looked up
    so far that the dictionary has (its count, 0 for a mere prefix of a word)."""

    def __init__(self, path: Path):
        jieba = _jieba()
        self.connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self.total, self.longest = self.connection.execute("SELECT total, longest FROM meta").fetchone()
        self.entries: dict[str, int] = {}
        self.asked: set[str] = set()
        self.tokenizer = jieba.Tokenizer()
        self.tokenizer.FREQ, self.tokenizer.total = self.entries, self.total
        self.tokenizer.initialized = True

    def tokenizer_for(self, text: str):
        wanted = {text[i:j] for i in range(len(text))
                  for j in range(i + 1, min(len(text), i + self.longest) + 1)} - self.asked
        if wanted:
            wanted = sorted(wanted)
            for at in range(0, len(wanted), _BATCH):
                batch = wanted[at:at + _BATCH]
                self.entries.update(self.connection.execute(
                    f"SELECT word, n FROM freq WHERE word IN ({','.join('?' * len(batch))})", batch))
            self.asked.update(wanted)
        return self.tokenizer


class _Whole:
    """jieba's own tokenizer, for a machine whose temporary folder cannot hold the file."""

    def tokenizer_for(self, text: str):
        return _jieba().dt


def warm() -> None:
    """jieba imported and the dictionary's file built, for processes forked from this one;
    no connection is opened here (SQLite's must not cross a fork)."""
    _jieba()

    with contextlib.suppress(OSError, sqlite3.Error):
        _database()


@functools.cache
def _dictionary() -> _Dictionary | _Whole:
    try:
        return _Dictionary(_database())
    except (OSError, sqlite3.Error):
        return _Whole()


@functools.cache
def _jieba():
    """jieba, imported without pkg_resources (70 ms, deprecated), which it only uses to find
    its dictionary file and does without when absent."""
    import sys

    if "pkg_resources" in sys.modules:
        import jieba
    else:
        sys.meta_path.insert(0, _NoPkgResources)
        try:
            import jieba
        finally:
            sys.meta_path.remove(_NoPkgResources)
    jieba.setLogLevel(logging.WARNING)
    return jieba


class _NoPkgResources:
    @staticmethod
    def find_spec(name, path=None, target=None):
        if name == "pkg_resources":
            raise ModuleNotFoundError("pkg_resources not wanted here", name=name)
        return None


@functools.cache
def _database() -> Path:
    """The SQLite file of jieba's dictionary, built on first use (named by the dictionary's
    bytes, so another jieba version gets its own)."""
    with _jieba().dt.get_dict_file() as f:
        data = f.read()
    path = Path(tempfile.gettempdir()) / f"policy-extract-jieba-{hashlib.md5(data).hexdigest()}.sqlite"
    if not path.exists():
        _build(data, path)
    return path


def _build(data: bytes, path: Path) -> None:
    import io

    freq, total = _jieba().Tokenizer.gen_pfdict(io.BytesIO(data))
    fd, building = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    os.close(fd)
    try:
        with sqlite3.connect(building) as connection:
            connection.execute("CREATE TABLE freq (word TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID")
            connection.executemany("INSERT INTO freq VALUES (?, ?)", sorted(freq.items()))
            connection.execute("CREATE TABLE meta (total INTEGER NOT NULL, longest INTEGER NOT NULL)")
            connection.execute("INSERT INTO meta VALUES (?, ?)", (total, max(map(len, freq))))
        connection.close()
        os.chmod(building, 0o644)
        os.replace(building, path)  # a concurrent build gives the same bytes' result
    finally:
        if os.path.exists(building):
            os.unlink(building)
