"""Amounts of money in 元, 角 and 分 (二角六分, 五元五角, 1元2角5分, 3分钱, 1毛钱), read whole, in 元."""
from __future__ import annotations

import functools
import re

from . import Quantity, number_rules
from .numerals import plain_number, to_number


@functools.cache
def money_pattern() -> re.Pattern:
    """An amount of money in 元, 角 and 分 (二角六分, 五元五角, 1元2角5分): 角 with 元 before it or
    分 after it, so that 三角地带 and 八角 are no money."""
    cfg = number_rules()
    digit = rf"[{cfg['chinese_leading']}\d]"
    number = plain_number(cfg)
    # (the lookahead, true wherever a match can start, lets the scan skip other characters fast)
    # (提高3分钱, 分别提高3分、5分和1毛钱: cents and dimes said with 钱, after the amount or after the list it closes; 分
    # alone is also a point or a minute, 毛 a word of its own)
    coin = rf"{number}[分毛]"
    return re.compile(rf"(?={digit})(?:(?P<yuan>{number})元(?P<jiao>{digit})角(?:(?P<fen>{digit})分)?"
                      rf"|(?<![{cfg['chinese_digits']}\d元])(?P<jiao2>{digit})角(?P<fen2>{digit})分"
                      rf"|(?P<coin>{number})(?P<coin_unit>[分毛])(?:钱|(?=(?:[ ]*[、和及与][ ]*{coin})+钱)))")


# how many of each coin make one 元
_COIN_SIZES = {"分": 100, "毛": 10}


def money_quantity(m: re.Match) -> Quantity | None:
    """The amount a match of `money_pattern` names, in 元 (None where a numeral does not read)."""
    if m.group("coin"):
        coins = to_number(m.group("coin"))
        return None if coins is None else Quantity(
            start=m.start(), end=m.end(), num_start=m.start(), value=round(coins / _COIN_SIZES[m.group("coin_unit")], 2),
            value_max=None, unit="元", chinese=not m.group()[0].isdigit(), symbol=None, post=None)
    yuan = to_number(m.group("yuan")) if m.group("yuan") else 0.0
    jiao = to_number(m.group("jiao") or m.group("jiao2"))
    fen_raw = m.group("fen") or m.group("fen2")
    fen = to_number(fen_raw) if fen_raw else 0.0
    if yuan is None or jiao is None or fen is None:
        return None
    value = round(yuan + jiao / 10 + fen / 100, 2)
    return Quantity(start=m.start(), end=m.end(), num_start=m.start(), value=value, value_max=None, unit="元",
                    chinese=not m.group()[0].isdigit(), symbol=None, post=None)
