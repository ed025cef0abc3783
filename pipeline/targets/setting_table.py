"""Tables of settings a notice lays down (补贴标准, 配建指标, 收费标准 …) as a scrape leaves them: one cell a line (a PDF,
an OCR or a DOCX export), a row (or the whole table) on one line with its cells apart by spaces (tabs and runs of
spaces are one space after normalisation), or markdown pipe rows (an HTML table).

A header is a run of short header cells (rules/targets.yaml `setting_table`): it opens with a column naming what a
row is (项目, 品种, 机型, 地区 …) and holds at least one column of values: one naming a setting (补贴额, 标准, 比例 …)
or giving its unit in brackets (`补贴额(元)`, `机动车(个)`). A two-cell header counts under a caption naming a
standard (`表1 保障性住房停车位指标` ⏎ `项目` ⏎ `机动车`). Tables of goals (a year or 目标 column) are indicator tables
(indicator_table.py), not read here.

Cells after the header are grouped into rows: a pipe row is a row; otherwise a row is its label cells followed by its
value cells (numbers), and the next label closes it. The value cells of a row are aligned to the value columns from
the right (a number before them, such as the `20` of `20马力以下`, is a label); a row with fewer labels than the
label columns lost its leading ones to merged cells and takes them from the row before. Each number in a column of
settings is a parameter: named by its row's labels and its column's name, its unit its own, else a unit cell of
its row (`(车位/户)`), else the one unit the table's unit cells give, else its column header's bracket, else the
caption's `单位:`. A column of durations, dates or serial numbers (报废年限(年), 序号) gives no rows.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from .. import rules
from ..document import Parameter
from ..numbers.quantities import find_quantities


@dataclass
class SettingCell:
    start: int              # the number's characters
    end: int
    value: float
    value_max: float | None
    unit: str
    name: str
    comparator: str | None  # a bound written in the cell (≥, 以上)


@dataclass
class SettingTable:
    start: int              # from the first header cell to the last cell read
    end: int
    cells: list[SettingCell]
    rows: list[tuple[int, int]]  # the rows read (from a row's first cell to its last value): no prose


@functools.cache
def _cfg() -> dict:
    return rules.load("targets")["setting_table"]


@functools.cache
def _outline() -> regex.Pattern:
    """A line opening the next outline item or a note (rules/parameters.yaml setting_table_outline_styles, of
    rules/outline.yaml's label styles, and setting_table_notes): no cell of a table."""
    cfg = rules.load("parameters")
    styles = rules.load("outline")["styles"]
    labels = [styles[name].replace("(?P<n>", "(?:") for name in cfg["setting_table_outline_styles"]]
    return rules.compile_pattern("^(?:" + "|".join([*labels, cfg["setting_table_notes"]]) + ")")


@functools.cache
def _words(key: str) -> regex.Pattern:
    return rules.compile_pattern(rules.alternation(_cfg()[key]))


_LINE = rules.compile_pattern(r"[^\n]+")
_PIPE_ROW = rules.compile_pattern(r"\|.*\|")
_PIPE_CELL = rules.compile_pattern(r"(?<=\|)[^|\n]*(?=\|)")
_RULE_CELL = rules.compile_pattern(r"\s*:?-{3,}:?\s*")
_SPACED_CELL = rules.compile_pattern(r"[^ \n]+")
# a header cell's unit in brackets: 补贴额(元), 机动车(个), 标准(元/吨)
_BRACKET_UNIT = rules.compile_pattern(r"\((?P<unit>[^()]{1,12})\)$")
_SENTENCE_END = ("。", ";", ",", ":", "、")
_DIGIT = rules.compile_pattern(r"\d")
# a number alone in its cell; a scan may put a space after the decimal point (`0. 9`)
_NUMBER = rules.compile_pattern(r"(?P<num>\d+(?:\.[ ]?\d+)?)")
_BARE = rules.compile_pattern(r"(?P<symbol>[≥≤><])?[ ]*(?P<num>\d+(?:\.[ ]?\d+)?)[ ]*(?P<post>以上|以下|以内)?")
_CAPTION_UNIT = rules.compile_pattern(r"单位[::][ ]*(?P<unit>[^ ()\n]{1,8})")


# ------------------------------------------------------------------ units
def unit_of(cell: str) -> str | None:
    """The unit a cell holds alone or in brackets at its end (`(车位/户)`, `车位/100平`, `工业办公区(车位/100m建筑面
    积)`, `(元)`), written as readers write it (a rate per an area keeps 平方米: `100m建筑面积`, `100平`)."""
    m = _BRACKET_UNIT.search(cell)
    inner = m.group("unit") if m else cell.strip()
    if m is None and (cell.startswith("(") or len(inner) > 12):
        return None
    unit = _area_denominator(inner)
    if unit in _cfg()["units"] or unit.rstrip("%") == "" and unit:
        return unit
    head, sep, per = unit.partition("/")
    if sep and head in _cfg()["measure_words"] and per and len(per) <= 8:
        return unit
    return None


_AREA_PER = rules.compile_pattern(r"/(?P<n>\d+)(?:m|米|平)(?:建筑面积|面积|操场面积)?$")


def _area_denominator(unit: str) -> str:
    """车位/100m建筑面积 (the square lost by a scan: an area is no length) and 车位/100平 (平, as 平米, is 平方米)
    are per 100 平方米."""
    return _AREA_PER.sub(lambda m: f"/{m.group('n')}平方米", unit)


def _column_name(cell: str) -> str:
    m = _BRACKET_UNIT.search(cell)
    return cell[:m.start()].strip() if m and unit_of(cell) else cell


# ------------------------------------------------------------------ header
def _is_header_cell(cell: str, captioned: bool = False) -> bool:
    """A column's name: short, no sentence, no number but in a bracketed unit, and a word of a column of settings
    (any short name under a caption naming a standard)."""
    if not cell or len(cell) > _cfg()["max_header_chars"] or cell.endswith(_SENTENCE_END) or _outline().match(cell):
        return False
    name = _column_name(cell)
    if _DIGIT.search(name) or not name:
        return False
    return captioned or _role(cell) != "other"


def _role(cell: str) -> str:
    name = _column_name(cell)
    cfg = _cfg()
    if any(w in name for w in cfg["seq_columns"]):
        return "seq"
    if any(w in name for w in cfg["note_columns"]):
        return "note"
    if any(w in name for w in cfg["unit_columns"]):
        return "unit"
    if any(w in name for w in cfg["skip_columns"]):
        return "skip"
    if any(w in name for w in cfg["setting_columns"]):
        return "value"
    if name != cell and unit_of(cell):
        return "measure"  # a column of numbers (机动车(个)): of settings beside a column naming one, or under a caption
    if any(w in name for w in cfg["label_columns"]):
        return "label"
    return "other"


def _header_roles(cells: list[str], captioned: bool, pipe: bool) -> list[str] | None:
    """The roles of a header's cells, or None when they make no table of settings. A column of remarks (备注) closes
    a pipe table's header only: one cell a line, its cells could not be told from the next row's."""
    roles = [_role(c) for c in cells]
    notes = 0
    while pipe and len(roles) - notes > 2 and roles[-1 - notes] == "note":
        notes += 1
    if "note" in roles[:len(roles) - notes]:
        return None
    full, roles = roles, roles[:len(roles) - notes]
    if "other" in roles and not captioned or "measure" in roles and "value" not in roles and not captioned:
        return None
    roles = ["value" if r in ("other", "measure") else r for r in roles]
    full = roles + full[len(roles):]
    first = roles[1] if roles and roles[0] == "seq" and len(roles) > 1 else (roles[0] if roles else None)
    if first not in ("label", "unit") or "value" not in roles:
        return None
    if len(cells) < 3 and not captioned and not any(_role(c) == "value" and c != _column_name(c) for c in cells):
        return None  # two cells make a header when the column of values gives its unit (补助标准(元/月))
    if any(w in c for c in cells for w in _cfg()["goal_columns"]) or any(_YEAR.search(c) for c in cells):
        return None  # a table of goals: indicator_table.py
    if any(w in c for c in cells for w in _cfg()["fund_columns"]) and \
            not any(w in c for c in cells for w in _cfg()["rate_words"]):
        return None  # funds shared out (地区 | 补助资金(万元)): an allocation, no rate set for others
    last_label = max(i for i, r in enumerate(roles) if r in ("label", "unit", "seq"))
    if any(r in ("label", "unit") for r in roles[last_label + 1:]) or roles[last_label + 1:] == []:
        return None
    if any(r in ("label", "unit") for r in roles[roles.index("value"):]):
        return None  # values are the trailing columns
    return full


_YEAR = rules.compile_pattern(r"(?:19|20)\d{2}\s*年")


def _captioned(text: str, before: int) -> tuple[bool, str | None, str | None]:
    """Whether the line before a header names a table of standards (`表1 保障性住房停车位指标`), the unit its
    caption gives (`单位:元`) and the setting it names (指标)."""
    prev_end = text.rfind("\n", 0, before)
    if prev_end < 0:
        return False, None, None
    prev_start = text.rfind("\n", 0, prev_end) + 1
    line = text[prev_start:prev_end].strip()
    m = _CAPTION_UNIT.search(line)
    unit = m.group("unit") if m else None
    word = _words("caption_words").search(line) if len(line) <= 40 and not line.endswith("。") else None
    # a line giving a table's unit is its caption
    return word is not None or (unit is not None and len(line) <= 40), unit, word.group() if word else None


# ------------------------------------------------------------------ cells
@dataclass
class _Cell:
    start: int
    end: int
    row_end: bool = False   # the last cell of a pipe row (or of a line in a table of lines)


def _pipe_cells(text: str, s: int, e: int) -> list[_Cell]:
    """A pipe row's cells, empty ones kept (they hold a column's place); none for a rule row (`| --- |`)."""
    cells = []
    for m in _PIPE_CELL.finditer(text, s, e):
        cell = m.group()
        if _RULE_CELL.fullmatch(cell):
            return []
        lead = len(cell) - len(cell.lstrip())
        cells.append(_Cell(m.start() + lead, max(m.start() + lead, m.start() + len(cell.rstrip()))))
    if not any(c.end > c.start for c in cells):
        return []
    cells[-1].row_end = True
    return cells


def _spaced_cells(text: str, s: int, e: int) -> list[_Cell]:
    """A line's cells apart by spaces; a number a scan split after its decimal point (`0. 9`) stays one cell."""
    cells = [_Cell(m.start(), m.end()) for m in _SPACED_CELL.finditer(text, s, e)]
    out: list[_Cell] = []
    for c in cells:
        if out and text[out[-1].end - 1] == "." and _DIGIT.match(text, c.start) and \
                _NUMBER.fullmatch(text, out[-1].start, out[-1].end - 1):
            out[-1].end = c.end
        else:
            out.append(c)
    return out


def find_setting_tables(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> list[SettingTable]:
    """Every table of settings in text[start:end] outside the spans `taken` (indicator tables)."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text, start, end) if m.group().strip()]
    tables: list[SettingTable] = []
    i = 0
    while i < len(lines):
        s, e = lines[i]
        if (taken and any(a <= s < b for a, b in taken)) or (tables and s < tables[-1].end):
            i += 1
            continue
        table = _table_from(text, lines, i, end)
        if table is not None:
            tables.append(table)
        i += 1
    return tables


def _header_run(cells: list[str], captioned: bool) -> int:
    """How many of these cells make a header: header cells, up to the first row name after a column of values
    (`机动车(个)` ⏎ `非机动车(个)` ⏎ `一类地区`: 一类地区 opens the first row)."""
    n, seen_value = 0, False
    while n < len(cells) and _is_header_cell(cells[n], captioned):
        role = _role(cells[n])
        if seen_value and role in ("label", "unit", "seq"):
            break
        seen_value = seen_value or role not in ("label", "unit", "seq")
        n += 1
    return n


def _strip(text: str, c: _Cell) -> str:
    return text[c.start:c.end].strip()


def _table_from(text: str, lines: list[tuple[int, int]], i: int, end: int) -> SettingTable | None:
    s, e = lines[i]
    line = text[s:e].strip()
    if _PIPE_ROW.fullmatch(line):
        header = _pipe_cells(text, s, e)
        kind = "pipe"
    else:
        # A header opens with a header cell: the line's first cell (a row of cells apart by spaces) or the line (one
        # cell a line). Neither can be one under any caption for most lines (prose: long, ending in 。, numbered),
        # which are left here before their caption is read and their cells are made (half the time of find_setting_tables).
        if len(line) > _cfg()["max_header_chars"] and " " not in line:
            return None  # (the line is its only cell: too long for a header cell)
        first = _SPACED_CELL.search(text, s, e)
        if not _is_header_cell(line, True) and not (first and _is_header_cell(first.group().strip(), True)):
            return None
        captioned = _captioned(text, s)[0]
        spaced = _spaced_cells(text, s, e)
        n = _header_run([_strip(text, c) for c in spaced], captioned)
        if n >= 2:
            header, kind = spaced[:n], "spaced"
        else:
            j = i + _header_run([text[a:b].strip() for a, b in lines[i:i + _cfg()["max_header_cells"]]], captioned)
            if j - i < 2:
                return None
            header, kind = [_Cell(a, b) for a, b in lines[i:j]], "lines"
    if len(header) < 2:
        return None
    captioned, caption_unit, caption_word = _captioned(text, header[0].start)
    names = [_strip(text, c) for c in header]
    if not all(_is_header_cell(c, captioned) for c in names):
        return None
    roles = _header_roles(names, captioned, kind == "pipe")
    if roles is None:
        return None
    after = header[-1].end
    if kind == "pipe":
        body = [c for a, b in lines[i + 1:] if a >= after for c in _pipe_rows(text, a, b)]
    elif kind == "spaced":
        rest = [c for c in _spaced_cells(text, s, e) if c.start >= after]
        if rest:
            rest[-1].row_end = True
        body = rest + [c for a, b in lines[i + 1:] for c in _line_cells(text, a, b, spaced=True)]
    else:
        body = [c for a, b in lines[i:] if a >= after for c in _line_cells(text, a, b, spaced=False)]
    table = _read(text, header, names, roles, body, kind, caption_unit, caption_word)
    cited = _cited_bound(text, header[0].start)
    if table is not None and cited:
        bound, said_at = cited
        # a value the text restates after citing the table (`…可按区域内职工人数(20.0车位/百职工)计算` ⏎ `表 2…`) is
        # bound as restated there, not by the citation
        # (its measure word said, a rate's base maybe not: 20.0车位 of 车位/百职工)
        restated = {(q.value, q.unit.partition("/")[0]): q.comparator or "="
                    for q in find_quantities(text, said_at, header[0].start)}
        for c in table.cells:
            c.comparator = c.comparator or restated.get((c.value, c.unit.partition("/")[0]), bound)
    return table


@functools.cache
def _cited_bound_pattern() -> regex.Pattern:
    bounds = _cfg()["cited_bounds"]
    words = rules.alternation([w for ws in bounds.values() for w in ws])
    return rules.compile_pattern(rf"(?P<word>{words})(?:本|下|附)?表[ ]*[0-9一二三四五六七八九十]*")


def _cited_bound(text: str, start: int) -> tuple[str, int] | None:
    """The bound the sentence citing a table sets on its values (`停车位指标不应小于表1的规定` ⏎ `表1 …`: each value is
    a floor), read in the lines just before the table, and where the citation ends."""
    found = None
    for m in _cited_bound_pattern().finditer(text, max(0, start - _cfg()["cited_bound_reach"]), start):
        found = m
    if found is None:
        return None
    word = found.group("word")
    return next(op for op, words in _cfg()["cited_bounds"].items() if word in words), found.end()


def _pipe_rows(text: str, s: int, e: int) -> list[_Cell]:
    line = text[s:e].strip()
    return _pipe_cells(text, s, e) if _PIPE_ROW.fullmatch(line) else [_Cell(s, e, row_end=True)]


def _line_cells(text: str, s: int, e: int, spaced: bool) -> list[_Cell]:
    """A body line's cells: in a table of lines (`spaced`) its cells apart by spaces, the line closing its row; under
    a header one cell a line, the line one cell, or its cells when it is a row of its own ending on a number (a PDF
    page setting a row's cells on one line: `红花草 60`)."""
    cells = _spaced_cells(text, s, e)
    if spaced:
        if cells:
            cells[-1].row_end = True
        return cells
    if len(cells) > 1 and not _is_body(text[s:e].strip()) and _value(text, cells[-1]) is not None:
        return cells
    return [_Cell(s, e)]


# ------------------------------------------------------------------ rows
def _value(text: str, c: _Cell) -> tuple[int, int, float, float | None, str, str | None] | None:
    """A value cell's number: (start, end, value, value_max, unit, comparator), or None for a label."""
    cell = text[c.start:c.end]
    lead = len(cell) - len(cell.lstrip())
    s, e = c.start + lead, c.start + len(cell.rstrip())
    if not _DIGIT.search(cell):
        return None  # a table writes its values in digits (三类 is a row's name)
    quantities = [q for q in find_quantities(text, s, e)]
    if len(quantities) == 1 and quantities[0].start == s and quantities[0].end == e:
        q = quantities[0]
        return q.start, q.end, q.value, q.value_max, q.unit, q.comparator
    m = _BARE.fullmatch(text, s, e)
    if m is None:
        return None
    value = float(m.group("num").replace(" ", ""))
    words = rules.load("targets")  # (the comparator of a symbol or a bound word after the number, as quantities read it)
    comparator = words["symbols"].get(m.group("symbol") or "") or words["post_bounds"].get(m.group("post") or "")
    return m.start(), m.end(), value, None, "", comparator


def _is_body(cell: str) -> bool:
    """A line that cannot be a cell: prose after the table, the next outline item or a note."""
    return len(cell) > _cfg()["max_cell_chars"] or cell.endswith("。") or bool(_outline().match(cell))


def _read(text: str, header: list[_Cell], names: list[str], roles: list[str], body: list[_Cell], kind: str,
          caption_unit: str | None, caption_word: str | None) -> SettingTable | None:
    value_cols = [i for i, r in enumerate(roles) if r not in ("label", "unit", "seq", "note")]
    label_cols = [i for i, r in enumerate(roles) if r in ("label", "unit")]
    if kind == "pipe":
        rows, last_end = _pipe_table_rows(text, roles, body)
    else:
        rows, last_end = _cell_rows(text, roles, body, kind)
    if not rows:
        return None
    unit_cells = {u for row_labels, _ in rows for c in row_labels if (u := unit_of(_strip(text, c)))}
    table_unit = next(iter(unit_cells)) if len(unit_cells) == 1 else None
    out: list[SettingCell] = []
    read: list[tuple[int, int]] = []
    previous: list[str] = []
    for row_labels, row_values in rows:
        before = len(out)
        if kind != "pipe":
            # numbers before the value columns (the 20 of 20马力以下 read alone) are labels
            extra = max(0, len(row_values) - len(value_cols))
            row_labels = row_labels + [c for c, _ in row_values[:extra]]
            row_values = list(zip(value_cols[len(value_cols) - len(row_values[extra:]):], row_values[extra:]))
        words = [_strip(text, c) for c in row_labels]
        row_unit = next((u for w in words if (u := unit_of(w))), None)
        words = [w for w in words if not (unit_of(w) and (_BRACKET_UNIT.fullmatch(w) or not _BRACKET_UNIT.search(w)))]
        words = [_BRACKET_UNIT.sub("", w) if unit_of(w) else w for w in words]
        words = [w for w in words if w]
        if len(words) < len(label_cols):
            words = previous[:len(label_cols) - len(words)] + words
        previous = words
        for col, (_cell, (s, e, value, value_max, unit, comparator)) in row_values:
            if roles[col] != "value":
                continue
            unit = unit or row_unit or table_unit or unit_of(names[col]) or caption_unit or ""
            if not unit:
                continue
            # a column naming a setting names each of its numbers (补贴额: the rows are the cases it is set for, as
            # the guide keeps who qualifies out of a name); a column of a measure (机动车(个)) is the row's, of the
            # setting the caption names (配建指标表: 一类地区机动车指标)
            column = _column_name(names[col])
            name = column if _role(names[col]) == "value" else "".join(words) + column + (caption_word or "")
            out.append(SettingCell(start=s, end=e, value=value, value_max=value_max, unit=unit, name=name,
                                   comparator=comparator))
        if len(out) > before:
            cells = row_labels + [c for _, (c, _) in row_values]
            read.append((min(c.start for c in cells), max(c.end for c in cells)))
    if not out:
        return None
    return SettingTable(start=header[0].start, end=last_end, cells=out, rows=read)


def _cell_rows(text: str, roles: list[str], body: list[_Cell], kind: str) -> tuple[list, int]:
    """Rows of cells one a line or apart by spaces: a row's labels, then its values (cell, value); the next label
    closes it (and so does the end of a line of a table of lines, and a 序号 cell)."""
    label_cols = [i for i, r in enumerate(roles) if r in ("label", "unit")]
    rows: list[tuple[list[_Cell], list[tuple]]] = []
    labels: list[_Cell] = []
    values: list[tuple] = []
    last_end = body[0].start if body else 0
    max_labels = max(_cfg()["max_label_run"], 2 * len(label_cols) + 1)
    numbered, expected = roles[0] == "seq", 1
    for c in body:
        cell = _strip(text, c)
        v = _value(text, c) if cell else None
        if v is None and (_is_body(cell) or _is_header_cell(cell) and not labels and not values and rows):
            break
        if numbered and cell == str(expected) and (values or not labels):
            # a 序号 cell opens the next row (a row's last value and the next number are apart by it)
            if values:
                rows.append((labels, values))
                labels, values = [], []
            expected += 1
            last_end = c.end
            continue
        if v is None:
            if values:
                rows.append((labels, values))
                labels, values = [], []
            labels.append(c)
            if len(labels) > max_labels:
                break  # a run of words with no number: the text after the table
        else:
            values.append((c, v))
        if c.row_end and kind != "lines":
            if values:
                rows.append((labels, values))
            labels, values = [], []
        last_end = c.end
    if values:
        rows.append((labels, values))
    return rows, last_end


def _pipe_table_rows(text: str, roles: list[str], body: list[_Cell]) -> tuple[list, int]:
    """Rows of pipe rows, their cells aligned to the header by position (from the right when merged leading cells
    are left out); the first line that is no pipe row ends the table."""
    rows, row, last_end = [], [], body[0].start if body else 0
    for c in body:
        row.append(c)
        if not c.row_end:
            continue
        cells, row = row, []
        if len(cells) == 1 and not _PIPE_ROW.fullmatch(text[c.start:c.end].strip()) and \
                not text[text.rfind("\n", 0, c.start) + 1:c.start].strip().startswith("|"):
            break  # a line of text after the table
        if len(cells) > len(roles):
            break  # another table
        labels, values = [], []
        for col, cell in zip(range(len(roles) - len(cells), len(roles)), cells):
            if roles[col] in ("label", "unit"):
                labels.append(cell)
            elif roles[col] in ("value", "skip") and (v := _value(text, cell)) is not None:
                values.append((col, (cell, v)))
        if values:
            rows.append((labels, values))
        last_end = c.end
    return rows, last_end


def setting_parameters(text: str, table: SettingTable) -> list[Parameter]:
    """The parameters of a table of settings, one a number (its span the number's characters)."""
    sentence = text[table.start:table.end].strip()
    return [Parameter(name=c.name, comparator=c.comparator or ("range" if c.value_max is not None else "="),
                      value=c.value, value_max=c.value_max, unit=c.unit, span_text=text[c.start:c.end],
                      char_start=c.start, char_end=c.end, sentence=sentence)
            for c in table.cells]
