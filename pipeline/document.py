"""The `Document` that flows through the pipeline stages, and the rows they extract.

Every row keeps `char_start`/`char_end` into `Document.text` (the normalised text), so
`doc.text[row.char_start:row.char_end]` is the quoted span. Rows carry the `task_path` of
the innermost outline item containing them; ids are derived when the tables are built.
"""
from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field


@dataclass
class Task:
    path: str
    parent_path: str | None
    level: int
    label: str
    heading: str
    char_start: int
    char_end: int
    is_leaf: bool = True


@dataclass(kw_only=True)
class Quantified:
    """A number with its unit and bound read from the plan body: what targets and
    parameters share (ANNOTATION.md: value, value_max, unit, comparator and per "as for
    targets")."""
    comparator: str
    value: float
    unit: str
    span_text: str
    char_start: int
    char_end: int
    sentence: str
    value_max: float | None = None
    per: str | None = None
    task_path: str | None = None


@dataclass(kw_only=True)
class Target(Quantified):
    """A number the plan commits to reach, keep, stay within or deliver."""
    indicator: str
    kind: str = "level"
    baseline_year: int | None = None
    deadline: dt.date | None = None
    nature: str | None = None
    indicator_key: str | None = None  # filled by the indicator_keys stage


@dataclass(kw_only=True)
class Parameter(Quantified):
    """A number the policy sets (an amount granted, charged or lent, a rate, ratio or share)."""
    name: str
    name_key: str | None = None  # filled by the indicator_keys stage


@dataclass
class Deadline:
    raw: str
    kind: str
    char_start: int
    char_end: int
    date: dt.date | None = None
    start_date: dt.date | None = None
    recurrence: str | None = None
    task_path: str | None = None


@dataclass
class Responsibility:
    unit: str
    unit_raw: str
    role: str | None
    position: int
    char_start: int
    char_end: int
    task_path: str | None = None


@dataclass
class Document:
    source_file: str
    raw: str = ""  # decoded text, before normalisation
    text: str = ""  # normalised text; every offset points into it
    doc_id: str = ""
    title: str | None = None
    plan_title: str | None = None
    doc_number: str | None = None
    issuer: str | None = None
    issue_date: dt.date | None = None
    region: str | None = None
    province: str | None = None
    prefecture: str | None = None
    adcode: str | None = None
    url: str | None = None
    source_tag: str | None = None  # a database's 【…】 tag before the title line
    # The metadata sidecar's row for this file (pipeline/sidecar.py), applied by the
    # metadata stage; its columns beyond the document fields end up in `extra`.
    sidecar: dict[str, str | None] | None = None
    extra: dict[str, str | None] = field(default_factory=dict)
    # A notice stored as a database row: every column of the row, named where the dump names it (ingest;
    # pipeline/metadata/stored_record.py). Page metadata for the fields the text leaves empty.
    record: list[tuple[str | None, str]] = field(default_factory=list)
    # The part of `text` that may yield rows: the plan body, without page chrome
    # before the title or after the end (navigation, 相关链接, 扫一扫).
    body_start: int = 0
    body_end: int = -1
    # The source stored the page on one line (a crawl's page.txt): normalisation gave back as lines
    # the blocks that spaces joined (pipeline/page_layout.py); the long lines left are blocks joined by
    # nothing, which the outline reads as a body stored as one line (pipeline/outline/flat.py).
    one_line_page: bool = False
    # The covering notice's own text (after its title and addressees, up to its signature) when it
    # issues a plan after it: its own orders (于今年年底前…清理整顿) may set deadlines.
    wrapper_start: int = 0
    wrapper_end: int = 0
    warnings: list[str] = field(default_factory=list)
    # Other input files with the same normalised text (filled when the tables are written).
    duplicate_files: list[str] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    parameters: list[Parameter] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)
    responsibilities: list[Responsibility] = field(default_factory=list)
    # CPU seconds per stage, filled by the runner (for `make bench`).
    timings: dict[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._task_starts: list[int] | None = None

    @property
    def body_stop(self) -> int:
        return len(self.text) if self.body_end < 0 else self.body_end

    def _last_task_from(self, offset: int) -> int:
        """Index of the last task starting at or before `offset` (-1 if none; tasks are in document order)."""
        if self._task_starts is None or len(self._task_starts) != len(self.tasks):
            self._task_starts = [t.char_start for t in self.tasks]
        return bisect.bisect_right(self._task_starts, offset) - 1

    def task_at(self, offset: int) -> Task | None:
        """Innermost task whose span contains `offset` (tasks are in document order)."""
        i = self._last_task_from(offset)
        # Item spans run to the next item at any level, so the last item starting at
        # or before `offset` is the innermost one, provided its span covers `offset`.
        if i >= 0 and offset < self.tasks[i].char_end:
            return self.tasks[i]
        return None

    def path_at(self, offset: int) -> str | None:
        """The path of the innermost task holding `offset`; text after the items that no item holds
        (a table carried after the last item with no item of its own) goes under the last item
        before it, as readers place it (CONVENTIONS.md); text before the first item has no path."""
        i = self._last_task_from(offset)
        return self.tasks[i].path if i >= 0 else None
