"""One document's figures: computed where the document was extracted (`document_figures`), or read back
from the tables (`document_health`)."""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..metadata.body import chrome_run_on_after_date
from ..metadata.lines import split_lines
from ..metadata.patterns import patterns
from .detectors import (has_first_item, label_lines, marker_context, run_on_labels, title_problem,
                        unit_markers_without_units, warning_kind)

if TYPE_CHECKING:  # pandas is imported only to report on tables already written: a worker
    import pandas as pd  # computing one document's figures needs none of it

# Tables whose rows carry a task_id (those with a null one lie outside every task).
ROW_TABLES = ("targets", "parameters", "deadlines", "responsibilities")


def _ordinal(path: str) -> str:
    return path.rsplit(".", 1)[-1]


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
    # the guide's outline-label lines: a label opening a line. A label inside a running line (a body stored as one line,
    # an item's own list run on after its colon) is no label line: counted apart (run_on_labels), so an inline list the
    # readers take for no items (nineteenth H57D_07/08's one-line JSON bodies) does not lower the lines' share
    # what a crawl record carries after the page's chrome run on after the signature's date (a collector's Q&A) is
    # after the notice's end, as metadata reads it: its numbered questions are no outline of the notice
    # (its lines are split only where the pattern stands at all: every document's figures pass here)
    end = chrome_run_on_after_date(split_lines(text), 0, len(text)) \
        if patterns()["date_then_trailing_chrome"].search(text) else len(text)
    labelled = [s for s in label_lines(text) if s < end]
    run_on = [s for s in run_on_labels(text) if s < end]
    task_starts = {int(s) for s, _ in tasks}
    task_lines = _line_of(text, list(task_starts))
    # a label opening a line is a task's when a task starts on its line; one inside a line, when a task starts at it
    not_tasks = [s for s in labelled if s not in task_lines and s not in task_starts]
    run_on_not_tasks = [s for s in run_on if s not in task_starts]
    first_start, first = min(tasks, key=lambda t: t[0]) if tasks else (None, None)
    opening = _ordinal(first) if first is not None else None
    not_at_1 = opening is not None and opening.isdigit() and opening != "1"
    tasks_start = int(first_start) if tasks else len(text)
    lost = not_at_1 and has_first_item(text[:tasks_start])
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
        # labels inside lines right after a sentence end, in a text that lost its line breaks (detectors.run_on_labels)
        "run_on_labels": len(run_on),
        "run_on_labels_not_tasks": len(run_on_not_tasks),
        "run_on_labels_not_tasks_examples": [text[s:s + 60].split("\n", 1)[0] for s in run_on_not_tasks[:5]],
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

