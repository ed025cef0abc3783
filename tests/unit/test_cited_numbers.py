"""The 文号 an undated notice cites, looked for only before each bracketed year (deadlines._doc_numbers): the
same matches as the rule's pattern over the whole text."""
from pathlib import Path

import pytest

from pipeline.deadlines import _doc_numbers
from pipeline.deadlines.patterns import context_patterns
from pipeline.run import find_inputs, process

SENTENCES = [
    "根据《国务院关于印发某方案的通知》(国发〔2014〕1号)精神", "国办发 〔 2019 〕 12 号", "浙政发[2021]5号和浙政办发【2022】6号",
    "这是一个很长很长很长很长很长的汉字串国发〔2020〕3号", "〔2020〕3号", "文件(2019)第 5 号文件(2019)第 6 号", "国发〔2014〕", "",
]


def _spans(matches) -> list:
    return [(m.span(), m.groups()) for m in matches]


def test_the_rule_opens_as_the_search_expects():
    from pipeline.deadlines import _DOC_NUMBER_OPENING
    assert context_patterns()["doc_number"].pattern.startswith(_DOC_NUMBER_OPENING)


@pytest.mark.parametrize("text", SENTENCES)
def test_the_same_numbers_in_these_sentences(text):
    pattern = context_patterns()["doc_number"]
    assert _spans(_doc_numbers(pattern, text)) == _spans(pattern.finditer(text))


@pytest.mark.parametrize("corpus", ["tests/real/corpus", "tests/real/ninth/corpus"])
def test_the_same_numbers_in_real_notices(corpus):
    pattern, root = context_patterns()["doc_number"], Path(corpus)
    texts = [process(p, root).text for p in find_inputs(root)]
    assert any(pattern.search(t) for t in texts)
    assert [_spans(_doc_numbers(pattern, t)) for t in texts] == [_spans(pattern.finditer(t)) for t in texts]
