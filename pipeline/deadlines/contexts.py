"""The words around a time expression that say what it is not, or what it names: a window or a point, a
title's or an attachment's name, a rate per period, a quota counted in months, a bare time heading its clause or naming
the thing after it (rules/deadlines.yaml). `kinds` reads the kind and dates once these have had their say."""

from __future__ import annotations

import datetime as dt

import regex

from ..numbers.numerals import whole_number, year_number
from .patterns import before, config, context_patterns
from .spans import Span


def group(m: regex.Match, name: str) -> str | None:
    """A named group of whichever form matched (None when that form has no such group)."""
    return m.group(name) if name in m.re.groupindex else None


def is_a_window(m: regex.Match) -> bool:
    """A span of years, months or days (2024年1月1日至6月30日), as opposed to a point or a 每X."""
    return any(group(m, name) is not None for name in ("range", "mrange", "drange", "tworel", "plan"))


def names_an_attachment(text: str, head: int, lo: int) -> bool:
    """A time right after 附件 (its number, a colon, a list number), or the list of years it begins
    (附件:2015、2016年…任务分解表), opens the attached document's name."""
    lead = _list_head(text, head, lo)
    return bool(before("attachment_before", text, lead, lo))


def closes_a_window(text: str, prefix: regex.Match, m: regex.Match, lo: int, hi: int) -> bool:
    """截至 closing a window (申请各类补贴时间截至X, …之日起,截至X止), not a baseline's 截至X,已…."""
    ctx = context_patterns()
    return prefix.group("w") in config()["window_close_words"] and bool(
        before("window_close_before", text, prefix.start(), lo)
        or ctx["window_close_after"].match(text, m.end(), hi))


def closes_at_a_time_to_come(text: str, prefix: regex.Match, m: regex.Match, lo: int,
                              issue_date: dt.date | None) -> bool:
    """截至2025年12月31日未用完的额度收回 in a notice of January 2025: 截至 a time still to come at issue
    is no statistic (those are of the past) but the close of a window (CONVENTIONS.md); a forecast
    (预计截至…) is none."""
    year = group(m, "yy")
    if issue_date is None or year is None or prefix.group("w") not in config()["window_close_words"]:
        return False
    if before("forecast_before", text, prefix.start(), lo):
        return False
    month = group(m, "pm")
    return (year_number(year), whole_number(month) if month else 12) > (issue_date.year, issue_date.month)


def in_title_parentheses(text: str, m: regex.Match, lo: int, hi: int) -> bool:
    """(2018—2020年) after any name, or (2021年) after a document name: part of a title. A span
    of months in brackets is a phase's window (启动试点(2025年10月-2025年11月)), as one of days is."""
    if m.start() == 0 or text[m.start() - 1] != "(" or not text.startswith(")", m.end()):
        return False
    if group(m, "range") is not None and not (group(m, "am") or group(m, "bm") or group(m, "bm2")):
        return True
    if group(m, "drange") is not None:
        return False  # (2022年9月1日-2023年8月31日): a span of days is a window, no title's period
    return bool(before("title_before", text, m.start() - 1, 0))  # the words before its bracket


def is_a_month_count(text: str, m: regex.Match, lo: int, hi: int) -> bool:
    """A year-less month with no day, after 起 or 后 and before 内 (之日起12月内, 取得…后6月内): a count of months
    from an event, not a month of the calendar."""
    if group(m, "mpoint") is None or group(m, "qd") or group(m, "qxun") or group(m, "qedge"):
        return False
    ctx = context_patterns()
    return bool((ctx["within"].match(text, m.end(), hi) and before("month_count_before", text, m.start(), lo))
                or ctx["month_benefit_after"].match(text, m.end(), hi))  # "3月免租+3月减半": months of a benefit


def in_a_routines_sentence(text: str, m: regex.Match, lo: int) -> bool:
    """实行年底统一清算的,要对特例单议按月给予一定比例的预拨,年底再进行清算 (eighth doc_0038): a year-less 年底 in
    the sentence whose condition named a year-end routine is that routine's year-end again, of any year."""
    return bool(context_patterns()["routine_condition"].search(text, sentence_start(text, m.start(), lo), m.start()))


def sentence_start(text: str, at: int, lo: int) -> int:
    """Where the sentence holding `at` opens (after 。;!? or a line break), not before the stretch read."""
    return max(lo, *(text.rfind(c, lo, at) + 1 for c in "。;!?\n"))


def names_a_thing(text: str, m: regex.Match, lo: int, hi: int, span: Span) -> bool:
    """A bare time that says no when (rules/deadlines.yaml): a year qualifying the noun after
    it (签订2021年电力中长期合同), 今年 as a verb's object or describing the year (做好今年工作,
    今年就业形势依然严峻), a dated news lead (6月20日,…发布《…》)."""
    ctx = context_patterns()
    if ctx["bare_time_qualifying_after"].match(text, m.end(), hi):
        return True  # 2022年度出让的商住用地: which land, not when
    if span.is_day and ctx["goods_record_after"].match(text, m.end(), hi):
        return True  # 标示为…公司2016年5月21日生产的…金桔油: the goods' record date
    if before("quoted_name_before", text, m.start(), lo) and ctx["quoted_name_after"].match(text, m.end(), hi):
        return True  # 开展“2022年跨年迎新购物季”: the name of an event
    if ctx["habitual_after"].match(text, m.end(), hi) or ctx["year_of_a_kind_after"].match(text, m.end(), hi):
        return True  # 四季度历来瓦斯事故多发: the season described; 2009年缴费年度(…): which contribution year
    if ctx["data_shown_after"].match(text, m.end(), hi):
        return True  # 2023年统计公报显示…: the year of the data
    if ctx["past_fact_after"].match(text, m.end(), hi):
        return True  # 今年我局…对《规则》进行了全面修订: a fact reported
    if not span.is_day and span.quarter is None and (named := ctx["event_named_after"].match(text, m.end(), hi)) \
            and not ctx["bare_year_verb"].search(text, m.end(), named.end()) \
            and not ctx["event_not_verbs"].search(text, m.end(), named.end()):
        return True  # 2012年度全国监理工程师执业资格考试时间定于…, 2011年12月普通高中学业水平考试: the exam's name (a day: when held)
    if span.month is not None:
        return bool(before("news_lead_before", text, m.start(), 0)
                    and ctx["news_lead_verbs"].match(text, m.end(), hi))
    if (rel := group(m, "yrel")) and rel in config()["relative_years_heading_only"] and not (
            heads_its_clause(text, m.start(), lo) or ctx["bare_year_verb"].match(text, m.end(), hi)):
        return True  # 以及本年度发展计划形成年度报告: the routine's year of what it names
    if group(m, "yrel") and span.quarter is None and span.half is None:
        return is_topic_year(text, m.start(), m.end(), lo, hi)
    if span.quarter is None and span.half is None and (named := ctx["materials_after"].match(text, m.end(), hi)) \
            and not ctx["bare_year_verb"].search(text, m.end(), named.end()) \
            and not ctx["materials_not_verbs"].search(text, m.end(), named.end()):
        return True  # 2.2022年度合并口径的财务会计决算报表及会计报表附注。: the year of the materials named
    # 2000年,我国面临的国际环境依然…: a written year describing the year, as 今年 can; a quarter or
    # half-year too heads its clause to say when (一季度,全市计划…; 推动实现一季度经济平稳开局 names it)
    return not (heads_its_clause(text, m.start(), lo) or ctx["bare_year_verb"].match(text, m.end(), hi)) or bool(
        ctx["written_year_describing"].match(text, m.end(), hi))


def is_topic_year(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """今年 / a five-year 时期 as the object of a verb or describing the year (做好今年工作)."""
    ctx = context_patterns()
    return bool(before("relative_year_object", text, start, lo)
                or before("relative_year_copula", text, start, lo)
                or ctx["relative_year_describing"].match(text, end, hi))


def is_rate(text: str, m: regex.Match, hi: int) -> bool:
    """每X before another 每 or a sum of money (每月每建筑平方米计价, 每人每年420元), or after what it is counted
    per (每人每年义务植树3至5棵)."""
    ctx = context_patterns()
    return bool(ctx["recurring_rate_after"].match(text, m.end(), hi)
                or ctx["recurring_share_after"].match(text, m.end(), hi)  # 每年支付比例为20%: a share of a grant
                or ctx["recurring_rates_each_after"].match(text, m.end(), hi)  # 每学年分别减免保教费150元、300元
                or before("recurring_rate_before", text, m.start(), 0)
                # 同一单位每季度仅能使用一张, 每个园区每年奖补总额最高不超过10万元: what each one may have per period
                or (before("each_one_before", text, m.start(), 0) and ctx["each_one_capped_after"].match(text, m.end(), hi)))


def says_who_qualifies(text: str, m: regex.Match, lo: int, hi: int) -> bool:
    """A 每X with a floor of time after it in a sentence listing conditions (人才条件…,年龄…不超过60岁,每年在实验区工作时间不少于
    6个月): a condition of who qualifies, no schedule."""
    ctx = context_patterns()
    return bool(ctx["time_floor_after"].match(text, m.end(), hi)
                and ctx["conditions_sentence_before"].search(text, sentence_start(text, m.start(), lo), m.start()))


def years_listed_before(text: str, start: int, lo: int) -> regex.Match | None:
    """The list of years written right before `start` (2015、2016年, 2024年、2025年和2026年: up to the last)."""
    return before("years_listed_before", text, start, lo)


def _list_head(text: str, start: int, lo: int) -> int:
    """Where a list of years written before `start` begins (2015、2016年: at 2015), else `start`."""
    m = years_listed_before(text, start, lo)
    return m.start() if m else start


def heads_its_clause(text: str, start: int, lo: int) -> bool:
    """A bare year at the head of its clause (line start, after a label, punctuation or an
    opener such as 在/力争) says when; elsewhere it qualifies the noun that follows it."""
    start = _list_head(text, start, lo)
    prior = start
    while prior > lo and text[prior - 1] == " ":
        prior -= 1
    if prior <= lo or text[prior - 1] in config()["bare_year_clause_marks"]:
        return True
    return bool(before("bare_year_opener", text, start, lo))
