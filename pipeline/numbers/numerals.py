"""The value of a number as written: in Arabic digits (58, 1,000, 0.5), in Chinese numerals the
standard way (三百, 一千零五十, 两千, 一亿三千五百万) and digit by digit (八五, 一九八七, 二〇二〇).

Importing cn2an compiles its patterns (and those of the library it preprocesses with): about
0.2 s of CPU, as much as the stages spend on 0.5 MB of notices. `to_number` asks it only
for what `read_numeral` reads as None (decimals such as 一点五, spoken forms such as 一万五).

A numeral is read by `read_numeral` only when it is written exactly as `written` writes its
value (二 may be 两), so it is one cn2an reads to the same value: tests/unit/test_numerals.py
checks every value below 10^6 and samples above it against cn2an.
"""
from __future__ import annotations

import functools

import regex

# (〇 is left to cn2an in read_numeral; to_number reads it in numerals below 100, year_number in years)
DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
# The largest value read here (the range checked against cn2an).
LARGEST = 10**12 - 1


_ARABIC = regex.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
# Numerals up to 九十九 (same values as cn2an's "smart" mode, checked over every such form).
_SMALL_CHINESE = regex.compile(r"(?P<tens>[一二两三四五六七八九])?(?P<ten>十)(?P<units>[一二两三四五六七八九])?"
                               r"|(?P<units>[零〇一二两三四五六七八九])")
_CHINESE_DIGITS = {**DIGITS, "〇": 0}


@functools.lru_cache(maxsize=4096)
def to_number(s: str) -> float | None:
    """'58' -> 58.0, '1,000' -> 1000.0, '二' -> 2.0, '十五' -> 15.0; None if not a number."""
    s = s.strip()
    if _ARABIC.fullmatch(s):
        return float(s.replace(",", ""))
    if len(s) > 1 and len(set(s)) == 1:
        return None  # 一一列出, 三三两两: a repeated numeral is an adverb, not a number
    small = _SMALL_CHINESE.fullmatch(s)
    if small:  # 一 … 九十九: read here, so cn2an is loaded only for longer numerals
        tens, units = small.group("tens", "units")
        if small.group("ten") is None:
            return float(_CHINESE_DIGITS[units])
        return float(_CHINESE_DIGITS.get(tens, 1) * 10 + _CHINESE_DIGITS.get(units, 0))
    s = s.replace("〇", "零")
    value = read_numeral(s)  # 三百, 一千零五十, 八五: read without cn2an (read_numeral below)
    if value is not None:
        return float(value)
    try:
        import cn2an  # imported on the first other numeral (一点五, 一万五): loading it costs ~0.2 s
        value = cn2an.cn2an(s, "smart")
    except Exception:  # cn2an raises its own errors on malformed numerals
        return None
    return float(value)


def whole_number(s: str) -> int | None:
    """A whole number written either way (month, day, ordinal): '12' -> 12, '二十一' -> 21."""
    value = to_number(s)
    return int(value) if value is not None and value == int(value) else None


_YEAR_DIGITS = {"〇": 0, "○": 0, "零": 0, "O": 0, "Ｏ": 0, **{c: v for c, v in _CHINESE_DIGITS.items() if c != "两"}}


def year_number(s: str | None) -> int | None:
    """A year written digit by digit: '2020' -> 2020, '二〇二〇' -> 2020."""
    if not s:
        return None
    if s.isdigit():
        return int(s)
    if any(c not in _YEAR_DIGITS for c in s):
        return None
    return int("".join(str(_YEAR_DIGITS[c]) for c in s))


def plain_number(cfg: dict) -> str:
    """A number in Arabic digits (with decimals, no thousands commas) or in Chinese ones, starting where its run of
    digits starts (the money and the points patterns)."""
    digits, lead = cfg["chinese_digits"], cfg["chinese_leading"]
    return rf"(?:(?<!\d)\d+(?:\.\d+)?|(?<![{digits}])[{lead}][{digits}]*)"


def read_numeral(s: str) -> int | None:
    """The value of a numeral written with 零 一 … 九 (二 or 两) and 十 百 千 万 亿, or None when
    it is not written as `written` would write it (read by cn2an then)."""
    if not s or any(c not in DIGITS and c not in _UNITS and c not in "万亿" for c in s):
        return None
    if all(c in DIGITS for c in s):  # 八五, 一九八七: digit by digit
        return None if s[0] == "零" else int("".join(str(DIGITS[c]) for c in s))
    value = _value(s)
    if value is None or not 0 < value <= LARGEST:
        return None
    return value if written(value) == s.replace("两", "二") else None


def _value(s: str) -> int | None:
    """A loose reading, checked against `written` after."""
    high, _, rest = s.rpartition("亿")
    middle, _, low = rest.rpartition("万")
    parts = [_group(x) for x in (high, middle, low)]
    if None in parts:
        return None
    return parts[0] * 10**8 + parts[1] * 10**4 + parts[2]


def _group(s: str) -> int | None:
    """1 … 9999 (0 when empty) read loosely."""
    value, digit = 0, None
    for c in s:
        if c == "零":
            continue
        if c in DIGITS:
            if digit is not None:
                return None
            digit = DIGITS[c]
        elif c in _UNITS:
            value += (1 if digit is None else digit) * _UNITS[c]
            digit = None
        else:
            return None  # 万 or 亿 twice
    return value + (digit or 0)


def written(n: int) -> str:
    """n (1 … LARGEST) in standard Chinese: 10 十, 15 十五, 110 一百一十, 1005 一千零五,
    10500 一万零五百, 150000 十五万, 100000000 一亿."""
    groups = []  # of four digits, the highest first
    while n:
        n, low = divmod(n, 10**4)
        groups.append(low)
    groups.reverse()
    if len(groups) > 3:
        raise ValueError(f"{n} is beyond 亿")
    out, zero = [], False
    for group, name in zip(groups, ["亿", "万", ""][-len(groups):]):
        if group == 0:
            zero = True
            continue
        if out and (zero or group < 1000):
            out.append("零")
        out.append(_four(group, leading=not out) + name)
        zero = False
    return "".join(out)


def _four(n: int, leading: bool) -> str:
    """1 … 9999 in Chinese; 10-19 without 一 when it opens the numeral (十五, 一百一十五)."""
    out, zero = [], False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // value % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out.append("零")
            zero = False
        if not (unit == "十" and d == 1 and leading and not out):
            out.append("零一二三四五六七八九"[d])
        out.append(unit)
    return "".join(out)
