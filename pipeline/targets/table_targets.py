"""Targets from the rows of flattened indicator tables (pipeline/targets/indicator_table.py)."""
from __future__ import annotations

import functools
import re

from .. import rules
from ..document import Document, Target
from ..numbers import Quantity
from ..numbers.quantities import find_quantities
from .context import Context, read_context
from .deadline_index import deadline_index
from .indicator_table import IndicatorTable, TableRow
from .patterns import config


def table_targets(doc: Document, table: IndicatorTable) -> list[Target]:
    out: list[Target] = []
    text = doc.text
    for row in table.rows:
        quantities = list(find_quantities(text, row.value_start, row.value_end))
        if not quantities:
            quantities = _bare_number(text, row.value_start, row.value_end, row.unit_hint)
        for q in quantities[:1]:
            ctx = read_context(doc, q, row.value_start, None, row.value_start) or Context()
            comparator = q.comparator or ctx.comparator
            if comparator is None:
                comparator = "=" if ctx.kind != "level" else (ctx.verb_comparator or "=")
            out.append(Target(indicator=row.indicator, comparator=comparator, value=q.value, unit=q.unit,
                              span_text=text[q.start:q.end], char_start=q.start, char_end=q.end,
                              sentence=text[row.value_start:row.value_end].strip(),
                              value_max=q.value_max, kind=ctx.kind, per=ctx.per,
                              baseline_year=ctx.baseline_year, deadline=_row_deadline(doc, row),
                              nature=row.nature))
    return out


def _row_deadline(doc: Document, row: TableRow):
    """A row's own date (its 完成时限 cell, else a date in any of its cells) before the year
    of the target column's header."""
    usable = deadline_index(doc).usable
    for a, b in ([row.deadline_cell] if row.deadline_cell else []) + [(row.row_start, row.row_end)]:
        own = usable.starting_in(a, b)
        if own:
            return own[0].date
    return row.deadline


@functools.cache
def _bare_pattern() -> re.Pattern:
    cfg = config()
    return rules.compile_pattern(rf"(?P<symbol>{rules.alternation(list(cfg['symbols']))})?[ ]*"
                                 rf"(?P<num>\d+(?:\.\d+)?)[ ]*(?P<post>{rules.alternation(list(cfg['post_bounds']))})?")


def _bare_number(text: str, s: int, e: int, unit: str | None) -> list[Quantity]:
    """A value cell holding only a number, its unit in a 单位 column."""
    if not unit:
        return []
    m = _bare_pattern().search(text, s, e)
    if not m or text[s:e].strip() != m.group().strip():
        return []
    cfg = config()
    unit = cfg["percent_units"].get(unit, unit)
    symbol = cfg["symbols"].get(m.group("symbol")) if m.group("symbol") else None
    post = cfg["post_bounds"].get(m.group("post")) if m.group("post") else None
    return [Quantity(start=m.start(), end=m.end(), num_start=m.start("num"), value=float(m.group("num")),
                     value_max=None, unit=unit, chinese=False, symbol=symbol, post=post)]
