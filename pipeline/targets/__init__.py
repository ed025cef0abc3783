"""Targets: quantitative commitments with comparator, value, unit and deadline.

Each sentence of the plan body is scanned for quantity expressions (pipeline/numbers/).
A quantity is kept unless its context makes it a qualifier (35岁以上人群, 每3万人口), a
name or code (inside quotes or 《》, 18项核心制度), an ordinal, a past value (现有50人,
截至…) or a count of items just named. For each kept quantity the words before it, in its
clause, give the comparator (a bound word wins over a verb), a change (提高/下降 X), a
baseline year and a period (每年 …); a clause made only of a quantity (";20个健康促进机关")
continues the enumeration before it and inherits its bound word and period. The indicator
is the counted thing written after a count, else the subject before the quantity; a
coordinated subject gives one target per member. Flattened indicator tables are read row by
row (indicator_table.py). Where the notice is no plan, a target needs a sign of commitment
(commitment.py). A number the policy sets for others (a grant, charge, rate, ratio or share)
is a parameter instead (parameters.py decides, parameter_names.py and its neighbours name it).
"""
from __future__ import annotations

import dataclasses

from ..document import Document, Parameter, Target
from ..wrapped_lines import unwrapped
from .commitment import only_commitments
from .laid_on_parties import laid_on_parties
from .articles import without_rules_and_names
from .indicator_table import find_tables
from .patterns import clear_derived, defines_a_class
from .prose import prose_rows
from .setting_table import find_setting_tables, setting_parameters
from .table_targets import table_targets


# ------------------------------------------------------------------ stage
def extract_targets(doc: Document) -> None:
    """Fill doc.targets and doc.parameters from the plan body: indicator tables, then running text."""
    try:
        text, lo, hi = doc.text, doc.body_start, doc.body_stop
        tables = find_tables(text, lo, hi)
        targets: list[Target] = []
        for table in tables:
            targets.extend(table_targets(doc, table))
        settings = find_setting_tables(text, lo, hi, [(t.start, t.end) for t in tables])
        parameters: list[Parameter] = [p for table in settings for p in setting_parameters(text, table)]
        # running text read with a PDF's soft line breaks as spaces (same offsets)
        view = unwrapped(text)
        reading = doc if view is text else dataclasses.replace(doc, text=view)
        # (a table of settings leaves to the prose reader the rows it read no number from)
        taken = sorted([(t.start, t.end) for t in tables] + [row for table in settings for row in table.rows])
        for start, end in prose_spans(lo, hi, taken):
            for row in prose_rows(reading, start, end):
                row.span_text = text[row.char_start:row.char_end]
                (parameters if isinstance(row, Parameter) else targets).append(row)
        for rows in (targets, parameters):
            rows.sort(key=lambda t: (t.char_start, t.char_end))
            for t in rows:
                t.task_path = doc.path_at(t.char_start)
        # a standard defining a class (…界定标准) lists thresholds of its definition, no commitments
        parties_only: set[int] = set()  # (kept only as what the notice lays on each party)
        targets = [] if defines_a_class(doc) else only_commitments(doc, without_rules_and_names(doc, targets), parties_only)
        # (what a notice stating no goals lays on each party is a setting of its rules)
        doc.targets, laid = laid_on_parties(doc, targets)
        doc.targets = [t for t in doc.targets if id(t) not in parties_only]
        doc.parameters = sorted(parameters + laid, key=lambda t: (t.char_start, t.char_end))
    except Exception as e:  # odd input must not stop the other stages
        doc.warnings.append(f"targets: extraction failed ({type(e).__name__}: {e})")
        doc.targets, doc.parameters = [], []
    clear_derived()


def prose_spans(lo: int, hi: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The body outside the spans tables took (in order)."""
    spans, pos = [], lo
    for start, end in taken:
        if start > pos:
            spans.append((pos, start))
        pos = max(pos, end)
    if pos < hi:
        spans.append((pos, hi))
    return spans
