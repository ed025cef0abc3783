"""The title at the top of the text, the plan title it names, and the body it names first."""

from __future__ import annotations

import itertools

from dataclasses import dataclass

import regex

from ..outline.lines import Line
from ..rules import compile_pattern
from .bodies import bodies_of_line, first_body
from .lines import compact, is_chrome, is_heading_like, repeats_title
from .patterns import patterns
from .places import region_of


_TRAILING_PUNCT = compile_pattern(r"[\s,,。.;;::、]+$")
_PLACE = compile_pattern(r"\p{Han}{1,12}?(?:省|市|自治区|自治州|州|地区|盟|县|区|旗)")


@dataclass
class TitleBlock:
    first: int  # line indices of the title (and of the lines repeating it under it)
    last: int
    text: str
    tag: str | None = None  # a database's source tag 【…】 in front of the title line
    full: str | None = None  # a repeat that names more than the title (the issuing bodies)
    number: str | None = None  # a 文号 the title line opens with (no part of the title)


def find_title(head: list[Line], start: int = 0, fields: dict | None = None) -> TitleBlock | None:
    """The notice title at the top of the text (after page chrome and a metadata table):
    a database title line (【tag】…, 《…》), a page's 标题 field, a 关于/印发 heading or a
    typed heading; never a line after the body has begun (an outline heading, a name
    quoted deep in the text). A text that starts with its body has none."""
    fields = fields or {}
    rules = patterns()
    head = [Line(line.start, line.end, _without_run_in_addressees(_without_run_in_fields(line.text))) for line in head]
    head, numbers = _without_run_on_numbers(head)
    first = next((i for i in range(start, len(head)) if not is_chrome(head, i)
                  or rules["record_line"].match(head[i].text)), None)
    if first is None or rules["salutation"].match(head[first].text):
        return None  # a speech opening at `各位代表:` has lost its title line: the sentence under it is no title
    block = database_title(head, first)
    if block is not None:
        block = _own_title_below(head, block) or block
    if block is None and fields.get("title"):
        block = _title_from_field(head, first, fields["title"])
        block = _bodies_and_title_below(head, block, fields.get("issuer")) or block
    if block is None:
        top = head[first]
        head = head[:first] + [Line(top.start, top.end, _without_stray_closers(top.text))] + head[first + 1:]
        span = _heading_title(head, first, top_end(head, first))
        if span is not None:
            block = TitleBlock(span[0], span[1], "".join(_strip_markup(head[i].text) for i in range(span[0], span[1] + 1)))
            # a heading that names no kind of document (a site's column tags `政策解读` `政策原文`
            # over a generated page's title) gives way to the page's own name spelled again below it
            if fields.get("page_title") and not rules["title_end"].search(block.text):
                block = _spelled_at_top(head, first, fields["page_title"]) or block
        elif fields.get("page_title"):  # no title line: the name a page's front matter gives it (formats9)
            block = _title_from_field(head, first, fields["page_title"])
        elif (line := _page_title_line(head, start)) is not None:
            block = TitleBlock(line, line, _strip_markup(head[line].text))
        else:
            return None
    block = _without_page_suffix(_without_number(_with_repeats(head, _issuing_title_below(head, block) or block)))
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
        if part and (i > 0 and _title_words(part) or _whole_title(part)):
            numbers[i] = m.group("number")
            line = Line(line.start, line.end, part)
        kept.append(line)
    return kept, numbers


def _whole_title(text: str) -> bool:
    """A line that reads as a whole title: a heading ending as a document does, not a name cited in 《…》."""
    return ends_as_document(text) and is_heading_like(text, 120) and not text.startswith("《")


def _wrapped_on(head: list[Line], block: TitleBlock) -> TitleBlock:
    """A title a page's width broke (`…若干措` ⏎ `施`, `…组成人员的` ⏎ `通知`, a PDF's text or a printed page's field), or
    whose note opens the line under it (`…管理办法` ⏎ `(试行)三府[2012]105号`): the line or two under it that finish it
    belong to it, as `finishing_part` reads them. Only lines that read as a title's (no sentence, no item, no field)."""
    if block.last + 1 >= len(head) or _TRUNCATED.search(block.text):
        return block
    joined = block.text
    for j in range(block.last + 1, min(block.last + 3, len(head))):
        text = _strip_markup(head[j].text)
        if not text or is_chrome(head, j) or joined.endswith(("!", "?")):
            return block
        part = finishing_part(joined, text)
        if part is not None:
            block.last, block.text = j, joined + part
            return block
        # a line that does not finish it may still carry it on to one that does (…关于进一步 ⏎ 加强… ⏎ 的通知)
        if _finished(joined) or not _title_words(text):
            return block
        joined += text
    return block


def _finished(title: str) -> bool:
    """A title that ends as a document's name with every 《 closed."""
    return ends_as_document(title) and title.count("《") <= title.count("》")


def _title_words(text: str) -> bool:
    """Words that may carry a title on: a short heading, no item label, no 关于 (a line with 关于 opens a title of
    its own: a news headline over the notice's title line)."""
    return is_heading_like(text, 60) and not patterns()["item_line"].match(text) and "关于" not in text


def finishing_part(title: str, line: str) -> str | None:
    """The part of the line under a title that still belongs to it, or None: the line itself where the title does
    not yet end as a document's name (or leaves a 《 open) and the line finishes it (`…若干措` ⏎ `施`, `…工作方案`
    ⏎ `》的通知`); or a note the finished title closes with (`(试行)`, `(暂行)`, `(征求意见稿)`). The 文号
    printed under the title and run on after either (`(试行)三府[2012]105号`, `施 国办发〔2020〕1号`) is no part of it."""
    number = patterns()["number_run_on"].search(line)
    part = line[:number.start()].rstrip() if number else line
    if not part or not _title_words(part):
        return None
    if not _finished(title):
        return part if _finished(title + part) else None
    return part if patterns()["period_line"].match(part) else None


def _without_page_suffix(block: TitleBlock) -> TitleBlock:
    """A page's <title> kept as its heading (a saved page's `# …`, plan_0022): the title, maybe
    its 文号 in brackets, then the column and site names after `_` (…的通知(川发改能源〔2025〕278号)
    _通知公告_四川省发展和改革委员会): the title is the part before them, the 文号 read as one; a
    title line closing with its 文号 alone (…实施意见》的通知(岳办发〔2017〕2号), a city's page) likewise, or
    with it after a space (…重点工作的意见 国发 〔2011〕 35 号, a scrape joining the title and 文号 lines)."""
    m = patterns()["page_title_suffix"].fullmatch(block.text)
    if m and ends_as_document(m.group("title")):
        block.text = m.group("title")
        block.number = block.number or m.group("number")
    return block


def _page_title_line(head: list[Line], start: int) -> int | None:
    """A page's <title> line (`…的通知 | 上海市人民政府`, read as chrome since the notice's own title line usually
    stands below it) when no title line does: the line whose part before the site's name names a document."""
    rules = patterns()
    for i in range(start, top_end(head, start)):
        m = rules["page_title_suffix"].fullmatch(_strip_markup(head[i].text))
        if m and m.group("site") and ends_as_document(m.group("title")):
            return i
    return None


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
    if len(name) < 4:
        return None
    for i in range(block.last + 1, top_end(head, block.last + 1)):
        text = _strip_markup(head[i].text)
        if is_chrome(head, i) or not is_heading_like(text, 120) or not rules["issue_verb"].search(text):
            continue
        last = last_title_line(head, i, top_end(head, i))
        # the plan's name as the title line issues it, which a page's width may break (`…关于印发广东省促进` ⏎
        # `经济持续向好…` ⏎ `工作方案的通知`, realestate_0151)
        if last is not None and name in _NOT_HAN.sub("", "".join(head[j].text for j in range(i, last + 1))):
            first = _issuers_above(head, i)
            return TitleBlock(first, last, "".join(_strip_markup(head[j].text) for j in range(first, last + 1)))
    return None


def _own_title_below(head: list[Line], block: TitleBlock) -> TitleBlock | None:
    """A database's line that is a news headline (an exclamation, `…活动来了`: `【tag】发放消费券1000万元!三水区购房
    促消费活动来了`, `【tag】多孩家庭贷款额度上浮!关于调整…的通知`) is not the notice's title when the notice's own
    title line (`关于…的通知`, its bodies maybe before 关于) stands under it before the body: that line is the title.
    A line under it that names no notice (the plan's own name, `我市出台关于…`) leaves the database's line the title."""
    if ends_as_document(block.text) and not _HEADLINE_MARK.search(block.text):
        return None  # (the line names a document: no headline)
    end = top_end(head, block.last + 1)
    for i in range(block.last + 1, end):
        if is_chrome(head, i):
            continue
        text = _strip_markup(head[i].text)
        before = text.split("关于", 1)[0]
        if "关于" not in text or (before and not _only_bodies(before)):
            return None
        last = last_title_line(head, i, end)
        if last is None:
            return None
        title = "".join(_strip_markup(head[j].text) for j in range(i, last + 1))
        return TitleBlock(i, last, title) if compact(title) != compact(block.text) else None
    return None


_HEADLINE_MARK = regex.compile(r"[!?!?]")


def _without_run_in_fields(text: str) -> str:
    """A title line with the page's fields run in after it (`…的通知 印发日期:2025-06-20 沪经信运
    〔2025〕407号 字号:`, `…的通知 (发布日期:2023年02月01日 文号:…)`): the title before them."""
    m = patterns()["run_in_fields"].search(text)
    if m and m.start() > 0 and ends_as_document(text[:m.start()].rstrip()):
        return text[:m.start()].rstrip()
    return text


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
        block.number, block.text = m.group("number"), _only_book_name(block.text[m.end():]) or block.text[m.end():]
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


def top_end(head: list[Line], first: int) -> int:
    """Index of the first line of the body: an outline item or a sentence."""
    rules = patterns()
    for i in range(first, len(head)):
        text = _strip_markup(head[i].text)
        if is_chrome(head, i):
            continue
        if rules["item_line"].match(text) or rules["article_line"].match(text) or "。" in text:
            return i
    return len(head)


def _heading_title(head: list[Line], first: int, end: int) -> tuple[int, int] | None:
    """(first, last) line index of a title above the body: a 关于/印发 heading, else a typed
    heading, else the first line when it reads as a heading."""
    rules = patterns()
    for i in range(first, end):
        line = head[i]
        if is_chrome(head, i) or not is_heading_like(line.text, 120) or not balanced_or_opening(line.text):
            continue
        if "关于" in line.text or rules["issue_verb"].search(line.text):
            last = last_title_line(head, i, end)
            if last is not None:
                return _issuers_above(head, i), last
    for i in range(first, end):
        text = _strip_markup(head[i].text)
        if not is_chrome(head, i) and is_heading_like(text) and balanced_or_opening(text) \
                and rules["title_end"].search(_TRAILING_PUNCT.sub("", text)):
            return _wrapped_from_above(head, first, i), _period_line_after(head, i)
    text = _strip_markup(head[first].text)
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
    above = _strip_markup(head[i - 1].text)
    return i - 1 if len(above) >= patterns()["wrapped_title_min_chars"] and _title_words(above) and balanced_or_opening(above) \
        and not ends_as_document(above) else i


# A line wholly in brackets is a note on the text (a regulation's `(…通过…批准)`, `(该文件于…公布)`), no title
_NOTE_LINE = regex.compile(r"^\([^()]*(?:\([^()]*\)[^()]*)*\)$")
# and so is the first line of such a note a page's width broke (`(2021年11月5日…第五十一次` ⏎ `会议通过…)`)
_NOTE_OPENING = regex.compile(r"^\([^()]*$")


def balanced_or_opening(text: str) -> bool:
    """A title line may open a 《…》 name that the next line closes, but a line that closes
    a name opened above it (…土地管理的决定》) is the tail of a broken quotation."""
    depth = 0
    for ch in text:
        if ch in "《〈":
            depth += 1
        elif ch in "》〉":
            depth -= 1
            if depth < 0:
                return False
    return True


_HAN = regex.compile(r"\p{Han}")


def database_title(head: list[Line], i: int) -> TitleBlock | None:
    """A title as a database stores it: `【source tag】title` (the tag is no part of the
    title), a line that is only a `《…》` name (the name without the marks, also broken
    over two lines), or a `date | source | title` record."""
    rules = patterns()
    text = head[i].text
    tag = None
    m = rules["source_tag"].match(text)
    if m:
        if rules["site_suffix"].fullmatch(m.group("rest").strip()):
            return None  # a page's <title>, 【title】-site name: chrome; the title is below
        if not _HAN.search(m.group("rest")):
            return None  # 【法宝引证码】 CLI.12.1541872: a database's field and its code, no title
        tag, text = m.group("tag").strip(), m.group("rest").strip()
    record = rules["record_line"].match(text)
    if record:
        parts = [p.strip() for p in record.group().split("|")]
        titled = [p for p in parts if is_heading_like(p, 120) and ends_as_document(p)]
        if titled:
            return TitleBlock(i, i, max(titled, key=len), tag)
    last = i
    if text.startswith("《") and "》" not in text and i + 1 < len(head) and head[i + 1].text.endswith("》") \
            and "《" not in head[i + 1].text:
        text, last = text + head[i + 1].text, i + 1  # 《广东省促进…做强 ⏎ 国内大循环工作方案》
    name = _only_book_name(text)
    if name is not None:
        return TitleBlock(i, last, name, tag)
    if tag is not None and text and is_heading_like(text, 150):
        return TitleBlock(i, i, text, tag)
    return None


def _only_book_name(text: str) -> str | None:
    """`《X》` -> X, when the line is that one name and nothing else."""
    if text.startswith("《") and text.endswith("》") and text.count("《") == 1 and text.count("》") == 1:
        return text[1:-1].strip() or None
    return None


# Compiled once: a pattern given as a string is looked up in regex's cache on every call
# (3 us, more than the match), and these run on most lines.
_CLOSING_NOTE = regex.compile(r"(?:[》”\"]|\([^()]{0,12}\))+$")
_MARKUP = regex.compile(r"^#+\s*")


def strip_note(text: str) -> str:
    """A title without what may close it after its type: 》, a note such as (暂行)."""
    return _CLOSING_NOTE.sub("", text)


def ends_as_document(text: str) -> bool:
    """Whether the text ends with a kind of document (…的通知, …实施办法(试行)》), past what may close it."""
    return bool(patterns()["title_end"].search(strip_note(text)))


def _strip_markup(text: str) -> str:
    """A markdown heading's `#` marks are no part of the title."""
    return _MARKUP.sub("", text)


def _title_from_field(head: list[Line], first: int, title: str) -> TitleBlock:
    """A page whose metadata table gives the title (标题): the title is that value, and the
    lines that spell it again at the top of the text are its block."""
    return _spelled_at_top(head, first, title) or \
        TitleBlock(first - 1 if first > 0 else 0, first - 1 if first > 0 else 0, title)


def _bodies_and_title_below(head: list[Line], block: TitleBlock, issuers: str | None) -> TitleBlock | None:
    """A page's 标题 field names the notice without its issuing bodies (gov.cn's policy library:
    `关于2025年加力扩围…的通知`), and the notice's own title line under the table opens with them
    (`国家发展改革委 财政部关于2025年加力扩围…的通知`, seventh doc_0007): that line is the title. The
    bodies are the page's 发文机关 where it names them; a sentence (现转发省政府关于…) names none."""
    def named_bodies(before: str) -> bool:
        return compact(before) == compact(issuers) if issuers else \
            _only_bodies(before) and not patterns()["issue_verb"].search(before)

    for i in range(block.first, len(head)):
        text = _strip_markup(head[i].text)
        if text.endswith(block.text) and len(text) > len(block.text) and named_bodies(text[:-len(block.text)].strip()):
            return TitleBlock(i, i, text)
        above = _strip_markup(head[i - 1].text) if i > 0 else ""
        # 国家发展改革委 财政部 ⏎ 关于…的通知; not a table's 发文机关: ⏎ value above it
        if text == block.text and named_bodies(above) and not (i > 1 and patterns()["field_label"].match(head[i - 2].text)):
            return TitleBlock(i - 1, i, above + text)
        run_in = _numbered_title_in(text, block.text, named_bodies)
        if run_in is not None:  # the block stays where the field put it: the line holds the page's body too
            return TitleBlock(block.first, block.last, run_in[1], number=run_in[0])
    return None


def _numbered_title_in(text: str, title: str, named_bodies) -> tuple[str | None, str] | None:
    """(文号, title) where a line a crawler stored with the page's blocks run together carries the notice's
    own title after its 文号: `…QQ空间 岚综管办〔2015〕98号平潭综合实验区管委会办公室关于印发《…》的通知区直各单位…`
    (seventh doc_0025, unlabelled pingtan_2605; pingtan_4778 with a space and the bodies already in the 标题 field):
    the bodies between the number and the field's words are the title's own."""
    at = text.find(title)
    while at > 0:
        numbers = list(patterns()["doc_number"].finditer(text, 0, at))
        if numbers:
            number = numbers[-1]
            bodies = text[number.end():at].strip()
            if not bodies or named_bodies(bodies):
                return number.group(), bodies + title
        # no number: the bodies alone after a space (…QQ空间 平潭综合实验区管委会办公室关于…的通知区直各单位…)
        bodies = text[:at].rsplit(" ", 1)[-1] if " " in text[:at] else ""
        if bodies and named_bodies(bodies):
            return None, bodies + title
        at = text.find(title, at + 1)
    return None


def _spelled_at_top(head: list[Line], first: int, title: str) -> TitleBlock | None:
    """The lines at the top of the text that spell `title` again, as its block."""
    whole = compact(title)
    # a saved page's navigation may stand between its header and the heading (gz_0001)
    for i in range(first, min(max(first + 8, top_end(head, first) + 1), len(head))):
        joined = ""
        for j in range(i, min(i + 6, len(head))):
            joined += compact(_strip_markup(head[j].text))
            if not whole.startswith(joined):
                break
            if joined == whole:
                # a field that a space breaks (标题: …示范基地 建设工作方案…, the crawl's copy of a title broken over
                # two lines; unlabelled pingtan_5321) yields to the text's own spelling without it
                own = "".join(_strip_markup(head[k].text).strip() for k in range(i, j + 1))
                return TitleBlock(i, j, own if own.count(" ") < title.count(" ") else title)
    return None


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
            if block.tag is not None and line.endswith(title) and _only_bodies(line[:-len(title)]):
                block.text = _strip_markup(head[j].text)
        block.last = j
        j += 1
    return block


def _only_bodies(text: str) -> bool:
    """眉山市住房和城乡建设局眉山市财政局: one or more bodies' names written together (我市出台 is none)."""
    return bool(patterns()["org_line"].match(text))


def _issuers_above(head: list[Line], i: int) -> int:
    """A title opening with 关于 (or with a body and 关于: 国家能源局综合司关于) may have its
    issuing bodies on the lines above it."""
    org = patterns()["org_line"]
    before = head[i].text.split("关于", 1)[0]
    if "关于" not in head[i].text or before and not org.match(before):
        return i
    first = i
    while first > 0 and i - first < 3 and org.match(_CO_ISSUERS.sub("", head[first - 1].text)) \
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


# 河南省工业和信息化厅等14部门 over 关于印发…的通知 (plan_0008): the first body and its co-issuers' count
_CO_ISSUERS = regex.compile(r"(?<=\p{Han})等\s*[\d一二三四五六七八九十]{0,3}\s*个?部门$")


def last_title_line(head: list[Line], i: int, end: int | None = None) -> int | None:
    """Last line of a title starting at line i (joined until it ends with a document type,
    a note such as (暂行) or (征求意见稿) allowed after it)."""
    joined = ""
    stop = min(i + 3, len(head) if end is None else end)
    for j in range(i, stop):
        text = head[j].text
        if j > i and (is_chrome(head, j) or not (is_heading_like(text) or _title_part(text)) or "关于" in text):
            return None
        joined += text
        if ends_as_document(joined) and not _continues_title(joined, head, j):
            return _period_line_after(head, j)
    return None


_CLAUSE_MARK = regex.compile(r"[,,;;::。]")


def _title_part(text: str) -> bool:
    """A piece of a title a page's width broke that opens as a sentence may (`…关于印发广东省促进` ⏎ `经济持续向好…`,
    realestate_0151: 经 as in 经…同意, which is_heading_like takes for a sentence): no clause in it, so no sentence; nor
    the 文号 or date line under a title."""
    rules = patterns()
    return len(text) <= 40 and not _CLAUSE_MARK.search(text) and not rules["doc_number_line"].match(text) \
        and not rules["date_line"].match(text)


def _continues_title(joined: str, head: list[Line], j: int) -> bool:
    """关于印发健康鸡西行动 ⏎ 实施方案的通知: a title issuing a document (印发/转发) ends with
    its own type after 的; a next line that supplies that 的+type still belongs to it."""
    rules = patterns()
    if j + 1 >= len(head) or not rules["issue_verb"].search(joined):
        return False
    nxt = head[j + 1].text
    if rules["issuing_type_line"].match(nxt) and not is_chrome(head, j + 1):
        return True  # `…若干意见` ⏎ `的通知`: the line is the title's own 的+type, whatever 的 stands before it
    if "的" in joined[-8:]:
        return False
    return (is_heading_like(nxt, 40) and not is_chrome(head, j + 1)
            and bool(rules["title_end"].search(nxt)) and "的" in nxt)


def _period_line_after(lines: list[Line], i: int) -> int:
    """A plan title whose period stands on its own next line: `(2018—2020年)`."""
    rules = patterns()
    if i + 1 < len(lines) and rules["plan_end"].search(lines[i].text) \
            and rules["period_line"].match(lines[i + 1].text):
        return i + 1
    return i


def plan_title_from_title(title: str) -> str | None:
    """关于印发《X》的通知 -> X; the document a title approves or forwards (批转…关于Y报告的通知
    -> 关于Y的报告, 关于Z规划的批复 -> Z, 关于同意《Z》的通知 -> Z)."""
    approved = approved_document(title)
    if approved:
        return approved
    if not patterns()["issue_verb"].search(title):
        return None
    # a page that titles the notice without its type (省人民政府办公厅印发《X》): the 《X》 it ends with
    m = patterns()["issued_document"].search(title) or patterns()["issued_name"].search(title)
    if not m:
        return None
    name = m.group(1)
    if len(named := regex.findall(r"《[^《》]*》", name)) >= 2:
        # two documents issued at once (发布《A》(试行)、《B》(试行), 印发《A》以及《B》): the first, as the title names it
        # (CONVENTIONS.md: a notice issuing two documents; extra shgov_0098's readers)
        name = named[0]
    # the document issued, then a second act the notice asks (印发X方案并深入推进相关工作的通知): X
    if m := patterns()["issued_then_act"].match(name):
        name = m.group("name")
    if name.startswith("《") and (note := patterns()["edition_note"].search(name)):
        name = name[:note.start()]  # 《X》(2019年修订版)
    # 《X》, or 〈X〉 inside a title that is itself a 《…》 name (关于印发〈X〉的通知)
    for left, right in ("《》", "〈〉", "<>"):
        if name.startswith(left) and name.endswith(right) and name.count(left) == 1:
            name = name[1:-1]
            if left == "《":  # a name inside it, marked 〈…〉 within 《…》, is 《…》 standing alone (eighth doc_0014)
                name = name.replace("〈", "《").replace("〉", "》")
            break
    return name or None


def approved_in_reply(text: str) -> str | None:
    """The document a 批复 approves, read from its body where the text lost its title (eighth doc_0006:
    `…的请示》…收悉。…现批复如下。 一、原则同意《鹰潭港总体规划》(以下简称《规划》)`)."""
    m = patterns()["reply_approval"].search(text)
    return m.group("name") if m else None


def issued_in_text(text: str) -> str | None:
    """The document a notice's text hands down by name (`《关于…的建议》,现转发给你们`, `《X》,现印发给你们`), where its
    title names none (third govprc_0006, a 批复 approving and forwarding a ministry's 建议)."""
    m = patterns()["issued_in_text"].search(text)
    return m.group("name") if m else None


def attached_subject(title: str, text: str) -> str | None:
    """关于同意建立X的批复 whose text lists X as its attachment (附件:X): X, the document it
    approves and carries."""
    rules = patterns()
    m = rules["agreed_subject"].search(title)
    if not m:
        return None
    subject = m.group("subject")
    mark = rules["attachment"]["mark"].pattern
    return subject if regex.search(rf"{mark}\s*[::]\s*{regex.escape(subject)}", text) else None


_NUMBERED_OR_LINK = compile_pattern(r"\d|https?:")  # a list of several (1.…) or a front matter's link
_IN_A_SENTENCE = compile_pattern(r"[。;!?\s]")  # a paragraph or a block of lines ending on a file's name is none


def issued_attachment(text: str, title: str = "") -> str | None:
    """The one file a notice issues by attaching it (现予印发 ⏎ 附件: ⏎ X修订内容.pdf, or the file's link standing alone
    under the notice: 现印发你们 … ⏎ 蒙西…实施细则(试行).pdf): X, the document's own name, its body not in the text.
    A file named as the notice is the notice itself (its PDF)."""
    rules = patterns()
    if not rules["issuing_words"].search(text):
        return None
    lines = [line.strip() for line in text.split("\n")]
    names = set()
    for i, line in enumerate(lines):
        m = rules["attachment"]["line"].match(line)
        name = (m.group("rest") or (lines[i + 1] if i + 1 < len(lines) else "")) if m else line
        if rules["file_name"].search(name) and not _NUMBERED_OR_LINK.match(name) and not _IN_A_SENTENCE.search(name) \
                and len(name) <= 80:
            name = rules["file_name"].sub("", name).strip()
            if compact(name) != compact(title):
                names.add(name)
    return names.pop() if len(names) == 1 and len(next(iter(names))) >= 4 else None


def published_attachment(title: str, text: str) -> str | None:
    """关于公布X的通知 / 关于下达X的通知 whose text lists one attachment (附件:道路桥梁和隧道安全保护区域): the attachment's own
    name, the document it publishes, over the title's words for it (本市城市桥梁和隧道安全保护区域)."""
    if not patterns()["attachment_named"].search(title):
        return None
    one = patterns()["attachment"]["one"]
    lines = [m.group("name") for line in text.split("\n") if (m := one.match(line.strip()))]
    if len(lines) != 1 or _IN_A_SENTENCE.search(lines[0]):
        return None
    return attachment_heading(text, lines[0]) or lines[0]


_YEAR_ALONE = compile_pattern(r"\d{4}")


def attachment_heading(text: str, name: str) -> str | None:
    """The heading over the attachment's body, under its lone `附件` line, where the text carries one: the attachment's
    own name (CONVENTIONS, lists published as an attachment: extra shgov_0040, whose list line says 嘉定区2014年度…任务计划表
    and whose heading `2014` ⏎ `年嘉定区…减量化计划表`, a year the page's width broke off). A heading that is the same
    attachment's is written with the list line's words (most of its characters are the name's); a table's first cell
    (`序号`, `单位:公顷`) is none."""
    rules = patterns()
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    for i, line in enumerate(lines[:-1]):
        if not rules["attachment"]["alone"].match(line):
            continue
        heading, j = lines[i + 1], i + 1
        if _YEAR_ALONE.fullmatch(heading) and j + 1 < len(lines) and lines[j + 1].startswith("年"):
            heading += lines[j + 1]
        if not is_heading_like(heading, 80) or rules["item_line"].match(heading) or len(heading) < 4:
            continue
        shared = sum(1 for ch in heading if ch in name)
        if compact(heading) != compact(name) and shared >= 0.8 * len(heading):
            return heading
    return None


def approved_document(title: str) -> str | None:
    """The report or plan a 批转/转发/批复/同意 title names, in its own title's words."""
    rules = patterns()
    m = rules["forwarded_document"].search(title)
    if m:  # the forwarded report's own title restores the 的 the wrapper's title drops
        return f"关于{m.group('subject')}的{m.group('type')}"
    m = rules["approved_document"].search(title)
    if m:
        return m.group("named") or m.group("plan")
    return None


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
        bool(rules["org_end"].search(name)) or name.startswith(rules["national_bodies"]) and len(name) >= 4)


_HAN_NAME = compile_pattern(r"\p{Han}{2,40}")


def quoted_form(text: str, plan_title: str) -> str | None:
    """The plan's name as the notice's own text quotes it (特制定《…计划(2023-2025年)实施方案》), when
    the title line wrote it with a space the layout put inside (…计划 (2023-2025年)…)."""
    if " " not in plan_title:
        return None
    name = compact(plan_title)
    for m in regex.finditer(r"《([^《》\n]{4,150})》", text):
        if " " not in m.group(1) and compact(m.group(1)) == name:
            return m.group(1)
    return None


_NAME_SUFFIX = compile_pattern(r"\([^()]{1,15}\)")


def issued_as_quoted(text: str, plan_title: str) -> str | None:
    """The issued plan's full name where the title drops its bracketed part and the text holds no heading of it: the
    sentence that issues it quotes it whole (我们研究制定了《医疗保障基金结算清单填写规范(试行)》。现印发给你们 under
    关于印发医疗保障基金结算清单填写规范的通知). A 《…》 elsewhere (an older version repealed) names another text."""
    name = compact(plan_title)
    for issue in patterns()["issuing_words"].finditer(text):
        before = text[max(0, issue.start() - 160):issue.start()]
        quotes = list(regex.finditer(r"《([^《》\n]{4,150})》", before))
        if not quotes or regex.search(r"[。;]", before[quotes[-1].end():].rstrip("。 ")):
            continue  # the issuing sentence or the one just before it quotes the name last
        quoted = quotes[-1].group(1)
        whole = compact(quoted)
        if whole.startswith(name) and _NAME_SUFFIX.fullmatch(whole[len(name):]):
            return quoted.replace(" ", "") if " " not in plan_title else quoted
    return None


def placed_plan_heading(lines: list[Line], first: int, plan_title: str, limit: int = 200) -> str | None:
    """The plan's own heading when it names its place before the name the title gives it
    (title 关于印发2021年春节期间…实施细则的通知, heading 天津市 ⏎ 2021 ⏎ 年春节期间… ⏎ 实施细则,
    elec_0001): lines joined (a PDF text breaks them) that are the place and that name."""
    name = compact(plan_title)
    for i in range(first, min(first + limit, len(lines))):
        joined = ""
        for j in range(i, min(i + 6, len(lines))):
            text = lines[j].text
            if "。" in text or not is_heading_like(text, 60):
                break
            joined += compact(text)
            if len(joined) > len(name) + 12:
                break
            if joined.endswith(name) and len(joined) > len(name):
                place = joined[:-len(name)]
                if _PLACE.fullmatch(place) and region_of(place, known_only=True):
                    return "".join(lines[k].text.strip() for k in range(i, j + 1))
                break
    return None
