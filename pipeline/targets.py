"""Targets: quantitative commitments with comparator, value, unit and deadline.

Each sentence of the plan body is scanned for quantity expressions (pipeline/numbers.py).
A quantity is kept unless its context makes it a qualifier (35岁以上人群, 每3万人口), a
name or code (inside quotes or 《》, 18项核心制度), an ordinal, a past value (现有50人,
截至…) or a count of items just named. For each kept quantity the words before it, in its
clause, give the comparator (a bound word wins over a verb), a change (提高/下降 X), a
baseline year and a period (每年 …); a clause made only of a quantity (";20个健康促进机关")
continues the enumeration before it and inherits its bound word and period. The indicator
is the counted thing written after a count, else the subject before the quantity; a
coordinated subject gives one target per member. Flattened indicator tables are read row by
row (pipeline/indicator_table.py).
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import regex


from . import rules
from .document import Deadline, Document, Target
from .indicator_table import IndicatorTable, find_tables
from .numbers import Quantity, find_quantities, find_unitless

_SENTENCE_STOPS = "。!?\n"
_CLAUSE_STOPS = ",;:。!?\n"
_CLAUSE_STOP = rules.compile_pattern(f"[{_CLAUSE_STOPS}]")
_NP_STOP = rules.compile_pattern(r"[,;:。!?\n]|、(?=[\d一二两三四五六七八九十])|\d")
_LEADING_DE = rules.compile_pattern(r"^(?:的|之)")
_SPACES = rules.compile_pattern(r"\s+")


def _cfg() -> dict:
    return rules.load("targets")


@dataclass
class _Context:
    """What the words before a quantity say about it."""
    comparator: str | None = None   # from a bound word (wins over the verb)
    verb_comparator: str | None = None
    kind: str = "level"
    per: str | None = None
    baseline_year: int | None = None
    indicators: list[str] = field(default_factory=list)
    subject: str = ""  # the words naming what is measured, before any split
    deadline: dt.date | None = None  # paired with this value (在2024年、2025年分别达到60%、80%)


@dataclass
class _Found:
    quantity: Quantity
    context: _Context
    clause_start: int


# ------------------------------------------------------------------ compiled rules
@functools.cache
def _patterns() -> dict[str, regex.Pattern]:
    cfg = _cfg()
    alt = rules.alternation
    return {
        "prefix_bound": rules.compile_pattern(alt(list(cfg["prefix_bounds"]))),
        "verb": rules.compile_pattern(alt(list(cfg["verb_comparators"]))),
        "adjacent": rules.compile_pattern(rf"(?:{alt(list(cfg['adjacent_bounds']) + list(cfg['adjacent_verbs']))})[ ]*$"),
        "change": rules.compile_pattern(rf"(?P<verb>{alt(cfg['increase_verbs'] + cfg['decrease_verbs'])})[ ]*$"),
        "change_tail": rules.compile_pattern(rf"(?:{alt(list(cfg['prefix_bounds']) + ['力争', '了', '约', '大约'])}|[ ])+$"),
        "baseline": rules.compile_pattern("|".join(cfg["baseline_patterns"])),
        "per": rules.compile_pattern(alt(list(cfg["per_words"]))),
        "per_excluded": rules.compile_pattern(alt(cfg["per_exclusions"])),
        "per_head": rules.compile_pattern(rf"(?:{alt(cfg['per_indicator_heads'])})$"),
        "before_excluded": rules.compile_pattern(rf"(?:{alt(cfg['before_exclusions'])})[ ]*$"),
        "retrospective": rules.compile_pattern(alt(cfg["retrospective_markers"])),
        "year_opening": rules.compile_pattern(cfg["year_opening"]),
        "framing_lead": rules.compile_pattern(cfg["framing_deadline"]["lead"]),
        "framing_follow": rules.compile_pattern(cfg["framing_deadline"]["follow"]),
        "retro_heading": rules.compile_pattern(alt(cfg["retrospective_headings"])),
        "name_head": rules.compile_pattern(rf"(?:{alt(cfg['name_heads'])})$"),
        "cumulative": rules.compile_pattern(alt(cfg["cumulative_words"])),
        "zone_after": rules.compile_pattern(alt(cfg["zone_after"])),
        "rate_after": rules.compile_pattern(rf"[\u4e00-\u9fff]{{0,6}}(?:{alt(cfg['rate_suffixes'])})"
                                            rf"(?:{alt(list(cfg['verb_comparators']) + list(cfg['prefix_bounds']))})"),
        "attribute_before": rules.compile_pattern(rf"(?:{alt(cfg['attribute_before'])})[ ]*$"),
        "name_after": rules.compile_pattern(rf"(?:{alt(cfg['name_after'])})"),
        "population": rules.compile_pattern(rf"^(?:的)?(?:{alt(cfg['population_nouns'])})"),
        "suffix": rules.compile_pattern(rf"(?:{alt(cfg['indicator_suffixes'])})$"),
        # Every comparator and change word also ends a subject (…时间压缩至 3个工作日).
        "trailing": rules.compile_pattern(rf"(?:{alt(_subject_trailing(cfg))}|[ ,、])$"),
        "leading": rules.compile_pattern(rf"^(?:{alt(cfg['subject_leading'])}|{cfg['outline_label']}|[ ,、])"),
        "count_verb": rules.compile_pattern(alt(cfg["count_verbs"])),
        # A rate named by its last word only (安装率, 覆盖率): the clause before names what of.
        "bare_rate": rules.compile_pattern(rf"[\u4e00-\u9fff]{{1,2}}(?:{alt(cfg['indicator_suffixes'])})"),
        "bare_verb": rules.compile_pattern(rf"(?:{alt(cfg['count_verbs'] + cfg['bare_verbs'])})+"),
        "value_from": rules.compile_pattern(cfg["value_from"]),
        "start_value": rules.compile_pattern(cfg["start_value_before"]),
        "inner_bound": rules.compile_pattern(alt(list(cfg["verb_comparators"]) + list(cfg["prefix_bounds"]))),
        "np_lead_bad": rules.compile_pattern(r"^(?:或|和|及|与|并|且|到|至|以|为|的|,|、)"),
        "np_trail": rules.compile_pattern(r"(?:和|及|与|、|等|的|或)+$"),
    }


# ------------------------------------------------------------------ stage
def extract_targets(doc: Document) -> None:
    """Fill doc.targets from the plan body: indicator tables, then running text."""
    _DERIVED.clear()  # what is derived from the previous document no longer holds
    try:
        text, lo, hi = doc.text, doc.body_start, doc.body_stop
        tables = find_tables(text, lo, hi)
        targets: list[Target] = []
        for table in tables:
            targets.extend(_table_targets(doc, table))
        for s, e in _prose_spans(lo, hi, tables):
            targets.extend(_prose_targets(doc, s, e))
        targets.sort(key=lambda t: (t.char_start, t.char_end))
        for t in targets:
            t.task_path = doc.path_at(t.char_start)
        doc.targets = targets
    except Exception as e:  # odd input must not stop the other stages
        doc.warnings.append(f"targets: extraction failed ({type(e).__name__}: {e})")
        doc.targets = []
    _DERIVED.clear()


# Data derived once per document and read for every quantity (the deadline index, the
# retrospective items), valid while extract_targets works on one document.
_DERIVED: dict[str, object] = {}


def _derived(doc: Document, name: str, build: Callable[[Document], object]):
    if name not in _DERIVED:
        _DERIVED[name] = build(doc)
    return _DERIVED[name]


def _prose_spans(lo: int, hi: int, tables: list[IndicatorTable]) -> list[tuple[int, int]]:
    spans, pos = [], lo
    for t in tables:
        if t.start > pos:
            spans.append((pos, t.start))
        pos = max(pos, t.end)
    if pos < hi:
        spans.append((pos, hi))
    return spans


# ------------------------------------------------------------------ running text
def _prose_targets(doc: Document, lo: int, hi: int) -> list[Target]:
    """Quantities are found over the whole span at once (they are sparse), then read
    sentence by sentence."""
    text = doc.text
    out: list[Target] = []
    batch: list[Quantity] = []
    bounds = (lo, lo)
    quantities = sorted([*find_quantities(text, lo, hi), *find_unitless(text, lo, hi)], key=lambda q: q.start)
    for q in quantities:
        if q.start >= bounds[1]:
            if batch:
                out.extend(_sentence_targets(doc, bounds[0], bounds[1], batch))
            bounds, batch = _sentence_bounds(text, q.start, lo, hi), []
        batch.append(q)
    if batch:
        out.extend(_sentence_targets(doc, bounds[0], bounds[1], batch))
    return out


_SENTENCE_STOP = rules.compile_pattern(r"[。!?\n]")


def _sentence_bounds(text: str, pos: int, lo: int, hi: int) -> tuple[int, int]:
    """The sentence around `pos`, its closing punctuation included (not a line break)."""
    start = max(text.rfind(c, lo, pos) for c in _SENTENCE_STOPS) + 1
    start = max(start, lo)
    m = _SENTENCE_STOP.search(text, pos, hi)
    end = hi if m is None else (m.start() if m.group() == "\n" else m.end())
    return start, end


def _sentence_end(text: str, pos: int) -> int:
    m = _SENTENCE_STOP.search(text, pos)
    return m.start() if m else len(text)


def _sentence_targets(doc: Document, s: int, e: int, quantities: list[Quantity]) -> list[Target]:
    text = doc.text
    if _retrospective_task(doc, s) or _reports_past_year(doc, s):
        return []
    quoted = _quoted_spans(text, s, e)
    retro = _patterns()["retrospective"].search(text, s, e)
    found: list[_Found] = []
    # Clause stops found once per sentence, not searched backwards for every quantity.
    stops = [m.start() for m in _CLAUSE_STOP.finditer(text, s, e)]
    for q in quantities:
        if retro and retro.start() < q.start:
            continue
        if any(a <= q.num_start < b for a, b in quoted):
            continue
        i = bisect.bisect_left(stops, q.start)  # the clause starts after the last stop before q
        clause_start = stops[i - 1] + 1 if i else s
        clause_end = stops[i] if i < len(stops) else e
        if _excluded(text, q, clause_start, e) or _qualifies_a_later_count(text, q, quantities, clause_end):
            continue
        previous = found[-1] if found else None
        context = _context(doc, q, clause_start, previous, s)
        if context is None:
            continue
        found.append(_Found(q, context, clause_start))
    _share_group_bounds(text, found)
    _pair_groups(text, found)
    _pair_group_deadlines(doc, found)
    return [t for f in found for t in _rows(doc, f, s, e)]


def _qualifies_a_later_count(text: str, q: Quantity, quantities: list[Quantity], clause_end: int) -> bool:
    """培育年营业收入超10亿元的软件企业5家以上: a quantity followed by 的 and a noun that a
    later quantity of the same clause counts defines what is counted; one glued to a rate
    that a later quantity measures (500米覆盖率达到100%) defines the rate."""
    later = [other for other in quantities if q.end < other.start < clause_end]
    if text.startswith("的", q.end):
        counts = _cfg()["count_units"]
        return any(other.unit in counts for other in later)
    # 公交站点500米覆盖率达到100%: a quantity glued to the rate that a later one measures
    return bool(later) and bool(_patterns()["rate_after"].match(text, q.end, later[0].start))


def _reports_past_year(doc: Document, s: int) -> bool:
    """A sentence opening with a year before the notice's own (2022年,全市完成改革42项)
    reports what was done, not what is to be done."""
    m = _patterns()["year_opening"].match(doc.text, s)
    return bool(m) and doc.issue_date is not None and int(m.group(1)) < doc.issue_date.year


def _retrospective_task(doc: Document, offset: int) -> bool:
    task = doc.task_at(offset)
    return task is not None and task.path in _retrospective_paths(doc)


def _retrospective_paths(doc: Document) -> set[str]:
    """Paths of items under a heading such as 发展基础/规划背景."""
    def build(doc: Document) -> set[str]:
        pattern = _patterns()["retro_heading"]
        retro: set[str] = set()
        for t in doc.tasks:  # in document order: a parent comes before its children
            if pattern.search(t.heading or "") or (t.parent_path in retro):
                retro.add(t.path)
        return retro
    return _derived(doc, "retrospective_paths", build)


_QUOTED = rules.compile_pattern(r"“[^”\n]*”|《[^》\n]*》|「[^」\n]*」|『[^』\n]*』|‘[^’\n]*’|\"[^\"\n]*\"")


def _quoted_spans(text: str, s: int, e: int) -> list[tuple[int, int]]:
    return [m.span() for m in _QUOTED.finditer(text, s, e)]


# ------------------------------------------------------------------ exclusions
def _excluded(text: str, q: Quantity, clause_start: int, sentence_end: int) -> bool:
    p = _patterns()
    before = text[clause_start:q.start]
    if p["before_excluded"].search(before) or p["start_value"].search(before):
        return True  # 第一, 每3万人口, 现有50人, 从X增加到, 由2015年的X, 等九项
    after = text[q.end:min(q.end + 8, sentence_end)]
    if q.unit in _cfg()["age_units"] and after[:1] and _is_han(after[0]):
        return True  # 35岁以上人群, 12岁儿童
    if q.post in (">=", "<=") and (p["population"].match(after) or (
            after.startswith("的") and p["attribute_before"].search(before))):
        return True  # 1万人以上人群密集场所, 学生人数在1000人以上的学校 (not 有1所以上的养护院)
    if p["zone_after"].match(after):
        return True  # 学校周边200米范围内: the zone a rule applies to
    if q.unit in _cfg()["cohort_units"] and 1900 <= q.value <= 2100:
        return True  # 2024届毕业生, 2023级新生: a cohort, not a count
    if p["name_after"].match(after) and (q.unit != "次" or "届" in text[max(clause_start, q.start - 8):q.start]):
        return True  # 人大四次会议, 二十届三中全会: names of meetings
    if q.chinese and _counts_listed_items(before):
        return True  # 社会、行业、个人三个层面, 风险管控、隐患治理两条防线
    noun = _following_np(text, q.end, sentence_end)
    if noun and q.unit in _cfg()["count_units"] and p["name_head"].search(noun):
        return True  # 18项核心制度, 6类30个发展关键指标
    return False


def _qualifier_or_ordinal(text: str, q: Quantity, ctx: _Context, sentence_end: int) -> bool:
    """24小时健康咨询, 二期建设: no period or bound word makes them a quota."""
    cfg = _cfg()
    quota = bool(ctx.per or ctx.comparator or ctx.verb_comparator or q.comparator)
    after = text[q.end:q.end + 1]
    if q.unit in cfg["duration_units"] and after and _is_han(after) and not quota:
        return True
    if q.chinese and q.unit in cfg["ordinal_measures"] and not ctx.per:
        return True
    return False


def _counts_listed_items(before: str) -> bool:
    """A Chinese numeral right after a list of short items counts those items."""
    if before[-1:] in _cfg()["list_count_before"]:
        return True
    last = before.rsplit("、", 1)
    if len(last) < 2:
        return False
    tail = last[1]
    p = _patterns()
    return len(tail) <= 8 and not p["count_verb"].search(tail) and not p["inner_bound"].search(tail)


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _following_np(text: str, pos: int, end: int) -> str:
    """The noun phrase written right after a quantity (1000个健康家庭 -> 健康家庭)."""
    m = _NP_STOP.search(text, pos, end)
    np_end = m.start() if m else end
    noun = _LEADING_DE.sub("", text[pos:np_end].strip()).strip()
    if _patterns()["np_lead_bad"].match(noun):
        return ""
    noun = _patterns()["np_trail"].sub("", noun)
    if noun.count("(") != noun.count(")"):
        noun = noun[:noun.rfind("(")] if noun.count("(") > noun.count(")") else noun
    return noun


# ------------------------------------------------------------------ context before a quantity
def _context(doc: Document, q: Quantity, clause_start: int, previous: _Found | None,
             sentence_start: int) -> _Context | None:
    text = doc.text
    p = _patterns()
    cfg = _cfg()
    lo = clause_start
    if previous and previous.quantity.end > lo:
        lo = previous.quantity.end
    before = text[lo:q.start]
    clause_before = text[clause_start:q.start]
    continuation = previous is not None and _continues(text, previous, before)
    ctx = _Context()
    # Bound words and verbs before the number.
    bounds = list(p["prefix_bound"].finditer(before))
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
    change = p["change"].search(head)
    if change:
        ctx.kind = "increase" if change.group("verb") in cfg["increase_verbs"] else "decrease"
        ctx.verb_comparator = None
    baselines = list(p["baseline"].finditer(text, sentence_start, q.start))
    if baselines and (baselines[-1].start() >= clause_start or (
            ctx.kind != "level" and _ends_its_clause(text, baselines[-1].end()))):
        # its own clause's baseline, or one set off for the sentence (在2020年的基础上,…提高5%)
        ctx.baseline_year = int(next(g for g in baselines[-1].groups() if g))
    # The clause's period counts every quota of the clause (每年新建设施100个以上、新增库容5万吨),
    # but not a 累计 total nor one with its own 每 (每周参加3次、每次保证1小时).
    per_scope = before if p["cumulative"].search(before) or "每" in before else clause_before
    ctx.per = _period(per_scope) or _sentence_period(doc, q, sentence_start, clause_start, before)
    if continuation:
        _inherit(ctx, previous.context)
    distributive = "各" in before  # 各建成一个: one each
    if q.chinese and q.value == 1 and not (q.post or q.symbol or ctx.comparator or ctx.per or distributive):
        return None  # 一支队伍, 一批, 一个方案: an article, not a count
    if _qualifier_or_ordinal(text, q, ctx, _sentence_end(text, q.end)):
        return None
    ctx.indicators, ctx.subject = _indicators(doc, q, lo, previous, sentence_start)
    return ctx


def _continues(text: str, previous: _Found, before: str) -> bool:
    """Only separators, or the previous quantity's own noun, lie between the two
    (至少建成3条健康步道、3个健康公园; 至少建成1个…;20个…)."""
    rest = before.strip(" 、和及与;,")
    if not rest:
        return True
    noun = _following_np(text, previous.quantity.end, previous.quantity.end + len(before) + 1)
    return bool(noun) and rest == noun.strip(" 、和及与;,")


def _inherit(ctx: _Context, prev: _Context) -> None:
    """A bare quantity continuing an enumeration takes its head's bound word and period."""
    ctx.comparator = ctx.comparator or prev.comparator
    ctx.verb_comparator = ctx.verb_comparator or prev.verb_comparator
    ctx.per = ctx.per or prev.per
    if ctx.kind == "level":
        ctx.kind = prev.kind
    ctx.baseline_year = ctx.baseline_year or prev.baseline_year


def _ends_its_clause(text: str, pos: int) -> bool:
    m = _CLAUSE_STOP.search(text, pos)
    return m is not None and not text[pos:m.start()].strip()


def _sentence_period(doc: Document, q: Quantity, sentence_start: int, clause_start: int,
                     before: str) -> str | None:
    """每年组织培训不少于2期,培训人员500人次以上: a period opening an earlier clause of the
    sentence also counts the later clauses' quotas of the same activity (counts only: a
    rate is no quota, a 累计 total spans periods, a new time frame in between resets it)."""
    if clause_start <= sentence_start or q.unit not in _cfg()["count_units"]:
        return None
    p = _patterns()
    if p["cumulative"].search(before):
        return None
    text = doc.text
    sentence_start = text.rfind(";", sentence_start, clause_start) + 1 or sentence_start  # not across ';'
    bounds = [sentence_start] + [m.end() for m in _CLAUSE_STOP.finditer(text, sentence_start, clause_start)]
    for lo, hi in zip(reversed(bounds[:-1]), reversed(bounds[1:])):
        clause = text[lo:hi - 1]
        if p["per"].match(clause.strip()):
            activity = p["per"].sub("", clause)  # 每个季度全家进行… and 每个家庭有… share only 每个
            if _deadline_index(doc).starting_in(hi, q.start) or not _share_a_word(activity, before):
                return None  # 每年开展评定,“十四五”期间,培育3—5家 / 每天锻炼,掌握两种方法
            return _period(clause)
    return None


def _share_a_word(a: str, b: str) -> bool:
    """Whether two clauses speak of the same thing: a two-character word in common."""
    pairs = {a[i:i + 2] for i in range(len(a) - 1) if _is_han(a[i]) and _is_han(a[i + 1])}
    return any(b[i:i + 2] in pairs for i in range(len(b) - 1))


def _period(clause_before: str) -> str | None:
    p = _patterns()
    cleaned = p["per_excluded"].sub("□", clause_before)
    matches = list(p["per"].finditer(cleaned))
    if not matches:
        return None
    m = matches[-1]
    between = p["trailing"].sub("", cleaned[m.end():].strip())
    while True:
        shorter = p["trailing"].sub("", between)
        if shorter == between:
            break
        between = shorter
    if p["per_head"].search(between):
        return None  # 每天体育活动时间: the period belongs to the indicator
    return _cfg()["per_words"][m.group()]


def _groups(text: str, found: list[_Found]) -> list[list[_Found]]:
    """Runs of quantities written as one list (9.5/10万、6.5‰和8‰)."""
    groups: list[list[_Found]] = []
    for f in found:
        if groups and not text[groups[-1][-1].quantity.end:f.quantity.start].strip(" 、和及与"):
            groups[-1].append(f)
        else:
            groups.append([f])
    return groups


def _share_group_bounds(text: str, found: list[_Found]) -> None:
    """x、y和z以下: a bound word after the last of a list applies to every member."""
    for group in _groups(text, found):
        last = group[-1].quantity
        for f in group[:-1]:
            if f.quantity.comparator is None and last.post:
                f.quantity = replace(f.quantity, post=last.post)


def _pair_group_deadlines(doc: Document, found: list[_Found]) -> None:
    """在2024年、2025年和2026年分别达到60%、80%和100%: the n-th date goes with the n-th value."""
    for group in _groups(doc.text, found):
        first = group[0]
        dates = [d.date for d in _deadline_index(doc).usable.starting_in(first.clause_start, first.quantity.start)]
        if len(group) > 1 and len(dates) == len(group) and "分别" in doc.text[first.clause_start:first.quantity.start]:
            for f, date in zip(group, dates):
                f.context.deadline = date


def _pair_groups(text: str, found: list[_Found]) -> None:
    """A、B和C分别…x、y和z: the n-th indicator goes with the n-th value."""
    for group in _groups(text, found):
        first = group[0].context
        if len(group) < 2 or any(f.context.indicators != first.indicators for f in group[1:]):
            continue
        indicators = first.indicators
        if len(indicators) != len(group) and first.subject:
            forced = _split(first.subject, force=True)
            indicators = forced if len(forced) == len(group) else [first.subject]
        for i, f in enumerate(group):
            f.context.indicators = [indicators[i]] if len(indicators) == len(group) else indicators[:1]


# ------------------------------------------------------------------ indicators
def _indicators(doc: Document, q: Quantity, lo: int, previous: _Found | None,
                sentence_start: int) -> tuple[list[str], str]:
    """What the quantity measures; several when a coordinated subject shares it."""
    text = doc.text
    sentence_end = _sentence_end(text, q.end)
    noun = _following_np(text, q.end, sentence_end)
    subject = _subject(doc, lo, q.start)
    verb_only = subject if _patterns()["bare_verb"].fullmatch(subject) else ""
    if verb_only:
        subject = ""  # 每周参加不少于3次: the verb names no indicator; look after it or before
    borrowed = ""
    if (not subject and previous is None) or _patterns()["bare_rate"].fullmatch(subject):
        # 配套建设保障性租赁住房,2024年新增1.2万套 / 完成报警装置安装,安装率不低于98%:
        # the clause before names what is counted or measured.
        borrowed = _joined(_previous_clause_object(doc, lo, sentence_start), subject)
        subject = borrowed or subject
    before = text[lo:q.start]
    each = before.rfind("各")
    distributed = each > before.rfind("、") >= 0
    places = _conjuncts(_subject(doc, lo, lo + each)) if distributed else []
    if noun and (q.unit in _cfg()["count_units"] or not subject) and (_is_han(noun[0]) or noun[0] in "“《"):
        if len(places) > 1:
            return [place + noun for place in places], subject  # A、B、C各有一个镇
        return [noun], noun
    if len(places) > 1 and previous is not None and not _patterns()["suffix"].search(subject):
        # 新建体育公园12个,其中南海区、顺德区各不少于3个: each place, the thing counted before
        thing = previous.context.indicators[0] if previous.context.indicators else ""
        return [place + thing for place in places], subject
    if noun and q.unit in ("%", "‰") and _is_han(noun[0]):
        noun = noun if _patterns()["suffix"].search(noun) else noun + "比例"  # 90%以上的农村建立…
        return [noun], noun
    if not subject and previous is not None:
        return list(previous.context.indicators), previous.context.subject
    if not subject:
        return ([verb_only], verb_only) if verb_only else ([], "")
    return (None if borrowed else _split(subject)) or [subject], subject


def _previous_clause_object(doc: Document, clause_start: int, sentence_start: int) -> str:
    """What the clause before `clause_start` in its sentence acts on, when it holds no
    number of its own (完成餐饮场所报警装置安装 -> 餐饮场所报警装置安装)."""
    text = doc.text
    stop = clause_start - 1
    if stop <= sentence_start or text[stop] not in _CLAUSE_STOPS:
        return ""
    start = max(sentence_start, max(text.rfind(c, sentence_start, stop) for c in _CLAUSE_STOPS) + 1)
    if next(find_quantities(text, start, stop), None) is not None:
        return ""  # a clause with its own quantity is a target of its own
    return _subject(doc, start, stop)


def _joined(head: str, rate: str) -> str:
    """报警装置安装 + 安装率 -> 报警装置安装率 (the words they share written once)."""
    for k in range(min(len(head), len(rate)), 0, -1):
        if head.endswith(rate[:k]):
            return head + rate[k:]
    return head + rate


def _subject_trailing(cfg: dict) -> list[str]:
    return (cfg["subject_trailing"] + list(cfg["verb_comparators"]) + list(cfg["prefix_bounds"])
            + list(cfg["adjacent_bounds"]) + list(cfg["adjacent_verbs"])
            + cfg["increase_verbs"] + cfg["decrease_verbs"])


def _subject(doc: Document, lo: int, hi: int) -> str:
    """The words before a quantity without deadlines, baseline, verbs and adverbs."""
    text = doc.text
    p = _patterns()
    # Deadlines are cut out, with what only joins them (覆盖率在2024年、2025年和2026年分别…).
    pieces, pos = [], lo
    for d in _deadline_index(doc).starting_in(lo, hi):
        pieces.append(text[pos:d.char_start])
        pos = max(pos, min(d.char_end, hi))
    pieces.append(text[pos:hi])
    s = "".join(x for x in pieces if not _JOINERS.fullmatch(x))
    s = p["baseline"].sub("", s)
    start_value = p["value_from"].search(s)
    if start_value:
        s = s[:start_value.start()]
    s = _cut_at_inner_bound(s.strip())
    s = _strip(s)
    # The thing counted follows the last verb that has something after it
    # (开展补贴性职业技能培训 -> 补贴性职业技能培训), unless the subject names a measure (…率).
    verbs = [m for m in p["count_verb"].finditer(s) if len(s) - m.end() >= 2]  # not 自动发放|机
    if verbs and not p["suffix"].search(s):
        s = _strip(s[verbs[-1].end():])
    return s


_JOINERS = re.compile(r"[ 、和及与至到]*")


def _cut_at_inner_bound(s: str) -> str:
    """'A达到B的' / 'A不低于B的' -> A (B is the base of a share); 'A达到…比例' stays whole."""
    p = _patterns()
    trimmed = p["trailing"].sub("", s) if s.endswith(" ") else s
    inner = [m for m in p["inner_bound"].finditer(trimmed) if m.end() < len(trimmed)]
    if not inner:
        return s
    m = inner[-1]
    rest = trimmed[m.end():]
    if not rest.endswith("的") and p["suffix"].search(_strip(rest)):
        return s
    return s[:m.start()]


def _strip(s: str) -> str:
    p = _patterns()
    while True:
        t = p["trailing"].sub("", p["leading"].sub("", s.strip()))
        t = _SPACES.sub("", t) if len(t) < len(s) else t
        if t == s:
            return s
        s = t


def _split(subject: str, force: bool = False) -> list[str]:
    """A、B和C -> [A, B, C], a head written once shared by all (挂号、结算、取药排队时间)
    and a modifier written once shared by all (人均每日食盐和食用油摄入量)."""
    if not _CONJUNCTIONS.search(subject):
        return []  # most subjects: nothing to split
    parts = _conjuncts(subject, force)
    if len(parts) < 2:
        return []
    suffix = _patterns()["suffix"]
    if not suffix.search(parts[-1]):
        return parts if force else []
    if not all(suffix.search(x) for x in parts):
        head = _shared_head(parts[0], parts[-1])
        if len(head) < 2:
            return parts if force else []
        parts = [x if suffix.search(x) else x + head for x in parts]
    return [parts[0]] + [_shared_modifier(parts[0], x) for x in parts[1:]]


_CONJUNCTIONS = re.compile("[、和及与]")


def _conjuncts(subject: str, force: bool = False) -> list[str]:
    """Split at 、 and, where the left member is a complete indicator, at 和/及/与 (outside brackets)."""
    suffix = _patterns()["suffix"]
    parts, depth, cur = [], 0, ""
    for ch in subject:
        depth += ch in "(《“"
        depth -= ch in ")》”"
        joins = ch in "和及与" and (suffix.search(cur) or (ch == "和" and force))
        if depth == 0 and (ch == "、" or joins):
            if cur:
                parts.append(cur)
            cur = ""
            continue
        cur += ch
    if cur:
        parts.append(cur)
    return parts if len(parts) > 1 and all(len(x) >= 2 for x in parts) else [subject]


def _shared_head(first: str, last: str) -> str:
    """The part of the last member that the first one leaves out (主要食品、主要农产品合格率)."""
    words = _words(last)
    n = len(_words(first))
    if 0 < n < len(words):
        return "".join(words[n:])
    return words[-1] if len(words) > 1 else ""


def _shared_modifier(first: str, other: str) -> str:
    """Words the first member has before its own head and a shorter member leaves out
    (人均每日食盐摄入量和食用油摄入量 -> 人均每日食用油摄入量)."""
    a, b = _words(first), _words(other)
    if len(b) >= len(a) or b[0] in a:
        return other
    return "".join(a[:len(a) - len(b)]) + other


@functools.lru_cache(maxsize=2048)
def _words(s: str) -> list[str]:
    return [w for w in _jieba().lcut(s) if w.strip()]


@functools.cache
def _jieba():
    """jieba, imported on first use: only subjects with a conjunction are segmented."""
    import logging

    import jieba
    jieba.setLogLevel(logging.WARNING)
    return jieba


# ------------------------------------------------------------------ rows
def _rows(doc: Document, f: _Found, s: int, e: int) -> list[Target]:
    q, ctx = f.quantity, f.context
    comparator = q.comparator or ctx.comparator
    if comparator is None:
        comparator = "=" if ctx.kind != "level" else (ctx.verb_comparator or "=")
    sentence = doc.text[s:e].strip()
    deadline = _target_deadline(doc, f, s, e)
    indicators = ctx.indicators or [""]
    return [Target(indicator=ind, comparator=comparator, value=q.value, unit=q.unit,
                   span_text=doc.text[q.start:q.end], char_start=q.start, char_end=q.end,
                   sentence=sentence, value_max=q.value_max, kind=ctx.kind, per=ctx.per,
                   baseline_year=ctx.baseline_year, deadline=deadline)
            for ind in indicators]


class _Deadlines:
    """Deadlines sorted by start, with `starting_in(a, b)`: those starting in [a, b).
    Rows read the deadlines around them for every quantity; scanning the whole list each
    time cost more than the rest of the row, so the list is bisected."""

    def __init__(self, deadlines: list[Deadline]):
        self.items = sorted(deadlines, key=lambda d: d.char_start)
        self.starts = [d.char_start for d in self.items]

    def starting_in(self, a: int, b: int) -> list[Deadline]:
        return self.items[bisect.bisect_left(self.starts, a):bisect.bisect_left(self.starts, b)]


class _DeadlineIndex(_Deadlines):
    def __init__(self, deadlines: list[Deadline]):
        super().__init__(deadlines)
        self.usable = _Deadlines([d for d in deadlines if d.date is not None and d.kind in ("by", "in", "period")])


def _deadline_index(doc: Document) -> _DeadlineIndex:
    return _derived(doc, "deadline_index", lambda d: _DeadlineIndex(d.deadlines))


def _target_deadline(doc: Document, f: _Found, s: int, e: int) -> dt.date | None:
    """The deadline governing a target: one in its own clause, else the latest earlier in
    its sentence, else one opening its paragraph (到2026年,…。…。), else one heading the list
    its line belongs to (an intro line ending with ':'). A recurring quota keeps its own rhythm: besides its own clause, only a
    deadline framing the sentence governs it (到2030年,…每周3次以上 / “十四五”期间每年…),
    not one timing another action (9月底前修订清单;每季度召开一次会议)."""
    q, per = f.quantity, f.context.per
    if f.context.deadline is not None:
        return f.context.deadline
    usable = _deadline_index(doc).usable
    before = usable.starting_in(f.clause_start, q.start)
    if before:
        return before[-1].date
    clause_end = _CLAUSE_STOP.search(doc.text, q.start, e)
    after = usable.starting_in(q.start, clause_end.start() if clause_end else e)
    if after:
        return after[0].date
    earlier = usable.starting_in(s, f.clause_start)
    if not per and earlier:
        return earlier[-1].date
    for d in reversed(earlier):
        if _frames(doc, d, f.clause_start):
            return d.date
    if per:
        return None
    return _paragraph_deadline(doc, s, usable) or _list_heading_deadline(doc, s, usable)


def _paragraph_deadline(doc: Document, s: int, usable: _Deadlines) -> dt.date | None:
    """到2026年,…。…。: a deadline opening the paragraph, set off by a comma, frames all of it."""
    text, p = doc.text, _patterns()
    line_start = text.rfind("\n", 0, s) + 1
    first = usable.starting_in(line_start, s)[:1]
    if not first:
        return None
    d = first[0]
    opens = p["framing_lead"].fullmatch(text, line_start, d.char_start)
    return d.date if opens and text.startswith((",", ","), d.char_end) else None


def _frames(doc: Document, d: Deadline, clause_start: int) -> bool:
    """Deadline `d` opens its clause and is set off from what follows by a comma or a
    period word; a point in time (not a period) frames only up to a ';'."""
    text, p = doc.text, _patterns()
    opening = max(text.rfind(c, 0, d.char_start) for c in _CLAUSE_STOPS) + 1
    framing = (p["framing_lead"].fullmatch(text, opening, d.char_start)
               and p["framing_follow"].match(text, d.char_end))
    return bool(framing) and (d.kind == "period" or ";" not in text[d.char_end:clause_start])


def _list_heading_deadline(doc: Document, s: int, usable: _Deadlines) -> dt.date | None:
    """Lines after 'X年实现以下目标:' (or after a paragraph opening with a deadline and a
    line '具体实现以下目标:') take that deadline, within the same outline item."""
    text = doc.text
    line_start = text.rfind("\n", 0, s) + 1
    task = doc.task_at(s)
    floor = task.char_start if task else doc.body_start
    marker = text[line_start:line_start + 2]
    pos = line_start - 1
    while pos > floor:
        prev_start = text.rfind("\n", 0, pos) + 1
        line = text[prev_start:pos].strip()
        pos = prev_start - 1
        if not line:
            continue
        if line.endswith(":"):
            own = usable.starting_in(prev_start, prev_start + len(line) + 1)
            if own:
                return own[-1].date
            return _opening_deadline(text, prev_start - 1, floor, usable)
        if not marker.strip() or not line.startswith(marker):
            return None  # not in a list of parallel lines
    return None


def _opening_deadline(text: str, pos: int, floor: int, usable: _Deadlines) -> dt.date | None:
    """The deadline opening the paragraph before an intro line (到2022年,…)."""
    while pos > floor:
        start = text.rfind("\n", 0, pos) + 1
        line = text[start:pos]
        if line.strip():
            head = start + (len(line) - len(line.lstrip()))
            own = usable.starting_in(head, head + 4)
            return own[0].date if own else None
        pos = start - 1
    return None


# ------------------------------------------------------------------ tables
def _table_targets(doc: Document, table: IndicatorTable) -> list[Target]:
    out: list[Target] = []
    text = doc.text
    for row in table.rows:
        quantities = list(find_quantities(text, row.value_start, row.value_end))
        if not quantities:
            quantities = _bare_number(text, row.value_start, row.value_end, row.unit_hint)
        for q in quantities[:1]:
            ctx = _context(doc, q, row.value_start, None, row.value_start) or _Context()
            comparator = q.comparator or ctx.comparator
            if comparator is None:
                comparator = "=" if ctx.kind != "level" else (ctx.verb_comparator or "=")
            out.append(Target(indicator=row.indicator, comparator=comparator, value=q.value, unit=q.unit,
                              span_text=text[q.start:q.end], char_start=q.start, char_end=q.end,
                              sentence=text[row.value_start:row.value_end].strip(),
                              value_max=q.value_max, kind=ctx.kind, per=ctx.per,
                              baseline_year=ctx.baseline_year, deadline=row.deadline, nature=row.nature))
    return out


@functools.cache
def _bare_pattern() -> re.Pattern:
    cfg = _cfg()
    return rules.compile_pattern(rf"(?P<symbol>{rules.alternation(list(cfg['symbols']))})?[ ]*"
                                 rf"(?P<num>\d+(?:\.\d+)?)[ ]*(?P<post>{rules.alternation(list(cfg['post_bounds']))})?")


def _bare_number(text: str, s: int, e: int, unit: str | None) -> list[Quantity]:
    """A value cell holding only a number, its unit in a 单位 column."""
    if not unit:
        return []
    m = _bare_pattern().search(text, s, e)
    if not m or text[s:e].strip() != m.group().strip():
        return []
    cfg = _cfg()
    unit = cfg["percent_units"].get(unit, unit)
    symbol = cfg["symbols"].get(m.group("symbol")) if m.group("symbol") else None
    post = cfg["post_bounds"].get(m.group("post")) if m.group("post") else None
    return [Quantity(start=m.start(), end=m.end(), num_start=m.start("num"), value=float(m.group("num")),
                     value_max=None, unit=unit, chinese=False, symbol=symbol, post=post)]
