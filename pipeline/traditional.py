"""Traditional characters to simplified, for texts written in traditional characters (Hong
Kong, Macao and Taiwan notices, some mirrors), so the rule words (牽頭, 辦公室, 達到) match.

OpenCC's hk2s (Hong Kong variant forms, then t2s) does the conversion. Its phrase table may change a text's length; every offset
must stay exact, so a line whose length would change is converted character by character.
"""
from __future__ import annotations

import functools
import re

from .rules import load


def to_simplified(text: str) -> str | None:
    """`text` in simplified characters, the same length, or None when it is not written
    in traditional characters (a simplified text quoting a traditional name stays as it is)."""
    if not is_traditional(text):
        return None
    convert = _converter().convert
    simplified = convert(text)
    if len(simplified) == len(text):
        return simplified
    lines = []
    for line in text.split("\n"):
        converted = convert(line)
        lines.append(converted if len(converted) == len(line) else "".join(map(_char, line)))
    return "\n".join(lines)


def is_traditional(text: str) -> bool:
    """Whether traditional-only characters make up a share of the Han characters of the
    text's opening (rules/normalise.yaml: traditional_share) — a few quoted names do not."""
    rules = load("normalise")
    sample = text[:rules["traditional_sample_chars"]]
    found = len(_traditional_only().findall(sample))
    if found < 5:  # every simplified text: one scan of the sample
        return False
    return found >= rules["traditional_share"] * len(_HAN.findall(sample))


_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


@functools.cache
def _traditional_only() -> re.Pattern:
    """Characters the conversion changes on their own (traditional-only), as one character class."""
    chars = [chr(cp) for cp in range(0x3400, 0xA000) if not 0x4DC0 <= cp < 0x4E00]
    converted = _converter().convert("\n".join(chars)).split("\n")
    changed = [c for c, s in zip(chars, converted) if s != c]
    return re.compile("[" + "".join(changed) + "]")


@functools.cache
def _char(c: str) -> str:
    s = _converter().convert(c)
    return s if len(s) == 1 else c


@functools.cache
def _converter():
    import opencc

    # hk2s: Hong Kong variant forms (衞, 綫, 爲) to OpenCC's traditional ones, then t2s;
    # Taiwan forms need no step of their own. Plain t2s would leave the Hong Kong forms.
    return opencc.OpenCC("hk2s")
