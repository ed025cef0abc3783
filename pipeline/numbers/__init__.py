"""Numbers and quantities: a number with its unit and the bound words written around it.

`quantities.find_quantities(text, start, end)` yields every `Quantity` (number, optional range
end, unit, comparator from a symbol or a bound word after the number) in a stretch of text.
What the words before the number mean (verbs, 至少, changes, periods) is the targets stage's
business; this package only reads the quantity expression itself, one module per job:
`numerals` (the value of a number written in digits or Chinese numerals), `quantities` (a
number with its unit and bounds), `magnitudes` (万, 亿 … in units, and standing for a number:
超千家), `money` (amounts in 元, 角 and 分), `points` (points of a scoring scheme), `ratios`
(ratios to one).
"""
from __future__ import annotations

from dataclasses import dataclass

from .. import rules


@dataclass
class Quantity:
    start: int          # span of the whole expression (symbol .. bound word)
    end: int
    num_start: int      # span of the number(s) and unit only
    value: float
    value_max: float | None
    unit: str
    chinese: bool       # the number is written in Chinese numerals
    symbol: str | None  # comparator from a symbol before the number (≥)
    post: str | None    # comparator from a bound word after it (以上)
    prefix_pct: bool = False  # written 百分之X

    @property
    def comparator(self) -> str | None:
        if self.value_max is not None:
            return "range"
        return self.post or self.symbol


def number_rules() -> dict:
    """The words numbers are read with (rules/targets.yaml)."""
    return rules.load("targets")
