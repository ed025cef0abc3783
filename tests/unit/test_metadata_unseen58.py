"""Signatures and dates unseen texts may show (meta58): a day under the title in any bracket, a body's name holding the quotes round a campaign's name, a task force
signing as itself, a head signing with no order named (the body whose meeting adopted what he publishes), an order
publishing a decision printed over the rule it amends."""
import datetime as dt

import pytest

from metadata_reading import meta

BODY = "各有关单位:\n为做好相关工作,现将有关事项通知如下。\n一、加强组织领导。各单位要高度重视。\n二、强化督促检查。\n"


@pytest.mark.parametrize("signature, expected", [
    ("重庆市“满天星”行动计划\n工作专班办公室(代章)", "重庆市“满天星”行动计划工作专班办公室"),  # broken, seal run on (H57A_10)
    ("成都市“放管服”改革协调小组办公室", "成都市“放管服”改革协调小组办公室"),
    ("长沙市优化营商环境工作专班", "长沙市优化营商环境工作专班"),
    ("湖南省根治拖欠农民工工资工作联席会议", "湖南省根治拖欠农民工工资工作联席会议"),
    ("南宁市安全生产委员会办公室\n(南宁市应急管理局代章)", "南宁市安全生产委员会办公室"),  # as before
])
def test_a_task_force_or_a_quoted_campaign_signs(signature, expected):
    doc = meta(f"关于做好X工作的通知\n{BODY}{signature}\n2026年4月10日\n")
    assert (doc.issuer, doc.issue_date) == (expected, dt.date(2026, 4, 10))


@pytest.mark.parametrize("adopted, head, expected", [
    ("已经2012年12月11日国土资源部第4次部务会议审议通过,现予以发布", "部 长 徐绍史\n2012年12月27日", "国土资源部"),  # H57B_03
    ("已经2012年12月11日国土资源部第4次部务会议审议通过,现予以发布", "部 长 徐绍史  2012年12月27日", "国土资源部"),
    ("已经中国保险监督管理委员会第6次主席办公会审议通过,现予公布", "主席 郭树清\n2012年12月27日", "中国保险监督管理委员会"),
    ("已于2012年6月1日经海关总署署务会议审议通过,现予公布", "署长 倪岳峰\n2012年12月27日", "海关总署"),
    ("已经2012年3月1日长沙市人民政府第30次常务会议通过,现予公布", "市长 胡忠雄\n二〇一二年十二月二十七日", "长沙市人民政府"),
])
def test_a_head_signs_for_the_body_whose_meeting_adopted_it(adopted, head, expected):
    doc = meta(f"《土地复垦条例实施办法》\n《土地复垦条例实施办法》{adopted},自2013年3月1日起施行。\n{head}\n\n"
               "土地复垦条例实施办法\n第一章 总则\n第一条 为了规范管理,制定本办法。\n第二条 县级以上国土资源主管部门负责监督管理。\n")
    assert (doc.issuer, doc.issue_date, doc.title) == (expected, dt.date(2012, 12, 27), "土地复垦条例实施办法")


def test_a_short_body_is_not_spelled_out_by_a_word_its_last_character_opens():
    # 国土资源主管部门 holds 国土资源部's characters in order, but its 部 is 部门's
    doc = meta("《土地复垦条例实施办法》\n《土地复垦条例实施办法》已经2012年12月11日国土资源部第4次部务会议审议通过,现予以发布。\n"
               "部 长 徐绍史\n2012年12月27日\n土地复垦条例实施办法\n第一条 县级以上国土资源主管部门负责监督管理。\n")
    assert doc.issuer == "国土资源部"


def test_an_order_publishing_an_amending_decision_over_the_rule_it_amends():
    # eighteenth H57B_02: the rule's title line, its history note naming the decision, then its articles
    doc = meta("中华人民共和国国土资源部令第49号\n\n《国土资源部关于修改部分规章的决定》,已经2010年11月29日国土资源部第6次部务会"
               "审议通过,现予发布,自发布之日起施行。\n\n部长 徐绍史\n\n二〇一〇年十一月三十日\n\n土地权属争议调查处理办法\n\n"
               "(2003年1月3日中华人民共和国国土资源部令第17号公布,根据2010年11月30日《国土资源部关于修改部分规章的决定》修正)\n\n"
               "第一条 为依法做好土地权属争议的调查处理工作,制定本办法。\n\n第二条 本办法所称土地权属争议,是指土地所有权或使用权归属争议。\n")
    assert (doc.title, doc.issuer, doc.issue_date, doc.doc_number) == \
        ("土地权属争议调查处理办法", "国土资源部", dt.date(2010, 11, 30), "中华人民共和国国土资源部令第49号")


@pytest.mark.parametrize("dated", ["(2024年3月5日)", "[2024-03-05]", "[ 2024-03-05 ]", "【2024-03-05】", "(二〇二四年三月五日)"])
def test_a_bracketed_day_under_the_title_dates_an_unsigned_text(dated):
    doc = meta(f"长沙市住房和城乡建设局关于做好X工作的通知\n{dated}\n{BODY}特此通知。\n")
    assert (doc.issuer, doc.issue_date) == ("长沙市住房和城乡建设局", dt.date(2024, 3, 5))


@pytest.mark.parametrize("closing", [
    "相关附件:二维码开始扫一扫在手机打开当前页",             # the page's own chrome run on (nineteenth H57D_07)
    "扫一扫在手机打开当前页",
    "相关信息广安市人民政府办公室关于促进养老服务的实施意见",
])
def test_a_run_in_signature_closed_by_the_pages_chrome(closing):
    body = "为加强管理,现提出如下实施意见。一、总体要求。到2020年,建成服务体系。二、保障措施。市卫生健康委要加强督促检查。"
    doc = meta("广安市人民政府办公室关于促进养老服务发展的实施意见\n广安市人民政府办公室\n"
               f"各区市县人民政府:{body * 8}广安市人民政府办公室2019年12月24日{closing}\n")
    assert (doc.issuer, doc.issue_date) == ("广安市人民政府办公室", dt.date(2019, 12, 24))


def test_a_run_in_signature_closed_by_the_heading_of_what_it_attaches():
    # nineteenth H57D_09: 附件:X ⏎ signature ⏎ X's heading, joined by nothing
    body = "为加强管理,现提出如下实施意见。一、总体要求。到2020年,建成服务体系。二、保障措施。市民政局要加强督促检查。"
    doc = meta("广安市人民政府办公室关于全面放开养老服务市场的实施意见\n广安市人民政府办公室\n"
               f"各区市县人民政府:{body * 8}附件:广安市全面放开养老服务市场目标任务安排表广安市人民政府办公室2018年12月28日"
               "广安市全面放开养老服务市场目标任务安排表(common/preview.action)\n")
    assert (doc.issuer, doc.issue_date) == ("广安市人民政府办公室", dt.date(2018, 12, 28))


@pytest.mark.parametrize("signer, plan", [
    ("甲市人民政府", "甲市促进消费若干措施一、实施重点企业扶持计划(一)在现代物流行业中选择100户企业。"),  # as H58D_08
    ("甲市人民政府", " 甲市促进消费若干措施"),
    ("甲市人民政府", "相关附件:二维码开始扫一扫"),
])
def test_a_run_in_signature_by_a_body_the_text_names_nowhere_else(signer, plan):
    # a JSON record's one-line content under the office that posted it: the body that signs is the issuer
    wrapper = "各区市县人民政府,市级各部门:《甲市促进消费若干措施》已经市政府常务会议审议通过,现印发你们,请认真组织实施。" * 6
    doc = meta(f"关于印发甲市促进消费若干措施的通知\n甲市人民政府办公室\n{wrapper}{signer}2015年7月24日{plan}\n")
    assert (doc.issuer, doc.issue_date) == (signer, dt.date(2015, 7, 24))


def test_a_dated_body_inside_a_sentence_signs_nothing():
    text = "各区市县人民政府:为加强管理,现通知如下。一、市住房城乡建设局2015年7月24日前完成摸底。二、市财政局要保障经费。" * 6
    doc = meta(f"关于加强管理的通知\n{text}\n")
    assert (doc.issuer, doc.issue_date) == (None, None)


def test_the_own_title_cited_with_its_issuing_body_gives_the_number():
    # a crawl record's Q&A after the page's chrome (twentieth H58D_08): 《<body>关于…的通知》(文号)…?
    doc = meta("关于印发甲市促进消费若干措施的通知\n各区市县人民政府:现印发你们,请认真组织实施。\n甲市人民政府\n2015年7月24日\n"
               "相关附件:\n《甲市人民政府关于印发甲市促进消费若干措施的通知》(甲府发〔2015〕25号)文件的实施范围?\n此文件适用于全市。\n")
    assert doc.doc_number == "甲府发〔2015〕25号"
    other = meta("乙市财政局关于印发甲市促进消费若干措施的通知\n各区市县:现印发你们。\n乙市财政局\n2015年7月24日\n"
                 "《甲市人民政府关于印发甲市促进消费若干措施的通知》(甲府发〔2015〕25号)\n")
    assert other.doc_number is None  # another body's notice of the same name


WRAPPER = "各有关单位:为加强管理,现将有关事项通知如下。一、总体要求。到2020年,建成服务体系。二、保障措施。各单位要加强督促检查。" * 5


@pytest.mark.parametrize("tail, expected", [
    ("请认真贯彻执行。国家能源局华北监管局2019年3月15日抄送:国家能源局市场监管司。", "国家能源局华北监管局"),  # the 版记
    ("请认真贯彻执行。国家能源局华北监管局2019年3月15日附件:相关政策与解读", "国家能源局华北监管局"),  # an attachment
    ("附件:江苏电力市场二类用户购售电三方服务协议(示范文本).doc国家能源局江苏监管办公室2019年3月15日扫一扫在手机打开当前页",
     "国家能源局江苏监管办公室"),                                      # after the file an attachment line names
    ("请认真贯彻执行。江门市房地产调控工作领导小组办公室(江门市住房和城乡建设局代章)2019年3月15日", "江门市房地产调控工作领导小组办公室"),
    ("请认真贯彻执行。上海市交通委员会 上海市发展和改革委员会2019年3月15日 ", "上海市交通委员会、上海市发展和改革委员会"),
    ("请认真贯彻执行。四川省科学技术厅(四川省人工智能产业链链长办公室)四川省经济和信息化厅2019年3月15日", "四川省科学技术厅、四川省经济和信息化厅"),
])
def test_a_run_in_signature_closed_by_what_pages_run_on(tail, expected):
    doc = meta(f"关于加强管理的通知\n{WRAPPER}{tail}\n")
    assert (doc.issuer, doc.issue_date) == (expected, dt.date(2019, 3, 15))


@pytest.mark.parametrize("tail", ["特此通知。2021年2月2日(联系人:张三,电话:83608888)", "特此通知。2021年2月2日",
                                  "请认真贯彻执行。2021年2月2日"])
def test_a_run_in_date_alone_under_a_title_naming_its_body(tail):
    doc = meta(f"天津市工业和信息化局关于加强管理的通知\n{WRAPPER}{tail}\n")
    assert (doc.issuer, doc.issue_date) == ("天津市工业和信息化局", dt.date(2021, 2, 2))


def test_a_run_in_date_inside_a_sentence_dates_nothing():
    doc = meta(f"天津市工业和信息化局关于加强管理的通知\n{WRAPPER}请认真贯彻执行。2021年2月2日起,各单位按月报送。\n")
    assert doc.issue_date is None


def test_another_bodys_dated_name_after_the_titled_bodys_is_another_documents():
    # a 通知 forwarding a rule, run into one line: the rule's own signature under it signs the rule, not the 通知
    doc = meta(f"甲市人民政府办公厅转发市水务局《关于甲市河道管理的规定》的通知\n{WRAPPER}请认真按照执行。甲市人民政府办公厅"
               f"2023年1月20日关于甲市河道管理范围的说明为加强河道管理,制定本规定。本规定自2023年2月1日起施行。甲市水务局2023年1月10日\n")
    assert doc.issuer == "甲市人民政府办公厅"


@pytest.mark.parametrize("number", ["闽岚综实委党群通[2014]36号", "岚综实旅发〔2017〕40号"])
def test_a_number_run_in_before_the_own_title_under_a_crawlers_header(number):
    title = "平潭综合实验区党工委党群工作部关于做好2014年高校毕业生就业见习工作的通知"
    doc = meta(f"标题: {title}\n发布时间: 2014-11-06 15:58\n文号:\n发布机构: 中国平潭\n====== 正文 ======\n当前位置:\n"
               f"首页政务公开最新文件部门文件 {title}\n时间:2014-11-06 15:58 微信 微博 QQ空间 {number} 平潭综合实验区党工委党群工作部 "
               "关于做好2014年高校毕业生就业见习工作的通知\n各有关单位:\n为促进就业,现就具体工作通知如下:\n一、计划安排\n"
               "平潭综合实验区党工委党群工作部\n2014年10月15日\n")
    assert doc.doc_number == number
    cited = meta(f"{title}\n各有关单位:\n根据{number}文件精神,现通知如下:\n一、计划安排\n")
    assert cited.doc_number is None  # cited in a sentence


def test_a_run_in_signature_closing_a_short_line():
    # a page joined by spaces, split again at its sentence ends: the last line is short, the signature closes it
    doc = meta("上海市交通委员会关于恢复本市集装箱道路运输挂车业务办理的通知\n各有关单位:\n"
               "经研究决定,即日起恢复本市集装箱道路运输挂车业务办理。 特此通知。 上海市交通委员会 2024年4月7日\n")
    assert (doc.issuer, doc.issue_date) == ("上海市交通委员会", dt.date(2024, 4, 7))
    named = meta("上海市交通委员会关于恢复本市集装箱道路运输挂车业务办理的通知\n各有关单位:\n"
                 "经研究决定,即日起恢复业务办理。上海市交通委员会2024年4月7日起受理申请。\n")
    assert named.issue_date is None  # a body and a date inside a sentence sign nothing


@pytest.mark.parametrize("after", ["国家医疗保障局", "国家医保局 财政部", "国家医疗保障局办公室 2025年10月15日印发"])
def test_a_run_in_signature_closed_by_its_seals_text_or_the_printing_office(after):
    doc = meta(f"关于做好即时结算工作的通知\n{WRAPPER}切实营造良好的工作氛围。国家医疗保障局办公室2025年10月14日{after}\n")
    assert (doc.issuer, doc.issue_date) == ("国家医疗保障局办公室", dt.date(2025, 10, 14))


def test_a_broken_signers_tail_run_on_before_the_date():
    # fourteenth H53_11's signature with its last line run onto the date's (the oneline perturbation)
    doc = meta("关于进一步优化落实新冠肺炎疫情防控措施的通知\n各省、自治区、直辖市:\n现将有关措施印发给你们,请认真贯彻执行。\n"
               "国务院应对新型冠状病毒肺炎\n疫情联防联控机制综合组    2022年12月7日\n")
    assert (doc.issuer, doc.issue_date) == ("国务院应对新型冠状病毒肺炎疫情联防联控机制综合组", dt.date(2022, 12, 7))


PLAN = "武汉市人工智能OPC生态社区建设指引\n为推动OPC创新发展,制定本指引。\n一、工作目标\n到2028年,建成10个OPC生态社区。\n二、政策支持\n给予最高500万元资金支持。\n"


@pytest.mark.parametrize("closing, expected", [
    # twentieth H58D_12: the body before the notice's title, its 文号, the date after 附件
    ("武汉市人民政府《关于印发武汉市支持人工智能OPC创新发展若干措施的通知》(武政规〔2026〕4号)附件,2026年2月13日。",
     ("武汉市人民政府", "武政规〔2026〕4号", dt.date(2026, 2, 13))),
    # the body opening the notice's title; the attachment numbered; no date (the page's own header dates it)
    ("(此件为《长沙市人民政府关于印发X办法的通知》(长政发〔2020〕5号)的附件)", ("长沙市人民政府", "长政发〔2020〕5号", None)),
    ("本指引系江苏省财政厅《关于印发X的通知》(苏财规〔2021〕3号)附件2。", ("江苏省财政厅", "苏财规〔2021〕3号", None)),
    ("来源:广州市人民政府办公厅《关于印发X的通知》(穗府办规〔2023〕7号)附件,2023年5月4日", ("广州市人民政府办公厅", "穗府办规〔2023〕7号", dt.date(2023, 5, 4))),
    # the 文号 alone: no body named
    ("桂政办发〔2020〕5号文件附件", (None, "桂政办发〔2020〕5号", None)),
])
def test_an_attachment_published_alone_takes_the_notice_its_line_names(closing, expected):
    doc = meta(f"{PLAN}{closing}\n")
    assert (doc.issuer, doc.doc_number, doc.issue_date) == expected


@pytest.mark.parametrize("line", [
    # a sentence citing another notice's attachment runs on past it
    "《财政部国家税务总局关于将铁路运输和邮政业纳入营业税改征增值税试点的通知》(财税[2013]106号)附件3第一条停止执行。",
    "附件2",  # an attachment's number alone names no notice
])
def test_a_citation_or_a_bare_attachment_mark_names_no_notice(line):
    doc = meta(f"{PLAN}{line}\n")
    assert (doc.issuer, doc.doc_number) == (None, None)


def test_a_signed_notice_keeps_its_own_fields():
    # its signature signs; an attachment's line below (a compiled page) gives nothing
    doc = meta("长沙市人民政府关于做好X工作的通知\n长政发〔2024〕9号\n" + BODY + "长沙市人民政府\n2024年3月5日\n"
               "湖南省人民政府《关于印发Y的通知》(湘政发〔2020〕5号)附件,2020年1月2日。\n")
    assert (doc.issuer, doc.doc_number, doc.issue_date) == ("长沙市人民政府", "长政发〔2024〕9号", dt.date(2024, 3, 5))


def test_the_notice_named_may_quote_the_document_it_issues():
    doc = meta(f"{PLAN}上海市交通委员会《关于印发《上海市X管理办法》的通知》(沪交行规〔2025〕4号)附件,2025年7月7日。\n")
    assert (doc.issuer, doc.doc_number, doc.issue_date) == ("上海市交通委员会", "沪交行规〔2025〕4号", dt.date(2025, 7, 7))
