"""专栏 boxes: a box nests under the level-1 item with lists of its own; the items after it
continue the main outline's lists beside it."""
from __future__ import annotations

from .labels import Label
from .patterns import patterns
from .tree import Outline


def _closing_styles(outline: Outline) -> set[str]:
    """Styles that end an open box: the main outline's first two levels (the rule's
    column_closers too while it has no second level)."""
    styles = {outline.level_styles[d] for d in (0, 1) if d in outline.level_styles}
    return styles if 1 in outline.level_styles else styles | patterns()["column_closers"]


def open_column(outline: Outline) -> int:
    """Open a 专栏 box under the level-1 item; the stack index where it stands."""
    close_column(outline)
    outline.beside_column = outline.stack[1:]
    del outline.stack[1:]
    outline.column_at = len(outline.stack)
    outline.column_last = {}
    return outline.column_at


def close_column(outline: Outline) -> None:
    if outline.column_at is not None:
        del outline.stack[outline.column_at:]
        outline.stack.extend(outline.beside_column)
        outline.beside_column = []
        outline.column_at = None


def column_keeps(outline: Outline, label: Label) -> bool:
    """Whether a label inside an open 专栏 box is the box's: it continues the box's own
    list; else not when it continues the main outline's list beside the box; else any
    style the main outline has not used at its first two levels, or a list the box
    opens at 1 in a style of the main outline's lower levels."""
    box = outline.column_last.get(label.style)
    if box is not None and label.ordinal == box + 1:
        return True
    main = next((lvl.ordinal for lvl in reversed(outline.beside_column) if lvl.style == label.style), None)
    if main is not None and label.ordinal == main + 1:
        return False
    if label.style not in _closing_styles(outline):
        return True
    return (box is None and label.ordinal == 1 and label.style != outline.level_styles.get(0)
            and label.style in outline.level_styles.values())
