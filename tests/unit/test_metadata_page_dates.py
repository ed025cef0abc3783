"""A page's date and a notice's signature in the shapes housing notices print them (fields52): a page's publication
line in its several forms, a seal note run on after the signing body, a database record row's fields, and what a
notice issues (an attached working guide it does not issue; a document its text hands down; an attachment's own
heading). Lines as the real notices named print them; the bodies and dates varied as other notices write them."""
import datetime as dt

import pytest

from metadata_reading import meta

TITLE = "关于进一步促进房地产市场平稳健康发展的通知"
BODY = ("为促进房地产市场平稳健康发展,结合我市实际,现将有关事项通知如下:\n一、支持购房。在我市购买新建商品住房的,给予契税补贴。\n"
        "二、本通知自印发之日起施行,有效期至2025年12月31日。")


@pytest.mark.parametrize("line", [
    "发布时间:2024-05-06",
    "发布日期:2024.5.6",
    "发布日期:二〇二四年五月六日",
    "发布时间:2024-05-06 10:20:11 来源:常州市住房和城乡建设局",
    "来源:常州市住房和城乡建设局 发布时间:2024年05月06日 10:20",
    "来源:常州市住房和城乡建设局发布时间:2024-05-06 10:20",  # a field's value run into the next label
    "【发布时间:2024-05-06】【来源:常州市住建局】",
    "发布日期:2024-05-06浏览次数:461",
    "来源:常州日报 2024-05-06",  # a date apart on the page's source line
    "2024-05-06 10:20 来源:常州市住房和城乡建设局",
    "日期:2024-05-06",
])
def test_a_pages_publication_line_dates_an_unsigned_notice(line):
    doc = meta(f"【江苏常州】{TITLE}\n{line}\n{BODY}")
    assert doc.title == TITLE
    assert doc.issue_date == dt.date(2024, 5, 6)


@pytest.mark.parametrize("line", [
    "补贴时间:2024年5月6日至2024年12月31日",  # a sentence's window under a label ending 时间
    "来源:常州日报 2024-05-06起",
])
def test_a_window_under_a_label_is_no_publication_date(line):
    assert meta(f"{TITLE}\n{line}\n{BODY}").issue_date is None


@pytest.mark.parametrize("signature, issuer", [
    ("常州市住房和城乡建设局(代章)\n2024年5月6日", "常州市住房和城乡建设局"),
    ("常州市住房和城乡建设局\n(常州市住房和城乡建设局代章)\n2024年5月6日", "常州市住房和城乡建设局"),
    ("江门市人民政府办公室(盖章)\n2024年5月6日", "江门市人民政府办公室"),
])
def test_a_seal_note_after_the_signing_body_leaves_the_body(signature, issuer):
    doc = meta(f"{TITLE}\n{BODY}\n{signature}")
    assert (doc.issuer, doc.issue_date) == (issuer, dt.date(2024, 5, 6))


def test_a_database_records_date_and_body_are_page_fields():
    # realestate_0001: `date | organ | title | text` stored as the text's first line
    doc = meta("2021-08-11 00:00:00 | 住建部 | 关于在实施城市更新行动中防止大拆大建问题的通知(征求意见稿) | 关于在实施城市更新行动中\n"
               "防止大拆大建问题的通知\n(征求意见稿)\n实施城市更新行动是重要决策部署。现提出以下要求:\n一、坚持划定底线。")
    assert doc.title == "关于在实施城市更新行动中防止大拆大建问题的通知(征求意见稿)"
    assert (doc.issuer, doc.issue_date) == ("住建部", dt.date(2021, 8, 11))


GUIDE = "\n".join(["一、调整要求", "1.缴存基数调整后应及时告知职工。", "二、办理方式", "网上自主办理:登录网上办事大厅办理。" * 8])


@pytest.mark.parametrize("title, wrapper, plan_title", [
    # realestate_0157: the notice makes its own change and attaches the guide to follow it: it issues no document
    ("广州住房公积金管理中心关于调整住房公积金最低缴存基数的通知",
     "自2025年3月1日起,缴存基数下限调整为2500元。请各缴存单位按照相关工作指引(见附件)完成调整工作。", None),
    ("关于做好住房公积金缴存基数调整工作的通知", "请各单位按照附件所列办理指引,于2025年7月31日前完成调整。", None),
    # realestate_0160: a letter whose wrapper forwards what it attaches issues it
    ("关于全方位宣传购房优惠政策的函", "我局重新调整了本区购房优惠政策(详见附件),现转发给你们,请广泛宣传。",
     "关于调整住房公积金最低缴存基数的工作指引"),
    ("关于印发住房公积金缴存基数调整工作指引的通知", "现将工作指引印发给你们,请遵照执行。",
     "关于调整住房公积金最低缴存基数的工作指引"),
    # a title naming what it attaches (govcn_0005's layout under a 通知: 关于推广…典型经验做法的通知)
    ("关于推广住房公积金缴存工作指引的通知", "请各单位参照执行。", "关于调整住房公积金最低缴存基数的工作指引"),
])
def test_an_attached_guide_is_issued_only_where_the_notice_says_so(title, wrapper, plan_title):
    doc = meta(f"{title}\n各住房公积金缴存单位:\n{wrapper}\n附件:关于调整住房公积金最低缴存基数的工作指引\n"
               f"广州住房公积金管理中心\n2025年2月28日\n附件\n关于调整住房公积金最低缴存基数的工作指引\n{GUIDE}")
    assert doc.plan_title == plan_title


@pytest.mark.parametrize("sentence, plan_title", [
    # third govprc_0006: a 批复 approving and forwarding a ministry's proposal
    ("国务院同意石油部《关于与外商合作勘探开发石油工作统一归口的建议》,现转发给你们,请照此执行。",
     "关于与外商合作勘探开发石油工作统一归口的建议"),
    ("经市政府同意,现将《常州市住房公积金缴存管理办法》印发给你们,请认真执行。", "常州市住房公积金缴存管理办法"),
    ("《常州市住房公积金缴存管理办法》已经市政府同意,现印发给你们,请认真执行。", "常州市住房公积金缴存管理办法"),
])
def test_a_document_the_text_hands_down_is_the_plan_title(sentence, plan_title):
    doc = meta(f"常州市人民政府关于住房公积金缴存管理有关问题的批复\n市住房公积金管理中心:\n{sentence}\n常州市人民政府\n2024年5月6日")
    assert doc.plan_title == plan_title


def test_an_attachments_own_heading_names_what_a_notice_hands_down():
    # extra shgov_0040: the list line's words and the heading over the table differ; the heading names it
    text = ("上海市嘉定区人民政府关于下达嘉定区2014年度集中建设区外现状低效建设用地减量化任务的通知\n各街镇:\n"
            "现将我区2014年度集建区外建设用地减量化任务分解下达,请认真贯彻执行:\n一、充分认识减量化的重要性\n各街镇要充分认识。\n"
            "附件:嘉定区2014年度集中建设区外现状低效建设用地减量化任务计划表\n上海市嘉定区人民政府\n2014\n年8月12日\n附件\n"
            "2014\n年嘉定区集建区外建设用地减量化计划表\n单位:公顷\n乡镇\n")
    assert meta(text).plan_title == "2014年嘉定区集建区外建设用地减量化计划表"


@pytest.mark.parametrize("lead", [
    "5月6日,常州市住房和城乡建设局发布《关于进一步促进房地产市场平稳健康发展的通知》。",
    "5月6日上午,常州市召开新闻发布会,发布《关于进一步促进房地产市场平稳健康发展的通知》。",
    "记者5月6日从常州市住房和城乡建设局获悉,常州出台新政。",
    "据常州发布消息,5月6日,常州市住房和城乡建设局印发《关于进一步促进房地产市场平稳健康发展的通知》。",
])
def test_a_news_leads_release_day_dates_the_repost(lead):
    doc = meta(f"【江苏常州】常州出台楼市新政\n{lead}\n新政明确,自2024年5月7日起,首套房契税全额补贴。\n据悉,政策有效期至2024年12月31日。")
    assert (doc.title, doc.issuer, doc.issue_date) == ("常州出台楼市新政", None, dt.date(2024, 5, 6))
