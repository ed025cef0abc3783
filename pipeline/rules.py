"""Rule files: the YAML data under `rules/` that the stages read.

Rules are data so an analyst can extend them without touching code. Each file is read
once per process.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

import regex
import yaml

from .pattern_literals import Prefiltered, prefiltered

# rules/ at the top of the repository (a checkout or an editable install); an installed
# package carries the same files as pipeline/rules_data (pyproject.toml).
_CHECKOUT_RULES = Path(__file__).resolve().parent.parent / "rules"
RULES_DIR = _CHECKOUT_RULES if _CHECKOUT_RULES.is_dir() else Path(__file__).resolve().parent / "rules_data"


@functools.cache
def load(name: str) -> Any:
    """Parsed content of `rules/<name>.yaml`."""
    with open(RULES_DIR / f"{name}.yaml", encoding="utf-8") as f:
        return parse_yaml(f.read())


# libyaml's parser when PyYAML was built with it: ten times faster than the pure-Python one.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str) -> Any:
    return yaml.load(text, Loader=_LOADER)


def compile_pattern(pattern: str, flags: int = 0) -> re.Pattern | regex.Pattern | Prefiltered:
    """The pattern under `re` when it is plain (twice as fast here) or plain but for \\p{Han} (written out: below),
    else under `regex` (for variable-width lookbehind and other extensions); behind a test for a word it cannot
    match without when it has one (pattern_literals)."""
    try:
        compiled = re.compile(pattern, flags)
    except re.error:
        compiled = None
        han = han_written_out(pattern) if "\\p{Han}" in pattern and not flags & re.IGNORECASE else None
        if han is not None:
            try:
                compiled = re.compile(han, flags)
                WRITTEN_OUT[(pattern, flags)] = compiled
            except re.error:
                pass
        if compiled is None:
            compiled = regex.compile(pattern, flags)
    return prefiltered(compiled)


# The code points regex reads \p{Han} as (the Han script: 々, 〇, the radicals, the unified ideographs and their
# extensions; tests/unit/test_han_written_out.py checks them against regex's own). A pattern that needs regex only for
# \p{Han} runs under re with them written out: re skips to the characters an alternation of words opens with, where
# regex tries every place (the parameters' name heads over tests/real/corpus: 16.5 -> 5.2 ms), and the matches are
# the same.
HAN_RANGES = ((0x2E80, 0x2E99), (0x2E9B, 0x2EF3), (0x2F00, 0x2FD5), (0x3005, 0x3005), (0x3007, 0x3007),
              (0x3021, 0x3029), (0x3038, 0x303B), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFA6D),
              (0xFA70, 0xFAD9), (0x16FE2, 0x16FE3), (0x16FF0, 0x16FF6), (0x20000, 0x2A6DF), (0x2A700, 0x2B81E),
              (0x2B820, 0x2CEAD), (0x2CEB0, 0x2EBE0), (0x2EBF0, 0x2EE5D), (0x2F800, 0x2FA1D), (0x30000, 0x3134A),
              (0x31350, 0x33479))
# (the patterns so compiled, by their rule's text: tests/unit/test_han_written_out.py compares them with regex's)
WRITTEN_OUT: dict[tuple[str, int], re.Pattern] = {}
_HAN = "".join(f"\\U{a:08x}" + (f"-\\U{b:08x}" if b != a else "") for a, b in HAN_RANGES)


def han_written_out(pattern: str) -> str | None:
    """The pattern with each \\p{Han} written out as its code points (a set of its own, or inside the set it stands
    in), or None when it uses another property or a negated one (left to regex)."""
    out, i, in_set = [], 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            if pattern.startswith("\\p{Han}", i):
                out.append(_HAN if in_set else f"[{_HAN}]")
                i += len("\\p{Han}")
                continue
            if pattern[i + 1:i + 2] in ("p", "P", "X"):
                return None
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_set:
            if c == "[":
                return None  # (a nested set: regex's V1 reads it otherwise)
            in_set = c != "]"
        elif c == "[":
            in_set = True
            out.append(c)
            i += 1
            if pattern[i:i + 1] == "^":
                out.append("^")
                i += 1
            if pattern[i:i + 1] == "]":  # (a ] right after the opening is the set's own character)
                out.append("]")
                i += 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


def written_out(pattern: str, definitions: dict[str, str]) -> str:
    """The pattern with each `{name}` of `definitions` written out as a group: a form defined once in a rule file and
    referenced by name elsewhere (a label style, `{number_sign}`). A quantifier's braces (`{1,2}`) name nothing."""
    return re.sub(r"\{(\w+)\}", lambda m: f"(?:{definitions[m[1]]})" if m[1] in definitions else m[0], pattern)


def alternation(words: list[str]) -> str:
    """The alternation of `words` (below), built once per list: some readers build their pattern for every quantity."""
    return _alternation(tuple(words))


@functools.cache
def _alternation(words: tuple[str, ...]) -> str:
    """A regex alternation of literal words, longest first so the longest one wins (ties in
    code-point order, so the pattern is the same in every process).

    Words that open with the same character are one branch, that character and their rests
    (不低于|不超过|大于 as 不(?:低于|超过)|大于): both engines try every branch at every place they
    look, and a list of sixty words was sixty tries at each of them (a scan of a notice for a
    unit list's closing words took three times as long). The words that can match at a place
    are tried in the same order as before, so every match is the same; words whose openings
    differ only in case are written one by one (a pattern may ignore case)."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    branches: dict[str, list[str]] = {}
    for w in ordered:
        branches.setdefault(w[:1], []).append(w[1:])
    if len({c.casefold() for c in branches}) < len(branches) or any(c.lower() != c.casefold() for c in branches):
        return "|".join(regex.escape(w) for w in ordered)
    return "|".join(regex.escape(first + rests[0]) if len(rests) == 1
                    else regex.escape(first) + "(?:" + "|".join(regex.escape(rest) for rest in rests) + ")"
                    for first, rests in branches.items())


class AnyOf:
    """Patterns searched one by one, answering as their alternation would: the leftmost match, the earliest pattern's
    where two start together. The engines try every branch of an alternation at every character, and each pattern
    alone opens with text they search for, is anchored, or gets its own prefilter (metadata's chrome: the line test 2x
    faster); a line that holds none, nearly every line, is searched once by each."""

    def __init__(self, patterns: list[str]):
        self.parts = tuple(compile_pattern(p) for p in patterns)

    def search(self, string: str):
        best = None
        for part in self.parts:
            m = part.search(string)
            if m and (best is None or m.start() < best.start()):
                best = m
                if best.start() == 0:
                    break  # none starts further left; an earlier pattern starting here would have been kept
        return best
