"""Outline stage: numbered items, depth by nesting, paths, spans, 专栏, 附件N, 文件N."""
from pipeline.document import Document
from pipeline.normalise import normalise
from pipeline.outline import heading_of, read_label, segment


def outline(text: str) -> Document:
    """Segment `text` as a whole body (no metadata stage)."""
    doc = Document(source_file="t", raw=text)
    normalise(doc)
    segment(doc)
    return doc


def paths(doc: Document) -> list[str]:
    return [t.path for t in doc.tasks]


def by_path(doc: Document) -> dict:
    return {t.path: t for t in doc.tasks}


def assert_spans(doc: Document) -> None:
    for t in doc.tasks:
        span = doc.text[t.char_start:t.char_end]
        assert span.startswith(t.label.split(" ")[0]), (t.path, span[:20])
        assert span == span.rstrip(), t.path


def test_five_levels_with_paren_numbers_and_circled():
    doc = outline("一、总体要求\n(一)工作目标。到2025年基本建成。\n1.加强领导。建立机制。\n"
                  "(1)建立机制。定期会商。\n(2)完善制度。\n①明确分工;细化任务。\n②强化考核。\n"
                  "2.加强保障。\n二、保障措施\n")
    assert paths(doc) == ["1", "1.1", "1.1.1", "1.1.1.1", "1.1.1.2", "1.1.1.2.1", "1.1.1.2.2",
                          "1.1.2", "2"]
    t = by_path(doc)
    assert t["1.1.1.2.1"].label == "①" and t["1.1.1.2.1"].heading == "明确分工"
    assert t["1.1.1.2.1"].level == 5 and t["1.1.1.2.1"].parent_path == "1.1.1.2"
    assert t["1.1.1.2"].is_leaf is False and t["1.1.1.2.2"].is_leaf is True
    assert t["2"].parent_path is None and t["2"].level == 1
    assert_spans(doc)


def test_depth_follows_nesting_not_style():
    doc = outline("一、目标\n到2020年完成。\n二、任务\n1、做好甲项工作。\n2、做好乙项工作。\n三、保障\n加强领导。")
    assert paths(doc) == ["1", "2", "2.1", "2.2", "3"]
    assert by_path(doc)["2.1"].label == "1、" and by_path(doc)["2.1"].level == 2


def test_list_restarting_at_one_under_each_parent():
    doc = outline("一、任务\n(一)甲\n1.子项一。\n2.子项二。\n(二)乙\n1.子项三。\n2.子项四。\n3.子项五。\n")
    assert paths(doc) == ["1", "1.1", "1.1.1", "1.1.2", "1.2", "1.2.1", "1.2.2", "1.2.3"]


def test_list_numbered_continuously_across_parents_keeps_written_ordinals():
    doc = outline("一、任务\n(一)甲\n1.子项一。\n2.子项二。\n3.子项三。\n(二)乙\n4.子项四。\n5.子项五。\n"
                  "二、保障\n6.组织领导。\n")
    assert paths(doc) == ["1", "1.1", "1.1.1", "1.1.2", "1.1.3", "1.2", "1.2.4", "1.2.5", "2", "2.6"]


def test_stray_number_that_breaks_the_sequence_is_text():
    doc = outline("一、任务\n1.甲。\n2.乙。\n3.丙。\n4.丁。\n其中包括:\n2.这一行是正文的续行。\n5.戊。\n")
    assert paths(doc) == ["1", "1.1", "1.2", "1.3", "1.4", "1.5"]
    assert "2.这一行" in doc.text[by_path(doc)["1.4"].char_start:by_path(doc)["1.4"].char_end]


def test_decimal_numbers_and_number_only_lines_are_not_items():
    doc = outline("一、指标\n序号\n1\n1.\n人均预期寿命\n2.5亿元的投入已落实。\n(2018—2020年)\n二、任务\n")
    assert paths(doc) == ["1", "2"]


def test_inline_enumeration_is_not_an_item():
    doc = outline("一、任务\n一是加强领导,二是完善制度。\n二是另起一行的列举。\n二、保障\n")
    assert paths(doc) == ["1", "2"]


def test_attachment_list_and_cc_line_are_not_items_and_end_the_last_item():
    doc = outline("一、任务\n(一)加强领导。做好工作。\n(二)完善制度。\n\n附件:1.主要指标\n2.部门分工\n\n"
                  "抄送:市委各部门。\n")
    assert paths(doc) == ["1", "1.1", "1.2"]
    last = by_path(doc)["1.2"]
    assert doc.text[last.char_start:last.char_end] == "(二)完善制度。"


def test_single_attachment_named_without_body_is_a_list():
    doc = outline("一、任务\n(一)加强领导。\n附件:工作责任清单\n")
    assert paths(doc) == ["1", "1.1"]
    assert doc.text[doc.tasks[-1].char_start:doc.tasks[-1].char_end] == "(一)加强领导。"


def test_attached_document_gets_its_own_prefixed_outline():
    body = "这是附件正文的说明文字,内容较长。" * 3
    doc = outline("一、任务\n(一)加强领导。\n二、保障\n(一)落实经费。\n"
                  f"附件2\n重点任务清单\n{body}\n一、工作目标\n(一)第一项。\n1.细项。\n二、工作措施\n")
    assert paths(doc) == ["1", "1.1", "2", "2.1", "附件2.1", "附件2.1.1", "附件2.1.1.1", "附件2.2"]
    t = by_path(doc)
    assert t["附件2.1"].parent_path is None and t["附件2.1"].level == 1
    assert t["附件2.1.1.1"].parent_path == "附件2.1.1"
    assert "附件2" not in doc.text[t["2.1"].char_start:t["2.1"].char_end]


def test_lone_attachment_line_counts_as_first_attachment():
    doc = outline("一、任务\n(一)加强领导。\n附件\n分工方案\n一、目标任务\n二、保障措施\n")
    assert paths(doc) == ["1", "1.1", "附件1.1", "附件1.2"]


def test_attachment_header_with_colon_and_title():
    doc = outline("一、任务\n附件1:工作方案\n一、目标\n(一)甲。\n")
    assert paths(doc) == ["1", "附件1.1", "附件1.1.1"]


def test_second_document_in_the_same_text_gets_file_prefix():
    doc = outline("若干政策措施\n一、支持创新。\n二、强化保障。\n\n三年行动计划\n为落实上述政策,制定本计划。\n"
                  "一、主要目标\n(一)到2025年完成。\n二、重点任务\n")
    assert paths(doc) == ["1", "2", "文件2.1", "文件2.1.1", "文件2.2"]
    second = by_path(doc)["2"]
    assert doc.text[second.char_start:second.char_end] == "二、强化保障。"


def test_restart_without_a_title_line_is_not_a_new_document():
    doc = outline("一、任务\n做好工作。\n二、保障\n一、二级医院要落实责任。\n三、监督\n")
    assert paths(doc) == ["1", "2", "3"]


def test_column_box_nests_under_level_one_with_its_own_list():
    doc = outline("三、重点任务\n(一)甲\n1.项目一。\n2.项目二。\n专栏 1:重点工程\n1.工程甲。\n2.工程乙。\n"
                  "(二)乙\n3.项目三。\n专栏2 民生项目\n1.项目丙。\n四、保障\n")
    assert paths(doc) == ["3", "3.1", "3.1.1", "3.1.2", "3.专栏1", "3.专栏1.1", "3.专栏1.2",
                          "3.2", "3.2.3", "3.专栏2", "3.专栏2.1", "4"]
    t = by_path(doc)
    assert t["3.专栏1"].label == "专栏 1" and t["3.专栏1"].heading == "重点工程"
    assert t["3.专栏1"].level == 2 and t["3.专栏1.1"].level == 3
    assert t["3.专栏2"].heading == "民生项目"
    assert_spans(doc)


def test_signature_block_ends_the_last_item():
    doc = outline("一、任务\n(一)加强领导。\n\n某某市人民政府\n2020年1月2日\n")
    assert doc.text[doc.tasks[-1].char_start:doc.tasks[-1].char_end] == "(一)加强领导。"


def test_only_the_body_is_segmented():
    doc = Document(source_file="t", raw="通知\n一、请认真执行。\n二、及时上报。\n方案\n一、目标\n二、任务\n")
    normalise(doc)
    doc.body_start = doc.text.index("方案")
    segment(doc)
    assert paths(doc) == ["1", "2"]
    assert doc.tasks[0].char_start > doc.body_start


def test_spans_run_to_the_next_item_at_any_level():
    doc = outline("一、任务\n正文一。\n(一)甲。\n甲的正文。\n\n二、保障\n")
    t = by_path(doc)
    assert doc.text[t["1"].char_start:t["1"].char_end] == "一、任务\n正文一。"
    assert doc.text[t["1.1"].char_start:t["1.1"].char_end] == "(一)甲。\n甲的正文。"


def test_full_width_labels_after_normalisation():
    doc = outline("一、任务\n（一）甲项\n１．细项一。\n（二）乙项\n")
    assert paths(doc) == ["1", "1.1", "1.1.1", "1.2"]
    assert by_path(doc)["1.1"].label == "(一)"


def test_no_structure_gives_a_warning_and_no_rows():
    doc = outline("各单位要认真贯彻执行。\n特此通知。")
    assert doc.tasks == []
    assert "no numbered task structure found" in doc.warnings


def test_odd_input_does_not_raise():
    for raw in ["", "\n\n", "一、", "(一)", "专栏", "附件", "附件1\n", "1." * 1000, "一、\n" * 50]:
        outline(raw)


def test_heading_rules():
    assert heading_of("普及健康生活。") == "普及健康生活"
    assert heading_of("坚持以人为本,健康优先。坚持把人民健康放在优先") == "坚持以人为本,健康优先"
    assert heading_of("明确分工;细化任务。") == "明确分工"
    assert heading_of("指导思想") == "指导思想"
    assert heading_of("、加强领导:") == "加强领导"
    label = read_label("专栏3:中医药传承创新工程")
    assert (label.style, label.ordinal, label.text, label.heading) == ("column", 3, "专栏3", "中医药传承创新工程")
    assert read_label("(二十四)加强人口健康信息化建设").ordinal == 24
    assert read_label("⑫强化考核").ordinal == 12
    assert read_label("1.5亿元") is None
    assert read_label("2020年完成") is None


def test_chapters_are_level_one_and_lists_restart_under_each():
    doc = outline("第一章 总体要求\n一、指导思想\n二、基本原则\n第二章 主要任务\n一、加强领导\n(一)健全机制。\n"
                  "第三章\n保障措施\n一、落实经费\n")
    assert paths(doc) == ["1", "1.1", "1.2", "2", "2.1", "2.1.1", "3", "3.1"]
    t = by_path(doc)
    assert t["1"].label == "第一章" and t["1"].heading == "总体要求"
    assert t["3"].heading == "保障措施"


def test_column_heading_on_the_next_line():
    doc = outline("一、任务\n专栏一\n重大工程项目\n1.工程甲。\n二、保障\n")
    assert paths(doc) == ["1", "1.专栏1", "1.专栏1.1", "2"]
    assert by_path(doc)["1.专栏1"].heading == "重大工程项目"


def test_column_before_any_level_two_item_is_closed_by_the_conventional_level_two_style():
    doc = outline("一、任务\n专栏1:重点项目\n1.项目甲。\n2.项目乙。\n(一)加强领导。\n1.细项。\n")
    assert paths(doc) == ["1", "1.专栏1", "1.专栏1.1", "1.专栏1.2", "1.1", "1.1.1"]


def test_attachment_label_over_a_numbered_list_is_a_list():
    doc = outline("一、任务\n(一)加强领导。\n附件:\n1.主要指标\n2.部门分工\n")
    assert paths(doc) == ["1", "1.1"]
    assert doc.text[doc.tasks[-1].char_start:doc.tasks[-1].char_end] == "(一)加强领导。"


def test_an_item_opening_with_a_year_is_not_a_decimal():
    from pipeline.run import process_text

    doc = process_text("二、主要任务\n1.推进改造,完成120个。\n2.2025年6月底前完成老旧小区改造。\n3.5万人参加培训的说明不是条目")
    assert [t.path for t in doc.tasks] == ["2", "2.1", "2.2"]


def test_a_plan_standing_under_an_attachment_line_takes_its_prefix():
    from pipeline.run import process_text

    text = ("某县人民政府办公室关于印发两个方案的通知\n各乡镇人民政府:\n现将两个方案印发给你们。\n"
            "某县人民政府办公室\n2023年4月6日\n附件1\n某县人居环境整治方案\n一、工作目标\n二、重点任务\n"
            "(一)推进厕所革命\n附件2\n某县养老服务方案\n一、基本情况\n二、目标任务\n")
    doc = process_text(text)
    assert [t.path for t in doc.tasks] == ["附件1.1", "附件1.2", "附件1.2.1", "附件2.1", "附件2.2"]
