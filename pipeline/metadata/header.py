"""Dated lines around the title and at the end: a speech's or regulation's header, a speaker,
a closing …印发 line, a page's 发布时间."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex

from .. import regions
from ..outline.lines import Line
from .bodies import bodies_of_line, is_signer
from .dates import parse_date, safe_date
from .doc_numbers import latest_cited_year
from .lines import compact
from .patterns import patterns
from .places import governed_place


@dataclass
class Header:
    date: dt.date | None = None
    issuer: str | None = None
    number: str | None = None  # the order that published a regulation (国务院令第491号)


def read_header(lines: list[Line], start: int, title: str = "") -> Header:
    """Dated lines under the title: a speech's `——2017年3月5日在…会议上`, a regulation's
    `2000年11月3日 北京市第十一届人民代表大会常务委员会第二十二次会议通过` or
    `(2018年7月17日…发布)` (its first, the adoption or publication, dates it; the body of
    that meeting issues it), or a date alone in brackets (`(2023年2月8日)` under a 实施意见 of a
    party committee and its government, as the Party's documents print their date)."""
    rules = patterns()
    for k, line in enumerate(lines[start:start + rules["dated_header_window"]], start):
        m = rules["dated_header"].match(line.text)
        if m and rules["speech_line"].search(m.group("rest")) or (m := rules["bracketed_date_line"].match(line.text)):
            return Header(parse_date(m.group("date")))
        m = rules["enacted_header"].match(line.text)
        if m is None and k + 1 < len(lines) and rules["header_date_opening"].match(line.text):
            # the clause a page's width broke (`2022年1月16日 广东省…常务委员会第` ⏎ `三十九次会议通过`)
            line = Line(line.start, lines[k + 1].end, line.text + lines[k + 1].text)
            m = rules["enacted_header"].match(line.text)
        if m:
            adopted = rules["adopted_line"].match(m.group("clause").strip())
            body = rules["meeting"].sub("", adopted.group("body")).strip() if adopted else ""
            order = rules["enacted_order"].search(line.text.split("根据")[0])
            own = _own_revision_date(line.text, title)
            if own is not None:  # the decision amending the rule, printed over it: its own date, no rule's order
                return Header(own)
            return Header(parse_date(m.group("date")), body if rules["org_line"].match(body) else None,
                          regex.sub(r"\s+", "", order.group("number")) if order else None)
    return Header()


def _own_revision_date(text: str, title: str) -> dt.date | None:
    """The date of the header's revision clause that names the text's own title (a decision amending the rule it
    prints again: 根据2013年12月11日《国务院关于修改〈…办法〉的决定》第三次修订 under 国务院关于修改《…办法》的决定); the
    latest where several name it (the same title amended the rule before: 1999, 2007, 2013)."""
    own = compact(title)
    if not own:
        return None
    dates = [parse_date(m.group("date")) for m in patterns()["revision_clause"].finditer(text)
             if compact(m.group("name")) == own]
    return max((d for d in dates if d is not None), default=None)


def speaker(lines: list[Line], start: int, title: str, whole_text: str) -> str | None:
    """The body that delivers a report or speech: `我代表国务院,向大会报告政府工作`,
    `受省人民政府委托,向大会报告…`; one named by its level alone (省人民政府) with its place, the one its title or
    the lines under it name, else the place its text governs (我市, 全市 and the city it names: `whole_text`). A text
    without its title line (a report converted from docx, opening at `各位代表:`) is a speech by its salutation."""
    rules = patterns()
    if not rules["report_title"].search(title) and \
            (title or not any(rules["salutation"].match(line.text) for line in lines[start:start + rules["salutation_window"]])):
        return None
    # the opening before the report's first item, past a page's chrome (来源, 字体 大 中 小, the dated line)
    for i in range(start, min(start + rules["speaker_window"], len(lines))):
        text = lines[i].text
        if rules["item_line"].match(text):
            break
        m = rules["speaker"].search(text)
        if m and rules["org_line"].match(m.group("body")):  # 受总理委托 names a person
            body = placed_speaker(m.group("body"), [title] + [line.text for line in lines[start:i]])
            governed = governed_place(whole_text, lines[i].start) if rules["speaker_level"].match(body) else None
            return placed_speaker(body, [governed]) if governed else body
    return None


def placed_speaker(body: str, texts: list[str]) -> str:
    """省人民政府 in a report whose title or dated line names 河北省 (2026年河北省政府工作报告,
    ——2026年1月26日在河北省第十四届人民代表大会…) is 河北省人民政府: the first place of that level
    they name; as written when none does."""
    m = patterns()["speaker_level"].match(body)
    if not m:
        return body
    level = m.group("level")
    for text in texts:
        place = regions.locate(text)
        name = next((n for n in (place.name, place.prefecture, place.province) if n and n.endswith(level)),
                    None) if place else None
        if name:
            return name + body[m.end():]
    return body


def printed_date(lines: list[Line], start: int) -> dt.date | None:
    """The date of a closing `…2023年10月21日印发` line (the last one)."""
    pattern = patterns()["printed_line"]
    for line in reversed(lines[start:]):
        m = pattern.match(line.text)
        if m:
            return parse_date(m.group("date"))
    return None


def printed_signer(lines: list[Line], start: int) -> str | None:
    """A body alone on the line above a closing date line that says 印发 (丽江市人民政府办公室
    ⏎ 2023年10月21日印发, realestate_0008): it signs. A 版记 line naming the printing office
    with the date (…办公室 2019年3月15日印发) names no signer."""
    rules = patterns()
    for i in range(len(lines) - 1, start, -1):
        m = rules["printed_line"].match(lines[i].text)
        if m:
            above = lines[i - 1].text.strip()
            return above if not m.group("org") and is_signer(above) else None
    return None


def publish_date_near(head: list[Line], title_index: int) -> dt.date | None:
    """A publication date in a `来源:… 发布时间:2019-05-06` line around the title: a date
    right after a date label, not a sentence's window (补贴时间:2024年4月1日至…); or a date standing apart on the line
    of the page's source (`来源:常州日报 2024-05-06`, `2024-05-06 10:20 来源:市住建局`)."""
    rules = patterns()
    for line in head[max(0, title_index - 3):title_index + 4]:
        m = rules["publish_label"].search(line.text)
        if m is None and rules["source_field"].search(line.text):
            m = rules["unlabelled_page_date"].search(line.text)  # 来源:常州日报 2024-05-06; 2024-05-06 来源:…
        if m:
            return parse_date(m.group("date"))
    return None


def date_above_title(head: list[Line], title_index: int) -> dt.date | None:
    """A date alone on the line right above the title (`2025年10月14日` ⏎ `关于…的通知`, a page or a PDF that prints the
    day first): it dates the text as a dated line under the title does, where nothing else does."""
    if title_index <= 0 or title_index > len(head):
        return None
    m = patterns()["bare_date_line"].match(head[title_index - 1].text.strip())
    return parse_date(m.group("date")) if m else None


def news_lead_date(lines: list[Line], title_index: int, text: str) -> dt.date | None:
    """The day a news lead under the title says the notice was released (9月10日溧水区购房政策最新发布, 7月9日,…人民政府
    发布…的通知), in the year the text's own full dates give it (docs/CONVENTIONS.md, News reposts)."""
    rules = patterns()
    for line in lines[title_index + 1:title_index + 3]:
        m = rules["news_lead_line"].match(line.text)
        if m:
            return lead_day_dated(int(m.group("month")), int(m.group("day")), text)
    return None


def lead_day_dated(month: int, day: int, text: str) -> dt.date | None:
    """A year-less release day in the year of a full date on that day (a window opening on the release day), else in
    the year of the first full date the text writes, or the year before if that puts it after that date and the date
    opens no window: a notice comes before a deadline or a window's end it sets, while a window may open before it
    (2024年7月1日起至…, released 7月3日); and never before the year of a 文号 it cites. A text with no full date gives
    no year."""
    dates = [(parse_date(m.group("date")), bool(m.group("opens"))) for m in patterns()["full_date"].finditer(text)]
    dates = [(date, opens) for date, opens in dates if date is not None]
    if not dates:
        return None
    same_day = next((date for date, _ in dates if (date.month, date.day) == (month, day)), None)
    if same_day:
        return same_day
    first, opens = dates[0]
    released = safe_date(first.year, month, day)
    if released and released > first and not opens:
        released = safe_date(first.year - 1, month, day)
    # a notice comes after what it cites: never in a year before a 文号 the text names (西安市教育局发布《关于做好2023年…
    # 的通知》 citing 教基厅〔2023〕1号, whose first full date is a birth cut-off, 2017年8月31日以前出生: fifteenth H53C_04)
    cited = latest_cited_year(text)
    if released and cited and released.year < cited:
        released = safe_date(cited, month, day)
    return released


def letterhead_bodies(lines: list[Line], title_first: int) -> list[str]:
    """The bodies of a joint letterhead (版头) above the title: bodies stacked one a line, one maybe ending `文件`
    (`济南市商务局` ⏎ `济南市发展和改革委员会文件` ⏎ `济南市财政局` ⏎ …), right over the 文号 line or the title. A PDF's
    conversion turns the seals and names under the wrapper into images, so where nothing signs they name the issuers,
    in letterhead order (CONVENTIONS, A joint letterhead). Fewer than two bodies is no joint letterhead."""
    rules = patterns()
    i = title_first - 1
    if i >= 0 and rules["doc_number_line"].match(lines[i].text.strip()):
        i -= 1
    bodies: list[str] = []
    while i >= 0 and len(bodies) < rules["letterhead_max_bodies"]:
        name = _LETTERHEAD_TAIL.sub("", lines[i].text.strip())
        if not name:  # `文件` alone on its line, under the body it closes
            i -= 1
            continue
        if not rules["org_line"].match(name) or len(name) > rules["signer_line_max_chars"] or "关于" in name:
            break
        bodies[:0] = bodies_of_line(name)
        i -= 1
    return bodies if len(bodies) >= 2 else []


_LETTERHEAD_TAIL = regex.compile(r"\s*文件$|^文件$")
