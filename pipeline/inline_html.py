"""Text files whose lines carry HTML (a markdown page's `<p id="t5">&emsp;&emsp;<b>第五条</b>…<br>`,
a Word export pasted into a program's string): read as their visible text, as an HTML page's is.

Only tags of HTML elements (rules/ingest.yaml: the block, inline and hidden tags) and namespaced
tags (Word's `<o:p>`, a server page's `<c:if …>`) are markup: `<http://…>` (a markdown autolink) or `<280160522@qq.com>`
name no element and stay. Hidden elements and comments go with their content; entities
(`&emsp;`, `&ldquo;`, `&#8220;`) become their characters; declarations (`<!DOCTYPE html>`) go;
other tags go, leaving their text.

Lines are kept as the file writes them (a markdown page's lines are its blocks): a block tag or
`<br>` breaks the line only where it stands inside one (`</p><p>` on one line, a paragraph
set on a single line), not where the file's own line break already stands beside it, and
never inside a markdown table row or link (the pieces join).
"""
from __future__ import annotations

import bisect
import functools
import html
import re

from .rules import load

_SOFT_BREAK = "\x1e"  # where a block tag stood; resolved against the file's own line breaks
_SOFT_RUN = re.compile(f"{_SOFT_BREAK}[{_SOFT_BREAK} \t]*")  # blanks before it are taken by hand
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_DECLARATION = re.compile(r"<![A-Za-z][^<>]*>|<\?[A-Za-z][^<>]*\?>")  # <!DOCTYPE html>, <?xml …?>


@functools.cache
def _vocabulary() -> tuple[re.Pattern, frozenset[str], frozenset[str]]:
    """A pattern for tags of HTML elements; the hidden and the block element names."""
    rules = load("ingest")
    hidden = frozenset(rules["html_hidden_tags"])
    blocks = frozenset(rules["html_block_tags"])
    names = hidden | blocks | frozenset(rules["html_inline_tags"])
    plain = "|".join(sorted(names, key=lambda n: (-len(n), n)))
    # `<name`, then attributes (quoted values may hold `>`), then `>` or `/>`; the name must
    # end there (`<br>`, `<br/>`, `<p id="t1">`), so `<pre-release>` or `<b2b>` is no tag.
    attributes = r"""(?:\s(?:[^<>"']|"[^"]*"|'[^']*')*)?"""
    tag = re.compile(rf"<(/?)((?:{plain})|[A-Za-z][\w-]*:[A-Za-z][\w-]*)(?=[\s/>]){attributes}/?>",
                     re.I)
    return tag, hidden, blocks


def has_markup(text: str) -> bool:
    """Whether `text` holds a tag of an HTML element or an entity."""
    return bool(_vocabulary()[0].search(text) or _ENTITY.search(text))


def without_comments(markup: str) -> str:
    """`markup` without its comments (`<!-- … -->`; an unclosed one runs to the end). Linear:
    every search moves forward. The one cut of comments for both readers of HTML, this
    module's and pipeline/ingest.py's tag stripping."""
    if "<!--" not in markup:
        return markup
    kept, at = [], 0
    while (start := markup.find("<!--", at)) >= 0:
        kept.append(markup[at:start])
        end = markup.find("-->", start + 4)
        at = len(markup) if end < 0 else end + 3
    kept.append(markup[at:])
    return "".join(kept)


def hidden_end(lower: str, name: str, at: int) -> int | None:
    """Where the hidden element `name` whose opening tag ends at `at` ends in the lowered
    markup `lower`: after its closing tag (at the end when that tag's `>` is missing); None
    when nothing closes it (each reader decides what that means)."""
    close = lower.find(f"</{name}", at)
    if close < 0:
        return None
    return lower.find(">", close) + 1 or len(lower)


def visible_text(text: str) -> str:
    """`text` as a browser shows it: tags of HTML elements and comments out, hidden elements'
    content out, entities decoded, a block tag inside a line a line break."""
    if "<" not in text and "&" not in text:
        return text
    tag, hidden, blocks = _vocabulary()
    text = without_comments(text)
    if "<!" in text or "<?" in text:
        text = _DECLARATION.sub("", text)
    out: list[str] = []
    at = 0
    lower = None
    for m in tag.finditer(text):
        if m.start() < at:  # inside a hidden element already cut
            continue
        out.append(text[at:m.start()])
        at = m.end()
        closing, name = m.group(1), m.group(2).lower()
        if name in hidden and not closing:
            lower = lower if lower is not None else text.lower()
            end = hidden_end(lower, name, at)
            at = len(text) if end is None else end
        if name in blocks:
            out.append(_SOFT_BREAK)
    out.append(text[at:])
    text = "".join(out)
    if "&" in text:
        text = _ENTITY.sub(lambda m: html.unescape(m.group()), text)
    if _SOFT_BREAK not in text:
        return text
    return "\n".join(_resolve_breaks(line) if _SOFT_BREAK in line else line for line in text.split("\n"))


_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
# `](url "title")` of a markdown link (a title is short: the bound keeps the search linear)
_LINK_TARGET = re.compile(r"\]\([^()\s]*(?:[ \t]+\"[^\"\n]{0,500}\")?\)")
_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")


def _resolve_breaks(line: str) -> str:
    """The block boundaries of one line of the file: nothing at its start or end (the file's
    own line break stands there), a line break inside it; but markdown that a line break
    would end, a table row (`| 能源与<br>环境 |`) or a link's target and title
    (`](… "…推动<br/>大规模…")`), keeps its line: the pieces join as they read, directly
    between Chinese characters, with a space between others."""
    joined = [(0, len(line))] if _TABLE_ROW.match(line.replace(_SOFT_BREAK, "")) else \
        [m.span() for m in _LINK_TARGET.finditer(line)]

    pieces: list[str] = []
    at = 0
    for m in _SOFT_RUN.finditer(line):
        before = line[at:m.start()].rstrip(" \t")
        pieces.append(before)
        start, at = at + len(before), m.end()  # the run with the blanks before it
        if start == 0 or at == len(line):
            continue
        i = bisect.bisect_right(joined, (start, len(line) + 1)) - 1
        if i < 0 or joined[i][1] < at:
            pieces.append("\n")
        elif _CJK.match(line[start - 1]) and _CJK.match(line[at]):
            continue
        else:
            pieces.append(" ")
    pieces.append(line[at:])
    return "".join(pieces)
