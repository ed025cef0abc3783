"""An indicator is the thing measured, not the verb before it (pipeline/targets/indicator_subject.py subject_before): sentences of the real notices."""
from __future__ import annotations

import pytest

from test_targets import run


@pytest.mark.parametrize("text, indicators", [
    # gwr_0018, gwr_0016: a verb of change the subject opens with gives the kind, not the name
    ("要深入实施精准扶贫精准脱贫,今年再减少农村贫困人口1000万以上,完成易地扶贫搬迁340万人。", ["农村贫困人口", "易地扶贫搬迁"]),
    ("坚守耕地红线,推进土地整治,增加深松土地1333万公顷。", ["深松土地"]),
    ("全年再减少企业税负3500亿元左右、涉企收费约2000亿元。", ["企业税负", "涉企收费"]),
    # gwr_0006: a money noun 建设 begins is no verb's object (长期建设国债, 经常性建设投资)
    ("拟发行长期建设国债800亿元,同时增加中央预算内经常性建设投资100亿元。", ["发行长期建设国债", "中央预算内经常性建设投资"]),
    # seventh doc_0023, eighth doc_0032
    ("实施1000个以上省重点项目,年度完成投资1万亿元。", ["省重点项目", "年度完成投资"]),
    # gwr_0019: verbs of cutting stay, as readers write them
    ("今年要再压减钢铁产能5000万吨左右,退出煤炭产能1.5亿吨以上。", ["再压减钢铁产能", "退出煤炭产能"]),
    # gwr_0013: a share of a base written before the number
    ("中央财政已按全国财政性教育经费支出占国内生产总值的4%编制预算,地方财政也要相应安排。", ["全国财政性教育经费支出占国内生产总值的比例"]),
])
def test_an_indicator_is_the_thing_measured_not_the_verb_before_it(text, indicators):
    assert [t.indicator for t in run(text)] == indicators


def test_a_measure_named_before_the_verb_of_growth_keeps_it():
    # gwr_0013: 增长 after the subject's own words is no verb it opens with
    assert [t.indicator for t in run("广义货币M2预期增长目标拟定为13%左右。")] == ["广义货币M2预期增长目标"]
