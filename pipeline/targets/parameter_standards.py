"""Parameters a notice lays down or changes as rules for others: a standard named before a colon and
its values listed (…损耗定额为:…不超过0.1%), a standard or setting changed (…面积标准调整为100平方米,
由80万元调整为90万元), a limit (不得超过2米, 放宽至6.5米), a rate bounded in a notice of measures
(装配率不低于35%), a standard technical rules set (有效日照不低于大寒日的3小时, 指标按2.5车位/100平方米设置), a
spread over the LPR, and how many flats a household may own or buy."""
from __future__ import annotations

import functools
import re

import regex

from .. import rules
from ..document import Document
from .commitment import states_goals, under_a_goal_heading
from .laid_on_each import governments_own_share
from .context import Found
from .parameter_changes import change_kind
from .parameter_names import NEAR, after_last_number, commits, commits_outside_name, first_object, name_before, trim
from .parameter_parties import owner_before
from .patterns import config, derived, end_of_clause, last_clause, notice_of_measures, parameter_config, parameter_patterns


def listed_standard(text: str, q, clause_start: int, sentence_start: int) -> str | None:
    """市级储备粮保管自然损耗定额为:原粮:储存6个月以内的,不超过0.1%;…, 每月每平方米居住面积租金补贴标准是:
    黄浦区…为160元: a standard named before a colon, then its values listed, is a setting of the rules;
    each value is a parameter of that name (not a result to reach: no word of commitment in its clause;
    累计 there sums the periods of the standard, 累计不超过0.2%)."""
    return _listed_after(text, q, clause_start, sentence_start, "standard_lead")


def bare_listed_standard(text: str, q, clause_start: int, sentence_start: int) -> str | None:
    """住房公积金贷款首付款比例:首套住房最低为20%,二套住房最低为30%: a value listed after a name and a bare colon
    (rules/parameters.yaml standard_lead_bare_heads), where no other reading names it."""
    return _listed_after(text, q, clause_start, sentence_start, "standard_lead_bare")


def _listed_after(text: str, q, clause_start: int, sentence_start: int, lead: str) -> str | None:
    p = parameter_patterns()
    leads, tier = list(p[lead].finditer(text, sentence_start, q.start)), ""
    if not leads and lead == "standard_lead":
        # (only a lead that sets its standard, 标准为:, not a bare 标准: a goal lead writes too: 应当达到下列标准:)
        leads = _lead_above(text, sentence_start, q.end, p[lead])
        # (一级一类园所:日托50元: the line's label and the item before the value say which tier, before the name)
        line = text[text.rfind("\n", 0, q.start) + 1:q.start]
        label, _, item = line.partition(":")
        tier = trim(label) + trim(re.split(r"[,;、]", item)[-1])
    # (a lead from above was matched on its own line: the value's clause is what may commit)
    if not leads or commits(text, max(clause_start, leads[-1].end() if not tier else clause_start), q.start):
        return None
    if "的" in text[q.end:end_of_clause(text, q.end, NEAR)]:
        return None  # 人均年可支配收入在33600元(不含33600元)至42000元…间的…家庭,: which households, a condition
    name = leads[-1].group("name")
    breaks = list(p["break"].finditer(name))
    name = p["per_markers"].sub("", name[breaks[-1].end():] if breaks else name)
    if tier:
        name = _per_inside().sub("", name)  # (保育费每人每月收费标准: the period and the payer are said by per, not the name)
    return (tier + trim(name)) or None


def lead_period(text: str, q, sentence_start: int) -> str | None:
    """保育费…每人每月收费标准为: ⏎ 一级一类园所:日托50元: the period a standard's lead above the value's line is set per
    (rules/targets.yaml per_words), the values' own `per`."""
    leads = _lead_above(text, sentence_start, q.end, parameter_patterns()["standard_lead"])
    if not leads:
        return None
    per_words = config()["per_words"]
    found = [w for w in per_words if w in leads[-1].group("name")]
    return per_words[max(found, key=len)] if found else None


def _lead_above(text: str, sentence_start: int, at: int, lead: regex.Pattern) -> list:
    """保育费…每人每月收费标准为: ⏎ 一级一类园所:日托50元,整托70元。⏎ 二级二类园所:日托40元,…: a standard's lead closing a
    line of its own, its values listed on the lines below it, each line a label and a colon before its values. Only lines
    of such values between the lead and the value's own line (rules/parameters.yaml lead_above_max_lines at most); the lead's match, else none."""
    line_start = text.rfind("\n", 0, at) + 1
    if line_start > sentence_start or not _listed_line().match(text, line_start, at):
        return []
    end, lines = line_start - 1, 0
    while lines < parameter_config()["lead_above_max_lines"]:
        if end <= 0:
            return []
        start = text.rfind("\n", 0, end) + 1
        # (保育费(含杂费、…等)每人每月收费标准为: the gloss in brackets is no part of the name)
        line = _GLOSS.sub("", text[start:end]).rstrip()
        end = start - 1
        if not line.strip():
            continue  # (a page's paragraphs set apart by blank lines)
        lines += 1
        found = [m for m in lead.finditer(line) if m.end() == len(line)]
        if found:
            return [] if commits(line, 0, len(line)) else found  # (工作标准为: ⏎ …: a lead of goals lists none)
        if not _listed_line().match(line):
            return []
    return []


_GLOSS = regex.compile(r"\([^()\n]*\)")


@functools.cache
def _listed_line() -> regex.Pattern:
    """A line listing values under a lead (rules/parameters.yaml listed_line)."""
    return rules.compile_pattern(parameter_config()["listed_line"])


@functools.cache
def _per_inside() -> regex.Pattern:
    """A payer and a period inside a name read from a lead (rules/parameters.yaml per_inside_name)."""
    return rules.compile_pattern(parameter_config()["per_inside_name"])


def adjusted_standard(before: str) -> str | None:
    """本市多层、小高层、高层建筑的商品住房中小套型住房建筑面积标准分别调整为100平方米: a standard the
    notice changes (调整为, 下调至 …) is a setting, named by the words after the last break."""
    m = parameter_patterns()["adjusted_standard"].search(after_last_number(before))
    if m is None or parameter_patterns()["commitment"].search(m.group("name")):
        return None
    name = m.group("name")
    breaks = list(parameter_patterns()["break"].finditer(name))
    return trim(name[breaks[-1].end():] if breaks else name) or None


def set_in_sentence(text: str, before: str, clause_start: int, sentence_start: int, unit: str) -> str | None:
    """提高公积金贷款额度,正常缴存职工由80万元调整为90万元: a value set by a verb in a clause
    whose sentence named the parameter in an earlier clause; or changed by the verb that clause changes it with
    (提高粮食最低收购价,早籼稻、中晚籼稻、粳稻每斤分别提高3分、5分和1毛钱: the change for each member)."""
    p = parameter_patterns()
    own = after_last_number(before)
    change = _change_end().search(own)
    if not (p["setter_end"].search(own) or change) or p["aggregate"].search(before[-NEAR:]):
        return None  # 引导合作机构逐步将平均担保费率降至1%以下: an outcome
    heads = list(p["head_end"].finditer(text, sentence_start, clause_start))
    if not heads:
        return None
    if change and not p["setter_end"].search(own):
        changed = last_clause(text[sentence_start:heads[-1].start()])
        at = changed.rfind(change.group("verb"))
        # (what the earlier clause changes, after its verb, and the change: 粮食最低收购价提高额, docs/CONVENTIONS.md)
        name = name_before(changed[at + len(change.group("verb")):] + heads[-1].group(), "") if at >= 0 else None
        suffix = parameter_config()["change_by_suffixes"].get(change_kind(unit), "")
        return name + change.group("verb") + suffix if name else None
    return name_before(text[sentence_start:heads[-1].end()], "")


@functools.cache
def _change_end() -> re.Pattern:
    """A change verb (rules/parameters.yaml member_change_verbs) closing the words before a number, with 分别 or 均
    before it (每斤分别提高)."""
    verbs = rules.alternation(parameter_config()["member_change_verbs"])
    return re.compile(rf"(?:分别|均)?(?P<verb>{verbs})[ ]*$")


def changed_setting(text: str, before: str, clause_start: int, sentence_start: int) -> str | None:
    """预留生活费比例由工资收入的40%调整为20%, 贷款额度由…余额15倍调整为20倍: a setting changed
    from one value to another by 调整为/下调至 (not 提高到, which plans use for their goals);
    the setting may be named in the clause before (…的比例,由不超过50%调整为不超过60%)."""
    window = before[-64:]  # the pattern spans at most that much
    m = parameter_patterns()["changed"].search(window)
    if not m:
        return None
    subject = m.group("subject").strip()
    if not subject and (len(window) < len(before) or text[clause_start:clause_start + len(before)] != before):
        return None  # 由 opens the window, not the clause
    if not subject and clause_start - 1 > sentence_start:
        previous = text[sentence_start:clause_start - 1]
        return trim(re.split(r"[,;:]", previous)[-1]) or None  # a whole clause names it
    breaks = list(parameter_patterns()["break"].finditer(subject))
    return trim(subject[breaks[-1].end():] if breaks else subject) or None


def zone_extent(text: str, q, clause_start: int) -> str | None:
    """千岛湖金竹牌取水口的管理范围为建筑物轮廓线外侧五十米以内的区域 -> 千岛湖金竹牌取水口管理范围: the extent of a zone the rule
    lays down (rules/parameters.yaml zone_nouns, zone_extent_after, zone_subject), named by the zone its clause opens with."""
    cfg = parameter_config()
    if q.unit not in config()["distance_units"] or not _zone_patterns()["after"].match(text, q.end):
        return None
    m = _zone_patterns()["subject"].match(_zone_patterns()["item_opening"].sub("", text[clause_start:q.start]))
    subject = m.group("subject").strip() if m else ""
    if not subject.endswith(tuple(cfg["zone_nouns"])) or re.search(r"\d", subject):
        return None
    return re.sub(r"的(?=[\u4e00-\u9fff]{2,4}$)", "", subject)


@functools.cache
def _zone_patterns() -> dict[str, re.Pattern]:
    cfg = parameter_config()
    # (item_opening: a list item's or an article's label opening the clause, (一), 1., 第二十一条)
    return {"after": rules.compile_pattern(cfg["zone_extent_after"]), "subject": rules.compile_pattern(cfg["zone_subject"]),
            "item_opening": re.compile(cfg["item_opening"])}


def laid_down(doc: Document, f: Found, sentence_start: int) -> str | None:
    """装配率不低于35% in a notice of measures: a rate or size bounded for others, with no
    commitment in its clause, is a rule of the policy named by what it measures. Others are
    meant when the sentence says which case it rules (属于首套住房公积金贷款的,首期付款比例…) or
    requires it (执行…要求,即:…装配率不低于35%); not the notice's own figures (每年引进…人才不少于
    3000名,其中35周岁以下青年人才占比不低于60%; 纳入综合绩效考核,分值权重不低于3%). In any
    notice, a sentence that puts a standard in force (落实…面积比例不低于50%) lays it on others."""
    q, ctx = f.quantity, f.context
    cfg, p = parameter_config(), parameter_patterns()
    if q.unit not in cfg["laid_down_units"] or not (ctx.comparator or q.post in (">=", "<=", "<", ">")):
        return None
    if ctx.verb_comparator or ctx.kind != "level" or (ctx.per and q.unit != "%") or not ctx.indicators:
        return None  # 达到, 提高到, 控制在, 提高5个百分点, 每年: the plan's own words (a share is no quota: 年度…投入占…的比例)
    if (opening := p["implementing"].match(doc.text, sentence_start)) and _puts_in_force(doc.text, opening.end(), q.start):
        # (新建 there says which buildings the standard is for)
        return p["implementing"].sub("", ctx.indicators[0]) or None  # 落实…面积比例不低于50%: a standard put in force
    if commits_outside_name(doc.text, f.clause_start, q.start):
        return None
    if states_goals(doc) and not notice_of_measures(doc):
        # (a notice stating no goals lays its bounds on others too: 原则上,中外环间区域不低于70%; a plan only its standards
        # for new builds)
        return ctx.indicators[0] if _new_build_standard(doc, f, sentence_start) else None
    if governments_own_share(doc.text, sentence_start, q.start, q.unit):
        return None  # (其中生态公益林面积应当占森林总面积的50%以上 in 市级国土绿化规划: the government's own programme)
    if not p["for_others"].search(doc.text, sentence_start, f.clause_start + 1) \
            and not p["required"].search(doc.text, sentence_start, q.start) and not _party_bound(doc.text, f.clause_start, q.start):
        return None
    return ctx.indicators[0]


def _new_build_standard(doc: Document, f: Found, sentence_start: int) -> bool:
    """新建建筑屋顶光伏可安装面积覆盖率不低于50% in a plan: a share bounded for the new builds its name opens with
    (rules/parameters.yaml new_build_words), with no deadline in its sentence and no heading of goals above it (到2025年,…;
    一、主要目标: the plan's goal)."""
    q, ctx = f.quantity, f.context
    if q.unit != "%" or not ctx.comparator or not ctx.indicators[0].startswith(tuple(parameter_config()["new_build_words"])):
        return False
    return not any(sentence_start <= d.char_start < q.start for d in doc.deadlines) and not under_a_goal_heading(doc, q.start)


# a clause stop
_CLAUSE_STOP = regex.compile(r"[,;:。]")


@functools.cache
def _number() -> regex.Pattern:
    """A digit or a Chinese numeral (rules/targets.yaml chinese_digits): the standard a 落实 clause holds."""
    return regex.compile(rf"[\d{config()['chinese_digits']}]")


def _puts_in_force(text: str, verb_end: int, pos: int) -> bool:
    """落实新建…面积比例不低于50%,其他类型…不低于30%: the verb's object is the standard, and the list it opens goes on
    after the comma. 落实可再生能源优先理念和《…目录》要求,新建校园应…,…覆盖率不低于50%: its object closes with its clause
    and holds no number; what the later clauses bound is read on its own (there a standard for new builds:
    _new_build_standard)."""
    stop = _CLAUSE_STOP.search(text, verb_end, pos)
    return stop is None or _number().search(text, verb_end, stop.start()) is not None


def _party_bound(text: str, start: int, end: int) -> bool:
    """企业类的牵头依托单位主体年度基础研究投入占总研发支出的比例不低于10%: a ratio of a party the rules are laid on
    (rules/parameters.yaml bound_parties), named in its own clause, is bounded for that party, not an aggregate
    (全市企业研发投入占比: an aggregate word before the party)."""
    m = _bound_party().search(text, start, end)
    return m is not None and not parameter_patterns()["aggregate"].search(text, start, m.start())


@functools.cache
def _bound_party() -> regex.Pattern:
    parties = rules.alternation(parameter_config()["bound_parties"])
    ratios = rules.alternation(parameter_config()["measured_nouns"])
    return regex.compile(rf"(?:{parties})[^,;:。\d]{{0,24}}?(?:{ratios})")


def ruled(before: str, q) -> str | None:
    """结构板进深不得超过2米, 层高放宽至6.5米, 留存比例不得低于10%: a limit the notice lays
    down (不得…, 放宽至, 上限为) is a rule of the policy, named by the words before it."""
    # (挑空部分层高从6米放宽至7.2米: the value it changes from is no number of the rule's words)
    unchanged = parameter_patterns()["start_value"].sub("", before)
    own = after_last_number(unchanged)
    rule = list(parameter_patterns()["rule"].finditer(own))
    if not rule or parameter_patterns()["commitment"].search(own):
        return None
    subject = own[:rule[-1].start()]
    clause = last_clause(subject).strip()
    if "、" in clause and clause.endswith(tuple(parameter_config()["sum_endings"])):
        return trim(clause)  # 长、宽、高之和不得超过1.8米: the sum of the members its clause lists (not the limit before)
    breaks = list(parameter_patterns()["break"].finditer(subject))
    name = trim(parameter_patterns()["between"].sub("", subject[breaks[-1].end():] if breaks else subject))
    if breaks and breaks[-1].group() == "的" and name:
        # (首层商铺的层高放宽至6.5米 -> 首层商铺层高: whose measure the rule sets is part of its name; 单户担保金额500万元及以下的
        # 占比: the words after a number close a condition, no owner)
        cut_by_number = len(breaks) == 1 and len(own) < len(unchanged)
        name = ("" if cut_by_number else owner_before(subject[:breaks[-1].end()])) + name
    return name[-parameter_config()["name_max_chars"]:] or None


def spread(text: str, before: str, q, clause_start: int) -> str | None:
    """利率政策下限调整为不低于相应期限贷款市场报价利率加20个基点, 利率下限为在LPR基础上减20个基点:
    a spread over the LPR in basis points, named by the rate it sets and the sign (…利率政策下限(LPR加点))."""
    if q.unit not in parameter_config()["spread_units"]:
        return None
    m = _SPREAD.search(before)
    if m is None:
        return None
    rate = _RATE_FILLER.sub("", before[:m.start()])
    breaks = list(parameter_patterns()["break"].finditer(rate))
    rate = trim(rate[breaks[-1].end():] if breaks else rate) or "利率"
    return f"{rate}(LPR{'减' if m.group('sign') in '减-' else '加'}点)"


_SPREAD = re.compile(r"(?:LPR|贷款市场报价利率|贷款基础利率)(?:\(LPR\))?的?(?:基础上)?[ ]*(?P<sign>加|减|\+|-)[ ]*$")


# what may stand between a rate's name and the LPR it is set against (调整为不低于相应期限…)
_RATE_FILLER = re.compile(r"(?:调整为|调整至|执行|为|按|在|不低于|不高于|不超过|相应期限|同期|一年期|的)+$")


def dwellings_allowed(doc: Document, f: Found, before: str) -> str | None:
    """总套数不超过3套, 总套数可增加1套, 可再购买1套住房, 在认定住房套数时核减1套: in a notice of
    measures, how many flats a household may own or buy is a rule of the policy (…套数), not a
    count to deliver (筹集房源500套, 新增保障性租赁住房2000套 have a commitment word)."""
    q, cfg = f.quantity, parameter_config()
    if q.unit not in cfg["dwelling_units"] or not notice_of_measures(doc):
        return None
    p = parameter_patterns()
    if p["commitment"].search(doc.text, f.clause_start, q.start):
        return None
    counted = _COUNTED.search(before)
    if counted:
        breaks = list(p["break"].finditer(before, 0, counted.start()))
        return trim(before[breaks[-1].end() if breaks else 0:counted.end()]) or None
    return "可购买住房套数" if _MAY_BUY.search(before) else None


_COUNTED = re.compile(r"套数(?=[^,;:。套]{0,8}$)")


_MAY_BUY = re.compile(r"可(?:再|在[^,;:。]{0,16})?(?:购买|购)[ ]*$")



def clamped(text: str, q, clause_start: int, sentence_start: int) -> str | None:
    """额度不足10万元的,按10万元批准贷款; 配租面积不足居住面积15平方米的,按照居住面积15平方米确定;超过居住面积45平方米的,
    按照居住面积45平方米确定: the value a case below (above) it is raised (lowered) to is the floor (cap) the rule sets,
    named <what the case measures>下限 (上限); the same number in the case only says which case. A case that names no
    measure shares the one of the case before it in the sentence (超过…的: the 配租面积 above)."""
    cfg = parameter_config()
    applied = _clamp_patterns()["applied"].fullmatch(text, clause_start, q.start)
    if applied is None:  # (rare: the cases before, a scan at every character of the sentence, are read only then)
        return None
    cases = list(_clamp_patterns()["case"].finditer(text, sentence_start, clause_start))
    case = cases[-1] if cases else None
    if case is None or case.end() != clause_start or case.group("amount") != text[q.start:q.end] \
            or applied.group("base") not in ("", case.group("base")):
        return None
    subject = next((c.group("subject") for c in reversed(cases) if c.group("subject").strip()), "")
    breaks = list(parameter_patterns()["break"].finditer(subject))
    measure = trim(subject[breaks[-1].end():] if breaks else subject)
    # (租金配租家庭的配租面积: whose measure it is stays in the name, as in ruled())
    owner = owner_before(subject[:breaks[-1].end()]) if breaks and breaks[-1].group() == "的" else ""
    limit = "下限" if case.group("bound") in cfg["clamp_floor_words"] else "上限"
    return owner + measure + limit if measure else None


@functools.cache
def _clamp_patterns() -> dict[str, regex.Pattern]:
    """A case below or above a number (rules/parameters.yaml clamp_floor_words, clamp_cap_words) closing its clause with
    的, and the value applied by 按 in the clause after it."""
    cfg = parameter_config()
    bounds = rules.alternation(cfg["clamp_floor_words"] + cfg["clamp_cap_words"])
    return {"case": regex.compile(rf"(?P<subject>[^,;:。]{{0,20}}?)(?P<bound>{bounds})(?P<base>[^,;:。\d]{{0,8}}?)"
                                  rf"(?P<amount>\d[\d.]*[^\d,;:。的]{{0,6}})的[ ]*,[ ]*"),
            "applied": regex.compile(r"[ ]*按照?[ ]*(?P<base>[^,;:。\d]{0,8})")}


def chosen_within(before: str, after: str, q) -> str | None:
    """具体标准由高校在每生每年2500—5000元范围内自主确定, 购房家庭可根据支付能力在50%—80%范围内选择产权份额比例:
    a range within which another body sets a standard, or a party chooses, is a setting of the policy, named
    by what is chosen (the noun after the verb) or else by the clause's subject (具体标准)."""
    p = parameter_patterns()
    choice = p["range_choice"].match(after)
    if q.value_max is None or choice is None or not p["within_lead"].search(before):
        return None
    chosen = first_object(after[choice.end():])
    if chosen:
        return chosen
    subject = re.split(r"由|在|可|根据|按|结合", last_clause(before))[0]
    return trim(subject) or None


def set_by_rules(doc: Document, f: Found, before: str) -> str | None:
    """有效日照不低于大寒日的3小时, 时间计算精度:不大于1分钟, R最大不超过150米, 指标按2.5车位/100平方米操场面积设置:
    in a notice of technical rules, a size, duration or rate it bounds, or a rate per area or household it applies
    by 按, with no word of commitment, is a standard set for builders, named by what it measures. A bound closing a
    condition (原有日照低于大寒日3小时的, 建筑高度低于4.5米(含4.5米)的) says which case is ruled, and a time counted
    from an event (受理后3个工作日内) is a step of procedure: neither."""
    q, ctx, text = f.quantity, f.context, doc.text
    if not notice_of_rules(doc) or ctx.kind != "level" or ctx.per or commits(text, f.clause_start, q.start):
        return None
    bounded = ctx.comparator or q.post in (">=", "<=", "<", ">") or q.symbol in (">=", "<=", "<", ">")
    per_measure_applied = "/" in q.unit and _APPLIED_BY.search(after_last_number(before))
    if not ((bounded and q.unit in parameter_config()["standard_units"]) or per_measure_applied):
        return None
    # (a bracket after the number glosses it, over a line break too: 低于4.5米(含⏎4.5米)的)
    rest = re.split(r"[,;:。\n]", _BRACKETED.sub("", text[q.end:q.end + NEAR]))[0]
    if "的" in rest or text[q.start:q.end].endswith("内") or rest.lstrip().startswith(("内", "以内")):
        return None
    name = ctx.indicators[0] if ctx.indicators else ""
    breaks = list(parameter_patterns()["break"].finditer(name))
    name = trim(_RULE_FILLER.sub("", name[breaks[-1].end():] if breaks and breaks[-1].end() < len(name) else name))
    return name or trim(last_clause(before)) or None


def notice_of_rules(doc: Document) -> bool:
    """Whether the notice sets technical rules (日照分析技术管理规则, 停车位配建标准实施细则) and states no goals."""
    def build(doc: Document) -> bool:
        title = " ".join(x for x in (doc.title, doc.plan_title) if x)
        return bool(parameter_patterns()["rule_title"].search(title)) and not states_goals(doc)
    return derived(doc, "notice_of_rules", build)


_BRACKETED = re.compile(r"\([^()]*\)")
# 按, then at most a bound word, right before the rate (指标按2.5车位/100平方米, 按不少于1车位/户)
_APPLIED_BY = re.compile(r"按(?:照)?[ ]*(?:不少于|不低于|不小于)?[ ]*$")
# words of the sentence before what a standard measures (应, 按不低于, 最大)
_RULE_FILLER = re.compile(r"(?:应|宜|须|按|不低于|不少于|不小于|不大于|不超过|最大|最小|为)+$")

