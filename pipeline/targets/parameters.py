"""Policy parameters: numbers a notice sets as rules of its policy, told apart from targets.

A quantity is a parameter when a word of grant, charge or rate names it (rules/parameters.yaml
`name_heads`): written right after it (5万元购房补贴, 减按1%征收率), after a grant verb that
follows it (按照1.5%给予贴息), or ending the words before it with nothing between but
setter verbs and bound words (首付款比例调整为不低于15%, 每亩补助150元); or when a grant
verb stands right before it (给予每套5万元, 处二千元以上二万元以下罚款); or when it is an
amount of money per beneficiary (每户每月1200元); or when it is a share capped against a
base (累计拨付金额不超过重点监管资金总额的80%), a share reckoned on one or a value applied by
按 (按…总用量的60%—70%估算, 按1泊/户配建), or, in a notice of measures, a rate bounded for
others (装配率不低于35%). Words of commitment between the name and the number (贷款投放不低于
40亿元) or an aggregate in the name (平均费率) keep it a target.

Names are written as readers write them: qualifiers kept (首套住房最低首付款比例, 单套…), a
bare head qualified by what it is granted for and who receives it (补贴 -> 生育三孩家庭契税
补贴), one row per member of a name that 均 shares (首套住房和二套住房…均为20%).

The comparator comes from bound words only (最高不超过, 不低于, 以上…以下, 最高 before the
number); a verb that sets the value (提高至, 调整为) is no bound: `=`.

The constructions that name a parameter are in parameter_names.py (where a name is read from),
parameter_grants.py, parameter_shares.py and parameter_standards.py; the words that qualify a name read are in
parameter_changes.py (a change, a base), parameter_parties.py (whose, to whom), parameter_members.py (members of a
list or pair), parameter_tiers.py (tiers and cases) and parameter_loans.py (loan kinds); this module decides which
apply and makes the row.
"""
from __future__ import annotations

import dataclasses
import functools
import re

from .. import rules
from ..document import Document, Parameter
from ..numbers.points import points_verbs
from ..numbers.ratios import ratio_split
from .context import Found
from .parameter_grants import (area_granted_on, capped_amount, fined_party, granted, heads_a_member_list, items_granted, per_beneficiary,
                               qualified, title_grant)
from .parameter_changes import renamed, without_change
from .parameter_fees import fee_charged
from .parameter_loans import loan_named
from .parameter_members import each_member, pair_member
from .parameter_names import FAR, NEAR, after_last_number, commits, name_after, name_before, next_head, per_measure, trim
from .parameter_parties import discount, discounted, granted_to, owned
from .parameter_sizes import sized_thing
from .parameter_shares import (allocated_share, borne_share, changed_share, granted_share, land_price_share, paid_in_shares, permit_standard, price_share,
                               reckoned, released_share, set_share_of, share_of_base,
                               share_of_grant_after)
from .parameter_standards import (adjusted_standard, changed_setting, chosen_within, clamped, dwellings_allowed, laid_down, lead_period, listed_standard, bare_listed_standard,
                                  ruled, set_by_rules, set_in_sentence, spread, zone_extent)
from .patterns import (CLAUSE_STOP, config, last_clause, parameter_config, parameter_patterns, patterns, sentence_text,
                       with_grants)


def parameter(doc: Document, f: Found, previous: Parameter | None, gap: str,
              sentence_start: int, sentence_end: int, previous_found: Found | None = None) -> Parameter | None:
    """The parameter `f` is, if it is one, under the name read for it. `previous` is the parameter found just before
    it in the sentence (the value `previous_found`) and `gap` the text between them: a list member (5万元、3万元购房补贴)
    takes its neighbour's name, qualified where the neighbour's words stand (f.origin)."""
    text, p = doc.text, parameter_patterns()
    q = f.quantity
    # Only the words near the number name it: reading a bounded window, not the whole clause,
    # keeps a long list (达到95%、95%、…) linear.
    stop = CLAUSE_STOP.search(text, q.end, min(sentence_end, q.end + NEAR))
    clause_end = stop.start() if stop else min(sentence_end, q.end + NEAR)
    lo = max(f.clause_start, q.start - FAR)
    if previous is not None and previous.char_end > lo:
        lo = previous.char_end
    before, after = text[lo:q.start], text[q.end:clause_end]
    # 发放不少于1亿元消费券: the government's total (not 发放最高不超过2.5万元的购车补助: a cap per head)
    # (…以下的,发放价值10000元消费券: what each case the sentence rules is given, not a total)
    # (每家OPC发放总计不超过100万元的…券包: what each recipient is given, not a total either)
    # (给予累计不超过2000万元的经费支持: 累计 before a bound caps the running total one party is given)
    aggregate = (commits(before[-8:], 0, 8) if _bound_after().search(before[-8:]) else p["commitment"].search(before[-8:])) \
        and not p["cap"].search(before[-8:]) \
        and not p["for_others"].search(text, sentence_start, f.clause_start + 1) and not p["each_recipient"].search(before)
    if q.unit in parameter_config()["money_units"] and p["fund_after"].match(text, q.end, sentence_end) \
            and p["fund_set_aside_before"].search(before) and not p["each_recipient"].search(before):
        return None  # 拿出1亿元作为…奖补资金: a fund the government sets aside, its own aggregate
    split = ratio_split(text, q.start, q.end) if q.unit == ":1" else None
    name = ((split + "比例" if split else None) or sized_thing(text, q, before) or share_of_grant_after(text, q, sentence_end, before) or points_awarded(before, q) or listed_standard(text, q, f.clause_start, sentence_start) or spread(text, before, q, f.clause_start) or released_share(before, q)
            or set_share_of(text, before, q, f.clause_start) or chosen_within(before, after, q) or items_granted(before, q)
            or clamped(text, q, f.clause_start, sentence_start)
            or allocated_share(text, q, after, sentence_start)
            or (None if aggregate else paid_in_shares(text, after, q, sentence_start) or name_after(after))
            or land_price_share(before, after, q)
            or share_of_base(text, before, q, f.clause_start) or price_share(before, after, q)
            or permit_standard(text, before, q, sentence_end)
            or name_before(before, q.unit) or fee_charged(text, before, q, f.clause_start) or granted(before, q, text, sentence_end)
            or per_beneficiary(before, q, text, sentence_start, sentence_end) or ruled(before, q)
            or set_in_sentence(text, before, f.clause_start, sentence_start, q.unit) or changed_setting(text, before, f.clause_start, sentence_start)
            or changed_share(doc, f, before, sentence_start)
            or reckoned(before, after, q) or laid_down(doc, f, sentence_start) or set_by_rules(doc, f, before)
            or area_granted_on(text, q, before, sentence_start, sentence_end)
            or dwellings_allowed(doc, f, before)
            or heads_a_member_list(text, before, q, sentence_end)
            or granted_share(before, q) or borne_share(before, q) or adjusted_standard(before) or discount(before, q)
            or zone_extent(text, q, f.clause_start))
    if name is not None and previous is not None and p["next_member"].fullmatch(gap) and name in previous.name \
            and without_change(previous.name) != previous.name:
        name = _neighbours_name(f, previous_found, previous.name)  # 额度在其可贷额度的基础上增加5万元/单职工、10万元/双职工: the change, for each member
    if name is None and previous is not None and _reaches(gap, previous):
        name = _neighbours_name(f, previous_found, without_change(previous.name))  # 人均财政补助标准提高30元,达到580元: the standard's new level
    member = False  # (a member of the list the previous value opens, named by it)
    # (…奖励上限为200万元、每年累计不超过500万元: 累计 before a bound caps the running total, as for `aggregate`)
    # (500万元(达到A类)、200万元: a bracket after a member glosses it, no words of the sentence between members)
    bare_gap = _GLOSS.sub("", gap)
    if name is None and previous is not None and not re.search(r"[;。]", gap) \
            and not (commits(bare_gap, 0, len(bare_gap)) if _bound_after().search(bare_gap)
                     else parameter_patterns()["commitment"].search(bare_gap)):
        # 分别给予40万元、15万元; 博士补贴10%、最高15万元; 单缴存职工最高增加5万元、双缴存职工
        # 最高增加10万元; 给予博士30万元,硕士11万元,本科5万元的购房补贴
        rest = re.sub(r"/[\u4e00-\u9fff]{1,4}|\([^()\d]*\)", "", parameter_patterns()["cap"].sub("", gap))
        rest = parameter_patterns()["between"].sub("", rest).strip(" 、和及与或,")
        if rest.endswith(tuple(config()["rate_suffixes"])):
            name = None  # 网格面积不得大于400亩,林网化率90%以上: a rate of its own, no member of the list
        else:
            name = _neighbours_name(f, previous_found, previous.name) if len(rest) <= 8 else next_head(text, q.end, sentence_end)
            member = name is not None and name == previous.name
    if name is None:
        name = capped_amount(text, before, q, sentence_end)  # (after a list's members: 博士补贴3%、最高3万元)
    if name is None:
        name = bare_listed_standard(text, q, f.clause_start, sentence_start)  # (首付款比例:首套住房最低为20%)
    if name is not None:
        name = renamed(text, sentence_start, f.clause_start, before, q.unit, name, after)
        name = pair_member(name, previous.name if previous else None, gap, before, text[q.end:sentence_end]) or name
    row = None if name is None else named(doc, f, name, before, sentence_start, sentence_end)
    if row is not None and row.comparator == "=" and name == permit_standard(text, before, q, sentence_end):
        row.comparator = ">="  # 资金达到工程建设总投资的25%: a floor the project must reach
    if row is not None and previous is not None and row.comparator == "=" and p["next_member"].fullmatch(gap):
        # 分别给予最高20万元、10万元, 最高不超过硕士生每生每年20000元、博士生每生每年30000元: the bound bounds each member
        row.comparator = previous.comparator
    if row is not None and member and row.per is None and previous.per and row.unit == previous.unit:
        row.per = previous.per  # 每人每月日托20元,整托30元: the period the list opens with is each member's
    return row


# a closed bracket (what a value or a name before it is for)
_GLOSS = re.compile(r"\([^()]*\)")


def _neighbours_name(f: Found, neighbour: Found | None, name: str) -> str:
    """`name`, the neighbour's, for `f`, which records that `neighbour` names it (Found.named_by)."""
    if neighbour is not None:
        f.named_by(neighbour)
    return name


@functools.cache
def _bound_after() -> re.Pattern:
    """A bound word ending the words before a number (累计不超过, 累计最高: rules/parameters.yaml running_total_bounds)."""
    return re.compile(rf"(?:{rules.alternation(parameter_config()['running_total_bounds'])})[ ]*$")


def _reaches(gap: str, previous: Parameter) -> bool:
    """提高30元,达到580元: a standard raised by an amount (the previous row, named by a standard noun) and then the
    level it reaches, nothing but a verb of reaching and a period or beneficiary between (达到每人每年320元)."""
    cfg = parameter_config()
    if not without_change(previous.name).endswith(tuple(cfg["standard_nouns"])):
        return False
    rest = re.sub(r"^[ ]*[,,]?[ ]*", "", gap)
    verb = next((v for v in sorted(cfg["reached_verbs"], key=len, reverse=True) if rest.startswith(v)), None)
    return verb is not None and parameter_patterns()["between"].sub("", rest[len(verb):]).strip() == ""


def points_awarded(before: str, q) -> str | None:
    """给予开发企业信用分值加5分, 最高分值为20分: points a scoring scheme adds or takes off are a setting
    of the scheme, named by what they are added to (开发企业信用分值加分) or by the score they set."""
    points = config()["points"]
    if q.unit != points["unit"]:
        return None
    verb = next((w for w in sorted(points_verbs(), key=len, reverse=True) if before.endswith(w)), "")
    subject = last_clause(before[:len(before) - len(verb)])
    # (考试分数给予增加十分照顾: nothing after 给予 names the score, what stands before it does)
    subject = next((s for s in reversed(subject.split("给予")) if s.strip()), "")
    subject = trim(re.sub(r"^(?:即|并|可)+|(?:给予|予以)+$", "", subject))
    if verb in points["setting"]:
        return subject + verb.removesuffix("为")  # 最高分值为20分
    if subject.endswith("分"):
        return subject
    return subject + ("扣分" if verb in points["taking_off"] else "加分")


def named(doc: Document, f: Found, name: str, before: str, sentence_start: int,
          sentence_end: int) -> Parameter | None:
    """The parameter row of `f` under the name read for it (a count only under a cap: 补贴车位限额3000个). The name is
    read only: name_of() builds the name the row is written with, once what else the sentence says of the value (its
    case, its members, its loan) is read."""
    q, text = f.quantity, doc.text
    if q.unit in config()["count_units"] and not name.endswith(tuple(parameter_config()["count_heads"])):
        return None  # 每季度核查一次补贴对象: the count of something, not an amount granted
    if q.unit in config()["time_limit_units"] and not set_by_rules(doc, f, before):
        return None  # 签订后1个月内缴纳成交价的50%: a time limit is no parameter (有效日照不低于3小时 is a standard)
    unit = per_measure(text, q, before, text[sentence_start:q.start])
    period = _PERIOD_AFTER.match(text, q.end, sentence_end)
    if period and "/" in unit and not unit.endswith(period.group()):
        unit += period.group()  # 200元/套/月, 5.6元/m2/月: a rent per measure and per period keeps both, as written
    comparator = _comparator(f, before)
    if comparator == "=" and q.unit in parameter_config()["money_units"] and _ceiling_declared().search(
            text, sentence_end, min(len(text), sentence_end + parameter_config()["ceiling_declared_reach_chars"])):
        comparator = "<="  # 日托50元 … 三、以上标准为最高限价: a later item makes the standards above it ceilings
    return Parameter(name=name, comparator=comparator, value=q.value, unit=unit,
                     span_text=text[q.start:q.end], char_start=q.start, char_end=q.end,
                     sentence=sentence_text(text, sentence_start, sentence_end), value_max=q.value_max,
                     per=None if unit in parameter_config()["periodless_units"]
                     else f.context.per or _period_of_unit(unit) or lead_period(text, q, sentence_start))


def name_of(doc: Document, f: Found, name: str, sentence_start: int, sentence_end: int) -> str:
    """The name `f`'s row is written with, built from the name read for it: a bare head qualified by what is granted
    and to whom (granted_to), whose it is (owned), what price a discount is off (discounted), a cap, a fined party,
    a grant paid once, a share's 比例."""
    text, unit = doc.text, f.quantity.unit
    # (a list member's name is qualified by the words where its neighbour's stands: 每张消费券按300元/平方米确定额度,最高不超过3万元)
    at = f.origin or f
    q = at.quantity
    if name in parameter_config()["bare_heads"]:
        name = qualified(text, name, sentence_start, q)
    # (whom a list's n-th value is granted to is its n-th member: 对…国家级、省级…企业分别奖励30万元、20万元)
    name = granted_to(text, sentence_start, at.clause_start, q.start, name, f.quantity.start) or name
    name = owned(text, at.clause_start, q.start, name) or name
    name = discounted(text, at.clause_start, q, min(sentence_end, q.end + NEAR), name) or name
    name = _capped_grant(text, q, name) or name
    name = fined_party(text[sentence_start:q.start], name) + name
    name = title_grant(doc, name)
    name = _one_off(text, at.clause_start, q.end, sentence_end, name)
    name = _tier_in_brackets(text, f.quantity, name)
    grants, shares = _grant_share_endings()
    if unit == "%" and "幅度" in text[f.quantity.start:f.quantity.end]:
        name += "" if name.endswith("幅度") else "幅度"  # 在50%幅度范围内减征资源税: the share is the margin the text names
    elif unit == "%" and (name.endswith(grants) or not _share_word().search(name)
                          or name.endswith(tuple(parameter_config()["change_verb_names"]))):
        # 按照购置金额的50%予以补助: the share of a grant; 缴纳土地出让金的50%: a share of what is paid; 贷款额度上浮20%: the
        # share of the change (…上浮比例, docs/CONVENTIONS.md, as gold writes 住房公积金贷款额度上浮比例)
        name += "比例"
    elif unit != "%" and name.endswith(shares):
        name = name[:-2]  # 给予…的10%的购房补贴,最高不超过5万元: the cap on the grant, not on its share
    return name


def _tier_in_brackets(text: str, q, name: str) -> str:
    """分别给予总额500万元(达到A类)、200万元(达到B类)、60万元(达到C类)资助: values listed each with its tier in a bracket
    after it carry the tier before the name, as values set per tier in one sentence do (docs/CONVENTIONS.md; eighteenth
    H57A_04's reader: 达到B类人才资助). Only in such a list (a 、 after the bracket, or a bracket closing the member
    before it): a bracket after one value alone glosses it (补贴(二孩家庭))."""
    m = _TIER_BRACKET.match(text, q.end)
    if m is None or m.group("tier") in name:
        return name
    listed = text.startswith("、", m.end()) or bool(_MEMBER_BEFORE.search(text, max(0, q.start - 24), q.start))
    return m.group("tier") + name if listed else name


# a tier in a bracket right after a value (no number in it: 0.5%(新房面积小于旧房) is a case, 5万元(含) no tier either)
_TIER_BRACKET = re.compile(r"[ ]*\((?P<tier>[^()\d,;:。]{2,12})\)")
# the member before a value, closed by its own bracketed tier (…500万元(达到A类)、)
_MEMBER_BEFORE = re.compile(r"\d[^\d()、,;:。]{0,4}\([^()\d]{2,12}\)[ ]*、[ ]*$")


def _one_off(text: str, clause_start: int, number_end: int, sentence_end: int, name: str) -> str:
    """给予1.2万元一次性创业补贴, 给予一次性财政补助1000万元, 给予最高50万元的一次性奖励: a grant its clause writes as paid once
    keeps 一次性 in its name, before the grant's words, as readers write it (一次性创业补贴, 博士研究生一次性购房补贴); not the
    adverb of a verb (一次性奖励企业100元/亩, 一次性再奖励2万元)."""
    if "一次性" in name:
        return name
    end = min(sentence_end, number_end + NEAR)
    stop = _PART_STOP.search(text, number_end, end)
    for m in _one_off_grant().finditer(text, clause_start, stop.start() if stop else end):
        grant = m.group("grant")
        for tail in ("", "比例"):
            if name.endswith(grant + tail):
                return name[:len(name) - len(grant + tail)] + "一次性" + grant + tail
    return name


_PART_STOP = re.compile(r"[;。]")


@functools.cache
def _one_off_grant() -> re.Pattern:
    heads = rules.alternation(with_grants("name_heads"))
    # (一次性补贴3000元 is the noun as readers write it; 一次性再奖励2万元 the adverb of a verb an adverb of its own follows)
    adverbs = rules.alternation(parameter_config()["one_off_verb_adverbs"])
    return re.compile(rf"一次性(?P<grant>(?!{adverbs})[\u4e00-\u9fff]{{0,6}}?(?:{heads}))(?![\u4e00-\u9fff])")


@functools.cache
def _share_word() -> re.Pattern:
    """A word that makes a name a share already (rules/parameters.yaml share_name_words), not inside a word that holds it
    (share_words_not_in: the 占 of 耕地占用税)."""
    cfg = parameter_config()
    return rules.compile_pattern(rf"(?!{rules.alternation(cfg['share_words_not_in'])})(?:{rules.alternation(cfg['share_name_words'])})")


def _capped_grant(text: str, q, name: str) -> str | None:
    """按每套10000元上限给予财政补贴 -> 财政补贴上限, 14400元为限额依次扣减 -> 扣减限额: a cap noun after the amount
    names the grant it caps (rules/parameters.yaml cap_noun_after_amount); only where the name found is the bare cap
    noun."""
    if q.unit in ("%", "‰"):
        return None
    m = _cap_noun_after().match(text, q.end, min(len(text), q.end + 24))
    if m is None or not name.endswith(m.group("cap")) or m.group("grant") in name:
        return None
    # (职工家庭…可按每人每月2000元限额提取住房公积金: who, read before, stays before what the cap is on)
    return name.removeprefix("为")[:-len(m.group("cap"))] + m.group("grant") + m.group("cap")


@functools.cache
def _cap_noun_after() -> re.Pattern:
    return rules.compile_pattern(parameter_config()["cap_noun_after_amount"])


# a period or a payer written after a compound unit (元/套 /月, 元/天 /人: 按照不超过50元/天/人的标准, nineteenth H57D_08)
# (the term ends the unit: a 的 may follow it, 50元/天/人的标准)
_PERIOD_AFTER = re.compile(r"/[年月日人户](?!(?!的)[\u4e00-\u9fff])")


def _period_of_unit(unit: str) -> str | None:
    """不低于1000元/年 -> year: money per period written after the number keeps the period in its unit and has
    `per` too (docs/CONVENTIONS.md), as 每年补贴2万元 has."""
    # (the last term that is a period: 元/套/月 is per month, 元/天/人 per day)
    return next((config()["per_words"][f"每{term}"] for term in reversed(unit.split("/")[1:]) if f"每{term}" in config()["per_words"]),
                None)


@functools.cache
def _grant_share_endings() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The grants a share is named after (rules/parameters.yaml grant_share_heads) and their
    <grant>比例 names, built once rather than for every row."""
    grants = tuple(with_grants("grant_share_heads"))
    return grants, tuple(g + "比例" for g in grants)


def constitution_parameters(doc: Document, quantities: list, s: int, e: int) -> list[Parameter]:
    """公司注册资本为人民币31亿元,其中:国有资产29亿元…: the capital set, named by the word
    before it; the parts that make it up are no rows."""
    text, rows = doc.text, []
    for q in quantities:
        m = patterns()["constitution_value"].search(text, max(s, q.start - 16), q.start)
        if m is None or q.unit not in parameter_config()["money_units"]:
            continue
        name = re.sub(r"(?:为|是|定为|人民币|\s)+$", "", m.group())
        rows.append(Parameter(name=name, comparator="=", value=q.value, unit=q.unit,
                              span_text=text[q.start:q.end], char_start=q.start, char_end=q.end,
                              sentence=sentence_text(text, s, e), value_max=q.value_max))
    return rows


def injected_capital(doc: Document, f: Found, s: int, e: int) -> Parameter | None:
    """国家基本建设拨款5亿元,…,作为国家资本金注入该公司: money injected into one company as its
    capital is granted to it, named by the words before the amount in its clause."""
    q, text = f.quantity, doc.text
    if q.unit not in parameter_config()["money_units"] or not patterns()["capital_injection"].search(text, q.end, e):
        return None
    name = re.sub(r"^“[^”]{1,6}”期间", "", trim(text[f.clause_start:q.start]).strip())
    name = re.sub(r"^(?:[一二三四五六七八九十]{1,3}、)?(?:需|要|由|从|将|拟|安排)+", "", name)
    return named(doc, f, name or "资本金", text[f.clause_start:q.start], s, e)


def _comparator(f: Found, before: str) -> str:
    """Bound words only: 以上/以下/不超过/不低于, a range, or 最高/最多 right before the number
    (not 最高额度, where 最高 is part of the name)."""
    q = f.quantity
    if q.comparator:
        return q.comparator
    # only bound words after the last number (…费率低于1.5%的…业务将费率补贴至2.5% is =), and not inside a
    # bracket that glosses the one before (0.5%(新房面积小于旧房)或1%(新房面积大于旧房) is =)
    # (不超过本市…公布的2015年度全市在岗职工月平均工资的3倍: a year in the base is no number the bound stops at)
    own = re.sub(r"\([^()]*\)", "", after_last_number(_YEAR.sub("年", before))).replace(" ", "")  # (不⏎低于 unwrapped)
    bounds = list(patterns()["prefix_bound"].finditer(own))
    if bounds:
        return config()["prefix_bounds"][bounds[-1].group()]
    cap = parameter_patterns()["cap"].search(own)
    if cap:
        return parameter_config()["cap_words"][cap.group("cap")]
    if q.unit == parameter_config()["discount_unit"] and _discount_floor().search(own):
        return ">="  # 折扣可低至八折: the price may go down to 80% of it, no lower
    if _REACHED.search(own):
        return ">="  # 达到580元, 达到每人每年320元: the guide's 达到 (a setter verb, 提高至, is none)
    return "="


@functools.cache
def _discount_floor() -> re.Pattern:
    return rules.compile_pattern(parameter_config()["discount_floor"])


@functools.cache
def _ceiling_declared() -> re.Pattern:
    return rules.compile_pattern(parameter_config()["ceiling_declared"])



# a year named in the words before a number (2015年度, 2023年)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?=年)")


# 达到 before the number, a period or beneficiary marker between at most
_REACHED = re.compile(r"(?<![提增])达到?[ ]*(?:每[\u4e00-\u9fff]{1,4}?)?[ ]*$")


def beside_a_grant(doc: Document, f: Found, params: list[Parameter | None], sentence_start: int,
                   sentence_end: int) -> Parameter | None:
    """更新新能源城市公交车每辆补助30万元,其中超长期特别国债资金7.6万元; 支持比例不超过…的15%,…单体项目
    省级配套资金不超过1000万元: in a sentence that grants (a parameter found in it and a word of granting),
    an amount of money or a share that no word of commitment frames is part of the grant, a cap on it or
    a size it asks for, named by its subject; not a result the plan commits to. Counts stay what they are
    (每年引入…演出20场以上,对其中…按照售票收入的5%奖励), and so does an aggregate (全年发放补贴资金1亿元)."""
    q, text, p = f.quantity, doc.text, parameter_patterns()
    if q.unit not in (*parameter_config()["money_units"], "%") or not any(params):
        return None
    if not p["granting"].search(text, sentence_start, sentence_end):
        return None
    rest = re.sub(r"\([^()]*\)", "", text[q.end:min(sentence_end, q.end + 2 * NEAR)])  # (最高值含本数,下同)
    part = re.split(r"[,;:。]", rest, maxsplit=1)[0].rstrip()
    if part.endswith("的") or ("的" in part[1:] and not patterns()["granted_after"].match(text, q.end)):
        # 实际纳税5000万至1亿元…的, ; 人均年可支配收入在33600元…至42000元…间的3人及以上家庭, : a condition saying
        # who is granted (not 给予不超过1000元的补贴, 最高30万元的担保贷款)
        return None
    before, ctx = text[f.clause_start:q.start], f.context
    names = ctx.indicators or [ctx.subject]
    verbs = list(p["grant"].finditer(before))
    # 对园区实施的…项目给予建设总投入的30%以内、最高不超过1000万元补助: what a grant verb gives, whatever the words
    # before it (实施, 建设 describe the project granted; 投入的 is the base reckoned on), named by its subject or the verb
    given = verbs[-1].group() if verbs and ctx.kind == "level" and not any(
        not before.startswith("的", m.end()) for m in p["commitment"].finditer(before, verbs[-1].end())) else ""
    if not given and (ctx.kind != "level" or ctx.verb_comparator or p["commitment"].search(before)
                      or p["goal"].search(before) or any(p["aggregate"].search(n) for n in names) or not names[0].strip()):
        return None  # 试点的范围扩大到全国40%的县, 中央财政为此将增加支出42亿元: the plan's own goals
    return named(doc, f, trim(names[0]) or given, before, sentence_start, sentence_end)


def built(doc: Document, f: Found, param: Parameter, s: int, e: int) -> list[Parameter]:
    """The rows of a parameter read, each named once from what its sentence says of the value: one row per member
    均 gives it to (each_member), each member's name qualified (name_of), its case before it (90平方米及以下契税税率),
    and the kind of loan its sentence names (公积金贷款首套住房最低首付款比例)."""
    rows = each_member(doc.text, dataclasses.replace(param, name=f.read_name(param)), f.clause_start)
    for row in rows:
        row.name = loan_named(doc, f.case + name_of(doc, f, row.name, s, e), row.char_start)
    return rows
