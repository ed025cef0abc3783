"""Where a policy parameter's name is read from: the words written right after the number
(5万元购房补贴, 1.5%给予贴息), the name head ending the words before it (首付款比例调整为不低于15%),
the head a list of amounts closes with (40万元、15万元、8万元的购房补贴); and how a name read there
is trimmed to what readers write. The constructions that find a name in one kind of sentence
(grants, shares of a base, standards laid down) are in parameter_grants.py, parameter_shares.py
and parameter_standards.py; the parameters stage (parameters.py) tries them in order."""
from __future__ import annotations

import functools
import itertools
import re

from .. import rules
from .. import words as segmentation
from .indicators import mended
from .patterns import ITEM_LABEL, last_clause, parameter_config, parameter_patterns, patterns, with_grants

# How far around a quantity its name is looked for: after it, and before it.
NEAR, FAR = 40, 80


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
    heads = list(p["head_end"].finditer(before))
    if not heads:
        return None
    head = heads[-1]
    gap = re.sub(r"\([^()]*\)", "", before[head.end():])  # 双职工(夫妻双方缴纳住房公积金)
    floor, gap_read = p["floor_end"].search(gap), gap
    gap = p["start_value"].sub("", gap)
    if unit in ("%", "倍"):
        # 不低于合同总价的10%, 提高至夫妻双方住房公积金账户余额之和的25倍: the base of the share or multiple
        gap = re.sub(r"[^,;:。]{1,16}的$", "", gap)
    gap = p["between"].sub("", p["base"].sub("", _per_measure_patterns()["gap"].sub("", gap)))
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
    name = trim(raw)
    # (a commitment word inside the head itself is no commitment: 课后服务费)
    # (an aggregate in the base of the name is none: 缴存余额合计的倍数)
    if ((_aggregated(window, head.group()) and not p["setting"].match(head.group())
         and head.group() not in parameter_config()["multiple_heads"])
            or _commits_to(_STAGE.sub("", raw[:max(0, len(raw) - len(head.group()))]),
                           capped=p["cap_end"].search(gap_read) or raw.endswith(tuple(parameter_config()["running_total_limits"])))):
        return None  # 担保业务平均费率, 全年新增贷款额度: an outcome, not a setting
    if name.endswith(tuple(parameter_config()["fund_words"])) and not p["each_recipient"].search(name):
        return None  # 就业补助资金45亿元: a budget line (not 生均经费: what each student is funded)
    # (研发费用加计扣除比例由50%提高到75%: the text's own share noun after the head is the name's)
    share = next((w for w in parameter_config()["share_nouns"] if before.startswith(w, head.end())), "")
    return name + share if name else None


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
    if any(w in head for w in cfg["grant_words"]) and head.endswith(tuple(cfg["standard_nouns"])):
        return False  # 全省…人均财政补助标准提高30元: the standard of a grant, wherever it applies
    return m.group() not in cfg["aggregate_adverbs"] or not any(w in head for w in cfg["grant_words"])


# A stage the setting applies from (完成竣工验收备案后资金拨付比例, 取得预售许可后一个月累计可拨付比例): its
# 完成/取得 is no commitment of the notice.
_STAGE = re.compile(r"^[^,;:。]*?(?:之后|以后|后|时)(?![续期])")


@functools.cache
def _per_measure_patterns() -> dict[str, re.Pattern]:
    """The measures money may be set per, compiled once: right after the amount (400元每平方米),
    before it (每平方米给予150元; with the members of a list between: 平均每50公斤分别提高7.4元和16元), in a
    name's gap (最低收购价平均每50公斤分别提高7.4元: no words between the name and its value), and opening
    a standard whose values are listed after a colon (每月每平方米居住面积租金补贴标准是:黄浦区…为65元)."""
    cfg = parameter_config()
    measures = rules.alternation(list(cfg["per_measures"]))
    member = r"[\d.]+[^\d,;:。、和及与]{0,3}[、和及与]"
    return {"after": re.compile(rf"[ ]*每(\d*)({measures})"),
            "before": re.compile(rf"每(\d*)({measures})(?:[^\d,;。]|{member})*$"),
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
    per = _per_measure_patterns()
    m = per["after"].match(text[q.end:q.end + 8]) or per["before"].search(before) \
        or per["before"].search(sentence_before[-FAR:]) or (
        list(per["listed"].finditer(sentence_before)) or [None])[-1]
    # (每平米500元: the measure as readers write it, 平方米; 每50公斤提高5到7元: 元/50公斤)
    return f"{q.unit}/{m.group(1)}{per_measures[m.group(2)]}" if m else q.unit


def after_last_number(before: str) -> str:
    """What follows the last digit or % of `before` (as re.split(r"[\\d%]", before)[-1]),
    found from the end: splitting the whole clause again for every quantity of a long
    list (达到95%、95%、…) took quadratic time."""
    i = len(before)
    while i and not (before[i - 1].isdecimal() or before[i - 1] == "%"):
        i -= 1
    return before[i:]


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
    return trim(window[start:head.end()]) or None


def owner_before(words: str) -> str:
    """首层商铺的 -> 首层商铺, …二孩及以上多子女家庭租房提取公积金的 -> 租房提取公积金: whose measure a name is, the words
    right before the 的 that `words` closes with, up to a break and at most owner_max_chars in whole words; empty where
    they close a stage or a relative clause (改造后的, 乘客所携带的) or follow a number (500万元及以下的: a condition)."""
    cfg = parameter_config()
    if not words.endswith("的"):
        return ""
    lead = _owner_break().split(words[:-1])[-1]
    if re.search(r"[\d%]", lead[-1:] if lead == words[:-1] else lead) or not lead:
        return ""
    owner = ""
    for w in reversed(segmentation.words(lead)):
        if re.search(r"[\d%]", w) or len(owner) + len(w) > cfg["owner_max_chars"]:
            break
        owner = w + owner
    # (…担保金额占全部担保金额的比例: a share against a base, named by the share rules)
    if len(owner) < 2 or owner.endswith(tuple(cfg["stage_endings"])) \
            or any(w in lead for w in cfg["relative_clause_words"] + cfg["share_base_words"]):
        return ""
    return owner


@functools.cache
def _owner_break() -> re.Pattern:
    """Where the words owning a measure start at the latest: a stop, a bracket, a space, a number or a word of
    rules/parameters.yaml owner_breaks."""
    return re.compile(rf"[,;:。、()\s]|\d|{rules.alternation(parameter_config()['owner_breaks'])}")


def owned(text: str, clause_start: int, q_start: int, name: str) -> str | None:
    """每人分摊的额度不能超过每月1000元 -> 每人分摊额度, 租房提取公积金的额度,由…提高至1.8万元 -> 租房提取公积金额度: a bare
    head that says only what kind of number it is (rules/parameters.yaml owned_heads) is named with whose it is."""
    if name not in parameter_config()["owned_heads"]:
        return None
    # (…租房提取公积金的额度,由每年每人1.5万元提高至1.8万元: the name's clause may be the one before the number's)
    words = text[max(0, clause_start - FAR):q_start]
    at = words.rfind("的" + name)
    owner = owner_before(words[:at + 1]) if at >= 0 else _subject_owner(text, clause_start, q_start, name)
    return owner + name if owner else None


def _subject_owner(text: str, clause_start: int, q_start: int, name: str) -> str:
    """每张消费券按300元/平方米确定额度 -> 购房消费券: the thing its clause opens with, each one of which the head is
    reckoned for, in the fuller words the paragraph wrote it with before (发放…购房消费券5000张), as readers of
    realestate_0092 and 0094 write 购房消费券额度."""
    m = _SUBJECT_EACH.match(text, clause_start, q_start)
    if m is None or name not in re.split(r"[,;:。]", text[m.end():q_start + NEAR])[0]:
        return ""  # (the head in the clause, before the number or after it: 按300元/平方米确定额度)
    thing = m.group("thing")
    paragraph = text.rfind("\n", 0, clause_start) + 1
    earlier = [w for w in (segmentation.words(text[max(paragraph, k - 4):k]) for k in _starts_of(text, thing, paragraph, clause_start)) if w]
    fuller = earlier[-1][-1] if earlier and len(earlier[-1][-1]) >= 2 and _OWNER_WORD.fullmatch(earlier[-1][-1]) else ""
    return fuller + thing


def _starts_of(text: str, word: str, start: int, end: int) -> list[int]:
    return [start + m.start() for m in re.finditer(re.escape(word), text[start:end])]


# 每张消费券按…确定额度: each one of a thing its clause opens with, then the standard it is reckoned by
_SUBJECT_EACH = re.compile(r"[ ]*每[张个份套件](?P<thing>[\u4e00-\u9fff]{2,6}?)(?:按照|按|依照)")
_OWNER_WORD = re.compile(r"[\u4e00-\u9fff]+")


def discounted(text: str, clause_start: int, q, clause_end: int, name: str) -> str | None:
    """车辆通行费给予6%优惠 -> 车辆通行费优惠, 给予不低于85折优惠的中介费 -> 中介费优惠, 手续费实行九折优惠 -> 手续费优惠: a bare
    discount (rules/parameters.yaml discount_heads) is named by the price it is taken off, written after 优惠的 or before the
    number (the verb granting it and bound words between), as realestate_0148's reader writes 中介费优惠."""
    if name not in parameter_config()["discount_heads"]:
        return None
    after = re.match(rf"[ ]*(?:的)?[ ]*{name}的([\u4e00-\u9fff]{{2,6}}?)(?=[ ,;:。]|$)", text[q.end:clause_end])
    if after:
        return after.group(1) + name
    cfg = parameter_config()
    lead = parameter_patterns()["between"].sub("", text[clause_start:q.start])
    lead = re.sub(rf"(?:{rules.alternation(cfg['discount_verbs'])})[ ]*$", "", lead)
    owner = owner_before(lead + "的")
    # (开发企业给予3%优惠: who gives it is no price)
    return owner + name if owner.endswith(tuple(cfg["discounted_prices"])) else None


def first_object(s: str) -> str:
    """An object up to the first break or stop (资源税(不含水资源税)、… -> 资源税)."""
    s = re.split(r"[,;:。、(]|和|及", s, maxsplit=1)[0]
    return trim(s[:parameter_config()["name_max_chars"]])


@functools.cache
def _name_lead() -> re.Pattern:
    return re.compile(rf"^(?:{rules.alternation(parameter_config()['name_lead_words'])})+(?=..)")


def trim(name: str) -> str:
    p = parameter_patterns()
    opened = name.rfind("(")
    if opened >= 0 and ")" not in name[opened:]:
        name = name[opened + 1:]  # 奖励(第一年奖励5万元: a bracket opened before the name glosses what precedes it
    if name.count("“") != name.count("”"):
        name = name.replace("“", "").replace("”", "")  # 最高1000万元“训力券”: the name read up to its head, in quotes
    name = p["lead_verbs"].sub("", name.strip()) or name.strip()  # 每辆…免税额, 单套住宅补贴限额 keep their marker
    name = _name_lead().sub("", name) or name  # 原则上按占…比例, 基础上上浮: words of the sentence
    # (a name made only of such words stays: 发放标准)
    for word in parameter_config()["cap_words"]:  # 最高补贴 -> 补贴, but 最高额度 and 最低首付比例 keep it
        if name.startswith(word) and 0 < len(name) - len(word) <= 2:
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
    30%, commits all the same; so does 达到 before the number: …比例达到60%). 累计 is none, as for commits()."""
    return any(m.group() in _committing_leads() or not _measured_name().fullmatch(text, m.end(), end)
               for m in parameter_patterns()["commitment"].finditer(text, start, end) if m.group() != "累计")


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


@functools.cache
def _renaming_patterns() -> dict[str, re.Pattern]:
    cfg = parameter_config()
    return {"base_change": rules.compile_pattern(cfg["base_change"] + r"(?P<rest>[^,;:。\d]{0,8})$"),
            # (the change, what stands between the name and it: 分别再提高, 在同等条件下提高, 的降幅在; bounds after it)
            "change_by": rules.compile_pattern(rf"(?P<change>{rules.alternation(cfg['change_by_nouns'] + cfg['change_by_verbs'])})"
                                               rf"(?:{rules.alternation(cfg['change_by_between'])}|[ ])*$"),
            "change_suffix": rules.compile_pattern(rf"(?:{rules.alternation(cfg['change_by_nouns'])}|(?:{rules.alternation(cfg['change_by_verbs'])})"
                                                   rf"(?:{rules.alternation(list(cfg['change_by_suffixes'].values()))})?)$"),
            "base_own": rules.compile_pattern(rf"^(?:{rules.alternation(cfg['base_own_words'])})"),
            "charge_verb": rules.compile_pattern(rf"(?:{rules.alternation(cfg['charge_verb_names'])})"),
            # (the last of them: none after it)
            "applied_by": rules.compile_pattern(rf"(?:{rules.alternation(cfg['applied_by_words'])})"
                                                rf"[^{''.join(sorted({w[0] for w in cfg['applied_by_words']}))}]*$"),
            "share_base": rules.compile_pattern(rf"(?:按照|按|依照|依据)[ ]*(?:{rules.alternation(cfg['share_base_bounds'])})?"
                                                rf"(?P<base>[^,;:。按依\d]{{1,24}})的[ ]*$"),
            "share_set": rules.compile_pattern(rf"^[ ]*(?P<verb>{rules.alternation(cfg['share_set_verbs'])})"
                                               rf"(?P<object>[^,;:。、()\d%]{{1,10}}?)[ ]*(?=[,;:。(]|$)"),
            # (after 的, or right after the other values of the list: 最高50万、30万、10万元经费支持)
            "grant_after": rules.compile_pattern(rf"^(?:[^,;:。]*?的|(?:[ ]*[、和及与][ ]*[\d.]+[ ]*[万亿千百]?元?)*[ ]*)"
                                                 rf"(?P<grant>\p{{Han}}{{0,6}}?"
                                                 rf"(?:{rules.alternation(cfg['granted_after_endings'])}))(?=[ ,;:。)]|$)")}


def renamed(text: str, sentence_start: int, clause_start: int, before: str, unit: str, name: str, after: str) -> str:
    """A name read from the wrong neighbour of the number, renamed by what the number sets: the change
    on a base (在原有最高贷款额度的基础上增加15万元 -> 最高贷款额度增加), the topic before a colon when the
    clause after it names only a qualifier (门窗(阳台抗震加固)改造提取额度:同一套住房不得超过2万元), the tax or
    price a bare verb of charging leaves unnamed (小排量汽车购置税按7.5%征收 -> 小排量汽车购置税率)."""
    # (a spread over the LPR, 在贷款市场报价利率基础上下调40个基点, is named by the rate it sets: parameter_standards.spread)
    on_base = None if unit in parameter_config()["spread_units"] else _changed_on_base(before, unit)
    return (on_base or _topic_before_colon(text, clause_start, name)
            or _charged(text[max(sentence_start, clause_start - FAR):clause_start], before, unit, name)
            or _changed_bare(before, name) or _set_on_base(before, unit, name, after)
            or _paid_as_earlier(text[sentence_start:clause_start], before, unit, after) or _grant_after(after, name)
            or _changed_by(before, unit, name) or name)


def _changed_by(before: str, unit: str, name: str) -> str | None:
    """最高贷款额度在同等条件下提高10万元 -> 最高贷款额度提高额, 基本养老金继续提高10% -> 基本养老金提高比例, 支付比例的降幅
    在20个百分点左右 -> 支付比例降幅: a change by an amount written after the name read sets the change, not the level
    (rules/parameters.yaml change_by_verbs). Only where the name stands in the words before the change, a few words
    at most between (分别, 再, 在同等条件下)."""
    cfg = parameter_config()
    m = _renaming_patterns()["change_by"].search(before)
    if m is None or name.endswith(tuple(cfg["change_by_verbs"] + cfg["change_by_nouns"])):
        return None
    at = before.rfind(name, 0, m.start("change"))
    gap = before[at + len(name):m.start("change")]
    kind = change_kind(unit)
    # (在贷款市场报价利率基础上下调40个基点: a spread, named by the rate it sets, parameter_standards.spread; 总套数可增加1套:
    # a count keeps the name its table is chosen by)
    if at < 0 or len(gap) > 8 or re.search(r"[,;:。\d%]", gap) or kind not in cfg["change_by_suffixes"]:
        return None
    change = m.group("change")
    return name + change + ("" if change in cfg["change_by_nouns"] else cfg["change_by_suffixes"][kind])


def _set_on_base(before: str, unit: str, name: str, after: str) -> str | None:
    """资金按项目销售总金额的10%计算留存 -> 留存比例, 按起始价的20%确定竞买保证金 -> 竞买保证金比例: a share reckoned
    on a base and set by the verb after it is named by what the verb sets, where the name read was the base or the
    bare object (rules/parameters.yaml share_set_verbs)."""
    if unit != "%":
        return None
    r = _renaming_patterns()
    base, setting = r["share_base"].search(before), r["share_set"].match(after)
    if base is None or setting is None:
        return None
    what = trim(setting.group("object"))
    read = name.removesuffix("比例")
    read = read[read.rfind("占") + 1:]
    of_base = bool(read) and read in base.group("base")
    if what.endswith(tuple(with_grants("grant_share_heads"))):
        # (a grant is named <grant>比例 and qualified where the row is made: parameters.named)
        return what if of_base else None  # 按合同总价的1%发放购房补助 -> 购房补助(比例)
    if not what or not (of_base or read in (what, setting.group("verb") + what)):
        return None
    return what if what.endswith("比例") else what + "比例"


def _paid_as_earlier(earlier: str, before: str, unit: str, after: str) -> str | None:
    """保险经纪公司缴存保证金的,应当按注册资本的5%缴存 -> 保证金缴存比例: a share reckoned on a base and closed by a bare
    verb of paying (rules/parameters.yaml share_set_verbs) is named by what the same verb pays earlier in the sentence,
    not by the base."""
    if unit != "%" or _renaming_patterns()["share_base"].search(before) is None:
        return None
    verb = re.match(rf"[ ]*({rules.alternation(parameter_config()['share_set_verbs'])})[ ]*$", after)
    if verb is None:
        return None
    # (the part of the sentence after its last ;: 不计收开工违约金,…;竣工违约的,…按…总额的1.5%计收 pays another thing)
    paid = list(re.finditer(rf"(?<!不){verb.group(1)}([\u4e00-\u9fff]{{2,8}}?)(?:的|[ ]*[,:]|$)", earlier.rpartition(";")[2]))
    return trim(paid[-1].group(1)) + verb.group(1) + "比例" if paid else None


def _changed_bare(before: str, name: str) -> str | None:
    """资金使用额度可上浮10%: a bare verb of change named by what changes, the words before it in the clause."""
    if name not in parameter_config()["change_verb_names"]:
        return None
    at = before.rfind(name)
    if at < 0:
        return None
    p = parameter_patterns()
    clause = last_clause(before[:at])
    # (在100万元基础上上浮20%: the frame of a base names nothing)
    words = re.sub(r"的?基础上$", "", p["between"].sub("", clause).strip())
    # (限额标准最高可上浮20%: a measure of the name is what changes, the text's word kept, as ninth doc_0064's reader
    # writes 限额标准上浮比例; only bound words are dropped)
    rest = clause[clause.find(words) + len(words):] if words else ""
    words += next((m for m in parameter_config()["head_measures"] if rest.startswith(m)), "")
    breaks = list(p["break"].finditer(words))
    subject = trim(words[breaks[-1].end():] if breaks else words)
    return subject + name if 2 <= len(subject) <= parameter_config()["name_max_chars"] else None


def _grant_after(after: str, name: str) -> str | None:
    """给予不超过总投入30%、最高3000万元的经费支持: a bare verb of granting named by the grant after the values."""
    if name not in parameter_config()["grant_verbs"]:
        return None
    m = _renaming_patterns()["grant_after"].search(after)
    return m.group("grant") if m else None


def _changed_on_base(before: str, unit: str) -> str | None:
    r, p = _renaming_patterns(), parameter_patterns()
    m = r["base_change"].search(before)
    if m is None or p["between"].sub("", m.group("rest")).strip():
        return None
    subject = trim(re.split(r"[、和及的]", m.group("subject"))[-1])
    if not (subject and p["head_end"].search(subject) and p["head_end"].search(subject).end() == len(subject)):
        subject = trim(r["base_own"].sub("", m.group("base").strip()))
    if not subject:
        return None
    # (增加15万元 -> 增加额, 上浮25% -> 上浮比例: what the number is of the change, as _changed_by names it)
    return subject + m.group("verb").lstrip("再") + parameter_config()["change_by_suffixes"].get(change_kind(unit), "")


def change_kind(unit: str) -> str:
    """The kind of a change's number its name is suffixed by (rules/parameters.yaml change_by_suffixes): money, per
    measure or period too (提高10万元, 提高100元/月: money, 提高额), else the unit itself (上浮20%: %, 上浮比例)."""
    money = parameter_config()["money_units"]
    return "money" if unit in money or unit.split("/")[0] in money else unit


def without_change(name: str) -> str:
    """最高贷款额度提高额 -> 最高贷款额度: a name less the change _changed_by wrote after it."""
    m = _renaming_patterns()["change_suffix"].search(name)
    return name[:m.start()] if m and m.start() >= 2 else name


def _topic_before_colon(text: str, clause_start: int, name: str) -> str | None:
    """水、电、气、暖提取额度:同一套住房不得超过5万元: the head the line opens with names the cap."""
    p = parameter_patterns()
    colon = clause_start - 1
    while colon > 0 and text[colon] == " ":
        colon -= 1
    if colon <= 0 or text[colon] != ":" or _ends_in_head(name):
        return None
    start = max(text.rfind(c, 0, colon) for c in ",;。\n:") + 1
    topic = trim(text[start:colon])
    return topic if topic and _ends_in_head(topic) and not p["commitment"].search(topic) else None


def _ends_in_head(name: str) -> bool:
    return any(m.end() == len(name) for m in parameter_patterns()["head_end"].finditer(name))


def _charged(earlier: str, before: str, unit: str, name: str) -> str | None:
    r = _renaming_patterns()
    if not r["charge_verb"].fullmatch(name):
        return None
    applied = r["applied_by"].search(before)
    if applied is None:
        # 土地出让金可实行分期缴纳,土地出让后1个月内缴纳金额不低于50%: the share of what the sentence says is paid
        paid = list(_paid_things().finditer(earlier + before)) if unit == "%" else []
        return paid[-1].group() + name + "比例" if paid else None
    subject = trim(last_clause(before[:applied.start()]))
    if not subject:
        return None
    return subject + ("率" if subject.endswith("税") and unit == "%" else "")


@functools.cache
def _paid_things() -> re.Pattern:
    """What a share may be paid of: a land price or a name head (保证金)."""
    words = parameter_config()["land_price_nouns"]
    return rules.compile_pattern(rf"(?:{rules.alternation(words)})|(?:{parameter_patterns()['head_end'].pattern})")


def respective_names(text: str, clause_start: int, first_start: int, names: list[str]) -> list[str] | None:
    """普通标准住宅、非普通标准住宅、其他类型房地产土地增值税预征率分别按1.5%、2%、2.5%执行: members listed before
    a shared head and 分别 give the n-th value to the n-th member, named member + head (普通标准住宅土地增值税预征率 …),
    as 均 gives one value to each (parameters.each_member). None where the list cannot be read."""
    k = len(names)
    if k < 2 or len(set(names)) != 1:
        return None
    lead = text[clause_start:first_start]
    at = lead.rfind("分别")
    if at < 0:
        return None
    # (the measure the values are set per closes no member: 小麦、稻谷最低收购价平均每50公斤分别提高7.4元和16元)
    segment = _per_measure_patterns()["gap_end"].sub("", last_clause(lead[:at]))
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
    # (6个月内缴纳金额不低于70%: what follows a number is no member; 申请补贴,最高1万元: a grant head names the value itself)
    if not 2 <= len(member) <= 8 or not all("\u4e00" <= ch <= "\u9fff" for ch in member) or member in previous_name \
            or parameter_patterns()["head_end"].search(member):
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
    if 2 <= len(prefix) <= 6 and _START_VALUE.search(gap) and not parameter_patterns()["head_end"].search(prefix):
        return member + name
    return None


# the value a member's clause changes from (单人从50万元提高到, 夫妻双方由80万元调整为)
_START_VALUE = re.compile(r"(?:从|由)[ ]*[\d.]")


def _member_words(gap: str) -> str:
    """,双缴存调整为 -> 双缴存; ,单方缴存的由35万元增加到 -> 单方缴存; 、二次贷款提高至 -> 二次贷款."""
    p = parameter_patterns()
    words = p["start_value"].sub("", re.sub(r"\([^()]*\)", "", gap))
    if re.search(r"\d", words):
        return ""
    words = re.sub(r"^(?:对|其中|凡|而)+|的$", "", words.strip(" ,、和及与或"))
    # (单人提高到: a member that is a word of beneficiaries too, 单人, stays; only the verb giving its value goes)
    return p["between"].sub("", words).strip() or re.sub(rf"(?:{rules.alternation(parameter_config()['member_value_verbs'])})[至到为]?$", "", words)


@functools.cache
def _recipient_pattern() -> re.Pattern:
    cfg = parameter_config()
    lead = rules.alternation(cfg["recipient_leads"])
    # (对X的, ; 对X给予; 对X分别奖励: up to the 的 that closes the clause's condition, or the grant)
    return re.compile(rf"(?:^|[,;:。])[ ]*(?:凡|其中)?(?:{lead})(?P<who>[^,;:。对]{{2,60}}?)"
                      rf"(?:的[ ]*,|的[ ]*$|[ ]*,|(?=给予|分别|按|根据|一次性|奖励|补贴|补助))")


def granted_to(text: str, sentence_start: int, clause_start: int, q_start: int, name: str) -> str | None:
    """对在主板上市企业,给予企业500万元奖励 -> 主板上市企业奖励; 对初次认定为国家高新技术企业的,给予企业20万元奖励 -> 国家高新
    技术企业奖励: a bare grant named by whom or what the 对 that opens its part of the sentence grants it to; 分别 with a
    list of them gives each value its member (对被列入国家级、省级知识产权优势企业分别奖励30万元、20万元)."""
    cfg = parameter_config()
    grant = next((g for g in _recipient_names() if name.endswith((g, g + "比例"))), None)
    if grant is None:
        return None
    bare = name[name.rfind(grant):]
    part_start = max(sentence_start, *(text.rfind(c, sentence_start, q_start) + 1 for c in ";。"))
    part = _LABEL.sub("", text[part_start:q_start])  # (二)对…, 1.对…: the item's label opens no words
    found = list(_recipient_pattern().finditer(part))
    if not found:
        return None
    if part.count(",", found[-1].end()) > 1:
        return None  # 对农村户籍家庭,新落户…的城镇居民,现役军人,…: one of many, not whom the grant is for
    # (a note in brackets, 市级以上(含市级), is no part of who; a name's own bracket, 企业技术(研发)中心, is)
    # (nor a list of examples, 种植绿肥(红花草、青蚕豆、景观油菜等))
    who = re.sub(r"\((?:含|不含|包括|包含|以下|下同)[^()]*\)|\([^()]*(?:、|等)[^()]*\)", "", found[-1].group("who")).replace(" ", "")
    # (对新创建天府旅游名县…的县级政府: winning a designation, no commitment; 对开展通信…服务的企业 commits to nothing either, but
    # names what qualifies by its activity, as readers leave it out)
    without_designation_verb = re.sub(f"^(?:{rules.alternation(cfg['won_designation_verbs'])})", "", who)
    if re.search(r"[\d%]", who) or parameter_patterns()["commitment"].search(without_designation_verb):
        return None  # 面积在100亩以上的: a condition on an amount is a qualifier of its own
    # 对到市区自主创业就业的全日制博士研究生: who, after what they do; 认定为…中心的企业: what, before a bare who
    head, _, tail = who.rpartition("的")
    generic = cfg["recipient_generic"]
    if (head and tail in cfg["recipient_costs"]) or re.search(f"等(?:{rules.alternation(generic)})$", who):
        return None  # 产生的费用: a base; 数字基础设施、公共服务平台等项目: examples of what qualifies, no name
    # 的农业生产经营主体, 的企业, 的县级政府、园区管委会 (parties listed)
    bare_party = all(t.endswith(tuple(generic)) and len(t) <= 8 for t in tail.split("、"))
    who = head if head and bare_party else (tail if head and len(tail) >= 6 else who.replace("的", ""))
    verbs = rules.alternation(sorted(cfg["recipient_verbs"], key=len, reverse=True))
    # (对符合支持条件的单个平台, 对于符合条件的农民, …等符合条件的人才群体: that they qualify says nothing of who they are)
    who = re.sub(rf"(?:^|(?<=等)){cfg['recipient_condition']}", "", who).strip() or who
    who = re.sub(rf"^(?:[^,]{{0,6}}期间)?(?:(?:{verbs})[ ]*)*", "", who).strip()  # (秋冬期间种植绿肥: when is no who)
    members = _respective_members(who)
    at = part.rfind("分别", found[-1].end())
    # (a list each member of which 分别 gives its value is measured by its members: 对新创建天府旅游名县、天府旅游特色县、国家级
    # 全域旅游示范区、省级全域旅游示范区的县级政府,分别给予…)
    longest = max(map(len, members)) if members and at >= 0 else len(who)
    if not 2 <= longest <= 24 or who in generic:
        return None
    if members and at >= 0:
        index = len(re.findall(r"\d+(?:\.\d+)?", part[at:]))
        if index >= len(members):
            return None
        who = members[index]
    # (a name read already with its recipient, or the neighbour's member a list copied, is named anew)
    prefix = name[:len(name) - len(bare)]
    if prefix and prefix not in (who, *members):
        # (…博士研究生、硕士研究生和全日制本科生,…分别给予30万元、10万元: the neighbour's name copied for the next value, its
        # member put in place of the neighbour's, the rest of its words kept: 硕士研究生一次性购房补贴)
        neighbour = next((m for m in members if prefix.startswith(m)), None) if members and at >= 0 else None
        return who + prefix[len(neighbour):] + bare if neighbour is not None and neighbour != who else None
    return joined(who, bare)  # 对于人才购房的 + 购房补贴: 人才购房补贴


def joined(left: str, right: str) -> str:
    """人才购房 + 购房补贴 -> 人才购房补贴, 保障性住房 + 住房公积金贷款 -> 保障性住房公积金贷款: words the left part ends
    with and the right part opens with (two characters at least) are written once."""
    overlap = next((k for k in range(min(len(left), len(right)), 1, -1) if left.endswith(right[:k])), 0)
    return left + right[overlap:]


_LABEL = re.compile(r"^[ ]*" + ITEM_LABEL + r"?[ ]*")
# a bracket opening the rest of a name, glossing the member before it (分布式光伏(含户用光伏)奖励标准)
_GLOSS_OPENING = re.compile(r"^\([^()]*\)")


@functools.cache
def _recipient_names() -> tuple[str, ...]:
    return tuple(sorted(parameter_config()["recipient_names"], key=len, reverse=True))


def _respective_members(who: str) -> list[str]:
    """国家级、省级知识产权优势企业 -> 国家级知识产权优势企业, 省级知识产权优势企业: members listed before a head the last
    one carries (each short, a level or a rank); [] where the words are no such list."""
    parts = re.split(r"[、和及与]", who)
    if len(parts) < 2 or any(not 2 <= len(x) <= 16 for x in parts):
        return []
    last = parts[-1]
    first = parts[0]
    if all(len(x) >= 4 for x in parts[:-1]):
        return parts  # 全日制博士研究生、硕士研究生: whole members
    words = segmentation.words(last)
    if len(first) <= 3 and len(words) > 1 and len(words[0]) <= 3 and not any(last[n - 1] == first[-1] for n in range(1, 5)):
        return [x + last[len(words[0]):] for x in parts[:-1]] + [last]  # 国家、省级企业技术中心: the level's word
    # (the last member opens with a word as long as the others and ending as the first ends: 省级 after 国家级)
    n = next((n for n in range(1, min(len(last), 5)) if last[n - 1] == first[-1]), None)
    if n is None or len(last) - n < 2:
        return []
    head = last[n:]
    return [x + head for x in parts[:-1]] + [last]


def first_member(name: str, before: str, following: str) -> str | None:
    """最高贷款额度单职工提高到60万元,双职工提高到80万元: the first value of a list of members, each written between the
    name and its value, is named with its member (单职工最高贷款额度), as member_of_pair names the next (双职工…). Only
    where the next clause opens with a member ending as this one ends (单职工/双职工, 单身职工/双职工)."""
    at = before.rfind(name[-2:]) if len(name) >= 2 else -1
    if at < 0:
        return None
    member = _member_words(before[at + 2:])
    if not 2 <= len(member) <= 6 or not all("\u4e00" <= ch <= "\u9fff" for ch in member) \
            or parameter_patterns()["head_end"].search(member):
        return None
    nxt = _next_member().match(following)
    # (单人从50万元提高到60万元,夫妻双方从80万元提高到: members ending unalike, each with the value it changes from)
    parallel = nxt is not None and nxt.group("start") and _START_VALUE.search(before[at + 2:])
    if nxt is None or (nxt.group(1)[-1] != member[-1] and not parallel) or nxt.group(1) == member:
        return None
    return member + name


@functools.cache
def _next_member() -> re.Pattern:
    """The member opening the next clause, before the verb that gives it its value (,双职工提高到: rules/parameters.yaml
    member_value_verbs)."""
    verbs = rules.alternation(parameter_config()["member_value_verbs"])
    return re.compile(rf"[^,;:。]{{0,8}}?[,、][ ]*([\u4e00-\u9fff]{{2,6}}?)(?P<start>(?:从|由)[ ]*[\d.]+[^\d,;:。]{{0,3}}?)?(?:{verbs})")
