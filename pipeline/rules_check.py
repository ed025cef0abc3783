"""Rules files checked before a run reads any notice: a typo or a wrong type in
`rules/*.yaml` is named with its file, key and what was expected, instead of failing every
file one by one.

`rules/shapes.yaml` records the type of each top-level key (`python -m pipeline
check-rules --record` rewrites it after a deliberate change). A key missing, of another
type or not recorded is an error (an unrecorded key that looks like a misspelt known one
is named with it); every string under a key whose name holds `pattern` must compile as a
regular expression.
"""
from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any

import yaml

from . import rules

SHAPES = "shapes.yaml"


def describe(value: Any) -> str:
    """The type of a rules value: int, float, str, bool, null, dict, list[T] or list."""
    if isinstance(value, bool):
        return "bool"
    for kind, name in ((int, "int"), (float, "float"), (str, "str"), (dict, "dict")):
        if isinstance(value, kind):
            return name
    if value is None:
        return "null"
    if isinstance(value, list):
        kinds = {describe(v).split("[")[0] for v in value}
        return f"list[{kinds.pop()}]" if len(kinds) == 1 else "list"
    return type(value).__name__


def _fits(actual: str, expected: str) -> bool:
    if actual == expected or (expected, actual) in (("float", "int"), ("list[float]", "list[int]")):
        return True
    return (expected == "list" and actual.startswith("list")) or (actual == "list" and expected.startswith("list"))


def check_rules(folder: Path | None = None) -> list[str]:
    """Every problem found in the rules files of `folder` (rules/ by default)."""
    folder = folder or rules.RULES_DIR
    problems: list[str] = []
    try:
        shapes = rules.parse_yaml((folder / SHAPES).read_text("utf-8")) or {}
    except (OSError, yaml.YAMLError):
        shapes = {}
    for path in sorted(folder.glob("*.yaml")):
        if path.name == SHAPES:
            continue
        where = f"rules/{path.name}"
        try:
            content = rules.parse_yaml(path.read_text("utf-8"))
        except yaml.YAMLError as e:
            mark = getattr(e, "problem_mark", None)
            line = f" line {mark.line + 1}" if mark else ""
            problems.append(f"{where}{line}: not valid YAML ({getattr(e, 'problem', None) or e})")
            continue
        expected: dict[str, str] = shapes.get(path.stem) or {}
        if not isinstance(content, dict):
            if expected:
                problems.append(f"{where}: holds {describe(content)}, expected a mapping of keys")
            continue
        for key, kind in expected.items():
            if key not in content:
                problems.append(f"{where}: key '{key}' missing (expected {kind})")
            elif not _fits(describe(content[key]), kind):
                problems.append(f"{where}: key '{key}' is {describe(content[key])}, expected {kind}")
        for key in content:
            if key in expected:
                continue
            close = difflib.get_close_matches(str(key), [k for k in expected if k not in content], n=1, cutoff=0.8)
            hint = f"did you mean '{close[0]}'? expected {expected[close[0]]}" if close else f"not in rules/{SHAPES}"
            problems.append(f"{where}: unknown key '{key}' ({hint})")
        for key, value in content.items():
            if "pattern" in str(key):
                problems.extend(f"{where}: key '{key}': {p}" for p in _bad_patterns(value))
    return problems


def _bad_patterns(value: Any) -> list[str]:
    if isinstance(value, str):
        try:
            rules.compile_pattern(value)
            return []
        except Exception as e:  # re and regex raise their own error types
            return [f"pattern {value!r} does not compile ({e})"]
    if isinstance(value, list):
        return [p for v in value for p in _bad_patterns(v)]
    if isinstance(value, dict):
        return [p for v in value.values() for p in _bad_patterns(v)]
    return []


def record_shapes(folder: Path | None = None) -> None:
    """Write rules/shapes.yaml from the rules files as they are."""
    folder = folder or rules.RULES_DIR
    shapes = {}
    for path in sorted(folder.glob("*.yaml")):
        if path.name != SHAPES:
            content = rules.parse_yaml(path.read_text("utf-8"))
            if isinstance(content, dict):
                shapes[path.stem] = {k: describe(v) for k, v in content.items()}
    header = ("# The type of every top-level key of rules/*.yaml, checked before each run\n"
              "# (pipeline/rules_check.py). After a deliberate change: python -m pipeline check-rules --record\n")
    (folder / SHAPES).write_text(header + yaml.safe_dump(shapes, allow_unicode=True, sort_keys=False), "utf-8")
