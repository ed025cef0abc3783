"""The notice's own year, read once for the deadlines and targets stages (pipeline/own_year.py)."""
import datetime as dt

import pytest

from pipeline.document import Document
from pipeline.own_year import is_review_title, own_year, plan_part_year, title_period_start, title_year


def _doc(title, text="", issue=None):
    doc = Document(source_file="t", text=text, issue_date=issue)
    doc.title = title
    doc.body_start, doc.body_end = 0, len(text)
    return doc


@pytest.mark.parametrize("title,year", [
    ("2013年中华人民共和国国务院政府工作报告", 2013),               # gwr_0014
    ("石城县2018年度河长制湖长制工作考核细则", 2018),               # after its place
    ("关于印发《济南市2025年家电以旧换新补贴实施细则》的通知", 2025),
    ("湖南省电力支撑能力提升行动方案(2022—2025年)", None),          # a period names no opening year ...
    ("2021—2023年某市住房发展规划", None),                          # ... nor a span heading the title
])
def test_the_year_a_title_opens_with(title, year):
    assert title_year(_doc(title)) == year


def test_the_first_year_of_a_titles_period():
    assert title_period_start(_doc("湖南省电力支撑能力提升行动方案(2022—2025年)")) == 2022
    assert title_period_start(_doc("某市住房发展规划")) is None


@pytest.mark.parametrize("title", ["2023年工作回顾", "一、2024年工作回顾", "2020年政府工作回顾"])
def test_a_review_heading_taken_for_the_title_names_no_year_of_the_notice(title):
    # thirteenth R_03: a report opening at 各位代表, its part heading taken for its title
    assert is_review_title(title)
    assert title_year(_doc(title)) is None


def test_a_dateless_reports_own_year_is_its_plan_parts():
    text = "各位代表:\n一、2023年工作回顾\n过去一年,…。\n二、2024年主要目标和重点任务\n今年…。\n"
    doc = _doc("2023年工作回顾", text)
    assert plan_part_year(doc) == 2024
    assert own_year(doc) == 2024


def test_the_issue_date_comes_first():
    assert own_year(_doc("2013年中华人民共和国国务院政府工作报告", "", dt.date(2013, 3, 5))) == 2013
    assert own_year(_doc("某市住房发展规划", "", dt.date(2021, 4, 26))) == 2021
    assert own_year(_doc("某市住房发展规划")) is None
