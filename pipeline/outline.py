"""Outline: segment the plan body into numbered items (tasks)."""
from __future__ import annotations

from .document import Document


def segment(doc: Document) -> None:
    raise NotImplementedError  # being written
