"""Names of a value that changes or is set on something else: a change by an amount (最高贷款额度提高额, 上浮比例), a change on a
base (在原有最高贷款额度的基础上增加15万元 -> 最高贷款额度增加额), a share set on a base by the verb after it (留存比例), the tax
or price a bare verb of charging leaves unnamed (小排量汽车购置税率), the topic a colon closes; and a name less its change
(without_change). renamed() tries them on the name read where a number stands (parameter_names.py)."""
from __future__ import annotations

import functools
import re

from .. import rules
from .parameter_names import FAR, trim
from .patterns import last_clause, parameter_config, parameter_patterns, with_grants


@functools.cache
def _renaming_patterns() -> dict[str, re.Pattern]:
    cfg = parameter_config()
    return {"base_change": rules.compile_pattern(cfg["base_change"] + r"(?P<rest>[^,;:。\d]{0,8})$"),
            # (the change, what stands between the name and it: 分别再提高, 在同等条件下提高, 的降幅在; bounds after it)
            "change_by": rules.compile_pattern(rf"(?P<change>{rules.alternation(cfg['change_by_nouns'] + cfg['change_by_verbs'])})"
                                               rf"(?:{rules.alternation(cfg['change_by_between'])}|[ ])*$"),
            # (下调个人住房公积金贷款利率0.25个百分点: the verb right before what changes; 分别下调 too)
            "change_before": rules.compile_pattern(rf"(?P<change>{rules.alternation(cfg['change_by_verbs'])})(?:分别|[ ])*$"),
            "change_opening": rules.compile_pattern(rf"^[\u4e00-\u9fff]{{0,4}}?(?P<change>{rules.alternation(cfg['change_by_verbs'])})(?=[\u4e00-\u9fff]{{2}})"),
            "change_by_tail": rules.compile_pattern(rf"(?:{rules.alternation(cfg['change_by_between'])}|[ ])*"),
            "change_suffix": rules.compile_pattern(rf"(?:{rules.alternation(cfg['change_by_nouns'])}|(?:{rules.alternation(cfg['change_by_verbs'])})"
                                                   rf"(?:{rules.alternation(list(cfg['change_by_suffixes'].values()))})?)$"),
            "base_own": rules.compile_pattern(rf"^(?:{rules.alternation(cfg['base_own_words'])})"),
            "charge_verb": rules.compile_pattern(rf"(?:{rules.alternation(cfg['charge_verb_names'])})"),
            # (the last of them: none after it)
            "applied_by": rules.compile_pattern(rf"(?:{rules.alternation(cfg['applied_by_words'])})"
                                                rf"[^{''.join(sorted({w[0] for w in cfg['applied_by_words']}))}]*$"),
            "share_base": rules.compile_pattern(rf"(?:{rules.alternation(cfg['share_base_leads'])})[ ]*(?:{rules.alternation(cfg['share_base_bounds'])})?"
                                                rf"(?P<base>[^,;:。按依\d]{{1,24}})的[ ]*$"),
            "share_set": rules.compile_pattern(rf"^[ ]*(?P<verb>{rules.alternation(cfg['share_set_verbs'])})"
                                               rf"(?P<object>[^,;:。、()\d%]{{1,10}}?)[ ]*(?=[,;:。(]|$)"),
            # (after 的, or right after the other values of the list: 最高50万、30万、10万元经费支持)
            "extra_charge_after": rules.compile_pattern(cfg["extra_charge_after"]),
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
            or _changed_by(before, unit, name) or _change_made(before, unit, name) or name)


def _change_made(before: str, unit: str, name: str) -> str | None:
    """下调个人住房公积金贷款利率0.25个百分点 -> 个人住房公积金贷款利率下调幅度, 阶段性降低失业保险费率1个百分点 -> 失业保险费率降低
    幅度: a verb of change written before what changes, the amount after it, sets the change, not the level (docs/CONVENTIONS.md,
    eighteenth session), named as _changed_by names the change written after the name. Only the verb right before the
    name (or opening the name read), and only adverbs and bounds between the name and the number: a setter (下调至)
    sets the level."""
    cfg = parameter_config()
    kind = change_kind(unit)
    if kind not in cfg["change_by_suffixes"] or name.endswith(tuple(cfg["change_by_verbs"] + cfg["change_by_nouns"])):
        return None
    r = _renaming_patterns()
    inside = r["change_opening"].search(name)
    if inside is not None:  # (阶段性降低失业保险费率: the name read opens with the change)
        subject, change = name[inside.end():], inside.group("change")
    else:
        at = before.rfind(name)
        m = r["change_before"].search(before, 0, at) if at >= 0 else None
        if m is None or not r["change_by_tail"].fullmatch(before, at + len(name)):
            return None
        subject, change = name, m.group("change")
    if len(subject) < 2 or not r["change_by_tail"].fullmatch(before, before.rfind(subject) + len(subject)):
        return None
    return subject + change + cfg["change_by_suffixes"][kind]


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
    """给予不超过总投入30%、最高3000万元的经费支持: a bare verb of granting named by the grant after the values; 可加收五倍票款:
    a bare verb charging on top by it and the charge after the number (加收票款)."""
    if name in parameter_config()["extra_charge_verbs"]:
        m = _renaming_patterns()["extra_charge_after"].match(after)
        return name + m.group("charge") if m else None
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
