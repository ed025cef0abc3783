"""A target's deadline read from its paragraph (pipeline/targets/deadline_paragraph.py): a deadline or the notice's own
year opening it frames its later sentences, across the breaks a text layer left; a 其中 sentence breaking down what its
paragraph said takes the deadline of the sentence before it. One construction per test, several phrasings each."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.deadlines import parse_deadlines
from pipeline.document import Document
from pipeline.targets import extract_targets
from test_targets import ISSUED, run

D = dt.date


def target_deadlines(text: str) -> dict:
    """Each target's span -> its deadline, the whole pipeline run on `text`."""
    from pipeline.run import process_text

    return {t.span_text: t.deadline for t in process_text(text).targets}


@pytest.mark.parametrize("text,values", [
    # gwr_0016
    ("积极的财政政策要加力增效。今年拟安排财政赤字1.62万亿元,比去年增加2700亿元。其中,中央财政赤字1.12万亿元,"
     "增加1700亿元;地方财政赤字5000亿元,增加1000亿元。", [1.12, 1700, 5000, 1000]),
    # gwr_0018
    ("财政政策要更加积极有效。今年赤字率拟按3%安排,财政赤字2.38万亿元。其中,中央财政赤字1.55万亿元,地方财政赤字8300亿元。",
     [1.55, 8300]),
])
def test_a_breakdown_opening_with_qizhong_takes_the_deadline_of_the_sentence_before(text, values):
    rows = [r for r in run(text) if text.find("其中") < r.char_start]
    assert [r.value for r in rows] == values
    assert all(r.deadline == dt.date(2021, 12, 31) for r in rows)


def test_a_breakdown_opening_its_paragraph_takes_no_deadline():
    rows = run("今年拟安排财政赤字1.62万亿元。\n其中,中央财政赤字1.12万亿元。")
    assert [r.deadline for r in rows if r.value == 1.12] == [None]


def test_a_deadline_opening_the_paragraph_frames_its_later_sentences():
    rows = run("到2025年,建成区达标。新增床位300张。每年培训护理员100人。")
    assert [(r.value, r.deadline) for r in rows] == [(300, dt.date(2025, 12, 31)), (100, None)]


def test_a_later_sentence_after_an_item_heading_keeps_no_paragraph_deadline():
    # holdout7: (五)提升基层中医药服务能力。到2025年,…。每个县…至少建成1个… (gold: no deadline)
    text = ("(五)提升基层中医药服务能力。到2025年,100%的社区卫生服务中心设置中医馆。"
            "每个县(市、区)至少建成1个县级中医药适宜技术推广中心。")
    assert [(t.value, t.deadline) for t in run(text)] == [(100, dt.date(2025, 12, 31)), (1, None)]


@pytest.mark.parametrize("text,date", [
    # eighth doc_0032: a report's 纲要 goals, a comment on them, then the 其中 sentence naming two of them
    ("《纲要(草案)》提出了“十五五”期间实现高质量发展取得显著成效的目标,并从5方面提出了28个主要指标。这些指标的设置,"
     "充分考虑了各方面支撑条件。其中地区生产总值年均增长5%左右,居民人均可支配收入年均增长5%左右。", dt.date(2030, 12, 31)),
    ("“十四五”期间,全市经济社会发展主要目标稳步推进。这些目标的设定,体现了高质量发展的要求。"
     "其中,地区生产总值年均增长6%左右。", dt.date(2025, 12, 31)),
])
def test_a_yearly_rate_broken_down_from_a_periods_goals_runs_over_the_period(text, date):
    rows = run(text)
    # (年均 before a rate: per null on the row, docs/CONVENTIONS.md "An average yearly rate")
    assert rows and all(r.deadline == date and r.per is None for r in rows), [(r.span_text, r.deadline, r.per) for r in rows]


def test_a_yearly_rate_broken_down_from_a_years_goal_keeps_its_own_rhythm():
    # a point in time frames no yearly rhythm (the guide: a quota repeated on a schedule)
    rows = run("到2025年,全市主要指标稳步推进。其中,地区生产总值年均增长6%左右。")
    assert [(r.span_text, r.deadline) for r in rows] == [("6%左右", None)]


# ------------------------------------------------------------------ a year framing its paragraph (CONVENTIONS.md)
@pytest.mark.parametrize("text, span", [
    # gwr_0025: the fiscal lines after 今年赤字率…
    ("今年赤字率拟按4%左右安排、比上年提高1个百分点。一般公共预算支出规模29.7万亿元、比上年增加1.2万亿元。"
     "拟发行超长期特别国债1.3万亿元。", "1.3万亿元"),
    # gwr_0016: the year's quotas after 今年再开工27个项目
    ("今年再开工27个项目,在建重大水利工程投资规模超过8000亿元。铁路投资要保持在8000亿元以上,新投产里程8000公里以上。",
     "8000公里以上"),
    # gwr_0019: a paragraph whose year is written out
    ("2021年全国财政支出21万亿元,支出规模进一步加大。中央对地方一般性转移支付增长10.9%,增强地方财力。", "10.9%"),
    # gwr_0006 (its blind reader: 2005): 明年 times only its own sentence, the sentences after it are the year's again
    ("今年中央财政为此新增支出140亿元。明年将在全国全部免征农业税。中央财政还将安排150亿元,增加转移支付。", "150亿元"),
])
def test_the_notices_year_opening_a_sentence_frames_the_later_sentences_of_its_paragraph(text, span):
    t = next(r for r in run(text) if r.span_text == span)
    assert t.deadline == dt.date(2021, 12, 31)


@pytest.mark.parametrize("text, span", [
    # gwr_0012: the next entry of an enumeration run on in the paragraph is its own topic
    ("四是完成建设任务。今年全国人均基本公共卫生服务经费标准提高到25元。五是鼓励社会资本举办医疗机构。"
     "农村妇女住院分娩率达到95%以上。", "95%以上"),
    # an earlier year is the past
    ("2019年全市新建公园20个。新建口袋公园60座。", "60座"),
    # the year in the next paragraph frames nothing before it
    ("新建口袋公园60座。\n今年再开工27个项目。", "60座"),
])
def test_a_year_frames_no_sentence_past_another_year_an_entry_or_its_paragraph(text, span):
    t = next(r for r in run(text) if r.span_text == span)
    assert t.deadline is None


@pytest.mark.parametrize("text", [
    "2019年全市新建公园20个。新建口袋公园60座。",  # review25: an undated plan's written year may be the past
    "2030年全市森林覆盖率达到40%。新建口袋公园60座。",
])
def test_a_year_frames_nothing_when_the_notices_own_year_is_unknown(text):
    doc = Document(source_file="t", text=text, body_start=0, body_end=len(text), issue_date=None)
    doc.deadlines = parse_deadlines(text, 0, len(text), None)
    extract_targets(doc)
    assert next(r for r in doc.targets if r.span_text == "60座").deadline is None


@pytest.mark.parametrize("text, span", [
    # gwr_0007: the year heads the main clause after the grounds for it (鉴于…,), as 今年要适当减少… opens gwr_0006's
    ("鉴于当前经济增长势头较好,社会投资活跃,今年要继续适当减少长期建设国债发行规模和财政赤字。"
     "拟发行长期建设国债600亿元,比上年减少200亿元;拟安排中央财政赤字2950亿元,比上年预算减少50亿元。", "50亿元"),
    # gwr_0004-like: 综合考虑…, then the year's next sentence
    ("综合考虑各方面因素,今年拟发行1400亿元长期建设国债。安排中央预算内经常性建设投资100亿元。", "100亿元"),
    # gwr_0018: a subscript the text layer put on a line of its own does not break the sentence (M ⏎ 2 ⏎)
    ("货币政策要保持稳健中性。今年广义货币M\n2\n和社会融资规模余额预期增长均为12%左右。", "12%左右"),
    # a line of prose wrapped inside its sentence (a PDF's text layer), a blank page line between
    ("今年要继续实施积极的财政政策,中央预算内投资拟安排5000亿元,地方政府专项债券拟安排\n\n"
     "3.9万亿元,比去年增加5000亿元。", "3.9万亿元"),
])
def test_the_year_frames_its_paragraph_across_grounds_and_broken_lines(text, span):
    t = next(r for r in run(text) if r.span_text == span)
    assert t.deadline == dt.date(2021, 12, 31)


@pytest.mark.parametrize("text, span", [
    # gwr_0002 (its year written out, 2001 there): a year said to be something dates nothing itself, and frames the paragraph
    ("2021年是进入新世纪、实施“十五”计划的第一年。全面贯彻党的十五届五中全会和中央经济工作会议精神,做好今年的各项工作,"
     "至关重要。继续发行1500亿元长期建设国债,集中用于在建项目和西部开发项目。", "1500亿元"),
    # gwr_0011: the year's situation (CONVENTIONS' own example)
    ("这是保障和改善民生的头等大事。今年就业形势依然严峻,工作上不能有丝毫松懈。要继续实施积极的就业政策。"
     "中央财政拟投入433亿元用于促进就业。", "433亿元"),
    # gwr_0014: the pressure the year is under
    ("今年通货膨胀压力仍然较大,主要是要素价格存在上涨压力。今年居民消费价格涨幅控制在3.5%左右。"
     "新增城镇就业900万人以上。", "900万人以上"),
])
def test_a_year_said_to_be_something_still_frames_its_paragraph(text, span):
    t = next(r for r in run(text) if r.span_text == span)
    assert t.deadline == dt.date(2021, 12, 31)


@pytest.mark.parametrize("text, span", [
    # gwr_0022: the year's graduates, a statistic, date none of the paragraph's work (its reader)
    ("今年高校毕业生超过1000万人,要加强就业创业指导、政策支持和不断线服务。做好退役军人安置和就业保障。"
     "使用1000亿元失业保险基金支持稳岗和培训。", "1000亿元"),
    # what has been done since the year began is history
    ("今年以来,全市新建公园20个。新建口袋公园60座。", "60座"),
    # a year inside a clause names a thing and frames nothing
    ("确保完成2021年目标任务。新建口袋公园60座。", "60座"),
])
def test_a_year_of_a_statistic_of_history_or_inside_a_clause_frames_no_paragraph(text, span):
    t = next(r for r in run(text) if r.span_text == span)
    assert t.deadline is None


@pytest.mark.parametrize("text, span", [
    # a short line with no stop is a heading, not a wrapped line of prose
    ("今年重点工作\n新建口袋公园60座。", "60座"),
    # the year in a clause that does not open the sentence nor follow its grounds (加快…,今年…) frames only its sentence
    ("加快棚户区改造,今年开工580万套。新建口袋公园60座。", "60座"),
])
def test_a_year_frames_no_paragraph_from_a_heading_or_inside_a_sentence(text, span):
    t = next(r for r in run(text) if r.span_text == span)
    assert t.deadline is None


@pytest.mark.parametrize("text", [
    # gwr_0011: 今年 describing the year sets no deadline, but frames the later sentences of its paragraph
    "千方百计扩大就业。今年就业形势依然严峻,工作上不能有丝毫松懈。要继续实施积极的就业政策。中央财政拟投入433亿元用于促进就业。",
    "今年通货膨胀压力仍然较大。中央预算内投资安排5000亿元。",
])
def test_a_this_year_describing_the_year_frames_its_paragraph(text):
    assert [t.deadline for t in run(text)] == [ISSUED.replace(month=12, day=31)]


def test_a_this_year_said_to_be_something_frames_nothing_and_a_new_paragraph_breaks_the_frame():
    assert [t.deadline for t in run("今年就业形势依然严峻。\n中央预算内投资安排5000亿元。")] == [None]


def test_a_deadline_after_the_paragraphs_label_frames_it():
    # shgov_0005 (近期目标:到2025年,…) and plan_0003's 主要目标是:到2027年,…
    got = target_deadlines("某市交通领域光伏推广应用实施方案\n一、发展目标\n"
                            "近期目标:到2025年,全市交通领域新增光伏装机容量确保达到120MW。"
                            "新建交通设施建筑屋顶安装光伏面积不低于50%。\n"
                            "某市交通委员会\n2023年6月1日\n")
    assert got.get("50%") == D(2025, 12, 31)
    got = target_deadlines("某省乡村振兴规划\n一、主要目标\n主要目标是:到2027年,乡村全面振兴取得实质性进展。"
                            "农村居民人均可支配收入增长7%以上。\n某省人民政府\n2024年3月1日\n")
    assert got.get("7%以上") == D(2027, 12, 31)
