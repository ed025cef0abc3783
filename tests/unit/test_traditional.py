import pytest

from pipeline import traditional
from pipeline.normalise import normalise
from pipeline.document import Document
from pipeline.traditional import is_traditional, to_simplified

# Sentences as Hong Kong, Macao and Taiwan notices write them.
TRADITIONAL = [
    "(三)推進控煙行動。積極推進公共場所控制吸煙條例出台,進一步完善室內公共場所禁煙標識設置。(責任單位:衛生署、民政事務總署)",
    "二、主要任務\n到2025年,全市居民健康素養水平達到25%以上,由市衛生健康委牽頭,各區人民政府配合。",
    "行政長官辦公室聯同各政策局,於2024年年底前完成檢討,並向立法會匯報進度。",
    "為落實長期照顧十年計畫,衛生福利部應於每年12月底前提出執行報告,各縣市政府辦理。",
]


@pytest.mark.parametrize("text", TRADITIONAL)
def test_traditional_text_becomes_simplified_with_the_same_length(text):
    simplified = to_simplified(text)
    assert simplified is not None and len(simplified) == len(text)
    assert not is_traditional(simplified)
    assert any(word in simplified for word in ("推进", "达到", "牵头", "办公室", "卫生福利部", "责任单位"))


def test_a_simplified_text_quoting_traditional_names_is_left_alone():
    text = ("按照《香港特別行政區基本法》有关规定,到2025年,粤港澳大湾区卫生健康合作机制进一步完善,"
            "由市卫生健康委牵头,各区人民政府配合,确保各项任务按期完成。") * 3
    assert to_simplified(text) is None


def test_a_line_whose_phrase_conversion_changes_length_is_converted_character_by_character(monkeypatch):
    class PhraseChangingLength:  # as if t2s turned one two-character phrase into three
        def convert(self, text):
            import opencc
            return opencc.OpenCC("t2s").convert(text).replace("推进", "推进了")

    monkeypatch.setattr(traditional, "_converter", lambda: PhraseChangingLength())
    monkeypatch.setattr(traditional, "_char", lambda c: PhraseChangingLength().convert(c))
    text = TRADITIONAL[0] + "\n" + TRADITIONAL[1]
    simplified = to_simplified(text)
    assert len(simplified) == len(text)
    first, second, third = simplified.split("\n")
    assert first.startswith("(三)推进控烟行动") and "推进了" not in first
    assert second == "二、主要任务" and "牵头" in third


def test_documents_say_the_text_was_converted():
    doc = Document(source_file="hk.txt", raw="\n".join(TRADITIONAL))
    normalise(doc)
    assert "牵头" in doc.text and any("traditional characters converted" in w for w in doc.warnings)
