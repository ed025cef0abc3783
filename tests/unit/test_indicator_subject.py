"""Where an indicator starts and ends, the subject written before a quantity (pipeline/targets/indicator_subject.py): a
time phrase or a verb is never part of it, a start value is no target. Sentences as published in the real notices
of tests/real (file named in each case)."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.deadlines import parse_deadlines
from pipeline.document import Document
from pipeline.targets import extract_targets

ISSUED = dt.date(2018, 8, 1)


def rows(text: str) -> list[tuple[str, float]]:
    doc = Document(source_file="t", text=text, body_start=0, body_end=len(text), issue_date=ISSUED)
    doc.deadlines = parse_deadlines(text, 0, len(text), ISSUED)
    extract_targets(doc)
    for t in doc.targets:
        assert text[t.char_start:t.char_end] == t.span_text
    return [(t.indicator, t.value) for t in doc.targets]


# ------------------------------------------------------------------ time phrases
@pytest.mark.parametrize("sentence, expected", [
    # plan_0002: a span of years opening the clause, the subject elided after it
    ("(1)大幅缩短商标注册周期,2018年底前向社会公开商标数据库,将商标注册审查周期压缩至6个月,"
     "2019年底前进一步压缩至5个月,五年内压缩至4个月以内。",
     [("商标注册审查周期", 6), ("商标注册审查周期", 5), ("商标注册审查周期", 4)]),
    ("6.深化商标注册、专利申请等便利化改革,五年内将商标注册审查时间压缩到4个月以内。", [("商标注册审查时间", 4)]),
    # gwr_0012
    ("坚持把增加就业作为经济社会发展的优先目标,为全体劳动者创造公平的就业机会,五年城镇新增就业4500万人。",
     [("城镇新增就业", 4500)]),
    # plan_0009: a bare year after the subject; a sum of coordinated members is one indicator
    ("绿色低碳发展成效显著,风电、光伏发电装机规模2025年达到2500万千瓦以上,2030年达到4000万千瓦以上。",
     [("风电、光伏发电装机规模", 2500), ("风电、光伏发电装机规模", 4000)]),
    ("电力发展适度超前,全省电力稳定供应能力2025年达到6000万千瓦。", [("电力稳定供应能力", 6000)]),
])
def test_a_time_phrase_is_no_part_of_the_indicator(sentence, expected):
    assert rows(sentence) == expected


# ------------------------------------------------------------------ verbs and start values
@pytest.mark.parametrize("sentence, expected", [
    # plan_0002: 压减到 is the verb, and the elided subject is the one before
    ("(2)在供电服务方面,2018年供电企业办理电力用户用电业务平均时间压减到50个工作日以内,2019年底前压减到45个工作日以内。",
     [("供电企业办理电力用户用电业务平均时间", 50), ("供电企业办理电力用户用电业务平均时间", 45)]),
    # plan_0002: the value a change starts from (从平均22个工作日) is no target
    ("取证时间从平均22个工作日压缩至平均9个工作日。", [("取证时间", 9)]),
    # plan_0009: 分别压减至, the head shared by the members of the list
    ("将低压、20千伏及以下高压电力接入工程审批时间分别压减至5个、10个工作日以内。",
     [("低压电力接入工程审批时间", 5), ("20千伏及以下高压电力接入工程审批时间", 10)]),
    ("将居民用户、实施“三零”服务的非居民用户全过程办电时间分别压减至5个、15个工作日以内。",
     [("居民用户全过程办电时间", 5), ("实施“三零”服务的非居民用户全过程办电时间", 15)]),
])
def test_a_verb_or_a_start_value_is_no_part_of_the_indicator(sentence, expected):
    assert rows(sentence) == expected


# ------------------------------------------------------------------ words before the number that name nothing
@pytest.mark.parametrize("sentence, expected", [
    # gwr_0025, gwr_0019, gwr_0022: a comparison with last year (and its comparative) measures a change of the
    # quantity before it, or of the subject it follows
    ("拟安排地方政府专项债券4.4万亿元、比上年增加5000亿元,重点用于投资建设、土地收储和收购存量商品房。",
     [("地方政府专项债券", 4.4), ("地方政府专项债券", 5000)]),
    ("今年赤字率拟按2.6%安排,比去年预算低0.4个百分点;财政赤字2.38万亿元。",
     [("赤字率", 2.6), ("赤字率", 0.4), ("财政赤字", 2.38)]),
    ("预计今年财政收入继续增长,加之调入预算稳定调节基金等,支出规模比去年扩大2万亿元以上,可用财力明显增加。",
     [("支出规模", 2)]),
    # shgov_0012: a summing word names the thing it sums, as its total (the gold's 白玉兰特色道路总计), not what is new
    ("2.2025年7月至2025年12月,新增白玉兰栽植及观赏点位30个,总计达60个;特色道路10条,总计达20条。",
     [("新增白玉兰栽植及观赏点位", 30), ("白玉兰栽植及观赏点位总计", 60), ("特色道路", 10), ("特色道路总计", 20)]),
    # gwr_0002, gwr_0003: a bare verb before the amount, the thing issued after it
    ("继续发行1500亿元长期建设国债,集中用于在建项目和西部开发项目。", [("长期建设国债", 1500)]),
    ("根据需要和可能,今年拟发行1500亿元长期建设国债,主要用于在建的国债项目。", [("长期建设国债", 1500)]),
    # gwr_0013: a clause that only sets a condition lends no subject; the clause before it does
    ("继续推进保障性安居工程建设,在确保质量的前提下,基本建成500万套,新开工700万套以上。",
     [("保障性安居工程建设", 500), ("保障性安居工程新开工", 700)]),
])
def test_a_comparison_a_sum_a_bare_verb_or_a_condition_names_nothing(sentence, expected):
    assert rows(sentence) == expected


# ------------------------------------------------------------------ a verb inside the name of what is counted
@pytest.mark.parametrize("sentence, expected", [
    # gwr_0011 (audit16 TAR04): 棚户区改造住房 is the housing counted, 改造 no verb of it
    ("建设保障性住房300万套,各类棚户区改造住房280万套。", [("保障性住房", 300), ("各类棚户区改造住房", 280)]),
    # fourth plan_0008, thirteenth R_03: projects of renovation, 实施 only the verb of the plan
    ("到2027年,每年实施技术改造项目3000个左右。", [("技术改造项目", 3000)]),
    ("实施重点项目440个以上。", [("重点项目", 440)]),
    # ... but a verb of renovating before what it renovates is one
    ("改造老旧小区1000个。", [("老旧小区", 1000)]),
])
def test_a_verb_inside_the_name_of_what_is_counted_stays_in_it(sentence, expected):
    assert rows(sentence) == expected


# ------------------------------------------------------------------ an adverb of expectation, a part in brackets
@pytest.mark.parametrize("sentence, expected", [
    # gwr_0013, gwr_0016, gwr_0018 (readers: 广义货币M2): 预期 says the value is expected, it names nothing
    ("广义货币预期增长14%。", [("广义货币", 14)]),
    ("稳健的货币政策要松紧适度。广义货币M 2 预期增长12%左右,在实际执行中可以略高些。", [("广义货币M2", 12)]),
    ("今年广义货币M 2 和社会融资规模余额预期增长均为12%左右。", [("广义货币M2", 12), ("社会融资规模余额", 12)]),
    ("人均预期寿命达到79岁。", [("人均预期寿命", 79)]),  # a name it is part of
    # seventh doc_0025 (reader: 旧城区城市一类以上公厕), eighth doc_0037, third med_0005: a part of the thing before the bracket
    ("建成70座城市一类以上公厕(其中旧城区7座,景区旅游公厕20座)。",
     [("城市一类以上公厕", 70), ("旧城区城市一类以上公厕", 7), ("景区旅游公厕", 20)]),
    ("新开工2912套(其中城市棚户区改造2912套)。", [("新开工", 2912), ("城市棚户区改造", 2912)]),
    ("统一向国家医保局报送试点单位10家(其中定点医疗机构8家、定点零售药店2家)。",
     # (the verb of handing over and its addressee open no name: audit15 TAR48)
     [("试点单位", 10), ("定点医疗机构", 8), ("定点零售药店", 2)]),
])
def test_an_adverb_of_expectation_or_an_open_bracket_names_nothing(sentence, expected):
    assert rows(sentence) == expected


# ------------------------------------------------------------------ 经济 keeps its verb of growth
@pytest.mark.parametrize("sentence, expected", [
    ("主要预期目标是:经济增长5%左右、在实际工作中努力争取更好结果。", [("经济增长", 5)]),  # seventh doc_0023 (reader: 经济增长)
    ("经济增长预期7%左右,考虑了需要和可能。", [("经济增长", 7)]),  # gwr_0016 (reader: 经济增长)
    ("经济年均增长5%左右。", [("经济年均增长", 5)]),
    ("国内生产总值增长6.5%左右。", [("国内生产总值", 6.5)]),  # a measure named alone loses the verb, as readers write it
])
def test_economy_alone_keeps_its_verb_of_growth(sentence, expected):
    assert rows(sentence) == expected
