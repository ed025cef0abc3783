"""Unit names: what reads as an organisation, a name broken over lines or sharing its suffix
with the next, and the name a row gives (a dropped level prefix 市/区 restored, synonyms
merged within one notice)."""
from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from ..metadata import region_of
from .patterns import alias_groups, config, patterns


_SPACES = regex.compile(r"\s+")  # compiled once: a string pattern is looked up on every call


@dataclass
class Item:
    """A unit named in a list: its name as written and as read, and its role."""
    name: str  # as written: text[start:end]
    start: int
    end: int
    role: str | None = None
    own_role: str | None = None  # set by a mark after the name itself: 市发展改革委(牵头)
    # the name read: a line break inside it dropped (各县(市、区)人民政 / 府 in PDF text),
    # a suffix shared with the next name restored (钦南区、钦北区人民政府)
    full: str = ""
    kind_shared: bool = False  # named by its field, its suffix the kind a list's tail names (公安、司法行政等部门)
    closed: bool = False  # a closing word of its own clause gave its role, none included (…,各市、县人民政府负责落实)

    def __post_init__(self) -> None:
        self.full = self.full or without_note(_SPACES.sub("", self.name))  # names hold no spaces


_NOTE_OPENS = frozenset("(〈〔")  # (speed) most names hold no bracket: the note pattern is not tried on them


def without_note(name: str) -> str:
    """A name without a note in brackets after it (各区政府(含新区、合作区管委会,下同)) or inside it
    (各对口协同发展区县(自治县,以下简称区县)政府): the note says what the unit covers or how the text
    calls it; a second name (机关党委办公室(人事处)) stays."""
    name = patterns()["name_note"].sub("", name) if not _NOTE_OPENS.isdisjoint(name) else name
    m = patterns()["trailing_paren"].search(name)
    if m and m.start() >= 2 and name[m.start() + 1:].startswith(tuple(config()["not_unit_prefixes"])):
        return name[:m.start()]
    return name


def broken_name(first: str, second: str) -> bool:
    """Whether the parts of a name broken over two lines (PDF text) read as one unit's: the first part is none, or
    the line after the break holds only a suffix's two characters (国务院办 ⏎ 公厅, 海关 ⏎ 总署, 市委组 ⏎ 织部): a list
    names no unit that short on a line of its own with no separator before it."""
    name = first + second
    return (not ends_as_org(first) or len(second) <= 2) and ends_as_org(name) and is_unit(name)


def joined_lines(text: str, items: list[Item]) -> list[Item]:
    """A name broken over two lines (PDF text) is one name (broken_name)."""
    out: list[Item] = []
    for item in items:
        prev = out[-1] if out else None
        gap = text[prev.end:item.start] if prev else ""
        if prev and "\n" in gap and not gap.strip() and broken_name(prev.full, item.full):
            out[-1] = Item(text[prev.start:item.end], prev.start, item.end, full=prev.full + item.full)
        else:
            out.append(item)
    return out


def ends_as_org(name: str) -> bool:
    pats = patterns()
    return bool(pats["org_suffix"].search(pats["trailing_paren"].sub("", name)))


def shared_suffixes(items: list[Item]) -> list[Item]:
    """钦南区、钦北区人民政府 (各市、县人民政府, 各市、县级政府): a bare place before a place's
    government shares its suffix (级 too), down a chain of places (各市、县、区政府: each its 政府). A zone
    (经开区、东北新城管委会) is how notices name its administration: kept. Every place of one level before
    another level (各区、县级市, 各有关区、县级市政府, 各乡、镇人民政府) shares its 各."""
    pats = patterns()
    pairs = list(zip(items, items[1:]))
    for item, following in pairs:  # 各 first, forward: 各市、县、区政府 -> 各县, 各区政府
        if (each := pats["each_level"].fullmatch(item.full)) and not following.full.startswith("各"):
            m = pats["place_body"].fullmatch(following.full)
            if pats["level_alone"].fullmatch(m.group("place") if m else following.full):
                following.full = each.group("each") + following.full  # said of both levels
    for item, following in reversed(pairs):  # then the suffix, backward from the body that writes it
        each = pats["each_level"].fullmatch(item.full)
        m = pats["place_body"].fullmatch(following.full)
        # 广州、深圳市政府: a city named without its level shares the level and the suffix
        level = m.group("place")[-1] if m and pats["shared_city_level"].search(m.group("place")) else ""
        if level and pats["bare_city"].fullmatch(item.full) and not ends_as_org(item.full):
            item.full += level + m.group("suffix")
            continue
        # 各乡 is every township, not a township's body (乡 ends bodies' names too)
        if ((ends_as_org(item.full) and not each) or not pats["bare_place"].fullmatch(item.full)
                or pats["zone"].search(item.full)):
            continue
        if m:
            item.full += m.group("suffix")
    return items


@functools.lru_cache(maxsize=4096)
def is_unit(name: str) -> bool:
    """Whether a list item looks like an organisation name (names repeat: cached)."""
    cfg, pats = config(), patterns()
    if m := pats["counted_name"].match(name):
        name = name[m.end():]  # 17个市级帮扶集团牵头单位: the name counted decides
    if len(name) < 2 or pats["not_unit_char"].search(name) or pats["not_unit_clause"].search(name):
        return False
    if name.startswith(tuple(cfg["not_unit_prefixes"])):
        return False
    if name.startswith(tuple(cfg["company_prefixes"])):
        return True
    if name.startswith(tuple(cfg["generic_prefixes"])):
        # 各相关部门, 各县(市、区): any ending, but short; a long one is a clause (各级水行政主管部门要加强对…进行督促)
        return len(name) <= cfg["generic_max_length"] or ends_as_org(name)
    core = pats["trailing_paren"].sub("", name)  # 机关党委办公室(人事处)
    return len(core) >= 2 and bool(pats["org_suffix"].search(core))


@functools.lru_cache(maxsize=4096)
def is_short_name(name: str) -> bool:
    """A name right after a unit label that lacks an organisation suffix (市住房公积金):
    short, Han characters only, and no closing word or note inside."""
    cfg = config()
    return (2 <= len(name) <= 12 and regex.fullmatch(r"[\p{Han}()]+", name) is not None
            and not name.startswith(tuple(cfg["not_unit_prefixes"]))
            and not any(word in name for word in cfg["markers"]))


class Namer:
    """Restores dropped level prefixes and merges synonyms within one notice."""

    def __init__(self, region: str | None):
        self.region_level = self._level_of_region(region)
        # 南充金融监管分局 in a 南充市 notice already names its place
        stem = region[:-len(self.region_level)] if region and self.region_level else None
        self.region_stem = stem if stem and len(stem) >= 2 else None
        self.canonical: dict[object, str] = {}
        self.divisions_named = False

    @staticmethod
    def _level_of_region(region: str | None) -> str | None:
        if not region:
            return None
        for level in sorted(config()["level_prefixes"], key=len, reverse=True):
            if region.endswith(level):
                return level
        return None

    def names(self, items: list[Item]) -> list[str]:
        pats = patterns()
        # a notice that named its own divisions (疾控处) in a list names its offices bare: its
        # 执法稽查局 beside 省知识产权局 is one of them, not a body of the province (plan_0005)
        self.divisions_named |= any(self._is_division(pats["trailing_paren"].sub("", i.full)) for i in items)
        internal = self.divisions_named
        first = pats["level"].match(items[0].full) if items else None
        level = first.group() if first else self.region_level
        out = []
        for item in items:
            name = item.full
            if (not internal and level and self._takes_prefix(name)
                    and not (self.region_stem and name.startswith(self.region_stem))):
                name = level + name
            elif first and item.kind_shared and not pats["level"].match(name):
                name = first.group() + name  # 由省卫生健康部门牵头,发展改革、教育…等部门: 省发展改革部门 (eighth doc_0005)
            out.append(self._merge(name))
        return out

    @staticmethod
    def _is_division(name: str) -> bool:
        """An internal division (疾控处, 宣传科), not a body whose name ends alike (办公室)."""
        pats = patterns()
        return bool(pats["internal"].search(name)) and not pats["prefixable"].search(name)

    @staticmethod
    @functools.lru_cache(maxsize=4096)
    def _takes_prefix(name: str) -> bool:
        """A bare government body (文新广局), not a place-named or generic unit."""
        pats, cfg = patterns(), config()
        if any(name.startswith(p) for p in cfg["generic_prefixes"] + cfg["national_prefixes"]) \
                or any(s in name for s in cfg["national_suffixes"]):
            return False  # 金融监管总局河南监管局: a central body's branch names its place inside
        if (pats["level"].match(name) or pats["level_inside"].search(name) or region_of(name)
                or pats["zone"].search(name)):
            return False  # 市卫计委, 海城市卫健局 already name their level or place (农业农村局 does not)
        # 发改委(数据管理局): the body before its second name (a merged office) decides
        bare = pats["trailing_paren"].sub("", name)
        return bool(pats["prefixable"].search(bare) or pats["trade_company"].fullmatch(bare))

    def _merge(self, name: str) -> str:
        level = patterns()["level"].match(name)
        bare = name[level.end():] if level else name
        group = alias_groups().get(bare)
        key = (level.group() if level else "", group) if group is not None else name
        return self.canonical.setdefault(key, name)
