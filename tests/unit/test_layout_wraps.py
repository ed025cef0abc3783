"""Layouts a PDF's text layer or a converter gives a notice (layout19): page numbers and running headers between the
lines, a title broken at the page's width, lines hard-wrapped at one width, a label alone on its line over its text.
The phrasings are real notices' (the labelled collections' titles, headings and pages)."""
from pipeline.document import Document
from pipeline.normalise import normalise
from pipeline.outline import segment
from pipeline.page_layout import drop_page_furniture

from metadata_reading import meta


def _outline(text: str) -> list[tuple[str, str, str]]:
    doc = Document(source_file="t", raw=text)
    normalise(doc)
    segment(doc)
    return [(t.path, t.label, t.heading) for t in doc.tasks]


def test_page_numbers_and_a_running_header_between_the_lines_are_dropped():
    text = "\n".join(["关于印发实施方案的通知", "一、总体要求", "坚持问题导向,", "- 2 -", "国务院公报",
                      "推进改革。", "第 3 页 共 12 页", "国务院公报", "二、主要任务", "13-", "国务院公报", "全面推进。"])
    kept = drop_page_furniture(text).split("\n")
    assert kept == ["关于印发实施方案的通知", "一、总体要求", "坚持问题导向,", "推进改革。", "二、主要任务", "全面推进。"]


def test_numbers_of_a_table_one_cell_a_line_stay():
    # a bare number is no page number (govcn_0048's rows, elec_0001's cells): only the decorated forms go
    text = "序号\n项目\n1\n区域性股权市场\n2\n科技成果转化\n3\n人才引进\n— 2 —\n4\n职称评审"
    assert drop_page_furniture(text).split("\n") == ["序号", "项目", "1", "区域性股权市场", "2", "科技成果转化",
                                                      "3", "人才引进", "4", "职称评审"]


def test_a_title_the_page_width_broke_is_read_whole():
    for lines, title in [
        (["关于进一步促进房地产市场平稳健康发展的若干措", "施"], "关于进一步促进房地产市场平稳健康发展的若干措施"),
        (["上海市住房和城乡建设管理委员会关于住房限购审核前置有关问题的通", "知"],
         "上海市住房和城乡建设管理委员会关于住房限购审核前置有关问题的通知"),
        (["关于印发《2026年松江区建筑垃圾运输行业“清水行动”工作方案", "》的通知"],
         "关于印发《2026年松江区建筑垃圾运输行业“清水行动”工作方案》的通知"),
    ]:
        doc = meta("\n".join([*lines, "各有关单位:", "现将有关事项通知如下。", "一、总体要求", "坚持稳中求进。"]))
        assert doc.title == title


def test_a_headline_over_the_notice_title_is_not_joined_to_it():
    # realestate_0156: a news headline, then the notice's own title line (with 关于): two titles, not one broken
    doc = meta("发放消费券1000万元!三水区购房促消费活动来了\n关于2022年佛山市三水区购房促消费活动的通知\n"
               "各有关单位:\n现将有关事项通知如下。\n一、活动时间\n2022年全年。")
    assert doc.title == "关于2022年佛山市三水区购房促消费活动的通知"


def test_a_page_field_title_broken_at_the_width_is_read_whole():
    doc = meta("标 题:\n国务院办公厅关于调整国务院第二次全国污染源普查领导小组组成人员的\n通知\n"
               "发文字号:\n国办函〔2018〕74号\n发文机关:\n3\n国务院办公厅\n各省、自治区、直辖市人民政府:\n现通知如下。")
    assert doc.title == "国务院办公厅关于调整国务院第二次全国污染源普查领导小组组成人员的通知"
    assert doc.issuer == "国务院办公厅"  # the page number between the label and its value is no value


def _wrapped(paragraphs: list[str], width: int) -> str:
    return "\n".join(p[i:i + width] for p in paragraphs for i in range(0, len(p), width))


def test_a_wrapped_line_that_opens_like_a_label_is_no_item():
    # paragraphs hard-wrapped at 20 characters: `一、开放…`, `1.5万元…` and `1、重大…` open lines only because the
    # page's width fell there (govcn_0014's 统一、开放, a subsidy's 1.5万元, a list's 第1、2项 as a PDF wraps them)
    paragraphs = [
        "一、总体要求",
        "深化行政管理体制改革,加快建设全国城乡统一、开放、竞争、有序的现代市场体系,推进政府职能转变和管理方式创新。",
        "对符合条件的家庭,每户补贴标准原则上控在1.5万元以内,具体标准由各地结合实际确定并向社会公布执行。",
        "二、主要任务",
        "(一)推进政务公开。各地各部门要进一步完善政府信息公开制度,健全主动公开目录,扩大公开范围,细化公开内容,认真按照规定第1、2项办理。",
        "(二)优化政务服务。推行网上办理,提高办事效率,减少办事环节,压缩办理时限,方便群众和企业办事创业。",
        "(三)加强监督考核。建立健全考核评价制度,将政务公开工作纳入绩效考核体系,定期通报工作进展情况。"]
    text = _wrapped(paragraphs, 20)
    lines = text.split("\n")
    assert {"一、开放、竞争、有序的现代市场体系,推进", "1.5万元以内,具体标准由各地结合实际确"} <= set(lines)
    assert any(line.startswith("1、2项") for line in lines)
    assert [p for p, _, _ in _outline(text)] == ["1", "2", "2.1", "2.2", "2.3"]


def test_a_full_width_line_before_the_next_label_does_not_swallow_it():
    # a unit list (or a heading) that happens to run to the page's width and closes no sentence: the label after it
    # still opens the next item when it continues the outline exactly (realestate_0034's lists re-laid; reviewers)
    paragraphs = [
        "一、总体要求",
        "深化行政管理体制改革,加快建设全国城乡统一、开放、竞争、有序的现代市场体系,推进政府职能转变和管理方式创新。",
        "二、主要任务",
        "(一)推进政务公开。各地各部门要进一步完善政府信息公开制度,健全主动公开目录,扩大公开范围,细化公开内容。",
        "配合单位:市总工会、市妇联、团市委、市残联",
        "(二)优化政务服务。推行网上办理,提高办事效率,减少办事环节,压缩办理时限,方便群众和企业办事创业。",
        "牵头单位:市政务服务管理局、市大数据中心",
        "三、保障措施",
        "建立健全考核评价制度,将政务公开工作纳入绩效考核体系,定期通报工作进展情况,确保各项任务落实到位。各地要加强组织"
        "领导,明确责任分工,细化工作措施,强化督促检查,及时研究解决工作中遇到的困难和问题,确保取得实效。"]
    text = _wrapped(paragraphs, 22)
    lines = text.split("\n")
    assert {"配合单位:市总工会、市妇联、团市委、市残联", "牵头单位:市政务服务管理局、市大数据中心"} <= set(lines)
    assert [p for p, _, _ in _outline(text)] == ["1", "2", "2.1", "2.2", "3"]


def test_a_label_alone_over_its_text_opens_its_item():
    text = "\n".join(["一、", "总体要求", "(一)", "指导思想。以习近平新时代中国特色社会主义思想为指导。", "(二)",
                      "基本原则", "1.", "坚持公益性导向,提高医疗服务效率。", "2.", "坚持属地化管理,分级负责。", "二、",
                      "主要任务", "推进改革。"])
    assert _outline(text) == [("1", "一、", "总体要求"), ("1.1", "(一)", "指导思想"), ("1.2", "(二)", "基本原则"),
                              ("1.2.1", "1.", "坚持公益性导向,提高医疗服务效率"),
                              ("1.2.2", "2.", "坚持属地化管理,分级负责"), ("2", "二、", "主要任务")]


def test_a_table_one_cell_a_line_has_its_sections_as_items_not_its_rows():
    # tenth P_02: 序号 | 考核项目 | 分值 | 考核指标, each cell a line: the section's label 一、 in the 序号 column over its
    # name is an item (P_02's gold), the row numbers and the numbered lines of a cell are not
    text = "\n".join(["考核细则", "序号", "考核项目", "各项分值", "一、", "巩固成果,提升河长制工作实效", "31", "1",
                      "完善四个到位", "5", "1.推进APP巡河信息平台建设,得2分。", "2.按制度要求开展APP巡河,得6分。", "二、",
                      "对标中央、省、市,落实湖长制重点任务", "12"])
    assert _outline(text) == [("1", "一、", "巩固成果,提升河长制工作实效"), ("2", "二、", "对标中央、省、市,落实湖长制重点任务")]


def test_a_regulation_header_clause_broken_at_the_width_dates_the_text():
    for header, day in [(["2022年1月16日 广东省第十三届人民代表大会常务委员会第", "三十九次会议通过"], "2022-01-16"),
                        (["(2021年11月5日江门市第十五届人民代表大会常务委员会第五十一次", "会议通过)"], "2021-11-05")]:
        doc = meta("\n".join(["广东省外商投资权益保护条例", *header, "第一条 为了保护外商投资合法权益,制定本条例。",
                              "第二条 本条例适用于本省行政区域。"]))
        assert str(doc.issue_date) == day


def test_a_title_line_with_its_number_after_it_gives_the_number():
    for line, number in [("关于做好2021年度低效建设用地减量化相关工作的函 沪规划资源施〔2021〕128号", "沪规划资源施〔2021〕128号"),
                         ("关于全面推进医保基金即时结算改革扩面提质的通知 医保办函〔2025〕82号", "医保办函〔2025〕82号")]:
        doc = meta("\n".join([line, "各有关单位:", "现将有关事项通知如下。", "一、总体要求", "坚持稳中求进。"]))
        assert doc.doc_number == number


def test_a_date_above_the_title_dates_the_text():
    doc = meta("\n".join(["2025年10月14日", "关于全面推进医保基金即时结算改革扩面提质的通知", "各省医疗保障局:",
                          "现就有关事项通知如下。", "一、全面推进即时结算改革", "加快推进。"]))
    assert str(doc.issue_date) == "2025-10-14"


def test_labels_with_a_text_layer_s_spaces_inside_are_read():
    text = "\n".join(["一、总体要求", "( 一 ) 指导思想。坚持稳中求进。", "( 二 ) 基本原则", "1 . 坚持公益性导向。",
                      "2 . 坚持属地化管理。", "( 1 ) 分级负责。", "二、主要任务", "推进改革,人均补贴 1 .5万元。"])
    assert [p for p, _, _ in _outline(text)] == ["1", "1.1", "1.2", "1.2.1", "1.2.2", "1.2.2.1", "2"]


def test_an_article_whose_numeral_a_text_layer_spaced_is_read():
    text = "\n".join(["第 一 章 总 则", "第 一 条 为了规范管理,制定本办法。", "第 二 条 本办法适用于本市。", "第 二 章 管理",
                      "第 十 二 条 市人民政府负责。", "第 十 三 条 区人民政府负责。"])
    assert [p for p, _, _ in _outline(text)] == ["1", "1.1", "1.2", "2", "2.12", "2.13"]


# A PDF's text layer breaks a heading where the page ends: the heading goes on across the wraps up to its 。;: (the
# guide's heading), the label's line being a paragraph's first, indented line (seventh doc_0020, eighth doc_0013,
# eighth doc_0012's OCR'd lines). A text of lines of many widths keeps each heading to its line.
_ARTICLES = ["第一章 总 则",
             "第一条 为加强城市地下空间开发利用管理,合理开发利用本市地下空间资源,促进土地节约集约利用,保障地下空间权利人"
             "合法权益,结合本市实际,制定本办法。",
             "第二条 本办法适用于本市地下空间的开发利用管理。法律、法规对国防、人民防空、防灾、文物保护、矿产资源等情形"
             "的地下空间开发利用另有规定的,从其规定。",
             "第三条 本办法所称地下空间是指地表以下的空间,包括结建地下空间和单建地下空间。",
             "结建地下空间是指同一主体结合地面建筑一并开发建设的地下空间,单建地下空间是指独立开发建设的地下空间。",
             "第四条 属于以下情形的,可以协议出让地下建设用地使用权:",
             "(一)原土地使用权人利用自有用地开发建设地下空间项目的。",
             "(二)与城市地下公共交通设施配套同步建设、不能分割实施的经营性地下空间。",
             "第五条 建设项目在实际建设时,业态和规模发生变化的,配建停车位数应以实际建设业态和规模进行计算。",
             "第六条 地下空间规划是城市规划的重要组成部分。地下空间规划应当符合国民经济和社会发展规划及城市总体规划,并"
             "与人民防空规划、地下交通规划、市政管线规划等专项规划相衔接。",
             "第七条 城市地下空间建设规划,应当依据城市地下空间开发利用规划对城市地下空间开发利用作出具体规定,明确地下"
             "空间开发利用范围、使用性质、总体布局、开发强度、出入口位置和连通方式等内容。"]


def _pdf_lines(paragraphs: list[str], width: int = 24, indent: int = 2) -> list[str]:
    """Paragraphs as a PDF's text layer gives them: broken at the page's width, the first line indented."""
    lines = []
    for p in paragraphs:
        first = width - indent
        lines.append(p[:first])
        lines += [p[i:i + width] for i in range(first, len(p), width)]
    return lines


def test_a_heading_wrapped_at_the_page_width_goes_on_to_its_stop():
    headings = {p: h for p, _, h in _outline("\n".join(_pdf_lines(_ARTICLES)))}
    assert headings["1.1"] == ("为加强城市地下空间开发利用管理,合理开发利用本市地下空间资源,促进土地节约集约利用,"
                               "保障地下空间权利人合法权益,结合本市实际,制定本办法")
    assert headings["1.2"] == "本办法适用于本市地下空间的开发利用管理"
    assert headings["1.3"] == "本办法所称地下空间是指地表以下的空间,包括结建地下空间和单建地下空间"
    assert headings["1.4"] == "属于以下情形的,可以协议出让地下建设用地使用权"
    assert headings["1.4.1"] == "原土地使用权人利用自有用地开发建设地下空间项目的"
    assert headings["1.4.2"] == "与城市地下公共交通设施配套同步建设、不能分割实施的经营性地下空间"
    assert headings["1.5"] == "建设项目在实际建设时,业态和规模发生变化的,配建停车位数应以实际建设业态和规模进行计算"
    assert headings["1.6"] == "地下空间规划是城市规划的重要组成部分"


def test_a_heading_line_of_a_text_not_wrapped_at_one_width_stays_on_its_line():
    text = "\n".join(["一、总体要求", "(一)指导思想", "以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十大精神。",
                      "(二)基本原则", "坚持统筹推进", "二、主要任务", "(一)加强组织领导", "各地要高度重视。"])
    assert [h for _, _, h in _outline(text)] == ["总体要求", "指导思想", "基本原则", "主要任务", "加强组织领导"]


def test_a_number_the_width_put_after_a_semicolon_is_an_inline_list_not_an_item():
    # an inline list in a sentence (`(四)改善营商环境:1.优化…;2.开设…;3.严禁…;4.房地产…`, realestate_0197; `主要包括:1.…;2.…`)
    # whose wrap falls right after a `;`: the `4.` opening the next line continues no list of the outline, so it is
    # the sentence's; a list of items each on its own line (`1.…;` ⏎ `2.…;`) that wraps so still reads item by item
    inline = ("(二)改善营商环境:1.优化商品房预售资金监管审批手续,缩短时限;2.开设不动产登记绿色通道,优化登记流程,"
              "减轻企业负担;3.严禁企业开展低于成本价的团购;4.开发商在申请工程项目审批时,同时申请燃气管道安装;5.做好用电"
              "设施规划。")
    paragraphs = [
        "一、总体要求",
        "深化行政管理体制改革,加快建设全国城乡统一、开放、竞争、有序的现代市场体系,推进政府职能转变和管理方式创新。",
        "二、工作目标",
        "到二〇二五年,全面建立统一规范、权责清晰、公开透明、服务高效的政务公开制度体系,群众满意度明显提升。",
        "三、主要措施",
        "(一)契税补贴。符合条件的商品房按照购房所缴纳契税总额的百分之五十给予补贴,不限首套,包括多套住房。",
        inline,
        "(三)新市民购房补贴。在本县范围购买首套新建商品住房的,每套补贴六千元,按照先购后补的原则发放。",
        "(四)办理材料。申请人到政务服务中心窗口提出申请,并提供申请契税补贴相关材料:",
        "1.申请表,收取原件一份,由政务服务中心窗口统一领取和填写;",
        "2.商品房买卖合同登记备案证明,核原件,收取复印件一份;",
        "3.申请人银行卡复印件,核原件,收取复印件一份。",
        "四、保障措施",
        "建立健全考核评价制度,将政务公开工作纳入绩效考核体系,定期通报工作进展情况,确保各项任务落实到位。"]
    width = 26
    text = _wrapped(paragraphs, width)
    assert any(line.startswith("4.开发商") for line in text.split("\n"))  # the width fell right after `;`
    paths = [p for p, _, _ in _outline(text)]
    assert paths == ["1", "2", "3", "3.1", "3.2", "3.3", "3.4", "3.4.1", "3.4.2", "3.4.3", "4"], paths


def test_a_heading_goes_on_over_the_page_number_a_page_break_left_in_it():
    # eighth doc_0013: `(四)已确定的主体建筑的总平面图和屋顶平面图(必要时` ⏎ `10` ⏎ `附有各屋顶详细标高…`: the page's number, alone
    # where the page broke the sentence, is no part of the heading (before: `…(必要时10`); `- 10 -` and `第10页` normalisation
    # drops before the outline reads the lines (the outline's rule is for the bare number it keeps)
    lines = _pdf_lines(_ARTICLES)
    at = next(k for k, line in enumerate(lines) if line.startswith("第六条"))
    for number in ("10", "- 10 -", "第10页"):
        paged = lines[:at + 1] + [number] + lines[at + 1:]
        headings = {p: h for p, _, h in _outline("\n".join(paged))}
        assert headings["1.6"] == "地下空间规划是城市规划的重要组成部分", number
