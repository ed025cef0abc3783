"""Parameters named by a grant, a charge or a fine: a grant verb before the number (给予每套5万元,
处二千元以上二万元以下罚款), money per beneficiary (每户每月1200元) or per member of a list of recipients,
the capped area a grant per square metre is reckoned on; and a bare grant's name made whole by what
it is granted for and to whom (补贴 -> 生育三孩家庭购房补贴), whom a fine falls on (个人罚款) and the
grant a notice's title is about (举报奖励)."""
from __future__ import annotations

import functools
import re

from .. import rules
from ..document import Document
from .parameter_changes import change_kind
from .parameter_names import first_object, next_head, trim
from .patterns import config, last_clause, parameter_config, parameter_patterns, patterns, with_grants


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
    return next_head(text, q.end, sentence_end) or (first_object(gap) if gap else None) or verb.group()


_SHARE_BASE = re.compile(r"[^,;:。\d]{1,16}的$")


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


# How far before a fine's number its party is read: rules/parameters.yaml fined_party_before spans at most 对, 30
# characters of who, a warning (,给予警告,) and the verb (可以并处以) with spaces, under 50; the words further back
# (a long sentence's other clauses) cannot end in the pattern, and searching only these keeps each search short.
FINED_PARTY_REACH = 64


def fined_party(words_before: str, head: str) -> str:
    """对个人处…罚款 -> 个人, 对其直接负责的主管人员和其他直接责任人员处…罚款 -> 直接负责的主管人员和其他直接责任人员: whom a
    fine falls on, written after 对 right before its verb (a warning given between), from the sentence's words before the
    number; empty for any other name or wording."""
    if head not in parameter_config()["fine_heads"]:
        return ""
    m = _fined_party_pattern().search(words_before[-FINED_PARTY_REACH:])
    if m is None or m.group("who").endswith("的"):
        return ""  # 对有违法所得的处以…: the case ruled
    return _fined_party_pointer().sub("", m.group("who"))


@functools.cache
def _fined_party_pattern() -> re.Pattern:
    return re.compile(parameter_config()["fined_party_before"])


@functools.cache
def _fined_party_pointer() -> re.Pattern:
    return re.compile(rf"^(?:{rules.alternation(parameter_config()['fined_party_pointers'])})")


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


def per_beneficiary(before: str, q, text: str, sentence_start: int, sentence_end: int) -> str | None:
    """每户每月1200元, 提取限额标准…上调至每户家庭1250元/月, 按照10000元/套标准发放: money per
    beneficiary or per unit, named by the head after it or the last one before it in the sentence."""
    money, _, per_unit = q.unit.partition("/")
    if money not in parameter_config()["money_units"]:
        return None
    # (an amount per flat, per square metre: 按照10000元/套标准发放, 给予300元/m2补贴)
    changed = None
    if not per_unit and not parameter_patterns()["beneficiary"].search(before):
        # (硕士生由每生每年8000元提高到10000元: the new amount is per the beneficiary the start value is written for)
        changed = _per_start_value().search(before)
        if changed is None or not parameter_patterns()["beneficiary"].search(before[:changed.end("per")]):
            return None
    heads = list(parameter_patterns()["head_end"].finditer(text, sentence_start, q.start))
    if changed is not None and not heads and (standard := _standard_named(text, sentence_start, q.start)):
        # (提高…中央财政支持标准,其中:硕士生由每生每年…: the standard the sentence names, for the party its clause names)
        return trim(last_clause(before[:changed.start()]) + standard)
    if heads and (raised := raised_for_each(heads[-1].group(), before, q.unit)):
        # (月养老金低于2773元的,每人每月增加150元: named by what it raises, the head of its sentence; where the sentence names
        # none, laid_on_parties reads what its item or title raises)
        return raised
    # (定额标准为每人每年4000元: the subject its clause sets by 为, else the last words before the number)
    subject = _set_subject().match(last_clause(before))
    return (next_head(text, q.end, sentence_end) or (heads[-1].group() if heads else None)
            or (trim(subject.group("name")) if subject else None) or _clause_named(before)
            or trim(parameter_patterns()["between"].sub("", before[-8:])) or None)


@functools.cache
def _marker_end() -> re.Pattern:
    """A beneficiary or unit marker, or a period (保管费每年100元/吨), right before the number (rules/parameters.yaml
    beneficiary_markers; rules/targets.yaml per_words)."""
    markers = parameter_config()["beneficiary_markers"] + list(config()["per_words"])
    return re.compile(rf"(?:{rules.alternation(markers)})+[ ]*$")


def _clause_named(before: str) -> str | None:
    """一级建筑师知识题(选择题)考试每科63元: what an amount per unit is for, the whole clause before its marker where no head
    names it (rules/parameters.yaml clause_name_max_chars at most, no number in it), less the 其中 opening a breakdown."""
    marker = _marker_end().search(before)
    if marker is None:
        return None  # (安排运行经费(…)不少于2万元/年: a bound, not a marker, before the number; the words before it name it)
    words = _clause_opener().sub("", last_clause(before[:marker.start()]).strip())
    words = trim(words)
    if not words or len(words) > parameter_config()["clause_name_max_chars"] or re.search(r"\d", words):
        return None
    return words


@functools.cache
def _clause_opener() -> re.Pattern:
    """A word opening a breakdown or an addition (rules/parameters.yaml clause_name_openers: 其中, 另外), no part of a name."""
    return re.compile(rf"^(?:{rules.alternation(parameter_config()['clause_name_openers'])})")


def raised_for_each(raised: str, before: str, unit: str) -> str | None:
    """每人每月增加150元, 每人每月再增加90元, 每户每年提高200元: a change by an amount each beneficiary is granted, named by what
    it raises, the verb as written and the change's noun (基本养老金增加额, …提高额: docs/CONVENTIONS.md, rules/parameters.yaml
    change_by_suffixes). The one reading of such a raise: per_beneficiary names it by the head of its sentence,
    laid_on_parties by the case and what its item or title raises."""
    m = raised_per_beneficiary().search(before)
    return raised + m.group("verb").removeprefix("再") + parameter_config()["change_by_suffixes"][change_kind(unit)] if m else None


@functools.cache
def raised_per_beneficiary() -> re.Pattern:
    """每人每月增加, 每人每月再增加: a beneficiary, a period at most, and a verb of change by an amount closing the words before
    the number (rules/parameters.yaml beneficiary_markers, change_by_verbs); a period alone after a step of a count (缴费年限
    每满1年,每月增加3.5元: the step says for whom)."""
    cfg, alt = parameter_config(), rules.alternation
    return re.compile(rf"(?:(?:{alt(cfg['beneficiary_markers'])})(?:每[年月日])?|每[年月日])[ ]*"
                      rf"(?P<verb>再?(?:{alt(cfg['change_by_verbs'])}))[ ]*$")


@functools.cache
def _per_start_value() -> re.Pattern:
    """The amount of a start value written per beneficiary and the verb changing it (由每生每年【8000元提高到】,
    由每人每年【420元提高到】): cut, the words before the new amount end with the beneficiary (rules/parameters.yaml
    change_from_words, start_value_verbs)."""
    cfg, alt = parameter_config(), rules.alternation
    money = alt(cfg["money_units"])
    return re.compile(rf"(?P<per>(?:{alt(cfg['change_from_words'])})[^\d,;:。]{{1,8}})[\d.]+(?:{money})"
                      rf"(?:{alt(cfg['start_value_verbs'])})[^\d,;:。]{{0,2}}$")


def _standard_named(text: str, start: int, end: int) -> str | None:
    """The last standard (rules/parameters.yaml standard_nouns) text[start:end] names: 提高中央高校…中央财政支持标准 ->
    中央高校…中央财政支持标准."""
    found = list(_STANDARD.finditer(text, start, end))
    return trim(found[-1].group()) if found else None


_STANDARD = re.compile(r"[\u4e00-\u9fff“”]{2,24}?(?:标准|系数)(?![\u4e00-\u9fff])")


@functools.cache
def _set_subject() -> re.Pattern:
    """A clause opening with what it sets, then 为 and the amount per beneficiary (定额标准为每人每年: rules/parameters.yaml
    subject_setters)."""
    setters = rules.alternation(parameter_config()["subject_setters"])
    return re.compile(rf"[ ]*(?P<name>[\u4e00-\u9fff]{{2,12}}?)(?:{setters})[ ]*(?:每[\u4e00-\u9fff]{{1,2}}?)*[ ]*$")


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


def area_granted_on(text: str, q, before: str, sentence_start: int, sentence_end: int) -> str | None:
    """由财政按每套建筑面积最高不超过90平方米,每平方米给予150元补贴; 补贴面积按…计算,最高不超过100平方米:
    the capped area a grant per square metre is reckoned on is a setting of the grant (补贴面积)."""
    p = parameter_patterns()
    if q.unit not in parameter_config()["area_units"] or not p["area_cap"].search(before):
        return None
    sentence = text[sentence_start:sentence_end]
    if not p["per_area"].search(sentence):
        return None
    head = p["grant_word"].search(sentence)
    return f"{head.group()}面积" if head else None


def items_granted(before: str, q) -> str | None:
    """每位消费者每类产品可补贴1件, 空调产品最多可补贴3件, 每类产品差额补贴可补1件: how many items a grant
    covers for each is a setting of the grant, named <what>可补贴<unit>数 (每类产品可补贴件数)."""
    m = parameter_patterns()["items_granted"].search(before)
    if q.unit not in parameter_config()["granted_item_units"] or m is None:
        return None
    what = re.split(r"[,;:。(]", before[:m.start()])[-1]
    what = _whom().sub("", what)  # 每位消费者的每类产品: the item, not who
    return f"{trim(what)}可补贴{q.unit}数"


@functools.cache
def _whom() -> re.Pattern:
    """Who a per-head grant is for, before the item counted (每位消费者的 in 每位消费者的每类产品)."""
    return re.compile(rf"^(?:{rules.alternation(parameter_config()['beneficiary_markers'])})?[^每]{{0,6}}?的?(?=每)")


def capped_amount(text: str, before: str, q, sentence_end: int) -> str | None:
    """为…创业者提供最高30万元、最长3年的创业担保贷款, 单家OPC最高可获得3000元卡时或token免费算力服务: money right
    after a cap (rules/parameters.yaml capped_amount_lead) is what one recipient may get, named by the grant head
    written after it, else by what follows; not a capped total (…总规模最高2000亿元, 资金最高…)."""
    cfg, p = parameter_config(), parameter_patterns()
    lead = _capped_lead().search(before)
    if q.unit not in cfg["money_units"] or lead is None:
        return None
    clause = last_clause(before)
    if p["aggregate"].search(_capped_size().sub("", clause)) or p["commitment"].search(clause):
        return None
    stop = re.search(r"[,;:。]", text[q.end:sentence_end])
    clause_end = q.end + stop.start() if stop else sentence_end  # (the grant of its own clause, not the next one's)
    after = re.sub(r"^[^\u4e00-\u9fff]*", "", text[q.end:clause_end])
    # (单家企业奖励资金最高不超过200万元。: nothing after it, the words before the cap name it)
    subject = _capped_subject_opener().split(before[:lead.start()])[-1]
    return next_head(text, q.end, clause_end) or first_object(after) or trim(last_clause(subject)) or None


@functools.cache
def _capped_lead() -> re.Pattern:
    return rules.compile_pattern(parameter_config()["capped_amount_lead"])


@functools.cache
def _capped_size() -> re.Pattern:
    return rules.compile_pattern(parameter_config()["capped_sizes"])


@functools.cache
def _capped_subject_opener() -> re.Pattern:
    return re.compile(rules.alternation(parameter_config()["capped_subject_after"]))
