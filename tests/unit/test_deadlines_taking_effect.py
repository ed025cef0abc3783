"""d56: who or what takes effect on a day (the document itself, or a measure it sets) and a year naming an exam or a fair:
each with several phrasings and a deadline beside it that holds."""

from pipeline.deadlines.parser import parse_deadlines


def _rows(text, issue=None):
    return [(d.raw, d.kind) for d in parse_deadlines(text, issue_date=issue)]


def test_the_document_taking_effect_is_its_own_date():
    for text in ("本通知自2023年9月26日起正式实施。",
                 "第三十二条 本办法自2023年5月1日起实施。",
                 "三、本通知自2023年10月8日起执行。",
                 "《…保险经纪人监管规定》已经审议通过,现予公布,自2018年5月1日起实施。",
                 "经我委审核,现批准为上海市工程建设规范,统一编号为DG/TJ08-2454-2024,自2025年1月1日起实施。",
                 "国家计量技术规范《JJF2012—2022 超声波燃气表型式评价大纲》自2023年6月27日起实施。",
                 "统一编号为DG/TJ08-2041-2021,自2021年7月1日起实施。"):
        assert _rows(text) == [], text


def test_a_measure_taking_effect_is_a_from():
    for text, raw in (("新版药品目录自2026年1月1日起正式执行。", "自2026年1月1日起"),
                      ("四、以上缴费费率的调整均自2009年1月1日起执行。", "自2009年1月1日起"),
                      ("具体标准仍为上一年度本市职工月平均工资的40%,自2009年4月1日起执行。", "自2009年4月1日起")):
        assert _rows(text) == [(raw, "from")], text


def test_a_year_in_the_name_of_an_exam_or_a_fair():
    for text in ("2012年度全国监理工程师执业资格考试时间定于2012年6月1日。",
                 "(一)2012年度全国监理工程师执业资格考试采取网上报名。",
                 "做好我国申办2010年上海世界博览会的工作。",
                 "要组织举办好2016年全国职业院校技能大赛。"):
        assert all(not raw.startswith(("2012年度", "2010年", "2016年")) for raw, _ in _rows(text)), text
    assert _rows("2025年举办上海国际碳中和博览会。") == [("2025年", "in")]  # held then: when
