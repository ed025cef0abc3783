"""Deadlines: each construction in several phrasings, exclusions, offsets, the stage."""
import datetime as dt

import pytest

from pipeline.deadlines import extract_deadlines, parse_deadlines
from pipeline.document import Document, Task

D = dt.date
ISSUE = D(2021, 4, 26)


def found(text, issue=ISSUE):
    return [(d.raw, d.kind, d.date, d.start_date, d.recurrence) for d in parse_deadlines(text, 0, len(text), issue)]


def one(text, issue=ISSUE):
    rows = found(text, issue)
    assert len(rows) == 1, rows
    return rows[0]


@pytest.mark.parametrize("text,raw,date", [
    ("到2025年,建成区域医疗中心", "到2025年", D(2025, 12, 31)),
    ("力争到 2025 年,实现全覆盖", "到 2025 年", D(2025, 12, 31)),
    ("至2023年底,全面完成改造", "至2023年底", D(2023, 12, 31)),
    ("到2022年6月,完成评估", "到2022年6月", D(2022, 6, 30)),
    ("到二〇二五年,基本建成", "到二〇二五年", D(2025, 12, 31)),
])
def test_by_with_dao(text, raw, date):
    assert one(text) == (raw, "by", date, None, None)


@pytest.mark.parametrize("text,raw,date", [
    ("2025年前实现全覆盖", "2025年前", D(2024, 12, 31)),          # year: day before it begins
    ("在2030年以前建成", "2030年以前", D(2029, 12, 31)),
    ("10月前完成问卷填报", "10月前", D(2021, 9, 30)),              # month: issue year
    ("须于2022年3月之前上报", "2022年3月之前", D(2022, 2, 28)),
    ("2022年12月31日前完成", "2022年12月31日前", D(2022, 12, 31)),  # day: that day itself
    ("2023年底前全部建成", "2023年底前", D(2023, 12, 31)),
    ("年底前床位数增至3000张", "年底前", D(2021, 12, 31)),
    ("十月底前完成", "十月底前", D(2021, 10, 31)),
    ("二〇二二年六月三十日前报送", "二〇二二年六月三十日前", D(2022, 6, 30)),
    ("6月份前完成部署", "6月份前", D(2021, 5, 31)),
])
def test_by_with_qian(text, raw, date):
    assert one(text) == (raw, "by", date, None, None)


@pytest.mark.parametrize("text,raw,date", [
    ("2022年底,覆盖率达到90%", "2022年底", D(2022, 12, 31)),
    ("2024年末建成", "2024年末", D(2024, 12, 31)),
    ("6月底完成摸底", "6月底", D(2021, 6, 30)),
    ("今年底建成", "今年底", D(2021, 12, 31)),
    ("三季度末前完成", "三季度末前", D(2021, 9, 30)),
])
def test_by_with_end(text, raw, date):
    assert one(text) == (raw, "by", date, None, None)


@pytest.mark.parametrize("text,raw,date", [
    ("2022年,各区至少设置一家", "2022年", D(2022, 12, 31)),
    ("力争2023年通过评审", "2023年", D(2023, 12, 31)),
    ("完成年度内的培养计划", "年度内", D(2021, 12, 31)),
    ("年内完成改造", "年内", D(2021, 12, 31)),
    ("今年启动建设", "今年", D(2021, 12, 31)),
    ("2022年上半年完成", "2022年上半年", D(2022, 6, 30)),
    ("下半年开展督查", "下半年", D(2021, 12, 31)),
    ("2022年第一季度完成", "2022年第一季度", D(2022, 3, 31)),
    ("9月开展宣传月活动", "9月", D(2021, 9, 30)),
    ("2025年目标值", "2025年目标值", D(2025, 12, 31)),
])
def test_in(text, raw, date):
    assert one(text) == (raw, "in", date, None, None)


@pytest.mark.parametrize("text,raw,start", [
    ("从2022年1月起,全面推行", "从2022年1月起", D(2022, 1, 1)),
    ("2022年起逐步推开", "2022年起", D(2022, 1, 1)),
    ("自2022年7月1日起,实行新标准", "自2022年7月1日起", D(2022, 7, 1)),
    ("从2023年开始,每年评估", "从2023年开始", D(2023, 1, 1)),
    ("7月起开展专项整治", "7月起", D(2021, 7, 1)),
])
def test_from(text, raw, start):
    assert found(text)[0] == (raw, "from", None, start, None)


@pytest.mark.parametrize("text,raw,date,start", [
    ("“十四五”期间每个区至少建设一所", "“十四五”期间", D(2025, 12, 31), D(2021, 1, 1)),
    ("\"十五五\"期间,建成体系", "\"十五五\"期间", D(2030, 12, 31), D(2026, 1, 1)),
    ("2021—2023年,开展三年行动", "2021—2023年", D(2023, 12, 31), D(2021, 1, 1)),
    ("2022-2024年期间,分批实施", "2022-2024年期间", D(2024, 12, 31), D(2022, 1, 1)),
    ("2022年至2025年完成改造", "2022年至2025年", D(2025, 12, 31), D(2022, 1, 1)),
    ("2021年5月至9月开展排查", "2021年5月至9月", D(2021, 9, 30), D(2021, 5, 1)),
    # a window after 对 or in a coupon's validity stays the policy's (deadlines19)
    ("对2024年1月1日至6月30日期间购买新建商品住房的,给予契税补贴。", "2024年1月1日至6月30日期间", D(2024, 6, 30), D(2024, 1, 1)),
    ("消费券有效期自2022年11月28日0时至12月28日24时。", "自2022年11月28日0时至12月28日24时", D(2022, 12, 28), D(2022, 11, 28)),
    # a start then how long the campaign or run lasts (realestate_0151, elec_0006)
    ("自2025年5月起开展为期半年的市场准入壁垒集中清理整治行动。", "自2025年5月起开展为期半年", D(2025, 10, 31), D(2025, 5, 1)),
    ("自2021年10月1日开始模拟运行3个月,模拟运行结束后适时投入试运行。", "自2021年10月1日开始模拟运行3个月", D(2021, 12, 31), D(2021, 10, 1)),
])
def test_period(text, raw, date, start):
    assert one(text) == (raw, "period", date, start, None)


@pytest.mark.parametrize("text,raw,date", [
    ("到“十四五”末期,全市建成", "到“十四五”末期", D(2025, 12, 31)),
    ("“十四五”末,基本建成", "“十四五”末", D(2025, 12, 31)),
    ("十五五期末实现", "十五五期末", D(2030, 12, 31)),
])
def test_plan_end(text, raw, date):
    assert one(text) == (raw, "by", date, None, None)


@pytest.mark.parametrize("text,raw,rec", [
    ("每年开展一次义诊", "每年", "yearly"),
    ("每个季度全家进行户外活动", "每个季度", "quarterly"),
    ("每季度末报送进展", "每季度末", "quarterly"),
    ("每月10日前报送上月进展", "每月10日前", "monthly"),
    ("每周参加不少于3次", "每周", "weekly"),
    ("学生每天锻炼1小时", "每天", "daily"),
    ("每日报告疫情", "每日", "daily"),
    ("每年12月底前上报总结", "每年12月底前", "yearly"),
])
def test_recurring(text, raw, rec):
    assert one(text) == (raw, "recurring", None, None, rec)


@pytest.mark.parametrize("text", [
    "预约诊疗率比2017年增加15个百分点",          # baseline of a change
    "较2020年下降10%",
    "在2020年的基础上提高5个百分点",
    "以2020年为基数,下降10%",
    "截至2020年底,全市医疗卫生机构4313个",       # statistics
    "2019年以来,累计投入",
    "支出从2015年的18.75亿元增加到2020年的29.96亿元",
    "落实《国民营养计划(2017—2030年)》",          # titles
    "结合健康中国行动(2019—2030年)和我市实际",
    "印发健康城市建设方案(2022年)",
    "总体癌症5年生存率提高15%",                  # durations and ages
    "3岁以下婴幼儿照护",
    "3年内完成",
    "项目完成后及时验收",                        # event-relative
    "全市人均每日食盐摄入量降低到5克",           # period inside the indicator
    "朝阳市卫生健康“十四五”发展关键指标",          # a bare plan name
    "主要指标达到全省前列",
    "本方案自2022年1月1日起施行",                # the notice's own date
    "每个家庭拥有一件健身器材",
])
def test_not_deadlines(text):
    assert found(text) == []


def test_retrospective_years_before_issue_year_are_dropped():
    assert found("“十三五”时期,累计建成", D(2023, 1, 18)) == []
    assert found("2020年完成消除疟疾目标", D(2023, 1, 18)) == []
    # the same words in a notice issued earlier are deadlines
    assert found("2020年完成消除疟疾目标", D(2018, 7, 1))[0][1] == "in"


@pytest.mark.parametrize("text,issue,row", [
    ("二、财务关系从一九八九年一月一日起上划。", D(1990, 1, 7), ("从一九八九年一月一日起", "from", None, D(1989, 1, 1), None)),  # govprc_0012/0014
    ("其中有机肥、配方肥和缓释肥补贴自2023年4月7日起至印发之日参照实施。", D(2024, 3, 1),
     ("自2023年4月7日起", "from", None, D(2023, 4, 7), None)),                                                # shgov_0037
])
def test_a_measure_set_to_apply_from_a_day_before_the_notice_is_a_start(text, issue, row):
    assert found(text, issue) == [row]


@pytest.mark.parametrize("text,issue", [
    ("我委自2019年起持续推进玻璃幕墙年度专项安全排查整治。", D(2026, 1, 5)),  # shgov_0022: history told by the year
    ("我区自2013年起,在市级相关设施农用地管理办法出台以来,根据各类文件…", D(2020, 5, 1)),  # shgov_0042
    ("自2004年起,国家对城镇退役士兵自谋职业给予税收扶持政策。", D(2014, 6, 1)),  # ninth doc_0064
])
def test_a_start_told_by_the_year_before_the_notice_is_history(text, issue):
    assert found(text, issue) == []


def test_without_issue_date_yearless_deadlines_have_no_date():
    assert found("年底前完成", None) == [("年底前", "by", None, None, None)]
    assert found("10月前完成", None) == [("10月前", "by", None, None, None)]


def test_spans_quote_the_text_and_respect_bounds():
    text = "一、目标\n到2020年,建成;2020年底前完成。每年开展一次。"
    rows = parse_deadlines(text, 0, len(text), ISSUE.replace(year=2018))
    assert [r.raw for r in rows] == ["到2020年", "2020年底前", "每年"]
    for r in rows:
        assert text[r.char_start:r.char_end] == r.raw
    inner = parse_deadlines(text, text.index(";"), len(text), None)
    assert [r.raw for r in inner] == ["2020年底前", "每年"]


def test_several_in_one_sentence():
    rows = found("2022年前实现智能化管理。到2022年完成改革,2030年前实现同质饮水", D(2020, 10, 29))
    assert [(r[0], r[2]) for r in rows] == [
        ("2022年前", D(2021, 12, 31)), ("到2022年", D(2022, 12, 31)), ("2030年前", D(2029, 12, 31))]


def test_odd_input_does_not_raise():
    for text in ["", "年", "2月30日前", "13月前", "每", "“十四五”", "2099—2001年", "((((", "至至至2020"]:
        parse_deadlines(text, 0, len(text), ISSUE)


def _doc(text, tasks, issue=ISSUE):
    doc = Document(source_file="t", text=text, issue_date=issue)
    doc.body_start, doc.body_end = 0, len(text)
    doc.tasks = tasks
    return doc


def test_stage_tags_task_and_skips_review_section():
    text = ("一、规划背景\n“十三五”时期,2020年完成目标。每年一次体检。\n"
            "二、主要任务\n(一)建设。到2025年建成;每年评估。\n")
    s1, s2 = text.index("一、"), text.index("二、")
    s21 = text.index("(一)")
    tasks = [Task("1", None, 1, "一、", "规划背景", s1, s2),
             Task("2", None, 1, "二、", "主要任务", s2, s21),
             Task("2.1", "2", 2, "(一)", "建设", s21, len(text))]
    doc = _doc(text, tasks, D(2019, 1, 1))
    extract_deadlines(doc)
    assert [(d.raw, d.task_path) for d in doc.deadlines] == [("到2025年", "2.1"), ("每年", "2.1")]


def test_stage_respects_body_bounds():
    text = "2021年4月26日\n正文:到2025年建成。\n相关链接 2022年"
    doc = _doc(text, [])
    doc.body_start, doc.body_end = text.index("正文"), text.index("相关链接")
    extract_deadlines(doc)
    assert [d.raw for d in doc.deadlines] == ["到2025年"]
    assert doc.deadlines[0].task_path is None


def test_dated_months_already_past_at_issue_are_history():
    assert found("2021年3月,省里印发了方案", D(2021, 6, 1)) == []
    # a year-less time due (X前) is the issue year's even once past (holdout2 h2_05, a plan of 8 March 2023)
    assert found("(1)加快项目前期工作。2月底前下达年度建设任务,4月底前完成项目初步设计批复。", D(2023, 3, 8))[0] == (
        "2月底前", "by", D(2023, 2, 28), None, None)
    assert found("各地于3月10日前上报名单,5月底前完成评审。", D(2023, 3, 20))[0][:3] == ("3月10日前", "by", D(2023, 3, 10))
    # a day reported is history
    assert found("3月10日,省里召开了推进会。", D(2023, 3, 20)) == []
    assert found("2021年10月底前完成", D(2021, 6, 1))[0][2] == D(2021, 10, 31)
    # a start date before the issue date is still a start date
    assert found("从2021年1月起实施", D(2021, 6, 1))[0][1] == "from"


def test_a_signature_date_at_the_end_is_no_deadline():
    from pipeline.run import process_text

    doc = process_text("某市人民政府办公室关于做好课后服务工作的实施意见\n各县(市、区)人民政府:\n"
                       "一、主要措施\n1、2024年6月底前完成核定。\n本意见自印发之日起施行。\n"
                       "某市人民政府办公室\n2024年1月15日\n(此件公开发布)")
    assert [d.raw for d in doc.deadlines] == ["2024年6月底前"]


def test_baseline_year_column_of_a_flattened_table_is_no_deadline():
    from pipeline.run import process_text

    doc = process_text("某市职业教育发展规划\n一、发展目标\n序号\n指标名称\n单位\n2022年\n2025年目标\n指标属性\n"
                       "1\n中职在校生规模\n万人\n5.2\n6\n预期性")
    assert [(d.raw, d.date.isoformat()) for d in doc.deadlines] == [("2025年目标", "2025-12-31")]


def test_before_a_verb_starting_with_ti_is_still_before():
    from pipeline.run import process_text

    doc = process_text("某省人民政府办公厅关于印发就业措施的通知\n一、措施\n企业应于2024年12月31日前提出申请。"
                       "在保障安全的前提下,2025年前提交报告。\n某省人民政府办公厅\n2024年3月1日")
    assert [(d.raw, d.kind, d.date.isoformat()) for d in doc.deadlines] == [
        ("2024年12月31日前", "by", "2024-12-31"), ("2025年前", "by", "2024-12-31")]


@pytest.mark.parametrize("phrase,start,end", [
    ("汛期(6月1日至9月30日)实行24小时值班。", "2024-06-01", "2024-09-30"),
    ("一、汛前准备阶段(4月26日—5月31日)", "2024-04-26", "2024-05-31"),
    ("2025年3月1日至15日开展集中检查。", "2025-03-01", "2025-03-15"),
])
def test_day_ranges_are_periods(phrase, start, end):
    rows = parse_deadlines(phrase, 0, len(phrase), dt.date(2024, 4, 26))
    assert [(r.kind, r.start_date.isoformat(), r.date.isoformat()) for r in rows] == [("period", start, end)]


def test_a_yearly_quarter_is_one_recurring_deadline():
    text = "每年第一季度完成上年度考核。"
    rows = parse_deadlines(text, 0, len(text), dt.date(2024, 4, 26))
    assert [(r.raw, r.kind, r.recurrence) for r in rows] == [("每年第一季度", "recurring", "yearly")]


def test_years_in_attachment_names_are_titles():
    from pipeline.run import process_text

    doc = process_text("某县防汛抗旱指挥部关于做好防汛工作的通知\n各乡镇:\n一、工作要求\n5月31日前完成隐患排查。\n"
                       "附件:1.2024年汛期重点时段工作安排\n2.某县2024年防汛抗旱责任人名单\n某县防汛抗旱指挥部\n2024年4月26日\n"
                       "附件1\n2024年汛期重点时段工作安排\n一、汛前准备\n6月底前完成演练。")
    assert [d.raw for d in doc.deadlines] == ["5月31日前", "6月底前"]


@pytest.mark.parametrize("text,raw,start,date", [
    # windows of housing measures, each from a different notice's phrasing
    ("自2022年10月1日至2025年12月31日,对出售自有住房并在现住房出售后1年内重新购买住房的",
     "自2022年10月1日至2025年12月31日", D(2022, 10, 1), D(2025, 12, 31)),
    ("2023年1月1日至2024年6月30日期间,签订土地出让价款分期缴纳合同",
     "2023年1月1日至2024年6月30日期间", D(2023, 1, 1), D(2024, 6, 30)),
    ("在2022年10月1日至2023年12月31日期间,纳税人出售自有住房",
     "2022年10月1日至2023年12月31日期间", D(2022, 10, 1), D(2023, 12, 31)),
    ("本政策适用于 2026 年 1 月 1 日至 2028 年 12 月 31 日结婚登记",
     "2026 年 1 月 1 日至 2028 年 12 月 31 日", D(2026, 1, 1), D(2028, 12, 31)),
    ("2024年4月26日—5月31日期间购房的", "2024年4月26日—5月31日期间", D(2024, 4, 26), D(2024, 5, 31)),
])
def test_day_windows_across_years_are_one_period(text, raw, start, date):
    assert one(text, issue=D(2022, 1, 1)) == (raw, "period", date, start, None)


@pytest.mark.parametrize("text", [
    "根据《关于延续实施支持居民换购住房有关个人所得税政策的公告》(财政部 税务总局 住房城乡建设部公告2023年第28号)",
    "按照财政部税务总局公告2022年第30号执行",
    "2022年5月18日印发的《阳泉市人民政府办公室关于促进房地产业良性循环的通知》同时废止",
    "按照2022年9月财政部、国家税务总局发布的《关于支持居民换购住房有关个人所得税政策的公告》",
    "丽江市人民政府办公室\n2023年10月21日印发\n",
    "2019年10月30日 枣庄市第十六届人民代表大会常务委员会第二十三次会议通过\n",
    "上一季度无工程款支付拖欠投诉的开发项目",
])
def test_dates_of_other_documents_and_relative_quarters_are_no_deadlines(text):
    assert found(text, issue=D(2023, 1, 1)) == []


def test_a_deadline_followed_by_publishing_is_still_one():
    assert one("2023年底前发布实施细则。", issue=D(2023, 1, 1))[:3] == ("2023年底前", "by", D(2023, 12, 31))
    assert one("于2023年6月出台配套政策。", issue=D(2023, 1, 1))[:3] == ("2023年6月", "in", D(2023, 6, 30))


def test_from_then_to_is_one_period():
    # 自2022年6月1日起至12月31日期间 (realestate_0183); 自2024年6月20日起至2024年12月31日止
    assert one("自2022年6月1日起至12月31日期间,缴存人夫妻双方", issue=D(2022, 5, 1))[1:4] == (
        "period", D(2022, 12, 31), D(2022, 6, 1))
    assert one("自2024年6月20日起至2024年12月31日止购买新建商品住房的", issue=D(2024, 6, 1))[1:4] == (
        "period", D(2024, 12, 31), D(2024, 6, 20))


# ---- real layouts: policy windows and dateless work reports

def test_a_window_closing_on_a_day():
    # realestate_0182, realestate_0184: 即日起至X opens now and closes on X
    assert one("即日起至2024年12月31日,鼓励房地产开发项目提升楼盘品质") == (
        "至2024年12月31日", "period", D(2024, 12, 31), None, None)
    # realestate_0183, realestate_0074: (…之日起)至X期间
    assert one("自本措施发布之日起至2023年3月31日期间,房地产开发企业可申请") == (
        "至2023年3月31日期间", "period", D(2023, 3, 31), None, None)
    assert one("本政策出台日至2025年12月31日期间开工建设的房地产开发项目") == (
        "至2025年12月31日期间", "period", D(2025, 12, 31), None, None)
    # a window the notice's own day opens (…之日起至X, CONVENTIONS.md: 自X起至Y is one period)
    assert one("自本通知发布之日起至2024年12月31日,购买新建商品住房的")[1:3] == ("period", D(2024, 12, 31))
    # realestate_0103, realestate_0170, realestate_0177, realestate_0199
    for text in ("1.发放普惠消费券。自本措施发布之日起至2023年12月31日止,凡购买市区新建商品住房",
                 "5.实施阶段性购房补助。自本文件生效之日起至2024年12月31日,购买肇庆市范围内",
                 "支持扩大购房契税补贴范围至车位(库)。自文件印发之日起至2024年10月31日,在本市城区购买",
                 "政策执行期:发文之日起至2024年12月31日。"):
        assert [r[1] for r in found(text)] == ["period"], text
    # without an opening, 至X is the day by which
    assert one("将购房补贴政策由2024年6月30日延长至2024年12月31日。")[1:3] == ("by", D(2024, 12, 31))


def test_a_span_of_days_with_a_note_or_in_brackets_is_one_period():
    # realestate_0119: a note in brackets after the first day
    assert one("2024年6月5日(含6月5日)起至2025年6月4日,凡在我市市区购买新建商品住房的", D(2024, 6, 5)) == (
        "2024年6月5日(含6月5日)起至2025年6月4日", "period", D(2025, 6, 4), D(2024, 6, 5), None)
    # realestate_0043: the validity window in brackets is no title's period
    assert one("本政策自公布之日起施行,有效期暂定一年(2022年9月1日-2023年8月31日)。", D(2022, 8, 25)) == (
        "2022年9月1日-2023年8月31日", "period", D(2023, 8, 31), D(2022, 9, 1), None)
    # a year span after a plan's name stays part of its title
    assert found("实施《行动计划(2018-2020年)》") == []


def test_a_dateless_report_takes_the_year_its_title_names():
    # gwr_0014, gwr_0003: no dated line, no signature; 今年 is the title's year, earlier years are history
    text = ("三、今年政府工作的建议\n今年城镇保障性住房基本建成470万套。2003年抗击非典疫情的启示。"
            "年底前完成清理。\n")
    doc = _doc(text, [], issue=None)
    doc.title = "2013年中华人民共和国国务院政府工作报告"
    extract_deadlines(doc)
    assert [(d.raw, d.date) for d in doc.deadlines] == [
        ("今年", D(2013, 12, 31)), ("今年", D(2013, 12, 31)), ("年底前", D(2013, 12, 31))]
    # a title opening with a span names no single year
    doc = _doc(text, [], issue=None)
    doc.title = "2021—2023年某市住房发展规划"
    extract_deadlines(doc)
    assert {d.date for d in doc.deadlines if d.raw != "2003年"} == {None}


@pytest.mark.parametrize("heading", [
    "二、2024年主要目标和重点任务",            # thirteenth R_02
    "2024年工作安排",                          # thirteenth R_03, a part heading with no label
    "三、2024年重点工作",                      # eighth doc_0031
    "三、2024年政府工作任务",                  # gwr_0025
    "二、2024年工作总体部署",                  # gwr_0016
    "二、2024年经济社会发展总体要求和政策取向",  # gwr_0019
    "三、2024年的工作",                        # gwr_0012
])
def test_a_report_with_no_title_or_date_takes_the_year_of_its_plan_part(heading):
    # CONVENTIONS.md: a report converted from docx opens at 各位代表: with no title line and no dated line; its 今年
    # is the year its plan part's heading names, and a year before it is history
    text = ("各位代表:\n一、2023年工作回顾\n2023年全市生产总值增长5%。\n"
            f"{heading}\n今年要重点抓好以下工作。确保年内基本完成盘活任务。\n")
    doc = _doc(text, [], issue=None)
    extract_deadlines(doc)
    assert [(d.raw, d.date) for d in doc.deadlines if d.raw in ("今年", "年内")] == [
        ("今年", D(2024, 12, 31)), ("年内", D(2024, 12, 31))]


def test_a_reports_review_under_an_unnumbered_line_is_the_past():
    # thirteenth R_03: the review part opens at an unnumbered 2023年工作回顾 line; its 今年 is 2023's (reported), and the
    # plan part (2024年工作安排) keeps its own; gwr_0003's 首先报告2002年的工作 ... 年末国家外汇储备达到2122亿美元 alike
    from pipeline.run import process_text
    doc = process_text("各位代表:\n2023年工作回顾\n一年来,我们制定了218项工作措施,今年55项改革重点任务圆满完成。\n"
                       "2024年工作安排\n2024年是全面贯彻党的二十大精神的关键之年。今年要确保年内完成盘活任务。\n")
    assert [(d.raw, d.date) for d in doc.deadlines if d.raw != "2024年"] == [("今年", D(2024, 12, 31)), ("年内", D(2024, 12, 31))]


def test_a_review_heading_names_no_year_of_the_report():
    # the review's heading alone (2023年工作回顾, 2023年工作总结和2024年工作安排 read from its first year) dates nothing;
    # nor does it taken for the title (thirteenth R_03, whose text opens at 各位代表:)
    for heading in ("一、2023年工作回顾", "一、2023年目标任务完成情况"):
        doc = _doc(f"{heading}\n今年要重点抓好以下工作。\n", [], issue=None)
        extract_deadlines(doc)
        assert [(d.raw, d.date) for d in doc.deadlines if d.raw == "今年"] == [("今年", None)]
    doc = _doc("2023年工作总结和2024年工作安排\n今年要重点抓好以下工作。\n", [], issue=None)
    extract_deadlines(doc)
    assert [(d.raw, d.date) for d in doc.deadlines if d.raw == "今年"] == [("今年", None)]
    # an indicator table's header cell (序号 ⏎ 指标名称 ⏎ 2022年 ⏎ 2025年目标 ⏎ 指标属性, holdout2 h2_03) is no part heading
    doc = _doc("二、发展目标\n序号\n指标名称\n2022年\n2025年目标\n指标属性\n2024年上半年,完成改扩建。\n", [], issue=None)
    extract_deadlines(doc)
    assert [(d.raw, d.date) for d in doc.deadlines if d.raw == "2024年上半年"] == [("2024年上半年", D(2024, 6, 30))]
    doc = _doc("2023年工作回顾\n2023年全市生产总值增长5%。\n2024年工作安排\n今年要重点抓好以下工作。\n", [], issue=None)
    doc.title = "2023年工作回顾"
    extract_deadlines(doc)
    assert [(d.raw, d.date) for d in doc.deadlines if d.raw == "今年"] == [("今年", D(2024, 12, 31))]


def test_a_document_taking_effect_on_a_day_is_its_own_date():
    # shgov_0091 / shgov_0094 (a standard approved), shgov_0034 (an 通告), realestate_0030-like notices
    assert found("统一编号为DG/TJ08-2041-2021,自2021年7月1日起实施。原规范同时废止。", D(2021, 1, 7)) == []
    assert found("本通知自2023年9月26日起正式实施,凡以前规定与本通知不一致的", D(2023, 9, 20)) == []
    assert found("本通告自2014年6月1日起实施。", D(2014, 5, 21)) == []
    # ... also without its 起 (shgov_0086's wrapper; a regulation's closing article)
    assert found("《上海市新建公园绿地地下空间开发相关控制指标规定》自2010年4月15日施行,现予下发,请遵照执行。", D(2010, 3, 1)) == []
    assert found("第三十条 本办法自2005年10月1日施行。", D(2005, 8, 1)) == []
    # a start that takes an object stays a start date
    assert found("自2022年1月1日起实施新的配租标准", D(2021, 12, 17))[0][1] == "from"
    assert found("自2022年1月1日实施新的配租标准", D(2021, 12, 17))[0][1] == "from"


def test_a_year_said_to_be_something_or_a_revision_year_is_no_deadline():
    # gwr_0024 (今年是中华人民共和国成立75周年), gwr_0014 (2013年是全面贯彻落实党的十八大精神的开局之年)
    assert found("今年是中华人民共和国成立75周年,是关键一年。", D(2024, 3, 5)) == []
    assert found("2013年是全面贯彻落实党的十八大精神的开局之年。", D(2013, 3, 5)) == []
    # shgov_0073: (2025年修订) under a standard's name
    assert found("上海市消防安全重点单位界定标准\n(2025年修订)\n", D(2025, 1, 9)) == []
    # 今年 saying when something is done stays
    assert one("今年先发行1万亿元。", D(2024, 3, 5))[2] == D(2024, 12, 31)


def test_the_start_of_a_year_opening_something():
    # govcn_0050: 于2019年初开始执行集中采购结果
    assert one("于2019年初开始执行集中采购结果,周期为1年。", D(2018, 11, 15)) == (
        "2019年初开始", "from", None, D(2019, 1, 1), None)
    assert one("从2022年初起实施新的补贴标准。", D(2021, 12, 1))[1:4] == ("from", None, D(2022, 1, 1))
    # a year's start alone is vague; 初步 is no start at all, the year says when (govcn_0055's gold: in 2020)
    assert found("2021年初,省里出台了方案。", D(2021, 6, 1)) == []
    assert found("2025年初步建成300个示范性基地。", D(2021, 6, 1)) == [("2025年", "in", D(2025, 12, 31), None, None)]


def test_this_year_and_the_next():
    assert found("力争今明两年完成全部改造任务。", D(2017, 3, 5)) == [("今明两年", "period", D(2018, 12, 31), D(2017, 1, 1), None)]
    assert found("明后两年再安排一批项目。", D(2020, 3, 1))[0][2:4] == (D(2022, 12, 31), D(2021, 1, 1))


@pytest.mark.parametrize("text,issue,years", [
    # gwr_0018 (the thirteenth end auditors' DEA20): 东部 in 2017, 中部 in 2018
    ("东中部地区要分别于今明两年完成,西部地区于2019年完成。", D(2017, 3, 5), [2017, 2018]),
    ("城区和农村分别在明后两年实现全覆盖。", D(2020, 3, 1), [2021, 2022]),
    ("今明两年分别新建保障房5000套、6000套。", D(2022, 2, 1), [2022, 2023]),
])
def test_fen_bie_pairs_each_subject_with_one_of_the_two_years(text, issue, years):
    rows = [r for r in found(text, issue) if r[0].endswith("两年")]
    assert rows == [(rows[0][0], "in", D(y, 12, 31), None, None) for y in years]


@pytest.mark.parametrize("text,issue,raw,years", [
    # a span of written years the same way (分别 before or after it)
    ("全市2024—2025年分别完成老旧小区改造100个、200个。", D(2024, 2, 1), "2024—2025年", [2024, 2025]),
    ("一期、二期、三期工程分别于2024年至2026年建成投用。", D(2023, 12, 1), "2024年至2026年", [2024, 2025, 2026]),
    # years in Chinese numerals (review21a: the 五 of 二〇二五 is no plan's name)
    ("二〇二五年至二〇二六年分别完成老旧小区改造100个、200个。", D(2024, 12, 1), "二〇二五年至二〇二六年", [2025, 2026]),
    ("一期、二期工程分别于二〇二四年至二〇二五年建成投用。", D(2023, 12, 1), "二〇二四年至二〇二五年", [2024, 2025]),
    # not over a longer span or a plan's period (five years, longer than distributive_most_years), where 分别 pairs
    # subjects with values
    ("2021—2025年分别新增就业岗位10万个、20万个。", D(2021, 3, 1), "2021—2025年", None),
    ("“十四五”期间分别新增公办学位1万个、2万个。", D(2021, 3, 1), "“十四五”期间", None),
])
def test_fen_bie_pairs_each_subject_with_one_year_of_a_short_span(text, issue, raw, years):
    rows = [r for r in found(text, issue) if r[0] == raw]
    if years is None:
        assert [r[1] for r in rows] == ["period"]
    else:
        assert rows == [(raw, "in", D(y, 12, 31), None, None) for y in years]


@pytest.mark.parametrize("text", [
    # a year naming a document (med_0003, med_0010)
    "为贯彻落实2021年《政府工作报告》重点任务,现就有关事项通知如下",
    "推动门诊费用跨省直接结算是2021年《政 府工作报告》明确提出的重点工作",
    "落实和完善异地就医结算是今年《政府工 作报告》提出的重要任务",
    # a date qualifying a document named after it (med_0025 with a PDF's space, lawref_0019, lawref_0005)
    "本办法自2007年2月1日起施行。1999年7月23日发 布的《传统医学师承和确有专长人员医师资格考核考试暂行办法》同 时废止",
    "2025年6月1日施行的《重庆市安全生产监督管理条例》同时废止",
    "2025年12月31日市政府第十二号令修改的《北京市馆藏文物管理规定》同时废止",
    # the quarter of a year relative to another (med_0003)
    "异地就医结算费用,最晚应于次年第一季度清算完毕",
])
def test_years_naming_documents_and_quarters_of_another_year_are_no_deadlines(text):
    assert found(text, issue=D(2021, 4, 12)) == []


def test_a_day_before_qian_without_its_ri():
    # text from a PDF (med_0004, a space in it) and a housing notice (realestate_0133)
    assert one("指定试点工作联系人,于11 月20前报送国家医保局", issue=D(2025, 10, 24)) == \
        ("11 月20前", "by", D(2025, 11, 20), None, None)
    assert one("于2022年12月31前,凭个人身份证明申请补贴", issue=D(2022, 6, 1)) == \
        ("2022年12月31前", "by", D(2022, 12, 31), None, None)


def test_a_signature_date_after_bodies_on_its_line_is_no_deadline():
    from pipeline.run import process_text

    # med_0003: two bodies and the date on one line
    doc = process_text("关于加快推进门诊费用跨省直接结算工作的通知\n(医保发〔2021〕27 号)\n各省医保局:\n一、工作目标\n"
                       "2021年底前,各省份60%以上的统筹地区开通结算服务。\n国家医保局 财政部 2021年4月12日\n")
    assert [d.raw for d in doc.deadlines] == ["2021年底前"]


# ---- years and dates that say no when (rules/deadlines.yaml: bare_year_*, relative_year_*, news_lead_*)

@pytest.mark.parametrize("text", [
    "发展全民健身、竞技体育和体育产业,做好2022年冬奥会申办工作。",                 # gwr_0016
    "一、抓紧签订2021年电力中长期合同\n各地政府主管部门、电力企业、交易机构要高度重视",  # elec_0011
    "自2024年6月20日至2024年12月31日期间,对纳入2024年土地增减挂范围内和县房屋征收领导小组办公室确定纳入",  # realestate_0111
    "颁布实施2011-2020年中国农村扶贫开发纲要,启动集中连片特殊困难地区扶贫攻坚工程",  # gwr_0012
    "经市住房公积金管理委员会2022年第一次会议审议通过,决定对鄂尔多斯市部分住房公积金政策进行调整",  # realestate_0030
    "住建部门要科学编制2025年住房年度计划和2026年至2030年住房发展规划",                # realestate_0012
])
def test_a_year_inside_a_clause_names_a_thing(text):
    assert [r for r in found(text, issue=None) if r[0].endswith(("年", "年度"))] == []


@pytest.mark.parametrize("text,raw", [
    ("按2010年价格计算,2015年国内生产总值将超过55万亿元。", "2015年"),               # gwr_0012
    ("促进公立医院综合改革政策落地见效。2019年,在全国启动三级公立医院绩效考核工作", "2019年"),  # govcn_0054
    ("东中部地区要分别于今明两年完成,西部地区于2020年完成。", "2020年"),              # gwr_0018
    ("(五)大力发展保障性租赁住房。全市2022年新增筹集建设保障性租赁住房", "2022年"),     # realestate_0164
    ("二、包干时间。从一九八七年至一九九○年,一定四年不变。", "从一九八七年至一九九○年"),  # govprc_0010
    ("2024—2026年,全市新增筹集建设保障性租赁住房12万套(间),其中2024年新增筹集4.5万套(间)。", "2024年"),  # holdout3
    ("托育综合服务中心覆盖率在2024年、2025年和2026年分别达到60%、80%和100%。", "2026年"),  # holdout3
])
def test_a_year_heading_its_clause_says_when(text, raw):
    assert raw in [r[0] for r in found(text, issue=None)]


@pytest.mark.parametrize("text", [
    "现在,我代表国务院,向大会报告过去五年政府工作,对今年工作提出建议,请予审议。",      # gwr_0019
    "2011年,是“十二五”开局之年,做好今年的工作对于完成“十二五”各项目标任务至关重要。",  # gwr_0012
    "完成今年发展目标任务,必须深入贯彻习近平经济思想",                                # gwr_0024
    "要认真落实党中央关于把今年作为转变作风年的要求。",                                # gwr_0003
    "今年通货膨胀压力仍然较大,主要是:我国土地、劳动力等要素价格呈上升趋势",           # gwr_0014
    "这是保障和改善民生的头等大事。今年就业形势依然严峻,工作上不能有丝毫松懈。",         # gwr_0011
    "综合分析研判,今年我国发展面临的环境仍是战略机遇和风险挑战并存",                   # gwr_0024
    "努力实现“十二五”时期良好开局,把中国特色社会主义伟大事业继续推向前进",             # gwr_0012
])
def test_this_year_as_a_topic_or_described_is_no_deadline(text):
    assert [r for r in found(text, issue=None) if r[0] not in ("2011年",)] == []


@pytest.mark.parametrize("text", [
    "中央财政今年安排再就业补助资金25l亿元,比上年增加",                # gwr_0007
    "国务院决定今年安排30亿元建设资金,支持国有煤矿安全技术改造",         # gwr_0006
    "预计今年财政收入继续恢复增长,加上调入资金等,一般公共预算支出规模28.5万亿元",  # gwr_0024
    "扩大天然林保护范围,有序停止天然林商业性采伐。今年新增退耕还林还草66.7万公顷",  # gwr_0016
])
def test_this_year_when_something_is_done_stays(text):
    assert [r[:3] for r in found(text, issue=D(2015, 3, 5))] == [("今年", "in", D(2015, 12, 31))]


@pytest.mark.parametrize("text", [
    "(三)减轻公租房配建压力。对我县2021年1月1日后取得国有建设用地的项目,不再配建公租房",  # realestate_0146
    "最高不超过3万元。2021年5月31日后生育二孩的家庭(及二孩以上,符合现行生育政策)",       # realestate_0230
    "入选我市“龙马”、“骏马”人才的、2020年以后被我市机关企事业单位招录的全日制专科以上毕业生",  # realestate_0119
    "对符合政策生育二孩(2016年1月1日后生育)或三孩家庭",                                   # realestate_0056
])
def test_a_date_followed_by_after_qualifies_who_and_is_no_deadline(text):
    assert found(text, issue=None) == []


@pytest.mark.parametrize("text", [
    "【南京溧水】即购即补、多策发力——溧水区购房政策最新发布\n9月10日溧水区购房政策最新发布,购房补助叠加",  # realestate_0218
    "据安徽省滁州市凤阳县委宣传部主办的“中国凤阳”,6月20日,凤阳县房地产工作联席会议发布《关于印发〈…〉的通知》",  # realestate_0111
    "…若干措施\n9月29日,市住建局联合市财政局、市自然资源和规划局、市住房公积金中心等多部门出台《关于进一步促进房地产市场平稳健康发展的若干措施》",  # realestate_0124
    "下降10至40个基点不等\n继今年2月21日四大行同步下调广州地区房贷利率之后,近日",            # realestate_0167
    "…若干措施》\n11月24日,记者从怀远县住房和城乡建设局了解到,该县正式出台《怀远县促进房地产市场平稳健康发展若干措施》",  # realestate_0114
])
def test_the_date_of_a_news_lead_is_no_deadline(text):
    assert found(text, issue=None) == []


def test_a_publishing_date_inside_a_sentence_is_still_a_deadline():
    # realestate_0012: the dates by which the plans are published, not a news lead
    text = "年度计划与发展规划分别于2025年3月31日、2026年3月31日向社会公布。"
    assert [r[:3] for r in found(text, issue=D(2024, 12, 1))] == [
        ("2025年3月31日", "in", D(2025, 3, 31)), ("2026年3月31日", "in", D(2026, 3, 31))]


def test_an_undated_notice_is_dated_by_the_day_its_own_window_opens():
    # realestate_0146: 本措施执行时间从2022年6月1日起 -> the 配建 dates before it are history
    text = ("(三)减轻公租房配建压力。2021年1月1日之前取得国有建设用地的项目配建的公租房项目:2019年1月1日之前的配建项目"
            "按配建面积每平米500元缴纳配建资金;2019年1月1日-2020年12月31日期间的配建项目按配建面积每平米800元缴纳配建资金。"
            "延后期暂定为2023年3月31日。\n本措施执行时间从2022年6月1日起,至2023年5月31日止,有效期1年。\n")
    doc = _doc(text, [], issue=None)
    extract_deadlines(doc)
    # (the window itself, the document's own, is no row: its reader marked it optional)
    assert [d.raw for d in doc.deadlines] == ["2023年3月31日"]
    # realestate_0230: 实施时间自2022年9月1日至2023年3月31日; the years of the qualifying births are history,
    # and a year-less day takes the window's year
    text = ("在丰来丰大专及以上学历人才和2016年1月1日至2021年5月31日期间生育二孩的家庭,购买新建商品住房的,给予补贴。"
            "12月31日前完成网签。\n以上购房补贴政策实施时间自2022年9月1日至2023年3月31日,在此期间内签订商品住房买卖合同的。\n")
    doc = _doc(text, [], issue=None)
    extract_deadlines(doc)
    assert [(d.raw, d.date) for d in doc.deadlines] == [
        ("12月31日前", D(2022, 12, 31)), ("自2022年9月1日至2023年3月31日", D(2023, 3, 31))]


@pytest.mark.parametrize("text", [
    # lawref_0009: a regulation's header chain of adoptions and approvals
    "2006年5月25日 山东省第十届人民代表大会常务委员会第二十一次会议批准根据2018年8月29日淄博市第十五届人民代表大会"
    "常务委员会第十六次会议通过并经2018年9月21日山东省第十三届人民代表大会常务委员会第五次会议批准",
    # lawref_0005: the sessions that adopted and amended a repealed regulation
    "1987年6月23日市第八届人民代表大会常务委员会第三十七次会议通过、1997年10月16日市第十届人民代表大会常务委员会第四十次会议修改的",
])
def test_the_dates_of_congress_sessions_are_no_deadlines(text):
    assert found(text, issue=D(2019, 12, 1)) == []


@pytest.mark.parametrize("text,raw,start,date", [
    ("(二)“九五”期间,固定资产投资规模每年仍按10亿元安排", "“九五”期间", D(1996, 1, 1), D(2000, 12, 31)),  # govcn_0018
    ("做好防震减灾知识的宣传教育工作,通过“九五”期间的努力,首先在地震重点监视防御区", "“九五”期间", D(1996, 1, 1),
     D(2000, 12, 31)),  # govcn_0010
    ("综合考虑各方面因素,“十五”期间年均经济增长速度预期目标为7%左右。", "“十五”期间", D(2001, 1, 1), D(2005, 12, 31)),  # gwr_0002
])
def test_the_plans_of_the_1990s_are_periods(text, raw, start, date):
    assert (raw, "period", date, start, None) in found(text, issue=D(1990, 1, 1))


def test_a_numeral_ending_like_a_plan_is_no_plan():
    assert found("第十五期间召开会议,二十五期间", issue=D(2001, 1, 1)) == []


@pytest.mark.parametrize("text,issue,raw,date,start", [
    # govprc_0015, govcn_0010, govcn_0018: the ninth plan; gwr_0002: the tenth, 十五 without a third character
    ("“九五”期间需国家基本建设拨款5亿元", D(1996, 8, 1), "“九五”期间", D(2000, 12, 31), D(1996, 1, 1)),
    ("通过“九五”期间的努力,首先在地震重点监视防御区", D(1997, 2, 4), "“九五”期间", D(2000, 12, 31), D(1996, 1, 1)),
    ("“十五”期间年均经济增长速度预期目标为7%左右", D(2001, 3, 5), "“十五”期间", D(2005, 12, 31), D(2001, 1, 1)),
    ("八五期间,重点建设一批大型矿区", D(1991, 4, 1), "八五期间", D(1995, 12, 31), D(1991, 1, 1)),
    ("“二五”期间完成", D(1958, 1, 1), "“二五”期间", D(1962, 12, 31), D(1958, 1, 1)),
    ("“十六五”期间完成", ISSUE, "“十六五”期间", D(2035, 12, 31), D(2031, 1, 1)),
])
def test_every_five_year_plan_by_its_ordinal(text, issue, raw, date, start):
    assert one(text, issue) == (raw, "period", date, start, None)


def test_a_number_ending_in_five_is_no_plan():
    assert found("第三十五期间", D(1996, 1, 1)) == []
    assert found("按九五折优惠", D(1996, 1, 1)) == []


def test_a_date_closing_a_one_line_page_after_its_signers_is_no_deadline():
    from pipeline.run import process_text

    # govprc_0010: the forwarded report's signature, its 年 garbled (天); govprc_0007: a full date
    flat = ("国务院批转国家计委关于在全国实行天然气商品量常数包干办法报告的通知国发〔1987〕26号各省、自治区、直辖市人民政府:"
            "国务院同意国家计委《关于在全国实行天然气商品量常数包干办法的报告》,现转发给你们,请认真贯彻执行。"
            "国务院一九八七年三月三十日关于在全国实行天然气商品量常数包干办法的报告国务院:现将办法报告如下:"
            "一、包干指标。从一九八七年至一九九〇年,天然气商品量包干基数为每年67.5亿立方米,由石油部所属各石油管理局和勘探局分别包干,认真执行。"
            "二、包干时间。包干基数一定四年不变,各单位要按期报送执行情况,不得拖延,以便国家统一平衡调度。"
            "以上报告如无不妥,请批转执行。国家计委国家经委财 政 部石 油 部一九八七天三月十四日")
    doc = process_text(flat)
    assert doc.issue_date == D(1987, 3, 30)
    assert [d.raw for d in doc.deadlines] == ["从一九八七年至一九九〇年", "每年"]
    doc = process_text(flat.replace("一九八七天三月十四日", "三月十四日"))
    assert [d.raw for d in doc.deadlines] == ["从一九八七年至一九九〇年", "每年"]
    # a date due from the addressees still closes a sentence: it stays
    assert one("请各省、自治区于三月十四日", D(1987, 3, 1))[0] == "三月十四日"


@pytest.mark.parametrize("text", [
    "本措施自发布之日起施行,有效期至2025年12月31日。期间如遇国家和省级政策调整,以上级政策为准。",  # realestate_0020
    "本办法自2020年7月15日起实施,有效期至2028年7月14日。",                                      # shgov_0004
    "由市住建局负责解读,自印发之日起实施,有效期至2027年9月5日。到期根据实际情况决定继续或调整实施",  # realestate_0148
])
def test_the_notices_own_expiry_is_no_deadline(text):
    assert found(text, issue=D(2020, 7, 1)) == []


def test_an_extended_validity_is_still_a_deadline():
    # realestate_0119: extending another document's validity is an act of the policy
    assert one("补贴有关事项的通知》(马住建〔2023〕142号)文件执行,有效期同步延长至2025年6月4日。", issue=D(2024, 6, 5))[:3] == (
        "至2025年6月4日", "by", D(2025, 6, 4))


@pytest.mark.parametrize("text", [
    "2021年11月24日前尚处于合同工期内的房地产开发项目,可适当延期交房,延期交房时间原则上控制在3个月以内。",  # realestate_0099
    "3.2021年11月1日以前尚未开始墙体节能工程施工的项目(包括同一张施工许可证含有多个单体建筑),建设各方均应当严格",  # shgov_0023
])
def test_the_state_things_were_still_in_before_a_day_is_no_deadline(text):
    assert found(text, issue=None) == []


@pytest.mark.parametrize("text,raw,date", [
    ("已发放的消费券核销使用日期截至2022年12月31日,逾期自动失效。", "截至2022年12月31日", D(2022, 12, 31)),  # realestate_0133
    ("消费券申领时间自活动上线之日起,截至2022年8月31日止。", "截至2022年8月31日", D(2022, 8, 31)),    # realestate_0156
    ("由县住建局负责解释。申请各类补贴时间截至2025年12月31日", "截至2025年12月31日", D(2025, 12, 31)),  # realestate_0093
])
def test_jiezhi_closing_a_window_is_a_deadline(text, raw, date):
    assert one(text, issue=D(2022, 6, 1))[:3] == (raw, "by", date)


def test_jiezhi_before_a_statistic_is_still_no_deadline():
    # the statistic of test_not_deadlines, and a term written with a colon (realestate_0145) that closes a window
    assert found("截至2020年底,全市医疗卫生机构4313个", issue=D(2021, 1, 1)) == []
    assert one("再办理商品房买卖合同备案注销手续。执行期限:截至2022年12月31日\n", issue=D(2022, 6, 1))[:3] == (
        "截至2022年12月31日", "by", D(2022, 12, 31))


@pytest.mark.parametrize("text,raw,date", [
    # seventh doc_0007 (a notice of 2025-01-05)
    ("中央不再负担。截至2025年12月31日未用完的中央下达消费品以旧换新资金额度收回中央。", "截至2025年12月31日", D(2025, 12, 31)),
    ("截止2025年6月底仍未开工的项目,收回补助资金。", "截止2025年6月底", D(2025, 6, 30)),
    ("截至2026年底,各地要完成全部存量任务清零。", "截至2026年底", D(2026, 12, 31)),
])
def test_jiezhi_a_time_still_to_come_closes_a_window(text, raw, date):
    assert one(text, issue=D(2025, 1, 5))[:3] == (raw, "by", date)


@pytest.mark.parametrize("text", [
    "截至2024年底,全市累计建成充电桩12万个。",  # a count of the past, in a notice of 2025
    "截至2025年1月,已发放补贴3亿元。",          # the issue month itself: already counted
    "预计截至2025年底,全市充电桩将达到15万个。",  # a forecast
    "杭州市科学技术局2025年1月5日发布,征求意见截止2025年2月4日。",  # a page's own comment window (sixth doc_0004)
])
def test_jiezhi_a_time_past_or_forecast_is_no_deadline(text):
    # (the release day itself is the issue day, which the stage drops)
    assert [row for row in found(text, issue=D(2025, 1, 5)) if row[0].startswith(("截至", "截止"))] == []


def test_a_year_before_chubu_says_when():
    # govcn_0055: 2020年初步建成… (初步: first, preliminarily) is no vague 年初
    assert one("企业经营管理和技术人员与学校领导、骨干教师相互兼职兼薪制度。2020年初步建成300个示范性职业教育集团(联盟)",
               D(2019, 1, 24))[:3] == ("2020年", "in", D(2020, 12, 31))


# Rules generalised from a sample of rows in notices outside every gold set (deadlines5).

@pytest.mark.parametrize("text", [
    "城乡居民医保财政补助由每人每年420元提高到450元,同步提高个人缴费标准",   # gwr_0018
    "城镇居民医保和新农合补助标准提高到每人每年240元。",                      # gwr_0013
    "可按每人每月2000元限额提取住房公积金。",                                  # realestate_0025
    "住宅型保障性租赁住房租金按照每月每建筑平方米计价",                        # realestate_0033
    "1人、2人家庭的每月每平方米居住面积租金补贴在前述基础上,上浮20%。",       # shgov_0019
    "11至60岁的男性公民,应当依法履行植树义务,每人每年义务植树3至5棵",         # lawref_0009 (gold aligned, 12th session)
])
def test_a_rate_per_period_is_no_schedule(text):
    assert found(text) == []


@pytest.mark.parametrize("text,raw", [
    ("联席会议每年召开一次例会。", "每年"),                                      # govprc_0018
    ("支持房地产业协会组织房地产企业在伏波文化公园每年免费设点展示至少2次", "每年"),  # realestate_0184
])
def test_a_schedule_next_to_a_count_stays(text, raw):
    assert one(text)[:2] == (raw, "recurring")


@pytest.mark.parametrize("text,issue", [
    ("2019年底前完成备案并开工、2020年6月底之前建成并网的项目,可享受2019年的奖励标准。", D(2020, 6, 2)),  # shgov_0004
    ("在2024年12月31日前到期的存量融资,可以允许超出原规定多展期1年。", D(2023, 11, 22)),                  # realestate_0199
    ("2023年7月3日前受理的贷款申请,仍按原政策规定执行。", D(2023, 7, 3)),                                 # realestate_0016
    ("并且能提供2021年8月1日24:00前支付的购房定金、部分或全部房款", D(2021, 7, 30)),                      # realestate_0005
    ("2005年底前注册营运的黄标车今年要全部淘汰。", None),                                                 # gwr_0016
    ("且在2024年6月30日前足额缴纳契税的购房者,可享受购房契税补贴50%", D(2022, 11, 1)),                    # realestate_0137
    ("且在2026年12月31日前缴纳契税并办理《不动产权证书》的购房人,给予补助", D(2025, 1, 1)),              # realestate_0106
])
def test_a_day_before_which_something_was_done_qualifies_a_noun(text, issue):
    assert [r for r in found(text, issue) if r[0] != "今年"] == []


@pytest.mark.parametrize("text,raw,date", [
    ("2021年6月底前将自评报告报送国家医保局。", "2021年6月底前", D(2021, 6, 30)),         # med_0003
    ("2020年底前完成全市的排查整治。", "2020年底前", D(2020, 12, 31)),                     # a verb with its own object
    ("应在2023年6月30日17:00前登录平台登记", "2023年6月30日17:00前", D(2023, 6, 30)),      # an hour before 前
])
def test_a_day_before_a_task_stays(text, raw, date):
    assert one(text, D(2019, 1, 16))[:3] == (raw, "by", date)


@pytest.mark.parametrize("text,issue", [
    ("《上海市交通委员会关于城市道路行政处罚的裁量基准》有效期将于2026年9月19日届满,经评估需继续实施", D(2026, 8, 19)),  # shgov_0069
    ("2009年到期的“五缓四减三补贴”就业扶持政策延长一年", None),                                                        # gwr_0011
    ("全会高度评价“十四五”时期山西发展取得的重大成就。", D(2025, 11, 28)),                                            # realestate_0143
])
def test_a_lapse_or_an_achievement_is_no_deadline(text, issue):
    assert found(text, issue) == []


@pytest.mark.parametrize("text", [
    "今年的主要着力点是拓市场、调结构、促平衡。",                 # gwr_0011
    "今年的经济增长预期目标,符合经济规律和客观实际",             # gwr_0018
    "根据“十五”期间的形势和任务,《纲要》提出今后五年的主要目标",  # gwr_0002
    "(四)“十一五”时期的战略重点和主要任务",                      # gwr_0007
    "扩大内需特别是消费需求是我国经济长期平稳较快发展的根本立足点,是今年工作的重点。",  # gwr_0013
    "门诊慢特病跨省直接结算病种扩围是今年医疗保障领域推动“高效办成一件事”重点事项之一。",  # med_0010
    "今年经济社会发展任务十分繁重。",                             # gwr_0025
    "2000年,我国面临的国际环境依然是机遇大于挑战,希望多于困难。",  # gwr_0001
    "今年,我国对外开放面临不少新情况",                           # gwr_0006
    # a term the year ends, and what the year is said to be after the event it holds (audit16's DEA19 and its note)
    "今年,我国加入世贸组织过渡期将基本结束,要增强做好各项应对工作的紧迫感。",                   # gwr_0007
    "今年将召开中国共产党第十九次全国代表大会,是党和国家事业发展中具有重大意义的一年。",         # gwr_0018
    "今年将召开中国共产党第二十次全国代表大会,是党和国家事业发展进程中十分重要的一年。",         # gwr_0022
])
def test_a_year_naming_or_describing_what_follows_is_no_deadline(text):
    assert found(text, D(2000, 3, 5)) == []


@pytest.mark.parametrize("text,raw", [
    ("通过“九五”期间的努力,首先在地震重点监视防御区", "“九五”期间"),       # the effort of those years: when
    ("特别是今年要加快推进", "今年"),                                          # 是 closing a conjunction
    ("2025年,生态环境质量明显改善", "2025年"),                                 # a target year speaking of 环境
])
def test_a_year_saying_when_stays(text, raw):
    assert one(text, D(1996, 3, 5))[0] == raw


@pytest.mark.parametrize("text,raw,date", [
    ("加快完善社会保障体系。今年年底前实现新型农村社会养老保险制度全覆盖。", "今年年底前", D(2012, 12, 31)),  # gwr_0013
    ("(二)至2023年年底,上海化工区等消防部门完成现有装置中含PFOS类泡沫库存产品的销毁", "至2023年年底", D(2023, 12, 31)),  # shgov_0067
    ("各地确保2021年年底前实现对本市全部重点用能单位在线监测", "2021年年底前", D(2021, 12, 31)),  # shgov_0070
])
def test_a_year_and_its_year_end_are_one_deadline(text, raw, date):
    assert one(text, D(2012, 3, 5))[:3] == (raw, "by", date)


@pytest.mark.parametrize("text,raw,start,date", [
    ("交易会期间(2022年11月28日0时至12月28日24时),购买新建商品房", "2022年11月28日0时至12月28日24时",
     D(2022, 11, 28), D(2022, 12, 28)),                                                     # realestate_0028
    ("消费券有效期自2022年11月28日0时至12月28日24时。", "自2022年11月28日0时至12月28日24时",
     D(2022, 11, 28), D(2022, 12, 28)),                                                     # realestate_0028, again
    ("活动时间为2023年5月1日9:00至5月31日18:00", "2023年5月1日9:00至5月31日18:00", D(2023, 5, 1), D(2023, 5, 31)),
])
def test_a_window_given_to_the_hour_is_one_period(text, raw, start, date):
    assert one(text, D(2022, 11, 1)) == (raw, "period", date, start, None)


@pytest.mark.parametrize("text,issue", [
    ("今年7月7日至8日,习近平总书记第五次亲临我省考察", D(2025, 11, 28)),        # realestate_0143
    ("今年2月21日,广州已率先下调了一波房贷利率", D(2023, 3, 10)),                # realestate_0167
    ("分别在9月4日和10月8日之前将上一月度“交接单”的签署情况报送", D(2023, 7, 12)),  # shgov_0018: 上一月 is no January
])
def test_a_day_of_this_year_already_past_is_history(text, issue):
    assert [r for r in found(text, issue) if r[2] is not None and r[2] < issue] == []


@pytest.mark.parametrize("text,issue", [
    ("今年,是全面完成“十五”任务、为“十一五”发展打好基础的关键一年。", D(2005, 3, 5)),      # gwr_0006
    ("2011年,是“十二五”开局之年,做好今年的工作对于完成“十二五”各项目标任务至关重要", D(2011, 3, 5)),  # gwr_0012
    ("“十五五”时期是山西加快转型发展、基本实现社会主义现代化的关键时期", D(2025, 11, 28)),  # realestate_0143
    ("“十一五”时期是全面建设小康社会的关键时期。", D(2006, 3, 5)),                          # gwr_0007
])
def test_a_time_said_to_be_something_is_no_deadline(text, issue):
    assert found(text, issue) == []


@pytest.mark.parametrize("text,issue", [
    ("“十五五”时期我省经济社会发展的指导思想是:坚持马克思列宁主义、毛泽东思想", D(2026, 1, 26)),  # seventh doc_0021
    ("今年工作的总体要求是:全面贯彻落实党的十六大精神", D(2003, 3, 5)),       # gwr_0003's phrasing (optional there)
    ("2026年全市经济工作的总体思路是:稳中求进、以进促稳。", D(2026, 1, 10)),
    ("“十四五”期间我市养老服务发展的基本原则是:", D(2021, 6, 1)),
    ("二、“十五五”时期发展的主要考虑\n省委十五届九次全会对我省未来五年经济社会发展作出了系统设计", D(2026, 1, 27)),  # eighth doc_0032
    ("2026年经济工作的总体考虑是:坚持稳中求进工作总基调", D(2026, 1, 20)),
])
def test_a_time_opening_the_principles_is_no_deadline(text, issue):
    assert found(text, issue) == []


def test_a_time_opening_the_goals_lead_still_says_when():
    # gwr_0014: 今年经济社会发展的主要预期目标是: heads the target list
    assert found("今年经济社会发展的主要预期目标是:国内生产总值增长7.5%左右", D(2013, 3, 5))[0][:3] == (
        "今年", "in", D(2013, 12, 31))


@pytest.mark.parametrize("text,issue,raw", [
    ("但应当在2021年9月30日前(含9月30日)办理合同网签及完税手续。", D(2021, 7, 30), "2021年9月30日前"),  # realestate_0005
    ("1.2025年2月前(含2月)缴存基数低于2500元的,仍可按原基数按月办理汇补缴。", D(2025, 1, 2), "2025年2月前"),  # realestate_0157
])
def test_a_bound_restated_after_han_is_not_read_again(text, issue, raw):
    assert [r[0] for r in found(text, issue)] == [raw]


@pytest.mark.parametrize("text", [
    "一、江苏电力辅助服务(调峰)市场自2019年1月启动试运行以来情况良好,决定2019年10月1日起开始正式运行。",  # elec_0014
    "华北电力调峰辅助服务市场自2018年12月启动以来,取得了良好成效",                                         # elec_0015
])
def test_a_start_followed_by_yilai_is_history(text):
    assert [r[0] for r in found(text, None) if r[0].startswith("自")] == []


@pytest.mark.parametrize("text", [
    "本通知自2025年1月1日起正式施行,通知未尽事宜,参照伊犁州住房公积金提取业务管理办法执行。",  # realestate_0209
    "本通知自2023年9月26日起正式实施,凡以前规定与本通知不一致的,按本通知执行",                # realestate_0069
    "本规定自2022年1月1日起施行,有效期3年。",                                                  # realestate_0006
])
def test_the_notice_taking_effect_formally_is_its_own_date(text):
    assert found(text, None) == []


# ---- years of a kind, quarters naming a thing, and undated notices' year-less dates

@pytest.mark.parametrize("text", [
    "第五条 在中国境内无住所的个人,在一个纳税年度内在中国境内居住累计不超过90天的",  # govcn_0027
    "(三)纳税年度内预缴税额低于应纳税额;",                                          # govcn_0027
    "具体扣除方式在一个纳税年度内不能变更。",                                        # govcn_0028
    "第二十条 纳税人及其配偶在一个纳税年度内不能同时分别享受住房贷款利息和住房租金专项附加扣除。",  # govcn_0028
    "对用于建设厂房、购买设备、技术改造、科技研发等方面的年内新增贷款给予不超过贷款利率35%的贴息",  # realestate_0151
])
def test_a_year_of_a_kind_or_qualifying_a_noun_is_no_deadline(text):
    assert found(text) == []


def test_the_year_within_still_says_when():
    assert one("移动网络流量资费年内至少降低30%")[1:3] == ("in", D(2021, 12, 31))  # gwr_0019
    assert one("提速降费要迈出更大步伐,年内全部取消手机国内长途和漫游费")[1:3] == ("in", D(2021, 12, 31))  # gwr_0018
    assert one("本年度内完成全部改造任务")[1:3] == ("in", D(2021, 12, 31))


@pytest.mark.parametrize("text", [
    "截至目前,立项为0公顷,完成验收0.94公顷,未达到一季度目标,进度位于全市各区末尾。",  # shgov_0045
    "如二季度工作推进依旧缓慢,我局将按照“以减定增”落实管控措施",                      # shgov_0045
    "充分释放居民消费潜力,推动实现一季度经济平稳开局,现就进一步做好近期促进消费工作",   # realestate_0090
    "各地各相关部门要充分认识保持春节期间及一季度消费市场平稳运行的重要性",             # realestate_0090
    "完成好今年目标任务,必须深入贯彻习近平经济思想",                                  # gwr_0025
])
def test_a_quarter_or_year_inside_a_clause_names_a_thing(text):
    assert found(text) == []


@pytest.mark.parametrize("text,raw", [
    ("一季度,全市计划首批筹集房源500套。", "一季度"),                              # realestate_0123
    ("推动政策靠前发力、工作提速加力,三季度要取得明显成效。", "三季度"),           # realestate_0151
    ("加快下达项目的前期工作,加快在二、三季度形成更多实物工作量。", "三季度"),     # realestate_0151
    ("力争下半年全面完成改造", "下半年"),
    ("序号\n指标\n2025年目标值\n", "2025年目标值"),
])
def test_a_quarter_heading_its_clause_says_when(text, raw):
    # (in a notice of January: a quarter over at issue is history, as a month is)
    assert raw in [r[0] for r in found(text, D(2021, 1, 5))]


def test_an_undated_notice_continues_the_year_it_wrote_last():
    # realestate_0222: the year of the first window goes on in the next two
    text = "并在2023年12月1日~2024年3月31日、4月1日~6月30日、7月1日~12月31日期间购置新建商品住房的购房家庭"
    assert [r[2:4] for r in found(text, issue=None)] == [
        (D(2024, 3, 31), D(2023, 12, 1)), (D(2024, 6, 30), D(2024, 4, 1)), (D(2024, 12, 31), D(2024, 7, 1))]
    # realestate_0135: a paragraph after the one that wrote 2023
    text = ("消费券使用期限为2023年9月1日至2023年12月31日期间。\n关于不动产消费券,规定对“能办未办”的小区,"
            "自9月1日至11月30日,原则上按不超过实际缴纳契税数额的20%确定;12月1日至12月31日,原则上按10%确定。")
    assert [r[2] for r in found(text, issue=None)] == [D(2023, 12, 31), D(2023, 11, 30), D(2023, 12, 31)]
    # realestate_0123: a quarter after a dated window
    text = "2024年1月1日至2024年12月31日期间购房的给予补贴。一季度,全市计划首批筹集房源500套。"
    assert [r[2] for r in found(text, issue=None)] == [D(2024, 12, 31), D(2024, 3, 31)]
    # with an issue date, the guide's rule: the issue year (6月底前 of 2023 is then already past)
    assert [r[2] for r in found("2024年3月底前完成摸底;6月底前完成整改。", issue=D(2023, 12, 1))] == [D(2024, 3, 31)]


# ---- a plan's schedule: phases in brackets, and phases begun before the notice was issued

@pytest.mark.parametrize("text,raw,start,date", [
    ("三、时间安排\n启动试点(2025年10月-2025年11月):试点省份结合本地实际情况,选择试点内容",      # med_0004
     "2025年10月-2025年11月", D(2025, 10, 1), D(2025, 11, 30)),
    ("总结推广(2027年4月-2027年12月):国家局总结相关省份试点工作情况",                         # med_0004
     "2027年4月-2027年12月", D(2027, 4, 1), D(2027, 12, 31)),
    ("(三)管理部门核查阶段(2024年7至12月)\n2024年下半年,市交通建管中心组织核查",               # shgov_0078
     "2024年7至12月", D(2024, 7, 1), D(2024, 12, 31)),
    ("四、实施方案\n(一)推进实施阶段(2021年12月至2022年2月)\n邀请专家学者深入解读",            # a college's plan
     "2021年12月至2022年2月", D(2021, 12, 1), D(2022, 2, 28)),
    ("交流内容:第二阶段(2021年1-6月份)的计划,需要与其他单位的协调及合作。",                   # a project's meeting notice
     "2021年1-6月", D(2021, 1, 1), D(2021, 6, 30)),
])
def test_a_span_of_months_in_brackets_is_a_phase_window(text, raw, start, date):
    assert (raw, "period", date, start, None) in found(text)


def test_a_span_of_months_after_a_plan_name_stays_its_title():
    assert found("各区要按照三年行动方案(2024年1月-2026年12月)抓好落实") == []


def test_phases_of_a_schedule_begun_before_issue_are_the_plans():
    # shgov_0001 (issued 2021-09-09): 三、工作步骤 (一)建立工作机制(2021年8月)
    text = ("二、主要任务\n2021年8月,区里召开了动员会。\n三、工作步骤\n(一)建立工作机制(2021年8月)。编制方案。\n"
            "(二)开展体检(2021年10月底前)。\n四、保障措施\n加强领导。\n")
    starts = [text.index(s) for s in ("二、", "三、", "(一)", "(二)", "四、")]
    tasks = [Task("2", None, 1, "二、", "主要任务", starts[0], starts[1]),
             Task("3", None, 1, "三、", "工作步骤", starts[1], starts[2]),
             Task("3.1", "3", 2, "(一)", "建立工作机制(2021年8月)", starts[2], starts[3]),
             Task("3.2", "3", 2, "(二)", "开展体检(2021年10月底前)", starts[3], starts[4]),
             Task("4", None, 1, "四、", "保障措施", starts[4], len(text))]
    doc = _doc(text, tasks, D(2021, 9, 9))
    extract_deadlines(doc)
    # the month past at issue in 二、 is history; the schedule's phase is kept
    assert [(d.raw, d.task_path) for d in doc.deadlines] == [("2021年8月", "3.1"), ("2021年10月底前", "3.2")]
    # shgov_0009 (issued 2026-05-07): 四、时间安排 (一)动员部署阶段(4月底前)
    text = "四、时间安排\n(一)动员部署阶段(4月底前):全面部署任务。\n(二)集中整治阶段(5-7月):开展整治。\n"
    a, b = text.index("(一)"), text.index("(二)")
    tasks = [Task("4", None, 1, "四、", "时间安排", 0, a), Task("4.1", "4", 2, "(一)", "动员部署阶段(4月底前)", a, b),
             Task("4.2", "4", 2, "(二)", "集中整治阶段(5-7月)", b, len(text))]
    doc = _doc(text, tasks, D(2026, 5, 7))
    extract_deadlines(doc)
    assert [(d.raw, d.date) for d in doc.deadlines] == [("4月底前", D(2026, 4, 30)), ("5-7月", D(2026, 7, 31))]


@pytest.mark.parametrize("text", [
    "允许分期缴纳土地款。2022年度出让的商住用地,在签订合同后1个月内缴纳出让价款不少于50%",   # realestate_0164
    "原则上,2024 年新开展DRG/DIP付费的统筹地区直接使用2.0版分组",                            # med_0027
    "上调无房租住商品住房提取限额标准,本县职工统一上调至每户家庭1250元/月,每年度不超过15000元。",  # realestate_0116
    "中心城区提取额度由每年最高1.5万元提高至1.8万元",                                        # realestate (提取额度)
    "今年经济社会发展任务重、挑战多。要按照党中央部署要求",                                   # gwr_0022
    "今年政府工作的任务相当繁重,我们肩负的责任重大",                                          # gwr_0003
])
def test_a_time_naming_who_qualifies_a_rate_or_the_years_burden_is_no_deadline(text):
    assert found(text, issue=D(2022, 3, 5)) == []


@pytest.mark.parametrize("text,raw", [
    ("(五)大力发展保障性租赁住房。全市2022年新增筹集建设保障性租赁住房", "2022年"),   # realestate_0164
    ("今年发展的主要预期目标是:国内生产总值增长6.5%左右", "今年"),                  # gwr_0018
    ("2022年6月1日至2022年12月31日期间申请预售许可的商品房项目,按照", "2022年6月1日至2022年12月31日期间"),  # realestate_0227
    ("高层次人才,购房补贴每年发放一次", "每年"),
])
def test_a_time_of_a_task_or_window_stays(text, raw):
    assert raw in [r[0] for r in found(text, issue=D(2022, 3, 5))]


@pytest.mark.parametrize("text", [
    "新市民购房补贴按照先购后补的原则发放。在2022年9月1日以前已网签或已备案的商品住房若注销网签或备案后重新签订商品房买卖合同的个人,不享受购房补贴。",  # realestate_0197
    "在购买新建商品房实行补贴期间,在2022年9月1日以前已签约备案的商品房若撤销备案后重新签订商品房买卖合同的个人,不享受财政契税补贴。",  # realestate_0197
    "2005年7月1日之前已在职者可选择保留旧制或转新制,两种年资分段计算。",   # a pension rule
    "对2021年11月24日前尚处于合同工期内的项目",                               # (the rule this extends)
])
def test_a_day_before_which_things_already_were_qualifies_them(text):
    assert [r for r in found(text, issue=D(2022, 8, 1)) if "9月1日以前" in r[0] or "之前" in r[0] or "24日前" in r[0]] == []


@pytest.mark.parametrize("text,raw", [
    ("主要污染物排放量继续下降;能耗强度目标在“十四五”规划期内统筹考核,并留有适当弹性", "“十四五”规划期内"),  # gwr_0022
    ("在“十五五”规划期间,我国计划修订《残疾人保障法》", "“十五五”规划期间"),                                 # a news summary of the plan
])
def test_a_plan_period_said_as_its_planning_period(text, raw):
    assert (raw, "period") in [r[:2] for r in found(text, issue=D(2022, 3, 5))]


def test_a_date_broken_over_lines_by_a_scrape():
    # elec_0001: a PDF scrape with every number on its own line
    text = "本次需求响应实施时间为\n2021\n年\n2\n月\n13\n日至\n2021\n年\n2\n月\n15\n日(农历正月初二至农历正月初四),每日\n0:00"
    assert ("2021\n年\n2\n月\n13\n日至\n2021\n年\n2\n月\n15\n日", "period", D(2021, 2, 15), D(2021, 2, 13), None) in found(
        text, issue=D(2021, 2, 2))
    # shgov_0040: a 计划完成时间 cell wrapped after its year
    text = "计划完成时间(完成复垦时间)\n\n备注\n\n江桥镇\n\n39\n\n221\n、253\n\n25\n\n14\n\n2014\n年12月底\n\n郊野单元\n\n南翔镇"
    assert found(text, issue=D(2014, 8, 12)) == [("2014\n年12月底", "by", D(2014, 12, 31), None, None)]
    # a bare year or month read across the breaks names a thing or dates the cover: no row
    text = "天津市\n2021\n年春节期间电力需求响应\n实施细则\n2021\n年\n2\n月\n目\n录\n"
    assert found(text, issue=D(2021, 2, 2)) == []
    # and a line break does not join a number cell to the next line's 年 … unless it is a date
    assert found("序号\n3\n年度目标\n", issue=D(2021, 2, 2)) == []


@pytest.mark.parametrize("text", [
    "经区相关管理部门申请、专家评估,现将 2022 年度上海市建筑废弃混凝土再生处理场所名录予以公布",  # shgov_0053
    "(三)加强调度督导。省级医保部门将 2021-2022年门诊费用跨省直接结算工作计划报送至国家医保局。",  # med_0003
    "现将2024年度住房公积金缴存基数调整有关事项通知如下",
])
def test_a_year_taken_as_the_object_of_jiang_names_a_thing(text):
    assert [r for r in found(text, issue=D(2021, 4, 12)) if r[1] in ("in", "period")] == []


@pytest.mark.parametrize("text,raw", [
    ("从今年起,国家财政将每年安排支出1030多亿元", "每年"),                      # gwr_0007
    ("到2020年,全国 2020 年底前基本建成", "2020 年底前"),
    ("国家卫生健康委于 2019 年,在全国启动", "2019 年"),                          # a PDF's spaces after 于
    ("(一)集中攻坚阶段。 2023年9月底前,全面排查", "2023年9月底前"),            # shgov_0060 with a PDF's space
])
def test_spaces_before_a_time_keep_what_it_says(text, raw):
    assert raw in [r[0] for r in found(text, issue=D(2019, 1, 16))]


@pytest.mark.parametrize("text,raw,date", [
    ("现向各单位征求意见。请于5月10日(星期五)17时前将反馈意见电子版和书面意见报送我局。",   # elec_0020
     "5月10日(星期五)17时前", D(2018, 5, 10)),
    ("于2018年4月27日(星期五)前通过市教委教育技术装备中心官网提交参评资料",                 # a Shanghai education notice
     "2018年4月27日(星期五)前", D(2018, 4, 27)),
    ("请完整填写参加者信息,并于2018年9月14日(星期五)前完成报名。",                          # an invitation
     "2018年9月14日(星期五)前", D(2018, 9, 14)),
])
def test_a_weekday_in_brackets_before_qian(text, raw, date):
    assert one(text, issue=D(2018, 4, 1))[:3] == (raw, "by", date)


def test_a_yearless_day_is_in_the_year_its_sentence_wrote():
    # govcn_0010 (issued 1997-02-04): a list of past earthquakes after the year of the first
    text = ("自1995年7月12日云南孟连中缅边界发生7.3级强震后,相隔仅半年多的时间,我国大陆地区相继发生了2月3日云南丽江7.0级、"
            "3月19日新疆阿图什6.9级、5月3日内蒙古包头西6.4级、11月9日南黄海6.1级和11月19日新疆喀喇昆仑7.1级中强地震或强震。")
    assert found(text, issue=D(1997, 2, 4)) == []
    # govcn_0054 (issued 2019-01-16) without its 每年: the 3月底前 after 2020年起 is 2020's (with 每年 it repeats
    # each year: test_year_less_times_in_a_yearly_schedules_sentence_repeat_yearly)
    text = "2020年起,2月底前各省份完成辖区内三级公立医院绩效考核工作,3月底前国家卫生健康委完成国家监测指标分析工作。"
    assert ("3月底前", "by", D(2020, 3, 31), None, None) in found(text, issue=D(2019, 1, 16))
    # a sentence end resets it: the issue year again (the guide's rule)
    text = "到2025年,全面建成。6月底前完成摸底排查。"
    assert ("6月底前", "by", D(2021, 6, 30), None, None) in found(text)


@pytest.mark.parametrize("text,issue,raw,start,date", [
    ("一、河北南网电力调峰辅助服务市场模拟运行自11月18日起至12月底止。模拟运行期间,各单位要做好组织保障",   # elec_0005
     D(2019, 11, 15), "自11月18日起至12月底", D(2019, 11, 18), D(2019, 12, 31)),
    ("本措施执行时间从2022年6月1日起,至2023年5月31日止,有效期1年。",                                    # realestate_0146
     D(2022, 5, 20), "从2022年6月1日起,至2023年5月31日", D(2022, 6, 1), D(2023, 5, 31)),
    ("自2024年6月20日起至2024年12月31日止购买新建商品住房的",                                           # (the form of days)
     D(2024, 6, 1), "自2024年6月20日起至2024年12月31日", D(2024, 6, 20), D(2024, 12, 31)),
])
def test_from_then_to_across_a_comma_or_to_a_months_end_is_one_period(text, issue, raw, start, date):
    assert found(text, issue=issue) == [(raw, "period", date, start, None)]


def test_from_alone_stays_from():
    assert found("自2025年1月1日起,新出让的土地项目按此执行", issue=D(2024, 6, 1)) == [
        ("自2025年1月1日起", "from", None, D(2025, 1, 1), None)]


def test_a_revision_year_closing_a_name_is_none_but_a_revision_to_make_says_when():
    # plan_0002 (a 分工方案): the year heads the clause and the revision is the task
    assert one("优化企业银行开户服务,2019年修订《人民币银行结算账户管理办法》及相关配套制度", D(2018, 8, 5))[:3] == (
        "2019年", "in", D(2019, 12, 31))
    assert one("主要措施:\n2018年修订形成并全面实施新版市场准入负面清单,建立信息公开平台", D(2018, 8, 5))[:3] == (
        "2018年", "in", D(2018, 12, 31))
    # shgov_0073, elec_0015: the revision that dates a name
    assert found("上海市消防安全重点单位界定标准\n(2025年修订)\n", D(2025, 1, 9)) == []
    assert found("关于印发《华北电力调峰辅助服务市场运营规则》(2019年修订版)的通知", D(2019, 10, 9)) == []


@pytest.mark.parametrize("text", [
    # plan_0024: a page's list of other news after the notice, as links with titles
    '## [【2026年4月21日】国内成品油价格下调](http://www.ndrc.gov.cn/xwdt/xwfb/202604/t20260421_1404789.html '
    '"【2026年4月21日】国内成品油价格下调")\n',
    # links to the previous page and to a gazette issue (other notices' pages)
    "[上一篇:省市场监管局2022年度重大行政决策事项目录](https://scjgj.jiangsu.gov.cn/art/2022/4/1/art_1.html)\n",
    "[政府公报 2024年 第21期(总第849期)](http://www.beijing.gov.cn/so/zcdh/gongbao/zfgbIndex?periodsNumber=849)\n",
])
def test_a_page_link_names_another_page(text):
    doc = _doc("一、总则\n到2025年建成。\n" + text, [], D(2022, 1, 1))
    extract_deadlines(doc)
    assert [d.raw for d in doc.deadlines] == ["到2025年"]


def test_rows_after_the_last_item_that_no_item_holds_go_under_it():
    # shgov_0039: a milestone table carried under a bare 附件 after the plan's last item, which readers put under
    # that item (optional); text before the first item keeps no path
    text = ("到2026年底完成整治。\n一、目标任务\n2026年应完成剩余1620亩。\n(一)宣传引导\n形成社会共识。\n附件\n\n整治任务表\n\n"
            "序号\n\n街镇\n\n3月底前完成20%\n\n6月底前完成60%\n")
    s1, s11, att = text.index("一、"), text.index("(一)"), text.index("附件")
    tasks = [Task("1", None, 1, "一、", "目标任务", s1, s11), Task("1.1", "1", 2, "(一)", "宣传引导", s11, att)]
    doc = _doc(text, tasks, D(2026, 2, 12))
    extract_deadlines(doc)
    assert [(d.raw, d.task_path) for d in doc.deadlines] == [
        ("到2026年底", None), ("2026年", "1"), ("3月底前", "1.1"), ("6月底前", "1.1")]


@pytest.mark.parametrize("text,issue", [
    # govprc_0009: a forecast's horizon
    ("根据我国原油生产和供应形势,预计到一九九五年原油加工量约达一亿三千五百万吨,现有的原油加工能力", D(1991, 6, 1)),
    # realestate_0176, realestate_0148: the land revitalised within the year is what the supply is based on
    ("按照“盘活多少、供应多少”的原则,根据年内盘活存量商品住宅用地面积(包括竣工和收回)动态确定", D(2024, 7, 1)),
    ("要按照“盘活多少、供应多少”的原则,根据本年度内盘活的存量商品住宅用地面积", D(2024, 7, 1)),
    # shgov_0022 (readers: optional): the day of the platform data a list is built from
    ("市幕墙办将根据2026年5月31日平台中各区核查确认情况,形成各区玻璃幕墙重大隐患年度动态清单。", D(2026, 3, 1)),
])
def test_a_forecast_horizon_or_the_time_of_a_basis_is_no_deadline(text, issue):
    assert found(text, issue) == []


@pytest.mark.parametrize("text,raws", [
    # plan_0009: the year between the subject and its verb of reaching
    ("电力发展适度超前,全省电力稳定供应能力2025年达到6000万千瓦。", ["2025年"]),
    ("风电、光伏发电装机规模2025年达到2500万千瓦以上、2030年达到4000万千瓦以上,抽水蓄能电站装机规模2030年达到2000万千瓦,",
     ["2025年", "2030年", "2030年"]),
    # gwr: a statistic of a year after the subject (history once the report is later)
    ("国内生产总值2000年达89404亿元,比上年增长8%", ["2000年"]),
])
def test_a_year_before_its_verb_of_reaching_says_when(text, raws):
    assert [r[0] for r in found(text, D(2000, 1, 1))] == raws


def test_a_year_qualifying_a_noun_inside_a_clause_still_names_it():
    assert found("做好2022年冬奥会申办工作", D(2021, 1, 1)) == []
    assert found("只适用2026年建成的项目", D(2025, 1, 1)) == []


def test_a_table_of_projects_written_as_text_dates_no_deadline():
    # plan_0009's 附件1—1 重大项目表, flattened one cell a line, each closed by its bar
    text = ("一、总体目标\n到2025年,全省电力稳定供应能力达到6000万千瓦。\n|\n序号 |\n项目名称 |\n装机规模(万千瓦) |\n"
            "起止年限 |\n|\n15 |\n风电、光伏发电项目 |\n全省 |\n各相关企业 |\n"
            "2025年达到2500万千瓦以上,2030年达到4000万千瓦以上 |\n1200 |\n2021-2030 |\n|\n30 |\n电力系统新型储能设施 |\n"
            "到2025年,新型储能规模200万千瓦左右 |\n")
    doc = _doc(text, [Task("1", None, 1, "一、", "总体目标", 0, len(text))], None)
    extract_deadlines(doc)
    assert [d.raw for d in doc.deadlines] == ["到2025年"]
    # an indicator table's header in a flattened cell still dates its column
    text = "一、主要指标\n|\n指标 |\n2025年目标值 |\n|\n覆盖率 |\n95% |\n"
    doc = _doc(text, [Task("1", None, 1, "一、", "主要指标", 0, len(text))], D(2021, 1, 1))
    extract_deadlines(doc)
    assert [d.raw for d in doc.deadlines] == ["2025年目标值"]


@pytest.mark.parametrize("text,issue", [
    ("坚持就业优先,以创业带动就业。今年高校毕业生749万人,为历史最高。", D(2015, 3, 5)),         # gwr_0016
    ("加强对灵活就业、新就业形态的支持。今年高校毕业生795万人,再创历史新高,要实施好就业促进", D(2017, 3, 5)),  # gwr_0018
    ("明显提高中小微企业返还比例。今年高校毕业生超过1000万人,要加强就业创业指导", D(2022, 3, 5)),  # gwr_0022
    ("运用“互联网+”发展新就业形态。今年高校毕业生820多万人,再创历史新高", D(2018, 3, 5)),       # gwr_0019
])
def test_the_size_of_the_years_graduates_describes_the_year(text, issue):
    assert found(text, issue) == []


@pytest.mark.parametrize("text", [
    "今年城镇新成长劳动力约1500万人,就业总量压力依然较大。",
    "今年全国普通高校毕业生将达到1076万人,要千方百计促进就业。",
])
def test_the_size_of_the_years_new_workforce_describes_the_year(text):
    assert found(text, D(2022, 3, 5)) == []


def test_a_verb_before_the_count_of_people_makes_it_work_for_the_year():
    # gwr_0016, gwr_0019: 减少贫困人口 and 进城落户 are acts
    assert one("难度再大,今年也要再减少农村贫困人口1000万人以上。", D(2015, 3, 5))[1] == "in"
    assert one("今年再进城落户1300万人,加快农业转移人口市民化。", D(2018, 3, 5))[1] == "in"


def test_the_work_for_the_years_graduates_still_says_when():
    # gwr_0016: 今年 heading a clause of work stays
    assert one("今年新增退耕还林还草66.7万公顷,造林600万公顷。", D(2015, 3, 5))[:3] == ("今年", "in", D(2015, 12, 31))


@pytest.mark.parametrize("title,year", [
    ("湖南省电力支撑能力提升行动方案(2022—2025年)", 2022),                    # plan_0009
    ("上海市加快推进绿色低碳转型行动方案(2024—2027年)", 2024),
    ("深圳市氢能产业创新发展行动计划(2024-2025年)", 2024),
])
def test_an_undated_plan_is_in_the_first_year_of_the_period_its_title_names(title, year):
    # plan_0009 has no issue date: its 今年内 is the plan's first year, and a day before it is background
    text = ("一、总体目标\n13个抽水蓄能电站今年内全部核准启动建设。\n二、支撑电源建设工程\n"
            f"{year - 2}年12月5日主体工程正式开工,确保{year}年内正式投产。\n")
    doc = _doc(text, [], issue=None)
    doc.title = title
    extract_deadlines(doc)
    assert [(d.raw, d.date) for d in doc.deadlines] == [("今年内", D(year, 12, 31)), (f"{year}年内", D(year, 12, 31))]


def test_a_schedule_that_publishes_is_still_a_schedule():
    # realestate_0147: published every year (the day a document was issued is none: 2022年5月18日印发的《…》)
    assert one("缴存金额可在市住房公积金管理中心每年公布的住房公积金月缴存额上下限范围内自主确定。", D(2024, 5, 1))[1:] == (
        "recurring", None, None, "yearly")
    assert found("按照2022年9月财政部、国家税务总局发布的《关于支持居民换购住房有关个人所得税政策的公告》", D(2023, 9, 1)) == []
    assert found("根据国务院2022年5月18日印发的《关于扎实稳住经济的一揽子政策措施》", D(2022, 6, 1)) == []


@pytest.mark.parametrize("text", [
    # plan_0025: a list of attached tables, each named with its year
    "附表:1\\. 2025年全市节能减排降碳工作主要目标\n\n2. 2025年各区节能目标\n\n3. 2025年重点企业煤炭控制目标\n",
    # shgov_0005: a list, then a bare 附表N over its table's title
    "附表:1.任务分工表\n\n2.交通子行业2025年光伏建设分配表\n\n附表2\n\n2025年交通子行业光伏建设分配表\n",
])
def test_a_list_of_attached_tables_names_tables(text):
    doc = _doc("一、主要目标\n到2025年建成。\n" + text, [], D(2025, 4, 22))
    extract_deadlines(doc)
    assert [d.raw for d in doc.deadlines] == ["到2025年"]


@pytest.mark.parametrize("text,issue", [
    # realestate_0053, realestate_0157, a fire-brigade notice: a time with 及以后/及以前 says who or what qualifies
    ("农村户籍、新落户(2021年3月20日及以后落户的)本县城镇居民不满3年的家庭", D(2022, 5, 1)),
    ("个人缴存基数低于2500元的,将无法办理3月及以后汇补缴业务", D(2025, 2, 28)),
    ("转办常住户口时,2020年及以前入职的本市政府专职消防员", D(2020, 6, 1)),
    # govcn_0054: the year measured by an indicator's formula
    ("计算方法:(本年度出院患者次均药品费用-上一年度出院患者次均药品费用)/上一年度出院患者次均药品费用×100%", D(2019, 1, 16)),
    ("计算方法:(本年度医疗收入-上一年度医疗收入)/上一年度医疗收入×100%", D(2019, 1, 16)),
    ("计算方法:本年度科技成果转化总金额/同期医院卫生技术人员数×100。", D(2019, 1, 16)),
    ("医院平均执业(助理)医师人数=(本年度人数+上一年度人数)/2。", D(2019, 1, 16)),
    # ninth doc_0064 (a tax notice on one line): a formula said with 为, its sentence only
    ("计算公式为:企业减免税总额=∑每名自主就业退役士兵本年度在本企业工作月份÷12×定额标准。", D(2014, 4, 29)),
    ("换算公式为:减免税限额=年度减免税限额÷12×实际经营月数,按本年度实际经营月数计算。", D(2014, 4, 29)),
])
def test_a_time_that_qualifies_or_is_measured_is_no_deadline(text, issue):
    doc = _doc(text, [], issue)
    extract_deadlines(doc)
    assert doc.deadlines == []


def test_a_formula_on_a_one_line_page_leaves_the_other_sentences_their_deadlines():
    text = "计算公式为:企业减免税总额=∑每名退役士兵本年度在本企业工作月份÷12×定额标准。企业应于2014年12月31日前备案。"
    doc = _doc(text, [], D(2014, 4, 29))
    extract_deadlines(doc)
    assert [d.raw for d in doc.deadlines] == ["2014年12月31日前"]


@pytest.mark.parametrize("text", [
    "依托单位应提交人员、项目、经费等,以及本年度发展计划形成年度报告,经依托单位审核后报市科委。",     # ninth doc_0024
    "3.自主就业退役士兵本年度在企业工作时间表(见附件);4.税务机关要求的其他相关材料。",                # ninth doc_0064
    "“顺序号”为本年度的自然顺序号。",                                                          # a filing rule
    "各单位本年度预算执行情况纳入考核。",
])
def test_this_routines_year_inside_a_clause_names_what_follows(text):
    assert found(text, D(2024, 3, 1)) == []


@pytest.mark.parametrize("text,raw", [
    ("本年度,全市计划新建保障性住房1000套。", "本年度"),
    ("各区要在本年度内完成摸底。", "本年度内"),
    ("本年底前完成验收。", "本年底前"),
])
def test_this_year_heading_its_clause_or_closed_says_when(text, raw):
    assert [r[0] for r in found(text, D(2024, 3, 1))] == [raw]


@pytest.mark.parametrize("text", [
    "税收优惠政策在2016年12月31日未享受满3年的,可继续享受至3年期满为止。",                     # ninth doc_0064
    "在2014年6月30日未享受满3年的,可继续享受至3年期满为止。",                                  # ninth doc_0064
    "2025年12月31日尚未取得不动产权证书的,不再给予补贴。",
    "截止2023年6月30日仍在保障期内的,按原标准执行。",
    "对2022年9月30日仍未开工的项目用地,依法收回。",
])
def test_the_state_a_day_finds_them_in_qualifies_who(text):
    assert found(text, D(2014, 4, 29)) == []


def test_a_schedule_in_a_condition_names_who_qualifies():
    # realestate_0006: the tax a firm pays each year sets its quota of residence permits
    text = "每年度实际纳税3000万至5000万元的,给予入户指标5个;每年度实际纳税1000万至3000万元的,给予入户指标3个。"
    assert found(text, D(2019, 3, 1)) == []
    assert [r[0] for r in found("生产经营单位应当每年至少组织一次综合应急预案演练。")] == ["每年"]


def test_a_time_limit_field_is_set_by_the_plan_even_once_past():
    # ninth doc_0025: a task tracker's 完成时限 line under its units, passed at issue (6 June 2019)
    text = ("4.建设全省统一公共支付系统。\n牵头单位:省政府办公厅、省财政厅\n参与单位:省发展改革委\n完成时限:2019年5月底\n"
            "5.推广“一窗式”综合受理服务。(牵头单位:省政府办公厅;完成时间:2019年3月底)\n"
            "6.截至2019年5月底,已建成网点20个。\n")
    doc = _doc(text, [], D(2019, 6, 6))
    extract_deadlines(doc)
    assert [(d.raw, d.date) for d in doc.deadlines] == [("2019年5月底", D(2019, 5, 31)), ("2019年3月底", D(2019, 3, 31))]


def test_a_year_compared_with_the_year_before_still_says_when():
    # gwr_0007: a sum the year provides, more than the year before
    assert one("中央财政今年安排再就业补助资金251亿元,比上年增加42亿元。", D(2006, 3, 5))[:2] == ("今年", "in")


def test_a_pdf_space_inside_this_year_is_no_break():
    # med_0027 (a PDF text layer), as a space inside 2025 年 is none (到 2025 年)
    assert one("同时,要指导定点医疗机构按规定及时做好院内财务处理。今 年9月底前各地要对2023年以前按照协议约定应付未付的医保基金",
               D(2024, 7, 17))[:3] == ("今 年9月底前", "by", D(2024, 9, 30))


def test_a_five_year_period_described_is_no_deadline_as_this_year_described_is_none():
    # gwr_0002, as 今年经济社会发展任务十分繁重 (gwr_0022)
    assert found("千方百计扩大就业。\n“十五”期间扩大就业的任务十分繁重。在保持较快经济增长的同时", D(2001, 3, 5)) == []
    assert found("今年经济社会发展任务十分繁重。", D(2022, 3, 5)) == []
    # the period's work stays
    assert one("“十五”期间要把全面贯彻党在农村的基本政策,加强农业基础地位", D(2001, 3, 5))[1] == "period"


def test_a_bare_time_dating_a_past_fact_is_history():
    # elec_0015: the year's revision already done, reported as the reason for the notice
    assert found("为进一步提升市场运营规则(以下简称《规则》)的公平性和科学性,今年我局组织相关单位以工作组的形式,"
                 "对《规则》进行了全面修订,经公开征求意见", D(2019, 10, 9)) == []
    # a plan's act stays, and so does a perfective inside what it explains (gwr_0007)
    assert one("今年在全国彻底取消农业税,标志着在我国实行了长达2600年的农业税从此退出历史舞台。", D(2006, 3, 5))[1] == "in"
    assert one("2019年底前完成全部改造,组织开展验收。", D(2019, 3, 1))[1] == "by"


@pytest.mark.parametrize("text,issue", [
    ("2001年,又撤销了9个国家行业主管局,进一步推进政企分开。", D(2001, 3, 5)),                        # gwr_0002's review
    ("2016年市农业农村委会同市规划资源局、市绿林业局联合下发了《关于进一步完善设施农业用地的通知》",
     D(2016, 10, 1)),                                                                                    # a Shanghai notice
    ("2019年5月,POPs公约第九次缔约方大会审议通过了关于PFOS类的修正案", D(2019, 6, 1)),                  # a ministry's notice
    ("2024年我区已累计完成约4180亩整治任务量,剩余1620亩整治任务量另行安排", D(2024, 12, 1)),            # shgov_0039
])
def test_a_bare_time_heading_a_clause_marked_done_is_a_past_fact(text, issue):
    assert [r for r in found(text, issue) if r[1] == "in"] == []


@pytest.mark.parametrize("text,issue", [
    ("今年要在已有工作基础上,以增强国际竞争力为目标", D(2002, 3, 5)),     # gwr_0003: 已有 is no 已
    ("今年赤字率保持不变,主要是为了进一步减税降费", D(2017, 3, 5)),       # gwr_0018: 为了 is no 了
])
def test_a_bare_time_before_yi_you_or_wei_le_still_says_when(text, issue):
    assert one(text, issue)[:2] == ("今年", "in")


def test_a_time_in_a_long_clause_naming_who_qualifies_is_none():
    # elec_0013: which retailers are checked (those active in that year's trading)
    assert found("依法对有关单位进行现场检查,重点检查在2018年江苏电力市场化交易中实际开展业务的售电企业。", D(2018, 11, 1)) == []
    # gwr_0006: 企业 inside a longer noun is no head; the year says when
    assert one("今年在全国多数地区基本解决历史遗留的国有企业下岗职工问题,今后企业裁员将逐步依法直接纳入失业保险", D(2005, 3, 5))[1] == "in"


# deadlines11 (seventh session): what the fifth collection's notices and the fourth's plans showed.

@pytest.mark.parametrize("text,issue,raw,start,date", [
    ("1.目标。2012年起5年内,大力实施“产业提升、科技创新”六大人才行动计划", D(2012, 5, 1),             # fifth doc_0010
     "2012年起5年内", D(2012, 1, 1), D(2016, 12, 31)),
    ("从今年起用两年时间,全部免除农村义务教育阶段学生的学杂费", D(2006, 3, 5),                          # gwr_0007
     "从今年起用两年时间", D(2006, 1, 1), D(2007, 12, 31)),
    ("总体目标:按照“一年初见成效,三年大见成效”的目标,从2016年起,利用三年时间,扶持建设具备一定规模的示范基地2个", D(2016, 5, 1),
     "从2016年起,利用三年时间", D(2016, 1, 1), D(2018, 12, 31)),                                          # pingtan_5321
    ("自2024年7月起三个月内,开展专项整治", D(2024, 6, 1), "自2024年7月起三个月内", D(2024, 7, 1), D(2024, 9, 30)),
    # the years the work is spread over, after the verb of its schedule (govcn_0009: audit16's DEA56)
    ("(一)扩大内地西藏初中班(校)招生规模,从1996年开始逐年扩招,分3年落实。", D(1996, 3, 1),
     "从1996年开始逐年扩招,分3年", D(1996, 1, 1), D(1998, 12, 31)),
    ("自2020年起分两年实施城镇老旧小区改造。", D(2020, 3, 1), "自2020年起分两年", D(2020, 1, 1), D(2021, 12, 31)),
])
def test_a_start_then_how_long_is_one_period(text, issue, raw, start, date):
    assert found(text, issue) == [(raw, "period", date, start, None)]


def test_a_schedule_inside_the_name_of_a_mechanism_is_none():
    # med_0014 (audit15's and audit16's note), thirteenth R_02 (its reader: optional, a mechanism's name)
    assert found("要建立健全每日报错治理机制、系统运维报告机制,及时处置系统问题。", D(2024, 1, 1)) == []
    assert found("落实领导干部包案接访下访、各级政府每月研究信访工作机制。", D(2024, 1, 1)) == []
    # a count of times or a second verb joined on is a schedule still
    assert [r[1] for r in found("每年开展一次评估并完善相关制度。", D(2024, 1, 1))] == ["recurring"]
    assert [r[1] for r in found("每季度召开一次联席会议,研究解决重大问题。", D(2024, 1, 1))] == ["recurring"]


def test_a_duration_from_an_event_stays_none():
    # realestate notices: the span runs from a day the calendar does not name
    assert found("申请人所购住房自获得购房补贴之日起2年内不允许上市交易", D(2023, 1, 1)) == []
    assert found("对放弃购房的家庭,自当次选房结束之日起两年内不得申请", D(2023, 1, 1)) == []


@pytest.mark.parametrize("text", [
    "按其年度地方经济贡献额给予五年奖励,其中前三年给予80%的奖励,后两年给予50%的奖励,每年最高奖励不超过5000万元。",  # doc_0003
    "储等方面发生的费用,按照不超过费用的50%给予补助,单户企业每年补贴上限为200万元。",                          # plan_0029
    "给予6万元奖励,每家企业每季度获得奖励上限为200万元、每年累计不超过500万元。",                            # plan_0029
    "补助标准由每人每年420元提高到450元",
    "按照企业实际支付额的50%给予补助,每家企业每年最高补助100万元。",                               # ninth doc_0021
    "按照规定给予最高500万元的开办经费,并每年给予不超过总运营支出30%、最高200万元的经费支持。",       # ninth doc_0022
    "经认定的示范企业每年最高可获得50万元奖励。",
    "对新引进的博士每月补贴3000元。",
    # a share of the grant paid each year (thirteenth T_01, realestate_0106)
    "鼓励企业入驻园区租赁工业标准厂房,给予前3年每年100%、后2年每年50%的租金补助。",
    "分别给予40万元、15万元、8万元、3万元的购房补贴,购房补贴分5年支付,每年支付比例为20%。",
    "入驻企业三年内每年按实际租金的50%给予补贴。",
    # sums or shares each group is granted per school year (realestate_0034, its line wrapped inside 分别)
    "幼儿在小班和中班期间,每学年分别减免保教费 150 元、300 元,",
    "就读市内义务教育学校,每学年分\n别减免就读学校课后服务费 15%、 25%。",
])
def test_a_cap_on_what_each_is_granted_per_period_is_a_rate(text):
    assert [r for r in found(text) if r[1] == "recurring"] == []


@pytest.mark.parametrize("text", [
    "法治副校长每学年参加2次以上学校校务或党组织会议。",          # thirteenth S_01's reader: yearly
    "(二)建立法治主题教育制度。引导学校每学年有序开展法治宣传周(月)活动。",
])
def test_a_school_year_repeats_yearly(text):
    assert [r[1:] for r in found(text)] == [("recurring", None, None, "yearly")]


@pytest.mark.parametrize("text", [
    "对各类V2G充换电设施给予不超过5元/千瓦时的放电补贴。每年奖补资金总额不超过2000万元。",     # plan_0020 (its reader: yearly)
    "每年贴息贷款总规模最高2000亿元",                                                             # realestate_0151
    "每年安排专项资金用于企业家队伍建设",                                                         # doc_0006
    # a share to reach each year is a yearly quota (plan_0023's 每年实现节能量1%)
    "推进系统节能与能量集成优化,每年实现节能量1%。",
])
def test_the_governments_own_sum_each_period_is_a_schedule(text):
    assert [r[1:] for r in found(text)] == [("recurring", None, None, "yearly")]


@pytest.mark.parametrize("text", [
    "各相关单位在项目投产达效后当年年末向县政府申报优惠政策奖励资料",   # doc_0003: the year the project pays off
    "小微贷款增速不低于上年年末水平",
    "企业应在获得补助的次年年底前提交绩效报告",
])
def test_the_end_of_a_year_named_before_it_is_not_the_issue_years(text):
    assert found(text) == []


def test_the_end_of_the_issue_year_written_in_full_stays():
    assert one("今年年底前完成改造")[:3] == ("今年年底前", "by", D(2021, 12, 31))
    assert one("2022年年末,全面建成")[:3] == ("2022年年末", "by", D(2022, 12, 31))


@pytest.mark.parametrize("text", [
    "单台设备5万元以上的,按其年末的地方财政贡献,给予“一事一议”奖励。",   # doc_0006
    "以年底的存量余额为准",
])
def test_a_years_end_before_de_names_what_follows(text):
    assert found(text) == []


@pytest.mark.parametrize("text, raws", [
    ("某省生态环境厅行政处罚裁量权规定\n第一条 为规范行政处罚,制定本规定。\n"
     "第二条 本规定所称“以下”不包括本数,“以上”包括本数,“年度”指公历每年的1月1日至12月31日,"
     "“月”指每月的1日至最后一日。\n第三条 各地应于2022年6月30日前完成自查。\n", ["2022年6月30日前"]),
    ("某市个人所得税办法\n第一条 本办法所称全员全额扣缴申报,是指扣缴义务人在每年3月1日至6月30日"
     "向主管税务机关报送。\n第二条 2023年12月31日前完成申报系统升级。\n", ["2023年12月31日前"]),
    # after a comma (realestate_0006: 本规定涉及的“年度”,指当年1月1日至12月31日)
    ("某市户籍迁入规定\n一、总则\n本规定涉及的“年度”,指当年1月1日至12月31日。\n"
     "二、2021年6月30日前完成系统对接。\n", ["2021年6月30日前"]),
])
def test_a_terms_definition_sets_no_deadline(text, raws):
    from pipeline.run import process_text

    assert [d.raw for d in process_text(text).deadlines] == raws


def test_a_target_with_its_own_span_of_years_takes_no_earlier_date():
    from pipeline.run import process_text

    # plan_0002 (a 分工方案 of 2018): the third clause's 五年内 counts from no calendar day
    doc = process_text("国务院办公厅关于印发全国深化放管服改革转变政府职能电视电话会议重点任务分工方案的通知\n"
                       "一、为促进就业创业降门槛\n(一)进一步压缩企业开办时间。\n"
                       "2018年底前将商标注册审查周期压缩至6个月,2019年底前进一步压缩至5个月,五年内压缩至4个月以内。\n"
                       "国务院办公厅\n2018年8月5日\n")
    deadlines = {t.span_text: t.deadline for t in doc.targets}
    assert deadlines.get("5个月") == D(2019, 12, 31)
    assert deadlines.get("4个月以内", "absent") is None


@pytest.mark.parametrize("text", [
    "特例单议实行按月结算的,要及时组织专家评议;实行年底统一清算的,要对特例单议按月给予一定比例的预拨。",   # med_0026
    "逾期不整改或者年内两次抽查质量不合格的,由市住房城乡建设管理部门予以通报。",                         # shgov_0023
    # eighth doc_0038: the year-end the condition named, again in its sentence
    "特例单议实行按月结算的,要及时组织专家评议;实行年底统一清算的,要对特例单议按月给予一定比例的预拨,年底再进行清算。",
    "实行年度内统一清算的,由统筹地区按季度预拨,年内完成清算。",
])
def test_a_yearless_end_or_within_in_a_condition_is_no_deadline(text):
    assert found(text) == []


def test_a_window_in_a_condition_still_dates_it():
    # realestate_0072, plan_0024: the window in which a purchase qualifies
    assert found("在6月1日—9月30日购买的,由财政部门给予300元/m2补贴", D(2022, 5, 20))[0][1:3] == (
        "period", D(2022, 9, 30))
    assert one("年内完成改造")[1] == "in"
    # a condition that names no year-end leaves a later 年底 of its sentence a deadline
    assert one("对排查发现问题的,要立即整改,年底全部完成销号。")[1:3] == ("by", D(2021, 12, 31))
    # the condition is looked for in the stretch read only, not in the text before it (a wrapper, a head)
    text = "实行年底统一清算的,要预拨年底完成。"
    assert [(d.raw, d.date) for d in parse_deadlines(text, 13, len(text), D(2021, 3, 1))] == [("年底", D(2021, 12, 31))]


def _target_deadlines(text):
    from pipeline.run import process_text

    return {t.span_text: t.deadline for t in process_text(text).targets}


def test_an_undated_notice_takes_the_latest_year_it_cites():
    from pipeline.run import process_text

    # doc_0004: a provincial notice forwarding 国发明电〔2014〕1号, no signature date
    doc = process_text("关于立即开展落实民生19项核查点情况意见通知\n"
                       "根据《国务院关于对稳增长促改革调结构惠民生政策措施落实情况开展全面督查的通知》(国发明电〔2014〕1号)要求,"
                       "现就有关事项通知如下。\n一、开展自查\n各市(州)于6月20日18:00前通过全省政府系统公文无纸化传输平台"
                       "向省政府报送自查报告。\n特此通知。\n")
    assert [(d.raw, d.date) for d in doc.deadlines] == [("6月20日18:00前", D(2014, 6, 20))]
    # a dated notice keeps its own year
    doc = process_text("某市人民政府办公室关于开展自查的通知\n根据《通知》(国发明电〔2014〕1号)要求,现通知如下。\n"
                       "一、开展自查\n各县于6月20日前报送自查报告。\n某市人民政府办公室\n2015年5月4日\n")
    assert [(d.raw, d.date) for d in doc.deadlines] == [("6月20日前", D(2015, 6, 20))]


@pytest.mark.parametrize("text,issue,raw,start,date", [
    ("推动煤电机组“三改联动”,2024、2025年计划合计完成煤电机组“三改联动”130万千瓦。", D(2024, 4, 1),   # plan_0029
     "2024、2025年", D(2024, 1, 1), D(2025, 12, 31)),
    ("2026、2027年,持续提升虚拟电厂数字化水平", D(2025, 6, 1), "2026、2027年", D(2026, 1, 1), D(2027, 12, 31)),
])
def test_two_years_in_a_row_sharing_one_nian_are_one_period(text, issue, raw, start, date):
    assert found(text, issue) == [(raw, "period", date, start, None)]


def test_years_each_with_its_nian_or_apart_stay_apart():
    # the pairing of a list of years with a list of values needs one row per year (在2024年、2025年和2026年分别达到…)
    assert [r[0] for r in found("在2024年、2025年和2026年分别达到60%、80%和100%", D(2023, 1, 1))] == [
        "2024年", "2025年", "2026年"]
    # 1998、1999年 in a later report is history (gwr_0003's review)
    assert found("1998、1999年连续遭受特大洪涝灾害。", D(2002, 3, 5)) == []


@pytest.mark.parametrize("text,issue,raws", [
    # one list of years, whatever joins it: its first year heads the clause for all, or none does
    ("力争2024年和2025年分别新增托位500个、800个。", D(2023, 6, 1), ["2024年", "2025年"]),
    ("2015年、2016年分别完成改造任务。", D(2015, 1, 1), ["2015年", "2016年"]),
    ("今年和2027年分别完成两批试点。", D(2026, 2, 1), ["今年", "2027年"]),
    ("做好2024年和2025年防汛抗旱工作。", D(2024, 1, 1), []),
    ("按照2015、2016年两年行动计划的工作目标推进。", D(2015, 1, 1), []),
])
def test_a_list_of_years_heads_its_clause_from_its_first(text, issue, raws):
    assert [r[0] for r in found(text, issue)] == raws


def test_zhi_opening_another_word_after_a_quoted_name_is_no_definition():
    from pipeline.run import process_text

    # plan_0009: “获得电力”指数 is an index, its clause's 2025年 still says when
    doc = process_text("某省电力支撑能力提升行动方案\n一、主要目标\n“获得电力”指数到2025年达到国内一流水平。\n")
    assert [d.raw for d in doc.deadlines] == ["到2025年"]


def test_a_covering_notices_own_orders_set_deadlines():
    # med_0017: the wrapper orders a clean-up and a report before the rules it issues; shgov_0049 extends
    # a regulation's term; realestate_0157's wrapper changes a rate from a day; shgov_0039's attachment list
    # names a document (its year is none), and the signature's date is the notice's own
    from pipeline.metadata import read_metadata
    from pipeline.normalise import normalise
    for raw, rows in [
        ("卫生部关于印发《卫生部关于医疗机构审批管理的若干规定》的通知\n各省、自治区、直辖市卫生厅局:\n"
         "我部制定了《卫生部关于医疗机构审批管理的若干规定》,现印发给你们,请遵照执行。\n各省级卫生行政部门接到本通知后,应当于今年年底前"
         "对本行政区域内已批准设置的医疗机构进行一次清理整顿。请各省级卫生行政部门于2009年3月31日 前将清理整顿情况报我部医政司。\n"
         "卫生部\n二〇〇八年六月二十四日\n卫生部关于医疗机构审批管理的若干规定\n一、严格医疗机构设置审批管理\n(一)严格医疗机构设置审批。\n",
         [("今年年底前", D(2008, 12, 31)), ("2009年3月31日 前", D(2009, 3, 31))]),
        ("上海市交通委员会关于继续实施《上海市乡镇渡口管理办法》的通知\n各有关单位:\n经市交通委2025年第7次主任办公会议审议通过,"
         "《上海市乡镇渡口管理办法》继续实施,有效期延长至2030年7月10日止。\n特此通知。\n上海市交通委员会\n2025年7月7日\n"
         "上海市乡镇渡口管理办法\n第一条 为了加强本市乡镇渡口管理,保障渡运安全,制定本办法。\n第二条 本办法适用于本市行政区域内的乡镇渡口。\n",
         [("至2030年7月10日", D(2030, 7, 10))]),
        ("上海市嘉定区人民政府关于印发《2026年嘉定区违法用地综合整治实施方案》的通知\n各镇人民政府,区政府各委、办、局:\n"
         "《2026年嘉定区违法用地综合整治实施方案》已经区政府同意,现印发给你们,请认真按照执行。\n附件:2026年嘉定区违法用地综合整治实施方案\n"
         "上海市嘉定区人民政府\n2026年2月12日\n2026年嘉定区违法用地综合整治实施方案\n一、工作目标\n(一)拆除违法用地。\n", []),
    ]:
        doc = Document(source_file="t", raw=raw)
        normalise(doc)
        read_metadata(doc)
        extract_deadlines(doc)
        assert [(d.raw, d.date) for d in doc.deadlines if d.task_path is None] == rows


@pytest.mark.parametrize("text,issue,raw,start", [
    # seventh doc_0009 (a national notice of 2024-10-25), holdout7 h7_04 (a city plan of 2024)
    ("(三)提高本专科生国家助学金资助标准。从2024年秋季学期起,将本专科生(含预科生,不含退役士兵学生)国家助学金平均资助标准",
     D(2024, 10, 25), "从2024年秋季学期起", D(2024, 9, 1)),
    ("(一)提高普通高中国家助学金资助标准。从2025年春季学期起,将普通高中国家助学金平均资助标准由每生每年2000元提高到2300元",
     D(2024, 10, 25), "从2025年春季学期起", D(2025, 3, 1)),
    ("每学期互派交流教师不少于10人次。自2024年秋季学期起,帮扶成效纳入学校年度考核。", D(2024, 5, 1),
     "自2024年秋季学期起", D(2024, 9, 1)),
])
def test_a_school_term_opening_a_time_starts_on_its_first_month(text, issue, raw, start):
    assert found(text, issue) == [(raw, "from", None, start, None)]


def test_a_school_term_alone_or_its_end_dates_nothing():
    # a term names no last day: the year alone is read as before (here it names the work)
    assert found("做好2024年秋季学期国家助学金名额增补工作", D(2024, 3, 1)) == []
    # 前 a term: the day before it begins
    assert found("确保2025年秋季学期前全部投入使用", D(2025, 3, 1)) == [
        ("2025年秋季学期前", "by", D(2025, 8, 31), None, None)]


def test_a_range_of_sums_per_year_is_a_rate():
    # seventh doc_0009: 每生每年2500—5000元 is what each student gets, as 每生每年3300元 is
    assert found("具体标准由高校在每生每年2500—5000元范围内自主确定,可以分为2—3档。") == []
    assert found("平均资助标准由每生每年3300元提高到3700元") == []
    assert [r[0] for r in found("每年安排专项资金1000万元")] == ["每年"]


@pytest.mark.parametrize("text", [
    "二、“十五五”时期经济社会发展把握的重要要求\n",                 # seventh doc_0022
    "全会明确了“十五五”时期全省经济社会发展的总体要求:坚持",         # realestate_0143
    "“十五五”时期我省经济社会发展的指导思想是:坚持",                 # seventh doc_0021
])
def test_a_time_opening_the_requirements_says_how_to_work(text):
    assert found(text, D(2026, 1, 31)) == []


def test_a_time_opening_the_goals_still_says_when():
    assert [r[0] for r in found("今年经济社会发展的主要预期目标是:", D(2026, 1, 31))] == ["今年"]


@pytest.mark.parametrize("text,issue", [
    # pages run onto one line: the attachment list and the attachment's heading inside the text
    ("在幼儿园、小学、中学开设加强环卫意识相关的教育活动。附件:2015、2016年环卫设施建设任务分解表(联系人:高仁琛)",
     D(2015, 1, 1)),                                                               # seventh doc_0025
    ("年完成有效投资2.48亿元。 附件:2016年平潭综合实验区生态环境保护工作要点分工表 附件2016年平潭综合实验区生态环境保护工作要点分工表",
     D(2016, 3, 30)),                                                              # seventh doc_0027
    ("做好相关迎检准备。 附件:2016年促进就业工作目标责任制任务分解表 平潭综合实验区管委会办公室", D(2016, 6, 22)),  # pingtan_4778
    ("附件:1.2024年汛期重点时段工作安排", D(2024, 4, 1)),                             # holdout5 h5_05
])
def test_a_time_right_after_fujian_names_the_attachment(text, issue):
    assert found(text, issue) == []


def test_a_year_after_years_listed_heads_its_clause_as_the_first_does():
    # seventh doc_0025: the years name the plan (after 按照); a list heading its clause still says when
    assert found("(二)投资规模按照2015、2016年两年行动计划的工作目标,结合我区已建、在建的环卫设施", D(2015, 1, 1)) == []
    assert [r[0] for r in found("。2015年、2016年分别完成10座、7座", D(2015, 1, 1))] == ["2015年", "2016年"]


@pytest.mark.parametrize("text,issue,rows", [
    # seventh doc_0026: the months and days after 每年 in its sentence are the yearly settlement's
    ("于每年5月31日和11月30日各结算一次,并分别于6月上旬和12月上旬之前将拖拉机报废补贴资金结算汇总表(附件5)上报区经济发展局",
     D(2015, 12, 1), ["每年5月31日", "11月30日", "6月上旬", "12月上旬之前"]),
    # govcn_0054: each year's 2月底前 and 3月底前
    ("2020年起,每年2月底前各省份完成辖区内三级公立医院绩效考核工作,3月底前国家卫生健康委完成国家监测指标分析工作。",
     D(2019, 1, 30), ["每年2月底前", "3月底前"]),
    # shgov_0012: a yearly care schedule (its winter a span into the next year, one row)
    ("白玉兰每年花后(4月份)追肥一次、冬季休眠期(12月-翌年1月)施基肥一次。", D(2024, 5, 1), ["每年", "4月份", "12月-翌年1月"]),
])
def test_year_less_times_in_a_yearly_schedules_sentence_repeat_yearly(text, issue, rows):
    got = [r for r in found(text, issue) if r[0] != "2020年起"]
    assert [(r[0], r[1], r[2], r[4]) for r in got] == [(raw, "recurring", None, "yearly") for raw in rows]


def test_a_year_less_time_after_the_yearly_sentence_is_the_issue_years():
    assert found("每年开展一次评估。10月底前完成首轮评估。", D(2016, 3, 1))[1] == ("10月底前", "by", D(2016, 10, 31), None, None)
    # holdout8 h8_01: a 每年 counting how often, with no time of the year in its clause; a later clause's day is this year's
    assert found("为65岁及以上老年人每年提供1次免费健康体检,9月30日前完成全年老年人健康体检任务的80%。", D(2023, 3, 14))[1] == (
        "9月30日前", "by", D(2023, 9, 30), None, None)
    assert found("每个县区每年举办家长课堂不少于4期,6月底前完成上半年课程。", D(2023, 3, 14))[1] == (
        "6月底前", "by", D(2023, 6, 30), None, None)
    # a year written keeps its own date
    assert ("2025年6月底前", "by", D(2025, 6, 30), None, None) in found("每年开展一次,2025年6月底前完成首轮", D(2024, 3, 1))


@pytest.mark.parametrize("text,raw", [
    ("并于每季度第三个月20日前,将《拖拉机报废补贴信息汇总表》(附件4)一式2份报", "每季度第三个月20日前"),   # seventh doc_0026
    ("(一)市电力公司应于每季度第二个月底前,严格按照本市奖励目录", "每季度第二个月底前"),               # shgov_0004
])
def test_the_month_of_each_quarter_is_part_of_the_schedule(text, raw):
    assert found(text) == [(raw, "recurring", None, None, "quarterly")]


@pytest.mark.parametrize("text,issue", [
    # govcn_0010: a report of February 1997 on the meeting its bureau held in January
    ("我局于1997年1月7日至11日召开1997年度全国地震趋势会商会,对今后几年,主要是1997年地震趋势进行了分析", D(1997, 2, 4)),
    # realestate_0066 (issued 2023-07-01): which deposits may be deferred, a window closed at issue
    ("公路水路交通在建项目在2023年1月1日至6月30日期间应缴纳的工程质量保证金,自应缴之日起可缓缴一个季度。", D(2023, 7, 1)),
])
def test_a_window_closed_before_issue_is_history(text, issue):
    assert found(text, issue) == []


def test_a_window_still_open_at_issue_stays():
    # realestate_0123: an extension that restates its whole window, begun before issue and open after it
    text = "将购房补贴政策由2024年6月30日延长到2024年12月31日。即2023年7月1日至2024年12月31日期间,在中心城区购买新建商品住房"
    assert ("2023年7月1日至2024年12月31日期间", "period", D(2024, 12, 31), D(2023, 7, 1), None) in found(text, D(2024, 7, 1))


@pytest.mark.parametrize("text,issue", [
    # eighth doc_0042, seventh doc_0027, pingtan_4778: a crawled page's printing note before its 来源
    ("中国联通平潭分公司总经理 平潭综合实验区管委会办公室 2020年5月7日印发 来源:平潭综合实验区经济发展局", D(2020, 4, 30)),
    ("平潭综合实验区管委会办公室 2016年6月22日印发 来源:平潭综合实验区管委会办公室", D(2016, 6, 1)),
])
def test_a_printing_note_before_the_pages_source_is_no_deadline(text, issue):
    assert found(text, issue) == []


@pytest.mark.parametrize("text", [
    "(一)关于“十五五”时期发展的时代背景。",           # eighth doc_0032's explanation of the plan
    "(三)关于“十五五”时期发展的主要目标。",
    "现将关于2026年度重点工作的安排通知如下",
])
def test_the_topic_after_guanyu_is_no_deadline(text):
    assert found(text, D(2026, 1, 20)) == []


@pytest.mark.parametrize("text,issue,raw,date", [
    # eighth doc_0034: a half-year between the subject and the verb of its approval
    ("1.争取《海坛国家级风景名胜区总体规划(修编)》上半年获批。", D(2016, 3, 1), "上半年", D(2016, 6, 30)),
    # plan_0024-style: a year between the subject and the verb of reaching (the existing form)
    ("抽水蓄能电站装机规模2030年达到2000万千瓦", D(2022, 1, 1), "2030年", D(2030, 12, 31)),
])
def test_a_time_right_before_its_verb_says_when(text, issue, raw, date):
    assert found(text, issue) == [(raw, "in", date, None, None)]


def test_an_orders_signer_and_a_signature_date_ocr_left_without_its_day_are_no_deadlines():
    # eighth doc_0002: a State Council order signed by the premier, the page run onto one line
    text = "现公布《中华人民共和国环境保护税法实施条例》,自2018年1月1日起施行。总理 李克强 2017年12月25日\n\n第一条 到2020年完成。"
    doc = _doc(text, [], None)
    extract_deadlines(doc)
    assert [d.raw for d in doc.deadlines] == ["到2020年"]
    # a provincial order signed by the governor
    doc = _doc("现公布《某省养老服务条例实施办法》,自2020年3月1日起施行。省长 王某某 2019年12月30日\n", [], None)
    extract_deadlines(doc)
    assert doc.deadlines == []
    # eighth doc_0013, doc_0014: the signature's day lost in OCR; doc_0012: its month garbled (190月)
    for text, issue in [("现印发给你们,请遵照执行。\n特此通知。\n自然\n重世市资局\n2022年12月\n附件", D(2022, 12, 12)),
                        ("五、…由市城乡建设委员会负责。\n杭州市城乡建设员会\n杭州市规划和自然资源杭州(公\n2024年11月\n- 2 -", D(2024, 11, 1)),
                        ("现印发你们,请遵照执行。\n西安市自然资源和规划局\n2020年190月29日\n任务09结果", D(2020, 9, 30))]:
        doc = _doc(text, [], issue)
        extract_deadlines(doc)
        assert doc.deadlines == [], text
    # another month alone on its line (a table's time limit) stays a deadline
    doc = _doc("完成时限\n市发展改革委\n2024年12月\n", [], D(2024, 11, 1))
    extract_deadlines(doc)
    assert [d.raw for d in doc.deadlines] == ["2024年12月"]


def test_a_year_inside_a_term_a_glossary_defines_is_no_deadline():
    # eighth doc_0032: a work report's appended glossary; the note itself may still set a time
    text = ("三、2026年工作安排\n今年要办好10件民生实事。\n附件\n《政府工作报告》有关内容名词注释\n"
            "1.“2030启航计划”:面向2030年及长远发展,发挥有组织基础研究先导与源头作用的科技专项计划。\n"
            "11.“2030先锋工程”:到2030年,实施20个左右重大专项。\n"
            "20.2026年10件民生实事:加大重点群体就业创业支持力度。\n")
    doc = _doc(text, [], D(2026, 1, 27))
    extract_deadlines(doc)
    assert [d.raw for d in doc.deadlines] == ["2026年", "今年", "到2030年"]
    # a glossary headed 名词解释 (a provincial report's), its terms numbered (1)
    text = "名词解释\n(1)2025年十大工程:指…。\n"
    doc = _doc(text, [], D(2025, 1, 20))
    extract_deadlines(doc)
    assert doc.deadlines == []
    # without a glossary, a numbered heading's year before its colon says when
    doc = _doc("1.2025年目标:全市新建学校10所。\n", [], D(2024, 12, 1))
    extract_deadlines(doc)
    assert [d.raw for d in doc.deadlines] == ["2025年目标"]


@pytest.mark.parametrize("text", [
    # a time inside a condition closing with 的, then a bracket, a comma or what those who meet it get (deadlines19)
    "年内被省、市书面通报表扬的分别奖10分、5分",                                    # tenth P_01
    "近3年每年应税收入超过上一年度全市职工平均工资一定倍数的(企业注册在城六区的为8倍,注册在其他区域的为6倍);",  # tenth Q_02
    "每年度在我市实际纳税5000万至1亿元人民币或等值外币(最高值含本数,下同)的,给予入户指标8个;",  # realestate_0006
    "购房者在2024年有义务教育阶段起始年级新生入学需求的可以排队或抽签入学。",          # realestate_0199
    "每月考核排名后三位的不予拨付奖补资金。",
    # right after 对: what is acted on (realestate_0207, realestate_0066, shgov_0057, fourth plan_0024)
    "对2024年3月31日之前供应,目前尚未开工以及开工未竣工的房地产用地,建立处置清单。",
    "对每月通行次数在30次及以上的客运班线客车,车辆通行费给予八五折优惠。",
    "物业公司对每天产生的建筑装潢垃圾做好临时围挡。",
    "对2024年6月1日起已参加家电以旧换新活动的,按照新增5%补齐差额补贴。",
    # 到 after a verb of thinking (gwr_0011)
    "这样的安排主要是考虑到今年财政收支矛盾仍然十分突出。",
    # the document's own validity (extra shgov_0015, realestate_0094, realestate_0128)
    "本办法有效期自2026年1月1日起至2027年12月31日止。",
    "本措施由县住建局会同县财政局负责解释,有效期为2023年9月1日至2024年8月31日。",
    "本政策有效期自发布之日起至2023年12月31日止。",
    "本措施解释权由各责任单位负责,有效期为2023年9月23日至2023年12月31日。",  # realestate_0091
    "本通告有效期为2023年9月1日至2024年8月31日。",
    "本实施细则有效期为2023年9月1日至2024年8月31日。",
    # the end of a span whose start is a cycle's year, no time read (tenth Q_04); months of another year (govcn_0054)
    "1.次年1月至8月,用人单位通过系统向主管单位提交毕业生信息。",
    "三级公立医院绩效考核工作按照年度实施,考核数据时间节点为上一年度1月至12月。",
    # how often each one may draw on a right (realestate_0129, realestate_0077, realestate_0116)
    "(二)无房职工租赁自住住房可每年申请提取一次住房公积金。",
    "自购房合同备案登记之日起五年内可每年申请提取一次住房公积金,累计提取金额不超过房款总额。",
    "缴存人每年度办理租房提取次数由一次提取调整为多次提取,每个月不超过一次。",
    # a period weighed up (gwr_0025, med_0003, realestate_0143)
    "要深入分析“十五五”时期新的阶段性特征,科学确定发展目标。",
    "省级医保部门统筹“十四五”时期医疗保障制度改革和制度运行。",
    "准确把握“十五五”时期经济社会发展的重大意义、指导思想、主要目标。",
    # the positioning it states (realestate_0143)
    "全会提出了“十五五”时期全省经济社会发展的战略定位,着力建设国家资源型经济转型综合配套改革试验区。",
    "明确“十四五”时期城市发展的功能定位。",
    # a forecast's year (govcn_0010)
    "2021年,我国大陆发生7级以上地震的可能性较大。",
])
def test_times_that_say_who_or_what_not_when(text):
    assert found(text) == []


def test_still_deadlines_beside_the_conditions():
    assert one("有效期延长至2030年7月10日止。")[:3] == ("至2030年7月10日", "by", D(2030, 7, 10))
    assert one("2.单位领导班子部署河长制相关工作,年内至少3次。")[:3] == ("年内", "in", D(2021, 12, 31))
    assert one("生产经营单位应当每年至少组织一次综合应急预案演练。")[4] == "yearly"
    assert one("中央提出今年经济增长预期目标为8%左右。")[:2] == ("今年", "in")
    assert one("2022年,完成老旧小区改造100个,改造后的小区达到绿色社区标准。")[:2] == ("2022年", "in")


def test_a_title_year_after_its_place_dates_an_undated_notice():
    # tenth P_01: 石城县2018年度…考核细则, no issue date written
    doc = _doc("2.年内查处非法捕捞案件10例以上。", [], None)
    doc.title = "石城县2018年度河长制湖长制工作责任单位目标管理(绩效)考核细则"
    extract_deadlines(doc)
    assert [(d.raw, d.date) for d in doc.deadlines] == [("年内", D(2018, 12, 31))]
    doc = _doc("2.年内查处非法捕捞案件10例以上。", [], None)
    doc.title = "放射性药品管理办法(2024 年修订)"
    extract_deadlines(doc)
    assert [(d.raw, d.date) for d in doc.deadlines] == [("年内", None)]


@pytest.mark.parametrize("text,raw,kind,date,rec", [
    # PDF text hard-wrapped (or its wraps joined by a space) inside a time's words (deadlines19: labelled texts wrapped at
    # 35 characters lost these; a number itself is never split by a wrap)
    ("各地要在2025年\n底前完成改造。", "2025年\n底前", "by", D(2025, 12, 31), None),
    ("2025年12月 底前完成改造。", "2025年12月 底前", "by", D(2025, 12, 31), None),
    ("生产经营单位应当每\n年至少组织一次演练。", "每\n年", "recurring", None, "yearly"),
    ("今\n年要再完成棚户区住房改造600万套。", "今\n年", "in", D(2021, 12, 31), None),
    ("全部工作于年\n底前完成。", "年\n底前", "by", D(2021, 12, 31), None),
    ("力争年 内全部开工。", "年 内", "in", D(2021, 12, 31), None),
    ("“十四\n五”期间,全省公水联运集装箱比例年均增长15%以上。", "“十四\n五”期间", "period", D(2025, 12, 31), None),
])
def test_a_time_wrapped_inside_its_words_still_reads(text, raw, kind, date, rec):
    assert one(text)[:3] == (raw, kind, date) and one(text)[4] == rec


def test_a_number_broken_over_lines_still_names_no_bare_time():
    # a scrape putting each number on its own line: a bare year there names a thing
    assert found("2021\n年春节期间电力需求响应方案") == []


def test_a_quarter_or_half_year_past_at_issue_is_history_as_a_month_is():
    issue = D(2024, 6, 20)
    assert found("2024年第一季度,全市地区生产总值增长5%。", issue) == []
    assert found("一季度,全市新开工项目120个。", issue) == []
    assert [r[0] for r in found("2024年下半年,开展信用信息核查。", issue)] == ["2024年下半年"]
    assert [r[0] for r in found("三季度要取得明显成效。", issue)] == ["三季度"]
    assert [r[0] for r in found("2024年上半年,全市完成投资100亿元。", issue)] == ["2024年上半年"]  # not yet over


@pytest.mark.parametrize("text,rows", [
    # a 前 closing a list of days covers each (shgov_0018)
    ("各港口经营人应分别在9月4日和10月8日之前将上一月度交接单报送。",
     [("9月4日", "by", D(2021, 9, 4)), ("10月8日之前", "by", D(2021, 10, 8))]),
    ("分别于8月和9月前完成。", [("8月", "by", D(2021, 7, 31)), ("9月前", "by", D(2021, 8, 31))]),
    # the latest day written as a bound before it (realestate_0156)
    ("最晚申领消费券时间不超过2021年8月31日下午5点30分。", [("2021年8月31日", "by", D(2021, 8, 31))]),
    ("申请材料应不晚于2021年9月30日提交。", [("2021年9月30日", "by", D(2021, 9, 30))]),
])
def test_a_bound_written_around_a_day_makes_it_by(text, rows):
    assert [r[:3] for r in found(text)] == rows


def test_the_start_of_each_period_is_a_schedule():
    # shgov_0004: 于每年初发布全年的扶持项目申报工作通知 (初 after a year alone is vague: 2021年初)
    assert one("市发展改革委于每年初发布全年的扶持项目申报工作通知。")[:2] == ("每年初", "recurring")
    assert one("各区每月初报送上月数据。")[4] == "monthly"
    assert found("2021年初,完成改造。") == []


def test_the_documents_own_start_where_its_clause_names_the_place():
    # extra elec_0006: 现予印发,相关条款自2019年10月1日起在蒙西电网实施,请认真遵照执行
    assert found("现予印发,相关条款自2021年10月1日起在蒙西电网实施,请认真遵照执行。") == []
    # a start with an object is the policy's (自X起在全市实施垃圾分类制度)
    assert one("自2021年10月1日起在全市实施垃圾分类制度。")[:2] == ("自2021年10月1日起", "from")


def test_a_period_counted_per_head_is_a_rate():
    # lawref_0009 (aligned in the twelfth session): 每人每年义务植树3至5棵, a count per head and year
    assert found("应当依法履行植树义务,每人每年义务植树3至5棵。") == []
    assert found("每名学生每天校内体育活动时间不少于1小时。") == []
    # a schedule of a body or a place stays
    assert one("每个街道每年至少开展2次活动。")[4] == "yearly"
    assert one("联席会议每年召开一次例会。")[4] == "yearly"


@pytest.mark.parametrize("text", [
    # realestate_0053 (the twelfth end auditors' DEA06): twelve months from an event, written without 个
    "调整时间最长不超过取得《建筑工程施工许可证》之日起12月内,并承诺在办理最后一批次商品房预售许可前缴纳。",
    "自合同签订之日起6月内办理完毕。",
    "在取得不动产权证书后3月内申请补贴。",
])
def test_a_month_count_after_an_event_is_a_duration(text):
    assert found(text) == []


def test_a_calendar_month_before_nei_is_still_a_month():
    assert one("12月内完成全部整改。")[:3] == ("12月内", "in", D(2021, 12, 31))


@pytest.mark.parametrize("text", [
    # gwr_0013 (DEA22), realestate_0143 (DEA53 and its next sentence), gwr_0007
    "今年改革的重点任务是:",
    "全会提出了“十五五”时期全省经济社会发展的重点任务。",
    "全会强调,“十五五”时期全省经济社会发展必须遵循以下原则,坚持党的全面领导、坚持人民至上。",
    "今年政府工作必须把握好以下原则:一是坚持稳中求进。",
])
def test_a_time_naming_the_key_tasks_or_principles_of_its_work_says_no_when(text):
    assert found(text) == []


def test_the_goals_a_year_opens_still_say_when():
    assert one("今年经济社会发展的主要预期目标是:")[:2] == ("今年", "in")


@pytest.mark.parametrize("text,issue,raw,date", [
    # eleventh Y_01: a word of manner between the time and its verb
    ("推动信丰电厂一期项目2台机组2022年上半年按期投产、安全稳定运行。", D(2022, 3, 1), "2022年上半年", D(2022, 6, 30)),
    ("加快500千伏输变电工程建设,确保工程2026年如期建成。", D(2026, 2, 1), "2026年", D(2026, 12, 31)),
    ("全市老旧小区2025年全部完成改造。", D(2024, 2, 1), "2025年", D(2025, 12, 31)),
])
def test_a_time_before_its_verb_and_a_word_of_manner_says_when(text, issue, raw, date):
    assert found(text, issue) == [(raw, "in", date, None, None)]


def test_a_year_naming_the_projects_a_verb_makes_a_noun_of_is_no_deadline():
    # eighth doc_0037: a table's heading run onto one line
    assert found("合计 2912 2016年基本建成项目1流水安置小区(C区南片)1181", D(2016, 5, 1)) == []


def test_a_year_within_which_the_qualifying_projects_were_done_is_no_deadline():
    # shgov_0004: 年内 closed by 内 qualifies the projects as a bare year does
    assert found("2020年内完成备案并开工、2021年6月底之前建成并网的项目,可享受2020年的奖励标准。", D(2020, 3, 1)) == []
    # plan_0002: what the year's share counts is still its target's time
    assert one("年内随机选取的常规稽查对象数占比不低于80%。", D(2018, 8, 1))[:2] == ("年内", "in")


def test_the_notices_own_start_with_kaishi_before_its_verb():
    # eighth doc_0014
    assert found("现予印发,自2024年12月1日起开始施行。", D(2024, 11, 20)) == []
    assert found("本办法自2025年1月1日起正式施行。", D(2024, 11, 20)) == []


def test_a_window_from_the_notices_own_day_without_qi():
    # realestate_0199 writes both
    for text in ("政策执行期:发文之日至2024年12月31日。", "政策执行期:发文之日起至2024年12月31日。"):
        assert one(text, D(2024, 3, 1))[1:3] == ("period", D(2024, 12, 31))


def test_the_years_favourable_conditions_describe_it():
    # gwr_0007
    assert found("从当前国际环境和国内形势看,今年经济发展的有利条件很多,但制约发展的矛盾也不少。") == []
    assert found("今年面临的不确定因素增多。") == []


@pytest.mark.parametrize("text", [
    # tenth P_02: a scoring rule's condition closed by its penalty, with no 的
    "查处破坏渔业资源案件,年内无案例不得分,得3分。",
    "年内未开展巡河不得分。",
    "年内发生一次重大水污染事件扣5分。",
])
def test_a_year_less_time_in_a_scoring_condition_closed_by_its_penalty(text):
    assert found(text) == []


def test_a_time_to_reach_beside_a_score_still_reads():
    assert one("2.单位领导班子部署河长制相关工作,年内至少3次,得2分。")[:2] == ("年内", "in")


@pytest.mark.parametrize("text,raw", [
    # 数/量 opening a word after the verb: the year says when (the end review's sentences)
    ("规模以上工业企业2025年实现数字化转型。", "2025年"),
    ("新能源汽车生产线2026年实现量产。", "2026年"),
    ("全市政务部门2025年完成数据共享。", "2025年"),
    ("省级枢纽节点2025年建成数据中心。", "2025年"),
])
def test_a_year_before_its_verb_and_a_word_opening_with_shu_or_liang_says_when(text, raw):
    assert [r[:2] for r in found(text, D(2024, 2, 1))] == [(raw, "in")]


@pytest.mark.parametrize("text", [
    # the count or rate of what the verb makes, which the year names (a table's headings run together)
    "合计 2912 2024年完成率 98%",
    "全市粮食2024年实现量达到300万吨。",
])
def test_a_year_naming_a_count_or_rate_of_its_verb_is_no_deadline(text):
    assert found(text, D(2024, 5, 1)) == []


@pytest.mark.parametrize("text,kept", [
    # realestate_0150 (the thirteenth end auditors' DEA11): the policy the notice reports takes effect then
    ("常州楼市新政\n4月3日起,常州市实施支持购买刚性需求住房政策,推出支持住房困难工薪群体购买自住新房。", []),
    ("公积金新政\n2024年7月1日起,我市正式执行新的公积金贷款政策。", []),
    ("公积金新政\n自7月1日起,我市住房公积金新政正式实施。", []),
    ("楼市新政\n从2024年5月1日起公积金贷款新政策开始执行,首付比例下调。", []),
    # a day heading a line that starts what those it names must do is the policy's own time (shgov_0044, plan_0030)
    ("三、供地\n2026年6月1日起,新发布出让公告的工业用地,应启用新版《土地出让合同》。", ["2026年6月1日起"]),
    ("请于4月3日起,实施新的登记办法。", ["4月3日起"]),
])
def test_a_news_lead_of_the_policys_own_start_is_no_deadline(text, kept):
    assert [r[0] for r in found(text, D(2024, 3, 5))] == kept


@pytest.mark.parametrize("text,kept", [
    # realestate_0200: the consultation window of the document the page is about
    ("10月9日至10月20日,《钦州市住房公积金管理委员会关于进一步优化调整住房公积金政策的通知(征求意见稿)》向公众公开征求意见。", []),
    ("2024年3月1日至3月31日,《某市住房保障办法(修订草案)》公开征求意见。", []),
    # ... the window named before its time
    ("现将《某市住房保障办法(征求意见稿)》向社会公开征求意见,征求意见时间为2024年3月1日至3月31日。", []),
    ("《某区老旧小区改造实施方案》公开征求意见,时间为2024年3月1日至2024年3月31日。", []),
    ("拟认定名单公示期为2024年3月1日至3月7日。", []),
    # (a day for sending views back is read here: the stage drops it in a consultation, below)
    ("现就《…规则(征求意见稿)》向各单位征求意见。请于5月10日前反馈。", ["5月10日前"]),
])
def test_a_documents_consultation_window_is_its_own_date(text, kept):
    assert [r[0] for r in found(text, D(2024, 2, 1))] == kept


def _stage(text, issue):
    doc = _doc(text, [], issue)
    extract_deadlines(doc)
    return [r.raw for r in doc.deadlines]


@pytest.mark.parametrize("text,issue", [
    ("(二)本试行办法自2019年3月1日起试行。试行过程中,省住房和城乡建设厅将根据试行情况进行修订。", D(2019, 2, 1)),    # twelfth K_01
    ("七、本方案自2016年1月1日起实行,有效期为5年。", D(2015, 12, 1)),                                       # seventh doc_0026
    ("以上政策自文件执行之日(2023年9月21日)起实施,有效期至2024年8月5日(含)。相关责任单位依据本文件制定细则。", D(2023, 9, 21)),  # realestate_0116
    ("本政策自发布之日起施行,2024年12月31日结束;有明确期限条款除外。", D(2024, 4, 1)),                          # realestate_0044
    ("本政策自公布之日起施行,有效期暂定一年(2022年9月1日-2023年8月31日)。", D(2022, 8, 25)),                    # realestate_0043
    ("本措施执行时间从2022年6月1日起,至2023年5月31日止,有效期1年。", D(2022, 5, 20)),                          # realestate_0146
    ("四、本通知的执行期限为2014年1月1日至2016年12月31日。本通知规定的税收优惠政策按年度执行。", D(2014, 4, 1)),  # ninth doc_0064
    ("本政策自2026年3月8日起实施,除已有明确期限规定外,有效期截至2028年12月31日。", D(2026, 3, 1)),              # seventh doc_0003
    ("第十八条 本规定自2020年3月1日起施行,有效期三年。", D(2020, 2, 1)),                                     # fifth doc_0008
    ("本措施执行时间从2022年6月1日起,至\n2023年5月31日止,有效期1年。", D(2022, 5, 20)),                    # (wrapped as PDF text is)
])
def test_a_sentence_stating_the_documents_own_validity_sets_no_deadline(text, issue):
    assert _stage(text, issue) == []


@pytest.mark.parametrize("text,issue,kept", [
    # a named policy's window, and one item's own end (realestate_0080's reader kept it)
    ("上述补贴政策实施期限为2025年1月1日至2025年12月31日。", D(2025, 1, 10), ["2025年1月1日至2025年12月31日"]),
    ("以上补贴自本措施出台之日起至2025年3月31日止。", D(2024, 6, 1), ["至2025年3月31日"]),
    ("该条政策自发文之日起执行至2024年6月30日止。", D(2023, 6, 1), ["至2024年6月30日"]),
    # a sentence that goes on to a task
    ("本通知自印发之日起施行,各区要在2024年6月底前完成清理。", D(2024, 1, 5), ["2024年6月底前"]),
    ("本方案自2024年1月1日起实施,2024年6月底前各县完成摸底。", D(2023, 12, 5), ["2024年6月底前"]),
])
def test_a_policys_window_beside_the_documents_own_dates_stays(text, issue, kept):
    assert _stage(text, issue) == kept


def _stage_rows(text, issue):
    doc = _doc(text, [], issue)
    extract_deadlines(doc)
    return [(r.raw, r.kind, r.date, r.start_date) for r in doc.deadlines]


@pytest.mark.parametrize("text", [
    "支持扩大购房契税补贴范围至车位(库)。自文件印发之日起至2024年10月31日,在本市城区购买新建产权车位(库)的,给予补贴。",  # realestate_0177
    "十一、优化购房入学模式。即日起至2024年10月31日,购买新建商业、办公(公寓)类物业的,可申请入学。",                     # realestate_0199
    "政策执行期:发文之日起至2024年10月31日。",                                                                      # realestate_0199
    "1.发放普惠消费券。自本措施发布之日起至2024年10月31日止,凡购买市区新建商品住房的,发放消费券。",                 # realestate_0103
    "(十四)延期缴纳城市基础设施配套费。本政策出台日至2024年10月31日期间开工建设的房地产开发项目,可先缴纳50%。",        # realestate_0074
    # any word the notice calls itself by (rules/deadlines.yaml document_words, one list for the three readers)
    "自本决定公布之日起至2024年10月31日,暂停受理新的申请。",
    "自本实施细则印发之日起至2024年10月31日购买新建商品住房的,给予补贴。",
])
def test_a_window_the_notices_own_day_opens_starts_on_its_issue_date(text):
    (raw, kind, date, start), = _stage_rows(text, D(2024, 7, 9))
    assert (kind, date, start) == ("period", D(2024, 10, 31), D(2024, 7, 9))
    # an undated notice: no start known (the readers of realestate_0182, realestate_0183)
    (raw, kind, date, start), = _stage_rows(text, None)
    assert (kind, date, start) == ("period", D(2024, 10, 31), None)


@pytest.mark.parametrize("text", [
    # another document's day (realestate_0008, tenth Q_03) and the day the notice takes effect (realestate_0053, realestate_0174)
    "自《丽江市促进房地产市场平稳健康发展若干措施》发布之日起至2024年10月31日购买丽江市新建商品住房的,给予补贴。",
    "补贴时间为各市实施细则发布之日起至2024年10月31日止。",
    "自本通知执行之日起至2024年10月31日在普格县内购买新建商品住房的,实施差别化财政补贴政策。",
    "发放以旧换新补贴,自本措施实施之日起至2024年10月31日,对在本区购买新建商品住宅的给予补贴。",
])
def test_a_window_opened_by_another_day_keeps_no_start(text):
    (raw, kind, date, start), = _stage_rows(text, D(2024, 7, 9))
    assert (kind, date, start) == ("period", D(2024, 10, 31), None)


@pytest.mark.parametrize("text,kept", [
    # a later member of what a measure is based on (realestate_0116, the thirteenth end auditors' cause 3)
    ("根据我县“双招双引”政策相关规定和年度内完成投资额及时落实资金补贴;", []),
    ("依据企业申报材料与2024年实际缴税额给予奖励。", []),
    ("根据项目进度、年内实际到位资金等情况拨付补助。", []),
    # a time after the list's clause has ended says when again
    ("根据相关规定,年内完成投资额5亿元。", ["年内"]),
    ("根据实际情况和工作需要,2024年底前完成整改。", ["2024年底前"]),
])
def test_a_time_inside_a_list_of_what_a_measure_is_based_on_is_no_deadline(text, kept):
    assert [r[0] for r in found(text, D(2024, 3, 1))] == kept


def _raws_under_title(title, text, issue):
    doc = _doc(text, [], issue)
    doc.title = title
    extract_deadlines(doc)
    return [r.raw for r in doc.deadlines]


@pytest.mark.parametrize("title,text,issue", [
    # elec_0020: the letter's title asks for comments
    ("华北能源监管局关于征求蒙西电力市场交易规则意见的函",
     "我局会同相关单位编写了《蒙西电力现货市场运营基本规则(征求意见稿)》等规则,现向各单位征求意见。"
     "请于5月10日(星期五)17时前将反馈意见电子版和书面意见报送我局。逾期视为无意见。", D(2019, 4, 26)),
    # a Huzhou transport notice: asked and answered in one sentence, views named before the time
    ("关于公开征求《湖州市出租汽车客运管理办法》(修订征求意见稿)意见的通知",
     "我局研究起草了《湖州市出租汽车客运管理办法》(修订征求意见稿),现向全社会公开征求意见,请将意见于7月26日前反馈至"
     "市公路与运输管理中心。逾期未反馈,视为无意见。", D(2021, 7, 15)),
    # the cover asks, the title does not
    ("某市住房和城乡建设局通知",
     "现将《某市住房租赁管理办法(征求意见稿)》印发给你们,特此征求意见。如有修改意见建议,请于2024年3月15日前以书面形式反馈至市住建局。",
     D(2024, 3, 1)),
    ("关于就《某区老旧小区改造实施方案》公开征求意见的公告", "意见反馈截止时间为2024年5月31日。", D(2024, 5, 1)),
    ("某市发展改革委关于征求对《某市节能管理办法》修改意见的通知",
     "请各单位于11月20日前将书面意见(加盖公章)报送我委,逾期视为无意见。", D(2023, 11, 1)),
    # a people's congress calling for views on two departments' work (a Gaoyou notice): the views named long before the verb
    ("关于听取和评议市公安局专项工作报告的公告",
     "市人大常委会特向社会公告,征求人大代表和人民群众对两个部门工作的建议、批评和意见。\n有关建议、批评和意见,请于9月10日前,"
     "通过电话(84688931、84688933)、高邮人大网站民情绿色通道或书面形式向市人大常委会工作评议小组反映。", D(2012, 8, 16)),
    # the window as a heading over its dates (a Ningjin notice; a Jinan district's call for views gathered)
    ("关于《阳光大街中修道路工程设计方案》公开征求意见的公告",
     "现将《阳光大街中修道路工程设计方案》通过宁津县人民政府网站向社会公开征求意见。\n一、征求意见的时间\n2023年3月6日至2023年4月5日。",
     D(2023, 3, 6)),
    ("关于对第四届“政府开放月”活动的意见建议征集公告",
     "现面向社会各界广泛征集意见建议。公众可通过以下途径和方式提出意见:\n\n征求意见起止时间:\n\n2024年9月4日至2024年9月27日。",
     D(2024, 9, 4)),
])
def test_a_consultations_reply_day_is_its_own_date(title, text, issue):
    # CONVENTIONS.md: a consultation's own close is the document's own date (the fifteenth end auditors' DEA54)
    assert _raws_under_title(title, text, issue) == []


@pytest.mark.parametrize("title,text,issue,kept", [
    # a notice that asks for no comments: views to send are a task's (a review's opinions, a unit's feedback)
    ("关于开展住房公积金缴存基数调整工作的通知", "请各区于2024年6月底前将审核意见报送市住房公积金管理中心。", D(2024, 5, 1),
     ["2024年6月底前"]),
    ("关于做好2024年民生实事项目推进工作的通知", "各牵头单位要广泛征求意见,于3月31日前将实施方案报送市政府办公室。",
     D(2024, 3, 1), ["3月31日前"]),
    # a draft put to consultation keeps its own deadlines
    ("关于公开征求《某市充电设施建设三年行动方案(征求意见稿)》意见的公告",
     "到2026年底,全市建成公共充电桩5万个。现向社会公开征求意见,请于2024年4月30日前将意见发送至电子邮箱。",
     D(2024, 4, 1), ["到2026年底"]),
    # a quoted draft's own article in a consultation titled so: its task's deadline (review23a)
    ("关于公开征求《某市养老机构管理办法(征求意见稿)》意见的公告",
     "第十条 各区民政部门应当于每年3月31日前将上一年度评估意见报送市民政局。", D(2024, 4, 1), ["每年3月31日前"]),
])
def test_a_day_for_views_outside_a_consultations_reply_stays(title, text, issue, kept):
    assert _raws_under_title(title, text, issue) == kept


@pytest.mark.parametrize("text,raw,start,date", [
    # shgov_0012 附件2: a planting season across the year's end, in the issue year's winter (its reader's optional row)
    ("4.栽植时间。一般应在12月份至来年1月份白玉兰落叶后开花前种植。", "12月份至来年1月份", D(2024, 12, 1), D(2025, 1, 31)),
    ("集中供暖期为11月15日至次年3月15日。", "11月15日至次年3月15日", D(2024, 11, 15), D(2025, 3, 15)),
    ("今冬明春(11月至翌年3月)开展火灾隐患排查整治。", "11月至翌年3月", D(2024, 11, 1), D(2025, 3, 31)),
    # realestate_0040: a span of months closing with 份 is read whole, as its reader quoted it
    ("对A级以上景区在旅游淡季(10至11月份),开展免首道门票活动", "10至11月份", D(2024, 10, 1), D(2024, 11, 30)),
])
def test_a_span_of_months_into_the_next_year_is_one_period(text, raw, start, date):
    assert one(text, D(2024, 7, 4)) == (raw, "period", date, start, None)


def test_a_span_into_the_next_year_in_a_yearly_schedule_repeats_with_it():
    # shgov_0012: 每年…冬季休眠期(12月-翌年1月)施基肥一次 is that schedule's winter, every year (its reader's row)
    rows = found("白玉兰每年花后(4月份)追肥一次、冬季休眠期(12月-翌年1月)施基肥一次。", D(2024, 7, 4))
    assert ("12月-翌年1月", "recurring", None, None, "yearly") in rows
    assert not any(r[0] == "12月" for r in rows)


@pytest.mark.parametrize("text", [
    "积极搭建开放大平台、百姓大舞台,办好苗族跳花节、布依族六月六、彝族火把节等文化活动。",  # thirteenth R_02
    "广西壮族三月三期间,各地举办民歌节。",
    "九月九重阳节期间开展敬老活动。",
])
def test_a_festival_named_by_its_lunar_month_and_day_is_no_month(text):
    # CONVENTIONS.md: a festival is dated by the festival, not read as the calendar month (六月六 is no June)
    assert found(text, D(2024, 1, 10)) == []


@pytest.mark.parametrize("text", [
    "六月底前完成清查。", "十月一日前完成报送。", "九月上旬完成验收。",
])
def test_a_month_in_words_before_its_day_or_edge_still_reads(text):
    assert len(found(text, D(2024, 1, 10))) == 1


@pytest.mark.parametrize("text", [
    "对入驻企业,前三年每年减免租金3万元。",
    "入驻孵化器的企业每年补贴房租2万元。",
    "对认定的技能大师工作室,每年给予运营补贴10万元。",
    "对入选团队每年奖励团队5万元,连续支持3年。",
    "每年给予一次性奖励5万元。",
])
def test_a_sum_each_one_is_granted_per_year_is_no_schedule(text):
    # CONVENTIONS.md: 每年补贴2万元 is a parameter per year, a rate like 每人每年420元; the grant may name what it gives
    assert [r for r in found(text, D(2024, 1, 10)) if r[1] == "recurring"] == []


@pytest.mark.parametrize("text", [
    "每年安排专项资金1000万元,支持企业技术改造。",        # a sum the government delivers each year
    "每年奖补资金总额不超过2000万元。",                     # a cap on its total (plan_0020's reader)
    "每年支持建设10个示范项目。",
])
def test_the_governments_own_yearly_sum_stays_a_schedule(text):
    assert [r[4] for r in found(text, D(2024, 1, 10))] == ["yearly"]


# gwr48: the years to come from the notice's own (今后五年, 未来五年) are one period from its year (gwr_0002, gwr_0007,
# gwr_0012, realestate_0143's readers); not a span counted from no day, nor a topic, nor a time said to be something.
@pytest.mark.parametrize("text, issue, span", [
    ("为此,今后五年国家财政新增义务教育经费累计将达2182亿元。", D(2006, 3, 5), (D(2006, 1, 1), D(2010, 12, 31))),  # gwr_0007
    ("今后五年要坚定不移地推进改革,扩大开放。", D(2001, 3, 5), (D(2001, 1, 1), D(2005, 12, 31))),              # gwr_0002
    ("未来五年,全省新建保障性住房10万套。", D(2026, 1, 20), (D(2026, 1, 1), D(2030, 12, 31))),
    ("今后3年,每年培训护理员1000人。", D(2024, 2, 1), (D(2024, 1, 1), D(2026, 12, 31))),
])
def test_the_years_to_come_are_a_period_from_the_notices_year(text, issue, span):
    assert [(r[1], r[3], r[2]) for r in found(text, issue) if r[0].startswith(("今后", "未来"))] == [("period", *span)]


@pytest.mark.parametrize("text", [
    "谋划好未来五年的发展蓝图。",                                  # gwr_0016: names what follows
    "未来五年是河北发展战略叠加和优势聚合的机遇期。",                # seventh doc_0021: said to be something
    "省委全会对我省未来五年经济社会发展作出了系统设计。",            # eighth doc_0032: the topic of 对
    "《建议》提出了未来五年国民经济和社会发展的奋斗目标。",          # gwr_0007: the object of a reporting verb
    "今后五年内压缩到5个工作日以内。",                              # a span counted from no day (CONVENTIONS)
    "实现今后五年各项任务的重要保证。",                              # the years' work as an object
])
def test_the_years_to_come_as_a_topic_or_a_span_are_no_deadline(text):
    assert [r for r in found(text, D(2006, 3, 5)) if r[0].startswith(("今后", "未来"))] == []


def test_a_sentence_of_the_review_committing_the_reports_year_keeps_its_deadline():
    # gwr_0004 (2003 report, 一、过去五年政府工作的回顾): 今年…将达305亿元 commits the report's own year; the review's
    # other years stay the past
    text = ("一、过去五年政府工作的回顾\n从2000年起开展农村税费改革试点。今年中央财政预算用于支持这项改革的资金将达305亿元。"
            "今年粮食产量稳定。\n二、对今年政府工作的建议\n今年要继续扩大内需。\n")
    s2 = text.index("二、")
    tasks = [Task("1", None, 1, "一、", "过去五年政府工作的回顾", 0, s2),
             Task("2", None, 1, "二、", "对今年政府工作的建议", s2, len(text))]
    doc = _doc(text, tasks, D(2003, 3, 5))
    extract_deadlines(doc)
    assert [(d.task_path, d.date) for d in doc.deadlines if d.raw == "今年"] == [("1", D(2003, 12, 31)), ("2", D(2003, 12, 31))]


@pytest.mark.parametrize("text", [
    "(一)即日起,本市从源头提前淘汰含PFOS类泡沫产品的采购。",       # extra shgov_0067
    "经研究决定,即日起恢复本市集装箱道路运输挂车业务办理。",        # extra shgov_0030
    "八、引导房地产企业合理定价。即日起商品房实际成交价格不得超过公示的备案价。",  # realestate_0199
])
def test_a_measure_opened_today_is_from_the_issue_date(text):
    doc = _doc(text, [])
    extract_deadlines(doc)
    assert [(d.raw, d.kind, d.start_date) for d in doc.deadlines] == [("即日起", "from", ISSUE)]


@pytest.mark.parametrize("text", [
    "即日起至2024年12月31日,住房公积金缴存人家庭购房的,可提取。",   # a window: one period row, no from row
    "本办法自即日起施行。",                                          # the document's own start
])
def test_today_opening_a_window_or_the_document_is_no_from_row(text):
    assert [d for d in found(text) if d[1] == "from"] == []


@pytest.mark.parametrize("tail", ["(此件主动公开)", "(此件公开发布)", " (此件有删减)"])
def test_a_signature_date_before_a_publication_note_is_no_deadline(tail):
    # fourteenth H53_01, a page stored as one line: …省机械科学研究院。福建省经济和信息化委员会2017年7月21日(此件主动公开)
    text = f"请认真贯彻执行。福建省经济和信息化委员会2017年7月21日{tail}\n"
    doc = _doc(text, [], issue=None)
    extract_deadlines(doc)
    assert doc.deadlines == []
    doc = _doc(f"请认真贯彻执行。\n福建省经济和信息化委员会\n2017年7月21日{tail}\n", [], issue=None)
    extract_deadlines(doc)
    assert doc.deadlines == []


def test_a_notice_for_the_coming_year_dates_its_past_year_less_days_in_that_year():
    # fourteenth H53_13 (国办发明电〔2024〕12号): days already past in the issue year are the title's year's;
    # a day still ahead in the issue year stays in it
    from pipeline.run import process_text

    doc = process_text("国务院办公厅关于2025年部分节假日安排的通知\n各省、自治区、直辖市人民政府:\n"
                       "一、元旦:1月1日(周三)放假1天,不调休。\n"
                       "二、春节:1月28日(农历除夕、周二)至2月4日(农历正月初七、周二)放假调休,共8天。1月26日(周日)上班。\n"
                       "三、请于12月20日前报送值班安排。\n国务院办公厅\n2024年11月12日")
    assert [(d.raw, d.kind, str(d.start_date), str(d.date)) for d in doc.deadlines] == [
        ("1月1日", "in", "None", "2025-01-01"),
        ("1月28日(农历除夕、周二)至2月4日", "period", "2025-01-28", "2025-02-04"),
        ("1月26日", "in", "None", "2025-01-26"),
        ("12月20日前", "by", "None", "2024-12-20")]
    # without a year to come in its title a past year-less day stays history
    doc = process_text("国务院办公厅关于部分节假日安排的通知\n各省、自治区、直辖市人民政府:\n"
                       "一、元旦:1月1日(周三)放假1天,不调休。\n国务院办公厅\n2024年11月12日")
    assert doc.deadlines == []


@pytest.mark.parametrize("text", [
    "2.2022年度合并口径的财务会计决算报表及会计报表附注。",  # fourteenth H53_05
    "根据专员办事处对城市棚户区改造2018年完成情况,2018年城镇保障性安居工程财政资金绩效评价结果的审核认定数,适时清算。",  # H53_08
])
def test_a_year_naming_the_materials_of_a_clause_is_no_deadline(text):
    assert found(text, dt.date(2018, 1, 1)) == []


@pytest.mark.parametrize("text,year", [
    ("2018年制定发布国务院部门第二批数据共享责任清单,新增拓展1000项数据共享服务。", "2018年"),  # fourth plan_0002
    ("2018年修订形成并全面实施新版市场准入负面清单,建立信息公开平台。", "2018年"),  # plan_0002
    ("2019年完成全省财务决算报告。", "2019年"),
])
def test_a_year_heading_a_clause_that_does_something_stays(text, year):
    assert [r[0] for r in found(text, dt.date(2018, 1, 1))] == [year]
