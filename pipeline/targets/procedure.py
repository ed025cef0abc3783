"""Numbers that set how a procedure runs, not a commitment: time limits laid on others or counted from an event
(应当在24小时内报告), caps on uses (每户限享受1次), the schedule the policy pays out on (每年发放一次), the length of a
session of an event (上课时间为15分钟)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import regex

from .. import rules
from ..numbers import Quantity
from .patterns import CLAUSE_REACH as _FAR, config, end_of_clause, patterns

if TYPE_CHECKING:
    from .context import Found


def caps_a_use(text: str, f: Found, measures: bool) -> bool:
    """每户限享受1次, 备案价格调整一年不超过1次: in a notice of `measures`, a capped count of
    uses is a rule of the policy, not a commitment (a plan's 教师参与课后服务不超过三次 stays)."""
    q = f.quantity
    if q.unit in config()["count_units"] and _conduct_cap().search(text, max(f.clause_start, q.start - 12), q.start):
        return True  # 各市至多选择2个平台: a cap on what each may choose, in any notice
    if q.unit in config()["count_units"] and q.post == ">=" and patterns()["prohibition"].search(text, max(f.clause_start, q.start - 16), q.start):
        return True  # 同一资源不能同时被两个及以上虚拟电厂运营商聚合: a floor forbidden is a cap
    if not measures or q.unit not in config()["usage_units"]:
        return False
    capped = (q.comparator or f.context.comparator) in ("<=", "<")
    return capped or bool(patterns()["usage_limit"].search(text, max(f.clause_start, q.start - 12), q.start))


@functools.cache
def _conduct_cap() -> regex.Pattern:
    caps = rules.alternation(config()["conduct_cap_words"])
    bounds = rules.alternation(list(config()["prefix_bounds"]))
    verbs = rules.alternation(config()["conduct_cap_verbs"])
    permitted = rules.alternation(config()["permitted_cap_bounds"])
    return regex.compile(rf"(?:{caps})(?!{bounds})可?(?:{verbs})\p{{Han}}{{0,4}}[ ]*$|可[^,;:。\d]{{0,10}}(?:{caps})[ ]*$"
                         rf"|可(?:{verbs})\p{{Han}}{{0,4}}?(?:{permitted})[ ]*$|{config()['submission_cap_before']}")


def schedules_a_routine(text: str, f: Found) -> bool:
    """购房补贴每年发放一次, 每年公布一次: the schedule on which the policy pays out or publishes is
    how it runs, not a count to deliver (a lower bound makes it a quota: 至少每半年公布一次)."""
    q = f.quantity
    if q.unit not in config()["usage_units"] or (q.comparator or f.context.comparator) in (">=", ">"):
        return False
    return bool(patterns()["routine_schedule_before"].search(text, max(f.clause_start, q.start - 24), q.start))


@functools.cache
def _session_rules() -> tuple[frozenset[str], regex.Pattern, regex.Pattern]:
    cfg = config()["session_duration"]
    return frozenset(cfg["units"]), regex.compile(cfg["before"]), regex.compile(rules.alternation(cfg["sessions"]))


def times_a_session(text: str, q: Quantity, sentence_start: int, before: str) -> bool:
    """准备时间为1小时, 上课时间为15分钟, 视频…时间不超过10分钟: the length of a session of an event, or of an item
    submitted to it, where the sentence names the session (rules/targets.yaml session_duration)."""
    units, time_before, session = _session_rules()
    return q.unit in units and bool(time_before.search(before)) \
        and session.search(text, sentence_start, q.start) is not None


# a time counted from an event written right before it (签订后1个月内, 当天后的30个自然日内, 完成后,10个工作日内)
_AFTER_AN_EVENT = regex.compile(r"(?:后|之后)[ ]*[,的]?[ ]*$")
_SET_AS = regex.compile(r"(?:时间|期限|时限)为")


@functools.cache
def _stock_words() -> regex.Pattern:
    return regex.compile(rules.alternation(config()["stock_words"]))


def is_time_limit(text: str, f: Found, sentence_start: int, measures: bool = False) -> bool:
    """自受理之日起3个工作日办结, 出售后6~12个月内购置, 延期缴纳6个月: a time limit counted
    from an event, or a deferral, is neither a target nor a parameter. A time the plan
    commits to (预警信息30分钟内通知到村到户, 审批时间控制在50个工作日内) stays a target, and
    so does a quota (每天锻炼1小时). A time limit after a word of duty (应当在24小时内) is one laid on
    others. In a notice of `measures` every other time limit is a rule of procedure (出具检验报告后
    三个工作日内, 1周内完成办理, 最长5个工作日办结)."""
    q, ctx = f.quantity, f.context
    p = patterns()
    if q.unit in config()["stock_day_units"] and (q.comparator or ctx.comparator) in (">=", ">") \
            and _stock_words().search(text, f.clause_start, end_of_clause(text, q.end, _FAR)):
        return False  # 建立不低于城镇常住人口10天市场供应量的成品粮油储备: a reserve's level in days of supply
    if (q.unit in config()["time_limit_units"] or q.unit in config()["duration_units"]) and not ctx.per \
            and not (q.comparator or ctx.comparator):
        # (每天户外活动时间不少于2小时: a quota of each one's time, bounded, stays)
        if any(p["activity_duration"].search(i) for i in ctx.indicators or [ctx.subject]) \
                or p["window_length"].search(text, max(sentence_start, q.start - 24), q.start):
            return True  # 试点时间2个月(8月1日至9月30日), …至5月,共3个月: how long a pilot or a window lasts, a duration
    if q.unit not in config()["time_limit_units"]:
        return False
    if p["longest_term"].search(text, max(sentence_start, q.start - 8), q.start):
        return True  # 最长期限36个月, 最长6个月的过渡性住宿: the longest term granted
    if ctx.per:
        return False
    if p["extended"].search(text, max(sentence_start, q.start - 8), q.start):
        return True  # 期限由6个月延长至12个月, 停留时间延长至240小时: a setting of procedure
    if _AFTER_AN_EVENT.search(text, max(sentence_start, q.start - 4), q.start) and (
            p["duty"].search(text, sentence_start, q.start) or _SET_AS.search(text, f.clause_start, q.start)
            or p["ruling"].search(text, sentence_start, end_of_clause(text, q.end, _FAR))):
        # 缴纳时间为…出具当天后的30个自然日内, 应在资源录入完成后,10个工作日内: a time counted from an event that
        # the sentence lays on others or sets (not a plan's 预警信息发布后30分钟内通知到村到户)
        return True
    if p["public_notice"].search(text, max(f.clause_start, q.start - 12), q.start):
        return True  # 公示至少5个工作日, 公示期为10日: a step of procedure
    if p["duty"].search(text, f.clause_start, q.start):
        return True  # 应当在24小时内报告, 应在72小时内更换备机: a duty laid on others, not a commitment
    if p["obliged_party"].search(text, sentence_start, q.start):
        return True  # 项目法人单位应及时组织检修,并在故障发生12小时内…报告: a party's duty, not a commitment
    named = ctx.indicators or [ctx.subject]
    if measures and any(p["term"].search(i) and not p["processing_term"].search(i) for i in named):
        return True  # 降低住房公积金缴存比例,期限不超过12个月: a term the policy grants (not 办理期限缩短至20个自然日)
    if any(p["time_indicator"].search(i) for i in named):
        return False
    if measures:
        return True  # 1周内完成办理, 最长5个工作日办结: measures lay down procedure, they commit to no time
    if q.post == ">=" or q.value_max is not None:
        return True  # 连续缴存住房公积金6个月(含)以上, 离岗六个月及以上: a condition
    return bool(p["time_anchor"].search(text, sentence_start, q.start))
