"""pipeline/words.py cuts exactly as jieba with its whole dictionary loaded."""
import logging
from pathlib import Path

import jieba
import pytest

from pipeline import words
from pipeline.ingest import read_document
from pipeline.normalise import normalise

REAL = Path(__file__).resolve().parents[1] / "real"
jieba.setLogLevel(logging.WARNING)


def _jieba(text: str) -> list[str]:
    return [w for w in jieba.lcut(text) if w.strip()]


# Subjects the targets stage segments (shared heads of conjunct members), and lines of
# real notices with unknown names the HMM reads, Latin letters, digits and punctuation.
@pytest.mark.parametrize("text", [
    "主要食品、主要农产品合格率",
    "人均每日食盐摄入量和食用油摄入量",
    "城镇新增就业人数和城镇登记失业率",
    "二级及以上公立医院和妇幼保健机构",
    "PM2.5平均浓度、优良天数比例",
    "住房公积金贷款首付款比例不低于20%",
    "由市发展改革委牵头,市财政局、市住建局配合",
])
def test_same_words_as_jieba(text):
    assert words.words(text) == _jieba(text)


def test_same_words_as_jieba_on_lines_of_real_notices():
    root = REAL / "corpus"
    paths = sorted(root.glob("*.txt"))[:60:6] + sorted(root.glob("*.htm*"))[:40:4]
    pieces = []
    for path in paths:
        doc = read_document(path, root)
        normalise(doc)
        pieces += [line[:60] for line in doc.text.splitlines() if line.strip()][:40]
    assert len(pieces) > 300
    assert [words.words(p) for p in pieces] == [_jieba(p) for p in pieces]


def test_only_the_substrings_of_what_was_cut_are_read():
    dictionary = words._dictionary()
    assert isinstance(dictionary, words._Dictionary)
    words.words("农产品质量安全例行监测总体合格率")
    assert 0 < len(dictionary.entries) < 100_000
    assert set(dictionary.entries) <= dictionary.asked
