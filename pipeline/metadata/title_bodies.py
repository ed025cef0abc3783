"""The bodies a title names: before its 关于 (on its line or the lines above it), or before a headline's colon."""

from __future__ import annotations

import itertools

import regex

from ..outline.lines import Line
from ..rules import compile_pattern
from .bodies import bodies_of_line, first_body
from .lines import is_chrome, is_heading_like
from .patterns import patterns
from .places import region_of


def issuers_above(head: list[Line], i: int) -> int:
    """A title opening with 关于 (or with a body and 关于: 国家能源局综合司关于) may have its
    issuing bodies on the lines above it."""
    org = patterns()["org_line"]
    before = head[i].text.split("关于", 1)[0]
    if "关于" not in head[i].text or before and not org.match(before):
        return i
    first = i
    while first > 0 and i - first < patterns()["title_bodies_max_lines"] and _names_bodies(_CO_ISSUERS.sub("", head[first - 1].text)) \
            and not is_chrome(head, first - 1) and not head[first - 1].text.endswith("文件"):
        first -= 1
    if 0 < first < i and head[first - 1].text.endswith("文件"):
        return i  # bodies stacked under a line ending 文件 are a joint letterhead (版头), not the title's issuers
    # a name an OCR'd page wrapped inside (杭州市城乡建设委员会杭州市规划和自然 ⏎ 资源局杭州市公安局关于印发…,
    # eighth doc_0014): the line above opens with a whole body's name and breaks off inside the next, which
    # the 关于 line finishes (a site's name over the title, 郑州 ⏎ 郑州市人民政府办公室关于…, is no body)
    above = head[i - 1].text if i > 0 else ""
    if first == i and before and above and not is_chrome(head, i - 1) and not org.match(above) \
            and is_heading_like(above) and org.match(first_body(above)) and org.match(above + before):
        first = i - 1
    return first


def _names_bodies(text: str) -> bool:
    """A line of bodies' names: one, or several set apart by 、 (a red title's bodies wrapped over two lines, the first
    ending with its 、: 北京市物价局、北京市人民政府文教办公室、 ⏎ 北京市财政局、北京市教育局、北京市卫生局 ⏎ 关于…的通知,
    seventeenth H55C_05)."""
    org = patterns()["org_line"]
    if org.match(text):
        return True
    names = [name for name in regex.split(r"、", text.strip()) if name]
    return "、" in text and bool(names) and all(org.match(name) for name in names)


# 河南省工业和信息化厅等14部门 over 关于印发…的通知 (plan_0008): the first body and its co-issuers' count
_CO_ISSUERS = regex.compile(r"(?<=\p{Han})等\s*[\d一二三四五六七八九十]{0,3}\s*个?部门$")


def issuer_from_title(title: str) -> str | None:
    """The body named at the start of the title: before 关于/印发/转发, or a name ending as
    only bodies' names end (北京市人民代表大会常务委员会任免国家机关工作人员条例)."""
    rules = patterns()
    # a title that lost its opening words to a PDF's page break starts at the issued 《…》 name, which
    # the body that issues it opens (《卫生部关于医疗机构审批管理的若干规定》的通知, med_0017)
    # (four bodies apart before 关于 may take more than a name's 40 characters: each is checked below)
    m = rules["title_opening_bodies"].match(title)
    if m:
        # bodies issuing jointly are all named (中共柳河县委 柳河县人民政府关于…, 国务院办公厅、中央军委办公厅关于…)
        # the first body and its co-issuers' count (防城港市住房和城乡建设局等9部门关于…): the body the title names
        # (a site that sets the bodies off with a colon: 省工信厅 人行福州中心支行:关于…, the ninth collection's fujiansme)
        names = regex.split(r"[\s、]+", _CO_ISSUERS.sub("", m.group(1).strip().rstrip(":").rstrip()))
        bodies = list(itertools.takewhile(_names_a_body, names))
        # and each of several written together (杭州市城乡建设委员会杭州市规划和自然资源局杭州市公安局关于…)
        return "、".join(body for name in bodies for body in bodies_of_line(name)) or None
    m = rules["title_body"].match(title)
    if m and region_of(m.group("body")):
        return m.group("body")
    # a bureau opening a title without 关于, named with its place or the state's name (中国地质调查局业务中心…暂行办法,
    # 广东省食品药品监督管理局2017年春节节前食品监督抽检信息), or by its kind alone (总局通告7批次食品不合格), which the
    # text names in full (bodies.written_in_full)
    m = rules["title_bureau"].match(title)
    if m and (region_of(m.group("body")) or m.group("body").startswith(rules["state_names"])
              or m.group("body") in rules["bare_body_names"]):
        return m.group("body")
    # a news headline naming the body that issued what it reports (能源局:2022年乡村振兴…工作要点, 国务院办公厅:…)
    m = _HEADLINE_BODIES.match(title)
    names = regex.split(r"[\s、]+", m.group(1).strip()) if m else []
    return "、".join(names) if names and all(map(_names_a_body, names)) else None


_HEADLINE_BODIES = compile_pattern(r"^([^::《》]{2,60}?)\s*[::]")


def _names_a_body(name: str) -> bool:
    """A name before a title's 关于 that is a body's: one a signature would write (深圳市人民政府), a central
    body's that ends as no other does (中共中央 国务院关于…), or a body named by its level alone (省委 省政府关于…,
    市政府关于…), as a place's own notice names its committee and government."""
    rules = patterns()
    # (a central prefix alone, 国家 or 中央 before 关于, names no body)
    return bool(rules["org_line"].match(name)) or bool(_HAN_NAME.fullmatch(name)) and (
        bool(rules["org_end"].search(name)) or name.startswith(rules["national_bodies"]) and len(name) >= rules["national_body_min_chars"])


_HAN_NAME = compile_pattern(r"\p{Han}{2,40}")
