"""A title whose first issuing body and the count of its co-issuers stand on the line above
its 关于 line (`X等14部门` ⏎ `关于印发…的通知`): that line is part of the title. Phrasings of
real titles: plan_0008 (河南), realestate_0184 (防城港), realestate_0082 (平南), a citation in
a real notice (雅安, 四部门)."""
from __future__ import annotations

import pytest

from pipeline.run import process_text


@pytest.mark.parametrize("bodies, rest", [
    ("河南省工业和信息化厅等14部门", "关于印发《河南省推动工业领域设备更新实施方案》的通知"),
    ("防城港市住房和城乡建设局等9部门", "关于印发进一步促进房地产市场平稳健康发展的若干措施的通知"),
    ("平南县住房和城乡建设局等6部门", "关于印发平南县促进房地产市场平稳健康发展若干措施的通知"),
    ("雅安市自然资源和规划局等四部门", "关于印发《雅安市不动产“带押过户”工作方案》的通知"),
])
def test_co_issuers_line_above_the_title_is_part_of_it(bodies, rest):
    doc = process_text(f"{bodies}\n{rest}\n\n各有关单位:\n\n现印发给你们,请认真贯彻执行。\n\n一、总体要求\n\n加快发展。\n")
    assert doc.title == bodies + rest


def test_a_sentence_above_the_title_is_not():
    doc = process_text("本网讯 近日,多部门联合发文\n关于印发《河南省推动工业领域设备更新实施方案》的通知\n\n一、总体要求\n\n加快发展。\n")
    assert doc.title == "关于印发《河南省推动工业领域设备更新实施方案》的通知"
