"""Rules a regulation lays on others in its articles (第N条 …应当在三个工作日内, 不得少于二人): no targets, though a
rate the territory is to reach stays (森林覆盖率应当达到38%以上); counts inside names are dropped with them
(named_counts.count_in_a_name)."""

from __future__ import annotations

import functools

import regex

from .. import rules
from ..document import Document, Target
from .commitment import under_a_goal_lead
from .laid_on_each import governments_own_share
from .named_counts import count_in_a_name
from .patterns import tasks_by_path


def without_rules_and_names(doc: Document, targets: list[Target]) -> list[Target]:
    """The targets less the rules a regulation lays on others and the counts inside names."""
    article = _obligation_rules()[0]
    by_path = tasks_by_path(doc) if any(article.match(t.label) for t in doc.tasks) else None
    return [t for t in targets
            if not (by_path and obligation_in_article(doc, t, by_path)) and not count_in_a_name(doc.text, t)]


# How far back a sentence is looked for: a bounded window keeps long lists linear.
_WINDOW = 200


_REACHED = regex.compile(r"达到[ ]*$|达到[^,;:。]{0,4}$")


@functools.cache
def _obligation_rules() -> tuple[regex.Pattern, regex.Pattern]:
    targets = rules.load("targets")
    cfg, each, alt = targets["article_obligations"], targets["laid_on_each"], rules.alternation
    # (应 ending another word is none: 城镇常住人口10天市场供应量, 相应, 适应; nor opening one: 应急, 应用)
    return regex.compile(cfg["article_label"]), regex.compile(
        rf"(?<!{alt(each['not_obligation_after'])})(?:{alt(cfg['obligation_words'])})(?!{alt(each['not_obligation_before'])})")


def obligation_in_article(doc: Document, row: Target, by_path: dict) -> bool:
    """A number in an article of a regulation (第N条) whose sentence lays an obligation on
    others (应当在三个工作日内, 不得少于二人) is a rule of the regulation, not a result the
    government commits to: no target. A rate to be reached (全市森林覆盖率应当达到38%以上,
    林木覆盖率30%以上) is the regulation's goal and stays. `by_path` maps the document's task
    paths to tasks."""
    article, obligation = _obligation_rules()
    own = task = doc.task_at(row.char_start)
    while task is not None and not article.match(task.label):
        task = by_path.get(task.parent_path) if task.parent_path else None
    if task is None or own is None:
        return False
    text = doc.text
    # the sentence around the number, looked for in a bounded window (linear on long lists)
    lo = max(own.char_start, row.char_start - _WINDOW)
    start = max(max(text.rfind(c, lo, row.char_start) for c in "。;!\n") + 1, lo)
    if row.unit in ("%", "‰") and (row.indicator.endswith("率") or _REACHED.search(text, start, row.char_start)):
        return False  # 全市森林覆盖率应当达到38%以上, 宜林荒山绿化率95%以上: a level the territory is to reach
    if governments_own_share(text, start, row.char_start, row.unit) or under_a_goal_lead(doc, row.char_start):
        # 储备比例应达储备规模的70%以上: a share of the government's own reserve (ruling, twenty-first session);
        # 国土绿化建设应当达到下列标准: ⏎ …网格面积不得大于400亩: a standard the lead sets to reach
        return False
    # (the subject a word of duty binds goes on over a semicolon: 管道单位应当向…进行安全告知;…,每年至少组织一次应急演练)
    sentence = max(max(text.rfind(c, lo, row.char_start) for c in "。!\n") + 1, lo)
    if obligation.search(text, max(sentence, own.char_start), row.char_start):
        return True
    # an item of the article: the article's lead-in (…应当遵守下列规定:) obliges every item
    lead_end = text.find("\n", task.char_start)
    return own is not task and bool(obligation.search(text, task.char_start, lead_end if lead_end > 0 else len(text)))
