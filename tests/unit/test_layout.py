"""Hard-wrapped notices (a PDF's lines) read as running text by the targets stage: real
notices of tests/real/corpus."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from pipeline.run import process_text
from pipeline.wrapped_lines import unwrapped

CORPUS = Path(__file__).resolve().parents[1] / "real" / "corpus"


def notice(name: str):
    return process_text((CORPUS / name).read_text("utf-8"), name)


def test_a_wrapped_notice_reads_sentences_across_its_line_breaks():
    # realestate_0034: …发放最高不超过 2.5 ⏎ 万元的购车补助; 每学年分 ⏎ 别减免就读学校课后服务费 15%、 25%;
    # 租房提取住房公积金按最高每年 2.4 万元执行 (a line of its own after …为期 3 ⏎ 年的利息补贴)
    doc = notice("realestate_0034.txt")
    parameters = {(p.value, p.unit, p.comparator) for p in doc.parameters}
    assert {(2.5, "万元", "<="), (15, "%", "="), (25, "%", "="), (2.4, "万元", "<="), (1000, "元", "=")} <= parameters
    assert not {(t.value, t.unit) for t in doc.targets} & {(p[0], p[1]) for p in parameters}
    for row in [*doc.targets, *doc.parameters]:  # rows quote the text as it is, line breaks and all
        assert doc.text[row.char_start:row.char_end] == row.span_text


def test_the_unwrapped_text_keeps_every_offset():
    text = notice("realestate_0034.txt").text
    view = unwrapped(text)
    assert view is not text and len(view) == len(text)
    assert all(a == b or (a in "\n—0123456789 " and b == " ") for a, b in zip(text, view))
    assert "\n(四)消费补助" in view and "\n三、缓解家庭教育压力" in view  # outline items keep their line


@pytest.mark.parametrize("name", ["realestate_0044.txt", "realestate_0208.txt", "realestate_0082.txt",
                                  "govcn_0002.html", "realestate_0148.txt", "gwr_0024.txt"])
def test_notices_with_one_paragraph_a_line_are_read_as_they_are(name):
    text = notice(name).text
    assert unwrapped(text) is text


def test_a_page_footer_run_into_a_line_and_a_line_widened_by_digits_run_on():
    # realestate_0034: …分别发放价值不超过 1600 元、3200— 1 — ⏎ 元、 4800 元的慰问品 (the page's footer
    # ends the line, whose digits take half a character's width each)
    doc = notice("realestate_0034.txt")
    parameters = {(p.value, p.unit, p.comparator) for p in doc.parameters}
    assert {(1600, "元", "<="), (3200, "元", "<="), (4800, "元", "<=")} <= parameters
    assert 4800 not in {t.value for t in doc.targets}



def test_a_number_alone_on_its_line_inside_a_sentence_runs_on():
    # extra elec_0001: …其中采用需求侧竞价模式填谷的规模为 ⏎ 20 ⏎ 万千瓦,仅限于… (a converter broke the line
    # around the digits); a number cell between table cells (no unit after it) stays on its own line
    text = (CORPUS.parent / "extra" / "corpus" / "elec_0001.txt").read_text("utf-8")
    doc = process_text(text, "elec_0001.txt")
    # …规模为 ⏎ 20 ⏎ 万千瓦, and 本次需求侧竞价的规模为 ⏎ 20 ⏎ 万千瓦。 (the unit and a stop after it)
    assert [(t.value, t.unit) for t in doc.targets].count((20, "万千瓦")) == 2
    cells = "指标名称\n序号\n1\n新增光伏装机容量\n"
    assert unwrapped(cells) is cells


def test_a_price_whose_unit_the_converter_broke_at_its_slash_runs_on():
    # extra elec_0001: …补贴价格为 ⏎ 1.2 ⏎ 元 ⏎ / ⏎ 千瓦时,竞价模式的补贴价格上限为 ⏎ 2.0 ⏎ 元 ⏎ / ⏎ 千瓦时。
    text = (CORPUS.parent / "extra" / "corpus" / "elec_0001.txt").read_text("utf-8")
    doc = process_text(text, "elec_0001.txt")
    prices = [(p.value, p.unit, p.name) for p in doc.parameters if p.unit == "元/千瓦时"]
    assert prices == [(1.2, "元/千瓦时", "补贴价格"), (2.0, "元/千瓦时", "补贴价格上限")]
    # the table's unit cells ((元 ⏎ /kWh ⏎ )) stay lines of their own
    assert "(元\n/kWh\n)" in unwrapped(doc.text)


def test_a_scanned_page_with_figure_labels_and_table_cells_still_reads_as_wrapped():
    # real_eighth doc_0013 and doc_0012: OCR'd pages wrap their prose at one width between figure labels,
    # coordinates and page marks; the share of wrapped lines is reckoned over the lines as wide as prose
    prose = ["第六条建筑日照标准:", "(二)托儿所、幼儿园的生活活动用房:冬至日有效日照不",
             "低于3小时,室外活动场地应保证有一半以上的活动场地面积冬", "至日日照不少于连续2小时。"]
    labels = ["图1-1", "图1-2", "计算基准面", "转角直角窗", "50", "地块", "30\"", "- 12 -"]
    wrapped = "这是一段按页面宽度折行的扫描文字,每行的字数大致相同而且不"
    text = "\n".join(prose + [wrapped] * 12 + labels * 6) + "\n"
    view = unwrapped(text)
    assert "不 低于3小时" in view and "冬 至日" in view and len(view) == len(text)
    doc = process_text("某市自然资源局关于印发《某市建筑工程日照分析技术管理规则》的通知\n" + text, "t.txt")
    assert [(p.value, p.unit, p.comparator) for p in doc.parameters][:2] == [(3, "小时", ">="), (2, "小时", ">=")]


def test_prose_lines_among_short_cells_with_no_common_width_stay_as_they_are():
    cells = "\n".join(["指标名称", "序号", "1", "新增光伏装机容量", "2", "新建充电桩"] * 10) + "\n"
    assert unwrapped(cells) is cells


def test_a_line_without_punctuation_is_as_wide_as_its_page():
    # real_eighth doc_0013: NFKC made the page's full-width commas ASCII; they still took a full character's
    # width, so a line of the page without any (…的日照标准按不低于 ⏎ 大寒日1小时控制) is no wider than the others
    line = "日照分析采用," * 4  # 24 characters and 4 commas
    assert len(line) == 28
    last = "旧区范围内相邻的居住养老及文教卫生类建筑的日照标准不低于"[-28:]  # 28 characters, no punctuation
    assert len(last) == 28
    text = "\n".join([line] * 12 + [last, "大寒日1小时控制。"]) + "\n"
    view = unwrapped(text)
    assert "不低于 大寒日1小时" in view


def test_a_lines_width_counts_a_digit_or_latin_letter_as_half_a_chinese_character():
    # (wrapped_lines._width deletes the spaces and the marks full-width on the page from the line's ASCII in one pass:
    # the same count as one character at a time)
    from pipeline.wrapped_lines import _FULL_WIDTH_ON_THE_PAGE, _width
    assert _width("到2025年完成100个") == 5 + 7 - 7 // 2  # five characters, seven digits
    assert _width("一、目标 (一)加强组织领导;") == 14
    rng = random.Random(27)
    letters = "年完成、。" + _FULL_WIDTH_ON_THE_PAGE + "a1.% \u3000"
    for line in ("".join(rng.choice(letters) for _ in range(rng.randint(0, 40))) for _ in range(5000)):
        narrow = sum(1 for c in line if c.isascii() and c != " " and c not in _FULL_WIDTH_ON_THE_PAGE)
        assert _width(line) == len(line) - line.count(" ") - narrow // 2, line


@pytest.mark.parametrize("before, after, joined", [
    # fourth plan_0014 at a page's width: a rate (…供电可靠率达到 ⏎ 99.88%以上,…) is no label 99.
    ("城镇地区供电能力及供电安全水平显著提升,供电可靠率达到", "99.88%以上,用户年均停电时间不超过10小时。", True),
    # extra elec_0001: a price (…的补贴价格为 ⏎ 1.2元/千瓦时)
    ("春节期间需求响应固定补贴价格模式的补贴价格为元每千瓦时", "1.2元/千瓦时,竞价模式的补贴价格上限为2元。", True),
    ("对购买首套新建商品住房的家庭给予每套最高不超过补贴金额", "2.5万元的购房补贴,每户限享受1次。", True),
    # an outline label keeps its line: 1.、1.1 and 12、 open items
    ("城镇地区供电能力及供电安全水平显著提升,供电可靠率达到高", "1.1 总体目标", False),
    ("城镇地区供电能力及供电安全水平显著提升,供电可靠率达到高", "2.加强电网建设。", False),
])
def test_a_line_broken_before_a_decimal_and_its_unit_runs_on(before, after, joined):
    text = "\n".join(["日照分析采用日照分析采用日照分析采用日照分析采用日照"] * 12 + [before, after, "附则。"]) + "\n"
    view = unwrapped(text)
    assert (before + " " + after in view) == joined and (before + "\n" + after in view) != joined


def test_the_stages_share_the_unwrapped_view_from_a_module_of_its_own():
    """pipeline/wrapped_lines.py: the responsibilities and deadlines stages read it, not the targets stage's modules,
    and its word lists are rules (rules/targets.yaml wrapped_lines)."""
    import ast

    from pipeline import rules, wrapped_lines

    root = Path(wrapped_lines.__file__).parent
    for stage in ("responsibilities", "deadlines"):
        for path in (root / stage).glob("*.py"):
            imported = {n.module for n in ast.walk(ast.parse(path.read_text("utf-8")))
                        if isinstance(n, ast.ImportFrom) and n.module and n.level == 2}
            assert not any(m.split(".")[0] == "targets" for m in imported), path
    cfg = rules.load("targets")["wrapped_lines"]
    assert "。" in cfg["closing_marks"] and "附件" in cfg["line_openings"]


def test_a_line_that_closes_or_a_line_that_opens_anew_keeps_its_break():
    width = "各地要按照统一部署认真做好相关工作并且按时"  # 21 characters, no closing mark
    lines = [width] * 12 + ["全面完成。", "附件:名单", width, "〔2022〕5号", width, "结束。"]
    text = "\n".join(lines)
    view = unwrapped(text)
    assert len(view) == len(text) and view.count("\n") < text.count("\n")
    assert "完成。\n附件:名单\n" in view and "按时\n〔2022〕" in view
    assert f"{width} {width}" in view
