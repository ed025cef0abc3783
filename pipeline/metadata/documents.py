"""Where the head of another document carried after this one's body begins."""

from __future__ import annotations

from ..outline.lines import Line
from .lines import is_heading_like, repeats_title
from .patterns import patterns
from .title_lines import ends_as_document, last_title_line


def next_document(lines: list[Line], start: int, title: str) -> int:
    """Index of the first line of another document's head that a file carries after this
    one's body without that document's items (text from PDFs: the covering notice of the
    next document, its title, 文号, addressees and signature, med_0020), or of the
    opening of a title cut off at the end of the file (国家医保局 财政部关于, med_0006;
    卫生部关于印发, med_0012); the number of lines when there is none."""
    rules = patterns()
    items = [i for i in range(start, len(lines))
             if rules["item_line"].match(lines[i].text) or rules["article_line"].match(lines[i].text)]
    first_body = next((i for i in range(start, len(lines)) if "。" in lines[i].text or items and i == items[0]), None)
    if first_body is None:
        return len(lines)
    last_item = items[-1] if items else -1
    for i in range(first_body + 1, len(lines)):
        text = lines[i].text
        if "关于" not in text or not is_heading_like(text, rules["title_line_max_chars"]) or rules["item_line"].match(text) \
                or repeats_title(text, title) \
                or any(rules["attachment"]["line"].match(lines[j].text) for j in range(max(start, i - rules["attachment_list_reach_lines"]), i)):
            continue
        if i == len(lines) - 1 and _opens_title(text):
            return i
        last = last_title_line(lines, i)
        # (notices run together with their own items stay: one file is one document)
        if last is not None and last + 1 < len(lines) and last >= last_item and (
                rules["doc_number_line"].match(lines[last + 1].text) or rules["addressee"].match(lines[last + 1].text)):
            return i
    return len(lines)


def _opens_title(text: str) -> bool:
    """The start of a title that the end of the text cuts off: (bodies) 关于 and no type yet."""
    before, _, after = text.partition("关于")
    return len(text) <= patterns()["cut_title_max_chars"] and (not before or bool(patterns()["signers_line"].match(before.strip()))) \
        and not ends_as_document(after)
