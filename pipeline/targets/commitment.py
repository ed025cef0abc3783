"""A target needs a sign of commitment where the notice is no plan.

A plan (规划, 方案, 行动计划, 工作要点, a government work report, a notice arranging a year's work: 做好2024年…工作)
states goals, and its bare numbers (新增…30个, 特色道路10条) are what it commits to. A notice
of rules or measures, a reply or a news report mostly states rules laid on others, settings,
facts and conditions (管理范围为…五十米以内的区域, 汽车号牌每副两只, 出席全会的有委员76人,
每种剂型原则上不超过3种): there a number is a target only when the plan's voice frames it as
a goal: a deadline governs it (2021年底前…至少有1家), it is a change (提高/下降 X), a goal
word opens its clause (力争, 确保, 达到, 新增, 建成, 压缩至, 控制在, 发放 …), it is the
government's own aggregate (规模, 总量, 财政, 资金), a verb of delivering governs the count
(储备抗旱水泵不少于150台, 各配备1名), a heading of goals stands above it (工作目标), or a lead
with a goal word introduces its item (应当达到下列标准:). A notice arranging an event or a procedure (评选, 申报, 竞赛,
培训, 检查) asks more: the plan's own voice (力争, 确保, 目标, a change, a goals heading, the money it spends). So does a
notice that reports results (监管报告, 工作总结, 抽检信息, …情况的通报: what happened): the plan's voice for the future or a
demand (下一步, 到2025年, 各地要…). A text without a title is read for its kind by the sentence announcing it (…形成本报告,
…总结如下, 为做好…考试的各项工作,现将有关事项通知如下).

What such a notice lays on each regulated party, or binds with a word of requirement, is a parameter even where a
word of delivering stands before it (应在每个车辆主出入口安装1个监测点位): laid_on_parties.py reads it.
"""
from __future__ import annotations

import functools

import regex

from .. import rules
from ..document import Document, Target, Task
from .laid_on_each import governments_own_share, party_patterns
from .patterns import (AFTER_EXAMPLES, SENTENCE_STOP, SENTENCE_STOPS, aggregates, config, delivered_after_examples, derived,
                       end_of_clause, kind_title, parameter_config, patterns, plan_title_pattern,
                       start_of_clause, start_of_sentence, tasks_by_path)

# how far back the clause start is looked for (keeps long lists linear)
_WINDOW = 120


@functools.cache
def _rules() -> dict[str, regex.Pattern]:
    targets, params = rules.load("targets"), rules.load("parameters")
    cfg = targets["commitment_evidence"]
    goal = cfg["goal_words"] + cfg["own_money_words"] + aggregates()
    return {"plan_title": regex.compile(plan_title_pattern(params["plan_titles"] + cfg["more_plan_titles"])
                                        + f"|{cfg['year_of_work']}"),
            # a clause opening with a period continues the clause before it (组织展销会,每年不少于2次)
            "period_opening": regex.compile(rules.alternation([w for w in targets["per_words"] if w.startswith("每")])),
            "goal": regex.compile(rules.alternation(goal)),
            # a verb of delivering, not one naming a capacity or a kind (岸电供应能力的泊位, 建设的)
            "delivering": regex.compile(f"(?:{rules.alternation(targets['count_verbs'])})(?!能力|的)"),
            "lead_goal": regex.compile(rules.alternation(cfg["goal_words"])),
            "goal_heading": regex.compile(cfg["goal_heading"]),
            "standards_to_reach": regex.compile(cfg["standards_to_reach"]),
            "goal_section": regex.compile(cfg["goal_section"]),
            "cases_lead": regex.compile(cfg["cases_lead"]),
            "condition_lead": regex.compile(cfg["condition_lead"]),
            "activity_title": regex.compile(cfg["activity_title"]),
            "activity_plan": regex.compile(f"(?:{cfg['activity_title']}){cfg['activity_plan']}"),
            "activity_scheme_name": regex.compile(cfg["activity_scheme_name"]),
            "plan_words": regex.compile(plan_title_pattern(params["plan_titles"])),
            "activity_goal": regex.compile(rules.alternation(cfg["activity_goal_words"])),
            "activity_money": regex.compile(rules.alternation(cfg["activity_own_money"])),
            "report_title": regex.compile(cfg["report_title"]),
            "report_opening": regex.compile(cfg["report_opening"]),
            "announcing": regex.compile(cfg["announcing"]),
            "report_voice": regex.compile(cfg["report_voice"])}


def delivering() -> regex.Pattern:
    """A verb of delivering a count (rules/targets.yaml count_verbs), not one naming a capacity or a kind."""
    return _rules()["delivering"]


def states_goals(doc: Document) -> bool:
    """Whether the notice is a plan whose numbers are goals by default: its title says so, or
    it has a section of goals (实施意见 opening with 一、主要目标, then 二、重点任务). A notice
    without a title is of no known kind: its numbers are read as a plan's."""
    def build(doc: Document) -> bool:
        title = kind_title(doc)
        if not title.strip():
            return True
        section = _rules()["goal_section"]
        return (bool(_rules()["plan_title"].search(title))
                or any(section.match((t.heading or "").strip()) for t in doc.tasks))
    return derived(doc, "states_goals", build)


def _announcing(doc: Document) -> str:
    """What a text without a title says it is: the last sentence before its first item that announces it (为做好…考试的
    各项工作,现将有关事项通知如下; 根据专项监管情况,形成本报告), less the titles it cites (《…》 name other documents)."""
    def build(doc: Document) -> str:
        first = min((t.char_start for t in doc.tasks if t.char_start >= doc.body_start), default=len(doc.text))
        reach = rules.load("targets")["commitment_evidence"]["announcing_reach_chars"]
        preamble = doc.text[doc.body_start:min(first, doc.body_start + reach)]
        sentences = [x for x in regex.split(r"[。\n]", preamble) if _rules()["announcing"].search(x)]
        return regex.sub(r"《[^《》]*》", "", sentences[-1]) if sentences else ""
    return derived(doc, "announcing", build)


def _kind(doc: Document) -> str:
    """The words that name the notice's kind: its title, or where it has none the sentence announcing it."""
    return kind_title(doc) if kind_title(doc).strip() else _announcing(doc)


def reports_results(doc: Document) -> bool:
    """Whether the notice reports results and is no plan (rules/targets.yaml commitment_evidence report_title: 监管报告,
    工作总结, 抽检信息的通告, …的通报; a text without a title by the sentence announcing it, report_opening): it states what
    happened, and a target there needs the plan's voice for the future or a demand (_in_the_reports_voice)."""
    def build(doc: Document) -> bool:
        r, title = _rules(), kind_title(doc)
        if any(r["goal_section"].match((t.heading or "").strip()) for t in doc.tasks):
            return False
        if title.strip():
            return bool(r["report_title"].search(title)) and not r["plan_title"].search(title)
        return bool(r["report_opening"].search(_announcing(doc)))
    return derived(doc, "reports_results", build)


def _in_the_reports_voice(doc: Document, row: Target) -> bool:
    """A heading of goals above, or the plan's voice for the future or a demand in the clause (下一步, 到2025年, 力争,
    各地要每季度开展一次): what a report commits to; its counts, shares and changes of the period reported are past."""
    if under_a_goal_heading(doc, row.char_start):
        return True
    text, at = doc.text, row.char_start
    return bool(_rules()["report_voice"].search(text, start_of_clause(text, max(0, at - _WINDOW), at), at))


def arranges_an_activity(doc: Document) -> bool:
    """Whether the notice arranges an event or a procedure (评选, 申报, 竞赛, 培训, 检查 …) and is no plan: no plan word in
    its title but the plan of the event itself (评选活动方案), no section of goals (rules/targets.yaml commitment_evidence
    activity_title). Its numbers say how the event runs and what each party may submit (每个作品类别限报6件, 初评遴选出
    不超过50%作品入围复评); a target there needs the plan's own voice (_in_the_plans_voice). A text without a title is
    read by the sentence announcing it (为做好…执业资格考试的各项工作,现将有关事项通知如下)."""
    def build(doc: Document) -> bool:
        r, kind = _rules(), _kind(doc)
        # (评选活动方案: the event's arrangements, no plan of goals; 举办“…双百培养计划”…培训班: a quoted scheme's name)
        title = r["activity_scheme_name"].sub("", r["activity_plan"].sub("", kind))
        return bool(r["activity_title"].search(kind)) and not r["plan_words"].search(title) \
            and not any(r["goal_section"].match((t.heading or "").strip()) for t in doc.tasks)
    return derived(doc, "arranges_an_activity", build)


def _in_the_plans_voice(doc: Document, row: Target) -> bool:
    """A change, a heading of goals above, a goal word of the plan's own (力争, 确保, 目标) in the clause, or money
    the government spends (本次活动共发放消费券1000万元): what a notice arranging an activity commits to."""
    if row.kind != "level" or under_a_goal_heading(doc, row.char_start):
        return True
    text, at = doc.text, row.char_start
    start = start_of_clause(text, max(0, at - _WINDOW), at)
    if _rules()["activity_goal"].search(text, start, at):
        return True
    return row.unit in parameter_config()["money_units"] and bool(_rules()["activity_money"].search(text, start, at))


def committed(doc: Document, row: Target) -> bool:
    """Whether the plan's voice frames the target as a goal (see the module's docstring)."""
    if row.deadline is not None or row.kind != "level":
        return True
    text, at = doc.text, row.char_start
    lo = max(0, at - _WINDOW)
    start = start_of_clause(text, lo, at)
    lead = text[start:at].strip()
    stop = start - 1  # the stop ending the clause before (when start > lo)
    if start > lo and (_rules()["period_opening"].match(lead)
                       or (not lead and (text[stop] == "\n" or regex.search(r"\d", text[max(lo, stop - 12):stop])))):
        # 组织展销会,每年不少于2次; 实现100个以上事项…,50个以上事项…; a number on a line of its own
        # (…规模为 ⏎ 20 ⏎ 万千瓦): the clause before frames it
        start = start_of_clause(text, lo, stop)
    if _rules()["goal"].search(text, start, at) or _rules()["delivering"].search(text, start, at):
        return True
    return _delivered_after(text, row) or _holds_a_processing_time(row) or _under_goals(doc, row) \
        or governments_own_share(text, start_of_sentence(text, at), at, row.unit)


def _delivered_after(text: str, row: Target) -> bool:
    """推进投资、科技…等20个行业领域“一网通办”重点示范工程创建, 加快后箐水库等18座中小型水库建设: the count closing a list of
    named items (…等N个) that a verb of delivering, written as a noun after the thing counted, closes the clause on is
    delivered as one with the verb before it is (CONVENTIONS: a count closing a list of named items; named_counts.
    delivers_a_listed_set reads the same words with the same pattern)."""
    if row.unit not in config()["count_units"] or not AFTER_EXAMPLES.search(text, max(0, row.char_start - 4), row.char_start):
        return False
    return bool(delivered_after_examples().match(text, row.char_end, end_of_clause(text, row.char_end, _WINDOW)))


def _holds_a_processing_time(row: Target) -> bool:
    """规划许可限时在60天以内办理完毕, 审批时间不超过20个工作日: a time the government's own handling is held within (a time
    limit laid on others or counted from an event is no row by now, procedure.is_time_limit) is its commitment
    (docs/CONVENTIONS.md: the government's own processing time, cut or held, is a required target)."""
    return row.comparator in ("<=", "<") and row.unit in config()["time_limit_units"] \
        and bool(patterns()["time_indicator"].search(row.indicator))


def _under_goals(doc: Document, row: Target) -> bool:
    """一、工作目标 above the target, or a lead introducing its item (第十八条 国土绿化建设应当
    达到下列标准: (一)…绿化率95%以上)."""
    task = doc.task_at(row.char_start)
    by_path = tasks_by_path(doc)
    while task is not None:
        if _rules()["goal_heading"].match((task.heading or "").strip()):
            return True
        parent = by_path.get(task.parent_path) if task.parent_path else None
        if parent is not None and _introduces_goals(_lead(doc, parent)):
            return True
        task = parent
    return False


def under_a_goal_heading(doc: Document, at: int) -> bool:
    """Whether a heading of goals (一、主要目标, 工作目标) stands above `at`."""
    task = doc.task_at(at)
    by_path = tasks_by_path(doc)
    while task is not None:
        if _rules()["goal_heading"].match((task.heading or "").strip()):
            return True
        task = by_path.get(task.parent_path) if task.parent_path else None
    return False


def under_a_goal_lead(doc: Document, at: int) -> bool:
    """Whether an item a lead introduces as goals holds `at` (第十八条 国土绿化建设应当达到下列标准: ⏎ (二)平原农田林网建设:
    网格面积不得大于400亩): a bound there is a standard the territory is to reach, a target, not a rule laid on others."""
    task = doc.task_at(at)
    by_path = tasks_by_path(doc)
    while task is not None:
        parent = by_path.get(task.parent_path) if task.parent_path else None
        if parent is not None:
            lead = _lead(doc, parent).rstrip()
            sentence = lead[max(lead.rfind(c) for c in SENTENCE_STOPS) + 1:]
            # (a lead reaching a standard, 应当达到下列标准:, not one granting by one, 按下列标准发放奖励:; and no party the
            # rules govern: 养老机构应当达到下列标准: lays them on each)
            if _rules()["standards_to_reach"].search(sentence) and not party_patterns()["regulated"].search(sentence):
                return True
        task = parent
    return False


def _a_listed_case(doc: Document, row: Target) -> bool:
    """An item of a lead listing cases (有下列情形之一的,不予发放奖励: ⏎ (三)恶意举报…3次(不含本数)以上;) or
    conditions (须同时符合下列条件:), or a number in the sentence of such a lead (普通住房标准为同时满足以下条件:
    1.…;3.…低于…的1.44倍): a condition of what the lead does, no commitment."""
    text = doc.text
    sentence_start = start_of_sentence(text, row.char_start)
    if _rules()["condition_lead"].search(text, sentence_start, row.char_start):
        return True  # 标准为同时满足以下条件:1.…;3.…单价低于…的1.44倍: a condition listed in the lead's sentence
    task = doc.task_at(row.char_start)
    parent = tasks_by_path(doc).get(task.parent_path) if task is not None and task.parent_path else None
    if parent is None:
        return False
    lead = _lead(doc, parent).rstrip()
    opening = max(lead.rstrip(":").rfind(c) for c in SENTENCE_STOPS) + 1
    return bool(_rules()["cases_lead"].search(lead.rstrip(":"), opening) or _rules()["condition_lead"].search(lead, opening))


def _lead(doc: Document, parent: Task) -> str:
    """What leads the items of `parent`: its text before its first child (before its end if it has none), up to
    _WINDOW characters."""
    first = derived(doc, "first_children", _first_children).get(parent.path, parent.char_end)
    return doc.text[max(parent.char_start, first - _WINDOW):first]


def _introduces_goals(lead: str) -> bool:
    """A lead that introduces its items with a colon after a goal word (应当达到下列标准:)."""
    lead = lead.rstrip()
    if not lead.endswith(":"):
        return False
    sentence = lead[:-1]
    sentence = sentence[max(sentence.rfind(c) for c in SENTENCE_STOPS) + 1:]
    return bool(_rules()["lead_goal"].search(sentence))


def _first_children(doc: Document) -> dict[str, int]:
    firsts: dict[str, int] = {}
    for t in doc.tasks:
        if t.parent_path is not None:
            firsts.setdefault(t.parent_path, t.char_start)
    return firsts


_SHARE_UNITS = ("%", "‰")


def only_commitments(doc: Document, targets: list[Target], laid: set[int] | None = None) -> list[Target]:
    """The targets, less those without a sign of commitment in a notice that is no plan. A share after a frame of another
    kind is kept only for the parameters: its id goes to `laid` (a target only where laid_on_parties makes it none)."""
    targets = [t for t in targets if not _a_listed_case(doc, t)]
    if arranges_an_activity(doc):
        return [t for t in targets if _in_the_plans_voice(doc, t)]
    if reports_results(doc):
        # (and, where the report has a title, a sign of commitment as in any notice that is no plan)
        targets = [t for t in targets if _in_the_reports_voice(doc, t)]
    if states_goals(doc):
        return targets
    kept: list[Target] = []
    framed_until = -1  # the end of the list of the last target framed as a goal
    framing_share = False  # (whether the target that framed it is a share)
    for t in sorted(targets, key=lambda t: t.char_start):
        # the later members of a list framed before them share its frame (实施12个城市更新项目,
        # 投资约330亿元); not a share after an amount or a count (每年设立总额1000万元的“算力券”,…抵扣比例不高于30%: the
        # share of each use bounds what each party may deduct, no member of the government's total)
        share = t.unit in _SHARE_UNITS
        if t.char_start < framed_until and share and not framing_share and not committed(doc, t):
            if laid is not None:
                kept.append(t)  # (向每个场景企业发放一张“场景券”,…抵扣比例不高于20%: laid on each party, a parameter if at all)
                laid.add(id(t))
            continue
        if t.char_start < framed_until or committed(doc, t):
            kept.append(t)
            if t.char_start >= framed_until:
                framing_share = share
                # (a list shares one frame up to the sentence's end: a comma or semicolon does not
                # end it, 同意…合建3个自动气象站;与澳门…合建2个自动气象站)
                stop = SENTENCE_STOP.search(doc.text, t.char_end)
                framed_until = stop.start() if stop else len(doc.text)
    return kept
