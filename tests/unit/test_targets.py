"""Targets stage: one construction per test, several phrasings each (not seed sentences)."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.deadlines import parse_deadlines
from pipeline.document import Document, Task
from pipeline.numbers.numerals import to_number
from pipeline.numbers.quantities import find_quantities
from pipeline.targets import extract_targets

ISSUED = dt.date(2021, 3, 1)


def run(text: str, tasks: list[Task] | None = None, issued: dt.date | None = ISSUED) -> list:
    doc = Document(source_file="t", text=text, body_start=0, body_end=len(text), issue_date=issued)
    doc.tasks = tasks or []
    doc.deadlines = parse_deadlines(text, 0, len(text), issued)
    extract_targets(doc)
    for t in doc.targets:
        assert text[t.char_start:t.char_end] == t.span_text
    return doc.targets


def one(text: str):
    rows = run(text)
    assert len(rows) == 1, [(r.span_text, r.indicator) for r in rows]
    return rows[0]


# ------------------------------------------------------------------ numbers and units
@pytest.mark.parametrize("s, value", [("58", 58), ("1,200", 1200), ("0.54", 0.54), ("二", 2), ("两", 2),
                                      ("十五", 15), ("一百二十", 120), ("三千", 3000)])
def test_to_number(s, value):
    assert to_number(s) == value


@pytest.mark.parametrize("s, value, unit", [
    # a magnitude after a noun of headcount counts persons (gwr_0006; gwr_0004, gwr_0019 write the same past)
    ("圆满完成裁减军队员额20万的任务", 20, "万人"),
    ("如期完成裁减员额50万的任务", 50, "万人"),
    ("各方配合基本完成裁减军队员额30万任务", 30, "万人"),
    ("发病率控制在36/10万以下", 36, "/10万"),
    ("死亡率降至3.2‰", 3.2, "‰"),
    ("覆盖率达到百分之九十", 90, "%"),
    ("比例提高2个百分点", 2, "个百分点"),
    ("报告数不少于600份/百万人", 600, "份/百万人"),
    ("监测样本量达到2件/千人", 2, "件/千人"),
    ("参加锻炼人数达到150万人", 150, "万人"),
    ("投入资金3.5亿元", 3.5, "亿元"),
    ("造林面积1.2万亩", 1.2, "万亩"),
    ("抗菌药物使用强度不超过35DDD", 35, "DDD"),
    ("人均体育场地面积达到2.8平方米", 2.8, "平方米"),
    # a measure of apparent power (kVA) and a count of vehicles checked (plan_0020, plan_0006)
    ("场站并网容量达到85万千伏安", 85, "万千伏安"),
    ("每年路检不少于2万辆次", 2, "万辆次"),
    # a discount in 折 is the share of the price paid in percent, one digit or two (CONVENTIONS: 九折 -> 90, 八五折 -> 85)
    ("对公人民币跨行转账汇款手续费实行九折优惠", 90, "折"),  # realestate_0066
    ("折扣可低至八折", 80, "折"),  # realestate_0160
    ("幅度在5折(含)以上的,给予补贴", 50, "折"),  # realestate_0040
    ("车辆通行费给予八五折优惠", 85, "折"),  # realestate_0066
    ("给予不低于85折优惠的中介费", 85, "折"),  # realestate_0148
])
def test_units(s, value, unit):
    q = next(iter(find_quantities(s)))
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("sentence, units", [
    # doc_0013 (fifth, Guangzhou 2012): rates per thousand and ten thousand people
    ("到2015年,每千人病床数达到5张,每万人全科医师数达到2人以上;基层医疗机构诊疗人次占比不低于50%。",
     ["张/千人", "人/万人", "%"]),
    ("到2015年,全市养老床位数达到5.6万张,每千名老人拥有床位40张。", ["万张", "张/千名老人"]),
    ("到2015年,每万人拥有社会体育指导员20名以上,城乡居民体质达标率达到95%以上。", ["名/万人", "%"]),
    # doc_0014 (fifth): per million people
    ("每百万人口年发明专利授权量达350件,50%以上的专利由企业申请。", ["件/百万人", "%"]),
    # seed 001: per thousand residents, a second count in the same clause
    ("到2030年,每千常住人口执业(助理)医师数达到3.6人、注册护士数达到5.2人。", ["人/千人", "人/千人"]),
])
def test_a_rate_per_population_keeps_its_denominator(sentence, units):
    assert [t.unit for t in run(sentence)] == units


@pytest.mark.parametrize("s, units", [
    # plan_0015 (fourth collection, a development text)
    ("压覆矿审批承诺时限分别控制在20个、13个、5个工作日内", ["个工作日"] * 3),
    # realestate_0167
    ("二套利率为5.45%,分别较上月回落17个、15个基点", ["套", "%", "个基点", "个基点"]),
    # a list of counts stays counts
    ("建成示范点10个、20个", ["个", "个"]),
])
def test_list_members_written_with_bare_ge_take_the_last_members_unit(s, units):
    assert [q.unit for q in find_quantities(s)] == units


@pytest.mark.parametrize("s", ["H7N9流感监测", "推进5G应用", "拨打12320热线", "统一标准", "一体化管理",
                               "2021年底", "十九大精神", "四级网络", "一次性用品"])
def test_not_quantities(s):
    assert list(find_quantities(s)) == []


# ------------------------------------------------------------------ comparators
@pytest.mark.parametrize("text, comparator", [
    ("全市婴儿死亡率控制在5‰以下。", "<="),
    ("孕产妇死亡率降至12/10万及以下。", "<="),
    ("候诊时间缩短在20分钟以内。", "<="),
    ("健康素养水平达到30%以上。", ">="),
    ("健康素养水平不低于28%。", ">="),
    ("每个乡镇至少建成2个示范点。", ">="),
    ("平均住院日不超过8天。", "<="),
    ("感染率低于0.2%。", "<"),
    ("抽检批次超过2000批次。", ">"),
    ("空置率不足5%。", "<"),
    ("吸烟率降低到18%。", "<="),
    ("签约率提高到70%。", ">="),
    ("床位数增至1500张。", ">="),
    ("个人卫生支出占比约25%。", "~"),
    ("个人卫生支出占比达到25%左右。", "~"),
    ("治愈率≥90%。", ">="),
    ("住院日≤7.5天。", "<="),
    ("感染率<0.1%。", "<"),
    ("达标率>95%。", ">"),
    ("覆盖率保持100%。", "="),
    ("开通率100%。", "="),
    ("建设5个医联体。", "="),
])
def test_comparators(text, comparator):
    assert one(text).comparator == comparator


@pytest.mark.parametrize("text, indicator", [
    # 超 alone right before the number is 超过 (docs/CONVENTIONS.md); four notices' phrasings
    ("到2028年,全市OPC社区面积超50万平方米。", "OPC社区面积"),
    ("到2028年,全市OPC基金总规模超30亿元,投资OPC不少于100家。", "OPC基金总规模"),
    ("目标到2028年,打造市级OPC社区超50个。", "市级OPC社区"),
    ("发展规模:总营业收入超1000万元。", "总营业收入"),
    ("力争外汇套保比率超30%。", "外汇套保比率"),
])
def test_chao_alone_is_more_than(text, indicator):
    row = next(r for r in run(text) if r.comparator == ">")
    assert row.indicator.endswith(indicator)


@pytest.mark.parametrize("text, indicator", [
    # 最高 right before the number caps it, as 最多 does (eleventh X_01; a plan's and a measure's wording)
    ("到2025年,景区日接待游客量最高5万人次。", "日接待游客量"),
    ("到2027年,单日最大调峰能力最高300万千瓦。", "单日最大调峰能力"),
])
def test_zui_gao_right_before_the_number_is_at_most(text, indicator):
    row = one(text)
    assert row.comparator == "<=" and row.indicator.endswith(indicator) and "最高" not in row.indicator


def test_chao_with_a_post_bound_keeps_the_post_bound():
    assert one("综合分拣中心超7个以上。").comparator == ">="


def test_bound_word_wins_over_verb():
    assert one("使用强度降低到30%以下。").comparator == "<="
    assert one("覆盖率达到80%左右。").comparator == "~"
    assert one("知晓率提高到不低于70%。").comparator == ">="


def test_bound_after_verb_ignores_indicator_words():
    # 签约率 holds 约, which is a bound word only right before the number.
    assert one("家庭医生签约率要达到75%。").comparator == ">="


@pytest.mark.parametrize("text, lo, hi, unit", [
    ("每年培训30-50名骨干。", 30, 50, "名"),
    ("建设3—5个示范基地。", 3, 5, "个"),
    ("服务半径10至15公里。", 10, 15, "公里"),
    ("组建2-3 个专科联盟。", 2, 3, "个"),
    ("建设3到5个示范基地。", 3, 5, "个"),  # 到 between two bare numbers (gwr_0012: 提高5到7元)
])
def test_ranges(text, lo, hi, unit):
    t = one(text)
    assert (t.comparator, t.value, t.value_max, t.unit) == ("range", lo, hi, unit)


# ------------------------------------------------------------------ Chinese numerals
@pytest.mark.parametrize("text, value, unit, comparator", [
    ("倡导居民掌握三种以上健身技能。", 3, "种", ">="),
    ("每个社区配备一名以上健康指导员。", 1, "名", ">="),
    ("每季度开展两次义诊。", 2, "次", "="),
    ("组建十五个家庭医生团队。", 15, "个", "="),
    ("确保至少一人接受培训。", 1, "人", ">="),
])
def test_chinese_numerals(text, value, unit, comparator):
    t = one(text)
    assert (t.value, t.unit, t.comparator) == (value, unit, comparator)


@pytest.mark.parametrize("text", ["建立一支志愿者队伍。", "推出一批示范项目。", "制定一个实施方案。",
                                  "统筹政府、市场、社会三个方面。", "筑牢预防、救治两道防线。",
                                  "完成医院二期建设。", "第一责任人制度。"])
def test_chinese_articles_and_ordinals_are_not_targets(text):
    assert run(text) == []


# ------------------------------------------------------------------ changes
@pytest.mark.parametrize("text, kind, value", [
    # the change verb, its object, then the amount
    ("开展永久基本农田划定工作,推进土地整治,增加深松土地1333万公顷。", "increase", 1333),  # gwr_0016
    ("今年再减少农村贫困人口1000万以上。", "decrease", 1000),  # gwr_0018, gwr_0019
    ("拟发行长期建设国债600亿元,比上年减少200亿元,同时增加中央预算内经常性建设投资100亿元。", "increase", 100),  # gwr_0007
    ("今年要再压减钢铁产能5000万吨左右。", "decrease", 5000),  # gwr_0018
    ("今年再压减钢铁产能3000万吨左右,退出煤炭产能1.5亿吨左右。", "decrease", 1.5),  # gwr_0019 (gold: decrease)
    ("中央财政为此将增加支出42亿元。", "increase", 42),  # gwr_0007
    # 压缩, 缩短 with their object (realestate_0066, the twelfth end audit's TAR08; county measures' wording)
    ("实行采购项目全流程电子化运行,压缩项目采购操作周期2天以上。", "decrease", 2),
    ("压缩项目采购总周期15天以上。", "decrease", 15),
    ("进一步缩短不动产登记办理时间2个工作日。", "decrease", 2),
    ("压缩至3个工作日以内。", "level", 3),
    ("民间投资项目全流程审批时限压缩在35个工作日内。", "level", 35),  # plan_0015: 压缩在 holds a level
    ("车厢两侧各增加安装2个转弯信号灯。", "level", 2),  # shgov_0008 (TAR41): 增加 a verb of delivering, a count of new things
    ("每个社区增加配备1名专职网格员。", "level", 1),
    # growth set as a rate
    ("广义货币M2预期增长目标拟定为13%左右。", "increase", 13),  # gwr_0014
    ("今年广义货币M2增长目标为17%左右。", "increase", 17),  # gwr_0011
    # more than a year named before
    ("城镇新增就业预期目标比去年多100万人,突出了更加重视就业的导向。", "increase", 100),  # gwr_0018
    # a noun the verb begins, and a verb of work ending in 提升, set levels
    ("今年规上工业增加值5000亿元。", "level", 5000),
    ("到2027年力争改造提升老旧设施棚室0.8万亩。", "level", 0.8),  # plan_0018
    ("新建和改造提升高标准农田20万亩。", "level", 20),  # seventh doc_0022
])
def test_a_change_by_an_amount_written_with_its_object_or_a_rate(text, kind, value):
    t = run(text)[-1]
    assert (t.kind, t.value) == (kind, value)


@pytest.mark.parametrize("text, kind, value, unit, comparator", [
    ("重大慢性病过早死亡率下降20%。", "decrease", 20, "%", "="),
    ("总体癌症生存率提高10%。", "increase", 10, "%", "="),
    ("门诊量增加15个百分点。", "increase", 15, "个百分点", "="),
    ("重点专科覆盖率提高20%以上。", "increase", 20, "%", ">="),
    ("近视率每年降低1个百分点以上。", "decrease", 1, "个百分点", ">="),
    ("事故死亡人数减少10%左右。", "decrease", 10, "%", "~"),
    ("让无劳动能力的对象年增收1000元。", "increase", 1000, "元", "="),  # eleventh X_01: 增收 is 增加收入
    ("带动农户户均增收3000元以上。", "increase", 3000, "元", ">="),
])
def test_changes(text, kind, value, unit, comparator):
    t = one(text)
    assert (t.kind, t.value, t.unit, t.comparator) == (kind, value, unit, comparator)


def test_change_to_a_level_is_a_level():
    t = one("普及率提高到90%。")
    assert (t.kind, t.comparator) == ("level", ">=")


@pytest.mark.parametrize("text, year", [
    ("预约诊疗率比2019年增加10个百分点。", 2019),
    ("集中供水率在2020年的基础上提高3个百分点左右。", 2020),
    ("门诊量较2018年下降5%。", 2018),
    ("与2020年相比,用水量减少8%。", 2020),
])
def test_baseline_year(text, year):
    t = one(text)
    assert t.baseline_year == year and t.kind in ("increase", "decrease")


@pytest.mark.parametrize("title, text, year", [
    ("2025年中华人民共和国国务院政府工作报告", "一般公共预算支出规模29.7万亿元、比上年增加1.2万亿元。", 2024),  # gwr_0025
    ("2013年中华人民共和国国务院政府工作报告", "今年拟安排财政赤字1.2万亿元,比去年预算增加4000亿元。", 2012),  # gwr_0014
    ("2006年中华人民共和国国务院政府工作报告", "今年中央财政安排科技投入716亿元,比上年增长19.2%。", 2005),  # gwr_0007
])
def test_a_change_against_last_year_in_a_report_without_its_date_counts_from_the_title_year(title, text, year):
    # a report scraped without its dated line: 比上年/比去年 is the year before the one its title opens with
    doc = Document(source_file="t", text=text, body_start=0, body_end=len(text), title=title)
    doc.deadlines = parse_deadlines(text, 0, len(text), None)
    extract_targets(doc)
    change = [t for t in doc.targets if t.kind == "increase"]
    assert [t.baseline_year for t in change] == [year]


def test_a_year_on_year_baseline_leaves_no_character_on_the_indicator():
    # shgov_0006: 同比 is one word (not 同 + 比2022年)
    t = one("2023年,国际集装箱靠港船舶岸电使用量同比2022年增长30%;邮轮码头、港作拖轮使用岸电实现常态化。")
    assert (t.indicator, t.baseline_year, t.kind) == ("国际集装箱靠港船舶岸电使用量", 2022, "increase")


def test_new_things_to_deliver_are_levels():
    t = one("新建800个村卫生室。")
    assert (t.kind, t.value, t.indicator) == ("level", 800, "村卫生室")
    assert one("培育3家龙头企业。").kind == "level"


# ------------------------------------------------------------------ distribution
def test_respectively_pairs_indicators_and_values():
    rows = run("甲肝发病率、乙肝发病率和丙肝发病率分别控制在2/10万、3/10万和4/10万以下。")
    assert [(r.indicator, r.value, r.comparator) for r in rows] == [
        ("甲肝发病率", 2, "<="), ("乙肝发病率", 3, "<="), ("丙肝发病率", 4, "<=")]


def test_respectively_with_shared_head():
    rows = run("城市、农村供水合格率分别达到98%和90%以上。")
    assert [(r.indicator, r.value, r.comparator) for r in rows] == [
        ("城市供水合格率", 98, ">="), ("农村供水合格率", 90, ">=")]


def test_shared_value_gives_one_target_per_indicator():
    rows = run("到2025年,城市污水处理率和垃圾无害化处理率达到95%。")
    assert rows[0].indicator == "城市污水处理率" and rows[1].indicator.endswith("垃圾无害化处理率")
    assert all(r.value == 95 and r.comparator == ">=" for r in rows)


def test_elided_subject_repeats_the_previous_indicators():
    rows = run("到2022年,城市污水处理率和垃圾无害化处理率达到90%;到2025年,在2022年的基础上提高3个百分点。")
    later = [r for r in rows if r.unit == "个百分点"]
    assert len(later) == 2 and all(r.baseline_year == 2022 and r.deadline == dt.date(2025, 12, 31) for r in later)


@pytest.mark.parametrize("text, value, unit", [
    # real govcn_0056: 每个 before a Chinese 一 makes it one for each unit, as 各 does
    ("鼓励通过政府注资、兼并重组等方式加快培育省级担保、再担保基金(机构),原则上每个省(自治区、直辖市)培育一家在资本实力、"
     "业务规模和风险管控等方面优势突出的龙头机构。", 1, "家"),
    # third med_0004: a count of times an act is done (次) names no document's items, whatever noun follows (意见)
    ("试点省份应建立回顾复盘机制,每月反馈一 次意见,聚焦试点过程发现的问题难点。", 1, "次"),
    # seventh doc_0012 (an optional gold row): 每学期两次…制度
    ("小学严格落实学生健康体检制度和每学期两次学生视力监测制度。", 2, "次"),
])
def test_one_for_each_unit_and_counts_of_times_are_counts(text, value, unit):
    assert [(r.value, r.unit) for r in run(text)] == [(value, unit)]


def test_each_place_gets_its_own_target():
    rows = run("甲县、乙县、丙县各建成一个示范乡镇。")
    assert [r.indicator for r in rows] == ["甲县示范乡镇", "乙县示范乡镇", "丙县示范乡镇"]


@pytest.mark.parametrize("text, values", [
    # gwr_0013: 各国人民 are all of them together, no one each: 一个 before the slogan is an article
    ("同世界各国一道,为促进人类文明进步,增进各国人民的福祉和建设一个持久和平、共同繁荣的和谐世界而不懈努力!", []),
    ("全国各族人民团结奋斗,建设一个富强民主文明和谐的社会主义现代化国家。", []),
    # fourth plan_0023: 各市县 builds one each
    ("到2030年,各市县基本建成一个机动车零排放区。", [1]),
])
def test_ge_before_all_of_a_kind_makes_no_count_of_one_each(text, values):
    assert [r.value for r in run(text)] == values


# ------------------------------------------------------------------ recurring quotas
@pytest.mark.parametrize("text, per", [
    ("每年培训乡村医生200人。", "year"),
    ("每季度召开一次调度会。", "quarter"),
    ("每月发布一期健康提示。", "month"),
    ("每周锻炼不少于4次。", "week"),
    ("每天户外活动2小时。", "day"),
    ("年度新增床位50张。", "year"),
    ("卫生监督检查每年不少于2次。", "year"),
])
def test_per(text, per):
    assert one(text).per == per


def test_period_inside_the_indicator_is_not_a_quota():
    assert one("人均每日食盐摄入量低于6克。").per is None
    assert one("学生每天体育活动时间不少于1小时。").per is None


def test_enumeration_continues_period_and_bound():
    rows = run("每年至少举办一次健康讲座,两次义诊活动。")
    assert [(r.value, r.per, r.comparator) for r in rows] == [(1, "year", ">="), (2, "year", ">=")]


def test_new_clause_with_its_own_verb_does_not_inherit_the_period():
    rows = run("每天参加一次锻炼,掌握两种以上健身方法。")
    assert [r.per for r in rows] == ["day", None]


# ------------------------------------------------------------------ deadlines
def test_deadline_in_the_clause():
    t = one("2023年底前,建成区绿化覆盖率达到40%。")
    assert t.deadline == dt.date(2023, 12, 31)


def test_deadline_heads_the_enumeration():
    rows = run("到2024年,至少建成2个示范区;15个健康社区;30个健康单位。")
    assert [r.value for r in rows] == [2, 15, 30]
    assert all(r.deadline == dt.date(2024, 12, 31) and r.comparator == ">=" for r in rows)


def test_a_later_deadline_takes_over():
    rows = run("到2022年,签约率达到60%;到2025年,签约率达到75%。")
    assert [r.deadline.year for r in rows] == [2022, 2025]


def test_no_deadline_from_another_sentence():
    rows = run("建成区2025年达标。新增床位300张。")
    assert rows[0].deadline is None


def _titled(text: str, title: str) -> list:
    doc = Document(source_file="t", text=text, body_start=0, body_end=len(text), issue_date=ISSUED, title=title)
    doc.deadlines = parse_deadlines(text, 0, len(text), ISSUED)
    extract_targets(doc)
    return doc.targets


@pytest.mark.parametrize("title,text,year", [
    # fourth plan_0010, plan_0025 (readers: 全年 in a one-year plan reads as 年内)
    ("山东省2026年新能源高水平消纳行动方案", "推动已纳规火电项目加快建设,全年建成大型煤电机组200万千瓦以上、燃机100万千瓦左右。", 2026),
    ("关于印发《上海市2025年碳达峰碳中和及节能减排重点工作安排》的通知",
     "完成“千园工程”建设,全年新增城乡公园120座,新建改建口袋公园60座,新建绿地1000公顷。", 2025),
    ("浦江县2023年农村人居环境整治提升工作方案", "力争全年改造农村公厕30座。", 2023),
    # eighth doc_0034: a tourism plan's visitors to receive, the later clauses of its sentence framed alike
    ("平潭综合实验区2016年度旅游工作要点", "我区旅游工作的预期目标是:全年共接待游客290万人次,增长25%,实现旅游收入11亿元,增长66.5%。", 2016),
    ("某县2024年文化旅游工作要点", "全年接待游客500万人次以上,实现旅游总收入40亿元。", 2024),
])
def test_whole_year_delivering_in_a_plan_for_one_year_is_that_year(title, text, year):
    rows = _titled(text, title)
    assert rows and all(r.deadline == dt.date(year, 12, 31) for r in rows), [(r.span_text, r.deadline) for r in rows]


@pytest.mark.parametrize("title,text", [
    # a yearly rhythm (realestate_0064, realestate_0080's readers: per year)
    ("关于印发进一步促进市中心城区房地产市场平稳健康发展十二条措施的通知", "全年开展不少于2次房地产促销活动。"),
    ("淮安市2023年安全生产重点工作任务分工方案", "全年组织安全生产集中宣传活动不少于50场次。"),  # holdout a: none
    # a report is no plan: its 全年 tells results or qualifies a volume (gwr_0019)
    ("2018年国务院政府工作报告", "全年再为企业和个人减税8000多亿元。"),
    # a plan for a period: 全年 names no one year
    ("海南省碳达峰实施方案(2021—2030年)", "全年新增城乡公园120座。"),
])
def test_whole_year_without_an_annual_plan_or_a_delivery_is_no_deadline(title, text):
    assert [r.deadline for r in _titled(text, title)] == [None] * len(_titled(text, title))


@pytest.mark.parametrize("text,dates", [
    # fourth plan_0026: the years open an earlier clause of the sentence
    ("到2025年,全市虚拟电厂可调能力达到110万千瓦;2026年、2027年虚拟电厂数字化水平持续提升,可调能力分别达到160万千瓦、220万千瓦。",
     [2025, 2026, 2027]),
    ("2023年、2024年和2025年,全市新能源汽车保有量稳步增长,分别达到5万辆、8万辆和10万辆。", [2023, 2024, 2025]),
    ("在2024年和2025年,示范区建设全面推进,覆盖率分别达到60%和80%。", [2024, 2025]),
])
def test_dates_opening_an_earlier_clause_pair_with_the_values_given_respectively(text, dates):
    assert [r.deadline.year for r in run(text)] == dates


# ------------------------------------------------------------------ exclusions
@pytest.mark.parametrize("text", [
    "对35岁以上人群开展筛查。",
    "为65岁及以上老年人提供服务。",
    "加强5岁以下儿童保健。",
    "对0-6岁儿童开展健康管理。",
    "在1万人以上人群密集场所配置设备。",
    "每5万居民设置诊所。",
    "开通24小时健康热线。",
    "打造“10分钟健身圈”。",
    "落实《健康中国行动(2019—2030年)》。",
    "实施“1+6”工作机制。",
    "落实18项核心制度。",
    "提出5类20个主要指标。",
    "推进“三医联动”。",
    "截至2020年底,全市共有医疗机构1200家。",
    "“十三五”期间,建成示范点35个。",
    "全市现有8个自然保护区。",
])
def test_exclusions(text):
    assert run(text) == [], [(r.span_text, r.indicator) for r in run(text)]


def test_start_value_of_a_change_is_not_a_target():
    t = one("专家库由现有40人增加到90人。")
    assert (t.value, t.comparator, t.indicator) == (90, ">=", "专家库")


def test_qualifier_and_count_in_one_sentence():
    t = one("城区每2—5万居民设置1所社区卫生服务中心。")
    assert (t.value, t.unit, t.indicator) == (1, "所", "社区卫生服务中心")


def test_retrospective_section_yields_nothing():
    text = "一、发展基础\n全市床位数达到5000张。\n二、主要目标\n床位数达到6000张。"
    tasks = [Task("1", None, 1, "一、", "发展基础", 0, text.index("二、")),
             Task("2", None, 1, "二、", "主要目标", text.index("二、"), len(text))]
    rows = run(text, tasks)
    assert [r.value for r in rows] == [6000]


def test_only_the_body_is_read():
    text = "相关链接 2个文件\n床位数达到6000张。"
    doc = Document(source_file="t", text=text, body_start=text.index("床"), body_end=len(text))
    extract_targets(doc)
    assert [t.value for t in doc.targets] == [6000]


def test_odd_input_does_not_raise():
    for text in ["", "\n\n", "。。。", "达到%以上", "1" * 500, "一二三四五六七八九十个"]:
        run(text)


# ------------------------------------------------------------------ indicators
@pytest.mark.parametrize("text, indicator", [
    ("全市居民健康素养水平达到25%。", "居民健康素养水平"),
    ("15岁以上人群吸烟率低于22%。", "15岁以上人群吸烟率"),
    ("65岁及以上老年人健康管理率达到70%。", "65岁及以上老年人健康管理率"),
    ("建成200个健康促进学校。", "健康促进学校"),
    ("医养结合床位数增至2000张。", "医养结合床位数"),
    ("力争农村卫生厕所普及率提高到90%。", "农村卫生厕所普及率"),
])
def test_indicators(text, indicator):
    assert one(text).indicator == indicator


# ------------------------------------------------------------------ indicator tables
TABLE = """主要指标
指标类别
指标名称
2025年目标值
指标性质
健康水平
人均预期寿命(岁)
≥80岁
预期性
婴儿死亡率
≤4‰
预期性
健康预期寿命
稳步提高
预期性
服务能力
每千人口床位数
7张左右
约束性
近视率
每年下降1个百分点
约束性
二、重点任务
"""


def test_flattened_table_rows():
    rows = run(TABLE)
    assert [(r.indicator, r.comparator, r.value, r.unit, r.nature) for r in rows] == [
        ("人均预期寿命", ">=", 80, "岁", "预期性"),  # the unit in brackets is no part of the name
        ("婴儿死亡率", "<=", 4, "‰", "预期性"),
        ("每千人口床位数", "~", 7, "张", "约束性"),
        ("近视率", "=", 1, "个百分点", "约束性"),
    ]
    assert all(r.deadline == dt.date(2025, 12, 31) for r in rows)
    assert (rows[-1].kind, rows[-1].per) == ("decrease", "year")


def test_table_with_unit_and_baseline_columns_takes_the_target_column():
    text = "序号\n指标\n单位\n2020年\n2025年\n属性\n1\n床位数\n张\n5.1\n6.0\n预期性\n2\n签约率\n%\n40\n≥60\n约束性\n"
    rows = run(text)
    assert [(r.indicator, r.value, r.unit, r.comparator, r.deadline.year) for r in rows] == [
        ("床位数", 6.0, "张", "=", 2025), ("签约率", 60, "%", ">=", 2025)]


# Markdown posts write tables with pipes, one row per line; a merged category cell leaves its
# rows short, so a row is its line, aligned to the header from the right.
PIPE_TABLES = [
    ("| | | | |\n| --- | --- | --- | --- |\n| 序号 | 类别 | 主要指标 | 目标值 |\n| 1 | 政务服务 | 一窗综合受理率(%) | 100 |\n"
     "| 2 | 政务服务一体机镇街覆盖率(%) | 95 |\n| 3 | 数据治理 | 公共数据开放数据集(个) | 4000 |\n\n## 二、总体架构\n",
     [("一窗综合受理率", 100, "%", None), ("政务服务一体机镇街覆盖率", 95, "%", None), ("公共数据开放数据集", 4000, "个", None)]),
    ("|序号|指标名称|单位|2020年|2025年目标值|\n|:---:|---|---|---|---:|\n|1|每千人口床位数|张|5.1|6.0|\n"
     "|2|家庭医生签约率|%|40|≥60|\n",
     [("每千人口床位数", 6.0, "张", 2025), ("家庭医生签约率", 60, "%", 2025)]),
    ("| 领域 | 指标 | 目标值 | 指标性质 |\n|---|---|---|---|\n| 健康水平 | 婴儿死亡率(‰) | ≤4 | 约束性 |\n"
     "| 人均预期寿命(岁) | 80 | 预期性 |\n",
     [("婴儿死亡率", 4, "‰", None), ("人均预期寿命", 80, "岁", None)]),
]


@pytest.mark.parametrize("text, expected", PIPE_TABLES)
def test_a_markdown_pipe_table_is_read_row_by_line(text, expected):
    rows = run(text)
    assert [(r.indicator, r.value, r.unit, r.deadline.year if r.deadline else None) for r in rows] == expected


# The same tables converted one cell a line (a PDF's or a page's table): a row opens at the next number of its
# 序号 column, so a row whose merged category cell was left out keeps its own cells (real_eighth doc_0016's
# table; a plan's table with a 单位 column whose value 2 is no row number; a row after a merged 领域 cell).
CELL_TABLES = [
    ("序号\n类别\n主要指标\n目标值\n1\n政务服务\n一窗综合受理率(%)\n100\n2\n政务服务一体机镇街覆盖率(%)\n95\n"
     "3\n数据治理\n公共数据开放数据集(个)\n4000\n4\n公共数据开发利用场景(个)\n100\n## 二、总体架构\n坚持全省一盘棋。\n",
     [("一窗综合受理率", 100, "%"), ("政务服务一体机镇街覆盖率", 95, "%"), ("公共数据开放数据集", 4000, "个"),
      ("公共数据开发利用场景", 100, "个")]),
    ("序号\n领域\n指标名称\n单位\n2025年目标值\n1\n创新驱动\n每万人口高价值发明专利拥有量\n件\n2\n"
     "2\n研发经费投入强度\n%\n3\n3\n民生福祉\n城镇调查失业率\n%\n≤5.5\n二、重点任务\n",
     [("每万人口高价值发明专利拥有量", 2, "件"), ("研发经费投入强度", 3, "%"), ("城镇调查失业率", 5.5, "%")]),
]


@pytest.mark.parametrize("text, expected", CELL_TABLES)
def test_a_numbered_table_one_cell_a_line_keeps_rows_that_lost_a_merged_cell(text, expected):
    rows = run("主要指标\n" + text)
    assert [(r.indicator, r.value, r.unit) for r in rows] == expected


@pytest.mark.parametrize("sentence", [
    # real_eighth doc_0012: clauses of a standard numbered 2.4, 2.12, cited by the rules that refine it
    "《标准》2.4条,微型车泊位数应为折算后标准小汽车数量。",
    "建设项目符合《标准》2.12和2.13条款所对应浮动条件的,同时执行2.12和2.13条款。",
    "《标准》3.6条相关说明:",
])
def test_a_clause_number_of_a_document_is_no_count(sentence):
    assert run(sentence) == []


@pytest.mark.parametrize("sentence, values", [
    # a bracket's 是指 glosses a word; what follows it is no definition (real_eighth doc_0013's phrasing in a plan)
    ("到2025年,每个街道至少建成1个综合养老服务中心(综合养老服务中心是指具备全托、日托等功能的机构),社区养老服务覆盖率达到90%。",
     [1, 90]),
    ("到2025年,新建居住区(居住区是指城市居住区规划确定的范围)配套建设托育服务设施的比例达到50%。", [50]),
])
def test_a_gloss_in_brackets_defines_no_more_than_its_word(sentence, values):
    assert [t.value for t in run(sentence)] == values


def test_a_definition_outside_brackets_still_ends_the_rows():
    assert run("本办法所称重点企业,是指年营业收入5000万元以上的企业。") == []


@pytest.mark.parametrize("sentence, values", [
    # real_eighth doc_0006 (a 批复 of a port plan): where a stretch of shore lies is no commitment, its length may be
    ("中童岸线:信江左岸中童镇界牌大桥上游800米至下游400米,岸线长630米,规划为货运码头岸线。", [630]),
    ("鹰西滨江岸线:信江左岸月湖区龙虎山大桥下游,岸线长625米,其中岸线上游55米为已开发利用岸线。", [625]),
    ("到2025年,在水源地取水口以东2公里范围外新建码头泊位3个。", [3]),
])
def test_a_distance_placing_a_stretch_is_no_target(sentence, values):
    assert [t.value for t in run(sentence)] == values


@pytest.mark.parametrize("text", [
    # real_eighth doc_0039, and an attachment list in the form plans write it
    "附件:第一阶段重点监测50种易倒卖回流医保药品清单\n",
    "附件2:2025年100个省重点建设项目表\n",
    "附件 3. 全市20家示范企业名单\n",
])
def test_a_line_naming_an_attachment_names_a_document(text):
    assert [t.value for t in run("到2025年,建成示范基地10个。\n" + text)] == [10]


def test_a_sentence_about_an_attachment_keeps_its_targets():
    assert [t.value for t in run("附件所列重点项目中,到2025年要建成示范基地10个。\n")] == [10]


@pytest.mark.parametrize("sentence, expected", [
    # real_eighth doc_0032: the measure after the last member of a list goes to members written with a bare magnitude
    ("力争电子信息、有色金属、装备制造业产业规模分别达1.28万亿、1.18万亿、8200亿元。",
     [(1.28, "万亿元"), (1.18, "万亿元"), (8200, "亿元")]),
    ("到2025年,全市养老床位和托位分别达到3万、2万张。", [(3, "万张"), (2, "万张")]),
])
def test_a_list_written_with_bare_magnitudes_takes_the_measure_of_its_last_member(sentence, expected):
    assert [(t.value, t.unit) for t in run(sentence)] == expected


def test_a_count_of_articles_with_a_magnitude_stays_a_count():
    t = one("到2025年,新增数据资源1.5万条。")
    assert (t.value, t.unit) == (1.5, "万条")


def test_start_value_with_its_year_is_not_a_target():
    t = one("孕产妇死亡率由2015年的20/10万下降到15/10万。")
    assert (t.value, t.comparator, t.kind) == (15, "<=", "level")


def test_count_of_people_per_population():
    t = one("每10万人口配备2名医生。")
    assert (t.value, t.unit, t.indicator) == (2, "名", "医生")


def test_outline_label_is_not_part_of_the_indicator():
    from pipeline.run import process_text

    doc = process_text("二、主要目标\n1.全市生产总值增长6%左右,一般公共预算收入增长5%。")
    assert [(t.indicator, t.comparator, t.kind) for t in doc.targets] == [
        ("生产总值", "~", "increase"), ("一般公共预算收入", "=", "increase")]


def test_session_counts_of_congresses_are_names():
    from pipeline.run import process_text

    doc = process_text("一、总体要求\n《政府工作报告》已经市五届人大四次会议审议通过。党的二十届三中全会提出要求。")
    assert doc.targets == []


@pytest.mark.parametrize("sentence,indicator,comparator,value,unit", [
    ("企业开办时间压缩至3个工作日以内。", "企业开办时间", "<=", 3, "个工作日"),
    ("楼宇经济税收亿元楼达到70幢。", "楼宇经济税收亿元楼", ">=", 70, "幢"),
    ("新增光伏装机容量20万千瓦。", "新增光伏装机容量", "=", 20, "万千瓦"),
])
def test_less_common_measure_words(sentence, indicator, comparator, value, unit):
    from pipeline.run import process_text

    doc = process_text("一、目标\n" + sentence)
    assert [(t.indicator, t.comparator, t.value, t.unit) for t in doc.targets] == [(indicator, comparator, value, unit)]


@pytest.mark.parametrize("sentence,value,unit", [
    ("细颗粒物(PM2.5)平均浓度控制在45微克/立方米左右。", 45, "微克/立方米"),
    ("城市建成区降尘量不超过7吨/月·平方公里。", 7, "吨/月·平方公里"),
    ("全年组织集中宣传活动不少于50场次。", 50, "场次"),
    ("年内执法检查企业数不少于1200家次。", 1200, "家次"),
])
def test_compound_units_keep_their_denominator(sentence, value, unit):
    from pipeline.run import process_text

    doc = process_text("一、目标\n" + sentence)
    assert [(t.value, t.unit) for t in doc.targets] == [(value, unit)]


def test_ages_in_full_years_are_qualifiers():
    from pipeline.run import process_text

    doc = process_text("一、目标\n80周岁以上独居老年人探访关爱率达到100%。")
    assert [(t.value, t.unit) for t in doc.targets] == [(100, "%")]


@pytest.mark.parametrize("sentence,pers", [
    ("每年组织养老服务人员培训不少于2期,培训人员500人次以上。", ["year", "year"]),
    ("每年新增床位200张,累计达到1000张。", ["year", None]),
    ("每年开展培训2次,覆盖率达到90%。", ["year", None]),
])
def test_a_period_opening_the_sentence_counts_later_quotas(sentence, pers):
    from pipeline.run import process_text

    doc = process_text("一、目标\n" + sentence)
    assert [t.per for t in doc.targets] == pers


@pytest.mark.parametrize("sentence,count", [
    ("2022年,全市完成涉企审批集成改革42项。", 0),
    ("2022年全区接待游客2860万人次,实现旅游总收入312亿元。", 0),
    ("2023年底前,新建公园10个。", 1),
    ("2022—2025年,每年新建公园10个。", 1),
    ("到2022年底,新建公园10个。", 1),
])
def test_a_sentence_opening_with_a_past_year_reports_the_past(sentence, count):
    from pipeline.run import process_text

    doc = process_text("某市人民政府关于印发城市公园建设方案的通知\n一、目标\n" + sentence
                       + "\n某市人民政府\n2023年3月1日")
    doc_issue = doc.issue_date
    assert doc_issue is not None and doc_issue.year == 2023
    assert len(doc.targets) == count


@pytest.mark.parametrize("sentence,deadline", [
    ("到2030年,学生每周参与体育活动3次以上。", dt.date(2030, 12, 31)),
    ("“十四五”期间每年建成4个重点专科。", dt.date(2025, 12, 31)),
    ("2023—2025年,每年认定企业不少于20家;市财政每年安排资金不少于3000万元。", dt.date(2025, 12, 31)),
    ("9月底前修订职责清单;每季度召开一次全体会议。", None),
    ("三季度末前完成水源地划定,水源地每月开展1次监测。", None),
    ("年底前每月开展1次监测。", dt.date(2023, 12, 31)),
])
def test_a_recurring_quota_takes_only_a_deadline_framing_its_sentence(sentence, deadline):
    from pipeline.run import process_text

    doc = process_text("某市人民政府关于印发工作方案的通知\n一、目标\n" + sentence + "\n某市人民政府\n2023年3月1日")
    assert [t.deadline for t in doc.targets if t.per][-1] == deadline


def test_table_under_a_heading_naming_goals_reads_its_own_header():
    from pipeline.run import process_text

    doc = process_text("某市职业教育发展规划\n一、发展目标\n序号\n指标名称\n单位\n2022年\n2025年目标\n指标属性\n"
                       "1\n毕业生本地就业率\n%\n60\n65左右\n预期性\n2\n在校生规模\n万人\n5.2\n≥6\n约束性")
    assert [(t.indicator, t.comparator, t.value, t.unit, t.deadline, t.nature) for t in doc.targets] == [
        ("毕业生本地就业率", "~", 65, "%", dt.date(2025, 12, 31), "预期性"),
        ("在校生规模", ">=", 6, "万人", dt.date(2025, 12, 31), "约束性")]


@pytest.mark.parametrize("sentence,years", [
    ("企业制度性交易成本比2022年下降10%,市场主体总量增长8%以上。", [2022, None]),
    ("在2020年的基础上,全市人均预期寿命提高1岁,婴儿死亡率下降10%。", [2020, 2020]),
])
def test_a_baseline_year_belongs_to_its_clause_unless_set_off(sentence, years):
    from pipeline.run import process_text

    doc = process_text("一、目标\n" + sentence)
    assert [t.baseline_year for t in doc.targets] == years


@pytest.mark.parametrize("sentence,expected", [
    ("灌溉水有效利用系数提高到0.58。", [("灌溉水有效利用系数", ">=", 0.58, "")]),
    ("健康浙江发展指数达85,人均预期寿命达82.4岁。", [("健康浙江发展指数", ">=", 85, ""), ("人均预期寿命", ">=", 82.4, "岁")]),
    ("空气质量综合指数控制在4.5以下。", [("空气质量综合指数", "<=", 4.5, "")]),
    ("年度发展指数研究报告于2020年发布,编号为3。", []),
    # fourth plan_0031: a head in brackets, and one after a bound word
    ("新建数据中心能源利用效率(PUE)控制在1.25以下,既有数据中心实施改造后,PUE不高于1.4。",
     [("新建数据中心能源利用效率(PUE)", "<=", 1.25, ""), ("PUE", "<=", 1.4, "")]),
    # realestate_0008: a ratio with no unit closing a condition (…的要求) is none
    ("且住宅用地面积不低于30亩、容积率不小于1.0的要求。", []),
])
def test_indicators_without_a_unit(sentence, expected):
    from pipeline.run import process_text

    doc = process_text("一、目标\n" + sentence)
    assert [(t.indicator, t.comparator, t.value, t.unit) for t in doc.targets] == expected


def test_deadlines_are_cut_out_of_the_subject_and_cohorts_are_no_counts():
    from pipeline.run import process_text

    doc = process_text("一、目标\n为做好2024届高校毕业生就业工作,托育综合服务中心覆盖率在2024年、2025年和2026年分别达到60%、80%和100%。")
    assert [(t.indicator, t.value) for t in doc.targets] == [
        ("托育综合服务中心覆盖率", 60), ("托育综合服务中心覆盖率", 80), ("托育综合服务中心覆盖率", 100)]


def test_dates_distributed_over_values_pair_in_order():
    from pipeline.run import process_text

    doc = process_text("一、目标\n覆盖率在2024年、2025年和2026年分别达到60%、80%和100%。")
    assert [(t.value, t.deadline.year) for t in doc.targets] == [(60, 2024), (80, 2025), (100, 2026)]


@pytest.mark.parametrize("sentence,values", [
    ("培育年营业收入超10亿元的软件企业5家以上。", [5]),
    ("全市90%以上的农村建立综合服务站点。", [90]),
])
def test_a_threshold_defining_what_is_counted_is_no_target(sentence, values):
    from pipeline.run import process_text

    doc = process_text("一、目标\n" + sentence)
    assert [t.value for t in doc.targets] == values


def test_coordinated_shares_are_both_targets():
    from pipeline.run import process_text

    doc = process_text("一、目标\n到2020年,全市100%的乡镇和90%以上的农村建立综合服务设施站点。")
    assert [t.value for t in doc.targets] == [100, 90]


@pytest.mark.parametrize("sentence,rows", [
    # med_0003 (gold: the share of counties; the 1家 saying which counties count is optional)
    ("2021年底前,各省份60%以上的县至少有1家普通门诊费用跨省联网医疗机构。",
     [("至少有1家普通门诊费用跨省联网医疗机构的县比例", 60), ("普通门诊费用跨省联网医疗机构", 1)]),
    ("到2025年,全市80%以上的乡镇建有1个综合养老服务中心。",
     [("建有1个综合养老服务中心的乡镇比例", 80), ("综合养老服务中心", 1)]),
    ("力争90%的县(市、区)均有1所达到二级甲等水平的县级医院。",
     [("有1所达到二级甲等水平的县级医院的县(市、区)比例", 90), ("达到二级甲等水平的县级医院", 1)]),
    ("到2027年,70%以上的社区配有不少于2名专职网格员。",
     [("配有不少于2名专职网格员的社区比例", 70), ("专职网格员", 2)]),
])
def test_a_share_of_units_each_having_a_count_is_the_target(sentence, rows):
    """audit53: a share of units before 的, then a verb of having a count: what is committed is the share of the units."""
    from pipeline.run import process_text

    doc = process_text("一、目标\n" + sentence)
    assert [(t.indicator, t.value) for t in doc.targets] == rows


@pytest.mark.parametrize("sentence,rows", [
    # seventh doc_0025 (gold: 景区旅游公厕 14座, as its 其中 bracket's parts are)
    ("至2016年底,建设40座城市一类以上公厕(含景区旅游公厕14座);改造79座二类公厕。",
     [("城市一类以上公厕", 40), ("景区旅游公厕", 14), ("二类公厕", 79)]),
    ("到2025年,全市新建充电桩500个(包括快充桩200个)。", [("新建充电桩", 500), ("快充桩", 200)]),
    ("全年培训农村劳动力1000人次(含农民工300人次)。", [("农村劳动力", 1000), ("农民工", 300)]),
    # (no count opens the bracket: a gloss of the place)
    ("家庭成员在横州市拟购住房所属乡镇(含横州市17个乡镇,下同)的,给予补贴。", []),
])
def test_a_bracket_opening_with_a_part_of_a_count_gives_the_part(sentence, rows):
    """audit53: (含…N座), (包括…N个) after a count of the same unit is a part of it, as (其中…) is."""
    from pipeline.run import process_text

    doc = process_text("一、目标\n" + sentence)
    assert [(t.indicator, t.value) for t in doc.targets] == rows


@pytest.mark.parametrize("sentence,values", [
    # eighth doc_0012: a line drawn so far out (as 界牌大桥上游800米 places a stretch: eighth doc_0006)
    ("线指地铁站点控制线向外扩大300米临近道路确定的范围线。", []),
    ("确定地铁站点控制线向外延伸500米的范围线。", []),
    ("到2025年,新建绿道向外延伸至城郊,总长达到300公里。", [300]),
    # thirteenth R_02: a format's name
    ("建成社区健身路径或3人制篮球场20个。", [20]),
    ("全年新增5家制造业企业。", [5]),
    # ninth doc_0042: who carries the item out
    ("(三)鼓励社会力量采购帮扶。(市财政局、市委直属机关工委、17个市级帮扶集团牵头单位和有关区县政府具体负责)", []),
    ("到2025年建成3个示范区(由市发展改革委牵头负责)。", [3]),
    # extra shgov_0050: a threshold marked (含) inside its bound before 的 defines the noun (ninth doc_0026's 本省的… is delivered)
    ("死亡1人(含)以上的电动自行车火灾事故调查信息随时上报。", []),
    ("对装修金额10万元(含)以上的家庭,给予补贴。", []),
    # eighth doc_0032: the set a contest is counted over (as 按1名游客300元 reckons by one)
    ("以全省100个县(市、区)为基础参赛单元,开展省羽毛球超级联赛。", []),
])
def test_places_formats_bodies_and_sets_counted_over_are_no_targets(sentence, values):
    """audit53: widened from one notice each to the construction's other phrasings."""
    from pipeline.run import process_text

    doc = process_text("一、目标\n" + sentence)
    assert [t.value for t in doc.targets] == values


@pytest.mark.parametrize("sentence,values", [
    # fourteenth H53_08: the codes of a budget classification
    ("按用途分别填列《2019年政府收支分类科目》221类“住房保障支出”01款“保障性安居工程支出”03项“棚户区改造”和07项“保障性住房租金补贴”科目。",
     []),
    ("全年实施10项“民生实事”工程。", [10]),  # (a count before a quoted name, no code after it)
    ("到2025年,万元GDP能耗下降到0.5吨标准煤。", [0.5]),  # (0.5: no leading zero of a code)
])
def test_numbers_written_as_codes_are_no_counts(sentence, values):
    """audit53: a leading zero writes a code (01款, 07项); the class a budget code opens with (221类) is one in a 科目 sentence."""
    from pipeline.run import process_text

    doc = process_text("一、目标\n" + sentence)
    assert [t.value for t in doc.targets] == values


@pytest.mark.parametrize("sentence,value,unit", [
    # fourteenth H53_06
    ("用人单位安排残疾人就业比例达到1%(含)以上,但未达到所在地省、自治区、直辖市人民政府规定比例的,按规定应缴费额的50%缴纳残疾人就业保障金。",
     1, "%"),
    ("家庭年收入超过10万元,但不足20万元的,给予5000元补贴。", 10, "万元"),
    ("购买面积在90平方米以上,但不超过144平方米的,补贴1万元。", 90, "平方米"),
])
def test_one_end_of_a_band_closed_by_a_case_is_a_condition(sentence, value, unit):
    """audit53: …以上,但未达到…的 opens the case a rule is set for: no target, and no parameter read from it."""
    from pipeline.run import process_text

    doc = process_text("一、目标\n" + sentence)
    assert doc.targets == [] and (value, unit) not in [(p.value, p.unit) for p in doc.parameters]


def test_a_band_closed_later_in_a_goal_is_still_a_goal():
    from pipeline.run import process_text

    doc = process_text("一、目标\n到2025年,全省森林覆盖率达到60%以上,但未达到70%的地区要制定专项方案。")
    assert [t.value for t in doc.targets] == [60]


@pytest.mark.parametrize("sentence,indicator", [
    ("确保迎峰度夏、度冬期间电煤储备水平在30天以上。", "迎峰度夏、度冬期间电煤储备水平"),  # fourth plan_0009
    ("春节、国庆假期期间旅客发送量达到500万人次。", "春节、国庆假期期间旅客发送量"),
    ("汛期、枯水期时段城市供水保证率达到99%。", "汛期、枯水期时段城市供水保证率"),
])
def test_a_list_of_periods_frames_one_indicator(sentence, indicator):
    """audit53: members closed by 期间/时期/时段 are the times one measure is held in, not a list of indicators."""
    from pipeline.run import process_text

    doc = process_text("一、目标\n" + sentence)
    assert [t.indicator for t in doc.targets] == [indicator]


@pytest.mark.parametrize("sentence,values", [
    # fourth plan_0029
    ("对报废拖拉机、联合收割机等7种农业机械实行定额补贴。其他5种农业机械按照同类型农机购置补贴额给予定额补贴。", []),
    ("新疆南疆四地州全额补助,其余六州原则上全额补助。", []),  # fourth plan_0024
    ("全市建成15个示范街道,其它8个街道按要求推进。", [15]),
    # (what remains to be done is a quantity to deliver: extra shgov_0039)
    ("2026年应完成剩余1620亩整治任务量。", [1620]),
])
def test_the_rest_of_a_set_named_is_no_count(sentence, values):
    """audit53: 其他/其余/其它 before a count refers to members of a set the notice named, as 上述 does."""
    from pipeline.run import process_text

    doc = process_text("一、目标\n" + sentence)
    assert [t.value for t in doc.targets] == values


@pytest.mark.parametrize("sentence,indicator", [
    ("9月底前完成餐饮场所可燃气体报警装置安装,安装率不低于98%。", "餐饮场所可燃气体报警装置安装率"),
    ("在产业园区配套建设保障性租赁住房,2024年新增1.2万套。", "保障性租赁住房"),
    ("组织开展预防、避险、自救等应急知识培训,培训率达到20%。", "预防、避险、自救等应急知识培训率"),
])
def test_the_clause_before_names_what_a_bare_rate_or_count_measures(sentence, indicator):
    from pipeline.run import process_text

    doc = process_text("一、目标\n" + sentence)
    assert [t.indicator for t in doc.targets] == [indicator]


@pytest.mark.parametrize("sentence,values", [
    ("寄宿制学校和学生人数在1000人以上的学校,专职保安员不少于4名。", [4]),
    ("力争每个县(市)区有1所以上的老年养护院。", [1]),
    ("学校周边200米范围内不得设立网吧。", []),
    ("健身设施用地占比为15%—25%。", [15]),
])
def test_attribute_and_zone_quantities(sentence, values):
    from pipeline.run import process_text

    doc = process_text("一、目标\n" + sentence)
    assert [t.value for t in doc.targets] == values


@pytest.mark.parametrize("sentence,expected", [
    ("中心城区公交站点500米覆盖率达到100%。", [(100, "%", ">=")]),
    ("预警信息30分钟内通知到村到户。", [(30, "分钟", "<=")]),
])
def test_rate_qualifiers_and_time_limits(sentence, expected):
    from pipeline.run import process_text

    doc = process_text("一、目标\n" + sentence)
    assert [(t.value, t.unit, t.comparator) for t in doc.targets] == expected


def test_table_units_in_the_indicator_name_and_a_responsibility_column():
    from pipeline.run import process_text

    doc = process_text("某市卫生健康发展规划\n一、发展目标\n主要指标\n2020年\n2025年目标值\n指标性质\n"
                       "人均预期寿命(岁)\n78.2\n≥79\n预期性\n每千常住人口执业(助理)医师数(人)\n2.9\n3.3\n预期性\n"
                       "二、任务\n指标\n单位\n2024年目标\n责任单位\n茶园面积\n万亩\n60\n县茶产业发展中心\n三、保障")
    assert [(t.indicator, t.comparator, t.value, t.unit) for t in doc.targets] == [
        ("人均预期寿命", ">=", 79, "岁"), ("每千常住人口执业(助理)医师数", "=", 3.3, "人"), ("茶园面积", "=", 60, "万亩")]


def test_a_repeated_numeral_is_an_adverb():
    from pipeline.run import process_text

    doc = process_text("一、任务\n各县市区人民政府不再一一列出,建成示范点5个。")
    assert [(t.value, t.unit) for t in doc.targets] == [(5, "个")]


def test_each_of_several_places_takes_the_thing_counted_before():
    from pipeline.run import process_text

    doc = process_text("一、目标\n全市新建体育公园12个,其中南海区、顺德区各不少于3个。")
    assert [(t.indicator, t.value, t.comparator) for t in doc.targets] == [
        ("新建体育公园", 12, "="), ("南海区新建体育公园", 3, ">="), ("顺德区新建体育公园", 3, ">=")]


def test_whole_and_year_numbers_in_either_script():
    from pipeline.numbers.numerals import whole_number, year_number

    assert [whole_number(s) for s in ["12", "十", "二十一", "三十一", "一一"]] == [12, 10, 21, 31, None]
    assert [year_number(s) for s in ["2020", "二〇二〇", "二○一八", None, "二〇x"]] == [2020, 2020, 2018, None, None]


# ------------------------------------------------------------------ deadlines of table rows
def test_an_indicator_table_row_takes_its_own_deadline_before_the_header_year():
    text = ("主要指标\n指标名称\n2025年目标值\n完成时限\n指标属性\n"
            "城市污水处理率\n≥95%\n2023年底前\n约束性\n"
            "婴儿死亡率\n≤4‰\n/\n预期性\n")
    rows = run(text)
    assert [(t.indicator, t.value, t.deadline) for t in rows] == [
        ("城市污水处理率", 95, dt.date(2023, 12, 31)), ("婴儿死亡率", 4, dt.date(2025, 12, 31))]


def test_obligations_in_articles_of_a_regulation_are_no_targets():
    from pipeline.run import process_text
    # lawref_0008 (枣庄电梯条例), lawref_0004 (北京任免条例), lawref_0009 (淄博国土绿化条例)
    text = ("第一章 总则\n第一条 为了加强电梯安全管理,制定本条例。\n第二章 维护保养\n"
            "第三十条 维护保养单位应当遵守下列规定:\n(一)维护保养现场作业人员不得少于二人;\n"
            "(二)在出具检验报告后三个工作日内,向特种设备安全监督管理系统上传电梯检验信息;\n"
            "第四十三条 维护保养单位接到电梯困人故障报告后,应当安排维护保养人员在三十分钟内赶到现场实施救援。\n"
            "第二十二条 市人大常委会通过任免后,应当自通过之日起3日内发文通知有关机关。\n")
    assert [t.span_text for t in process_text(text).targets] == []
    # (but a share the city's own greening plan must reach is its target: ruling, twenty-first session)
    own = "第一章 总则\n第十二条 市级国土绿化规划应当合理确定比例,其中生态公益林面积应当占森林总面积的50%以上。\n"
    assert [t.span_text for t in process_text(own).targets] == ["50%以上"]
    # the same numbers in a plan's items stay targets
    plan = ("一、工作目标\n(一)到2025年,全市生态公益林面积占森林总面积的50%以上。\n"
            "(二)电梯困人故障救援人员30分钟内到达现场的比例达到95%。\n")
    assert [t.span_text for t in process_text(plan).targets] == ["50%以上", "95%"]


def test_a_rate_a_regulation_sets_its_territory_to_reach_stays_a_target():
    from pipeline.run import process_text
    # lawref_0009 (淄博国土绿化条例): coverage rates are the regulation's goals, not duties of others
    text = ("第一章 总则\n第一条 为了加快国土绿化,制定本条例。\n第二章 规划\n"
            "第十条 全市森林覆盖率应当达到38%以上。区县森林覆盖率应当按照下列指标确定:\n(一)平原地区达到22%以上;\n"
            "第十八条 国土绿化建设应当达到下列标准:\n(一)山地绿化:宜林荒山绿化率95%以上;\n"
            "(二)平原农田林网建设:网格面积不得大于400亩,林网化率90%以上;\n"
            "第二十三条 造林成活率应当达到85%以上。\n")
    doc = process_text(text)
    # (网格面积不得大于400亩 too: a standard the lead sets to reach, lawref_0009's reader)
    assert [t.span_text for t in doc.targets] == ["38%以上", "22%以上", "95%以上", "400亩", "90%以上", "85%以上"]
    assert [t.indicator for t in doc.targets if t.value == 90] == ["林网化率"]


@pytest.mark.parametrize("text,kept", [
    # counts inside names and slogans (gwr_0024, realestate_0163, a river-chief notice)
    ("一、目标\n增强国内国际两个市场两种资源联动效应。", []),
    ("一、目标\n抓好支持高质量共建“一带一路”八项行动的落实落地。", []),
    ("一、目标\n建设项目可分“基坑支护”“地下室”“±0.000以上”三个阶段办理施工许可。", []),
    ("一、目标\n守好发展和生态两条底线,推进河湖长制。", []),
    # counts a verb delivers, a schedule repeats or an enumeration continues stay targets
    ("一、目标\n到2025年建设两个区域医疗中心,培育三家龙头企业。", ["两个", "三家"]),
    ("一、目标\n各责任单位每季度向市河长办报送一次工作进展情况。", ["一次"]),
    ("一、目标\n每年开展一次大规模专家义诊活动,两次专业学术讲座。", ["一次", "两次"]),
])
def test_small_counts_in_names_are_no_targets(text, kept):
    from pipeline.run import process_text
    assert [t.span_text for t in process_text(text).targets] == kept


@pytest.mark.parametrize("s", ["补贴价格及响应时间如表 1 所示。", "方案实施流程如图2所示。", "如前款3所述情形。"])
def test_a_table_or_figure_number_is_no_count(s):
    # extra elec_0001: 所 of 所示/所述 is no measure word (学校3所 is)
    assert list(find_quantities(s)) == []
    assert [q.unit for q in find_quantities("新建学校3所。")] == ["所"]


@pytest.mark.parametrize("text, indicator, comparator", [
    # gwr_0014 (a work report) and govprc_0010: 定为 sets the value, it is no part of the name
    ("今年经济增长预期目标定为7.5%左右。", "经济增长预期目标", "~"),
    ("广义货币M2预期增长目标拟定为13%左右。", "广义货币M2预期增长目标", "~"),
    ("国家对石油部天然气商品量常数包干,每年包干基数定为67.5亿立方米。", "包干基数", "="),
])
def test_a_value_set_with_ding_wei_names_what_is_set(text, indicator, comparator):
    row = one(text)
    assert (row.indicator, row.comparator) == (indicator, comparator)


def test_the_parts_after_qizhong_share_the_period_of_the_total_before_them():
    # govprc_0010: each enterprise's part of the yearly base; a total with no period gives none
    rows = run("国家对石油部天然气商品量常数包干,每年包干基数定为67.5亿立方米。其中:四川石油管理局47亿立方米"
               "辽河石油勘探局7亿立方米。")
    assert [(r.value, r.per) for r in rows] == [(67.5, "year"), (47, "year"), (7, "year")]
    rows = run("每年安排专项资金10亿元。其中:中央资金6亿元,地方资金4亿元。")
    assert [(r.value, r.per) for r in rows] == [(10, "year"), (6, "year"), (4, "year")]
    rows = run("全年城镇新增就业100万人。其中:高校毕业生就业80万人。")
    assert [r.per for r in rows] == [None, None]


@pytest.mark.parametrize("text, indicator", [
    # med_0002: A占B的X% measures A's share
    ("2026年底前实现即时结算资金占本地医保基金月结算资金的80%以上。", "即时结算资金占本地医保基金月结算资金的比例"),
    ("到2025年,绿色建筑占新建建筑面积的70%。", "绿色建筑占新建建筑面积的比例"),
    # gwr_0012: a share already named stays as written
    ("非化石能源占一次能源消费比重提高到11.4%。", "非化石能源占一次能源消费比重"),
])
def test_a_percentage_of_what_a_zhan_of_b_is_named_a_share(text, indicator):
    assert one(text).indicator == indicator


@pytest.mark.parametrize("text, expected", [
    # gwr_0016: 都 gives the value to each member, as 均 does (马铃薯种植、收获机械化率均达到45%, govcn)
    ("今年,化学需氧量、氨氮排放都要减少2%左右。", ["化学需氧量", "氨氮排放"]),
    ("其中马铃薯种植、收获机械化率均达到45%。", ["马铃薯种植机械化率", "马铃薯收获机械化率"]),
])
def test_a_word_of_each_gives_the_value_to_every_member(text, expected):
    assert [t.indicator for t in run(text)] == expected


# ------------------------------------------------------------------ ratios to one
@pytest.mark.parametrize("text, expected", [
    # plan_0018
    ("到2027年新能源车桩比达到1.9:1,新车销量中新能源汽车占比持续提升。", [(1.9, ":1", ">=")]),
    # plan_0023: a small colon, and a second ratio of the same sentence named by the first
    ("到2025年,省内充电基础设施总体车桩比例确保小于2.5﹕1,公共充电桩方面小于7﹕1。", [(2.5, ":1", "<"), (7, ":1", "<")]),
    # plan_0014
    ("到2020年,实现高速公路服务区充电设施全覆盖,桩车比达到1∶1。", [(1, ":1", ">=")]),
])
def test_a_ratio_to_one_is_a_value_with_unit_colon_one(text, expected):
    assert [(r.value, r.unit, r.comparator) for r in run(text) if r.unit == ":1"] == expected


@pytest.mark.parametrize("text", [
    "均由省、市两级财政按照1∶1的比例分担。",  # realestate_0040: a split between parties
    "按照中央、省、市级奖励资金1:1:1比例给予推广应用补贴。",  # a three-term ratio
])
def test_a_split_between_parties_is_no_ratio_value(text):
    assert [r for r in run(text) if r.unit == ":1"] == []


# ------------------------------------------------------------------ a cumulative goal
@pytest.mark.parametrize("sentence, expected", [
    # plan_0006 (fourth)
    ("到2027年,环保绩效A级、B级企业达300家,累计建成绿色园区35个、绿色工厂420家。", [300, 35, 420]),
    # plan_0010 (fourth)
    ("加快滨州滨化、潍坊海化等项目建设,力争年内累计建成项目20个左右。", [20]),
])
def test_a_cumulative_count_the_plan_sets_is_a_target(sentence, expected):
    assert [t.value for t in run(sentence)] == expected


def test_a_cumulative_count_reported_is_no_target():
    assert run("截至目前,全市累计建成充电桩3.2万个。") == []
    assert run("全市累计建成充电桩3.2万个。") == []


# ------------------------------------------------------------------ names written in letters
@pytest.mark.parametrize("sentence, indicator", [
    ("2025年底,在全市范围建成810个V2G桩,放电量不少于120万千瓦时。", "V2G桩"),  # plan_0020 (fourth)
    ("到2025年,新增5个A级景区。", "A级景区"),
])
def test_a_count_before_a_name_in_letters_counts_it(sentence, indicator):
    assert run(sentence)[0].indicator == indicator


def test_a_count_before_another_number_stays_glued():
    assert run("提出5类20个主要指标。") == []


@pytest.mark.parametrize("heading,items,closing,date", [
    # eighth doc_0037: a crawled page on one line runs the first project on after its heading's year
    ("一、2021年新开工建设目标任务", ["1.中原安置小区(五组团)1052套,责任单位:某投资发展有限公司;", "2.吉钓安置小区1860套,责任单位:某交通投资发展有限公司。"],
     "以上两个新开工项目必须于2021年9月底前实现开工目标。", dt.date(2021, 9, 30)),
    ("二、2021年基本建成目标任务", ["1.流水安置小区(C区南片)1181套;", "2.澳前安置小区(A1地块)573套。"],
     "以上两个基本建成项目必须于2021年12月之前完成基本建成目标。", dt.date(2021, 11, 30)),
    ("一、2021年重点任务", ["1.新建学校3所;", "2.新增学位1000个。"], "以上任务要在2021年6月底前完成。", dt.date(2021, 6, 30)),
])
def test_a_heading_run_on_into_its_first_item_dates_no_clause_of_it(heading, items, closing, date):
    text = heading + "".join(items) + closing + "三、保障措施"
    end = text.index("三、")
    tasks = [Task("1", None, 1, heading[:2], heading[2:], 0, text.index(items[0]))]
    for i, item in enumerate(items):
        start = text.index(item)
        stop = text.index(items[i + 1]) if i + 1 < len(items) else end
        tasks.append(Task(f"1.{i + 1}", "1", 2, f"{i + 1}.", item[2:8], start, stop))
    tasks.append(Task("3", None, 1, "三、", "保障措施", end, len(text)))
    rows = run(text, tasks)
    assert rows and all(r.deadline == date for r in rows), [(r.span_text, r.deadline) for r in rows]


@pytest.mark.parametrize("text, expected", [
    # seventh doc_0001 (Shenzhen), fourth plan_0029 (Guizhou), seventh doc_0022 (Tibet): a magnitude standing for its number
    ("培育超千家高成长性人工智能创业企业,集聚超万名人工智能创新创业人才", [(1000, "家", None), (1, "万名", None)]),
    ("全省工业固定资产投资累计突破万亿元", [(1, "万亿元", None)]),
    ("粮食、肉蛋奶、蔬菜产量均达百万吨以上", [(100, "万吨", ">=")]),
])
def test_a_bare_magnitude_after_a_word_of_exceeding_or_before_a_bound_is_a_number(text, expected):
    assert [(q.value, q.unit, q.post) for q in find_quantities(text)] == expected


@pytest.mark.parametrize("text", ["让发展成果走进千家万户", "百花齐放、百家争鸣", "上千家企业参与", "实现产值超亿元企业1个"])
def test_a_magnitude_inside_a_word_or_a_class_name_is_no_number(text):
    assert [q.unit for q in find_quantities(text)] in ([], ["个"])


def test_the_bare_magnitude_scan_skips_only_matches_that_hide_none_it_reads():
    """The scan's lookahead (speed): a measure word with a magnitude after its first character is still
    matched where it opens (平方千米 hides 千米); a word that would hide one without opening it turns the
    lookahead off rather than lose a match."""
    from pipeline.numbers.magnitudes import _bare_lead
    assert _bare_lead(["个", "家", "平方千米"]) == "(?=[百千万亿]|平方千米)"
    assert _bare_lead(["个", "万千瓦"]) == "(?=[百千万亿])"
    assert _bare_lead(["个", "平方千米", "方平米"]) == ""  # 方平米 would hide the 平 opening 平方千米
    # 平方千米 read whole, as without the lookahead: no 千米 inside it
    assert [(q.value, q.unit) for q in find_quantities("新增绿地超平方千米以上")] == []


# ------------------------------------------------------------------ periods of rates and of lists
@pytest.mark.parametrize("text", [
    "一、中心城区区域年度新建商品住宅销售均价涨幅不超过5%。",  # realestate_0031
    "统筹解决新市民等重点群体租赁住房问题,住房租金年度涨幅不超过5%。",  # realestate_0001
    "项目备案租金上涨的,年度涨幅应低于项目周边同地段同品质市场租赁住房租金涨幅、且不高于5%。",  # realestate_0033
])
def test_a_rates_year_is_part_of_its_indicator_not_a_period(text):
    assert run(text)[-1].per is None


def test_a_count_per_year_keeps_its_period():
    assert one("每年度新增就业岗位不少于5000个。").per == "year"


@pytest.mark.parametrize("text,values,deadline", [
    # eleventh Y_01
    ("加快通渭县寺子川10万千瓦风电项目、清水县黄门5万千瓦风储一体化电站项目建设,力争2022年底前建成并网运行。",
     [10, 5], dt.date(2022, 12, 31)),
    ("积极推动马营镇10万千瓦集中式光伏电站项目建设,确保2023年6月底前全部并网。", [10], dt.date(2023, 6, 30)),
    ("加快建设220千伏变电站3座,于2024年底前投运。", [3], dt.date(2024, 12, 31)),
])
def test_a_clause_completing_what_the_targets_clause_pushes_dates_it(text, values, deadline):
    rows = run(text)
    assert [r.value for r in rows] == values
    assert all(r.deadline == deadline for r in rows)


@pytest.mark.parametrize("text", [
    # plan_0017: the later clause has its own quantity
    "建设5个省级微短剧孵化基地,力争到2028年整体产值超100亿元。",
    # shgov_0060: the clause after the target's times another act
    "各养老服务机构明确1名联系人,每月15日前报送整治进展情况,2024年3月底前报送工作总结。",
])
def test_a_later_clause_doing_something_else_dates_no_earlier_target(text):
    assert run(text)[0].deadline is None


@pytest.mark.parametrize("text, per", [
    # an average yearly rate is a rate over the plan's span: per null (docs/CONVENTIONS.md; the twelfth end audit's TAR30)
    ("综合考虑各方面因素,“十五”期间年均经济增长速度预期目标为7%左右。", None),  # gwr_0002
    ("“十四五”期间,全省公水联运集装箱比例年均增长15%以上。", None),  # fourth plan_0023
    ("2012~2015年,劳动人事争议仲裁年均结案率达到95%以上。", None),  # fifth doc_0013
    # a count delivered each year is a quota (fifth doc_0013's reader)
    ("“十四五”期间,年均新增就业人数24万人以上。", "year"),
])
def test_nian_jun_before_a_rate_is_no_quota(text, per):
    assert run(text)[-1].per == per


# ------------------------------------------------------------------ a change verb shared by a list
@pytest.mark.parametrize("text, kinds", [
    # gwr_0018 (the thirteenth end auditors' TAR02)
    ("全年再减少企业税负3500亿元左右、涉企收费约2000亿元。", ["decrease", "decrease"]),
    ("今年要减少企业税负1000亿元、涉企收费500亿元。", ["decrease", "decrease"]),
    ("全年降低企业成本300亿元以上、物流费用50亿元。", ["decrease", "decrease"]),
    ("增加中央预算内投资500亿元和地方专项债券8000亿元。", ["increase", "increase"]),
    # each member with its own verb, or the verb after its subject: no sharing
    ("力争农村贫困人口减少1000万以上、易地扶贫搬迁280万人。", ["decrease", "level"]),
    ("再减少农村贫困人口1000万以上、完成易地扶贫搬迁340万人。", ["decrease", "level"]),
    ("增加深松土地1333万公顷、新建高标准农田800万亩。", ["increase", "level"]),
])
def test_a_change_verb_before_its_object_governs_every_member_of_the_list(text, kinds):
    assert [t.kind for t in run(text)] == kinds


# ------------------------------------------------------------------ persons counted by a magnitude alone
@pytest.mark.parametrize("text, unit", [
    # gwr_0016 (its reader: "the measure is persons")
    ("今年再解决6000万农村人口饮水安全问题。", "万人"),
    ("今年解决20多万无电人口用电问题。", "万人"),
    ("全年组织2100万城乡劳动者参加职业培训。", "万人"),
    ("3年至少培训1万学徒。", "万人"),  # twelfth L_01 (CONVENTIONS, aligned)
    ("力争每年培训5万农民工。", "万人"),
])
def test_a_magnitude_before_a_noun_of_people_counts_persons(text, unit):
    assert one(text).unit == unit


@pytest.mark.parametrize("text", [
    "市辖区户籍人口超过100万的城市,扣除标准为每月1100元。",  # govcn_0028: 万 before 的, a qualifier
    "我国有2.9亿在校学生,要坚持把教育这个大事办好。",  # gwr_0022: what the country has, a fact
])
def test_no_count_of_persons_where_none_is_committed(text):
    assert run(text) == []


@pytest.mark.parametrize("text", [
    "今年投资3000万用于职工培训。",  # review21a: money without 元 before a verb, not persons
    "今年安排资金1亿帮助困难群众。",
])
def test_money_before_a_verb_is_no_count_of_persons(text):
    assert all(not (t.unit or "").endswith("人") for t in run(text))


# ------------------------------------------------------------------ data read once per document
def test_the_sentence_stops_read_once_cannot_be_changed_by_a_reader():
    from pipeline.targets.patterns import sentence_end, sentence_stops
    text = "今年新建学校3所。改造道路5条。"
    stops = sentence_stops(text)
    with pytest.raises((AttributeError, TypeError)):
        stops.append(0)  # a list shared with every reader of the text: one reader's change misled the others
    assert sentence_end(text, 0) == text.index("。")


def test_the_review_parts_of_a_report_are_read_once_for_both_stages(monkeypatch):
    """The deadlines and targets stages both skip a report's review of the past year: its parts are read once per
    document (pipeline/own_year.review_sections), not once per stage."""
    from pipeline import own_year
    from pipeline.run import process_text
    from pipeline.targets import past
    import pipeline.deadlines as deadlines
    calls = []

    def counted(doc):
        calls.append(doc.source_file)
        return own_year.review_sections(doc)
    monkeypatch.setattr(deadlines, "review_sections", counted)
    monkeypatch.setattr(past, "review_sections", counted)
    doc = process_text("2012年政府工作报告\n一、2011年工作回顾\n全年新增就业1221万人。\n二、2012年工作总体部署\n"
                       "今年城镇新增就业900万人以上。\n")
    assert len(calls) == 1
    assert [t.value for t in doc.targets] == [900]


# ------------------------------------------------------------------ a count before a noun closing in 者
@pytest.mark.parametrize("sentence, expected", [
    # fourth plan_0027: a count before a noun closing in 者 counts it (no 离境超过30天者-like case)
    ("到2025年,70%学校完成绿色学校创建,建成10家节约型公共机构示范单位、遴选20家能效领跑者,在高校中试点创建10家低碳学校。",
     [(70, "%"), (10, "家"), (20, "家"), (10, "家")]),
    ("到2027年,培育100名青年创业者。", [(100, "名")]),
    ("5年内引进不少于200名诺贝尔奖获得者。", [(200, "名")]),
    ("每年评选表彰50名优秀志愿服务工作者。", [(50, "名")]),
    # a bound after the measure word says who qualifies: still a case (no row)
    ("对招用5名以上失业人员者,给予奖励。", []),
    ("连续缴存满3年者,可申请贷款。", []),
])
def test_a_noun_closing_in_zhe_after_a_count_is_counted(sentence, expected):
    assert [(t.value, t.unit) for t in run(sentence)] == expected


def test_a_list_member_with_its_own_verb_ends_the_noun_counted():
    rows = run("到2025年,建成10家节约型公共机构示范单位、遴选20家能效领跑者。")
    assert [t.indicator for t in rows] == ["节约型公共机构示范单位", "能效领跑者"]


@pytest.mark.parametrize("sentence", [
    # extra shgov_0018: how long a pilot lasts, its window in brackets
    "本市在宝山区率先试点实行交接单工作制度,试点时间2个月(8月1日至9月30日),由市港航中心组织开展试点工作。",
    "活动时间为3个月。",
    "试点周期6个月。",
    "意见征集时间为30天。",
    "试点期限为6个月,期满后评估推广。",
    "本次专项整治行动时间为6个月,分三个阶段进行。",
    "整治行动时间为2024年3月至5月,共3个月。",
    "宣传活动自2024年6月1日至7月31日,历时2个月。",
])
def test_how_long_a_pilot_or_a_window_lasts_is_no_target(sentence):
    assert run(sentence) == []


@pytest.mark.parametrize("sentence, value", [
    ("审批时间压缩至5个工作日。", 5),
    ("企业开办时间控制在3个工作日以内。", 3),
    ("保证学生每天睡眠时间10小时以上。", 10),
    ("每年集中学习时间不少于8天。", 8),
])
def test_a_time_the_plan_commits_to_stays_a_target(sentence, value):
    assert [t.value for t in run(sentence)] == [value]


@pytest.mark.parametrize("sentence, values", [
    # seventh doc_0012: each child's time, a quota
    ("确保幼儿每天户外活动时间不少于2小时,其中体育活动时间不少于1小时。", [2, 1]),
])
def test_a_quota_of_each_ones_activity_time_stays_a_target(sentence, values):
    assert [t.value for t in run(sentence)] == values


@pytest.mark.parametrize("sentence, expected", [
    # fourth plan_0006, plan_0001: a measure word of bodies counts them, the head closes what is done to them
    ("到2025年,完成50家钢铁、水泥、玻璃等企业深度治理任务;到2027年,完成80家企业深度治理任务。", [(50, "家"), (80, "家")]),
    ("与1~2所数学教学有特色的中学建立对口交流联系机制。", [(1, "所")]),
    ("到2026年,指导200户农户建立家庭农场管理制度。", [(200, "户")]),
    # a count of rules, tasks or indicators is a name's number: no row
    ("严格落实18项医疗质量安全核心制度。", []),
    ("设置6类30个发展关键指标。", []),
])
def test_a_count_of_bodies_before_a_tasks_head_is_counted(sentence, expected):
    assert [(t.value, t.unit) for t in run(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # fourth plan_0010, thirteenth R_02, fourth plan_0014: a count after a list's examples that a verb of delivery governs
    ("加快推动烟台万华等10个绿电产业园、丁字湾新型能源创新区等20个零碳园区建设。", [10, 20]),
    ("加快后箐水库等18座中小型水库建设。", [18]),
    ("到2027年,建成安顺市、都匀市等2个新型城镇化配电网建设示范区。", [2]),
    # no verb of delivery before the list (one inside a member's name governs nothing): a count of bodies or parts
    ("市应急管理局、市发展改革委等14个部门联合印发通知。", []),
    ("联席会议办公室设在市乡村振兴局,下设提升农产品供给品质、帮扶重点产品认定与质量价格监管、消费帮扶协作等6个专班。", []),
])
def test_a_count_after_a_lists_examples_that_a_plan_delivers(sentence, expected):
    assert [t.value for t in run(sentence)] == expected


@pytest.mark.parametrize("text, span, deadline", [
    # realestate_0151: a span of years heading its sentence, no comma after it, frames its yearly quota
    ("2025—2027年省财政安排专项资金,逐步增加省级融资担保机构注册资本,实施降费奖补及代偿补偿,"
     "推动我省每年政府性融资担保规模超过1000亿元。", "1000亿元", dt.date(2027, 12, 31)),
    # …as one set off by a comma does
    ("2021—2023年,每年新增城镇就业10万人以上。", "10万人以上", dt.date(2023, 12, 31)),
])
def test_a_span_of_years_heading_its_sentence_frames_its_yearly_quota(text, span, deadline):
    t = next(r for r in run(text) if r.span_text == span)
    assert t.deadline == deadline and t.per == "year"


@pytest.mark.parametrize("text, span", [
    ("各级政府要坚持过紧日子,中央部门要带头,一律按不低于5%的幅度压减一般性支出。", "5%"),  # gwr_0018
    ("2021年底前高价值专利审查周期压减10%以上,2022年底前消减发明专利审查积压10万件,高价值专利审查周期压减30%以上。",
     "30%以上"),  # fourth plan_0002
    ("非刚性、非重点项目支出一律按照15%的幅度削减。", "15%"),
])
def test_a_cut_by_an_amount_written_before_or_as_the_changes_rate_is_a_decrease(text, span):
    t = next(r for r in run(text) if r.span_text == span)
    assert t.kind == "decrease"


# ------------------------------------------------------------------ gwr48: work reports' targets
@pytest.mark.parametrize("heading, rows", [
    ("加大统筹城乡发展力度,强化农业农村发展基础", 1),  # gwr_0011 二、(三): work on the base
    ("大力调整经济结构,夯实长远发展基础", 1),
    ("巩固农业发展基础", 1),
    ("发展基础", 0),                                  # the base as it stands: the past
    ("一、规划背景与发展基础", 0),
])
def test_a_heading_naming_work_on_the_base_is_no_review(heading, rows):
    text = "中央财政拟安排“三农”投入8183亿元,比上年增加930亿元。"
    assert len(run(text, [Task("3", None, 1, "(三)", heading, 0, len(text))])) == 2 * rows


@pytest.mark.parametrize("s, value, unit", [
    ("中央财政今年安排再就业补助资金25l亿元,比上年增加42亿元。", 251, "亿元"),  # gwr_0007: the scrape's l for 1
    ("安排资金3l万元", 31, "万元"),
    ("新增就业1I0万人", 110, "万人"),
    ("投入资金2O亿元", 20, "亿元"),
    ("完成投资1o0万元以上", 100, "万元"),
])
def test_a_letter_typed_for_a_digit_before_a_magnitude_reads_as_the_digit(s, value, unit):
    q = next(iter(find_quantities(s)))
    assert (q.value, q.unit) == (value, unit) and set(s[q.num_start:q.end]) & set("lIOo")  # the span as written


@pytest.mark.parametrize("s", ["M12 2L2 7l10 5 10-5-10-5z", "型号5l的设备", "容量2l水", "R-4O00.000", "编号3I2号"])
def test_a_letter_in_a_code_is_no_digit(s):
    assert all(not set(s[q.num_start:q.end]) & set("lIOo") for q in find_quantities(s))


@pytest.mark.parametrize("s, unit", [
    ("今年再减少农村贫困人口1000万以上", "万人"),  # gwr_0018, gwr_0019 (lead decision, nineteenth session)
    ("农村贫困人口减少1000万以上", "万人"),
    ("转移农村劳动力人口500万", "万人"),
    ("再解决6000万农村人口的安全饮水问题", "万人"),   # the noun after (numbers22)
    ("安排职工培训资金1000万", "万"),                # money: no persons
])
def test_persons_counted_by_a_magnitude_alone_before_or_after_their_noun(s, unit):
    assert next(iter(find_quantities(s))).unit == unit


def test_a_review_sentence_opening_with_this_year_and_a_word_to_come_is_a_target():
    # gwr_0004: inside 一、过去五年政府工作的回顾, 今年…将达 commits the report's year (dated by it)
    text = ("一、过去五年政府工作的回顾\n试点地区农民负担平均减轻30%。今年中央财政预算用于支持这项改革的资金将达305亿元。"
            "今年粮食产量达到4.5亿吨。\n")
    doc = Document(source_file="t", text=text, body_start=0, body_end=len(text), issue_date=dt.date(2003, 3, 5))
    doc.tasks = [Task("1", None, 1, "一、", "过去五年政府工作的回顾", 0, len(text))]
    doc.deadlines = parse_deadlines(text, 0, len(text), doc.issue_date)
    extract_targets(doc)
    assert [(t.value, t.unit, t.deadline) for t in doc.targets] == [(305, "亿元", dt.date(2003, 12, 31))]


@pytest.mark.parametrize("text, rows", [
    # gwr_0007 三、(三): the 纲要's goals the report commits to, listed in the object of 提出了 and closed by 等目标
    ("《纲要(草案)》提出了“十四五”期间单位国内生产总值能源消耗降低13.5%、主要污染物排放总量减少10%等目标。",
     [("单位国内生产总值能源消耗", 13.5, "decrease"), ("主要污染物排放总量", 10, "decrease")]),
    ("《规划》确定了森林覆盖率达到45%、城市绿化率提高到40%等主要目标。",
     [("森林覆盖率", 45, "level"), ("城市绿化率", 40, "level")]),
    # not a count of a document's parts, nor a past change
    ("《规划》提出了15个方面的重点任务。", []),
    ("银行也下调了房贷利率,降幅为10个基点。", []),
])
def test_goals_set_in_the_object_of_a_reporting_verb_are_targets(text, rows):
    assert [(t.indicator, t.value, t.kind) for t in run(text)] == rows


@pytest.mark.parametrize("text, rows", [
    # gwr_0018, gwr_0016: the subscript of M2 on a line of its own does not end the sentence
    ("货币政策要保持稳健中性。今年广义货币M\n2\n和社会融资规模余额预期增长均为12%左右。",
     [("广义货币M2", 12), ("社会融资规模余额", 12)]),
    ("广义货币M\n2\n预期增长12%左右,在实际执行中,根据经济发展需要可以略高一些。", [("广义货币M2", 12)]),
])
def test_a_subscript_broken_onto_its_own_line_stays_in_its_sentence(text, rows):
    assert [(t.indicator, t.value) for t in run(text)] == rows


@pytest.mark.parametrize("text, span, kind", [
    ("今年赤字率拟按2.6%安排,比去年预算低0.4个百分点。", "0.4个百分点", "decrease"),  # gwr_0019's gold
    ("今年城镇登记失业率比上年低0.2个百分点。", "0.2个百分点", "decrease"),
    ("今年居民收入增速要比去年高1个百分点。", "1个百分点", "increase"),
    ("“十五”期间年均经济增长速度预期目标为7%左右。", "7%左右", "increase"),        # gwr_0002's gold
])
def test_a_change_against_last_year_by_higher_or_lower_and_a_growth_rate_set(text, span, kind):
    assert next(t for t in run(text) if t.span_text == span).kind == kind


def test_each_state_owned_bank_is_no_collective_each():
    # 各国 makes 一个 no count of one each (同各国一道…建设一个…和谐世界); 各国有商业银行 is each state-owned bank (review26)
    from pipeline.targets.patterns import patterns
    assert patterns()["collective_each"].search("同世界各国一道")
    assert not patterns()["collective_each"].search("各国有商业银行要加大信贷投放")


def test_a_review_sentence_commits_the_year_only_with_a_verb_of_intent():
    # 今年…将/要/拟 in a review is the report's own year (gwr_0004); 主要/重要/需要 hold no 要 of intent (review26)
    from pipeline.own_year import _patterns
    review = _patterns()["review_commitment"]
    assert review.search("今年中央财政预算用于支持这项改革的资金将达305亿元。")
    assert review.search("今年要再压减钢铁产能5000万吨左右。")
    assert not review.search("今年主要经济指标全面完成。")
    assert not review.search("今年重要改革取得突破。")
