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


def document_rows(doc: Document) -> dict[str, list[dict]]:
    """The rows one document contributes to each table."""
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    rows["documents"].append({
        "doc_id": doc.doc_id, "source_file": doc.source_file, "title": doc.title,
        "plan_title": doc.plan_title, "doc_number": doc.doc_number, "issuer": doc.issuer,
        "issue_date": doc.issue_date, "region": doc.region, "text": doc.text,
        "warnings": list(doc.warnings),
    })
    for t in doc.tasks:
        rows["tasks"].append({
            "doc_id": doc.doc_id, "task_id": _task_id(doc, t.path), "path": t.path,
            "parent_path": t.parent_path, "level": t.level, "label": t.label,
            "heading": t.heading, "text": doc.text[t.char_start:t.char_end],
            "is_leaf": t.is_leaf, "char_start": t.char_start, "char_end": t.char_end,
        })
    ordinals: dict[str | None, int] = defaultdict(int)
    for t in doc.targets:
        ordinals[t.task_path] += 1
        owner = _task_id(doc, t.task_path) or doc.doc_id
        rows["targets"].append({
            "doc_id": doc.doc_id, "task_id": _task_id(doc, t.task_path),
            "target_id": f"{owner}#{ordinals[t.task_path]}",
            "indicator": t.indicator, "comparator": t.comparator, "value": t.value,
            "value_max": t.value_max, "unit": t.unit, "kind": t.kind, "per": t.per,
            "baseline_year": t.baseline_year, "deadline": t.deadline, "nature": t.nature,
            "span_text": t.span_text, "char_start": t.char_start, "char_end": t.char_end,
            "sentence": t.sentence,
        })
    for d in doc.deadlines:
        rows["deadlines"].append({
            "doc_id": doc.doc_id, "task_id": _task_id(doc, d.task_path), "raw": d.raw,
            "kind": d.kind, "date": d.date, "start_date": d.start_date,
            "recurrence": d.recurrence, "char_start": d.char_start, "char_end": d.char_end,
        })
    for r in doc.responsibilities:
        rows["responsibilities"].append({
            "doc_id": doc.doc_id, "task_id": _task_id(doc, r.task_path), "unit": r.unit,
            "unit_raw": r.unit_raw, "role": r.role, "position": r.position,
            "char_start": r.char_start, "char_end": r.char_end,
        })
    return rows


def build_tables(docs: Iterable[Document]) -> dict[str, pa.Table]:
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    with _gc_paused():  # a million small objects: collection passes would only cost time
        for doc in docs:
            for name, doc_rows in document_rows(doc).items():
                rows[name].extend(doc_rows)
        return {name: pa.Table.from_pydict({col: [r[col] for r in rows[name]] for col in schema.names},
                                           schema=schema)
                for name, schema in TABLES.items()}


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
