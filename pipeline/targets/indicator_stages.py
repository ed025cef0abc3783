"""A count whose subject is only a stage verb (新开工700万套, 基本建成500万套), named by the stage and what it is the
stage of (pipeline/targets/indicators.py; rules/targets.yaml stage_verbs)."""
from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from .. import rules
from ..document import Document
from ..numbers import Quantity
from .counted_noun import following_np
from .indicator_subject import previous_clause_object
from .patterns import config, is_han, sentence_end

if TYPE_CHECKING:
    from .context import Found


@functools.cache
def stage_verb() -> re.Pattern:
    return rules.compile_pattern(rules.alternation(config()["stage_verbs"]))


def staged(doc: Document, q: Quantity, lo: int, previous: Found | None, sentence_start: int, stage: str, noun: str) -> str:
    """The name of a count whose subject is only a stage verb (rules/targets.yaml stage_verbs): the stage and what it is
    the stage of, from the noun after the number, the target before it of the same unit (its own verb left out), the noun
    after the next member of its list, or the object of the clause before; the stage alone where none is found."""
    text = doc.text
    if noun and (is_han(noun[0]) or noun[0] in "“《"):
        return stage + noun  # 建成投产50个项目
    if previous is not None and previous.context.indicators and previous.quantity.unit == q.unit:
        thing = _without_verb(previous.context.indicators[0])
        if thing:
            return thing + stage  # 城镇保障性住房基本建成470万套、新开工630万套 -> 城镇保障性住房新开工
    m = _next_member(q.unit).match(text, q.end)
    if m:
        shared = following_np(text, m.end(), sentence_end(text, m.end()))
        if shared and is_han(shared[0]):
            return stage + shared  # 启动3000户、完成2000户特殊困难老年人家庭适老化改造
    thing = _without_verb(previous_clause_object(doc, lo, sentence_start))
    thing = _goal_words().sub("", _opening_verb().sub("", thing))  # (…建设目标任务为:1.新开工2912套: no thing named)
    return thing + stage if thing else stage  # 启动新的三年棚改攻坚计划,今年开工580万套 -> 新的三年棚改攻坚计划开工


@functools.cache
def _goal_words() -> re.Pattern:
    return re.compile(rf"^(?:{rules.alternation(config()['goal_words'])})+$")


@functools.cache
def _next_member(unit: str) -> re.Pattern:
    """The next member of a list of counts in `unit` after a number (、完成2000户): a few words and its number, compiled
    once per unit rather than for every count."""
    return rules.compile_pattern(rf"[ ]*(?:以上|左右)?[ ]*[、和及与][ ]*[^\d,;:。、]{{0,6}}?[\d.]+[ ]*{re.escape(unit)}")


def _without_verb(name: str) -> str:
    """保障性安居工程建设 -> 保障性安居工程, 城镇保障性住房基本建成 -> 城镇保障性住房, 新能源开工 -> 新能源."""
    return _closing_verb().sub("", name)


@functools.cache
def _opening_verb() -> re.Pattern:
    cfg = config()
    verbs = cfg["count_verbs"] + cfg["bare_verbs"] + cfg["stage_verbs"] + cfg["increase_verbs"] + cfg["decrease_verbs"]
    return rules.compile_pattern(rf"^(?:{rules.alternation(verbs)})+")


@functools.cache
def _closing_verb() -> re.Pattern:
    cfg = config()
    verbs = rules.alternation(cfg["count_verbs"] + cfg["bare_verbs"] + cfg["stage_verbs"])
    adverbs = rules.alternation(cfg["closing_verb_adverbs"])
    return rules.compile_pattern(rf"(?:{adverbs})?(?:{verbs})+$")
