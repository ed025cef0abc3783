"""A signature or its date run into a long line of a text whose body was stored as one line (a crawl's page, a JSON
record's content): read only after a sentence's end and where something closes it (the line's end, a space, a bracket,
the issued plan's heading, the page's chrome), so a body and a date inside a sentence sign nothing."""

from __future__ import annotations

import regex

from ..outline.lines import Line
from .lines import compact
from .patterns import patterns
from .signature import SENTENCE_ENDS, may_end_with_a_date, signatures_in_line, stacked_signer

_CLOSES_SIGNATURE = regex.compile(r"\s|\(|《|$")


def run_in_signature(lines: list[Line], start: int, body: str | None, min_chars: int,
                     plan_title: str | None = None, title: str | None = None) -> regex.Match | None:
    """The signature inside a long line of a text whose body was stored as one line under its
    title (sixth doc_0001): only after a sentence ends, so a body named in the text is no signer.
    A crawled page that joined its blocks by nothing runs the issued plan's heading on after the
    date (seventh doc_0025 `…贯彻落实。平潭综合实验区管委会办公室2014年6月1日平潭综合实验区环卫设施…方案(2015、
    2016)为进一步…`; doc_0027, whose signature opens a line of its own: `平潭综合实验区管委会 2016年3月30日
    平潭综合实验区2016年生态环境保护工作要点`): that heading closes the signature too."""
    if not body:
        return None
    body = body.split("、")[-1]  # of joint signers the last signs right before the date
    attachment_note = patterns()["attachment"]["note"]
    for k in range(start, len(lines)):
        text = lines[k].text
        short = len(text) < min_chars
        if short and not (text.startswith(body[0]) and k > start) and not may_end_with_a_date(text.rstrip()):
            continue  # a short line signs only from its start, under a sentence's end, or closing it
        for m in signatures_in_line(text, body):
            before = text[:m.start()].rstrip()
            # after a sentence end (in a long line, or at the end of the line above, or closing a short line:
            # `…即日起恢复…办理。 特此通知。 上海市交通委员会 2024年4月7日`), and closing it: the line ends, or a note,
            # the next document or the issued plan's heading follows
            noted = attachment_note.search(before)
            if ((before.endswith(SENTENCE_ENDS) or noted) and (not short or not text[m.end():].strip())
                    or not before and k > start and lines[k - 1].text.rstrip().endswith(SENTENCE_ENDS)) \
                    and _closes_run_in(text, m.end(), plan_title, title, noted):
                return m
    return None


def run_in_signer(lines: list[Line], start: int, min_chars: int, plan_title: str | None = None,
                  title: str | None = None, titled: str | None = None) -> regex.Match | None:
    """A signature run into a long line by a body the text names nowhere else as its issuer (a JSON record's one-line
    content under the office that posted it: `…请认真组织实施。广安市人民政府2015年7月24日广安市促进…二十条措施一、…`,
    twentieth H58D_08): any body's name right after a sentence's end and right before a date no citation follows,
    closed as run_in_signature's is (the line's end, a space, a bracket, the issued plan's heading, the page's chrome);
    its `org` group is the body. Past the dated name of the body the title names (`titled`), after a sentence's end,
    a body's dated name is another document's (the rule a 通知 forwards, signed under it: extra shgov_0056)."""
    rules = patterns()
    own = titled.split("、")[-1] if titled else None
    for k in range(start, len(lines)):
        text = lines[k].text
        if own and any(text[:m.start()].rstrip().endswith(SENTENCE_ENDS) or not text[:m.start()].strip()
                       for m in signatures_in_line(text, own)) and len(text) < min_chars:
            return None  # the titled body signs on a line of its own above
        if len(text) < min_chars:
            continue
        titled_at = next((m.start() for m in signatures_in_line(text, own)
                          if text[:m.start()].rstrip().endswith(SENTENCE_ENDS)), None) if own else None
        for m in rules["run_in_signer"].finditer(text):
            if titled_at is not None and m.start() > titled_at:
                return None
            if rules["flat_citing"].match(text, m.end()):
                continue
            if _closes_run_in(text, m.end(), plan_title, title):
                return m
        if titled_at is not None:
            return None
    return None


def run_in_date(lines: list[Line], start: int, min_chars: int, plan_title: str | None = None) -> regex.Match | None:
    """A signature's date alone run into a long line (a notice whose body the title names: `…特此通知。2021年2月2日(联系
    人:…`), closed as a run-in signature is; or a date alone closing the line right after a sentence's end (`…持续推广
    应用。2016年12月20日`), as a date alone on the last line of a text is."""
    rules = patterns()
    for k in range(start, len(lines)):
        text = lines[k].text.rstrip()
        if len(text) < min_chars:
            continue
        for m in rules["run_in_date"].finditer(text):
            if _closes_run_in(text, m.end(), plan_title):
                return m
        m = rules["closing_date"].search(text)
        if m:
            return m
    return None


def _closes_run_in(text: str, pos: int, plan_title: str | None, title: str | None = None,
                   noted: regex.Match | None = None) -> bool:
    """What closes a signature or its date run into a long line at `pos`: the line's end, a space, a bracket or a 《, the
    issued plan's heading or the notice's own title, the page's chrome or the heading of the attachment `noted` names."""
    return bool(_CLOSES_SIGNATURE.match(text, pos)) or _opens_heading(text, pos, plan_title) \
        or _opens_heading(text, pos, title) or _closing_run_on(text, pos, noted)


def _closing_run_on(text: str, pos: int, noted: regex.Match | None) -> bool:
    """What a page that joined its blocks by nothing runs on after a signature's date, closing it: its trailing chrome
    (`…广安市人民政府办公室2019年12月24日相关附件:二维码…`, nineteenth H57D_07), or the heading of the attachment the
    notice named right above the signature (`附件:X目标任务安排表广安市人民政府办公室2018年12月28日X目标任务安排表(…`, H57D_09),
    as the issued plan's heading closes it (_opens_heading)."""
    rules = patterns()
    if rules["trailing"].match(text[pos:]) or rules["run_in_closing_chrome"].match(text, pos):
        return True
    # the seal's text closing the line (`…国家医疗保障局办公室2025年10月14日国家医疗保障局`: the seal a PDF's text layer
    # keeps under the date), or the 版记's printing office and date (`…办公室2025年10月15日印发`)
    rest = text[pos:].strip()
    if rest and (len(rest) <= rules["signer_line_max_chars"] and stacked_signer(rest)
                 or rules["printed_line"].match(rest)):
        return True
    if noted is None:
        return False
    named = rules["attachment"]["line"].search(noted.group().lstrip("。! "))
    name = compact(named.group("rest")) if named else ""
    return len(name) >= rules["own_title_min_chars"] and compact(text[pos:pos + len(name) + 10]).startswith(name)


def _opens_heading(text: str, pos: int, heading: str | None) -> bool:
    """The text at `pos` opens with `heading` (spaces apart)."""
    if not heading:
        return False
    name = compact(heading)
    return compact(text[pos:pos + len(heading) + 10]).startswith(name)
