"""Metadata stage: title, plan title, 文号, issuer, date, region and the body bounds."""
import datetime as dt

from pipeline.document import Document
from pipeline.metadata import parse_date, read_metadata, region_of
from pipeline.normalise import normalise


def meta(raw: str) -> Document:
    doc = Document(source_file="t", raw=raw)
    normalise(doc)
    read_metadata(doc)
    return doc


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
    assert doc.plan_title == doc.title
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
    assert doc.issuer == "癸市卫生健康委员会"


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
    assert doc.plan_title == doc.title


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
