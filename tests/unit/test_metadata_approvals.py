"""Metadata of approvals, forwarding notices and regulations: the document a 批复/批转/转发
names as plan_title, the order that published a regulation as its 文号."""
import datetime as dt

from metadata_reading import meta




def test_plan_title_of_a_notice_that_approves_or_forwards_a_document():
    from pipeline.metadata.plan_titles import plan_title_from_title as named
    # the forwarded report or request, its own title restoring the 的 the wrapper drops
    # (govprc_0010, govprc_0007, govcn_0009, govcn_0010, shgov_0041)
    assert named("国务院批转国家计委等四个部门关于在全国实行天然气商品量常数包干办法报告的通知") == \
        "关于在全国实行天然气商品量常数包干办法的报告"
    assert named("国务院对石油部关于与外国石油公司在我海域合作进行地球物理勘探工作有关问题请示的批复") == \
        "关于与外国石油公司在我海域合作进行地球物理勘探工作有关问题的请示"
    assert named("国务院办公厅转发国家教委关于内地西藏班(校)扩大规模有关问题请示的通知") == \
        "关于内地西藏班(校)扩大规模有关问题的请示"
    assert named("国务院办公厅转发国家地震局关于1997年地震趋势和加强防震减灾工作意见报告的通知") == \
        "关于1997年地震趋势和加强防震减灾工作意见的报告"
    assert named("上海市青浦区人民政府办公室转发区财政局区规划土地局关于进一步明确青浦区集建区外现状建设用地"
                 "减量化资金使用管理意见的通知") == "关于进一步明确青浦区集建区外现状建设用地减量化资金使用管理的意见"
    # the approved plan (govprc_0002) or the document agreed to by name (shgov_0058, shgov_0059)
    assert named("国务院关于全国矿产资源规划(2016—2020年)的批复") == "全国矿产资源规划(2016—2020年)"
    assert named("上海市人民政府办公厅关于同意《上海市处置燃气事故应急预案》的通知") == "上海市处置燃气事故应急预案"
    assert named("上海市人民政府办公厅关于同意修订后的《上海市地下空间突发事件应急预案》的通知") == \
        "上海市地下空间突发事件应急预案"
    assert named("上海市嘉定区人民政府关于批转《关于加强本区道路下立交设施防汛防台管理工作的通知》的通知") == \
        "关于加强本区道路下立交设施防汛防台管理工作的通知"
    # a document approved as what it is to be (shgov_0055, shgov_0097: a standard), as a 批复 words it too
    assert named("上海市住房和城乡建设管理委员会关于批准《轨道交通轨道精测网技术标准》为上海市工程建设规范的通知") == \
        "轨道交通轨道精测网技术标准"
    assert named("关于批准《混凝土模卡砌块建筑和结构构造》 为上海市建筑标准设计的通知") == "混凝土模卡砌块建筑和结构构造"
    assert named("国务院关于同意《西安国家中心城市建设方案》作为实施依据的批复") == "西安国家中心城市建设方案"
    # …but not a body or a title it confers (关于批准…为…的通知 naming no document)
    assert named("关于批准上海市第一人民医院为三级甲等医院的通知") is None
    # a 批复 agreeing to set up a body or move an agency approves no document (govprc_0015, 0013, 0018)
    assert named("国务院关于同意组建中国新星石油有限责任公司的批复") is None
    assert named("国务院关于玉门石油管理局划归中国石油天然气总公司管理的批复") is None
    assert named("国务院关于同意建立全国油气田及输油气管道安全保护工作部际联席会议制度的批复") is None
    assert named("国务院关于授权香港特别行政区实施管辖的深圳湾口岸港方口岸区范围和土地使用期限的批复") is None


def test_a_one_line_page_takes_the_plan_title_its_title_approves():
    doc = meta("国务院关于全国矿产资源规划(2016—2020年)的批复国函〔2016〕178号国土资源部、国家发展改革委:"
               "你们《关于审批〈全国矿产资源规划(2016—2020年)〉的请示》收悉。现批复如下:一、原则同意《全国矿产资源"
               "规划(2016—2020年)》,请认真组织实施。二、《规划》实施要全面贯彻党的十八大和十八届三中、四中、五中、六中全会"
               "精神,认真落实党中央、国务院决策部署,牢固树立和贯彻落实创新、协调、绿色、开放、共享的发展理念,以保障资源"
               "安全为目标,以提升矿业发展质量和效益为中心,以供给侧结构性改革为主线,加快转变矿业发展方式,推动矿业"
               "绿色发展,为全面建成小康社会提供资源保障。三、各地区、各有关部门要按照职责分工,加强协调配合。"
               "国务院2016年11月2日")
    assert len(doc.text) >= 300  # a one-line page (read_flat)
    assert doc.plan_title == "全国矿产资源规划(2016—2020年)"
    assert doc.doc_number == "国函〔2016〕178号"


def test_a_regulations_header_gives_the_order_that_published_it_as_its_number():
    # med_0023: adopted, then published by order; med_0028: published by order, then revised
    doc = meta("人体器官移植条例\n\n(2007年3月21日国务院第171次常务会议通过 2007年3月31日中华人民共和国国务院令第491号"
               "公布 自2007年5月1日起施行)\n\n第一章 总 则\n\n第一条 为了规范人体器官移植,制定本条例。\n")
    assert doc.doc_number == "中华人民共和国国务院令第491号"
    doc = meta("医疗机构管理条例\n\n(1994年2月26日中华人民共和国国务院令第149号发布 根据2016年2月6日《国务院关于修改"
               "部分行政法规的决定》第一次修订)\n\n第一章 总则\n\n第一条 为了加强对医疗机构的管理,制定本条例。\n")
    assert doc.doc_number == "中华人民共和国国务院令第149号" and doc.issue_date == dt.date(1994, 2, 26)
    # med_0028 as printed, revised twice: each revision's 根据 clause cites another document
    doc = meta("医疗机构管理条例\n\n(1994年2月26日中华人民共和国国务院令第149号发布 根据2016年2月6日《国务院关于修改部分行政法规"
               "的决定》第一次修订 根据2022年3月29日《国务院关于修改和废止部分行政法规的决定》第二次修订)\n\n第一章 总则\n\n"
               "第一条 为了加强对医疗机构的管理,制定本条例。\n")
    assert doc.doc_number == "中华人民共和国国务院令第149号"
    doc = meta("某省某某管理办法\n(2001年5月8日省人民政府令第 12 号发布)\n第一条 为了加强管理,制定本办法。\n")
    assert doc.doc_number == "省人民政府令第12号"
    # shgov_0013: the order after 根据 published the revising decision (…令第52号公布的《…》)
    doc = meta("上海市农机事故处理暂行规定\n(1996年3月3日上海市人民政府发布,根据2010年12月20日上海市人民政府令第52号"
               "公布的《上海市人民政府关于修改〈上海市农机事故处理暂行规定〉等148件市政府规章的决定》修正并重新发布)\n"
               "第一条 为了加强农机事故处理,制定本规定。\n")
    assert doc.doc_number is None and doc.issue_date == dt.date(1996, 3, 3)
    doc = meta("上海市城市雕塑建设管理办法\n(1996年3月3日上海市人民政府发布,根据2010年12月20日上海市人民政府令第52号公布的"
               "《上海市人民政府关于修改〈上海市农机事故处理暂行规定〉等148件市政府规章的决定》修正并重新发布)\n第一条 为了加强管理,制定本办法。\n")
    assert doc.doc_number is None


# govprc_0003: 关于同意建立X的批复 with 附件:X in its one-line text
REPLY_ATTACHING_ITS_SYSTEM = ("国务院关于同意建立金属非金属矿山整顿工作部际联席会议制度的批复国函〔2013〕19号安全监管总局:你局《关于建立金属非金"
    "属矿山整顿工作部际联席会议制度的请示》 (安监总管一〔2012〕152号)收悉。现批复如下:同意建立由安全监管总局牵头的"
    "金属非金属矿山整顿工作部际联席会议制度。联席会议不刻制印章,不正式行文,请按照国务院有关文件精神认真组织开展工作。附件:"
    "金属非金属矿山整顿工作部际联席会议制度国 务 院2013年1月30日附件金属非金属矿山整顿工作部际联席会议制度为协调整合"
    "各方力量,加强对金属非金属矿山整顿工作的组织领导,有效遏制矿山事故发生,经国务院同意,建立金属非金属矿山整顿工作部际联席"
    "会议(以下简称联席会议)制度。一、主要职能在国务院领导下,研究、指导金属非金属矿山整顿关闭工作,协调有关重大事项,提出政"
    "策建议;制定工作计划和阶段性任务,并对实施情况进行督促检查;组织开展联合执法活动;研究金属非金属矿山安全生产标本兼治的措"
    "施,推动解决有关问题。二、成员单位联席会议由安全监管总局、发展改革委、工业和信息化部、公安部、财政部、国土资源部、环境保")


def test_a_reply_agreeing_to_a_system_it_attaches_names_that_system():
    # govprc_0003, govprc_0018: 关于同意建立X的批复 with 附件:X in its one-line text
    text = REPLY_ATTACHING_ITS_SYSTEM
    assert meta(text).plan_title == "金属非金属矿山整顿工作部际联席会议制度"
    text = ("国务院关于同意建立全国油气田及输油气管道安全保护工作部际联席会议制度的批复国函〔2004〕91号公安部:你部《关于建立全"
            "国石油安全保护部际联席会议制度的请示》(公部请〔2004〕94号)收悉。现批复如下:同意建立由公安部牵头的全国油气田及输"
            "油气管道安全保护工作部际联席会议制度。请按照有关文件精神,认真组织开展工作。附件:全国油气田及输油气管道安全保护工作部际"
            "联席会议制度国务院二○○四年十一月四日附件:全国油气田及输油气管道安全保护工作部 际 联 席 会 议 制 度公安部 中央"
            "综治办 发展改革委 国土资源部中国石油天然气集团公司 中国石油化工集团公司(二○○四年十月)为切实加强对全国油气田及输油"
            "气管道安全保护工作的组织领导,形成政府统一领导,部门各司其职,有关方面齐抓共管、综合治理、标本兼治的工作格局,保护油气田"
            "及输油气管道安全,维护石油生产秩序,经国务院同意,建立全国油气田及输油气管道安全保护工作部际联席会议(以下简称联席会议)"
            "制度。一、联席会议职能联席会议在国务院领导下,统筹研究全国油气田及输油气管道安全保护工作,制订油气田及输油气管道安全保护")
    assert meta(text).plan_title == "全国油气田及输油气管道安全保护工作部际联席会议制度"
    # govprc_0015: agreeing to form a company attaches no document (docs/CONVENTIONS.md)
    text = ("国务院关于同意组建中国新星石油有限责任公司的批复国函〔1996〕116号地质矿产部:你部《关于成立中国新星石油有限责任公"
            "司的请示》(地发〔1996〕72号)收悉。现批复如下:一、同意组建中国新星石油有限责任公司(以下简称新星石油公司)。由你"
            "部直属的8个地区性石油地质局、海洋地质局(广州海洋地质调查局海洋地质调查部分除外)和10个石油地质科研及生产辅助单位(青"
            "岛海洋地质研究所除外),通过改制、改组,依照《中华人民共和国公司法》的规定和现代企业制度的要求组建新星石油公司。你部保留"
            "的广州海洋调查局海洋地质调查部分及其必要的装备,作为国家地质调查机构的组成部分,可延用“广州海洋地质调查局”的名称,承担"
            "国家基础性、综合性、战略性和公益性海洋地质调查任务,不再从事油气勘查、开发等经营性活动。二、新星石油公司为国家投资组建的"
            "国有独资公司,可设全资子公司。公司注册资本为人民币31亿元,其中:国家历年的基本建设等投入积累形成的国有资产29亿元(广"
            "州海洋地质调查局海洋地质调查部分和青岛海洋地质研究所的资产除外),部门基本建设基金借款转增国家资本金2亿元。“九五”期间")
    assert meta(text).plan_title is None
    # the same reply without the attachment names none
    text = REPLY_ATTACHING_ITS_SYSTEM.replace("附件:金属", "金属")
    assert meta(text).plan_title is None
