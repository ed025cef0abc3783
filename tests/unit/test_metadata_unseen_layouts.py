"""Document fields on layouts the held-out sets showed (meta55): a 公告's or 通告's number by year alone on its line,
a headline dropping the bodies over the notice's own title block; (meta57) a year number closing a title, a
full stop after it, a date under an item's heading."""
import datetime as dt

import pytest

from metadata_reading import meta


@pytest.mark.parametrize("number_line, expected", [
    ("2018年  第41号", "2018年第41号"),                       # under a 通告's title, no-break spaces (fifteenth H53B_09)
    ("国家税务总局公告2018年第41号", "国家税务总局公告2018年第41号"),
    ("(财政部 税务总局公告2022年第30号)", "财政部税务总局公告2022年第30号"),
])
def test_year_number_alone_under_the_title(number_line, expected):
    doc = meta(f"甲市市场监督管理局关于不合格食品风险控制情况的通告\n\n{number_line}\n\n"
               "现将不合格食品风险控制情况通告如下:\n一、停售。\n\n甲市市场监督管理局\n2018年9月4日\n")
    assert doc.doc_number == expected


def test_year_number_cited_in_a_sentence_is_none():
    doc = meta("甲市人民政府关于延续实施优惠政策的公告\n\n为减轻负担,现就延续实施《财政部关于调整政策的公告》"
               "(财政部公告2019年第98号)相关优惠政策公告如下:\n一、延续实施。\n\n甲市人民政府\n2023年8月1日\n")
    assert doc.doc_number is None


@pytest.mark.parametrize("bodies", [["台州市教育局"], ["甲市财政局", "甲市税务局"], ["中共甲县县委 甲县人民政府"]])
def test_bodies_over_the_title_again_under_a_headline(bodies):
    title = "关于组织对申报中学高级对象进行教学水平考核的通知"
    doc = meta(f"{title}\n\n" + "\n\n".join(bodies) + f"\n\n{title}\n\n各县(市、区)教育局:\n"
               "根据有关精神,现将有关事项通知如下:\n一、考核时间。\n\n甲市教育局\n2011年10月17日\n")
    assert doc.title == "".join(bodies) + title


def test_headline_repeated_without_bodies_keeps_its_title():
    title = "关于组织对申报中学高级对象进行教学水平考核的通知"
    doc = meta(f"{title}\n\n{title}\n\n各县(市、区)教育局:\n根据有关精神,现将有关事项通知如下:\n一、考核时间。\n")
    assert doc.title == title


AMENDING = """国务院关于修改《甲类事项管理办法》的决定

国务院决定对《甲类事项管理办法》作如下修改:
将第二条修改为:“(二)办理时限为3天”。
本决定自2014年1月1日起施行。
《甲类事项管理办法》根据本决定作相应修改,重新公布。

甲类事项管理办法

({header})

第一条 为规范甲类事项,制定本办法。
第二条 办理时限为3天。
"""


@pytest.mark.parametrize("header, expected", [
    # the decision named in the last revision clause dates it, not the rule's first clause (fourteenth H53_02)
    ("1949年12月23日政务院发布 根据1999年9月18日《国务院关于修改〈甲类事项管理办法〉的决定》第一次修订 "
     "根据2013年12月11日《国务院关于修改〈甲类事项管理办法〉的决定》第二次修订", "2013-12-11"),
    ("2001年3月1日国务院令第300号公布 根据2016年2月6日《国务院关于修改〈甲类事项管理办法〉的决定》修正", "2016-02-06"),
    # a revision by another decision does not date this one: the header's first clause does, as before
    ("2001年3月1日国务院令第300号公布 根据2016年2月6日《国务院关于修改部分行政法规的决定》修订", "2001-03-01"),
])
def test_amending_decision_dated_by_its_own_revision_clause(header, expected):
    doc = meta(AMENDING.format(header=header))
    assert str(doc.issue_date) == expected


@pytest.mark.parametrize("cut_off, expected", [
    ("小学:2017年8月31日(含8月31日)以前出生的适龄儿童。", "2023-06-12"),   # a qualifier's date is no release year
    ("报名时间为2023年6月20日至6月30日。", "2023-06-12"),                   # as before: the first full date's year
])
def test_news_lead_day_never_before_a_cited_number(cut_off, expected):
    doc = meta("刚刚!甲市2023年义务教育招生入学政策公布\n\n6月12日,甲市教育局发布《关于做好2023年义务教育招生入学工作的通知》,"
               "具体内容如下\n\n各区县教育局:\n按照《教育部办公厅关于做好2023年普通中小学招生入学工作的通知》(教基厅〔2023〕1号)"
               f"要求,现就有关事项通知如下。\n一、招生对象\n{cut_off}\n")
    assert str(doc.issue_date) == expected


# meta57 (moved from test_stored_record.py: layouts of the sixteenth to eighteenth collections)
def test_a_date_an_item_states_under_its_heading_signs_nothing():
    doc = meta("关于2018年上半年考试报名的通知\n一、考试报名\n考试采取网上报名的方式进行。\n二、考试时间\n2018年5月26日\n"
               "三、考试费用\n每人收取报名费20元。\n\n甲自治区人事考试中心\n2018年2月24日\n")
    assert (doc.issuer, doc.issue_date) == ("甲自治区人事考试中心", dt.date(2018, 2, 24))


@pytest.mark.parametrize("number, expected", [
    ("(2017年第12号)", "2017年第12号"), ("〔2017年第12号〕", "2017年第12号"), ("【2017年第12号】", "2017年第12号"),
    ("(2017年 第12号)", "2017年第12号"), ("(国家药监局公告2017年第12号)", "国家药监局公告2017年第12号"),
])
def test_a_year_number_closing_a_notices_title(number, expected):
    doc = meta(f"总局关于2016年第四季度食品安全监督抽检情况分析的通告{number}\n2016年第四季度,全国共完成抽检。\n特此通告。\n")
    assert doc.doc_number == expected
    assert doc.title.endswith(number)


def test_a_full_stop_after_the_title_is_no_part_of_it():
    doc = meta("关于加强住宅小区疫情防控工作的通告。\n\n为做好疫情防控工作,现就有关事项通告如下:\n一、一个大门进出。\n")
    assert doc.title == "关于加强住宅小区疫情防控工作的通告"
