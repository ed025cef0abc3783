"""Chinese numerals written the standard way (三百, 一千零五十, 两千, 一亿三千五百万) and
digit by digit (八五, 一九八七), read without cn2an.

Importing cn2an compiles its patterns (and those of the library it preprocesses with): about
0.2 s of CPU, as much as the stages spend on 0.5 MB of notices. numbers.to_number asks it only
for what is read here as None (decimals such as 一点五, spoken forms such as 一万五).

A numeral is read here only when it is written exactly as `written` writes its value (二 may
be 两), so it is one cn2an reads to the same value: tests/unit/test_numerals.py checks every
value below 10^6 and samples above it against cn2an.
"""
from __future__ import annotations

# (〇 is left to cn2an here; numbers.py reads it in numerals below 100 and years)
DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
# The largest value read here (the range checked against cn2an).
LARGEST = 10**12 - 1


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
