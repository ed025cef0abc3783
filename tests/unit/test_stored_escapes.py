"""A notice stored escaped (pipeline/stored_escapes.py): entity-written HTML and literal `\\r\\n` read as a reader
reads them (sixteenth H55A_01/03: a MySQL dump's article rows; H55A_05, H55D_02: a CMS's seed data)."""
from pathlib import Path

from pipeline.ingest import read_document
from pipeline.normalise import normalise
from pipeline.stored_escapes import breaks_read, markup_unescaped


def text_of(tmp_path: Path, name: str, stored: str) -> str:
    path = tmp_path / name
    path.write_text(stored, encoding="utf-8")
    doc = read_document(path, tmp_path)
    normalise(doc)
    return doc.text


def test_html_stored_as_entities_reads_as_its_blocks(tmp_path):
    # a dump's INSERT row (the body a code literal, a break in it written `\n`), its HTML written &lt;p&gt;, attribute quotes &quot;
    row = ("INSERT INTO `article` VALUES (7, 2, '&lt;p&gt;各省能源局：&lt;/p&gt;&lt;p&gt;现就有关工作通知如下。&lt;/p&gt;"
           "&lt;p&gt;&lt;strong style=&quot;color:\\nrgb(0, 0, 0);&quot;&gt;一、总体思路&lt;/strong&gt;&lt;/p&gt;"
           "&lt;p&gt;坚持安全第一&amp;nbsp;预防为主。&lt;/p&gt;&lt;p class=&quot;ql-align-right&quot;&gt;国家能源局综合司&lt;/p&gt;',"
           " '2023-05-29 11:21:28');")
    lines = text_of(tmp_path, "row.txt", row).split("\n")
    assert lines[:3] == ["各省能源局:", "现就有关工作通知如下。", "一、总体思路"]
    assert "国家能源局综合司" in lines and not any("<" in line or "&" in line for line in lines)
    # a text file of markup written so, outside any code, reads the same
    assert text_of(tmp_path, "body.txt", "&lt;div&gt;一、总体目标&lt;/div&gt;&lt;div&gt;到2025年建成。&lt;/div&gt;"
                   "&lt;br/&gt;&lt;div&gt;二、保障措施&lt;/div&gt;").split("\n") == ["一、总体目标", "到2025年建成。",
                                                                                 "二、保障措施"]


def test_a_page_naming_a_tag_is_read_as_it_is():
    # a help text showing a tag, a notice quoting 《…&lt;办法&gt;…》: no HTML stored escaped
    for text in ("换行请输入&lt;br&gt;标签。", "《关于印发&lt;就业补助资金管理办法&gt;的通知》",
                 "通知&lt;script&gt;x = 1&lt;/script&gt;&lt;img src=x&gt;&lt;script&gt;y&lt;/script&gt;&lt;b&gt;粗&lt;/b&gt;",
                 "<p>示例:&lt;p&gt;段落&lt;/p&gt;与&lt;b&gt;粗体&lt;/b&gt;</p><p>其他</p><div>说明</div><br>"):
        assert markup_unescaped(text) == text


def test_breaks_stored_escaped_are_read_before_the_markup(tmp_path):
    # a CMS's content column: \r\n and \t as two characters between its tags, &nbsp; and ideographic spaces
    body = ("\u3000\u3000 \u3000\u3000\\r\\n<table><tbody>\\r\\n\t<tr><td>\\r\\n\t\t<div align=\"left\">\u3000\u3000"
            "<font size=\"3\">各辖市、区人力资源和社会保障局:</font></div>\\r\\n\t\t<div>&nbsp;&nbsp; 一、组织分工</div>"
            "\\r\\n\t\t<div>&nbsp;&nbsp; 考务工作由市人事考试中心组织实施。</div>\\r\\n</td></tr></tbody></table>\\r\\n")
    for name in ("content.txt", "content.html"):
        text = text_of(tmp_path, name, body)
        assert "\\" not in text
        assert [line for line in text.split("\n") if line] == ["各辖市、区人力资源和社会保障局:", "一、组织分工",
                                                              "考务工作由市人事考试中心组织实施。"]
    page = "<p>\\r\\n\t<span>一、加强建设</span></p>\\r\\n<p>\\r\\n\t<span>(一)完善预案。</span></p>\\r\\n<p>二、总结</p>\\n"
    assert [line for line in text_of(tmp_path, "summary.html", page).split("\n") if line] == \
        ["一、加强建设", "(一)完善预案。", "二、总结"]


def test_escaped_breaks_read_in_one_pass():
    assert breaks_read("一、甲\\n\\n二、乙\\r\\n三、丙\\t丁\\n四、戊\\\\n") == "一、甲\n\n二、乙\n三、丙\t丁\n四、戊\\n"
    # too few, or among real lines: a path, a regex, a code sample stays
    assert breaks_read("路径C:\\new\\n") == "路径C:\\new\\n"
    lines = "一、材料\n请存入D:\\new\\report目录。\n二、要求\n正则\\n\\n匹配换行。\n三、其他\n无\\n。"
    assert breaks_read(lines) == lines


def test_a_documents_extracted_text_has_its_breaks_read_in_ingest(tmp_path):
    # a .docx whose paragraph holds a field pasted as stored (one paragraph, its breaks the two characters `\n`)
    import docx

    document = docx.Document()
    document.add_paragraph("一、甲\\n\\n二、乙\\n\\n三、丙\\t丁\\n\\n四、戊")
    document.save(tmp_path / "x.docx")
    doc = read_document(tmp_path / "x.docx", tmp_path)
    assert doc.raw == "一、甲\n\n二、乙\n\n三、丙\t丁\n\n四、戊"
    normalise(doc)
    assert doc.text == "一、甲\n\n二、乙\n\n三、丙 丁\n\n四、戊"  # the tab read is whitespace, as any tab


def test_a_doubled_backslash_stays_a_backslash_and_an_n(tmp_path):
    # fourteenth H53_10's kind: a dump's field printed raw; the notice quotes a path and a pattern, their backslashes
    # doubled as the store writes them. Read once (ingest), they are one backslash each: no later stage reads them again
    # (a page saved as text is read by ingest's text_file and page_text, then normalised: three passes once).
    pattern = "匹配规则:" + "".join(f"第{i}项\\\\n" for i in range(30))
    stored = ("<!DOCTYPE html><html><body><p>一、材料</p>\\r\\n<p>存入D:\\\\new\\\\notice目录。</p>\\r\\n"
              f"<p>二、要求</p>\\r\\n<p>{pattern}</p>\\r\\n<p>三、其他</p>\\r\\n<p>无。</p>\\r\\n</body></html>")
    lines = [line for line in text_of(tmp_path, "page.txt", stored).split("\n") if line]
    assert lines == ["一、材料", "存入D:\\new\\notice目录。", "二、要求",
                     "匹配规则:" + "".join(f"第{i}项\\n" for i in range(30)), "三、其他", "无。"]
    # a text file's field, not a page: the same
    field = "一、材料\\n存入D:\\\\new目录。\\n二、要求\\n" + pattern + "\\n三、其他\\n无。\\n"
    assert text_of(tmp_path, "field.txt", field).split("\n") == ["一、材料", "存入D:\\new目录。", "二、要求",
                                                                 "匹配规则:" + "".join(f"第{i}项\\n" for i in range(30)),
                                                                 "三、其他", "无。"]


def test_real_tabs_are_left_to_whitespace_handling(tmp_path):
    # a text holding a backslash (a path) and real tabs: the tabs are not breaks stored escaped; normalising makes each
    # run of whitespace one space, as in any text
    assert breaks_read("一、材料\t请存入D:\\new目录。\n二、\t要求") == "一、材料\t请存入D:\\new目录。\n二、\t要求"
    assert text_of(tmp_path, "tabs.txt", "一、材料\t\t请存入D:\\new目录。\n二、\t要求") == \
        "一、材料 请存入D:\\new目录。\n二、 要求"


def test_line_breaks_stored_escaped_are_read_as_breaks(tmp_path):
    # fourteenth H53_10: a MariaDB dump's field, its breaks the two characters \n
    raw = ("国务院安委会办公室关于建筑业安全生产形势的通报\n\n国务院安委会办公室关于建筑业安全生产形势的通报\\n\\n安委办函〔2018〕67号\\n\\n各省安全生产委员会:"
           "\\n\\n现将有关情况通报如下:\\n\\n一、上半年建筑业安全生产形势\\r\\n(一)事故总量持续保持在高位。\\t上半年…")
    text = text_of(tmp_path, "dump.txt", raw)
    assert text.split("\n")[2:6] == ["国务院安委会办公室关于建筑业安全生产形势的通报", "", "安委办函〔2018〕67号", ""]
    assert "\\" not in text
    # a path or a regex quoted among real lines stays as written
    quoted = "一、材料\n请将文件存入D:\\new\\report目录。\n二、要求\n按时报送。\n三、其他\n无。"
    assert text_of(tmp_path, "quoted.txt", quoted) == quoted


def test_a_string_escaped_twice_is_read_again_where_its_breaks_open_labels():
    # twenty-first H58A_03's kind: a JSON string kept in a code literal, its cover letter's breaks `\n`, its articles'
    # `\\n` (escaped once more); read again only because those breaks open the outline's labels
    articles = "".join(f"第{n}条 本项目按规定执行。\\\\n" for n in "一二三四五六")
    stored = "各有关单位:\\n现将办法印发你们。\\n\\n甲办公厅\\n2016年7月1日\\n\\r\\n项目管理办法\\\\n第一章 总则\\\\n" + articles
    lines = breaks_read(stored).split("\n")
    assert "第一章 总则" in lines and "第六条 本项目按规定执行。" in lines
    # chapters and bracketed items the same
    stored = "说明:\\n" * 5 + "".join(f"（{n}）甲乙丙。\\\\n" for n in "一二三四五六")
    assert "（六）甲乙丙。" in breaks_read(stored).split("\n")
