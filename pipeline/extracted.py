"""A document as it leaves the process that extracted it: its slice of every output table
(Arrow) and its figures for the health report.

Building the rows and the figures is per-document work: done in the worker, it runs on
every core, and the run's parent only gathers slices and writes them (it once built every
table and the report alone, and two workers waited on it). The rerun cache keeps these
too, so a rerun concatenates what it kept instead of rebuilding it from Documents.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa

from .document import Document
from .report import document_figures
from .run import Failure
from .tables import build_tables


@dataclass
class Extracted:
    doc_id: str
    source_file: str
    # One slice of each table of schema.TABLES, as an Arrow IPC stream: sent between
    # processes and kept in the cache at a quarter of the cost of pickling the tables
    # (read from the cache only when asked for: cache.keep).
    slices: Mapping[str, bytes] | None
    figures: dict[str, Any]  # report.document_figures
    warnings: int = 0
    timings: dict[str, float] = field(default_factory=dict)  # CPU seconds per stage

    def table(self, name: str) -> pa.Table:
        return pa.ipc.open_stream(self.slices[name]).read_all()

    def renamed(self, source_file: str) -> Extracted:
        """The same content found under another file name (the rerun cache is keyed by content)."""
        if source_file == self.source_file:
            return self
        documents = self.table("documents")
        i = documents.schema.get_field_index("source_file")
        documents = documents.set_column(i, "source_file", pa.array([source_file] * documents.num_rows, pa.string()))
        return Extracted(self.doc_id, source_file, {**self.slices, "documents": _ipc(documents)},
                         {**self.figures, "source_file": source_file}, self.warnings, self.timings)


def extracted(outcome: Document | Failure) -> Extracted | Failure:
    if isinstance(outcome, Failure):
        return outcome
    return Extracted(outcome.doc_id, outcome.source_file,
                     {name: _ipc(table) for name, table in build_tables([outcome]).items()},
                     document_figures(outcome), len(outcome.warnings), dict(outcome.timings))


def _ipc(table: pa.Table) -> bytes:
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()
