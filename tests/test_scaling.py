"""Linear time: each input pattern that once took quadratic time, at n and at 8n.

The check is a ratio of CPU seconds (never an absolute time): linear work gives about 8,
n log n about 10, quadratic up to 64; the bound of 14 leaves room for noise on a shared
machine. The best of a few repetitions is taken at each size. Each n is large enough that
the quadratic version of its stage, as it was, gave more than 20 (a list of 1000 percentages
29, 2000 `附件1:` lines 21), so the check fails on it.
"""
import time

import pytest

import pipeline.warm  # noqa: F401  (one-time costs paid before anything is timed)
from pipeline.run import process_text

PATTERNS = {
    # name: (text of size n, n)
    "unclosed_brackets": (lambda n: "一、总体目标\n" + "(" * n, 2000),
    "unclosed_full_width_brackets": (lambda n: "一、总体目标\n" + "（" * n, 2000),
    "repeated_percent_list": (lambda n: "一、总体目标\n到2025年,覆盖率达到" + "95%、" * n + "95%。", 1000),
    "period_before_a_list": (lambda n: "一、总体目标\n每年新建设施" + "100个以上、" * n + "5万吨。", 500),
    "clauses_after_a_period": (lambda n: "一、总体目标\n每年开展培训," + "建成10个," * n + "建成10个。", 500),
    "dash_chain": (lambda n: "一、总体目标\n到2025年,达到" + "1-" * n + "1%。", 2000),
    "repeated_item_lines": (lambda n: "\n".join(["某市通知"] + ["(一)加强组织领导。"] * n), 300),
    "attachment_lines": (lambda n: "\n".join(["某市通知", "一、总体目标"] + ["附件1:"] * n), 2000),
    "dated_attachment_lines": (lambda n: "\n".join(["某市通知", "一、总体目标"] + ["附件1:2025年工作方案"] * n), 1000),
    "short_deadline_lines": (lambda n: "\n".join(["某市通知", "一、总体目标"] + ["到2025年"] * n), 500),
    "digits": (lambda n: "一、总体目标\n" + "1" * n, 1000),
    "many_numbered_targets": (lambda n: "\n".join(
        f"({i % 10})到{2020 + i % 10}年,指标{i}达到{i % 97}%以上。(责任单位:市局{i})" for i in range(n)), 100),
}


def cpu_seconds(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        process_text(text)
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize("pattern", [v if isinstance(v, type(pytest.param(0))) else pytest.param(v, id=k)
                                     for k, v in PATTERNS.items()])
def test_time_grows_linearly(pattern):
    make, n = pattern
    small, large = cpu_seconds(make(n)), cpu_seconds(make(8 * n))
    ratio = large / max(small, 0.002)  # below 2 ms the clock's resolution decides
    assert ratio < 14, f"{small:.3f} s at n, {large:.3f} s at 8n (x{ratio:.0f})"
