"""Health report: figures that show how the pipeline reads a corpus, with no gold needed.

Per document and pooled: lines that open with an outline label but are not tasks, outlines
that do not start at item 1, missing or wrong titles, missing issue dates, rows outside
every task, unit-list markers (责任单位:, …负责)) with no responsibilities row near them, targets and parameters per thousand characters, warnings by kind, and the
worst documents by each figure. Written as `report.json` beside the tables by every
extract, and by `python -m pipeline report --output DIR` from tables already there.

The report reads only the Parquet tables, so it describes what a user loads, and its
outline-label detector (rules/health.yaml) is independent of the outline stage it measures.
"""
from __future__ import annotations

import bisect
import functools
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import regex

from .outline.labels import read_label
from .outline.lines import body_lines, numbered_notes, table_of_contents
from .rules import compile_pattern, load

if TYPE_CHECKING:  # pandas is imported only to report on tables already written: a worker
    import pandas as pd  # computing one document's figures needs none of it

# Tables whose rows carry a task_id (those with a null one lie outside every task).
ROW_TABLES = ("targets", "parameters", "deadlines", "responsibilities")
# Per-document figures a document is ranked by in `worst` (higher is worse).
WORST_BY = ("label_lines_not_tasks", "rows_outside_tasks", "missing_opening_items",
            "unit_markers_without_units", "targets_per_kchar", "parameters_per_kchar", "warnings")


@functools.cache
def _rules() -> dict[str, Any]:
    rules = load("health")
    labels = "|".join(f"(?:{p})" for p in rules["label_patterns"])
    after = "|".join(rules["run_on_after"])
    # (the patterns asked of every line under `re` where they are plain: a third less time
    # than under `regex`; the unit marker's scan of the text stays under `regex`, twice as fast there)
    ranks = rules["run_on_rank_labels"]
    return {
        "label_line": compile_pattern(rf"^(?:#+\s*)?(?:{labels})"),
        # a label inside a line, right after a sentence end; and one of the top ranks there (the label
        # looked for first: the sentence end behind it, read backwards, cost five times as much at every
        # character)
        "run_on_label": compile_pattern(rf"(?=[ \t]*(?:{labels}))(?<={after})[ \t]*(?P<label>{labels})"),
        "run_on_rank": compile_pattern(rf"(?=[ \t]*(?:{ranks}))(?<={after})[ \t]*(?:{ranks})"),
        "run_on_min": int(rules["run_on_min_labels"]),
        "min_text": int(rules["min_text_after_label"]),
        "attachment_list": compile_pattern(rules["attachment_list"]),
        "links_only": compile_pattern(rules["links_only"]),
        "table_cell": compile_pattern(rules["table_cell"]),
        "flattened_table_head": compile_pattern(rules["flattened_table_head"]),
        "cell_table_header": load("outline")["cell_table_header"],
        "attachment_head": compile_pattern(rules["attachment_head"]),
        "first_item": regex.compile(rules["first_item_pattern"]),
        "list_line": compile_pattern(rules["attachment_list_line"]),
        "bad_title": {k: regex.compile(p) for k, p in rules["bad_title_patterns"].items()},
        "worst_count": int(rules["worst_count"]),
        "unit_marker": regex.compile(rules["unit_marker"]),
        "unit_marker_reach": int(rules["unit_marker_reach"]),
    }


def label_lines(text: str) -> list[int]:
    """Start offsets of the lines that open with an outline label followed by text, less
    the numbered lines of an attachment list (`附件:1.…` and the `2.…` lines under it) and
    the label lines after a flattened table's head (its cells), which the annotation guide
    says are no items, and list items that are only links (navigation). In a table laid one
    cell a line (its `序号` alone on a line) the label lines are its cells' until one goes on
    with a list the text opened before the table (the outline it stands in resumes). The lines of
    a table of contents and the numbered notes under a `注:` line are no items either, read as
    the outline reads them."""
    rules = _rules()
    lines = body_lines(text, 0, len(text))
    not_items = {lines[i].start for i in table_of_contents(lines) | numbered_notes(lines)}
    starts, offset, in_list, in_table = [], 0, False, False
    last: dict[str, int] = {}  # the last ordinal of each label style read, and the same before a cell table
    in_cells: dict[str, int] | None = None
    for line in text.split("\n"):
        m = rules["label_line"].match(line)
        labelled = bool(m) and len(line[m.end():].strip(" :")) >= rules["min_text"] \
            and not rules["links_only"].match(line[m.end():]) and not rules["table_cell"].search(line)
        label = read_label(line.lstrip("# ")) if labelled else None
        if label is not None:
            if in_cells is not None and in_cells.get(label.style) == label.ordinal - 1:
                in_cells = None
            last[label.style] = label.ordinal
        if line.strip() == rules["cell_table_header"]:
            in_cells = dict(last)
        elif rules["attachment_head"].fullmatch(line.strip()):
            last = {}  # an attachment's outline starts afresh
        labelled = labelled and in_cells is None
        if rules["attachment_list"].match(line):
            in_list = True
        elif in_list and line.strip() and not (labelled and rules["list_line"].match(line)) \
                and not rules["links_only"].match(line):  # (an image of what a name names: the list runs on)
            in_list = False
        in_table = in_table and labelled
        if labelled and not in_list and not in_table:
            starts.append(offset)
        in_table |= "序号" in line and rules["flattened_table_head"].search(line) is not None
        offset += len(line) + 1
    return [start for start in starts if start not in not_items]


def run_on_labels(text: str) -> list[int]:
    """Start offsets of the labels inside the lines of a text that lost its line breaks (a one-line CSV field,
    a crawl's page on one line, a chapter's articles run together), each right after a sentence end and
    followed by text, as they started lines in the published notice; none in a text whose lines hold fewer
    than `run_on_min_labels` labels of the top ranks (一、, 第N章/条): its paragraphs' own enumerations
    (`包括:(一)…(二)…`) are no items. Labels opening a line are label_lines'."""
    rules = _rules()
    if sum(1 for _ in zip(range(rules["run_on_min"]), rules["run_on_rank"].finditer(text))) < rules["run_on_min"]:
        return []
    starts = []
    for m in rules["run_on_label"].finditer(text):
        line_end = text.find("\n", m.end())
        rest = text[m.end():line_end if line_end >= 0 else None]  # the rest of the label's line
        if len(rest.strip(" :")) >= rules["min_text"]:
            starts.append(m.start("label"))
    return starts


def _has_first_item(text: str) -> bool:
    """Whether a line of `text` opens with the label of an outline's first item."""
    first_item = _rules()["first_item"]
    return any(first_item.match(line.strip()) for line in text.split("\n"))


def title_problem(title: Any) -> str | None:
    """Why a title is no title (missing, an outline heading, a quoted document name), or None."""
    if title is None or (isinstance(title, float) and title != title) or not str(title).strip():  # NaN
        return "missing"
    for kind, pattern in _rules()["bad_title"].items():
        if pattern.search(str(title)):
            return kind
    return None


def _ordinal(path: str) -> str:
    return path.rsplit(".", 1)[-1]


def unit_markers_without_units(text: str, tasks_start: int, unit_starts: list[int]) -> list[int]:
    """Start offsets of the lines, from the first task on, holding a unit-list marker
    (rules/health.yaml `unit_marker`: 责任单位:, 牵头单位:, …负责), (牵头)) with no
    responsibilities row within `unit_marker_reach` characters: lists the units stage may
    have missed (or prose such as 各责任单位负责解释, which it rightly skips)."""
    rules = _rules()
    reach = rules["unit_marker_reach"]
    starts = sorted(unit_starts)
    lines: list[int] = []
    for m in rules["unit_marker"].finditer(text, tasks_start):
        i = bisect.bisect_left(starts, m.start() - reach)
        if i < len(starts) and starts[i] <= m.end() + reach:
            continue
        line = text.rfind("\n", 0, m.start()) + 1
        if not lines or lines[-1] != line:
            lines.append(line)
    return lines


def marker_context(text: str, line: int, before: int = 20, after: int = 40) -> str:
    """The words around the first unit-list marker of the line at `line`: on a page a crawler stored
    as one line, the line's start is far from it (the page's title, its breadcrumb)."""
    m = _rules()["unit_marker"].search(text, line)
    at = m.start() if m else line
    return text[max(line, at - before):at + after].split("\n", 1)[0]


def warning_kind(warning: str) -> str:
    """A warning without its particulars (`metadata: …` -> `metadata`; numbers dropped)."""
    head = re.split(r"[:(;,]", warning, maxsplit=1)[0]
    return re.sub(r"\d+", "N", head).strip()


def _line_of(text: str, offsets: list[int]) -> set[int]:
    """The start offset of the line holding each offset."""
    return {text.rfind("\n", 0, o) + 1 for o in offsets}


def document_figures(doc) -> dict[str, Any]:
    """The figures of one processed Document (pipeline.document), as `document_health` gives
    them from its rows in the tables: computed where the document was extracted, so the
    run's parent only gathers them. `duplicate_files` is filled in by the parent."""
    counts, outside = {}, {}
    for name in ROW_TABLES:
        rows = getattr(doc, name)
        if rows:
            counts[name] = len(rows)
            if missing := sum(1 for r in rows if r.task_path is None):
                outside[name] = missing
    return figures(doc.doc_id, doc.source_file, [], doc.text, doc.title, doc.issue_date is None,
                   doc.warnings, [(t.char_start, t.path) for t in doc.tasks], outside, counts,
                   [r.char_start for r in doc.responsibilities])


def document_health(doc: dict, tasks: pd.DataFrame, rows_outside: dict[str, int],
                    counts: dict[str, int], unit_starts: list[int] = ()) -> dict[str, Any]:
    """The figures of one document read back from the tables."""
    import pandas as pd

    issue_date = doc.get("issue_date")
    return figures(doc["doc_id"], doc["source_file"],
                   list(doc.get("duplicate_files") if doc.get("duplicate_files") is not None else []),
                   doc["text"] or "", doc.get("title"), issue_date is None or pd.isna(issue_date),
                   doc.get("warnings") if doc.get("warnings") is not None else [],
                   list(zip(tasks["char_start"].tolist(), tasks["path"].tolist())), rows_outside, counts,
                   unit_starts)


def figures(doc_id: str, source_file: str, duplicate_files: list[str], text: str, title: Any,
            no_issue_date: bool, warnings: Iterable[str], tasks: list[tuple[int, str]],
            rows_outside: dict[str, int], counts: dict[str, int],
            unit_starts: Iterable[int] = ()) -> dict[str, Any]:
    """A document's figures from its text, fields and rows (tasks as (char_start, path),
    unit_starts: the char_start of each responsibilities row)."""
    warnings = list(warnings)
    labelled = sorted([*label_lines(text), *run_on_labels(text)])
    task_starts = {int(s) for s, _ in tasks}
    task_lines = _line_of(text, list(task_starts))
    # a label opening a line is a task's when a task starts on its line; one inside a line, when a task starts at it
    not_tasks = [s for s in labelled if s not in task_lines and s not in task_starts]
    first_start, first = min(tasks, key=lambda t: t[0]) if tasks else (None, None)
    opening = _ordinal(first) if first is not None else None
    not_at_1 = opening is not None and opening.isdigit() and opening != "1"
    tasks_start = int(first_start) if tasks else len(text)
    lost = not_at_1 and _has_first_item(text[:tasks_start])
    kchars = max(len(text), 1) / 1000
    unitless = unit_markers_without_units(text, tasks_start, [int(u) for u in unit_starts])
    return {
        "doc_id": doc_id,
        "source_file": source_file,
        "duplicate_files": duplicate_files,
        "chars": len(text),
        "tasks": len(tasks),
        "label_lines": len(labelled),
        "label_lines_not_tasks": len(not_tasks),
        # the first few such lines, so a reader can see what was missed
        "label_lines_not_tasks_examples": [text[s:s + 60].split("\n", 1)[0] for s in not_tasks[:5]],
        "first_item": first,
        # the outline's first item is not item 1: the outline lost opening items the text has
        # (missing_opening_items), or the text opens mid-outline, cut at the source
        "missing_opening_items": int(lost),
        "opens_mid_outline": int(not_at_1 and not lost),
        "title_problem": title_problem(title),
        "no_issue_date": int(no_issue_date),
        "rows_outside_tasks": sum(rows_outside.values()),
        "rows_outside_by_table": rows_outside,
        "unit_markers_without_units": len(unitless),
        "unit_markers_without_units_examples": [marker_context(text, s) for s in unitless[:5]],
        "targets": counts.get("targets", 0),
        "parameters": counts.get("parameters", 0),
        "targets_per_kchar": round(counts.get("targets", 0) / kchars, 3),
        "parameters_per_kchar": round(counts.get("parameters", 0) / kchars, 3),
        "warnings": len(warnings),
        "warning_kinds": sorted({warning_kind(w) for w in warnings}),
    }


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


def health_of(per_doc: list[dict], rows: dict[str, int]) -> dict[str, Any]:
    """The report from every document's figures and each row table's row count."""
    return {"pooled": pooled(per_doc, rows), "worst": worst(per_doc), "documents": per_doc}


def pooled(per_doc: list[dict], rows: dict[str, int]) -> dict[str, Any]:
    n = len(per_doc)
    label_lines_total = sum(d["label_lines"] for d in per_doc)
    with_tasks = [d for d in per_doc if d["tasks"]]
    kchars = max(sum(d["chars"] for d in per_doc), 1) / 1000
    titles = Counter(d["title_problem"] for d in per_doc if d["title_problem"])
    warnings = Counter(k for d in per_doc for k in d["warning_kinds"])
    outside = Counter()
    for d in per_doc:
        outside.update(d["rows_outside_by_table"])
    return {
        "documents": n,
        "documents_with_tasks": len(with_tasks),
        "label_lines": label_lines_total,
        "label_lines_not_tasks": sum(d["label_lines_not_tasks"] for d in per_doc),
        "label_line_task_share": _share(label_lines_total - sum(d["label_lines_not_tasks"] for d in per_doc),
                                        label_lines_total),
        "outline_starts_at_1_share": _share(
            sum(1 - d["missing_opening_items"] - d.get("opens_mid_outline", 0) for d in with_tasks),
            len(with_tasks)),
        "documents_missing_opening_items": sum(d["missing_opening_items"] for d in per_doc),
        "documents_opening_mid_outline": sum(d.get("opens_mid_outline", 0) for d in per_doc),
        "title_missing": titles.get("missing", 0),
        "title_outline_heading": titles.get("outline_heading", 0),
        "title_quoted_name": titles.get("quoted_name", 0),
        "no_issue_date": sum(d["no_issue_date"] for d in per_doc),
        "no_issue_date_share": _share(sum(d["no_issue_date"] for d in per_doc), n),
        "rows": rows,
        "rows_outside_tasks": dict(outside),
        "rows_outside_tasks_share": _share(sum(outside.values()), sum(rows.values())),
        "unit_markers_without_units": sum(d.get("unit_markers_without_units", 0) for d in per_doc),
        "targets_per_kchar": round(rows.get("targets", 0) / kchars, 3),
        "parameters_per_kchar": round(rows.get("parameters", 0) / kchars, 3),
        "warnings_by_kind": dict(warnings.most_common()),
    }


def _share(part: int, whole: int) -> float | None:
    return None if whole == 0 else round(part / whole, 4)


def worst(per_doc: list[dict]) -> dict[str, list[dict]]:
    count = _rules()["worst_count"]
    out = {}
    for figure in WORST_BY:
        ranked = sorted((d for d in per_doc if d[figure]), key=lambda d: d[figure], reverse=True)
        out[figure] = [{"source_file": d["source_file"], figure: d[figure]} for d in ranked[:count]]
    out["title_problem"] = [{"source_file": d["source_file"], "title_problem": d["title_problem"]}
                            for d in per_doc if d["title_problem"]][:count]
    return out


# The columns the report reads of each table other than documents.
_COLUMNS = {"tasks": ["doc_id", "char_start", "path"], **{name: ["doc_id", "task_id"] for name in ROW_TABLES},
            "responsibilities": ["doc_id", "task_id", "char_start"]}


def load_tables(output: Path, with_documents: bool = True) -> dict[str, pd.DataFrame]:
    from .tables import read_set

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
        from .tables import set_folder

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
        f"outlines starting at item 1: {pct(p['outline_starts_at_1_share'])} "
        f"({p['documents_missing_opening_items']} documents lose opening items the text has, "
        f"{p.get('documents_opening_mid_outline', 0)} texts open mid-outline)",
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
