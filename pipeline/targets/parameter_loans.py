"""Names of a loan's settings by the kind of loan the text names (公积金贷款首套住房最低首付款比例, 住房公积金贷款最高限额)."""
from __future__ import annotations

import functools
import re

from ..document import Document
from .. import rules
from .parameter_parties import joined
from .patterns import CONJUNCTION, ITEM_LABEL, parameter_config, start_of_sentence


def loan_named(doc: Document, name: str, at: int) -> str:
    """使用公积金贷款购买自住商品房的,首套住房…最低首付款比例均为20% -> 公积金贷款首套住房最低首付款比例; 申请住房公积金贷款时,…
    贷款最高限额调整为70万元 -> 住房公积金贷款最高限额: a down payment, amount, cap or rate of a loan whose part of the
    sentence (up to the number) names the loan by its kind carries the kind as the text writes it
    (docs/CONVENTIONS.md; rules/parameters.yaml loan_kinds; `at`: where the number stands). A name of a kind already, or of another loan, is kept."""
    cfg = parameter_config()
    if not any(w in name for w in cfg["loan_attribute_words"]) or any(w in name for w in cfg["loan_name_kept"]):
        return name
    text = doc.text
    kind = _kind_named(doc, at)
    if kind is None:
        return name
    sentence = text[start_of_sentence(text, at):at]
    if not any(w in name for w in cfg["loan_attribute_words"] if w not in cfg["drawn_attribute_words"]) \
            and any(w in sentence for w in cfg["drawing_words"]):
        return name  # 租房提取公积金的额度由每年每人1.5万元提高至1.8万元: a bare 额度 of what is drawn, no loan's
    # (揭贷款首付比例 -> 按揭贷款首付比例, 贷款最高限额 -> 住房公积金贷款最高限额, 最高贷款额度 -> 公积金贷款最高额度: the kind
    # in place of the loan word the name has, a cap word after it; 首付款比例 -> 公积金贷款首付款比例: before a name without one)
    written = next((kind[i:] for i in range(len(kind) - 2) if kind[i:] in name), None)
    if written is None:
        written = next((w for w in cfg["loan_words"] if w in name), None)
    where = name.find(written) if written else 0
    loan = cfg["loan_words"].get(written, "{kind}").format(kind=kind) if written else kind
    rest = name[where + len(written):] if written else name
    return joined(name[:where], loan) + rest


def _kind_named(doc: Document, at: int) -> str | None:
    """The kind of loan named last before `at`: in its sentence, else earlier in its paragraph (7.提高公积金贷款额度。…
    单身单缴存职工贷款额度提高至30万元), else in the heading of the item the paragraph stands in ((一)提高住房公积金贷款额度
    over its paragraphs). 申请住房公积金购买… names the loan by its use (住房公积金贷款)."""
    text = doc.text
    sentence = start_of_sentence(text, at)
    paragraph = text.rfind("\n", 0, at) + 1
    # (1.积极提供个人住房按揭贷款支持。…2.执行较低的贷款首付比例。…: an item run on in the line starts a paragraph of its own)
    labels = list(_RUN_ON_LABEL.finditer(text, paragraph, sentence))
    if labels:
        paragraph = labels[-1].start()
    task = doc.task_at(at)
    heading = task.heading if task is not None and task.char_start < paragraph and not labels else ""
    for part in (text[sentence:at], text[paragraph:min(sentence, at)], heading):
        part = _QUOTED.sub(lambda m: " " * len(m.group()), part)  # 《关于优化个人住房贷款…的通知》
        kinds = list(_loan_kind().finditer(part))
        if kinds:
            # (个人通过商业银行和公积金贷款购买…: a kind joined to another names neither alone)
            if kinds[-1].start() > 0 and CONJUNCTION.match(part, kinds[-1].start() - 1):
                return None
            kind = kinds[-1].group()
            return kind if kind.endswith("贷款") else kind + "贷款"
    return None


_QUOTED = re.compile(r"《[^《》]*》|“[^“”]*”")


_RUN_ON_LABEL = re.compile(r"(?<=[。;!?])[ ]*" + ITEM_LABEL)


@functools.cache
def _loan_kind() -> re.Pattern:
    cfg = parameter_config()
    return re.compile(rf"{rules.alternation(cfg['loan_kinds'])}|{cfg['loan_kind_by_use']}")
