"""The site's HTML pages: the index of documents, one page per document, one list per table.

Every value that comes from a notice or a table goes through `esc` (or `json_for_html`),
so the notice's own markup is shown as text.
"""
from __future__ import annotations

import html
import json
import urllib.parse
from typing import Any

from .highlight import Span, render
from .rows import INLINE_TABLES, fields, plain

TABLE_LABELS = {"tasks": "tasks", "targets": "targets", "parameters": "parameters",
                "deadlines": "deadlines", "responsibilities": "units"}
# Columns a table's list page shows (the panel shows all of them).
LIST_COLUMNS = {
    "targets": ("indicator", "indicator_key", "comparator", "value", "value_max", "unit", "kind",
                "deadline", "span_text"),
    "parameters": ("name", "name_key", "comparator", "value", "value_max", "unit", "per", "span_text"),
    "deadlines": ("raw", "kind", "date", "start_date", "recurrence"),
    "responsibilities": ("unit", "unit_raw", "role", "position"),
    "tasks": ("path", "label", "heading", "is_leaf"),
}
# Health figures from report.json shown on the index, with their column titles.
HEALTH_COLUMNS = (("label_lines_not_tasks", "label lines not tasks"),
                  ("missing_opening_items", "opening items missing"),
                  ("rows_outside_tasks", "rows outside tasks"),
                  ("targets_per_kchar", "targets /1000 chars"),
                  ("parameters_per_kchar", "parameters /1000 chars"),
                  ("title_problem", "title problem"))


def esc(value: Any) -> str:
    value = plain(value)
    return "" if value is None else html.escape(str(value))


def json_for_html(data: Any) -> str:
    """JSON safe inside a <script type="application/json">: no `<`, `>` or `&` survive."""
    text = json.dumps(data, ensure_ascii=False, default=str)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def doc_href(doc_id: str, anchor: str | None = None, prefix: str = "") -> str:
    href = f"{prefix}doc/{urllib.parse.quote(doc_id)}.html"
    return href + ("#" + urllib.parse.quote(anchor, safe=":.") if anchor else "")


def _page(title: str, body: str, prefix: str = "", script: bool = True) -> str:
    return f"""<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<link rel="stylesheet" href="{prefix}site.css">
{f'<script src="{prefix}site.js" defer></script>' if script else ''}
</head>
<body>
{body}
</body>
</html>
"""


def _nav(prefix: str, tables: list[str]) -> str:
    links = [f'<a href="{prefix}index.html">documents</a>']
    links += [f'<a href="{prefix}{name}.html">{TABLE_LABELS[name]}</a>' for name in tables]
    return f'<nav class="top">{" · ".join(links)}</nav>'


def index_page(docs: list[dict], rows: dict[str, dict[str, list[dict]]],
               health: dict[str, dict], tables: list[str]) -> str:
    health_cols = HEALTH_COLUMNS if health else ()
    head = ["file", "title", "region", "issue date", *(TABLE_LABELS[t] for t in tables), "warnings",
            *(label for _, label in health_cols)]
    numeric = {TABLE_LABELS[t] for t in tables} | {"warnings"} | {
        label for key, label in health_cols if key != "title_problem"}
    lines = []
    for doc in docs:
        doc_rows = rows.get(doc["doc_id"], {})
        figures = health.get(doc["doc_id"], {})
        warnings = doc.get("warnings") or []
        cells = [f'<a href="{doc_href(doc["doc_id"])}">{esc(doc["source_file"])}</a>',
                 esc(doc.get("title")), esc(doc.get("region")), esc(doc.get("issue_date")),
                 *(str(len(doc_rows.get(t, []))) for t in tables),
                 f'<span title="{esc("; ".join(warnings))}">{len(warnings)}</span>',
                 *(esc(figures.get(key)) for key, _ in health_cols)]
        lines.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    header = "".join(f'<th class="{"num" if h in numeric else "text"}">{esc(h)}</th>' for h in head)
    note = ("" if health else
            '<p class="note">No report.json beside the tables: run <code>make report</code> '
            "for the health figures.</p>")
    body = f"""{_nav("", tables)}
<h1>Documents ({len(docs)})</h1>
{note}
<p><input type="search" class="filter" placeholder="filter rows…" aria-label="filter"></p>
<table class="sortable filterable" id="documents">
<thead><tr>{header}</tr></thead>
<tbody>
{chr(10).join(lines)}
</tbody>
</table>"""
    return _page("policy-extract: documents", body)


def table_page(name: str, docs: dict[str, dict], rows: dict[str, dict[str, list[dict]]],
               tables: list[str]) -> str:
    """Every row of one table, each linking to its highlighted span on its document's page."""
    columns = LIST_COLUMNS[name]
    lines = []
    count = 0
    for doc_id, doc in docs.items():
        for row in rows.get(doc_id, {}).get(name, []):
            count += 1
            link = f'<a href="{doc_href(doc_id, row["anchor"])}">{esc(row["anchor"])}</a>'
            cells = [link, esc(doc["source_file"]), *(esc(row.get(c)) for c in columns)]
            lines.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    header = "".join(f"<th>{esc(c)}</th>" for c in ("row", "file", *columns))
    body = f"""{_nav("", tables)}
<h1>{esc(TABLE_LABELS[name])} ({count})</h1>
<p><input type="search" class="filter" placeholder="filter rows…" aria-label="filter"></p>
<table class="sortable filterable" id="rows-{name}">
<thead><tr>{header}</tr></thead>
<tbody>
{chr(10).join(lines)}
</tbody>
</table>"""
    return _page(f"policy-extract: {TABLE_LABELS[name]}", body)


def _outline(tasks: list[dict]) -> str:
    items = []
    for i, task in enumerate(tasks):
        items.append(
            f'<li class="task level-{int(task.get("level") or 1)}" id="{esc(task["anchor"])}" '
            f'data-table="tasks" data-row="{i}" data-start="{int(task["char_start"])}">'
            f'<a href="#{esc(urllib.parse.quote(task["anchor"], safe=":."))}">'
            f'<span class="path">{esc(task.get("path"))}</span> {esc(task.get("heading"))}</a></li>')
    return f'<ol class="outline">{"".join(items)}</ol>'


def document_page(doc: dict, doc_rows: dict[str, list[dict]], tables: list[str],
                  health: dict | None) -> str:
    text = doc.get("text") or ""
    tasks = doc_rows.get("tasks", [])
    # One list of every row on the page; marks and outline entries refer to it by index.
    page_rows: list[dict] = [{"table": "tasks", "anchor": t["anchor"], "fields": fields(t)} for t in tasks]
    spans = []
    for name in INLINE_TABLES:
        for row in doc_rows.get(name, []):
            spans.append(Span(int(row["char_start"]), int(row["char_end"]), name, len(page_rows),
                              row["anchor"]))
            page_rows.append({"table": name, "anchor": row["anchor"], "fields": fields(row)})
    # Where each task starts in the text, so the outline can scroll there.
    task_marks = [Span(int(t["char_start"]), int(t["char_start"]) + 1, "task-start", i, f"at-{t['anchor']}")
                  for i, t in enumerate(tasks)]

    legend = "".join(
        f'<li><span class="swatch t-{name}"></span>{esc(TABLE_LABELS[name])} '
        f'<span class="count" data-table="{name}">{len(doc_rows.get(name, []))}</span></li>'
        for name in tables)
    meta = [("file", doc.get("source_file")), ("title", doc.get("title")), ("plan", doc.get("plan_title")),
            ("文号", doc.get("doc_number")), ("issuer", doc.get("issuer")), ("issued", doc.get("issue_date")),
            ("region", doc.get("region")), ("doc_id", doc.get("doc_id"))]
    meta_html = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in meta if v not in (None, ""))
    warnings = doc.get("warnings") or []
    warnings_html = ("<ul class=\"warnings\">" + "".join(f"<li>{esc(w)}</li>" for w in warnings) + "</ul>"
                     if warnings else "")
    health_html = ""
    if health:
        shown = {k: v for k, v in health.items() if k not in ("doc_id", "source_file")}
        health_html = ("<details class=\"health\"><summary>health figures</summary><dl>"
                       + "".join(f"<dt>{esc(k)}</dt><dd>{esc(json.dumps(plain(v), ensure_ascii=False))}</dd>"
                                 for k, v in shown.items())
                       + "</dl></details>")
    row_lists = []
    for name in tables:
        rows = doc_rows.get(name, [])
        if not rows:
            continue
        cols = LIST_COLUMNS[name]
        lines = "".join(
            "<tr>" + f'<td><a class="rowlink" href="#{esc(urllib.parse.quote(r["anchor"], safe=":."))}">'
            f'{esc(r["anchor"].removeprefix(doc["doc_id"]))}</a></td>'
            + "".join(f"<td>{esc(r.get(c))}</td>" for c in cols) + "</tr>" for r in rows)
        row_lists.append(
            f'<h3>{esc(TABLE_LABELS[name])}</h3><table class="rows sortable"><thead><tr><th>row</th>'
            + "".join(f"<th>{esc(c)}</th>" for c in cols) + f"</tr></thead><tbody>{lines}</tbody></table>")

    body = f"""{_nav("../", tables)}
<header>
<h1>{esc(doc.get("title") or doc.get("source_file"))}</h1>
<dl class="meta">{meta_html}</dl>
{warnings_html}
{health_html}
<ul class="legend">{legend}</ul>
</header>
<main class="document">
<aside class="outline-pane"><h2>outline</h2>{_outline(tasks)}</aside>
<article class="text" lang="zh">{render(text, spans + task_marks)}</article>
<aside class="fields-pane"><h2>row</h2><div id="fields"><p class="hint">Click a highlight, an outline
item or a row link to see the row's fields.</p></div></aside>
</main>
<section class="row-lists"><h2>rows</h2>{"".join(row_lists)}</section>
<script type="application/json" id="rows-data">{json_for_html(page_rows)}</script>"""
    return _page(doc.get("title") or doc.get("source_file") or "document", body, prefix="../")
