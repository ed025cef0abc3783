"""The kind of one time expression (by, from, period, in, recurring) and its dates, read from
the match and the words around it (`contexts` says what the words rule out or name)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex

from ..document import Deadline
from ..metadata import safe_date
from ..numbers.numerals import whole_number, year_number
from .contexts import (closes_a_window, closes_at_a_time_to_come, group as _g, heads_its_clause, in_a_routines_sentence,
                       in_title_parentheses, is_a_month_count, is_a_window, is_rate, is_topic_year, names_a_thing,
                       names_an_attachment, says_who_qualifies, sentence_start)
from .patterns import before, config, context_patterns, plan_years
from .spans import Span, quarter_number, span_of


@dataclass
class Found:
    """A time expression read: the row it gives (its raw text filled by the parser, which holds
    the whole text), and what the retrospective check needs besides."""
    row: Deadline
    written_year: int | None = None  # the year as written, for the retrospective check
    fine: bool = False  # a month or day (今年7月7日, 3月底前 too): checked against the issue date
    due: bool = False  # closed by 前 (2月底前): a time set for the work, not one reported
    day_start: bool = False  # a day closed by 起 (1989年1月1日起): a start this precise is a measure's, not history's


def _found(start: int, end: int, kind: str, date: dt.date | None = None, start_date: dt.date | None = None,
           recurrence: str | None = None, written_year: int | None = None, due: bool = False) -> Found:
    return Found(Deadline(raw="", kind=kind, char_start=start, char_end=end, date=date, start_date=start_date,
                          recurrence=recurrence), written_year, due=due)


def read_match(text: str, m: regex.Match, lo: int, hi: int, issue_date: dt.date | None) -> Found | None:
    """Kind and dates of one match, from the match and the words around it."""
    ctx = context_patterns()
    prefix = before("prefix", text, m.start(), lo)
    prefix_word = prefix.group("w") if prefix else None
    cfg = config()["prefixes"]
    if prefix_word in cfg["object"]:
        if not is_a_window(m):
            return None  # 对2024年3月31日之前供应…的用地, 对每天产生的垃圾: what is acted on, not when
        prefix_word = None
    if prefix_word in cfg["exclude"]:
        if not (closes_a_window(text, prefix, m, lo, hi) or closes_at_a_time_to_come(text, prefix, m, lo, issue_date)):
            return None
        prefix_word = cfg["by"][0]  # 申请时间截至2025年12月31日: by that day
    written = prefix.start() if prefix else m.start()  # where the time's words open, its prefix included
    if before("basis_list_before", text, written, lo):
        return None  # 根据…相关规定和年度内完成投资额: a member of what a measure is based on
    if _g(m, "rec") is None and before("count_cutoff_before", text, written, lo):
        return None  # 有关工作年限的要求,其截止日期为2012年12月31日: who qualifies
    if _g(m, "rec") is None and before("data_source_before", text, written, lo):
        return None  # 据统计,2023年全市…; …统计公报显示,2025年末…: the time of the data
    if before("consultation_before", text, written, lo):
        return None  # 征求意见时间为2024年3月1日至3月31日: the document's own consultation window
    if ctx["exclude_after"].match(text, m.end(), hi) or (
            _g(m, "rec") is None and ctx["issued_after"].match(text, m.end(), hi)):
        return None  # (a schedule may publish: 每年公布的住房公积金月缴存额上下限)
    if in_title_parentheses(text, m, lo, hi):
        return None
    if prefix_word in cfg["by"] and before("range_tail_before", text, prefix.start(), lo):
        return None  # 次年1月至8月: the end of a span whose start is no time read
    if _g(m, "rec") is None and before("own_validity_before", text, written, lo):
        return None  # 本办法有效期自2026年1月1日起至2027年12月31日止: the document's own dates
    head = prefix.start() if prefix_word in cfg["by"] + cfg["from"] else m.start()
    if names_an_attachment(text, head, lo):
        return None  # 附件:2016年…分工表: the attached document's name
    issue_year = issue_date.year if issue_date else None

    if _g(m, "rec") is not None:
        if is_rate(text, m, hi):
            return None  # 每人每年420元, 每月每平方米: a rate per period, not a schedule
        if ctx["condition_after"].match(text, m.end(), hi) or says_who_qualifies(text, m, lo, hi):
            return None  # 每年度实际纳税3000万至5000万元的,给予入户指标5个: who qualifies, as after a day
        if (before("entitlement_before", text, m.start(), lo)
                or ctx["entitlement_after"].match(text, m.end(), hi)):
            return None  # 可每年申请提取一次, 每个月不超过一次: how often each one may draw, a rate
        if ctx["recurring_names_mechanism"].match(text, m.end(), hi):
            return None  # 建立健全每日报错治理机制: the name of a mechanism
        if before("service_hours_before", text, m.start(), lo) or (
                before("bracketed_hours_before", text, m.start(), lo) and ctx["bracketed_hours_after"].match(text, m.end(), hi)):
            return None  # 受理时间为每日上午9时至…, 7月1日至7月10日(每日9:00-17:00): the hours a service is open
        return _found(m.start(), m.end(), "recurring",
                      recurrence=config()["recurrence"][_g(m, "unit")])
    if _g(m, "today") is not None:
        if ctx["own_date"].match(text, m.end(), hi) or ctx["own_date_closing"].match(text, m.end(), hi):
            return None  # 本办法自即日起施行: the document's own start
        return _found(head, m.end(), "from")  # its day: the issue date (extract_deadlines)
    if _g(m, "tworel") is not None:
        if issue_year is None:
            return _found(head, m.end(), "period")
        first = issue_year + (_g(m, "tworel_first") == "明")
        return _found(head, m.end(), "period", date=dt.date(first + 1, 12, 31), start_date=dt.date(first, 1, 1))
    if _g(m, "coming") is not None:
        if issue_year is None or is_topic_year(text, m.start(), m.end(), lo, hi) \
                or before("coming_years_not_after", text, head, lo):
            return None  # 实现今后五年各项任务: the years' work, not when
        last = issue_year + whole_number(_g(m, "coming_n")) - 1
        return _found(head, m.end(), "period", date=dt.date(last, 12, 31), start_date=dt.date(issue_year, 1, 1),
                      written_year=last)
    if _g(m, "plan") is not None:
        return _read_plan(text, m, head, lo, hi, prefix_word)
    if prefix_word is None and is_a_window(m) and (c := ctx["window_clause_after"].match(text, m.end(), hi)) \
            and ctx["past_fact_after"].match(text, c.end(), hi):
        return None  # 2023年2月至6月,国家能源局组织开展了…专项监管: the window of a fact reported, as a bare year's
    if _g(m, "range") is not None or _g(m, "mrange") is not None:
        return _read_range(text, m, head, lo, hi, prefix_word, issue_year)
    if _g(m, "drange") is not None:
        found = _read_day_range(m, head, issue_year)
        if found is not None and (p := ctx["period"].match(text, found.row.char_end, hi)):
            found.row.char_end = p.end()  # 2023年1月1日至2024年6月30日期间
        return found
    if _g(m, "dlist") is not None:
        return _read_day_list(text, m, head, hi, issue_year)
    span, year = _point_span(m, issue_year)
    if span is None:
        return None
    if is_a_month_count(text, m, lo, hi):
        return None  # 取得…许可证之日起12月内: twelve months from an event, a duration
    found = _read_point(text, m, head, lo, hi, prefix_word, span, year)
    if found is not None:
        found.fine = span.month is not None or span.quarter is not None or span.half is not None
        found.day_start = span.is_day and found.row.kind == "from" and text.endswith(
            tuple(config()["suffixes"]["from"]), 0, found.row.char_end)
    return found


def _read_plan(text: str, m: regex.Match, head: int, lo: int, hi: int, prefix_word: str | None) -> Found | None:
    """“十四五”期间 -> period; “十四五”末期 / 到“十四五”末 -> by; a bare plan name is no deadline."""
    ctx = context_patterns()
    first_year, last_year = plan_years(_g(m, "plan_name"))
    if e := ctx["plan_end"].match(text, m.end(), hi):
        return _found(head, e.end(), "by", date=dt.date(last_year, 12, 31), written_year=last_year)
    if p := ctx["period"].match(text, m.end(), hi):
        if prefix_word is None and (is_topic_year(text, m.start(), p.end(), lo, hi)
                                    or ctx["names_what_follows"].match(text, p.end(), hi)):
            return None  # 努力实现“十二五”时期良好开局; 根据“十五”期间的形势和任务; “十五”期间扩大就业的任务十分繁重
        return _found(head, p.end(), "period", date=dt.date(last_year, 12, 31),
                      start_date=dt.date(first_year, 1, 1), written_year=last_year)
    return None


def _read_range(text: str, m: regex.Match, head: int, lo: int, hi: int, prefix_word: str | None,
                issue_year: int | None) -> Found | None:
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
        if _g(m, "mnext") and issue_year is not None:
            last_year = issue_year + 1  # 12月份至来年1月份: the end month in the year after
        first_month, last_month = _g(m, "mam"), _g(m, "mbm")
    if first_year is None and last_year is None:
        return _found(head, m.end(), "period")
    # A month span 4月至6月 needs both ends as months; a year span ends with a year.
    if (first_month is None) != (last_month is None) and _g(m, "by") is None:
        return None
    first = Span(first_year, month=whole_number(first_month) if first_month else None)
    last = Span(last_year, month=whole_number(last_month) if last_month else None)
    if last_year < first_year or (last_year == first_year and first.first(first_year) > last.last(last_year)):
        return None  # not a span forward in time (a number range that looks like years)
    stop = m.end()
    if p := context_patterns()["period"].match(text, stop, hi):
        stop = p.end()
    if prefix_word is None and context_patterns()["names_what_follows"].match(text, stop, hi):
        return None  # 2021-2022年的工作计划: the years of what it names
    if not p and (_g(m, "range") is not None and first_month is None and last_month is None
          and not heads_its_clause(text, head, lo)):
        return None  # 颁布实施2011-2020年中国农村扶贫开发纲要: the years of a name
    written = last_year if _g(m, "range") is not None else None
    return _found(head, stop, "period", date=last.last(last_year),
                  start_date=first.first(first_year), written_year=written)


def _read_day_range(m: regex.Match, head: int, issue_year: int | None) -> Found | None:
    """6月1日至9月30日: a period from the first day to the last (the issue year unless written)."""
    year = year_number(_g(m, "dy")) or issue_year
    last_year = year_number(_g(m, "dby")) if _g(m, "dby") else year
    if _g(m, "dnext") and year is not None:
        last_year = year + 1  # 11月15日至次年3月15日: the end day in the year after
    if year is None or last_year is None:
        return _found(head, m.end(), "period")
    first_month = whole_number(_g(m, "dam"))
    last_month = whole_number(_g(m, "dbm")) if _g(m, "dbm") else first_month
    first = safe_date(year, first_month, whole_number(_g(m, "dad")))
    last = safe_date(last_year, last_month, whole_number(_g(m, "dbd")))
    if first is None or last is None or last < first:
        return None
    written = last_year if _g(m, "dy") or _g(m, "dby") else None
    return _found(head, m.end(), "period", date=last, start_date=first, written_year=written)


def _read_day_list(text: str, m: regex.Match, head: int, hi: int, issue_year: int | None) -> Found | None:
    """2012年5月26、27日: days in a row one event takes (a period from the first to the last: sixteenth H55A_05's
    reader); a 前 after the list is a by its last day, as 分别在9月4日和10月8日之前 covers each. Days apart name
    several events, none of which the list says alone: no row."""
    year = year_number(_g(m, "ly")) or issue_year
    month = whole_number(_g(m, "lm"))
    days = [whole_number(d) for d in regex.findall(r"[0-9]+|[一二三四五六七八九十]+", m.group()[m.start("ld") - m.start():])]
    written = year if _g(m, "ly") else None
    if year is None:
        return None
    first, last = safe_date(year, month, days[0]), safe_date(year, month, days[-1])
    if first is None or last is None:
        return None
    if b := context_patterns()["before"].match(text, m.end(), hi):
        return _found(head, b.end(), "by", date=last, written_year=written, due=True)
    if days != list(range(days[0], days[0] + len(days))):
        return None
    return _found(head, m.end(), "period", date=last, start_date=first, written_year=written)


def _point_span(m: regex.Match, issue_year: int | None) -> tuple[Span | None, int | None]:
    """The span of a single point and the year it falls in (None: unknown)."""
    if _g(m, "point") is not None:
        if _g(m, "yrel"):
            year = None if issue_year is None else issue_year + (_g(m, "yrel") == "明")
        else:
            year = year_number(_g(m, "yy"))
        span = span_of(m, "p", year)
        if _g(m, "pq"):
            span.quarter = quarter_number(_g(m, "pq"))
        if _g(m, "ph"):
            span.half = 1 if _g(m, "ph")[0] == "上" else 2
        if _g(m, "pterm"):
            span.month = config()["term_starts"][_g(m, "pterm")]  # its first month: 起 and 前 read only that
        span.edge = bool(_g(m, "pedge"))
        return span, year
    if _g(m, "mpoint") is not None:
        span = span_of(m, "q", issue_year)
        span.edge = bool(_g(m, "qedge"))
        return span, issue_year
    if _g(m, "qpoint") is not None:
        span = Span(issue_year, edge=bool(_g(m, "qqedge")))
        if _g(m, "qq"):
            span.quarter = quarter_number(_g(m, "qq"))
        else:
            span.half = 1 if _g(m, "qh")[0] == "上" else 2
        return span, issue_year
    if _g(m, "rel") is not None:
        return Span(issue_year, edge=bool(_g(m, "reledge"))), issue_year
    return None, None


def _read_point(text: str, m: regex.Match, head: int, lo: int, hi: int, prefix_word: str | None,
                span: Span, year: int | None) -> Found | None:
    ctx = context_patterns()
    cfg = config()["prefixes"]
    written = year if _g(m, "point") is not None and not _g(m, "yrel") else None

    def dated(fn):
        return None if year is None else fn(year)

    if (_g(m, "rel") is not None and prefix_word is None and not ctx["before"].match(text, m.end(), hi)
            and (ctx["condition_after"].match(text, m.end(), hi) or in_a_routines_sentence(text, m, lo)
                 or (_g(m, "reledge") and ctx["year_end_settling_after"].match(text, m.end(), hi))
                 or (_g(m, "relin") and ctx["year_cap_after"].match(text, m.end(), hi)))):
        # 实行年底统一清算的,…: a condition of any year's routine; 年底按实结算: the routine itself; 救助金额年度内累计不超过
        # 3000元: a cap on each one's sum per year
        return None
    if _g(m, "relin"):
        return _found(head, m.end(), "in", date=dated(span.last))
    if (b := ctx["before"].match(text, m.end(), hi)) or (
            prefix_word is None and span.month is not None and ctx["shared_before"].match(text, m.end(), hi)):
        # (a 前 closing a list of days covers each: 分别在9月4日和10月8日之前报送, the first's row ends at the day)
        if span.edge or span.is_day:
            date = dated(span.last)
        else:
            date = dated(lambda y: span.first(y) - dt.timedelta(days=1))
        return _found(head, b.end() if b else m.end(), "by", date=date, written_year=written, due=True)
    if prefix_word is None and span.is_day and before("latest_before", text, head, lo):
        return _found(head, m.end(), "by", date=dated(span.last), written_year=written, due=True)  # 最晚…不超过X
    if ctx["own_date"].match(text, m.end(), hi):
        return None
    if (prefix_word == "自" and ctx["own_date_closing"].match(text, m.end(), hi)
            and ctx["own_date_subject"].search(text, sentence_start(text, head, lo), head)):
        return None  # 本标准自2021年7月1日起实施。: the day the document takes effect (新版目录自…起执行: a from)
    if (prefix_word in (None, *cfg["from"]) and span.is_day and before("news_lead_before", text, head, 0)
            and ctx["news_lead_own_start"].match(text, m.end(), hi)):
        return None  # 4月3日起,常州市实施…政策 heading the notice: its own start
    if f := ctx["from"].match(text, m.end(), hi):
        if year is not None and (d := ctx["from_then_duration"].match(text, f.end(), hi)):
            first = span.first(year)
            months = 6 if d.group("half") else whole_number(d.group("n")) * (12 if d.group("unit") == "年" else 1)
            last = _months_on(first, months) - dt.timedelta(days=1)
            return _found(head, d.end(), "period", date=last, start_date=first,
                          written_year=last.year if written else None)
        return _found(head, f.end(), "from", start_date=dated(span.first), written_year=written)
    if prefix_word in cfg["from"]:
        if prefix_word == "从":
            return None  # 从2015年的…增加到…: a starting value, not a start date
        return _found(head, m.end(), "from", start_date=dated(span.first), written_year=written)
    if prefix_word == "至" and before("own_expiry_before", text, head, lo):
        return None  # 有效期至2028年7月14日: the notice's own expiry
    if span.edge and prefix_word is None and ctx["names_what_follows"].match(text, m.end(), hi):
        return None  # 按其年末的地方财政贡献: the end of which year's figure, not when to act
    if span.edge or prefix_word in cfg["by"]:
        # 至2025年12月31日期间, 即日起至2024年12月31日: a window closing that day
        if prefix_word == "至" and (p := ctx["period"].match(text, m.end(), hi)):
            return _found(head, p.end(), "period", date=dated(span.last), written_year=written)
        if prefix_word == "至" and before("window_opening", text, head, 0):
            return _found(head, m.end(), "period", date=dated(span.last), written_year=written)
        return _found(head, m.end(), "by", date=dated(span.last), written_year=written)
    if p := ctx["period"].match(text, m.end(), hi):
        if prefix_word is None and ctx["names_what_follows"].match(text, p.end(), hi):
            return None  # 2021年期间的…: the time of what it names
        return _found(head, p.end(), "period", date=dated(span.last),
                      start_date=dated(span.first), written_year=written)
    # 年内 / 2020年内 -> in; an indicator-table header 2025年目标值 is quoted whole.
    stop = m.end()
    # (a header heads its cell: 未达到一季度目标 names the quarter's goal)
    if w := ctx["within"].match(text, stop, hi) or (heads_its_clause(text, m.start(), lo)
                                                    and ctx["header"].match(text, stop, hi)):
        stop = w.end()
        if prefix_word is None and ctx["bare_time_qualifying_after"].match(text, stop, hi):
            return None  # 2020年内完成备案并开工、2021年6月底之前建成并网的项目,可享受…: which projects, not when
    elif names_a_thing(text, m, lo, hi, span) or (
            prefix_word is None and ctx["names_what_follows"].match(text, stop, hi)):
        return None  # …; 今年的主要着力点是…: the year of what it names
    elif prefix_word is None and ctx["condition_after"].match(text, stop, hi):
        return None  # 购房者在2024年有…入学需求的可以排队: who qualifies, as a 每X or 年内 there
    return _found(head, stop, "in", date=dated(span.last), written_year=written)


def _months_on(day: dt.date, months: int) -> dt.date:
    """The day `months` calendar months after `day` (the first of a month stays the first)."""
    month = day.month - 1 + months
    return safe_date(day.year + month // 12, month % 12 + 1, day.day) or dt.date(day.year + month // 12, month % 12 + 1, 28)
