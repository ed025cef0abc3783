"""How a policy parameter is named: the constructions of policy texts that name the amount,
rate or share next to a number (a grant word after it or before it, a setting verb in the
sentence, a share of a base, a spread over the LPR, a stage of a land price, an amount per
beneficiary …). Each returns the name, or None when the construction is not there; the
parameters stage (parameters.py) tries them in order."""
from __future__ import annotations

import functools
import re

from .. import rules
from ..document import Document
from .commitment import states_goals
from .context import Found
from .patterns import end_of_clause, notice_of_measures, parameter_config, parameter_patterns, patterns, with_grants

# How far around a quantity its name is looked for: after it, and before it.
NEAR, FAR = 40, 80


def allocated_share(text: str, q, after: str, sentence_start: int) -> str | None:
    """其中88%用作天然气勘探开发建设: a share saying how a sum is split is a setting of the policy,
    named by the sum (the fund or income named before it in the sentence) and the use."""
    use = patterns()["allocation"].match(after)
    if q.unit not in ("%", "‰") or not use:
        return None
    purpose = _cut(after[use.end():])
    if not purpose:
        return None
    sums = list(parameter_patterns()["sum_name"].finditer(text, sentence_start, q.start))
    if not sums:
        return None  # 不小于屋顶面积60%用作公共活动区域时: a share of no sum of money
    return f"{sums[0].group()}{use.group().strip()}{purpose}比例"


def granted_share(before: str, q) -> str | None:
    """市级净增建设用地计划奖励支持市政公益项目、产业项目和经营性项目的比例分别为100%、60%和30%,
    国家融资担保基金和银行业金融机构承担的风险责任比例均不低于20%: a share of what the policy
    grants, or of a risk a party bears, is a setting, named by the words up to 比例."""
    if q.unit != "%":
        return None
    m = parameter_patterns()["granted_share"].search(re.split(r"[,;:。]", before)[-1])
    if m is None or parameter_patterns()["commitment"].search(m.group("name")):
        return None
    name = re.sub(r"^(?:对|由|将|其中|原则上)+", "", trim(m.group("name")))
    return name or None


def adjusted_standard(before: str) -> str | None:
    """本市多层、小高层、高层建筑的商品住房中小套型住房建筑面积标准分别调整为100平方米: a standard the
    notice changes (调整为, 下调至 …) is a setting, named by the words after the last break."""
    m = parameter_patterns()["adjusted_standard"].search(after_last_number(before))
    if m is None or parameter_patterns()["commitment"].search(m.group("name")):
        return None
    name = m.group("name")
    breaks = list(parameter_patterns()["break"].finditer(name))
    return trim(name[breaks[-1].end():] if breaks else name) or None


def set_share_of(text: str, before: str, q, clause_start: int) -> str | None:
    """继续将新建各类商品住房用地中配建的5%保障房和15%自持租赁房等纳入…: a share set by a setting word
    (配建) before it, of the noun after it, named <noun><word>比例 (保障房配建比例)."""
    if q.unit != "%":
        return None
    m = parameter_patterns()["set_shares"].search(text, clause_start, q.start)
    noun = re.match(r"[\u4e00-\u9fff]{1,8}?(?=和|、|及|与|等|,|;|。|$)", text[q.end:q.end + 12]) if m else None
    if noun is None:
        return None
    word = next(w for w in parameter_config()["setting_words"] if w in m.group())
    return f"{noun.group()}{word}比例"


def released_share(before: str, q) -> str | None:
    """工程施工至首层室内地坪标高时拨付监管重点资金的20%, 完成综合竣工验收备案,可申请支取监管额度的100%:
    the share of a fund released at a stage of the works, named <fund><verb>比例."""
    if q.unit != "%":
        return None
    m = parameter_patterns()["released_share"].search(before)
    return f"{trim(m.group('fund'))}{m.group('verb')}比例" if m else None


def per_measure(text: str, q, before: str) -> str:
    """每平方米给予150元 -> 元/平方米 (also 400元每平方米, 每平米500元): money set per measure keeps the measure."""
    if q.unit not in parameter_config()["money_units"]:
        return q.unit
    per_measures = parameter_config()["per_measures"]
    per = _per_measure_patterns()
    m = per["after"].match(text[q.end:q.end + 8]) or per["before"].search(before)
    # (每平米500元: the measure as readers write it, 平方米; 每50公斤提高5到7元: 元/50公斤)
    return f"{q.unit}/{m.group(1)}{per_measures[m.group(2)]}" if m else q.unit


def qualified(text: str, head: str, sentence_start: int, q) -> str:
    """补贴 -> 生育三孩家庭购房补贴, 税率 -> 契税税率: a bare head with what the sentence grants
    it for and who receives it."""
    p, cfg = parameter_patterns(), parameter_config()
    before = text[sentence_start:q.start]
    after = text[q.end:q.end + 12]
    found = [m for m in p["granted_for"].finditer(before) if not before.startswith(("人", "者"), m.end())] \
        or list(p["granted_for"].finditer(after))  # (购房人 is who, not what for)
    kind = cfg["granted_for"][found[-1].group()] if found and head in with_grants("granted_heads") else ""
    if kind and kind in head:
        kind = ""
    receivers = list(p["receiver"].finditer(before))
    who = receivers[-1].group("who").replace("的", "") if receivers else ""
    if kind and kind in who:
        who = ""
    return who + kind + head


def fined_party(before: str, head: str) -> str:
    """对个人处…罚款 -> 个人, 对单位可以并处…罚款 -> 单位: whom a fine falls on, written right before
    its verb; empty for any other name or wording."""
    if head not in parameter_config()["fine_heads"]:
        return ""
    m = _fined_party_pattern().search(before)
    return m.group("who") if m else ""


@functools.cache
def _fined_party_pattern() -> re.Pattern:
    parties = rules.alternation(parameter_config()["fined_parties"])
    return re.compile(rf"对(?P<who>{parties})(?:可以|可)?并?处(?:以)?$")


def title_grant(doc: Document, name: str) -> str:
    """按1500元奖励 in 《…举报奖励实施细则》 -> 举报奖励: a bare grant (奖励, 奖励比例) in rules whose title
    is about one grant (rules/parameters.yaml title_grants) is that grant."""
    title = " ".join(x for x in (doc.title, doc.plan_title) if x)
    for grant, head in _title_grant_heads():
        if grant in title and name in (head, head + "比例"):
            return grant + name[len(head):]
    return name


@functools.cache
def _title_grant_heads() -> list[tuple[str, str]]:
    """Each title grant with the bare head it ends with (found once, not for every name read)."""
    heads = parameter_config()["bare_heads"]
    return [(grant, next(h for h in heads if grant.endswith(h))) for grant in parameter_config()["title_grants"]]


def name_after(after: str) -> str | None:
    """5万元购房补贴, 1%征收率, 2%的购房优惠, 1.5%给予贴息, 50%减征资源税: the name written
    right after the number, or after a grant verb that follows it."""
    p = parameter_patterns()
    rest = re.sub(r"^[ )]*(?:\([^()]{0,8}\))?[ ]*", "", after)
    rest = re.sub(r"^(?:人民币)?(?:的|之)?", "", rest)  # 2000元人民币奖励: the currency, not the name
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
        obj = _cut(rest[verb.end():])
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
    gap = p["start_value"].sub("", gap)
    if unit in ("%", "倍"):
        # 不低于合同总价的10%, 提高至夫妻双方住房公积金账户余额之和的25倍: the base of the share or multiple
        gap = re.sub(r"[^,;:。]{1,16}的$", "", gap)
    gap = p["between"].sub("", p["base"].sub("", _per_measure_patterns()["gap"].sub("", gap)))
    if len(gap) > 6 or p["commitment"].search(gap) or p["aggregate_adverb"].search(gap):
        return None  # (住院医疗费用支付比例总体平均达到75%左右: an outcome over all, not a setting)
    if gap.endswith(tuple(parameter_config()["fund_words"])):
        return None  # 风险补偿铺底资金达到1千万以上: the fund after the head is what the number measures
    start = max(0, head.end() - parameter_config()["name_max_chars"])
    window = before[start:head.end()]
    breaks = list(p["break"].finditer(window, 0, head.start() - start))
    raw = window[breaks[-1].end():] if breaks else window
    name = trim(raw)
    # (a commitment word inside the head itself is no commitment: 课后服务费)
    # (an aggregate in the base of the name is none: 缴存余额合计的倍数)
    if ((p["aggregate"].search(window, window.rfind("的") + 1) and not p["setting"].match(head.group())
         and head.group() not in parameter_config()["multiple_heads"])
            or p["commitment"].search(_STAGE.sub("", raw[:max(0, len(raw) - len(head.group()))]))):
        return None  # 担保业务平均费率, 全年新增贷款额度: an outcome, not a setting
    if name.endswith(tuple(parameter_config()["fund_words"])):
        return None  # 就业补助资金45亿元: a budget line
    return name or None


# A stage the setting applies from (完成竣工验收备案后资金拨付比例, 取得预售许可后一个月累计可拨付比例): its
# 完成/取得 is no commitment of the notice.
_STAGE = re.compile(r"^[^,;:。]*?(?:之后|以后|后|时)(?![续期])")


@functools.cache
def _per_measure_patterns() -> dict[str, re.Pattern]:
    """The measures money may be set per, compiled once: right after the amount (400元每平方米),
    before it (每平方米给予150元), and in a name's gap (最低收购价平均每50公斤分别提高7.4元: no
    words between the name and its value)."""
    measures = rules.alternation(list(parameter_config()["per_measures"]))
    return {"after": re.compile(rf"[ ]*每(\d*)({measures})"),
            "before": re.compile(rf"每(\d*)({measures})[^\d,;。]*$"),
            "gap": re.compile(rf"(?:平均)?每\d*(?:{measures})")}


def granted(before: str, q, text: str, sentence_end: int) -> str | None:
    """给予每套5万元…, 处二千元以上…罚款: a grant verb right before the number (only
    beneficiaries, caps and bounds between); the name is what follows it."""
    p = parameter_patterns()
    verbs = list(p["grant"].finditer(before))
    if not verbs:
        return None
    verb = verbs[-1]
    paid = verb.group() in parameter_config()["payment_verbs"]
    gap = before[verb.end():]
    bounds = list(patterns()["prefix_bound"].finditer(gap))
    if q.unit == "%" and bounds:
        gap = gap[:bounds[-1].start()]  # 缴纳土地出让价款不低于总价款的50%: the base follows the bound
    elif q.unit == "%" and not paid:
        gap = _SHARE_BASE.sub("", gap)  # 给予项目建设总投入的30%以内: the base of the share granted
    gap = p["between"].sub("", gap)
    paid_share = paid and q.unit == "%"
    if verb.group() in parameter_config()["adjacent_grant_verbs"]:
        if gap:
            return None  # 处理率, 处置率: not 处 (a fine)
    elif len(gap) > (12 if paid_share else 6) or p["commitment"].search(gap) or re.search(r"\d", gap):
        return None  # (what is paid may be named at length: 缴纳土地使用权出让金50%)
    if paid and (
            "率" in gap or (q.unit != "%" and q.unit.split("/")[0] not in parameter_config()["money_units"])):
        return None  # 按时足额缴纳率达到100%: a rate of compliance, not a share paid
    return next_head(text, q.end, sentence_end) or (_cut(gap) if gap else None) or verb.group()


_SHARE_BASE = re.compile(r"[^,;:。\d]{1,16}的$")


def after_last_number(before: str) -> str:
    """What follows the last digit or % of `before` (as re.split(r"[\\d%]", before)[-1]),
    found from the end: splitting the whole clause again for every quantity of a long
    list (达到95%、95%、…) took quadratic time."""
    i = len(before)
    while i and not (before[i - 1].isdecimal() or before[i - 1] == "%"):
        i -= 1
    return before[i:]


def set_in_sentence(text: str, before: str, clause_start: int, sentence_start: int) -> str | None:
    """提高公积金贷款额度,正常缴存职工由80万元调整为90万元: a value set by a verb in a clause
    whose sentence named the parameter in an earlier clause."""
    p = parameter_patterns()
    if not p["setter_end"].search(after_last_number(before)) or p["aggregate"].search(before[-NEAR:]):
        return None  # 引导合作机构逐步将平均担保费率降至1%以下: an outcome
    heads = list(p["head_end"].finditer(text, sentence_start, clause_start))
    if not heads:
        return None
    return name_before(text[sentence_start:heads[-1].end()], "")


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


_PERMISSIVE_END = re.compile(r"(?:可以|可|均|应|统一|一律|原则上)+$")


def reckoned(before: str, after: str, q) -> str | None:
    """按照…年度药品总用量的60%—70%估算采购总量, 按不低于采购金额的30%提前预付, 车位配建指标按
    不小于0.7个/100平方米执行: a share reckoned on a base, or a value applied by 按, is a rule of
    the policy, named by what the share is of (…占<base>比例) or by the words before 按."""
    p = parameter_patterns()
    own = after_last_number(before)
    if p["commitment"].search(own[own.rfind("按"):]):
        return None  # 按…资金达到工程建设总投资的25%以上: a condition to reach
    applied = p["applied"].search(own)
    if applied and p["applying_verb"].match(after):
        subject = _PERMISSIVE_END.sub("", own[:applied.start()])
        breaks = list(p["break"].finditer(subject))
        name = trim(p["between"].sub("", subject[breaks[-1].end():] if breaks else subject))
        return name or p["applying_verb"].match(after).group("verb")
    if q.unit != "%":
        return None
    m = p["reckoned"].search(own)
    if not m or "占" in m.group("base") or not (own.rstrip().endswith("的") or after.lstrip().startswith("的比例")):
        return None
    base = m.group("base")
    bound = list(patterns()["prefix_bound"].finditer(base))
    subject, base = (base[:bound[-1].start()], base[bound[-1].end():]) if bound else ("", base)
    base = trim(base.strip())
    subject = trim(subject.strip())
    return f"{subject}占{base}比例" if subject else f"{base}比例" if base else None


def area_granted_on(text: str, q, before: str, sentence_start: int, sentence_end: int) -> str | None:
    """由财政按每套建筑面积最高不超过90平方米,每平方米给予150元补贴; 补贴面积按…计算,最高不超过100平方米:
    the capped area a grant per square metre is reckoned on is a setting of the grant (补贴面积)."""
    if q.unit not in parameter_config()["area_units"] or not _CAPPED.search(before):
        return None
    sentence = text[sentence_start:sentence_end]
    if not _PER_AREA.search(sentence):
        return None
    head = _AREA_GRANT.search(sentence)
    return f"{head.group()}面积" if head else None


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
_CAPPED = re.compile(r"(?:不超过|不得超过|最高|最多)[ ]*$")
_PER_AREA = re.compile(r"每平方?米|元/平方米|元/m2|补贴面积|补助面积")
_AREA_GRANT = re.compile(r"补贴|补助|奖励|资助|奖补")


_SPREAD = re.compile(r"(?:LPR|贷款市场报价利率|贷款基础利率)(?:\(LPR\))?的?(?:基础上)?[ ]*(?P<sign>加|减|\+|-)[ ]*$")
# what may stand between a rate's name and the LPR it is set against (调整为不低于相应期限…)
_RATE_FILLER = re.compile(r"(?:调整为|调整至|执行|为|按|在|不低于|不高于|不超过|相应期限|同期|一年期|的)+$")


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


# how far a list of amounts per member may run before the clause that names them
_LIST_REACH = 120


def heads_a_member_list(text: str, before: str, q, sentence_end: int) -> str | None:
    """按照博士或正高级职称8万元、副高级职称7万元、…、中级技工2万元,在购房时一次性优惠: money for the
    first member of a list of recipients after 按照, named by the head the list's closing clause gives
    (the later members take the first one's name)."""
    if q.unit not in parameter_config()["money_units"] or not text.startswith("、", q.end) \
            or not _MEMBER_AFTER_BY.search(before):
        return None
    return next_head(text, q.end, sentence_end, _LIST_REACH)


_MEMBER_AFTER_BY = re.compile(r"按照?[^,;:。\d按]{1,10}$")


def paid_in_shares(text: str, after: str, q, sentence_start: int) -> str | None:
    """竞买保证金按起拍价的20%缴纳, 竞买保证金…采取出让总价30%、40%、50%等不同比例缴纳: a share a
    party pays is a setting of the policy, named by the last name head of the sentence (…保证金比例)."""
    if q.unit != "%":
        return None
    p = parameter_patterns()
    if not p["paid_shares"].match(after):
        return None
    heads = list(p["head_end"].finditer(text, sentence_start, q.start))
    name = name_before(text[sentence_start:heads[-1].end()], "") if heads else None
    return (re.split(r"[,;:]", name)[-1] if name else "缴纳") + "比例"


def land_price_share(before: str, after: str, q) -> str | None:
    """缴纳50%出让价款, 付清剩余50%的出让价款, 完成首期50%土地出让金付款: a share of the land price
    paid at a stage, named <price>缴纳比例 (首期 kept)."""
    cfg = parameter_config()
    if q.unit != "%":
        return None
    price = next((w for w in sorted(cfg["land_price_nouns"], key=len, reverse=True)
                  if re.match(rf"(?:的)?{w}", after)), None)
    if price is None:
        return None
    paid = tuple(cfg["share_paid_words"])
    lead = re.sub(r"(?:首期|剩余|其余|不低于|不少于|至少)+$", "", before)
    price_end = after.find(price) + len(price)
    if not (lead.endswith(paid) or after[price_end:].startswith(paid)):
        return None
    return price + ("首期" if before.endswith("首期") else "") + "缴纳比例"


_REACHED_SHARE = re.compile(r"(?P<subject>[^,;:。、]{2,20}?)(?:达到|完成|达)(?P<base>[^,;:。、达]{2,16})的$")


def permit_standard(text: str, before: str, q, sentence_end: int) -> str | None:
    """投入开发建设的资金达到工程建设总投资的25%以上…可申请办理《商品房预售许可证》: a share a project must
    reach before a permit or a procedure is a standard of the policy, named <subject>占<base>比例."""
    if q.unit != "%":
        return None
    m = _REACHED_SHARE.search(after_last_number(before))
    if not m or not any(w in text[q.end:sentence_end] for w in parameter_config()["permit_words"]):
        return None
    subject = trim(_SUBJECT_BREAK.split(m.group("subject"))[-1])
    return f"{subject}占{trim(m.group('base'))}比例" if subject else None


_SUBJECT_BREAK = re.compile(r"的|对|将|即|其中")


def _commits(text: str, start: int, end: int) -> bool:
    """A word of commitment in text[start:end] other than 累计, which beside a cap or a standard
    names a running total (累计拨付金额不超过…, 累计不超过0.2%), not a result to reach."""
    return any(m.group() != "累计" for m in parameter_patterns()["commitment"].finditer(text, start, end))


def share_of_base(text: str, before: str, q, clause_start: int) -> str | None:
    """累计拨付金额不超过重点监管资金总额的80%: a share capped against a base, named
    <subject>占<base>比例 (not one the plan commits to: 力争…不低于…平均值的80%)."""
    if q.unit not in ("%", "倍"):
        return None
    p = parameter_patterns()
    m = p["share_of_base"].search(after_last_number(before))
    if not m or _commits(text, clause_start, q.start):
        return None
    subject = trim(_SUBJECT_BREAK.split(m.group("subject"))[-1])  # 累计申请使用额度 keeps its verbs
    subject = "" if subject == "在" else subject  # 在不超出所购房屋总价款80%的前提下
    base = trim(m.group("base"))
    if parameter_patterns()["plan_task"].search(base):
        return None  # 整治的面积应不低于年度计划任务量的60%: progress on the plan's task, a goal
    if q.unit == "倍":  # 贷款金额不高于…缴存余额合计的20倍: a multiple of the base
        return f"{subject}({base}倍数)" if subject else f"{base}倍数"
    return f"{subject}占{base}比例" if subject else f"{base}比例"


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
    if ctx.verb_comparator or ctx.kind != "level" or ctx.per or not ctx.indicators:
        return None  # 达到, 提高到, 控制在, 提高5个百分点, 每年: the plan's own words
    if p["implementing"].match(doc.text, sentence_start):
        # (新建 there says which buildings the standard is for)
        return p["implementing"].sub("", ctx.indicators[0]) or None  # 落实…面积比例不低于50%: a standard put in force
    if p["commitment"].search(doc.text, f.clause_start, q.start) or (states_goals(doc) and not notice_of_measures(doc)):
        return None  # (a notice stating no goals lays its bounds on others too: 原则上,中外环间区域不低于70%)
    if not p["for_others"].search(doc.text, sentence_start, f.clause_start + 1) \
            and not p["required"].search(doc.text, sentence_start, q.start):
        return None
    return ctx.indicators[0]


def ruled(before: str, q) -> str | None:
    """结构板进深不得超过2米, 层高放宽至6.5米, 留存比例不得低于10%: a limit the notice lays
    down (不得…, 放宽至, 上限为) is a rule of the policy, named by the words before it."""
    own = after_last_number(before)
    rule = list(parameter_patterns()["rule"].finditer(own))
    if not rule or parameter_patterns()["commitment"].search(own):
        return None
    subject = own[:rule[-1].start()]
    breaks = list(parameter_patterns()["break"].finditer(subject))
    name = trim(parameter_patterns()["between"].sub("", subject[breaks[-1].end():] if breaks else subject))
    return name[-parameter_config()["name_max_chars"]:] or None


def per_beneficiary(before: str, q, text: str, sentence_start: int, sentence_end: int) -> str | None:
    """每户每月1200元, 提取限额标准…上调至每户家庭1250元/月, 按照10000元/套标准发放: money per
    beneficiary or per unit, named by the head after it or the last one before it in the sentence."""
    money, _, per_unit = q.unit.partition("/")
    if money not in parameter_config()["money_units"]:
        return None
    # (an amount per flat, per square metre: 按照10000元/套标准发放, 给予300元/m2补贴)
    if not per_unit and not parameter_patterns()["beneficiary"].search(before):
        return None
    heads = list(parameter_patterns()["head_end"].finditer(text, sentence_start, q.start))
    return (next_head(text, q.end, sentence_end) or (heads[-1].group() if heads else None)
            or trim(parameter_patterns()["between"].sub("", before[-8:])) or None)


def next_head(text: str, pos: int, sentence_end: int, reach: int = 60) -> str | None:
    """The name head written after a list of amounts (40万元、15万元、8万元的购房补贴)."""
    window = text[pos:min(sentence_end, pos + reach)]
    stop = re.search(r"[;。]", window)
    window = window[:stop.start()] if stop else window
    head = parameter_patterns()["head_end"].search(window)
    if not head:
        return None
    start = max((m.end() for m in parameter_patterns()["break"].finditer(window, 0, head.start())), default=0)
    start = max(start, max((m.end() for m in re.finditer(r"[\d%元个]", window[:head.start()])), default=0))
    return trim(window[start:head.end()]) or None


def _cut(s: str) -> str:
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
    name = p["lead_verbs"].sub("", name.strip()) or name.strip()  # 每辆…免税额, 单套住宅补贴限额 keep their marker
    name = _name_lead().sub("", name) or name  # 原则上按占…比例, 基础上上浮: words of the sentence
    # (a name made only of such words stays: 发放标准)
    for word in parameter_config()["cap_words"]:  # 最高补贴 -> 补贴, but 最高额度 and 最低首付比例 keep it
        if name.startswith(word) and 0 < len(name) - len(word) <= 2:
            name = name[len(word):]
    return name.strip(" 的")


def listed_standard(text: str, q, clause_start: int, sentence_start: int) -> str | None:
    """市级储备粮保管自然损耗定额为:原粮:储存6个月以内的,不超过0.1%;…, 每月每平方米居住面积租金补贴标准是:
    黄浦区…为160元: a standard named before a colon, then its values listed, is a setting of the rules;
    each value is a parameter of that name (not a result to reach: no word of commitment in its clause;
    累计 there sums the periods of the standard, 累计不超过0.2%)."""
    p = parameter_patterns()
    leads = list(p["standard_lead"].finditer(text, sentence_start, q.start))
    if not leads or _commits(text, max(clause_start, leads[-1].end()), q.start):
        return None
    if "的" in text[q.end:end_of_clause(text, q.end, NEAR)]:
        return None  # 人均年可支配收入在33600元(不含33600元)至42000元…间的…家庭,: which households, a condition
    name = leads[-1].group("name")
    breaks = list(p["break"].finditer(name))
    name = p["per_markers"].sub("", name[breaks[-1].end():] if breaks else name)
    return trim(name) or None


def changed_share(doc: Document, f: Found, before: str, sentence_start: int) -> str | None:
    """职工家庭月还贷本息占家庭月收入的比例提高至60%, 保障性住房再贷款的比例从贷款本金的60%提升到100%, 预留份额阶段性
    提高至40%以上: in a notice of measures, a share or ratio the notice changes to a value is a setting of its
    policy (a plan's 比例提高到60% is its goal; a word of commitment in the clause keeps it one)."""
    q, ctx = f.quantity, f.context
    if q.unit != "%" or not ctx.indicators or not notice_of_measures(doc):
        return None
    if not patterns()["change_to_end"].search(after_last_number(before)):
        return None
    if patterns()["committing_lead"].search(doc.text, sentence_start, q.start) or _GOAL_TO.search(doc.text, sentence_start, q.start):
        return None  # 力争到2025年,…比例提高到70%: a goal of the notice
    name = re.sub(r"从[^,;:。]*$|阶段性$", "", ctx.indicators[0]).strip()
    return name if name.endswith(tuple(parameter_config()["share_nouns"])) else None


_GOAL_TO = re.compile(r"(?:到|至)[ ]*(?:19|20)\d{2}[ ]*年")
