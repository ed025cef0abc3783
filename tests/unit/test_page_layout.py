"""pipeline/page_layout.py: a second copy of the notice, a body printed twice between page chrome,
a page flattened onto one line, headings a page join ran on."""
import pytest

from pipeline.page_layout import (cut_flat_page, cut_run_on_headings, drop_page_furniture, indent_runs_as_breaks,
                                  remove_repeated_block,
                                  remove_second_copy)

BODY = "\n".join(f"{i}.推进第{i}项工程,到2020年完成建设任务并通过验收。" for i in range(1, 12))


def test_second_copy_is_removed_even_when_line_breaks_differ():
    first = "某市人民政府关于印发健康\n建设计划的通知\n" + BODY
    second = "某市人民政府关于印发健康建设计划的通知\n" + BODY
    text, note = remove_second_copy(first + "\n" + second)
    assert text == first
    assert note and "duplicate" in note


def test_page_chrome_before_the_first_copy_does_not_hide_the_copy():
    copy = "某市人民政府关于印发健康建设计划的通知\n" + BODY
    text, note = remove_second_copy("首页 政务公开\n" + copy + "\n" + copy)
    assert text == "首页 政务公开\n" + copy and note


def test_a_repeated_heading_is_not_a_second_copy():
    text = "一、总体目标\n" + BODY + "\n一、总体目标\n另外一段完全不同的内容,讲的是保障措施。" * 3
    assert remove_second_copy(text) == (text, None)


def test_a_body_printed_twice_between_page_chrome_keeps_its_first_copy():
    # a gov.cn page's desktop and mobile copies (seventh doc_0007, doc_0010, doc_0011): the
    # metadata table, the body, the body again, then the site's footer; the second copy does
    # not run to the end, and the mobile copy breaks its title line differently
    body = "国家发展改革委等部门\n关于开展职业技能提升行动的通知\n" + BODY + "\n国家发展改革委\n2024年3月21日"
    mobile = body.replace("等部门\n关于", "等部门关于")
    footer = "链接:\n全国人大\n|\n全国政协\n主办单位:国务院办公厅 运行维护单位:中国政府网运行中心"
    page = "首页 > 政策 > 国务院政策文件库\n标 题:\n关于开展职业技能提升行动的通知\n" + body + "\n" + mobile + "\n" + footer
    text, note = remove_repeated_block(page)
    assert text == "首页 > 政策 > 国务院政策文件库\n标 题:\n关于开展职业技能提升行动的通知\n" + body + "\n" + footer
    assert note and "duplicate" in note


def test_a_body_printed_twice_keeps_its_first_copy_when_page_breaks_fall_elsewhere_in_each():
    # the page printed (a PDF of a gov.cn page, a converter keeping a running line at each page's head): the running
    # line stands at other places in the two copies, which are still one block repeated
    body = ("国家发展改革委等部门\n关于开展职业技能提升行动的通知\n" + BODY + "\n" + BODY.replace("工程", "设施")
            + "\n国家发展改革委\n2024年3月21日").split("\n")
    running = "首页"
    first = [*body[:5], running, *body[5:17], running, *body[17:]]
    second = [*body[:11], running, *body[11:]]
    footer = ["链接:", "全国人大", "|", "全国政协", "主办单位:国务院办公厅 运行维护单位:中国政府网运行中心"]
    head = ["首页 > 政策 > 国务院政策文件库", "标 题:", "关于开展职业技能提升行动的通知"]
    text, note = remove_repeated_block("\n".join([*head, *first, *second, *footer]))
    assert text == "\n".join([*head, *first, *footer])
    assert note and "duplicate" in note


def test_a_paragraph_a_notice_repeats_is_no_second_copy():
    # a standing sentence repeated in two sections (a few dozen characters) and a notice whose
    # attachment repeats one item are far below a copy of the page
    item = "(责任单位:市发展改革委、市财政局、市人力资源社会保障局,各区人民政府)"
    text = "\n".join(f"{i}.推进第{i}项工程,到2020年完成建设任务并通过验收。\n{item}" for i in range(1, 30))
    assert remove_repeated_block(text) == (text, None)
    # a plan whose attachment restates two items (about a tenth of the text)
    items = [f"({i})推进第{i}类设施建设,到2025年覆盖率达到{50 + i}%,并建立长效管护机制。" for i in range(1, 40)]
    plan = "\n".join(items) + "\n附件\n" + "\n".join(items[:4]) + "\n其他说明内容。"
    assert remove_repeated_block(plan) == (plan, None)


def test_a_repeated_metadata_block_before_the_body_is_not_a_second_copy():
    block = "索引号:1134160073302996XP/202501-00038\n发布机构:某市人民政府办公室\n文号:某政办〔2025〕1号\n"
    text = block + block + "某市人民政府办公室关于印发工作任务分解的通知\n" + BODY * 3
    assert remove_second_copy(text) == (text, None)


# seventh doc_0026 (the pingtan.gov.cn crawl's page.txt): the page on one line, its blocks joined by single spaces
PINGTAN_2576 = ("当前位置: 首页政务公开最新文件区管委会办公室文件 关于印发平潭综合实验区拖拉机报废补贴办法的通知 时间:2015-08-24 08:53 "
                "微信 微博 QQ空间 岚综管办〔2015〕159号 平潭综合实验区管委会办公室关于印发平潭综合实验区拖拉机报废补贴办法的通知 "
                "区直各相关单位、各片区开发管理局、各乡(镇)人民政府: 《平潭综合实验区拖拉机报废补贴办法》已经区管委会研究同意,"
                "现印发给你们,请遵照执行。 平潭综合实验区管委会办公室 2015年8月20日 平潭综合实验区拖拉机报废补贴办法 为加强道路交通"
                "安全综合整治,特制定本办法。 一、指导思想和总体要求 (一)指导思想。认真贯彻《农业机械安全监督管理条例》。 "
                "(二)总体要求。坚持“农民自愿、政府扶持”的原则。 三、补贴对象及标准 (二)补贴标准。 1、具体补贴标准如下表: "
                "机型 类别 报废年限(年) 补贴额(元) 手扶拖拉机 皮带或直联传动 10 800 轮式拖拉机 20马力以下 10 2500 "
                "2、所需补贴资金由区财政承担。 来源:中国平潭 附件下载")


def test_a_page_joined_on_one_line_by_spaces_gets_its_blocks_back_as_lines():
    page = "标题: 关于印发平潭综合实验区拖拉机报废补贴办法的通知\n" + PINGTAN_2576
    text = cut_flat_page(page)
    assert len(text) == len(page) and text.replace("\n", " ") == page.replace("\n", " ")  # offsets hold
    lines = text.split("\n")
    for line in ("岚综管办〔2015〕159号", "平潭综合实验区管委会办公室关于印发平潭综合实验区拖拉机报废补贴办法的通知",
                 "平潭综合实验区管委会办公室", "2015年8月20日", "平潭综合实验区拖拉机报废补贴办法",
                 "一、指导思想和总体要求", "(二)补贴标准。", "1、具体补贴标准如下表:", "2、所需补贴资金由区财政承担。"):
        assert line in lines
    # a flattened table's cells and a time after its date stay together
    assert "机型 类别 报废年限(年) 补贴额(元) 手扶拖拉机 皮带或直联传动 10 800 轮式拖拉机 20马力以下 10 2500" in lines
    assert "时间:2015-08-24 08:53 微信 微博 QQ空间" in lines


def test_spaces_of_a_page_not_joined_on_one_line_stay():
    # sixth doc_0001 (one line, its chapters' headings spaced out, no space after a sentence end), a
    # paragraph with one English-style space after 。, and a short line
    rules = ("安顺市市级储备粮管理办法第一章 总 则第一条 为加强市级储备粮管理,保障市级储备粮数量真实、质量良好和储存安全,"
             "制定本办法。第二条 本办法所称市级储备粮,是指市人民政府储备的原粮及食用油。" * 3)
    paragraph = "到2025年,建成10个示范社区。 各区要抓紧落实,确保按期完成。" * 6
    for text in (rules, paragraph, "一、总体要求 (一)目标。 1.建成。 2.完成。"):
        assert cut_flat_page(text) == text


def test_a_notices_own_short_line_listing_its_parts_after_spaces_shows_no_page_joined_by_spaces():
    # a contents line (labels after spaces continuing their list) and a sentence a PDF spaced after its 。: the notice's
    # own lines, no site's blocks run on in one long line, so they stay
    text = ("目录 一、总体要求 二、重点任务 三、保障措施 四、组织实施\n一、总体要求\n" + "到2025年,建成10个示范社区。 各区要抓紧"
            "落实,确保按期完成。\n" * 8 + "二、重点任务\n(一)建设示范社区 (二)完善服务设施 (三)加强人才培养 (四)强化资金保障")
    assert cut_flat_page(text) == text


def test_headings_a_page_join_or_a_title_line_ran_on_get_their_own_lines():
    # seventh doc_0020 (a regulation cut from a pdfplumber dump): articles and a chapter's
    # article run on at page joins
    assert cut_run_on_headings("单建地下空间。 第四条 地下空间开发利用管理应当贯彻统一规划、综") == \
        "单建地下空间。\n第四条 地下空间开发利用管理应当贯彻统一规划、综"
    assert cut_run_on_headings("第七章 法律责任 第四十二条 地下空间开发利用过程中对已经依法设立") == \
        "第七章 法律责任\n第四十二条 地下空间开发利用过程中对已经依法设立"
    # seventh doc_0005 (a gov.cn attachment): the publication mark and the first chapter on the title's line
    assert cut_run_on_headings("(主动公开)医疗保障按病种付费管理暂行办法第一章总则\n第一条以习近平…") == \
        "(主动公开)\n医疗保障按病种付费管理暂行办法\n第一章总则\n第一条以习近平…"
    # a cited article, a spaced-out heading (sixth doc_0001) and a chapter named in a sentence stay
    for text in ("依照本办法第十二条 规定处理。", "依照本办法。第十二条规定的情形", "第一章 总 则第一条 为加强市级储备粮管理",
                 "按照本条例第一章的规定执行", "按照本办法第一章总则的规定执行。"):
        assert cut_run_on_headings(text) == text


def test_a_second_copy_that_leaves_a_part_out_is_cut_on_both_sides_of_the_gap():
    # a mobile copy without the table the desktop copy carries mid-body: the copies share the text
    # before the table and the text after it, and both stretches of the later copy are cut
    head = "\n".join(f"{i}.推进第{i}项工程,到2020年完成建设任务并通过验收。" for i in range(1, 9))
    table = "指标\n2025年目标值\n城镇新增就业\n3350人"
    tail = "\n".join(f"({i})落实第{i}项保障措施,加强组织领导和督促检查工作。" for i in range(1, 9))
    desktop = "某市人民政府关于印发就业工作方案的通知\n" + head + "\n" + table + "\n" + tail
    mobile = "某市人民政府关于印发就业工作方案的通知\n" + head + "\n" + tail
    text, note = remove_repeated_block("首页 > 政策\n" + desktop + "\n" + mobile + "\n网站声明 | 联系我们")
    assert text == "首页 > 政策\n" + desktop + "\n网站声明 | 联系我们"
    assert note.count("duplicate") == 2


def test_a_labels_short_heading_on_a_page_joined_by_spaces_is_a_block_of_its_own():
    # tests/real/seventh/unlabelled/pingtan_5321.txt: the crawl writes `一、建设目标` and its first
    # paragraph as two blocks joined by a space
    page = ("当前位置: 首页政务公开最新文件部门文件 时间:2016-05-24 08:28 微信 微博 QQ空间 岚农发〔2016〕156号 "
            "平潭综合实验区农村发展局关于印发《平潭休闲海钓示范基地建设工作方案(2016—2018年)》的通知 各相关乡(镇)政府、"
            "各有关单位: 为推进我区休闲海钓示范基地建设工作,现将方案印发给你们,请遵照执行。 平潭综合实验区农村发展局 "
            "2016年5月23日 一、建设目标 总体目标:按照“一年初见成效,三年大见成效”的目标,扶持建设示范基地2个。 "
            "二、建设布局 坚持“合理选址,优化布局”的原则。 四、建设主体 由企业或自然法人作为示范基地建设和经营主体。 "
            "(一)优先安排项目。示范基地项目争取列入省重点项目。")
    lines = cut_flat_page(page).split("\n")
    assert {"一、建设目标", "二、建设布局", "四、建设主体", "(一)优先安排项目。示范基地项目争取列入省重点项目。"} <= set(lines)
    # the paragraph after the heading stays whole
    assert "总体目标:按照“一年初见成效,三年大见成效”的目标,扶持建设示范基地2个。" in lines


def test_a_page_that_joins_its_blocks_by_spaces_does_so_on_each_of_its_lines():
    # twelfth K_01: a reposting site merged the notice's paragraphs into a few <p>s, two ideographic spaces (one space
    # once normalised) between them; the longest shows the join, and the shorter <p>s are joined the same way
    long = ("2.因违反建筑市场相关规定被处罚的。 试行期间,企业发生上述情形的,不得承接新的试点工程。 (三)具有相关专业技术能力 "
            "项目负责人具备拟承接工程所需的相应专业的注册建造师资格,并主持完成过本类别资质二级以上标准要求的工程业绩不少于2项。 (四)能够提供足额履约担保 企业以银行担保、保证保险等方式"
            "提供合同总价10%的履约担保。 发包单位在发包相应专业工程业务时,对企业是否具备上述条件进行审查,并对审查结果负责。 "
            "NO.2:取得施工总承包资质的企业,可以承接专业承包工程 (一)试行资质类别 具有建筑工程、市政公用工程施工总承包资质的企业,"
            "可以对总承包范围内不高于总承包资质等级的专业承包工程自行施工,不再需要具备相应的专业承包工程资质。")
    short = ["NO.1:调整部分专业承包资质承包工程范围 先行在部分二级专业承包资质中调整承包工程的范围。 符合下列条件的企业可以承接。",
             "(一)试行资质类别 电子与智能化工程专业承包、环保工程专业承包。 (二)企业信誉良好 自本意见实施之日起无下列行为:",
             "一、工作目标 到2025年,建成示范社区10个。 二、重点任务 各区要抓紧落实,确保按期完成。"]
    page = "\n".join(["关于试行调整部分建筑业企业资质承包工程范围的通知", *short, long])
    lines = cut_flat_page(page).split("\n")
    assert {"NO.1:调整部分专业承包资质承包工程范围", "(一)试行资质类别", "(二)企业信誉良好", "一、工作目标", "二、重点任务",
            "(三)具有相关专业技术能力", "NO.2:取得施工总承包资质的企业,可以承接专业承包工程"} <= set(lines)
    assert "到2025年,建成示范社区10个。" in lines
    # without the long line nothing shows the page joins its blocks: a short line's spaces stay
    assert cut_flat_page("\n".join(short)) == "\n".join(short)


def test_a_page_whose_blocks_each_join_a_few_paragraphs_gets_its_items_back_as_lines():
    # a site's <p>s each joining a heading and a few paragraphs (fifth doc_0015's items, each closed by its note): no
    # line holds three sentence ends before a space, but items' labels follow a sentence end and a space again and again
    page = "\n".join([
        "中共广州市委 广州市人民政府关于推进我市民主法治建设的实施意见",
        "一、总体要求和目标任务 1.总体要求。坚持党的领导、人民当家作主和依法治国有机统一,开拓创新、先行先试,循序渐进、稳步发展。"
        " 2.目标任务。今后五年,以制度建设为核心。",
        "二、完善重大事项决策机制 3.健全党委重大决策工作机制。健全党内民主决策机制,建立和完善党委重大决策程序规定。"
        "(牵头单位:市委办公厅,配合单位:市委政研室)"
        " 4.健全人大常委会讨论决定重大事项工作机制。(牵头单位:市人大常委会办公厅)",
        "三、扩大公民有序政治参与 5.完善基层民主选举制度。(牵头单位:市民政局) (一)加强村务公开。推进村务公开制度化。",
        "四、强化组织保障 6.加强组织领导。各级党委要把民主法治建设摆上重要议事日程。 7.强化督促检查。"])
    lines = cut_flat_page(page).split("\n")
    assert {"2.目标任务。今后五年,以制度建设为核心。", "4.健全人大常委会讨论决定重大事项工作机制。(牵头单位:市人大常委会办公厅)",
            "(一)加强村务公开。推进村务公开制度化。"} <= set(lines)
    assert {"二、完善重大事项决策机制", "3.健全党委重大决策工作机制。健全党内民主决策机制,建立和完善党委重大决策程序规定。"
            "(牵头单位:市委办公厅,配合单位:市委政研室)"} <= set(lines)
    # a notice's own lines, a label after a sentence end and a space only once (a spaced PDF line), stay as they are
    spaced = "\n".join(["(二) 生育关爱。 为已参加我市基本医疗保险的二孩、三孩,全额购买婴幼儿百万补充医疗保险至3岁。 适时新增报销产前检"
                        "查费, 提高生育医疗费报销标准。 六、组织保障 各部门要加强协作。" * 2, "七、附则 本办法自印发之日起施行。"])
    assert cut_flat_page(spaced) == spaced


def _wrapped(paragraphs: list[str], width: int = 26) -> list[str]:
    return [p[i:i + width] for p in paragraphs for i in range(0, len(p), width)]


@pytest.mark.parametrize("header", ["任务09结果_莆田日照规则转写.md", "莆田市建筑工程日照分析技术管理规则", "某某市人民政府办公室文件"])
def test_a_running_line_that_breaks_wrapped_sentences_with_no_page_number_is_dropped(header):
    # eighth doc_0013: a converter's file name at each page's head, no page number beside it, inside a heading
    # (`(二)拟建建筑对同一方案中拟建的居住养老及文教卫生类` ⏎ header ⏎ `建筑产生的日照遮挡影响。`)
    lines = _wrapped([f"({n})拟建建筑对同一方案中拟建的居住养老及文教卫生类建筑产生的日照遮挡影响,应当进行日照分析并报送报告。"
                      for n in "一二三四五六七八九十"])
    paged = [*lines[:5], header, *lines[5:11], header, *lines[11:17], header, *lines[17:]]
    assert drop_page_furniture("\n".join(paged)) == "\n".join(lines)


def test_a_line_the_notice_repeats_is_no_running_header():
    # a figure's caption under each figure (after a short line), a table's year cells, a heading repeated after a
    # sentence end: they stand where no page broke a wrapped sentence
    body = _wrapped(["第十一条窗分析的计算基准面应以外墙皮窗台位置为准,转角窗以居室窗洞开口为准。"] * 2)
    text = "\n".join([*body, "图3-1", "计算基准面示意图", *body, "图3-2", "计算基准面示意图", *body, "图3-3", "计算基准面示意图"])
    assert drop_page_furniture(text) == text
    cells = "\n".join(["城镇新增就业人数(万人)的目标值为二〇二一", "2021", "万元", "城镇新增就业人数(万人)的目标值为二〇二二", "2021",
                       "万元", "城镇新增就业人数(万人)的目标值为二〇二三", "2021", "万元"])
    assert drop_page_furniture(cells) == cells


def test_a_line_the_notice_repeats_after_a_clause_closed_by_a_semicolon_is_no_running_header():
    # a responsibility line under each of a list's clauses, each clause wrapped to the width and closed by `;` at a full
    # line's end: a clause ends there, no page broke a sentence (the detector's own sentence ends, not the outline's
    # wrapped_lines.closing, where a `;` runs on)
    clause = "加快推进城镇老旧小区改造,完善社区养老托育等公共服务设施,有序推进既有住宅加装电梯,并提升居民生活品质;"
    assert len(clause) % 26 == 0
    lines: list[str] = []
    for _ in range(6):
        lines += [*_wrapped([clause]), "责任单位:市住房城乡建设局"]
    text = "\n".join(lines + ["以上工作于年底前完成。"])
    assert drop_page_furniture(text) == text


@pytest.mark.parametrize("line, opens", [("二、重点任务", True), ("(三)强化督促检查", True), ("(1)加强组织领导", True),
                                         ("12.推进重点工程", True), ("第十一条 窗分析的计算基准面", True), ("第三章 监督管理", True),
                                         ("NO.2:取得施工总承包资质的企业", True), ("1.5倍的面积", False), ("各单位要抓好落实。", False)])
def test_the_page_furnitures_item_opening_is_the_flat_pages_item_label(line, opens):
    # one list of item labels in rules/normalise.yaml: page_furniture.label_opening names flat_page's `{item_label}`
    # (itself naming rules/outline.yaml's `{number_sign}`), so a form added there is read in both places
    from pipeline.page_layout import _flat_page_rules, _furniture_rules
    assert bool(_furniture_rules()["label_opening"].match(line)) is opens
    assert bool(_flat_page_rules()["label_after_end"].search("各单位要抓好落实。 " + line)) is opens


def test_a_page_whose_blocks_run_labels_on_after_unit_lists_and_heading_lines_gets_its_items_back_as_lines():
    # a site's <p>s each joining a few paragraphs, each item closed by its unit list or run on after its heading line, no
    # sentence end before the label (real realestate_0080's measures and extra shgov_0002's plan laid out so: the
    # merged_paragraphs perturbation)
    page = "\n".join([
        "关于支持刚性和改善性住房需求的十六条措施",
        "六、鼓励房地产企业促销 对单个房地产项目给予不低于20万元的奖补。 责任单位:县住房和城乡建设局、县财政局 七、鼓励服务业参与"
        "房地产业促消费 鼓励家电、汽车行业参与带动房地产市场促消费。 责任单位:县经济合作和商务局、县财政局",
        "八、调整住房公积金政策 (一)提高住房公积金贷款额度 单缴存职工提高到60万元。 (二)公积金贷款可提取首付款 职工可一次性提取"
        "公积金账户余额用于支付首付款。 责任单位:市住房公积金管理中心石棉县管理部 九、加大购房支持政策力度 县住房和城乡建设局要认真研判。",
        "十、支持居民换购住房 纳税人出售自有住房并在现住房出售后一年内在同一城市重新购买住房的,可按规定申请退还其出售现住房已缴纳的"
        "个人所得税。 责任单位:国家税务总局石棉县税务局 十一、支持高层次人才在棉安居 已享受补贴的高层次人才可同步享受第九条购房支持政策。"])
    lines = cut_flat_page(page).split("\n")
    assert {"七、鼓励服务业参与房地产业促消费", "八、调整住房公积金政策", "(一)提高住房公积金贷款额度", "(二)公积金贷款可提取首付款",
            "九、加大购房支持政策力度", "十一、支持高层次人才在棉安居"} <= set(lines)
    # a notice's own lines: a label after a space that continues no list (a table's cells, a cited item) stays
    table = "\n".join(["序号 项目 责任单位 完成时限 一、道路工程 区建管委 2024年底 三、桥梁工程 区交通委 2025年底"] * 3)
    assert cut_flat_page(table) == table


def test_a_page_that_joined_its_paragraphs_keeping_their_indents_gets_a_break_at_each_indent():
    # a site's merged <p>s keeping each paragraph's two ideographic spaces (twelfth K_01), an editor's paste of paragraphs
    # opened by &nbsp; runs into one <p> (ninth doc_0064/doc_0066's JSON bodies: `规定。\xa0\xa0 \ue004 \xa0\xa0\xa0\xa0九、`)
    page = ("关于做好工作的通知\u3000\u3000各区人民政府:\u3000\u3000为做好工作,现通知如下。\u3000\u3000一、总体要求\u3000\u3000"
            "坚持统筹推进。\u3000\u3000(一)加强组织领导。各区要落实责任。\xa0\xa0 \ue004 \xa0\xa0\xa0\xa0二、附则\u3000\u3000本通知自印发之日起施行。"
            "\u3000\u3000上海市住房和城乡建设管理委员会\u3000\u30002021年1月5日")
    lines = indent_runs_as_breaks(page).split("\n")
    assert lines == ["关于做好工作的通知", "各区人民政府:", "为做好工作,现通知如下。", "一、总体要求", "坚持统筹推进。",
                     "(一)加强组织领导。各区要落实责任。", "\ue004", "二、附则", "本通知自印发之日起施行。",
                     "上海市住房和城乡建设管理委员会", "2021年1月5日"]


@pytest.mark.parametrize("text", [
    # a notice's own indents: at the starts of its lines, or a signature's run before its date once
    "\u3000\u3000一、总体要求\n\u3000\u3000坚持统筹推进。\n上海市住房和城乡建设管理委员会\u3000\u30002021年1月5日",
    # runs of ASCII spaces only (a PDF's text layer spacing its columns), however often after a sentence end
    "第一条 为规范管理。    第二条 本办法适用于全市。    第三条 各区负责实施。    第四条 本办法自发布之日起施行。",
    # runs after sentence ends fewer than three times
    "一、总体要求。\u3000\u3000二、重点任务。\u3000\u3000三、保障措施",
])
def test_a_text_that_shows_no_paragraphs_joined_by_their_indents_keeps_its_lines(text):
    assert indent_runs_as_breaks(text) == text


def test_a_label_spaced_to_a_width_is_no_indent():
    page = "标\u3000\u3000题:关于做好工作的通知\n" + "。\u3000\u3000".join(["一、总体要求", "二、重点任务", "三、保障措施", "四、附则"])
    assert indent_runs_as_breaks(page).split("\n")[0] == "标\u3000\u3000题:关于做好工作的通知"


def test_on_a_page_joined_by_spaces_a_short_lines_signature_date_and_number_stand_alone():
    # a site's merged <p>s (merged_paragraphs): the signature's block runs on after the attachment line, its date and the
    # site's links after it, on a line with no sentence end; a field's value (`发文字号: 国办发〔2018〕108号`) stays
    page = "\n".join(["关于转发的通知",
                      "为落实要求,现将通知转发给你们。 一、加强学习。各单位要认真学习。" + "切实增强工作责任感和紧迫感。" * 10 +
                      " 二、明确分工。各单位要抓紧落实。" + "做好方案的详细论证和研究比选工作。" * 5 + " 三、强化督查。按期报送。",
                      "上海市发展和改革委员会 2021年1月5日 相关附件 方案.pdf",
                      "标题: 关于转发的通知 发文字号: 国办发〔2018〕108号"])
    lines = cut_flat_page(page).split("\n")
    assert {"上海市发展和改革委员会", "2021年1月5日", "相关附件 方案.pdf"} <= set(lines)
    assert "标题: 关于转发的通知 发文字号: 国办发〔2018〕108号" in lines
