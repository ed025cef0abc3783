"""A document as it leaves the process that extracted it: its rows of every output table
(columns of Python values) and its figures for the health report.

Building the rows and the figures is per-document work: done in the worker, it runs on
every core, and the run's parent only joins a batch's columns, converts them to Arrow at
once and writes them (it once built every table and the report alone, and two workers
waited on it; then each worker converted its document's few rows to Arrow, which cost
three times as much as converting a batch). The rerun cache keeps these too, so a rerun
joins what it kept instead of rebuilding it from Documents.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .columns import CUT_LATER, table_columns, task_texts
from .document import Document
from .report.documents import document_figures
from .run import Failure

if TYPE_CHECKING:  # not loaded where documents are extracted (columns.py)
    import pyarrow as pa


@dataclass
class Extracted:
    doc_id: str
    source_file: str
    # Each table of schema.TABLES as columns (columns.table_columns), read from the cache
    # only when asked for (cache.keep).
    columns: Mapping[str, dict[str, list]] | None
    figures: dict[str, Any]  # report.documents.document_figures
    warnings: int = 0
    timings: dict[str, float] = field(default_factory=dict)  # CPU seconds per stage

    def table(self, name: str) -> pa.Table:
        from .tables import table_of

        return table_of(name, self.table_columns(name))

    def table_columns(self, name: str) -> dict[str, list]:
        """Its columns of one table, tasks.text cut from its text (columns.CUT_LATER)."""
        columns = self.columns[name]
        if name != CUT_LATER[0]:
            return columns
        return {**columns, CUT_LATER[1]: task_texts(columns, self.columns["documents"]["text"][0])}

    def renamed(self, source_file: str) -> Extracted:
        """The same content found under another file name (the rerun cache is keyed by content)."""
        if source_file == self.source_file:
            return self
        return Extracted(self.doc_id, source_file, _Renamed(self.columns, source_file),
                         {**self.figures, "source_file": source_file}, self.warnings, self.timings)


class _Renamed(Mapping):
    """Columns with documents.source_file changed, read from the cached ones when asked for."""

    def __init__(self, columns: Mapping[str, dict[str, list]], source_file: str):
        self.columns, self.source_file = columns, source_file

    def __getitem__(self, name: str) -> dict[str, list]:
        columns = self.columns[name]
        if name != "documents":
            return columns
        return {**columns, "source_file": [self.source_file] * len(columns["source_file"])}

    def __iter__(self):
        return iter(self.columns)

    def __len__(self) -> int:
        return len(self.columns)


def extracted(outcome: Document | Failure, names: dict[str, list[str]] | None = None) -> Extracted | Failure:
    """The outcome as it leaves its process; `names`: each table's fixed columns
    (tables.column_names(), which loads pyarrow: a worker process is given them)."""
    if isinstance(outcome, Failure):
        return outcome
    if names is None:
        from .tables import column_names

        names = column_names()
    return Extracted(outcome.doc_id, outcome.source_file, table_columns([outcome], names),
                     document_figures(outcome), len(outcome.warnings), dict(outcome.timings))
