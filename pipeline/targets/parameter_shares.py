"""Parameters that are shares or multiples of a base: a share capped against a base (累计拨付金额不超过
重点监管资金总额的80%), reckoned on one (按…总用量的60%—70%估算), paid (竞买保证金按起拍价的20%缴纳,
缴纳50%出让价款), released at a stage of the works, allocated from a sum, granted, set by 配建, required
before a permit, or changed by a notice of measures (…的比例提高至60%)."""
from __future__ import annotations

import functools
import re

from .. import rules
from ..document import Document
from .context import Found
from .parameter_names import after_last_number, commits_outside_name, first_object, name_before, trim
from .patterns import CONJUNCTION, last_clause, notice_of_measures, parameter_config, parameter_patterns, patterns, with_grants


def allocated_share(text: str, q, after: str, sentence_start: int) -> str | None:
    """其中88%用作天然气勘探开发建设: a share saying how a sum is split is a setting of the policy,
    named by the sum (the fund or income named before it in the sentence) and the use; also where the share is
    written as one, the use in the clause after it (奖励资金总额中50%以上的比例,用于管理团队或骨干人员补助)."""
    if q.unit not in ("%", "‰"):
        return None
    share = _share_then_use().match(text, q.end)
    if share:
        after = text[share.end():share.end() + len(after) + 24]
    use = patterns()["allocation"].match(after)
    if not use:
        return None
    purpose = first_object(after[use.end():])
    if not purpose:
        return None
    sums = list(parameter_patterns()["sum_name"].finditer(text, sentence_start, q.start))
    if not sums:
        return None  # 不小于屋顶面积60%用作公共活动区域时: a share of no sum of money
    breaks = list(parameter_patterns()["break"].finditer(sums[0].group()))
    name = sums[0].group()[breaks[-1].end():] if breaks else sums[0].group()  # (按规定足额提取和使用职工教育经费)
    return f"{name}{use.group().strip()}{purpose}比例"


@functools.cache
def _share_then_use() -> re.Pattern:
    """的比例, before a use (rules/parameters.yaml share_nouns; the use itself is matched after it)."""
    return re.compile(rf"[ ]*的(?:{rules.alternation(parameter_config()['share_nouns'])})[ ]*,?(?=[ ]*"
                      rf"(?:{rules.alternation(rules.load('targets')['allocation_after'])}))")


def granted_share(before: str, q) -> str | None:
    """市级净增建设用地计划奖励支持市政公益项目、产业项目和经营性项目的比例分别为100%、60%和30%,
    国家融资担保基金和银行业金融机构承担的风险责任比例均不低于20%: a share of what the policy
    grants, or of a risk a party bears, is a setting, named by the words up to 比例."""
    if q.unit != "%":
        return None
    m = parameter_patterns()["granted_share"].search(last_clause(before))
    if m is None or parameter_patterns()["commitment"].search(m.group("name")):
        return None
    name = re.sub(r"^(?:对|由|将|其中|原则上)+", "", trim(m.group("name")))
    return name or None


def share_of_grant_after(text: str, q, sentence_end: int, before: str = "") -> str | None:
    """按不超过固定资产投资额度5%的比例,给予最高1000万元奖补, 按不超过新增主营业务收入1%的标准给予奖补: a share the grant
    after it is reckoned by is the share of that grant, named by it (奖补; named() makes it 奖补比例). So is a share of a
    base 按 opens, right before a grant or a verb granting a party (按照不超过场景建设实际投入的30%,给予最高100万元奖励,
    按当年新发放创业担保贷款总额的1%,奖励…经办银行: rules/parameters.yaml share_before_grant)."""
    if q.unit not in ("%", "‰"):
        return None
    own, after = _share_of_grant_after()
    m = own.match(text, q.end, sentence_end) if q.unit == "%" else None
    if m is None and _share_base_by().search(after_last_number(before)):
        m = after[0].match(text, q.end, sentence_end) or after[1].match(text, q.end, sentence_end)
        # (给予一次性补助: the grant as a bare head, which name_of() qualifies by whom it is for and marks paid once,
        # 新能源公交车一次性补助比例)
        return m.group("grant").removeprefix("一次性") if m else None
    return m.group("grant") if m else None


@functools.cache
def _share_of_grant_after() -> tuple[re.Pattern, tuple[re.Pattern, re.Pattern]]:
    """The share's own noun before the grant; and, after a base 按 opens, the grant itself or a verb granting a party."""
    cfg, alt = parameter_config(), rules.alternation
    grant = rf"(?P<grant>[^,;:。\d的]{{0,6}}?(?:{alt(cfg['grant_words'])}))"
    # (给予最高100万元资金支持, 给予政策支持: 支持 names the grant here, grant_share_heads)
    granted = rf"(?P<grant>[^,;:。\d的]{{0,6}}?(?:{alt(with_grants('grant_share_heads'))}))"
    return (rules.compile_pattern(cfg["share_of_grant_after"] + grant),
            (rules.compile_pattern(cfg["share_before_grant"] + granted),
             rules.compile_pattern(rf"{cfg['share_before_granting_verb']}(?P<grant>{alt(cfg['grant_words'])})(?=\p{{Han}})")))


@functools.cache
def _share_base_by() -> re.Pattern:
    return rules.compile_pattern(parameter_config()["share_base_by"])


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


def reckoned(before: str, after: str, q) -> str | None:
    """按照…年度药品总用量的60%—70%估算采购总量, 按不低于采购金额的30%提前预付, 车位配建指标按
    不小于0.7个/100平方米执行: a share reckoned on a base, or a value applied by 按, is a rule of
    the policy, named by what the share is of (…占<base>比例) or by the words before 按."""
    p = parameter_patterns()
    own = after_last_number(before)
    lead = own[own.rfind("按"):]
    grants = tuple(parameter_config()["grant_words"])
    if any(not lead.startswith(grants, m.end()) for m in p["commitment"].finditer(lead)):
        # (按培训补贴总额的50%先行拨付: 培训 names the grant the base is a total of, no commitment)
        return None  # 按…资金达到工程建设总投资的25%以上: a condition to reach
    applied = p["applied"].search(own)
    rate = _applied_rate().match(after) if applied and q.unit == "%" else None
    if rate:
        return rate.group("rate")  # 按8-10%的年回报率统一分红
    if applied and p["applying_verb"].match(after):
        subject = _PERMISSIVE_END.sub("", own[:applied.start()])
        breaks = list(p["break"].finditer(subject))
        name = trim(p["between"].sub("", subject[breaks[-1].end():] if breaks else subject))
        verb = p["applying_verb"].match(after).group("verb")
        setting = next((w for w in parameter_config()["setting_words"] if verb.endswith(w)), None)
        if setting and not name.endswith(tuple(parameter_config()["setting_measures"])):
            # 按0.5车位/户配建, 商品住房项目可按1泊/户进行配建: a standard of what is built, named by its subject or by
            # what the unit counts (车位配建指标, as gold realestate_0008 writes 车位配建指标)
            counted = re.match(r"[\u4e00-\u9fff]{2,}(?=/)", q.unit) if not name else None
            return (name or (counted.group() if counted else "")) + setting + parameter_config()["built_standard_noun"]
        return name or verb
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
    released = _released_grant(base, after)
    if released and not subject:
        return released  # 按培训补贴总额的50%先行拨付: the share of the grant released (培训补贴先行拨付比例)
    return f"{subject}占{base}比例" if subject else f"{base}比例" if base else None


def _released_grant(base: str, after: str) -> str | None:
    """<grant><release verb>比例 for a share of a grant's total paid out by the verb after it (先行拨付, 预拨):
    a share of a grant is named <grant>比例 (docs/CONVENTIONS.md), the verb saying which share."""
    grants = list(parameter_patterns()["grant_word"].finditer(base))
    verb = _grant_release().match(after)
    if not grants or not verb:
        return None
    return f"{base[:grants[-1].end()]}{verb.group('verb')}比例"


@functools.cache
def _grant_release() -> re.Pattern:
    cfg = parameter_config()
    verbs = rules.alternation(cfg["release_verbs"] + cfg["advance_release_verbs"])
    return rules.compile_pattern(rf"[ ]*(?P<verb>(?:{rules.alternation(cfg['release_timings'])})?(?:{verbs}))")


@functools.cache
def _applied_rate() -> re.Pattern:
    return rules.compile_pattern(parameter_config()["applied_rate"])


_PERMISSIVE_END = re.compile(r"(?:可以|可|均|应|统一|一律|原则上)+$")


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
    paid_before = _price_paid_before().search(before)
    if paid_before:
        return paid_before.group("price") + "缴纳比例"  # 缴纳土地成交价款的50%, 缴纳至出让价款的50%, 缴纳土地使用权出让金50%
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


@functools.cache
def _price_paid_before() -> re.Pattern:
    """A word of paying, then the price (a land price, or a contract's or a sale's) and the share after it: 缴纳土地成交价款的50%,
    缴纳至土地出让价款50%以上, 缴纳成交价的50%, 缴纳总价款的50%."""
    cfg = parameter_config()
    prices = rules.alternation(cfg["land_price_nouns"] + cfg["price_nouns"] + cfg["paid_price_nouns"])
    shares = rules.alternation(cfg["share_nouns"])  # (缴纳比例: the share named, not the price)
    return re.compile(rf"(?:{rules.alternation(cfg['share_paid_words'])})至?(?P<price>(?:(?!{shares})[^,;:。\d的]){{0,6}}?(?:{prices}))的?[ ]*"
                      rf"(?:{rules.alternation(cfg['share_bounds'])})?[ ]*$")


def price_share(before: str, after: str, q) -> str | None:
    """提供合同总价10%的履约担保, 给予总房款2%的…: a share of a contract's or a sale's price naming what it
    sets after 的 is a setting of the transaction, named <noun>比例 (rules/parameters.yaml price_nouns)."""
    if q.unit != "%" or not before.rstrip().endswith(tuple(parameter_config()["price_nouns"])):
        return None
    m = _PRICE_SHARE_NOUN.match(after)
    return f"{m.group('noun')}比例" if m else None


_PRICE_SHARE_NOUN = re.compile(r"[ ]*的(?P<noun>[\u4e00-\u9fff]{2,8}?)(?=[,;:。、()]|$)")


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


def share_of_base(text: str, before: str, q, clause_start: int) -> str | None:
    """累计拨付金额不超过重点监管资金总额的80%: a share capped against a base, named
    <subject>占<base>比例 (not one the plan commits to: 力争…不低于…平均值的80%)."""
    if q.unit not in ("%", "倍"):
        return None
    p = parameter_patterns()
    m = p["share_of_base"].search(after_last_number(before))
    if not m or commits_outside_name(text, clause_start, q.start):
        return None
    subject = trim(_SUBJECT_BREAK.split(m.group("subject"))[-1])  # 累计申请使用额度 keeps its verbs
    subject = _rule_adverbs_end().sub("", subject)  # …教学时长原则上不超过: a word of the rule, not of the name
    subject = "" if subject == "在" else subject  # 在不超出所购房屋总价款80%的前提下
    subject = _applied_by_end().sub("", subject)  # 原则上按不超过…的20%: how the share applies, no part of the name
    base = trim(m.group("base"))
    if parameter_patterns()["plan_task"].search(base):
        return None  # 整治的面积应不低于年度计划任务量的60%: progress on the plan's task, a goal
    if q.unit == "倍":  # 贷款金额不高于…缴存余额合计的20倍: a multiple of the base
        return f"{subject}({base}倍数)" if subject else f"{base}倍数"
    if subject:
        return f"{subject}占{base}比例"
    done = _set_after(text, q.end)
    # (按照不低于装机容量的20%配置新型储能: what the share sets, the base in brackets, as readers write it)
    return f"{done}比例(占{base})" if done else f"{base}比例"


@functools.cache
def _applied_by_end() -> re.Pattern:
    cfg = parameter_config()
    return re.compile(rf"(?:{rules.alternation(cfg['applied_by_adverbs'])})?(?:{rules.alternation(cfg['applied_by_words'])})$")


def _set_after(text: str, end: int) -> str | None:
    """按不低于采购金额的30%提前预付给医疗机构 -> 提前预付, 按照不低于装机容量的20%配置新型储能 -> 配置新型储能: the verb and
    object right after a share applied by 按 (not a bare verb of applying: 按…的20%确定, 执行, 计算)."""
    # (the verb right after the number: 不超出…总价款80%的前提下 is a condition)
    m = re.match(r"[ ]*(?P<done>[\u4e00-\u9fff]{2,10}?)(?=给|于|向|[,;:。、(])", text[end:end + 16])
    if m is None:
        return None
    done = m.group("done")
    cfg = parameter_config()
    return None if done in cfg["applying_verbs"] or done in cfg["share_set_verbs"] or len(done) < 3 or done.startswith("的") else done


def changed_share(doc: Document, f: Found, before: str, sentence_start: int) -> str | None:
    """职工家庭月还贷本息占家庭月收入的比例提高至60%, 保障性住房再贷款的比例从贷款本金的60%提升到100%, 预留份额阶段性
    提高至40%以上: in a notice of measures, a share or ratio the notice changes to a value is a setting of its
    policy (a plan's 比例提高到60% is its goal; a word of commitment in the clause keeps it one)."""
    q, ctx = f.quantity, f.context
    if q.unit != "%" or not ctx.indicators or not notice_of_measures(doc):
        return None
    if not patterns()["change_to_end"].search(after_last_number(before)):
        return None
    if parameter_patterns()["goal_lead"].search(doc.text, sentence_start, q.start):
        return None  # 力争到2025年,…比例提高到70%: a goal of the notice
    name = re.sub(r"从[^,;:。]*$|阶段性$", "", ctx.indicators[0]).strip()
    return name if name.endswith(tuple(parameter_config()["share_nouns"])) else None


@functools.cache
def _rule_adverbs_end() -> re.Pattern:
    return re.compile(rf"(?:{rules.alternation(parameter_config()['rule_adverbs'])})+$")


def borne_share(before: str, q) -> str | None:
    """一般县中央财政负担60%, 省级和市县两级财政各负担20%, 市级财政承担50%: a share written right after a verb of
    bearing (rules/parameters.yaml bearing_verbs) says how a cost is split between parties, a setting named
    <party><verb>比例 (中央财政负担比例); not a burden relieved (减轻企业负担20%: 负担 names the result there)."""
    if q.unit != "%":
        return None
    m = _borne_before(before, 0, len(before))
    if m is None or any(w in m.group("party") for w in parameter_config()["relief_words"]):
        return None
    party = _party(m.group("party"), bool(m.group("held")))
    if m.group("held"):
        held = _held_noun().search(before, 0, max(0, before.rfind(party, 0, m.end("party"))))
        return f"{party}{held.group()}" if party and held else None
    return f"{party}{m.group('verb')}比例" if party else None


def _party(words: str, held: bool = False) -> str:
    """The party of a share borne: the words before the verb from after the last word that opens it (所需资金由
    市级财政 -> 市级财政); of a share held, after the last 的 too (购买共有产权保障房的家庭与政府 -> 家庭与政府)."""
    party = _party_opener().split(words)[-1]
    return trim(party.split("的")[-1] if held else party)


def each_party(text: str, name: str, clause_start: int, number_start: int) -> list[str]:
    """省级和市县两级财政各负担20%: a share that 各/均 gives to each of coordinated parties is one name
    per party (省级财政负担比例, 市县两级财政负担比例), the head noun the last party writes (财政) given to the
    ones before it that lack it."""
    m = _borne_before(text, clause_start, number_start)
    party = _party(m.group("party"), bool(m.group("held"))) if m is not None else ""
    if m is None or not (m.group("each") or m.group("held")) or not name.startswith(party):
        return [name]
    parties = [p for p in CONJUNCTION.split(party) if p]
    if len(parties) < 2 or any(len(p) > 10 for p in parties):
        return [name]
    head = next((h for h in parameter_config()["party_heads"] if parties[-1].endswith(h)), "")
    suffix = name[len(party):]
    own = _own_heads()
    return [(p if p.endswith(head) or p.endswith(own) else p + head) + suffix for p in parties]


@functools.cache
def _own_heads() -> tuple[str, ...]:
    """The heads that make a party one of its own, given no head noun of the last party (a receiver: 家庭与政府各占 ->
    家庭, not 家庭政府; rules/parameters.yaml receivers, beneficiary_nouns), built once rather than for every name."""
    return tuple(parameter_config()["receivers"] + parameter_config()["beneficiary_nouns"])


def _borne_before(text: str, start: int, end: int) -> re.Match | None:
    """The party and verb of bearing that end text[start:end] (_borne), looked for only where a verb of bearing ends
    it: the party's lazy run, tried at every character of the clause for every row, took 2% of the stage, and most
    clauses end with no such verb."""
    if _bearing_verb_at_end().search(text, start, end) is None:
        return None  # (every match of _borne ends with one)
    return _borne().search(text, start, end)


@functools.cache
def _borne() -> re.Pattern:
    cfg = parameter_config()
    return re.compile(rf"(?P<party>[^,;:。\d%]{{1,20}}?)(?:(?P<each>各|均)?(?:分别)?(?P<verb>{rules.alternation(cfg['bearing_verbs'])})"
                      rf"|(?:各|均)(?P<held>{rules.alternation(cfg['held_verbs'])}))[ ]*$")


@functools.cache
def _bearing_verb_at_end() -> re.Pattern:
    cfg = parameter_config()
    return re.compile(rf"(?:{rules.alternation(cfg['bearing_verbs'])}|(?:各|均)(?:{rules.alternation(cfg['held_verbs'])}))[ ]*$")


@functools.cache
def _held_noun() -> re.Pattern:
    """What coordinated parties each hold a share of (产权份额): the last noun ending in a held noun (rules held_nouns)."""
    return re.compile(rf"[\u4e00-\u9fff]{{0,2}}(?:{rules.alternation(parameter_config()['held_nouns'])})(?!.*(?:{rules.alternation(parameter_config()['held_nouns'])}))")


@functools.cache
def _party_opener() -> re.Pattern:
    return re.compile(rules.alternation(parameter_config()["party_openers"]))
