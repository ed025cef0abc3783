"""spaCy: the pipeline's rows as span groups, and a component that fills them.

    import spacy
    nlp = spacy.blank("zh")
    nlp.add_pipe("policy_extract")
    doc = nlp(text)
    for span in doc.spans["targets"]:
        print(span.text, span._.policy_fields["indicator_key"], span._.policy_fields["value"])

One SpanGroup per table (tasks, targets, parameters, deadlines, responsibilities), labelled
with the table's name; each span gives the row's fields as `span._.policy_fields` (a dict
of the table's columns; positions are `char_start`/`char_end` into `doc.text`). The fields
are kept in the group's `attrs["fields"]`, indexed by the span's `id`: spaCy keys span
extensions by characters alone, so two rows over the same characters (A和B达到85%) would
share one value. Spans are
cut with `char_span(..., alignment_mode="expand")`, so they cover whole tokens whatever the
segmenter: with spaCy's default character segmentation for Chinese they are exact; with
jieba they may take in the rest of a word, and the fields keep the exact positions.
"""
from __future__ import annotations

import datetime as dt
import functools
import math
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

TABLES = ("tasks", "targets", "parameters", "deadlines", "responsibilities")
EXTENSION = "policy_fields"


def _fields_of(span: Span) -> dict[str, Any] | None:
    group = span.doc.spans.get(span.label_) if span.label_ in TABLES else None
    fields = group.attrs.get("fields") if group is not None else None
    return fields[span.id] if fields is not None and 0 <= span.id < len(fields) else None


def register_extension() -> None:
    if not Span.has_extension(EXTENSION):
        Span.set_extension(EXTENSION, getter=_fields_of)


def _plain(value: Any) -> Any:
    """A field as msgpack can store it in a DocBin: dates as ISO text, NaN as None."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def set_span_groups(doc: Doc, rows: dict[str, list[dict[str, Any]]]) -> int:
    """Put each table's rows on `doc` as a span group; returns how many rows found no span
    (an empty or out-of-range position)."""
    register_extension()
    missed = 0
    for table in TABLES:
        table_rows = rows.get(table, [])
        spans = []
        for ordinal, row in enumerate(table_rows):
            start, end = int(row["char_start"]), int(row["char_end"])
            span = doc.char_span(start, end, label=table, alignment_mode="expand", span_id=ordinal)
            if span is None or start >= end:
                missed += 1
                continue
            spans.append(span)
        fields = [{k: _plain(v) for k, v in row.items() if k != "text"} for row in table_rows]
        doc.spans[table] = SpanGroup(doc, name=table, attrs={"fields": fields}, spans=spans)
    return missed


def _raw_offsets(raw: str, normalised: str) -> list[int] | None:
    """For each position in `normalised` (and its end), the position in `raw` it came from.

    Normalisation only folds characters (NFKC, spaces) and deletes (line edges, blank runs,
    a repeated copy), so one walk matches every normalised character to the raw character
    that folds to it. None when the texts do not align that way.
    """
    mapping = []
    j = 0
    for i, char in enumerate(raw):
        if j >= len(normalised):
            break
        folded = _fold(char)
        if folded and normalised.startswith(folded, j):
            mapping.extend([i] * len(folded))
            j += len(folded)
    if j < len(normalised):
        return None
    mapping.append(mapping[-1] + 1 if mapping else 0)
    return mapping


@functools.lru_cache(maxsize=4096)
def _fold(char: str) -> str:
    """What normalisation makes of one character where it keeps it."""
    from .normalise import normalise_text

    if char in "\r\n":
        return "\n"
    return " " if char.isspace() else normalise_text(char)


def rows_for_text(text: str) -> tuple[str, dict[str, list[dict[str, Any]]]]:
    """Run the pipeline on `text`: its normalised text and the rows of every table."""
    from .run import process_text
    from .tables import build_tables

    document = process_text(text)
    tables = build_tables([document])
    return document.text, {name: tables[name].to_pylist() for name in TABLES if name in tables}


class PolicyExtract:
    """Fills `doc.spans` with the rows the pipeline's rules find in `doc.text`."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        register_extension()

    def __call__(self, doc: Doc) -> Doc:
        normalised, rows = rows_for_text(doc.text)
        if normalised != doc.text:
            # Positions point into the normalised text: carry them back to doc.text.
            offsets = _raw_offsets(doc.text, normalised)
            if offsets is None:
                raise ValueError("policy_extract: the text could not be aligned with its normalised form")
            for table_rows in rows.values():
                for row in table_rows:
                    start, end = int(row["char_start"]), int(row["char_end"])
                    row["char_start"] = offsets[start]
                    row["char_end"] = offsets[end - 1] + 1 if end > start else offsets[start]
        set_span_groups(doc, rows)
        return doc


@Language.factory("policy_extract")
def make_policy_extract(nlp: Language, name: str) -> PolicyExtract:
    return PolicyExtract(nlp, name)
