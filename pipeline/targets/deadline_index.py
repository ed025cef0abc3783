"""The deadlines a target may take, as an index (`deadline_index`: bisected by start), and the part of
rules/deadlines.yaml the readings of a target's deadline use (pipeline/targets/deadline.py and the modules it asks:
deadline_paragraph, deadline_table, deadline_lists)."""
from __future__ import annotations

import bisect
import functools

import regex

from ..document import Deadline, Document
from ..deadlines.patterns import alternation_of, config as deadline_config
from .patterns import derived

# What ends a sentence inside a paragraph, where a list's ; ends its sentences too (…建设5个孵化基地;…): not
# patterns.SENTENCE_STOPS, whose line break ends a sentence and whose sentences run on over a ;.
SENTENCE_STOPS_IN_A_PARAGRAPH = "。;!?"


@functools.cache
def governing_patterns() -> dict[str, regex.Pattern]:
    """The last section of rules/deadlines.yaml, which this stage reads: a clause that only completes what the
    clause before it pushes (力争2022年底前建成并网运行), and an item's heading naming its goals."""
    cfg = deadline_config()
    space = r"[ ]*(?:\n[ ]*)?"
    return {
        "completing_clause_lead": regex.compile(cfg["completing_clause_lead"]),
        "completing_clause": regex.compile(rf"{space}(?:{alternation_of(cfg['bare_year_adverbs'])})?"
                                           rf"(?:{alternation_of(cfg['completing_clause_verbs'])})[^0-9０-９一二三四五六七八九十百千万亿]*$"),
        "goals_heading": regex.compile(cfg["goals_heading"]),
        "quota_year": regex.compile(cfg["quota_year"]),
        "plan_part_heading": regex.compile(cfg["plan_part_heading"]),
        "inline_list_head": regex.compile(cfg["inline_list_head"]),
        "lined_list_label": regex.compile(cfg["lined_list_label"]),
        "lined_list_first_label": regex.compile(cfg["lined_list_first_label"]),
        "paragraph_entry_label": regex.compile(cfg["paragraph_entry_label"]),
    }


class Deadlines:
    """Deadlines sorted by start, with `starting_in(a, b)`: those starting in [a, b).
    Rows read the deadlines around them for every quantity; scanning the whole list each
    time cost more than the rest of the row, so the list is bisected."""

    def __init__(self, deadlines: list[Deadline]):
        self.items = sorted(deadlines, key=lambda d: d.char_start)
        self.starts = [d.char_start for d in self.items]

    def starting_in(self, a: int, b: int) -> list[Deadline]:
        return self.items[bisect.bisect_left(self.starts, a):bisect.bisect_left(self.starts, b)]


class _DeadlineIndex(Deadlines):
    def __init__(self, deadlines: list[Deadline]):
        super().__init__(deadlines)
        self.usable = Deadlines([d for d in deadlines if d.date is not None and d.kind in ("by", "in", "period")])


def deadline_index(doc: Document) -> _DeadlineIndex:
    return derived(doc, "deadline_index", lambda d: _DeadlineIndex(d.deadlines))
