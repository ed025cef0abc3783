"""附件 lines: an attachment list (no items), or the header of an attached document that
starts an outline of its own (附件N)."""
from __future__ import annotations

from ..markdown import link_only
from ..rules import compile_pattern
from .labels import ordinal_value, read_label
from .lines import Line
from .patterns import patterns

_NUMBERED_LIST_START = compile_pattern(r"^(?:1[.、]|\(1\))(?!\d)")
_LIST_ITEM = compile_pattern(r"^(?:\d{1,2}[.、]|\(\d{1,2}\)|[一二三四五六七八九十]{1,3}、)")
_LIST_ENTRY = compile_pattern(r"^(?:(?P<n>\d{1,2})[.、]|\((?P<pn>\d{1,2})\))?\s*(?P<title>\S.*)$")


def attachment_before(text: str, body_start: int) -> str | None:
    """`附件N` when the body is an attachment: the plan issued by the notice stands under an
    `附件N` line after the signature (附件1 ⏎ 某某方案 ⏎ 一、…), so its paths take that prefix."""
    before = [line.strip() for line in text[max(0, body_start - 200):body_start].split("\n") if line.strip()]
    for line in reversed(before[-5:]):  # 附件N, then the plan title over up to 3 lines
        m = patterns()["attachment"].match(line)
        if m and not (m.group("rest") or "").strip():
            return f"附件{ordinal_value(m.group('n')) if m.group('n') else 1}"
    return None


def classify_attachment_lines(lines: list[Line]) -> dict[int, tuple[str, int | str | None]]:
    """Role of each 附件 line: `header` (an attached document follows, with its number),
    `list` (attachment list, not items) or `continuation` (a later line of such a list)."""
    rules = patterns()
    roles: dict[int, tuple[str, int | None]] = {}
    headers = 0
    for i, line in enumerate(lines):
        if "附" not in line.text[:8] or i in roles:
            continue
        text = rules["heading_marks"].sub("", line.text, count=1)  # `## 附件:`, a markdown page's heading
        if not text.startswith("附"):
            continue
        m = rules["attachment"].match(text)
        if rules["attachment_list_head"].match(text) or (m and _LIST_ITEM.match(m.group("rest") or "")):
            roles[i] = ("list", None)
            _mark_list_continuation(lines, i + 1, roles)
        elif m and m.group("n") is None and not m.group("rest") and i + 1 < len(lines) \
                and _NUMBERED_LIST_START.match(lines[i + 1].text):
            roles[i] = ("list", None)  # `附件:` over `1.名单` `2.清单` (a title on the line heads its own rows)
            _mark_list_continuation(lines, i + 1, roles)
        elif m:
            if has_body(lines, i + 1):
                headers += 1
                number = ordinal_value(m.group("n")) if m.group("n") else headers
                listed = None if (m.group("rest") or "").strip() or i + 1 >= len(lines) \
                    else _listed_entry(lines, roles, lines[i + 1].text)
                if listed is not None:  # `附件` ⏎ its title, named by the notice's attachment list
                    entry_line, entry_number = listed
                    if roles[entry_line][0] == "header":  # `附件:X` before the signature was a list, not a body
                        roles[entry_line] = ("list", None)
                        headers -= 1
                    number = number if m.group("n") else entry_number
                headers = max(headers, number or headers)
                if m.group("sub"):  # 附件1—2: numbered within its group, named as written
                    number = f"{number}{m.group('dash')}{m.group('sub')}"
                roles[i] = ("header", number)
            else:
                roles[i] = ("list", None)
                _mark_list_continuation(lines, i + 1, roles)
    return roles


def _listed_entry(lines: list[Line], roles: dict, title: str) -> tuple[int, int] | None:
    """The earlier 附件 line (or list line under one) whose entry names `title`, with the entry's number:
    its own (`2.X`, `附件2:X`) or 1 where the list names one attachment (`附件:X`)."""
    title = title.strip()
    if len(title) < 4:
        return None
    for k in sorted(roles):
        text = patterns()["heading_marks"].sub("", lines[k].text, count=1)
        m = patterns()["attachment"].match(text) if roles[k][0] != "continuation" else None
        rest = (m.group("rest") or "").strip() if m else text
        entry = _LIST_ENTRY.match(rest)
        if not entry or not _names(entry.group("title"), title):
            continue
        n = entry.group("n") or entry.group("pn") or (m.group("n") if m else None)
        return k, ordinal_value(n) if n else 1
    return None


def _names(entry: str, title: str) -> bool:
    """Whether a list entry names the title (either may be cut short where a line wraps)."""
    entry = entry.strip().rstrip("。;")
    return entry == title or min(len(entry), len(title)) >= 6 and (entry.startswith(title) or title.startswith(entry))


def _mark_list_continuation(lines: list[Line], j: int, roles: dict) -> None:
    """The list's numbered lines, and the lines between them that only show what each names (a markdown
    page's image of the attached table: `1.…主要指标` ⏎ `![…主要指标](/img/….png)` ⏎ `2.…架构图`)."""
    while j < len(lines) and (link_only(lines[j].text) or _LIST_ITEM.match(lines[j].text)
                              and "。" not in lines[j].text and len(lines[j].text) <= 80):
        roles[j] = ("continuation", None)
        j += 1


def has_body(lines: list[Line], j: int) -> bool:
    """Whether an attached document follows: numbered items or enough text before the next 附件."""
    rules = patterns()
    chars = 0
    for k in range(j, len(lines)):  # not lines[j:]: a copy per 附件 line made many such lines quadratic
        line = lines[k]
        if line.text.startswith("附") and rules["attachment"].match(line.text):
            break
        if read_label(line.text) is not None:
            return True
        chars += len(line.text)
        if chars >= rules["attachment_min_body"]:
            return True
    return False
