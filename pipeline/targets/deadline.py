"""The deadline that governs a target: in its clause, earlier in its sentence, opening its
paragraph, or heading the list it belongs to."""
from __future__ import annotations

import bisect
import datetime as dt
import functools
from collections.abc import Iterator
from typing import TYPE_CHECKING

import regex

from ..document import Deadline, Document
from ..deadlines.patterns import alternation_of, config as deadline_config
from ..own_year import own_year
from ..pattern_literals import matches_at_words, sentence_scan
from .patterns import clause_stop, config, derived, patterns, start_of_clause

if TYPE_CHECKING:
    from .context import Found


# What ends a sentence inside a paragraph, where a list's ; ends its sentences too (…建设5个孵化基地;…): not
# patterns.SENTENCE_STOPS, whose line break ends a sentence and whose sentences run on over a ;.
_SENTENCE_STOPS_IN_A_PARAGRAPH = "。;!?"


@functools.cache
def _governing_patterns() -> dict[str, regex.Pattern]:
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


def target_deadline(doc: Document, f: Found, s: int, e: int) -> dt.date | None:
    """The deadline governing a target: one in its own clause, else the latest earlier in
    its sentence, else one opening its paragraph (到2026年,…。…。), else one heading the list
    its line belongs to (an intro line ending with ':'). A recurring quota keeps its own rhythm: besides its own clause, only a
    deadline framing the sentence governs it (到2030年,…每周3次以上 / “十四五”期间每年…),
    not one timing another action (9月底前修订清单;每季度召开一次会议)."""
    q, per = f.quantity, f.context.per
    if f.context.deadline is not None:
        return f.context.deadline
    usable = deadline_index(doc).usable
    before = usable.starting_in(_own_clause_start(doc, f.clause_start, q.start), q.start)
    if before:
        return before[-1].date
    clause_end = clause_stop(doc.text, q.start, e)
    after = usable.starting_in(q.start, e if clause_end is None else clause_end)
    if after:
        return after[0].date
    completed = _completing_clause_deadline(doc, clause_end, e, usable)
    if completed is not None:
        return completed
    quota = _year_of_a_quota(doc.text, s, q.start)
    if quota is not None:
        return quota
    whole_year = _whole_year_of_an_annual_plan(doc, s, q.start)
    if whole_year is not None:
        return whole_year
    closing = None if per or _dated_in_its_item(doc, s, f.clause_start, usable) else _closing_sentence_deadline(doc, e, usable)
    if closing is not None:
        return closing
    if patterns()["unanchored_years"].search(doc.text, f.clause_start, q.start):
        return None  # …,五年内压缩到5个工作日以内: its own span, counted from no calendar day
    earlier = usable.starting_in(s, f.clause_start)
    if not per and earlier:
        return earlier[-1].date
    for d in reversed(earlier):
        if _frames(doc, d, f.clause_start):
            return d.date
    row = _table_row_deadline(doc, s, e, usable)
    if row is not None:
        return row
    broken_down = _broken_down(doc, s, usable)
    if per:  # a yearly rate (年均增长5%) broken down from a period's goals, or listed under them, runs over that period
        if broken_down is not None and broken_down.kind == "period":
            return broken_down.date
        heading = _goals_under_a_year_heading(doc, s, usable)
        return heading.date if heading is not None and heading.kind == "period" else None
    return (_paragraph_deadline(doc, s, usable) or _year_of_the_paragraph(doc, s, usable)
            or _list_heading_deadline(doc, s, usable)
            or _inline_list_head_deadline(doc, s, usable) or _lined_list_head_deadline(doc, s, usable)
            or _sub_headed_list_deadline(doc, s, usable)
            or (broken_down.date if broken_down is not None else None) or _date(_goals_under_a_year_heading(doc, s, usable)))


def _date(d: Deadline | None) -> dt.date | None:
    return d.date if d is not None else None


def _completing_clause_deadline(doc: Document, clause_end: int | None, e: int, usable: Deadlines) -> dt.date | None:
    """加快…10万千瓦风电项目…建设,力争2022年底前建成并网运行: the clause right after the target's opens with a deadline
    (after a word of intent) and only says that what the target's clause pushes is completed then (rules/deadlines.yaml
    completing_clause_lead, completing_clause_verbs): that deadline is the target's."""
    if clause_end is None or clause_end >= e:
        return None
    text, ctx = doc.text, _governing_patterns()
    stop = clause_stop(text, clause_end + 1, e)
    stop = e if stop is None else stop
    own = usable.starting_in(clause_end + 1, stop)
    if not own:
        return None
    d = own[0]
    if ctx["completing_clause_lead"].fullmatch(text, clause_end + 1, d.char_start) and \
            ctx["completing_clause"].match(text, d.char_end, stop):
        return d.date
    return None


def _year_of_a_quota(text: str, s: int, q_start: int) -> dt.date | None:
    """你区2021年减量化任务总量为立项65公顷、验收60公顷: a year naming the quota whose values its clause gives (a 、 list
    stays in the clause) dates them by its last day (rules/deadlines.yaml quota_year). A list the quota's colon opens
    (下达我区2016年…建设目标任务为:1.新开工2912套, eighth doc_0037, whose reader dated none) is items of their own."""
    m = _governing_patterns()["quota_year"].search(text, start_of_clause(text, s, q_start), q_start)
    return dt.date(int(m.group("year")), 12, 31) if m else None


def _own_clause_start(doc: Document, clause_start: int, pos: int) -> int:
    """Where the target's clause starts inside its own item: a label run on after its heading on a page stored as
    one line (一、2016年新开工建设目标任务1.中原安置小区1052套) starts a clause, as the line it began in the published
    notice did; the heading's year is the list's, not the clause's (eighth doc_0037)."""
    task = doc.task_at(pos)
    return max(clause_start, task.char_start) if task is not None else clause_start


def _goals_under_a_year_heading(doc: Document, s: int, usable: Deadlines) -> Deadline | None:
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
    goals_heading = bool(_governing_patterns()["goals_heading"].search(task.heading or ""))
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
    for m in _governing_patterns()["plan_part_heading"].finditer(doc.text, lo, s):
        if m.group("label") is None:
            last = (m.start("year"), m.end())
    return last


def _whole_year_of_an_annual_plan(doc: Document, s: int, q_start: int) -> dt.date | None:
    """全年建成大型煤电机组200万千瓦以上 in 山东省2026年…行动方案: 全年 opening a clause that delivers
    something, in a plan for one year its title names, is that year, as 年内 is (fourth plan_0010,
    plan_0025's readers). 全年开展…不少于2次 counts a yearly rhythm (realestate_0064, realestate_0080),
    and a report's 全年 tells the year's results or qualifies a volume (gwr_0019): none. The clause
    frames the later clauses of its sentence (全年新增城乡公园120座,新建改建口袋公园60座,…)."""
    p, text = patterns(), doc.text
    i = text.find("全年", s, q_start)
    while i >= 0 and not p["whole_year_delivery"].match(text, start_of_clause(text, s, i), q_start):
        i = text.find("全年", i + 2, q_start)
    if i < 0:
        return None
    title = " ".join(t for t in (doc.title, doc.plan_title) if t)
    if not p["plan_title_word"].search(title):
        return None
    years = {int(m.group("year")) for m in p["one_year_in_title"].finditer(title)}
    return dt.date(years.pop(), 12, 31) if len(years) == 1 else None


def _dated_in_its_item(doc: Document, s: int, clause_start: int, usable: Deadlines) -> bool:
    """A time earlier in the target's sentence and inside its own item (1.到2025年,新建示范基地12个;…) governs
    it before a closing 以上/上述 sentence of the list does; a year in the heading above the item (一、2016年新开工
    建设目标任务1.中原安置小区…1052套, a crawled page on one line) does not (review16b)."""
    task = doc.task_at(clause_start)
    return bool(usable.starting_in(max(s, task.char_start) if task else s, clause_start))


def _closing_sentence_deadline(doc: Document, e: int, usable: Deadlines) -> dt.date | None:
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


def _broken_down(doc: Document, s: int, usable: Deadlines) -> Deadline | None:
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
    if prev_end <= 0 or text[prev_end] not in _SENTENCE_STOPS_IN_A_PARAGRAPH:
        return None  # the first sentence of its paragraph breaks down nothing
    paragraph_start = text.rfind("\n", 0, prev_end) + 1
    before = usable.starting_in(paragraph_start, prev_end)
    return before[-1] if before else None


def _table_row_deadline(doc: Document, s: int, e: int, usable: Deadlines) -> dt.date | None:
    """A task table flattened one cell per line (序号 / 工作任务 / 责任单位 / 完成时限): the
    target's cell takes the date in a later cell of its row, under a header naming a deadline
    column (完成时限, 时间节点)."""
    text, p = doc.text, patterns()
    line_start = text.rfind("\n", 0, s) + 1
    line_end = text.find("\n", e)
    line_end = len(text) if line_end < 0 else line_end
    if line_end - line_start > config()["table"]["max_cell_chars"]:
        return None
    if not p["deadline_header"].search(text, max(0, line_start - 3000), line_start):
        return None
    pos = line_end
    for _ in range(4):  # the cells after this one, up to the next row's 序号
        start = pos + 1
        while start < len(text) and text[start] == "\n":
            start += 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        cell = text[start:end].strip()
        if not cell or p["row_number"].fullmatch(cell) or len(cell) > 20:
            return None
        own = usable.starting_in(start, end)
        if own:
            return own[0].date
        pos = end
    return None


def _paragraph_deadline(doc: Document, s: int, usable: Deadlines) -> dt.date | None:
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


def _year_of_the_paragraph(doc: Document, s: int, usable: Deadlines) -> dt.date | None:
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
        opening = max(max(text.rfind(c, line_start, start) for c in _SENTENCE_STOPS_IN_A_PARAGRAPH) + 1, line_start)
        # the year opens its sentence, or its main clause after the grounds for it (鉴于…,今年要…)
        heads = p["framing_lead"].fullmatch(text, opening, start) or p["grounds_clause"].fullmatch(text, opening, start)
        if start not in dated and not heads:
            continue  # a year inside a sentence that dates nothing names a thing (实现2001年目标)
        if year > own:
            continue  # another year (明年将…) times only its own sentence
        if year != own:
            return None  # the past
        if not heads or _governing_patterns()["paragraph_entry_label"].search(text, end, s):
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


def _frames(doc: Document, d: Deadline, clause_start: int) -> bool:
    """Deadline `d` opens its clause and is set off from what follows by a comma or a
    period word; a point in time (not a period) frames only up to a ';'."""
    text, p = doc.text, patterns()
    opening = start_of_clause(text, 0, d.char_start)
    # (a span of years heading its sentence frames it with no comma after it: 2025—2027年省财政安排专项资金,…,推动我省每年…
    # 超过1000亿元 runs over those years, realestate_0151's reader)
    framing = (p["framing_lead"].fullmatch(text, opening, d.char_start)
               and (p["framing_follow"].match(text, d.char_end) or (d.kind == "period" and _opens_a_sentence(text, opening))))
    return bool(framing) and (d.kind == "period" or ";" not in text[d.char_end:clause_start])


def _opens_a_sentence(text: str, pos: int) -> bool:
    """Whether the clause at `pos` is the first of its sentence (what stands before it is a sentence stop or a line break)."""
    before = text[max(0, pos - 16):pos].rstrip(" \t\u3000")
    return pos == 0 or (bool(before) and before[-1] in _SENTENCE_STOPS_IN_A_PARAGRAPH + "\n")


def _list_heading_deadline(doc: Document, s: int, usable: Deadlines) -> dt.date | None:
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


def _inline_list_head_deadline(doc: Document, s: int, usable: Deadlines) -> dt.date | None:
    """今年要继续统筹财力,扎实办好“十件民生实事”。(1)促进…达100%,…。(2)…: the sentence right before the first label of an
    enumeration run on in the target's line heads it, as a line ending ':' heads the lines under it."""
    text = doc.text
    line_start = text.rfind("\n", 0, s) + 1
    head = None
    for m in _governing_patterns()["inline_list_head"].finditer(text, line_start, min(len(text), s + 8)):
        if m.start() < s:
            head = m  # the enumeration the target's sentence belongs to: the last one opened before it
    if head is None:
        return None
    sentence_start = max(text.rfind(c, line_start, head.start()) for c in _SENTENCE_STOPS_IN_A_PARAGRAPH) + 1
    own = usable.starting_in(max(sentence_start, line_start), head.start())
    return own[-1].date if own else None


def _lined_list_head_deadline(doc: Document, s: int, usable: Deadlines) -> dt.date | None:
    """今年继续实行积极财政政策的主要内容,包括以下几个方面。 then 一是 / 发行1000亿元长期国债,… / 二是 / …: an enumeration laid out
    one entry a line (its label opening the line, or alone on it over the entry's text) is headed by the sentence closing
    the line above its first label, as when the labels run on in one line (_inline_list_head_deadline). The walk up from
    the target's line passes the entries before it, up to the first label, inside the target's item."""
    text, ctx = doc.text, _governing_patterns()
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
            sentence_start = max(text.rfind(c, head_start, head_end - 1) for c in _SENTENCE_STOPS_IN_A_PARAGRAPH) + 1
            own = usable.starting_in(max(sentence_start, head_start), head_end)
            return own[-1].date if own else None
    return None


def _is_bare_label(line: str) -> bool:
    """一是 alone on its line (the entry's text on the next)."""
    return bool(_governing_patterns()["lined_list_label"].fullmatch(line.strip()))


def _sub_headed_list_deadline(doc: Document, s: int, usable: Deadlines) -> dt.date | None:
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
