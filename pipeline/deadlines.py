"""Deadlines: time expressions saying when something must happen (ANNOTATION.md, "Deadlines").

One regex finds the time expression itself (a year, month, day, quarter, half-year, a span
X—Y, a five-year plan, 每年/每月…, 年底/年内); the words around it then decide its kind:
到/至 X -> by, X前 -> by (the day before X begins, or the day itself), X底/X末 -> by,
X起/自X -> from, X期间 or X—Y -> period, a bare X -> in, 每… -> recurring. Contexts that
make a date a baseline or a statistic (比2017年, 截至2020年底, 2019年以来, 2020年的29.96亿元),
a document title (《…》, 计划(2018—2020年)) or the notice's own date rule it out.

`parse_deadlines(text, start, end, issue_date)` reads any stretch of text (a clause, a
table header); `extract_deadlines(doc)` is the stage, whose rows the targets stage reads.
"""
from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
from dataclasses import dataclass

# `regex`, not `re` (rules.compile_pattern): these patterns are long alternations of
# literal words, which `regex` matches markedly faster.
import regex

from . import rules
from .document import Deadline, Document
from .metadata import safe_date
from .numbers import whole_number, year_number
from .outline import Line, classify_attachment_lines

_S = r"[ ]*"  # normalised text may hold a plain space inside a date: 到 2025 年
# A year not glued to other digits; `2.2025年` at a line start is item 2's label, then a year.
_YEAR = r"(?:(?:(?<![0-9.])|(?<=(?:^|\n)[0-9]{1,3}\.))(?:19|20)[0-9]{2}(?![0-9])|[〇○零一二三四五六七八九]{4})"
_MONTH = r"(?:1[0-2]|0?[1-9](?![0-9])|十[一二]?|[一二三四五六七八九])"
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9](?![0-9])|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
_QUARTER = r"第?[一二三四1-4]季度"
_HALF = r"[上下]半年"
_XUN = r"[上中下]旬"


def _month_detail(tag: str) -> str:
    """Month, then a day or a 旬, with an optional 底/末 edge. A day before 前 may lack its 日
    (2022年12月31前, realestate_0133; 11 月20前, med_0004)."""
    return (rf"(?P<{tag}m>{_MONTH}){_S}月份?"
            rf"(?:{_S}(?P<{tag}d>{_DAY})(?:{_S}[日号]|(?={_S}(?:以前|之前|前)))|(?P<{tag}xun>{_XUN}))?")


@dataclass
class _Span:
    """A calendar span read from the text; year None means 'the issue year'."""
    year: int | None
    month: int | None = None
    day: int | None = None
    quarter: int | None = None
    half: int | None = None
    xun: int | None = None
    edge: bool = False  # 底/末: the end of the span

    @property
    def is_day(self) -> bool:
        return self.day is not None

    def first(self, year: int) -> dt.date:
        if self.day is not None:
            return dt.date(year, self.month, self.day)
        if self.month is not None:
            return dt.date(year, self.month, {None: 1, 1: 1, 2: 11, 3: 21}[self.xun])
        if self.quarter is not None:
            return dt.date(year, 3 * self.quarter - 2, 1)
        if self.half is not None:
            return dt.date(year, 1 if self.half == 1 else 7, 1)
        return dt.date(year, 1, 1)

    def last(self, year: int) -> dt.date:
        if self.day is not None:
            return dt.date(year, self.month, self.day)
        if self.month is not None:
            end = calendar.monthrange(year, self.month)[1]
            return dt.date(year, self.month, {None: end, 1: 10, 2: 20, 3: end}[self.xun])
        if self.quarter is not None:
            month = 3 * self.quarter
            return dt.date(year, month, calendar.monthrange(year, month)[1])
        if self.half is not None:
            return dt.date(year, 6, 30) if self.half == 1 else dt.date(year, 12, 31)
        return dt.date(year, 12, 31)


# ---------------------------------------------------------------- compiled patterns

@functools.cache
def _config() -> dict:
    return rules.load("deadlines")


def _alt(words) -> str:
    return rules.alternation(list(words))


@functools.cache
def _scanners() -> list[tuple[regex.Pattern, str | None]]:
    """One pattern per form, in priority order, with the characters it cannot lack: forms
    that begin with a look-behind or a digit are searched only around those (speed)."""
    anchors = {"range": "年月", "drange": "日号", "mrange": "月", "point": "年", "mpoint": "月", "qpoint": "季半",
               "tworel": "两"}
    scanners = []
    for a in _alternatives():
        name = a[len("(?P<"):a.index(">")]
        anchor = anchors.get(name)
        scanners.append((regex.compile(a), regex.compile(f"[{anchor}]") if anchor else None))
    return scanners


def _matches(text: str, start: int, end: int) -> list[regex.Match]:
    """Leftmost matches of the forms, earlier forms first at the same place, no overlaps."""
    found = []
    for priority, (pattern, anchor) in enumerate(_scanners()):
        for lo, hi in _windows(text, start, end, anchor):
            found.extend((m.start(), priority, m) for m in pattern.finditer(text, lo, hi))
    found.sort(key=lambda f: (f[0], f[1]))
    kept, stop = [], start
    for begin, _, m in found:
        if begin >= stop and m.end() > begin:
            kept.append(m)
            stop = m.end()
    return kept


def _windows(text: str, start: int, end: int, anchor: regex.Pattern | None) -> list[tuple[int, int]]:
    """Spans to search: the whole range, or merged neighbourhoods of each anchor (no form
    puts its anchor more than 14 characters from its start or 16 from its end)."""
    if anchor is None:
        return [(start, end)]
    spans: list[tuple[int, int]] = []
    for m in anchor.finditer(text, start, end):
        lo, hi = max(start, m.start() - 14), min(end, m.start() + 16)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], hi)
        else:
            spans.append((lo, hi))
    return spans


def _g(m: regex.Match, name: str) -> str | None:
    """A named group of whichever form matched (None when that form has no such group)."""
    return m.group(name) if name in m.re.groupindex else None


def _alternatives() -> list[str]:
    cfg = _config()
    sep = _alt(cfg["range_separators"] + ["到"])
    quotes = regex.escape(cfg["quotes"])
    plans = _alt(cfg["plan_periods"])
    units = _alt(cfg["recurrence"])
    not_rec = "".join(f"(?<!{regex.escape(w)})" for w in cfg["recurring_not_after"])
    not_rel = regex.escape(cfg["relative_not_after"])
    year_part = rf"(?:(?P<yy>{_YEAR}){_S}年|(?P<yrel>[今明本])年)度?"
    alternatives = [
        # 2018—2020年, 2018年—2020年, 2021年4月至6月
        rf"(?P<range>(?P<ay>{_YEAR}){_S}(?:年(?:{_S}(?P<am>{_MONTH}){_S}月)?)?{_S}(?:{sep}){_S}"
        rf"(?:(?P<by>{_YEAR}){_S}年(?:{_S}(?P<bm>{_MONTH}){_S}月)?|(?P<bm2>{_MONTH}){_S}月))",
        # 6月1日至9月30日, 2024年4月26日—5月31日
        # 2024年6月5日(含6月5日)起至2025年6月4日: a note in brackets may follow the first day
        rf"(?P<drange>(?:(?P<dy>{_YEAR}){_S}年{_S})?(?P<dam>{_MONTH}){_S}月{_S}(?P<dad>{_DAY}){_S}[日号]{_S}"
        rf"(?:\([^()\n]{{0,12}}\){_S})?(?:起{_S})?"
        rf"(?:{sep}){_S}(?:(?P<dby>{_YEAR}){_S}年{_S})?(?:(?P<dbm>{_MONTH}){_S}月{_S})?(?P<dbd>{_DAY}){_S}[日号])",
        # 4—6月, 4月至6月
        rf"(?P<mrange>(?<![0-9〇○零一二三四五六七八九十个年])(?P<mam>{_MONTH}){_S}月?{_S}(?:{sep}){_S}"
        rf"(?P<mbm>{_MONTH}){_S}月(?!龄))",
        # 每年, 每个季度, 每月10日前, 每年12月底前
        rf"(?P<rec>{not_rec}每(?P<unit>{units})"
        rf"(?:{_S}{_QUARTER}|{_S}{_MONTH}{_S}月份?)?(?:{_S}{_DAY}{_S}[日号])?(?:年底|年末|月底|月末|底|末)?(?:以前|之前|前)?)",
        # 今明两年, 明后两年: this year and the next (the issue year's)
        r"(?P<tworel>(?P<tworel_first>[今明])(?:明|后)两年)",
        # “十四五”
        rf"(?P<plan>[{quotes}]?(?P<plan_name>{plans})[{quotes}]?)",
        # 2020年, 2020年底, 2020年6月30日, 2021年第一季度, 今年底
        rf"(?P<point>{year_part}(?:{_S}(?:{_month_detail('p')}|(?P<pq>{_QUARTER})|(?P<ph>{_HALF})))?"
        # 2019年初开始: the start of the year, only before 开始/起 (2021年初 alone is vague)
        rf"(?:(?P<pedge>底|末)|初(?={_S}(?:开始|起)))?)",
        # 10月, 6月底, 3月15日 (year-less: the issue year)
        rf"(?P<mpoint>(?<![0-9〇○零一二三四五六七八九十个两几多每年前第])(?:{_month_detail('q')})(?P<qedge>底|末)?(?!龄))",
        # 一季度, 第三季度末, 下半年 (year-less); not the quarter of another year (次年第一季度)
        rf"(?P<qpoint>(?<![0-9年每前上第])(?:(?P<qq>{_QUARTER})|(?P<qh>{_HALF}))(?P<qqedge>末)?)",
        # 年底, 年末, 年内, 年度内 (the issue year)
        rf"(?P<rel>(?<![{not_rel}])年(?:(?P<reledge>底|末)|(?P<relin>度?内)))",
    ]
    return alternatives


@functools.cache
def _context_patterns() -> dict[str, regex.Pattern]:
    cfg = _config()
    pre, suf = cfg["prefixes"], cfg["suffixes"]
    own_closing = cfg["own_date_closing"].format(verbs=_alt(cfg["own_date_closing_verbs"]))
    return {
        "prefix": regex.compile(rf"(?P<w>{_alt(pre['by'] + pre['from'] + pre['exclude'])}){_S}$"),
        "exclude_after": regex.compile(rf"{_S}(?:{_alt(suf['exclude'])}|{cfg['value_after_year']}"
                                      rf"|{'|'.join(cfg['not_deadline_after'])})"),
        "before": regex.compile(rf"{_S}(?:{_alt(suf['before'])})(?![{regex.escape(cfg['before_not_followed_by'])}])"
                                rf"(?!{cfg['before_not_followed_by_pattern']})"),
        "from": regex.compile(rf"{_S}(?:{_alt(suf['from'])})(?!{_alt(cfg['own_date_verbs'])})"),
        "own_date": regex.compile(rf"{_S}(?:{_alt(suf['from'])}){_S}(?:{_alt(cfg['own_date_verbs'])})"),
        "own_date_closing": regex.compile(rf"{_S}(?:{_alt(suf['from'])}){_S}{own_closing}"),
        "period": regex.compile(rf"{_S}(?:{_alt(suf['period'])})"),
        "within": regex.compile(rf"{_S}内"),
        "header": regex.compile(rf"{_S}(?:{_alt(cfg['table_header_words'])})"),
        "plan_end": regex.compile(r"(?:末期|期末|末)"),
        "title_before": regex.compile(rf"(?:{_alt(cfg['title_words'])})$"),
        "book_title": regex.compile(r"《[^《》\n]*》"),
        "window_opening": regex.compile(cfg["window_opening"]),
        "title_year": regex.compile(cfg["title_year"]),
    }


# ---------------------------------------------------------------- numbers

def _quarter(s: str) -> int:
    return whole_number(s.strip("第").removesuffix("季度"))


def _span_of(m: regex.Match, tag: str, year: int | None) -> _Span:
    """The month/day/旬 details captured under `tag`."""
    month = m.group(f"{tag}m")
    day = m.group(f"{tag}d")
    xun = m.group(f"{tag}xun")
    return _Span(year=year,
                 month=whole_number(month) if month else None,
                 day=whole_number(day) if day else None,
                 xun={"上": 1, "中": 2, "下": 3}[xun[0]] if xun else None)


# ---------------------------------------------------------------- the parser

@dataclass
class _Found:
    """A time expression with the words around it that decide its reading."""
    start: int
    end: int
    kind: str
    date: dt.date | None = None
    start_date: dt.date | None = None
    recurrence: str | None = None
    written_year: int | None = None  # the year as written, for the retrospective check
    fine: bool = False  # a month or day with a written year: checked against the issue date


def parse_deadlines(text: str, start: int = 0, end: int | None = None,
                    issue_date: dt.date | None = None) -> list[Deadline]:
    """Deadlines written in text[start:end], in text order; offsets index `text`.

    Year-less expressions (10月前, 年底前, 年内) take the year of `issue_date` (date null
    without it); expressions about years before the issue year are retrospective and
    dropped. `task_path` is left unset.
    """
    end = len(text) if end is None else min(end, len(text))
    if start >= end:
        return []
    titles = _book_title_spans(text, start, end)
    title_starts = [a for a, _ in titles]
    rows: list[Deadline] = []
    for m in _matches(text, start, end):
        i = bisect.bisect_right(title_starts, m.start()) - 1
        if i >= 0 and m.start() < titles[i][1]:  # inside 《…》
            continue
        try:
            found = _read(text, m, start, end, issue_date)
        except (ValueError, KeyError):  # impossible dates (2月30日) and the like
            continue
        if found is None or _is_retrospective(found, issue_date):
            continue
        rows.append(Deadline(raw=text[found.start:found.end], kind=found.kind,
                             char_start=found.start, char_end=found.end, date=found.date,
                             start_date=found.start_date, recurrence=found.recurrence))
    return rows


def _book_title_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """《…》 spans around [start, end), searched over whole lines so a title opened
    before `start` still counts."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    return [m.span() for m in _context_patterns()["book_title"].finditer(text, lo, hi)]


def _is_retrospective(found: _Found, issue_date: dt.date | None) -> bool:
    """A year before the issue year, or a dated month/day already past when the notice
    was issued (2019年3月, in a notice of June 2019), is history, not a deadline."""
    if issue_date is None or found.written_year is None:
        return False
    if found.written_year < issue_date.year:
        return True
    return found.fine and found.kind in ("by", "in") and found.date is not None and found.date < issue_date


def _read(text: str, m: regex.Match, lo: int, hi: int, issue_date: dt.date | None) -> _Found | None:
    """Kind and dates of one match, from the match and the words around it."""
    ctx = _context_patterns()
    prefix = ctx["prefix"].search(text, max(lo, m.start() - 4), m.start())
    prefix_word = prefix.group("w") if prefix else None
    cfg = _config()["prefixes"]
    if prefix_word in cfg["exclude"]:
        return None
    if ctx["exclude_after"].match(text, m.end(), hi):
        return None
    if _in_title_parentheses(text, m, lo, hi):
        return None
    head = prefix.start() if prefix_word in cfg["by"] + cfg["from"] else m.start()
    issue_year = issue_date.year if issue_date else None

    if _g(m, "rec") is not None:
        return _Found(m.start(), m.end(), "recurring",
                      recurrence=_config()["recurrence"][_g(m, "unit")])
    if _g(m, "tworel") is not None:
        if issue_year is None:
            return _Found(head, m.end(), "period")
        first = issue_year + (_g(m, "tworel_first") == "明")
        return _Found(head, m.end(), "period", date=dt.date(first + 1, 12, 31), start_date=dt.date(first, 1, 1))
    if _g(m, "plan") is not None:
        return _read_plan(text, m, head, hi, prefix_word)
    if _g(m, "range") is not None or _g(m, "mrange") is not None:
        return _read_range(text, m, head, hi, prefix_word, issue_year)
    if _g(m, "drange") is not None:
        found = _read_day_range(m, head, issue_year)
        if found is not None and (p := ctx["period"].match(text, found.end, hi)):
            found.end = p.end()  # 2023年1月1日至2024年6月30日期间
        return found
    span, year = _point_span(m, issue_year)
    if span is None:
        return None
    found = _read_point(text, m, head, hi, prefix_word, span, year)
    if found is not None:
        found.fine = found.written_year is not None and span.month is not None
    return found


def _in_title_parentheses(text: str, m: regex.Match, lo: int, hi: int) -> bool:
    """(2018—2020年) after any name, or (2021年) after a document name: part of a title."""
    if m.start() == 0 or text[m.start() - 1] != "(" or not text.startswith(")", m.end()):
        return False
    if _g(m, "range") is not None:
        return True
    if _g(m, "drange") is not None:
        return False  # (2022年9月1日-2023年8月31日): a span of days is a window, no title's period
    return bool(_context_patterns()["title_before"].search(text, max(0, m.start() - 6), m.start() - 1))


def _read_plan(text: str, m: regex.Match, head: int, hi: int, prefix_word: str | None) -> _Found | None:
    """“十四五”期间 -> period; “十四五”末期 / 到“十四五”末 -> by; a bare plan name is no deadline."""
    ctx = _context_patterns()
    first_year, last_year = _config()["plan_periods"][_g(m, "plan_name")]
    if e := ctx["plan_end"].match(text, m.end(), hi):
        return _Found(head, e.end(), "by", date=dt.date(last_year, 12, 31), written_year=last_year)
    if p := ctx["period"].match(text, m.end(), hi):
        return _Found(head, p.end(), "period", date=dt.date(last_year, 12, 31),
                      start_date=dt.date(first_year, 1, 1), written_year=last_year)
    return None


def _read_range(text: str, m: regex.Match, head: int, hi: int, prefix_word: str | None,
                issue_year: int | None) -> _Found | None:
    """X—Y: a period from the first day of X to the last day of Y."""
    if _g(m, "range") is not None:
        first_year = year_number(_g(m, "ay"))
        last_year = year_number(_g(m, "by")) or first_year
        first_month = _g(m, "am")
        last_month = _g(m, "bm") or _g(m, "bm2")
        if _g(m, "by") is None and first_year is None:
            return None
    else:
        first_year = last_year = issue_year
        first_month, last_month = _g(m, "mam"), _g(m, "mbm")
    if first_year is None and last_year is None:
        return _Found(head, m.end(), "period")
    # A month span 4月至6月 needs both ends as months; a year span ends with a year.
    if (first_month is None) != (last_month is None) and _g(m, "by") is None:
        return None
    first = _Span(first_year, month=whole_number(first_month) if first_month else None)
    last = _Span(last_year, month=whole_number(last_month) if last_month else None)
    if last_year < first_year or (last_year == first_year and first.first(first_year) > last.last(last_year)):
        return None  # not a span forward in time (a number range that looks like years)
    stop = m.end()
    if p := _context_patterns()["period"].match(text, stop, hi):
        stop = p.end()
    written = last_year if _g(m, "range") is not None else None
    return _Found(head, stop, "period", date=last.last(last_year),
                  start_date=first.first(first_year), written_year=written)


def _read_day_range(m: regex.Match, head: int, issue_year: int | None) -> _Found | None:
    """6月1日至9月30日: a period from the first day to the last (the issue year unless written)."""
    year = year_number(_g(m, "dy")) or issue_year
    last_year = year_number(_g(m, "dby")) if _g(m, "dby") else year
    if year is None or last_year is None:
        return _Found(head, m.end(), "period")
    first_month = whole_number(_g(m, "dam"))
    last_month = whole_number(_g(m, "dbm")) if _g(m, "dbm") else first_month
    first = safe_date(year, first_month, whole_number(_g(m, "dad")))
    last = safe_date(last_year, last_month, whole_number(_g(m, "dbd")))
    if first is None or last is None or last < first:
        return None
    written = last_year if _g(m, "dy") or _g(m, "dby") else None
    return _Found(head, m.end(), "period", date=last, start_date=first, written_year=written)


def _point_span(m: regex.Match, issue_year: int | None) -> tuple[_Span | None, int | None]:
    """The span of a single point and the year it falls in (None: unknown)."""
    if _g(m, "point") is not None:
        if _g(m, "yrel"):
            year = None if issue_year is None else issue_year + (_g(m, "yrel") == "明")
        else:
            year = year_number(_g(m, "yy"))
        span = _span_of(m, "p", year)
        if _g(m, "pq"):
            span.quarter = _quarter(_g(m, "pq"))
        if _g(m, "ph"):
            span.half = 1 if _g(m, "ph")[0] == "上" else 2
        span.edge = bool(_g(m, "pedge"))
        return span, year
    if _g(m, "mpoint") is not None:
        span = _span_of(m, "q", issue_year)
        span.edge = bool(_g(m, "qedge"))
        return span, issue_year
    if _g(m, "qpoint") is not None:
        span = _Span(issue_year, edge=bool(_g(m, "qqedge")))
        if _g(m, "qq"):
            span.quarter = _quarter(_g(m, "qq"))
        else:
            span.half = 1 if _g(m, "qh")[0] == "上" else 2
        return span, issue_year
    if _g(m, "rel") is not None:
        return _Span(issue_year, edge=bool(_g(m, "reledge"))), issue_year
    return None, None


def _read_point(text: str, m: regex.Match, head: int, hi: int, prefix_word: str | None,
                span: _Span, year: int | None) -> _Found | None:
    ctx = _context_patterns()
    cfg = _config()["prefixes"]
    written = year if _g(m, "point") is not None and not _g(m, "yrel") else None

    def dated(fn):
        return None if year is None else fn(year)

    if _g(m, "relin"):
        return _Found(head, m.end(), "in", date=dated(span.last))
    if b := ctx["before"].match(text, m.end(), hi):
        if span.edge or span.is_day:
            date = dated(span.last)
        else:
            date = dated(lambda y: span.first(y) - dt.timedelta(days=1))
        return _Found(head, b.end(), "by", date=date, written_year=written)
    if ctx["own_date"].match(text, m.end(), hi):
        return None
    if prefix_word == "自" and ctx["own_date_closing"].match(text, m.end(), hi):
        return None  # 自2021年7月1日起实施。: the day the document takes effect
    if f := ctx["from"].match(text, m.end(), hi):
        return _Found(head, f.end(), "from", start_date=dated(span.first), written_year=written)
    if prefix_word in cfg["from"]:
        if prefix_word == "从":
            return None  # 从2015年的…增加到…: a starting value, not a start date
        return _Found(head, m.end(), "from", start_date=dated(span.first), written_year=written)
    if span.edge or prefix_word in cfg["by"]:
        # 至2025年12月31日期间, 即日起至2024年12月31日: a window closing that day
        if prefix_word == "至" and (p := ctx["period"].match(text, m.end(), hi)):
            return _Found(head, p.end(), "period", date=dated(span.last), written_year=written)
        if prefix_word == "至" and ctx["window_opening"].search(text, max(0, head - 6), head):
            return _Found(head, m.end(), "period", date=dated(span.last), written_year=written)
        return _Found(head, m.end(), "by", date=dated(span.last), written_year=written)
    if p := ctx["period"].match(text, m.end(), hi):
        return _Found(head, p.end(), "period", date=dated(span.last),
                      start_date=dated(span.first), written_year=written)
    # 年内 / 2020年内 -> in; an indicator-table header 2025年目标值 is quoted whole.
    stop = m.end()
    if w := ctx["within"].match(text, stop, hi) or ctx["header"].match(text, stop, hi):
        stop = w.end()
    return _Found(head, stop, "in", date=dated(span.last), written_year=written)


# ---------------------------------------------------------------- the stage

def extract_deadlines(doc: Document) -> None:
    """Fill doc.deadlines with the deadlines of the plan body, each tagged with its task."""
    try:
        rows = parse_deadlines(doc.text, doc.body_start, doc.body_stop, doc.issue_date or _title_year(doc))
        review = _retrospective_sections(doc)
        titles = _attachment_title_lines(doc)
        skipped = _Spans(review + titles)
        rows = [r for r in rows if not skipped.holds(r.char_start) and not _is_signature_date(doc.text, r)
                and not _is_issue_day(r, doc.issue_date)]
        rows = _without_baseline_columns(doc.text, rows)
    except Exception as e:  # a bug on one document must not cost the others
        doc.warnings.append(f"deadlines: not extracted ({type(e).__name__}: {e})")
        rows = []
    for row in rows:
        row.task_path = doc.path_at(row.char_start)
    doc.deadlines = rows


def _title_year(doc: Document) -> dt.date | None:
    """The first day of the year a dateless document's title names for it (2013年…政府工作报告):
    what year-less deadlines resolve to, and before which years are history."""
    m = _context_patterns()["title_year"].match(doc.title or "")
    return dt.date(int(m.group("year")), 1, 1) if m else None


class _Spans:
    """Spans merged and sorted, so that whether one holds an offset is a bisection (a notice
    of thousands of 附件 lines and dates was quadratic when every row read every span)."""

    def __init__(self, spans: list[tuple[int, int]]):
        merged: list[list[int]] = []
        for a, b in sorted(s for s in spans if s[0] < s[1]):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self.starts = [a for a, _ in merged]
        self.ends = [b for _, b in merged]

    def holds(self, offset: int) -> bool:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i >= 0 and offset < self.ends[i]


def _attachment_title_lines(doc: Document) -> list[tuple[int, int]]:
    """Spans of lines that name attachments, whose years are part of a title: the lines of
    an attachment list and an 附件N header (as the outline reads them), and the title
    standing under a bare 附件N."""
    first = doc.text.find("附件", doc.body_start, doc.body_stop)
    if first < 0:
        return []
    # only lines from the first 附件 on can be attachment lines (the roles look forward only)
    lines = [Line(m.start(), m.end(), m.group())
             for m in _LINE.finditer(doc.text, max(doc.body_start, doc.text.rfind("\n", 0, first) + 1),
                                     doc.body_stop) if m.group().strip()]
    spans = []
    for i, (kind, _) in classify_attachment_lines(lines).items():
        spans.append((lines[i].start, lines[i].end))
        if kind != "continuation" and i + 1 < len(lines) and _BARE_ATTACHMENT.fullmatch(lines[i].text.strip()):
            spans.append((lines[i + 1].start, lines[i + 1].end))
    return spans


_LINE = regex.compile(r"[^\n]+")
_BARE_ATTACHMENT = regex.compile(r"附件\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})?\s*[::]?")


def _without_baseline_columns(text: str, rows: list[Deadline]) -> list[Deadline]:
    """Drop a year standing alone in a table header when a later year heads a column a
    few cells on (序号/指标/2022年/2025年目标): the earlier one is the baseline column."""
    def cell(row: Deadline) -> str:
        return _line_at(text, row.char_start).strip()

    kept = []
    for i, row in enumerate(rows):
        header_cell = row.kind == "in" and row.date is not None and cell(row) == row.raw
        if not header_cell or not any(
                r.date is not None and r.date > row.date and cell(r).startswith(r.raw)
                and text.count("\n", row.char_end, r.char_start) <= 3 for r in rows[i + 1:i + 4]):
            kept.append(row)
    return kept


def _line_at(text: str, pos: int) -> str:
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    return text[lo:len(text) if hi < 0 else hi]


def _is_issue_day(row: Deadline, issue_date: dt.date | None) -> bool:
    """The day the notice was issued, written as a bare date, is its own date (a signature in a
    text stored as one line: …请照此执行。国务院一九八〇年六月十二日关于…), not a deadline."""
    return row.kind == "in" and row.date is not None and row.date == issue_date and row.raw.rstrip().endswith(("日", "号"))


def _is_signature_date(text: str, row: Deadline) -> bool:
    """A full date standing on a line of its own dates the notice (落款), it sets no deadline."""
    return bool(_signature_date_line().fullmatch(_line_at(text, row.char_start).strip()))


@functools.cache
def _signature_date_line() -> regex.Pattern:
    return regex.compile(_config()["signature_date_line"])


def _retrospective_sections(doc: Document) -> list[tuple[int, int]]:
    """Spans of level-1 items that review the past (一、规划背景): no deadlines there."""
    words = _config()["retrospective_headings"]
    tops = [t for t in doc.tasks if t.level == 1]
    spans = []
    for i, task in enumerate(tops):
        if any(w in task.heading for w in words):
            stop = tops[i + 1].char_start if i + 1 < len(tops) else doc.body_stop
            spans.append((task.char_start, stop))
    return spans
