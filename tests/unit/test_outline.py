"""Outline stage: numbered items, depth by nesting, paths, spans, 专栏, 附件N, 文件N."""
import pytest

from pipeline.document import Document
from pipeline.normalise import normalise
from pipeline.outline import segment
from pipeline.outline.labels import heading_of, read_label
from pipeline.outline.patterns import patterns as outline_patterns
from pipeline.rules import written_out


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


# A table laid one cell a line (`序号` alone on its line, then its cells): a label alone in the 序号 column that
# opens or goes on with a list is a section of the table and an item (tenth P_01/P_02's assessment tables), the
# numbered lines of its cells are not; a row whose label and name share a cell (`一、实施设备更新行动`, an
# attachment's task list as fourth plan_0018 and real govcn_0048 print it) is a line of the table; the outline the
# table stands in goes on after it (`二、总体架构` ⏎ `(一)…`).
def test_a_table_one_cell_a_line_has_its_sections_as_items_and_its_cells_numbers_as_text():
    doc = outline("石城县河长制工作考核细则\n序号\n考核项目\n各项分值\n考核内容\n一、\n通用考核项目(全部责任单位)\n40\n1\n"
                  "组织领导\n8\n1.成立河长制工作领导小组(1分);\n2.单位领导班子部署河长制相关工作,年内至少3次。\n"
                  "二、\n部门履职差异考核项目\n60\n1\n县委农工部\n1.探索实行农村生活垃圾分类试点(15分);\n"
                  "三、\n综合奖扣分项目\n1.年内被省书面通报表扬的奖10分。\n")
    assert [(t.path, t.label, t.heading) for t in doc.tasks] == [
        ("1", "一、", "通用考核项目(全部责任单位)"), ("2", "二、", "部门履职差异考核项目"), ("3", "三、", "综合奖扣分项目")]


@pytest.mark.parametrize("text", [
    "一、总体要求\n全面推进。\n附件1\n重点任务清单\n序号\n领域\n2024年推进任务\n牵头责任部门\n一、实施设备更新行动\n1\n工业\n"
    "组织实施技术改造项目1000个以上。\n市工信局\n二、实施消费品以旧换新行动\n2\n汽车\n开展汽车促消费活动。\n市商务局\n",
    "附件\n第二批支持创新相关改革举措推广清单\n序号\n改革举措\n主要内容\n一、知识产权保护方面(共5项)\n1\n"
    "知识产权民事、刑事、行政案件“三合一”审判\n整合分散的审判资源。\n二、科技成果转化激励方面(共4项)\n6\n"
    "以事前产权激励为核心的职务科技成果权属改革\n赋予科研人员一定比例的职务科技成果所有权。\n",
])
def test_a_row_of_a_table_one_cell_a_line_is_no_item(text):
    assert [t.path for t in outline(text).tasks if t.path.startswith("附件")] == []


def test_the_outline_a_table_one_cell_a_line_stands_in_goes_on_after_it():
    doc = outline("一、发展目标\n到2025年,数字政府基本建成。\n序号\n类别\n主要指标\n目标值\n1\n政务服务\n一窗综合受理率(%)\n100\n"
                  "2\n政务服务一体机镇街覆盖率(%)\n95\n二、总体架构\n(一)一张网。\n(二)一朵云。\n")
    assert paths(doc) == ["1", "2", "2.1", "2.2"]


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


@pytest.mark.parametrize("marker", ["附件                 岸电使用交接单", "附件1  工作方案", "附件 1 工作方案", "附件一 工作方案"])
def test_attachment_header_with_spaces_for_the_colon(marker):
    # shgov_0018: a form's 附件 line lays its title out after spaces; its numbered rows are the attachment's
    doc = outline("一、任务\n二、保障。\n" + marker + "\n(1)XX泊位设备容量 XXX KVA\n(2)XX泊位设备容量 XXX KVA\n")
    assert paths(doc) == ["1", "2", "附件1.1", "附件1.2"]


def test_attachment_list_with_spaces_for_the_colon_holds_no_items():
    doc = outline("一、任务\n(一)加强领导。\n附件 1.主要指标\n2.部门分工\n")
    assert paths(doc) == ["1", "1.1"]


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
    # the guide: up to the first 。, ; or : (the guide's own example, shgov_0011, a column's project list)
    assert heading_of("契税补贴:符合条件的购房人按所缴契税的50%给予补贴") == "契税补贴"
    assert heading_of("高风险类:有不良安全习惯(如抽烟习惯、家中有烧") == "高风险类"
    assert heading_of("禅城区:新建亚艺体育公园,新增健身场地面积2.5万平方米") == "禅城区"
    # a colon between digits is a time's or a scale's, no stop (extra shgov_0029, eighth doc_0013); 1:1 after a name's colon
    assert heading_of("区运管部门加强指导,夜间停车(18:00—次日8:00点)实行收费管理。") == "区运管部门加强指导,夜间停车(18:00—次日8:00点)实行收费管理"
    assert heading_of("日照分析模型总平面图(1:500一1:2000):包括所有主体") == "日照分析模型总平面图(1:500一1:2000)"
    assert heading_of("配比:1:1") == "配比"
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


# --- chapters, sections and articles (章/节/条), real phrasings ---------------------------

def test_articles_number_through_chapters_behind_markdown_marks():
    # lawref_0008 (枣庄市电梯安全条例): markdown `##` chapters, articles numbered across them.
    doc = outline("## 第一章  总则\n\n第一条 为了加强电梯安全管理,预防和减少电梯事故,制定本条例。\n\n"
                  "第十一条 鼓励电梯生产、使用、维护保养等单位和检验、检测机构投保电梯安全责任保险。\n\n"
                  "## 第二章  生产、经营与选型\n\n"
                  "第十二条 电梯制造单位应当明确电梯主要部件的质量保证期限。\n\n"
                  "## 第三章  使用\n\n"
                  "第二十一条 电梯使用单位是指具有电梯管理权利和管理义务的单位或者个人。电梯使用单位按照下列规定予以确定:\n\n"
                  "(一)新安装电梯未移交给所有权人的,项目建设单位为使用单位;\n\n"
                  "(二)电梯属于一个所有权人所有的,所有权人为使用单位;\n\n"
                  "第二十二条 电梯使用单位是电梯使用安全的责任主体,对电梯使用安全负责,履行下列义务:\n")
    assert paths(doc) == ["1", "1.1", "1.11", "2", "2.12", "3", "3.21", "3.21.1", "3.21.2", "3.22"]
    t = by_path(doc)
    assert t["2"].label == "第二章" and t["2"].heading == "生产、经营与选型" and t["2"].level == 1
    assert t["3.21"].label == "第二十一条" and t["3.21"].parent_path == "3" and t["3.21"].level == 2
    assert t["3.21.1"].parent_path == "3.21"
    assert doc.text[t["1"].char_start:].startswith("第一章")  # the item starts after the `##`
    assert_spans(doc)


def test_chapter_and_article_labels_run_into_their_text():
    # realestate_0224 (无锡市市区共有产权保障房管理办法): no space after 第N章 / 第N条.
    doc = outline("第一章总则\n\n第一条为了规范共有产权保障房管理,改善住房困难家庭居住条件,制定本办法。\n\n"
                  "第二条本市市区范围内政府投资以及政府委托其他单位建设并纳入保障性安居工程计划的共有产权保障房管理,适用本办法。\n\n"
                  "第三章申请审核\n\n第十二条申请购买共有产权保障房的家庭应当符合下列条件:\n\n"
                  "(一)申请人具有完全民事行为能力,申请家庭成员之间具有法定的赡养、扶养或者抚养关系;\n\n"
                  "(二)具有本市市区户籍满5年;\n\n"
                  "第十三条申请家庭符合本办法第十二条规定,但有下列情况之一的,不得申请购买共有产权保障房:\n")
    assert paths(doc) == ["1", "1.1", "1.2", "3", "3.12", "3.12.1", "3.12.2", "3.13"]
    t = by_path(doc)
    assert t["1"].heading == "总则" and t["3"].heading == "申请审核"
    assert t["3.12"].label == "第十二条"


def test_articles_without_chapters_take_their_own_ordinal():
    # realestate_0006 (中山市户籍迁入规定): 1. items inside an article nest under it.
    doc = outline("第七条进一步优化投资入户、纳税入户:\n\n第八条符合下列情形之一的人员,可申请将户口迁入我市:\n\n"
                  "1.在我市荣获全国、广东省、中山市劳动模范,享受省部级劳模待遇表彰荣誉的人员;\n\n"
                  "2.经市交通运输局核准认定的当前在我市连续从事公交驾驶员岗位满1年且在岗的人员。\n\n"
                  "第九条本市户籍收养人符合《中华人民共和国民法典》规定并取得县级以上民政部门收养登记证的。\n")
    # The list opens at 第七条: a body cut before 第一条 still reads the articles.
    assert paths(doc) == ["7", "8", "8.1", "8.2", "9"]
    # govcn_0027 (个人所得税法实施条例): (一) items inside articles, no chapters.
    doc = outline("第一条 根据《中华人民共和国个人所得税法》(以下简称个人所得税法),制定本条例。\n\n"
                  "第二条 个人所得税法所称在中国境内有住所,是指因户籍、家庭、经济利益关系而在中国境内习惯性居住。\n\n"
                  "第三条 除国务院财政、税务主管部门另有规定外,下列所得,不论支付地点是否在中国境内,均为来源于中国境内的所得:\n\n"
                  "(一)因任职、受雇、履约等在中国境内提供劳务取得的所得;\n\n"
                  "(二)将财产出租给承租人在中国境内使用而取得的所得;\n\n"
                  "第四条 在中国境内无住所的个人,在中国境内居住累计满183天的年度连续不满六年的,其来源于中国境外且由境外单位或者个人支付的所得,免予缴纳个人所得税。\n")
    assert paths(doc) == ["1", "2", "3", "3.1", "3.2", "4"]
    assert by_path(doc)["3.1"].parent_path == "3" and by_path(doc)["4"].level == 1


def test_article_caption_in_parentheses_is_its_heading():
    # realestate_0004 (长宁区房屋协议置换实施办法): 第N条 over a caption, the text below.
    doc = outline("第一条 (目的和依据)\n\n为规范本区房屋协议置换行为,维护协议置换双方的合法权益,制定本办法。\n\n"
                  "第二条 (适用范围)\n\n本办法适用于本区范围内的下列项目:\n\n"
                  "(一)有明确交地和开工时间节点,且已取得建设项目规划选址意见书的重大工程项目;\n")
    assert paths(doc) == ["1", "2", "2.1"]
    assert by_path(doc)["1"].heading == "目的和依据" and by_path(doc)["2"].heading == "适用范围"


def test_sections_nest_under_chapters_and_articles_under_sections():
    # 中华人民共和国民法典 (第一编 总则, 第二章 自然人): 编 > 章 > 节 > 条.
    doc = outline("第一编 总则\n第一章 基本规定\n第一条 为了保护民事主体的合法权益,调整民事关系,制定本法。\n"
                  "第二章 自然人\n第一节 民事权利能力和民事行为能力\n"
                  "第十三条 自然人从出生时起到死亡时止,具有民事权利能力,依法享有民事权利,承担民事义务。\n"
                  "第二节 监护\n第二十六条 父母对未成年子女负有抚养、教育和保护的义务。\n"
                  "第三章 法人\n第一节 一般规定\n第五十七条 法人是具有民事权利能力和民事行为能力,依法独立享有民事权利和承担民事义务的组织。\n")
    assert paths(doc) == ["1", "1.1", "1.1.1", "1.2", "1.2.1", "1.2.1.13", "1.2.2", "1.2.2.26",
                          "1.3", "1.3.1", "1.3.1.57"]
    t = by_path(doc)
    assert t["1.2.1"].label == "第一节" and t["1.2.1"].heading == "民事权利能力和民事行为能力"
    assert t["1.2.2.26"].parent_path == "1.2.2" and t["1.2.2.26"].level == 4
    # 刑法 第六章 妨害社会管理秩序罪: 节 with its articles, numbered on from the chapter.
    doc = outline("第六章 妨害社会管理秩序罪\n第一节 扰乱公共秩序罪\n"
                  "第二百七十七条 以暴力、威胁方法阻碍国家机关工作人员依法执行职务的,处三年以下有期徒刑、拘役、管制或者罚金。\n"
                  "第二百七十八条 煽动群众暴力抗拒国家法律、行政法规实施的,处三年以下有期徒刑、拘役、管制或者剥夺政治权利。\n"
                  "第二节 妨害司法罪\n第三百零五条 在刑事诉讼中,证人、鉴定人、记录人、翻译人对与案件有重要关系的情节,故意作虚假证明的,处三年以下有期徒刑或者拘役。\n")
    assert paths(doc) == ["6", "6.1", "6.1.277", "6.1.278", "6.2", "6.2.305"]


def test_an_earlier_article_cited_at_the_start_of_a_line_is_not_an_item():
    # realestate_0224: a paragraph of 第十三条 opening with the article it refers back to.
    doc = outline("第十二条申请购买共有产权保障房的家庭应当符合下列条件:\n"
                  "第十三条申请家庭符合本办法第十二条规定,但有下列情况之一的,不得申请购买共有产权保障房:\n"
                  "第十二条规定的收入和住房标准,由市住房城乡建设部门会同有关部门制定。\n"
                  "第十四条一个申请家庭只能购买一套共有产权保障房。\n")
    assert paths(doc) == ["12", "13", "14"]


def test_a_label_opening_a_line_after_an_inline_enumeration_is_an_item():
    # realestate_0195: (一) inside a sentence, (二) at the start of the next line; realestate_0200: 一是 / 二是 in the
    # text, then 三、 at the start of a line. An item starts a line (ANNOTATION): both texts' readers took it.
    doc = outline("此外,《通知》明确了奖补标准。(一)无房或首套、二套商品房住房的认定。以购房人家庭为单位认定。\n"
                  "(二)购房财政奖补范围认定标准。财政奖补申请人所购买新建首套、二套商品住房。\n")
    assert paths(doc) == ["2"]
    doc = outline("意见稿显示,钦州拟调整住房公积金提取政策。一是取消购买、建造住房及偿还住房贷款本息提取的住房套数限制。\n"
                  "二是简化租房提取手续,提高提取频次。\n"
                  "三、修订《钦州市个人自愿缴存住房公积金实施办法》部分条款。将第七条缴存基数修改为:由自愿缴存人员根据自身情况确定。\n")
    assert paths(doc) == ["3"]
    assert by_path(doc)["3"].heading == "修订《钦州市个人自愿缴存住房公积金实施办法》部分条款"
    # A body cut before its first item still opens at the item it has (realestate_0145).
    doc = outline("四、加大信贷和财税支持,拓宽市场发展空间\n(十九)加大住房商业贷款支持。商业银行对居民家庭购买首套住房,按揭贷款按照最低首付比例20%执行。\n")
    assert paths(doc) == ["4", "4.19"]


def test_the_top_level_list_continues_past_items_the_text_lost():
    # realestate_0048: 十三、–十五、 lost in the scrape (a fragment stands where they were), then 十六、
    doc = outline("十一、放宽灵活就业人员建户缴存公积金政策,社保开户即可申请缴存住房公积金。\n"
                  "十二、放宽住房公积金组合贷款业务,可申请组合贷款。\n"
                  "时研判房地产市场走势,做好市场监测分析工作。\n"
                  "十六、本意见自2021年10月1日起施行,有效期至2022年12月31日。\n")
    assert paths(doc) == ["11", "12", "16"]
    # under an item, a skip past max_gap is still text
    doc = outline("一、总体要求\n(一)加强领导。\n(二)完善制度。\n(九)这一行是正文里的编号。\n二、保障措施\n")
    assert paths(doc) == ["1", "1.1", "1.2", "2"]


# --- restarted numbering ------------------------------------------------------------

def test_a_list_restarting_after_text_nests_under_the_item_it_follows():
    # realestate_0214 (杭州市共有产权保障住房管理办法): a second 1.–5. list under the same (十五).
    doc = outline("(十五)市区户籍购房家庭申请共有产权保障住房需同时满足以下条件:\n1.主申请人具有一定年限以上市区户籍;\n"
                  "2.购房家庭符合本市住房限购政策,且一定年限内在市区无房;\n"
                  "非市区户籍购房家庭申请共有产权保障住房需同时满足以下条件:\n"
                  "1.主申请人持有《浙江省居住证》或《浙江省引进人才居住证》;\n"
                  "2.主申请人申请前在市区累计缴纳社保或个人所得税满一定年限;\n3.市政府规定的其他条件。\n"
                  "(十六)共有产权保障住房以一对夫妻或一对夫妻带未成年子女作为一户购房家庭。\n")
    assert paths(doc) == ["15", "15.1", "15.2", "15.2.1", "15.2.2", "15.2.3", "16"]
    assert by_path(doc)["15.2.3"].heading == "市政府规定的其他条件"
    # (realestate_0209: 所需资料: and 注意事项: over each list are items of their own: the lead lines' test below)
    # realestate_0218 (溧水区购房补助): the top list restarts under 其他事项.
    doc = outline("1、申请人购买新建商品房并网签备案。\n2、到溧水区市民之家房产局窗口领取并填写申请表。\n其他事项\n"
                  "1、房屋购买时间以合同网签备案时间为准。\n2、相关细则由溧水区住房保障和房产局牵头负责解释。\n")
    assert paths(doc) == ["1", "2", "2.1", "2.2"]


def test_lead_lines_that_lost_their_labels_hold_the_lists_restarting_under_them():
    # realestate_0209: 所需资料: ⏎ 1.–3. ⏎ 注意事项: ⏎ 1.–2. (with (1)(2) under 2.) under one (一): each lead an item of
    # its own, numbered by its order, the lists under them (CONVENTIONS Outline, lost labels)
    doc = outline("二、其他实施措施\n(一)提取住房公积金支持老旧小区改造\n所需资料:\n1.提取本人的,提供本人身份证;\n"
                  "2.改造施工协议或合同;\n3.申请人银行卡。\n注意事项:\n1.提取有效期为改造施工协议或合同签订两年内。\n"
                  "2.老旧小区改造提取应当同时具备以下条件:\n(1)住宅已列入改造范围。\n(2)提取范围包括水、电、气、暖及门窗。\n"
                  "(二)提高最高贷款额度。将最高可贷额度提高至80万元。\n")
    assert paths(doc) == ["2", "2.1", "2.1.1", "2.1.1.1", "2.1.1.2", "2.1.1.3", "2.1.2", "2.1.2.1", "2.1.2.2",
                          "2.1.2.2.1", "2.1.2.2.2", "2.2"]
    items = by_path(doc)
    assert (items["2.1.1"].label, items["2.1.1"].heading) == ("", "所需资料")
    assert (items["2.1.2"].label, items["2.1.2"].heading) == ("", "注意事项")
    assert doc.text[items["2.1.1.3"].char_start:items["2.1.1.3"].char_end] == "3.申请人银行卡。"
    assert_spans(doc)
    # realestate_0016: two leads naming cases, the (一) over them a heading line without a colon
    doc = outline("一、调整优化部分住房公积金贷款政策\n(一)进一步明确抵押物价值认定方式\n不需进行抵押物价值评估的情形和价值认定方式:\n"
                  "1.购买新建商品自住住房,以房屋交易价格认定抵押物价值;\n2.购买再交易自住住房,以税务机关认定的价格认定抵押物价值。\n"
                  "需进行抵押物价值评估的情形和价值认定方式:\n1.未使用本次所购住房作为抵押物的,以评估价值认定抵押物价值;\n"
                  "2.建造、翻建、大修自住住房的,以评估价值作为抵押物价值;\n3.特殊情况下确需评估的,由双方认可的评估机构评估。\n"
                  "(二)优化商转公贷款的条件\n")
    assert paths(doc) == ["1", "1.1", "1.1.1", "1.1.1.1", "1.1.1.2", "1.1.2", "1.1.2.1", "1.1.2.2", "1.1.2.3", "1.2"]
    assert by_path(doc)["1.1.2"].heading == "需进行抵押物价值评估的情形和价值认定方式"
    # one lead alone introduces its list (no item); `具体如下:` names nothing
    doc = outline("(一)工作要求\n具体要求如下:\n1.加强领导。\n2.完善制度。\n另行规定如下:\n1.按月报送。\n(二)保障措施\n")
    assert paths(doc) == ["1", "1.1", "1.2", "1.2.1", "2"]
    doc = outline("(一)工作要求\n申报材料:\n1.申请表。\n2.身份证明。\n(二)保障措施\n")
    assert paths(doc) == ["1", "1.1", "1.2", "2"]


def test_level_1_headings_that_lost_their_labels_are_items_over_the_lists_restarting_under_them():
    # shgov_0060: 总体要求 / 重点整治内容 / 工作安排 / 工作要求 alone on their lines (the site renders 一、 by style), no
    # colon; the lists under them restart. Each heading is a level-1 item by its order (CONVENTIONS Outline, lost labels).
    doc = outline("为切实保障人民群众生命财产安全,特制订本方案。\n总体要求\n全面排查养老服务机构燃气安全领域风险隐患。\n"
                  "重点整治内容\n1.对未落实消防安全责任制的,要依法责令限期改正。\n2.对违规使用瓶装液化石油气的,依法处罚。\n"
                  "工作安排\n专项整治将分三个阶段进行。\n(一)集中攻坚阶段。2023年9月底前,全面排查风险隐患。\n"
                  "(二)巩固提升阶段。2024年3月底前,全面完成专项整治。\n工作要求\n(一)提高政治站位。认真开展自查自纠工作。\n"
                  "(二)加强工作报送。每月15日前报送整治进展情况。\n")
    assert paths(doc) == ["1", "2", "2.1", "2.2", "3", "3.1", "3.2", "4", "4.1", "4.2"]
    items = by_path(doc)
    assert [(items[p].label, items[p].heading) for p in ("1", "4")] == [("", "总体要求"), ("", "工作要求")]
    assert items["3.2"].heading == "巩固提升阶段"
    assert doc.text[items["1"].char_start:items["1"].char_end] == "总体要求\n全面排查养老服务机构燃气安全领域风险隐患。"
    # a guide's sections, each over a list opening at 1 (with a list under its items), a paragraph before the first
    doc = outline("为方便群众办理,现将有关事项告知如下。\n申请条件\n1.本市户籍居民;\n2.家庭人均收入低于标准。\n"
                  "申请材料\n1.身份证明;\n2.收入证明,包括:\n(1)工资收入证明;\n(2)其他收入证明。\n"
                  "办理流程\n1.向街道提出申请。\n2.区民政局审核。\n")
    assert paths(doc) == ["1", "1.1", "1.2", "2", "2.1", "2.2", "2.2.1", "2.2.2", "3", "3.1", "3.2"]
    # A news post's sub-headings over paragraphs head no list: no items (realestate_0075, 0179)
    doc = outline("据微信公众号消息,资阳市出台十五条措施。\n下调购房首付比例\n文件提出,下调首付比例。\n"
                  "推动车位和住房同步销售\n文件提出,推动车位和住房同步销售。\n")
    assert paths(doc) == []
    # only one of them over a list: the list restarts nowhere, it is read as it stands
    doc = outline("特制订本方案。\n总体要求\n全面排查风险隐患。\n工作要求\n(一)提高政治站位。认真开展工作。\n(二)加强报送。按月报送。\n")
    assert paths(doc) == ["1", "2"]
    # a heading line after a labelled item is no such heading (the outline's top level is labelled: realestate_0119)
    doc = outline("一、总体要求\n全面排查风险隐患。\n工作安排\n(一)集中攻坚。全面排查。\n工作要求\n(一)提高站位。认真开展。\n")
    assert paths(doc) == ["1", "1.1"]
    # nor a plan's own title over its preamble, nor a signing body over its date
    doc = outline("请认真贯彻落实。\n燃气安全专项整治工作方案\n为切实保障安全,特制订本方案。\n总体要求\n全面排查隐患。\n"
                  "工作安排\n(一)集中攻坚。全面排查。\n工作要求\n(一)提高站位。认真开展。\n某某市民政局\n2023年9月1日\n")
    assert paths(doc) == ["1", "2", "2.1", "3", "3.1"]
    assert by_path(doc)["1"].heading == "总体要求"
    # nor an enumeration's 一是 / 二是 alone on its line (a report's bold ordinal words, gwr_0001): no label (ANNOTATION)
    doc = outline("今年要着力抓好以下工作。\n一是\n扩大国内需求。要发行长期国债。\n1.加强基础设施建设。\n2.加快技术改造。\n"
                  "二是\n推进结构调整。要淘汰落后产能。\n1.关闭小厂小矿。\n2.压缩过剩产能。\n三是\n深化改革。要推进国企改革。\n")
    assert not any(t.label == "" for t in doc.tasks)


def test_a_restart_never_makes_a_second_document_by_itself():
    # realestate_0119 (马鞍山市): (一) again under each 一、 that the body lost.
    doc = outline("(一)购买新建商品住房(不含公寓,下同)补贴政策。2024年6月5日起至2025年6月4日给予补贴。\n"
                  "(二)购买二手住房(不含公寓,下同)购房补贴政策。\n加大商业性个人住房贷款金融支持力度\n"
                  "(一)优化商业性个人住房贷款首套房认定标准。\n(二)严格落实商业性个人住房贷款利率政策。\n")
    assert not any(p.startswith("文件") for p in paths(doc))
    # A second document restarts at 一、 after its own title (the guide's 文件N) still does.
    doc = outline("若干政策措施\n一、支持创新。\n二、强化保障。\n\n三年行动计划\n一、主要目标\n")
    assert paths(doc) == ["1", "2", "文件2.1"]


def test_one_list_written_in_two_numeral_systems():
    # realestate_0198 (贵港市若干措施): 1、 2、 3、 continued by 四、 五、.
    doc = outline("1、优化个人住房贷款中住房套数认定标准。居民家庭申请贷款购买商品住房时认定为首套住房。\n"
                  "2、调整优化差别化住房信贷政策。即日起,贵港市首套住房商业性个人住房贷款最低首付款比例为不低于20%。\n"
                  "3、支持提取住房公积金支付新建预售商品住房首付款。\n"
                  "四、有序降低存量首套住房贷款利率。支持和鼓励在贵港的商业银行按照市场化、法治化原则协商。\n"
                  "五、居民换购住房个人所得税予以退税优惠。\n")
    assert paths(doc) == ["1", "2", "3", "4", "5"]
    assert by_path(doc)["4"].label == "四、"
    # A nested 1、 list under 一、 is not a continuation of it (realestate_0129).
    doc = outline("一、关于住房公积金提取使用政策\n二、关于住房公积金贷款政策\n一)住房公积金贷款居民家庭住房套数的认定\n"
                  "1、居民家庭购买商品住房申请个人住房公积金贷款时,均按首套认定。\n"
                  "2、借款人住房套数,以本市不动产信息查询结果显示的住房总套数进行认定.\n"
                  "(二)住房公积金贷款次数的认定\n三、本通知自2023年10月8日起执行。\n")
    assert paths(doc) == ["1", "2", "2.1", "2.1.1", "2.1.2", "2.2", "3"]
    assert by_path(doc)["2.1"].label == "一)"


# --- decimal numbering, tables of contents, two-digit labels ---------------------------

def test_decimal_numbering_after_its_table_of_contents():
    # govcn_0019 (国家粮食应急预案): 目录, then 1 / 1.1 / 1.2.1 headings with (1) lists.
    doc = outline("国家粮食应急预案\n目 录\n1 总则\n1.1 编制目的及依据\n1.2 等级划分\n2 组织机构和职责\n"
                  "2.1 国家粮食应急工作指挥部\n7 附则\n1 总则\n1.1 编制目的及依据\n"
                  "为了有效监测和控制各类突发公共事件或者其他原因引起的国内粮食市场异常波动,制定本预案。\n"
                  "1.2 等级划分\n1.2.1 国家级(I级):两个以上省、自治区、直辖市出现粮食应急状态。\n"
                  "1.2.2 省级(II级):在一个省、自治区、直辖市较大范围出现粮食应急状态。\n"
                  "1.4 工作原则\n(1)统一领导、分级负责。在国务院统一领导下,由中央和省级人民政府各负其责。\n"
                  "(2)科学监测、预防为主。要提高防范突发公共事件的意识。\n2 组织机构和职责\n2.1 国家粮食应急工作指挥部\n"
                  "2.1.1 国家粮食应急工作指挥部职责\n(1)掌握粮食市场形势,向国务院提出启动或终止实施应急措施的建议。\n"
                  "2.1.2 国家粮食应急工作指挥部办公室及其职责\n(1)根据应急状态下全国粮食市场动态,提出相应的行动建议。\n")
    assert paths(doc) == ["1", "1.1", "1.2", "1.2.1", "1.2.2", "1.4", "1.4.1", "1.4.2", "2", "2.1",
                          "2.1.1", "2.1.1.1", "2.1.2", "2.1.2.1"]
    t = by_path(doc)
    assert t["1.2.1"].label == "1.2.1" and t["1.2.1"].heading.startswith("国家级(I级)")
    assert t["2.1.2"].heading == "国家粮食应急工作指挥部办公室及其职责" and t["2.1.2"].level == 3
    assert doc.tasks[0].char_start == doc.text.index("1 总则\n1.1 编制目的及依据\n为了")  # not the contents
    # 国家突发公共事件总体应急预案: no contents; a decimal that does not name its parent is text.
    doc = outline("1 总则\n1.1 编制目的\n为了提高政府保障公共安全和处置突发公共事件的能力,制定本预案。\n"
                  "1.2 编制依据\n依据宪法及有关法律、行政法规,制定本预案。\n2 组织体系\n2.1 领导机构\n"
                  "3.5 亿元的应急资金已经安排到位。\n2.2 办事机构\n")
    assert paths(doc) == ["1", "1.1", "1.2", "2", "2.1", "2.2"]


def test_a_table_of_contents_ends_where_the_body_repeats_its_first_labelled_entry():
    # govcn_0019 printed as a PDF's pages: a page number (`14`) or a page's running line (`索 引 号:`, the page's first
    # line) under 目录 is no entry the body repeats; the body's `1 总则` ends the contents (before: the contents ran on
    # over `1 总则` and `1.1 …` to the first sentence, and the decimal outline fell apart)
    body = ("1 总则\n1.1 编制目的及依据\n为了有效监测和控制国内粮食市场异常波动,制定本预案。\n1.2 等级划分\n"
            "1.2.1 国家级(I级):两个以上省、自治区、直辖市出现粮食应急状态。\n2 组织机构和职责\n2.1 国家粮食应急工作指挥部\n")
    for furniture in ("14", "— 3 —", "索 引 号:"):
        doc = outline(f"国家粮食应急预案\n目 录\n{furniture}\n1 总则\n1.1 编制目的及依据\n1.2 等级划分\n{furniture}\n"
                      f"2 组织机构和职责\n2.1 国家粮食应急工作指挥部\n" + body)
        assert paths(doc) == ["1", "1.1", "1.2", "1.2.1", "2", "2.1"], furniture
        assert doc.tasks[0].char_start == doc.text.index("1 总则\n1.1 编制目的及依据\n为了")
    # contents with no labels end at the repeat of their first entry, as before
    doc = outline("目录\n总则\n组织机构\n总则\n为了有效监测粮食市场,制定本预案。\n一、加强领导\n二、落实责任\n")
    assert paths(doc) == ["1", "2"]


def test_a_table_of_contents_headed_by_the_documents_name():
    # 益阳市重污染天气应急预案 (a city's page): the head line is the plan's name and 目录; govcn_0019's
    # contents under `国家粮食应急预案目录` read the same; an item that names a list (三、公布负面清单目录) stays
    for head in ["益阳市重污染天气应急预案目录", "国家粮食应急预案目 录"]:
        doc = outline(f"{head}\n1 总则\n1.1 编制目的\n2 应急组织机构及职责\n2.1 应急组织机构\n1 总则\n1.1 编制目的\n"
                      "为规范我市重污染天气应急管理工作,特制订本预案。\n2 应急组织机构及职责\n2.1 应急组织机构\n"
                      "市人民政府成立重污染天气应急指挥部。\n")
        assert paths(doc) == ["1", "1.1", "2", "2.1"]
        assert doc.tasks[0].char_start == doc.text.index("1 总则\n1.1 编制目的\n为规范")
    doc = outline("一、公开权力清单\n二、公开责任清单\n三、公布负面清单目录\n各部门要按期公布。\n")
    assert paths(doc) == ["1", "2", "3"]


def test_two_digit_labels_over_their_heading():
    # realestate_0218 (溧水区): `01 支持…` with a space; realestate_0077 (遂宁市): `01不断优化…`.
    doc = outline("01 支持刚性和改善型住房需求\n对区内购买新建商品住房给予阶段性补助。\n02 鼓励“卖旧换新”\n"
                  "政策实施期内对住房“卖旧换新”进行额外补助。\n03 支持多孩家庭安居\n申请流程\n"
                  "1、申请人购买新建商品房并网签备案。\n")
    assert paths(doc) == ["1", "2", "3", "3.1"]
    assert by_path(doc)["2"].label == "02" and by_path(doc)["2"].heading == "鼓励“卖旧换新”"
    doc = outline("01不断优化住宅供给\n一是优化住宅用地供应结构和缴纳土地出让价款时间。\n"
                  "二是加快推进“好房子”建设。\n02更好支持住房消费\n一是加大公积金购房政策力度。\n")
    assert paths(doc) == ["1", "2"] and by_path(doc)["1"].heading == "不断优化住宅供给"
    # 10、 stays an ordinary label (realestate_0097), 12月底前 is no item.
    doc = outline("".join(f"{n}、措施{n}\n" for n in range(1, 9))
                  + "9、支持开发贷款、信托贷款等存量融资合理展期\n10、贯彻落实银行保函置换预售监管资金政策\n12月底前完成\n")
    assert paths(doc)[-2:] == ["9", "10"] and by_path(doc)["10"].label == "10、"


def test_a_numeral_alone_over_a_heading_line_is_its_label():
    # realestate_0116 (阜南县): 一 ⏎ 以产业促发展, (一) items numbered anew under each.
    doc = outline("一\n以产业促发展\n(一)积极实施“双招双引”产业项目发展战略,有效扩大产业项目用工。\n"
                  "(二)加快实施一批城市更新和功能完善项目。\n二\n以市场促发展\n"
                  "(一)实施购房消费券政策支持。在本文件有效期内在本县购买新建商品房的给予补贴。\n")
    assert paths(doc) == ["1", "1.1", "1.2", "2", "2.1"]
    assert by_path(doc)["2"].label == "二" and by_path(doc)["2"].heading == "以市场促发展"
    # realestate_0138 (禹城市): the text follows the heading line.
    doc = outline("一\n加大优质教育资源供给\n截止至2024年8月10日,购买禹城市辖区内新建商品住房的购房户可申请入学。\n"
                  "二\n开展“置业送消费券”活动\n对在2024年5月15日至2024年12月31日期间购买新建商品住宅的发放消费券。\n")
    assert paths(doc) == ["1", "2"] and by_path(doc)["2"].heading == "开展“置业送消费券”活动"
    # realestate_0034 (南充市): the 、 went to the heading's line; later labels are whole.
    doc = outline("一\n、降低家庭生育成本\n(一)结婚助力。积极搭建婚恋平台、抵制高价彩礼。\n二、减轻家庭养育负担\n"
                  "(二)安居奖励。为生育二孩、三孩的家庭分别奖励购房补贴5万元、10万元。\n")
    assert paths(doc) == ["1", "1.1", "2", "2.2"] and by_path(doc)["1"].heading == "降低家庭生育成本"
    assert by_path(doc)["1"].label == "一、"  # the label as written, broken after its numeral
    # A numeral over a sentence is no label.
    assert paths(outline("一\n这是一段说明文字,不是标题。\n")) == []


# --- 专栏 boxes between numbered items -------------------------------------------------

def test_items_after_a_column_box_continue_the_main_outline():
    # holdout8 (三亚文旅消费): the box's own 1.–3. list in the style of the main level-2 list;
    # the main list goes on after the box.
    doc = outline("二、主要任务\n(二)优化文旅消费环境\n1.完善消费惠民措施。自2023年7月1日起,每月发放文旅消费券。\n"
                  "2.提升智慧文旅水平。到2024年6月底,建成智慧旅游平台。\n专栏1:文旅消费提质重点工程\n"
                  "1.夜游三亚提升工程:新增夜景亮化岸线12公里。\n2.文旅演艺精品工程:推出驻场演艺剧目3台。\n"
                  "3.乡村旅游提质工程:创建椰级乡村旅游点10家。\n"
                  "3.规范旅游市场秩序。旅游投诉按期办结率达到100%。\n三、保障措施\n")
    assert paths(doc) == ["2", "2.2", "2.2.1", "2.2.2", "2.专栏1", "2.专栏1.1", "2.专栏1.2", "2.专栏1.3",
                          "2.2.3", "3"]
    # holdout4 (佛山全民健身): the box's 3. continues the box, not the main 1. 2. beside it.
    doc = outline("(一)加快体育公园建设\n1.科学规划布局。按照“一区一主题”布局体育公园。\n2.高标准建设体育公园。新建体育公园10个。\n"
                  "专栏1 体育公园建设重点项目\n1.禅城区:新建亚艺体育公园,新增健身场地面积2.5万平方米。\n"
                  "2.南海区:新建千灯湖体育公园、里水体育公园。\n3.顺德区:改扩建顺峰山体育公园,新增健身步道8公里。\n"
                  "(二)完善全民健身设施网络\n3.推进健身设施补短板。新建或改造社区健身中心。\n")
    assert paths(doc) == ["1", "1.1", "1.2", "1.专栏1", "1.专栏1.1", "1.专栏1.2", "1.专栏1.3", "2", "2.3"]
    # seed 004 (朝阳市卫生健康规划): a box with (1) items between 1. items of one (N).
    doc = outline("三、主要任务\n(四)强化医疗救治体系和紧急医学救援网络。\n1.建设现代化疾病预防控制体系。\n"
                  "专栏 1:公共卫生防控救治能力建设工程\n(1)建设重大疫情应急处置指挥平台。\n(2)城市医疗集团建设。\n"
                  "2.县域医疗服务能力提升。全市县级医院综合服务能力标准达标。\n(五)提升乡村健康服务能力和水平。\n")
    assert paths(doc) == ["3", "3.4", "3.4.1", "3.专栏1", "3.专栏1.1", "3.专栏1.2", "3.4.2", "3.5"]
    assert doc.text[by_path(doc)["3.专栏1.2"].char_start:by_path(doc)["3.专栏1.2"].char_end] == "(2)城市医疗集团建设。"


def test_a_second_part_under_its_own_short_heading_is_a_second_document():
    # realestate_0173 (广州住房公积金): 政策通知: 一、二、 then 政策细则: 一、(一)… again.
    doc = outline("政策通知:\n一、缴存人及其配偶购买我市行政区域内现售商品住房,可申请提取住房公积金用于支付购房首付款。\n"
                  "二、缴存人及其配偶在我市行政区域内实施老旧电梯更新改造,可申请提取住房公积金。\n政策细则:\n"
                  "一、购买现售商品住房、存量商品住房、配售型保障性住房或者共有产权住房首付款提取\n(一)申请条件\n"
                  "二、本市住宅老旧电梯更新改造提取\n(一)申请条件\n")
    assert paths(doc) == ["1", "2", "文件2.1", "文件2.1.1", "文件2.2", "文件2.2.1"]
    # A line introducing a list is no heading: the restart stays text (test above for 一、二级).
    doc = outline("一、提高购房补贴标准\n二、优化公积金政策\n具体如下:\n一、二级医院职工可按规定提取。\n三、强化监管\n")
    assert paths(doc) == ["1", "2", "3"]


def test_numbered_notes_under_a_table_are_not_items():
    # govcn_0054 (三级公立医院绩效考核指标): 注: over 1.–n. after the last indicator.
    doc = outline("(四)满意度评价\n55.员工满意度评价\n定量\n注:\n1.三级公立综合医院考核应采用上述全部考核指标。\n"
                  "2.标记“▲”的26个指标为国家监测指标,其中15个指标自动生成。\n")
    assert paths(doc) == ["4"]  # 55. does not open a list: only (四) is an item here
    # govcn_0016 (深圳湾口岸港方口岸区): 注:1、 on the head line, 2、 3、 below.
    doc = outline("一、深圳湾口岸港方口岸区范围包括港方查验区和与之相连接的深圳湾公路大桥部分桥面。\n"
                  "注:1、坐标系统为深圳独立坐标系统。\n2、L为弧长,R为半径,A为回旋线参数;单位均为米。\n"
                  "3、红线是指深圳湾口岸港方口岸区边界。\n二、深圳湾口岸港方口岸区的土地使用权以租赁的方式取得。\n")
    assert paths(doc) == ["1", "2"]
    # realestate_0173: a single note between items heads no list; 2. goes on.
    doc = outline("(三)申请时间及办理流程\n1.申请人通过线上或线下查询打印个人住房公积金缴存明细。\n"
                  "注:所有申请人需一同到场办理,不可委托他人代办。\n2.广州住房公积金管理中心审批通过后,将买方提取金额转入银行资金托管账户。\n")
    assert paths(doc) == ["3", "3.1", "3.2"]


# --- where the outline starts, attachments after their list --------------------------

def test_the_outline_starts_at_the_first_item_under_a_database_title_and_preamble():
    from pipeline.run import process_text

    # realestate_0119 (马鞍山市) and realestate_0183 (钦州市): a 【…】 title line, a preamble.
    doc = process_text("【马鞍山市】《关于进一步优化房地产政策措施的通知》\n"
                       "为认真贯彻落实党中央、国务院决策部署,促进房地产市场平稳健康发展。现就有关事项通知如下:\n\n"
                       "一、提高购房补贴标准\n\n(一)购买新建商品住房(不含公寓,下同)补贴政策。2024年6月5日起给予补贴。\n\n"
                       "二、实施人才购房补贴政策\n")
    assert [t.path for t in doc.tasks] == ["1", "1.1", "2"]
    doc = process_text("【广西壮族自治区钦州市】钦州市支持房地产业平稳健康发展的若干措施(修订)\n"
                       "为全面贯彻党中央、国务院和自治区党委、自治区人民政府的决策部署,进一步支持和促进我市房地产市场良性循环。\n\n"
                       "一、完善房地产政策\n\n(一)国有建设用地使用权出让竞买保证金比例统一按起始价的20%确定。\n\n"
                       "二、支持刚性和改善性住房需求\n")
    assert [t.path for t in doc.tasks] == ["1", "1.1", "2"]


def test_a_plan_numbered_from_paren_one_without_a_top_level():
    # realestate_0069 (成都市) and realestate_0183 (钦州市): (一) items at the top.
    doc = outline("(一)进一步发挥好现有公共租赁住房、租赁补贴、保障性租赁住房等兜底保障作用。\n"
                  "(二)中心城区商品住宅用地实施“竞地价”拍卖。\n1.居民家庭成员具有限购区域户籍。\n(三)调整新出让土地商业物业持有比例。\n")
    assert paths(doc) == ["1", "2", "2.1", "3"]
    assert by_path(doc)["1"].level == 1


def test_attachments_carried_after_their_list_take_the_attachment_prefix():
    # realestate_0072 (眉山市) attachment list; each attachment then opens with 附件N and its title.
    body = ("一、实施购房补贴\n(一)购买新建商品住宅(别墅除外)。在6月1日—9月30日购买的,由财政部门给予300元/m2补贴。\n"
            "二、加大金融支持\n")
    attachments = ("眉山市住房和城乡建设局\n2022年5月27日\n附件1\n眉山市新型实用人才购房补贴实施细则(针对东坡区范围购房)\n"
                   "一、补贴对象\n(一)在东坡区范围内购买新建商品住房的新型实用人才。\n二、补贴标准\n"
                   "附件2\n眉山市新型实用人才购房补贴申请表(针对东坡区范围购房)\n1.申请人基本情况\n2.购房情况\n")
    expected = ["1", "1.1", "2", "附件1.1", "附件1.1.1", "附件1.2", "附件2.1", "附件2.2"]
    doc = outline(body + "附件:1.眉山市新型实用人才购房补贴实施细则(针对东坡区范围购房)\n"
                  "2.眉山市新型实用人才购房补贴申请表(针对东坡区范围购房)\n" + attachments)
    assert paths(doc) == expected
    # The same attachments after an 附件列表 block (realestate_0185's list lines).
    doc = outline(body + "附件列表\n1.提取住房公积金支付新建预售商品住房首付款办理规程\n2.提取住房公积金转款委托书\n" + attachments)
    assert paths(doc) == expected
    t = by_path(doc)
    assert "附件列表" not in doc.text[t["2"].char_start:t["2"].char_end]


def test_a_restart_nests_once_and_never_builds_a_staircase():
    # The same (一) line over and over (a scraped page repeating a block) is one item.
    doc = outline("\n".join(["(一)加强组织领导。"] * 50))
    assert paths(doc) == ["1"]
    # A list restarted under 注意事项 nests once; restarting it again is text (realestate_0209).
    doc = outline("(一)提取住房公积金支持老旧小区改造\n1. 提取本人的,提供本人身份证。\n2. 改造施工协议或合同。\n注意事项:\n"
                  "1. 提取有效期为改造施工协议或合同签订两年内。\n2. 产权人为多人的,按各自产权份额提取。\n其他:\n"
                  "1. 每套住房只能申请提取一次。\n")
    assert paths(doc) == ["1", "1.1", "1.2", "1.2.1", "1.2.2"]


def test_articles_before_the_first_chapter_heading_belong_to_the_lost_chapter():
    # shgov_0014 (上海市居住区绿化调整实施办法): the scrape lost `第一章 总则`; its articles come first
    doc = outline("第一条  目的和依据\n为了加强本市居住区绿化管理,制定本办法。\n第六条  经费来源\n"
                  "公有住房的绿化调整资金,可按照以下办法筹集:\n(一)市级有关部门补贴的资金;\n(二)业主承担的资金。\n"
                  "第七条  调整原则\n居住区绿化调整应当遵循以下原则。\n第二章   调整条件\n第八条  修剪的条件\n"
                  "树木有下列情况之一的,可以进行修剪。\n第三章   调整程序\n第十二条  修剪的程序\n由业主委员会组织实施。\n")
    assert paths(doc) == ["1.1", "1.6", "1.6.1", "1.6.2", "1.7", "2", "2.8", "3", "3.12"]
    t = by_path(doc)
    assert t["1.6"].parent_path is None and t["1.6"].level == 2 and t["1.6.1"].parent_path == "1.6"
    assert t["2.8"].parent_path == "2" and t["2"].heading == "调整条件"
    assert any("placed under item 1" in w for w in doc.warnings)
    assert_spans(doc)
    # lawref_0008's layout with its `## 第一章  总则` line lost
    doc = outline("第一条 为了加强电梯安全管理,预防和减少电梯事故,制定本条例。\n\n"
                  "第十一条 鼓励电梯使用单位投保电梯安全责任保险。\n\n## 第二章  生产、经营与选型\n\n"
                  "第十二条 电梯制造单位应当明确电梯主要部件的质量保证期限。\n")
    assert paths(doc) == ["1.1", "1.11", "2", "2.12"]
    # articles with no chapters at all keep their own ordinals
    doc = outline("第一条 为了规范管理,制定本办法。\n第二条 本办法适用于本市。\n第三条 本办法自印发之日起施行。\n")
    assert paths(doc) == ["1", "2", "3"]


def test_an_article_label_alone_on_its_line_is_an_item():
    # PDF text layers put the label on a line of its own: over a list (med_0020, NHC 办法)
    # or over its caption broken in two (shgov_0086, 上海 控制指标规定)
    doc = outline("第二十七条 各地卫生健康行政部门应当加强辖区检查检验能力建设。\n第二十八条\n"
                  "(一)检查检验结果即可满足诊疗需要的,不再重复检查;\n(二)检查检验结果符合互认要求的,予以互认。\n"
                  "第二十九条 各级医疗保障部门应当积极推进支付方式改革。")
    assert paths(doc) == ["27", "28", "28.1", "28.2", "29"]
    doc = outline("第一条\n(目的依据\n)\n为了规范公园绿地地下空间开发,制定本规定。\n第二条 (适用范围)\n本规定适用于本市。")
    assert paths(doc) == ["1", "2"]
    assert_spans(doc)


def test_a_table_of_contents_whose_head_is_split_over_two_lines():
    # elec_0001: 目 ⏎ 录, the entries' dots and page numbers on lines of their own
    doc = outline("天津市2021年春节期间电力需求响应实施细则\n目\n录\n一、实施背景........................\n"
                  "...................\n- 1 -\n二、实施方式\n....................\n- 1 -\n"
                  "根据有关文件要求,制定本细则。\n一、实施背景\n2018~2020年,我市连续在春节期间实施了试点。\n"
                  "二、实施方式\n(一)实施时间及规模\n本次需求响应实施时间为春节期间。\n")
    assert paths(doc) == ["1", "2", "2.1"]
    # a head on one line still works (govcn pages: 目 录)
    doc = outline("目 录\n一、总体要求\n二、主要任务\n一、总体要求\n(一)指导思想。坚持新发展理念。\n二、主要任务\n")
    assert paths(doc) == ["1", "1.1", "2"]


def test_fu_with_a_colon_marks_an_attachment_like_a_lone_fujian():
    # shgov_0085: the plan under 附件1 ends, 附:X and X's own title and body follow
    rules = ("第一条 为了加强管理,制定本规定。\n第二条 本规定自公布之日起实施。\n附:通行证的签注规定\n附\n"
             "通行证的签注规定\n分局交通管理部门按照下列规定签注:\n(一)存根正面的单位。\n(二)通行证正面的总质量。\n")
    assert paths(outline("附件1\n某某管理规定\n" + rules)) == ["附件1.1", "附件1.2", "附件2.1", "附件2.2"]
    # the same when the metadata stage starts the body under 附件1 (the plan the notice issues)
    head = "某某局关于修改某某管理规定的决定\n某某局\n2024年1月5日\n附件1\n某某管理规定\n"
    doc = Document(source_file="t", raw=head + rules)
    normalise(doc)
    doc.body_start = len(head)
    segment(doc)
    assert paths(doc) == ["附件1.1", "附件1.2", "附件2.1", "附件2.2"]
    doc = outline("一、工作任务\n(一)加强领导。\n附:关于做好试点工作的请示\n关于做好试点工作的请示\n一、试点范围\n二、试点时间\n")
    assert paths(doc) == ["1", "1.1", "附件1.1", "附件1.2"]
    # 附 alone, or 附 inside a sentence, marks nothing
    doc = outline("一、工作任务\n(一)加强领导。\n附\n二、保障措施\n")
    assert paths(doc) == ["1", "1.1", "2"]


def test_a_part_is_a_heading_line_not_a_sentence_defining_a_code():
    # 民法典 (第一编 总则) and plans (第二部分 主要任务): heading lines over chapters or items
    doc = outline("第一编 总则\n第一章 基本规定\n第一条 为了保护民事主体的合法权益,制定本法。\n")
    assert paths(doc) == ["1", "1.1", "1.1.1"]
    doc = outline("第一部分:总体要求\n一、指导思想\n坚持以人民为中心。\n第二部分 主要任务\n一、推进改革\n深化改革。\n")
    assert paths(doc) == ["1", "1.1", "2", "2.1"]
    # med_0019: the parts of a code, each defined in a sentence, are no items
    doc = outline("中药饮片编码共16位,分4个部分。\n第1部分:中药饮片识别码,用1位大写英文字母“T”表示。\n"
                  "第2部分:标准分类码,用于区分国家标准和地方标准收录的中药饮片,用2位阿拉伯数字表示。\n"
                  "第3部分:功效分类码,根据中药功效大类划分,用2位阿拉伯数字表示。\n")
    assert paths(doc) == []


def test_a_text_cut_at_the_source_is_warned_where_its_outline_opens():
    # realestate_0145 (四、 under the title), realestate_0204 (第九条), realestate_0221 ((二) after half a sentence)
    cases = [("四、加大信贷和财税支持,拓宽市场发展空间\n(十九)加大住房商业贷款支持。商业银行对居民家庭购买首套住房执行。\n", "四、"),
             ("第九条监管账户内的款项在项目竣工之前,只能用于下列事项,不得挪作他用:\n(一)监管项目建设必需的建筑材料;\n", "第九条"),
             ("清晰的存量自住住房;\n\n(二)法拍房无设立居住权等权利限制情形;\n\n(三)符合我市公积金贷款政策规定的其他条件。\n", "(二)")]
    for text, label in cases:
        warnings = outline(text).warnings
        assert [w for w in warnings if w.startswith("outline: opens at")] == [
            f"outline: opens at item {label} (the items before it are not in the text)"]
    assert not any(w.startswith("outline: opens at") for w in outline("一、总体要求\n(一)目标。\n二、任务\n").warnings)


def test_a_space_inside_a_han_label():
    # plan_0005 (a markdown page's `四 **、**`): 四 、 is the label 四、, and the items after it
    # are its own, not the previous section's
    doc = outline("一、 推进质量强省建设,助力产业优化升级\n\n1.深化质量提升行动。建立质量发展监测体系。\n\n"
                  "2.推进质量基础设施建设。完善计量体系。\n\n"
                  "二 、 加强知识产权保护,促进科技自立自强\n\n3.推进知识产权高标准保护。提请印发实施纲要。\n")
    assert paths(doc) == ["1", "1.1", "1.2", "2", "2.3"]
    assert by_path(doc)["2"].label == "二、" and by_path(doc)["2"].heading == "加强知识产权保护,促进科技自立自强"
    # a numeral and 、 on separate lines stays the case above; prose after a numeral is no label
    assert paths(outline("十 、\n")) == []


def test_cells_of_a_flattened_table_are_no_items():
    # each cell on its own line closed by its bar (plan_0009's 重大项目表): a cell opening with
    # a label is a row heading of the table, not an item
    text = ("一、总体要求\n到2025年,电力供应能力显著提升。\n二、重点任务\n(一)提升电源支撑能力。加快建设电源项目。\n"
            "附件1\n电力支撑行动重大项目表\n|\n序号 |\n项目名称 |\n|\n一、电力供应能力提升行动 |\n|\n958.3 |\n"
            "|\n1 |\n华电平江电厂 |\n200 |\n|\n二、绿色低碳转型行动 |\n|\n2485 |\n")
    assert paths(outline(text)) == ["1", "2", "2.1"]
    # a markdown row written on one line and the plan's own items beside it
    text = "一、主要任务\n1.建设园区。\n| 1. 项目名称 | 投资 |\n2.培育企业。\n"
    assert paths(outline(text)) == ["1", "1.1", "1.2"]


def test_an_em_dash_typed_for_one_opens_the_list():
    # `—、` over `二、` (plan_0016): the dash stands for 一, the label stays as written
    doc = outline("为落实要求,制定本方案。\n—、总体思路和发展目标\n到2027年,建成一批试点。\n二、功能定位\n(一)聚合资源。\n")
    assert paths(doc) == ["1", "2", "2.1"]
    assert by_path(doc)["1"].label == "—、" and by_path(doc)["1"].heading == "总体思路和发展目标"
    doc = outline("— 、指导思想\n坚持。\n二、主要任务\n")
    assert paths(doc) == ["1", "2"]
    # a dash before other text is no label
    assert paths(outline("——坚持市场为主。\n— 做好衔接。\n一、目标\n")) == ["1"]


def test_attachments_numbered_within_a_group_keep_their_number_as_written():
    # plan_0009: 附件1—1 (a table) and 附件1—2 (a text with its own items) after the plan
    body = "为推进,制定本方案。\n一、总体目标\n到2025年,电力供应能力显著提升。\n二、重点任务\n(一)提升电源支撑。\n"
    text = (body + "附件:1—1.电力支撑行动重大项目表\n1—2.电力支撑行动重大工程\n"
            "附件1—2\n电力支撑行动重大工程\n一、引进外电提升工程。我省一次能源资源严重匮乏,提升外电送入规模。\n"
            "二、支撑电源建设工程。火电具有调节性强、可靠性高等优势。\n")
    assert paths(outline(text)) == ["1", "2", "2.1", "附件1—2.1", "附件1—2.2"]
    text = body + "附件2-1\n重点项目清单说明\n一、能源项目。加快建设一批项目,形成支撑。\n"
    assert paths(outline(text))[-1] == "附件2-1.1"


def test_article_labels_whose_digits_a_conversion_spaced():
    # doc_0006 (柳河县 实施意见, a Word page converted into a mini-program string): `第 1 条`,
    # `第 1 0 条`, `第 2 6 条` beside an unspaced `第19条`, articles under 一、 and (一).
    doc = outline("一、政策支持\n第 1 条 设立总规模不低于1亿元的重点产业发展引导资金,列入县财政预算。\n"
                  "二 、支持范围\n(一)固定资产投资奖励\n第 2 条 对重点产业新上的工业类项目,按固定资产投资的5%—20%给予企业奖励。\n"
                  "(二)鼓励企业技术进步、科技创新\n第 9 条 鼓励企业科技创新。对初次认定为国家级高新技术企业的,给予企业30万元奖励。\n"
                  "第 1 0 条 鼓励企业标准创制和品牌建设。对牵头制定国际标准的企业,给予企业50万元奖励。\n"
                  "(三)鼓励乡镇、街道开展招商引资\n第19条 对各乡镇(街道)招商引进落户到经济开发区的项目,按50%比例进行分配。\n"
                  "三、 其他\n第 2 6 条 本政策自发布之日起施行,暂定三年有效期。\n")
    assert paths(doc) == ["1", "1.1", "2", "2.1", "2.1.2", "2.2", "2.2.9", "2.2.10", "2.3", "2.3.19", "3", "3.26"]
    t = by_path(doc)
    assert t["2.2.10"].label == "第 1 0 条" and t["2.2.10"].heading == "鼓励企业标准创制和品牌建设"
    assert t["3.26"].label == "第 2 6 条"
    # The same spacing elsewhere is prose: a PDF text layer's `第 一类精神药品` (med_0006), a
    # quarter or an order number opening a line.
    for line in ("第 一类精神药品价格继续依法实行最高出厂(口岸)价格和最高零售价。",
                 "第 1 季度完成全部项目的审核和公示工作。",
                 "第 2 6 号令规定的程序另行办理。"):
        assert read_label(line) is None, line


def test_an_item_whose_heading_opens_with_a_number_continues_its_list():
    # doc_0010 (广州 人才发展实施意见): `11.121人才梯队项目` after item 10 is item 11, not 11.121
    # (its list numbered through (一)-(六); here from 8.).
    doc = outline("(一)产业发展人才行动计划。实施如下重点项目:\n"
                  "1.“百人计划”拓展项目。深入实施“创新创业领军人才百人计划”。\n"
                  "(二)科技创新人才行动计划。围绕加快建设国家创新型城市,实施如下重点项目:\n"
                  "2.“羊城学者”特聘岗位项目。面向全市高校择优设立50个“羊城学者”特聘岗位。\n"
                  "3.121人才梯队项目。重点培养不少于10名院士后备人才。(牵头单位:市人力资源和社会保障局)\n"
                  "4.博士后培养项目。深入实施博士后培养工程。\n")
    assert paths(doc) == ["1", "1.1", "2", "2.2", "2.3", "2.4"]
    assert by_path(doc)["2.3"].label == "3." and by_path(doc)["2.3"].heading == "121人才梯队项目"
    # Where it does not continue its list exactly it is a number: subject codes under their group
    # (`4.外科` over `4.01普通外科专业`), an amount after item 1.
    doc = outline("一、诊疗科目\n1.预防保健科\n2.全科医疗科\n3.内科\n4.外科\n4.01普通外科专业\n4.02神经外科专业\n5.妇产科\n")
    assert paths(doc) == ["1", "1.1", "1.2", "1.3", "1.4", "1.5"]
    # med_0012's codes are padded with a zero (`04.外科`, `01. 预防保健科`): a catalogue's codes, none an item (struct52)
    doc = outline("一、诊疗科目\n01.预防保健科\n02.全科医疗科\n03.内科\n04.外科\n04.01普通外科专业\n04.02神经外科专业\n05.妇产科\n")
    assert paths(doc) == ["1"]
    # a page's field list (fourth plan_0027), a blank line between two fields
    doc = outline("01. [主题分类] --科技教育/教育\n02. [发文机构] --北京市教育委员会\n\n03. [联合发文单位] --\n"
                  "04. [实施日期] --\n05. [成文日期] 2024-04-02\n10. [文件来源] 政府公报\n")
    assert paths(doc) == []
    # a post's three short parts on consecutive lines are no catalogue
    doc = outline("具体如下:\n01. 提高住房公积金贷款额度\n02. 降低首付比例\n03. 发放购房补贴\n")
    assert paths(doc) == ["1", "2", "3"]
    # a post numbering its parts `01.` `02.`, each over its own paragraph, is no catalogue: its parts are items
    doc = outline("具体如下:\n01. 提高住房公积金贷款额度\n住房公积金最高贷款额度提高至80万元。\n"
                  "02. 降低首付比例\n最低首付款比例为15%。\n03、发放购房补贴\n给予契税50%的补贴。\n")
    assert paths(doc) == ["1", "2", "3"] and by_path(doc)["1"].heading == "提高住房公积金贷款额度"
    doc = outline("1.设立专项资金。\n2.5亿元用于支持重点项目建设。\n3.加强监督管理。\n")
    assert paths(doc) == ["1", "3"]  # 3. continues 1. over the gap a typo may leave


def test_items_before_the_first_heading_of_the_style_above_belong_to_the_lost_heading():
    # realestate_0221 (常州 法拍房贷款规定): the text opens inside 二、's list; 三、 follows its (三)
    doc = outline("常州市住房公积金个人住房贷款购买法拍房业务的规定\n清晰的存量自住住房;\n(二)法拍房无设立居住权等权利限制情形;\n"
                  "(三)符合我市公积金贷款政策规定的其他条件。\n三、办理流程\n(一)借款人携带相关材料向公积金中心申请公积金法拍贷业务;\n"
                  "(二)公积金中心受理贷款申请,在审批通过后出具公积金贷款放款承诺书;\n四、申请材料\n"
                  "竞拍成功后,借款人向公积金中心提出贷款申请的,应当提交下列资料:\n(一)身份证明:包括居民身份证等有效身份证件;\n")
    assert paths(doc) == ["2.2", "2.3", "3", "3.1", "3.2", "4", "4.1"]
    assert by_path(doc)["2.2"].parent_path is None and by_path(doc)["3"].level == 1
    # realestate_0145 (忻州 三十六条措施): opened at 四、 with (十九) under it, nothing lost above
    doc = outline("四、加大信贷和财税支持,拓宽市场发展空间\n(十九)加大住房商业贷款支持。商业银行对居民家庭购买首套住房。\n"
                  "(二十)加大契税补贴政策。对购买新建首套商品房住宅的,由财政全额补贴所缴纳契税。\n"
                  "五、优化房地产市场服务\n(二十一)发放临时购房补助。\n")
    assert paths(doc) == ["4", "4.19", "4.20", "5", "5.21"]


def _with_plan_title(text: str, plan_title: str | None) -> Document:
    """Segment `text` as a whole body under a notice that issues `plan_title` (the metadata stage's field)."""
    doc = Document(source_file="t", raw=text)
    normalise(doc)
    doc.plan_title = plan_title
    segment(doc)
    return doc


# eighth doc_0014 (杭建设〔2024〕138号, OCR'd pages): the covering notice's own list (相关事项一并通知如下:一、…五、),
# the signature, then the 补充实施细则 it issues under its title broken over two lines, its list restarting at 一、
HANGZHOU_NOTICE = (
    "制定了《杭州市执行浙江省《城市建筑工程停车场(库)设置规则和配建指标标准)的补充实施细则》(以下简称《补充细则》),"
    "现予印发,自2024年12月1日起开始施行。相关事项一并通知如下:\n"
    "一、《补充细则》适用于杭州市市区范围内各类新建、改建\n和扩建的城市建筑工程。\n"
    "二、《补充细则》施行之日及以后发布的国有建设用地使用\n权挂牌出让公告的出让项目,按《补充细则》执行。\n"
    "三、桐庐县、淳安县、建德市可参照执行。\n"
    "为建设\n杭州市城乡建设员会\n2024年11月\n- 2 -\n"
    "杭州市执行浙江省《城市建筑工程停车场(库)\n设置规则和配建指标标准》的补充实施细则\n"
    "根据浙江省《城市建筑工程停车场(库)设置规则和配建指标标准》执行情况,制定本补充细则。\n"
    "一、关于保障性住房的停车位指标要求。保障性住房的机动\n车停车位指标不应小于表1的规定。\n"
    "表1 保障性住房停车位指标\n项目\n机动车\n140m<户型建筑面积<200m2\n1. 5\n户型建筑面积60m\n0. 7\n"
    "二、关于工业建筑的停车位指标要求。工业建筑停车位指标\n不应小于表2的规定。\n")
HANGZHOU_PLAN = "杭州市执行浙江省〈城市建筑工程停车场(库)设置规则和配建指标标准〉的补充实施细则"


def test_a_covering_notices_list_before_the_plan_it_issues_holds_no_items():
    doc = _with_plan_title(HANGZHOU_NOTICE, HANGZHOU_PLAN)
    assert [(t.path, t.heading) for t in doc.tasks] == [
        ("1", "关于保障性住房的停车位指标要求"), ("2", "关于工业建筑的停车位指标要求")]
    # the plan's first item ends before its table's cells, whose `1. 5` (OCR's 1.5) is no item
    assert doc.text[doc.tasks[0].char_start:].startswith("一、关于保障性住房")


def test_a_second_document_that_is_not_the_plan_issued_keeps_its_prefix():
    # the same restart under another title (a 若干政策 and a 行动计划; elec_0001's 附录 竞价指引), or with no plan
    # title known: the first list is the notice's own items, the second document's are 文件2
    for plan_title in (None, "河南省进一步稳定和扩大就业若干政策措施", "天津市2021年春节期间电力需求响应实施细则"):
        doc = _with_plan_title(HANGZHOU_NOTICE, plan_title)
        assert [t.path for t in doc.tasks] == ["1", "2", "3", "文件2.1", "文件2.2"], plan_title


def test_an_article_alone_on_its_line_takes_only_a_caption_in_brackets_as_its_heading():
    # eighth doc_0012 (OCR'd pages): the article's text opens on the line under 第一条, wrapped mid-sentence
    doc = outline("第一条\n本实施细则是《标准》的补充,细化了《标准》的\n部分条款。\n第二条\n建设项目因特殊地质原因或轨道交通等城市重大\n"
                  "基础设施建设需要,无法满足《标准》的停车位配建要求时,由\n建设单位提供相关证明材料。\n"
                  "第三条\n《标准》3.6条相关说明:\n(1)2018年10月23日前经局长办公会审议通过的建设项\n目,以局长办公会确定的方案为准。\n")
    # (第三条's line under it closes its heading at the colon: in this short text, not known to be wrapped at one width,
    # it is the paragraph the label opens, as the guide reads a heading; in doc_0012, wrapped, its reader's empty stays)
    assert [(t.path, t.heading) for t in doc.tasks] == [("1", ""), ("2", ""), ("3", "《标准》3.6条相关说明"),
                                                        ("3.1", "2018年10月23日前经局长办公会审议通过的建设项")]
    # shgov_0086: the caption broken over lines under the article
    doc = outline("第一条\n(目的依据\n)\n为了规范公园绿地地下空间开发,合理利用土地资源,制定本规定。\n第二条\n(适用范围)\n本规定适用于本市。\n")
    assert [t.heading for t in doc.tasks] == ["目的依据", "适用范围"]
    # a chapter's name on the line under it stays its heading (eighth doc_0013)
    doc = outline("### 第二章\n日照分析对象及标准\n第五条日照分析对象:\n(一)居住和养老类:住宅建筑,集体宿舍。\n")
    assert [(t.path, t.heading) for t in doc.tasks] == [("2", "日照分析对象及标准"), ("2.5", "日照分析对象"), ("2.5.1", "居住和养老类")]


def test_an_article_alone_on_its_line_over_its_paragraph_takes_its_heading_there():
    # fifteenth H53C_03 (Chongqing), tenth Q_04 (Beijing): a page's break after the bold label, the paragraph right
    # under it: the heading is read there up to the first 。;: (a caption line too); set apart by a blank line, the
    # label stands alone (tenth Q_02's reader: no heading)
    doc = outline("第一章 总则\n第一条\n根据《住房公积金管理条例》的相关规定制定本办法。\n第二条\n"
                  "本办法所称二手房是指产权关系明晰的成套住宅类房屋。\n第二章 贷款办理程序\n第三条\n资料核验及合同面签\n\n"
                  "借款人到承办银行办理贷款签约手续。\n第四条\n\n建立优秀人才引进的“绿色通道”,符合以下条件之一的可快速办理:\n")
    assert [(t.path, t.heading) for t in doc.tasks] == [
        ("1", "总则"), ("1.1", "根据《住房公积金管理条例》的相关规定制定本办法"), ("1.2", "本办法所称二手房是指产权关系明晰的成套住宅类房屋"),
        ("2", "贷款办理程序"), ("2.3", "资料核验及合同面签"), ("2.4", "")]


def test_an_article_alone_on_its_line_in_a_hard_wrapped_text_takes_no_heading_from_the_line_under_it():
    # eighth doc_0012 (OCR'd pages wrapped at one width): `第十二条` ⏎ `《标准》3.6条相关说明:` closes at its colon, yet in a
    # wrapped text the line under a label is a piece of its wrapped paragraph: its reader's heading is empty
    import json
    from pathlib import Path
    pages = json.loads((Path(__file__).resolve().parents[1] / "real" / "eighth" / "corpus" / "doc_0012.json")
                       .read_text("utf-8"))["articles"][2:4]
    text = "".join(line + "\n" for page in pages for line in page["text"].split("\n") if not line.startswith("—"))
    assert [(t.path, t.heading) for t in outline(text).tasks if t.path in ("11", "12")] == [("11", ""), ("12", "")]


def test_a_markdown_attachment_list_heading_over_images_of_what_it_names_holds_no_items():
    # eighth doc_0004: `## 附件:` over its two numbered names, each followed by the image that shows it
    doc = outline("一、保障措施\n(一)加强宣传培训\n加强对各级各部门数字政府建设创新案例的宣传推广。\n## 附件:\n"
                  "1.山西省数字政府建设2025年主要指标\n\n![山西省数字政府建设2025年主要指标](/img/egov/shanxi-1.png \"主要指标\")\n\n"
                  "2.山西省数字政府总体架构图\n\n![山西省数字政府总体架构图](/img/egov/shanxi-2.png \"总体架构图\")\n")
    assert paths(doc) == ["1", "1.1"]
    # as a plain line (shgov_0024's 附件:1.… over 2.…) it always was a list
    doc = outline("一、保障措施\n(一)加强领导。\n附件:\n1.上海市花白玉兰推广应用三年行动计划\n2.白玉兰栽植和养护技术要求\n")
    assert paths(doc) == ["1", "1.1"]


def test_a_label_over_a_number_alone_is_a_table_cell():
    for cell in ("1. 5", "0. 7", "20. 0", "1. 0"):  # OCR'd table cells of eighth doc_0012 and doc_0014
        assert read_label(cell) is None, cell
    assert read_label("1. 山西省数字政府建设2025年主要指标").heading == "山西省数字政府建设2025年主要指标"
    assert read_label("2.2025年底前完成").ordinal == 2


@pytest.mark.parametrize("line, label, ordinal, heading", [
    ("NO.1:调整部分专业承包资质承包工程范围", "NO.1", 1, "调整部分专业承包资质承包工程范围"),  # twelfth K_01's site
    ("No.2 取得施工总承包资质的企业,可以承接专业承包工程", "No.2", 2, "取得施工总承包资质的企业,可以承接专业承包工程"),
    ("NO3、其他事宜", "NO3、", 3, "其他事宜"),
    ("no.4“放管服”改革。各地要…", "no.4", 4, "“放管服”改革"),
    ("№1:总体要求", "No1", 1, "总体要求"),  # NFKC writes № as No
])
def test_a_number_a_site_wrote_the_latin_way_is_a_label(line, label, ordinal, heading):
    found = read_label(normalise_line(line))
    assert (found.style, found.text, found.ordinal, found.heading) == \
        ("number_sign", label, ordinal, heading)


@pytest.mark.parametrize("line", ["NO.1", "No.12345号文件", "NO.1 Shanghai", "No.3.5版本说明"])
def test_a_latin_number_that_heads_no_text_is_no_label(line):
    assert read_label(line) is None or read_label(line).style != "number_sign"


@pytest.mark.parametrize("line, label", [("NO.1:调整部分专业承包资质承包工程范围", True), ("No.2 取得施工总承包资质的企业", True),
                                         ("NO3、其他事宜", True), ("NO.1 Shanghai", False), ("No.3.5版本说明", False),
                                         ("No.12345号文件", False)])
def test_a_body_that_lost_its_breaks_reads_the_latin_number_as_a_line_does(line, label):
    # the style is written once (rules/outline.yaml styles.number_sign); flat_labels refers to it as `{number_sign}`
    flat = outline_patterns()["flat_table_label"].match(line)
    assert (flat is not None and flat.group("number_sign") is not None) == label
    assert (read_label(line) is not None and read_label(line).style == "number_sign") == label


def test_a_pattern_referred_to_by_name_is_written_out_and_a_quantifier_kept():
    assert written_out(r"a{1,2}{x}b{3}{y}", {"x": "c|d"}) == r"a{1,2}(?:c|d)b{3}{y}"


def normalise_line(line: str) -> str:
    doc = Document(source_file="t", raw=line)
    normalise(doc)
    return doc.text


def test_sections_a_site_numbered_no_1_no_2_hold_their_own_lists():
    # twelfth K_01: 一、二、三、 rewritten as NO.1: NO.2: NO.3:, the (一) lists restarting under each; the later
    # sections run on after a sentence end in a paragraph the site merged
    doc = outline("关于试行调整部分建筑业企业资质承包工程范围的通知\n现通知如下:\n"
                  "NO.1:调整部分专业承包资质承包工程范围\n(一)试行资质类别。电子与智能化工程专业承包。\n"
                  "(二)企业信誉良好。无下列行为:\n1.因拖欠民工工资被通报的;\n"
                  "2.因违反建筑市场相关规定被处罚的。\u3000\u3000试行期间,企业发生上述情形的,从通报或者决定作出之日起,在纠正违法"
                  "行为,消除不良影响,恢复信用前,不得承接新的试点工程。\u3000\u3000发包单位不得拒绝符合上述条件的企业承揽相应工程业务。"
                  "\u3000\u3000NO.2:取得施工总承包资质的企业,可以承接专业承包工程\u3000\u3000(一)试行资质类别\u3000\u3000"
                  "具有建筑工程、市政公用工程施工总承包资质的企业,可以对总承包范围内的专业承包工程自行施工。\u3000\u3000(二)总承包资质覆盖范围\u3000\u3000覆盖地基基础工程、"
                  "起重设备安装工程专业承包资质的工程范围。\u3000\u3000NO.3:其他事宜\u3000\u3000(一)各地建设主管部门要对本通知"
                  "试行的情况进行重点跟踪,强化对试点工程项目的工程质量和安全监督管理。\u3000\u3000(二)本试行办法自2019年3月1日起试行。")
    assert paths(doc) == ["1", "1.1", "1.2", "1.2.1", "1.2.2", "2", "2.1", "2.2", "3", "3.1", "3.2"]
    t = by_path(doc)
    assert (t["2"].label, t["2"].heading) == ("NO.2", "取得施工总承包资质的企业,可以承接专业承包工程")
    assert (t["3"].label, t["3"].heading) == ("NO.3", "其他事宜")
    assert t["2.1"].heading == "试行资质类别"  # the heading line as the page set it, before the blocks' join
    assert_spans(doc)


# A PDF's text layer whose wraps survive as spaces inside the lines, a paragraph a line, and now and then as a line
# break (third med_0030, med_0026, med_0008): a heading line whose last piece runs to the page's width goes on.
_PROSE = ("为统一医保结算清单数据采集标准,提高医保结算清单数据质量,根据国家医疗保障局关于印发医疗保障定点医疗机构等信息业务编码规则和"
          "方法的通知有关要求,我们研究制定了医疗保障基金结算清单填写规范,现印发给你们,请认真贯彻落实,加快推进医保结算清单的落地使用,"
          "做好基础信息质量控制,提高数据管理能力。")
_PAGE = "".join(" ".join(prose[k:k + 30] for k in range(0, len(prose), 30)) + "\n"
                for prose in (_PROSE[n:] + _PROSE[:n] for n in (0, 7, 19, 31)))  # four paragraphs, no copy of one


@pytest.mark.parametrize("lines,heading", [
    ("(1)诱导、协助他人冒名或者虚假就医、购药,提供虚假证明\n材料,或者串通他人虚开费用单据;\n(2)伪造、变造、隐匿、涂改、销毁医学文书。\n",
     "诱导、协助他人冒名或者虚假就医、购药,提供虚假证明材料,或者串通他人虚开费用单据"),          # med_0030 2.5.1
    ("1.办理医保骗保刑事案件,确因证人人数众多等客观条件限制,\n无法逐一收集证人证言的,可以综合认定诈骗数额等 犯罪事实。\n",
     "办理医保骗保刑事案件,确因证人人数众多等客观条件限制,无法逐一收集证人证言的,可以综合认定诈骗数额等 犯罪事实"),  # med_0030 4.19 (19.)
    ("第四条 充分考虑定点医药机构需求和现状,依申请将符合条件\n的定点医药机构纳入即时结算范围,实行动态管理。\n",
     "充分考虑定点医药机构需求和现状,依申请将符合条件的定点医药机构纳入即时结算范围,实行动态管理"),    # med_0026 1.4
    ("(一)对临床必需、用量小、市场供应短缺的药品,由国家招标\n定点生产、议价采购。\n",
     "对临床必需、用量小、市场供应短缺的药品,由国家招标定点生产、议价采购"),                          # med_0008 2.4 (四)
    # a heading short of the width is its line
    ("一、切实加强证据的收集、审查和判断\n办理医保骗保刑事案件,要按照刑事诉讼法的规定全面收集证据。\n", "切实加强证据的收集、审查和判断"),
])
def test_a_heading_a_pdf_line_break_cut_goes_on_where_the_wraps_are_spaces(lines, heading):
    doc = outline(_PAGE + lines)
    assert doc.tasks[0].heading == heading


def test_a_heading_line_stays_whole_in_a_text_not_wrapped_at_one_width():
    doc = outline("(1)诱导、协助他人冒名或者虚假就医、购药,提供虚假证明\n材料,或者串通他人虚开费用单据;\n")
    assert doc.tasks[0].heading == "诱导、协助他人冒名或者虚假就医、购药,提供虚假证明"


_CONTACTS = ("(市交通委联系人:张某,联系电话:23115232\n市道路运输局联系人:王某,联系电话:13916075577\n"
             "市级平台技术支持:周某,联系电话:15800990605,邮箱 zhou@example.cn\n申行智停技术支持:徐某,联系电话:18221059360)\n") * 2


@pytest.mark.parametrize("closing, opening, expected", [
    # shgov_0017: the list's one entry before the signature, contacts after it, then `附件` ⏎ the form's title
    ("附件:充电运营商自查表\n\n上海市交通委员会  上海市发展和改革委员会\n2023年4月24日\n" + _CONTACTS,
     "附件\n充电运营商自查表\n", "附件1"),
    # the same with the colon left on the opening line (elec_0011, shgov_0003 lay it out so)
    ("附件:2026年嘉定区违法用地综合整治实施方案\n嘉定区人民政府\n2026年3月1日\n" + _CONTACTS,
     "附件:\n2026年嘉定区违法用地综合整治实施方案\n", "附件1"),
    # a numbered list: the lone 附件 opens the entry its title names (realestate_0072's list, title cut where it wraps)
    ("附件:1.新型实用人才购房补贴实施细则\n2.新型实用人才购房补贴申请表(针对东坡区范围购房)\n某市住房和城乡建设局\n"
     "2022年5月27日\n" + _CONTACTS, "附件\n新型实用人才购房补贴申请表\n", "附件2"),
])
def test_a_lone_attachment_line_takes_the_number_of_the_list_entry_naming_its_title(closing, opening, expected):
    doc = outline("一、任务\n(一)加强领导。\n特此通知。\n" + closing + opening + "(1)名称\n(2)数量\n")
    assert paths(doc) == ["1", "1.1", f"{expected}.1", f"{expected}.2"]


def test_a_label_after_a_sentence_end_continuing_an_open_list_over_its_own_items_starts_one():
    # A line that lost one break (CONVENTIONS Outline, ruling of the twenty-second session): third med_0012's PDF
    # `4.…填注“门诊”。 六、《…》…填写原则:` after 五、 over its own 1.-5.: item 6, its 1.-5. under it.
    doc = outline("五、《医疗机构申请执业登记注册书》的“医疗机构诊疗科目申报表”填报原则:\n1.申报表由申请单位填报。\n"
                  "2.医疗机构凡在某一级科目下设置二级学科的,应填报到所列二级科目。\n3.只开展专科病诊疗的机构,应填报所属的科目。\n"
                  "4.在某科目下只开展门诊服务的,应在备注栏注明“门诊”字样。 如申报肝炎专科门诊时,申报“肝炎专业”并在备注栏填注“门诊”。"
                  " 六、《医疗机构申请执业登记注册书》“核准登记事项”的诊疗科目栏 填写原则:\n"
                  "1.由卫生行政部门在核准申报表后填写。\n2.一般只需填写一级科目。\n七、《医疗机构执业许可证》的“诊科科目”栏填写原则与之相同。\n")
    assert paths(doc) == ["5", "5.1", "5.2", "5.3", "5.4", "6", "6.1", "6.2", "7"]
    assert by_path(doc)["6"].heading == "《医疗机构申请执业登记注册书》“核准登记事项”的诊疗科目栏 填写原则"
    assert doc.text[by_path(doc)["5.4"].char_start:by_path(doc)["5.4"].char_end].endswith("填注“门诊”。")
    assert_spans(doc)
    # `;(三)` without a space, over its own 1.: the next of (一) (二) under 一、
    doc = outline("一、主要任务\n(一)强化组织领导。建立工作机制。\n(二)完善政策体系。制定配套政策;(三)加强资金保障。具体措施如下:\n"
                  "1.设立专项资金。\n2.加大投入力度。\n二、保障措施\n")
    assert paths(doc) == ["1", "1.1", "1.2", "1.3", "1.3.1", "1.3.2", "2"]
    # `。3.` over its own (1): the next of 1. 2.
    doc = outline("(一)工作目标\n1.到2025年完成改造任务。\n2.全面推进老旧小区改造。 各区要抓好落实。3.实施步骤如下:\n"
                  "(1)摸底调查。\n(2)组织实施。\n(二)保障措施\n")
    assert paths(doc) == ["1", "1.1", "1.2", "1.3", "1.3.1", "1.3.2", "2"]


def test_a_label_inside_a_line_stays_text_unless_it_continues_an_open_list_over_its_own_items():
    # continuing nothing open: 三、 after 一、 (二、 missing)
    doc = outline("一、总体要求\n(一)指导思想。坚持稳中求进。三、具体要求如下:\n1.加强领导。\n2.强化考核。\n二、保障措施\n")
    assert paths(doc) == ["1", "1.1", "1.1.1", "1.1.2", "2"]
    # nothing of its own after it: ninth's `;2.…;3.…;4.…` over 三、, real's `。三、本通知自…起执行。` closing the text
    doc = outline("一、申报材料\n二、企业应提供以下材料:1.退役证件;2.劳动合同;3.社保记录;4.其他材料。\n"
                  "三、本通知所称自主就业退役士兵是指依法退出现役的士兵。\n")
    assert paths(doc) == ["1", "2", "3"]
    doc = outline("一、提高贷款额度。\n二、其他事项。本次调整未涉及的政策仍按原规定执行。三、本通知自2023年10月8日起执行。\n")
    assert paths(doc) == ["1", "2"]
    # a cited article after a sentence end is no label of the outline (`。第十五条规定的…`), nor `一是…二是`
    doc = outline("第十四条 申请人应当如实申报。第十五条规定的材料由申请人提供:\n(一)身份证明;\n(二)收入证明。\n第十五条 审核。\n")
    assert paths(doc) == ["14", "14.1", "14.2", "15"]
    doc = outline("一、任务\n(一)加强领导。一是健全机制;二是完善制度:\n1.细化分工。\n2.压实责任。\n二、保障\n")
    assert paths(doc) == ["1", "1.1", "1.1.1", "1.1.2", "2"]


def test_a_label_inside_a_line_continues_the_innermost_open_list_of_its_style():
    # Under a list restarted after text (nested under 2., as realestate_0214's), the inner list is the one going on,
    # as fit reads a label opening a line (deepest first): `。 3.` is no next number of it and stays text, where the
    # same 3. opening a line would continue the inner list (15.2.3); `。 2.` continues it.
    head = ("(十五)申请家庭需同时满足以下条件:\n1.主申请人具有市区户籍;\n2.购房家庭符合限购政策。\n"
            "非市区户籍家庭需同时满足以下条件:\n1.持有居住证。")
    tail = "其他条件如下:\n(1)无房。\n(2)无违法记录。\n(十六)附则\n"
    assert paths(outline(head + " 3." + tail)) == ["15", "15.1", "15.2", "15.2.1", "15.2.1.1", "15.2.1.2", "16"]
    assert paths(outline(head + " 2." + tail)) == ["15", "15.1", "15.2", "15.2.1", "15.2.2", "15.2.2.1", "15.2.2.2",
                                                   "16"]


def test_a_label_inside_a_line_whose_item_stands_already_leaves_the_outline_open():
    # An attachment numbered again after another (附件2 … 附件3 … 附件2) opens its outline afresh while the items of its
    # first part stand: 三、 inside 二、's line would take 附件2.3, an item already (add() would drop it as a duplicate).
    # The label is the line's text, and the levels under the list it named stay open: (一) goes on under 二、.
    again = ("通知如下:\n一、总体要求\n附件2\n三、保障措施\n附件3\n一、总体要求\n"
             "附件2\n二、重点任务。三、保障措施如下:\n(一)加强领导。\n")
    doc = outline(again)
    assert [(t.path, t.heading) for t in doc.tasks] == [("1", "总体要求"), ("附件2.3", "保障措施"), ("附件3.1", "总体要求"),
                                                       ("附件2.2", "重点任务"), ("附件2.2.1", "加强领导")]
    assert doc.warnings == []
    # the path free (附件2's first part held 一、, not 三、), the label starts its item and (一) goes under it
    doc = outline(again.replace("附件2\n三、保障措施\n", "附件2\n一、总体要求\n"))
    assert paths(doc) == ["1", "附件2.1", "附件3.1", "附件2.2", "附件2.3", "附件2.3.1"]
