"""Formatting a Result: summary table, markdown report, verbose listing."""
from __future__ import annotations

from collections import defaultdict

from .rows import TABLES
from .scoring import Result


def _fmt(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def summary_table(result: Result) -> str:
    lines = [f"{'table':<10} {'P':>6} {'R':>6} {'F1':>6} {'TP':>5} {'FP':>5} {'FN':>5}"]
    for t, c in result.tables.items():
        lines.append(f"{t:<10} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} "
                     f"{c.tp:5d} {c.fp:5d} {c.fn:5d}")
    by_table: dict[str, list[str]] = defaultdict(list)
    for name, acc in result.fields.items():
        table, field_name = name.split(".", 1)
        by_table[table].append(f"{field_name} {_fmt(acc.value)}")
    lines.append("field accuracy (over matched rows):")
    for table, items in by_table.items():
        lines.append(f"  {table:<10} " + "  ".join(items))
    if result.missing_documents:
        lines.append("gold documents with no prediction: " + ", ".join(result.missing_documents))
    return "\n".join(lines)


def markdown_report(result: Result, failures: list[str] | None = None) -> str:
    out = ["# Validation report", ""]
    if failures is not None:
        out += ["**Floors: all met.**" if not failures else "**Below floor:**", ""]
        out += [f"- {f}" for f in failures] + ([""] if failures else [])
    out += ["## Tables", "", "| table | P | R | F1 | TP | FP | FN |", "|---|---|---|---|---|---|---|"]
    for t, c in result.tables.items():
        out.append(f"| {t} | {c.precision:.3f} | {c.recall:.3f} | {c.f1:.3f} | "
                   f"{c.tp} | {c.fp} | {c.fn} |")
    out += ["", "## Field accuracy (over matched rows)", "", "| field | accuracy | rows |",
            "|---|---|---|"]
    for name, acc in result.fields.items():
        out.append(f"| {name} | {_fmt(acc.value)} | {acc.n} |")
    out += ["", "## Per document", "",
            "| document | " + " | ".join(f"{t} F1 (TP/FP/FN)" for t in TABLES)
            + " | document fields |",
            "|---" * (len(TABLES) + 2) + "|"]
    for doc, counts in result.per_doc.items():
        cells = [f"{c.f1:.3f} ({c.tp}/{c.fp}/{c.fn})" for c in counts.values()]
        ok = result.doc_fields.get(doc, {})
        wrong = [k for k, v in ok.items() if not v]
        fields_cell = f"{sum(ok.values())}/{len(ok)}" + (f" (wrong: {', '.join(wrong)})" if wrong else "")
        missing = " (no prediction)" if doc in result.missing_documents else ""
        out.append(f"| {doc}{missing} | " + " | ".join(cells) + f" | {fields_cell} |")
    out.append("")
    return "\n".join(out)


def _path_order(path: str) -> list[tuple[int, int | str]]:
    """Document order of task paths: 2.10 after 2.9, 专栏/附件 components after numbers."""
    return [(0, int(c)) if c.isdigit() else (1, c) for c in path.split(".") if c]


def verbose_listing(result: Result) -> str:
    """Every wrong field, miss and false positive, by document, table and task path."""
    items: dict[str, list[tuple]] = defaultdict(list)  # doc -> (table, path order, line)
    order = {t: i for i, t in enumerate(("document", *TABLES))}
    for w in result.wrong_fields:
        where = f"[{w.path}] " if w.table != "document" else ""
        quote = f"   {w.quote}" if w.quote else ""
        items[w.doc].append((order[w.table], _path_order(w.path), 0,
                             f"  WRONG {w.table}.{w.field} {where}predicted {w.predicted!r}, "
                             f"gold {w.gold!r}{quote}"))
    for g in result.misses:
        items[g.doc].append((order[g.table], _path_order(g.path), 1,
                             f"  MISS  {g.table} [{g.path}] {g.quote}"))
    for p in result.false_positives:
        items[p.doc].append((order[p.table], _path_order(p.path), 2,
                             f"  FP    {p.table} [{p.path}] {p.quote}"))
    out = []
    for doc in result.per_doc:
        if items[doc]:
            out += [f"== {doc}", *(line for *_, line in sorted(items[doc], key=lambda x: x[:3]))]
    return "\n".join(out)

