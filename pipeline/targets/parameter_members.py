"""Names of the members of a list or a pair whose values a sentence sets: 分别 gives the n-th value to the n-th member
(普通标准住宅…土地增值税预征率分别按1.5%、2%…), a member's clause after its neighbour's (单缴存职工…40万元,双缴存调整为60万元),
the first member of such a pair, and 均 gives one value to each member (首套住房和二套住房最低首付款比例均为20%)."""
from __future__ import annotations

import dataclasses
import functools
import itertools
import re

from .. import rules
from .. import words as segmentation
from ..document import Parameter
from .parameter_changes import without_change
from .parameter_names import per_measure_patterns, trim
from .parameter_shares import each_party
from .patterns import CONJUNCTION, last_clause, parameter_config, parameter_patterns, patterns
from .qualifiers import qualifiers_listed


def respective_names(text: str, clause_start: int, first_start: int, names: list[str]) -> list[str] | None:
    """普通标准住宅、非普通标准住宅、其他类型房地产土地增值税预征率分别按1.5%、2%、2.5%执行: members listed before
    a shared head and 分别 give the n-th value to the n-th member, named member + head (普通标准住宅土地增值税预征率 …),
    as 均 gives one value to each (each_member). None where the list cannot be read."""
    k = len(names)
    if k < 2 or len(set(names)) != 1:
        return None
    lead = text[clause_start:first_start]
    at = lead.rfind("分别")
    if at < 0:
        return None
    # (the measure the values are set per closes no member: 小麦、稻谷最低收购价平均每50公斤分别提高7.4元和16元)
    segment = per_measure_patterns()["gap_end"].sub("", last_clause(lead[:at]))
    seps = _list_separators(segment, k)
    if seps is None:
        return None
    first, last = _strip_subject_lead(segment[:seps[0]]), segment[seps[-1] + 1:]
    middle = [segment[a + 1:b] for a, b in zip(seps, seps[1:])]
    model = middle[-1] if middle else first
    # (a first member may carry the subject's own words, 双职工首次: only a short one measures the last)
    # (居民医保和基本公共卫生服务经费人均财政补助标准: a standard per head opens the shared head, 人均财政补助标准)
    per_head = next((m.start() for m in _per_head().finditer(last) if m.start() >= 2), None)
    member = last[:per_head] if per_head is not None else \
        _leading_member(last, model, echo_only=not middle and len(first) > 4) if model else None
    if member is None:
        return None
    head = last[len(member):]
    name = without_change(names[0])
    changed = names[0][len(name):]  # (分别提高30元和5元: each member's 提高额)
    if len(head) < 2 or not first or any(not m.strip() or len(m) > 12 for m in middle) or head[-2:] != name[-2:]:
        return None
    return [trim(m + head) + changed for m in [first, *middle, member]]


@functools.cache
def _per_head() -> re.Pattern:
    return re.compile(rules.alternation(parameter_config()["per_head_openings"]))


def _list_separators(segment: str, k: int) -> list[int] | None:
    """The k-1 separators of a list of k members closing `segment`: the last 、, and a 和/及/与 after them."""
    depth, commas, joins = 0, [], []
    for i, ch in enumerate(segment):
        depth += ch in "(“《"
        depth -= ch in ")”》"
        if depth:
            continue
        if ch == "、":
            commas.append(i)
        elif ch in "和及与" and not segment.startswith(("以上", "以下"), i + 1):
            joins.append(i)
    if len(commas) >= k - 1:
        return commas[len(commas) - (k - 1):]
    after = [j for j in joins if not commas or j > commas[-1]]
    if len(commas) == k - 2 and after:
        return commas + after[:1]
    return None


def _leading_member(last: str, model: str, echo_only: bool) -> str | None:
    """The member that opens the last part of the list (其他类型房地产 of 其他类型房地产土地增值税预征率): the words
    up to one that ends as the member before it ends (第二次 after 首次, 高层 after 小高层), else, after a middle
    member, about as long as it; a bound on who is meant stays with it (三孩及以上)."""
    member = next((last[:n] for n in range(2, min(len(last), len(model) + 3)) if last[n - 1] == model[-1]), None)
    prefixes = list(itertools.accumulate(segmentation.words(last)))[:-1]
    if member is None and not echo_only:
        member = next((w for w in prefixes if len(w) >= len(model) - 1), None)
    if member is None:
        return None
    bound = re.match(r"(?:及以上|及以下|以上|以下)", last[len(member):])
    return member + bound.group() if bound else member


def _strip_subject_lead(first: str) -> str:
    """全市普通标准住宅 -> 普通标准住宅: the words that open a subject (全市, 本市, 对, 将) are no part of a member."""
    leading = patterns()["leading"]
    while True:
        stripped = leading.sub("", first)
        if stripped == first:
            return first.strip()
        first = stripped


def pair_member(name: str, previous_name: str | None, gap: str, before: str, following: str) -> str | None:
    """The name of a value of a list of members whose clauses each name only their member (单职工…60万元,双职工…80万元):
    the next value named with its member in place of its neighbour's (member_of_pair), else the first named with its
    own (first_member); None where `name` is no member's. `gap`: the words since the neighbour's value; `before`,
    `following`: the words of the value's clause before it, and of its sentence after it."""
    return member_of_pair(previous_name, gap, name) or first_member(name, before, following)


def _a_member(words: str, longest: int) -> bool:
    """Words that can be a member (单缴存, 二孩家庭, 夫妻双方): 2 to `longest` Chinese characters, no name head among them
    (申请补贴,最高1万元: a grant head names the value itself)."""
    return 2 <= len(words) <= longest and all("\u4e00" <= ch <= "\u9fff" for ch in words) \
        and not parameter_patterns()["head_end"].search(words)


def member_of_pair(previous_name: str | None, gap: str, name: str) -> str | None:
    """单缴存职工住房公积金贷款最高额度调整为40万元,双缴存调整为60万元; 职工首次贷款额度提高至…25倍、二次贷款提高至15倍;
    对二孩家庭公积金贷款额度提高5万元,对三孩家庭提高10万元: the next value of a list whose clause names only its own
    member is the neighbour's name with that member in place of the neighbour's (双缴存职工…最高额度, 职工二次贷款额度,
    三孩家庭公积金贷款额度), not the neighbour's name copied. The members end alike (缴存, 次贷款, 孩家庭) and the
    neighbour's starts a word of its name; None where the clause holds more than a member or none."""
    # (对二孩家庭公积金贷款额度提高5万元,对三孩家庭提高10万元: the neighbour's name may carry the change, 提高额)
    if not previous_name or not without_change(previous_name).endswith(without_change(name)) or re.search(r"[;。:]", gap) \
            or re.search(r"\d", previous_name):
        return None
    member = _member_words(gap)
    # (6个月内缴纳金额不低于70%: what follows a number is no member)
    if not _a_member(member, 8) or member in previous_name:
        return None
    starts = set(itertools.accumulate(len(w) for w in segmentation.words(previous_name)))
    for k in range(len(member) - 1, 0, -1):  # the longest ending the two members share
        at = previous_name.find(member[-k:])
        start = at + k - len(member)
        if at >= 0 and start >= 0 and (start == 0 or start in starts):
            # (分布式光伏(含户用光伏)奖励标准 … 学校光伏为0.36元: the bracket glosses the neighbour's member, not this one)
            return previous_name[:start] + member + _GLOSS_OPENING.sub("", previous_name[at + k:])
        if 0 <= at <= len(member) + 1 and k >= 2:  # 单身职工 … 双职工: the member the neighbour's name opens with
            return member + _GLOSS_OPENING.sub("", previous_name[at + k:])
    # (贷款额度单人从50万元提高到60万元,夫妻双方从80万元提高到90万元: members alike in nothing but their frame, each with the
    # value it is changed from; the neighbour's name is its member and this name)
    prefix = previous_name[:len(previous_name) - len(name)] if previous_name.endswith(name) else ""
    if 2 <= len(prefix) <= 6 and _start_value().search(gap) and not parameter_patterns()["head_end"].search(prefix):
        return member + name
    return None


@functools.cache
def _start_value() -> re.Pattern:
    """The value a member's clause changes from (单人从50万元提高到, 夫妻双方由80万元调整为: rules/parameters.yaml
    change_from_words)."""
    return re.compile(rf"(?:{rules.alternation(parameter_config()['change_from_words'])})[ ]*[\d.]")


def _member_words(gap: str) -> str:
    """,双缴存调整为 -> 双缴存; ,单方缴存的由35万元增加到 -> 单方缴存; 、二次贷款提高至 -> 二次贷款."""
    p = parameter_patterns()
    words = p["start_value"].sub("", re.sub(r"\([^()]*\)", "", gap))
    if re.search(r"\d", words):
        return ""
    words = re.sub(rf"^(?:{rules.alternation(parameter_config()['member_leads'])})+|的$", "", words.strip(" ,、和及与或"))
    # (单人提高到: a member that is a word of beneficiaries too, 单人, stays; only the verb giving its value goes)
    return p["between"].sub("", words).strip() or re.sub(rf"(?:{rules.alternation(parameter_config()['member_value_verbs'])})[至到为]?$", "", words)


# a bracket opening the rest of a name, glossing the member before it (分布式光伏(含户用光伏)奖励标准)
_GLOSS_OPENING = re.compile(r"^\([^()]*\)")


def first_member(name: str, before: str, following: str) -> str | None:
    """最高贷款额度单职工提高到60万元,双职工提高到80万元: the first value of a list of members, each written between the
    name and its value, is named with its member (单职工最高贷款额度), as member_of_pair names the next (双职工…). Only
    where the next clause opens with a member ending as this one ends (单职工/双职工, 单身职工/双职工)."""
    at = before.rfind(name[-2:]) if len(name) >= 2 else -1
    if at < 0:
        return None
    member = _member_words(before[at + 2:])
    if not _a_member(member, 6):
        return None
    nxt = _next_member().match(following)
    # (单人从50万元提高到60万元,夫妻双方从80万元提高到: members ending unalike, each with the value it changes from)
    parallel = nxt is not None and nxt.group("start") and _start_value().search(before[at + 2:])
    if nxt is None or (nxt.group(1)[-1] != member[-1] and not parallel) or nxt.group(1) == member:
        return None
    return member + name


@functools.cache
def _next_member() -> re.Pattern:
    """The member opening the next clause, before the verb that gives it its value (,双职工提高到: rules/parameters.yaml
    member_value_verbs)."""
    verbs = rules.alternation(parameter_config()["member_value_verbs"])
    changed_from = rules.alternation(parameter_config()["change_from_words"])
    return re.compile(rf"[^,;:。]{{0,8}}?[,、][ ]*([\u4e00-\u9fff]{{2,6}}?)(?P<start>(?:{changed_from})[ ]*[\d.]+[^\d,;:。]{{0,3}}?)?(?:{verbs})")


def each_member(text: str, param: Parameter, clause_start: int) -> list[Parameter]:
    """首套住房和二套住房最低首付款比例均为20%: a value that 均 (or 统一为) gives to each member of a
    coordinated name is one row per member (as 分别 gives one per value), the name's head
    shared (首套住房最低首付款比例, 二套住房最低首付款比例)."""
    parties = each_party(text, param.name, clause_start, param.char_start)
    if len(parties) > 1:
        return [dataclasses.replace(param, name=name) for name in parties]
    before = text[clause_start:param.char_start]
    at = before.rfind(param.name)
    bearers = _bearers_in_name(param.name) if at >= 0 and _member_patterns()["each"].search(before[at + len(param.name):]) else None
    if bearers:
        return [dataclasses.replace(param, name=name) for name in bearers]
    if at < 0 or not _member_patterns()["each"].search(before[at + len(param.name):]):
        names = coordinated_names(before, at, param.name) if at >= 0 else None
        names = names or listed_objects(text, param)
        return [dataclasses.replace(param, name=name) for name in names] if names else [param]
    lead = _member_patterns()["break"].split(before[:at])[-1]
    members = [m for m in CONJUNCTION.split(lead) if m]
    if not members or not CONJUNCTION.search(lead[-1:]) or any(len(m) > 8 for m in members):
        return [param]
    rows = []
    for member in members:
        if len(param.name) <= len(member) + 1:
            return [param]
        rows.append(dataclasses.replace(param, name=member + param.name[len(member):]))
    return rows + [param]


@functools.cache
def _member_patterns() -> dict[str, re.Pattern]:
    """The word giving one value to each member (rules/parameters.yaml each_word: 均, not 人均, 平均; 统一为), and where the
    members it shares start at the latest (member_breaks); what no list of coordinated names holds (coordinated_names_not_with)."""
    cfg = parameter_config()
    return {"each": re.compile(cfg["each_word"]), "break": re.compile(rules.alternation(cfg["member_breaks"])),
            "not_coordinated": re.compile(cfg["coordinated_names_not_with"])}


def coordinated_names(before: str, at: int, name: str) -> list[str] | None:
    """城镇居民医保和新农合补助标准提高到每人每年240元: one value said of coordinated names with no 均 is one row per name too
    (docs/CONVENTIONS.md, Targets and parameters), the head the last member's name writes shared (城镇居民医保补助标准,
    新农合补助标准). Only where the list ends right before the name, its members short words of their own (no number, no
    等: 对A、B等重点行业企业 is one class). Members that are parties or places (引进人才、多子女家庭最高贷款额度提高至100万元)
    say who qualifies: one row, named with the whole list. None otherwise."""
    lead = _strip_subject_lead(_member_patterns()["break"].split(before[:at])[-1])
    if not lead and before[:at].rstrip().endswith("的"):
        return _owners_listed(before[:at].rstrip()[:-1], name)
    # (同一企业每年申领和兑付算力券金额: what each party may get per period, its verbs coordinated, no names)
    if len(lead) < 3 or not CONJUNCTION.match(lead[-1]) or _member_patterns()["not_coordinated"].search(lead):
        return None
    if "分别" in before[at:]:
        return None  # 小麦、稻谷最低收购价…分别提高7.4元和16元: each its own value (respective_names)
    members = CONJUNCTION.split(lead[:-1])
    compact = name.replace(" ", "")  # (异地急诊 抢救人员: a line's wrap)
    # (公积金贷款首套、二套住房最低首付款比例: the member ending as the one before it ends, 二套 after 首套)
    last = _leading_member(compact, members[-1], echo_only=True) or \
        _last_member(compact, parties=any(m.endswith(tuple(parameter_config()["receivers"])) for m in members))
    if not last or any(not _a_member(m, 10) for m in members) or not 2 <= len(last) <= 10:
        return None
    if qualifiers_listed([*members, compact]):
        return [lead + compact]  # (硕士研究生、副高级职称人员及技师补贴标准: qualifiers, not names of what is set)
    return [m + compact[len(last):] for m in members] + [name]


@functools.cache
def _owner_pair() -> re.Pattern:
    """Two names joined by 和 or 与 (rules/parameters.yaml owner_pair; a list with 、 or 以及 is left whole)."""
    return re.compile(parameter_config()["owner_pair"])


def _owners_listed(lead: str, name: str) -> list[str] | None:
    """今年要把城镇居民基本医保和新农合的财政补助标准提高到120元: a pair of names closed by 的 before the name own it, one
    row each (城镇居民基本医保财政补助标准, 新农合财政补助标准), as when no 的 stands between (coordinated_names); where
    they say who qualifies (parties, places) one row named with the list; where they hold more than short names, None."""
    lead = _strip_subject_lead(_member_patterns()["break"].split(lead)[-1])
    # (only a pair: 将住宅飘窗、阳台以及非公共活动空间的水平投影面积上限 names one area, realestate_0168)
    if not _owner_pair().fullmatch(lead):
        return None
    members = CONJUNCTION.split(lead)
    if len(members) < 2 or _member_patterns()["not_coordinated"].search(lead) or any(not _a_member(m, 10) for m in members):
        return None
    if qualifiers_listed([*members[:-1], members[-1] + name]):
        return [lead + name]  # (对引进人才和多子女家庭的最高贷款额度: who qualifies, one row named with the list)
    return [m + name for m in members]


def _bearers_in_name(name: str) -> list[str] | None:
    """国家融资担保基金和银行业金融机构承担的风险责任比例均不低于20%: parties coordinated inside the name before the verb of
    bearing (rules/parameters.yaml bearing_verbs) and 的 that they share, one name each (国家融资担保基金承担的风险责任比例,
    银行业金融机构承担的风险责任比例)."""
    verbs = rules.alternation(parameter_config()["bearing_verbs"])
    m = re.fullmatch(rf"(?P<parties>[\u4e00-\u9fff、和及与]{{5,30}}?)(?P<rest>(?:{verbs})的[\u4e00-\u9fff]{{2,12}})", name)
    if m is None:
        return None
    members = CONJUNCTION.split(m.group("parties"))
    if len(members) < 2 or any(not _a_member(p, 10) for p in members):
        return None
    return [p + m.group("rest") for p in members]


def _last_member(name: str, parties: bool) -> str:
    """新农合 of 新农合补助标准, 多子女家庭 of 多子女家庭最高贷款额度: the words of a name up to its head, a payer written
    before the head shared (城镇居民基本医疗保险财政补助标准: 财政 is every member's); where the members before it are
    parties (引进人才, one of them at least: rules/parameters.yaml receivers), up to the party it names."""
    cfg = parameter_config()
    ends = list(itertools.accumulate(segmentation.words(name)))
    party = next((w for w in ends[:-1] if w.endswith(tuple(cfg["receivers"]))), None) if parties else None
    if party:
        return party
    head = parameter_patterns()["head_end"].search(name)
    member = name[:head.start()] if head else ""
    payer = next((h for h in cfg["party_heads"] if member.endswith(h) and len(member) > len(h) + 1), "")
    return member[:len(member) - len(payer)]


def listed_objects(text: str, param: Parameter) -> list[str] | None:
    """按50%减征资源税(不含水资源税)、城市维护建设税、房产税、…和教育费附加、地方教育附加: a rate a grant verb after the
    value gives to a list of objects is one row per object (减征资源税, 减征城市维护建设税, …), as the name written
    after the value reads the first (parameter_names.name_after). None where the name is no verb and its object, or
    the list holds more than short names."""
    p = parameter_patterns()
    rest = re.sub(r"^[ )]*(?:\([^()]{0,8}\))?[ ]*", "", text[param.char_end:param.char_end + 160])
    verb = p["grant"].match(rest)
    if not verb or not param.name.startswith(verb.group()):
        return None
    # (a closing quote ends the list too: …“…减征资源税、…和地方教育附加”政策)
    listed = re.split(r"[,;:。”]", re.sub(r"\([^()]*\)", "", rest[verb.end():]), maxsplit=1)[0]
    objects = CONJUNCTION.split(listed)
    if len(objects) < 2 or param.name != verb.group() + objects[0] or any(not _a_member(o, 10) for o in objects):
        return None
    return [verb.group() + o for o in objects]
