"""A target's deadline read from the list it belongs to (pipeline/targets/deadline_lists.py): the line or sentence
leading the list, the heading of an item naming its goals' year, a closing 以上/上述 sentence of the list. One
construction per test, several phrasings each."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.document import Task
from test_targets import run
from test_deadline_paragraph import target_deadlines

D = dt.date


@pytest.mark.parametrize("heading,lead,year", [
    # seventh doc_0021 (a province's report: the year stands only in the heading)
    ("2026年主要工作", "今年是“十五五”起步之年,我们要确保良好开局。主要预期目标是:", 2026),
    # the national reports' headings (gwr_0006, gwr_0011), with the lead's 今年 left out
    ("2022年工作总体部署", "做好今年工作意义重大。经济社会发展主要预期目标是:", 2022),
    ("2023年主要任务", "综合考虑各方面因素,主要目标为:", 2023),
])
def test_goals_listed_under_a_heading_naming_one_year_take_that_year(heading, lead, year):
    text = f"三、{heading}\n{lead}地区生产总值增长5%以上,城镇调查失业率控制在5.5%左右。\n城镇新增就业86万人。"
    tasks = [Task("3", None, 1, "三、", heading, 0, len(text))]
    # (a report is issued in the year it plans for: its 今年 is the heading's year)
    rows = run(text, tasks, issued=dt.date(year, 3, 5))
    assert [(r.value, r.deadline) for r in rows] == [(5, dt.date(year, 12, 31)), (5.5, dt.date(year, 12, 31)), (86, None)]


# thirteenth R_03, a docx report whose part headings lost their labels: its goals stand under the line 2024年工作安排,
# inside the span of the review's last item (七), whose heading names no year.
@pytest.mark.parametrize("part, lead, year", [
    ("2024年工作安排", "全市经济社会发展主要预期目标是:", 2024),
    ("2026年重点工作", "今年是“十五五”开局之年。主要预期目标是:", 2026),
    ("2023年政府工作总体要求和主要目标", "经济社会发展主要目标为:", 2023),
])
def test_goals_under_an_unlabelled_part_heading_naming_one_year_take_that_year(part, lead, year):
    text = (f"(七)加强政府自身建设。全年办结建议提案200件。\n{part}\n{year}年是关键之年,做好今年工作意义重大。\n"
            f"{lead}地区生产总值增长6%左右,城镇新增就业2万人以上。\n")
    # (a docx report with no date: its own year is its plan part's, CONVENTIONS)
    rows = run(text, [Task("7", None, 1, "(七)", "加强政府自身建设", 0, len(text))], issued=None)
    goals = [(r.value, r.deadline) for r in rows if r.char_start > text.find(lead)]
    assert goals == [(6, dt.date(year, 12, 31)), (2, dt.date(year, 12, 31))]


@pytest.mark.parametrize("part", ["今后五年的主要任务", "2021—2025年主要任务"])
def test_goals_under_an_unlabelled_heading_of_no_one_year_take_none(part):
    text = f"(七)加强政府自身建设。\n{part}\n回顾过去,我们深感责任重大。\n主要预期目标是:地区生产总值增长6%左右。\n"
    rows = run(text, [Task("7", None, 1, "(七)", "加强政府自身建设", 0, len(text))])
    assert [(r.value, r.deadline) for r in rows] == [(6, None)]


@pytest.mark.parametrize("heading", ["“十五五”时期的主要目标任务", "2024—2027年重点任务", "推进京津冀协同发展"])
def test_goals_under_a_heading_naming_a_period_or_no_time_take_none(heading):
    # Not inherited from the plan's period (ANNOTATION.md): gwr_0012's “十二五” goals carry none.
    text = f"二、{heading}\n主要目标是:国内生产总值年均增长7%。"
    rows = run(text, [Task("2", None, 1, "二、", heading, 0, len(text))])
    assert [(r.value, r.deadline) for r in rows] == [(7, None)]


# An enumeration laid out one entry a line (rules/deadlines.yaml lined_list_label): the Wikisource reports print each
# 一是 alone on its line over the entry's text (gwr_0001's reader dated 发行1000亿元长期国债 by the 今年 heading the list).
@pytest.mark.parametrize("head, entries", [
    # gwr_0001: a sentence announcing the list, labels alone on their lines
    ("今年继续实行积极财政政策的主要内容,包括以下几个方面。", ["一是\n发行1000亿元长期国债,重点投向水利。", "二是\n新建农村公路20万公里。"]),
    # gwr_0003's layout: a colon heading the list
    ("今年要在已有工作基础上,以增强国际竞争力为核心,重点抓好以下几个方面:", ["一是\n完成3万个行政村通光纤。", "二是\n新增就业900万人。"]),
    # labels opening their lines, the head a year of the plan
    ("2021年要重点做好以下工作。", ["①新建城区小学7所,新增学位5960个。", "②新建2个县域医疗次中心。"]),
])
def test_an_enumeration_one_entry_a_line_takes_the_time_of_the_sentence_heading_it(head, entries):
    text = "二、重点任务\n" + head + "\n\n" + "\n\n".join(entries) + "\n"
    rows = run(text, [Task("2", None, 1, "二、", "重点任务", 0, len(text))])
    assert len(rows) >= 2 and all(r.deadline == dt.date(2021, 12, 31) for r in rows), [(r.span_text, r.deadline) for r in rows]


@pytest.mark.parametrize("text", [
    # the head states no time
    "二、重点任务\n继续实行积极财政政策,包括以下几个方面。\n一是\n发行1000亿元长期国债。\n",
    # a paragraph of its own after the list is no entry of it
    "二、重点任务\n今年继续实行积极财政政策,包括以下几个方面。\n一是\n扩大投资。\n二是\n稳定消费。\n做好国债项目管理,新建公路500公里。\n",
    # a line that closes no sentence heads nothing
    "二、重点任务\n今年继续实行积极财政政策\n一是\n发行1000亿元长期国债。\n",
])
def test_an_enumeration_one_entry_a_line_under_no_dated_head_takes_none(text):
    rows = run(text, [Task("2", None, 1, "二、", "重点任务", 0, len(text))])
    assert rows and all(r.deadline is None for r in rows), [(r.span_text, r.deadline) for r in rows]


def test_intro_line_heads_the_list():
    text = "到2025年,健康水平明显提高。\n主要目标如下:\n——婴儿死亡率控制在4‰以下。\n——健康素养水平达到30%以上。"
    rows = run(text)
    assert [r.deadline for r in rows] == [dt.date(2025, 12, 31)] * 2


@pytest.mark.parametrize("heading", ["###### ——", "——", "—"])
def test_a_deadline_paragraph_heads_a_list_of_sub_headed_entries(heading):
    # eighth doc_0011: a markdown post's 发展目标, each ——entry a heading over its own paragraph
    text = (f"(二)发展目标\n到2025年,统筹协调机制建立健全,数字政府体系全面建成。\n{heading}数字底座支撑更加坚实\n"
            "云网基础设施全面夯实,电子证照用证率达到80%,电子印章应用覆盖率达到50%。\n"
            f"{heading}政务服务能力显著增强\n全省政务服务体系进一步优化升级。依申请政务服务事项网上可办率达到100%。\n"
            "到2035年,数字政府基本建成。")
    rows = run(text)
    assert [(r.span_text, r.deadline) for r in rows] == [
        ("80%", dt.date(2025, 12, 31)), ("50%", dt.date(2025, 12, 31)), ("100%", dt.date(2025, 12, 31))]


def test_sub_headed_entries_under_a_paragraph_without_a_deadline_take_none():
    text = ("(二)发展目标\n统筹协调机制建立健全。\n——数字底座支撑更加坚实\n电子证照用证率达到80%。\n"
            "——政务服务能力显著增强\n依申请政务服务事项网上可办率达到100%。")
    assert [r.deadline for r in run(text)] == [None, None]


@pytest.mark.parametrize("text", [
    "到2025年,全市卫生健康事业发展水平显著提升。\n——婴儿死亡率控制在4‰以下。\n——健康素养水平达到30%以上。",
    "到2025年,基本建成现代化公共文化服务体系,具体目标如下。\n一是人均公共文化设施面积达到0.25平方米;\n二是新建城市书房20个。",
])
def test_a_list_under_a_paragraph_opening_with_a_deadline_takes_it(text):
    assert {t.deadline for t in run(text)} == {dt.date(2025, 12, 31)}


def _listed_tasks(text: str, heading: str, items: list[str]) -> list[Task]:
    """Section 二、<heading> holding the numbered items, then 三、保障措施."""
    tasks = [Task("2", None, 1, "二、", heading, 0, text.index("三、"))]
    for i, item in enumerate(items):
        start = text.index(item)
        end = text.index(items[i + 1]) if i + 1 < len(items) else text.index("三、")
        tasks.append(Task(f"2.{i + 1}", "2", 2, f"{i + 1}.", item[2:8], start, end))
    tasks.append(Task("3", None, 1, "三、", "保障措施", text.index("三、"), len(text)))
    return tasks


@pytest.mark.parametrize("items,closing,date", [
    # eighth doc_0037: a crawled page's list of projects, then the sentence summing them up
    (["1.流水安置小区(C区南片)1181套,责任单位:平潭综合实验区流水小城镇建设有限公司;",
      "2.澳前安置小区(A1地块)573套,责任单位:平潭综合实验区交通投资发展有限公司。"],
     "以上两个基本建成项目必须于2021年12月之前完成基本建成目标。", dt.date(2021, 11, 30)),
    # govcn_0045's and govprc_0004's closing sentences, after a list of counts
    (["1.新建示范基地12个;", "2.培训基层人员3000人次。"], "以上工作要在2021年9月底前完成。", dt.date(2021, 9, 30)),
    (["1.新建示范基地12个;", "2.培训基层人员3000人次。"], "上述工作要在二〇二一年底以前完成。", dt.date(2021, 12, 31)),
])
def test_a_closing_sentence_summing_up_the_list_sets_its_deadline(items, closing, date):
    text = "二、2021年工作任务\n" + "\n".join(items[:-1]) + "\n" + items[-1] + closing + "\n三、保障措施\n"
    rows = run(text, _listed_tasks(text, "2021年工作任务", items))
    assert rows and all(r.deadline == date for r in rows), [(r.span_text, r.deadline) for r in rows]


@pytest.mark.parametrize("items, own", [
    # the item's own time, and a yearly quota's rhythm, win over the list's closing sentence (review16b)
    (["1.到2025年,新建示范基地12个;", "2.到2025年,培训基层人员3000人次。"], dt.date(2025, 12, 31)),
    (["1.新建示范基地12个;", "2.每年培训基层人员3000人次。"], None),
])
def test_a_closing_sentence_yields_to_the_items_own_time(items, own):
    text = "二、工作任务\n" + "\n".join(items) + "以上工作要在2021年9月底前完成。\n三、保障措施\n"
    rows = {r.value: r.deadline for r in run(text, _listed_tasks(text, "工作任务", items))}
    assert rows[3000] == own
    if own is not None:
        assert rows[12] == own


def test_a_closing_sentence_of_another_list_sets_nothing():
    # the sentence after the next item of a higher rank is no summing up of this list
    text = "二、工作任务\n1.新建示范基地12个。\n三、保障措施\n以上工作要在2021年9月底前完成。\n"
    tasks = [Task("2", None, 1, "二、", "工作任务", 0, text.index("三、")),
             Task("2.1", "2", 2, "1.", "新建示范基地12个", text.index("1."), text.index("三、")),
             Task("3", None, 1, "三、", "保障措施", text.index("三、"), len(text))]
    assert [(r.value, r.deadline) for r in run(text, tasks)] == [(12, None)]


@pytest.mark.parametrize("heading,date,yearly_rate", [
    # seventh doc_0023: the ——坚持… paragraphs under the heading state the five-year goals, a yearly rate over the period
    ("“十五五”时期主要目标任务", dt.date(2030, 12, 31), dt.date(2030, 12, 31)),
    # gwr_0007 (三)'s heading names principles and goals (今后五年…年均增长7.5%)
    ("“十六五”时期经济社会发展的指导原则和主要目标", dt.date(2035, 12, 31), dt.date(2035, 12, 31)),
    # one year's goals: a yearly rate names no span to run over
    ("2026年发展目标", dt.date(2026, 12, 31), None),
])
def test_an_items_heading_naming_its_goals_and_one_time_dates_its_own_texts_targets(heading, date, yearly_rate):
    text = (f"二、{heading}\n——坚持扩大有效需求。促进消费和投资良性互动,经济年均增长5%左右,常住人口城镇化率达到65%左右。\n"
            "——坚持以人民为中心。城镇新增就业500万人以上。")
    rows = run(text, [Task("2", None, 1, "二、", heading, 0, len(text))])
    assert [(r.value, r.deadline) for r in rows] == [(5, yearly_rate), (65, date), (500, date)]


@pytest.mark.parametrize("heading", ["“十五五”时期重点工作", "2025年目标任务完成情况", "“十四五”时期主要目标执行情况",
                                     "2023年目标落实情况"])
def test_a_heading_naming_no_goals_dates_no_paragraph_under_it(heading):
    text = f"二、{heading}\n——坚持以人民为中心。城镇新增就业500万人以上。"
    rows = run(text, [Task("2", None, 1, "二、", heading, 0, len(text))])
    assert [(r.value, r.deadline) for r in rows] == [(500, None)]


def test_a_deadline_opening_a_clause_of_the_lead_paragraph_heads_its_list():
    # plan_0007: …,以市场化机制引导车网互动规模化发展,到2025年,推广新能源汽车100万辆以上,…。 then ——… lines
    got = target_deadlines(
        "某市车网互动实施方案\n一、工作目标\n"
        "按照“创新引导、先行先试”原则,全面推广智能有序充电,以市场化机制引导车网互动规模化发展,到2025年,"
        "推广新能源汽车100万辆以上,构建高质量充电基础设施体系。\n"
        "——市场机制基本健全。实现居民充电峰谷分时电价全面应用。\n"
        "——车网互动初见成效。打造国家级双向充放电示范项目5个和双向充放电项目100个以上。\n"
        "某市人民政府办公厅\n2024年8月1日\n")
    assert got.get("5个") == D(2025, 12, 31)
    assert got.get("100个以上") == D(2025, 12, 31)
