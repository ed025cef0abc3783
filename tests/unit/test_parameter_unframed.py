"""A share or rate a notice stating no goals sets, which nothing frames as a goal, is a parameter (parameter_unframed.py):
sentences as published in the real notices named in each case, of several collections and sources."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.deadlines import parse_deadlines
from pipeline.document import Document
from pipeline.targets import extract_targets

ISSUED = dt.date(2023, 3, 1)
MEASURES = "关于促进房地产市场平稳健康发展的若干措施"


def _rows(title: str, text: str) -> tuple[list[tuple], list[tuple]]:
    doc = Document(source_file="t", text=text, body_start=0, body_end=len(text), issue_date=ISSUED, title=title)
    doc.deadlines = parse_deadlines(text, 0, len(text), ISSUED)
    extract_targets(doc)
    return ([(t.indicator, t.comparator, t.value, t.unit) for t in doc.targets],
            [(p.name, p.comparator, p.value, p.unit) for p in doc.parameters])


@pytest.mark.parametrize("title, sentence, expected", [
    # fifteenth H53C_03 (a bank's loan rules): the cap word is part of the name
    ("个人住房贷款管理办法", "二手房贷款最高可贷成数为所购二手房评估价值和实际成交金额二者中较低者的80%。",
     ("二手房贷款最高可贷成数", "=", 80.0, "%")),
    # realestate_0168
    (MEASURES, "公共开放空间最大占比为建筑总计容建筑面积的5%,作为公共开放空间使用。", ("公共开放空间最大占比", "=", 5.0, "%")),
    # realestate_0001
    ("关于在实施城市更新行动中防止大拆大建问题的通知", "统筹解决新市民、低收入困难群众等重点群体租赁住房问题,住房租金年度涨幅不超过5%。",
     ("住房租金年度涨幅", "<=", 5.0, "%")),
    # ninth doc_0001: a share of the thing after it, named by the verb and the thing
    ("印发推动乡镇敬老院高质量发展十条措施的通知", "公建民营协议要明确约定保留不低于20%的床位用于接收政府供养和基本养老服务保障对象,确保公益属性。",
     ("保留床位比例", ">=", 20.0, "%")),
    # ninth doc_0021
    ("关于印发《上海市支持企业加强基础研究 增强高质量发展新动能的若干措施》的通知",
     "对基础研究公益基金会支持的基础研究项目,按照基金会投入的50%给予共同支持。", ("共同支持比例", "=", 50.0, "%")),
    # seventh doc_0004: the next clause grants it
    ("关于印发《湖北省支持人工智能OPC发展若干措施(试行)》的通知",
     "向符合条件的OPC发行“科技创新券”,对其购买科技创新服务实际发生金额的30%,发放最高20万元科技创新券。",
     ("科技创新券比例", "=", 30.0, "%")),
])
def test_a_share_no_goal_frames_is_a_setting(title, sentence, expected):
    assert expected in _rows(title, sentence)[1]


def test_a_cap_word_before_the_number_bounds_it():
    # realestate_0099 (the bracket on a line of its own): 最低为 before the number is a floor, not part of the name
    params = _rows(MEASURES, "首次申请住房公积金贷款购买新建商品住房的,首付比例最低为20%\n(二手房最低为30%);")[1]
    assert ("二手房比例", ">=", 30.0, "%") in params


@pytest.mark.parametrize("title, sentence", [
    # a plan's bare share is its goal (plan titles state goals)
    ("关于印发某市城市更新行动方案的通知", "住房租金年度涨幅不超过5%。"),
    # a share framed as a goal stays a target even in a notice of measures
    (MEASURES, "到2025年,保障性租赁住房占新增住房供应比例达到30%。"),
])
def test_a_share_a_goal_frames_stays_a_target(title, sentence):
    targets, params = _rows(title, sentence)
    assert targets and not [p for p in params if p[3] == "%"]


def test_other_units_are_no_settings_by_this_rule():
    # 综合所得年收入额…超过6万元 (govcn_0027), 48小时内 (shgov_0036): thresholds of who qualifies and times stay out
    assert not _rows("个人所得税专项附加扣除暂行办法", "(一)从两处以上取得综合所得,且综合所得年收入额减除专项扣除的余额超过6万元;")[1]
