"""pattern_literals reads the words every match of a pattern contains, and a pattern behind a test for
them answers as the pattern does: on random texts, and for every prefiltered rule pattern on the lines
and whole texts of real notices."""
import functools
import inspect
import pickle
import random
import re
import sys
from pathlib import Path

import regex

from pipeline.pattern_literals import Prefiltered, prefiltered, required_words
from pipeline.rules import compile_pattern, parse_yaml

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
    wrapped = _stages_prefiltered()
    assert len(wrapped) >= 50
    pieces = [t for text in texts for t in [text[:3000], *text.splitlines()[:150]]]
    for p in wrapped:
        for piece in pieces:
            assert _answers(p, piece) == _answers(p.compiled, piece), (p.pattern, piece[:80])


def _stages_prefiltered() -> list[Prefiltered]:
    """The prefiltered patterns the stages keep, as their modules hold them or their cached functions of no arguments
    return them (the compiled rules), walked through dicts, lists and tuples: every one, whatever ran before in the
    session (gc.get_objects() misses what pipeline.warm's gc.freeze() froze once a test imported it)."""
    found: dict[int, Prefiltered] = {}

    def walk(value, depth: int = 0) -> None:
        if isinstance(value, Prefiltered):
            found[id(value)] = value
        elif depth < 5 and isinstance(value, dict):
            for item in value.values():
                walk(item, depth + 1)
        elif depth < 5 and isinstance(value, (list, tuple, set, frozenset)):
            for item in value:
                walk(item, depth + 1)

    for name, module in list(sys.modules.items()):
        if not name.startswith("pipeline"):
            continue
        for value in list(vars(module).values()):
            if isinstance(value, functools._lru_cache_wrapper) and value.__module__ == name:
                parameters = inspect.signature(value).parameters.values()
                if all(p.default is not p.empty or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD) for p in parameters):
                    walk(value())
            else:
                walk(value, 4)
    return list(found.values())


def test_a_prefiltered_pattern_pickles_as_the_pattern_does():
    p = compile_pattern(r"\s+\(?(?:发布日期|文号)\s*:")
    twin = pickle.loads(pickle.dumps(p))
    assert isinstance(twin, Prefiltered) and twin.words == p.words
    assert twin.search("x 文号:1").span() == p.search("x 文号:1").span()


def test_no_call_turns_the_prefilter_off():
    # a search of a part given by name is filtered as one given by position; a match at one place and another engine's
    # option get the pattern's own answer for that call only (once, one call with pos=… turned the filter off for good)
    p = compile_pattern(r"\s+\(?(?:发布日期|文号)\s*:")
    plain = p.compiled
    text = "x 文号:1 以及其他内容"
    for kwargs in ({"pos": 1}, {"endpos": 5}, {"pos": 0, "endpos": 5}, {"pos": 3}):
        assert (p.search(text, **kwargs) and p.search(text, **kwargs).span()) == \
            (plain.search(text, **kwargs) and plain.search(text, **kwargs).span()), kwargs
        assert [m.span() for m in p.finditer(text, **kwargs)] == [m.span() for m in plain.finditer(text, **kwargs)]
    assert p.search(text, 0, endpos=5).span() == plain.search(text, 0, endpos=5).span()
    assert p.match(text, 1).span() == plain.match(text, 1).span()
    # after such calls the filter still answers without running the pattern on a string without its words
    counting = _Counting(plain)
    q = Prefiltered(counting, p.words)
    q.search(text, pos=1)
    q.match(text, 1)
    q.search(text, overlapped=False) if isinstance(plain, regex.Pattern) else None
    before = counting.calls
    for call in (lambda: q.search("没有那个词的一行"), lambda: q.search("没有那个词的一行", pos=2),
                 lambda: list(q.finditer("没有那个词的一行", endpos=5))):
        assert not call()
    assert counting.calls == before


class _Counting:
    """A compiled pattern that counts the calls of its methods."""

    def __init__(self, compiled):
        self.inner, self.calls = compiled, 0

    def __getattr__(self, name):
        value = getattr(self.inner, name)
        if not callable(value):
            return value

        def counted(*args, **kwargs):
            self.calls += 1
            return value(*args, **kwargs)
        return counted


def _rule_strings(value, where: str):
    """Every string of a rules file, with where it stands (`deadlines.not_deadline_after[5]`)."""
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _rule_strings(item, f"{where}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _rule_strings(item, f"{where}[{i}]")


def _fixed_texts() -> list[str]:
    """The phrasings the unit tests give the rules (every string literal of tests/unit holding a Chinese character),
    and the lines of the first three notices of each dev corpus, normalised as the stages read them."""
    import ast

    from pipeline.ingest import read_document
    from pipeline.normalise import normalise
    texts = set()
    for path in sorted((ROOT / "tests" / "unit").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and re.search(r"[\u4e00-\u9fff]", node.value):
                texts.add(node.value)
    real = ROOT / "tests" / "real"
    for corpus in [real / "corpus", *sorted(real.glob("*/corpus"))]:
        for path in sorted(p for p in corpus.iterdir() if p.suffix in (".txt", ".html", ".md"))[:3]:
            doc = read_document(path, corpus)
            normalise(doc)
            texts.update(line for line in doc.text.splitlines() if line.strip())
    return sorted(texts)


def test_every_rule_pattern_that_gets_a_prefilter_finds_what_the_plain_pattern_finds():
    # Every string of rules/*.yaml that compiles and gets a prefilter (as written, under the flags the stages give
    # rules: none, or MULTILINE where the pattern has an anchor), not only those a few notices leave alive in memory.
    # A prefiltered pattern hands a string holding one of its words to the plain pattern; on a string holding none it
    # answers "no match" without running, so the plain pattern must find none there either.
    patterns = {}
    for path in sorted((ROOT / "rules").glob("*.yaml")):
        for where, source in _rule_strings(parse_yaml(path.read_text("utf-8")), path.stem):
            for flags in (0, re.MULTILINE) if re.search(r"[$^]", source) else (0,):
                try:
                    compiled = compile_pattern(source, flags)
                except (re.error, regex.error):
                    continue
                if isinstance(compiled, Prefiltered):
                    patterns.setdefault((source, flags), (where, compiled))
    assert len(patterns) >= 100
    texts = _fixed_texts()
    matching = 0
    for where, p in patterns.values():
        found_any = False
        for text in texts:
            if any(word in text for word in p.words):  # (the plain pattern runs)
                found_any = found_any or p.compiled.search(text) is not None
                continue
            plain = p.compiled.search(text)
            assert p.search(text) is None and plain is None, (where, p.words, text[:80], plain and plain.group())
        matching += found_any
    # the texts exercise the patterns: most find a match in them (those that do not are templates the stages fill,
    # `{verbs}`, `{doc_number}`, or pieces joined to others)
    assert matching >= 0.8 * len(patterns), (matching, len(patterns))


def test_lines_holding_a_word_are_the_lines_a_per_line_test_finds():
    from pipeline.pattern_literals import lines_holding
    rng = random.Random(27)
    letters = "工作回顾年\n\n a"
    for text in ("".join(rng.choice(letters) for _ in range(rng.randint(0, 40))) for _ in range(2000)):
        stop = rng.randint(0, len(text))
        starts = [i for i in range(stop) if i == 0 or text[i - 1] == "\n"]
        expected = [i for i in starts if any(w in text[i:stop].split("\n")[0] for w in ("工作", "回顾"))]
        assert lines_holding(text, ("工作", "回顾"), stop) == expected, (text, stop)


def test_one_required_is_the_clause_that_says_most():
    from pipeline.pattern_literals import one_required
    assert one_required(re.compile(r"\s*(?:过去一年|去年|上年)\s*的?工作的?(?:回顾)?\s*$")) == ("工作",)
    assert one_required(re.compile(r"[^。]{1,30}?的?回顾\s*$")) == ("回顾",)
    assert one_required(re.compile(r"\s*(?:回顾)?$")) is None


def test_every_line_a_review_pattern_matches_is_a_candidate():
    # (own_year.review_sections reads only the lines holding a word both review patterns require)
    from pipeline.own_year import _patterns, _review_candidates
    line, heading = _patterns()["review_line"], _patterns()["review_heading"]
    text = "".join(p.read_text(encoding="utf-8", errors="ignore") + "\n"
                   for p in sorted(Path("tests/real/corpus").glob("gwr_*.txt")))
    text += "一、2023年工作回顾\n首先报告2001年的工作\n一、“十四五”时期经济社会发展回顾\n过去一年的工作\n"
    candidates = set(_review_candidates(text, len(text)))
    pos, matched = 0, 0
    for ln in text.split("\n"):
        if line.fullmatch(text, pos, pos + len(ln)) or heading.fullmatch(text, pos, pos + len(ln)):
            matched += 1
            assert pos in candidates, ln
        pos += len(ln) + 1
    assert matched >= 4


def test_a_pattern_opening_at_a_sentence_start_is_found_from_its_words():
    """matches_at_words finds what finditer finds, for patterns opening with (?:^|(?<=[…])) and a word before any of
    those characters; patterns whose opening or prefix could hold one are not read so."""
    from pipeline.pattern_literals import matches_at_words, sentence_scan

    readable = [r"(?:^|(?<=[。;\n]))[ ]*(?:第[一二三0-9]{1,4}条|\(?[0-9一二]{1,3}[)).、])?[ ]*(?:本|以上|此)(?:办法|措施)"
                r"(?:自|起|[0-9]{1,4}年|[ ,、]|\n(?=[^\n]))*+(?=[。;\n]|$)",
                r"(?:^|(?<=[。\n]))[ ]*(?:本|此)办法[^。\n]*", r"(?:^|(?<=;))以上[^;]{0,5}",
                r"(?:^|(?<=[。\n]))此[^;]*",  # (a match holding the start of another)
                r"(?:^|(?<=[。;;\n]))[ ]*(?:以上|上述)(?![0-9])"]  # (rules/targets.yaml closing_reference, as written then)
    unreadable = [r"(?:^|(?<=[。;\n])).*?(?:本|此)", r"(?:^|(?<![。]))本", r"(?:^|(?<=[。;\n]))\s*本",
                  r"(?:^|(?<=[。;\n]))[ ]*(?:本|此\n)", r"(?m)(?:^|(?<=。))本", r"[ ]*本办法"]
    for p in unreadable:
        assert sentence_scan(regex.compile(p)) is None, p
    rng = random.Random(38)
    letters = "本此以上办法措施自起2023年第一条(1)、。;\n ,"
    texts = ["本办法自2023年起施行。此办法 以上措施;第一条 本措施自起\n(1)本办法", "以上措施;;以上\n本办法。本"]
    texts += ["".join(rng.choice(letters) for _ in range(rng.randint(0, 60))) for _ in range(400)]
    for p in readable:
        compiled = regex.compile(p)
        scan = sentence_scan(compiled)
        assert scan is not None, p
        for text in texts:
            at, to = sorted(rng.randint(0, len(text)) for _ in range(2))
            for lo, hi in ((0, len(text)), (at, to)):
                assert ([m.span() for m in matches_at_words(compiled, scan, text, lo, hi)]
                        == [m.span() for m in compiled.finditer(text, lo, hi)]), (p, text, lo, hi)


def test_the_closing_reference_rule_is_found_from_its_words_in_real_notices():
    """targets.deadline_lists._closing_sentences: the rule as compiled is read by sentence_scan (tried at every character it
    was 1% of the stages), and finds at the sentence starts before its words what finditer finds over the body."""
    from pathlib import Path

    from pipeline.pattern_literals import matches_at_words, sentence_scan
    from pipeline.run import find_inputs, process
    from pipeline.targets.patterns import patterns

    pattern = patterns()["closing_reference"]
    scan = sentence_scan(pattern)
    assert scan is not None
    root = Path("tests/real/corpus")
    docs = [process(p, root) for p in find_inputs(root)]
    found = [[m.span() for m in matches_at_words(pattern, scan, d.text, d.body_start, d.body_stop)] for d in docs]
    assert any(found)
    assert found == [[m.span() for m in pattern.finditer(d.text, d.body_start, d.body_stop)] for d in docs]
