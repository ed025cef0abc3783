"""Odd input never raises: every stage copes with text that has no usual structure."""
import random

import pytest

from pipeline.run import process_text

ODD_TEXTS = [
    "x",
    "一、",
    "(一)(二)(三)",
    "1.\n2.\n3.",
    "专栏\n专栏 1:\n附件\n附件:\n抄送:",
    "到年底前,每月日前,提高到%以上,(责任单位:)",
    "((((((责任单位:市卫生健康委、",
    "一、总体目标\n" + "到2020年,达到" * 2000,
    "\n".join(["二、主要任务"] + [f"{i}.加强建设。" for i in range(1, 400)]),
    "只有一段没有编号的文字,也没有数字和日期。",
]


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_odd_text_runs_through_every_stage(text):
    doc = process_text(text)
    for row in doc.targets:
        assert doc.text[row.char_start:row.char_end] == row.span_text
    for row in doc.deadlines:
        assert doc.text[row.char_start:row.char_end] == row.raw


def test_random_mix_of_structural_characters():
    rng = random.Random(7)
    alphabet = "一二三十、()1234567890.:;,。年月日前底到起每达提高降低%‰以上下内左右约责任单位牵头配合市局委\n"
    for _ in range(200):
        process_text("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 300))))


def test_text_without_numbered_items_says_so():
    doc = process_text("某市人民政府关于加强卫生工作的通知\n各单位要加强领导,认真落实。")
    assert doc.tasks == []
    assert any("no numbered" in w for w in doc.warnings)
