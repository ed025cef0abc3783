"""A title as a database or a page stores it: a `【tag】` or `《…》` line, a `date | source | title` record, a page's
标题 field and the lines spelling it again, a page's <title> with its site's name, and a page's fields run in after it."""

from __future__ import annotations

import regex

from ..outline.lines import Line
from .lines import compact, is_chrome, is_heading_like
from .patterns import patterns
from .title_lines import (TitleBlock, ends_as_document, last_title_line, only_bodies, only_book_name, strip_markup,
                          top_end)


def without_page_suffix(block: TitleBlock) -> TitleBlock:
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


def page_title_line(head: list[Line], start: int) -> int | None:
    """A page's <title> line (`…的通知 | 上海市人民政府`, read as chrome since the notice's own title line usually
    stands below it) when no title line does: the line whose part before the site's name names a document."""
    rules = patterns()
    for i in range(start, top_end(head, start)):
        m = rules["page_title_suffix"].fullmatch(strip_markup(head[i].text))
        if m and m.group("site") and ends_as_document(m.group("title")):
            return i
    return None


def own_title_below(head: list[Line], block: TitleBlock) -> TitleBlock | None:
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
        text = strip_markup(head[i].text)
        before = text.split("关于", 1)[0]
        if "关于" not in text or (before and not only_bodies(before)):
            return None
        last = last_title_line(head, i, end)
        if last is None:
            return None
        title = "".join(strip_markup(head[j].text) for j in range(i, last + 1))
        return TitleBlock(i, last, title) if compact(title) != compact(block.text) else None
    return None


_HEADLINE_MARK = regex.compile(r"[!?!?]")


def without_run_in_fields(text: str) -> str:
    """A title line with the page's fields run in after it (`…的通知 印发日期:2025-06-20 沪经信运
    〔2025〕407号 字号:`, `…的通知 (发布日期:2023年02月01日 文号:…)`): the title before them."""
    m = patterns()["run_in_fields"].search(text)
    if m and m.start() > 0 and ends_as_document(text[:m.start()].rstrip()):
        return text[:m.start()].rstrip()
    return text


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
        titled = [p for p in parts if is_heading_like(p, rules["title_line_max_chars"]) and ends_as_document(p)]
        if titled:
            return TitleBlock(i, i, max(titled, key=len), tag)
    last = i
    if text.startswith("《") and "》" not in text and i + 1 < len(head) and head[i + 1].text.endswith("》") \
            and "《" not in head[i + 1].text:
        text, last = text + head[i + 1].text, i + 1  # 《广东省促进…做强 ⏎ 国内大循环工作方案》
    name = only_book_name(text)
    if name is not None:
        return TitleBlock(i, last, name, tag)
    if tag is not None and text and is_heading_like(text, 150):
        return TitleBlock(i, i, text, tag)
    return None


def title_from_field(head: list[Line], first: int, title: str) -> TitleBlock:
    """A page whose metadata table gives the title (标题): the title is that value, and the
    lines that spell it again at the top of the text are its block."""
    return spelled_at_top(head, first, title) or \
        TitleBlock(first - 1 if first > 0 else 0, first - 1 if first > 0 else 0, title)


def bodies_and_title_below(head: list[Line], block: TitleBlock, issuers: str | None) -> TitleBlock | None:
    """A page's 标题 field names the notice without its issuing bodies (gov.cn's policy library:
    `关于2025年加力扩围…的通知`), and the notice's own title line under the table opens with them
    (`国家发展改革委 财政部关于2025年加力扩围…的通知`, seventh doc_0007): that line is the title. The
    bodies are the page's 发文机关 where it names them; a sentence (现转发省政府关于…) names none."""
    def named_bodies(before: str) -> bool:
        return compact(before) == compact(issuers) if issuers else \
            only_bodies(before) and not patterns()["issue_verb"].search(before)

    for i in range(block.first, len(head)):
        text = strip_markup(head[i].text)
        if text.endswith(block.text) and len(text) > len(block.text) and named_bodies(text[:-len(block.text)].strip()):
            return TitleBlock(i, i, text)
        above = strip_markup(head[i - 1].text) if i > 0 else ""
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


def spelled_at_top(head: list[Line], first: int, title: str) -> TitleBlock | None:
    """The lines at the top of the text that spell `title` again, as its block."""
    rules = patterns()
    whole = compact(title)
    # a saved page's navigation may stand between its header and the heading (gz_0001)
    for i in range(first, min(max(first + rules["spelled_title_search_lines"], top_end(head, first) + 1), len(head))):
        joined = ""
        for j in range(i, min(i + rules["spelled_title_max_lines"], len(head))):
            joined += compact(strip_markup(head[j].text))
            if not whole.startswith(joined):
                break
            if joined == whole:
                # a field that a space breaks (标题: …示范基地 建设工作方案…, the crawl's copy of a title broken over
                # two lines; unlabelled pingtan_5321) yields to the text's own spelling without it
                own = "".join(strip_markup(head[k].text).strip() for k in range(i, j + 1))
                return TitleBlock(i, j, own if own.count(" ") < title.count(" ") else title)
    return None
