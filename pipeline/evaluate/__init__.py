"""Evaluator: score extracted tables against hand-labelled gold files (ANNOTATION.md, "Scoring").

Three layers, so the scoring can be tested without files:

- `score(golds, tables) -> Result`: pure; gold dicts (as loaded from the YAML files) and
  pandas DataFrames (documents, tasks, targets, deadlines, responsibilities) in.
- `summary_table`, `markdown_report`, `verbose_listing`: format a Result.
- `validate(gold_dirs, output_dirs, thresholds, verbose)`: load files, score, print, write
  `<first output>/validation_report.md`, compare with the floors; returns the exit status.
  Several gold folders and output folders are scored together (pooled): gold files name
  their document by `source_file`, so each finds its tables in whichever output holds them.

Matching: a predicted row can only match a gold row of the same document (gold
`source_file` -> `documents.source_file` -> doc_id) and the same task path (task_id is
`doc_id:path`; a null task_id is the gold path ""), and then when
  tasks      - same path;
  targets    - same value and value_max (rounded to 6 decimals), same normalised unit
               (an alternative measure word in brackets aside: 套(间) = 套);
  deadlines  - same date; where the date is null, same recurrence; where both are null
               (`from`), same start_date;
  units      - same name once a leading level prefix 省/市/县/区 is ignored.
Each gold row is matched at most once. Among the candidates, a required gold row is
preferred over an optional one, then the pair agreeing best on the other fields (same
comparator/kind/indicator for targets, kind for deadlines, role for units), so field
accuracy is fair. A match to an optional gold row counts neither as TP nor FP; an unmatched
optional gold row is not a miss; every row of a task marked optional is optional. Field
accuracy is taken over matched required rows; a document field absent from a gold file
is not scored. A gold document with no predicted document counts all its rows as misses
and its fields as wrong; predicted documents with no gold file are ignored.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

from .formatting import markdown_report, summary_table, verbose_listing
from .rows import DOCUMENT_FIELDS, PREDICTED_TABLE, TABLES, Row, gold_rows, predicted_rows, similarity
from .scoring import (AGREEMENT, FIELDS, MATCH_KEY, Accuracy, Counts, Result, WrongField,
                      check_floors, score)


def load_floors(path: Path, labelled_set: str | None = None) -> dict[str, float]:
    """Floors from a thresholds file: `floors:` for every set, or a set's own list under
    `sets: {name: {...}}`, which replaces the general one for that set."""
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    floors = data.get("floors") or {}
    if labelled_set is not None and labelled_set in (data.get("sets") or {}):
        floors = data["sets"][labelled_set] or {}
    return {str(k): float(v) for k, v in floors.items()}


def load_golds(gold_dir: Path) -> list[dict]:
    import yaml

    golds = []
    for path in sorted(gold_dir.glob("*.yaml")):
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(gold, dict) or "source_file" not in gold:
            raise ValueError(f"{path}: not a gold file (no source_file)")
        golds.append(gold)
    return golds


def load_tables(output_dir: Path) -> dict[str, pd.DataFrame]:
    """The predicted tables of one set (a table an older run did not write is empty)."""
    from ..tables import read_set

    return {name: table.to_pandas() for name, table in read_set(output_dir, ("documents", *PREDICTED_TABLE.values())).items()}


def pooled_tables(output_dirs: list[Path]) -> dict[str, pd.DataFrame]:
    """The tables of several outputs as one set (doc_ids are content hashes, so the
    documents of different corpora do not collide)."""
    sets = [load_tables(d) for d in output_dirs]
    if len(sets) == 1:
        return sets[0]
    return {name: pd.concat([s[name] for s in sets], ignore_index=True) for name in sets[0]}


def _ambiguous_sources(golds: list[dict], tables: dict[str, pd.DataFrame]) -> list[str]:
    """Gold source files that more than one pooled document carries."""
    documents = tables.get("documents")
    if documents is None or documents.empty:
        return []
    wanted = {g["source_file"] for g in golds}
    ids = documents[documents["source_file"].isin(wanted)].groupby("source_file")["doc_id"].nunique()
    return sorted(ids[ids > 1].index)


def validate(gold_dirs: Path | list[Path], output_dirs: Path | list[Path], thresholds: Path,
             verbose: bool = False) -> int:
    """Score the outputs against the gold folders, pooled; 0 if every metric meets its
    floor, else 1."""
    gold_dirs = [gold_dirs] if isinstance(gold_dirs, Path) else list(gold_dirs)
    output_dirs = [output_dirs] if isinstance(output_dirs, Path) else list(output_dirs)
    output_dir = output_dirs[0]  # where the report is written
    try:
        golds = [g for d in gold_dirs for g in load_golds(d)]
        tables = pooled_tables(output_dirs)
        floors = load_floors(thresholds)
    except (OSError, ValueError) as e:
        print(f"error: cannot read gold, outputs or floors ({type(e).__name__}: {e}); "
              f"run `make extract` first if the outputs are missing", file=sys.stderr)
        return 2
    if not golds:
        print(f"error: no gold files (*.yaml) in {', '.join(map(str, gold_dirs))}", file=sys.stderr)
        return 2
    ambiguous = _ambiguous_sources(golds, tables)
    if ambiguous:
        # gold names its document by file name only: two corpora with a doc_0001.html each would
        # score one's rows against the other's gold
        print(f"error: {', '.join(ambiguous[:5])} name different documents in the pooled outputs "
              f"({', '.join(map(str, output_dirs))}): score those collections separately", file=sys.stderr)
        return 2
    result = score(golds, tables)
    failures = check_floors(result, floors)
    if verbose:
        print(verbose_listing(result))
        print()
    print(summary_table(result))
    report = output_dir / "validation_report.md"
    report.write_text(markdown_report(result, failures), encoding="utf-8")
    print(f"report: {report}")
    if not failures:
        print(f"floors: all {len(floors)} met ({thresholds.as_posix()})")
    if failures:
        print("below floor (" + thresholds.as_posix() + "):", file=sys.stderr)
        for f in failures:
            print(f"  {f}", file=sys.stderr)
        return 1
    return 0
