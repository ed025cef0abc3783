"""A notice stored as a row of a database dump in PostgreSQL's COPY text format (pg_dump's
`COPY public.node (id, …) FROM stdin;` block, or one of its rows cut out): each row is one
line of tab-separated fields, `\\N` for a null, backslash escapes inside a field.

The row's fields are the record's columns: its id, nulls, flags and timestamps are the
record's own metadata, not text of the notice; the fields that carry Chinese or page markup
(a title column, the HTML body) are the notice, each from its own line, escapes decoded. A
MySQL dump's `INSERT … VALUES (…)` rows quote their fields and are read as code literals
(pipeline/embedded.py).
"""
from __future__ import annotations

import re

from . import inline_html
from .embedded import HAN

_COPY_START = re.compile(r"^COPY\s+\S+(?:\s*\([^()\n]*\))?\s+FROM\s+stdin;?\s*$", re.I)
_COPY_END = "\\."
_NULL = "\\N"
_MIN_FIELDS = 3
COLUMN = re.compile(r"[`\"]?(\w+)[`\"]?")  # a column named in a list, maybe quoted (stored_record's INSERT too)
_ESCAPE = re.compile(r"\\([0-7]{1,3}|x[0-9a-fA-F]{1,2}|[\s\S])")
_SIMPLE = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}


def fields_as_lines(text: str) -> str | None:
    """`text` with each COPY row replaced by its text fields, one per line; None when no line
    of `text` is such a row. A row is a line of a `COPY … FROM stdin` block, or any line of
    three or more tab-separated fields of which one is the null `\\N` (a row cut out of its
    block); the block's own statement and its `\\.` end are dropped."""
    if "\t" not in text:
        return None
    out: list[str] = []
    in_block = found = False
    for line in text.split("\n"):
        bare = line.rstrip("\r")
        if _COPY_START.match(bare):
            in_block = found = True
            continue
        if in_block and bare == _COPY_END:
            in_block = False
            continue
        fields = bare.split("\t")
        if in_block or (len(fields) >= _MIN_FIELDS and _NULL in fields):
            found = True
            out.extend(value for value in map(_unescape, fields) if _is_text(value))
        else:
            out.append(line)
    return "\n".join(out) if found else None


def first_row_columns(text: str) -> list[tuple[str | None, str]] | None:
    """The first row of a COPY dump in `text`, its fields named by the block's column list where it gives one (nulls
    as empty values, escapes decoded); None where `text` holds no such row (pipeline/metadata/stored_record.py reads
    its columns as page metadata)."""
    if "\t" not in text:
        return None
    names: list[str] = []
    for line in text.split("\n"):
        bare = line.rstrip("\r")
        if _COPY_START.match(bare):
            cols = re.search(r"\(([^()]*)\)", bare)
            names = COLUMN.findall(cols.group(1)) if cols else []
            continue
        fields = bare.split("\t")
        if len(fields) >= _MIN_FIELDS and (names or _NULL in fields):
            values = ["" if f == _NULL else _unescape(f) for f in fields]
            named = names if len(names) == len(values) else [None] * len(values)
            return list(zip(named, values))
    return None


def _is_text(value: str) -> bool:
    """A field a reader sees: Chinese or page markup (an id, a null, a timestamp, a slug or
    a flag is the record's own)."""
    return value != _NULL and (HAN.search(value) is not None or inline_html.has_markup(value))


def _unescape(field: str) -> str:
    return _ESCAPE.sub(_escaped, field) if "\\" in field and field != _NULL else field


def _escaped(m: re.Match) -> str:
    code = m.group(1)
    if code in _SIMPLE:
        return _SIMPLE[code]
    if code[0] in "01234567":
        return chr(int(code, 8))
    if code[0] == "x" and len(code) > 1:
        return chr(int(code[1:], 16))
    return code
