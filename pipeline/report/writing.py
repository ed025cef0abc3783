"""The report written: `report.json` from a run's figures or from the tables in a folder, and the summary
`python -m pipeline report` prints."""
from __future__ import annotations

import json
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .documents import ROW_TABLES, document_health
from .pooled import health_of

if TYPE_CHECKING:  # pandas is imported when the tables are read (load_tables, health)
    import pandas as pd


def health(tables: dict[str, pd.DataFrame], documents: Iterable[dict] | None = None) -> dict[str, Any]:
    """The report for loaded tables (documents, tasks, and whichever row tables exist).
    `documents` may come apart from the tables, as an iterable of rows (the folder's
    documents read a row group at a time, so their text is never all in memory)."""
    tasks_by_doc = {k: g for k, g in tables["tasks"].groupby("doc_id")} if len(tables["tasks"]) else {}
    outside: dict[str, dict[str, int]] = defaultdict(dict)
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for name in ROW_TABLES:
        df = tables.get(name)
        if df is None or not len(df):
            continue
        for doc_id, n in df.groupby("doc_id").size().items():
            counts[doc_id][name] = int(n)
        for doc_id, n in df[df["task_id"].isna()].groupby("doc_id").size().items():
            outside[doc_id][name] = int(n)

    unit_starts: dict[str, list[int]] = {}
    units = tables.get("responsibilities")
    if units is not None and len(units) and "char_start" in units:
        unit_starts = {k: g.tolist() for k, g in units.groupby("doc_id")["char_start"]}
    empty_tasks = tables["tasks"].iloc[0:0]
    documents = tables["documents"].to_dict("records") if documents is None else documents
    per_doc = [document_health(doc, tasks_by_doc.get(doc["doc_id"], empty_tasks),
                               outside.get(doc["doc_id"], {}), counts.get(doc["doc_id"], {}),
                               unit_starts.get(doc["doc_id"], []))
               for doc in documents]
    rows = {name: int(len(tables[name])) for name in ROW_TABLES if tables.get(name) is not None}
    return health_of(per_doc, rows)


# The columns the report reads of each table other than documents.
_COLUMNS = {"tasks": ["doc_id", "char_start", "path"], **{name: ["doc_id", "task_id"] for name in ROW_TABLES},
            "responsibilities": ["doc_id", "task_id", "char_start"]}


def load_tables(output: Path, with_documents: bool = True) -> dict[str, pd.DataFrame]:
    from ..tables import read_set

    names = ("documents", "tasks", *ROW_TABLES) if with_documents else ("tasks", *ROW_TABLES)
    return {name: table.to_pandas() for name, table in read_set(output, names, _COLUMNS).items()}


def _documents(folder: Path) -> Iterator[dict]:
    """The documents of the set in `folder` (tables.set_folder), a row group at a time."""
    import pyarrow.parquet as pq

    path = folder / "documents.parquet"
    if not path.exists():
        raise FileNotFoundError(f"{path} not found")
    with pq.ParquetFile(path) as documents:
        for i in range(documents.num_row_groups):
            yield from documents.read_row_group(i).to_pandas().to_dict("records")


def write_report(output: Path, tables: dict[str, pd.DataFrame] | None = None,
                 report: dict[str, Any] | None = None) -> dict[str, Any]:
    """Write `output/report.json` atomically: `report` as given (an extract gathers it from
    its documents' figures), else computed from `tables` or from the tables in `output`."""
    if report is not None:
        pass
    elif tables is not None:
        report = health(tables)
    else:  # documents a row group at a time: memory does not grow with the corpus's text
        from ..tables import set_folder

        folder = set_folder(output)  # one set for every table, even if a run switches it meanwhile
        report = health(load_tables(folder, with_documents=False), _documents(folder))
    tmp = output / ".report.json.tmp"
    tmp.write_text(_dumps(report), encoding="utf-8")
    tmp.replace(output / "report.json")
    return report


def _dumps(report: dict[str, Any]) -> str:
    """The report indented, but each document's figures on one line: indenting is done by
    json's pure-Python encoder, which took seconds on the part that grows with the corpus."""
    text = json.dumps({**report, "documents": []}, ensure_ascii=False, indent=1, default=str)
    if not report["documents"]:
        return text
    head, tail = text.rsplit('"documents": []', 1)
    documents = ",\n  ".join(json.dumps(d, ensure_ascii=False, default=str) for d in report["documents"])
    return f'{head}"documents": [\n  {documents}\n ]{tail}'


def summary(report: dict[str, Any]) -> str:
    p = report["pooled"]

    def pct(x: float | None) -> str:
        return "n/a" if x is None else f"{100 * x:.1f}%"

    lines = [
        f"{p['documents']} documents, {p['documents_with_tasks']} with tasks",
        f"outline-label lines that are tasks: {pct(p['label_line_task_share'])} "
        f"({p['label_lines_not_tasks']} of {p['label_lines']} are not)",
        f"labels inside the lines of texts that lost their breaks that are tasks: "
        f"{pct(p.get('run_on_label_task_share'))} ({p.get('run_on_labels_not_tasks', 0)} of {p.get('run_on_labels', 0)} are not)",
        f"outlines starting at item 1: {pct(p['outline_starts_at_1_share'])} "
        f"({p['documents_missing_opening_items']} documents lose opening items the text has, "
        f"{p.get('documents_opening_mid_outline', 0)} texts open mid-outline)",
        f"outlines keeping the opening items their text holds: {pct(p.get('outline_keeps_opening_items_share'))}",
        f"titles: {p['title_missing']} missing, {p['title_outline_heading']} outline headings, "
        f"{p['title_quoted_name']} quoted names; no issue date: {p['no_issue_date']}",
        f"rows outside every task: {pct(p['rows_outside_tasks_share'])} {p['rows_outside_tasks']}",
        f"unit-list markers with no unit row near: {p.get('unit_markers_without_units', 'n/a')}",
        f"targets per 1000 chars: {p['targets_per_kchar']}, parameters: {p['parameters_per_kchar']}",
        "warnings: " + (", ".join(f"{k} {v}" for k, v in p["warnings_by_kind"].items()) or "none"),
    ]
    for figure, docs in report["worst"].items():
        if docs:
            lines.append(f"worst by {figure}: " + ", ".join(
                f"{d['source_file']} ({d[figure]})" for d in docs[:5]))
    return "\n".join(lines)


def report_command(output: Path) -> int:
    try:
        report = write_report(output)
    except (OSError, ValueError) as e:
        print(f"error: cannot read the tables in {output} ({e}); run `make extract` first",
              file=sys.stderr)
        return 2
    print(summary(report))
    print(f"report: {output / 'report.json'}")
    return 0
