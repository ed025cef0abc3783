"""Text files whose lines carry HTML read as their visible text (pipeline/inline_html.py), on
lines of real files: the fifth collection's markdown pages (<p id="tN">&emsp;<b>第N条</b>) and
its mini-program page (Word-exported spans), the fourth collection's vault pages (<br> in table
cells and link titles, lawref's <!-- --> notes) and a gov.cn page's one-line body, which must
read as the pipeline reads the same markup as an HTML page."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.ingest import html_text, read_document
from pipeline.inline_html import has_markup, visible_text
from pipeline.normalise import normalise_text

REAL = Path(__file__).resolve().parents[1] / "real"


@pytest.mark.parametrize("line, expected", [
    # doc_0001: an article as a markdown page's HTML paragraph, indented with em spaces
    ('<p id="t5">&emsp;&emsp;<b>第五条</b>&emsp;鼓励开发林业碳汇等温室气体自愿减排项目,引导企业和单位采取节能降碳措施。</p>',
     "第五条 鼓励开发林业碳汇等温室气体自愿减排项目,引导企业和单位采取节能降碳措施。"),
    # doc_0005: a paragraph of an article ending in <br>, its next line an item
    ("&emsp;&emsp;(十一)法律法规规定的其他防治措施。</p>", "(十一)法律法规规定的其他防治措施。"),
    # doc_0007: the article label in bold, the paragraph closed on the same line
    ('<p id="t24">&emsp;&emsp;<b>第二十四条</b>&emsp;本《裁量权规定》由广东省生态环境厅负责解释。</p>',
     "第二十四条 本《裁量权规定》由广东省生态环境厅负责解释。"),
    # doc_0003: a Word export's spans, quotes as entities
    ('<p class="MsoNormal" style="text-indent: 24.0pt;"><span lang="EN-US" style="font-size: 12.0pt; '
     'font-family: 宋体;">2.重点产业新上项目固定资产投资3亿元以上重大项目,实行&ldquo;一事一议&rdquo;。</span></p>',
     "2.重点产业新上项目固定资产投资3亿元以上重大项目,实行“一事一议”。"),
    ('<span lang="EN-US"><strong>一、财政支持</strong></span><o:p></o:p>', "一、财政支持"),
    # numeric and named entities a browser shows as characters
    ("给予企业10万元&mdash;100万元资金支持&#12290;", "给予企业10万元—100万元资金支持。"),
])
def test_a_line_reads_as_its_visible_text(line, expected):
    assert normalise_text(visible_text(line)) == expected


def test_an_articles_paragraphs_keep_the_files_own_lines():
    # doc_0001 第四条: <br> at each line end stands where the file breaks the line already
    text = ('<p id="t4">&emsp;&emsp;<b>第四条</b>&emsp;省生态环境部门负责全省碳排放管理的组织实施。<br>\n'
            "&emsp;&emsp;各地级以上市人民政府负责指导和支持本行政辖区内企业配合碳排放管理相关工作。<br>\n"
            "&emsp;&emsp;各地级以上市生态环境部门负责组织企业碳排放信息报告与核查工作。</p>\n"
            '<p id="t5">&emsp;&emsp;<b>第五条</b>&emsp;鼓励开发林业碳汇。</p>')
    assert normalise_text(visible_text(text)).split("\n") == [
        "第四条 省生态环境部门负责全省碳排放管理的组织实施。",
        "各地级以上市人民政府负责指导和支持本行政辖区内企业配合碳排放管理相关工作。",
        "各地级以上市生态环境部门负责组织企业碳排放信息报告与核查工作。",
        "第五条 鼓励开发林业碳汇。"]


def test_a_govcn_body_on_one_line_reads_as_the_html_page_does():
    # govcn_0001.html writes its whole body as one line of <p> paragraphs: stored in a text
    # file, it gives the lines the HTML reader gives for the page
    line = next(x for x in (REAL / "corpus" / "govcn_0001.html").read_text("utf-8").split("\n")
                if x.count("<p") > 20)
    as_text = [x for x in normalise_text(visible_text(line)).split("\n") if x]
    as_page = [x for x in normalise_text(html_text(f"<html><body>{line}</body></html>".encode())).split("\n") if x]
    assert len(as_text) > 20
    assert as_text == as_page
    assert "一、总体要求" in as_text


@pytest.mark.parametrize("line, expected", [
    # plan_0018: a table cell wrapped with <br> keeps its row on one line
    ("| 3 | 能源与<br>环境 | 技术改造煤电机组规模355万千瓦以上。 | 市发改委 |",
     "| 3 | 能源与环境 | 技术改造煤电机组规模355万千瓦以上。 | 市发改委 |"),
    ("| 6 | 建筑和<br>市政基础<br>设施 | 报废更新或修理改造老旧住宅电梯1000台。 | 市市场监管局 |",
     "| 6 | 建筑和市政基础设施 | 报废更新或修理改造老旧住宅电梯1000台。 | 市市场监管局 |"),
    # plan_0026: after a bold run, not between Chinese characters: a space
    ("| **上海市用户侧虚拟电厂规划目标(2025-2027年)**<br>单位:万千瓦 |",
     "| **上海市用户侧虚拟电厂规划目标(2025-2027年)** 单位:万千瓦 |"),
    # plan_0029: a link's title wrapped with <br/> keeps the link on its line
    ('政策解读](https://www.ln.gov.cn/web/zcjd/index.shtml "《辽宁省推动<br/>大规模设备更新<br/>实施方案〉的通知》") 2024-06-11',
     '政策解读](https://www.ln.gov.cn/web/zcjd/index.shtml "《辽宁省推动大规模设备更新实施方案〉的通知》") 2024-06-11'),
])
def test_markdown_a_line_break_would_end_keeps_its_line(line, expected):
    assert visible_text(line) == expected


@pytest.mark.parametrize("line, expected", [
    # lawref pages: a collector's note in a comment
    ("施行日期:2021-01-01\n\n<!-- INFO END -->\n\n第一章 总则", "施行日期:2021-01-01\n\n\n\n第一章 总则"),
    # a page's style and script carry no text
    ("<style>p {color: red}</style>第一条 为了…<script>var a = '一、不是';</script>", "第一条 为了…"),
])
def test_comments_and_hidden_elements_go_with_their_content(line, expected):
    assert visible_text(line) == expected


@pytest.mark.parametrize("text", [
    # markdown autolinks and a program's e-mail note name no element (doc_0001, doc_0003)
    "<http://gdee.gd.gov.cn/dfguizhang/content/post_3130496.html>",
    "//create by: 邓志锋 <280160522@qq.com> <https://www.diygw.com>",
    # comparisons and words in angle brackets are text
    "PM2.5<35微克/立方米, 比值<1",
    "<pre-release> <b2b> R&D 研发 &unknown;",
    "<mailto:office@gd.gov.cn> <ftp://files.gd.gov.cn/a.pdf>",
])
def test_angle_brackets_that_name_no_element_are_text(text):
    assert not has_markup(text.replace("&unknown;", ""))
    assert visible_text(text) == text


@pytest.mark.parametrize("name", ["corpus/realestate_0001.txt", "corpus/gwr_0001.txt", "fourth/corpus/plan_0030.txt"])
def test_a_notice_without_html_is_unchanged(name):
    text = (REAL / name).read_text("utf-8")
    assert not has_markup(text)
    assert visible_text(text) == text


def test_a_markdown_page_with_html_articles_reads_as_the_regulation(tmp_path):
    # the head of doc_0005's page, as stored: front matter, containers, contents, articles
    page = ("---\ntitle: 江门市扬尘污染防治条例\n---\n\n## 第一章&emsp;总则{align=\"center\"}\n\n"
            '<p id="t1">&emsp;&emsp;<b>第一条</b>&emsp;为了防治扬尘污染,改善环境空气质量,制定本条例。</p>\n'
            '<p id="t2">&emsp;&emsp;<b>第二条</b>&emsp;本条例适用于本市行政区域内扬尘污染防治。</p>')
    path = tmp_path / "p.txt"
    path.write_text(page, "utf-8")
    raw = read_document(path, tmp_path).raw
    assert "<" not in raw and "&emsp;" not in raw
    assert raw.split("\n")[-2:] == ["\u2003\u2003第一条\u2003为了防治扬尘污染,改善环境空气质量,制定本条例。",
                                    "\u2003\u2003第二条\u2003本条例适用于本市行政区域内扬尘污染防治。"]


@pytest.mark.parametrize("name", ["govcn_0001.html", "govcn_0016.html", "govcn_0033.html", "govcn_0054.html"])
def test_a_govcn_page_saved_as_text_reads_as_the_page(tmp_path, name):
    # the whole page (doctype, head, scripts, canvas, tables) in a .txt file: the lines the HTML
    # reader gives, no more, no fewer (every gov.cn page of tests/real/corpus reads so)
    data = (REAL / "corpus" / name).read_bytes()
    (tmp_path / "page.txt").write_bytes(data)
    (tmp_path / "page.html").write_bytes(data)
    as_text, as_page = ([x for x in normalise_text(read_document(tmp_path / f, tmp_path).raw).split("\n") if x]
                        for f in ("page.txt", "page.html"))
    assert len(as_page) > 20
    assert as_text == as_page
