"""Targets: quantitative commitments with comparator, value, unit and deadline.

Each sentence of the plan body is scanned for quantity expressions (pipeline/numbers.py).
A quantity is kept unless its context makes it a qualifier (35岁以上人群, 每3万人口), a
name or code (inside quotes or 《》, 18项核心制度), an ordinal, a past value (现有50人,
截至…) or a count of items just named. For each kept quantity the words before it, in its
clause, give the comparator (a bound word wins over a verb), a change (提高/下降 X), a
baseline year and a period (每年 …); a clause made only of a quantity (";20个健康促进机关")
continues the enumeration before it and inherits its bound word and period. The indicator
is the counted thing written after a count, else the subject before the quantity; a
coordinated subject gives one target per member. Flattened indicator tables are read row by
row (indicator_table.py).
"""
from __future__ import annotations

import functools

import regex

from .. import rules
from ..document import Document, Parameter, Target
from .indicator_table import IndicatorTable, find_tables
from .patterns import clear_derived
from .prose import prose_rows
from .table_targets import table_targets


# ------------------------------------------------------------------ stage
def extract_targets(doc: Document) -> None:
    """Fill doc.targets and doc.parameters from the plan body: indicator tables, then running text."""
    clear_derived()  # what is derived from the previous document no longer holds
    try:
        text, lo, hi = doc.text, doc.body_start, doc.body_stop
        tables = find_tables(text, lo, hi)
        targets: list[Target] = []
        for table in tables:
            targets.extend(table_targets(doc, table))
        parameters: list[Parameter] = []
        for s, e in prose_spans(lo, hi, tables):
            for row in prose_rows(doc, s, e):
                (parameters if isinstance(row, Parameter) else targets).append(row)
        for rows in (targets, parameters):
            rows.sort(key=lambda t: (t.char_start, t.char_end))
            for t in rows:
                t.task_path = doc.path_at(t.char_start)
        by_path = {t.path: t for t in doc.tasks} if any(
            _obligation_rules()[0].match(t.label) for t in doc.tasks) else None
        doc.targets = [t for t in targets
                       if not (by_path and obligation_in_article(doc, t, by_path))
                       and not count_in_a_name(doc.text, t)]
        doc.parameters = parameters
    except Exception as e:  # odd input must not stop the other stages
        doc.warnings.append(f"targets: extraction failed ({type(e).__name__}: {e})")
        doc.targets, doc.parameters = [], []
    clear_derived()


# How far back a sentence is looked for: a bounded window keeps long lists linear.
_WINDOW = 200


@functools.cache
def _obligation_rules() -> tuple[regex.Pattern, regex.Pattern]:
    cfg = rules.load("targets")["article_obligations"]
    return regex.compile(cfg["article_label"]), regex.compile(rules.alternation(cfg["obligation_words"]))


def obligation_in_article(doc: Document, row: Target, by_path: dict) -> bool:
    """A number in an article of a regulation (第N条) whose sentence lays an obligation on
    others (应当在三个工作日内, 不得少于二人) is a rule of the regulation, not a result the
    government commits to: no target. `by_path` maps the document's task paths to tasks."""
    article, obligation = _obligation_rules()
    own = task = doc.task_at(row.char_start)
    while task is not None and not article.match(task.label):
        task = by_path.get(task.parent_path) if task.parent_path else None
    if task is None or own is None:
        return False
    text = doc.text
    # the sentence around the number, looked for in a bounded window (linear on long lists)
    lo = max(own.char_start, row.char_start - _WINDOW)
    start = max(max(text.rfind(c, lo, row.char_start) for c in "。;!\n") + 1, lo)
    if obligation.search(text, max(start, own.char_start), row.char_start):
        return True
    # an item of the article: the article's lead-in (…应当遵守下列规定:) obliges every item
    lead_end = text.find("\n", task.char_start)
    return own is not task and bool(obligation.search(text, task.char_start, lead_end if lead_end > 0 else len(text)))


@functools.cache
def _name_count_rules() -> tuple[regex.Pattern, regex.Pattern, frozenset[str]]:
    cfg = rules.load("targets")
    small = regex.compile(cfg["name_counts"]["numeral"])
    verbs = cfg["count_verbs"] + cfg["bare_verbs"] + cfg["name_counts"]["more_verbs"]
    return small, regex.compile(rules.alternation(verbs)), frozenset(cfg["count_units"])


def count_in_a_name(text: str, row: Target) -> bool:
    """两个市场两种资源, 八项行动, 三个阶段: a small count written in Chinese numerals, with no
    verb of delivering or reaching shortly before it in its clause, is part of a name or a phrase
    (ANNOTATION.md: numbers inside names are no targets); 建设两个中心 stays a target."""
    small, verbs, units = _name_count_rules()
    if row.unit not in units or not small.fullmatch(row.span_text):
        return False
    lo = max(0, row.char_start - _WINDOW)
    start = max(max(text.rfind(c, lo, row.char_start) for c in "。;,:!\n") + 1, lo)
    before = text[start:row.char_start]
    # a count opening its clause continues an enumeration (每年开展一次…,两次讲座); a
    # schedule makes it a quota (每季度报送一次)
    if not before.strip() or "每" in before:
        return False
    # the verb stands close before a count it governs (建设两个中心, 每年开展两次)
    return not verbs.search(text, max(start, row.char_start - 8), row.char_start)


def prose_spans(lo: int, hi: int, tables: list[IndicatorTable]) -> list[tuple[int, int]]:
    spans, pos = [], lo
    for t in tables:
        if t.start > pos:
            spans.append((pos, t.start))
        pos = max(pos, t.end)
    if pos < hi:
        spans.append((pos, hi))
    return spans
