"""Tables of settings flattened by a scrape (pipeline/targets/setting_table.py): one cell a line, a row or a table
per line with spaces between cells, and pipe rows; each number of a column of settings is a parameter."""
from __future__ import annotations

import pytest

from pipeline.document import Document
from pipeline.normalise import normalise_text
from test_parameters import run as run_normalised


def run(raw: str) -> Document:
    """The stages on a raw text after normalisation (a table's full-width brackets and spaces), spans checked."""
    return run_normalised(normalise_text(raw))


def rows(raw: str) -> list[tuple]:
    return [(p.value, p.unit, p.span_text) for p in run(raw).parameters]


def named(raw: str) -> list[tuple]:
    return [(p.name, p.value, p.unit) for p in run(raw).parameters]


# seventh doc_0026: the whole table on one line, its first cells merged over the rows of a group
TRACTORS = ("1、具体补贴标准如下表:\n机型 类别 报废年限(年) 补贴额(元) 多功能拖拉机(含拖拉机变型运输机) 20马力以下 9 2500 "
            "20马力(含20马力)以上 9 3500 手扶拖拉机 皮带或直联传动 10 800 轮式拖拉机 20马力以下 10 2500 "
            "20马力(含20马力)—50马力 15 3500 50马力(含50马力)以上 15 5000\n2、所需补贴资金由区财政承担。")


def test_a_table_on_one_line_gives_its_column_of_settings_not_its_durations():
    assert named(TRACTORS) == [("补贴额", v, "元") for v in (2500, 3500, 800, 2500, 3500, 5000)]


# eighth doc_0014: an OCR'd table one cell a line under a caption; the unit a merged cell of its group, written
# after the group's first value; a decimal point followed by a space
HOUSING = ("保障性住房的机动车停车位指标不应小于表1的规定。\n表1 保障性住房停车位指标\n项目\n机动车\n"
           "140m<户型建筑面积<200m2\n1. 5\n90m2<户型建筑面积<140m\n配售型保障性住房\n1. 0\n(车位/户)\n"
           "60m2<户型建筑面积≤90m2\n1. 0\n户型建筑面积60m\n0. 7\n住宅型\n0. 6\n配租型保障性住房\n(车位/户)\n宿舍型\n0. 4\n"
           "注:配售型保障性住房指用于销售的各类保障性住房。\n")
# eighth doc_0014 table 2: each row's own unit, in a cell of its own or after its name
INDUSTRY = ("工业建筑停车位指标不应小于表2的规定。\n表 2工业建筑停车位指标\n项目\n机动车\n(车位/100m建筑面积)\n0.3\n"
            "厂房区、仓库区\n(车位/百职工)\n20. 0\n工业办公区(车位/100m建筑面积)\n1.1\n工业集体宿舍区(车位/100m建筑面积)\n"
            "0. 4\n三、关于中小学校的机动车公共停车位指标要求。\n")


def test_an_ocr_table_one_cell_a_line_under_a_caption():
    assert rows(HOUSING) == [(1.5, "车位/户", "1. 5"), (1.0, "车位/户", "1. 0"), (1.0, "车位/户", "1. 0"),
                             (0.7, "车位/户", "0. 7"), (0.6, "车位/户", "0. 6"), (0.4, "车位/户", "0. 4")]


def test_each_row_takes_its_own_unit_and_an_area_keeps_its_square():
    assert named(INDUSTRY) == [("机动车指标", 0.3, "车位/100平方米"), ("厂房区、仓库区机动车指标", 20.0, "车位/百职工"),
                               ("工业办公区机动车指标", 1.1, "车位/100平方米"),
                               ("工业集体宿舍区机动车指标", 0.4, "车位/100平方米")]


# eighth doc_0012: a header of six columns, one of them the base unit (its cell split by the scan: 车位/100平 ⏎ 方米)
STADIUMS = ("表1体育场馆停车设施配建指标表(补充)\n中类\n大类\n基数单位\n地区\n机动车(个)\n非机动车(个)\n一类地区\n0. 9\n1.8\n"
            "三类\n车位/100平\n二类地区\n1. 0\n1.8\n体育场馆\n(娱乐体育设施)\n方米\n三类地区\n1. 3\n1. 3\n四类地区\n1. 4\n"
            "1. 3\n第十六条\n《标准》附表3中各类学校(含表格学校、中小\n学、幼儿园)为独立占地学校。\n")


def test_a_unit_column_gives_the_unit_over_the_headers_measure_word():
    got = rows(STADIUMS)
    assert [v for v, _, _ in got] == [0.9, 1.8, 1.0, 1.8, 1.3, 1.3, 1.4, 1.3]
    assert {u for _, u, _ in got} == {"车位/100平方米"}


# a DOCX export of a grant table: numbered rows, one cell a line, a unit in the header and a remark column
SEEDS = ("附件\n绿肥种子补贴标准\n序号\n品种\n补贴标准(元/亩)\n1\n红花草\n60\n2\n青蚕豆\n150\n3\n景观油菜\n45\n"
         "各街镇要做好补贴资金的审核工作。\n")
# an HTML table (pipe rows) of fees with a remark column and a merged first cell
FEES = ("三、收费标准如下:\n\n| 类别 | 项目 | 收费标准(元/吨) | 备注 |\n| --- | --- | --- | --- |\n"
        "| 生活垃圾 | 居民 | 25 | 按月计收 |\n| 非居民 | 80 | |\n| 建筑垃圾 | 装修垃圾 | 35 | |\n\n四、本通知自发布之日起施行。")
# a text scrape keeping each row on its line, cells apart by tabs
SPACED = "附表:\n人员类别\t补助标准(元/月)\n一级\t600\n二级\t450\n三级\t300\n以上标准自2024年1月起执行。"


@pytest.mark.parametrize("raw, expected", [
    (SEEDS, [("补贴标准", 60, "元/亩"), ("补贴标准", 150, "元/亩"), ("补贴标准", 45, "元/亩")]),
    (FEES, [("收费标准", 25, "元/吨"), ("收费标准", 80, "元/吨"), ("收费标准", 35, "元/吨")]),
    (SPACED, [("补助标准", 600, "元/月"), ("补助标准", 450, "元/月"), ("补助标准", 300, "元/月")]),
])
def test_tables_of_settings_in_other_layouts(raw, expected):
    assert named(raw) == expected


@pytest.mark.parametrize("raw", [
    # a table of tasks: its numbers are no settings
    "序号\n工作任务\n责任单位\n完成时限\n1\n完善补贴标准\n市财政局\n2024年底\n",
    # a table of codes
    "代码\n诊疗科目\n01\n预防保健科\n02\n全科医疗科\n",
    # a table of counts with no column or caption naming a setting (places allocated): no settings
    "地区\n名额(个)\n东城区\n20\n西城区\n15\n",
    # funds shared out among regions: an allocation, not a rate set for each
    "| 地区 | 补助资金(万元) |\n| --- | --- |\n| 东城区 | 1200 |\n| 西城区 | 800 |\n",
    # a list of projects and their investment
    "| 序号 | 项目名称 | 总投资(亿元) |\n| 1 | 城市更新一期 | 12.5 |\n",
    # a table of goals is an indicator table (targets), not one of settings
    "指标\n单位\n2025年目标值\n人均预期寿命\n岁\n79\n",
])
def test_tables_that_set_nothing_give_no_parameters(raw):
    assert run(raw).parameters == []


def test_the_sentence_citing_a_table_bounds_its_values():
    assert {p.comparator for p in run(HOUSING).parameters} == {">="}
    assert {p.comparator for p in run(TRACTORS).parameters} == {"="}


# a PDF page: the header one cell a line, each row on a line of its own; the unit in a line over the header
PDF_ROWS = ("附件2\n单位:元/人\n人员类别\n补助标准\n一级残疾人 600\n二级残疾人 450\n三级、四级残疾人 300\n"
            "以上补助按月发放。\n")


def test_rows_on_their_lines_under_a_header_one_cell_a_line_and_the_unit_over_it():
    assert named(PDF_ROWS) == [("补助标准", 600, "元/人"), ("补助标准", 450, "元/人"), ("补助标准", 300, "元/人")]


def test_a_value_restated_after_the_citation_is_bound_as_restated():
    raw = ("二、工业建筑停车位指标不应小于表2的规定。其厂房区和仓库区配建机动车停车位数可按区域内职工人数(20.0车位/百职工)计算。\n"
           + INDUSTRY[INDUSTRY.index("表 2"):])
    got = [(p.value, p.comparator) for p in run(raw).parameters if p.sentence.startswith("项目")]
    assert got == [(0.3, ">="), (20.0, "="), (1.1, ">="), (0.4, ">=")]
