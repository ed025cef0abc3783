"""An outline under construction: the stack of open levels, and where a label continues it
(nesting, restarts under a new parent, lists numbered across parents)."""
from __future__ import annotations

from dataclasses import dataclass, field

from .labels import Label
from .patterns import patterns


@dataclass
class Level:
    style: str
    ordinal: int
    path: str


@dataclass
class Outline:
    """One numbered outline: the plan, an attachment (附件N) or a later document (文件N)."""
    prefix: str | None
    stack: list[Level] = field(default_factory=list)
    last: dict[str, int] = field(default_factory=dict)  # last ordinal per style, across parents
    level_styles: dict[int, str] = field(default_factory=dict)  # style first seen at each depth
    column_at: int | None = None  # stack index of the open 专栏
    column_last: dict[str, int] = field(default_factory=dict)
    # The levels under the level-1 item while a 专栏 box is open: the items after the box
    # continue them.
    beside_column: list[Level] = field(default_factory=list)
    has_items: bool = False
    cut: bool = False  # opened after its first items (a body cut short at the top)

    def path(self, depth: int, component: str) -> str:
        parts = [lvl.path.rsplit(".", 1)[-1] for lvl in self.stack[:depth]] + [component]
        return ".".join(([self.prefix] if self.prefix else []) + parts)


def fit(outline: Outline, label: Label, base: int, last: dict[str, int]) -> int | None:
    """Depth at which `label` continues the outline, popping closed levels; None if it does not."""
    rules = patterns()
    unbounded = label.style in rules["skip_any_forward"]

    def goes_on(previous: int, gap: int) -> bool:
        return previous < label.ordinal and (unbounded or label.ordinal <= previous + gap)

    # Deepest first: a restarted list stands under an item of its own style.
    for idx in reversed(range(base, len(outline.stack))):
        level = outline.stack[idx]
        if level.style == label.style:
            top = idx == 0 and label.style in rules["top_skip_styles"]  # the text lost items of its top level
            if goes_on(level.ordinal, rules["top_max_gap"] if top else rules["max_gap"]):
                del outline.stack[idx:]
                return idx
            if (label.ordinal == 1 and level.ordinal > 1
                    and (idx > base or label.style not in rules["new_document_styles"])
                    and sum(lvl.style == label.style for lvl in outline.stack) == 1):
                # A list restarting after text nests under the item it follows, once: a
                # restart of a restarted list, or of a list that never passed 1, is text.
                return len(outline.stack)
            return None
    for idx in range(base, len(outline.stack)):
        level = outline.stack[idx]
        if (label.style not in last and label.ordinal == level.ordinal + 1
                and {label.style, level.style} in rules["same_list_styles"]):
            del outline.stack[idx:]
            return idx  # 1、 2、 3、 then 四、: one list written in two numeral systems
    previous = last.get(label.style, 0)
    if label.ordinal == 1 or ((previous or unbounded) and goes_on(previous, rules["max_gap"])):
        return len(outline.stack)
    if label.style in rules["open_any_ordinal"]:
        if not outline.has_items:
            outline.cut = label.ordinal > 1
            return 0  # the first heading of the body: an item before it was lost or cut off
        if outline.cut and label.style not in last:
            return len(outline.stack)  # a body cut inside a list numbered across parents
    return None


def continued_depth(outline: Outline, style: str, ordinal: int) -> int | None:
    """Depth of the innermost open item of a style when it is numbered just before `ordinal`. An outer one of the
    style is no list going on: a list restarted under an item of its own style holds the text, as fit reads it
    (deepest first), until a label closes it."""
    depth = next((d for d in reversed(range(len(outline.stack))) if outline.stack[d].style == style), None)
    return depth if depth is not None and outline.stack[depth].ordinal == ordinal - 1 else None


def innermost(outline: Outline, style: str) -> Level | None:
    """The innermost open item of a style, if one is open."""
    return next((lvl for lvl in reversed(outline.stack) if lvl.style == style), None)


def continues_exactly(outline: Outline, label: Label) -> bool:
    """Whether the innermost open item of the label's style is the one just before it."""
    return continued_depth(outline, label.style, label.ordinal) is not None


def opens_list(outline: Outline, label: Label) -> bool:
    """Whether the label is the first of a style no open item has (`一、` opening a table's sections)."""
    return label.ordinal == 1 and innermost(outline, label.style) is None


def within_its_parent(outline: Outline, label: Label) -> bool:
    """Whether a decimal label's leading ordinals (`1.2` of `1.2.1`) name the item above it;
    an outline may open at such a label when its parent was cut off."""
    parent = innermost(outline, f"decimal{len(label.within)}")
    if parent is None:
        return not outline.has_items
    return parent.ordinal == label.within[-1]
