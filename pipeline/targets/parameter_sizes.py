"""The size set for a thing, written before it (建筑面积95平方米左右的三室户): apart from the other readings of
parameters, as exclusions.py asks it too (an area about a number picks out no set of things)."""
from __future__ import annotations

import functools
import re

from .patterns import parameter_config


def sized_thing(text: str, q, before: str) -> str | None:
    """可少量配置建筑面积95平方米左右的三室户, 免租入住…面积90平方米左右的住房: an area about a number written before
    a noun is the size set for it, named <noun><area noun> (三室户建筑面积); rules/parameters.yaml sized_thing_after."""
    cfg = parameter_config()
    if q.unit not in cfg["area_units"] or q.post != "~" or not text.endswith("左右", q.start, q.end):
        return None
    noun = next((n for n in cfg["sized_area_nouns"] if before.rstrip().endswith(n)), None)
    m = _sized_after().match(text, q.end) if noun else None
    return f"{m.group('thing')}{noun}" if m else None


@functools.cache
def _sized_after() -> re.Pattern:
    return re.compile(parameter_config()["sized_thing_after"])
