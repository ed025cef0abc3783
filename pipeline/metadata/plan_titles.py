"""The plan a notice names: the document its title issues, approves or forwards (关于印发《X》的通知 -> X), or its text
hands down, approves or quotes whole, and the plan's own heading where it names its place first."""

from __future__ import annotations

import regex

from ..outline.lines import Line
from ..rules import compile_pattern
from .lines import compact, is_heading_like
from .patterns import patterns
from .places import region_of


_PLACE = compile_pattern(r"\p{Han}{1,12}?(?:省|市|自治区|自治州|州|地区|盟|县|区|旗)")


def plan_title_from_title(title: str) -> str | None:
    """关于印发《X》的通知 -> X; the document a title approves or forwards (批转…关于Y报告的通知
    -> 关于Y的报告, 关于Z规划的批复 -> Z, 关于同意《Z》的通知 -> Z)."""
    approved = approved_document(title)
    if approved:
        return approved
    if not patterns()["issue_verb"].search(title):
        return None
    # a page that titles the notice without its type (省人民政府办公厅印发《X》): the 《X》 it ends with
    # a document forwarded by its 关于 title, unmarked (转发住房和城乡建设部办公厅关于…审查意见的公示, a headline with the
    # notice's own type dropped; 关于转发国务院办公厅关于加强X工作的通知, the type the two share written once): from its 关于
    forwarded = patterns()["forwarding_headline"].match(title)
    if forwarded:
        return forwarded.group("name")
    m = patterns()["issued_document"].search(title) or patterns()["issued_name"].search(title)
    if not m:
        return None
    name = m.group(1)
    if len(named := regex.findall(r"《[^《》]*》", name)) >= 2:
        # two documents issued at once (发布《A》(试行)、《B》(试行), 印发《A》以及《B》): the first, as the title names it
        # (CONVENTIONS.md: a notice issuing two documents; extra shgov_0098's readers)
        name = named[0]
    # the document issued, then a second act the notice asks (印发X方案并深入推进相关工作的通知): X
    if m := patterns()["issued_then_act"].match(name):
        name = m.group("name")
    if name.startswith("《") and (note := patterns()["edition_note"].search(name)):
        name = name[:note.start()]  # 《X》(2019年修订版)
    # 《X》, or 〈X〉 inside a title that is itself a 《…》 name (关于印发〈X〉的通知)
    for left, right in ("《》", "〈〉", "<>"):
        if name.startswith(left) and name.endswith(right) and name.count(left) == 1:
            name = name[1:-1]
            if left == "《":  # a name inside it, marked 〈…〉 within 《…》, is 《…》 standing alone (eighth doc_0014)
                name = name.replace("〈", "《").replace("〉", "》")
            break
    return name or None


def approved_in_reply(text: str) -> str | None:
    """The document a 批复 approves, read from its body where the text lost its title (eighth doc_0006:
    `…的请示》…收悉。…现批复如下。 一、原则同意《鹰潭港总体规划》(以下简称《规划》)`)."""
    m = patterns()["reply_approval"].search(text)
    return m.group("name") if m else None


def issued_in_text(text: str) -> str | None:
    """The document a notice's text hands down by name (`《关于…的建议》,现转发给你们`, `《X》,现印发给你们`), where its
    title names none (third govprc_0006, a 批复 approving and forwarding a ministry's 建议)."""
    m = patterns()["issued_in_text"].search(text)
    return m.group("name") if m else None


def attached_subject(title: str, text: str) -> str | None:
    """关于同意建立X的批复 whose text lists X as its attachment (附件:X): X, the document it
    approves and carries."""
    rules = patterns()
    m = rules["agreed_subject"].search(title)
    if not m:
        return None
    subject = m.group("subject")
    mark = rules["attachment"]["mark"].pattern
    return subject if regex.search(rf"{mark}\s*[::]\s*{regex.escape(subject)}", text) else None


def approved_document(title: str) -> str | None:
    """The report or plan a 批转/转发/批复/同意 title names, in its own title's words."""
    rules = patterns()
    m = rules["forwarded_document"].search(title)
    if m:  # the forwarded report's own title restores the 的 the wrapper's title drops
        return f"关于{m.group('subject')}的{m.group('type')}"
    m = rules["approved_document"].search(title)
    if m:
        return m.group("named") or m.group("plan")
    return None


def quoted_form(text: str, plan_title: str) -> str | None:
    """The plan's name as the notice's own text quotes it (特制定《…计划(2023-2025年)实施方案》), when
    the title line wrote it with a space the layout put inside (…计划 (2023-2025年)…)."""
    if " " not in plan_title:
        return None
    name = compact(plan_title)
    for m in patterns()["quoted_plan"].finditer(text):
        if " " not in m.group(1) and compact(m.group(1)) == name:
            return m.group(1)
    return None


_NAME_SUFFIX = compile_pattern(r"\([^()]{1,15}\)")


def issued_as_quoted(text: str, plan_title: str) -> str | None:
    """The issued plan's full name where the title drops its bracketed part and the text holds no heading of it: the
    sentence that issues it quotes it whole (我们研究制定了《医疗保障基金结算清单填写规范(试行)》。现印发给你们 under
    关于印发医疗保障基金结算清单填写规范的通知). A 《…》 elsewhere (an older version repealed) names another text."""
    rules = patterns()
    name = compact(plan_title)
    for issue in rules["issuing_words"].finditer(text):
        before = text[max(0, issue.start() - rules["issuing_quote_window_chars"]):issue.start()]
        quotes = list(rules["quoted_plan"].finditer(before))
        if not quotes or regex.search(r"[。;]", before[quotes[-1].end():].rstrip("。 ")):
            continue  # the issuing sentence or the one just before it quotes the name last
        quoted = quotes[-1].group(1)
        whole = compact(quoted)
        if whole.startswith(name) and _NAME_SUFFIX.fullmatch(whole[len(name):]):
            return quoted.replace(" ", "") if " " not in plan_title else quoted
    return None


def placed_plan_heading(lines: list[Line], first: int, plan_title: str) -> str | None:
    """The plan's own heading when it names its place before the name the title gives it
    (title 关于印发2021年春节期间…实施细则的通知, heading 天津市 ⏎ 2021 ⏎ 年春节期间… ⏎ 实施细则,
    elec_0001): lines joined (a PDF text breaks them) that are the place and that name."""
    rules = patterns()
    name = compact(plan_title)
    for i in range(first, min(first + rules["placed_heading_window_lines"], len(lines))):
        joined = ""
        for j in range(i, min(i + rules["placed_heading_max_lines"], len(lines))):
            text = lines[j].text
            if "。" in text or not is_heading_like(text, rules["placed_heading_line_max_chars"]):
                break
            joined += compact(text)
            if len(joined) > len(name) + rules["placed_heading_place_max_chars"]:
                break
            if joined.endswith(name) and len(joined) > len(name):
                place = joined[:-len(name)]
                if _PLACE.fullmatch(place) and region_of(place, known_only=True):
                    return "".join(lines[k].text.strip() for k in range(i, j + 1))
                break
    return None
