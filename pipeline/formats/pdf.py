"""PDF with a text layer: pages in reading order, joined into one text, one paragraph or
table cell per line (as for .docx).

pdfplumber (on pdfminer.six) is used because it gives every character with its position
and font size, and finds ruled tables: both are needed to tell a line broken at the right
margin from a paragraph that ends there, and to keep table cells one per line. It is
imported only when a PDF is read.
"""
from __future__ import annotations

import functools
import io
import logging
import re
import zlib
from collections import Counter
from dataclasses import dataclass

import regex

from ..ingest import InputError
from ..normalise import normalise_text
from ..rules import load


@dataclass
class Line:
    text: str
    full: bool  # runs to the right margin: a paragraph broken there may continue
    cell: bool = False  # a table cell: never joined with its neighbours
    indented: bool = False  # starts right of the left margin: a paragraph's first line
    ruled: bool = False  # a cell of a ruled table (never a page's header or footer)


def pdf_text(data: bytes) -> tuple[str, list[str]]:
    """The text of a PDF and what a reader should know about it (pages without a text
    layer), or InputError naming why it cannot be read."""
    if b"%PDF-" not in data[:1024]:
        raise InputError("not a PDF (no %PDF- header)")
    rules = load("ingest")
    check_streams(data, rules["pdf_max_stream_bytes"])
    pages, image_only = read_pages(data, rules)
    if not pages:
        raise InputError("unreadable PDF (no pages found)")
    chars = sum(len(line.text) for page in pages for line in page)
    if chars < rules["pdf_min_chars_per_page"] * len(pages):
        raise InputError("PDF has no text layer (a scan of images?): skipped, OCR is not done")
    tokens = [m for page in pages for line in page for m in _UNMAPPED.findall(line.text)]
    unmapped = len(tokens)  # glyphs without a character, among chars - len(tokens' text) + unmapped
    if unmapped > 0.1 * (chars - sum(map(len, tokens)) + unmapped):
        raise InputError("PDF text layer has no Unicode for its glyphs (fonts without ToUnicode, "
                         "shown as (cid:N)): its text cannot be read; OCR is not done")
    if unmapped:
        for page in pages:
            for line in page:
                line.text = _UNMAPPED.sub("", line.text)
    pages = drop_page_furniture(pages, rules)
    many = len(image_only) > 1
    notes = [f"no text layer on PDF page{'s' if many else ''} {', '.join(map(str, image_only))} (scanned?): "
             f"{'their' if many else 'its'} text is missing"] if image_only else []
    return "\n".join(join_lines([line for page in pages for line in page])), notes


# A glyph the text layer gives no character for, as pdfminer writes it.
_UNMAPPED = re.compile(r"\(cid:\d+\)")

# A compressed stream in the file's bytes; its end is found by the next `endstream`.
_STREAM = re.compile(rb"stream\r?\n")


def check_streams(data: bytes, limit: int) -> None:
    """Refuse a PDF bomb: a Flate stream that inflates past `limit` bytes.

    Checked on the file's bytes, before any parser decompresses a stream whole, with
    bounded decompression, so a bomb costs at most `limit` bytes of work and 1 MB of memory.
    (Streams of an encrypted file do not inflate here and pass unchecked.)
    """
    for m in _STREAM.finditer(data):
        inflater = zlib.decompressobj()
        chunk, total = data[m.end():m.end() + (1 << 20)], 0
        pos = m.end()
        try:
            while chunk:
                total += len(inflater.decompress(chunk, 1 << 20))
                if total > limit:
                    raise InputError(f"PDF bomb: a compressed stream inflates past {limit / 1e6:.0f} MB")
                if inflater.eof:
                    break
                if inflater.unconsumed_tail:
                    chunk = inflater.unconsumed_tail
                else:
                    pos += len(chunk)
                    chunk = data[pos:pos + (1 << 20)]
        except zlib.error:
            continue  # not Flate data (or encrypted): nothing to inflate


def read_pages(data: bytes, rules: dict) -> tuple[list[list[Line]], list[int]]:
    """Each page's lines, top to bottom (text outside tables, and each table's cells), and
    the numbers of pages that hold images but (almost) no text: scanned pages."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # warnings on every odd font
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if len(pdf.pages) > rules["pdf_max_pages"]:
                raise InputError(f"PDF has {len(pdf.pages)} pages (limit {rules['pdf_max_pages']})")
            sideways = [i for i, page in enumerate(pdf.pages) if page.rotation % 360 and _mostly_sideways(page)]
        if sideways:
            data = _unrotated(data, sideways)
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages, image_only = [], []
            for page in pdf.pages:
                pages.append(page_lines(page))
                chars = sum(len(item.text if isinstance(item, Line) else item["text"]) for item in pages[-1])
                if page.images and chars < rules["pdf_min_chars_per_page"]:
                    image_only.append(page.page_number)
            return as_lines(pages), image_only
    except InputError:
        raise
    except Exception as e:  # pdfminer raises many types on damaged files, often wrapped
        cause = e.args[0] if type(e).__name__ == "PdfminerException" and e.args else e
        if isinstance(cause, PDFPasswordIncorrect):
            raise InputError("encrypted PDF: a password is needed to open it") from None
        if isinstance(cause, (MemoryError, RecursionError)):
            raise InputError(f"PDF too complex to read ({type(cause).__name__})") from None
        raise InputError(f"unreadable PDF ({type(cause).__name__}: {cause})") from None


def _mostly_sideways(page) -> bool:
    """Whether most characters run sideways: text set upright on a page turned for display
    (/Rotate, as landscape attachment tables often are) reads in columns."""
    chars = page.chars
    return 2 * sum(not c["upright"] for c in chars) > len(chars)


def _unrotated(data: bytes, indices: list[int]) -> bytes:
    """The PDF with the display rotation of these pages removed (pypdfium2), so their text
    reads in lines again."""
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    try:
        for i in indices:
            document[i].set_rotation(0)
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()
    finally:
        document.close()


def page_lines(page) -> list[dict | Line]:
    """The page's text lines outside tables (pdfplumber's, with position and characters) and
    its tables' cells (Line), in reading order."""
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]

    def outside_tables(obj) -> bool:
        if obj.get("object_type") != "char":
            return True
        cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)

    text_page = page.filter(outside_tables) if boxes else page
    blocks: list[tuple[float, dict | Line]] = []
    for line in text_page.extract_text_lines(strip=True, return_chars=True):
        cells = unruled_cells(line["chars"])
        if cells:
            blocks.extend((line["top"] + i * 1e-6, Line(cell, False, cell=True)) for i, cell in enumerate(cells))
        else:
            blocks.append((line["top"], line))
    for table in tables:
        lines = [text for row in table.rows for cell in row.cells if cell is not None
                 for text in cell_lines(page, cell)]
        blocks.extend((table.bbox[1] + i * 1e-6, Line(text, False, cell=True, ruled=True))
                      for i, text in enumerate(lines))
    blocks.sort(key=lambda b: b[0])
    return [item for _, item in blocks]


def unruled_cells(chars: list[dict]) -> list[str] | None:
    """The cells of a line of a table drawn without rules (or of side-by-side blocks such
    as two signing bodies): runs of characters apart by more than two characters' width,
    most of them longer than one character (a letter-spaced `税 务 总 局` is one line)."""
    chars = [c for c in chars if c["text"].strip()]
    runs: list[list[dict]] = [chars[:1]]
    for prev, c in zip(chars, chars[1:]):
        if c["x0"] - prev["x1"] > 2 * max(c["size"], 1):
            runs.append([c])
        else:
            runs[-1].append(c)
    if len(runs) < 2 or 2 * sum(len(run) == 1 for run in runs) > len(runs):
        return None
    return [_run_text(run) for run in runs]


def _run_text(chars: list[dict]) -> str:
    """Characters joined, with a space where they stand apart (between Latin words)."""
    out = [chars[0]["text"]]
    for prev, c in zip(chars, chars[1:]):
        out.append((" " if c["x0"] - prev["x1"] > 0.25 * max(c["size"], 1) else "") + c["text"])
    return "".join(out)


def as_lines(pages: list[list]) -> list[list[Line]]:
    """Lines marked full where they run to the right margin of the text column (justified
    text ends there; a centred title, a heading or the last line of a paragraph stops short)
    and indented where they start a character or more right of its left margin (a
    paragraph's first line). Margins are the edges most long lines reach over the whole
    document, so a page with one short paragraph is judged by the others."""
    long_lines = [item for page in pages for item in page if isinstance(item, dict) and len(item["text"]) >= 10]
    rights = sorted(item["x1"] for item in long_lines)
    lefts = sorted(item["x0"] for item in long_lines)
    right = rights[int(0.9 * (len(rights) - 1))] if rights else 0
    left = lefts[int(0.1 * (len(lefts) - 1))] if lefts else 0
    out = []
    for page in pages:
        lines = []
        for item in page:
            if isinstance(item, Line):  # a table cell
                lines.append(item)
            else:
                size = max((c["size"] for c in item["chars"]), default=10)
                lines.append(Line(item["text"], bool(rights) and item["x1"] >= right - 0.75 * size,
                                  indented=bool(lefts) and item["x0"] >= left + 0.9 * size))
        out.append(lines)
    return out


def cell_lines(page, bbox) -> list[str]:
    """A ruled cell's text, one paragraph per line as a .docx cell gives it: a line that
    runs to the cell's right edge continues (as on the page), so `市卫生健康委` over
    `市财政局` stays two units."""
    right = bbox[2]
    lines = [Line(line["text"], line["x1"] >= right - 1.5 * max((c["size"] for c in line["chars"]), default=10))
             for line in page.crop(bbox).extract_text_lines(strip=True, return_chars=True)]
    return join_lines(lines)


def drop_page_furniture(pages: list[list[Line]], rules: dict) -> list[list[Line]]:
    """Page numbers and running headers/footers: among the first and last two lines of each
    page, those that are only a page number, and short ones that repeat (digits aside) there
    on most pages (a title, a date and time, an address printed on every page)."""
    number = regex.compile(rules["pdf_page_number"])

    def at_edge(i: int, page: list[Line]) -> bool:
        return (i < 2 or i >= len(page) - 2) and not page[i].ruled

    pages = [[line for i, line in enumerate(page) if not (at_edge(i, page) and number.match(line.text))]
             for page in pages]
    if len(pages) < 2:
        return pages

    def key(line: Line) -> str:
        return re.sub(r"\d+", "#", line.text.replace(" ", ""))[:80]

    edges = Counter(k for page in pages for k in {key(line) for i, line in enumerate(page) if at_edge(i, page)})
    running = {k for k, n in edges.items() if n >= max(2, (len(pages) + 1) // 2)}
    return [[line for i, line in enumerate(page) if not (at_edge(i, page) and key(line) in running)]
            for page in pages]


_SENTENCE_END = re.compile(r"[。!?;:！？；：…][”’\"')）]*$")


def ends_sentence(text: str) -> bool:
    """Whether a line ends with sentence punctuation outside brackets: `(责任单位:` at a
    line end goes on, `通知如下:` does not."""
    opened = text.count("(") + text.count("（") - text.count(")") - text.count("）")
    return opened <= 0 and bool(_SENTENCE_END.search(text))
_LATIN_END = re.compile(r"[A-Za-z]$")
_LATIN_START = re.compile(r"^[A-Za-z]")


def join_lines(lines: list[Line]) -> list[str]:
    """Lines broken inside a sentence rejoined: a line that runs to the right margin and
    does not end a sentence continues on the next one, unless that one starts an outline
    item or a list line, or is indented as a paragraph's first line. Spaces the text layer puts next to Chinese characters go, and a
    soft hyphen is dropped at a line end and read as the hyphen it shows within a line."""
    out: list[str] = []
    carry = False  # the last line of `out` continues
    for line in lines:
        text = _tidy(line.text)
        if not text:
            continue
        if carry and not line.cell and not line.indented and not starts_new_line(line.text):
            prev = out[-1].rstrip("\u00ad")
            gap = " " if _LATIN_END.search(prev) and _LATIN_START.match(text) and not out[-1].endswith("\u00ad") else ""
            out[-1] = prev + gap + text
        else:
            out.append(text)
        carry = line.full and not line.cell and not ends_sentence(text)
    return [_tidy(t).replace("\u00ad", "-") for t in out]


# Spaces between Chinese characters, or between one and a digit or Latin letter (`税 务 总 局`,
# `860 号`); spaces next to other signs (`| 关于`) are the text's own.
_CJK = r"\u2e80-\u2fdf\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_CJK_SPACE = re.compile(rf"(?<=[{_CJK}])[ \u3000]+(?=[{_CJK}0-9A-Za-z])|(?<=[0-9A-Za-z])[ \u3000]+(?=[{_CJK}])")


def _tidy(text: str) -> str:
    text = text.strip()
    label = _DECIMAL_LABEL.match(text)  # `1.1 编制目的`, `1 总则`: the outline needs the space
    if label:
        return label.group() + _CJK_SPACE.sub("", text[label.end():])
    return _CJK_SPACE.sub("", text)


_DECIMAL_LABEL = re.compile(r"\d{1,2}(?:\.\d{1,2})+\s+(?=\S)|\d{1,2}\s+(?=[^\d\s。;,:,;:][^\d。;,:,;:]{1,23}$)")


def starts_new_line(text: str) -> bool:
    """Whether a line (as the text layer gives it, spaces kept) opens an outline item
    (rules/outline.yaml) or a list line. Labels that also occur inside sentences
    (`…本《若干措施》` / `第一条规定的…`) count only when a space or colon follows them or the
    line is a heading standing alone."""
    line = normalise_text(text)  # as the outline will see it: （一） is (一), ① stays
    for name, pattern in _new_line_patterns():
        m = pattern.match(line)
        if m and (name not in _loose_styles() or _GAP.match(line, m.end() - 1) or _GAP.match(line, m.end())
                  or _HEADING_ALONE.fullmatch(line)):
            return True
    return False


_HEADING_ALONE = re.compile(r"[^。;,!?]{1,30}")
_GAP = re.compile(r"[ :]")


@functools.cache
def _loose_styles() -> frozenset:
    return frozenset(load("ingest")["pdf_labels_needing_a_gap"])


@functools.cache
def _new_line_patterns() -> list:
    patterns = [(name, regex.compile(p)) for name, p in load("outline")["styles"].items()]
    return patterns + [("list", regex.compile(load("ingest")["pdf_list_line"]))]
