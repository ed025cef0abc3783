"""Where the body ends and starts on layouts the eighteenth collection showed (body57): a notice's own 主办/承办单位 line
inside its body is no site footer, and a body stored as one long line is no header line whatever page words it holds."""
import pytest

from metadata_reading import meta

NOTICE = "甲市体育局关于举办青少年体育培训班的通知\n\n各区体育局:\n为加强队伍建设,决定举办培训班。现就有关事宜通知如下:\n" \
         "一、培训时间\n2018年6月11日至15日。\n二、培训组织形式\n{owners}\n三、报名\n请于2018年5月31日前报名。\n" \
         "四、联系方式\n联系人:王某\n\n甲市体育局\n2018年5月2日\n"


@pytest.mark.parametrize("owners", [
    "主办单位:国家体育总局青少年体育司\n承办单位:国家体育总局体育科学研究所\n协办单位:银川市某酒店",
    "主办:甲市体育局\n承办:甲市青少年体育学校",
    "主办单位:甲市科学技术协会",
])
def test_notice_naming_its_organisers_keeps_its_body(owners):
    doc = meta(NOTICE.format(owners=owners))
    assert "三、报名" in doc.text[doc.body_start:doc.body_end]


UNSIGNED = "甲市体育局关于举办培训班的通知\n\n为加强队伍建设,决定举办培训班。\n一、培训组织形式\n{owners}\n二、报名\n" \
           "请于2018年5月31日前报名。\n"


@pytest.mark.parametrize("owners", ["主办单位:甲市体育局", "主办:甲市体育局 承办:甲市体育学校"])
def test_unsigned_notice_naming_its_organisers_keeps_its_body(owners):
    doc = meta(UNSIGNED.format(owners=owners))
    assert "请于2018年5月31日前报名" in doc.text[doc.body_start:doc.body_end]


@pytest.mark.parametrize("footer", [
    "主办单位:国务院办公厅 运行维护单位:中国政府网运行中心\n版权所有:中国政府网\n网站标识码bm01000001 京ICP备05070218号",
    "通信地址:北京市西城区某街1号\n主办单位: 国家能源局华北监管局\n京公网安备 11010202007691\n网站标识码:bm62000015号",
    "主办:北京市人民政府办公厅\n承办:北京市政务服务和数据管理局\n版权所有:北京市人民政府网站 京ICP备05060933号",
    "主办:广州市天河区人民政府 承办:广州市天河区政务服务和数据管理局 备案序号:粤ICP备15016469号-2",
])
def test_site_footer_still_ends_the_body(footer):
    doc = meta(UNSIGNED.format(owners="主办单位:甲市体育局") + "\n" + footer + "\n")
    body = doc.text[doc.body_start:doc.body_end]
    assert "请于2018年5月31日前报名" in body and "ICP" not in body and "公网安备" not in body


@pytest.mark.parametrize("page_words", [
    "详见本局网站联系我们栏目。", "发布时间:2024年5月6日前完成首批认定。", "按照 市 > 区 > 街道 三级逐级上报。",
])
def test_body_stored_as_one_line_is_no_header_line(page_words):
    body = ("为进一步推动产业发展,结合本市实际,制定本措施。一、加大资金支持力度,对符合条件的企业给予补助。"
            f"二、优化审批服务,压缩办理时限。{page_words}三、强化组织保障,各区要明确责任分工,抓好落实。" * 2)
    doc = meta(f"甲市关于推动产业发展的若干措施\n\n{body}\n")
    assert doc.text[doc.body_start:doc.body_end].startswith("为进一步推动产业发展")


@pytest.mark.parametrize("header", ["首页 > 政务公开 > 通知公告", "发布时间:2024-05-06 来源:市住房局 字体:[大 中 小]"])
def test_short_chrome_line_under_the_title_stays_header(header):
    doc = meta(f"甲市关于推动产业发展的若干措施\n\n{header}\n\n为进一步推动产业发展,制定本措施。\n一、加大资金支持力度。\n")
    assert doc.text[doc.body_start:doc.body_end].startswith("为进一步推动产业发展")


@pytest.mark.parametrize("stack, issuer", [
    ("四川省科学技术厅\n(四川省人工智能产业链链长办公室)\n四川省人力资源和社会保障厅\n四川省经济和信息化厅",
     "四川省科学技术厅、四川省人力资源和社会保障厅、四川省经济和信息化厅"),
    ("甲省发展和改革委员会\n(甲省推进数字经济发展领导小组办公室)\n甲省财政厅",
     "甲省发展和改革委员会、甲省财政厅"),
    ("甲市商务局\n(甲市口岸办公室)\n甲市财政局\n(甲市国有资产管理办公室)\n甲市市场监督管理局",
     "甲市商务局、甲市财政局、甲市市场监督管理局"),
])
def test_body_other_name_in_brackets_signs_nothing(stack, issuer):
    doc = meta("关于印发《甲省支持产业发展行动方案》的通知\n\n各有关单位:\n现将《甲省支持产业发展行动方案》印发给你们,"
               f"请结合实际抓好落实。\n\n{stack}\n\n2026年4月16日\n\n甲省支持产业发展行动方案\n\n一、总体目标\n到2027年,建成社区30个。\n")
    assert doc.issuer == issuer


# A body stored as one line whose page chrome runs on right after the signature's date (the 广安 records of a policy RAG
# demo: twentieth H58D_06, nineteenth H57D_08; the same layout any crawl that strips the breaks of a page gives): the body
# ends at the date, and what follows (a collector's Q&A restating the notice's dates) is after the end.
ONE_LINE = ("甲市人民政府关于做好2024年森林防火工作的通知\n"
            "各县(市、区)人民政府:为做好森林防火工作,现通知如下:一、2024年全市森林防火期为1月1日至5月31日。"
            "二、各地要加强巡查。(责任单位:各县(市、区)人民政府){signer}2023年12月27日{after}\n"
            "2024年全市森林防火期是什么时候?\n2024年全市森林防火期为1月1日至5月31日。\n")


@pytest.mark.parametrize("after", [
    "相关附件:甲府规〔2023〕3号.pdf二维码开始扫一扫在手机打开当前页",
    "相关附件:二维码开始扫一扫在手机打开当前页用来校验该浏览器是否支持HTML5",
    "二维码开始扫一扫在手机打开当前页",
    " 相关链接:甲市人民政府网",
])
@pytest.mark.parametrize("signer", ["甲市人民政府", "甲市人民政府办公室"])
def test_chrome_run_on_after_the_date_ends_the_body(after, signer):
    doc = meta(ONE_LINE.format(signer=signer, after=after))
    body = doc.text[doc.body_start:doc.body_end]
    assert body.endswith("2023年12月27日") and "是什么时候" not in body


@pytest.mark.parametrize("after", [
    "相关文件精神,各地要抓好落实。",  # prose citing related documents after a date: the body's own
    "附件:森林防火责任表",  # the body's attachment run on after the date
])
def test_body_words_after_a_date_keep_the_body(after):
    doc = meta(ONE_LINE.format(signer="甲市人民政府", after=after))
    assert "是什么时候" in doc.text[doc.body_start:doc.body_end]
