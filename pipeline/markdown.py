"""Pages saved as markdown (a scraper's or a note vault's copy of a web page): what of their
markup is no text of the notice, read with the rules of the markdown language, not of one site.

- Strong emphasis (`**一、重点领域绿色低碳转型**`) only styles the words it wraps: the markers
  are dropped in normalisation (`visible_text`), as an HTML page gives only its visible text,
  so a label, a title or a unit list reads the same bold or plain. Bold runs side by side
  (`**1** **.** **开展…**`, a page that set each piece in its own <strong>) join as the page
  showed them, without the space the scraper put between them.
- A backslash escape (`\\[`, `\\>`, `\\|`, `01\\.`) stands for the punctuation after it.
- An attribute block (`## 第一章 总则{align="center"}`, `{#t1}`, `{.lead}`, kramdown's `{: .note}`)
  sets how the page shows a heading or a paragraph (markdown-it-attrs, Pandoc, kramdown): no
  word of it is seen, so it is dropped with the blanks before it.
- A list item whose text is only links (`1. [首页](https://…)`, a breadcrumb or a footer's
  link list) is navigation, not an outline item (`link_only`).
- A line of a site's markdown extensions that builds the page's furniture (a container fence
  `::: tip 修订信息` … `:::`, a tab `@tab 条例`, a `[[toc]]` placeholder; rules/markdown.yaml) is no
  line of the notice (`furniture`): page chrome, kept in the text but never a title or a row.
- YAML front matter (`---` … `---` at the top) is read as data (`front_matter`): the fields
  the metadata stage knows by their labels.
"""
from __future__ import annotations

import datetime as dt
import functools

import regex
import yaml

from .rules import load, parse_yaml

# `**` closing one bold run, blanks, `**` opening the next: a closer follows a non-blank and
# an opener precedes one, so this can only be the seam between two runs.
_SEAM = regex.compile(r"(?<=\S)\*\*[ \t]+\*\*(?=\S)")
# A strong run: `**` not followed by a blank, its text, `**` not preceded by one (CommonMark's
# flanking rule), on one line.
_STRONG = regex.compile(r"\*\*(?=[^\s*])([^\n]*?[^\s*\\])\*\*|\*\*([^\s*\\])\*\*")
_ESCAPE = regex.compile(r"\\([!\"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~])")
_WORD = regex.compile(r"[A-Za-z0-9]")
# An inline formula (`$15\\%$`, `$\\leq 3$`): `$`, a digit or a command, at most 40 characters on one line, `$`; with
# the blanks around it. What it reads as must be a figure (digits, a point, %, ‰, a comparison, a range).
_MATH = regex.compile(r"(?P<pre>[ \t]*)\$(?P<tex>[\d\\][^$\n]{0,39}?)\$(?P<post>[ \t]*)")
_FIGURE = regex.compile(r"[≥≤<>×~+\-]?\s*\d[\d.,]*\s*(?:[~\-]\s*\d[\d.,]*\s*)?[%‰]?")
# `{`, maybe kramdown's `:`, then `#id`, `.class` or `key=value` items (values quoted or bare)
# separated by blanks, then `}`: nothing else is written so, and a brace of words (`{name}`,
# `{2020}`) is none.
_ATTRIBUTE = r"""(?:[#.][A-Za-z_][\w-]*|[A-Za-z_][\w-]*=(?:"[^"\n]*"|'[^'\n]*'|[^\s"'{}]+))"""
_ATTRIBUTES = regex.compile(rf"[ \t]*\{{:?[ \t]*{_ATTRIBUTE}(?:[ \t]+{_ATTRIBUTE})*[ \t]*\}}")


def visible_text(text: str) -> str:
    """`text` without strong-emphasis markers, attribute blocks and backslash escapes (their
    punctuation kept)."""
    if "{" in text:
        text = _ATTRIBUTES.sub("", text)
    if "**" in text:
        text = _SEAM.sub(_seam, text)
        text = _STRONG.sub(lambda m: m.group(1) or m.group(2), text)
    if "$" in text:
        text = _MATH.sub(_math, text)
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    return text


def _math(m: regex.Match) -> str:
    """An inline formula a PDF converter wrote for a figure (`的 $15\\%$ ,`, `$\\geqslant 90\\%$`): the figure as the
    page printed it, without the `$` and the spaces the converter set around it but beside a Latin word; a formula
    that is no figure stays as written."""
    tex = m.group("tex")
    for command, char in _math_commands().items():
        tex = tex.replace(command, char)
    tex = regex.sub(r"\s+", "", tex.replace("\\%", "%").replace("{", "").replace("}", ""))
    if not _FIGURE.fullmatch(tex):
        return m.group()
    s = m.string
    before = m.group("pre") if m.start() > 0 and _WORD.match(s[m.start() - 1]) else ""
    after = m.group("post") if m.end() < len(s) and _WORD.match(s[m.end()]) else ""
    return before + tex + after


@functools.cache
def _math_commands() -> dict[str, str]:
    # longest first: \geqslant before \geq
    commands = load("markdown")["math_commands"]
    return dict(sorted(commands.items(), key=lambda kv: -len(kv[0])))


def _seam(m: regex.Match) -> str:
    """Two bold runs side by side read as one, except that two Latin words keep their space."""
    s = m.string
    before, after = s[m.start() - 1], s[m.end()]
    return " " if _WORD.match(before) and _WORD.match(after) else ""


_LINK = r"!?\[[^\[\]\n]*\]\([^()\s]*(?:\s+\"[^\"\n]*\")?\)"
_LINK_ONLY = regex.compile(rf"^\s*(?:{_LINK}[\s>/|·-]*)+$")


def link_only(rest: str) -> bool:
    """Whether the text after a list label is only links (`[首页](https://… "首页")`,
    `[政务公开](…) > [通知公告](…)`): a breadcrumb or a link list, not an item."""
    return "](" in rest and bool(_LINK_ONLY.match(rest))


def furniture(line: str) -> bool:
    """Whether `line` only builds the page's boxes, tabs or generated contents."""
    return bool(_furniture().match(line))


@functools.cache
def _furniture() -> regex.Pattern:
    return regex.compile("|".join(f"(?:{p})" for p in load("markdown")["furniture_lines"]), regex.I)


def front_matter(lines: list[str]) -> tuple[dict[str, str], int] | None:
    """The fields of YAML front matter opening `lines` (`---`, `key: value` lines, `---`)
    by the names rules/markdown.yaml gives its keys, and the index of the line after it;
    None when the block is not YAML mapping keys to values."""
    rules = load("markdown")
    if not lines or lines[0].strip() != "---":
        return None
    close = next((j for j in range(1, min(len(lines), rules["front_matter_max_lines"]))
                  if lines[j].strip() == "---"), None)
    if close is None:
        return None
    try:
        data = parse_yaml("\n".join(lines[1:close]))
    except yaml.YAMLError:  # a block that is not YAML is no front matter
        return None
    if not isinstance(data, dict):
        return None
    fields: dict[str, str] = {}
    for name, keys in rules["front_matter_fields"].items():
        for key in keys:
            value = _value(data, key.split("."))
            if value and name not in fields:
                fields[name] = value
    date = fields.get("publish_date")
    if date and any(date.endswith(day) for day in rules["placeholder_days"]):
        del fields["publish_date"]
    return fields, close + 1


def _value(data: object, keys: list[str]) -> str | None:
    if len(keys) > 1 and isinstance(data, dict) and keys[0] in data and data[keys[0]] is None:
        # normalisation strips each line, so `region:` ⏎ `  name: 上海市` arrives flattened:
        # the nested key stands at the top level after its empty parent
        keys = keys[-1:]
    for key in keys:
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    if isinstance(data, (dt.date, dt.datetime)):
        return data.isoformat()[:10]
    if isinstance(data, list):
        data = "、".join(str(item).strip() for item in data if item is not None and str(item).strip())
    if isinstance(data, (str, int, float)) and not isinstance(data, bool):
        value = str(data).strip()
        return value or None
    return None
