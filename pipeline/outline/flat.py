"""A body stored as one line (a scraper's CSV field that lost its line breaks): the line is
cut before each label that stands right after a sentence end and continues its list in
sequence (`…通知如下:一、…。二、…。(一)…`), and before each attachment marker (`…。附:…`),
so the walk sees every item and attached document start a line."""
from __future__ import annotations

import bisect

from .labels import ordinal_value
from .lines import Line
from .patterns import patterns

_STYLES = ("chapter", "section", "han_dun", "han_paren", "article", "num", "number_sign")
# the ranks of a notice's outline labels, highest first (GB/T 9704: 一、 (一) 1. (1))
_RANKS = ("chapter", "section", "han_dun", "han_paren", "num")
# kinds of candidate label, in the order tried at one offset
_AFTER_SENTENCE, _FIRST_CHILD, _EXACT, _AFTER_TITLE = 0, 1, 2, 3


def split_flat_body(lines: list[Line], one_line_page: bool = False) -> list[Line]:
    """`lines` unchanged unless the body is one long line (or two: a short one and a long
    one), or one line holds most of it (a crawler's page file: a few header lines, then the
    page on one line); then the long line cut into one line per item. A page stored on one line
    whose blocks normalisation gave back as lines (`one_line_page`: the blocks spaces joined) is
    read as one text, its lines' starts as blocks' starts, so a list runs on across its blocks;
    so is a body whose lines run articles together (each chapter's articles on one line)."""
    rules = patterns()
    if not lines:
        return lines
    if one_line_page or any(runs_articles_together(line.text) for line in lines):
        cuts = _cuts_by_line(lines)
    else:
        if len(lines) <= rules["flat_body_max_lines"]:
            flat = [i for i, line in enumerate(lines) if len(line.text) >= rules["flat_line_min_chars"]]
        else:
            longest = max(range(len(lines)), key=lambda i: len(lines[i].text))
            held = sum(len(line.text) for line in lines)
            if len(lines[longest].text) < max(rules["flat_line_min_chars"], rules["flat_line_share"] * held):
                return lines
            flat = [longest]
        cuts = {i: _line_cuts(lines[i].text) for i in flat}
    out: list[Line] = []
    for i, line in enumerate(lines):
        edges = [0, *cuts.get(i, []), len(line.text)]
        for a, b in zip(edges, edges[1:]):
            piece = line.text[a:b].rstrip()
            if piece.strip():
                out.append(Line(line.start + a, line.start + a + len(piece), piece, run_on=i in cuts))
    return out


def _line_cuts(text: str) -> list[int]:
    """The cuts of one long line, read as a paragraph opens (after a break): a line opening with its first label
    (`一、加快…建设(一)建设…。…二、…`: a record's body field that starts at its outline) opens its list there."""
    return sorted({*(c - 1 for c in item_starts("\n" + text) if c > 1), *attachment_starts(text)})


def _cuts_by_line(lines: list[Line]) -> dict[int, list[int]]:
    """The cuts of the lines read as one text (joined by line breaks, and opened by one: the first line's
    label starts a paragraph as the others' do), by line."""
    text = "\n" + "\n".join(line.text for line in lines)
    starts = [1]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line.text) + 1)
    cuts: dict[int, list[int]] = {}
    for offset in sorted({*item_starts(text), *attachment_starts(text)}):
        i = bisect.bisect_right(starts, offset) - 1
        if offset > starts[i]:  # a label opening a line is cut already
            cuts.setdefault(i, []).append(offset - starts[i])
    return cuts


def runs_articles_together(text: str) -> bool:
    """Whether a line holds two articles in sequence, the later after a sentence end (`第一条 …。第二条 …`):
    a body whose line breaks between articles were lost (a scrape that stored each chapter on one line).
    A cited article follows no sentence end (`依照…第六条第二款`) or runs on into the citation (`。第十五条规定的…`)."""
    if text.count("条") < 2:
        return False
    article = patterns()["run_on_article"]
    found = [ordinal_value(m.group("article")) for m in article.finditer(text)]
    return any(b == a + 1 for a, b in zip(found, found[1:]) if a is not None)


def attachment_starts(text: str) -> list[int]:
    """Offsets of the attachment markers (附件N:, 附:) after a sentence end or a date."""
    return [m.start("label") for m in patterns()["flat_attachment"].finditer(text)]


def item_starts(text: str) -> list[int]:
    """Offsets of the labels that number items: the first is 1; each next label of a style
    has the ordinal after the last of that style, or restarts at 1 after labels of another
    style (a nested list under each item; the outermost style never restarts). None unless
    the outermost list reaches its second item.

    Labels after a sentence end or a note closing an item (`…具体负责)(三)…`) are candidates, and so
    are: the first sub-item an item's short heading runs into (`四、保障措施(一)强化…`, or `二、着力解决…问题
    (五)切实…` in a list numbered across its parents), where that item was cut; the outline's first item a
    title runs into (`…工作方案一、工作目标…`); a label ending a list of units (`…配合单位:区财金局,平潭海关2.
    打造…`) where it continues its list exactly. The numbers run on after an attachment list's or a note's
    head (`附件:1.…`, `注:1.…`) are none. In a table flattened into the text (from its header row `序号…`
    to the next cut) the cells' labels are no items: only a label continuing its list exactly is, wherever
    it stands (the table's last cell runs into it)."""
    rules = patterns()
    # (offset, kind, match, offset of the label whose heading it follows)
    candidates = [(m.start("label"), _AFTER_SENTENCE, m, -1) for m in rules["flat_label"].finditer(text)]
    if any(close in text for close in ")]〕】"):  # after a note closing a paragraph, as after its sentence end
        candidates += [(m.start("label"), _AFTER_SENTENCE, m, -1) for m in rules["flat_after_note"].finditer(text)]
    candidates += [(m.start("label"), _AFTER_TITLE, m, -1) for m in rules["flat_after_title"].finditer(text)]
    # a heading with no sentence end run into the next item (`…宝什利德酒店二、培训内容…`): where it continues its list exactly
    candidates += [(m.start("label"), _EXACT, m, -1) for m in rules["flat_run_in"].finditer(text)
                   if _style_and_ordinal(m)[0] in rules["flat_run_in_styles"]]
    if "单位" in text or "部门" in text:
        candidates += [(m.start("label"), _EXACT, m, -1) for m in rules["flat_after_unit_list"].finditer(text)]
    tables = [m.start() for m in rules["flattened_table_head"].finditer(text)] if "序号" in text else []
    for m in rules["flat_table_label"].finditer(text):
        parent = next((s for s in rules["flat_heading_child"] if m.group(s)), None)
        child = rules["flat_heading_child"][parent].match(text, m.end()) if parent else None
        if child and (child.group("num") or (parent != "han_paren" and child.group("han_paren"))):
            candidates.append((child.start("label"), _FIRST_CHILD, child, m.start()))
        if tables and m.start() > tables[0]:  # a label wherever it stands in a table
            candidates.append((m.start(), _EXACT, m, -1))
    # the numbers of an attachment list or a table's notes run on after their head (`…。附件:1.…`, `注:1.…`) are no items
    candidates = [c for c in candidates if not rules["flat_list_head"].search(text, max(0, c[0] - 8), c[0])]
    candidates.sort(key=lambda c: c[:2])
    # each candidate's style and ordinal, read once: (offset, kind, style, ordinal, parent's offset)
    read = [(start, kind, *_style_and_ordinal(m), parent) for start, kind, m, parent in candidates]
    # where each style's second item stands (a list a higher label opens must reach it)
    seconds: dict[str, int] = {}
    for start, _, style, ordinal, _ in read:
        if ordinal == 2:
            seconds.setdefault(style, start)
    # where each style's list opens after a sentence end (a title's run-on label gives way to it: `…的通知》一、二级医院…`)
    firsts = {style: start for start, kind, style, ordinal, _ in reversed(read) if ordinal == 1 and kind == _AFTER_SENTENCE}
    last: dict[str, int] = {}
    seen_at: dict[str, int] = {}  # how many labels were accepted when the style was last seen
    outermost = None
    cuts: list[int] = []
    for start, kind, style, ordinal, parent in read:
        if cuts and start <= cuts[-1]:
            continue  # found by two patterns
        if kind == _FIRST_CHILD and (not cuts or cuts[-1] != parent):
            continue  # the heading of no item
        if kind == _AFTER_TITLE and (cuts or ordinal != 1 or start < firsts.get(style, -1) < seconds.get(style, -1)):
            continue  # a title runs into the outline's first item only, where no other opens the list
        if ordinal is None or (outermost is None and ordinal != 1):
            continue
        if (kind == _AFTER_SENTENCE and ordinal == 1 and _outranks(style, outermost)
                and seconds.get(style, -1) > start):
            # `…目标任务为:1.新开工…;2.基本建成…。…如下:一、…1.中原…`: a list of a higher rank (一、 over (一) over
            # 1.) opening after the outermost one shows that one was an enumeration inside the text before it
            last, seen_at, outermost, cuts = {}, {}, None, []
        table = bisect.bisect_right(tables, start) - 1
        if kind == _EXACT or (table >= 0 and (not cuts or tables[table] > cuts[-1])):  # or among a table's cells
            if ordinal != last.get(style, -1) + 1:
                continue
        else:
            restarts = ordinal == 1 and style != outermost and (style not in last or seen_at[style] < len(cuts))
            if not (restarts or ordinal == last.get(style, 0) + 1) or _outranks(style, outermost):
                continue  # (and a list nests under a label of a higher rank only: no 一、 under a 1.)
        cuts.append(start)
        last[style], seen_at[style] = ordinal, len(cuts)
        outermost = outermost or style
    # a lone `一、` after a sentence end is text (`。一、二级医院…`): a list has a second item
    return cuts if outermost and last[outermost] >= 2 else []


def _style_and_ordinal(m) -> tuple[str, int | None]:
    style = next(s for s in _STYLES if m.group(s) is not None)
    return style, ordinal_value(m.group(style))


def _outranks(style: str, outermost: str | None) -> bool:
    return outermost in _RANKS and style in _RANKS and _RANKS.index(style) < _RANKS.index(outermost)
