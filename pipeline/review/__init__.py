"""The review site: a static HTML site over an output folder's tables, so a reader can see
every extracted row in the sentence it came from.

    python -m pipeline review --output outputs      # -> outputs/site/index.html

index.html lists the documents with their row counts, warnings and health figures
(report.json); doc/<doc_id>.html shows a document's normalised text with every row's span
highlighted, a colour per table, the tasks as an outline beside it, and the fields of a row
on click; <table>.html lists every row of a table, each linking to its span. A row opens in
place at `doc/<doc_id>.html#<row id>` (target_id, parameter_id, task_id; deadlines and units
`<doc_id>:<table>:<n>`).
"""
from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from .pages import document_page, index_page, table_page
from .rows import INLINE_TABLES, by_document, load_report, load_tables

ASSETS = ("site.css", "site.js")


def build_site(output: Path, site: Path | None = None) -> Path:
    """Write the site for the tables in `output` to `site` (default `output/site`), replacing
    the previous one only once the new one is complete."""
    site = site or output / "site"
    tables = load_tables(output)
    health = load_report(output)
    rows = by_document(tables)
    shown = ["tasks", *INLINE_TABLES]
    docs = sorted(tables["documents"], key=lambda d: d["source_file"])

    site.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{site.name}.", dir=site.parent))
    try:
        (staging / "doc").mkdir()
        for asset in ASSETS:
            shutil.copyfile(Path(__file__).with_name(asset), staging / asset)
        (staging / "index.html").write_text(index_page(docs, rows, health, shown), encoding="utf-8")
        by_id = {d["doc_id"]: d for d in docs}
        for name in shown:
            (staging / f"{name}.html").write_text(table_page(name, by_id, rows, shown), encoding="utf-8")
        for doc in docs:
            page = document_page(doc, rows.get(doc["doc_id"], {}), shown, health.get(doc["doc_id"]))
            (staging / "doc" / f"{doc['doc_id']}.html").write_text(page, encoding="utf-8")
        if site.exists():
            shutil.rmtree(site)
        staging.rename(site)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return site


def review_command(output: Path, site: Path | None = None) -> int:
    try:
        written = build_site(output, site)
    except (OSError, ValueError) as e:
        print(f"error: cannot build the review site from {output} ({e}); run `make extract` first",
              file=sys.stderr)
        return 2
    print(f"review site: {written / 'index.html'}")
    return 0
