"""A document's rows as columns of Python values, one list per column of each table.

A worker sends a document's columns, and the run's parent makes a batch's Arrow tables
from the columns of its documents at once (tables.table_of): one conversion per batch,
not per document, where a document's few rows cost less than the conversion. No pyarrow
here: a worker process never loads it (0.1 s a worker's start).
"""
from __future__ import annotations

import contextlib
import gc
from collections import defaultdict
from collections.abc import Callable, Iterable

from .document import Document


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
    "tasks": {"doc_id": lambda d, r: d.doc_id, "task_id": lambda d, r: _task_id(d, r.path)},
    "targets": _OF_ROW_TASK,
    "parameters": _OF_ROW_TASK,
    "deadlines": _OF_ROW_TASK,
    "responsibilities": _OF_ROW_TASK,
}


def _rows(docs: list[Document], table: str) -> list[tuple[Document, object]]:
    if table == "documents":
        return [(doc, doc) for doc in docs]
    return [(doc, row) for doc in docs for row in getattr(doc, table)]


# tasks.text is the document's text at each task's span: left out of the columns a worker
# sends and the rerun cache keeps (it was a third of their bytes, the text a second time)
# and cut from documents.text where a batch's tables are made (task_texts).
CUT_LATER = ("tasks", "text")


def task_texts(tasks: dict[str, list], text: str) -> list[str]:
    """tasks.text of one document's tasks columns, cut from its text."""
    return [text[start:end] for start, end in zip(tasks["char_start"], tasks["char_end"])]


def table_columns(docs: Iterable[Document], names: dict[str, list[str]]) -> dict[str, dict[str, list]]:
    """Each table's columns as lists of Python values, built from the rows' attributes (no
    dict per row: building a million small dicts and picking them apart cost most of the
    time), less tasks.text (CUT_LATER). `names`: each table's fixed columns
    (tables.column_names()), a sidecar's columns added to documents."""
    docs = list(docs)
    tables = {}
    with gc_paused():  # a million small objects: collection passes would only cost time
        for name, fixed in names.items():
            rows, derived = _rows(docs, name), _DERIVED.get(name, _OF_ROW_TASK)
            extra = _extra_columns(docs) if name == "documents" else []
            columns = {}
            for col in fixed + extra:
                if (name, col) == CUT_LATER:
                    continue
                if col in _ORDINAL_IDS:  # ordinals count per task
                    columns[col] = [i for doc in docs for i in _row_ids(doc, *_ORDINAL_IDS[col])]
                elif col in extra:
                    columns[col] = [d.extra.get(col) for d in docs]
                elif col in derived:
                    columns[col] = [derived[col](d, r) for d, r in rows]
                else:
                    columns[col] = [getattr(r, col) for _, r in rows]
            tables[name] = columns
    return tables


def joined_columns(parts: list[dict[str, list]]) -> dict[str, list]:
    """Several documents' columns of one table, one after another. A sidecar's columns, should
    a document lack some, come out null there (in the order they first appear)."""
    names = list(dict.fromkeys(name for part in parts for name in part))
    joined: dict[str, list] = {name: [] for name in names}
    for part in parts:
        rows = len(next(iter(part.values()), []))
        for name, values in joined.items():
            values.extend(part[name] if name in part else [None] * rows)
    return joined


def _extra_columns(docs: list[Document]) -> list[str]:
    """A metadata sidecar's extra columns (every document of a run carries the same ones)."""
    seen: dict[str, None] = {}
    for doc in docs:
        seen.update(dict.fromkeys(doc.extra))
    return list(seen)


@contextlib.contextmanager
def gc_paused():
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
