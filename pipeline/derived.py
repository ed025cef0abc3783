"""Data derived once per document and read by several stages (the deadline index, the retrospective items, the review
parts the deadlines stage reads first and the targets stage reads again)."""
from __future__ import annotations

from collections.abc import Callable

from .document import Document

# Data derived once per document and read for every quantity (the deadline index, the
# retrospective items, the review parts the deadlines stage reads first), valid for the document
# it was built for. A document and the view of it the targets stage reads (its text unwrapped:
# dataclasses.replace) share their list of tasks, so that list says whose the data is.
DERIVED: dict[str, object] = {}
_OWNER: list = [None]


def derived(doc: Document, name: str, build: Callable[[Document], object]):
    if _OWNER[0] is not doc.tasks:
        clear_derived()
        _OWNER[0] = doc.tasks
    if name not in DERIVED:
        DERIVED[name] = build(doc)
    return DERIVED[name]


def clear_derived() -> None:
    DERIVED.clear()
    _OWNER[0] = None
