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
    out = _run(["antiword", "-m", "UTF-8.txt", "-w", "0", str(path)], timeout, "antiword")
    return antiword_lines(out.decode("utf-8", errors="replace"))


def antiword_lines(text: str) -> str:
    """antiword's text one paragraph per line, as for .docx: the empty line it puts after
    each paragraph dropped, table rows (`|cell   |cell   |`) made one cell per line."""
    lines = []
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped or stripped == "[pic]":  # `[pic]` stands where a picture was
            continue
        if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
            lines.extend(cell.strip() for cell in stripped[1:-1].split("|"))
        else:
            lines.append(line)
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
