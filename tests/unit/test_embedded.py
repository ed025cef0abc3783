"""A notice stored in program code reads as its string literals (pipeline/embedded.py): the
fifth collection's mini-program page (doc_0003), a JSON record of a gov.cn notice with its
escapes, and texts that only quote (a markdown page, a notice with ASCII quotes) left alone."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.embedded import document_in_code, without_server_code
from pipeline.ingest import read_document
from pipeline.normalise import normalise_text

FIFTH = Path(__file__).resolve().parents[1] / "real" / "fifth" / "corpus"

PAGE = """//create by: 邓志锋 <280160522@qq.com> <https://www.diygw.com> DIYGW可视化设计一键生成源码
Page({
\tdata: {
\t\t//用户全局信息
\t\tuserInfo: {},
\t\tnavigationBarTitleText: '政策详情',
\t\ttext: `<p style="text-align: center;">加快重点产业实施意见</p>`,
\t\ttext1: `<p class="MsoNormal"><span lang="EN-US"><strong>一、财政支持</strong></span></p>
<p class="MsoNormal"><span lang="EN-US">设立规模不低于1亿元的重点产业发展引导资金,列入县财政预算。</span></p>`
\t},
\tonLoad(option) {
\t\tthis.init();
\t},
\tasync init() {}
});"""


def test_a_mini_program_page_gives_its_literals_with_markup():
    text, literals = document_in_code(PAGE)
    assert literals == 2  # the page's name '政策详情' is the program's own word
    assert text.startswith('<p style="text-align: center;">加快重点产业实施意见</p>\n<p class="MsoNormal">')
    assert "Page(" not in text and "邓志锋" not in text and "政策详情" not in text


def test_the_stored_page_reads_as_the_notice(tmp_path):
    # doc_0003 as stored: the title, then the items, no code
    doc = read_document(FIFTH / "doc_0003.txt", FIFTH)
    lines = [x for x in normalise_text(doc.raw).split("\n") if x]
    assert lines[:4] == ["加快重点产业实施意见", "一、财政支持",
                         "设立规模不低于1亿元的重点产业发展引导资金,列入县财政预算,按照《柳河县中小企业发展引导资金管理办法(试行)》"
                         "相关规定,用于重点产业发展补助和奖励。", "二、支持范围"]
    assert not any(x in doc.raw for x in ("onLoad", "Page({", "DIYGW", "&ldquo;", "<span"))
    assert any("program code" in w for w in doc.warnings)


def test_a_json_record_decodes_its_escapes():
    # a gov.cn notice's sentences as an API's JSON field (escaped quotes, \\/ and \\u)
    record = {"id": 3130496, "type": "通知", "title": "国务院办公厅关于印发政府网站集约化试点工作方案的通知",
              "content": "<p>一、总体要求</p><p>(一)指导思想。以习近平新时代中国特色社会主义思想为指导。</p>"}
    stored = json.dumps(record, ensure_ascii=True).replace("/", "\\/")
    text, literals = document_in_code(stored)
    assert literals == 2  # the title and the content; keys and the short type are the program's
    assert text == record["title"] + "\n" + record["content"]


def test_a_surrogate_pair_is_one_character_and_a_lone_one_is_replaced():
    text, _ = document_in_code('{"content": "<p>\\ud83d\\ude00 \\ud800 第一条</p>"}')
    assert text == "<p>\U0001F600 \ufffd 第一条</p>"


# A MySQL dump's row whose body keeps its breaks (the eighteenth set's H57B_01, a county bureau's
# rules): its strings run over lines, a quote inside one doubled ('') or escaped (\')
SQL_ROW = """INSERT INTO `tb_GxzdZfgs` VALUES ('1', '邳州市交通运输局行政执法公示制度', '第一条　为规范交通运输行政执法行为，制定本制度。
第二条　局属各执法单位的''行政执法公示''工作，应当遵守本制度。
第三条　本制度自2017年8月1日起施行，原\\'制度\\'同时废止。', '2017-10-10', '邳州市交通运输局');"""


def test_an_sql_row_whose_strings_run_over_lines_gives_its_fields():
    text, literals = document_in_code(SQL_ROW)
    assert literals == 2  # the id, the date and the short name of the office are the record's own
    assert text.split("\n") == [
        "邳州市交通运输局行政执法公示制度",
        "第一条　为规范交通运输行政执法行为，制定本制度。",
        "第二条　局属各执法单位的'行政执法公示'工作，应当遵守本制度。",
        "第三条　本制度自2017年8月1日起施行，原'制度'同时废止。"]


def test_a_json_string_that_runs_over_lines_is_one_literal():
    text, _ = document_in_code('{"title": "关于做好近期煤矿瓦斯治理工作的通知", "content": "一、加强领导。\n二、落实责任，做好工作。"}')
    assert text == "关于做好近期煤矿瓦斯治理工作的通知\n一、加强领导。\n二、落实责任，做好工作。"


@pytest.mark.parametrize("text", [
    # a markdown page: Chinese outside any quote (doc_0007's front matter and an article)
    '---\ntitle: 广东省生态环境行政处罚自由裁量权规定\n---\n## 第一章 总则{align="center"}\n第一条 为推进依法行政…',
    # a notice quoting with ASCII quotes
    '关于开展"三送"活动的通知\n各县区:\n现将"三送"活动方案印发给你们。',
    # code whose literals hold no notice
    "Page({ data: { title: '政策详情', list: [] } });",
    # a quote that closes nowhere is no literal
    "var a = `<p>一、总体要求</p>",
    "var a = '<p>一、总体要求</p>\n<p>二、主要任务</p>",
    # quotes paired over lines leave Chinese between them outside: a text, not code
    '"三送"活动\n"四进"活动的通知',
])
def test_texts_that_are_not_a_notice_in_code_are_left_alone(text):
    assert document_in_code(text) is None


# A JSP detail page as a county platform stores it: directives, a scriptlet with a `<` in its
# code, an expression inside an attribute, EL placeholders for the record it fetches, a
# comment, and the notice's own paragraphs (a gov.cn notice's sentences, govcn_0001)
JSP_PAGE = """<%@ page language="java" contentType="text/html; charset=UTF-8" pageEncoding="UTF-8"%>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<%
    String base = request.getContextPath();
    for (int i = 0; i < 3; i++) { out.print(i); }
%>
<%-- 详情页 --%>
<html><head><title>${notice.title}</title><base href="<%=base %>/"></head>
<body><div class="top">发布人:${notice.author} 时间:${notice.time}</div>
<p>国务院办公厅关于印发政府网站集约化试点工作方案的通知</p>
<p>一、总体要求</p><p>(一)指导思想。以习近平新时代中国特色社会主义思想为指导。</p>
<c:forEach items="${comments}" var="c"><p>${c.text}</p></c:forEach>
</body></html>"""


def test_a_server_pages_code_shows_nothing(tmp_path):
    for name in ("page.html", "page.txt"):
        (tmp_path / name).write_text(JSP_PAGE, "utf-8")
        lines = [x for x in normalise_text(read_document(tmp_path / name, tmp_path).raw).split("\n") if x]
        assert lines == ["发布人: 时间:", "国务院办公厅关于印发政府网站集约化试点工作方案的通知", "一、总体要求",
                         "(一)指导思想。以习近平新时代中国特色社会主义思想为指导。"], name


@pytest.mark.parametrize("text", [
    "人均收入增长率<%5的地区", "比例 <%", "价格指数{2020}", "第三条 收费标准为每立方米${x}元" [:12],
])
def test_text_that_only_looks_like_server_code_stays(text):
    assert without_server_code(text) == text
