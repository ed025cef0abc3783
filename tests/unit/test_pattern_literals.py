"""pattern_literals reads the words every match of a pattern contains, and a pattern behind a test for
them answers as the pattern does: on random texts, and for every prefiltered rule pattern on the lines
and whole texts of real notices."""
import gc
import pickle
import random
import re
from pathlib import Path

import regex

from pipeline.pattern_literals import Prefiltered, prefiltered, required_words
from pipeline.rules import compile_pattern

ROOT = Path(__file__).resolve().parent.parent.parent


def test_words_every_match_contains():
    # the 文号 run on after a title's words: 号 or 令 (one of the branches' words) in every match
    assert required_words(r"(?:(?<=\))|\s+)\(?\s*(?P<n>[\p{Han}]{1,12}\s*[〔\[]\d{4}[〕\]]\s*\d+\s*号|"
                          r"[\p{Han}]{1,20}令\s*第\s*\d+\s*号)\s*\)?\s*$") == [("号", "令")]
    assert required_words(r"\s+\(?(?:发布日期|印发日期|文号)\s*:") == [("发布日期", "印发日期", "文号"), (":",)]
    assert required_words(r"[^,;。]{0,8}?的基础上(?=增加)") == [("的基础上",)]  # (nothing from lookarounds)
    assert required_words(r"(?P<party>[^,。]{1,20}?)(?:分别)?(?:分担|承担){1,2}$") == [("分担", "承担")]


def test_nothing_read_from_optional_negative_or_caseless_parts():
    assert required_words(r"\d+(?:万元)?") == []
    assert required_words(r"(?:以上)*\d") == []
    assert required_words(r"(?<!不)\d+(?!元)") == []
    assert required_words(r"\d+(?:元|\s*)") == []  # a branch that needs nothing
    assert required_words(r"(?i)\d+kw") == []
    assert required_words(r"\d+(?i:kw)") == []
    assert required_words(r"\d+kw", re.IGNORECASE) == []


def test_only_patterns_tried_at_every_character_are_prefiltered():
    assert isinstance(compile_pattern(r"\s+\(?(?:发布日期|文号)\s*:"), Prefiltered)
    assert isinstance(compile_pattern(r"(?m)^[^\n]{0,30}(?:名词|术语)解释$"), Prefiltered)
    assert not isinstance(compile_pattern(r"补贴\d+元"), Prefiltered)  # the engines search for its opening
    assert not isinstance(compile_pattern(r"(?:以上|上述)\d"), Prefiltered)
    assert not isinstance(compile_pattern(r"[,;。]\d+元"), Prefiltered)
    assert not isinstance(compile_pattern(r"^\d+元"), Prefiltered)  # tried once
    assert not isinstance(compile_pattern(r"\d+(?:万元)?"), Prefiltered)  # no word
    assert not isinstance(prefiltered(regex.compile(r"\d[[:alpha:]]+")), Prefiltered)  # regex reads it otherwise than re
    # regex's fuzzy matching, literal text to re: no word read from it
    for fuzzy in (r"\p{Han}(?:ab){e}c", r"\p{Han}(?:ab){e<=1}c", r"\p{Han}(?:ab){1i+1d<=1}c", r"\p{Han}(?:ab){e:[a-z]}c"):
        assert prefiltered(regex.compile(fuzzy)).search("中abc"), fuzzy


def _answers(pattern, text: str) -> tuple:
    return (pattern.search(text) and pattern.search(text).span(), pattern.match(text) and pattern.match(text).span(),
            pattern.fullmatch(text) is None, [m.span() for m in pattern.finditer(text)], pattern.findall(text),
            pattern.sub("<>", text), pattern.subn("", text), pattern.split(text))


def test_random_texts_answer_as_the_pattern():
    rng = random.Random(11)
    letters = "号令第年〔〕()文 1 2发布日期:的基础上"
    patterns = [r"(?:(?<=\))|\s+)\(?\s*(?P<n>[\p{Han}]{1,4}\s*〔\d〕\s*\d\s*号|\p{Han}{1,3}令\s*第\s*\d\s*号)\s*\)?\s*$",
                r"\s+\(?(?:发布日期|文号)\s*:", r"[^ ]{0,3}?的基础上", r"(?:[年第]\d)+号(?=令)", r"(?<=[年第])\d号(?=令)"]
    for text in ("".join(rng.choice(letters) for _ in range(rng.randint(0, 30))) for _ in range(500)):
        for p in patterns:
            raw = regex.compile(p)
            assert _answers(prefiltered(raw), text) == _answers(raw, text), (p, text)
            at, to = sorted(rng.randint(0, len(text) + 2) for _ in range(2))  # a part of the string
            filtered = prefiltered(raw)
            for args in ((at,), (at, to)):
                assert [m.span() for m in filtered.finditer(text, *args)] == [m.span() for m in raw.finditer(text, *args)]
                assert filtered.findall(text, *args) == raw.findall(text, *args)
                found, expected = filtered.search(text, *args), raw.search(text, *args)
                assert (found and found.span()) == (expected and expected.span()), (p, text, args)
                found, expected = filtered.match(text, *args), raw.match(text, *args)
                assert (found and found.span()) == (expected and expected.span()), (p, text, args)
            assert _answers(filtered, text) == _answers(raw, text), (p, text)


def test_every_prefiltered_rule_answers_as_its_pattern_on_real_notices():
    from pipeline.run import extract_file
    corpus = ROOT / "tests" / "real" / "corpus"
    files = sorted(corpus.glob("*.txt"))[:3] + sorted(corpus.glob("*.html"))[:1]
    texts = []
    for path in files:
        outcome = extract_file(path, corpus)  # compiles the stages' patterns
        text = getattr(getattr(outcome, "document", None), "text", None) or path.read_text("utf-8", errors="replace")
        texts.append(text)
    wrapped = [p for p in gc.get_objects() if isinstance(p, Prefiltered)]
    assert len(wrapped) >= 20
    pieces = [t for text in texts for t in [text[:3000], *text.splitlines()[:150]]]
    for p in wrapped:
        for piece in pieces:
            assert _answers(p, piece) == _answers(p.compiled, piece), (p.pattern, piece[:80])


def test_a_prefiltered_pattern_pickles_as_the_pattern_does():
    p = compile_pattern(r"\s+\(?(?:发布日期|文号)\s*:")
    twin = pickle.loads(pickle.dumps(p))
    assert isinstance(twin, Prefiltered) and twin.words == p.words
    assert twin.search("x 文号:1").span() == p.search("x 文号:1").span()
    twin.match("x 文号:1", 1)  # (sets the twin's own method aside, not the original's)
    assert p.match is not p.compiled.match
