"""Targets and parameters in running text, sentence by sentence."""
from __future__ import annotations

import bisect
import dataclasses

import regex

from ..document import Document, Parameter, Target
from ..numbers import Quantity
from ..numbers.points import find_points
from ..numbers.quantities import find_quantities, find_unitless
from ..numbers.ratios import find_ratios
from .context import Found, read_context
from .deadline import target_deadline
from .enumerations import pair_group_deadlines, pair_groups, share_group_bounds
from .commitment import under_a_goal_lead
from .conditions import qualifies_a_later_count, sets_who_qualifies
from .exclusions import excluded, splits_a_sum, states_a_constitution
from .named_counts import describes_a_code, quoted_spans
from .procedure import caps_a_use, is_time_limit, schedules_a_routine
from ..wrapped_lines import in_a_table_row
from .past import commits_the_own_year, reports_past_year, retrospective_task
from .parameter_lists import list_names
from .parameter_tiers import tier_clauses, tier_conditions, tier_parties, tier_values
from .parameters import beside_a_grant, built, constitution_parameters, injected_capital, parameter
from .patterns import (clause_stops_in, config, notice_of_measures, patterns, scores_bodies_work, sentence_stops,
                       sentence_text, start_of_clause)


def prose_rows(doc: Document, lo: int, hi: int) -> list[Target | Parameter]:
    """Quantities are found over the whole span at once (they are sparse), then read
    sentence by sentence."""
    text = doc.text
    out: list[Target | Parameter] = []
    batch: list[Quantity] = []
    bounds = (lo, lo)
    quantities = sorted([*find_quantities(text, lo, hi), *find_unitless(text, lo, hi), *find_ratios(text, lo, hi),
                         *find_points(text, lo, hi)], key=lambda q: q.start)
    for q in quantities:
        if q.start >= bounds[1]:
            if batch:
                out.extend(_read_sentence(doc, bounds[0], bounds[1], batch))
            bounds, batch = _sentence_bounds(text, q.start, lo, hi), []
        batch.append(q)
    if batch:
        out.extend(_read_sentence(doc, bounds[0], bounds[1], batch))
    return [_joined(row) for row in out]


def _read_sentence(doc: Document, s: int, e: int, quantities: list[Quantity]) -> list[Target | Parameter]:
    most = config()["max_quantities_per_sentence"]
    if len(quantities) > most:
        doc.warnings.append(f"targets: a sentence at character {s} lists {len(quantities)} numbers "
                            f"(more than {most}): not read as targets or parameters")
        return []
    return _sentence_rows(doc, s, e, quantities)


# A line broken inside a word (a PDF's hard wrap, read as a space) leaves a space between two
# characters of a name (普通门诊费用跨省 联网医疗机构): names are written without it.
_WRAP_SPACE = regex.compile(r"(?<=\p{Han})\s+(?=\p{Han})")


def _joined(row: Target | Parameter) -> Target | Parameter:
    if not _WRAP_SPACE.search(row.indicator if isinstance(row, Target) else row.name):
        return row
    if isinstance(row, Target):
        return dataclasses.replace(row, indicator=_WRAP_SPACE.sub("", row.indicator))
    return dataclasses.replace(row, name=_WRAP_SPACE.sub("", row.name))


def _sentence_bounds(text: str, pos: int, lo: int, hi: int) -> tuple[int, int]:
    """The sentence around `pos`, its closing punctuation included (not a line break). (The text's sentence stops are
    found once: searching back for each stop character ran to the span's start for the rare ones, ! and ?.)"""
    stops = sentence_stops(text)
    i = bisect.bisect_left(stops, pos)
    start = stops[i - 1] + 1 if i and stops[i - 1] >= lo else lo
    if i == len(stops) or stops[i] >= hi:
        return start, hi
    return start, stops[i] if text[stops[i]] == "\n" else stops[i] + 1


def _sentence_rows(doc: Document, s: int, e: int, quantities: list[Quantity]) -> list[Target | Parameter]:
    text = doc.text
    if ((retrospective_task(doc, s) or reports_past_year(doc, s)) and not commits_the_own_year(doc, s)) \
            or describes_a_code(text, quantities, s, e) or patterns()["attendance_lead"].match(text, s, e):
        return []  # (出席这次全会的有省委委员76人: who attended a meeting reported)
    if states_a_constitution(text, s, e):
        return constitution_parameters(doc, quantities, s, e)
    quoted = quoted_spans(text, s, e)
    forecast = patterns()["forecast_lead"].search(text, s, e)
    past = _past_from(text, s, e)
    # …是指…: what follows defines a word (not a bracket's gloss: 一个居室(居室是指卧室、起居室)的有效日照…)
    definition = next((m for m in patterns()["definition"].finditer(text, s, e)
                       if text.count("(", s, m.start()) <= text.count(")", s, m.start())), None)
    retro = min(x for x in (past, forecast.start() if forecast else None, e) if x is not None)  # rows end there
    # (targets end at a definition too; a number the policy sets after it is still set, whoever it is for: …是指…,购买首套
    # 自住住房的,享受贷款额度基础上浮,二孩家庭最高上浮10%; 市场调节配额,是指…,其数量为…配额总量的5%)
    defined_from = definition.start() if definition else e
    found: list[Found] = []
    defined: set[int] = set()  # (id of a Found inside a definition: a parameter or nothing)
    # Clause stops found once per sentence, not searched backwards for every quantity.
    stops = clause_stops_in(text, s, e)
    # Forecast words too (searched in the clause before every quantity, a long list was quadratic).
    forecasts = [(m.start(), m.end()) for m in patterns()["forecast"].finditer(text, s, e)]
    # How things stand now (深圳目前首套房贷利率稳定在4.9%,二套房稳定在5.2%) holds over the later
    # clauses until a word of the plan (目前…较低,今年增加赤字后,赤字率在2%左右 keeps the deficit).
    present = patterns()["present"].search(text, s, e)
    plan = patterns()["plan_word"].search(text, present.end(), e) if present else None
    present_span = (present.end(), plan.start() if plan else e) if present else (e, e)
    scheme_weights = scores_bodies_work(doc)
    for q in quantities:
        if retro < q.start or (scheme_weights and q.unit == config()["points"]["unit"]):
            continue  # (得5分 in a 考核细则 of departments' work: a weight of the scheme)
        if any(a <= q.num_start < b for a, b in quoted):
            continue
        i = bisect.bisect_left(stops, q.start)  # the clause starts after the last stop before q
        clause_start = stops[i - 1] + 1 if i else s
        clause_end = stops[i] if i < len(stops) else e
        j = bisect.bisect_left(forecasts, (clause_start,))
        if (j < len(forecasts) and forecasts[j][1] <= q.start) or present_span[0] <= q.start < present_span[1]:
            continue  # 预计今年高校毕业生超过1170万人, 目前…稳定在4.9%: an estimate, a present state
        if excluded(text, q, clause_start, e, clause_end, s) or qualifies_a_later_count(text, q, quantities, clause_end):
            continue
        previous = found[-1] if found else None
        context = read_context(doc, q, clause_start, previous, s)
        if context is None:
            continue
        found.append(Found(q, context, clause_start))
        if defined_from < q.start:
            defined.add(id(found[-1]))
    if not found:
        return []  # (no value read: the readings of lists and tiers below have nothing to read)
    share_group_bounds(text, found)
    pair_groups(text, found)
    pair_group_deadlines(doc, found, s)
    params: list[Parameter | None] = []
    last: Parameter | None = None
    last_found: Found | None = None
    for f in found:
        gap = text[last.char_end:f.quantity.start] if last else ""
        params.append(parameter(doc, f, last, gap, s, e, last_found))
        if params[-1] is not None:
            last, last_found = params[-1], f
    list_names(doc, found, params, s, e)
    # (three readings of a breakdown by tiers, in this order, each naming the values of its own construction)
    tiers = tier_clauses(text, found, params, stops, e) | tier_values(doc, found, params, s, e) | tier_conditions(doc, found, params, s, e)
    tier_parties(text, found, params)
    rows: list[Target | Parameter] = []
    for f, param in zip(found, params):
        param = param or injected_capital(doc, f, s, e) or (None if id(f) in tiers else beside_a_grant(doc, f, params, s, e))
        if param is not None and under_a_goal_lead(doc, f.quantity.start):
            param = None  # (国土绿化建设应当达到下列标准: ⏎ …网格面积不得大于400亩: a standard to reach, the lead's goal)
        if param is not None:
            rows.extend(built(doc, f, param, s, e))
        elif id(f) in tiers or id(f) in defined:
            continue
        elif not (is_time_limit(text, f, s, notice_of_measures(doc)) or splits_a_sum(text, f.quantity)
                  or sets_who_qualifies(text, f, s)
                  or caps_a_use(text, f, notice_of_measures(doc)) or schedules_a_routine(text, f)):
            rows.extend(_rows(doc, f, s, e))
    return rows


def _past_from(text: str, s: int, e: int) -> int | None:
    """Where the sentence starts to report the past: at its first past marker, but not one
    inside a clause that says who qualifies (对2023年3月27日以来在吉林省投资的旅游招商项目,
    给予…); from its start when it compares with last year and says nothing of a plan
    (全国普通高校招生268万人,比上年增加48万人), or counts what occurred or compares with last year's same period and
    commits to nothing (共发生事故1732起、死亡1752人,同比分别上升7.8%和1.4%)."""
    p = patterns()
    change = p["past_unless_planned"].search(text, s, e)
    if change and not p["plan_word"].search(text, s, e):
        return s
    occurred = p["occurrence"].search(text, s, e)
    if occurred and not p["plan_word"].search(text, s, e) and not p["occurrence_planned"].search(text, s, e):
        return s  # 共发生生产安全事故1732起、死亡1752人,同比分别上升7.8%和1.4%: what happened, a report's statistics
    for m in p["retrospective"].finditer(text, s, e):
        if p["cumulative"].fullmatch(m.group()) and p["planned_before"].search(text, s, m.start()):
            continue  # 到2027年,…累计建成绿色园区35个: a cumulative goal, not a report
        if p["goals_set_particle"].match(text, m.start(), e):
            continue  # 提出了…降低20%左右、…减少10%等目标: goals set, not a report
        if _closes_a_condition(text, m.end(), e) or p["condition_of_a_grant"].match(text, m.end(), e):
            continue  # 已完成契税缴纳的,按照5000元/套给予补助, 自注册成立以来首次达到1亿元的,给予…: the case ruled, not a report
        if p["supplied_document"].search(text, start_of_clause(text, s, m.start()), m.start()) \
                and _DOCUMENT_NAMED.match(text, m.end(), e):
            continue  # 提供已完成网签备案的《商品房买卖合同》: which document is supplied, not a report
        if not p["condition_open"].match(text[start_of_clause(text, s, m.start()):m.start()]):
            return m.start()
    return None


# the rest of a relative clause and the noun it qualifies (…网签备案的《商品房买卖合同》)
_DOCUMENT_NAMED = regex.compile(r"[^,;:。\d]{0,16}的[ ]*[《“\p{Han}]")

# the rest of a clause that closes with 的 (已完成契税缴纳的, 已取得建设工程规划许可证的;)
_CONDITION_REST = regex.compile(r"[^,;:。\d]{0,16}的[ )]*[,;]")


def _closes_a_condition(text: str, pos: int, e: int) -> bool:
    """Whether the clause from `pos` closes with 的 and a clause stop: a past marker there says which case a
    rule is for (已完成…的, 已办理…的, 已取得…的), as a condition does."""
    return _CONDITION_REST.match(text, pos, e) is not None


def _rows(doc: Document, f: Found, s: int, e: int) -> list[Target]:
    q, ctx = f.quantity, f.context
    comparator = q.comparator or ctx.comparator
    if comparator is None:
        comparator = "=" if ctx.kind != "level" else (ctx.verb_comparator or "=")
    sentence = sentence_text(doc.text, s, e)
    if not ctx.indicators and "".join(sentence.split()) == "".join(doc.text[q.start:q.end].split()):
        return []  # a number alone on its line (a table scraped cell by cell) names nothing
    if in_a_table_row(doc.text, q.start):
        return []  # a table of projects or tasks read as text (not an indicator table)
    deadline = target_deadline(doc, f, s, e)
    indicators = [_share_named(ind, q.unit) for ind in ctx.indicators] or [""]
    unit = _per_population(doc.text[f.clause_start:q.start], q.unit)
    return [Target(indicator=ind, comparator=comparator, value=q.value, unit=unit,
                   span_text=doc.text[q.start:q.end], char_start=q.start, char_end=q.end,
                   sentence=sentence, value_max=q.value_max, kind=ctx.kind, per=_row_per(doc.text, f),
                   baseline_year=ctx.baseline_year, deadline=deadline)
            for ind in indicators]


def _row_per(text: str, f: Found) -> str | None:
    """The row's period: none for a rate its clause averages over the span (年均增长5%左右: rules/targets.yaml
    averaging_periods), the context's otherwise."""
    q, per = f.quantity, f.context.per
    if per is None or q.unit not in config()["percent_units"].values():
        return per
    before = text[f.clause_start:q.start]
    last = max((before.rfind(w) for w in config()["per_words"]), default=-1)
    return None if last >= 0 and before.startswith(tuple(config()["averaging_periods"]), last) else per


def _per_population(before: str, unit: str) -> str:
    """每千人病床数达到5张 -> 张/千人, 每万人拥有社会体育指导员20名以上 -> 名/万人: a count per
    population named in its clause before it keeps the denominator in its unit (ANNOTATION.md:
    件/千人, 份/百万人)."""
    if not unit or "/" in unit or unit in config()["percent_units"].values():
        return unit
    m = patterns()["population_rate"].search(before)
    if m is None:
        return unit
    noun = m.group("noun")
    return f"{unit}/{m.group('magnitude')}{'人' if noun.endswith('人口') else noun}"


_SHARE_WORDS = ("比例", "比重", "占比", "率", "份额")
_SHARE_REACHING = regex.compile(r"(比例|比重|占比|份额)(?:应当|应|须)(?:达到|达|占)\p{Han}")
_BOUND_BEFORE_SHARE = regex.compile(r"(?<=\p{Han})(?:应当|应|须)(?=占)")


def _share_named(indicator: str, unit: str) -> str:
    """即时结算资金占本地医保基金月结算资金的80%以上: a percentage of what A 占 of B measures
    A's share, named as readers name it (…占…的比例)."""
    if unit != "%":
        return indicator
    # (储备比例应达储备规模的70%以上: the share named before the verb reaching its base is the name)
    reached = _SHARE_REACHING.search(indicator)
    if reached:
        return indicator[:reached.end(1)]
    indicator = _BOUND_BEFORE_SHARE.sub("", indicator)  # (生态公益林面积应当占森林总面积: the rule's word is no part)
    if "占" not in indicator[1:] or indicator.endswith(_SHARE_WORDS):
        return indicator
    return indicator.rstrip("的") + "的比例"
