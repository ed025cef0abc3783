"""Deadlines in any stretch of text: the forms matched, each read, history and titles dropped."""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt

import regex

from ..document import Deadline
from .contexts import years_listed_before
from .kinds import Found, read_match
from .exclusions import SortedSpans
from .patterns import before, config, context_patterns, scanners


def parse_deadlines(text: str, start: int = 0, end: int | None = None,
                    issue_date: dt.date | None = None, schedules: SortedSpans | None = None,
                    coming_year: int | None = None) -> list[Deadline]:
    """Deadlines written in text[start:end], in text order; offsets index `text`.

    Year-less expressions (10月前, 年底前, 年内) take the year of `issue_date` (date null
    without it); expressions about years before the issue year are retrospective and
    dropped, and so are months and days already past at issue, except inside `schedules`
    (a plan's schedule, whose phases may have begun). `task_path` is left unset. In a notice for a year
    after its issue year (`coming_year`: 国务院办公厅关于2025年部分节假日安排的通知 of November 2024) a year-less day
    that the issue year would put before the issue day is that year's (1月28日至2月4日放假调休: 2025).
    """
    end = len(text) if end is None else min(end, len(text))
    if start >= end:
        return []
    titles = _book_title_spans(text, start, end)
    title_starts = [a for a, _ in titles]
    rows: list[Deadline] = []
    last_year = None  # the year of the last full date, which an undated notice's year-less dates go on in
    sentence_year = None  # (year, end) of the last year written, which its sentence's year-less dates are in
    yearly_end = None  # the end of the last 每年, whose sentence's year-less months and days repeat with it
    yearly_dated = False  # ... once it names a time of the year (每年5月31日, 每年花后(4月份))
    written_since_issue = False  # a later year than the issue year's was written: a past year-less time is ambiguous
    for m in _matches(text, start, end):
        i = bisect.bisect_right(title_starts, m.start()) - 1
        if i >= 0 and m.start() < titles[i][1]:  # inside 《…》
            continue
        # A year-less date is in the year its sentence wrote before it (1996年…2月3日云南丽江7.0级、…、11月9日
        # 南黄海6.1级); else in the issue year; without one, in the year of the last full date before it, as
        # the text omits a year it has just said (2023年12月1日~2024年3月31日、4月1日~6月30日). A bare year
        # may be history (2003年抗击非典疫情的启示) and sets none beyond its sentence.
        dated = issue_date or (dt.date(last_year, 1, 1) if last_year else None)
        if sentence_year and not _SENTENCE_END.search(text, sentence_year[1], m.start()):
            dated = dt.date(sentence_year[0], 1, 1)
        try:
            found = read_match(text, m, start, end, dated)
        except (ValueError, KeyError):  # impossible dates (2月30日) and the like
            continue
        if coming_year and issue_date and dated == issue_date and _before_issue(found, issue_date):
            try:
                found = read_match(text, m, start, end, dt.date(coming_year, 1, 1))
            except (ValueError, KeyError):
                continue
        if found is not None and found.written_year is not None:
            sentence_year = (found.written_year, found.row.char_end)
        if found is not None and found.row.recurrence == "yearly":
            yearly_end, yearly_dated = found.row.char_end, "月" in m.group() or "季" in m.group()
        elif found is not None and yearly_end is not None and _in_the_yearly_schedule(text, m, yearly_end, yearly_dated):
            found, yearly_dated = _recurring_yearly(found), True
        if found is None or _is_retrospective(found, issue_date, schedules is not None and schedules.holds(m.start()),
                                              written_since_issue):
            continue
        if found.written_year is not None and issue_date is not None and found.written_year > issue_date.year:
            written_since_issue = True
        if found.written_year is not None and "月" in m.group():
            last_year = found.written_year
        found.row.raw = text[found.row.char_start:found.row.char_end]
        if found.row.kind == "in" and _NUMBER_BROKEN.search(found.row.raw):
            # a scrape that puts each number on its own line (2021⏎年⏎2⏎月⏎13⏎日至…, a cell 2014⏎年12月底): a
            # date read across the breaks says when only with its 至/前/底/起; a bare one there names a
            # thing (2021⏎年春节期间电力需求响应) or dates the cover page. (A line wrapped inside a word, as PDF
            # text is, 今⏎年 or 年⏎内, still reads.)
            continue
        rows.append(found.row)
    return _joined_windows(text, _each_year_of_a_pair(text, _with_the_year_before(text, rows, start), start))


def _in_the_yearly_schedule(text: str, m: regex.Match, yearly_end: int, dated: bool) -> bool:
    """A year-less month, day or span of months in the sentence of a yearly schedule, after its 每年 (于每年5月31日和11月30日
    各结算一次,并分别于6月上旬和12月上旬之前将…上报): a time of that schedule, repeated each year as it is. A 每年
    that names no time of the year in its own clause counts how often (为老年人每年提供1次免费健康体检,9月30日前完成
    全年…任务的80%, holdout8 h8_01's reader: that year's 9月30日): a later clause's day is the issue year's."""
    year_less = any(name in m.re.groupindex and m.group(name) is not None for name in ("mpoint", "mrange"))
    return (year_less and not _SENTENCE_END.search(text, yearly_end, m.start())
            and (dated or not _CLAUSE_END.search(text, yearly_end, m.start())))


def _recurring_yearly(found: Found) -> Found:
    row = found.row
    row.kind, row.date, row.start_date, row.recurrence = "recurring", None, None, "yearly"
    found.fine = False
    return found


_FROM_THEN_TO = regex.compile(r"[ ,,]*")


def _with_the_year_before(text: str, rows: list[Deadline], start: int) -> list[Deadline]:
    """2024、2025年计划合计完成…: two years in a row sharing one 年 are one period, from the first to the
    second (1998、1999年连续遭受…); a year alone stays in its year."""
    for row in rows:
        if row.kind != "in" or row.date is None or not row.raw.rstrip().endswith("年"):
            continue
        m = years_listed_before(text, row.char_start, start)
        if (m and m.group("nian") is None and m.group("sep") == "、" and m.group("year")
                and int(m.group("year")) == row.date.year - 1 and row.date.month == 12 and row.date.day == 31):
            row.kind, row.start_date, row.char_start = "period", dt.date(int(m.group("year")), 1, 1), m.start("year")
            row.raw = text[row.char_start:row.char_end]
    return rows


def _distributive(text: str, head: int, end: int, start: int) -> bool:
    """分别 right before a time or right after it (分别于今明两年完成, 今明两年分别完成): its subjects take its
    years one by one."""
    ctx = context_patterns()
    return bool(before("distributive_before", text, head, start)
                or ctx["distributive_after"].match(text, end))


def _each_year_of_a_pair(text: str, rows: list[Deadline], start: int) -> list[Deadline]:
    """东中部地区要分别于今明两年完成; 2024—2025年分别完成改造100个、200个: 分别 over a span of whole years pairs each subject
    with one year, so each year is its own `in` row (on the span's text), not one period (the thirteenth end auditors'
    DEA20)."""
    out: list[Deadline] = []
    for row in rows:
        if (row.kind == "period" and row.start_date is not None and row.date is not None
                and (row.start_date.month, row.start_date.day, row.date.month, row.date.day) == (1, 1, 12, 31)
                and 2 <= row.date.year - row.start_date.year + 1 <= config()["distributive_most_years"]
                and _distributive(text, row.char_start, row.char_end, start)):
            out.extend(dataclasses.replace(row, kind="in", start_date=None, date=dt.date(year, 12, 31))
                       for year in range(row.start_date.year, row.date.year + 1))
            continue
        out.append(row)
    return out


def _joined_windows(text: str, rows: list[Deadline]) -> list[Deadline]:
    """X起 followed by 至Y is one window (CONVENTIONS.md: 自X起至Y is one period), also where the
    form of days does not read it whole: a comma between (从2022年6月1日起,至2023年5月31日止) or a
    month's end closing it (自11月18日起至12月底止)."""
    joined: list[Deadline] = []
    for row in rows:
        last = joined[-1] if joined else None
        if (last is not None and last.kind == "from" and row.kind == "by" and row.raw.startswith("至")
                and _FROM_THEN_TO.fullmatch(text, last.char_end, row.char_start)
                and (row.date is None or last.start_date is None or row.date >= last.start_date)):
            last.kind, last.date, last.char_end = "period", row.date, row.char_end
            last.raw = text[last.char_start:last.char_end]
            continue
        joined.append(row)
    return joined


_SENTENCE_END = regex.compile(r"[。;;!?!?\n]")
_NUMBER_BROKEN = regex.compile(r"[0-9〇○零一二三四五六七八九十][ ]*\n|\n[ ]*[0-9〇○零一二三四五六七八九十]")
_CLAUSE_END = regex.compile(r"[,,]")


def _matches(text: str, start: int, end: int) -> list[regex.Match]:
    """Leftmost matches of the forms, earlier forms first at the same place, no overlaps."""
    found = []
    for priority, (pattern, anchor) in enumerate(scanners()):
        for lo, hi in _windows(text, start, end, anchor):
            found.extend((m.start(), priority, m) for m in pattern.finditer(text, lo, hi))
    found.sort(key=lambda f: (f[0], f[1]))
    kept, stop = [], start
    for begin, _, m in found:
        if begin >= stop and m.end() > begin:
            kept.append(m)
            stop = m.end()
    return kept


def _windows(text: str, start: int, end: int, anchor: str | None) -> list[tuple[int, int]]:
    """Spans to search: the whole range, or merged neighbourhoods of each of the anchor's characters (no form
    puts its anchor more than 14 characters from its start or 16 from its end)."""
    if anchor is None:
        return [(start, end)]
    spans: list[tuple[int, int]] = []
    for at in _places(text, start, end, anchor):
        lo, hi = max(start, at - 14), min(end, at + 16)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], hi)
        else:
            spans.append((lo, hi))
    return spans


def _places(text: str, start: int, end: int, chars: str) -> list[int]:
    """Where any of `chars` stands in text[start:end], in order."""
    places = []
    for char in chars:
        at = text.find(char, start, end)
        while at >= 0:
            places.append(at)
            at = text.find(char, at + 1, end)
    if len(chars) > 1:
        places.sort()
    return places


def _book_title_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """《…》 spans around [start, end), searched over whole lines so a title opened
    before `start` still counts."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    return [m.span() for m in context_patterns()["book_title"].finditer(text, lo, hi)]


def _before_issue(found: Found | None, issue_date: dt.date) -> bool:
    """A year-less time read in the issue year that falls before the issue day."""
    if found is None or found.written_year is not None:
        return False
    day = found.row.start_date or found.row.date
    return day is not None and day < issue_date


def _is_retrospective(found: Found, issue_date: dt.date | None, in_schedule: bool = False,
                      later_year_written: bool = False) -> bool:
    """A year before the issue year, a month/day already past when the notice was issued
    (2019年3月 or 今年7月7日, in a notice of November 2019) or a window closed by then, is history,
    not a deadline; a year-less time due (2月底前) stays the issue year's."""
    if issue_date is None:
        return False
    if found.day_start:
        # 财务关系从一九八九年一月一日起上划 in a 批复 of January 1990, 补贴自2023年4月7日起至印发之日参照实施: a measure
        # set to apply from a day before the notice (history is told by the year: 我委自2019年起持续推进…)
        return False
    if found.written_year is not None and found.written_year < issue_date.year:
        return True
    row = found.row
    if in_schedule or row.date is None or row.date >= issue_date:
        return False
    if found.due and found.written_year is None and not later_year_written:
        # 2月底前下达年度建设任务 in a plan of 8 March: a year-less time set with 前 is the issue year's even once past
        # (the guide; holdout2 h2_05's reader), as a schedule's phase is; a day reported (今年7月7日…考察) is history.
        # After a later year written (2024年3月底前完成摸底;6月底前完成整改, in December 2023) its year is in doubt.
        return False
    # a window closed before issue (我局于1997年1月7日至11日召开…会商会, in a report of February) is history too
    return row.kind == "period" or (found.fine and row.kind in ("by", "in"))
