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
    """The pattern under `re` when it is plain (twice as fast here), else under `regex`
    (for \\p{Han}, variable-width lookbehind and other extensions); behind a test for a word it
    cannot match without when it has one (pattern_literals)."""
    try:
        compiled = re.compile(pattern, flags)
    except re.error:
        compiled = regex.compile(pattern, flags)
    return prefiltered(compiled)


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
