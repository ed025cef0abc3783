"""Deadlines: time expressions saying when something must happen (ANNOTATION.md, "Deadlines").

One regex finds the time expression itself (a year, month, day, quarter, half-year, a span
X—Y, a five-year plan, 每年/每月…, 年底/年内); the words around it then decide its kind:
到/至 X -> by, X前 -> by (the day before X begins, or the day itself), X底/X末 -> by,
X起/自X -> from, X期间 or X—Y -> period, a bare X -> in, 每… -> recurring. Contexts that
make a date a baseline or a statistic (比2017年, 截至2020年底, 2019年以来, 2020年的29.96亿元),
a document title (《…》, 计划(2018—2020年)) or the notice's own date rule it out.

`parse_deadlines(text, start, end, issue_date)` reads any stretch of text (a clause, a
table header); `extract_deadlines(doc)` is the stage, whose rows the targets stage reads.

One module per job: `parser` (the forms matched in a stretch of text), `kinds` (the kind and
dates of one match), `contexts` (the words around a match that rule it out or say what it names), `spans` (the calendar span a match names), `exclusions` (dates in the
body that set no deadline); `patterns` compiles the rules.
"""
from __future__ import annotations

import datetime as dt

import regex

from ..document import Document
from ..metadata import safe_date
from ..metadata.doc_numbers import doc_numbers
from ..own_year import own_year_commitments, plan_part_year, review_sections, title_period_start, title_year
from ..derived import derived
from .exclusions import (SortedSpans, attachment_title_lines, consultation_replies, deadline_field_lines, definitions, formula_lines, glossary_terms, in_a_table_of_projects,
                         is_issue_day,
                         is_signature_date, own_validity_statements, page_links, retrospective_sections, schedule_sections, table_list_lines,
                         without_baseline_columns)
from .parser import parse_deadlines
from .patterns import before, context_patterns

__all__ = ["extract_deadlines", "parse_deadlines"]


def extract_deadlines(doc: Document) -> None:
    """Fill doc.deadlines with the deadlines of the plan body, each tagged with its task."""
    try:
        dated = doc.issue_date or _latest(_own_year_start(doc), _own_number_start(doc)) or _own_window_start(doc) or _cited_year(doc)
        schedules = SortedSpans(schedule_sections(doc) + deadline_field_lines(doc))
        coming = _coming_year(doc)
        rows = parse_deadlines(doc.text, doc.body_start, doc.body_stop, dated, schedules, coming)
        if doc.wrapper_end > doc.wrapper_start:  # the covering notice's own orders, before the plan it issues
            rows = parse_deadlines(doc.text, doc.wrapper_start, doc.wrapper_end, dated, SortedSpans([]), coming) + rows
        # a report's review of the past year under a line of its own (2023年工作回顾, 首先报告2001年的工作), which the
        # targets stage reads as the past too: its 今年 and 年末 are that year's (…,今年55项改革重点任务圆满完成)
        review = retrospective_sections(doc) + derived(doc, "review_sections", review_sections)  # (once: targets too)
        titles = attachment_title_lines(doc)
        skipped = SortedSpans(titles + table_list_lines(doc) + page_links(doc) + formula_lines(doc)
                              + definitions(doc) + glossary_terms(doc) + own_validity_statements(doc)
                              + consultation_replies(doc))
        # (but not a sentence of the review that commits the report's own year: 今年…将达305亿元)
        review, kept = SortedSpans(review), SortedSpans(derived(doc, "own_year_commitments", own_year_commitments))
        rows = [r for r in rows if not skipped.holds(r.char_start)
                and not (review.holds(r.char_start) and not kept.holds(r.char_start))
                and not is_signature_date(doc.text, r, doc.issue_date)
                and not is_issue_day(r, doc.issue_date) and not in_a_table_of_projects(doc.text, r)]
        rows = without_baseline_columns(doc.text, rows)
        _opened_on_the_issue_day(doc, rows)
    except Exception as e:  # a bug on one document must not cost the others
        doc.warnings.append(f"deadlines: not extracted ({type(e).__name__}: {e})")
        rows = []
    for row in rows:
        row.task_path = doc.path_at(row.char_start)
    doc.deadlines = rows


def _opened_on_the_issue_day(doc: Document, rows) -> None:
    """A window the notice's own day opens (即日起至X, 自文件印发之日起至X) starts on its issue date, where it has one
    (not a year or day the stage only guessed from its title or its text), as a measure it opens alone does (即日起,…)."""
    if doc.issue_date is None:
        return
    today = context_patterns()["today_from"]
    for row in rows:
        if row.kind == "from" and row.start_date is None and today.search(row.raw):
            row.start_date = doc.issue_date  # 即日起,本市…: from the notice's own day
        if (row.kind == "period" and row.start_date is None and row.date is not None and row.date >= doc.issue_date
                and before("issue_day_opening", doc.text, row.char_start, 0)):
            row.start_date = doc.issue_date


def _coming_year(doc: Document) -> int | None:
    """The year after its issue year a dated notice's title opens with (国务院办公厅关于2025年部分节假日安排的通知 of
    2024-11-12): the year its year-less days already past in the issue year are in (CONVENTIONS.md)."""
    year = title_year(doc) if doc.issue_date is not None else None
    return year if year is not None and year > doc.issue_date.year else None


def _own_year_start(doc: Document) -> dt.date | None:
    """The first day of the year a dateless document's title names for it (2013年…政府工作报告, or the first of its
    period: …行动方案(2022—2025年)), else of the year its report's plan part names (二、2024年主要目标和重点任务;
    CONVENTIONS.md): what year-less deadlines resolve to, and before which years are history (pipeline/own_year.py,
    which the targets stage reads too)."""
    year = title_year(doc) or title_period_start(doc) or plan_part_year(doc)
    return dt.date(year, 1, 1) if year else None


def _latest(*days: dt.date | None) -> dt.date | None:
    return max((d for d in days if d is not None), default=None)


def _own_number_start(doc: Document) -> dt.date | None:
    """The first day of the year of an undated notice's own number, its 文号 (财税〔2016〕23号), or the number closing its
    title (…情况分析的通告(2017年第12号)), which metadata reads as the 文号: it was issued that year at the earliest, so the
    years before are history (2016年第四季度,全国共完成… in that 通告 reports the quarter)."""
    m = _NUMBER_YEAR.search(doc.doc_number or "")
    return dt.date(int(m.group()), 1, 1) if m else None


_NUMBER_YEAR = regex.compile(r"(?:19|20)[0-9]{2}")  # a 文号's year (〔2016〕, [2016])


def _own_window_start(doc: Document) -> dt.date | None:
    """The day an undated notice's own window opens (本措施执行时间从2022年6月1日起): what
    year-less deadlines resolve to, and before which days are history."""
    m = context_patterns()["own_window_start"].search(doc.text, doc.body_start, doc.body_stop)
    return safe_date(int(m.group("year")), int(m.group("month")), int(m.group("day"))) if m else None


def _cited_year(doc: Document) -> dt.date | None:
    """The first day of the latest year of a document number an undated notice cites (国发明电〔2014〕1号):
    it comes after what it cites, so its year-less days are that year's, at the earliest."""
    years = [int(m.group("year")) for m in doc_numbers(context_patterns()["doc_number"], doc.text)]
    return dt.date(max(years), 1, 1) if years else None


