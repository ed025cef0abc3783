"""The health report: figures that show how the pipeline reads a corpus, with no gold needed.

Per document and pooled: lines that open with an outline label but are not tasks, outlines
that do not start at item 1, missing or wrong titles, missing issue dates, rows outside
every task, unit-list markers (责任单位:, …负责)) with no responsibilities row near them, targets and parameters per thousand characters, warnings by kind, and the
worst documents by each figure. Written as `report.json` beside the tables by every
extract, and by `python -m pipeline report --output DIR` from tables already there.

The report reads only the Parquet tables, so it describes what a user loads, and its
outline-label detector (rules/health.yaml) is independent of the outline stage it measures.

One module per job: `detectors` (the report's own readings of a text: outline-label lines, labels run on
inside lines, unit-list markers, titles that are no titles, warning kinds), `documents` (one document's
figures), `pooled` (the corpus's figures and its worst documents), `writing` (report.json and the summary
the command prints).
"""
