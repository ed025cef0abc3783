"""An order's page: the order heads the text, then the regulation it publishes.

gov.cn prints a State Council or a ministry's order so: the order's number (中华人民共和国国务院令 ⏎
第707号), the sentence publishing the regulation (现公布修订后的《Y》,自…起施行。), the head of the
body signing with a date (总理 李克强 ⏎ 2018年12月18日), then Y's own title line and its articles.
The order has no title of its own: the text's title is Y's title line; the order issues Y, which is
its plan title; the head signs for the body whose order it is (国务院), on the date under his name.

A ministry's PDF prints it the other way round: Y's title line, the order's number under it in brackets
((国家医疗保障局令第5号)), the publishing sentence and the head's signature, then Y's articles. The text is
then Y itself, and the head again signs for the body whose order it is.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..outline.lines import Line
from .dates import parse_date
from .doc_numbers import number_value
from .lines import compact
from .patterns import patterns


@dataclass
class OrderHead:
    title_index: int  # the line of the published regulation's title
    title: str
    number: str  # the order's number, as written without spaces
    body: str  # the body whose order it is, without the state's name (国务院)
    date: dt.date | None  # the date under the head's name


def order_head(lines: list[Line], first: int) -> OrderHead | None:
    """The order heading the text from line `first` (its number on one line or over two), or None."""
    rules = patterns()
    for span in (1, 2):  # 中华人民共和国国务院令第693号 | 中华人民共和国国务院令 ⏎ 第707号
        if first + span > len(lines) or span == 2 and not lines[first].text.strip().endswith("令"):
            return None  # over two lines the number is broken after 令, not a title line above its order's number
        number = rules["order_head"].fullmatch("".join(line.text.strip() for line in lines[first:first + span]))
        if number:
            break
    else:
        return None
    window = range(first + span, min(first + span + rules["order_window"], len(lines)))
    published = next(((i, m) for i in window if (m := rules["order_publishes"].search(lines[i].text))), None)
    if published is None:
        return None
    i, m = published
    name = compact(m.group("name"))
    title_index = next((k for k in range(i + 1, min(i + rules["order_window"], len(lines)))
                        if compact(lines[k].text) == name), None)
    if title_index is None:
        title_index = _amended_rule(lines, i + 1, name)
    if title_index is None:
        return None
    # the head's signature: after the publishing sentence, run on in its line or on the lines below
    closing = " ".join([lines[i].text[m.end():]] + [line.text for line in lines[i + 1:title_index]])
    signed = rules["order_signer"].search(closing)
    body = number.group("body").removeprefix(rules["state_name"])
    return OrderHead(title_index, lines[title_index].text.strip(), number_value(number.group()),
                     body, parse_date(signed.group("date")) if signed else None)


def order_under_title(lines: list[Line], title_last: int, title: str) -> str | None:
    """The body whose order, numbered on the line under the title, publishes the titled text and is signed by
    its head (局 长:胡静林), or None."""
    rules = patterns()
    if not title or title_last + 1 >= len(lines):
        return None
    number = rules["order_head"].fullmatch(lines[title_last + 1].text.strip().strip("()").strip())
    if number is None:
        return None
    window = lines[title_last + 2:title_last + 2 + rules["order_window"]]
    published = next(((k, m) for k, line in enumerate(window) if (m := rules["order_publishes"].search(line.text))), None)
    if published is None or compact(published[1].group("name")) != compact(title):
        return None
    k, m = published
    closing = " ".join([window[k].text[m.end():]] + [line.text for line in window[k + 1:]])
    if rules["order_signer"].search(closing) is None:
        return None
    return number.group("body").removeprefix(rules["state_name"])


def _amended_rule(lines: list[Line], start: int, decision: str) -> int | None:
    """The line of a rule's title that an order publishing a decision amending it prints under the head's signature,
    as amended (中华人民共和国国土资源部令第49号 ⏎ 《国土资源部关于修改部分规章的决定》,已经…审议通过,现予发布 ⏎ 部长 徐绍史 ⏎
    二〇一〇年十一月三十日 ⏎ 土地权属争议调查处理办法 ⏎ (2003年…公布,根据2010年11月30日《国土资源部关于修改部分规章的决定》
    修正…), eighteenth H57B_02): the title line whose history note under it names the decision as what amended it."""
    rules = patterns()
    for k in range(start, min(start + rules["order_window"], len(lines) - 1)):
        note = lines[k + 1].text.strip()
        if note.startswith("(") and any(compact(m.group("name")) == decision
                                        for m in rules["revision_clause"].finditer(note)):
            return k
    return None


def adopting_body(lines: list[Line], date_index: int, start: int) -> str | None:
    """The body a head signs for where no order names it (部 长 徐绍史 ⏎ 2012年12月27日 under `《土地复垦条例实施办法》已经
    2012年12月11日国土资源部第4次部务会议审议通过,现予以发布`, nineteenth H57B_03): the body whose meeting adopted what he
    publishes (CONVENTIONS, Order pages: a head signs for his body), named in the sentence over his signature."""
    rules = patterns()
    first = max(start, date_index - rules["order_window"])
    closing = " ".join(line.text for line in lines[first:date_index + 1])
    signed = rules["order_signer"].search(closing)
    if signed is None or signed.end() < len(closing.rstrip()):
        return None  # the date under the head's name closes the lines read
    adopted = list(rules["adopting_meeting"].finditer(closing, 0, signed.start()))
    return adopted[-1].group("body") if adopted else None
