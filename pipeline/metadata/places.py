"""The area a notice belongs to: the place leading its issuer's name, its title or its source tag."""

from __future__ import annotations

import regex

from .. import regions
from .patterns import patterns


def place_at(name: str, pos: int = 0) -> str | None:
    """The place name opening `name` at `pos`: characters up to a division's suffix (鞍山市, 碑林区), or a division the
    table lists whose name holds a character of institutions' names, which the first reading stops at (四会市, 南部县,
    会同县, 府谷县, 科尔沁区, 香港特别行政区)."""
    rules = patterns()
    for size in range(min(rules["listed_place_max_chars"], len(name) - pos), 1, -1):
        segment = name[pos:pos + size]
        if rules["institution_char"].search(segment) and rules["place_end"].search(segment) \
                and regions.is_division(segment):
            return segment
    m = rules["place"].match(name, pos)
    return m.group() if m else None


def region_of(name: str | None, known_only: bool = False) -> str | None:
    """The issuer's own area: the last of the leading chain of place names of an
    organisation name (辽宁省沈阳市卫生健康委员会 -> 沈阳市, 西安市碑林区人民政府 -> 碑林区).
    `known_only` for text that is no body's name (a title): each place must be a division
    in the table (促进房地产市场… names none)."""
    if not name:
        return None
    rules = patterns()
    pos, parts = 0, []
    for prefix in rules["region_skip"]:
        if name.startswith(prefix):
            pos = len(prefix)
            break
    while True:
        place = place_at(name, pos)
        if not place or place in rules["place_exclusions"] or \
                ((known_only or parts) and not regions.is_division(place)):
            break  # 成都市房地产市场…: a name goes on after its place, no second place
        end = pos + len(place)
        if place.endswith("州") and end < len(name) and name[end] not in rules["institution_chars"] \
                and not regions.is_division(place):
            break  # 健康赣州行动…: a campaign named after a place, not 赣州 + a body's name (but 伊犁州住房…)
        parts.append(place)
        pos = end
    if len(parts) == 1 and not regions.is_division(parts[0]) and parts[0] not in rules["zone_divisions"]:
        # a body named before its branch's place (中国人民银行河南省分行, 国网重庆市电力公司): the division ending it;
        # a level word and a name's words (市绿化市容局) name no place; a place the table lacks (横州市) is kept
        inner = next((parts[0][i:] for i in range(1, len(parts[0]) - 1) if regions.is_division(parts[0][i:])), None)
        if inner or parts[0].startswith(rules["level_openings"]):
            parts = [inner] if inner else []
    return (regions.full_name(parts[-1]) or parts[-1]) if parts else None


def region_context(region: str | None, *texts: str | None) -> str | None:
    """The region with the places named before it in the issuer, tag or title (宁波市鄞州区),
    so that a county name shared by several provinces is located."""
    if not region:
        return None
    for text in texts:
        if text and region in text:
            return text[:text.index(region) + len(region)]
    for text in texts:  # written short in a tag: 四川雅安石棉 names 石棉县
        place = regions.locate(text) if text else None
        if place and place.name == region:
            return text
    return region


def document_region(issuer: str | None, title: str | None, tag: str | None) -> str | None:
    """The area of the issuer: the first of its bodies that is placed (国家能源局江苏监管办公室、江苏省发展和改革委员会
    -> 江苏省). Bodies that are all central (国务院, 财政部、教育部, 国家能源局华北监管局) have none, whatever
    place the title names (中共中央 国务院关于支持浙江…的意见). Without an issuer, or one named short by its level
    (市交通委, 省委), the place leading the title, the place a source tag names (【安徽淮北】 -> 淮北市), or the
    place the title names."""
    bodies = [body for body in regex.split(r"[、\s]+", issuer or "") if body]
    for body in bodies:
        found = None if _named_by_level(body) else region_of(body)  # 市绿化市容局 names no place 市绿化市
        if found:
            return _with_township(found, body)
    if any(map(is_central, bodies)) and not any(map(_named_by_level, bodies)):
        return None
    found = region_of(title, known_only=True)
    if found:
        return found
    for text in (tag, title):
        division = regions.locate(text) if text else None
        if division:
            return division.name
    return None


def is_central(body: str) -> bool:
    """A central body, named with no place: as the state's (国务院, 国家能源局华北监管局, 中国人民银行) or as a
    ministry's or a national regulator's office is (财政部, 科技部办公厅, 海关总署, 华北能源监管局). A body named
    with no place that is none of these (住房公积金管理中心) is placed by the title, as a notice without an issuer is."""
    rules = patterns()
    return body.startswith(rules["national_bodies"]) or bool(rules["central_body"].search(body)) \
        and regions.locate(body) is None


def _named_by_level(body: str) -> bool:
    """A local body named by its level alone (市交通委, 区住房和城乡建设局, 中共市委): its place is the notice's."""
    rules = patterns()
    for prefix in rules["region_skip"]:
        if body.startswith(prefix):
            body = body[len(prefix):]
            break
    return body.startswith(rules["level_openings"])


def _with_township(region: str, issuer: str) -> str:
    """闵行区 + 古美路街道 when the issuer is the township's own body right after its county."""
    at = issuer.find(region)
    if at < 0:
        return region
    m = patterns()["township_body"].match(issuer, at + len(region))
    return region + m.group("town") if m else region


def governed_place(text: str, start: int = 0) -> str | None:
    """The place a notice's own text governs (结合固原实际, 凡在安庆市区购买…): the region of a
    notice that neither its issuer, its tag nor its title places."""
    for pattern in patterns()["governed_place"]:
        for m in pattern.finditer(text, start):
            division = regions.locate(m.group("place"))
            if division:
                return division.name
    return named_place(text, start)


_LEVEL_CHAR = regex.compile(r"[省市县区州]")


def _prefecture_named_more(own: list[tuple[str, int]], text: str, start: int) -> str | None:
    """The prefecture over the county-level city named most (六盘水市 over 盘州市: a city's report
    names its county-level cities, thirteenth R_02), when the text names it more than once and,
    short forms counted, more often than that city (幸福六盘水, 六盘水高新区 against 盘州刺梨)."""
    inner = regions.locate(own[0][0]) if len(own) > 1 else None
    outer = inner.prefecture if inner and inner.prefecture != inner.name else None
    if outer and any(name == outer and n >= 2 for name, n in own[1:]) \
            and text.count(outer[:-1], start) > text.count(inner.name[:-1], start):
        return outer
    return None


def named_place(text: str, start: int = 0) -> str | None:
    """The division a text names as its own (rules/metadata.yaml self_references): one of the
    level it calls itself by (我市 -> a 市) named more than once and more than any other of that
    level, or, with no such word, one named `named_place_times` times and more than all others."""
    rules = patterns()
    counts: dict[str, int] = {}
    for m in _LEVEL_CHAR.finditer(text, start):
        for size in range(8, 2, -1):  # the longest name ending here (遂宁市, not 宁市); 城区 and 矿区 are too short
            name = text[max(start, m.end() - size):m.end()]
            if name in rules["place_exclusions"]:
                break  # 老城区 said of any city, not 洛阳's district
            if len(name) == size and regions.is_division(name) and regions.locate(name):
                counts[name] = counts.get(name, 0) + 1
                break
    levels = [level for level, words in rules["self_references"].items()
              if any(text.find(word, start) >= 0 for word in words)]
    if "省" in levels:  # a province names itself short (新时代江西, 江西元素: eighth doc_0001)
        for m in rules["province_short_name"].finditer(text, start):
            name = rules["province_short_names"][m.group()]
            if not text.startswith(("省", "自治区", name[len(m.group()):]), m.end()):  # 江西省 is counted above
                counts[name] = counts.get(name, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    for level in levels:
        own = [(name, n) for name, n in ranked if name.endswith(level)]
        outer = _prefecture_named_more(own, text, start)
        if outer:
            return outer
        if own and own[0][1] >= 2 and (len(own) == 1 or own[0][1] > own[1][1]):
            return regions.full_name(own[0][0])
    if ranked and ranked[0][1] >= rules["named_place_times"] and ranked[0][1] > sum(n for _, n in ranked[1:]) \
            and (not levels or ranked[0][0].endswith(tuple(levels))):
        # a text calling itself 本市 names a district it concerns (临港 in 浦东新区, doc_0002), not its own area
        return regions.full_name(ranked[0][0])
    return None
