"""A coordinated subject's members (pipeline/targets/indicator_members.py): one indicator each, a head or a modifier
written once shared by all. Sentences as published in the real notices of tests/real (file named in each case)."""
from __future__ import annotations

import pytest

from test_indicator_subject import rows
from test_targets import run


def test_a_list_shares_the_head_after_the_word_that_ends_as_its_first_member():
    # plan_0002: 一般登记、抵押登记业务办理时间
    found = rows("2018年底前全国所有市县的一般登记、抵押登记业务办理时间分别压缩至15个、7个工作日以内。")
    assert [i for i, _ in found] == ["全国所有市县的一般登记业务办理时间", "全国所有市县的抵押登记业务办理时间"]
    # plan_0023: 旅游业、现代服务业、高新技术产业增加值占地区生产总值的比重
    found = rows("到2025年,旅游业、现代服务业、高新技术产业增加值占地区生产总值的比重分别达到12%、35%、15%。")
    assert [i for i, _ in found] == ["旅游业增加值占地区生产总值的比重", "现代服务业增加值占地区生产总值的比重",
                                     "高新技术产业增加值占地区生产总值的比重"]


# ------------------------------------------------------------------ a one-word member shares the measure of the last
@pytest.mark.parametrize("sentence, expected", [
    # eighth doc_0032, thirteenth R_02 (readers: 城镇居民人均可支配收入)
    ("城镇、农村居民人均可支配收入分别增长4.5%、5.5%左右。", [("城镇居民人均可支配收入", 4.5), ("农村居民人均可支配收入", 5.5)]),
    ("城镇和农村居民人均可支配收入分别增长6.5%左右和8.5%左右。",
     [("城镇居民人均可支配收入", 6.5), ("农村居民人均可支配收入", 8.5)]),
    # members that share no measure stay as written (thirteenth R_02's 一产、二产、三产)
    ("其中一产、二产、三产分别增长3.5%左右、6.5%左右、5%左右。", [("一产", 3.5), ("二产", 6.5), ("三产", 5)]),
    ("学校、医疗卫生机构分别达到500个、300个。", [("学校", 500), ("医疗卫生机构", 300)]),
    # a measure with a suffix of its own (支出, 增加值) is shared too (review22a: 城镇人均消费支出 before), but not where
    # the last member's word ends as the first does (服务业 after 工业)
    ("城镇、农村居民人均消费支出分别增长5%、6%。", [("城镇居民人均消费支出", 5), ("农村居民人均消费支出", 6)]),
    ("城市、农村常住居民人均消费支出分别增长7%和8%。", [("城市常住居民人均消费支出", 7), ("农村常住居民人均消费支出", 8)]),
    ("工业、服务业增加值分别增长6%、7%。", [("工业增加值", 6), ("服务业增加值", 7)]),
])
def test_a_one_word_member_shares_the_measure_the_last_member_ends_with(sentence, expected):
    assert rows(sentence) == expected


@pytest.mark.parametrize("text, indicators", [
    # realestate_0066: where the members end in one noun (项目), 工业、仓储及生产配套设施 is the list inside one member's name:
    # three targets, not 一般园区内工业 and 仓储及生产配套设施项目 (ANNOTATION's distribution: one target per name of the list)
    ("一般社会投资项目、中小型社会投资项目、园区内工业、仓储及生产配套设施项目全事项全流程审批时间控制在40个工作日内。",
     ["一般社会投资项目全事项全流程审批时间", "中小型社会投资项目全事项全流程审批时间",
      "园区内工业、仓储及生产配套设施项目全事项全流程审批时间"]),
    # (the inner list joined as the text joins it, 和 kept: a name the text writes)
    ("一般社会投资项目、中小型社会投资项目、园区内工业和仓储项目审批时间均控制在40个工作日内。",
     ["一般社会投资项目审批时间", "中小型社会投资项目审批时间", "园区内工业和仓储项目审批时间"]),
    # members with no shared final noun split as before (realestate_0206's 低压、20千伏及以下高压)
    ("将低压、20千伏及以下高压电力接入工程审批时间分别压减至5个、10个工作日以内。",
     ["低压电力接入工程审批时间", "20千伏及以下高压电力接入工程审批时间"]),
])
def test_a_member_without_the_lists_final_noun_belongs_to_the_next_members_name(text, indicators):
    assert [t.indicator for t in run(text)] == indicators


@pytest.mark.parametrize("text, indicators", [
    # docs/CONVENTIONS.md (ruling, twentieth session): places listed before a target say where it is reached: one target
    # (fourth plan_0023: divisions the table names; plan_0006: heads of places, 地区, 新城)
    ("到2022年,全省城镇新建建筑中绿色建筑面积占比达到70%,其中海口市、三亚市占比达到80%,其他市县占比达到60%。",
     ["城镇新建建筑中绿色建筑面积占比", "海口市、三亚市占比", "其他市县占比"]),
    ("到2027年,中心城区参与错峰加油的加油站不低于80%,渝西地区和渝东新城不低于70%。",
     ["中心城区参与错峰加油的加油站", "渝西地区和渝东新城"]),
    # names of what is measured still split (gwr_0019)
    ("今年二氧化硫、氮氧化物排放量要下降3%。", ["二氧化硫排放量", "氮氧化物排放量"]),
])
def test_places_listed_before_a_target_are_one_target(text, indicators):
    assert [t.indicator for t in run(text)] == indicators
