"""Where the body starts (after the title block, addressees, a plan's own title line) and ends
(before trailing page chrome and the 版记)."""

from __future__ import annotations

from ..outline.lines import Line
from .lines import compact, is_page_header, repeats_title
from .patterns import patterns


def after_plan_title_line(lines: list[Line], first: int, plan_title: str | None) -> int:
    """A wrapper without a signature (现将《X》印发给你们 ⏎ X ⏎ 为…): the body starts after
    the plan's own title line, whose years are no deadlines."""
    if not plan_title:
        return first
    compact = "".join(plan_title.split())
    for j in range(first, min(len(lines), first + patterns()["plan_title_line_window"])):
        if "".join(lines[j].text.split()) == compact:
            return j + 1
    return first


def after_title_block(lines: list[Line], title_last: int, title: str = "") -> int:
    """First body line of a notice without a wrapper: after the header lines under the
    title (repeats of it, 文号, dated lines, notes) and the addressee line if there is one,
    else right after them (years in a title are no deadlines)."""
    rules = patterns()
    first = _past_header_lines(lines, title_last + 1, title)
    # a page printing its title twice with its own header between (the title, the site's name, the date, a count,
    # the title again: the ninth collection's fujiansme pages): the body starts under the second
    again = next((j for j in range(first, min(len(lines), first + rules["title_again_window"]))
                  if title and _prints_title(lines[j].text, title) and is_page_header(lines[first:j])), None)
    if again is not None:
        first = _past_header_lines(lines, again + 1, title)
    window = range(first, min(len(lines), first + rules["addressee_window"]))
    for j in window:
        if rules["item_line"].match(lines[j].text):
            break
        if rules["addressee"].match(lines[j].text):
            return j + 1
    return first


def _past_header_lines(lines: list[Line], first: int, title: str) -> int:
    """The first line from `first` that is no header line under the title."""
    while first < len(lines) and is_header_line(lines, first, title):
        first += 1
    return first


def _prints_title(text: str, title: str) -> bool:
    """The title printed again, maybe without its type (关于印发《X》 under 关于印发《X》的通知)."""
    line, whole = compact(text), compact(title)
    return line == whole or repeats_title(text, title) and 2 * len(line) >= len(whole)


def is_header_line(lines: list[Line], i: int, title: str) -> bool:
    """A line under the title that belongs to the title block, not the body."""
    rules = patterns()
    text = lines[i].text
    return bool(repeats_title(text, title) or rules["period_line"].match(text) or rules["note"].match(text)
                or rules["doc_number_line"].match(text) or rules["dated_header"].match(text)
                or rules["enacted_header"].match(text)
                or rules["markup_line"].match(text) or rules["field_line"].match(text)
                or rules["chrome"].search(text) and not rules["item_line"].match(text) and not _holds_sentences(text))


def _holds_sentences(text: str) -> bool:
    """A long line with a sentence end: a body stored as one line, whatever page words (联系我们, 发布时间:) it holds."""
    return len(text) > patterns()["header_chrome_max_chars"] and "。" in text


def end_before_spaces(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def chrome_run_on_after_date(lines: list[Line], first: int, body_end: int) -> int:
    """Where a body stored as one line ends when the page's trailing chrome runs on right after a date (its signature's:
    `…广安市人民政府2023年12月27日相关附件:…扫一扫…`): there, so what the record carries after it (a collector's Q&A
    restating the notice, other records' links) is after the end and yields no rows, as the guide has chrome after the
    end do. Only the page's own words (相关附件, 二维码, 扫一扫): an attachment or the 版记 run on there is the body's."""
    chrome = patterns()["date_then_trailing_chrome"]
    for line in lines[first:]:
        if line.start >= body_end:
            break
        m = chrome.search(line.text)
        if m:
            return min(body_end, line.start + m.end("date"))
    return body_end


def find_body_end(lines: list[Line], first: int, text_len: int) -> int:
    """Start of the first line of trailing page chrome or 版记 after the body starts."""
    rules = patterns()
    weak: int | None = None
    for i in range(first + 1, len(lines)):
        text = lines[i].text
        if is_trailing(lines, i) or _is_file_list(lines, i):
            return lines[i].start if weak is None else weak
        if weak is None and rules["weak_end"].match(text):
            weak = lines[i].start
        elif weak is not None and rules["attachment"]["alone"].match(text):
            weak = None  # an attachment carried after the 版记 still belongs to the body
    return weak if weak is not None else text_len


def is_trailing(lines: list[Line], i: int) -> bool:
    """A line of the page's trailing chrome: its links and controls, or who runs the site (主办单位:X) where the
    footer's other marks (ICP备, 版权所有) stand on it or near it; a notice's own 主办单位 line stays in its body."""
    rules = patterns()
    text = lines[i].text
    if rules["trailing"].match(text):
        return True
    if not rules["footer_owner"].match(text):
        return False
    return any(rules["footer_marks"].search(line.text) for line in _footer_run(lines, i))


def _footer_run(lines: list[Line], i: int) -> list[Line]:
    """Line i and the lines around it, within reach, up to an item heading or a sentence either side: the footer's
    own block, not the notice's next item nor a footer further down."""
    rules = patterns()
    reach = rules["site_footer_reach_lines"]

    def footer_like(j: int) -> bool:
        return not rules["item_line"].match(lines[j].text) and "。" not in lines[j].text

    first = i
    while first > max(0, i - reach) and footer_like(first - 1):
        first -= 1
    last = i
    while last < min(len(lines) - 1, i + reach) and footer_like(last + 1):
        last += 1
    return lines[first:last + 1]


def _is_file_list(lines: list[Line], i: int) -> bool:
    """`附件:名单.docx`, or a lone `附件:` followed by file names."""
    rules = patterns()
    text = lines[i].text
    if not rules["attachment"]["line"].match(text):
        return False
    if rules["file_name"].search(text):
        return True
    return rules["attachment"]["alone"].match(text) is not None and i + 1 < len(lines) \
        and rules["file_name"].search(lines[i + 1].text) is not None
