"""Metadata: title, plan_title, doc_number, issuer, issue_date, region; body bounds.

A notice usually reads: page chrome, title (maybe over two lines), 文号, addressees,
the wrapper paragraph, signature and date, then the plan it issues (its title line(s)
and body), then the attachment list, 版记 and trailing page chrome. Any part may be
missing; when there is no wrapper the notice itself is the body.
"""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

import regex

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
        "doc_number_line": compile_pattern(rf"^(?:{r['doc_number']})$"),
        "org_line": compile_pattern(rf"^[\p{{Han}}()\s]{{2,40}}(?:{orgs})$"),
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


def region_of(name: str | None) -> str | None:
    """The issuer's own area: the last of the leading chain of place names of an
    organisation name (辽宁省沈阳市卫生健康委员会 -> 沈阳市, 西安市碑林区人民政府 -> 碑林区)."""
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
        if not m or m.group() in rules["place_exclusions"]:
            break
        if m.group().endswith("州") and m.end() < len(name) and name[m.end()] not in rules["institution_chars"]:
            break  # 健康赣州行动…: a campaign named after a place, not 赣州 + a body's name
        parts.append(m.group())
        pos = m.end()
    return parts[-1] if parts else None


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


def _read(doc: Document) -> None:
    lines = split_lines(doc.text)
    if not lines:
        doc.warnings.append("metadata: empty text")
        return
    rules = _rules()
    head = lines[:rules["head_lines"]]
    fields = read_fields(head)
    title_span = find_title(head)
    title_found = title_span is not None
    if title_span is None:
        doc.warnings.append("metadata: no title found")
        first = next((i for i in range(len(head)) if not is_chrome(head, i)), 0)
        title_span = (first, first)
        doc.title = lines[first].text if is_heading_like(lines[first].text) else ""
    else:
        doc.title = "".join(lines[i].text for i in range(title_span[0], title_span[1] + 1))
    t0, t1 = title_span

    signature = find_signature(lines, t1 + 1)
    body_first = t0
    if signature is not None and wrapper_precedes_body(doc.text, lines, signature) \
            and not content_precedes_signature(doc.title, lines[t1 + 1:signature.date_index]):
        body_first, doc.plan_title = find_plan_title(lines, signature.date_index + 1)
    elif rules["plan_end"].search(doc.title) and not rules["issue_verb"].search(doc.title):
        doc.plan_title = doc.title
    if doc.plan_title is None and rules["issue_verb"].search(doc.title):
        doc.plan_title = plan_title_from_title(doc.title)

    doc.doc_number = find_doc_number(lines, t0, body_first, fields)
    doc.issuer = (signature.issuer if signature and signature.issuer else None) or fields.get("issuer") \
        or issuer_from_title(doc.title)
    doc.issue_date = (signature.date if signature else None) or parse_date(fields.get("issue_date", "")) \
        or parse_date(fields.get("publish_date", "")) or publish_date_near(head, t1)
    doc.region = region_of(doc.issuer) or region_of(doc.title)
    if body_first == t0 and title_found:
        body_first = after_title_block(lines, t1)
        body_first = after_plan_title_line(lines, body_first, doc.plan_title)
    doc.body_start = lines[body_first].start if body_first < len(lines) else len(doc.text)
    doc.body_end = _rstrip(doc.text, doc.body_start, find_body_end(lines, body_first, len(doc.text)))


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


def after_title_block(lines: list[Line], title_last: int) -> int:
    """First body line of a notice without a wrapper: after the addressee line if there
    is one under the title, else after the title (years in a title are no deadlines)."""
    rules = _rules()
    window = range(title_last + 1, min(len(lines), title_last + 1 + rules["addressee_window"]))
    for j in window:
        if rules["item_line"].match(lines[j].text):
            break
        if rules["addressee"].match(lines[j].text):
            return j + 1
    return title_last + 1


# --- title --------------------------------------------------------------------------

def find_title(head: list[Line]) -> tuple[int, int] | None:
    """(first, last) line index of the notice title: a 关于/印发 heading, else a typed heading."""
    rules = _rules()
    for i, line in enumerate(head):
        if is_chrome(head, i) or not is_heading_like(line.text, 120):
            continue
        if "关于" in line.text or rules["issue_verb"].search(line.text):
            last = _title_end(head, i)
            if last is not None:
                return _issuers_above(head, i), last
    for i, line in enumerate(head):
        if not is_chrome(head, i) and is_heading_like(line.text) and rules["title_end"].search(
                _TRAILING_PUNCT.sub("", line.text)):
            return i, _period_line_after(head, i)
    return None


def _issuers_above(head: list[Line], i: int) -> int:
    """A title opening with 关于 may have its issuing bodies on the lines above it."""
    if not head[i].text.startswith("关于"):
        return i
    org = _rules()["org_line"]
    first = i
    while first > 0 and i - first < 3 and org.match(head[first - 1].text) and not is_chrome(head, first - 1) \
            and not head[first - 1].text.endswith("文件"):
        first -= 1
    return first


def _title_end(head: list[Line], i: int) -> int | None:
    """Last line of a title starting at line i (joined until it ends with a document type)."""
    rules = _rules()
    joined = ""
    for j in range(i, min(i + 3, len(head))):
        text = head[j].text
        if j > i and (is_chrome(head, j) or not is_heading_like(text) or "关于" in text):
            return None
        joined += text
        if rules["title_end"].search(joined) and not _continues_title(joined, head, j):
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
    if name.startswith("《") and name.endswith("》") and name.count("《") == 1:
        name = name[1:-1]
    return name or None


def issuer_from_title(title: str) -> str | None:
    m = regex.match(r"^(.{2,40}?)(?:关于|印发|转发)", title)
    if not m:
        return None
    name = regex.split(r"[\s、]+", m.group(1).strip())[0]
    return name if _rules()["org_line"].match(name) else None


# --- signature, wrapper and plan title ----------------------------------------------

@dataclass
class Signature:
    date_index: int
    date: dt.date | None
    issuer: str | None


def find_signature(lines: list[Line], start: int) -> Signature | None:
    """The first line that is only a date (optionally after the signing body), after the title."""
    rules = _rules()
    for i in range(start, len(lines)):
        m = rules["date_line"].match(lines[i].text)
        if not m:
            continue
        issuer = m.group("org").strip() if m.group("org") else None
        if issuer and not rules["org_line"].match(issuer):
            continue
        if issuer is None and i > start and rules["org_line"].match(lines[i - 1].text) \
                and "关于" not in lines[i - 1].text:
            issuer = _topmost_signer(lines, i - 1, start)
        return Signature(i, parse_date(m.group("date")), issuer)
    return None


def _topmost_signer(lines: list[Line], i: int, start: int) -> str:
    """Joint notices stack several signing bodies; the first listed signs first."""
    org = _rules()["org_line"]
    while i - 1 >= start and org.match(lines[i - 1].text) and len(lines[i - 1].text) <= 30 \
            and "关于" not in lines[i - 1].text and not _rules()["title_end"].search(lines[i - 1].text):
        i -= 1
    return lines[i].text.strip()


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
    if not is_heading_like(text) or rules["item_line"].match(text) or is_chrome(lines, i):
        return i, None
    parts, j = [text], i
    while j + 1 < len(lines) and len(parts) < 3:
        nxt = lines[j + 1].text
        if rules["period_line"].match(nxt) or (
                not rules["plan_end"].search(parts[-1]) and is_heading_like(nxt, 40)
                and not rules["item_line"].match(nxt) and rules["plan_end"].search("".join(parts) + nxt)):
            parts.append(nxt)
            j += 1
        else:
            break
    return j + 1, "".join(parts)  # the title itself yields no rows (its years are no deadlines)


# --- numbers and dates ----------------------------------------------------------------

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


def find_doc_number(lines: list[Line], title_index: int, body_first: int, fields: dict) -> str | None:
    """文号: a line of its own near the title, else a metadata field, else the first in the head."""
    rules = _rules()
    stop = max(body_first, title_index + 1)
    for i in range(0, min(stop, len(lines))):
        if rules["doc_number_line"].match(lines[i].text):
            return lines[i].text
    if "doc_number" in fields:
        m = rules["doc_number"].search(fields["doc_number"])
        if m:
            return m.group()
    for i in range(max(0, title_index - 2), min(title_index + 4, len(lines))):
        m = rules["doc_number"].search(lines[i].text)
        if m and "《" not in lines[i].text[:m.start()]:
            return m.group()
    return None


def publish_date_near(head: list[Line], title_index: int) -> dt.date | None:
    """A publication date in a 来源/发布时间 line around the title."""
    for line in head[max(0, title_index - 3):title_index + 4]:
        if regex.search(r"发布|来源|时间|日期", line.text):
            date = parse_date(line.text)
            if date:
                return date
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
