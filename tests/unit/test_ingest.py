import io
from pathlib import Path

import pytest

from pipeline.ingest import InputError, read_document

NOTICE = "某某市人民政府关于印发健康行动方案的通知\n一、总体目标\n到2025年,人均预期寿命达到79岁。\n"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16"])
def test_text_encodings_are_detected(tmp_path, encoding):
    path = write(tmp_path, "n.txt", NOTICE.encode(encoding))
    assert read_document(path, tmp_path).raw.lstrip("\ufeff") == NOTICE


def test_gbk_without_hints_long_document(tmp_path):
    text = NOTICE * 40 + "(责任单位:市卫生健康委、市财政局)\n"
    (tmp_path / "sub").mkdir()
    path = write(tmp_path, "sub/n.txt", text.encode("gbk"))
    doc = read_document(path, tmp_path)
    assert doc.raw == text
    assert doc.source_file == "sub/n.txt"


def test_html_keeps_visible_text_one_block_per_line(tmp_path):
    html = """<html><head><title>网站标题</title><style>p {color: red}</style>
    <script>var x = "一、不是任务";</script></head><body>
    <div class="nav">首页 &gt; 政务公开</div>
    <h1>某某市人民政府关于印发健康行动方案的通知</h1>
    <p>一、总体目标</p><p>到2025年,人均预期寿命达到<b>79</b>岁。</p>
    <table><tr><td>指标</td><td>目标值</td></tr></table>
    <!-- 注释 --></body></html>"""
    doc = read_document(write(tmp_path, "n.html", html.encode("utf-8")), tmp_path)
    lines = [line.strip() for line in doc.raw.split("\n") if line.strip()]
    assert "到2025年,人均预期寿命达到79岁。" in lines
    assert "指标" in lines and "目标值" in lines
    assert not any("var x" in line or "color" in line or "注释" in line or "网站标题" in line for line in lines)


def test_html_in_gbk_with_meta_charset(tmp_path):
    html = '<html><head><meta charset="gb2312"></head><body><p>一、总体目标</p></body></html>'
    doc = read_document(write(tmp_path, "n.htm", html.encode("gbk")), tmp_path)
    assert "一、总体目标" in doc.raw


def test_docx_paragraphs_and_table_cells_in_reading_order(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("一、总体目标")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "指标名称", "2025年目标值"
    table.cell(1, 0).text, table.cell(1, 1).text = "婴儿死亡率", "≤4.5‰"
    d.add_paragraph("二、主要任务")
    buf = io.BytesIO()
    d.save(buf)
    doc = read_document(write(tmp_path, "n.docx", buf.getvalue()), tmp_path)
    assert doc.raw.split("\n") == ["一、总体目标", "指标名称", "2025年目标值", "婴儿死亡率", "≤4.5‰", "二、主要任务"]


@pytest.mark.parametrize("name,data,reason", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\n ", "no text"),
    ("binary.txt", bytes(range(256)) * 40, "binary"),
    ("broken.docx", b"PK\x03\x04 not really a zip", "docx"),
])
def test_bad_input_raises_input_error_with_reason(tmp_path, name, data, reason):
    with pytest.raises(InputError, match=reason):
        read_document(write(tmp_path, name, data), tmp_path)


def test_huge_file_is_refused(tmp_path, monkeypatch):
    from pipeline import ingest

    monkeypatch.setattr(ingest, "load", lambda name: {"max_bytes": 100})
    with pytest.raises(InputError, match="too large"):
        read_document(write(tmp_path, "big.txt", NOTICE.encode() * 10), tmp_path)


def test_html_comment_tails_and_deep_nesting_keep_their_text(tmp_path):
    html = ("<html><body><p>到2025年<!-- 注释 -->,覆盖率达到90%。</p>" + "<div>" * 1000 + "一、总体目标"
            + "</div>" * 1000 + "</body></html>")
    doc = read_document(write(tmp_path, "n.html", html.encode("utf-8")), tmp_path)
    assert "到2025年,覆盖率达到90%。" in doc.raw and "一、总体目标" in doc.raw


def test_an_included_header_closing_its_own_page_hides_nothing(tmp_path):
    # gov.cn's mirrored pages (seventh doc_0007, doc_0010, doc_0011; govcn_0001 …) include the
    # site's header template with its own </body></html>, then the body: the parser dropped
    # everything after it, and the page was read by stripping tags with a warning.
    html = ('<html><head><title>t</title></head><body><div class="header">首页 | 简 | 繁</div>'
            '<script>var a=1;</script></body></html>\n<!--end header-->\n'
            '<div class="pages_content"><p>一、总体目标</p><p>到2025年,覆盖率达到<b>90%</b>。</p></div>'
            '<script>var b="二、不是任务";</script></body></html>')
    doc = read_document(write(tmp_path, "n.html", html.encode("utf-8")), tmp_path)
    lines = [line for line in doc.raw.split("\n") if line.strip()]
    assert lines == ["首页 | 简 | 繁", "一、总体目标", "到2025年,覆盖率达到90%。"]
    assert not doc.warnings


def test_markdown_files_are_read_as_the_text_files_they_are(tmp_path):
    # a collector's markdown page (front matter, a heading, bold labels) saved as .md, as the
    # fourth collection's vault stored its pages before they were copied here as .txt
    page = ("---\ntitle: 某某市健康行动方案\n---\n# 某某市人民政府关于印发健康行动方案的通知\n"
            "**一、总体目标**\n到2025年,人均预期寿命达到79岁。\n")
    as_md = read_document(write(tmp_path, "n.md", page.encode("utf-8")), tmp_path)
    as_txt = read_document(write(tmp_path, "n.txt", page.encode("utf-8")), tmp_path)
    assert as_md.raw == as_txt.raw == page
    from pipeline.run import find_inputs
    assert {p.name for p in find_inputs(tmp_path)} == {"n.md", "n.txt"}


def test_inputs_are_found_through_linked_folders_once(tmp_path):
    # A corpus assembled from several crawls by links: each linked folder is read, a link back
    # up the tree or a second link to the same folder reads nothing twice.
    from pipeline.run import find_inputs
    crawl = tmp_path / "crawl"
    crawl.mkdir()
    (crawl / "a.txt").write_text("一、总体要求\n", encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "b.html").write_text("<p>一、总体要求</p>", encoding="utf-8")
    (corpus / "crawl").symlink_to(crawl, target_is_directory=True)
    (corpus / "again").symlink_to(crawl, target_is_directory=True)
    (crawl / "up").symlink_to(corpus, target_is_directory=True)
    found = find_inputs(corpus)
    assert sorted(p.name for p in found) == ["a.txt", "b.html"]
    assert all(p.is_relative_to(corpus) for p in found)
    assert corpus / "again" / "a.txt" in found  # the first link by name, whatever the listing order


def test_a_crawled_json_record_gives_its_fields_and_pages_in_order(tmp_path):
    # the shape of a crawl that stores one notice per file, its OCR text split by page
    record = ('{"city":"某市","doc":"某某市停车位配建标准实施细则(试行)","doc_version":"某资源发〔2020〕1号",'
              '"articles":[{"page":1,"text":"某某市自然资源和规划局关于印发《实施细则》的通知\\n各分局:"},'
              '{"page":2,"text":"第一条 为加强停车设施建设管理,制定本细则。\\n第二条 本细则自印发之日起施行。"}]}')
    doc = read_document(write(tmp_path, "n.json", record.encode("utf-8")), tmp_path)
    lines = doc.raw.splitlines()
    assert lines[0] == "某某市停车位配建标准实施细则(试行)"
    assert lines[1:3] == ["某某市自然资源和规划局关于印发《实施细则》的通知", "各分局:"]
    assert lines[-1] == "第二条 本细则自印发之日起施行。"
    assert any("string literals" in w for w in doc.warnings)


@pytest.mark.parametrize("record", ['{"files": ["a.json", "b.json"], "count": 2}', '[{"标题": "通知"}]', "{not json"])
def test_a_json_file_without_a_notice_is_named_not_read(tmp_path, record):
    with pytest.raises(InputError, match="no notice text"):
        read_document(write(tmp_path, "index.json", record.encode("utf-8")), tmp_path)
