"""Normalise: the text every offset points into (ANNOTATION.md, "Normalisation").

NFKC (full-width forms become ASCII), one line per block, lines stripped, runs of empty
lines collapsed, markdown emphasis markers and backslash escapes dropped (pipeline/markdown.py), a traditional-character text converted to simplified (same length) with a
warning, and a second complete copy of the notice removed with a warning.
"""
from __future__ import annotations

import bisect
import functools
import hashlib
import re
import unicodedata


from .document import Document
from .markdown import visible_text
from .rules import load
from .traditional import to_simplified

# Circled numbers are outline labels (①); NFKC would turn them into bare digits.
_KEEP = re.compile(r"[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]")
# Characters folded with NFKC in the same pass: invisible ones dropped, whitespace other
# than line breaks made a plain space (NFKC already does so for no-break and ideographic
# spaces). Literal patterns below then run fast.
# Control characters (NUL, the C0 set but tab and line breaks, DEL, the C1 set but NEL) are
# dropped: they are never text, and a NUL in `documents.text` breaks readers that stop at it.
_CONTROLS = [*range(0x00, 0x09), *range(0x0E, 0x1C), 0x7F, *range(0x80, 0x85), *range(0x86, 0xA0)]
_FOLD_EXTRA = {**{cp: "" for cp in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, *_CONTROLS)},
               **{cp: " " for cp in (0x09, 0x0B, 0x0C, 0x1C, 0x1D, 0x1E, 0x1F, 0x85, 0x1680, 0x2028, 0x2029)}}
# Full-width punctuation most notices use throughout (，（）：； and the ideographic space):
# nineteen in twenty of the characters NFKC changes in the real collections.
_COMMON_FOLDED = "\uff0c\uff08\uff09\u3000\uff1a\uff1b"
# A character the scraper's encoding lacked, written `?` (`？`): one that follows no word of
# a sentence (at a line's start, after a space or a punctuation mark) asks nothing
# (`湖南省工业和信息化厅 ？湖南省发展和改革委员会`, `？ **二、重点任务**`, `设计,??落实`).
_LOST_CHARACTERS = re.compile(r"^[ \t]*\?+(?=.)|(?<=[ ,;:、。])\?+(?=[^\s?])", re.M)
_SPACES = re.compile(" {2,}")
_LINE_EDGES = re.compile(r" \n ?|\n ")
_BLANK_RUNS = re.compile(r"\n{3,}")


def normalise(doc: Document) -> None:
    text = cut_run_on_headings(cut_flat_page(visible_text(normalise_text(doc.raw))))
    simplified = to_simplified(text)
    if simplified is not None:
        text = simplified
        doc.warnings.append("traditional characters converted to simplified (OpenCC hk2s, offsets kept)")
    text, note = remove_second_copy(text)
    if note is None:
        text, note = remove_repeated_block(text)
    if note:
        doc.warnings.append(note)
    doc.text = text
    doc.doc_id = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    doc.body_start, doc.body_end = 0, len(text)


def normalise_text(raw: str) -> str:
    table, changed = _nfkc_folding()
    # The commonest first, each with one fast replace: the substitution then has 2,172 runs to
    # fold in the real collections instead of 50,093 (the folding is per character: any order).
    for char in _COMMON_FOLDED:
        if char in raw:
            raw = raw.replace(char, table[ord(char)])
    text = changed.sub(lambda m: m.group().translate(table), raw)
    if not unicodedata.is_normalized("NFKC", text):  # rare: combining sequences
        text = _nfkc_keeping_circled(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # each substitution only where its text occurs (a scan for it is ten times faster)
    if "?" in text:
        text = _LOST_CHARACTERS.sub("", text)
    if "  " in text:
        text = _SPACES.sub(" ", text)
    if " \n" in text or "\n " in text:
        text = _LINE_EDGES.sub("\n", text)
    if "\n\n\n" in text:
        text = _BLANK_RUNS.sub("\n\n", text)
    return text.strip()


@functools.cache
def _nfkc_folding() -> tuple[dict[int, str], re.Pattern]:
    """NFKC (with _FOLD_EXTRA) as a per-character table, and a pattern for runs of
    characters it changes.

    Substituting only those runs is several times faster than NFKC or str.translate over
    the whole text, since most characters of a notice are unchanged. Circled numbers are
    left out: they are outline labels (①).
    """
    # Radical forms PDF text layers give for ordinary characters (⻄ for 西), which NFKC
    # leaves alone: rules/normalise.yaml.
    extra = {**_FOLD_EXTRA, **{ord(k): v for k, v in load("normalise")["radical_forms"].items()}}
    table = {}
    for cp in range(0x10000):
        if 0xD800 <= cp < 0xE000 or _KEEP.match(chr(cp)):
            continue
        folded = extra.get(cp, unicodedata.normalize("NFKC", chr(cp)))
        if folded != chr(cp):
            table[cp] = folded
    ranges: list[list[int]] = []
    for cp in sorted(table):
        if ranges and cp == ranges[-1][1] + 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    members = "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in ranges)
    return table, re.compile(f"[{members}]+")


def _nfkc_keeping_circled(text: str) -> str:
    parts = _KEEP.split(text)
    marks = _KEEP.findall(text) + [""]
    return "".join(unicodedata.normalize("NFKC", p) + m for p, m in zip(parts, marks))


_MAX_COMPARED = 4  # candidate copies compared per anchor line


def remove_second_copy(text: str) -> tuple[str, str | None]:
    """Cut a second complete copy of the notice, as scraped pages often hold.

    Copies are compared without whitespace, since the two often break lines
    differently (a title over two lines in one copy, on one line in the other).
    """
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    compact_lines = ["".join(line.split()) for line in lines]
    # Lines that may open a copy, by their first characters (both copies share them).
    by_opening: dict[str, list[int]] = {}
    for i, c in enumerate(compact_lines):
        if len(c) >= 6:
            by_opening.setdefault(c[:6], []).append(i)
    # Anchor on the first substantial lines; page chrome may precede only the first copy.
    anchors = [i for i, c in enumerate(compact_lines) if len(c) >= 6][:8]
    # Compact length before each line: a candidate's lengths are checked before any text
    # is joined, and at most a few candidates are compared per anchor, so a text of many
    # identical lines costs linear time, not a join per line.
    before = [0]
    for c in compact_lines:
        before.append(before[-1] + len(c))
    for a in anchors:
        compared = 0
        for b in reversed(by_opening[compact_lines[a][:6]]):
            if b <= a or not _same_opening(compact_lines[a], compact_lines[b]):
                continue
            # A complete copy: nearly as long as the first and opening with all of it.
            # (A repeated header block followed by the body is not one.)
            first_length, second_length = before[b] - before[a], before[-1] - before[b]
            shorter_length, longer_length = sorted((first_length, second_length))
            if shorter_length < 200 or shorter_length < 0.8 * longer_length:
                continue
            compared += 1
            if compared > _MAX_COMPARED:
                break
            first = "".join(compact_lines[a:b])
            second = "".join(compact_lines[b:])
            shorter, longer = sorted((first, second), key=len)
            if longer.startswith(shorter):
                cut = starts[b]
                note = (f"duplicate copy of the notice removed (text from line {b + 1} repeated "
                        f"lines {a + 1}-{b})")
                return text[:cut].rstrip("\n"), note
    return text, None


def _same_opening(line: str, other: str) -> bool:
    """Two lines that may open the same text: equal, or one a prefix of the other (a title
    broken over lines in one copy and joined in the other)."""
    if len(other) < 6:
        return False
    return line.startswith(other) or other.startswith(line)


def remove_repeated_block(text: str) -> tuple[str, str | None]:
    """Cut the later copy of a block of the page printed twice, with page chrome around and
    between the copies (a gov.cn page's desktop copy of the body and its mobile copy, the site's
    footer after them), which `remove_second_copy` cannot see since the second copy does not
    run to the end.

    A block is a run of whole lines whose text (without whitespace, so the copies may break
    lines differently) occurs again later, at least `repeated_block_min_chars` long and
    `repeated_block_min_share` of the page: a notice quotes no such stretch of itself. The first
    copy is kept: it is where the page puts the body under its title and metadata, and the
    copies are the same text, so nothing is lost. Lines of the second copy that only part of the
    block covers (a title the mobile copy writes on one line) stay.

    Once one block is cut, the page is known to print its body twice, and what the copies still
    share after a place where they differ (a table the mobile copy leaves out) is cut too, at
    `repeated_block_min_chars` whatever its share.
    """
    rules = load("normalise")
    text, note = _cut_repeated_block(text, rules["repeated_block_min_share"])
    notes = [note] if note else []
    while note and len(notes) < rules["repeated_block_max_cuts"]:
        text, note = _cut_repeated_block(text, 0)
        notes += [note] if note else []
    return text, "; ".join(notes) if notes else None


def _cut_repeated_block(text: str, min_share: float) -> tuple[str, str | None]:
    rules = load("normalise")
    lines = text.split("\n")
    compact_lines = ["".join(line.split()) for line in lines]
    compact = "".join(compact_lines)
    before = [0]
    for c in compact_lines:
        before.append(before[-1] + len(c))
    least = max(rules["repeated_block_min_chars"], int(min_share * len(compact)))
    if len(compact) < 2 * least:
        return text, None
    by_line: dict[str, list[int]] = {}
    for i, c in enumerate(compact_lines):
        if len(c) >= 6:
            by_line.setdefault(c, []).append(i)
    probe = rules["repeated_block_min_chars"]
    for a, c in enumerate(compact_lines):
        same = by_line.get(c, []) if len(c) >= 6 else []
        first_later = bisect.bisect_right(same, a)  # lines in order: no scan of every repeat
        for b in same[first_later:first_later + _MAX_COMPARED]:
            room = before[b] - before[a]  # the copies do not overlap
            if room < least or compact[before[a]:before[a] + probe] != compact[before[b]:before[b] + probe]:
                continue
            # the block runs on from the anchor line, and back from it (a title line the
            # copies break differently)
            back = _common_suffix(compact, before[a], before[b], min(before[a], room - probe))
            length = _common_prefix(compact, before[a], before[b], min(room - back, len(compact) - before[b]))
            if back + length < least:
                continue
            # the second copy's lines wholly inside the block
            start = b
            while start > 0 and before[start - 1] >= before[b] - back:
                start -= 1
            end = b
            while end < len(lines) and before[end + 1] <= before[b] + length:
                end += 1
            starts = [0]
            for line in lines:
                starts.append(starts[-1] + len(line) + 1)
            kept = text[:starts[start]] + text[starts[end]:] if end < len(lines) else text[:starts[start]]
            kept = _BLANK_RUNS.sub("\n\n", kept).strip("\n")
            return kept, (f"duplicate copy of the notice removed (lines {start + 1}-{end} repeated "
                          f"earlier lines)")
    return text, None


def _common_suffix(text: str, i: int, j: int, limit: int) -> int:
    """Length of the common suffix of text[:i] and text[:j], at most `limit`."""
    low, high = 0, max(limit, 0)
    while low < high:
        mid = (low + high + 1) // 2
        if text[i - mid:i] == text[j - mid:j]:
            low = mid
        else:
            high = mid - 1
    return low


def _common_prefix(text: str, i: int, j: int, limit: int) -> int:
    """Length of the common prefix of text[i:] and text[j:], at most `limit` (binary search
    over slice comparisons, which run in C)."""
    low, high = 0, limit
    while low < high:
        mid = (low + high + 1) // 2
        if text[i:i + mid] == text[j:j + mid]:
            low = mid
        else:
            high = mid - 1
    return low


def cut_flat_page(text: str) -> str:
    """A page a crawler stored on one line, its paragraphs joined by single spaces (the
    pingtan.gov.cn crawl's page.txt: breadcrumb, 文号, title, signature, body, attachments, one
    line): each space that stood between two blocks of the page becomes the line break it was,
    so the title, 文号, signature, date and each item start lines of their own, as the guide's
    "one block per line" reads a page. Only a long line with several sentence ends followed by a
    space is such a page (a notice's own paragraph has none: Chinese puts no space after 。);
    spaces inside a block (a flattened table's cells, `08:53 微信`) stay. One character for one,
    so every offset holds."""
    rules = _flat_page_rules()
    if len(text) < rules["min_chars"] or " " not in text:
        return text
    chars = None
    at = 0
    for line in text.split("\n"):
        if len(line) >= rules["min_chars"] and len(rules["paragraph_end"].findall(line)) >= rules["min_paragraph_ends"]:
            for i in (m.start() for m in re.finditer(" ", line)):
                window = (" " if i <= 40 else "") + line[max(0, i - 40):i]  # a line's start is a block's start
                if any(before.search(window) and after.match(line, i + 1) for before, after in rules["breaks"]):
                    chars = chars or list(text)
                    chars[at + i] = "\n"
        at += len(line) + 1
    return "".join(chars) if chars else text


@functools.cache
def _flat_page_rules() -> dict:
    r = load("normalise")["flat_page"]
    return {"min_chars": r["min_chars"], "min_paragraph_ends": r["min_paragraph_ends"],
            "paragraph_end": re.compile(r["paragraph_end"]),
            "breaks": [(re.compile(f"(?:{b['before'] or ''})$"), re.compile(b["after"] or ""))
                       for b in r["breaks"]]}


def cut_run_on_headings(text: str) -> str:
    """A chapter heading or an article a PDF's page join ran on after the line before it gets
    its own line back: `…单建地下空间。 第四条 …` and `第七章 法律责任 第四十二条 …` (a regulation cut
    from a PDF text dump, seventh doc_0020), and a rules' title run into its first chapter
    (`…管理暂行办法第一章总则` as a gov.cn attachment writes it, seventh doc_0005). Only where the
    label is followed by its heading or text, never a cited `第十二条` inside a sentence."""
    if "第" not in text:
        return text
    for pattern in _run_on_rules():
        text = pattern.sub(lambda m: m.group("before") + "\n" + m.group("after"), text)
    return text


@functools.cache
def _run_on_rules() -> list[re.Pattern]:
    return [re.compile(p, re.M) for p in load("normalise")["run_on_headings"]]
