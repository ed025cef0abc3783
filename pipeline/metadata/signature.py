"""The signature and date closing a wrapper, and the title of the plan the wrapper issues."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator
from dataclasses import dataclass, field

import regex

from ..outline.lines import Line
from ..outline.patterns import patterns as outline_patterns
from .bodies import bodies_of_line, is_signer
from .body import find_body_end, is_trailing
from .dates import DATE_SOURCE, parse_date
from .lines import is_chrome, is_heading_like, is_page_header
from .patterns import patterns
from .places import is_central, region_of
from .title_lines import ends_as_document


@dataclass
class Signature:
    date_index: int
    date: dt.date | None
    issuer: str | None
    bodies: list[str] = field(default_factory=list)  # every signing body, in order
    under_title: bool = False  # a page's bare date right under the title: it dates the text, closes no wrapper


def find_signature(lines: list[Line], start: int) -> Signature | None:
    """The first line that is only a date (optionally after the signing body), after the title. `lines` come
    without_run_on_seals, as undated_signers takes them: the caller strips them once."""
    rules = patterns()
    page_date = None
    said = False  # a sentence seen: the page's trailing chrome (相关新闻 and its dated links) may follow
    for i in range(start, len(lines)):
        if said and is_trailing(lines, i):
            break  # a date under a related page's link (相关新闻 ⏎ 省财政厅…的通知 ⏎ 2019-02-01) signs nothing here
        said = said or "。" in lines[i].text
        m = rules["date_line"].match(lines[i].text) if may_end_with_a_date(lines[i].text) else None
        last = i
        if not m:
            m, last = _date_over_lines(lines, i)
        if not m:
            continue
        issuer = m.group("org").strip() if m.group("org") else None
        if issuer and not rules["org_line"].match(issuer):
            if not rules["order_signer"].fullmatch(lines[i].text.strip()):
                continue
            issuer = None  # a head's post and name before his date (部 长 徐绍史  2012年12月27日): dated, signed by no body
        if issuer is None and i > start and rules["dated_item_heading"].match(lines[i - 1].text):
            continue  # a date an item states under its heading (二、考试时间 ⏎ 2018年5月26日): the item's, no signature's
        if issuer is None and i == start:
            # a bare date right under the title is the page's, unless no signing body signs below
            page_date = page_date or Signature(last, parse_date(m.group("date")), None, [], under_title=True)
            continue
        above = i - 1
        while above > start and _beside_signer(lines[above].text):
            above -= 1  # (江门市住房和城乡建设局代章) between the signer and the date
        if issuer and i > start and not rules["org_line"].match(lines[i - 1].text) \
                and (whole := _with_broken_head(lines[i - 1].text.strip(), issuer)):
            issuer = whole  # its head on the line above, its tail run on before the date (…肺炎 ⏎ 疫情…综合组 2022年12月7日)
        bodies = bodies_of_line(issuer) if issuer else []
        if above >= start and i > start and rules["org_line"].match(lines[above].text) \
                and "关于" not in lines[above].text:
            # bodies stacked above the date; the last may share the date's line (… ⏎ 全国妇联办公厅2024年2月8日)
            top_name = _topmost_signer(lines, above, start)
            top = next(j for j in range(above, start - 1, -1) if top_name.endswith(lines[j].text.strip()))
            bodies = [b for j in range(top, above + 1) if not _beside_signer(lines[j].text)
                      for b in bodies_of_line(top_name if j == top else lines[j].text)] + bodies
            issuer = top_name
        if page_date and issuer is None:
            continue
        signature = Signature(last, parse_date(m.group("date")), issuer, bodies)
        if page_date is None and is_page_header(lines[start:i]):
            # a date under the title with only a page's short lines above it (福建省中小企业公共服务平台 ⏎ 2019-01-18 ⏎
            # 1404 ⏎ the title again, the ninth collection's fujiansme pages) closes no text: it dates the page, as
            # a bare date right under the title does, and signs only if nothing below signs
            signature.under_title = True
            page_date = signature
            continue
        return signature
    return page_date


_YEAR = regex.compile(r"\d{4}")  # compiled once: asked of nearly every line
SENTENCE_ENDS = ("。", "!")


def without_run_on_seals(lines: list[Line]) -> list[Line]:
    """The lines with a seal note run on after a signing body's name taken off (`常州市住房和城乡建设局(代章)`, as
    `(常州市住房和城乡建设局代章)` stands on its own line under it elsewhere: seal_note): the line is the body's."""
    rules = patterns()
    return [Line(line.start, line.end, line.text[:m.start()]) if line.text.endswith(")")
            and (m := rules["seal_run_on"].search(line.text)) and rules["org_line"].match(line.text[:m.start()])
            else line for line in lines]


def may_end_with_a_date(line: str) -> bool:
    """(speed) Whether `line` can be a date line at all: a date ends with 日 or a digit, and the
    date line's pattern ends with it (`$`: before a final line break at most). Most lines of a
    notice end otherwise, and the pattern's lazy signer tried every length of each."""
    last = line[-2:-1] if line.endswith("\n") else line[-1:]
    return last == "日" or last.isnumeric()


def _date_over_lines(lines: list[Line], i: int) -> tuple[regex.Match | None, int]:
    """A date a page broke into short lines (2019 ⏎ 年 ⏎ 11 ⏎ 月 ⏎ 6 ⏎ 日; 2014 ⏎ 年6 ⏎ 月28 ⏎ 日):
    the match of the lines joined, and the index of its last line."""
    if not _YEAR.fullmatch(lines[i].text.strip()):
        return None, i
    rules = patterns()
    joined = lines[i].text.strip()
    for j in range(i + 1, min(i + 1 + rules["broken_date_more_lines"], len(lines))):
        piece = lines[j].text.strip()
        if len(piece) > rules["broken_date_piece_max_chars"]:
            break
        joined += piece
        if m := rules["date_line"].match(joined):
            return m, j
    return None, i


def undated_signers(lines: list[Line], start: int, end: int) -> list[str]:
    """Signing bodies with no date under them, in order: closing the text (佛山市三水区住房城乡建设和水利局 ⏎
    佛山市三水区财政局 ⏎ …), or under the wrapper's last sentence (or the list of what it attaches) over what follows
    it, the plan it issues or the page's end (`…请遵照执行。` ⏎ `运城市人民政府办公室` ⏎ `(此件删减后公开)` ⏎
    `运城市…工作措施`): a page that prints the day above the title or in its header leaves the signature without one."""
    rules = patterns()
    last = max((i for i in range(start, len(lines)) if lines[i].start < end), default=None)
    if last is None:
        return []
    if is_signer(lines[last].text):
        first = last
        while first - 1 > start and stacked_signer(lines[first - 1].text) and last - first < 5:
            first -= 1
        if not rules["item_line"].match(lines[first].text):
            return [body for line in lines[first:last + 1] for body in bodies_of_line(line.text)]
    for i in range(start + 1, len(lines)):
        if is_trailing(lines, i):
            break
        if not (_after_last_sentence(lines, i, start) and _undated_signer(lines[i].text)):
            continue
        bodies = bodies_of_line(lines[i].text)
        j = i
        while j + 1 < len(lines) and len(bodies) < rules["letterhead_max_bodies"]:
            text = lines[j + 1].text
            if _beside_signer(text):
                j += 1
                continue
            more = bodies_of_line(text) if stacked_signer(text) else []
            # a seal's text under the names (国家医保局 财政部 under 国家医保局办公室 ⏎ 财政部办公厅) signs no more
            if not more or all(any(body.startswith(name) for body in bodies) for name in more):
                break
            bodies += more
            j += 1
        if j + 1 >= len(lines) or _closes_signature(lines[j + 1].text):
            return bodies
    return []


def _after_last_sentence(lines: list[Line], i: int, start: int) -> bool:
    """Line `i` follows a sentence's end, maybe past the list of what the notice attaches (附件:1.… ⏎ 2.…)."""
    rules, k = patterns(), i - 1
    while k > start and not rules["attachment"]["line"].match(lines[k].text) \
            and rules["attachment_list_entry"].match(lines[k].text):
        k -= 1
    return lines[k].text.rstrip().endswith(SENTENCE_ENDS) or rules["attachment"]["line"].match(lines[k].text) and k < i


def _undated_signer(text: str) -> bool:
    """A line that is only signing bodies: local ones (is_signer), or central ones named with no place (国务院办公厅,
    国家医保局办公室 财政部办公厅)."""
    return is_signer(text) or stacked_signer(text) and all(is_central(body) for body in bodies_of_line(text))


def stacked_signer(text: str) -> bool:
    """A line of bodies' names under a signing body (中科院办公厅 ⏎ 自然科学基金委办公室), maybe two run together."""
    rules = patterns()
    return bool(rules["signers_line"].match(text)) and "关于" not in text \
        and all(len(body) <= rules["signer_name_max_chars"] for body in bodies_of_line(text))


def _other_name(text: str) -> bool:
    """A body's other name in brackets on its own line under it ((四川省人工智能产业链链长办公室)): no signer."""
    m = patterns()["signer_other_name"].match(text)
    return bool(m and stacked_signer(m.group("name")))


def _beside_signer(text: str) -> bool:
    """A line standing with a signer and signing nothing: its seal's note (代章), its other name in brackets."""
    return bool(patterns()["seal_note"].match(text)) or _other_name(text)


def _closes_signature(text: str) -> bool:
    """What may stand under a signature: a note (此件公开发布), the issued plan's heading or its first item, the page's
    trailing chrome; not a sentence going on, nor the 版记's date (`2022年12月12日印发` under the office that printed
    it: header.printed_signer reads that office, where nothing else names a body)."""
    rules = patterns()
    if rules["printed_line"].match(text):
        return False
    return bool(rules["note"].match(text) or rules["trailing"].match(text) or rules["item_line"].match(text)
                or is_heading_like(text) and not text.rstrip().endswith(SENTENCE_ENDS))


def noted_signature(lines: list[Line], start: int) -> Signature | None:
    """A signature with a note run on after its date, closing the text (seventh doc_0002: `重庆市渝中区经济和信息化
    委员会2026年4月3日,征求意见截止时间为2026年4月9日。`, nothing but links after it). A date followed by 发布 is
    a site's note of publication, no signature (sixth doc_0004: `杭州市科学技术局2026年5月25日发布,…`)."""
    rules = patterns()
    for i in range(len(lines) - 1, start - 1, -1):
        text = lines[i].text.strip()
        m = rules["noted_date_line"].match(text)
        if m and rules["org_line"].match(m.group("org").strip()):
            return Signature(i, parse_date(m.group("date")), m.group("org").strip(), bodies_of_line(m.group("org")))
        if "。" in text:
            return None  # the body goes on below: a dated sentence above it signs nothing
    return None


def _topmost_signer(lines: list[Line], i: int, start: int) -> str:
    """Joint notices stack several signing bodies; the first listed signs first."""
    rules = patterns()
    while i - 1 >= start:
        k = i - 2 if i - 2 >= start and _other_name(lines[i - 1].text) else i - 1  # past a body's (other name)
        if not stacked_signer(lines[k].text) or rules["title_end"].search(lines[k].text):
            break
        i = k  # a line may hold two bodies written together (汕尾市住房和城乡建设局汕尾市自然资源局)
    top = lines[i].text.strip()
    broken = lines[i - 1].text.strip() if i - 1 >= start else ""
    return _with_broken_head(broken, top) or top


def _with_broken_head(broken: str, top: str) -> str | None:
    """`top` with the head of its name a page broke onto the line above (`broken`), or None: a body broken over two
    lines of a page (国家发展 ⏎ 改革委办公厅); a longer head when it opens with its place or the tail cannot open a name
    (河南省教育厅新型冠状病毒感染 ⏎ 的肺炎疫情防控工作领导小组, tenth T_02), or a national body's (国务院应对新型冠状病毒
    肺炎 ⏎ 疫情联防联控机制综合组, fourteenth H53_11)."""
    rules = patterns()
    signers = rules["signers_line"]
    if 2 <= len(broken) <= rules["broken_signer_head_max_chars"] and rules["name_head"].fullmatch(broken) \
            and not signers.match(broken) \
            and signers.match(broken + top) \
            and "关于" not in broken \
            and (len(broken) <= rules["broken_signer_short_head_chars"] or top.startswith(rules["name_continuation_openings"])
                 or region_of(broken, known_only=True) or broken.startswith(rules["national_bodies"])):
        return broken + top
    return None


def wrapper_precedes_body(text: str, lines: list[Line], sig: Signature) -> bool:
    """The signature closes a wrapper when a plan follows it (numbered items or long text)
    before the trailing 版记 and page chrome."""
    rules = patterns()
    end = find_body_end(lines, sig.date_index, len(text))
    after = [line for line in lines[sig.date_index + 1:] if line.start < end]
    if any(rules["item_line"].match(line.text) for line in after):
        return True
    return sum(len(line.text) for line in after) > rules["plan_after_signature_min_chars"]


def content_precedes_signature(title: str, before: list[Line]) -> bool:
    """Numbered content above the signature is the notice's own body (what follows is an
    attachment), unless the notice issues a plan and that content is a short wrapper."""
    rules = patterns()
    if not any(rules["item_line"].match(line.text) for line in before):
        return False
    short = sum(len(line.text) for line in before) <= rules["wrapper_max_chars"]
    return not (rules["issue_verb"].search(title) and short)


def find_plan_title(lines: list[Line], start: int, named: str = "") -> tuple[int, str | None]:
    """(index of the first body line, plan title) after the signature date. `named`: the notice's title and wrapper,
    where a heading a page's width broke is spelled whole (附件:2023年…工作条件退役士兵和退出消防员安置任务)."""
    rules = patterns()
    i = start
    while i < len(lines) and rules["note"].match(lines[i].text):
        i += 1
    if i >= len(lines):
        return i, None
    attached = rules["attachment"]["with_title"].match(lines[i].text)
    if attached:  # the plan issued as 附件1: its title is on the 附件 line, the body follows
        return i + 1, attached.group("title").strip()
    text = lines[i].text
    if not is_heading_like(text) or rules["item_line"].match(text) or is_chrome(lines, i) \
            or (text.startswith("(") and ")" not in text):  # (联系人:… opening a note over lines
        return i, None
    parts, j = [text], i
    while j + 1 < len(lines) and len(parts) < 4:
        nxt = lines[j + 1].text
        joined = "".join(parts)
        if rules["period_line"].match(nxt) or (  # 关于内地西藏班(校) ⏎ 扩大规模有关问题的请示
                (not rules["title_end"].search(parts[-1]) or _open_name(joined)) and is_heading_like(nxt, 40)
                and not rules["item_line"].match(nxt)
                and (ends_as_document(joined + nxt) or _named_whole(joined, nxt, named))):
            parts.append(nxt)
            j += 1
        else:
            break
    name = without_run_ins("".join(parts))
    if contents_head(name):  # the plan's name heading its table of contents (…应急预案目录): the body keeps the head
        return j, _CONTENTS_WORD.sub("", name) or None
    return j + 1, name  # the title itself yields no rows (its years are no deadlines)


def _named_whole(joined: str, nxt: str, named: str) -> bool:
    """A heading that names no kind of document (…安置任务, …重点项目表) broken over lines: the next line carries it on
    where the notice's title or wrapper spells the two lines as one name (`2023年…工作条件` ⏎ `退役士兵和…安置任务`
    under `附件:2023年…工作条件退役士兵和…安置任务`), and the name runs no further there."""
    whole = joined + nxt
    if len(nxt) < 2 or not named or nxt.startswith("("):  # a note under it (`(共130项)`) is no part of the name
        return False
    return any(not named[m.end():m.end() + 1].isalnum() for m in regex.finditer(regex.escape(whole), named))


def _open_name(text: str) -> bool:
    """A 《 the text leaves open (怀化市贯彻落实《关于…若干政策 ⏎ 措施》实施方案): its title goes on."""
    return text.count("《") > text.count("》")


def contents_head(text: str) -> bool:
    """A heading of a table of contents as the outline reads one (rules/outline.yaml contents_head)."""
    return bool(outline_patterns()["contents_head"].match(text.replace(" ", "")))


_CONTENTS_WORD = regex.compile(r"\s*目\s*录$")


def without_run_ins(heading: str) -> str:
    """A plan heading without the note before it and the first chapter run on after it
    ((主动公开)X暂行办法第一章总则 -> X暂行办法)."""
    rules = patterns()
    heading = rules["plan_heading_note"].sub("", heading, count=1)
    return rules["plan_heading_chapter"].sub("", heading, count=1) or heading


def signatures_in_line(text: str, body: str, pos: int = 0) -> Iterator[regex.Match]:
    """A signature run into a line that lost its breaks (a scraper's field: `…请认真抓好贯彻落实。
    安顺市人民政府2023年9月5日(此件公开发布)安顺市…办法`, `…国 务 院2013年1月30日`): the body the
    title names, spaced out or not, right before a date that no citation follows (not
    `按国务院一九八〇年十二月十六日批转的《…》`); each match has the date as group `date`."""
    citing = patterns()["flat_citing"]
    for m in _signature_pattern(body).finditer(text, pos=pos):
        if not citing.match(text, m.end()):
            yield m


@functools.lru_cache(maxsize=256)
def _signature_pattern(body: str) -> regex.Pattern:
    """The body, spaced out or not, right before a date (compiled once a body: asked of every line)."""
    spaced = r"\s*".join(regex.escape(ch) for ch in body)
    return regex.compile(rf"{spaced}\s*(?P<date>{DATE_SOURCE})")


def page_author(lines: list[Line], sig: Signature) -> str | None:
    """The body a page names on its own line right under the date below its title (a site's
    header: title ⏎ 2026-06-24 ⏎ 郑州市人民政府办公室 ⏎ 来源:…), as a page's 发文机关 field names it."""
    i = sig.date_index + 1
    if not sig.under_title or i >= len(lines):
        return None
    text = lines[i].text.strip()
    rules = patterns()
    if not rules["org_line"].match(text) or len(text) > rules["signer_name_max_chars"] or "关于" in text:
        return None
    after = lines[i + 1].text if i + 1 < len(lines) else ""
    return text if is_chrome(lines, i + 1) or not is_heading_like(after) else None
