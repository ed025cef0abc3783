"""The metadata sidecar: what a scraper's index said about each notice.

`metadata.csv` or `metadata.jsonl` at the top of the corpus folder, one row per notice keyed
by `source_file` (its path relative to the corpus, `/` separators). The columns `title`,
`plan_title`, `doc_number`, `issuer`, `issue_date`, `region`, `province`, `prefecture`,
`adcode` and `url` fill or override the document fields read from the text (an empty
cell leaves the text's value); every other column is carried into `documents` as a string
column of its own name.

A bad sidecar never stops a run: each problem is reported with the file and row it is in,
and only what it concerns is left out (a row without `source_file`, a date that is no
date, a column whose name is already a document column).
"""
from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

NAMES = ("metadata.csv", "metadata.jsonl")
KEY = "source_file"
# Document fields a sidecar may set (SCHEMA.md: title, doc_number, issuer, issue_date,
# region, url; and the fields derived from them).
FIELDS = ("title", "plan_title", "doc_number", "issuer", "issue_date", "region", "province",
          "prefecture", "adcode", "url")


def _reserved() -> set[str]:
    """Document columns the pipeline alone fills (doc_id, text, warnings, …): an extra
    column may not take their names."""
    from .schema import DOCUMENTS

    return set(DOCUMENTS.names) - set(FIELDS) - {KEY} | {"duplicate_files"}


@dataclass
class Sidecar:
    path: Path | None = None
    rows: dict[str, dict[str, str]] = field(default_factory=dict)  # source_file -> {column: value}
    extra_columns: list[str] = field(default_factory=list)  # in the order the file gives them
    problems: list[str] = field(default_factory=list)  # "metadata.csv row 4: …"

    def row(self, source_file: str) -> dict[str, str | None] | None:
        """The row for a file, every extra column present (None where not given), so that
        every document of a run has the same columns; None without a sidecar."""
        if self.path is None:
            return None
        found = self.rows.get(source_file, {})
        return {**{c: None for c in self.extra_columns}, **found}


def load_sidecar(corpus: Path) -> Sidecar:
    """The sidecar at the top of `corpus` (an empty one when there is none)."""
    folder = corpus if corpus.is_dir() else corpus.parent
    for name in NAMES:
        path = folder / name
        if path.is_file():
            return _load_cached(path.resolve(), path.stat().st_mtime_ns)
    return Sidecar()


@functools.lru_cache(maxsize=8)
def _load_cached(path: Path, mtime_ns: int) -> Sidecar:
    """Loaded once per process and file version (worker processes each load it once)."""
    sidecar = Sidecar(path)
    try:
        text = _decode(path.read_bytes())
    except OSError as e:
        sidecar.problems.append(f"{path.name}: cannot be read ({e.strerror or e}); no metadata taken from it")
        return sidecar
    records = _csv_records(text, sidecar) if path.suffix == ".csv" else _jsonl_records(text, sidecar)
    for where, record in records:
        _add(sidecar, where, record)
    return sidecar


def _decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else GB18030 as spreadsheets save it in China."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030", errors="replace")


def _csv_records(text: str, sidecar: Sidecar):
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        sidecar.problems.append(f"{sidecar.path.name}: empty file")
        return
    except csv.Error as e:
        sidecar.problems.append(f"{sidecar.path.name} row 1: unreadable header ({e})")
        return
    if KEY not in header:
        sidecar.problems.append(f"{sidecar.path.name} row 1: no '{KEY}' column (columns: {', '.join(header)}); "
                                "no metadata taken from it")
        return
    _declare_columns(sidecar, header)
    row_number = 1
    while True:
        row_number += 1
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            sidecar.problems.append(f"{sidecar.path.name} row {row_number}: unreadable ({e}); row skipped")
            continue
        if not any(v.strip() for v in values):
            continue
        if len(values) > len(header):
            sidecar.problems.append(f"{sidecar.path.name} row {row_number}: {len(values)} values for "
                                    f"{len(header)} columns; extra values ignored")
        yield f"{sidecar.path.name} row {row_number}", dict(zip(header, values))


def _jsonl_records(text: str, sidecar: Sidecar):
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{sidecar.path.name} line {number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            sidecar.problems.append(f"{where}: not JSON ({e.msg}); line skipped")
            continue
        if not isinstance(record, dict):
            sidecar.problems.append(f"{where}: not a JSON object; line skipped")
            continue
        _declare_columns(sidecar, list(record))
        yield where, {k: _as_text(v) for k, v in record.items()}


def _as_text(value) -> str:
    """JSON values as the strings a CSV would hold (numbers, true/false, lists as JSON)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _declare_columns(sidecar: Sidecar, names: list[str]) -> None:
    for name in names:
        if name == KEY or name in FIELDS or name in sidecar.extra_columns:
            continue
        if not name or name in _reserved():
            problem = f"{sidecar.path.name}: column '{name}' is a column the pipeline fills; ignored"
            if problem not in sidecar.problems:
                sidecar.problems.append(problem)
            continue
        sidecar.extra_columns.append(name)


def _add(sidecar: Sidecar, where: str, record: dict[str, str]) -> None:
    source = (record.get(KEY) or "").strip().replace("\\", "/").removeprefix("./")
    if not source:
        sidecar.problems.append(f"{where}: no {KEY}; row skipped")
        return
    if source in sidecar.rows:
        sidecar.problems.append(f"{where}: {source} already given on an earlier row; row skipped")
        return
    row: dict[str, str] = {}
    for name, value in record.items():
        value = (value or "").strip()
        if name == KEY or not value or (name not in FIELDS and name not in sidecar.extra_columns):
            continue
        if name == "issue_date" and parse_iso_date(value) is None:
            sidecar.problems.append(f"{where}: issue_date '{value}' is not a date (YYYY-MM-DD); "
                                    "the date read from the text is kept")
            continue
        row[name] = value
    sidecar.rows[source] = row


def parse_iso_date(value: str) -> dt.date | None:
    """2019-03-15, 2019/3/15, 2019.03.15 or 2019年3月15日."""
    from .metadata import parse_date

    return parse_date(value)


def sidecar_problems(corpus: Path, documents, failures=()) -> list[str]:
    """What a run should report about its sidecar: its problems, and rows that name no file
    of the corpus (a misspelt source_file fills nothing)."""
    sidecar = load_sidecar(corpus)
    if sidecar.path is None:
        return []
    known = {d.source_file for d in documents} | {f.source_file for f in failures}
    for d in documents:
        known.update(getattr(d, "duplicate_files", None) or ())
    missing = [s for s in sidecar.rows if s not in known]
    problems = list(sidecar.problems)
    if missing:
        shown = ", ".join(missing[:5]) + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
        problems.append(f"{sidecar.path.name}: {len(missing)} row(s) name no file of the corpus ({shown})")
    return problems
