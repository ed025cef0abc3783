"""Where one document in the text ends and the next begins: the signature (or a closing
line) that ends the plan, and the title line over a second document (文件N)."""
from __future__ import annotations

import regex

from .labels import Label
from .lines import Line
from .patterns import patterns
from .tree import Outline

# what a title's lines and the 《…》 name of the plan may write differently (〈〉 for a name inside a 《…》)
_NOT_COMPARED = regex.compile(r"[\s《》〈〉<>“”\"]+")


def is_terminator(lines: list[Line], i: int) -> bool:
    rules = patterns()
    text = lines[i].text
    if rules["terminator"].match(text):
        return True
    if len(text) > 64:  # longer than any signing body or date line
        return False
    if rules["signature_org"].match(text):
        nxt = lines[i + 1].text if i + 1 < len(lines) else ""
        return rules["signature_date"].match(nxt) is not None
    m = rules["signature_date"].match(text)
    # A date line with the signing body before it on the same line.
    return bool(m) and not text[:1].isdigit() and " " in text


def second_document_title(outline: Outline, label: Label, lines: list[Line], since_item: list[int]) -> int | None:
    """A list restarting at 一、 (or 第一章) after its own title line: a second document (文件N).
    The index of that title line among the lines since the outline's last item, or None."""
    if outline.prefix and not outline.prefix.startswith("文件"):
        return None
    if (label.ordinal != 1 or not outline.has_items or outline.level_styles.get(0) != label.style
            or label.style not in patterns()["new_document_styles"]):
        return None
    return next((j for j in since_item if _is_title_line(lines, j)), None)


def plan_title_line(plan_title: str | None, lines: list[Line], since_item: list[int]) -> int | None:
    """Which of the lines since the outline's last item opens the title of the plan the notice issues
    (`plan_title`, from its 印发《X》), its title lines joined: then the list before it was the covering notice's own
    (`相关事项一并通知如下:一、…`), which the guide says holds no items, and the plan keeps unprefixed paths."""
    wanted = _NOT_COMPARED.sub("", plan_title or "")
    if len(wanted) < 6:
        return None
    return next((j for j in since_item if _names(wanted, lines, j)), None)


def _names(wanted: str, lines: list[Line], title: int) -> bool:
    """Whether the title lines from `title`, joined, are `wanted` (the plan's title as compared)."""
    joined, i = "", title
    while i < len(lines) and len(joined) < len(wanted) and (i == title or _is_title_line(lines, i)):
        joined += _NOT_COMPARED.sub("", lines[i].text)  # a title broken over lines
        i += 1
    return joined == wanted


def _is_title_line(lines: list[Line], i: int) -> bool:
    rules = patterns()
    text = lines[i].text
    if rules["part_heading"].match(text):
        return True
    return (len(text) <= rules["title_max"] and not regex.search(r"[。;,:]", text)
            and not is_terminator(lines, i) and not rules["signature_date"].match(text))
