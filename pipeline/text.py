"""Span helpers shared by the extractors."""
from __future__ import annotations


def enclosing(text: str, offset: int, stops: str = "。!?;\n") -> tuple[int, int]:
    """Span of the sentence around `offset`, bounded by any of `stops`."""
    lo = max(text.rfind(c, 0, offset) for c in stops) + 1
    hi = min((i for i in (text.find(c, offset) for c in stops) if i >= 0), default=len(text))
    return lo, hi
