"""spaCy: the DocBin export (from tables and from gold files) and the policy_extract component."""
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import spacy
import yaml
from spacy.tokens import DocBin

from pipeline import cli
from pipeline.spacy_spans import TABLES

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"


def load(path: Path):
    nlp = spacy.blank("zh")
    return list(DocBin().from_disk(path).get_docs(nlp.vocab))


def test_export_from_tables_has_a_span_per_row_with_its_fields(real_outputs, tmp_path):
    to = tmp_path / "real.spacy"
    assert cli.main(["export-spacy", "--output", str(real_outputs), "--to", str(to)]) == 0
    docs = load(to)
    documents = pq.read_table(real_outputs / "documents.parquet").to_pylist()
    assert len(docs) == len(documents)
    for table in TABLES:
        if (real_outputs / f"{table}.parquet").exists():
            rows = pq.read_table(real_outputs / f"{table}.parquet").num_rows
            assert sum(len(d.spans[table]) for d in docs) == rows, table
    targets = [s for d in docs for s in d.spans["targets"]]
    assert targets and all(s.label_ == "targets" for s in targets)
    # blank zh segments by character: spans are exact, and the fields came along
    for span in targets:
        fields = span._.policy_fields
        assert span.text == fields["span_text"]
        assert (span.start_char, span.end_char) == (fields["char_start"], fields["char_end"])
        assert {"indicator", "indicator_key", "comparator", "value", "unit", "target_id"} <= fields.keys()
    dated = [s._.policy_fields["deadline"] for s in targets if s._.policy_fields["deadline"]]
    assert dated and all(re.fullmatch(r"\d{4}-\d\d-\d\d", d) for d in dated)


def test_two_rows_over_the_same_characters_keep_their_own_fields(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("一、目标\n到2025年,城乡居民健康素养水平和经常参加体育锻炼人数比例均达到40%。\n",
                                  encoding="utf-8")
    out = tmp_path / "out"
    assert cli.main(["extract", "--corpus", str(corpus), "--output", str(out), "--quiet"]) == 0
    assert cli.main(["export-spacy", "--output", str(out), "--to", str(tmp_path / "a.spacy")]) == 0
    (doc,) = load(tmp_path / "a.spacy")
    spans = list(doc.spans["targets"])
    assert len(spans) == 2 and spans[0].text == spans[1].text == "40%"
    assert {s._.policy_fields["indicator_key"] for s in spans} == {"居民健康素养水平", "经常参加体育锻炼人数比例"}


def test_export_from_gold_files_places_every_labelled_row(tmp_path, capsys):
    to = tmp_path / "gold.spacy"
    assert cli.main(["export-spacy", "--gold", str(GOLD), "--corpus", str(ROOT / "corpus"), "--to", str(to)]) == 0
    assert "not placed" not in capsys.readouterr().err
    docs = load(to)
    golds = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.yaml"))]
    assert [d.user_data["source_file"] for d in docs] == [g["source_file"] for g in golds]
    for doc, gold in zip(docs, golds, strict=True):
        tasks = [t for t in gold["tasks"] if t.get("path")]
        assert len(doc.spans["tasks"]) == len(tasks)
        for key, table in (("targets", "targets"), ("deadlines", "deadlines"), ("units", "responsibilities")):
            labelled = [row for t in gold["tasks"] for row in t.get(key) or []]
            assert len(doc.spans[table]) == len(labelled), (gold["source_file"], key)
        for span in doc.spans["targets"]:
            fields = span._.policy_fields
            if fields.get("span_text"):
                assert span.text == fields["span_text"]
            else:  # found by its number: the span holds it
                assert str(int(fields["value"])) in span.text
        for span in doc.spans["deadlines"]:
            if span._.policy_fields.get("raw"):
                assert span.text == span._.policy_fields["raw"]


def test_export_of_a_folder_without_tables_is_a_clear_error(tmp_path, capsys):
    assert cli.main(["export-spacy", "--output", str(tmp_path), "--to", str(tmp_path / "x.spacy")]) == 2
    assert "documents.parquet not found" in capsys.readouterr().err


# --- the component --------------------------------------------------------------------

RAW = ("关于印发某市健康行动方案的通知\r\n\r\n\r\n一、工作目标\r\n"
       "　　（一）到２０２５年，全市婴儿死亡率控制在５‰以下，孕产妇死亡率控制在１０／１０万以下。"
       "（责任单位：市卫生健康委、市财政局）  \r\n")


def test_component_fills_span_groups_on_the_users_own_text():
    import pipeline.spacy_spans  # noqa: F401  (registers the factory where no entry point is installed)

    nlp = spacy.blank("zh")
    nlp.add_pipe("policy_extract")
    doc = nlp(RAW)
    assert doc.text == RAW
    assert set(TABLES) <= set(doc.spans)
    targets = doc.spans["targets"]
    assert [unicodedata.normalize("NFKC", s.text) for s in targets] == ["5‰以下", "10/10万以下"]
    assert [s._.policy_fields["indicator_key"] for s in targets] == ["婴儿死亡率", "孕产妇死亡率"]
    assert [s.text for s in doc.spans["responsibilities"]] == ["市卫生健康委", "市财政局"]
    assert [unicodedata.normalize("NFKC", s.text) for s in doc.spans["deadlines"]] == ["到2025年"]
    assert [s._.policy_fields["path"] for s in doc.spans["tasks"]] == ["1", "1.1"]


@pytest.mark.parametrize("name", ["003_a564f10642a1edd4.txt", "001_241d3c140d600f76.txt"])
def test_component_spans_match_the_pipelines_rows_on_real_notices(name):
    import pipeline.spacy_spans  # noqa: F401

    raw = (ROOT / "corpus" / name).read_bytes().decode("utf-8")
    nlp = spacy.blank("zh")
    nlp.add_pipe("policy_extract")
    doc = nlp(raw)
    targets = doc.spans["targets"]
    assert len(targets) > 10
    for span in targets:
        assert re.sub(r"\s", "", unicodedata.normalize("NFKC", span.text)) == re.sub(
            r"\s", "", span._.policy_fields["span_text"])


def test_with_jieba_segmentation_spans_expand_to_whole_words():
    import pipeline.spacy_spans  # noqa: F401

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe("policy_extract")
    text = "一、目标\n到2025年,全市婴儿死亡率控制在5‰以下,新建社区卫生服务中心3所。"
    doc = nlp(text)
    assert len(doc.spans["targets"]) == 2
    for span in doc.spans["targets"]:
        fields = span._.policy_fields
        assert span.start_char <= fields["char_start"] and span.end_char >= fields["char_end"]
        assert fields["span_text"] in span.text
        assert span.start_char == span[0].idx  # on token boundaries


def test_installed_package_registers_the_component_for_spacy():
    # `pip install .` (or make's editable install) declares the factory as an entry point
    code = "import spacy; nlp = spacy.blank('zh'); nlp.add_pipe('policy_extract'); print(nlp.pipe_names)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd="/")
    assert result.returncode == 0, result.stderr[-500:]
    assert "policy_extract" in result.stdout


def test_gold_units_written_without_their_prefix_are_placed(tmp_path, capsys):
    # holdout3's provincial lists drop 省 (财政厅 for 省财政厅): found as written
    held = ROOT / "tests" / "holdout3"
    to = tmp_path / "h3.spacy"
    assert cli.main(["export-spacy", "--gold", str(held / "gold"), "--corpus", str(held / "corpus"), "--to", str(to)]) == 0
    unplaced = [line for line in capsys.readouterr().err.splitlines() if "not placed" in line]
    assert [line for line in unplaced if "(optional" not in line] == []
    units = [s for d in load(to) for s in d.spans["responsibilities"]]
    assert any(s.text == "财政厅" and s._.policy_fields["unit"] == "省财政厅" for s in units)
