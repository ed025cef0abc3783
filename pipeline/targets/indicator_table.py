"""Indicator tables flattened one cell per line (DOCX/HTML tables after normalisation), or
written as markdown pipe tables (`| 1 | 政务服务 | 一窗综合受理率(%) | 100 |`, one row per line).

A header is a run of short lines that are all header cells (指标类别 / 指标名称 /
2025年目标值 / 指标性质 …, see rules/targets.yaml `table`). The cells after it are
regrouped into rows: a pipe table's line is a row; when the table has a closed-set column (指标性质: 预期性/约束性),
each such cell closes a row; otherwise rows are read `n` cells at a time. A row with
fewer cells than the header has lost its leading cells to a merged cell (a category
written only on the first row of its group): the cells are aligned to the right.
"""
from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from .. import rules


@dataclass
class TableRow:
    indicator: str
    value_start: int          # span of the target-value cell
    value_end: int
    unit_hint: str | None     # from a 单位 column
    nature: str | None
    deadline: dt.date | None  # from the target column's header (2025年目标值)
    row_start: int = 0        # span of the whole row (its own dates govern it)
    row_end: int = 0
    deadline_cell: tuple[int, int] | None = None  # a 完成时限 / 时间节点 cell


@dataclass
class IndicatorTable:
    start: int                # from the first header cell to the last cell read
    end: int
    rows: list[TableRow]


_YEAR = rules.compile_pattern(r"((?:19|20)\d{2})\s*年")
_OUTLINE = rules.compile_pattern(r"^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d+[.、](?!\d)|专栏|附件|注[::])")
_LINE = rules.compile_pattern(r"[^\n]+")
_YEAR_CELL = rules.compile_pattern(r"(?:19|20)\d{2}\s*年[\u4e00-\u9fff]{0,4}")


def _cfg() -> dict:
    return rules.load("targets")["table"]


def _lines(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], frozenset[int]]:
    """(start, end) of every non-empty line in text[start:end], a pipe table's line split
    into its cells (its empty cells and `---` rule cells dropped); and the indices of the
    cells that close a pipe table's row (a merged cell leaves that row short)."""
    spans, row_ends = [], set()
    for m in _LINE.finditer(text, start, end):
        line = m.group().strip()
        if not line:
            continue
        if not _PIPE_ROW.fullmatch(line):
            spans.append((m.start(), m.end()))
            continue
        cells = _pipe_cells(text, m.start(), m.end())
        spans.extend(cells)
        if cells:
            row_ends.add(len(spans) - 1)
    return spans, frozenset(row_ends)


_PIPE_ROW = rules.compile_pattern(r"\|.*\|")
_PIPE_CELL = rules.compile_pattern(r"(?<=\|)[^|\n]+(?=\|)")
_RULE_CELL = rules.compile_pattern(r"\s*:?-{3,}:?\s*")


def _pipe_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    cells = []
    for m in _PIPE_CELL.finditer(text, start, end):
        cell = m.group()
        if cell.strip() and not _RULE_CELL.fullmatch(cell):
            lead = len(cell) - len(cell.lstrip())
            cells.append((m.start() + lead, m.start() + len(cell.rstrip())))
    return cells


@functools.cache
def _header_word() -> regex.Pattern:
    return rules.compile_pattern(rules.alternation(_cfg()["header_words"]))


def _is_header_cell(cell: str) -> bool:
    if len(cell) > 12 or cell.endswith(("。", ";", ",")) or _OUTLINE.match(cell):
        return False  # 一、发展目标 is the heading above a table, not one of its cells
    # a year column: 2025年, 2020年底, 2023年基线值, 2026年预期 (a year and a short word)
    return bool(_header_word().search(cell)) or bool(_YEAR_CELL.fullmatch(cell))


def _role(cell: str, cfg: dict) -> str:
    """What a header cell holds; checked from the most to the least specific word."""
    for role, key in (("other", "responsible_columns"), ("deadline", "deadline_columns"), ("seq", "seq_columns"),
                      ("nature", "nature_columns"), ("unit", "unit_columns"),
                      ("baseline", "baseline_columns"), ("target", "target_columns"),
                      ("category", "category_columns"), ("name", "name_columns")):
        if any(w in cell for w in cfg[key]):
            return role
    if _YEAR.search(cell):
        return "year"
    return "other"


def _roles(cells: list[str]) -> list[str]:
    """Roles of the header cells; of several bare year columns the latest is the target."""
    cfg = _cfg()
    roles = [_role(c, cfg) for c in cells]
    years = [i for i, r in enumerate(roles) if r == "year"]
    if years and "target" not in roles:
        latest = max(years, key=lambda i: int(_YEAR.search(cells[i]).group(1)))
        roles[latest] = "target"
    return ["baseline" if r == "year" else r for r in roles]


def _target_deadline(cell: str) -> dt.date | None:
    m = _YEAR.search(cell)
    return dt.date(int(m.group(1)), 12, 31) if m else None


def find_tables(text: str, start: int, end: int) -> list[IndicatorTable]:
    """Every flattened indicator table in text[start:end]."""
    lines, row_ends = _lines(text, start, end)
    tables: list[IndicatorTable] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _is_header_cell(text[lines[j][0]:lines[j][1]].strip()):
            j += 1
        table = _table_at(text, lines, row_ends, i, j) if j - i >= 3 else None
        if table is None:
            i = max(j, i + 1)
            continue
        tables.append(table)
        while i < len(lines) and lines[i][0] < table.end:
            i += 1
    return tables


def _table_at(text: str, lines: list[tuple[int, int]], row_ends: frozenset[int], head_lo: int,
              head_hi: int) -> IndicatorTable | None:
    header = [text[s:e].strip() for s, e in lines[head_lo:head_hi]]
    roles = _roles(header)
    if "target" not in roles or "name" not in roles:
        return None
    deadline = _target_deadline(header[roles.index("target")])
    rows, last_end = [], lines[head_hi - 1][1]
    closed_last = "nature" in roles and roles[-1] == "nature"
    if "seq" in roles and "name" in roles[roles.index("seq"):] and not closed_last and not row_ends:
        # a numbered table one cell a line; a heading over it (主要指标) is no column of it
        roles = roles[roles.index("seq"):]
        header = header[-len(roles):]
        shortest = 1 + len(roles) - roles.index("name")  # the number, the name and every cell after it
        row_cells = _numbered_row_cells(text, lines, head_hi, len(header), shortest)
    else:
        row_cells = _row_cells(text, lines, row_ends, head_hi, len(header), closed_last)
    for cells in row_cells:
        row = _row(text, cells, roles, deadline, rows)
        if row is not None:
            rows.append(row)
        last_end = cells[-1][1]
    if not rows:
        return None
    return IndicatorTable(start=lines[head_lo][0], end=last_end, rows=rows)


def _is_body_line(cell: str) -> bool:
    """A line that cannot be a cell: prose after the table, or the next outline item."""
    return len(cell) > _cfg()["max_cell_chars"] or cell.endswith("。") or bool(_OUTLINE.match(cell))


def _row_cells(text: str, lines: list[tuple[int, int]], row_ends: frozenset[int], first: int, n: int,
               closed_last: bool) -> Iterator[list[tuple[int, int]]]:
    """Cells grouped into rows (spans), until a line that cannot be a cell."""
    natures = set(_cfg()["natures"])
    row: list[tuple[int, int]] = []
    for i in range(first, len(lines)):
        s, e = lines[i]
        cell = text[s:e].strip()
        if _is_body_line(cell) or (row and len(row) >= n and closed_last):
            break
        row.append((s, e))
        if i in row_ends or (closed_last and cell in natures) or (not closed_last and len(row) == n):
            yield row
            row = []


_SEQ_CELL = rules.compile_pattern(r"\d{1,3}")


def _numbered_row_cells(text: str, lines: list[tuple[int, int]], first: int, n: int,
                        shortest: int) -> Iterator[list[tuple[int, int]]]:
    """Rows of a table numbered in its first column (序号), one cell a line: a row opens at the next number
    (1, 2, 3 …), so a row whose merged cells (a category written only on its group's first row) were left out
    keeps its own cells (`1` `政务服务` `一窗综合受理率(%)` `100` ⏎ `2` `政务服务一体机镇街覆盖率(%)` `95`). The next
    number closes a row only once the row holds its `shortest` cells (its number, the name and the cells after
    it) and ends on a figure (`件` ⏎ `2` is a unit and its value, not the next row); the last row takes no more
    cells than the one before it (the text after a table is no cell of it). Not for a pipe table, whose lines are
    rows already (`_row_cells`)."""
    row: list[tuple[int, int]] = []
    expected, width = 1, n  # width: the cells of the row before
    for i in range(first, len(lines)):
        s, e = lines[i]
        cell = text[s:e].strip()
        opens = _SEQ_CELL.fullmatch(cell) is not None and int(cell) == expected
        last = text[row[-1][0]:row[-1][1]] if row else ""
        if row and (len(row) >= n or (opens and len(row) >= shortest and _DIGIT.search(last))):
            yield row
            width, row = len(row), []
        if (not row and not opens) or _is_body_line(cell) or cell.startswith("#"):
            break  # no row opens here, or the text after the table
        row.append((s, e))
        if opens and len(row) == 1:
            expected += 1
    row = row[:width]
    if len(row) >= shortest:
        yield row


_DIGIT = rules.compile_pattern(r"\d")


def _row(text: str, cells: list[tuple[int, int]], roles: list[str], deadline: dt.date | None,
         previous: list[TableRow]) -> TableRow | None:
    """Align a row's cells to the header from the right (merged leading cells omitted)."""
    if len(cells) < 2:
        return None
    cells = cells[-len(roles):]
    aligned = dict(zip(roles[len(roles) - len(cells):], cells))
    if "name" not in aligned or "target" not in aligned:
        return None

    def cell(role: str) -> str | None:
        span = aligned.get(role)
        return text[span[0]:span[1]].strip() if span else None

    value_start, value_end = aligned["target"]
    name, unit_in_name = _unit_in_name(cell("name") or "")
    return TableRow(indicator=name, value_start=value_start, value_end=value_end,
                    unit_hint=cell("unit") or unit_in_name,
                    nature=cell("nature") if cell("nature") in _cfg()["natures"] else None,
                    deadline=deadline, row_start=cells[0][0], row_end=cells[-1][1],
                    deadline_cell=aligned.get("deadline"))


_NAME_UNIT = rules.compile_pattern(r"^(?P<name>.+?)\s*\((?P<unit>[^()]{1,8})\)$")


def _unit_in_name(name: str) -> tuple[str, str | None]:
    """人均预期寿命(岁) -> (人均预期寿命, 岁): a table without a 单位 column writes the unit
    after the indicator's name. Other brackets (执业(助理)医师数) stay in the name."""
    m = _NAME_UNIT.match(name)
    if not m or not _is_unit(m.group("unit")):
        return name, None
    return m.group("name"), m.group("unit")


@functools.cache
def _unit_words() -> tuple[frozenset[str], tuple[str, ...]]:
    cfg = rules.load("targets")
    return frozenset(list(cfg["percent_units"]) + cfg["measure_words"]), tuple(cfg["magnitudes"])


def _is_unit(s: str) -> bool:
    units, magnitudes = _unit_words()
    bare = s[len(next((m for m in magnitudes if s.startswith(m)), "")):]
    return s in units or bare in units or s.startswith("/")
