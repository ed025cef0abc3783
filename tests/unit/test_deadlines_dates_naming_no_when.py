"""Dates that name who qualifies, a statistic's source, a name or a service's hours set no deadline; each kind with
several phrasings and a deadline beside it that still holds (the rules of d55, fd99ec1)."""
import datetime as dt

from pipeline.deadlines.parser import parse_deadlines
from tests.unit.test_targets import run


def _rows(text):
    return [(d.raw, d.kind) for d in parse_deadlines(text)]


def test_a_birth_date_names_who_qualifies():
    for text in ("小学:2017年8月31日(含8月31日)以前出生的西安市户籍适龄儿童可报名。",
                 "初中:2011年8月31日(含)以前出生的儿童。",
                 "招收2018年9月1日至2019年8月31日出生的适龄儿童入学。",
                 "报考人员须为1988年6月1日以后出生。"):
        assert _rows(text) == [], text
    assert _rows("请于2024年6月30日前出具出生医学证明。") == [("2024年6月30日前", "by")]


def test_a_day_an_age_is_reckoned_on():
    for text in ("截至2024年12月31日年满60周岁的老年人可领取补贴。",
                 "截至2024年8月31日未满3周岁的婴幼儿家庭可申请。"):
        assert _rows(text) == [], text
    assert _rows("申请补贴时间截至2025年12月31日。") == [("截至2025年12月31日", "by")]


def test_the_day_of_a_meeting_that_adopted_what_is_cited():
    for text in ("《云南省可制毒化学品管理规定》已经2024年9月3日第十四届云南省人民政府第39次常务会议审议通过,现予公布。",
                 "本办法经2022年12月20日市人民政府第15次常务会议审议通过。"):
        assert _rows(text) == [], text
    assert _rows("请于2024年3月1日前召开第一次联席会议。") == [("2024年3月1日前", "by")]


def test_a_year_opening_a_quoted_name():
    for text in ("开展“2022年跨年迎新购物季”——网上年货节、新车过大年等四大主题促消费活动。",
                 "组织开展“2023年安全生产月”活动。"):
        assert _rows(text) == [], text
    assert _rows("“2025年,全市新增绿地100公顷”。") == [("2025年", "in")]  # a quoted goal with its clause is no name


def test_the_year_of_data_a_report_shows():
    for text in ("国家统计局发布的2025年国民经济和社会发展统计公报显示,2025年末我国60岁及以上人口为32338万人。",
                 "广西统计公报显示:2024年全区水产品产量387.02万吨,同比增长2.7%。",
                 "据统计,2023年全市完成投资100亿元。",
                 "根据第七次全国人口普查(2020年)数据测算。",
                 "具体标准仍为上一年度(2008年度)本市职工月平均工资的40%。",
                 "本文发表于2019年第3期《中国行政管理》。"):
        assert _rows(text) == [], text
    assert _rows("力争到2025年,全市新增停车位1万个。") == [("到2025年", "by")]


def test_a_services_hours_are_no_schedule():
    for text in ("举报受理专线接听时间为每日(含法定节假日)上午9时至中午11时。",
                 "受理时间为每周一至周五上午8:30-12:00。",
                 "开放时间为每天9:00-17:00。"):
        assert _rows(text) == [], text
    assert _rows("报名时间为2023年7月1日至7月10日(每日9:00-17:00)。") == [("2023年7月1日至7月10日", "period")]
    assert _rows("2月13日至15日,每日0:00至6:00,开展填谷响应。")[-1] == ("每日", "recurring")


def test_a_years_quota_dates_its_values():
    rows = run("你区2021年减量化任务总量为立项65公顷、验收60公顷。")
    assert [(r.value, r.deadline) for r in rows] == [(65, dt.date(2021, 12, 31)), (60, dt.date(2021, 12, 31))]
    rows = run("你区2023年任务数是完成植树10万株。")
    assert [r.deadline for r in rows] == [dt.date(2023, 12, 31)]
    # a list its colon opens is items of their own (eighth doc_0037's reader dated none)
    rows = run("下达我区2016年保障性安居工程建设目标任务为:1.新开工2912套。")
    assert [r.deadline for r in rows] == [None]


def test_a_day_closing_the_count_of_years_or_an_age():
    for text in ("报名条件中所规定的有关工作年限的要求,其截止日期为2012年12月31日。",
                 "年龄计算截止日期为2024年8月31日。",
                 "工龄计算至2023年12月31日。"):
        assert _rows(text) == [], text
    # a window's close, no count of years: the row stands (its kind not pinned: 截止日期为X reads as in, where
    # sixteenth H55A_05's reader wrote by)
    assert [raw for raw, _ in _rows("报名截止日期为2012年2月20日。")] == ["2012年2月20日"]


def test_a_year_of_a_kind_and_a_season_described():
    for text in ("五、2009年缴费年度(2009年4月1日至2010年3月31日),本市基本养老保险缴费下限过渡比例暂不调整。",
                 "参加全部4个科目考试的人员在连续2个考试年度内通过全部考试科目为合格。",
                 "四季度历来瓦斯事故多发。",
                 "各级部门要用好今年专项监察成果。"):
        assert [r for r in _rows(text) if r[1] != "period"] == [], text
    assert _rows("四季度,全面完成改造任务。") == [("四季度", "in")]
