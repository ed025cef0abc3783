"""Hard-wrapped text read as running text, and lines of a table written as text: read alike by the targets,
responsibilities and deadlines stages, so none imports another's internals (as pipeline/own_year.py).

A notice converted from a PDF keeps the page's line breaks: a sentence runs over several
lines of the same width (…发放最高不超过 2.5 ⏎ 万元的购车补助,每户 ⏎ 限享受 1 次。), and page
numbers (— 2 —) stand between them. The stages read clauses and sentences up to a line
break, so such a sentence would be cut in pieces that name nothing. `unwrapped` gives a copy
of the text, of the same length, in which these soft breaks and page numbers are spaces: every
offset stays valid, and rows quote the original text.

Configuration: rules/targets.yaml wrapped_lines, and its unit words and outline label (a number's unit, a line's label).
"""
from __future__ import annotations

import collections
import functools
from itertools import accumulate

from . import rules

_PAGE_NUMBER = rules.compile_pattern(r"^[ ]*[—–-]+[ ]*\d{1,3}[ ]*[—–-]+[ ]*$")
_TRAILING_PAGE_NUMBER = rules.compile_pattern(r"(?m)(?<=[^\s—–-])[ ]*[—–-]+[ ]*\d{1,3}[ ]*[—–-]+[ ]*$")
# Where such a footer can end: a dash at the end of a line. Found by scanning for the dash
# (fast), where the footer's pattern, which opens with a look-behind, is tried at every
# character of the text (3% of the stages' time).
_DASH_AT_LINE_END = rules.compile_pattern(r"(?m)[—–-][ ]*$")


def _trailing_page_numbers_blanked(text: str) -> str:
    """`text` with each footer run into the end of a line made spaces. A footer lies within
    its line and ends at the line's end, so it is looked for only in lines ending in a dash."""
    out: list[str] | None = None
    for dash in _DASH_AT_LINE_END.finditer(text):
        m = _TRAILING_PAGE_NUMBER.search(text, text.rfind("\n", 0, dash.start()) + 1, dash.end())
        if m:
            out = out or list(text)
            out[m.start():m.end()] = " " * (m.end() - m.start())
    return text if out is None else "".join(out)


# the last text read and its view: the targets and the responsibilities stages both read a document unwrapped, and
# the second gets the view the first made (a str is immutable, so the same object has the same view)
_LAST: list = [None, None]


def unwrapped(text: str) -> str:
    """`text` with the line breaks inside wrapped sentences made spaces (same length); `text`
    itself when its lines are not wrapped at one width."""
    if text is not _LAST[0]:
        _LAST[:] = [text, _unwrapped(text)]
    return _LAST[1]


def _unwrapped(text: str) -> str:
    cfg = rules.load("targets")["wrapped_lines"]
    # a page's footer run into the last line of the page (分别发放价值不超过 1600 元、3200— 1 —)
    # is blanked out (same length) and the line read without it
    text = _trailing_page_numbers_blanked(text)
    lines = text.split("\n")
    joined = _numbers_rejoined(text, lines)
    # widths without spaces: a PDF's text puts spaces around numbers (补贴 5 万元); a line shorter than min_width is
    # narrower (measured only when the text is wrapped)
    least = cfg["min_width"]
    long_widths = [_width(line) if len(line) >= least else None for line in lines]
    widths = collections.Counter(w for w in long_widths if w is not None and w >= least)
    if not widths:
        return "".join(joined) if joined else text
    width, count = widths.most_common(1)[0]
    if count < cfg["min_lines"]:
        return "".join(joined) if joined else text
    # (the short lines too, now the text is wrapped; each line measured once)
    measured = [_width(line) if w is None else w for line, w in zip(lines, long_widths)]
    closed = "".join(cfg["closing_marks"])
    full = [_is_full(line, width, cfg["slack"], w, closed) for line, w in zip(lines, measured)]
    # (of the lines as wide as a line of prose: a scanned page's figure labels and table cells are no prose)
    if sum(full) < cfg["min_share"] * sum(widths.values()):
        return "".join(joined) if joined else text
    label = _label_pattern()
    out = joined or list(text)
    following = _following_lines(lines)
    pos = 0
    for i, line in enumerate(lines[:-1]):
        end = pos + len(line)  # the "\n" after this line
        if _PAGE_NUMBER.match(line) and i > 0 and full[i - 1]:
            out[pos:end + 1] = " " * (end + 1 - pos)  # a page number inside a sentence
        elif full[i] and following[i] and not label.match(following[i]):
            out[end] = " "
        pos = end + 1
    return "".join(out)


# A number alone on its line inside a sentence: a PDF's converter broke the line around a run of
# digits (…预计填谷响应总规模为 ⏎ 50 ⏎ 万千瓦,其中…): the line before does not close and the
# line after goes on with the number's unit and a word or a stop (a unit alone is a table's cell).
_NUMBER_LINE = rules.compile_pattern(r"^[ ]*\d[\d.,]*[ ]*$")


# A compound unit the converter broke at its slash (补贴价格为 ⏎ 1.2 ⏎ 元 ⏎ / ⏎ 千瓦时,竞价…): the
# short lines of its pieces run on too.
_UNIT_PIECE = rules.compile_pattern(r"^[ ]*(?:\p{Han}{1,2}|/)[ ]*$")
_PIECES = 2  # at most the measure and the slash before the denominator's line


def _numbers_rejoined(text: str, lines: list[str]) -> list[str] | None:
    """A copy of `text` (as a list) with the breaks around such numbers made spaces; None when
    there is none."""
    unit, closed = _unit_start(), "".join(rules.load("targets")["wrapped_lines"]["closing_marks"])
    out: list[str] | None = None
    offsets: list[int] = []
    for i, line in enumerate(lines):
        # (a line that is a number opens with a digit after its spaces: others are not matched)
        if 0 < i < len(lines) - 1 and line.lstrip(" ")[:1].isdigit() and _NUMBER_LINE.match(line):
            before = lines[i - 1].rstrip()
            pieces = _unit_pieces(lines, i + 1)
            after = "".join(x.strip() for x in lines[i + 1:i + 2 + pieces])
            if len(before) >= 4 and before[-1] not in closed and unit.match(after):
                out = out or list(text)
                offsets = offsets or list(accumulate((len(x) + 1 for x in lines), initial=0))
                for j in range(i - 1, i + 1 + pieces):  # the break after each of these lines
                    out[offsets[j] + len(lines[j])] = " "
    return out


def _unit_pieces(lines: list[str], first: int) -> int:
    """How many short lines from `first` on are pieces of a unit broken at its slash (元 ⏎ / ⏎ 千瓦时)."""
    n = 0
    while n < _PIECES and first + n + 1 < len(lines) and _UNIT_PIECE.match(lines[first + n]) \
            and (lines[first + n].strip() == "/" or lines[first + n + 1].strip().startswith("/")):
        n += 1
    return n


@functools.cache
def _unit_start():
    cfg = rules.load("targets")
    units = list(cfg["percent_units"]) + [m + w for m in cfg["magnitudes"] for w in cfg["measure_words"]] \
        + cfg["measure_words"] + cfg["magnitudes"]
    alt = rules.alternation(units)
    return rules.compile_pattern(rf"[ ]*(?:{alt})(?:/(?:{alt}))?(?=[,;、。\p{{Han}}])")


def _following_lines(lines: list[str]) -> list[str]:
    """For each line, the next one that holds text and is no page number ("" if none): found in one
    pass from the end, not by a search after every line (quadratic on a long wrapped page)."""
    following, after = [""] * len(lines), ""
    for i in range(len(lines) - 1, -1, -1):
        following[i] = after
        if lines[i].strip() and not _PAGE_NUMBER.match(lines[i]):
            after = lines[i]
    return following


def _is_full(line: str, width: int, slack: int, measured: int, closed: str) -> bool:
    """A line as wide as the page that does not close its sentence (`measured`: its _width; `closed`: the marks that
    close one)."""
    if line[-1:].isspace():  # (a blanked footer) measured without its trailing spaces
        line = line.rstrip()
        measured = _width(line)
    return width - slack <= measured <= width + 1 and line[-1] not in closed


def _width(line: str) -> int:
    # a digit or Latin letter takes half the width of a Chinese character on the page; punctuation
    # was full-width there (NFKC made it ASCII: ,;:() from ,;:())
    narrow = len(line.encode("ascii", "ignore").translate(None, _NOT_NARROW))
    return len(line) - line.count(" ") - narrow // 2


_FULL_WIDTH_ON_THE_PAGE = ",;:()!?"
# (deleted from a line's ASCII bytes, which leaves its narrow characters: one pass in C, not a count per mark)
_NOT_NARROW = (" " + _FULL_WIDTH_ON_THE_PAGE).encode("ascii")


@functools.cache
def _label_pattern():
    # (not a decimal the page's width broke the line before: …供电可靠率达到 ⏎ 99.88%以上, 补贴价格为 ⏎ 1.2元)
    cfg = rules.load("targets")
    openings = rules.alternation(cfg["wrapped_lines"]["line_openings"])
    return rules.compile_pattern(rf"^[ ]*(?!{cfg['wrapped_lines']['decimal_opening']})(?:{cfg['outline_label']}|{openings})")


def in_a_table_row(text: str, pos: int) -> bool:
    """Whether `pos` is on a line of a table written as text: a markdown row (`| 1 | 工业 |
    组织实施技术改造项目1000个以上。 | 市工信局 |`) or a cell flattened to its own line and closed
    by its bar (`煤炭物流园储备能力30万吨,建成4个3000吨级散货出口泊位。 |`). Indicator tables are
    read row by row elsewhere (indicator_table.py); a table left to the running text lists
    projects, tasks or duties with their sizes, and those are no commitments of the plan."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start:end if end >= 0 else len(text)].strip()
    return line.startswith("|") or line.endswith("|")
