"""`python -m pipeline export-spacy`: documents with their rows as a spaCy DocBin, ready as
training data for a span categoriser (`spacy train` reads `.spacy` files).

From extracted tables (`--output DIR`), every row of every table becomes a span of its
table's group. From gold files (`--gold DIR --corpus DIR`), the hand-labelled rows do: gold
files name rows by task path and value, not by position, so each is looked up in the text of
its task (a target or parameter by its number and unit, a deadline by its raw text, a unit
by its name, a task by its label and heading); a row that cannot be found is reported.
"""
from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

from .spacy_spans import TABLES, set_span_groups

# gold key of a task's rows -> table
GOLD_TABLES = {"targets": "targets", "parameters": "parameters", "deadlines": "deadlines",
               "units": "responsibilities"}


def _blank_zh():
    import spacy

    return spacy.blank("zh")


def docs_from_outputs(output: Path, nlp) -> list:
    from .tables import read_set

    tables = read_set(output, ("documents", *TABLES))
    rows: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for table in TABLES:
        for row in tables[table].to_pylist():
            rows[row["doc_id"]][table].append(row)
    docs = []
    for document in tables["documents"].to_pylist():
        doc = nlp.make_doc(document["text"] or "")
        doc.user_data["source_file"] = document["source_file"]
        doc.user_data["doc_id"] = document["doc_id"]
        set_span_groups(doc, rows.get(document["doc_id"], {}))
        docs.append(doc)
    return docs


_PREFIX = re.compile(r"^(?:自治区|省|市|县|区|旗|州|盟)")


def _number(value: float) -> str:
    """A pattern for the number as a notice may write it (9 also as 9.0)."""
    value = float(value)
    return rf"{int(value)}(?:\.0+)?" if value.is_integer() else re.escape(repr(value))


def _needles(table: str, row: dict) -> list[re.Pattern]:
    """Patterns that find a gold row in its task's text, most specific first."""
    quoted = [re.compile(re.escape(row["span_text"]))] if row.get("span_text") else []
    if table in ("targets", "parameters"):
        low, high = row.get("value"), row.get("value_max")
        if low is None:
            return quoted
        number = rf"(?<![\d.]){_number(low)}(?![\d.])"
        unit = re.escape(str(row.get("unit") or "")).replace(r"/10万", r"/10\s*万")
        if high is not None:
            number += rf".{{0,3}}?(?<![\d.]){_number(high)}(?![\d.])"
        return [*quoted, re.compile(number + r"\s*" + unit), re.compile(number)]
    if table == "deadlines":
        return [re.compile(re.escape(row["raw"]))] if row.get("raw") else quoted
    if table == "responsibilities":
        # as written first; then the name without the administrative prefix a list drops
        names = [str(row.get(k) or "") for k in ("unit_raw", "unit")]
        names += [_PREFIX.sub("", n) for n in names]
        return [re.compile(re.escape(n)) for n in dict.fromkeys(names) if n]
    return []


def docs_from_gold(gold: Path, corpus: Path, nlp) -> tuple[list, list[str]]:
    """Docs from gold files, and a line for every gold row not found in its text."""
    from .run import process
    from .tables import build_tables

    docs, unplaced = [], []
    for gold_file in sorted(gold.glob("*.yaml")):
        labels = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
        source = corpus / labels["source_file"]
        if not source.exists():
            unplaced.append(f"{gold_file.name}: {source} not found")
            continue
        document = process(source, corpus)
        text = document.text
        # The pipeline's own tasks give each path its span; a path it did not find is
        # searched in the whole text.
        task_spans = {row["path"]: (row["char_start"], row["char_end"])
                      for row in build_tables([document])["tasks"].to_pylist()}
        rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for task in labels.get("tasks") or []:
            path = str(task.get("path") or "")
            start, end = task_spans.get(path, (0, len(text)))
            if path:
                heading = f"{task.get('label') or ''}{task.get('heading') or ''}"
                at = text.find(heading, start) if heading else -1
                if path in task_spans:
                    rows["tasks"].append({"path": path, "label": task.get("label"), "heading": task.get("heading"),
                                          "char_start": start, "char_end": end})
                elif at >= 0:
                    line_end = text.find("\n", at)
                    rows["tasks"].append({"path": path, "label": task.get("label"), "heading": task.get("heading"),
                                          "char_start": at, "char_end": line_end if line_end >= 0 else len(text)})
                else:
                    unplaced.append(f"{gold_file.name}: task {path}")
            for key, table in GOLD_TABLES.items():
                cursor = start  # repeated rows of one task are found one after the other
                for item in task.get(key) or []:
                    found = None
                    for needle in _needles(table, item):
                        found = needle.search(text, cursor, end) or needle.search(text, start, end)
                        if found:
                            break
                    if not found:
                        optional = " (optional: an implied or repeated row)" if item.get("optional") else ""
                        unplaced.append(f"{gold_file.name}: {key} of task {path or '(before the first)'}{optional}: "
                                        f"{ {k: v for k, v in item.items() if v is not None} }")
                        continue
                    cursor = found.end()
                    rows[table].append({"path": path, **item, "char_start": found.start(), "char_end": found.end()})
        doc = nlp.make_doc(text)
        doc.user_data["source_file"] = labels["source_file"]
        set_span_groups(doc, rows)
        docs.append(doc)
    return docs, unplaced


def export(to: Path, output: Path | None = None, gold: Path | None = None,
           corpus: Path | None = None) -> int:
    from spacy.tokens import DocBin

    nlp = _blank_zh()
    try:
        if gold is not None:
            docs, unplaced = docs_from_gold(gold, corpus or Path("corpus"), nlp)
        else:
            docs, unplaced = docs_from_outputs(output or Path("outputs"), nlp), []
    except (OSError, ValueError, yaml.YAMLError) as e:
        print(f"error: cannot export: {e}", file=sys.stderr)
        return 2
    for line in unplaced:
        print(f"not placed: {line}", file=sys.stderr)
    # span groups are stored with the docs; span attributes live in user_data
    docbin = DocBin(store_user_data=True, docs=docs)
    to.parent.mkdir(parents=True, exist_ok=True)
    docbin.to_disk(to)
    spans = sum(len(group) for doc in docs for group in doc.spans.values())
    print(f"{len(docs)} documents, {spans} spans ({len(unplaced)} gold rows not placed) -> {to}")
    return 0
