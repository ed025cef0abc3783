"""Dates as notices write them: 2018年7月31日, 2020-10-29, 二〇一八年七月三十一日."""

from __future__ import annotations

import datetime as dt

from ..numbers.numerals import whole_number, year_number
from ..rules import compile_pattern

_CN_DIGIT_CLASS = "〇○零O一二三四五六七八九"
# a year in Chinese numerals whose 〇 is typed as the digit 0 (二0一一年十月十七日, fifteenth H53B_03), not leading
_CN_YEAR = rf"[{_CN_DIGIT_CLASS}][{_CN_DIGIT_CLASS}0]{{3}}"
DATE_SOURCE = (r"(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
               r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
               rf"|{_CN_YEAR}\s*年\s*[一二三四五六七八九十]{{1,2}}\s*月"
               r"\s*[一二三四五六七八九十]{1,3}\s*日)")
_DATE_ARABIC = compile_pattern(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_DATE_CHINESE = compile_pattern(rf"({_CN_YEAR})\s*年\s*([一二三四五六七八九十]{{1,2}})\s*月"
                              r"\s*([一二三四五六七八九十]{1,3})\s*日")


def parse_date(s: str) -> dt.date | None:
    """First date in `s`: 2018年7月31日, 2020-10-29, 二〇一八年七月三十一日."""
    m = _DATE_ARABIC.search(s)
    if m:
        y, mo, d = (int(g) for g in (m.groups()[:3] if m.group(1) else m.groups()[3:]))
        return safe_date(y, mo, d)
    m = _DATE_CHINESE.search(s)
    if m:
        y = year_number(m.group(1).replace("0", "〇"))
        mo, d = whole_number(m.group(2)), whole_number(m.group(3))
        if y and mo and d:
            return safe_date(y, mo, d)
    return None


def safe_date(y: int, mo: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None
