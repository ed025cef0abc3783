"""Where lists of units stand in the body: parenthesised groups, label lines outside
parentheses, sentences that are only `A牵头,B、C配合`, and conventions stated in prose."""
from __future__ import annotations

import bisect
import functools

import regex

from .lists import ITEM_SEPS, SEGMENT_SEPS, Group, all_units, items_of, read_group, split_pieces, strip_span
from .names import broken_name, is_short_name, is_unit
from .patterns import config, patterns


@functools.cache
def unit_chars() -> frozenset[str]:
    """Characters one of which every unit list holds: the last of an organisation suffix,
    the first of a generic unit (各), or any of a label or closing word."""
    cfg = config()
    chars = {w[-1] for w in cfg["org_suffixes"]} | {w[0] for w in cfg["generic_prefixes"]}
    for word in list(cfg["labels"]) + list(cfg["markers"]):
        chars.update(word)
    return frozenset(chars)


def inside(spans: list[tuple[int, int]], starts: list[int], offset: int) -> bool:
    """Whether offset falls in one of the sorted, disjoint spans."""
    i = bisect.bisect_right(starts, offset) - 1
    return i >= 0 and offset < spans[i][1]


def paren_groups(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Content spans of top-level parenthesised groups in the body: balanced (…) on one line
    (each `)` closing the nearest open `(`; an unclosed `(` opens nothing) and 〔…〕.

    One pass with a stack: a recursive pattern tried at every `(` took quadratic time on
    a long run of unclosed brackets. A line break ends what is open unless a labelled list goes on past
    it; only the breaks while a bracket is open are looked at (most of a notice's are not)."""
    pats = patterns()
    pairs: list[tuple[int, int]] = []
    opened: list[int] = []
    unread = lo  # where the line breaks not yet looked at start
    for m in pats["paren_char"].finditer(text, lo, hi):
        at = m.start()
        if opened:
            newline = text.find("\n", unread, at)
            while newline >= 0:
                if not _list_goes_on(text, opened[0], newline, hi):
                    opened.clear()
                    break
                newline = text.find("\n", newline + 1, at)
        if text[at] == "(":
            opened.append(at)
        elif opened:
            pairs.append((opened.pop(), at + 1))
        unread = at + 1
    pairs.extend(m.span() for m in pats["square_group"].finditer(text, lo, hi))
    groups: list[tuple[int, int]] = []
    end = -1
    for start, stop in sorted(pairs):  # outermost first; what lies inside a group is its content
        if start >= end:
            groups.append((start + 1, stop - 1))
            end = stop
    return groups


# the next line closes the list, a name's own brackets on it (各县(区)人民政府) passed over
_CLOSED_ON_NEXT_LINE = regex.compile(r"\s*(?:[^()\n。]|\([^()\n。]{1,20}\)){1,160}\)")


def _list_goes_on(text: str, opened: int, newline: int, hi: int) -> bool:
    """A labelled list broken by the page's line breaks (`(牵头单位:A,责任单位:B、东 ⏎⏎ 北新城管委会,C)`,
    a scrape that cut a line mid-name, or inside a name's brackets: `(责任单位:县规划和自然资源局(林业 ⏎ 局)、…)`)
    goes on to the `)` that closes the next text line. `opened`: the outermost open bracket."""
    return (patterns()["label_anywhere"].search(text, opened, newline) is not None
            and "。" not in text[opened:newline]
            and _CLOSED_ON_NEXT_LINE.match(text, newline, hi) is not None)


def closes_sentence(text: str, start: int, end: int) -> bool:
    """A bare list stands at the end of a line or right after a sentence's end."""
    before = text[start - 2] if start >= 2 else "\n"
    return _ends_line(text, end, " 。.;") or before in "。;!\n"


def closing_lists_from(text: str, groups: dict[tuple[int, int], Group]) -> float:
    """Where a notice's layout sets the bare-list convention: at least `closing_lists_layout`
    paragraphs each closing with a bracket of nothing but unit names (…建设。(省交通运输厅、
    省发展改革委)⏎), no label or closing word in any, say what such brackets are, from the first
    of them on (the guide's bare `(A、B、C)` "once the notice has set that convention").
    `groups`: the brackets, in order, by their span, as read_group read them."""
    closing = []
    for (start, end), group in groups.items():
        if not closes_sentence(text, start, end) or _after_a_name(text, start):
            continue
        if group.items and not group.explicit and all_units(text, group):
            closing.append((start, _ends_line(text, end)))
    if sum(at_end for _, at_end in closing) < config()["closing_lists_layout"]:
        return float("inf")
    return closing[0][0]


def _after_a_name(text: str, start: int) -> bool:
    """Whether the bracket whose content starts at `start` stands right after a body's name (检验机构为广州甘蔗糖业研究所
    (国家糖业质量监督检验中心)。, seventeenth H55F_03; 四川省科学技术厅(四川省人工智能产业链链长办公室)): the body's other
    name, as readily as the units of a task whose object is a body (组建…研究院(市科技局)), so no evidence of the layout
    whose brackets name the responsible units."""
    reach = max(map(len, config()["org_suffixes"]))  # the longest suffix
    return bool(patterns()["org_suffix"].search(text, max(0, start - 1 - reach), start - 1))


def _ends_line(text: str, end: int, skipped: str = " 。.") -> bool:
    """Whether the line ends after the bracket closing at `end`, past any of `skipped`, or the next
    item's label follows it, as on a page stored as one line (…旅游。(市财政局、市农业农村委)(三)鼓励…)."""
    after = end + 1
    while after < len(text) and text[after] in skipped:
        after += 1
    return after >= len(text) or text[after] == "\n" or patterns()["list_end_label"].match(text, after) is not None


_SENTENCE_STOP = regex.compile(r"[。\n]")
_LINES_GAP = regex.compile(r"[\s。;]*")  # between two label lines of one task's lists


def label_lines(text: str, lo: int, hi: int, parens: list[tuple[int, int]],
                item_starts: list[int] = ()) -> list[tuple[int, int]]:
    """`牵头单位:A;配合单位:B` written outside parentheses, up to the sentence end, or up to the
    next item where a body stored as one line runs it on after the last name
    (`…配合单位:区旅发委、规划局(二)精心谋划…`): the item's start (`item_starts` in order) or, where
    the outline took no item there, an outline label after a name. Label lines with nothing but a
    sentence end between them (`责任单位:A、B ⏎ 参与单位:C`, `牵头责任单位:A。⏎ 协同责任单位:B`) are one
    list, as `责任单位:A、B;参与单位:C` is."""
    pats = patterns()
    labels = list(pats["label_anywhere"].finditer(text, lo, hi))
    if not labels:
        return []  # (speed) most notices: their sentence ends and item labels are not looked for
    # where sentences end and labels stand, found once: a page on one line holds many lists and few
    # sentence ends, and looking for them again from every list took quadratic time
    sentence_ends = [e.start() for e in _SENTENCE_STOP.finditer(text, lo, hi)]
    item_labels = [e.start() for e in pats["list_end_label"].finditer(text, lo, hi)]
    spans = []
    outer = [(a - 1, b + 1) for a, b in parens]
    starts = [a for a, _ in outer]
    for m in labels:
        if inside(outer, starts, m.start()):
            continue
        if spans and m.start() < spans[-1][1]:
            continue
        k = bisect.bisect_right(item_starts, m.start())
        line_hi = min(hi, item_starts[k]) if k < len(item_starts) else hi
        stop = m.end()
        while stop < line_hi and text[stop] in " \n" and "\n" in text[m.end():stop + 1]:
            stop += 1  # `牵头单位:` alone on its line: the names stand on the next one
        first, i = stop, bisect.bisect_left(sentence_ends, stop)
        while i < len(sentence_ends) and sentence_ends[i] < line_hi:
            stop = sentence_ends[i]
            if (stop > first and text[stop] == "\n" and stop + 1 < line_hi
                    and (text[stop - 1] in "、,;" or _name_runs_on(text, stop, line_hi))):
                # a list wrapped after a separator (配合单位:市财政局、 ⏎ 市税务局) or inside a name (责任单位:国家发展改 ⏎
                # 革委、财政部) goes on
                stop, i = stop + 1, i + 1
                continue
            break
        else:
            stop = line_hi
        j = bisect.bisect_left(item_labels, m.end())
        if j < len(item_labels) and item_labels[j] < stop:
            stop = item_labels[j]  # …规划局(二)精心谋划…: the list ran on into the next item
        if field := pats["list_end_field"].search(text, m.end(), stop):
            stop = field.start()  # …省级有关部门完成时限:2019年6月底前: a field of another kind
        if spans and _LINES_GAP.fullmatch(text, spans[-1][1], m.start()):
            # 责任单位:A ⏎ 参与单位:B (牵头责任单位:A。⏎ 协同责任单位:B), lines of one task's lists: one list
            spans[-1] = (spans[-1][0], stop)
        else:
            spans.append((m.start(), stop))
    return spans


_PIECE_END = regex.compile(r"[、,;::\s]")
_NEXT_PIECE = regex.compile(r"[^、,;。\n]{1,12}")


def _name_runs_on(text: str, newline: int, hi: int) -> bool:
    """Whether the name before a line break goes on after it (PDF text wrapped mid-name: 国家发展改 ⏎ 革委, 市场监管 ⏎
    总局, 海关 ⏎ 总署: names.broken_name); names.joined_lines joins them when the list is read."""
    start = newline
    while start > 0 and newline - start < 30 and not _PIECE_END.match(text, start - 1):
        start -= 1
    after = _NEXT_PIECE.match(text, newline + 1, hi)
    first = text[start:newline]
    if not first or after is None or patterns()["label_anywhere"].match(text, newline + 1):
        return False
    second = after.group()
    if marker := patterns()["marker"].search(second):
        second = second[:marker.start()]  # 中国人民银行河南省 ⏎ 分行按职责分工负责
    return broken_name(first, second)


def list_sentences(text: str, lo: int, hi: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences that are only names and closing words: `A牵头,B、C配合`, and a note written without its brackets
    (`…给予全额补贴。市财政局负责。`, `市发展改革委、市财政局按职责分工负责。`), not prose that merely uses 牵头
    or 负责. A sentence opening with `A牵头,B、C配合` and going on (`…,建立…`) gives its named clauses."""
    spans: list[tuple[int, int]] = []
    taken = sorted(taken)
    starts = [a for a, _ in taken]

    def add(s: int, e: int, leads: bool) -> None:
        s, e = strip_span(text, max(s, lo), min(e, hi))
        while e > s and text[e - 1] in "。;":
            e -= 1
        if inside(taken, starts, s) or (s, e) in seen:
            return
        if not _every_piece_named(text, s, e):
            if not leads:
                return
            # `A牵头,B、C配合,建立…`: the named clauses opening a sentence still assign it.
            named = _leading_named_pieces(text, s, e)
            if len(named) < 2:
                return
            e = named[-1][1]
        group = read_group(text, s, e)
        if group.items and (not leads or any(i.role == "lead" for i in group.items)):
            seen.add((s, e))
            spans.append((s, e))

    seen: set[tuple[int, int]] = set()
    lead_word = patterns()["lead_word"]
    m = lead_word.search(text, lo, hi)
    while m:
        s, e = enclosing(text, m.start())
        m = lead_word.search(text, max(e, m.start() + 1), hi)
        add(s, e, True)
    for m in patterns()["sentence_closing"].finditer(text, lo, hi):
        add(*enclosing(text, m.start()), False)
    spans.sort()
    return [span for i, span in enumerate(spans) if i == 0 or span[0] >= spans[i - 1][1]]


def lead_clauses(text: str, lo: int, hi: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`由A牵头,B、C为成员单位` inside a sentence of prose (成立工作专班,由A牵头,B…为成员单位,统筹…;
    成立由A牵头,B、C等部门共同参与的推进机制): from the lead's names to the last closing word of
    the clauses after it that are only names and a closing word. A lead with no such clause
    after it (建立由A牵头的…机制, 由两家医院牵头,联合…) is prose."""
    spans: list[tuple[int, int]] = []
    taken = sorted(taken)
    starts = [a for a, _ in taken]
    for m in patterns()["lead_clause"].finditer(text, lo, hi):
        s = m.start("names")
        if inside(taken, starts, s) or (spans and s < spans[-1][1]):
            continue
        lead = split_pieces(text, s, m.end("names"), ITEM_SEPS)
        if not lead or not all(is_unit(text[a:b]) for a, b in lead):
            continue
        stop = min(enclosing(text, m.end())[1], hi)
        e = None
        for a, b in split_pieces(text, m.end(), stop, SEGMENT_SEPS):
            named = _named_clause_end(text, a, b)
            if named is None:
                break
            e = named
            if named < b:
                break  # 共同参与的推进机制: the list ends inside the clause
        if e is not None:
            spans.append((s, e))
    return spans


def _named_clause_end(text: str, start: int, end: int) -> int | None:
    """End of the closing word when text[start:end] opens with names and then one."""
    for marker in patterns()["marker_in_prose"].finditer(text, start, end):
        names = items_of(text, start, marker.start())  # as the list reads them: …国务院国资委党委等参加
        # a name with no suffix of its own among units is one, as before a bracket's closing word (CONVENTIONS.md, units19:
        # …、工会、共青团、妇联…为成员)
        if (names and any(is_unit(i.full) for i in names)
                and all(is_unit(i.full) or is_short_name(i.full) for i in names)):
            return marker.end()
    return None


def _leading_named_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The segments opening text[start:end] that are each names plus a closing word."""
    pieces = []
    for s, e in split_pieces(text, start, end, SEGMENT_SEPS):
        if not _every_piece_named(text, s, e):
            if pieces and (cut := _support_with_its_act(text, s, e)):
                pieces.append((s, cut))  # 行业管理处牵头,风景区与旅游执法支队配合认真推动…: up to 配合
            break
        pieces.append((s, e))
    return pieces


def _support_with_its_act(text: str, start: int, end: int) -> int | None:
    """After a lead's clause (A牵头,), names and a word of support running straight into the act they share
    (风景区与旅游执法支队配合认真推动星级饭店电气火灾综合治理工作落实, twentieth H58D_04; B、C配合做好…; B协助开展…): the
    guide's `A牵头,B、C配合` with its act said once; the end of that word."""
    m = patterns()["support_act"].search(text, start, end)
    if m is None:
        return None
    names = items_of(text, start, m.start())
    return m.end("marker") if names and all(is_unit(i.full) for i in names) else None


def _every_piece_named(text: str, start: int, end: int) -> bool:
    """Each segment is names plus a closing word: nothing else is said."""
    pats = patterns()
    for s, e in split_pieces(text, start, end, SEGMENT_SEPS):
        marker = pats["marker"].search(text, s, e)
        if not marker:
            return False
        # as the list reads them: 各市、县、区政府 names 各市政府, 各县政府, 各区政府
        names = items_of(text, s, marker.start())
        if not names or not all(is_unit(i.full) for i in names):
            return False
    return True


def enclosing(text: str, offset: int, stops: str = "。!?;\n") -> tuple[int, int]:
    """Span of the sentence around `offset`, bounded by any of `stops`."""
    lo = max(text.rfind(c, 0, offset) for c in stops) + 1
    hi = min((i for i in (text.find(c, offset) for c in stops) if i >= 0), default=len(text))
    return lo, hi


def first_outside(pattern: regex.Pattern, text: str, lo: int, hi: int,
                   parens: list[tuple[int, int]]) -> float:
    """Offset of the first match outside parentheses (a convention stated in prose)."""
    starts = [a for a, _ in parens]
    for m in pattern.finditer(text, lo, hi):
        if not inside(parens, starts, m.start()):
            return m.start()
    return float("inf")
