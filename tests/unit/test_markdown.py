"""Pages saved as markdown: emphasis, escapes, link-only list items and YAML front matter,
on lines of real scraped pages (tests/real/fourth/corpus development texts, gz_0001)."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.markdown import front_matter, furniture, link_only, visible_text
from pipeline.normalise import normalise_text
from pipeline.outline.labels import read_label
from pipeline.run import process, process_text


@pytest.mark.parametrize("line, expected", [
    # plan_0030, plan_0031: outline headings set in bold
    ("**一、加强新型储能发展的顶层设计**", "一、加强新型储能发展的顶层设计"),
    ("**(一)能源领域**", "(一)能源领域"),
    ("**二、机制创新和保障措施**", "二、机制创新和保障措施"),
    # plan_0019: every piece in its own bold run, side by side
    ("**1** **.** **开展氢能关键技术研发。** 加快推进质子交换膜燃料电池", "1.开展氢能关键技术研发。 加快推进质子交换膜燃料电池"),
    ("**4** **.** **建设** **氢能产业园区。** 打造配套设施完善", "4.建设氢能产业园区。 打造配套设施完善"),
    ("**7.** **推动氢能在重载及长途交通运输领域示范应用** **。** 支持在省内", "7.推动氢能在重载及长途交通运输领域示范应用。 支持在省内"),
    ("**深圳市氢能产业创新发展行动计划** **(2024-2025年)**", "深圳市氢能产业创新发展行动计划(2024-2025年)"),
    # a vault's header block (plan_0030) and a page's size widget (gz_0001)
    ("**文号**: 沪府办发〔2024〕28号", "文号: 沪府办发〔2024〕28号"),
    ("**A+**大**A+**中**A+**小", "A+大A+中A+小"),
    # two Latin words keep their space
    ("**Smart** **Grid**", "Smart Grid"),
    # no emphasis: a lone or blank-flanked pair, a product, a list bullet
    ("乘方 2 ** 3 与 4 ** 5", "乘方 2 ** 3 与 4 ** 5"),
    ("** 注意 **", "** 注意 **"),
    ("* 列表项", "* 列表项"),
])
def test_emphasis_markers_are_dropped(line, expected):
    assert visible_text(line) == expected


@pytest.mark.parametrize("line, expected", [
    # plan_0027: a metadata list with escaped brackets and dashes
    ("01. \\[主题分类\\] \\-\\-\\--科技教育/教育", "01. [主题分类] ----科技教育/教育"),
    # plan_0019: a unit list in escaped square brackets
    ("\\[责任单位:市交通运输局、城管和综合执法局\\]", "[责任单位:市交通运输局、城管和综合执法局]"),
    # plan_0025: an escaped list number keeps its label
    ("附表:1\\. 2025年全市节能减排降碳工作主要目标", "附表:1. 2025年全市节能减排降碳工作主要目标"),
    # a backslash before a letter or a Han character is no escape
    ("C:\\data\\政策", "C:\\data\\政策"),
])
def test_backslash_escapes_give_their_punctuation(line, expected):
    assert visible_text(line) == expected


@pytest.mark.parametrize("line, expected", [
    # doc_0001, doc_0005: a chapter heading centred by an attribute block
    ('## 第一章 总则{align="center"}', "## 第一章 总则"),
    ('## 第四章 法律责任 {align="center"}', "## 第四章 法律责任"),
    # Pandoc's and kramdown's forms: ids, classes, key=value, kramdown's colon
    ("# 附则 {#t40 .chapter}", "# 附则"),
    ("第一条 为了防治扬尘污染。{: .lead data-x=1}", "第一条 为了防治扬尘污染。"),
    # braces of words, numbers or a code are text
    ("{2020}年", "{2020}年"),
    ("计算公式为{实际排放量}×0.5", "计算公式为{实际排放量}×0.5"),
    ("编号{.5}", "编号{.5}"),
])
def test_attribute_blocks_are_dropped(line, expected):
    assert visible_text(line) == expected


@pytest.mark.parametrize("line", [
    '1. [首页](https://www.shanghai.gov.cn/index.html "首页")',                      # plan_0030
    '2. [政务公开](https://www.shanghai.gov.cn/nw2319/index.html "")',               # plan_0031
    '4. [二〇二四年第十八期](https://www.shanghai.gov.cn/202418zfgb/index.html "")',    # plan_0031
    "3. [政策解读](https://example.gov.cn/zcjd/) > [通知公告](https://example.gov.cn/tzgg/)",
])
def test_a_list_item_of_links_only_is_no_outline_item(line):
    assert read_label(line) is None


@pytest.mark.parametrize("line", [
    "1. 加快推进加氢站布局建设,详见[附件](https://example.gov.cn/a.pdf)。",
    "(一)科学布局独立储能电站",
    "2. [主题分类] 科技教育",
])
def test_a_list_item_with_text_beside_its_links_is_an_item(line):
    assert read_label(line) is not None
    assert not link_only(line.split(" ", 1)[-1])


VAULT_HEAD = """---
id: P_2024_SH_28
title: 上海市新型储能示范引领创新发展工作方案2025-2030
official_number: 沪府办发〔2024〕28号
issuer:
- 上海市人民政府办公厅
date: '2024-12-27'
region:
  level: 省
  code: '310000'
  name: 上海市
provenance:
  url: https://www.shanghai.gov.cn/202502bgtwj/20250220/9085056942b44a879d6d07950a4f4667.html
  fetched_via: firecrawl
  fetched_at: '2026-04-25T11:07:53.551555'
---"""


def test_vault_front_matter_gives_number_publisher_date_and_url():
    fields, end = front_matter(VAULT_HEAD.split("\n"))
    assert end == len(VAULT_HEAD.split("\n"))
    assert fields == {"doc_number": "沪府办发〔2024〕28号", "publisher": "上海市人民政府办公厅",
                      "publish_date": "2024-12-27", "place": "上海市",
                      "page_title": "上海市新型储能示范引领创新发展工作方案2025-2030",
                      "url": "https://www.shanghai.gov.cn/202502bgtwj/20250220/9085056942b44a879d6d07950a4f4667.html"}
    # as the metadata stage sees it: normalisation stripped the nested keys' indentation
    flattened, _ = front_matter([line.strip() for line in VAULT_HEAD.split("\n")])
    assert flattened == fields


def test_the_area_a_page_is_filed_under_is_its_region_when_nothing_else_names_one():
    # plan_0005: a provincial bureau's page whose title names no place and whose issuer list is empty
    page = """---
title: 2022年全省市场监管主要任务分工方案
official_number: 苏市监〔2022〕1号
issuer: []
date: '2022-03-09'
region:
  level: 省
  code: '320000'
  name: 江苏省市场监督管理局
---

## 政策原文

2022年全省市场监管主要任务分工方案

为深入贯彻习近平新时代中国特色社会主义思想,制定本方案。

一、深化营商环境改革,支持市场主体发展

1.深化改革激活力。按照进“四扇门”要求落实市场监管领域“证照分离”改革任务。
"""
    doc = process_text(page)
    assert (doc.region, doc.adcode) == ("江苏省", "320000")
    assert doc.doc_number == "苏市监〔2022〕1号"


def test_a_new_year_date_and_an_empty_number_are_placeholders():
    # plan_0015: a plan published in January 2026 recorded as 2027-01-01, no 文号
    head = ["---", "title: 省人民政府办公厅印发《贵州省扩大民间投资三年行动方案》", "official_number: ''",
            "issuer:", "- 贵州省发展和改革委员会", "date: '2027-01-01'", "---"]
    fields, _ = front_matter(head)
    assert "publish_date" not in fields and "doc_number" not in fields
    # shgov_*: Chinese labels, an unquoted date
    fields, _ = front_matter(["---", "标题: 关于印发2021年本区城市体检工作方案的通知",
                              "文号: 沪崇府办发〔2021〕20号", "发布日期: 2021-09-09", "---"])
    assert fields == {"doc_number": "沪崇府办发〔2021〕20号", "publish_date": "2021-09-09"}


def test_text_that_is_no_yaml_is_no_front_matter():
    assert front_matter(["---", "标题: [未闭合", "---"]) is None
    assert front_matter(["---", "只是一行文字", "---"]) is None
    assert front_matter(["标题: 关于…的通知", "---"]) is None


PAGE = VAULT_HEAD + """
# 上海市新型储能示范引领创新发展工作方案2025-2030

**文号**: 沪府办发〔2024〕28号
**发文机构**: 上海市人民政府办公厅
**发布日期**: 2024-12-27

## 政策原文

1. [首页](https://www.shanghai.gov.cn/index.html "首页")
2. [政务公开](https://www.shanghai.gov.cn/nw2319/index.html "")
3. [政府公报](https://www.shanghai.gov.cn/nw2404/index.html "")

## 上海市人民政府办公厅关于印发《上海市新型储能示范引领创新发展工作方案（2025—2030年）》的通知

**上海市人民政府办公厅关于印发《上海市新型储能示范引领创新发展工作方案（2025—2030年）》的通知**

沪府办发〔2024〕28号

各区人民政府，市政府各委、办、局，各有关单位：

《上海市新型储能示范引领创新发展工作方案（2025—2030年）》已经市政府同意，现印发给你们，请认真按照执行。

上海市人民政府办公厅

2024年12月27日

**上海市新型储能示范引领创新发展工作方案（2025—2030年）**

新型储能是建设新型能源体系、保障能源电力安全和自主可控的重要基础装备和关键支撑技术。

**一、加强新型储能发展的顶层设计**

到2026年，打造2个新型储能产业园，培育10家以上具有产业带动效应的优质企业。

**二、建设多元开放的示范应用场景**

**（一）科学布局独立储能电站**

合理布局、滚动实施独立储能电站建设。

**（二）加快创建车网互动（V2G）示范应用城市**

推进车网互动示范应用。
"""


def test_a_vault_page_reads_as_its_notice():
    doc = process_text(PAGE)
    assert [(t.path, t.heading) for t in doc.tasks] == [
        ("1", "加强新型储能发展的顶层设计"), ("2", "建设多元开放的示范应用场景"),
        ("2.1", "科学布局独立储能电站"), ("2.2", "加快创建车网互动(V2G)示范应用城市")]
    assert "**" not in doc.text
    for task in doc.tasks:
        assert doc.text[task.char_start:].startswith(task.label)
    # the notice's own title line below the breadcrumbs, not the vault's heading of the page
    assert doc.title == "上海市人民政府办公厅关于印发《上海市新型储能示范引领创新发展工作方案(2025—2030年)》的通知"
    assert doc.plan_title == "上海市新型储能示范引领创新发展工作方案(2025—2030年)"
    assert doc.doc_number == "沪府办发〔2024〕28号"
    assert doc.issuer == "上海市人民政府办公厅"
    assert doc.issue_date == dt.date(2024, 12, 27)


def test_markup_is_dropped_after_nfkc():
    # full-width brackets inside bold (plan_0031) fold first, then the markers go
    assert visible_text(normalise_text("**（一）能源领域**")) == "(一)能源领域"


def test_a_heading_naming_the_plan_gives_way_to_the_title_that_issues_it():
    # plan_0031: the vault's heading names the plan; the page's title line issues it
    page = """---
title: 上海市加快推进绿色低碳转型行动方案(2024—2027年)
official_number: 沪府发〔2024〕8号
---
# 上海市加快推进绿色低碳转型行动方案(2024—2027年)

**文号**: 沪府发〔2024〕8号

## 政策原文

1. [首页](https://www.shanghai.gov.cn/index.html "首页")
2. [政务公开](https://www.shanghai.gov.cn/nw2319/index.html "")

## 上海市人民政府关于印发《上海市加快推进绿色低碳转型行动方案（2024—2027年）》的通知

**上海市人民政府关于印发《上海市加快推进绿色低碳转型行动方案（2024—2027年）》的通知**

沪府发〔2024〕8号

各区人民政府，市政府各委、办、局：

现将《上海市加快推进绿色低碳转型行动方案（2024—2027年）》印发给你们，请认真按照执行。

上海市人民政府

2024年8月22日

**上海市加快推进绿色低碳转型行动方案（2024—2027年）**

**一、重点领域绿色低碳转型**

**（一）能源领域**

到2027年，本市光伏装机容量达到450万千瓦。
"""
    doc = process_text(page)
    assert doc.title == "上海市人民政府关于印发《上海市加快推进绿色低碳转型行动方案(2024—2027年)》的通知"
    assert [t.path for t in doc.tasks] == ["1", "1.1"]
    assert doc.issue_date == dt.date(2024, 8, 22)


def test_a_heading_with_no_issuing_title_below_stays_the_title():
    # plan_0015: the page is the plan itself, its heading the only title
    page = """---
title: 省人民政府办公厅印发《贵州省扩大民间投资三年行动方案》
date: '2027-01-01'
---

# 省人民政府办公厅印发《贵州省扩大民间投资三年行动方案》

## 政策原文

为贯彻落实党中央、国务院关于促进民间投资发展有关安排部署，制定本行动方案。

一、工作目标

到2027年，民间投资占固定资产投资的比重力争达到42%左右。
"""
    doc = process_text(page)
    assert doc.title == "省人民政府办公厅印发《贵州省扩大民间投资三年行动方案》"
    assert doc.issue_date is None  # the front matter's 1 January is a placeholder


@pytest.mark.parametrize("heading, title, number", [
    # plan_0022: a page <title> as the vault's heading, 文号 and column and site after it
    ("关于印发《四川省虚拟电厂建设运营管理实施方案》的通知(川发改能源〔2025〕278号)_通知公告_四川省发展和改革委员会",
     "关于印发《四川省虚拟电厂建设运营管理实施方案》的通知", "川发改能源〔2025〕278号"),
    # plan_0023: the site's name cut short by the vault
    ("海南省人民政府关于印发海南省碳达峰实施方案的通知_通知公告_ ...",
     "海南省人民政府关于印发海南省碳达峰实施方案的通知", None),
])
def test_a_page_title_loses_its_column_and_site(heading, title, number):
    page = f"# {heading}\n\n## 政策原文\n\n各有关单位:\n\n现将方案印发给你们,请认真贯彻执行。\n\n一、总体要求\n\n加快发展。\n"
    doc = process_text(page)
    assert doc.title == title
    if number:
        assert doc.doc_number == number


def test_a_title_without_page_suffix_is_kept_whole():
    doc = process_text("# 关于做好2025年_重点工作的安排\n\n一、总体要求\n\n加快发展。\n")
    assert doc.title == "关于做好2025年_重点工作的安排"


@pytest.mark.parametrize("line", [
    # doc_0001, doc_0005, doc_0007: VuePress containers, tabs and the generated contents
    "::: tip 修订信息", "::: details 目录", "::: tabs", ":::", "::: warning 原文链接", "::: right",
    "::: info 附件", "@tab 章节", "@tab 条例", "[[toc]]",
    # the same extensions elsewhere: Docusaurus admonitions, Pandoc fenced divs, other TOC marks
    ":::note", "::::", "::: {.callout-note}", "[TOC]", "${toc}",
])
def test_a_pages_boxes_tabs_and_contents_are_furniture(line):
    assert furniture(line)


@pytest.mark.parametrize("line", [
    "第一条 为实现温室气体排放控制目标,发挥市场机制作用,制定本办法。",
    "@某某 回复", "::=", "(该文件于2014年1月15日以粤府令第197号公布)", "[1](#t1) [2](#t2)",
])
def test_lines_of_text_are_no_furniture(line):
    assert not furniture(line)


# doc_0007's page: front matter naming the rule and its author, a contents box, articles, the
# office's 印发 line; the front matter's date is the rule's start (第二十五条), not its issue
RULES_PAGE = """---
title: 广东省生态环境行政处罚自由裁量权规定
shortTitle: 广东自由裁量权规定
icon: article
date: 2022-01-01
author: 广东省生态环境厅
category:
  - 自由裁量
---

::: details 目录

- 第1~20条：

  [1](#t1)&emsp;[2](#t2)&emsp;[3](#t3)

:::

<p id="t1">&emsp;&emsp;<b>第一条</b>&emsp;为推进依法行政，规范生态环境行政处罚裁量权的行使，制定本规定。</p>
<p id="t2">&emsp;&emsp;<b>第二条</b>&emsp;本规定适用于全省各级生态环境主管部门行政处罚裁量。</p>
<p id="t3">&emsp;&emsp;<b>第三条</b>&emsp;本规定自2022年1月1日起施行，有效期五年。</p>

::: right
广东省生态环境厅办公室
2021年11月14日印发
:::
"""


def test_a_page_of_rules_with_no_title_line_takes_its_front_matters_name_and_author(tmp_path):
    path = tmp_path / "rules.txt"
    path.write_text(RULES_PAGE, "utf-8")
    doc = process(path, tmp_path)
    assert [t.label for t in doc.tasks] == ["第一条", "第二条", "第三条"]
    assert doc.title == "广东省生态环境行政处罚自由裁量权规定"
    assert doc.issuer == "广东省生态环境厅"  # the author, not the office that printed it
    assert doc.issue_date == dt.date(2021, 11, 14)
    assert doc.region == "广东省"


def test_a_regulations_header_note_is_no_title_and_dates_it():
    # doc_0005: the header in a tip box, its two clauses run together; the page names the author
    page = """---
title: 江门市扬尘污染防治条例
date: 2022-01-01
author: 江门市人民代表大会常务委员会
---

::: tip 修订信息

（2021年11月5日江门市第十五届人民代表大会常务委员会第五十一次会议通过2021年12月1日广东省第十三届人民代表大会常务委员会第三十七次会议批准）
:::

## 第一章 总则

第一条 为了防治扬尘污染，改善环境空气质量，制定本条例。
"""
    doc = process_text(page)
    assert doc.title == "江门市扬尘污染防治条例"
    assert doc.issuer == "江门市人民代表大会常务委员会"
    assert doc.issue_date == dt.date(2021, 11, 5)
    assert [t.path for t in doc.tasks] == ["1", "1.1"]


@pytest.mark.parametrize("title, header, date", [
    # the headers of lawref_0008 and lawref_0007 (tests/real/corpus) written without the space
    # between their clauses, as doc_0005's page writes its own
    ("枣庄市电梯安全条例",
     "2019年10月30日枣庄市第十六届人民代表大会常务委员会第二十三次会议通过2019年11月29日山东省第十三届人民代表大会常务委员会第十五次会议批准",
     dt.date(2019, 10, 30)),
    ("山东省农业机械管理条例",
     "(1994年12月6日山东省第八届人民代表大会常务委员会第十一次会议通过2004年7月30日山东省第十届人民代表大会常务委员会第十次会议修正)",
     dt.date(1994, 12, 6)),
])
def test_header_clauses_run_together_date_the_text(title, header, date):
    doc = process_text(f"{title}\n{header}\n第一章 总则\n第一条 为了加强管理,制定本条例。\n")
    assert doc.title == title
    assert doc.issue_date == date


def test_a_person_named_as_author_is_no_issuer():
    page = "---\ntitle: 关于开展安全检查的通知\nauthor: 张伟\n---\n\n各单位:\n一、检查范围\n全市各类企业。\n"
    assert process_text(page).issuer is None


def test_a_title_line_in_the_text_wins_over_the_page_name():
    # plan_0030's vault names the plan short; the notice's own title line stands in the text
    page = "---\ntitle: 健康行动方案2025\nauthor: 某某市人民政府\n---\n\n某某市人民政府关于印发健康行动方案的通知\n各区:\n一、总体目标\n到2025年,人均预期寿命达到79岁。\n"
    doc = process_text(page)
    assert doc.title == "某某市人民政府关于印发健康行动方案的通知"


RULE_PAGE = """---
title: 广东省碳排放管理试行办法
date: 2014-03-01
author: 广东省人民政府
---

{box}

## 第一章 总则

第一条 为实现温室气体排放控制目标,发挥市场机制作用,规范碳排放管理活动,结合本省实际,制定本办法。

## 第七章 附则

第四十二条 本办法自2014年3月1日起施行。
"""


def test_a_header_note_naming_its_text_gives_the_order_and_date():
    # doc_0001's 修订信息 box: the note names the text, then 于 the date, 以 the order
    box = "::: tip 修订信息\n\n(该文件于2014年1月15日以粤府令第197号公布,根据2020年5月12日粤府令第275号第一次修改)\n\n:::"
    doc = process_text(RULE_PAGE.format(box=box))
    assert (doc.doc_number, doc.issue_date) == ("粤府令第197号", dt.date(2014, 1, 15))
    # a regulation's ordinary header keeps its order (the third collection's 令 texts)
    doc = process_text("护士条例\n(2008年1月31日中华人民共和国国务院令第517号公布 根据2020年3月27日《国务院关于修改…》修订)\n"
                       "第一条 为了维护护士的合法权益,制定本条例。\n")
    assert (doc.doc_number, doc.issue_date) == ("中华人民共和国国务院令第517号", dt.date(2008, 1, 31))


@pytest.mark.parametrize("page", [
    RULE_PAGE.format(box=""),  # doc_0001 without its box: the date is 第四十二条's start
    # lawref_0012 filed as the fifth collection's site files its rules, under its start
    "---\ntitle: 广东省外商投资权益保护条例\ndate: 2022-03-01\nauthor: 广东省人民代表大会常务委员会\n---\n\n"
    "第一条 为了保护外商投资合法权益,优化外商投资环境,促进外商投资,制定本条例。\n"
    "第四十条 本条例自2022年3月1日起施行。\n",
])
def test_a_page_date_that_is_the_texts_own_start_is_no_issue_date(tmp_path, page):
    path = tmp_path / "page.txt"
    path.write_text(page, "utf-8")
    assert process(path, tmp_path).issue_date is None


def test_a_page_date_that_is_not_the_start_stays():
    # shgov-style front matter: 发布日期, a notice in force from its issue
    page = ("---\n标题: 关于印发2021年本区城市体检工作方案的通知\n发布日期: 2021-09-09\n---\n\n"
            "关于印发2021年本区城市体检工作方案的通知\n各委、办、局:\n现将方案印发给你们,自印发之日起施行。\n"
            "一、工作目标\n完成城市体检。\n")
    assert process_text(page).issue_date == dt.date(2021, 9, 9)


@pytest.mark.parametrize("written, shown", [
    ("补贴标准为上述产品最终销售价格的 $15\\%$ ,对其中购买1级能效的产品", "补贴标准为上述产品最终销售价格的15%,对其中购买1级能效的产品"),  # tenth Q_03
    ("额外再给予产品最终销售价格  $5\\%$  的补贴", "额外再给予产品最终销售价格5%的补贴"),  # tenth Q_01
    ("优良天数比率达到 $\\geqslant 90\\%$ 以上", "优良天数比率达到≥90%以上"),
    ("单位GDP能耗下降 $13.5\\%$ 左右", "单位GDP能耗下降13.5%左右"),
    ("每吨补贴 $\\mathrm{1.5}$ 万元", "每吨补贴1.5万元"),
    ("增长 $3\\sim5\\%$ ", "增长3~5%"),
])
def test_an_inline_formula_for_a_figure_reads_as_the_figure(written, shown):
    assert visible_text(written) == shown


@pytest.mark.parametrize("text", ["公式 $x^2+1$ 成立", "var $weiboTextArea = $('#weibo')", "价格 $5 和 $6 不等",
                                  "ratio $E=mc^2$ here"])
def test_a_formula_that_is_no_figure_or_no_formula_stays(text):
    assert visible_text(text) == text
