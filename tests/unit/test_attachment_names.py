"""The name of a document a notice carries as its attachment (pipeline/metadata/attachment_names.py)."""


def test_the_one_attachment_of_a_notice_that_publishes_it_names_the_plan():
    from pipeline.metadata.attachment_names import issued_attachment, published_attachment

    text = "各区:\n现将保护区域予以公布。\n附件:道路桥梁和隧道安全保护区域\n某市交通委员会\n2020年1月2日\n"
    assert published_attachment("关于公布本市城市桥梁和隧道安全保护区域的通知", text) == "道路桥梁和隧道安全保护区域"
    listed = text.replace("附件:道路", "附件:1.道路")
    assert published_attachment("关于公布本市城市桥梁和隧道安全保护区域的通知", listed) is None
    assert issued_attachment("现予印发。\n附件1:某市补贴实施细则.pdf\n") == "某市补贴实施细则"
    assert issued_attachment("现予印发。\n附件:\n某市补贴实施细则.pdf\n") == "某市补贴实施细则"
