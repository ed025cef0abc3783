"""The notice an attachment published alone belongs to, as a line of its own names it (CONVENTIONS, Document fields:
An attachment published alone): `武汉市人民政府《关于印发…的通知》(武政规〔2026〕4号)附件,2026年2月13日。`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..outline.lines import Line
from .bodies import bodies_of_line
from .dates import parse_date
from .doc_numbers import number_value
from .patterns import patterns
from .title_bodies import issuer_from_title


@dataclass(frozen=True)
class Source:
    issuer: str | None
    number: str | None
    date: dt.date | None


def attachment_source(lines: list[Line], first: int) -> Source | None:
    """What the last line from `first` on naming the notice this attachment belongs to gives: the body before the
    notice's 《title》 or opening it, the 文号 beside it, the date after 附件. A line naming neither a title nor a 文号
    (附件2 alone, an attachment list's heading) names no notice."""
    rule = patterns()["attachment_source"]
    for line in reversed(lines[first:]):
        m = rule.match(line.text.strip())
        if m is None or not (m.group("title") or m.group("number")):
            continue
        org = m.group("org") or (issuer_from_title(m.group("title")) if m.group("title") else None)
        issuer = "、".join(bodies_of_line(org)) if org else None
        return Source(issuer or None, number_value(m.group("number")) if m.group("number") else None,
                      parse_date(m.group("date")) if m.group("date") else None)
    return None
