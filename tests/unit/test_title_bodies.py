"""The bodies a title names (pipeline/metadata/title_bodies.py), and as the text names them in full (bodies.py)."""
import pytest

from metadata_reading import meta


def test_a_body_opening_the_title_without_guanyu_is_the_issuer_when_nothing_is_signed():
    from pipeline.metadata.title_bodies import issuer_from_title
    assert issuer_from_title("北京市人民代表大会常务委员会任免国家机关工作人员条例") == "北京市人民代表大会常务委员会"  # lawref_0004
    assert issuer_from_title("吉林省人民政府办公厅印发关于促进消费若干措施的通知") == "吉林省人民政府办公厅"  # realestate_0040
    assert issuer_from_title("鄂尔多斯市住房公积金管理委员会关于调整部分住房公积金政策的通知") == "鄂尔多斯市住房公积金管理委员会"
    assert issuer_from_title("宁波市宗教活动场所管理办法") is None  # lawref_0017: a place and a subject
    assert issuer_from_title("重庆市安全生产条例") is None  # lawref_0019
    assert issuer_from_title("江门市关于促进房地产业高质量发展的通知") is None  # realestate_0164: a place


def test_bodies_issuing_jointly_in_the_title_are_all_the_issuer():
    from pipeline.metadata.title_bodies import issuer_from_title
    # govcn_0039 and doc_0006 (a party committee and its government, spaced); written with 、 as signatures are
    assert issuer_from_title("国务院办公厅、中央军委办公厅关于加强对侵华日军遗弃化学武器调查和管理工作的通知") == \
        "国务院办公厅、中央军委办公厅"
    assert issuer_from_title("中共柳河县委 柳河县人民政府关于支持重点产业加快发展的实施意见") == "中共柳河县委、柳河县人民政府"
    # a place before the body is no body of its own
    assert issuer_from_title("江门市 关于促进房地产业高质量发展的通知") is None
    # doc_0006: no signature; the title's bodies issue it, the bracketed date under the title dates it
    doc = meta("加快重点产业实施意见\n中共柳河县委 柳河县人民政府\n关于支持重点产业加快发展的实施意见\n(2023年2月8日)\n"
               "为抢抓国家新一轮东北振兴战略机遇,制定如下实施意见。\n一、政策支持\n第 1 条 设立总规模不低于1亿元的重点产业发展引导资金。\n")
    assert doc.issuer == "中共柳河县委、柳河县人民政府" and str(doc.issue_date) == "2023-02-08"
    # the Party's documents print their date so (中共中央 国务院关于全面推进乡村振兴…的意见, 2021年1月4日)
    doc = meta("中共中央 国务院关于全面推进乡村振兴加快农业农村现代化的意见\n(2021年1月4日)\n"
               "党的十九届五中全会审议通过的《中共中央关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》,"
               "对新发展阶段优先发展农业农村、全面推进乡村振兴作出总体部署。\n一、总体要求\n(一)指导思想。\n")
    assert str(doc.issue_date) == "2021-01-04"


def test_central_bodies_and_bodies_named_by_level_opening_a_title_are_its_issuers():
    from pipeline.metadata.title_bodies import issuer_from_title
    # twelfth K_02 and the names other notices quote (med, elec, gwr): 中共中央 ends as no other body's name ends
    assert issuer_from_title("中共中央 国务院关于支持浙江高质量发展建设共同富裕示范区的意见") == "中共中央、国务院"
    assert issuer_from_title("中共中央、国务院关于加快西藏发展、维护社会稳定的意见") == "中共中央、国务院"
    assert issuer_from_title("中共中央 国务院关于进一步深化电力体制改革的若干意见") == "中共中央、国务院"
    assert issuer_from_title("中共中央关于制定国民经济和社会发展第十二个五年规划的建议") == "中共中央"
    # a place's committee and government named by their level (省政府关于…, quoted by a 江苏 notice)
    assert issuer_from_title("省政府关于促进建筑业改革发展的意见") == "省政府"
    assert issuer_from_title("市委 市政府关于加快建设现代化产业体系的实施意见") == "市委、市政府"
    # a central prefix or a place alone names no body
    assert issuer_from_title("国家关于促进消费的若干措施") is None
    assert issuer_from_title("旌德县关于进一步调整优化房地产政策措施的通知(征求意见稿)") is None


def test_a_body_the_title_names_short_is_written_as_the_text_names_it_in_full():
    from pipeline.metadata.bodies import written_in_full
    from pipeline.metadata.title_bodies import issuer_from_title
    # a news headline's body before its colon (eleventh Y_01; a 国务院办公厅:… headline; two bodies apart)
    assert issuer_from_title("能源局:2022年乡村振兴定点帮扶和对口支援工作要点 持续推进农村电网薄弱地区建设") == "能源局"
    assert issuer_from_title("国务院办公厅:关于进一步优化营商环境的意见") == "国务院办公厅"
    assert issuer_from_title("住建部 财政部:关于加快发展保障性租赁住房的通知") == "住建部、财政部"
    assert issuer_from_title("政策解读:关于调整住房公积金政策的通知") is None  # a column's name, no body
    # the text's own words name it in full: after the state's name (Y_01's lead) or a division's (elec_0001, T_01)
    assert written_in_full("能源局", "近日国家能源局印发2022年乡村振兴定点帮扶和对口支援工作要点的通知。") == "国家能源局"
    assert written_in_full("市工业和信息化局", "国网天津天津市电力公司受天津市工业和信息化局委托组织实施", "天津市") \
        == "天津市工业和信息化局"
    assert written_in_full("市政府", "经丽水市政府同意,现将…印发给你们", "丽水市") == "丽水市政府"
    # a district's notice: its city's body (深圳 holds 南山区)
    assert written_in_full("市工业和信息化局", "根据深圳市工业和信息化局工作部署", "深圳市南山区") == "深圳市工业和信息化局"
    # another division's body the text names is not the notice's own (review21a: a 佛山 notice, 广州市政府)
    assert written_in_full("市政府", "为落实广州市政府与佛山市政府签订的合作协议,经市政府同意", "佛山市") == "佛山市政府"
    assert written_in_full("市政府", "为落实广州市政府签订的合作协议,经市政府同意", "佛山市") == "市政府"
    assert written_in_full("市住房和城乡建设局", "参照杭州市住房和城乡建设局做法", None) == "市住房和城乡建设局"
    # a body named in full, or with no fuller form in the text, stays as the title names it
    assert written_in_full("国家能源局", "近日国家能源局印发") == "国家能源局"
    assert written_in_full("能源局", "省能源局负责。") == "能源局"
    doc = meta("能源局:2022年乡村振兴定点帮扶和对口支援工作要点\n"
               "近日国家能源局印发2022年乡村振兴定点帮扶和对口支援工作要点的通知。\n一、总体要求\n(一)持续推进农村电网建设。\n")
    assert (doc.issuer, doc.region) == ("国家能源局", None)
    # a notice placed by its title (佛山) whose text first names another city's government
    doc = meta("市政府关于印发佛山市城市更新专项行动方案的通知\n"
               "为落实广州市政府与佛山市政府签订的广佛同城化合作协议,经市政府同意,现将方案印发给你们。\n"
               "一、总体要求\n(一)加快推进城市更新。\n")
    assert (doc.issuer, doc.region) == ("佛山市政府", "佛山市")
    # placed by the text it governs (我市, 天津 named most), not the first city it names
    doc = meta("市工业和信息化局关于印发春节期间电力需求响应实施细则的通知\n"
               "北京市工业和信息化局、天津市工业和信息化局联合开展调研。结合我市实际,天津市各区…天津市电力公司组织实施。\n"
               "一、总体要求\n(一)保障天津市电力供应。\n")
    assert doc.issuer == "天津市工业和信息化局"


# meta57 (moved from test_stored_record.py: layouts of the sixteenth to eighteenth collections)
@pytest.mark.parametrize("title, expected", [
    ("总局关于2016年第四季度食品安全监督抽检情况分析的通告(2017年第12号)", "国家食品药品监督管理总局"),
    ("总局通告7批次食品不合格", "国家食品药品监督管理总局"),
    ("总局关于发布第二批公告的通知", "国家税务总局"),
])
def test_a_body_named_by_its_kind_alone_as_the_text_names_it(title, expected):
    # the text names two bodies of that kind: the one it names most often, wherever the other stands
    other = "国家市场监督管理总局" if expected != "国家市场监督管理总局" else "国家税务总局"
    for first, second in ((other, expected), (expected, other)):
        doc = meta(f"{title}\n近期,{first}会同{second}组织抽检样品500批次,{expected}公布其中不合格7批次。\n特此通告。\n")
        assert doc.issuer == expected


@pytest.mark.parametrize("title, expected", [
    ("中国地质调查局业务中心建设与管理暂行办法", "中国地质调查局"),
    ("广东省食品药品监督管理局2017年春节节前食品监督抽检信息", "广东省食品药品监督管理局"),
    ("广州市空间布局优化实施办法", None),                                 # 布局 is a word, no bureau
])
def test_a_bureau_opening_a_title_without_guanyu(title, expected):
    doc = meta(f"{title}\n第一条 为规范管理,制定本办法。\n第二条 本办法自发布之日起执行。\n")
    assert doc.issuer == expected


def test_bodies_over_the_title_wrapped_with_their_separator():
    doc = meta("北京市物价局、北京市人民政府文教办公室、\n\n北京市财政局、北京市教育局\n\n关于控制托幼园所收费标准的通知\n\n"
               "各区(县)人民政府:\n经研究,通知如下:\n一、收费标准\n每人每月40元。\n")
    assert doc.title == "北京市物价局、北京市人民政府文教办公室、北京市财政局、北京市教育局关于控制托幼园所收费标准的通知"
    assert doc.issuer == "北京市物价局、北京市人民政府文教办公室、北京市财政局、北京市教育局"


def test_a_state_bodys_office_named_short_in_the_title():
    doc = meta("体育总局青少司关于举办培训班的通知\n各省体育局:\n现就有关事宜通知如下:\n一、培训时间\n6月11日。\n"
               "二、联系方式\n国家体育总局青少年体育司\n联系人:高扬\n")
    assert doc.issuer == "国家体育总局青少年体育司"
