"""Coordinated members that say who or where a value applies to (persons, households, enterprises, titles, degrees,
places), not what it sets: a value said of a list of them is one row, the list kept in its name (docs/CONVENTIONS.md,
Targets and parameters: ruling of the twentieth session; rules/targets.yaml qualifying_party_heads, qualifying_place_heads)."""
from __future__ import annotations

import functools
import itertools
import re

from .. import regions
from .. import rules
from .. import words as segmentation
from .patterns import config


@functools.cache
def _heads() -> dict[str, re.Pattern]:
    cfg = config()
    return {"party": re.compile(f"(?:{rules.alternation(cfg['people_nouns'] + cfg['qualifying_party_heads'])})$"),
            "place": re.compile(f"(?:{rules.alternation(cfg['qualifying_place_heads'])})$")}


def names_a_place(words: str) -> bool:
    """海口市, 锦江区 (a division the table names), 渝西地区 (a head of places)."""
    return bool(_heads()["place"].search(words)) or regions.is_division(words)


def names_a_party(words: str) -> bool:
    """副高级职称人员, 多子女家庭, 高级技师, 全日制专科生: words ending with the noun of a party."""
    return bool(_heads()["party"].search(words))


def names_a_party_or_place(words: str) -> bool:
    return names_a_party(words) or names_a_place(words)


def qualifiers_listed(parts: list[str], places_only: bool = False) -> bool:
    """硕士研究生、副高级职称人员及技师补贴标准, 海口市、三亚市占比: every member before the last names a party or a place
    (a place only, `places_only`), and the last, which runs on into the name, opens with one (its words up to it)."""
    names = names_a_place if places_only else names_a_party_or_place
    if not all(names(p) for p in parts[:-1]):
        return False
    return any(names(w) for w in itertools.accumulate(segmentation.words(parts[-1])[:-1]))
