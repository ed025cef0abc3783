"""A sentence stating a deadline right before the first label of an enumeration run on in its line heads that
enumeration (rules/deadlines.yaml inline_list_head): thirteenth R_02's 今年要…办好“十件民生实事”。(1)…(10), its reader's
reading of the guide's "a deadline stated earlier in the item for the enumeration it heads". Measured on another source's
text re-laid that way: sixth doc_0007's 到2026年底:①载体建设:… (a colon heading the run-on list) written as a sentence
(到2026年底,要完成以下工作。①…) keeps every target's deadline (before the rule: all 16 lost theirs)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from pipeline.run import process_text

TEXT = Path(__file__).resolve().parent / "real" / "sixth" / "corpus" / "doc_0007.html"


def test_a_sentence_heading_a_run_on_enumeration_dates_its_targets():
    raw = TEXT.read_text(encoding="utf-8")
    relaid = (raw.replace("到2026年底：①", "到2026年底，要完成以下工作。①")
              .replace("到2028年底：①", "到2028年底，要完成以下工作。①"))
    assert relaid != raw
    whole = sorted((t.span_text, t.deadline) for t in process_text(raw, TEXT.name).targets)
    assert sum(1 for _, d in whole if d is not None) >= 14
    assert sorted((t.span_text, t.deadline) for t in process_text(relaid, TEXT.name).targets) == whole


def test_the_enumeration_takes_the_time_of_the_sentence_heading_it():
    doc = process_text("二、重点任务\n(一)民生实事。扎实办好“十件民生实事”。(1)新建城区小学7所,新增学位5960个。\n")
    assert [(t.span_text, t.deadline) for t in doc.targets] == [("7所", None), ("5960个", None)]
    doc = process_text("二、重点任务\n(一)民生实事。2024年要扎实办好“十件民生实事”。(1)新建城区小学7所,新增学位5960个。"
                       "(2)新建2个县域医疗次中心。\n")
    assert [(t.span_text, t.deadline) for t in doc.targets] == [
        ("7所", dt.date(2024, 12, 31)), ("5960个", dt.date(2024, 12, 31)), ("2个", dt.date(2024, 12, 31))]
