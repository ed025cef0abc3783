"""Ingest: read a notice file (.txt in any common Chinese encoding, .html/.htm, .docx; .pdf,
.doc and .wps through pipeline/formats) and return its text, one block per line. Bad input
raises `InputError` with the reason."""
from __future__ import annotations

import codecs
import io
import re
import zipfile
from pathlib import Path

import charset_normalizer

from . import formats
from .document import Document
from .rules import load

SUFFIXES = (".txt", ".html", ".htm", ".docx") + formats.SUFFIXES


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
    if suffix == ".docx":
        raw = docx_text(data)
    elif suffix in (".html", ".htm"):
        raw = html_text(data)
    elif suffix in formats.SUFFIXES:
        raw = formats.read(data)
    else:
        raw = decode(data)
    if not raw.strip():
        raise InputError("no text in file")
    name, warning = source_name(path, corpus)
    doc = Document(source_file=name, raw=raw)
    if warning:
        doc.warnings.append(warning)
    return doc


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


def decode(data: bytes) -> str:
    """Text of `data`: BOM first, then strict UTF-8, then detection (GB18030 for the GB family)."""
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
        text = None
    if text is None:
        best = charset_normalizer.from_bytes(data[:200_000]).best()
        if best is None:
            raise InputError("binary or undecodable content (no text encoding fits)")
        text = data.decode(_superset(best.encoding), errors="replace")
    if _looks_binary(text):
        raise InputError("binary content (control characters), not a text notice")
    return text


_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffd]")


def _looks_binary(text: str) -> bool:
    sample = text[:20_000]
    return len(_CONTROL.findall(sample)) > max(8, len(sample) // 100)


def html_text(data: bytes) -> str:
    """Visible text of an HTML page, one block per line (scripts and styles dropped)."""
    import lxml.html
    from lxml import etree

    try:
        parser = lxml.html.HTMLParser(huge_tree=True)  # deep nesting is no reason to drop text
        root = lxml.html.document_fromstring(_html_unicode(data), parser=parser)
    except Exception as e:  # lxml raises several types on garbage
        raise InputError(f"unparsable HTML: {e}") from None
    hidden = set(load("ingest")["html_hidden_tags"])
    blocks = set(load("ingest")["html_block_tags"])
    out: list[str] = []
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
            if el.tag in blocks:
                out.append("\n")
            if el.text:
                out.append(el.text)
        else:
            if visible and (el.tag in blocks or el.tag == "br"):
                out.append("\n")
            if el.tail and el is not root:
                out.append(el.tail)
    return "".join(out)


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


def docx_text(data: bytes) -> str:
    """Paragraphs and table cells of a .docx in reading order, one per line."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

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
