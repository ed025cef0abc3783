"""A count whose subject is only a stage verb, named with the thing it is the stage of
(pipeline/targets/indicator_stages.py). Sentences as published in the real notices of tests/real (file named in each case)."""
from __future__ import annotations

import pytest

from test_indicator_subject import rows


# ------------------------------------------------------------------ a stage verb names the stage of a thing
@pytest.mark.parametrize("sentence, expected", [
    # gwr_0014, eighth doc_0031 (readers: 城镇保障性住房新开工, 新能源投产): the thing of the target before, its verb left out
    ("今年城镇保障性住房基本建成470万套、新开工630万套,继续推进农村危房改造。",
     [("城镇保障性住房基本建成", 470), ("城镇保障性住房新开工", 630)]),
    ("新能源开工1600万千瓦、投产1000万千瓦以上,推进煤炭与新能源融合发展。", [("新能源开工", 1600), ("新能源投产", 1000)]),
    # thirteenth R_02 (reader: 启动特殊困难老年人家庭适老化改造): the noun after the next member of the list
    ("完善养老体系,启动3000户、完成2000户特殊困难老年人家庭适老化改造。",
     [("启动特殊困难老年人家庭适老化改造", 3000), ("特殊困难老年人家庭适老化改造", 2000)]),
    # gwr_0019: the object of the clause before
    ("启动新的三年棚改攻坚计划,今年开工580万套。", [("新的三年棚改攻坚计划开工", 580)]),
])
def test_a_stage_verb_is_named_with_the_thing_it_is_the_stage_of(sentence, expected):
    assert rows(sentence) == expected
