"""A page's fields in the shapes scrapers store them (a crawler's search header under a markdown title, `【文 号】`
fields, a markdown table's label and value cells), a page's own header between two copies of its title, a title with
its 文号 run on in a record's body field. Real lines from the notices named; each layout also carries notices of
other collections, as a scraper would lay any notice out."""
import datetime as dt

import pytest

from pipeline.document import Document
from pipeline.metadata.tables import field_text
from metadata_reading import meta




def body(doc: Document) -> str:
    return doc.text[doc.body_start:doc.body_end]


# a crawler's markdown (the ninth collection's stcsm crawl): the page's title as `#`, its search header, a rule,
# then the page's text, which does not print the title again
CRAWLED = """# {title}

**发布日期**: {published}
**发布机构**: {publisher}
**原文链接**: [http://stcsm.sh.gov.cn/zwgk/a.html](http://stcsm.sh.gov.cn/zwgk/a.html)
**检索时间**: 2026-02-02 15:25:09
**检索关键词**: 人工智能, 北斗

---

{text}
"""

CRAWLED_NOTICES = [
    # ninth doc_0021: the wrapper signs and issues the measures
    dict(title="上海市人民政府办公厅关于印发《上海市支持企业加强基础研究 增强高质量发展新动能的若干措施》的通知",
         published="2025-08-07", publisher="上海市科学技术委员会",
         text="沪府办规〔2025〕5号\n\n各区人民政府，市政府各委、办、局，各有关单位：\n\n"
              "《上海市支持企业加强基础研究 增强高质量发展新动能的若干措施》已经市政府同意，现印发给你们，请认真按照执行。\n\n"
              "上海市人民政府办公厅\n\n2025年7月23日\n\n**上海市支持企业加强基础研究 增强高质量发展新动能的若干措施**\n\n"
              "一、支持企业参与基础研究决策咨询。健全企业参与科学决策的长效机制。",
         number="沪府办规〔2025〕5号", issuer="上海市人民政府办公厅", date=dt.date(2025, 7, 23),
         plan="上海市支持企业加强基础研究 增强高质量发展新动能的若干措施", opens="一、支持企业"),
    # ninth doc_0023: a title without its body, a rule's chapters after the signature
    dict(title="关于印发《上海市技术交易场所管理细则》的通知", published="2025-04-11", publisher="上海市科学技术委员会",
         text="沪科规〔2025〕2号\n\n各有关单位：\n\n为规范本市技术交易场所的行为，推动其健康发展，促进科技成果转化，"
              "修订并印发《上海市技术交易场所管理细则》。请遵照执行，切实抓好贯彻落实。\n\n特此通知。\n\n上海市科学技术委员会\n\n"
              "2025年4月11日\n\n**上海市技术交易场所管理细则**\n\n第一章 总  则\n\n第一条  为规范本市技术交易场所的行为，制定本细则。",
         number="沪科规〔2025〕2号", issuer="上海市科学技术委员会", date=dt.date(2025, 4, 11),
         plan="上海市技术交易场所管理细则", opens="第一章"),
    # tests/real/corpus realestate_0067 (a measures notice with no wrapper or signature) laid out by the same crawler:
    # the page's date and 发布机构 are all that date and name it
    dict(title="关于进一步促进房地产市场平稳健康发展的若干措施", published="2024-05-20", publisher="某市住房和城乡建设局",
         text="为进一步激发房地产市场活力，因城施策促进房地产市场平稳健康发展，制定以下措施。\n\n一、加大购房补贴力度。",
         number=None, issuer="某市住房和城乡建设局", date=dt.date(2024, 5, 20), plan=None, opens="为进一步激发"),
]


@pytest.mark.parametrize("case", CRAWLED_NOTICES, ids=lambda c: c["title"][:12])
def test_a_crawlers_search_header_under_the_title_is_no_title(case):
    doc = meta(CRAWLED.format(**case))
    assert doc.title.replace(" ", "") == case["title"].replace(" ", "")
    assert (doc.doc_number, doc.issuer, doc.issue_date) == (case["number"], case["issuer"], case["date"])
    assert (doc.plan_title or "").replace(" ", "") == (case["plan"] or "").replace(" ", "")
    assert body(doc).startswith(case["opens"])


def test_a_title_the_page_prints_again_below_its_fields_keeps_its_bodies():
    """A heading above the fields that the text spells again below with its issuing bodies: the fuller line wins."""
    doc = meta("# 关于印发《郑州市人工智能OPC创业社区推广方案》的通知\n\n发布日期: 2026-06-24\n发布机构: 郑州市人民政府办公室\n"
               "检索时间: 2026-02-02 15:25:09\n\n郑州市人民政府办公室关于印发《郑州市人工智能OPC创业社区推广方案》的通知\n\n"
               "郑政办〔2026〕30号\n\n各开发区管委会:\n\n现将《郑州市人工智能OPC创业社区推广方案》印发给你们,请认真贯彻执行。\n\n"
               "郑州市人民政府办公室\n\n2026年6月20日\n\n郑州市人工智能OPC创业社区推广方案\n\n一、总体要求\n\n坚持创新驱动。")
    assert doc.title == "郑州市人民政府办公室关于印发《郑州市人工智能OPC创业社区推广方案》的通知"
    assert doc.issue_date == dt.date(2026, 6, 20)


# a provincial page's header (ninth doc_0002, 山西省医疗保障局): fields in brackets under the title
BRACKETED = """{title}

发布时间:{published}

来源:{source}

字号:[ 大 ][ 中 ][ 小 ]
打印本页
下载

【文 号】 {number}

【成文日期】 {date}

【是否有效】 全文有效

{text}
"""


@pytest.mark.parametrize("case", [
    dict(title="山西省医疗保障局 山西省财政厅 国家税务总局山西省税务局\n\n关于做好 2021年城乡居民基本医疗保障工作的通知",
         published="2021-08-13", source="国家税务总局山西省税务局办公室", number="晋医保发〔2021〕14号", date="2021-07-28",
         text="为贯彻落实2021年《政府工作报告》决策部署,现就做好2021年我省城乡居民医疗保障工作通知如下:\n\n"
              "一、继续提高居民医保筹资标准\n\n2021年,人均财政补助标准提高30元。\n\n山西省医疗保障局 山西省财政厅\n\n"
              "国家税务总局山西省税务局\n\n2021年7月28日",
         issuer="山西省医疗保障局、山西省财政厅、国家税务总局山西省税务局", opens="为贯彻落实"),
    # seventh doc_0001's notice (深圳市工业和信息化局) as the same kind of page would print it, with no signature
    dict(title="深圳市工业和信息化局关于印发《深圳市打造人工智能OPC创业生态引领地行动计划(2026—2027年)》的通知",
         published="2026-01-14", source="深圳市工业和信息化局", number="深工信〔2026〕2号", date="2026-01-14",
         text="各有关单位:\n\n《深圳市打造人工智能OPC创业生态引领地行动计划(2026—2027年)》已经市政府同意,现印发给你们。",
         issuer="深圳市工业和信息化局", opens="《深圳市打造"),
], ids=["shanxi", "shenzhen"])
def test_fields_in_brackets_are_read_and_are_no_body(case):
    doc = meta(BRACKETED.format(**case))
    assert doc.doc_number == case["number"]
    assert doc.issuer == case["issuer"]
    assert doc.issue_date == dt.date.fromisoformat(case["date"])
    assert body(doc).startswith(case["opens"])


def test_a_markdown_tables_label_and_value_cells_are_fields():
    """fourth plan_0005's page (江苏省市场监督管理局): labels spaced out, two fields a row, an empty value."""
    doc = meta("| | | | |\n| --- | --- | --- | --- |\n| 索 引 号 | 01400022-0/2022-00057 | 分 类 | 重点工作 |\n"
               "| 发文日期 | 2022-03-09 |\n| 文 号 | 苏市监〔2022〕1号 | 主 题 词 | |\n| 内容概述 | |\n\n"
               "2022年全省市场监管主要任务分工方案\n\n为全面贯彻落实省委、省政府决策部署,制定本方案。\n\n一、强化市场监管")
    assert doc.title == "2022年全省市场监管主要任务分工方案"
    assert doc.doc_number == "苏市监〔2022〕1号"
    assert doc.issue_date == dt.date(2022, 3, 9)


@pytest.mark.parametrize("line, read", [
    ("【文 号】 晋医保发〔2021〕14号", "文号: 晋医保发〔2021〕14号"),
    ("【成文日期】 2021-07-28", "成文日期: 2021-07-28"),
    ("[发布机构]上海市科学技术委员会", "发布机构: 上海市科学技术委员会"),
    ("| 索引号: | 11440300693966093K/2024-00169 | 分类: | |", "索引号: 11440300693966093K/2024-00169"),
    ("| 文 号 | 苏市监〔2022〕1号 | 主 题 词 | |", "文号: 苏市监〔2022〕1号"),
    ("| 内容概述 | |", None),
    # a source tag, a database's code field, a table of figures, a sentence: no page field
    ("【马鞍山市】关于进一步促进房地产市场平稳健康发展的通知", None),
    ("【法宝引证码】 CLI.12.1541872", None),
    ("| 序号 | 类别 | 主要指标 | 目标值 |", None),
    ("| 1 | 工业 | 组织实施技术改造项目1000个以上。 | 市工信局 |", None),
])
def test_which_lines_are_page_fields(line, read):
    assert field_text(line) == read


# a provincial SME site's mobile page (ninth doc_0026, doc_0027): the title, the site's name, the post date and
# the hit count, the title again, then the notice
MOBILE = "{title}\n\n福建省中小企业公共服务平台\n2019-01-18\n\n1404\n\n{title}\n\n{text}\n\n相关新闻\n\n" \
         "省工信厅 省财政厅:关于公布2018年福建省小型微型企业创业创新示范基地名单的通知\n\n2018-12-27"


@pytest.mark.parametrize("case", [
    dict(title="省工信厅 人行福州中心支行:关于加快推进应收账款融资试点工作的通知",
         text="闽工信中小〔2019〕9号\n\n各有关设区市工信局、福州市金融监管局:\n\n现就加快推进应收账款融资试点工作通知如下:\n\n"
              "一、工作目标及任务\n\n开展应收账款融资试点工作。\n\n附件:应收账款融资试点工作情况表\n\n福建省工业和信息化厅\n\n"
              "中国人民银行福州中心支行\n\n2019年1月14日\n\n(此件主动公开)",
         issuer="福建省工业和信息化厅、中国人民银行福州中心支行", date=dt.date(2019, 1, 14), plan=None, opens="现就"),
    dict(title="福建省财政厅 福建省人力资源和社会保障厅关于印发《福建省就业补助资金管理实施办法》的通知",
         text="福建省就业补助资金管理实施办法\n\n第一章 总则\n\n第一条 为规范就业补助资金管理,制定本实施办法。\n\n"
              "第三十五条 本办法自印发之日起施行。",
         issuer="福建省财政厅、福建省人力资源和社会保障厅", date=dt.date(2019, 1, 18), plan="福建省就业补助资金管理实施办法",
         opens="第一章"),
    # tests/real/corpus realestate_0074's measures (no signature) on the same kind of page: the post date dates it
    dict(title="关于进一步促进房地产市场平稳健康发展的通知",
         text="为深入贯彻党中央、国务院和省委、省政府关于房地产工作的决策部署,现就有关事项通知如下:\n\n一、支持刚性住房需求。",
         issuer=None, date=dt.date(2019, 1, 18), plan=None, opens="为深入贯彻"),
], ids=["signed", "rule", "unsigned"])
def test_a_pages_header_between_two_copies_of_its_title_closes_no_wrapper(case):
    doc = meta(MOBILE.format(**case))
    assert doc.title == case["title"]
    assert (doc.issuer, doc.issue_date, doc.plan_title) == (case["issuer"], case["date"], case["plan"])
    assert body(doc).startswith(case["opens"])
    assert "相关新闻" not in body(doc)


@pytest.mark.parametrize("title, line, number", [
    # ninth doc_0041, doc_0042: a search answer's title field, then its body field on one line
    ("重庆市人民政府关于加快电子商务产业发展的意见",
     "重庆市人民政府关于加快电子商务产业发展的意见渝府发〔2019〕17号各区县(自治县)人民政府,市政府有关部门,有关单位:"
     "近年来,电子商务持续快速发展。现提出如下意见。一、总体要求", "渝府发〔2019〕17号"),
    ("重庆市人民政府办公厅关于继续大力实施消费帮扶巩固拓展脱贫攻坚成果的实施意见",
     "重庆市人民政府办公厅关于继续大力实施消费帮扶巩固拓展脱贫攻坚成果的实施意见渝府办发〔2021〕88号各区县(自治县)人民政府,"
     "市政府有关部门,有关单位:“十四五”时期继续大力实施消费帮扶。一、指导思想", "渝府办发〔2021〕88号"),
    # third govprc_0009's one-line record with its title stored before it
    ("国务院关于严格控制扩大炼油生产能力的通知",
     "国务院关于严格控制扩大炼油生产能力的通知国发〔1991〕54号各省、自治区、直辖市人民政府,国务院各部委、各直属机构:"
     "近几年来,炼油生产能力增长过快。一、严格控制", "国发〔1991〕54号"),
])
def test_a_title_with_its_number_run_on_gives_the_number(title, line, number):
    assert meta(f"{title}\n{line}").doc_number == number


def test_a_number_cited_in_the_first_sentence_is_not_the_notices():
    doc = meta("关于做好2021年城乡居民基本医疗保障工作的通知\n按照国家医保局、财政部《关于做好2021年城乡居民基本医疗保障工作的通知》"
               "(医保发〔2021〕32号)要求,现就有关工作通知如下:一、提高筹资标准。")
    assert doc.doc_number is None


@pytest.mark.parametrize("header", [
    # a policy library's record printed as label lines (names as data: rules/metadata.yaml table_fields)
    "文件名称: 关于印发《沈阳市健康沈阳推进年工作方案》的通知\n制发机关: 沈阳市卫生健康委员会\n成文时间: 2021年04月26日\n"
    "文件字号: 沈卫发〔2021〕2号\n所属栏目: 通知公告\n",
    "【公文标题】关于印发《沈阳市健康沈阳推进年工作方案》的通知\n【发文部门】沈阳市卫生健康委员会\n【印发时间】2021-04-26\n"
    "【发文编号】沈卫发〔2021〕2号\n【阅读量】1024\n",
    "| 题 名 | 关于印发《沈阳市健康沈阳推进年工作方案》的通知 |\n| 颁布机关 | 沈阳市卫生健康委员会 | 发文时间 | 2021-04-26 |\n"
    "| 发文文号 | 沈卫发〔2021〕2号 | 文 种 | 通知 |\n",
], ids=["lines", "brackets", "cells"])
def test_a_fields_other_names_give_the_same_field(header):
    """tests/real/corpus 003 (沈阳市卫生健康委) as a library would print it: the names vary, the fields do not."""
    doc = meta(header + "\n关于印发《沈阳市健康沈阳推进年工作方案》的通知\n\n各区、县(市)卫生健康局:\n\n"
                        "现将《沈阳市健康沈阳推进年工作方案》印发给你们,请认真贯彻执行。\n\n一、工作目标\n\n全面推进健康沈阳建设。")
    assert doc.title == "关于印发《沈阳市健康沈阳推进年工作方案》的通知"
    assert doc.doc_number == "沈卫发〔2021〕2号"
    assert doc.issuer == "沈阳市卫生健康委员会"
    assert doc.issue_date == dt.date(2021, 4, 26)
    assert body(doc).startswith("现将")


@pytest.mark.parametrize("header", [
    # ninth doc_0064's chinatax record printed as key lines (its English keys)
    "title: 关于调整完善扶持自主就业退役士兵创业就业有关税收政策的通知\npublishDate: 2014-04-29\nissuingOrgan: 国家税务总局\n"
    "type: 最新文件\n",
    # ninth doc_0061's policy-QA record's Chinese keys
    "标题: 关于调整完善扶持自主就业退役士兵创业就业有关税收政策的通知\n日期: 2014-04-29\n发布机关: 国家税务总局\n",
], ids=["english", "chinese"])
def test_a_crawl_records_keys_are_page_metadata(header):
    """The record's date dates a text nothing signs; its publishing organ is the publisher, which names the issuer
    only where the text names none; the notice's own first line is its body."""
    doc = meta(header + "\n各省、自治区、直辖市财政厅(局)、国家税务局、地方税务局、民政厅(局):\n\n"
                        "现就调整完善自主就业退役士兵创业就业税收政策有关问题通知如下:\n\n一、对自主就业退役士兵从事个体经营的,"
                        "在3年内按每户每年8000元为限额依次扣减其当年实际应缴纳的营业税。")
    assert doc.title == "关于调整完善扶持自主就业退役士兵创业就业有关税收政策的通知"
    assert doc.issue_date == dt.date(2014, 4, 29)
    assert body(doc).startswith("现就")


@pytest.mark.parametrize("title, issuer", [
    ("防城港市住房和城乡建设局等9部门关于印发进一步促进房地产市场平稳健康发展的若干措施的通知", "防城港市住房和城乡建设局"),
    ("河南省工业和信息化厅等14部门关于印发《河南省推动工业领域设备更新实施方案》的通知", "河南省工业和信息化厅"),
    ("教育部等五部门关于印发《“人工智能+教育”行动计划》的通知", "教育部"),
    ("国家数据局等部门关于培育数据流通服务机构 加快推进数据要素市场化价值化的意见", "国家数据局"),
])
def test_a_title_naming_its_first_body_and_a_count_of_others_names_that_body(title, issuer):
    """Without a signature the issuer is the body the title opens with (ANNOTATION.md), its co-issuers' count
    (等9部门) no part of it (realestate_0184; plan_0008, ninth doc_0061 and doc_0065 without their signatures)."""
    assert meta(f"{title}\n\n各有关单位:\n\n现将有关事项通知如下:\n\n一、加强组织领导。").issuer == issuer


@pytest.mark.parametrize("signature, issuer", [
    ("北 京 市 人 民 政 府", "北京市人民政府"),
    ("国 家 发 展 和 改 革 委 员 会", "国家发展和改革委员会"),
    ("沈 阳 市 卫 生 健 康 委 员 会", "沈阳市卫生健康委员会"),
    ("广 州 住 房 公 积 金 管 理 中 心", "广州住房公积金管理中心"),  # realestate_0157's body, spaced out
    ("国 家 能 源 局", "国家能源局"),  # eighth and extra pages (elec_0010) spell it so
])
def test_a_signature_spaced_out_letter_by_letter_names_one_body(signature, issuer):
    """A PDF's text layer spaces out the signing body to a column's width whatever its name ends with
    (CONVENTIONS "Markdown pages": 教 育 部 names one body, written without the spaces)."""
    doc = meta("关于印发《健康城市建设推进工作方案》的通知\n\n各有关单位:\n\n现将《健康城市建设推进工作方案》印发给你们,请认真贯彻执行。"
               f"\n\n{signature}\n\n2021年4月26日\n\n健康城市建设推进工作方案\n\n一、工作目标\n\n全面推进健康城市建设。")
    assert (doc.issuer, doc.issue_date) == (issuer, dt.date(2021, 4, 26))
    assert doc.plan_title == "健康城市建设推进工作方案"


# an energy regulator's office page (extra elec_0002, elec_0014: 华北能源监管局, 江苏能源监管办): the page's <title>,
# its menu, the title again (maybe without its type), the post date, 来源, the font-size control broken into lines
REGULATOR_PAGE = ("{title}\n设为首页\n工作邮箱\n搜索\n首页\n机构概览\n动态要闻\n信息公开\n在线办事\n互动回应\n专题专栏\n{heading}\n"
                  "2019-09-30 12:19\n来源:江苏能源监管办\nAa\n字体:\n小\n|\n中\n|\n大\n{text}\n扫一扫在手机打开当前页\n网站地图")


@pytest.mark.parametrize("title, heading, text, opens", [
    ("华北能源监管局关于延长华北电力调峰辅助服务市场运行时间的通知", "华北能源监管局关于延长华北电力调峰辅助服务市场运行时间的通知",
     "华北监能市场〔2019〕117号\n国家电网华北分部,华北区域主要发电企业:\n近日,国家电网华北分部致函我局,申请适当延长运行时间。\n"
     "一、华北电力调峰辅助服务市场自试运行以来,充分发挥了市场作用。\n国家能源局华北监管局\n2019年3月15日", "国家电网华北分部"),
    ("关于印发《江苏电力辅助服务(调峰)市场启停交易补充规则》的通知", "关于印发《江苏电力辅助服务(调峰)市场启停交易补充规则》",
     "省电力公司,江苏电力交易中心,有关电力企业:\n为贯彻《中共中央 国务院关于进一步深化电力体制改革的若干意见》,现印发补充规则。\n"
     "一、江苏电力辅助服务(调峰)市场自2019年1月启动试运行以来运行平稳。\n国家能源局江苏监管办公室 江苏省发展和改革委员会\n"
     "2019年9月30日", "省电力公司"),
], ids=["same", "without_type"])
def test_a_pages_menu_date_and_font_control_under_its_title_are_no_body(title, heading, text, opens):
    doc = meta(REGULATOR_PAGE.format(title=title, heading=heading, text=text))
    assert doc.title == title
    assert body(doc).startswith(opens)


@pytest.mark.parametrize("line", [
    "# {title} - 上海市科学技术委员会",       # a crawler's markdown heading kept the page's <title>
    "{title}_通知公告_上海市人民政府",           # plan_0022's shape (…的通知_通知公告_四川省发展和改革委员会)
    "{title} | 上海市人民政府",
    "{title}——上海市人民政府门户网站",
])
def test_a_pages_title_line_with_its_sites_name_is_the_title_without_it(line):
    """With no title line of the notice's own below it, the page's <title> gives the title, the site's name cut off."""
    title = "上海市人民政府办公厅关于印发《上海市支持企业加强基础研究增强高质量发展新动能的若干措施》的通知"
    doc = meta(line.format(title=title) + "\n\n各区人民政府,市政府各委、办、局:\n\n现将《上海市支持企业加强基础研究增强高质量发展新动能的若干措施》"
               "印发给你们,请认真按照执行。\n\n上海市人民政府办公厅\n\n2025年7月23日\n\n"
               "上海市支持企业加强基础研究增强高质量发展新动能的若干措施\n\n一、支持企业参与基础研究决策咨询。")
    assert doc.title == title
    assert doc.plan_title == "上海市支持企业加强基础研究增强高质量发展新动能的若干措施"


@pytest.mark.parametrize("title, issuer", [
    ("省工信厅 人行福州中心支行:关于加快推进应收账款融资试点工作的通知", "省工信厅、人行福州中心支行"),  # ninth doc_0026
    ("省财政厅 国家税务总局福建省税务局:关于落实小微企业普惠性税收减免政策的通知", "省财政厅、国家税务总局福建省税务局"),  # its 相关新闻
])
def test_bodies_set_off_from_the_title_by_a_colon_are_the_titles_bodies(title, issuer):
    """Unsigned, the notice's issuers are the bodies its title opens with, the site's colon no part of them."""
    assert meta(f"{title}\n\n各设区市工信局:\n\n现就有关工作通知如下:\n\n一、工作目标及任务。").issuer == issuer


@pytest.mark.parametrize("above, below", [
    # thirteenth T_04 (a crawl of 海珠区's policy pages): a crawler's own labels over and among the page's fields
    ("产业类型:软件与互联网\n政策名:{title}\n", "失效时间:2030年08月05日\n具体链接:https://www.haizhu.gov.cn/post_1.html\n"),
    ("政策名称简写:人力资源服务业措施\n所属行业:服务业\n", "有效期:5年\n"),
    ("文件类别:规范性文件\n", "原文网址:https://www.example.gov.cn/a.html\n"),
])
def test_fields_the_rules_do_not_list_beside_a_pages_fields_are_fields_too(above, below):
    title = "广州市海珠区人力资源和社会保障局关于印发广州市海珠区关于促进人力资源服务业创新发展的若干措施的通知"
    doc = meta(above.format(title=title) + "发布机构:广州市海珠区人力资源和社会保障局\n文号:海人社规字〔2025〕1号\n"
               "发布时间:2025年8月5日\n" + below + "正文\n海人社规字〔2025〕1号\n" + title + "\n各有关单位:\n"
               "为加快推动海珠区人力资源服务业创新发展,制定本措施。\n一、适用范围\n(一)本措施适用于在海珠区注册的机构。\n")
    assert (doc.title, doc.doc_number) == (title, "海人社规字〔2025〕1号")
    assert doc.issuer == "广州市海珠区人力资源和社会保障局"


def test_a_sentence_after_a_label_is_no_field_of_a_pages_table():
    from pipeline.metadata.tables import unlisted_field
    assert unlisted_field("失效时间:2030年08月05日") and unlisted_field("政策名:关于印发…的通知")
    assert not unlisted_field("工作目标:到2025年,全市新增就业5万人。")  # the body's lead sentence
    assert not unlisted_field("各有关单位:")  # an addressee has no value
    assert not unlisted_field("一、总体要求:坚持稳中求进")  # an item's label is no field's


@pytest.mark.parametrize("raw, title, number", [
    # a whole title line with its 文号 after it (a converter joining the 文号 line onto the title's; the perturbation
    # doc_number_on_title_line over the labelled sets), the text's first line too
    ("医疗用毒性药品管理办法  国务院令第 23 号\n第一条 为加强医疗用毒性药品的管理,制定本办法。\n",
     "医疗用毒性药品管理办法", "国务院令第23号"),  # written without the PDF's spaces (CONVENTIONS, Order numbers)
    ("华北能源监管局关于进一步规范电力调峰辅助服务市场结算流程的通知  华北监能市场〔2021〕47号\n各有关单位:\n"
     "为进一步规范结算流程,现将有关事项通知如下:\n一、结算周期\n", "华北能源监管局关于进一步规范电力调峰辅助服务市场结算流程的通知",
     "华北监能市场〔2021〕47号"),
    # seventh doc_0028: under a joint letterhead (版头), whose bodies are no part of the title
    ("发展改革委办公厅 文件\n税务总局办公厅\n关于加强个人所得税纳税信用建设的通知   发改办财金规〔2019〕860号\n"
     "各省、自治区、直辖市社会信用体系建设牵头部门:\n为贯彻落实个人所得税法,现就有关事项通知如下:\n一、总体要求\n",
     "关于加强个人所得税纳税信用建设的通知", "发改办财金规〔2019〕860号"),
])
def test_a_whole_title_line_with_its_number_run_on_gives_both(raw, title, number):
    doc = meta(raw)
    assert (doc.title, doc.doc_number) == (title, number)
