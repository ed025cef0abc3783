"""What an indicator's name keeps and drops (pipeline/targets/indicators.py): sentences of the real notices."""
from __future__ import annotations

import pytest

from test_targets import run


@pytest.mark.parametrize("text, indicators", [
    # shgov_0012: a month cut out of a bracket leaves no bracket behind
    ("白玉兰每年花后(4月份)追肥一次、冬季休眠期(12月-翌年1月)施基肥一次。", ["白玉兰花后追肥", "冬季休眠期施基肥"]),
])
def test_a_bracket_emptied_by_a_cut_date_goes_whole(text, indicators):
    assert [t.indicator for t in run(text)] == indicators


def test_mended_keeps_a_whole_bracket():
    from pipeline.targets.indicators import mended
    assert mended("新建公园绿地(含口袋公园)面积") == "新建公园绿地(含口袋公园)面积"
    assert mended("白玉兰花后()追肥") == "白玉兰花后追肥"
    assert mended("冬季休眠期(-翌年1月)施基肥") == "冬季休眠期施基肥"
