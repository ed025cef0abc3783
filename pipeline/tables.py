"""Tables: turn processed Documents into the Arrow tables (schema.TABLES) and write them atomically."""
from __future__ import annotations

import contextlib
import gc
import os
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .document import Document
from .schema import TABLES, documents_schema


def _task_id(doc: Document, path: str | None) -> str | None:
    return None if path is None else f"{doc.doc_id}:{path}"


# Id columns numbered within their task: column -> (rows, mark before the ordinal).
_ORDINAL_IDS = {"target_id": ("targets", "#"), "parameter_id": ("parameters", "#p")}


def _row_ids(doc: Document, rows: str, mark: str) -> list[str]:
    """`<task_id or doc_id><mark>n`, n counting the rows of the same task from 1."""
    ordinals: dict[str | None, int] = defaultdict(int)
    ids = []
    for t in getattr(doc, rows):
        ordinals[t.task_path] += 1
        owner = _task_id(doc, t.task_path) or doc.doc_id
        ids.append(f"{owner}{mark}{ordinals[t.task_path]}")
    return ids


# Columns that are not an attribute of the row of the same name: (document, row) -> value.
_OF_ROW_TASK = {"doc_id": lambda d, r: d.doc_id, "task_id": lambda d, r: _task_id(d, r.task_path)}
_DERIVED: dict[str, dict[str, Callable]] = {
    "documents": {"warnings": lambda d, r: list(d.warnings)},
    "tasks": {"doc_id": lambda d, r: d.doc_id, "task_id": lambda d, r: _task_id(d, r.path),
              "text": lambda d, r: d.text[r.char_start:r.char_end]},
    "targets": _OF_ROW_TASK,
    "parameters": _OF_ROW_TASK,
    "deadlines": _OF_ROW_TASK,
    "responsibilities": _OF_ROW_TASK,
}


def _rows(docs: list[Document], table: str) -> list[tuple[Document, object]]:
    if table == "documents":
        return [(doc, doc) for doc in docs]
    return [(doc, row) for doc in docs for row in getattr(doc, table)]


def build_tables(docs: Iterable[Document]) -> dict[str, pa.Table]:
    """The tables, each built column by column from the rows' attributes (no dict
    per row: building a million small dicts and picking them apart cost most of the time)."""
    docs = list(docs)
    tables = {}
    with _gc_paused():  # a million small objects: collection passes would only cost time
        for name, schema in TABLES.items():
            rows, derived = _rows(docs, name), _DERIVED[name]
            extra = _extra_columns(docs) if name == "documents" else []
            if extra:
                schema = documents_schema(extra)
            columns = {}
            for col in schema.names:
                if col in _ORDINAL_IDS:  # ordinals count per task
                    columns[col] = [i for doc in docs for i in _row_ids(doc, *_ORDINAL_IDS[col])]
                elif col in extra:
                    columns[col] = [d.extra.get(col) for d in docs]
                elif col in derived:
                    columns[col] = [derived[col](d, r) for d, r in rows]
                else:
                    columns[col] = [getattr(r, col) for _, r in rows]
            tables[name] = pa.Table.from_pydict(columns, schema=schema)
    return tables


def _extra_columns(docs: list[Document]) -> list[str]:
    """A metadata sidecar's extra columns (every document of a run carries the same ones)."""
    seen: dict[str, None] = {}
    for doc in docs:
        seen.update(dict.fromkeys(doc.extra))
    return list(seen)


@contextlib.contextmanager
def _gc_paused():
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def write_tables(tables: dict[str, pa.Table], output: Path) -> None:
    """Write `<name>.parquet` files so a reader never sees a half-written table.

    All tables are first written to temporary files beside their targets; only when every
    one is complete are they renamed into place (rename is atomic on one filesystem).
    """
    output.mkdir(parents=True, exist_ok=True)
    staged: list[tuple[str, Path]] = []
    try:
        for name, table in tables.items():
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".parquet.tmp", dir=output)
            os.close(fd)
            staged.append((tmp, output / f"{name}.parquet"))
            pq.write_table(table, tmp)
    except BaseException:
        for tmp, _ in staged:
            Path(tmp).unlink(missing_ok=True)
        raise
    for tmp, final in staged:
        os.replace(tmp, final)
