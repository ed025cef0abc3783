"""How a title's lines read: where a title ends as a document's name, the lines a page's width broke it over, the
note or period line closing it, and the line where the body begins under it. The other title modules read with these."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..outline.lines import Line
from .lines import is_chrome, is_heading_like
from .patterns import patterns


@dataclass
class TitleBlock:
    first: int  # line indices of the title (and of the lines repeating it under it)
    last: int
    text: str
    tag: str | None = None  # a database's source tag 【…】 in front of the title line
    full: str | None = None  # a repeat that names more than the title (the issuing bodies)
    number: str | None = None  # a 文号 the title line opens with (no part of the title)


def finished_title(title: str) -> bool:
    """A title that ends as a document's name with every 《 closed."""
    return ends_as_document(title) and title.count("《") <= title.count("》")


def title_words(text: str) -> bool:
    """Words that may carry a title on: a short heading, no item label, no 关于 (a line with 关于 opens a title of
    its own: a news headline over the notice's title line)."""
    return is_heading_like(text, 60) and not patterns()["item_line"].match(text) and "关于" not in text


def finishing_part(title: str, line: str) -> str | None:
    """The part of the line under a title that still belongs to it, or None: the line itself where the title does
    not yet end as a document's name (or leaves a 《 open) and the line finishes it (`…若干措` ⏎ `施`, `…工作方案`
    ⏎ `》的通知`); or a note the finished title closes with (`(试行)`, `(暂行)`, `(征求意见稿)`). The 文号
    printed under the title and run on after either (`(试行)三府[2012]105号`, `施 国办发〔2020〕1号`) is no part of it."""
    number = patterns()["number_run_on"].search(line)
    part = line[:number.start()].rstrip() if number else line
    if not part or not title_words(part):
        return None
    if not finished_title(title):
        return part if finished_title(title + part) else None
    return part if patterns()["period_line"].match(part) else None


def top_end(head: list[Line], first: int) -> int:
    """Index of the first line of the body: an outline item or a sentence."""
    rules = patterns()
    for i in range(first, len(head)):
        text = strip_markup(head[i].text)
        if is_chrome(head, i):
            continue
        if rules["item_line"].match(text) or rules["article_line"].match(text) or "。" in text:
            return i
    return len(head)


def balanced_or_opening(text: str) -> bool:
    """A title line may open a 《…》 name that the next line closes, but a line that closes
    a name opened above it (…土地管理的决定》) is the tail of a broken quotation."""
    depth = 0
    for ch in text:
        if ch in "《〈":
            depth += 1
        elif ch in "》〉":
            depth -= 1
            if depth < 0:
                return False
    return True


def only_book_name(text: str) -> str | None:
    """`《X》` -> X, when the line is that one name and nothing else."""
    if text.startswith("《") and text.endswith("》") and text.count("《") == 1 and text.count("》") == 1:
        return text[1:-1].strip() or None
    return None


# Compiled once: a pattern given as a string is looked up in regex's cache on every call
# (3 us, more than the match), and these run on most lines.
_CLOSING_NOTE = regex.compile(r"(?:[》”\"]|\([^()]{0,12}\))+$")
_MARKUP = regex.compile(r"^#+\s*")


def strip_note(text: str) -> str:
    """A title without what may close it after its type: 》, a note such as (暂行)."""
    return _CLOSING_NOTE.sub("", text)


def ends_as_document(text: str) -> bool:
    """Whether the text ends with a kind of document (…的通知, …实施办法(试行)》), past what may close it."""
    return bool(patterns()["title_end"].search(strip_note(text)))


def strip_markup(text: str) -> str:
    """A markdown heading's `#` marks are no part of the title."""
    return _MARKUP.sub("", text)


def only_bodies(text: str) -> bool:
    """眉山市住房和城乡建设局眉山市财政局: one or more bodies' names written together (我市出台 is none)."""
    return bool(patterns()["org_line"].match(text))


def last_title_line(head: list[Line], i: int, end: int | None = None) -> int | None:
    """Last line of a title starting at line i (joined until it ends with a document type,
    a note such as (暂行) or (征求意见稿) allowed after it)."""
    joined = ""
    stop = min(i + patterns()["title_max_lines"], len(head) if end is None else end)
    for j in range(i, stop):
        text = head[j].text
        if j > i and (is_chrome(head, j) or not (is_heading_like(text) or _title_part(text)) or "关于" in text):
            return None
        joined += text
        if ends_as_document(joined) and not _continues_title(joined, head, j):
            return period_line_after(head, j)
    return None


_CLAUSE_MARK = regex.compile(r"[,,;;::。]")


def _title_part(text: str) -> bool:
    """A piece of a title a page's width broke that opens as a sentence may (`…关于印发广东省促进` ⏎ `经济持续向好…`,
    realestate_0151: 经 as in 经…同意, which is_heading_like takes for a sentence): no clause in it, so no sentence; nor
    the 文号 or date line under a title."""
    rules = patterns()
    return len(text) <= rules["title_part_max_chars"] and not _CLAUSE_MARK.search(text) and not rules["doc_number_line"].match(text) \
        and not rules["date_line"].match(text)


def _continues_title(joined: str, head: list[Line], j: int) -> bool:
    """关于印发健康鸡西行动 ⏎ 实施方案的通知: a title issuing a document (印发/转发) ends with
    its own type after 的; a next line that supplies that 的+type still belongs to it."""
    rules = patterns()
    if j + 1 >= len(head) or not rules["issue_verb"].search(joined):
        return False
    nxt = head[j + 1].text
    if rules["issuing_type_line"].match(nxt) and not is_chrome(head, j + 1):
        return True  # `…若干意见` ⏎ `的通知`: the line is the title's own 的+type, whatever 的 stands before it
    if "的" in joined[-rules["issuing_type_tail_chars"]:]:
        return False
    return (is_heading_like(nxt, rules["type_line_max_chars"]) and not is_chrome(head, j + 1)
            and bool(rules["title_end"].search(nxt)) and "的" in nxt)


def period_line_after(lines: list[Line], i: int) -> int:
    """A plan title whose period stands on its own next line: `(2018—2020年)`."""
    rules = patterns()
    if i + 1 < len(lines) and rules["plan_end"].search(lines[i].text) \
            and rules["period_line"].match(lines[i + 1].text):
        return i + 1
    return i
