"""A coordinated subject's members (A、B和C): one indicator each, a head or a modifier written once shared by all,
or none where the list names one measure (places, examples, a total, the times it is held in)
(pipeline/targets/indicators.py)."""
from __future__ import annotations

import functools
import re

from .. import words as segmentation
from .patterns import CONJUNCTION, config, is_han, patterns
from .qualifiers import qualifiers_listed


def suffix_of(name: str) -> bool:
    """Whether the name ends in a measure (rules/targets.yaml indicator_suffixes)."""
    return bool(patterns()["suffix"].search(name))


def split_conjoined(subject: str, force: bool = False) -> list[str]:
    """A、B和C -> [A, B, C], a head written once shared by all (挂号、结算、取药排队时间)
    and a modifier written once shared by all (人均每日食盐和食用油摄入量)."""
    if not CONJUNCTION.search(subject):
        return []  # most subjects: nothing to split
    parts = _inner_lists(conjuncts(subject, force), subject)
    if len(parts) < 2:
        return []
    if not force and qualifiers_listed(parts, places_only=True):
        return []  # 海口市、三亚市占比达到80%: the places say where it is reached (qualifiers), one target
    if not force and _EXAMPLES.search(parts[-1]):
        return []  # 新建高架车站、地面车站、基地库房等要求屋顶光伏覆盖面积: examples of what one indicator covers
    if not force and parts[-1].endswith(tuple(config()["sum_suffixes"])):
        return []  # 风电、光伏发电装机规模: the total of the members
    if patterns()["period_list_end"].match(parts[-1]) and not any(suffix_of(x) for x in parts[:-1]):
        return []  # 迎峰度夏、度冬期间电煤储备水平: the members are the times it is held in, one indicator
    suffix = patterns()["suffix"]
    if not suffix.search(parts[-1]):
        if not force:
            return []
        head = _parallel_head(parts[0], parts[-1])
        # (城镇、农村居民人均可支配收入分别增长4.5%、5.5%: 城镇 is 城镇居民人均可支配收入, as readers write it)
        return [x + head if len(words_of(x)) == 1 else x for x in parts[:-1]] + parts[-1:] if head else parts
    if not all(suffix.search(x) for x in parts):
        # (a one-word member before a measure with a suffix of its own: 城镇、农村居民人均消费支出 -> 城镇居民人均消费支出)
        head = _parallel_head(parts[0], parts[-1]) or _shared_head(parts[0], parts[-1])
        if len(head) < 2 and force and len(words_of(parts[-1])) > 2:
            head = "".join(words_of(parts[-1])[-2:])  # 均: a one-character suffix (率) with its word, 机械化率
        if len(head) < 2:
            return parts if force else []
        parts = [x if suffix.search(x) else x + head for x in parts]
    return [parts[0]] + [_shared_modifier(parts[0], x) for x in parts[1:]]


def _inner_lists(parts: list[str], subject: str) -> list[str]:
    """一般社会投资项目、中小型社会投资项目、园区内工业、仓储及生产配套设施项目…审批时间: where the members end in one noun (项目),
    a member without it, before one that has it, is a modifier of that member's own list (园区内(工业、仓储及生产配套设施)项目):
    one name with it, as ANNOTATION's distribution gives one target per name of the list. `parts` are conjuncts(subject)."""
    if len(parts) < 3:
        return parts
    head = words_of(parts[0])[-1]
    if len(head) < 2 or not is_han(head[-1]) or sum(x.endswith(head) for x in parts[:-1]) < 2 or head not in parts[-1]:
        return parts
    out: list[str] = []
    opened, at = 0, 0  # where the last member of `out` starts in the subject; where the last part read ends
    for x in parts:
        start = subject.index(x, at)
        at = start + len(x)
        if out and head not in out[-1]:
            # (a member with no head continues into the next, joined as the text joins them: 园区内工业和仓储项目)
            out[-1] = subject[opened:at]
        else:
            out.append(x)
            opened = start
    return out


# 等 closing a list before the words it qualifies: an open list of examples, not of indicators
_EXAMPLES = re.compile("等[\u4e00-\u9fff]")


def conjuncts(subject: str, force: bool = False) -> list[str]:
    """Split at 、 and, where the left member is a complete indicator, at 和/及/与 (outside brackets)."""
    suffix = patterns()["suffix"]
    parts, depth, cur = [], 0, ""
    for ch in subject:
        depth += ch in "(《“"
        depth -= ch in ")》”"
        joins = ch in "和及与" and (suffix.search(cur) or (ch == "和" and force))
        if depth == 0 and (ch == "、" or joins):
            if cur:
                parts.append(cur)
            cur = ""
            continue
        cur += ch
    if cur:
        parts.append(cur)
    return parts if len(parts) > 1 and all(len(x) >= 2 for x in parts) else [subject]


def _parallel_head(first: str, last: str) -> str:
    """What the last member says after as many characters as the first member, a one-word member, has (城镇 and 农村 in
    城镇、农村居民人均可支配收入), where it ends with a measure (rules/targets.yaml shared_measure_heads): the head they
    share; "" where the last member is too short to hold one or names no measure (一产、二产、三产; 学校、医疗卫生机构)."""
    rest = last[len(first):]
    # (not where the last member's word ends as the first does: 工业、服务业增加值 are 工业 and 服务业, _shared_head's echo)
    if len(words_of(first)) == 1 and rest[:1] != first[-1:] and len(rest) >= 4 and rest.endswith(tuple(config()["shared_measure_heads"])) \
            and is_han(first[-1]):
        return rest
    return ""


def _shared_head(first: str, last: str) -> str:
    """The part of the last member that the first one leaves out (主要食品、主要农产品合格率): the
    words after the last one that ends as the first member ends (低压、20千伏及以下高压电力接入工程审批时间 ->
    电力接入工程审批时间; 居民用户、实施“三零”服务的非居民用户全过程办电时间 -> 全过程办电时间)."""
    words = words_of(last)
    # (a word ending as the first member ends: 高压 for 低压, 用户 for 居民用户, 农产品 for 主要食品)
    echoes = [i for i, w in enumerate(words[:-1]) if len(w) >= 2 and is_han(w[-1]) and w[-1] == first[-1]]
    if echoes and len("".join(words[echoes[-1] + 1:])) >= 2:
        return "".join(words[echoes[-1] + 1:])
    n = len(words_of(first))
    if 0 < n < len(words):
        return "".join(words[n:])
    return words[-1] if len(words) > 1 else ""


def _shared_modifier(first: str, other: str) -> str:
    """Words the first member has before its own head and a shorter member leaves out
    (人均每日食盐摄入量和食用油摄入量 -> 人均每日食用油摄入量)."""
    a, b = words_of(first), words_of(other)
    if len(b) >= len(a) or b[0] in a:
        return other
    return "".join(a[:len(a) - len(b)]) + other


@functools.lru_cache(maxsize=2048)
def words_of(s: str) -> list[str]:
    return segmentation.words(s)
