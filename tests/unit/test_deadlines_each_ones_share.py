"""Times that bound what each one may have, say who qualifies, settle a routine or count a benefit's months set no
deadline; days listed or under a time heading do. Each with several phrasings and a deadline beside it that holds."""
import datetime as dt

from pipeline.deadlines.exclusions import is_signature_date, without_baseline_columns
from pipeline.deadlines.parser import parse_deadlines

ISSUED = dt.date(2024, 3, 1)


def _rows(text, issue_date=ISSUED):
    return [(d.raw, d.kind) for d in parse_deadlines(text, issue_date=issue_date)]


def test_a_cap_or_limit_on_each_one_per_period_is_a_rate():
    for text in ("“算力券”原则上同一单位(个人)每季度仅能使用一张、兑付一次。",
                 "其他类型的券原则上同一单位每年仅能使用一张、年度兑付。",
                 "每个创业园区(孵化基地)每年奖补总额最高不超过10万元。",
                 "每家企业每年最多申报1个项目。",
                 "同一企业每年只能享受一次。",
                 "同一企业每年申领和兑付算力券金额不超过100万元。"):
        assert _rows(text) == [], text
    # a floor on each one is a duty; a cap on the government's own total is a schedule
    assert _rows("每个街道每年至少开展2次活动。") == [("每年", "recurring")]
    assert _rows("每年奖补资金总额不超过2000万元。") == [("每年", "recurring")]
    assert _rows("每年发放不超过5000万元算力券,对算力使用方给予支持。") == [("每年", "recurring")]
    assert _rows("每年安排不超过1亿元专项资金。") == [("每年", "recurring")]
    assert _rows("每人每年发放补贴不超过1000元。") == []


def test_a_time_floor_among_conditions_says_who_qualifies():
    for text in ("引进人才条件可以放宽至学士学位,年龄原则上不超过60岁,每年在实验区工作时间不少于6个月(以出入境时间为准)。",
                 "申报人员须具备以下资格:具有副高级以上职称,每年在本市工作不少于3个月。",
                 "评选条件:热爱教育事业,每学年参加培训不少于40学时。"):
        assert _rows(text) == [], text
    assert _rows("职业院校专业教师每年至少1个月在企业或实训基地实训。") == [("每年", "recurring")]
    assert _rows("按照要求,每年至少开展2次应急演练。") == [("每年", "recurring")]


def test_a_year_end_settlement_and_a_cap_within_the_year():
    for text in ("县民政部门负责把关,实行专款专用,年底按实结算。",
                 "各地要在年底统一清算。",
                 "补助资金年末据实结算。",
                 "救助金额年度内累计不超过3000元。",
                 "每人年内最高补助2000元。",
                 "个人年度内累计补贴不超过5万元。"):
        assert _rows(text) == [], text
    assert _rows("年底前完成清算工作。") == [("年底前", "by")]
    assert _rows("年内完成投资10亿元。") == [("年内", "in")]


def test_months_of_a_benefit_are_no_month():
    for text in ('来蓉创办OPC的人工智能领域青年可享受最高"3月免租+3月减半"优惠。',
                 "入驻企业前3月免租、后3月减半。",
                 "符合条件的可享受6月免息。"):
        assert _rows(text) == [], text
    assert _rows("3月底前完成入驻。") == [("3月底前", "by")]


def test_days_of_one_month_listed():
    assert _rows("考试时间定于2024年5月26、27日两天。") == [("2024年5月26、27日", "period")]
    rows = parse_deadlines("考试安排在10月19日、20日举行。", issue_date=ISSUED)
    assert [(r.start_date, r.date) for r in rows] == [(dt.date(2024, 10, 19), dt.date(2024, 10, 20))]
    assert _rows("请于3月10、20日前报送。") == [("3月10、20日前", "by")]
    assert _rows("分别于5月10、20、30日开展检查。") == []  # days apart: several events, none alone
    assert _rows("按照第4、5条规定执行。") == []


def test_a_date_under_a_time_heading_is_no_signature():
    text = "一、考试报名\n网上报名。\n二、考试时间\n2018年5月26日\n三、考试级别\n"
    row = parse_deadlines(text)[0]
    assert row.raw == "2018年5月26日" and not is_signature_date(text, row)
    signed = "请认真执行。\n内蒙古自治区人事考试中心\n2018年2月24日\n"
    assert is_signature_date(signed, parse_deadlines(signed)[0])
    # days each alone on a line under a schedule's heading are no table's baseline column (only a year is)
    text = "三、考试时间\n5月19日\n上午 9:00—11:00 合同管理\n5月20日\n上午 9:00—11:00 案例分析\n"
    rows = parse_deadlines(text, issue_date=dt.date(2018, 2, 24))
    assert [r.raw for r in without_baseline_columns(text, rows)] == ["5月19日", "5月20日"]
    table = "序号\n指标\n2022年\n2025年目标\n"
    rows = parse_deadlines(table, issue_date=dt.date(2022, 6, 1))
    assert [r.raw for r in without_baseline_columns(table, rows)] == ["2025年目标"]


def test_an_age_reckoned_on_a_day_to_come_and_data_a_survey_shows():
    for text in ("截至2024年12月31日年满60周岁的老年人可领取补贴。",
                 "截至2024年8月31日未满3周岁的婴幼儿家庭可申请育儿补贴。",
                 "凡2024年12月31日前年满18周岁的本市户籍人员均可报名。",
                 "2024年8月31日年满6周岁的儿童入学。"):
        assert _rows(text) == [], text
    assert _rows("申请补贴时间截至2024年12月31日。") == [("截至2024年12月31日", "by")]
    for text in ("2022年统计公报显示,全市GDP增长6%。",
                 "2022年监测数据表明,空气质量优良天数比例为90%。",
                 "2023年1月调查结果显示,居民满意度达95%。",
                 "2022年抽检结果显示,合格率为98%。"):
        assert _rows(text, None) == [], text


def test_a_signature_date_run_into_what_follows_on_its_line():
    # a body stored as one line runs the issued plan's title or the page's chrome on after the signature's date
    for text in ("现印发给你们,请认真贯彻落实。南充市人民政府办公室2025年6月29日南充市支持人工智能OPC创新发展行动计划",
                 "形成稳定、扩大就业的合力。广安市人民政府2019年1月22日相关附件:二维码开始扫一扫",
                 "现印发给你们,请遵照执行。国家医疗保障局办公室 2020年9月17日 医保药品中药饮片统一编码规则和方法"):
        rows = parse_deadlines(text)
        assert [r.raw for r in rows if not is_signature_date(text, r)] == [], text
    # a day after a body that goes on as a sentence is still read; a deadline there is one
    text = "各区要认真落实。市财政局2025年6月30日前完成资金拨付。"
    assert [(r.raw, is_signature_date(text, r)) for r in parse_deadlines(text)] == [("2025年6月30日前", False)]
