"""Numbers that are no commitment, told by the language around them: sentences as published in
the real notices of tests/real (corpus, extra/corpus, third/corpus; file named in each case),
several phrasings and files per rule, and a commitment of the same shape that stays a target."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.document import Document
from pipeline.numbers.quantities import find_quantities
from pipeline.run import process_text
from pipeline.targets import extract_targets


def targets(sentence: str) -> list:
    doc = process_text("一、目标\n" + sentence)
    for t in doc.targets:
        assert doc.text[t.char_start:t.char_end] == t.span_text
    return doc.targets


def values(sentence: str) -> list[float]:
    return [t.value for t in targets(sentence)]


# ------------------------------------------------------------------ the length of a code
@pytest.mark.parametrize("sentence", [
    "中药饮片编码分4个部分共10位,通过大写英文字母和阿拉伯数字按特定顺序排列表示。",  # med_0019
    "第1部分:中药饮片识别码,用1位大写英文字母“T”表示。",  # med_0019
    "第3部分:功效分类码,根据中药功效大类划分,用2位阿拉伯数 字表示。",  # med_0019, a PDF's wrap inside 数字
    "其中,前两位代码表示省级行政区(省、自治区、直辖市),中间两位代码表示市级行政区(市、地区、自治州、盟)。",  # med_0019
    "四、科目代码由“××·××”构成,其中小数点前两位为一级科目识别码,小数点后两位为二级科目识别码。",  # med_0012
])
def test_the_length_of_a_code_is_no_target(sentence):
    assert values(sentence) == []


def test_people_counted_in_wei_stay_targets():
    assert values("到2025年,每个社区至少配备2位全科医生。") == [2]


# ------------------------------------------------------------------ the notice's own items
@pytest.mark.parametrize("sentence", [
    "基本实现上述5个主要门诊慢特病的相关治疗费用跨省直接结算统筹地区全覆盖。",  # med_0003
    "医师依法取得两个或两个类别以上医师资格的,除以下两款情况之外,只能选择一个类别及其中一个相应的专业作为执业范围进行注册。",  # med_0007
    "庭审时法官主要审理上述两个表格中的焦点问题。",  # govcn_0048
    "定点医药机构可以通过接入医保部门智能监管子系统、自建事前提醒系统等两种方式开展事前提醒,两种方式也可以并存。",  # med_0005
    "采取借款和贷款补贴两种方式支持全职引进的高层次人才购买首套产权住房。",  # realestate_0148
])
def test_counts_of_the_notices_own_items_ways_and_cases_are_no_targets(sentence):
    assert values(sentence) == []


# ------------------------------------------------------------------ states described
@pytest.mark.parametrize("sentence", [
    "去年价格上涨的翘尾影响约有1个百分点。",  # gwr_0014
    "汇聚了我市实力雄厚、品牌良好、绿色创新的66家房地产开发企业,共有72个房地产项目倾情参与。",  # realestate_0028
])
def test_what_there_is_about_or_in_all_is_no_target(sentence):
    assert 72 not in values(sentence) and 1 not in values(sentence)


def test_a_commitment_with_about_stays_a_target():
    assert values("到2025年,城镇新增就业约1万人。") == [1]


# ------------------------------------------------------------------ definitions
@pytest.mark.parametrize("sentence", [
    "医师多点执业是指医师于有效注册期内在两个或两个以上医疗机构定期从事执业活动的行为。",  # med_0009
    "新市民是指未获得我市户籍或获得我市户籍不满三年的职工。",  # realestate_0129
    "我市多孩家庭(含二孩及以上)是指按国家政策,同一对夫妻已共同生育或合法收养两个(含)以上未成年子女。",  # realestate_0016
])
def test_numbers_in_a_definition_are_no_targets(sentence):
    assert values(sentence) == []


# ------------------------------------------------------------------ the make-up of a body, its meetings
@pytest.mark.parametrize("sentence", [
    "联合采购办公室由试点城市各派1名代表组成,主任人选由试点地区推举确定。",  # govcn_0050
    "联席会议由公安部、中央综治办、发展改革委、国土资源部和中国石油天然气集团公司、中国石油化工集团公司共6个部门(单位)和企业组成。",  # govprc_0018
    "联席会议原则上每年召开一次例会。",  # govprc_0003
    "联络员工作组每季度召开一次例会。",  # govprc_0018
])
def test_who_makes_up_a_body_and_its_regular_meetings_are_no_targets(sentence):
    assert values(sentence) == []


def test_a_meeting_a_plan_commits_to_stays_a_target():
    assert values("各区每季度召开一次推进会。") == [1]


# ------------------------------------------------------------------ the state that ends a measure
def test_the_state_that_ends_a_measure_is_no_target():
    # realestate_0148
    sentence = ("商品住宅去化周期超过36个月的,应暂停新增商品住宅用地出让,同时下大力气盘活存量,"
                "直至商品住宅去化周期降至36个月以下。")
    assert values(sentence) == []
    assert values("到2025年,全市商品住宅去化周期降至36个月以下。") == [36]


# ------------------------------------------------------------------ tiers of a grant
@pytest.mark.parametrize("sentence", [
    # realestate_0040: a size before 的 and the noun its clause ends with
    "凡在非专业演出场馆举办单场售票3000人至1万人的营业性演出活动,按演出举办单位单场售票收入的2%奖励;"
    "单场售票1万人以上的营业性演出活动,按演出举办单位单场售票收入的3%奖励。",
    # realestate_0040: 对 opens the part of the sentence whose 的 the size comes before
    "对组织招徕省外入吉游客6人(含)以上、停留3天以上的旅行团,按1名游客300元给予奖补;"
    "对通过专列方式,一次性组织300人(含)以上、停留3天以上的青少年研学旅行团,每列次奖补6000元。",
])
def test_tiers_a_grant_is_reckoned_by_are_no_targets(sentence):
    assert values(sentence) == []


def test_a_count_of_facilities_to_have_stays_a_target():
    assert values("力争每个县(市)区有1所以上的老年养护院,每个乡镇有1个以上的综合服务站。") == [1, 1]


# ------------------------------------------------------------------ numbers and names
@pytest.mark.parametrize("s, value, unit", [
    ("地方财政应补贴油田亏损一亿一千万元为基数", 1.1, "亿元"),  # govprc_0012
    ("一九九〇年我国实际加工原油一亿零七百二十万吨", 1.072, "亿吨"),  # govprc_0009
    ("按一九八八年油田实际上交财政的利润一千三百三十万元划转", 1330, "万元"),  # govprc_0014
    ("发行超长期特别国债一万亿元", 1, "万亿元"),
])
def test_a_chinese_numeral_with_yi_inside_is_read_whole(s, value, unit):
    q = next(iter(find_quantities(s)))
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("sentence, indicator", [
    ("2021年底前,各省份每个县至少有1家普通门诊费用跨省 联网医疗机构。", "普通门诊费用跨省联网医疗机构"),  # med_0003
    ("统筹地区至少培育2—3名智能审核和监控 业务骨干。", "智能审核和监控业务骨干"),  # med_0005
])
def test_a_pdf_line_break_inside_a_name_is_no_space(sentence, indicator):
    assert [t.indicator for t in targets(sentence)] == [indicator]


# ------------------------------------------------------------------ bases, constitutions, attendance
@pytest.mark.parametrize("sentence, kept", [
    # govprc_0010: a base the policy sets is the quota each producer delivers (the third collection's gold)
    ("国家对石油部天然气商品量常数包干,每年包干基数定为67.5亿立方米。", [67.5]),
    ("财政基数的划转,按规定应以一九八八年地方财政应补贴油田亏损一亿一千万元为基数,考虑到你省的实际困难,"
     "同意按零为基数。", []),  # govprc_0012
    ("财政上交基数,按一九八八年油田实际上交财政的利润一千三百三十万元划转。", []),  # govprc_0014
    # govcn_0009: the base is no target, the level to reach from it is
    ("扩大内地西藏初中班(校)招生规模,以1995年实招人数1445名为基数,从1996年开始逐年扩招,分3年落实,"
     "至1998年达到2000名的招生规模。", [2000]),
    ("单位地区生产总值能耗以2020年为基数下降13.5%。", [13.5]),
])
def test_the_base_of_a_fiscal_arrangement_is_no_target(sentence, kept):
    assert values(sentence) == kept


def test_what_a_company_is_constituted_with_is_no_target():
    # govprc_0015
    assert values("公司注册资本为人民币31亿元,其中:国家历年的基本建设等投入积累形成的国有资产29亿元,"
                  "部门基本建设基金借款转增国家资本金2亿元。") == []


@pytest.mark.parametrize("sentence, kept", [
    ("天河区卫生健康局领导,局相关科室和各社区卫生服务机构及家庭医生签约项目负责人共88人齐聚一堂,"
     "共商家庭医生签约服务发展新路径。", []),  # gz_0001
    ("每年组织培训基层医务人员200人。", [200]),
])
def test_people_who_attended_an_event_are_no_target(sentence, kept):
    assert values(sentence) == kept


@pytest.mark.parametrize("sentence, kept", [
    ("认真落实国务院关于鼓励引导民间投资新36条,抓紧制定公开透明的市场准入标准和支持政策,切实放宽市场准入,"
     "真正破除各种有形和无形的壁垒,鼓励和引导民间资本进入基础产业和基础设施、市政公用事业、社会事业、"
     "金融服务等领域,推动民营企业加强自主创新和转型升级。", []),  # gwr_0012 (its first clauses)
    ("认真落实国务院关于鼓励引导民间投资新36条,出台具有可操作性的实施细则。", []),  # gwr_0013
    ("落实推动制造业高质量发展二十四条措施,统筹市县两级资金积极支持全市优势制造业发展,"
     "积极推荐符合条件的企业争取上级工业发展、中小企业发展等专项资金支持。", []),  # realestate_0066
    # counts of 条 that are something to deliver stay: a noun before them, no carrying out
    ("新增白玉兰栽植及观赏点位30个,总计达60个;特色道路10条,总计达20条;特色园5座,总计达10座。",
     [30, 60, 10, 20, 5, 10]),  # shgov_0012
])
def test_a_document_named_by_its_count_of_articles_is_no_target(sentence, kept):
    """落实…新36条: a document named by how many articles it has, as the guide's references to
    other documents, while counts of roads or lines to deliver stay."""
    assert values(sentence) == kept


@pytest.mark.parametrize("sentence, kept", [
    ("一九九〇年我国实际加工原油一亿零七百二十万吨,炼油加工能力的平均利用率只有74%。", []),  # govprc_0009
    ("二〇二〇年全市新建健身步道120公里。", []),
    ("二〇二二年全市新建健身步道120公里。", [120]),  # the notice's own year
])
def test_a_sentence_opening_with_a_past_year_in_chinese_numerals_reports_the_past(sentence, kept):
    text = "一、目标\n" + sentence
    doc = Document(source_file="t", text=text, body_start=0, body_end=len(text), issue_date=dt.date(2022, 3, 1))
    extract_targets(doc)
    assert [t.value for t in doc.targets] == kept


@pytest.mark.parametrize("sentence, indicators", [
    # extra shgov_0005: 等 closes a list of examples of what one rate covers
    ("新建高架车站、地面车站、基地库房等要求屋顶光伏覆盖面积达到50%。",
     ["新建高架车站、地面车站、基地库房等要求屋顶光伏覆盖面积"]),
    # a list of indicators without 等 gives one row each (ANNOTATION.md, distribution)
    ("孕产妇系统管理率和3岁以下儿童系统管理率达到85%。", ["孕产妇系统管理率", "3岁以下儿童系统管理率"]),
])
def test_a_list_closed_by_deng_before_its_head_is_one_indicator(sentence, indicators):
    assert [t.indicator for t in targets(sentence)] == indicators


def test_a_standard_defining_a_class_holds_no_targets():
    # extra shgov_0073: items of 上海市消防安全重点单位界定标准
    doc = process_text("上海市消防安全重点单位界定标准\n一、人员密集场所\n"
                       "(一)客房数50间以上的宾馆、饭店;\n"
                       "(十六)同一工作时段生产车间员工总数1000人以上的劳动密集型生产、加工企业;\n"
                       "(四)功率为30MW且容量为30MW•h及以上的电化学储能电站。\n")
    assert doc.targets == []


# ------------------------------------------------------------------ portions, cases, splits of a sum
@pytest.mark.parametrize("sentence", [
    "对小微企业年应纳税所得额100万元至300万元部分,再减半征收企业所得税。",  # gwr_0022
    "纳税人发生的与基本医保相关的医药费用支出,扣除医保报销后个人负担累计超过15000元的部分,"
    "由纳税人在办理年度汇算清缴时据实扣除。",  # govcn_0028
    "玉门石油管理局上交税金超过五千万元部分,每年由省财政厅负责返还玉门石油管理局用于弥补亏损,"
    "若上交税金不足五千万元,由玉门石油管理局补足。",  # govprc_0013
])
def test_the_portion_or_case_a_rule_applies_to_is_no_target(sentence):
    assert values(sentence) == []


def test_a_case_ends_with_its_sentence_and_the_next_commitment_stays():
    assert values("如果年度考核不合格,应限期整改。到2025年,整改率达到100%。") == [100]


@pytest.mark.parametrize("sentence", [
    "天然气勘探开发基金要在建设银行专户存储,其中88%用作天然气勘探开发建设,8%作为职工奖励基金,"
    "4%作为职工集体福利基金。",  # govprc_0010
    "各县区要着力落实租购并举的住房制度改革,土地出让金净收益的10%用于弥补公租房建设资金不足。",  # realestate_0202
])
def test_how_a_sum_is_split_is_no_target(sentence):
    assert values(sentence) == []


def test_the_parts_of_a_base_the_policy_sets_are_quotas_too():
    # govprc_0010: each enterprise's share of the base (the third collection's gold)
    assert values("国家对石油部天然气商品量常数包干,每年包干基数定为67.5亿立方米。"
                  "其中:四川石油管理局47亿立方米辽河石油勘探局7亿立方米。") == [67.5, 47, 7]


def test_the_size_of_a_body_after_who_makes_it_up_is_no_target():
    # med_0027
    assert values("鼓励各统筹地区探索成立“医保数据工作组”,由不同级别、不同类型的医药机构代表组成,"
                  "人数不少于8人,成员每年更换调整。") == []


# ------------------------------------------------------------------ how often a benefit may be used
MEASURES = "关于促进房地产市场平稳健康发展的若干措施\n一、支持住房消费\n"


@pytest.mark.parametrize("sentence", [
    "购买乘用车的家庭发放最高不超过2.5万元的购车补助,每户 限享受 1 次。",  # realestate_0034
    "上述置业补贴在购房人产权登记办理完成后支付,1套住房只享受1次且不叠加。",  # realestate_0053
    "备案价格调整一年不超过1次。",  # realestate_0119
    "缴存职工家庭购买商品住房使用个人住房公积金贷款最多不超过两次。",  # realestate_0129
    "缴存人每年度办理租房提取次数由一次提取调整为多次提取,每个月不超过一次。",  # realestate_0116
])
def test_how_often_a_benefit_may_be_used_is_a_rule_of_a_notice_of_measures(sentence):
    assert [t.span_text for t in process_text(MEASURES + sentence).targets if t.unit == "次"] == []


def test_a_plan_capping_how_often_something_is_done_keeps_the_target():
    doc = process_text("课后服务工作实施方案\n一、工作目标\n每名教师每周参与课后服务不超过三次。")
    assert [t.value for t in doc.targets] == [3]


# ------------------------------------------------------------------ what one must meet to be permitted
@pytest.mark.parametrize("sentence", [
    # realestate_0183
    "在申请高层楼栋预售许可时投入资金达到工程建设总投资额的25%以上且形象进度达到正负零,可办理预售许可。",
    # realestate_0031
    "开发建设的商品房项目,按提供预售的商品房计算投入开发建设的资金达到工程建设总投资的25%以上,"
    "或完成形象进度地上总层数1/6,并已经确定施工进度和峻工交付日期,可申请商品房预售。",
    # realestate_0056
    "房地产开发企业依法竞得土地,缴纳50%及以上土地出让金,可容缺办理该宗国有土地《建设工程规划许可证》。",
    # realestate_0145
    "军人退出现役后,在省内建立住房公积金账户,并连续足额缴存住房公积金6个月(含)以上,可申请住房公积金个人住房贷款。",
])
def test_what_one_must_meet_to_be_permitted_is_a_condition(sentence):
    assert [t.value for t in targets(sentence) if t.value in (25, 50, 6)] == []


def test_a_commitment_followed_by_what_it_makes_possible_stays():
    assert values("到2025年,城市生活垃圾回收利用率达到35%以上,可持续改善人居环境。") == [35]


@pytest.mark.parametrize("sentence, value", [
    # plan_0023 (fourth collection, a development text)
    ("到2025年,非化石能源消费比重提高至22%以上,可再生能源消费比重达到10%以上,单位国内生产总值能源消耗"
     "和二氧化碳排放下降确保完成国家下达目标。", 22),
    # gwr_0022
    ("今年一般公共预算支出规模比去年扩大2万亿元以上,可用财力明显增加。", 2),
    ("到2025年,城镇居民人均收入增长8%以上,可支配收入稳步提高。", 8),
])
def test_a_word_opening_with_ke_that_grants_nothing_starts_no_permission(sentence, value):
    """可再生能源, 可用财力, 可支配收入 open the next clause's subject: the bound before them is a goal."""
    assert value in values(sentence)


# ------------------------------------------------------------------ one length said twice; amounts in months' worth
@pytest.mark.parametrize("sentence, unit", [
    # realestate_0043
    ("符合条件的进城购房农民从事个体经营的,自办理个体工商户登记当月起,在3年(36个月)内按每户每年14400元为限额"
     "依次扣减其当年实际应缴纳的增值税。", "个月"),
    # realestate_0200
    ("自愿缴存人员达到国家法定退休年龄或缴存住房公积金满半年(6个月)以上的,可以办理销户提取。", "个月"),
])
def test_a_length_said_again_in_brackets_is_no_row_of_its_own(sentence, unit):
    assert [t.span_text for t in targets(sentence) if t.unit == unit] == []


@pytest.mark.parametrize("sentence", [
    # realestate_0044
    "借款人及共同借款人合计提取不得超过购房首付款总额,提取后主贷人账户余额不得低于六个月缴存金额。",
    "承租人缴纳的押金不超过两个月租金。",
])
def test_an_amount_reckoned_in_months_worth_is_no_target(sentence):
    assert [t.span_text for t in targets(sentence) if t.unit == "个月"] == []


def test_a_time_committed_to_stays_a_target():
    assert values("到2025年,企业开办时间压缩至2个工作日以内。") == [2]


# ------------------------------------------------------------------ how things stand now
@pytest.mark.parametrize("sentence, kept", [
    ("深圳目前首套房贷利率稳定在4.9%,二套房稳定在5.2%,在广东各地市中,深圳属于较低水平。", []),  # realestate_0167
    ("目前,四大行在清远执行首套房贷利率5.4%、二套房贷款利率5.5%的价格;云浮市首套房5.5%、二套房5.6%。", []),  # realestate_0167
    ("目前,驻惠阳区内的各大银行首套房房贷利率为3.8%。", []),  # realestate_0160
    ("同时,目前我国债务负担率相对较低,今年增加赤字后,赤字率在2%左右,总体上处于安全水平。", [2]),  # gwr_0014
])
def test_how_things_stand_now_holds_over_later_clauses_until_a_word_of_the_plan(sentence, kept):
    assert values(sentence) == kept


def test_room_still_left_is_no_target():
    # realestate_0167
    assert values("按照差别化住房信贷政策,首套房不低于LPR,未来还有70个基点的降幅。") == []


# ------------------------------------------------------------------ conditions under their heading; what a rule does in a case
CONDITIONS = [
    # extra elec_0001
    ("(二)用户参与条件", "参与固定补贴价格模式的用户以固定补贴价格进行补贴,参与用户需符合以下条件:"
                   "2021年春节期间需求响应日申报量不低于3000千瓦时(平均响应功率不低于500千瓦)。"),
    # extra shgov_0036
    ("(二)危险货物道路运输企业办理条件", "运输企业现有车辆(无动力挂车除外)规模为30辆(含)以上的,可申请作为长期应急保障运力。"),
]


@pytest.mark.parametrize("heading, sentence", CONDITIONS)
def test_numbers_under_a_heading_naming_conditions_are_no_targets(heading, sentence):
    doc = process_text("一、工作安排\n(一)实施时间\n春节期间。\n" + heading + "\n" + sentence)
    assert doc.targets == [] and doc.parameters == []


def test_the_same_numbers_under_a_heading_of_goals_stay_targets():
    doc = process_text("一、工作安排\n(一)实施时间\n春节期间。\n(二)工作目标\n2021年春节期间需求响应日申报量不低于3000千瓦时。")
    assert [t.value for t in doc.targets] == [3000]


def test_what_a_rule_does_in_a_case_is_no_target():
    # extra elec_0001
    assert values("原则上,若用户在立户第一年参与电力需求响应,应按照其立户后的30个正常生产工作日对应时段"
                  "用电量的平均值为基荷。") == []


def test_a_heading_of_work_on_conditions_names_no_conditions():
    doc = process_text("一、主要任务\n(一)完善布局\n科学规划。\n(二)改善居住条件\n到2025年,城镇人均住房建筑面积达到40平方米。")
    assert [t.value for t in doc.targets] == [40]


@pytest.mark.parametrize("sentence, kept", [
    ("补贴价格系数\nk\n<80%\n0.2\n80%≤\nk\n≤120%\n1\n", []),  # extra elec_0001, a table read cell by cell
    ("当实际响应负荷率80%≤k≤120%时,补贴价格系数取1。", []),
    ("到2025年,城市污水处理率≥95%。", [95]),
])
def test_a_bound_of_a_formulas_variable_is_no_target(sentence, kept):
    assert values(sentence) == kept


def test_counts_of_the_units_a_body_is_formed_from_are_no_targets():
    # govprc_0015: 由…8个…局和10个…单位,…组建; a count of units to form stays a target
    assert values("由你部直属的8个地区性石油地质局、海洋地质局和10个石油地质科研及生产辅助单位,通过改制、改组,"
                  "依照《中华人民共和国公司法》的规定组建新星石油公司。") == []
    assert values("由各区组建10个专家服务团队。") == [10]
    assert values("由市财政安排资金5000万元,组建产业发展基金。") == [5000]


# ------------------------------------------------------------------ glosses in brackets
@pytest.mark.parametrize("sentence", [
    "缴存职工使用公积金贷款购买自住房(1套、2套)的执行20%最低首付比例,贷款最高额度提高至80万元。",  # realestate_0146
    "对于已故职工小额(余额1万元内)公积金,其配偶、父母、子女申请提取时,无需提供公证部门出具的公证书。",  # realestate_0163
    "家庭成员在横州市拟购住房所属乡镇(含横州市17个乡镇,下同)名下无住房的,均认定为首套住房。",  # realestate_0179
    "在市辖区购买新建商品房(住宅130平方米及以上,非住宅100平方米及以上),购房人申请购房补贴时,提供网签备案合同。",  # realestate_0086
])
def test_a_quantity_glossing_the_noun_before_its_bracket_is_no_target(sentence):
    assert [t.span_text for t in targets(sentence) if t.unit != "%"] == []


def test_a_bracket_that_sets_a_value_of_its_own_keeps_it():
    # govcn_0019
    assert values("在接到有关信息报告后,立即向国务院上报有关情况(最迟不超过4个小时),请示启动本预案。") == [4]


# ------------------------------------------------------------------ time limits in measures
@pytest.mark.parametrize("sentence", [
    "办证部门压缩工作时限,对资料齐全的,1周内完成办理个人不动产权证书,交房即能拿证。",  # realestate_0146
    "缩短预抵押转他项权办理时间,金融机构提取预告证最长5个工作日办结,不动产登记部门办理他项权证最长10个工作日办结。",  # realestate_0146
    "下力争2个工作日内完成审批,备案后当天放款。",  # realestate_0099
    "剩余出让金10个月内缴纳,但需缴纳同期银行贷款利息。",  # realestate_0184
    "人民法院如撤销相关司法拍卖,3个工作日内应出具撤销司法拍卖通知书通知公积金中心。",  # realestate_0221
])
def test_a_time_limit_in_a_notice_of_measures_is_procedure(sentence):
    assert process_text(MEASURES + sentence).targets == []


@pytest.mark.parametrize("sentence, value", [
    ("一般政府投资项目全流程全事项审批时间控制在50个工作日内。", 50),  # realestate_0066
    ("社会投资房屋建筑项目全流程审批时限从46个工作日压缩至33个工作日。", 33),  # realestate_0207
])
def test_a_time_measured_as_an_indicator_stays_a_target_in_measures(sentence, value):
    assert [t.value for t in process_text(MEASURES + sentence).targets] == [value]


# ------------------------------------------------------------------ a paragraph reviewing the past
@pytest.mark.parametrize("paragraph", [
    # gwr_0012
    "过去一年,我们的各项工作取得了很大成绩。国内生产总值增长10.3%,居民消费价格涨幅控制在 3.3%,"
    "城镇新增就业1168万人,国际收支状况有所改善。",
    # gwr_0007
    "五年来,人民生活明显改善。城镇居民人均可支配收入和农村居民人均纯收入,分别实际增长58.3%和29.2%。城镇新增就业4200万人。",
])
def test_sentences_after_a_review_of_a_past_period_report_its_results(paragraph):
    assert values(paragraph) == []


# ------------------------------------------------------------------ a line announcing the work of a past year
def report(year: int, lead: str, body: str) -> list[float]:
    """A work report scraped without its dated line: the title gives its year."""
    doc = process_text(f"{year}年中华人民共和国国务院政府工作报告\n各位代表:\n{lead}\n{body}")
    return [t.value for t in doc.targets]


@pytest.mark.parametrize("year, lead, body", [
    # gwr_0003: no outline label, the year written before the report's own
    (2002, "首先报告2001年的工作", "国民经济保持良好发展势头。\n全年规模以上工业企业实现利润4657亿元,增长8.1%。"
     "外商直接投资468亿美元,增长14.9%。\n城乡人民生活继续改善。\n农民人均纯收入实际增长4.2%。"),
    # gwr_0006, gwr_0007, gwr_0004: the same line with an outline label and a past period word
    (2005, "一、过去一年工作回顾", "城镇新增就业980万人,国内生产总值增长9.5%。"),
    (2006, "一、去年工作回顾", "粮食总产量达到4840亿公斤,增产145亿公斤。"),
    (2003, "一、过去五年政府工作的回顾", "城镇居民人均可支配收入年均实际增长8%。"),
])
def test_the_text_after_a_line_announcing_a_past_years_work_reports_it(year, lead, body):
    assert report(year, lead, body) == []


def test_the_review_ends_where_a_paragraph_turns_to_the_notices_own_year():
    # gwr_0003: 2002年是…非常重要的一年 opens the plan, before any outline item
    assert report(2002, "首先报告2001年的工作", "外商直接投资468亿美元,增长14.9%。\n"
                  "2002年是非常重要的一年。今年拟发行1500亿元长期建设国债。") == [1500]
    assert report(2002, "首先报告2001年的工作", "外商直接投资468亿美元,增长14.9%。\n"
                  "一、扩大和培育内需\n今年拟发行1500亿元长期建设国债。") == [1500]


@pytest.mark.parametrize("year, lead, body", [
    # seventh doc_0021, doc_0023, eighth doc_0032, gwr_0002: a part heading closing on 回顾 names a plan period
    (2026, "一、“十四五”时期经济社会发展回顾", "全省生产总值年均增长5.5%,城镇新增就业450万人。"),
    (2026, "一、“十四五”时期和2025年工作回顾", "粮食总产量连续稳定在1300亿斤以上。"),
    (2026, "一、2025年工作及“十四五”时期发展回顾", "规上工业增加值增长7.4%。"),
    (2001, "一、“九五”时期国民经济和社会发展的回顾", "国内生产总值年均增长8.3%。"),
])
def test_a_part_heading_closing_on_review_reports_the_past(year, lead, body):
    assert report(year, lead, body) == []


# R_03 (林芝 2024), R_02 (六盘水 2024): city reports that start at 各位代表, no title line, no date.
CITY_REVIEW = ("各位代表:\n现在,我代表市人民政府向大会报告工作。\n{lead}\n"
               "2023年,是全面贯彻党的二十大精神的开局之年。\n"
               "{item1}经济发展的好政策充分释放。预计实现地区生产总值230亿元、增长10%。\n"
               "{item2}特色产业的规模化、品牌化持续推进。新建高标准农田2.33万亩,累计接待游客1317.7万人次。\n"
               "{plan}\n"
               "主要预期目标是:地区生产总值增长10%左右。\n"
               "{item3}内挖潜力、外聚合力\n新建高标准农田2万亩以上。\n")


@pytest.mark.parametrize("lead, items, plan", [
    # R_03: unnumbered part headings, the review's items (一)…(七) and the plan's restarting after them
    ("2023年工作回顾", ("(一)", "(二)", "(一)"), "2024年工作安排"),
    ("过去一年工作回顾", ("(一)", "(二)", "(一)"), "今年工作安排"),
    # R_02: numbered parts, the review's items under its heading
    ("一、2023年政府工作回顾", ("(一)", "(二)", "(一)"), "二、2024年主要目标和重点任务"),
])
def test_a_review_part_runs_over_its_own_items_to_the_plans_part_heading(lead, items, plan):
    text = CITY_REVIEW.format(lead=lead, item1=items[0], item2=items[1], item3=items[2], plan=plan)
    assert sorted(t.value for t in process_text(text).targets) == [2, 10]


def test_a_line_announcing_the_own_years_work_is_the_plan():
    # gwr_0012: 三、2011年的工作 in the report of 2011
    assert report(2011, "三、2011年的工作", "今年城镇新增就业900万人以上。") == [900]


def test_a_sentence_opening_with_a_year_before_the_title_year_reports_the_past():
    # gwr_0007 (no dated line): 2005年与2000年相比,国内生产总值增长57.3%
    assert report(2006, "三、“十一五”时期的主要目标", "2005年与2000年相比,国内生产总值增长57.3%,年均增长9.5%。") == []


def test_a_sentence_of_the_plan_after_a_review_keeps_its_targets():
    assert values("过去一年,我们的各项工作取得了很大成绩。今年城镇新增就业要达到900万人以上。") == [900]


@pytest.mark.parametrize("sentence", [
    "将建设项目开工前涉及的14个行政审批事项实行集成并联办证,实现“一网通办”。",  # realestate_0086
    "消防给水及消火栓系统涉及14项数据为必传项,其他系统数据为选传数据。",  # shgov_0051 (without its bracket)
])
def test_the_scope_of_what_exists_is_no_target(sentence):
    assert values(sentence) == []


# ------------------------------------------------------------------ what was already done, and the base built on
@pytest.mark.parametrize("sentence", [
    "重大水利工程已开工的57个项目要加快建设。",  # gwr_0016
    "国家已设立400亿元新兴产业创业投资引导基金,要整合筹措更多资金,为产业创新加油助力。",  # gwr_0016
    "我们对原有审批项目进行了清理,国务院已取消1195个行政审批事项。",  # gwr_0004
    "我们加快推进汶川地震灾后恢复重建,重灾区已完成投资6545亿元。",  # gwr_0011
])
def test_what_a_verb_after_yi_did_is_the_past(sentence):
    assert values(sentence) == []


def test_a_commitment_after_what_was_done_stays():
    # gwr_0016
    assert values("重大水利工程已开工的57个项目要加快建设,今年再开工27个项目。") == [27]


@pytest.mark.parametrize("sentence", [
    "各地在继续巩固落实好高等职业教育生均财政拨款水平达到12000元的基础上,根据发展需要和财力可能逐步提高拨款水平。",  # govcn_0055
    "土地竞得人在出让合同签订后一个月内足额缴纳出让价款50%的基础上,适当延长余款付款期限。",  # realestate_0123
    "在现有贷款最高单人80万元、家庭120万元额度的基础上,针对多孩家庭分别提高了可贷额度。",  # realestate_0150
])
def test_a_value_a_measure_builds_on_is_neither(sentence):
    doc = process_text(MEASURES + sentence)
    assert doc.targets == [] and doc.parameters == []


# ------------------------------------------------------------------ names of policies, ordinals, coordinated names
@pytest.mark.parametrize("sentence", [
    "该补贴政策不与刚性和改善型购房1%补贴政策叠加享受,但可与人才购房补贴政策叠加享受。",  # realestate_0119
    "4、1%购房补助政策与惠企安居服务人才购房补贴政策不重复享受。",  # realestate_0218
])
def test_a_policy_named_by_its_rate_is_neither(sentence):
    doc = process_text(MEASURES + sentence)
    assert doc.targets == [] and doc.parameters == []


def test_the_last_one_is_an_ordinal():
    # shgov_0011
    assert values("此后,请于每季度最后一个周五前(9月30日、12月30日),更新报送汇总表。") == []


def test_counts_of_coordinated_indicators_name_parts_of_a_scheme():
    # shgov_0001
    assert values("区级体检指标传导沿用住房城乡建设部65个基础性指标和市级新增34个指标。") == []


# ------------------------------------------------------------------ tiers a parameter is set for
@pytest.mark.parametrize("sentence", [
    "购房款50万元(含)以下,补贴金额5000元/套;购房款50万元以上,补贴金额10000元/套。",  # realestate_0028
    "户型建筑面积大于等于200平方米,按2车位/户配建;户型建筑面积小于200平方米大于等于144平方米,按1.5车位/户配建。",  # realestate_0012
    "其中购买5套(含)以下,给予购房款(税前)0.8%的奖补;购买5套以上,10套(含)以下,给予购房款(税前)1.5%的奖补。",  # realestate_0218
])
def test_a_tier_a_parameter_is_set_for_is_no_target(sentence):
    doc = process_text(MEASURES + sentence)
    assert doc.targets == [] and len(doc.parameters) == 2


def test_a_standard_per_unit_before_a_parameter_is_a_parameter_too():
    # realestate_0066: money per mu is a standard of the 补助政策 whoever pays it (audit17), no tier of the grant after it
    doc = process_text(MEASURES + "落实高标准农田建设补助政策,市县财政配套资金亩均投入不低于1500元,种粮大户补助提高至100元/亩。")
    assert doc.targets == [] and [p.value for p in doc.parameters] == [1500, 100]


@pytest.mark.parametrize("sentence", [
    "确因特殊情况无法在48小时内恢复正常运行的,应在72小时内更换备机。",  # shgov_0033
    "当物联网系统发生故障无法修复或停用时,应当在24小时内向消防救援机构报告。",  # shgov_0051
    "已投入运营的保障性租赁住房项目,持有运营单位应在本通知实施后3个月内,按规定办理备案。",  # realestate_0033
])
def test_a_time_limit_after_a_word_of_duty_is_no_target(sentence):
    assert values(sentence) == []


def test_a_response_time_the_plan_commits_to_stays():
    assert values("到2025年,应急响应时间缩短至30分钟以内。") == [30]


@pytest.mark.parametrize("sentence, meant", [
    ("套内建面超过144m2的复式住宅,客厅、起居室挑空部分层高从6米放宽至7.2米。", [144]),  # realestate_0168
    ("人均年可支配收入低于33600元(含33600元)的3人及以上家庭,以及人均年可支配收入低于36960元(含36960元)的3人以下家庭。",
     [33600, 36960]),  # shgov_0019
    ("本通知适用于本市范围内施工周期大于7个月的新建、改建、扩建水务工程。", [7]),  # shgov_0033
    ("日渡运量超过300人次渡口的运营人及载客定额超过12人的渡船应当编制渡口渡船安全应急预案。", [12]),  # shgov_0049
    ("支持项目投资额未达到25%的土地使用权,通过有效利用预告登记方式转让盘活。", [25]),  # realestate_0020
    ("房地产企业建造普通标准住宅出售,增值额未超过扣除项目金额20%的,免征土地增值税。", [20]),  # realestate_0207
])
def test_a_comparison_before_a_noun_says_which_ones_are_meant(sentence, meant):
    assert not set(values(sentence)) & set(meant)


def test_a_comparison_before_a_parameter_name_is_no_qualifier():
    # realestate_0163-like: 不低于 is a bound the notice sets (执行不低于20%的首付比例)
    doc = process_text(MEASURES + "对首套房贷款执行不低于20%的首付比例。")
    assert [p.value for p in doc.parameters] == [20]


@pytest.mark.parametrize("sentence", [
    "今年高校毕业生749万人,为历史最高。",  # gwr_0016
    "今年高校毕业生795万人,再创历史新高,要实施好就业促进、创业引领、基层成长等计划。",  # gwr_0018
    "今年高校毕业生820多万人,再创历史新高,要促进多渠道就业,支持以创业带动就业。",  # gwr_0019
])
def test_a_quantity_setting_a_record_states_a_fact(sentence):
    assert values(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("全年再为企业和个人减税8000多亿元,促进实体经济转型升级。", (8000, "亿元", ">")),  # gwr_0019
    ("从今年起,国家财政将每年安排支出1030多亿元。", (1030, "亿元", ">")),  # gwr_0007
    ("力争全年培训职工5000余人次。", (5000, "人次", ">")),  # 余, the same sense
])
def test_a_number_followed_by_duo_is_more_than_it(sentence, expected):
    assert [(t.value, t.unit, t.comparator) for t in targets(sentence)] == [expected]


@pytest.mark.parametrize("sentence", [
    # realestate_0182, realestate_0179: a bracket defining the families that qualify
    "即日起至2025年12月31日,多子女家庭(按国家政策已生育、抚养2个及以上子女的,其中至少有1个未成年子女)家庭成员在贺州城区已有1套住房,"
    "申请贷款再次购买市本级新建商品住房时,按首套住房认定。",
    "多子女家庭指当前家庭按国家政策已生育、抚养两个及以上子女的(其中至少有一个未成年子女)。",
])
def test_having_at_least_one_inside_a_gloss_says_who_qualifies(sentence):
    assert values(sentence) == []


def test_at_least_one_outside_a_gloss_stays_a_target():
    assert values("到2025年,每个乡镇至少有1个标准化卫生院。") == [1]


def test_the_last_of_a_list_of_ordinals_is_no_count():
    # realestate_0214 (lawref_0021 writes 第一、三款 the same way)
    assert values("主申请人具有市区户籍但未满一定年限的购房家庭申请共有产权保障住房,"
                  "需同时符合非市区户籍购房家庭准入条件中的第2、3、4、5项条件。") == []


def test_a_number_after_a_count_of_named_things_is_part_of_their_name():
    # gwr_0016 (gwr_0019 writes “两个一百年” in quotes)
    assert values("要坚持以人为核心,以解决三个1亿人问题为着力点,发挥好城镇化对现代化的支撑作用。") == []


def test_a_count_before_a_count_of_its_own_is_still_read():
    assert values("到2025年,每个县建成1个以上标准化卫生院。") == [1]


# ------------------------------------------------------------------ a size among the qualifiers of a noun
@pytest.mark.parametrize("sentence, value", [
    # plan_0015 (fourth collection, a development text)
    ("优化民间投资项目动态储备机制,依托全国向民间资本推介项目平台,筛选一批总投资5000万元以上、"
     "预期收益率不低于行业平均水平的优质项目,定期向民间资本推介。", 5000),
    # shgov_0073 (a clause of its list of buildings)
    ("重点检查建筑面积10000平方米以上、用作丙类物品物流活动的物流建筑,每季度开展一次。", 10000),
])
def test_a_bounded_size_listed_with_other_qualifiers_of_a_noun_is_a_condition(sentence, value):
    """总投资5000万元以上、预期收益率不低于…的优质项目: the size says which projects are meant,
    as it does when 的 follows it at once."""
    assert value not in values(sentence)


def test_a_list_of_committed_amounts_stays():
    # gwr_0019
    assert values("今年要新增高标准农田8000万亩以上、高效节水灌溉面积2000万亩。") == [8000, 2000]


# ------------------------------------------------------------------ tables of projects and tasks
@pytest.mark.parametrize("table", [
    # plan_0018 附件1 (任务清单): markdown rows
    "| 序号 | 领域 | 2024年推进任务 | 牵头责任部门 |\n| --- | --- | --- | --- |\n"
    "| 1 | 工业 | 组织实施技术改造项目1000个以上。 | 市工信局 |\n"
    "| 7 | 新改建供水管网400公里、排水管网140公里。 | 市水务局 |\n",
    # plan_0009 附件1—1 (重大项目表): one cell a line, each closed by its bar
    "序号 |\n项目名称 |\n建设内容 |\n|\n12 |\n华容煤炭铁水联运储配基地项目 |\n"
    "煤炭物流园储备能力30万吨,建成4个3000吨级散货出口泊位。 |\n|\n"
    "到2025年,新型储能规模200万千瓦左右 |\n",
])
def test_a_table_of_projects_or_tasks_read_as_text_gives_no_targets(table):
    assert values(table) == []


def test_the_same_words_in_running_text_stay_targets():
    assert values("组织实施技术改造项目1000个以上。") == [1000]  # plan_0018, 附件1 row 1 as prose
    assert values("到2025年,新型储能规模200万千瓦左右。") == [200]  # plan_0009, 附件1—1 cell as prose


# ------------------------------------------------------------------ floors on what qualifies
@pytest.mark.parametrize("sentence, value", [
    ("单体项目固定资产投资不低于2000万元。", 2000),  # plan_0024
    ("设备单台套价格原则上要在50万元及以上。", 50),  # plan_0024
    ("用能设备更新改造项目年节能量须不低于50万千瓦时。", 50),  # plan_0024
    ("重点整治项目挑选应优先考虑两方面因素:一是规模,原则上项目面积应不小于5亩。", 5),  # shgov_0039
    ("对新建公交场站充电基础设施,单个充电桩补助不超过2万元且需单个充电桩功率不低于40千瓦。", 40),  # plan_0029
])
def test_a_floor_on_what_each_project_or_device_must_be_is_no_target(sentence, value):
    assert value not in values(sentence)


@pytest.mark.parametrize("sentence, value", [
    # plan_0007: the standard of the projects the plan commits to build
    ("力争打造国家级双向充放电示范项目5个,单个项目放电总功率不低于500千瓦、年度放电量不低于10万千瓦时。", 500),
    # plan_0018: a count of enterprises whose equipment is renewed
    ("铝镁金属粉尘企业除尘设施设备更新改造31家,其他粉尘涉爆企业除尘设施设备更新15家以上。", 15),
])
def test_a_floor_the_plan_commits_to_stays_a_target(sentence, value):
    assert value in values(sentence)


# ------------------------------------------------------------------ a size after the measure it gives
@pytest.mark.parametrize("sentence", [
    "新建及迁建大宗货物年运量150万吨以上的物流园区、工矿企业和储煤基地等,原则上接入铁路专用线或管道。",  # plan_0006
    "医药企业引进年销售额5000万元以上大品种;有价值的独家品种或独家剂型。",  # doc_0003 (fifth): no 的 before the noun
])
def test_a_bounded_size_after_its_measure_says_which_ones_are_meant(sentence):
    assert values(sentence) == []


def test_a_size_after_its_measure_before_a_count_says_what_is_counted():
    # doc_0014 (fifth): the counts stay, the sizes that define the firms counted do not
    assert values("培育5家以上年销售收入过百亿元、2家以上年销售收入达500亿元的高新技术企业,新增30家以上科技企业上市。") \
        == [5, 2, 30]


@pytest.mark.parametrize("sentence, value", [
    ("到2025年,全省规模以上工业企业营业收入达到5万亿元以上。", 5),  # the measure itself is the goal
    ("力争年发电量达到50亿千瓦时的目标。", 50),
])
def test_a_measure_the_plan_sets_stays_a_target(sentence, value):
    assert values(sentence) == [value]


def test_a_share_of_a_measure_naming_a_rate_is_no_qualifier():
    # govprc_0010: 销售收入 is the base of the tax rate, not a size saying which ones
    doc = process_text("一、目标\n四、超包干基数的外供商品气量,除按销售收入5%的税率缴纳产品税外,免征其它各种税收。")
    assert [(p.name, p.value) for p in doc.parameters] == [("税率", 5)]


# ------------------------------------------------------------------ sessions of a term
@pytest.mark.parametrize("sentence", [
    "深入贯彻习近平生态文明思想,认真落实市委六届二次、三次、四次、五次全会精神和美丽重庆建设大会部署。",  # plan_0006
    "贯彻落实省委十一届二次全体(扩大)会议暨省委经济工作会议精神,以制度创新为核心。",  # doc_0011 (fifth)
    "认真贯彻落实省委十一届三次全会精神。",
])
def test_sessions_of_a_term_are_names(sentence):
    assert values(sentence) == []


def test_meetings_to_hold_stay_counts():
    assert values("认真贯彻落实省委十一届三次全会精神,全年召开常委会会议3次。") == [3]


# ------------------------------------------------------------------ a time counted from an event
@pytest.mark.parametrize("sentence", [
    "《缴纳通知单》上的缴纳时间为《缴纳通知单》出具当天后的30个自然日内(节假日顺延)。",  # shgov_0028: named 时间
    "虚拟电厂运营商应在资源录入完成后,10个工作日内确定具备专业检测资质的检测机构。",  # plan_0022: the event in the clause before
    "有运营单位应在本通知实施后3个月内完成整改。",
])
def test_a_time_counted_from_an_event_is_no_target(sentence):
    assert values(sentence) == []


def test_a_time_the_plan_cuts_stays_a_target():
    assert values("到2025年,企业开办时间压缩至3个工作日内。") == [3]


# ------------------------------------------------------------------ a size opening a member of a list of things
@pytest.mark.parametrize("sentence", [
    # shgov_0006 (extra): a tonnage saying which ships, after a commitment word and a list of ship classes
    "推进本市籍船舶开展船舶受电设施改造,实现本市内河集装箱船、滚装船、600总吨以上干散货船岸电全覆盖。",
    # plan_0009 (fourth): a capacity saying which firms
    "全面推广实现居民用户、160千瓦及以下的小微企业用电报装“零上门、零审批、零投资”服务。",
])
def test_a_size_opening_a_member_of_a_list_says_which_ones(sentence):
    assert values(sentence) == []


def test_a_size_the_plan_commits_to_stays_a_target():
    assert values("到2025年,新建装配式建筑10万平方米以上。") == [10]


# ------------------------------------------------------------------ concepts, benefits and terms in time
@pytest.mark.parametrize("sentence", [
    # sixth doc_0006, doc_0007
    "构建“优化布局+创新模式+要素赋能+生态营造”四位一体的OPC创业社区推广体系,逐步形成特色鲜明的OPC创业发展格局。",
    "搭建上合OPC发展联盟,构建“政产学研金服用”七位一体创新生态圈。",
    # (an unquoted one: the count is fused with 一体 all the same)
    "建立政府引导、市场运作、社会参与、个人自律四位一体和良性互动的工作机制。",
])
def test_a_count_fused_with_yiti_names_a_concept(sentence):
    assert values(sentence) == []


@pytest.mark.parametrize("sentence", [
    # sixth doc_0006, doc_0004: benefits measured in time
    "用好青年人才驿站,为符合条件的外地来郑创新创业青年提供7天免费住宿,配套开展创业对接、政策解读等专项服务。",
    "加大“青荷驿站”“青荷公寓”保障力度,为符合条件的来杭OPC人才提供每年7天(6晚)的“青荷驿站”免费住宿以及最长6个月"
    "“青荷公寓”的过渡性住宿并给予租金优惠。",
    # sixth doc_0007: the longest term a grant runs
    "本科毕业生每人每月500元,硕士研究生每人每月800元,最长期限36个月。",
    # sixth doc_0004: a length of time qualifying a quoted service
    "支持OPC社区组建创业陪跑团,为OPC提供24小时“不打烊”服务。",
    # sixth doc_0008: a time after an event that the notice rules or permits for others
    "新生儿原则上在出生后90天内按规定参保缴费,自出生之日起所发生的符合规定的医疗费用均可纳入医保报销范围。",
    "鼓励地方探索凭出生医学证明办理新生儿参保,在出生后180天内均可凭医保码在定点医疗机构直接就医结算。",
])
def test_benefits_and_terms_in_time_are_no_targets(sentence):
    assert values(sentence) == []


def test_times_the_plan_commits_to_stay_targets():
    # fourth plan_0009, fifth doc_0012, main gwr_0012: the plan's own times and quotas
    assert values("到2025年,城市停电时间减少到1小时以内。") == [1]
    assert values("各级党委(党组)中心组集中学习时间每年不少于8天。") == [8]
    assert values("保证中小学生每天一小时校园体育活动。") == [1]


# ------------------------------------------------------------------ counts after a name in letters
@pytest.mark.parametrize("text, expected", [
    # sixth doc_0004: a name written in letters, then the count of them
    ("培育营收超1000万元OPC100家以上,集聚高成长性OPC5000家以上。", [(100, "家"), (5000, "家")]),
    # sixth doc_0004: 个性 opens 性能 here (个性化 still blocks the count)
    ("评选30个性能先进并成功落地的优秀智能体应用。", [(30, "个")]),
    ("提供3个性化方案。", []),
    # codes stay glued: H7N9, V2G, 5G, G20, COVID-19
    ("防控H7N9流感,建设5G基站1000座,V2G桩810个,G20峰会,COVID-19疫情。", [(1000, "座"), (810, "个")]),
])
def test_a_count_after_a_name_in_letters_is_read(text, expected):
    assert [(q.value, q.unit) for q in find_quantities(text)] == expected


@pytest.mark.parametrize("sentence, kept", [
    # fourth plan_0029: rooms for two and three; fourth plan_0003: a dual structure
    ("到2027年,二级及以上公立医院2人间和3人间病房占比达到75%以上。", [75]),
    ("率先在县域内破除城乡二元结构,一体推进城镇和乡村规划、建设和治理。", []),
])
def test_numbers_inside_words_of_rooms_and_structures_are_no_counts(sentence, kept):
    assert values(sentence) == kept


@pytest.mark.parametrize("sentence, comparator, value", [
    # fourth plan_0023, plan_0025: 突破 a number is passing it
    ("到2025年,高新技术产业产值突破8000亿元。", ">", 8000),
    ("在清洁能源产业领域投入800亿元,产值突破330亿元。", ">", 330),
    ("推动风光等可再生能源多元发展,全市光伏装机规模突破500万千瓦。", ">", 500),
])
def test_tupo_before_a_number_is_more_than(sentence, comparator, value):
    assert [(t.comparator, t.value) for t in targets(sentence) if t.value == value] == [(comparator, value)]


def test_tupo_a_batch_of_technologies_is_no_count():
    assert values("突破一批关键核心技术。") == []


@pytest.mark.parametrize("sentence, kept", [
    # extra elec_0005: how long an activity lasts
    ("为切实检验市场运行情况,在条件具备时,应适时按《规则》模拟运行版对参与市场的机组进行为期不超过一周的实际结算。", []),
    ("开展为期3个月的专项整治行动,整治隐患100处以上。", [100]),
    # realestate_0143: who attended a meeting reported
    ("会议审议通过了决议。出席这次全会的有省委委员76人,省委候补委员11人。", []),
])
def test_how_long_an_activity_lasts_and_who_attended_are_no_targets(sentence, kept):
    assert values(sentence) == kept


# ------------------------------------------------------------------ thresholds drafted with (含)
@pytest.mark.parametrize("sentence", [
    # tenth Q_02: who may be brought in as talent
    "(二)近3年累计自主投入5000万元以上(含)或近3年累计获得7000万元以上(含)股权类现金融资的创新创业团队,"
    "自主投入资金或融资资金到位且运营效果良好的,其主要创始人和核心合伙人可办理人才引进;",
    "(一)“中国专利金奖”获奖专利的发明人、获得3项以上(含)发明专利的独立完成人,其专利在京落地转化的;",
    "(一)在京注册运营、近3年年均营业收入3亿元以上(含)且年均税后净利润2000万元以上(含)的文化创意企业,其高级管理人员;",
    # realestate_0006: which firms are given household quotas (the quota 5个 is a parameter)
    "在我市注册且实缴资金达1000万元(含本数,下同)人民币或等值外币的企业。",
])
def test_a_threshold_marked_inclusive_says_who_qualifies(sentence):
    assert values(sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    ("到2025年,全省计划建成充电桩12万个(含私人桩)以上,换电站200座以上。", [12, 200]),  # fourth plan_0013
    ("年内全县查处非法捕捞案件10例以上(含简易案件);", [10]),  # tenth P_01
])
def test_a_bracket_naming_what_a_count_includes_keeps_the_target(sentence, expected):
    assert values(sentence) == expected


# ------------------------------------------------------------------ scoring schemes
@pytest.mark.parametrize("sentence", [
    "2.河长制相关信息报道受省级媒体以上推广1篇,得3分;",  # tenth P_01
    "市级煤体推广2篇,得2分;县级媒体推广,得1分。",  # tenth P_01
    "出现1例未处理扣2分(5分);",  # tenth P_01
    "1.每个乡镇省级用稿1篇,市级用稿2篇,县级用稿2篇,得5分",  # tenth P_02
])
def test_a_count_answered_by_points_is_a_scoring_condition(sentence):
    assert values(sentence) == []


def test_a_criterion_with_its_own_points_in_brackets_keeps_its_target():
    # tenth P_01's reader labelled the count: the bracket's points are the item's, not the count's
    assert values("2.单位领导班子部署河长制相关工作,年内至少3次,查看相关会议记录(3分,少一次扣1分)。") == [3]


# ------------------------------------------------------------------ kinds just listed
@pytest.mark.parametrize("sentence", [
    # third med_0010
    "落实和完善异地就医结算,巩固提升高血压、糖尿病、恶性肿瘤门诊放化疗、尿毒症透析、器官移植术后抗排异治疗5种门诊慢特病跨省直接结算服务。",
    # eighth doc_0007
    "实现对省、州市、县三级发展规划、专项规划、区域规划和空间规划4类规划全覆盖管理。",
    # tenth Q_03
    "对个人消费者购买洗衣机(含干衣机、洗烘一体机)、电视机(含激光电视、智慧屏)、吸油烟机、净水器(含家用净水机)、洗碗机、"
    "微波炉、电饭煲(含电饭锅)12类家电产品给予补贴。",
])
def test_a_count_of_kinds_after_their_list_counts_the_list(sentence):
    assert values(sentence) == []


def test_a_count_of_things_after_a_list_of_kinds_stays():
    assert values("到2025年,新建幼儿园、中小学、养老院10所。") == [10]


def test_a_noun_ending_in_a_modal_word_is_kept_in_the_indicator():
    # gwr_0018: 能 of 产能 is no modal verb
    rows = targets("今年要再压减钢铁产能5000万吨左右,退出煤炭产能1.5亿吨以上。")
    assert [t.indicator for t in rows] == ["再压减钢铁产能", "退出煤炭产能"]


def test_a_reports_verb_of_setting_a_goal_is_no_part_of_the_indicator():
    # gwr_0011, gwr_0013: a report explains the goals it set
    rows = targets("提出居民消费价格涨幅控制在4%左右,综合考虑了输入性通胀因素。")
    assert [t.indicator for t in rows] == ["居民消费价格涨幅"]


# ------------------------------------------------------------------ the set an act applies to
@pytest.mark.parametrize("sentence", [
    "今年在13个粮食主产省选择部分县市,对适度规模经营农户实施大灾保险。",  # gwr_0018: a part chosen within them
    "在3个市级核心区域、8个市级重点区域、13条市级重点道路、“一江一河”以及五个新城建设中加大白玉兰等玉兰属植物应用。",  # shgov_0012
    "支持银行机构加大对全市17个重点产业信贷投入。",  # realestate_0066: the object of stepping up
    "592个国家扶贫开发工作重点县免征农业税。",  # gwr_0006: who a relief covers
])
def test_a_count_naming_the_set_an_act_applies_to_is_no_target(sentence):
    assert values(sentence) == []


@pytest.mark.parametrize("sentence, value", [
    ("2018年底前构建营商环境评价机制,在22个城市开展试评价。", 22),  # plan_0002 (gold: required)
    ("全面推开县级公立医院综合改革,在100个地级以上城市进行公立医院改革试点。", 100),  # gwr_0016
    ("推动职业院校在10个左右技术技能人才紧缺领域大力开展职业培训。", 10),  # govcn_0055
    ("在全国范围内选择10个左右有条件、有基础、规模适当的城市,在全市域范围内开展试点。", 10),  # govcn_0051
])
def test_a_count_of_places_the_plan_acts_in_stays_a_target(sentence, value):
    assert values(sentence) == [value]


# ------------------------------------------------------------------ what a structure must meet to qualify
@pytest.mark.parametrize("sentence", [
    # realestate_0077: both members of the condition
    "设置为单层有顶盖、两侧均无围护结构且顶盖宽度不超过3.9米、净高不小于3米的公共风雨连廊可以不计入容积率,不计入建筑密度。",
    "允许设置一个满足连续开敞率不低于40%的主景观阳台不限制其进深。",  # realestate_0168
    "层高不超过2.2米的设备层不计入容积率。",
])
def test_a_bound_a_structure_must_meet_to_qualify_is_neither_target_nor_parameter(sentence):
    doc = process_text("一、目标\n" + sentence)
    assert doc.targets == [] and doc.parameters == []


def test_a_bounded_fund_the_plan_sets_up_stays_a_target():
    assert values("设立规模不低于1亿元的重点产业发展引导资金,列入县财政预算。") == [1]  # fifth doc_0003


# ------------------------------------------------------------------ the schedule a policy runs on
@pytest.mark.parametrize("sentence", [
    "凡符合条件享受购房补贴的高层次人才,购房补贴每年发放一次,分五年发放。",  # realestate_0106
    "市发改部门会同市财政、住房保障和房产管理等部门对增购价格进行市场评估,每年公布一次。",  # realestate_0214
    "自购房合同备案登记之日起或取得不动产权证书后五年内可每年申请提取一次住房公积金,累计提取金额不超过房款总额。",  # realestate_0077
])
def test_the_schedule_a_policy_pays_out_or_publishes_on_is_no_target(sentence):
    assert values(sentence) == []


@pytest.mark.parametrize("sentence", [
    "集体资产权属变更,至少每半年公布一次,重大事项随时公布,接受群众监督。",  # lawref_0021: a quota
    "每月开展不少于一次的上门入户消防安全宣传,督促老人及时清除可燃物。",  # shgov_0011
    "部署实施职业教育改革创新重大事项,每年召开两次会议。",  # govcn_0055: meetings stay
])
def test_a_bounded_or_other_routine_stays_a_target(sentence):
    assert len(values(sentence)) == 1


# ------------------------------------------------------------------ a period heading a list after a colon
def test_a_period_in_the_name_heading_a_list_times_each_value():
    doc = process_text("一、措施\n人均年可支配收入低于33600元(含33600元)的家庭,每月每平方米居住面积租金补贴标准是:"
                       "黄浦区、徐汇区为160元,闵行区、宝山区为120元,金山区、奉贤区、崇明区为75元。\n")  # shgov_0019
    assert [(p.value, p.unit, p.per) for p in doc.parameters] == [
        (160, "元/平方米", "month"), (120, "元/平方米", "month"), (75, "元/平方米", "month")]


# ------------------------------------------------------------------ caps on conduct
@pytest.mark.parametrize("sentence", [
    "各市至多选择2个平台开展家电以旧换新。",  # tenth Q_03 (a 实施方案)
    "可申请同一类别至多三个专业作为执业范围进行注册。",  # third med_0007
    "每户最多享受2个车位补贴政策。",  # realestate_0064
])
def test_a_count_capped_for_what_a_party_may_choose_is_no_target(sentence):
    assert values(sentence) == []


def test_a_plan_capping_its_own_count_keeps_the_target():
    assert [(t.comparator, t.value) for t in targets("到2025年,全市重大事故最多不超过3个。")] == [("<=", 3)]


@pytest.mark.parametrize("sentence", [
    # a capped count of what the plan builds or delivers (the end review's sentence; written as plans do)
    "到2025年,全市最多建成3个示范区。",
    "到2025年,全省最多培育5个国家级产业集群。",
    "力争最多打造2个标志性平台。",
])
def test_a_capped_count_the_plan_builds_stays_a_target(sentence):
    assert len(values(sentence)) == 1


@pytest.mark.parametrize("sentence", [
    "每家企业最多申报3个项目。",
    "每个区最多推荐2个候选单位。",
])
def test_a_capped_count_of_what_a_party_applies_for_is_no_target(sentence):
    assert values(sentence) == []


# ------------------------------------------------------------------ a count of the list just written
@pytest.mark.parametrize("sentence", [
    # realestate_0066 (the twelfth end audit's TAR38): long members, the count equal to them
    "强化全社会固定资产投资、建安工程投资、建筑业总产值、政策性开发性金融工具项目基金支付率、省重点项目入统年度投资完成率五项工作推进力度。",
    # digits and a last 和 (written as notices do)
    "统筹推进产业链供应链安全评估、重点企业风险监测和应急保供机制建设3项工作。",
    "从政府监管、企业自律和社会监督三个方面加强管理。",
    # gwr_0006 (audit15 TAR40): two members joined by 和 alone, counted in words
    "继续把好土地审批和信贷投放两个闸门。",
    # gwr_0011: work a verb of conduct holds to
    "积极稳妥推进医药卫生体制改革,全面落实五项重点工作。",
    "切实抓好三项重点任务,守住两条底线。",
    # the same in digits (review of ddcd206: 落实3项重点工作 stayed)
    "积极稳妥推进医药卫生体制改革,全面落实5项重点工作。",
    "切实抓好3项重点任务,守住2条底线。",
])
def test_a_count_of_the_list_just_written_is_no_target(sentence):
    assert values(sentence) == []


@pytest.mark.parametrize("sentence, value", [
    ("加快建设长安益阳电厂、大唐华银株洲电厂、陕煤石门电厂3个煤电项目。", 3),  # fourth plan_0009: projects to build
    ("今年完成老旧小区改造、背街小巷整治和口袋公园建设三项工作20个。", 20),  # a count of other things
    # things named by a noun a list-count noun opens (重点实验室, 重点项目, 工作站): after two members joined by 和, after a
    # verb of conduct, after a list as long as the count
    ("加快建设省级和市级两个重点实验室。", 2),
    ("依托高校和企业建设两个工作站。", 2),
    ("抓好3个重点项目建设。", 3),
    ("加快建设长安益阳电厂、大唐华银株洲电厂、陕煤石门电厂3个重点项目。", 3),
])
def test_a_count_of_named_things_to_deliver_stays_a_target(sentence, value):
    assert value in values(sentence)


# ------------------------------------------------------------------ a record one must show to qualify
@pytest.mark.parametrize("sentence", [
    # twelfth K_01 (江苏住建厅, a repost of its qualification rules)
    "项目负责人具备拟承接工程所需的相应专业的注册建造师资格,并主持完成过本类别资质二级以上标准要求的工程业绩不少于2项;"
    "企业近5年内承担过本类别资质二级以上标准要求的工程业绩不少于2类。",
    # the same condition in the words of talent and funding rules (tenth Q_02's 近3年…, a 申报条件 list)
    "申报单位近三年内承担过省级以上科研项目不少于3项。",
    "项目负责人参与过同类项目建设不少于2个。",
])
def test_a_floor_on_what_a_party_has_done_before_is_no_target(sentence):
    assert values(sentence) == []


def test_a_plan_that_commits_to_finish_work_keeps_its_count():
    assert values("到2025年,力争完成过半数的改造任务,新建项目不少于5个。") == [5]


# ------------------------------------------------------------------ how often each one may draw on a right
@pytest.mark.parametrize("sentence", [
    # twelfth L_01 (宜宾 实施方案: a plan, so the measures-only rule did not reach it)
    "按规定给予职业培训补贴,原则上每人每年可享受不超过3次,但同一职业同一等级不可重复享受。",
    "职工每年可申请不超过2次租房提取。",
    "每户家庭可购买不超过2套新建商品住房。",
])
def test_a_permitted_cap_on_what_each_one_draws_is_no_target(sentence):
    assert values(sentence) == []


def test_a_cap_the_plan_sets_on_its_own_work_stays():
    assert values("教师参与课后服务每周不超过三次。") == [3]


# ------------------------------------------------------------------ a time limit laid on a party
@pytest.mark.parametrize("sentence", [
    # extra shgov_0033 (the thirteenth end auditors' TAR10)
    "如设备发生故障不能正常使用的,项目法人单位应及时组织检修,并在故障发生12小时内向水务安全质量监督部门和区生态环境部门报告。",
    "工程完工验收结束后,项目法人单位应分别向水务安全质量监督部门和区生态环境部门报备后,方可拆除,并在24小时内通过管理平台完成注销。",
    "房地产开发企业须在取得预售许可证后10日内一次性公开全部房源。",
])
def test_a_time_limit_laid_on_a_party_is_no_target(sentence):
    assert values(sentence) == []


def test_the_plans_own_response_time_stays():
    assert values("预警信息发布后30分钟内通知到村到户。") == [30]


# ------------------------------------------------------------------ conditions listed after a lead
@pytest.mark.parametrize("text", [
    # realestate_0168 (the thirteenth end auditors' TAR45): the conditions inline in the lead's sentence
    "(十七)明确普通住房标准。明确普通住房标准为同时满足以下条件:1.住宅小区建筑容积率在1.0(含)以上;2.单套住房套内建筑"
    "面积120平方米以下;3.单套住房实际成交建筑面积单价低于上一年度建筑面积单价均价的1.44倍。",
    # the same lead over items of its own (realestate_0214, shgov_0019)
    "(十五)市区户籍购房家庭申请共有产权保障住房需同时满足以下条件:\n1.主申请人具有一定年限以上市区户籍;\n"
    "2.家庭人均收入低于上年度城镇居民人均可支配收入的1.5倍。",
])
def test_what_a_condition_lead_lists_is_no_target(text):
    assert [t.value for t in process_text("关于进一步促进房地产市场平稳健康发展的通知\n" + text).targets] == []


def test_a_lead_that_sets_goals_keeps_its_items():
    # lawref_0009: 应当达到下列标准 introduces goals (CONVENTIONS: a lead …应当达到下列标准: above it)
    doc = process_text("城市绿化条例\n第十八条 国土绿化建设应当达到下列标准:\n(一)城市新建区绿化率30%以上;\n(二)道路绿化率95%以上。")
    assert [t.value for t in doc.targets] == [30, 95]


# ------------------------------------------------------------------ a condition a party's permission answers
@pytest.mark.parametrize("sentence", [
    # realestate_0031
    "新、改、扩建项目在依法取得《建设用地规划许可证》《不动产权证》和《国有建设用地使用权成交确认书》中的一个及以上要件后,"
    "建设单位可申请办理项目基坑部分的《建设工程施工许可证》。",
    "连续足额缴存住房公积金6个月以上,职工可申请住房公积金贷款。",
    "投入资金达到工程建设总投资额的25%以上,开发企业可申请预售许可。",
])
def test_a_floor_a_named_partys_permission_answers_is_a_condition(sentence):
    assert values(sentence) == []


def test_a_compound_measure_word_is_one_unit():
    # extra shgov_0089 (the thirteenth end auditors' TAR29)
    assert [t.unit for t in targets("到2025年,区级试点实施25条段,各街镇实施407条段。")] == ["条段", "条段"]


# ------------------------------------------------------------------ a party word that lays no duty (review21a's finding)
@pytest.mark.parametrize("sentence, value", [
    ("力争企业需求24小时内响应。", 24),  # review21a: 需求 is a noun, no duty laid on 企业
    ("园区企业应用需求48小时内响应。", 48),
    ("本小区业主需要的维修事项24小时内响应。", 24),
])
def test_a_party_word_before_a_noun_lays_no_duty_on_it(sentence, value):
    assert value in values(sentence)


# ------------------------------------------------------------------ a goal a permission follows
@pytest.mark.parametrize("sentence, value", [
    # fourth plan_0016: 可调节 is an adjective, and the sentence is a dated goal anyway
    ("到2030年,力争具备300万千瓦以上调节能力,全省虚拟电厂商业模式更加丰富多元,可调节资源聚合及响应能力进一步提升。", 300),
    ("到2025年,新增市场主体1万户以上,企业可按规定享受相关补贴。", 1),  # review21a's finding
])
def test_a_goal_followed_by_a_permission_stays(sentence, value):
    assert value in values(sentence)


def test_a_window_then_a_condition_a_permission_answers_is_no_goal():
    # realestate_0056: 至 closes the policy's window, it dates no goal
    assert values("自2022年12月7日至2023年12月31日期间,房地产开发企业依法竞得土地,缴纳50%及以上土地出让金,"
                  "可容缺办理该宗国有土地《建设工程规划许可证》。") == []


def test_a_plans_goal_over_the_coming_years_is_no_record_of_the_past():
    # review21a feared 近三年 (past years: 近三年,中央和地方投入105亿元…) would take plan goals; plans write 今后/未来
    assert values("今后三年全市累计新增就业不少于5万人。") == [5]
    assert values("申报单位近三年内承担过省级以上科研项目不少于3项。") == []


# ------------------------------------------------------------------ the step a rule is reckoned by (targets51)
@pytest.mark.parametrize("sentence, value", [
    ("对季度零售额增速高于全省平均水平的限额以上批发和零售企业,家电以旧换新零售额增量每达1000万元,给予6万元奖励。", 1000),  # plan_0029
    ("入住人数大于10人的,每增加1人,增加运行经费不少于0.2万元/年。", 1),  # ninth doc_0001
    ("每成功引进1名在海珠区年收入不少于50万元、100万元的产业人才,分别最高给予提供引才服务的人力资源服务机构5万元、10万元的引才奖励。", 1),  # T_04
    ("家庭(只限夫妻)每有1个小孩(不能独立生活),可提高5万元贷款额度。", 1),  # realestate_0170
])
def test_a_number_after_every_and_a_verb_of_reaching_is_a_step_not_a_count(sentence, value):
    assert value not in values(sentence)


def test_a_quota_per_period_stays():
    assert values("每年新增就业1万人以上。") == [1]


# ------------------------------------------------------------------ a count of people sizing each place (targets51)
@pytest.mark.parametrize("sentence, value", [
    ("各地要制订消除普通高中大班额专项规划,并按照2020年普通高中学校消除66人以上超大班额的目标推进。", 66),  # eighth doc_0001
    ("行政村生活污水治理率达25%以上,30户以上自然村寨生活垃圾收运覆盖率保持95%以上。", 30),  # thirteenth R_02
    ("到2020年,具备条件的行政村和20户以上自然村全部通硬化路。", 20),  # seventh doc_0023
])
def test_a_bounded_count_of_people_before_a_place_sizes_it(sentence, value):
    assert value not in values(sentence)


def test_a_bounded_count_of_people_to_bring_in_stays():
    assert 60 in values("到2025年,引进60名以上省外校长、教师开展教育教学帮扶。")  # thirteenth R_02


# ------------------------------------------------------------------ an amount that says who a grant is for (targets51)
@pytest.mark.parametrize("sentence, value", [
    ("(一)自注册成立以来首次年度营业收入达到1000万元的人力资源服务机构,合法租赁该产业园在海珠区内的园区载体建筑面积超过100平方米"
     "且作为自用办公用房的,给予最高不超过5万元/年的场租补贴;", 1000),  # thirteenth T_04
    ("2.对于满足遴选标准,且通过花都区新型工业化数字服务平台销售总额不低于200万元(不含税,包括产品或者服务形式)的供给方,"
     "按其当年度实际销售回款额的20%给予一次性最高10万元的奖励;", 200),  # thirteenth T_05
    ("支持OPC发展壮大,对营收规模首次达到2000万元的奖励5万元。", 2000),  # seventh doc_0003
])
def test_an_amount_closing_the_condition_of_a_grant_is_no_target(sentence, value):
    assert value not in values(sentence)


@pytest.mark.parametrize("sentence, value", [
    ("符合条件的OPC,可申请最高30万元的担保贷款,并给予全额贴息支持。", 30),  # sixth doc_0007
    ("对符合条件的技术改造项目,按不超过固定资产投资额度5%的比例,给予最高1000万元奖补。", 5),  # thirteenth T_01
    ("其中,2024年省级在一定额度内按照不低于50%的比例,对发放消费补贴的市予以配套支持。", 50),  # fourth plan_0029
])
def test_an_amount_whose_name_follows_it_stays_a_parameter(sentence, value):
    doc = process_text("一、目标\n" + sentence)
    assert value in [p.value for p in doc.parameters]


def test_a_count_of_a_scheme_s_list_is_no_target():
    # thirteenth R_02: 18条清单 names the list of measures carried out
    assert values("加强师德师风建设,落实中小学教师减负18条清单,不让无关琐事打扰教育。") == []


# ------------------------------------------------------------------ 一批, a number of (targets51)
@pytest.mark.parametrize("sentence", [
    "鼓励各地各部门有序开展试点示范,每年优选一批示范项目,充分发挥典型示范引领作用。",  # eighth doc_0007
    "不断优化梯度遴选评价指标体系,每年遴选发现一批优质企业,建立梯度培育库。",  # thirteenth T_06
    "每三年评选表彰一批先进集体。",  # fifth doc_0012's reader: 一批 is no count
])
def test_a_batch_is_no_count_even_on_a_schedule(sentence):
    assert values(sentence) == []


def test_an_issue_on_a_schedule_stays_a_quota():
    assert values("每月发布一期。") == [1]


# ------------------------------------------------------------------ a count opening its sentence as its subject (targets51)
@pytest.mark.parametrize("sentence", [
    "七项行动的牵头部门要加强统筹协调,强化政策供给,协同推进工作落实。",  # fourth plan_0012
    "六棵树是数字政府改革和建设的核心支柱。",  # eighth doc_0016
])
def test_a_count_opening_its_sentence_as_its_subject_refers_to_things_named(sentence):
    assert values(sentence) == []


def test_a_count_opening_its_sentence_without_being_its_subject_stays():
    # a count opening its sentence as what a verb of delivering delivers (not the subject of 的/是)
    assert values("三个重点项目年底前全部开工。") == [3]
    assert values("两所新学校年内建成投用。") == [2]


# ------------------------------------------------------------------ a floor the clause forbids (targets51)
@pytest.mark.parametrize("sentence", [
    "同一资源不能同时被两个及以上虚拟电厂运营商聚合。",  # fourth plan_0022
    "同一家庭同一套房屋不得办理两次及以上住房公积金个人住房贷款。",  # realestate_0030
    "单个停车场(库)不宜引入超过三个及以上的公共充换电设施运营企业。",  # extra shgov_0032
])
def test_a_count_from_a_floor_up_that_is_forbidden_is_no_target(sentence):
    assert values(sentence) == []


def test_a_floor_laid_down_with_a_prohibition_word_stays():
    assert values("到2025年,新增企业不得少于5家。") == [5]


# ------------------------------------------------------------------ fix53: budget classification codes

@pytest.mark.parametrize("sentence", [
    "五、市、县财政部门安排使用专项资金时,按用途分别填列《2019年政府收支分类科目》221类“住房保障支出”01款“保障性安居工程支出”03项“棚户区改造”和07项“保障性住房租金补贴”科目。",  # H53_08
    "省级财政收到中央补助资金后,列入《2019年政府收支分类科目》110类02款“一般性转移支付收入”58项“住房保障共同财政事权转移支付收入”科目。",
])
def test_budget_classification_codes_are_no_targets(sentence):
    assert values(sentence) == []


def test_a_count_of_named_matters_stays_a_target():
    assert values("到2025年,推进60项“高效办成一件事”重点事项。") == [60]


# ------------------------------------------------------------------ fix53: days of rest, conditions reached
@pytest.mark.parametrize("sentence", [
    "经党中央、国务院批准,自2025年1月1日起,全体公民放假的假日增加2天,其中春节、劳动节各增加1天。",  # fourteenth H53_13
    "二、春节:1月28日(农历除夕、周二)至2月4日(农历正月初七、周二)放假调休,共8天。",  # H53_13
    "一、元旦:1月1日(周三)放假1天,不调休。",  # H53_13
    "(二)春节,放假3天(农历正月初一、初二、初三);",  # H53_02
])
def test_days_of_rest_a_rule_grants_are_no_targets(sentence):
    assert values(sentence) == []


@pytest.mark.parametrize("sentence", [
    # H53_06: the share reached, closed by 的 after the next clause
    "其中:用人单位安排残疾人就业比例达到1%(含)以上,但未达到所在地省、自治区、直辖市人民政府规定比例的,按规定应缴费额的50%缴纳残疾人就业保障金。",
    "对自实现税收年度起且亩均税收达到10万元的,给予奖励。",
    "固定资产投资总额达到3000万元及以上的,按投资额给予补助。",
])
def test_a_level_reached_that_closes_a_condition_is_no_target(sentence):
    assert 1 not in values(sentence) and 10 not in values(sentence) and 3000 not in values(sentence)


def test_a_level_to_reach_stays_a_target():
    assert values("到2025年,城市生活垃圾回收利用率达到35%以上。") == [35]


# ------------------------------------------------------------------ fix53: statistics of what occurred
@pytest.mark.parametrize("sentence", [
    "上半年全国建筑业共发生生产安全事故1732起、死亡1752人,同比分别上升7.8%和1.4%。",  # fourteenth H53_10
    "较大事故发生32起、死亡113人,同比分别下降17.9%和26.1%;重大事故发生1起,同比持平。",  # H53_10
    "全年共发生火灾事故120起,同比下降5%。",
    # (targets55: 前, 应 inside 前三季度, 相应, 供应 no longer pass for a deadline or a requirement)
    "前三季度全省共发生道路交通事故320起,同比减少8%。",
    "相应地区共发生森林火灾12起,同比下降20%。",
    "全年共发生供水供应中断事件3起,同比减少2起。",
])
def test_counts_of_what_occurred_and_changes_on_last_years_period_are_no_targets(sentence):
    assert values(sentence) == []


@pytest.mark.parametrize("sentence,value", [
    ("力争全年生产安全事故起数同比下降10%。", 10),
    ("到2025年,全市火灾事故起数同比下降5%。", 5),
    ("确保道路交通事故死亡人数同比下降5%以上。", 5),
    ("2025年底前,全市亿元GDP生产安全事故死亡率同比下降5%。", 5),
])
def test_a_change_on_last_years_period_committed_to_stays_a_target(sentence, value):
    assert values(sentence) == [value]


# ------------------------------------------------------------------ what each party may submit (t54)
@pytest.mark.parametrize("sentence", [
    "每个参评单位可遴选推荐30件作品,每个作品类别限报6件,每件作品只能申报一个作品类别。",  # fifteenth H53B_01
    "2.每位作者限报2项作品(含合作的作品)参评。",  # fifteenth H53B_01
    "纳入“十四五”前两批海绵城市建设示范的省(自治区、兵团)可推荐1个城市参评。",  # fourteenth H53_04
])
def test_a_count_capped_or_permitted_to_submit_is_no_target(sentence):
    assert values(sentence) == []


def test_a_plan_recommending_its_own_count_keeps_the_target():
    assert values("到2025年,推荐10个典型案例。") == [10]


# ------------------------------------------------------------------ copies of a form, the list that follows
@pytest.mark.parametrize("sentence", [
    "(五) 请将填妥的《合同书》提供一式4份,由用人单位于1月23日前寄至省科技厅1楼综合业务办理大厅。",  # fifteenth H53C_07
    "(四)售电公司和用户已完成签订的购售电三方服务协议,一式四份。",  # extra elec_0003
    "将《拖拉机报废补贴信息汇总表》(附件4)一式2份报区财政部门审核。",  # seventh doc_0026
    "三、“交接单”一式两份,由港方发起与船方或代理签署。",  # extra shgov_0018
    "报名提供以下两种形式,参赛人员可自行选择:",  # fifteenth H53C_08
])
def test_copies_of_a_form_and_the_count_of_a_list_below_are_no_targets(sentence):
    assert values(sentence) == []


def test_the_length_of_a_number_in_digits_is_no_target():
    assert values("票据号码设计为10位,采用顺序号,用于反映电子票据赋码顺序。") == []  # fifteenth H53B_05


# ------------------------------------------------------------------ how long a session of an event lasts
@pytest.mark.parametrize("sentence", [
    "二、模拟上课准备时间为1小时,上课时间为15分钟。",  # fifteenth H53B_03
    "上课结束后须回答专家的面试提问,面试时间为5分钟。",  # fifteenth H53B_03
    "视频要求采用mp4/mov/avi/rm格式,分辨率不低于720P,包含声音,时间不超过10分钟。",  # fifteenth H53B_01
])
def test_the_length_of_a_session_is_no_target(sentence):
    assert all(t.unit not in ("小时", "分钟") for t in targets(sentence))


def test_a_plan_response_time_keeps_the_target():
    assert values("到2025年,院前急救平均反应时间不超过12分钟。") == [12]


# ------------------------------------------------------------------ targets57: a class's code
@pytest.mark.parametrize("sentence, expected", [
    # eighteenth H57D_01: talent classes A1-B3 named in a plan's counts; written for this rule: 级, 档
    ("到2025年,引进A1类人才10名、B2类人才20名。", [10, 20]),
    ("到2025年,建成C3级数据中心5个。", [5]),
    ("力争新增B1档企业30家。", [30]),
])
def test_a_number_between_a_letter_and_a_word_of_class_is_a_code(sentence, expected):
    assert values(sentence) == expected
