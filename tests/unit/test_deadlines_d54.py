"""d54: phrasings of the fifteenth collection's deadlines and dates, each with a second phrasing."""
import datetime as dt

from pipeline.deadlines.parser import parse_deadlines
from pipeline.deadlines.patterns import definition
from pipeline.metadata.dates import parse_date


def _rows(text):
    return [(d.raw, d.kind) for d in parse_deadlines(text)]


def test_double_hyphen_range_is_one_period():
    assert _rows("各参评单位可于2018年4月15日--28日登录官网提交参评材料。") == [("2018年4月15日--28日", "period")]
    assert _rows("请于2019年3月1日--3月10日报名。") == [("2019年3月1日--3月10日", "period")]


def test_part_of_day_before_its_hour():
    assert _rows("请预申报企业于8月23日(星期二)中午12:00前报送至联络邮箱。") == [("8月23日(星期二)中午12:00前", "by")]
    assert _rows("请于5月10日下午5点前报送。") == [("5月10日下午5点前", "by")]


def test_a_terms_definition_covers_its_years():
    for text in ("应届专科毕业生是指在报名时未取得专科毕业证书但在2015年春季入学时能取得专科毕业证书的考生。",
                 "应届专科毕业生(指报名时未取得专科毕业证但在2015年春季入学报到时能取得专科毕业证书的考生)可报考。"):
        m = definition().search(text)
        assert m and m.start() < text.index("2015年") < m.end()
    assert definition().search("重点是指导各地于2025年底前完成") is None


def test_a_central_meeting_cited_is_no_deadline():
    assert _rows("5月6日李克强总理主持召开就业工作座谈会并作重要讲话,5月20日国务院召开全国电视电话会议,作出部署。") == []
    assert _rows("请各单位于6月30日前召开专题会议。") == [("6月30日前", "by")]


def test_chinese_year_with_digit_zero():
    assert parse_date("台州市教育局人事处 二0一一年十月十七日") == dt.date(2011, 10, 17)
    assert parse_date("二〇一八年七月三十一日") == dt.date(2018, 7, 31)
