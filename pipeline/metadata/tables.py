"""A page's metadata: its table (标题, 发文字号, 成文日期…), markdown front matter, `label:` fields."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .. import markdown
from ..outline.lines import Line
from .dates import DATE_SOURCE
from .patterns import patterns
from .title_lines import ends_as_document, finishing_part


@dataclass
class Table:
    fields: dict[str, str]
    end: int  # index of the first line after the table (0 without one)
    start: int = 0  # index of its first line


def as_field_lines(lines: list[Line]) -> list[Line]:
    """The lines with each page field written in another shape (`【文 号】 X`, a markdown row `| 文 号 | X |
    主 题 词 | |`) as `label: value`, the shape the table and field readers read; other lines as they are."""
    return [Line(line.start, line.end, text) if (text := field_text(line.text)) is not None else line for line in lines]


def field_text(text: str) -> str | None:
    """`【文 号】 X` -> `文号: X`; `| 索 引 号 | X | 分 类 | Y |` -> `索引号: X 分类: Y`; None for a line that
    is no field in those shapes (the label must be one a page's metadata uses, rules/metadata.yaml) or a row of
    empty fields (chrome as it is)."""
    rules = patterns()
    if text.startswith(("【", "[")):
        m = rules["bracketed_field"].match(text)
        label = label_key(m.group("label")) if m else None
        if label and _page_label(label):
            return f"{label}: {m.group('value').strip()}"
        return None
    if not (text.startswith("|") and text.endswith("|")) or text.count("|") < 3:
        return None
    cells = [cell.strip() for cell in text[1:-1].split("|")]
    labels = [regex.sub(r"[\s:]+", "", cell) for cell in cells[::2]]
    if not labels or not all(label and _page_label(label) for label in labels):
        return None
    # an empty cell holds no value (a label alone on its line would take the next line's text as its value)
    pairs = [f"{label}: {value}" for label, value in zip(labels, cells[1::2]) if value]
    return " ".join(pairs) if pairs else None


def _page_label(label: str) -> bool:
    rules = patterns()
    return label in rules["record_fields"] or label in rules["unread_labels"]


def read_table(head: list[Line]) -> Table:
    """A page's metadata table (gov.cn: 索引号, 发文机关, 成文日期, 标题, 发文字号, 发布日期,
    主题词): each label on its own line (`标 题:`), its value on the same line or the next
    (an empty field has none: the next line is then another label, or the title)."""
    rules = patterns()
    labels = rules["record_fields"]
    fields: dict[str, str] = {}
    end = count = start = 0
    run = False  # the lines since `start` are all the table's
    i = 0
    while i < len(head):
        pairs = row_of_fields(head[i].text)
        if any(name for name, _ in pairs):
            for name, value in pairs:
                if name and value:
                    fields.setdefault(name, value)
            start = start if run else i
            run = True
            count += sum(1 for name, _ in pairs if name)
            i += 1
            end = i
            continue
        m = rules["table_label"].match(head[i].text)
        label = label_key(m.group("label")) if m else None
        name = labels.get(label) if m else None
        if name is None:
            if m and count and (label in rules["unread_labels"] or unlisted_field(head[i].text)):
                i += 1  # a field the project does not read (检索时间: 2026-02-02 15:25:09, 失效时间: …): the table goes on
                end = i
                continue
            if m and count and not m.group("value").strip():
                i += 1  # a field the project does not read, left empty (`• 主题分类:`): the table goes on
                continue
            if count >= 2:
                break
            i += 1
            run = False  # a lone label above (a page's 发布时间 line over its title) starts no table here
            continue
        start = start if run else i
        run = True
        value = m.group("value").strip()
        if not value and i + 2 < len(head) and rules["page_number_line"].fullmatch(head[i + 1].text):
            i += 1  # a page's number printed between a label and its value (`发文机关:` ⏎ `3` ⏎ `国务院`)
        nxt = head[i + 1].text if i + 1 < len(head) else ""
        next_label = rules["table_label"].match(nxt)
        next_is_label = bool(next_label) and (bool(labels.get(label_key(next_label.group("label"))))
                                              or not next_label.group("value").strip())
        if not value and nxt and not next_is_label and (name != "keywords" or rules["keywords"].match(nxt)):
            value = nxt
            i += 1
        if name == "title" and value and i + 1 < len(head) and not rules["table_label"].match(head[i + 1].text) \
                and (part := finishing_part(value, head[i + 1].text)) is not None:
            value += part  # a title the printed page's width broke (`…组成人员的` ⏎ `通知`)
            i += 1
        if value and name not in fields:
            fields[name] = value
        count += 1
        i += 1
        end = i
    if count < 2:
        return Table({}, 0)
    while start > 0 and unlisted_field(head[start - 1].text):
        start -= 1  # fields the rules do not list, over the table's first listed one (产业类型:…, 政策名:… ⏎ 发布机构:…)
    return Table(fields, end, start)


def unlisted_field(text: str) -> bool:
    """A `label: value` line of a page's fields whose label the rules do not list (a crawler's own: 政策名, 产业类型,
    失效时间, 具体链接): a short label of Chinese characters, a value that is no sentence. Read only beside a table's
    listed fields, which show the lines around them are a page's fields, not the body's."""
    rules = patterns()
    m = rules["table_label"].match(text)
    if not m:
        return False
    label, value = label_key(m.group("label")), m.group("value").strip()
    return bool(rules["unlisted_label"].fullmatch(label)) and bool(value) and not rules["unlisted_sentence_end"].search(value)


def label_key(label: str) -> str:
    """A label as the rules list it: a Chinese one without the spaces a page sets inside it (`标 题`), an English
    key as written (`URL Source`)."""
    return label if label.isascii() else label.replace(" ", "")


def row_of_fields(text: str) -> list[tuple[str, str]]:
    """The fields a table row holds side by side (`废止时间: 2020-01-23 名称: 太湖县人民政府关于…的通知`):
    (name, value) for each label, its value up to the next label, name None for a label the
    project does not read (信息来源, 关键词); [] when the row holds fewer than two labels."""
    if text.count(":") < 2:
        return []  # (speed) each label ends with a colon of its own: fewer than two labels
    rules = patterns()
    marks = list(rules["table_pair"].finditer(text))
    if len(marks) < 2 or marks[0].start() > 0:
        return []
    return [(rules["table_fields"].get(m.group("label")),
             text[m.end():marks[k + 1].start() if k + 1 < len(marks) else len(text)].strip())
            for k, m in enumerate(marks)]


def read_front_matter(head: list[Line]) -> Table | None:
    """Markdown front matter (`---`, `标题: …` / `文号: …` / `发布日期: …` lines, `---`) at the
    top of the text, or a reader service's header (`Title: …`, `URL Source: …`, `Markdown
    Content:`): a metadata table whose labels are a page table's; the body follows it."""
    rules = patterns()
    if not head:
        return None
    if rules["front_fence"].match(head[0].text):
        close_pattern, field = rules["front_fence"], rules["front_field"]
    elif rules["page_header_first"].match(head[0].text):
        close_pattern, field = rules["page_header_end"], rules["page_header_field"]
    else:
        return None
    close = next((j for j in range(1, min(len(head), rules["front_max"])) if close_pattern.match(head[j].text)),
                 None)
    if close is None:
        return None
    labels = rules["table_fields"]
    fields: dict[str, str] = {}
    for k, line in enumerate(head[:close]):
        m = field.match(line.text.strip())
        name = labels.get(m.group("label")) if m else None
        value = m.group("value").strip() if m else ""
        if name == "title" and value and k + 1 < close and not field.match(head[k + 1].text.strip()) \
                and (part := finishing_part(value, head[k + 1].text)) is not None:
            value += part
        if name and value and value not in rules["front_empty"]:
            fields.setdefault(name, value)
    # read as YAML, its keys named by rules/markdown.yaml (title, official_number, issuer: [- …])
    yaml_block = markdown.front_matter([line.text for line in head[:close + 1]])
    return Table({**yaml_block[0], **fields} if yaml_block else fields, close + 1)


def read_fields(head: list[Line]) -> dict[str, str]:
    """Values of a metadata block (`成文日期:` + value, on one line or the next)."""
    found: dict[str, str] = {}
    for i, line in enumerate(head):
        if ":" not in line.text:
            continue  # (speed) every field's label ends with a colon
        for name, pattern in patterns()["fields"].items():
            m = pattern.match(line.text)
            if not m or name in found:
                continue
            value = m.group(1).strip()
            if not value and i + 1 < len(head):
                value = head[i + 1].text
            if value:
                found[name] = value
    return found


def read_record(head: list[Line]) -> dict[str, str]:
    """The fields of a database record stored as one line over the text (`2021-08-11 00:00:00 | 住建部 | 关于…的通知 |
    关于…`, realestate_0001), read as a page's fields are: the part that is only a date (a time may follow it) is the
    page's date (publish_date), the part that is only a body's name its publisher; the title part is read by the title
    (title_fields.database_title), the text part is the text."""
    rules = patterns()
    line = next((line for line in head if rules["record_line"].match(line.text)), None)
    fields: dict[str, str] = {}
    for part in (p.strip() for p in line.text.split("|")) if line else ():
        if _RECORD_DATE.fullmatch(part):
            fields.setdefault("publish_date", part)
        elif rules["org_line"].match(part) and len(part) <= rules["signer_name_max_chars"] and not ends_as_document(part):
            fields.setdefault("publisher", part)
    return fields


_RECORD_DATE = regex.compile(rf"(?:{DATE_SOURCE})(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?")
