"""Outline: the numbered items of the plan body as a tree of `Task`s.

Depth follows the nesting that occurs: a stack of label styles, where a new style opens
a deeper level and a style already on the stack closes the levels below it. An item is
accepted only if its ordinal continues its list (or restarts at 1 under a new parent, or
continues a list numbered across parents); anything else is running text. 专栏 boxes
nest under their level-1 item with their own lists; `附件N` and a second document in the
same text start separate outlines with a path prefix.
"""
from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, field

import regex

from .document import Document, Task
from .numbers import whole_number
from .rules import compile_pattern, load

_LINE = compile_pattern(r"[^\n]+")
_HEADING_STOP = compile_pattern(r"[。;]")
_TRAILING_PUNCT = compile_pattern(r"[\s,,。.;;::、!?!?]+$")
_LEADING_PUNCT = compile_pattern(r"^[\s、.::,,]+")
_CAPTION = compile_pattern(r"\(([^()]+)\)")
_CIRCLED_BLOCKS = ((0x2460, 1, 20), (0x3251, 21, 35), (0x32B1, 36, 50))


@functools.cache
def _rules() -> dict:
    r = load("outline")
    # Each style's ordinal group `n` is renamed n_<style>, so the alternation is valid under
    # `re` (no repeated group names) and the style is the match's last group.
    styles = "|".join(f"(?P<{name}>{pattern.replace('(?P<n>', f'(?P<n_{name}>')})"
                      for name, pattern in r["styles"].items())
    return {
        "label": compile_pattern(rf"^(?P<marks>{r['heading_marks']})?(?:{styles})"),
        "styles": list(r["styles"]),
        "min_text": r["min_text_after_label"],
        "label_alone_ok": set(r["label_alone_ok"]),
        "heading_line_max": r["heading_line_max_len"],
        "max_gap": r["max_gap"],
        "skip_any_forward": set(r["skip_any_forward"]),
        "new_document_styles": set(r["new_document_styles"]),
        "same_list_styles": [set(pair) for pair in r["same_list_styles"]],
        "column_closers": set(r["column_closers"]),
        "inline_enumerator": compile_pattern(r["inline_enumerator"]),
        "open_any_ordinal": set(r["open_any_ordinal"]),
        "attachment": compile_pattern(rf"^{r['attachment']}"),
        "contents_head": compile_pattern(rf"^{r['contents_head']}$"),
        "note_head": compile_pattern(rf"^{r['note_head']}"),
        "numeral_alone": compile_pattern(rf"^{r['numeral_alone']}$"),
        "attachment_list_head": compile_pattern(rf"^{r['attachment_list_head']}"),
        "attachment_min_body": r["attachment_min_body_chars"],
        "terminator": compile_pattern("|".join(f"(?:{p})" for p in r["terminators"])),
        "signature_date": compile_pattern(r["signature_date"]),
        "signature_org": compile_pattern(r["signature_org"]),
        "title_max": r["document_title_max_len"],
        "part_heading": compile_pattern(rf"^{r['part_heading']}$"),
    }


# --- labels -------------------------------------------------------------------------

@dataclass
class Label:
    style: str
    ordinal: int
    text: str  # the label as written, e.g. `(一)`, `专栏 1`
    heading: str
    offset: int = 0  # where the label starts on its line (after markdown `##` marks)
    within: tuple[int, ...] = ()  # a decimal label's ordinals above its own (`1.2` of `1.2.1`)


def read_label(line: str) -> Label | None:
    """The number label at the start of `line`, with the item's heading."""
    rules = _rules()
    m = rules["label"].match(line)
    if not m:
        return None
    style = m.lastgroup
    offset = m.end("marks") if m.group("marks") else 0
    n = m.group(f"n_{style}")
    within: tuple[int, ...] = ()
    if style.startswith("decimal"):  # `1.2.1`: item 1 of 1.2, a style per depth
        *within, last = (int(c) for c in n.split("."))
        style, n = f"decimal{len(within) + 1}", str(last)
    ordinal = ordinal_value(n)
    rest = line[m.end():]
    if ordinal is None or (style not in rules["label_alone_ok"] and len(rest.strip()) < rules["min_text"]):
        return None
    label = m.group()[offset:].rstrip(" :")
    return Label(style, ordinal, label, heading_of(rest), offset, tuple(within))


def ordinal_value(n: str) -> int | None:
    if n.isascii() and n.isdigit():  # str.isdigit() is also true for ①
        return int(n)
    if len(n) == 1:
        code = ord(n)
        for base, first, last in _CIRCLED_BLOCKS:
            if base <= code <= base + last - first:
                return first + code - base
    return whole_number(n)


def heading_of(rest: str) -> str:
    """Text after the label up to the first 。 or ;, without trailing punctuation; an
    article's caption in parentheses (`第一条 (目的和依据)`) without them."""
    rest = _LEADING_PUNCT.sub("", rest)
    m = _HEADING_STOP.search(rest)
    if m:
        rest = rest[:m.start()]
    rest = _TRAILING_PUNCT.sub("", rest)
    caption = _CAPTION.fullmatch(rest)
    return caption.group(1) if caption else rest


# --- outlines under construction ----------------------------------------------------

@dataclass
class Level:
    style: str
    ordinal: int
    path: str


@dataclass
class Outline:
    """One numbered outline: the plan, an attachment (附件N) or a later document (文件N)."""
    prefix: str | None
    stack: list[Level] = field(default_factory=list)
    last: dict[str, int] = field(default_factory=dict)  # last ordinal per style, across parents
    level_styles: dict[int, str] = field(default_factory=dict)  # style first seen at each depth
    column_at: int | None = None  # stack index of the open 专栏
    column_last: dict[str, int] = field(default_factory=dict)
    # The levels under the level-1 item while a 专栏 box is open: the items after the box
    # continue them.
    beside_column: list[Level] = field(default_factory=list)
    has_items: bool = False
    cut: bool = False  # opened after its first items (a body cut short at the top)

    def path(self, depth: int, component: str) -> str:
        parts = [lvl.path.rsplit(".", 1)[-1] for lvl in self.stack[:depth]] + [component]
        return ".".join(([self.prefix] if self.prefix else []) + parts)

    def column_closing_styles(self) -> set[str]:
        styles = {self.level_styles[d] for d in (0, 1) if d in self.level_styles}
        return styles if 1 in self.level_styles else styles | _rules()["column_closers"]

    def open_column(self) -> int:
        """Open a 专栏 box under the level-1 item; the stack index where it stands."""
        self.close_column()
        self.beside_column = self.stack[1:]
        del self.stack[1:]
        self.column_at = len(self.stack)
        self.column_last = {}
        return self.column_at

    def close_column(self) -> None:
        if self.column_at is not None:
            del self.stack[self.column_at:]
            self.stack.extend(self.beside_column)
            self.beside_column = []
            self.column_at = None

    def column_keeps(self, label: Label) -> bool:
        """Whether a label inside an open 专栏 box is the box's: it continues the box's own
        list; else not when it continues the main outline's list beside the box; else any
        style the main outline has not used at its first two levels, or a list the box
        opens at 1 in a style of the main outline's lower levels."""
        box = self.column_last.get(label.style)
        if box is not None and label.ordinal == box + 1:
            return True
        main = next((lvl.ordinal for lvl in reversed(self.beside_column) if lvl.style == label.style), None)
        if main is not None and label.ordinal == main + 1:
            return False
        if label.style not in self.column_closing_styles():
            return True
        return (box is None and label.ordinal == 1 and label.style != self.level_styles.get(0)
                and label.style in self.level_styles.values())


def fit(outline: Outline, label: Label, base: int, last: dict[str, int]) -> int | None:
    """Depth at which `label` continues the outline, popping closed levels; None if it does not."""
    rules = _rules()
    gap = 10**6 if label.style in rules["skip_any_forward"] else rules["max_gap"]
    # Deepest first: a restarted list stands under an item of its own style.
    for idx in reversed(range(base, len(outline.stack))):
        level = outline.stack[idx]
        if level.style == label.style:
            if level.ordinal < label.ordinal <= level.ordinal + gap:
                del outline.stack[idx:]
                return idx
            if (label.ordinal == 1 and level.ordinal > 1
                    and (idx > base or label.style not in rules["new_document_styles"])
                    and sum(lvl.style == label.style for lvl in outline.stack) == 1):
                # A list restarting after text nests under the item it follows, once: a
                # restart of a restarted list, or of a list that never passed 1, is text.
                return len(outline.stack)
            return None
    for idx in range(base, len(outline.stack)):
        level = outline.stack[idx]
        if (label.style not in last and label.ordinal == level.ordinal + 1
                and {label.style, level.style} in rules["same_list_styles"]):
            del outline.stack[idx:]
            return idx  # 1、 2、 3、 then 四、: one list written in two numeral systems
    previous = last.get(label.style, 0)
    if label.ordinal == 1 or ((previous or label.style in rules["skip_any_forward"])
                              and previous < label.ordinal <= previous + gap):
        return len(outline.stack)
    if label.style in rules["open_any_ordinal"]:
        if not outline.has_items:
            outline.cut = label.ordinal > 1
            return 0  # the first heading of the body: an item before it was lost or cut off
        if outline.cut and label.style not in last:
            return len(outline.stack)  # a body cut inside a list numbered across parents
    return None


def within_its_parent(outline: Outline, label: Label) -> bool:
    """Whether a decimal label's leading ordinals (`1.2` of `1.2.1`) name the item above it;
    an outline may open at such a label when its parent was cut off."""
    parent_style = f"decimal{len(label.within)}"
    parent = next((lvl for lvl in reversed(outline.stack) if lvl.style == parent_style), None)
    if parent is None:
        return not outline.has_items
    return parent.ordinal == label.within[-1]


# --- the stage ----------------------------------------------------------------------

def segment(doc: Document) -> None:
    doc.tasks = []
    try:
        Segmenter(doc).run()
    except Exception as e:  # odd input must not stop the pipeline
        doc.tasks = []
        doc.warnings.append(f"outline: could not segment ({type(e).__name__}: {e})")
    if not doc.tasks:
        doc.warnings.append("no numbered task structure found")


@dataclass
class Line:
    start: int
    end: int
    text: str


class Segmenter:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.rules = _rules()
        self.lines = [Line(m.start(), m.end(), m.group())
                      for m in _LINE.finditer(doc.text, doc.body_start, doc.body_stop) if m.group().strip()]
        self.outline = Outline(prefix=attachment_before(doc.text, doc.body_start))
        self.documents = 1
        self.boundaries: list[int] = []  # offsets where an item's text ends
        self.paths: set[str] = set()
        self.text_since_item: list[int] = []  # indices of non-item lines since the last item

    def run(self) -> None:
        attachments = classify_attachment_lines(self.lines)
        not_items = table_of_contents(self.lines) | numbered_notes(self.lines)
        for i, line in enumerate(self.lines):
            role = attachments.get(i)
            if i in not_items:
                self.text_since_item.append(i)
            elif role is not None:
                self.on_attachment_line(i, role)
            elif self.is_terminator(i):
                self.boundaries.append(line.start)
                self.text_since_item.append(i)
            else:
                label = read_label(line.text) or self.numeral_over_heading(i)
                if label is None or not self.place(label, i):
                    self.text_since_item.append(i)
        self.finish()

    # --- line kinds ---

    def on_attachment_line(self, i: int, role: tuple[str, int | None]) -> None:
        kind, number = role
        if kind == "continuation":
            return
        self.boundaries.append(self.lines[i].start)
        if kind == "header":
            self.outline = Outline(prefix=f"附件{number}")
            self.text_since_item = []

    def numeral_over_heading(self, i: int) -> Label | None:
        """`二` alone on its line over a heading line: the heading's 二、 label."""
        m = self.rules["numeral_alone"].match(self.lines[i].text)
        heading = self.heading_on_next_line(i) if m else ""
        if not heading:
            return None
        return Label("han_dun", ordinal_value(m.group("n")), m.group(), heading)

    def is_terminator(self, i: int) -> bool:
        text = self.lines[i].text
        if self.rules["terminator"].match(text):
            return True
        if len(text) > 64:  # longer than any signing body or date line
            return False
        if self.rules["signature_org"].match(text):
            nxt = self.lines[i + 1].text if i + 1 < len(self.lines) else ""
            return self.rules["signature_date"].match(nxt) is not None
        m = self.rules["signature_date"].match(text)
        # A date line with the signing body before it on the same line.
        return bool(m) and not text[:1].isdigit() and " " in text

    # --- placing items ---

    def place(self, label: Label, i: int) -> bool:
        outline = self.outline
        if label.style == "column":
            return self.open_column(label, i)
        if outline.column_at is not None:
            if outline.column_keeps(label):
                depth = fit(outline, label, outline.column_at + 1, outline.column_last)
                if depth is not None:
                    self.add(label, i, depth, outline.column_last)
                    return True
            outline.close_column()  # a label that is not the box's ends it
        if not outline.has_items and label.ordinal > 1 and self.continues_inline_enumeration(label, i):
            return False
        if label.within and not within_its_parent(outline, label):
            return False
        depth = fit(outline, label, 0, outline.last)
        if depth is None and self.under_lost_chapter(label):
            depth = fit(outline, label, 0, outline.last)
        if depth is None:
            if not self.starts_new_document(label):
                return False
            outline = self.outline
            depth = fit(outline, label, 0, outline.last)
        self.add(label, i, depth, outline.last)
        return True

    def continues_inline_enumeration(self, label: Label, i: int) -> bool:
        """Whether the line before enumerates the ordinal before this label's in its text."""
        if i == 0:
            return False
        ordinals = {ordinal_value(m.group("n")) for m in self.rules["inline_enumerator"].finditer(self.lines[i - 1].text)}
        return label.ordinal - 1 in ordinals

    def open_column(self, label: Label, i: int) -> bool:
        depth = self.outline.open_column()
        self.add(label, i, depth, {}, component=f"专栏{label.ordinal}")
        return True

    def under_lost_chapter(self, label: Label) -> bool:
        """`第二章` after articles that no chapter heading opened (the text lost `第一章 总则`):
        those articles were the chapter before it, so they move under it (`第三条` -> `1.3`)
        and the chapter opens the outline's top level. The lost heading has no task of its
        own: the moved articles have no parent."""
        outline = self.outline
        if (label.style != "chapter" or label.ordinal < 2 or not outline.has_items
                or "chapter" in outline.last or outline.level_styles.get(0) != "article"
                or outline.column_at is not None):
            return False
        lost = str(label.ordinal - 1)
        prefix = f"{outline.prefix}." if outline.prefix else ""
        for task in self.doc.tasks:
            if not task.path.startswith(prefix) or (prefix == "" and regex.match(r"^(附件|文件)", task.path)):
                continue
            moved = prefix + lost + "." + task.path[len(prefix):]
            self.paths.discard(task.path)
            self.paths.add(moved)
            task.path, task.level = moved, task.level + 1
            if task.parent_path is not None:
                task.parent_path = prefix + lost + "." + task.parent_path[len(prefix):]
        del outline.stack[:]
        outline.level_styles = {}
        outline.last["chapter"] = label.ordinal - 1
        self.doc.warnings.append(f"outline: {label.text} follows articles under no chapter heading; "
                                 f"they are placed under chapter {lost}, whose heading is not in the text")
        return True

    def starts_new_document(self, label: Label) -> bool:
        """A list restarting at 一、 (or 第一章) after its own title line: a second document (文件N)."""
        outline = self.outline
        if outline.prefix and not outline.prefix.startswith("文件"):
            return False
        if (label.ordinal != 1 or not outline.has_items or outline.level_styles.get(0) != label.style
                or label.style not in self.rules["new_document_styles"]):
            return False
        title = next((j for j in self.text_since_item if self.is_title_line(j)), None)
        if title is None:
            return False
        self.documents += 1
        self.boundaries.append(self.lines[title].start)
        self.outline = Outline(prefix=f"文件{self.documents}")
        return True

    def is_title_line(self, i: int) -> bool:
        text = self.lines[i].text
        if self.rules["part_heading"].match(text):
            return True
        return (len(text) <= self.rules["title_max"] and not regex.search(r"[。;,:]", text)
                and not self.is_terminator(i) and not self.rules["signature_date"].match(text))

    def add(self, label: Label, i: int, depth: int, last: dict[str, int], component: str | None = None) -> None:
        outline = self.outline
        path = outline.path(depth, component or str(label.ordinal))
        if path in self.paths:
            self.doc.warnings.append(f"outline: duplicate item {path} ignored")
            return
        parent = outline.stack[depth - 1].path if depth > 0 else None
        line = self.lines[i]
        heading = label.heading or self.heading_on_next_line(i)
        self.doc.tasks.append(Task(path=path, parent_path=parent, level=depth + 1, label=label.text,
                                   heading=heading, char_start=line.start + label.offset, char_end=line.end))
        self.paths.add(path)
        outline.stack.append(Level(label.style, label.ordinal, path))
        last[label.style] = label.ordinal
        if outline.column_at is None:
            outline.level_styles.setdefault(depth, label.style)
        outline.has_items = True
        self.boundaries.append(line.start)
        self.text_since_item = []

    def heading_on_next_line(self, i: int) -> str:
        """`专栏1` / `第一章` alone on its line: the short line below is its heading."""
        if i + 1 >= len(self.lines):
            return ""
        text = self.lines[i + 1].text
        if len(text) > self.rules["heading_line_max"] or read_label(text) or regex.search(r"[。;]", text):
            return ""
        return heading_of(text)

    def finish(self) -> None:
        text = self.doc.text
        stop = self.doc.body_stop
        bounds = sorted(set(self.boundaries))
        parents = {t.parent_path for t in self.doc.tasks}
        for task in self.doc.tasks:
            k = bisect.bisect_right(bounds, task.char_start)
            end = bounds[k] if k < len(bounds) else stop
            while end > task.char_start and text[end - 1].isspace():
                end -= 1
            task.char_end = end
            task.is_leaf = task.path not in parents


def table_of_contents(lines: list[Line]) -> set[int]:
    """Indices of the lines of a table of contents: its 目录 head and its entries, up to the
    line that repeats the first entry (the body's first heading) or the first line of prose."""
    rules = _rules()
    contents: set[int] = set()
    for i, line in enumerate(lines):
        head = line.text.replace(" ", "")
        # 目 ⏎ 录: a page layout that set each character on its own line
        split = int(head == "目" and i + 1 < len(lines) and lines[i + 1].text.strip() == "录")
        if i in contents or not (split or rules["contents_head"].match(head)):
            continue
        entries = [i + 1] if split else []
        for j in range(i + 1 + split, len(lines)):
            text = lines[j].text
            if len(text) > rules["heading_line_max"] or regex.search(r"[。;]", text):
                break
            if entries[split:] and _squeeze(text) == _squeeze(lines[entries[split]].text):
                break  # the body's first heading, as the contents listed it
            entries.append(j)
        contents.update([i, *entries])
    return contents


def numbered_notes(lines: list[Line]) -> set[int]:
    """Indices of numbered notes under a `注:` line (a table's notes): `注:` over `1.…` `2.…`,
    or `注:1、…` over `2、…`; a note that is not numbered from 1 heads no list."""
    rules = _rules()
    notes: set[int] = set()
    for i, line in enumerate(lines):
        m = rules["note_head"].match(line.text)
        if not m:
            continue
        first = read_label(line.text[m.end():])
        expected = 2 if first is not None and first.ordinal == 1 else 1
        for j in range(i + 1, len(lines)):
            label = read_label(lines[j].text)
            if label is None or label.ordinal != expected:
                break
            notes.add(j)
            expected += 1
    return notes


def _squeeze(text: str) -> str:
    return regex.sub(r"\s+", "", text)


# --- attachments --------------------------------------------------------------------

_NUMBERED_LIST_START = compile_pattern(r"^(?:1[.、]|\(1\))(?!\d)")
_LIST_ITEM = compile_pattern(r"^(?:\d{1,2}[.、]|\(\d{1,2}\)|[一二三四五六七八九十]{1,3}、)")


def attachment_before(text: str, body_start: int) -> str | None:
    """`附件N` when the body is an attachment: the plan issued by the notice stands under an
    `附件N` line after the signature (附件1 ⏎ 某某方案 ⏎ 一、…), so its paths take that prefix."""
    before = [line.strip() for line in text[max(0, body_start - 200):body_start].split("\n") if line.strip()]
    for line in reversed(before[-5:]):  # 附件N, then the plan title over up to 3 lines
        m = _rules()["attachment"].match(line)
        if m and not (m.group("rest") or "").strip():
            return f"附件{ordinal_value(m.group('n')) if m.group('n') else 1}"
    return None


def classify_attachment_lines(lines: list[Line]) -> dict[int, tuple[str, int | None]]:
    """Role of each 附件 line: `header` (an attached document follows, with its number),
    `list` (attachment list, not items) or `continuation` (a later line of such a list)."""
    rules = _rules()
    roles: dict[int, tuple[str, int | None]] = {}
    headers = 0
    for i, line in enumerate(lines):
        if not line.text.startswith("附件") or i in roles:
            continue
        m = rules["attachment"].match(line.text)
        if rules["attachment_list_head"].match(line.text) or (m and _LIST_ITEM.match(m.group("rest") or "")):
            roles[i] = ("list", None)
            _mark_list_continuation(lines, i + 1, roles)
        elif m and m.group("n") is None and i + 1 < len(lines) and _NUMBERED_LIST_START.match(lines[i + 1].text):
            roles[i] = ("list", None)  # `附件:` over `1.名单` `2.清单`
            _mark_list_continuation(lines, i + 1, roles)
        elif m:
            if has_body(lines, i + 1):
                headers += 1
                number = ordinal_value(m.group("n")) if m.group("n") else headers
                headers = max(headers, number or headers)
                roles[i] = ("header", number)
            else:
                roles[i] = ("list", None)
                _mark_list_continuation(lines, i + 1, roles)
    return roles


def _mark_list_continuation(lines: list[Line], j: int, roles: dict) -> None:
    while j < len(lines) and _LIST_ITEM.match(lines[j].text) and "。" not in lines[j].text \
            and len(lines[j].text) <= 80:
        roles[j] = ("continuation", None)
        j += 1


def has_body(lines: list[Line], j: int) -> bool:
    """Whether an attached document follows: numbered items or enough text before the next 附件."""
    rules = _rules()
    chars = 0
    for k in range(j, len(lines)):  # not lines[j:]: a copy per 附件 line made many such lines quadratic
        line = lines[k]
        if line.text.startswith("附件") and rules["attachment"].match(line.text):
            break
        if read_label(line.text) is not None:
            return True
        chars += len(line.text)
        if chars >= rules["attachment_min_body"]:
            return True
    return False
