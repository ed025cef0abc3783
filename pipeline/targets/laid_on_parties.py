"""What a notice that states no goals lays on each regulated party, or binds with a word of requirement, is a parameter, not a
target (docs/CONVENTIONS.md: a bound laid on others): 应在每个车辆主出入口安装1个监测点位, 新建商品住宅大寒日日照时数不低于2小时,
each person's raise (每人每月增加35元) and the cap on what each beneficiary is granted (救助金额年度内累计不超过3000元). The
targets commitment.py kept are read here once more; those laid on the parties leave as parameters."""
from __future__ import annotations

import regex

from ..document import Document, Parameter, Target
from .commitment import delivering, states_goals, under_a_goal_lead
from .laid_on_each import governments_own_share, party_patterns
from .parameter_grants import raised_for_each
from .parameter_names import FAR, averaged_per, commits, trim
from .patterns import config, kind_title, parameter_config, parameter_patterns, start_of_clause, start_of_sentence

# how far back the clause start is looked for (keeps long lists linear; as commitment.py reads it)
_WINDOW = 120


def laid_on_parties(doc: Document, targets: list[Target]) -> tuple[list[Target], list[Parameter]]:
    """The targets, less what a notice that states no goals lays on each regulated party or binds with a word of
    requirement, and those as parameters (docs/CONVENTIONS.md: a bound laid on others). A number is laid on the parties
    where its clause puts it on each (应在每个车辆主出入口安装1个监测点位, 车厢两侧各增加安装2个转弯信号灯, 每个钢瓶…
    200元) or binds it with a word of requirement (新建商品住宅大寒日日照时数不低于2小时) and nothing frames it as the
    government's own goal: no deadline, no change or period, no word of commitment (新增, 建成, 投放 …: a qualifier of a
    noun, 新建商品住宅, is none) or of the plan's voice (力争, 今年, 提高到), no aggregate, and none of the government's
    own units or its money as the party (每个县(区)至少打造1个; but money set per unit of measure is a standard
    whoever pays it: 市县财政配套资金亩均投入不低于1500元). A verb of
    installing is then the party's conduct (设置/安装 deliver a count only where the government acts), except after a
    bare bound word with no party named (推出不少于10个…套餐服务: the government delivers it)."""
    plan = states_goals(doc)
    kept: list[Target] = []
    laid: list[Parameter] = []
    for t in targets:
        name = _granted_to_each(doc, t, plan) or _a_grants_cap(doc, t, plan) or _laid_on_a_party(doc, t, plan)
        if name is None:
            kept.append(t)
        else:
            # (亩均投入不低于1500元: a standard set per 亩, 元/亩, as a parameter's unit is read)
            unit = averaged_per(doc.text[max(doc.body_start, t.char_start - FAR):t.char_start], t.unit)
            # (出资金额最高可达注册资本的70%: 最高 bounds the grant, as parameters read cap words)
            comparator = _cap_bound(doc, t) if t.comparator == "=" else t.comparator
            # (年度合计救助金额封顶线: a period inside the name belongs to it, ANNOTATION per)
            per = None if t.per and any(w in name and v == t.per for w, v in config()["per_words"].items()) else t.per
            laid.append(Parameter(name=name, comparator=comparator, value=t.value, unit=unit, span_text=t.span_text,
                                  char_start=t.char_start, char_end=t.char_end, sentence=t.sentence,
                                  value_max=t.value_max, per=per, task_path=t.task_path))
    return kept, laid


def _granted_to_each(doc: Document, row: Target, plan: bool) -> str | None:
    """What a change of money each person is granted sets, in a notice that states no goals (每人每月增加35元; 缴费年限
    每满1年,每月增加3.5元): <the case before it><what is raised><增加额> (rules/targets.yaml laid_on_each granted_each_steps and
    rules/parameters.yaml beneficiary_markers find it; parameter_grants.raised_for_each names it)."""
    if plan or row.kind == "level" or row.unit not in parameter_config()["money_units"]:
        return None
    text, at, p = doc.text, row.char_start, party_patterns()
    part = max(start_of_sentence(text, at), max(text.rfind(c, max(0, at - _WINDOW), at) for c in ";:") + 1)
    clause = start_of_clause(text, part, at)
    step = ""
    each = p["granted_each"].search(text, clause, at)
    if each is None:
        # (缴费年限每满1年,每月增加3.5元: the step in the clause before, part of the name)
        previous = start_of_clause(text, part, clause - 1) if clause > part else clause
        each = p["granted_each"].search(text, previous, clause) if previous < clause else None
        if each is None:
            return None
        step, clause = text[previous:clause - 1].strip(), previous
    # the case: the words before the per-person word in its clause (城乡居民基础养老金每人每月增加20元), else the clause
    # before (年满65周岁不满70周岁的,每人每月再增加90元), less its brackets
    before = "" if step else text[clause:each.start()].strip()
    case = before or (text[start_of_clause(text, part, clause - 1):clause - 1] if clause > part else "")
    case = regex.sub(r"\([^()]*\)", "", p["label"].sub("", case)).strip() + step
    task = doc.task_at(at)
    lo = task.char_start if task is not None else start_of_sentence(text, at)
    raised = [m.group("object") for m in p["raised_object"].finditer(text, lo, at)] \
        or [m.group("object") for m in p["raised_object"].finditer(kind_title(doc))]
    raised_object = raised[-1] if raised else ""
    # (缴费年限不满15年的退休人员 + 退休人员基本养老金: the party written once)
    overlap = next((n for n in range(min(len(case), len(raised_object)), 1, -1) if case.endswith(raised_object[:n])), 0)
    return raised_for_each(case + raised_object[overlap:], text[clause:at], row.unit)


def _a_grants_cap(doc: Document, row: Target, plan: bool) -> str | None:
    """What a cap word right before money or a share caps, in a notice that states no goals (救助金额年度内累计不超过3000元,
    出资金额最高可达注册资本的70%): what each beneficiary may be granted, a parameter named by
    the clause up to the cap word (rules/targets.yaml laid_on_each grant_cap); not a whole the government sets (名额,
    总额, 规模: grant_cap_not)."""
    if plan or row.kind != "level" or (row.unit not in parameter_config()["money_units"] and row.unit != "%"):
        return None
    text, at, p = doc.text, row.char_start, party_patterns()
    start = start_of_clause(text, max(start_of_sentence(text, at), at - _WINDOW), at)
    cap = p["grant_cap"].search(text[start:at])
    if cap is None or p["grant_cap_not"].search(text, start, at):
        return None
    name = row.indicator or ""
    word = p["grant_cap_word"].search(name)
    name = trim(p["name_filler"].sub("", name[:word.start()] if word and word.start() > 0 else name))
    if name and row.unit == "%" and not name.endswith("比例"):
        name += "比例"  # (CONVENTIONS: a share is named <name>比例)
    return name or None


def _cap_bound(doc: Document, row: Target) -> str:
    """The bound a cap word (rules/parameters.yaml cap_words: 最高, 最多) opening the words right before the value sets, else
    the row's own comparator (a cap word before a noun it names, rules/parameters.yaml cap_named: a noun cap, named, =)."""
    text, at = doc.text, row.char_start
    cap = party_patterns()["grant_cap"].search(text, start_of_clause(text, max(0, at - _WINDOW), at), at)
    word = cap and next((w for w in parameter_config()["cap_words"] if cap.group().startswith(w)), None)
    named = word and cap.group()[len(word):].startswith(tuple(parameter_config()["cap_named"]))
    return parameter_config()["cap_words"][word] if word and not named else row.comparator


def _laid_on_a_party(doc: Document, row: Target, plan: bool) -> str | None:
    """What the number sets, if the notice lays it on each party (laid_on_parties); in a plan only what a word of the
    rule binds (特例单议数量原则上为…的5%, 调用次数原则上不低于210次)."""
    if row.deadline is not None or row.kind != "level" or row.per is not None or not row.indicator:
        return None
    text, at = doc.text, row.char_start
    sentence_start = start_of_sentence(text, at)
    if governments_own_share(text, sentence_start, at, row.unit) or under_a_goal_lead(doc, at):
        # (其中生态公益林面积应当占森林总面积的50%以上: the government's own programme; 应当达到下列标准: ⏎ …网格面积不得
        # 大于400亩: a standard to reach)
        return None
    start = start_of_clause(text, max(sentence_start, at - _WINDOW), at)
    p = party_patterns()
    if plan:
        if not p["plan_obligation"].search(text, start, at) or p["schedule"].search(text, start, at):
            return None
    elif not (p["per_party"].search(text, start, at) or p["obligation"].search(text, start, at)):
        # (a goal word naming a kind of thing is none: 新建商品住宅)
        if not p["bounds"].search(text, start, at) or not p["regulated"].search(text, sentence_start, at) \
                or parameter_patterns()["goal"].search(text, start, at) \
                or any(m.group() not in p["installing"] for m in delivering().finditer(text, start, at)):
            return None  # (推出不少于10个…套餐服务: the government delivers what it bounds; 至少设置1个监测点位 is the party's)
    # money set per unit of measure (亩均投入不低于1500元, 每个钢瓶由相关部门提供200元) is a standard of the policy
    # whoever pays it; a count each unit of the government is to reach stays its goal (每个县(区)至少打造1个)
    per_unit_money = not plan and row.unit in parameter_config()["money_units"] and bool(p["per_party"].search(text, start, at))
    if not per_unit_money and (commits(text, start, at) or parameter_patterns()["aggregate"].search(text, start, at)
                               or p["plan_voice"].search(text, start, at) or p["government"].search(text, start, at)):
        return None
    if any(sentence_start <= d.char_start < at for d in doc.deadlines):
        return None  # (2025年底前,每个…: a quota with a day to meet it)
    name = trim(p["name_filler"].sub("", row.indicator))
    # (占地面积在10000平方米及以下至少设置1个监测点位: the band opening the clause is the tier the value is set for, part of
    # its name as CONVENTIONS names values set per tier)
    tier = p["tier"].match(text, start, at)
    if tier and name and not name.startswith(tier.group("tier")):
        name = tier.group("tier") + name
    return name or None
