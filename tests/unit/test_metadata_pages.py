"""Metadata of pages in layouts the eighth collection brought: a post's front matter, a scrape joining
the title and 文号 lines, an order's page. Real lines from the notices named."""
import datetime as dt

import pytest

from pipeline.metadata.bodies import without_typing_slip
from metadata_reading import meta




POST = """---
layout: \tegov
title: \t    "{title}"
subtitle: \t"{subtitle}"
date: \t\t{date} 00:00:00
author: \t"{author}"
unit:     "{unit}"
chapter: \t"5"
---



{opening}

## 一、总体要求

### (一)指导思想

坚持以习近平新时代中国特色社会主义思想为指导。
"""

# the eighth collection's markdown posts (cocolian-docs egov/_posts), front matter as written
POSTS = [
    # doc_0004
    dict(title="山西省数字政府建设规划（2023-2025年）", subtitle="晋政办发〔2023〕82号", date="2023-12-28",
         author="山西省人民政府办公厅", unit="山西省",
         opening="为全面落实《国务院关于加强数字政府建设的指导意见》(国发〔2022〕14号),编制本规划。",
         number="晋政办发〔2023〕82号", issuer="山西省人民政府办公厅"),
    # doc_0007: the author typed with a doubled 厅
    dict(title="云南省数字政府建设总体方案", subtitle="云政发〔2023〕8号", date="2023-03-02",
         author="云南省人民政府办公厅厅", unit="云南省",
         opening="为贯彻落实《国务院关于加强数字政府建设的指导意见》(国发〔2022〕14号)精神,制定本方案。",
         number="云政发〔2023〕8号", issuer="云南省人民政府办公厅"),
    # doc_0011
    dict(title="江西省数字政府建设总体方案", subtitle="赣府发〔2023〕8号", date="2023-07-20",
         author="江西省人民政府", unit="江西省", opening="到2025年,统筹协调机制建立健全。",
         number="赣府发〔2023〕8号", issuer="江西省人民政府"),
    # doc_0016: a stray 厅 after the government's name
    dict(title="福建省数字政府改革和建设总体方案", subtitle="闽政〔2022〕32号", date="2022-12-26",
         author="福建省人民政府厅", unit="福建省",
         opening="为深入贯彻落实党的二十大精神,加快建设整体协同、高效运行的数字政府,制定本方案。",
         number="闽政〔2022〕32号", issuer="福建省人民政府"),
]


@pytest.mark.parametrize("post", POSTS, ids=[p["number"] for p in POSTS])
def test_a_posts_subtitle_is_its_number_and_its_author_the_issuer_without_a_typing_slip(post):
    doc = meta(POST.format(**post))
    assert doc.title == post["title"].replace("（", "(").replace("）", ")")
    assert doc.doc_number == post["number"]
    assert doc.issuer == post["issuer"]
    assert doc.issue_date == dt.date.fromisoformat(post["date"])


def test_a_subtitle_that_is_no_number_gives_none():
    post = dict(POSTS[2], subtitle="——全面提升政府数字化履职能力")
    assert meta(POST.format(**post)).doc_number is None


@pytest.mark.parametrize("typed, meant", [
    ("云南省人民政府办公厅厅", "云南省人民政府办公厅"),
    ("福建省人民政府厅", "福建省人民政府"),
    ("江门市生态环境局局", "江门市生态环境局"),
    # names with no slip stay as they are
    ("广东省生态环境厅", "广东省生态环境厅"),
    ("江门市人民代表大会常务委员会", "江门市人民代表大会常务委员会"),
    ("山西省人民政府办公厅", "山西省人民政府办公厅"),
    ("国务院办公厅", "国务院办公厅"),
])
def test_a_typing_slip_at_the_end_of_a_bodys_name(typed, meant):
    assert without_typing_slip(typed) == meant


def test_a_title_line_closing_with_its_number_after_a_space():
    # eighth doc_0003: a gov.cn scrape joined the title and 文号 lines with a space
    doc = meta("国务院关于加强环境保护重点工作的意见 国发 〔2011〕 35 号\n\n"
               "各省、自治区、直辖市人民政府,国务院各部委、各直属机构: 多年来,我国积极实施可持续发展战略。"
               "一、全面提高环境保护监督管理水平 (一)严格执行环境影响评价制度。 国 务 院 二○一一年十月十七日\n")
    assert doc.title == "国务院关于加强环境保护重点工作的意见"
    assert doc.doc_number == "国发〔2011〕35号"
    # a title that only ends in a name with a number is left whole
    doc = meta("关于印发《某市2024年工作要点 第2号》的通知\n各区人民政府:\n现印发给你们。\n")
    assert doc.title == "关于印发《某市2024年工作要点 第2号》的通知"


ORDER_RUN_ON = """中华人民共和国国务院令第693号

现公布《中华人民共和国环境保护税法实施条例》,自2018年1月1日起施行。总理　　李克强 　　 　　　　　2017年12月25日



中华人民共和国环境保护税法实施条例

第一章　总　　则

第一条　根据《中华人民共和国环境保护税法》(以下简称环境保护税法),制定本条例。第二条　环境保护税法所附《环境保护税税目税额表》所称其他固体废物的具体范围,依照环境保护税法第六条第二款规定的程序确定。
"""

# tests/real/corpus/govcn_0027.html without its page table: the order's number over two lines, the
# head's name and the date on lines of their own, a header note under the regulation's title
ORDER_LINES = """中华人民共和国国务院令
第707号
现公布修订后的《中华人民共和国个人所得税法实施条例》,自2019年1月1日起施行。
总理 李克强
2018年12月18日
中华人民共和国个人所得税法实施条例
(1994年1月28日中华人民共和国国务院令第142号发布 根据2005年12月19日《国务院关于修改〈中华人民共和国个人所得税法实施条例〉的决定》第一次修订)
第一条 根据《中华人民共和国个人所得税法》(以下简称个人所得税法),制定本条例。
第二条 个人所得税法所称在中国境内有住所,是指因户籍、家庭、经济利益关系而在中国境内习惯性居住。
"""


@pytest.mark.parametrize("text, number, title, date", [
    (ORDER_RUN_ON, "中华人民共和国国务院令第693号", "中华人民共和国环境保护税法实施条例", dt.date(2017, 12, 25)),
    (ORDER_LINES, "中华人民共和国国务院令第707号", "中华人民共和国个人所得税法实施条例", dt.date(2018, 12, 18)),
])
def test_an_order_heading_the_text_publishes_the_regulation_whose_title_follows(text, number, title, date):
    doc = meta(text)
    assert doc.title == title and doc.plan_title == title
    assert doc.doc_number == number
    assert doc.issuer == "国务院"  # the Premier signs the State Council's order
    assert doc.issue_date == date
    assert doc.region is None
    assert doc.text[doc.body_start:].lstrip().startswith(("第一章", "(1994年", "第一条"))


ORDER_UNDER_TITLE = ("医疗保障基金使用监督管理举报处理暂行办法\n(国家医疗保障局令第 5 号)\n"
                     "《医疗保障基金使用监督管理举报处理暂行办法》已经2022年1 月20日第4次局务会议审议通过,现予公布,自2022年3月1日起施行。\n"
                     "{signer}\n2022年1月29日\n"
                     "第一条 为规范医疗保障基金使用监督管理举报处理工作,制定本办法。\n")


@pytest.mark.parametrize("signer, issuer", [("局 长:胡静林", "国家医疗保障局"), ("局长 胡静林", "国家医疗保障局"),
                                            ("", None)])
def test_a_regulation_titled_above_its_order_is_signed_by_the_body_whose_head_signs(signer, issuer):
    # third med_0016 and med_0031: the title first, the order's number under it (a ministry's rule); the head
    # signs for the body whose order it is (CONVENTIONS, Order pages); with no signature, no issuer
    doc = meta(ORDER_UNDER_TITLE.format(signer=signer))
    assert doc.title == "医疗保障基金使用监督管理举报处理暂行办法"
    assert doc.plan_title is None  # the text is the regulation itself
    assert doc.issuer == issuer
    assert doc.issue_date == dt.date(2022, 1, 29)



@pytest.mark.parametrize("number, written", [("保监会令〔2018〕3号", "保监会令〔2018〕3号"), ("保监会令第3号", "保监会令第3号"),
                                             ("(国家医疗保障局令第 5 号)", "国家医疗保障局令第5号")])
def test_a_regulation_titled_above_its_order_and_again_above_its_articles_is_no_plan(number, written):
    # thirteenth P_02: the order's number under the title with its year in 〔〕, the signature, then the title printed
    # again above 第一章: the text is still the regulation itself (CONVENTIONS, Order pages' second layout)
    doc = meta("保险经纪人监管规定\n" + number + "\n《保险经纪人监管规定》已经2018年1月17日中国保险监督管理委员会"
               "第6次主席办公会审议通过,现予公布,自2018年5月1日起实施。\n副主席 陈文辉\n2018年2月1日\n"
               "保险经纪人监管规定\n第一章 总 则\n第一条 为了规范保险经纪人的经营行为,制定本规定。\n")
    assert (doc.title, doc.doc_number, doc.plan_title) == ("保险经纪人监管规定", written, None)
    assert doc.issue_date == dt.date(2018, 2, 1)
    assert doc.issuer == ("中国保险监督管理委员会" if "保监会" in number else "国家医疗保障局")  # whose order it is


@pytest.mark.parametrize("title, number, sentence, issuer", [
    # thirteenth P_02: the body the order's number names short, as the publishing sentence spells it out
    ("保险经纪人监管规定", "保监会令〔2018〕3号", "已经2018年1月17日中国保险监督管理委员会第6次主席办公会审议通过", "中国保险监督管理委员会"),
    ("证券期货投资者适当性管理办法", "证监会令第130号", "已经2016年5月26日中国证券监督管理委员会2016年第7次主席办公会议审议通过",
     "中国证券监督管理委员会"),
    ("人力资源社会保障行政复议办法", "人社部令第6号", "已经人力资源和社会保障部第42次部务会议通过", "人力资源和社会保障部"),
    ("医疗保障基金使用监督管理举报处理暂行办法", "(医保局令第5号)", "已经2022年1月20日国家医疗保障局第4次局务会议审议通过",
     "国家医疗保障局"),
    # named in full, or spelled nowhere in full: as the number names it (国务院 is not the state's 中华人民共和国国务院)
    ("行政法规制定程序条例", "国务院令第694号", "已经2017年12月6日国务院第177次常务会议通过", "国务院"),
    ("保险经纪人监管规定", "保监会令第3号", "已经2018年1月17日第6次主席办公会审议通过", "保监会"),
])
def test_a_body_an_order_names_short_is_written_as_the_text_spells_it_out(title, number, sentence, issuer):
    doc = meta(f"{title}\n{number}\n《{title}》{sentence},现予公布,自2018年5月1日起施行。\n部长 张三\n2018年2月1日\n"
               f"第一条 为了规范管理工作,制定本办法。\n")
    assert doc.issuer == issuer

# eighth doc_0014 (a JSON record of OCR'd pages, as its text reads): the joint bodies' names wrapped inside
# one name at a PDF line end, the 文号 with its closing bracket read twice
OCR_JOINT = """杭州市城乡建设委员会
文件
杭州市规划和自然资源局
杭州市公安局
杭建设【2024］】138号
杭州市城乡建设委员会杭州市规划和自然
资源局杭州市公安局关于印发《杭州市执行
浙江省〈城市建筑工程停车场(库)设置规则
和配建指标标准〉的补充实施细则》的通知
各有关单位:
浙江省《城市建筑工程停车场(库)设置规则和配建指标标
准》(DBJ33/T1021-2023)(以下简称《省标》)于2024年3月1日开始实施,现予印发。
一、《补充细则》适用于杭州市市区范围内各类新建、改建和扩建的城市建筑工程。
"""


def test_bodies_a_page_wrapped_inside_a_name_open_the_title_and_all_issue_it():
    doc = meta(OCR_JOINT)
    assert doc.title == ("杭州市城乡建设委员会杭州市规划和自然资源局杭州市公安局关于印发《杭州市执行浙江省〈城市建筑工程"
                         "停车场(库)设置规则和配建指标标准〉的补充实施细则》的通知")
    assert doc.doc_number == "杭建设【2024]】138号"
    assert doc.issuer == "杭州市城乡建设委员会、杭州市规划和自然资源局、杭州市公安局"
    # tests/real/sixth doc_0006: a site's place name over the title line is no body's name cut off
    doc = meta("政策原文\n郑州\n郑州市人民政府办公室关于印发郑州市人工智能OPC创业社区推广方案的通知\n2026-06-24\n"
               "郑州市人民政府办公室\n各县(市、区)人民政府,市人民政府各部门:\n现将方案印发给你们,请认真贯彻落实。\n")
    assert doc.title == "郑州市人民政府办公室关于印发郑州市人工智能OPC创业社区推广方案的通知"


def test_bodies_written_together_at_the_start_of_an_unsigned_title_all_issue_it():
    # tests/real/corpus realestate_0072's title line (its reader: all three bodies), unsigned here
    doc = meta("眉山市住房和城乡建设局眉山市财政局眉山市自然资源局关于促进房地产业良性循环和健康发展政策措施的补充通知\n"
               "天府新区眉山管委会、各县(区)人民政府,市级相关部门(单位):\n为促进房地产业良性循环,现就有关事项通知如下。\n")
    assert doc.issuer == "眉山市住房和城乡建设局、眉山市财政局、眉山市自然资源局"
    # one body opening the title stays one (西安市自然资源和规划局 ⏎ 关于印发…, eighth doc_0012)
    doc = meta("西安市自然资源和规划局\n关于印发《西安市建设项目停车位配建标准\n实施细则(试行)》的通知\n"
               "市资源规划局各分局,市局机关各处室、直属各事业单位:\n现印发你们,请遵照执行。\n")
    assert doc.issuer == "西安市自然资源和规划局"


@pytest.mark.parametrize("body, approved", [
    # eighth doc_0006: a crawler kept the 批复's body only
    ("鹰潭市人民政府:\n你市《关于恳请批复鹰潭港总体规划的请示》(鹰府文〔2020〕5号)收悉。经研究并征求交通运输部意见,现批复如下。\n"
     "一、原则同意《鹰潭港总体规划》(以下简称《规划》)。鹰潭港是我省地区性重要港口。\n二、各有关部门要按照职能分工,加强支持和指导。\n"
     "2020年3月3日\n", "鹰潭港总体规划"),
    # third govprc_0002's body without its title line
    ("国土资源部、国家发展改革委、工业和信息化部、财政部、环境保护部、商务部:\n国土资源部《关于报请审批〈全国矿产资源规划(2016—2020年)〉"
     "的请示》收悉。现批复如下:一、原则同意《全国矿产资源规划(2016—2020年)》(以下简称《规划》),请认真组织实施。\n",
     "全国矿产资源规划(2016—2020年)"),
])
def test_a_reply_that_lost_its_title_names_what_it_approves_in_its_body(body, approved):
    doc = meta(body)
    assert doc.title is None
    assert doc.plan_title == approved


def test_a_name_inside_the_issued_name_is_marked_as_standing_alone():
    # eighth doc_0014: 印发《杭州市执行浙江省〈…标准〉的补充实施细则》 issues 杭州市执行浙江省《…标准》的补充实施细则
    assert meta(OCR_JOINT).plan_title == "杭州市执行浙江省《城市建筑工程停车场(库)设置规则和配建指标标准》的补充实施细则"
    # a title that is itself the 〈…〉 name keeps it as it is
    doc = meta("关于印发〈关于进一步促进房地产市场平稳健康发展的若干措施〉的通知\n各区人民政府:\n现印发给你们。\n")
    assert doc.plan_title == "关于进一步促进房地产市场平稳健康发展的若干措施"


@pytest.mark.parametrize("text, region", [
    # eighth doc_0001 (no title, no signature): 全省, and 江西 named short twice
    ("各市、县(区)人民政府,省政府各部门:\n为统筹推进全省普通高中新课程改革,为描绘新时代江西改革发展新画卷提供人才支撑。\n"
     "广泛开展中华优秀传统文化和彰显江西元素的优秀传统文化教育。\n2020年2月5日\n", "江西省"),
    # 浙江西部 is 浙江's, and one mention is not enough
    ("各市、县(区)人民政府:\n全省要学习浙江西部山区经验。\n2020年2月5日\n", None),
    # a text that calls itself 全市 is no province's
    ("各区人民政府:\n全市要推进新时代江西改革发展,彰显江西元素。\n2020年2月5日\n", None),
])
def test_a_province_named_short_by_a_text_calling_itself_the_province(text, region):
    assert meta(text).region == region


@pytest.mark.parametrize("label", ["原文链接", "URL Source"])
def test_a_page_tables_url_label_is_read_chinese_or_english(label):
    # an English key of table_fields (URL Source) is matched as written, spaces kept, as a Chinese label is
    # matched without the spaces a page sets inside it (review18a: the English key was never read)
    doc = meta(f"索引号:\n000014349/2019-00012\n发文机关:\n国务院办公厅\n{label}:\n"
               "http://www.gov.cn/zhengce/content/2019-01/01/content_1.htm\n标题:\n国务院办公厅关于印发某某方案的通知\n\n"
               "国务院办公厅关于印发某某方案的通知\n各省人民政府:\n现将《某某方案》印发给你们。\n国务院办公厅\n2019年1月1日\n")
    assert doc.url == "http://www.gov.cn/zhengce/content/2019-01/01/content_1.htm"
    assert doc.issuer == "国务院办公厅"
