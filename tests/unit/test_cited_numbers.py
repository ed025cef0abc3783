"""The 文号 a notice writes, looked for only before each bracketed year (metadata.doc_numbers.doc_numbers: the 文号
an undated notice cites, the one beside its own title): the same matches as the rule's pattern over the whole text,
compiled as the deadlines stage compiles it and as metadata's compile_pattern does."""
from pathlib import Path

import pytest

from pipeline.deadlines.patterns import context_patterns
from pipeline.metadata.doc_numbers import _DOC_NUMBER_OPENINGS, doc_numbers
from pipeline.metadata.patterns import patterns as metadata_patterns
from pipeline.run import find_inputs, process

SENTENCES = [
    "根据《国务院关于印发某方案的通知》(国发〔2014〕1号)精神", "国办发 〔 2019 〕 12 号", "浙政发[2021]5号和浙政办发【2022】6号",
    "这是一个很长很长很长很长很长的汉字串国发〔2020〕3号", "〔2020〕3号", "文件(2019)第 5 号文件(2019)第 6 号", "国发〔2014〕", "",
]


def _spans(matches) -> list:
    return [(m.span(), m.groups()) for m in matches]


def _patterns() -> list:
    return [context_patterns()["doc_number"], metadata_patterns()["doc_number"]]


def test_the_rule_opens_as_the_search_expects():
    # (metadata's, compiled under re, spells \p{Han} out: rules.compile_pattern)
    assert all(pattern.pattern.startswith(_DOC_NUMBER_OPENINGS) for pattern in _patterns())


@pytest.mark.parametrize("text", SENTENCES)
def test_the_same_numbers_in_these_sentences(text):
    for pattern in _patterns():
        assert _spans(doc_numbers(pattern, text)) == _spans(pattern.finditer(text))


@pytest.mark.parametrize("corpus", ["tests/real/corpus", "tests/real/ninth/corpus"])
def test_the_same_numbers_in_real_notices(corpus):
    root = Path(corpus)
    texts = [process(p, root).text for p in find_inputs(root)]
    for pattern in _patterns():
        assert any(pattern.search(t) for t in texts)
        assert [_spans(doc_numbers(pattern, t)) for t in texts] == [_spans(pattern.finditer(t)) for t in texts]
