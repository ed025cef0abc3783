"""The notice's own title at the top of the text: its lines after the page chrome, the 文号 and fields run on after
them, the bodies above a 关于 line, the repeats under it (`find_title`). What a database or page field gives is read in
`title_fields`, the shape of a title's lines in `title_lines`."""

from __future__ import annotations

import regex

from ..outline.lines import Line
from ..rules import compile_pattern
from .lines import compact, is_chrome, is_heading_like, repeats_title
from .patterns import patterns
from .title_bodies import issuers_above
from .title_fields import (bodies_and_title_below, database_title, own_title_below, page_title_line, spelled_at_top,
                           title_from_field, without_page_suffix, without_run_in_fields)
from .title_lines import (TitleBlock, balanced_or_opening, ends_as_document, finished_title, finishing_part,
                          last_title_line, only_bodies, only_book_name, period_line_after, strip_markup, title_words,
                          top_end)


_TRAILING_PUNCT = compile_pattern(r"[\s,,。.;;::、]+$")


def find_title(head: list[Line], start: int = 0, fields: dict | None = None) -> TitleBlock | None:
    """The notice title at the top of the text (after page chrome and a metadata table):
    a database title line (【tag】…, 《…》), a page's 标题 field, a 关于/印发 heading or a
    typed heading; never a line after the body has begun (an outline heading, a name
    quoted deep in the text). A text that starts with its body has none."""
    fields = fields or {}
    rules = patterns()
    head = [Line(line.start, line.end, _without_run_in_addressees(without_run_in_fields(line.text))) for line in head]
    head, numbers = _without_run_on_numbers(head)
    first = next((i for i in range(start, len(head)) if not is_chrome(head, i)
                  or rules["record_line"].match(head[i].text)), None)
    if first is None or rules["salutation"].match(head[first].text):
        return None  # a speech opening at `各位代表:` has lost its title line: the sentence under it is no title
    block = database_title(head, first)
    if block is not None:
        block = own_title_below(head, block) or block
    if block is None and fields.get("title"):
        block = title_from_field(head, first, fields["title"])
        block = bodies_and_title_below(head, block, fields.get("issuer")) or block
    if block is None:
        top = head[first]
        head = head[:first] + [Line(top.start, top.end, _without_closing_stop(_without_stray_closers(top.text)))] \
            + head[first + 1:]
        span = _heading_title(head, first, top_end(head, first))
        if span is not None:
            block = TitleBlock(span[0], span[1], "".join(strip_markup(head[i].text) for i in range(span[0], span[1] + 1)))
            # a heading that names no kind of document (a site's column tags `政策解读` `政策原文`
            # over a generated page's title) gives way to the page's own name spelled again below it
            if fields.get("page_title") and not rules["title_end"].search(block.text):
                block = spelled_at_top(head, first, fields["page_title"]) or block
        elif fields.get("page_title"):  # no title line: the name a page's front matter gives it (formats9)
            block = title_from_field(head, first, fields["page_title"])
        elif (line := page_title_line(head, start)) is not None:
            block = TitleBlock(line, line, strip_markup(head[line].text))
        else:
            return None
    block = without_page_suffix(_without_number(_with_repeats(head, _issuing_title_below(head, block) or block)))
    block = _wrapped_on(head, block)
    block.number = block.number or next((numbers[i] for i in range(block.first, block.last + 1) if i in numbers), None)
    # A heading cut short by the scraper (`…实施方案(2026—2028年)的 ...`) with no title line of the
    # notice's own below it is no title: a truncated title names no notice (plan_0017).
    return None if _TRUNCATED.search(block.text) else block


_TRUNCATED = regex.compile(r"(?:\.{3}|…)\s*$")


def _without_run_on_numbers(head: list[Line]) -> tuple[list[Line], dict[int, str]]:
    """The lines with a 文号 run on after a title's last words taken off (`…实施方案的` ⏎ `通知 吉政办发〔2024〕3号`,
    `…管理办法` ⏎ `(试行)三府[2012]105号`, `…暂行` ⏎ `办法 (国家医疗保障局令第 6 号)`: the 文号 printed under a
    title, on the line a page's width left its tail on), and the numbers taken, by line index. Only where the words
    before the number read as a title's (a cited number closes a sentence: 《X》(国发〔2020〕1号) is none)."""
    numbers: dict[int, str] = {}
    kept = []
    for i, line in enumerate(head):
        m = patterns()["number_run_on"].search(line.text)
        part = line.text[:m.start()].rstrip() if m else ""
        # a title's tail, or a whole title line with its 文号 after it (`关于…的通知  发改办财金规〔2019〕860号`,
        # `医疗用毒性药品管理办法  国务院令第 23 号`), the text's first line too
        if part and (i > 0 and title_words(part) or _whole_title(part)):
            numbers[i] = m.group("number")
            line = Line(line.start, line.end, part)
        kept.append(line)
    return kept, numbers


def _whole_title(text: str) -> bool:
    """A line that reads as a whole title: a heading ending as a document does, not a name cited in 《…》."""
    return ends_as_document(text) and is_heading_like(text, patterns()["title_line_max_chars"]) and not text.startswith("《")


def _wrapped_on(head: list[Line], block: TitleBlock) -> TitleBlock:
    """A title a page's width broke (`…若干措` ⏎ `施`, `…组成人员的` ⏎ `通知`, a PDF's text or a printed page's field), or
    whose note opens the line under it (`…管理办法` ⏎ `(试行)三府[2012]105号`): the line or two under it that finish it
    belong to it, as `finishing_part` reads them. Only lines that read as a title's (no sentence, no item, no field)."""
    if block.last + 1 >= len(head) or _TRUNCATED.search(block.text):
        return block
    joined = block.text
    for j in range(block.last + 1, min(block.last + 1 + patterns()["title_finishing_lines"], len(head))):
        text = strip_markup(head[j].text)
        if not text or is_chrome(head, j) or joined.endswith(("!", "?")):
            return block
        part = finishing_part(joined, text)
        if part is not None:
            block.last, block.text = j, joined + part
            return block
        # a line that does not finish it may still carry it on to one that does (…关于进一步 ⏎ 加强… ⏎ 的通知)
        if finished_title(joined) or not title_words(text):
            return block
        joined += text
    return block


_NOT_HAN = regex.compile(r"[^\p{Han}]+")


def _issuing_title_below(head: list[Line], block: TitleBlock) -> TitleBlock | None:
    """A heading that only names the plan (a note vault's or a site's `# 上海市新型储能…工作方案
    2025-2030` over the page, plan_0030, plan_0031) is not the notice's title when the notice's
    own title line, which issues that plan (`…关于印发《…工作方案(2025—2030年)》的通知`),
    stands below it before the body: that line is the title."""
    rules = patterns()
    truncated = _TRUNCATED.search(block.text) is not None  # a vault's `# 关于印发《…(2023-2025年 ...`
    if not truncated and ("关于" in block.text or rules["issue_verb"].search(block.text)) or block.tag is not None:
        return None
    name = _NOT_HAN.sub("", block.text)
    if len(name) < rules["named_plan_min_han"]:
        return None
    for i in range(block.last + 1, top_end(head, block.last + 1)):
        text = strip_markup(head[i].text)
        if is_chrome(head, i) or not is_heading_like(text, rules["title_line_max_chars"]) or not rules["issue_verb"].search(text):
            continue
        last = last_title_line(head, i, top_end(head, i))
        # the plan's name as the title line issues it, which a page's width may break (`…关于印发广东省促进` ⏎
        # `经济持续向好…` ⏎ `工作方案的通知`, realestate_0151)
        if last is not None and name in _NOT_HAN.sub("", "".join(head[j].text for j in range(i, last + 1))):
            first = issuers_above(head, i)
            return TitleBlock(first, last, "".join(strip_markup(head[j].text) for j in range(first, last + 1)))
    return None


def _without_run_in_addressees(text: str) -> str:
    """A title's last line with the addressee line run in after it, as a PDF's text layer
    joins them (…专项行动的通知各省、自治区、直辖市…医保局、…妇联办公室:): the title before them."""
    rules = patterns()
    if not text.endswith(":") or is_heading_like(text, 150):
        return text
    for m in rules["title_end_in_line"].finditer(text):
        if rules["addressee"].match(text[m.end():]):
            return text[:m.end()]
    return text


def _without_number(block: TitleBlock) -> TitleBlock:
    """A title line opening with its 文号 (《横政办函〔2024〕41号横州市人民政府办公室关于…的通知》,
    realestate_0179; 京政办发〔2016〕26号《…的通知》): the number is the 文号, the rest the title."""
    m = patterns()["number_opening"].match(block.text)
    if m and is_heading_like(block.text[m.end():], 150) and ends_as_document(block.text):
        # the rest may be the title as a 《…》 name (京政办发〔2016〕26号《北京市人民政府办公厅关于印发〈…〉的通知》)
        block.number, block.text = m.group("number"), only_book_name(block.text[m.end():]) or block.text[m.end():]
    return block


def _without_stray_closers(text: str) -> str:
    """The top line without the 》 of a name whose opening 《 was left on the line before, cut
    off with the previous document of a PDF (关于医师执业注册中执业范围的暂行规定》, med_0007;
    关于办理…的指导意见》的通知, med_0030): the rest of the line is the title."""
    depth, kept = 0, []
    for ch in text:
        if ch in "《〈":
            depth += 1
        elif ch in "》〉":
            if depth == 0:
                continue
            depth -= 1
        kept.append(ch)
    return "".join(kept)


def _without_closing_stop(text: str) -> str:
    """The top line without a full stop a page put after its title (`关于加强住宅小区疫情防控工作的通告。` over the 通告's
    text, seventeenth H55B_05's reader: no part of the title): only a line that without it is a whole title."""
    if text.endswith("。") and _whole_title(text[:-1]):
        return text[:-1]
    return text


def _heading_title(head: list[Line], first: int, end: int) -> tuple[int, int] | None:
    """(first, last) line index of a title above the body: a 关于/印发 heading, else a typed
    heading, else the first line when it reads as a heading."""
    rules = patterns()
    for i in range(first, end):
        line = head[i]
        if is_chrome(head, i) or not is_heading_like(line.text, rules["title_line_max_chars"]) \
                or not balanced_or_opening(line.text):
            continue
        if "关于" in line.text or rules["issue_verb"].search(line.text):
            last = last_title_line(head, i, end)
            if last is not None:
                return issuers_above(head, i), last
    for i in range(first, end):
        text = strip_markup(head[i].text)
        if not is_chrome(head, i) and is_heading_like(text) and balanced_or_opening(text) \
                and rules["title_end"].search(_TRAILING_PUNCT.sub("", text)):
            return _wrapped_from_above(head, first, i), period_line_after(head, i)
    text = strip_markup(head[first].text)
    if first < end and is_heading_like(text) and balanced_or_opening(text) and not rules["item_line"].match(text) \
            and not _NOTE_LINE.match(text) and not _NOTE_OPENING.match(text):
        return first, first
    return None


def _wrapped_from_above(head: list[Line], first: int, i: int) -> int:
    """The first line of a typed title whose type a page's width put on the next line (`医疗用毒性药品管理` ⏎ `办法`,
    `…管理暂` ⏎ `行办法`, `…编码规则和方法的` ⏎ `通知`): the line above, a full one that reads as a title's words and
    names no document yet (a site's short column name, `政策文件`, stays apart)."""
    if i <= first or is_chrome(head, i - 1):
        return i
    above = strip_markup(head[i - 1].text)
    return i - 1 if len(above) >= patterns()["wrapped_title_min_chars"] and title_words(above) and balanced_or_opening(above) \
        and not ends_as_document(above) else i


# A line wholly in brackets is a note on the text (a regulation's `(…通过…批准)`, `(该文件于…公布)`), no title
_NOTE_LINE = regex.compile(r"^\([^()]*(?:\([^()]*\)[^()]*)*\)$")
# and so is the first line of such a note a page's width broke (`(2021年11月5日…第五十一次` ⏎ `会议通过…)`)
_NOTE_OPENING = regex.compile(r"^\([^()]*$")


def _with_repeats(head: list[Line], block: TitleBlock) -> TitleBlock:
    """Extend the block over lines under it that repeat the title (the page heading under a
    database title line, the plan's own name), remembering a repeat that names more. A repeat
    that is the issuing bodies and then the title (a database line `【tag】关于…的通知` above
    `A局B局关于…的通知`, realestate_0072) is the notice's own title line: it is the title."""
    j = block.last + 1
    while j < len(head) and (repeats_title(head[j].text, block.text) or patterns()["period_line"].match(head[j].text)):
        line, title = compact(head[j].text), compact(block.text)
        if patterns()["period_line"].match(head[j].text) and head[j].text not in block.text:
            block.text += head[j].text  # a note the page's width left alone under the title: `…管理办法` ⏎ `(试行)`
        if len(line) > len(title):
            block.full = head[j].text
            if block.tag is not None and line.endswith(title) and only_bodies(line[:-len(title)]):
                block.text = strip_markup(head[j].text)
        block.last = j
        j += 1
    return _bodies_over_repeat(head, block)


def _bodies_over_repeat(head: list[Line], block: TitleBlock) -> TitleBlock:
    """A headline that drops the notice's bodies (a page's heading `关于…的通知`) over the notice's own title block:
    the bodies alone on their lines, then the title line again (`台州市教育局` ⏎ `关于…的通知`, fifteenth H53B_03): the
    notice's own title is the bodies and that line, as a body's name over the title line is its first line
    (CONVENTIONS, A body's name over the title line; a crawler's header: the notice's own title line wins)."""
    whole = compact(block.text)
    end = min(len(head), block.last + 2 + patterns()["title_bodies_max_lines"])
    for k in range(block.last + 2, end):
        if compact(strip_markup(head[k].text)) != whole:
            continue
        first = issuers_above(head, k)
        if first == block.last + 1:
            block.last, block.text = k, "".join(strip_markup(head[m].text) for m in range(first, k + 1))
        break
    return block
