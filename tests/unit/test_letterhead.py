"""Where nothing signs, a joint letterhead names the issuers (CONVENTIONS, A joint letterhead: the seals and names
under the wrapper became images in a PDF's conversion); a signing body broken over two lines is one name."""
import pytest

from metadata_reading import meta

_BODY = ("各区县(功能区)商务主管部门:\n现将《实施细则》印发给你们,请抓好贯彻落实。\n\n"
         "![](images/a.jpg)\n\n(此件公开发布)\n\n某实施细则\n\n第一条 为规范管理,制定本细则。\n")


@pytest.mark.parametrize("head, issuer", [
    # tenth Q_01: a converted PDF's markdown, one body's line ending 文件
    ("# 济南市商务局\n济南市发展和改革委员会文件\n济南市财政局\n济南市市场监督管理局\n\n济商务字〔2025〕5号\n\n"
     "# 关于印发《济南市2025年家电以旧换新补贴实施细则》的通知\n",
     "济南市商务局、济南市发展和改革委员会、济南市财政局、济南市市场监督管理局"),
    # tenth Q_03: each body a heading, no 文件, the title's first body and count over its 关于 line
    ("# 山东省商务厅\n\n# 山东省发展和改革委员会\n\n# 山东省财政厅\n\n鲁商字 [2025] 1号\n\n# 山东省商务厅等3部门\n\n"
     "# 关于印发《山东省2025年家电以旧换新实施方案》的通知\n",
     "山东省商务厅、山东省发展和改革委员会、山东省财政厅"),
    # eighth doc_0014's letterhead: 文件 alone under the first body
    ("杭州市城乡建设委员会\n文件\n杭州市规划和自然资源局\n杭州市公安局\n杭建设〔2024〕138号\n关于印发《停车配建补充实施细则》的通知\n",
     "杭州市城乡建设委员会、杭州市规划和自然资源局、杭州市公安局"),
    # seventh doc_0028's: national bodies, 文件 after a space
    ("发展改革委办公厅 文件\n税务总局办公厅\n发改办财金规〔2019〕860号\n关于加强个人所得税纳税信用建设的通知\n",
     "发展改革委办公厅、税务总局办公厅"),
])
def test_a_joint_letterhead_names_the_issuers_where_nothing_signs(head, issuer):
    assert meta(head + _BODY).issuer == issuer


def test_a_signature_wins_over_the_letterhead():
    text = ("济南市商务局\n济南市财政局文件\n济商务字〔2025〕5号\n关于印发《某实施细则》的通知\n各区县商务主管部门:\n"
            "现将《某实施细则》印发给你们,请抓好贯彻落实。\n济南市商务局\n2025年1月20日\n某实施细则\n一、总体要求\n" + "为做好工作。" * 60)
    assert meta(text).issuer == "济南市商务局"


def test_one_body_over_the_number_is_no_joint_letterhead():
    assert meta("济南市商务局文件\n济商务字〔2025〕5号\n关于印发《某实施细则》的通知\n" + _BODY).issuer is None


@pytest.mark.parametrize("signer, issuer", [
    ("河南省教育厅新型冠状病毒感染\n的肺炎疫情防控工作领导小组\n(河南省教育厅代章)",     # tenth T_02
     "河南省教育厅新型冠状病毒感染的肺炎疫情防控工作领导小组"),
    ("国家发展\n改革委办公厅", "国家发展改革委办公厅"),
    ("广州市住房和城乡建设局城市更新\n工作领导小组办公室", "广州市住房和城乡建设局城市更新工作领导小组办公室"),
    # a central body's mechanism and its groups signing on their own (fourteenth H53_11, H53_12)
    ("国务院应对新型冠状病毒肺炎\n疫情联防联控机制综合组", "国务院应对新型冠状病毒肺炎疫情联防联控机制综合组"),
    ("国务院应对新型冠状病毒肺炎疫情\n联防联控机制医疗救治组", "国务院应对新型冠状病毒肺炎疫情联防联控机制医疗救治组"),
    ("国家卫生健康委员会新冠疫情\n防控专家组", "国家卫生健康委员会新冠疫情防控专家组"),
    ("中央应对新型冠状病毒感染\n肺炎疫情工作领导小组", "中央应对新型冠状病毒感染肺炎疫情工作领导小组"),
])
def test_a_signing_body_broken_over_two_lines_is_one_name(signer, issuer):
    text = (f"关于印发某管理办法的通知\n各有关单位:\n现将《某管理办法》印发给你们,请认真贯彻执行。\n{signer}\n2020年3月3日\n"
            "某管理办法\n一、总则\n" + "第一条 为加强管理,制定本办法。" * 20)
    assert meta(text).issuer == issuer
