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


def unlabelled_headings(lines: list[Line]) -> dict[int, int]:
    """Line index -> ordinal of the level-1 headings of a page that lost their labels (`总体要求`, `重点整治内容`, …
    alone on their lines, rules/outline.yaml unlabelled_heading): the body's top level where no label stands before
    the first, what stands between two of them is paragraphs and the lists opening under each (in sequence), and
    enough of them head a list. The run ends at a label that neither goes on with a list opened under its heading nor
    opens one at 1."""
    rules = patterns()
    standing = [i for i in range(1, len(lines) - 1) if _heading_alone(lines, i)]
    if len(standing) < 2 or any(read_label(line.text) is not None for line in lines[:standing[0]]):
        return {}
    at = set(standing)
    run, lists, opened = [standing[0]], 0, []  # opened: [style, last ordinal] of the lists under the heading
    for k in range(standing[0] + 1, len(lines)):
        if k in at:
            run.append(k)
            lists, opened = lists + bool(opened), []
            continue
        label = read_label(lines[k].text)
        if label is not None and not _goes_on(opened, label.style, label.ordinal):
            break
    lists += bool(opened)
    return {j: n for n, j in enumerate(run, 1)} if lists >= rules["unlabelled_heading_min_lists"] else {}


def _heading_alone(lines: list[Line], i: int) -> bool:
    """A short line of words alone after a sentence's end, over prose or a list opening at 1."""
    rules = patterns()
    text = lines[i].text.strip()
    if not rules["unlabelled_heading"].fullmatch(text) or read_label(text) is not None:
        return False
    if not rules["unlabelled_heading_after"].search(lines[i - 1].text):
        return False
    after = lines[i + 1].text.strip()
    label = read_label(after)
    return label.ordinal == 1 if label is not None else bool(rules["unlabelled_heading_prose"].search(after))


def _goes_on(opened: list[list], style: str, ordinal: int) -> bool:
    """Whether a label goes on with the lists under a heading (the next in one, a list restarting under an item of
    one above it), opening a list at 1; `opened` is updated."""
    for depth, (seen, last) in enumerate(opened):
        if seen == style:
            if ordinal != last + 1 and not (ordinal == 1 and depth > 0):
                return False
            del opened[depth + 1:]
            opened[depth][1] = ordinal
            return True
    if ordinal != 1:
        return False
    opened.append([style, 1])
    return True
