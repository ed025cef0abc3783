"""A notice stored as a database row: a SQL dump's `INSERT INTO t [(cols)] VALUES (…);`, a bare values tuple cut
out of one (`('id','标题','42','<body>',…,'2017-05-18 15:04:59')`), or a JSON object of an app's table. Its text is
the literals that hold the notice (pipeline/embedded.py); its other columns (the title, a 文号, dates, an author, a
source) are page metadata, read here as a crawl record's fields are (CONVENTIONS, Markdown pages: a stored database
row's columns are page metadata).

`record_columns` (ingest) keeps every literal of the row with its column's name where the dump or the object names it;
`record_fields` (metadata) reads from them the fields a text may leave empty.
"""
from __future__ import annotations

import datetime as dt
import json
import unicodedata

import regex

from .. import dump_rows, embedded

# a row's statement: its table and maybe its columns, then the values in brackets; or the values tuple alone
_INSERT = regex.compile(r"\A\s*(?:INSERT\s+INTO\s+[`\"\w.]+\s*(?:\((?P<cols>[^()]*)\))?\s*VALUES\s*)?\(", regex.I)
_LITERAL = regex.compile(r"'((?:[^'\\]|\\[\s\S]|'')*)'|\"((?:[^\"\\]|\\[\s\S])*)\"")
_QUOTED = regex.compile(r"\A\s*['\"]|,\s*['\"]")
_DATETIME = regex.compile(r"(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?Z?)?")


def record_columns(text: str) -> list[tuple[str | None, str]] | None:
    """Every text value of the row `text` stores, in order, with its column's name where the dump or the object
    names it; None when `text` is no stored row (a program's page, a crawled JSON's nested notice)."""
    copied = dump_rows.first_row_columns(text)
    if copied is not None:
        return copied
    stripped = text.strip()
    if stripped.startswith("{"):
        try:
            data = json.loads(stripped)
        except ValueError:
            return None
        if not isinstance(data, dict):
            return None
        # an app's object may nest its fields one level (`{"metadata": {"publish_date": …}, "content": …}`)
        flat = [(str(k), v) for k, v in data.items() if isinstance(v, str)] + \
            [(str(k), v) for inner in data.values() if isinstance(inner, dict) for k, v in inner.items() if isinstance(v, str)]
        return flat or None
    head = _INSERT.match(stripped)
    if head is None or not stripped.rstrip(";").rstrip().endswith(")"):
        return None
    names = dump_rows.COLUMN.findall(head.group("cols")) if head.group("cols") else []
    values = _row_values(stripped, head.end())
    if not values or len(values) < 2 or not _QUOTED.search(stripped, head.end()):
        return None  # a text opening with a bracket ((一)…) is no row
    named = names if len(names) == len(values) else [None] * len(values)
    return list(zip(named, values))


def _row_values(text: str, at: int) -> list[str] | None:
    """The values of the row whose bracket opens before `at`, up to its closing bracket: a quoted literal's value
    (escapes decoded), a bare one (an id, `null`) as written; None when the row does not close."""
    values: list[str] = []
    while at < len(text):
        while at < len(text) and text[at] in " \t\r\n":
            at += 1
        m = _LITERAL.match(text, at)
        if m is not None:
            # '' is SQL's escape of a quote inside a '…' literal only
            body = m.group(1).replace("''", "'") if m.group(1) is not None else m.group(2)
            values.append(embedded.literal_value(body))
            at = m.end()
        else:
            end = regex.compile(r"[,)]").search(text, at)
            if end is None:
                return None
            values.append(text[at:end.start()].strip())
            at = end.start()
        while at < len(text) and text[at] in " \t\r\n":
            at += 1
        if at < len(text) and text[at] == ")":
            return values
        if at >= len(text) or text[at] != ",":
            return None
        at += 1
    return None


def column_date(value: str) -> dt.date | None:
    """A column that holds only a date (a time may follow it: `2017-05-18 15:04:59`, `2024-12-26T05:11:52.000Z`)."""
    m = _DATETIME.fullmatch(value.strip())
    if m is None:
        return None
    try:
        return dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None


def as_text(value: str) -> str:
    """A column's value as the text is read: NFKC (﹝2023﹞ -> 〔2023〕 is done by the doc_number pattern's brackets,
    （）-> ()), spaces at its ends dropped."""
    return unicodedata.normalize("NFKC", value).strip()


def record_fields(columns: list[tuple[str | None, str]]) -> dict[str, object]:
    """What a stored row's columns say of the notice, for the fields its text leaves empty: `title` (a column holding a
    whole title: a heading that ends as a document does), `doc_number` (a column that is only a 文号, an order's or a
    公告's number), `publisher` (a column that is only a body's name: a person's, `蒋磊`, `admin`, is none), `dates`
    (the row's dates, each with its column's name)."""
    from .lines import is_heading_like
    from .patterns import patterns
    from .title_lines import ends_as_document

    rules = patterns()
    fields: dict[str, object] = {"dates": []}
    for name, raw in columns:
        value = as_text(raw)
        if not value or "\n" in value or len(value) > rules["record_column_max_chars"]:
            continue  # the body, a summary: text, not a field
        date = column_date(value)
        if date is not None:
            fields["dates"].append((name, date))
        elif rules["doc_number_line"].fullmatch(value):
            fields.setdefault("doc_number", value)
        elif rules["org_line"].match(value) and len(value) <= rules["signer_name_max_chars"] and not ends_as_document(value):
            fields.setdefault("publisher", value)
        elif is_heading_like(value, rules["title_line_max_chars"]) and ends_as_document(value):
            fields.setdefault("title", value)
    return fields


def record_date(columns: list[tuple[str | None, str]], text: str) -> dt.date | None:
    """The issue date a stored row gives a text that dates itself nowhere (CONVENTIONS, Markdown pages): the column
    named for the date of issue or publication (发布日期, publish_time); an entry time (addtime, create_time) when it is
    the row's only date; of unnamed date columns, the earliest (a later one is an edit: the readers of the sixteenth
    and seventeenth collections took the earlier in each of five dumps). None where the text contradicts it."""
    from .patterns import patterns

    rules = patterns()
    dates = record_fields(columns)["dates"]
    issued = [d for name, d in dates if name and _named(name, rules["record_issue_columns"])]
    entered = [d for name, d in dates if name and _named(name, rules["record_entry_columns"])]
    unnamed = [d for name, d in dates if not name]
    date = min(issued) if issued else entered[0] if len(entered) == 1 and len(dates) == 1 else \
        min(unnamed) if unnamed and len(unnamed) == len(dates) else None
    return None if date is None or contradicted(date, text) else date


def _named(name: str, names: list[str]) -> bool:
    key = regex.sub(r"[_\-\s]", "", name).lower()
    return key in names


def contradicted(date: dt.date, text: str) -> bool:
    """Whether the text rules out `date` as its own: a notice comes after what it cites (a 文号 of a later year:
    安委办〔2023〕5号 under a row dated 2022-12-12) and before a deadline it sets (于5月26日前确定…, 力争2022年底前建成…;
    a day without its year in the year of `date`)."""
    from .patterns import patterns

    rules = patterns()
    if before_cited(date.year, text):
        return True
    for m in rules["record_deadline"].finditer(text):
        year = int(m.group("year")) if m.group("year") else date.year
        month = int(m.group("month")) if m.group("month") else 12  # 年底前: the year's last day
        due = _day(year, month, int(m.group("day")) if m.group("day") else None)
        if due is not None and date > due:
            return True
    return False


def _day(year: int, month: int, day: int | None) -> dt.date | None:
    """The day, or the month's last (6月底前)."""
    if not 1 <= month <= 12:
        return None
    if day is None:
        return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def before_cited(year: int, text: str) -> bool:
    """Whether `year` comes before that of a 文号 the text cites (a notice comes after what it cites)."""
    from .doc_numbers import latest_cited_year

    cited = latest_cited_year(text)
    return cited is not None and year < cited
