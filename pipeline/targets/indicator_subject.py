"""The subject written before a quantity, as an indicator's name: without its deadlines, baseline, start value,
verbs and adverbs (subject_before), or the object of the clause before where the quantity's own clause names none
(pipeline/targets/indicators.py)."""
from __future__ import annotations

import functools
import re

from .. import rules
from ..document import Document
from ..numbers.quantities import find_quantities
from .deadline_index import deadline_index
from .patterns import CLAUSE_STOPS, config, patterns, start_of_clause


def subject_before(doc: Document, lo: int, hi: int) -> str:
    """The words before a quantity without deadlines, baseline, verbs and adverbs."""
    text = doc.text
    p = patterns()
    # Deadlines are cut out, with what only joins them (覆盖率在2024年、2025年和2026年分别…).
    pieces, pos = [], lo
    for d in deadline_index(doc).starting_in(lo, hi):
        pieces.append(text[pos:d.char_start])
        pos = max(pos, min(d.char_end, hi))
    pieces.append(text[pos:hi])
    s = "".join(x for x in pieces if not _JOINERS.fullmatch(x))
    s = p["condition_frame"].sub("", p["subject_comparison"].sub("", p["baseline"].sub("", s)))
    start_value = p["value_from"].search(s)
    if start_value:
        s = s[:start_value.start()]
    s = _cut_at_inner_bound(s.strip())
    unstripped, s = s, stripped(s)
    after_words = _trailing_after_words().search(s)
    if after_words and after_words.start() > 0:
        s = stripped(s[:after_words.start()])  # 广义货币M2预期增长12%左右: an adverb of expectation, not what is measured
    if s in config()["growth_subjects"]:
        growth = _growth_verb().match(unstripped, len(s))
        s += growth.group() if growth else ""  # 经济增长5%左右: 经济 alone names nothing, readers write 经济增长
    allotted = _allotted().search(s)
    if allotted and allotted.start() >= 2 and not p["bare_verb"].fullmatch(s, 0, allotted.start()):
        s = stripped(s[:allotted.start()])  # 中央预算内投资拟安排: what is allotted, not the verb
    # What a verb of change acts on is what changes (再减少农村贫困人口1000万以上, 全年再减少企业税负3500亿元左右, 同时
    # 增加中央预算内经常性建设投资100亿元): the verb gives the kind, not the name.
    change = p["change_object_before"].search(s)
    # (only a verb the subject opens with, adverbs before it: not 广义货币增长目标, 经济增长预期目标)
    if change and change.group("verb") in config()["change_verbs_cut"] and len(s) - change.end("verb") >= 2 \
            and _adverbs_only().fullmatch(s, 0, change.start("verb")):
        s = stripped(s[change.end("verb"):])
    # The thing counted follows the last verb that has something after it
    # (开展补贴性职业技能培训 -> 补贴性职业技能培训), unless the subject names a measure (…率).
    compounds = config()["count_verb_compounds"]
    verbs = [m for m in p["count_verb"].finditer(s) if len(s) - m.end() >= 2  # not 自动发放|机
             and not s.startswith(tuple(compounds.get(m.group(), ())), m.end())  # not 长期建设|国债
             and s[m.end():] not in config()["subject_words_kept"]]  # not 研发经费投入|年均增长
    if verbs and not p["suffix"].search(s):
        s = stripped(s[verbs[-1].end():])
    part = _breakdown_open().search(s)
    if part:
        # 建成70座城市一类以上公厕(其中旧城区7座,…), 新开工2912套(其中城市棚户区改造2912套): a part of the thing before the
        # bracket, named by the part and that thing (旧城区城市一类以上公厕), as readers write it; no bracket left open
        # (含景区旅游公厕14座 after …公厕: a part that ends as the thing ends names it whole)
        whole, thing = stripped(part.group("part")), stripped(s[:part.start()])
        s = whole if whole and thing and whole[-1] == thing[-1] else whole + thing
    return s


def previous_clause_object(doc: Document, clause_start: int, sentence_start: int) -> str:
    """What the clause before `clause_start` in its sentence acts on, when it holds no
    number of its own (完成餐饮场所报警装置安装 -> 餐饮场所报警装置安装)."""
    text = doc.text
    stop = clause_start - 1
    if stop <= sentence_start or text[stop] not in CLAUSE_STOPS:
        return ""
    start = start_of_clause(text, sentence_start, stop)
    if next(find_quantities(text, start, stop), None) is not None:
        return ""  # a clause with its own quantity is a target of its own
    subject = subject_before(doc, start, stop)
    if not subject and patterns()["condition_frame"].fullmatch(text[start:stop].strip(" ,")):
        return previous_clause_object(doc, start, sentence_start)  # 在确保质量的前提下: the clause before names it
    return subject


@functools.cache
def _trailing_after_words() -> re.Pattern:
    return rules.compile_pattern(rf"(?:{rules.alternation(config()['subject_trailing_after_words'])})$")


@functools.cache
def _growth_verb() -> re.Pattern:
    return rules.compile_pattern(rules.alternation(config()["growth_verbs"]))


@functools.cache
def _breakdown_open() -> re.Pattern:
    """A bracket opened by 其中 (or 含) and not closed before the quantity: the breakdown of the thing before it into
    parts (rules/targets.yaml breakdown_openers)."""
    return re.compile(rf"\((?:{rules.alternation(config()['breakdown_openers'])})[ ::,]*(?P<part>[^()]*)$")


@functools.cache
def _allotted() -> re.Pattern:
    """A verb of allotting closing a subject, its adverbs before it (rules/targets.yaml allotting_verbs)."""
    cfg = config()
    return re.compile(rf"(?<!新)(?:{rules.alternation(cfg['allotting_adverbs'])})*(?:{rules.alternation(cfg['allotting_verbs'])})$")


@functools.cache
def _adverbs_only() -> re.Pattern:
    """Words that may stand before a verb of change the subject opens with (rules/targets.yaml change_verb_adverbs)."""
    return re.compile(rf"(?:{rules.alternation(config()['change_verb_adverbs'])})*")


_JOINERS = re.compile(r"[ 、和及与至到]*")


def _cut_at_inner_bound(s: str) -> str:
    """'A达到B的' / 'A不低于B的' -> A (B is the base of a share); 'A达到…比例' stays whole."""
    p = patterns()
    trimmed = p["trailing"].sub("", s) if s.endswith(" ") else s
    inner = [m for m in p["inner_bound"].finditer(trimmed) if m.end() < len(trimmed)]
    if not inner:
        return s
    m = inner[-1]
    rest = trimmed[m.end():]
    if not rest.endswith("的") and p["suffix"].search(stripped(rest)):
        return s
    return s[:m.start()]


_SPACES = rules.compile_pattern(r"\s+")


def stripped(s: str) -> str:
    p = patterns()
    while True:
        t = p["trailing"].sub("", p["leading"].sub("", s.strip()))
        t = _SPACES.sub("", t) if len(t) < len(s) else t
        if t == s:
            return s
        s = t
