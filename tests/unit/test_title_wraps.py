"""A title's last words on the line under it: the words that finish it, its closing note, and the 文号 printed
under the title run on after them (pipeline/metadata/title_lines.py, finishing_part; the one reader of a title's wrap,
for a title line and for a page's 标题 field alike)."""
import pytest

from pipeline.metadata.title_lines import finishing_part
from metadata_reading import meta


@pytest.mark.parametrize("title, line, part", [
    ("关于印发加快推进…若干措", "施", "施"),                                    # a word broken at the page's width
    ("关于调整市人民政府组成人员的", "通知", "通知"),
    ("关于印发《X工作方案", "》的通知", "》的通知"),                              # a 《 left open
    ("企事业单位自建保障性住房管理办法", "(试行)三府[2012]105号", "(试行)"),        # Z_01: note, then the 文号
    ("医疗保障基金飞行检查管理暂行", "办法 (国家医疗保障局令第 6 号)", "办法"),    # an order number run on
    ("吉林省人民政府办公厅关于印发…实施方案的", "通知 吉政办发〔2024〕3号", "通知"),
    ("关于印发医疗保障基金结算清单填写规范", "的通知 (医保办发〔2020〕20 号)", "的通知"),
])
def test_the_line_under_a_title_finishes_it(title, line, part):
    assert finishing_part(title, line) == part


@pytest.mark.parametrize("title, line", [
    ("关于做好2021年电力中长期合同签订工作的通知", "(发改运行〔2020〕1784号)"),  # a finished title: the 文号 alone
    ("关于做好2021年电力中长期合同签订工作的通知", "各省、自治区、直辖市发展改革委:"),
    ("关于印发加快推进…若干措", "为深入贯彻落实《意见》(国办发〔2020〕1号)"),    # a sentence citing a number
    ("关于印发加快推进…若干", "一、总体要求"),                                  # an item
    ("企事业单位自建保障性住房管理办法", "第一章 总 则"),
])
def test_a_line_that_does_not_finish_the_title(title, line):
    assert finishing_part(title, line) is None


@pytest.mark.parametrize("text, title, number", [
    ("企事业单位自建保障性住房管理办法\n\n(试行)三府[2012]105号\n\n第一章 总 则\n\n第一条 为规范管理,制订本办法。",
     "企事业单位自建保障性住房管理办法(试行)", "三府[2012]105号"),
    ("医疗用毒性药品管理\n办法 国务院令第 23 号\n\n第一条 为加强医疗用毒性药品的管理,制定本办法。",
     "医疗用毒性药品管理办法", "国务院令第23号"),
    ("关于印发推进和规范医师多点执业的若干意见\n的通知 (国卫医发〔2014〕86 号)\n\n各省、自治区、直辖市卫生计生委:\n"
     "现将《关于推进和规范医师多点执业的若干意见》印发给你们,请遵照执行。",
     "关于印发推进和规范医师多点执业的若干意见的通知", "国卫医发〔2014〕86号"),
    ("医保药品中药饮片和医疗机构制剂统一编码规则和方法的\n通知 (医保办发〔2020〕42 号)\n\n各省、自治区医疗保障局:\n"
     "现将有关事项通知如下。",
     "医保药品中药饮片和医疗机构制剂统一编码规则和方法的通知", "医保办发〔2020〕42号"),
])
def test_a_title_wrapped_onto_its_number_line(text, title, number):
    doc = meta(text)
    assert (doc.title, doc.doc_number) == (title, number)


@pytest.mark.parametrize("heading, named, plan_title", [
    # tenth T_01: an attachment's heading that names no kind of document, spelled whole on the wrapper's 附件 line
    ("2023年市区符合政府安排工作条件\n退役士兵和退出消防员安置任务", "附件:2023年市区符合政府安排工作条件退役士兵和退出消防员安置任务",
     "2023年市区符合政府安排工作条件退役士兵和退出消防员安置任务"),
    ("2024年全市重大项目\n投资计划表", "附件:2024年全市重大项目投资计划表", "2024年全市重大项目投资计划表"),
    # the wrapper names only the first line: the second is the body's
    ("2024年全市重大项目", "附件:2024年全市重大项目", "2024年全市重大项目"),
])
def test_a_plan_heading_broken_over_lines_as_the_wrapper_names_it(heading, named, plan_title):
    text = (f"某市人民政府关于下达年度任务的通知\n各县区人民政府:\n现将任务下达给你们,请认真组织实施。\n\n{named}\n\n某市人民政府\n"
            f"2023年10月16日\n(此件公开发布)\n附件\n{heading}\n序号\n单位名称\n任务\n" + "1\n某某单位公共服务中心\n1\n事业\n" * 30)
    assert meta(text).plan_title == plan_title
