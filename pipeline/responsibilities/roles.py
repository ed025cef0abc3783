"""Roles: lead, support or joint, from a list's own words (牵头, a name's mark), the notice's
first-is-lead convention, or a lead singled out in another list of the same task."""
from __future__ import annotations

from ..document import Responsibility
from .lists import Group


def assign_roles(group: Group, lead_first: bool, lead_sep: str | None = None) -> None:
    """Roles from the list's own words, else from the notice's convention: the first unit leads, or, where the
    convention says the lead part ends at a separator (`lead_sep`: 逗号前为牵头单位), every unit before its first one
    in the list (all of them in a list that writes none)."""
    items = group.items
    for item in items:
        if item.own_role:
            item.role = item.own_role  # 市发展改革委(牵头): the name's own mark wins
    if any(i.role == "lead" for i in items):
        for item in items:
            if item.role != "lead":
                item.role = "support"
        return
    if group.joint:
        # (A、B按职责分工负责,各市、县人民政府负责落实): the units a closing word of no role closes in a clause of
        # their own answer as 负责 alone does, not by the duties the other clause divides
        for item in items:
            if item.role is None and not item.closed:
                item.role = "joint"
        return
    if lead_first and items:
        cut = group.first_seps.get(lead_sep, float("inf")) if lead_sep else None
        for n, item in enumerate(items):
            if item.role is None:
                item.role = "lead" if (n == 0 if cut is None else item.start < cut) else "support"
        return
    if group.answerable and any(i.role == "support" for i in items):
        # (A负责,B配合): A leads those that support it; (A、B负责,C配合): A and B answer jointly,
        # as with 分工负责 (docs/CONVENTIONS.md, "Units")
        role = "lead" if len(group.answerable) == 1 else "joint"
        for item in group.answerable:
            if item.role is None:
                item.role = role


def support_beside_lead(rows: list[Responsibility], text: str, implied: set[int]) -> None:
    """A task naming its lead in one list (牵头单位:A) and other units in the list beside it
    (责任单位:B、C) has B and C support A: the lead was singled out from them; so do the units a
    standing rule adds (`implied`, indices into rows). A list after another sentence of the task
    is its own ((…指导) closing a later paragraph, govcn_0051)."""
    leads: dict[str, list[Responsibility]] = {}
    for r in rows:
        if r.role == "lead" and r.task_path is not None:
            leads.setdefault(r.task_path, []).append(r)
    for i, r in enumerate(rows):
        if r.role is None and any(i in implied or "。" not in text[min(r.char_end, lead.char_end):
                                                                   max(r.char_start, lead.char_start)]
                                  for lead in leads.get(r.task_path, [])):
            r.role = "support"
