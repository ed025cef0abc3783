"""What the words before a quantity say about it: bound words and verbs (the comparator),
a change (提高/下降 X), a baseline year, a period (每年 …), and the enumeration it continues."""
from __future__ import annotations

import bisect
import functools
import datetime as dt
import re
from dataclasses import dataclass, field

from .. import rules
from ..document import Document, Parameter
from ..numbers import Quantity
from ..own_year import own_year
from .conditions import qualifier_or_ordinal
from .counted_noun import following_np
from .deadline_index import deadline_index
from .indicators import name_indicators
from .patterns import CLAUSE_STOP, CLAUSE_STOPS, clause_stop, config, derived, is_han, patterns, sentence_end


_EACH = re.compile("各")  # (found with the engine: a loop over every character of the clause cost a Python step each)


@dataclass
class Context:
    """What the words before a quantity say about it."""
    comparator: str | None = None   # from a bound word (wins over the verb)
    verb_comparator: str | None = None
    kind: str = "level"
    per: str | None = None
    baseline_year: int | None = None
    indicators: list[str] = field(default_factory=list)
    subject: str = ""  # the words naming what is measured, before any split
    deadline: dt.date | None = None  # paired with this value (在2024年、2025年分别达到60%、80%)
    change_leads: bool = False  # the change verb stands before what it changes (再减少企业税负3500亿元)


@dataclass
class Found:
    quantity: Quantity
    context: Context
    clause_start: int
    # the tier or case the value is for, as its sentence names it (首套房90平方米及以下, 90平方米以上), read before the
    # parameter's name is built (parameter_tiers)
    case: str = ""
    # the value whose words name this one, where its name is its neighbour's (5万元、3万元购房补贴: the list's member
    # before it); its name is qualified where the neighbour's words stand
    origin: Found | None = None
    # the name its list or breakdown gives the value over the words before it: a 分别 list's n-th member
    # (普通标准住宅土地增值税预征率), the name a breakdown's cases share (契税税率), a party's list's (发放标准)
    name: str = ""

    def named_by(self, neighbour: Found) -> None:
        """This value takes `neighbour`'s name: its qualifiers are read where the first value named so stands."""
        self.origin = neighbour.origin or neighbour

    def read_name(self, row: Parameter) -> str:
        """The name read for the value so far: its list's or breakdown's, else its row's."""
        return self.name or row.name


def read_context(doc: Document, q: Quantity, clause_start: int, previous: Found | None,
             sentence_start: int) -> Context | None:
    text = doc.text
    p = patterns()
    cfg = config()
    lo = clause_start
    if previous and previous.quantity.end > lo:
        lo = previous.quantity.end
    before = text[lo:q.start]
    continuation = previous is not None and _continues(text, previous, before)
    ctx = Context()
    # Bound words and verbs before the number.
    # (a bound word a soft line break split reads whole: 冬至日有效日照不⏎低于3小时)
    bounds = list(p["prefix_bound"].finditer(before.replace(" ", "")))
    if bounds:
        ctx.comparator = cfg["prefix_bounds"][bounds[-1].group()]
    adjacent = p["adjacent"].search(before)
    if adjacent and not ctx.comparator:
        word = adjacent.group().strip()
        if word in cfg["adjacent_bounds"]:
            ctx.comparator = cfg["adjacent_bounds"][word]
        else:
            ctx.verb_comparator = cfg["adjacent_verbs"][word]
    verbs = list(p["verb"].finditer(before))
    if verbs and not ctx.verb_comparator:
        ctx.verb_comparator = cfg["verb_comparators"][verbs[-1].group()]
    # A change by an amount: the change verb right before the number.
    head = p["change_tail"].sub("", before)
    change = p["change"].search(head) or p["growth_set_before"].search(head) or p["comparative_change_before"].search(head)
    if not change:
        change = p["change_object_before"].search(head)
        ctx.change_leads = change is not None
    if not change and previous is not None and not continuation and previous.context.change_leads \
            and _shares_the_verb(before):
        ctx.kind, ctx.change_leads = previous.context.kind, True  # 再减少企业税负3500亿元左右、涉企收费约2000亿元
        ctx.baseline_year = previous.context.baseline_year
    if not change and (after := p["change_by_rate_after"].match(text, q.end)):
        change = after  # 按不低于5%的幅度压减一般性支出: the amount is the change the verb after it makes
    if change:
        verb = change.group("verb")
        ctx.kind = cfg["comparative_changes"].get(verb) or (
            "decrease" if verb in cfg["decrease_verbs"] or verb in cfg["object_decrease_verbs"] else "increase")
        ctx.verb_comparator = None
    baseline = derived(doc, "baselines", _Baselines).last(sentence_start, q.start)
    if baseline and (baseline.start() >= clause_start or (
            ctx.kind != "level" and _ends_its_clause(text, baseline.end()))):
        # its own clause's baseline, or one set off for the sentence (在2020年的基础上,…提高5%)
        ctx.baseline_year = int(next(g for g in baseline.groups() if g))
    elif ctx.kind != "level" and (year := derived(doc, "own_year", own_year)) is not None:
        relative = p["relative_baseline"].search(text, clause_start, q.start)
        if relative:  # 比上年增加1800亿元 in a 2024 notice, or in 2025年…政府工作报告 scraped without its date
            ctx.baseline_year = year + cfg["relative_baselines"][relative.group()]
    # The clause's period counts every quota of the clause (每年新建设施100个以上、新增库容5万吨),
    # but not a 累计 total nor one with its own 每 (每周参加3次、每次保证1小时).
    per_scope = lo if p["cumulative"].search(before) or "每" in before else clause_start
    rate = q.unit in cfg["percent_units"].values()
    ctx.per = _period(doc, per_scope, q.start, rate) or _sentence_period(doc, q, sentence_start, clause_start, before) \
        or _breakdown_period(doc, sentence_start) or _heading_period(doc, sentence_start, clause_start, rate)
    if continuation:
        _inherit(ctx, previous.context)
    # 各建成一个, 各市县基本建成一个: one each (not 各国人民, 各族群众: all of them together, no one each)
    # (每个省…培育一家: one for each unit too)
    distributive = ("各" in before and any(not p["collective_each"].match(before, m.start()) for m in _EACH.finditer(before))) \
        or any(w in before for w in cfg["one_each_words"])
    if q.chinese and q.value == 1 and not (q.post or q.symbol or ctx.comparator or ctx.per or distributive
                                           or q.value_max is not None or q.unit.startswith(("万", "亿"))):
        return None  # 一支队伍, 一批, 一个方案: an article, not a count (一万元 is an amount)
    if q.chinese and q.value == 1 and q.unit in cfg["vague_measures"] and not (q.post or q.symbol or q.value_max is not None):
        return None  # 每年优选一批示范项目: 一批 says "a number of", on a schedule too
    if qualifier_or_ordinal(text, q, ctx, sentence_end(text, q.end)):
        return None
    ctx.indicators, ctx.subject = name_indicators(doc, q, lo, previous, sentence_start)
    return ctx


def _shares_the_verb(before: str) -> bool:
    """V A x、B y: the words between the previous quantity and this one are a list separator and a noun with
    no verb of its own (、涉企收费约), so the change verb heading the list governs this member too (not 、新增就业
    100万人, nor 、易地扶贫搬迁280万人 after 贫困人口减少1000万: there the verb follows its subject)."""
    if not before.lstrip().startswith(("、", "和", "及")):
        return False
    p, cfg = patterns(), config()
    rest = before.lstrip()[1:]
    changes = cfg["increase_verbs"] + cfg["decrease_verbs"] + cfg["object_decrease_verbs"]
    return not (p["bare_verb"].search(rest) or p["verb"].search(rest) or any(v in rest for v in changes)
                or re.search(r"[\d,;:。]", rest))


def _continues(text: str, previous: Found, before: str) -> bool:
    """Only separators, or the previous quantity's own noun, lie between the two
    (至少建成3条健康步道、3个健康公园; 至少建成1个…;20个…)."""
    rest = before.strip(" 、和及与;,")
    if not rest:
        return True
    noun = following_np(text, previous.quantity.end, previous.quantity.end + len(before) + 1)
    return bool(noun) and rest == noun.strip(" 、和及与;,")


def _inherit(ctx: Context, prev: Context) -> None:
    """A bare quantity continuing an enumeration takes its head's bound word and period."""
    ctx.comparator = ctx.comparator or prev.comparator
    ctx.verb_comparator = ctx.verb_comparator or prev.verb_comparator
    ctx.per = ctx.per or prev.per
    if ctx.kind == "level":
        ctx.kind = prev.kind
    ctx.baseline_year = ctx.baseline_year or prev.baseline_year


def _ends_its_clause(text: str, pos: int) -> bool:
    stop = clause_stop(text, pos, len(text))
    return stop is not None and not text[pos:stop].strip()


def _breakdown_period(doc: Document, sentence_start: int) -> str | None:
    """每年包干基数定为67.5亿立方米。其中:四川石油管理局47亿立方米…: the parts of a total share its
    period, written in the sentence before the breakdown."""
    text = doc.text
    if not patterns()["breakdown_opening"].match(text, sentence_start):
        return None
    previous = max(text.rfind(c, 0, sentence_start - 1) for c in "。;\n") + 1
    return _period(doc, previous, sentence_start - 1)


def _heading_period(doc: Document, sentence_start: int, clause_start: int, rate: bool) -> str | None:
    """每月每平方米居住面积租金补贴标准是:黄浦区…为160元,闵行区…为120元: a period in the name that
    heads a list after a colon times each value of the list (to the sentence's end or a semicolon)."""
    text = doc.text
    colon = text.rfind(":", sentence_start, clause_start)
    if colon < 0 or ";" in text[colon:clause_start]:
        return None
    head = max(text.rfind(c, sentence_start, colon) for c in ",;") + 1
    return _period(doc, max(head, sentence_start), colon, rate)


def _sentence_period(doc: Document, q: Quantity, sentence_start: int, clause_start: int,
                     before: str) -> str | None:
    """每年组织培训不少于2期,培训人员500人次以上: a period opening an earlier clause of the
    sentence also counts the later clauses' quotas of the same activity (counts only: a
    rate is no quota, a 累计 total spans periods, a new time frame in between resets it)."""
    if clause_start <= sentence_start or q.unit not in config()["count_units"]:
        return None
    p = patterns()
    if p["cumulative"].search(before):
        return None
    text = doc.text
    clauses = derived(doc, "period_clauses", _PeriodClauses)
    sentence_start = clauses.after_last_semicolon(sentence_start, clause_start)  # not across ';'
    # the nearest earlier clause of the sentence opening with a period decides
    lo = clauses.last_opening_with_period(sentence_start, clause_start)
    if lo is None:
        return None
    hi = clause_stop(text, lo, clause_start) + 1
    clause = text[lo:hi - 1]
    activity = p["per"].sub("", clause)  # 每个季度全家进行… and 每个家庭有… share only 每个
    if deadline_index(doc).starting_in(hi, q.start) or not _share_a_word(activity, before):
        return None  # 每年开展评定,“十四五”期间,培育3—5家 / 每天锻炼,掌握两种方法
    return _period(doc, lo, hi - 1)


def _share_a_word(a: str, b: str) -> bool:
    """Whether two clauses speak of the same thing: a two-character word in common."""
    pairs = {a[i:i + 2] for i in range(len(a) - 1) if is_han(a[i]) and is_han(a[i + 1])}
    return any(b[i:i + 2] in pairs for i in range(len(b) - 1))


_SEMICOLON = re.compile(";")


@functools.cache
def _period_after_stop() -> re.Pattern | None:
    """A clause stop whose clause opens, past blanks, with a period word: the test of
    `_opens_with_period` at every stop in one scan (ten times faster). The same as long as
    no period word holds a clause stop or opens with a blank (a match then cannot run past
    the next stop); None otherwise."""
    words = list(config()["per_words"])
    if any(c in CLAUSE_STOPS for w in words for c in w) or any(w[:1].isspace() for w in words):
        return None
    return rules.compile_pattern(rf"[{CLAUSE_STOPS}](?=[^\S\n]*(?:{rules.alternation(words)}))")


class _PeriodClauses:
    """The clauses of a document that open with a period (每年组织培训…,), and its
    semicolons, found once: a sentence of thousands of clauses was read back clause by
    clause for each of its quantities."""

    def __init__(self, doc: Document):
        text = self.text = doc.text
        self.semicolons = [m.start() for m in _SEMICOLON.finditer(text)]  # not char by char: 20 times slower
        scan = _period_after_stop()
        self.starts = ([m.end() for m in scan.finditer(text)] if scan is not None else
                       [lo for lo in (m.end() for m in CLAUSE_STOP.finditer(text)) if self._opens_with_period(lo)])

    def _opens_with_period(self, lo: int) -> bool:
        """Whether text[lo:] up to its clause stop, stripped, opens with a period word."""
        text = self.text
        stop = clause_stop(text, lo, len(text))
        end = len(text) if stop is None else stop
        while lo < end and text[lo].isspace():
            lo += 1
        return patterns()["per"].match(text, lo, end) is not None

    def after_last_semicolon(self, lo: int, hi: int) -> int:
        i = bisect.bisect_left(self.semicolons, hi) - 1
        return self.semicolons[i] + 1 if i >= 0 and self.semicolons[i] >= lo else lo

    def last_opening_with_period(self, lo: int, hi: int) -> int | None:
        """The start of the last clause starting in [lo, hi) that opens with a period."""
        i = bisect.bisect_left(self.starts, hi) - 1
        if i >= 0 and self.starts[i] > lo:
            return self.starts[i]
        return lo if self._opens_with_period(lo) and lo < hi else None


class _Baselines:
    """The baselines of a document (比2020年, 在2020年基础上), found once: each quantity takes
    the last one before it in its sentence."""

    def __init__(self, doc: Document):
        self.matches = list(patterns()["baseline"].finditer(doc.text))
        self.ends = [m.end() for m in self.matches]

    def last(self, lo: int, hi: int):
        i = bisect.bisect_right(self.ends, hi) - 1
        return self.matches[i] if i >= 0 and self.matches[i].start() >= lo else None


class _Periods:
    """The period words of a document (每年, 每季度), found once with the phrases that are no
    period (年度内, 人均每日) blanked out; a quantity reads the last one before it. Found per
    quantity in the clause before it, a list of thousands of quantities was quadratic."""

    def __init__(self, doc: Document):
        p = patterns()
        self.cleaned = p["per_excluded"].sub(lambda m: "□" * len(m.group()), doc.text)
        self.matches = list(p["per"].finditer(self.cleaned))
        self.ends = [m.end() for m in self.matches]

    def last(self, lo: int, hi: int):
        i = bisect.bisect_right(self.ends, hi) - 1
        return self.matches[i] if i >= 0 and self.matches[i].start() >= lo else None


_WORDS_READ = 64  # how much of the words between a period and its quantity is read


def _period(doc: Document, lo: int, hi: int, rate: bool = False) -> str | None:
    """The period last written in text[lo:hi], unless the words after it end with what it
    times (每天体育活动时间: the period belongs to the indicator), or it is a `rate`'s 年度
    (住房租金年度涨幅不超过5%: a rate in a year, no quota)."""
    periods = derived(doc, "periods", _Periods)
    m = periods.last(lo, hi)
    if m is None or (rate and m.group() in config()["rate_indicator_periods"]):
        return None
    start = max(m.end(), hi - _WORDS_READ)
    between = _without_trailing(periods.cleaned[start:hi].strip())
    if start > m.end() and len(between) < _WORDS_READ // 2:  # the trailing words ran past the window
        between = _without_trailing(periods.cleaned[m.end():hi].strip())
    if patterns()["per_head"].search(between):
        return None
    return config()["per_words"][m.group()]


def _without_trailing(words: str) -> str:
    trailing = patterns()["trailing"]
    while True:
        shorter = trailing.sub("", words)
        if shorter == words:
            return words
        words = shorter
