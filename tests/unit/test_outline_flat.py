"""Items of a body stored as one line (a scraper's CSV field that lost its line breaks)."""
import pytest

from pipeline.document import Document
from pipeline.outline import segment
from pipeline.outline.flat import item_starts, runs_articles_together

# govprc_0010 (国发〔1987〕26号), items 一、…四、 as the CSV field stores them
GOVPRC_0010 = ("现将石油部、国家计委、国家经委、财政部关于天然气包干的具体办法报告如下:一、包干指标。国家对石油部"
               "天然气商品量实行常数包干,包干基数为每年一百零八亿立方米,由国家计委统一分配。二、包干时间。从一九八七年"
               "至一九九○年。三、超包干部分的天然气,由石油部按照国家规定的价格安排销售,所得收入作为专项基金——勘探开发"
               "基金。四、超包干基数的外供商品气量,除按国家规定上交能源交通重点建设基金外,如数返还。")
# govprc_0016 (国办函〔1997〕32号): (一)…(三) nested under 一、
GOVPRC_0016 = ("经国务院领导同志批准,现函复如下:一、鉴于石油天然气企业生产建设的特殊性,对其缴纳耕地造地费执行以下政策:"
               "(一)滚动勘探开发项目,包括油、气井场用地,报国家土地管理局备案。(二)其他非直接用于生产建设的项目,"
               "可以逐项上报申请免缴耕地造地费。(三)一般性建设项目用地,不得占用基本农田保护区耕地,应按规定缴纳耕地造地费。"
               "二、为切实保护耕地,努力实现耕地总量动态平衡,石油天然气企业要节约用地。")


def _doc(body: str, head: str = "国务院关于天然气商品量常数包干办法的通知国发〔1987〕26号各省、自治区、直辖市人民政府:") -> Document:
    doc = Document(source_file="a.txt", raw="")
    doc.text = head + body
    doc.body_start, doc.body_end = len(head), len(doc.text)
    return doc


def _assert_cut_before(text: str, labels: list[str]) -> None:
    """item_starts cuts `text` before each of `labels` (the text each cut opens with), in order, and nowhere else."""
    starts = item_starts(text)
    assert [text[i:i + len(label)] for i, label in zip(starts, labels)] == labels
    assert len(starts) == len(labels)


def test_items_of_a_one_line_body_are_cut_before_each_label_in_sequence():
    doc = _doc(GOVPRC_0010)
    segment(doc)
    assert [(t.path, t.heading) for t in doc.tasks] == [
        ("1", "包干指标"), ("2", "包干时间"), ("3", "超包干部分的天然气,由石油部按照国家规定的价格安排销售,所得收入作为专项基金——勘探开发基金"),
        ("4", "超包干基数的外供商品气量,除按国家规定上交能源交通重点建设基金外,如数返还")]
    assert doc.text[doc.tasks[1].char_start:].startswith("二、包干时间")


def test_a_list_restarting_under_each_item_nests():
    doc = _doc(GOVPRC_0016)
    segment(doc)
    assert [t.path for t in doc.tasks] == ["1", "1.1", "1.2", "1.3", "2"]


def test_labels_out_of_sequence_or_after_no_sentence_end_are_text():
    # a cited article and 一、二级 follow no sentence end; a lone 一、 is no list
    text = "按《矿产资源法》第十五条的规定办理,一、二级医院不在此列。" * 20
    assert item_starts(text) == []
    assert item_starts("。一、二级医院参照执行。" + "其他医院按规定执行。" * 40) == []
    # 三、 before any 二、 is out of sequence
    assert len(item_starts("如下:一、甲。三、乙。二、丙。" + "丁。" * 200)) == 2


def test_a_heading_run_into_its_first_sub_item_is_cut_before_it():
    # govprc_0008 (国函〔1993〕8号): the heading line 二、扩大…政策 lost its break before (一)
    body = ("现批复如下:一、扩大陆上石油对外合作的地区和区块同意这次扩大陆上石油对外合作分两种类型进行。第一类是有找油前景、"
            "地质条件比较复杂的地区,由我与外国石油公司进行风险勘探与合作开发。二、扩大陆上石油对外合作的政策(一)陆上石油"
            "对外合作的方式,原则上采取招标的办法进行,也可进行双边谈判签约。(二)关于陆上石油对外合作进出口物资管理和征免税"
            "问题,财政部、海关总署要参照海洋石油对外合作的办法,制定陆上石油对外合作进出口货物征免税的规定。(三)陆上石油"
            "对外合作的地区、面积,可分几轮对外招标。")
    doc = _doc(body)
    segment(doc)
    assert [(t.path, t.heading) for t in doc.tasks][1:3] == [
        ("2", "扩大陆上石油对外合作的政策"), ("2.1", "陆上石油对外合作的方式,原则上采取招标的办法进行,也可进行双边谈判签约")]
    assert [t.path for t in doc.tasks] == ["1", "2", "2.1", "2.2", "2.3"]
    # govcn_0018 and realestate_0030 as a scraper would flatten them: (一) and 1. under a heading
    body = ("现就有关问题通知如下:一、关于黄金生产企业的税收问题对黄金生产企业继续免征增值税。二、关于理顺黄金工业投资渠道问题"
            "(一)从1996年起,新开工项目由中国人民建设银行贷款;续建项目,过去由哪家银行贷款,今后仍由其安排贷款。(二)“九五”期间,"
            "固定资产投资规模每年仍按10亿元安排,所需资金由有关专业银行筹措解决。")
    assert [t.path for t in segment_flat(body)] == ["1", "2", "2.1", "2.2"]
    body = ("现将有关事项通知如下:一、规范住房公积金补缴单位合并、分立、撤销、破产、解散或者改制的,应当为职工补缴以前欠缴或者少缴"
            "的住房公积金。二、调整住房公积金部分提取政策1.取消购买商住两用住房、公寓的提取条件。2.取消“职工本人、配偶、子女以及"
            "夫妻双方父母因重大伤病等事件,造成家庭生活特别困难”的提取条件。3.异地购买房屋提供的购房款不动产税票或增值税发票由近1年"
            "的放宽为近3年的。")
    assert [t.path for t in segment_flat(body)] == ["1", "2", "2.1", "2.2", "2.3"]
    # a heading with punctuation before the label is a sentence: its (一) is inline (no sentence end, no cut)
    text = "如下:一、关于补贴,按(一)类标准执行。二、其他。" + "丁。" * 100
    assert item_starts(text) == [text.index("一、"), text.index("二、")]


def segment_flat(body: str) -> list:
    doc = _doc(body)
    segment(doc)
    return doc.tasks


def test_a_body_of_many_lines_is_left_alone():
    body = "\n".join(["现通知如下:一、甲项工作要抓紧。二、乙项工作要落实。" + "丙。" * 200] * 3)
    doc = _doc(body)
    segment(doc)
    assert doc.tasks == []


def test_an_attached_document_after_fu_in_a_one_line_body_takes_the_attachment_prefix():
    # govprc_0007: the 批复 carries the 请示 it answers after 附:, its signature between them
    body = ("国务院同意石油部《关于与外国石油公司在我海域合作进行地球物理勘探工作有关问题的请示》,请各有关地区和部门"
            "密切合作,认真研究办理。附:石油部关于与外国石油公司在我海域合作进行地球物理勘探工作有关问题的请示国务院"
            "一九七九年四月二十六日关于与外国石油公司在我海域合作进行地球物理勘探工作有关问题的请示国务院:经国务院批准,"
            "现将有关问题报告如下:一、为精确测定地震勘探船在海上工作的位置,需设立若干无线电定位台站。二、在地震勘探"
            "工作进行期间,外国石油公司需在我沿海有关城市设联络小组。三、需请沿海有关省、市、自治区安排临时停靠的港口码头。"
            "以上报告如无不妥,请批示。石油工业部一九七九年三月三十日")
    doc = _doc(body)
    segment(doc)
    assert [t.path for t in doc.tasks] == ["附件1.1", "附件1.2", "附件1.3"]
    # govprc_0018: 附件: names the attachment, the signature follows, then 附件: and its body
    body = ("同意建立由公安部牵头的全国油气田及输油气管道安全保护工作部际联席会议制度。请按照有关文件精神,认真组织开展"
            "工作。附件:全国油气田及输油气管道安全保护工作部际联席会议制度国务院二○○四年十一月四日附件:全国油气田及输油气"
            "管道安全保护工作部际联席会议制度为切实加强对全国油气田及输油气管道安全保护工作的组织领导,建立联席会议制度。"
            "一、联席会议职能。统筹研究全国油气田及输油气管道安全保护工作。二、联席会议成员单位。联席会议由公安部等部门组成。")
    doc = _doc(body)
    segment(doc)
    assert [t.path for t in doc.tasks] == ["附件1.1", "附件1.2"]
    # an attachment named inside a sentence (详见附件:) is no marker
    doc = _doc("现将有关事项通知如下:一、申报范围详见附件:申报表。二、各地要按时报送材料。" + "请认真执行。" * 30)
    segment(doc)
    assert [t.path for t in doc.tasks] == ["1", "2"]


# doc_0001 (sixth): 安顺市市级储备粮管理办法 as its page stores it, the rules' title run into 第一章
ANSHUN_GRAIN = ("现将《安顺市市级储备粮管理办法》印发给你们,请认真抓好贯彻落实。安顺市人民政府2023年9月5日(此件公开发布)"
                "安顺市市级储备粮管理办法第一章  总    则第一条  为加强市级储备粮管理,结合安顺实际,制定本办法。"
                "第二条  本办法所称市级储备粮,是指市人民政府储备用于调节全市粮食供需平衡的原粮、成品粮和食用植物油等。"
                "第三条  本市行政区域内市级储备粮的计划、储存、轮换、动用和监督管理等活动,适用本办法。"
                "第二章  计    划第四条  按照省下达我市地方储备粮规模,制定市级储备粮收储计划,报市人民政府批准后执行。"
                "第五条  各县(区)人民政府应当按照规定建立3天市场供应量的成品粮油储备。"
                "第三章  储    存第六条  承储企业不得有下列行为:(一)虚报、瞒报储备粮数量;(二)以低价购进高价入账。"
                "第七条  承储企业被依法撤销的,按照本办法第六条的要求调出另储。")


def test_chapters_of_a_one_line_body_are_cut_and_their_articles_nest_under_them():
    doc = _doc(ANSHUN_GRAIN)
    segment(doc)
    assert [(t.label, t.path) for t in doc.tasks] == [
        ("第一章", "1"), ("第一条", "1.1"), ("第二条", "1.2"), ("第三条", "1.3"),
        ("第二章", "2"), ("第四条", "2.4"), ("第五条", "2.5"),
        ("第三章", "3"), ("第六条", "3.6"), ("(一)", "3.6.1"), ("(二)", "3.6.2"), ("第七条", "3.7")]
    assert doc.tasks[0].heading.replace(" ", "") == "总则"


def _joined(path: str, chapters: int) -> tuple[str, str]:
    """The rules' chapters as published (one line each) and as one line without breaks."""
    lines = [ln.removeprefix("## ").strip() for ln in open(path, encoding="utf-8").read().splitlines()]
    first = next(i for i, ln in enumerate(lines) if ln.startswith("第一章"))
    stop = next(i for i, ln in enumerate(lines) if ln.startswith(f"第{'一二三四五六七八九十'[chapters]}章"))
    kept = [ln for ln in lines[first:stop] if ln]
    return "\n".join(kept), "".join(kept)


def test_rules_joined_into_one_line_keep_the_outline_of_their_published_lines():
    # two Beijing/Hangzhou regulations with chapters, joined the way a CSV field loses its breaks
    for path, chapters in (("tests/real/corpus/lawref_0004.txt", 2), ("tests/real/corpus/lawref_0016.txt", 3)):
        published, one_line = _joined(path, chapters)
        by_lines, flat = _doc(published, head="关于印发办法的通知各区人民政府:"), _doc(one_line, head="关于印发办法的通知各区人民政府:")
        segment(by_lines), segment(flat)
        labels = [(t.label, t.path) for t in flat.tasks]
        assert labels == [(t.label, t.path) for t in by_lines.tasks], path
        assert sum(label.endswith("章") for label, _ in labels) == chapters


def test_a_chapter_heading_pairing_words_or_holding_a_bracket_runs_into_its_first_article():
    # headings as published: thirteenth T_03 (广安 奖励办法), third med_0021, thirteenth V_02, real lawref_0008
    body = ("广安市参加四川省第十四届运动会奖励办法第一章 总则第一条 为激励我市全体教练员、运动员刻苦训练,制定本办法。"
            "第二条 本办法适用于参加省十四运会的有功人员和单位。"
            "第二章 运动员(队)的奖励第三条 对获得单项项目前8名的运动员,市财政给予奖励。"
            "第四条 对获得集体项目前8名的运动队给予奖励。"
            "第三章 放射性药品的生产、经营和进出口第五条 放射性药品生产、经营企业,必须向能源部报送年度生产、经营计划。"
            "第四章 其他有功人员、单位的奖励第六条 对成绩突出的训练单位工作团队给予奖励。"
            "第五章 检验、检测与安全评估第七条 特种设备使用单位应当按照安全技术规范的要求进行检验。")
    doc = _doc(body)
    segment(doc)
    assert [(t.label, t.path) for t in doc.tasks] == [
        ("第一章", "1"), ("第一条", "1.1"), ("第二条", "1.2"), ("第二章", "2"), ("第三条", "2.3"), ("第四条", "2.4"),
        ("第三章", "3"), ("第五条", "3.5"), ("第四章", "4"), ("第六条", "4.6"), ("第五章", "5"), ("第七条", "5.7")]
    assert [t.heading for t in doc.tasks if t.label.endswith("章")][1:4] == [
        "运动员(队)的奖励", "放射性药品的生产、经营和进出口", "其他有功人员、单位的奖励"]


def test_a_cited_chapter_or_article_in_running_text_is_no_cut():
    text = ("依照本条例第二章第五条规定的程序办理,按照本办法第三章的要求执行。" * 20)
    assert item_starts(text) == []


# the pingtan.gov.cn crawl's page.txt (tests/real/seventh/unlabelled/pingtan_2605.txt): the crawler's
# header lines, then the page on one line with nothing between its paragraphs
CRAWL_HEADER = ("标题: 关于印发平潭综合实验区畜禽养殖场整治拆除补偿方案的通知\n发布时间: 2015-05-28 10:00\n文号: \n"
                "发布机构: 中国平潭\n栏目: 区管委会办公室文件\n==================== 正文 ====================\n")
PINGTAN_2605 = ("当前位置: 首页政务公开最新文件区管委会办公室文件 关于印发平潭综合实验区畜禽养殖场整治拆除补偿方案的通知 时间:"
                "2015-05-28 10:00 微信 微博 QQ空间 岚综管办〔2015〕93号平潭综合实验区管委会办公室关于印发平潭综合实验区畜禽养殖场"
                "整治拆除补偿方案的通知区直各单位,各片区开发管理局,各乡镇人民政府:《平潭综合实验区畜禽养殖场整治拆除补偿方案》经区"
                "管委会2015年第11次主任办公会议研究通过,现印发给你们,请认真贯彻执行。平潭综合实验区管委会办公室2015年5月26日"
                "平潭综合实验区畜禽养殖场整治拆除补偿方案为切实解决我区畜禽养殖污染问题,特制定《平潭综合实验区畜禽养殖场整治拆除"
                "补偿方案》。一、适用范围本方案适用于列入我区畜禽养殖污染整治拆除范围的畜禽养殖场(户)。整治拆除不涉及土地征用。"
                "二、养殖场拆除补偿标准(一)畜禽活体补偿标准(单位:元)序号畜禽种类单位补偿单价备注1成年公猪头800不含后备"
                "(三)畜禽养殖设施设备补偿标准畜禽养殖配套的所有设施设备的补偿,统一按150元/平方米给予补偿。三、乡镇工作经费及"
                "统筹资金另外安排各乡镇辖区内拆除补偿资金总额的10%,作为各乡镇工作经费及统筹资金。四、补偿资金兑现(一)拆除协议"
                "签订后预拨补偿资金的40%,拆除完毕后拨付补偿资金的60%。(二)乡镇工作经费及统筹资金,在乡镇完成全部拆除任务后拨付。"
                "五、解释本方案由区畜禽养殖污染整治工作领导小组办公室负责解释。 来源:中国平潭 附件下载")


def test_a_page_on_one_line_under_a_crawlers_header_lines_is_cut_like_a_one_line_body():
    doc = _doc(PINGTAN_2605, head=CRAWL_HEADER)
    segment(doc)
    assert [(t.path, t.label) for t in doc.tasks] == [
        ("1", "一、"), ("2", "二、"), ("2.1", "(一)"), ("3", "三、"), ("4", "四、"), ("4.1", "(一)"), ("4.2", "(二)"), ("5", "五、")]
    # (三) follows a table's last cell, not a sentence end: text of (一), as the rule for one-line bodies says
    item = next(t for t in doc.tasks if t.path == "2.1")
    assert "(三)畜禽养殖设施设备" in doc.text[item.char_start:item.char_end]


# seventh doc_0027 (the pingtan.gov.cn crawl's page.txt, shortened): spaces join the page's head blocks,
# nothing joins the plan's items, and the attached 分工表 is flattened with nothing between its cells
PINGTAN_4743 = (
    "标题: 平潭综合实验区管委会印发平潭综合实验区2016年生态环境保护工作要点的通知\n发布时间: 2016-03-31 15:06\n文号: \n"
    "==================== 正文 ====================\n"
    "当前位置: 首页政务公开最新文件区管委会文件 平潭综合实验区管委会印发平潭综合实验区2016年生态环境保护工作要点的通知 "
    "时间:2016-03-31 15:06 微信 微博 QQ空间 岚综管综〔2016〕62号 平潭综合实验区管委会印发平潭综合实验区2016年生态环境保护工作"
    "要点的通知 区直各单位,各片区开发管理局,各乡镇人民政府:《平潭综合实验区2016年生态环境保护工作要点》已经区管委会研究通过,"
    "现印发给你们,请认真贯彻执行。 平潭综合实验区管委会 2016年3月30日平潭综合实验区2016年生态环境保护工作要点 "
    "党中央、国务院、省委、省政府高度重视我区生态环境保护工作。特制定我区2016年生态环境保护工作要点。具体如下:"
    "一、深入推进生态文明建设。建立生态文明建设领导机制,3月份成立我区生态文明建设领导小组,建立生态文明建设联席会议制度。"
    "二、分解、推动2016年生态环保目标责任的落实。将我区党政领导与省委、省政府签订的2016年生态环保目标责任逐项分解细化到具体"
    "乡镇、区直部门,明确时间节点。三、开展三十六脚湖等饮用水源地环境综合整治。实施三十六脚湖核心区内居民搬迁。"
    "6月份前完成三十六脚湖水体生态修复工程、岸带修复工程。 附件:2016年平潭综合实验区生态环境保护工作要点分工表 "
    "附件2016年平潭综合实验区生态环境保护工作要点分工表 序号主要工作任务具体工作措施完成时限主要责任单位任务来源"
    "1推进生态文明建设1、建立生态文明建设领导机制,成立我区生态文明建设领导小组3月区经发局区环土局1、平潭综合实验区2016年"
    "工作要点(岚综委〔2016〕5号)2、福建省生态文明体制改革实施方案(闽委发〔2015〕24号) 2、制定《关于加强平潭综合实验区"
    "生态环境保护工作的实施方案》,并报省生态文明建设领导小组办公室6月区环土局 3、组织编制我区生态文明建设规划12月区环土局"
    "4、实施我区生态保护红线控制专项规划,出台具体的红线管控配套措施12月区规划局区经发局区环土局 1、平潭综合实验区2016年省政府"
    "“立项挂牌办理”任务分解表(岚综管办〔2016〕20号)2、2016年生态环保目标责任书 注:主要责任单位第一个为"
    "牵头单位,其余为主要配合单位。 平潭综合实验区管委会办公室 2016年3月30日印发 来源:中国平潭 附件下载")


def test_items_joined_by_nothing_on_a_page_stored_as_one_line_are_cut_and_its_table_cells_are_no_items():
    from pipeline.run import process_text
    doc = process_text(PINGTAN_4743)
    assert doc.one_line_page
    assert [(t.path, t.label, t.heading) for t in doc.tasks] == [
        ("1", "一、", "深入推进生态文明建设"), ("2", "二、", "分解、推动2016年生态环保目标责任的落实"),
        ("3", "三、", "开展三十六脚湖等饮用水源地环境综合整治")]
    # the table's rows (their months, their units) belong to the last item, as readers place them
    assert doc.path_at(doc.text.index("3月区经发局")) == "3"
    assert doc.path_at(doc.text.index("12月区规划局")) == "3"


# tests/real/seventh/unlabelled/pingtan_2605.txt: two compensation tables flattened inside (一) and (二),
# each closed by the next item's label run on after its last cell
PINGTAN_2605_TABLES = (
    "二、养殖场拆除补偿标准(一)畜禽活体补偿标准(单位:元)序号畜禽种类单位补偿单价备注1成年公猪头800不含后备2成年母猪头400"
    "不含后备3仔猪、商品猪头2004产蛋鸡(鸭)羽12不含育雏、育成5肉鸡、肉鸭只46肉羊头200(二)畜禽栏舍建筑物补偿标准(单位:元/平方米)"
    "序号畜禽舍建筑物类别补偿单价1砖混结构2502砖木结构1803简易结构100(三)畜禽养殖设施设备补偿标准畜禽养殖配套的所有设施设备的"
    "补偿,按照畜禽栏舍面积实行包干制,统一按150元/平方米给予补偿。三、乡镇工作经费及统筹资金另外安排各乡镇辖区内拆除补偿资金"
    "总额的10%,作为各乡镇工作经费及统筹资金。")


def test_a_label_continuing_its_list_after_a_flattened_tables_last_cell_ends_the_table():
    text = "特制定本方案。一、适用范围本方案适用于列入我区畜禽养殖污染整治拆除范围的畜禽养殖场(户)。" + PINGTAN_2605_TABLES
    labels = [text[i:i + 3] for i in item_starts(text)]
    assert labels == ["一、适", "二、养", "(一)", "(二)", "(三)", "三、乡"]
    # a cell's own number (`1、` in a 分工表, `2成年母猪`) after the table's head is no item, even after a
    # sentence end; nor is a label that does not continue its list exactly
    table = ("。一、推进生态文明建设。二、分解目标责任。附件 序号主要工作任务具体工作措施完成时限1推进生态文明建设。1、建立生态文明"
             "建设领导机制3月区经发局。2、制定实施方案6月区环土局。四、加强生态保护。三、开展环境综合整治。")
    assert [table[i:i + 2] for i in item_starts(table)] == ["一、", "二、", "三、"]


# eighth doc_0033 and doc_0036 (the pingtan.gov.cn crawl, two notices): each task closes with its units run on,
# the next label right after the last name; headings run into their first sub-item
PINGTAN_13908 = (
    "现制定本实施方案。一、总体目标紧紧围绕台湾“基层一线、青年一代”,做大做强两个园区台企、台胞总量。二、澳前台湾小镇工作任务"
    "根据澳前台湾小镇2019年工作目标,推动澳前台湾小镇2019年工作取得新突破。(一)多项产业协同发展,助推小镇人气集聚1.设置离岛"
    "免税商城(过渡点)。将澳前台湾小镇外水果批发市场楼作为离岛免税临时商场。牵头单位:区免税办责任单位:区交通集团、两岸发展公司"
    "配合单位:区财金局、旅发委、经发局、市场监管局,平潭海关2.打造夜景灯光秀项目。设计开发澳前台湾小镇夜景灯光秀项目。"
    "牵头单位:区交通集团责任单位:两岸发展公司配合单位:区旅发委、财金局、交建局、规划局(二)精心谋划,优化提升小镇业态布局"
    "1.缩小海关监管围网。申请将海关监管围网进行收缩。牵头单位:平潭海关责任单位:区两岸发展公司三、台湾创业园工作任务根据"
    "2019年工作任务目标,构建良性创业生态圈。(一)腾笼换鸟、优化区块功能1.腾笼换鸟。搬迁至金井湾商务运营中心办公。"
    "责任单位:区两岸发展公司四、保障措施(一)强化组织领导。成立工作领导小组。")
PINGTAN_13907 = (
    "制定本工作方案。一、指导思想以习近平新时代中国特色社会主义思想为指导。二、组织领导领导小组办公室设在区税务局。三、工作任务"
    "(一)全面落实减税政策。认真贯彻落实普惠性减税和结构性减税相结合的政策措施。1.认真贯彻落实深化增值税改革措施。做好政策"
    "公开。责任单位:区税务局配合单位:区财金局2.贯彻落实综合与分类相结合的个人所得税改革措施。做好个人所得税税收征管。"
    "责任单位:区税务局配合单位:区财金局(二)落实好国家出台的更为明显的降费措施。落实好阶段性降低社会保险费率政策。"
    "责任单位:区税务局、财金局、经发局、社会事业局、市场监督管理局、行政审批局(三)统筹做好全区收支执行。严格依法征管。"
    "责任单位:区税务局配合单位:区财金局四、保障措施(一)加强协作,形成合力。各部门之间要建立健全沟通协调机制。"
    "(二)加强宣传,营造氛围。创新宣传方式。")


def test_a_label_run_on_after_a_list_of_units_or_a_heading_starts_its_item():
    labels = [PINGTAN_13908[i:i + 4] for i in item_starts(PINGTAN_13908)]
    assert labels == ["一、总体", "二、澳前", "(一)多", "1.设置", "2.打造", "(二)精", "1.缩小", "三、台湾", "(一)腾",
                      "1.腾笼", "四、保障", "(一)强"]
    labels = [PINGTAN_13907[i:i + 4] for i in item_starts(PINGTAN_13907)]
    assert labels == ["一、指导", "二、组织", "三、工作", "(一)全", "1.认真", "2.贯彻", "(二)落", "(三)统", "四、保障",
                      "(一)加", "(二)加"]
    # a label out of sequence after a list of units (四、 after 二、) and a bracket in a heading's sentence are no items
    text = ("工作如下。一、推进建设。做好工作。牵头单位:区教育局二、强化保障。做好工作。责任单位:区财金局四、其他。"
            "二、关于补贴,按(一)类标准执行。")
    assert [text[i:i + 2] for i in item_starts(text)] == ["一、", "二、"]


def test_a_higher_list_opening_after_the_outermost_one_shows_it_was_an_enumeration_in_the_text():
    # eighth doc_0037 (the pingtan.gov.cn crawl): the notice's paragraph enumerates its totals (1. 2.) before its
    # own outline 一、 二、 三、, whose headings (a year in them) run into their 1.
    text = ("下达我区2016年保障性安居工程建设目标任务为:1.新开工2912套(其中城市棚户区改造2912套);2.基本建成1754套。"
            "结合我区各安置小区建设实际情况,提出如下要求:一、2016年新开工建设目标任务1.中原安置小区(五组团)1052套,"
            "责任单位:平潭综合实验区国有资产投资发展有限公司;2.吉钓安置小区1860套。二、2016年基本建成目标任务1.流水安置"
            "小区(C区南片)1181套。三、其它要求1.务必高度重视。做好工作。2.务必尽快启动。做好工作。")
    assert [text[i:i + 4] for i in item_starts(text)] == [
        "一、20", "1.中原", "2.吉钓", "二、20", "1.流水", "三、其它", "1.务必", "2.务必"]
    # a lone 一、 after such a list (`一、二级医院`) opens no list: the enumeration stays the outline
    text = "工作要求如下:1.加强基础设施建设。2.提高服务质量。一、二级医院要做好转诊工作。3.完善保障机制。"
    assert [text[i:i + 2] for i in item_starts(text)] == ["1.", "2.", "3."]


def test_an_articles_heading_run_into_its_first_item_is_cut_before_it():
    # eighth doc_0035 (平潭 知识产权发展专项资金管理暂行办法, stored on one line)
    # (its articles renumbered from 第一条: a one-line body's list opens at 1)
    text = ("制定本办法。第一条 有下列情形之一的,不得申请专项资金资助奖励。第二条 专利申请及授权、PCT专利申请、国外专利授权及计算机软件"
            "著作权登记费用的奖励标准(一)对单位申请中国发明、实用新型、外观设计专利的,每件分别奖励2000元、1000元、500元;"
            "(二)通过PCT程序提出专利国际申请的每件奖励人民币5000元;第三条 驰名商标注册资助奖励标准按照有关文件标准执行。")
    assert [text[i:i + 3] for i in item_starts(text)] == ["第一条", "第二条", "(一)", "(二)", "第三条"]


# eighth doc_0002 (国务院令第693号, a gov.cn scrape): each chapter's articles run together on one line under its
# chapter's heading line, the (一)(二) lists after 下列情形之一的…: with them
EPT_REGULATION = (
    "第一章 总 则\n"
    "第一条 根据《中华人民共和国环境保护税法》(以下简称环境保护税法),制定本条例。第二条 环境保护税法所附《环境保护税"
    "税目税额表》所称其他固体废物的具体范围,依照环境保护税法第六条第二款规定的程序确定。第三条 达到省级人民政府确定的"
    "规模标准并且有污染物排放口的畜禽养殖场,应当依法缴纳环境保护税。\n"
    "第二章 计税依据\n"
    "第四条 应税固体废物的计税依据,按照固体废物的排放量确定。第五条 纳税人有下列情形之一的,以其当期应税固体废物的产生量"
    "作为固体废物的排放量:(一)非法倾倒应税固体废物;(二)进行虚假纳税申报。第六条 依照环境保护税法第十三条的规定减征环境"
    "保护税的,应当对每一排放口排放的不同应税污染物分别计算。")


def test_a_body_whose_lines_run_articles_together_is_cut_before_each_article_in_sequence():
    doc = _doc(EPT_REGULATION, head="中华人民共和国环境保护税法实施条例\n")
    segment(doc)
    assert [(t.label, t.path) for t in doc.tasks] == [
        ("第一章", "1"), ("第一条", "1.1"), ("第二条", "1.2"), ("第三条", "1.3"),
        ("第二章", "2"), ("第四条", "2.4"), ("第五条", "2.5"), ("(一)", "2.5.1"), ("(二)", "2.5.2"), ("第六条", "2.6")]
    assert doc.tasks[2].heading.startswith("环境保护税法所附《环境保护税税目税额表》所称")


@pytest.mark.parametrize("line,run_on", [
    # three notices whose articles run on after a sentence end: eighth doc_0002, sixth doc_0001 (安顺), eighth doc_0035 (平潭)
    ("第一条 根据《中华人民共和国环境保护税法》(以下简称环境保护税法),制定本条例。第二条 环境保护税法所附…", True),
    ("第一条 为加强市级储备粮管理,结合安顺实际,制定本办法。第二条  本办法所称市级储备粮,是指…", True),
    ("第一条 为加强知识产权工作,结合我区实际,特制定本办法。第二条 本办法所称知识产权发展专项资金,是指…", True),
    # articles cited, not run on: after no sentence end, or continued by the citation
    ("第三条 环境保护税法第五条第一款、第十二条第一款第三项规定的城乡污水集中处理场所,是指…", False),
    ("第十六条 承储企业被依法撤销的,按照本办法第十七条的要求调出另储。", False),
    ("第十六条 税务机关应当交送下列信息。第十七条所称应税污染物排放地是指所在地。", False),
    # one article run on after the line before (seventh doc_0020, a PDF page join): no sequence in the line
    ("单建地下空间。 第四条 地下空间开发利用管理应当贯彻统一规划、综", False),
])
def test_a_line_runs_articles_together_when_it_holds_two_in_sequence_after_a_sentence_end(line, run_on):
    assert runs_articles_together(line) is run_on


@pytest.mark.parametrize("body,headings", [
    # seventh doc_0025 (the 平潭 crawl's page on one line): 一、 and 二、's heading lines ran into their paragraphs
    ("现根据《平潭综合实验区环境卫生设施专项规划》,结合我区实际情况,特制定本实施方案。一、工作原则遵循环卫设施专项规划,按照环卫设施"
     "配置合理化的原则,切实建立健全城乡统筹的垃圾处理体系。二、工作目标根据国家和省有关环卫设施设置标准,结合全区建成区的面积、人口"
     "和交通情况,新建垃圾转运站20座。", ["工作原则", "工作目标"]),
    # third govprc_0003 (a State Council text stored as one CSV field)
    ("经国务院同意,建立金属非金属矿山整顿工作部际联席会议制度。一、主要职能在国务院领导下,研究、指导金属非金属矿山整顿关闭工作,"
     "协调有关重大事项。二、成员单位联席会议由安全监管总局、发展改革委等9个部门组成。三、工作要求各成员单位要按照职责分工,主动研究"
     "有关问题。", ["主要职能", "成员单位", "工作要求"]),
    # the paragraph opens on its subject or its verb, no preposition between (third govprc_0005, a State Council 意见 as
    # one CSV field; thirteenth T_01, a 广安 policy as one JSON field; extra shgov_0036's page with its breaks lost)
    ("经国务院同意,现提出如下意见:一、建立和完善煤炭行业管理工作协调机制煤炭行业管理涉及面广,工作复杂。二、调整国务院相关部门职能"
     "加强煤炭行业管理,既要加强宏观管理,也要加强安全基础管理。三、明确和加强国务院相关部门职责加强煤炭行业管理,要在宏观政策等"
     "多方面采取措施。", ["建立和完善煤炭行业管理工作协调机制", "调整国务院相关部门职能", "明确和加强国务院相关部门职责"]),
    ("现将有关政策通知如下:一、适用范围新引进外来广安投资,符合我市产业发展规划的企业。二、通行证办理范围作为重点的政府储备物资、"
     "能源与大宗商品的运输车辆。", ["适用范围", "通行证办理范围"]),
    # third govprc_0018 (a 批复's attached 制度 on one line): a heading line naming two sections joined by 、, and paragraphs
    # whose sentence runs on past a comma to a ; (no enumeration's entry)
    ("经国务院同意,建立全国油气田及输油气管道安全保护工作部际联席会议制度。一、联席会议职能联席会议在国务院领导下,统筹研究安全保护工作,提出有关"
     "政策建议;统筹部署安全保护工作。二、联席会议成员单位联席会议由公安部、中央综治办、发展改革委组成。三、联席会议工作规则联席会议"
     "每年召开一次例会。四、联席会议联络员工作组职责、工作规则联席会议下设联络员工作组,负责通报安全保护形势;分析研究突出问题。",
     ["联席会议职能", "联席会议成员单位", "联席会议工作规则", "联席会议联络员工作组职责、工作规则"]),
    # a 、 between two section nouns (a subsidy notice's heading line, its paragraph run on after it)
    ("现将有关事项通知如下:一、补贴范围、补贴标准本市户籍的新就业高校毕业生,每人每月可领取500元租房补贴。二、补贴方式补贴资金"
     "按月发放至个人账户。", ["补贴范围、补贴标准", "补贴方式"]),
    # an enumeration's entries closing with ; and no comma keep their headings whole (eighth doc_0002's list of 信息)
    ("环境保护主管部门应当交送下列信息:(一)排污单位基本信息;(二)排污单位环境违法和受行政处罚情况;(三)其他信息。",
     ["排污单位基本信息", "排污单位环境违法和受行政处罚情况", "其他信息"]),
    # ... and so do entries running past a comma to their closing ; (thirteenth T_05's conditions, P_02's 情形)
    ("申报单位须符合下列条件之一:(一)项目申报单位建设的数字化转型产品满足遴选标准,并支撑10家以上企业数字化转型;(二)项目申报单位"
     "建设的数字化转型平台被评选为国家级平台,且服务企业100家以上;(三)其他情形。",
     ["项目申报单位建设的数字化转型产品满足遴选标准,并支撑10家以上企业数字化转型",
      "项目申报单位建设的数字化转型平台被评选为国家级平台,且服务企业100家以上", "其他情形"]),
    # a list whose items are sentences keeps them whole, though one opens as a heading line might (施工单位 + a clause)
    ("现通知如下:一、施工单位现场扬尘治理措施落实到位,确保达标。二、本通知自印发之日起施行,有效期五年,由市住房和城乡建设局"
     "负责解释。", ["施工单位现场扬尘治理措施落实到位,确保达标", "本通知自印发之日起施行,有效期五年,由市住房和城乡建设局负责解释"]),
    # a heading that is a sentence keeps it: a comma before the noun, or a copula after it (为 + no purpose verb)
    ("现通知如下:一、放宽旅游从业人员限制,允许台湾旅游从业人员持证书按规定范围在平潭执业。二、补贴标准为每人每月500元,按季度发放。",
     ["放宽旅游从业人员限制,允许台湾旅游从业人员持证书按规定范围在平潭执业", "补贴标准为每人每月500元,按季度发放"]),
    # a heading opening on a verb of action whose sentence closes short, with no comma, is its whole line: its object runs on
    # through nouns that name a section elsewhere (fifth doc_0015's 14., eighth doc_0016's 43./46., third med_0027's (二),
    # eighth doc_0005's 4., each a heading sentence then its paragraph; the dev texts' lines joined with nothing)
    ("现提出如下措施:1.完善企事业单位民主管理制度。依法在企事业单位建立工会组织,健全职工代表大会制度。2.完善标准规范工作机制。提高"
     "标准制定工作的公开性和透明度,保证标准的科学性和公正性。3.强化支付方式意见收集反馈。各统筹地区要重视提升医疗机构的参与度,建立"
     "意见收集和反馈机制。4.鼓励用人单位提供福利性婴幼儿照护服务。发挥工会组织作用,鼓励用人单位通过自建自营方式举办照护机构。",
     ["完善企事业单位民主管理制度", "完善标准规范工作机制", "强化支付方式意见收集反馈", "鼓励用人单位提供福利性婴幼儿照护服务"]),
    # ... while such a heading line run into a paragraph of its own is cut as before (fourth plan_0031's (一)…(三))
    ("现提出如下措施:(一)完善技术创新机制制定本市未来能源和前沿颠覆性降碳技术战略规划。采取“揭榜挂帅”等机制,推进核心技术攻关。(二)强化"
     "金融支撑机制推进绿色金融产品和工具创新,支持金融机构发展绿色信贷。(三)完善能源市场机制加快推进以现货为核心的电力市场改革,积极探索"
     "开发电力期货等产品。", ["完善技术创新机制", "强化金融支撑机制", "完善能源市场机制"]),
    # a paragraph's opener of two characters or a 上述 pointing back is no part of a heading line (extra shgov_0088's 三、,
    # realestate_0091's 十二、): the item is a sentence and keeps it, and its list its headings
    ("现提出如下意见:一、管理范围本行政区域内工程渣土消纳的备案、设施要求、日常管理适用本意见。二、统筹管理按照“就近原则”和“保障重大"
     "项目和新城建设项目原则”,由区绿化市容局统筹管理区级土方消纳场所。",
     ["管理范围本行政区域内工程渣土消纳的备案、设施要求、日常管理适用本意见",
      "统筹管理按照“就近原则”和“保障重大项目和新城建设项目原则”,由区绿化市容局统筹管理区级土方消纳场所"]),
    ("现提出如下措施:一、工作目标全年新增保障性住房1000套以上。二、上述措施适用于县城规划区范围内商品房开发小区,其中二、三条的措施只能"
     "适用一种。", ["工作目标全年新增保障性住房1000套以上", "上述措施适用于县城规划区范围内商品房开发小区,其中二、三条的措施只能适用一种"]),
    # an article is a sentence, its subject no heading line (tenth Q_04's 第二十四条, eleventh Z_01's 第十五条, lines joined)
    ("第一章 总则第一条 为规范引进毕业生工作,制定本办法。第二条 本办法适用于本市。第二章 附则第三条 本市机关事业单位考录招聘毕业生"
     "有明确规定的,按现行政策执行。第四条 本办法自发布之日起施行。",
     ["总则", "为规范引进毕业生工作,制定本办法", "本办法适用于本市", "附则",
      "本市机关事业单位考录招聘毕业生有明确规定的,按现行政策执行", "本办法自发布之日起施行"]),
    ("第一章 总则第一条 为规范保障性住房管理,制定本办法。第二章 监督管理第二条 市保障办严格审核企事业单位职工申请住房情况,职工应当"
     "主动提供材料。第三条 保障办应加强监督检查。",
     ["总则", "为规范保障性住房管理,制定本办法", "监督管理", "市保障办严格审核企事业单位职工申请住房情况,职工应当主动提供材料",
      "保障办应加强监督检查"]),
])
def test_a_heading_line_run_into_its_paragraph_in_a_one_line_body_ends_where_the_paragraph_opens(body, headings):
    doc = _doc(body + "各单位要按照职责分工抓好落实。" * 8)  # (a one-line body is a long one)
    segment(doc)
    assert [t.heading for t in doc.tasks] == headings


def test_an_articles_caption_run_into_its_text_ends_where_the_text_opens():
    # eighth doc_0035 (平潭's rules on one line): the captions of its 第十七条, 第十八条 and 第二十二条 ran into their first
    # sentences (numbered here from 第二条, under the rules' 第一条, so the excerpt is a list of its own)
    body = ("第一条 为加强知识产权工作,结合我区实际,特制定本办法。"
            "第二条 获国家专利奖和省专利奖奖励标准对获国家专利金奖的项目,每项奖励30万元;获国家专利优秀奖的项目,每项奖励20万元。"
            "第三条 知识产权试点示范企业、知识产权优势企业的奖励标准经认定的区级知识产权试点(示范)的,给予8万元的资金奖励。"
            "第四条 维权援助资助标准按核定后的调处费、诉讼费等费用总支出额,给予不超过50%的援助。")
    doc = _doc(body, head="平潭综合实验区知识产权发展专项资金管理暂行办法\n")
    segment(doc)
    assert [t.heading for t in doc.tasks][1:] == ["获国家专利奖和省专利奖奖励标准", "知识产权试点示范企业、知识产权优势企业的奖励标准",
                                                  "维权援助资助标准"]
    # the same articles with their breaks (not run on): the heading is the text up to the first 。 or ;, as the guide says
    doc = _doc(body.replace("。第", "。\n第"), head="平潭综合实验区知识产权发展专项资金管理暂行办法\n")
    segment(doc)
    assert doc.tasks[3].heading == "维权援助资助标准按核定后的调处费、诉讼费等费用总支出额,给予不超过50%的援助"


# Notes in brackets closing each item (who carries it out), the next label run on after the bracket, as four notices
# from four collections read once their line breaks are lost: ninth doc_0042 (a cq.gov.cn search answer, 〔〕 with a
# bracket inside and ()), fourth plan_0013 (吉林 充换电, a note with no sentence end before it), eighth doc_0016 (福建
# 数字政府, `2. ` spaced: the next test), real realestate_0043 (责任单位: notes after the sentence end).
@pytest.mark.parametrize("text,labels", [
    ("一、持续扩大产品和服务定向消费(一)强化消费协作采购帮扶。切实巩固脱贫攻坚成果。〔市乡村振兴局、17个市级帮扶集团牵头单位和各对口"
     "协同发展区县(自治县,以下简称区县)政府具体负责〕(二)加强预算采购帮扶。鼓励干部职工自发消费脱贫地区农产品。(市财政局、市总"
     "工会和有关区县政府具体负责)(三)鼓励社会力量采购帮扶。引导社会力量持续扩大消费。(市工商联和有关区县政府具体负责)二、加快完善"
     "农产品流通销售体系(一)加强农产品供应链体系建设。畅通农产品流通“微循环”。(市商务委和有关区县政府具体负责)(二)建立产销对接长效"
     "机制。加强合作。(市商务委负责)",
     ["一、", "(一)", "(二)", "(三)", "二、", "(一)", "(二)"]),
    ("(一)加快推进重点区域充换电网络建设。1.加快城际充换电网络建设。确保满足大功率直流充电桩安装条件。(国网省电力公司、省地方电力"
     "有限公司负责)2.加快城市公共领域充换电网络建设。4A级以上景区设立电动汽车公共充电区域(各市、县级政府负责,省文化和旅游厅配合)"
     "3.加快居住区充电网络建设。鼓励居民利用谷段时间进行充电。(各市、县级政府负责,省发展改革委配合)"
     "(二)大力提升运营服务水平。",
     ["(一)", "1.", "2.", "3.", "(二)"]),
    ("一、支持农民进城购房(一)农民购买新建商品住房的,给予1-3个点的折扣优惠。(责任单位:市住建局)(二)政府参照所缴纳契税的额度给予全额"
     "补贴。(责任单位:市财政局)(三)政府以发放家电消费券的方式给予适当补贴。(责任单位:市商务局、市财政局)二、加大金融支持力度。",
     ["一、", "(一)", "(二)", "(三)", "二、"]),
])
def test_a_label_run_on_after_a_note_closing_its_item_starts_an_item(text, labels):
    text = "现提出如下意见。" + text  # (the body's first label after the sentence that introduces it)
    _assert_cut_before(text, labels)


# A note with brackets of another kind inside, closed by ) or ]: fourth plan_0015 (贵州 民间投资, 〔〕 inside ()), sixth doc_0004
# (杭州 OPC, a [] note with () inside), read with their line breaks lost.
@pytest.mark.parametrize("text,labels", [
    ("措施如下:一、支持民间投资(一)支持民营企业参与国有重大制造业项目建设。(责任单位:省工业和信息化厅,各市〔州〕人民政府、各县〔市、区〕"
     "人民政府。以下任务责任单位均包括各市〔州〕人民政府、各县〔市、区〕人民政府,不再列出)(二)扩大特色优势产业民间投资。支持承接产业转移。二、加强要素保障。",
     ["一、", "(一)", "(二)", "二、"]),
    ("任务如下:(一)优化空间布局1.建设OPC创新生态集聚区。到2028年,实现OPC社区建设全市域覆盖。[责任单位:市科技局、市经信局,各区、县(市)"
     "政府。以下均需各区、县(市)政府落实,不再列出]2.建设高品质OPC社区。按照“备案一批、认定一批”的原则建设社区。(二)强化要素保障。",
     ["(一)", "1.", "2.", "(二)"]),
    # only square-bracket notes in the text (review18c: no note was looked for without a round bracket somewhere)
    ("任务如下:一、总则做好工作。[市科技局负责]二、分则做好工作。[市经信局负责]三、附则。",
     ["一、", "二、", "三、"]),
])
def test_a_note_with_brackets_inside_ends_its_item(text, labels):
    _assert_cut_before(text, labels)


def test_a_note_closing_each_numbered_item_before_a_spaced_label():
    text = ("重点任务如下:1. 推进业务标准化转型。实现政务服务一致化体验。(省审改办牵头,省委编办、省大数据集团按职责分工负责)2. 推进履职模式智能化转型。"
            "实现组织在线。(省审改办牵头,省效能办按职责分工负责)3.建设改革管理系统。推动各级政府部门组织在线。")
    assert [text[i:i + 2] for i in item_starts(text)] == ["1.", "2.", "3."]


@pytest.mark.parametrize("text,labels", [
    # a label in brackets is no note: a cited clause's `第(一)(二)项` opens nothing
    ("现通知如下:一、总则。(一)适用范围。依照本办法第(一)(二)项规定执行。(二)附则。本办法自发布之日起施行。二、其他。抓好落实。",
     ["一、总", "(一)适", "(二)附", "二、其"]),
    # a document's number in brackets before a label that continues no list
    ("现通知如下:一、工作依据。依据《关于加强环境保护工作的若干意见》(闽委发〔2016〕2号)3.开展工作。二、工作要求。抓好落实。",
     ["一、工", "二、工"]),
])
def test_a_bracket_that_closes_no_note_or_a_label_continuing_no_list_cuts_nothing(text, labels):
    _assert_cut_before(text, labels)


# A list numbered across its parents, its next parent's heading run into the child that continues it: eighth doc_0003
# (国发〔2011〕35号, (五) under 二、 after (四) under 一、), real realestate_0066 (广元 稳增长, after a closing note),
# fourth plan_0012 (云南 物流, `5.` under (二) after `4.` under (一)), each read with its line breaks lost.
@pytest.mark.parametrize("text,labels", [
    ("现提出以下意见:一、全面提高环境保护监督管理水平(一)严格执行环境影响评价制度。加强规划环评。(二)有效防范环境风险。强化地方政府环境"
     "安全监管责任。二、着力解决影响科学发展和损害群众健康的突出环境问题(三)切实加强重金属污染防治。对重点防控的重金属污染地区加强监控。"
     "(四)严格化学品环境管理。对化学品项目布局进行梳理评估。",
     ["一、", "(一)", "(二)", "二、", "(三)", "(四)"]),
    ("特制定如下措施:一、聚力稳定经济增长(一)对增值税小规模纳税人按50%减征。(二)指导鼓励中小企业积极参与政府采购活动。(市财政局牵头,"
     "市发展改革委、市经济和信息化局按职责分工负责)二、聚力加大金融支持力度(三)推进“园保贷”扩面增量,积极推广“税电指数贷”等线上信用"
     "产品。(人行广元市中心支行牵头负责)",
     ["一、", "(一)", "(二)", "二、", "(三)"]),
    ("主要任务如下:(一)实施通道畅通提质行动1.推进铁路建设。加快建设铁路。2.推进水运航道建设。提升水富港、关累港数智化运营水平。"
     "(省交通运输厅、省发展改革委)(二)实施枢纽建设与功能提升行动3.加强枢纽功能性补短板。科学规划枢纽设施布局。4.完善枢纽集疏运体系。",
     ["(一)", "1.", "2.", "(二)", "3.", "4."]),
])
def test_a_heading_run_into_a_child_numbered_on_from_the_parent_before_starts_both(text, labels):
    _assert_cut_before(text, labels)


def test_a_heading_run_into_a_child_that_continues_no_list_is_one_item():
    # `(五)` after the (二) under 一、 does not continue it: the heading's words, not a child
    text = ("现提出以下意见:一、全面提高监督管理水平(一)严格执行制度。(二)有效防范风险。二、着力解决突出问题(五)切实加强重金属污染防治。"
            "三、附则。自发布之日起施行。")
    assert [text[i:i + 2] for i in item_starts(text)] == ["一、", "(一", "(二", "二、", "三、"]


# A heading that pairs two phrases runs into its first child, as three notices read with their line breaks lost:
# real govcn_0009 (国办 内地西藏班), govcn_0050 (国办 药品集中采购), realestate_0020 (黔西南 若干措施, a 〔〕 note closing).
@pytest.mark.parametrize("text,labels", [
    ("现提出如下意见:一、逐年扩招,分步实施(一)扩大内地西藏初中班(校)招生规模,以1995年实招人数1445名为基数。(二)内地西藏初中班"
     "(校)的毕业生,主要升入内地西藏高中班(校)。二、加强领导,做好工作。",
     ["一、", "(一)", "(二)", "二、"]),
    ("有条件的城市可试点医保直接结算。一、政策衔接,三医联动(一)探索试点城市医保支付标准与采购价协同。对于集中采购的药品以集中采购价格"
     "作为医保支付标准。(二)通过一致性评价的仿制药,医保基金按相同的支付标准进行结算。二、组织实施。",
     ["一、", "(一)", "(二)", "二、"]),
    ("结合我州实际,制定本措施。一、优化审批,助推供给落地(一)取消或调整住房限制性措施。取消住房购买限制。〔州住房城乡建设局牵头负责〕"
     "(二)优化工程建设审批流程。压缩审批时限。二、强化支持,促进消费(一)给予购房补贴。",
     ["一、", "(一)", "(二)", "二、", "(一)"]),
    # longer phrases, a list numbered across parents (fourth plan_0006 重庆 治气, real realestate_0067, seventh doc_0009)
    ("行动如下:一、实施“治气”攻坚战(一)制定攻坚战工作手册。推动实施重点区域大气污染连片整治。二、实施“治气”智能化精准化建设行动,"
     "强化科技支撑(二)推进“巴渝治气”及监管执法能力建设。加快集成大气污染感知数据。",
     ["一、", "(一)", "二、", "(二)"]),
    ("措施如下:一、支持住房消费(一)发放购房补贴。给予补贴。二、大力支持规划建设高品质住房,更好满足群众多元化改善性住房需求(二)支持住宅"
     "户型多元化设计。将住宅项目阳台进深上限放宽至3米。",
     ["一、", "(一)", "二、", "(二)"]),
    ("通知如下:一、完善研究生学业奖学金政策。各地完善支持政策。二、提高高中阶段国家助学金资助标准,扩大中等职业学校国家助学金覆盖面"
     "(一)提高普通高中国家助学金资助标准。从2025年春季学期起提高标准。(二)扩大中等职业学校国家助学金覆盖面。",
     ["一、", "二、", "(一)", "(二)"]),
    # a child whose text opens with a word a cited clause's label takes (`(一)项目…`, not `第(一)项`; extra shgov_0007)
    ("通知如下:一、申报范围申报2023年度新能源出租汽车充电示范站的项目须在2023年6月底之前建成。二、申报流程(一)项目建设单位在2024年"
     "1月15日之前填写申请书。(二)区交通管理部门收到申请后及时出具初审意见。",
     ["一、", "二、", "(一)", "(二)"]),
])
def test_a_heading_pairing_two_phrases_runs_into_its_first_child(text, labels):
    _assert_cut_before(text, labels)


# A one-line text whose title runs straight into its first item: real realestate_0005 (东莞, the title in 《》),
# realestate_0170 (肇庆, its 一、's heading into 1.), extra shgov_0009 (松江 工作方案, no 》).
@pytest.mark.parametrize("text,labels", [
    ("【东莞市住房和城乡建设局】《关于进一步做好房地产市场调控工作的通知》一、稳控住宅用地出让价格优化土地竞拍规则。实行新型土地出让方式。"
     "二、严格购地主体资格审查。非房地产开发企业不得参加住宅用地竞买。", ["一、稳", "二、严"]),
    ("【广东省肇庆市】《肇庆市促进房地产业高质量发展若干措施》一、支持促进住房消费1.鼓励住房“旧换新”“旧转保”。将公积金增值收益的50%"
     "以上用于支持筹集建设保障性租赁住房。2.加大住房公积金支持力度。二、优化住房供给", ["一、支", "1.鼓励", "2.加大", "二、优"]),
    ("2026年松江区建筑垃圾运输行业“清水行动”工作方案一、工作目标全面加强建筑垃圾运输车辆车容治理,切实提升行业整体形象。二、工作内容"
     "开展专项治理。", ["一、工", "二、工"]),
])
def test_a_title_run_into_the_first_item_ends_before_it(text, labels):
    _assert_cut_before(text, labels)


@pytest.mark.parametrize("text,labels", [
    # a title in the text's preamble before `一、二级医院`, then the list that opens after a sentence end
    ("根据《关于加强医疗机构管理的通知》一、二级医院要做好转诊工作。现通知如下:一、加强管理。做好工作。二、强化保障。做好工作。",
     ["一、加", "二、强"]),
    # an article cited after a law's title (`》第一条的规定`), then the rules' own articles
    ("依照《中华人民共和国行政许可法》第一条的规定制定本办法。第一条 为了规范管理,制定本办法。第二条 本办法适用于全市。",
     ["第一条 ", "第二条 "]),
    # a heading's words go on after a label (`按(一)类`, `第(一)项`): no child
    ("工作如下:一、关于补贴标准,按照(一)类标准执行。二、关于审核程序,依照本办法第(一)项规定执行。", ["一、关", "二、关"]),
])
def test_a_label_after_a_title_or_a_heading_that_opens_no_list_is_text(text, labels):
    _assert_cut_before(text, labels)


def test_a_regulations_header_run_into_its_first_article_ends_before_it():
    # real lawref_0015 (河南 归侨侨眷权益保护法 实施办法) with its line breaks lost: the header's revision note, then 第一条
    text = ("河南省实施《中华人民共和国归侨侨眷权益保护法》办法2005年7月30日 河南省第十届人民代表大会常务委员会第十八次会议通过"
            "2010年7月30日 河南省第十一届人民代表大会常务委员会第十六次会议《关于修改部分地方性法规的决定》修正第一条 为了保护归侨、侨眷"
            "的合法权利和利益,制定本办法。第二条 归侨是指回国定居的华侨。第三条 归侨、侨眷享有宪法和法律规定的公民的权利。")
    assert [text[i:i + 3] for i in item_starts(text)] == ["第一条", "第二条", "第三条"]


# The numbers of an attachment list or of a table's notes run on after their head, read with their line breaks lost:
# extra shgov_0007 (附件:), shgov_0005 (附表:), real govcn_0054 (注:).
@pytest.mark.parametrize("text,labels", [
    ("通知如下:一、申报范围。做好工作。二、联系方式。市级平台:刘彩薇(联系电话:17857696205)附件:1.新能源出租汽车充电示范站评定申请书"
     "2.出租汽车充电示范站建设和管理基本条件要求上海市交通委员会2023年11月13日", ["一、", "二、"]),
    ("措施如下:一、推进实施。做好工作。二、加强保障。降低施工、极端天气等可能造成的投资风险。附表:1.任务分工表2.交通子行业“十四五”"
     "光伏建设分配表3.各区“十四五”交通光伏任务分配表", ["一、", "二、"]),
    ("考核指标如下:一、医疗质量。计算方法:门诊患者满意度调查得分。二、满意度评价。指标来源:国家卫生健康委。注:1.三级公立综合医院考核"
     "应采用上述全部考核指标。2.标记“▲”的26个指标为国家监测指标。", ["一、", "二、"]),
])
def test_the_numbers_of_an_attachment_list_or_a_note_run_on_after_its_head_are_no_items(text, labels):
    _assert_cut_before(text, labels)


@pytest.mark.parametrize("text, labels", [
    # eighteenth H57C_01 (体育总局青少司 培训班 notice) stored as one line: each heading line lost its break and its
    # next label runs on after a heading or a list of names with no sentence end
    ("现就有关事宜通知如下:一、培训时间和地点(一)培训时间:2018年6月11日-15日(二)培训地点:宁夏回族自治区银川市宝什利德酒店"
     "二、培训内容本次培训以授课和互动交流的方式进行。三、培训对象及要求各省俱乐部管理人员。",
     ["一、", "(一)", "(二)", "二、", "三、"]),
    # seventeenth H55F_08 (监理工程师资格考试 notice): a timetable's last cell runs into 四、
    ("有关事项通知如下:一、考试报名凡符合条件的人员均可报名。二、考试时间5月19日上午9:00—11:30建设工程监理基本理论"
     "三、考试教材2018年继续使用2014年版教材。", ["一、", "二、", "三、"]),
])
def test_a_label_run_on_after_a_heading_with_no_sentence_end_starts_its_item_where_it_continues_its_list(text, labels):
    assert [text[i:i + len(label)] for i, label in zip(item_starts(text), labels)] == labels
    assert len(item_starts(text)) == len(labels)


@pytest.mark.parametrize("text, labels", [
    # a range of months or grades and a cited sub-item inside an item's sentence continue no list
    ("如下:一、开展检查。计划于三、四月份完成。二、分类管理。一、二级医院按本条(二)项执行。三、其他。", ["一、", "二、", "三、"]),
    # a label out of sequence run on after a heading is text
    ("如下:一、加强领导各地要重视四、完善制度。二、强化保障(一)资金保障按规定执行(三)人员保障。", ["一、", "二、", "(一)"]),
])
def test_a_run_on_label_after_a_numeral_a_citation_or_out_of_sequence_is_text(text, labels):
    assert [text[i:i + len(label)] for i, label in zip(item_starts(text), labels)] == labels
    assert len(item_starts(text)) == len(labels)


def test_a_one_line_body_opening_with_its_first_label_is_cut_before_each_next_one():
    # eighteenth H57A_01 (宁波市 OPC 若干意见) as a record's body field that starts at its outline
    body = ("一、加快OPC社区矩阵建设(一)建设OPC实体社区。支持中心城区盘活利用存量楼宇打造OPC社区,鼓励各类园区、在甬高校建设"
            "OPC社区。(责任单位:各区〔县、市〕政府)(二)提供OPC线上服务。依托宁波市企业服务平台开设OPC服务专区。"
            "(责任单位:市经信局)二、加大普惠算力支持(三)加强算力服务供给。统筹全市算力基础设施资源。")
    doc = _doc(body, head="")
    segment(doc)
    assert [(t.path, t.label) for t in doc.tasks] == [("1", "一、"), ("1.1", "(一)"), ("1.2", "(二)"), ("2", "二、"),
                                                      ("2.3", "(三)")]
