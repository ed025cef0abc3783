"""The quick checks before the points and ratio scans (pipeline/numbers/points.py, ratios.py) skip only texts without a match:
the quantities found are the same as with every text scanned."""
from pathlib import Path

import pytest

from pipeline.numbers import points, ratios
from pipeline.ingest import read_document
from pipeline.normalise import normalise
from pipeline.run import find_inputs

SENTENCES = [
    "信用分值加5分,每满1年积2分,最高分值为20分", "给予企业10分的加分奖励", "考试分数给予增加十分照顾",
    "加 5 分", "扣除 三 分", "增加十分困难", "部分地区分别得到充分支持", "车桩比达到1.9:1", "车桩比例确保小于2.5﹕1",
    "公共充电桩方面小于7﹕1以上", "按1:1的比例配套", "比例为 3 : 1", "附件:1.名单", "比值 2∶1", "",
]


def _every_text_scanned(monkeypatch):
    monkeypatch.setattr(points, "_number_before_unit", lambda *a: True)
    monkeypatch.setattr(ratios, "_ratio_to_one", lambda: type("All", (), {"search": staticmethod(lambda *a: True)}))


def _normalised_text(path: Path, root: Path) -> str:
    """The text the scans read (normalisation is the only stage that sets it; the later ones are not run)."""
    doc = read_document(path, root)
    normalise(doc)
    return doc.text


def _found(text: str) -> list:
    return [*points.find_points(text), *ratios.find_ratios(text), *points.find_points(text, 2, len(text) - 1),
            *ratios.find_ratios(text, 2, len(text) - 1)]


def test_the_checks_skip_no_match_in_these_sentences(monkeypatch):
    quick = [_found(s) for s in SENTENCES]
    _every_text_scanned(monkeypatch)
    assert quick == [_found(s) for s in SENTENCES]
    assert any(quick)


@pytest.mark.parametrize("corpus", ["tests/real/corpus", "tests/real/seventh/corpus"])
def test_the_checks_skip_no_match_in_real_notices(monkeypatch, corpus):
    root = Path(corpus)
    texts = [_normalised_text(p, root) for p in find_inputs(root)]
    quick = [_found(t) for t in texts]
    _every_text_scanned(monkeypatch)
    assert quick == [_found(t) for t in texts]
