"""Number labels (一、 (一) 1. (1) ① 第一章 第一条 专栏1 1.2.1): the style, ordinal and heading
of the label opening a line."""
from __future__ import annotations

import functools
from dataclasses import dataclass

from ..markdown import link_only
from ..numbers.numerals import whole_number
from ..rules import compile_pattern
from .patterns import patterns

_TRAILING_PUNCT = compile_pattern(r"[\s,,。.;;::、!?!?]+$")
_LEADING_PUNCT = compile_pattern(r"^[\s、.::,,]+")
_CAPTION = compile_pattern(r"\(([^()]+)\)")
_CIRCLED_BLOCKS = ((0x2460, 1, 20), (0x3251, 21, 35), (0x32B1, 36, 50))


@dataclass
class Label:
    style: str
    ordinal: int
    text: str  # the label as written, e.g. `(一)`, `专栏 1`
    heading: str
    offset: int = 0  # where the label starts on its line (after markdown `##` marks)
    within: tuple[int, ...] = ()  # a decimal label's ordinals above its own (`1.2` of `1.2.1`)
    next_only: bool = False  # an item only where it continues its list exactly (`11.121人才…`)


# A notice's lines are read by the outline's several passes and again by the report's figures: a third of the calls
# repeat a line read before. The Label returned is shared between them (none changes it).
@functools.lru_cache(maxsize=4096)
def read_label(line: str) -> Label | None:
    """The number label at the start of `line`, with the item's heading."""
    rules = patterns()
    m = rules["label"].match(line)
    if not m:
        return None
    style = m.lastgroup
    offset = m.end("marks") if m.group("marks") else 0
    n = m.group(f"n_{style}").replace(" ", "")  # `第 1 0 条`: digits spaced by a conversion
    within: tuple[int, ...] = ()
    if style.startswith("decimal"):  # `1.2.1`: item 1 of 1.2, a style per depth
        *within, last = (int(c) for c in n.split("."))
        style, n = f"decimal{len(within) + 1}", str(last)
    ordinal = ordinal_value(rules["lookalikes"].get(n, n))
    rest = line[m.end():]
    if ordinal is None or (style not in rules["label_alone_ok"] and len(rest.strip()) < rules["min_text"]):
        return None
    if rules["number_after_label"].match(rest):  # `1. 5`: a table cell's decimal
        return None
    if link_only(rest):  # `1. [首页](https://…)`: a breadcrumb or link list, no item
        return None
    label = m.group()[offset:].rstrip(" :")
    if style == "han_dun":
        label = label.replace(" ", "")  # `四 、` is the label 四、
    return Label(style, ordinal, label, heading_of(rest), offset, tuple(within))


def number_over_number(line: str) -> Label | None:
    """`11.121人才梯队项目`: a `num` label whose heading opens with a number."""
    m = patterns()["num_over_number"].match(line)
    if not m:
        return None
    return Label("num", int(m.group("n")), m.group(), heading_of(line[m.end():]), next_only=True)


def ordinal_value(n: str) -> int | None:
    if n.isascii() and n.isdigit():  # str.isdigit() is also true for ①
        return int(n)
    if len(n) == 1:
        code = ord(n)
        for base, first, last in _CIRCLED_BLOCKS:
            if base <= code <= base + last - first:
                return first + code - base
    return whole_number(n)


def heading_of(rest: str) -> str:
    """Text after the label up to the first 。 or ;, without trailing punctuation; an
    article's caption in parentheses (`第一条 (目的和依据)`) without them."""
    rest = _LEADING_PUNCT.sub("", rest)
    m = patterns()["heading_stop"].search(rest)
    if m:
        rest = rest[:m.start()]
    rest = _TRAILING_PUNCT.sub("", rest)
    caption = _CAPTION.fullmatch(rest)
    return caption.group(1) if caption else rest
