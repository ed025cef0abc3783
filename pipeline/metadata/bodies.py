"""Names of issuing bodies: several written together or spaced out, a name in full, a signer's line."""

from __future__ import annotations

import regex

from .. import regions
from .patterns import patterns
from .places import place_at, region_of


def first_body(name: str | None) -> str | None:
    """The first of several bodies written together without a separator
    (眉山市住房和城乡建设局眉山市财政局 -> 眉山市住房和城乡建设局): a new name starts where
    the first name's place comes again."""
    if not name:
        return name
    name = regex.split(r"[\s、,,]+", name.strip())[0] or name
    place = place_at(name)
    if place and place not in patterns()["place_exclusions"]:
        again = name.find(place, len(place))
        if again > len(place):
            return name[:again]
    return name


def first_bodies(name: str | None) -> str | None:
    """Each of several bodies joined with 、 (a title's joint issuers), each read as first_body reads it."""
    return "、".join(first_body(part) for part in name.split("、")) if name else name


def full_name(issuer: str | None, publisher: str | None) -> str | None:
    """An unsigned notice's body named in its title without its place (市工业和信息化局),
    written in full by the page's 发布机构 (天津市工业和信息化局); else as it was, or the
    publisher when nothing named one: every body it names, as joint signers are (中共中央、国务院), but
    not a site's own name (发布机构: 中国平潭, the 平潭 crawl's pages), which names no body."""
    if issuer is None:
        return "、".join(body for body in bodies_of_line(publisher) if is_body(body)) or None if publisher else None
    if publisher and publisher != issuer and publisher.endswith(issuer) and len(publisher) - len(issuer) <= patterns()["publisher_place_max_chars"]:
        return publisher
    return issuer


def written_in_full(issuer: str | None, text: str, place: str | None = None) -> str | None:
    """Each body a title names short, without its place (能源局:…工作要点, 市工业和信息化局关于…), written as the
    notice's own text names it in full: the same name after the state's name (近日国家能源局印发… -> 国家能源局), or
    after the name of the division the notice itself is of, `place` (天津市工业和信息化局 in a 天津 notice), as a
    page's 发布机构 writes it in full (full_name). Another division's body the text names (经广州市政府同意 in a 佛山
    notice) is not the notice's own: without the notice's place, a body is written in full only by the state's name."""
    if not issuer:
        return issuer
    rules = patterns()
    names = []
    for body in issuer.split("、"):
        full = body
        if body in rules["bare_body_names"]:
            full = _named_with_bare(body, text) or body
        elif not body.startswith(rules["national_bodies"]) and region_of(body) is None:
            level = next((word for word in rules["level_openings"] if body.startswith(word)), "")
            full = next((head + body for m in regex.finditer(regex.escape(body), text)
                         for k in range(1, rules["place_head_max_chars"] + 1)
                         if _is_own_head(head := text[m.start() - k:m.start()], level, place)), body)
            if full == body and not level:
                full = _state_body_spelled(body, text) or body
        names.append(full)
    return "、".join(names)


def _state_body_spelled(short: str, text: str) -> str | None:
    """A state body's office a title names short (体育总局青少司关于…) as the text spells it after the state's name
    (国家体育总局青少年体育司, in the notice's contacts: eighteenth H57C_01's reader): the first such name holding the
    short name's characters in their order, from its first to its last."""
    return next(_spelled_bodies(short, text, after_state=True), None)


def _named_with_bare(bare: str, text: str) -> str | None:
    """A body a title names by its kind alone (总局关于…的通告, a CFDA headline 总局通告7批次食品不合格), as the text names it:
    the state's body ending with that kind it names most often (国家食品药品监督管理总局); None where it names none."""
    rules = patterns()
    heads = _state_heads()
    names = regex.findall(rf"(?:{heads})\p{{Han}}{{1,{rules['bare_body_name_max_chars']}}}?{regex.escape(bare)}", text)
    names = [name for name in names if is_body(name)]
    return max(names, key=names.count) if names else None


def as_titled(signers: list[str], titled: str | None) -> list[str]:
    """Signing bodies named short (市交通委 ⏎ 市公安局) as the title names them in full (上海市交通委员会、上海市公安局关于…的
    通告, extra shgov_0048): where the title names as many bodies, each signer is the title's body in its place holding its
    characters in their order (CONVENTIONS, Joint signatures). Bodies a title runs together (国家发展改革委办公厅国家能源局
    综合司关于…) are not told apart there: it names fewer."""
    named = titled.split("、") if titled else []
    if len(named) != len(signers):
        return signers
    return [name if len(name) > len(signer) and _in_order(signer, name) else signer for signer, name in zip(signers, named)]


def spelled_out(short: str | None, text: str) -> str | None:
    """A body an order's number names short (保监会令〔2018〕3号), as the text spells it out (经中国保险监督管理委员会第6次
    主席办公会审议通过 -> 中国保险监督管理委员会): the first body's name that holds the short name's characters in their
    order, from its first to its last, maybe after the state's name (中国, 国家). The short name stays where the text
    spells none, or only adds to it (中华人民共和国国务院 is 国务院 with the state's name, not 国务院 spelled out)."""
    if not short or len(short) > patterns()["short_body_max_chars"]:
        return short
    return next((name for name in _spelled_bodies(short, text, after_state=False) if short not in name), short)


def _spelled_bodies(short: str, text: str, after_state: bool):
    """The bodies' names in `text` that spell `short` out: its first character, at most spelled_body_max_chars more,
    its last, holding its characters in their order; after the state's name (中国, 国家), where `after_state` asks it."""
    rules = patterns()
    runs_on = "|".join(regex.escape(word[1:]) for word in rules["spelled_body_runs_on"] if word[0] == short[-1])
    pattern = regex.compile(rf"(?:{_state_heads()}){'' if after_state else '?'}{regex.escape(short[0])}"
                            rf"\p{{Han}}{{1,{rules['spelled_body_max_chars']}}}?{regex.escape(short[-1])}"
                            + (rf"(?!{runs_on})" if runs_on else ""))
    return (m.group() for m in pattern.finditer(text) if _in_order(short, m.group()) and is_body(m.group()))


def _state_heads() -> str:
    """The state's names, full and short, as a pattern's alternatives."""
    return "|".join(map(regex.escape, patterns()["state_names"]))


def _in_order(short: str, name: str) -> bool:
    rest = iter(name)
    return all(ch in rest for ch in short)


def _is_own_head(head: str, level: str, place: str | None) -> bool:
    """The state's name (国家), or the name of a division (天津 before 市工业和信息化局, 南宁市 before
    住房公积金管理中心) that is the notice's own place or holds it (深圳 for a notice of 南山区)."""
    if not head:
        return False
    if not level and head in patterns()["state_names"]:
        return True
    division = head + level
    return regions.is_division(division) and place is not None and _holds(division, place)


def _holds(division: str, place: str) -> bool:
    """Whether `division` is `place` or the province or prefecture it lies in."""
    if regions.full_name(division) == regions.full_name(place):
        return True
    outer, inner = regions.locate(division), regions.locate(place)
    return bool(outer and inner) and (outer.adcode == inner.adcode or outer.name in (inner.province, inner.prefecture))


def bodies_of_line(text: str) -> list[str]:
    """The bodies on one signature line: apart (上海市交通委员会 上海海事局), run together
    (汕尾市不动产登记中心汕尾市住房公积金管理中心), or spaced out to a column's width by a
    PDF (国 家 能 源 局; 卫生健康委 教 育 部; 医 保 局 药 监 局)."""
    tokens: list[str] = []
    run = ""
    for token in text.replace("、", " ").split() + [""]:
        if len(token) == 1:
            run += token
            continue
        if run:
            tokens.extend(_spaced_names(run))
            run = ""
        if token:
            tokens.append(token)
    bodies = []
    for token in tokens:
        while token:
            body = first_body(token) or token
            bodies.append(body)
            token = token[len(body):]
    return bodies


def _spaced_names(run: str) -> list[str]:
    """Names spaced out letter by letter and read as one run (医保局药监局): a name ends at a
    body's last character when what follows is itself a body's name, not a part of one
    (国务院办公厅, 国家能源局综合司 stay whole)."""
    names, start = [], 0
    for i, ch in enumerate(run[:-2], start=1):
        rest = run[i:]
        if ch in "局部委署" and i - start >= 2 and patterns()["org_line"].match(rest) \
                and not rest.startswith(("办公", "综合", "直属")):
            names.append(run[start:i])
            start = i
    return names + [run[start:]]


def without_typing_slip(name: str) -> str:
    """A body's name as a collector meant it (云南省人民政府办公厅厅 -> 云南省人民政府办公厅,
    福建省人民政府厅 -> 福建省人民政府): a slip at its end that no body's name carries."""
    for pattern in patterns()["typed_name_slips"]:
        if m := pattern.match(name):
            return m.group("name")
    return name


def is_signer(text: str) -> bool:
    rules = patterns()
    return bool(rules["org_line"].match(text)) and len(text) <= rules["signer_line_max_chars"] and "关于" not in text \
        and bool(place_at(text))


def is_body(name: str) -> bool:
    """A body's name: it ends as bodies' names end (…局, …委员会, 区政府), or it is a central body (中共中央)."""
    rules = patterns()
    return bool(rules["org_end"].search(name)) or name.startswith(rules["national_bodies"])

