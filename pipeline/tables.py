"""Tables: turn processed Documents into the five Arrow tables and write them atomically."""
from __future__ import annotations

import contextlib
import gc
import os
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .document import Document
from .schema import TABLES


def _task_id(doc: Document, path: str | None) -> str | None:
    return None if path is None else f"{doc.doc_id}:{path}"


def _target_ids(doc: Document) -> list[str]:
    """`<task_id or doc_id>#n`, n counting the targets of the same task from 1."""
    ordinals: dict[str | None, int] = defaultdict(int)
    ids = []
    for t in doc.targets:
        ordinals[t.task_path] += 1
        owner = _task_id(doc, t.task_path) or doc.doc_id
        ids.append(f"{owner}#{ordinals[t.task_path]}")
    return ids


def _columns(docs: list[Document]) -> dict[str, dict[str, list]]:
    """Every table as columns, read straight from the rows' attributes: no dict per row
    (building a million small dicts and then picking them apart cost most of the time)."""
    tasks = [(doc, t) for doc in docs for t in doc.tasks]
    targets = [(doc, t) for doc in docs for t in doc.targets]
    deadlines = [(doc, d) for doc in docs for d in doc.deadlines]
    units = [(doc, r) for doc in docs for r in doc.responsibilities]
    return {
        "documents": {
            "doc_id": [d.doc_id for d in docs], "source_file": [d.source_file for d in docs],
            "title": [d.title for d in docs], "plan_title": [d.plan_title for d in docs],
            "doc_number": [d.doc_number for d in docs], "issuer": [d.issuer for d in docs],
            "issue_date": [d.issue_date for d in docs], "region": [d.region for d in docs],
            "text": [d.text for d in docs], "warnings": [list(d.warnings) for d in docs],
        },
        "tasks": {
            "doc_id": [d.doc_id for d, _ in tasks],
            "task_id": [_task_id(d, t.path) for d, t in tasks],
            "path": [t.path for _, t in tasks], "parent_path": [t.parent_path for _, t in tasks],
            "level": [t.level for _, t in tasks], "label": [t.label for _, t in tasks],
            "heading": [t.heading for _, t in tasks],
            "text": [d.text[t.char_start:t.char_end] for d, t in tasks],
            "is_leaf": [t.is_leaf for _, t in tasks],
            "char_start": [t.char_start for _, t in tasks], "char_end": [t.char_end for _, t in tasks],
        },
        "targets": {
            "doc_id": [d.doc_id for d, _ in targets],
            "task_id": [_task_id(d, t.task_path) for d, t in targets],
            "target_id": [i for d in docs for i in _target_ids(d)],
            "indicator": [t.indicator for _, t in targets], "comparator": [t.comparator for _, t in targets],
            "value": [t.value for _, t in targets], "value_max": [t.value_max for _, t in targets],
            "unit": [t.unit for _, t in targets], "kind": [t.kind for _, t in targets],
            "per": [t.per for _, t in targets], "baseline_year": [t.baseline_year for _, t in targets],
            "deadline": [t.deadline for _, t in targets], "nature": [t.nature for _, t in targets],
            "span_text": [t.span_text for _, t in targets],
            "char_start": [t.char_start for _, t in targets], "char_end": [t.char_end for _, t in targets],
            "sentence": [t.sentence for _, t in targets],
        },
        "deadlines": {
            "doc_id": [d.doc_id for d, _ in deadlines],
            "task_id": [_task_id(d, x.task_path) for d, x in deadlines],
            "raw": [x.raw for _, x in deadlines], "kind": [x.kind for _, x in deadlines],
            "date": [x.date for _, x in deadlines], "start_date": [x.start_date for _, x in deadlines],
            "recurrence": [x.recurrence for _, x in deadlines],
            "char_start": [x.char_start for _, x in deadlines], "char_end": [x.char_end for _, x in deadlines],
        },
        "responsibilities": {
            "doc_id": [d.doc_id for d, _ in units],
            "task_id": [_task_id(d, r.task_path) for d, r in units],
            "unit": [r.unit for _, r in units], "unit_raw": [r.unit_raw for _, r in units],
            "role": [r.role for _, r in units], "position": [r.position for _, r in units],
            "char_start": [r.char_start for _, r in units], "char_end": [r.char_end for _, r in units],
        },
    }


def build_tables(docs: Iterable[Document]) -> dict[str, pa.Table]:
    with _gc_paused():  # a million small objects: collection passes would only cost time
        columns = _columns(list(docs))
        tables = {}
        for name, schema in TABLES.items():
            assert list(columns[name]) == schema.names, f"{name}: columns out of step with schema.py"
            tables[name] = pa.Table.from_pydict(columns[name], schema=schema)
        return tables


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
