"""The plan a title names (pipeline/metadata/plan_titles.py)."""
import datetime as dt

import pytest

from metadata_reading import meta


def test_a_title_issuing_a_document_and_asking_a_second_act_issues_the_document():
    from pipeline.metadata.plan_titles import plan_title_from_title
    # med_0027: 印发X方案并深入推进相关工作的通知
    assert plan_title_from_title("国家医疗保障局办公室关于印发按病组和病种分值付费 2.0 版分组方案并深入推进相关工作的通知") \
        == "按病组和病种分值付费 2.0 版分组方案"
    assert plan_title_from_title("关于印发《2023年全省安全生产工作要点》并做好贯彻落实工作的通知") == "2023年全省安全生产工作要点"
    assert plan_title_from_title("关于印发《X市老旧小区改造办法(试行)》并开展试点的通知") == "X市老旧小区改造办法(试行)"
    # 并 inside a word of the name (并购, 合并) is no second act
    assert plan_title_from_title("关于印发规划并购基金管理办法的通知") == "规划并购基金管理办法"
    assert plan_title_from_title("关于印发推进和规范医师多点执业的若干意见的通知") == "推进和规范医师多点执业的若干意见"
    # a 《…》 name is read whole: a type and 并 inside it cut nothing (review21a's finding on issued_then_act)
    assert plan_title_from_title("关于印发《开展农村人居环境整治提升行动并推进美丽乡村建设实施方案》的通知") \
        == "开展农村人居环境整治提升行动并推进美丽乡村建设实施方案"
    assert plan_title_from_title("关于印发《关于实施乡村振兴行动并加强基层治理的意见》的通知") == "关于实施乡村振兴行动并加强基层治理的意见"
    assert plan_title_from_title("关于印发《专项行动方案》并组织实施的通知") == "专项行动方案"
    # what follows 并 and ends as a document does is the name's own words, not a second act
    assert plan_title_from_title("关于印发全省开展清洁取暖行动并加强监管工作方案的通知") == "全省开展清洁取暖行动并加强监管工作方案"
    assert plan_title_from_title("关于印发城区老旧管网改造实施方案并请认真贯彻执行的通知") == "城区老旧管网改造实施方案"


def test_plan_title_without_its_name_marks_and_region_from_the_page_publisher():
    # realestate_0111: 《关于印发〈X〉的通知》 names the plan X; elec_0004 keeps 《…<…>…》 whole
    from pipeline.metadata.plan_titles import plan_title_from_title
    assert plan_title_from_title("关于印发〈关于进一步促进房地产市场平稳健康发展的若干措施〉的通知") == \
        "关于进一步促进房地产市场平稳健康发展的若干措施"
    assert plan_title_from_title("关于印发《黄浦区可再生能源发展行动方案》的通知") == "黄浦区可再生能源发展行动方案"
    # shgov_0038: the signature abbreviates its place; the front matter's 发布单位 places the notice
    doc = meta("---\n标题: 关于优化本市新出让商品住房用地套型供应结构的通知\n文号: 沪房建管〔2024〕101号\n"
               "发布单位: 上海市房屋管理局\n发布日期: 2024-08-21\n---\n\n# 关于优化本市新出让商品住房用地套型供应结构的通知\n\n"
               "各区人民政府:\n为适应房地产市场供求关系的新变化,现就有关事项通知如下。\n一、优化套型供应结构\n"
               "市住房城乡建设管理委\n2024年8月16日\n")
    assert doc.region == "上海市" and doc.province == "上海市"
    assert doc.issue_date == dt.date(2024, 8, 16)


def test_a_notice_amending_or_extending_a_named_rule_issues_it():
    # CONVENTIONS: 关于修改《X》的决定 / 关于延长《X》有效期的通知 issue X (extra shgov_0049, 0062, 0063, 0069, 0073, 0085 readers)
    from pipeline.metadata.plan_titles import plan_title_from_title
    assert plan_title_from_title("上海市交通委员会关于延长《上海市交通委员会关于城市道路行政处罚的裁量基准》有效期的通知") \
        == "上海市交通委员会关于城市道路行政处罚的裁量基准"
    assert plan_title_from_title("上海市住房和城乡建设管理委员会关于延长《上海市市政(公路)公用设施抗震设防专项论证管理办法》有效期的通知") \
        == "上海市市政(公路)公用设施抗震设防专项论证管理办法"
    assert plan_title_from_title("上海市公安局关于修改《上海市公安局剧毒化学品公路运输通行证发放和管理规定》的决定") \
        == "上海市公安局剧毒化学品公路运输通行证发放和管理规定"
    assert plan_title_from_title("关于延长阶段性减免政策执行期限的通知") is None  # names no rule


# meta57 (moved from test_stored_record.py: layouts of the sixteenth to eighteenth collections)
@pytest.mark.parametrize("title, expected", [
    ("转发住房和城乡建设部办公厅关于建设工程企业资质专家审查意见的公示", "关于建设工程企业资质专家审查意见的公示"),
    ("转发省财政厅关于做好2020年度预算执行工作的意见", "关于做好2020年度预算执行工作的意见"),
    # a forwarding 通知 writes the type it shares with the 通知 it forwards once: that 通知, from its 关于 (the forwarded
    # document's own words, as the readers of govcn_0009/0010 and shgov_0041 wrote what a title forwards)
    ("转发国务院办公厅关于加强X工作的通知", "关于加强X工作的通知"),
    ("关于转发省住房和城乡建设厅关于做好2024年城镇燃气安全排查整治工作的通知", "关于做好2024年城镇燃气安全排查整治工作的通知"),
    ("转发国家教委关于内地西藏班(校)扩大规模有关问题请示的通知", "关于内地西藏班(校)扩大规模有关问题的请示"),  # its type named
])
def test_a_forwarding_headline_without_its_own_type(title, expected):
    from pipeline.metadata.plan_titles import plan_title_from_title
    assert plan_title_from_title(title) == expected
