"""Gold and predicted rows in one shape, with the normalisation both sides go through."""
from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

import pandas as pd

TABLES = ("tasks", "targets", "parameters", "deadlines", "units")
DOCUMENT_FIELDS = ("title", "doc_number", "issuer", "issue_date", "plan_title", "region")
# output table holding each gold table's rows
PREDICTED_TABLE = {"tasks": "tasks", "targets": "targets", "parameters": "parameters",
                   "deadlines": "deadlines", "units": "responsibilities"}
# gold tables scored only on gold files that say they label them (ANNOTATION.md)
LABELLED_FLAG = {"parameters": "parameters_labelled"}


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


def _bodies(x: Any) -> str | None:
    """An issuer compared without the separators between jointly signing bodies: the guide
    is silent on joint signatures, and readers write them with 、, a space or nothing."""
    text = _str(x)
    return None if text is None else re.sub(r"[\s、,;/]+", "", text)


def _squeezed(x: Any) -> str | None:
    """A 文号, title or heading compared without spaces: a PDF's text layer puts them inside
    (`〔2025〕86 号`), normalisation folds or the pipeline drops them (docs/CONVENTIONS.md), and
    readers quote the text as it stands."""
    text = _str(x)
    return None if text is None else re.sub(r"\s+", "", text)


def _area(x: Any) -> str | None:
    """A region compared as the division it names: readers write a province short (广西) or
    in full (广西壮族自治区), a district with or without its city (虹口区, 上海市虹口区)."""
    text = _str(x)
    if text is None:
        return None
    from ..regions import locate  # cpca's table, loaded only when a region is scored
    division = locate(text)
    return division.adcode if division is not None else text


def _date(x: Any) -> str | None:
    """Dates compared as ISO strings, whatever they came as (date, Timestamp, str)."""
    if _null(x):
        return None
    if isinstance(x, (dt.datetime, pd.Timestamp)):
        return x.date().isoformat()
    if isinstance(x, dt.date):
        return x.isoformat()
    return str(x).strip()[:10]


def document_field(name: str, value: Any) -> str | None:
    """A document field as it is compared: dates as ISO days, issuers without separators, regions as divisions;
    titles, like 文号, without spaces (a reader quotes a raw file's double space, `辽宁省  推动…`, that normalisation
    folds)."""
    return {"issue_date": _date, "issuer": _bodies, "region": _area}.get(name, _squeezed)(value)


def predicted_document_field(name: str, predicted: dict) -> str | None:
    """The pipeline's document field as it is compared: a region by the adcode the pipeline placed it at (普陀区 of
    上海, not of 舟山), which the bare name alone cannot give."""
    if name == "region" and not _null(predicted.get("adcode")):
        return str(predicted["adcode"])
    return document_field(name, predicted.get(name))


def _num(x: Any) -> float | None:
    if _null(x):
        return None
    return round(float(x), 6)


def _int(x: Any) -> int | None:
    return None if _null(x) else int(x)


def _unit_name(x: Any) -> str:
    """A unit's name without the level prefix the guide restores where a list drops it
    (`省`, `市`, `县`, `区`): readers differ on restoring it from the notice's own level when no
    unit of the list writes one (a county's 住房和城乡建设局 or 县住房和城乡建设局; a province's
    科技厅 or 省科技厅)."""
    name = _str(x) or ""
    return _LEVEL_PREFIX.sub("", name) if len(name) > 2 else name


# (市场监管局 opens with 市场, not the level 市; 区域, 县域 likewise)
_LEVEL_PREFIX = re.compile(r"^[省市县区](?![场域])")


_ALTERNATIVE = re.compile(r"\([^()]{1,3}\)$")


def _measure(unit: str) -> str:
    """A unit without the alternative measure word written after it: 套(间) and 套, 份(册)
    and 份 are the same unit (annotators differ on keeping the alternative); the square metre
    as a notice writes it (m2, ㎡, m², 平方米, 平米) is one unit (readers quote it as written)."""
    return _SQUARE_METRE.sub("m2", unicodedata.normalize("NFKC", _ALTERNATIVE.sub("", unit)))


_SQUARE_METRE = re.compile(r"平方米|平米")


def similarity(a: Any, b: Any) -> float:
    """Character-level similarity in [0, 1] (difflib ratio); two empty strings are 1."""
    a, b = _str(a) or "", _str(b) or ""
    if a == b:
        return 1.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()




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


def _parameter_fields(r: dict) -> dict:
    return {"name": _str(r.get("name")), "comparator": _str(r.get("comparator")),
            "value": _num(r.get("value")), "value_max": _num(r.get("value_max")),
            "unit": _str(r.get("unit")) or "", "per": _str(r.get("per")),
            "span_text": _str(r.get("span_text"))}


def labels(gold: dict, table: str) -> bool:
    """Whether a gold file labels `table` (parameters only where it says so)."""
    flag = LABELLED_FLAG.get(table)
    return flag is None or bool(gold.get(flag))


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
                                 ("parameters", "parameters", _parameter_fields),
                                 ("deadlines", "deadlines", _deadline_fields),
                                 ("units", "units", _unit_fields)):
            if not labels(gold, table):
                continue
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


def predicted_rows(tables: dict[str, pd.DataFrame], docs: dict[str, str],
                   unlabelled: dict[str, set[str]] | None = None) -> list[Row]:
    """Predicted rows of the documents that have a gold file.

    `docs` maps doc_id -> source_file for those documents; other documents are ignored, and
    so are a table's rows in the documents `unlabelled[table]` (gold that does not label it).
    """
    unlabelled = unlabelled or {}
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
    for r in _records(tables.get("parameters")):
        if r.get("doc_id") in docs and r["doc_id"] not in unlabelled.get("parameters", ()):
            f = _parameter_fields(r)
            sentence = _str(r.get("sentence")) or _context(texts.get(r["doc_id"]), r)
            rows.append(Row("parameters", docs[r["doc_id"]], path_of(r), f,
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

