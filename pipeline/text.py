"""Span helpers shared by the extractors: sentences and clauses of the normalised text."""
from __future__ import annotations

from collections.abc import Iterator

import regex

from .rules import compile_pattern

# A sentence ends at 。!? ; or a line break; a clause also at , and :.
_SENTENCE_END = compile_pattern(r"[。!?;\n]")
_CLAUSE_END = compile_pattern(r"[。!?;\n,:]")


def _spans(pattern: regex.Pattern, text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    pos = start
    for m in pattern.finditer(text, start, end):
        if m.end() > pos and text[pos:m.start()].strip():
            yield pos, m.end() if m.group() != "\n" else m.start()
        pos = m.end()
    if pos < end and text[pos:end].strip():
        yield pos, end


def sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence in text[start:end], end punctuation included."""
    return _spans(_SENTENCE_END, text, start, len(text) if end is None else end)


def clauses(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of each clause (split also at , and :) in text[start:end]."""
    return _spans(_CLAUSE_END, text, start, len(text) if end is None else end)


def enclosing(text: str, offset: int, stops: str = "。!?;\n") -> tuple[int, int]:
    """Span of the sentence around `offset`, bounded by any of `stops`."""
    lo = max(text.rfind(c, 0, offset) for c in stops) + 1
    hi = min((i for i in (text.find(c, offset) for c in stops) if i >= 0), default=len(text))
    return lo, hi
