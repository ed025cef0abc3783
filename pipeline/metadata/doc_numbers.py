"""文号: the notice's own number, not one it cites."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..outline.lines import Line
from ..rules import han_written_out
from .lines import compact
from .patterns import patterns
from .title_lines import ends_as_document


def find_doc_number(lines: list[Line], title_index: int, body_first: int, fields: dict,
                    title_last: int | None = None, order_number: str | None = None, title: str = "") -> str | None:
    """文号: the number of the order heading the text (中华人民共和国国务院令 ⏎ 第707号, not one its regulation's header
    cites: …国务院令第142号发布 根据…修订; a gov.cn page's table above it writes it short, 国令第707号: the text's own
    wins, as govcn_0027's checker wrote it), else a line of its own near the title, else a metadata field, else the
    first in the head (a title over several lines: near its last line)."""
    if order_number:
        return order_number
    rules = patterns()
    stop = max(body_first, title_index + 1)
    for i in range(0, min(stop, len(lines))):
        if m := rules["doc_number_line"].match(lines[i].text):
            return number_value(m.group("number"))
    if "doc_number" in fields:
        m = rules["any_number"].search(fields["doc_number"])
        if m:
            return number_value(m.group())
    last = title_index if title_last is None else max(title_index, title_last)
    near = range(max(0, title_index - 2), min(last + 4, len(lines)))
    for i in near:  # a line of its own under the title: (医保办函〔2025〕82 号) is no citation
        if m := rules["doc_number_line"].match(lines[i].text):
            return number_value(m.group("number"))
    for i in near:
        # a title line with its 文号 set after it (`…相关工作的函 沪规划资源施〔2021〕128号`, a scrape joining the two lines):
        # the number after the space, before a title's type inside it (规划) is taken for the title's end
        if (m := rules["number_after_title"].search(lines[i].text)) \
                and ends_as_document(lines[i].text[:m.start()].strip()):
            return number_value(m.group("number"))
        # a line opening with a title and its 文号 run on (a record's body field stored as one line:
        # …发展的意见渝府发〔2019〕17号各区县(自治县)人民政府,…), read as a text stored as one line is
        if head := rules["flat_head"].match(lines[i].text):
            return number_value(head.group("number"))
        m = rules["doc_number"].search(lines[i].text)
        if m and not _cites(lines[i].text, m.start()):
            return number_value(m.group())
    own = compact(title)
    for line in lines[last + 1:last + 40]:  # below a page's chrome (date, 字体 大 中 小), before any sentence
        if m := rules["doc_number_line"].match(line.text) or rules["flat_head"].match(line.text):
            return number_value(m.group("number"))
        # the notice's own title line printed again under a crawler's header, its 文号 run in before it after the
        # page's share links (`时间:2014-11-06 15:58 微信 微博 QQ空间 闽岚综实委党群通[2014]36号 平潭…工作部 关于…的通知`,
        # nineteenth H57D_04; CONVENTIONS, A crawler's header)
        if len(own) >= rules["own_title_min_chars"] and (m := rules["doc_number"].search(line.text)) \
                and compact(line.text[m.end():]) == own:
            return number_value(m.group())
        if "。" in line.text:
            break
    return None


def number_beside_title(text: str, title: str | None) -> str | None:
    """A 文号 the text writes beside the notice's own title: after the title named in 《…》 opening a line, the number
    in brackets (`《…的通知》(广安府规〔2022〕4号)的适用范围?`), or opening the name of the notice's own file, which ends as the title
    does (`广安府办规〔2022〕4号关于印发…的通知.pdf`, maybe with a note: `(主动公开)`)."""
    rules = patterns()
    own = compact(title or "")
    if len(own) < rules["own_title_min_chars"]:
        return None
    for m in doc_numbers(rules["doc_number"], text):
        cited = rules["number_after_own_title"].search(text, max(0, m.start() - len(title) - rules["own_title_body_max_chars"]),
                                                      m.start())
        if cited and _names_own_title(compact(cited.group("name")), own):
            return number_value(m.group())
        file = rules["file_named_after_number"].match(text, m.end())
        if file:
            name = file.group("name")
            names = (compact(name), compact(rules["file_name_note"].sub("", name)))
            if any(len(n) >= rules["own_title_min_chars"] and own.endswith(n) for n in names):
                return number_value(m.group())
    return None


def _names_own_title(name: str, own: str) -> bool:
    """A 《…》 name that is the notice's own title, maybe with the body that issued it opening it where the title names
    none (《广安市人民政府关于印发…二十条措施的通知》(广安府发〔2015〕25号) over `关于印发…二十条措施的通知`, twentieth H58D_08)."""
    return name == own or name.endswith(own) and bool(patterns()["org_line"].match(name[:-len(own)])) \
        and not patterns()["org_line"].match(own.split("关于", 1)[0] or "-")


def number_closing_title(title: str | None) -> str | None:
    """A 公告's or 通告's number by year closing its own title in brackets (总局关于…分析的通告(2017年第12号), as the CFDA
    titles its 通告): its 文号, as the same number alone on its line under the title is (year_number)."""
    m = patterns()["title_year_number"].search(title or "")
    return number_value(m.group("number")) if m else None


def latest_cited_year(text: str) -> int | None:
    """The year of the latest 文号 the text cites (安委办〔2023〕5号 -> 2023): a notice comes after what it cites, so it is
    dated no earlier (a news lead's year-less day, header.lead_day_dated; a stored row's date, stored_record)."""
    return max((int(m.group("year")) for m in doc_numbers(patterns()["doc_number"], text)), default=None)


def number_value(number: str) -> str:
    """A 文号 as written, without the spaces a PDF's text layer puts inside it."""
    return regex.sub(r"\s+", "", number)


def _cites(line: str, start: int) -> bool:
    """A number that cites another document: after a 《…》 name or in brackets after it
    (…的决定》(中发〔2021〕30号)), or inside a sentence (在执行大办发〔2019〕163号文件时,…)."""
    before = line[:start].rstrip()
    return "《" in before or before.endswith(("(", "》")) or bool(regex.search(r"[,。;]", line))


# How the rule's 文号 opens (rules/metadata.yaml doc_number): up to 12 Han characters, then the bracket of its year.
_DOC_NUMBER_OPENING = r"[\p{Han}]{1,12}\s*[〔\[(【﹝]\s*(?P<year>(?:19|20)\d{2})"
# (as the rule reads, or as compiled under re with \p{Han} written out: rules.compile_pattern)
_DOC_NUMBER_OPENINGS = (_DOC_NUMBER_OPENING, han_written_out(_DOC_NUMBER_OPENING))
_YEAR_BRACKET = regex.compile(r"[〔\[(【﹝]\s*(?:19|20)\d{2}")
_HAN = regex.compile(r"\p{Han}")


def doc_numbers(pattern: regex.Pattern, text: str) -> Iterator[regex.Match]:
    """pattern.finditer(text), tried only in the few characters before each bracketed year: the pattern, tried at
    every Han character of a notice, took a tenth of the deadlines stage's time (and 3% of the stages in
    number_beside_title). Every match opens with its Han characters, spaces and the bracket, so it starts there; the
    same matches (a rule changed otherwise is scanned in full)."""
    if not pattern.pattern.startswith(_DOC_NUMBER_OPENINGS):
        yield from pattern.finditer(text)
        return
    done = 0
    for bracket in _YEAR_BRACKET.finditer(text):
        at = bracket.start()
        if at < done:
            continue
        start = at
        while start > done and text[start - 1].isspace():
            start -= 1
        for _ in range(12):
            if start <= done or not _HAN.match(text, start - 1):
                break
            start -= 1
        for pos in range(start, at):
            m = pattern.match(text, pos)
            if m:
                yield m
                done = m.end()
                break
