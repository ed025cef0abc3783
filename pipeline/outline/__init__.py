"""Outline: the numbered items of the plan body as a tree of `Task`s.

Depth follows the nesting that occurs: a stack of label styles, where a new style opens
a deeper level and a style already on the stack closes the levels below it. An item is
accepted only if its ordinal continues its list (or restarts at 1 under a new parent, or
continues a list numbered across parents); anything else is running text. 专栏 boxes
nest under their level-1 item with their own lists; `附件N` and a second document in the
same text start separate outlines with a path prefix.

One module per job: `labels` (reading a label), `tree` (where a label continues an
outline; 专栏 boxes), `lines` (lines that are no items), `attachments` (附件 lines),
`segmenter` (the walk over the lines); `patterns` compiles the rules. `segment` is the stage.
"""
from __future__ import annotations

from ..document import Document
# the deadlines stage reads 附件 lines as the outline does
from .attachments import classify_attachment_lines
from .lines import Line
from .segmenter import Segmenter

__all__ = ["Line", "classify_attachment_lines", "segment"]


def segment(doc: Document) -> None:
    doc.tasks = []
    try:
        Segmenter(doc).run()
    except Exception as e:  # odd input must not stop the pipeline
        doc.tasks = []
        doc.warnings.append(f"outline: could not segment ({type(e).__name__}: {e})")
    if not doc.tasks:
        doc.warnings.append("no numbered task structure found")
    elif (opening := _cut_opening(doc)) is not None:
        doc.warnings.append(f"outline: opens at item {opening} (the items before it are not in the text)")


def _cut_opening(doc: Document) -> str | None:
    """The label of the first item when its ordinal is not 1 (a text cut at the source:
    `四、加大信贷…` right under the title, `第九条…`, `(二)…` after half a sentence)."""
    first = min(doc.tasks, key=lambda t: t.char_start)
    ordinal = first.path.rsplit(".", 1)[-1]
    return first.label if ordinal.isdigit() and ordinal != "1" else None
