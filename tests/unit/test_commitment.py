"""Targets need a sign of commitment where the notice is no plan (pipeline/targets/commitment.py).
Sentences from development notices; each notice's own title decides its kind."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.run import process, process_text
from pipeline.targets.commitment import states_goals

REAL = Path(__file__).resolve().parents[1] / "real"


def values(title: str, body: str) -> list[float]:
    return [t.value for t in process_text(f"{title}\n{body}\n").targets]


@pytest.mark.parametrize("title, body", [
    # lawref_0016: the extent of a zone a regulation lays down
    ("杭州市第二水源千岛湖配水供水工程管理条例",
     "第二十一条 千岛湖配水工程的保护范围为从工程管理范围边线向外延伸二百米以内的区域。"),
    # govcn_0024: what a thing is made of
    ("国务院办公厅关于国家综合性消防救援车辆悬挂应急救援专用号牌有关事项的通知",
     "专用号牌分为汽车号牌和摩托车号牌两种。汽车号牌每副两只,分别悬挂在车辆前后部。"),
    # med_0008: a rule laid on hospitals
    ("关于完善公立医院药品集中采购工作的指导意见",
     "每种药品采购的剂型原则上不超过3种,每种剂型对应的规格原则上不超过2种,兼顾成人和儿童用药需要。"),
    # shgov_0048: a fact about a bus lane
    ("上海市交通委员会、上海市公安局关于71路中运量西延伸公交线路实行专用车道管理的通告",
     "至丰虹路停车场,总长约9.6公里,为71路中运量公交线路车辆专用道。"),
    # govcn_0016: a radius in a table of boundary points
    ("国务院关于授权香港特别行政区实施管辖的深圳湾口岸港方口岸区范围和土地使用期限的批复",
     "10  14239.958  103436.862  圆曲线中点,半径48.25米"),
    # 保障 naming a thing, no goal: realestate_0224 a share an article sets, shgov_0019 a standard, T_01 a count of
    # the notice's own policies
    ("无锡市住建局发布《无锡市市区共有产权保障房管理办法》",
     "第六条共有产权保障房产权份额按照购买共有产权保障房的家庭与政府各占50%确定,并在购房合同中予以明确。"),
    ("上海市人民政府关于调整本市廉租住房相关政策标准的通知", "廉租住房保障面积为人均居住面积10平方米。"),
    ("广安市人民政府关于印发《广安市招商引资政策二十条(试行)》的通知",
     "保障支持政策包含要素保障、节能能耗和环境容量指标保障、人才保障、政务服务保障4条。"),
])
def test_a_number_with_no_sign_of_commitment_in_a_notice_that_is_no_plan_is_no_target(title, body):
    assert values(title, body) == []


@pytest.mark.parametrize("title, body, expected", [
    # govcn_0017: a reply approving a programme (同意), the second member after 分号 shares it
    ("国务院办公厅关于广东与香港、澳门合建自动气象站网有关问题的复函",
     "一、同意广东省气象局与香港天文台合建3个自动气象站;与澳门地球物理气象台合建2个自动气象站。", [3, 2]),
    # realestate_0026: a goal verb (压缩至)
    ("兰州市落实强省会战略进一步优化营商环境若干措施",
     "深化工程建设审批全过程信息共享,将工程建设项目审批平均时限压缩至30个工作日以内。", [30]),
    # realestate_0149: a quota in a clause opening with its period (组织…,每年不少于2次)
    ("阳泉市进一步促进房地产市场平稳健康发展若干措施",
     "七、积极组织房地产促销活动。各县(区)要积极组织房地产展销会、房地产博览会,每年不少于2次,支持引导房地产开发企业开展促销。", [2]),
    # govprc_0007: a verb of delivering a count (建立)
    ("国务院、中央军委关于同意在黄海建立无线电定位台站的批复",
     "黄海部分在山东省文登县前岛、胶南县李家桥大队等地建立五个台。", [5]),
    # med_0003: a deadline governs it (audit53: the share of counties is the target, as the gold reads it; the 1家 that
    # says which counties count stays, optional in gold)
    ("关于加快推进门诊费用跨省直接结算的通知",
     "2021年底前,各省份60%以上的县至少有1家普通门诊费用跨省联网医疗机构。", [60, 1]),
    # realestate_0066: the government's own money
    ("广元市聚焦高质量发展推动经济运行整体好转的若干具体政策措施",
     "安排3000万元项目前期工作经费,并采取“一事一议”方式确定。", [3000]),
])
def test_a_sign_of_commitment_keeps_the_target(title, body, expected):
    assert values(title, body) == expected


@pytest.mark.parametrize("title, body, expected", [
    # realestate_0053: a time the government's own handling is held within commits to it, with no goal word (限时 is 时限)
    ("关于印发<普格县促进房地产市场健康平稳发展若干措施>的通知",
     "针对房地产项目办理用地及规划许可开设“绿色通道”,针对房地产项目规划许可限时在60天以内办理完毕。", [60]),
    # realestate_0075: 压减至 is a goal word as 压缩至 is
    ("推动房地产市场平稳健康发展十五条措施", "将房地产项目全流程审批时间压减至80个工作日以内,方便企业办理。", [80]),
    # realestate_0066: the 期限 of the government's own handling is its processing time, not a term it grants
    ("广元市聚焦高质量发展推动经济运行整体好转的若干具体政策措施",
     "加快办理延期缴纳税款审批,将办理期限缩短至20个自然日。", [20]),
    # realestate_0026 (a held time with its goal word, as before)
    ("兰州市落实强省会战略进一步优化营商环境若干措施", "实现营业执照、税务、社保等“一站式”办结,办理时限压缩至1个工作日内。", [1]),
])
def test_the_governments_own_processing_time_cut_or_held_is_a_target_in_a_notice_of_measures(title, body, expected):
    assert values(title, body) == expected


@pytest.mark.parametrize("body", [
    "降低住房公积金缴存比例,期限不超过12个月。",  # a term the policy grants
    "企业可申请缓缴住房公积金,缓缴期限最长不超过12个月。",
    "对符合条件的项目,自受理之日起3个工作日内办结。",  # counted from an event
])
def test_a_term_granted_or_a_limit_from_an_event_stays_no_target_in_a_notice_of_measures(body):
    assert values("关于进一步促进房地产市场平稳健康发展的若干措施", body) == []


@pytest.mark.parametrize("title, body, expected", [
    # realestate_0066: the verb of delivering written as a noun after what the count closing a list of examples counts
    ("广元市聚焦高质量发展推动经济运行整体好转的若干具体政策措施",
     "全面推进投资、科技、交通、行政审批等20个行业领域“一网通办”重点示范工程创建。", [20]),
    # the construction of named_counts.delivers_a_listed_set's example, in a notice of measures
    ("关于进一步稳定经济增长的若干措施", "加快后箐水库、龙潭水库等18座中小型水库建设。", [18]),
    # no verb of delivering closes the clause: a count describing the notice's bodies
    ("关于进一步稳定经济增长的若干措施", "财政、发展改革、住房城乡建设等14个部门联合印发实施细则。", []),
])
def test_a_count_closing_a_list_that_a_noun_of_delivering_closes_is_a_commitment(title, body, expected):
    assert values(title, body) == expected


def test_a_lead_with_a_goal_word_frames_its_items():
    # lawref_0009: 第十八条 国土绿化建设应当达到下列标准: (一)…宜林荒山绿化率95%以上
    body = "第十八条 国土绿化建设应当达到下列标准:\n(一)山地绿化:宜林荒山绿化率95%以上;\n(二)平原绿化:平原农田林网化率90%以上。"
    assert values("淄博市国土绿化条例", body) == [95, 90]


@pytest.mark.parametrize("title, body, expected", [
    # lawref_0009: a share the city's own greening plan must reach, written with 应当 (ruling, twenty-first session)
    ("淄博市国土绿化条例",
     "第十二条 市级国土绿化规划应当合理确定生态公益林和商品林的比例,其中生态公益林面积应当占森林总面积的50%以上。",
     [("生态公益林面积占森林总面积的比例", 50)]),
    ("淄博市国土绿化条例", "第十条 全市森林覆盖率应当达到38%以上。", [("森林覆盖率", 38)]),
    # sixth doc_0001: the share of the city's own reserve, with 应达
    ("安顺市人民政府关于印发安顺市市级储备粮管理办法的通知",
     "第十二条 市级储备粮的储存品种应当按照省级安排,以稻谷、小麦、玉米、大豆、菜籽油等为主。其中,稻谷和小麦两大口粮品种"
     "储备比例应达储备规模的70%以上。", [("稻谷和小麦两大口粮品种储备比例", 70)]),
    # lawref_0009: a bound in an item of a lead setting standards to reach is a level to reach
    ("淄博市国土绿化条例", "第十八条 国土绿化建设应当达到下列标准:\n(一)山地绿化:宜林荒山绿化率95%以上;\n"
     "(二)平原农田林网建设:网格面积不得大于400亩,林网化率90%以上;",
     [("宜林荒山绿化率", 95), ("平原农田林网建设网格面积", 400), ("林网化率", 90)]),
])
def test_a_share_the_governments_own_programme_must_reach_is_a_target_whatever_binds_it(title, body, expected):
    assert rows(title, body) == (expected, [])


@pytest.mark.parametrize("title, body", [
    # a minimum each regulated party must meet stays a parameter: realestate_0066 (a contract's advance), govcn_0056
    # (each cooperating institution), ninth doc_0027 (laid on a level's own department: a level alone is no programme)
    ("广元市人民政府关于印发《广元市聚焦高质量发展推动经济运行整体好转的若干具体政策措施》的通知",
     "严格执行工程预付款制度,预付款应不低于合同总价(扣除暂列金额)的10%。"),
    ("国务院办公厅关于有效发挥政府性融资担保基金作用切实支持小微企业和“三农”发展的指导意见",
     "合作机构支小支农担保金额占全部担保金额的比例不得低于80%,其中单户担保金额500万元及以下的占比不得低于50%。"),
    ("福建省财政厅 福建省人力资源和社会保障厅关于印发《福建省就业补助资金管理实施办法》的通知",
     "设区市级人社部门应当精准对接产业发展需求和受教育者需求,对指导目录内的职业培训,可适当提高就业技能培训补贴标准,"
     "原则上提高幅度不超过30%,具体标准由设区市级财政、人社部门确定。"),
])
def test_a_share_bound_on_each_regulated_party_stays_a_parameter(title, body):
    targets, parameters = rows(title, body)
    assert targets == [] and parameters


def test_a_share_bounded_for_the_new_builds_its_name_opens_with_is_a_parameter_in_a_plan_too():
    # fourth plan_0027 5.8 (CONVENTIONS, eighteenth session: a standard each new building or system must meet)
    title = "北京市教育委员会关于印发北京市教育系统碳达峰行动方案的通知"
    body = ("落实可再生能源优先理念和《北京市新增产业的禁止和限制目录》要求,新建校园应安装分布式光伏发电等太阳能系统,"
            "新建建筑屋顶光伏可安装面积覆盖率不低于50%,新建的耦合供热系统中新能源和可再生能源装机占比不低于60%。")
    assert rows(title, body) == ([], [("新建建筑屋顶光伏可安装面积覆盖率", 50),
                                      ("新建的耦合供热系统中新能源和可再生能源装机占比", 60)])
    # ... but a deadline or a goal word makes it the plan's goal: extra shgov_0005 (到2025年 …; 达到)
    title = "上海市交通委员会、上海市发展和改革委员会关于印发《上海交通领域光伏推广应用实施方案》的通知"
    assert rows(title, "近期目标:到2025年,应用场景实现多元化,新建交通设施建筑屋顶安装光伏面积不低于50%。")[1] == []
    assert rows(title, "新建高架车站、地面车站、基地库房等要求屋顶光伏覆盖面积达到50%。")[1] == []


@pytest.mark.parametrize("title, body, expected", [
    # sixth doc_0001: a reserve measured in days of supply is the level to keep, not a time limit; 供应量 lays no duty (应)
    ("安顺市人民政府关于印发安顺市市级储备粮管理办法的通知",
     "第十一条 各县(区)人民政府(管委会)根据应急供应需要,建立一定规模的成品粮油储备。市人民政府所在地西秀区人民政府和安顺经开区"
     "管委会建立不低于城镇常住人口10天市场供应量的成品粮油储备,其他县(区)建立不低于城镇常住人口3天市场供应量的成品粮油储备。",
     [10, 3]),
    # fourth plan_0009: 电煤储备水平在30天以上 (audit53: one row; 迎峰度夏、度冬期间 the times one level is held in, as gold)
    ("湖南省电力支撑能力提升行动方案(2022—2025年)",
     "完善政企联动储煤机制,提高电厂储煤积极性,确保迎峰度夏、度冬期间电煤储备水平在30天以上,确保电厂稳发满发。", [30]),
    # sixth doc_0008: a share of the people (80%以上新生儿), not a size of a group
    ("国家医疗保障局办公室教育部办公厅国家卫生健康委办公厅国务院妇儿工委办公室全国妇联办公厅关于开展儿童参加基本医疗保险专项行动的通知",
     "切实提高儿童参保率,力争到2024年底,80%以上新生儿在出生当年参保。", [80]),
    # sixth doc_0007: a Chinese count closing the examples of a list a verb delivers
    ("关于印发《胶州市人工智能OPC创新发展实施方案》的通知",
     "到2028年底:①载体建设:建成上合国际人才双创产业园、鲁港科技中心、三里河孵化基地、数字经济产业园等四个标准化OPC创业社区。", [4]),
])
def test_stocks_in_days_shares_of_people_and_listed_sets_delivered_are_targets(title, body, expected):
    assert values(title, body) == expected


def test_a_duty_binds_the_clauses_after_its_semicolon():
    # thirteenth V_02 (a regulation on hazardous chemicals): 管道单位应当…;…每年至少组织一次应急演练 (laid on the party)
    body = ("第二十三条 管道单位应当向输送管道线路及其附属设施附近的单位、居民进行安全告知;根据输送介质的危险特性制定专项应急预案,"
            "每年至少组织一次应急演练。")
    assert values("危险化学品安全管理条例", body) == []


@pytest.mark.parametrize("title, plan", [
    ("关于做好2024年防汛抗旱工作的通知", True),
    ("关于做好 2021年城乡居民基本医疗保障工作的通知", True),
    ("关于做好今年秋冬季大气污染防治工作的通知", True),
    ("关于做好耕地种植用途管控工作的通知", False),
    ("关于做好上海市水务建设工地扬尘在线监测系统安装工作的通知", False),
    ("关于在实施城市更新行动中防止大拆大建问题的通知", False),
])
def test_a_notice_arranging_a_years_work_is_a_plan_and_other_requirements_are_not(title, plan):
    # a bare count is kept only where the notice states goals
    assert bool(values(title, "特色道路10条,特色园5座。")) is plan


def test_a_plan_keeps_its_bare_counts():
    # shgov_0012: 新增…点位30个、特色道路10条 in an action plan; the same words in a notice of rules need a sign
    body = "新增白玉兰栽植及观赏点位30个,总计达60个;特色道路10条,总计达20条。"
    assert values("上海市花白玉兰推广应用三年行动计划(2024-2026年)", body) == [30, 60, 10, 20]
    assert values("关于本市绿化调整的规定", "特色道路10条,特色园5座。") == []


@pytest.mark.parametrize("name, plan", [
    ("third/corpus/med_0003.txt", True),   # a 通知 with a section 一、工作目标
    ("corpus/lawref_0016.txt", False),     # a regulation
    ("corpus/govcn_0024.html", False),     # a notice of rules
    ("corpus/realestate_0149.txt", False),  # measures
    # notices of requirements: 做好…工作 and a plan word the topic happens in (…行动中) name no plan
    ("extra/corpus/shgov_0033.txt", False),  # 关于做好…扬尘在线监测系统安装工作的通知
    ("corpus/realestate_0005.txt", False),   # 关于进一步做好房地产市场调控工作的通知
    ("corpus/realestate_0001.txt", False),   # 关于在实施城市更新行动中防止大拆大建问题的通知
    ("extra/corpus/shgov_0012.txt", True),   # …三年行动计划(2024-2026年)
    ("extra/corpus/shgov_0022.txt", True),   # 关于做好2026年玻璃幕墙安全排查整治工作的通知: a year's work arranged
])
def test_a_notice_states_goals_by_its_title_or_a_section_of_goals(name, plan):
    path = REAL / name
    assert states_goals(process(path, path.parent)) is plan


@pytest.mark.parametrize("lead, items", [
    # shgov_0010: cases in which no reward is paid
    ("第十三条 有下列情形之一的,不予发放奖励或追回相关奖励:",
     ["(一)借举报之名伪造举报材料骗取或者冒领奖励的;",
      "(二)恶意举报、谎报安全生产和消防安全隐患及违法行为3次(不含本数)以上;"]),
    # lawref_0009: cases a penalty is laid for
    ("第三十四条 违反本条例规定,有下列情形之一的,由林业行政主管部门责令限期完成绿化任务:",
     ["(一)连续2年未完成绿化任务;", "(二)造林成活率不足85%。"]),
    # realestate_0006: cases who may move a household in
    ("第八条符合下列情形之一的人员,可申请将户口迁入我市:",
     ["1.当前在我市连续从事公交驾驶员岗位满1年且最近在本市连续参保至少满6个月的从业人员。"]),
    # govcn_0027: cases an act is required in, named by 情形包括
    ("第二十五条 取得综合所得需要办理汇算清缴的情形包括:",
     ["(一)从两处以上取得综合所得,且综合所得年收入额减除专项扣除的余额超过6万元;"]),
    # realestate_0224: cases who may not buy
    ("第十三条申请家庭有下列情况之一的,不得申请购买共有产权保障房:",
     ["(一)已签订房屋征收补偿协议未满5年;"]),
])
def test_the_items_of_a_lead_listing_cases_are_conditions(lead, items):
    # in a plan too, where bare numbers are goals by default
    assert values("某市2024年工作方案", "\n".join([lead, *items])) == []


@pytest.mark.parametrize("body", [
    # shgov_0029
    "对经复核确认符合条件的申请人,在住宅小区主要出入口处公示至少5个工作日。",
    # realestate_0224
    "办事处(镇人民政府)接到申请后,应当对申请材料进行初审,符合条件的,在社区公示,公示期为10日。",
    # shgov_0014
    "2、迁移或砍伐方案公示:拟订的调整方案应在小区内予以公示,公示时间不少于七天。",
    # elec_0008
    "若发生异议市场运行结果确需调整的应立即报告我局,结果经调整后应重新公示10日并报我局重新备案后方可开展结算。",
    # lawref_0020
    "企业可以通过国家企业信用信息公示系统进行公告,公告时限为二十日。",
])
def test_the_time_a_notice_is_put_up_for_the_public_is_procedure(body):
    # in a plan too, where bare numbers are goals by default
    assert values("某市2024年工作方案", body) == []


@pytest.mark.parametrize("title, body, expected", [
    # govcn_0014: the meetings a body commits to hold (召开, as 举办 and 组织)
    ("国务院工作规则", "国务院常务会议一般每月召开三次,如有需要可临时召开。", [3]),
    ("关于建立某某工作联席会议制度的通知", "建立联席会议制度,每季度召开一次推进会,研究解决重大问题。", [1]),
])
def test_meetings_a_notice_commits_to_hold_are_targets(title, body, expected):
    assert values(title, body) == expected


def test_a_standing_meeting_of_a_body_stays_its_working_rule():
    # (rules/targets.yaml standing_meetings: 联席会议每年召开一次例会)
    assert values("关于建立某某工作联席会议制度的通知", "联席会议每年召开一次例会,由召集人主持。") == []


@pytest.mark.parametrize("article", [
    "第十七条 党支部每年至少召开1次组织生活会,也可以根据工作需要随时召开。",  # tenth V_01
    "第十八条 党支部一般每年开展1次民主评议党员。",  # tenth V_01
    "第二十条 党员每年集中学习培训时间一般不少于32学时。",  # tenth V_01
    "第九条 学术委员会会议每年至少召开一次。",  # ninth doc_0024
])
def test_an_articles_norm_set_with_yiban_or_a_bodys_meetings_are_rules(article):
    assert values("中国共产党支部工作条例", article) == []


@pytest.mark.parametrize("article, expected", [
    # 一般 inside a noun (一般公共预算, 一般性转移支付) is no norm of the article (review19a)
    ("第十条 到2025年,全市一般公共预算收入增长6%,新建保障性住房1000套。", [6, 1000]),
    ("第八条 到2025年,省对市县一般性转移支付增长6%。", [6]),
])
def test_yiban_inside_a_noun_lays_no_norm(article, expected):
    assert values("某市城市发展促进条例", article) == expected


def test_an_articles_duty_of_work_stays_a_target():
    # sixth doc_0001's reader: a public inspection body's yearly check
    assert values("某市地方储备粮管理办法", "第二十条 市粮油质量检验中心每年对市级储备粮至少开展1次全面抽检。") == [1]


def rows(title: str, body: str) -> tuple[list[tuple[str, float]], list[tuple[str, float]]]:
    doc = process_text(f"{title}\n{body}\n")
    return [(t.indicator, t.value) for t in doc.targets], [(p.name, p.value) for p in doc.parameters]


@pytest.mark.parametrize("title, body, name, value", [
    # shgov_0008: equipment each vehicle must carry (增加安装: the party's conduct, no change the notice commits to)
    ("关于本市建筑垃圾运输车辆加装安全装置的通知",
     "3、车厢两侧各增加安装2个转弯信号灯,以增加车辆转弯时对侧旁车辆或行人的转弯提示。", "转弯信号灯", 2),
    # realestate_0031: a sunlight standard of new housing in a 若干意见 (新建 qualifies the housing)
    ("赤峰市人民政府办公室关于进一步优化营商环境激发市场主体活力满足群众住房合理需求的若干意见",
     "七、新建商品住宅大寒日日照时数不低于2小时。", "新建商品住宅大寒日日照时数", 2),
    # seventh doc_0012: a bound laid on training institutions
    ("教育部办公厅关于进一步加强中小学生近视防控工作的通知",
     "要严格规范校外培训机构管理,线上培训机构每课时不超过30分钟,课程间隔不少于10分钟。", "课程间隔", 10),
    # money set per unit of measure is a standard of the policy whoever pays it (audit17): realestate_0066 a per-mu
    # matching fund of a 补助政策, shgov_0034 what the owner of each cylinder is paid
    ("广元市聚焦高质量发展推动经济运行整体好转的若干具体政策措施",
     "落实新建和改造提升高标准农田建设补助政策,市县财政配套资金亩均投入不低于1500元。", "市县财政配套资金亩均投入", 1500),
    ("上海市人民政府关于燃气助动车限期报废事项的通告",
     "对主动将车辆送至集中回收点的车主,每个燃气助动车钢瓶由相关部门提供200元。", "每个燃气助动车钢瓶由相关部门提供", 200),
])
def test_what_a_notice_stating_no_goals_lays_on_each_party_is_a_parameter(title, body, name, value):
    targets, params = rows(title, body)
    assert (name, value) in params and value not in [v for _, v in targets]


@pytest.mark.parametrize("body, name", [
    # extra shgov_0033: a bound before a verb of installing, in the sentence of the section of the works it is laid on;
    # the band opening the clause names the tier
    ("1、呈点状形态的工程标段:占地面积在10000平方米及以下至少设置1个监测点位;", "占地面积在10000平方米及以下监测点位"),
    ("2、呈线状形态的工程标段:长度在5000米及以下的至少设置1个监测点位;", "长度在5000米及以下监测点位"),
])
def test_a_bound_before_installing_is_the_named_partys_rule(body, name):
    targets, params = rows("关于做好上海市水务建设工地扬尘在线监测系统安装工作的通知", body)
    assert params == [(name, 1)] and targets == []


@pytest.mark.parametrize("body, name, value", [
    # the characters of a level of government inside a word naming none (小区, 超市, 城市, 园区) name no party of the
    # government's own (review of rules/targets.yaml laid_on_each.government)
    ("新建住宅小区每户应至少配建1个停车位。", "停车位", 1),
    ("大型超市每个出入口应至少设置2个监测点位。", "监测点位", 2),
    ("工业园区内每家企业应至少配备1名专职安全管理人员。", "专职安全管理人员", 1),
])
def test_a_level_of_government_inside_another_word_names_no_government_party(body, name, value):
    targets, params = rows("关于进一步加强建筑垃圾管理的若干措施", body)
    assert (name, value) in params and value not in [v for _, v in targets]


@pytest.mark.parametrize("title, body, value", [
    # a level picked out by 各/全/每个 or before 级, or a word naming one (行政村, 乡镇)
    ("关于进一步加强农村人居环境整治的若干措施", "每个行政村应至少配备1名专职保洁员。", 1),
    ("关于进一步加强建筑垃圾管理的若干措施", "各区每个街镇应至少设置1个建筑垃圾临时堆放点。", 1),
    ("关于进一步加强建筑垃圾管理的若干措施", "全市每个小区应至少设置1个建筑垃圾临时堆放点。", 1),
    ("关于进一步加强建筑垃圾管理的若干措施", "每个县应至少设置1个建筑垃圾消纳场所。", 1),
    ("关于进一步加强建筑垃圾管理的若干措施", "小区所在的区级平台应至少设置1个建筑垃圾消纳场所。", 1),
])
def test_a_level_of_government_read_as_a_word_keeps_its_quota_a_target(title, body, value):
    targets, _ = rows(title, body)
    assert value in [v for _, v in targets]


@pytest.mark.parametrize("title, body, value", [
    # realestate_0066: a quota each county of the government builds
    ("广元市聚焦高质量发展推动经济运行整体好转的若干具体政策措施",
     "加强零工市场分级标准化建设,每个县(区)至少打造1个标准化零工市场。", 1),
    # realestate_0066: a bare bound on what the government delivers (推出)
    ("广元市聚焦高质量发展推动经济运行整体好转的若干具体政策措施",
     "在巩固提升国、省重点“一件事”的基础上,推出不少于10个跨部门、跨层级联办的套餐服务。", 10),
    # realestate_0031: a market-wide control of the city (城区)
    ("赤峰市人民政府办公室关于进一步优化营商环境激发市场主体活力满足群众住房合理需求的若干意见",
     "一、中心城区区域年度新建商品住宅销售均价涨幅不超过5%。", 5),
    # govprc_0007: a cap the issuer lays on its own units' offices
    ("国务院、中央军委关于同意在黄海建立无线电定位台站的批复",
     "我部有关单位亦需在当地组织相应的精干的临时办事机构(一般每处不超过二十人)。", 20),
    # holdout5 h5_03: what the government provides each talent, and the time its service takes
    ("贵阳市人才服务若干措施",
     "为A类、B类人才各配备1名服务专员,提供“一对一”跟踪服务,人才诉求响应时间不超过24小时。", 24),
    # a deadline makes each party's count the government's goal
    ("关于加快推进门诊费用跨省直接结算的通知",
     "2021年底前,每个县至少有1家普通门诊费用跨省联网医疗机构。", 1),
])
def test_a_goal_of_the_government_laid_on_its_units_stays_a_target(title, body, value):
    targets, _ = rows(title, body)
    assert value in [v for _, v in targets]


@pytest.mark.parametrize("title, body, name, value", [
    # fourth plan_0030: a dispatch rule a plan lays on storage stations with 原则上
    ("上海市人民政府办公厅关于印发《上海市新型储能示范引领创新发展工作方案(2025—2030年)》的通知",
     "迎峰度夏(冬)期间,原则上全容量充放电调用次数不低于210次,充电价格按照本市煤电基准上网电价下浮50%结算。",
     "全容量充放电调用次数", 210),
    # third med_0027: a share of cases a payment scheme allows with 原则上
    ("国家医疗保障局办公室关于印发按病组和病种分值付费2.0版分组方案并深入推进相关工作的通知",
     "医疗机构可自主申报特例单议,特例单议数量原则上为DRG出院总病例的5%或DIP出院总病例的5‰以内。", "特例单议数量", 5),
    # fourth plan_0024: a floor each project must meet (须)
    ("关于印发推动大规模设备更新和消费品以旧换新行动方案的通知",
     "用能设备更新改造项目年节能量须不低于50万千瓦时或150吨标准煤。", "用能设备更新改造项目年节能量", 150),
])
def test_what_a_word_of_the_rule_binds_in_a_plan_is_a_parameter(title, body, name, value):
    targets, params = rows(title, body)
    assert (name, value) in params and value not in [v for _, v in targets]


@pytest.mark.parametrize("title, body, value", [
    # govcn_0055: the government's own routine on a schedule
    ("国务院办公厅关于深化产教融合的若干意见的实施方案",
     "原则上每5年修订1次职业院校专业目录,学校依据目录灵活自主设置专业。", 1),
    # shgov_0039: a plan's 应 on its own units
    ("关于印发本区违法用地整治三年行动方案的通知",
     "各街镇(管委会)以“拆除还地”和“清退没收”方式整治的面积应不低于年度计划任务量的60%。", 60),
])
def test_a_plan_keeps_its_own_goals_bound_by_a_word_of_the_rule(title, body, value):
    targets, _ = rows(title, body)
    assert value in [v for _, v in targets]


def test_a_noun_ending_in_xian_or_yong_before_the_shi_of_when_names_no_time():
    # 限时 is 时限 and 用时 a time taken, but 上限时/年限时/使用时 are a noun and the 时 of "when" (土方消纳场所消纳量达到备案上限时,
    # 满足缴费年限时, 投入使用时): no time indicator; the heads themselves, and 时间 after 使用, still are
    from pipeline.targets.patterns import patterns
    time_indicator = patterns()["time_indicator"]
    for name in ("消纳量达到备案上限时", "满足缴费年限时", "电子产品投入使用时", "接近市场交易规模上限时"):
        assert not time_indicator.search(name), name
    for name in ("规划许可限时", "平均用时", "办理期限", "审批时间", "投入使用时间", "电子产品使用时长"):
        assert time_indicator.search(name), name


# ------------------------------------------------------------------ targets55: notices arranging an event or a procedure
@pytest.mark.parametrize("title, body", [
    # govcn_0005: a praise bulletin reports what places did
    ("国务院办公厅关于对国务院第五次大督查发现的典型经验做法给予表扬的通报",
     "61.江西省赣州市推出3个“信贷通”,探索解决中小企业融资难融资贵。"),
    # the arrangements of a contest, a training course, an application round, an inspection (written for this rule)
    ("关于举办2024年全省职业院校技能大赛的通知", "每支参赛队由3名选手组成,比赛时间为120分钟。"),
    ("关于举办全市安全生产管理人员培训班的通知", "培训班共举办2期,每期培训5天,每期学员不超过100人。"),
    ("关于组织申报2024年度市级重点研发项目的通知", "每个单位申报项目不超过5项。"),
    ("关于开展2024年度优秀教学成果评选工作的通知", "评审设一等奖10项、二等奖20项。"),
    ("关于开展城镇燃气安全专项检查的通知", "各区抽查燃气经营企业不少于3家。"),
    # fifteenth H53B_01: the attached plan of the event is its arrangements, no plan of goals
    ("关于开展第四届幼儿园优秀自制玩教具评选活动的通知\n第四届幼儿园优秀自制玩教具评选活动方案",
     "初评按类别遴选出不超过50%作品入围复评,并于复评现场评审出一、二等奖作品。"),
])
def test_the_arrangements_of_an_event_are_no_targets(title, body):
    assert values(title, body) == []


@pytest.mark.parametrize("title, body, expected", [
    # realestate_0156 (a campaign, 活动: the money it spends); fifteenth H53C_01 (计划引进: the plan's own voice)
    ("关于2022年佛山市三水区购房促消费活动的通知", "活动以发放消费券方式进行,本次活动共发放消费券1000万元。", [1000]),
    ("关于开展宝安区2016年紧缺人才岗位需求预申报工作的通知",
     "我区决定于近期实施紧缺人才引进工程,其中计划面向金融、物流特色产业领域分别引进20名紧缺人才。", [20]),
    # a goal word of the plan's own, a change (written for this rule)
    ("关于举办2024年全市创业大赛的通知", "力争通过大赛培育创业项目100个以上。", [100]),
    ("关于开展2024年度食品安全监督抽查工作的通知", "抽检合格率提高2个百分点。", [2]),
    # a 通报 of how things stand commits to what its demands say (fourteenth H53_10)
    ("国务院安委会办公室关于2018年上半年全国建筑业安全生产形势的通报",
     "要强化过程督导,各地(市)要每季度开展一次建筑施工安全专项治理行动督查检查。", [1]),
])
def test_an_event_notice_keeps_what_the_plans_own_voice_commits_to(title, body, expected):
    assert values(title, body) == expected


# ------------------------------------------------------------------ targets57: notices reporting results
@pytest.mark.parametrize("title, body", [
    # seventeenth H55F_04: results of an inspection round reported
    ("总局关于2016年第四季度食品安全监督抽检情况分析的通告(2017年第12号)",
     "2016年第四季度,全国共完成并公布738972批次食品样品监督抽检结果,检验项目合格的样品722483批次,样品总体合格率为97.8%。"),
    # seventeenth H55C_03: the size printed on a batch tested, with the day it was made
    ("广东省食品药品监督管理局关于2016年第58期食品监督抽检信息的通告",
     "标示为中山市富田食品有限公司2016年8月31日生产的规格为18.9升/桶的富田饮用天然矿泉水,溴酸盐超标。"),
    # written for this rule: a work summary and a supervision report by their titles
    ("市民政局2023年度工作总结", "全年新建社区养老服务站12个,发放高龄津贴3200万元。"),
    ("关于2022年上半年全省安全生产形势的通报", "全省共排查企业1200家,发现隐患356项,隐患整改率达到98%。"),
])
def test_a_report_of_results_has_no_targets(title, body):
    assert values(title, body) == []


@pytest.mark.parametrize("title, body, expected", [
    # a report's own plan for the future (written for this rule)
    ("市民政局2023年度工作总结", "下一步,力争新建社区养老服务站15个。", [15]),
    ("关于2022年上半年全省安全生产形势的通报", "各地要每季度开展一次专项督查检查,确保隐患整改率达到100%。", [1, 100]),
    # a government work report is a plan (real gwr_*): its year's targets stay
    ("2024年政府工作报告", "今年发展主要预期目标是:城镇新增就业1200万人以上。", [1200]),
])
def test_a_report_keeps_what_it_commits_to_for_the_future(title, body, expected):
    assert values(title, body) == expected


@pytest.mark.parametrize("name, report", [
    ("seventeenth/corpus/H55F_01.txt", True),   # no title: 根据专项监管情况,形成本报告
    ("sixteenth/corpus/H55D_02.html", True),    # no title: 现对2012年度街道应急民防工作总结如下
    ("thirteenth/corpus/R_02.txt", False),      # no title: a government work report (向大会报告工作)
    ("fifth/corpus/doc_0013.html", False),      # no title: 提出以下实施意见
    ("fourteenth/corpus/H53_10.txt", True),     # …安全生产形势的通报 (its demands stay: test above)
    ("third/corpus/govprc_0010.txt", False),    # 批转…办法报告的通知: a report transmitted for its proposals
])
def test_a_text_without_a_title_is_read_for_its_kind_by_the_sentence_announcing_it(name, report):
    from pipeline.targets.commitment import reports_results
    path = REAL / name
    assert reports_results(process(path, path.parent)) is report


# ------------------------------------------------------------------ targets57: a change each beneficiary is granted
@pytest.mark.parametrize("title, body, names", [
    # seventeenth H55C_06: a pension rise set per case, per person or per year paid in
    ("关于北京市2014年调整企业退休人员基本养老金的通知",
     "八、年满65周岁不满70周岁的,每人每月再增加90元;年满70周岁不满75周岁的,每人每月再增加110元。",
     ["年满65周岁不满70周岁的企业退休人员基本养老金增加额", "年满70周岁不满75周岁的企业退休人员基本养老金增加额"]),
    # written for this rule: a step of years paid in, a case before the per-person clause, a yearly rise
    ("关于2016年调整退休人员基本养老金的通知",
     "缴费年限满15年及以上的退休人员,缴费年限每满1年,每月增加2元;缴费年限不满15年的退休人员,每人每月增加25元。",
     ["缴费年限满15年及以上的退休人员缴费年限每满1年退休人员基本养老金增加额", "缴费年限不满15年的退休人员基本养老金增加额"]),
    # (the change named by its verb as written, 提高额, as parameter_grants.raised_for_each names every such raise)
    ("关于调整部分优抚对象抚恤补助标准的通知", "在乡老复员军人,每人每年提高600元。", ["在乡老复员军人部分优抚对象抚恤补助标准提高额"]),
    # each beneficiary as the parameters read it (rules/parameters.yaml beneficiary_markers: 每户, 单户, 每名 …)
    ("关于提高城乡居民最低生活保障标准的通知", "城市低保对象,每户每月增加50元。", ["城市低保对象城乡居民最低生活保障标准增加额"]),
])
def test_a_change_each_beneficiary_is_granted_is_a_parameter(title, body, names):
    doc = process_text(f"{title}\n{body}\n")
    assert doc.targets == []
    assert [p.name for p in doc.parameters] == names


# ------------------------------------------------------------------ targets58: a cap on what a beneficiary is granted
@pytest.mark.parametrize("title, body, comparator, value", [
    # eighteenth H57D_02 (a county's medical-aid rules): a yearly cap on one person's aid, summed (累计, 合计)
    ("平潭县城乡医疗救助实施办法", "给予个人自付部分30%救助,救助金额年度内累计不超过3000元。", "<=", 3000),
    ("平潭县城乡医疗救助实施办法", "住院救助和门诊特殊病种救助年度合计救助金额封顶线为20000元。", "=", 20000),
    # eighteenth H57D_01: a share capped by 最高可达 (a talent regulation)
    ("平潭综合实验区关于加强中高层次人才引进工作的若干规定",
     "引进人才以专利、非专利技术成果入股等形式投资创业的,其技术成果作价出资金额最高可达注册资本的70%。", "<=", 70),
    # written for this rule: 最高为, 最多 on a grant
    ("关于进一步加强人才引进工作的若干规定", "对新引进的博士,其安家资助最高为50万元。", "<=", 50),
])
def test_a_cap_on_what_a_beneficiary_is_granted_is_a_parameter(title, body, comparator, value):
    doc = process_text(f"{title}\n{body}\n")
    assert doc.targets == []
    assert [(p.comparator, p.value) for p in doc.parameters if p.value == value] == [(comparator, value)]


@pytest.mark.parametrize("title, body, value", [
    # corpus realestate (南部县十二条措施): a whole number of places the government sets stays its own
    ("南部县人民政府办公室关于印发《促进房地产市场平稳健康发展十二条措施》的通知",
     "以上补贴名额累计不超过3000名,补完为止。", 3000),
    # written for this rule: a yearly total of a fund
    ("关于支持人工智能产业发展的若干措施", "全市每年设立总额最高不超过1000万元的专项资金。", 1000),
])
def test_a_whole_the_government_sets_is_no_grants_cap(title, body, value):
    doc = process_text(f"{title}\n{body}\n")
    assert [t.value for t in doc.targets] == [value]
    assert doc.parameters == []


# ------------------------------------------------------------------ targets58: a quoted scheme in an event's title
@pytest.mark.parametrize("title, body", [
    # eighteenth H57C_02: a training course of a named scheme; written for this rule: an application round
    ("体育总局竞体司关于举办2018年“精英教练员双百培养计划”专业队教练员赴美国培训班的函",
     "国内预培训(3天),在总局干部培训中心(北京体育大学内);美国培训21天。"),
    ("关于组织申报2024年度“青年拔尖人才支持计划”的通知", "每个单位推荐人选不超过3名。"),
])
def test_a_plan_word_inside_a_quoted_scheme_leaves_an_event_notice(title, body):
    assert values(title, body) == []


# ------------------------------------------------------------------ grants58: a share after a frame of another kind
@pytest.mark.parametrize("body, share_param", [
    # nineteenth H57A_09: the government's yearly total frames the sentence, the share bounds each use: no target
    ("每年设立总额1000万元的“算力券”,企业通过平台采购算力服务时,可申请并使用“算力券”,用于抵扣算力服务采购费用,抵扣比例不高于30%,"
     "抵扣金额最高不超过50万元。", False),
    # … and where the sentence lays it on each party, the parameter it was (向每个场景企业)
    ("企业完成任务后,由平台向每个场景企业发放一张“场景券”,用于抵扣场景建设费用,抵扣比例不高于20%,抵扣金额最高不超过30万元。", True),
])
def test_a_share_after_a_frame_of_another_kind_is_no_target(body, share_param):
    targets, params = rows("关于支持人工智能OPC发展的若干措施", body)
    shares = [v for _, v in params if v in (20, 30)]
    assert not [v for _, v in targets if v in (20, 30)]
    assert bool(shares) is share_param

