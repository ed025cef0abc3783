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


# An HTML data table reads one row a line, as a markdown table's rows (`| a | b |`): its labelled cells are a table's,
# no items (govcn_0054's indicator table: 一、医疗质量 / (一)功能定位 / 1.门诊人次数…, 55 rows the outline took as items).
# A layout table (one holding another, a body in one cell) and a table numbered by a 序号 column (which the outline
# reads one cell a line from its header: tenth P_01/P_02) keep their lines, and so does a page's table of fields.
GOVCN_PAGE = """<html><body>
<table><tr><td>索 引 号：</td><td>000014349/2019-00004</td><td>主题分类：</td><td>卫生、体育\\卫生</td></tr>
<tr><td>发文机关：</td><td>国务院办公厅</td><td>成文日期：</td><td>2019年01月16日</td></tr>
<tr><td>标 题：</td><td colspan="3">国务院办公厅关于加强三级公立医院绩效考核工作的意见</td></tr>
<tr><td>发文字号：</td><td>国办发〔2019〕4号</td><td>发布日期：</td><td>2019年01月30日</td></tr></table>
<table><tr><td><table><tr><td>
<p>国务院办公厅关于加强三级公立医院绩效考核工作的意见</p><p>国办发〔2019〕4号</p>
<p>一、总体要求</p><p>到2020年,基本建立较为完善的三级公立医院绩效考核体系。</p>
<p>二、考核程序</p><p>2019年12月底前完成第一次全国三级公立医院绩效考核工作。</p>
<p>附件：三级公立医院绩效考核指标</p><p>国务院办公厅</p><p>2019年1月16日</p>
<p>附件</p><p>三级公立医院绩效考核指标</p>
<table><tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标性质</td><td>指标说明</td></tr>
<tr><td rowspan="2"><p>一、医疗质量</p></td><td rowspan="2"><p>（一）功能定位</p></td><td><p>1.门诊人次数与出院人次数比</p></td>
<td>定量</td><td><p>计算方法：门诊患者人次数/同期出院患者人次数。</p><p>指标来源：医院填报。</p></td></tr>
<tr><td><p>2.下转患者人次数</p></td><td>定量</td><td><p>计算方法：本年度下转患者人次数。</p></td></tr>
<tr><td><p>二、运营效率</p></td><td><p>（二）资源效率</p></td><td><p>3.每百张病床药师人数</p></td><td>定量</td>
<td><p>计算方法：药师总人数/床位数×100。</p></td></tr></table>
</td></tr></table></td></tr></table></body></html>"""


def test_an_html_data_table_reads_one_row_a_line(tmp_path):
    doc = read_document(write(tmp_path, "n.html", GOVCN_PAGE.encode()), tmp_path)
    lines = [line.strip() for line in doc.raw.split("\n") if line.strip()]
    # a page's table of fields (a label and its colon opening each row) keeps one cell a line, as the metadata reads it
    assert "发文字号：" in lines and "国办发〔2019〕4号" in lines and not any(line.startswith("| 发文字号") for line in lines)
    assert ("| 一、医疗质量 | （一）功能定位 | 1.门诊人次数与出院人次数比 | 定量 | 计算方法：门诊患者人次数/同期出院患者人次数。"
            " 指标来源：医院填报。 |") in lines
    assert "| 2.下转患者人次数 | 定量 | 计算方法：本年度下转患者人次数。 |" in lines
    # the layout tables around the body keep its lines
    assert "一、总体要求" in lines and "到2020年,基本建立较为完善的三级公立医院绩效考核体系。" in lines


def test_an_html_tables_labelled_cells_open_no_items_and_the_page_keeps_its_fields(tmp_path):
    from pipeline.run import process

    doc = process(write(tmp_path, "n.html", GOVCN_PAGE.encode()), tmp_path)
    assert [(t.path, t.heading) for t in doc.tasks if t.path] == [("1", "总体要求"), ("2", "考核程序")]
    assert doc.title == "国务院办公厅关于加强三级公立医院绩效考核工作的意见"
    assert doc.doc_number == "国办发〔2019〕4号" and doc.issuer == "国务院办公厅"
    assert str(doc.issue_date) == "2019-01-16"


@pytest.mark.parametrize("table, kept", [
    # a table numbered by a 序号 column: one cell a line, as the outline reads it (tenth P_01's section rows)
    ("<table><tr><td>序号</td><td>考核项目</td><td>分值</td></tr><tr><td>一、</td><td>通用考核项目</td><td>40</td></tr>"
     "<tr><td>1</td><td>组织领导</td><td>8</td></tr></table>", ["序号", "考核项目", "一、", "通用考核项目"]),
    # a body laid out in a table: a cell as long as a page's body
    ("<table><tr><td>首页</td><td>" + "<p>一、总体要求</p><p>" + "推进绩效考核工作。" * 120 + "</p></td></tr>"
     "<tr><td>打印</td><td>关闭</td></tr></table>", ["一、总体要求", "打印", "关闭"]),
    # one row: no data table
    ("<table><tr><td>指标</td><td>目标值</td></tr></table>", ["指标", "目标值"]),
])
def test_a_layout_or_numbered_html_table_keeps_one_cell_a_line(tmp_path, table, kept):
    doc = read_document(write(tmp_path, "n.html", f"<html><body>{table}</body></html>".encode()), tmp_path)
    lines = [line.strip() for line in doc.raw.split("\n") if line.strip()]
    assert all(k in lines for k in kept) and not any(line.startswith("|") for line in lines)


def test_an_html_indicator_tables_header_year_dates_its_column(tmp_path):
    # holdout3 h3_03's 指标 | 单位 | 2023年基数 | 2025年目标 | 属性: the header 2025年目标 is an `in` deadline (ANNOTATION)
    from pipeline.run import process

    html = ("<html><body><p>青岛市数字经济高质量发展行动方案</p><p>一、发展目标</p><p>到2025年,数字经济核心产业增加值达到1450亿元。</p>"
            "<table><tr><td>指标</td><td>单位</td><td>2023年基数</td><td>2025年目标</td><td>属性</td></tr>"
            "<tr><td>数字经济核心产业增加值</td><td>亿元</td><td>1200</td><td>1450</td><td>预期性</td></tr></table>"
            "<p>二、重点任务</p><p>(一)夯实数字基础设施。</p></body></html>")
    doc = process(write(tmp_path, "n.html", html.encode()), tmp_path)
    assert sorted((d.raw, d.kind, str(d.date)) for d in doc.deadlines) == [
        ("2025年目标", "in", "2025-12-31"), ("到2025年", "by", "2025-12-31")]
