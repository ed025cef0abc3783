"""A notice stored in an escaped form, read as its reader reads it (docs/CONVENTIONS.md, "Markdown pages").

Two ways a store writes a text that a reader undoes on sight:
- line breaks and tabs as the two characters `\\r\\n`, `\\n`, `\\r`, `\\t` (an SQL dump's or a JSON string's field
  printed raw, a CMS's seed data): breaks and tabs, where a text holds many of them and (almost) no real breaks;
- a page's HTML with its markup written as entities, its blocks among it (`&lt;p&gt;…&lt;/p&gt;`: an article table's body column HTML-encoded
  before it was stored): that HTML, its entities decoded once, then read as a page is (tags as blocks, its own
  entities such as `&amp;nbsp;` decoded as the page shows them).
The thresholds: rules/normalise.yaml (breaks), rules/ingest.yaml (escaped markup). Both are read in ingest, once
in a document (pipeline/ingest.py read_document): no later stage reads them again.
"""
from __future__ import annotations

import functools
import html
import re

from .rules import load

_ESCAPED_BREAK = re.compile(r"\\r\\n|\\[nr]")
# one pass, so a doubled backslash before an `n` (`\\n`, a path's) stays a backslash and an `n` (a second pass only
# for a string escaped twice: breaks_read)
_ESCAPE = re.compile(r"\\\\|\\r\\n|\\[nrt]")
_DECODED = {"\\\\": "\\", "\\r\\n": "\n", "\\n": "\n", "\\r": "\n", "\\t": "\t"}


def breaks_read(text: str) -> str:
    """`text` with line breaks stored as `\\n` (`\\r\\n`, `\\r`) read as breaks and `\\t` as tabs, when it holds at
    least `escaped_breaks_min` of them and at most one real line break per `escaped_breaks_per_real` of them; else
    `text`. A path or a regex quoted among real lines stays as written."""
    if "\\" not in text:
        return text
    rules = load("normalise")
    escapes = len(_ESCAPED_BREAK.findall(text))
    if escapes < rules["escaped_breaks_min"] or text.count("\n") * rules["escaped_breaks_per_real"] > escapes:
        return text
    text = _ESCAPE.sub(lambda m: _DECODED[m.group()], text)
    # a string escaped twice: its breaks still written `\n` open the outline's labels (rules/normalise.yaml)
    if len(re.findall(rules["escaped_twice_label"], text)) >= rules["escaped_breaks_min"]:
        text = _ESCAPE.sub(lambda m: _DECODED[m.group()], text)
    return text


@functools.cache
def _escaped_tag() -> re.Pattern:
    """A block element's tag written with entities (`&lt;p&gt;`, `&lt;/p&gt;`, `&lt;p class=&quot;…&quot;&gt;`): a page's
    layout, which a text quoting a tag (`&lt;script&gt;`, `&lt;img …&gt;`) has not."""
    names = load("ingest")["html_block_tags"]
    plain = "|".join(sorted(names, key=lambda n: (-len(n), n)))
    return re.compile(rf"&lt;/?(?:{plain})(?:\s[^<>&]{{0,500}}(?:&(?!lt;|gt;)[^<>&]{{0,500}})*)?/?&gt;", re.I)


_REAL_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?=[\s/>])[^<>]*>")


def markup_unescaped(text: str) -> str:
    """`text` with its entities decoded once when it is HTML stored escaped: at least `escaped_markup_min_tags` block
    tags written as entities and more of them than real tags (a page that shows a tag's name, `&lt;br&gt;` in a help text,
    is a page, read as it is); else `text`."""
    if "&lt;" not in text:
        return text
    escaped = len(_escaped_tag().findall(text))
    if escaped < load("ingest")["escaped_markup_min_tags"] or len(_REAL_TAG.findall(text)) >= escaped:
        return text
    return html.unescape(text)
