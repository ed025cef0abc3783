"""Metadata: title, plan_title, doc_number, issuer, issue_date, region; body bounds.

A notice usually reads: page chrome, title (maybe over two lines), 文号, addressees,
the wrapper paragraph, signature and date, then the plan it issues (its title line(s)
and body), then the attachment list, 版记 and trailing page chrome. Any part may be
missing; when there is no wrapper the notice itself is the body.

One module per job: `tables` (a page's metadata table, front matter, `label:` fields),
`title` (the notice's own title lines), `title_fields` (a title as a database or page stores it), `title_lines`
(how a title's lines read), `title_bodies` (the bodies a title names), `plan_titles` (the plan a notice names),
`attachment_names` (the name of a document carried as an attachment), `attachment_source` (the notice an
attachment published alone names), `signature` (a wrapper's signature and the
plan after it), `bodies` (names of issuing bodies), `header` (dated lines around the title and
at the end), `doc_numbers` (文号), `stored_record` (a database row's columns), `places` (the region), `dates`, `lines` (chrome and heading
lines), `documents` (another document's head after the body), `body` (where the body starts
and ends); `patterns` compiles the rules. `read_metadata` is the stage.
"""
from __future__ import annotations

import datetime as dt
import functools

import regex

from .. import regions
from ..document import Document
from ..rules import load
from ..outline.lines import Line
from .bodies import as_titled, bodies_of_line, first_bodies, full_name, spelled_out, without_typing_slip, written_in_full
from .body import after_plan_title_line, after_title_block, chrome_run_on_after_date, end_before_spaces, find_body_end
from .dates import DATE_SOURCE, parse_date, safe_date
from .doc_numbers import find_doc_number, number_beside_title, number_closing_title, number_value
from .documents import next_document
from .header import (date_above_title, letterhead_bodies, news_lead_date, printed_date, printed_signer, publish_date_near,
                     read_header, speaker)
from .lines import compact, is_chrome, split_lines
from .orders import adopting_body, order_head, order_under_title
from .patterns import patterns
from .places import document_region, governed_place, region_context, region_of
from .stored_record import record_date, record_fields
from .run_in import run_in_date, run_in_signature, run_in_signer
from .signature import (content_precedes_signature, find_plan_title, find_signature, noted_signature, page_author,
                        signatures_in_line, undated_signers, without_run_on_seals, wrapper_precedes_body)
from .tables import as_field_lines, read_fields, read_front_matter, read_record, read_table
from .attachment_names import issued_attachment, published_attachment
from .attachment_source import attachment_source
from .plan_titles import (approved_document, approved_in_reply, attached_subject, issued_as_quoted, issued_in_text,
                          placed_plan_heading, plan_title_from_title, quoted_form)
from .title import find_title
from .title_bodies import issuer_from_title
from .title_lines import TitleBlock, ends_as_document

# other stages and the sidecar read dates and regions as metadata does
__all__ = ["parse_date", "read_metadata", "region_of", "safe_date"]


def read_metadata(doc: Document) -> None:
    doc.body_start, doc.body_end = 0, len(doc.text)
    try:
        _read(doc)
    except Exception as e:  # odd input must not stop the pipeline
        doc.warnings.append(f"metadata: could not read ({type(e).__name__}: {e})")
    try:
        apply_sidecar(doc)
    except Exception as e:  # a sidecar row must not cost the file its rows
        doc.warnings.append(f"metadata sidecar: could not apply ({type(e).__name__}: {e})")


def apply_sidecar(doc: Document) -> None:
    """What the corpus's metadata sidecar says about this file fills or overrides what the
    text gave (pipeline/sidecar.py); its other columns are carried as they are."""
    row = doc.sidecar
    if row is None:
        return
    from ..sidecar import FIELDS, parse_iso_date

    given = {name: row[name] for name in FIELDS if row.get(name)}
    for name, value in given.items():
        setattr(doc, name, parse_iso_date(value) if name == "issue_date" else value)
    if "region" not in given and ("issuer" in given or "title" in given):
        doc.region = document_region(doc.issuer, doc.title, doc.source_tag) or doc.region
    if not {"province", "prefecture", "adcode"} & given.keys():
        place = regions.locate(region_context(doc.region, doc.issuer, doc.source_tag, doc.title))
        doc.province, doc.prefecture, doc.adcode = (place.province, place.prefecture, place.adcode) \
            if place else (None, None, None)
    doc.extra = {name: value for name, value in row.items() if name not in FIELDS and name != "source_file"}


def _read(doc: Document) -> None:
    lines = split_lines(doc.text)
    if not lines:
        doc.warnings.append("metadata: empty text")
        return
    rules = patterns()
    if len(lines) == 1 and len(lines[0].text) >= rules["flat_min_chars"] and read_flat(doc, lines[0]):
        return
    # a page's fields written in brackets or a markdown table's cells read as `label: value` lines
    lines = as_field_lines(lines[:rules["head_lines"]]) + lines[rules["head_lines"]:]
    head = lines[:rules["head_lines"]]
    table = read_front_matter(head) or read_table(head)
    fields = {**read_record(head[table.end:table.end + rules["record_window_lines"]]), **read_fields(head[table.end:]), **table.fields}
    first = next((i for i in range(table.end, len(head)) if not is_chrome(head, i)), table.end)
    # an order's page: the order heads the regulation it publishes, whose title line is the text's title
    order = order_head(head, first)
    block = TitleBlock(order.title_index, order.title_index, order.title) if order else \
        find_title(head, table.end, fields)
    if not order and table.start and "title" not in fields:
        # a page that sets its fields under its title (a crawler's markdown: `# 关于印发…的通知`, then 发布日期,
        # 发布机构, 检索时间 lines, then the 文号 and the body): the title stands above the table, unless the
        # text below spells it again with more (its issuing bodies)
        above = find_title(head[:table.start], 0, fields)
        if names_a_document(above) and not (names_a_document(block) and compact(above.text) in compact(block.text)):
            block = above
    record = record_fields(doc.record) if doc.record else {}
    if block is None:
        t0 = t1 = min(first, len(lines) - 1)
        # a stored row's title column names a text that has no title line (CONVENTIONS, Markdown pages)
        doc.title = record.get("title")
        if doc.title is None:
            doc.warnings.append("metadata: no title found")
    else:
        t0, t1, doc.title = block.first, block.last, block.text
    title = doc.title or ""
    # the head of another document left after this one's body is no part of it
    lines = lines[:next_document(lines, t1 + 1, title)]
    text_end = lines[-1].end if lines else len(doc.text)

    signed = without_run_on_seals(lines)  # a seal note run on after a signer's name is no part of it
    signature = find_signature(signed, t1 + 1)
    body_first = t0
    if signature is not None and not signature.under_title and wrapper_precedes_body(doc.text, lines, signature) \
            and not content_precedes_signature(title, lines[t1 + 1:signature.date_index]):
        wrapper = doc.text[lines[t1 + 1].start:lines[signature.date_index].start] if t1 + 1 < signature.date_index else ""
        body_first, doc.plan_title = find_plan_title(lines, signature.date_index + 1, title + "\n" + wrapper)
        if doc.plan_title and not issues_attached(title, wrapper, doc.plan_title):
            doc.plan_title = None  # a guide or form it attaches for its own request is no document it issues
        # a heading a page broke with a space (…规划建设和产业 发展实施方案): as the wrapper quotes it
        doc.plan_title = quoted_form(doc.text, doc.plan_title) or doc.plan_title if doc.plan_title else None
        wrapper_first = after_title_block(lines, t1, title) if block is not None else t1 + 1
        doc.wrapper_start = lines[wrapper_first].start
        # up to its signature, or to the list of what it attaches (附件:2026年…实施方案 names a document)
        doc.wrapper_end = max(doc.wrapper_start, next((lines[j].start for j in range(wrapper_first, signature.date_index)
                                                       if patterns()["attachment"]["line"].match(lines[j].text)),
                                                      lines[signature.date_index].start))
    if order:
        doc.plan_title = order.title  # the order publishes the regulation it heads
    elif is_bulletin(title):
        doc.plan_title = None  # a 通报 reports: the list it attaches is no plan
    # a notice that is itself the plan issues none (ANNOTATION.md, plan_title)
    elif doc.plan_title is None and not is_the_plan(title):
        doc.plan_title = issued_attachment(doc.text, title) or published_attachment(title, doc.text) \
            or plan_title_from_title(title) or attached_subject(title, doc.text) or issued_in_text(doc.text)
        if doc.plan_title:
            doc.plan_title = placed_plan_heading(lines, t1 + 1, doc.plan_title) \
                or issued_as_quoted(doc.text, doc.plan_title) or quoted_form(doc.text, doc.plan_title) or doc.plan_title

    if block is None and doc.plan_title is None:  # a 批复 without its title names what it approves in its body
        doc.plan_title = approved_in_reply(doc.text)
    header = read_header(lines, t1 + 1, title)
    doc.doc_number = find_doc_number(lines, t0, body_first, fields, t1, order.number if order else None, title) \
        or header.number \
        or (number_value(block.number) if block and block.number else None) or number_beside_title(doc.text, title) \
        or number_closing_title(title) or (number_value(record["doc_number"]) if "doc_number" in record else None)
    author = page_author(lines, signature) if signature else None
    # a page's 发文机关 names every body, apart (人力资源社会保障部 国家发展改革委 …) as a signature stacks them
    ordered = order_under_title(lines, t1, title)
    if ordered and doc.plan_title and compact(doc.plan_title) == compact(title):
        doc.plan_title = None  # the text is the regulation its order publishes, its title printed again above its articles
    # an order's number may name its body short (保监会令): as the text spells it out. An order heading the page and one
    # numbered under its regulation's title are the two layouts of an order's page, never both in one text (under the
    # title of the regulation an order heads stand its articles): neither falls back on the other
    stated = "、".join(bodies_of_line(fields.get("issuer") or "")) or spelled_out(order.body if order else ordered, doc.text) \
        or authoring_body(fields.get("author")) or speaker(lines, t1 + 1 if block else t0, title, doc.text)
    if not stated and not (order or ordered) and signature is not None and signature.issuer is None:
        # a head's signature with no order named: the body whose meeting adopted what he publishes
        stated = spelled_out(adopting_body(signed, signature.date_index, t1 + 1), doc.text)
    named = stated or author
    noted = noted_signature(lines, t1 + 1) if signature is None or signature.issuer is None else None
    # where nothing signs, a joint letterhead names the issuers (its seals under the wrapper became images); bodies
    # signing with no date under them sign over the body a page's header names under its date, as a dated signature does
    signers = signature.bodies if signature and signature.issuer else noted.bodies if noted else \
        letterhead_bodies(lines, t0) or (undated_signers(signed, body_first, unsigned_body_end(lines, block, body_first, text_end))
                                         if (signature is None or signature.issuer is None) and not stated else [])
    # every signing body, joined with 、 as the project's gold writes joint signatures
    titled = None if signers or named else \
        issuer_from_title(title) or (issuer_from_title(block.full) if block and block.full else None)
    doc.issuer = "、".join(as_titled(signers, issuer_from_title(title))) if signers else full_name(first_bodies(
        named or titled or printed_signer(lines, t1 + 1)), fields.get("publisher"))
    if titled and doc.issuer:  # a body the title names short, as the notice's own text names it in full
        own_place = document_region(doc.issuer, title, block.tag if block else None) \
            or region_of(doc.plan_title, known_only=True) \
            or governed_place(doc.text, lines[body_first].start if body_first < len(lines) else text_end)
        doc.issuer = written_in_full(doc.issuer, doc.text, region_context(own_place, title, block.tag if block else None))
    if not doc.issuer and signature is None and record.get("publisher"):
        doc.issuer = record["publisher"]  # a stored row's column naming a body, where nothing signs (CONVENTIONS)
    doc.url = fields.get("url") or doc.url
    # Where no signature line was found, one run into a long line (sixth doc_0001, the 平潭 crawl's pages) is
    # looked for once the issuer is known, as it looks for that body before a date. It never meets a signature
    # with a note run on after its date (noted_signature: that closes with a comma, a run-in one with a space,
    # a bracket or the line's end; none of the 475 texts of tests/real, holdout1-8 and corpus/ has both), so
    # their order in the signed date below is no choice.
    run_in = run_in_signature(lines, t1 + 1, doc.issuer, rules["flat_min_chars"], doc.plan_title, title) \
        if signature is None and noted is None else None
    if run_in is None and signature is None and noted is None and not order:
        # a body signing there (the office that posted a record is not the government that signs it): the guide's
        # issuer is the body that signs; past the dated name of the body the title names, another document's
        run_in = run_in_signer(lines, t1 + 1, rules["flat_min_chars"], doc.plan_title, title, issuer_from_title(title))
        if run_in is not None:
            # (a body's other name in brackets signs nothing: 四川省科学技术厅(四川省人工智能产业链链长办公室))
            doc.issuer = "、".join(bodies_of_line(regex.sub(r"\([^()]*\)", " ", run_in.group("org"))))
        else:  # its date alone, the body the title names
            run_in = run_in_date(lines, t1 + 1, rules["flat_min_chars"], doc.plan_title)
    # an attachment published alone that nothing signs: the notice its own line names gives the body, 文号 and date a
    # page's header would (CONVENTIONS, An attachment published alone)
    source = attachment_source(lines, t1 + 1) if not signers and run_in is None and not (order or ordered) else None
    if source:
        doc.issuer = doc.issuer or source.issuer
        doc.doc_number = doc.doc_number or source.number
    signed = (noted.date if noted else None) or (signature.date if signature else None) \
        or (parse_date(run_in.group("date")) if run_in else None) or (source.date if source else None)
    doc.issue_date = (order.date if order else None) or signed \
        or parse_date(fields.get("issue_date", "")) \
        or header.date or printed_date(lines, t1 + 1) or issuing_page_date(fields.get("publish_date"), doc.text) \
        or publish_date_near(head, t1) or news_lead_date(lines, t1, doc.text) or date_above_title(head, t0) \
        or (record_date(doc.record, doc.text) if doc.record else None)
    doc.source_tag = block.tag if block else None
    publisher = fields.get("publisher")
    # a signature abbreviating its place (市住房城乡建设管理委): the page's 发布单位 places it
    doc.region = document_region(doc.issuer, doc.title, doc.source_tag) \
        or (region_of(publisher) if publisher and not publisher.startswith(patterns()["national_bodies"]) else None) \
        or filed_place(fields.get("place"))
    if doc.region is None and not doc.issuer and not publisher:
        doc.region = governed_place(doc.text, lines[body_first].start if body_first < len(lines) else text_end)
    place = regions.locate(region_context(doc.region, doc.issuer, block.tag if block else None, title, publisher))
    if place:
        doc.province, doc.prefecture, doc.adcode = place.province, place.prefecture, place.adcode
    if body_first == t0 and block is not None:
        body_first = after_title_block(lines, t1, title)
        if author and body_first == signature.date_index + 1:  # the page's header goes on past its body line
            body_first = after_title_block(lines, body_first, title)
        body_first = after_plan_title_line(lines, body_first, doc.plan_title)
    doc.body_start = lines[body_first].start if body_first < len(lines) else text_end
    doc.body_end = end_before_spaces(doc.text, doc.body_start, find_body_end(lines, body_first, text_end))
    doc.body_end = min(doc.body_end, chrome_run_on_after_date(lines, body_first, doc.body_end))


def unsigned_body_end(lines: list[Line], block: TitleBlock | None, body_first: int, text_end: int) -> int:
    """Where the body of a text that nothing dates under its signature ends: before its trailing chrome, looked for
    past the title's own block (a page's `相关链接:` line right under the title opens no trailing chrome)."""
    first = after_title_block(lines, block.last, block.text) if block is not None and body_first == block.first \
        else body_first
    return find_body_end(lines, min(first, len(lines) - 1), text_end)


def names_a_document(block: TitleBlock | None) -> bool:
    """A title block whose text ends with a kind of document (…的通知, …实施办法(试行))."""
    return block is not None and ends_as_document(block.text)


def issues_attached(title: str, wrapper: str, heading: str) -> bool:
    """Whether a notice issues the document its signature is followed by (`heading`): one whose title issues, publishes,
    approves or forwards a document (关于印发…, 关于下达…任务的通知, 关于修改《X》的决定) or names what it attaches
    (关于推广…典型经验做法的通知 over 附件 …典型经验做法: the heading's words after its last 的 stand in the title), or whose
    wrapper says it does (现转发给你们, 现联合印发《…》), or that is that document (its heading is the title). A notice that
    makes its own change and attaches the working guide to follow it (realestate_0157: 关于调整…缴存基数的通知, `请…按照相关
    工作指引(见附件)完成`) issues none of it: its plan_title is null, as both its readers wrote it. A text without its title is
    not told."""
    rules = patterns()
    if not title or compact(heading) == compact(title) or rules["issue_verb"].search(title) \
            or rules["attachment_named"].search(title) or approved_document(title) or rules["agreed_subject"].search(title):
        return True
    named = compact(heading).rsplit("的", 1)[-1]
    return len(named) >= 2 and named in compact(title) \
        or bool(rules["issue_verb"].search(regex.sub(r"《[^《》]*》", "", wrapper)))


def is_bulletin(title: str) -> bool:
    """A 通报 that issues nothing (…给予表扬的通报): it reports, it carries no plan."""
    rules = patterns()
    return bool(title and rules["bulletin_type"].search(title) and not rules["issue_verb"].search(title))


def is_the_plan(title: str) -> bool:
    """A title that names a plan (…行动方案, …规划(2024—2027年)) and no act of issuing it: the
    text is the plan itself, which issues nothing, so it has no plan_title."""
    rules = patterns()
    return bool(title and rules["plan_end"].search(title) and not rules["issue_verb"].search(title))


def authoring_body(author: str | None) -> str | None:
    """The body a page's front matter names as its document's author (`author: 广东省人民政府`,
    formats9 hook): it names the issuer as a page's 发文机关 does; a person's name does not. A slip the
    collector typed at its end (办公厅厅) is no part of the name."""
    return without_typing_slip(author) if author and patterns()["org_line"].match(author) else None


def issuing_page_date(value: str | None, text: str) -> dt.date | None:
    """A page's date (front matter `date`, formats9 hook), unless the text names that day as
    its own start (`自2014年3月1日起施行`): a site of rules files each under the day it takes
    effect, which is not the day it was issued."""
    date = parse_date(value or "")
    if date is None:
        return None
    for m in _start_clause().finditer(text):
        if parse_date(m.group("date")) == date:
            return None
    return date


@functools.cache
def _start_clause() -> regex.Pattern:
    own = load("deadlines")  # the verbs of a notice's own start, one list with the deadlines stage's
    verbs = "|".join(own["own_date_verbs"] + own["own_date_closing_verbs"])
    return regex.compile(rf"(?:自|从)\s*(?P<date>{DATE_SOURCE})\s*起\s*(?:{verbs})")


def filed_place(name: str | None) -> str | None:
    """The region of the area a page's front matter files it under (markdown7 hook): a body's
    name (江苏省市场监督管理局) or a division's (贵州省)."""
    if not name or name.startswith(patterns()["national_bodies"]):
        return None
    place = region_of(name) or regions.locate(region_context(name, None, None, None))
    return place.name if isinstance(place, regions.Division) else place


def read_flat(doc: Document, line: Line) -> bool:
    """A notice stored as one line: title and 文号 at its start, then the addressees and
    the body; the body the title opens with signs it with a date somewhere after (the end,
    or before the report it forwards). False when the line does not open that way."""
    rules = patterns()
    head = rules["flat_head"].match(line.text) or rules["flat_head_unnumbered"].match(line.text)
    if not head:
        return False
    doc.title = head.group("title")
    number = head.groupdict().get("number")
    doc.doc_number = number_value(number) if number else None
    doc.plan_title = None if is_the_plan(doc.title) else \
        plan_title_from_title(doc.title) or attached_subject(doc.title, line.text) or issued_in_text(line.text)
    opening = rules["flat_title_body"].match(doc.title)
    doc.issuer = opening.group("body") if opening else None
    doc.body_start, doc.body_end = line.start + head.end(), line.end
    if doc.issuer:
        m = next(signatures_in_line(line.text, doc.issuer, head.end()), None)
        if m:
            doc.issue_date = parse_date(m.group("date"))
            if not regex.search(r"[。;:]", line.text[m.end():]):
                doc.body_end = line.start + m.start()  # only a note after it: the text ends there
    elif m := rules["flat_closing_signature"].search(line.text, head.end()):
        doc.issuer, doc.issue_date = m.group("org").strip(), parse_date(m.group("date"))
        doc.body_end = line.start + m.start("org")
    doc.region = document_region(doc.issuer, doc.title, None)
    place = regions.locate(region_context(doc.region, doc.issuer, doc.title))
    if place:
        doc.province, doc.prefecture, doc.adcode = place.province, place.prefecture, place.adcode
    return True
