"""Dates in the body that set no deadline: in a section reviewing the past, on attachment title
lines, a signature's date, the issue day, a table's baseline column."""

from __future__ import annotations

import bisect
import datetime as dt

import regex

from ..document import Deadline, Document
from ..metadata.lines import Line, split_lines
from ..outline import classify_attachment_lines
from ..pattern_literals import matches_at_words
from ..wrapped_lines import in_a_table_row
from .patterns import (config, consultation_patterns, deadline_field_line, definition, formula_line, glossary_patterns,
                       own_validity_scan, own_validity_statement, page_link, signature_date_line, signature_month_line,
                       signature_note, signature_tail, table_list_patterns, time_heading_line)


class SortedSpans:
    """Spans merged and sorted, so that whether one holds an offset is a bisection (a notice
    of thousands of 附件 lines and dates was quadratic when every row read every span)."""

    def __init__(self, spans: list[tuple[int, int]]):
        merged: list[list[int]] = []
        for a, b in sorted(s for s in spans if s[0] < s[1]):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        self.starts = [a for a, _ in merged]
        self.ends = [b for _, b in merged]

    def holds(self, offset: int) -> bool:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i >= 0 and offset < self.ends[i]


def attachment_title_lines(doc: Document) -> list[tuple[int, int]]:
    """Spans of lines that name attachments, whose years are part of a title: the lines of
    an attachment list and an 附件N header (as the outline reads them), and the title
    standing under a bare 附件N."""
    # only lines from the first 附件 on can be attachment lines (the roles look forward only)
    lines = _lines_from_first(doc, "附件")
    spans = []
    for i, (kind, _) in classify_attachment_lines(lines).items():
        spans.append((lines[i].start, lines[i].end))
        if kind != "continuation" and i + 1 < len(lines) and _BARE_ATTACHMENT.fullmatch(lines[i].text.strip()):
            spans.append((lines[i + 1].start, lines[i + 1].end))
    return spans


def _lines_from_first(doc: Document, word: str) -> list[Line]:
    """The body's lines from the one holding the first `word` on (none when the body has no `word`)."""
    first = doc.text.find(word, doc.body_start, doc.body_stop)
    if first < 0:
        return []
    return split_lines(doc.text, max(doc.body_start, doc.text.rfind("\n", 0, first) + 1), doc.body_stop)


def table_list_lines(doc: Document) -> list[tuple[int, int]]:
    """Spans of a list of attached tables (附表:1. 2025年全市节能减排降碳工作主要目标 / 2. 2025年各区节能目标) and
    the title under a bare 附表N: their years name tables, as an attachment list's name documents."""
    p = table_list_patterns()
    lines = _lines_from_first(doc, "附表")
    spans = []
    for i, line in enumerate(lines):
        text = line.text.strip()
        if p["head"].match(text):
            spans.append((line.start, line.end))
            for after in lines[i + 1:]:
                if not p["item"].match(after.text.strip()) or "。" in after.text or len(after.text) > 80:
                    break
                spans.append((after.start, after.end))
        elif p["bare"].fullmatch(text) and i + 1 < len(lines):
            spans.append((lines[i + 1].start, lines[i + 1].end))
    return spans


_BARE_ATTACHMENT = regex.compile(r"附件\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})?\s*[::]?")


def formula_lines(doc: Document) -> list[tuple[int, int]]:
    """Spans of the sentences that state how an indicator is computed (计算方法:(本年度X-上一年度X)/…): a line,
    or the sentence of a page that runs its paragraphs onto one line (计算公式为:企业减免税总额=…本年度…。)."""
    return [_sentence_span(doc.text, m.start()) for m in formula_line().finditer(doc.text, doc.body_start, doc.body_stop)]


def _sentence_span(text: str, pos: int) -> tuple[int, int]:
    """Start and end of the sentence (or line) holding `pos`."""
    start = max(text.rfind(c, 0, pos) for c in "。;!?\n") + 1
    ends = [i for i in (text.find(c, pos) for c in "。;!?\n") if i >= 0]
    return start, min(ends, default=len(text))


def deadline_field_lines(doc: Document) -> list[tuple[int, int]]:
    """Spans of the lines giving a task's own time limit (完成时限:2019年9月底): a time the plan sets."""
    return [m.span() for m in deadline_field_line().finditer(doc.text, doc.body_start, doc.body_stop)]


def definitions(doc: Document) -> list[tuple[int, int]]:
    """Spans of a term's definition (“年度”指公历每年的1月1日至12月31日): its days say what the term means."""
    return [m.span() for m in definition().finditer(doc.text, doc.body_start, doc.body_stop)]


def own_validity_statements(doc: Document) -> list[tuple[int, int]]:
    """Spans of the sentences in which the document states its own start, validity or expiry (本试行办法自2019年3月1日
    起试行; 本政策自发布之日起施行,2024年12月31日结束): its own dates, no deadlines."""
    pattern, scan = own_validity_statement(), own_validity_scan()
    if scan is None:
        return [m.span() for m in pattern.finditer(doc.text, doc.body_start, doc.body_stop)]
    return [m.span() for m in matches_at_words(pattern, scan, doc.text, doc.body_start, doc.body_stop)]


def consultation_replies(doc: Document) -> list[tuple[int, int]]:
    """Spans of the sentences of a consultation that say before when views are to be sent back (关于征求…意见的函 /
    现向各单位征求意见。请于5月10日前将反馈意见…报送我局): the close of the consultation the document opens, its own date
    as 征求意见截止X is (CONVENTIONS.md). The document asks for comments in the text shortly before, or in its title and
    the sentence addresses its readers (a quoted draft's own articles keep their deadlines)."""
    p = consultation_patterns()
    if "意见" not in doc.text:
        return []
    titled = bool(p["title"].search(doc.title or ""))
    reach = config()["consultation_asking_reach"]
    addressed = config()["consultation_addressed"]
    spans = []
    for m in p["reply"].finditer(doc.text):
        start, end = _sentence_span(doc.text, m.start())
        to_readers = titled and any(w in doc.text[start:end] for w in addressed)
        if to_readers or p["asking"].search(doc.text, max(0, start - reach), m.start()):
            spans.append((start, end))
    return spans


def glossary_terms(doc: Document) -> list[tuple[int, int]]:
    """Spans of the terms a glossary defines (名词注释 / 20.2026年10件民生实事:…), from its heading line on:
    a year inside a term is part of its name."""
    heading, term = glossary_patterns()
    glossary = heading.search(doc.text, doc.body_start, doc.body_stop)
    return [m.span() for m in term.finditer(doc.text, glossary.end(), doc.body_stop)] if glossary else []


def page_links(doc: Document) -> list[tuple[int, int]]:
    """Spans of a scraped page's links ([text](url "title")): what they name is another page."""
    return [m.span() for m in page_link().finditer(doc.text, doc.body_start, doc.body_stop)]


def in_a_table_of_projects(text: str, row: Deadline) -> bool:
    """A time in a row of a table written as text (a markdown row, a cell flattened to its line and
    closed by its bar): such a table lists projects or tasks with their data (plan_0009's 重大项目表:
    `2025年达到2500万千瓦以上,2030年达到4000万千瓦以上 |`), which readers do not label; an
    indicator table's header (`| 2025年目标值 |`) still dates its column."""
    return in_a_table_row(text, row.char_start) and not row.raw.endswith(tuple(config()["table_header_words"]))


def without_baseline_columns(text: str, rows: list[Deadline]) -> list[Deadline]:
    """Drop a year standing alone in a table header when a later year heads a column a
    few cells on (序号/指标/2022年/2025年目标): the earlier one is the baseline column."""
    def cell(row: Deadline) -> str:
        return _line_at(text, row.char_start).strip()

    kept = []
    for i, row in enumerate(rows):
        # (a year: days each alone on a line are a schedule's, 三、考试时间 ⏎ 5月19日 ⏎ 上午… ⏎ 5月20日, seventeenth H55F_08)
        header_cell = row.kind == "in" and row.date is not None and cell(row) == row.raw and "月" not in row.raw
        if not header_cell or not any(
                r.date is not None and r.date > row.date and cell(r).startswith(r.raw)
                and text.count("\n", row.char_end, r.char_start) <= 3 for r in rows[i + 1:i + 4]):
            kept.append(row)
    return kept


def _line_at(text: str, pos: int) -> str:
    lo, hi = _line_span(text, pos)
    return text[lo:hi]


def _line_span(text: str, pos: int) -> tuple[int, int]:
    """Start and end (before its newline) of the line holding `pos`."""
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    return lo, len(text) if hi < 0 else hi


def is_issue_day(row: Deadline, issue_date: dt.date | None) -> bool:
    """The day the notice was issued, written as a bare date, is its own date (a signature in a
    text stored as one line: …请照此执行。国务院一九八〇年六月十二日关于…), not a deadline."""
    return row.kind == "in" and row.date is not None and row.date == issue_date and row.raw.rstrip().endswith(("日", "号"))


def is_signature_date(text: str, row: Deadline, issue_date: dt.date | None = None) -> bool:
    """A full date standing on a line of its own dates the notice (落款), it sets no deadline;
    so does one whose day OCR lost or garbled, in the issue date's month; and a date closing its
    line right after the signing bodies or the signer (a one-line page, an order)."""
    line = _line_at(text, row.char_start).strip()
    line = line[:note.start()] if (note := signature_note().search(line)) else line  # (此件主动公开)
    if signature_date_line().fullmatch(line) or _signature_month(line, issue_date):
        return not _under_a_time_heading(text, row.char_start)
    line_end = text.find("\n", row.char_end)
    rest = text[row.char_end:len(text) if line_end < 0 else line_end]
    if rest.strip() and not signature_note().fullmatch(rest) and not _full_day(row):
        return False
    # (a full day the signing bodies run into after the last sentence signs it whatever follows on its line: a body stored
    # as one line runs the plan's title or the page's chrome on after it, …请认真贯彻落实。南充市人民政府办公室2025年6月29日
    # 南充市支持…行动计划; 广安市人民政府2019年1月22日相关附件:二维码…)
    lo = text.rfind("\n", 0, row.char_start) + 1
    return bool(signature_tail().search(text, max(lo, row.char_start - 120), row.char_start))


def _full_day(row: Deadline) -> bool:
    """A bare day written with its year (2025年6月29日, 二〇二五年六月二十九日), as a signature dates a notice."""
    return row.kind == "in" and "年" in row.raw and row.raw.rstrip().endswith(("日", "号"))


def _under_a_time_heading(text: str, at: int) -> bool:
    """Whether the line above the one holding `at` is a heading naming a time (二、考试时间 ⏎ 2018年5月26日, seventeenth
    H55F_05; 报名时间: ⏎ 2024年3月1日): the date under it is that time, not a signature's."""
    lo = text.rfind("\n", 0, at)
    return lo > 0 and bool(time_heading_line().search(_line_at(text, lo - 1).strip()))


def _signature_month(line: str, issue_date: dt.date | None) -> bool:
    """2022年12月 alone on its line in a notice issued 2022-12-12 (the signature's day lost), 2020年190月29日 in one
    of 2020 (its month garbled): the signature's date as OCR left it."""
    m = signature_month_line().fullmatch(line)
    if m is None or issue_date is None or int(m.group("year")) != issue_date.year:
        return False
    month = int(m.group("month"))
    return month == issue_date.month or month > 12


def retrospective_sections(doc: Document) -> list[tuple[int, int]]:
    """Spans of level-1 items that review the past (一、规划背景): no deadlines there."""
    words = config()["retrospective_headings"]
    tops = [t for t in doc.tasks if t.level == 1]
    spans = []
    for i, task in enumerate(tops):
        if any(w in task.heading for w in words):
            stop = tops[i + 1].char_start if i + 1 < len(tops) else doc.body_stop
            spans.append((task.char_start, stop))
    return spans


def schedule_sections(doc: Document) -> list[tuple[int, int]]:
    """Spans of items that lay out the plan's schedule (三、工作步骤, 四、时间安排), up to the next
    item of their level or above: their phases' months are the plan's even once begun."""
    words = config()["schedule_headings"]
    spans = []
    for i, task in enumerate(doc.tasks):
        if any(w in task.heading for w in words):
            stop = next((t.char_start for t in doc.tasks[i + 1:] if t.level <= task.level), doc.body_stop)
            spans.append((task.char_start, stop))
    return spans
