"""A document as it leaves the process that extracted it: its rows gathered into the
columns of every output table, and its figures for the health report.

Gathering the rows and computing the figures is per-document work: done in the worker, it
runs on every core, and the run's parent only joins columns, converts each batch to Arrow
once and writes it (it once built every table and the report alone, and two workers
waited on it). Columns of plain values pickle fast, and the workers need no Arrow
conversion of their own (per document, its fixed cost exceeded the rows'). The rerun
cache keeps these too, so a rerun joins what it kept instead of rebuilding it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .document import Document
from .report import document_figures
from .run import Failure
from .tables import Columns, document_columns

if TYPE_CHECKING:
    import pyarrow as pa


@dataclass
class Extracted:
    doc_id: str
    source_file: str
    columns: Columns  # tables.document_columns
    figures: dict[str, Any]  # report.document_figures
    warnings: int = 0
    timings: dict[str, float] = field(default_factory=dict)  # CPU seconds per stage

    def table(self, name: str) -> pa.Table:
        from .tables import tables_from_columns

        return tables_from_columns([self.columns])[name]

    def renamed(self, source_file: str) -> Extracted:
        """The same content found under another file name (the rerun cache is keyed by content)."""
        if source_file == self.source_file:
            return self
        documents = {**self.columns["documents"], "source_file": [source_file]}
        return Extracted(self.doc_id, source_file, {**self.columns, "documents": documents},
                         {**self.figures, "source_file": source_file}, self.warnings, self.timings)


def extracted(outcome: Document | Failure) -> Extracted | Failure:
    if isinstance(outcome, Failure):
        return outcome
    return Extracted(outcome.doc_id, outcome.source_file, document_columns(outcome), document_figures(outcome),
                     len(outcome.warnings), dict(outcome.timings))
