"""Responsibilities: units named responsible for each task, with their roles.

Sources (ANNOTATION.md, "Responsible units"): a parenthesised list closing a task
(`(责任单位:A、B)`, `(A、B负责)`, `(A、B按照职责分别负责)`, `(A牵头,B、C配合)`, a bare
`(A、B、C)` once the notice has set that convention), a label line outside parentheses
(`牵头单位:A;配合单位:B`) and a sentence that is only `A牵头,B、C配合`. Units named in
running prose are never taken. Each list is read segment by segment (split on , and ;
outside nested parentheses, items on 、): labels and closing words give roles, convention
clauses (首位为牵头部门, 下同) switch on "the first unit leads" from there on.
"""
from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, field

# `regex`, not `re` (rules.compile_pattern): these patterns are long alternations of
# literal words, which `regex` matches markedly faster.
import regex


from . import rules
from .document import Document, Responsibility
from .metadata import region_of

# Brackets a name may hold (各县[市、区]人民政府, 机关党委办公室(人事处)): no split inside.
_OPEN, _CLOSE = "([", ")]"
_SEGMENT_SEPS = ",;,;。"  # (A、B负责。列第一位者为牵头单位,下同): a note may follow a full stop
_ITEM_SEPS = "、,;,; \n"  # names hold no spaces: a space ends a name (A 完成时限:…)


@dataclass
class _Item:
    name: str  # as written: text[start:end]
    start: int
    end: int
    role: str | None = None
    marked: bool = False  # role set by a label or a closing word of its own
    own_role: str | None = None  # set by a mark after the name itself: 市发展改革委(牵头)
    # the name read: a line break inside it dropped (各县(市、区)人民政 / 府 in PDF text),
    # a suffix shared with the next name restored (钦南区、钦北区人民政府)
    full: str = ""

    def __post_init__(self) -> None:
        self.full = self.full or regex.sub(r"\s+", "", self.name)  # names hold no spaces


@dataclass
class _Group:
    """One list of units as written, with what it says about roles."""
    start: int
    end: int
    items: list[_Item] = field(default_factory=list)
    explicit: bool = False  # has a label (责任单位:) or a closing word (负责, 牵头)
    joint: bool = False  # 按照职责分别负责 and the like
    lead_first: bool = False  # says here that the first unit leads
    carries: bool = False  # 下同: what it says holds for later lists


# ---------------------------------------------------------------- rules

@functools.cache
def _config() -> dict:
    return rules.load("responsibilities")


@functools.cache
def _patterns() -> dict[str, regex.Pattern]:
    cfg = _config()
    alt = rules.alternation
    labels = alt(list(cfg["labels"]))
    return {
        # (…) on one line (paired by _paren_groups), or 〔…〕, which lists use across broken
        # lines (PDF text)
        "paren_char": regex.compile(r"[()\n]"),
        "square_group": regex.compile(r"〔[^〔〕]{1,400}〕"),
        # 责任单位: / 【牵头单位】 (a bracketed label needs no colon)
        "label": regex.compile(rf"\s*(?:【(?P<label>{labels})】\s*[::]?|(?P<label>{labels})\s*[::])\s*"),
        "label_anywhere": regex.compile(rf"(?:【(?P<label>{labels})】|(?P<label>{labels})\s*[::])"),
        "marker": regex.compile(rf"(?P<marker>{alt(list(cfg['markers']))})\s*$"),
        "lead_first": regex.compile("|".join(f"(?:{p})" for p in cfg["lead_first_patterns"])),
        "list_convention": regex.compile("|".join(f"(?:{p})" for p in cfg["list_convention_patterns"])),
        "convention": regex.compile("|".join(f"(?:{p})" for p in cfg["convention_clauses"])),
        "carry": regex.compile(r"(?:以下同|下同)"),
        "standing": regex.compile(cfg["standing_rule"]),
        "org_suffix": regex.compile(rf"(?:{alt(cfg['org_suffixes'])})$"),
        "prefixable": regex.compile(rf"(?:{alt(cfg['prefixable_suffixes'])})$"),
        "internal": regex.compile(rf"(?:{alt(cfg['internal_suffixes'])})$"),
        # 市场监管总局 opens with a word (市场), not with the level 市
        "level": regex.compile(rf"^(?:{alt(cfg['level_prefixes'])})(?!场)"),
        # 团县委, 中共某市委, 地委宣传部: a party or league committee names its level inside
        "level_inside": regex.compile(alt(cfg["level_committees"])),
        "zone": regex.compile(alt(cfg["zone_words"])),
        "bare_place": regex.compile(r"\p{Han}{1,8}[区县市镇乡旗]"),
        # 钦北区人民政府, 东北新城管委会: a place's body, whose suffix a bare place before it shares
        "place_body": regex.compile(rf"\p{{Han}}{{1,12}}?(?P<suffix>{alt(cfg['shared_suffixes'])})"),
        "trailing_paren": regex.compile(r"\([^()]*\)$"),
        "not_unit_char": regex.compile(f"[{regex.escape(cfg['not_unit_chars'])}]"),
        "strip_before": regex.compile(rf"^(?:{alt(cfg['strip_before'])})"),
        "strip_after": regex.compile(rf"(?:{alt(cfg['strip_after'])})$"),
        "name_mark": regex.compile(rf"(?:\((?P<mark>{alt(list(cfg['name_role_marks']))})\)"
                                   rf"|[{regex.escape(cfg['name_symbols'])}]+)$"),
    }


@functools.cache
def _alias_groups() -> dict[str, int]:
    """Alias (without level prefix) -> index of its group of synonyms."""
    groups = rules.load("org_aliases")["groups"]
    return {name: i for i, names in enumerate(groups) for name in names}


# ---------------------------------------------------------------- splitting

def _split(text: str, start: int, end: int, seps: str) -> list[tuple[int, int]]:
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
    return [p for p in (_strip(text, s, e) for s, e in pieces) if p[0] < p[1]]


@functools.cache
def _split_marks(seps: str) -> regex.Pattern:
    return regex.compile(f"[{regex.escape(_OPEN + _CLOSE + seps)}]")


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t。.":
        start += 1
    while end > start and text[end - 1] in " \t。.":
        end -= 1
    return start, end


def _segments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Segments of a list: split on , and ;, and before a label inside a segment."""
    out = []
    for s, e in _split(text, start, end, _SEGMENT_SEPS):
        cuts = [m.start() for m in _patterns()["label_anywhere"].finditer(text, s + 1, e)]
        for a, b in zip([s] + cuts, cuts + [e]):
            a, b = _strip(text, a, b)
            if a < b:
                out.append((a, b))
    return out


def _items(text: str, start: int, end: int) -> list[_Item]:
    """The names of a segment, each trimmed of 由 / 等 at its edges."""
    pats = _patterns()
    items = []
    for s, e in _split(text, start, end, _ITEM_SEPS):
        if m := pats["strip_before"].match(text, s, e):
            if e - m.end() >= 2:
                s = m.end()
        own_role = None
        if (m := pats["name_mark"].search(text, s, e)) and m.start() - s >= 2:
            e = m.start()
            own_role = _config()["name_role_marks"].get(m.group("mark")) if m.group("mark") else None
        if m := pats["strip_after"].search(text, s, e):
            if m.start() - s >= 2:
                e = m.start()
        items.append(_Item(text[s:e], s, e, own_role=own_role, marked=own_role is not None))
    return _shared_suffixes(_joined_lines(text, items))


def _joined_lines(text: str, items: list[_Item]) -> list[_Item]:
    """A name broken over two lines (PDF text) is one name when its first part is none."""
    out: list[_Item] = []
    for item in items:
        prev = out[-1] if out else None
        if (prev and text[prev.end:item.start] == "\n" and not _ends_as_org(prev.full)
                and _ends_as_org(prev.full + item.full) and _is_unit(prev.full + item.full)):
            out[-1] = _Item(text[prev.start:item.end], prev.start, item.end, full=prev.full + item.full)
        else:
            out.append(item)
    return out


def _ends_as_org(name: str) -> bool:
    pats = _patterns()
    return bool(pats["org_suffix"].search(pats["trailing_paren"].sub("", name)))


def _shared_suffixes(items: list[_Item]) -> list[_Item]:
    """钦南区、钦北区人民政府 (经开区、东北新城管委会; 各市、县人民政府): a bare place before a
    place's government shares its suffix."""
    pats = _patterns()
    for item, following in zip(items, items[1:]):
        if _ends_as_org(item.full) or not pats["bare_place"].fullmatch(item.full):
            continue
        if m := pats["place_body"].fullmatch(following.full):
            item.full += m.group("suffix")
    return items


@functools.cache
def _unit_chars() -> frozenset[str]:
    """Characters one of which every unit list holds: the last of an organisation suffix,
    the first of a generic unit (各), or any of a label or closing word."""
    cfg = _config()
    chars = {w[-1] for w in cfg["org_suffixes"]} | {w[0] for w in cfg["generic_prefixes"]}
    for word in list(cfg["labels"]) + list(cfg["markers"]):
        chars.update(word)
    return frozenset(chars)


@functools.lru_cache(maxsize=4096)
def _is_unit(name: str) -> bool:
    """Whether a list item looks like an organisation name (names repeat: cached)."""
    cfg, pats = _config(), _patterns()
    if len(name) < 2 or pats["not_unit_char"].search(name):
        return False
    if name.startswith(tuple(cfg["not_unit_prefixes"])):
        return False
    if name.startswith(tuple(cfg["generic_prefixes"])):
        return True
    core = pats["trailing_paren"].sub("", name)  # 机关党委办公室(人事处)
    return len(core) >= 2 and bool(pats["org_suffix"].search(core))


@functools.lru_cache(maxsize=4096)
def _is_short_name(name: str) -> bool:
    """A name right after a unit label that lacks an organisation suffix (市住房公积金):
    short, Han characters only, and no closing word or note inside."""
    cfg = _config()
    return (2 <= len(name) <= 12 and regex.fullmatch(r"[\p{Han}()]+", name) is not None
            and not name.startswith(tuple(cfg["not_unit_prefixes"]))
            and not any(word in name for word in cfg["markers"]))


# ---------------------------------------------------------------- reading one list

def _read_group(text: str, start: int, end: int) -> _Group:
    """Segments of a list: labels, closing words, conventions and plain names."""
    pats, cfg = _patterns(), _config()
    group = _Group(start, end)
    pending: list[_Item] = []  # names waiting for a closing word (A、B,C负责)
    label_role: str | None = None
    in_label = False
    for s, e in _segments(text, start, end):
        segment = text[s:e]
        if pats["lead_first"].search(segment):
            group.lead_first = True
        if pats["carry"].search(segment):
            group.carries = True
        labelled = pats["label"].match(text, s, e)
        if labelled:
            label_role, in_label = cfg["labels"][labelled.group("label")], True
            group.explicit = True
            s = labelled.end()
        elif pats["convention"].search(segment):
            continue
        marker = pats["marker"].search(text, s, e)
        names = _items(text, s, marker.start() if marker else e)
        # a label says what follows it are units: 责任单位:市住房公积金 names one without a suffix
        names = [i for i in names if _is_unit(i.full) or (labelled and _is_short_name(i.full))]
        group.explicit |= any(i.own_role for i in names)  # (市卫健委(牵头)、市财政局(配合))
        if marker:
            role = cfg["markers"][marker.group("marker")]
            if role is None and in_label:
                role = label_role  # 牵头单位:A负责 leads; 责任单位:A牵头 leads too
            group.explicit = True
            group.joint |= role == "joint"
            for item in pending + names:
                item.role, item.marked = role, True
            pending = []
            in_label = False
        elif in_label:
            for item in names:
                item.role, item.marked = label_role, True
        else:
            pending.extend(names)
        group.items.extend(names)
    return group


def _all_units(text: str, group: _Group) -> bool:
    """A bare list must be nothing but unit names."""
    names = [text[s:e] for s, e in _split(text, group.start, group.end, _ITEM_SEPS)]
    return bool(names) and all(_is_unit(n) for n in names)


def _assign_roles(group: _Group, lead_first: bool) -> None:
    """Roles from the list's own words, else from the notice's convention."""
    items = group.items
    for item in items:
        if item.own_role:
            item.role = item.own_role  # 市发展改革委(牵头): the name's own mark wins
    if any(i.role == "lead" for i in items):
        for item in items:
            if item.role != "lead":
                item.role = "support"
        return
    if group.joint:
        for item in items:
            if item.role is None:
                item.role = "joint"
        return
    if lead_first and items:
        for n, item in enumerate(items):
            if item.role is None:
                item.role = "lead" if n == 0 else "support"
        return


# ---------------------------------------------------------------- finding lists

def _inside(spans: list[tuple[int, int]], starts: list[int], offset: int) -> bool:
    """Whether offset falls in one of the sorted, disjoint spans."""
    i = bisect.bisect_right(starts, offset) - 1
    return i >= 0 and offset < spans[i][1]


def _paren_groups(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Content spans of top-level parenthesised groups in the body: balanced (…) on one line
    (each `)` closing the nearest open `(`; an unclosed `(` opens nothing) and 〔…〕.

    One pass with a stack: a recursive pattern tried at every `(` took quadratic time on
    a long run of unclosed brackets."""
    patterns = _patterns()
    pairs: list[tuple[int, int]] = []
    opened: list[int] = []
    for m in patterns["paren_char"].finditer(text, lo, hi):
        char = m.group()
        if char == "(":
            opened.append(m.start())
        elif char == ")":
            if opened:
                pairs.append((opened.pop(), m.end()))
        else:
            opened.clear()
    pairs.extend(m.span() for m in patterns["square_group"].finditer(text, lo, hi))
    groups: list[tuple[int, int]] = []
    end = -1
    for start, stop in sorted(pairs):  # outermost first; what lies inside a group is its content
        if start >= end:
            groups.append((start + 1, stop - 1))
            end = stop
    return groups


def _closes_sentence(text: str, start: int, end: int) -> bool:
    """A bare list stands at the end of a line or right after a sentence's end."""
    after = end + 1
    while after < len(text) and text[after] in " 。.;":
        after += 1
    before = text[start - 2] if start >= 2 else "\n"
    return after >= len(text) or text[after] == "\n" or before in "。;!\n"


def _label_lines(text: str, lo: int, hi: int, parens: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`牵头单位:A;配合单位:B` written outside parentheses, up to the sentence end."""
    spans = []
    outer = [(a - 1, b + 1) for a, b in parens]
    starts = [a for a, _ in outer]
    for m in _patterns()["label_anywhere"].finditer(text, lo, hi):
        if _inside(outer, starts, m.start()):
            continue
        if spans and m.start() < spans[-1][1]:
            continue
        stop = m.end()
        while stop < hi and text[stop] in " \n" and "\n" in text[m.end():stop + 1]:
            stop += 1  # `牵头单位:` alone on its line: the names stand on the next one
        while stop < hi and text[stop] not in "。\n":
            stop += 1
            # a list wrapped after a separator (配合单位:市财政局、 ⏎ 市税务局) goes on
            if stop < hi and text[stop] == "\n" and text[stop - 1] in "、,;" and stop + 1 < hi:
                stop += 1
        spans.append((m.start(), stop))
    return spans


def _lead_support_sentences(text: str, lo: int, hi: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences that are only `A牵头,B、C配合` (not prose that merely uses 牵头)."""
    spans: list[tuple[int, int]] = []
    taken = sorted(taken)
    starts = [a for a, _ in taken]
    pos = text.find("牵头", lo, hi)
    while pos >= 0:
        s, e = enclosing(text, pos)
        pos = text.find("牵头", max(e, pos + 1), hi)
        s, e = _strip(text, max(s, lo), min(e, hi))
        while e > s and text[e - 1] in "。;":
            e -= 1
        if _inside(taken, starts, s) or (spans and spans[-1] == (s, e)):
            continue
        if not _every_piece_named(text, s, e):
            # `A牵头,B、C配合,建立…`: the named clauses opening a sentence still assign it.
            named = _leading_named_pieces(text, s, e)
            if len(named) < 2:
                continue
            e = named[-1][1]
        group = _read_group(text, s, e)
        if group.items and any(i.role == "lead" for i in group.items):
            spans.append((s, e))
    return spans


def _leading_named_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The segments opening text[start:end] that are each names plus a closing word."""
    pieces = []
    for s, e in _split(text, start, end, _SEGMENT_SEPS):
        if not _every_piece_named(text, s, e):
            break
        pieces.append((s, e))
    return pieces


def _every_piece_named(text: str, start: int, end: int) -> bool:
    """Each segment is names plus a closing word: nothing else is said."""
    pats = _patterns()
    for s, e in _split(text, start, end, _SEGMENT_SEPS):
        marker = pats["marker"].search(text, s, e)
        if not marker:
            return False
        names = _split(text, s, marker.start(), _ITEM_SEPS)
        if not names or not all(_is_unit(text[a:b]) for a, b in names):
            return False
    return True


# ---------------------------------------------------------------- names

class _Namer:
    """Restores dropped level prefixes and merges synonyms within one notice."""

    def __init__(self, region: str | None):
        self.region_level = self._level_of_region(region)
        # 南充金融监管分局 in a 南充市 notice already names its place
        stem = region[:-len(self.region_level)] if region and self.region_level else None
        self.region_stem = stem if stem and len(stem) >= 2 else None
        self.canonical: dict[object, str] = {}

    @staticmethod
    def _level_of_region(region: str | None) -> str | None:
        if not region:
            return None
        for level in sorted(_config()["level_prefixes"], key=len, reverse=True):
            if region.endswith(level):
                return level
        return None

    def names(self, items: list[_Item]) -> list[str]:
        pats = _patterns()
        internal = any(self._is_division(pats["trailing_paren"].sub("", i.full)) for i in items)
        first = pats["level"].match(items[0].full) if items else None
        level = first.group() if first else self.region_level
        out = []
        for item in items:
            name = item.full
            if (not internal and level and self._takes_prefix(name)
                    and not (self.region_stem and name.startswith(self.region_stem))):
                name = level + name
            out.append(self._merge(name))
        return out

    @staticmethod
    def _is_division(name: str) -> bool:
        """An internal division (疾控处, 宣传科), not a body whose name ends alike (办公室)."""
        pats = _patterns()
        return bool(pats["internal"].search(name)) and not pats["prefixable"].search(name)

    @staticmethod
    @functools.lru_cache(maxsize=4096)
    def _takes_prefix(name: str) -> bool:
        """A bare government body (文新广局), not a place-named or generic unit."""
        pats, cfg = _patterns(), _config()
        if any(name.startswith(p) for p in cfg["generic_prefixes"] + cfg["national_prefixes"]) \
                or name.endswith(tuple(cfg["national_suffixes"])):
            return False
        if (pats["level"].match(name) or pats["level_inside"].search(name) or region_of(name)
                or pats["zone"].search(name)):
            return False  # 市卫计委, 海城市卫健局 already name their level or place (农业农村局 does not)
        return bool(pats["prefixable"].search(name))

    def _merge(self, name: str) -> str:
        level = _patterns()["level"].match(name)
        bare = name[level.end():] if level else name
        group = _alias_groups().get(bare)
        key = (level.group() if level else "", group) if group is not None else name
        return self.canonical.setdefault(key, name)


def enclosing(text: str, offset: int, stops: str = "。!?;\n") -> tuple[int, int]:
    """Span of the sentence around `offset`, bounded by any of `stops`."""
    lo = max(text.rfind(c, 0, offset) for c in stops) + 1
    hi = min((i for i in (text.find(c, offset) for c in stops) if i >= 0), default=len(text))
    return lo, hi


# ---------------------------------------------------------------- the stage

def extract_responsibilities(doc: Document) -> None:
    """Fill doc.responsibilities; warn when the division of labour is in an absent attachment."""
    try:
        doc.responsibilities = _extract(doc)
    except Exception as e:  # a bug on one document must not cost the others
        doc.warnings.append(f"responsibilities: not extracted ({type(e).__name__}: {e})")
        doc.responsibilities = []
    try:
        doc.warnings.extend(_absent_division_attachments(doc.text))
    except Exception:
        pass


def _extract(doc: Document) -> list[Responsibility]:
    text, lo, hi = doc.text, doc.body_start, doc.body_stop
    pats = _patterns()
    parens = _paren_groups(text, lo, hi)
    labels = _label_lines(text, lo, hi, parens)
    sentences_ = _lead_support_sentences(text, lo, hi, [(a - 1, b + 1) for a, b in parens] + labels)
    candidates = sorted([(a, b, True) for a, b in parens] + [(a, b, False) for a, b in labels + sentences_])

    lead_first_from = _first_outside(pats["lead_first"], text, lo, hi, parens)
    lists_from = _first_outside(pats["list_convention"], text, lo, hi, parens)
    standing = [(m.start(), m) for m in pats["standing"].finditer(text, lo, hi)]

    namer = _Namer(doc.region)
    rows: list[Responsibility] = []
    lead_first = False
    lists_seen = False
    standing_done: set[str | None] = set()
    for start, end, in_parens in candidates:
        lead_first |= lead_first_from < start
        lists_seen |= lists_from < start or lead_first
        if _unit_chars().isdisjoint(text[start:end]):
            continue  # (2018—2020年), (试行): no character any unit list needs
        group = _read_group(text, start, end)
        if not group.items:
            continue
        if not group.explicit:
            if not (in_parens and lists_seen and _closes_sentence(text, start, end) and _all_units(text, group)):
                continue
        _assign_roles(group, lead_first or group.lead_first)
        lead_first |= group.lead_first and group.carries
        lists_seen = True
        path = doc.path_at(group.items[0].start)
        # a standing rule's units join a task once, however many lists the task has
        extra = [] if path in standing_done else _standing_items(text, standing, start)
        if extra:
            standing_done.add(path)
        for position, (item, name) in enumerate(zip(group.items + extra, namer.names(group.items + extra)), 1):
            rows.append(Responsibility(unit=name, unit_raw=item.name, role=item.role, position=position,
                                       char_start=item.start, char_end=item.end, task_path=path))
    _support_beside_lead(rows)
    return rows


def _support_beside_lead(rows: list[Responsibility]) -> None:
    """A task naming its lead in one list (牵头单位:A) and other units in another
    (责任单位:B、C) has B and C support A: the lead was singled out from them."""
    led = {r.task_path for r in rows if r.role == "lead" and r.task_path is not None}
    for r in rows:
        if r.role is None and r.task_path in led:
            r.role = "support"


def _first_outside(pattern: regex.Pattern, text: str, lo: int, hi: int,
                   parens: list[tuple[int, int]]) -> float:
    """Offset of the first match outside parentheses (a convention stated in prose)."""
    starts = [a for a, _ in parens]
    for m in pattern.finditer(text, lo, hi):
        if not _inside(parens, starts, m.start()):
            return m.start()
    return float("inf")


def _standing_items(text: str, standing: list, before: int) -> list[_Item]:
    """Units a standing rule (以下责任单位均包括…,不再列出) adds to every later list."""
    items = []
    for offset, m in standing:
        if offset < before:
            s, e = m.span("units")
            items.extend(i for i in _items(text, s, e) if _is_unit(i.full))
    return items


# ---------------------------------------------------------------- attachments

_ATTACHMENT_LIST = regex.compile(r"^附件\s*[::]?\s*(?P<first>.*)$", regex.M)
_NUMBERED = regex.compile(r"^\s*(?P<n>\d+)\s*[.、.]\s*(?P<title>.+?)\s*$")


def _absent_division_attachments(text: str) -> list[str]:
    """Warnings for attachments named like a division of labour whose body is not in the text."""
    words = _config()["division_attachment_words"]
    lines = [line.strip() for line in text.split("\n")]
    body_lines = {line for line in lines if not line.startswith("附件")}
    warnings = []
    for number, title, line_no in _attachment_titles(lines):
        if not any(w in title for w in words):
            continue
        carried = title in body_lines and lines[line_no] != title
        if not carried:
            label = f"附件{number}" if number else "附件"
            warnings.append(f"division of labour in {label} ({title}) is not in the text; "
                            f"no units extracted from it")
    return warnings


def _attachment_titles(lines: list[str]) -> list[tuple[str | None, str, int]]:
    """(number, title, line index) of each entry of the notice's attachment list."""
    titles = []
    for i, line in enumerate(lines):
        m = _ATTACHMENT_LIST.match(line)
        if not m:
            continue
        first = m.group("first").strip()
        if first:
            n = _NUMBERED.match(first)
            titles.append((n.group("n"), n.group("title"), i) if n else (None, first, i))
        for j in range(i + 1, min(i + 20, len(lines))):
            n = _NUMBERED.match(lines[j])
            if not n:
                break
            titles.append((n.group("n"), n.group("title"), j))
    return titles
