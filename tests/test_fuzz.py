"""Hypothesis drives generated and mutated notices through every stage and checks what
must hold of any output: no exception, every span exact, task paths unique with existing
parents, value_max >= value, comparators and dates valid. Bounded (and derandomized, so a
failure reproduces) to keep the suite fast."""
import datetime as dt
import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.run import process_text

LABELS = ["一、", "二、", "三、", "(一)", "(二)", "(三)", "1.", "2.", "3.", "(1)", "(2)", "①", "②",
          "专栏1", "附件1:", "附件2", "第一章", "第一条", ""]
PHRASES = ["到2025年,", "2023年底前,", "每年", "每季度", "“十四五”期间,", "力争", "全市", "婴儿死亡率",
           "控制在", "达到", "不低于", "以上", "以下", "提高", "个百分点", "比2020年下降", "5.6‰", "95%",
           "100个", "3-5家", "二千元以上二万元以下", "补贴5万元", "首付比例不低于20%", "(责任单位:市卫生健康委、市财政局)",
           "牵头单位:市发展改革委;配合单位:市教育局", "〔2021〕3号", "。", ";", ",", "、", "(", ")", "\n"]
JUNK = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=8)

lines = st.lists(st.tuples(st.sampled_from(LABELS), st.lists(st.sampled_from(PHRASES) | JUNK, max_size=10)),
                 min_size=1, max_size=25).map(lambda items: "\n".join(label + "".join(words) for label, words in items))


@st.composite
def mutated(draw, text):
    """Characters inserted, deleted or lines repeated, as a scraper or an editor might."""
    text = draw(text)
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["insert", "delete", "repeat"]))
        if action == "insert":
            text = text[:at] + draw(JUNK | st.sampled_from(PHRASES)) + text[at:]
        elif action == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 5)):]
        else:
            line_end = text.find("\n", at)
            line = text[text.rfind("\n", 0, at) + 1:line_end if line_end >= 0 else len(text)]
            text = text[:at] + "\n" + line * draw(st.integers(1, 3)) + text[at:]
    return text


COMPARATORS = {">=", ">", "<=", "<", "=", "~", "range"}


def check(doc):
    text = doc.text
    paths = [t.path for t in doc.tasks]
    assert len(paths) == len(set(paths)), "task paths not unique"
    for task in doc.tasks:
        assert 0 <= task.char_start <= task.char_end <= len(text)
        assert task.parent_path is None or task.parent_path in paths, f"{task.path}: no parent {task.parent_path}"
    for row in [*doc.targets, *getattr(doc, "parameters", [])]:
        assert text[row.char_start:row.char_end] == row.span_text
        assert row.comparator in COMPARATORS
        assert math.isfinite(row.value)
        assert row.value_max is None or row.value_max >= row.value
    for row in doc.targets:
        assert row.deadline is None or isinstance(row.deadline, dt.date)
    for row in doc.deadlines:
        assert text[row.char_start:row.char_end] == row.raw
        for day in (row.date, row.start_date):
            assert day is None or isinstance(day, dt.date)
        assert row.date is None or row.start_date is None or row.start_date <= row.date
    for row in doc.responsibilities:
        assert text[row.char_start:row.char_end] == row.unit_raw


FAST = settings(max_examples=80, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@FAST
@given(lines)
def test_generated_notices_keep_every_invariant(text):
    check(process_text("某市人民政府关于印发行动方案的通知\n" + text))


@FAST
@given(mutated(lines))
def test_mutated_notices_keep_every_invariant(text):
    check(process_text(text))
