"""Responsible units: each list form in several phrasings, roles, names, offsets, warnings."""
import pytest

from pipeline.document import Document, Task
from pipeline.responsibilities import extract_responsibilities
from pipeline.run import process_text


def run(text, region="某某市", tasks=None):
    doc = Document(source_file="t", text=text, region=region)
    doc.body_start, doc.body_end = 0, len(text)
    doc.tasks = tasks or []
    extract_responsibilities(doc)
    for r in doc.responsibilities:
        assert text[r.char_start:r.char_end] == r.unit_raw
    return doc


def units(text, **kw):
    return [(r.unit, r.role, r.position) for r in run(text, **kw).responsibilities]


def test_labelled_list_sets_no_role():
    assert units("1.开展宣传。(责任单位:市卫健委、市教育局)\n") == [
        ("市卫健委", None, 1), ("市教育局", None, 2)]
    assert units("2.开展宣传。(责任部门:区卫健局,区民政局)") == [
        ("区卫健局", None, 1), ("区民政局", None, 2)]


def test_lead_first_convention_inside_the_list_carries_with_xiatong():
    text = ("(一)建设。(责任部门:宣传处、机关党委办公室(人事处)、疾控处,首位为牵头部门,下同)\n"
            "(二)推进。(医政处、科教处)\n")
    assert units(text) == [("宣传处", "lead", 1), ("机关党委办公室(人事处)", "support", 2),
                           ("疾控处", "support", 3), ("医政处", "lead", 1), ("科教处", "support", 2)]


def test_lead_first_sentence_in_preamble():
    text = ("各项任务排在第一位的为牵头单位,其他为配合单位。\n"
            "1.建设。(县卫健局、县财政局负责)\n2.推进。(县医保局负责)\n")
    assert units(text, region="某某县") == [("县卫健局", "lead", 1), ("县财政局", "support", 2),
                                          ("县医保局", "lead", 1)]


def test_fuze_alone_sets_no_role_and_restores_the_prefix():
    assert units("1.开展行动。(市委宣传部、文新广局、卫计委负责)") == [
        ("市委宣传部", None, 1), ("市文新广局", None, 2), ("市卫计委", None, 3)]


def test_joint_forms():
    for closing in ["按照职责分别负责", "按职责分工负责", "分别负责"]:
        got = units(f"1.开展行动。(市公安局、民政局{closing})")
        assert got == [("市公安局", "joint", 1), ("市民政局", "joint", 2)], closing


def test_joint_overrides_the_lead_first_convention():
    text = ("1.甲。(市教育局、卫计委负责,排在第一位的为牵头单位,其他为协助配合单位,下同)\n"
            "2.乙。(市残联、卫计委按照职责分别负责)\n3.丙。(市体育局、教育局负责)\n")
    assert [(u, r) for u, r, _ in units(text)] == [
        ("市教育局", "lead"), ("市卫计委", "support"), ("市残联", "joint"), ("市卫计委", "joint"),
        ("市体育局", "lead"), ("市教育局", "support")]


def test_lead_and_support_words():
    assert units("1.建设。(市卫健委牵头,市财政局、市医保局配合)") == [
        ("市卫健委", "lead", 1), ("市财政局", "support", 2), ("市医保局", "support", 3)]
    # whatever follows a named lead, the others support
    assert [r for _, r, _ in units("1.建设。(市卫健委牵头,市财政局、市医保局分工负责)")] == [
        "lead", "support", "support"]
    # no lead: 分工负责 units are joint, 配合 units support
    assert units("1.建设。(市卫健委、市民政局分工负责,市财政局配合)") == [
        ("市卫健委", "joint", 1), ("市民政局", "joint", 2), ("市财政局", "support", 3)]


def test_lead_and_support_labels():
    assert units("1.建设。(牵头单位:市卫健委;配合单位:市财政局、市医保局)") == [
        ("市卫健委", "lead", 1), ("市财政局", "support", 2), ("市医保局", "support", 3)]
    assert units("2.建设。\n牵头部门:区卫健局\n") == [("区卫健局", "lead", 1)]


def test_deadline_paired_with_a_unit():
    assert units("1.开展考核。(6月底完成,牵头考核单位:市卫健委)") == [("市卫健委", "lead", 1)]


def test_standalone_lead_support_sentence():
    assert units("1.推进医联体建设。市卫健委牵头,市医保局、市财政局配合。") == [
        ("市卫健委", "lead", 1), ("市医保局", "support", 2), ("市财政局", "support", 3)]


def test_prose_is_not_a_list():
    assert units("1.由两家市级三甲医院牵头,联合二级医院组建医疗集团。县卫生健康局要加强指导。") == []
    assert units("牵头部门要加强协调调度,相关部门全力配合。") == []


def test_ordinary_parentheses_are_not_lists():
    text = ("1.开展行动。(责任单位:市卫健委)\n"
            "2.建设计划(2018—2020年)。设立临床营养科室(营养诊室)。建设各县(市)区中心(站)。\n"
            "3.落实标准(试行),做好工作(含民办机构)。\n")
    assert units(text) == [("市卫健委", None, 1)]


def test_bare_list_needs_a_convention_or_an_earlier_list():
    assert units("1.开展宣传。(疾控处、宣传处)\n") == []
    text = "1.甲。(责任单位:疾控处、宣传处)\n2.乙。(医政处、市疾控中心)\n"
    assert units(text) == [("疾控处", None, 1), ("宣传处", None, 2),
                           ("医政处", None, 1), ("市疾控中心", None, 2)]
    text = "以下括号内为责任单位。\n1.甲。(疾控处、宣传处)\n"
    assert units(text) == [("疾控处", None, 1), ("宣传处", None, 2)]


def test_internal_divisions_keep_their_names():
    assert [u for u, _, _ in units("1.甲。(责任单位:疾控处、爱卫办、市疾控中心)")] == [
        "疾控处", "爱卫办", "市疾控中心"]


def test_generic_and_place_named_units_stay_as_written():
    assert [u for u, _, _ in units("1.甲。(各相关部门按照职责分别负责)")] == ["各相关部门"]
    assert [u for u, _, _ in units("1.甲。(责任单位:市旅游委、千山风景区管委会、各旗县区人民政府)")] == [
        "市旅游委", "千山风景区管委会", "各旗县区人民政府"]


def test_aliases_merge_to_the_first_form_used():
    text = "1.甲。(责任单位:市卫生计生委)\n2.乙。(责任单位:市卫计委、市卫生和计划生育委员会)\n"
    assert [u for u, _, _ in units(text)] == ["市卫生计生委"] * 3
    # different bodies are never merged
    text = "1.甲。(责任单位:市卫计委、市卫健委、市发改委)\n"
    assert [u for u, _, _ in units(text)] == ["市卫计委", "市卫健委", "市发改委"]


def test_prefix_comes_from_the_first_unit_else_the_region():
    assert [u for u, _, _ in units("1.甲。(区卫健局、教育局负责)", region="某某市")] == ["区卫健局", "区教育局"]
    assert [u for u, _, _ in units("1.甲。(卫健局、教育局负责)", region="某某县")] == ["县卫健局", "县教育局"]
    assert [u for u, _, _ in units("1.甲。(卫健局、教育局负责)", region=None)] == ["卫健局", "教育局"]


def test_repeated_mentions_give_one_row_each_and_tasks_are_tagged():
    text = "1.甲。(市卫健委负责)乙。(市卫健委、市财政局负责)\n2.丙。(责任单位:市民政局)\n"
    cut = text.index("2.")
    tasks = [Task("1", None, 1, "1.", "甲", 0, cut), Task("2", None, 1, "2.", "丙", cut, len(text))]
    rows = run(text, tasks=tasks).responsibilities
    assert [(r.unit, r.task_path) for r in rows] == [
        ("市卫健委", "1"), ("市卫健委", "1"), ("市财政局", "1"), ("市民政局", "2")]


def test_standing_rule_adds_units_to_later_lists():
    text = ("以下责任单位均包括各设区市人民政府,不再列出。\n"
            "1.甲。(省卫健委牵头,省财政厅配合)\n")
    assert units(text, region="某某省") == [
        ("省卫健委", "lead", 1), ("省财政厅", "support", 2), ("各设区市人民政府", None, 3)]


def test_rows_only_inside_the_body():
    text = "(责任单位:市卫健委)\n正文1.甲。(责任单位:市财政局)\n相关链接(责任单位:市民政局)"
    doc = Document(source_file="t", text=text, region="某某市")
    doc.body_start, doc.body_end = text.index("正文"), text.index("相关链接")
    extract_responsibilities(doc)
    assert [r.unit for r in doc.responsibilities] == ["市财政局"]


def test_absent_division_attachment_is_warned():
    text = "1.甲。\n附件:1.主要指标\n2.推进健康某某行动部门分工\n抄送:各部门"
    doc = run(text)
    assert doc.responsibilities == []
    assert any("附件2" in w and "部门分工" in w for w in doc.warnings)
    carried = "1.甲。\n附件:1.部门分工方案\n附件1\n部门分工方案\n一、任务\n"
    assert not any("部门分工" in w for w in run(carried).warnings)


def test_odd_input_does_not_raise():
    for text in ["", "(", ")", "((((责任单位:", "(责任单位:)", "(、、、负责)", "牵头,配合", "附件:"]:
        run(text)


def test_bracketed_labels_and_labels_inside_a_segment():
    text = "1.甲。\n【牵头单位】市卫健委 【配合单位】市财政局、市医保局\n"
    assert units(text) == [("市卫健委", "lead", 1), ("市财政局", "support", 2), ("市医保局", "support", 3)]
    text = "1.甲。(责任单位:市卫健委 完成时限:2021年12月底)"
    assert units(text) == [("市卫健委", None, 1)]
    assert units("1.甲。(市卫健委牵头落实,市财政局配合)") == [("市卫健委", "lead", 1), ("市财政局", "support", 2)]


def test_units_listed_beside_a_named_lead_support_it():
    from pipeline.run import process_text

    doc = process_text("一、主要目标\n1.地区生产总值增长6%左右。\n牵头单位:区发改局\n"
                       "责任单位:立山经济开发区,各街道\n2.固定资产投资增长15%。\n责任单位:区财政局")
    assert [(r.task_path, r.unit, r.role) for r in doc.responsibilities] == [
        ("1.1", "区发改局", "lead"), ("1.1", "立山经济开发区", "support"), ("1.1", "各街道", "support"),
        ("1.2", "区财政局", None)]


def test_lead_and_support_clauses_opening_a_sentence():
    from pipeline.run import process_text

    doc = process_text("某市关于做好课后服务的实施意见\n三、保障措施\n1、加强组织领导。市教育局牵头,市财政局、市发展改革委配合,建立联席会议制度。\n"
                       "2、强化督导。市教育局牵头,建立督导制度。")
    assert [(r.task_path, r.unit, r.role) for r in doc.responsibilities] == [
        ("3.1", "市教育局", "lead"), ("3.1", "市财政局", "support"), ("3.1", "市发展改革委", "support")]


def test_an_office_is_not_an_internal_division_and_the_prefix_is_restored():
    from pipeline.run import process_text

    doc = process_text("某旗关于水污染防治的方案\n一、任务\n1、加强治理。(旗河长制办公室牵头,各苏木镇人民政府、旗水利局、"
                       "林草局按职责分工负责)")
    assert [r.unit for r in doc.responsibilities] == ["旗河长制办公室", "各苏木镇人民政府", "旗水利局", "旗林草局"]


def test_a_party_work_department_takes_the_dropped_prefix_as_a_body_does():
    # seventh doc_0024 (平潭: 区公安局、市场监督管理局、党群工作部、社会事业局…): a zone's or district's 党群工作部 is one of
    # its bodies, named bare in a list as its 局 are; a work department of a party committee (群众工作部) alike
    assert [u for u, _, _ in units("4.建立统一的社会信用代码制度。(责任单位:区公安局、市场监督管理局、党群工作部、社会事业局、"
                                   "国税局、地税局、经济发展局、人民银行平潭支行)\n", region="平潭综合实验区")] == [
        "区公安局", "区市场监督管理局", "区党群工作部", "区社会事业局", "区国税局", "区地税局", "区经济发展局", "人民银行平潭支行"]
    assert [u for u, _, _ in units("16.全面建立公务员诚信档案。(责任单位:区党群工作部、社会事业局)\n")] == ["区党群工作部", "区社会事业局"]
    assert [u for u, _, _ in units("3.做好信访工作。(责任单位:县委组织部、群众工作部、信访局)\n")] == \
        ["县委组织部", "县群众工作部", "县信访局"]


def test_a_name_holding_place_characters_still_takes_the_dropped_prefix():
    from pipeline.run import process_text

    doc = process_text("宁夏回族自治区农业农村厅关于高标准农田的方案\n各项任务第一个单位为牵头单位。\n一、任务\n"
                       "1.加强管护。(自治区财政厅、农业农村厅、海原县农业农村局)")
    assert [(r.unit, r.role) for r in doc.responsibilities] == [
        ("自治区财政厅", "lead"), ("自治区农业农村厅", "support"), ("海原县农业农村局", "support")]


def test_a_league_committee_names_its_level_inside():
    from pipeline.run import process_text

    doc = process_text("某县人民政府办公室关于印发方案的通知\n一、任务\n1.开展清洁行动。(责任单位:县农业农村局、团县委、妇联)")
    assert [r.unit for r in doc.responsibilities] == ["县农业农村局", "团县委", "县妇联"]


def test_square_brackets_inside_a_name_do_not_split_it():
    # realestate_0148 (运城): 各县[市、区]人民政府 is one unit
    text = ("一、优化供地。(牵头单位:市住建局、市财政局;责任单位:各县[市、区]人民政府、运城开发区管委会)\n")
    assert units(text, region="运城市") == [
        ("市住建局", "lead", 1), ("市财政局", "lead", 2),
        ("各县[市、区]人民政府", "support", 3), ("运城开发区管委会", "support", 4)]
    # the round-bracket form of the same name, as other notices write it
    assert [u for u, _, _ in units("1.落实。(责任单位:市财政局、各县(市、区)人民政府)\n")] == [
        "市财政局", "各县(市、区)人民政府"]


def test_tortoise_shell_brackets_hold_lists_even_across_broken_lines():
    # realestate_0072 (眉山): 〔牵头单位:…;责任单位:…〕 closing each measure
    text = ("一、实施购房补贴。\n〔牵头单位:市财政局;责任单位:市住房城乡建设局、市自然资源局,"
            "天府新区眉山管委会、各县(区)人民政府〕\n")
    assert units(text, region="眉山市") == [
        ("市财政局", "lead", 1), ("市住房城乡建设局", "support", 2), ("市自然资源局", "support", 3),
        ("天府新区眉山管委会", "support", 4), ("各县(区)人民政府", "support", 5)]
    # realestate_0034 (南充): a list whose line is broken by the PDF text layer
    text = ("1.发放补贴。〔责任单位:市民政局,南充金融监管分局、市公安局、\n市财政局、市总工会〕\n")
    assert [u for u, _, _ in units(text, region="南充市")] == [
        "市民政局", "南充金融监管分局", "市公安局", "市财政局", "市总工会"]
    # a document number in the same brackets is no list
    assert units("依据《通知》(川府发〔2023〕12号)执行。\n") == []


def test_units_before_the_comma_lead():
    # 逗号前为牵头单位,下同 (realestate_0034); the 排在第一位的为牵头单位 family otherwise
    text = ("(一)婚育补贴。〔责任单位:市民政局,市财政局、市卫生健康委,逗号前为牵头单位,下同〕\n"
            "(二)托育补贴。〔责任单位:市卫生健康委,市财政局〕\n")
    assert units(text, region="南充市") == [
        ("市民政局", "lead", 1), ("市财政局", "support", 2), ("市卫生健康委", "support", 3),
        ("市卫生健康委", "lead", 1), ("市财政局", "support", 2)]


def test_a_name_broken_over_two_lines_is_one_name():
    # PDF text layers break lines inside names (realestate_0034); offsets keep the break
    text = "1.补贴。〔责任单位:市人力资源和社会保\n障局,市总工会、各县(市、区)人民政\n府〕\n"
    doc = run(text, region="南充市")
    assert [(r.unit, r.unit_raw) for r in doc.responsibilities] == [
        ("市人力资源和社会保障局", "市人力资源和社会保\n障局"), ("市总工会", "市总工会"),
        ("各县(市、区)人民政府", "各县(市、区)人民政\n府")]
    # two whole names on two lines stay two
    assert [u for u, _, _ in units("1.补贴。〔责任单位:市财政局、\n市税务局〕\n")] == ["市财政局", "市税务局"]


def test_places_share_the_suffix_written_once():
    assert [u for u, _, _ in units("(一)推进。(牵头单位:市自然资源局;配合单位:钦南区、钦北区人民政府)\n",
                                   region="钦州市")] == ["市自然资源局", "钦南区人民政府", "钦北区人民政府"]
    assert [u for u, _, _ in units("1.落实。(责任单位:东城区、西城区政府,市财政局)\n", region="北京市")] == [
        "东城区政府", "西城区政府", "市财政局"]
    # a place alone, with no government after it, is no unit
    assert [u for u, _, _ in units("1.落实。(责任单位:市财政局、高新区)\n")] == ["市财政局", "高新区"]


def test_branches_of_central_bodies_take_no_level_prefix():
    # realestate_0080 (a county's notice), realestate_0103 and realestate_0198 (cities')
    assert [u for u, _, _ in units("(一)容缺办理。(责任单位:县自然资源和规划局、国家税务总局石棉县税务局)", region="石棉县")] == [
        "县自然资源和规划局", "国家税务总局石棉县税务局"]
    assert [u for u, _, _ in units("1.发放消费券。(责任单位:市财政局、国家金融监督管理总局宿州监管分局)", region="宿州市")] == [
        "市财政局", "国家金融监督管理总局宿州监管分局"]
    assert [u for u, _, _ in units("2.加大信贷支持。(责任单位:人民银行贵港市分行、国家金融监督管理总局贵港监管局)")] == [
        "人民银行贵港市分行", "国家金融监督管理总局贵港监管局"]


# ---- layouts of real notices (govcn_0043, govcn_0051, realestate_0020, realestate_0151, realestate_0208)

def test_a_note_after_a_full_stop_inside_the_list_still_reads_the_units():
    # govcn_0043: the standing rule follows the first list after 。 inside the same brackets
    text = ("(三)完善农机装备创新体系。(工业和信息化部、发展改革委、科技部、农业农村部等负责。"
            "列第一位者为牵头单位,下同)\n(四)推进协同发展。(工业和信息化部、发展改革委、商务部等负责)\n")
    assert units(text, region=None) == [
        ("工业和信息化部", "lead", 1), ("发展改革委", "support", 2), ("科技部", "support", 3),
        ("农业农村部", "support", 4), ("工业和信息化部", "lead", 1), ("发展改革委", "support", 2),
        ("商务部", "support", 3)]
    # realestate_0020: joint units, then a standing rule after 。
    text = ("(一)取消限制性措施。〔州住房城乡建设局、州自然资源局、西双版纳州税务局按职责分工负责。"
            "以下均需各县(市)人民政府、嘎洒产业集聚区管委会落实,不再列出〕\n(二)优化。〔州财政局负责〕\n")
    got = units(text, region="西双版纳傣族自治州")
    assert got[:3] == [("州住房城乡建设局", "joint", 1), ("州自然资源局", "joint", 2), ("西双版纳州税务局", "joint", 3)]
    assert got[3:] == [("州财政局", None, 1), ("各县(市)人民政府", None, 2), ("嘎洒产业集聚区管委会", None, 3)]


def test_standing_rule_naming_who_carries_out_every_later_task():
    # realestate_0151 (以下任务均需各市落实) and govcn_0051 (以下均需试点城市政府落实)
    text = ("1.开辟绿色通道。(省市场监管局、商务厅牵头负责,各地级以上市政府负责落实。以下任务均需各市落实,不再列出)\n"
            "2.加强监管。(省市场监管局负责)\n")
    got = units(text, region="广东省")
    assert got[:2] == [("省市场监管局", "lead", 1), ("省商务厅", "lead", 2)]
    assert got[-2:] == [("省市场监管局", None, 1), ("各市", None, 2)]
    text = ("1.强化分工协作。(生态环境部指导,试点城市政府负责落实。以下均需试点城市政府落实,不再列出)\n"
            "2.统筹城市发展。(生态环境部、国家发展改革委指导)\n")
    assert units(text, region=None)[-3:] == [("生态环境部", None, 1), ("国家发展改革委", None, 2),
                                             ("试点城市政府", None, 3)]


def test_units_that_guide_a_task():
    # govcn_0051: (A、B指导) closes a task; the guide gives the units no role
    assert units("1.加强制度集成。(生态环境部、国家发展改革委、工业和信息化部指导)", region=None) == [
        ("生态环境部", None, 1), ("国家发展改革委", None, 2), ("工业和信息化部", None, 3)]
    assert units("2.推动减量。(生态环境部牵头,国家发展改革委、国家统计局参与)", region=None) == [
        ("生态环境部", "lead", 1), ("国家发展改革委", "support", 2), ("国家统计局", "support", 3)]


def test_label_alone_on_its_line_takes_the_names_on_the_next():
    # realestate_0208's layout with each label's names moved to the following line
    text = ("(一)盘活市场存量房源。建立盘活市场存量指标任务机制。\n\n牵头单位:\n地区住房和城乡建设局\n\n"
            "配合单位:\n\n地区发展和改革委员会,地区财政局,各县(市)人民政府\n")
    # (the two label lines, nothing between them, are one list: positions run on)
    assert units(text, region="阿勒泰地区") == [
        ("地区住房和城乡建设局", "lead", 1), ("地区发展和改革委员会", "support", 2),
        ("地区财政局", "support", 3), ("各县(市)人民政府", "support", 4)]


def test_a_prefecture_named_diqu_is_a_level_and_names_keep_it():
    # realestate_0208: 地区住房和城乡建设局 names its level; 地委宣传部 is the prefecture's party committee
    text = "(十四)营造良好氛围。\n牵头单位:地区住房和城乡建设局\n配合单位:地委宣传部,地区商务局、阿勒泰银保监分局\n"
    assert [u for u, _, _ in units(text, region="阿勒泰地区")] == [
        "地区住房和城乡建设局", "地委宣传部", "地区商务局", "阿勒泰银保监分局"]


def test_a_label_with_a_closing_word_and_a_name_without_suffix():
    # 责任单位 sets no role, but a closing word in the list does; a label vouches for a bare name
    assert units("1.甲。(责任单位:市卫健委牵头,市财政局、市教育局配合)") == [
        ("市卫健委", "lead", 1), ("市财政局", "support", 2), ("市教育局", "support", 3)]
    # realestate_0043
    assert units("(七)进城务工农民可以缴存公积金。(责任单位:市住房公积金)") == [("市住房公积金", None, 1)]


def test_central_bodies_take_no_level_prefix_and_market_is_no_level():
    # govcn_0043: 市场监管总局 first in the list does not make the list's level 市
    assert units("(六)加强质量建设。(市场监管总局、工业和信息化部、发展改革委负责)", region=None) == [
        ("市场监管总局", None, 1), ("工业和信息化部", None, 2), ("发展改革委", None, 3)]
    # realestate_0151: a province's 市场监管局 with its prefix dropped
    assert units("(八)加强监管。(市场监管局、商务厅负责)", region="广东省") == [
        ("省市场监管局", None, 1), ("省商务厅", None, 2)]
    # shgov_0005: 民航华东管理局 is a central body's regional office
    assert [u for u, _, _ in units("3.加强引导。(责任单位:市发展改革委、民航华东管理局、各区政府)",
                                   region="上海市")] == ["市发展改革委", "民航华东管理局", "各区政府"]


def test_trailing_generic_after_deng_is_dropped():
    # govcn_0053: 商务部、海关总署等有关部门负责
    assert units("18.促进跨境电商发展。(商务部、海关总署等有关部门负责)", region=None) == [
        ("商务部", None, 1), ("海关总署", None, 2)]


def test_bare_places_share_the_body_written_once():
    # realestate_0183 (钦南区、钦北区人民政府), realestate_0090 (各市、县人民政府); a zone is how
    # notices name its administration (realestate_0099's readers: 经开区、东北新城管委会 -> 经开区)
    assert [u for u, _, _ in units("1.甲。(责任单位:市住房城乡建设局、钦南区、钦北区人民政府)", region="钦州市")][1:] == [
        "钦南区人民政府", "钦北区人民政府"]
    got = units("1.甲。(牵头单位:住房和城乡建设局,责任单位:经开区、东北新城管委会)", region="宿松县")
    assert [(u, r) for u, r, _ in got][:2] == [("县住房和城乡建设局", "lead"), ("经开区", "support")]
    # 各 is said of both levels (plan_0013's readers: 各市、县级政府 -> 各市级政府, 各县级政府)
    assert [u for u, _, _ in units("1.甲。(省商务厅负责,各市、县人民政府负责落实)", region="某省")][1:] == [
        "各市人民政府", "各县人民政府"]


def test_implementing_units_support_the_lead_departments():
    # shgov_0006: (牵头部门:…;实施部门:…): every unit not marked lead supports the leads
    text = ("(五)健全岸电数据报送制度。(牵头部门:市交通委科技信息处;实施部门:市级平台、市港航中心、"
            "各区交通主管部门、市交通委执法总队)")
    assert [(u, r) for u, r, _ in units(text, region="上海市")] == [
        ("市交通委科技信息处", "lead"), ("市级平台", "support"), ("市港航中心", "support"),
        ("各区交通主管部门", "support"), ("市交通委执法总队", "support")]


def test_street_offices_name_their_place():
    # shgov_0002: 打浦桥街道管理办 takes no district prefix; 区房管局 keeps its own
    text = "(一)全面实施“光伏+”专项工程。(责任单位:区发展改革委、区房管局,打浦桥街道管理办、半淞园路街道管理办)"
    assert [u for u, _, _ in units(text, region="黄浦区")] == [
        "区发展改革委", "区房管局", "打浦桥街道管理办", "半淞园路街道管理办"]


def test_pdf_spaces_and_a_line_break_inside_a_generic_name():
    # realestate_0034: 各县 (市、 区) ⏎ 人民政府, and 各县(市、 区) ⏎ 人民政府, with the PDF's stray spaces
    text = ("(三)购房补贴。〔责任单位:市房地产管理局, 市财政局、 市住房公积金管理中心、 各县 (市、 区)\n人民政府〕\n"
            "(四)消费补助。〔责任单位:市商务局, 市财政局、 各县(市、 区)\n人民政府〕\n")
    got = units(text, region="雅安市")
    assert [u for u, _, _ in got] == ["市房地产管理局", "市财政局", "市住房公积金管理中心", "各县(市、区)人民政府",
                                      "市商务局", "市财政局", "各县(市、区)人民政府"]
    # realestate_0091: a list without stray spaces is read as before
    assert [u for u, _, _ in units("一、购房给予契税补贴。(责任单位:县住房发展中心、县税务局、县财政局)", region="利辛县")] == [
        "县住房发展中心", "县税务局", "县财政局"]


def test_a_label_line_wrapped_after_a_separator_goes_on():
    # realestate_0208's lists wrapped as PDF text wraps them
    text = ("(十一)支持新市民和人才安居。\n牵头单位:地区住房和城乡建设局\n配合单位:地委组织部、地区民政局、\n"
            "地区教育局,各县(市)人民政府\n(十二)提升物业管理服务水平。\n")
    assert [u for u, _, _ in units(text, region="阿勒泰地区")] == [
        "地区住房和城乡建设局", "地委组织部", "地区民政局", "地区教育局", "各县(市)人民政府"]
    # a label line ending without a separator stops at its line end
    text = "1.甲。\n责任单位:市卫健委\n市财政局要加强保障。\n"
    assert [u for u, _, _ in units(text)] == ["市卫健委"]


@pytest.mark.parametrize("note", [
    "列第一位者为牵头单位,下同",  # govcn_0043
    "排在第一位的部门为牵头部门,下同",  # govcn_0053
    "排在首位的为牵头单位,下同",  # realestate_0151-like lists of the development notices
    "牵头单位列第一位,下同",
    "首个单位为牵头单位,下同",
    "列首位的单位牵头,下同",
    "排名第一位的单位牵头,下同",
    "排名第一的为牵头单位,下同",
])
def test_first_is_lead_notes_in_their_phrasings(note):
    text = f"1.甲。(市卫健委、市财政局负责,{note})\n2.乙。(市教育局、市民政局负责)\n"
    assert [(u, r) for u, r, _ in units(text)] == [
        ("市卫健委", "lead"), ("市财政局", "support"), ("市教育局", "lead"), ("市民政局", "support")]


def test_a_mark_after_a_name_gives_its_role():
    # 市发展改革委(牵头): the marked unit leads, the others of its list support it
    assert units("1.甲。(责任单位:市发展改革委(牵头)、市财政局、市教育局)") == [
        ("市发展改革委", "lead", 1), ("市财政局", "support", 2), ("市教育局", "support", 3)]
    assert units("2.乙。\n责任单位:市发展改革委(牵头),市财政局、市教育局\n") == [
        ("市发展改革委", "lead", 1), ("市财政局", "support", 2), ("市教育局", "support", 3)]
    assert units("3.丙。(市卫健委(牵头)、市财政局(配合))") == [("市卫健委", "lead", 1), ("市财政局", "support", 2)]
    # a division in brackets is part of the name (realestate seeds: 机关党委办公室(人事处))
    assert [u for u, _, _ in units("4.丁。(责任部门:宣传处、机关党委办公室(人事处))")] == [
        "宣传处", "机关党委办公室(人事处)"]
    # a symbol after a name is dropped from it
    assert [u for u, _, _ in units("5.戊。(责任单位:市发展改革委★、市财政局)")] == ["市发展改革委", "市财政局"]


def test_a_list_in_square_brackets_closes_at_its_bracket():
    # realestate_0170: ［责任单位:…］ (full-width, [ ] after NFKC), the next item right after the bracket
    text = ("1.加大房地产项目融资支持力度。支持房地产企业合理融资需求。[责任单位:各县(市、区)人民政府,肇庆高新区、"
            "肇庆新区管委会,市住建局、市财政局、市国资委]2.优化个人购房信贷政策。调整个人住房贷款中住房套数认定标准。"
            "(责任单位:市住建局、市资源局)\n"
            "6.规范市场秩序,维护群众权益。持续整治规范房地产市场秩序。[责任单位:各县(市、区)人民政府,肇庆高新区、"
            "肇庆新区管委会,市住建局、市市场监管局、市城管局]\n")
    got = [u for u, _, _ in units(text, region="肇庆市")]
    assert got == ["各县(市、区)人民政府", "肇庆高新区", "肇庆新区管委会", "市住建局", "市财政局", "市国资委",
                   "市住建局", "市资源局",
                   "各县(市、区)人民政府", "肇庆高新区", "肇庆新区管委会", "市住建局", "市市场监管局", "市城管局"]


def test_a_list_after_another_sentence_of_the_task_does_not_support_its_lead():
    # govcn_0051 (一): the lead's list closes the first paragraph; the (…指导) lists of later paragraphs name
    # units with no role (docs/CONVENTIONS.md)
    from pipeline.run import process_text
    doc = process_text("二、主要任务\n(一)强化顶层设计引领。健全固体废物统计制度。(生态环境部牵头,国家发展改革委、国家统计局参与)\n\n"
                       "加强制度政策集成创新,增强试点方案系统性。明确改革试点的任务措施。(生态环境部、财政部、商务部指导)\n")
    assert [(r.task_path, r.unit, r.role) for r in doc.responsibilities] == [
        ("2.1", "生态环境部", "lead"), ("2.1", "国家发展改革委", "support"), ("2.1", "国家统计局", "support"),
        ("2.1", "生态环境部", None), ("2.1", "财政部", None), ("2.1", "商务部", None)]
    # ... while a list right beside the lead's, with no sentence between, supports it (the Anshan layout)
    doc = process_text("一、主要目标\n1.地区生产总值增长6%左右。\n牵头单位:区发改局\n责任单位:立山经济开发区,各街道\n")
    assert [(r.task_path, r.role) for r in doc.responsibilities] == [("1.1", "lead"), ("1.1", "support"), ("1.1", "support")]


def test_the_task_stating_a_standing_rule_names_its_units_once():
    # govcn_0051 (一) states 以下均需试点城市政府落实 in its first list; its later list adds no second 试点城市政府
    from pipeline.run import process_text
    doc = process_text("二、主要任务\n(一)强化顶层设计引领。优化固体废物管理体制机制。(生态环境部指导,试点城市政府负责落实。"
                       "以下均需试点城市政府落实,不再列出)\n\n加强制度政策集成创新。(生态环境部、财政部指导)\n"
                       "(二)实施工业绿色生产。(工业和信息化部、生态环境部指导)\n")
    got = [(r.task_path, r.unit) for r in doc.responsibilities]
    assert got.count(("2.1", "试点城市政府")) == 1
    assert ("2.2", "试点城市政府") in got


def test_a_lead_clause_with_you_in_prose_and_the_members_after_it():
    # shgov_0009: 由A牵头,B、…及C、D为成员单位 inside a sentence; 及 joins two names
    text = ("三、组织领导与责任分工\n为确保行动落地见效,成立工作专班,由区绿化市容局牵头,区建管委、区交通委、"
            "区公安分局(交管)、区城管执法局、区水务局、区房管局及各街镇、经开区为成员单位,统筹推进部署、"
            "联合执法、督查督办、信息通报等工作。")
    assert units(text, region="松江区") == [
        ("区绿化市容局", "lead", 1), ("区建管委", "support", 2), ("区交通委", "support", 3),
        ("区公安分局(交管)", "support", 4), ("区城管执法局", "support", 5), ("区水务局", "support", 6),
        ("区房管局", "support", 7), ("各街镇", "support", 8), ("经开区", "support", 9)]
    # shgov_0005: 成立由A牵头,B、C等部门共同参与的推进机制: the list ends before 的
    text = ("(一)强化组织领导。成立由市交通委牵头,市发展改革委、市规划资源局、民航华东管理局、市电力公司等部门"
            "共同参与的推进机制,统筹推进交通领域光伏应用推广示范试点工作。")
    assert units(text, region="上海市") == [
        ("市交通委", "lead", 1), ("市发展改革委", "support", 2), ("市规划资源局", "support", 3),
        ("民航华东管理局", "support", 4), ("市电力公司", "support", 5)]
    # the lead's own verb after 牵头 (牵头负责, 牵头组织) changes nothing
    text = ("(一)强化组织领导。成立工作专班,由市交通委牵头负责,市发展改革委、市规划资源局配合,统筹推进试点工作。")
    assert units(text, region="上海市") == [
        ("市交通委", "lead", 1), ("市发展改革委", "support", 2), ("市规划资源局", "support", 3)]
    # a lead with nothing but prose after it names no list: govcn_0043, govprc_0003, govcn_0050
    assert units("(二)建立由农业农村部、工业和信息化部牵头的农业机械化发展协调推进机制,加强部门合作。") == []
    assert units("1.建立由安全监管总局牵头的金属非金属矿山整顿工作部际联席会议制度。") == []
    assert units("1.由两家市级三甲医院牵头,联合二级医院组建医疗集团,实行一体化管理。") == []
    assert units("涉及多个部门的工作,牵头部门要加强协调,相关部门要密切配合。") == []


def test_members_named_by_their_field_share_the_kind_of_the_lists_tail():
    # thirteenth S_01 and eighth doc_0005, two sources whose readers agree: 公安、司法行政等部门 names 公安部门, 司法行政部门
    # (a name without a suffix among units counts, CONVENTIONS units19), and the lead's level is restored on them
    text = ("(一)优化协同工作机制。建立由教育部门牵头,法院、检察院、公安、司法行政等部门共同参与的学校法治教育工作机制,"
            "定期研究破解困难问题。")
    assert units(text, region="四川省") == [
        ("教育部门", "lead", 1), ("法院", "support", 2), ("检察院", "support", 3), ("公安部门", "support", 4),
        ("司法行政部门", "support", 5)]
    text = ("(二)建立联席会议。由省卫生健康部门牵头,发展改革、教育、市场监管等部门(单位)和工会、共青团、妇联等群团组织"
            "为成员,按照各自职责,强化协作配合。")
    assert units(text, region="江西省") == [
        ("省卫生健康部门", "lead", 1), ("省发展改革部门", "support", 2), ("省教育部门", "support", 3),
        ("省市场监管部门", "support", 4), ("省工会", "support", 5), ("省共青团", "support", 6), ("省妇联", "support", 7)]
    # the same in a list closing with a word (…等部门按职责分工负责) and beside a unit named in full
    assert [u for u, _, _ in units("1.甲。(市财政局、发展改革、自然资源等部门按职责分工负责)", region="南昌市")] == [
        "市财政局", "市发展改革部门", "市自然资源部门"]
    # a unit before the tail keeps its name: the tail adds none (区房管局等部门)
    assert [u for u, _, _ in units("1.甲。(区绿化市容局、区房管局等部门负责)", region="松江区")] == [
        "区绿化市容局", "区房管局"]
    # fields alone with nothing named in full stay prose
    assert units("建立由教育、公安等部门参与的工作机制。") == []


def test_a_conjunction_between_two_names_splits_them():
    assert units("1.甲。(责任单位:区房管局及各街镇)", region="松江区") == [
        ("区房管局", None, 1), ("各街镇", None, 2)]
    assert units("1.甲。(市财政局和市税务局负责)") == [("市财政局", None, 1), ("市税务局", None, 2)]
    # 住房和城乡建设局, 公安和交通部门: one side is no name, so one unit
    assert units("1.甲。(责任单位:县住房和城乡建设局)") == [("县住房和城乡建设局", None, 1)]
    assert [u for u, _, _ in units("1.甲。(责任单位:公安和交通部门)")] == ["公安和交通部门"]


def test_a_clause_saying_by_whom_is_no_unit_name():
    # govcn_0055: (技工院校内由人力资源社会保障行政部门负责) says where and by whom: prose
    assert units("1.甲。职业技能等级证书的实施(技工院校内由人力资源社会保障行政部门负责),国务院人力资源社会保障行政部门"
                 "组织制定职业标准。") == []
    # a leading 由 is no clause; 自由 is a word
    assert units("1.甲。(由市商务局负责)") == [("市商务局", None, 1)]
    assert units("1.甲。(责任单位:中国(上海)自由贸易试验区管委会)", region="上海市") == [
        ("中国(上海)自由贸易试验区管委会", None, 1)]


def test_cooperating_units_labelled_xietong_support_the_lead():
    assert units("1.甲。(牵头单位:市住建局;协同单位:市财政局、市税务局)") == [
        ("市住建局", "lead", 1), ("市财政局", "support", 2), ("市税务局", "support", 3)]
    assert units("2.乙。牵头部门:区发改委,协同部门:区统计局", region="某区") == [
        ("区发改委", "lead", 1), ("区统计局", "support", 2)]


def test_fuze_with_supporting_units_makes_the_answerable_units_principal():
    # (A负责,B配合): A leads; (A、B负责,C配合): A and B answer jointly (plan_0013, as the
    # guide's 分工负责 form); a bare 负责 with nobody supporting still sets no role
    assert units("1.建设。(省能源局负责,各市、县级政府配合)", region="吉林省") == [
        ("省能源局", "lead", 1), ("各市级政府", "support", 2), ("各县级政府", "support", 3)]
    assert units("2.监管。(省能源局、省市场监管厅负责,各市、县级政府配合)", region="吉林省") == [
        ("省能源局", "joint", 1), ("省市场监管厅", "joint", 2), ("各市级政府", "support", 3),
        ("各县级政府", "support", 4)]
    assert [r for _, r, _ in units("3.推广。(市卫健委、市财政局负责,市医保局协助)")] == [
        "joint", "joint", "support"]
    assert [r for _, r, _ in units("4.落实。(各市、县级政府负责)", region="吉林省")] == [None, None]


def test_duties_closing_words_make_units_joint():
    # 依职责办理 (plan_0019) says what 按职责分工负责 (plan_0005, plan_0011) says
    assert units("2.建设平台。(责任单位:市科技创新局、工业和信息化局、发展改革委依职责办理)",
                 region="深圳市") == [("市科技创新局", "joint", 1), ("市工业和信息化局", "joint", 2),
                                    ("市发展改革委", "joint", 3)]
    assert [u for u, _, _ in units("5.示范。(责任单位:龙华区政府、市发展改革委依职责办理)",
                                   region="深圳市")] == ["龙华区政府", "市发展改革委"]
    assert [r for _, r, _ in units("11.推进。(省知识产权局、执法稽查局等按职责分工负责)",
                                   region="江苏省")] == ["joint", "joint"]


def test_shared_suffix_and_distributed_ge():
    assert [u for u, _, _ in units("1.落实。(各市、县人民政府负责)", region="某某省")] == [
        "各市人民政府", "各县人民政府"]
    assert [u for u, _, _ in units("1.落实。(各市、县级政府负责)", region="吉林省")] == [
        "各市级政府", "各县级政府"]
    # 各乡 is every township, though 乡 ends a township body's name (realestate_0099's
    # 责任单位:…各乡、镇人民政府,经开区、东北新城管委会; the zone keeps its own name)
    assert [u for u, _, _ in units("1.安置。(牵头单位:住房和城乡建设局,责任单位:各乡、镇人民政府,经开区、东北新城管委会)",
                                   region="宿松县")][1:4] == ["各乡人民政府", "各镇人民政府", "经开区"]
    # a place named before its body keeps it: 钦南区、钦北区人民政府
    assert [u for u, _, _ in units("1.落实。(钦南区、钦北区人民政府负责)", region="钦州市")] == [
        "钦南区人民政府", "钦北区人民政府"]


def test_every_place_of_one_level_then_another_level_shares_its_ge():
    # The Guangzhou plans close their lists with the districts and county-level cities: 各区、县级市
    # (doc_0010), 各区、县级市政府 (doc_0013), 各有关区、县级市 (doc_0010 item 19); 各 and 各有关 are
    # said of both (docs/CONVENTIONS.md: 各市、县级政府, plan_0013).
    got = units("5.高技能人才精工项目。(牵头单位:市人力资源和社会保障局,配合单位:市教育局,各区、县级市)",
                region="广州市")
    assert got == [("市人力资源和社会保障局", "lead", 1), ("市教育局", "support", 2),
                   ("各区", "support", 3), ("各县级市", "support", 4)]
    got = units("17.合理配置教育资源。(牵头单位:市教育局,配合单位:市发展改革委、市规划局,各区、县级市政府)",
                region="广州市")
    assert [u for u, _, _ in got][3:] == ["各区政府", "各县级市政府"]
    got = units("19.农村实用人才培养项目。(牵头单位:市农业局,配合单位:市科协,各有关区、县级市)", region="广州市")
    assert [u for u, _, _ in got][2:] == ["各有关区", "各有关县级市"]
    # a place named after them is that place, not every place of a level
    got = units("4.试点。(牵头单位:市教育局,配合单位:各区、从化市)", region="广州市")
    assert [u for u, _, _ in got][1:] == ["各区", "从化市"]


def test_brackets_around_a_list_and_inside_names():
    # (责任单位:〔A、B按职责分工负责〕 with its round bracket left open (plan_0011)
    got = units("1.示范。(责任单位:〔省发改委、农业农村厅(乡村振兴局)、文旅厅按职责分工负责〕\n",
                region="福建省")
    assert got == [("省发改委", "joint", 1), ("省农业农村厅(乡村振兴局)", "joint", 2),
                   ("省文旅厅", "joint", 3)]
    # 〔市、区〕 inside a name is no list (plan_0015), like (市、区) (test above)
    assert [u for u, _, _ in units("1.投资。(省发展改革委牵头,各县〔市、区〕人民政府配合)",
                                   region="贵州省")] == ["省发展改革委", "各县〔市、区〕人民政府"]
    # a squadron of the fire service takes the level like a bureau (plan_0011; 市消防救援支队)
    assert [u for u, _, _ in units("1.规范。(责任单位:省住建厅、市场监管局、消防救援总队按职责分工负责)",
                                   region="福建省")] == ["省住建厅", "省市场监管局", "省消防救援总队"]


def test_guiding_units_beside_participants_get_no_role():
    # (商务部指导,供销合作总社参与): 指导 answers for nothing (the real set's readers)
    assert [r for _, r, _ in units("1.回收。(商务部指导,供销合作总社参与)", region=None)] == [None, "support"]


def test_a_note_after_a_name_and_a_notice_naming_its_own_divisions():
    # plan_0019: a name's note (含…,下同) is no convention clause and no part of the name; the
    # markdown escape before the closing bracket (依职责办理\]) is no part of the list
    got = units("7.推广。[责任单位:市交通运输局、国资委,各区政府(含新区、合作区管委会,下同)依职责办理\\]",
                region="深圳市")
    assert [(u, r) for u, r, _ in got] == [("市交通运输局", "joint"), ("市国资委", "joint"),
                                          ("各区政府", "joint")]
    assert got and run("7.推广。(责任单位:市交通运输局,各区政府(含新区,下同)依职责办理)",
                       region="深圳市").responsibilities[-1].unit_raw == "各区政府(含新区,下同)"
    # plan_0005 (a 市场监管局's plan): once a list names the issuer's own 处, its 执法稽查局 is
    # one of its offices too, not a body of the province
    text = ("1.改革。(登记注册指导处、法规处、执法稽查局等按职责分工负责)\n"
            "11.保护。(省知识产权局、执法稽查局等按职责分工负责)\n26.监管。(信用与风险监管局牵头负责)\n")
    assert [u for u, _, _ in units(text, region="江苏省")] == [
        "登记注册指导处", "法规处", "执法稽查局", "省知识产权局", "执法稽查局", "信用与风险监管局"]
    # a notice naming no division still restores the level (test above: 市文新广局)
    assert [u for u, _, _ in units("26.监管。(信用与风险监管局牵头负责)", region="江苏省")] == ["省信用与风险监管局"]


def test_a_descriptive_tail_and_a_standing_rule_inside_a_list_name_no_unit():
    # plan_0017: 等省直涉及部门 says what kind of bodies the list stands for (like 等有关部门);
    # the same tail after a list in shgov_0054 / shgov_0009 (等建设工程行业主管部门)
    assert [u for u, _, _ in units("26.统计。(省数据局、省统计局等省直涉及部门按照职责分工负责)",
                                   region="山东省")] == ["省数据局", "省统计局"]
    assert [u for u, _, _ in units("3.监管。(责任单位:市住房城乡建设管理委、市绿化市容局等建设工程行业主管部门)",
                                   region="上海市")] == ["市住房城乡建设管理委", "市绿化市容局"]
    # a word before 等 that is no unit keeps the item as it was
    assert [u for u, _, _ in units("3.监管。(责任单位:市财政局、市高等教育部门)")] == ["市财政局", "市高等教育部门"]
    # plan_0015: the list's own standing rule (以下任务责任单位均包括…,不再列出) names no unit of
    # this task again; it adds them to later tasks
    text = ("1.投资。(责任单位:省发展改革委等,各市〔州〕人民政府、各县〔市、区〕人民政府。以下任务责任单位均包括"
            "各市〔州〕人民政府、各县〔市、区〕人民政府,不再列出)\n2.扩大。(责任单位:省农业农村厅)\n")
    assert [u for u, _, _ in units(text, region="贵州省")] == [
        "省发展改革委", "各市〔州〕人民政府", "各县〔市、区〕人民政府",
        "省农业农村厅", "各市〔州〕人民政府", "各县〔市、区〕人民政府"]


def test_a_layout_of_closing_bare_lists_sets_the_convention():
    # three paragraphs each closing with a bracket of nothing but names (plan_0012's layout):
    # the brackets name the units from the first on, as a stated convention would
    text = ("1.加强铁路通道建设。推动文靖铁路尽早开工建设。〔省交通运输厅、省发展改革委,有关州(市)人民政府〕\n"
            "2.完善公路通道网络。畅通断头路、瓶颈路。(省交通运输厅、省发展改革委)\n"
            "3.持续拓展航线网络。巩固提升航空圈区位优势。(省交通运输厅、省发展改革委、云南航产投集团)\n")
    got = units(text, region="云南省")
    assert [u for u, _, _ in got][:3] == ["省交通运输厅", "省发展改革委", "有关州(市)人民政府"]
    assert len(got) == 8 and {r for _, r, _ in got} == {None}
    # 〔…〕 lists of a county's bodies, closing items the same way
    text = ("(一)优化审批。压缩办理时限。〔县住建局、县自然资源局〕\n"
            "(二)强化保障。做好要素保障。〔县财政局〕\n"
            "(三)加强监管。〔县市场监管局、县住建局〕\n")
    assert [u for u, _, _ in units(text, region="某某县")] == [
        "县住建局", "县自然资源局", "县财政局", "县市场监管局", "县住建局"]


def test_two_closing_bare_lists_or_brackets_inside_sentences_set_no_convention():
    text = ("1.开展宣传。(疾控处、宣传处)\n2.开展培训。(医政处、市疾控中心)\n")
    assert units(text) == []
    # names in brackets inside sentences (各成员单位(…)要…) are no layout of lists
    text = ("1.各成员单位(市发改委、市财政局)要加强协作。\n2.建立机制(市卫健委、市民政局)统筹推进。\n"
            "3.相关部门(市教育局、市体育局)按要求落实。\n")
    assert units(text) == []


def test_names_after_a_comma_in_a_labelled_list_are_units():
    # the label vouches for the names after a comma too, suffix or not (plan_0007, plan_0012)
    text = "1.争创试点示范。(责任单位:市经济信息委、市发展改革委、市能源局,国网重庆电力、有关企业)\n"
    assert [u for u, _, _ in units(text, region="重庆市")] == [
        "市经济信息委", "市发展改革委", "市能源局", "国网重庆电力", "有关企业"]
    text = "(三)推进园区建设。(牵头单位:市发展改革委;责任单位:市商务局,市供销社、市邮政公司)"
    got = units(text)
    assert [u for u, _, _ in got] == ["市发展改革委", "市商务局", "市供销社", "市邮政公司"]
    # a date or a note after the comma is still no unit
    text = "2.完成改造。(责任单位:市住建局,2025年底前完成)"
    assert [u for u, _, _ in units(text)] == ["市住建局"]


def test_a_closing_word_before_a_comma_of_names_ends_its_clause():
    # 、 after a closing word: the clause of the lead ends there (plan_0024)
    assert units("(一)工业设备更新。(省工业和信息化厅牵头、省国资委配合)", region="青海省") == [
        ("省工业和信息化厅", "lead", 1), ("省国资委", "support", 2)]
    assert units("2.做好保障。(市财政局负责、市税务局配合)") == [
        ("市财政局", "lead", 1), ("市税务局", "support", 2)]
    assert units("(八)文旅设备更新。(省住房城乡建设厅、省文化和旅游厅、省电影局按职能分别负责)", region="青海省") == [
        ("省住房城乡建设厅", "joint", 1), ("省文化和旅游厅", "joint", 2), ("省电影局", "joint", 3)]


def test_a_lead_working_with_partners_in_a_closing_list():
    # (A会同B负责): A leads, B supports (govcn_0023's four items)
    assert units("十六、优先支持产业集群建设。(国家发展改革委会同有关部门负责)", region=None) == [
        ("国家发展改革委", "lead", 1), ("有关部门", "support", 2)]
    assert units("十八、先行先试。(国家发展改革委、财政部会同有关部门负责)", region=None) == [
        ("国家发展改革委", "lead", 1), ("财政部", "lead", 2), ("有关部门", "support", 3)]
    # 会同 in running prose is no list
    assert units("3.市文物行政部门应当会同市规划行政部门划定保护范围。") == []


def test_state_grid_companies_by_their_short_names():
    # plan_0017: 国网山西电力 closing a list with 等按照职责分工负责; plan_0007's 国网重庆电力 likewise
    assert units("16.推进坚强电网建设。(省能源局、省发展改革委、省数据局、国网山西电力等按照职责分工负责)", region="山西省") == [
        ("省能源局", "joint", 1), ("省发展改革委", "joint", 2), ("省数据局", "joint", 3), ("国网山西电力", "joint", 4)]
    assert units("2.建设充电设施。(国网重庆电力、市能源局负责)", region="重庆市") == [
        ("国网重庆电力", None, 1), ("市能源局", None, 2)]


def test_a_central_bodys_branch_takes_no_level_prefix():
    # plan_0008: 金融监管总局河南监管局 among a province's departments names its own place
    got = units("(四)强化金融支持。(省发展改革委、税务局、省委金融办、人行河南省分行、金融监管总局河南监管局等按职责分工负责)",
                region="河南省")
    assert [u for u, _, _ in got] == ["省发展改革委", "省税务局", "省委金融办", "人行河南省分行", "金融监管总局河南监管局"]
    assert [u for u, _, _ in units("3.优化纳税服务。(责任单位:市财政局、税务总局某某市税务局)")] == ["市财政局", "税务总局某某市税务局"]


def test_a_labelled_list_broken_across_blank_lines_goes_on_to_its_closing_bracket():
    # realestate_0099 (九、): the scrape cut the line inside a name and left blank lines
    text = ("九、优化房屋征收安置政策\n适时在全县范围内推行房票安置政策。(牵头单位:住房和城乡建设局,责任单位:各乡、镇人民政府,经开区、东\n\n\n\n"
            "北新城管委会,自然资源和规划局)\n十、规范房地产市场秩序\n")
    got = units(text, region="宿松县")
    assert got == units(text.replace("东\n\n\n\n北", "东北"), region="宿松县")
    assert [u for u, _, _ in got][-2:] == ["县东北新城管委会", "县自然资源和规划局"]
    assert got[0] == ("县住房和城乡建设局", "lead", 1)
    # plan_0011's and realestate_0086's labelled lists, wrapped at a separator by a PDF's line
    text = ("1.推进数据共享。〔责任单位:省工信厅、发改委(数据管理局)\n国网福建省电力有限公司按职责分工负责〕\n"
            "2.实施购房优惠。(牵头单位:市住建局,配合单位:市财政局、\n市税务局)\n")
    assert [u for u, _, _ in units(text, region="福建省")][-2:] == ["市财政局", "市税务局"]
    # a bracket of prose that a line break interrupts is no list: nothing joins it
    text = "(二○○四年六月十六日国务院\n\n第54次常务会议修订通过)\n第一条 为了加强管理,制定本条例。\n"
    assert units(text) == []


def test_a_company_named_by_its_trade_alone_takes_the_level_its_list_drops():
    # plan_0011: 〔责任单位:省工信厅、发改委(数据管理局)、大数据集团有限公司、国网福建省电力有限公司按职责分工负责〕
    text = "1.推进数据共享。〔责任单位:省工信厅、发改委(数据管理局)、大数据集团有限公司、国网福建省电力有限公司按职责分工负责〕\n"
    assert [u for u, _, _ in units(text, region="福建省")] == [
        "省工信厅", "省发改委(数据管理局)", "省大数据集团有限公司", "国网福建省电力有限公司"]
    # plan_0018 (苏州) and shgov_0005 (上海): trade names after a 市 body; realestate_0183 writes 市开投集团公司 itself
    text = "2.完善设施。(市发改委、住建局、能源集团、城投集团、苏州供电公司按职责分工负责)\n"
    assert [u for u, _, _ in units(text, region="苏州市")] == [
        "市发改委", "市住建局", "市能源集团", "市城投集团", "苏州供电公司"]
    # brands name their company already (shgov_0005: 久事集团, 上港集团, 申通地铁集团)
    text = "3.保障运行。(责任单位:市交通委、久事集团、上港集团、申通地铁集团、市开投集团公司)\n"
    assert [u for u, _, _ in units(text, region="上海市")] == [
        "市交通委", "久事集团", "上港集团", "申通地铁集团", "市开投集团公司"]


def test_a_lead_clause_naming_the_act_it_leads():
    # doc_0004 (四川 督查 notice): 由所涉及的A、B…等省级主管部门(单位)牵头完成自查报告,C配合: every named
    # department leads, the others support; 所涉及的 and the summary 等…部门(单位) are no part of a name
    text = ("二、19个方面督查重点,由所涉及的省政府办公厅、住房城乡建设厅、省发展改革委、环境保护厅、民政厅、财政厅、"
            "人力资源社会保障厅等省级主管部门(单位)牵头完成自查报告,其他相关部门(单位)配合,于6月20日18:00前通过全省"
            "政府系统公文无纸化传输平台向省政府报送自查报告(含电子文档)。")
    assert units(text, region="四川省") == [
        ("省政府办公厅", "lead", 1), ("省住房城乡建设厅", "lead", 2), ("省发展改革委", "lead", 3),
        ("省环境保护厅", "lead", 4), ("省民政厅", "lead", 5), ("省财政厅", "lead", 6),
        ("省人力资源社会保障厅", "lead", 7), ("其他相关部门(单位)", "support", 8)]
    # a lead unit named in a list (doc_0010's 各项目牵头单位) is a name, not 牵头 and an act
    got = units("43.人才工作项目管理。(牵头单位:市人力资源和社会保障局,配合单位:各项目牵头单位)", region="广州市")
    assert got == [("市人力资源和社会保障局", "lead", 1), ("各项目牵头单位", "support", 2)]
    # a lead with no names and closing word after it is prose (CONVENTIONS: 由A牵头,联合…)
    assert units("3.建立由市发展改革委牵头的联席会议制度,统筹推进重大项目建设。", region="广州市") == []


def test_a_level_with_its_bracketed_levels_shares_the_ge_and_the_suffix():
    # 各区、县(市)政府 (sixth doc_0004) is every district's and every county's (or city's) government,
    # like 各市、县级政府 (docs/CONVENTIONS.md); 各区、县(市)人民政府 (lawref_0016's 征求各区、县(市)人民政府意见),
    # 各市(州)、县(市、区)人民政府 (fifth doc_0004) read the same way
    got = units("1.推进。(责任单位:市科技局、市发展改革委、市经信局,各区、县(市)政府)", region="杭州市")
    assert [u for u, _, _ in got][3:] == ["各区政府", "各县(市)政府"]
    got = units("1.征求意见。(各区、县(市)人民政府负责)", region="杭州市")
    assert [u for u, _, _ in got] == ["各区人民政府", "各县(市)人民政府"]
    got = units("1.落实。(责任单位:省发展改革委,各市(州)、县(市、区)人民政府)", region="贵州省")
    assert [u for u, _, _ in got][1:] == ["各市(州)人民政府", "各县(市、区)人民政府"]
    # a place named with its bracketed levels after 各区 is that place (各区、天河区政府 takes nothing)
    got = units("1.试点。(牵头单位:市教育局,配合单位:各区、从化市)", region="广州市")
    assert [u for u, _, _ in got][1:] == ["各区", "从化市"]


# eighth doc_0036 (the pingtan.gov.cn crawl, shortened): each task's units run on into the next item's label
PINGTAN_13907 = (
    "制定本工作方案。一、指导思想以习近平新时代中国特色社会主义思想为指导。二、组织领导领导小组办公室设在区税务局。三、工作任务"
    "(一)全面落实减税政策。认真贯彻落实普惠性减税和结构性减税相结合的政策措施。1.认真贯彻落实深化增值税改革措施。做好政策"
    "公开。责任单位:区税务局配合单位:区财金局2.贯彻落实综合与分类相结合的个人所得税改革措施。做好个人所得税税收征管。"
    "责任单位:区税务局配合单位:区财金局(二)落实好国家出台的更为明显的降费措施。落实好阶段性降低社会保险费率政策。"
    "责任单位:区税务局、财金局、经发局、社会事业局、市场监督管理局、行政审批局(三)统筹做好全区收支执行。严格依法征管。"
    "责任单位:区税务局配合单位:区财金局四、保障措施(一)加强协作,形成合力。各部门之间要建立健全沟通协调机制。"
    "(二)加强宣传,营造氛围。创新宣传方式。")


def test_a_list_of_units_ends_where_the_next_item_begins():
    doc = process_text("平潭综合实验区关于落实减税降费政策措施总体的工作方案\n" + PINGTAN_13907 + ("做好工作。" * 30))
    units = [(r.task_path, r.unit_raw, r.role) for r in doc.responsibilities]
    assert ("3.1.1", "区税务局", "lead") in units and ("3.1.1", "区财金局", "support") in units
    assert ("3.3", "区财金局", "support") in units
    assert ("3.2", "行政审批局", None) in units
    assert not any("四" in raw or "(" in raw for _, raw, _ in units)


def test_units_in_charge_beside_units_that_support_them_lead_or_answer_jointly():
    # eighth doc_0036 (责任单位:A配合单位:B, no 牵头) and doc_0033 3.3.7 (two 责任 units, two 配合 units)
    body = ("制定本工作方案。一、工作任务(一)全面落实减税政策。做好政策公开。责任单位:区税务局配合单位:区财金局(二)完善生活配套建设。"
            "开通英才新邨至台创园公交线路。责任单位:区交通集团、两岸发展公司配合单位:区交建局、区公安交警支队(三)落实降费措施。"
            "加大查处力度。责任单位:区税务局、财金局二、保障措施。加强协作。")
    doc = process_text("平潭综合实验区关于落实减税降费政策措施总体的工作方案\n" + body + "做好工作。" * 30)
    roles = {(r.task_path, r.unit_raw): r.role for r in doc.responsibilities}
    assert roles[("1.1", "区税务局")] == "lead" and roles[("1.1", "区财金局")] == "support"
    assert roles[("1.2", "区交通集团")] == roles[("1.2", "两岸发展公司")] == "joint"
    assert roles[("1.2", "区公安交警支队")] == "support"
    assert roles[("1.3", "区税务局")] is None and roles[("1.3", "财金局")] is None  # 责任单位 alone sets none

def test_a_standing_rule_of_units_the_notice_involves_and_one_naming_its_list_briefly():
    # plan_0012: 〔以下分工均涉及有关州(市)人民政府,不再列出〕 after the first list
    text = ("1.加强铁路通道建设。加快推进大理铁路枢纽等项目建设。〔省交通运输厅、省发展改革委,有关州(市)人民政府〕"
            "〔以下分工均涉及有关州(市)人民政府,不再列出〕\n2.完善公路通道网络。〔省交通运输厅〕\n"
            "3.提升水运能力。〔省交通运输厅、省发展改革委〕\n4.发展航空物流。〔省发展改革委〕\n")
    assert [(u, r) for u, r, _ in units(text, region="云南省", tasks=_items_of_lines(text))][3:] == [
        ("省交通运输厅", None), ("有关州(市)人民政府", None),
        ("省交通运输厅", None), ("省发展改革委", None), ("有关州(市)人民政府", None),
        ("省发展改革委", None), ("有关州(市)人民政府", None)]
    # seventh doc_0003: the rule names the list's own units briefly (各县区, 功能区) and 重复 列出: those units
    text = ("1.降低成本。(责任单位:市数据局,各县区人民政府、市各功能区管委会,以下均涉及各县区、功能区,不再重复列出)\n"
            "2.降低初创首创成本。(责任单位:市人社局)\n")
    got = [(r.unit, r.unit_raw) for r in run(text, region="合肥市", tasks=_items_of_lines(text)).responsibilities]
    assert got == [("市数据局", "市数据局"), ("各县区人民政府", "各县区人民政府"), ("市各功能区管委会", "市各功能区管委会"),
                   ("市人社局", "市人社局"), ("各县区人民政府", "各县区"), ("市各功能区管委会", "功能区")]


@pytest.mark.parametrize("rule,added", [
    # holdout7 h7_03: the subject names the later tasks' supporting units
    ("以下各项任务的配合单位均包括各县市区人民政府、科技城新区管委会,不再一一列出。", ["各县市区人民政府", "科技城新区管委会"]),
    # fourth plan_0017: those who carry out every later task
    ("以下任务均需各市政府落实,不再一一列出。", ["各市政府"]),
    # the guide's own example's wording, and the general form's other subject and words (工作的责任部门, 包含, 单独)
    ("以下任务责任单位均包括各区政府,不再列出。", ["各区政府"]),
    ("以下各项工作的责任部门均包含各区人民政府,不再单独列出。", ["各区人民政府"]),
])
def test_a_standing_rule_in_its_general_form(rule, added):
    text = (f"{rule}\n1.优化营商环境。(责任单位:市发展改革委)\n2.加强监管。(责任单位:市市场监管局)\n")
    got = [r.unit for r in run(text, region="某某市", tasks=_items_of_lines(text)).responsibilities]
    assert got == ["市发展改革委", *added, "市市场监管局", *added]


def _items_of_lines(text):
    """One task per line (1., 2., …), as the outline gives them."""
    tasks, pos = [], 0
    for n, line in enumerate(text.splitlines(keepends=True), 1):
        tasks.append(Task(str(n), None, 1, f"{n}.", line[2:6], pos, pos + len(line)))
        pos += len(line)
    return tasks


def test_a_responsible_list_beside_a_supporting_list_answers_for_the_task():
    # 责任单位:A配合单位:B with no 牵头 reads as (A负责,B配合): one unit leads, several are joint
    # (eighth doc_0036's and doc_0033's readers); 责任单位 alone still sets no role, and beside a
    # 牵头单位 its units support the lead (doc_0042)
    assert units("1.贯彻落实增值税改革。责任单位:区税务局配合单位:区财金局\n", region="平潭综合实验区") == [
        ("区税务局", "lead", 1), ("区财金局", "support", 2)]
    text = "打造台胞“第二生活圈”。责任单位:区交通集团、两岸发展公司配合单位:区交建局、区公安交警支队。"
    assert [(u, r) for u, r, _ in units(text, region="平潭综合实验区")] == [
        ("区交通集团", "joint"), ("两岸发展公司", "joint"), ("区交建局", "support"), ("区公安交警支队", "support")]
    assert [r for _, r, _ in units("1.甲。\n责任单位:区资源生态局,各片区管理局\n", region="平潭综合实验区")] == [
        None, None]
    assert [r for _, r, _ in units("1.甲。\n牵头单位:区经发局 责任单位:区通管办,平潭供电公司\n",
                                   region="平潭综合实验区")] == ["lead", "support", "support"]
    # the parenthesised form reads alike: (责任单位:A;配合单位:B、C)
    assert units("1.建设。(责任单位:市住建局;配合单位:市财政局、市税务局)") == [
        ("市住建局", "lead", 1), ("市财政局", "support", 2), ("市税务局", "support", 3)]


def test_a_list_run_on_into_the_next_item_ends_at_its_label():
    # pages the 平潭 crawl stored on one line: a list closing a task runs on into the next item with
    # nothing between; the next item's label (2., (二), 三、) ends it
    # (eighth doc_0033: 1. labels, (N) headings and 三、 after a list)
    text = ("1.设置离岛免税商城(过渡点)。将水果批发市场一层现有的台湾农渔产品交易市场移到小镇内。牵头单位:区免税办"
            "责任单位:区交通集团、两岸发展公司配合单位:区财金局、旅发委、经发局、市场监管局,平潭海关2.打造夜景灯光秀项目。"
            "集聚人流。牵头单位:区交通集团责任单位:两岸发展公司配合单位:区旅发委、财金局、交建局、规划局(二)精心谋划,"
            "优化提升小镇业态布局1.缩小海关监管围网。")
    assert [(u, r) for u, r, _ in units(text, region="平潭综合实验区")] == [
        ("区免税办", "lead"), ("区交通集团", "support"), ("两岸发展公司", "support"), ("区财金局", "support"),
        ("区旅发委", "support"), ("区经发局", "support"), ("区市场监管局", "support"), ("平潭海关", "support"),
        ("区交通集团", "lead"), ("两岸发展公司", "support"), ("区旅发委", "support"), ("区财金局", "support"),
        ("区交建局", "support"), ("区规划局", "support")]
    # a level-one heading after the list, and its prose with 、 after it, name no units (doc_0033 三、)
    text = ("实现招商规模化、运营专业化。牵头单位:区国资局责任单位:区交通集团、两岸发展公司三、台湾创业园工作任务根据"
            "2019年工作任务目标,结合台湾创业园实际情况,对园区功能区块重新规划定位,提高招商运营工作水平。")
    assert [u for u, _, _ in units(text, region="平潭综合实验区")] == ["区国资局", "区交通集团", "两岸发展公司"]
    # eighth doc_0036: 四、 and (三) after a 责任单位 list; a (三) is no bracket of the last name
    text = ("责任单位:区税务局、财金局、经发局、社会事业局、市场监督管理局、行政审批局(三)统筹做好全区收支执行。"
            "责任单位:区税务局配合单位:区财金局四、保障措施(一)加强协作,形成合力。")
    assert [u for u, _, _ in units(text, region="平潭综合实验区")] == [
        "区税务局", "区财金局", "区经发局", "区社会事业局", "区市场监督管理局", "区行政审批局", "区税务局", "区财金局"]
    # eighth doc_0037: items of one sentence, each with its own list, the next after a semicolon
    text = ("1.中原安置小区(五组团)1052套,责任单位:平潭综合实验区国有资产投资发展有限公司,所属片区:岚城片区开发管理局;"
            "2.吉钓安置小区1860套,责任单位:平潭综合实验区交通投资发展有限公司,所属片区:金井湾片区开发管理局。")
    assert [(r.unit, r.char_start) for r in run(text, region="平潭综合实验区").responsibilities] == [
        ("平潭综合实验区国有资产投资发展有限公司", text.index("平潭综合实验区国有")),
        ("平潭综合实验区交通投资发展有限公司", text.index("平潭综合实验区交通"))]
    # numbers inside a list are no labels: levels counted (二、三级医院), a decimal, a date (…完成时限:2020.12)
    assert [u for u, _, _ in units("1.甲。\n牵头单位:市卫健委;配合单位:各二、三级医院\n")][-1] == "三级医院"
    assert [u for u, _, _ in units("1.甲。\n牵头单位:市发改委;配合单位:市财政局 完成时限:2020.12\n")] == [
        "市发改委", "市财政局"]


def test_a_responsible_list_beside_a_supporting_list_in_other_layouts():
    # the (A负责,B配合) reading of 责任单位:A 配合单位:B (CONVENTIONS, eighth doc_0036/doc_0033) holds in brackets as on
    # the one-line page; 责任单位 alone sets no role
    assert units("1.建设。(责任单位:市住建局;配合单位:市财政局、市税务局)") == [
        ("市住建局", "lead", 1), ("市财政局", "support", 2), ("市税务局", "support", 3)]
    assert [r for _, r, _ in units("2.建设。(责任单位:区交通集团、两岸发展公司;配合单位:区交建局)", region="平潭综合实验区")] == [
        "joint", "joint", "support"]
    assert [r for _, r, _ in units("3.甲。\n责任单位:区资源生态局,各片区管理局\n", region="平潭综合实验区")] == [None, None]


def test_label_lines_of_one_task_with_nothing_between_them_are_one_list():
    # ninth doc_0025 (陕西 营商环境 plans): 责任单位 and 参与单位 on lines of their own read as 责任单位:A;参与单位:B
    # (docs/CONVENTIONS.md: one 责任 unit leads, several answer jointly, the others support)
    text = ("1.形成政策服务包。\n\n责任单位:省政府办公厅、省营商办\n\n参与单位:省级有关部门,各设区市政府\n\n完成时限:持续推进\n"
            "2.形成政策沟通机制。\n\n责任单位:各级政务服务中心\n\n参与单位:省级有关部门\n")
    got = [(r.unit_raw, r.role) for r in run(text, region="陕西省", tasks=_items_of_lines(text)).responsibilities]
    assert got == [("省政府办公厅", "joint"), ("省营商办", "joint"), ("省级有关部门", "support"), ("各设区市政府", "support"),
                   ("各级政务服务中心", "lead"), ("省级有关部门", "support")]
    # 立山区 2023 分工方案: 牵头单位 ⏎ 责任单位 lines; 落实部门 beside 牵头部门 (doc_0025 3.2.6) supports the lead
    text = "1.地区生产总值增长6.2%左右。\n\n牵头单位:区发改局\n\n责任单位:立山经济开发区,全区经济运行各专班\n"
    assert [r for _, r, _ in units(text, region="鞍山市立山区")] == ["lead", "support", "support"]
    text = "6.探索组建中介联合体。\n\n牵头部门:省发展改革委\n\n落实部门:省级有关部门\n\n完成时限:持续推进\n"
    assert [(u, r) for u, r, _ in units(text, region="陕西省")] == [("省发展改革委", "lead"), ("省级有关部门", "support")]
    # lines with a sentence between them stay two lists (a 责任单位 line alone sets no role)
    text = "1.甲。\n责任单位:区资源生态局\n做好衔接。\n配合单位:区财金局\n"
    assert [r for _, r, _ in units(text, region="平潭综合实验区")][0] is None


def test_a_chain_of_places_shares_the_body_written_once_after_the_last():
    # ninth doc_0025 各市、县、区政府; 乐山's addressees 各区、市、县、自治县人民政府 and 各市、县、自治县人民政府 as lists
    assert [u for u, _, _ in units("1.延伸。(责任单位:各市、县、区政府)", region="陕西省")] == [
        "各市政府", "各县政府", "各区政府"]
    assert [u for u, _, _ in units("1.落实。(各市、县、自治县人民政府负责)", region="海南省")] == [
        "各市人民政府", "各县人民政府", "各自治县人民政府"]
    assert [u for u, _, _ in units("1.落实。(牵头单位:市发改委;配合单位:甲县、乙县、丙区人民政府)", region="某某市")][1:] == [
        "甲县人民政府", "乙县人民政府", "丙区人民政府"]
    # a zone keeps its own name before another zone's body (CONVENTIONS; realestate_0170 肇庆高新区、肇庆新区管委会)
    assert [u for u, _, _ in units("1.落实。(参与单位:各设区市政府、韩城市政府,杨凌示范区、西咸新区管委会)",
                                   region="陕西省")][2:] == ["杨凌示范区", "西咸新区管委会"]


@pytest.mark.parametrize("closing,expected", [
    # 咸阳市 2022 放管服 要点: leads, then those answering by their duties
    ("(市政府办公室、市行政审批制度改革工作领导小组办公室牵头,市级各有关部门及各县市区政府按职责分工负责)",
     [("市政府办公室", "lead"), ("市行政审批制度改革工作领导小组办公室", "lead"), ("市级各有关部门", "support"),
      ("各县市区政府", "support")]),
    # who carries the task out, after the lead: 落实, 抓好落实, 具体实施, 负责组织实施, 落实属地责任
    ("(市教育局牵头,各区政府落实)", [("市教育局", "lead"), ("各区政府", "support")]),
    ("(省卫生健康委牵头,省医保局、省药监局按职责分工负责,各市政府抓好落实)",
     [("省卫生健康委", "lead"), ("省医保局", "support"), ("省药监局", "support"), ("各市政府", "support")]),
    ("(市文化广电旅游局牵头,各县(市、区)政府具体实施)", [("市文化广电旅游局", "lead"), ("各县(市、区)政府", "support")]),
    ("(市发展改革委牵头,市财政局、市商务局等部门配合,各区政府负责组织实施)",
     [("市发展改革委", "lead"), ("市财政局", "support"), ("市商务局", "support"), ("各区政府", "support")]),
    ("(市生态环境局牵头,市发展改革委按职责分工负责,各区人民政府落实属地责任)",
     [("市生态环境局", "lead"), ("市发展改革委", "support"), ("各区人民政府", "support")]),
    # by their own duties: 按职责分工落实, 分头落实, 按职责推进
    ("(省财政厅、省税务局按职责分工落实)", [("省财政厅", "joint"), ("省税务局", "joint")]),
    ("(市发改委牵头抓总,市各有关部门分头落实)", [("市发改委", "lead"), ("市各有关部门", "support")]),
    ("(市数据局牵头,市有关部门按职责推进)", [("市数据局", "lead"), ("市有关部门", "support")]),
    # alongside a lead: 协同, 支持, 共同推进
    ("(省科技厅牵头,省发展改革委、省工业和信息化厅协同)",
     [("省科技厅", "lead"), ("省发展改革委", "support"), ("省工业和信息化厅", "support")]),
    ("(市人社局牵头,市财政局支持)", [("市人社局", "lead"), ("市财政局", "support")]),
    ("(市住建局牵头,市消防救援支队、市城管局共同推进)",
     [("市住建局", "lead"), ("市消防救援支队", "support"), ("市城管局", "support")]),
    # answering without 负责: 落实, 为责任主体 beside those who support
    ("(省委网信办、省公安厅负责,各市州政府落实)", [("省委网信办", None), ("省公安厅", None), ("各市州政府", None)]),
    ("(各区人民政府为责任主体,市有关部门配合)", [("各区人民政府", "lead"), ("市有关部门", "support")]),
    # labels: 牵头责任单位 leads; 指导部门 beside 实施主体 names a unit with no role
    ("(牵头责任单位:市发改委;配合责任单位:市财政局)", [("市发改委", "lead"), ("市财政局", "support")]),
    ("(实施主体:各区政府;指导部门:市住建委)", [("各区政府", None), ("市住建委", None)]),
])
def test_closing_words_and_labels_in_their_other_phrasings(closing, expected):
    region = "某某省" if "省" in closing else "某某市"
    assert [(u, r) for u, r, _ in units("1.推进某项工作。" + closing, region=region)] == expected


def test_a_standing_rule_with_any_subject_inside_a_list_names_no_unit():
    # 四川省“十四五”现代流通体系建设实施方案: 〔责任单位:…按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同。〕
    text = ("1.加强市场体系建设。〔责任单位:省发展改革委、省市场监管局、商务厅、省大数据中心按职责分工负责。"
            "具体任务均涉及相关市(州)人民政府,不再做分工,下同。〕\n2.优化市场准入环境。〔责任单位:省市场监管局〕\n")
    got = [(u, r) for u, r, _ in units(text, region="四川省", tasks=_items_of_lines(text))]
    assert got[:4] == [("省发展改革委", "joint"), ("省市场监管局", "joint"), ("省商务厅", "joint"), ("省大数据中心", "joint")]
    assert ("省市场监管局", None) in got[4:] and ("相关市(州)人民政府", None) in got[4:]
    assert not any("任务" in u for u, _ in got)


def test_a_counted_name_and_a_note_inside_a_name():
    # ninth doc_0042 (重庆 消费帮扶, one line): 17个市级帮扶集团牵头单位 is one unit; the note (自治县,以下简称区县)
    # inside 各对口协同发展区县…政府 is no part of it (CONVENTIONS: a note in brackets is no part of the unit)
    text = ("(一)强化消费协作采购帮扶。切实巩固脱贫攻坚成果。〔市乡村振兴局、重庆警备区政治工作局、17个市级帮扶集团牵头单位"
            "和各对口协同发展区县(自治县,以下简称区县)政府具体负责〕(二)加强预算采购帮扶。")
    got = [(r.unit, r.unit_raw, r.role) for r in run(text, region="重庆市").responsibilities]
    assert got[2:] == [("17个市级帮扶集团牵头单位", "17个市级帮扶集团牵头单位", None),
                       ("各对口协同发展区县政府", "各对口协同发展区县(自治县,以下简称区县)政府", None)]
    # a count alone, or of a bare kind, names no unit: (共5个部门), (3个单位)
    assert units("1.甲。(5个部门)\n2.乙。(3个单位)\n") == []
    # a second name in brackets stays (机关党委办公室(人事处)), as before
    assert [u for u, _, _ in units("1.甲。(责任单位:机关党委办公室(人事处)、宣传处)")][0] == "机关党委办公室(人事处)"


def test_a_descriptive_tail_of_governments_adds_no_unit():
    # ninth doc_0021 (上海 基础研究): 浦东新区等相关区政府 names 浦东新区; realestate 区房管局等建设主管部门 as before
    assert [u for u, _, _ in units("1.支持。(责任单位:市科委、市财政局、临港新片区管委会、浦东新区等相关区政府)", region="上海市")] == [
        "市科委", "市财政局", "临港新片区管委会", "浦东新区"]


@pytest.mark.parametrize("closing,expected", [
    # the manner said before a closing word: by their duties (as 按职责分工负责), guiding still without a role
    ("(各区县政府负责,市级有关部门按职责指导)", [("各区县政府", None), ("市级有关部门", None)]),
    ("(市住房城乡建设局、市自然资源局各自落实)", [("市住房城乡建设局", "joint"), ("市自然资源局", "joint")]),
    ("(省发展改革委、省财政厅分别落实)", [("省发展改革委", "joint"), ("省财政厅", "joint")]),
    ("(市商务委、市财政局牵头,各区县政府具体实施)", [("市商务委", "lead"), ("市财政局", "lead"), ("各区县政府", "support")]),
    ("(市卫健委牵头,市医保局积极配合)", [("市卫健委", "lead"), ("市医保局", "support")]),
])
def test_a_manner_between_the_names_and_the_closing_word(closing, expected):
    region = "某某省" if "省" in closing else "某某市"
    assert [(u, r) for u, r, _ in units("1.推进某项工作。" + closing, region=region)] == expected


def test_a_body_named_by_its_kind_after_a_conjunction_stays_with_the_name_before():
    # 各县市区党委和政府: the places' committees and governments, not a unit 政府; 区房管局及各街镇 still splits
    got = units("1.甲。(市委组织部、市人力资源社会保障局按职责分工负责,各县市区党委和政府落实)")
    assert [u for u, _, _ in got] == ["市委组织部", "市人力资源社会保障局", "各县市区党委和政府"]
    assert [u for u, _, _ in units("1.乙。(区房管局及各街镇负责)", region="某某区")] == ["区房管局", "各街镇"]


def test_bare_lists_closing_items_on_a_page_stored_as_one_line_set_the_convention():
    # a body stored on one line (ninth doc_0042's layout, plan_0012's bare 〔…〕 lists): each bracket of names closes its
    # item and the next item's label follows it with nothing between, as a line break would
    text = ("(一)强化消费协作。继续把消费帮扶纳入重要内容。〔市乡村振兴局、市商务委〕(二)加强预算采购帮扶。严格执行采购政策。"
            "(市财政局、市农业农村委)(三)鼓励社会力量采购帮扶。开展行动。(市工商联、市经济信息委)四、保障措施")
    assert [u for u, _, _ in units(text, region="重庆市")] == [
        "市乡村振兴局", "市商务委", "市财政局", "市农业农村委", "市工商联", "市经济信息委"]
    # two such brackets are no layout yet, and a bracket inside a sentence never is
    text = ("(一)强化消费协作。继续推进。(市乡村振兴局、市商务委)(二)加强采购。严格执行。(市财政局、市农业农村委)(三)鼓励。"
            "由(市工商联、市经济信息委)组织。")
    assert units(text, region="重庆市") == []


def test_lead_and_cooperating_label_lines_each_closed_by_a_full_stop_are_one_list():
    # 滁州市 2020 重点工作及责任分解 (芜湖市 2021 writes the same): 牵头责任单位:A。⏎ 协同责任单位:B…, each line a sentence
    text = ("1. 地区生产总值增长8%以上。\n\n牵头负责领导:金力。\n\n牵头责任单位:市发展改革委。\n\n"
            "协同责任单位:市经信局、滁州经开区管委会、中新苏滁高新区管委会等,各县、市、区政府。\n")
    assert [(u, r) for u, r, _ in units(text, region="滁州市")] == [
        ("市发展改革委", "lead"), ("市经信局", "support"), ("滁州经开区管委会", "support"), ("中新苏滁高新区管委会", "support"),
        ("各县政府", "support"), ("各市政府", "support"), ("各区政府", "support")]


@pytest.mark.parametrize("closing,expected", [
    # manners and verbs closing lists in work-report breakdowns: 按职责分工抓好落实, 做好配合, 各司其职, 负总责
    ("(各地区各部门按职责分工抓好落实)", [("各地区各部门", "joint")]),
    ("(各县市区政府按照职责分工抓好落实)", [("各县市区政府", "joint")]),
    ("(市发展改革委牵头,市直相关部门按职责做好配合)", [("市发展改革委", "lead"), ("市直相关部门", "support")]),
    ("(市发展改革委牵头,相关部门各司其职)", [("市发展改革委", "lead"), ("相关部门", "support")]),
    ("(省发展改革委负总责,省直有关部门配合)", [("省发展改革委", "lead"), ("省直有关部门", "support")]),
])
def test_more_closing_verbs_and_a_duty_phrase_is_no_part_of_a_name(closing, expected):
    region = "某某省" if "省" in closing else "某某市"
    assert [(u, r) for u, r, _ in units("1.推进某项工作。" + closing, region=region)] == expected


def test_a_note_written_as_a_sentence_of_its_own():
    # the bracket's list without its brackets: a sentence that is only names and a closing word (units19)
    assert units("(七)买房时可享受住房公积金优惠利率。市住房城乡建设局负责。\n") == [("市住房城乡建设局", None, 1)]
    assert units("3.细化预售条件。州自然资源局、州住房城乡建设局按职责分工负责。\n") == [
        ("州自然资源局", "joint", 1), ("州住房城乡建设局", "joint", 2)]
    assert units("3.严格执行目录。\n省政府办公厅牵头,省级有关部门、各市、县、区政府配合。\n") == [
        ("省政府办公厅", "lead", 1), ("省级有关部门", "support", 2), ("各市政府", "support", 3),
        ("各县政府", "support", 4), ("各区政府", "support", 5)]
    assert units("2.强化党性教育。…凝聚到推动发展上来。市委宣传部牵头,市委党校、市委组织部配合。") == [
        ("市委宣传部", "lead", 1), ("市委党校", "support", 2), ("市委组织部", "support", 3)]


def test_prose_saying_who_does_what_is_no_sentence_note():
    assert units("(一)加强组织领导。各级水行政主管部门要加强对辖区内水务建设工地扬尘在线监测系统安装进行督促指导。") == []
    assert units("中央组织部主要负责党员教育管理工作统筹协调。\n") == []
    assert units("1.开展宣传。县卫生健康局要加强指导。本条例由中央组织部负责解释。") == []


def test_a_lenticular_bracket_around_a_labelled_list():
    assert units("二、给予优先支持。【责任单位:商务部、财政部】\n") == [("商务部", None, 1), ("财政部", None, 2)]
    assert units("(三)推动降低成本。【牵头单位:市场监管总局;配合单位:商务部】以铅酸蓄电池为重点,落实制度。") == [
        ("市场监管总局", "lead", 1), ("商务部", "support", 2)]
    # the bracketed label of a list is no bracket around it
    assert units("1.推进改革。\n【牵头单位】市发展改革委【配合单位】市财政局\n") == [
        ("市发展改革委", "lead", 1), ("市财政局", "support", 2)]


def test_a_name_broken_over_two_lines_inside_a_bracket():
    assert units("2.享受税收政策。(牵头单位:海关\n总署;配合单位:财政部、税务总局)\n") == [
        ("海关总署", "lead", 1), ("财政部", "support", 2), ("税务总局", "support", 3)]
    assert units("实行“免督查”。(责任单位:国务院办\n公厅)\n") == [("国务院办公厅", None, 1)]
    assert units("(十)培养企业家。(牵头单位:市委组\n织部;配合单位:市国资委)\n") == [
        ("市委组织部", "lead", 1), ("市国资委", "support", 2)]
    # broken inside a name's own brackets, the next line holding another name's brackets
    assert units("(一)延期缴纳。(责任单位:县税务局、县规划和自然资源局(林业\n局)、各县(区)人民政府)\n") == [
        ("县税务局", None, 1), ("县规划和自然资源局(林业局)", None, 2), ("各县(区)人民政府", None, 3)]


def test_members_joining_a_lead_in_prose():
    # 由A牵头,B、C…等参加,建立… (tenth V_01): the guide's A牵头,B、C配合
    text = ("第三十九条 在党中央领导下,由中央组织部牵头,中央纪委国家监委机关、中央宣传部、中央党校(国家行政学院)、"
            "教育部党组、国务院国资委党委等参加,建立全国党员教育管理工作协调小组,负责规划部署。")
    assert units(text) == [("中央组织部", "lead", 1), ("中央纪委国家监委机关", "support", 2),
                           ("中央宣传部", "support", 3), ("中央党校(国家行政学院)", "support", 4),
                           ("教育部党组", "support", 5), ("国务院国资委党委", "support", 6)]
    assert units("(二)建立机制。由市交通委牵头,市发展改革委、市水务局等部门参加,统筹推进试点工作。") == [
        ("市交通委", "lead", 1), ("市发展改革委", "support", 2), ("市水务局", "support", 3)]
    assert units("成立专班,由省卫生健康委牵头,省教育厅、省民政厅为成员,按照各自职责协作配合。") == [
        ("省卫生健康委", "lead", 1), ("省教育厅", "support", 2), ("省民政厅", "support", 3)]


def test_a_name_with_no_suffix_beside_units_before_a_closing_word():
    assert units("1.保障供电。(市经济信息委、市能源局、国网重庆电力、有关企业负责)\n") == [
        ("市经济信息委", None, 1), ("市能源局", None, 2), ("国网重庆电力", None, 3), ("有关企业", None, 4)]
    assert units("(二十)开行班列。(市商务局牵头,市税务局、广元国际铁路港按职责分工负责)\n") == [
        ("市商务局", "lead", 1), ("市税务局", "support", 2), ("广元国际铁路港", "support", 3)]
    # alone, or in prose, such a name is none
    assert units("1.开展宣传。(有关企业)\n") == []


def test_a_city_named_without_its_level_shares_the_next_ones():
    assert units("6. 放宽购车限制。(广州、深圳市政府分别负责)\n") == [("广州市政府", "joint", 1), ("深圳市政府", "joint", 2)]
    assert units("2.推进试点。(责任单位:苏州、无锡市人民政府)\n") == [("苏州市人民政府", None, 1), ("无锡市人民政府", None, 2)]


def test_a_label_line_wrapped_inside_a_name():
    assert units("一、推动降低成本。\n责任单位:市场监管\n总局\n\n二、对促进外贸") == [("市场监管总局", None, 1)]
    assert units("(4)推进改革。\n牵头单位:工业和信息\n化部\n配合单位:发展改革委、科技部\n", region=None) == [
        ("工业和信息化部", "lead", 1), ("发展改革委", "support", 2), ("科技部", "support", 3)]
    assert units("2.规范运营。\n责任单位:市财政局、金融监管总局四川监\n管局按职责分工负责\n\n(三)规范管理") == [
        ("市财政局", "joint", 1), ("金融监管总局四川监管局", "joint", 2)]
    # a line after a finished name is no part of it
    assert units("1.推进建设。\n责任单位:市财政局\n加强督查。\n") == [("市财政局", None, 1)]


def test_a_word_of_support_closes_only_its_own_clause():
    # eleventh Y_01: 〔A、B,C,D参与〕 with no 牵头 and no 负责: the names before the comma answer for the task (joint, as in
    # (A、B负责,C配合)), D takes part; one such name leads, as (A负责,B配合) does
    assert units("(十一)开展就业帮扶。协调企业优先招聘。〔规划司、核电司,核电中心,局内各单位参与〕") == [
        ("规划司", "joint", 1), ("核电司", "joint", 2), ("核电中心", "joint", 3), ("局内各单位", "support", 4)]
    assert [r for _, r, _ in units("2.推进。(市住房城乡建设局,市财政局、市自然资源局配合)")] == ["lead", "support", "support"]
    # in one clause the word is said of every name before it
    assert [r for _, r, _ in units("3.推进。(市财政局、市自然资源局配合)")] == ["support", "support"]


def _hard_wrapped(paragraphs, width=30):
    """Paragraphs set as a PDF's text layer gives them: broken at the page's width wherever it falls."""
    return "\n".join(p[i:i + width] for p in paragraphs for i in range(0, len(p), width))


def test_a_list_the_pages_width_wrapped_reads_as_printed():
    # units43: lists of realestate_0082 (大连), fourth plan_0017 and govcn_0043 hard-wrapped at 30 characters, so the
    # width falls inside a bracket, a name (市住房城乡 ⏎ 建设局) and a closing word (按职责分 ⏎ 工负责), a page number between
    filler = "坚持问题导向和目标导向,统筹推进各项工作落地见效,确保取得实效,形成长效机制,切实提高人民群众满意度。"
    text = _hard_wrapped([
        "一、优化住房公积金政策。提高住房公积金贷款额度,支持缴存人提取住房公积金支付购房首付款,"
        "减轻购房负担。(市住房城乡建设局、市自然资源局、市营商局按职责分工负责)",
        filler, filler,
        "二、加快推进项目建设。加大财政资金支持力度,统筹用好地方政府专项债券,"
        "支持符合条件的项目建设。(各市政府、省财政厅等按照职责分工负责)",
        filler, filler,
        "三、推动产业协同发展。支持龙头企业牵头组建创新联合体,开展关键核心技术攻关,"
        "推动产业链上下游协同发展。(工业和信息化部、发展改革委、科技部、农业农村部按职责分工负责)",
        filler])
    lines = text.split("\n")
    text = "\n".join(lines[:9] + ["— 2 —"] + lines[9:])
    starts = [text.index(f"{n}、") for n in "一二三"] + [len(text)]
    tasks = [Task(path=str(i + 1), parent_path=None, level=1, label=f"{n}、", heading="", char_start=starts[i],
                  char_end=starts[i + 1]) for i, n in enumerate("一二三")]
    rows = run(text, region=None, tasks=tasks).responsibilities
    assert [(r.task_path, r.unit, r.role) for r in rows] == [
        ("1", "市住房城乡建设局", "joint"), ("1", "市自然资源局", "joint"), ("1", "市营商局", "joint"),
        ("2", "各市政府", "joint"), ("2", "省财政厅", "joint"),
        ("3", "工业和信息化部", "joint"), ("3", "发展改革委", "joint"), ("3", "科技部", "joint"), ("3", "农业农村部", "joint")]
    # (run: every row quotes the text as it stands at its offsets)


def test_a_text_not_hard_wrapped_is_read_as_it_stands():
    # lines not of one width: no break is soft, each list read where it stands
    text = "1.推进。(市财政局、市税务局负责)\n2.完善。(市住建局负责)\n3.(市财政局、\n加强监管)"
    rows = run(text).responsibilities
    assert [(r.unit, r.char_start) for r in rows] == [("市财政局", 6), ("市税务局", 11), ("市住建局", 25)]


@pytest.mark.parametrize("sent", [
    "中央文化企业财务会计决算材料由主管部门审核汇总后报送财政部(科教和文化司)。",  # fourteenth H53_05
    "有关情况及时报税务总局(国际税务司)。",
    "各区每月将进展情况报告市发展改革委(市粮食和物资储备局)。",
])
def test_the_receiving_office_after_a_verb_of_sending_is_no_unit(sent):
    # a bare bracket after a body a verb of sending names, even once the bare-list convention is set
    text = "1.甲。(责任单位:疾控处、宣传处)\n2." + sent + "\n3.乙。(医政处、市疾控中心)\n"
    assert units(text) == [("疾控处", None, 1), ("宣传处", None, 2),
                           ("医政处", None, 1), ("市疾控中心", None, 2)]


def test_a_clause_closed_by_its_own_word_keeps_its_role_beside_a_joint_one():
    # realestate_0090: (A、B等按职责分工负责,各市、县人民政府负责落实。…): the governments answer as 负责 alone does
    text = "一、加强保供稳价。(省发展改革委、省商务厅等按职责分工负责,各市、县人民政府负责落实。)\n"
    assert [(u, role) for u, role, _ in units(text, region="某某省")] == [
        ("省发展改革委", "joint"), ("省商务厅", "joint"), ("各市人民政府", None), ("各县人民政府", None)]


@pytest.mark.parametrize("note", [
    "第一个逗号前为牵头单位,多个牵头部门的按照职责分工负责,下同",  # eighteenth H57A_04
    "逗号前为牵头单位,下同",  # realestate_0034
    "逗号前的单位为牵头单位,逗号后为配合单位,下同",
])
def test_units_before_the_first_comma_lead_under_a_comma_note(note):
    # the lead part ends at the list's first comma: several leads, the rest support, a list writing no comma all leads
    # (H57A_04's reader); the note's 按照职责分工负责 says how leads share the work, no closing word of the list
    text = (f"1.甲。(责任单位:市科技局、市数据局,市委网信办、中国移动南充分公司;{note})\n"
            "2.乙。(责任单位:市数据局,市科技局)\n3.丙。(责任单位:市科技局、市经信局)\n"
            "4.丁。〔责任单位:市委组织部、各县(市、区)政府,市财政局〕\n")
    assert [(u, r) for u, r, _ in units(text, region="南充市")] == [
        ("市科技局", "lead"), ("市数据局", "lead"), ("市委网信办", "support"), ("中国移动南充分公司", "support"),
        ("市数据局", "lead"), ("市科技局", "support"), ("市科技局", "lead"), ("市经信局", "lead"),
        ("市委组织部", "lead"), ("各县(市、区)政府", "lead"), ("市财政局", "support")]


def test_a_comma_note_in_prose_and_a_semicolon_note():
    text = ("各项任务责任单位中,逗号前为牵头单位。\n1.甲。(市发改委、市财政局,市商务局)\n2.乙。(市商务局负责)\n")
    assert [(u, r) for u, r, _ in units(text)] == [
        ("市发改委", "lead"), ("市财政局", "lead"), ("市商务局", "support"), ("市商务局", "lead")]
    text = "1.甲。(责任单位:市发改委、市财政局;市商务局、市税务局。分号前为牵头单位,下同)\n2.乙。(责任单位:市商务局;市财政局)\n"
    assert [(u, r) for u, r, _ in units(text)] == [
        ("市发改委", "lead"), ("市财政局", "lead"), ("市商务局", "support"), ("市税务局", "support"),
        ("市商务局", "lead"), ("市财政局", "support")]
    # a first-is-lead note keeps its one lead beside a comma (first_is_lead tests above)
    text = "1.甲。(责任单位:市发改委、市财政局,市商务局;列第一位的为牵头单位,下同)\n"
    assert [r for _, r, _ in units(text)] == ["lead", "support", "support"]


def test_tortoise_shell_and_angle_brackets_in_a_name():
    # 市委改革办〔市营商环境建设局〕: a body's second name in 〔〕 stays, as 机关党委办公室(人事处) does (H57A_01)
    got = units("(二)提供服务。(责任单位:市委改革办〔市营商环境建设局〕、市发改委、市经信局;列第一位的为牵头单位,下同)",
                region="宁波市")
    assert got == [("市委改革办〔市营商环境建设局〕", "lead", 1), ("市发改委", "support", 2), ("市经信局", "support", 3)]
    # 〈含…,下同〉 after a name is a note, as (含…,下同) is: no part of the unit, no split, no convention (H57A_03)
    doc = run("一、强化支撑。每年提供算力支持。(责任单位:市数据局、各区人民政府〈含开发区、长江新区、风景区管委会,下同〉)\n"
              "二、畅通供给。(责任单位:市数据局、市经信局)\n", region="武汉市")
    assert [(r.unit, r.unit_raw, r.role) for r in doc.responsibilities] == [
        ("市数据局", "市数据局", None), ("各区人民政府", "各区人民政府〈含开发区、长江新区、风景区管委会,下同〉", None),
        ("市数据局", "市数据局", None), ("市经信局", "市经信局", None)]
    # a 〔…〕 list holding a name's own 〔…〕 closes at its own bracket
    assert units("1.甲。〔责任单位:市委改革办〔市营商环境建设局〕、市发改委、各县〔市、区〕人民政府〕\n") == [
        ("市委改革办〔市营商环境建设局〕", None, 1), ("市发改委", None, 2), ("各县〔市、区〕人民政府", None, 3)]


def test_a_list_naming_each_parts_role_after_it():
    # A为牵头单位,B为配合单位: a copula and a label close the names before it with the label's role
    for text in ("1.开展行动。(市发展改革委为牵头单位,市财政局、市商务局为配合单位)\n",
                 "1.开展行动。(市发展改革委为牵头单位;市财政局、市商务局为配合单位)\n",
                 "1.开展行动。(牵头单位为市发展改革委,配合单位为市财政局、市商务局)\n",
                 "1.开展行动。(市发展改革委作为牵头部门,市财政局、市商务局作为配合部门)\n",
                 "1.开展行动。市发展改革委为牵头单位,市财政局、市商务局为配合单位。\n"):
        assert units(text) == [("市发展改革委", "lead", 1), ("市财政局", "support", 2), ("市商务局", "support", 3)], text
    assert units("1.开展行动。(市发展改革委、市科技局为牵头部门,市财政局为配合部门)\n") == [
        ("市发展改革委", "lead", 1), ("市科技局", "lead", 2), ("市财政局", "support", 3)]
    assert units("1.开展行动。(市发展改革委为主责单位,市财政局为协办单位)\n") == [
        ("市发展改革委", "lead", 1), ("市财政局", "support", 2)]
    assert units("1.开展行动。(市发展改革委为责任单位)\n") == [("市发展改革委", None, 1)]


def test_a_place_in_the_list_named_before_the_role_is_the_convention():
    # 第一个为牵头单位, 其余单位为配合单位, 列首位者牵头, 排在前面的为牵头单位: the convention, no unit
    for note in ("第一个单位为牵头单位,其余单位为配合单位,下同", "列首位者牵头,下同", "排在前面的为牵头单位,下同",
                 "排名第一的为牵头单位,下同", "首个单位为牵头单位,其他单位为配合单位,下同"):
        text = f"1.甲。(责任单位:市发展改革委、市财政局,{note})\n2.乙。(责任单位:市科技局、市商务局)\n"
        assert units(text) == [("市发展改革委", "lead", 1), ("市财政局", "support", 2),
                               ("市科技局", "lead", 1), ("市商务局", "support", 2)], note


def test_a_bodys_other_name_in_brackets_sets_no_layout():
    # 广州甘蔗糖业研究所(国家糖业质量监督检验中心): the body's other name, however often, is no list of units
    text = ("1.检验。检验机构为广州甘蔗糖业研究所(国家糖业质量监督检验中心)。\n"
            "2.检验。检验机构为甲研究所(乙检验中心)。\n3.检验。检验机构为丙研究院(丁检测中心)。\n")
    assert units(text) == []
    # a layout of brackets closing task sentences still says so
    text = "1.建设。(市交通局、市发展改革委)\n2.推进。(市财政局)\n3.完善。(市商务局、市财政局)\n"
    assert [u for u, _, _ in units(text)] == ["市交通局", "市发展改革委", "市财政局", "市商务局", "市财政局"]


def test_a_lead_then_support_running_into_their_act():
    # A牵头,B配合<act>: the guide's A牵头,B、C配合 with the act said once (twentieth H58D_04)
    assert units("4.加强。行业管理处牵头,风景区与旅游执法支队配合认真推动星级饭店电气火灾综合治理工作落实。\n") == [
        ("行业管理处", "lead", 1), ("风景区与旅游执法支队", "support", 2)]
    assert units("1.促消费。市商务局牵头,市财政局、市市场监管局配合做好消费券发放工作。\n") == [
        ("市商务局", "lead", 1), ("市财政局", "support", 2), ("市市场监管局", "support", 3)]
    assert units("1.应急。区应急局牵头,各街镇协助开展隐患排查。\n") == [("区应急局", "lead", 1), ("各街镇", "support", 2)]
    # a lead in prose with no support clause after it, and a mechanism's name, are no list
    assert units("3.排查。行业管理处牵头按照本工作实施方案,组成检查组对星级饭店依法开展排查整治。\n") == []
    assert units("1.建设。县卫健局牵头,各乡镇配合的工作机制。\n") == []
    # a conjunction between two bodies still splits them, a development zone's too (高新区 is a unit: no one body with
    # a body after it); 风景区 alone is no unit, so 风景区与旅游执法支队 above stays one
    assert units("1.建设。(区房管局及各街镇负责)\n") == [("区房管局", None, 1), ("各街镇", None, 2)]
    assert units("1.建设。(高新区与市公安局负责)\n") == [("高新区", None, 1), ("市公安局", None, 2)]


def test_a_field_of_another_kind_ends_a_list_run_on_one_line():
    # a body stored as one line runs the list on into the time limit, the attachment list or a contact line
    text = ("1.补充目录。及时补充更新目录。牵头部门:省审改办、省司法厅参与部门:省级有关部门完成时限:2019年6月底前"
            "2.动态调整目录。")
    assert units(text, region="陕西省") == [("省审改办", "lead", 1), ("省司法厅", "lead", 2), ("省级有关部门", "support", 3)]
    text = ("5.强化考核。予以倾斜。责任单位:各片区管理局,区行政审批局、党群工作部附件:5G网络建设协调领导小组成员名单"
            " 组 长:陈善光 区党工委书记 成 员:施 强 金井片区管理局党委书记、局长")
    assert [u for u, _, _ in units(text, region="平潭综合实验区")] == ["各片区管理局", "区行政审批局", "区党群工作部"]
    assert [u for u, _, _ in units("1.推进。责任单位:市发展改革委 联系人:张三,联系电话:12345678\n")] == ["市发展改革委"]
