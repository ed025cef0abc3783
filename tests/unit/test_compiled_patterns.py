"""Patterns compiled from the per-machine file (pipeline/compiled_patterns.py) are the patterns
compiled anew: same groups, flags and matches; a file others may write, or garbage, is ignored."""
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# re and regex patterns of the kinds the rules write: named groups, flags, lookbehind, \p{Han},
# variable-width lookbehind (regex only), a long alternation
PROGRAM = r"""
import json, re, sys
import regex
from pipeline import compiled_patterns
compiled_patterns.install()
known = {k: len(v) for k, v in compiled_patterns._CACHE.known.items()}
texts = ["到2025年,人均预期寿命达到79岁", "孕产妇死亡率控制在10/10万以下。", "ABC abc 第三章 总则", "普通门诊 联网"]
patterns = [
    re.compile(r"(?P<year>(?:19|20)\d{2})\s*年"), re.compile(r"达到(?P<value>\d+)(?P<unit>岁|%)"),
    re.compile(r"abc", re.I), re.compile(r"(?<!\d)\d+/10万"), re.compile("|".join(f"第{c}章" for c in "一二三四五六七八九十")),
    regex.compile(r"(?<=\p{Han})\s+(?=\p{Han})"), regex.compile(r"(?<=达到|控制在)\d+"),
    regex.compile(r"(?P<n>\d+)(?:岁|万)", regex.V1), regex.compile(r"ABC", regex.IGNORECASE),
]
found = [[p.pattern, p.flags, dict(p.groupindex), [[m.span(), m.groupdict()] for t in texts for m in p.finditer(t)],
          [p.sub("#", t) for t in texts]] for p in patterns]
print(json.dumps({"known": known, "found": found}, ensure_ascii=False))
"""


def _run(tmp: Path) -> dict:
    env = {**os.environ, "TMPDIR": str(tmp), "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", PROGRAM], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def _file(tmp: Path) -> Path:
    (path,) = tmp.glob("policy-extract-patterns-*.marshal")
    return path


def test_patterns_from_the_file_match_as_compiled_ones(tmp_path):
    cold = _run(tmp_path)
    assert cold["known"] == {"re": 0, "regex": 0}
    warm = _run(tmp_path)  # every pattern now from the file
    assert warm["known"]["re"] >= 5 and warm["known"]["regex"] >= 4
    assert warm["found"] == cold["found"]


def test_a_file_others_may_write_is_not_read(tmp_path):
    _run(tmp_path)
    _file(tmp_path).chmod(0o666)
    assert _run(tmp_path)["known"] == {"re": 0, "regex": 0}


def test_a_damaged_file_is_not_read(tmp_path):
    cold = _run(tmp_path)
    path = _file(tmp_path)
    path.write_bytes(path.read_bytes()[:1000])
    again = _run(tmp_path)
    assert again["known"] == {"re": 0, "regex": 0}
    assert again["found"] == cold["found"]


def test_a_full_table_keeps_only_what_its_process_compiled(tmp_path, monkeypatch):
    from pipeline import compiled_patterns as cp

    monkeypatch.setattr(cp, "_CACHE", cp._Cache(tmp_path / "patterns.marshal"))
    monkeypatch.setattr(cp, "_MOST", 3)
    for n in range(3):  # patterns of rules since changed, read from the file
        cp._CACHE.known["re"][(f"old{n}", 0)] = (0, b"", 0, {}, ())
    cp._CACHE.used["re"].add(("old0", 0))  # (one of them compiled by this process)
    cp._keep("re", ("new", 0), (0, [1, 2], 0, {}, ()))
    assert set(cp._CACHE.known["re"]) == {("old0", 0), ("new", 0)}

