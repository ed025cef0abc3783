"""Text with row spans as nested, escaped HTML marks.

Spans of different tables overlap freely (a target inside a unit's parenthesis, a deadline
inside a target's sentence, two targets sharing characters), but HTML elements must nest.
A span that an inner one outlives is therefore closed where the inner one must be closed
and reopened straight after: it becomes several fragments, all carrying the same
`data-row`; only the first carries the row's anchor id. Everything from the notice is
escaped, so text such as `<script>` is shown, never run.
"""
from __future__ import annotations

import html
from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    table: str
    row: int  # index of the row in the page's row list
    anchor: str  # element id of the row's first fragment


def _open(span: Span, first: bool) -> str:
    anchor = f' id="{html.escape(span.anchor)}"' if first else ""
    return (f'<mark class="hl t-{span.table}{" first" if first else ""}"{anchor} '
            f'data-row="{span.row}" data-table="{span.table}">')


def render(text: str, spans: list[Span]) -> str:
    """`text` as HTML with one mark (or several fragments of it) per span.

    Spans are clipped to the text; empty ones are dropped. At one position spans that end
    close before spans that start open; of spans starting together, the longer is outside.
    """
    spans = [s for s in (Span(max(0, s.start), min(len(text), s.end), s.table, s.row, s.anchor)
                         for s in spans) if s.start < s.end]
    starts: dict[int, list[Span]] = {}
    for s in sorted(spans, key=lambda s: (s.start, -s.end, s.row)):
        starts.setdefault(s.start, []).append(s)
    ends = sorted({s.end for s in spans} | set(starts))

    out: list[str] = []
    stack: list[Span] = []  # open spans, outermost first
    cursor = 0
    for pos in ends:
        out.append(html.escape(text[cursor:pos], quote=False))
        cursor = pos
        if any(s.end == pos for s in stack):
            # Close down to the outermost span ending here, then reopen the survivors.
            depth = min(i for i, s in enumerate(stack) if s.end == pos)
            out.append("</mark>" * (len(stack) - depth))
            survivors = [s for s in stack[depth:] if s.end > pos]
            del stack[depth:]
            for s in survivors:
                out.append(_open(s, first=False))
                stack.append(s)
        for s in starts.get(pos, []):
            out.append(_open(s, first=True))
            stack.append(s)
    out.append(html.escape(text[cursor:], quote=False))
    return "".join(out)
