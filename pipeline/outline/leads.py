"""Lead lines that lost their labels: a short line ending in a colon (`所需资料:`, `注意事项:`) over a list that
starts at `1.`, then another such line over a list that starts at `1.` again, under one item. Each names the
list under it, as a label would: the list restarts because its lead is an item of its own (CONVENTIONS Outline,
lost labels), not because it nests under the last item of the list before it."""
from __future__ import annotations

from .labels import read_label
from .lines import Line
from .patterns import patterns


def lead_lines(lines: list[Line]) -> dict[int, tuple[int, str]]:
    """Line index -> the lead's ordinal in its run (1, 2, …) and its list's style, for runs of at least two leads: each lead's list
    opens at 1 in one style, and what stands between two leads is that list (in sequence), the lists it opens
    and paragraphs; a label of another list (the item above's next) ends the run."""
    leads: dict[int, tuple[int, str]] = {}
    i = 0
    while i < len(lines):
        style = _list_under(lines, i)
        if style is None:
            i += 1
            continue
        run, k, last, opened = [i], i + 2, 1, set()
        while k < len(lines):
            if _list_under(lines, k) == style:
                run.append(k)
                last, opened, k = 1, set(), k + 2
                continue
            label = read_label(lines[k].text)
            if label is not None:
                if label.style == style:
                    if label.ordinal != last + 1:
                        break
                    last, opened = label.ordinal, set()
                elif label.style not in opened:
                    if label.ordinal != 1:
                        break
                    opened.add(label.style)
            k += 1
        if len(run) >= 2:
            leads.update({j: (n, style) for n, j in enumerate(run, 1)})
        i = run[-1] + 1
    return leads


def _list_under(lines: list[Line], i: int) -> str | None:
    """The style of the list a lead line at i opens (the next line's label, numbered 1), or None."""
    text = lines[i].text.strip()
    if i + 1 >= len(lines) or not patterns()["lead_line"].fullmatch(text) or read_label(text) is not None:
        return None
    label = read_label(lines[i + 1].text)
    return label.style if label is not None and label.ordinal == 1 else None
