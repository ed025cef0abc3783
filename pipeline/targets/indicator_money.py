"""Money named by what it is (pipeline/targets/indicators.py): an allotment by its payer and its use (中央财政拟投入433亿元
用于促进就业 -> 中央财政促进就业投入), an amount by the fund it is of (30亿元国债资金 -> 国债资金)."""
from __future__ import annotations

import functools
import re

from .. import rules
from ..numbers import Quantity
from .indicator_subject import stripped
from .patterns import config, patterns, sentence_end


def money_allotted(text: str, lo: int, q: Quantity, subject: str) -> str:
    """Money allotted, named by its payer, what it is for (its use written after the amount: _use_after) and what the
    allotting makes of it. 中央财政拟投入433亿元用于促进就业 -> 中央财政促进就业投入, 国家财政将安排支出1030多亿元 -> 国家财政支出:
    a subject that is only a payer's budget and its verb of allotting (rules/targets.yaml payer_allots) ends the name with
    what the verb makes of the money (payer_allot_names: 投入, 支出), the use where one is written. 今年中央财政安排109亿元资金
    支持再就业 -> 中央财政支持再就业资金, 安排300万元开展普惠加油、健身等特色普惠项目 -> 普惠加油、健身等特色普惠项目资金: a verb of
    allotting right before the amount (money_use_verbs) and a use after it name the money 资金 (money_use_head), the payer
    being the subject without the verb; "" where no use follows (中央预算内投资安排5076亿元) or the subject names a measure or
    a fund of its own (科技投入, …奖补资金安排1亿元,支持…)."""
    if not q.unit.endswith("元"):
        return ""
    budget = patterns()["payer_allots"].search(subject)
    if budget is not None:
        spent = config()["payer_allot_names"].get(budget.group("verb"), budget.group("verb"))
        return budget.group("payer") + _use_after(text, q) + spent
    if (subject and patterns()["suffix"].search(subject)) or _fund_noun().search(subject):
        return ""
    p = _money_use()
    if not p["verb"].search(text, lo, q.start):
        return ""
    use = _use_after(text, q)
    return stripped(p["payer"].sub("", subject)) + use + config()["money_use_head"] if use else ""


def _use_after(text: str, q: Quantity) -> str:
    """What money is for, written after its amount to its clause's end (用于促进就业, 支持再就业, 开展普惠加油…项目, 对…平台
    予以算力支持: rules/targets.yaml money_use), "" where nothing is: the one reading of an allotment's use."""
    m = _money_use()["use"].match(text, q.end, sentence_end(text, q.end))
    return (m.group("object") or m.group("supported") or m.group("given")).strip() if m else ""


@functools.cache
def _money_use() -> dict[str, re.Pattern]:
    cfg = config()
    verbs = rules.alternation(cfg["money_use_verbs"])
    return {"verb": rules.compile_pattern(rf"(?:{verbs})[ ]*$"),
            # (the subject without the verb: 安排 alone names no payer)
            "payer": rules.compile_pattern(rf"(?:{rules.alternation(cfg['allotting_adverbs'])})*(?:{verbs})$"),
            "use": rules.compile_pattern(cfg["money_use"])}


def fund_named(q: Quantity, noun: str, subject: str) -> str:
    """国家今年再安排30亿元国债资金 -> 国债资金, 使用1000亿元失业保险基金 -> 失业保险基金, 中央财政安排109亿元资金支持再就业 ->
    中央财政资金: money followed by the fund it is an amount of (rules/targets.yaml fund_nouns) is named by the fund, a
    generic one by its payer too; "" where the subject names a measure of its own (科技投入, 支出规模) or no fund follows."""
    if not q.unit.endswith("元") or not noun or (subject and patterns()["suffix"].search(subject)):
        return ""
    m = _fund_noun().match(noun)
    if m is None:
        return ""
    return subject + m.group() if m.group() in config()["generic_fund_nouns"] else m.group()


@functools.cache
def _fund_noun() -> re.Pattern:
    """The noun after money up to its fund head (国债资金, 失业保险基金, 新增定期存款), no clause mark or number in it."""
    return rules.compile_pattern(rf"[\p{{Han}}]{{0,8}}?(?:{rules.alternation(config()['fund_nouns'])})+")
