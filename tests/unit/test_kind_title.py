"""targets.patterns.kind_title: what names a notice's kind is its title without the bodies opening it."""
from pipeline.document import Document
from pipeline.targets.patterns import kind_title


def doc(title, issuer, plan_title=None):
    d = Document(source_file="t", raw="")
    d.title, d.issuer, d.plan_title = title, issuer, plan_title
    return d


def test_a_bodys_name_is_no_kind_of_notice():
    # eighth doc_0012 and doc_0014: a 规划 bureau's rules are no plan
    assert "规划" not in kind_title(doc("西安市自然资源和规划局关于印发《西安市建设项目停车位配建标准实施细则(试行)》的通知",
                                        "西安市自然资源和规划局"))
    assert kind_title(doc("杭州市城乡建设委员会杭州市规划和自然资源局杭州市公安局关于印发《补充实施细则》的通知",
                          "杭州市城乡建设委员会、杭州市规划和自然资源局、杭州市公安局", "补充实施细则")) \
        == "关于印发《补充实施细则》的通知 补充实施细则"
    # a title not opening with its issuer is read whole
    assert kind_title(doc("关于印发2024年工作要点的通知", "某市人民政府")) == "关于印发2024年工作要点的通知"
