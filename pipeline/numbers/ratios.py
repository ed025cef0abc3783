"""Ratios to one (车桩比达到1.9:1, 按照1∶1的比例分担): read only where a ratio is named before them or a split
between two parties after (rules/targets.yaml ratio)."""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from .. import rules
from . import Quantity, number_rules


def _colons() -> str:
    """The colons a ratio is written with (rules/targets.yaml ratio.colons), escaped for a character class."""
    return "".join(re.escape(c) for c in number_rules()["ratio"]["colons"])


@functools.cache
def _ratio_pattern() -> re.Pattern:
    colon = _colons()
    post = rules.alternation(list(number_rules()["post_bounds"]))
    return re.compile(rf"(?=\d)(?<![\d.{colon}])(?P<num>\d+(?:\.\d+)?)[ ]*[{colon}][ ]*1(?![\d.{colon}])"
                      rf"(?:[ ]*(?P<post>{post}))?")


@functools.cache
def _ratio_to_one() -> re.Pattern:
    """A colon and the 1 after it, which every ratio has: found fast (its first character is a colon), where the
    ratio pattern stops at every digit; a text without one is not scanned."""
    return re.compile(rf"[{_colons()}][ ]*1")


@functools.cache
def _split_patterns() -> tuple[re.Pattern, re.Pattern]:
    cfg = number_rules()["ratio"]
    return re.compile(cfg["split_before"]), re.compile(cfg["split_after"])


def ratio_split(text: str, start: int, end: int) -> str | None:
    """What a ratio to one at start..end splits between two parties (分担, 出资, 央地共担), if it is a split: 按照1∶1的
    比例分担 (rules/targets.yaml ratio.split_before, split_after)."""
    before, after = _split_patterns()
    if not before.search(text, max(0, start - 6), start):
        return None
    m = after.match(text, end, min(len(text), end + 16))
    return m.group("shared") if m else None


def find_ratios(text: str, start: int = 0, end: int | None = None) -> Iterator[Quantity]:
    """Ratios to one (车桩比达到1.9:1): value 1.9, unit ":1", only where a ratio is named before them
    in their sentence (rules/targets.yaml ratio)."""
    end = len(text) if end is None else end
    cfg, post_bounds = number_rules()["ratio"], number_rules()["post_bounds"]
    if not _ratio_to_one().search(text, start, end):
        return
    for m in _ratio_pattern().finditer(text, start, end):
        lo = max(start, m.start() - cfg["reach"])
        before = text[lo:m.start()]
        before = before[max(before.rfind(c) for c in "。;\n") + 1:]
        if (cfg["named_by"] not in before or text.startswith(tuple(cfg["applied_after"]), m.end())) \
                and ratio_split(text, m.start(), m.end()) is None:
            continue  # (a split between two parties counts wherever it stands: 按照1∶1的比例分担)
        yield Quantity(start=m.start(), end=m.end(), num_start=m.start("num"), value=float(m.group("num")),
                       value_max=None, unit=":1", chinese=False, symbol=None,
                       post=post_bounds.get(m.group("post")) if m.group("post") else None)
