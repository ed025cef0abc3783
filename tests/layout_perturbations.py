"""Layout perturbations of the labelled real notices, the ways scraped and converted notices really arrive:
lines hard-wrapped at a page's width as a PDF's text layer gives them, page numbers and running headers
between the lines, full-width and half-width forms swapped and ideographic spaces for indentation, and the
header block (title, 文号, issuer, date) laid out another way. Each keeps the gold valid: it moves no word
of the notice, only where its lines break and what furniture stands between them, so the outline's paths
and the document fields the gold writes are still the notice's. Rows are matched to the gold by path and
value (pipeline.evaluate), never by offset.

Used by tests/test_layout_perturbations.py; `python tests/layout_perturbations.py` prints the figures
of every perturbation on every labelled collection."""
from __future__ import annotations

import functools
import html
import random
import re
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pipeline.document import Document  # noqa: E402
from pipeline.evaluate import load_golds, score  # noqa: E402
from pipeline.ingest import html_text, read_document, text_file  # noqa: E402
from pipeline.run import stages  # noqa: E402
from pipeline.sidecar import load_sidecar  # noqa: E402
from pipeline.tables import build_tables  # noqa: E402

SETS = {"real": ("tests/real/corpus", "tests/real/gold"),
        **{d: (f"tests/real/{d}/corpus", f"tests/real/{d}/gold")
           for d in ("extra", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
                     "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
                     "nineteenth", "twentieth")}}
FIELDS = ("title", "doc_number", "issuer", "issue_date", "plan_title", "region")


def _rng(text: str, salt: str) -> random.Random:
    """A generator seeded by the text, so a perturbation is the same on every run."""
    return random.Random(zlib.crc32((salt + text[:200]).encode("utf-8")))


# ---- (1) hard wraps at a page's width ---------------------------------------------------------------

def _wrap_line(line: str, width: int) -> list[str]:
    return [line[i:i + width] for i in range(0, len(line), width)] or [line]


_MARKUP = re.compile(r"^(?:#|\||- |:::|@|!\[|<)|\]\(|^[A-Za-z_]+:")


def _prose_lines(text: str) -> list[bool]:
    """Which lines are the notice's text, not a markdown page's markup (front matter, links, tables, boxes):
    a PDF's text layer has no markup, so only the notice's own lines are laid out as a page would set them."""
    lines = text.split("\n")
    prose = [not _MARKUP.search(line) for line in lines]
    if lines and lines[0].strip() == "---":  # front matter
        end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), 0)
        prose[:end + 1] = [False] * (end + 1)
    return prose


def hard_wrap(text: str) -> str:
    """Every line of the notice's text longer than the page's width (30-40 characters, one width a text, as
    a PDF page sets it) broken at that width, wherever the width falls: inside a heading, a title, a note of
    责任单位, a number."""
    width = _rng(text, "wrap").randint(30, 40)
    lines = text.split("\n")
    return "\n".join(piece for line, prose in zip(lines, _prose_lines(text))
                     for piece in (_wrap_line(line, width) if prose else [line]))


# (`1.` but not the `1.` of a decimal section's `1.1`/`1.2.1`: a converter sets a decimal label whole, and a number's
# point, `2.5万元`, is no label's; cutting them made govcn_0019's decimal outline fall apart, struct51)
_LABEL_AT_START = re.compile(r"^(?:[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}(?:[.．](?![\d０-９])|、)"
                             r"|[(（]\d{1,2}[)）]|第[一二三四五六七八九十百]{1,5}[章节条])")


def label_alone(text: str) -> str:
    """A label set on a line of its own, its heading on the next (a converter that put the label in a
    cell or a text box of its own): `(一)` ⏎ `加强组织领导`."""
    out = []
    for line in text.split("\n"):
        m = _LABEL_AT_START.match(line)
        if m and len(line) > m.end() + 1 and not line[m.end()].isspace():
            out += [m.group(), line[m.end():]]
        else:
            out.append(line)
    return "\n".join(out)


# ---- (2) page furniture between the lines ------------------------------------------------------------

_PAGE_NUMBER_FORMS = ("— {n} —", "- {n} -", "第 {n} 页 共 {total} 页", "{n}", "第{n}页", "{n}/{total}")


def _paged(lines: list[str], text: str, per_page: int, header: str | None) -> str:
    rng = _rng(text, "pages")
    form = rng.choice(_PAGE_NUMBER_FORMS)
    total = max(1, (len(lines) + per_page - 1) // per_page)
    out: list[str] = []
    for page, start in enumerate(range(0, len(lines), per_page), 1):
        if page > 1 and header:
            out.append(header)
        out += lines[start:start + per_page]
        out.append(form.format(n=page, total=total))
    return "\n".join(out)


def page_numbers(text: str) -> str:
    """A page number (`— 3 —`, `第 3 页 共 12 页`, `3`, …, one form a text) after every 12 lines of the
    text as it stands (paragraphs, headings): page breaks between lines."""
    return _paged(text.split("\n"), text, 12, None)


def wrapped_pages(text: str) -> str:
    """The PDF page: lines hard-wrapped at the page's width, 28 of them a page, the page's number at its
    foot and a running header (the notice's first line, as a letterhead repeats) at the head of each page
    after the first, so a page break falls inside a paragraph, a heading or a note."""
    first = next((line for line in text.split("\n") if line.strip()), "")
    return _paged(hard_wrap(text).split("\n"), text, 28, first[:20] or None)


def unnumbered_pages(text: str) -> str:
    """The PDF page of a converter that keeps no page number but a running line at each page's head (a file name
    `任务09结果_….md`, a letterhead's title: eighth doc_0013): lines hard-wrapped at the page's width, 28 a page, the
    notice's first line (cut to 20 characters) heading each page after the first, so it falls inside paragraphs and
    headings."""
    first = next((line for line in text.split("\n") if line.strip()), "")
    lines = hard_wrap(text).split("\n")
    out: list[str] = []
    for start in range(0, len(lines), 28):
        if start and first[:20]:
            out.append(first[:20])
        out += lines[start:start + 28]
    return "\n".join(out)

def merged_paragraphs(text: str) -> str:
    """A reposting site's page that merged the notice's paragraphs into a few blocks, each run of four lines after the
    title joined by two ideographic spaces (twelfth K_01's site: `…的范围。\u3000\u3000符合下列条件…`,
    `(一)试行资质类别\u3000\u3000电子与智能化…`): a heading line runs into its paragraph, a label stands after a space.
    Only the notice's own lines are merged: a collector's front matter, a markdown table or link (`_prose_lines`) is
    no paragraph of the site's page and stays a line of its own (perturb58: merging them made `id: … title: …` a title)."""
    kept = [(line, p) for line, p in zip(text.split("\n"), _prose_lines(text)) if line.strip()]
    if len(kept) < 6:
        return text
    out: list[str] = []
    run: list[str] = []
    title = next((i for i, (_, p) in enumerate(kept) if p), None)
    for i, (line, prose) in enumerate(kept):
        if prose and i != title:
            run.append(line)
            if len(run) == 4:
                out.append("\u3000\u3000".join(run))
                run = []
            continue
        if run:
            out.append("\u3000\u3000".join(run))
            run = []
        out.append(line)
    if run:
        out.append("\u3000\u3000".join(run))
    return "\n".join(out)

# ---- (3) forms of the characters ----------------------------------------------------------------------

_TO_FULL = {c: chr(ord(c) + 0xFEE0) for c in "()0123456789.,:;!?"}


def full_width(text: str) -> str:
    """Digits and punctuation written full-width (`（一）`, `１．`, `２０２５年`), as a Word file types them."""
    return text.translate(str.maketrans(_TO_FULL))


def ideographic_indent(text: str) -> str:
    """Each line indented by two ideographic spaces (`\u3000\u3000一、…`), as converted Word paragraphs
    are, and a space after each label (`一、 总体要求`, `(一)\u3000加强…`)."""
    out = []
    for line in text.split("\n"):
        m = _LABEL_AT_START.match(line)
        if m and len(line) > m.end():
            line = line[:m.end()] + "\u3000" + line[m.end():]
        out.append("\u3000\u3000" + line if line.strip() else line)
    return "\n".join(out)


def spaced_labels(text: str) -> str:
    """Spaces inside and after a label as a PDF's text layer spaces characters set apart: `( 一 )`,
    `1 .`, `第 三 条`."""
    out = []
    for line in text.split("\n"):
        m = _LABEL_AT_START.match(line)
        if m:
            label = m.group()
            spaced = " ".join(label) if label.startswith("第") else re.sub(r"([(（])(.+?)([)）])", r"\1 \2 \3", label)
            if spaced == label:
                spaced = label[:-1] + " " + label[-1]
            line = spaced + " " + line[m.end():]
        out.append(line)
    return "\n".join(out)


# ---- (4) the header block re-laid ---------------------------------------------------------------------

def _squeezed(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _find_line(lines: list[str], value: str | None, limit: int | None = None) -> int | None:
    """The index of the first line that is `value` (spaces aside), among the first `limit` lines."""
    if not value:
        return None
    want = _squeezed(str(value))
    for i, line in enumerate(lines[:limit]):
        if _squeezed(line) == want:
            return i
    return None


def _date_line(lines: list[str], date) -> int | None:
    """The last line that is the issue date written in full (`2021年4月26日`, `二〇二一年四月二十六日`)."""
    if not date:
        return None
    y, m, d = str(date).split("-")
    arabic = f"{int(y)}年{int(m)}月{int(d)}日"
    found = None
    for i, line in enumerate(lines):
        s = _squeezed(line)
        if s == arabic or (s.endswith("日") and s.startswith(("二〇", "二○", "二零")) and len(s) <= 12
                           and _chinese_year(s) == int(y)):
            found = i
    return found


def _chinese_year(s: str) -> int | None:
    digits = dict(zip("〇○零一二三四五六七八九", "000123456789"))
    year = s.split("年")[0]
    return int("".join(digits[c] for c in year)) if year and all(c in digits for c in year) else None


def date_above_title(text: str, gold: dict) -> str | None:
    """The signature's date line moved to stand above the title (a page that prints the date first)."""
    lines = text.split("\n")
    title, date = _find_line(lines, gold.get("title"), 40), _date_line(lines, gold.get("issue_date"))
    if title is None or date is None or date <= title:
        return None
    moved = lines.pop(date)
    lines.insert(title, moved)
    return "\n".join(lines)


def doc_number_on_title_line(text: str, gold: dict) -> str | None:
    """The 文号 put on the title's line after two spaces (`关于…的通知  沈卫发〔2021〕2号`)."""
    lines = text.split("\n")
    title, number = _find_line(lines, gold.get("title"), 40), _find_line(lines, gold.get("doc_number"), 40)
    if title is None or number is None:
        return None
    lines[title] = lines[title] + "  " + lines[number]
    del lines[number]
    return "\n".join(lines)


def issuer_and_date_on_one_line(text: str, gold: dict) -> str | None:
    """The signature's body and its date on one line (`沈阳市卫生健康委员会  2021年4月26日`)."""
    lines = text.split("\n")
    date = _date_line(lines, gold.get("issue_date"))
    if date is None or date == 0:
        return None
    body = date - 1
    while body > 0 and not lines[body].strip():
        body -= 1
    issuer = gold.get("issuer")
    if not issuer or _squeezed(lines[body]) not in _squeezed(str(issuer)).replace("、", ""):
        return None
    lines[body] = lines[body] + "  " + lines[date]
    del lines[date]
    return "\n".join(lines)


# ---- (5) a table laid out one cell a line ---------------------------------------------------------

_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_RULE_CELL = re.compile(r"\s*:?-{3,}:?\s*")


def table_cells_one_a_line(text: str) -> str:
    """A markdown table (`| 序号 | 主要指标 | 目标值 |` ⏎ `| 1 | 一窗综合受理率(%) | 100 |`) laid out one cell a
    line, as a converter of a PDF's or a page's table sets it: each cell that holds text on its own line, the
    `---` rule and the empty cells dropped; a row's cells stay in their order."""
    out = []
    for line in text.split("\n"):
        if not _PIPE_ROW.match(line):
            out.append(line)
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        out += [c for c in cells if c and not _RULE_CELL.fullmatch(c)]
    return "\n".join(out)


# ---- (6) breaks lost or stored another way (scraped pages) ----------------------------------------------

_ARTICLE_SPACED = re.compile(r"第\s*[\d一二三四五六七八九十百]{1,5}\s*[章节条]")  # `第 1 条` as a PDF's text layer spaces it
_SENTENCE_END = re.compile(r"[。;；!！?？]\s*$")


def _heading_alone(line: str) -> bool:
    """A short line with no sentence end (`政策细则:`, `工作要求`, a signature): a heading or a block of its own, which a
    page sets in a paragraph of its own however it joins an item's paragraphs."""
    return bool(line.strip()) and len(line.strip()) <= 30 and not _SENTENCE_END.search(line)


def joined_within_items(text: str) -> str:
    """A page that lost the breaks inside its items only (an item's paragraphs in one `<p>` without `<br>`): each line
    that opens with no label, from an outline's first label line to its last, run on with nothing between after the
    item's line above it; the items stay on their own lines. Each part the `附件` lines begin (the notice, each
    attachment) is its own span, so a signature before an attachment, or the text after the last item, keeps its
    lines; table and markdown lines are never joined."""
    lines = text.split("\n")
    prose = _prose_lines(text)
    # (a label in emphasis, `**(一)接入申请。**`, `**4****．****加强…`: the page shows no asterisks)
    opening = [line.replace("*", "").strip().lstrip("# \u3000") for line in lines]
    labelled = [p and bool(_LABEL_AT_START.match(o) or _ARTICLE_SPACED.match(o)) for o, p in zip(opening, prose)]
    parts, start = [], 0
    for i, line in enumerate(lines):
        if i and line.strip().startswith("附件"):
            parts.append((start, i))
            start = i
    parts.append((start, len(lines)))
    out: list[str] = []
    for start, end in parts:
        rows = [i for i in range(start, end) if labelled[i]]
        first, last = (rows[0], rows[-1]) if rows else (end, end)
        in_item = False  # the last line out opens with a label (or was run on after one)
        for i in range(start, end):
            line = lines[i]
            if first < i < last and in_item and prose[i] and not labelled[i] and not _heading_alone(line):
                if line.strip():
                    out[-1] += line.strip()
                continue  # (a blank line between an item's paragraphs goes too)
            out.append(line)
            in_item = labelled[i]
    return "\n".join(out)


def html_br_body(text: str) -> tuple[str, str]:
    """An HTML page whose body is one `<div>` with a `<br>` (`<br/>`, `<br />`, one form a text) for each line break,
    as a CMS's editor stores a pasted notice."""
    br = _rng(text, "br").choice(("<br>", "<br/>", "<br />"))
    body = br.join(html.escape(line, quote=False) for line in text.split("\n"))
    return ".html", f'<html><head><meta charset="utf-8"><title>x</title></head><body><div class="content">{body}</div></body></html>'


def html_nbsp_body(text: str) -> tuple[str, str]:
    """An HTML page whose body is one `<p>`: each line of the notice opened by a run of `&nbsp;` (2-6, one width a
    text) as its indent, and no break at all (an editor's paragraphs pasted as one); a collector's front matter or a
    markdown table, no part of the page's paragraphs, stands in blocks of its own."""
    run = "&nbsp;" * _rng(text, "nbsp").randint(2, 6)
    body, joined = [], []
    for line, prose in zip(text.split("\n"), _prose_lines(text)):
        if not line.strip():
            continue
        if prose:
            joined.append(run + html.escape(line.strip(), quote=False))
            continue
        if joined:  # a collector's front matter or a markdown table is no paragraph of the page: a block of its own
            body.append("<p>" + "".join(joined) + "</p>")
            joined = []
        body.append("<div>" + html.escape(line, quote=False) + "</div>")
    if joined:
        body.append("<p>" + "".join(joined) + "</p>")
    return ".html", f'<html><head><meta charset="utf-8"></head><body>{"".join(body)}</body></html>'


def escaped_newlines(text: str) -> tuple[str, str]:
    """A text file holding the notice on one line, its breaks stored as the two characters `\\n` (or `\\r\\n`, one
    form a text): a JSON string's or an SQL field's value printed raw."""
    escape = _rng(text, "esc").choice(("\\n", "\\r\\n"))
    return ".txt", text.replace("\\", "\\\\").replace("\n", escape)


def escaped_br(text: str) -> tuple[str, str]:
    """A text file holding the notice on one line, each break a `<br/>` written as entities (`&lt;br/&gt;`,
    `&lt;br&gt;`, one form a text): an article table's body column HTML-encoded before it was stored."""
    br = _rng(text, "ebr").choice(("&lt;br/&gt;", "&lt;br&gt;", "&lt;br /&gt;"))
    return ".txt", br.join(text.split("\n"))


def stored_text(suffix: str, stored: str) -> str:
    """The text ingest reads from a file of that suffix holding `stored` (a page's visible text, a text file's)."""
    notes: list[str] = []
    if suffix == ".html":
        return html_text(stored.encode("utf-8"), notes)
    return text_file(stored, notes)


# ---- (7) the title line missing ------------------------------------------------------------------------

def _title_lines(lines: list[str], title: str | None) -> tuple[int, int] | None:
    """The first line, and the line after the last, that hold the title (one line, or two or three that it was
    broken over), among the first 40."""
    if not title:
        return None
    want = _squeezed(str(title))
    for i in range(min(40, len(lines))):
        joined = ""
        for j in range(i, min(i + 3, len(lines))):
            joined += _squeezed(lines[j])
            if not joined or not want.startswith(joined):
                break
            if joined == want:
                return i, j + 1
    return None


def title_line_missing(text: str, gold: dict, sidecar: dict | None = None) -> tuple[str, dict] | None:
    """The notice stored without its title line (a site that prints the title in its page's header, which the
    scrape left out): the body opens at what stood under it (the 文号, the addressee, the first item). The guide: a
    text that opens straight with its body has no title (null), unless page metadata gives one (a front matter's
    `title`, a crawl's 标题: the title then still stands in the text, or the sidecar's). A field the gold read from the
    title alone (an issuer the title opens with, a plan the title names that the text names nowhere else) is left
    unscored: what a reader takes then is no reading of this layout."""
    lines = text.split("\n")
    span = _title_lines(lines, gold.get("title"))
    if span is None:
        return None
    rest = lines[:span[0]] + lines[span[1]:]
    flat = _squeezed("".join(rest)).replace("、", "")
    doc = dict(gold)
    if _squeezed(str(gold["title"])) not in _squeezed("".join(rest)) and not (sidecar or {}).get("title"):
        doc["title"] = None
        # the issued plan's own title line standing right under the cut one is now the title at the top (the guide's
        # title rule; CONVENTIONS, Document fields: a covering title missing)
        under = [line for line in lines[span[1]:] if line.strip()][:3]
        plan_lines = _title_lines(under, gold.get("plan_title"))
        if plan_lines and plan_lines[0] == 0:
            doc["title"] = gold["plan_title"]
    for field in ("issuer", "plan_title"):
        value = gold.get(field)
        if value and _squeezed(str(value)).replace("、", "") not in flat and not (sidecar or {}).get(field):
            del doc[field]
            if field == "issuer":
                doc.pop("region", None)
    return "\n".join(rest), doc


TEXT_PERTURBATIONS: dict[str, Callable[[str], str]] = {
    "hard_wrap": hard_wrap, "label_alone": label_alone, "page_numbers": page_numbers,
    "wrapped_pages": wrapped_pages, "unnumbered_pages": unnumbered_pages, "merged_paragraphs": merged_paragraphs, "full_width": full_width, "ideographic_indent": ideographic_indent,
    "spaced_labels": spaced_labels, "table_cells_one_a_line": table_cells_one_a_line}
HEADER_PERTURBATIONS: dict[str, Callable[[str, dict], str | None]] = {
    "date_above_title": date_above_title, "doc_number_on_title_line": doc_number_on_title_line,
    "issuer_and_date_on_one_line": issuer_and_date_on_one_line}
TEXT_PERTURBATIONS["joined_within_items"] = joined_within_items
# the notice stored another way, read through ingest as a file of that suffix (text -> (suffix, stored))
FILE_PERTURBATIONS: dict[str, Callable[[str], tuple[str, str]]] = {
    "html_br_body": html_br_body, "html_nbsp_body": html_nbsp_body, "escaped_newlines": escaped_newlines,
    "escaped_br": escaped_br}
# the layout changes what the gold's fields are ((text, gold document, sidecar) -> (text, gold document))
GOLD_PERTURBATIONS: dict[str, Callable[..., tuple[str, dict] | None]] = {"title_line_missing": title_line_missing}


# ---- reading and scoring --------------------------------------------------------------------------------

def read_through_outline(doc: Document) -> Document:
    """The stages up to the outline (the document fields and the tasks)."""
    for name, stage in stages():
        stage(doc)
        if name == "outline":
            return doc
    raise AssertionError("no outline stage")


@functools.cache
def labelled_texts(sets: tuple[str, ...] = tuple(SETS)) -> list[tuple[str, dict, str, dict | None]]:
    """(set, gold, decoded text, sidecar row) of every labelled notice of the collections."""
    out = []
    for name in sets:
        corpus, gold_dir = ROOT / SETS[name][0], ROOT / SETS[name][1]
        sidecar = load_sidecar(corpus)
        for gold in load_golds(gold_dir):
            path = corpus / gold["source_file"]
            doc = read_document(path, corpus)
            doc.sidecar = sidecar.row(doc.source_file)
            gold = {**gold, "source_file": f"{name}/{gold['source_file']}"}  # unique across the collections
            # the decoded text before normalisation: what a .txt file of it would hold, read as the original is
            out.append((name, gold, doc.raw.replace("\r\n", "\n").replace("\r", "\n"), doc.sidecar))
    return out


def figures(pairs: list[tuple[dict, str, dict | None]]) -> dict[str, float | None]:
    """Tasks recall and precision and each document field's accuracy of texts read afresh, against
    their gold."""
    docs = []
    for gold, text, sidecar in pairs:
        doc = Document(source_file=gold["source_file"], raw=text)
        doc.sidecar = sidecar
        docs.append(read_through_outline(doc))
    golds = [g for g, _, _ in pairs]
    # only the outline and the fields are read: the other tables' gold rows are left out of the count
    golds = [{k: v for k, v in g.items() if k in ("source_file", "document", "tasks")} | {
        "tasks": [{k: v for k, v in t.items() if k in ("path", "label", "heading", "optional")}
                  for t in g.get("tasks") or []]} for g in golds]
    tables = {name: table.to_pandas() for name, table in build_tables(docs).items()}
    metrics = score(golds, tables).metrics()
    out = {"tasks.recall": metrics["tasks.recall"], "tasks.precision": metrics["tasks.precision"],
           "tasks.heading": metrics.get("tasks.heading")}
    for f in FIELDS:
        out[f] = metrics.get(f"document.{f}")
    return out


def row_figures(pairs: list[tuple[dict, str, dict | None]], table: str = "targets") -> dict[str, float | None]:
    """Recall and precision of one row table (and the tasks) of texts read afresh through every stage, against
    their gold: what a table's layout does to the rows read from it."""
    docs = []
    for gold, text, sidecar in pairs:
        doc = Document(source_file=gold["source_file"], raw=text)
        doc.sidecar = sidecar
        for _, stage in stages():
            stage(doc)
        docs.append(doc)
    golds = [{k: v for k, v in g.items() if k in ("source_file", "document", "tasks", "parameters_labelled")}
             for g, _, _ in pairs]
    tables = {name: t.to_pandas() for name, t in build_tables(docs).items()}
    metrics = score(golds, tables).metrics()
    return {k: metrics.get(k) for k in (f"{table}.recall", f"{table}.precision", "tasks.recall", "tasks.precision")}


def lists_units(gold: dict) -> bool:
    """Whether a gold file names responsible units for some task."""
    return any(task.get("units") for task in gold.get("tasks") or [])


def unit_figures(pairs: list[tuple[dict, str, dict | None]]) -> dict[str, float | None]:
    """Units recall, precision, F1 and role accuracy of the texts that list units, read afresh through every stage and
    matched as the evaluator matches them (by task path and unit)."""
    listed = [p for p in pairs if lists_units(p[0])]
    docs = []
    for gold, text, sidecar in listed:
        doc = Document(source_file=gold["source_file"], raw=text)
        doc.sidecar = sidecar
        for _, stage in stages():
            stage(doc)
        docs.append(doc)
    golds = [{k: v for k, v in g.items() if k in ("source_file", "document", "tasks")} for g, _, _ in listed]
    tables = {name: t.to_pandas() for name, t in build_tables(docs).items()}
    metrics = score(golds, tables).metrics()
    return {"n": len(listed), **{k: metrics.get(k) for k in ("units.recall", "units.precision", "units.f1", "units.role")}}


def kept_its_lines(text: str) -> bool:
    """A text that has its line breaks (a body stored as one line, a crawl's page on a few lines, is what
    tests/test_lost_line_breaks.py is about: wrapping it at a page's width makes no page anyone printed)."""
    lines = text.split("\n")
    return len(lines) >= 10 and max(map(len, lines)) < 1200


def perturbed(name: str, sets: tuple[str, ...] = tuple(SETS)) -> tuple[list, list]:
    """(originals, perturbed) as (gold, text, sidecar) triples, over the texts that kept their lines and
    that the perturbation changes."""
    before, after = [], []
    for _, gold, text, sidecar in labelled_texts(sets):
        if not kept_its_lines(text):
            continue
        moved = gold
        if name in TEXT_PERTURBATIONS:
            new = TEXT_PERTURBATIONS[name](text)
        elif name in FILE_PERTURBATIONS:
            suffix, stored = FILE_PERTURBATIONS[name](text)
            if stored == text:
                continue
            new = stored_text(suffix, stored)
            if new == text:  # read back as it was: the same figures
                before.append((gold, text, sidecar))
                after.append((gold, new, sidecar))
                continue
        elif name in GOLD_PERTURBATIONS:
            found = GOLD_PERTURBATIONS[name](text, gold.get("document") or {}, sidecar)
            new, moved = (None, gold) if found is None else (found[0], {**gold, "document": found[1]})
        else:
            new = HEADER_PERTURBATIONS[name](text, gold.get("document") or {})
        if new is None or new == text:
            continue
        before.append((gold, text, sidecar))
        after.append((moved, new, sidecar))
    return before, after


def main() -> None:
    """`python tests/layout_perturbations.py [--per-set] [--units] [perturbation …]`: unperturbed -> perturbed figures
    (--units: of the responsible units, over the texts that list them)."""
    args = sys.argv[1:]
    per_set = "--per-set" in args
    if "--units" in args:
        names = [a for a in args if not a.startswith("--")] or list(TEXT_PERTURBATIONS)
        shown = ("units.recall", "units.precision", "units.f1", "units.role")
        print(f"{'perturbation':36} {'n':>4}  " + "  ".join(f"{s[:14]:>14}" for s in shown))
        for name in names:
            before, after = perturbed(name)
            b, a = unit_figures(before), unit_figures(after)
            cells = ["   n/a" if b[k] is None else f"{b[k]:.3f}->{a[k]:.3f}" for k in shown]
            print(f"{name:36} {a['n']:4}  " + "  ".join(f"{c:>14}" for c in cells))
        return
    names = [a for a in args if not a.startswith("--")] or [*TEXT_PERTURBATIONS, *HEADER_PERTURBATIONS,
                                                             *FILE_PERTURBATIONS, *GOLD_PERTURBATIONS]
    shown = ("tasks.recall", "tasks.precision", *FIELDS)
    print(f"{'perturbation':36} {'n':>4}  " + "  ".join(f"{s[:14]:>14}" for s in shown))
    for name in names:
        for group in ([(s,) for s in SETS] if per_set else [tuple(SETS)]):
            before, after = perturbed(name, group)
            if not before:
                continue
            b, a = figures(before), figures(after)
            cells = ["   n/a" if b[k] is None else f"{b[k]:.3f}->{a[k]:.3f}" for k in shown]
            label = f"{name} {group[0]}" if per_set else name
            print(f"{label:36} {len(before):4}  " + "  ".join(f"{c:>14}" for c in cells))


if __name__ == "__main__":
    main()
