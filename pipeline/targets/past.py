"""Sentences that report the past, not what is to be done: one opening with a year before
the notice's own or with 去年, one after a sentence opening a review of a past period (过去一年,
五年来 …) in the same paragraph, the text after a line announcing the work of a past year
(首先报告2001年的工作), and items under a heading such as 发展基础 (the past) or one naming
conditions."""
from __future__ import annotations

import bisect
import functools

import regex

from ..deadlines.patterns import context_patterns
from ..document import Document
from ..numbers import year_number
from ..pattern_literals import lines_holding, one_required
from .patterns import SENTENCE_STOP, derived, patterns


def reports_past_year(doc: Document, s: int) -> bool:
    """A sentence opening with a year before the notice's own (2022年,全市完成改革42项)
    reports what was done, not what is to be done."""
    if patterns()["past_opening"].match(doc.text, s):
        return True  # 去年居民消费价格涨幅回落到2.6%
    if reviews_the_past(doc.text, s):
        return True  # 过去一年,…取得了很大成绩。国内生产总值增长10.3%,…
    if in_review(doc, s):
        return True  # 首先报告2001年的工作 …。全年规模以上工业企业实现利润4657亿元,增长8.1%。
    m = patterns()["year_opening"].match(doc.text, s)
    year = year_number(m.group(1)) if m else None
    own = derived(doc, "own_year", own_year)  # (once per document: it may search the whole text)
    return year is not None and own is not None and year < own


def own_year(doc: Document) -> int | None:
    """The notice's own year: its issue date's, else the year its title opens with
    (2002年中华人民共和国国务院政府工作报告 scraped without its dated line), else the year its plan
    part's heading names (二、2024年主要目标和重点任务; CONVENTIONS), as for deadlines. A title that
    announces a review (2023年工作回顾, a report's part heading taken for its title when the text
    starts at 各位代表) names a past year, not the report's."""
    if doc.issue_date is not None:
        return doc.issue_date.year
    title = doc.title or ""
    m = None if announces_review(title, 0, len(title)) else context_patterns()["title_year"].match(title)
    m = m or context_patterns()["plan_part_heading"].search(doc.text, doc.body_start, doc.body_stop)
    return int(m.group("year")) if m else None


def in_review(doc: Document, s: int) -> bool:
    """Inside the text that follows a line announcing the work of a past period."""
    spans = derived(doc, "review_sections", review_sections)
    i = bisect.bisect_right(spans, (s, len(doc.text))) - 1
    return i >= 0 and spans[i][0] <= s < spans[i][1]


def announces_review(text: str, pos: int, end: int) -> bool:
    """The line text[pos:end] announces the review of a past period by its word 回顾."""
    return patterns()["review_heading"].fullmatch(text, pos, end) is not None


# A paragraph (or a part heading, numbered or not) that opens with the notice's own year or 今年 turns
# to the plan (2002年是…非常重要的一年; 2024年工作安排; 三、2026年重点工作安排).
_PLAN_PARAGRAPH = regex.compile(
    r"\n[ \t\u3000]*(?:[一二三四五六七八九十]{1,2}、)?(?:今年|(?P<year>(?:19|20)\d{2})\s*年)")
_YEAR = regex.compile(r"(?:19|20)\d{2}(?=\s*年)")


def review_sections(doc: Document) -> list[tuple[int, int]]:
    """首先报告2001年的工作, 一、2009年工作回顾, 一、过去五年政府工作的回顾, 一、“十四五”时期经济社会发展回顾,
    an unnumbered 2023年工作回顾 line: from such a line to a paragraph or part heading opening with the
    notice's own year (or 今年; in a report of unknown year, with a year after the one the line names),
    or the next outline item that starts after it and is not under it (an unnumbered line's part
    holds items of its own: it ends at the plan's part heading where there is one). A year the line
    names must be before the notice's own (三、2011年的工作 in a report of 2011 announces the plan),
    unless the line says 回顾."""
    text, own = doc.text, own_year(doc)
    tasks = sorted(doc.tasks, key=lambda t: t.char_start)
    starts = [t.char_start for t in tasks]
    review = patterns()["review_line"]
    spans: list[tuple[int, int]] = []
    # from the text's start: a review line taken for the title stands before the body
    for pos in _review_candidates(text, doc.body_stop):
        end = text.find("\n", pos, doc.body_stop)
        end = doc.body_stop if end < 0 else end
        m = review.fullmatch(text, pos, end)
        if announces_review(text, pos, end) or (
                m and (m.group("year") is None or (own is not None and int(m.group("year")) < own))):
            years = [int(y) for y in _YEAR.findall(text, pos, end)]
            spans.append((end, _review_stop(doc, tasks, starts, pos, end, own, max(years, default=None))))
    return spans


def _review_candidates(text: str, stop: int) -> list[int]:
    """Where the lines of text[:stop] that may announce a review start: those holding a word both review
    patterns require (工作, 回顾; read from the patterns), every line when a pattern requires none. (Matching
    both patterns on every line of every notice cost about 3% of the stages.)"""
    words = _review_words()
    if words is None:
        return [i for i in range(stop) if i == 0 or text[i - 1] == "\n"]
    return lines_holding(text, words, stop)


@functools.cache
def _review_words() -> tuple[str, ...] | None:
    line, heading = one_required(patterns()["review_line"]), one_required(patterns()["review_heading"])
    return None if line is None or heading is None else line + heading


def _review_stop(doc: Document, tasks: list, starts: list[int], pos: int, end: int,
                 own: int | None, reviewed: int | None) -> int:
    """Where the review announced by the line text[pos:end] ends (see review_sections)."""
    text = doc.text
    heads = tasks[bisect.bisect_left(starts, pos):bisect.bisect_left(starts, end)]
    i = bisect.bisect_right(starts, end)
    if heads:  # the line is an item: the review runs over the items under it
        under = heads[0].path + "."
        while i < len(tasks) and tasks[i].path.startswith(under):
            i += 1
    item_stop = starts[i] if i < len(starts) else doc.body_stop
    plan_stop = None
    for p in _PLAN_PARAGRAPH.finditer(text, end, doc.body_stop):
        year = p.group("year")
        if year is None or (own is not None and int(year) >= own) or (
                own is None and reviewed is not None and int(year) > reviewed):
            plan_stop = p.start()
            break
    if plan_stop is None:
        return item_stop
    return min(plan_stop, item_stop) if heads else plan_stop


# How far back the paragraph of a sentence is read for a review of the past.
_PARAGRAPH = 400


def reviews_the_past(text: str, s: int) -> bool:
    """过去一年,我们的各项工作取得了很大成绩。国内生产总值增长10.3%,居民消费价格涨幅控制在3.3%:
    a sentence after one that opens a review of a past period, in the same paragraph, reports its
    results, unless it speaks of the plan (今年, 要, 将 …)."""
    lo = max(0, s - _PARAGRAPH)
    start = max(text.rfind("\n", lo, s) + 1, lo)
    p = patterns()
    end = SENTENCE_STOP.search(text, s)
    if p["plan_word"].search(text, s, end.start() if end else len(text)):
        return False
    sentence = start
    while sentence < s:
        if p["review_opening"].match(text, sentence):
            return True
        stop = text.find("。", sentence, s)
        if stop < 0:
            break
        sentence = stop + 1
    return False


def retrospective_task(doc: Document, offset: int) -> bool:
    """In an item under a heading such as 发展基础/规划背景 (the past) or 用户参与条件 (conditions)."""
    task = doc.task_at(offset)
    return task is not None and task.path in _retrospective_paths(doc)


def _retrospective_paths(doc: Document) -> set[str]:
    """Paths of items under a heading such as 发展基础/规划背景, or one naming conditions."""
    def build(doc: Document) -> set[str]:
        past, conditions = patterns()["retro_heading"], patterns()["condition_heading"]
        retro: set[str] = set()
        for t in doc.tasks:  # in document order: a parent comes before its children
            heading = (t.heading or "").strip()
            if past.search(heading) or conditions.search(heading) or (t.parent_path in retro):
                retro.add(t.path)
        return retro
    return derived(doc, "retrospective_paths", build)
