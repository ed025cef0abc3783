"""A notice stored inside program code: a mini-program's page (`Page({ data: { text1: \\`<p …>一、…\\` } })`),
a JSON record (`{"content": "<p>…<\\/p>"}`), a bean's field. The notice is in the code's string
literals; the code around them (names, braces, comments) is no text of it.

A text is code when nothing outside its string literals and comments is Chinese; its document
is then the literals that hold page markup or a sentence's worth of Chinese (rules/ingest.yaml
code_literal_min_han), in the order the code writes them, their escapes decoded. Short literals
(a key `"标题"`, a page name `'政策详情'`) are the program's own words.

A page a server fills in (a JSP, ASP or PHP template saved as it is stored) carries the
server's code between its markup: directives and scriptlets (`<%@ page … %>`, `<% … %>`,
`<%= basePath %>`, `<%-- … --%>`) and placeholders for the data it fetches (`${news.title}`).
None of it is shown to a reader (`without_server_code`).
"""
from __future__ import annotations

import re

from . import inline_html
from .rules import han_written_out, load

# Where a comment or a string literal of JavaScript opens (JSON's strings are JavaScript's "…",
# an SQL dump's values SQL's '…'), and the rest of each literal after its opening quote. A literal
# may run over lines: JavaScript's may not, but a MySQL dump writes a body's breaks as they are
# (`INSERT … VALUES ('1', '<title>', '第一条…⏎第二条…')`), and so does a crawler's JSON now and then;
# code whose quote closes nowhere is still no program. In a '…' literal a doubled quote is one quote
# (SQL's escape, besides MySQL's \'); JavaScript never writes two literals side by side.
_OPENING = re.compile(r"//|/\*|[\"'`]")
_REST = {'"': re.compile(r'(?:[^"\\]|\\[\s\S])*"'),
         "'": re.compile(r"(?:[^'\\]|\\[\s\S]|'')*'"),
         "`": re.compile(r"(?:[^`\\]|\\[\s\S])*`")}
# a Han character, as regex reads \p{Han} (rules.HAN_RANGES); dump_rows reads its fields by it too
HAN = re.compile(han_written_out(r"\p{Han}"))
_ESCAPE = re.compile(r"\\(u\{[0-9a-fA-F]{1,6}\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r\n|[\s\S])")
_SIMPLE = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0",
           "\n": "", "\r": "", "\r\n": "", "\u2028": "", "\u2029": ""}


def document_in_code(text: str) -> tuple[str, int] | None:
    """The notice held in the string literals of `text` and how many literals it took; None
    when `text` is not code (Chinese outside its literals) or no literal holds a notice."""
    if not ("`" in text or '"' in text or "'" in text):
        return None
    minimum = load("ingest")["code_literal_min_han"]
    kept: list[str] = []
    at = 0
    while (m := _OPENING.search(text, at)) is not None:
        if HAN.search(text, at, m.start()):
            return None  # Chinese in the code itself: a text, not a program
        opening = m.group()
        if opening == "//":
            end = text.find("\n", m.end())
            at = len(text) if end < 0 else end
            continue
        if opening == "/*":
            end = text.find("*/", m.end())
            if end < 0:
                return None
            at = end + 2
            continue
        rest = _REST[opening].match(text, m.end())
        if rest is None:
            return None  # a quote that closes nowhere: no program's literal
        at = rest.end()
        body = text[m.end():at - 1]
        value = literal_value(body.replace("''", "'") if opening == "'" else body)
        if inline_html.has_markup(value) or len(HAN.findall(value)) >= minimum:
            kept.append(value)
    if HAN.search(text, at) or not kept:
        return None
    return "\n".join(kept), len(kept)


def literal_value(body: str) -> str:
    """A literal's value: JavaScript/JSON escapes decoded (`\\n`, `\\u201c`, `\\/`, a surrogate
    pair as one character; a lone surrogate, which no text may hold, as U+FFFD)."""
    if "\\" not in body:
        return body
    value = _ESCAPE.sub(_escaped, body)
    return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _escaped(m: re.Match) -> str:
    code = m.group(1)
    if code in _SIMPLE:
        return _SIMPLE[code]
    if code.startswith("u{"):
        return chr(min(int(code[2:-1], 16), 0x10FFFF))
    if code[0] in "ux" and len(code) > 1:
        return chr(int(code[1:], 16))
    return code


# `${news.title }`, `${p['pageContent']}`: an expression the server replaces (bounded: linear)
_PLACEHOLDER = re.compile(r"\$\{[^{}\n]{1,200}\}")
_SCRIPTLET_OPENINGS = "@=!-\t\n\r "


def without_server_code(markup: str) -> str:
    """`markup` without a server template's code: `<%…%>` blocks (directives, scriptlets,
    expressions, comments) and `${…}` placeholders. Linear: each block is closed by the first
    `%>` after it, and an unclosed one ends the search."""
    if "<%" in markup:
        kept, at = [], 0
        while (start := markup.find("<%", at)) >= 0:
            if markup[start + 2:start + 3] not in _SCRIPTLET_OPENINGS or start + 2 == len(markup):
                kept.append(markup[at:start + 2])  # `<%` in text (增长率<%…) opens no block
                at = start + 2
                continue
            closer = "--%>" if markup.startswith("<%--", start) else "%>"
            end = markup.find(closer, start + 2)
            if end < 0:
                break
            kept.append(markup[at:start])
            at = end + len(closer)
        kept.append(markup[at:])
        markup = "".join(kept)
    if "${" in markup:
        markup = _PLACEHOLDER.sub("", markup)
    return markup
