"""Quantities written as one list (x、y和z以下, A、B和C分别…x、y和z): bound words, indicators
and dates distributed over the members."""
from __future__ import annotations

from dataclasses import replace

from ..document import Document
from .context import Found
from .deadline_index import deadline_index
from .indicator_members import split_conjoined
from .patterns import config


def groups(text: str, found: list[Found]) -> list[list[Found]]:
    """Runs of quantities written as one list (9.5/10万、6.5‰和8‰)."""
    groups: list[list[Found]] = []
    for f in found:
        if groups and not text[groups[-1][-1].quantity.end:f.quantity.start].strip(" 、和及与"):
            groups[-1].append(f)
        else:
            groups.append([f])
    return groups


def share_group_bounds(text: str, found: list[Found]) -> None:
    """x、y和z以下: a bound word after the last of a list applies to every member; and 1.28万亿、1.18万亿、
    8200亿元: the measure written after the last applies to members written with a bare magnitude."""
    magnitudes = sorted(config()["magnitudes"], key=len, reverse=True)
    for group in groups(text, found):
        last = group[-1].quantity
        magnitude = next((m for m in magnitudes if last.unit.startswith(m)), "")
        measure = last.unit[len(magnitude):] if magnitude and last.unit != magnitude else ""
        for f in group[:-1]:
            if f.quantity.comparator is None and last.post:
                f.quantity = replace(f.quantity, post=last.post)
            if measure and f.quantity.unit in magnitudes:
                f.quantity = replace(f.quantity, unit=f.quantity.unit + measure)


def pair_group_deadlines(doc: Document, found: list[Found], s: int) -> None:
    """在2024年、2025年和2026年分别达到60%、80%和100%: the n-th date goes with the n-th value. The dates
    may open an earlier clause of the sentence (2026年、2027年虚拟电厂数字化水平持续提升,可调能力分别达到160万千瓦、
    220万千瓦, fourth plan_0026): then they are the last ones before it, written as one list."""
    text, usable = doc.text, deadline_index(doc).usable
    for group in groups(text, found):
        first = group[0]
        if len(group) < 2 or "分别" not in text[first.clause_start:first.quantity.start]:
            continue
        dates = usable.starting_in(first.clause_start, first.quantity.start)
        if not dates:
            dates = usable.starting_in(s, first.clause_start)[-len(group):]
            if any(text[a.char_end:b.char_start].strip(" 、和及与") for a, b in zip(dates, dates[1:])):
                continue
        if len(dates) == len(group):
            for f, d in zip(group, dates):
                f.context.deadline = d.date


def pair_groups(text: str, found: list[Found]) -> None:
    """A、B和C分别…x、y和z: the n-th indicator goes with the n-th value."""
    for group in groups(text, found):
        first = group[0].context
        if len(group) < 2 or any(f.context.indicators != first.indicators for f in group[1:]):
            continue
        indicators = first.indicators
        if len(indicators) != len(group) and first.subject:
            forced = split_conjoined(first.subject, force=True)
            indicators = forced if len(forced) == len(group) else [first.subject]
        for i, f in enumerate(group):
            f.context.indicators = [indicators[i]] if len(indicators) == len(group) else indicators[:1]
