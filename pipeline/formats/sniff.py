"""What a .pdf, .doc, .wps or .rtf file really is, told by its bytes, and reading it as that.

Government sites often serve an HTML page, an RTF file or a web archive under a .doc
name, and an error page under a .pdf name; the name is only a hint.
"""
from __future__ import annotations

import codecs
import email
import email.policy
import re

from ..ingest import InputError, decode, docx_text, html_text

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # compound file: Word 97-2003, WPS, Works, Excel...
_HTML = re.compile(rb"\s*(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html|<head|<meta|<body|<title|<div|<p[\s>]|<table)",
                   re.I | re.S)


def kind_of(data: bytes) -> str:
    """pdf, ole, zip, rtf, html, mht, wordml or text."""
    head = data[:2048]
    if head.startswith(OLE):
        return "ole"
    if b"%PDF-" in head[:1024]:  # the header may follow a few bytes of junk
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        head = head.decode("utf-16", errors="ignore").encode("utf-8")
    head = head.removeprefix(codecs.BOM_UTF8).lstrip()
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if re.match(rb"MIME-Version\s*:", head, re.I) or b"multipart/related" in head.lower():
        return "mht"
    if head.startswith(b"<?xml") and b"w:wordDocument" in data[:20_000]:
        return "wordml"
    if _HTML.match(head):
        return "html"
    return "text"


# What each suffix should be, and how a file that is something else is described.
_EXPECTED = {".pdf": "pdf", ".doc": "ole", ".wps": "ole", ".rtf": "rtf"}
_DESCRIBED = {"pdf": "a PDF", "ole": "a Word 97 document", "zip": "a .docx", "rtf": "an RTF file",
              "html": "an HTML page", "mht": "a web archive (MHT)", "text": "plain text"}


def read_by_content(data: bytes, suffix: str, notes: list[str]) -> str:
    """The text, with what a reader should know (a .doc that is an HTML page...) in `notes`."""
    kind = kind_of(data)
    if kind == "wordml":
        raise InputError("Word 2003 XML document (WordML): not read; save it as .docx")
    if _EXPECTED.get(suffix) != kind:
        notes.append(f"a {suffix} file that is {_DESCRIBED[kind]}: read as such")
    if kind == "pdf":
        from .pdf import pdf_text
        text, pdf_notes = pdf_text(data)
        notes.extend(pdf_notes)
        return text
    if kind == "ole":
        from .word97 import word97_text
        return word97_text(data)
    if kind == "html":
        return html_text(data, notes)
    if kind == "mht":
        return mht_text(data, notes)
    if kind == "text":
        return decode(data, notes)
    return docx_text(data) if kind == "zip" else rtf_text(data)


def rtf_text(data: bytes) -> str:
    """Text of an RTF file (striprtf); `\\'hh` bytes decoded in the file's code page
    (`\\ansicpg936` is GBK, the usual one for Chinese)."""
    from striprtf.striprtf import rtf_to_text

    ascii_text = data.decode("latin-1")  # RTF is 7-bit; anything else passes through
    m = re.search(r"\\ansicpg(\d+)", ascii_text[:4096])
    codepage = "gb18030" if m is None or m.group(1) == "936" else f"cp{m.group(1)}"  # GB18030 ⊃ GBK
    try:
        codecs.lookup(codepage)
    except LookupError:
        codepage = "gb18030"
    try:
        return rtf_to_text(ascii_text, encoding=codepage, errors="replace")
    except Exception as e:  # striprtf raises plain exceptions on malformed groups
        raise InputError(f"unreadable RTF ({type(e).__name__}: {e})") from None


def mht_text(data: bytes, notes: list[str]) -> str:
    """The HTML part of a MIME web archive (Word's 'single file web page')."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if payload:
                return html_text(payload, notes)
    raise InputError("MIME web archive with no HTML part")
