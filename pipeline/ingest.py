"""Ingest: read a notice file (.txt or .md in any common Chinese encoding, .html/.htm, .docx, a
crawler's .json record; .pdf, .doc and .wps through pipeline/formats) and return its text, one
block per line. Bad input raises `InputError` with the reason."""
from __future__ import annotations

import codecs
import io
import re
import zipfile
from pathlib import Path

import charset_normalizer

from . import dump_rows, embedded, formats, inline_html, stored_escapes
from .document import Document
from .rules import load

# markdown pages are text files (pipeline/markdown.py reads their layout, whatever the name)
SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".json") + formats.SUFFIXES


class InputError(Exception):
    """A file that cannot be read as a notice; the message says why."""


def read_document(path: Path, corpus: Path) -> Document:
    limits = load("ingest")
    size = path.stat().st_size
    if size == 0:
        raise InputError("empty file")
    if size > limits["max_bytes"]:
        raise InputError(f"file too large ({size / 1e6:.0f} MB > {limits['max_bytes'] / 1e6:.0f} MB limit)")
    data = path.read_bytes()
    suffix = path.suffix.lower()
    notes: list[str] = []  # what was lost or guessed in reading, for the document's warnings
    decoded: str | None = None  # a text file's or a JSON record's text as stored, before it is read
    if suffix == ".docx":
        raw = docx_text(data)
    elif suffix in (".html", ".htm"):
        raw = html_text(data, notes)
    elif suffix in formats.SUFFIXES:
        raw = formats.read(data, suffix, notes)
    elif suffix == ".json":
        raw = json_record(decoded := decode(data, notes), notes)
    else:
        raw = text_file(decoded := decode(data, notes), notes)
    # Breaks stored escaped (`\n`, `\r\n`, `\t`: pipeline/stored_escapes.py) are read once in a document, where its
    # text is first one string: markup's before its blocks make lines (text_file, html_text, which formats.read
    # reads a page with), a document's extracted text here. Once: a doubled backslash read (`\\n` -> `\n`) is a
    # backslash and an `n`, which a second reading would make a break.
    if (suffix == ".docx" or suffix in formats.SUFFIXES) and _kind_of(data) not in _MARKUP_KINDS:
        raw = stored_escapes.breaks_read(raw)
    if not raw.strip():
        raise InputError("no text in file")
    name, warning = source_name(path, corpus)
    doc = Document(source_file=name, raw=raw)
    if decoded is not None:
        # a stored database row's columns are page metadata (a SQL row whose body runs over lines is no program's
        # literal, so not read as code: it is told by its statement)
        from .metadata.stored_record import record_columns  # (here: the parent process never loads the stages)
        doc.record = record_columns(decoded) or []
    doc.warnings.extend(([warning] if warning else []) + notes)
    return doc


def text_file(text: str, notes: list[str]) -> str:
    """What a text file shows: the notice a program's string literals hold when it is code
    (pipeline/embedded.py), and the visible text of the HTML its lines carry
    (pipeline/inline_html.py), without a server template's code; a database dump's row is its
    text fields (pipeline/dump_rows.py)."""
    rows = dump_rows.fields_as_lines(text)
    if rows is not None:
        text = rows
        notes.append("database dump rows: the notice read from their text fields")
    found = embedded.document_in_code(text)
    if found is not None:
        text, literals = found
        notes.append(f"program code: the notice read from {literals} of its string literals")
    # a field stored escaped: its breaks are read before the markup's blocks make lines of their own, and HTML
    # stored as entities is HTML (pipeline/stored_escapes.py)
    text = stored_escapes.markup_unescaped(stored_escapes.breaks_read(text))
    text = embedded.without_server_code(text)
    if _WHOLE_PAGE.match(text):
        return page_text(text, notes)  # a page saved as text reads as the page, its tables as a page's (html_text)
    return inline_html.visible_text(text)


# what formats.read reads as a page (pipeline/formats/sniff.py), through html_text, which reads its breaks
_MARKUP_KINDS = ("html", "mht")


def _kind_of(data: bytes) -> str:
    from .formats.sniff import kind_of

    return kind_of(data)


_WHOLE_PAGE = re.compile(r"\A\ufeff?\s*(?:<!doctype\s+html|<html[\s>])", re.I)


def json_record(text: str, notes: list[str]) -> str:
    """The notice a crawler's JSON record holds (one notice per file: its title, number and body
    fields, or the body split into pages or articles), read as a JSON record stored as .txt is
    (`text_file`); a JSON file whose strings hold no notice (a crawl's index, a manifest) is no input."""
    if embedded.document_in_code(text) is None:
        raise InputError("a .json file whose strings hold no notice text (not a crawled notice record)")
    return text_file(text, notes)


def source_name(path: Path, corpus: Path) -> tuple[str, str | None]:
    """`path` relative to the corpus with `/` separators, and a warning when the name is
    not valid UTF-8 (a file copied from an old GBK system, say).

    Such a name is recorded with each byte that is not UTF-8 as `\\xNN` and each
    backslash doubled, so the bytes can be recovered (`unescape_name`) and the tables,
    which hold UTF-8 only, can still be written.
    """
    name = path.relative_to(corpus).as_posix()
    try:
        name.encode("utf-8")
        return name, None
    except UnicodeEncodeError:
        pass
    escaped = "".join(f"\\x{ord(c) - 0xDC00:02x}" if 0xDC80 <= ord(c) <= 0xDCFF else
                      ("\\\\" if c == "\\" else c) for c in name)
    return escaped, f"file name is not valid UTF-8: recorded as {escaped} (bytes not UTF-8 as \\xNN)"


def unescape_name(name: str) -> bytes:
    """The file name's bytes from a name recorded by `source_name`."""
    parts = re.split(r"(\\\\|\\x[0-9a-f]{2})", name)
    return b"".join(b"\\" if p == "\\\\" else bytes([int(p[2:], 16)]) if p.startswith("\\x")
                    else p.encode("utf-8") for p in parts)


def decode(data: bytes, notes: list[str] | None = None) -> str:
    """Text of `data`: BOM first, then strict UTF-8, then line by line when lines in UTF-8 and
    lines in GB18030 are mixed (a note says so), then detection (GB18030 for the GB family)."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as e:
                raise InputError(f"invalid {codec} after byte-order mark: {e.reason}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_mixed(data, notes)
    if text is None:
        best = charset_normalizer.from_bytes(data[:200_000]).best()
        if best is None:
            raise InputError("binary or undecodable content (no text encoding fits)")
        text = data.decode(_superset(best.encoding), errors="replace")
    if _looks_binary(text):
        raise InputError("binary content (control characters), not a text notice")
    return text


def _decode_mixed(data: bytes, notes: list[str] | None) -> str | None:
    """Each line as UTF-8 if it is, else as GB18030, when both kinds occur (a notice pasted
    together from two sources); None when the lines are not such a mix."""
    counts = {"utf-8": 0, "gb18030": 0, "undecodable": 0}
    pieces = []
    for line in data.split(b"\n"):
        if line.isascii():
            pieces.append(line.decode("ascii"))
            continue
        for codec in ("utf-8", "gb18030"):
            try:
                pieces.append(line.decode(codec))
                counts[codec] += 1
                break
            except UnicodeDecodeError:
                continue
        else:
            pieces.append(line.decode("gb18030", errors="replace"))
            counts["undecodable"] += 1
    if not counts["utf-8"] or not counts["gb18030"] or counts["undecodable"] > counts["utf-8"] + counts["gb18030"]:
        return None
    if notes is not None:
        notes.append(f"mixed encodings decoded line by line: {counts['utf-8']} lines UTF-8, "
                     f"{counts['gb18030']} GB18030" + (f", {counts['undecodable']} with undecodable bytes "
                                                        "replaced" if counts["undecodable"] else ""))
    return "\n".join(pieces)


_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffd]")


def _looks_binary(text: str) -> bool:
    sample = text[:20_000]
    return len(_CONTROL.findall(sample)) > max(8, len(sample) // 100)


# `</body>` and `</html>` anywhere in a page: an included fragment (a site's header template) may
# close its own page mid-file, as gov.cn's mirrored pages do, and lxml drops everything after an
# `</html>`. They are dropped; the parser closes body and html at the end of the file.
_PAGE_END_TAGS = re.compile(r"</(?:body|html)\s*>", re.I)


def html_text(data: bytes, notes: list[str] | None = None) -> str:
    """Visible text of an HTML page, one block per line (scripts and styles dropped).

    The parser gives up below some depth (a page of 100,000 nested or unclosed <div>s); when
    it reads much less text than the page holds, the text is taken by stripping the tags
    instead, and a note says so."""
    markup = embedded.without_server_code(_html_unicode(data))  # a JSP or PHP page as stored
    # a page stored as a field printed raw (`<p>\r\n\t<span>…`): its breaks read before the parser reads its blocks
    return page_text(stored_escapes.breaks_read(markup), notes)


def page_text(markup: str, notes: list[str] | None = None) -> str:
    """html_text of a page already decoded, its server code cut and its breaks stored escaped read (html_text,
    text_file)."""
    from lxml import etree

    try:
        # lxml.etree's parser, not lxml.html's: the same tree, without the Python call lxml.html makes to choose
        # each element's class as the walk below reaches it (a tenth of reading a page)
        parser = etree.HTMLParser(huge_tree=True)  # deep nesting is no reason to drop text
        markup = _PAGE_END_TAGS.sub("", markup)
        root = etree.fromstring(markup, parser)
        if root is None:  # (as lxml.html.document_fromstring says it)
            raise etree.ParserError("Document is empty")
    except Exception as e:  # lxml raises several types on garbage
        raise InputError(f"unparsable HTML: {e}") from None
    hidden = set(load("ingest")["html_hidden_tags"])
    blocks = set(load("ingest")["html_block_tags"])
    text = _block_text(root, hidden, blocks, tables=True)
    read = _visible(text)
    # The stripped text keeps a subsequence of what cutting every tag keeps (hidden elements are cut
    # too, entities only shorten), so that count bounds it: when even the bound shows the parser read
    # enough, the stripping (a Python loop over every tag) is not needed.
    if not _read_too_little(read, _visible(_TAG.sub("", inline_html.without_comments(markup)))):
        return text
    stripped = _strip_tags(markup, hidden, blocks)
    if _read_too_little(read, held := _visible(stripped)):
        if notes is not None:
            notes.append(f"HTML too deeply nested or broken for the parser ({read} of {held} characters "
                         "read): text taken by stripping the tags")
        return stripped
    return text


def _block_text(root, hidden: set[str], blocks: set[str], tables: bool = False) -> str:
    """The visible text under `root`, one block per line; with `tables`, each data table (`_table_rows`) one
    row a line."""
    from lxml import etree

    out: list[str] = []
    read: dict = {}  # cell -> its text, as `_table_rows` read it for a table it leaves one cell a line: read once
    # Iterative, not recursive: a page nested thousands of levels deep still reads.
    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, el in walker:
        if event in ("comment", "pi"):  # only its tail is text
            if el.tail:
                out.append(el.tail)
            continue
        visible = el.tag not in hidden  # not a script or style
        if event == "start":
            if not visible:
                walker.skip_subtree()
                continue
            if tables and el.tag == "table" and (rows := _table_rows(el, hidden, blocks, read)) is not None:
                out.append("\n" + "\n".join(rows) + "\n")
                walker.skip_subtree()
                continue
            if el in read:  # its closing line break included
                out.append(read[el])
                walker.skip_subtree()
                continue
            if el.tag in blocks:
                out.append("\n")
            if el.text:
                out.append(el.text)
        else:
            if visible and (el.tag in blocks or el.tag == "br") and el not in read:
                out.append("\n")
            if el.tail and el is not root:
                out.append(el.tail)
    return "".join(out)


_CELL_SPACE = re.compile(r"[\s\u3000]+")
_FIELD_LABEL = re.compile(r"[:：]$")  # a cell that is a field's label


def _table_rows(table, hidden: set[str], blocks: set[str], read: dict) -> list[str] | None:
    """A data table's rows as a markdown table's (`| 一、医疗质量 | (一)功能定位 | 1.门诊人次数… | 定量 | … |`), so
    the outline reads its labelled cells as a table's, not as items (govcn_0054's indicator table); None for a
    table laid out one cell a line as before: a layout table (one holding another, fewer than two rows of two
    cells with text, or a cell as long as a page's body: old gov.cn pages set the notice in a table), a page's
    table of fields (each row opening with a label and its colon: gov.cn's 索引号, 发文机关, 成文日期…, which the
    metadata reads label over value) and a table numbered by a 序号 column, which the outline reads one cell a
    line from that header (the labels of its section rows open items: tenth P_01/P_02's readers). The text of each
    cell read goes into `read`, where the walk through a table left one cell a line takes it."""
    if table.find(".//table") is not None:
        return None
    longest = load("ingest")["html_layout_cell_chars"]
    rows = []
    for tr in table.iter("tr"):
        cells = []
        for c in tr:
            if c.tag in ("td", "th"):
                read[c] = _block_text(c, hidden, blocks)
                cells.append(_CELL_SPACE.sub(" ", read[c]).strip())
        if any(len(c) > longest for c in cells):
            return None
        rows.append(cells)
    if sum(1 for cells in rows if sum(1 for c in cells if c) >= 2) < 2:
        return None
    if all(_FIELD_LABEL.search(cells[0]) for cells in rows if any(cells)):
        return None  # a page's fields (`索 引 号:` | 000014349/2019-00004 | `主题分类:` | …): read one cell a line, as before
    first = next((c for cells in rows for c in cells if c), "")
    if _CELL_SPACE.sub("", first) == load("outline")["cell_table_header"]:
        return None
    return ["| " + " | ".join(cells) + " |" for cells in rows if any(cells)]


_TAG = re.compile(r"<(/?)([a-zA-Z][\w:-]*)[^<>]*>|<[!?][^<>]*>")  # tags; <!DOCTYPE>, <?xml?>


def _strip_tags(markup: str, hidden: set[str], blocks: set[str]) -> str:
    """The text of `markup` without a parser: comments and hidden elements (script, style,
    head…) cut, block tags made line breaks, other tags dropped, entities decoded. Linear:
    every search moves forward."""
    import html

    markup = inline_html.without_comments(markup)
    lower = markup.lower()
    out, at = [], 0
    for m in _TAG.finditer(markup):
        if m.start() < at:
            continue
        out.append(markup[at:m.start()])
        at = m.end()
        name = (m.group(2) or "").lower()
        if name and not m.group(1) and name in hidden:
            end = inline_html.hidden_end(lower, name, at)
            if end is not None:
                at = end
            continue
        if name in blocks:
            out.append("\n")
    out.append(markup[at:])
    return html.unescape("".join(out))


def _read_too_little(read: int, held: int) -> bool:
    return read < 0.9 * held and (held - read > 200 or not read)  # not a few stray characters


def _visible(text: str) -> int:
    return len(text) - sum(text.count(c) for c in " \n\t\r\xa0\u3000\ufeff")


def _superset(encoding: str) -> str:
    """GB2312 and GBK are subsets of GB18030 (and HZ a misreading of them): decoding with
    the superset loses nothing."""
    name = encoding.replace("_", "").lower()
    return "gb18030" if name in ("gb2312", "gbk", "gb18030", "hz") else encoding


def _html_unicode(data: bytes) -> str:
    head = data[:4096].decode("ascii", errors="ignore")
    m = re.search(r"""charset\s*=\s*["']?([\w-]+)""", head, re.I)
    if m:
        try:
            return data.decode(_superset(m.group(1)))
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data)


def _check_archive(data: bytes) -> None:
    """Refuse a .docx whose parts would inflate past the limits (a zip bomb), from the sizes
    the archive declares, before any part is inflated (zipfile never inflates a part past
    its declared size)."""
    limits = load("ingest")
    try:
        members = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except zipfile.BadZipFile as e:
        raise InputError(f"not a readable .docx: {e}") from None
    total = sum(m.file_size for m in members)
    if total > limits["docx_max_inflated_bytes"]:
        raise InputError(f"not read: .docx parts inflate to {total / 1e6:.0f} MB "
                         f"(limit {limits['docx_max_inflated_bytes'] / 1e6:.0f} MB)")
    for m in members:
        if m.file_size > 1_000_000 and m.file_size > limits["docx_max_ratio"] * max(m.compress_size, 1):
            raise InputError(f"not read: .docx part {m.filename} inflates {m.file_size / max(m.compress_size, 1):.0f} "
                             f"times ({m.file_size / 1e6:.0f} MB; limit {limits['docx_max_ratio']} times)")


def docx_text(data: bytes) -> str:
    """Paragraphs and table cells of a .docx in reading order, one per line."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    _check_archive(data)
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as e:
        raise InputError(f"not a readable .docx: {e}") from None
    lines: list[str] = []

    def add_table(table: Table) -> None:
        for row in table.rows:
            seen = set()
            for cell in row.cells:
                if id(cell._tc) in seen:  # a merged cell appears once per spanned column
                    continue
                seen.add(id(cell._tc))
                lines.extend(p.text for p in cell.paragraphs)
                for inner in cell.tables:
                    add_table(inner)

    for block in document.element.body.iterchildren():
        if block.tag.endswith("}p"):
            lines.append(Paragraph(block, document).text)
        elif block.tag.endswith("}tbl"):
            add_table(Table(block, document))
    return "\n".join(lines)
