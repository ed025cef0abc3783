"""Matching predicted rows to gold rows, and the counts and field accuracies that follow."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from .rows import (DOCUMENT_FIELDS, TABLES, Row, _squeezed, _measure, _records, _unit_name,
                   document_field, gold_rows, labels, predicted_document_field, predicted_rows, similarity)


def _deadline_key(f: dict) -> tuple:
    if f["date"] is not None:
        return ("date", f["date"])
    if f["recurrence"] is not None:
        return ("recurrence", f["recurrence"])
    return ("start", f["start_date"])


MATCH_KEY: dict[str, Callable[[dict], Any]] = {
    "tasks": lambda f: (),
    "targets": lambda f: (f["value"], f["value_max"], _measure(f["unit"])),
    "parameters": lambda f: (f["value"], f["value_max"], _measure(f["unit"])),
    "deadlines": _deadline_key,
    "units": lambda f: _unit_name(f["unit"]),
}

AGREEMENT: dict[str, Callable[[dict, dict], float]] = {
    "tasks": lambda p, g: 0.0,
    "targets": lambda p, g: ((p["comparator"] == g["comparator"]) + (p["kind"] == g["kind"])
                             + (p["per"] == g["per"]) + (p["deadline"] == g["deadline"])
                             + similarity(p["indicator"], g["indicator"])),
    "parameters": lambda p, g: ((p["comparator"] == g["comparator"]) + (p["per"] == g["per"])
                                + similarity(p["name"], g["name"])),
    "deadlines": lambda p, g: (p["kind"] == g["kind"]) + (p["raw"] == g["raw"]),
    "units": lambda p, g: float(p["role"] == g["role"]),
}


def _same(field_name: str, norm: Callable[[Any], Any] = lambda x: x) -> Callable[[dict, dict], float]:
    return lambda p, g: float(norm(p[field_name]) == norm(g[field_name]))


# field accuracy: name -> score in [0, 1] of a (predicted, gold) pair
FIELDS: dict[str, dict[str, Callable[[dict, dict], float]]] = {
    # a heading compares without its spaces: a chapter's letter-spaced name (`总    则`) is quoted as the
    # text stands and normalisation folds the run of spaces (as for a 文号)
    "tasks": {"label": _same("label"), "heading": _same("heading", _squeezed),
              "heading_similarity": lambda p, g: similarity(p["heading"], g["heading"])},
    "targets": {"comparator": _same("comparator"), "kind": _same("kind"),
                "deadline": _same("deadline"), "per": _same("per"),
                "baseline_year": _same("baseline_year"), "nature": _same("nature"),
                "indicator_similarity": lambda p, g: similarity(p["indicator"], g["indicator"])},
    "parameters": {"comparator": _same("comparator"), "per": _same("per"),
                   "name_similarity": lambda p, g: similarity(p["name"], g["name"])},
    "deadlines": {"kind": _same("kind"), "start_date": _same("start_date"),
                  "recurrence": _same("recurrence")},
    "units": {"role": _same("role")},
}
# fields shown as "wrong" in the verbose listing when the pair differs
SHOWN_FIELDS = {"tasks": ("label", "heading"),
                "targets": ("comparator", "kind", "deadline", "per", "baseline_year", "nature",
                            "indicator"),
                "parameters": ("comparator", "per", "name"),
                "deadlines": ("kind", "start_date", "recurrence", "raw"),
                "units": ("role",)}




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
    # tables no gold file labels (parameters before a set has them): no figures
    unscored: set[str] = field(default_factory=set)

    def metrics(self) -> dict[str, float | None]:
        """Flat metric name -> value, the names used by the thresholds file."""
        out: dict[str, float | None] = {}
        for t, c in self.tables.items():
            if t in self.unscored:
                out[f"{t}.precision"] = out[f"{t}.recall"] = out[f"{t}.f1"] = None
            else:
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
            # a field scored exact (heading: without spaces) is wrong as it scores; the others as written
            compare = FIELDS[table].get(name)
            if (compare(p.fields, g.fields) < 1.0) if compare else p.fields[name] != g.fields[name]:
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
            g = document_field(name, gold["document"][name])
            p = None if pred is None else predicted_document_field(name, pred)
            ok = pred is not None and p == g
            result.doc_fields[source][name] = ok
            result.fields[f"document.{name}"].add(float(ok))
            if not ok:
                result.wrong_fields.append(WrongField("document", source, "", name, p, g, ""))

    source_doc = {source: doc_id for doc_id, source in docs.items()}
    unlabelled = {t: {source_doc[g["source_file"]] for g in golds
                      if not labels(g, t) and g["source_file"] in source_doc} for t in TABLES}
    result.unscored = {t for t in TABLES if golds and not any(labels(g, t) for g in golds)}
    all_gold = [row for gold in golds for row in gold_rows(gold)]
    all_pred = predicted_rows(tables, docs, unlabelled)
    for table in TABLES:
        _match_table(result, table, [r for r in all_gold if r.table == table],
                     [r for r in all_pred if r.table == table])
    return result

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
