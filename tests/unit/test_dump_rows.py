"""A notice stored as a PostgreSQL COPY row reads as the row's text fields, one a line
(pipeline/dump_rows.py): the thirteenth collection's two rows cut out of a CMS's `public.node`
block, a whole block with its statement and end, escapes inside a field, and tab-separated
texts that are no dump (a table pasted as text) left alone."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.dump_rows import fields_as_lines
from pipeline.ingest import read_document
from pipeline.normalise import normalise_text

THIRTEENTH = Path(__file__).resolve().parents[1] / "real" / "thirteenth" / "corpus"


@pytest.mark.parametrize("name, first, second", [
    # the title field, then the HTML body whose first line is the rule's header clause
    ("P_01.txt", "银行保险机构许可证管理办法", "(2021年4月28日中国银行保险监督管理委员会令2021年第3号公布 自2021年7月1日起施行)"),
    # the title field, then the body's own title line
    ("P_02.txt", "保险经纪人监管规定", "保险经纪人监管规定"),
])
def test_a_cut_out_row_reads_as_its_title_field_then_its_body(name, first, second):
    doc = read_document(THIRTEENTH / name, THIRTEENTH)
    lines = normalise_text(doc.raw).split("\n")
    assert lines[:2] == [first, second]
    assert not any("\\N" in line or "2024-10-14" in line for line in lines)  # nulls, the CMS's timestamps


def test_a_whole_copy_block_drops_its_statement_and_end():
    dump = ("COPY public.article (id, title, content, status, created) FROM stdin;\n"
            "3\t关于做好2023年春季农业生产工作的通知\t<p>各县区农业农村局：</p>\t1\t2023-02-01 09:00:00\n"
            "\\.\n")
    assert fields_as_lines(dump).split("\n") == [
        "关于做好2023年春季农业生产工作的通知", "<p>各县区农业农村局：</p>", ""]


def test_a_row_with_no_null_inside_a_block_is_a_row_too():
    dump = "COPY news (id, title) FROM stdin;\n12\t市人民政府办公室关于印发实施方案的通知\n\\.\n"
    assert fields_as_lines(dump) == "市人民政府办公室关于印发实施方案的通知\n"


def test_escapes_inside_a_field_are_decoded():
    row = "5\t\\N\t某某区关于印发《工作方案》的通知\t一、总体要求\\n(一)指导思想\\t坚持\\\\问题导向\t\\N\n"
    assert fields_as_lines(row).split("\n") == [
        "某某区关于印发《工作方案》的通知", "一、总体要求", "(一)指导思想\t坚持\\问题导向", ""]


@pytest.mark.parametrize("text", [
    "序号\t项目名称\t补助标准\n1\t新建温室大棚\t每亩2000元\n",   # a table pasted as text: no null
    "一、总体要求\n到2025年,全市建成5个示范园区。\n",            # no tab at all
    "指标\t2020年\t\\N说明\n",                                    # `\N` inside a field, not a null field
])
def test_texts_that_are_no_dump_are_left_alone(text):
    assert fields_as_lines(text) is None
