"""Responsibilities: units named responsible for each task, with their roles."""
from __future__ import annotations

from .document import Document


def extract_responsibilities(doc: Document) -> None:
    raise NotImplementedError  # being written
