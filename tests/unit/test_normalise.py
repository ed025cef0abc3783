from pipeline.document import Document
from pipeline.normalise import normalise, normalise_text


def test_full_width_forms_become_ascii_and_circled_numbers_stay():
    assert normalise_text("（一）到２０２０年，达到９０％；①加强") == "(一)到2020年,达到90%;①加强"


def test_lines_are_stripped_and_blank_runs_collapse():
    raw = "  标题\u3000\r\n\r\n\r\n\u00a0正文\xa0一\r\n\n\n\n结尾  "
    assert normalise_text(raw) == "标题\n\n正文 一\n\n结尾"


def test_zero_width_characters_are_dropped():
    assert normalise_text("健康\u200b中国\ufeff") == "健康中国"


BODY = "\n".join(f"{i}.推进第{i}项工程,到2020年完成建设任务并通过验收。" for i in range(1, 12))


def test_doc_id_is_sha256_prefix_of_text_and_warning_is_recorded():
    import hashlib

    copy = "某市人民政府关于印发健康建设计划的通知\n" + BODY
    doc = Document(source_file="x.txt", raw=copy + "\n\n" + copy)
    normalise(doc)
    assert doc.text == copy
    assert doc.doc_id == hashlib.sha256(copy.encode()).hexdigest()[:16]
    assert len(doc.warnings) == 1


def test_radical_forms_from_pdf_text_layers_become_the_characters_they_stand_for():
    # As Chromium's and other PDF text layers give 西藏, 意见, 黄金, 长效 (CJK Radicals Supplement).
    raw = "内地\u2ec4藏班\n工作意\u2ec5报告\n关于\u2ee9金经济政策\n建立\u2ed3效机制"
    text = normalise_text(raw)
    assert text == "内地西藏班\n工作意见报告\n关于黄金经济政策\n建立长效机制" and len(text) == len(raw)


def test_a_question_mark_following_no_word_is_a_lost_character():
    # the scraper's encoding lacked a character and wrote ？ (plan_0021's signature and label,
    # realestate_0174's ??): one at a line's start, after a space or a mark asks nothing
    assert normalise_text("湖南省工业和信息化厅 ？湖南省发展和改革委员会\n？ **二、重点任务**") == \
        "湖南省工业和信息化厅 湖南省发展和改革委员会\n**二、重点任务**"
    assert normalise_text("做好住宅产品设计,??落实“好房子”建设要求") == "做好住宅产品设计,落实“好房子”建设要求"
    # a question asked, a web address and a lone mark stay
    assert normalise_text("什么是公积金？ 答：") == "什么是公积金? 答:"
    assert normalise_text("http://www.a.cn/detail?business=1 a/?id=3") == "http://www.a.cn/detail?business=1 a/?id=3"


def test_a_page_stored_on_one_line_is_marked_as_such():
    # seventh doc_0026's crawl page (blocks joined by spaces) against a notice published with its lines
    page = ("当前位置: 首页政务公开最新文件区管委会办公室文件 关于印发平潭综合实验区拖拉机报废补贴办法的通知 时间:2015-08-24 08:53 "
            "微信 微博 QQ空间 岚综管办〔2015〕159号 平潭综合实验区管委会办公室关于印发平潭综合实验区拖拉机报废补贴办法的通知 "
            "区直各相关单位、各片区开发管理局、各乡(镇)人民政府: 《平潭综合实验区拖拉机报废补贴办法》已经区管委会研究同意,"
            "现印发给你们,请遵照执行。 平潭综合实验区管委会办公室 2015年8月20日 平潭综合实验区拖拉机报废补贴办法 为加强道路交通"
            "安全综合整治,特制定本办法。 一、指导思想和总体要求 (一)指导思想。认真贯彻《农业机械安全监督管理条例》。 ")
    doc = Document(source_file="page.txt", raw=page)
    normalise(doc)
    assert doc.one_line_page and "\n一、指导思想和总体要求\n" in doc.text
    doc = Document(source_file="n.txt", raw=page.replace(" ", "\n"))
    normalise(doc)
    assert not doc.one_line_page
