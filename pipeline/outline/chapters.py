"""A heading the text lost: `第二章` after articles that no chapter opened, `三、` after a body
cut inside 二、's list."""
from __future__ import annotations

import regex

from ..document import Document
from .labels import Label
from .patterns import patterns
from .tree import Outline


def under_lost_parent(doc: Document, outline: Outline, label: Label, paths: set[str]) -> bool:
    """`第二章` after articles that no chapter heading opened (the text lost `第一章 总则`), `三、`
    after `(二)`, `(三)` that no 二、 opened (a body cut inside it): those items were the item
    before it, so they move under it (`第三条` -> `1.3`, `(二)` -> `2.2`) and the label opens
    the outline's top level. The lost heading has no task of its own: the moved items have
    no parent."""
    first_style = outline.level_styles.get(0)
    if (patterns()["lost_parent"].get(first_style) != label.style or label.ordinal < 2
            or not outline.has_items or label.style in outline.last or outline.column_at is not None):
        return False
    lost = str(label.ordinal - 1)
    prefix = f"{outline.prefix}." if outline.prefix else ""
    for task in doc.tasks:
        if not task.path.startswith(prefix) or (prefix == "" and regex.match(r"^(附件|文件)", task.path)):
            continue
        moved = prefix + lost + "." + task.path[len(prefix):]
        paths.discard(task.path)
        paths.add(moved)
        task.path, task.level = moved, task.level + 1
        if task.parent_path is not None:
            task.parent_path = prefix + lost + "." + task.parent_path[len(prefix):]
    del outline.stack[:]
    outline.level_styles = {}
    outline.last[label.style] = label.ordinal - 1
    doc.warnings.append(f"outline: {label.text} follows items under no heading of its style; "
                        f"they are placed under item {lost}, whose heading is not in the text")
    return True
