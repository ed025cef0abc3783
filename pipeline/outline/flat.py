"""A body stored as one line (a scraper's CSV field that lost its line breaks): the line is
cut before each label that stands right after a sentence end and continues its list in
sequence (`…通知如下:一、…。二、…。(一)…`), and before each attachment marker (`…。附:…`),
so the walk sees every item and attached document start a line."""
from __future__ import annotations

import bisect

from .labels import ordinal_value
from .lines import Line
from .patterns import patterns

_STYLES = ("chapter", "section", "han_dun", "han_paren", "article", "num")


def split_flat_body(lines: list[Line], one_line_page: bool = False) -> list[Line]:
    """`lines` unchanged unless the body is one long line (or two: a short one and a long
    one), or one line holds most of it (a crawler's page file: a few header lines, then the
    page on one line), or the page was stored on one line and normalisation gave back only the
    blocks spaces joined (`one_line_page`); then each long line cut into one line per item."""
    rules = patterns()
    if not lines:
        return lines
    if one_line_page or len(lines) <= rules["flat_body_max_lines"]:
        flat = [line for line in lines if len(line.text) >= rules["flat_line_min_chars"]]
    else:
        longest = max(lines, key=lambda line: len(line.text))
        held = sum(len(line.text) for line in lines)
        if len(longest.text) < max(rules["flat_line_min_chars"], rules["flat_line_share"] * held):
            return lines
        flat = [longest]
    out: list[Line] = []
    for line in lines:
        cuts = sorted({*item_starts(line.text), *attachment_starts(line.text)}) if line in flat else []
        edges = [0, *cuts, len(line.text)]
        for a, b in zip(edges, edges[1:]):
            piece = line.text[a:b].rstrip()
            if piece.strip():
                out.append(Line(line.start + a, line.start + a + len(piece), piece))
    return out


def attachment_starts(text: str) -> list[int]:
    """Offsets of the attachment markers (附件N:, 附:) after a sentence end or a date."""
    return [m.start("label") for m in patterns()["flat_attachment"].finditer(text)]


def item_starts(text: str) -> list[int]:
    """Offsets of the labels that number items: the first is 1; each next label of a style
    has the ordinal after the last of that style, or restarts at 1 after labels of another
    style (a nested list under each item; the outermost style never restarts). None unless
    the outermost list reaches its second item.

    In a table flattened into the text (from its header row `序号…` to the next cut) the cells'
    labels are no items: only a label continuing its list exactly is, wherever it stands (the
    table's last cell runs into it)."""
    rules = patterns()
    candidates = [(m.start("label"), True, m) for m in rules["flat_label"].finditer(text)]
    tables = [m.start() for m in rules["flattened_table_head"].finditer(text)] if "序号" in text else []
    if tables:  # labels wherever they stand in a table (after its head), each after a sentence end first
        candidates += [(m.start("label"), False, m) for m in rules["flat_table_label"].finditer(text, tables[0])]
        candidates.sort(key=lambda c: (c[0], not c[1]))
    last: dict[str, int] = {}
    seen_at: dict[str, int] = {}  # how many labels were accepted when the style was last seen
    outermost = None
    cuts: list[int] = []
    for start, after_sentence, m in candidates:
        if cuts and start <= cuts[-1]:
            continue  # found by both patterns
        style = next(s for s in _STYLES if m.group(s) is not None)
        ordinal = ordinal_value(m.group(style))
        if ordinal is None or (outermost is None and ordinal != 1):
            continue
        table = bisect.bisect_right(tables, start) - 1
        if table >= 0 and (not cuts or tables[table] > cuts[-1]):  # among a table's cells
            if ordinal != last.get(style, -1) + 1:
                continue
        else:
            restarts = ordinal == 1 and style != outermost and (style not in last or seen_at[style] < len(cuts))
            if not after_sentence or not (restarts or ordinal == last.get(style, 0) + 1):
                continue
        cuts.append(start)
        last[style], seen_at[style] = ordinal, len(cuts)
        outermost = outermost or style
    # a lone `一、` after a sentence end is text (`。一、二级医院…`): a list has a second item
    return cuts if outermost and last[outermost] >= 2 else []
