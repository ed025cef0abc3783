"""The walk over the body's lines that builds the task tree: each label placed in the
current outline (or a 专栏 box, a chapter whose heading was lost, a second document or an
attachment), and each task's text ended where the next begins."""
from __future__ import annotations

import bisect

from ..document import Document, Task
from .attachments import attachment_before, classify_attachment_lines
from .chapters import under_lost_parent
from .columns import close_column, column_keeps, open_column
from .documents import is_terminator, plan_title_line, second_document_title
from .flat import split_flat_body
from .labels import Label, heading_of, number_over_number, read_label
from .leads import lead_lines, unlabelled_headings
from .patterns import patterns
from .lines import (Line, article_paragraph_heading, body_lines, cell_table_heads, code_lists, flattened_table_heads,
                    heading_across_wraps, heading_on_next_line, run_on_heading_line,
                    label_over_text, numbered_notes, numeral_over_heading, table_cells, table_of_contents, Wrap,
                    wrap_of, wrapped_on)
from .tree import Level, Outline, continued_depth, continues_exactly, fit, innermost, opens_list, within_its_parent


class Segmenter:
    """One pass over the body's lines, filling doc.tasks."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.lines = split_flat_body(body_lines(doc.text, doc.body_start, doc.body_stop), doc.one_line_page)
        self.outline = Outline(prefix=attachment_before(doc.text, doc.body_start))
        self.documents = 1
        self.boundaries: list[int] = []  # offsets where an item's text ends
        self.paths: set[str] = set()
        self.text_since_item: list[int] = []  # indices of non-item lines since the last item
        self.wrap: Wrap | None = None  # how its lines were hard-wrapped
        # items cut from a run-on line, by their list (outline, parent, style), with the heading line each may have run from
        self.run_on_items: dict[tuple, list[tuple[Task, str | None]]] = {}

    def run(self) -> None:
        attachments = classify_attachment_lines(self.lines)
        not_items = (table_of_contents(self.lines) | numbered_notes(self.lines) | table_cells(self.lines)
                     | code_lists(self.lines))
        wrapped = wrapped_on(self.lines)
        self.wrap = wrap_of(self.lines)
        table_heads = flattened_table_heads(self.lines)
        cell_heads = set(cell_table_heads(self.lines))
        cells_from = min(cell_heads, default=len(self.lines))
        in_table = False  # in a flattened table's cells: only a label continuing an open list is an item
        in_cells = False  # in a table laid one cell a line: so is a label alone in the 序号 column opening one
        paths_before: set[str] = set()  # the items before that table
        leads = lead_lines(self.lines)
        headings = unlabelled_headings(self.lines)
        for i, line in enumerate(self.lines):
            role = attachments.get(i)
            if i in not_items or (i in wrapped and not self.continues_outline(line.text)):
                self.text_since_item.append(i)
            elif i in headings and role is None and not in_table and not in_cells:
                if not self.place_unlabelled_heading(headings[i], i):
                    self.text_since_item.append(i)
            elif i in leads and role is None and not in_table and not in_cells:
                if not self.place_lead(*leads[i], i):
                    self.text_since_item.append(i)
            elif role is not None:
                self.on_attachment_line(i, role)
                in_table = in_cells = False
            elif is_terminator(self.lines, i):
                self.boundaries.append(line.start)
                self.text_since_item.append(i)
                in_table = in_cells = False
            else:
                alone = label_over_text(self.lines, i, in_cells) if i < cells_from or in_cells else None
                label = (read_label(line.text) or number_over_number(line.text)
                         or numeral_over_heading(self.lines, i) or alone)
                if in_cells and label is not None:
                    if continues_exactly(self.outline, label) and innermost(self.outline, label.style).path in paths_before:
                        in_cells = False  # the outline the table stands in goes on: the table has ended
                    elif not (continues_exactly(self.outline, label)
                              or (alone is not None and alone.style in patterns()["cell_table_section_styles"]
                                  and opens_list(self.outline, alone))):
                        label = None  # a cell's number
                if in_table and label is not None and not continues_exactly(self.outline, label):
                    label = None  # a cell's number
                if label is None or not self.place(label, i):
                    self.text_since_item.append(i)
                else:
                    in_table = False
                if not in_table and not in_cells:
                    self.place_inline_item(i)
            in_table |= i in table_heads
            if i in cell_heads:
                in_cells, paths_before = True, set(self.paths)
        self.finish()

    def continues_outline(self, text: str) -> bool:
        """Whether a line that goes on after a full line of a hard-wrapped text still opens the next item
        exactly (`(四)` after `(三)`, `三、` after `二、`): a unit list or a heading that happens to run to the
        page's width does not swallow the label after it; a wrap's label-like fragment (`一、开放` under
        `一、总体要求`, `1.5万元`) continues nothing."""
        label = read_label(text)
        return label is not None and continues_exactly(self.outline, label)

    def on_attachment_line(self, i: int, role: tuple[str, int | str | None]) -> None:
        kind, number = role
        if kind == "continuation":
            return
        self.boundaries.append(self.lines[i].start)
        if kind == "header":
            prefix = f"附件{number}"
            if prefix == self.outline.prefix and isinstance(number, int):  # the body is 附件1 itself: its own 附: is the next
                prefix = f"附件{number + 1}"
            self.outline = Outline(prefix=prefix)
            self.text_since_item = []

    def place(self, label: Label, i: int) -> bool:
        outline = self.outline
        if label.style == "column":
            self.add(label, i, open_column(outline), {}, component=f"专栏{label.ordinal}")
            return True
        if outline.column_at is not None:
            if column_keeps(outline, label):
                depth = fit(outline, label, outline.column_at + 1, outline.column_last)
                if depth is not None:
                    self.add(label, i, depth, outline.column_last)
                    return True
            close_column(outline)  # a label that is not the box's ends it
        if label.within and not within_its_parent(outline, label):
            return False
        if label.next_only and not continues_exactly(outline, label):
            return False
        under_lost_parent(self.doc, outline, label, self.paths)  # moves the items a lost heading held
        depth = fit(outline, label, 0, outline.last)
        if depth is None:
            if not self.starts_new_document(label):
                return False
            outline = self.outline
            depth = fit(outline, label, 0, outline.last)
        self.add(label, i, depth, outline.last)
        return True

    def place_inline_item(self, i: int) -> None:
        """A line that lost one break (rules/outline.yaml inline_item_after): its last label after a sentence end starts
        an item where it is the next number of a list the outline has open and the next line opens its own list at 1
        (`4.…。 六、《…》…填写原则:` ⏎ `1.…`, after 五、); the item before ends where it starts."""
        rules, line = patterns(), self.lines[i]
        below = read_label(self.lines[i + 1].text) if i + 1 < len(self.lines) else None
        if below is None or below.ordinal != 1:
            return
        label, at = None, 0
        for m in rules["inline_item_after"].finditer(line.text, 1):
            found = read_label(line.text[m.end():])
            if found is not None and found.style in rules["inline_item_styles"]:
                label, at = found, m.end()
        if label is None:
            return
        outline = self.outline
        depth = continued_depth(outline, label.style, label.ordinal)
        if (depth is None or below.style == label.style
                or any(level.style == below.style for level in outline.stack[:depth + 1])):
            return
        if outline.path(depth, str(label.ordinal)) in self.paths:
            return  # an item of that path stands already: the label is the line's text, the outline stays open as it was
        piece = Line(line.start + at, line.end, line.text[at:])
        del outline.stack[depth:]
        self.add(label, i, depth, outline.last, piece=piece)

    def place_lead(self, ordinal: int, style: str, i: int) -> bool:
        """A lead line that lost its label (leads.py): the first of its run opens a level under the item whose line
        it stands right under, its list a new one there; each next one follows the one before, at its depth, closing
        its list. A lead after a list of its own list's style (`1.` `2.` ⏎ `其他:` ⏎ `1.`) is text: the list restarting
        under it nests under the item it follows (realestate_0214)."""
        outline = self.outline
        if ordinal == 1:
            if not outline.has_items or self.text_since_item or outline.column_at is not None \
                    or innermost(outline, style) is not None:
                return False
            depth = len(outline.stack)
        else:
            depth = continued_depth(outline, "lead", ordinal)
            if depth is None:
                return False
            del outline.stack[depth:]
        self.add(Label("lead", ordinal, "", heading_of(self.lines[i].text)), i, depth, outline.last)
        return True

    def place_unlabelled_heading(self, ordinal: int, i: int) -> bool:
        """A level-1 heading that lost its label (leads.py unlabelled_headings): the first opens the outline, each next
        one follows the one before at the top level, closing the lists under it."""
        outline = self.outline
        if ordinal == 1:
            if outline.has_items:
                return False
        elif not outline.stack or outline.stack[0].style != "unlabelled" or outline.stack[0].ordinal != ordinal - 1:
            return False
        del outline.stack[:]
        self.add(Label("unlabelled", ordinal, "", heading_of(self.lines[i].text)), i, 0, outline.last)
        return True

    def starts_new_document(self, label: Label) -> bool:
        title = second_document_title(self.outline, label, self.lines, self.text_since_item)
        if title is None:
            return False
        plan = plan_title_line(self.doc.plan_title, self.lines, self.text_since_item) \
            if self.documents == 1 and not self.outline.prefix else None
        if plan is not None:
            # the list so far was the covering notice's (相关事项一并通知如下:一、…): no items; the plan's are unprefixed
            self.doc.tasks, self.paths = [], set()
            self.boundaries.append(self.lines[plan].start)
            self.outline = Outline(prefix=None)
            return True
        self.documents += 1
        self.boundaries.append(self.lines[title].start)
        self.outline = Outline(prefix=f"文件{self.documents}")
        return True

    def add(self, label: Label, i: int, depth: int, last: dict[str, int], component: str | None = None,
            piece: Line | None = None) -> None:
        """Item `label` of line i at `depth`; `piece`: the part of line i it opens when it stands inside the line."""
        outline = self.outline
        path = outline.path(depth, component or str(label.ordinal))
        if path in self.paths:
            self.doc.warnings.append(f"outline: duplicate item {path} ignored")
            return
        parent = outline.stack[depth - 1].path if depth > 0 else None
        line = piece or self.lines[i]
        lines = self.lines if piece is None else [*self.lines[:i], piece, *self.lines[i + 1:]]
        heading = label.heading or heading_on_next_line(lines, i, caption_only=label.style == "article")
        if not heading and label.style == "article" and self.wrap is None:
            heading = article_paragraph_heading(lines, i)
        if label.heading and self.wrap is not None:
            heading = heading_across_wraps(lines, i, self.wrap) or heading
        if line.run_on and (m := patterns()["run_on_heading"].match(heading)):
            heading = m.group("heading")  # the heading line ran into its paragraph
        task = Task(path=path, parent_path=parent, level=depth + 1, label=label.text,
                    heading=heading, char_start=line.start + label.offset, char_end=line.end)
        self.doc.tasks.append(task)
        if line.run_on:
            # (an article is a sentence: a regulation sets its caption apart, as heading_on_next_line reads it)
            self.run_on_items.setdefault((outline.prefix, parent, label.style), []).append(
                (task, None if label.style == "article" else run_on_heading_line(heading, line.text)))
        self.paths.add(path)
        outline.stack.append(Level(label.style, label.ordinal, path))
        last[label.style] = label.ordinal
        if outline.column_at is None:
            outline.level_styles.setdefault(depth, label.style)
        outline.has_items = True
        self.boundaries.append(line.start)
        self.text_since_item = []

    def finish(self) -> None:
        self.cut_heading_lines()
        text = self.doc.text
        stop = self.doc.body_stop
        bounds = sorted(set(self.boundaries))
        parents = {t.parent_path for t in self.doc.tasks}
        for task in self.doc.tasks:
            k = bisect.bisect_right(bounds, task.char_start)
            end = bounds[k] if k < len(bounds) else stop
            while end > task.char_start and text[end - 1].isspace():
                end -= 1
            task.char_end = end
            task.is_leaf = task.path not in parents

    def cut_heading_lines(self) -> None:
        """A list of heading lines each run into its paragraph with no opener between (`一、建立和完善…协调机制煤炭行业管理
        涉及面广,…`): each item's heading is its heading line where every item of the list reads as one (a heading line
        found, or a heading as short); a list of sentences (articles, a list whose items are paragraphs) keeps them whole."""
        longest = patterns()["run_on_heading_line_max"]
        for items in self.run_on_items.values():
            if all(len(line or task.heading) <= longest for task, line in items):
                for task, line in items:
                    task.heading = line or task.heading
