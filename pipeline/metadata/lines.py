"""Lines of the head read one by one: page chrome, a heading-like line, a repeat of the title."""

from __future__ import annotations

import functools

import regex

from ..markdown import furniture, link_only
from ..outline.lines import Line, body_lines
from ..rules import compile_pattern
from .patterns import patterns


# a line, past a markdown heading's marks (`# 济南市商务局`, `# 山东省商务厅办公室 2025 年 1 月 20 日印发`): a converted
# PDF's markdown marks its letterhead, title and 版记 lines so, and the marks are no part of what they say
_LINE = compile_pattern(r"(?:#{1,6}[ \t]+)?\K[^\n]+")


def split_lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """The lines of text[start:end] that are not blank (body_lines), each past its markdown heading marks: only a line
    opening with `#` is read by the pattern (_LINE), twice as slow over a whole text as cutting it."""
    lines = []
    for line in body_lines(text, start, len(text) if end is None else end):
        if not line.text.startswith("#"):
            lines.append(line)
        elif (m := _LINE.match(text, line.start, line.end)) and m.group().strip():
            lines.append(Line(m.start(), m.end(), m.group()))
    return lines


def is_chrome(lines: list[Line], i: int) -> bool:
    """Navigation, 来源/发布时间 lines and metadata blocks (a `label:` line and its value)."""
    rules = patterns()
    text = lines[i].text
    if rules["chrome"].search(text) or rules["field_label"].match(text) or rules["field_line"].match(text):
        return True
    if link_only(text.split(" ", 1)[-1]):  # a breadcrumb `1. [首页](https://…)` or a link list
        return True
    if furniture(text):  # a markdown page's boxes and tabs (`::: tip 修订信息`, `@tab 条例`)
        return True
    if i > 0 and rules["field_label"].match(lines[i - 1].text):
        return True
    tokens = text.split(" ")
    # a row of menu words
    return len(tokens) >= rules["menu_row_min_words"] and all(len(t) <= rules["menu_word_max_chars"] for t in tokens)


def is_heading_like(text: str, max_len: int = 80) -> bool:
    """A title line: short, no sentence punctuation, not a wrapper sentence."""
    rules = patterns()
    return (len(text) <= max_len and "。" not in text and not text.endswith((":", ",", ";"))
            and not rules["sentence_open"].match(text) and not rules["doc_number_line"].match(text)
            and not rules["date_line"].match(text))


_NOT_COMPARED = regex.compile(r"[\s《》〈〉<>“”\"]+")  # compiled once: asked of nearly every line


@functools.lru_cache(maxsize=4096)  # the title and the head's lines are compared again and again
def compact(text: str) -> str:
    return _NOT_COMPARED.sub("", text)


def repeats_title(text: str, title: str) -> bool:
    """A line that is (part of) the title again, as under a database title line or a
    page heading: 丽江市促进…若干措施 under 【云南省丽江市】《关于印发丽江市促进…若干措施的通知》."""
    line, whole = compact(text), compact(title)
    if len(line) < 1 or not whole or not is_heading_like(text, patterns()["title_line_max_chars"]) or patterns()["item_line"].match(text):
        return False
    return line in whole or (whole in line and len(line) <= len(whole) + patterns()["title_repeat_extra_max_chars"])


def is_page_header(lines: list[Line]) -> bool:
    """Lines that hold no sentence: a site's name, a body's, a date, a count, a page's fields and chrome (no wrapper's
    text, no body)."""
    rules = patterns()
    return all(rules["field_line"].match(line.text) or rules["chrome"].search(line.text)
               or len(line.text) <= rules["header_line_max_chars"] and not _SENTENCE_MARKS.search(line.text) and not rules["item_line"].match(line.text)
               for line in lines)


_SENTENCE_MARKS = regex.compile(r"[。,;!?:]")
