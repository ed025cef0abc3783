"""Calendar spans a time expression names: a year, month, day, 旬, quarter or half-year."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

import regex

from ..numbers.numerals import whole_number


@dataclass
class Span:
    """A calendar span read from the text; year None means 'the issue year'."""
    year: int | None
    month: int | None = None
    day: int | None = None
    quarter: int | None = None
    half: int | None = None
    xun: int | None = None
    edge: bool = False  # 底/末: the end of the span

    @property
    def is_day(self) -> bool:
        return self.day is not None

    def first(self, year: int) -> dt.date:
        if self.day is not None:
            return dt.date(year, self.month, self.day)
        if self.month is not None:
            return dt.date(year, self.month, {None: 1, 1: 1, 2: 11, 3: 21}[self.xun])
        if self.quarter is not None:
            return dt.date(year, 3 * self.quarter - 2, 1)
        if self.half is not None:
            return dt.date(year, 1 if self.half == 1 else 7, 1)
        return dt.date(year, 1, 1)

    def last(self, year: int) -> dt.date:
        if self.day is not None:
            return dt.date(year, self.month, self.day)
        if self.month is not None:
            end = calendar.monthrange(year, self.month)[1]
            return dt.date(year, self.month, {None: end, 1: 10, 2: 20, 3: end}[self.xun])
        if self.quarter is not None:
            month = 3 * self.quarter
            return dt.date(year, month, calendar.monthrange(year, month)[1])
        if self.half is not None:
            return dt.date(year, 6, 30) if self.half == 1 else dt.date(year, 12, 31)
        return dt.date(year, 12, 31)


def quarter_number(s: str) -> int:
    return whole_number(s.strip("第").removesuffix("季度"))


def span_of(m: regex.Match, tag: str, year: int | None) -> Span:
    """The month/day/旬 details captured under `tag`."""
    month = m.group(f"{tag}m")
    day = m.group(f"{tag}d")
    xun = m.group(f"{tag}xun")
    return Span(year=year,
                 month=whole_number(month) if month else None,
                 day=whole_number(day) if day else None,
                 xun={"上": 1, "中": 2, "下": 3}[xun[0]] if xun else None)
