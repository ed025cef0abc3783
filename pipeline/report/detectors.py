"""The report's own readings of a notice's text (rules/health.yaml), independent of the stages they
measure: lines that open with an outline label, labels run on inside lines, an outline's first item,
unit-list markers, titles that are no titles, and warnings by kind."""
from __future__ import annotations

import bisect
import functools
import re
from typing import Any

import regex

from ..outline.labels import read_label
from ..outline.lines import body_lines, code_lists, numbered_notes, table_of_contents
from ..rules import compile_pattern, load


@functools.cache
def health_rules() -> dict[str, Any]:
    rules = load("health")
    labels = "|".join(f"(?:{p})" for p in rules["label_patterns"])
    after = "|".join(rules["run_on_after"])
    # (the patterns asked of every line under `re` where they are plain: a third less time
    # than under `regex`; the unit marker's scan of the text stays under `regex`, twice as fast there)
    ranks = rules["run_on_rank_labels"]
    return {
        "label_line": compile_pattern(rf"^(?:#+\s*)?(?:{labels})"),
        # a label inside a line, right after a sentence end; and one of the top ranks there (the label
        # looked for first: the sentence end behind it, read backwards, cost five times as much at every
        # character)
        "run_on_label": compile_pattern(rf"(?=[ \t]*(?:{labels}))(?<={after})[ \t]*(?P<label>{labels})"),
        "run_on_rank": compile_pattern(rf"(?=[ \t]*(?:{ranks}))(?<={after})[ \t]*(?:{ranks})"),
        "run_on_min": int(rules["run_on_min_labels"]),
        "run_on_inline_only": compile_pattern(rules["run_on_inline_only"]),
        "min_text": int(rules["min_text_after_label"]),
        "attachment_list": compile_pattern(rules["attachment_list"]),
        "links_only": compile_pattern(rules["links_only"]),
        "table_cell": compile_pattern(rules["table_cell"]),
        "flattened_table_head": compile_pattern(rules["flattened_table_head"]),
        "cell_table_header": load("outline")["cell_table_header"],
        "attachment_head": compile_pattern(rules["attachment_head"]),
        "first_item": regex.compile(rules["first_item_pattern"]),
        "list_line": compile_pattern(rules["attachment_list_line"]),
        "bad_title": {k: regex.compile(p) for k, p in rules["bad_title_patterns"].items()},
        "worst_count": int(rules["worst_count"]),
        "unit_marker": regex.compile(rules["unit_marker"]),
        "unit_marker_reach": int(rules["unit_marker_reach"]),
    }


def label_lines(text: str) -> list[int]:
    """Start offsets of the lines that open with an outline label followed by text, less
    the numbered lines of an attachment list (`附件:1.…` and the `2.…` lines under it) and
    the label lines after a flattened table's head (its cells), which the annotation guide
    says are no items, and list items that are only links (navigation). In a table laid one
    cell a line (its `序号` alone on a line) the label lines are its cells' until one goes on
    with a list the text opened before the table (the outline it stands in resumes). The lines of
    a table of contents and the numbered notes under a `注:` line are no items either, read as
    the outline reads them, nor the lines of a catalogue of codes (`01. 预防保健科` ⏎ `02. …`)."""
    rules = health_rules()
    lines = body_lines(text, 0, len(text))
    not_items = {lines[i].start for i in table_of_contents(lines) | numbered_notes(lines) | code_lists(lines)}
    starts, offset, in_list, in_table = [], 0, False, False
    last: dict[str, int] = {}  # the last ordinal of each label style read, and the same before a cell table
    in_cells: dict[str, int] | None = None
    for line in text.split("\n"):
        m = rules["label_line"].match(line)
        labelled = bool(m) and len(line[m.end():].strip(" :")) >= rules["min_text"] \
            and not rules["links_only"].match(line[m.end():]) and not rules["table_cell"].search(line)
        label = read_label(line.lstrip("# ")) if labelled else None
        if label is not None:
            if in_cells is not None and in_cells.get(label.style) == label.ordinal - 1:
                in_cells = None
            last[label.style] = label.ordinal
        if line.strip() == rules["cell_table_header"]:
            in_cells = dict(last)
        elif rules["attachment_head"].fullmatch(line.strip()):
            last = {}  # an attachment's outline starts afresh
        labelled = labelled and in_cells is None
        if rules["attachment_list"].match(line):
            in_list = True
        elif in_list and line.strip() and not (labelled and rules["list_line"].match(line)) \
                and not rules["links_only"].match(line):  # (an image of what a name names: the list runs on)
            in_list = False
        in_table = in_table and labelled
        if labelled and not in_list and not in_table:
            starts.append(offset)
        in_table |= "序号" in line and rules["flattened_table_head"].search(line) is not None
        offset += len(line) + 1
    return [start for start in starts if start not in not_items]


def run_on_labels(text: str) -> list[int]:
    """Start offsets of the labels inside the lines of a text that lost its line breaks (a one-line CSV field,
    a crawl's page on one line, a chapter's articles run together), each right after a sentence end and
    followed by text, as they started lines in the published notice; none in a text whose lines hold fewer
    than `run_on_min_labels` labels of the top ranks (一、, 第N章/条): its paragraphs' own enumerations
    (`包括:(一)…(二)…`) are no items, nor the lowest ranks (1) and ① inside a line (`run_on_inline_only`: a paragraph's
    own enumeration within its sentence). Labels opening a line are label_lines'."""
    rules = health_rules()
    if sum(1 for _ in zip(range(rules["run_on_min"]), rules["run_on_rank"].finditer(text))) < rules["run_on_min"]:
        return []
    starts = []
    for m in rules["run_on_label"].finditer(text):
        line_end = text.find("\n", m.end())
        rest = text[m.end():line_end if line_end >= 0 else None]  # the rest of the label's line
        if len(rest.strip(" :")) >= rules["min_text"] and not rules["run_on_inline_only"].fullmatch(m.group("label")):
            starts.append(m.start("label"))
    return starts


def has_first_item(text: str) -> bool:
    """Whether a line of `text` opens with the label of an outline's first item."""
    first_item = health_rules()["first_item"]
    return any(first_item.match(line.strip()) for line in text.split("\n"))


def title_problem(title: Any) -> str | None:
    """Why a title is no title (missing, an outline heading, a quoted document name), or None."""
    if title is None or (isinstance(title, float) and title != title) or not str(title).strip():  # NaN
        return "missing"
    for kind, pattern in health_rules()["bad_title"].items():
        if pattern.search(str(title)):
            return kind
    return None




def unit_markers_without_units(text: str, tasks_start: int, unit_starts: list[int]) -> list[int]:
    """Start offsets of the lines, from the first task on, holding a unit-list marker
    (rules/health.yaml `unit_marker`: 责任单位:, 牵头单位:, …负责), (牵头)) with no
    responsibilities row within `unit_marker_reach` characters: lists the units stage may
    have missed (or prose such as 各责任单位负责解释, which it rightly skips)."""
    rules = health_rules()
    reach = rules["unit_marker_reach"]
    starts = sorted(unit_starts)
    lines: list[int] = []
    for m in rules["unit_marker"].finditer(text, tasks_start):
        i = bisect.bisect_left(starts, m.start() - reach)
        if i < len(starts) and starts[i] <= m.end() + reach:
            continue
        line = text.rfind("\n", 0, m.start()) + 1
        if not lines or lines[-1] != line:
            lines.append(line)
    return lines


def marker_context(text: str, line: int, before: int = 20, after: int = 40) -> str:
    """The words around the first unit-list marker of the line at `line`: on a page a crawler stored
    as one line, the line's start is far from it (the page's title, its breadcrumb)."""
    m = health_rules()["unit_marker"].search(text, line)
    at = m.start() if m else line
    return text[max(line, at - before):at + after].split("\n", 1)[0]


def warning_kind(warning: str) -> str:
    """A warning without its particulars (`metadata: …` -> `metadata`; numbers dropped)."""
    head = re.split(r"[:(;,]", warning, maxsplit=1)[0]
    return re.sub(r"\d+", "N", head).strip()

