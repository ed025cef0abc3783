"""Metadata: title, plan_title, doc_number, issuer, issue_date, region; body bounds."""
from __future__ import annotations

from .document import Document


def read_metadata(doc: Document) -> None:
    raise NotImplementedError  # being written
