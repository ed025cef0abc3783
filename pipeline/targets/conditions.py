"""Numbers that say which ones are meant or who qualifies, not what is committed: conditions (离境超过30天的), a
bounded size before its noun (购买144平方米以上住房), a gloss in brackets (自住房(1套、2套)), the set an act applies to
(在13个粮食主产省选择部分县市), a floor each project must meet (单体项目投资不低于2000万元), a qualifier glued to a later
count (年营业收入超10亿元的软件企业5家), a case (若上交税金不足五千万元)."""

from __future__ import annotations

import bisect
import functools
from typing import TYPE_CHECKING

import regex

from .. import rules
from ..numbers import Quantity
from .patterns import CLAUSE_REACH as _FAR, config, is_han, parameter_config, patterns, start_of_clause

if TYPE_CHECKING:
    from .context import Context, Found


def qualifies_a_later_count(text: str, q: Quantity, quantities: list[Quantity], clause_end: int) -> bool:
    """培育年营业收入超10亿元的软件企业5家以上: a quantity followed by 的 and a noun that a
    later quantity of the same clause counts defines what is counted; one glued to a rate
    that a later quantity measures (500米覆盖率达到100%) defines the rate."""
    # The quantities are in text order: the later ones of the clause are found by bisection
    # and read only as far as needed (a list over all of them for every quantity of a long
    # list was quadratic).
    first = bisect.bisect_right(quantities, q.end, key=lambda other: other.start)
    last = bisect.bisect_left(quantities, clause_end, lo=first, key=lambda other: other.start)
    later = (quantities[i] for i in range(first, last))
    if text.startswith("的", q.end):
        counts = config()["count_units"]
        if q.unit in config()["percent_units"].values():
            # (60%以上的县至少有1家…机构, 80%以上的乡镇建有1个…: a share of the units that must each have a count is what
            # is committed; the count inside says which units count)
            having = patterns()["units_each_having"].match(text, q.end, clause_end)
            return any(other.unit in counts and not (having and having.start("having") < other.start <= having.end())
                       for other in later)
        return any(other.unit in counts for other in later)
    # 公交站点500米覆盖率达到100%: a quantity glued to the rate that a later one measures
    following = next(later, None)
    return following is not None and bool(patterns()["rate_after"].match(text, q.end, following.start))


def conditions_a_grant(text: str, q: Quantity, clause_start: int, sentence_end: int) -> bool:
    """An amount closing a condition with 的 in a sentence that goes on to grant (rules/targets.yaml grant_condition)."""
    p = patterns()
    if q.unit in config()["count_units"] or (q.unit in config()["percent_units"].values()
                                             and not _REACHED.search(text, clause_start, q.start)):
        # (a share before 的 names what it sets: 按不超过投资额5%的比例,给予…; one the party has reached does not:
        # 营业收入在…以上且环比增幅达到10%的其他商贸服务业企业,每户奖励5万元)
        return False
    if p["granted_before"].search(text, clause_start, q.start):
        return False
    if p["grant_on_condition"].match(text, q.end, sentence_end):
        return True
    return bool(p["party_of_a_grant"].match(text, q.end, sentence_end)) and not p["granted_after"].match(text, q.end)


# a verb of reaching right before a share (增幅达到10%, 增幅在10%以上): a level the party has, not a rate the grant
# sets (not a bound: 按照不低于50%的比例,对…予以配套支持; 不超过1%的比例,…给予奖励: fourth plan_0029, ninth doc_0026)
_REACHED = regex.compile(r"(?:达到|(?<!不)超过|高于|在)[ ]*$")


def names_the_scope(text: str, q: Quantity, clause_start: int, clause_end: int) -> bool:
    """A count naming the existing set an act happens in or to (rules/targets.yaml, scope_*)."""
    p = patterns()
    head = text[max(clause_start, q.start - _FAR):q.start]
    if p["scope_object_before"].search(head):
        return True
    if p["scope_locative_before"].search(head) and p["scope_locative_after"].match(text, q.end, clause_end):
        return True
    opening = text[clause_start:q.start].strip()
    return opening in config()["scope_relief_openings"] and bool(p["scope_relief_after"].match(text, q.end, clause_end))


# how far a gloss's bracket may open before the quantity and close after it
_GLOSS = 60


def glossed(text: str, q: Quantity, clause_start: int, sentence_end: int) -> bool:
    """购买自住房(1套、2套)的, 已故职工小额(余额1万元内)公积金: a quantity inside a bracket that
    opens right after a noun and sets nothing of its own (no 为, 达到, 不超过 …) glosses the noun."""
    lo = max(0, q.start - _GLOSS)
    opened = text.rfind("(", lo, q.start)
    if opened < 1 or ")" in text[opened:q.start] or not is_han(text[opened - 1]):
        return False
    closed = text.find(")", q.end, min(sentence_end, q.end + _GLOSS))
    if closed < 0 or "(" in text[q.end:closed]:
        return False
    if _HAVING.search(text, opened + 1, q.start):
        return True  # (…其中至少有1个未成年子女): having at least one says who qualifies, it sets nothing
    if patterns()["part_opening"].match(text, opened + 1) and regex.search(
            rf"[\d一二两三四五六七八九十百千万.]+[ ]*{regex.escape(q.unit)}[^,;:。()]*$", text[clause_start:opened]):
        return False  # 建设40座城市一类以上公厕(含景区旅游公厕14座): the part of a count just made, as 其中 gives it
    return not patterns()["gloss_keep"].search(text, opened + 1, closed)


_HAVING = regex.compile(r"(?:至少|最少)有[ ]*$")


def after_a_case(text: str, clause_start: int) -> bool:
    """若上交税金不足五千万元,… / 若用户在立户第一年参与…,应按照其立户后的30个工作日…为基荷: a clause
    stating a case, or the one right after it (what the rule does in that case)."""
    p = patterns()
    if p["hypothetical"].match(text, clause_start):
        return True
    if clause_start < 2 or text[clause_start - 1] not in ",;":
        return False
    lo = max(0, clause_start - _FAR)
    previous = start_of_clause(text, lo, clause_start - 1)
    return bool(p["hypothetical"].match(text, previous))


def in_condition(text: str, q: Quantity, clause_start: int, clause_end: int, before: str) -> bool:
    """离境超过30天的, / 对月销售额10万元以下的纳税人,…: a quantity in a clause that defines
    who or what qualifies (a clause ending in 的, or one opening with 对/凡 whose 的 follows
    the quantity) is a condition, unless a parameter is named right after it (…2%的购房优惠)."""
    p = patterns()
    rest = text[q.end:min(clause_end, q.end + 40)]  # the words right after it
    # how its clause ends, a closing parenthesis aside (5套及以上的(不含二手房),)
    tail = _CLOSING_PAREN.sub("", text[max(q.end, clause_end - 24):clause_end])[-12:]
    bounded = q.post or q.value_max is not None or rest.lstrip().startswith("(")
    if bounded:
        head = p["bounded_list"].sub("", before)
        # (tier_opening leaves out a base and its 的: 按非法所得的五至十倍罚款 is an amount)
        if p["condition_verb"].search(head) or p["tier"].search(head):
            return True  # 购买面积90平方米以下的补助1万元, 按活动规模1万人以上、5000人以上: conditions
    if clause_end < len(text) and text[clause_end] == "," and p["band_case_next"].match(text, clause_end + 1):
        return True  # 比例达到1%(含)以上,但未达到…规定比例的,按…缴纳: one end of a band a case is defined by
    if clause_end < len(text) and text[clause_end] == "," and bounded and p["joined_case_next"].match(text, clause_end + 1):
        return True  # 营业收入在2000万元以上,且环比增幅在10%以上的,: one condition of the case
    named = p["granted_after"].match(rest) or p["granted_after"].match(_LIST_MEMBERS.sub("", rest))
    if named and not p["closed_by_de"].fullmatch(named.string, named.end()):
        # (分别给予不低于20万元、40万元、60万元的奖补: the list's last member names them all)
        # (but 凡以…工资的70%作为缴费基数的, : the name is inside the case its clause's 的 closes)
        return False
    if p["condition_end"].search(tail) and not p["counted_noun_end"].search(text[clause_start:clause_end]) \
            or p["condition_after"].match(rest):
        return True  # (遴选20家能效领跑者: 者 ends the noun counted, not a case)
    defined = text.find("的", q.end, clause_end) >= 0
    opening = text[clause_start:min(q.start, clause_start + 16)]
    # (对个人消费者…购买…新能源乘用车补贴10000元、购买符合条件的燃油乘用车补贴7000元: an amount a grant word right before it
    # grants; the 的 after it is the next member's)
    if p["condition_open"].match(opening) and defined and not (not bounded and _grant_right_before().search(before)
                                                                 and text.startswith("、", q.end)):
        return True
    if bounded and defined:
        # 对通过专列方式,一次性组织300人(含)以上、停留3天以上的青少年研学旅行团,每列次奖补6000元:
        # 对 opens the part of the sentence (after ;) whose clause the quantity's 的 closes
        lo = max(0, q.start - _FAR)
        part = max(max(text.rfind(c, lo, clause_start) for c in ";。\n") + 1, lo)
        if part < clause_start and p["condition_open"].match(text[part:min(clause_start, part + 16)]):
            return True
        # 单场售票1万人以上的营业性演出活动,按…收入的3%奖励: a bounded size before 的 and the noun
        # its clause ends with, and no commitment before it, says which ones are meant (also when
        # other qualifiers follow it: 筛选一批总投资5000万元以上、预期收益率不低于…的优质项目)
        if clause_end < len(text) and text[clause_end] in ",;" and not p["commitment_before"].search(before) \
                and (p["defined_noun"].fullmatch(text, q.end, clause_end)
                     or p["defined_noun_listed"].fullmatch(text, q.end, clause_end)):
            return True
    return False


@functools.cache
def _grant_right_before() -> regex.Pattern:
    """A grant word right before an amount (…乘用车补贴10000元: rules/parameters.yaml grant_words)."""
    return rules.compile_pattern(rf"(?:{rules.alternation(parameter_config()['grant_words'])})[ ]*$")


# the other members of a list of amounts after the first (、40万元、60万元)
_LIST_MEMBERS = regex.compile(r"^(?:[ ]*[、和及或][ ]*[\d.]+[^\d,;:。、和及或的]{0,4})+")
_CLOSING_PAREN = regex.compile(r"\([^()]{0,16}\)[ ]*$")


def size_qualifier(text: str, q: Quantity, before: str) -> bool:
    """购买144平方米以上(不含144平方米)住房, 10万元及以下的个人创业担保贷款: a bounded size,
    amount or age written before a noun says which ones are meant (counts and shares are not:
    1所以上的养护院, 90%以上的农村 are targets)."""
    cfg = config()
    if not (q.post in (">=", "<=") or q.value_max is not None):
        return False
    if q.unit in cfg["count_units"] or q.unit in ("%", "‰", "个百分点") or q.unit in cfg["duration_units"]:
        return False
    if q.unit == parameter_config()["discount_unit"]:
        return False  # 评估租金的九折以下定价: a discount bounded, a share of the price as % is (rules/parameters.yaml)
    p = patterns()
    if p["commitment_before"].search(before) and not before.rstrip().endswith("、"):
        # 建成…10万平方米以上, 投入资金10亿元以上用于…: the object of a commitment (not a member of a list
        # of things it names: 实现本市内河集装箱船、滚装船、600总吨以上干散货船…)
        return False
    m = p["noun_after"].match(text, q.end)
    return bool(m) and not p["granted_after"].match(text, q.end)


def sets_who_qualifies(text: str, f: Found, sentence_start: int) -> bool:
    """单体项目固定资产投资不低于2000万元, 设备单台套价格原则上要在50万元及以上, 原则上项目面积应不小于5亩: a floor
    set on what each project or piece of equipment must be says which ones qualify for the policy, a
    condition and no commitment (a plan's 累计建成项目20个 has no floor on each one; 力争打造…示范项目5个,
    单个项目放电总功率不低于500千瓦 sets the standard of what it builds)."""
    q, ctx = f.quantity, f.context
    if (q.comparator or ctx.comparator) not in (">=", ">") or ctx.kind != "level" or ctx.per:
        return False
    p = patterns()
    if p["committing_lead"].search(text, sentence_start, q.start):
        return False
    if p["experience"].search(text, f.clause_start, q.start):
        return True  # 主持完成过…工程业绩不少于2项: the record one must show to qualify, a count too
    if q.unit in config()["count_units"]:
        return False
    subject = ctx.subject or (ctx.indicators[0] if ctx.indicators else "")
    if p["each_one"].search(subject) or p["each_one"].search(text, f.clause_start, q.start):
        return True
    return bool(p["qualifying_thing"].search(subject)) and bool(p["requirement"].search(text, sentence_start, q.start))


def qualifier_or_ordinal(text: str, q: Quantity, ctx: Context, sentence_end: int) -> bool:
    """24小时健康咨询, 二期建设: no period or bound word makes them a quota."""
    cfg = config()
    # (a verb that only sets a value is no bound: 为OPC提供24小时“不打烊”服务, 保持24小时畅通)
    quota = bool(ctx.per or ctx.comparator or ctx.verb_comparator not in (None, "=") or q.comparator)
    after = text[q.end:q.end + 2].lstrip("“‘\"")[:1]  # (24小时“不打烊”服务: a quoted name qualified)
    if q.unit in cfg["duration_units"] and after and is_han(after) and not quota:
        return True
    if q.chinese and q.unit in cfg["ordinal_measures"] and not ctx.per:
        return True
    return False
