"""Deadlines: time expressions saying when something must happen."""
from __future__ import annotations

from .document import Document


def extract_deadlines(doc: Document) -> None:
    raise NotImplementedError  # being written
