"""The rows a review page shows: the tables read from an output folder, grouped by document,
each row with the anchor id a link opens it by."""
from __future__ import annotations

import datetime as dt
import json
import math
from collections import defaultdict
from pathlib import Path
from typing import Any

# Tables highlighted in the text, in the order their marks are drawn (and their legend).
INLINE_TABLES = ("targets", "parameters", "deadlines", "responsibilities")
# A table's own row id, where it has one; other rows get `<doc_id>:<table>:<ordinal>`.
ROW_ID = {"tasks": "task_id", "targets": "target_id", "parameters": "parameter_id"}
# Columns a reader needs no panel for: positions and ids are in the link, text is on the page.
HIDDEN = {"doc_id", "text", "char_start", "char_end", "anchor"}


def load_tables(output: Path) -> dict[str, list[dict[str, Any]]]:
    """documents and tasks (required) and the row tables (empty when an older run did not
    write them), as lists of dicts."""
    from ..tables import read_set

    return {name: table.to_pylist() for name, table in read_set(output, ("documents", "tasks", *INLINE_TABLES)).items()}


def load_report(output: Path) -> dict[str, dict[str, Any]]:
    """Per-document health figures from report.json, by doc_id ({} when there is none)."""
    path = output / "report.json"
    if not path.exists():
        return {}
    try:
        report = json.loads(path.read_text(encoding="utf-8"))
        return {d["doc_id"]: d for d in report.get("documents", [])}
    except (ValueError, KeyError, TypeError, AttributeError):
        return {}


def by_document(tables: dict[str, list[dict]]) -> dict[str, dict[str, list[dict]]]:
    """doc_id -> table -> rows in text order, each row given its `anchor`."""
    grouped: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for name, rows in tables.items():
        if name == "documents":
            continue
        for row in rows:
            grouped[row["doc_id"]][name].append(row)
    for doc_id, doc_tables in grouped.items():
        for name, rows in doc_tables.items():
            for ordinal, row in enumerate(rows, 1):
                row["anchor"] = row.get(ROW_ID.get(name, "")) or f"{doc_id}:{name}:{ordinal}"
    return grouped


def plain(value: Any) -> Any:
    """A cell as JSON can carry it: dates as ISO text, NaN as null, lists as lists."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def fields(row: dict) -> dict[str, Any]:
    return {k: plain(v) for k, v in row.items() if k not in HIDDEN}
