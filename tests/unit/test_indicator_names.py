"""What an indicator's name keeps and drops (pipeline/targets/indicators.py): sentences of the real notices."""
from __future__ import annotations

import pytest

from test_targets import run


@pytest.mark.parametrize("text, indicators", [
    # shgov_0012: a month cut out of a bracket leaves no bracket behind
    ("白玉兰每年花后(4月份)追肥一次、冬季休眠期(12月-翌年1月)施基肥一次。", ["白玉兰花后追肥", "冬季休眠期施基肥"]),
])
def test_a_bracket_emptied_by_a_cut_date_goes_whole(text, indicators):
    assert [t.indicator for t in run(text)] == indicators


def test_mended_keeps_a_whole_bracket():
    from pipeline.targets.indicators import mended
    assert mended("新建公园绿地(含口袋公园)面积") == "新建公园绿地(含口袋公园)面积"
    assert mended("白玉兰花后()追肥") == "白玉兰花后追肥"
    assert mended("冬季休眠期(-翌年1月)施基肥") == "冬季休眠期施基肥"


@pytest.mark.parametrize("text, indicators", [
    # gwr_0011, gwr_0019, fourth plan_0010, shgov_0012: the next member of a list that gives only its noun shares the
    # lead (新增) of the member before it
    ("新增城镇污水日处理能力1500万立方米、垃圾日处理能力6万吨。", ["新增城镇污水日处理能力", "新增垃圾日处理能力"]),
    ("新增高标准农田8000万亩以上、高效节水灌溉面积2000万亩。", ["新增高标准农田", "新增高效节水灌溉面积"]),
    ("2025年,新增线路10000公里、变(配)电容量650万千伏安。", ["新增线路", "新增变(配)电容量"]),
    ("新增白玉兰栽植及观赏点位30个、特色道路10条、特色园5座。", ["新增白玉兰栽植及观赏点位", "新增特色道路", "新增特色园"]),
    # fourth plan_0023: a member with a verb of its own after a comma keeps its own
    ("新增光伏发电装机400万千瓦,投产风电装机约200万千瓦。", ["新增光伏发电装机", "投产风电装机"]),
])
def test_a_shared_lead_is_repeated_for_each_member(text, indicators):
    assert [t.indicator for t in run(text)] == indicators


@pytest.mark.parametrize("text, indicators", [
    # gwr_0013, gwr_0024, gwr_0006, gwr_0011: a verb of allotting money closing the subject is no part of what is allotted
    ("今年中央财政用于“三农”的投入拟安排12287亿元,比上年增加1868亿元。", ["中央财政用于“三农”的投入", "中央财政用于“三农”的投入"]),
    ("今年中央预算内投资拟安排7000亿元。", ["中央预算内投资"]),
    ("中央财政还将安排150亿元。", ["中央财政"]),
    ("财政扶持中小企业发展专项资金安排106亿元。", ["中小企业发展专项资金"]),
    # gwr_0016: a count of new things keeps its 新安排
    ("今年保障性安居工程新安排740万套。", ["保障性安居工程新安排"]),
])
def test_a_verb_of_allotting_is_no_part_of_the_indicator(text, indicators):
    assert [t.indicator for t in run(text)] == indicators


@pytest.mark.parametrize("text, indicators", [
    # seventh doc_0023, eighth doc_0032, fourth plan_0023: an average yearly rate keeps 年均 and its verb (CONVENTIONS)
    ("经济年均增长5%左右。", ["经济年均增长"]),
    ("全社会研发经费投入年均增长10%以上。", ["全社会研发经费投入年均增长"]),
    ("地区生产总值年均增长5%左右,居民人均可支配收入年均增长5%左右。", ["地区生产总值年均增长", "居民人均可支配收入年均增长"]),
])
def test_an_average_yearly_rate_keeps_its_verb(text, indicators):
    assert [t.indicator for t in run(text)] == indicators


@pytest.mark.parametrize("text, indicators", [
    # eleventh Y_01, fourth plan_0018: a capacity written before its project names that project's capacity
    ("加快通渭县寺子川10万千瓦风电项目、清水县黄门5万千瓦风储一体化电站项目建设,力争2022年底前建成并网运行。",
     ["通渭县寺子川风电项目装机容量", "清水县黄门风储一体化电站项目装机容量"]),
    ("积极推动通渭马营镇10万千瓦集中式光伏电站、清水黄门10万千瓦农光储一体化电站项目建设。",
     ["通渭马营镇集中式光伏电站装机容量", "清水黄门农光储一体化电站项目装机容量"]),
    ("2024年,加快推进730万千瓦“先立后改”支撑性电源项目建设。", ["“先立后改”支撑性电源项目装机容量"]),
    # a capacity of its own keeps its subject
    ("新增光伏发电装机400万千瓦。", ["新增光伏发电装机"]),
])
def test_a_capacity_before_its_project_names_the_projects_capacity(text, indicators):
    assert [t.indicator for t in run(text)] == indicators


def test_an_inline_enumerations_marker_opens_no_indicator():
    # gwr_0018: 二是 marks the second measure of the sentence
    assert [t.indicator for t in run("一是全面推开营改增试点;二是取消或停征中央涉企行政事业性收费35项。")] == ["取消或停征中央涉企行政事业性收费"]


@pytest.mark.parametrize("text, indicators", [
    # shgov_0012 (its gold): a total after a member of a list is the member's total, apart from what is new
    ("新增白玉兰栽植及观赏点位30个,总计达60个;特色道路10条,总计达20条。",
     ["新增白玉兰栽植及观赏点位", "白玉兰栽植及观赏点位总计", "特色道路", "特色道路总计"]),
    # realestate_0052: 共计 after a rate per flat
    ("由协会组织指导开发企业发放家居家电消费券,共计5000套。", ["家居家电消费券"]),
])
def test_a_total_after_a_member_is_named_apart(text, indicators):
    assert [t.indicator for t in run(text)] == indicators


@pytest.mark.parametrize("text, indicators", [
    # med_0005: a verb of handing over with its addressee opens no name
    ("请各省级医保局对照“试点目标”,统一向国家医保局报送改革试点地区3个、试点单位10家。", ["改革试点地区", "试点单位"]),
    # govcn_0009: a note pointing to a table
    ("从1996年开始逐年扩招,分3年落实,至1998年达到2000名的招生规模(见附表)。", ["招生规模"]),
])
def test_a_note_or_a_verb_of_handing_over_is_no_part_of_a_name(text, indicators):
    assert [t.indicator for t in run(text)] == indicators


@pytest.mark.parametrize("text, indicators", [
    # fourth plan_0023, holdout6, ninth doc_0025, seventh doc_0009: a later clause naming only a member that ends as the
    # member opening the name before ends (区域, 地区, 级, 生) measures what that name measures after its member
    ("到2025年,重点先行区域充电网络平均服务半径力争小于1公里,优先发展区域小于3公里,积极促进区域小于5公里。",
     ["重点先行区域充电网络平均服务半径", "优先发展区域充电网络平均服务半径", "积极促进区域充电网络平均服务半径"]),
    ("城市地区急救平均反应时间不超过12分钟,农村地区不超过30分钟。", ["城市地区急救平均反应时间", "农村地区急救平均反应时间"]),
    ("将研究生国家奖学金奖励名额由每年4.5万名增加到9万名,其中:硕士生由3.5万名增加到7万名,博士生由1万名增加到2万名。",
     ["研究生国家奖学金奖励名额", "硕士生国家奖学金奖励名额", "博士生国家奖学金奖励名额"]),
    # gwr_0016, fourth plan_0020: a clause with a verb of its own names its own thing
    ("今年新增退耕还林还草66.7万公顷,造林600万公顷。", ["新增退耕还林还草", "造林"]),
    ("场站并网容量达到100万千伏安,新建智能有序充电站750座。", ["场站并网容量", "新建智能有序充电站"]),
])
def test_a_member_alone_measures_what_the_name_before_measures(text, indicators):
    assert [t.indicator for t in run(text)] == indicators


def test_a_share_of_a_member_base_is_no_member_of_the_name_before():
    # third med: 的 before the number makes the member the base of a share, not what is measured
    text = "特例单议数量原则上为DRG出院总病例的5%或DIP出院总病例的5‰以内。"
    assert all("单议数量" not in t.indicator for t in run(text)[1:])


@pytest.mark.parametrize("text, indicators", [
    # gwr_0016, seventh doc_0009: the value a change starts from, with the year it stood then, ends the subject
    ("今年拟安排财政赤字1.62万亿元,赤字率从去年的2.1%提高到2.3%。", ["财政赤字", "赤字率"]),
    ("将本专科生国家奖学金奖励名额由每年6万名增加到12万名。", ["本专科生国家奖学金奖励名额"]),
    ("全省森林覆盖率由2020年的30%提高到35%。", ["森林覆盖率"]),
])
def test_the_value_a_change_starts_from_is_no_part_of_the_name(text, indicators):
    assert [t.indicator for t in run(text)][-len(indicators):] == indicators


def test_a_noun_for_the_goal_after_a_headcount_names_nothing_counted():
    # gwr_0006: 20万 of troops, the task the words before it name
    assert [(t.indicator, t.unit) for t in run("圆满完成裁减军队员额20万的任务。")] == [("裁减军队员额", "万人")]
