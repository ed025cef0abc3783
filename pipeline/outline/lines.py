"""Lines of the body read around their labels: a heading or a numeral standing on a line of
its own, an enumeration in the line before, and lines that open with a label yet are no
items (a table of contents, the numbered notes under a table)."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import regex

from ..rules import compile_pattern
from .labels import Label, heading_of, ordinal_value, read_label
from .patterns import patterns


@dataclass
class Line:
    start: int
    end: int
    text: str
    run_on: bool = False  # cut from a line that ran the items together (a text that lost its line breaks)


def body_lines(text: str, start: int, stop: int) -> list[Line]:
    """The lines of text[start:stop] that are not blank (cut with str.split: twice as fast as a pattern)."""
    lines = []
    at = start
    for piece in text[start:stop].split("\n"):
        end = at + len(piece)
        if piece and not piece.isspace():
            lines.append(Line(at, end, piece))
        at = end + 1
    return lines


def page_width(lines: list[Line]) -> int | None:
    """The width a text is hard-wrapped at (a PDF's text layer, an OCR run): the most common width of its long
    lines, when enough of its lines run to it; None for a text whose lines are not of one width."""
    rules = patterns()["wrapped_lines"]
    widths = [len(line.text.replace(" ", "")) for line in lines]
    counts = Counter(w for w in widths if w >= rules["min_width"])
    if not counts:
        return None
    width, count = counts.most_common(1)[0]
    full = sum(abs(w - width) <= rules["slack"] for w in widths)
    return width if count >= rules["min_lines"] and full >= rules["min_share"] * len(lines) else None


_WRAP_SPACE = compile_pattern(r"(?<=\S) (?=\S)")


def piece_width(lines: list[Line]) -> int | None:
    """The width a PDF's text layer wrapped at where its wraps survive as spaces inside the lines (`维护人 民群众`, a
    paragraph a line) and only now and then as a line break: the most common length of the pieces between such spaces,
    each line's last piece aside (a paragraph ends anywhere); None for a text not laid out so."""
    rules = patterns()["wrapped_lines"]
    pieces = [w for line in lines for w in _piece_lengths(line.text)[:-1] if w >= rules["min_width"]]
    if not pieces:
        return None
    width, count = Counter(pieces).most_common(1)[0]
    full = sum(abs(w - width) <= rules["slack"] for w in pieces)
    return width if count >= rules["min_lines"] and full >= rules["min_share"] * len(pieces) else None


def _piece_lengths(text: str) -> list[int]:
    """Lengths of a line's pieces between wrap spaces; a label set off by a space (`第四条 充分考虑…`) is its piece's."""
    pieces = _WRAP_SPACE.split(text.strip())
    if len(pieces) > 1 and (label := read_label(pieces[0])) is not None and not label.heading:
        pieces[:2] = [pieces[0] + pieces[1]]
    return [len(piece) for piece in pieces]


@dataclass(frozen=True)
class Wrap:
    """The width a text was hard-wrapped at, and how far a line runs toward it."""
    width: int
    run: Callable[[str], int]


def wrap_of(lines: list[Line]) -> Wrap | None:
    """How a text was hard-wrapped: its lines at one width (page_width), a line running to it with all its text; else
    its lines paragraphs, the page's wraps left as spaces inside them (piece_width), a line running to it with its last
    piece (`(1)诱导、协助他人…,提供虚假证明` ⏎ `材料,…;`); None for a text not hard-wrapped."""
    width = page_width(lines)
    if width is not None:
        return Wrap(width, _unspaced_length)
    width = piece_width(lines)
    return Wrap(width, _last_piece_length) if width is not None else None


def _unspaced_length(text: str) -> int:
    return len(text.replace(" ", ""))


def _last_piece_length(text: str) -> int:
    return _piece_lengths(text)[-1]


def wrapped_on(lines: list[Line]) -> set[int]:
    """Indices of the lines that go on with the line before them in a text hard-wrapped at one width (a PDF's
    text layer, an OCR run): the line before runs to the width and closes no sentence, so a label-like opening
    (`…统一、` ⏎ `开放、竞争…`) is no item. A text whose lines are not of one width has none."""
    rules = patterns()["wrapped_lines"]
    width = page_width(lines)
    if width is None:
        return set()
    full = [abs(len(line.text.replace(" ", "")) - width) <= rules["slack"] for line in lines]
    closing = tuple(rules["closing"])
    return {i + 1 for i in range(len(lines) - 1) if full[i] and not lines[i].text.rstrip().endswith(closing)}


def heading_on_next_line(lines: list[Line], i: int, caption_only: bool = False) -> str:
    """`专栏1` / `第一章` alone on its line: the short line below is its heading; under an article
    (`caption_only`) only a caption in brackets is, the article's text opening on the line below."""
    if i + 1 >= len(lines):
        return ""
    text = lines[i + 1].text
    if len(text) > patterns()["heading_line_max"] or read_label(text) or regex.search(r"[。;]", text):
        return ""
    if caption_only:
        caption = patterns()["article_caption"].match(text)
        # (a caption whose closing bracket the layout put on the line after: `(目的依据` ⏎ `)`)
        return heading_of(text[caption.end():].rstrip(")】]")) if caption else ""
    return heading_of(text)


def article_paragraph_heading(lines: list[Line], i: int) -> str:
    """An article's label alone on its line with its text on the line right under it, no blank line between (a page's
    line break after its bold `第一条`: `第一条` ⏎ `根据…制定本办法。`, `第十三条` ⏎ `资料核验及合同面签`): the label opens that
    paragraph, and its heading is read there as the guide reads it after a label, up to the first 。;:. Set apart by a
    blank line the label stands alone (its heading empty, tenth Q_02's reader); in a hard-wrapped text the line under it
    is a piece of a wrapped sentence (eighth doc_0012's reader: empty): the caller reads no such text so, and a line that
    goes on into the next one with its heading unclosed (`本实施细则是…细化了《标准》的` ⏎ `部分条款。`) is such a piece."""
    if i + 1 >= len(lines) or not _right_under(lines, i) or read_label(lines[i + 1].text):
        return ""
    below = lines[i + 1].text
    if not patterns()["heading_stop"].search(below) and i + 2 < len(lines) and _right_under(lines, i + 1) \
            and not read_label(lines[i + 2].text):
        return ""
    return heading_of(below)


def _right_under(lines: list[Line], i: int) -> bool:
    """Whether line i+1 follows line i with no blank line between."""
    return lines[i + 1].start == lines[i].end + 1


def run_on_heading_line(heading: str, line: str) -> str | None:
    """The heading line an item cut from a run-on line may have run into its paragraph from with no opener between
    (`二、成员单位联席会议由…组成`): up to the noun naming the section, the paragraph's clause after it; None where the
    heading reads as no such line. An enumeration's entry closing with `;` (`(三)排污单位环境违法和受行政处罚情况;`, `(三)因严重
    失信行为被国家有关单位确定为…惩戒对象,或者…;`) is none; a paragraph whose sentence goes on past a comma to a `;` within
    it is no entry (`一、联席会议职能联席会议在国务院领导下,统筹…建议;统筹部署…。`). A heading opening on a verb of action
    whose sentence closes, short and with no comma (`14.完善企事业单位民主管理制度。依法…`), is its whole line."""
    m = patterns()["run_on_heading_line"].match(heading)
    if m is None:
        return None
    at = line.find(heading)
    stop = patterns()["heading_stop"].search(line, at + len(heading)) if at >= 0 else None
    entry = line.rstrip().endswith(";") or stop is not None and stop.group() == ";" and "," not in heading
    if entry:
        return None
    if (patterns()["run_on_action_heading"].match(heading) and "," not in heading
            and len(heading) <= patterns()["run_on_heading_line_max"] and (stop is None or stop.group() == "。")):
        return heading  # a task named by a verb and its object, its sentence closed: the line held it whole
    return m.group("heading")


def heading_across_wraps(lines: list[Line], i: int, wrap: Wrap) -> str | None:
    """The heading of the label opening line i read on across the lines that go on with it in a text hard-wrapped
    at one width (a PDF's text layer breaks a sentence where the page ends, not where the heading does): up to the
    first 。;: as the guide reads it, the breaks left out. A line goes on into the next while it runs to the width
    (the label's line, a paragraph's first, less the paragraph's indent) and the next opens no label; a page's number
    alone where the page broke the sentence (`…屋顶平面图(必要时` ⏎ `10` ⏎ `附有各屋顶详细标高…`, eighth doc_0013) is read
    over. None when the heading ends on its own line."""
    rules = patterns()["wrapped_lines"]
    own = read_label(lines[i].text)
    if own is None or patterns()["heading_stop"].search(lines[i].text[own.offset:]):
        return None
    text, j, least = lines[i].text.rstrip(), i, wrap.width - rules["first_line_indent"] - rules["slack"]
    while j + 1 < len(lines) and wrap.run(lines[j].text) >= least:
        k = j + 1
        if k + 1 < len(lines) and patterns()["page_number"].fullmatch(_squeeze(lines[k].text)):
            k += 1
        if read_label(lines[k].text) is not None:
            break
        j, least = k, wrap.width - rules["slack"]
        text += lines[j].text.strip()
        if patterns()["heading_stop"].search(lines[j].text):
            break
    if j == i:
        return None
    label = read_label(text)
    return label.heading if label is not None else None


def numeral_over_heading(lines: list[Line], i: int) -> Label | None:
    """`二` alone on its line over a heading line: the heading's 二、 label."""
    m = patterns()["numeral_alone"].match(lines[i].text)
    heading = heading_on_next_line(lines, i) if m else ""
    if not heading:
        return None
    # `一` ⏎ `、降低…`: the label as written is 一、, broken after its numeral
    label = m.group() + "、" if lines[i + 1].text.startswith("、") else m.group()
    return Label("han_dun", ordinal_value(m.group("n")), label, heading)


_NUMBER_CELL = regex.compile(r"\d+(?:\.\d+)?")


def label_over_text(lines: list[Line], i: int, in_cells: bool = False) -> Label | None:
    """`(一)` or `1.` alone on its line over the item's text (a converter's cell or text box): the label of the
    text below, its heading read from that line. Not over another label, nor over nothing; outside a table laid
    one cell a line (`in_cells`), not over a name and a number (a table's row)."""
    rules = patterns()
    text = lines[i].text.rstrip()
    m = rules["label"].match(text)
    if not m or m.end() != len(text) or m.lastgroup not in rules["label_over_text"] or i + 1 >= len(lines):
        return None
    below = lines[i + 1].text
    if read_label(below) or rules["label"].match(below):
        return None
    if not in_cells and i + 2 < len(lines) and _NUMBER_CELL.fullmatch(lines[i + 2].text.strip()):
        return None  # a table's row: label, name, then its figures, one cell a line
    n = m.group(f"n_{m.lastgroup}")
    ordinal = ordinal_value(rules["lookalikes"].get(n, n))
    heading = heading_of(below)
    if ordinal is None or not heading:
        return None
    return Label(m.lastgroup, ordinal, text[m.end("marks") if m.group("marks") else 0:], heading)


def cell_table_heads(lines: list[Line]) -> list[int]:
    """Indices of the first lines of tables flattened one cell a line (the header cell `序号` alone on its line):
    from the first a label alone on its line is a cell of the 序号 column, no label over text; in each table a
    label is a cell's unless it goes on with the outline (a row `一、实施设备更新行动` of an attachment's task list)."""
    header = patterns()["cell_table_header"]
    return [i for i, line in enumerate(lines) if line.text.strip() == header]


def table_of_contents(lines: list[Line]) -> set[int]:
    """Indices of the lines of a table of contents: its 目录 head and its entries, up to the
    line that repeats the first entry (the body's first heading) or the first line of prose."""
    rules = patterns()
    contents: set[int] = set()
    for i, line in enumerate(lines):
        head = line.text.replace(" ", "")
        # 目 ⏎ 录: a page layout that set each character on its own line
        split = int(head == "目" and i + 1 < len(lines) and lines[i + 1].text.strip() == "录")
        if i in contents or not (split or rules["contents_head"].match(head)):
            continue
        entries = [i + 1] if split else []
        # the first entry, which the body's first heading repeats: the first with a label if one has it, else the first;
        # a page number (the contents' own, or a page's) or a page's running line is none
        first: str | None = None
        first_labelled: str | None = None
        for j in range(i + 1 + split, len(lines)):
            text = _squeeze(lines[j].text)
            if len(lines[j].text) > rules["heading_line_max"] or regex.search(r"[。;]", text):
                break
            # the body's first heading, as the contents listed it: one rule, the first entry with a label, else the first
            # (in every collection's contents the first entry has one); ending at any entry repeated instead would stop at
            # elec_0001's second `附录` line (`附录` ⏎ `1` ⏎ `:方案实施流程图` ⏎ `附录` ⏎ `2`)
            if text == (first_labelled or first):
                break
            if not rules["page_number"].fullmatch(text):
                first = first or text
                if first_labelled is None and read_label(lines[j].text.strip()) is not None:
                    first_labelled = text
            entries.append(j)
        contents.update([i, *entries])
    return contents


def table_cells(lines: list[Line]) -> set[int]:
    """Indices of the lines that are cells of a flattened table, closed by their bar."""
    cell = patterns()["table_cell"]
    return {i for i, line in enumerate(lines) if cell.search(line.text)}


def flattened_table_heads(lines: list[Line]) -> set[int]:
    """Indices of the lines on which a table flattened into the line begins: its header row
    (序号 and the column names) run into its first row. The lines from there hold its cells."""
    head = patterns()["flattened_table_head"]
    return {i for i, line in enumerate(lines) if "序号" in line.text and head.search(line.text)}


def code_lists(lines: list[Line]) -> set[int]:
    """Indices of the lines of a catalogue of fixed-width codes (`01. 预防保健科` ⏎ `02. 全科医疗科` ⏎ `03.01 呼吸内科专业`):
    a run of code lines opened by one padded with a zero, long enough to be a list (a post's `01. 标题` over its own
    paragraph is no run)."""
    rules = patterns()
    codes: set[int] = set()
    run: list[int] = []
    for i, line in enumerate([*lines, None]):
        if line is not None and rules["code_line"].match(line.text) and (run or rules["code_first"].match(line.text)):
            run.append(i)
            continue
        if len(run) >= rules["code_list_min_lines"]:
            codes.update(run)
        run = [i] if line is not None and rules["code_first"].match(line.text) else []
    return codes


def numbered_notes(lines: list[Line]) -> set[int]:
    """Indices of numbered notes under a `注:` line (a table's notes): `注:` over `1.…` `2.…`,
    or `注:1、…` over `2、…`; a note that is not numbered from 1 heads no list."""
    rules = patterns()
    notes: set[int] = set()
    for i, line in enumerate(lines):
        m = rules["note_head"].match(line.text)
        if not m:
            continue
        first = read_label(line.text[m.end():])
        expected = 2 if first is not None and first.ordinal == 1 else 1
        for j in range(i + 1, len(lines)):
            label = read_label(lines[j].text)
            if label is None or label.ordinal != expected:
                break
            notes.add(j)
            expected += 1
    return notes


def _squeeze(text: str) -> str:
    return regex.sub(r"\s+", "", text)
