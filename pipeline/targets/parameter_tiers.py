"""Names of the values of a breakdown by tiers or cases (购房款50万元(含)以下,补贴金额5000元/套; 购买首套房90平方米及以下为1%,
90平方米以上为1.5%): each value is named by the case it is for (90平方米及以下契税税率), and a tier's own number is no row."""
from __future__ import annotations

import bisect
import functools
import re

import regex

from .. import rules
from ..document import Document, Parameter
from .context import Found
from .parameter_changes import without_change
from .parameter_names import trim
from .parameters import named
from .patterns import config, parameter_config, parameter_patterns, patterns, start_of_clause


def tier_values(doc: Document, found: list[Found], params: list[Parameter | None], sentence_start: int,
                sentence_end: int) -> set[int]:
    """购买首套房90平方米及以下为1%,90平方米以上为1.5%;购买二套房为2%; 首套住房面积90平方米及以下的契税税率为1%: a clause
    that names a tier (以下, 以上, 以内, a range 至) and then gives its value after 为 says which case the value is for: the
    value is named by the case's words before the share the sentence sets (the name the clause writes, else the last
    row named before it), as reading set 15's readers wrote 首套房90平方米及以下购房消费券补贴比例; later clauses of the same
    breakdown that name a case without a tier (购买二套房为2%) are named so too; the tier's own number is no row. Fills
    `params` in place and returns the ids of the tiers."""
    text, tiers = doc.text, set()
    base, unit = None, None
    for i, f in enumerate(found):
        q = f.quantity
        m = _CASE_VALUE.fullmatch(text, f.clause_start, q.start)
        if m is None or q.comparator or (not _tier_patterns()["tier"].search(m.group("case")) and (base is None or q.unit != unit)):
            continue
        case = m.group("case")
        own = f.read_name(params[i]) if params[i] is not None else None
        written = own is not None and without_change(own) in case
        # (144平方米以上的为契税的30%: the clause names the share by its base, 契税比例)
        shared = without_change(own) if written or (own and m.group("base")) else \
            base or next((found[j].read_name(r) for j, r in enumerate(params[:i]) if r is not None and id(found[j]) not in tiers), None)
        if not shared:
            continue
        row = params[i] or named(doc, f, shared, text[f.clause_start:q.start], sentence_start, sentence_end)
        if row is None:
            continue
        f.case, f.name = _case_words(case.replace(shared, " ") if written else case), shared
        params[i] = row
        for j, g in enumerate(found[:i]):  # (the tier's own number: which case, no row)
            if g.clause_start == f.clause_start and g.quantity.comparator:
                params[j] = None
                tiers.add(id(g))
        base, unit = shared, q.unit
    return tiers


def tier_conditions(doc: Document, found: list[Found], params: list[Parameter | None], sentence_start: int,
                    sentence_end: int) -> set[int]:
    """面积为90平方米及以下的,减按1%的税率征收契税;面积为90平方米以上的,减按1.5%…; 面积在90至143平方米(含)由财政补贴80%
    所缴纳契税; 建筑面积在90平方米以上按照10000元/套标准发放普惠消费券: a breakdown by tiers (two or more conditions of
    one measure bounded 以下/以上/以内 or a range, in the sentence) whose each condition is followed by its value, in the next
    clause or in its own: the value is named by its case (90平方米及以下契税税率), as readers name each tier (realestate_0097,
    0044, 0103, 0111, 0116), and the tier's own number is no row. Fills `params` in place; returns the ids of the tiers."""
    text, tiers = doc.text, set()
    # (two conditions with no value between are the two ends of one band: 罚款金额在15万元以上的,50万元以下的,按…)
    bands: list[list] = []
    for m in _tier_patterns()["condition"].finditer(text, sentence_start, sentence_end):
        if bands and not any(bands[-1][-1].end() <= f.quantity.start < m.start() for f in found) \
                and (start_of_clause(text, sentence_start, m.start()) <= bands[-1][-1].start()
                     or (closed := _CONDITION_CLOSE.match(text, bands[-1][-1].end())) and closed.end() >= start_of_clause(text, sentence_start, m.start())):
            bands[-1].append(m)
        else:
            bands.append([m])
    measures = [band[0].group("measure") for band in bands]
    for band in bands:
        first, m = band[0], band[-1]
        clause_start = start_of_clause(text, sentence_start, first.start())
        # (储存6个月以上12个月以内的: a band in one clause is one case; 15万元以上的,50万元以下的: none we name)
        if start_of_clause(text, sentence_start, m.start()) != clause_start or measures.count(first.group("measure")) < 2:
            continue  # (a single condition says who qualifies: 对年龄35岁以上的, no breakdown)
        j = next((j for j, f in enumerate(found) if f.quantity.start >= m.end()), None)
        if j is None or params[j] is None:
            continue
        f, row = found[j], params[j]
        gap = text[m.end():f.quantity.start]
        same_clause = f.clause_start == clause_start and not re.search(r"[\d,;:。]", gap) and len(gap) <= 16
        closed = _CONDITION_CLOSE.match(text, m.end())  # (面积为90平方米及以下的,)
        next_clause = closed is not None and f.clause_start == closed.end() and not re.search(r"[\d,;:。]", text[f.clause_start:f.quantity.start])
        if not (same_clause or next_clause):
            continue
        tier = text[first.start("tier"):m.end("tier")]
        # (建筑面积在90平方米以上 -> 建筑面积90平方米以上: the verb before the number is no part of the case)
        # (a note in brackets, 90至143平方米(含), is no part of the case)
        words = re.sub(r"\([^()]*\)|[ ]", "", text[clause_start:m.end("noun")])
        case = _tier_patterns()["number_verb"].sub("", _case_words(words))
        tier = re.sub(r"\([^()]*\)|[ ]", "", tier)
        coordinated = _tier_patterns()["coordinated"]
        if len(case) > _CASE_MAX or not case.endswith(tier + m.group("noun")) or coordinated.search(case[:len(case) - len(tier)]):
            # (对于实行…的入库房地产开发项目,季度销售面积在5000平方米以上的 -> 季度销售面积5000平方米以上: what the tier measures,
            # named right before it; 购买新建商品住房或二手住房90平方米及以下 -> 90平方米及以下: not one of two coordinated)
            measured = _tier_patterns()["measure_break"].split(case[:len(case) - len(tier + m.group("noun"))])[-1] if case.endswith(tier + m.group("noun")) else ""
            case = (measured if 2 <= len(measured) <= 8 and not coordinated.search(measured) else "") + tier + m.group("noun")
        if tier not in f.case + f.read_name(row):  # (a case read already, by tier_values, stands)
            f.case = case
        for k, g in enumerate(found):  # (the tier's own number: which case, no row)
            if first.start("tier") <= g.quantity.start < m.end("tier"):
                params[k] = None
                tiers.add(id(g))
    return tiers


_CASE_MAX = 20


_CONDITION_CLOSE = re.compile(r"[ ]*(?:的[\u4e00-\u9fff]{0,6}?)?[ )]*,")  # (…以上的企业,)


def _case_words(words: str) -> str:
    """(其中:购买首套房90平方米及以下 -> 首套房90平方米及以下: the case a tier or a member names, without the words that open
    a breakdown or a purchase, nor a 的 before the name."""
    words = re.sub(r"^[ (]*(?:其中)?[ :]*", "", words.strip()).strip().removesuffix("的")
    return trim(_tier_patterns()["case_opening"].sub("", words))


# a case, maybe the name of the share, then 为 and the value (购买二套房为2%, 90平方米及以下的契税税率为1%)
# (144平方米以上的为契税的30%: the base of the share between 为 and the value)
_CASE_VALUE = re.compile(r"[ ]*(?P<case>[^,;:。]{2,30}?)[ ]*为[ ]*(?:(?P<base>[^,;:。\d为]{1,12}?)的[ ]*)?")


@functools.cache
def _tier_patterns() -> dict[str, re.Pattern]:
    cfg = parameter_config()
    # the words of a tier (90平方米及以下, 90平方米以上, 90至144平方米), and of a case's opening (rules/parameters.yaml)
    tier_words = rules.alternation(cfg["tier_words"])
    # (a condition of a tier, up to what it measures and the 的 closing it: 面积为90平方米及以下的, 面积在90至143平方米(含),
    # 建筑面积在90平方米以上; the measure, 平方米, tells the tiers of one breakdown)
    measure = rf"(?P<measure>{rules.alternation(sorted(set(config()['measure_words'] + cfg['money_units'])))})"
    condition = (rf"(?P<tier>\d[\d.]*[ ]*(?:至|-|—)[ ]*[\d.]+[ ]*{measure}(?:[ ]*及?(?:{tier_words}))?"
                 rf"|\d[\d.]*[ ]*{measure}[ ]*及?(?:{tier_words}))"
                 rf"[ ]*(?:\([^()]{{0,6}}\))?[ ]*(?P<noun>[\u4e00-\u9fff]{{0,4}}?)(?=的|[ ]*,|[ ]*\d|[ ]*(?:{rules.alternation(cfg['tier_value_leads'])}))")
    return {"tier": re.compile(rf"\d[^,;:。]{{0,6}}?(?:{tier_words})|\d+[ ]*(?:至|-|—)[ ]*\d"),
            "condition": regex.compile(condition, regex.V0),
            "case_opening": re.compile(rf"^(?:{rules.alternation(cfg['tier_case_openers'])})+"),
            # (rules/parameters.yaml tier_number_verbs, tier_measure_breaks, tier_coordinators)
            "number_verb": re.compile(rf"(?:{rules.alternation(cfg['tier_number_verbs'])})(?=\d)"),
            "measure_break": re.compile(rf"{rules.alternation(cfg['tier_measure_breaks'])}|,"),
            "coordinated": re.compile(rules.alternation(cfg["tier_coordinators"])),
            # (rules/parameters.yaml name_breaks: where the words of a party right before its value start at the latest)
            "party_break": re.compile(rules.alternation(cfg["name_breaks"])),
            "party_frame": re.compile(rules.alternation(cfg["party_frame_words"] + cfg["change_by_verbs"] + cfg["setter_verbs"]
                                                        + list(cfg["cap_words"])))}


def tier_clauses(text: str, found: list[Found], params: list[Parameter | None], stops: list[int], e: int) -> set[int]:
    """购房款50万元(含)以下,补贴金额5000元/套; 户型建筑面积大于等于200平方米,按2车位/户配建: a clause
    that ends with a quantity bounded as a tier is (以上, 以下, a range, 大于等于 …: not a requirement
    such as 不低于), followed by a clause setting a parameter, names the tier the parameter is for
    (ids of such `found`)."""
    starts = sorted(p.char_start for p in params if p is not None)
    tiers: set[int] = set()
    later: Found | None = None  # the next quantity of the sentence (read from the end)
    for f in reversed(found):
        q = f.quantity
        if q.comparator or patterns()["tier_bound"].search(text, max(f.clause_start, q.start - 6), q.start):
            # (the clause stops of the sentence, found once: searching again for each quantity of a
            # long list was quadratic)
            j = bisect.bisect_left(stops, q.end)
            stop = stops[j] if j < len(stops) else None
            rest = text[q.end:stop].strip(" )") if stop is not None else ""
            if stop is not None and text[stop] in ",;" and not rest:
                nxt = stops[j + 1] if j + 1 < len(stops) else e
                i = bisect.bisect_left(starts, stop + 1)
                if (i < len(starts) and starts[i] < nxt) or _APPLIED.match(text, stop + 1):
                    tiers.add(id(f))
            elif later is not None and id(later) in tiers and _BOUND_ONLY.fullmatch(text, q.end, later.quantity.start):
                tiers.add(id(f))  # 小于200平方米大于等于144平方米,按1.5车位/户: both ends of the tier
        later = f
    return tiers


# a rule applied to the tier in the next clause (按2车位/户配建, 给予…)
_APPLIED = regex.compile(r"[ ]*(?:按照?|给予)[ ]*\d")


_BOUND_ONLY = regex.compile(r"[ ]*(?:大于等于|小于等于|大于|小于|不低于|不超过|高于|低于|且|、)?[ ]*")


def tier_parties(text: str, found: list[Found], params: list[Parameter | None]) -> None:
    """发放标准按照全日制博士生10万元、全日制硕士生5万元…; 住房公积金贷款最高限额单职工60万元、双职工80万元; 购房补贴按照博士研究生
    40万元、硕士研究生15万元发放: a list whose each member is a party (or tier) written right before its own value sets
    one value per party, named by it before the name the list's first value reads (docs/CONVENTIONS.md, tiers:
    全日制硕士生发放标准, 双职工住房公积金贷款最高限额), as readers write 博士研究生购房补贴. Two members at least, the values
    of one unit, joined by 、 , or ; and nothing else; a party is a few words that name no parameter (奖励5万元、补贴3万元
    are two names). Fills each member's case in `found` and gives it the first member's name in `params`."""
    members: list[tuple[int, str]] = []
    for i, f in enumerate(found):
        row = params[i]
        party = _party_before(text, f, f.read_name(row)) if row is not None and not f.case and not f.quantity.comparator else None
        joined = members and _PARTY_JOINER.fullmatch(text, found[members[-1][0]].quantity.end, f.quantity.start - len(party or "")) \
            and found[members[-1][0]].quantity.unit == f.quantity.unit
        if party and (joined or not members):
            members.append((i, party))
            continue
        _name_parties(found, params, members)
        members = [(i, party)] if party else []
    _name_parties(found, params, members)


def _name_parties(found: list[Found], params: list[Parameter | None], members: list[tuple[int, str]]) -> None:
    parties = [party for _, party in members]
    if len(members) < 2 or len(set(parties)) < len(parties):
        return
    first = found[members[0][0]].read_name(params[members[0][0]])
    for i, party in members:
        name = first if party not in first else found[i].read_name(params[i])
        found[i].case, found[i].name = _clean_party(party), name.replace(party, "") or name


def _party_before(text: str, f: Found, name: str) -> str | None:
    """The party written right before a value (全日制博士生 of 发放标准按照全日制博士生10万元, 单职工 of …限额单职工60万元),
    a bracketed note after it kept in the text (大中专生(含技工院校)2万元), else None."""
    m = _PARTY.search(text, f.clause_start, f.quantity.start)
    if m is None:
        return None
    run = m.group("run")
    breaks = list(_tier_patterns()["party_break"].finditer(run))
    if breaks:
        run = run[breaks[-1].end():]
    elif name in run:
        run = run[run.rfind(name) + len(name):]
    elif m.start() == f.clause_start or text[m.start() - 1] not in "、,;":
        return None  # (补贴标准10万元: the run is the name, no party)
    party = _clean_party(run)
    head = parameter_patterns()["head_end"].search(party)
    if not 2 <= len(party) <= _CASE_MAX or head or name in party or _tier_patterns()["party_frame"].search(party):
        return None
    return run + (m.group("note") or "")


def _clean_party(words: str) -> str:
    return re.sub(r"\([^()]*\)|[ ]", "", words)


_PARTY = regex.compile(r"(?P<run>\p{Han}+)[ ]*(?P<note>\([^()]{1,12}\))?[ ]*$")
_PARTY_JOINER = regex.compile(r"[ ]*[、,;][ ]*")
