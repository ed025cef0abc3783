"""Word 97-2003 `.doc` (and WPS Office `.wps`, the same format) through a converter on the
machine: antiword (`apt-get install antiword`; the Makefile installs it where it can), else
LibreOffice headless. Without either, the file is named and skipped with that reason.
"""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from ..ingest import InputError, docx_text
from ..rules import load

# The name of the Word text stream in a compound file's directory (UTF-16LE): an OLE file
# without it is a spreadsheet, a presentation or a Works document.
_WORD_STREAM = "WordDocument".encode("utf-16-le")
_NO_CONVERTER = ("Word 97 .doc needs a converter and none is installed "
                 "(apt-get install antiword, or LibreOffice): skipped")


def word97_text(data: bytes) -> str:
    if _WORD_STREAM not in data:
        raise InputError("compound file without a Word document stream (an old WPS or Works file, "
                         "Excel or PowerPoint?): not read")
    timeout = load("ingest")["converter_timeout_s"]
    with tempfile.TemporaryDirectory(prefix="policy-extract-") as tmp:
        path = Path(tmp) / "input.doc"
        path.write_bytes(data)
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if shutil.which("antiword"):
            try:
                return antiword_text(path, timeout)
            except InputError:
                if not soffice:  # antiword refuses Word 6/95 and fast-saved files
                    raise
        if soffice:
            return libreoffice_text(soffice, path, timeout)
    raise InputError(_NO_CONVERTER)


def antiword_text(path: Path, timeout: float) -> str:
    """Through antiword's DocBook output, which keeps a table's rows, cells and the
    paragraphs inside a cell (its plain text wraps long cells over several rows)."""
    out = _run(["antiword", "-x", "db", str(path)], timeout, "antiword")
    return docbook_lines(out)


def docbook_lines(xml: bytes) -> str:
    """Paragraphs one per line, and table cells one per line in reading order with each
    paragraph of a cell on its own line, as for .docx."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True, recover=True)
    root = etree.fromstring(xml, parser)
    if root is None:
        raise InputError("antiword gave no readable text for this .doc")
    lines: list[str] = []
    for el in root.iter("para", "entry"):
        if el.tag == "para" and el.find(".//informaltable") is not None:
            text = el.text or ""  # the table's cells come as entries
        else:
            text = "".join(el.itertext())
        lines.extend(line.strip() for line in text.split("\n") if line.strip())
    return "\n".join(lines)


def libreoffice_text(soffice: str, path: Path, timeout: float) -> str:
    """Converted to .docx by LibreOffice headless (its own profile, so runs do not collide
    with a user's instance), then read as a .docx."""
    profile = (path.parent / "profile").as_uri()
    _run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "docx",
          "--outdir", str(path.parent), str(path)], timeout, "LibreOffice")
    converted = path.with_suffix(".docx")
    if not converted.exists():
        raise InputError("LibreOffice could not convert this .doc")
    return docx_text(converted.read_bytes())


def _run(command: list[str], timeout: float, name: str) -> bytes:
    try:
        done = subprocess.run(command, capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        raise InputError(f"{name} took longer than {timeout:.0f} s on this .doc: skipped") from None
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", errors="replace").strip().splitlines()
        raise InputError(f"{name} could not read this .doc ({reason[0] if reason else f'exit {done.returncode}'})")
    return done.stdout
