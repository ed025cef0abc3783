"""Points of a scoring scheme (信用分值加5分, 每满1年积2分): unit 分, read only next to the words that give
points (rules/targets.yaml points)."""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import regex

from .. import rules
from . import Quantity, number_rules
from .numerals import plain_number, to_number


def points_verbs() -> list[str]:
    """The words right before points: adding, taking off or setting them (rules/targets.yaml points)."""
    points = number_rules()["points"]
    return points["adding"] + points["taking_off"] + points["setting"]


@functools.cache
def _points_pattern() -> re.Pattern:
    cfg = number_rules()
    digits, number = cfg["chinese_digits"], plain_number(cfg)
    unit = re.escape(cfg["points"]["unit"])
    after, before = rules.alternation(points_verbs()), rules.alternation(cfg["points"]["before"])
    # (分钱: a cent; 分之: a fraction; 分钟: a minute; the lookahead, true wherever a match can
    # start, lets the scan skip other characters fast: a quarter of the time)
    first = regex.escape("".join(sorted({w[0] for w in points_verbs()}))) + cfg["chinese_leading"]
    return re.compile(rf"(?=[\d{first}])(?:(?:{after})[ ]*(?P<num>{number})[ ]*{unit}(?![之钟钱])"
                      rf"|(?<![\d.{digits}])(?P<num2>{number})[ ]*{unit}(?=的?(?:{before})))")


def _number_before_unit(text: str, start: int, end: int, unit: str) -> bool:
    """Whether the unit follows a digit in text[start:end] (spaces between), as in every match of the points
    pattern: a notice without one is not scanned (the pattern's scan stops at every numeral and verb, the
    unit's occurrences are few and found fast)."""
    digits = number_rules()["chinese_digits"]
    at = text.find(unit, start, end)
    while at >= 0:
        i = at
        while i > start and text[i - 1] == " ":
            i -= 1
        if i > start and (text[i - 1].isdigit() or text[i - 1] in digits):
            return True
        at = text.find(unit, at + 1, end)
    return False


@functools.cache
def _scored_pattern() -> re.Pattern:
    return re.compile(rules.alternation(number_rules()["points"]["scored_by"]))


def find_points(text: str, start: int = 0, end: int | None = None) -> Iterator[Quantity]:
    """Points of a scoring scheme (信用分值加5分, 每满1年积2分, 最高分值为20分, 给予企业10分的加分奖励): unit 分,
    only right after a word that adds, takes off or sets points or right before an award of points
    (rules/targets.yaml points)."""
    end = len(text) if end is None else end
    if not _number_before_unit(text, start, end, number_rules()["points"]["unit"]):
        return
    for m in _points_pattern().finditer(text, start, end):
        group = "num" if m.group("num") else "num2"
        num = m.group(group)
        if num == "十":
            # 十分 is "very" (增加十分困难) unless a score is named before it in the clause (考试分数给予增加十分照顾)
            clause = re.split(r"[,;:。!?\n]", text[max(0, m.start() - 40):m.start()])[-1]
            if not _scored_pattern().search(clause):
                continue
        value = to_number(num)
        if value is None:
            continue
        yield Quantity(start=m.start(group), end=m.end(),
                       num_start=m.start(group), value=value, value_max=None,
                       unit=number_rules()["points"]["unit"], chinese=not num[0].isdigit(), symbol=None, post=None)
