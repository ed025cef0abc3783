"""Responsibilities: units named responsible for each task, with their roles.

Sources (ANNOTATION.md, "Responsible units"): a parenthesised list closing a task
(`(责任单位:A、B)`, `(A、B负责)`, `(A、B按照职责分别负责)`, `(A牵头,B、C配合)`, a bare
`(A、B、C)` once the notice has set that convention), a label line outside parentheses
(`牵头单位:A;配合单位:B`), a sentence that is only `A牵头,B、C配合`, and the clauses
`由A牵头,B、C为成员单位` inside a sentence. Units named in
running prose are never taken. Each list is read segment by segment (split on , and ;
outside nested parentheses, items on 、): labels and closing words give roles, convention
clauses (首位为牵头部门, 下同) switch on "the first unit leads" from there on (逗号前为牵头单位: the units before the
list's first comma).

One module per job: `finding` (where lists stand), `lists` (reading one list), `names`
(what a unit is called), `roles`, `attachments` (a division of labour the text lacks);
`patterns` compiles the rules. `extract_responsibilities` is the stage.
"""
from __future__ import annotations

import bisect

import regex

from ..document import Document, Responsibility
from ..wrapped_lines import unwrapped
from .attachments import absent_division_attachments
from .finding import (closes_sentence, closing_lists_from, first_outside, label_lines, lead_clauses,
                      list_sentences, paren_groups, unit_chars)
from .lists import all_units, items_of, read_group
from .names import Item, Namer, is_unit
from .patterns import config, patterns
from .roles import assign_roles, support_beside_lead

__all__ = ["extract_responsibilities"]


def extract_responsibilities(doc: Document) -> None:
    """Fill doc.responsibilities; warn when the division of labour is in an absent attachment."""
    try:
        doc.responsibilities = _extract(doc)
    except Exception as e:  # a bug on one document must not cost the others
        doc.warnings.append(f"responsibilities: not extracted ({type(e).__name__}: {e})")
        doc.responsibilities = []
    try:
        doc.warnings.extend(absent_division_attachments(doc.text))
    except Exception:
        pass


def _extract(doc: Document) -> list[Responsibility]:
    # read without a PDF's soft line breaks and page numbers (wrapped_lines.unwrapped), so a list, a name or a closing
    # word the page's width wrapped (`(市住房城乡` ⏎ `建设局、市财政局按职责分` ⏎ `工负责)`) reads as the page printed it
    # whole; rows give offsets into the text (`at`)
    text, at = _without_soft_breaks(doc.text)
    lo, hi = _compact_offset(at, doc.body_start), _compact_offset(at, doc.body_stop)
    pats = patterns()
    parens = paren_groups(text, lo, hi)
    labels = label_lines(text, lo, hi, parens, [_compact_offset(at, t.char_start) for t in doc.tasks])
    taken = [(a - 1, b + 1) for a, b in parens] + labels
    sentences_ = list_sentences(text, lo, hi, taken)
    clauses = lead_clauses(text, lo, hi, taken + sentences_)
    # a bracket inside a label line (责任单位:〔A、B按职责分工负责〕) is read with its line, not again
    label_starts = [s for s, _ in labels]  # sorted and disjoint: the one that may hold a bracket is found by bisection
    own = [(a, b) for a, b in parens
           if (i := bisect.bisect_right(label_starts, a) - 1) < 0 or b > labels[i][1]]
    candidates = sorted([(a, b, True) for a, b in own] + [(a, b, False) for a, b in labels + sentences_ + clauses])

    lead_first_from = first_outside(pats["lead_first"], text, lo, hi, parens)
    # 各项任务逗号前为牵头单位 said in prose: where, and the separator the lead part ends at
    lead_part_from = first_outside(pats["lead_part"], text, lo, hi, parens)
    prose_sep = (config()["lead_part_separators"][pats["lead_part"].search(text, int(lead_part_from)).group("sep")]
                 if lead_part_from < hi else None)
    # each bracket of its own read once, for the layout's convention and as a candidate list below
    own_groups = {(a, b): read_group(text, a, b) for a, b in own if not unit_chars().isdisjoint(text[a:b])}
    lists_from = min(first_outside(pats["list_convention"], text, lo, hi, parens), closing_lists_from(text, own_groups))
    standing = [(m.start(), m) for m in pats["standing"].finditer(text, lo, hi)]

    namer = Namer(doc.region)
    rows: list[Responsibility] = []
    lead_first = False
    lead_sep: str | None = None  # the lead part's separator the convention in force names (逗号前为牵头单位)
    prose_rule = False
    lists_seen = False
    standing_done: set[str | None] = set()
    implied: set[int] = set()  # rows a standing rule adds (their span is the rule's)
    for start, end, in_parens in candidates:
        if not prose_rule and lead_first_from < start:  # the rule stated in prose holds from there on
            prose_rule = lead_first = True
            lead_sep = prose_sep if lead_part_from < start else None
        lists_seen |= lists_from <= start or lead_first
        if unit_chars().isdisjoint(text[start:end]):
            continue  # (2018—2020年), (试行): no character any unit list needs
        group = own_groups.pop((start, end)) if in_parens else read_group(text, start, end)
        if not group.items:
            continue
        if not group.explicit:
            if not (in_parens and lists_seen and closes_sentence(text, start, end) and all_units(text, group)):
                continue
            if pats["receiving_office"].search(text, max(lo, start - 30), start):
                continue  # 报送财政部(科教和文化司): the office of the body that receives
        assign_roles(group, lead_first or group.lead_first, group.lead_sep if group.lead_first else lead_sep)
        if group.lead_first and group.carries:
            lead_first, lead_sep = True, group.lead_sep  # a later rule replaces the earlier (首位 after 逗号前)
        lists_seen = True
        path = doc.path_at(_text_offset(at, group.items[0].start))
        # a standing rule's units join a task once, however many lists the task has, and not
        # the task whose list states the rule (试点城市政府负责落实。以下均需试点城市政府落实,不再列出)
        if path is not None and any(start <= offset < end for offset, _ in standing):
            standing_done.add(path)
        extra = [] if path in standing_done else _standing_items(text, standing, start, rows)
        if extra:
            standing_done.add(path)
        for position, (item, name) in enumerate(zip(group.items + extra, namer.names(group.items + extra)), 1):
            start, end = _text_offset(at, item.start), _text_offset(at, item.end - 1) + 1
            rows.append(Responsibility(unit=name, unit_raw=doc.text[start:end], role=item.role, position=position,
                                       char_start=start, char_end=end, task_path=path))
            if position > len(group.items):
                implied.add(len(rows) - 1)
    support_beside_lead(rows, doc.text, implied)
    return rows


_BLANKS = regex.compile(r" +")


def _without_soft_breaks(text: str) -> tuple[str, list[int] | None]:
    """`text` without the line breaks inside wrapped sentences and the page numbers between them (the characters
    wrapped_lines.unwrapped blanks), and for each character kept its offset in `text`; (text, None) for a text not
    hard-wrapped."""
    view = unwrapped(text)
    if view is text:
        return text, None
    dropped = bytearray(len(text))
    for m in _BLANKS.finditer(view):  # a blanked break or page number with the spaces around it (`— 2 —`)
        if view[m.start():m.end()] != text[m.start():m.end()]:
            dropped[m.start():m.end()] = b"\1" * (m.end() - m.start())
    at = [i for i, gone in enumerate(dropped) if not gone]
    return "".join(text[i] for i in at), at


def _compact_offset(at: list[int] | None, offset: int) -> int:
    return offset if at is None else bisect.bisect_left(at, offset)


def _text_offset(at: list[int] | None, offset: int) -> int:
    return offset if at is None else at[min(offset, len(at) - 1)]


def _standing_items(text: str, standing: list, before: int, named: list[Responsibility]) -> list[Item]:
    """Units a standing rule (以下责任单位均包括…,不再列出) adds to every later list. A rule that
    names briefly units a list before it named in full (…各县区人民政府、市各功能区管委会,以下均涉及各县区、
    功能区,不再重复列出) adds those units."""
    items = []
    for offset, m in standing:
        if offset < before:
            s, e = m.span("units")
            for item in items_of(text, s, e):
                full = next((r.unit_raw for r in reversed(named) if r.char_end <= offset
                             and item.full != r.unit_raw and item.full in r.unit_raw), None)
                if full:
                    item.full = full
                if full or is_unit(item.full):
                    items.append(item)
    return items
