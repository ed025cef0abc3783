"""Money named by what it is (pipeline/targets/indicator_money.py): an allotment by its payer and its use, an amount by the
fund it is of, and money whose subject names a measure of its own keeping it. Sentences as published in the real
notices of tests/real (file named in each case)."""
from __future__ import annotations

import pytest

from test_indicator_subject import rows
from test_targets import run


# ------------------------------------------------------------------ money named by its fund, not its payer
@pytest.mark.parametrize("sentence, expected", [
    ("国家今年再安排30亿元国债资金,重点支持煤矿瓦斯综合治理和利用的科技攻关试点工程。", [("国债资金", 30)]),  # gwr_0007
    ("使用1000亿元失业保险基金支持稳岗和培训,加快建设技能型社会。", [("失业保险基金", 1000)]),  # gwr_0022
    ("中心安排1亿元新增定期存款,按受托银行为白名单项目发放开发贷款的比例存放。", [("新增定期存款", 1)]),  # realestate_0211
    # a generic 资金 keeps its payer
    ("今年中央财政安排109亿元资金,比上年增加26亿元。", [("中央财政资金", 109), ("中央财政资金", 26)]),
    # a subject that names its own measure keeps it (gwr_0014)
    ("今年中央财政安排科技投入716亿元,比上年增长19.2%。", [("科技投入", 716), ("科技投入", 19.2)]),
])
def test_money_is_named_by_the_fund_it_is_an_amount_of(sentence, expected):
    assert rows(sentence) == expected


# ------------------------------------------------------------------ money named by what it is for
@pytest.mark.parametrize("sentence, expected", [
    # gwr_0006 (audit16 TAR59): the use after a generic 资金, and the change beside it shares the name
    ("今年中央财政安排109亿元资金支持再就业,比上年增加26亿元。", [("中央财政支持再就业资金", 109), ("中央财政支持再就业资金", 26)]),
    # realestate_0066 (audit16 TAR14): no payer written, the verb of the use dropped
    ("安排300万元开展普惠加油、健身等特色普惠项目,服务职工5万人次以上。",
     [("普惠加油、健身等特色普惠项目资金", 300), ("服务职工", 5)]),
    # seventh doc_0004 (its gold: 省级首期算力支持资金): what is given to the parties named after 对
    ("鼓励OPC生态社区、产业园等向OPC提供算力支持,省级首期安排2000万元对OPC生态社区、产业园等平台予以算力支持。",
     [("省级首期算力支持资金", 2000)]),
    # realestate_0040 (its gold: …建设运营主体奖补资金): the use after a comma
    ("从2024年开始,连续3年,每年安排1亿元,对建设运营主体给予奖补。", [("奖补资金", 1)]),
    ("市财政每年安排500万元用于支持人才引进。", [("市财政支持人才引进资金", 500)]),
])
def test_money_allotted_is_named_by_its_payer_and_its_use(sentence, expected):
    assert rows(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a fund of its own names the money (gwr_0006), and so does one before the verb (realestate_0040)
    ("国务院决定今年安排30亿元建设资金,支持国有煤矿安全技术改造。", [("建设资金", 30)]),
    ("中央预算内投资安排5076亿元。", [("中央预算内投资", 5076)]),  # gwr_0018: no use written
])
def test_money_with_a_name_of_its_own_keeps_it(sentence, expected):
    assert rows(sentence) == expected


@pytest.mark.parametrize("text, indicators", [
    # gwr_0011, gwr_0012 (its gold: 中央财政扶助和促进就业投入), gwr_0007: a payer's spending, named by what it is for
    ("中央财政拟投入433亿元用于促进就业。", ["中央财政促进就业投入"]),
    ("今年中央财政拟投入423亿元,用于扶助和促进就业。", ["中央财政扶助和促进就业投入"]),
    ("今后五年中央财政将投入100亿元支持职业教育发展。", ["中央财政支持职业教育发展投入"]),
    ("从今年起,国家财政将安排支出1030多亿元。", ["国家财政支出"]),
])
def test_a_payers_allotment_is_named_by_the_payer_and_its_use(text, indicators):
    assert [t.indicator for t in run(text)] == indicators
