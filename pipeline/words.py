"""Word segmentation with jieba, without loading its whole dictionary into memory.

jieba reads its prefix dictionary (500 000 entries) on first use, which costs ~1 s, while
the targets stage only segments a few short indicator names. Here the dictionary is copied
once into an SQLite file beside jieba's own cache, and the tokenizer looks words up in it
one at a time. The segmentation is jieba's own (same dictionary, same DAG, same HMM for
unknown words); only where the frequencies are read from differs.
"""
from __future__ import annotations

import functools
import os
import sqlite3
import tempfile


class _FrequencyFile:
    """The mapping jieba's Tokenizer reads as `FREQ` (word or word prefix -> count)."""

    def __init__(self, path: str) -> None:
        self._db = sqlite3.connect(path, check_same_thread=False)

    @functools.lru_cache(maxsize=65536)
    def get(self, word: str, default: int | None = None) -> int | None:
        try:
            row = self._db.execute("SELECT n FROM freq WHERE w = ?", (word,)).fetchone()
        except UnicodeEncodeError:  # a lone surrogate: in no dictionary
            row = None
        return default if row is None else row[0]

    def __contains__(self, word: str) -> bool:
        return self.get(word) is not None

    def __getitem__(self, word: str) -> int:
        n = self.get(word)
        if n is None:
            raise KeyError(word)
        return n

    def total(self) -> int:
        return self._db.execute("SELECT n FROM total").fetchone()[0]


def _frequency_path(jieba) -> str:
    dictionary = os.path.join(os.path.dirname(jieba.__file__), jieba.DEFAULT_DICT_NAME)
    stamp = f"{jieba.__version__}.{int(os.path.getmtime(dictionary))}.{os.path.getsize(dictionary)}"
    return os.path.join(tempfile.gettempdir(), f"policy_extract.jieba.{stamp}.sqlite")


def _build(jieba, path: str) -> None:
    """Copy jieba's dictionary (as it loads it) into `path`, atomically."""
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    partial = f"{path}.{os.getpid()}.partial"
    if os.path.exists(partial):
        os.remove(partial)
    db = sqlite3.connect(partial)
    db.execute("CREATE TABLE freq (w TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID")
    db.executemany("INSERT INTO freq VALUES (?, ?)", tokenizer.FREQ.items())
    db.execute("CREATE TABLE total (n INTEGER NOT NULL)")
    db.execute("INSERT INTO total VALUES (?)", (tokenizer.total,))
    db.commit()
    db.close()
    os.replace(partial, path)


@functools.cache
def _tokenizer():
    """jieba's Tokenizer over the on-disk dictionary, built on first use."""
    import logging

    import jieba
    jieba.setLogLevel(logging.WARNING)
    path = _frequency_path(jieba)
    try:
        if not os.path.exists(path):
            _build(jieba, path)
        freq = _FrequencyFile(path)
        total = freq.total()
    except (OSError, sqlite3.Error):  # no writable temp dir, or a damaged copy: jieba's own way
        return jieba.dt
    tokenizer = jieba.Tokenizer()
    tokenizer.FREQ, tokenizer.total, tokenizer.initialized = freq, total, True
    return tokenizer


def lcut(text: str) -> list[str]:
    """jieba.lcut(text)."""
    return _tokenizer().lcut(text)
