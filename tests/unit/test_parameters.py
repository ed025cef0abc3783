"""Policy parameters told apart from targets: sentences as published in the real notices of
tests/real/corpus (file named in each case), several phrasings and files per rule."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.deadlines import parse_deadlines
from pipeline.document import Document
from pipeline.numbers.quantities import find_quantities
from pipeline.targets import extract_targets
from pipeline.run import process_text

ISSUED = dt.date(2023, 3, 1)


def run(text: str) -> Document:
    doc = Document(source_file="t", text=text, body_start=0, body_end=len(text), issue_date=ISSUED)
    doc.deadlines = parse_deadlines(text, 0, len(text), ISSUED)
    extract_targets(doc)
    for row in [*doc.targets, *doc.parameters]:
        assert text[row.char_start:row.char_end] == row.span_text
    return doc


def params(text: str) -> list[tuple]:
    doc = run(text)
    return [(p.name, p.comparator, p.value, p.value_max, p.unit) for p in doc.parameters]


def values(text: str) -> tuple[list[float], list[float]]:
    """(target values, parameter values)"""
    doc = run(text)
    return [t.value for t in doc.targets], [p.value for p in doc.parameters]


# ------------------------------------------------------------------ amounts granted
@pytest.mark.parametrize("sentence, expected", [
    # realestate_0097
    ("由市级财政给予车位(库)总价款3%的购置补贴。", [("购置补贴比例", "=", 3, None, "%")]),
    # realestate_0074
    ("购买中心城区新建商品住房的,给予200元/平方米购房补贴。", [("购房补贴", "=", 200, None, "元/平方米")]),
    # realestate_0119
    ("二孩及以上的家庭在市区购买新建商品住房的,给予商品住房合同价款1.5%的购房补贴。",
     [("购房补贴比例", "=", 1.5, None, "%")]),
    # realestate_0145
    ("对全额拨款或差额拨款单位的紧缺高层次人才,一次性给予50万元安家费。", [("安家费", "=", 50, None, "万元")]),
    # realestate_0066
    ("对安装使用ETC的货车,车辆通行费给予6%优惠。", [("车辆通行费优惠比例", "=", 6, None, "%")]),
    # realestate_0182
    ("季度销售面积在5000平方米以上的,给予开发公司营销团队3万元奖励。", [("奖励", "=", 3, None, "万元")]),
])
def test_an_amount_granted_is_named_by_the_words_after_it(sentence, expected):
    assert params(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # realestate_0066: 按照…给予贴息 / 按…减征
    ("财政按照1.5%给予贴息。", [("贴息比例", "=", 1.5, None, "%")]),
    # (one rate for each tax of the list: docs/CONVENTIONS.md, one row per coordinated name)
    ("对增值税小规模纳税人按50%减征资源税(不含水资源税)、城市维护建设税。",
     [("减征资源税比例", "=", 50, None, "%"), ("减征城市维护建设税比例", "=", 50, None, "%")]),
    # realestate_0093
    ("购房人可按缴纳契税的50%申请补贴。", [("契税补贴比例", "=", 50, None, "%")]),
    # realestate_0133
    ("取得契税完税凭证的,县财政按缴纳契税税款比例的20%给予补贴。", [("契税补贴比例", "=", 20, None, "%")]),
])
def test_a_share_granted_by_a_verb_after_it(sentence, expected):
    assert params(sentence) == expected


# ------------------------------------------------------------------ rates, ratios, ceilings
@pytest.mark.parametrize("sentence, name, comparator, value, unit", [
    # realestate_0026, realestate_0040, realestate_0183: 首付款比例 with a bound word
    ("个人通过商业银行和公积金贷款购买首套住房最低首付款比例不低于20%。", "首套住房最低首付款比例", ">=", 20, "%"),
    ("申请住房公积金个人住房贷款的,最低首付款比例不低于20%。", "住房公积金个人住房贷款最低首付款比例", ">=", 20, "%"),
    ("首套住房商业性个人住房贷款最低首付比例不低于30%。", "首套住房商业性个人住房贷款最低首付比例", ">=", 30, "%"),
    # realestate_0116: a verb that sets the value is no bound
    ("第二次申请住房公积金贷款的,首付比例由50%下调至30%。", "住房公积金贷款首付比例", "=", 30, "%"),
    # realestate_0064, realestate_0145: 最高 before 额度 is part of the name
    ("双缴存人家庭最高贷款额度提高到80万元。", "双缴存人家庭最高贷款额度", "=", 80, "万元"),
    ("职工使用公积金贷款购买自住房的,贷款最高额度提高至80万元。", "公积金贷款最高额度", "=", 80, "万元"),
    # realestate_0116: a start value is no row
    ("单缴职工贷款额度上限由40万元调整为45万元。", "单缴职工贷款额度上限", "=", 45, "万元"),
    # realestate_0097: a tax rate
    ("面积为90平方米及以下的,减按1%的税率征收契税。", "契税税率", "=", 1, "%"),
])
def test_a_rate_or_ceiling_named_before_it(sentence, name, comparator, value, unit):
    assert params(sentence) == [(name, comparator, value, None, unit)]


def test_rates_written_after_the_number():
    # realestate_0066
    rows = params("增值税小规模纳税人适用3%征收率的应税销售收入,减按1%征收率征收增值税。")
    assert rows == [("征收率", "=", 3, None, "%"), ("征收率", "=", 1, None, "%")]


def test_interest_rate_margins_in_basis_points():
    # realestate_0183, realestate_0066
    assert params("利率下限调整为不低于LPR减20个基点。") == [("利率下限(LPR减点)", ">=", 20, None, "个基点")]
    assert [p[2:] for p in params("贴息后借款利率不超过一年期贷款基础利率(LPR)加15个基点(BP)。")] == [
        (15, None, "个基点")]


@pytest.mark.parametrize("sentence, comparator, value", [
    # realestate_0064, realestate_0097, realestate_0119
    ("每户最高补贴不超过3万元。", "<=", 3),
    ("按就高不重复享受原则,单套补贴金额最高不超过4万元。", "<=", 4),
    ("购买一星级绿色建筑,最高上浮10%。", "<=", 10),
    # realestate_0091
    ("单职工家庭申请贷款额度最高可享受45万元。", "<=", 45),
])
def test_a_cap_word_before_the_number_bounds_the_parameter(sentence, comparator, value):
    assert [(p[1], p[2]) for p in params(sentence)] == [(comparator, value)]


# ------------------------------------------------------------------ fines
# Amounts as written: both ends in 万元 stay 万元 (as the readers of lawref_0008 label them);
# ends in different units take the lower end's (the guide's 二千元以上二万元以下 example).
@pytest.mark.parametrize("sentence, low, high, unit", [
    # lawref_0019
    ("逾期未改正的,处二千元以上二万元以下的罚款。", 2000, 20000, "元"),
    ("导致发生生产安全事故的,处一万元以上三万元以下的罚款;构成犯罪的,依法追究刑事责任。", 1, 3, "万元"),
    ("逾期未改正的,责令停产停业整顿,并处十万元以上二十万元以下的罚款。", 10, 20, "万元"),
    ("对其直接负责的主管人员和其他直接责任人员可以处5000元以上1万元以下罚款。", 5000, 10000, "元"),
    # lawref_0008
    ("由特种设备安全监督管理部门责令限期改正,处二万元以上五万元以下罚款。", 2, 5, "万元"),
    ("逾期未改正的,处二千元以上一万元以下罚款。", 2000, 10000, "元"),
])
def test_a_fine_between_two_bounds_is_one_range(sentence, low, high, unit):
    # (its name: test_a_fine_is_named_by_whom_it_falls_on)
    assert [(name[-2:], *rest) for name, *rest in params(sentence)] == [("罚款", "range", low, high, unit)]


@pytest.mark.parametrize("sentence, names", [
    # real_sixth doc_0003 (a dog regulation) and real_fifth doc_0009 (a river basin regulation)
    ("逾期不办理的,没收犬只,对个人可以并处三百元以上一千元以下的罚款,对单位可以并处五百元以上二千元以下的罚款。",
     ["个人罚款", "单位罚款"]),
    ("由公安部门责令限期改正,对个人处五十元以上二百元以下的罚款,对单位处二百元以上一千元以下的罚款。",
     ["个人罚款", "单位罚款"]),
    ("由县级以上人民政府林业主管部门责令其停止违法行为,对个人处一千元以上五千元以下罚款,对单位处一万元以上五万元以下罚款。",
     ["个人罚款", "单位罚款"]),
    # any party named after 对, a warning given between (thirteenth P_02, tenth U_01, lawref_0019), 其/该机构 pointing back
    ("由中国保监会及其派出机构责令改正,给予警告,并处1万元以下罚款;对该机构直接负责的主管人员和其他直接责任人员,给予警告,"
     "并处1万元以下罚款。", ["罚款", "直接负责的主管人员和其他直接责任人员罚款"]),
    ("拒不改正或者逾期未改正的,对单位处5000元以上1万元以下罚款,对直接负责的主管人员以及其他直接责任人员处500元以上2000元以下罚款。",
     ["单位罚款", "直接负责的主管人员以及其他直接责任人员罚款"]),
    ("责令限期改正,可以处一万元以上五万元以下的罚款,对其直接负责的主管人员和其他直接责任人员可以处一万元以下的罚款;",
     ["罚款", "直接负责的主管人员和其他直接责任人员罚款"]),
    # a case closing with 的 is no party (thirteenth P_01)
    ("对有违法所得的处以违法所得一倍以上三倍以下罚款,但最高不超过三万元,对没有违法所得的处以一万元以下罚款。",
     ["罚款", "罚款", "罚款"]),
    # no party named before the verb: the fine alone (对其 names no one)
    ("由县级农业行政主管部门对其并处一百至一千元的罚款。", ["罚款"]),
    ("逾期未改正的,处二千元以上二万元以下的罚款。", ["罚款"]),
])
def test_a_fine_is_named_by_whom_it_falls_on(sentence, names):
    assert [row[0] for row in params(sentence)] == names


def _names_under(title: str, text: str) -> list[str]:
    doc = Document(source_file="t", text=text, body_start=0, body_end=len(text), issue_date=ISSUED, title=title)
    doc.deadlines = parse_deadlines(text, 0, len(text), ISSUED)
    extract_targets(doc)
    return [p.name for p in doc.parameters]


@pytest.mark.parametrize("title, sentence, names", [
    # real_sixth doc_0002 and real_extra shgov_0010: rules about one grant name its bare amounts after it
    ("重庆市政策性粮食购销违法违规行为举报奖励实施细则(试行)", "(一)罚款金额在15万元以下的,按1500元奖励;", ["举报奖励"]),
    ("重庆市政策性粮食购销违法违规行为举报奖励实施细则(试行)", "(二)罚款金额在15万元以上的,50万元以下的,按罚款金额的1%奖励;",
     ["举报奖励比例"]),
    ("虹口区安全生产和消防安全隐患举报奖励实施办法(试行)",
     "(二)符合本办法第三条第一项至第四项情形,给予举报人300元人民币奖励;", ["举报奖励"]),
    # the same wording under another title keeps the bare grant
    ("某市科技创新奖励办法", "(一)罚款金额在15万元以下的,按1500元奖励;", ["奖励"]),
])
def test_rules_about_one_grant_name_their_bare_amounts_after_it(title, sentence, names):
    assert _names_under(title, sentence) == names


def test_a_fine_with_one_bound():
    # lawref_0019
    assert params("责令限期改正,可以处五万元以下的罚款。") == [("罚款", "<=", 5, None, "万元")]


# ------------------------------------------------------------------ lists
@pytest.mark.parametrize("sentence, name, expected", [
    # realestate_0074
    ("购买中心城区新建商品住房60平方米以下、60平方米(含)—90平方米、90平方米(含)以上的,分别给予2万元、3万元、4万元购房补贴。",
     "购房补贴", [2, 3, 4]),
    # realestate_0040
    ("按活动规模1万人以上、5000人以上和1000人以上,分别按不超过50万元、30万元和10万元的额度发放企业消费券。",
     "额度", [50, 30, 10]),
    # realestate_0066
    ("对资质等级晋升为特级和一级施工总承包的建筑施工企业,分别给予200万元,100万元奖励。", "建筑施工企业奖励", [200, 100]),
    # realestate_0097
    ("其中,博士补贴10%、最高15万元,硕士补贴7%、最高10万元。", None, [10, 15, 7, 10]),
])
def test_every_member_of_a_list_of_amounts_is_a_parameter(sentence, name, expected):
    doc = run(sentence)
    assert [p.value for p in doc.parameters] == expected
    assert name is None or {p.name for p in doc.parameters} == {name}
    assert [t.value for t in doc.targets if t.unit not in ("人", "万人")] == []


# ------------------------------------------------------------------ per beneficiary
def test_money_per_beneficiary_and_period():
    # realestate_0099
    doc = run("提高租赁商品住房公积金最高提取额度,按每户家庭每月1200元为限,在最高限额内按实际房租支出提取。")
    assert [(p.value, p.unit, p.per) for p in doc.parameters] == [(1200, "元", "month")]
    # realestate_0056
    assert params("凡在县城规划区购买地下车位(车库)的购房人给予补贴3000元/个,补贴车位(车库)限额3000个。") == [
        ("补贴", "=", 3000, None, "元/个"), ("补贴车位(车库)限额", "=", 3000, None, "个")]


def test_a_new_amount_per_beneficiary_changed_from_a_start_value_is_a_parameter():
    # seventh doc_0009: the beneficiary is written with the start value (由每生每年8000元提高到), the standard in the
    # clause before; as gwr_0013's and gwr_0018's (…由每人每年420元提高到450元), with the standard named before 由
    doc = run("从2025年起,提高中央高校研究生学业奖学金中央财政支持标准,其中:硕士生由每生每年8000元提高到10000元,"
              "博士生由每生每年10000元提高到12000元。")
    assert doc.targets == []
    assert [(p.name, p.value, p.unit, p.per) for p in doc.parameters] == [
        ("硕士生中央高校研究生学业奖学金中央财政支持标准", 10000, "元", "year"),
        ("博士生中央高校研究生学业奖学金中央财政支持标准", 12000, "元", "year")]
    # two names closed by 的 own the standard: one row each (params52, as gwr_0011's gold)
    assert values("各级财政对城镇居民医保和新农合的补助标准由每人每年120元提高到200元。")[1] == [200, 200]
    assert values("城乡居民医保财政补助由每人每年420元提高到450元。") == ([], [450])


# ------------------------------------------------------------------ commitments stay targets
@pytest.mark.parametrize("sentence, value", [
    # realestate_0066: the government's own totals and counts
    ("推动金融机构通过天府信用通平台投放贷款不低于40亿元。", 40),
    ("鼓励外贸企业加大进出口规模,新增外贸实绩企业10家。", 10),
    # realestate_0064
    ("安排市级财政资金200万元,组织房地产开发企业开展异地推介活动。", 200),
    # realestate_0040
    ("发放新雪季冰雪消费券3000万元,以雪票、门票、住宿为重点。", 3000),
    # holdout-style aggregate rates: 平均 makes a rate an outcome
    ("原则上担保业务平均费率不超过1.5%。", 1.5),
    # a budget line is no per-beneficiary amount
    ("2024年省级财政安排就业补助资金45亿元,重点支持技能培训。", 45),
])
def test_commitments_and_aggregates_stay_targets(sentence, value):
    assert values(sentence) == ([value], [])


# ------------------------------------------------------------------ neither: qualifiers
@pytest.mark.parametrize("sentence, kept", [
    # realestate_0069
    ("在限购区域范围内,购买144平方米以上(不含144平方米)住房,不再审核购房资格。", []),
    # govcn_0027
    ("在中国境内居住累计满183天的任一年度中有一次离境超过30天的,其在中国境内居住累计满183天的年度的连续年限重新起算。", []),
    # the issue's example of an eligibility condition
    ("对职工人数超过50人的企业给予一次性奖励。", []),
    # realestate_0066
    ("对月销售额10万元以下(含本数)的增值税小规模纳税人,免征增值税。", []),
    # realestate_0145: the area is the condition, the grant a parameter
    ("购买面积90平方米以下的补助1万元;购买面积143平方米以上的补助3万元。", [1, 3]),
    # realestate_0097
    ("对满足团购条件购房的,一次性组团购买10套(含10套)以上,新建商品住房网签价格下浮不低于备案价格85%。", [85]),
    ("安庆市住房公积金个贷率高于90%时停止实施。", []),
    # realestate_0026: 二套 is an ordinal
    ("二套住房最低首付款比例不低于30%。", [30]),
])
def test_conditions_are_neither_targets_nor_parameters(sentence, kept):
    targets, parameters = values(sentence)
    assert targets == [] and parameters == kept


# ------------------------------------------------------------------ neither: time limits
@pytest.mark.parametrize("sentence", [
    # realestate_0066
    "对需出具用地预审与规划选址初审意见的建设项目,自正式受理之日起7个工作日办结。",
    # realestate_0179
    "房地产开发企业可以在办理商品房预售许可时申请延期缴纳物业专项维修资金6个月。",
    # realestate_0222
    "在出售后3个月内、3~6个月内、6~12个月内购置新建商品住房的购房家庭给予补贴。",
])
def test_time_limits_counted_from_an_event_are_neither(sentence):
    assert values(sentence) == ([], [])


def test_a_time_the_plan_commits_to_stays_a_target():
    # realestate_0066, realestate_0146
    assert values("一般政府投资项目全流程全事项审批时间控制在50个工作日内。") == ([50], [])
    assert values("审批时限压缩到1个工作日。") == ([1], [])


# ------------------------------------------------------------------ neither: names, the past, formulas
@pytest.mark.parametrize("sentence", [
    # gwr_0001
    "继续贯彻“和平统一、一国两制”的基本方针和江泽民主席提出的八项主张。",
    "两年来通过财政向银行发行2100亿元长期国债,带动4200多亿元银行贷款。",
    # govcn_0010
    "据初步统计,1996年地震灾害共造成365人死亡,4026人重伤,直接经济损失约46亿元。",
    # realestate_0143
    "扎实开展深入贯彻中央八项规定精神学习教育。",
    # govcn_0054
    "标记“▲”的26个指标为国家监测指标,其中15个指标自动生成,9个指标由财务年报表获取。",
    "计算方法:门诊收入/医疗收入×100%。",
    "总分=A×60%+B×40%。",
])
def test_names_the_past_and_formula_factors_are_neither(sentence):
    assert values(sentence) == ([], [])


# ------------------------------------------------------------------ quantities
@pytest.mark.parametrize("text, expected", [
    ("处二千元以上二万元以下的罚款", [(2000, 20000, "元")]),
    ("处5000元以上1万元以下罚款", [(5000, 10000, "元")]),
    ("学生人数在1000人以上2000人以下的学校", [(1000, 2000, "人")]),
    ("3—0公里", []),                 # value_max below value: no range
    # Chinese numerals keep their magnitude with the unit, as Arabic ones do (2万元)
    ("并处十万元以上二十万元以下的罚款", [(10, 20, "万元")]),
    ("三千万元", [(3000, None, "万元")]),
    ("二万五千元", [(25000, None, "元")]),
    # gwr_0024, gwr_0022, gwr_0018: 万亿 is a magnitude
    ("赤字规模4.06万亿元", [(4.06, None, "万亿元")]),
    ("粮食产量1.3万亿斤以上", [(1.3, None, "万亿斤")]),
    ("今年拟安排地方政府专项债券3.65万亿元", [(3.65, None, "万亿元")]),
    # realestate_0008, realestate_0148: a counted denominator stays in the unit
    ("车位配建指标按不小于0.7个/100平方米执行", [(0.7, None, "个/100平方米")]),
    ("按1泊/户或1泊/100平方米配建", [(1, None, "泊/户"), (1, None, "泊/100平方米")]),
    ("80%以上,90%以下", [(80, None, "%"), (90, None, "%")]),  # set apart: two bounds
])
def test_ranges_are_consistent(text, expected):
    assert [(q.value, q.value_max, q.unit) for q in find_quantities(text)] == expected


# ------------------------------------------------------------------ limits laid down for others
@pytest.mark.parametrize("sentence, value, comparator", [
    # realestate_0168
    ("允许设置结构板,结构板应与建筑核心筒、楼梯间、前室相连,其进深不得超过2米,该结构板不计容。", 2, "<="),
    ("首层商铺的层高放宽至6.5米。", 6.5, "="),
    # realestate_0149
    ("对信用等级评价为A、B级的企业,还可适当降低留存额度,但留存比例不得低于10%。", 10, ">="),
    # real_eighth doc_0014 (a 细则): a bound 不宜 or 不应 negates is a limit laid down, as 不得 is
    ("商业建筑停车场(库)配置的机械停车位数不宜超过其配建停车位总数的30%。", 30, "<="),
    # realestate_0001 (a 征求意见稿 notice, no 细则): the same words lay their limits in any notice
    ("原则上老城区更新单元(片区)或项目内拆除建筑面积不应大于现状总建筑面积的20%。", 20, "<="),
    ("更新单元(片区)或项目居民就地、就近安置率不宜低于50%。", 50, ">="),
])
def test_a_limit_laid_down_is_a_parameter(sentence, value, comparator):
    doc = run(sentence)
    assert [(p.value, p.comparator) for p in doc.parameters] == [(value, comparator)] and doc.targets == []


def test_a_price_per_kilowatt_hour_keeps_its_unit():
    # real_eighth doc_0042: 元/度, as tariffs write a kilowatt-hour
    doc = run("督促物业单位规范转供电收费单价,原则上不高于0.65元/度(转供电指导价,含线损费用、物业管理费)。")
    assert [(p.value, p.unit, p.comparator) for p in doc.parameters] == [(0.65, "元/度", "<=")] and doc.targets == []
    assert [(q.value, q.unit) for q in find_quantities("居民生活用电价格为每度0.56元,2024年度完成。")] == [(0.56, "元")]


def test_caps_listed_with_bare_magnitudes_take_the_money_unit_of_the_last():
    # real_seventh doc_0003
    rows = params("对评选的院校科研团队、硬科技类以及大学生科技创新类OPC,按产业化程度分别给予最高50万、30万、10万元经费支持。")
    assert [(r[2], r[4], r[1]) for r in rows] == [(50, "万元", "<="), (30, "万元", "<="), (10, "万元", "<=")]


@pytest.mark.parametrize("sentence, value", [
    # real_eighth doc_0035: money per project granted (每项, as 每个, 每家)
    ("对平潭综合实验区推荐列入福建省专利技术实施与产业化计划的项目,每项配套15万元。", 15),
    ("对获国家专利金奖的项目,每项奖励30万元。", 30),
])
def test_money_per_project_is_a_parameter(sentence, value):
    doc = run(sentence)
    assert [(p.value, p.unit) for p in doc.parameters] == [(value, "万元")] and doc.targets == []


def _rows_under(title: str, text: str) -> tuple[list[tuple], list[float]]:
    doc = Document(source_file="t", text=text, body_start=0, body_end=len(text), issue_date=ISSUED, title=title)
    doc.deadlines = parse_deadlines(text, 0, len(text), ISSUED)
    extract_targets(doc)
    return [(p.name, p.comparator, p.value, p.unit) for p in doc.parameters], [t.value for t in doc.targets]


RULES_TITLE = "莆田市自然资源局关于印发《莆田市建筑工程日照分析技术管理规则》的通知"
PARKING_TITLE = "西安市自然资源和规划局关于印发《西安市建设项目停车位配建标准实施细则(试行)》的通知"


@pytest.mark.parametrize("title, sentence, expected", [
    # real_eighth doc_0013: sunlight and calculation standards the rules set for builders and analysts
    (RULES_TITLE, "(四)中小学普通教室:冬至日有效日照不低于2小时。", [("冬至日有效日照", ">=", 2, "小时")]),
    (RULES_TITLE, "(六)医院病房、休(疗)养院的寝室:每栋半数以上(含半数)的病房及休(疗)养室冬至日有效日照不低于2小时。",
     [("休(疗)养室冬至日有效日照", ">=", 2, "小时")]),
    (RULES_TITLE, "(三)时间计算精度:不大于1分钟。", [("时间计算精度", "<=", 1, "分钟")]),
    # realestate_0031 (a 若干意见) wrote the same standard; under a title of rules it is one
    (RULES_TITLE, "七、新建商品住宅大寒日日照时数不低于2小时。", [("新建商品住宅大寒日日照时数", ">=", 2, "小时")]),
    # real_eighth doc_0014 and doc_0012: a rate per area applied by 按, a distance bounded
    (PARKING_TITLE, "中小学校应充分利用学校操场地下空间建设公共停车库,指标按2.5车位/100平方米操场面积设置。",
     [("指标", "=", 2.5, "车位/100平方米")]),
    (PARKING_TITLE, "公共自行车网点应设置于地面,且距离项目主要人行出入口小于100米,并符合相关规范要求。",
     [("距离项目主要人行出入口", "<", 100, "米")]),
])
def test_a_standard_that_technical_rules_set_is_a_parameter(title, sentence, expected):
    assert _rows_under(title, sentence) == (expected, [])


@pytest.mark.parametrize("title, sentence", [
    # real_eighth doc_0013: a bound closing a condition says which case is ruled
    (RULES_TITLE, "现状住宅(以户为单位)原有日照低于大寒日3小时的,该户原最大的有效日照时间作为其日照标准。"),
    (RULES_TITLE, "(九)加油、加气站内加油棚及建筑高度低于4.5米(含4.5米)的建(构)筑物无需进行建筑工程日照分析。"),
    # a time limit of procedure stays none
    (PARKING_TITLE, "建设单位应在收到通知后24小时内报送日照分析报告。"),
])
def test_a_condition_or_a_time_limit_in_technical_rules_is_neither(title, sentence):
    assert _rows_under(title, sentence) == ([], [])


@pytest.mark.parametrize("title, sentence", [
    # the same standards in a plan stay what the plan commits to
    ("某市城市停车设施发展规划(2021-2025年)", "到2025年,新建停车泊位不少于5万个,中小学校停车设施覆盖率不低于80%。"),
])
def test_standards_of_rules_need_a_notice_of_rules(title, sentence):
    params_, targets = _rows_under(title, sentence)
    assert params_ == [] and len(targets) == 2


@pytest.mark.parametrize("sentence, value", [
    # realestate_0097, realestate_0183: a share paid, its time limit neither
    ("土地出让金可实行分期缴纳,土地出让后一个月内缴纳金额不低于50%,余款按合同约定及时缴纳。", 50),
    ("出让的土地,用地单位在出让合同签订后3个月内缴纳土地出让价款不低于总价款的50%,余款可分期缴纳。", 50),
])
def test_a_share_paid_is_a_parameter_and_its_time_limit_neither(sentence, value):
    assert values(sentence) == ([], [value])


def test_a_compliance_rate_of_paying_stays_a_target():
    assert values("城乡居民医保参保人员按时足额缴纳率达到95%以上。") == ([95], [])


@pytest.mark.parametrize("sentence, kept", [
    # realestate_0209, realestate_0149: the value a change starts from is no row
    ("将伊犁州住房公积金贷款最高可贷额度由原来的65万元提高至80万元。", [80]),
    # (one ceiling for three coordinated parties: qualifiers, one row, docs/CONVENTIONS.md ruling of the twentieth session)
    ("提高公积金贷款额度,正常缴存职工由80万元调整为90万元,引进人才、新市民、青年人家庭最高可贷款100万元。", [90, 100]),
    # realestate_0170: later members of a list of ceilings keep the name
    ("单身单缴存职工贷款额度提高至30万元,已婚单缴存职工提高至40万元,已婚双缴存职工提高至60万元。", [30, 40, 60]),
])
def test_start_values_and_list_members_of_ceilings(sentence, kept):
    assert values(sentence) == ([], kept)


@pytest.mark.parametrize("sentence", [
    # realestate_0075, lawref_0019: a bounded duration is a condition
    "连续缴存6个月(含)以上的,在资阳市行政区域内购买自住住房可以申请住房公积金贷款。",
    "生产经营单位对离岗六个月及以上重新上岗的从业人员,应当重新进行安全生产教育和培训。",
    # realestate_0197: copies handed in
    "商品房买卖合同登记备案证明(核原件,收取复印件1份);",
    # realestate_0183: a fraction is no count
    "完成主体工程建设层数达三分之二节点后,可提前一个节点申请使用监管账户内重点监管资金。",
    # realestate_0163: 二类人才 is a class, not a count
    "二类人才可享受最高不超过现行贷款额度上限的3倍。",
])
def test_conditions_copies_fractions_and_classes_are_no_targets(sentence):
    assert run(sentence).targets == []


@pytest.mark.parametrize("sentence, name, value", [
    # realestate_0029
    ("行政事业单位正式在编在岗职工,公积金贷款执行预留生活费比例由工资收入的40%调整为20%。", "公积金贷款预留生活费比例", 20),
    # realestate_0067-style ratio of repayments (as written in realestate_0029's neighbours)
    ("月还款额占夫妻双方月收入的比例,由不超过50%调整为不超过60%。", "月还款额占夫妻双方月收入的比例", 60),
    # realestate_0069
    ("贷款额度由借款人及共同借款人公积金账户余额15倍调整为20倍。", "贷款额度", 20),
])
def test_a_setting_changed_from_one_value_to_another(sentence, name, value):
    doc = run(sentence)
    assert [(p.name, p.value) for p in doc.parameters] == [(name, value)] and doc.targets == []


@pytest.mark.parametrize("text", [
    "附件\n国务院第五次大督查发现的典型经验做法\n(共130项)\n",   # govcn
    "目 录\n1 总则\n1.1 编制目的及依据\n1.2 等级划分\n1.3 适用范围\n",  # govcn 粮食应急预案
])
def test_counts_of_the_document_and_section_numbers_are_no_targets(text):
    assert run(text).targets == []


@pytest.mark.parametrize("sentence, kept_targets, kept_parameters", [
    # realestate_0040: tiers reckoned 按…规模/按切位 and the unit of reckoning 按1名游客
    ("对引进国际、国内品牌活动的省内冰雪企业,按活动规模1万人以上、5000人以上和1000人以上,分别按不超过50万元、30万元和10万元的额度发放企业消费券。",
     [], [50, 30, 10]),
    ("对组织国内客源地至长春、长白山旅游包机,按切位100座以上和40座以上,每个往返分别奖补1万元和5000元。",
     [], [1, 5000]),
    ("对组织招徕省外入吉游客的旅行团,按1名游客300元给予奖补。", [], [300]),
    # govcn_0027
    ("属于同一项目连续性收入的,以一个月内取得的收入为一次。", [], []),
    # shgov_0011: a count whose measure word names a class (个等级)
    ("对辖区内独居老人,按照其健康状况、安全习惯、居住环境等要素进行消防安全风险评估,并按三个等级类别落实相应措施。", [], []),
    # a rate of doing something on time is no tier (holdout2 h2_04, holdout8)
    ("12345热线文旅类诉求按时办结率达到98%以上。", [98], []),
    ("旅游投诉按期办结率达到98%以上。", [98], []),
])
def test_tiers_and_units_of_reckoning_are_no_targets(sentence, kept_targets, kept_parameters):
    assert values(sentence) == (kept_targets, kept_parameters)


def test_conditions_after_a_few_words_and_aggregate_outcomes():
    # govcn_0056
    assert values("有条件的地方可对单户担保金额500万元及以下、平均担保费率不超过1%的担保业务给予适当担保费补贴。") == ([], [])
    assert values("各级政府性融资担保机构要适时调降再担保费率,引导合作机构逐步将平均担保费率降至1%以下。") == ([1], [])


@pytest.mark.parametrize("text,span,name_has", [
    # money set for a beneficiary a few words before it (realestate_0080, realestate_0034)
    ("一、公积金\n在石棉县购买自住住房的,单缴存职工提高到60万元,双缴存职工提高到70万元。", "60万元", "职工"),
    ("一、补贴\n二孩、三孩的工会会员家庭分别发放价值不超过 1600 元、3200 元的慰问品。", "1600 元", "价值"),
])
def test_money_set_for_a_beneficiary_is_a_parameter(text, span, name_has):
    from pipeline.run import process_text
    doc = process_text(text)
    assert not doc.targets
    found = [p for p in doc.parameters if p.span_text == span]
    assert found and name_has in found[0].name


def test_a_fund_for_beneficiaries_stays_a_target():
    from pipeline.run import process_text
    doc = process_text("一、目标\n全年为困难家庭发放救助资金5000万元。")
    assert [t.span_text for t in doc.targets] == ["5000万元"] and not doc.parameters


# ------------------------------------------------------------------ issue 9: commitments only
def targets_of(text: str, issued: dt.date = ISSUED) -> list[tuple]:
    doc = Document(source_file="t", text=text, body_start=0, body_end=len(text), issue_date=issued)
    doc.deadlines = parse_deadlines(text, 0, len(text), issued)
    extract_targets(doc)
    return [(t.value, t.unit, t.kind, t.baseline_year) for t in doc.targets]


@pytest.mark.parametrize("sentence, kept", [
    # gwr_0024, gwr_0022: an estimate is no commitment
    ("预计今年高校毕业生超过1170万人,要强化促进青年就业政策举措。", []),
    ("预计全年退税减税约2.5万亿元,其中留抵退税约1.5万亿元,退税资金全部直达企业。", [1.5]),
    # gwr_0024: the forecast covers its own clause only; the budget is a commitment
    ("预计今年财政收入继续恢复增长,加上调入资金等,一般公共预算支出规模28.5万亿元、比上年增加1.1万亿元。", [28.5, 1.1]),
])
def test_a_forecast_is_no_target(sentence, kept):
    assert values(sentence) == (kept, [])


@pytest.mark.parametrize("sentence", [
    # gwr_0014, gwr_0012, gwr_0007, gwr_0022: a sentence opening with 去年 reports the past
    "价格总水平基本稳定始终是宏观调控的重要目标。去年居民消费价格涨幅回落到2.6%,这是一个重要成果。",
    "去年对外贸易总额达到2.97万亿美元,开放型经济水平快速提升。",
    "去年投入国债资金152亿元,主要用于淮河、太湖等重点流域污染防治。",
    "去年新增减税降费超过1万亿元,还对制造业中小微企业实施阶段性缓缴税费。",
])
def test_the_past_year_is_no_target(sentence):
    assert values(sentence) == ([], [])


@pytest.mark.parametrize("sentence, issued, expected", [
    # gwr_0024, gwr_0018, gwr_0019: a change against the year before the notice's
    ("赤字规模4.06万亿元,比上年年初预算增加1800亿元。", dt.date(2024, 3, 5),
     [(4.06, "万亿元", "level", None), (1800, "亿元", "increase", 2023)]),
    ("今年赤字率拟按3%安排,财政赤字2.38万亿元,比去年增加2000亿元。", dt.date(2017, 3, 5),
     [(3, "%", "level", None), (2.38, "万亿元", "level", None), (2000, "亿元", "increase", 2016)]),
    ("今年安排地方专项债券1.35万亿元,比去年增加5500亿元,优先支持在建项目平稳建设。", dt.date(2018, 3, 5),
     [(1.35, "万亿元", "level", None), (5500, "亿元", "increase", 2017)]),
])
def test_a_change_against_last_year_keeps_its_baseline(sentence, issued, expected):
    assert targets_of(sentence, issued) == expected


@pytest.mark.parametrize("sentence, kept", [
    # realestate_0148, realestate_0006: an age is who qualifies, not a result
    ("职工住房公积金贷款年限由原来的退休后延5年,调整为贷款到期日不超过借款人65岁。", []),
    ("具有本科学历、年龄在45周岁以下且在我市参加社会保险至少满1个月的人员;", []),
    ("3.具备中级职称,年龄在45周岁以下的人员;或具备高级职称,年龄在55周岁以下的人员;", []),
    # govcn_0002 style: a life expectancy is measured in years of age
    ("人均预期寿命达到79岁。", [79]),
])
def test_an_age_is_a_target_only_as_life_expectancy(sentence, kept):
    assert values(sentence)[0] == kept


@pytest.mark.parametrize("sentence", [
    # realestate_0129, realestate_0170, realestate_0006: 满 a length of service is a condition
    "(三)新市民、青年人连续足额缴存住房公积金满3个月,符合租房提取条件的,可按月全额提取月缴存额支付房租。",
    "对在肇庆市连续足额缴存公积金满1年的购房者,按贷款额度公式计算。",
    "4.具备中级职业资格且在我市参保满6个月的人员;",
    # realestate_0092, realestate_0093, realestate_0094, realestate_0091: 的 closing a condition, a bracket after it
    "一次性团购市主城区新建商品住宅、公寓5套及以上的(不含二手房),在享受第一条、第二条政策的同时,可申请团购补贴。",
    "一次性团购霍邱县城区规划区范围内新建商品住宅、公寓5套及以上的(不含二手房),在享受第一条政策的同时,可申请团购补贴。",
    "对一次性团购新建商品住房5套及以上的,由县有关部门组织开发企业和团购方协商团购优惠。",
    # realestate_0148, realestate_0149, realestate_0077: a count of the same measure is a rule of counting
    "政府有关部门在出具住房套数认定证明时可给予核减1套家庭住房套数。",
    "在办理购买新建商品住房商业性个人住房贷款认定住房套数时,对二孩家庭核减一套家庭住房套数。",
])
def test_conditions_of_service_groups_and_counting_rules_are_neither(sentence):
    assert values(sentence) == ([], [])


@pytest.mark.parametrize("title, sentence", [
    # lawref_0008, realestate_0020: in a regulation or a notice of measures, a time limit after
    # the event it counts from is procedure
    ("枣庄市电梯安全条例", "(二)建立电梯检验数据库,在出具检验报告后三个工作日内,向特种设备安全监督管理系统上传电梯检验信息;"),
    ("枣庄市电梯安全条例", "使用单位应当立即启动应急专项预案,并在事故发生后一小时内报告特种设备安全监督管理部门。"),
    ("关于促进西双版纳州房地产市场平稳健康发展若干措施",
     "房屋租赁合同订立后30日内,房屋租赁当事人应当到租赁房屋所在地房地产主管部门办理登记备案。"),
    # realestate_0008, gwr_0025: a period extended is a setting of procedure, in any notice
    ("关于印发丽江市促进房地产市场平稳健康发展若干措施的通知", "房地产开发项目预售范围内存在土地抵押的,可将解除土地抵押的期限由6个月延长至12个月。"),
    ("2025年中华人民共和国国务院政府工作报告", "扩大单方面免签国家范围,过境免签境内停留时间延长至240小时,入境旅游持续升温。"),
])
def test_time_limits_after_an_event_and_extended_periods_are_neither(title, sentence):
    doc = titled(sentence, title)
    assert (doc.targets, doc.parameters) == ([], [])


def test_a_time_limit_a_plan_commits_to_after_an_event_stays_a_target():
    # holdout5 (h5_05): a flood plan's warning reaches every village within 30 minutes
    doc = titled("预警信息发布后30分钟内通知到村到户,山洪灾害危险区预警信息覆盖率达到100%。", "榆中县防汛抗旱指挥部关于做好2024年防汛抗旱工作的通知")
    assert [t.value for t in doc.targets] == [30, 100]


@pytest.mark.parametrize("sentence, expected", [
    # govcn_0050: a share reckoned on a base (按…的X%) is a rule, whatever verb applies it
    ("在试点地区公立医疗机构报送的采购量基础上,按照试点地区所有公立医疗机构年度药品总用量的60%—70%估算采购总量。",
     [("range", 60, 70, "%")]),
    ("医保基金在总额预算的基础上,按不低于采购金额的30%提前预付给医疗机构。", [(">=", 30, None, "%")]),
    # realestate_0149
    ("可按监管账户留存余额不低于重点监管资金总额15%的比例拨付预售资金。", [(">=", 15, None, "%")]),
    # realestate_0008, realestate_0083: a value applied by 按…执行
    ("缴存职工家庭购买首套住房的,最低首付比例按20%执行。", [("=", 20, None, "%")]),
    ("属于经济适用房、限价房和危改房的,计税毛利率按3%确定;其他开发项目,计税毛利率按15%执行。",
     [("=", 3, None, "%"), ("=", 15, None, "%")]),
    ("新建保障性租赁住房项目车位配建指标按不小于0.7个/100平方米执行。", [(">=", 0.7, None, "个/100平方米")]),
    # realestate_0148, realestate_0012: 按…配建
    ("新建设的住宅小区机动车停车位,商品住房项目可按1泊/户或1泊/100平方米进行配建,公寓项目可按不少于1泊/300平方米进行配建。",
     [("=", 1, None, "泊/户"), ("=", 1, None, "泊/100平方米"), (">=", 1, None, "泊/300平方米")]),
    ("户型建筑面积大于等于200平方米,按2车位/户配建。", [("=", 2, None, "车位/户")]),
    # realestate_0149: a ratio named with 配建 is a setting
    ("全市普通商品住房项目配建公租房比例由5%降至1%。", [("=", 1, None, "%")]),
    # realestate_0008, realestate_0163: a setting changed to a share of a base
    ("配套商业和综合服务设施由原来的不低于10%调整为不低于地上总建筑面积的5%。", [(">=", 5, None, "%")]),
    ("竞买保证金比例调整为不低于土地招拍挂底价的20%。", [(">=", 20, None, "%")]),
    # gwr_0024, gwr_0014: what each pensioner receives
    ("城乡居民基础养老金月最低标准提高20元,继续提高退休人员基本养老金。", [("=", 20, None, "元")]),
    ("今年企业退休人员基本养老金继续提高10%,城乡低保和优抚对象补助标准也进一步提高。", [("=", 10, None, "%")]),
    # realestate_0043: points of a discount
    ("市区有意愿的房地产开发企业提供总房款减免优惠或1-3个点的折扣优惠。", [("range", 1, 3, "个点")]),
    # fifth doc_0006: a sum split by a share applied with 按 (…比例进行分配), as 按…执行/配建 apply a value
    ("项目建成运营后, 由乡镇(街道)与经济开发区根据项目年度地方财政贡献按50%比例进行分配。", [("=", 50, None, "%")]),
])
def test_shares_reckoned_values_applied_and_settings_are_parameters(sentence, expected):
    doc = run(sentence)
    assert [(p.comparator, p.value, p.value_max, p.unit) for p in doc.parameters] == expected
    assert not {t.char_start for t in doc.targets} & {p.char_start for p in doc.parameters}


@pytest.mark.parametrize("sentence, value", [
    # gwr_0012: a ratio of a government aggregate (占) stays a target
    ("财政性教育经费支出占国内生产总值比例达到4%。", 4),
    # realestate_0183: a base holding a commitment word is a condition to reach, not a setting
    ("按提供预售的商品房计算投入开发建设的资金达到工程建设总投资的25%以上。", 25),
])
def test_aggregates_and_levels_to_reach_are_no_reckoned_shares(sentence, value):
    assert values(sentence) == ([value], [])


@pytest.mark.parametrize("text", [
    # govcn_0043, govcn_0053: 零部件 is no count of 部
    "重点农机产品和关键零部件实现协同发展。",
    "将在综合保税区内生产制造的手机、汽车零部件等重点产品从自动进口许可管理货物目录中剔除。",
    # seventh doc_0001: 零门槛 (门槛, a threshold) is no count of 门
    "为企业提供一定额度的零门槛“智能券”,用于抵扣创业初期的算力成本支出。",
])
def test_a_numeral_inside_a_word_is_no_quantity(text):
    assert list(find_quantities(text)) == []


@pytest.mark.parametrize("sentence, kept", [
    # realestate_0167, gwr_0012: 了 after a verb reports what happened
    ("另外,广东的清远、云浮、河源、梅州方面也下调了首套、二套房贷利率各10个基点。", []),
    ("今年2月21日,广州已率先下调了一波房贷利率,其中,首套房利率从此前的5.6%下调至5.4%。", []),
    ("五年来,小麦、稻谷最低收购价提高了25%到40%。", []),
    # realestate_0167, gwr_0014: the present state and survey figures
    ("深圳目前首套房贷利率稳定在4.9%。", []),
    ("根据贝壳研究院数据显示,3月103个重点城市中有82城下调房贷利率,主流首套房贷利率为5.17%。", []),
    ("目前,四大行在清远执行首套房贷利率5.4%、二套房贷款利率5.5%的价格。", []),
    # gwr_0014: 目前 in an earlier clause leaves the commitment of the later one
    ("同时,目前我国债务负担率相对较低,今年增加赤字后,赤字率在2%左右,总体上处于安全水平。", [2]),
])
def test_what_happened_or_stands_now_is_neither(sentence, kept):
    assert values(sentence) == (kept, [])


@pytest.mark.parametrize("sentence, expected", [
    # realestate_0111, realestate_0077, realestate_0204, realestate_0031, realestate_0184: a share
    # capped or floored against a base is a rule, named <subject>占<base>比例
    ("在主体结构封顶和竣工验收节点之间增设一个节点,即完成门窗、外墙工程,累计拨付金额不超过重点监管资金总额的80%。",
     [("累计拨付金额占重点监管资金总额比例", "<=", 80)]),
    ("签订出让合同后,首次支付比例不得低于全部出让价款的30%,其余价款按合同约定缴纳。",
     [("首次支付比例占全部出让价款比例", ">=", 30)]),
    ("其中营销费用不得超过项目销售总金额的3%。", [("营销费用占项目销售总金额比例", "<=", 3)]),
    ("单套商品住宅备案价上下浮动不得超过项目备案均价的15%,商品住宅销售价格不得高于备案价。",
     [("单套商品住宅备案价上下浮动占项目备案均价比例", "<=", 15)]),
    ("房地产开发企业可申请跨一个节点提前使用商品房预售监管资金,累计申请使用额度不超过监管额度的98%。",
     [("累计申请使用额度占监管额度比例", "<=", 98)]),
    # realestate_0097, govcn_0056, realestate_0224: 原则上 and a bound lay down a rule
    ("新出让的住宅用地内配套商业计容建筑面积占总计容建筑面积比例原则上不超过10%。",
     [("配套商业计容建筑面积占总计容建筑面积比例", "<=", 10)]),
    ("对担保金额500万元以上的小微企业和“三农”主体收取的担保费率原则上不超过1.5%。", [("担保费率", "<=", 1.5)]),
    ("共有产权保障房以中小户型为主,一室户单套建筑面积原则上不超过65平方米。", [("一室户单套建筑面积", "<=", 65)]),
    # realestate_0077, realestate_0001, realestate_0074: 大于/小于 and 不应/须 bound a share as 不超过/不得 do
    ("每套住宅飘窗、阳台的水平投影面积不大于该套住宅套型建筑面积的25%。",
     [("水平投影面积占该套住宅套型建筑面积比例", "<=", 25)]),
    ("独立商业项目可设置地面停车场,地面停车场的机动车停车位数量须小于项目应配建机动车停车位总数的10%。",
     [("机动车停车位数量占项目应配建机动车停车位总数比例", "<", 10)]),
    ("原则上项目内拆除建筑面积不应大于现状总建筑面积的20%。", [("项目内拆除建筑面积占现状总建筑面积比例", "<=", 20)]),
])
def test_shares_against_a_base_and_rules_in_principle_are_parameters(sentence, expected):
    doc = run(sentence)
    assert [(p.name, p.comparator, p.value) for p in doc.parameters] == expected
    assert not {t.char_start for t in doc.targets} & {p.char_start for p in doc.parameters}


def test_a_share_the_plan_commits_to_stays_a_target():
    # elec_0011
    assert values("力争签约电量不低于前三年用电量平均值的80%。") == ([80], [])


@pytest.mark.parametrize("sentence, expected", [
    # realestate_0097, realestate_0148: 为 of the next clause does not make 减按1% a unit of reckoning (each tier named by
    # its case: parameter_tiers.tier_conditions)
    ("对个人购买家庭第二套改善性住房,面积为90平方米及以下的,减按1%的税率征收契税;面积为90平方米以上的,减按2%的税率征收契税。",
     [("90平方米及以下契税税率", 1), ("90平方米以上契税税率", 2)]),
    ("对个人购买家庭唯一住房,面积为140平方米及以下的,减按1%的税率征收契税;面积为140平方米以上的,减按1.5%的税率征收契税。",
     [("140平方米及以下契税税率", 1), ("140平方米以上契税税率", 1.5)]),
    # realestate_0040: 服务 inside a name is no commitment
    ("对旅行社继续实施100%暂退旅游服务质量保证金政策,补足保证金期限延至2024年3月31日。", [("暂退旅游服务质量保证金比例", 100)]),
])
def test_rates_reduced_and_deposits_returned(sentence, expected):
    assert [(p[0], p[2]) for p in params(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # realestate_0148, realestate_0149: 均 gives the value to each member of the name
    ("缴存职工使用住房公积金贷款购买自住商品房的,首套住房和二套住房最低首付款比例均为20%,购买保障性住房的,最低首付款比例为15%。",
     [("住房公积金贷款首套住房最低首付款比例", 20), ("住房公积金贷款二套住房最低首付款比例", 20),
      ("住房公积金贷款最低首付款比例", 15)]),
    ("对于贷款购买商品住房的居民家庭,首套及二套商业性个人住房贷款最低首付款比例均调整为15%。",
     [("首套商业性个人住房贷款最低首付款比例", 15), ("二套商业性个人住房贷款最低首付款比例", 15)]),
])
def test_a_value_shared_by_each_member_of_a_name_is_one_row_each(sentence, expected):
    assert [(p[0], p[2]) for p in params(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # docs/CONVENTIONS.md: one value for coordinated names is one row per name, with or without 均
    # gwr_0013: two programmes
    ("城镇居民医保和新农合补助标准提高到每人每年240元。", [("城镇居民医保补助标准", 240), ("新农合补助标准", 240)]),
    # gwr_0014: a payer before the head (财政) is every member's
    ("今年新农合和城镇居民基本医疗保险财政补助标准由每人每年240元提高到280元。",
     [("新农合财政补助标准", 280), ("城镇居民基本医疗保险财政补助标准", 280)]),
    # realestate_0066: a rate a relief verb after it gives to a list of taxes
    ("对增值税小规模纳税人、小型微利企业和个体工商户按50%减征资源税(不含水资源税)、城市维护建设税、房产税和教育费附加。",
     [("减征资源税比例", 50), ("减征城市维护建设税比例", 50), ("减征房产税比例", 50), ("减征教育费附加比例", 50)]),
    # realestate_0066: the 占 of 耕地占用税 makes no share (rules/parameters.yaml share_words_not_in)
    ("(二)对增值税小规模纳税人、小型微利企业和个体工商户按50%减征资源税(不含水资源税)、城市维护建设税、房产税、城镇土地使用税、"
     "印花税(不含证券交易印花税)、耕地占用税和教育费附加、地方教育附加,执行期限至2024年12月31日。",
     [(f"减征{tax}比例", 50) for tax in ("资源税", "城市维护建设税", "房产税", "城镇土地使用税", "印花税", "耕地占用税", "教育费附加",
                                          "地方教育附加")]),
    # gwr_0012: 把 puts the names first; realestate_0176: a member ending as the one before it ends (二套 after 首套)
    ("今年要把新农合和城镇居民医保财政补助标准提高到200元。", [("新农合财政补助标准", 200), ("城镇居民医保财政补助标准", 200)]),
    ("公积金贷款首套、二套住房最低首付款比例不低于20%。",
     [("公积金贷款首套住房最低首付款比例", 20), ("公积金贷款二套住房最低首付款比例", 20)]),
    # realestate_0074: 统一 before the names
    ("统一首套和二套房最低商业性个人住房贷款首付比例为15%。",
     [("首套房最低商业性个人住房贷款首付比例", 15), ("二套房最低商业性个人住房贷款首付比例", 15)]),
    # sixth doc_0006: coordinated verbs of what each may get per period name no members
    ("同一企业每年申领和兑付算力券金额不超过100万元。", [("兑付算力券金额", 100)]),
    # 分别: each member its own value (respective_names), not both values to both
    ("今年小麦、稻谷最低收购价平均每50公斤分别提高7.4元和16元。",
     [("小麦最低收购价", 7.4), ("稻谷最低收购价", 16)]),
])
def test_one_value_for_coordinated_names_is_one_row_each(sentence, expected):
    assert [(p[0], p[2]) for p in params(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # eighth doc_0036: a policy named by the relief its quote grants (落实好…“…”政策), a margin in 幅度范围内
    ("落实好省级出台的对“增值税小规模纳税人在50%幅度范围内减征资源税、耕地占用税、城市维护建设税、房产税、印花税、"
     "城镇土地使用税、教育费附加和地方教育附加”政策。",
     [(f"减征{tax}幅度", "<=", 50, None, "%") for tax in
      ("资源税", "耕地占用税", "城市维护建设税", "房产税", "印花税", "城镇土地使用税", "教育费附加", "地方教育附加")]),
    # 财税〔2019〕13号 三 (as realestate_0066 and doc_0036 cite it): 的税额幅度内
    ("由省、自治区、直辖市人民政府根据本地区实际情况,以及宏观调控需要确定,对增值税小规模纳税人可以在50%的税额幅度内"
     "减征资源税、城市维护建设税、房产税。",
     [("减征资源税幅度", "<=", 50, None, "%"), ("减征城市维护建设税幅度", "<=", 50, None, "%"),
      ("减征房产税幅度", "<=", 50, None, "%")]),
])
def test_a_margin_within_which_a_relief_is_granted_reads_as_within(sentence, expected):
    """在X幅度(范围)内 is 以内 (docs/CONVENTIONS.md: 在X限额内 reads as 以内): `<=`, named by the 幅度 the text writes."""
    assert params(sentence) == expected


def test_a_ratio_with_no_unit_bounded_by_a_rule():
    """realestate_0001: 拆建比 (as 容积率, PUE: rules/targets.yaml unitless heads) takes the number after its bound word."""
    assert params("严格控制老城区改扩建、新建建筑规模和建设强度,原则上更新单元(片区)或项目内拆建比不宜大于2。") == \
        [("更新单元(片区)或项目内拆建比", "<=", 2, None, "")]


@pytest.mark.parametrize("sentence, expected", [
    # realestate_0214 (a 办法): a lower bound before the number and an upper one after 且, one range, both ends included
    ("(十二)共有产权保障住房购房家庭和政府的产权份额应在《共有产权保障住房购房合同》及《共有产权保障住房使用管理协议》中"
     "明确,购房家庭产权份额比例不低于50%且不高于80%。", [("购房家庭产权份额比例", "range", 50, 80, "%")]),
    # realestate_0214: the same share chosen within a range (产权份额: rules/parameters.yaml name_heads)
    ("划拨土地共有产权保障住房,购房家庭可根据支付能力在50%—80%范围内选择产权份额比例,按照单套销售价格对应的不同比例支付购房款。",
     [("产权份额比例", "range", 50, 80, "%")]),
    # realestate_0148: two bounds of two names stay two rows
    ("商业性个人住房贷款不再区分首套、二套住房,最低首付款比例统一为不低于15%。", [("商业性个人住房贷款最低首付款比例", ">=", 15, None, "%")]),
])
def test_a_range_written_with_two_bound_words(sentence, expected):
    doc = titled(sentence, "杭州市共有产权保障住房管理办法")
    assert [(p.name, p.comparator, p.value, p.value_max, p.unit) for p in doc.parameters] == expected


@pytest.mark.parametrize("text, expected", [
    ("比例不低于50%且不高于80%", [(50, 80)]),
    ("面积不小于60平方米、不大于90平方米", [(60, 90)]),
    ("首付比例不低于20%,贷款利率不高于4%", [(20, None), (4, None)]),  # a name between: two bounds
    ("不低于80%且不高于50%", [(80, None), (50, None)]),  # no range runs backwards
])
def test_two_bound_words_make_one_range(text, expected):
    assert [(q.value, q.value_max) for q in find_quantities(text)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # realestate_0170: a case below a number, then the value it is raised to: a floor
    ("对在肇庆市连续足额缴存公积金满1年的购房者,按贷款额度公式计算,额度不足10万元的,按10万元批准贷款。",
     [("额度下限", "=", 10, None, "万元")]),
    # extra shgov_0019: a floor and a cap, the second case sharing the first's measure
    ("按照此方式计算后,租金配租家庭的配租面积不足居住面积15平方米的,按照居住面积15平方米确定;超过居住面积45平方米的,"
     "按照居住面积45平方米确定。", [("租金配租家庭配租面积下限", "=", 15, None, "平方米"), ("租金配租家庭配租面积上限", "=", 45, None, "平方米")]),
    # realestate_0135 (契税补贴): a case between two durations applies a share of its own, no floor
    ("满2个月不足3个月的,按不超过实际缴纳契税数额的10%确定。", [("实际缴纳契税数额比例", "<=", 10, None, "%")]),
])
def test_the_value_a_case_below_or_above_it_is_set_to_is_a_floor_or_cap(sentence, expected):
    doc = titled(sentence, "关于调整住房公积金政策的通知")
    assert [(p.name, p.comparator, p.value, p.value_max, p.unit) for p in doc.parameters] == expected


def test_a_quote_naming_a_slogan_keeps_its_numbers_out():
    """A quote with no grant verb stays a name (“15分钟健身圈”), one with a grant verb cites the relief (above)."""
    assert values("打造城市社区“15分钟健身圈”。") == ([], [])


@pytest.mark.parametrize("sentence, expected", [
    # docs/CONVENTIONS.md (ruling, twentieth session): coordinated parties say who qualifies: one row per value, the list
    # in its name. realestate_0114: titles and degrees, each tier its own value and cap
    ("硕士研究生、副高级职称人员及技师补贴标准为500元/平方米(不超过6万元),全日制专科生及中级工补贴标准为150元/平方米(不超过2万元)。",
     [("硕士研究生、副高级职称人员及技师补贴标准", 500), ("硕士研究生、副高级职称人员及技师补贴标准", 6),
      ("全日制专科生及中级工补贴标准", 150), ("全日制专科生及中级工补贴标准", 2)]),
    # realestate_0211: persons and households
    ("住房公积金最高贷款额度提高至80万元,引进人才、多子女家庭最高贷款额度提高至100万元。",
     [("住房公积金最高贷款额度", 80), ("引进人才、多子女家庭最高贷款额度", 100)]),
    # realestate_0149: five parties, one of them no word of beneficiaries (青年人)
    ("引进人才、新市民、青年人、现役军人家庭、二孩及以上多子女家庭最高可贷款100万元。",
     [("引进人才、新市民、青年人、现役军人家庭、二孩及以上多子女家庭最高可贷款", 100)]),
    # med_0014: two groups of insured persons (a line's wrap inside the second)
    ("原则上,跨省异地转诊人员和异地急诊 抢救人员支付比例降幅在10个百分点左右。",
     [("跨省异地转诊人员和异地急诊抢救人员支付比例降幅", 10)]),
    # lawref_0019: the persons a fine is laid on
    ("对其直接负责的主管人员和其他直接责任人员处一万元以上二万元以下的罚款。",
     [("直接负责的主管人员和其他直接责任人员罚款", 1)]),
])
def test_one_value_for_coordinated_parties_is_one_row(sentence, expected):
    assert [(p[0], p[2]) for p in params(sentence)] == expected


def titled(text: str, title: str) -> Document:
    doc = Document(source_file="t", text=text, body_start=0, body_end=len(text), issue_date=ISSUED, title=title)
    doc.deadlines = parse_deadlines(text, 0, len(text), ISSUED)
    extract_targets(doc)
    return doc


@pytest.mark.parametrize("title, sentence, expected", [
    # realestate_0074, realestate_0069, realestate_0200: in a notice of measures, a rate bounded
    # for others is a rule of the policy
    ("自贡市持续促进房地产市场平稳健康发展的若干政策措施",
     "新建房地产开发住宅项目继续执行第一阶段装配式建筑发展相关要求,即:政府采购项目建筑平均装配率(单体建筑装配率)不低于35%,"
     "其中单体建筑主体结构装配率不低于15%。", [(">=", 35), (">=", 15)]),
    ("关于进一步优化政策措施促进房地产市场平稳健康发展的通知",
     "在产业功能区(园区)内的,计容商业建筑面积持有比例不低于40%;其他区域的,计容商业建筑面积持有比例不低于25%。",
     [(">=", 40), (">=", 25)]),
    ("钦州市住房公积金管理委员会关于进一步优化调整住房公积金政策的通知",
     "属于首套住房公积金贷款的,首期付款比例不低于20%;属于第二套住房公积金贷款的,首期付款比例不低于30%。",
     [(">=", 20), (">=", 30)]),
])
def test_a_rate_bounded_for_others_in_a_notice_of_measures_is_a_parameter(title, sentence, expected):
    doc = titled(sentence, title)
    assert [(p.comparator, p.value) for p in doc.parameters] == expected and doc.targets == []


@pytest.mark.parametrize("title, sentence", [
    # the same kind of sentence in a plan is a target (规划, 方案 commit the government)
    ("关于印发某市商业发展工作方案的通知", "在产业功能区(园区)内的,计容商业建筑面积持有比例不低于40%。"),
    # elec_0011: a commitment word keeps it a target even in a notice of measures
    ("关于做好电力中长期合同签订履约工作的若干措施", "力争签约电量不低于前三年用电量平均值的80%。"),
])
def test_a_bounded_rate_in_a_plan_or_with_a_commitment_stays_a_target(title, sentence):
    doc = titled(sentence, title)
    assert doc.parameters == [] and len(doc.targets) == 1


def test_a_quoted_passage_of_clauses_cites_rules():
    # realestate_0163: quotation marks around clauses are no name
    doc = run("当前要落实好“居民家庭首次购买普通住房的商业性个人住房贷款首付比例不低于25%;对拥有一套住房且相应购房贷款"
              "未结清的居民家庭,为改善居住条件购买普通住房再次申请商业性个人住房贷款首付比例不低于30%”。")
    assert [(p.comparator, p.value) for p in doc.parameters] == [(">=", 25), (">=", 30)]
    # gwr_0001, realestate_0077: a short quoted name or slogan stays a name
    assert values("继续贯彻“和平统一、一国两制”的基本方针和“15分钟健身圈”建设。") == ([], [])


def test_a_past_date_inside_a_condition_does_not_make_the_sentence_past():
    # realestate_0040: 对…以来…的项目 says which projects qualify
    doc = run("对2023年3月27日以来在吉林省投资的旅游招商项目,给予项目贷款贴息,项目贴息额度最高不超过实际发生利息额的50%,"
              "贴息期限不超过3年,同一单位同一项目贴息总额不超过800万元。")
    assert [(p.comparator, p.value, p.unit) for p in doc.parameters] == [("<=", 50, "%"), ("<=", 800, "万元")]
    # gwr_0012: 以来 opening a sentence still reports the past
    assert values("“十一五”以来,中央财政“三农”投入累计近3万亿元,年均增幅超过23%。") == ([], [])


@pytest.mark.parametrize("sentence, names", [
    # realestate_0044: a bare 补贴 is named by what it is granted for
    ("购买新建商品住房或二手住房90平方米及以下的,按照契税入库级次由同级财政按所缴纳契税额度给予50%补贴。", ["契税补贴比例"]),
    # realestate_0148: 减按…的税率征收契税
    ("对个人购买家庭第二套住房,面积为140平方米及以下的,减按1%的税率征收契税。", ["契税税率"]),
    # realestate_0074, realestate_0097: a name with its head keeps it as written
    ("教师、医务人员和进城务工人员购买中心城区新建商品住房的,给予200元/平方米购房补贴。", ["购房补贴"]),
    ("项目所在地财政给予二孩家庭一次性1万元/套的购房补贴。", ["购房补贴"]),
    # realestate_0056: 购房人 says who, not what for; a cap keeps its own name
    ("凡在县城规划区购买地下车位(车库)的购房人给予补贴3000元/个,补贴车位(车库)限额3000个。", ["补贴", "补贴车位(车库)限额"]),
])
def test_a_bare_head_is_qualified_as_readers_write_it(sentence, names):
    assert [p[0] for p in params(sentence)] == names


@pytest.mark.parametrize("sentence", [
    # shgov_0073: a size after the measure it gives, before 的 and a noun, says which ones are meant
    "(一)客房数50间以上的宾馆、饭店;",
    "(十二)住院床位总数50张以上的医疗机构、护理院;",
    "(七)乘客座位总数300个以上的游览船舶或者座位数超过50个的餐饮趸船;",
    "(一)单座容积5000立方米以上或者总容积20000立方米以上的甲乙类储罐;",
    # realestate_0066, realestate_0103
    "(二十八)对每月通行次数在30次及以上的电子不停车收费系统(ETC)公路客运班线客车实行优惠。",
    "建筑面积5万平方米以上的住宅小区全部按一星及以上标准建设。",
])
def test_a_size_of_a_measure_before_its_noun_says_which_ones(sentence):
    assert values(sentence)[0] == []


@pytest.mark.parametrize("sentence, kept", [
    # sixteenth H55E_02 (Beijing, 工伤保险费率): the rate now paid picks out the employers a new rate is set for
    ("3.现行费率为0.4%的用人单位,费率下调为0.3%。", [0.3]),
    ("1.现行费率为0.2%、0.3%的用人单位不调整。", []),
    # realestate (shared corpus): a rate said of the buildings a rule applies to; the caps it sets stay
    ("对期房销售的开发项目单栋住房去化率高于75%的楼栋,剩余房源可申请调整备案价格,降浮不超过5%,支持项目积极回笼资金。", [5]),
    # sixteenth H55E_01: a share of a base closing a case with 的 (凡…作为缴费基数的) says which contributors are meant
    ("三、凡以本市上一年职工月平均工资的70%作为缴费基数的,其缴费工资基数为2608元。", None),
    # a grant the rate names stays (realestate_0151)
    ("对制造业企业用于技术改造等方面的年内新增贷款给予不超过贷款利率35%的贴息。", [35]),
])
def test_a_rate_said_of_a_party_says_which_ones(sentence, kept):
    targets, parameters = values(sentence)
    assert 70 not in parameters and 0.4 not in parameters and 75 not in parameters and 0.2 not in parameters
    if kept is not None:
        assert parameters == kept


@pytest.mark.parametrize("sentence, expected", [
    # sixteenth H55E_01 (Beijing, 社会保险缴费): the wage a contribution is reckoned on, and the contributions paid by the month
    ("一、凡以本市上一年职工月平均工资作为缴费基数的,其缴费工资基数为3726元。", [(3726, None)]),
    ("1.以本市上一年职工月平均工资为缴费基数的,月缴纳基本养老保险费745.2元、失业保险费44.71元。", [(745.2, "month"), (44.71, "month")]),
    # (the breakdown's members paid by the month too, as the gold of H55E_01 reads them: the period a list opens with, grants58)
    ("个人月缴费为182.56元,其中基本统筹169.52元、大额互助13.04元。", [(182.56, "month"), (169.52, "month"), (13.04, "month")]),
])
def test_a_contribution_and_its_base(sentence, expected):
    assert [(p.value, p.per) for p in run(sentence).parameters] == expected



def test_power_in_si_units():
    # shgov_0005, a charging-station notice of tests/real/extra
    assert [(q.value, q.unit) for q in find_quantities("全市交通领域新增光伏装机容量确保达到120MW")] == [(120, "MW")]
    assert [(q.value, q.unit) for q in find_quantities("每个快充车位分配到的充电功率宜不低于60kW")] == [(60, "kW")]


def test_a_number_alone_on_its_line_names_nothing():
    # elec_0001: a page scraped with every number on a line of its own
    text = ("(1)对于连续参与过天津市历年春节期间需求响应的用户,历年农历正月初二的实际响应量与申报响应量的比值均不低于\n"
            "70%\n,且\n2021\n年春节期间需求响应日申报量不低于\n")
    doc = run(text)
    assert [t.span_text for t in doc.targets if t.indicator == ""] == []


@pytest.mark.parametrize("sentence, expected", [
    # govcn_0043: 均 gives the value to each member, the head written once shared by both
    ("薄弱环节机械化全面突破,其中马铃薯种植、收获机械化率均达到45%,棉花收获机械化率达到60%。",
     [("马铃薯种植机械化率", 45), ("马铃薯收获机械化率", 45), ("棉花收获机械化率", 60)]),
    # a seed notice: members written whole stay as written
    ("孕产妇系统管理率、3岁以下儿童系统管理率均达到90%以上。", [("孕产妇系统管理率", 90), ("3岁以下儿童系统管理率", 90)]),
])
def test_a_target_shared_by_each_member_with_jun(sentence, expected):
    assert [(t.indicator, t.value) for t in run(sentence).targets] == expected


@pytest.mark.parametrize("sentence, kept", [
    # gwr_0001, gwr_0003, gwr_0006: a change against last year with no word of plan reports the past
    ("全年工业企业实现利润2202亿元,比上年增长52%。", []),
    ("国家财政收入比上年增加1501亿元,总额首次突破万亿元。", []),
    ("全国普通高校招生268万人,比上年增加48万人。", []),
    # gwr_0006, gwr_0007: this year's budget against last year is a commitment
    ("今年中央财政安排109亿元资金支持再就业,比上年增加26亿元。", [109, 26]),
])
def test_a_change_against_last_year_is_past_unless_planned(sentence, kept):
    assert values(sentence)[0] == kept


@pytest.mark.parametrize("title, sentence", [
    # realestate_0124, govcn_0028: a term in a notice of measures is a rule, neither row
    ("关于进一步促进房地产市场平稳健康发展的若干措施",
     "生产经营困难的企业等用人单位,可依法申请缓缴住房公积金,或在与职工充分协商的前提下,降低住房公积金缴存比例,期限不超过12个月。"),
    ("国务院关于印发个人所得税专项附加扣除暂行办法的通知", "扣除期限最长不超过240个月。"),
])
def test_a_term_in_a_notice_of_measures_is_neither(title, sentence):
    doc = titled(sentence, title)
    assert [t.value for t in doc.targets] == [] and [p.unit for p in doc.parameters if p.unit == "个月"] == []


def test_a_processing_time_in_a_plan_stays_a_target():
    # realestate_0066: a time the government commits to
    doc = titled("一般政府投资项目全流程全事项审批时间控制在50个工作日内。", "优化营商环境工作方案")
    assert [t.value for t in doc.targets] == [50]


@pytest.mark.parametrize("sentence, expected", [
    # realestate_0080: the bound word before a list bounds each member; the list's last member
    # names them all, so the first ones are no condition of the 对…的 clause
    ("2023年7月1日至2024年6月30日期间,对商品房销售面积5万平方米、8万平方米、10万平方米以上的单个房地产项目分别给予"
     "不低于20万元、40万元、60万元的奖补。", [(">=", 20), (">=", 40), (">=", 60)]),
    # realestate_0149
    ("通过人才引进的博士研究生、硕士研究生、本科生以及其他普通高校博士研究生,且自愿承诺服务不少于5年的,5年内在我市"
     "购买住房分别给予最高20万元、10万元、5万元和14万元购房补贴。", [("<=", 20), ("<=", 10), ("<=", 5), ("<=", 14)]),
    # realestate_0074: no bound, none given
    ("购买中心城区新建商品住房60平方米以下、60平方米(含)—90平方米、90平方米(含)以上的,分别给予2万元、3万元、4万元购房补贴。",
     [("=", 2), ("=", 3), ("=", 4)]),
])
def test_a_bound_before_a_list_of_amounts_bounds_each(sentence, expected):
    assert [(p[1], p[2]) for p in params(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a seed notice: 人均 is no 均 of each member
    ("新建居住区和社区按室内人均建筑面积不低于0.1平方米或室外人均用地不低于0.3平方米标准配套建设群众健身设施。",
     [("新建居住区和社区按室内人均建筑面积", 0.1), ("室外人均用地", 0.3)]),
    # holdout8: nor is 年均
    ("文化和旅游消费年均增长10%以上,创建国家级夜间文化和旅游消费集聚区3个以上。",
     [("文化和旅游消费年均增长", 10), ("国家级夜间文化和旅游消费集聚区", 3)]),
])
def test_per_head_and_yearly_averages_are_no_jun_of_each(sentence, expected):
    assert [(t.indicator, t.value) for t in run(sentence).targets] == expected


# ------------------------------------------------------------------ third collection (govprc_, realestate_)
def test_money_written_in_jiao_and_fen_is_read_in_yuan():
    # govprc_0010: 二角六分 = 0.26 元; 三角地带 and 八角 are no money
    assert [(q.value, q.unit) for q in find_quantities("超过包干基数部分,每立方米按二角六分的价格结算")] == [(0.26, "元")]
    assert [(q.value, q.unit) for q in find_quantities("每吨按五元五角收取,票价1元2角5分")] == [(5.5, "元"), (1.25, "元")]
    assert list(find_quantities("位于三角地带的八角楼")) == []


@pytest.mark.parametrize("sentence, name, value, unit", [
    # realestate_0101, realestate_0114, realestate_0066: money set per measure keeps the measure
    ("本县农民进城购买新建商品住房,按规定退出宅基地的,由县财政按照每户400元每平方米予以补助,补助面积不超过160平方米。",
     None, 400, "元/平方米"),
    ("由财政按每套建筑面积最高不超过90平方米,每平方米给予150元补贴;不足90平方米的,按实际面积计算。", None, 150, "元/平方米"),
    ("推进油菜生产耕地轮化休耕试点,按规定每亩补助150元。", None, 150, "元/亩"),
    # govprc_0010: a price set per cubic metre, named after the amount
    ("超过包干基数部分,每立方米按二角六分的价格结算。", "价格", 0.26, "元/立方米"),
])
def test_money_set_per_measure_keeps_the_measure_in_its_unit(sentence, name, value, unit):
    rows = [r for r in params(sentence) if r[2] == value]
    assert rows and rows[0][4] == unit and (name is None or rows[0][0] == name)


def test_a_price_named_after_the_amount_is_no_longer_name():
    # realestate_0066: 价格扣除 is the name, not 价格; 价格 before a number names a target
    assert params("对小微企业报价给予20%的价格扣除。")[0][0] == "价格扣除比例"
    assert values("商品住房价格涨幅控制在5%以内。") == ([5], [])


@pytest.mark.parametrize("sentence, name", [
    # gwr_0018: the text's own 比例 after the head is kept
    ("科技型中小企业研发费用加计扣除比例由50%提高到75%,千方百计使结构性减税力度和效应进一步显现。", "科技型中小企业研发费用加计扣除比例"),
    # gwr_0022
    ("将科技型中小企业加计扣除比例从75%提高到100%。", "科技型中小企业加计扣除比例"),
    # realestate_0066: a grant or relief given as a share is its 比例 (docs/CONVENTIONS.md)
    ("工程项目给予顶格6%的评审优惠。", "评审优惠比例"),
    # realestate_0220
    ("被征收人购买平台内房屋的,房企再给予不低于10%的让利优惠。", "让利比例"),
    # ninth doc_0021
    ("企业支持基础研究的支出,在计算应纳税所得额时,按照实际发生额在税前扣除,并可按照100%在税前加计扣除。", "税前加计扣除比例"),
])
def test_a_share_named_by_a_grant_or_relief_is_its_share(sentence, name):
    assert params(sentence)[-1][0] == name


@pytest.mark.parametrize("sentence, name, value", [
    # realestate_0090: named by the grant after 的标准 and its verb, not by the verb (实施补助)
    ("深化工会帮扶解困送温暖活动,对建档的深度困难职工按照1000元/户的标准实施补助,开展走访慰问等活动。", "建档深度困难职工补助", 1000),
    # thirteenth T_01
    ("且从第二层起按厂房建筑面积每平方米100元的标准给予一次性补助,最高不超过500万元。", "一次性补助", 100),
])
def test_an_amount_applied_as_a_standard_is_named_by_the_grant(sentence, name, value):
    assert [r[0] for r in params(sentence) if r[2] == value] == [name]


@pytest.mark.parametrize("sentence, names", [
    # realestate_0012: what the unit counts names a standard of what is built when the clause names nothing else
    ("户型建筑面积大于等于200平方米,按2车位/户配建;户型建筑面积小于80平方米,按0.5车位/户配建。", ["车位配建指标"] * 2),
    # realestate_0148: the subject before 按
    ("新建设的住宅小区机动车停车位,商品住房项目可按1泊/户或1泊/100平方米进行配建,公寓项目可按不少于1泊/300平方米进行配建。",
     ["商品住房项目配建指标", "商品住房项目配建指标", "公寓项目配建指标"]),
    # realestate_0008: a name with its measure already is kept
    ("新建保障性租赁住房项目车位配建指标按不小于0.7个/100平方米执行。", ["新建保障性租赁住房项目车位配建指标"]),
])
def test_a_ratio_applied_by_a_setting_verb_is_named_as_a_standard(sentence, names):
    assert [r[0] for r in params(sentence)] == names


@pytest.mark.parametrize("sentence, expected", [
    # govprc_0010: each share of a fund split
    ("天然气勘探开发基金要在建设银行专户存储,其中88%用作天然气勘探开发建设,8%作为职工奖励基金,4%作为职工集体福利基金。",
     [88, 8, 4]),
    # realestate_0202, realestate_0170
    ("各县区要着力落实租购并举的住房制度改革,土地出让金净收益的10%用于弥补公租房建设资金不足。", [10]),
    ("将全市公积金增值收益的50%以上用于支持筹集建设保障性租赁住房和公租房。", [50]),
])
def test_the_shares_a_sum_is_split_into_are_parameters(sentence, expected):
    assert values(sentence) == ([], expected)
    assert all("比例" in r[0] or "作为" in r[0] for r in params(sentence))


def test_a_share_of_no_sum_of_money_is_no_parameter():
    # realestate_0168: a condition on a roof's use
    text = "或提供不小于屋顶面积60%用作公共活动区时一体化设计的梯屋及设备设施用房,不计入建筑高度。"
    assert values(text)[1] == []


def test_a_companys_capital_and_money_injected_into_it_are_parameters():
    # govprc_0015: the capital the approval sets (its parts are no rows) and an appropriation injected
    text = ("公司注册资本为人民币31亿元,其中:国家历年的基本建设等投入积累形成的国有资产29亿元,部门基本建设基金借款转增"
            "国家资本金2亿元。“九五”期间需国家基本建设拨款5亿元,将分年拨付,作为国家资本金注入该公司。")
    assert params(text) == [("公司注册资本", "=", 31, None, "亿元"), ("国家基本建设拨款", "=", 5, None, "亿元")]
    assert run(text).targets == []
    assert params("合资公司注册资金5000万元,由双方按股比出资。") == [("合资公司注册资金", "=", 5000, None, "万元")]
    # money a plan commits without injecting it into a company stays a target
    assert values("中央财政安排专项资金10亿元,用于支持老旧小区改造。") == ([10], [])


@pytest.mark.parametrize("sentence, low, high", [
    # med_0015: a fine reckoned as a multiple of what 按 names is no tier of a measure
    ("由县以上卫生行政部门没收其全部毒性药品,并处以警告或按非法所得的五至十倍罚款。", 5, 10),
    ("按违法所得的一倍以上三倍以下处以罚款。", 1, 3),
])
def test_a_fine_reckoned_as_a_multiple_is_a_parameter(sentence, low, high):
    assert [(r[2], r[3], r[4]) for r in params(sentence)] == [(low, high, "倍")]
    # tiers reckoned by a measure stay conditions
    assert params("按活动规模1万人以上、5000人以上的,给予奖励。") == []


# ------------------------------------------------------------------ settings: multiples, per unit, shares paid
MEASURES = "关于促进房地产市场平稳健康发展的若干措施\n一、支持住房消费\n"


def measure_rows(sentence: str) -> tuple[list[tuple], list[tuple]]:
    from pipeline.run import process_text
    doc = process_text(MEASURES + sentence)
    return ([(t.value, t.unit) for t in doc.targets],
            [(p.name, p.comparator, p.value, p.unit) for p in doc.parameters])


@pytest.mark.parametrize("sentence, expected", [
    # realestate_0086, realestate_0207: the start value is a multiple of a base
    ("住房公积金可贷额度由个人(含配偶)公积金账户余额的25倍提高到30倍;", (30, "倍")),
    ("购买本地新建商品住房的缴存职工,住房公积金最高贷款额度由购房家庭公积金账户余额的15倍提高至20倍;", (20, "倍")),
    # realestate_0020, realestate_0163: a multiple capped against a base
    ("住房公积金贷款金额不高于借款申请人及其配偶住房公积金账户缴存余额合计的20倍。", (20, "倍")),
    ("高层次人才在汕尾市申请住房公积金贷款时,一类人才可享受最高不超过现行贷款额度上限的4倍。", (4, "倍")),
])
def test_a_multiple_a_loan_ceiling_is_set_to_is_a_parameter(sentence, expected):
    targets, parameters = measure_rows(sentence)
    assert targets == [] and [(v, u) for _, _, v, u in parameters] == [expected]


@pytest.mark.parametrize("sentence, expected", [
    # realestate_0103, realestate_0052, realestate_0028, elec_0014: money per flat, per unit
    ("建筑面积在90平方米以上按照10000元/套标准发放普惠消费券。", [("普惠消费券", "=", 10000, "元/套")]),
    ("由内江市房地产业协会组织指导开发企业发放家居家电消费券5000元/套,共计5000套。", [("消费券", "=", 5000, "元/套")]),
    ("购房款50万元以上,补贴金额10000元/套。", [("补贴金额", "=", 10000, "元/套")]),
    ("试运行期间,燃气机组最高限价为600元/兆瓦,燃煤机组最高限价为3000元/兆瓦。",
     [("燃气机组最高限价", "=", 600, "元/兆瓦"), ("燃煤机组最高限价", "=", 3000, "元/兆瓦")]),
])
def test_money_per_unit_is_a_parameter(sentence, expected):
    assert measure_rows(sentence)[1] == expected


@pytest.mark.parametrize("sentence, expected", [
    # realestate_0086, realestate_0220, realestate_0146: shares of a price a bidder pays
    ("土地出让竞买保证金可据地块情况,采取出让总价30%、40%、50%等不同比例缴纳。",
     [("土地出让竞买保证金比例", "=", v, "%") for v in (30, 40, 50)]),
    ("竞买保证金按起拍价的20%缴纳;土地出让金可实行分期缴纳。", [("竞买保证金比例", "=", 20, "%")]),
    ("新出让国有土地的竞买保证金可按起始价20%缴纳。", [("竞买保证金比例", "=", 20, "%")]),
])
def test_a_share_paid_is_named_by_what_is_paid(sentence, expected):
    assert measure_rows(sentence) == ([], expected)


@pytest.mark.parametrize("sentence, expected", [
    # realestate_0218, realestate_0111: 新建 qualifies the flat, it is no commitment to build
    ("购买新建商品住房的1%购房补助,以及多孩家庭购房补助,可在完成合同网签备案手续后申请。", [("购房补助比例", "=", 1, "%")]),
    ("出售原自有住房,购买90平方米以上新建商品住房的0.5%购房补助,在取得不动产权证后方可申请。",
     [("购房补助比例", "=", 0.5, "%")]),
    ("购买新建商品房(不含二手房),受益财政给予购房者实际缴纳契税的50%补助。", [("契税补助比例", "=", 50, "%")]),
])
def test_a_commitment_word_qualifying_a_flat_makes_no_commitment(sentence, expected):
    assert measure_rows(sentence) == ([], expected)


@pytest.mark.parametrize("sentence, name, value", [
    # realestate_0020, realestate_0220: the multiple a loan is reckoned by, named with whose it is (…的倍数: owned_heads)
    ("住房公积金贷款金额不高于借款人(及配偶)住房公积金缴存余额合计的倍数提高到20倍。", "缴存余额合计倍数", 20),
    ("申请住房公积金贷款购买首套住房的中低收入家庭,贷款额度计算的倍数由10倍调整为15倍。", "住房公积金贷款额度计算倍数", 15),
])
def test_the_multiple_a_loan_is_reckoned_by_is_a_parameter(sentence, name, value):
    targets, parameters = measure_rows(sentence)
    assert targets == [] and [(n, v) for n, _, v, _ in parameters] == [(name, value)]


@pytest.mark.parametrize("sentence, value", [
    ("今年全国人均基本公共卫生服务经费标准提高到25元。", 25),  # gwr_0012
    ("今年新农合和城镇居民基本医疗保险财政补助标准由每人每年240元提高到280元,"
     "人均基本公共卫生服务经费标准由25元提高到30元。", 30),  # gwr_0014
])
def test_a_funding_standard_per_head_is_a_parameter(sentence, value):
    doc = run("一、工作\n" + sentence)
    assert [p.name for p in doc.parameters if p.value == value] == ["基本公共卫生服务经费标准"]


@pytest.mark.parametrize("sentence, value", [
    ("延续实施国际标准集装箱运输车辆通行费30%优惠政策。", 30),  # realestate_0066: a policy granted, not referred to
    ("对购买新建商品住房个人按已缴纳契税的100%给予财政补贴。", 100),  # realestate_0182: 已 in the base of a share
    ("二是提高公积金贷款额度与缴存余额挂钩倍数,由原先20倍提高至25倍;", 25),  # realestate_0053
])
def test_settings_near_policy_names_and_past_words_stay(sentence, value):
    assert [v for _, _, v, _ in measure_rows(sentence)[1]] == [value]


@pytest.mark.parametrize("sentence, expected", [
    # realestate_0072, realestate_0056: an amount per square metre written 元/m2 (NFKC of 元/m²)
    ("在6月1日—9月30日购买的,由财政部门给予300元/m2补贴,协调房地产开发企业再给予300元/m2补贴。",
     [(300, "元/m2"), (300, "元/m2")]),
    ("对符合政策生育二孩或三孩家庭,在县城规划区内购买新建商品住房的分别给予100元/m2、200元/m2的购房补贴。",
     [(100, "元/m2"), (200, "元/m2")]),
])
def test_an_amount_per_square_metre_keeps_its_unit(sentence, expected):
    assert [(v, u) for _, _, v, u in measure_rows(sentence)[1]] == expected


@pytest.mark.parametrize("sentence, expected", [
    # realestate_0056, realestate_0208: what is paid may be named at length before the share
    ("成交之日起一个月内缴纳土地使用权出让金50%,余款可按合同约定分期缴纳。", ("土地使用权出让金缴纳比例", "=", 50)),
    ("土地出让合同签订1个月内缴纳至土地出让价款50%以上,余款按土地出让合同约定缴纳。", ("土地出让价款缴纳比例", ">=", 50)),
])
def test_a_share_paid_of_a_long_named_price(sentence, expected):
    targets, parameters = measure_rows(sentence)
    assert targets == [] and [(n, c, v) for n, c, v, _ in parameters] == [expected]


@pytest.mark.parametrize("sentence, value", [
    ("对个人首次购买中心城区范围内新建商品住房的,凭新建商品住房备案合同,由受益财政承担购房补贴5万元。", 5),  # realestate_0124
    ("购买新建商品房(不含二手房),受益财政给予购房者实际缴纳契税的50%补助。", 50),  # realestate_0111
])
def test_the_benefiting_treasury_commits_to_nothing(sentence, value):
    targets, parameters = measure_rows(sentence)
    assert targets == [] and [v for _, _, v, _ in parameters] == [value]


@pytest.mark.parametrize("title, sentence, expected", [
    # extra shgov_0002 (a plan): 落实 puts a standard for new buildings in force
    ("关于印发《黄浦区可再生能源发展行动方案》的通知",
     "落实新建机关办公建筑和教育建筑屋顶安装太阳能光伏面积比例不低于50%,其他类型公共建筑屋顶安装太阳能光伏的面积比例不低于30%。",
     [(">=", 50), (">=", 30)]),
    # realestate_0163: 当前要落实好“…首付比例不低于25%;…”
    ("汕尾市促进房地产市场平稳健康发展若干措施",
     "当前要落实好“居民家庭首次购买普通住房的商业性个人住房贷款首付比例不低于25%;对拥有一套住房且相应购房贷款"
     "未结清的居民家庭,为改善居住条件购买普通住房再次申请商业性个人住房贷款首付比例不低于30%”政策。",
     [(">=", 25), (">=", 30)]),
])
def test_a_standard_put_in_force_is_a_parameter(title, sentence, expected):
    from pipeline.run import process_text
    doc = process_text(title + "\n一、主要任务\n" + sentence)
    assert doc.targets == [] and [(p.comparator, p.value) for p in doc.parameters] == expected


@pytest.mark.parametrize("title, sentence, expected", [
    # fourth plan_0027's sentence: 落实's object (a 理念, a 要求) closes with its clause, holding no number, so it puts
    # nothing in force; under a heading of goals the later clauses' standards are the plan's goals (outside one, the
    # standards for new builds are parameters: test_commitment's new-build test)
    ("北京市绿色低碳发展国民教育体系建设实施方案",
     "落实可再生能源优先理念和《北京市新增产业的禁止和限制目录》要求,新建校园应安装分布式光伏发电等太阳能系统,"
     "新建建筑屋顶光伏可安装面积覆盖率不低于50%,新建的耦合供热系统中新能源和可再生能源装机占比不低于60%。",
     [(">=", 50), (">=", 60)]),
    ("某区绿色建筑发展行动方案",
     "严格执行绿色建筑相关标准规范,新建公共建筑装配率不低于50%。", [(">=", 50)]),
])
def test_a_directive_closed_in_its_clause_puts_no_later_standard_in_force(title, sentence, expected):
    from pipeline.run import process_text
    doc = process_text(title + "\n一、主要目标\n" + sentence)
    assert doc.parameters == [] and [(t.comparator, t.value) for t in doc.targets] == expected


def test_a_plans_own_rate_without_a_standard_put_in_force_stays_a_target():
    from pipeline.run import process_text
    doc = process_text("关于印发《黄浦区可再生能源发展行动方案》的通知\n一、主要任务\n"
                       "新建交通设施建筑屋顶安装光伏面积不低于50%,新建道路全影形隔音棚实现光伏全覆盖。")  # shgov_0005
    assert [t.value for t in doc.targets] == [50] and doc.parameters == []


@pytest.mark.parametrize("sentence, value", [
    ("2019年1月1日之前的配建项目按配建面积每平米500元缴纳配建资金。", 500),  # realestate_0146
    ("本县农民进城购买新建商品住房,按规定退出宅基地的,由县财政按照每户400元每平方米予以补助。", 400),  # realestate_0101
    ("由财政按每套建筑面积最高不超过90平方米,每平方米给予150元补贴。", 150),  # realestate_0114
])
def test_money_per_square_metre_written_apart_is_in_yuan_per_square_metre(sentence, value):
    assert [(v, u) for _, _, v, u in measure_rows(sentence)[1] if v == value] == [(value, "元/平方米")]


def test_money_per_flat_keeps_its_unit():
    # realestate_0086
    assert [(v, u) for _, _, v, u in measure_rows("审核通过后,每套发放1.5万元购房补贴。")[1]] == [(1.5, "万元")]


@pytest.mark.parametrize("sentence, rows", [
    # realestate_0048 (two sentences): the standard of a grant, per member of a list of recipients, each named by its
    # member (docs/CONVENTIONS.md, tiers: the party before the name)
    ("购房补贴以货币形式一次性发放,发放标准按照全日制博士生10万元、全日制硕士生5万元、全日制本科生3万元、大中专生(含技工院校)2万元。",
     [("全日制博士生发放标准", 10), ("全日制硕士生发放标准", 5), ("全日制本科生发放标准", 3), ("大中专生发放标准", 2)]),
    ("在哈购买新建商品房时即可享受购房补贴,购房补贴以货币形式一次性发放,发放标准为1万元。", [("发放标准", 1)]),
])
def test_the_standard_of_a_grant_is_a_parameter_for_each_member(sentence, rows):
    targets, parameters = measure_rows(sentence)
    assert targets == [] and [(n, v) for n, _, v, _ in parameters] == rows


def test_money_for_each_member_of_a_list_named_by_its_closing_clause():
    # realestate_0145
    sentence = ("鼓励房地产开发企业按照博士或正高级职称8万元、副高级职称7万元、硕士6万元、中级职称或技师5万元、"
                "本科或初级职称或高级技工4万元、专科3万元、中级技工2万元,在购房时一次性优惠。")
    targets, parameters = measure_rows(sentence)
    assert targets == [] and [v for _, _, v, _ in parameters] == [8, 7, 6, 5, 4, 3, 2]
    # (each value named by its member before the name, docs/CONVENTIONS.md tiers, as the gold writes 博士或正高级职称购房优惠)
    assert [n for n, _, _, _ in parameters][:2] == ["博士或正高级职称购房时一次性优惠", "副高级职称购房时一次性优惠"]


@pytest.mark.parametrize("sentence, value", [
    ("住房公积金贷款个人最高贷款额度为100万元,夫妻双方合计最高贷款额度为150万元。", 150),  # realestate_0160
    ("全日制硕士、副高职称以上人才购买首套房申请住房公积金贷款,个人最高贷款额度60万元;夫妻双方合计最高贷款额度为90万元。", 90),
])
def test_what_joint_borrowers_may_borrow_together_is_a_setting(sentence, value):
    targets, parameters = measure_rows(sentence)
    assert targets == [] and [n for n, _, v, _ in parameters if v == value] == ["夫妻双方合计住房公积金贷款最高额度"]


def test_a_fine_as_a_range_of_multiples_of_a_base_is_no_tier():
    # third med_0015: 按非法所得的五至十倍 is reckoned on a base (not a tier as 按活动规模1万人以上 is)
    from pipeline.run import process_text
    doc = process_text("医疗用毒性药品管理办法\n第十一条 对违反本办法的规定的单位或者个人,由县以上卫生行政部门没收其全部毒性药品,"
                       "并处以警告或按非法所得的五至十倍罚款。")
    assert [(p.name, p.comparator, p.value, p.value_max, p.unit) for p in doc.parameters] == [("罚款", "range", 5, 10, "倍")]


@pytest.mark.parametrize("sentence, expected", [
    # realestate_0008 / realestate_0029, realestate_0083, realestate_0183, realestate_0066: spreads over the LPR
    ("首套住房商业性个人住房贷款利率政策下限按现行规定执行,二套住房商业性个人住房贷款利率政策下限调整为不低于相应期限贷款市场报价利率加20个基点。",
     [("二套住房商业性个人住房贷款利率政策下限(LPR加点)", ">=", 20)]),
    ("对于贷款购买普通住房的居民家庭,首套住房商业性个人住房贷款利率下限执行不低于相应期限贷款市场报价利率减20个基点。",
     [("首套住房商业性个人住房贷款利率下限(LPR减点)", ">=", 20)]),
    ("首套住房商业性个人住房贷款最低首付比例不低于30%,利率下限调整为不低于LPR减20个基点。",
     [("首套住房商业性个人住房贷款最低首付比例", ">=", 30), ("商业性个人住房贷款利率下限(LPR减点)", ">=", 20)]),
    ("贴息后借款利率不超过一年期贷款基础利率(LPR)加15个基点(BP)。", [("贴息后借款利率(LPR加点)", "<=", 15)]),
])
def test_a_spread_over_the_lpr_is_named_by_the_rate_it_sets(sentence, expected):
    assert [(n, c, v) for n, c, v, _ in measure_rows(sentence)[1]] == expected


@pytest.mark.parametrize("sentence, value", [
    ("由财政按每套建筑面积最高不超过90平方米,每平方米给予150元补贴;不足90平方米的,按实际面积计算。", 90),  # realestate_0114
    ("补贴面积按所购商品住房产权登记面积计算,最高不超过100平方米,补贴标准为200元/平方米。", 100),  # realestate_0116
])
def test_the_capped_area_a_grant_per_square_metre_is_reckoned_on_is_a_parameter(sentence, value):
    targets, parameters = measure_rows(sentence)
    assert targets == [] and [(n, c) for n, c, v, _ in parameters if v == value] == [("补贴面积", "<=")]


@pytest.mark.parametrize("sentence, expected", [
    # realestate_0086, realestate_0097: a share capped against a base written without 的
    ("对新市民、青年人申请住房公积金个人住房贷款的,在不超出所购房屋总价款80%的前提下,可额外获得15万元共富安居额度。",
     ("所购房屋总价款比例", "<=", 80)),
    ("新建商品住房网签价格下浮不低于备案价格85%。", ("新建商品住房网签价格下浮占备案价格比例", ">=", 85)),
])
def test_a_share_capped_against_a_base_without_de(sentence, expected):
    targets, parameters = measure_rows(sentence)
    assert targets == [] and [(n, c, v) for n, c, v, _ in parameters][0] == expected


@pytest.mark.parametrize("sentence, expected", [
    # realestate_0069, realestate_0083, realestate_0020: how many flats a household may own or buy
    ("2.新购房后,本地户籍两人及以上居民家庭在限购区域拥有自有产权住房总套数不超过3套。", [("<=", 3)]),
    ("在此基础上,二孩居民家庭总套数可增加1套,三孩及以上居民家庭总套数可增加2套。", [("=", 1), ("=", 2)]),
    ("居民家庭在本市住房限购区域内持有住房达到限购套数后,将其中1套住房出售的,可再购买1套住房,但家庭住房总套数不得超过2套。",
     [("=", 1), ("<=", 2)]),
    ("对生育二孩及以上的多子女家庭,可凭居民家庭户口簿等材料,商业银行在认定住房套数时核减1套。", [("=", 1)]),
])
def test_how_many_flats_a_household_may_own_or_buy_is_a_parameter(sentence, expected):
    targets, parameters = measure_rows(sentence)
    assert targets == [] and [(c, v) for n, c, v, _ in parameters] == expected
    assert all(n.endswith("套数") for n, _, _, _ in parameters)


def test_flats_a_measure_commits_to_stay_targets():
    # realestate_0123
    assert measure_rows("一季度,全市计划首批筹集房源500套。") == ([(500, "套")], [])


# ------------------------------------------------------------------ a ceiling or floor named 上限/下限
@pytest.mark.parametrize("sentence, expected", [
    # realestate_0030
    ("1.借款人夫妻双方建立住房公积金账户的,贷款金额上限由70万元提高至80万元;一方建立住房公积金账户的,"
     "贷款金额上限由40万元提高至50万元。",
     [("贷款金额上限", "=", 80, None, "万元"), ("贷款金额上限", "=", 50, None, "万元")]),
    # realestate_0211
    ("缴存人租房提取上限提高至1500元/月。", [("缴存人租房提取上限", "=", 1500, None, "元/月")]),
    # realestate_0054
    ("将住宅飘窗、阳台以及非公共活动空间的水平投影面积上限提升至该套住宅套型建筑面积的25%,提高购房户得房率。",
     [("水平投影面积上限", "=", 25, None, "%")]),
    # gwr_0018
    ("扩大小微企业享受减半征收所得税优惠的范围,年应纳税所得额上限由30万元提高到50万元。",
     [("年应纳税所得额上限", "=", 50, None, "万元")]),
])
def test_a_ceiling_named_by_its_own_word_is_a_parameter(sentence, expected):
    assert params(sentence) == expected


# ------------------------------------------------------------------ 保障性住房 names housing, commits to nothing
@pytest.mark.parametrize("sentence, expected", [
    # realestate_0211
    ("对购买列入昌吉州住建部门“白名单”、保交房项目的缴存人,昌吉中心可发放住房公积金贷款,并下调保障性住房贷款首付款比例为15%。",
     [("保障性住房公积金贷款首付款比例", "=", 15, None, "%")]),
    # realestate_0148
    ("购买保障性住房的,最低首付款比例为15%。", [("最低首付款比例", "=", 15, None, "%")]),
])
def test_affordable_housing_in_a_name_is_no_commitment(sentence, expected):
    assert params(sentence) == expected


# ------------------------------------------------------------------ the verb that changes a rate is no part of its name
# (it names the change after it: docs/CONVENTIONS.md, eighteenth session, as realestate_0148's and 0119's golds write it)
@pytest.mark.parametrize("sentence, name", [
    ("自2024年5月18日起,下调个人住房公积金贷款利率0.25个百分点。", "个人住房公积金贷款利率下调幅度"),  # realestate_0075
    ("下调各期限品种住房公积金贷款利率0.25个百分点。", "各期限品种住房公积金贷款利率下调幅度"),  # realestate_0012
])
def test_a_change_verb_before_the_name_is_left_out(sentence, name):
    assert [p.name for p in run(sentence).parameters] == [name]


# ------------------------------------------------------------------ the base of a multiple, as of a share
@pytest.mark.parametrize("sentence, expected", [
    # realestate_0211
    ("职工首次贷款额度提高至夫妻双方住房公积金账户余额之和的25倍、二次贷款提高至15倍。",
     [("职工首次贷款额度", "=", 25, None, "倍"), ("职工二次贷款额度", "=", 15, None, "倍")]),
    # realestate_0207
    ("购买本地新建商品住房的缴存职工,住房公积金最高贷款额度由购房家庭公积金账户余额的15倍提高至20倍。",
     [("住房公积金最高贷款额度", "=", 20, None, "倍")]),
])
def test_the_base_of_a_multiple_stands_between_name_and_number(sentence, expected):
    assert params(sentence) == expected


# ------------------------------------------------------------------ a share of the land price paid by stages
@pytest.mark.parametrize("sentence, expected", [
    # realestate_0168
    ("对于分期缴纳土地出让价款的房地产项目,签订土地出让合同并在一个月内缴纳50%出让价款后,允许受让人凭土地出让合同"
     "办理工程建设有关手续,一年内付清剩余50%的出让价款后,办理土地不动产权证书。",
     [("出让价款缴纳比例", "=", 50, None, "%"), ("出让价款缴纳比例", "=", 50, None, "%")]),
    # realestate_0207
    ("房地产开发企业在完成首期50%土地出让金付款后,即可办理立项备案、规划用地许可、规划工程许可、施工许可,确保及时开工。",
     [("土地出让金首期缴纳比例", "=", 50, None, "%")]),
    # realestate_0080
    ("开发企业凭《成交确认书》《国有建设用地使用权出让合同》等土地权属证明及已缴纳不低于50%的土地出让价款票据可先行办理"
     "项目《建设用地规划许可证》。", [("土地出让价款缴纳比例", ">=", 50, None, "%")]),
    # realestate_0054
    ("房地产开发企业签订《国有建设用地使用权出让合同》并缴纳50%出让价款后,分宗办理建设用地使用权登记。",
     [("出让价款缴纳比例", "=", 50, None, "%")]),
])
def test_a_share_of_the_land_price_paid_by_stages_is_a_parameter(sentence, expected):
    assert params(sentence) == expected


# ------------------------------------------------------------------ a share paid out (支付比例) is a setting
@pytest.mark.parametrize("sentence, expected", [
    # realestate_0106
    ("购房补贴分5年支付,每年支付比例为20%。", [("每年支付比例", "=", 20, None, "%")]),
    # med_0014
    ("原则上,跨省异地转诊人员和异地急诊 抢救人员支付比例降幅在10个百分点左右,非急诊且未转诊的其他跨 省临时外出就医人员"
     "支付比例的降幅在20个百分点左右,相关政策调 整须提前报省级医疗保障部门。",
     [("跨省异地转诊人员和异地急诊抢救人员支付比例降幅", "~", 10, None, "个百分点"),
      ("其他跨省临时外出就医人员支付比例降幅", "~", 20, None, "个百分点")]),
    # realestate_0077
    ("出让国有建设用地使用权,首次支付比例不得低于全部出让价款的30%,其余价款按合同约定缴纳。",
     [("首次支付比例占全部出让价款比例", ">=", 30, None, "%")]),
])
def test_a_share_paid_out_is_a_parameter(sentence, expected):
    assert params(sentence) == expected


# ------------------------------------------------------------------ a share a project must reach before a permit
@pytest.mark.parametrize("sentence, expected", [
    # realestate_0227
    ("调整商品房预售许可形象进度要求,2022年6月1日至2022年12月31日期间申请预售许可的商品房项目,按照项目投入开发建设的"
     "资金达到工程建设总投资的25%且形象进度达到正负零以上的标准批准预售许可。",
     [("资金占工程建设总投资比例", ">=", 25, None, "%")]),
    # realestate_0029
    ("房地产开发公司在取得商品房预售许可证后即可办理住房公积金准入备案,房地产开发项目完成楼房主体地上总层数的70%"
     "即可办理期房预抵押手续。", [("房地产开发项目占楼房主体地上总层数比例", ">=", 70, None, "%")]),
])
def test_a_share_reached_before_a_permit_is_a_standard(sentence, expected):
    assert params(sentence) == expected



# ------------------------------------------------------------------ shares of a grant, a risk borne, a fund released
@pytest.mark.parametrize("sentence, name, expected", [
    # shgov_0072: the shares of a reward by project type (分别: one per member)
    ("对考核结果为“优秀”的区,市级净增建设用地计划奖励支持市政公益项目、产业项目和经营性项目的比例分别为100%、60%和30%。",
     ["市级净增建设用地计划奖励支持市政公益项目的比例", "产业项目的比例", "经营性项目的比例"], [(100, "="), (60, "="), (30, "=")]),
    # govcn_0056: the share of a risk a party bears; 均 gives it to each of the parties that bear it (params52, as gold)
    ("原则上国家融资担保基金和银行业金融机构承担的风险责任比例均不低于20%,省级担保、再担保基金(机构)承担的风险责任比例不低于国家融资担保基金承担的比例。",
     ["国家融资担保基金承担的风险责任比例", "银行业金融机构承担的风险责任比例"], [(20, ">="), (20, ">=")]),
])
def test_a_share_of_a_grant_or_of_a_risk_borne_is_a_setting(sentence, name, expected):
    targets, _ = values(sentence)
    assert targets == []
    names = name if isinstance(name, list) else [name] * len(expected)
    assert [(n, v, c) for n, c, v, _, _ in params(sentence)] == [(n, v, c) for n, (v, c) in zip(names, expected)]


@pytest.mark.parametrize("sentence, expected", [
    # realestate_0088: the shares of the supervised fund released at each stage of the works
    ("工程施工至首层室内地坪标高时拨付监管重点资金的20%;完成外立面装饰拨付重点监管资金的85%;完成竣工验收备案后资金拨付比例由90%提高至95%。",
     [("监管重点资金拨付比例", 20), ("重点监管资金拨付比例", 85), ("完成竣工验收备案后资金拨付比例", 95)]),
    # 莆田 (2022): 完成综合竣工验收备案,可申请支取监管额度的100%
    ("完成综合竣工验收备案,可申请支取监管额度的100%。", [("监管额度支取比例", 100)]),
    # realestate_0230: a stage opened by 取得…后 keeps the setting a setting
    ("取得预售许可后一个月累计可拨付比例调整至60%;结构封顶累计可拨付调整至70%。", [("拨付比例", 60), ("拨付比例", 70)]),
])
def test_a_share_of_a_fund_released_at_a_stage_is_a_setting(sentence, expected):
    targets, _ = values(sentence)
    assert targets == []
    assert [(n, v) for n, _, v, _, _ in params(sentence)] == expected


def test_a_share_of_a_grant_the_plan_commits_to_is_no_setting():
    # a commitment word in the share's clause (力争…达到): govcn_0055-like plan goal
    targets, parameters = values("到2025年,力争补贴资金惠及农户的比例达到80%。")
    assert parameters == []


# ------------------------------------------------------------------ settings of a notice that states no goals
def notice(title: str, body: str) -> Document:
    from pipeline.run import process_text
    return process_text(f"{title}\n{body}")


@pytest.mark.parametrize("title, body, expected", [
    # shgov_0038: bounds laid on land sales by area, in a notice (通知) that states no goals
    ("关于优化本市新出让商品住房用地套型供应结构的通知",
     "二、优化新出让商品住房用地中小套型住房供应比例。原则上,中外环间区域不低于70%,中环以内区域不低于60%。",
     [("中外环间区域比例", ">=", 70), ("中环以内区域比例", ">=", 60)]),
    # shgov_0032: a size laid on builders (应 … 不应布置在地下四层及以下)
    ("关于印发本市充电设施建设技术导则的通知",
     "三、位置要求。无地面开放空间的,应尽量选择在停车库入口的同一楼层进行安装,不应布置在地下四层及以下。",
     [("不应布置在地下", "<=", 4)]),
])
def test_a_bound_laid_on_others_in_a_notice_stating_no_goals_is_a_setting(title, body, expected):
    doc = notice(title, body)
    assert doc.targets == []
    assert [(p.name, p.comparator, p.value) for p in doc.parameters] == expected


def test_the_same_bound_in_a_plan_stays_a_target():
    doc = notice("关于印发本市住房发展规划的通知", "二、主要目标。原则上,中外环间区域不低于70%,中环以内区域不低于60%。")
    assert [t.value for t in doc.targets] == [70, 60] and doc.parameters == []


def test_a_standard_the_notice_changes_is_a_setting():
    # shgov_0038: each member of the list (分别) names its value with the standard's name
    doc = notice("关于优化本市新出让商品住房用地套型供应结构的通知",
                 "一、优化新出让商品住房用地中小套型住房建筑面积标准。本市多层、小高层、高层建筑的商品住房中小套型住房建筑面积标准"
                 "分别调整为100平方米、110平方米、120平方米。")
    assert doc.targets == []
    assert [(p.name, p.value, p.unit) for p in doc.parameters] == [
        (member + "建筑的商品住房中小套型住房建筑面积标准", v, "平方米") for member, v in (("多层", 100), ("小高层", 110), ("高层", 120))]


def test_shares_set_by_a_setting_word_before_them_are_named_by_their_nouns():
    # shgov_0038 (配建, the setting word of 配建公租房比例由5%降至1%, realestate notices)
    doc = notice("关于优化本市新出让商品住房用地套型供应结构的通知",
                 "二、优化供应比例。继续将新建各类商品住房用地中配建的5%保障房和15%自持租赁房等纳入商品住房用地套型结构统筹范围。")
    assert doc.targets == []
    assert [(p.name, p.value) for p in doc.parameters] == [("保障房配建比例", 5), ("自持租赁房配建比例", 15)]


@pytest.mark.parametrize("year, sentence, expected", [
    # gwr_0012: a rise of a state purchase price per 50 kg, a range written with 到
    (2011, "继续实施粮食最低收购价政策,今年小麦最低收购价每50公斤提高5到7元,水稻最低收购价每50公斤提高9到23元。",
     [("小麦最低收购价", "range", 5, 7, "元/50公斤"), ("水稻最低收购价", "range", 9, 23, "元/50公斤")]),
    # gwr_0013: 平均每50公斤 between the name and the values; 分别 gives each crop its value, and the measure
    # both are set per
    (2012, "继续提高粮食最低收购价,今年小麦、稻谷最低收购价平均每50公斤分别提高7.4元和16元。",
     [("小麦最低收购价", "=", 7.4, None, "元/50公斤"), ("稻谷最低收购价", "=", 16, None, "元/50公斤")]),
])
def test_a_purchase_price_the_state_sets_is_a_setting(year, sentence, expected):
    doc = notice(f"{year}年政府工作报告", f"三、{year}年主要任务\n{sentence}")
    assert doc.targets == []
    assert [(p.name, p.comparator, p.value, p.value_max, p.unit) for p in doc.parameters] == expected


# ------------------------------------------------------------------ amounts beside a grant
@pytest.mark.parametrize("sentence, value", [
    # plan_0024 (a trade-in plan): a part of the grant per bus, a cap per project, a cap per system
    ("更新新能源城市公交车每辆补助30万元,其中超长期特别国债资金7.6万元,其余部分由省级以旧换新配套资金予以支持。", 7.6),
    ("超长期特别国债资金支持比例不超过项目批复固定资产投资的15%,省级资金额外再给予不超过5%的配套支持,"
     "单体项目省级配套资金不超过1000万元。", 1000),
    ("更新行李系统设备每台套按照购置金额50%予以补助,国产行李处理系统不超过1000万元。", 1000),
    # plan_0029: a cap per project after a share granted
    ("对规模以上的家电等消费类展会和活动的场地租赁、宣传推广等保障性支出给予不超过实际支出50%的资金奖励,"
     "单个项目支持不超过50万元。", 50),
])
def test_money_beside_a_grant_in_a_plan_is_part_of_the_grant(sentence, value):
    targets, parameters = values(sentence)
    assert value in parameters and value not in targets


@pytest.mark.parametrize("sentence, target", [
    # realestate_0040: a count the plan delivers, beside a reward
    ("每年引入俄罗斯等国外高质量演出20场以上,对其中采取商业化运营的,按照售票收入的5%奖励。", 20),
    # gwr_0007: the scope of a pilot and the government's own spending, beside a subsidy standard
    ("加快推进新型农村合作医疗制度建设,今年把试点的范围扩大到全国40%的县,中央和地方财政对参加合作医疗农民的补助"
     "标准由20元提高到40元,中央财政为此将增加支出42亿元。", 42),
    ("加快推进新型农村合作医疗制度建设,今年把试点的范围扩大到全国40%的县,中央和地方财政对参加合作医疗农民的补助"
     "标准由20元提高到40元,中央财政为此将增加支出42亿元。", 40),
])
def test_a_goal_beside_a_grant_stays_a_target(sentence, target):
    assert target in values(sentence)[0]


# ------------------------------------------------------------------ bands
@pytest.mark.parametrize("sentence, band", [
    # plan_0024
    ("在青海省内购买新乘用车的个人消费者(含燃油车、新能源车),购车价5万元(含)至10万元(不含)新车,一次性补贴3000元;"
     "10万元(含)至20万元(不含)新车,一次性补贴4000元;20万元(含)以上新车,一次性补贴5000元。", [5, 10, 20]),
    # realestate_0156
    ("(二)购买新建商品住房建筑面积90平方米(含)至144平方米(不含)以下的,发放价值15000元消费券。", [90, 144]),
    # realestate_0064
    ("按规定分别给予房地产开发企业资金奖补:3万(含)至4万(不含)平方米的奖补100万元,4万(含)至5万(不含)平方米的奖补200万元。",
     [3, 4, 5]),
])
def test_the_ends_of_a_band_say_who_is_granted(sentence, band):
    targets, parameters = values(sentence)
    assert targets + parameters and not set(band) & set(targets + parameters)


@pytest.mark.parametrize("sentence, share", [
    # plan_0017: the share a grant verb gives, the project's words (实施, 建设, 投入的) between
    ("支持建设省级数字经济园区,对园区实施的数字基础设施、公共服务平台等项目给予建设总投入的30%以内、最高不超过1000万元补助,"
     "打造优质产业发展软环境。", 30),
    ("聚焦增强城市安全韧性,推动城市治理智慧化精细化,支持设区市建设集约统一、数据融合、高效协同的城市共性数字底座,"
     "给予项目建设总投入的30%以内、最高不超过2000万元补助,到2028年实现市级底座全覆盖。", 30),
    # realestate_0133: the share given before the grant's name
    ("对县级人才工程支持的人员、劳模,县级财政给予购房总价款的10%的购房补贴,最高不超过3万元。", 10),
])
def test_the_share_a_grant_verb_gives_is_a_parameter(sentence, share):
    targets, parameters = values(sentence)
    assert share in parameters and share not in targets


# ------------------------------------------------------------------ the share of a grant
@pytest.mark.parametrize("sentence, expected", [
    # plan_0017: a share of a base granted, capped, the grant named after the cap
    ("对数据集聚质量高、应用场景突出的示范项目,给予项目建设总投入的30%以内、最高不超过500万元补助。",
     [("示范项目补助比例", "<=", 30, None, "%"), ("示范项目补助", "<=", 500, None, "万元")]),
    ("对园区实施的数字基础设施、公共服务平台等项目给予建设总投入的30%以内、最高不超过1000万元补助,打造优质产业发展软环境。",
     [("补助比例", "<=", 30, None, "%"), ("补助", "<=", 1000, None, "万元")]),
    # realestate_0133: the share named right after it, then a cap on the grant (not on its share)
    ("对县级人才工程支持的人员、劳模,给予购房总价款的10%的购房补贴,最高不超过3万元。",
     [("县级人才工程支持人员、劳模购房补贴比例", "=", 10, None, "%"), ("县级人才工程支持人员、劳模购房补贴", "<=", 3, None, "万元")]),
    # realestate_0111: the base names who pays
    ("给予购房者实际缴纳契税的50%补助。", [("契税补助比例", "=", 50, None, "%")]),
    # plan_0024: a share reckoned by 按照, the grant after it
    ("更新改造航管监视雷达按照购置价格的50%予以补助,每台套补助资金不超过600万元。",
     [("补助比例", "=", 50, None, "%"), ("每台套补助资金", "<=", 600, None, "万元")]),
])
def test_a_share_of_a_grant_is_named_grant_and_ratio(sentence, expected):
    assert params(sentence) == expected


def test_a_base_before_a_share_granted_holds_no_commitment():
    # plan_0017: 投入 in the base (建设总投入) is no commitment of the plan
    targets, parameters = values("支持设区市建设城市共性数字底座,给予项目建设总投入的30%以内、最高不超过2000万元补助,到2028年实现市级底座全覆盖。")
    assert 30 in parameters and 30 not in targets


@pytest.mark.parametrize("sentence, name", [
    # realestate_0020, realestate_0064: 在…的基础上上浮 — 基础上 belongs to the sentence
    # (named by what changes: renamed in parameter_changes._changed_on_base)
    ("生育二孩的住房公积金缴存职工家庭购买首套住房的,住房公积金贷款额度在西双版纳州最高贷款限额的基础上上浮10%。", "住房公积金贷款额度上浮比例"),
    ("对选择领取购房券的,购房券金额在领取现金金额的基础上上浮25%,所需资金由原渠道解决。", "购房券金额上浮比例"),
    # realestate_0149: 可按…占…比例
    ("开发项目取得五方竣工验收证明并已具备交付条件、还未办理竣工验收备案的,可按监管账户留存余额不低于重点监管资金总额15%的比例拨付预售资金。",
     "监管账户留存余额占重点监管资金总额比例"),
    # realestate_0054: 在…的前提下
    ("在土地竞买保证金不低于土地出让最低价的20%的前提下,适当下调土地竞买保证金缴纳比例。", "土地竞买保证金占土地出让最低价比例"),
    # realestate_0034: 提高 is the change, not the name (but names the change after it: 提高额)
    ("生育二孩、 三孩的家庭分别提高住房公积金 最高贷款额度 10 万元、20 万元。", "住房公积金最高贷款额度提高额"),
])
def test_a_name_begins_with_no_word_of_the_sentence(sentence, name):
    assert [p[0] for p in params(sentence)][0] == name


@pytest.mark.parametrize("sentence, name", [
    # 按<base>的N%<verb><what>: the share is of the base, the parameter is what the verb sets (parameter_changes._set_on_base)
    ("项目竣工验收前,监管账户内的资金按项目销售总金额的10%计算留存;", "留存比例"),  # realestate_0204
    ("经济开发区规划区范围内出让的开发建设用地,按起始价的20%确定竞买保证金,保证金可用银行保函。", "竞买保证金比例"),  # realestate_0056
    ("对地方法人金融机构按普惠小微贷款增量的2%给予激励资金。", "激励资金比例"),  # realestate_0066
    ("逾期超过2年的按国有建设用地使用权出让价款总额的20%计收违约金,如实际逾期期限不足1年的按1年计算。", "违约金比例"),  # realestate_0153
    ("在我区购买新建商品住房的,按合同总价的1%发放购房补助,以办理合同网签备案时间为准。", "购房补助比例"),  # realestate_0218
    # a grant already named keeps its name (and its qualifier)
    ("购买新建商品住房的,购房人可按实际缴纳契税的50%申请补贴。", "契税补贴比例"),  # realestate_0091
    ("取得契税完税凭证的,县财政按缴纳契税税款比例的20%给予补贴。", "契税补贴比例"),  # realestate_0133
    ("对购买新建商品住房个人按已缴纳契税的100%给予财政补贴。", "财政补贴比例"),  # realestate_0182
    ("对二手车出口企业在物流、仓储等方面发生的费用,按照不超过费用的50%给予补助,单户企业每年补贴上限为50万元。",
     "二手车出口企业补助比例"),  # fourth plan_0029
])
def test_a_share_of_a_base_is_named_by_what_its_verb_sets(sentence, name):
    assert params(sentence)[0][0] == name


# ------------------------------------------------------------------ a bracket opened before the name
@pytest.mark.parametrize("sentence, expected", [
    # doc_0006 (fifth): the yearly instalments of a grant, in brackets after it
    ("对新增并纳入统计口径的规模以上服务业企业,给予企业10万元奖励(第一年奖励5万元,第二年奖励3万元,第三年奖励2万元)。",
     [("规模以上服务业企业奖励", 10), ("第一年奖励", 5), ("第二年奖励", 3), ("第三年奖励", 2)]),
    # realestate_0053: a cap in brackets after the grant
    ("在普格县购买首套住房的,单户按建筑面积给予200元/平方米的补贴(补贴最高不超过2万元)。", [("补贴", 200), ("补贴", 2)]),
    # realestate_0174: a share in brackets after the grant
    ("对在本区购买新建商品住宅并完成网签,且在网签日前后1年内出售个人名下本区二手住宅的给予补贴(补贴金额按所购新建"
     "商品住宅贷款总额的1%,单套房屋最高补贴2万元)。", [("补贴金额比例", 1), ("单套房屋最高补贴", 2)]),
])
def test_a_name_starts_inside_the_bracket_it_stands_in(sentence, expected):
    assert [(name, value) for name, _, value, _, _ in params(sentence)] == expected


# ------------------------------------------------------------------ support closing a clause
@pytest.mark.parametrize("sentence, expected", [
    # doc_0003 (fifth), three measures
    ("对上述医药品种剂型引进,投产达效后,视其市场发展前景和大健康产业发展带动作用,给予企业引进成本不低于10%的资金支持。",
     [("资金支持比例", ">=", 10, None, "%")]),
    ("为支持企业发展,设立政策扶持过渡期,对医药企业测算实际增加负担部分,给予医药企业2年50%的资金支持。",
     [("资金支持比例", "=", 50, None, "%")]),
    # doc_0003 (fifth): 奖励支持 closing its clause
    ("依据项目具体情况,按项目固定资产实际投资额度给企业5%-20%奖励支持,奖励支持按项目投资进度分期拨付。",
     [("奖励比例", "range", 5, 20, "%")]),
])
def test_support_closing_a_clause_names_a_grant(sentence, expected):
    assert params(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "中央安排30亿元国债资金支持中西部乡镇卫生院建设。",  # gwr_0006/0007: 支持 governing its object is a verb
    "今年中央财政安排109亿元资金支持再就业。",
])
def test_money_that_supports_a_named_cause_is_no_grant(sentence):
    targets, parameters = values(sentence)
    assert parameters == [] and len(targets) == 1


def test_an_amount_per_gross_ton_keeps_its_measure():
    # plan_0024 (fourth): ship scrapping grants per gross ton
    assert params("只报废老旧营运船舶的,按1000元/总吨予以补贴;报废老旧营运船舶并新建燃油动力营运船舶的,按1500元/总吨予以补贴。") \
        == [("补贴", "=", 1000, None, "元/总吨"), ("补贴", "=", 1500, None, "元/总吨")]


# ------------------------------------------------------------------ points of a scoring scheme
@pytest.mark.parametrize("sentence, expected", [
    # realestate_0080: points added to a developer's credit score
    ("在同批次开发项目中实现新建商品住房交房即交证达到首批次集中交付30%以上的,给予开发企业信用分值加5分。",
     [("开发企业信用分值加分", "=", 5, None, "分")]),
    # doc_0002 (fifth): points earned each year and the cap named by its score
    ("对上海市居住证持证人在临港地区工作并居住的,可予以专项加分,即每满1年积2分,满5年后开始计入总积分,最高分值为20分。",
     [("每满1年加分", "=", 2, None, "分"), ("最高分值", "=", 20, None, "分")]),
    ("对发生一般安全事故的企业,每次扣5分。", [("每次扣分", "=", 5, None, "分")]),
    # realestate_0056: the points written before the award they make
    ("对实现项目“交房即交证”的开发企业,在商品房销售信用考核中按项目给予企业10分的加分奖励。",
     [("企业加分", "=", 10, None, "分")]),
    # lawref_0015: 十分 after a score is named is ten points, and the score names them
    ("归侨、侨眷考生报考非义务教育的各级各类学校,考试分数给予增加十分照顾。",
     [("考试分数加分", "=", 10, None, "分")]),
])
def test_points_a_scoring_scheme_adds_or_takes_off_are_settings(sentence, expected):
    assert params(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "经占建筑面积三分之二以上的业主同意。",  # a fraction
    "这项改革推进起来增加十分困难。",  # 十分: very
    # gwr_0011: cents of a price (money in 元: test_cents_and_dimes_said_with_qian_are_money)
    "早籼稻、中晚籼稻、粳稻每斤分别提高3分、5分和1毛钱,小麦每斤提高3分钱。",
    "收购价每斤增加3分钱。",  # a cent, not a point
])
def test_fen_elsewhere_is_no_point(sentence):
    doc = run(sentence)
    assert [row for row in [*doc.targets, *doc.parameters] if row.unit == "分"] == []


@pytest.mark.parametrize("text, expected", [
    ("3分钱", [(0.03, "3分钱")]),
    ("五毛钱", [(0.5, "五毛钱")]),
    # gwr_0011: a list closed by 钱 is money in each member
    ("每斤分别提高3分、5分和1毛钱", [(0.03, "3分"), (0.05, "5分"), (0.1, "1毛钱")]),
    ("考试分数给予增加十分照顾", []),  # no 钱: points (test_points_a_scoring_scheme_adds_or_takes_off_are_settings)
])
def test_cents_and_dimes_said_with_qian_are_money(text, expected):
    """分钱 and 毛钱 are money, in 元 as 二角六分 is (docs/CONVENTIONS.md)."""
    assert [(q.value, text[q.start:q.end]) for q in find_quantities(text) if q.unit == "元"] == expected


def test_a_change_for_members_takes_what_the_clause_before_changes():
    """gwr_0011: 提高粮食最低收购价, then the change per 斤 for each grain: the change of the price the earlier clause names
    with the same verb (<name>提高额, docs/CONVENTIONS.md), money per 斤. The names are checked only for the price they
    change: the gold names each grain (早籼稻最低收购价提高额…), which the pipeline does not yet (a known gap)."""
    rows = params("进一步提高粮食最低收购价,早籼稻、中晚籼稻、粳稻每斤分别提高3分、5分和1毛钱,小麦每斤提高3分钱,"
                  "继续实施重要农产品临时收储政策,让农民得到更多实惠。")
    assert [row[1:] for row in rows] == [("=", v, None, "元/斤") for v in (0.03, 0.05, 0.1, 0.03)]
    assert all("最低收购价提高额" in row[0] for row in rows)


@pytest.mark.parametrize("sentence", [
    # doc_0013 (fifth): an average over all schemes after the rate's name
    "到2015年,城镇职工、城镇居民医保和新农合在政策范围内住院医疗费用支付比例总体平均达到75%左右。",
    # the same adverb before the name (the rule aggregate_words already read)
    "到2025年,担保业务平均费率不超过1.5%。",
    # govcn_0043, gwr_0025: the other phrasings of the development notices agree (an outcome over all)
    "到2025年,全国农作物耕种收综合机械化率达到75%,设施农业、畜牧养殖、水产养殖和农产品初加工机械化率总体达到50%左右。",
    "城镇新增就业1256万人、城镇调查失业率平均为5.1%。",
])
def test_a_rate_averaged_over_all_is_an_outcome(sentence):
    targets, parameters = values(sentence)
    assert parameters == [] and targets


def test_a_total_capping_one_projects_grant_stays_a_setting():
    # realestate_0040: 总额 names one project's total, not an outcome over all
    assert params("给予项目贷款贴息,同一单位同一项目贴息总额不超过800万元。")[-1][1:] == ("<=", 800, None, "万元")


@pytest.mark.parametrize("sentence, kind", [
    # doc_0003 (fifth): a fund after the head (风险补偿铺底资金) is what the goal measures
    ("用3年时间,使县级“助保金池”风险补偿铺底资金达到1千万以上,为中小微企业提供1亿元以上的增信担保。", "target"),
    # plan_0018 (fourth): a budget line after a grant word (补贴资金1亿元) is the government's own money
    ("开展2024年汽车“以旧换新”及购车补贴活动,财政补贴资金1亿元。", "target"),
    # plan_0024 (fourth): a cap per unit stays a setting
    ("更新改造航管监视雷达按照购置价格的50%予以补助,每台套补助资金不超过600万元。", "parameter"),
])
def test_a_fund_after_a_grant_word_names_the_governments_money(sentence, kind):
    targets, parameters = values(sentence)
    if kind == "target":
        assert parameters == [] and targets
    else:
        assert 600 in parameters


@pytest.mark.parametrize("sentence", [
    # shgov_0039: a floor on the share of the year's planned task done one way
    "各街镇(管委会)以“拆除还地”和“清退没收”方式整治的面积应不低于年度计划任务量的60%。",
    # shgov_0045: shares of the task total done by each quarter (a commitment word reads it already)
    "全市减量化任务总量不低于15平方公里,按季度应分别累计完成任务总量的20%、50%、75%和100%。",
])
def test_a_share_of_the_plans_own_task_is_progress_on_it_a_target(sentence):
    targets, parameters = values(sentence)
    assert parameters == [] and targets


# ------------------------------------------------------------------ a standard named before a colon
@pytest.mark.parametrize("sentence, name, expected", [
    # sixth doc_0001: a loss allowance and its values by storage period (累计 sums the periods; each period a tier named
    # by its case, as the reader writes 原粮保管自然损耗定额(储存6个月以内))
    ("第二十八条 市级储备粮保管自然损耗定额为:原粮:储存6个月以内的,不超过0.1%;储存6个月以上12个月以内的,不超过0.15%;"
     "储存12个月以上的,累计不超过0.2%(不得按年叠加);食用植物油:储存6个月以内的,不超过0.08%。",
     "市级储备粮保管自然损耗定额", [("<=", 0.1, "储存6个月以内"), ("<=", 0.15, "储存6个月以上12个月以内"), ("<=", 0.2, "储存12个月以上"),
                                    ("<=", 0.08, "储存6个月以内")]),
    # extra shgov_0019: a rent subsidy by district, after the households it is for
    ("人均年可支配收入在33600元(不含33600元)至42000元(含42000元)间的3人及以上家庭,每月每平方米居住面积租金补贴标准是:"
     "黄浦区、徐汇区为110元,闵行区、宝山区为85元,金山区、奉贤区、崇明区为55元。",
     "居住面积租金补贴标准", [("=", 110), ("=", 85), ("=", 55)]),
])
def test_values_listed_after_a_standard_named_before_a_colon_are_that_standard(sentence, name, expected):
    doc = run(sentence)
    assert not {t.value for t in doc.targets} & {e[1] for e in expected}
    assert [(p.name, p.comparator, p.value) for p in doc.parameters] == [(case + name, c, v) for c, v, *tier in expected
                                                                          for case in [tier[0] if tier else ""]]


def test_a_goal_listed_after_a_standard_stays_a_target():
    assert values("到2025年,工作标准为:城乡居民医保参保率达到95%以上。") == ([95], [])


# ------------------------------------------------------------------ a share a notice of measures changes
def in_measures(sentence: str) -> Document:
    text = sentence
    doc = Document(source_file="t", text=text, body_start=0, body_end=len(text), issue_date=ISSUED,
                   title="关于促进房地产市场平稳健康发展的若干措施")
    doc.deadlines = parse_deadlines(text, 0, len(text), ISSUED)
    extract_targets(doc)
    return doc


@pytest.mark.parametrize("sentence, value, comparator", [
    # realestate_0211, realestate_0020, realestate_0066
    ("职工家庭月还贷本息占家庭月收入的比例提高至60%。", 60, "="),
    ("对于金融机构发放符合要求的贷款,人民银行向金融机构发放保障性住房再贷款的比例从贷款本金的60%提升到100%。", 100, "="),
    ("延续实施政府采购工程面向中小企业的预留份额阶段性提高至40%以上的政策。", 40, ">="),
])
def test_a_share_a_notice_of_measures_changes_is_a_parameter(sentence, value, comparator):
    doc = in_measures(sentence)
    assert doc.targets == [] and [(p.value, p.comparator) for p in doc.parameters] == [(value, comparator)]


def test_a_share_the_notice_strives_for_stays_a_target():
    for sentence in ("力争到2025年,绿色建筑占新建建筑的比例提高到70%。", "确保绿色建筑占新建建筑的比例提高到70%。"):
        doc = in_measures(sentence)
        assert [t.value for t in doc.targets] == [70] and doc.parameters == []


def test_a_bound_inside_a_bracket_glossing_a_value_bounds_no_later_one():
    # realestate_0054
    assert params("措施有效期内卖旧房、买新房的居民,给予新房合同价款0.5%(新房面积小于旧房)或1%(新房面积大于旧房)的购房补贴。") == [
        ("购房补贴比例", "=", 0.5, None, "%"), ("购房补贴比例", "=", 1, None, "%")]


# ------------------------------------------------------------------ 不得 before a comparison
@pytest.mark.parametrize("sentence, value, comparator", [
    # lawref_0009, shgov_0083, realestate_0074: 不得大于 is at most (not 大于 alone: more than)
    ("(二)平原农田林网建设:网格面积不得大于400亩,林网化率90%以上;", 400, "<="),
    ("八、乘客所携带的物品重量不得超过30千克,体积不得大于0.2立方米。", 0.2, "<="),
    # realestate_0168: 不得小于 is at least
    ("住宅建筑利用首层架空层空间,结构楼板层高不得小于4.5米。", 4.5, ">="),
])
def test_a_comparison_after_bude_is_the_opposite_bound(sentence, value, comparator):
    doc = run(sentence)
    assert [(p.comparator) for p in doc.parameters if p.value == value] == [comparator]


def test_what_each_case_is_given_is_a_parameter_and_a_total_stays_a_target():
    # realestate_0156: a case the sentence rules (…以下的,) and what it is given
    assert params("(一)购买新建商品住房建筑面积90平方米(不含)以下的,发放价值10000元消费券。") == [
        ("消费券", "=", 10000, None, "元")]
    assert params("(三)购买新建商品住房建筑面积144平方米(含)以上的,发放价值20000元消费券。") == [
        ("消费券", "=", 20000, None, "元")]
    # realestate_0040: the government's total
    assert values("充分利用现有省级消费券资金,2023年内全省再统筹发放不少于1亿元消费券。") == ([1], [])


# ------------------------------------------------------------------ values a setting is changed from
@pytest.mark.parametrize("sentence, kept", [
    # realestate_0067: old values listed before the name and 提高到
    ("进一步加大资金支持力度,将公积金贷款双职工(夫妻双方缴纳住房公积金)100万元、单职工(仅本人缴纳住房公积金)80万元限额"
     "提高到双职工120万元、单职工100万元。", [120, 100]),
    # realestate_0086: 分别 between the old values and the verb
    ("提高引进高层次人才住房公积金个人贷款最高额度,单缴存人60万元和双缴存人80万元分别提高到80万元、100万元。", [80, 100]),
])
def test_values_a_setting_is_changed_from_are_no_rows(sentence, kept):
    targets, parameters = values(sentence)
    assert targets == [] and parameters == kept


def test_a_goal_reached_before_another_change_stays():
    # fifth doc_0013; a count of another unit before a change (新建10所学校) stays too
    assert values("城镇居民医保和新农合在政策范围内住院医疗费用支付比例总体平均达到75%左右、门诊支付比例提高到50%以上。")[0] == [75, 50]
    assert values("通过新建10所学校,将入学率提高到95%。")[0] == [10, 95]


def test_the_total_of_what_is_granted_is_no_amount_each_one_gets():
    # realestate_0156 (a total of vouchers) beside realestate_0138 (what each flat gets)
    assert values("在1000万元消费券总额内,按购房者申领先后顺序发放,先到先得,发完即止。")[1] == []
    assert params("每套住宅发放1万元消费券,发完为止。") == [("消费券", "=", 1, None, "万元")]


# ------------------------------------------------------------------ grants per head, averages, ranges set
@pytest.mark.parametrize("sentence, value", [
    # gwr_0014 (每人), seventh doc_0009 (每生, two notices' phrasings of one construction)
    ("今年人均基本公共卫生服务经费标准由25元提高到30元。", 30),
    ("从2024年起,将本专科生国家励志奖学金奖励标准由每生每年5000元提高到6000元。", 6000),
    ("全日制在校退役士兵学生全部享受本专科生国家助学金,资助标准由每生每年3300元提高到3700元。", 3700),
])
def test_a_grant_per_head_changed_from_one_amount_to_another_is_a_parameter(sentence, value):
    assert values(sentence) == ([], [value])


@pytest.mark.parametrize("sentence, expected", [
    # seventh doc_0009, seventh doc_0007, fourth plan_0024: what a grant pays on average is set by the policy
    ("将普通高中国家助学金平均资助标准由每生每年2000元提高到2300元。", [2300]),
    ("更新车龄8年及以上的城市公交车和超出质保期的动力电池,平均每辆车补贴额由6万元提高至8万元。", [8]),
    ("报废并更新购置符合条件的货车,平均每辆车补贴8万元;无报废只更新购置符合条件的货车,平均每辆车补贴3.5万元。", [8, 3.5]),
])
def test_an_average_a_grant_pays_is_a_parameter(sentence, expected):
    assert values(sentence) == ([], expected)


def test_an_average_rate_of_a_market_stays_an_outcome():
    # (the docstring's case of set_in_sentence: 引导合作机构逐步将平均担保费率降至1%以下)
    assert values("引导合作机构逐步将平均担保费率降至1%以下。")[1] == []


@pytest.mark.parametrize("sentence, name, low, high, unit", [
    # seventh doc_0009 (two sections), realestate_0214
    ("具体标准由高校在每生每年2500—5000元范围内自主确定,可以分为2—3档。", "具体标准", 2500, 5000, "元"),
    ("具体标准由各地结合实际在1200—3500元范围内确定,可以分为2—3档。", "具体标准", 1200, 3500, "元"),
    ("购房家庭可根据支付能力在50%—80%范围内选择产权份额比例,按照单套销售价格对应的比例购买。", "产权份额比例", 50, 80, "%"),
])
def test_a_range_a_standard_is_set_within_is_a_parameter(sentence, name, low, high, unit):
    assert (name, "range", low, high, unit) in params(sentence)


@pytest.mark.parametrize("sentence", [
    "禁止在学校周边200米范围内设置经营性互联网上网服务场所。",
    "搭棚等影响与参比方法比对监测的障碍物,50m范围内不应有固定燃烧源。",
])
def test_a_zone_is_no_range_set(sentence):
    assert values(sentence) == ([], [])


@pytest.mark.parametrize("sentence, expected", [
    # seventh doc_0009 (each member named, per student and year), seventh doc_0003 (members bare)
    ("并根据实际情况动态调整,最高不超过硕士生每生每年20000元、博士生每生每年30000元。", [("<=", 20000), ("<=", 30000)]),
    ("对获得国家级、省级优秀场景案例的分别给予最高100万元、30万元的奖励。", [("<=", 100), ("<=", 30)]),
])
def test_a_bound_before_a_list_of_values_bounds_each_member(sentence, expected):
    assert [(p.comparator, p.value) for p in run(sentence).parameters] == expected


def test_a_member_with_words_of_its_own_keeps_its_own_bound():
    # (a member that names its own grant is no bare member of the list the bound opens)
    rows = run("对获得国家级、省级优秀场景案例的分别给予最高100万元、一般案例奖励10万元。").parameters
    assert [(p.comparator, p.value) for p in rows] == [("<=", 100), ("=", 10)]


# ------------------------------------------------------------------ vouchers, loans, caps per recipient
@pytest.mark.parametrize("sentence, expected", [
    # seventh doc_0001 (Shenzhen), doc_0004 (Hubei), sixth doc_0006 (Zhengzhou), sixth doc_0007
    ("为企业提供最高1000万元“训力券”、最高200万元“模型券”,资助企业开展模型训练。",
     [("训力券", "<=", 1000, None, "万元"), ("模型券", "<=", 200, None, "万元")]),
    ("根据上云难度、深度按标准发放最高10万元上云服务券。", [("上云服务券", "<=", 10, None, "万元")]),
    ("毕业5年内的青年人才创办初创型企业,可按规定申请最高60万元个人创业担保贷款。",
     [("个人创业担保贷款", "<=", 60, None, "万元")]),
    ("符合条件的OPC,可申请最高30万元的担保贷款,并给予全额贴息支持。", [("担保贷款", "<=", 30, None, "万元")]),
])
def test_a_voucher_or_a_guaranteed_loan_capped_for_each_is_a_parameter(sentence, expected):
    assert params(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "今年安排地方政府专项债券3.9万亿元。",  # gwr: a bond is no voucher
    "全年发放创业担保贷款180亿元。",  # a total lent
    "到2028年,市区两级提供人工智能服务券规模不少于10亿元。",  # sixth doc_0006: a floor on a total
])
def test_a_total_handed_out_stays_a_target(sentence):
    assert values(sentence)[1] == []


def test_a_voucher_a_grant_word_follows_names_that_grant():
    # seventh doc_0003: 给予最高5万元的“服务券”补贴 (the grant is 补贴)
    assert [p.name for p in run("对OPC购买法律、审计等相关服务的,一次性给予最高5万元的“服务券”补贴。").parameters] \
        == ["“服务券”补贴"]


@pytest.mark.parametrize("sentence, value", [
    # seventh doc_0003 (each recipient, a running total under a cap), realestate_0040's cap on a total per project
    ("每家OPC发放总计不超过100万元的“算力券”“模型券”“云网券”等各类资源券包。", 100),
    ("按平台实际服务企业数量等绩效指标,分年度给予奖励,累计奖励金额不超过30万元。", 30),
    ("贴息期限不超过3年,同一单位同一项目贴息总额不超过800万元。", 800),
])
def test_a_cap_on_what_each_recipient_gets_in_all_is_a_parameter(sentence, value):
    assert value in values(sentence)[1]



@pytest.mark.parametrize("sentence, name, value", [
    # seventh doc_0022 (Tibet's report), doc_0023 (Henan's report): what each student is funded
    ("推进学前教育优质普惠发展,农牧区免费学前教育生均标准从380元提高至1000元,支持有条件的幼儿园招收2—3岁幼儿。",
     "农牧区免费学前教育生均标准", 1000),
    ("扩大优质本科和研究生教育培养规模,省属公办普通高校生均经费增加1000元。", "省属公办普通高校生均经费增加额", 1000),
])
def test_a_funding_standard_per_student_is_a_parameter(sentence, name, value):
    assert [(p.name, p.value) for p in run(sentence).parameters] == [(name, value)]


def test_a_standard_of_equipment_per_student_stays_a_target():
    # fourth plan_0029: what schools are to have per student is a level to reach
    assert values("全省义务教育阶段学生生均仪器设备值不低于2500元。") == ([2500], [])


@pytest.mark.parametrize("sentence, expected", [
    # seventh doc_0007 (the national notice), fourth plan_0024 (a province's): items a grant covers for each
    ("每位消费者每类产品可补贴1件(空调产品最多可补贴3件),每件补贴不超过2000元。",
     [("每类产品可补贴件数", "=", 1), ("空调产品可补贴件数", "<=", 3), ("每件补贴", "<=", 2000)]),
    # tenth Q_01, Q_03 (济南, 山东): after a cap the grant's own verb, without 可
    ("每位消费者每类产品可补贴1件(空调类产品最多补贴3件),每件补贴不超过2000元。",
     [("每类产品可补贴件数", "=", 1), ("空调类产品可补贴件数", "<=", 3), ("每件补贴", "<=", 2000)]),
    ("按照新增5%补齐差额补贴,最高上限不超过500元,每位消费者的每类产品差额补贴可补1件。",
     [("上限", "<=", 500), ("每类产品差额补贴可补贴件数", "=", 1)]),
])
def test_how_many_items_a_grant_covers_is_a_parameter(sentence, expected):
    assert [(p.name, p.comparator, p.value) for p in run(sentence).parameters if p.unit != "%"] == expected



def test_places_counted_in_ten_thousands_are_a_quota():
    # seventh doc_0009: a count of people in 万名 is a count, as in 名 and 万人, no setting of the grant
    sentence = "从2024年起,将研究生国家奖学金奖励名额由每年4.5万名增加到9万名,其中:硕士生由3.5万名增加到7万名,博士生由1万名增加到2万名。"
    assert values(sentence) == ([9, 7, 2], [])


def test_the_noun_after_a_count_in_ten_thousands_is_what_is_counted():
    # seventh doc_0021
    assert [t.indicator for t in run("完成500所中小学体育场地升级改造,抓好1万名乡村医生线下培训。").targets][-1] == "乡村医生线下培训"


# ------------------------------------------------------------------ numbers18: commitments told from settings
def _targets_and_params(title: str, text: str) -> tuple[list[tuple], list[tuple]]:
    """(targets, parameters) of `text` in a notice titled `title`, as (name, comparator, value, unit)."""
    doc = Document(source_file="t", text=text, body_start=0, body_end=len(text), issue_date=ISSUED, title=title)
    doc.deadlines = parse_deadlines(text, 0, len(text), ISSUED)
    extract_targets(doc)
    return ([(t.indicator, t.comparator, t.value, t.unit) for t in doc.targets],
            [(p.name, p.comparator, p.value, p.unit) for p in doc.parameters])


@pytest.mark.parametrize("sentence, expected", [
    # ninth doc_0002 (晋医保发〔2021〕14号): shares of the subsidy by level; 各 gives one row per party
    ("按中央和我省财政补助政策,一般县中央财政负担60%,省级和市县两级财政各负担20%。",
     [("一般县中央财政负担比例", "=", 60, "%"), ("省级财政负担比例", "=", 20, "%"), ("市县两级财政负担比例", "=", 20, "%")]),
    # how county notices split a grant's cost (written as they do; the dev sets hold only doc_0002's wording)
    ("所需资金由市级财政承担50%,区级财政承担50%。", [("市级财政承担比例", "=", 50, "%"), ("区级财政承担比例", "=", 50, "%")]),
    ("市、区财政各分担50%。", [("市财政分担比例", "=", 50, "%"), ("区财政分担比例", "=", 50, "%")]),
])
def test_a_share_a_party_bears_is_a_setting(sentence, expected):
    targets, parameters = _targets_and_params("关于做好城乡居民基本医疗保障工作的通知", sentence)
    assert parameters == expected and targets == []


@pytest.mark.parametrize("sentence, expected", [
    # realestate_0095 (共有产权保障房): the share each co-owner holds
    ("第六条共有产权保障房产权份额按照购买共有产权保障房的家庭与政府各占50%确定,并在购房合同中予以明确。",
     [("家庭产权份额", "=", 50, "%"), ("政府产权份额", "=", 50, "%")]),
    # as other notices of shared ownership write it
    ("共有产权住房的产权份额由购房人和政府各持有50%。", [("购房人产权份额", "=", 50, "%"), ("政府产权份额", "=", 50, "%")]),
    ("政府产权份额由市、区政府各占50%。", [("市政府产权份额", "=", 50, "%"), ("区政府产权份额", "=", 50, "%")]),
])
def test_a_share_each_party_holds_is_a_setting(sentence, expected):
    targets, parameters = _targets_and_params("共有产权保障房管理办法", sentence)
    assert parameters == expected and targets == []


def test_a_share_of_a_result_each_part_takes_is_no_holding():
    # (占 alone, or 各占 of no share held, measures a result)
    assert _targets_and_params("政府工作报告", "两地就业人数各占50%左右。")[1] == []


@pytest.mark.parametrize("sentence, name, value, unit", [
    # extra (轨道交通乘客守则): a fare charged on top
    ("乘客无车票或者持无效车票乘车的,轨道交通企业可以按照轨道交通网络单程最高票价补收票款,并可加收五倍票款。",
     "加收票款", 5, "倍"),
    # as other rules write a charge on top
    ("超过规定时限停放的,加收50%停车费。", "加收停车费比例", 50, "%"),
    ("逾期未缴纳的,每日加收应缴金额0.5‰的滞纳金。", "滞纳金", 0.5, "‰"),
])
def test_a_charge_on_top_is_named_by_the_charge(sentence, name, value, unit):
    assert [(n, v, u) for n, _, v, u in _targets_and_params("管理办法", sentence)[1]] == [(name, value, unit)]


@pytest.mark.parametrize("sentence", [
    "今年要减轻企业负担20%。",  # a burden relieved: 负担 is the noun of the result
    "2002年试点扩大到20个省、自治区、直辖市,今年试点地区农民负担平均减轻30%。",  # gwr (real): no share after a verb of bearing
])
def test_a_burden_relieved_is_no_share_borne(sentence):
    assert not any(name.endswith("负担比例") for name, *_ in _targets_and_params("政府工作报告", sentence)[1])


@pytest.mark.parametrize("title, sentence, name", [
    # ninth doc_0001 (十条措施): 新建 names which beds the ratio counts
    ("印发推动乡镇敬老院高质量发展十条措施的通知",
     "加快推进乡镇敬老院新建、改建或扩建,单体项目床位设置规模原则上不超过150张,其中新建护理型床位占比不低于60%,"
     "改建或扩建护理型床位占比不低于50%。", "新建护理型床位占比"),
    # ninth doc_0024 (管理办法): 投入 names the spending measured; the enterprise is the party bound
    ("关于印发《上海市重点实验室建设与运行管理办法》的通知",
     "企业类的牵头依托单位主体年度基础研究投入占总研发支出的比例不低于10%。",
     "企业类的牵头依托单位主体年度基础研究投入占总研发支出的比例"),
    # ninth doc_0021 (若干措施), another wording of the same bound
    ("上海市人民政府办公厅关于印发《上海市支持企业加强基础研究 增强高质量发展新动能的若干措施》的通知",
     "对承担上海市重点实验室等建设任务的企业,进一步加强基础研究引导和考核,依托建设主体年度基础研究投入占总研发支出的比例不低于10%。",
     "依托建设主体年度基础研究投入占总研发支出的比例"),
])
def test_a_word_of_commitment_inside_a_ratio_name_commits_nothing(title, sentence, name):
    targets, parameters = _targets_and_params(title, sentence)
    assert (name, ">=", parameters[[p[0] for p in parameters].index(name)][2], "%") in parameters
    assert not any(unit == "%" for _, _, _, unit in targets)


@pytest.mark.parametrize("title, sentence", [
    ("关于印发住房发展若干措施的通知", "力争新建住房中装配式建筑比例不低于30%。"),  # a committing lead commits all the same
    ("关于印发就业促进若干措施的通知", "新增就业人员中高校毕业生比例达到60%。"),  # 达到 before the number: a goal
    ("关于印发科技创新若干措施的通知", "全市规模以上企业研发投入占比不低于3%。"),  # an aggregate over the city's firms
])
def test_a_ratio_the_notice_commits_to_stays_a_target(title, sentence):
    targets, parameters = _targets_and_params(title, sentence)
    assert [t[3] for t in targets] == ["%"] and parameters == []


@pytest.mark.parametrize("sentence, expected", [
    # ninth doc_0022: 累计 before a cap sums what one project is given over the stages
    ("按照规定给予累计不超过2000万元的经费支持。", [("经费支持", "<=", 2000, "万元")]),
    ("按照规定分阶段给予不超过总投入30%、最高3000万元的经费支持。", [("经费支持比例", "<=", 30, "%"), ("经费支持", "<=", 3000, "万元")]),
    # realestate (real): the running total of an award paid by years
    ("分年度给予奖励,累计奖励金额不超过30万元。", [("累计奖励金额", "<=", 30, "万元")]),
])
def test_a_cap_on_a_running_total_granted_is_a_setting(sentence, expected):
    targets, parameters = _targets_and_params("关于支持长三角G60科创走廊策源地建设的若干措施", sentence)
    assert parameters == expected and targets == []


def test_the_government_total_granted_stays_a_target():
    targets, parameters = _targets_and_params("关于促进消费的若干措施", "全年发放不少于1亿元消费券。")
    assert [t[2] for t in targets] == [1] and parameters == []


@pytest.mark.parametrize("sentence, expected", [
    # ninth doc_0002: a standard raised by an amount, then the level it reaches (达到 is the guide's >=)
    ("全省城乡居民基本医疗保险人均财政补助标准提高30元,达到580元。",
     [("财政补助标准提高额", "=", 30, "元"), ("财政补助标准", ">=", 580, "元")]),
    ("个人缴费标准同步提高40元,达到每人每年320元。", [("个人缴费标准提高额", "=", 40, "元"), ("缴费标准", ">=", 320, "元")]),
    # gwr (real wording of the basic pension standard), raised then reached
    ("城乡居民基础养老金最低标准提高20元,达到每人每月123元。",
     [("城乡居民基础养老金最低标准提高额", "=", 20, "元"), ("最低标准", ">=", 123, "元")]),
])
def test_the_level_a_raised_standard_reaches_is_its_new_value(sentence, expected):
    targets, parameters = _targets_and_params("关于做好城乡居民基本医疗保障工作的通知", sentence)
    assert parameters == expected and targets == []


@pytest.mark.parametrize("sentence, name", [
    # seventh doc_0012 (a notice of the ministry, no measures title): 开展 names the teaching measured
    ("小学教育本着按需的原则合理使用电子产品,使用电子产品开展教学时长原则上不超过教学总时长的30%,原则上不布置线上作业。",
     "使用电子产品开展教学时长占教学总时长比例"),
    # realestate (real): 累计 sums what is released, as before
    ("房地产开发企业可申请跨一个节点提前使用商品房预售监管资金,累计申请使用额度不超过监管额度的98%。", "累计申请使用额度占监管额度比例"),
])
def test_a_share_of_a_base_named_with_a_word_of_commitment_inside_is_a_setting(sentence, name):
    targets, parameters = _targets_and_params("关于切实抓牢幼儿园和小学近视防控关键阶段防控工作的通知", sentence)
    assert [p[0] for p in parameters] == [name] and targets == []


@pytest.mark.parametrize("sentence", [
    "力争签约电量不低于前三年用电量平均值的80%。",  # a committing lead
    "整治的面积应不低于年度计划任务量的60%。",  # progress on the plan's own task
])
def test_a_share_of_a_base_the_plan_commits_to_stays_a_target(sentence):
    targets, parameters = _targets_and_params("关于印发行动方案的通知", sentence)
    assert [t[3] for t in targets] == ["%"] and parameters == []


@pytest.mark.parametrize("sentence, expected", [
    # seventh doc_0004 (湖北 OPC measures): a cap on a guaranteed loan, the grant named after it
    ("为符合条件的OPC个人创业者提供最高30万元、最长3年的创业担保贷款,为符合条件的OPC主体提供最高500万元、最长2年的创业担保贷款。",
     [("创业担保贷款", "<=", 30, "万元"), ("创业担保贷款", "<=", 500, "万元")]),
    # seventh doc_0004: what one recipient may get, named by what follows
    ("单家OPC最高可获得3000元卡时或token免费算力服务。", [("卡时或token免费算力服务", "<=", 3000, "元")]),
    # ninth doc_0026 (福建 应收账款融资试点): nothing after the cap, the words before it name it
    ("对大企业和供应链核心企业给予奖励,单家企业奖励资金最高不超过200万元。", [("单家企业奖励资金", "<=", 200, "万元")]),
    # realestate (real): a list's members keep their own names, the cap after each
    ("其中,博士补贴3%、最高3万元;硕士补贴2%、最高2万元。",
     [("博士补贴比例", "=", 3, "%"), ("博士补贴", "<=", 3, "万元"), ("硕士补贴比例", "=", 2, "%"), ("硕士补贴", "<=", 2, "万元")]),
])
def test_money_right_after_a_cap_is_what_one_recipient_may_get(sentence, expected):
    targets, parameters = _targets_and_params("湖北省支持人工智能OPC发展若干措施", sentence)
    assert parameters == expected and targets == []

@pytest.mark.parametrize("sentence, expected", [
    # eleventh X_01 (文成县 实施细则): a size each party may reach under 最高 is capped for it, no aggregate
    ("首批抱团项目中,经济薄弱村投资规模最高50万元,低收入农户投资规模最高2万元。",
     [("经济薄弱村投资规模", "<=", 50, "万元"), ("低收入农户投资规模", "<=", 2, "万元")]),
    # how county measures cap one project's or one firm's size (written as they do)
    ("单个项目建设规模最高500万元。", [("单个项目建设规模", "<=", 500, "万元")]),
    ("每户贷款规模最高不超过10万元。", [("每户贷款规模", "<=", 10, "万元")]),
])
def test_a_size_capped_for_each_party_is_a_parameter(sentence, expected):
    targets, parameters = _targets_and_params("文成县经济薄弱村和低收入农户抱团增收的实施细则", sentence)
    assert parameters == expected and targets == []


@pytest.mark.parametrize("sentence, expected", [
    # a total capped (总规模, realestate_0151's word) is the aggregate, no party's cap (written as notices do)
    ("基金总规模最高50亿元。", [("基金总规模", "<=", 50, "亿元")]),
    ("项目投资总规模最高50亿元。", [("项目投资总规模", "<=", 50, "亿元")]),
])
def test_a_total_under_a_cap_is_no_capped_size(sentence, expected):
    targets, parameters = _targets_and_params("文成县经济薄弱村和低收入农户抱团增收的实施细则", sentence)
    assert targets == expected and parameters == []


@pytest.mark.parametrize("sentence, expected", [
    # eleventh X_01: a rate the scheme pays, applied by 按 and named right after it
    ("每年12月县兴村公司按8-10%的年回报率统一分红给乡镇兴村公司。", [("年回报率", "range", 8, "%")]),
    # realestate_0005, realestate_0097: the same construction with a tax's rate (named so before this rule too)
    ("个人将购买不足5年的住房对外销售的,按照5%的征收率全额缴纳增值税。", [("征收率", "=", 5, "%")]),
    # how a 细则 sets the yield of a fund (written as they do)
    ("入股资金按6%的年收益率保底分红。", [("年收益率", "=", 6, "%")]),
])
def test_a_rate_applied_by_an_is_named_by_the_rate(sentence, expected):
    targets, parameters = _targets_and_params("抱团增收的实施细则", sentence)
    assert parameters == expected and targets == []


# ------------------------------------------------------------------ names read from the wrong neighbour
@pytest.mark.parametrize("sentence, names", [
    # realestate_0138, realestate_0020, realestate_0064, realestate_0097: a change on a base is named by what changes
    ("多子女家庭购买自住住房使用住房公积金贷款,在原有最高贷款额度的基础上增加15万元。", ["住房公积金贷款最高额度增加额"]),
    ("住房公积金缴存职工家庭购买首套住房的,住房公积金贷款额度在西双版纳州最高贷款限额的基础上上浮10%。",
     ["住房公积金贷款额度上浮比例"]),
    ("对选择领取购房券的,购房券金额在领取现金金额的基础上上浮25%,所需资金由原渠道解决。", ["购房券金额上浮比例"]),
    ("住房公积金缴存人首次使用住房公积金贷款购买住房,贷款额度在可贷额度基础上增加10万元。", ["住房公积金贷款额度增加额"]),
    # realestate_0116: each member of the list gets the change; 申请住房公积金购买 names the loan by its use
    ("对普通高校本科毕业生、大专毕业生,在本县首次申请住房公积金购买新建商品住宅,额度在其可贷额度的基础上增加5万元/单职工、"
     "10万元/双职工。", ["住房公积金贷款额度增加额"] * 2),
    # realestate_0209: the head before a colon names the cap the clause after it sets for one flat
    ("水、电、气、暖提取额度:同一套住房不得超过5万元;门窗(阳台抗震加固)改造提取额度:同一套住房不得超过2万元。",
     ["水、电、气、暖提取额度", "门窗(阳台抗震加固)改造提取额度"]),
    # gwr_0011, realestate_0220: a verb of charging or paying names nothing; the tax or price does
    ("完善家电、汽车以旧换新和汽车、摩托车下乡政策,小排量汽车购置税按7.5%征收。", ["小排量汽车购置税率"]),
    ("竞买保证金按起拍价的20%缴纳;土地出让金可实行分期缴纳,土地出让后1个月内缴纳金额不低于50%,6个月内缴纳金额不低于70%。",
     ["竞买保证金比例", "土地出让金缴纳比例", "土地出让金缴纳比例"]),
])
def test_a_name_is_what_the_number_sets_not_its_neighbour(sentence, names):
    assert [p[0] for p in params(sentence)] == names


@pytest.mark.parametrize("sentence, names", [
    # realestate_0077, realestate_0220, realestate_0080, realestate_0135, gwr_0024, seventh doc_0023: a change by an
    # amount written after the name of what changes sets the raise (提高额), not the level
    ("符合国家生育政策生育二孩、三孩的借款申请人购买自住住房最高贷款额度在同等条件下提高10万元。", ["自住住房最高贷款额度提高额"]),
    ("按照国家政策生育二孩、三孩的家庭,申请住房公积金贷款购买首套住房的,住房公积金贷款最高额度分别提高5万元、10万元。",
     ["住房公积金贷款最高额度提高额", "住房公积金贷款最高额度提高额"]),
    ("具体包括,对二孩家庭公积金贷款额度提高5万元,对三孩家庭提高10万元。",
     ["二孩家庭公积金贷款额度提高额", "三孩家庭公积金贷款额度提高额"]),
    ("城乡居民基础养老金月最低标准提高20元。", ["城乡居民基础养老金月最低标准提高额"]),
    ("省属公办普通高校生均经费增加1000元。", ["省属公办普通高校生均经费增加额"]),
    # gwr_0011, gwr_0014: a share (提高比例); med_0014: a noun of change as written (降幅)
    ("企业退休人员基本养老金继续提高10%。", ["企业退休人员基本养老金提高比例"]),
    ("原则上,跨省异地转诊人员和异地急诊抢救人员支付比例降幅在10个百分点左右,非急诊且未转诊的其他跨省临时外出就医人员支付比例的降幅在20个百分点左右。",
     ["跨省异地转诊人员和异地急诊抢救人员支付比例降幅", "其他跨省临时外出就医人员支付比例降幅"]),
    # a setter sets the level (提高至); the level a raised standard reaches keeps the standard's name (ninth doc_0002)
    ("住房公积金贷款最高额度由60万元提高至80万元。", ["住房公积金贷款最高额度"]),
    # realestate_0075, realestate_0012 (audit18 PAR16, PAR52): the verb of change written before what changes, the amount
    # after it, sets the change too (docs/CONVENTIONS.md, eighteenth session: <what changes>下调幅度)
    ("下调个人住房公积金贷款利率0.25个百分点。", ["个人住房公积金贷款利率下调幅度"]),
    ("自2024年5月18日起,下调各期限品种住房公积金贷款利率0.25个百分点。", ["各期限品种住房公积金贷款利率下调幅度"]),
    ("阶段性降低失业保险费率1个百分点。", ["失业保险费率降低幅度"]),
    ("对多子女家庭,提高住房公积金贷款额度10万元。", ["住房公积金贷款额度提高额"]),
    # ... but a setter after the name sets the level (下调至, 提高至)
    ("下调首套个人住房公积金贷款利率至2.85%。", ["首套个人住房公积金贷款利率"]),
])
def test_a_change_is_named_as_the_change_not_the_level(sentence, names):
    assert [p[0] for p in params(sentence)] == names



@pytest.mark.parametrize("sentence, names", [
    # realestate_0048, eighth doc_0041, realestate_0086, realestate_0227, realestate_0067: 分别 pairs the n-th member
    # with the n-th value
    ("六、自2021年10月1日起,全市普通标准住宅、非普通标准住宅、其他类型房地产土地增值税预征率分别按1.5%、2%、2.5%执行。",
     ["普通标准住宅土地增值税预征率", "非普通标准住宅土地增值税预征率", "其他类型房地产土地增值税预征率"]),
    # (the split 9:1 is a parameter of its own: docs/CONVENTIONS.md)
    ("支持资金按照总体9:1的原则实行央地共担,东部、中部、西部地区中央承担比例分别为85%、90%、95%。",
     ["央地共担比例", "东部地区中央承担比例", "中部地区中央承担比例", "西部地区中央承担比例"]),
    ("提高多子女家庭住房公积金个人贷款额度,二孩、三孩及以上单缴存人家庭最高贷款额度分别为70万元、80万元。",
     ["二孩单缴存人家庭最高贷款额度", "三孩及以上单缴存人家庭最高贷款额度"]),
    ("调整住房公积金贷款首付比例,首次、第二次申请住房公积金贷款首付比例分别调整为20%、30%。",
     ["首次申请住房公积金贷款首付比例", "第二次申请住房公积金贷款首付比例"]),
    ("在公积金贷款最高限额基础上,二孩、三孩家庭贷款限额分别再提高10万元、20万元。", ["二孩家庭公积金贷款限额提高额", "三孩家庭公积金贷款限额提高额"]),
])
def test_members_listed_before_respectively_name_their_values(sentence, names):
    assert [p[0] for p in params(sentence)] == names

@pytest.mark.parametrize("sentence, expected", [
    # realestate_0170 (肇庆 若干措施): 已完成…的 says which purchases are granted, no report of the past
    ("购买肇庆市范围内的新建商品住房(不含商业类),已完成契税缴纳的,按照5000元/套给予补助。", [("契税补助", "=", 5000, "元/套")]),
    ("已完成改造的,给予每户2000元补助。", [("补助", "=", 2000, "元")]),
])
def test_a_past_marker_in_a_clause_closing_with_de_is_a_condition(sentence, expected):
    targets, parameters = _targets_and_params("肇庆市促进房地产业高质量发展若干措施", sentence)
    assert parameters == expected and targets == []


def test_a_past_marker_in_running_text_still_reports_the_past():
    assert _targets_and_params("关于印发住房发展规划的通知", "截至去年底,全市已建成保障房5000套。") == ([], [])


def test_values_listed_under_a_standard_set_per_measure_keep_the_measure():
    # shgov_0019: 每月每平方米…标准是: the districts' values are money per square metre
    text = ("人均年可支配收入在42000元(不含42000元)至50400元(含50400元)间的3人及以上家庭,每月每平方米居住面积租金补贴标准是:"
            "黄浦区、徐汇区为65元,闵行区、宝山区为50元,金山区、奉贤区、崇明区为35元。")
    assert [(p[0], p[2], p[4]) for p in params(text)] == [
        ("居住面积租金补贴标准", v, "元/平方米") for v in (65, 50, 35)]


@pytest.mark.parametrize("sentence, names", [
    # realestate_0176, realestate_0208, ninth doc_0064: a bare verb of change is named by what changes
    ("多子女家庭购买首套自住住房的,公积金贷款最高贷款额度可上浮20%。", ["公积金贷款最高贷款额度上浮比例"]),
    ("信用等级为AAA、AA级的开发企业申请使用商品房预售资金时,对应项目建设进度节点的资金使用额度可上浮10%、5%。",
     ["额度上浮比例", "额度上浮比例"]),
    # seventh doc_0003, ninth doc_0022, fourth plan_0024: a bare verb of granting is named by the grant after the values
    ("对经评选的院校科研团队、硬科技类以及大学生科技创新类OPC,按产业化程度分别给予最高50万、30万、10万元经费支持。",
     ["经费支持", "经费支持", "经费支持"]),
    ("对国债资金支持的制造业用能设备更新改造项目,省级资金额外再给予不超过5%的配套支持。", ["配套支持比例"]),
])
def test_a_bare_verb_is_named_by_what_it_changes_or_grants(sentence, names):
    assert [p[0] for p in params(sentence)] == names


@pytest.mark.parametrize("sentence, names", [
    # realestate_0176 (广西 工作措施): 统一为 sets one value for both members, as 均 does
    ("首套、二套住房最低首付款比例统一为不低于15%。", ["首套住房最低首付款比例", "二套住房最低首付款比例"]),
    # realestate (real): members named in another clause are no members (不再区分首套、二套住房,)
    ("商业性个人住房贷款不再区分首套、二套住房,最低首付款比例统一为不低于15%。", ["商业性个人住房贷款最低首付款比例"]),
])
def test_a_value_set_uniformly_is_one_row_per_member(sentence, names):
    assert [p[0] for p in params(sentence)] == names


@pytest.mark.parametrize("title, body", [
    # tenth P_01 and P_02: the weights of an assessment of departments' and townships' work (docs/CONVENTIONS.md)
    ("石城县2018年度河长制湖长制工作责任单位目标管理(绩效)考核细则",
     "1.按要求每月上报本单位河长制工作开展情况,得5分,每少一次扣0.5分,扣完为止。"),
    ("石城县2018年度河长制湖长制工作乡镇目标管理(绩效)考核细则", "3.不上报、不制止每出现一例扣2分。"),
    ("某区2024年度安全生产工作考评办法", "对发生一般安全事故的乡镇,每次扣5分。"),
])
def test_the_points_of_an_assessment_of_bodies_work_are_no_rows(title, body):
    doc = process_text(f"{title}\n一、考核内容\n{body}\n")
    assert [p.unit for p in doc.parameters] == [] and [t.unit for t in doc.targets] == []


@pytest.mark.parametrize("title", [
    "上海市居住证积分管理办法",  # points granted to people
    "关于支持刚性和改善性住房需求确保房地产市场平稳健康发展的十六条措施",  # a firm's credit score
])
def test_points_granted_to_people_or_firms_stay_parameters(title):
    doc = process_text(f"{title}\n一、加分\n对发生一般安全事故的企业,每次扣5分。\n")
    assert [(p.value, p.unit) for p in doc.parameters] == [(5, "分")]


@pytest.mark.parametrize("sentence, name", [
    # realestate_0138, realestate_0209, realestate_0135: 可 opening a noun is no permission that cuts the name
    ("一方缴纳公积金最高可贷额度为60万元。", "一方缴纳公积金最高可贷额度"),
    ("将伊犁州住房公积金贷款最高可贷额度由原来的65万元提高至80万元。", "伊犁州住房公积金贷款最高可贷额度"),
    ("全日制专科以上毕业生无论单方或双方缴存,可贷最高额度为75万元。", "可贷最高额度"),
])
def test_a_ke_opening_a_noun_stays_in_the_name(sentence, name):
    assert [p[0] for p in params(sentence)] == [name]


@pytest.mark.parametrize("sentence, expected", [
    # realestate_0040, ninth doc_0021, seventh doc_0007 (docs/CONVENTIONS.md: a split between two parties)
    ("所有演出活动奖励,均由省、市两级财政按照1∶1的比例分担,其中,省级承担60%。",
     [("分担比例", "=", 1, None, ":1"), ("省级承担比例", "=", 60, None, "%")]),
    ("政府、企业按照1∶1比例共同出资,支持高校围绕产业开展研发。", [("出资比例", "=", 1, None, ":1")]),
    ("直接向地方安排的资金总体按照9:1的原则实行央地共担。", [("央地共担比例", "=", 9, None, ":1")]),
])
def test_a_split_between_two_parties_to_one_is_a_parameter(sentence, expected):
    assert params(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "在冰雪消费券中列支资金,鼓励市(州)1∶2配套,重点支持“青少年上冰雪”活动。",  # realestate_0040: no value form
    "多投稿一篇按2:1:0.5比例加分。",  # three terms
])
def test_a_split_not_to_one_is_no_row(sentence):
    assert [p for p in params(sentence) if p[4] == ":1"] == []


@pytest.mark.parametrize("sentence, per", [
    ("给予每人不低于1000元/年的生活补贴。", "year"),  # eighth doc_0001 (docs/CONVENTIONS.md: 元/年 with per)
    ("对符合条件的家庭给予租房补助500元/月。", "month"),
    ("按200元/平方米给予补贴。", None),  # a measure, no period
])
def test_money_per_period_written_after_the_number_has_per(sentence, per):
    assert [p.per for p in run(sentence).parameters] == [per]


@pytest.mark.parametrize("sentence, name", [
    # realestate_0043, ninth doc_0064 (docs/CONVENTIONS.md: a cap written as a noun after the amount)
    ("在3年(36个月)内按每户每年14400元为限额依次扣减其当年实际应缴纳的增值税。", "扣减限额"),
    ("购买首套、二套新建商品住房按每套10000元上限给予财政补贴。", "财政补贴上限"),  # realestate_0179
])
def test_a_cap_noun_after_the_amount_names_the_grant_it_caps(sentence, name):
    assert [(p[0], p[1]) for p in params(sentence)] == [(name, "=")]


@pytest.mark.parametrize("sentence, value", [
    # realestate_0195 (the twelfth end audit's PAR14): money the government sets aside as a fund is its own aggregate
    ("为减轻购房负担,市人民政府拿出1亿元作为本轮市本级购房财政奖补资金。", 1),
    # how other notices set a fund aside (written as they do)
    ("市财政安排5000万元用作贴息资金。", 5000),
    ("区政府出资2亿元设立产业引导基金。", 2),
])
def test_money_set_aside_as_a_fund_is_a_target(sentence, value):
    targets, parameters = _targets_and_params("关于实施河池市市本级购房财政奖补政策的通知", sentence)
    assert [t[2] for t in targets] == [value] and parameters == []


@pytest.mark.parametrize("sentence", [
    # realestate_0137 (the twelfth end audit's PAR02): an expected effect of the policy, no number it sets
    "补贴政策的实施,能够减少购房人购房成本约5000-20000元。",
    # realestate_0167: an expected rate
    "调整“认房认贷”标准,更多城市首套利率有望降至4.6%的基准线。",
])
def test_an_expected_effect_is_neither_row(sentence):
    assert _targets_and_params("关于支持刚性和改善性住房需求的通知", sentence) == ([], [])


@pytest.mark.parametrize("sentence, value", [
    # 能够 is "able to": what the plan commits stays a target (the end review's sentences)
    ("到2025年,确保每个乡镇能够配备2名以上专职人员。", 2),
    ("全市养老机构床位能够达到5000张。", 5000),
])
def test_able_to_is_no_forecast(sentence, value):
    targets, _ = _targets_and_params("关于加强基层服务能力建设的实施意见", sentence)
    assert [t[2] for t in targets] == [value]


@pytest.mark.parametrize("sentence", [
    # 能够 before a verb of reducing or saving and an approximate amount: an expected effect (written as interpretations do)
    "该政策的实施,能够降低企业融资成本约2000万元。",
    "新政实施后,能够节省购房人税费约3万元。",
])
def test_an_expected_saving_of_about_an_amount_is_neither_row(sentence):
    assert _targets_and_params("关于支持刚性和改善性住房需求的通知", sentence) == ([], [])


@pytest.mark.parametrize("sentence", [
    # a grant to each recipient, named by the fund it is paid as (the end review's sentences)
    "对新落户的企业,给予50万元作为研发启动资金。",
    "一次性给予20万元作为运营经费。",
    "每个项目给予10万元作为奖补资金。",
])
def test_a_grant_paid_as_a_fund_is_a_parameter(sentence):
    targets, parameters = _targets_and_params("关于支持企业发展的若干措施", sentence)
    assert targets == [] and len(parameters) == 1


@pytest.mark.parametrize("sentence, expected", [
    # extra shgov_0086 (the twelfth end audit's TAR45): how a measure counts towards a quota, applied by 按
    ("公园绿地地下空间用作公共停车场时,公共停车场占地面积按照0.8倍计入地下空间开发指标。", [("公共停车场占地面积", "=", 0.8, "倍")]),
    # the same in other rules' words (written as they do)
    ("地下室建筑面积按50%折算计入容积率。", [("地下室建筑面积比例", "=", 50, "%")]),
    ("架空层面积按0.5倍折合计算。", [("架空层面积", "=", 0.5, "倍")]),
])
def test_a_measure_counted_towards_a_quota_by_an_is_a_parameter(sentence, expected):
    targets, parameters = _targets_and_params("上海市新建公园绿地地下空间开发相关控制指标规定", sentence)
    assert parameters == expected and targets == []


# ------------------------------------------------------------------ the next member of a list names its own member
@pytest.mark.parametrize("sentence, names", [
    # realestate_0220
    ("单缴存职工住房公积金贷款最高额度调整为40万元,双缴存调整为60万元。",
     ["单缴存职工住房公积金贷款最高额度", "双缴存职工住房公积金贷款最高额度"]),
    # realestate_0211
    ("职工首次贷款额度提高至夫妻双方住房公积金账户余额之和的25倍、二次贷款提高至15倍。", ["职工首次贷款额度", "职工二次贷款额度"]),
    # realestate_0135
    ("具体包括,对二孩家庭公积金贷款额度提高5万元,对三孩家庭提高10万元。", ["二孩家庭公积金贷款额度提高额", "三孩家庭公积金贷款额度提高额"]),
    # realestate_0170
    ("单身单缴存职工贷款额度提高至30万元,已婚单缴存职工提高至40万元,已婚双缴存职工提高至60万元。",
     ["单身单缴存职工贷款额度", "已婚单缴存职工贷款额度", "已婚双缴存职工贷款额度"]),
])
def test_the_next_member_of_a_list_swaps_the_member_of_its_neighbours_name(sentence, names):
    assert [p.name for p in run(sentence).parameters] == names


@pytest.mark.parametrize("sentence, names", [
    # realestate_0220: what follows a number is no member
    ("土地出让金可实行分期缴纳,土地出让后1个月内缴纳金额不低于50%,6个月内缴纳金额不低于70%,1年内全部缴清。", None),
    # realestate_0091: a grant head names the value itself
    ("农村居民购买新建商品住房,可按实际购房款的1%申请补贴,最高1万元,补贴在办理不动产登记后兑现。", None),
])
def test_no_member_where_the_clause_holds_none(sentence, names):
    rows = run(sentence).parameters
    assert len(rows) == 2 and len({p.name for p in rows}) <= 2 and all("个月" not in p.name and "申请" not in p.name for p in rows)


# ------------------------------------------------------------------ a bare grant named by whom 对 grants it to
@pytest.mark.parametrize("sentence, names", [
    # fifth doc_0003
    ("对在主板上市企业,给予企业500万元奖励;对在中小板、创业板上市企业,给予企业300万元奖励;对在新三板挂牌企业,给予企业100万元奖励。",
     ["主板上市企业奖励", "中小板、创业板上市企业奖励", "新三板挂牌企业奖励"]),
    # fifth doc_0006: 分别 gives each value its member, the level's word before a shared head
    ("对初次认定为国家级和省级企业技术(研发)中心的,分别给予企业100万元和30万元奖励。",
     ["国家级企业技术(研发)中心奖励", "省级企业技术(研发)中心奖励"]),
    # eighth doc_0035
    ("对被列入国家级、省级知识产权优势企业分别奖励30万元、20万元。", ["国家级知识产权优势企业奖励", "省级知识产权优势企业奖励"]),
    # fourth plan_0029
    ("利用省商务发展等资金,对获评国家健全废旧家电家具等再生资源回收体系典型企业给予一次性奖励50万元,用于支持企业发展。",
     ["国家健全废旧家电家具等再生资源回收体系典型企业一次性奖励"]),
    # realestate_0086: whole members after what they do
    ("对到市区自主创业就业的全日制博士研究生、硕士研究生,在首次购买100平方米及以上住房时分别给予5万元、3万元购房补贴。",
     ["全日制博士研究生购房补贴", "硕士研究生购房补贴"]),
    # realestate_0054: a bare who (家庭) keeps what qualifies it
    ("对符合政策生育二孩、三孩的家庭,给予300元/平方米的购房补贴。", ["生育二孩、三孩家庭购房补贴"]),
])
def test_a_bare_grant_is_named_by_whom_dui_grants_it_to(sentence, names):
    assert [p.name for p in run(sentence).parameters] == names


@pytest.mark.parametrize("sentence", [
    # realestate_0054: one of many listed before the grant names none of it
    "对农村户籍家庭,新落户西昌市不满3年的城镇居民,现役军人、退役军人,购买新建商品住房的,给予300元/平方米的购房补贴。",
    # fifth doc_0006: a condition on an amount is a qualifier of its own
    "对医药企业投资新建种植基地面积在100亩以上至500亩的,给予企业100元/亩奖励。",
])
def test_no_recipient_where_the_sentence_names_none_apart(sentence):
    assert [p.name for p in run(sentence).parameters] in (["购房补贴"], ["奖励"])


@pytest.mark.parametrize("sentence, names", [
    # realestate_0092, realestate_0093, realestate_0094
    ("使用公积金贷款购买新建商品住宅的,最高贷款额度单职工提高到60万元,双职工提高到80万元。", ["单职工公积金贷款最高额度", "双职工公积金贷款最高额度"]),
    # realestate_0026
    ("个人通过公积金贷款购买住房,公积金贷款最高额度单身职工为60万元,双职工为70万元。",
     ["单身职工公积金贷款最高额度", "双职工公积金贷款最高额度"]),
])
def test_members_written_between_name_and_value_name_each_value(sentence, names):
    assert [p.name for p in run(sentence).parameters] == names


@pytest.mark.parametrize("sentence, expected", [
    # extra elec_0014: 调高至 sets a value as 提高至 does; a price per 兆瓦时 keeps its unit
    ("深度调峰市场负荷段最高限价调高至1000元/兆瓦时。", [("深度调峰市场负荷段最高限价", "=", 1000, "元/兆瓦时")]),
    # other notices' wording (written as they do)
    ("燃气机组最高限价由600元/兆瓦调高为800元/兆瓦。", [("燃气机组最高限价", "=", 800, "元/兆瓦")]),
    ("首套住房首付比例调低至20%。", [("首套住房首付比例", "=", 20, "%")]),
])
def test_a_value_raised_or_lowered_by_tiao_is_set(sentence, expected):
    targets, parameters = _targets_and_params("江苏电力辅助服务(调峰)市场交易规则", sentence)
    assert parameters == expected and targets == []


# ------------------------------------------------------------------ shares of a sum, a price or a grant
@pytest.mark.parametrize("sentence, value", [
    # twelfth L_01: a share of a fund put to a use, another use allowed after it
    ("企业要按规定足额提取和使用职工教育经费,其中60%以上用于一线职工培训,可用于企业“师带徒”津贴补助。", 60),
    ("职工教育经费的60%以上用于一线职工培训,可用于职工技能提升。", 60),
])
def test_a_share_of_a_sum_put_to_a_use_is_a_parameter_whatever_follows(sentence, value):
    assert values(sentence) == ([], [value])


@pytest.mark.parametrize("sentence, value", [
    # twelfth L_01: the base is the total of a training grant (培训 names the grant, no commitment)
    ("对企业开展培训或者培训机构开展项目制培训的,可按培训补贴总额的50%先行拨付部分资金。", 50),
    ("可按补贴资金的50%预拨。", 50),
    ("按核定补贴资金的70%预拨,余款在验收后拨付。", 70),
])
def test_a_share_reckoned_on_a_grant_is_a_parameter(sentence, value):
    assert values(sentence) == ([], [value])


def test_a_share_reckoned_on_what_must_be_reached_stays_a_condition():
    assert run("按项目资金达到工程建设总投资的25%以上。").parameters == []


@pytest.mark.parametrize("sentence, expected", [
    # twelfth K_01
    ("企业以银行担保、保证保险等方式提供合同总价10%的履约担保。", [("履约担保比例", "=", 10, None, "%")]),
    ("中标人应当提交中标合同价款5%的履约担保。", [("履约担保比例", "=", 5, None, "%")]),
    ("建设单位应当提供工程款支付担保,额度为合同价10%的支付担保。", [("支付担保比例", "=", 10, None, "%")]),
])
def test_a_share_of_a_contract_price_is_a_setting_named_by_what_it_sets(sentence, expected):
    assert params(sentence) == expected


# ------------------------------------------------------------------ money per beneficiary after the slash
@pytest.mark.parametrize("sentence, units", [
    # realestate_0116 (the thirteenth end auditors' PAR02)
    ("额度在其可贷额度的基础上增加10万元/单职工、20万元/双职工。", ["万元/单职工", "万元/双职工"]),
    ("贷款最高额度为50万元/职工。", ["万元/职工"]),
    ("对购房家庭给予购房补贴2万元/家庭。", ["万元/家庭"]),
    ("给予购房补贴2万元/户。", ["万元/户"]),
])
def test_money_per_beneficiary_after_a_slash_keeps_the_beneficiary_in_its_unit(sentence, units):
    assert [p.unit for p in run(sentence).parameters] == units


def test_a_kilowatt_hour_after_the_slash_is_still_read():
    text = "电价不高于0.65元/度。"
    assert [q.unit for q in find_quantities(text, 0, len(text))] == ["元/度"]


# ------------------------------------------------------------------ a total over a period
@pytest.mark.parametrize("sentence", [
    # realestate_0151 (the thirteenth end auditors' PAR28), fourth plan_0020
    "每年贴息贷款总规模最高2000亿元。",
    "每年奖补资金总额不超过2000万元。",
])
def test_a_capped_total_per_period_is_the_governments_own(sentence):
    assert values(sentence)[1] == []


@pytest.mark.parametrize("sentence", [
    "同一项目每年贴息总额不超过800万元。",
    "每个项目每年补贴总额不超过50万元。",
])
def test_a_capped_total_per_recipient_stays_a_parameter(sentence):
    assert len(values(sentence)[1]) == 1


@pytest.mark.parametrize("sentence, names", [
    # realestate_0116, realestate_0101: the number caps the subsidised area, 补贴面积, not the subsidy
    ("补贴面积按所购商品房产权登记面积计算,购买商品住宅补贴面积最高不超过100平方米,购买公寓房补贴面积最高不超过60平方米。",
     ["商品住宅补贴面积", "公寓房补贴面积"]),
    ("本县农民进城购买新建商品住房,按规定退出宅基地的,由县财政按照每户400元每平方米予以补助,补助面积不超过160平方米。",
     ["每平方米予以补助", "补助面积"]),
])
def test_a_name_ends_in_the_noun_the_number_measures(sentence, names):
    assert [p[0] for p in params(sentence)] == names


@pytest.mark.parametrize("sentence, names", [
    # govcn_0050, realestate_0135, realestate_0116, third med_0008: 按 says how a share applies, no part of its name;
    # the verb after the share names what it sets where one follows (提前预付), the base in brackets
    ("医保基金在总额预算的基础上,按不低于采购金额的30%提前预付给医疗机构。", ["提前预付比例(占采购金额)"]),
    ("对“能办未办”的小区,自9月1日至11月30日,原则上按不超过实际缴纳契税数额的20%确定。", ["实际缴纳契税数额比例"]),
    ("公立医院按照不低于上年度药品实际使用量的80%填报采购量。", ["公立医院占上年度药品实际使用量比例"]),
])
def test_a_share_applied_by_an_is_named_without_it(sentence, names):
    assert [p[0] for p in params(sentence)] == names


@pytest.mark.parametrize("sentence, names", [
    # realestate_0025, realestate_0043: a cap noun after the amount names what it caps (提取限额, 财政补贴上限)
    ("职工家庭在北京市行政区域内无自有住房且租赁住房的,可按每人每月2000元限额提取住房公积金。", ["职工家庭提取限额"]),
    ("购买新建商品住房的,按每套10000元上限给予财政补贴。", ["财政补贴上限"]),
])
def test_a_cap_noun_after_the_amount_names_what_it_caps(sentence, names):
    assert [p[0] for p in params(sentence)] == names


@pytest.mark.parametrize("sentence, names", [
    # fourth plan_0019, realestate_0222: that a recipient qualifies (符合…条件的) is no part of whom a grant names
    ("对符合支持条件的单个平台给予最高1000万元资助。", ["单个平台资助"]),
    ("对专业技术人才、高技能人才等符合条件的人才群体给予购房价款1%的购房补贴。", ["专业技术人才、高技能人才等人才群体购房补贴比例"]),
])
def test_a_recipients_condition_is_no_part_of_the_name(sentence, names):
    assert [p[0] for p in params(sentence)] == names


def test_an_inline_enumerations_marker_opens_no_name():
    # realestate_0053: 二是 marks the second measure of the sentence
    assert [p[0] for p in params("一是住房公积金贷款最高额度由30万元调整至40万元;二是提高公积金贷款额度与缴存余额挂钩倍数,由原先20倍提高至25倍。")][-1] \
        == "公积金贷款额度与缴存余额挂钩倍数"


# ------------------------------------------------------------------ a share the grant after it is reckoned by (params25)
@pytest.mark.parametrize("sentence, expected", [
    # thirteenth T_01
    ("对省内首版次工业软件示范应用项目,按不超过项目总投资10%的比例,给予最高200万元奖补。",
     [("省内首版次工业软件示范应用项目奖补比例", "<=", 10, None, "%"), ("省内首版次工业软件示范应用项目奖补", "<=", 200, None, "万元")]),
    ("对带动新增主营业务收入2000万元以上的企业,按不超过新增主营业务收入1%的标准给予奖补,最高不超过100万元。",
     [("奖补比例", "<=", 1, None, "%"), ("奖补", "<=", 100, None, "万元")]),
    # fourth plan_0029
    ("对购置规定范围内的农业机械,按照不超过上年同档次产品市场销售均价30%的比例给予定额补贴。",
     [("定额补贴比例", "<=", 30, None, "%")]),
    # realestate_0124
    ("对出售二手房后又在中心城区范围内购买新建商品住房的,按办理不动产权证时实际缴纳契税额80%的比例由市财政给予奖励。",
     [("契税奖励比例", "=", 80, None, "%")]),
])
def test_a_share_written_as_the_ratio_of_a_grant_after_it_is_named_by_the_grant(sentence, expected):
    assert params(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # eighteenth H57A_04 (a 、 before 给予, a count chosen each year before it)
    ("实施标杆应用场景示范工程,每年遴选不超过10个,按照不超过场景建设实际投入的30%、给予最高不超过100万元奖励。",
     ("奖励比例", "<=", 30, None, "%")),
    # nineteenth H57A_11 (a comma before 给予; another notice, another city)
    ("按不超过模型调用产生的年度Token(词元)消耗量对应实际费用的30%,给予最高100万元补贴。", ("补贴比例", "<=", 30, None, "%")),
    # eighteenth H57A_03 (no comma; 资金支持 names the grant)
    ("每年遴选一批示范应用场景项目,按照项目总投入的30%给予最高100万元资金支持。", ("资金支持比例", "=", 30, None, "%")),
    # ninth doc_0021 (支持 alone)
    ("对基础研究公益基金会支持的基础研究项目,按照基金会投入的50%给予共同支持。", ("共同支持比例", "=", 50, None, "%")),
    # nineteenth H57D_08 (a verb granting the party after the share, the government's department before it)
    ("推动奖补政策落到实处,财政部门按当年新发放创业担保贷款总额的1%,奖励创业担保贷款经办银行、担保基金运营管理机构。",
     ("奖励比例", "=", 1, None, "%")),
])
def test_a_share_of_a_base_that_an_fen_opens_before_a_grant_is_the_grants_share(sentence, expected):
    assert params(sentence)[0] == expected
    assert expected[2] not in values(sentence)[0]  # (no target)


@pytest.mark.parametrize("sentence, expected", [
    # nineteenth H57D_05: a list of the fees an exempted service costs (the label, 其中 opening no name)
    ("(一)普通殡葬专用车遗体接运费320元(其中接尸费170元,运棺费150元);",
     [("普通殡葬专用车遗体接运费", "=", 320, None, "元"), ("接尸费", "=", 170, None, "元"), ("运棺费", "=", 150, None, "元")]),
    ("(六)消毒工料费50元;(七)装骨灰费10元;", [("消毒工料费", "=", 50, None, "元"), ("装骨灰费", "=", 10, None, "元")]),
    # seventeenth H55F_06: a fee each candidate pays
    ("笔译综合能力科目考务费61元。", [("笔译综合能力科目考务费", "=", 61, None, "元")]),
])
def test_a_noun_ending_in_fei_before_an_amount_in_yuan_names_the_fee(sentence, expected):
    assert params(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "安排优抚事业费74.6亿元。",  # a budget, in 亿元
    "带动消费4亿元以上,游客人均花费1050元。",  # 消费, 花费: no fee
])
def test_no_fee_is_read_from_a_budget_or_a_word_that_is_no_fee(sentence):
    assert not [p for p in params(sentence) if p[0].endswith("费")]


@pytest.mark.parametrize("sentence, expected", [
    # eighteenth H57A_04: each amount's tier in a bracket after it (no other dev text writes the form: phrasings varied)
    ("对B-D类人才,在南充工作期间取得A-C类人才资格条件的,分别给予总额500万元(达到A类)、200万元(达到B类)、60万元(达到C类)资助。",
     ["达到A类B-D类人才资助", "达到B类B-D类人才资助", "达到C类B-D类人才资助"]),
    ("购房补贴比例分别为1%(首套住房)、0.5%(二套住房)。", ["首套住房购房补贴比例", "二套住房购房补贴比例"]),
])
def test_values_listed_each_with_its_tier_in_a_bracket_carry_the_tier(sentence, expected):
    assert [p[0] for p in params(sentence)] == expected
    assert values(sentence)[0] == []  # (the bracket between members is no word of commitment: 达到 there names the tier)


def test_a_bracket_after_one_value_alone_stays_a_gloss():
    assert [p[0] for p in params("给予每户3000元补贴(二孩家庭)。")] == ["补贴"]


@pytest.mark.parametrize("sentence, expected", [
    # seventeenth H55C_06: 的 before a head that names no setting of its own
    ("按月领取基本养老金的退休人员,月基本养老金的最低标准调整为1463元;按月领取退职生活费的退职人员,月退职生活费的最低标准调整为1331元。",
     ["月基本养老金最低标准", "月退职生活费最低标准"]),
    # a named setting after 的 keeps its own name (…的首付款比例 -> 首付款比例)
    ("首套住房贷款的首付款比例为20%。", ["首付款比例"]),
])
def test_a_generic_head_after_de_is_the_standard_of_the_noun_de_closes(sentence, expected):
    assert [p[0] for p in params(sentence)] == expected


@pytest.mark.parametrize("sentence, expected", [
    # seventeenth H55C_05: members apart by a comma (each named by the list's fee)
    ("3.园所代办费:每人每月日托20元,整托30元(只限单位自办园所收取,市立和街道园所不得收取)。", ["month", "month"]),
    # members apart by 、 (as before)
    ("保育费每人每月日托20元、整托30元。", ["month", "month"]),
])
def test_the_period_a_list_opens_with_is_each_members(sentence, expected):
    assert [p.per for p in run(sentence).parameters] == expected


@pytest.mark.parametrize("sentence, unit, per", [
    # nineteenth H57D_08: a payer after the period, a 的 after the unit
    ("补贴标准按照不超过50元/天/人的标准确定。", "元/天/人", "day"),
    # the period last (seventh, realestate rents)
    ("租金标准为5.6元/平方米/月。", "元/平方米/月", "month"),
    ("车位租金200元/套/月。", "元/套/月", "month"),
])
def test_a_compound_unit_keeps_every_term_and_its_period(sentence, unit, per):
    row = run(sentence).parameters[0]
    assert (row.unit, row.per) == (unit, per)


@pytest.mark.parametrize("sentence", [
    # twentieth H58D_08: thresholds of a case that a clause joined by 且 closes with 的
    "纯餐饮企业年度营业收入在1000—2000万元(含)、2000万元以上,且环比增幅在10%以上的,每户分别奖励5万元、10万元。",
    "企业年度营业收入在2000万元以上,并且纳税额在100万元以上的,给予10万元奖励。",
])
def test_a_threshold_before_a_condition_joined_by_qie_is_a_condition(sentence):
    assert not [v for v in values(sentence)[1] if v in (1000, 2000)]


def test_a_share_detailed_in_a_bracket_before_its_grant_is_named_by_the_grant():
    # realestate_0116 (unlabelled)
    rows = params("在本文件有效期内在本县购买新建商品房的,按不超过实际支付房价款3%的比例(其中:购买首套房90平方米及以下为1%,"
                  "90平方米以上为1.5%;购买二套房为2%)给予购房消费券补贴支持。")
    assert rows[0] == ("购房消费券补贴比例", "<=", 3, None, "%")


@pytest.mark.parametrize("sentence, expected", [
    # thirteenth T_04: a past marker (以来) dating what qualifies, in the condition of a grant
    ("对于注册成立时间未满3年的人力资源服务机构,年度营业收入自其注册成立以来首次达到1亿元、5亿元、10亿元的,"
     "分别给予最高30万元、50万元、80万元的奖励;",
     [("奖励", "<=", 30, None, "万元"), ("奖励", "<=", 50, None, "万元"), ("奖励", "<=", 80, None, "万元")]),
    ("(二)自注册成立以来首次年度营业收入达到5000万元的人力资源服务机构,合法租赁该产业园在海珠区内的园区载体建筑面积"
     "超过200平方米且作为自用办公用房的,给予最高不超过10万元/年的场租补贴。",
     [("场租补贴", "<=", 10, None, "万元/年")]),
    # realestate_0067 (its number made up: the notice writes the grant elsewhere)
    ("2024年1月1日以来,出售自有住房完成产权过户,并在措施有效期内,在青川县购买参与购房补贴活动项目新建商品住房完成网签的,"
     "给予新房合同价款0.5%的购房补贴。", [("购房补贴比例", "=", 0.5, None, "%")]),
])
def test_a_past_marker_in_the_condition_of_a_grant_is_no_report(sentence, expected):
    assert params(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a share paid, written after the price (realestate_0048, realestate_0184, realestate_0092, realestate_0230, realestate_0227)
    ("土地出让合同签订后,一个月内缴纳土地成交价款的50%,六个月内缴齐剩余土地成交价款。", ("土地成交价款缴纳比例", "=", 50)),
    ("自签订土地出让合同之日起,一个月内缴纳土地出让金的50%。", ("土地出让金缴纳比例", "=", 50)),
    ("出让合同签订后1个月内缴纳至出让价款的50%,余款在出让合同签订后一年内缴清。", ("出让价款缴纳比例", "=", 50)),
    ("一个月内缴纳总价款的50%,余款可在合同签订后12个月内缴清。", ("总价款缴纳比例", "=", 50)),
    ("土地竞得方可在土地出让合同签订后1个月内缴纳成交价的50%。", ("成交价缴纳比例", "=", 50)),
    # a share whose name writes no word of a share is the share of what it names (realestate_0066, realestate_0040, shgov_0038)
    ("对土地或在建工程已作抵押的备案楼盘,住房公积金贷款保证金比例从10%降为5%。", ("住房公积金贷款保证金比例", "=", 5)),
    ("对旅行社继续实施100%暂退旅游服务质量保证金政策。", ("暂退旅游服务质量保证金比例", "=", 100)),
    # the paid share is what the words after 作为 name (realestate_0048, realestate_0164)
    ("新出让的土地项目,缴纳土地出让起始价的20%作为竞买保证金。", ("竞买保证金比例", "=", 20)),
    ("在签订合同后1个月内缴纳出让价款不少于50%作为首付款,余款可约定分期缴纳。", ("首付款比例", ">=", 50)),
    # not a share's own word that 付款 ends (fourth plan_0015)
    ("鼓励采购单位将对民营企业的合同预付款比例提高至合同金额的30%以上。", ("合同预付款比例", ">=", 30)),
])
def test_a_share_is_named_as_a_share(sentence, expected):
    assert params(sentence)[0][:3] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a grant written as paid once keeps 一次性 (sixth doc_0007, ninth doc_0021, ninth doc_0022, realestate_0066)
    ("1.首次创办OPC满一年,经认定符合条件的,给予1.2万元一次性创业补贴。", ["一次性创业补贴"]),
    ("基础研究投入达到或超过1亿元/年的企业,给予一次性财政补助1000万元;", ["一次性财政补助"]),
    ("对开展通信、导航、遥感等增值服务的企业,按照规定给予最高1000万元的一次性奖励。", ["一次性奖励"]),
    ("签订1年以上劳动合同且按规定缴纳社会保险的,给予1000元/人一次性吸纳就业补贴。", ["一次性吸纳就业补贴"]),
    # not the adverb of a verb (fifth doc_0003, realestate_0195)
    ("对新发展的100—500亩(含500亩)的中药材种植基地,一次性奖励企业100元/亩。", ["奖励"]),
    ("符合第(三)类奖补对象的个人,在享受契税补贴的同时,一次性再奖励2万元。", ["再奖励"]),
])
def test_a_grant_paid_once_keeps_its_word(sentence, expected):
    assert [row[0] for row in params(sentence)] == expected


def test_a_word_ending_in_mu_before_qian_is_no_present_state():
    # thirteenth T_03: 项目前8名 is 项目 and 前8名, no 目前 (how things stand now) cutting the rows after it
    rows = params("对获得单项项目前8名的运动员,市财政按以下标准给予奖励:每获得金牌1枚,奖励4万元;每获得银牌1枚,奖励1.5万元。")
    assert [(v, u) for _, _, v, _, u in rows] == [(4, "万元"), (1.5, "万元")]
    # fourth plan_0010: 项目前期工作 before a goal of the plan
    targets, _ = values("提速五莲街头等项目前期工作,在运在建抽水蓄能达到1000万千瓦左右。")
    assert targets == [1000]
    # 目前 itself still says how things stand now
    assert values("深圳目前首套房贷利率稳定在4.9%,二套房稳定在5.2%。") == ([], [])


@pytest.mark.parametrize("sentence, expected", [
    # thirteenth T_02: a list of designations won (新创建, 新认定为), each given its value by 分别, the parties (县级政府、园区管委会)
    # naming no one apart
    ("(九)对新创建天府旅游名县、天府旅游特色县、国家级全域旅游示范区、省级全域旅游示范区的县级政府,分别给予一次性奖励500万元、"
     "300万元、200万元、100万元。",
     ["天府旅游名县一次性奖励", "天府旅游特色县一次性奖励", "国家级全域旅游示范区一次性奖励", "省级全域旅游示范区一次性奖励"]),
    ("(八)对新认定为四川省文化旅游产业优秀龙头企业的,由属地政府一次性给予200万元奖励。", ["四川省文化旅游产业优秀龙头企业奖励"]),
    # an activity that qualifies commits to nothing but names no grant apart (ninth doc_0022)
    ("对开展通信、导航、遥感等增值服务的企业,按照规定给予最高1000万元的一次性奖励。", ["一次性奖励"]),
])
def test_designations_won_name_their_grants(sentence, expected):
    assert [row[0] for row in params(sentence)] == expected


@pytest.mark.parametrize("sentence, names", [
    # docs/CONVENTIONS.md (fifteenth session): a ratio, rate or cap of a loan the sentence names by its kind carries it
    # realestate_0145 (an unlabelled notice): 按揭贷款 and 住房公积金贷款, each in its own sentence
    ("商业银行对居民家庭购买首套住房,按揭贷款按照最低首付比例20%执行。", ["按揭贷款最低首付比例"]),
    ("住房公积金贷款额度可不受缴存年限限制,最高贷款额度按照80万元核定。", ["住房公积金贷款最高额度"]),
    # realestate_0083: 商业性个人住房贷款
    ("居民家庭申请商业性个人住房贷款购买第二套住房的,首付款比例最低为40%。", ["商业性个人住房贷款首付款比例"]),
    # realestate_0200: 首期付款比例 of 住房公积金贷款
    ("缴存人家庭购买一手商品住房,属于首套住房公积金贷款的,首期付款比例不低于20%。", ["住房公积金贷款首期付款比例"]),
    # realestate_0101: the kind named in the sentence's first part, before a ;
    ("缴存职工家庭申请住房公积金贷款时,夫妻双方均正常缴存住房公积金的,贷款最高限额调整为70万元;单人正常缴存住房公积金的,"
     "贷款最高限额为50万元。", ["住房公积金贷款最高限额", "住房公积金贷款最高限额"]),
    # realestate_0026: two kinds joined name neither alone; realestate_0160: a name with its kind keeps it
    ("个人通过商业银行和公积金贷款购买首套住房最低首付款比例不低于20%。", ["首套住房最低首付款比例"]),
    ("申请住房公积金贷款的,住房公积金贷款最高额度为60万元。", ["住房公积金贷款最高额度"]),
    # a document's title names no loan of the sentence; a grant is no part of a loan
    ("根据《关于优化个人住房贷款最低首付款比例政策的通知》,最低首付款比例统一为不低于15%。", ["最低首付款比例"]),
    ("使用住房公积金贷款购买新建商品住房的,给予每套1万元购房补贴。", ["购房补贴"]),
])
def test_a_loan_ratio_or_cap_carries_the_kind_its_sentence_names(sentence, names):
    assert [p[0] for p in measure_rows(sentence)[1]] == names


@pytest.mark.parametrize("sentence, expected", [
    # thirteenth T_04: a share written as one (的比例), its use in the next clause: the share of the sum put to that use
    ("鼓励人力资源服务机构将通过本措施第三条规定获得的奖励资金总额中50%以上的比例,用于管理团队或骨干人员补助。",
     [("奖励资金用于管理团队或骨干人员补助比例", ">=", 50)]),
    # realestate (real) and third govprc_0010: the share right before its use, named as before (the second member of the
    # list now by its sum and use too, as its reader writes it: 勘探开发基金作为职工奖励基金比例)
    ("将全市公积金增值收益的50%以上用于支持筹集建设保障性租赁住房和公租房。", [("全市公积金增值收益用于支持筹集建设保障性租赁住房比例", ">=", 50)]),
    ("天然气勘探开发基金要在建设银行专户存储,其中88%用作天然气勘探开发建设,8%作为职工奖励基金,4%作为职工集体福利基金。",
     [("天然气勘探开发基金用作天然气勘探开发建设比例", "=", 88), ("天然气勘探开发基金作为职工奖励基金比例", "=", 8),
      ("天然气勘探开发基金作为职工集体福利基金比例", "=", 4)]),
])
def test_a_share_of_a_sum_put_to_a_use_is_named_by_the_use(sentence, expected):
    assert [(n, c, v) for n, c, v, _ in measure_rows(sentence)[1]] == expected


@pytest.mark.parametrize("sentence, expected", [
    # thirteenth P_02 (保险经纪人监管规定): a rule on registered capital is no statement of what a company is constituted
    # with; its minimum and a deposit reckoned on it are parameters
    ("经营区域不限于工商注册登记地所在省、自治区、直辖市、计划单列市的保险经纪公司的注册资本最低限额为5000万元。",
     [("注册资本最低限额", "=", 5000)]),
    ("保险经纪公司缴存保证金的,应当按注册资本的5%缴存,保险经纪公司增加注册资本的,应当按比例增加保证金数额。",
     [("保证金缴存比例", "=", 5)]),
    # a limit that sums over time: 累计 in its name commits to nothing (P_02 3.56)
    ("职业责任保险对一次事故的赔偿限额不得低于人民币100万元;一年期保单的累计赔偿限额不得低于人民币1000万元,且不得低于保险经纪人上年度的主营业务收入。",
     [("赔偿限额", ">=", 100), ("累计赔偿限额", ">=", 1000)]),
    # the capital stated as a value stays one row, its parts none (third govprc)
    ("公司注册资本为人民币31亿元,其中:国家历年的基本建设等投入积累形成的国有资产29亿元。", [("公司注册资本", "=", 31)]),
    # realestate_0151: a sentence that names capital among other measures keeps its target (below, test of targets)
])
def test_a_rule_on_registered_capital_sets_parameters(sentence, expected):
    assert [(n, c, v) for n, c, v, _ in measure_rows(sentence)[1]] == expected


def test_a_sentence_naming_registered_capital_keeps_its_target():
    # realestate_0151: 增加…注册资本 is a measure, not a company's constitution; the scale the plan commits to stays a target
    sentence = "2025—2027年省财政安排专项资金,逐步增加省级融资担保机构注册资本,实施降费奖补及代偿补偿,推动我省每年政府性融资担保规模超过1000亿元。"
    assert measure_rows(sentence)[0] == [(1000, "亿元")]


@pytest.mark.parametrize("text, names", [
    # realestate_0170: the kind named earlier in the paragraph (the item's own first sentence)
    ("7.提高公积金贷款额度。市直的单身单缴存职工贷款额度提高至30万元,已婚单缴存职工提高至40万元。",
     ["单身单缴存职工公积金贷款额度", "已婚单缴存职工公积金贷款额度"]),
    # realestate_0080: the kind named in the heading of the item the paragraph stands in (doc.task_at)
    ("(一)提高住房公积金贷款额度\n\n在石棉县购买自住住房的,家庭住房面积较小的,按规定执行。符合国家生育政策生育二孩家庭最高贷款额度提高10万元。",
     ["符合国家生育政策生育二孩家庭住房公积金贷款最高额度提高额"]),
    # ... however many paragraphs down (realestate_0208's item over two paragraphs)
    ("(三)优化住房公积金贷款政策\n对缴存职工购买首套自住住房的,按规定执行。\n多子女家庭最高贷款额度提高至80万元。",
     ["多子女家庭住房公积金贷款最高额度"]),
    # an item of its own whose heading names no kind takes none from the item before it
    ("(一)提高住房公积金贷款额度\n按规定执行。\n(二)降低首付比例\n首套住房首付比例调整为不低于15%。", ["首套住房首付比例"]),
    # realestate_0043: an item run on in the line is a paragraph of its own (the 按揭贷款 of item 1 is not item 2's)
    ("1.积极提供个人住房按揭贷款支持。各银行机构要适度降低贷款门槛。2.执行较低的贷款首付比例。各银行机构对首套房贷款执行不低于20%的首付比例。",
     ["首付比例"]),
    # realestate_0149: a 额度 of what is drawn (提取) is no loan's (named by whose it is, as its reader writes it)
    ("一、提高公积金贷款额度。提高多子女家庭租房提取公积金的额度,由每年每人1.5万元提高至1.8万元。", ["租房提取公积金额度"]),
])
def test_a_loan_ratio_or_cap_carries_the_kind_its_paragraph_or_heading_names(text, names):
    assert [p.name for p in process_text(text).parameters] == names


@pytest.mark.parametrize("sentence, names", [
    # realestate_0069, realestate_0149, fourth plan_0024: a name is never cut inside X及以上 / X及以下
    ("在此基础上,二孩居民家庭总套数可增加1套,三孩及以上居民家庭总套数可增加2套。",
     ["二孩居民家庭总套数", "三孩及以上居民家庭总套数"]),
    ("对个人消费者报废旧车并购买2.0升及以下排量燃油乘用车补贴1.5万元。", ["2.0升及以下排量燃油乘用车补贴"]),
    # shgov_0083: in coordinated limits each number takes its own clause's subject
    ("乘客所携带的物品重量不得超过30千克,体积不得大于0.2立方米,长、宽、高之和不得超过1.8米,并不得污损乘车环境。",
     ["物品重量", "体积", "长、宽、高之和"]),
])
def test_a_name_keeps_its_bound_of_who_and_its_own_clause(sentence, names):
    doc = run(sentence)
    assert [r.name for r in doc.parameters] + [t.indicator for t in doc.targets] == names


def _measure_params(text: str) -> list[tuple]:
    doc = Document(source_file="t", text=text, body_start=0, body_end=len(text), issue_date=ISSUED,
                   title="关于促进房地产市场平稳健康发展的若干措施")
    doc.deadlines = parse_deadlines(text, 0, len(text), ISSUED)
    extract_targets(doc)
    return [(p.name, p.comparator, p.value, p.unit) for p in doc.parameters]


@pytest.mark.parametrize("sentence, expected", [
    # realestate_0116 (reading set 15, Q_09): each tier of a breakdown is a row named by its case and the share the
    # sentence sets; the tier's own area is no row
    ("在本县购买新建商品房的,按不超过实际支付房价款3%的比例(其中:购买首套房90平方米及以下为1%,90平方米以上为1.5%;"
     "购买二套房为2%;购买三套房及以上为3%)给予购房消费券补贴支持。",
     [("购房消费券补贴比例", "<=", 3, "%"), ("首套房90平方米及以下购房消费券补贴比例", "=", 1, "%"),
      ("90平方米以上购房消费券补贴比例", "=", 1.5, "%"), ("二套房购房消费券补贴比例", "=", 2, "%"),
      ("三套房及以上购房消费券补贴比例", "=", 3, "%")]),
    # the share named in the tier's clause
    ("首套住房面积90平方米及以下的契税税率为1%,90平方米以上的为1.5%。",
     [("首套住房面积90平方米及以下契税税率", "=", 1, "%"), ("90平方米以上契税税率", "=", 1.5, "%")]),
    # the share named before the tiers, a range among them
    ("契税补贴比例90平方米以下为50%,90至144平方米为30%,144平方米以上为20%。",
     [("90平方米以下契税补贴比例", "=", 50, "%"), ("90至144平方米契税补贴比例", "=", 30, "%"),
      ("144平方米以上契税补贴比例", "=", 20, "%")]),
])
def test_each_tier_of_a_share_is_a_row_named_by_its_case(sentence, expected):
    assert _measure_params(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # realestate_0182: what the tier measures named right before it (季度销售面积), the value in the next clause
    ("对于实行国家统计联网直报的入库房地产开发项目,季度销售面积在5000平方米以上的,给予开发公司营销团队3万元奖励;季度销售面积在"
     "8000平方米以上的,给予开发公司营销团队5万元奖励。", [("季度销售面积5000平方米以上", 3), ("季度销售面积8000平方米以上", 5)]),
    # realestate_0103: 按照 after the tier, in its clause
    ("凡购买市区(含市管园区)新建商品住房的,建筑面积在90平方米以上按照10000元/套标准发放普惠消费券;建筑面积在90平方米及以下按照"
     "5000元/套标准发放普惠消费券。", [("建筑面积90平方米以上", 10000), ("建筑面积90平方米及以下", 5000)]),
    # realestate_0044: each tier a condition clause closed by 的, its value in the next clause (the long purchase cut to the tier)
    ("购买新建商品住房或二手住房90平方米及以下的,按照契税入库级次由同级财政按所缴纳契税额度给予50%补贴;购买新建商品住房或二手住房"
     "90平方米以上的,按照契税入库级次由同级财政按所缴纳契税额度给予80%补贴。", [("90平方米及以下", 50), ("90平方米以上", 80)]),
    # realestate_0074: what the tier measures after it (住房) kept, a range among the tiers
    ("公租房在租户或轮候户家庭购买60平方米以下住房的,给予2万元购房补贴;购买60至90平方米住房的,给予3万元购房补贴;购买90平方米以上"
     "住房的,给予4万元购房补贴。", [("60平方米以下住房", 2), ("60至90平方米住房", 3), ("90平方米以上住房", 4)]),
    # the 为 of a tier's own clause with the base of its share between (…的为契税的30%): the tier's area is no row
    ("购买144平方米以下住房的,补贴标准为契税的50%;144平方米以上的为契税的30%。", [("144平方米以下住房", 50), ("144平方米以上", 30)]),
])
def test_each_tier_a_condition_names_its_own_value(sentence, expected):
    rows = params(sentence)
    assert [r[2] for r in rows] == [v for _, v in expected]
    assert all(name.startswith(case) for (name, *_), (case, _) in zip(rows, expected))


@pytest.mark.parametrize("sentence", [
    # a single condition says who qualifies (no breakdown): the grant keeps its name
    "对年龄在35岁以上的,给予每人5000元一次性创业补贴。",
    # two conditions with no value between are the ends of one band (third med_0015's 举报奖励 tiers read one by one)
    "罚款金额在15万元以上的,50万元以下的,按罚款金额的1%奖励。",
])
def test_a_lone_condition_or_a_band_names_no_tier(sentence):
    rows = params(sentence)
    assert rows and not any(ch.isdigit() for name, *_ in rows for ch in name)  # (the value is a row, its name no tier)


@pytest.mark.parametrize("sentence, name", [
    # govcn_0028, realestate_0149, realestate_0168 (x2): a bare head or a rule's measure after <owner>的 is named with whose it is
    ("(二)纳税人为非独生子女的,由其与兄弟姐妹分摊每月2000元的扣除额度,每人分摊的额度不能超过每月1000元。", "每人分摊额度"),
    ("提高新市民、青年人、现役军人家庭、二孩及以上多子女家庭租房提取公积金的额度,由每年每人1.5万元提高至1.8万元。", "租房提取公积金额度"),
    ("首层商铺的层高放宽至6.5米。", "首层商铺层高"),
    ("突出住宅建筑外墙结构边线的空调外机隔板的最大进深尺寸放宽至0.8米。", "空调外机隔板最大进深尺寸"),
    # realestate_0092, realestate_0094: the head reckoned for each one of the thing its clause opens with, in the fuller words
    # its paragraph wrote it with (购房消费券), the cap after it named alike
    ("二、发放购房消费券。发放市主城区新建商品住宅、公寓购房消费券5000张(不含二手房),直接抵扣购房款,每套限用一张。"
     "每张消费券按300元/平方米确定额度,最高不超过3万元。", "购房消费券额度"),
    ("每张消费券按200元/平方米确定额度。", "消费券额度"),
    # (the rule reads the construction, not that notice's words: other classifiers and words of reckoning)
    ("每辆新能源汽车按照5000元确定额度。", "新能源汽车额度"),
    ("每台设备依据2000元/台确定额度。", "设备额度"),
    # not a relative clause, a condition closed by a number, nor a share against a base
    ("旅客所携带的行李重量不得超过20千克。", "行李重量"),
    ("其中单户担保金额500万元及以下的占比不得低于50%。", "占比"),
])
def test_a_bare_measure_is_named_with_its_owner(sentence, name):
    assert params(sentence)[-1][0] == name


def test_each_party_of_a_list_takes_its_value_after_the_first_is_named():
    # realestate_0124: the neighbour's name (一次性 read after the first value) copied for the next, its member replaced
    rows = params("对新到临沂“两新”组织就业或创办企业的博士研究生、硕士研究生和全日制本科生,在我市首次购房,符合条件的分别给予"
                  "30万元、10万元、5万元的一次性购房补贴。")
    assert [r[0] for r in rows] == ["博士研究生一次性购房补贴", "硕士研究生一次性购房补贴", "全日制本科生一次性购房补贴"]


@pytest.mark.parametrize("sentence, name", [
    # realestate_0066 (x3), realestate_0148: a bare discount named by the price it is taken off, before the number or after
    # 优惠的 (as realestate_0148's reader writes 中介费优惠)
    ("对安装使用ETC的货车,车辆通行费给予6%优惠。", "车辆通行费优惠比例"),
    ("延续实施国际标准集装箱运输车辆通行费30%优惠政策。", "车辆通行费优惠比例"),
    ("对柜台单笔10万元(含本数)以下的对公人民币跨行转账汇款手续费实行九折优惠,免收支票工本费。", "转账汇款手续费优惠"),
    ("参与“以旧换新”的房地产经纪机构,应对换房人给予不低于85折优惠的中介费。", "中介费优惠"),
    # a discount named already keeps its name; the giver before the number is no price
    ("开发企业在报备价格基础上给予不低于总价2%的购房优惠。", "购房优惠比例"),
    ("各银行给予5%优惠。", "优惠比例"),
])
def test_a_bare_discount_is_named_by_the_price_it_is_taken_off(sentence, name):
    assert params(sentence)[-1][0] == name


@pytest.mark.parametrize("sentence, expected", [
    # realestate_0033: a discount with no head, whatever verb applies it (定价), named by the price before it; 以下 caps it
    ("利用企事业单位自有土地建设的保障性租赁住房,应在同地段同品质市场租赁住房评估租金的九折以下定价。",
     [("租赁住房评估租金折扣", "<=", 90, None, "折")]),
    # realestate_0160: 低至 says how low the price may go (the reader's >=)
    ("对城乡居民在惠阳区内购买商品住房给予特价、团购折扣,折扣可低至八折,具体折扣点数以双方买卖合同签约为准。",
     [("城乡居民购房折扣", ">=", 80, None, "折")]),
    # realestate_0066, realestate_0148 (as before)
    ("车辆通行费给予八五折优惠。", [("车辆通行费优惠", "=", 85, None, "折")]),
    ("参与“以旧换新”的房地产经纪机构,应对换房人给予不低于85折优惠的中介费。", [("中介费优惠", ">=", 85, None, "折")]),
])
def test_a_discount_written_with_zhe_is_a_parameter_wherever_it_stands(sentence, expected):
    assert params(sentence) == expected


def test_lowered_to_is_no_floor_of_a_share():
    # (降低至 sets a value: the 低至 of a discount is read only where no 降/减 opens it)
    assert values("政府债务水平降低至60%。")[1] == []


@pytest.mark.parametrize("sentence, expected", [
    # realestate_0157 (twice): the base a payer's contribution is reckoned on is a setting, no fiscal base (以…为基数);
    # the notice's own jurisdiction opening the name is dropped (我市, 广州市 stays: a name of a place)
    ("自2025年3月1日起,我市住房公积金缴存基数下限由2300元调整为2500元。",
     [("住房公积金缴存基数下限", "=", 2500, None, "元")]),
    ("广州市住房公积金缴存基数下限从2025年3月1日起调整为2500元。",
     [("广州市住房公积金缴存基数下限", "=", 2500, None, "元")]),
    # (a base in a condition is none: realestate_0157 附件)
    ("从2025年3月1日起,个人缴存基数低于2500元的,将无法办理3月及以后汇补缴业务。", []),
])
def test_a_contribution_base_is_a_setting(sentence, expected):
    assert params(sentence) == expected


def test_a_fiscal_base_stays_none():
    # (sixth: 以…亏损一亿一千万元为基数 is a base reckoned from a figure, no row)
    assert values("以上年实际亏损一亿一千万元为基数。") == ([], [])


def test_a_parameter_set_after_a_definition_is_read():
    # realestate_0016: …是指… defines 多孩家庭; the clauses after it still set the loan's rise for each party (a target after
    # a definition stays unread)
    rows = params("1.我市多孩家庭(含二孩及以上)是指按国家政策,同一对夫妻已共同生育或合法收养两个(含)以上未成年子女(为现有子女数,"
                  "且均未满18周岁),购买首套自住住房的,享受贷款额度基础上浮,二孩家庭最高上浮10%、三孩及以上家庭最高上浮20%。")
    assert [r[1:] for r in rows] == [("<=", 10, None, "%"), ("<=", 20, None, "%")]
    assert values("青年人是指年龄在35周岁(含35周岁)以下的职工。") == ([], [])


@pytest.mark.parametrize("sentence, names", [
    # realestate_0168: coordinated parties after the name, alike only in their frame (从X提高到Y), each named with the name
    ("住房公积金贷款额度单人从50万元提高到60万元,夫妻双方从80万元提高到90万元。", ["单人住房公积金贷款额度", "夫妻双方住房公积金贷款额度"]),
    # realestate_0092: members ending alike, no start value (as before)
    ("最高贷款额度单职工提高到60万元,双职工提高到80万元。", ["单职工最高贷款额度", "双职工最高贷款额度"]),
    # realestate_0077: members written before the name each time keep their own names
    ("在遂宁市主城区购买自住住房的单缴存人最高贷款额度由50万元提高至70万元,双缴存人最高贷款额度由60万元提高至80万元。",
     ["单缴存人最高贷款额度", "双缴存人最高贷款额度"]),
])
def test_coordinated_parties_after_a_name_each_take_it(sentence, names):
    assert [r[0] for r in params(sentence)] == names


def test_a_setting_after_a_tier_breakdown_keeps_its_own_name():
    rows = _measure_params("契税补贴比例90平方米以下为50%,144平方米以上为20%;公积金贷款利率为3.1%。")
    assert rows[-1][0] == "公积金贷款利率"


def _params_issued(text: str, issued: dt.date, title: str | None = None) -> list[tuple]:
    doc = Document(source_file="t", text=text, body_start=0, body_end=len(text), issue_date=issued, title=title)
    doc.deadlines = parse_deadlines(text, 0, len(text), issued)
    extract_targets(doc)
    return [(p.name, p.value, p.unit) for p in doc.parameters] + [(t.indicator, t.value, t.unit) for t in doc.targets]


def test_a_standard_set_for_a_past_years_cases_is_no_report_of_that_year():
    # shgov_0004 (reading set 15, Q_01), issued 2020: the rewards per kWh for 2019's projects; the bracket of the
    # neighbour's member glosses it only
    rows = _params_issued("2.光伏项目。2019年光伏电站奖励标准为0.3元/千瓦时,分布式光伏(含户用光伏)奖励标准为0.15元/千瓦时"
                          "(学校光伏为0.36元/千瓦时)。", dt.date(2020, 6, 2), "上海市可再生能源和新能源发展专项资金扶持办法")
    assert rows == [("2019年光伏电站奖励标准", 0.3, "元/千瓦时"), ("分布式光伏(含户用光伏)奖励标准", 0.15, "元/千瓦时"),
                    ("学校光伏奖励标准", 0.36, "元/千瓦时")]
    # a past year's results stay a report: no rows
    assert _params_issued("2019年全市新增光伏装机容量达到50万千瓦,补贴资金增长12%。", dt.date(2020, 6, 2)) == []


@pytest.mark.parametrize("sentence, name", [
    # realestate_0163, realestate_0176, ninth doc_0064, shgov_0019: a share a name is changed by is its 上浮比例
    ("使用住房公积金贷款购买已认定为装配式建筑项目的商品住房,公积金贷款额度最高可上浮20%。", "公积金贷款额度上浮比例"),
    ("多子女家庭购买首套自住住房的,公积金贷款最高贷款额度可上浮20%。", "公积金贷款最高贷款额度上浮比例"),
    ("限额标准最高可上浮20%,各省、自治区、直辖市人民政府可根据本地区实际情况在此幅度内确定具体限额标准。", "限额标准上浮比例"),
    ("1人、2人家庭的每月每平方米居住面积租金补贴在前述基础上,上浮20%。", "上浮比例"),
])
def test_a_share_of_a_change_is_named_its_share(sentence, name):
    assert params(sentence)[-1][0] == name


@pytest.mark.parametrize("sentence, names", [
    # ninth doc_0064: a head right before a number of its own (上浮50%) names that number, not the amount before it;
    # the amount is named by the subject its clause sets by 为
    ("定额标准为每人每年4000元,最高可上浮50%,各省、自治区、直辖市人民政府可根据本地区实际情况在此幅度内确定具体定额标准。",
     ["定额标准", "上浮比例"]),
    # a list of amounts across clauses still takes the head closing it
    ("给予博士30万元,硕士11万元,本科5万元的购房补贴。", ["购房补贴"] * 3),
])
def test_a_head_after_the_amount_names_it_only_if_it_names_no_number_of_its_own(sentence, names):
    assert [r[0] for r in params(sentence)] == names


@pytest.mark.parametrize("sentence, expected", [
    # realestate_0230: the cap after a share of a grant paid once is the grant's, 一次性 read where the grant is written
    ("在丰来丰大专及以上学历人才和2016年1月1日至2021年5月31日期间生育二孩的家庭,购买新建商品住房的,给予所缴纳契税80%的一次性购房补贴,"
     "最高不超过3万元。",
     [("一次性购房补贴比例", "=", 80, None, "%"), ("一次性购房补贴", "<=", 3, None, "万元")]),
    # thirteenth T_01: a standard per measure, then its cap
    ("且从第二层起按厂房建筑面积每平方米100元的标准给予一次性补助,最高不超过500万元。",
     [("一次性补助", "=", 100, None, "元/平方米"), ("一次性补助", "<=", 500, None, "万元")]),
    # fourth plan_0024: what is granted for, read where the grant is written (对…智能设备给予…补贴)
    ("对个人消费者购买的手机、音响、照相机、电话手表等智能设备给予以旧换新补贴,按照实际销售价的15%补贴,单部最高不超过1000元。",
     [("手机、音响、照相机、电话手表等智能设备补贴比例", "=", 15, None, "%"),
      ("手机、音响、照相机、电话手表等智能设备补贴", "<=", 1000, None, "元")]),
    # realestate_0092: whose the bare 额度 is, read in the clause that opens with each one of the thing
    ("发放购房消费券5000张。每张消费券按300元/平方米确定额度,最高不超过3万元。",
     [("购房消费券额度", "=", 300, None, "元/平方米"), ("购房消费券额度", "<=", 3, None, "万元")]),
])
def test_a_list_member_is_named_by_the_words_where_its_neighbour_is_read(sentence, expected):
    # (one path: the member's name is its neighbour's name as read, built once where the neighbour's qualifiers stand,
    # not the neighbour's finished name copied)
    assert params(sentence) == expected


@pytest.mark.parametrize("sentence, names", [
    # realestate_0048 (audit18 PAR29), real 2c135e694f982cba, docs/CONVENTIONS.md's tier examples: a list whose each
    # member is a party written right before its own value names each value by its party
    ("购房补贴以货币形式一次性发放,发放标准按照全日制博士生10万元、全日制硕士生5万元、全日制本科生3万元、大中专生(含技工院校)2万元。",
     ["全日制博士生发放标准", "全日制硕士生发放标准", "全日制本科生发放标准", "大中专生发放标准"]),
    ("鼓励房地产开发企业按照博士或正高级职称8万元、副高级职称7万元、硕士6万元,在购房时一次性优惠。",
     ["博士或正高级职称购房时一次性优惠", "副高级职称购房时一次性优惠", "硕士购房时一次性优惠"]),
    ("住房公积金贷款最高限额单职工60万元、双职工80万元。", ["单职工住房公积金贷款最高限额", "双职工住房公积金贷款最高限额"]),
    ("购房补贴按照博士研究生40万元、硕士研究生15万元发放。", ["博士研究生购房补贴", "硕士研究生购房补贴"]),
    # two names are no parties; a value changed on a base names no party (最高增加)
    ("奖励5万元、补贴3万元。", ["奖励", "补贴"]),
    ("贷款额度可在原可贷款额度的基础上单缴存职工最高增加5万元、双缴存职工最高增加10万元。", ["原可贷款额度", "额度"]),
])
def test_values_listed_per_party_are_named_by_their_party(sentence, names):
    assert [p[0] for p in params(sentence)] == names


@pytest.mark.parametrize("sentence, expected", [
    # realestate_0200: 首期付款比例 is 首付款比例 written out, a name head as it is (rules/parameters.yaml name_heads)
    ("缴存人家庭购买二手商品住房,申请住房公积金贷款的首期付款比例不低于40%。",
     [("住房公积金贷款首期付款比例", ">=", 40, None, "%")]),
    ("缴存人家庭购买一手商品住房,属于首套住房公积金贷款的,首期付款比例不低于20%;属于第二套住房公积金贷款的,首期付款比例不低于30%。",
     [("住房公积金贷款首期付款比例", ">=", 20, None, "%"), ("住房公积金贷款首期付款比例", ">=", 30, None, "%")]),
    # (the same head written short, realestate_0227)
    ("首套住房最低首付款比例调整为不低于15%。", [("首套住房最低首付款比例", ">=", 15, None, "%")]),
])
def test_a_down_payment_written_out_is_named_as_one_written_short(sentence, expected):
    assert params(sentence) == expected


@pytest.mark.parametrize("title, sentence, unit", [
    # realestate_0066: 亩均 is 每亩 (rules/parameters.yaml averaged_per_measures), in a notice stating no goals
    ("广元市聚焦高质量发展推动经济运行整体好转的若干具体政策措施",
     "落实新建和改造提升高标准农田建设补助政策,市县财政配套资金亩均投入不低于1500元。", "元/亩"),
    # (每亩 before the amount, as it was read before: realestate_0066)
    ("广元市聚焦高质量发展推动经济运行整体好转的若干具体政策措施", "种粮大户补助提高至每亩100元。", "元/亩"),
    # (人均 is no measure: ninth doc_0002's 人均财政补助标准 stays 元)
    ("关于做好城乡居民基本医疗保障工作的通知", "居民医保人均财政补助标准达到580元。", "元"),
])
def test_money_averaged_over_a_measure_is_set_per_that_measure(title, sentence, unit):
    doc = process_text(f"{title}\n{sentence}\n")
    assert [p.unit for p in doc.parameters] == [unit]


@pytest.mark.parametrize("sentence, read, names", [
    ("普通标准住宅、非普通标准住宅、其他类型房地产土地增值税预征率分别按1.5%、2%、2.5%执行。",
     ["普通标准住宅土地增值税预征率", "非普通标准住宅土地增值税预征率", "其他类型房地产土地增值税预征率"],
     ["普通标准住宅土地增值税预征率", "非普通标准住宅土地增值税预征率", "其他类型房地产土地增值税预征率"]),
    ("对购买新建商品住房的,契税税率为:购买首套房90平方米及以下为1%,90平方米以上为1.5%。",
     ["", "契税税率"], ["首套房90平方米及以下契税税率", "90平方米以上契税税率"]),
    ("人才购房补贴发放标准按照全日制博士生10万元、全日制硕士生5万元、全日制本科生3万元执行。",
     ["人才购房补贴发放标准"] * 3,
     ["全日制博士生人才购房补贴发放标准", "全日制硕士生人才购房补贴发放标准", "全日制本科生人才购房补贴发放标准"]),
])
def test_what_a_list_or_breakdown_says_of_a_value_is_read_into_its_found_record(monkeypatch, sentence, read, names):
    """A 分别 list's members, a breakdown's shared name and cases, a party's list: read into Found (name, case), the
    rows kept as made, and each name built once (parameters.built)."""
    from pipeline.targets import prose

    seen = []
    built = prose.built
    monkeypatch.setattr(prose, "built", lambda doc, f, param, s, e: seen.append((param.name, f.name)) or built(doc, f, param, s, e))
    doc = run("某市关于促进房地产市场平稳健康发展的通知\n" + sentence + "\n")
    assert len({row for row, _ in seen}) == 1  # (each row under the one name read before the list)
    assert [name for _, name in seen] == read
    assert [p.name for p in doc.parameters] == names


@pytest.mark.parametrize("sentence, expected", [
    # realestate_0031: a count per household applied by 按 is a rate the rule sets (not a unit of reckoning: 按1名游客),
    # provided in a ratio (配比) as 配建 is
    ("八、中心城区新建商品住宅项目,地下停车位按1.2个/户或按地上建筑总面积的1/120m2配比。",
     [("地下停车位配比指标", "=", 1.2, None, "个/户")]),
    # (realestate_0008, 0012: 配建 as before)
    ("新建设的住宅小区机动车停车位,商品住房项目可按1泊/户或1泊/100平方米进行配建。",
     [("商品住房项目配建指标", "=", 1, None, "泊/户"), ("商品住房项目配建指标", "=", 1, None, "泊/100平方米")]),
])
def test_a_rate_per_household_applied_by_an_is_a_setting(sentence, expected):
    assert params(sentence) == expected


def test_an_amount_a_grant_word_gives_before_the_next_members_condition():
    # fourth plan_0029: after 对…, the 的 after 补贴10000元、 is the next member's (购买符合条件的燃油乘用车), no condition
    rows = params("对个人消费者报废注销本人名下符合条件的乘用车并购买符合条件的新能源乘用车补贴10000元、购买符合条件的燃油乘用车补贴7000元。")
    assert [(r[0], r[2]) for r in rows] == [("新能源乘用车补贴", 10000), ("燃油乘用车补贴", 7000)]
    # (a bounded amount in a 对…的 list is still a condition)
    assert values("对月销售额10万元以下、符合条件的小规模纳税人,免征增值税。") == ([], [])


def test_a_running_total_capped_after_a_list_member_is_the_grants_cap():
    # fourth plan_0029: 累计 before a bound caps what one recipient gets in a year (rules/parameters.yaml running_total_bounds)
    rows = params("家电以旧换新零售额增量每达1000万元,给予6万元奖励,每家企业每季度获得奖励上限为200万元、每年累计不超过500万元。")
    assert [(r[1], r[2], r[4]) for r in rows][-1] == ("<=", 500, "万元")
    # (a plan's cumulative goal stays a target)
    assert values("到2025年,新增就业1万人、累计不少于5万人。") == ([1, 5], [])


@pytest.mark.parametrize("sentence, names", [
    # gwr_0011, gwr_0013: a pair of names closed by 的 before the name own it, one row each (CONVENTIONS, coordinated names)
    ("今年要把城镇居民基本医保和新农合的财政补助标准提高到120元。", ["城镇居民基本医保财政补助标准", "新农合财政补助标准"]),
    ("各级财政对城镇居民医保和新农合的补助标准由每人每年120元提高到200元。", ["城镇居民医保补助标准", "新农合补助标准"]),
    # (parties that say who qualifies: one row, named with the pair; realestate_0211's wording with 的)
    ("对引进人才和多子女家庭的最高贷款额度提高至100万元。", ["引进人才和多子女家庭最高贷款额度"]),
])
def test_a_pair_of_names_closed_by_de_owns_the_name(sentence, names):
    assert [r[0] for r in params(sentence)] == names


@pytest.mark.parametrize("sentence, expected", [
    # lawref_0016: the extent of a zone a regulation lays down, named by the zone its clause opens with
    ("(一)千岛湖金竹牌取水口的管理范围为建筑物轮廓线外侧五十米以内的区域;", [("千岛湖金竹牌取水口管理范围", "<=", 50, None, "米")]),
    ("第二十一条 千岛湖配水工程的保护范围为从工程管理范围边线向外延伸二百米以内的区域。", [("千岛湖配水工程保护范围", "<=", 200, None, "米")]),
    ("检修交通隧洞进口、交通道路、检修排水管渠等其他工程设施的保护范围为从管理范围边线向外延伸五十米以内的区域。",
     [("检修交通隧洞进口、交通道路、检修排水管渠等其他工程设施保护范围", "<=", 50, None, "米")]),
    # (not a word's definition: extra shgov_0056's reader names a width the sentence does not name)
    ("陆域是指沿河口线两侧各外延不小于6米的区域,包括堤防、防汛墙、防汛通道、护堤地(青坎)等。", []),
])
def test_the_extent_of_a_zone_a_rule_lays_down_is_a_parameter(sentence, expected):
    assert params(sentence) == expected


def test_a_zone_an_act_applies_to_is_none():
    # (学校周边200米范围内: where a rule applies, no extent it lays down)
    assert values("禁止在学校周边200米范围内设置经营场所。")[1] == []


def test_a_past_marker_naming_the_document_supplied_is_no_report():
    # realestate_0086: 提供已完成网签备案的《商品房买卖合同》 says which contract is supplied; the grant after it is read
    rows = params("自2024年11月1日起至2025年12月31日,在市辖区购买新建商品房(住宅130平方米及以上,非住宅100平方米及以上),购房人申请"
                  "购房补贴时,提供已完成网签备案的《商品房买卖合同》、首付款银行缴纳凭证、贷款证明或缴纳全款证明材料,审核通过后,每套发放"
                  "1.5万元购房补贴。")
    assert rows == [("购房补贴", "=", 1.5, None, "万元")]
    # (a report stays unread: 已完成的 opening its clause)
    assert values("全市已完成的改造项目投资50亿元。") == ([], [])


def test_the_progress_a_presale_permit_asks_for_is_a_listed_standard():
    # realestate_0230: a standard named before 分别为 and a colon, its values listed
    rows = params("办理新建商品房预售许可应达到的形象进度分别为:多层2层结构封顶、小高层4层结构封顶、高层6层结构封顶。")
    assert [(r[0], r[2], r[4]) for r in rows] == [("形象进度", 2, "层"), ("形象进度", 4, "层"), ("形象进度", 6, "层")]


@pytest.mark.parametrize("text, lo, hi, unit", [
    # fifth doc_0002: a range of money with the unit written at both ends
    ("视新产品对县域经济发展带动作用和市场前景给予企业10万元—100万元资金支持。", 10, 100, "万元"),
    # as other notices write such ranges (hyphen, 至, 到, another magnitude at the top)
    ("给予10万元-100万元奖励。", 10, 100, "万元"),
    ("按贡献大小给予5万元至20万元奖励。", 5, 20, "万元"),
    ("一次性给予5000元~1万元补贴。", 5000, 10000, "元"),
    # a hyphen after any unit repeated_unit_range names (元/吨 too) separates the range's ends: no token's joint
    ("按5元/吨-8元/吨给予运输补贴。", 5, 8, "元/吨"),
])
def test_a_money_range_writing_its_unit_twice_is_one_range(text, lo, hi, unit):
    assert [(q.comparator, q.value, q.value_max, q.unit) for q in find_quantities(text)] == [("range", lo, hi, unit)]


@pytest.mark.parametrize("text, count", [
    ("购车价5万元(含)至10万元(不含)新车。", 2),  # a band of prices (band_marks): read as written
    ("公积金贷款最高额度由50万元提高至60万元。", 2),  # a change, no range
    ("2020年-2025年", 0),
    ("工业增加值同比增长-5%。", 0),  # a hyphen after a word is a minus: no 5% read
])
def test_amounts_that_are_no_repeated_unit_range(text, count):
    assert len([q for q in find_quantities(text) if q.value_max is None]) == count


@pytest.mark.parametrize("sentence, expected", [
    # housing notices setting their values item by item after a name and a bare colon (the dev sets' notices write
    # 为:/如下: before such lists, sixth doc_0001, shgov_0019; these are the bare forms of the same lists)
    ("住房公积金贷款首付款比例:首套住房最低为20%,二套住房最低为30%。", [(">=", 20), (">=", 30)]),
    ("首付款比例:首套住房不低于20%,二套住房不低于30%。", [(">=", 20), (">=", 30)]),
    ("购房补贴标准:博士20万元,硕士10万元,本科5万元。", [("=", 20), ("=", 10), ("=", 5)]),
])
def test_values_listed_after_a_name_and_a_bare_colon(sentence, expected):
    assert [(c, v) for _, c, v, _ in _targets_and_params("关于促进房地产市场平稳健康发展的若干措施", sentence)[1]] == expected


@pytest.mark.parametrize("sentence, name", [
    # realestate_0043: the face value of a voucher (gold 家电消费券面额)
    ("购房农民可任选一张消费券(仅限一张),消费券面额分别为1000元、3000元和5000元。", "消费券面额"),
    # as a notice issuing vouchers by a share of the price writes it
    ("发放购房券,面额为购房总价的5%。", "面额比例"),
])
def test_the_face_value_of_a_voucher_is_a_setting(sentence, name):
    assert _targets_and_params("关于促进房地产市场平稳健康发展的若干措施", sentence)[1][0][0] == name


# ------------------------------------------------------------------ a size set for a thing (p54)
@pytest.mark.parametrize("sentence, expected", [
    # realestate_0224
    ("可少量配置建筑面积95平方米左右的三室户,仅向有不同性别子女且子女均大于8周岁(含)的家庭供应。",
     ("三室户建筑面积", "~", 95.0, None, "平方米")),
    # fifteenth H53C_01
    ("新引进紧缺人才经认定后,可获得最长10年、每月5000元的租房补贴,或免租入住最长10年、面积90平方米左右的住房。",
     ("住房面积", "~", 90.0, None, "平方米")),
])
def test_size_about_a_number_before_its_noun(sentence, expected):
    assert expected in params("一、住房保障\n" + sentence)


def test_size_bounded_before_its_noun_picks_out_which():
    # a bound, not 左右: which flats a rule is for, no size set
    assert not [p for p in params("一、住房保障\n建筑面积90平方米以上的住房,按2车位/户配建。") if p[0].endswith("住房建筑面积")]


# ------------------------------------------------------------------ fees, raises per person, values listed under a lead
@pytest.mark.parametrize("sentence, expected", [
    # seventeenth H55F_08: 每人收取考试报名费20元。客观题科目每人每科收取考务费61元
    ("每人收取考试报名费20元。客观题科目每人每科收取考务费61元,主观题科目每人每科收取考务费69元。",
     [("考试报名费", "=", 20, None, "元"), ("客观题科目考务费", "=", 61, None, "元"), ("主观题科目考务费", "=", 69, None, "元")]),
    # seventeenth H55F_05: 每人每科次
    ("每人收取报名费20元,每人每科次收取考务费50元。", [("报名费", "=", 20, None, "元"), ("考务费", "=", 50, None, "元")]),
    # seventeenth H55F_06: the subject before the per-person marker stays
    ("每人收取报名费20元,各级别笔译综合能力科目每人收取考务费61元,各级别笔译实务科目每人收取考务费65元。",
     # (the second fee names its subject too since grants58's fee names, as gold writes 笔译综合能力科目考务费)
     [("报名费", "=", 20, None, "元"), ("各级别笔译综合能力科目考务费", "=", 61, None, "元"), ("各级别笔译实务科目考务费", "=", 65, None, "元")]),
    # sixteenth H55A_05 (another source): the fee named after the amounts, by 按…标准收取
    ("《建设工程监理案例分析》科目按每人120元标准收取考试费,报名费按每人10元收取。",
     [("考试费", "=", 120, None, "元"), ("报名费", "=", 10, None, "元")]),
])
def test_a_fee_charged_per_person_is_named_by_the_fee(sentence, expected):
    assert params(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # seventeenth H55C_06: the raise per person and month, its sentence naming what it raises
    ("月养老金低于2773元的,每人每月增加150元;",
     [("养老金增加额", "=", 150, None, "元")]),
    # seventeenth H55C_06 item 3: the band's own measure names it (its neighbour's band too)
    ("月养老金在2773元及其以上,低于3770元的,每人每月增加100元;",
     [("养老金增加额", "=", 100, None, "元")]),
])
def test_a_raise_per_person_is_named_by_what_it_raises(sentence, expected):
    raised = [e[2] for e in expected]
    assert [p for p in params(sentence) if p[2] in raised] == expected  # (the band's bounds are not this test's)


def test_a_raise_per_person_naming_nothing_is_no_parameter_here():
    # (no head in the sentence: what its item or title raises is read by laid_on_parties._granted_to_each, in a whole notice)
    assert params("年满65周岁不满70周岁的,每人每月再增加90元。") == []


def test_values_listed_on_the_lines_under_a_lead_carry_their_tier():
    # seventeenth H55C_05: a lead closing its line, then one line per tier, paragraphs apart
    text = ("1.保育费(含杂费、卫生费、取暖费等)每人每月收费标准为:\n\n一级一类园所:日托50元,整托70元。\n\n"
            "二级二类园所:日托40元,整托55元。\n")
    assert [(p.name, p.value, p.per) for p in run(text).parameters] == [
        ("一级一类园所日托保育费收费标准", 50, "month"), ("一级一类园所整托保育费收费标准", 70, "month"),
        ("二级二类园所日托保育费收费标准", 40, "month"), ("二级二类园所整托保育费收费标准", 55, "month")]


def test_a_line_under_a_lead_of_no_standard_is_not_listed():
    # (the lead names no standard: the lines below are not its values)
    text = "一、工作安排如下:\n一级一类园所:日托50元。\n"
    assert not any(n.endswith("标准") for n, *_ in params(text))


@pytest.mark.parametrize("sentence, expected", [
    # seventeenth H55C_07: a multiple of a long base after its bound
    ("单位及个人的住房公积金缴存基数原则上不超过本市统计部门公布的2015年度全市在岗职工月平均工资的3倍(即20259元)。",
     ("住房公积金缴存基数", 3, "倍")),
])
def test_a_multiple_of_a_long_base_after_its_bound_is_named_by_the_setting(sentence, expected):
    assert [(n, v, u) for n, _, v, _, u in params(sentence)][:1] == [expected]
    row = run(sentence).parameters[0]
    assert (row.comparator, row.per) == ("<=", None)  # (the year names the base: no stop for the bound, no period)


def test_a_goal_lead_above_lines_of_bounds_lists_no_standard():
    # lawref_0009: 应当达到下列标准: is a goal lead (ANNOTATION: a standard to reach), not a standard set
    text = ("第十八条 国土绿化建设应当达到下列标准:\n\n(一)山地绿化:宜林荒山绿化率95%以上;\n\n"
            "(二)平原农田林网建设:网格面积不得大于400亩,林网化率90%以上;\n")
    assert not any("标准" in name for name, *_ in params(text))  # (whatever else reads them, not the lead)


@pytest.mark.parametrize("sentence, expected", [
    # seventeenth H55B_01: a rent per measure and per month keeps both
    ("公寓住房按套计算租金,租金标准为200元/套/月。", ("租金标准", 200, "元/套/月", "month")),
    ("成套住宅按建筑面积计算租金,租金标准为5.6元/m2/月。", ("租金标准", 5.6, "元/m2/月", "month")),
])
def test_a_period_after_a_compound_unit_stays_in_the_unit(sentence, expected):
    doc = run(sentence)
    assert [(p.name, p.value, p.unit, p.per) for p in doc.parameters] == [expected]


@pytest.mark.parametrize("sentence, expected", [
    # seventeenth H55F_07: an exam's fee per subject, no fee noun, named by its clause
    ("每人收取报名费20元。其中一级建筑师知识题(选择题)考试每科63元,一级注册建筑师作图题考试每科152元。",
     [("报名费", 20), ("一级建筑师知识题(选择题)考试", 63), ("一级注册建筑师作图题考试", 152)]),
    # sixteenth H55A_05 (another source): per person and per subject, the fee named after
    ("前3科按每人每科60元标准收取考试费。", [("考试费", 60)]),
    # sixth doc_0001 (a reserve's rules): a charge per year and ton, named by its whole clause
    ("其中,市级储备粮(原粮)保管费每年100元/吨,食用植物油保管费每年300元/吨。",
     [("市级储备粮(原粮)保管费", 100), ("食用植物油保管费", 300)]),
])
def test_an_amount_per_unit_no_head_names_is_named_by_its_clause(sentence, expected):
    assert [(n, v) for n, _, v, _, _ in params(sentence)] == expected


def test_an_amount_a_bound_precedes_is_not_named_by_its_clause():
    # ninth doc_0001: a bound before the number, no marker: the clause (a gloss in brackets) is no name
    names = [n for n, *_ in params("入住人数少于或等于10人的,安排运行经费(不含人员工资、绩效等经费)不少于2万元/年。")]
    assert len(names) == 1 and "不含" not in names[0]


@pytest.mark.parametrize("sentence, expected", [
    # eighteenth H57D_02: a medical aid's cap line, the total it sums over the year no aggregate outcome
    ("住院救助和门诊特殊病种救助年度合计救助金额封顶线为20000元。",
     [("门诊特殊病种救助年度合计救助金额封顶线", "=", 20000, None, "元")]),
    ("城乡医疗救助不设起助线,住院起付线为800元。", [("住院起付线", "=", 800, None, "元")]),
])
def test_the_lines_a_medical_scheme_pays_between_are_settings(sentence, expected):
    assert params(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # eighteenth H57D_02: a medical aid is a grant; the head inside the gloss (起付线) names nothing
    ("县民政局根据当年城乡医疗救助基金使用情况,给予个人自付部分(不含起付线以下费用)30%救助。", [("救助比例", "=", 30, None, "%")]),
    ("扣除社会基本医疗保险基金支付金额后,给予60%的救助。", [("救助比例", "=", 60, None, "%")]),
])
def test_a_share_of_aid_granted_is_a_parameter(sentence, expected):
    assert params(sentence) == expected


def test_spending_held_within_a_share_of_a_base_is_a_goal():
    # eighteenth H57D_02: 控制在 hides in the base the words read cut (a target, as its reader wrote it)
    assert values("此项救助总支出应控制在当年筹资总额的10%以内。") == ([10], [])
    # (a bound on a grant's share of a base stays a setting)
    assert params("补贴比例不超过项目投入的30%。") == [("补贴比例", "<=", 30, None, "%")]


def test_standards_a_later_item_declares_ceilings_are_caps():
    # seventeenth H55C_05: 三、以上标准为最高限价 makes each fee of 一、 a ceiling (its reader's <=)
    text = ("一、收费标准\n2.托儿补助费:每人每月40元。\n二、除以上收费项目外,各园所不得另立收费项目。\n"
            "三、以上标准为最高限价,各区(县)在限价范围内可自行定价,不得突破。\n")
    assert [(c, v) for _, c, v, *_ in params(text)] == [("<=", 40)]
    # (no such declaration: the fee is as set)
    assert [c for _, c, *_ in params("2.托儿补助费:每人每月40元。")] == ["="]


@pytest.mark.parametrize("sentence", [
    # twentieth H58D_08 (the heading glued on as the extraction reads it): tiers listed, a case with an alternative
    "二、加快商贸服务业项目投资(二)凡符合商贸流通业发展规划要求、实际投资额(不含土地成本)达到5000万元、2亿元、5亿元(含)以上的新建项目"
    "或实际投资额达到3000万元、1亿元、3亿元(含)以上的改造提升项目,开业后可分别给予一次性奖励20万元、30万元、50万元。",
    # a threshold joined by 且 to a reached share, closed by 的 and the party (twentieth H58D_08)
    "主营业务年度营业收入在5000万元(含)以上且环比增幅达到10%的其他商贸服务业企业,每户奖励5万元。",
    # ... closed by 的 and 可获得奖励 (twentieth H58D_08)
    "辖区内批发、零售企业当年营业收入总额达到500万元及以上且申报为限额以上商贸企业的可获得奖励。",
    # ... a joined clause followed by the clause that grants (twentieth H58D_08)
    "市外引进或迁入的大型商贸服务企业总部,注册资本在1000万元(含)以上,且年度营业收入在1亿元(含)以上,按营业额的0.2%给予奖励三年。",
    # thirteenth T_04 reworded: the tiers before the party, not after 的
    "年度营业收入首次达到1亿元、5亿元、10亿元的人力资源服务机构,分别给予最高30万元、50万元、80万元的奖励。",
])
def test_a_threshold_in_the_subject_clause_of_a_grant_is_a_qualifier(sentence):
    doc = run(sentence)
    assert not doc.targets
    assert all(p.name.endswith(("奖励", "奖励比例")) for p in doc.parameters)


@pytest.mark.parametrize("sentence, expected", [
    # fifth doc_0003: a fund set up whose use names grants is the government's own commitment
    ("设立规模不低于1亿元的重点产业发展引导资金,列入县财政预算,用于重点产业发展补助和奖励。", [1]),
    # a goal reached, then a grant for reaching it (made up): the goal stays a target
    ("力争全年社会消费品零售总额增长8%以上,对达到目标的企业给予奖励。", [8]),
])
def test_a_commitment_before_a_grant_stays_a_target(sentence, expected):
    assert values(sentence)[0] == expected
