"""A pattern's required text, and a pattern that looks for it before running.

Both regex engines find a pattern that opens with fixed text by searching for that text; one that
opens with a class or a group (`(?:(?<=\\))|\\s+)\\(?\\s*[\\p{Han}]{1,12}…号`) is tried at every
character of the string, though most strings cannot hold a match because a word the pattern
cannot do without (号) is not in them. `str.__contains__` finds that out in a few nanoseconds per
character. The words are read from the pattern itself when it is compiled (re's parser; \\p{…}
read as a class), so a rule in rules/*.yaml needs no list of its own.

A word is required when every match contains it: fixed text in sequence, a group or a
repetition of at least one that requires it, or one word of each branch of an alternation (then
one of them is required). Nothing is read from lookarounds (a lookbehind reads before the part of
the string a caller names), optional parts or conditionals, nor from a pattern that ignores case.
"""
from __future__ import annotations

import re
from re import _constants as C  # noqa: N812  (re's parser's opcodes, Python 3.11-3.12)
from re import _parser

import regex

_REGEX_V1 = regex.VERSION1

_PROPERTY = re.compile(r"\\[pP]\{[^}]*\}|\\[pP][A-Za-z]")
# The flags both libraries give the same meaning that change how a pattern reads.
_READING = re.MULTILINE | re.DOTALL | re.VERBOSE

# What `regex` reads otherwise than re does without an error: POSIX classes ([[:alpha:]] is a set and a
# `]` to re), set operations (V1), fuzzy matching (`{e<=1}`, `{e}`, `{1i+1d<=2}`, `{e:[a-z]}`: literal text to re).
# A pattern holding any of them is not read.
_READ_OTHERWISE = re.compile(r"\[:|\(\?V1|\{[^}]*[eids][<=+:,}]")

# More required words than this in one clause cost more to test than they save.
MOST_WORDS = 3


def required_words(pattern: str, flags: int = 0) -> list[tuple[str, ...]]:
    """What every match of the pattern contains, as clauses: each a tuple of words one of which
    is in every match. [] when nothing is known (or the pattern cannot be read)."""
    tree = _parsed(pattern, flags)
    return [] if tree is None else _sequence(tree.data)


def one_required(compiled) -> tuple[str, ...] | None:
    """The fewest words one of which every match of the compiled pattern contains (the longest shortest
    word of those), or None when nothing is known."""
    clauses = required_words(compiled.pattern, int(compiled.flags)) if isinstance(compiled.pattern, str) else []
    return _best(clauses) if clauses else None


def lines_holding(text: str, words: tuple[str, ...], stop: int) -> list[int]:
    """Where each line of text[:stop] that holds one of `words` starts, in order: the lines a pattern
    requiring one of them can match (one string search per word, not a test of every line)."""
    starts: set[int] = set()
    for word in words:
        at = text.find(word, 0, stop)
        while at >= 0:
            starts.add(text.rfind("\n", 0, at) + 1)
            line_end = text.find("\n", at, stop)
            at = -1 if line_end < 0 else text.find(word, line_end, stop)
    return sorted(starts)


def _parsed(pattern: str, flags: int):
    """re's parse of the pattern (\\p{…} read as \\w), None if it ignores case or re cannot read it."""
    if flags & re.IGNORECASE:
        return None
    try:
        tree = _parser.parse(_PROPERTY.sub(r"\\w", pattern), flags & _READING)
    except Exception:  # noqa: BLE001  (regex's own syntax re cannot read: nothing is known)
        return None
    return None if tree.state.flags & re.IGNORECASE else tree


def _items(sub) -> list:
    return sub.data if hasattr(sub, "data") else sub


def _sequence(items) -> list[tuple[str, ...]]:
    clauses: list[tuple[str, ...]] = []
    run: list[str] = []
    for op, av in items:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        if run:
            clauses.append(("".join(run),))
            run = []
        if op is C.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                return clauses
            clauses += _sequence(_items(av[3]))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            if av[0] >= 1:
                clauses += _sequence(_items(av[2]))
        elif op is C.ATOMIC_GROUP:
            clauses += _sequence(_items(av))
        elif op is C.BRANCH:
            words: list[str] = []
            for branch in av[1]:
                branch_clauses = _sequence(_items(branch))
                if not branch_clauses:
                    words = []
                    break
                words += _best(branch_clauses)
            if words:
                clauses.append(tuple(dict.fromkeys(words)))
    if run:
        clauses.append(("".join(run),))
    return clauses


def _best(clauses: list[tuple[str, ...]]) -> tuple[str, ...]:
    """The clause that says most: fewest words, then the longest shortest word."""
    return min(clauses, key=lambda clause: (len(clause), -min(map(len, clause))))


def _opening(items):
    """The items with the groups that open them unwrapped: what a match starts with."""
    while items and items[0][0] is C.SUBPATTERN:
        items = _items(items[0][1][3])
    return items


def _engine_finds_start(tree) -> bool:
    """Whether the engines need no help to find where a match may start: the pattern is anchored
    at the string's start (tried once), or opens with fixed text or one of a few texts or
    characters (`补贴`, `(?:以上|上述)`, `[,;。]`), which they search for."""
    items = _opening(tree.data)
    if not items:
        return True
    op, av = items[0]
    if op is C.AT:
        return av in (C.AT_BEGINNING_STRING, C.AT_BEGINNING) and not tree.state.flags & re.MULTILINE
    return _opens_with_text(items)


def _opens_with_text(items) -> bool:
    items = _opening(items)
    if not items:
        return False
    op, av = items[0]
    if op is C.BRANCH:
        return all(_opens_with_text(_items(branch)) for branch in av[1])
    return op is C.LITERAL or op is C.IN and all(kind in (C.LITERAL, C.RANGE) for kind, _ in av)


def _offsets(args: tuple) -> bool:
    """Whether pos (and endpos) are offsets str.find reads as the engines do (ints, not negative)."""
    pos = args[0]
    if type(pos) is not int or pos < 0:
        return False
    return len(args) == 1 or (type(args[1]) is int and args[1] >= 0)


def _none() -> None:
    return None


def _no_matches():
    return iter(())


class Prefiltered:
    """A compiled pattern that answers "no match" without running when a required word is
    missing from the string (a match would contain it); otherwise the pattern's own answer.
    A search of a part of the string (pos, endpos, given by position or by name) looks for the words in
    that part; a match at one place (match, fullmatch: the engine tries one place only, and a wrapper in
    front of the 140,000 such calls over the dev sets cost 2% of the stages) is the pattern's own method,
    and a call with another engine's option (regex's `overlapped`, `timeout`) gets the pattern's own answer,
    that call only: no call changes how the next is answered.
    Everything else is the pattern's."""

    __slots__ = ("compiled", "words", "pattern", "flags", "groups", "groupindex",
                 "search", "match", "fullmatch", "finditer", "findall")

    def __init__(self, compiled, words: tuple[str, ...]):
        self.compiled = compiled
        self.words = words
        self.pattern, self.flags = compiled.pattern, compiled.flags
        self.groups, self.groupindex = compiled.groups, compiled.groupindex
        self.match, self.fullmatch = compiled.match, compiled.fullmatch
        for name, empty in (("search", _none), ("finditer", _no_matches), ("findall", list)):
            setattr(self, name, self._filtered(getattr(compiled, name), name, empty))

    def _filtered(self, run, name: str, empty):
        words = self.words
        # (the commonest calls, a whole string or a part given by position, are tested first: this
        # wrapper runs some 200 times per notice)

        def filtered(string, *args, **kwargs):
            if kwargs:
                if kwargs.keys() <= {"pos", "endpos"} and len(args) + len(kwargs) <= 2 and not (args and "pos" in kwargs):
                    pos = args[0] if args else kwargs.get("pos", 0)
                    args, kwargs = ((pos, kwargs["endpos"]) if "endpos" in kwargs else (pos,)), {}
                else:
                    return run(string, *args, **kwargs)
            if not args:
                for word in words:
                    if word in string:
                        return run(string)
                return empty()
            if len(args) > 2 or not _offsets(args):
                return run(string, *args)
            for word in words:  # a search of the part of the string between pos and endpos
                if string.find(word, *args) >= 0:
                    return run(string, *args)
            return empty()
        return filtered

    def _absent(self, string) -> bool:
        for word in self.words:
            if word in string:
                return False
        return True

    def sub(self, repl, string, *args, **kwargs):
        return string if self._absent(string) else self.compiled.sub(repl, string, *args, **kwargs)

    def subn(self, repl, string, *args, **kwargs):
        return (string, 0) if self._absent(string) else self.compiled.subn(repl, string, *args, **kwargs)

    def split(self, string, *args, **kwargs):
        return [string] if self._absent(string) else self.compiled.split(string, *args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.compiled, name)

    def __reduce__(self):  # (pickled as the pattern is: its methods are closures over this object)
        return Prefiltered, (self.compiled, self.words)

    def __repr__(self) -> str:
        return f"Prefiltered({self.compiled!r}, {self.words!r})"


def prefiltered(compiled):
    """The compiled pattern behind a test for a word it requires, when it has one (in at most
    MOST_WORDS spellings) and the engines would try it at every character; else the pattern itself."""
    if isinstance(compiled, Prefiltered) or not isinstance(compiled.pattern, str):
        return compiled
    if not isinstance(compiled, re.Pattern) and (compiled.flags & _REGEX_V1 or _READ_OTHERWISE.search(compiled.pattern)):
        return compiled
    tree = _parsed(compiled.pattern, int(compiled.flags))
    if tree is None or _engine_finds_start(tree):
        return compiled
    clauses = [c for c in _sequence(tree.data) if len(c) <= MOST_WORDS]
    return Prefiltered(compiled, _best(clauses)) if clauses else compiled


def sentence_scan(compiled) -> tuple[str, tuple[str, ...]] | None:
    """For a pattern every match of which starts at the string's start or right after one of a few characters (it
    opens with `(?:^|(?<=[。;\\n]))`) and holds, before any of those, one of a few literal words (`(?:本|以上|上述|此)`
    after optional spaces and a label): those characters and words, from which matches_at_words finds its matches
    without trying the pattern at every character; else None."""
    if not isinstance(compiled.pattern, str):
        return None
    if not isinstance(compiled, re.Pattern) and (compiled.flags & _REGEX_V1 or _READ_OTHERWISE.search(compiled.pattern)):
        return None
    tree = _parsed(compiled.pattern, int(compiled.flags))
    if tree is None or tree.state.flags & re.MULTILINE or not tree.data or tree.data[0][0] is not C.BRANCH:
        return None
    boundary: set[str] = set()
    for branch in tree.data[0][1][1]:
        branch = _items(branch)
        if len(branch) != 1:
            return None
        op, av = branch[0]
        if op is C.AT and av in (C.AT_BEGINNING, C.AT_BEGINNING_STRING):
            continue
        if op is not C.ASSERT or av[0] != -1:  # a lookbehind of characters
            return None
        behind = _items(av[1])
        if len(behind) == 1 and behind[0][0] is C.LITERAL:
            boundary.add(chr(behind[0][1]))
        elif len(behind) == 1 and behind[0][0] is C.IN and all(kind is C.LITERAL for kind, _ in behind[0][1]):
            boundary.update(chr(code) for _, code in behind[0][1])
        else:
            return None
    if not boundary:
        return None
    for op, av in tree.data[1:]:
        words = _literal_words(op, av)
        if words is not None:
            if any(not word or not boundary.isdisjoint(word) for word in words):
                return None
            return "".join(sorted(boundary)), words
        if not _consumes_none_of([(op, av)], boundary):
            return None
    return None


def _literal_words(op, av) -> tuple[str, ...] | None:
    """The words a literal run or an alternation of literal words matches, else None."""
    if op is C.LITERAL:
        return (chr(av),)
    if op is C.IN and all(kind is C.LITERAL for kind, _ in av):
        return tuple(chr(code) for _, code in av)
    if op is C.SUBPATTERN and not av[1] & re.IGNORECASE and len(_items(av[3])) == 1:
        return _literal_words(*_items(av[3])[0])
    if op is C.BRANCH:
        words = []
        for branch in av[1]:
            branch = _items(branch)
            if not branch or any(kind is not C.LITERAL for kind, _ in branch):
                return None
            words.append("".join(chr(code) for _, code in branch))
        return tuple(words)
    return None


def _consumes_none_of(items, chars: set[str]) -> bool:
    """Whether the items can match none of `chars` (False when not known)."""
    for op, av in items:
        if op is C.LITERAL:
            if chr(av) in chars:
                return False
        elif op is C.IN:
            for kind, value in av:
                if kind is C.LITERAL:
                    if chr(value) in chars:
                        return False
                elif kind is C.RANGE:
                    if any(value[0] <= ord(c) <= value[1] for c in chars):
                        return False
                else:  # a category, a negated set: may hold anything
                    return False
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            if not _consumes_none_of(_items(av[2]), chars):
                return False
        elif op is C.SUBPATTERN:
            if av[1] & re.IGNORECASE or not _consumes_none_of(_items(av[3]), chars):
                return False
        elif op is C.ATOMIC_GROUP:
            if not _consumes_none_of(_items(av), chars):
                return False
        elif op is C.BRANCH:
            if not all(_consumes_none_of(_items(branch), chars) for branch in av[1]):
                return False
        elif op not in (C.ASSERT, C.ASSERT_NOT, C.AT):  # (lookarounds and anchors hold no character)
            return False
    return True


def matches_at_words(compiled, scan: tuple[str, tuple[str, ...]], text: str, lo: int, hi: int) -> list:
    """What compiled.finditer(text, lo, hi) finds, for a pattern `scan` describes (sentence_scan): a match starts where
    the last of the boundary characters before one of the words leaves off, so the pattern is tried only there, once
    each, in order, none inside the match before it."""
    boundary, words = scan
    starts = set()
    for word in words:
        at = text.find(word, lo, hi)
        while at >= 0:
            start = max(text.rfind(char, 0, at) for char in boundary) + 1
            if start >= lo:
                starts.add(start)
            at = text.find(word, at + 1, hi)
    found = []
    end = lo
    for start in sorted(starts):
        if start < end:
            continue
        m = compiled.match(text, start, hi)
        if m is not None:
            found.append(m)
            end = m.end() if m.end() > start else start + 1
    return found
