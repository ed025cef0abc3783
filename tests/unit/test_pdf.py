import io
import zlib
from pathlib import Path

import pytest

from pipeline.formats import pdf
from pipeline.formats.pdf import Line, check_streams, drop_page_furniture, join_lines, unruled_cells
from pipeline.ingest import InputError, read_document
from pipeline.rules import load

FORMATS = Path(__file__).parent.parent / "formats"


def full(text):
    return Line(text, full=True)


def short(text):
    return Line(text, full=False)


def test_a_line_broken_at_the_margin_inside_a_sentence_continues():
    lines = [full("各省、自治区、直辖市、新疆生产建设兵团社会信用体系建设牵头"),
             full("部门，国家税务总局各省、自治区、直辖市和计划单列市税务局，"),
             short("社会信用体系建设部际联席会议成员单位办公厅（室）：")]
    assert join_lines(lines) == ["各省、自治区、直辖市、新疆生产建设兵团社会信用体系建设牵头部门，国家税务总局各省、"
                                 "自治区、直辖市和计划单列市税务局，社会信用体系建设部际联席会议成员单位办公厅（室）："]


def test_a_short_line_a_sentence_end_an_outline_label_or_a_list_line_ends_the_line():
    lines = [short("（一）全面实施个人所得税申报信用承诺制"),  # a heading without punctuation
             full("税务部门在个人所得税自行纳税申报表、个人所得税专项附"),
             full("加扣除信息表等表单中设立格式规范、标准统一的信用承诺书。"),  # ends a sentence
             full("信用承诺的履行情况纳入个人信用记录，提醒和引导纳税人重视"),
             full("2.到2025年，城乡居民健康素养水平提高到25%，经常参加体育锻"),  # an item label
             short("炼人数比例达到37%以上。"),
             full("实行“一人一档”，推动家庭医生签约服务，重点人群签约率达到"),
             short("①老年人签约率达到70%")]
    assert join_lines(lines) == [
        "（一）全面实施个人所得税申报信用承诺制",
        "税务部门在个人所得税自行纳税申报表、个人所得税专项附加扣除信息表等表单中设立格式规范、标准统一的信用承诺书。",
        "信用承诺的履行情况纳入个人信用记录，提醒和引导纳税人重视",
        "2.到2025年，城乡居民健康素养水平提高到25%，经常参加体育锻炼人数比例达到37%以上。",
        "实行“一人一档”，推动家庭医生签约服务，重点人群签约率达到",
        "①老年人签约率达到70%"]


def test_table_cells_never_join():
    lines = [full("到2025年，主要健康指标达到下表要求，各地要结合实际分解落实到"),
             Line("指标名称", full=False, cell=True), Line("2025年目标值", full=False, cell=True)]
    assert join_lines(lines) == ["到2025年，主要健康指标达到下表要求，各地要结合实际分解落实到", "指标名称", "2025年目标值"]


def test_spaces_next_to_chinese_characters_go_and_soft_hyphens_are_read():
    lines = [short("税 务 总 局 办 公 厅"), short("发改办财金规〔2019〕860 号"),
             short("设规划纲要（2014\u00ad2020 年）的通知》"), short("应对 COVID 19 疫情"),
             full("promote the infor\u00ad"), short("mation system")]
    assert join_lines(lines) == ["税务总局办公厅", "发改办财金规〔2019〕860号", "设规划纲要（2014-2020年）的通知》",
                                 "应对COVID 19疫情", "promote the information system"]


def test_page_numbers_and_running_headers_are_dropped():
    rules = load("ingest")
    numbers = ["— 1 —", "-2-", "第3页", "第 4 页 共 5 页", "5/5"]
    bodies = ["一、总体要求", "二、主要任务", "三、保障措施", "四、组织实施", "五、其他事项"]
    pages = [[short("国家发展改革委文件"), short(body), short("2"), short(f"{body[2:]}按照职责分工推进。"), full(f"{body[2:]}由各地区结合实际抓好落实。"),
              short(number)] for body, number in zip(bodies, numbers)]
    kept = drop_page_furniture(pages, rules)
    assert [[line.text for line in page] for page in kept] == [
        [body, "2", f"{body[2:]}按照职责分工推进。", f"{body[2:]}由各地区结合实际抓好落实。"] for body in bodies]


def test_a_line_on_one_page_only_is_no_running_header():
    rules = load("ingest")
    pages = [[short("关于加强个人所得税纳税信用建设的通知"), short("— 1 —")], [short("二、主要任务"), short("— 2 —")],
             [short("三、保障措施"), short("— 3 —")]]
    assert [line.text for page in drop_page_furniture(pages, rules) for line in page] == [
        "关于加强个人所得税纳税信用建设的通知", "二、主要任务", "三、保障措施"]


def chars(*runs):
    """Characters of 16 pt set left to right; each run starts `gap` points after the last."""
    out, x = [], 80.0
    for gap, text in runs:
        x += gap
        for ch in text:
            out.append({"text": ch, "x0": x, "x1": x + 16, "size": 16})
            x += 16
    return out


def test_a_row_of_a_table_without_rules_is_cut_into_cells():
    assert unruled_cells(chars((0, "婴儿死亡率(‰)"), (60, "≤4.5"), (60, "约束性"))) == ["婴儿死亡率(‰)", "≤4.5", "约束性"]
    assert unruled_cells(chars((0, "国家发展改革委办公厅"), (120, "税务总局办公厅"))) == ["国家发展改革委办公厅", "税务总局办公厅"]
    letter_spaced = chars(*[(0 if i == 0 else 40, c) for i, c in enumerate("税务总局办公厅")])
    assert unruled_cells(letter_spaced) is None
    assert unruled_cells(chars((0, "到2025年,人均预期寿命达到79岁"))) is None


def test_tables_keep_one_cell_per_line_as_for_docx():
    text, notes = pdf.pdf_text((FORMATS / "table.pdf").read_bytes())
    lines = text.split("\n")
    i = lines.index("指标名称")
    assert lines[i:i + 6] == ["指标名称", "2025年目标值", "性质", "婴儿死亡率(‰)", "≤4.5", "约束性"]
    assert lines[i - 1] == "到2025年,主要健康指标达到下表要求:" and lines[i + 12] == "二、保障措施"


def test_permissions_only_encryption_still_reads():
    text, notes = pdf.pdf_text((FORMATS / "restricted.pdf").read_bytes())
    assert "到2025年,人均预期寿命达到79岁" in text


def minimal_pdf(content: bytes) -> bytes:
    """A one-page PDF whose page content stream is `content`, Flate-compressed."""
    stream = zlib.compress(content)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_a_pdf_bomb_is_refused_before_it_is_inflated():
    bomb = minimal_pdf(b"0" * 20_000_000)
    assert len(bomb) < 100_000
    with pytest.raises(InputError, match="PDF bomb"):
        check_streams(bomb, 10_000_000)
    check_streams(bomb, 30_000_000)  # under the limit: passes


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def scan_pdf() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (600, 800), "white")
    ImageDraw.Draw(image).rectangle((50, 50, 550, 90), fill="black")  # a line of "text" as pixels
    buf = io.BytesIO()
    image.save(buf, "PDF")
    return buf.getvalue()


@pytest.mark.parametrize("name,data,reason", [
    ("scan.pdf", scan_pdf(), "no text layer"),
    ("encrypted.pdf", (FORMATS / "encrypted.pdf").read_bytes(), "encrypted PDF: a password is needed"),
    ("broken.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R", "unreadable PDF"),
    ("truncated.pdf", (FORMATS / "table.pdf").read_bytes()[:3000], "unreadable PDF"),
    ("blank.pdf", minimal_pdf(b""), "no text layer"),
])
def test_bad_pdfs_are_named_with_a_reason(tmp_path, name, data, reason):
    with pytest.raises(InputError, match=reason):
        read_document(write(tmp_path, name, data), tmp_path)


def test_a_bomb_through_read_document(tmp_path, monkeypatch):
    rules = {**load("ingest"), "pdf_max_stream_bytes": 1_000_000}
    monkeypatch.setattr(pdf, "load", lambda name: rules)
    with pytest.raises(InputError, match="PDF bomb"):
        read_document(write(tmp_path, "bomb.pdf", minimal_pdf(b"0" * 5_000_000)), tmp_path)


def test_an_html_page_served_as_pdf_is_read_as_html(tmp_path):
    page = "<html><body><p>一、总体目标</p><p>到2025年,人均预期寿命达到79岁。</p></body></html>"
    doc = read_document(write(tmp_path, "n.pdf", page.encode("utf-8")), tmp_path)
    assert "到2025年,人均预期寿命达到79岁。" in doc.raw.split("\n")


def test_an_indented_line_starts_a_paragraph_even_after_a_full_line():
    lines = [short("五、暂停执行购房提取和住房公积金贷款“二选一”政策"),
             full("六、暂停执行购房提取和住房公积金贷款“二选一”政策的有关规定"),  # a heading filling the line
             Line("将《关于调整我市住房公积金使用政策的通知》文件中的政策暂停执行。", full=False, indented=True)]
    assert join_lines(lines) == [line.text for line in lines]


def test_a_colon_inside_an_open_bracket_does_not_end_the_line():
    lines = [full("延后期暂定为2023年3月31日。(责任单位:"), short("人民银行榆社县支行、县金融办)"),
             full("为积极稳妥实施城市更新行动,现提出以下要求:"), short("严格控制大规模拆除。")]
    assert join_lines(lines) == ["延后期暂定为2023年3月31日。(责任单位:人民银行榆社县支行、县金融办)",
                                 "为积极稳妥实施城市更新行动,现提出以下要求:", "严格控制大规模拆除。"]


def test_article_and_chapter_references_inside_a_sentence_continue_it():
    lines = [full("个人首次购买中心城区范围内新建商品住房的,同时享受本《若干措施》"), short("第一条规定的购房补贴。"),
             full("依照本办法的规定,对违反规定的单位按照《中华人民共和国价格法》"), short("第四十二条\u3000本办法自2024年1月1日起施行。"),
             full("本办法自发布之日起施行,由市住房和城乡建设局负责解释,未尽事宜"), short("第三章 附则")]
    assert join_lines(lines) == [
        "个人首次购买中心城区范围内新建商品住房的,同时享受本《若干措施》第一条规定的购房补贴。",
        "依照本办法的规定,对违反规定的单位按照《中华人民共和国价格法》", "第四十二条本办法自2024年1月1日起施行。",
        "本办法自发布之日起施行,由市住房和城乡建设局负责解释,未尽事宜", "第三章附则"]


def test_a_text_layer_without_unicode_for_its_glyphs_is_named(monkeypatch):
    unmapped = [[Line("(cid:3412)(cid:2231)(cid:877)(cid:90)(cid:1201)" * 4, full=False)]] * 3
    monkeypatch.setattr(pdf, "read_pages", lambda data, rules: (unmapped, []))
    with pytest.raises(InputError, match=r"no Unicode for its glyphs"):
        pdf.pdf_text(b"%PDF-1.4\n")


def test_a_few_unmapped_glyphs_are_dropped(monkeypatch):
    body = "到2025年,人均预期寿命达到79岁,婴儿死亡率控制在4.5‰以下,孕产妇死亡率下降到12/10万以下(cid:12)。"
    pages = [[Line("一、总体目标", full=False), Line(body, full=False)]]
    monkeypatch.setattr(pdf, "read_pages", lambda data, rules: (pages, []))
    assert pdf.pdf_text(b"%PDF-1.4\n") == ("一、总体目标\n" + body.replace("(cid:12)", ""), [])


def test_decimal_labels_keep_their_space():
    lines = [short("1 总则"), short("1.1 编制目的及依据"), short("2.1.3 国家粮食应急工作指挥部职责"),
             full("1 月 1 日起全面施行的《中华人民共和国个人所得税法》及其实施条例,是党中央、国务"), short("院作出的部署。")]
    assert join_lines(lines) == ["1 总则", "1.1 编制目的及依据", "2.1.3 国家粮食应急工作指挥部职责",
                                 "1月1日起全面施行的《中华人民共和国个人所得税法》及其实施条例,是党中央、国务院作出的部署。"]


def test_a_header_and_footer_split_into_cells_are_still_dropped():
    pages = [[Line("12/4/26, 6:54 PM", False, cell=True), Line("国务院办公厅关于印发国家粮食应急预案的函", False, cell=True),
              short(body), Line("file:///notices/govcn_0019.html", False, cell=True), Line(f"{i}/3", False, cell=True)]
             for i, body in enumerate(["一、总则", "二、组织机构和职责", "三、预警监测"], 1)]
    kept = drop_page_furniture(pages, load("ingest"))
    assert [[line.text for line in page] for page in kept] == [["一、总则"], ["二、组织机构和职责"], ["三、预警监测"]]


def test_ruled_table_cells_at_a_page_edge_are_kept():
    pages = [[Line("指标名称", False, cell=True, ruled=True), short(body), Line("2", False, cell=True, ruled=True)]
             for body in ["一、总则", "二、组织机构和职责", "三、预警监测"]]
    kept = drop_page_furniture(pages, load("ingest"))
    assert [[line.text for line in page] for page in kept] == [["指标名称", body, "2"]
                                                             for body in ["一、总则", "二、组织机构和职责", "三、预警监测"]]


def test_scanned_pages_among_text_pages_are_named_in_a_warning(tmp_path):
    import pypdfium2

    merged = pypdfium2.PdfDocument((FORMATS / "table.pdf").read_bytes())
    merged.import_pages(pypdfium2.PdfDocument(scan_pdf()))
    buf = io.BytesIO()
    merged.save(buf)
    doc = read_document(write(tmp_path, "n.pdf", buf.getvalue()), tmp_path)
    assert "二、保障措施" in doc.raw
    assert doc.warnings == ["no text layer on PDF page 2 (scanned?): its text is missing"]


def test_a_page_turned_for_display_reads_in_lines():
    import pypdfium2

    document = pypdfium2.PdfDocument((FORMATS / "table.pdf").read_bytes())
    document[0].set_rotation(90)  # as landscape attachment tables often are
    buf = io.BytesIO()
    document.save(buf)
    turned, _ = pdf.pdf_text(buf.getvalue())
    upright, _ = pdf.pdf_text((FORMATS / "table.pdf").read_bytes())
    assert turned == upright and "到2025年,主要健康指标达到下表要求:" in turned.split("\n")


def test_a_long_cell_and_a_cell_of_two_paragraphs_in_a_ruled_table():
    text, _ = pdf.pdf_text((FORMATS / "division.pdf").read_bytes())
    lines = text.split("\n")
    i = lines.index("序号")
    assert lines[i:i + 12] == ["序号", "工作任务", "责任单位", "完成时限", "1",
                               "建立健全个人所得税纳税信用记录,全面建立自然人纳税信用信息采集、记录、查询、应用和修复机制",
                               "市税务局", "市发展改革委", "2020年底前", "2", "对严重失信当事人实施联合惩戒", "市发展改革委"]
