"""The notice's own year, where its issue date does not give it, and the parts of a report that review years before
it: read once here for both stages that need them. The deadlines stage resolves year-less times (今年, 年底前) in that
year and skips the review; the targets stage reads a sentence opening with an earlier year, or standing in the review,
as the past.

- `title_year`: the year a title opens with (2013年中华人民共和国国务院政府工作报告, 石城县2018年度…考核细则);
  `title_period_start`: the first year of the period a title names in brackets (…行动方案(2022—2025年));
  `plan_part_year`: the year a dateless report's plan part heading names (二、2024年主要目标和重点任务; CONVENTIONS.md).
  A title that is a review's heading (2023年工作回顾: a report's part heading taken for its title when the text
  opens at 各位代表) names a past year, not the report's: `is_review_title`, read by the body's review heading.
- `own_year`: the issue date's year, else the title's, else the plan part's (the targets stage's).
- `review_sections`: from a line announcing the work of a past period (首先报告2001年的工作, 一、2009年工作回顾) to the
  plan's part; `own_year_commitments`: its sentences that commit the report's own year all the same.

Patterns come from rules/deadlines.yaml (the title and plan part) and rules/targets.yaml (the review lines and the
one review heading, in a title or in the body); this
module imports neither stage, so both import it at their top.
"""
from __future__ import annotations

import bisect
import functools

import regex

from . import rules
from .document import Document
from .pattern_literals import lines_holding, one_required


@functools.cache
def _patterns() -> dict[str, regex.Pattern]:
    deadlines, targets = rules.load("deadlines"), rules.load("targets")
    separators = rules.alternation(deadlines["range_separators"])
    return {
        "title_year": regex.compile(deadlines["title_year"].replace("{range_separators}", separators)),
        "title_period_start": regex.compile(deadlines["title_period_start"].replace("{range_separators}", separators)),
        "plan_part_heading": regex.compile(deadlines["plan_part_heading"]),
        "review_line": rules.compile_pattern(targets["review_line"].replace(
            "{period}", rf"(?P<year>(?:19|20)\d{{2}})\s*年度?|{rules.alternation(targets['review_line_periods'])}")),
        "review_heading": rules.compile_pattern(targets["review_heading"]),
        "review_commitment": regex.compile(targets["review_commitment"], regex.MULTILINE),
    }


def is_review_title(title: str) -> bool:
    """A title that is a review's part heading (2023年工作回顾, 一、过去一年工作回顾) taken for the title: the heading
    that announces a review in the body (one definition for both)."""
    return announces_review(title, 0, len(title))


def title_year(doc: Document) -> int | None:
    """The year the title opens with, for a title that is no review's heading."""
    title = doc.title or ""
    m = None if is_review_title(title) else _patterns()["title_year"].match(title)
    return int(m.group("year")) if m else None


def title_period_start(doc: Document) -> int | None:
    """The first year of the period the title names in brackets (湖南省电力支撑能力提升行动方案(2022—2025年)), for a
    title that is no review's heading."""
    title = doc.title or ""
    m = None if is_review_title(title) else _patterns()["title_period_start"].search(title)
    return int(m.group("year")) if m else None


def plan_part_year(doc: Document) -> int | None:
    """The year the heading of a report's plan part names (二、2024年主要目标和重点任务, 2024年工作安排)."""
    m = _patterns()["plan_part_heading"].search(doc.text, doc.body_start, doc.body_stop)
    return int(m.group("year")) if m else None


def own_year(doc: Document) -> int | None:
    """The notice's own year: its issue date's, else the year its title opens with (2002年中华人民共和国国务院政府工作
    报告 scraped without its dated line), else the year its plan part's heading names (CONVENTIONS.md)."""
    if doc.issue_date is not None:
        return doc.issue_date.year
    return title_year(doc) or plan_part_year(doc)


def announces_review(text: str, pos: int, end: int) -> bool:
    """The line text[pos:end] announces the review of a past period by its word 回顾."""
    return _patterns()["review_heading"].fullmatch(text, pos, end) is not None


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
    review = _patterns()["review_line"]
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


def own_year_commitments(doc: Document) -> list[tuple[int, int]]:
    """Sentences opening with 今年 and a word of what is to come (今年中央财政预算…将达305亿元): the report's own year,
    not the past, even inside a review (rules/targets.yaml review_commitment); both stages keep them."""
    return [m.span() for m in _patterns()["review_commitment"].finditer(doc.text, doc.body_start, doc.body_stop)]


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
    line, heading = one_required(_patterns()["review_line"]), one_required(_patterns()["review_heading"])
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
