"""What a page does to the notice it carries, undone on the normalised text: a second copy of
the notice (a scraped page printed twice, desktop and mobile, with the site's chrome around the
copies), a crawl's page flattened onto one line, headings a PDF page join ran on after the line
before (ANNOTATION.md, "Normalisation"; docs/CONVENTIONS.md).
"""
from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from itertools import accumulate, islice

import regex

from .numbers.numerals import whole_number
from .pattern_literals import prefiltered
from .rules import compile_pattern, load, written_out

_BLANK_RUNS = re.compile(r"\n\n\n+")  # (a literal opening: found by a fast string search)

_HAN = re.compile(r"[\u4e00-\u9fff]")
_MAX_COMPARED = 4  # candidate copies compared per anchor line


def remove_second_copy(text: str) -> tuple[str, str | None]:
    """Cut a second complete copy of the notice, as scraped pages often hold.

    Copies are compared without whitespace, since the two often break lines
    differently (a title over two lines in one copy, on one line in the other).
    """
    lines, compact_lines = _compact_lines(text)
    # Lines that may open a copy, by their first characters (both copies share them).
    # Anchor on the first substantial lines; page chrome may precede only the first copy.
    anchors = list(islice((i for i, c in enumerate(compact_lines) if len(c) >= 6), 8))
    by_opening: dict[str, list[int]] = {compact_lines[a][:6]: [] for a in anchors}  # (only the anchors' are read)
    for i, c in enumerate(compact_lines):
        if c[:6] in by_opening:  # (six characters: a line of six or more)
            by_opening[c[:6]].append(i)
    # Compact length before each line: a candidate's lengths are checked before any text
    # is joined, and at most a few candidates are compared per anchor, so a text of many
    # identical lines costs linear time, not a join per line.
    before = list(accumulate(map(len, compact_lines), initial=0))
    for a in anchors:
        compared = 0
        for b in reversed(by_opening[compact_lines[a][:6]]):
            if b <= a or not _same_opening(compact_lines[a], compact_lines[b]):
                continue
            # A complete copy: nearly as long as the first and opening with all of it.
            # (A repeated header block followed by the body is not one.)
            first_length, second_length = before[b] - before[a], before[-1] - before[b]
            shorter_length, longer_length = sorted((first_length, second_length))
            if shorter_length < 200 or shorter_length < 0.8 * longer_length:
                continue
            compared += 1
            if compared > _MAX_COMPARED:
                break
            first = "".join(compact_lines[a:b])
            second = "".join(compact_lines[b:])
            shorter, longer = sorted((first, second), key=len)
            if longer.startswith(shorter):
                cut = sum(map(len, lines[:b])) + b  # (where line b starts: its lines and their breaks)
                note = (f"duplicate copy of the notice removed (text from line {b + 1} repeated "
                        f"lines {a + 1}-{b})")
                return text[:cut].rstrip("\n"), note
    return text, None


@functools.lru_cache(maxsize=1)
def _compact_lines(text: str) -> tuple[list[str], list[str]]:
    """A text's lines and those lines without whitespace. Kept for the last text: remove_repeated_block reads the text
    remove_second_copy has just read (when it cut nothing), and neither changes the lists."""
    lines = text.split("\n")
    return lines, ["".join(line.split()) for line in lines]


def _same_opening(line: str, other: str) -> bool:
    """Two lines that may open the same text: equal, or one a prefix of the other (a title
    broken over lines in one copy and joined in the other)."""
    if len(other) < 6:
        return False
    return line.startswith(other) or other.startswith(line)


def remove_repeated_block(text: str) -> tuple[str, str | None]:
    """Cut the later copy of a block of the page printed twice, with page chrome around and
    between the copies (a gov.cn page's desktop copy of the body and its mobile copy, the site's
    footer after them), which `remove_second_copy` cannot see since the second copy does not
    run to the end.

    A block is a run of whole lines whose text (without whitespace, so the copies may break
    lines differently) occurs again later, at least `repeated_block_min_chars` long and
    `repeated_block_min_share` of the page: a notice quotes no such stretch of itself. The first
    copy is kept: it is where the page puts the body under its title and metadata, and the
    copies are the same text, so nothing is lost. Lines of the second copy that only part of the
    block covers (a title the mobile copy writes on one line) stay.

    Once one block is cut, the page is known to print its body twice, and what the copies still
    share after a place where they differ (a table the mobile copy leaves out) is cut too, at
    `repeated_block_min_chars` whatever its share.
    """
    rules = load("normalise")
    text, note = _cut_repeated_block(text, rules["repeated_block_min_share"])
    notes = [note] if note else []
    while note and len(notes) < rules["repeated_block_max_cuts"]:
        text, note = _cut_repeated_block(text, 0)
        notes += [note] if note else []
    return text, "; ".join(notes) if notes else None


def _cut_repeated_block(text: str, min_share: float) -> tuple[str, str | None]:
    rules = load("normalise")
    lines, compact_lines = _compact_lines(text)
    compact_lines = _without_running_lines(compact_lines)
    compact = "".join(compact_lines)
    before = list(accumulate(map(len, compact_lines), initial=0))
    least = max(rules["repeated_block_min_chars"], int(min_share * len(compact)))
    if len(compact) < 2 * least:
        return text, None
    # Where each line of six characters or more the page repeats stands (only such a line can anchor a block, and only
    # before its last repeat: the others are not tried).
    by_line: dict[str, list[int]] = {c: [] for c, n in Counter(compact_lines).items() if n > 1 and len(c) >= 6}
    for i, c in enumerate(compact_lines):
        if c in by_line:
            by_line[c].append(i)
    probe = rules["repeated_block_min_chars"]
    for a in sorted(i for same in by_line.values() for i in same[:-1]):
        c = compact_lines[a]
        same = by_line[c]
        first_later = bisect.bisect_right(same, a)  # lines in order: no scan of every repeat
        for b in same[first_later:first_later + _MAX_COMPARED]:
            room = before[b] - before[a]  # the copies do not overlap
            if room < least or compact[before[a]:before[a] + probe] != compact[before[b]:before[b] + probe]:
                continue
            # the block runs on from the anchor line, and back from it (a title line the
            # copies break differently)
            back = _common_suffix(compact, before[a], before[b], min(before[a], room - probe))
            length = _common_prefix(compact, before[a], before[b], min(room - back, len(compact) - before[b]))
            if back + length < least:
                continue
            # the second copy's lines wholly inside the block
            start = b
            while start > 0 and before[start - 1] >= before[b] - back:
                start -= 1
            end = b
            while end < len(lines) and before[end + 1] <= before[b] + length:
                end += 1
            starts = list(accumulate((len(line) + 1 for line in lines), initial=0))
            kept = text[:starts[start]] + text[starts[end]:] if end < len(lines) else text[:starts[start]]
            kept = _BLANK_RUNS.sub("\n\n", kept).strip("\n")
            return kept, (f"duplicate copy of the notice removed (lines {start + 1}-{end} repeated "
                          f"earlier lines)")
    return text, None


def _without_running_lines(compact_lines: list[str]) -> list[str]:
    """The lines with each short line the page repeats `running_min_pages` times or more (a running header a page break
    put at a different place in each copy, a site's `首页` between its menus) left empty: the copies are compared
    without them, so a page break falling elsewhere in the second copy does not cut the block in two. Such a line
    inside the second copy goes with it."""
    furniture = load("normalise")["page_furniture"]
    counts = Counter(c for c in compact_lines if 0 < len(c) <= furniture["running_max_chars"])
    running = {c for c, n in counts.items() if n >= furniture["running_min_pages"]}
    return ["" if c in running else c for c in compact_lines] if running else compact_lines


def _common_suffix(text: str, i: int, j: int, limit: int) -> int:
    """Length of the common suffix of text[:i] and text[:j], at most `limit`."""
    low, high = 0, max(limit, 0)
    while low < high:
        mid = (low + high + 1) // 2
        if text[i - mid:i] == text[j - mid:j]:
            low = mid
        else:
            high = mid - 1
    return low


def _common_prefix(text: str, i: int, j: int, limit: int) -> int:
    """Length of the common prefix of text[i:] and text[j:], at most `limit` (binary search
    over slice comparisons, which run in C)."""
    low, high = 0, limit
    while low < high:
        mid = (low + high + 1) // 2
        if text[i:i + mid] == text[j:j + mid]:
            low = mid
        else:
            high = mid - 1
    return low


def indent_runs_as_breaks(raw: str) -> str:
    """A page that joined its paragraphs into one block keeping each paragraph's indent (`…的范围。\u3000\u3000符合下列条件…`,
    a site's merged <p>s; `&nbsp;&nbsp;&nbsp;&nbsp;一、…` in one <p>, an editor's paste) has a line break where each indent
    stands: a run of two or more blanks holding an ideographic or a no-break space inside a line. Read on the text as
    decoded (normalisation makes every run one space), and only where the page shows it: such runs after a sentence's end
    `indent_run_min_after_ends` times or more (a notice's own line sets no indent after its 。). A run with a single
    character before it (`标\u3000\u3000题:`, a label spaced out to a width) is no indent. Each run becomes one break."""
    rules = _flat_page_rules()
    if "\u3000" not in raw and "\xa0" not in raw:
        return raw
    runs = [m for m in rules["indent_run"].finditer(raw) if "\u3000" in m.group() or "\xa0" in m.group()]
    if sum(1 for m in runs if m.group("end")) < rules["indent_run_min_after_ends"]:
        return raw
    out, at = [], 0
    for m in runs:
        out += [raw[at:m.start()], "\n"]
        at = m.end()
    return "".join(out) + raw[at:]


def cut_flat_page(text: str) -> str:
    """A page a crawler stored on one line, its paragraphs joined by single spaces (the
    pingtan.gov.cn crawl's page.txt: breadcrumb, 文号, title, signature, body, attachments, one
    line): each space that stood between two blocks of the page becomes the line break it was,
    so the title, 文号, signature, date and each item start lines of their own, as the guide's
    "one block per line" reads a page. Only a long line with several sentence ends followed by a
    space is such a page (a notice's own paragraph has none: Chinese puts no space after 。), or a page
    where a sentence end and a space come before an item's label a few times (a site's <p>s each joining a
    few paragraphs, a heading line among them, so no one line holds several sentence ends), or a label after a space
    continues its list exactly a few times (after a unit list or a heading line closing the block before);
    spaces inside a block (a flattened table's cells, `08:53 微信`) stay. One character for one,
    so every offset holds."""
    rules = _flat_page_rules()
    if len(text) < rules["min_chars"] or " " not in text:
        return text
    lines = text.split("\n")
    if not any(len(line) >= rules["min_chars"] and len(rules["paragraph_end"].findall(line)) >= rules["min_paragraph_ends"]
               for line in lines) and len(rules["label_after_end"].findall(text)) < rules["min_labels_after_ends"] \
            and labels_run_on_after_spaces(text) < rules["min_labels_after_ends"]:
        return text
    chars = None
    at = 0
    for line in lines:
        # a page that joins its blocks so joins them on each line where a sentence end has a space after it (K_01's <p>s,
        # each several paragraphs); a short line's `标题: …` stays, a label of the page's metadata
        if " " not in line:
            at += len(line) + 1
            continue
        breaks = rules["breaks"] if len(line) >= rules["min_chars"] or rules["sentence_end"].search(line) \
            else rules["block_breaks"]
        if breaks:
            for i in (m.start() for m in re.finditer(" ", line)):
                # `before` ends at the space (`$` at endpos) and starts at most `lookback` characters
                # back (`^` only at the line's real start), so each space costs the same
                opening = max(0, i - rules["lookback"])
                if any(before.search(line, opening, i) and after.match(line, i + 1) for before, after in breaks):
                    chars = chars or list(text)
                    chars[at + i] = "\n"
        at += len(line) + 1
    return "".join(chars) if chars else text


def labels_run_on_after_spaces(text: str) -> int:
    """How many items' labels stand after a space inside a line continuing the list of their style exactly (`…县财政局 七、`
    after a `六、`): a page whose blocks a site joined with spaces, whatever closed the block before the label. Only where
    a sentence ends since the label before it (the item held a paragraph): a notice's own line may list its parts after
    spaces (a contents line `一、总体要求 二、重点任务 三、保障措施 四、组织实施`, `(一)建设示范社区 (二)完善服务设施 …`)."""
    rules = _flat_page_rules()
    last: dict[str, tuple[int, int]] = {}
    found = 0
    for m in rules["label_at_block"].finditer(text):
        style = m.lastgroup
        ordinal = whole_number(m.group(style))
        if ordinal is None:
            continue
        if m.group().startswith(" ") and style in last and last[style][0] == ordinal - 1 \
                and rules["sentence_close"].search(text, last[style][1], m.start()):
            found += 1
        last[style] = (ordinal, m.end())
    return found


def _label_styles(ordinal_group: str) -> dict[str, str]:
    """rules/outline.yaml's label styles by name, each one's ordinal group opened by `ordinal_group` instead of `(?P<n>`
    (`{name}` in it: the style's name)."""
    return {name: pattern.replace("(?P<n>", ordinal_group.format(name=name)) for name, pattern in load("outline")["styles"].items()}


@functools.cache
def _named_forms() -> dict[str, str]:
    """The forms rules/normalise.yaml names: a label's style (`{number_sign}`), as rules/outline.yaml writes it, its
    ordinal's group uncaptured, and the forms the flat page's rules write once (`{sentence_close}`, `{item_label}`, itself
    naming `{number_sign}`), which the page furniture's `label_opening` names too."""
    r = load("normalise")["flat_page"]
    styles = _label_styles("(?:")
    return {**styles, "sentence_close": r["sentence_close"], "item_label": written_out(r["item_label"], styles)}


@functools.cache
def _flat_page_rules() -> dict:
    r = load("normalise")["flat_page"]
    named = _named_forms()
    # each break's context before and after the space, and whether it cuts any line of a page joined by spaces (any_line)
    breaks = [(compile_pattern(f"(?:{written_out(b['before'] or '', named)})$"),
               compile_pattern(written_out(b["after"] or "", named)), bool(b.get("any_line"))) for b in r["breaks"]]
    return {"min_chars": r["min_chars"], "min_paragraph_ends": r["min_paragraph_ends"], "lookback": r["lookback_chars"],
            "paragraph_end": re.compile(r["paragraph_end"]), "sentence_end": re.compile(written_out(r["sentence_end"], named)),
            "label_after_end": compile_pattern(written_out(r["label_after_end"], named)),
            "sentence_close": re.compile(named["sentence_close"]),
            # each style's ordinal captured under the style's name; under `regex`, which tries its opening (a line's start
            # or a space) at each character of a whole text twice as fast as `re` does
            "label_at_block": regex.compile(written_out(r["label_at_block"], _label_styles("(?P<{name}>")), regex.M),
            "min_labels_after_ends": r["min_labels_after_ends"],
            "indent_run": re.compile(r["indent_run"]), "indent_run_min_after_ends": r["indent_run_min_after_ends"],
            "breaks": [(before, after) for before, after, _ in breaks],
            "block_breaks": [(before, after) for before, after, any_line in breaks if any_line]}


def cut_run_on_headings(text: str) -> str:
    """A chapter heading or an article a PDF's page join ran on after the line before it gets
    its own line back: `…单建地下空间。 第四条 …` and `第七章 法律责任 第四十二条 …` (a regulation cut
    from a PDF text dump, seventh doc_0020), and a rules' title run into its first chapter
    (`…管理暂行办法第一章总则` as a gov.cn attachment writes it, seventh doc_0005). Only where the
    label is followed by its heading or text, never a cited `第十二条` inside a sentence."""
    if "第" not in text:
        return text
    for pattern in _run_on_rules():
        text = pattern.sub(lambda m: m.group("before") + "\n" + m.group("after"), text)
    return text


@functools.cache
def _run_on_rules() -> list[regex.Pattern]:
    # (under `regex`, which goes from line start to line start where `re` tries `^` at every character: 3 times faster)
    return [prefiltered(regex.compile(p, regex.M)) for p in load("normalise")["run_on_headings"]]


def drop_page_furniture(text: str) -> str:
    """A page's number and running header between the lines of a text a PDF or an OCR run gave line by
    line (`— 3 —`, `- 12 -`, `第 3 页 共 12 页`, `3/12`, and the short line a letterhead or a running title
    repeats next to them): dropped, as the PDF reader drops them (README, "Formats"), so they stand in no title,
    signature, heading or sentence. Only whole lines; a bare `3` stays, as a number in a table's cells (one a
    line, a few lines apart) looks the same (the metadata reads it as chrome: rules/metadata.yaml page_number_line)."""
    rules = _furniture_rules()
    if "\n" not in text:
        return text
    lines = text.split("\n")
    numbered = [i for i, line in enumerate(lines) if rules["page_number"].fullmatch(line)]
    drop = set(numbered) | _headers_inside_sentences(lines, rules)
    if not numbered:
        return _kept(lines, drop) if drop else text
    # a running header or footer: the same short line next to most page numbers
    beside: dict[str, set[int]] = {}
    for i in numbered:
        for j in (i - 1, i + 1):
            if 0 <= j < len(lines) and j not in drop and 0 < len(lines[j]) <= rules["running_max_chars"]:
                beside.setdefault(lines[j], set()).add(j)
    for where in beside.values():
        if len(where) >= max(rules["running_min_pages"], len(numbered) // 2):
            drop |= where
    return _kept(lines, drop)


def _kept(lines: list[str], drop: set[int]) -> str:
    kept = [line for i, line in enumerate(lines) if i not in drop]
    return _BLANK_RUNS.sub("\n\n", "\n".join(kept)).strip("\n")


def _headers_inside_sentences(lines: list[str], rules: dict) -> set[int]:
    """A running header or footer with no page number beside it (a converter's file name, `任务09结果_….md`, a
    letterhead's line): the same short line standing, `running_min_pages` times or more, where a page broke a
    hard-wrapped sentence (the line before it runs to the page's width and closes no sentence; eighth doc_0013), and
    wherever else it stands but its first place (the title or letterhead the running line repeats). A line of the
    notice that repeats (a figure's caption, `计算基准面`) stands after a short line or a sentence end."""
    counts: dict[str, int] = {}
    for line in lines:
        # (words: not a table's year or unit cell, `2021`, `万元`, nor a contents' dotted leader)
        # (and no sentence's end: a notice's repeated clause, `…并报送报告。`, wrapped alike each time)
        if 4 <= len(line) <= rules["running_max_chars"] and len(_HAN.findall(line)) >= 3 \
                and not line.endswith(rules["closing"]):
            counts[line] = counts.get(line, 0) + 1
    repeated = {line for line, n in counts.items() if n >= rules["running_min_pages"]}
    if not repeated:
        return set()
    widths = [len(line.replace(" ", "")) for line in lines]
    common = Counter(w for w in widths if w >= rules["wrap_min_width"]).most_common(1)
    if not common or common[0][1] < rules["wrap_min_lines"]:
        return set()  # a text not hard-wrapped
    width = common[0][0]
    where: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if line in repeated and width - widths[i] > rules["wrap_slack"]:  # (a line as wide as the page is the prose's)
            where.setdefault(line, []).append(i)
    drop: set[int] = set()
    for found in where.values():
        # (the sentence goes on on the line after: a wrapped paragraph's tail a notice repeats, `…各区县(市)政府`, ends it)
        breaking = [i for i in found if i > 0 and i + 1 < len(lines) and abs(width - widths[i - 1]) <= rules["wrap_slack"]
                    and not lines[i - 1].rstrip().endswith(rules["closing"]) and lines[i + 1].strip()
                    and not rules["label_opening"].match(lines[i + 1])]
        if len(breaking) >= rules["running_min_pages"]:
            drop.update(found[1:])  # (the first may be the line a page's head repeats: the title, the letterhead)
            drop.update(breaking)
    return drop


@functools.cache
def _furniture_rules() -> dict:
    r = load("normalise")["page_furniture"]
    wrap = load("outline")["wrapped_lines"]
    return {"page_number": re.compile(r["page_number"]),
            "label_opening": compile_pattern(written_out(r["label_opening"], _named_forms())),
            "running_max_chars": r["running_max_chars"],
            "running_min_pages": r["running_min_pages"], "wrap_min_width": wrap["min_width"], "wrap_slack": wrap["slack"],
            "wrap_min_lines": wrap["min_lines"], "closing": tuple(r["sentence_end"])}
