"""A target's deadline read from its table row: a task table flattened one cell a line takes the date in the
row's deadline column (pipeline/targets/deadline.py)."""
from __future__ import annotations

import datetime as dt

from ..document import Document
from .deadline_index import Deadlines
from .patterns import config, patterns


def table_row_deadline(doc: Document, s: int, e: int, usable: Deadlines) -> dt.date | None:
    """A task table flattened one cell per line (序号 / 工作任务 / 责任单位 / 完成时限): the
    target's cell takes the date in a later cell of its row, under a header naming a deadline
    column (完成时限, 时间节点)."""
    text, p = doc.text, patterns()
    line_start = text.rfind("\n", 0, s) + 1
    line_end = text.find("\n", e)
    line_end = len(text) if line_end < 0 else line_end
    if line_end - line_start > config()["table"]["max_cell_chars"]:
        return None
    if not p["deadline_header"].search(text, max(0, line_start - 3000), line_start):
        return None
    pos = line_end
    for _ in range(4):  # the cells after this one, up to the next row's 序号
        start = pos + 1
        while start < len(text) and text[start] == "\n":
            start += 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        cell = text[start:end].strip()
        if not cell or p["row_number"].fullmatch(cell) or len(cell) > 20:
            return None
        own = usable.starting_in(start, end)
        if own:
            return own[0].date
        pos = end
    return None
