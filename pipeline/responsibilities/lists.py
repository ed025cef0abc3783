"""Reading one list of units: its segments (split on , and ; outside nested brackets), the
names in each (items on 、), and what its labels, closing words and notes say about roles."""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

import regex

from .names import Item, is_short_name, is_unit, joined_lines, shared_suffixes
from .patterns import config, patterns

# Brackets a name may hold (各县[市、区]人民政府, 机关党委办公室(人事处), 各区人民政府〈含开发区、长江新区…,下同〉): no
# split inside.
_OPEN, _CLOSE = "([〔〈", ")]〕〉"
SEGMENT_SEPS = ",;,;。"  # (A、B负责。列第一位者为牵头单位,下同): a note may follow a full stop
ITEM_SEPS = "、,;,; \n"  # names hold no spaces: a space ends a name (A 完成时限:…)


@dataclass
class Group:
    """One list of units as written, with what it says about roles."""
    start: int
    end: int
    items: list[Item] = field(default_factory=list)
    explicit: bool = False  # has a label (责任单位:) or a closing word (负责, 牵头)
    joint: bool = False  # 按照职责分别负责 and the like
    lead_first: bool = False  # says here that the first unit leads
    carries: bool = False  # 下同: what it says holds for later lists
    # the separator the lead part of a list ends at (逗号前为牵头单位: ","), when the list says so
    lead_sep: str | None = None
    # where each separator first stands in the list, outside brackets (the lead part's end)
    first_seps: dict[str, int] = field(default_factory=dict)
    # names a bare 负责 closes (A、B负责,C配合): the principals when others only support them
    answerable: list[Item] = field(default_factory=list)


def split_pieces(text: str, start: int, end: int, seps: str) -> list[tuple[int, int]]:
    """Pieces of text[start:end] between separators outside parentheses, stripped."""
    pieces, depth, pos = [], 0, start
    for m in _split_marks(seps).finditer(text, start, end):  # only where a bracket or separator is
        i, c = m.start(), m.group()
        if c in _OPEN:
            depth += 1
        elif c in _CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and c in seps:
            if c == " " and text.startswith("(", i + 1):
                continue  # 各县 (市、 区): a stray space before the name's own brackets (PDF text)
            pieces.append((pos, i))
            pos = i + 1
    pieces.append((pos, end))
    return [p for p in (strip_span(text, s, e) for s, e in pieces) if p[0] < p[1]]


@functools.cache
def _split_marks(seps: str) -> regex.Pattern:
    return regex.compile(f"[{regex.escape(_OPEN + _CLOSE + seps)}]")


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t。.":
        start += 1
    while end > start and text[end - 1] in " \t。.\\":  # \\]: a markdown escape before a bracket
        end -= 1
    return start, end


def segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Segments of a list: split on , and ;, before a label inside a segment, and after a
    closing word that 、 follows (省工业和信息化厅牵头、省国资委配合)."""
    out = []
    for s, e in split_pieces(text, start, end, SEGMENT_SEPS):
        # from s: a label opening the segment is read whole (牵头责任单位:, not 牵头 + 责任单位:)
        cuts = [m.start() for m in patterns()["label_anywhere"].finditer(text, s, e) if m.start() > s]
        cuts += [m.end() for m in patterns()["marker_before_item"].finditer(text, s + 1, e)]
        cuts.sort()
        for a, b in zip([s] + cuts, cuts + [e]):
            a, b = strip_span(text, a, b)
            if b > a and text[a] == "、":
                a += 1
            if a < b:
                out.append((a, b))
    return out


_BRACKETED = regex.compile(r"\([^()]*\)|〔[^〔〕]*〕|〈[^〈〉]*〉")


def _outside_brackets(segment: str) -> str:
    return _BRACKETED.sub("", segment)


def _wraps(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is one bracketed group: its first bracket closes at its end."""
    if end - start < 3 or text[start] not in _OPEN or text[end - 1] not in _CLOSE:
        return False
    depth = 0
    for c in text[start:end - 1]:
        depth += (c in _OPEN) - (c in _CLOSE)
        if depth == 0:
            return False
    return True


def items_of(text: str, start: int, end: int) -> list[Item]:
    """The names of a segment, each trimmed of 由 / 等 at its edges."""
    pats = patterns()
    items = []
    # the kind a list's tail names (公安、司法行政等部门) and how many names it closes: the suffix of those that lack one
    kind, kind_closes = None, 0
    for s, e, joined_role in _with_partners(text, _conjoined(text, split_pieces(text, start, end, ITEM_SEPS))):
        if (tail := pats["kind_tail"].search(text, s, e)) and tail.start() - s >= 2 and not is_unit(text[s:tail.start()]):
            kind, kind_closes, e = tail.group("kind"), len(items) + 1, tail.start()
        if m := pats["strip_before"].match(text, s, e):
            if e - m.end() >= 2:
                s = m.end()
        own_role = None
        if (m := pats["name_mark"].search(text, s, e)) and m.start() - s >= 2:
            e = m.start()
            own_role = config()["name_role_marks"].get(m.group("mark")) if m.group("mark") else None
        if m := pats["strip_after"].search(text, s, e):
            if m.start() - s >= 2:
                e = m.start()
        elif (m := pats["generic_tail"].search(text, s, e)) and is_unit(text[s:m.start()]):
            e = m.start()
        items.append(Item(text[s:e], s, e, own_role=own_role or joined_role))
        if joined_role == "lead":  # 国家发展改革委、财政部会同有关部门: all before 会同 lead
            for earlier in items[:-1]:
                earlier.own_role = earlier.own_role or "lead"
    if kind is not None:
        for item in items[:kind_closes]:
            if not is_unit(item.full) and is_short_name(item.full) and is_unit(item.full + kind):
                item.full, item.kind_shared = item.full + kind, True
    return shared_suffixes(joined_lines(text, items))


def _with_partners(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int, str | None]]:
    """Pieces split again where a closing list names a lead and those it works with
    (国家发展改革委会同有关部门负责, 财政部会同有关部门): the lead before `会同`, its partners
    after it support. Both sides must read as units."""
    out: list[tuple[int, int, str | None]] = []
    for s, e in pieces:
        m = patterns()["partner"].search(text, s + 2, e - 2)
        if m and is_unit(text[s:m.start()]) and is_unit(text[m.end():e]):
            out += [(s, m.start(), "lead"), (m.end(), e, "support")]
        else:
            out.append((s, e, None))
    return out


def _conjoined(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pieces split again where a conjunction joins two names (区房管局及各街镇): both sides must
    read as units, so 住房和城乡建设局 and 公安和交通部门 stay whole, and so does a body named by its
    kind alone after another (各县市区党委和政府: the places' committees and governments)."""
    out = []
    suffixes = set(config()["org_suffixes"])
    for s, e in pieces:
        for m in patterns()["conjunction"].finditer(text, s + 2, e - 2):
            left, right = text[s:m.start()], text[m.end():e]
            if tail := patterns()["kind_tail"].search(left):  # 市场监管等部门(单位)和工会: 市场监管部门 and 工会
                left = left[:tail.start()] + tail.group("kind")
            if (left.count("(") == left.count(")") and is_unit(left) and is_unit(right)
                    and (tail or right not in suffixes)):  # after a list's tail, 工会 is a body, not a kind
                out += [(s, m.start()), (m.end(), e)]
                break
        else:
            out.append((s, e))
    return out


def read_group(text: str, start: int, end: int) -> Group:
    """Segments of a list: labels, closing words, conventions and plain names."""
    pats, cfg = patterns(), config()
    group = Group(start, end)
    pending: list[Item] = []  # names waiting for a closing word (A、B,C负责)
    label_role: str | None = None
    in_label = False
    for s, e in segments(text, start, end):
        segment = text[s:e]
        if pats["lead_first"].search(segment):
            group.lead_first = True
        if m := pats["lead_part"].search(segment):
            group.lead_sep = cfg["lead_part_separators"][m.group("sep")]
        if pats["carry"].search(_outside_brackets(segment)):  # not a name's own note (各区政府(含新区…,下同))
            group.carries = True
        labelled = pats["label"].match(text, s, e)
        if labelled:
            label_role, in_label = cfg["labels"][labelled.group("label")], True
            group.explicit = True
            s = labelled.end()
            if _wraps(text, s, e):
                s, e = s + 1, e - 1  # 责任单位:〔A、B按职责分工负责〕: a bracket around the whole list
        elif pats["convention"].search(_outside_brackets(segment)) and not _names_its_role(text, s, e):
            continue  # 首位为牵头部门,下同; not a name's own note (各区政府(含新区…,下同))
        marker = pats["marker"].search(text, s, e) or pats["lead_act"].search(text, s, e)
        names = items_of(text, s, marker.start() if marker else e)
        # a label says what follows it are units: 责任单位:市住房公积金 names one without a suffix,
        # and so are the names after a comma in its list (责任单位:市能源局,国网重庆电力、有关企业)
        # ... and so does a closing word after units: (市能源局、国网重庆电力、有关企业负责), (…、越秀区配合)
        beside_units = marker is not None and any(is_unit(i.full) for i in names)
        names = [i for i in names if is_unit(i.full) or ((in_label or beside_units) and is_short_name(i.full))]
        group.explicit |= any(i.own_role for i in names)  # (市卫健委(牵头)、市财政局(配合))
        if marker:
            role = cfg["markers"][marker.group("marker")]
            guiding = marker.group("marker") in cfg["guiding_markers"]
            if role is None and marker.group("adverb") and not guiding:
                role = cfg["marker_adverbs"][marker.group("adverb")]  # 按职责推进, 分别落实: as 按职责分工负责
            if role is None and in_label:
                role = label_role  # 牵头单位:A负责 leads; 责任单位:A牵头 leads too
            group.explicit = True
            group.joint |= role == "joint"
            if role is None and not guiding:  # 负责, 落实, 为责任主体; guiding answers for nothing
                group.answerable += pending + names
            elif role == "support" and pending:
                # (A、B,C,D参与), (A,B配合): the word of support closes only its own clause; the names before the
                # comma answer for the task, as in (A、B负责,C配合) (roles.assign_roles: one lead, several joint)
                group.answerable += pending
                pending = []
            for item in pending + names:
                item.role, item.closed = role, True
            pending = []
            in_label = False
        elif in_label:
            for item in names:
                item.role = label_role
            if label_role is None:  # 责任单位:A 配合单位:B answers as (A负责,B配合) does (roles.assign_roles)
                group.answerable += names
        else:
            pending.extend(names)
        group.items.extend(names)
    for sep in cfg["lead_part_separators"].values():
        if cut := next((a for a, b in split_pieces(text, start, end, sep)[1:]), None):
            group.first_seps[sep] = cut
    return group


def _names_its_role(text: str, start: int, end: int) -> bool:
    """Whether a segment is names closed by a copula and a label (市发展改革委为牵头单位, 市财政局、市商务局为配合单位), not
    the convention the same words state of a place in the list (第一个为牵头单位, 其余单位为配合单位)."""
    marker = patterns()["marker"].search(text, start, end)
    if marker is None or not marker.group("marker").startswith(tuple(config()["role_named_copulas"])):
        return False
    head = text[start:marker.start()]
    names = items_of(text, start, marker.start())
    return (not patterns()["role_named_not_names"].search(head) and bool(names)
            and all(is_unit(i.full) for i in names))


def all_units(text: str, group: Group) -> bool:
    """A bare list must be nothing but unit names."""
    names = [text[s:e] for s, e in split_pieces(text, group.start, group.end, ITEM_SEPS)]
    return bool(names) and all(is_unit(n) for n in names)
