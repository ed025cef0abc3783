"""Times that date a record or a name, not a time to act (deadlines57): the day goods were made or sold, an exam's name
opening with its month or half-year, a window whose clause reports the work done, a report's name on its line, an
equation's years, and the year of an undated notice's own number. Each with several phrasings and a deadline beside it
that still holds."""
import datetime as dt

from pipeline.deadlines import extract_deadlines
from pipeline.deadlines.parser import parse_deadlines
from pipeline.document import Document

ISSUED = dt.date(2017, 1, 10)


def _rows(text, issued=ISSUED):
    return [(d.raw, d.kind) for d in parse_deadlines(text, issue_date=issued)]


def test_the_day_goods_were_made_or_sold():
    for text in ("1.标示为中山市富田食品有限公司2016年8月31日生产的规格为365ml/瓶的富田饮用天然矿泉水,溴酸盐超标。",
                 "标示为梅县柏丽酒店2016年11月3日销售的香芋刺猬包,检出苋菜红。",
                 "经查,2017年1月5日进口的一批冻肉检出沙门氏菌。"):
        assert _rows(text) == [], text
    assert _rows("请于2017年3月1日前将生产企业名单报送我局。") == [("2017年3月1日前", "by")]
    # a purchase window is the policy's own (CONVENTIONS.md)
    assert _rows("在2017年6月1日至9月30日购买的新建商品住房,给予补贴。") == [("2017年6月1日至9月30日", "period")]


def test_a_month_or_half_year_opening_an_exams_name():
    for text in ("为确保2011年12月普通高中学业水平考试工作顺利进行,现将有关事宜通知如下。",
                 "五、考区设置\n2018年上半年计算机技术与软件专业资格(水平)考试全区只在呼和浩特市设考点。",
                 "2018年上半年全国翻译专业资格(水平)考试笔译考试全区只在呼和浩特设考点。"):
        assert _rows(text, dt.date(2011, 6, 1)) == [], text
    # holding it, or work done then, says when; a day is when it is held
    assert _rows("2018年上半年完成考试题库建设。") == [("2018年上半年", "in")]
    assert _rows("12月举行普通高中学业水平考试。") == [("12月", "in")]
    assert _rows("2018年5月26日全国计算机技术与软件专业资格考试。") == [("2018年5月26日", "in")]


def test_a_window_whose_clause_reports_the_work_done():
    for text in ("2023年2月至6月,国家能源局组织开展了电力业务资质许可信用专项监管。",
                 "2019年3月至5月,我市开展了违法建设专项整治。",
                 "1月1日至3月31日,全市已累计完成改造1200户。"):
        assert _rows(text, None) == [], text
    assert _rows("2024年1月至6月,开展专项整治行动。", None) == [("2024年1月至6月", "period")]
    # a window qualifying who, with no clause of its own, is the policy's
    assert _rows("2021年1月1日至2022年12月31日期间已缴纳契税的购房人,可申请补贴。", None) == [
        ("2021年1月1日至2022年12月31日期间", "period")]


def test_a_reports_name_alone_on_its_line():
    for text in ("2023年度电力业务资质许可信用专项监管报告\n", "2022年度部门决算报告\n"):
        assert _rows(text, None) == [], text
    assert _rows("2025年完成决算报告\n", None) == [("2025年", "in")]


def test_the_years_of_an_equation():
    text = "一、计算方法如下\n2017年全年缴水利基金=2016年度销售收入×50%×1‰。2017年底前完成缴纳。"
    doc = Document(source_file="t", text=text, issue_date=ISSUED)
    doc.body_start, doc.body_end, doc.tasks = 0, len(text), []
    extract_deadlines(doc)
    assert [d.raw for d in doc.deadlines] == ["2017年底前"]


def _undated(title, text, doc_number=None):
    doc = Document(source_file="t", text=text, title=title, doc_number=doc_number)
    doc.body_start, doc.body_end, doc.tasks = 0, len(text), []
    extract_deadlines(doc)
    return [d.raw for d in doc.deadlines]


def test_the_year_of_an_undated_notices_own_number():
    text = "2016年第四季度,全国共完成并公布738972批次食品抽检。请于年底前报送整改情况。"
    # the number closing the title, which metadata reads as the 文号 (test_metadata_unseen_layouts)
    assert _undated("总局关于2016年第四季度食品安全监督抽检情况分析的通告(2017年第12号)", text, "2017年第12号") == ["年底前"]
    # without its number, the title's year is the notice's own
    assert _undated("总局关于2016年第四季度食品安全监督抽检情况分析的通告", text) == ["2016年第四季度", "年底前"]


def test_a_perfective_verb_anywhere_in_the_sentence_reports_a_fact():
    text = ("2012年度在市、区应急民防部门关心指导下,在街道党工委、办事处的领导下,烟墩街道应急民防办公室严格按照市/区应急民防办"
            "要求和民防建设标准为依据,较好地完成了上级赋予的各项工作任务。")
    assert _rows(text, None) == []
    assert _rows("2013年,在市应急民防部门指导下,全面完成街道应急民防各项工作任务。", None) == [("2013年", "in")]


def test_every_reach_names_a_context_read_before_a_time():
    from pipeline.deadlines.patterns import config, context_patterns
    reach = config()["before_reach"]
    assert set(reach) <= set(context_patterns()) and all(isinstance(n, int) and n > 0 for n in reach.values())
    assert all(context_patterns()[name].pattern.endswith("$") for name in reach if name != "prefix")


def test_a_year_before_a_verb_of_using_an_exams_materials_says_when():
    assert _rows("四、2018年继续使用2014年版监理工程师资格考试大纲和考试用书,有关事宜请与协会联系。", dt.date(2018, 2, 24)) == [
        ("2018年", "in")]
    assert _rows("(一)2012年度全国监理工程师执业资格考试采取网上报名。", dt.date(2012, 1, 4)) == []


def test_a_year_before_goods_made_may_date_a_goal():
    assert _rows("2025年生产的新能源汽车占比达到20%。", dt.date(2024, 3, 1)) == [("2025年", "in")]
