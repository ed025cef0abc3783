"""The name of a document a notice carries as its attachment (pipeline/metadata/attachment_names.py)."""


def test_the_one_attachment_of_a_notice_that_publishes_it_names_the_plan():
    from pipeline.metadata.attachment_names import issued_attachment, published_attachment

    text = "各区:\n现将保护区域予以公布。\n附件:道路桥梁和隧道安全保护区域\n某市交通委员会\n2020年1月2日\n"
    assert published_attachment("关于公布本市城市桥梁和隧道安全保护区域的通知", text) == "道路桥梁和隧道安全保护区域"
    listed = text.replace("附件:道路", "附件:1.道路")
    assert published_attachment("关于公布本市城市桥梁和隧道安全保护区域的通知", listed) is None
    assert issued_attachment("现予印发。\n附件1:某市补贴实施细则.pdf\n") == "某市补贴实施细则"
    assert issued_attachment("现予印发。\n附件:\n某市补贴实施细则.pdf\n") == "某市补贴实施细则"


def test_a_notice_handing_down_what_its_one_attachment_names_issues_that_attachment():
    # CONVENTIONS (lists published as an attachment): 推广 hands down what the title names where the one attachment's name
    # holds the title's words for it (real govcn_0048; fourteenth H53_03, its blind reader wrote the attachment's name)
    from pipeline.metadata.attachment_names import published_attachment
    text = "各省、自治区、直辖市人民政府:\n现将有关事项通知如下。\n附件:{}\n国务院办公厅\n2018年12月23日\n"
    assert published_attachment("国务院办公厅关于推广第二批支持创新相关改革举措的通知",
                                text.format("第二批支持创新相关改革举措推广清单")) == "第二批支持创新相关改革举措推广清单"
    assert published_attachment("国务院办公厅关于复制推广营商环境创新试点改革举措的通知",
                                text.format("首批在全国复制推广的营商环境创新试点改革举措清单")) \
        == "首批在全国复制推广的营商环境创新试点改革举措清单"
    # an attachment naming something else is a requirement of the notice's own (extra shgov_0054: null)
    assert published_attachment("关于加快推广本市建筑垃圾资源化利用建材产品应用的通知",
                                text.format("建筑垃圾再生产品再生骨(集)料应用要求")) is None
    # several attachments: none is the one it hands down
    listed = text.format("1.第二批支持创新相关改革举措推广清单\n2.推广工作联系表")
    assert published_attachment("国务院办公厅关于推广第二批支持创新相关改革举措的通知", listed) is None
