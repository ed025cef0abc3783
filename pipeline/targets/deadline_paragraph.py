"""A target's deadline read from its paragraph: a deadline or the notice's own year opening it (到2026年,…。…。;
今年…。…。), across the breaks a text layer left inside its sentences, and a 其中 sentence breaking down what the
paragraph said before it (pipeline/targets/deadline.py asks these after the target's own clause and sentence)."""
from __future__ import annotations

import datetime as dt

import regex

from ..document import Deadline, Document
from ..own_year import own_year
from .deadline_index import SENTENCE_STOPS_IN_A_PARAGRAPH, Deadlines, governing_patterns
from .patterns import derived, patterns


def paragraph_deadline(doc: Document, s: int, usable: Deadlines) -> dt.date | None:
    """到2026年,…。…。: a deadline opening the paragraph (after its label: 近期目标:到2025年,), set off by a
    comma, frames all of it."""
    text, p = doc.text, patterns()
    line_start = text.rfind("\n", 0, s) + 1
    first = usable.starting_in(line_start, s)[:1]
    if not first:
        return None
    d = first[0]
    label = p["paragraph_label"].match(text, line_start, d.char_start)
    opens = p["framing_lead"].fullmatch(text, label.end() if label else line_start, d.char_start)
    return d.date if opens and text.startswith((",", ","), d.char_end) else None


def year_of_the_paragraph(doc: Document, s: int, usable: Deadlines) -> dt.date | None:
    """今年赤字率拟按4%左右安排…。一般公共预算支出规模29.7万亿元…。拟发行超长期特别国债1.3万亿元…: a year (今年, 2025年)
    opening an earlier sentence of the target's paragraph, as its time (not a point in it: 6月底前), frames the sentences
    after it that name none of their own, up to the next such year or the next entry of an enumeration run on in the
    paragraph (四是…今年…。五是…) (gwr_0016, gwr_0025's readers; CONVENTIONS.md). Only the notice's own year frames: an
    earlier one is the past, a later one (明年将…) times its own sentence."""
    text, p = doc.text, patterns()
    task = doc.task_at(s)
    floor = task.char_start if task else 0
    line_start = max(_paragraph_start(text, s, floor), floor)
    own = derived(doc, "own_year", own_year)
    if own is None:
        return None  # without the notice's own year a year may be the past: it frames nothing (review25)
    years = [(d.char_start, d.char_end, d.date.year) for d in usable.starting_in(line_start, s) if _names_a_whole_year(d)]
    dated = {start for start, _, _ in years}
    # (a year opening a sentence that sets no deadline itself, 2001年是…第一年, 今年就业形势依然严峻, still frames: CONVENTIONS)
    years += [(m.start(), m.end(), int(m.group("year") or own)) for m in p["year_said"].finditer(text, line_start, s)
              if m.start() not in dated]
    for start, end, year in sorted(years, reverse=True):
        opening = max(max(text.rfind(c, line_start, start) for c in SENTENCE_STOPS_IN_A_PARAGRAPH) + 1, line_start)
        # the year opens its sentence, or its main clause after the grounds for it (鉴于…,今年要…)
        heads = p["framing_lead"].fullmatch(text, opening, start) or p["grounds_clause"].fullmatch(text, opening, start)
        if start not in dated and not heads:
            continue  # a year inside a sentence that dates nothing names a thing (实现2001年目标)
        if year > own:
            continue  # another year (明年将…) times only its own sentence
        if year != own:
            return None  # the past
        if not heads or governing_patterns()["paragraph_entry_label"].search(text, end, s):
            return None
        return dt.date(own, 12, 31)
    return None


# a paragraph's line wrapped by a PDF's text layer or a page break: as long as a line of prose, no sentence end
_WRAPPED_LINE = 30
# what a line ends on when its sentence goes on in the next: a character of the sentence, not a stop, colon or bracket
_RUNS_ON = regex.compile(r"[\p{Han}A-Za-z0-9%、,]$")
# a subscript or superscript the text layer put on a line of its own (广义货币M ⏎ 2 ⏎ 和社会融资规模…)
_SCRIPT_LINE = regex.compile(r"[A-Za-z0-9]{1,2}")
_INVISIBLE = " \t\u3000\u200b\u200c\u200d\ufeff\xa0"


def _paragraph_start(text: str, s: int, floor: int) -> int:
    """The start of the paragraph holding `s`, across the line breaks a PDF's text layer or a page break left inside
    its sentences (…稳增长的重要目的是为了保就业、惠民生。今年就业压力加大,…城镇新增 ⏎ ⏎ 就业预期目标比去年多100万人, gwr_0018):
    a line as long as prose that ends inside a sentence, or a lone subscript (M ⏎ 2 ⏎), goes on in the next line;
    blank lines between them (a page's empty or zero-width lines) are no paragraph break there."""
    start = text.rfind("\n", 0, s) + 1
    while start > floor:
        end = start - 1
        while end > floor:  # skip the blank lines above
            prev = text.rfind("\n", 0, end) + 1
            if text[prev:end].strip(_INVISIBLE):
                break
            end = prev - 1
        prev = text.rfind("\n", 0, end) + 1
        line = text[prev:end].strip(_INVISIBLE)
        if not line or prev < floor or not _RUNS_ON.search(line):
            break
        script = _SCRIPT_LINE.fullmatch(line) or _SCRIPT_LINE.fullmatch(_line_from(text, start).strip(_INVISIBLE))
        if len(line) < _WRAPPED_LINE and not (script and line[-1].isascii()):
            break
        start = prev
    return start


def _line_from(text: str, start: int) -> str:
    """The line of `text` that opens at `start`, without its line break."""
    end = text.find("\n", start)
    return text[start:] if end < 0 else text[start:end]


def _names_a_whole_year(d: Deadline) -> bool:
    """A time that is one whole year (今年, 2025年, 2025年度): in, ending on 31 December of its own year."""
    return d.kind == "in" and d.date is not None and (d.date.month, d.date.day) == (12, 31) \
        and (d.start_date is None or (d.start_date.month, d.start_date.day) == (1, 1))


def deadline_broken_down(doc: Document, s: int, usable: Deadlines) -> Deadline | None:
    """其中,…: a sentence breaking down what its paragraph said before it takes the last deadline stated
    there, in the sentence before it or, when that one only comments (这些指标的设置,充分考虑了…), an earlier
    one of the paragraph (…提出了“十五五”期间实现…的目标,并…提出了28个主要指标。这些指标的设置,…。其中地区生产总值
    年均增长5%左右, eighth doc_0032's reader: 'the 其中 sentence breaks down 这些指标 of the 十五五 goals')."""
    text = doc.text
    if not patterns()["breakdown_opening"].match(text, s):
        return None
    prev_end = s - 1
    while prev_end > 0 and text[prev_end].isspace() and text[prev_end] != "\n":
        prev_end -= 1
    if prev_end <= 0 or text[prev_end] not in SENTENCE_STOPS_IN_A_PARAGRAPH:
        return None  # the first sentence of its paragraph breaks down nothing
    paragraph_start = text.rfind("\n", 0, prev_end) + 1
    before = usable.starting_in(paragraph_start, prev_end)
    return before[-1] if before else None
