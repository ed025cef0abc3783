"""The corpus's figures: every document's pooled, and the worst documents by each figure."""
from __future__ import annotations

from collections import Counter
from typing import Any

from .detectors import health_rules

# Per-document figures a document is ranked by in `worst` (higher is worse).
WORST_BY = ("label_lines_not_tasks", "rows_outside_tasks", "missing_opening_items",
            "unit_markers_without_units", "targets_per_kchar", "parameters_per_kchar", "warnings")


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
        "run_on_labels": sum(d.get("run_on_labels", 0) for d in per_doc),
        "run_on_labels_not_tasks": sum(d.get("run_on_labels_not_tasks", 0) for d in per_doc),
        "run_on_label_task_share": _share(sum(d.get("run_on_labels", 0) - d.get("run_on_labels_not_tasks", 0)
                                              for d in per_doc), sum(d.get("run_on_labels", 0) for d in per_doc)),
        "outline_starts_at_1_share": _share(
            sum(1 - d["missing_opening_items"] - d.get("opens_mid_outline", 0) for d in with_tasks),
            len(with_tasks)),
        # issue 8's figure: of the documents with tasks, the share whose outline keeps every opening item its text holds
        # (an outline opening past item 1 because the text does, cut at the source, keeps them all)
        "outline_keeps_opening_items_share": _share(
            sum(1 - d["missing_opening_items"] for d in with_tasks), len(with_tasks)),
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
    count = health_rules()["worst_count"]
    out = {}
    for figure in WORST_BY:
        ranked = sorted((d for d in per_doc if d[figure]), key=lambda d: d[figure], reverse=True)
        out[figure] = [{"source_file": d["source_file"], figure: d[figure]} for d in ranked[:count]]
    out["title_problem"] = [{"source_file": d["source_file"], "title_problem": d["title_problem"]}
                            for d in per_doc if d["title_problem"]][:count]
    return out

