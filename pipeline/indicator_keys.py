"""Canonical names: `indicator_key` on targets and `name_key` on parameters, so that one
indicator lines up across notices however each words it (docs/SCHEMA.md, "Canonical names").

    全市婴儿死亡率, 婴儿死亡率(‰)                      -> 婴儿死亡率
    首付款比例最低, 最低首付比例                        -> 首付款比例
    首套住房商业性个人住房贷款最低首付款比例调整为不低于    -> 首付款比例(首套)

The rules are data (rules/indicator_keys.yaml): scope words, leftover verbs and bound words
that are cut, qualifiers that are kept, and synonym groups. A name in no group keeps its
cut-down form, so notices that word it alike still meet.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from .document import Document
from .rules import load

# Brackets hold units (%), (万人), abbreviations (PM2.5) and scopes (市、区): none names the
# indicator. An unclosed bracket at either end is what a name cut mid-bracket keeps.
_BRACKETS = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|【[^【】]*】|\([^()]*$|^[^()]*\)")
_QUOTES = re.compile(r"[“”\"'‘’《》〈〉「」『』]")
_EDGE_PUNCT = " ,.;:、,。;:!?-—_/"


@dataclass(frozen=True)
class _Rules:
    scope: tuple[str, ...]
    lead: tuple[str, ...]
    trail: tuple[str, ...]
    bounds: tuple[str, ...]
    qualifiers: tuple[tuple[str, tuple[str, ...]], ...]
    # (member, canonical), longest member first so the most specific wording wins
    members: tuple[tuple[str, str], ...]


def _longest_first(words) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=len, reverse=True))


@functools.cache
def _rules() -> _Rules:
    r = load("indicator_keys")
    members = {}
    for canonical, words in r["groups"].items():
        for word in [canonical, *words]:
            members[_fold(str(word))] = str(canonical)
    return _Rules(
        scope=_longest_first(r["scope_prefixes"]),
        lead=_longest_first(r["lead_words"]),
        trail=_longest_first(r["trail_words"]),
        bounds=_longest_first(r["bound_words"]),
        qualifiers=tuple((str(q), _longest_first(words)) for q, words in r["qualifiers"].items()),
        members=tuple(sorted(members.items(), key=lambda m: len(m[0]), reverse=True)),
    )


def _fold(name: str) -> str:
    """NFKC, no spaces, Latin letters in upper case (gdp = GDP)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name)).upper()


def _strip_words(name: str, words: tuple[str, ...], at_start: bool) -> str:
    changed = True
    # (a name that opens or ends with none of the words, the common case, is told in one call)
    while changed and name and (name.startswith(words) if at_start else name.endswith(words)):
        changed = False
        for w in words:
            if (name.startswith(w) if at_start else name.endswith(w)) and len(name) > len(w):
                name = name[len(w):] if at_start else name[:-len(w)]
                name = name.strip(_EDGE_PUNCT)
                changed = True
                break
    return name


def cut_down(name: str) -> str:
    """The name without brackets, quotes, scope words, leftover verbs and bound words at its
    end; a bound word after the name moved before it."""
    rules = _rules()
    name = _fold(name)
    previous = None
    while previous != name:  # nested brackets come off one level at a time
        previous, name = name, _BRACKETS.sub("", name)
    name = _QUOTES.sub("", name).strip(_EDGE_PUNCT)
    name = _strip_words(name, rules.trail, at_start=False)
    for bound in rules.bounds:
        if name.endswith(bound) and len(name) > len(bound):
            name = bound + name[:-len(bound)]
            break
    name = _strip_words(name, rules.trail, at_start=False)
    name = _strip_words(name, rules.lead + rules.scope, at_start=True)
    return name


def _qualifiers(text: str) -> list[str]:
    found = []
    for canonical, words in _rules().qualifiers:
        for w in words:
            if w in text:
                found.append(canonical)
                text = text.replace(w, "")
                break
    return found


def _only_qualifiers(text: str) -> bool:
    for _, words in _rules().qualifiers:
        for w in words:
            text = text.replace(w, "")
    return not text.strip(_EDGE_PUNCT)


def canonical(name: str | None) -> str | None:
    """The key of an indicator or parameter name; None for a missing or empty name."""
    if name is None or not str(name).strip():
        return None
    cut = cut_down(str(name))
    if not cut:
        return None
    for member, group in _members_in(cut):
        at = cut.rfind(member)
        if at < 0:
            continue
        before, after = cut[:at], cut[at + len(member):]
        if after and not _only_qualifiers(after):
            continue
        quals = _qualifiers(before + after)
        return f"{group}({','.join(quals)})" if quals else group
    return cut


def _members_in(cut: str) -> list[tuple[str, str]]:
    """The synonym group members that may occur in `cut` (those opening with one of its
    characters), in the order of `_Rules.members`: a name is tried against a few of them,
    not every one."""
    by_first = _members_by_first_character()
    return [_rules().members[i] for i in sorted(i for c in {*cut, ""} for i in by_first.get(c, ()))]


@functools.cache
def _members_by_first_character() -> dict[str, tuple[int, ...]]:
    by_first: dict[str, list[int]] = {}
    for i, (member, _) in enumerate(_rules().members):
        by_first.setdefault(member[:1], []).append(i)
    return {c: tuple(indices) for c, indices in by_first.items()}


def assign_keys(doc: Document) -> None:
    """Stage: `indicator_key` for every target, `name_key` for every parameter."""
    for target in doc.targets:
        target.indicator_key = canonical(target.indicator)
    for parameter in getattr(doc, "parameters", ()):
        parameter.name_key = canonical(parameter.name)
