"""A share or rate a notice of rules sets, which nothing frames as a goal.

Where the notice states no goals (commitment.states_goals: no plan title, no section of goals), a number is a target
only with a sign of commitment (commitment.only_commitments); the rest were dropped. A share or rate among them
(rules/parameters.yaml unframed_share_units) is no fact the notice counts: it is what the notice sets for others, a
parameter (ANNOTATION.md: "a rate, ratio or share"; docs/CONVENTIONS.md: in a notice of measures a rate or ratio
bounded for others is a parameter). The forms are the language's, not a list of names: `二手房贷款最高可贷成数为…的80%`,
`公共开放空间最大占比为建筑总计容建筑面积的5%`, `住房租金年度涨幅不超过5%`, `保留不低于20%的床位用于…`,
`按照基金会投入的50%给予共同支持`, and in the items of a lead of conditions the notice lays down (布局调整应当符合以下条件:
⏎ (二)…其面积的35%可折算为地面绿地面积), whose reader labelled it so.
"""
from __future__ import annotations

import functools
import re

from .. import rules
from ..document import Document, Parameter, Target
from .commitment import states_goals
from .parameter_names import next_head, trim
from .parameters import share_word
from .patterns import config, parameter_config, with_grants


def unframed_shares(doc: Document, candidates: list[Target], kept: list[Target]) -> list[Parameter]:
    """The shares and rates among `candidates` (the targets read) that only_commitments did not keep (`kept`), as
    parameters, where the notice states no goals."""
    if states_goals(doc):
        return []
    units = parameter_config()["unframed_share_units"]
    kept_at = {(t.char_start, t.char_end) for t in kept}
    rows = []
    for t in candidates:
        if t.unit not in units or t.kind != "level" or (t.char_start, t.char_end) in kept_at:
            continue
        name, comparator = _named(doc.text, t)
        if not name:
            continue
        rows.append(Parameter(name=name, comparator=comparator, value=t.value, unit=t.unit, span_text=t.span_text,
                              char_start=t.char_start, char_end=t.char_end, sentence=t.sentence, value_max=t.value_max,
                              per=t.per, task_path=t.task_path))
    return rows


def _named(text: str, t: Target) -> tuple[str, str]:
    """The parameter's name and comparator from the target's indicator: a cap word closing it right before the number
    (首付比例最低为30%, (二手房最低为40%)) bounds the value, as parameters read it (cap_words), and leaves the name; a cap
    word inside the name (最大占比为…, 最高可贷成数为…) stays, as the guide's 公积金贷款最高额度. A share of a thing written
    after it (保留不低于20%的床位用于…) is named by the verb and the thing (保留床位比例), as parameters name a size set for
    the thing after 的 (sized_thing_after). A share whose name writes no word of a share is `<name>比例` (docs/CONVENTIONS.md)."""
    cfg, comparator = parameter_config(), t.comparator
    before = text[max(0, t.char_start - 16):t.char_start]
    name = trim(_PRONOUN.sub("", t.indicator))  # (其购买…金额的30%: 其 points back to the party)
    cap = _cap_before().search(before)
    if cap and comparator == "=":
        comparator = cfg["cap_words"][cap.group("cap")]
        name = name.removesuffix(cap.group("cap"))
    thing = _thing_after().match(text, t.char_end)
    verb = _VERB_BEFORE.search(_bounds().sub("", before))
    granted = _granted_after(text, t)
    if thing and verb and not share_word().search(verb.group()):
        name = verb.group() + thing.group("thing")
    elif granted:
        name = granted
    name = name.strip(" 的,;:、")
    if name and not share_word().search(name):
        name += "比例"
    return name, comparator


_PRONOUN = re.compile(r"^其")


def _granted_after(text: str, t: Target) -> str | None:
    """…实际发生金额的30%,发放最高20万元科技创新券; 给予前3年每年100%、后2年每年50%的租金补助: a share that the words after
    it grant, in its clause or the next one opening with a grant verb, is the share of that grant, named by it, as
    parameters name a share of a grant after it (share_of_grant_after)."""
    end = min(len(text), t.char_end + 60)
    stop = _SENTENCE_PART.search(text, t.char_end, end)
    clause = text[t.char_end:stop.start() if stop else end]
    comma = clause.find(",")
    if comma >= 0 and not _grant_verb().match(clause, comma + 1):
        clause = clause[:comma]
    head = next_head(clause, 0, len(clause))
    return head if head and _grant_head().search(head) else None


_SENTENCE_PART = re.compile(r"[;。]")


@functools.cache
def _grant_verb() -> re.Pattern:
    return rules.compile_pattern(rf"[ ]*(?:{rules.alternation(parameter_config()['unframed_grant_verbs'])})")


@functools.cache
def _grant_head() -> re.Pattern:
    cfg = parameter_config()
    return rules.compile_pattern(rf"(?:{rules.alternation(with_grants('name_heads'))}|{cfg['voucher_head']})$")


@functools.cache
def _thing_after() -> re.Pattern:
    return rules.compile_pattern(parameter_config()["sized_thing_after"])


@functools.cache
def _bounds() -> re.Pattern:
    """Bound words closing the words before the number (保留不低于)."""
    return rules.compile_pattern(rf"(?:{rules.alternation(list(config()['prefix_bounds']))})[ ]*$")


# the two characters right before the bound: the verb, as most verbs of setting aside are two (保留, 预留, 安排)
_VERB_BEFORE = re.compile(r"[\u4e00-\u9fff]{2}$")


@functools.cache
def _cap_before() -> re.Pattern:
    """A cap word right before the number, a copula between at most (最低为30%, 最高40%)."""
    return rules.compile_pattern(rf"(?P<cap>{rules.alternation(list(parameter_config()['cap_words']))})(?:为|是)?[ ]*$")
