"""The targets stage's clause and sentence stops, found once per text (pipeline/targets/patterns.py): every reader of
them answers as a search of the span it is given would, whichever text was read before."""
from __future__ import annotations

import random

from pipeline.targets.patterns import (CLAUSE_STOPS, SENTENCE_STOPS, clause_stop, clause_stops_in, last_clause,
                                       sentence_end, start_of_clause, start_of_sentence)


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    letters = "年完成" + CLAUSE_STOPS + SENTENCE_STOPS + "a1 "
    return ["".join(rng.choice(letters) for _ in range(rng.randint(0, 30))) for _ in range(count)]


def test_the_stops_found_once_are_those_a_search_of_the_span_finds():
    rng = random.Random(23)
    texts = _texts(23, 500)
    for _ in range(4000):
        # (texts read in turn, one read again after another: the stops of the text read last are never another's)
        text = rng.choice(texts)
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        clause = [i for i in range(lo, hi) if text[i] in CLAUSE_STOPS]
        assert clause_stops_in(text, lo, hi) == clause, (text, lo, hi)
        assert clause_stop(text, lo, hi) == (clause[0] if clause else None), (text, lo, hi)
        assert start_of_clause(text, lo, hi) == (clause[-1] + 1 if clause else lo), (text, lo, hi)
        sentence = [i for i in range(lo, len(text)) if text[i] in SENTENCE_STOPS]
        assert sentence_end(text, lo) == (sentence[0] if sentence else len(text)), (text, lo)
        before = [i for i in range(lo) if text[i] in SENTENCE_STOPS]
        assert start_of_sentence(text, lo) == (before[-1] + 1 if before else 0), (text, lo)


def test_each_text_read_in_turn_gets_its_own_stops():
    first, second = "一、目标,到2025年完成。", "二、任务;建成100个!"
    assert clause_stops_in(first, 0, len(first)) == [4, 13]
    assert clause_stops_in(second, 0, len(second)) == [4, 11]
    assert clause_stops_in("".join(["一、目标,", "到2025年完成。"]), 0, len(first)) == [4, 13]  # (equal, another object)
    assert sentence_end(first, 0) == 13 and sentence_end(second, 5) == 11


def test_a_sentence_starts_right_after_the_last_sentence_stop_before_it():
    assert start_of_sentence("第一句。第二句,第三个分句", 10) == 4
    assert start_of_sentence("第一句。第二句", 3) == 0  # (the stop at the position itself ends the sentence before)
    assert start_of_sentence("没有句号的一句", 5) == 0


def test_the_last_clause_of_the_words_before_a_number():
    assert last_clause("对符合条件的,定额标准为每人每年") == "定额标准为每人每年"
    assert last_clause("其中:首套住房;二套住房首付比例") == "二套住房首付比例"
    assert last_clause("没有分句") == "没有分句"
    assert last_clause("以逗号结尾,") == ""
