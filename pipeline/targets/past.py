"""Sentences that report the past, not what is to be done: one opening with a year before
the notice's own or with 去年, one after a sentence opening a review of a past period (过去一年,
五年来 …) in the same paragraph, the text after a line announcing the work of a past year
(首先报告2001年的工作), and items under a heading such as 发展基础 (the past) or one naming
conditions. The notice's own year and the review's parts are read in pipeline/own_year.py, which
the deadlines stage reads too."""
from __future__ import annotations

import bisect

from ..document import Document
from ..numbers.numerals import year_number
from ..own_year import own_year, own_year_commitments, review_sections
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
    # (2019年光伏电站奖励标准为0.3元/千瓦时: a standard set for that year's cases, not a report of it)
    return year is not None and own is not None and year < own \
        and not patterns()["year_opening_standard"].match(doc.text, m.end())


def commits_the_own_year(doc: Document, s: int) -> bool:
    """The sentence at `s` opens with 今年 and a word of what is to come: the report's own year even in its review."""
    spans = derived(doc, "own_year_commitments", own_year_commitments)
    i = bisect.bisect_right(spans, (s, len(doc.text))) - 1
    return i >= 0 and spans[i][0] <= s < spans[i][1]


def in_review(doc: Document, s: int) -> bool:
    """Inside the text that follows a line announcing the work of a past period."""
    spans = derived(doc, "review_sections", review_sections)
    i = bisect.bisect_right(spans, (s, len(doc.text))) - 1
    return i >= 0 and spans[i][0] <= s < spans[i][1]


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
