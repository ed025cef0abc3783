"""Administrative divisions: the province, prefecture-level city and 6-digit code (GB/T 2260)
of a place named in a notice, from the division table that the `cpca` package maintains.

cpca reads short forms too (`安徽淮北` -> 安徽省 淮北市), so a database's source tag names
a place as well as an issuer's full name does. A county-level name that several provinces
share (朝阳区) is located only when its province or city is named with it.

cpca's table predates the changes of 2017 on; the divisions created or renamed since (射洪县
-> 射洪市, 桥西区 -> 信都区, 那曲地区 -> 那曲市) come from the 民政部's current list
(pipeline/data/divisions.csv, its provenance in pipeline/data/README.md), as it names them.
"""
from __future__ import annotations

import csv
import functools
import math
import re
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources

from .rules import alternation, load


@dataclass(frozen=True)
class Division:
    name: str  # the most specific division named (淮北市, 金寨县)
    province: str | None
    prefecture: str | None  # null for a province-level body and under a municipality
    adcode: str


@functools.cache
def _table():
    """cpca's division table (import deferred: it builds its matcher on import, ~0.5 s)."""
    import sys

    if "pkg_resources" in sys.modules:
        import cpca
    else:
        # cpca 0.5.5 opens its table with pkg_resources.resource_stream, which is all it asks
        # of it: importing pkg_resources (deprecated) cost 80 ms a process, twice cpca's own.
        sys.modules["pkg_resources"] = _ResourceStream  # type: ignore[assignment]
        try:
            import cpca
        finally:
            del sys.modules["pkg_resources"]

    by_name: dict[str, list[str]] = defaultdict(list)
    for code, info in cpca.ad_2_addr_dict.items():
        by_name[info.name].append(code[:6])
    return cpca, by_name


class _ResourceStream:
    """pkg_resources' resource_stream, as cpca calls it, from importlib.resources."""

    @staticmethod
    def resource_stream(package: str, name: str):
        return resources.files(package).joinpath(name).open("rb")


@functools.cache
def _short_forms() -> dict[str, str]:
    """Short forms of autonomous prefectures and counties as notices write them, made from
    the table and cpca's list of the 56 nationalities: 西双版纳傣族自治州 -> 西双版纳州,
    伊犁哈萨克自治州 -> 伊犁州, 德宏傣族景颇族自治州 -> 德宏州."""
    nations = [n.strip() for n in resources.files("cpca.resources").joinpath("56_nations.csv")
               .read_text(encoding="utf-8").splitlines() if n.strip()]
    ethnic = re.compile(alternation([*nations, *(n.removesuffix("族") for n in nations if len(n) > 2)]))
    shorts: dict[str, list[str]] = defaultdict(list)
    for name in _table()[1]:
        if "自治" in name and name.endswith(("自治州", "自治县")):
            short = ethnic.sub("", name.replace("自治", ""))
            if len(short) >= 2 and short != name:
                shorts[short].append(name)
    return {short: names[0] for short, names in shorts.items() if len(names) == 1 and short not in _table()[1]}


@functools.cache
def _written_forms() -> dict[str, str]:
    """What a notice writes for a division the table names otherwise -> the table's name: the short
    forms above (伊犁州), and zones that a division administers under the zone's own name
    (rules/metadata.yaml zone_divisions: 平潭综合实验区 is 平潭县). Built once, not on every look-up."""
    return {**_short_forms(), **load("metadata")["zone_divisions"]}


@functools.cache
def _current() -> dict[str, str]:
    """The 民政部's current division list: 6-digit code -> name (pipeline/data/divisions.csv)."""
    with resources.files("pipeline.data").joinpath("divisions.csv").open(encoding="utf-8") as f:
        return {row["adcode"]: row["name"] for row in csv.DictReader(f)}


@functools.cache
def _added() -> dict[str, list[Division]]:
    """The divisions of the current list that cpca lacks, by name: those created or renamed
    since its table (射洪县 -> 射洪市 in 2019, 邢台's 桥西区 -> 信都区 in 2020), with their
    province and prefecture from the same list. A name cpca knows in the same province is that
    division recoded (莱芜区, 371202 -> 370116 when Jinan took it in): GB/T 2260 repeats no
    county name within a province, and cpca's reading stands."""
    known = {(name, code[:2]) for name, codes in _table()[1].items() for code in codes}
    current = _current()
    added: dict[str, list[Division]] = defaultdict(list)
    for code, name in current.items():
        if (name, code[:2]) in known:
            continue
        province = current.get(code[:2] + "0000")
        # a county's prefecture, if the list has one (none under a municipality or for the
        # counties a province oversees itself: 北屯市); a prefecture is its own
        prefecture = name if code.endswith("00") else current.get(code[:4] + "00")
        added[name].append(Division(name, province, prefecture, code))
    return dict(added)


@functools.cache
def _added_pattern() -> re.Pattern:
    return re.compile(alternation(sorted(_added())))


@functools.cache
def _names() -> dict[str, list[str]]:
    """Every division's codes by name: cpca's table and the divisions it lacks."""
    names = {name: list(codes) for name, codes in _table()[1].items()}
    for name, divisions in _added().items():
        names.setdefault(name, []).extend(d.adcode for d in divisions)
    return names


def full_name(name: str | None) -> str | None:
    """The table's name for a place written in full or in its short form (伊犁州)."""
    if not name:
        return None
    if name in _table()[1] or name in _added():
        return name
    return _short_forms().get(name)


def is_division(name: str | None) -> bool:
    """Whether `name` names a division (鞍山市, 碑林区, 伊犁州), not just ends like one."""
    return full_name(name) is not None


def _value(x) -> str | None:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return None
    return str(x)


@functools.lru_cache(maxsize=4096)
def locate(text: str | None) -> Division | None:
    """The division named at the start of `text` (a region, an issuer's name, a source tag)."""
    if not text:
        return None
    cpca, known = _table()
    by_name = _names()
    for short, full in _written_forms().items():
        if short in text:
            text = text.replace(short, full)
    row = _read_address(cpca, text)
    province, city, county, adcode = (_value(row.get(k)) for k in ("省", "市", "区", "adcode"))
    added = _added_named(text, row, adcode)
    if added is not None:
        return added
    if not adcode:
        return None
    if city and not county:
        rest = _value(row.get("地址")) or ""
        below = _prefecture_named_after(rest, adcode, by_name)
        if below:
            city, adcode = below
        else:
            found = _county_written_short(rest, adcode, by_name)
            if found:
                county, adcode = found
    name = county or (city if city and city != "市辖区" else None) or province
    if county and len(known.get(county, by_name.get(county, ()))) > 1 and not _names_higher_level(text, province, city):
        return None  # 朝阳区 alone: Beijing's or Changchun's
    prefecture = city if city and city != "市辖区" and city != province else None
    return Division(name, province, prefecture, adcode[:6])


def _read_address(cpca, text: str) -> dict:
    """cpca's reading of one string, with where it read each level (省_pos, 市_pos, 区_pos: -1
    where none is written). Its public `transform` builds a DataFrame per call (about 1 ms, 150
    times the reading itself); with cpca pinned (0.5.5), the one-string function behind it is
    called directly, the public one kept as the fallback."""
    read_one = getattr(cpca, "_get_one_addr", None)
    if read_one is not None:
        return read_one(text, True, {})
    return cpca.transform([text], pos_sensitive=True).iloc[0].to_dict()


def _added_named(text: str, row: dict, adcode: str | None) -> Division | None:
    """A division cpca lacks (射洪市), written before whatever cpca read in `text` (射洪市住房和城乡建设局),
    or after the province or city cpca read and in it (四川省遂宁市射洪市 -> 射洪市, not the 射洪县 cpca
    would make of 射洪: the new name as written), or where cpca read a county that it starts like
    (南通市海门区 -> 海门区, not the 海门市 whose short form 海门 cpca reads). Written alone, a name that
    several divisions share needs its province or city, as a county's name does (_names_higher_level);
    one that cpca knows elsewhere is cpca's (南沙区 alone is Guangzhou's, as before)."""
    found = _added_pattern().search(text)
    if found is None:
        return None
    name = found.group()
    positions = {k: int(row.get(k + "_pos", -1)) for k in ("省", "市", "区")}
    read = [p for p in positions.values() if p >= 0]
    if adcode is None or not read or found.start() < min(read):
        if name in _table()[1]:
            return None
        candidates = _added()[name]
        if len(candidates) > 1:
            candidates = [d for d in candidates if _names_higher_level(text, d.province, d.prefecture)]
    else:
        if 0 <= positions["区"] < found.start():
            return None  # cpca's county is written first
        within = adcode[:2] if adcode.endswith("0000") else adcode[:4]
        candidates = [d for d in _added()[name] if d.adcode.startswith(within)]
    return candidates[0] if len(candidates) == 1 else None


def _prefecture_named_after(rest: str, city_code: str, by_name: dict[str, list[str]]) -> tuple[str, str] | None:
    """A prefecture-level division written after the autonomous prefecture that oversees it
    (【新疆伊犁哈萨克自治州阿勒泰地区】 -> 阿勒泰地区, 654300, a division of its own in GB/T 2260,
    not 伊犁州's 654000)."""
    for length in range(min(8, len(rest)), 2, -1):
        codes = [c for c in by_name.get(rest[:length], ())
                 if c[:2] == city_code[:2] and c.endswith("00") and c != city_code[:6]]
        if len(codes) == 1:
            return rest[:length], codes[0]
    return None


def _county_written_short(rest: str, city_code: str, by_name: dict[str, list[str]]) -> tuple[str, str] | None:
    """A county named without its 县/区/市 right after its city (【四川雅安石棉】 -> 石棉县,
    【南京溧水】 -> 溧水区): the county of that city whose name is the words plus a suffix. Where
    the words fit a county cpca knows and the division it became (射洪 for 射洪县 and 射洪市), the
    one in the current list."""
    for length in range(min(4, len(rest)), 1, -1):
        found = []
        for suffix in ("县", "区", "市", "旗"):
            name = rest[:length] + suffix
            codes = [c for c in by_name.get(name, ()) if c[:4] == city_code[:4] and c != city_code[:6]]
            if len(codes) == 1:
                found.append((name, codes[0]))
        if len(found) > 1:
            found = [f for f in found if _current().get(f[1]) == f[0]] or found
        if found:
            return found[0]
    return None


def _names_higher_level(text: str, province: str | None, city: str | None) -> bool:
    short = [n for n in (province, city) if n and n != "市辖区"]
    return any(n[:2] in text for n in short)
