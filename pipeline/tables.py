"""Tables: processed Documents into Arrow tables (schema.TABLES), written in batches."""
from __future__ import annotations

import functools
import hashlib
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import pyarrow as pa
import pyarrow.parquet as pq

from .columns import CUT_LATER, gc_paused, joined_columns, table_columns
from .document import Document
from .row_groups import RowGroupFile, encode
from .schema import TABLES, documents_schema

if TYPE_CHECKING:
    from .extracted import Extracted


def build_tables(docs: Iterable[Document]) -> dict[str, pa.Table]:
    """The tables of these documents."""
    docs = list(docs)
    tables = table_columns(docs, column_names())
    table, column = CUT_LATER
    tables[table][column] = [doc.text[t.char_start:t.char_end] for doc in docs for t in getattr(doc, table)]
    return {name: table_of(name, columns) for name, columns in tables.items()}


@functools.cache
def column_names() -> dict[str, list[str]]:
    """Each table's fixed columns, in order (schema.TABLES), for columns.table_columns."""
    return {name: list(schema.names) for name, schema in TABLES.items()}


def table_of(name: str, columns: dict[str, list]) -> pa.Table:
    """One table (schema.TABLES[name], a sidecar's columns added to documents) from its columns."""
    schema = TABLES[name]
    if len(columns) != len(schema):
        schema = documents_schema([c for c in columns if c not in schema.names])
    with gc_paused():
        return _table(columns, schema)


def _table(columns: dict[str, list], schema: pa.Schema) -> pa.Table:
    """The columns (each the schema's field of its name) as one Arrow table, converted a column at a
    time: for a batch's rows twice as fast as one struct array of row tuples, which was
    cheaper only while each document's few rows were converted apart."""
    return pa.Table.from_arrays([pa.array(columns[field.name], type=field.type) for field in schema], schema=schema)


def without_pandas() -> None:
    """Keep pyarrow from importing pandas (0.25 s a process) in a process that only
    extracts: the first time it converts a Python list, pyarrow imports pandas just to ask
    whether the list is a pandas object. Told here that pandas is absent, it does not;
    pyarrow still imports pandas when something asks for it (to_pandas). Nothing to do
    where pandas is loaded already."""
    if "pandas" in sys.modules:
        return
    sys.meta_path.insert(0, _NoPandas)  # import pandas fails: pyarrow notes it has no pandas
    try:
        pa.array([], pa.int8())
    finally:
        sys.meta_path.remove(_NoPandas)


def plain_allocator() -> None:
    """Arrow's buffers from the C library's malloc, not from pyarrow's default pool (mimalloc)
    in a process that writes tables. mimalloc reserves a 1 GiB arena marked for transparent huge
    pages (madvise(MADV_HUGEPAGE)), so the first touch of each of its 2 MB pages is a fault that
    clears the whole page, and pages it gives back are cleared again when used next: the tables of
    the 22 MB replica cost the parent of 2 workers 0.51-0.82 CPU s with it and 0.43-0.50 with malloc
    (its system time 0.35-0.77 -> 0.29-0.33 s; jemalloc as malloc), the same bytes written. A pool
    named in ARROW_DEFAULT_MEMORY_POOL is left as chosen."""
    if not os.environ.get("ARROW_DEFAULT_MEMORY_POOL"):
        pa.set_memory_pool(pa.system_memory_pool())


class _NoPandas:
    @staticmethod
    def find_spec(name, path=None, target=None):
        if name == "pandas":
            raise ModuleNotFoundError("pandas not wanted here", name=name)
        return None


# Documents in a batch, on average: past a quarter of this many, a batch ends after a
# document whose content key, read as a number, is a multiple of the other three quarters
# (so a file added or removed changes only its own batch, or the next, and the batches
# after stay as they were), and at four times this many in any case.
BATCH_DOCUMENTS = 200


class TableWriter:
    """Every table as one Parquet file in `folder`, written a batch of documents at a time
    (one row group per batch), so memory holds one batch, not the corpus. Each document
    comes with its slice of every table already built (extracted.py): a batch is their
    concatenation, encoded on its own (row_groups.py).

    Where a batch ends depends only on its documents' content keys, so the files depend
    only on the documents and their order. A batch's encoded row groups are kept in
    `batches` (the rerun cache), under a key naming its documents (file name and content
    key): a rerun copies an unchanged batch as it is. Identical texts under several file
    names are written once: the caller passes the first document and `duplicates` names
    the others at `close`.
    """

    def __init__(self, folder: Path, batches: BatchStore | None = None, reuse: bool = True):
        self.folder, self.batches, self.reuse = folder, batches, reuse
        self.batch: list[tuple[Extracted, str]] = []  # each document with its content key
        self.files: dict[str, RowGroupFile] = {}
        self.reused = 0  # batches copied from the cache

    @property
    def rows(self) -> dict[str, int]:
        """Each table's rows written so far (its file's count)."""
        return {name: self.files[name].rows if name in self.files else 0 for name in TABLES}

    def add(self, doc: Extracted, key: str) -> None:
        self.batch.append((doc, key))
        least = BATCH_DOCUMENTS // 4
        if len(self.batch) >= 4 * BATCH_DOCUMENTS or (
                len(self.batch) >= least and int(key[:12], 16) % (BATCH_DOCUMENTS - least) == 0):
            self._flush()

    def _flush(self) -> None:
        if not self.batch:
            return
        names = hashlib.sha256("\n".join(f"{doc.source_file}\0{key}" for doc, key in self.batch)
                               .encode(errors="surrogateescape")).hexdigest()
        parts = self.batches.batch(names) if self.batches is not None and self.reuse else None
        if parts is None:
            parts = {name: encode(table_of(name, joined_columns([doc.table_columns(name) for doc, _ in self.batch])))
                     for name in TABLES}
            if self.batches is not None:
                self.batches.keep_batch(names, parts)
        else:
            self.reused += 1
        for name, part in parts.items():
            if name not in self.files:
                self.files[name] = RowGroupFile(self.folder / f"{name}.parquet")
            self.files[name].append(part)
        self.batch = []

    def close(self, duplicates: dict[str, list[str]] | None = None) -> None:
        self._flush()
        for name, schema in TABLES.items():
            if name not in self.files:  # no document at all: empty tables
                self.files[name] = RowGroupFile(self.folder / f"{name}.parquet")
                self.files[name].append(encode(schema.empty_table()))
        for file in self.files.values():
            file.close()
        if duplicates:
            _fill_duplicates(self.folder / "documents.parquet", duplicates)


class BatchStore(Protocol):
    """Where encoded batches are kept between runs (cache.ResultCache)."""

    def batch(self, key: str) -> dict[str, bytes] | None: ...

    def keep_batch(self, key: str, parts: dict[str, bytes]) -> None: ...


def _fill_duplicates(path: Path, duplicates: dict[str, list[str]]) -> None:
    """Rewrite `documents.duplicate_files` row group by row group (known only once every
    file has been read; most corpora have no duplicates and skip this)."""
    source = pq.ParquetFile(path)
    tmp = path.with_name(path.name + ".tmp")
    with pq.ParquetWriter(tmp, source.schema_arrow) as writer:
        for i in range(source.num_row_groups):
            group = source.read_row_group(i)
            column = pa.array([duplicates.get(d, []) for d in group.column("doc_id").to_pylist()],
                              type=group.schema.field("duplicate_files").type)
            writer.write_table(group.set_column(group.schema.get_field_index("duplicate_files"),
                                                "duplicate_files", column))
    source.close()
    os.replace(tmp, path)


# ------------------------------------------------------------------ reading them back
# Tables every set has; the row tables may be missing from outputs of an older version.
REQUIRED = ("documents", "tasks")


def set_folder(output: Path) -> Path:
    """The folder of the set of tables `output` shows: its `current` link resolved, once,
    so tables read one after another come from one run even if another run switches the
    set meanwhile; `output` itself when it holds the table files without a link."""
    current = output / "current"
    return current.resolve() if current.exists() else output


def read(output: Path, name: str, columns: list[str] | None = None) -> pa.Table:
    """One table of the set in `output` (all its columns, or `columns`). A row table the
    set lacks (outputs of an older version) is empty, with its columns; a missing
    documents or tasks table is FileNotFoundError naming the file."""
    path = set_folder(output) / f"{name}.parquet"
    if not path.exists():
        if name in REQUIRED or name not in TABLES:
            raise FileNotFoundError(f"{output / path.name} not found (run `make extract` first)")
        schema = TABLES[name]
        return (schema if columns is None else pa.schema([schema.field(c) for c in columns])).empty_table()
    return pq.read_table(path, columns=columns)


def read_set(output: Path, names: Iterable[str] = tuple(TABLES),
             columns: dict[str, list[str]] | None = None) -> dict[str, pa.Table]:
    """Several tables of one set (see `read`), by name."""
    folder = set_folder(output)
    return {name: read(folder, name, (columns or {}).get(name)) for name in names}
