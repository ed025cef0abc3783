"""A division of labour (任务分工) that the notice attaches but the text does not hold."""
from __future__ import annotations

import regex

from .patterns import config


_ATTACHMENT_LIST = regex.compile(r"^附件\s*[::]?\s*(?P<first>.*)$", regex.M)
_NUMBERED = regex.compile(r"^\s*(?P<n>\d+)\s*[.、.]\s*(?P<title>.+?)\s*$")


def absent_division_attachments(text: str) -> list[str]:
    """Warnings for attachments named like a division of labour whose body is not in the text."""
    if "附件" not in text:  # (speed) no attachment list: every line would be split and matched for nothing
        return []
    words = config()["division_attachment_words"]
    lines = [line.strip() for line in text.split("\n")]
    body_lines: set[str] | None = None  # made only for a title that names a division of labour
    warnings = []
    for number, title, line_no in _attachment_titles(lines):
        if not any(w in title for w in words):
            continue
        if body_lines is None:
            body_lines = {line for line in lines if not line.startswith("附件")}
        carried = title in body_lines and lines[line_no] != title
        if not carried:
            label = f"附件{number}" if number else "附件"
            warnings.append(f"division of labour in {label} ({title}) is not in the text; "
                            f"no units extracted from it")
    return warnings


def _attachment_titles(lines: list[str]) -> list[tuple[str | None, str, int]]:
    """(number, title, line index) of each entry of the notice's attachment list."""
    titles = []
    for i, line in enumerate(lines):
        m = _ATTACHMENT_LIST.match(line)
        if not m:
            continue
        first = m.group("first").strip()
        if first:
            n = _NUMBERED.match(first)
            titles.append((n.group("n"), n.group("title"), i) if n else (None, first, i))
        for j in range(i + 1, min(i + 20, len(lines))):
            n = _NUMBERED.match(lines[j])
            if not n:
                break
            titles.append((n.group("n"), n.group("title"), j))
    return titles
