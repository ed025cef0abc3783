import base64
import io
import shutil
from pathlib import Path

import pytest

from pipeline.formats import word97
from pipeline.formats.sniff import OLE, kind_of
from pipeline.formats.word97 import docbook_lines
from pipeline.ingest import InputError, read_document

FORMATS = Path(__file__).parent.parent / "formats"
TABLE = ["指标名称", "2025年目标值", "性质", "婴儿死亡率(‰)", "≤4.5", "约束性"]


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def lines(doc):
    return [line.strip() for line in doc.raw.split("\n") if line.strip()]


def table_rows_as_read(tmp_path, name="table.doc"):
    got = lines(read_document(write(tmp_path, name, (FORMATS / "table.doc").read_bytes()), tmp_path))
    i = got.index("指标名称")
    return got, got[i:i + 6]


@pytest.mark.skipif(not shutil.which("antiword"), reason="antiword not installed (make installs it where it can)")
@pytest.mark.parametrize("name", ["table.doc", "table.wps"])
def test_word97_through_antiword_keeps_one_cell_per_line(tmp_path, name):
    got, cells = table_rows_as_read(tmp_path, name)
    assert cells == TABLE
    assert not read_document(write(tmp_path, name, (FORMATS / "table.doc").read_bytes()), tmp_path).warnings
    assert got[0] == "某某市卫生健康委员会关于印发健康行动方案的通知" and "二、保障措施" in got


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice not installed")
def test_word97_through_libreoffice_when_antiword_is_missing(tmp_path, monkeypatch):
    real_which = shutil.which
    monkeypatch.setattr(word97.shutil, "which", lambda name: None if name == "antiword" else real_which(name))
    got, cells = table_rows_as_read(tmp_path)
    assert cells == TABLE


def test_without_a_converter_the_doc_is_named_with_how_to_enable_it(tmp_path, monkeypatch):
    monkeypatch.setattr(word97.shutil, "which", lambda name: None)
    with pytest.raises(InputError, match="apt-get install antiword"):
        read_document(write(tmp_path, "n.doc", (FORMATS / "table.doc").read_bytes()), tmp_path)


def test_antiword_docbook_gives_paragraphs_and_cells_one_per_line():
    xml = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE book PUBLIC "-//OASIS//DTD DocBook XML V4.1.2//EN" "http://www.oasis-open.org/docbook/xml/4.1.2/docbookx.dtd">
<book><chapter><title/><para>
一、重点任务
</para><para><informaltable><tgroup cols='3'><tbody>
<row><entry>
工作任务
</entry><entry>
责任单位
</entry><entry>
完成时限
</entry></row>
<row><entry>
建立健全个人所得税纳税信用记录,全面建立自然人纳税信用信息采集机制
</entry><entry>
市税务局
市发展改革委
</entry><entry>
<emphasis role='bold'>2020年</emphasis>底前
</entry></row>
</tbody></tgroup></informaltable></para><para>
二、工作要求
</para></chapter></book>""".encode()
    assert docbook_lines(xml).split("\n") == [
        "一、重点任务", "工作任务", "责任单位", "完成时限", "建立健全个人所得税纳税信用记录,全面建立自然人纳税信用信息采集机制",
        "市税务局", "市发展改革委", "2020年底前", "二、工作要求"]


@pytest.mark.skipif(not shutil.which("antiword"), reason="antiword not installed (make installs it where it can)")
def test_a_long_cell_and_a_cell_of_two_paragraphs_through_antiword(tmp_path):
    got = lines(read_document(write(tmp_path, "n.doc", (FORMATS / "division.doc").read_bytes()), tmp_path))
    i = got.index("序号")
    assert got[i:i + 12] == ["序号", "工作任务", "责任单位", "完成时限", "1",
                             "建立健全个人所得税纳税信用记录,全面建立自然人纳税信用信息采集、记录、查询、应用和修复机制",
                             "市税务局", "市发展改革委", "2020年底前", "2", "对严重失信当事人实施联合惩戒", "市发展改革委"]


def test_a_compound_file_that_is_not_word_is_named(tmp_path):
    data = OLE + b"\x00" * 600 + "Workbook".encode("utf-16-le") + b"\x00" * 600
    with pytest.raises(InputError, match="without a Word document stream"):
        read_document(write(tmp_path, "n.doc", data), tmp_path)


NOTICE = "一、总体目标\n到2025年,人均预期寿命达到79岁。"


def rtf(text: str) -> bytes:
    """RTF as Word writes Chinese: GBK bytes as \\'hh escapes under \\ansicpg936."""
    body = "".join(f"\\'{b:02x}" for b in text.encode("gbk")).replace("\\'0a", "\\par\n")
    return ("{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 \\'cb\\'ce\\'cc\\'e5;}}"
            "{\\info{\\title x}}\\f0\\fs32 " + body + "\\par\n}").encode("ascii")


def docx_bytes() -> bytes:
    import docx

    d = docx.Document()
    for line in NOTICE.split("\n"):
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


PAGE = "<html><body><p>" + NOTICE.replace("\n", "</p><p>") + "</p></body></html>"
MHT = ("MIME-Version: 1.0\nContent-Type: multipart/related; boundary=\"b\"\n\n--b\n"
       "Content-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: base64\n\n"
       + base64.encodebytes(PAGE.encode()).decode("ascii") + "\n--b--\n").encode("ascii")


@pytest.mark.parametrize("kind,data", [
    ("html", f'<html><head><meta charset="gb2312"></head><body><p>{NOTICE.replace(chr(10), "</p><p>")}</p></body></html>'
     .encode("gbk")),
    ("html", ("\ufeff<!DOCTYPE html>\n<html><body><div>" + NOTICE.replace("\n", "</div><div>") + "</div></body></html>")
     .encode("utf-8")),
    ("rtf", rtf(NOTICE)),
    ("zip", docx_bytes()),
    ("mht", MHT),
    ("text", NOTICE.encode("gb18030")),
])
def test_a_doc_that_is_really_another_format_is_read_as_what_it_is(tmp_path, kind, data):
    assert kind_of(data) == kind
    doc = read_document(write(tmp_path, "n.doc", data), tmp_path)
    assert lines(doc) == NOTICE.split("\n")
    assert len(doc.warnings) == 1 and doc.warnings[0].startswith("a .doc file that is ")


def test_word_2003_xml_under_a_doc_name_is_named(tmp_path):
    data = b'<?xml version="1.0"?><?mso-application progid="Word.Document"?><w:wordDocument></w:wordDocument>'
    with pytest.raises(InputError, match="WordML"):
        read_document(write(tmp_path, "n.doc", data), tmp_path)


def test_binary_junk_under_a_doc_name_is_named(tmp_path):
    with pytest.raises(InputError, match="binary"):
        read_document(write(tmp_path, "n.wps", bytes(range(256)) * 40), tmp_path)


def test_libreoffice_reads_what_antiword_refuses(tmp_path, monkeypatch):
    def refuses(path, timeout):
        raise InputError("antiword could not read this .doc (fast-saved files are not supported)")

    monkeypatch.setattr(word97, "antiword_text", refuses)
    monkeypatch.setattr(word97.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(word97, "libreoffice_text", lambda soffice, path, timeout: f"read by {soffice}")
    doc = read_document(write(tmp_path, "n.doc", (FORMATS / "table.doc").read_bytes()), tmp_path)
    assert doc.raw == "read by /usr/bin/soffice"


def test_an_rtf_file_is_read_without_a_warning(tmp_path):
    doc = read_document(write(tmp_path, "n.rtf", rtf(NOTICE)), tmp_path)
    assert lines(doc) == NOTICE.split("\n") and not doc.warnings
