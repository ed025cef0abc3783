"""Normalise: the text every offset points into (ANNOTATION.md, "Normalisation").

NFKC (full-width forms become ASCII), one line per block, lines stripped, runs of empty
lines collapsed, markdown emphasis markers and backslash escapes dropped (pipeline/markdown.py),
a traditional-character text converted to simplified (same length) with a warning; then what
the page did to the notice undone (pipeline/page_layout.py): a page flattened onto one line gets
its blocks back as lines, headings a page join ran on get their own lines, and a second copy of
the notice is removed with a warning. (Breaks stored escaped, `\\n`, are read once, in ingest:
pipeline/stored_escapes.py; a tab they give is whitespace here as any tab.)
"""
from __future__ import annotations

import functools
import hashlib
import re
import unicodedata

import regex

from .document import Document
from .markdown import visible_text
from .page_layout import (cut_flat_page, cut_run_on_headings, drop_page_furniture, indent_runs_as_breaks,
                          remove_repeated_block, remove_second_copy)
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
# (under `regex`, which tries `^` only at line starts: 4 times faster than `re`)
_LOST_CHARACTERS = regex.compile(r"^[ \t]*\?+(?=.)|(?<=[ ,;:、。])\?+(?=[^\s?])", regex.M)
# (written with a literal opening, `  +` not ` {2,}`: re then finds the places by a fast string search
# instead of trying the pattern at every character)
_SPACES = re.compile("  +")
_LINE_EDGES = re.compile(r" \n ?|\n ")
_BLANK_RUNS = re.compile(r"\n\n\n+")


def normalise(doc: Document) -> None:
    text = drop_page_furniture(visible_text(normalise_text(indent_runs_as_breaks(doc.raw))))
    blocks = cut_flat_page(text)
    doc.one_line_page = blocks != text
    text = cut_run_on_headings(blocks)
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
