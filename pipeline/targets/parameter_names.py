"""Where a policy parameter's name is read from: the words written right after the number
(5万元购房补贴, 1.5%给予贴息), the name head ending the words before it (首付款比例调整为不低于15%),
the head a list of amounts closes with (40万元、15万元、8万元的购房补贴); and how a name read there
is trimmed to what readers write. The constructions that find a name in one kind of sentence
(grants, shares of a base, standards laid down) are in parameter_grants.py, parameter_shares.py
and parameter_standards.py; the parameters stage (parameters.py) tries them in order."""
from __future__ import annotations

import functools
import re

from .. import rules
from .indicators import mended
from .patterns import last_clause, parameter_config, parameter_patterns, patterns

# How far around a quantity its name is looked for: after it, and before it.
NEAR, FAR = 40, 80


@functools.lru_cache(maxsize=1024)  # (the words after a value repeat: 的补贴, 以上, none at all)
def name_after(after: str) -> str | None:
    """5万元购房补贴, 1%征收率, 2%的购房优惠, 1.5%给予贴息, 50%减征资源税: the name written
    right after the number, or after a grant verb that follows it."""
    p = parameter_patterns()
    rest = re.sub(r"^[ )]*(?:\([^()]{0,8}\))?[ ]*", "", after)
    rest = re.sub(r"^(?:人民币)?(?:的|之)?", "", rest)  # 2000元人民币奖励: the currency, not the name
    rest = p["standard_applied"].sub("", rest)  # 按照1000元/户的标准实施补助: the grant, not the verb (实施补助)
    head = p["head_end"].search(rest, 0, 14)
    if head and p["aggregate"].match(rest, head.end()):
        return None  # 在1000万元消费券总额内: the total of what is granted, no amount each one gets
    if head and not p["commitment"].search(rest, 0, head.start()) and not re.search(r"[、\d]", rest[:head.start()]):
        return trim(rest[:head.end()])
    closing = p["closing_head"].match(rest)
    if closing and not p["commitment"].search(closing.group()):
        return trim(closing.group())  # 给予企业10%的资金支持。 (not 资金支持中西部…建设)
    price = next((w for w in parameter_config()["price_after"] if rest.startswith(w)), None)
    if price:
        return price
    verb = p["grant"].match(rest)
    if verb and verb.group() not in parameter_config()["adjacent_grant_verbs"]:
        obj = first_object(rest[verb.end():])
        if obj:
            return obj if verb.group() in ("给予", "奖励", "补贴", "补助", "资助") else verb.group() + obj
        return verb.group()
    return None


def name_before(before: str, unit: str) -> str | None:
    """首付款比例调整为不低于15%, 每亩补助150元, 公积金贷款最高额度由60万元提高至80万元:
    a name head ending the words before the number (only setter verbs and bounds between)."""
    p = parameter_patterns()
    # (给予个人自付部分(不含起付线以下费用)30%救助: a head inside a closed bracket is the gloss's, not the number's)
    heads = [h for h in p["head_end"].finditer(before) if not _inside_brackets(before, h.start())]
    if not heads:
        return None
    head = heads[-1]
    gap = re.sub(r"\([^()]*\)", "", before[head.end():])  # 双职工(夫妻双方缴纳住房公积金)
    floor, gap_read = p["floor_end"].search(gap), gap
    gap = p["start_value"].sub("", gap)
    if unit in ("%", "倍") and _held_within().search(gap):
        return None  # 此项救助总支出应控制在当年筹资总额的10%以内: the spending held within a share, a goal (the base cut below hides it)
    if unit in ("%", "倍"):
        # 不低于合同总价的10%, 提高至夫妻双方住房公积金账户余额之和的25倍: the base of the share or multiple
        # (缴存基数原则上不超过本市统计部门公布的2015年度全市在岗职工月平均工资的3倍: after a bound, a longer base)
        gap = _bounded_base().sub(r"\g<bound>", gap, count=1) if _bounded_base().search(gap) else re.sub(r"[^,;:。]{1,16}的$", "", gap)
    gap = p["between"].sub("", p["base"].sub("", per_measure_patterns()["gap"].sub("", gap)))
    if len(gap) > 6 or p["commitment"].search(gap) or p["aggregate_adverb"].search(gap) \
            or (floor and p["aggregate"].search(gap)) or _total_per_period(before, gap):
        # (住院医疗费用支付比例总体平均达到75%左右; 提供人工智能服务券规模不少于10亿元: a floor on a total is what the
        # government provides, a cap on one is what each may get: 同一项目贴息总额不超过800万元)
        return None
    if gap.endswith(tuple(parameter_config()["fund_words"])):
        return None  # 风险补偿铺底资金达到1千万以上: the fund after the head is what the number measures
    start = max(0, head.end() - parameter_config()["name_max_chars"])
    window = before[start:head.end()]
    breaks = list(p["break"].finditer(window, 0, head.start() - start))
    raw = window[breaks[-1].end():] if breaks else window
    if breaks and breaks[-1].group() == "的" and trim(raw) in parameter_config()["generic_setting_heads"]:
        # (月基本养老金的最低标准调整为1463元: a head that names no setting of its own is the standard of the noun 的 closes,
        # 月基本养老金最低标准 as seventeenth H55C_06's reader writes it)
        owner = window[breaks[-2].end() if len(breaks) > 1 else 0:breaks[-1].start()]
        raw = owner + raw if owner.strip() and not p["commitment"].search(owner) else raw
    name = trim(raw)
    # (a commitment word inside the head itself is no commitment: 课后服务费)
    # (an aggregate in the base of the name is none: 缴存余额合计的倍数)
    if ((_aggregated(window, head.group()) and not p["setting"].match(head.group())
         and head.group() not in parameter_config()["multiple_heads"])
            or _commits_to(_stage().sub("", raw[:max(0, len(raw) - len(head.group()))]),
                           capped=bool(p["cap_end"].search(gap_read)) or raw.endswith(tuple(parameter_config()["running_total_limits"])))):
        return None  # 担保业务平均费率, 全年新增贷款额度: an outcome, not a setting
    if name.endswith(tuple(parameter_config()["fund_words"])) and not p["each_recipient"].search(name):
        return None  # 就业补助资金45亿元: a budget line (not 生均经费: what each student is funded)
    # (研发费用加计扣除比例由50%提高到75%: the text's own share noun after the head is the name's)
    share = next((w for w in parameter_config()["share_nouns"] if before.startswith(w, head.end())), "")
    return name + share if name else None


def _inside_brackets(words: str, at: int) -> bool:
    """Whether `at` stands inside a bracket closed before the words end."""
    opened = words.rfind("(", 0, at)
    return opened > words.rfind(")", 0, at) and words.find(")", at) >= 0


def _total_per_period(before: str, gap: str) -> bool:
    """每年贴息贷款总规模最高2000亿元, 每年奖补资金总额不超过2000万元: a total over a period with no recipient named
    is the government's own (docs/CONVENTIONS.md: a rule's own cap per period is a target, optional), not what each
    one gets (同一项目贴息总额不超过800万元, 每个项目每年…总额: a cap per recipient stays)."""
    p = parameter_patterns()
    if not p["aggregate"].search(gap):
        return False
    clause = last_clause(before)
    return bool(patterns()["per"].search(clause)) and not p["each_recipient"].search(clause) \
        and not any(word in clause for word in parameter_config()["one_recipient_words"])


def _commits_to(words: str, capped: bool) -> bool:
    """A word of commitment in the words of a name; 累计 before a cap sums what is granted over time
    (分年度给予奖励,累计奖励金额不超过30万元: a cap on the running total, a setting), as in a name of a limit
    (一年期保单的累计赔偿限额不得低于人民币1000万元: the limit a rule sets, whatever bounds it)."""
    return any(not (capped and m.group() == "累计") for m in parameter_patterns()["commitment"].finditer(words))


def _aggregated(window: str, head: str) -> bool:
    """An aggregate word in the name (担保业务平均费率, 全年新增贷款额度: an outcome over all); not an
    average of what a grant pays (平均资助标准由每生每年3300元提高到3700元, 平均每辆车补贴额由6万元提高至8万元:
    the policy sets the average it grants; nor where a grant's standard applies: 全省…人均财政补助标准)."""
    m = parameter_patterns()["aggregate"].search(window, window.rfind("的") + 1)
    if m is None:
        return False
    cfg = parameter_config()
    if head in cfg["per_person_line_heads"]:
        return False  # 年度合计救助金额封顶线: the line caps what each is paid over the year, no outcome over all
    if any(w in head for w in cfg["grant_words"]) and head.endswith(tuple(cfg["standard_nouns"])):
        return False  # 全省…人均财政补助标准提高30元: the standard of a grant, wherever it applies
    return m.group() not in cfg["aggregate_adverbs"] or not any(w in head for w in cfg["grant_words"])


# A stage the setting applies from (完成竣工验收备案后资金拨付比例, 取得预售许可后一个月累计可拨付比例): its
# 完成/取得 is no commitment of the notice.
@functools.cache
def _stage() -> re.Pattern:
    return re.compile(rf"^[^,;:。]*?(?:{parameter_config()['stage_from_words']})")


@functools.cache
def per_measure_patterns() -> dict[str, re.Pattern]:
    """The measures money may be set per, compiled once: right after the amount (400元每平方米),
    before it (每平方米给予150元; with the members of a list between: 平均每50公斤分别提高7.4元和16元), in a
    name's gap (最低收购价平均每50公斤分别提高7.4元: no words between the name and its value), and opening
    a standard whose values are listed after a colon (每月每平方米居住面积租金补贴标准是:黄浦区…为65元)."""
    cfg = parameter_config()
    measures = rules.alternation(list(cfg["per_measures"]))
    member = r"[\d.]+[^\d,;:。、和及与]{0,3}[、和及与]"
    return {"after": re.compile(rf"[ ]*每(\d*)({measures})"),
            "before": re.compile(rf"每(\d*)({measures})(?:[^\d,;。]|{member})*$"),
            # (亩均投入不低于1500元: a word averaging over a measure, rules/parameters.yaml averaged_per_measures)
            "averaged": re.compile(rf"({rules.alternation(list(cfg['averaged_per_measures']))})[^\d,;。]*$"),
            "gap": re.compile(rf"(?:平均)?每\d*(?:{measures})"),
            "gap_end": re.compile(rf"(?:平均)?每\d*(?:{measures})[ ]*$"),
            "listed": re.compile(rf"每(\d*)({measures})[^\d,;:。]{{0,16}}?(?:{rules.alternation(cfg['standard_lead_heads'])})"
                                 rf"(?:为|是|如下)[ ]*:")}


def per_measure(text: str, q, before: str, sentence_before: str) -> str:
    """每平方米给予150元 -> 元/平方米 (also 400元每平方米, 每平米500元): money set per measure keeps the measure;
    so does each value listed under a standard set per measure (`sentence_before`: the sentence up to the value)."""
    if q.unit not in parameter_config()["money_units"]:
        return q.unit
    per_measures = parameter_config()["per_measures"]
    per = per_measure_patterns()
    m = per["after"].match(text[q.end:q.end + 8]) or per["before"].search(before) \
        or per["before"].search(sentence_before[-FAR:]) or (
        list(per["listed"].finditer(sentence_before)) or [None])[-1]
    if m is None:
        return averaged_per(before, q.unit)
    # (每平米500元: the measure as readers write it, 平方米; 每50公斤提高5到7元: 元/50公斤)
    return f"{q.unit}/{m.group(1)}{per_measures[m.group(2)]}"


def averaged_per(before: str, unit: str) -> str:
    """市县财政配套资金亩均投入不低于1500元 -> 元/亩: money a word averages over a measure (rules/parameters.yaml
    averaged_per_measures), written in the clause before it, is set per that measure."""
    a = per_measure_patterns()["averaged"].search(before[-FAR:]) if unit in parameter_config()["money_units"] else None
    return f"{unit}/{parameter_config()['averaged_per_measures'][a.group(1)]}" if a else unit


def after_last_number(before: str) -> str:
    """What follows the last digit or % of `before` (as re.split(r"[\\d%]", before)[-1]),
    found from the end: splitting the whole clause again for every quantity of a long
    list (达到95%、95%、…) took quadratic time. (The engine reads the words reversed: a Python
    step per character cost more.)"""
    return before[len(before) - _NO_NUMBER.match(before[::-1]).end():]


_NO_NUMBER = re.compile(r"[^\d%]*")


def next_head(text: str, pos: int, sentence_end: int, reach: int = 60) -> str | None:
    """The name head written after a list of amounts (40万元、15万元、8万元的购房补贴)."""
    window = text[pos:min(sentence_end, pos + reach)]
    stop = re.search(r"[;。]", window)
    window = window[:stop.start()] if stop else window
    head = parameter_patterns()["head_end"].search(window)
    if not head or re.match(r"[ ]*[\d.]", window[head.end():]):
        return None  # (定额标准为每人每年4000元,最高可上浮50%: a head right before a number of its own names that one)
    start = max((m.end() for m in parameter_patterns()["break"].finditer(window, 0, head.start())), default=0)
    start = max(start, max((m.end() for m in re.finditer(r"[\d%元个]", window[:head.start()])), default=0))
    # (60万元(达到C类)资助: the bracket glosses the last amount, not the head)
    return trim(re.sub(r"^[ ]*\([^()]*\)", "", window[start:head.end()])) or None


def first_object(s: str) -> str:
    """An object up to the first break or stop (资源税(不含水资源税)、… -> 资源税)."""
    s = re.split(r"[,;:。、(]|和|及", s, maxsplit=1)[0]
    return trim(s[:parameter_config()["name_max_chars"]])


@functools.cache
def _name_lead() -> re.Pattern:
    return re.compile(rf"^(?:{rules.alternation(parameter_config()['name_lead_words'])})+(?=..)")


@functools.cache
def _held_within() -> re.Pattern:
    return re.compile(rules.alternation(parameter_config()["held_within_verbs"]))


@functools.cache
def _bounded_base() -> re.Pattern:
    """A bound word (rules/targets.yaml prefix_bounds) and the base of the share or multiple it bounds, up to 的 closing the
    words before the number (rules/parameters.yaml base_after_bound_max_chars at most)."""
    bounds = rules.alternation(list(rules.load("targets")["prefix_bounds"]))
    return re.compile(rf"(?P<bound>{bounds})[^,;:。]{{1,{parameter_config()['base_after_bound_max_chars']}}}的$")



@functools.cache
def _charged_fee() -> re.Pattern:
    """A verb of charging and the per-person markers before it (rules/parameters.yaml fee_charge_verbs, beneficiary_markers,
    fee_charge_markers) right before a fee: a name ending in 费 a few characters after them."""
    cfg = parameter_config()
    markers = rules.alternation(cfg["beneficiary_markers"] + cfg["fee_charge_markers"])
    verbs = rules.alternation(cfg["fee_charge_verbs"])
    # (the verb is needed: 生均经费 is a name, 生均 no word of the sentence there)
    return rules.compile_pattern(rf"(?:{markers})*(?:{verbs})(?=\p{{Han}}{{0,4}}费$)")


def trim(name: str) -> str:
    p = parameter_patterns()
    opened = name.rfind("(")
    if opened >= 0 and ")" not in name[opened:]:
        name = name[opened + 1:]  # 奖励(第一年奖励5万元: a bracket opened before the name glosses what precedes it
    if name.count("“") != name.count("”"):
        name = name.replace("“", "").replace("”", "")  # 最高1000万元“训力券”: the name read up to its head, in quotes
    name = p["lead_verbs"].sub("", name.strip()) or name.strip()  # 每辆…免税额, 单套住宅补贴限额 keep their marker
    name = _name_lead().sub("", name) or name  # 原则上按占…比例, 基础上上浮: words of the sentence
    # (客观题科目每人每科收取考务费 -> 客观题科目考务费: whom and how a fee is charged are words of the sentence)
    name = _charged_fee().sub("", name) or name
    # (a name made only of such words stays: 发放标准)
    for word in parameter_config()["cap_words"]:  # 最高补贴 -> 补贴, but 最高额度 and 最低首付比例 keep it
        # (and so does a name that is a head of its own: 最低标准)
        if name.startswith(word) and 0 < len(name) - len(word) <= 2 and name not in parameter_config()["generic_setting_heads"]:
            name = name[len(word):]
    return mended(name).strip(" 的,;:、")


def commits(text: str, start: int, end: int) -> bool:
    """A word of commitment in text[start:end] other than 累计, which beside a cap or a standard
    names a running total (累计拨付金额不超过…, 累计不超过0.2%), not a result to reach."""
    return any(m.group() != "累计" for m in parameter_patterns()["commitment"].finditer(text, start, end))


def commits_outside_name(text: str, start: int, end: int) -> bool:
    """A word of commitment in text[start:end] that is not inside the name of the ratio or duration the number
    bounds: 新建护理型床位占比不低于60%, 年度基础研究投入占总研发支出的比例不低于10%, 使用电子产品开展教学时长原则上
    不超过教学总时长的30% name which beds, spending or teaching is measured (a committing lead, 力争新建…比例不低于
    30%, commits all the same; so does 达到 before the number: …比例达到60%). 累计 is none, as for commits(); nor is a
    verb made a rate's noun by 率 (…可安装面积覆盖率不低于50%: 覆盖率 names what is measured)."""
    return any(m.group() in _committing_leads() or not _measured_name().fullmatch(text, m.end(), end)
               for m in parameter_patterns()["commitment"].finditer(text, start, end)
               if m.group() != "累计" and not text.startswith("率", m.end()))


@functools.cache
def _committing_leads() -> frozenset[str]:
    return frozenset(rules.load("targets")["committing_leads"])


@functools.cache
def _measured_name() -> re.Pattern:
    """The rest of a measured noun's name after a word inside it, then its bound and the base it is a share of
    (…占总研发支出的比例不低于, …时长原则上不超过教学总时长的)."""
    cfg = parameter_config()
    bounds = rules.alternation(list(rules.load("targets")["prefix_bounds"]) + cfg["rule_words"])
    nouns, adverbs = rules.alternation(cfg["measured_nouns"]), rules.alternation(cfg["rule_adverbs"])
    return re.compile(rf"[^,;:。\d]{{1,24}}?(?:{nouns})[ ]*(?:{adverbs})?[ ]*(?:(?:{bounds})[^,;:。\d达]{{0,24}}?的?)?[ ]*")


