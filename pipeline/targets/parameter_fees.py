"""A charge named by its fee: a noun ending in 费 right before an amount in 元 (普通殡葬专用车遗体接运费320元, 消毒工料费50元,
其中接尸费170元; the exam fees of rules/parameters.yaml name_heads, 报名费, 考务费, are such nouns too). 费 is the fee an item
costs, so the amount is what the notice sets for it: a parameter, whatever list or bracket it stands in. Only in 元: a sum
in 万元 or 亿元 named 费 is a budget (安排优抚事业费74.6亿元), the government's own; and not where 费 closes a verb or a noun
that is no fee (经费, 消费, 花费, 收费, 缴费, 免费: rules/parameters.yaml fee_not_after)."""
from __future__ import annotations

import functools
import re

from .. import rules
from .parameter_names import after_last_number, commits, trim
from .patterns import parameter_config, parameter_patterns


def fee_charged(text: str, before: str, q, clause_start: int) -> str | None:
    """The fee named right before the amount (at most a setter or a colon between), if `q` is in 元."""
    if q.unit != parameter_config()["fee_unit"]:
        return None
    m = _fee_before().search(after_last_number(before))
    if m is None or commits(text, clause_start, q.start):
        return None
    name = _fee_name_lead().sub("", m.group("name"))
    name = name[name.rfind("(") + 1:] if name.count("(") > name.count(")") else name
    breaks = list(parameter_patterns()["break"].finditer(name))
    name = trim(name[breaks[-1].end():] if breaks else name)
    if name.endswith(tuple(parameter_config()["fund_words"])):
        return None
    return name if len(name) > 1 else None


@functools.cache
def _fee_name_lead() -> re.Pattern:
    """The label or bracket opening the item is no part of the name ((一)普通殡葬专用车遗体接运费, (其中接尸费)."""
    return rules.compile_pattern(parameter_config()["fee_name_lead"])


@functools.cache
def _fee_before() -> re.Pattern:
    cfg = parameter_config()
    return rules.compile_pattern(rf"(?:^|[,;:、 ])(?P<name>[^,;:、 ]{{0,18}}?(?<!{rules.alternation(cfg['fee_not_after'])})费)"
                                 rf"[ ]*(?:{rules.alternation(cfg['fee_setters'])})?[ ]*$")
