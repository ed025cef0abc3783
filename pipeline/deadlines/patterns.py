"""The forms of a time expression and the words around it (rules/deadlines.yaml), compiled once."""

from __future__ import annotations

import functools

# `regex`, not `re` (rules.compile_pattern): these patterns are long alternations of
# literal words, which `regex` matches markedly faster.
import regex

from .. import rules
from ..numbers.numerals import whole_number
from ..pattern_literals import Prefiltered, prefiltered, sentence_scan


_S = r"[ ]*(?:\n[ ]*)?"  # a plain space inside a date (到 2025 年), or a line break where a scrape put each number on its own line
# A year not glued to other digits; `2.2025年` at a line start is item 2's label, then a year.
_YEAR = r"(?:(?:(?<![0-9.])|(?<=(?:^|\n)[0-9]{1,3}\.))(?:19|20)[0-9]{2}(?![0-9])|[〇○零一二三四五六七八九]{4})"
_MONTH = r"(?:1[0-2]|0?[1-9](?![0-9])|十[一二]?|[一二三四五六七八九])"
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9](?![0-9])|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
_QUARTER = r"第?[一二三四1-4]季度"
_HALF = r"[上下]半年"
_XUN = r"[上中下]旬"
# an hour after a day (0时, 24时, 17:00): the day still names the date
_CLOCK = rf"{_S}(?:[0-9]{{1,2}}:[0-9]{{2}}|[0-9]{{1,2}}{_S}[时点])"


def _month_detail(tag: str) -> str:
    """Month, then a day or a 旬, with an optional 底/末 edge. A day before 前 may lack its 日
    (2022年12月31前, realestate_0133; 11 月20前, med_0004)."""
    return (rf"(?P<{tag}m>{_MONTH}){_S}月份?"
            rf"(?:{_S}(?P<{tag}d>{_DAY})(?:{_S}[日号]|(?={_S}(?:以前|之前|前)))|(?P<{tag}xun>{_XUN}))?")


@functools.cache
def config() -> dict:
    return rules.load("deadlines")


def before(name: str, text: str, at: int, lo: int = 0) -> regex.Match | None:
    """The context `name` (a pattern closing with $) read in the characters right before `at`, as far back as its
    reach in rules/deadlines.yaml before_reach, and not before `lo` (the stretch read)."""
    return context_patterns()[name].search(text, max(lo, at - config()["before_reach"][name]), at)


def alternation_of(words) -> str:
    return rules.alternation(list(words))


@functools.cache
def scanners() -> list[tuple[regex.Pattern, str | None]]:
    """One pattern per form, in priority order, with the characters it cannot lack: forms
    that begin with a look-behind or a digit are searched only around those (speed; parser._windows
    finds them with str.find, five times faster than a pattern of two characters)."""
    anchors = {"range": "年月", "drange": "日号", "dlist": "日号", "mrange": "月", "point": "年", "mpoint": "月", "qpoint": "季半",
               "tworel": "两", "coming": "后来", "plan": "五", "today": "即"}
    scanners = []
    for a in _alternatives():
        name = a[len("(?P<"):a.index(">")]
        anchor = anchors.get(name)
        scanners.append((regex.compile(a), anchor))
    return scanners


def _alternatives() -> list[str]:
    cfg = config()
    sep = alternation_of(cfg["range_separators"])
    quotes = regex.escape(cfg["quotes"])
    # the ordinal of a five-year plan (一 … 十九) and 五 (not after a numeral: see the plan form)
    plans = rf"(?:十[一二三四五六七八九]?|[一二三四五六七八九]){_S}五"
    units = alternation_of(cfg["recurrence"])
    not_rec = "".join(f"(?<!{regex.escape(w)})" for w in cfg["recurring_not_after"])
    not_rel = regex.escape(cfg["relative_not_after"])
    not_kind = "".join(f"(?<!{regex.escape(w)})" for w in cfg["year_kinds"])
    terms = alternation_of(cfg["term_starts"])
    edges = alternation_of(cfg["suffixes"]["from"] + cfg["suffixes"]["before"])
    year_part = rf"(?:(?P<yy>{_YEAR}){_S}年|(?P<yrel>[今明本]){_S}年)度?"
    next_year = alternation_of(cfg["next_year_words"])
    alternatives = [
        # 2018—2020年, 2018年—2020年, 2021年4月至6月, 2021年1-6月份
        rf"(?P<range>(?P<ay>{_YEAR}){_S}(?:年(?:{_S}(?P<am>{_MONTH}){_S}月?)?)?{_S}(?:{sep}){_S}"
        rf"(?:(?P<by>{_YEAR}){_S}年(?:{_S}(?P<bm>{_MONTH}){_S}月)?|(?P<bm2>{_MONTH}){_S}月))",
        # 6月1日至9月30日, 2024年4月26日—5月31日
        # 2024年6月5日(含6月5日)起至2025年6月4日: a note in brackets may follow the first day
        rf"(?P<drange>(?:(?P<dy>{_YEAR}){_S}年{_S})?(?P<dam>{_MONTH}){_S}月{_S}(?P<dad>{_DAY}){_S}[日号]{_S}"
        rf"(?:{_CLOCK})?(?:\([^()\n]{{0,12}}\){_S})?(?:起{_S})?"
        rf"(?:{sep}){_S}(?:(?P<dby>{_YEAR}){_S}年{_S}|(?P<dnext>{next_year}){_S})?(?:(?P<dbm>{_MONTH}){_S}月{_S})?(?P<dbd>{_DAY}){_S}[日号](?:{_CLOCK})?)",
        # 2012年5月26、27日, 5月26日、27日: days of one month listed, sharing its month (and its 日)
        rf"(?P<dlist>(?:(?P<ly>{_YEAR}){_S}年{_S})?(?P<lm>{_MONTH}){_S}月{_S}(?P<ld>{_DAY})(?:{_S}[日号])?"
        rf"(?:{_S}[、,]{_S}{_DAY}(?:{_S}[日号])?)*{_S}[、,]{_S}(?P<ldn>{_DAY}){_S}[日号])",
        # 4—6月, 4月至6月; 12月份至来年1月份, 12月-翌年1月 (the end month in the next year)
        rf"(?P<mrange>(?<![0-9〇○零一二三四五六七八九十个年度])(?P<mam>{_MONTH}){_S}(?:月份?)?{_S}(?:{sep}){_S}"
        rf"(?:(?P<mnext>{next_year}){_S})?(?P<mbm>{_MONTH}){_S}月份?(?!龄))",
        # 每年, 每个季度, 每月10日前, 每年12月底前
        rf"(?P<rec>{not_rec}每{_S}(?P<unit>{units})"
        # 每季度第三个月20日前: the month of each quarter
        rf"(?:{_S}{_QUARTER}|{_S}{_MONTH}{_S}月份?|{_S}第[一二三1-3]个?月)?(?:{_S}{_DAY}{_S}[日号])?(?:年底|年末|年初|月底|月末|月初|底|末|初)?(?:以前|之前|前)?)",
        # 即日起: from the notice's own day
        rf"(?P<today>{cfg['today_from']})",
        # 今明两年, 明后两年: this year and the next (the issue year's)
        r"(?P<tworel>(?P<tworel_first>[今明])(?:明|后)两年)",
        # 今后五年, 未来3年: the years to come from the notice's own
        rf"(?P<coming>(?:{alternation_of(cfg['coming_years_words'])}){_S}(?P<coming_n>[0-9]{{1,2}}|[一二三四五六七八九十两]{{1,3}}){_S}个?年"
        rf"(?!{cfg['coming_years_not_before']}))",
        # “十四五”
        # not the end of a numeral (二十五期间, 一九九五, 第十五届)
        rf"(?P<plan>(?<![〇○零一二三四五六七八九十百千0-9第])[{quotes}]?(?P<plan_name>{plans})[{quotes}]?)",
        # 2020年, 2020年底, 2020年6月30日, 2021年第一季度, 今年底
        # 2024年秋季学期起: a school term, only where it opens or closes a time (rules/deadlines.yaml term_starts)
        rf"(?P<point>{year_part}(?:{_S}(?:{_month_detail('p')}|(?P<pq>{_QUARTER})|(?P<ph>{_HALF})"
        rf"|(?P<pterm>{terms})(?={_S}(?:{edges}))))?"
        # 2019年初开始: the start of the year, only before 开始/起 (2021年初 alone is vague); 今年年底, 2021年年末
        rf"(?:{_S}年?{_S}(?P<pedge>底|末)|初(?={_S}(?:开始|起)))?)",
        # 10月, 6月底, 3月15日 (year-less: the issue year)
        # (not a festival named by its month and day, 布依族六月六, 壮族三月三: rules/deadlines.yaml)
        rf"(?P<mpoint>(?<![0-9〇○零一二三四五六七八九十个两几多每年度前第])(?:{_month_detail('q')})(?:{_S}(?P<qedge>底|末))?(?!龄)"
        rf"(?![{regex.escape(cfg['festival_day_after'])}]))",
        # 一季度, 第三季度末, 下半年 (year-less); not the quarter of another year (次年第一季度)
        rf"(?P<qpoint>(?<![0-9年每前上第])(?:(?P<qq>{_QUARTER})|(?P<qh>{_HALF}))(?P<qqedge>末)?)",
        # 年底, 年末, 年内, 年度内 (the issue year)
        rf"(?P<rel>(?<![{not_rel}]){not_kind}年{_S}(?:(?P<reledge>底|末)|(?P<relin>度?{_S}内)))",
    ]
    return alternatives


@functools.cache
def plan_years(name: str) -> tuple[int, int]:
    """First and last year of the five-year plan named `name` (`九五` -> 1996, 2000); cached:
    a plan's name recurs in a text, and the table of first years is read once."""
    firsts = _plan_firsts()
    ordinal = whole_number(name[:-1])
    known = max(k for k in firsts if k <= ordinal) if ordinal >= min(firsts) else min(firsts)
    first = firsts[known] + 5 * (ordinal - known)
    return first, first + 4


@functools.cache
def _plan_firsts() -> dict[int, int]:
    """The ordinal of each listed five-year plan -> its first year (rules/deadlines.yaml plan_periods)."""
    return {whole_number(n[:-1]): year for n, year in config()["plan_periods"].items()}


def _with_lists(pattern: str) -> str:
    """`pattern` with each {list} it names (qualified_nouns, range_separators, …) filled by that one list of
    rules/deadlines.yaml."""
    for name in ("qualified_nouns", "range_separators", "rate_grant_words", "government_sum_verbs", "deadline_fields", "own_validity_words",
                 "document_words", "served_populations", "year_kinds"):
        pattern = pattern.replace(f"{{{name}}}", alternation_of(config()[name]))
    return pattern


# The contexts rules/deadlines.yaml writes whole, each compiled as written, its {lists} filled (_with_lists).
_WRITTEN_WHOLE = (
    "from_then_duration", "condition_after", "own_date_subject", "month_count_before", "window_opening", "today_from",
    "issue_day_opening", "basis_list_before", "consultation_before", "attachment_before", "own_window_start",
    "own_expiry_before", "own_validity_before", "shared_before", "latest_before", "range_tail_before",
    "window_close_before", "window_close_after", "forecast_before", "years_listed_before", "entitlement_before",
    "service_hours_before", "bracketed_hours_after", "bracketed_hours_before", "entitlement_after", "each_one_before",
    "each_one_capped_after", "conditions_sentence_before", "time_floor_after", "year_end_settling_after",
    "year_cap_after", "month_benefit_after", "relative_year_describing", "recurring_names_mechanism",
    "written_year_describing", "relative_year_copula", "coming_years_not_after", "recurring_rate_after",
    "recurring_share_after", "recurring_rates_each_after", "recurring_rate_before", "past_fact_after",
    "window_clause_after", "quoted_name_before", "quoted_name_after", "count_cutoff_before", "habitual_after",
    "year_of_a_kind_after", "data_shown_after", "data_source_before", "bare_time_qualifying_after",
    "goods_record_after", "materials_after", "materials_not_verbs", "event_named_after", "event_not_verbs",
    "news_lead_before", "distributive_before", "news_lead_own_start", "distributive_after",
)


@functools.cache
def context_patterns() -> dict[str, regex.Pattern]:
    cfg = config()
    pre, suf = cfg["prefixes"], cfg["suffixes"]
    own_closing = cfg["own_date_closing"].format(verbs=alternation_of(cfg["own_date_closing_verbs"]))
    lead_verbs = rules.load("metadata")["news_lead_verbs"] + cfg["news_lead_more_verbs"]
    return {
        "prefix": regex.compile(rf"(?<![{regex.escape(pre['by_not_after'])}])"
                                rf"(?P<w>{alternation_of(pre['by'] + pre['from'] + pre['exclude'] + pre['object'])}){_S}$"),
        "exclude_after": regex.compile(rf"{_S}(?:{alternation_of(suf['exclude'])}|{cfg['value_after_year']}"
                                      rf"|{_with_lists('|'.join(cfg['not_deadline_after']))})"),
        # a weekday in brackets may stand between the day and its 前 (请于5月10日(星期五)17时前将反馈意见…)
        "before": regex.compile(rf"(?:{_S}\((?:星期|周)[一二三四五六日天]\))?(?:{_S}(?:{alternation_of(cfg['day_parts'])}))?(?:{_CLOCK})?{_S}(?:{alternation_of(suf['before'])})(?![{regex.escape(cfg['before_not_followed_by'])}])"
                                rf"(?!{cfg['before_not_followed_by_pattern']})"),
        "from": regex.compile(rf"{_S}(?:{alternation_of(suf['from'])})(?!{alternation_of(cfg['own_date_verbs'])})"),
        # a year-less year-end or 年内 in a condition (实行年底统一清算的,), whose sentence then speaks of that routine
        "routine_condition": regex.compile(rf"(?<![{regex.escape(cfg['relative_not_after'])}])年(?:底|末|度?内){cfg['condition_after']}"),
        # the 起 may be left out (《…规定》自2010年4月15日施行,现予下发)
        # (and 开始 may stand before the verb: 现予印发,自2024年12月1日起开始施行, eighth doc_0014)
        "own_date": regex.compile(rf"(?:{_S}(?:{alternation_of(suf['from'])}))?{_S}(?:开始)?(?:正式)?(?:{alternation_of(cfg['own_date_verbs'])})"),
        "own_date_closing": regex.compile(rf"(?:{_S}(?:{alternation_of(suf['from'])}))?{_S}{own_closing}"),
        "period": regex.compile(rf"{_S}(?:{alternation_of(suf['period'])})"),
        "within": regex.compile(rf"{_S}内"),
        "header": regex.compile(rf"{_S}(?:{alternation_of(cfg['table_header_words'])})"),
        "plan_end": regex.compile(r"(?:末期|期末|末)"),
        "title_before": regex.compile(rf"(?:{alternation_of(cfg['title_words'])})$"),
        "book_title": regex.compile(r"《[^《》\n]*》"),
        # a 文号 the notice cites, whose year dates an undated notice (rules/metadata.yaml)
        "doc_number": regex.compile(rules.load("metadata")["doc_number"]),
        "bare_year_opener": regex.compile(rf"(?:{alternation_of(cfg['bare_year_openers'])}){_S}$"),
        "bare_year_verb": regex.compile(rf"{_S}(?:{alternation_of(cfg['bare_year_adverbs'])})?(?:{alternation_of(cfg['bare_year_verbs'])})"
                                        rf"(?!{_with_lists(cfg['bare_year_verb_not_before'])})"),
        "relative_year_object": regex.compile(rf"(?:{alternation_of(cfg['relative_year_objects'])}){_S}$"),
        "names_what_follows": regex.compile(rf"(?:{cfg['qualifies_noun_after']}|{cfg['said_to_be_after']}"
                                            rf"|{cfg['principles_after']})"),
        "issued_after": regex.compile(rf"{_S}(?:{cfg['issued_after']})"),
        # the verbs of the news leads metadata dates a notice by, and of a rate change
        "news_lead_verbs": regex.compile(rf"[^。;;\n]{{0,60}}?(?:{alternation_of(lead_verbs)})"),

        **{name: regex.compile(_with_lists(cfg[name])) for name in _WRITTEN_WHOLE},
    }


@functools.cache
def signature_date_line() -> regex.Pattern:
    return regex.compile(config()["signature_date_line"])


@functools.cache
def time_heading_line() -> regex.Pattern:
    return regex.compile(config()["time_heading_line"])


@functools.cache
def signature_month_line() -> regex.Pattern:
    return regex.compile(config()["signature_month_line"])


@functools.cache
def table_list_patterns() -> dict[str, regex.Pattern]:
    lists = config()["table_lists"]
    return {key: regex.compile(lists[key]) for key in ("head", "item", "bare")}


@functools.cache
def formula_line() -> regex.Pattern:
    return regex.compile(config()["formula_line"])


@functools.cache
def deadline_field_line() -> regex.Pattern:
    return regex.compile(_with_lists(config()["deadline_field_line"]))


@functools.cache
def own_validity_statement() -> regex.Pattern:
    return regex.compile(_with_lists(config()["own_validity_statement"]))


@functools.cache
def own_validity_scan() -> tuple[str, tuple[str, ...]] | None:
    """Where own_validity_statement can start, read from it (pattern_literals.sentence_scan): a sentence's start before
    本, 以上, 上述 or 此. Tried at every character of a notice it took a tenth of the stage."""
    return sentence_scan(own_validity_statement())


@functools.cache
def consultation_patterns() -> dict[str, regex.Pattern]:
    """A consultation's title, its cover's asking for comments, and a sentence sending views back."""
    cfg = config()
    return {key: regex.compile(cfg[f"consultation_{key}"]) for key in ("title", "asking", "reply")}


@functools.cache
def definition() -> regex.Pattern:
    return regex.compile(config()["definition"])


@functools.cache
def glossary_patterns() -> tuple[regex.Pattern | Prefiltered, regex.Pattern]:
    """The heading line of a glossary and the term each of its entries defines (the heading, searched for in
    every notice, first tested for its words: pattern_literals)."""
    return prefiltered(regex.compile(config()["glossary_heading"])), regex.compile(config()["glossary_term"])


@functools.cache
def page_link() -> regex.Pattern:
    return regex.compile(config()["page_link"])


@functools.cache
def signature_tail() -> regex.Pattern:
    return regex.compile(config()["signature_tail"])


@functools.cache
def signature_note() -> regex.Pattern:
    return regex.compile(config()["signature_note"])
