"""Targets: quantitative commitments with comparator, value, unit and deadline."""
from __future__ import annotations

from .document import Document


def extract_targets(doc: Document) -> None:
    raise NotImplementedError  # being written
