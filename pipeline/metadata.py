"""Metadata: title, plan_title, doc_number, issuer, issue_date, region; body bounds.

A notice usually reads: page chrome, title (maybe over two lines), 文号, addressees,
the wrapper paragraph, signature and date, then the plan it issues (its title line(s)
and body), then the attachment list, 版记 and trailing page chrome. Any part may be
missing; when there is no wrapper the notice itself is the body.
"""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field

import regex

from . import regions
from .document import Document
from .numbers import whole_number, year_number
from .rules import alternation, compile_pattern, load


@dataclass
class Line:
    start: int
    end: int
    text: str


# --- compiled rules ---------------------------------------------------------------

@functools.cache
def _rules() -> dict:
    r = load("metadata")
    types = alternation(r["doc_types"])
    orgs = alternation(r["org_suffixes"])
    date = _DATE_SOURCE
    return {
        "head_lines": r["head_lines"],
        "wrapper_max_chars": r["wrapper_max_chars"],
        "title_end": compile_pattern(rf"(?:{types})$"),
        "issue_verb": compile_pattern(alternation(r["issue_verbs"])),
        "plan_end": compile_pattern(rf"(?:{alternation(r['plan_types'])})(?:\([^()]*\))?$"),
        "sentence_open": compile_pattern(rf"^(?:{alternation(r['sentence_openings'])})"),
        "chrome": compile_pattern("|".join(f"(?:{p})" for p in r["chrome_patterns"])),
        "field_label": compile_pattern(r["field_label_line"]),
        "fields": {name: compile_pattern(rf"^(?:{alternation(words)})\s*[::]\s*(.*)$")
                   for name, words in r["fields"].items()},
        "doc_number": compile_pattern(r["doc_number"]),
        "any_number": compile_pattern(rf"{r['doc_number']}|{r['order_number']}"),
        "doc_number_line": compile_pattern(r["doc_number_line"].format(doc_number=r["doc_number"],
                                                                       order_number=r["order_number"])),
        "org_line": compile_pattern(rf"^[\p{{Han}}()\s]{{2,40}}(?:{orgs})$"),
        "signers_line": compile_pattern(rf"^[\p{{Han}}()\s]{{2,80}}(?:{orgs})$"),
        "date_line": compile_pattern(rf"^(?:(?P<org>[\p{{Han}}()\s]{{2,40}}?)\s*)?(?P<date>{date})$"),
        "period_line": compile_pattern(r["period_line"]),
        "item_line": compile_pattern(r["body_item_line"]),
        "addressee": compile_pattern(r["addressee"]),
        "addressee_window": r["addressee_window"],
        "attachment_with_title": compile_pattern(r["attachment_with_title"]),
        "note": compile_pattern("|".join(f"(?:{p})" for p in r["note_patterns"])),
        "trailing": compile_pattern("|".join(f"(?:{p})" for p in r["trailing_chrome"])),
        "weak_end": compile_pattern("|".join(f"(?:{p})" for p in r["trailing_weak"])),
        "file_name": compile_pattern(rf"\.(?:{alternation(r['file_extensions'])})\s*$", regex.I),
        "attachment_header": compile_pattern(r"^附件\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[::]?$"),
        "place": _place_pattern(r),
        "place_exclusions": set(r["place_exclusions"]),
        "institution_chars": set(r["institution_chars"]) | {"人"},  # 某州人民政府
        "region_skip": tuple(r["region_skip_prefixes"]),
        "national_bodies": tuple(r["national_bodies"]),
        "source_tag": compile_pattern(r["source_tag"]),
        "site_suffix": compile_pattern(r["site_suffix"]),
        "record_line": compile_pattern(r["record_line"]),
        "markup_line": compile_pattern(r["markup_line"]),
        "article_line": compile_pattern(r["article_line"]),
        # a dated line under a title, not a sentence opening with a date (2024年7月1日起,…。)
        "dated_header": compile_pattern(rf"^\(?(?:——|—|--)?\s*(?P<date>{date})\s*(?P<rest>[^,。;]{{0,80}}?)\)?$"),
        "speech_line": compile_pattern(r["speech_line"]),
        "adopted_line": compile_pattern(r["adopted_line"]),
        "flat_min_chars": r["flat_min_chars"],
        "flat_head": compile_pattern(r["flat_head"].replace("{types}", types).replace("{doc_number}", r["doc_number"])),
        "flat_title_body": compile_pattern(r["flat_title_body"].replace("{orgs}", orgs)),
        "flat_citing": compile_pattern(r["flat_citing"]),
        "enacted_header": compile_pattern(rf"^\(?\s*(?P<date>{date})\s*(?P<clause>{r['enacted_clause']})"),
        "meeting": compile_pattern(r["meeting_ordinals"]),
        "printed_line": compile_pattern(rf"^(?:(?P<org>[\p{{Han}}()\s]{{2,40}}?)\s*)?(?P<date>{date})\s*印发$"),
        "speaker": compile_pattern(r["speaker"]),
        "report_title": compile_pattern(rf"(?:{alternation(r['report_types'])})$"),
        "table_label": compile_pattern(r"^(?P<label>\p{Han}(?:\s?\p{Han}){1,7})\s*[::]\s*(?P<value>.*)$"),
        "table_fields": {label: name for name, labels in r["table_fields"].items() for label in labels},
        "keywords": compile_pattern(r["keywords_value"]),
        "front_fence": compile_pattern(r["front_matter_fence"]),
        "front_field": compile_pattern(r["front_matter_field"]),
        "front_empty": set(r["front_matter_empty"]),
        "front_max": r["front_matter_max_lines"],
        "page_header_first": compile_pattern(r["page_header_first"]),
        "page_header_end": compile_pattern(r["page_header_end"]),
        "page_header_field": compile_pattern(r["page_header_field"]),
        "seal_note": compile_pattern(r["seal_note"]),
        "title_body": compile_pattern(rf"^(?P<body>\p{{Han}}{{2,30}}?(?:{alternation(r['title_body_suffixes'])}))(?=.)"),
        "publish_label": compile_pattern(rf"(?:^|[\s|])(?:{alternation(r['publish_labels'])})\s*[::][\s*]*"
                                         rf"(?P<date>{date})(?!\s*[至到—~-])"),
    }


def _place_pattern(r: dict) -> regex.Pattern:
    suffixes = r["place_suffix"]
    chars = regex.escape(r["institution_chars"])
    # Lazy: a segment ends at its first place suffix (鞍山市|人民政府…).
    return compile_pattern(rf"[^\P{{Han}}{chars}]{{1,9}}?(?:{suffixes})")


_CN_DIGIT_CLASS = "〇○零O一二三四五六七八九"
_DATE_SOURCE = (r"(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
                rf"|[{_CN_DIGIT_CLASS}]{{4}}\s*年\s*[一二三四五六七八九十]{{1,2}}\s*月"
                r"\s*[一二三四五六七八九十]{1,3}\s*日)")
_DATE_ARABIC = compile_pattern(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_DATE_CHINESE = compile_pattern(rf"([{_CN_DIGIT_CLASS}]{{4}})\s*年\s*([一二三四五六七八九十]{{1,2}})\s*月"
                              r"\s*([一二三四五六七八九十]{1,3})\s*日")
_LINE = compile_pattern(r"[^\n]+")
_TRAILING_PUNCT = compile_pattern(r"[\s,,。.;;::、]+$")


# --- small parsers ------------------------------------------------------------------

def parse_date(s: str) -> dt.date | None:
    """First date in `s`: 2018年7月31日, 2020-10-29, 二〇一八年七月三十一日."""
    m = _DATE_ARABIC.search(s)
    if m:
        y, mo, d = (int(g) for g in (m.groups()[:3] if m.group(1) else m.groups()[3:]))
        return safe_date(y, mo, d)
    m = _DATE_CHINESE.search(s)
    if m:
        y = year_number(m.group(1))
        mo, d = whole_number(m.group(2)), whole_number(m.group(3))
        if y and mo and d:
            return safe_date(y, mo, d)
    return None


def safe_date(y: int, mo: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


def region_of(name: str | None, known_only: bool = False) -> str | None:
    """The issuer's own area: the last of the leading chain of place names of an
    organisation name (辽宁省沈阳市卫生健康委员会 -> 沈阳市, 西安市碑林区人民政府 -> 碑林区).
    `known_only` for text that is no body's name (a title): each place must be a division
    in the table (促进房地产市场… names none)."""
    if not name:
        return None
    rules = _rules()
    pos, parts = 0, []
    for prefix in rules["region_skip"]:
        if name.startswith(prefix):
            pos = len(prefix)
            break
    while True:
        m = rules["place"].match(name, pos)
        if not m or m.group() in rules["place_exclusions"] or \
                ((known_only or parts) and not regions.is_division(m.group())):
            break  # 成都市房地产市场…: a name goes on after its place, no second place
        if m.group().endswith("州") and m.end() < len(name) and name[m.end()] not in rules["institution_chars"] \
                and not regions.is_division(m.group()):
            break  # 健康赣州行动…: a campaign named after a place, not 赣州 + a body's name (but 伊犁州住房…)
        parts.append(m.group())
        pos = m.end()
    return (regions.full_name(parts[-1]) or parts[-1]) if parts else None


def _region_context(region: str | None, *texts: str | None) -> str | None:
    """The region with the places named before it in the issuer, tag or title (宁波市鄞州区),
    so that a county name shared by several provinces is located."""
    if not region:
        return None
    for text in texts:
        if text and region in text:
            return text[:text.index(region) + len(region)]
    for text in texts:  # written short in a tag: 四川雅安石棉 names 石棉县
        place = regions.locate(text) if text else None
        if place and place.name == region:
            return text
    return region


def document_region(issuer: str | None, title: str | None, tag: str | None) -> str | None:
    """The area of the issuer; a central body (国务院…) has none. Without a placed issuer,
    the place leading the title, the place a source tag names (【安徽淮北】 -> 淮北市), or
    the place the title names."""
    found = region_of(issuer)
    if found or (issuer and issuer.startswith(_rules()["national_bodies"])):
        return found
    found = region_of(title, known_only=True)
    if found:
        return found
    for text in (tag, title):
        division = regions.locate(text) if text else None
        if division:
            return division.name
    return None


# --- line helpers -------------------------------------------------------------------

def split_lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    return [Line(m.start(), m.end(), m.group()) for m in _LINE.finditer(text, start, len(text) if end is None else end)
            if m.group().strip()]


def is_chrome(lines: list[Line], i: int) -> bool:
    """Navigation, 来源/发布时间 lines and metadata blocks (a `label:` line and its value)."""
    rules = _rules()
    text = lines[i].text
    if rules["chrome"].search(text) or rules["field_label"].match(text):
        return True
    if i > 0 and rules["field_label"].match(lines[i - 1].text):
        return True
    tokens = text.split(" ")
    return len(tokens) >= 4 and all(len(t) <= 6 for t in tokens)  # a row of menu words


def is_heading_like(text: str, max_len: int = 80) -> bool:
    """A title line: short, no sentence punctuation, not a wrapper sentence."""
    rules = _rules()
    return (len(text) <= max_len and "。" not in text and not text.endswith((":", ",", ";"))
            and not rules["sentence_open"].match(text) and not rules["doc_number_line"].match(text)
            and not rules["date_line"].match(text))


# --- the stage ----------------------------------------------------------------------

def read_metadata(doc: Document) -> None:
    doc.body_start, doc.body_end = 0, len(doc.text)
    try:
        _read(doc)
    except Exception as e:  # odd input must not stop the pipeline
        doc.warnings.append(f"metadata: could not read ({type(e).__name__}: {e})")
    try:
        apply_sidecar(doc)
    except Exception as e:  # a sidecar row must not cost the file its rows
        doc.warnings.append(f"metadata sidecar: could not apply ({type(e).__name__}: {e})")


def apply_sidecar(doc: Document) -> None:
    """What the corpus's metadata sidecar says about this file fills or overrides what the
    text gave (pipeline/sidecar.py); its other columns are carried as they are."""
    row = doc.sidecar
    if row is None:
        return
    from .sidecar import FIELDS, parse_iso_date

    given = {name: row[name] for name in FIELDS if row.get(name)}
    for name, value in given.items():
        setattr(doc, name, parse_iso_date(value) if name == "issue_date" else value)
    if "region" not in given and ("issuer" in given or "title" in given):
        doc.region = document_region(doc.issuer, doc.title, doc.source_tag) or doc.region
    if not {"province", "prefecture", "adcode"} & given.keys():
        place = regions.locate(_region_context(doc.region, doc.issuer, doc.source_tag, doc.title))
        doc.province, doc.prefecture, doc.adcode = (place.province, place.prefecture, place.adcode) \
            if place else (None, None, None)
    doc.extra = {name: value for name, value in row.items() if name not in FIELDS and name != "source_file"}


def _read(doc: Document) -> None:
    lines = split_lines(doc.text)
    if not lines:
        doc.warnings.append("metadata: empty text")
        return
    rules = _rules()
    if len(lines) == 1 and len(lines[0].text) >= rules["flat_min_chars"] and read_flat(doc, lines[0]):
        return
    head = lines[:rules["head_lines"]]
    table = read_front_matter(head) or read_table(head)
    fields = {**read_fields(head[table.end:]), **table.fields}
    block = find_title(head, table.end, fields)
    if block is None:
        doc.warnings.append("metadata: no title found")
        first = next((i for i in range(table.end, len(head)) if not is_chrome(head, i)), table.end)
        t0 = t1 = min(first, len(lines) - 1)
        doc.title = None
    else:
        t0, t1, doc.title = block.first, block.last, block.text
    title = doc.title or ""
    # the head of another document left after this one's body is no part of it
    lines = lines[:next_document(lines, t1 + 1, title)]
    text_end = lines[-1].end if lines else len(doc.text)

    signature = find_signature(lines, t1 + 1)
    body_first = t0
    if signature is not None and wrapper_precedes_body(doc.text, lines, signature) \
            and not content_precedes_signature(title, lines[t1 + 1:signature.date_index]):
        body_first, doc.plan_title = find_plan_title(lines, signature.date_index + 1)
    elif rules["plan_end"].search(title) and not rules["issue_verb"].search(title):
        doc.plan_title = title
    if doc.plan_title is None and rules["issue_verb"].search(title):
        doc.plan_title = plan_title_from_title(title)

    header = read_header(lines, t1 + 1)
    doc.doc_number = find_doc_number(lines, t0, body_first, fields, t1)
    named = fields.get("issuer") or speaker(lines, t1 + 1, title)
    signers = signature.bodies if signature and signature.issuer else \
        undated_signers(lines, body_first, find_body_end(lines, body_first, text_end)) \
        if signature is None and not named else []
    # every signing body, joined with 、 as the project's gold writes joint signatures
    doc.issuer = "、".join(signers) if signers else full_name(first_body(
        named or issuer_from_title(title) or (issuer_from_title(block.full) if block and block.full else None)
        or printed_signer(lines, t1 + 1)), fields.get("publisher"))
    doc.url = fields.get("url") or doc.url
    doc.issue_date = (signature.date if signature else None) or parse_date(fields.get("issue_date", "")) \
        or header.date or printed_date(lines, t1 + 1) or parse_date(fields.get("publish_date", "")) \
        or publish_date_near(head, t1)
    doc.source_tag = block.tag if block else None
    publisher = fields.get("publisher")
    # a signature abbreviating its place (市住房城乡建设管理委): the page's 发布单位 places it
    doc.region = document_region(doc.issuer, doc.title, doc.source_tag) \
        or (region_of(publisher) if publisher and not publisher.startswith(_rules()["national_bodies"]) else None)
    place = regions.locate(_region_context(doc.region, doc.issuer, block.tag if block else None, title, publisher))
    if place:
        doc.province, doc.prefecture, doc.adcode = place.province, place.prefecture, place.adcode
    if body_first == t0 and block is not None:
        body_first = after_title_block(lines, t1, title)
        body_first = after_plan_title_line(lines, body_first, doc.plan_title)
    doc.body_start = lines[body_first].start if body_first < len(lines) else text_end
    doc.body_end = _rstrip(doc.text, doc.body_start, find_body_end(lines, body_first, text_end))


def read_flat(doc: Document, line: Line) -> bool:
    """A notice stored as one line: title and 文号 at its start, then the addressees and
    the body; the body the title opens with signs it with a date somewhere after (the end,
    or before the report it forwards). False when the line does not open that way."""
    rules = _rules()
    head = rules["flat_head"].match(line.text)
    if not head:
        return False
    doc.title = head.group("title")
    doc.doc_number = _number_value(head.group("number"))
    if rules["issue_verb"].search(doc.title):
        doc.plan_title = plan_title_from_title(doc.title)
    elif rules["plan_end"].search(doc.title):
        doc.plan_title = doc.title
    opening = rules["flat_title_body"].match(doc.title)
    doc.issuer = opening.group("body") if opening else None
    doc.body_start, doc.body_end = line.start + head.end(), line.end
    if doc.issuer:
        spaced = r"\s*".join(regex.escape(ch) for ch in doc.issuer)
        for m in regex.finditer(rf"{spaced}\s*(?P<date>{_DATE_SOURCE})", line.text, pos=head.end()):
            if rules["flat_citing"].match(line.text, m.end()):
                continue  # 按国务院一九八〇年十二月十六日批转的《…》: another document's date
            doc.issue_date = parse_date(m.group("date"))
            if not regex.search(r"[。;:]", line.text[m.end():]):
                doc.body_end = line.start + m.start()  # only a note after it: the text ends there
            break
    doc.region = document_region(doc.issuer, doc.title, None)
    place = regions.locate(_region_context(doc.region, doc.issuer, doc.title))
    if place:
        doc.province, doc.prefecture, doc.adcode = place.province, place.prefecture, place.adcode
    return True


def next_document(lines: list[Line], start: int, title: str) -> int:
    """Index of the first line of another document's head that a file carries after this
    one's body without that document's items (text from PDFs: the covering notice of the
    next document, its title, 文号, addressees and signature, med_0020), or of the
    opening of a title cut off at the end of the file (国家医保局 财政部关于, med_0006;
    卫生部关于印发, med_0012); the number of lines when there is none."""
    rules = _rules()
    items = [i for i in range(start, len(lines))
             if rules["item_line"].match(lines[i].text) or rules["article_line"].match(lines[i].text)]
    first_body = next((i for i in range(start, len(lines)) if "。" in lines[i].text or items and i == items[0]), None)
    if first_body is None:
        return len(lines)
    last_item = items[-1] if items else -1
    for i in range(first_body + 1, len(lines)):
        text = lines[i].text
        if "关于" not in text or not is_heading_like(text, 120) or rules["item_line"].match(text) \
                or repeats_title(text, title) or any(lines[j].text.startswith("附件") for j in range(max(start, i - 2), i)):
            continue
        if i == len(lines) - 1 and _opens_title(text):
            return i
        last = _title_end(lines, i)
        # (notices run together with their own items stay: one file is one document)
        if last is not None and last + 1 < len(lines) and last >= last_item and (
                rules["doc_number_line"].match(lines[last + 1].text) or rules["addressee"].match(lines[last + 1].text)):
            return i
    return len(lines)


def _opens_title(text: str) -> bool:
    """The start of a title that the end of the text cuts off: (bodies) 关于 and no type yet."""
    before, _, after = text.partition("关于")
    return len(text) <= 60 and (not before or bool(_rules()["signers_line"].match(before.strip()))) \
        and not _rules()["title_end"].search(_strip_note(after))


def after_plan_title_line(lines: list[Line], first: int, plan_title: str | None) -> int:
    """A wrapper without a signature (现将《X》印发给你们 ⏎ X ⏎ 为…): the body starts after
    the plan's own title line, whose years are no deadlines."""
    if not plan_title:
        return first
    compact = "".join(plan_title.split())
    for j in range(first, min(len(lines), first + 4)):
        if "".join(lines[j].text.split()) == compact:
            return j + 1
    return first


def after_title_block(lines: list[Line], title_last: int, title: str = "") -> int:
    """First body line of a notice without a wrapper: after the header lines under the
    title (repeats of it, 文号, dated lines, notes) and the addressee line if there is one,
    else right after them (years in a title are no deadlines)."""
    rules = _rules()
    first = title_last + 1
    while first < len(lines) and is_header_line(lines, first, title):
        first += 1
    window = range(first, min(len(lines), first + rules["addressee_window"]))
    for j in window:
        if rules["item_line"].match(lines[j].text):
            break
        if rules["addressee"].match(lines[j].text):
            return j + 1
    return first


def is_header_line(lines: list[Line], i: int, title: str) -> bool:
    """A line under the title that belongs to the title block, not the body."""
    rules = _rules()
    text = lines[i].text
    return bool(repeats_title(text, title) or rules["period_line"].match(text) or rules["note"].match(text)
                or rules["doc_number_line"].match(text) or rules["dated_header"].match(text)
                or rules["enacted_header"].match(text)
                or rules["markup_line"].match(text) or rules["chrome"].search(text) and not rules["item_line"].match(text))


def _compact(text: str) -> str:
    return regex.sub(r"[\s《》〈〉<>“”\"]+", "", text)


def repeats_title(text: str, title: str) -> bool:
    """A line that is (part of) the title again, as under a database title line or a
    page heading: 丽江市促进…若干措施 under 【云南省丽江市】《关于印发丽江市促进…若干措施的通知》."""
    line, whole = _compact(text), _compact(title)
    if len(line) < 1 or not whole or not is_heading_like(text, 120) or _rules()["item_line"].match(text):
        return False
    return line in whole or (whole in line and len(line) <= len(whole) + 40)


# --- title --------------------------------------------------------------------------

@dataclass
class TitleBlock:
    first: int  # line indices of the title (and of the lines repeating it under it)
    last: int
    text: str
    tag: str | None = None  # a database's source tag 【…】 in front of the title line
    full: str | None = None  # a repeat that names more than the title (the issuing bodies)


def find_title(head: list[Line], start: int = 0, fields: dict | None = None) -> TitleBlock | None:
    """The notice title at the top of the text (after page chrome and a metadata table):
    a database title line (【tag】…, 《…》), a page's 标题 field, a 关于/印发 heading or a
    typed heading; never a line after the body has begun (an outline heading, a name
    quoted deep in the text). A text that starts with its body has none."""
    fields = fields or {}
    rules = _rules()
    first = next((i for i in range(start, len(head)) if not is_chrome(head, i)
                  or rules["record_line"].match(head[i].text)), None)
    if first is None:
        return None
    block = database_title(head, first)
    if block is None and fields.get("title"):
        block = _title_from_field(head, first, fields["title"])
    if block is None:
        top = head[first]
        head = head[:first] + [Line(top.start, top.end, _without_stray_closers(top.text))] + head[first + 1:]
        span = _heading_title(head, first, top_end(head, first))
        if span is None:
            return None
        block = TitleBlock(span[0], span[1], "".join(_strip_markup(head[i].text) for i in range(span[0], span[1] + 1)))
    return _with_repeats(head, block)


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
    rules = _rules()
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
    rules = _rules()
    for i in range(first, end):
        line = head[i]
        if is_chrome(head, i) or not is_heading_like(line.text, 120) or not balanced_or_opening(line.text):
            continue
        if "关于" in line.text or rules["issue_verb"].search(line.text):
            last = _title_end(head, i, end)
            if last is not None:
                return _issuers_above(head, i), last
    for i in range(first, end):
        text = _strip_markup(head[i].text)
        if not is_chrome(head, i) and is_heading_like(text) and balanced_or_opening(text) \
                and rules["title_end"].search(_TRAILING_PUNCT.sub("", text)):
            return i, _period_line_after(head, i)
    text = _strip_markup(head[first].text)
    if first < end and is_heading_like(text) and balanced_or_opening(text) and not rules["item_line"].match(text):
        return first, first
    return None


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


def database_title(head: list[Line], i: int) -> TitleBlock | None:
    """A title as a database stores it: `【source tag】title` (the tag is no part of the
    title), a line that is only a `《…》` name (the name without the marks, also broken
    over two lines), or a `date | source | title` record."""
    rules = _rules()
    text = head[i].text
    tag = None
    m = rules["source_tag"].match(text)
    if m:
        if rules["site_suffix"].fullmatch(m.group("rest").strip()):
            return None  # a page's <title>, 【title】-site name: chrome; the title is below
        tag, text = m.group("tag").strip(), m.group("rest").strip()
    record = rules["record_line"].match(text)
    if record:
        parts = [p.strip() for p in record.group().split("|")]
        titled = [p for p in parts if is_heading_like(p, 120) and rules["title_end"].search(_strip_note(p))]
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


def _strip_note(text: str) -> str:
    """A title without what may close it after its type: 》, a note such as (暂行)."""
    return regex.sub(r"(?:[》”\"]|\([^()]{0,12}\))+$", "", text)


def _strip_markup(text: str) -> str:
    """A markdown heading's `#` marks are no part of the title."""
    return regex.sub(r"^#+\s*", "", text)


def _title_from_field(head: list[Line], first: int, title: str) -> TitleBlock | None:
    """A page whose metadata table gives the title (标题): the title is that value, and the
    lines that spell it again at the top of the text are its block."""
    whole = _compact(title)
    # a saved page's navigation may stand between its header and the heading (gz_0001)
    for i in range(first, min(max(first + 8, top_end(head, first) + 1), len(head))):
        joined = ""
        for j in range(i, min(i + 6, len(head))):
            joined += _compact(_strip_markup(head[j].text))
            if not whole.startswith(joined):
                break
            if joined == whole:
                return TitleBlock(i, j, title)
    return TitleBlock(first - 1 if first > 0 else 0, first - 1 if first > 0 else 0, title)


def _with_repeats(head: list[Line], block: TitleBlock) -> TitleBlock:
    """Extend the block over lines under it that repeat the title (the page heading under a
    database title line, the plan's own name), remembering a repeat that names more."""
    j = block.last + 1
    while j < len(head) and (repeats_title(head[j].text, block.text) or _rules()["period_line"].match(head[j].text)):
        line = _compact(head[j].text)
        if len(line) > len(_compact(block.text)):
            block.full = head[j].text
        block.last = j
        j += 1
    return block


def _issuers_above(head: list[Line], i: int) -> int:
    """A title opening with 关于 (or with a body and 关于: 国家能源局综合司关于) may have its
    issuing bodies on the lines above it."""
    org = _rules()["org_line"]
    before = head[i].text.split("关于", 1)[0]
    if "关于" not in head[i].text or before and not org.match(before):
        return i
    first = i
    while first > 0 and i - first < 3 and org.match(head[first - 1].text) and not is_chrome(head, first - 1) \
            and not head[first - 1].text.endswith("文件"):
        first -= 1
    return first


def _title_end(head: list[Line], i: int, end: int | None = None) -> int | None:
    """Last line of a title starting at line i (joined until it ends with a document type,
    a note such as (暂行) or (征求意见稿) allowed after it)."""
    rules = _rules()
    joined = ""
    stop = min(i + 3, len(head) if end is None else end)
    for j in range(i, stop):
        text = head[j].text
        if j > i and (is_chrome(head, j) or not is_heading_like(text) or "关于" in text):
            return None
        joined += text
        if rules["title_end"].search(_strip_note(joined)) and not _continues_title(joined, head, j):
            return _period_line_after(head, j)
    return None


def _continues_title(joined: str, head: list[Line], j: int) -> bool:
    """关于印发健康鸡西行动 ⏎ 实施方案的通知: a title issuing a document (印发/转发) ends with
    its own type after 的; a next line that supplies that 的+type still belongs to it."""
    rules = _rules()
    if "的" in joined[-8:] or not rules["issue_verb"].search(joined) or j + 1 >= len(head):
        return False
    nxt = head[j + 1].text
    return (is_heading_like(nxt, 40) and not is_chrome(head, j + 1)
            and bool(rules["title_end"].search(nxt)) and "的" in nxt)


def _period_line_after(lines: list[Line], i: int) -> int:
    """A plan title whose period stands on its own next line: `(2018—2020年)`."""
    rules = _rules()
    if i + 1 < len(lines) and rules["plan_end"].search(lines[i].text) \
            and rules["period_line"].match(lines[i + 1].text):
        return i + 1
    return i


def plan_title_from_title(title: str) -> str | None:
    """关于印发《X》的通知 -> X."""
    m = regex.search(r"(?:印发|转发|下发|颁发|发布|公布)(.+?)的(?:通知|决定|通告|公告)$", title)
    if not m:
        return None
    name = m.group(1)
    # 《X》, or 〈X〉 inside a title that is itself a 《…》 name (关于印发〈X〉的通知)
    for left, right in ("《》", "〈〉", "<>"):
        if name.startswith(left) and name.endswith(right) and name.count(left) == 1:
            name = name[1:-1]
            break
    return name or None


def issuer_from_title(title: str) -> str | None:
    """The body named at the start of the title: before 关于/印发/转发, or a name ending as
    only bodies' names end (北京市人民代表大会常务委员会任免国家机关工作人员条例)."""
    rules = _rules()
    m = regex.match(r"^(.{2,40}?)《?(?:关于|印发|转发)", title)
    if m:
        name = regex.split(r"[\s、]+", m.group(1).strip())[0]
        return name if rules["org_line"].match(name) else None
    m = rules["title_body"].match(title)
    return m.group("body") if m and region_of(m.group("body")) else None


# --- signature, wrapper and plan title ----------------------------------------------

@dataclass
class Signature:
    date_index: int
    date: dt.date | None
    issuer: str | None
    bodies: list[str] = field(default_factory=list)  # every signing body, in order


def find_signature(lines: list[Line], start: int) -> Signature | None:
    """The first line that is only a date (optionally after the signing body), after the title."""
    rules = _rules()
    for i in range(start, len(lines)):
        m = rules["date_line"].match(lines[i].text)
        last = i
        if not m:
            m, last = _date_over_lines(lines, i)
        if not m:
            continue
        issuer = m.group("org").strip() if m.group("org") else None
        if issuer and not rules["org_line"].match(issuer):
            continue
        above = i - 1
        while above > start and rules["seal_note"].match(lines[above].text):
            above -= 1  # (江门市住房和城乡建设局代章) between the signer and the date
        bodies = _bodies_of_line(issuer) if issuer else []
        if issuer is None and above >= start and i > start and rules["org_line"].match(lines[above].text) \
                and "关于" not in lines[above].text:
            issuer = _topmost_signer(lines, above, start)
            top = next(j for j in range(above, start - 1, -1) if issuer.endswith(lines[j].text.strip()))
            bodies = [b for j in range(top, above + 1) if not rules["seal_note"].match(lines[j].text)
                      for b in _bodies_of_line(issuer if j == top else lines[j].text)]
        return Signature(last, parse_date(m.group("date")), issuer, bodies)
    return None


def _date_over_lines(lines: list[Line], i: int) -> tuple[regex.Match | None, int]:
    """A date a page broke into short lines (2019 ⏎ 年 ⏎ 11 ⏎ 月 ⏎ 6 ⏎ 日; 2014 ⏎ 年6 ⏎ 月28 ⏎ 日):
    the match of the lines joined, and the index of its last line."""
    if not regex.fullmatch(r"\d{4}", lines[i].text.strip()):
        return None, i
    joined = lines[i].text.strip()
    for j in range(i + 1, min(i + 6, len(lines))):
        piece = lines[j].text.strip()
        if len(piece) > 4:
            break
        joined += piece
        if m := _rules()["date_line"].match(joined):
            return m, j
    return None, i


def _bodies_of_line(text: str) -> list[str]:
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
        if ch in "局部委署" and i - start >= 2 and _rules()["org_line"].match(rest) \
                and not rest.startswith(("办公", "综合", "直属")):
            names.append(run[start:i])
            start = i
    return names + [run[start:]]


def undated_signers(lines: list[Line], start: int, end: int) -> list[str]:
    """Signing bodies closing the text without a date under them (佛山市三水区住房城乡建设和
    水利局 ⏎ 佛山市三水区财政局 ⏎ …), in order."""
    rules = _rules()
    last = max((i for i in range(start, len(lines)) if lines[i].start < end), default=None)
    if last is None or not _is_signer(lines[last].text):
        return []
    first = last
    while first - 1 > start and _is_signer(lines[first - 1].text) and last - first < 5:
        first -= 1
    if rules["item_line"].match(lines[first].text):
        return []
    return [body for line in lines[first:last + 1] for body in _bodies_of_line(line.text)]


def _is_signer(text: str) -> bool:
    rules = _rules()
    return bool(rules["org_line"].match(text)) and len(text) <= 30 and "关于" not in text \
        and bool(rules["place"].match(text))


def _topmost_signer(lines: list[Line], i: int, start: int) -> str:
    """Joint notices stack several signing bodies; the first listed signs first."""
    signers = _rules()["signers_line"]
    while i - 1 >= start and signers.match(lines[i - 1].text) and len(first_body(lines[i - 1].text)) <= 40 \
            and "关于" not in lines[i - 1].text and not _rules()["title_end"].search(lines[i - 1].text):
        i -= 1  # a line may hold two bodies written together (汕尾市住房和城乡建设局汕尾市自然资源局)
    top = lines[i].text.strip()
    broken = lines[i - 1].text.strip() if i - 1 >= start else ""
    if 2 <= len(broken) <= 8 and regex.fullmatch(r"\p{Han}+", broken) and signers.match(broken + top):
        return broken + top  # a body broken over two lines of a page (国家发展 ⏎ 改革委办公厅)
    return top


def wrapper_precedes_body(text: str, lines: list[Line], sig: Signature) -> bool:
    """The signature closes a wrapper when a plan follows it (numbered items or long text)
    before the trailing 版记 and page chrome."""
    rules = _rules()
    end = find_body_end(lines, sig.date_index, len(text))
    after = [line for line in lines[sig.date_index + 1:] if line.start < end]
    if any(rules["item_line"].match(line.text) for line in after):
        return True
    return sum(len(line.text) for line in after) > 300


def content_precedes_signature(title: str, before: list[Line]) -> bool:
    """Numbered content above the signature is the notice's own body (what follows is an
    attachment), unless the notice issues a plan and that content is a short wrapper."""
    rules = _rules()
    if not any(rules["item_line"].match(line.text) for line in before):
        return False
    short = sum(len(line.text) for line in before) <= rules["wrapper_max_chars"]
    return not (rules["issue_verb"].search(title) and short)


def find_plan_title(lines: list[Line], start: int) -> tuple[int, str | None]:
    """(index of the first body line, plan title) after the signature date."""
    rules = _rules()
    i = start
    while i < len(lines) and rules["note"].match(lines[i].text):
        i += 1
    if i >= len(lines):
        return i, None
    attached = rules["attachment_with_title"].match(lines[i].text)
    if attached:  # the plan issued as 附件1: its title is on the 附件 line, the body follows
        return i + 1, attached.group("title").strip()
    text = lines[i].text
    if not is_heading_like(text) or rules["item_line"].match(text) or is_chrome(lines, i) \
            or (text.startswith("(") and ")" not in text):  # (联系人:… opening a note over lines
        return i, None
    parts, j = [text], i
    while j + 1 < len(lines) and len(parts) < 4:
        nxt = lines[j + 1].text
        if rules["period_line"].match(nxt) or (  # 关于内地西藏班(校) ⏎ 扩大规模有关问题的请示
                not rules["title_end"].search(parts[-1]) and is_heading_like(nxt, 40)
                and not rules["item_line"].match(nxt) and rules["title_end"].search("".join(parts) + nxt)):
            parts.append(nxt)
            j += 1
        else:
            break
    return j + 1, "".join(parts)  # the title itself yields no rows (its years are no deadlines)


# --- numbers and dates ----------------------------------------------------------------

@dataclass
class Table:
    fields: dict[str, str]
    end: int  # index of the first line after the table (0 without one)


def read_table(head: list[Line]) -> Table:
    """A page's metadata table (gov.cn: 索引号, 发文机关, 成文日期, 标题, 发文字号, 发布日期,
    主题词): each label on its own line (`标 题:`), its value on the same line or the next
    (an empty field has none: the next line is then another label, or the title)."""
    rules = _rules()
    labels = rules["table_fields"]
    fields: dict[str, str] = {}
    end = count = 0
    i = 0
    while i < len(head):
        m = rules["table_label"].match(head[i].text)
        name = labels.get(m.group("label").replace(" ", "")) if m else None
        if name is None:
            if count >= 2:
                break
            i += 1
            continue
        value = m.group("value").strip()
        nxt = head[i + 1].text if i + 1 < len(head) else ""
        next_is_label = bool(rules["table_label"].match(nxt)) and bool(
            labels.get(rules["table_label"].match(nxt).group("label").replace(" ", "")))
        if not value and nxt and not next_is_label and (name != "keywords" or rules["keywords"].match(nxt)):
            value = nxt
            i += 1
        if value and name not in fields:
            fields[name] = value
        count += 1
        i += 1
        end = i
    return Table(fields, end) if count >= 2 else Table({}, 0)


def read_front_matter(head: list[Line]) -> Table | None:
    """Markdown front matter (`---`, `标题: …` / `文号: …` / `发布日期: …` lines, `---`) at the
    top of the text, or a reader service's header (`Title: …`, `URL Source: …`, `Markdown
    Content:`): a metadata table whose labels are a page table's; the body follows it."""
    rules = _rules()
    if not head:
        return None
    if rules["front_fence"].match(head[0].text):
        close_pattern, field = rules["front_fence"], rules["front_field"]
    elif rules["page_header_first"].match(head[0].text):
        close_pattern, field = rules["page_header_end"], rules["page_header_field"]
    else:
        return None
    close = next((j for j in range(1, min(len(head), rules["front_max"])) if close_pattern.match(head[j].text)),
                 None)
    if close is None:
        return None
    labels = rules["table_fields"]
    fields: dict[str, str] = {}
    for line in head[:close]:
        m = field.match(line.text.strip())
        name = labels.get(m.group("label")) if m else None
        value = m.group("value").strip() if m else ""
        if name and value and value not in rules["front_empty"]:
            fields.setdefault(name, value)
    return Table(fields, close + 1)


def full_name(issuer: str | None, publisher: str | None) -> str | None:
    """An unsigned notice's body named in its title without its place (市工业和信息化局),
    written in full by the page's 发布机构 (天津市工业和信息化局); else as it was, or the
    publisher when nothing named one."""
    if issuer is None:
        return first_body(publisher) if publisher else None
    if publisher and publisher != issuer and publisher.endswith(issuer) and len(publisher) - len(issuer) <= 8:
        return publisher
    return issuer


@dataclass
class Header:
    date: dt.date | None = None
    issuer: str | None = None


def read_header(lines: list[Line], start: int) -> Header:
    """Dated lines under the title: a speech's `——2017年3月5日在…会议上`, a regulation's
    `2000年11月3日 北京市第十一届人民代表大会常务委员会第二十二次会议通过` or
    `(2018年7月17日…发布)` (its first, the adoption or publication, dates it; the body of
    that meeting issues it)."""
    rules = _rules()
    for line in lines[start:start + 8]:
        m = rules["dated_header"].match(line.text)
        if m and rules["speech_line"].search(m.group("rest")):
            return Header(parse_date(m.group("date")))
        m = rules["enacted_header"].match(line.text)
        if m:
            adopted = rules["adopted_line"].match(m.group("clause").strip())
            body = rules["meeting"].sub("", adopted.group("body")).strip() if adopted else ""
            return Header(parse_date(m.group("date")), body if rules["org_line"].match(body) else None)
    return Header()


def speaker(lines: list[Line], start: int, title: str) -> str | None:
    """The body that delivers a report or speech: `我代表国务院,向大会报告政府工作`."""
    rules = _rules()
    if not rules["report_title"].search(title):
        return None
    for line in lines[start:start + 10]:
        m = rules["speaker"].search(line.text)
        if m:
            return m.group("body")
    return None


def printed_date(lines: list[Line], start: int) -> dt.date | None:
    """The date of a closing `…2023年10月21日印发` line (the last one)."""
    pattern = _rules()["printed_line"]
    for line in reversed(lines[start:]):
        m = pattern.match(line.text)
        if m:
            return parse_date(m.group("date"))
    return None


def printed_signer(lines: list[Line], start: int) -> str | None:
    """A body alone on the line above a closing date line that says 印发 (丽江市人民政府办公室
    ⏎ 2023年10月21日印发, realestate_0008): it signs. A 版记 line naming the printing office
    with the date (…办公室 2019年3月15日印发) names no signer."""
    rules = _rules()
    for i in range(len(lines) - 1, start, -1):
        m = rules["printed_line"].match(lines[i].text)
        if m:
            above = lines[i - 1].text.strip()
            return above if not m.group("org") and _is_signer(above) else None
    return None


def first_body(name: str | None) -> str | None:
    """The first of several bodies written together without a separator
    (眉山市住房和城乡建设局眉山市财政局 -> 眉山市住房和城乡建设局): a new name starts where
    the first name's place comes again."""
    if not name:
        return name
    name = regex.split(r"[\s、,,]+", name.strip())[0] or name
    m = _rules()["place"].match(name)
    if m and m.group() not in _rules()["place_exclusions"]:
        again = name.find(m.group(), m.end())
        if again > m.end():
            return name[:again]
    return name



def read_fields(head: list[Line]) -> dict[str, str]:
    """Values of a metadata block (`成文日期:` + value, on one line or the next)."""
    found: dict[str, str] = {}
    for i, line in enumerate(head):
        for name, pattern in _rules()["fields"].items():
            m = pattern.match(line.text)
            if not m or name in found:
                continue
            value = m.group(1).strip()
            if not value and i + 1 < len(head):
                value = head[i + 1].text
            if value:
                found[name] = value
    return found


def find_doc_number(lines: list[Line], title_index: int, body_first: int, fields: dict,
                    title_last: int | None = None) -> str | None:
    """文号: a line of its own near the title, else a metadata field, else the first in the head
    (a title over several lines: near its last line)."""
    rules = _rules()
    stop = max(body_first, title_index + 1)
    for i in range(0, min(stop, len(lines))):
        if m := rules["doc_number_line"].match(lines[i].text):
            return _number_value(m.group("number"))
    if "doc_number" in fields:
        m = rules["any_number"].search(fields["doc_number"])
        if m:
            return _number_value(m.group())
    last = title_index if title_last is None else max(title_index, title_last)
    near = range(max(0, title_index - 2), min(last + 4, len(lines)))
    for i in near:  # a line of its own under the title: (医保办函〔2025〕82 号) is no citation
        if m := rules["doc_number_line"].match(lines[i].text):
            return _number_value(m.group("number"))
    for i in near:
        m = rules["doc_number"].search(lines[i].text)
        if m and not _cites(lines[i].text, m.start()):
            return _number_value(m.group())
    return None


def _number_value(number: str) -> str:
    """A 文号 as written, without the spaces a PDF's text layer puts inside it."""
    return regex.sub(r"\s+", "", number)


def _cites(line: str, start: int) -> bool:
    """A number that cites another document: after a 《…》 name or in brackets after it
    (…的决定》(中发〔2021〕30号)), or inside a sentence (在执行大办发〔2019〕163号文件时,…)."""
    before = line[:start].rstrip()
    return "《" in before or before.endswith(("(", "》")) or bool(regex.search(r"[,。;]", line))


def publish_date_near(head: list[Line], title_index: int) -> dt.date | None:
    """A publication date in a `来源:… 发布时间:2019-05-06` line around the title: a date
    right after a date label, not a sentence's window (补贴时间:2024年4月1日至…)."""
    pattern = _rules()["publish_label"]
    for line in head[max(0, title_index - 3):title_index + 4]:
        m = pattern.search(line.text)
        if m:
            return parse_date(m.group("date"))
    return None


# --- body end -----------------------------------------------------------------------

def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def find_body_end(lines: list[Line], first: int, text_len: int) -> int:
    """Start of the first line of trailing page chrome or 版记 after the body starts."""
    rules = _rules()
    weak: int | None = None
    for i in range(first + 1, len(lines)):
        text = lines[i].text
        if rules["trailing"].match(text) or _is_file_list(lines, i):
            return lines[i].start if weak is None else weak
        if weak is None and rules["weak_end"].match(text):
            weak = lines[i].start
        elif weak is not None and rules["attachment_header"].match(text):
            weak = None  # an attachment carried after the 版记 still belongs to the body
    return weak if weak is not None else text_len


def _is_file_list(lines: list[Line], i: int) -> bool:
    """`附件:名单.docx`, or a lone `附件:` followed by file names."""
    rules = _rules()
    text = lines[i].text
    if not text.startswith("附件"):
        return False
    if rules["file_name"].search(text):
        return True
    return regex.match(r"^附件\s*[::]?$", text) is not None and i + 1 < len(lines) \
        and rules["file_name"].search(lines[i + 1].text) is not None
