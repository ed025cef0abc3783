"""Formats beyond text, HTML and .docx: PDF (`pdf`), Word 97 `.doc`/`.wps` (`word97`) and RTF.

Their libraries and converters are loaded only when such a file is read, so text formats
do not pay for them.
"""
from __future__ import annotations

SUFFIXES = (".pdf", ".doc", ".wps", ".rtf")


def read(data: bytes, suffix: str, notes: list[str]) -> str:
    """The text of a .pdf, .doc or .wps file, read as what its bytes are (sites often serve
    HTML or RTF under a .doc name); what a reader should know goes to `notes`."""
    from .sniff import read_by_content

    return read_by_content(data, suffix, notes)
