"""The words of rules/targets.yaml laid_on_each, compiled once: who a notice's rules govern (regulated), what it lays on each
party (per_party, obligation), the government's own aggregates (own_aggregate, own_programme) and the caps and changes of
what each beneficiary is granted (grant_cap, granted_each). Read by commitment.py (the government's own share, a lead of
standards to reach) and laid_on_parties.py (what a notice lays on each party is a parameter)."""
from __future__ import annotations

import functools

import regex

from .. import rules


def governments_own_share(text: str, sentence_start: int, at: int, unit: str) -> bool:
    """Whether the share at `at` is one the government's own programme must reach (rules/targets.yaml laid_on_each
    own_aggregate): 其中生态公益林面积应当占森林总面积的50%以上 (市级国土绿化规划), 稻谷和小麦两大口粮品种储备比例应达储备规模
    的70%以上: a target, whatever word of requirement binds it, where its sentence names no regulated party."""
    p = party_patterns()
    return unit in ("%", "‰") and bool(p["own_aggregate"].search(text, sentence_start, at)) \
        and not p["regulated"].search(text, sentence_start, at)


@functools.cache
def party_patterns() -> dict:
    """rules/targets.yaml laid_on_each, compiled once."""
    cfg, alt = rules.load("targets")["laid_on_each"], rules.alternation
    return {"per_party": regex.compile(rf"(?:{alt(cfg['per_party'])})|(?<=\p{{Han}})各(?:{alt(cfg['each_verbs'])})"),
            "obligation": regex.compile(rf"(?<!{alt(cfg['not_obligation_after'])})(?:{alt(cfg['obligation'])})"
                                        rf"(?!{alt(cfg['not_obligation_before'])})"),
            "plan_obligation": regex.compile(rf"(?:{alt(cfg['plan_obligation'])})(?!{alt(cfg['not_obligation_before'])})"),
            "bounds": regex.compile(alt(cfg["bounds"])),
            "tier": regex.compile(rf"[ ]*(?P<tier>[^,;:。]*?\d[^,;:。]*?(?:{alt(cfg['tier_ends'])}))的?[ ]*(?:{alt(cfg['bounds'])})"),
            "regulated": regex.compile(alt(cfg["regulated"])),
            "installing": frozenset(cfg["installing_verbs"]),
            "own_aggregate": regex.compile(rf"{alt(cfg['own_aggregate'])}|{cfg['own_programme']}"),
            "government": regex.compile(rf"(?:{alt(cfg['government'])}|(?:{alt(cfg['government_level_after'])})"
                                        rf"(?:{alt(cfg['government_levels'])})|(?:{alt(cfg['government_levels'])})"
                                        rf"(?={alt(cfg['government_level_before'])}))"
                                        rf"(?!{alt(cfg['government_not_before'])})"),
            "plan_voice": regex.compile(alt(cfg["plan_voice"])),
            "schedule": regex.compile(cfg["schedule"]),
            "name_filler": regex.compile(cfg["name_filler"]),
            # (a beneficiary of rules/parameters.yaml beneficiary_markers, 每人, 每户, or a step of a count, 每满)
            "granted_each": regex.compile(rules.alternation(rules.load("parameters")["beneficiary_markers"] + cfg["granted_each_steps"])),
            "raised_object": regex.compile(cfg["raised_object"]),
            "grant_cap": regex.compile(cfg["grant_cap"]),
            "grant_cap_not": regex.compile(cfg["grant_cap_not"]),
            # (the cap word in an indicator read through it: 出资金额最高可达注册资本)
            "grant_cap_word": regex.compile("|".join(map(regex.escape, cfg["grant_cap_words_in_name"]))),
            # (an item's label opening the case: 八、年满65周岁不满70周岁的)
            "label": regex.compile(rf"^\s*{rules.load('targets')['outline_label']}\s*")}
