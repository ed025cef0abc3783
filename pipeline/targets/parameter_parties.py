"""Whose a parameter is: the owner a bare head is measured for (每人分摊额度, 购房消费券额度), the price a bare discount is
taken off (中介费优惠), and whom a bare grant is granted to (对在主板上市企业,给予…奖励 -> 主板上市企业奖励)."""
from __future__ import annotations

import functools
import re

from .. import rules
from .. import words as segmentation
from .parameter_names import NEAR, FAR
from .patterns import ITEM_LABEL, parameter_config, parameter_patterns


def owner_before(words: str) -> str:
    """首层商铺的 -> 首层商铺, …二孩及以上多子女家庭租房提取公积金的 -> 租房提取公积金: whose measure a name is, the words
    right before the 的 that `words` closes with, up to a break and at most owner_max_chars in whole words; empty where
    they close a stage or a relative clause (改造后的, 乘客所携带的) or follow a number (500万元及以下的: a condition)."""
    cfg = parameter_config()
    if not words.endswith("的"):
        return ""
    lead = _owner_break().split(words[:-1])[-1]
    if re.search(r"[\d%]", lead[-1:] if lead == words[:-1] else lead) or not lead:
        return ""
    owner = ""
    for w in reversed(segmentation.words(lead)):
        if re.search(r"[\d%]", w) or len(owner) + len(w) > cfg["owner_max_chars"]:
            break
        owner = w + owner
    # (…担保金额占全部担保金额的比例: a share against a base, named by the share rules)
    if len(owner) < 2 or owner.endswith(tuple(cfg["stage_endings"])) \
            or any(w in lead for w in cfg["relative_clause_words"] + cfg["share_base_words"]):
        return ""
    return owner


@functools.cache
def _owner_break() -> re.Pattern:
    """Where the words owning a measure start at the latest: a stop, a bracket, a space, a number or a word of
    rules/parameters.yaml owner_breaks."""
    return re.compile(rf"[,;:。、()\s]|\d|{rules.alternation(parameter_config()['owner_breaks'])}")


def owned(text: str, clause_start: int, q_start: int, name: str) -> str | None:
    """每人分摊的额度不能超过每月1000元 -> 每人分摊额度, 租房提取公积金的额度,由…提高至1.8万元 -> 租房提取公积金额度: a bare
    head that says only what kind of number it is (rules/parameters.yaml owned_heads) is named with whose it is."""
    if name not in parameter_config()["owned_heads"]:
        return None
    # (…租房提取公积金的额度,由每年每人1.5万元提高至1.8万元: the name's clause may be the one before the number's)
    words = text[max(0, clause_start - FAR):q_start]
    at = words.rfind("的" + name)
    owner = owner_before(words[:at + 1]) if at >= 0 else _subject_owner(text, clause_start, q_start, name)
    return owner + name if owner else None


def _subject_owner(text: str, clause_start: int, q_start: int, name: str) -> str:
    """每张消费券按300元/平方米确定额度 -> 购房消费券: the thing its clause opens with, each one of which the head is
    reckoned for, in the fuller words the paragraph wrote it with before (发放…购房消费券5000张), as readers of
    realestate_0092 and 0094 write 购房消费券额度."""
    m = _subject_each().match(text, clause_start, q_start)
    if m is None or name not in re.split(r"[,;:。]", text[m.end():q_start + NEAR])[0]:
        return ""  # (the head in the clause, before the number or after it: 按300元/平方米确定额度)
    thing = m.group("thing")
    paragraph = text.rfind("\n", 0, clause_start) + 1
    earlier = [w for w in (segmentation.words(text[max(paragraph, k - 4):k]) for k in _starts_of(text, thing, paragraph, clause_start)) if w]
    fuller = earlier[-1][-1] if earlier and len(earlier[-1][-1]) >= 2 and _OWNER_WORD.fullmatch(earlier[-1][-1]) else ""
    return fuller + thing


def _starts_of(text: str, word: str, start: int, end: int) -> list[int]:
    return [start + m.start() for m in re.finditer(re.escape(word), text[start:end])]


@functools.cache
def _subject_each() -> re.Pattern:
    """每张消费券按…确定额度, 每辆新能源汽车按照…确定额度: each one of a thing its clause opens with (a classifier of
    rules/parameters.yaml each_thing_classifiers), then the standard it is reckoned by (reckoned_by_words)."""
    cfg = parameter_config()
    return re.compile(rf"[ ]*每(?:{rules.alternation(cfg['each_thing_classifiers'])})(?P<thing>[\u4e00-\u9fff]{{2,6}}?)"
                      rf"(?:{rules.alternation(cfg['reckoned_by_words'])})")


_OWNER_WORD = re.compile(r"[\u4e00-\u9fff]+")


def discounted(text: str, clause_start: int, q, clause_end: int, name: str) -> str | None:
    """车辆通行费给予6%优惠 -> 车辆通行费优惠, 给予不低于85折优惠的中介费 -> 中介费优惠, 手续费实行九折优惠 -> 手续费优惠: a bare
    discount (rules/parameters.yaml discount_heads) is named by the price it is taken off, written after 优惠的 or before the
    number (the verb granting it and bound words between), as realestate_0148's reader writes 中介费优惠."""
    if name not in parameter_config()["discount_heads"]:
        return None
    after = re.match(rf"[ ]*(?:的)?[ ]*{name}的([\u4e00-\u9fff]{{2,6}}?)(?=[ ,;:。]|$)", text[q.end:clause_end])
    if after:
        return after.group(1) + name
    cfg = parameter_config()
    lead = parameter_patterns()["between"].sub("", text[clause_start:q.start])
    lead = re.sub(rf"(?:{rules.alternation(cfg['discount_verbs'])})[ ]*$", "", lead)
    owner = owner_before(lead + "的")
    # (开发企业给予3%优惠: who gives it is no price)
    return owner + name if owner.endswith(tuple(cfg["discounted_prices"])) else None


def discount(before: str, q) -> str | None:
    """应在同地段同品质市场租赁住房评估租金的九折以下定价 -> 评估租金折扣, 开发企业对购房人打八折 -> 折扣: a share of the price
    written with 折 sets a discount wherever it stands (rules/parameters.yaml discount_unit); where no head names it, it is
    the discount of the price written right before it with 的, else the bare discount (qualified as bare heads are)."""
    cfg = parameter_config()
    if q.unit != cfg["discount_unit"]:
        return None
    owner = owner_before(re.split(r"[,;:。]", before)[-1].rstrip())
    return (owner if owner.endswith(tuple(cfg["discounted_prices"])) else "") + cfg["discount_name"]


@functools.cache
def _recipient_pattern() -> re.Pattern:
    cfg = parameter_config()
    lead = rules.alternation(cfg["recipient_leads"])
    # (对X的, ; 对X给予; 对X分别奖励: up to the 的 that closes the clause's condition, or the grant: rules/parameters.yaml
    # recipient_openers, recipient_ends)
    openers, ends = rules.alternation(cfg["recipient_openers"]), rules.alternation(cfg["recipient_ends"])
    return re.compile(rf"(?:^|[,;:。])[ ]*(?:{openers})?(?:{lead})(?P<who>[^,;:。对]{{2,60}}?)"
                      rf"(?:的[ ]*,|的[ ]*$|[ ]*,|(?={ends}))")


def granted_to(text: str, sentence_start: int, clause_start: int, q_start: int, name: str,
               value_start: int | None = None) -> str | None:
    """对在主板上市企业,给予企业500万元奖励 -> 主板上市企业奖励; 对初次认定为国家高新技术企业的,给予企业20万元奖励 -> 国家高新
    技术企业奖励: a bare grant named by whom or what the 对 that opens its part of the sentence grants it to; 分别 with a
    list of them gives each value its member (对被列入国家级、省级知识产权优势企业分别奖励30万元、20万元: `value_start`, where
    the value stands, past `q_start` where the list's first value named so stands)."""
    cfg = parameter_config()
    grant = next((g for g in _recipient_names() if name.endswith((g, g + "比例"))), None)
    if grant is None:
        return None
    bare = name[name.rfind(grant):]
    part_start = max(sentence_start, *(text.rfind(c, sentence_start, q_start) + 1 for c in ";。"))
    part = _LABEL.sub("", text[part_start:q_start])  # (二)对…, 1.对…: the item's label opens no words
    found = list(_recipient_pattern().finditer(part))
    if not found:
        return None
    if part.count(",", found[-1].end()) > 1:
        return None  # 对农村户籍家庭,新落户…的城镇居民,现役军人,…: one of many, not whom the grant is for
    # (a note in brackets, 市级以上(含市级), is no part of who; a name's own bracket, 企业技术(研发)中心, is)
    # (nor a list of examples, 种植绿肥(红花草、青蚕豆、景观油菜等))
    notes = rules.alternation(cfg["recipient_note_words"])
    who = re.sub(rf"\((?:{notes})[^()]*\)|\([^()]*(?:、|等)[^()]*\)", "", found[-1].group("who")).replace(" ", "")
    # (对新创建天府旅游名县…的县级政府: winning a designation, no commitment; 对开展通信…服务的企业 commits to nothing either, but
    # names what qualifies by its activity, as readers leave it out)
    without_designation_verb = re.sub(f"^(?:{rules.alternation(cfg['won_designation_verbs'])})", "", who)
    if re.search(r"[\d%]", who) or parameter_patterns()["commitment"].search(without_designation_verb):
        return None  # 面积在100亩以上的: a condition on an amount is a qualifier of its own
    # 对到市区自主创业就业的全日制博士研究生: who, after what they do; 认定为…中心的企业: what, before a bare who
    head, _, tail = who.rpartition("的")
    generic = cfg["recipient_generic"]
    if (head and tail in cfg["recipient_costs"]) or re.search(f"等(?:{rules.alternation(generic)})$", who):
        return None  # 产生的费用: a base; 数字基础设施、公共服务平台等项目: examples of what qualifies, no name
    # 的农业生产经营主体, 的企业, 的县级政府、园区管委会 (parties listed)
    bare_party = all(t.endswith(tuple(generic)) and len(t) <= 8 for t in tail.split("、"))
    who = head if head and bare_party else (tail if head and len(tail) >= 6 else who.replace("的", ""))
    verbs = rules.alternation(sorted(cfg["recipient_verbs"], key=len, reverse=True))
    # (对符合支持条件的单个平台, 对于符合条件的农民, …等符合条件的人才群体: that they qualify says nothing of who they are)
    who = re.sub(rf"(?:^|(?<=等)){cfg['recipient_condition']}", "", who).strip() or who
    who = re.sub(rf"^(?:[^,]{{0,6}}期间)?(?:(?:{verbs})[ ]*)*", "", who).strip()  # (秋冬期间种植绿肥: when is no who)
    members = _respective_members(who)
    at = part.rfind("分别", found[-1].end())
    # (a list each member of which 分别 gives its value is measured by its members: 对新创建天府旅游名县、天府旅游特色县、国家级
    # 全域旅游示范区、省级全域旅游示范区的县级政府,分别给予…)
    longest = max(map(len, members)) if members and at >= 0 else len(who)
    if not 2 <= longest <= 24 or who in generic:
        return None
    if members and at >= 0:
        index = len(re.findall(r"\d+(?:\.\d+)?", part[at:] + text[q_start:value_start or q_start]))
        if index >= len(members):
            return None
        who = members[index]
    # (a name read already with its recipient, or the neighbour's member a list copied, is named anew)
    prefix = name[:len(name) - len(bare)]
    if prefix and prefix not in (who, *members):
        return None  # (a name read with words of its own before the grant keeps them)
    return joined(who, bare)  # 对于人才购房的 + 购房补贴: 人才购房补贴


def joined(left: str, right: str) -> str:
    """人才购房 + 购房补贴 -> 人才购房补贴, 保障性住房 + 住房公积金贷款 -> 保障性住房公积金贷款: words the left part ends
    with and the right part opens with (two characters at least) are written once."""
    overlap = next((k for k in range(min(len(left), len(right)), 1, -1) if left.endswith(right[:k])), 0)
    return left + right[overlap:]


_LABEL = re.compile(r"^[ ]*" + ITEM_LABEL + r"?[ ]*")


@functools.cache
def _recipient_names() -> tuple[str, ...]:
    return tuple(sorted(parameter_config()["recipient_names"], key=len, reverse=True))


def _respective_members(who: str) -> list[str]:
    """国家级、省级知识产权优势企业 -> 国家级知识产权优势企业, 省级知识产权优势企业: members listed before a head the last
    one carries (each short, a level or a rank); [] where the words are no such list."""
    parts = re.split(r"[、和及与]", who)
    if len(parts) < 2 or any(not 2 <= len(x) <= 16 for x in parts):
        return []
    last = parts[-1]
    first = parts[0]
    if all(len(x) >= 4 for x in parts[:-1]):
        return parts  # 全日制博士研究生、硕士研究生: whole members
    words = segmentation.words(last)
    if len(first) <= 3 and len(words) > 1 and len(words[0]) <= 3 and not any(last[n - 1] == first[-1] for n in range(1, 5)):
        return [x + last[len(words[0]):] for x in parts[:-1]] + [last]  # 国家、省级企业技术中心: the level's word
    # (the last member opens with a word as long as the others and ending as the first ends: 省级 after 国家级)
    n = next((n for n in range(1, min(len(last), 5)) if last[n - 1] == first[-1]), None)
    if n is None or len(last) - n < 2:
        return []
    head = last[n:]
    return [x + head for x in parts[:-1]] + [last]
