"""Evaluator: score extracted tables against hand-labelled gold files (ANNOTATION.md, "Scoring").

Three layers, so the scoring can be tested without files:

- `score(golds, tables) -> Result`: pure; gold dicts (as loaded from the YAML files) and
  pandas DataFrames (documents, tasks, targets, deadlines, responsibilities) in.
- `summary_table`, `markdown_report`, `verbose_listing`: format a Result.
- `validate(gold_dir, output_dir, thresholds, verbose)`: load files, score, print, write
  `<output>/validation_report.md`, compare with the floors; returns the exit status.

Matching: a predicted row can only match a gold row of the same document (gold
`source_file` -> `documents.source_file` -> doc_id) and the same task path (task_id is
`doc_id:path`; a null task_id is the gold path ""), and then when
  tasks      - same path;
  targets    - same value and value_max (rounded to 6 decimals), same normalised unit
               (an alternative measure word in brackets aside: 套(间) = 套);
  deadlines  - same date; where the date is null, same recurrence; where both are null
               (`from`), same start_date;
  units      - same name once a leading 市 is ignored.
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

import datetime as dt
import difflib
import math
import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import pandas as pd

TABLES = ("tasks", "targets", "deadlines", "units")
DOCUMENT_FIELDS = ("title", "doc_number", "issuer", "issue_date", "plan_title", "region")
# output table holding each gold table's rows, and the gold key of a task's rows
PREDICTED_TABLE = {"tasks": "tasks", "targets": "targets", "deadlines": "deadlines",
                   "units": "responsibilities"}


# ---------------------------------------------------------------------------------------
# value normalisation


def _null(x: Any) -> bool:
    if x is None:
        return True
    if isinstance(x, (list, tuple, dict)):
        return False
    try:
        return bool(pd.isna(x))
    except (TypeError, ValueError):
        return False


def _str(x: Any) -> str | None:
    """Text compared after NFKC and stripping; None stays None."""
    if _null(x):
        return None
    return unicodedata.normalize("NFKC", str(x)).strip()


def _date(x: Any) -> str | None:
    """Dates compared as ISO strings, whatever they came as (date, Timestamp, str)."""
    if _null(x):
        return None
    if isinstance(x, (dt.datetime, pd.Timestamp)):
        return x.date().isoformat()
    if isinstance(x, dt.date):
        return x.isoformat()
    return str(x).strip()[:10]


def _num(x: Any) -> float | None:
    if _null(x):
        return None
    return round(float(x), 6)


def _int(x: Any) -> int | None:
    return None if _null(x) else int(x)


def _unit_name(x: Any) -> str:
    name = _str(x) or ""
    return name[1:] if name.startswith("市") else name


_ALTERNATIVE = re.compile(r"\([^()]{1,3}\)$")


def _measure(unit: str) -> str:
    """A unit without the alternative measure word written after it: 套(间) and 套, 份(册)
    and 份 are the same unit (annotators differ on keeping the alternative)."""
    return _ALTERNATIVE.sub("", unit)


def similarity(a: Any, b: Any) -> float:
    """Character-level similarity in [0, 1] (difflib ratio); two empty strings are 1."""
    a, b = _str(a) or "", _str(b) or ""
    if a == b:
        return 1.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


# ---------------------------------------------------------------------------------------
# rows: gold and predicted rows in one shape


@dataclass
class Row:
    table: str              # tasks, targets, deadlines, units
    doc: str                # source_file
    path: str               # task path, "" before the first item
    fields: dict[str, Any]  # normalised fields compared
    optional: bool = False
    quote: str = ""         # what a reader needs to find the row (span, sentence or gold fields)


def _target_fields(r: dict) -> dict:
    return {"indicator": _str(r.get("indicator")), "comparator": _str(r.get("comparator")),
            "value": _num(r.get("value")), "value_max": _num(r.get("value_max")),
            "unit": _str(r.get("unit")) or "", "kind": _str(r.get("kind")),
            "per": _str(r.get("per")), "baseline_year": _int(r.get("baseline_year")),
            "deadline": _date(r.get("deadline")), "nature": _str(r.get("nature")),
            "span_text": _str(r.get("span_text"))}


def _deadline_fields(r: dict) -> dict:
    return {"raw": _str(r.get("raw")), "kind": _str(r.get("kind")), "date": _date(r.get("date")),
            "start_date": _date(r.get("start_date")), "recurrence": _str(r.get("recurrence"))}


def _unit_fields(r: dict) -> dict:
    return {"unit": _str(r.get("unit")), "unit_raw": _str(r.get("unit_raw")),
            "role": _str(r.get("role"))}


def _task_fields(r: dict) -> dict:
    return {"label": _str(r.get("label")) or "", "heading": _str(r.get("heading")) or ""}


def _gold_quote(fields: dict) -> str:
    return ", ".join(f"{k}={v}" for k, v in fields.items() if v is not None)


def gold_rows(gold: dict) -> list[Row]:
    """Every row of one gold file (the task with path "" is not itself a task row)."""
    doc = gold["source_file"]
    rows: list[Row] = []
    for task in gold.get("tasks") or []:
        path = str(task.get("path") or "")
        task_optional = bool(task.get("optional"))
        if path:
            f = _task_fields(task)
            rows.append(Row("tasks", doc, path, f, task_optional, _gold_quote(f)))
        for table, key, make in (("targets", "targets", _target_fields),
                                 ("deadlines", "deadlines", _deadline_fields),
                                 ("units", "units", _unit_fields)):
            for r in task.get(key) or []:
                f = make(r)
                rows.append(Row(table, doc, path, f, task_optional or bool(r.get("optional")),
                                _gold_quote(f)))
    return rows


def _records(df: pd.DataFrame | None) -> list[dict]:
    return [] if df is None or df.empty else df.to_dict("records")


def _context(text: str | None, r: dict, width: int = 25) -> str:
    """The span `[char_start:char_end]` with some text either side, on one line."""
    if not text or _null(r.get("char_start")) or _null(r.get("char_end")):
        return ""
    s, e = int(r["char_start"]), int(r["char_end"])
    before = text[max(0, s - width):s]
    after = text[e:e + width]
    return f"…{before}【{text[s:e]}】{after}…".replace("\n", " ⏎ ")


def predicted_rows(tables: dict[str, pd.DataFrame], docs: dict[str, str]) -> list[Row]:
    """Predicted rows of the documents that have a gold file.

    `docs` maps doc_id -> source_file for those documents; other documents are ignored.
    """
    texts = {r["doc_id"]: r.get("text") for r in _records(tables.get("documents"))}
    rows: list[Row] = []

    def path_of(r: dict) -> str:
        if "path" in r and not _null(r["path"]):
            return str(r["path"])
        task_id = r.get("task_id")
        if _null(task_id):
            return ""
        prefix = f"{r['doc_id']}:"
        return task_id[len(prefix):] if task_id.startswith(prefix) else task_id

    for r in _records(tables.get("tasks")):
        if r.get("doc_id") in docs:
            f = _task_fields(r)
            body = (_str(r.get("text")) or "")[:60].replace("\n", " ⏎ ")
            rows.append(Row("tasks", docs[r["doc_id"]], path_of(r), f,
                            quote=f"{f['label']} {f['heading']}" + (f" | {body}" if body else "")))
    for r in _records(tables.get("targets")):
        if r.get("doc_id") in docs:
            f = _target_fields(r)
            sentence = _str(r.get("sentence")) or _context(texts.get(r["doc_id"]), r)
            rows.append(Row("targets", docs[r["doc_id"]], path_of(r), f,
                            quote=f"「{f['span_text']}」 in: {sentence}"))
    for r in _records(tables.get("deadlines")):
        if r.get("doc_id") in docs:
            f = _deadline_fields(r)
            rows.append(Row("deadlines", docs[r["doc_id"]], path_of(r), f,
                            quote=f"「{f['raw']}」 in: {_context(texts.get(r['doc_id']), r)}"))
    for r in _records(tables.get("responsibilities")):
        if r.get("doc_id") in docs:
            f = _unit_fields(r)
            rows.append(Row("units", docs[r["doc_id"]], path_of(r), f,
                            quote=f"「{f['unit_raw']}」 in: {_context(texts.get(r['doc_id']), r)}"))
    return rows


# ---------------------------------------------------------------------------------------
# matching keys, tie-breaking agreement and field comparisons, per table


def _deadline_key(f: dict) -> tuple:
    if f["date"] is not None:
        return ("date", f["date"])
    if f["recurrence"] is not None:
        return ("recurrence", f["recurrence"])
    return ("start", f["start_date"])


MATCH_KEY: dict[str, Callable[[dict], Any]] = {
    "tasks": lambda f: (),
    "targets": lambda f: (f["value"], f["value_max"], _measure(f["unit"])),
    "deadlines": _deadline_key,
    "units": lambda f: _unit_name(f["unit"]),
}

AGREEMENT: dict[str, Callable[[dict, dict], float]] = {
    "tasks": lambda p, g: 0.0,
    "targets": lambda p, g: ((p["comparator"] == g["comparator"]) + (p["kind"] == g["kind"])
                             + (p["per"] == g["per"]) + (p["deadline"] == g["deadline"])
                             + similarity(p["indicator"], g["indicator"])),
    "deadlines": lambda p, g: (p["kind"] == g["kind"]) + (p["raw"] == g["raw"]),
    "units": lambda p, g: float(p["role"] == g["role"]),
}


def _same(field_name: str) -> Callable[[dict, dict], float]:
    return lambda p, g: float(p[field_name] == g[field_name])


# field accuracy: name -> score in [0, 1] of a (predicted, gold) pair
FIELDS: dict[str, dict[str, Callable[[dict, dict], float]]] = {
    "tasks": {"label": _same("label"), "heading": _same("heading"),
              "heading_similarity": lambda p, g: similarity(p["heading"], g["heading"])},
    "targets": {"comparator": _same("comparator"), "kind": _same("kind"),
                "deadline": _same("deadline"), "per": _same("per"),
                "baseline_year": _same("baseline_year"), "nature": _same("nature"),
                "indicator_similarity": lambda p, g: similarity(p["indicator"], g["indicator"])},
    "deadlines": {"kind": _same("kind"), "start_date": _same("start_date"),
                  "recurrence": _same("recurrence")},
    "units": {"role": _same("role")},
}
# fields shown as "wrong" in the verbose listing when the pair differs
SHOWN_FIELDS = {"tasks": ("label", "heading"),
                "targets": ("comparator", "kind", "deadline", "per", "baseline_year", "nature",
                            "indicator"),
                "deadlines": ("kind", "start_date", "recurrence", "raw"),
                "units": ("role",)}


# ---------------------------------------------------------------------------------------
# result


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)


@dataclass
class Accuracy:
    total: float = 0.0
    n: int = 0

    def add(self, score: float) -> None:
        self.total += score
        self.n += 1

    @property
    def value(self) -> float | None:
        return self.total / self.n if self.n else None


@dataclass
class WrongField:
    table: str
    doc: str
    path: str
    field: str
    predicted: Any
    gold: Any
    quote: str


@dataclass
class Result:
    tables: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in TABLES})
    per_doc: dict[str, dict[str, Counts]] = field(default_factory=dict)
    fields: dict[str, Accuracy] = field(default_factory=dict)            # "targets.kind" -> acc
    doc_fields: dict[str, dict[str, bool]] = field(default_factory=dict)  # doc -> field -> ok
    misses: list[Row] = field(default_factory=list)
    false_positives: list[Row] = field(default_factory=list)
    wrong_fields: list[WrongField] = field(default_factory=list)
    missing_documents: list[str] = field(default_factory=list)

    def metrics(self) -> dict[str, float | None]:
        """Flat metric name -> value, the names used by the thresholds file."""
        out: dict[str, float | None] = {}
        for t, c in self.tables.items():
            out[f"{t}.precision"], out[f"{t}.recall"], out[f"{t}.f1"] = c.precision, c.recall, c.f1
        for name, acc in self.fields.items():
            out[name] = acc.value
        return out


def _count(result: Result, table: str, doc: str, kind: str) -> None:
    for counts in (result.tables[table], result.per_doc[doc][table]):
        setattr(counts, kind, getattr(counts, kind) + 1)


def _match_table(result: Result, table: str, golds: list[Row], preds: list[Row]) -> None:
    key = MATCH_KEY[table]
    gold_by_key: dict[tuple, list[int]] = defaultdict(list)
    for i, g in enumerate(golds):
        gold_by_key[(g.doc, g.path, key(g.fields))].append(i)
    pairs = []  # (preference, pred index, gold index)
    for j, p in enumerate(preds):
        for i in gold_by_key.get((p.doc, p.path, key(p.fields)), ()):
            g = golds[i]
            pairs.append(((not g.optional, AGREEMENT[table](p.fields, g.fields)), j, i))
    pairs.sort(key=lambda x: (x[0], -x[1], -x[2]), reverse=True)
    pred_match: dict[int, int] = {}
    gold_taken: set[int] = set()
    for _, j, i in pairs:
        if j not in pred_match and i not in gold_taken:
            pred_match[j] = i
            gold_taken.add(i)

    for j, p in enumerate(preds):
        if j not in pred_match:
            _count(result, table, p.doc, "fp")
            result.false_positives.append(p)
            continue
        g = golds[pred_match[j]]
        if g.optional:
            continue
        _count(result, table, p.doc, "tp")
        for name, compare in FIELDS[table].items():
            result.fields.setdefault(f"{table}.{name}", Accuracy()).add(compare(p.fields, g.fields))
        for name in SHOWN_FIELDS[table]:
            if p.fields[name] != g.fields[name]:
                result.wrong_fields.append(WrongField(table, g.doc, g.path, name,
                                                      p.fields[name], g.fields[name], p.quote))
    for i, g in enumerate(golds):
        if i not in gold_taken and not g.optional:
            _count(result, table, g.doc, "fn")
            result.misses.append(g)


def score(golds: list[dict], tables: dict[str, pd.DataFrame]) -> Result:
    """Score predicted tables against gold files (pure: no files read or written)."""
    result = Result()
    for table in TABLES:
        for name in FIELDS[table]:
            result.fields[f"{table}.{name}"] = Accuracy()
    for name in DOCUMENT_FIELDS:
        result.fields[f"document.{name}"] = Accuracy()

    predicted_docs = {}
    for r in _records(tables.get("documents")):
        predicted_docs.setdefault(r["source_file"], r)
    docs: dict[str, str] = {}  # doc_id -> source_file, for documents with gold
    for gold in golds:
        source = gold["source_file"]
        result.per_doc[source] = {t: Counts() for t in TABLES}
        pred = predicted_docs.get(source)
        if pred is None:
            result.missing_documents.append(source)
        else:
            docs[pred["doc_id"]] = source
        result.doc_fields[source] = {}
        for name in DOCUMENT_FIELDS:
            if name not in (gold.get("document") or {}):
                continue
            norm = _date if name == "issue_date" else _str
            g = norm(gold["document"][name])
            p = norm(pred.get(name)) if pred is not None else None
            ok = pred is not None and p == g
            result.doc_fields[source][name] = ok
            result.fields[f"document.{name}"].add(float(ok))
            if not ok:
                result.wrong_fields.append(WrongField("document", source, "", name, p, g, ""))

    all_gold = [row for gold in golds for row in gold_rows(gold)]
    all_pred = predicted_rows(tables, docs)
    for table in TABLES:
        _match_table(result, table, [r for r in all_gold if r.table == table],
                     [r for r in all_pred if r.table == table])
    return result


# ---------------------------------------------------------------------------------------
# thresholds


def check_floors(result: Result, floors: dict[str, float]) -> list[str]:
    """Every metric below its floor, as a message. An undefined metric counts as 0."""
    metrics = result.metrics()
    failures = []
    for name, floor in floors.items():
        if name not in metrics:
            failures.append(f"{name}: unknown metric in thresholds file")
            continue
        value = metrics[name]
        if (value if value is not None else 0.0) < float(floor):
            shown = "n/a" if value is None else f"{value:.3f}"
            failures.append(f"{name} = {shown} < floor {float(floor):.3f}")
    return failures


def load_floors(path: Path) -> dict[str, float]:
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {str(k): float(v) for k, v in (data.get("floors") or {}).items()}


# ---------------------------------------------------------------------------------------
# formatting


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


# ---------------------------------------------------------------------------------------
# files


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
    import pyarrow.parquet as pq

    return {name: pq.read_table(output_dir / f"{name}.parquet").to_pandas()
            for name in ("documents", *PREDICTED_TABLE.values())}


def validate(gold_dir: Path, output_dir: Path, thresholds: Path, verbose: bool = False) -> int:
    """Score `output_dir` against `gold_dir`; 0 if every metric meets its floor, else 1."""
    try:
        golds = load_golds(gold_dir)
        tables = load_tables(output_dir)
        floors = load_floors(thresholds)
    except (OSError, ValueError) as e:
        print(f"error: cannot read gold, outputs or floors ({type(e).__name__}: {e}); "
              f"run `make extract` first if the outputs are missing", file=sys.stderr)
        return 2
    if not golds:
        print(f"error: no gold files (*.yaml) in {gold_dir}", file=sys.stderr)
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
