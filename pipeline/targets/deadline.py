"""The deadline that governs a target: in its clause, earlier in its sentence, opening its
paragraph (pipeline/targets/deadline_paragraph.py), in its table row's deadline column (deadline_table.py), or heading
the list it belongs to (deadline_lists.py); the deadlines indexed in deadline_index.py."""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ..document import Deadline, Document
from .deadline_index import SENTENCE_STOPS_IN_A_PARAGRAPH, Deadlines, deadline_index, governing_patterns
from .deadline_lists import (closing_sentence_deadline, goals_under_a_year_heading, inline_list_head_deadline,
                             lined_list_head_deadline, list_heading_deadline, sub_headed_list_deadline)
from .deadline_paragraph import deadline_broken_down, paragraph_deadline, year_of_the_paragraph
from .deadline_table import table_row_deadline
from .patterns import clause_stop, patterns, start_of_clause

if TYPE_CHECKING:
    from .context import Found


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
    closing = None if per or _dated_in_its_item(doc, s, f.clause_start, usable) else closing_sentence_deadline(doc, e, usable)
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
    row = table_row_deadline(doc, s, e, usable)
    if row is not None:
        return row
    broken_down = deadline_broken_down(doc, s, usable)
    if per:  # a yearly rate (年均增长5%) broken down from a period's goals, or listed under them, runs over that period
        if broken_down is not None and broken_down.kind == "period":
            return broken_down.date
        heading = goals_under_a_year_heading(doc, s, usable)
        return heading.date if heading is not None and heading.kind == "period" else None
    return (paragraph_deadline(doc, s, usable) or year_of_the_paragraph(doc, s, usable)
            or list_heading_deadline(doc, s, usable)
            or inline_list_head_deadline(doc, s, usable) or lined_list_head_deadline(doc, s, usable)
            or sub_headed_list_deadline(doc, s, usable)
            or (broken_down.date if broken_down is not None else None) or _date(goals_under_a_year_heading(doc, s, usable)))


def _date(d: Deadline | None) -> dt.date | None:
    return d.date if d is not None else None


def _completing_clause_deadline(doc: Document, clause_end: int | None, e: int, usable: Deadlines) -> dt.date | None:
    """加快…10万千瓦风电项目…建设,力争2022年底前建成并网运行: the clause right after the target's opens with a deadline
    (after a word of intent) and only says that what the target's clause pushes is completed then (rules/deadlines.yaml
    completing_clause_lead, completing_clause_verbs): that deadline is the target's."""
    if clause_end is None or clause_end >= e:
        return None
    text, ctx = doc.text, governing_patterns()
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
    m = governing_patterns()["quota_year"].search(text, start_of_clause(text, s, q_start), q_start)
    return dt.date(int(m.group("year")), 12, 31) if m else None


def _own_clause_start(doc: Document, clause_start: int, pos: int) -> int:
    """Where the target's clause starts inside its own item: a label run on after its heading on a page stored as
    one line (一、2016年新开工建设目标任务1.中原安置小区1052套) starts a clause, as the line it began in the published
    notice did; the heading's year is the list's, not the clause's (eighth doc_0037)."""
    task = doc.task_at(pos)
    return max(clause_start, task.char_start) if task is not None else clause_start


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
    return pos == 0 or (bool(before) and before[-1] in SENTENCE_STOPS_IN_A_PARAGRAPH + "\n")


