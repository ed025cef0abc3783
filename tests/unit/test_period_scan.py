"""The one-scan search for clauses opening with a period word finds what the clause-by-clause
test finds (targets/context.py)."""
import random

from pipeline.document import Document
from pipeline.targets import context


def _clause_by_clause(text: str) -> list[int]:
    clauses = context._PeriodClauses.__new__(context._PeriodClauses)
    clauses.text = text
    return [lo for lo in (m.end() for m in context.CLAUSE_STOP.finditer(text)) if clauses._opens_with_period(lo)]


def test_the_scan_finds_what_the_clause_by_clause_test_finds():
    assert context._period_after_stop() is not None
    pieces = ["每年", "每", "年度", "年", "每季度", "每月", "月", ",", ";", ":", "。", "!", "?", "\n", " ",
              "\u3000", "\t", "组织", "培训", "1次", "(", "a"]
    rng = random.Random(11)
    texts = ["(一)加强培训。每年组织培训不少于2次;\u3000每季度开展检查,每月通报。\n 年度考核:每周一次",
             "目标任务:\n每年新增就业1万人,年均增长5%。"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 40))) for _ in range(3000)]
    for text in texts:
        assert context._PeriodClauses(Document(source_file="t", raw=text, text=text)).starts \
            == _clause_by_clause(text), text
