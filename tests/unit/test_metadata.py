"""Metadata stage: title, plan title, 文号, issuer, date, region and the body bounds."""
import datetime as dt

import pytest

from pipeline.document import Document
from pipeline.metadata import parse_date, region_of
from metadata_reading import meta


def body(doc: Document) -> str:
    return doc.text[doc.body_start:doc.body_stop]


WRAPPED = """首页 > 政务公开 > 政府文件
甲州市人民政府办公室关于印发甲州市全民健身
实施计划(2021—2025年)的通知
甲政办发〔2021〕15号
各县(市)区人民政府,市政府各部门:
《甲州市全民健身实施计划(2021-2025年)》已经市政府同意,现印发给你们,请认真贯彻执行。

甲州市人民政府办公室
二〇二一年三月五日
(此件公开发布)

甲州市全民健身实施计划
(2021—2025年)

为推动全民健身,制定本计划。
一、总体目标
到2025年,经常参加体育锻炼人数比例达到40%。
二、主要任务
(一)完善设施。

相关链接
扫一扫在手机打开当前页
"""


def test_wrapped_plan_fields():
    doc = meta(WRAPPED)
    assert doc.title == "甲州市人民政府办公室关于印发甲州市全民健身实施计划(2021—2025年)的通知"
    assert doc.plan_title == "甲州市全民健身实施计划(2021—2025年)"
    assert doc.doc_number == "甲政办发〔2021〕15号"
    assert doc.issuer == "甲州市人民政府办公室"
    assert doc.issue_date == dt.date(2021, 3, 5)
    assert doc.region == "甲州市"


def test_wrapped_plan_body_bounds():
    doc = meta(WRAPPED)
    assert body(doc).startswith("为推动全民健身")  # after the plan title
    assert body(doc).endswith("(一)完善设施。")


def test_chrome_and_metadata_block_are_not_the_title():
    doc = meta("网站首页 新闻中心 政务公开 政务服务 互动交流\n您现在的位置: 首页 > 政务公开\n索引号:\n"
               "001/2020-1\n发布机构:\n市政府办公室\n成文日期:\n2020-10-29\n文件编号:\n乙政发[2020]7号\n"
               "乙县人民政府关于加强基层卫生工作的意见\n各乡镇人民政府:\n一、加强队伍。\n二、完善机制。\n")
    assert doc.title == "乙县人民政府关于加强基层卫生工作的意见"
    assert doc.doc_number == "乙政发[2020]7号"
    assert doc.issue_date == dt.date(2020, 10, 29)
    assert doc.issuer == "乙县人民政府"  # no signature: the body at the start of the title
    assert doc.region == "乙县"
    assert doc.plan_title is None
    assert body(doc).startswith("一、加强队伍。")  # after the addressee line


def test_publication_date_when_no_signature():
    doc = meta("丙市卫生健康委员会关于开展义诊活动的通知\n来源:丙市卫健委 发布时间:2019-05-06\n"
               "各医院:\n一、活动时间。\n二、活动内容。\n")
    assert doc.issue_date == dt.date(2019, 5, 6)
    assert doc.region == "丙市"


def test_notice_that_is_itself_the_plan():
    doc = meta("当前位置:首页>通知公告\n丁市健康城市建设行动方案\n为推进健康城市建设,制定本方案。\n一、目标\n二、任务\n")
    assert doc.title == "丁市健康城市建设行动方案"
    assert doc.plan_title is None  # the notice is itself the plan: it issues none (ANNOTATION.md)
    assert doc.issuer is None
    assert body(doc).startswith("为推进健康城市建设")  # the title yields no rows


def test_signature_on_one_line_and_weak_end_at_cc():
    doc = meta("戊市人民政府关于印发戊市健康行动方案的通知\n戊政发(2020)34号\n各部门:\n现将方案印发给你们。\n"
               "戊市人民政府 2020年10月29日\n戊市健康行动方案\n一、目标\n二、任务\n附件:1.主要指标\n"
               "2.部门分工\n抄送:市委各部门。\n戊市人民政府办公室 2020年10月30日印发\n")
    assert doc.issuer == "戊市人民政府"
    assert doc.doc_number == "戊政发(2020)34号"
    assert doc.issue_date == dt.date(2020, 10, 29)
    assert doc.plan_title == "戊市健康行动方案"
    assert body(doc).endswith("2.部门分工")


def test_attachment_with_body_after_cc_stays_in_body():
    doc = meta("己市人民政府关于印发己市方案的通知\n各部门:\n现印发。\n己市人民政府\n2020年1月2日\n己市方案\n一、目标\n"
               "抄送:市委。\n附件2\n责任清单\n一、任务\n相关链接\n")
    assert body(doc).endswith("一、任务")


def test_file_name_attachment_list_ends_the_body():
    doc = meta("庚市卫生健康委关于印发庚市方案的通知\n庚卫发〔2021〕2号\n各单位:\n现印发。\n庚市卫生健康委员会\n"
               "2021年4月26日\n庚市方案\n一、目标\n二、任务\n附件:\n领导小组名单.docx\n")
    assert body(doc).endswith("二、任务")
    assert doc.issuer == "庚市卫生健康委员会" and doc.region == "庚市"


def test_numbered_wrapper_lines_are_outside_the_body():
    doc = meta("辛市人民政府关于印发辛市方案的通知\n各部门:\n现就有关事项通知如下:\n一、高度重视。\n二、抓好落实。\n"
               "辛市人民政府\n2022年2月3日\n辛市方案\n一、目标\n二、任务\n")
    assert body(doc).startswith("一、目标")  # after the plan title
    assert doc.plan_title == "辛市方案"


def test_plan_title_from_title_when_the_plan_has_no_heading():
    doc = meta("壬市人民政府关于印发《壬市行动计划》的通知\n各部门:\n现印发。\n壬市人民政府\n2022年2月3日\n"
               "为落实要求,结合实际,制定本计划。具体如下。\n一、目标\n")
    assert doc.plan_title == "壬市行动计划"
    assert body(doc).startswith("为落实要求")


def test_joint_signers_first_is_issuer():
    doc = meta("癸市卫生健康委员会 癸市财政局关于印发癸市方案的通知\n各单位:\n现印发。\n癸市卫生健康委员会\n癸市财政局\n"
               "2022年2月3日\n癸市方案\n一、目标\n")
    # both sign and the title opens with both: the issuer is both (the development gold of
    # shgov_0005/0006, elec_0009/0011); a title naming one or none leaves the first signer
    assert doc.issuer == "癸市卫生健康委员会、癸市财政局"


def test_parse_date_variants():
    assert parse_date("2018年7月31日") == dt.date(2018, 7, 31)
    assert parse_date("2020-10-29") == dt.date(2020, 10, 29)
    assert parse_date("二〇一八年七月三十一日") == dt.date(2018, 7, 31)
    assert parse_date("二○二○年十二月一日") == dt.date(2020, 12, 1)
    assert parse_date("2020年2月30日") is None
    assert parse_date("无日期") is None


def test_region_of_names():
    assert region_of("沈阳市卫生健康委员会") == "沈阳市"
    assert region_of("内蒙古自治区人民政府办公厅") == "内蒙古自治区"
    assert region_of("宁波市鄞州区人民政府") == "鄞州区"  # the issuer's own area, the most specific
    assert region_of("阿拉善盟行政公署") == "阿拉善盟"
    assert region_of("某某市城市管理局") == "某某市"
    assert region_of("中共某某县委办公室") == "某某县"
    assert region_of("市卫生健康委") is None
    assert region_of(None) is None


def test_odd_input_does_not_raise():
    for raw in ["", "\n", "通知", "2020年1月1日", "关于\n\n\n", "附件:\n", "〔2020〕号" * 50]:
        doc = meta(raw)
        assert 0 <= doc.body_start <= doc.body_stop <= len(doc.text)


def test_page_title_line_is_chrome_and_continuation_lines_start_no_new_title():
    doc = meta("关于印发子市方案的通知_子市人民政府门户网站\n子市人民政府关于印发子市方案的通知\n各部门:\n现印发。\n"
               "子市人民政府\n2022年2月3日\n子市方案\n一、目标\n")
    assert doc.title == "子市人民政府关于印发子市方案的通知"


def test_plan_issued_as_numbered_attachment_with_title_on_the_same_line():
    doc = meta("丑市人民政府关于印发丑市方案的通知\n各部门:\n现印发。\n丑市人民政府\n2022年2月3日\n附件1:丑市健康行动方案\n"
               "为落实要求,制定本方案。\n一、目标\n")
    assert doc.plan_title == "丑市健康行动方案"
    assert body(doc).startswith("为落实要求")


def test_standalone_plan_title_joins_its_period_line():
    doc = meta("寅市卫生健康事业发展规划\n(2021—2025年)\n为推进发展,制定本规划。\n一、背景\n")
    assert doc.title == "寅市卫生健康事业发展规划(2021—2025年)"
    assert doc.plan_title is None


def test_signature_at_the_end_of_a_notice_that_is_the_body():
    doc = meta("卯市人民政府关于做好防汛工作的通知\n各部门:\n一、加强值守。\n二、及时报告。\n卯市人民政府\n2022年6月1日\n"
               "相关链接\n" + "卯市人民政府网站 " * 60 + "\n")
    assert body(doc).startswith("一、加强值守。")
    assert "二、及时报告。" in body(doc)
    assert doc.issuer == "卯市人民政府" and doc.issue_date == dt.date(2022, 6, 1)


def test_title_with_issuing_bodies_on_the_lines_above():
    doc = meta("辰市人民政府文件\n辰政发〔2022〕3号\n辰市卫生健康委员会\n辰市财政局\n关于印发辰市方案的通知\n各部门:\n现印发。\n"
               "辰市卫生健康委员会\n2022年2月3日\n辰市方案\n一、目标\n")
    assert doc.title == "辰市卫生健康委员会辰市财政局关于印发辰市方案的通知"
    assert doc.doc_number == "辰政发〔2022〕3号"
    assert doc.issuer == "辰市卫生健康委员会"


def test_menu_lines_with_about_us_are_not_titles():
    doc = meta("首页 | 关于我们 | 联系我们\n巳市人民政府印发巳市健康行动方案的通知\n各部门:\n现印发。\n巳市人民政府\n"
               "2022年2月3日\n巳市健康行动方案\n一、目标\n")
    assert doc.title == "巳市人民政府印发巳市健康行动方案的通知"
    assert doc.issuer == "巳市人民政府" and doc.plan_title == "巳市健康行动方案"


def test_notice_with_own_numbered_body_and_an_attachment_after_the_signature():
    doc = meta("午市人民政府关于做好防汛工作的通知\n各部门:\n一、加强值守。\n二、及时报告。\n午市人民政府\n2022年6月1日\n"
               "附件1\n值班表\n一、值班安排\n二、联系方式\n")
    assert body(doc).startswith("一、加强值守。")
    assert doc.plan_title is None


def test_notice_without_wrapper_starts_its_body_after_the_addressee_line():
    from pipeline.run import process_text

    text = ("某市人民政府办公室关于印发2025年重点工作任务分解的通知\n发布时间:2025-01-21\n"
            "某政办〔2025〕1号\n各县、区人民政府,市政府各部门:\n"
            "2025年《政府工作报告》已经审议通过,现将任务分解下发。\n一、主要任务\n1.2025年6月底前完成改造120个。")
    doc = process_text(text)
    assert doc.text[doc.body_start:].startswith("2025年《政府工作报告》")
    assert [d.raw for d in doc.deadlines if d.task_path] == ["2025年6月底前"]


def test_title_broken_after_a_word_that_is_also_a_document_type():
    doc = meta("鸡西市人民政府办公室关于印发健康鸡西行动\n实施方案的通知\n鸡政办发〔2024〕11号\n各县(市)、区人民政府:\n"
               "现将《健康鸡西行动实施方案》印发给你们。\n")
    assert doc.title == "鸡西市人民政府办公室关于印发健康鸡西行动实施方案的通知"


def test_a_campaign_named_after_a_place_is_no_region():
    assert region_of("健康赣州行动推进委员会办公室") is None
    assert region_of("赣州市人民政府") == "赣州市"


# --- real layouts (tests/real/corpus): the title at the top, metadata where pages put it ---

def test_database_source_tag_is_no_part_of_the_title():
    cases = [  # realestate_0092, realestate_0030, realestate_0005, realestate_0008
        ("【安徽六安】关于进一步促进房地产市场平稳健康发展的若干措施\n为支持刚性和改善性住房需求,结合实际,制定本措施。\n"
         "一、给予购房契税补贴。\n", "关于进一步促进房地产市场平稳健康发展的若干措施", "六安市"),
        ("【内蒙古自治区鄂尔多斯市】鄂尔多斯市住房公积金管理委员会关于调整部分住房公积金政策的通知\n各住房公积金缴存单位、缴存职工:\n"
         "为进一步规范我市住房公积金政策,现将有关事项通知如下。\n一、明确住房公积金补缴范围\n",
         "鄂尔多斯市住房公积金管理委员会关于调整部分住房公积金政策的通知", "鄂尔多斯市"),
        ("【东莞市住房和城乡建设局】《关于进一步做好房地产市场调控工作的通知》\n一、稳控住宅用地出让价格优化土地竞拍规则。\n"
         "二、强化住房限购措施\n", "关于进一步做好房地产市场调控工作的通知", "东莞市"),
        ("【云南省丽江市】《关于印发丽江市促进房地产市场平稳健康发展若干措施的通知》\n丽江市促进房地产市场平稳健康发展若干措施\n"
         "为认真贯彻落实党中央、国务院决策部署,制定以下措施。\n一、落实金融支持\n",
         "关于印发丽江市促进房地产市场平稳健康发展若干措施的通知", "丽江市"),
    ]
    for raw, title, region in cases:
        doc = meta(raw)
        assert doc.title == title
        assert doc.region == region
        assert doc.issuer is None or not doc.issuer.startswith("【")


def test_the_plan_body_starts_at_its_first_item_under_a_database_title():
    doc = meta("【大连市人民政府】《关于进一步加强房地产市场调控和监管工作的通知》\n一、进一步严格限制新购住房上市交易\n"
               "凡在中山区新购买住房的严格限制上市交易。\n二、严格限制住宅用地出让溢价率\n")
    assert body(doc).startswith("一、进一步严格限制新购住房上市交易")
    doc = meta("【云南省丽江市】《关于印发丽江市促进房地产市场平稳健康发展若干措施的通知》\n丽江市促进房地产市场平稳健康发展若干措施\n"
               "为认真贯彻落实党中央、国务院决策部署,制定以下措施。\n一、落实金融支持\n")
    assert body(doc).startswith("为认真贯彻落实")  # the repeated plan title yields nothing
    assert doc.plan_title == "丽江市促进房地产市场平稳健康发展若干措施"


def test_an_outline_heading_is_never_the_title():
    # realestate_0086: a title closed by a note (暂行); realestate_0183: a text starting with its body
    doc = meta("关于贯彻落实房地产市场止跌回稳促进健康发展若干措施(暂行)\n为深入贯彻落实党中央决策部署,制定如下措施。\n"
               "一、优化项目规划条件\n1.合理调整规划设计。\n八、实施购房优惠政策\n18.实施购房补贴政策。\n")
    assert doc.title == "关于贯彻落实房地产市场止跌回稳促进健康发展若干措施(暂行)"
    assert body(doc).startswith("为深入贯彻落实")
    doc = meta("一、完善房地产政策\n(一)国有建设用地使用权出让竞买保证金比例统一按起始价的20%确定。\n二、优化住房公积金政策\n")
    assert doc.title is None
    assert body(doc).startswith("一、完善房地产政策")
    doc = meta("内江市支持多样化住房需求促进房地产市场平稳健康发展的工作措施\n一、积极支持收购存量商品房\n"
               "按照“以需定购”原则收购存量商品房。\n")
    assert doc.title == "内江市支持多样化住房需求促进房地产市场平稳健康发展的工作措施"
    assert body(doc).startswith("一、积极支持收购存量商品房")


def test_a_title_line_that_is_only_a_quoted_name_is_the_name():
    for raw, title in [  # realestate_0034, realestate_0173, realestate_0151 (broken over two lines)
        ("《南充市稳定新出生人口规模六条措施》\n为深入贯彻落实有关部署要求,制定如下措施。\n一、完善生育支持\n",
         "南充市稳定新出生人口规模六条措施"),
        ("《关于优化住房公积金提取政策的通知》\n一、缴存人及其配偶购买我市行政区域内现售商品住房的,可提取住房公积金。\n",
         "关于优化住房公积金提取政策的通知"),
        ("《广东省促进经济持续向好服务做强\n国内大循环工作方案》\n为推动经济持续向好,制定本方案。\n一、总体要求\n",
         "广东省促进经济持续向好服务做强国内大循环工作方案"),
    ]:
        assert meta(raw).title == title


def test_the_notice_title_line_issuing_a_quoted_plan_under_it_is_the_title():
    # realestate_0151: the database's 《plan》 line (broken over two lines), then the notice's own title line issuing
    # that plan, broken by the page's width (a piece opening with 经, as a sentence may) and closed by its 文号
    doc = meta("《广东省促进经济持续向好服务做强\n国内大循环工作方案》\n广东省人民政府办公厅关于印发广东省促进\n"
               "经济持续向好服务做强国内大循环\n工作方案的通知\n粤府办〔2025〕14号\n各地级以上市人民政府,省政府各部门:\n"
               " 经省人民政府同意,现将《广东省促进经济持续向好服务做强国内大循环工作方案》印发给你们,请认真贯彻落实。\n")
    assert doc.title == "广东省人民政府办公厅关于印发广东省促进经济持续向好服务做强国内大循环工作方案的通知"
    assert doc.plan_title == "广东省促进经济持续向好服务做强国内大循环工作方案"
    assert doc.doc_number == "粤府办〔2025〕14号"
    # a 《plan》 line over the plan's own body (no notice issuing it) stays the title
    doc = meta("《宿州市进一步促进房地产市场平稳健康发展若干措施》\n宿州市进一步促进房地产市场平稳健康发展若干措施\n"
               "为贯彻落实党中央、国务院决策部署,现制定有关措施如下。\n一、激活市场活力\n")
    assert doc.title == "宿州市进一步促进房地产市场平稳健康发展若干措施"


def test_a_news_headline_over_the_notice_title_line_is_not_the_title():
    cases = [  # realestate_0016 (an exclamation before the title), realestate_0156 (a figure up front, 来了)
        ("【云南省普洱市】多孩家庭贷款额度上浮!关于调整优化住房公积金使用政策的通知\n关于调整优化住房公积金使用政策的通知\n"
         "各广大住房公积金缴存人:\n为充分发挥住房公积金的保障作用,现就有关事项通知如下:\n一、调整优化部分住房公积金贷款政策\n",
         "关于调整优化住房公积金使用政策的通知"),
        ("【“三水发布”微信公众号】发放消费券1000万元!三水区购房促消费活动来了\n关于2022年佛山市三水区购房促消费活动的通知\n"
         "各房地产企业、广大购房者:\n为进一步提振我区消费市场信心,具体实施方案如下:\n一、活动时间\n",
         "关于2022年佛山市三水区购房促消费活动的通知"),
        # the notice's own line naming its bodies before 关于
        ("【某市】购房补贴来了\n某市住房和城乡建设局关于发放购房补贴的通知\n各有关单位:\n为促进住房消费,现将有关事项通知如下。\n"
         "一、补贴对象\n", "某市住房和城乡建设局关于发放购房补贴的通知"),
    ]
    for raw, title in cases:
        assert meta(raw).title == title
    kept = [  # a headline with no notice's title line under it stays the title (realestate_0218, realestate_0224, 0220)
        ("【南京溧水】即购即补、多策发力——溧水区购房政策最新发布\n9月10日溧水区购房政策最新发布,购房补助叠加,网签后即可先行兑付......\n"
         "为贯彻落实中央要求,结合溧水实际,制定购房政策实施细则如下:\n一、购房补助\n",
         "即购即补、多策发力——溧水区购房政策最新发布"),
        ("【江苏省无锡市】无锡市住建局发布《无锡市市区共有产权保障房管理办法》\n无锡市市区共有产权保障房管理办法\n第一章总则\n"
         "第一条为规范共有产权保障房管理,制定本办法。\n", "无锡市住建局发布《无锡市市区共有产权保障房管理办法》"),
        ("【江苏宿迁市住房和城乡建设局等7个部门】关于促进中心城区房地产平稳健康发展的若干政策措施\n"
         "我市出台关于促进中心城区房地产平稳健康发展的若干政策措施\n发布日期:2022-05-19来源:市住建局访问量:86\n"
         "为贯彻落实中央省关于进一步完善房地产政策,由市住建局等7个部门联合出台若干政策措施。\n一、支持刚需\n",
         "关于促进中心城区房地产平稳健康发展的若干政策措施"),
    ]
    for raw, title in kept:
        assert meta(raw).title == title


WORK_REPORT = """2005年中华人民共和国国务院政府工作报告
各位代表:

现在,我代表国务院,向大会作政府工作报告,请予审议,并请全国政协各位委员提出意见。

一、过去一年工作回顾

2004年,全国各族人民在中国共产党领导下,奋发图强。国务院颁布了《
关于深化改革严格土地管理的决定
》;完善国土资源管理体制。
二、2005年工作总体部署
"""


def test_a_work_report_is_titled_at_its_top_and_delivered_by_the_state_council():
    doc = meta(WORK_REPORT)  # gwr_0006: a 《…》 name broken across lines deep in the text
    assert doc.title == "2005年中华人民共和国国务院政府工作报告"
    assert doc.issuer == "国务院"
    assert doc.region is None and doc.province is None  # a central body
    assert body(doc).startswith("现在,我代表国务院")
    doc = meta("2006年中华人民共和国国务院政府工作报告\n各位代表,现在,我代表国务院,作政府工作报告,请予审议。\n"
               "一、去年工作回顾\n制定和实施了《\n关于预防煤矿生产安全事故的特别规定\n》等22部行政法规。\n")
    assert doc.title == "2006年中华人民共和国国务院政府工作报告" and doc.issuer == "国务院"


def test_a_report_delivered_by_a_government_named_by_its_level_takes_the_place_its_title_names():
    # seventh doc_0021 (a provincial work report: 我代表省人民政府); a city's report names its place only in the
    # line under the title; a plan report is delivered 受…委托; a person (受总理委托) delivers for no body
    for raw, issuer in [
        ("2026年河北省政府工作报告\n——2026年1月26日在河北省第十四届人民代表大会第四次会议上\n河北省人民政府省长 王正谱\n"
         "各位代表:\n现在,我代表省人民政府向大会报告工作,请予审议,并请省政协委员和列席人员提出意见。\n一、回顾\n",
         "河北省人民政府"),
        ("政府工作报告\n——2024年1月15日在广州市第十六届人民代表大会第四次会议上\n各位代表:\n"
         "现在,我代表市人民政府,向大会报告工作,请予审议。\n一、回顾\n", "广州市人民政府"),
        ("关于2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n——2024年1月22日在浙江省第十四届人民代表大会"
         "第二次会议上\n各位代表:\n受省人民政府委托,现将2023年计划执行情况报告如下,请予审议。\n一、回顾\n", "浙江省人民政府"),
        ("2022年中华人民共和国国务院政府工作报告\n——2022年3月5日在第十三届全国人民代表大会第五次会议上\n各位代表:\n"
         "现在,我代表国务院,向大会报告政府工作,请予审议。\n一、2021年工作回顾\n", "国务院"),
        # eighth doc_0031: a page's chrome between the title and the dated line, the speaker past ten lines down
        ("2026年政府工作报告\n来源:云南日报\n2026-02-03 09:02:33\n【字体:\n大\n中\n小\n】\n"
         "——2026年1月28日在云南省第十四届人民代表大会第四次会议上\n省长 王予波\n各位代表:\n"
         "现在,我代表省人民政府,向大会报告工作,请予审议,并请省政协委员提出意见。\n一、回顾\n", "云南省人民政府"),
        # the speaker only in the body, after the first item, is no opening
        ("政府工作报告\n一、回顾\n过去一年,我代表市人民政府,向大会报告工作。\n二、任务\n", None),
        ("政府工作报告\n各位代表:\n现在,我代表市人民政府,向大会报告工作。\n一、回顾\n", "市人民政府"),  # no place named
        ("2005年中华人民共和国国务院政府工作报告\n各位代表:\n受总理委托,向大会报告。\n一、回顾\n", None),
    ]:
        assert meta(raw).issuer == issuer


def test_a_speech_that_lost_its_title_line_opens_at_its_salutation_and_is_delivered_by_its_speaker():
    # thirteenth R_02/R_03 (city reports converted from docx, opening at `各位代表:`): the greeting is no field
    # label, the sentence under it no title; 我代表市人民政府 is the government of the city the text governs
    for raw, issuer, region in [
        ("各位代表:\n现在,我代表市人民政府向大会报告工作,请予审议。\n2023年工作回顾\n"
         "2023年,全市上下奋勇争先。林芝市地区生产总值增长9%。\n2024年工作安排\n加快林芝市城市更新。\n", "林芝市人民政府", "林芝市"),
        ("同志们:\n受县人民政府委托,向大会报告工作,请予审议。\n一、过去五年工作回顾\n全县粮食增产。长兴县获评示范县,长兴县…\n",
         "长兴县人民政府", "长兴县"),
        ("尊敬的各位代表:\n现在,我代表国务院,向大会报告政府工作,请予审议,并请全国政协委员提出意见\n"
         "一、2021年工作回顾\n", "国务院", None),
        ("代表们、同志们!\n现在,我代表省人民政府,向大会报告工作。\n一、回顾\n全省经济回升向好。河北省…河北省…\n",
         "河北省人民政府", "河北省"),
    ]:
        doc = meta(raw)
        assert (doc.title, doc.issuer, doc.region) == (None, issuer, region), raw
    from pipeline.metadata.patterns import patterns
    assert patterns()["field_label"].match("索引号:") and patterns()["field_label"].match("发文机关:")
    assert not patterns()["field_label"].match("各位代表:") and not patterns()["field_label"].match("同志们:")


def test_dev_reports_cut_to_open_at_their_salutation_keep_their_issuer():
    # the layout of a report converted from docx (no title line, no dated line) made from the labelled reports:
    # each read from its `各位代表:` line on has no title and the issuer its gold gives
    from pathlib import Path
    import yaml
    from pipeline.document import Document
    from pipeline.normalise import normalise
    real = Path(__file__).resolve().parents[1] / "real"
    cut = 0
    for corpus in (real / "corpus", real / "seventh" / "corpus", real / "eighth" / "corpus"):
        for path in sorted(corpus.glob("*.txt")):
            gold = corpus.parent / "gold" / f"{path.stem}.yaml"  # real/gold, real/seventh/gold, …
            source = Document(source_file=path.name, raw=path.read_text("utf-8", errors="replace"))
            normalise(source)
            at = source.text.find("各位代表:\n")
            if at < 0 or not gold.exists():
                continue
            issuer = (yaml.safe_load(gold.read_text("utf-8")).get("document") or {}).get("issuer")
            if not issuer:
                continue
            doc = meta(source.text[at:])
            assert (doc.title, doc.issuer) == (None, issuer), path.name
            cut += 1
    assert cut >= 8


def test_a_speech_is_dated_by_the_line_under_its_title():
    for raw, date in [  # gwr_0018, gwr_0022, gwr_0024
        ("2017年中华人民共和国国务院政府工作报告\n政府工作报\n告\n——2017年3月5日在第十二届全国人民代表大会第五次会议上\n"
         "各位代表:\n现在,我代表国务院,向大会报告政府工作,请予审议。\n一、2016年工作回顾\n", dt.date(2017, 3, 5)),
        ("2022年中华人民共和国国务院政府工作报告\n——2022年3月5日在第十三届全国人民代表大会第五次会议上\n各位代表:\n"
         "现在,我代表国务院,向大会报告政府工作,请予审议。\n一、2021年工作回顾\n", dt.date(2022, 3, 5)),
    ]:
        doc = meta(raw)
        assert doc.issue_date == date
        assert doc.issuer == "国务院"
        assert body(doc).startswith("现在,我代表国务院")


GOVCN_PAGE = """索 引 号:

000014349/2018-00204

主题分类:

综合政务\\政务公开

发文机关:

国务院办公厅

成文日期:

2018年10月27日

标 题:

国务院办公厅关于印发《政府网站集约化试点工作方案》的通知

发文字号:

国办函〔2018〕71号

发布日期:

2018年11月09日

主 题 词:

{keywords}
国务院办公厅关于印发《政府网站集约化

试点工作方案》的通知

国办函〔2018〕71号

各省、自治区、直辖市人民政府,国务院各部委、各直属机构:

《政府网站集约化试点工作方案》已经国务院领导同志同意,现印发给你们,请认真贯彻执行。

国务院办公厅

2018年10月27日

(此件公开发布)

政府网站集约化试点工作方案

为推进政府网站互联互通融合发展,制定以下方案。

一、总体要求
"""


def test_gov_cn_metadata_table_with_labels_and_values_on_separate_lines():
    for keywords in ("", "文秘工作 提案 函\n"):  # govcn_0001 (no 主题词), govcn_0033 (主题词 given)
        doc = meta(GOVCN_PAGE.format(keywords=keywords))
        assert doc.title == "国务院办公厅关于印发《政府网站集约化试点工作方案》的通知"
        assert doc.issuer == "国务院办公厅"
        assert doc.issue_date == dt.date(2018, 10, 27)  # 成文日期, not the 发布日期
        assert doc.doc_number == "国办函〔2018〕71号"
        assert doc.plan_title == "政府网站集约化试点工作方案"
        assert body(doc).startswith("为推进政府网站")


def test_gov_cn_table_gives_the_title_when_the_text_has_no_wrapper():
    table = GOVCN_PAGE.split("主 题 词:")[0].replace(  # govcn_0032: a reply, no wrapper, no items
        "国务院办公厅关于印发《政府网站集约化试点工作方案》的通知", "国务院办公厅对十届全国人大四次会议第7240号建议的答复")
    doc = meta(table + "主 题 词:\n\n国务院办公厅对十届全国人大\n\n四次会议第7240号建议的答复\n\n"
               "国办函〔2006〕71号\n\n周桂英等代表:\n\n你们提出的建议收悉,现答复如下:\n\n随着社会信息化的发展,各级政府相继建立了政府网站。\n")
    assert doc.title == "国务院办公厅对十届全国人大四次会议第7240号建议的答复"
    assert body(doc).startswith("周桂英等代表:")  # after the title lines and the 文号


def test_regulation_header_dates_it():
    # the adopting standing committee signs nothing and the title starts with a place: no issuer
    for raw, title, date, region in [  # lawref_0017, lawref_0008 (markdown headings)
        ("# 宁波市宗教活动场所管理办法\n\n1997年3月27日 宁波市第十届人民代表大会常务委员会第三十次会议通过\n\n"
         "1997年6月28日 浙江省第八届人民代表大会常务委员会第三十七次会议批准\n\n<!-- INFO END -->\n\n"
         "第一条 为了保护正常的宗教活动,制定本办法。\n\n第二条 本市行政区域内的宗教活动场所管理,适用本办法。\n",
         "宁波市宗教活动场所管理办法", dt.date(1997, 3, 27), "宁波市"),
        ("# 枣庄市电梯安全条例\n\n2019年10月30日 枣庄市第十六届人民代表大会常务委员会第二十三次会议通过\n\n"
         "2019年11月29日 山东省第十三届人民代表大会常务委员会第十五次会议批准\n\n<!-- INFO END -->\n\n## 第一章 总则\n\n"
         "第一条 为了加强电梯安全工作,制定本条例。\n", "枣庄市电梯安全条例", dt.date(2019, 10, 30), "枣庄市"),
    ]:
        doc = meta(raw)
        assert (doc.title, doc.issue_date, doc.issuer, doc.region) == (title, date, None, region)
        assert regex_first_line(body(doc)).lstrip("# ").startswith("第")  # the header yields no deadlines
    doc = meta("# 枣庄市电梯安全条例\n\n2019年10月30日 枣庄市第十六届人民代表大会常务委员会第二十三次会议通过\n\n第一条 为了加强电梯安全工作。\n")
    assert (doc.province, doc.prefecture, doc.adcode) == ("山东省", "枣庄市", "370400")


def regex_first_line(text: str) -> str:
    return text.split("\n", 1)[0]


def test_page_links_right_after_the_title_do_not_end_the_body():
    # realestate_0072: a 相关链接 block between the title and the notice's addressee
    doc = meta("【四川省眉山市人民政府、眉山市住房和城乡建设局】关于促进房地产业良性循环和健康发展政策措施的补充通知\n"
               "眉山市住房和城乡建设局眉山市财政局眉山市自然资源局关于促进房地产业良性循环和健康发展政策措施的补充通知\n"
               "相关链接:\n《关于促进房地产业良性循环和健康发展政策措施的补充通知》政策解释\n\n"
               "天府新区眉山管委会、各县(区)人民政府,市级相关部门(单位):\n为进一步促进我市房地产业良性循环和健康发展,现补充通知如下。\n"
               "一、实施购房补贴\n〔牵头单位:市财政局;责任单位:市住房城乡建设局〕\n二、加大金融支持\n\n"
               "眉山市住房和城乡建设局眉山市财政局\n眉山市自然资源局\n2022年5月27日\n")
    assert body(doc).startswith("为进一步促进我市")
    assert "二、加大金融支持" in body(doc)
    # bodies written together over two lines: each signs
    assert doc.issuer == "眉山市住房和城乡建设局、眉山市财政局、眉山市自然资源局"
    assert doc.issue_date == dt.date(2022, 5, 27)


def test_bodies_written_together_give_the_first():
    from pipeline.metadata.bodies import first_body
    assert first_body("眉山市住房和城乡建设局眉山市财政局") == "眉山市住房和城乡建设局"  # realestate_0072
    assert first_body("汕尾市不动产登记中心汕尾市住房公积金管理中心") == "汕尾市不动产登记中心"  # realestate_0163
    assert first_body("南宁住房公积金管理中心 南宁市住房和城乡建设局") == "南宁住房公积金管理中心"  # realestate_0185
    assert first_body("国务院办公厅、中央军委办公厅") == "国务院办公厅"  # govcn_0039
    assert first_body("宁波市鄞州区人民政府") == "宁波市鄞州区人民政府"


def test_a_closing_printed_line_dates_a_notice_without_signature_date():
    # realestate_0008: the body, then 丽江市人民政府办公室 ⏎ 2023年10月21日印发
    doc = meta("【云南省丽江市】《关于印发丽江市促进房地产市场平稳健康发展若干措施的通知》\n一、落实金融支持\n"
               "(一)充分发挥住房公积金贷款政策支持作用。\n丽江市人民政府办公室\n\n2023年10月21日印发\n")
    assert doc.issue_date == dt.date(2023, 10, 21)
    assert doc.issuer == "丽江市人民政府办公室"  # alone over the date: it signs (the title names no body)
    doc = meta("某市住房和城乡建设局关于做好物业管理工作的通知\n各区住建局:\n一、加强管理。\n"
               "抄送:市政府办公室。\n某市住房和城乡建设局办公室 2019年3月15日印发\n")
    assert doc.issue_date == dt.date(2019, 3, 15)
    assert doc.issuer == "某市住房和城乡建设局"  # the 版记's printing office signs nothing: the title's body
    doc = meta("关于做好物业管理工作的通知\n各区住建局:\n一、加强管理。\n抄送:市政府办公室。\n"
               "吴泾镇人民政府办公室                  2021年2月7日印发\n")  # shgov_0057's 版记
    assert doc.issuer is None


def test_region_from_a_place_named_in_the_title_only_when_it_is_a_division():
    assert region_of("促进房地产市场平稳健康发展若干措施", known_only=True) is None  # realestate_0054
    assert region_of("广元市青川县促进房地产市场平稳健康发展若干措施", known_only=True) == "青川县"  # realestate_0067
    assert region_of("成都市房地产市场平稳健康发展领导小组办公室") == "成都市"  # realestate_0205
    doc = meta("关于印发运城市进一步促进房地产市场平稳健康发展工作措施的通知\n各县(市、区)人民政府:\n现将措施印发给你们。\n")
    assert doc.region == "运城市" and doc.province == "山西省" and doc.adcode == "140800"


def test_a_window_in_a_sentence_is_no_publication_date():
    # realestate_0222 (补贴时间:…至…), realestate_0103 (自本措施发布之日起至…), realestate_0080
    for raw in ["【江苏省常熟市】《促进房地产市场平稳健康发展11条工作措施》\n文件要求,实行契税补贴。补贴时间:2024年4月1日至2024年12月31日。\n",
                "宿州市进一步促进房地产市场平稳健康发展若干措施\n一、激活市场活力\n1.发放普惠消费券。自本措施发布之日起至2023年12月31日止,凡购买新建商品住房的给予补贴。\n",
                "【四川雅安石棉】关于支持刚性和改善性住房需求的十六条措施\n一、容缺办理相关规划和建设许可手续\n"
                "2023年1月1日至2024年6月30日期间,签订土地出让价款分期缴纳合同的,可容缺办理。\n"]:
        assert meta(raw).issue_date is None
    # realestate_0220: a page's 发布日期 line under the title still dates it
    doc = meta("【江苏宿迁市住房和城乡建设局等7个部门】关于促进中心城区房地产平稳健康发展的若干政策措施\n"
               "发布日期:2022-05-19来源:市住建局访问量:86\n为贯彻落实中央省关于进一步完善房地产政策的部署,制定如下措施。\n")
    assert doc.issue_date == dt.date(2022, 5, 19)


def test_a_number_cited_in_the_text_is_not_the_notice_number():
    # realestate_0034: (中发〔2021〕30 号) after a quoted name; realestate_0230: inside a sentence
    doc = meta("《南充市稳定新出生人口规模六条措施》\n为深入贯彻落实《中共中央 国务院关于优化生育政策促进\n"
               "人口长期均衡发展的决定》 (中发〔2021〕30 号)和有关部署要求,制定如下措施。\n一、完善生育支持\n")
    assert doc.doc_number is None
    doc = meta("【江苏省盐城市大丰区】关于有效应对疫情影响促进全区房地产市场健康发展的八项政策\n"
               "一是对购买新建商品住房给予补贴。在执行大办发〔2019〕163号文件的基础上,再给予补贴。\n")
    assert doc.doc_number is None
    doc = meta("吉林省人民政府办公厅印发\n关于促进消费若干措施的通知\n吉政办发〔2023〕23号\n各市(州)人民政府:\n现印发给你们。\n")
    assert doc.doc_number == "吉政办发〔2023〕23号"  # realestate_0040: its own line


def test_a_number_beside_the_notices_own_title_is_its_number():
    # thirteenth T_01-T_03 (广安市 pages): no line gives the 文号; the 政策问答 under the notice cites the notice's own
    # title with it, or the page's attachment is the notice's file named by it (maybe with a note: 主动公开)
    cover = "各县(市、区)人民政府,市直各部门:《{plan}》已经六届市政府第10次常务会议审议通过,现印发给你们,请遵照执行。\n"
    doc = meta("广安市人民政府关于印发《广安市招商引资政策二十条(试行)》的通知\n" + cover.format(plan="广安市招商引资政策二十条(试行)")
               + "二维码开始扫一扫在手机打开当前页\n《广安市人民政府关于印发〈广安市招商引资政策二十条(试行)〉的通知》"
               "(广安府规〔2022〕4号)的适用范围?\n新引进外来广安投资的企业。\n")
    assert doc.doc_number == "广安府规〔2022〕4号"
    doc = meta("广安市人民政府印发《关于支持文化旅游产业高质量发展的若干政策(试行)》的通知\n"
               + cover.format(plan="关于支持文化旅游产业高质量发展的若干政策(试行)")
               + "本政策自2022年5月26日起施行。相关附件:广安府规〔2022〕3号印发《关于支持文化旅游产业高质量发展的若干政策(试行)》"
               "的通知(主动公开).pdf(/gasrmzfw/c104243/1733364780520251392/BGijABn6.pdf)二维码开始\n")
    assert doc.doc_number == "广安府规〔2022〕3号"
    # T_03: the number cited after an earlier notice's title (第十三届) is not its own; its file's is
    text = ("广安市人民政府办公室关于印发广安市参加四川省第十四届运动会奖励办法的通知\n"
            + cover.format(plan="广安市参加四川省第十四届运动会奖励办法")
            + "参照《广安市人民政府办公室关于印发广安市参加四川省第十三届运动会奖励办法的通知》(广安府发〔2016〕36号)标准,制定本办法。\n")
    assert meta(text).doc_number is None
    doc = meta(text + "第二十六条 本办法自2022年7月17日起施行,有效期5年。相关附件:广安府办规〔2022〕4号关于印发广安市参加四川省第十四届"
                      "运动会奖励办法的通知.pdf(/gasrmzfw/c104243/17439083287)二维码开始\n")
    assert doc.doc_number == "广安府办规〔2022〕4号"
    # inside a sentence a name and a number cite another document, even one of the notice's title: realestate_0004's
    # 原《X》, the former document it replaces; realestate_0185's title, a database's name for the notice it implements
    doc = meta("【广西省南宁市】《关于进一步促进南宁市房地产市场平稳健康发展的通知》\n各房地产开发企业、商业银行、住房公积金缴存人:\n"
               "为落实《关于进一步促进南宁市房地产市场平稳健康发展的通知》(南住建〔2023〕466号)的文件精神,支持符合条件的购房人"
               "提取住房公积金支付首付款,现就有关事项通知如下:\n")
    assert doc.doc_number is None
    doc = meta("长宁区房屋协议置换实施办法\n第一条 (目的和依据)为规范本区房屋协议置换工作,制定本办法。\n"
               "本实施办法自2026年1月1日起施行,有效期至2030年12月31日。原《长宁区房屋协议置换实施办法》(长府规〔2023〕1号))同时废止。\n")
    assert doc.doc_number is None


def test_bodies_signing_short_are_written_as_the_title_names_them():
    # extra shgov_0048: 市交通委 ⏎ 市公安局 sign a notice its title opens with 上海市交通委员会、上海市公安局
    doc = meta("上海市交通委员会、上海市公安局关于71路中运量西延伸公交线路实行专用车道管理的通告\n"
               "目前,71路中运量西延伸工程已具备试运营条件。为确保行车安全,现就有关事项通告如下:\n"
               "一、71路中运量西延伸路中式专用车道,东起沪青平公路吴宝路交叉口。\n特此通告。\n市交通委\n市公安局\n2023年5月10日\n")
    assert doc.issuer == "上海市交通委员会、上海市公安局"
    # extra shgov_0038: a title naming no body leaves the short signature as signed
    doc = meta("关于优化本市新出让商品住房用地套型供应结构的通知\n各区人民政府:\n为优化住房供应结构,现就有关事项通知如下:\n"
               "一、优化套型供应结构。\n市住房城乡建设管理委\n市房屋管理局\n市规划资源局\n2023年6月8日\n")
    assert doc.issuer == "市住房城乡建设管理委、市房屋管理局、市规划资源局"
    # extra elec_0009: a title running its bodies together names fewer than sign: each stays as signed
    doc = meta("国家发展改革委办公厅国家能源局综合司关于做好电力现货市场试点连续试结算相关工作的通知\n各省、自治区、直辖市发展改革委:\n"
               "为做好电力现货市场试点连续试结算相关工作,现就有关事项通知如下:\n一、做好连续试结算准备。\n"
               "国家发展改革委办公厅\n国家能源局综合司\n2020年3月26日\n")
    assert doc.issuer == "国家发展改革委办公厅、国家能源局综合司"


def test_a_page_headed_by_a_bodys_act_of_issuing_a_named_document():
    # realestate_0224 (发布) and fourth plan_0015 (印发): the body opening the headline issues the 《X》 it names
    for title, body, plan in [("【江苏省无锡市】无锡市住建局发布《无锡市市区共有产权保障房管理办法》", "无锡市住建局", "无锡市市区共有产权保障房管理办法"),
                              ("省人民政府办公厅印发《贵州省扩大民间投资三年行动方案》", "省人民政府办公厅", "贵州省扩大民间投资三年行动方案")]:
        doc = meta(f"{title}\n{plan}\n第一章总则\n第一条为了规范共有产权保障房管理,改善住房困难家庭居住条件,制定本办法。\n")
        assert (doc.issuer, doc.plan_title) == (body, plan)
    # a headline a release day closes names no body (realestate_0218)
    doc = meta("【南京溧水】即购即补、多策发力——溧水区购房政策最新发布\n9月10日溧水区购房政策最新发布,购房补助叠加。\n"
               "为贯彻落实中央要求,制定购房政策实施细则如下:\n")
    assert doc.issuer is None


def test_the_number_of_an_order_heading_the_page_wins_over_its_tables():
    # govcn_0027: the gov.cn table writes 国令第707号; the order heading the text, 中华人民共和国国务院令 ⏎ 第707号
    doc = meta("索 引 号:\n000014349/2018-00218\n发文机关:\n国务院\n成文日期:\n2018年12月18日\n标 题:\n中华人民共和国个人所得税法实施条例\n"
               "发文字号:\n国令第707号\n发布日期:\n2018年12月22日\n主 题 词:\n中华人民共和国国务院令\n第707号\n"
               "现公布修订后的《中华人民共和国个人所得税法实施条例》,自2019年1月1日起施行。\n总理 李克强\n2018年12月18日\n"
               "中华人民共和国个人所得税法实施条例\n第一条 根据《中华人民共和国个人所得税法》,制定本条例。\n")
    assert doc.doc_number == "中华人民共和国国务院令第707号"


def test_signers_stacked_over_lines_or_without_a_date():
    # realestate_0163: two bodies a line, the first line's first body signs first
    doc = meta("【汕尾市住房和城乡建设局等8部门】关于促进房地产市场平稳健康发展若干措施的通知\n一、支持刚性住房需求。\n"
               "本通知自发布之日起施行。\n汕尾市住房和城乡建设局汕尾市自然资源局\n汕尾市人力资源和社会保障局汕尾市金融工作局\n"
               "中国人民银行汕尾市中心支行中国银行保险监督管理委员会汕尾监管分局\n汕尾市不动产登记中心汕尾市住房公积金管理中心\n2022年6月10日\n")
    assert doc.issuer.split("、")[:2] == ["汕尾市住房和城乡建设局", "汕尾市自然资源局"]
    assert doc.issuer.endswith("汕尾市住房公积金管理中心") and doc.issue_date == dt.date(2022, 6, 10)
    # realestate_0164: a seal note between the signing body and the date
    doc = meta("【江门市住房和城乡建设局】江门市关于促进房地产业高质量发展的通知\n一、优化土地供应。\n"
               "江门市房地产调控工作领导小组办公室\n(江门市住房和城乡建设局代章)\n2022年4月28日\n")
    assert doc.issuer == "江门市房地产调控工作领导小组办公室"
    # realestate_0156: signing bodies closing the text with no date under them
    doc = meta("【“三水发布”微信公众号】发放消费券1000万元!三水区购房促消费活动来了\n为进一步提振我区消费市场信心,开展本次活动。\n"
               "一、活动时间\n佛山市三水区住房城乡建设和水利局\n佛山市三水区财政局\n佛山市三水区经济和科技促进局\n")
    assert doc.issuer == "佛山市三水区住房城乡建设和水利局、佛山市三水区财政局、佛山市三水区经济和科技促进局"
    assert doc.region == "三水区"
    assert doc.prefecture == "佛山市"


def test_a_signature_without_its_date_under_the_wrapper_signs():
    # a page printing the day above the title leaves the signature without one: the bodies under the wrapper's last
    # sentence sign, over the plan it issues (realestate_0148), a note (plan_0001), or the page's end (elec_0003)
    for raw, issuer in [
        ("2024年11月18日\n关于印发运城市进一步促进房地产市场平稳健康发展工作措施的通知\n各县(市、区)人民政府,市直各有关单位:\n"
         "《运城市进一步促进房地产市场平稳健康发展工作措施》已经市人民政府同意,现印发给你们,请遵照执行。\n运城市人民政府办公室\n"
         "(此件删减后公开)\n运城市进一步促进房地产市场平稳健康发展工作措施\n为促进房地产市场平稳健康发展,制定如下措施。\n"
         "一、支持刚性住房需求\n", "运城市人民政府办公室"),
        ("2019年7月12日\n关于加强数学科学研究工作方案\n国科办基〔2019〕61号\n各有关单位:\n为落实《关于全面加强基础科学研究的若干意见》"
         "要求,特制定本方案。现印发给你们,请认真贯彻落实。\n科技部办公厅\n教育部办公厅\n中科院办公厅\n自然科学基金委办公室\n(此件主动公开)\n"
         "关于加强数学科学研究工作方案\n一、持续稳定支持基础数学科学\n",
         "科技部办公厅、教育部办公厅、中科院办公厅、自然科学基金委办公室"),
        ("2018年10月26日\n关于做好2019年电力市场化交易注册绑定有关工作的通知\n各有关单位:\n一、做好注册工作\n"
         "各市场主体应按平等、自愿原则开展注册、签约及绑定工作。\n附件:江苏电力市场二类用户购售电三方服务协议(示范文本).doc\n"
         "国家能源局江苏监管办公室\n扫一扫在手机打开当前页\n网站地图\n", "国家能源局江苏监管办公室"),
        # a seal's text under the names (国家医保局 财政部) signs no more
        ("2024年9月5日\n关于稳妥有序扩大跨省直接结算门诊慢特病病种范围的通知\n各省、自治区、直辖市医保局、财政厅(局):\n"
         "一、工作目标\n落实和完善异地就医结算。\n二、工作要求\n各省医保部门务必高度重视。\n国家医保局办公室\n财政部办公厅\n"
         "国家医保局 财政部\n", "国家医保局办公室、财政部办公厅"),
    ]:
        doc = meta(raw)
        assert doc.issuer == issuer, raw[:30]
    # the body a page's header names under its date (宿迁 seventh doc_0003) is who posted it: the signature signs
    doc = meta("2026年2月5日\n市政府办公室关于印发宿迁市加快推进OPC创新发展十条政策措施的通知\n2026-02-05\n市政府办公室\n"
               "来源:公众号OPC创业汇\n宿政办规〔2026〕1号\n各县、区人民政府,市各有关部门和单位:\n"
               "《宿迁市加快推进OPC创新发展十条政策措施》已经市政府常务会议审议通过,现印发给你们,请认真贯彻执行。\n"
               "宿迁市人民政府办公室\n(此件公开发布)\n宿迁市加快推进OPC创新发展十条政策措施\n1.强化数据要素供给。建立数据资源池。\n")
    assert doc.issuer == "宿迁市人民政府办公室"
    # the office over the 版记's `…印发` date printed it: the body the title opens with issues (eighth doc_0013)
    doc = meta("莆田市自然资源局关于印发《莆田市建筑工程日照分析技术管理规则》的通知\n各相关单位:\n现印发给你们,请遵照执行。\n"
               "附件\n莆田市建筑工程日照分析技术管理规则\n第一条 为保障居民日照权益,制定本规则。\n第二条 本规则自印发之日起施行。\n"
               "莆田市自然资源局办公室\n2022年12月12日印发\n")
    assert doc.issuer == "莆田市自然资源局"


def test_a_plan_title_broken_over_lines_after_the_signature_is_joined():
    for raw, plan, first in [  # govcn_0009 (a 请示 forwarded), realestate_0066, realestate_0026 (a (第1号) note)
        ("国务院办公厅转发国家教委关于内地西藏班(校)扩大规模有关问题请示的通知\n各省、自治区、直辖市人民政府:\n"
         "国家教委《关于内地西藏班(校)扩大规模有关问题的请示》已经国务院批准,现转发给你们。\n国务院办公厅\n一九九六年七月十七日\n"
         "关于内地西藏班(校)\n扩大规模有关问题的请示\n国务院:\n为贯彻落实有关意见,现就扩大规模提出如下意见。\n一、扩大招生规模\n",
         "关于内地西藏班(校)扩大规模有关问题的请示", "国务院:"),
        ("【四川省广元市】广元市人民政府关于印发《广元市聚焦高质量发展推动经济运行整体好转的若干具体政策措施》的通知\n各县(区)人民政府:\n"
         "现将《广元市聚焦高质量发展推动经济运行整体好转的若干具体政策措施》印发给你们,请认真贯彻落实。\n广元市人民政府\n2023年7月1日\n"
         "广元市聚焦高质量发展推动经济运行整体\n好转的若干具体政策措施\n为深入贯彻党的二十大精神,制定如下措施。\n一、稳定工业增长\n",
         "广元市聚焦高质量发展推动经济运行整体好转的若干具体政策措施", "为深入贯彻"),
        ("【兰州市人民政府】兰州市落实强省会战略进一步优化营商环境若干措施(第1号)\n各县、区人民政府:\n"
         "《兰州市落实强省会战略进一步优化营商环境若干措施(第1号)》已经市政府常务会议审议通过,现印发给你们。\n兰州市人民政府\n2022年4月1日\n"
         "兰州市落实强省会战略进一步\n优化营商环境若干措施\n(第1号)\n为落实强省会战略,进一步优化营商环境,制定如下措施。\n(一)推行告知承诺制。\n",
         "兰州市落实强省会战略进一步优化营商环境若干措施(第1号)", "为落实强省会战略"),
    ]:
        doc = meta(raw)
        assert doc.plan_title == plan
        assert body(doc).startswith(first)


def test_a_database_record_line_gives_its_title_field():
    # realestate_0001: date | source | title | the title cut, whose rest follows on the next lines
    doc = meta("2021-08-11 00:00:00 | 住建部 | 关于在实施城市更新行动中防止大拆大建问题的通知(征求意见稿) | 关于在实施城市更新行动中\n"
               "防止大拆大建问题的通知\n(征求意见稿)\n实施城市更新行动是党的十九届五中全会作出的重要决策部署。\n"
               "一、坚持划定底线,防止城市更新变形走样\n")
    assert doc.title == "关于在实施城市更新行动中防止大拆大建问题的通知(征求意见稿)"
    assert body(doc).startswith("实施城市更新行动是")
    doc = meta("【广东省惠州市惠阳区】2023-04-28 | 惠阳区住房和城乡建设局 | 关于全方位宣传购房优惠政策的函\n一、首付比例优惠政策\n")
    assert doc.title == "关于全方位宣传购房优惠政策的函" and doc.source_tag == "广东省惠州市惠阳区"
    assert body(doc).startswith("一、首付比例优惠政策")


def test_a_body_opening_with_a_dated_sentence_is_no_header():
    # realestate_0080 / realestate_0124: a measure's window right under the title stays in the body
    for raw, first in [
        ("【四川雅安石棉】关于支持刚性和改善性住房需求的十六条措施\n2023年1月1日至2024年6月30日期间,签订土地出让价款分期缴纳合同的,可容缺办理。\n",
         "2023年1月1日至"),
        ("【山东省临沂市】关于进一步促进房地产市场平稳健康发展的若干措施\n2022年9月29日起,对个人首次购买中心城区新建商品住房的给予补贴。\n",
         "2022年9月29日起"),
    ]:
        assert body(meta(raw)).startswith(first)


def test_a_branch_named_after_its_body_is_placed_by_the_division_in_its_name():
    from pipeline.metadata.places import region_of
    # co-signers of fourth plan_0008, plan_0021, realestate_0163 and a state grid company (国网重庆市电力公司)
    assert region_of("中国人民银行河南省分行") == "河南省"
    assert region_of("中国人民银行汕尾市中心支行") == "汕尾市"
    assert region_of("国网重庆市电力公司") == "重庆市"
    # a level word and a name's words are no place (shgov_0054's 市绿化市容局); a zone and a renamed county are kept
    assert region_of("市绿化市容局") is None
    assert region_of("平潭综合实验区管委会办公室") == "平潭综合实验区"
    assert region_of("横州市人民政府办公室") == "横州市"


def test_central_issuers_have_no_region_whatever_place_the_title_names():
    from pipeline.metadata.places import document_region
    # twelfth K_02: a national 意见 about 浙江 (its reader: region null, national bodies)
    assert document_region("中共中央、国务院", "中共中央 国务院关于支持浙江高质量发展建设共同富裕示范区的意见", None) is None
    assert document_region("财政部、教育部", "财政部 教育部关于支持西藏自治区教育发展的通知", None) is None
    assert document_region("华北能源监管局", "华北能源监管局关于修订蒙西电网“两个细则”部分条款的通知", None) is None
    # a body named by its level or by its place written short is the title's place (shgov_0054, realestate_0157)
    assert document_region("市住房城乡建设管理委、市绿化市容局", "上海市住房城乡建设管理委关于…的通知", None) == "上海市"
    assert document_region("广州住房公积金管理中心", "广州住房公积金管理中心关于调整住房公积金最低缴存基数的通知", None) == "广州市"
    assert document_region("省委、省政府", "浙江省数字经济发展实施意见", None) == "浙江省"
    # a body with no place that reads as no central one (a fund's centre) is placed by the title, as before
    assert document_region("住房公积金管理中心", "关于调整普洱市住房公积金政策的通知", None) == "普洱市"
    # ministries' offices and national bodies named with 中国/全国 are central (fourth plan_0001, seventh doc_0008)
    assert document_region("科技部办公厅、教育部办公厅、中科院办公厅、自然科学基金委办公室", "关于支持江苏省…的通知", None) is None
    assert document_region("中国人民银行、国家金融监督管理总局", "关于上海市…的通知", None) is None
    doc = meta("中共中央 国务院关于支持浙江高质量发展建设共同富裕示范区的意见\n(2021年5月20日)\n"
               "促进全体人民共同富裕是一项长期艰巨的任务,浙江省具备开展共同富裕示范区建设的基础和优势。\n一、总体要求\n(一)指导思想。\n")
    assert (doc.issuer, doc.region, doc.province, doc.adcode) == ("中共中央、国务院", None, None, None)


def test_a_saved_pages_title_line_is_chrome():
    # the <title> of a saved page, 【title】-site, above the site's navigation (NDRC pages);
    # the title is the heading of the notice below, and the body is not cut at the chrome
    for site in ("-国家发展和改革委员会", "_中国政府网", " - 某某市人民政府门户网站"):
        doc = meta(f"【关于做好2021年电力中长期合同签订工作的通知(发改运行〔2020〕1784号)】{site}\n"
                   "首页\n>\n政务公开\n>\n通知\n发布时间:2020/12/02\n[ 打印 ]\n"
                   "国家发展改革委 国家能源局关于做好\n2021年电力中长期合同签订工作的通知\n"
                   "发改运行〔2020〕1784号\n各省、自治区、直辖市发展改革委:\n"
                   "一、抓紧签订2021年电力中长期合同\n各地要在12月底前完成签约。\n"
                   "二、保障足量签约\n(一)充分发挥合同作用。\n")
        assert doc.title == "国家发展改革委 国家能源局关于做好2021年电力中长期合同签订工作的通知", site
        assert "二、保障足量签约" in body(doc)
    # a database's source tag before a title is still a tag
    doc = meta("【安徽淮北】关于进一步促进房地产市场平稳健康发展的若干措施\n一、给予购房补贴\n")
    assert doc.title == "关于进一步促进房地产市场平稳健康发展的若干措施"


def test_issuing_bodies_on_the_lines_above_a_body_and_guanyu_line():
    # elec_0009: the title block runs over four lines, the second holding a body and 关于
    doc = meta("关于做好电力现货市场试点连续试结算相关工作的通知(发改办能源规〔2020〕245号)\n发布时间:2020/04/03\n"
               "[ 打印 ]\n国家发展改革委办公厅\n国家能源局综合司关于\n做好电力现货市场试点连续试结算\n相关工作的通知\n"
               "发改办能源规〔2020〕245号\n山西省、浙江省能源局:\n为落实有关文件精神,现就有关事项通知如下。\n"
               "一、高度重视试结算工作\n(一)电力现货市场试点是关键改革。\n国家发展\n改革委办公厅\n国家能源局综合司\n"
               "2020年3月26日\n")
    assert doc.title == "国家发展改革委办公厅国家能源局综合司关于做好电力现货市场试点连续试结算相关工作的通知"
    assert doc.doc_number == "发改办能源规〔2020〕245号"
    assert doc.issue_date == dt.date(2020, 3, 26)
    # a body broken over two lines of the signature is one body (elec_0009, elec_0010)
    assert doc.issuer == "国家发展改革委办公厅、国家能源局综合司"
    doc = meta("国家发展改革委 国家能源局关于加强和规范电网\n规划投资管理工作的通知\n发改能源规〔2020〕816号\n"
               "各省发展改革委:\n为深入贯彻落实有关要求,现通知如下。\n一、切实加强电网规划统筹协调与实施\n"
               "(一)深化电网规划编制内容要求。\n国家发\n展改革委\n国 家 能 源 局\n2020年5月28日\n")
    assert doc.issuer == "国家发展改革委、国家能源局"


FRONT_MATTER = """---
标题: 关于做好2021年度低效建设用地减量化相关工作的函
文号: 沪规划资源施〔2021〕128号
发布单位: 上海市规划和自然资源局
发布日期: 2021-09-29
层级: 市级
官方链接: https://ghzyj.sh.gov.cn/zcwj/tdgl/20210929/fc858708b0b04ed88959992a06df38cd.html
附件: https://ghzyj.sh.gov.cn/cmsres/3b/3b9b99f55835469d85a307247f07536b/b800ecc8094d6ee9047794307.pdf
---

> 本文正文由脚本自上海市规划和自然资源局官网页面提取,仅供检索查阅。

# 关于做好2021年度低效建设用地减量化相关工作的函

关于做好2021年度低效建设用地减量化相关工作的函
沪规划资源施〔2021〕128号
宝山区政府:
“十四五”期间,各区仍应依据规划持续推进减量化工作。2021年,全市减量化任务总量不低于15平方公里。
特此致函。
上海市规划和自然资源局
2021年4月22日
"""


def test_markdown_front_matter_is_a_metadata_table_and_its_attachment_link_no_end():
    # shgov_0045 / shgov_0022: the front matter's 附件 URL line used to end the body there
    doc = meta(FRONT_MATTER)
    assert doc.title == "关于做好2021年度低效建设用地减量化相关工作的函"
    assert doc.doc_number == "沪规划资源施〔2021〕128号"
    assert doc.issuer == "上海市规划和自然资源局"
    assert doc.issue_date == dt.date(2021, 4, 22)  # the signature's date wins over 发布日期
    assert doc.url.startswith("https://ghzyj.sh.gov.cn/zcwj/")
    assert body(doc).startswith("“十四五”期间") and "特此致函" in body(doc)
    # shgov_0013: an empty field (`-`) gives nothing; an unsigned notice's issuer is the 发布单位
    doc = meta(FRONT_MATTER.replace("文号: 沪规划资源施〔2021〕128号", "文号: -")
               .replace("发布日期: 2021-09-29", "发布日期: -")
               .replace("上海市规划和自然资源局\n2021年4月22日\n", "")
               .replace("沪规划资源施〔2021〕128号\n宝山区政府", "宝山区政府"))
    assert doc.doc_number is None and doc.issue_date is None
    assert doc.issuer == "上海市规划和自然资源局"


def test_a_page_table_names_in_full_the_body_a_title_opens_with():
    # elec_0001: 市工业和信息化局 in the title, 天津市工业和信息化局 as the table's 发布机构
    doc = meta("名 称 :\n市工业和信息化局关于印发2021年春节期间电力需求响应实施细则的通知\n发 布 机 构 :\n天津市工业和信息化局\n"
               "发 文 字 号 :\n津工信电力〔2021〕3号\n市工业和信息化局关于印发2021年春节期间电力需求响应实施细则的通知\n"
               "国网天津市电力公司,有关单位:\n为落实能源保供工作部署要求,现予以印发,请遵照执行。\n特此通知。\n")
    assert doc.issuer == "天津市工业和信息化局"
    assert doc.region == "天津市"


def test_bodies_signing_together_and_opening_the_title_together_are_the_issuer():
    # shgov_0006: signed on one line, named in the title with 、
    doc = meta("上海市交通委员会、上海海事局 关于印发《上海港提高靠港船舶岸电使用率实施方案(2023年)》的通知\n"
               "沪交科〔2023〕233号\n各相关港航企业:\n现印发给你们,请贯彻执行。\n上海市交通委员会 上海海事局\n2023年4月17日\n"
               "上海港提高靠港船舶岸电使用率实施方案(2023年)\n一、工作目标\n")
    assert doc.issuer == "上海市交通委员会、上海海事局"
    # elec_0011: signed on two lines, one spaced out; the title writes them apart with a space
    doc = meta("国家发展改革委 国家能源局关于做好2021年电力中长期合同签订工作的通知\n发改运行〔2020〕1784号\n"
               "各省、自治区、直辖市发展改革委:\n现就有关事项通知如下。\n一、抓紧签订电力中长期合同\n"
               "各地要高度重视。\n国家发展改革委\n国 家 能 源 局\n2020年11月25日\n")
    assert doc.issuer == "国家发展改革委、国家能源局"
    # bodies sign whose title names none of them: every signer (realestate_0163; med_0003 and
    # med_0014, signed on one line and one a line; med_0011, names spaced out by a PDF)
    for signature, issuer in [
        ("汕尾市住房和城乡建设局汕尾市自然资源局\n汕尾市不动产登记中心汕尾市住房公积金管理中心\n2022年6月10日",
         "汕尾市住房和城乡建设局、汕尾市自然资源局、汕尾市不动产登记中心、汕尾市住房公积金管理中心"),
        ("国家医保局 财政部 2021年4月12日", "国家医保局、财政部"),
        ("国家医保局\n财政部\n2024年9月5日", "国家医保局、财政部"),
        ("最高人民法院\n最高人民检察院\n公安部\n2024年2月28日", "最高人民法院、最高人民检察院、公安部"),
        ("卫生健康委 教 育 部\n财 政 部 人力资源社会保障部\n医 保 局 药 监 局\n2020年2月21日",
         "卫生健康委、教育部、财政部、人力资源社会保障部、医保局、药监局"),
        ("国务院办公厅\n2023年5月26日", "国务院办公厅"),
    ]:
        doc = meta("关于促进房地产市场平稳健康发展若干措施的通知\n各县(市、区)人民政府:\n现将有关措施通知如下。\n"
                   f"一、支持合理住房消费\n{signature}\n")
        assert doc.issuer == issuer


def test_a_number_in_brackets_on_its_own_line_under_the_title_is_the_notices():
    # text from PDFs (tests/real/third): the 文号 in brackets under the title, a space before 号
    for raw, number in [
        ("关于全面推进医保基金即时结算改革扩面提质的通知\n(医保办函〔2025〕82 号)\n各省、自治区、直辖市医疗保障局:\n"
         "推进医保基金即时结算改革是具体举措。\n一、全面推进即时结算改革\n", "医保办函〔2025〕82号"),  # med_0002
        ("卫生健康委 教育部 财政部 人力资源社会保障部\n医保局 药监局关于印发加强医疗机构药事管理\n促进合理用药的意见的通知\n"
         "(国卫医发〔2020〕2 号)\n各省、自治区、直辖市人民政府:\n现将意见印发给你们。\n", "国卫医发〔2020〕2号"),  # med_0011
        # an order's number is the 文号 of a rule issued by decree (med_0016, med_0015)
        ("医疗保障基金使用监督管理举报处理暂行办法\n(国家医疗保障局令第 5 号)\n《医疗保障基金使用监督管理举报处理暂行办法》"
         "已经2022年1 月20日第4次局务会议审议通过,现予公布。\n局 长:胡静林\n2022年1月29日\n", "国家医疗保障局令第5号"),
        ("医疗用毒性药品管理办法\n国务院令第 23 号\n第一条 为加强医疗用毒性药品的管理,制定本办法。\n", "国务院令第23号"),
    ]:
        assert meta(raw).doc_number == number
    # govcn_0027: gov.cn's table gives an order's number as 发文字号
    doc = meta("成文日期:\n2018年12月18日\n标 题:\n中华人民共和国个人所得税法实施条例\n发文字号:\n国令第707号\n"
               "中华人民共和国个人所得税法实施条例\n第一条 根据《中华人民共和国个人所得税法》,制定本条例。\n")
    assert doc.doc_number == "国令第707号"
    # another's order cited in the body is not the notice's number (elec_0010)
    doc = meta("关于加快推进电网项目建设的通知\n各省发展改革委:\n纳入规划的电网项目应根据《政府投资条例》(国务院令第712号)"
               "办理。\n一、加快核准\n")
    assert doc.doc_number is None


def test_a_signature_date_broken_into_short_lines():
    # elec_0005 / elec_0006 (2019 ⏎ 年 ⏎ 11 ⏎ 月 ⏎ 15 ⏎ 日), shgov_0071 (2014 ⏎ 年6 ⏎ 月28 ⏎ 日)
    doc = meta("华北能源监管局关于开展河北南网电力调峰辅助服务市场模拟运行的通知\n国网河北省电力有限公司:\n"
               "现就有关事项通知如下。\n一、模拟运行时间\n自通知印发之日起开展模拟运行。\n国家能源局华北监管局\n"
               "2019\n年\n11\n月\n15\n日\n")
    assert doc.issue_date == dt.date(2019, 11, 15) and doc.issuer == "国家能源局华北监管局"
    doc = meta("上海市嘉定区人民政府关于批转《关于加强本区道路下立交设施防汛防台管理工作的通知》的通知\n"
               "嘉府发〔2014〕33号\n各镇人民政府:\n现将有关通知批转给你们,请认真贯彻执行。\n上海市嘉定区人民政府\n"
               "2014\n年6\n月28\n日\n")
    assert doc.issue_date == dt.date(2014, 6, 28)
    # elec_0001: a contact note opening over lines after the date is no plan title
    doc = meta("市工业和信息化局关于印发2021年春节期间电力需求响应实施细则的通知\n国网天津市电力公司,有关单位:\n"
               "现予以印发,请遵照执行。\n特此通知。\n2021\n年\n2\n月\n2\n日\n(联系人:市工业和信息化局电力处 章建新\n"
               "联系电话:\n83608057\n)\n一、实施背景\n为保障春节期间用电。\n")
    assert doc.issue_date == dt.date(2021, 2, 2)
    assert doc.plan_title == "2021年春节期间电力需求响应实施细则"


def test_a_regulations_bracketed_header_dates_it_and_yields_no_deadlines():
    # the first clause's date (adoption or publication) dates a text that nothing signs
    for header, date in [
        ("（2007年3月21日国务院第171次常务会议通过　2007年3月31日中华人民共和国国务院令第491号公布　"
         "自2007年5月1日起施行）", dt.date(2007, 3, 21)),  # med_0023, med_0029
        ("（2018年7月17日国家卫生健康委员会、国家中医药管理局发布）", dt.date(2018, 7, 17)),  # med_0024
        ("（1994年2月26日中华人民共和国国务院令第149号发布　根据2016年2月6日《国务院关于修改部分行政法规的决定》"
         "第一次修订　根据2022年3月29日《国务院关于修改和废止部分行政法规的决定》第二次修订）", dt.date(1994, 2, 26)),  # med_0028
        ("（1996年3月3日上海市人民政府发布，根据2010年12月20日上海市人民政府令第52号公布的《上海市人民政府关于修改"
         "〈上海市农机事故处理暂行规定〉等148件市政府规章的决定》修正并重新发布", dt.date(1996, 3, 3)),  # shgov_0013
    ]:
        doc = meta(f"医疗机构管理条例\n\n{header}\n\n第一章　总则\n\n第一条　为了加强对医疗机构的管理,制定本条例。\n")
        assert doc.issue_date == date
        assert body(doc).startswith("第一章")  # its dates are no deadlines
    # a sentence opening the body with a date and 发布 is no header (its verb takes an object)
    doc = meta("关于做好防汛工作的通知\n2023年5月10日市政府印发了《防汛预案》,各单位要抓好落实。\n一、压实责任\n")
    assert doc.issue_date is None


def test_a_top_line_closing_a_name_opened_before_the_file_began_is_the_title():
    # a PDF's text cut at the previous document's `…印发《` (med_0007, med_0030)
    for raw, title in [
        ("关于医师执业注册中执业范围的暂行规定》\n(卫医发〔2001〕169 号)\n为进一步做好医师执业注册工作,特对执业范围作如下规定:\n"
         "一、医师执业范围\n", "关于医师执业注册中执业范围的暂行规定"),
        ("关于办理医保骗保刑事案件若干问题的指导意见》的通知\n(法发〔2024〕6 号)\n各省、自治区、直辖市高级人民法院:\n"
         "现将《指导意见》印发给你们。\n最高人民法院\n2024年2月28日\n", "关于办理医保骗保刑事案件若干问题的指导意见的通知"),
    ]:
        assert meta(raw).title == title
    # deeper in a text such a line is still the tail of a broken quotation, never the title
    doc = meta("2006年政府工作报告\n——2006年3月5日在第十届全国人民代表大会第四次会议上\n"
               "一、2005年工作回顾\n落实《国务院关于深化改革严格\n土地管理的决定》\n")
    assert doc.title == "2006年政府工作报告"


def test_a_page_saved_by_a_reader_service_has_its_header_read_as_front_matter():
    # gz_0001: Title / URL Source / Markdown Content, navigation, the page heading, 发表时间 in bold
    raw = ("Title: 天河区扎实推进家庭医生签约服务 助力“百千万工程”再升级\n\n"
           "URL Source: http://www.thnet.gov.cn/thdt/bmjd/content/post_10189331.html\n\nMarkdown Content:\n"
           "[无障碍阅读](javascript:void(0);)[长者助手](javascript:;)[繁体版](javascript:void(0);)\n\n"
           "*   [**首页**_Home_](http://www.thnet.gov.cn/)\n*   [**天河动态**_Local News_](http://www.thnet.gov.cn/thdt/)\n\n"
           "# 您当前所在的位置:[首页](http://www.thnet.gov.cn/)>[天河动态](http://www.thnet.gov.cn/thdt/)\n\n"
           "# 天河区扎实推进家庭医生签约服务 助力“百千万工程”再升级\n\n"
           "发表时间:**2025-03-28 16:55:56**信息来源:**区卫生健康局**浏览量:**-**\n\n"
           "为深入贯彻落实十项措施,2025年3月27日,天河区卫生健康局召开推进会。\n")
    doc = meta(raw)
    assert doc.title == "天河区扎实推进家庭医生签约服务 助力“百千万工程”再升级"
    assert doc.url == "http://www.thnet.gov.cn/thdt/bmjd/content/post_10189331.html"
    assert doc.issue_date == dt.date(2025, 3, 28)
    assert body(doc).startswith("为深入贯彻落实")
    # a Published Time field dates it when the page shows no date
    doc = meta("Title: 关于开展义诊活动的通知\nURL Source: https://example.gov.cn/a.html\n"
               "Published Time: 2024-05-06T08:00:00+08:00\nMarkdown Content:\n# 关于开展义诊活动的通知\n各单位:\n"
               "现就有关事项通知如下。\n一、活动时间\n")
    assert (doc.title, doc.issue_date) == ("关于开展义诊活动的通知", dt.date(2024, 5, 6))


def test_the_head_of_the_next_document_left_at_the_end_is_no_part_of_the_body():
    # med_0020: a regulation, then the covering notice of the next document (title, 文号,
    # addressees, signature) whose own text the file does not carry
    doc = meta("医疗机构检查检验结果互认管理办法\n第一章 总则\n第一条 为进一步提高医疗资源利用率,制定本办法。\n"
               "第三十九条 本办法自2022年3月1日起施行。\n关于印发长期处方管理规范(试行)的通知\n(国卫办医发〔2021〕17 号)\n"
               "各省、自治区、直辖市及新疆生产建设兵团卫生健康委、医保局:\n现印发给你们,请遵照执行。\n"
               "国家卫生健康委办公厅\n国家医保局办公室\n2021年8月10日\n")
    assert body(doc).endswith("第三十九条 本办法自2022年3月1日起施行。")
    assert (doc.issuer, doc.issue_date, doc.doc_number) == (None, None, None)
    # the opening of a title cut off by the end of the file (med_0006, med_0012, med_0005)
    for fragment in ["国家医保局 财政部关于", "卫生部关于印发", "国家医保局 国家卫生健康委 国家药监局关于建立"]:
        doc = meta("关于做好当前药品价格管理工作的意见\n一、衔接完善现行药品价格政策\n(一)坚持市场调节药品价格的总体方向。\n"
                   f"(二)做好宣传解释。营造良好氛围。\n{fragment}\n")
        assert body(doc).endswith("营造良好氛围。"), fragment
    # notices run together with their own items stay in the file's one document (med_0012)
    doc = meta("增加“重症医学科”诊疗科目的通知\n各省、自治区、直辖市卫生厅局:\n现通知如下:\n一、增加一级诊疗科目。\n"
               "本通知自下发之日起执行。\n二〇〇九年一月十九日\n卫生部关于在《医疗机构诊疗科目名录》中增加“疼痛科”诊疗科目的通知\n"
               "各省、自治区、直辖市卫生厅局:\n现通知如下:\n一、增加一级诊疗科目“疼痛科”。\n二、开展诊疗服务。\n")
    assert body(doc).endswith("二、开展诊疗服务。")
    # a notice carried as an attachment belongs to the document
    doc = meta("关于转发有关文件的通知\n各区:\n一、认真学习。\n附件\n关于加强安全管理的通知\n(沪安委〔2020〕3号)\n各区安委会:\n"
               "请抓好落实。\n")
    assert body(doc).endswith("请抓好落实。")


def test_names_spaced_out_by_a_pdf_are_split_only_between_bodies():
    from pipeline.metadata.bodies import bodies_of_line
    assert bodies_of_line("医 保 局 药 监 局") == ["医保局", "药监局"]  # med_0011
    assert bodies_of_line("国 家 能 源 局") == ["国家能源局"]  # elec_0011
    assert bodies_of_line("国 务 院 办 公 厅") == ["国务院办公厅"]
    assert bodies_of_line("国家医保局办公室 财政部办公厅") == ["国家医保局办公室", "财政部办公厅"]  # med_0010


def test_a_notice_stored_as_one_line_has_its_head_and_signature_read():
    filler = "各地区、各部门要加强领导,认真组织实施,切实抓好落实。" * 12
    # govprc_0001: signed at the end; a date cited earlier (按国务院…批转的《…》) is another's
    doc = meta("国务院关于保护国营矿业企业正常生产的决定国发〔1982〕103号各省、市、自治区人民政府,国务院各部委、各直属机构:"
               f"近年来,一些单位进入国营矿区。{filler}要按国务院一九八〇年十二月十六日批转的《关于建立经济民警的实施方案》执行。"
               "保障矿区生产的正常进行。国务院一九八二年七月二十六日")
    assert (doc.title, doc.doc_number, doc.issuer, doc.issue_date) == (
        "国务院关于保护国营矿业企业正常生产的决定", "国发〔1982〕103号", "国务院", dt.date(1982, 7, 26))
    assert body(doc).startswith("近年来") and body(doc).endswith("保障矿区生产的正常进行。")
    # govprc_0003: a 国函 number after a title ending 的批复, the signature spaced out after the
    # attachment list, the attachment after it
    doc = meta("国务院关于同意建立金属非金属矿山整顿工作部际联席会议制度的批复国函〔2013〕19号安全监管总局:"
               f"你局《关于建立联席会议制度的请示》收悉。{filler}附件:金属非金属矿山整顿工作部际联席会议制度国 务 院2013年1月30日"
               "附件金属非金属矿山整顿工作部际联席会议制度为协调各方力量,建立联席会议制度。一、主要职责")
    assert (doc.title, doc.doc_number, doc.issue_date) == (
        "国务院关于同意建立金属非金属矿山整顿工作部际联席会议制度的批复", "国函〔2013〕19号", dt.date(2013, 1, 30))
    assert body(doc).endswith("一、主要职责")  # the attachment stays in the body
    # govprc_0005: 国务院办公厅 signs in Chinese numerals
    doc = meta(f"国务院办公厅关于加强煤炭行业管理有关问题的意见国办发〔2006〕49号各省、自治区、直辖市人民政府:{filler}"
               "促进煤炭行业持续健康发展。国务院办公厅二○○六年七月六日")
    assert (doc.issuer, doc.issue_date) == ("国务院办公厅", dt.date(2006, 7, 6))
    # a one-line text that does not open with a title and its number is read as usual
    doc = meta(f"为加强管理,现就有关事项通知如下。{filler}")
    assert doc.doc_number is None and doc.title is None


def test_a_one_line_notice_without_its_number_has_its_head_and_closing_signature_read():
    # fourteenth H53_01 (a database's one-line field): the title set off from the addressees by a comma, no 文号; the
    # title names no body, the body and date closing the line after the last sentence sign it (a note after them)
    filler = "各单位要加强领导,认真组织实施,切实抓好落实。" * 12
    doc = meta(f"关于省经信委领导工作分工的通知,各处室(局)、派出机构、直属单位:经研究,现将分工通知如下:{filler}"
               "十、陈居雷副巡视员:协助分管产业研究工作。福建省经济和信息化委员会2017年7月21日(此件主动公开)")
    assert (doc.title, doc.doc_number, doc.issuer, doc.issue_date) == (
        "关于省经信委领导工作分工的通知", None, "福建省经济和信息化委员会", dt.date(2017, 7, 21))
    assert body(doc).startswith("经研究") and body(doc).endswith("协助分管产业研究工作。")
    # the same in another body's words, signed in Chinese numerals without a note
    doc = meta(f"关于做好春节期间安全生产工作的通知,各县(市、区)人民政府,市直有关部门:{filler}某市人民政府办公室二〇二〇年一月十日")
    assert (doc.title, doc.issuer, doc.issue_date) == ("关于做好春节期间安全生产工作的通知", "某市人民政府办公室",
                                                       dt.date(2020, 1, 10))
    # a body and date inside the text, not closing it, sign nothing
    doc = meta(f"关于做好春节期间安全生产工作的通知,各县(市、区)人民政府:{filler}某市人民政府2020年1月10日召开会议。{filler}")
    assert doc.title == "关于做好春节期间安全生产工作的通知" and (doc.issuer, doc.issue_date) == (None, None)
    # a sentence ending on a document's type before its comma is no title
    doc = meta(f"为贯彻落实省政府实施意见,各县(市、区)人民政府:{filler}某市人民政府办公室2020年1月10日")
    assert doc.title is None


def test_the_day_a_one_line_notice_was_signed_is_no_deadline():
    from pipeline.run import process_text

    filler = "各地区、各部门要加强领导,认真组织实施,切实抓好落实。" * 12
    # govprc_0006: the State Council's signature before the report it forwards
    doc = process_text("国务院关于与外商合作勘探开发石油工作统一归口问题的批复国发〔1980〕156号石油部并各省、市、自治区人民政府:"
                       f"国务院同意石油部的建议,现转发给你们,请照此执行。国务院一九八〇年六月十二日关于与外商合作的建议国务院:{filler}"
                       "请于一九八〇年底以前报送方案。")
    assert [d.raw for d in doc.deadlines] == ["一九八〇年底以前"]


def test_a_notice_no_body_signs_is_placed_where_its_own_text_governs():
    # realestate_0086: 结合固原实际; realestate_0097: 凡在安庆市区购买 (no issuer, no tag, no place in the title)
    doc = meta("关于贯彻落实房地产市场止跌回稳促进健康发展若干措施(暂行)\n"
               "为深入贯彻落实党中央、国务院及自治区党委、政府关于房地产工作的决策部署,全面落实房地产市场止跌回稳健康发展"
               "相关政策措施,结合固原实际,制定如下措施。\n一、优化项目规划条件\n")
    assert (doc.region, doc.province, doc.adcode) == ("固原市", "宁夏回族自治区", "640400")
    doc = meta("进一步促进房地产市场平稳健康发展若干措施\n1、扩大购房财政补助范围\n"
               "2024年7月1日至2025年8月31日,凡在安庆市区购买新建商品住房并完成产权登记的,均可享受购房补助。\n")
    assert (doc.region, doc.prefecture) == ("安庆市", "安庆市")
    # realestate_0148: 结合运城市实际 names the place too
    doc = meta("关于促进房地产市场平稳健康发展的若干措施\n更好满足城乡居民刚性和改善性住房需求,进一步促进房地产市场平稳健康发展,结合运城市实际,制定如下措施。\n一、支持刚性需求\n")
    assert doc.region == "运城市"
    # a notice of a national body stays unplaced; 结合本地实际 names no place
    assert meta("国务院办公厅关于加强某工作的通知\n各地要结合本地实际,抓好落实。\n一、总体要求\n").region is None


def test_a_news_lead_under_the_title_dates_the_notice_in_the_year_its_window_opens():
    # realestate_0218: the lead is year-less; the windows open on 2023年9月10日, the release day
    doc = meta("【南京溧水】即购即补、多策发力——溧水区购房政策最新发布\n"
               "9月10日溧水区购房政策最新发布,购房补助叠加,多孩家庭、人才等补助,网签后即可先行兑付......\n"
               "03 支持多孩家庭安居\n2023年9月10日至2023年12月31日期间,生育二孩及以上子女的家庭购买新建商品住房的,给予补助。\n")
    assert doc.issue_date == dt.date(2023, 9, 10)
    # realestate_0111: 据…,6月20日,…发布《…》; 自2024年6月20日至2024年12月31日期间
    doc = meta("【安徽省滁州市凤阳县】《关于印发〈关于进一步促进房地产市场平稳健康发展的若干措施〉的通知》\n"
               "据安徽省滁州市凤阳县委宣传部主办的“中国凤阳”,6月20日,凤阳县房地产工作联席会议发布《关于印发〈关于进一步促进"
               "房地产市场平稳健康发展的若干措施〉的通知》。\n《若干措施》明确发放购房补贴,自2024年6月20日至2024年12月31日期间,"
               "凡在县域内购买新建商品住宅的,给予补贴。\n")
    assert doc.issue_date == dt.date(2024, 6, 20)
    # realestate_0124: 9月29日,市住建局联合…出台; 2022年9月29日至2023年3月29日期间
    doc = meta("【山东省临沂市】关于进一步促进房地产市场平稳健康发展的若干措施\n"
               "9月29日,市住建局联合市财政局、市自然资源和规划局、市住房公积金中心等多部门出台《关于进一步促进房地产市场平稳健康"
               "发展的若干措施》\n支持刚需住房消费。2022年9月29日至2023年3月29日期间,对个人首次购买中心城区范围内新建商品住房的给予补贴。\n")
    assert doc.issue_date == dt.date(2022, 9, 29)
    # realestate_0012: the first full date is a deadline the lead's day (6月19日) would pass in 2025 -> the year before
    doc = meta("【云南省德宏傣族景颇族自治州】《关于优化调整房地产市场调控措施的通知(征求意见稿)》\n"
               "6月19日,云南省德宏傣族景颇族自治州发布关于公开征求《关于优化调整房地产市场调控措施的通知(征求意见稿)》,"
               "涉及团购、“以旧换新等七项政策。\n“以旧换新”可获契税补贴\n"
               "年度计划与发展规划分别于2025年3月31日、2026年3月31日向社会公布。\n")
    assert doc.issue_date == dt.date(2024, 6, 19)
    # realestate_0101: the first full date opens a window (…起至…), which may open before the release (7月3日)
    doc = meta("【安徽省宣城市旌德县】《旌德县关于进一步调整优化房地产政策措施的通知(征求意见稿)》\n"
               "7月3日,安徽省宣城市旌德县住房和城乡建设局发布关于征求《旌德县关于进一步调整优化房地产政策措施的通知"
               "(征求意见稿)》意见的公告,涉及购房补贴、公积金贷款。\n"
               "旌德县拟实施购房补贴。2024年7月1日起至2025年6月30日,对个人在本县购买家庭唯一或第二套商品住房的给予补贴。\n")
    assert doc.issue_date == dt.date(2024, 7, 3)
    # realestate_0177: a window's end the lead's day comes before; realestate_0179: a window written 2024年7月1日—12月31日
    doc = meta("【广西壮族自治区北海市】《北海市促进房地产市场平稳健康发展的若干优化工作措施》\n"
               "7月9日,广西壮族自治区北海市人民政府发布关于印发《北海市促进房地产市场平稳健康发展的若干优化工作措施》的通知。\n"
               "契税补贴扩大至车位\n支持扩大购房契税补贴范围至车位(库)。自文件印发之日起至2024年10月31日,在本市城区购买"
               "新建产权车位(库)的,给予补贴。\n")
    assert doc.issue_date == dt.date(2024, 7, 9)
    doc = meta("【广西壮族自治区南宁市横州市】《横政办函〔2024〕41号横州市人民政府办公室关于持续促进房地产市场平稳健康发展的若干措施的通知》\n"
               "7月15日,广西壮族自治区南宁市横州市发布《横政办函〔2024〕41号横州市人民政府办公室关于持续促进房地产市场平稳健康"
               "发展的若干措施的通知》。\n优化首套房、二套房认定标准\n时间范围:新建商品住房和新建商品房车位的买卖合同签订时间"
               "均需在2024年7月1日—12月31日期间(含当日)。\n")
    assert doc.issue_date == dt.date(2024, 7, 15)
    # realestate_0114: the text writes no full date -> no year; realestate_0200, 0150: a window's or a start's first
    # day is no release (a lead's verb, 发布, put into their lines to try it)
    for lead in ("11月24日,记者从怀远县住房和城乡建设局了解到,该县正式出台《怀远县促进房地产市场平稳健康发展若干措施》。",
                 "10月9日至10月20日,《钦州市住房公积金管理委员会关于进一步优化调整住房公积金政策的通知(征求意见稿)》发布,"
                 "向公众公开征求意见。",
                 "4月3日起,常州市实施支持购买刚性需求住房政策,发布支持住房困难工薪群体购买自住新建商品住房现房等举措。"):
        doc = meta(f"【安徽省蚌埠市怀远县】《怀远县促进房地产市场平稳健康发展若干措施》\n{lead}\n"
                   + ("" if lead.startswith("11月") else "第一批购房资助执行至2025年12月31日止。\n"))
        assert doc.issue_date is None, lead
    # realestate_0167: no full date on the lead's day in the text -> no year, no date
    doc = meta("【传闻】广东省清远、韶关、河源、梅州、云浮等地部分银行下调房贷利率,下降10至40个基点不等\n"
               "继今年2月21日四大行同步下调广州地区房贷利率之后,近日,广东省内的清远、韶关等地部分银行下调房贷利率。\n")
    assert doc.issue_date is None


def test_a_doc_number_below_a_pages_chrome_is_the_notices():
    # elec_0015, elec_0007: the page repeats the title, then date, 来源, 字体 大 中 小, then the 文号 alone on its line
    chrome = "设为首页\n工作邮箱\n首页\n机构概览\n动态要闻\n信息公开\n在线办事\n互动回应\n专题专栏\n"
    for title, number, addressee in [
            ("华北能源监管局关于印发《华北电力调峰辅助服务市场运营规则》(2019年修订版)的通知", "华北监能市场〔2019〕257号",
             "国家电网华北分部,国网北京市、天津市、河北省、冀北电力公司,华北区域主要发电企业:"),
            ("华北能源监管局关于修订《河北南网电力调峰辅助服务市场运营规则》部分条款的通知", "华北监能市场〔2020〕215号",
             "国网河北省电力有限公司,河北南网各有关发电企业:")]:
        doc = meta(f"{title}\n{chrome}{title}\n2019-09-29 00:00\n来源:\nAa\n字体:\n小\n|\n中\n|\n大\n{number}\n{addressee}\n"
                   "华北电力调峰辅助服务市场自2018年12月启动以来,取得了良好成效。\n")
        assert doc.doc_number == number


def test_an_edition_note_and_a_contact_line_are_no_plan_title():
    # elec_0015: 印发《…规则》(2019年修订版)的通知
    doc = meta("华北能源监管局关于印发《华北电力调峰辅助服务市场运营规则》(2019年修订版)的通知\n华北监能市场〔2019〕257号\n"
               "国家电网华北分部:\n现将《规则》印发给你们,请遵照执行。\n")
    assert doc.plan_title == "华北电力调峰辅助服务市场运营规则"
    # elec_0012: (联系电话:…) under the date, then the plan's own title over two lines
    doc = meta("华北能源监管局关于印发京津唐电网参与跨区域省间可再生能源电力现货交易差额收益分配方案的通知\n"
               "各有关单位:\n执行中如遇相关问题,请及时报告我局。\n国家能源局华北监管局\n2019年8月2日\n(联系电话:010-51968578)\n"
               "京津唐电网参与跨区域省间可再生能源\n电力现货交易差额收益分配方案\n为进一步提高可再生能源消纳水平,制定本方案。\n"
               "一、差额收益的计量\n")
    assert doc.plan_title == "京津唐电网参与跨区域省间可再生能源电力现货交易差额收益分配方案"


def test_a_title_line_naming_its_bodies_under_a_database_line_is_the_title():
    # realestate_0072: the database line drops the bodies the notice's own title line names
    doc = meta("【四川省眉山市人民政府、眉山市住房和城乡建设局、眉山市财政局、眉山市自然资源局】关于促进房地产业良性"
               "循环和健康发展政策措施的补充通知\n眉山市住房和城乡建设局眉山市财政局眉山市自然资源局关于促进房地产业良性"
               "循环和健康发展政策措施的补充通知\n天府新区眉山管委会、各县(区)人民政府:\n为进一步促进我市房地产业良性循环和健康发展,"
               "现补充通知如下。\n一、实施购房补贴\n")
    assert doc.title == "眉山市住房和城乡建设局眉山市财政局眉山市自然资源局关于促进房地产业良性循环和健康发展政策措施的补充通知"
    # realestate_0220: a news headline repeating the title after 我市出台 names no body: not the title
    doc = meta("【江苏宿迁市住房和城乡建设局等7个部门】关于促进中心城区房地产平稳健康发展的若干政策措施\n"
               "我市出台关于促进中心城区房地产平稳健康发展的若干政策措施\n发布日期:2022-05-19来源:市住建局访问量:86\n"
               "为贯彻落实中央省关于进一步完善房地产政策,由市住建局等7个部门联合出台若干政策措施。\n一、支持刚需\n")
    assert doc.title == "关于促进中心城区房地产平稳健康发展的若干政策措施"
    # realestate_0008: a repeat that is only the plan's name stays the plan's heading
    doc = meta("【云南省丽江市】《关于印发丽江市促进房地产市场平稳健康发展若干措施的通知》\n丽江市促进房地产市场平稳健康发展若干措施\n"
               "为认真贯彻落实党中央、国务院决策部署,制定以下措施。\n一、落实金融支持\n")
    assert doc.title == "关于印发丽江市促进房地产市场平稳健康发展若干措施的通知"


def test_the_plan_heading_naming_its_place_is_the_plan_title():
    # elec_0001: the title drops the place the plan's own heading (broken over lines) names
    raw = ("名 称 :\n市工业和信息化局关于印发2021年春节期间电力需求响应实施细则的通知\n发 布 机 构 :\n天津市工业和信息化局\n"
           "发 文 字 号 :\n津工信电力〔2021〕3号\n"
           "市工业和信息化局关于印发\n2021\n年春节期间\n电力需求响应实施细则的通知\n国网天津市电力公司,有关单位:\n"
           "为落实国家和我市关于春节期间能源保供工作部署要求,现印发给你们,请遵照执行。\n"
           "号附件\n天津市\n2021\n年春节期间电力需求响应\n实施细则\n一、实施背景\n为保障春节期间电力供应。\n")
    assert meta(raw).plan_title == "天津市2021年春节期间电力需求响应实施细则"
    # the same name with no place before it, or after words that are no place, changes nothing
    for heading in ("2021年春节期间电力需求响应实施细则", "附件\n2021年春节期间电力需求响应实施细则",
                    "全市\n2021年春节期间电力需求响应实施细则"):
        raw2 = raw.replace("号附件\n天津市\n2021\n年春节期间电力需求响应\n实施细则", heading)
        assert meta(raw2).plan_title == "2021年春节期间电力需求响应实施细则"


def test_a_township_body_places_the_notice_in_its_township():
    from pipeline.metadata.places import document_region
    # shgov_0011, shgov_0057: a street office's or a town government's signature
    assert document_region("闵行区古美路街道办事处", None, None) == "闵行区古美路街道"
    assert document_region("闵行区吴泾镇人民政府", None, None) == "闵行区吴泾镇"
    # a county's own bodies, whose names hold 乡 or 镇 inside, stay in the county
    assert document_region("宿松县乡村振兴局", None, None) == "宿松县"
    assert document_region("平南县住房和城乡建设局", None, None) == "平南县"
    assert document_region("西安市碑林区人民政府", None, None) == "碑林区"


def test_a_doc_number_opening_the_title_line_is_the_doc_number_not_the_title():
    # realestate_0179: a database's 《…》 title line that opens with the 文号
    doc = meta("【广西壮族自治区南宁市横州市】《横政办函〔2024〕41号横州市人民政府办公室关于持续促进房地产市场平稳健康发展的若干"
               "措施的通知》\n7月15日,广西壮族自治区南宁市横州市发布《横政办函〔2024〕41号横州市人民政府办公室关于持续促进房地产市场"
               "平稳健康发展的若干措施的通知》。\n优化首套房、二套房认定标准\n")
    assert doc.title == "横州市人民政府办公室关于持续促进房地产市场平稳健康发展的若干措施的通知"
    assert (doc.doc_number, doc.issuer, doc.region) == ("横政办函〔2024〕41号", "横州市人民政府办公室", "横州市")
    # the same with a space after the number, in a plain title line
    doc = meta("沈卫发〔2021〕2号 沈阳市卫生健康委关于印发健康沈阳推进年工作方案的通知\n各区、县(市)卫生健康局:\n"
               "现将《健康沈阳推进年工作方案》印发给你们,请认真贯彻执行。\n")
    assert doc.title == "沈阳市卫生健康委关于印发健康沈阳推进年工作方案的通知"
    assert doc.doc_number == "沈卫发〔2021〕2号"


def test_a_joint_signature_is_placed_by_its_first_placed_body():
    from pipeline.metadata.places import document_region
    # elec_0014, elec_0018 (a regional office of a national regulator signing with a province's body)
    assert document_region("国家能源局江苏监管办公室、江苏省发展和改革委员会", None, None) == "江苏省"
    assert document_region("国家能源局江苏监管办公室、江苏省发展改革委", None, None) == "江苏省"
    # elec_0019: the placed body first
    assert document_region("上海市发展和改革委员会、上海市经济和信息化委员会、国家能源局华东监管局", None, None) == "上海市"
    # national bodies alone have none (docs/CONVENTIONS.md): elec_0010, elec_0012
    assert document_region("国家发展改革委 国家能源局", None, None) is None
    assert document_region("国家能源局华北监管局", None, None) is None


def test_a_plan_that_is_the_whole_text_issues_no_plan_title():
    # a vault page (plan_0003), a page with its metadata table (plan_0005), a county's measures
    # titled 方案 (realestate_0197): the guide's "null when the notice is itself the document"
    for raw, title in (
            ("# 乡村全面振兴规划(2024—2027年)\n\n为有力有效推进乡村全面振兴,制定本规划。\n## 一、总体要求\n坚持。\n",
             "乡村全面振兴规划(2024—2027年)"),
            ("2022年全省市场监管主要任务分工方案\n发布日期:2022-03-01\n一、强化质量\n(一)推进。\n",
             "2022年全省市场监管主要任务分工方案"),
            ("田东县进一步鼓励居民在辖区内购买新建商品房奖励及补贴方案\n为促进房地产市场平稳健康发展,制定本方案。\n一、补贴对象\n",
             "田东县进一步鼓励居民在辖区内购买新建商品房奖励及补贴方案")):
        doc = meta(raw)
        assert doc.title == title and doc.plan_title is None
    # a notice issuing the plan names it
    doc = meta("关于印发山东省新能源消纳行动方案的通知\n各市:\n现印发。\n山东省能源局\n2026年3月1日\n"
               "山东省新能源消纳行动方案\n一、主要目标\n到2027年。\n")
    assert doc.plan_title == "山东省新能源消纳行动方案"


def test_a_page_title_naming_what_it_issues_without_its_type():
    # a vault page's title line (plan_0015) and a 印发 title with its 的通知 (elec_0004's form)
    doc = meta("# 省人民政府办公厅印发《贵州省扩大民间投资三年行动方案》\n\n为进一步激发民间投资活力,制定本方案。\n一、总体要求\n")
    assert doc.plan_title == "贵州省扩大民间投资三年行动方案"
    doc = meta("# 市政府办公室印发《甲市城市更新行动计划》\n\n一、目标\n到2025年。\n")
    assert doc.plan_title == "甲市城市更新行动计划"


def test_a_database_code_after_a_source_tag_is_no_title():
    # pkulaw's 【法宝引证码】 line over the notice's title (plan_0004)
    doc = meta("【法宝引证码】 CLI.12.1541872\n原文链接:https://www.pkulaw.com/lar/0d9d.html\n"
               "广州市地方金融监督管理局关于印发《关于加快推进企业上市工作的实施意见》的通知\n(穗金融〔2019〕28号)\n各区人民政府:\n现印发。\n")
    assert doc.title == "广州市地方金融监督管理局关于印发《关于加快推进企业上市工作的实施意见》的通知"
    # a place tag still opens a title
    doc = meta("【马鞍山市】关于进一步促进房地产市场平稳健康发展的通知\n各县区:\n一、支持购房。\n")
    assert doc.title == "关于进一步促进房地产市场平稳健康发展的通知"


def test_a_title_line_with_the_pages_source_and_date_run_in_is_the_title():
    # a scrape joining the title line and the page's source line: the title stops before the fields (run_in_fields)
    body = "各区住房城乡建设局:\n为促进房地产市场平稳健康发展,现就有关事项通知如下。\n一、优化住房公积金政策\n"
    for line in ("关于进一步优化房地产政策的通知 来源:市住房局 发布时间:2024-05-06",
                 "关于进一步优化房地产政策的通知 发布时间:2024-05-06 浏览次数:123",
                 "关于进一步优化房地产政策的通知 【发布时间:2024-05-06】【字体:大 中 小】",
                 "关于进一步优化房地产政策的通知 信息来源:武汉市住房保障和房屋管理局"):
        doc = meta(f"{line}\n{body}")
        assert doc.title == "关于进一步优化房地产政策的通知", line
    # a line that is only the fields stays chrome
    doc = meta(f"关于进一步优化房地产政策的通知\n来源:市住房局 发布时间:2024-05-06\n{body}")
    assert (doc.title, str(doc.issue_date)) == ("关于进一步优化房地产政策的通知", "2024-05-06")


def test_the_notice_title_line_under_a_vault_heading_with_its_fields_run_in():
    # plan_0026: `# X` (the vault's heading naming the plan) over `## …印发《X》(period)的通知  印发日期:…`;
    # plan_0028: a heading the vault cut short (` ...`) over the full line with (发布日期:… 文号:…)
    doc = meta("# 上海市用户侧虚拟电厂建设实施方案(2025-2027年)\n\n## 上海市经济信息化委印发《上海市用户侧虚拟电厂建设实施方案》"
               "(2025-2027年)的通知 印发日期:2025-06-20 沪经信运〔2025〕407号 字号:\n\n各区电力运行管理部门:\n现印发。\n")
    assert doc.title == "上海市经济信息化委印发《上海市用户侧虚拟电厂建设实施方案》(2025-2027年)的通知"
    doc = meta("# 关于印发《上海市配电网升级改造三年行动计划(2023-2025年 ...\n\n## 政策原文\n\n"
               "## 关于印发《上海市配电网升级改造三年行动计划 (2023-2025年)实施方案》的通知 (发布日期:2023年02月01日 文号:沪发改能源〔2023〕30号)\n\n"
               "各区人民政府:\n为提高配电网可靠性,特制定《上海市配电网升级改造三年行动计划(2023-2025年)实施方案》,具体内容如下:\n一、主要原则\n")
    assert doc.title == "关于印发《上海市配电网升级改造三年行动计划 (2023-2025年)实施方案》的通知"
    # the plan's name as the body quotes it, without the space the title line put inside
    assert doc.plan_title == "上海市配电网升级改造三年行动计划(2023-2025年)实施方案"


def test_a_heading_the_scraper_cut_short_is_no_title_without_the_notices_own_line():
    # plan_0017: the vault's `# 关于印发…(2026—2028年)的 ...` over a body that opens with its addressees
    doc = meta("# 关于印发山西省推进数字经济全面发展实施方案(2026—2028年)的 ...\n\n## 政策原文\n\n"
               "各市、县人民政府:\n《山西省推进数字经济全面发展实施方案(2026—2028年)》已经省人民政府同意,现印发给你们。\n"
               "山西省人民政府办公厅\n2025年12月31日\n**山西省推进数字经济全面发展实施方案**\n一、总体要求\n")
    assert doc.title is None
    # plan_0016's heading cut inside the quoted name, with an ellipsis character
    doc = meta("# 江西省能源局关于印发《江西省推动虚拟电厂高质量发展工作方案…\n\n各设区市发展改革委:\n现印发给你们。\n一、总体要求\n")
    assert doc.title is None
    # plan_0023: the cut falls in the site's name after the title, which stays whole
    doc = meta("# 海南省人民政府关于印发海南省碳达峰实施方案的通知_通知公告_ ...\n\n各市、县人民政府:\n现印发给你们。\n一、总体要求\n")
    assert doc.title == "海南省人民政府关于印发海南省碳达峰实施方案的通知"


def test_a_quoted_field_of_a_page_names_its_bodies():
    # plan_0003's `> 发布机构:中共中央、国务院`: the page's publisher, every body it names
    doc = meta("# 乡村全面振兴规划(2024—2027年)\n\n> 发布机构:中共中央、国务院\n> 发布时间:2025年1月22日\n\n为推进,制定本规划。\n## 一、总体要求\n")
    assert doc.issuer == "中共中央、国务院" and doc.issue_date == dt.date(2025, 1, 22)
    doc = meta("丙市住房保障方案\n发布机构:丙市住房和城乡建设局\n发布日期:2023-05-06\n一、保障对象\n")
    assert doc.issuer == "丙市住房和城乡建设局"


def test_a_pages_issuing_bodies_field_names_every_body_it_lists_apart():
    # seventh doc_0006 (its last signer 全国工商联 names no body's ending, so the field decides) and doc_0011's field
    for bodies, issuer in [("人力资源社会保障部 国家发展改革委 工业和信息化部 商务部 全国工商联",
                            "人力资源社会保障部、国家发展改革委、工业和信息化部、商务部、全国工商联"),
                           ("国家发展改革委 国家数据局 财政部 自然资源部", "国家发展改革委、国家数据局、财政部、自然资源部"),
                           ("国务院办公厅", "国务院办公厅")]:
        doc = meta(f"标 题:\n关于加强人力资源服务的意见\n发文机关:\n{bodies}\n发文字号:\n人社部发〔2024〕86号\n"
                   "关于加强人力资源服务的意见\n各省人力资源社会保障厅:\n现提出以下意见。\n一、健全机制\n")
        assert doc.issuer == issuer


def test_a_closing_signature_with_a_note_run_on_after_its_date_signs():
    page = "渝中区人工智能OPC社区建设工作方案(征求意见稿)\n2026-04-03\n来源:公众号OPC创业汇\n为深入贯彻,特制定本方案。\n" \
           "一、总体目标\n到2028年,打造标杆OPC社区不少于10个。\n{closing}\n返回政策原文列表\n← 上一篇\n下一篇 →\n"
    # seventh doc_0002: the body and the date, then the consultation's close after a comma
    doc = meta(page.format(closing="重庆市渝中区经济和信息化委员会2026年4月3日,征求意见截止时间为2026年4月9日。"))
    assert (doc.issuer, doc.issue_date) == ("重庆市渝中区经济和信息化委员会", dt.date(2026, 4, 3))
    # sixth doc_0004: a date followed by 发布 is the site's note of publication (its reader: no issuer)
    doc = meta(page.format(closing="杭州市科学技术局2026年5月25日发布,征求意见截止2026年6月24日。"))
    assert doc.issuer is None
    # a dated sentence with the body going on below it signs nothing
    doc = meta(page.format(closing="重庆市人民政府2025年3月1日,印发了有关方案。\n二、重点任务\n加快建设。"))
    assert doc.issuer is None


def test_joint_signers_include_a_central_banks_branch():
    # plan_0021 (seven bodies, two a line) and plan_0008 (等14部门): 中国人民银行…分行 signs too
    doc = meta("关于印发湖南省设备更新实施方案的通知\n各市州:\n现印发给你们。\n"
               "湖南省工业和信息化厅 湖南省发展和改革委员会\n湖南省财政厅 中国人民银行湖南省分行\n"
               "国家金融监督管理总局湖南监管局\n2024年4月23日\n湖南省设备更新实施方案\n一、总体要求\n")
    assert doc.issuer == ("湖南省工业和信息化厅、湖南省发展和改革委员会、湖南省财政厅、中国人民银行湖南省分行、"
                          "国家金融监督管理总局湖南监管局")


def test_a_notice_with_no_issuer_is_placed_by_the_place_its_text_names_as_its_own():
    # realestate_0150: no signature, the text names 常州市 throughout
    doc = meta("发布支持购买刚性需求住房政策\n4月3日起,常州市实施支持购买刚性需求住房政策。\n"
               "购房资助对象:在常州市无商品住房或在常州市拥有商品住房建筑面积不超过75平方米的,都可以申请购房资助。\n")
    assert doc.region == "常州市" and doc.issuer is None
    # realestate_0077: 本市 and 遂宁市 named more than any other city (射洪市 once)
    doc = meta("房产新政\n01不断优化住宅供给\n居民在遂宁市主城区购买自住住房的,给予补贴;在本市行政区域内购房的,按首套认定。\n"
               "在遂宁市行政区域内购房的人才,在安居区、射洪市购房的同样享受。\n")
    assert doc.region == "遂宁市"
    # realestate_0173: 我市 and the city's own contracts (《广州市配售型保障性住房买卖合同》)
    doc = meta("《关于优化住房公积金提取政策的通知》\n一、缴存人购买我市行政区域内现售商品住房,可申请提取住房公积金。\n"
               "提取额度不超过《广州市配售型保障性住房买卖合同》或《广州市共有产权住房买卖合同》中约定的首付款金额。\n")
    assert doc.region == "广州市"
    # realestate_0054: no 我市, but 西昌市 alone, three times
    doc = meta("促进房地产市场平稳健康发展若干措施\n优化确定首套住房认定。居民家庭申请贷款在西昌市购买商品住房时,家庭成员在西昌市名下无成套住房的,"
               "按首套住房执行。居民在西昌市范围内有住房且正在挂牌出售的,住房套数相应核减。\n")
    assert doc.region == "西昌市"
    # realestate_0001 (a ministry's draft): 老城区 is any city's old town, not Luoyang's district
    doc = meta("关于在实施城市更新行动中防止大拆大建问题的通知\n(一)严格控制大规模拆除。原则上老城区更新单元内拆除建筑面积不应大于20%。"
               "老城区内不脱离实际迁移居民。保留老城区格局。\n")
    assert doc.region is None
    # doc_0002 (临港 measures of 上海市): a text calling itself 本市 that names 浦东新区 again and again
    # concerns that district; with no issuer and no city of its own named, it has no region
    doc = meta("各区、县人民政府,市政府各委、办、局,临港地区管委会:\n"
               "“十三五”期间,临港地区要切实贯彻发展理念。本市支持临港地区发展。\n一、深入推进政府改革和管理创新\n"
               "(一)支持浦东新区与临港地区管委会协同。本市在浦东新区设立专项资金,浦东新区承担配套。\n"
               "(二)推进浦东新区有关机构在临港地区设立分支。\n")
    assert doc.region is None
    # a city named once beside another is no place of the text's own
    doc = meta("关于促进消费的通知\n一、我市居民赴成都市购房的,参照成都市政策;在重庆市购房的,参照重庆市政策。\n")
    assert doc.region is None


def test_a_revision_note_that_names_the_text_before_its_first_date_is_its_header():
    # doc_0001: a site's 修订信息 box, the order after 以 (no part of the 文号), then the revision after 根据
    doc = meta("# 广东省碳排放管理试行办法\n\n::: tip 修订信息\n\n(该文件于2014年1月15日以粤府令第197号公布,"
               "根据2020年5月12日粤府令第275号第一次修改)\n\n:::\n\n第一条 为了控制温室气体排放,制定本办法。\n")
    assert doc.issue_date == dt.date(2014, 1, 15) and doc.doc_number == "粤府令第197号"
    # the text named as 本条例 (a county's regulation header) and doc_0005's box with no subject alike
    doc = meta("江门市潭江流域水质保护条例\n(本条例于2021年11月5日江门市第十五届人民代表大会常务委员会第五十一次会议通过)\n"
               "第一条 为了保护水质,制定本条例。\n")
    assert doc.issue_date == dt.date(2021, 11, 5)
    # a State Council order keeps its full name (中华人民共和国国务院令第491号)
    doc = meta("护士条例\n(2008年1月23日国务院第206次常务会议通过 2008年1月31日中华人民共和国国务院令第517号公布)\n"
               "第一条 为了维护护士的合法权益,制定本条例。\n")
    assert doc.issue_date == dt.date(2008, 1, 23) and doc.doc_number == "中华人民共和国国务院令第517号"


@pytest.mark.parametrize("header, date, number", [
    # thirteenth P_01: a ministry's order numbered by year, its publication the header's only clause
    ("(2021年4月28日中国银行保险监督管理委员会令2021年第3号公布 自2021年7月1日起施行)",
     dt.date(2021, 4, 28), "中国银行保险监督管理委员会令2021年第3号"),
    # the same numbering in full-width brackets and with a space before the year
    ("（2022年9月22日交通运输部令 2022年第11号公布　自2022年12月1日起施行）",
     dt.date(2022, 9, 22), "交通运输部令2022年第11号"),
    # adopted first, then published by a year-numbered order: the first clause dates it
    ("(2018年1月17日中国保险监督管理委员会第6次主席办公会审议通过 2018年2月1日中国保险监督管理委员会令2018年第3号公布)",
     dt.date(2018, 1, 17), "中国保险监督管理委员会令2018年第3号"),
])
def test_an_order_numbered_by_year_in_a_regulations_header_is_its_number(header, date, number):
    doc = meta(f"许可证管理办法\n{header}\n第一条 为了加强许可证管理,制定本办法。\n")
    assert (doc.issue_date, doc.doc_number) == (date, number)


@pytest.mark.parametrize("title, kind", [
    # govcn_0005 (国办发〔2018〕108号), and the State Council's 督查激励 notices of the same form
    ("国务院办公厅关于对国务院第五次大督查发现的典型经验做法给予表扬的通报", None),
    ("国务院办公厅关于对2018年落实有关重大政策措施真抓实干成效明显地方予以督查激励的通报", None),
    # the same layout under a 通知 carries a document it issues
    ("国务院办公厅关于推广第五次大督查发现的典型经验做法的通知", "plan"),
])
def test_a_report_carries_no_plan(title, kind):
    doc = meta(f"{title}\n国办发〔2018〕108号\n各省、自治区、直辖市人民政府,国务院各部委、各直属机构:\n"
               "为表扬先进,树立典型,对北京市大力推进外国人来华工作许可制度改革等130项地方典型经验做法予以通报表扬。\n"
               "附件:国务院第五次大督查发现的典型经验做法(共130项)\n国务院办公厅\n2018年11月19日\n(此件公开发布)\n附件\n"
               "国务院第五次大督查发现的典型经验做法\n(共130项)\n1.北京市大力推进外国人来华工作许可制度改革。\n"
               "2.北京市西城区推进“三纵两横一平台”紧密型医联体建设。\n")
    if kind is None:
        assert doc.plan_title is None
    else:
        assert doc.plan_title == "国务院第五次大督查发现的典型经验做法"


def test_column_tags_above_a_generated_page_give_way_to_its_own_name_below_them():
    # sixth doc_0004: a static site's page, its front matter naming the plan, the site's column
    # tags 政策解读 / 政策原文 / 杭州 above the plan's own heading
    doc = meta("---\nlayout: default\ntitle: 杭州市打造全国“AI+OPC”创业新高地行动计划（2026—2028年）（征求意见稿）\n---\n\n"
               "政策解读\n政策原文\n杭州\n\n杭州市打造全国“AI+OPC”创业新高地行动计划（2026—2028年）（征求意见稿）\n\n"
               "2026-05-25\n\n来源：公众号OPC创业汇\n\n为贯彻落实国家“人工智能+”行动，特制定本方案。\n\n一、总体目标\n\n"
               "到2028年，建成OPC社区100个以上。\n")
    assert doc.title == "杭州市打造全国“AI+OPC”创业新高地行动计划(2026—2028年)(征求意见稿)"
    # the same site's notices (doc_0006): their heading names its type and stays the title
    doc = meta("---\nlayout: default\ntitle: 郑州市人民政府办公室关于印发郑州市人工智能OPC创业社区推广方案的通知\n---\n\n"
               "政策解读\n政策原文\n郑州\n\n郑州市人民政府办公室关于印发郑州市人工智能OPC创业社区推广方案的通知\n\n2026-06-24\n\n"
               "郑州市人民政府办公室\n\n郑政办〔2026〕30号\n\n各开发区管委会，各区县（市）人民政府：\n\n"
               "《郑州市人工智能OPC创业社区推广方案》已经市政府同意，现印发给你们，请认真贯彻落实。\n")
    assert doc.title == "郑州市人民政府办公室关于印发郑州市人工智能OPC创业社区推广方案的通知"
    # a vault page whose front matter names the plan keeps the notice its heading names (plan_0013)
    doc = meta("---\ntitle: 吉林省进一步构建高质量充换电基础设施体系的实施方案\nofficial_number: ''\n---\n\n"
               "吉林省人民政府办公厅关于印发吉林省进一步构建高质量充换电基础设施体系实施方案的通知\n\n"
               "吉政办发〔2024〕3号\n\n各市(州)人民政府：\n\n现将《吉林省进一步构建高质量充换电基础设施体系实施方案》印发给你们。\n")
    assert doc.title == "吉林省人民政府办公厅关于印发吉林省进一步构建高质量充换电基础设施体系实施方案的通知"


def test_a_bare_date_under_the_title_is_the_pages_when_bodies_sign_below():
    # the static site's notices (sixth doc_0005, doc_0006, doc_0007) print the page's date under
    # the title; the signature (one body or five on lines of their own) and the plan come after
    pages = [
        ("市政府办公室关于印发苏州市人工智能OPC培育发展行动计划(2025~2028年)的通知\n\n2025-12-25\n\n市政府办公室\n\n"
         "来源:公众号OPC创业汇\n\n苏府办〔2025〕146号\n\n各县级市(区)人民政府,市各委办局:\n\n"
         "《苏州市人工智能OPC培育发展行动计划(2025~2028年)》已经市政府第99次常务会议审议通过,现印发给你们,请结合实际,认真贯彻落实。\n\n"
         "苏州市人民政府办公室\n\n2025年12月25日\n\n苏州市人工智能OPC培育发展行动计划(2025~2028年)\n\n为紧抓全球人工智能技术革命与产业变革历史机遇,特制定本行动计划。\n\n一、总体要求\n\n到2028年,集聚OPC人才超10000名。\n\n二、主要任务\n\n(一)建设OPC社区。\n",
         "苏州市人民政府办公室", "苏州市人工智能OPC培育发展行动计划(2025~2028年)"),
        ("郑州市人民政府办公室关于印发郑州市人工智能OPC创业社区推广方案的通知\n\n2026-06-24\n\n郑州市人民政府办公室\n\n"
         "郑政办〔2026〕30号\n\n各开发区管委会,各区县(市)人民政府:\n\n《郑州市人工智能OPC创业社区推广方案》已经市政府同意,现印发给你们,请认真贯彻落实。\n\n"
         "郑州市人民政府办公室\n\n2026年6月24日\n\n郑州市人工智能OPC创业社区推广方案\n\n为深入贯彻国家创新驱动发展战略,制定本推广方案。\n\n一、总体要求\n\n到2028年,集聚OPC人才超10000名。\n\n二、主要任务\n\n(一)建设OPC社区。\n",
         "郑州市人民政府办公室", "郑州市人工智能OPC创业社区推广方案"),
        ("关于印发《胶州市人工智能OPC创新发展实施方案》的通知\n\n2026-03-19\n\n来源:公众号OPC创业汇\n\n各有关单位:\n\n"
         "现将《胶州市人工智能OPC创新发展实施方案》印发给你们,请认真贯彻落实。\n\n胶州市科技和工业信息化局\n\n胶州市财政局\n\n"
         "胶州市人力资源和社会保障局\n\n2026年3月19日\n\n胶州市人工智能OPC创新发展实施方案\n\n以习近平新时代中国特色社会主义思想为指导,加快培育人工智能OPC主体。\n\n一、总体要求\n\n到2028年,集聚OPC人才超10000名。\n\n二、主要任务\n\n(一)建设OPC社区。\n",
         "胶州市科技和工业信息化局、胶州市财政局、胶州市人力资源和社会保障局", "胶州市人工智能OPC创新发展实施方案"),
    ]
    for raw, issuer, plan in pages:
        doc = meta(raw)
        assert (doc.issuer, doc.plan_title) == (issuer, plan)
    # with no body signing below, the date under the title is still the notice's date
    doc = meta("关于做好2024年春节期间安全生产工作的通知\n\n2024-01-20\n\n各区人民政府:\n\n请切实做好春节期间安全生产工作。\n")
    assert doc.issue_date == dt.date(2024, 1, 20)


@pytest.mark.parametrize("first, second", [
    ("重庆市政策性粮食购销违法违规行为", "举报奖励实施细则(试行)"),  # sixth doc_0002, under the signature
    ("虹口区安全生产和消防安全隐患", "举报奖励实施办法(试行)"),  # shgov_0010's two centred lines
])
def test_a_plan_title_over_two_lines_closing_with_a_note_is_joined(first, second):
    # the kind of document (细则, 办法) stands before the closing note (试行)
    from pipeline.metadata.signature import find_plan_title
    from pipeline.outline.lines import body_lines
    text = f"{first}\n{second}\n第一条 为规范举报奖励工作,制定本办法。"
    assert find_plan_title(body_lines(text, 0, len(text)), 0) == (2, first + second)


def test_a_title_with_the_addressees_run_into_its_last_line():
    # sixth doc_0008 (a PDF's text layer): five bodies over three lines, the title's last line
    # runs into the addressee line; med_0018's and realestate_0066's titles with their own
    # addressees run in the same way
    for raw, title, first in [
        ("医保办函〔2024〕14号\n国家医疗保障局办公室教育部办公厅\n国家卫生健康委办公厅国务院妇儿工委办公室\n全国妇联办公厅关于开展儿童参加\n"
         "基本医疗保险专项行动的通知各省、自治区、直辖市及新疆生产建设兵团医保局、教育厅(教委、教育局)、卫生健康委、妇儿工委、妇联办公室:\n"
         "为认真贯彻党的二十大关于“扩大社会保险覆盖面”重要要求,现就开展儿童参加基本医疗保险专项行动通知如下:\n一、明确目标任务\n",
         "国家医疗保障局办公室教育部办公厅国家卫生健康委办公厅国务院妇儿工委办公室全国妇联办公厅关于开展儿童参加基本医疗保险专项行动的通知",
         "为认真贯彻"),
        ("关于印发《国家基本医疗保险、生育保险和工伤保险药品目录》\n以及《商业健康保险创新药品目录》(2025 年)的通知各省、自治区、直辖市及"
         "新疆生产建设兵团医保局、人力资源社会保障厅(局):\n为贯彻落实党中央、国务院决策部署,现印发给你们,并就有关事项通知如下:\n"
         "一、做好新版药品目录落地执行工作\n",
         "关于印发《国家基本医疗保险、生育保险和工伤保险药品目录》以及《商业健康保险创新药品目录》(2025 年)的通知", "为贯彻落实"),
        ("广元市人民政府关于印发《广元市聚焦高质量发展推动经济运行整体好转的若干具体政策措施》的通知各县(区)人民政府,市级各部门:\n"
         "现将《广元市聚焦高质量发展推动经济运行整体好转的若干具体政策措施》印发给你们,请认真贯彻落实。\n一、稳定工业增长\n",
         "广元市人民政府关于印发《广元市聚焦高质量发展推动经济运行整体好转的若干具体政策措施》的通知", "现将"),
    ]:
        doc = meta(raw)
        assert doc.title == title
        assert body(doc).startswith(first)
    # a sentence of the body that ends with 通知 before its addressees is no title
    doc = meta("甲市人民政府关于做好防汛工作的通知\n现将有关事项通知各区县人民政府:\n一、落实责任\n")
    assert doc.title == "甲市人民政府关于做好防汛工作的通知"


def test_bodies_stacked_above_a_date_that_the_last_one_shares():
    # sixth doc_0008: the last of five signing bodies runs into the date; med_0018's two signers
    # written the same way; one body alone on the date's line stays the only signer
    doc = meta("关于开展儿童参加基本医疗保险专项行动的通知\n各省医保局:\n一、明确目标任务\n各级医保部门要提高儿童参保率。\n特此通知。\n"
               "国家医保局办公室\n教育部办公厅\n国家卫生健康委办公厅\n国务院妇儿工委办公室\n全国妇联办公厅2024年2月8日\n")
    assert doc.issuer == "国家医保局办公室、教育部办公厅、国家卫生健康委办公厅、国务院妇儿工委办公室、全国妇联办公厅"
    assert doc.issue_date == dt.date(2024, 2, 8)
    doc = meta("关于印发《国家基本医疗保险、生育保险和工伤保险药品目录》的通知\n各省医保局:\n一、做好新版药品目录落地执行工作\n"
               "各地要严格执行新版药品目录。\n国家医保局\n人力资源社会保障部 2025年12月5日\n")
    assert doc.issuer == "国家医保局、人力资源社会保障部" and doc.issue_date == dt.date(2025, 12, 5)
    doc = meta("关于做好2021年电力中长期合同签订工作的通知\n各省发展改革委:\n一、抓紧签订合同\n各地要在12月底前完成签约。\n"
               "国家发展改革委办公厅2020年12月2日\n")
    assert doc.issuer == "国家发展改革委办公厅"


def test_a_signature_run_into_a_body_stored_as_one_line():
    # sixth doc_0001: the cover note, its signature and the rules it issues on one line under the title;
    # realestate_0066's wrapper and its signature written the same way; a body the text names before a
    # date inside a sentence (按国务院一九八〇年…批转的) does not sign
    for raw, date in [
        ("安顺市人民政府关于印发安顺市市级储备粮管理办法的通知\n各县、自治县、区人民政府(管委会),市政府各工作部门:现将《安顺市市级储备粮管理办法》"
         "印发给你们,请认真抓好贯彻落实。安顺市人民政府2023年9月5日(此件公开发布)安顺市市级储备粮管理办法第一章 总 则第一条 为加强市级储备粮管理,"
         "保障市级储备粮数量真实、质量良好和储存安全,有效发挥市级储备粮的宏观调控作用,维护安顺粮食市场稳定,依据《粮食流通管理条例》等有关规定,"
         "结合安顺实际,制定本办法。第二条 本办法所称市级储备粮,是指市人民政府储备用于调节全市粮食供需平衡、稳定粮食市场以及应对重大自然灾害、"
         "重大卫生事件和其他突发事件等情况的原粮、成品粮、食用植物油和大豆等。第三条 本市行政区域内市级储备粮的计划、储存、轮换、动用和监督管理等活动,"
         "适用本办法。第四条 未经市人民政府批准,任何单位和个人不得擅自动用市级储备粮。\n", dt.date(2023, 9, 5)),
        ("广元市人民政府关于印发《广元市聚焦高质量发展推动经济运行整体好转的若干具体政策措施》的通知\n各县(区)人民政府:现将《广元市聚焦高质量发展推动"
         "经济运行整体好转的若干具体政策措施》印发给你们,请认真贯彻落实。广元市人民政府 2023年7月1日 广元市聚焦高质量发展推动经济运行整体好转的若干"
         "具体政策措施 为深入贯彻党的二十大精神,全面落实省委、省政府决策部署,推动全市经济运行整体好转,制定如下措施。一、稳定工业增长。对年度"
         "工业产值增长较快的企业给予奖励,支持企业扩大生产,推动工业经济稳定增长,确保全市工业增加值增速高于全省平均水平。二、扩大有效投资。"
         "加快推进重大项目建设,对新开工的重大项目给予要素保障,推动项目早开工、早投产、早见效,确保全年固定资产投资稳定增长。三、促进消费回升。"
         "开展促消费活动,发放消费券,支持汽车、家电等大宗消费。\n", dt.date(2023, 7, 1)),
    ]:
        assert meta(raw).issue_date == date
    doc = meta("甲市人民政府关于加强煤炭管理的通知\n各区县:为做好煤炭供应。甲市人民政府2020年12月16日召开常务会议研究煤炭管理工作,"
               "按甲市人民政府二〇二〇年十二月十六日批转的《煤炭管理办法》规定,各地要加强管理,"
               "落实责任,确保煤炭市场供应稳定,保障群众生产生活用煤需要,严格执行价格政策,加强市场监督检查,依法查处违法违规行为,维护市场秩序,"
               "各地要结合实际制定具体措施,切实抓好落实,重要情况及时报告,遇有问题及时反映,请各地认真贯彻执行,确保各项措施落到实处,取得实效。\n")
    assert doc.issue_date is None


def test_a_title_opening_with_the_issued_name_gives_its_body():
    # med_0017: a PDF lost 卫生部关于印发 before the name; the body that opens the name issues it
    assert meta("《卫生部关于医疗机构审批管理的若干规定》的通知\n(卫医发〔2008〕35 号)\n各省卫生厅局:\n现印发给你们。\n").issuer == "卫生部"
    assert meta("《国家医疗保障局关于印发医疗保障基金结算清单填写规范》的通知\n各省医保局:\n现印发给你们。\n").issuer == "国家医疗保障局"


def test_a_pages_date_under_its_title_closes_no_wrapper():
    # sixth doc_0006's site (title, date, the issuing body, 来源) carrying a plan with no cover note: the
    # body line under the date is no plan title, and names the issuer as a page's 发文机关 field would;
    # doc_0004's header (来源 right under the date) names none; a cover note's signature still closes it
    header = "---\nlayout: default\ntitle: {t}\n---\n政策解读\n政策原文\n{t}\n{d}\n{b}来源:公众号OPC创业汇\n"
    plan = ("为深入贯彻国家创新驱动发展战略,立足资源禀赋和发展基础,以激活“超级个体”创新活力为核心,以完善全要素创业支撑为关键,"
            "构建四位一体的OPC创业社区推广体系,逐步形成特色鲜明、布局合理、功能完善、全域联动的OPC创业发展格局,制定本推广方案。\n"
            "一、适用范围\n本方案所称OPC,是指由具备AI应用开发与整合能力的微型团队创办的新型创业实体。\n二、推广举措\n"
            "(一)优化空间布局,构建全域联动创业载体体系\n坚持因地制宜、多点联动、产创融合。\n")
    doc = meta(header.format(t="郑州市人工智能OPC创业社区推广方案", d="2026-06-24", b="郑州市人民政府办公室\n") + plan)
    assert (doc.plan_title, doc.issuer, doc.issue_date) == (None, "郑州市人民政府办公室", dt.date(2026, 6, 24))
    assert body(doc).startswith("为深入贯彻")
    doc = meta(header.format(t="杭州市打造全国“AI+OPC”创业新高地行动计划(2026—2028年)(征求意见稿)", d="2026-05-25", b="") + plan)
    assert (doc.plan_title, doc.issuer, doc.issue_date) == (None, None, dt.date(2026, 5, 25))
    doc = meta(header.format(t="市政府办公室关于印发苏州市人工智能OPC培育发展行动计划(2025~2028年)的通知", d="2025-12-25",
                             b="市政府办公室\n") + "苏府办〔2025〕146号\n各县级市(区)人民政府:\n《苏州市人工智能OPC培育发展行动计划"
               "(2025~2028年)》已经市政府第99次常务会议审议通过,现印发给你们,请结合实际,认真贯彻落实。\n苏州市人民政府办公室\n"
               "2025年12月25日\n苏州市人工智能OPC培育发展行动计划(2025~2028年)\n" + plan)
    assert (doc.plan_title, doc.issuer) == ("苏州市人工智能OPC培育发展行动计划(2025~2028年)", "苏州市人民政府办公室")


def test_bodies_apart_before_guanyu_are_all_the_issuer():
    # a Chengdu page: four bodies spaced apart take more than one name's 40 characters; sixth doc_0008's
    # five bodies written the same way; 重庆市粮食局 重庆市财政局 (sixth doc_0002)
    for title, issuer in [
        ("成都市发展和改革委员会 中共成都市委社会工作部 成都市规划和自然资源局 成都市住房和城乡建设局 关于印发成都市城市社区嵌入式服务设施"
         "建设工程实施方案的通知", "成都市发展和改革委员会、中共成都市委社会工作部、成都市规划和自然资源局、成都市住房和城乡建设局"),
        ("国家医疗保障局办公室 教育部办公厅 国家卫生健康委办公厅 国务院妇儿工委办公室 全国妇联办公厅关于开展儿童参加基本医疗保险专项行动的通知",
         "国家医疗保障局办公室、教育部办公厅、国家卫生健康委办公厅、国务院妇儿工委办公室、全国妇联办公厅"),
        ("重庆市粮食局 重庆市财政局关于印发《重庆市政策性粮食购销违法违规行为举报奖励实施细则(试行)》的通知", "重庆市粮食局、重庆市财政局"),
    ]:
        doc = meta(f"{title}\n各区(市)县政府(管委会),市级有关部门:\n经市领导同意,现将方案印发给你们,请结合实际认真贯彻落实。\n一、主要目标\n")
        assert doc.issuer == issuer


def test_a_title_line_of_its_number_and_the_title_as_a_name():
    # a Beijing page (京政办发〔2016〕26号《…的通知》 over the name again); realestate_0179 wrote the number inside the marks
    doc = meta("京政办发〔2016〕26号《北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知》\n"
               "《北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知》\n京政办发〔2016〕26号\n"
               "各区人民政府,市政府各委、办、局,各市属机构:\n《北京市2016年政务公开工作要点》已经市政府同意,现印发给你们,请结合实际认真贯彻落实。\n"
               "北京市人民政府办公厅\n2016年5月28日\n2016年是全面建成小康社会决胜阶段的开局之年。\n一、围绕深化改革推进公开\n")
    assert doc.title == "北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知"
    assert (doc.doc_number, doc.plan_title) == ("京政办发〔2016〕26号", "北京市2016年政务公开工作要点")
    doc = meta("【广西横州市】《横政办函〔2024〕41号横州市人民政府办公室关于印发横州市促进房地产市场平稳健康发展若干措施的通知》\n"
               "各镇人民政府:\n现印发给你们。\n一、优化住房公积金政策\n")
    assert doc.doc_number == "横政办函〔2024〕41号" and doc.title.startswith("横州市人民政府办公室关于印发")


def test_a_plan_name_heading_its_table_of_contents_is_the_plan_title():
    # 益阳市重污染天气应急预案 (a city's page): `…预案目录` over the contents; govcn_0019 sets 目 录 on its own line
    for plan_line in ["益阳市重污染天气应急预案目录", "益阳市重污染天气应急预案\n目 录"]:
        doc = meta("益阳市人民政府办公室关于印发《益阳市重污染天气应急预案》的通知\n各区县(市)人民政府:\n"
                   "《益阳市重污染天气应急预案》已经市人民政府第34次常务会议审议通过,现印发给你们,请遵照执行。\n益阳市人民政府办公室\n"
                   f"2014年12月25日\n{plan_line}\n1.总则\n1.1编制目的\n2.应急组织机构及职责\n1.总则\n1.1编制目的\n"
                   "为规范我市重污染天气应急管理工作,特制订本预案。\n2.应急组织机构及职责\n市人民政府成立重污染天气应急指挥部。\n")
        assert doc.plan_title == "益阳市重污染天气应急预案"
        assert body(doc).startswith(plan_line.split("\n")[-1])  # the contents' head stays in the body: no items


def test_a_plan_title_goes_on_while_its_quoted_name_is_open():
    # a Huaihua page: the plan's title over three lines, the second ending with 政策 inside the open 《…》;
    # a two-line name that closes on its first line ends there (govcn_0009's 请示 in
    # test_a_plan_title_broken_over_lines_after_the_signature_is_joined)
    doc = meta("怀化市人民政府办公室关于印发《怀化市贯彻落实〈关于打好经济增长主动仗实现经济运行整体好转的若干政策措施〉实施方案》的通知\n"
               "怀政办发〔2023〕9号\n各县市区人民政府,市直机关各单位:\n经市人民政府同意,现将实施方案印发给你们,请认真组织实施。\n"
               "怀化市人民政府办公室\n2023年3月15日\n怀化市贯彻落实《关于打好经济增长主动仗\n实现经济运行整体好转的若干政策\n措施》实施方案\n"
               "为全面贯彻党的二十大和中央、省委、市委经济工作会议精神,特制定本实施方案。\n一、促进消费恢复升级\n"
               "1.加大促消费活动和消费补贴力度。联合金融机构、平台企业整合3000万元资金用于发放消费券。\n")
    assert doc.plan_title == "怀化市贯彻落实《关于打好经济增长主动仗实现经济运行整体好转的若干政策措施》实施方案"
    assert body(doc).startswith("为全面贯彻")


def test_a_title_line_closing_with_its_number():
    # a Yueyang page: `…的通知(岳办发〔2017〕2号)` over its 来源/日期 bar; plan_0022's page title with the site after it
    for line, number in [("中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知(岳办发〔2017〕2号)",
                          "岳办发〔2017〕2号"),
                         ("四川省发展和改革委员会关于印发《四川省电力需求响应实施方案》的通知(川发改能源〔2025〕278号)_通知公告_四川省发展和改革委员会",
                          "川发改能源〔2025〕278号")]:
        doc = meta(f"{line}\n来源:岳阳市政府门户网 日期:2017-01-12 17:08 字号:【\n各县市区委、人民政府,市直各单位:\n"
                   "《关于全面推进政务公开工作的实施意见》已经市委、市人民政府同意,现印发给你们,请结合实际认真贯彻执行。\n"
                   "中共岳阳市委办公室\n2017年1月10日\n关于全面推进政务公开工作的实施意见\n一、把握总体要求,明确工作目标\n")
        assert doc.title == line[:line.index("(" + number[:2])] and doc.doc_number == number


def test_a_pages_fields_side_by_side_or_in_a_bulleted_list():
    # a Taihu county page: several `label: value` fields on each row, the title among them (名称:); a Zhenba
    # county page: each field a bullet (`• 发文字号:`) with its value on the next line, fields left empty between
    doc = meta("首页 > 太湖县人民政府办公室信息公开 > 信息浏览\n索引号: 003129766/201901-00336 组配分类: 规范性文件发布\n"
               "信息分类: 通知   发布机构: 太湖县人民政府办公室\n生成日期: 2019-01-23 文号:\n发文日期: 2019-01-23 生效时间: 2019-01-23\n"
               "废止时间: 2020-01-23 名称: 太湖县人民政府关于印发《太湖县人民政府工作规则》的通知\n信息来源: 关键词:\n浏览次数: 590 内容概述:\n"
               "太湖县人民政府关于印发《太湖县人民政府工作规则》的通知\n各乡、镇人民政府,县政府各部门:\n"
               "《太湖县人民政府工作规则》已经2019年1月4日县政府第三次全体会议通过,现予印发,请遵照执行。\n太湖县人民政府\n2019年1月17日\n"
               "太湖县人民政府工作规则\n第一章  总  则\n一、根据《中华人民共和国宪法》等,制定本规则。\n")
    assert doc.title == "太湖县人民政府关于印发《太湖县人民政府工作规则》的通知"
    assert (doc.issuer, doc.issue_date, doc.plan_title) == ("太湖县人民政府", dt.date(2019, 1, 17), "太湖县人民政府工作规则")
    doc = meta("返回顶部\n镇巴县人民政府工作规则\n• 索引号:\n6107280000/2024-001005\n• 主题分类:\n• 来源:\n• 发文机构:\n县政府网站\n"
               "• 发文字号:\n镇政发〔2024〕7号\n• 发文日期:\n2024年04月06日 16:40\n• 有效性:\n• 发布日期:\n2024年04月06日 16:34\n"
               "• 内容概述:\n镇巴县人民政府工作规则\n第一章总则\n一、根据《中华人民共和国宪法》,结合本县实际,制定本规则。\n")
    assert (doc.title, doc.doc_number, doc.issue_date) == ("镇巴县人民政府工作规则", "镇政发〔2024〕7号", dt.date(2024, 4, 6))
    # a bar of fields under a title holding one the project reads (发布时间) is no table: the title stays
    doc = meta("益阳市人民政府办公室关于印发《益阳市重污染天气应急预案》的通知\n发布时间:2015-07-27 11:44 作者: 来源:市环境保护局 浏览次数:\n"
               "各区县(市)人民政府:\n现印发给你们,请遵照执行。\n一、总则\n")
    assert doc.title == "益阳市人民政府办公室关于印发《益阳市重污染天气应急预案》的通知"


def test_a_plan_heading_run_into_a_note_and_its_first_chapter_is_the_plan_title():
    # seventh doc_0005 (a gov.cn attachment: (主动公开) before the heading, 第一章总则 run on after it);
    # a (此件公开发布) note and a spaced chapter heading alike; a title with no run-in stays whole
    for heading, plan in [
        ("(主动公开)医疗保障按病种付费管理暂行办法第一章总则", "医疗保障按病种付费管理暂行办法"),
        ("(此件公开发布)甲州市住房公积金缴存管理办法(试行)第一章 总则", "甲州市住房公积金缴存管理办法(试行)"),
        # the notes a signature's next line may hold alone (publication_note) run into the heading alike
        ("(此件有删减)甲州市住房公积金缴存管理办法", "甲州市住房公积金缴存管理办法"),
        ("(信息公开形式:主动公开)甲州市住房公积金缴存管理办法", "甲州市住房公积金缴存管理办法"),
        ("甲州市全民健身实施计划", "甲州市全民健身实施计划"),
    ]:
        doc = meta("甲州市人民政府关于印发《X》的通知\n各县区人民政府:\n现将《X》印发给你们,请认真贯彻执行。\n"
                   f"甲州市人民政府\n2025年8月11日\n{heading}\n第一条 为了规范管理,制定本办法。\n第二条 本办法适用于本市。\n"
                   "第二章 缴存\n第三条 " + "单位和职工应当按时足额缴存住房公积金。" * 20 + "\n")
        assert doc.plan_title == plan


def test_the_page_date_again_alone_under_the_wrapper_dates_an_unsigned_wrapper():
    # seventh doc_0004: a static site prints the page's date under the title and the wrapper keeps only its date
    # (its body lost); the plan after the (此件公开发布) note is the plan issued. A signed wrapper of the same
    # site (seventh doc_0001) keeps its signer.
    doc = meta("湖北省人民政府办公厅关于印发《湖北省支持人工智能OPC发展若干措施(试行)》的通知\n2026-05-11\n湖北省人民政府办公厅\n"
               "来源:公众号OPC创业汇\n各市、州、县人民政府,省政府各部门:\n"
               "《湖北省支持人工智能OPC发展若干措施(试行)》已经省政府同意,现印发给你们,请认真贯彻执行。\n2026年5月11日\n"
               "(此件公开发布)\n湖北省支持人工智能OPC发展若干措施(试行)\n为深入实施“人工智能+”行动,制定本措施。\n"
               "一、构建OPC全链条服务生态\n(一)打造OPC生态社区。\n")
    assert (doc.plan_title, doc.issuer, doc.issue_date) == \
        ("湖北省支持人工智能OPC发展若干措施(试行)", "湖北省人民政府办公厅", dt.date(2026, 5, 11))
    doc = meta("深圳市工业和信息化局关于印发《深圳市打造人工智能OPC创业生态引领地行动计划(2026—2027年)》的通知\n2026-01-14\n"
               "深圳市工业和信息化局\n深工信〔2026〕2号\n各有关单位:\n《深圳市打造人工智能OPC创业生态引领地行动计划(2026—2027年)》"
               "已经市政府同意,现印发实施,请认真组织贯彻落实。\n深圳市工业和信息化局\n2026年1月14日\n"
               "深圳市打造人工智能OPC创业生态引领地行动计划\n(2026—2027年)\n为深入实施“人工智能+”行动,特制定本计划。\n一、工作目标\n")
    assert (doc.plan_title, doc.issuer) == ("深圳市打造人工智能OPC创业生态引领地行动计划(2026—2027年)", "深圳市工业和信息化局")


def test_the_notice_own_title_line_with_its_bodies_wins_over_a_page_title_field_without_them():
    # seventh doc_0007: gov.cn's policy library titles the page without the issuing bodies; the notice's own title
    # line under the table opens with them. doc_0011 (same library) puts them in the field already: unchanged.
    table = "标 题:\n{field}\n发文机关:\n{bodies}\n发文字号:\n{number}\n成文日期:\n{date}\n"
    for field, line, bodies, number, date in [
        ("关于2025年加力扩围实施大规模设备更新和消费品以旧换新政策的通知",
         "国家发展改革委 财政部关于2025年加力扩围实施大规模设备更新和消费品以旧换新政策的通知",
         "国家发展改革委 财政部", "发改环资〔2025〕13号", "2025年01月05日"),
        ("国家发展改革委 国家数据局 财政部 自然资源部关于深化智慧城市发展 推进城市全域数字化转型的指导意见",
         "国家发展改革委 国家数据局 财政部 自然资源部关于深化智慧城市发展 推进城市全域数字化转型的指导意见",
         "国家发展改革委 国家数据局 财政部 自然资源部", "发改数据〔2024〕660号", "2024年05月14日"),
    ]:
        doc = meta("首页 > 政策 > 国务院政策文件库\n" + table.format(field=field, bodies=bodies, number=number, date=date)
                   + f"{line}\n{number}\n各省、自治区、直辖市人民政府:\n现将有关事项通知如下。\n一、总体要求\n(一)加力推进。\n")
        assert doc.title == line
    # the bodies on a line of their own above the title line (a two-line heading, as doc_0010 prints 国家发展改革委等部门
    # ⏎ 关于…): joined; doc_0010's 等部门 is not the page's 发文机关, so its field title (the same words) stays
    for bodies, title in [("国家发展改革委 财政部", "国家发展改革委 财政部关于做好2025年消费品以旧换新工作的通知"),
                          ("国家发展改革委等部门", "关于做好2025年消费品以旧换新工作的通知")]:
        doc = meta("首页 > 政策 > 国务院政策文件库\n" + table.format(field="关于做好2025年消费品以旧换新工作的通知",
                                                                 bodies="国家发展改革委 财政部", number="发改环资〔2025〕13号",
                                                                 date="2025年01月05日")
                   + f"{bodies}\n关于做好2025年消费品以旧换新工作的通知\n发改环资〔2025〕13号\n各省、自治区、直辖市人民政府:\n"
                   "现将有关事项通知如下。\n一、总体要求\n(一)加力推进。\n")
        assert doc.title == title
    # a sentence ending with the title's words is no title line: only bodies may stand before them
    doc = meta("标 题:\n关于做好春耕工作的通知\n发文机关:\n某省农业农村厅\n关于做好春耕工作的通知\n各市农业农村局:\n"
               "现转发省政府关于做好春耕工作的通知\n一、总体要求\n")
    assert doc.title == "关于做好春耕工作的通知"


def test_a_title_issuing_two_named_documents_names_the_first():
    # CONVENTIONS.md, notices issuing two documents: med_0018 (印发《A》以及《B》), shgov_0064 (批准发布《A》和《B》),
    # shgov_0098 (发布《A》(试行)、《B》(试行)): the first, in its marks' words; one name stays the plan (…印发《X》的通知)
    for title, first in [
            ("关于印发《国家基本医疗保险、生育保险和工伤保险药品目录》以及《商业健康保险创新药品目录》(2025 年)的通知",
             "国家基本医疗保险、生育保险和工伤保险药品目录"),
            ("上海市住房和城乡建设管理委员会关于批准发布《上海市民防工程概算定额(SHA7-21-2021)》和《上海市水利工程概算定额"
             "(SHR1-21-2021)》的通知", "上海市民防工程概算定额(SHA7-21-2021)"),
            ("关于发布《上海市钢结构模块化建筑技术导则》(试行)、《上海市混凝土模块化建筑技术导则》(试行)的通知",
             "上海市钢结构模块化建筑技术导则")]:
        doc = meta(f"{title}\n各有关单位:\n现予发布,请遵照执行。\n一、做好落地执行工作\n")
        assert doc.plan_title == first, title
    doc = meta("上海市交通委员会关于印发《上海市轨道交通乘客守则》的通知\n各有关单位:\n现予印发,请遵照执行。\n一、乘客应当文明乘车\n")
    assert doc.plan_title == "上海市轨道交通乘客守则"


def test_a_notice_publishing_what_it_names_in_its_own_words_issues_its_one_attachment():
    # CONVENTIONS.md, lists published as an attachment: shgov_0068, shgov_0052, shgov_0040
    for title, attachment in [
            ("上海市交通委员会关于公布本市城市桥梁和隧道安全保护区域的通知", "道路桥梁和隧道安全保护区域"),
            ("上海市交通委员会关于发布本市内河通航水域范围的通知", "上海市内河通航水域范围"),
            ("上海市嘉定区人民政府关于下达嘉定区2014年度集中建设区外现状低效建设用地减量化任务的通知",
             "嘉定区2014年度集中建设区外现状低效建设用地减量化任务计划表")]:
        doc = meta(f"{title}\n各有关单位:\n现将范围予以公布(见附件)。\n特此通知。\n附件:{attachment}\n上海市交通委员会\n2024年12月2日\n")
        assert doc.plan_title == attachment, title
    # two attachments (numbered, or each on its own 附件 line), or none: the title's own words (or nothing) as before
    doc = meta("关于公布本市河道名录的通知\n各区水务局:\n现予公布。\n附件:1.市管河道名录\n2.区管河道名录\n")
    assert doc.plan_title != "市管河道名录"
    doc = meta("关于公布本市河道名录的通知\n各区水务局:\n现予公布。\n附件:市管河道名录\n附件:区管河道名录\n")
    assert doc.plan_title not in ("市管河道名录", "区管河道名录")
    doc = meta("关于下达2016年保障性安居工程建设目标任务的通知\n各单位:\n一、目标任务\n")
    assert doc.plan_title is None


CRAWL_HEADER = ("标题: {field}\n发布时间: {published}\n文号: \n发布机构: 中国平潭\n栏目: 区管委会办公室文件\n"
                "原文链接: https://www.pingtan.gov.cn/zwgk/zxwj/qgwhbgswj/201511/t20151113_2603.htm\n"
                "==================== 正文 ====================\n")


@pytest.mark.parametrize("field, page, title, number, issuer, date", [
    # seventh doc_0025: the page's blocks joined by nothing after its share links
    ("关于印发《平潭综合实验区环卫设施建设两年行动计划实施方案(2015、2016)》的通知",
     "当前位置: 首页政务公开最新文件区管委会办公室文件 关于印发《平潭综合实验区环卫设施建设两年行动计划实施方案(2015、2016)》的通知 "
     "时间:2015-06-03 09:51 微信 微博 QQ空间 岚综管办〔2015〕98号平潭综合实验区管委会办公室关于印发《平潭综合实验区环卫设施建设两年"
     "行动计划实施方案(2015、2016)》的通知区直各单位、各片区开发管理局、各乡镇人民政府:经区管委会研究同意,现将《平潭综合实验区环卫"
     "设施建设两年行动实施方案(2015、2016)》印发给你们,请认真贯彻落实。平潭综合实验区管委会办公室2014年6月1日平潭综合实验区环卫设施"
     "建设两年行动计划实施方案(2015、2016)为进一步加快推动我区垃圾处理设施建设工作,彻底改变目前全区环卫设施基础差、数量少、标准低的"
     "落后局面,改善全区环境卫生。一、工作原则遵循环卫设施专项规划,按照环卫设施配置合理化的原则。二、工作目标至2016年底建成17座垃圾转运站。",
     "平潭综合实验区管委会办公室关于印发《平潭综合实验区环卫设施建设两年行动计划实施方案(2015、2016)》的通知",
     "岚综管办〔2015〕98号", "平潭综合实验区管委会办公室", dt.date(2014, 6, 1)),
    # unlabelled pingtan_2605: the same, 《》 not written in the title
    ("关于印发平潭综合实验区畜禽养殖场整治拆除补偿方案的通知",
     "当前位置: 首页政务公开最新文件区管委会办公室文件 关于印发平潭综合实验区畜禽养殖场整治拆除补偿方案的通知 时间:2015-05-28 10:00 "
     "微信 微博 QQ空间 岚综管办〔2015〕93号平潭综合实验区管委会办公室关于印发平潭综合实验区畜禽养殖场整治拆除补偿方案的通知区直各单位,"
     "各片区开发管理局,各乡镇人民政府:《平潭综合实验区畜禽养殖场整治拆除补偿方案》经区管委会2015年第11次主任办公会议研究通过,现印发给"
     "你们,请认真贯彻执行。平潭综合实验区管委会办公室2015年5月26日平潭综合实验区畜禽养殖场整治拆除补偿方案为切实解决我区畜禽养殖污染"
     "问题,根据《平潭综合实验区畜禽养殖污染整治实施意见》(闽岚综实管办〔2014〕193号)文件精神,特制定本方案。一、适用范围本方案适用于"
     "列入我区畜禽养殖污染整治拆除范围的畜禽养殖场(户)。二、养殖场拆除补偿标准按照规定执行。",
     "平潭综合实验区管委会办公室关于印发平潭综合实验区畜禽养殖场整治拆除补偿方案的通知",
     "岚综管办〔2015〕93号", "平潭综合实验区管委会办公室", dt.date(2015, 5, 26)),
])
def test_a_crawled_page_joined_by_nothing_gives_its_own_title_number_and_signature(field, page, title, number, issuer,
                                                                                    date):
    published = "2015-06-03 09:51"
    doc = meta(CRAWL_HEADER.format(field=field, published=published) + page + "\n")
    assert (doc.title, doc.doc_number, doc.issuer, doc.issue_date, doc.region) == \
        (title, number, issuer, date, "平潭综合实验区")


def test_a_crawled_pages_number_before_a_title_its_field_already_names_in_full():
    # unlabelled pingtan_4778: a space around the number, the bodies already in the 标题 field
    field = "平潭综合实验区管委会办公室关于下达2016年促进就业工作目标责任制任务的通知"
    doc = meta(CRAWL_HEADER.format(field=field, published="2016-06-23 16:27") +
               f"当前位置: 首页政务公开最新文件区管委会办公室文件 {field} 时间:2016-06-23 16:27 微信 微博 QQ空间 岚综管办〔2016〕124号 "
               f"{field} 区直各有关单位,各乡镇人民政府:为做好我区的就业创业工作,现就有关事项通知如下:一、主要指标:实现城镇新增就业3350人。\n")
    assert (doc.title, doc.doc_number) == (field, "岚综管办〔2016〕124号")


def test_a_signature_opening_its_line_runs_the_issued_plans_heading_on_after_its_date():
    # seventh doc_0027: the crawl's spaces broke the page into lines, but none after the date
    field = "平潭综合实验区管委会印发平潭综合实验区2016年生态环境保护工作要点的通知"
    doc = meta(CRAWL_HEADER.format(field=field, published="2016-03-31 15:06") +
               f"当前位置:\n首页政务公开最新文件区管委会文件 {field}\n时间:2016-03-31 15:06 微信 微博 QQ空间\n岚综管综〔2016〕62号\n{field}\n"
               "区直各单位,各片区开发管理局,各乡镇人民政府:《平潭综合实验区2016年生态环境保护工作要点》已经区管委会研究通过,现印发给你们,请认真贯彻执行。\n"
               "平潭综合实验区管委会 2016年3月30日平潭综合实验区2016年生态环境保护工作要点\n"
               "党中央、国务院高度重视我区生态环境保护工作。具体如下:一、深入推进生态文明建设。\n")
    assert (doc.issuer, doc.issue_date) == ("平潭综合实验区管委会", dt.date(2016, 3, 30))
    # a body named at a line's start after a sentence, its date running on into a sentence, signs nothing
    doc = meta(CRAWL_HEADER.format(field=field, published="2016-03-31 15:06") +
               f"{field}\n区直各单位:现印发给你们,请认真贯彻执行。\n平潭综合实验区管委会 2016年3月30日召开会议研究部署全年工作。\n"
               "一、深入推进生态文明建设。\n")
    assert doc.issue_date == dt.date(2016, 3, 31)


def test_a_run_in_signature_after_the_list_of_attachments():
    # eighth doc_0037 and unlabelled pingtan_4778: 附件:X between the last sentence and the signature, all on one line
    field = "平潭综合实验区管委会关于下达2016年保障性安居工程建设目标任务的通知"
    body = ("区直各单位:根据省住房和城乡建设厅精神,下达我区2016年保障性安居工程建设目标任务。" * 4 +
            "三、其它要求1.务必高度重视。2.务必尽快启动。")
    for note, signer, date in [
        (" 附件:平潭综合实验区2016年保障性安居工程建设计划项目清单 ", "平潭综合实验区管委会 2016年3月3日", dt.date(2016, 3, 3)),
        (" 附件:2016年促进就业工作目标责任制任务分解表 ", "平潭综合实验区管委会2016年6月22日", dt.date(2016, 6, 22)),
    ]:
        doc = meta(CRAWL_HEADER.format(field=field, published="2016-03-04 13:12") +
                   f"当前位置: 首页 {field} 时间:2016-03-04 13:12 QQ空间 岚综管综〔2016〕37号 {field} {body}{note}{signer}"
                   " 附件平潭综合实验区2016年保障性安居工程建设计划项目清单 序号项目名称 来源:中国平潭 附件下载\n")
        assert doc.issue_date == date
    # a body named after the attachment list but in a sentence, not signing: the page's date stays
    doc = meta(CRAWL_HEADER.format(field=field, published="2016-03-04 13:12") +
               f"当前位置: 首页 {field} 时间:2016-03-04 13:12 QQ空间 岚综管综〔2016〕37号 {field} {body}"
               " 附件:项目清单。平潭综合实验区管委会 2016年3月3日召开会议。\n")
    assert doc.issue_date == dt.date(2016, 3, 4)


def test_a_plan_heading_a_page_broke_with_a_space_is_the_name_its_wrapper_quotes():
    # eighth doc_0042: 关于进一步支持5G网络规划建设和产业 发展实施方案 under the signature
    doc = meta("平潭综合实验区管委会办公室印发《关于进一步支持5G网络规划建设和产业发展实施方案》的通知\n岚综管办〔2020〕35号\n"
               "各片区管理局,区直各单位:\n《关于进一步支持5G网络规划建设和产业发展实施方案》已经研究同意,现印发给你们,请认真贯彻执行。\n"
               "平潭综合实验区管委会办公室\n2020年5月6日\n关于进一步支持5G网络规划建设和产业 发展实施方案\n"
               "为深入贯彻落实网络强国的重要思想,制定本实施方案。\n一、加强统筹规划\n" + "1.打造智慧岛。" * 60 + "\n")
    assert doc.plan_title == "关于进一步支持5G网络规划建设和产业发展实施方案"


def test_a_title_field_and_the_pages_own_title_line_the_one_no_space_breaks_wins():
    # unlabelled pingtan_5321: the crawl's 标题 field breaks the name with a space, the page's line does not; eighth
    # doc_0042 the other way round (field 平潭综合实验区管委会办公室印发《关于…和产业发展实施方案》的通知, the page's line
    # broken with spaces): the field stays
    for field, line, title in [
        ("平潭综合实验区农村发展局关于印发《平潭休闲海钓示范基地 建设工作方案(2016—2018年)》的通知",
         "平潭综合实验区农村发展局关于印发《平潭休闲海钓示范基地建设工作方案(2016—2018年)》的通知",
         "平潭综合实验区农村发展局关于印发《平潭休闲海钓示范基地建设工作方案(2016—2018年)》的通知"),
        ("平潭综合实验区管委会办公室印发《关于进一步支持5G网络规划建设和产业发展实施方案》的通知",
         "平潭综合实验区管委会办公室印发 《关于进一步支持5G网络规划建设 和产业发展实施方案》的通知",
         "平潭综合实验区管委会办公室印发《关于进一步支持5G网络规划建设和产业发展实施方案》的通知"),
    ]:
        doc = meta(CRAWL_HEADER.format(field=field, published="2016-05-24 08:28") +
                   f"当前位置:\n首页政务公开最新文件部门文件 {field}\n时间:2016-05-24 08:28 微信 微博 QQ空间\n岚农发〔2016〕156号\n"
                   f"{line}\n各相关乡(镇)政府、各有关单位:\n现将方案印发给你们,请遵照执行。\n一、建设目标\n")
        assert doc.title == title


def test_a_crawled_page_joined_by_nothing_without_a_number_still_gives_its_title_and_signature():
    # seventh doc_0025 and unlabelled pingtan_2605 as a page would print them without their 文号: the bodies between
    # the share links' space and the field's words open the title
    for field, page, title, issuer, date in [
        ("关于印发《平潭综合实验区环卫设施建设两年行动计划实施方案(2015、2016)》的通知",
         "当前位置: 首页政务公开最新文件区管委会办公室文件 关于印发《平潭综合实验区环卫设施建设两年行动计划实施方案(2015、2016)》的通知 "
         "时间:2015-06-03 09:51 微信 微博 QQ空间 平潭综合实验区管委会办公室关于印发《平潭综合实验区环卫设施建设两年行动计划实施方案"
         "(2015、2016)》的通知区直各单位、各片区开发管理局、各乡镇人民政府:经区管委会研究同意,现将《平潭综合实验区环卫设施建设两年行动"
         "实施方案(2015、2016)》印发给你们,请认真贯彻落实。平潭综合实验区管委会办公室2014年6月1日平潭综合实验区环卫设施建设两年行动计划"
         "实施方案(2015、2016)为进一步加快推动我区垃圾处理设施建设工作,彻底改变目前全区环卫设施基础差、数量少、标准低的落后局面。"
         "一、工作原则遵循环卫设施专项规划。二、工作目标至2016年底建成17座垃圾转运站。",
         "平潭综合实验区管委会办公室关于印发《平潭综合实验区环卫设施建设两年行动计划实施方案(2015、2016)》的通知",
         "平潭综合实验区管委会办公室", dt.date(2014, 6, 1)),
        ("关于印发平潭综合实验区畜禽养殖场整治拆除补偿方案的通知",
         "当前位置: 首页政务公开最新文件区管委会办公室文件 关于印发平潭综合实验区畜禽养殖场整治拆除补偿方案的通知 时间:2015-05-28 10:00 "
         "微信 微博 QQ空间 平潭综合实验区管委会办公室关于印发平潭综合实验区畜禽养殖场整治拆除补偿方案的通知区直各单位,各片区开发管理局,"
         "各乡镇人民政府:《平潭综合实验区畜禽养殖场整治拆除补偿方案》经区管委会2015年第11次主任办公会议研究通过,现印发给你们,请认真贯彻"
         "执行。平潭综合实验区管委会办公室2015年5月26日平潭综合实验区畜禽养殖场整治拆除补偿方案为切实解决我区畜禽养殖污染问题,特制定本"
         "方案。一、适用范围本方案适用于列入我区畜禽养殖污染整治拆除范围的畜禽养殖场(户)。二、养殖场拆除补偿标准按照规定执行。",
         "平潭综合实验区管委会办公室关于印发平潭综合实验区畜禽养殖场整治拆除补偿方案的通知",
         "平潭综合实验区管委会办公室", dt.date(2015, 5, 26)),
    ]:
        doc = meta(CRAWL_HEADER.format(field=field, published="2015-06-03 09:51") + page + "\n")
        assert (doc.title, doc.doc_number, doc.issuer, doc.issue_date) == (title, None, issuer, date)


def test_a_sites_own_name_as_its_publisher_names_no_body():
    # the 平潭 crawl's 发布机构: 中国平潭 (a site's name, no body); a page naming central bodies keeps them (plan_0003)
    for publisher, issuer in [("中国平潭", None), ("中共中央、国务院", "中共中央、国务院"), ("区政府", "区政府"),
                              ("平潭综合实验区管委会办公室", "平潭综合实验区管委会办公室")]:
        doc = meta(f"标题: 关于做好春耕工作的通知\n发布时间: 2015-06-03 09:51\n发布机构: {publisher}\n"
                   "关于做好春耕工作的通知\n各乡镇人民政府:\n现就有关事项通知如下。\n一、总体要求\n")
        assert doc.issuer == issuer, publisher


def test_a_division_whose_name_holds_an_institutions_character_is_a_place():
    # 28 divisions of the table hold a character of institutions' names (会, 府, 部, 政, 科, 站, 团 …): their bodies
    # are placed and split like any other's
    from pipeline.metadata.bodies import first_body
    from pipeline.metadata.places import region_of
    assert region_of("新会区住房和城乡建设局") == "新会区" and region_of("四会市人民政府") == "四会市"
    assert region_of("南部县人民政府办公室") == "南部县" and region_of("香港特别行政区政府") == "香港特别行政区"
    assert region_of("忻州市忻府区人民政府") == "忻府区" and region_of("科尔沁左翼中旗人民政府") == "科尔沁左翼中旗"
    assert region_of("市政府办公室") is None and region_of("长兴县人民政府") == "长兴县"
    assert first_body("会同县教育局会同县财政局") == "会同县教育局"
    doc = meta("关于印发城区老旧小区改造实施方案的通知\n各乡镇:\n现将方案印发给你们。\n会同县住房和城乡建设局会同县财政局\n"
               "2023年5月6日\n一、总体要求\n")
    assert (doc.issuer, doc.region, doc.province) == ("会同县住房和城乡建设局、会同县财政局", "会同县", "湖南省")
    doc = meta("关于做好春季学期开学工作的通知\n各学校:\n现就有关事项通知如下。\n一、总体要求\n(一)做好准备。\n政和县教育局\n"
               "2023年2月6日\n")
    assert (doc.issuer, doc.region, doc.province) == ("政和县教育局", "政和县", "福建省")


@pytest.mark.parametrize("raw,plan_title", [
    # extra elec_0007: the revision it issues is carried only as a PDF its 附件 line names
    ("华北能源监管局关于修订《河北南网电力调峰辅助服务市场运营规则》部分条款的通知\n华北监能市场〔2020〕215号\n有关单位:\n"
     "我局对《河北南网电力调峰辅助服务市场运营规则》部分条款进行了修订,经公开征求意见,现予印发,请遵照执行,并提出要求如下:\n"
     "一、加强组织。\n二、做好衔接。\n附件:\n河北南网电力调峰辅助服务市场运营规则修订内容.pdf\n国家能源局华北监管局\n2020年11月13日\n",
     "河北南网电力调峰辅助服务市场运营规则修订内容"),
    ("某市住房和城乡建设局关于调整住房公积金缴存基数的通知\n各有关单位:\n现将调整后的缴存基数标准予以印发,请遵照执行。\n"
     "附件:某市2024年住房公积金缴存基数标准.docx\n某市住房和城乡建设局\n2024年7月1日\n", "某市2024年住房公积金缴存基数标准"),
    # extra elec_0021: the file's link stands alone under the notice; its name, not the title's shorter words
    ("华北能源监管局关于印发蒙西电力市场调频、备用两个辅助服务交易实施细则的通知\n各有关单位:\n我局组织编制了《蒙西电力市场调频辅助服务交易"
     "实施细则(试行)》和《蒙西电力市场备用辅助服务交易实施细则(试行)》,现印发你们,请认真执行。\n联系电话:\n010-51968570\n"
     "蒙西电力市场调频、备用辅助服务交易实施细则(试行).pdf\n国家能源局华北监管局\n2020年6月8日\n",
     "蒙西电力市场调频、备用辅助服务交易实施细则(试行)"),
    # extra elec_0006: the file is the notice itself, its clauses not carried
    ("华北能源监管局关于修订蒙西电网“两个细则”部分条款的通知\n各有关单位:\n我局组织修订了“两个细则”部分条款,形成修订内容,现予印发,"
     "请认真遵照执行。\n一、加强组织。\n二、做好衔接。\n国家能源局华北监管局\n2019年9月30日\n"
     "华北能源监管局关于修订蒙西电网“两个细则”部分条款的通知.pdf\n", None),
    # forms sent for filling in: the notice issues nothing
    ("关于开展售电企业专项监管工作的通知\n各有关单位:\n请于5月底前报送。\n附件1:售电企业注册情况表.xls\n附件2:售电企业基本情况表.xls\n"
     "某监管办公室\n2019年4月1日\n", None),
    ("关于做好电力市场化交易注册绑定有关工作的通知\n各有关单位:\n一、做好注册工作\n各市场主体应开展注册。\n"
     "附件:江苏电力市场二类用户购售电三方服务协议(示范文本).doc\n国家能源局江苏监管办公室\n2018年10月26日\n", None),
])
def test_a_plan_issued_only_as_an_attached_file_is_named_by_the_file(raw, plan_title):
    assert meta(raw).plan_title == plan_title


@pytest.mark.parametrize("raw,plan_title", [
    # third med_0022: the title drops (试行); the issuing sentence quotes the name whole, no heading of it in the text
    ("关于印发医疗保障基金结算清单填写规范的通知\n(医保办发〔2020〕20 号)\n各试点城市医疗保障局:\n为统一医保结算清单数据采集标准,"
     "我们研究制定了《医疗保障基金结 算清单填写规范(试行)》。现印发给你们,请认真贯彻落实。\n国家医疗保障局办公室 2020年4月24日\n",
     "医疗保障基金结算清单填写规范(试行)"),
    ("关于印发某省农村公路养护管理办法的通知\n各市交通运输局:\n《某省农村公路养护管理办法(暂行)》已经厅务会审议通过,现予印发,请认真执行。\n"
     "某省交通运输厅\n2021年3月2日\n", "某省农村公路养护管理办法(暂行)"),
    # a bracketed name quoted elsewhere (the version it repeals) is another text's
    ("关于印发某区渣土消纳管理意见的通知\n各街道:\n《某区渣土消纳管理意见》已经区政府常务会议审议通过,现印发给你们。\n"
     "某区人民政府\n2025年4月21日\n某区渣土消纳管理意见\n一、总则\n本意见自2025年5月1日起施行,《某区渣土消纳管理意见(暂行)》同时废止。\n",
     "某区渣土消纳管理意见"),
])
def test_a_plan_title_the_title_cuts_short_is_named_as_the_issuing_sentence_quotes_it(raw, plan_title):
    assert meta(raw).plan_title == plan_title


@pytest.mark.parametrize("mark", ["附件", "附件2", "附件二", "附件 12"])
def test_every_attachment_pattern_reads_the_word_and_its_number_alike(mark):
    """rules/metadata.yaml attachment_patterns: `mark` written out in each, so a body's end, a signature and a
    plan_title read the same 附件 lines."""
    from pipeline.metadata.patterns import patterns

    a = patterns()["attachment"]
    assert a["alone"].match(mark) and a["alone"].match(f"{mark}:")
    assert a["line"].match(f"{mark}:名单.docx").group("rest") == "名单.docx"
    assert a["with_title"].match(f"{mark}:某市健康行动方案").group("title") == "某市健康行动方案"
    assert a["one"].match(f"{mark}:道路桥梁和隧道安全保护区域").group("name") == "道路桥梁和隧道安全保护区域"
    assert a["note"].search(f"请认真落实。{mark}:某市项目清单")
    assert not a["one"].match(f"{mark}:1.名单") and not a["alone"].match(f"{mark}:名单")
    assert not a["line"].match("附表:1.名单")


def test_an_attachment_mark_that_does_not_compile_is_named(tmp_path):
    import shutil

    from pipeline import rules
    from pipeline.rules_check import check_rules

    folder = tmp_path / "rules"
    shutil.copytree(rules.RULES_DIR, folder)
    text = (folder / "metadata.yaml").read_text("utf-8")
    (folder / "metadata.yaml").write_text(text.replace("  mark: '附件", "  mark: '(附件", 1), "utf-8")
    assert any(p.startswith("rules/metadata.yaml: key 'attachment_patterns': pattern '(附件") for p in check_rules(folder))


def test_a_title_opening_with_a_noun_that_starts_as_a_sentence_opening_is_heading_like():
    # 经 opens a wrapper's sentence (经研究, 经国务院同意), not 经济…/经营… titles (rules/metadata.yaml sentence_opening_lookalikes)
    from pipeline.metadata.lines import is_heading_like
    for title in ("经济技术开发区管理办法", "经营性用地出让管理暂行规定", "经费管理办法"):
        assert is_heading_like(title), title
    for sentence in ("经研究决定", "经国务院同意", "根据有关规定"):
        assert not is_heading_like(sentence), sentence
