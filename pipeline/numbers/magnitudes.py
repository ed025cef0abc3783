"""Magnitudes (十 百 千 万 亿) in units and standing for numbers: how many 元 a 万元 is, and 超千家, 百万吨以上,
where the magnitude is the number itself."""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from .. import rules
from . import Quantity, number_rules

MAGNITUDES = {"": 1, "十": 10, "百": 100, "千": 1e3, "万": 1e4, "十万": 1e5, "百万": 1e6, "千万": 1e7, "亿": 1e8,
             "万亿": 1e12}


def scale(unit: str, into: str) -> float | None:
    """How many `into` one `unit` is (万元 into 元: 10000), if they measure the same thing."""
    for a, fa in MAGNITUDES.items():
        for b, fb in MAGNITUDES.items():
            if unit.startswith(a) and into.startswith(b) and unit[len(a):] == into[len(b):] and unit[len(a):]:
                return fa / fb
    return None


def bare_magnitudes(text: str, start: int, end: int | None) -> Iterator[Quantity]:
    """超千家, 超万名, 百万吨以上, 突破万亿元: a magnitude standing for the number itself (千 for 一千, 万名 for
    一万名), read only after a word of exceeding or nearing (rules/targets.yaml bare_magnitude_leads) or before
    a bound word (以上, 左右), so that 千家万户 and 百花齐放 stay words."""
    end = len(text) if end is None else end
    leads = tuple(number_rules()["bare_magnitude_leads"])
    for m in _bare_pattern().finditer(text, start, end):
        count, scale_word, post = m.group("count") or "", m.group("scale") or "", m.group("post")
        led = any(text.startswith(w, m.start() - len(w)) for w in leads)
        if not (count or scale_word) or not (led or post):
            continue
        if m.group("measure").endswith("元") and not post and "\u4e00" <= text[m.end():m.end() + 1] <= "\u9fff":
            continue  # 产值超亿元企业: a class of firms named by their size
        yield Quantity(start=m.start(), end=m.end(), num_start=m.start(), value=MAGNITUDES[count] if count else 1.0,
                       value_max=None, unit=scale_word + m.group("measure"), chinese=True, symbol=None,
                       post=number_rules()["post_bounds"][post] if post else None)


@functools.cache
def _bare_pattern() -> re.Pattern:
    cfg, alt = number_rules(), rules.alternation
    return re.compile(rf"{_bare_lead(cfg['measure_words'])}(?<![{cfg['chinese_digits']}\d.])(?P<count>百|千)?"
                      rf"(?P<scale>万亿|亿|万)?(?P<measure>{alt(cfg['measure_words'])})(?P<post>以上|左右)?")


def _bare_lead(measures: list[str]) -> str:
    """A lookahead of what a read match can open with, so that the scan skips every other measure word
    (most of a text's, 40 times the matches read). Only a match with its count or scale is read, and such
    a match opens with 百, 千, 万 or 亿, or with a measure word holding one of them after another character
    (平方千米: a match of that word hides the 千米 inside it, so it must still be matched). The matches
    skipped then hide no match read, unless a measure word not opening with a magnitude holds one of those
    openings past its first character: then no lookahead (the same matches at the scan's full cost)."""
    magnitudes = "百千万亿"
    hiding = [w for w in measures if w[0] not in magnitudes and any(c in magnitudes for c in w[1:])]
    openings = set(magnitudes) | {w[0] for w in hiding}
    if any(c in openings for w in [*measures, "以上", "左右"] if w[0] not in magnitudes and w not in hiding
           for c in w[1:]):
        return ""
    return "(?=" + "|".join(["[" + magnitudes + "]", *map(re.escape, hiding)]) + ")"

