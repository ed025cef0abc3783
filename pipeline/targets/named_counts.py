"""Numbers that are part of a name, a code or a list, not counts to deliver: quoted names (“15分钟健身圈”), a code's
length (编码共10位), a count of the items just listed (社会、行业和个人三个层面, …12类家电产品), a small count in a
phrase (两个市场两种资源), the name of an attachment (附件:…50种…清单). A count closing a list that a verb of
delivering governs (加快后箐水库等18座中小型水库建设) is delivered (delivers_a_listed_set)."""

from __future__ import annotations

import functools

import regex

from .. import rules
from ..document import Target
from ..numbers import Quantity
from .patterns import (AFTER_EXAMPLES, CLAUSE_REACH as _FAR, config, delivered_after_examples, end_of_clause,
                       parameter_config, patterns)


# How far back a sentence is looked for (count_in_a_name): a bounded window keeps long lists linear.
_WINDOW = 200


def describes_a_code(text: str, quantities: list[Quantity], s: int, e: int) -> bool:
    """编码分4个部分共10位, 用2位阿拉伯数字表示, 小数点后两位为二级科目识别码: a sentence giving
    a code's length in digits describes a format, and none of its numbers is a commitment."""
    unit = config()["code_unit"]
    # (a word broken over two lines of a PDF: 阿拉伯数 字)
    return any(q.unit == unit for q in quantities) and bool(patterns()["code_word"].search("".join(text[s:e].split())))


_QUOTED = rules.compile_pattern(r"“[^”\n]*”|《[^》\n]*》|「[^」\n]*」|『[^』\n]*』|‘[^’\n]*’|\"[^\"\n]*\"")


def quoted_spans(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Quoted names and slogans (“15分钟健身圈”); a quoted passage of clauses (落实好“…首付比例
    不低于25%;…不低于30%”) cites rules, and its numbers are read; so does one that names a policy by the
    relief it grants (落实好…“增值税小规模纳税人在50%幅度范围内减征资源税、…”政策: a grant verb in the quote)."""
    return [m.span() for m in _QUOTED.finditer(text, s, e)
            if not _CLAUSE_MARKS.search(m.group(), 1, len(m.group()) - 1) and not _quotes_a_grant(m.group())]


_CLAUSE_MARKS = regex.compile(r"[,;:。]")


def _quotes_a_grant(quoted: str) -> bool:
    """A quote (not a title in 《》) that holds a grant verb (rules/parameters.yaml grant_verbs, but for those that
    count only right before a number: 处 is also in 处理)."""
    return quoted.startswith("“") and _granting_verb().search(quoted) is not None


@functools.cache
def _granting_verb() -> regex.Pattern:
    cfg = parameter_config()
    return regex.compile(rules.alternation([v for v in cfg["grant_verbs"] if v not in cfg["adjacent_grant_verbs"]]))


def delivers_a_listed_set(text: str, q: Quantity, clause_start: int, clause_end: int, before: str) -> bool:
    """加快推动烟台万华等10个绿电产业园…建设, 加快后箐水库等18座中小型水库建设, 建成安顺市、都匀市等2个新型城镇化配电网建设示范区:
    a count after the examples of a list (…等N个) that a verb of delivery governs (count_verbs, in the clause before it, or
    as a noun closing the clause after the thing counted: patterns.delivered_after_examples) counts what the plan
    delivers, as the readers of fourth plan_0010, plan_0014 and thirteenth R_02 wrote (seventh doc_0023's and fourth
    plan_0009's marked such counts optional). Not a count of a notice's parts or bodies (等8个方面, 等14个部门联合印发: a
    name head, or no verb of delivery)."""
    if q.unit not in config()["count_units"] or not AFTER_EXAMPLES.search(before):
        return False
    p = patterns()
    # (before the list's first member: a verb inside a member's name governs nothing, 下设…质量价格监管、…等6个专班)
    first = text.find("、", clause_start, q.start)
    return bool(p["count_verb"].search(text, clause_start, first if first >= 0 else q.start)) or bool(
        delivered_after_examples().match(text, q.end, clause_end))


def counts_listed_items(before: str) -> bool:
    """A Chinese numeral right after a list of short items counts those items."""
    if before.endswith(tuple(config()["list_count_before"])):
        return True
    last = before.rsplit("、", 1)
    if len(last) < 2:
        return False
    tail = last[1]
    p = patterns()
    return len(tail) <= 8 and not p["count_verb"].search(tail) and not p["inner_bound"].search(tail)


_BRACKETED = regex.compile(r"\([^()]*\)")


def counts_its_list(text: str, clause_start: int, q: Quantity) -> bool:
    """A count of works or aspects (rules/targets.yaml list_count_nouns) right after a list of members joined by 、 (and
    a last 和/及/与: list_last_joins) that is the number of members counts the list just written (…、…、…五项工作,
    社会、行业和个人三个层面), in any script and however long the members: no target; so is one in words after two
    members joined by 和 alone (把好土地审批和信贷投放两个闸门) or after a verb of conduct (全面落实五项重点工作). (A count
    of things to deliver stays: 加快建设A、B、C3个煤电项目 commits to the three projects.)"""
    if q.value_max is not None or q.value < 2 or q.value != int(q.value) or q.unit not in config()["count_units"] \
            or not _list_count_noun().match(text, q.end):
        return False
    before = _BRACKETED.sub("", text[max(clause_start, q.start - 4 * _FAR):q.start])
    before = _LABEL.sub("", before)  # (一、同意…: an outline label is no member)
    if _conduct_before().search(before):
        return True  # 全面落实五项重点工作, 落实3项重点工作: the work held to, no count to deliver
    members = before.split("、")
    tail = members[-1]
    joined = len(_last_join().findall(tail))
    if len(members) < 2 and not (q.chinese and joined == 1):
        return False  # (A和B两个闸门: two members joined by 和 alone, counted in words)
    return len(members) + joined == q.value and not regex.search(r"\d", tail) and not patterns()["inner_bound"].search(tail)


@functools.cache
def _conduct_before() -> regex.Pattern:
    """A verb of conduct, maybe after its adverbs, right before a count (全面落实, 继续把好)."""
    cfg = config()
    return regex.compile(rf"(?:{rules.alternation(cfg['conduct_verbs'])})[ ]*$")


_LABEL = regex.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}|\d{1,3})、")


@functools.cache
def _list_count_noun() -> regex.Pattern:
    """A noun counting the work or aspects of a list, as a whole word (三项重点工作, not 两个重点实验室 or 3个工作日)."""
    cfg, alt = config(), rules.alternation
    only, never = cfg["list_count_noun_only_before"], cfg["list_count_noun_not_before"]
    nouns = sorted(cfg["list_count_nouns"], key=lambda n: (-len(n), n))
    words = [regex.escape(n) + (rf"(?=(?:{alt(only[n])})|\P{{Han}}|$)" if n in only else "")
             + (rf"(?!{alt(never[n])})" if n in never else "") for n in nouns]
    return regex.compile(rf"[ ]*(?:{'|'.join(words)})")


@functools.cache
def _last_join() -> regex.Pattern:
    """A word joining the last member of a list to the one before, between two characters (…监测和应急保供…)."""
    return regex.compile(rf"(?<=\p{{Han}})(?:{rules.alternation(config()['list_last_joins'])})(?=\p{{Han}})")


def counts_listed_kinds(text: str, clause_start: int, at: int) -> bool:
    """Whether a count of kinds at `at` follows a list of three or more members with nothing but the last member
    between (brackets aside): 电冰箱(含冰吧)、洗衣机、…、电饭煲(含电饭锅)12类."""
    before = _BRACKETED.sub("", text[max(clause_start, at - 4 * _FAR):at])
    members = before.split("、")
    if len(members) < 3:
        return False
    tail = members[-1]
    return 0 < len(tail.strip()) <= 12 and not patterns()["count_verb"].search(tail) \
        and not patterns()["inner_bound"].search(tail) and not regex.search(r"\d", tail)


@functools.cache
def _name_count_rules() -> tuple[regex.Pattern, regex.Pattern, frozenset[str]]:
    cfg = rules.load("targets")
    small = regex.compile(cfg["name_counts"]["numeral"])
    verbs = cfg["count_verbs"] + cfg["bare_verbs"] + cfg["name_counts"]["more_verbs"]
    return small, regex.compile(rules.alternation(verbs)), frozenset(cfg["count_units"])


# a noun and the word it is the subject of (…行动的牵头部门, …树是)
_SUBJECT_AFTER = regex.compile(r"[\p{Han}“”]{1,8}?(?:的|是)")


def count_in_a_name(text: str, row: Target) -> bool:
    """两个市场两种资源, 八项行动, 三个阶段: a small count written in Chinese numerals, with no
    verb of delivering or reaching shortly before it in its clause, is part of a name or a phrase
    (ANNOTATION.md: numbers inside names are no targets); 建设两个中心 stays a target."""
    small, verbs, units = _name_count_rules()
    if not small.fullmatch(row.span_text):
        return False
    lo = max(0, row.char_start - _WINDOW)
    start = max(max(text.rfind(c, lo, row.char_start) for c in "。;,:!\n") + 1, lo)
    before = text[start:row.char_start]
    if not before.strip() and start > lo and text[start - 1] in "。;!\n":
        # 七项行动的牵头部门要加强统筹协调, 六棵树是…核心支柱: a count opening its sentence as the subject of what the
        # sentence says refers to things the notice names
        return bool(_SUBJECT_AFTER.match(text, row.char_end))
    # a count opening its clause continues an enumeration (每年开展一次…,两次讲座); a
    # schedule makes it a quota (每季度报送一次)
    if row.unit not in units or not before.strip() or "每" in before:
        return False
    # the verb stands close before a count it governs (建设两个中心, 每年开展两次), or before the examples of a list the
    # count closes (建成上合国际人才双创产业园、…、数字经济产业园等四个标准化OPC创业社区)
    if verbs.search(text, max(start, row.char_start - 8), row.char_start):
        return False
    counted = Quantity(start=row.char_start, end=row.char_end, num_start=row.char_start, value=row.value, value_max=None,
                       unit=row.unit, chinese=True, symbol=None, post=None)
    return not delivers_a_listed_set(text, counted, start, end_of_clause(text, row.char_end, _WINDOW), before)


@functools.cache
def _attachment_line() -> regex.Pattern:
    return rules.compile_pattern(config()["attachment_line"])


def names_an_attachment(text: str, pos: int) -> bool:
    """Whether the line holding `pos` names an attachment (附件:…清单), a short line ending without a stop."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start:end if end >= 0 else len(text)].rstrip()
    if len(line) > 60 or line.endswith(("。", ";")):
        return False  # (tested first: most lines are long paragraphs, which the pattern's word test would read whole)
    m = _attachment_line().match(line)
    return bool(m) and m.end() > len(line) - len(line.lstrip()) + 2
