"""A body stored as one line (a scraper's CSV field that lost its line breaks): the line is
cut before each label that stands right after a sentence end and continues its list in
sequence (`…通知如下:一、…。二、…。(一)…`), and before each attachment marker (`…。附:…`),
so the walk sees every item and attached document start a line."""
from __future__ import annotations

from .labels import ordinal_value
from .lines import Line
from .patterns import patterns

_STYLES = ("chapter", "section", "han_dun", "han_paren", "article", "num")


def split_flat_body(lines: list[Line]) -> list[Line]:
    """`lines` unchanged unless the body is one long line (or two: a short one and a long
    one), or one line holds most of it (a crawler's page file: a few header lines, then the
    page on one line); then the long line cut into one line per item."""
    rules = patterns()
    if not lines:
        return lines
    if len(lines) <= rules["flat_body_max_lines"]:
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
    the outermost list reaches its second item."""
    last: dict[str, int] = {}
    seen_at: dict[str, int] = {}  # how many labels were accepted when the style was last seen
    outermost = None
    cuts: list[int] = []
    for m in patterns()["flat_label"].finditer(text):
        style = next(s for s in _STYLES if m.group(s) is not None)
        ordinal = ordinal_value(m.group(style))
        if ordinal is None or (outermost is None and ordinal != 1):
            continue
        restarts = ordinal == 1 and style != outermost and (style not in last or seen_at[style] < len(cuts))
        if not (restarts or ordinal == last.get(style, 0) + 1):
            continue
        cuts.append(m.start("label"))
        last[style], seen_at[style] = ordinal, len(cuts)
        outermost = outermost or style
    # a lone `一、` after a sentence end is text (`。一、二级医院…`): a list has a second item
    return cuts if outermost and last[outermost] >= 2 else []
