"""A target's deadline read from the list it belongs to: the line or sentence leading the list (X年实现以下目标:, an
enumeration's lead run on or laid out a line an entry, a paragraph over dash sub-headings), the heading of an item
naming its goals' year, and a closing 以上/上述 sentence of the list (pipeline/targets/deadline.py)."""
from __future__ import annotations

import bisect
import datetime as dt
import functools
from collections.abc import Iterator

from ..document import Deadline, Document
from ..pattern_literals import matches_at_words, sentence_scan
from .deadline_index import SENTENCE_STOPS_IN_A_PARAGRAPH, Deadlines, governing_patterns
from .patterns import clause_stop, derived, patterns, start_of_clause


def list_heading_deadline(doc: Document, s: int, usable: Deadlines) -> dt.date | None:
    """Lines after 'X年实现以下目标:' (or after a paragraph opening with a deadline and a
    line '具体实现以下目标:') take that deadline, within the same outline item."""
    text = doc.text
    line_start = text.rfind("\n", 0, s) + 1
    task = doc.task_at(s)
    floor = task.char_start if task else doc.body_start
    marker = text[line_start:line_start + 2]
    listed = bool(patterns()["list_marker"].match(marker))
    pos = line_start - 1
    while pos > floor:
        prev_start = text.rfind("\n", 0, pos) + 1
        line = text[prev_start:pos].strip()
        pos = prev_start - 1
        if not line:
            continue
        if line.endswith(":"):
            own = usable.starting_in(prev_start, prev_start + len(line) + 1)
            if own:
                return own[-1].date
            return _opening_deadline(text, prev_start - 1, floor, usable)
        parallel = line.startswith(marker) or (listed and patterns()["list_marker"].match(line))
        if not marker.strip() or not parallel:
            # 到2025年,…。 then ——A达到…/——B达到…: a paragraph opening with a deadline heads the
            # list of lines that follows it
            return _opens_with_deadline(text, prev_start, usable) if listed else None
    return None


def inline_list_head_deadline(doc: Document, s: int, usable: Deadlines) -> dt.date | None:
    """今年要继续统筹财力,扎实办好“十件民生实事”。(1)促进…达100%,…。(2)…: the sentence right before the first label of an
    enumeration run on in the target's line heads it, as a line ending ':' heads the lines under it."""
    text = doc.text
    line_start = text.rfind("\n", 0, s) + 1
    head = None
    for m in governing_patterns()["inline_list_head"].finditer(text, line_start, min(len(text), s + 8)):
        if m.start() < s:
            head = m  # the enumeration the target's sentence belongs to: the last one opened before it
    if head is None:
        return None
    sentence_start = max(text.rfind(c, line_start, head.start()) for c in SENTENCE_STOPS_IN_A_PARAGRAPH) + 1
    own = usable.starting_in(max(sentence_start, line_start), head.start())
    return own[-1].date if own else None


def lined_list_head_deadline(doc: Document, s: int, usable: Deadlines) -> dt.date | None:
    """今年继续实行积极财政政策的主要内容,包括以下几个方面。 then 一是 / 发行1000亿元长期国债,… / 二是 / …: an enumeration laid out
    one entry a line (its label opening the line, or alone on it over the entry's text) is headed by the sentence closing
    the line above its first label, as when the labels run on in one line (inline_list_head_deadline). The walk up from
    the target's line passes the entries before it, up to the first label, inside the target's item."""
    text, ctx = doc.text, governing_patterns()
    task = doc.task_at(s)
    floor = task.char_start if task else doc.body_start
    line_end = text.find("\n", s)
    lines = list(_lines_up(text, len(text) if line_end < 0 else line_end, floor))
    labelled = [bool(ctx["lined_list_label"].match(line)) for _, line in lines]
    for i, (_, line) in enumerate(lines):
        if not labelled[i] and not (i + 1 < len(lines) and labelled[i + 1] and _is_bare_label(lines[i + 1][1])):
            return None  # neither an entry's label line nor the text under a label standing alone
        if labelled[i] and ctx["lined_list_first_label"].match(line):
            if i + 1 == len(lines):
                return None
            head_start, head = lines[i + 1]
            head_end = head_start + len(head.rstrip())
            if text[head_end - 1:head_end] not in ("。", ":", ":"):
                return None
            sentence_start = max(text.rfind(c, head_start, head_end - 1) for c in SENTENCE_STOPS_IN_A_PARAGRAPH) + 1
            own = usable.starting_in(max(sentence_start, head_start), head_end)
            return own[-1].date if own else None
    return None


def _is_bare_label(line: str) -> bool:
    """一是 alone on its line (the entry's text on the next)."""
    return bool(governing_patterns()["lined_list_label"].fullmatch(line.strip()))


def sub_headed_list_deadline(doc: Document, s: int, usable: Deadlines) -> dt.date | None:
    """到2025年,…。 then ——数字底座支撑更加坚实 / its paragraph / ——政务服务能力显著增强 / its paragraph …: a list
    whose entries are dash sub-headings on lines of their own (a page's bold or `######` headings), each over its
    paragraph, is the list a paragraph opening with a deadline heads, as when each entry is one line (eighth doc_0011).
    The target's paragraph stands right under an entry's sub-heading; the walk up passes the entries before it (a
    sub-heading and the paragraph under it) to the paragraph above the first."""
    text = doc.text
    task = doc.task_at(s)
    floor = task.char_start if task else doc.body_start
    above = _lines_up(text, text.rfind("\n", 0, s), floor)
    first = next(above, None)
    if first is None or not _is_sub_heading(first[1]):
        return None  # (read before the lines above it are: most lines are no sub-heading, and an item may be long)
    lines = [first, *above]
    marker = _entry_text(lines[0][1])[:1]
    i = 1
    while i < len(lines):
        start, line = lines[i]
        if _is_sub_heading(line) and _entry_text(line).startswith(marker):
            i += 1
        elif i + 1 < len(lines) and _is_sub_heading(lines[i + 1][1]) and _entry_text(lines[i + 1][1]).startswith(marker):
            i += 1  # the paragraph under an earlier entry's sub-heading
        else:
            return _opens_with_deadline(text, start, usable)
    return None


def _lines_up(text: str, pos: int, floor: int) -> Iterator[tuple[int, str]]:
    """The non-empty lines above `pos` (the newline ending the line before), nearest first, down to `floor`."""
    while pos > floor:
        start = max(text.rfind("\n", 0, pos) + 1, floor)
        if text[start:pos].strip():
            yield start, text[start:pos]
        pos = start - 1


def _entry_text(line: str) -> str:
    """A line without a markdown heading's #s and its edges."""
    return line.strip().lstrip("#").strip()


def _is_sub_heading(line: str) -> bool:
    """——数字底座支撑更加坚实 alone on its line: a dash entry's heading, no sentence of its own."""
    entry = _entry_text(line)
    return bool(patterns()["list_marker"].match(entry)) and not any(c in entry for c in "。;;:,,") and len(entry) <= 30


def _opens_with_deadline(text: str, line_start: int, usable: Deadlines) -> dt.date | None:
    """The deadline framing the paragraph at `line_start`: opening it, or the last that opens a clause of it
    (…,以市场化机制引导车网互动规模化发展,到2025年,推广新能源汽车100万辆以上,…), set off by a comma."""
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end < 0 else line_end
    for d in reversed(usable.starting_in(line_start, line_end)):
        opening = start_of_clause(text, line_start, d.char_start)
        if patterns()["framing_lead"].fullmatch(text, opening, d.char_start) and text.startswith((",", ","), d.char_end):
            return d.date
    return None


def _opening_deadline(text: str, pos: int, floor: int, usable: Deadlines) -> dt.date | None:
    """The deadline opening the paragraph before an intro line (到2022年,…)."""
    while pos > floor:
        start = text.rfind("\n", 0, pos) + 1
        line = text[start:pos]
        if line.strip():
            head = start + (len(line) - len(line.lstrip()))
            own = usable.starting_in(head, head + 4)
            return own[0].date if own else None
        pos = start - 1
    return None


def goals_under_a_year_heading(doc: Document, s: int, usable: Deadlines) -> Deadline | None:
    """主要预期目标是:A增长5%以上,B…: a sentence listing goals that names no time of its own, standing
    in an item whose heading names one year (三、2026年主要工作), lists that year's goals: the
    heading states the deadline earlier in the same item for the enumeration (ANNOTATION.md,
    "deadline"). National reports write 今年 in the lead (今年发展主要预期目标是:); a province's may
    leave it to the heading (seventh doc_0021). An item whose heading names its goals and one year or period
    (二、“十五五”时期主要目标任务, seventh doc_0023) lists those goals in all its own text, lead or none.
    (A heading whose time qualifies its goals with 的, “十二五”时期的主要目标和任务, names no deadline: gwr_0012.)"""
    task = doc.task_at(s)
    if task is None:
        return None
    goals_heading = bool(governing_patterns()["goals_heading"].search(task.heading or ""))
    if not (goals_heading or patterns()["goals_lead"].match(doc.text, s)):
        return None
    heading_end = doc.text.find(task.heading, task.char_start) + len(task.heading) if task.heading else task.char_start
    heading_end = max(heading_end, task.char_start)
    part = _part_heading_above(doc, heading_end, s)
    if part is not None:
        years = [d for d in usable.starting_in(*part) if d.kind == "in"]
        return years[0] if len(years) == 1 else None
    kinds = ("in", "period") if goals_heading else ("in",)
    years = [d for d in usable.starting_in(task.char_start, heading_end) if d.kind in kinds]
    return years[0] if len(years) == 1 else None


def _part_heading_above(doc: Document, lo: int, s: int) -> tuple[int, int] | None:
    """The last heading of a report's plan part standing on a line of its own, with no label, in text[lo:s] (2024年工作安排
    over 全市经济社会发展主要预期目标是:…, thirteenth R_03, a docx report whose part headings lost their labels): the
    heading above the goals, where the item the outline gives them (the review's last) is no part of it."""
    last = None
    for m in governing_patterns()["plan_part_heading"].finditer(doc.text, lo, s):
        if m.group("label") is None:
            last = (m.start("year"), m.end())
    return last


def closing_sentence_deadline(doc: Document, e: int, usable: Deadlines) -> dt.date | None:
    """以上两个新开工项目必须于2016年9月底前实现开工目标 (eighth doc_0037), 以上工作要在2019年2月底前完成 (govcn_0045),
    上述工作要在一九九一年底以前完成 (govprc_0004): a later sentence of the same list that opens with 以上/上述 and
    states a deadline sets it for what it sums up, over the year a heading of the list names. The list is the
    target's item and its siblings, up to an item of a higher rank."""
    closings = derived(doc, "closing_sentences", _closing_sentences)
    i = bisect.bisect_left(closings, e)
    if i == len(closings) or (task := doc.task_at(e)) is None:
        return None
    start = closings[i]
    if start >= derived(doc, "list_ends", _list_ends).get(task.char_start, doc.body_stop):
        return None
    end = clause_stop(doc.text, start, doc.body_stop)
    own = usable.starting_in(start, doc.body_stop if end is None else end)
    return own[0].date if own else None


def _closing_sentences(doc: Document) -> list[int]:
    """Where the sentences opening with 以上/上述 begin, in text order (built once per document). The pattern is
    tried only at the sentence starts before its words (pattern_literals.sentence_scan): tried at every character
    of a notice it took 1% of the stages; the same matches."""
    pattern, scan = patterns()["closing_reference"], _closing_scan()
    if scan is None:
        return [m.end() for m in pattern.finditer(doc.text, doc.body_start, doc.body_stop)]
    return [m.end() for m in matches_at_words(pattern, scan, doc.text, doc.body_start, doc.body_stop)]


@functools.cache
def _closing_scan() -> tuple[str, tuple[str, ...]] | None:
    return sentence_scan(patterns()["closing_reference"])


def _list_ends(doc: Document) -> dict[int, int]:
    """Each task's start -> where its list ends: the next item of a higher rank (built once per document)."""
    ends: dict[int, int] = {}
    waiting: list = []  # tasks whose end is not yet found, their levels rising
    for t in doc.tasks:
        while waiting and waiting[-1].level > t.level:
            ends[waiting.pop().char_start] = t.char_start
        waiting.append(t)
    return ends
