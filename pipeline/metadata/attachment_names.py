"""The name of a document a notice carries as its attachment: the one file it issues (附件:X.pdf), the one list it
publishes (附件:X), and the heading over the attachment's body where the text carries it."""

from __future__ import annotations

from ..rules import compile_pattern
from .lines import compact, is_heading_like
from .patterns import patterns


_NUMBERED_OR_LINK = compile_pattern(r"\d|https?:")  # a list of several (1.…) or a front matter's link
_IN_A_SENTENCE = compile_pattern(r"[。;!?\s]")  # a paragraph or a block of lines ending on a file's name is none


def issued_attachment(text: str, title: str = "") -> str | None:
    """The one file a notice issues by attaching it (现予印发 ⏎ 附件: ⏎ X修订内容.pdf, or the file's link standing alone
    under the notice: 现印发你们 … ⏎ 蒙西…实施细则(试行).pdf): X, the document's own name, its body not in the text.
    A file named as the notice is the notice itself (its PDF)."""
    rules = patterns()
    if not rules["issuing_words"].search(text):
        return None
    lines = [line.strip() for line in text.split("\n")]
    names = set()
    for i, line in enumerate(lines):
        m = rules["attachment"]["line"].match(line)
        name = (m.group("rest") or (lines[i + 1] if i + 1 < len(lines) else "")) if m else line
        if rules["file_name"].search(name) and not _NUMBERED_OR_LINK.match(name) and not _IN_A_SENTENCE.search(name) \
                and len(name) <= rules["issued_file_name_max_chars"]:
            name = rules["file_name"].sub("", name).strip()
            if compact(name) != compact(title):
                names.add(name)
    return names.pop() if len(names) == 1 and len(next(iter(names))) >= rules["issued_file_name_min_chars"] else None


def published_attachment(title: str, text: str) -> str | None:
    """关于公布X的通知 / 关于下达X的通知 whose text lists one attachment (附件:道路桥梁和隧道安全保护区域): the attachment's own
    name, the document it publishes, over the title's words for it (本市城市桥梁和隧道安全保护区域); 关于推广X的通知 likewise
    where the attachment's name holds X (附件:X推广清单)."""
    rules = patterns()
    handed = rules["attachment_handed"].search(title)
    if not rules["attachment_named"].search(title) and not handed:
        return None
    one = rules["attachment"]["one"]
    lines = [m.group("name") for line in text.split("\n") if (m := one.match(line.strip()))]
    if len(lines) != 1 or _IN_A_SENTENCE.search(lines[0]):
        return None
    if not rules["attachment_named"].search(title) and compact(handed.group("named")) not in compact(lines[0]):
        return None
    return attachment_heading(text, lines[0]) or lines[0]


_YEAR_ALONE = compile_pattern(r"\d{4}")


def attachment_heading(text: str, name: str) -> str | None:
    """The heading over the attachment's body, under its lone `附件` line, where the text carries one: the attachment's
    own name (CONVENTIONS, lists published as an attachment: extra shgov_0040, whose list line says 嘉定区2014年度…任务计划表
    and whose heading `2014` ⏎ `年嘉定区…减量化计划表`, a year the page's width broke off). A heading that is the same
    attachment's is written with the list line's words (most of its characters are the name's); a table's first cell
    (`序号`, `单位:公顷`) is none."""
    rules = patterns()
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    for i, line in enumerate(lines[:-1]):
        if not rules["attachment"]["alone"].match(line):
            continue
        heading, j = lines[i + 1], i + 1
        if _YEAR_ALONE.fullmatch(heading) and j + 1 < len(lines) and lines[j + 1].startswith("年"):
            heading += lines[j + 1]
        if not is_heading_like(heading, rules["attachment_heading_max_chars"]) or rules["item_line"].match(heading) \
                or len(heading) < rules["attachment_heading_min_chars"]:
            continue
        shared = sum(1 for ch in heading if ch in name)
        if compact(heading) != compact(name) and shared >= rules["attachment_heading_name_share"] * len(heading):
            return heading
    return None
