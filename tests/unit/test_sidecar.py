"""The metadata sidecar (metadata.csv / metadata.jsonl at the top of the corpus)."""
import datetime as dt
import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq

from pipeline.cli import extract
from pipeline.sidecar import load_sidecar

REAL = Path(__file__).resolve().parent.parent / "real" / "corpus"


def corpus_with(tmp_path: Path, *names: str) -> Path:
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    for name in names:
        shutil.copy(REAL / name, corpus / ("sub" if name.startswith("realestate") else "") / name)
    return corpus


def documents(tmp_path: Path, corpus: Path, capsys=None):
    out = tmp_path / "out"
    assert extract(corpus, out, progress=False) == 0
    return pq.read_table(out / "documents.parquet").to_pylist()


def test_csv_fills_and_overrides_fields_and_anchors_year_less_deadlines(tmp_path):
    corpus = corpus_with(tmp_path, "gwr_0001.txt", "realestate_0005.txt")
    (corpus / "metadata.csv").write_text(
        "source_file,issue_date,region,url,site,category\n"
        "gwr_0001.txt,2000-03-05,,http://www.gov.cn/a.htm,中国政府网,工作报告\n"
        "sub/realestate_0005.txt,2021/8/1,东莞市,http://example.org/b,东莞住建,\n", encoding="utf-8")
    rows = {r["source_file"]: r for r in documents(tmp_path, corpus)}
    report, notice = rows["gwr_0001.txt"], rows["sub/realestate_0005.txt"]
    assert report["issue_date"] == dt.date(2000, 3, 5)
    assert report["title"] == "2000年中华人民共和国国务院政府工作报告"  # the text's, not overridden
    assert report["url"] == "http://www.gov.cn/a.htm"
    assert (report["site"], report["category"]) == ("中国政府网", "工作报告")  # extra columns as they are
    assert notice["issue_date"] == dt.date(2021, 8, 1) and notice["region"] == "东莞市"
    assert (notice["province"], notice["adcode"]) == ("广东省", "441900")
    assert notice["category"] is None  # an empty cell is no value
    deadlines = pq.read_table(tmp_path / "out" / "deadlines.parquet").to_pylist()
    this_year = [d for d in deadlines if d["raw"] == "今年" and d["doc_id"] == report["doc_id"]]
    assert this_year and all(d["date"].year == 2000 for d in this_year if d["date"])
    assert any(d["date"] == dt.date(2021, 9, 30) for d in deadlines if d["doc_id"] == notice["doc_id"])


def test_jsonl_values_become_strings_and_a_file_without_row_gets_nulls(tmp_path):
    corpus = corpus_with(tmp_path, "gwr_0018.txt", "lawref_0008.txt")
    (corpus / "metadata.jsonl").write_text(
        json.dumps({"source_file": "gwr_0018.txt", "issuer": "国务院", "pages": 31, "tags": ["报告", "2017"],
                    "reviewed": True}, ensure_ascii=False) + "\n", encoding="utf-8")
    rows = {r["source_file"]: r for r in documents(tmp_path, corpus)}
    assert rows["gwr_0018.txt"]["pages"] == "31" and rows["gwr_0018.txt"]["reviewed"] == "true"
    assert json.loads(rows["gwr_0018.txt"]["tags"]) == ["报告", "2017"]
    assert rows["lawref_0008.txt"]["pages"] is None  # every document has the same columns
    assert rows["lawref_0008.txt"]["issue_date"] == dt.date(2019, 10, 30)  # from its own header


def test_no_sidecar_means_no_extra_columns(tmp_path):
    corpus = corpus_with(tmp_path, "lawref_0008.txt")
    row = documents(tmp_path, corpus)[0]
    assert row["url"] is None and "site" not in row


def test_a_bad_sidecar_is_reported_by_file_and_row_and_costs_only_what_it_concerns(tmp_path, capsys):
    corpus = corpus_with(tmp_path, "gwr_0001.txt", "gwr_0002.txt")
    (corpus / "metadata.csv").write_text(
        "source_file,issue_date,text,note\n"
        "gwr_0001.txt,2000-13-45,x,first\n"
        ",2001-03-05,,orphan\n"
        "gwr_0002.txt,2001-03-05,,second\n"
        "gwr_0002.txt,2001-03-06,,again\n"
        "gwr_0099.txt,2001-03-05,,missing\n", encoding="utf-8")
    rows = {r["source_file"]: r for r in documents(tmp_path, corpus)}
    err = capsys.readouterr().err
    assert "metadata.csv row 2: issue_date '2000-13-45' is not a date" in err
    assert "metadata.csv row 3: no source_file" in err
    assert "metadata.csv row 5: gwr_0002.txt already given" in err
    assert "column 'text' is a column the pipeline fills" in err
    assert "1 row(s) name no file of the corpus (gwr_0099.txt)" in err
    assert "Traceback" not in err
    assert rows["gwr_0001.txt"]["issue_date"] is None and rows["gwr_0001.txt"]["note"] == "first"
    assert rows["gwr_0002.txt"]["issue_date"] == dt.date(2001, 3, 5)
    assert rows["gwr_0002.txt"]["text"].startswith("2001年")  # the reserved column was not taken


def test_unreadable_sidecars_are_reported_not_raised(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "metadata.csv").write_text("file,title\na.txt,x\n", encoding="utf-8")
    assert "no 'source_file' column" in load_sidecar(corpus).problems[0]
    (corpus / "metadata.csv").unlink()
    (corpus / "metadata.jsonl").write_text('{"source_file": "a.txt"}\n{oops\n[1, 2]\n', encoding="utf-8")
    problems = load_sidecar(corpus).problems
    assert problems[0].startswith("metadata.jsonl line 2: not JSON")
    assert problems[1] == "metadata.jsonl line 3: not a JSON object; line skipped"
    assert load_sidecar(corpus).rows == {"a.txt": {}}


def test_a_spreadsheet_saved_as_gb18030_is_read(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "metadata.csv").write_bytes("source_file,issuer,来源\na.txt,沈阳市卫生健康委员会,卫健委网站\n".encode("gb18030"))
    sidecar = load_sidecar(corpus)
    assert sidecar.rows["a.txt"] == {"issuer": "沈阳市卫生健康委员会", "来源": "卫健委网站"}
    assert sidecar.extra_columns == ["来源"]


def test_a_sidecar_row_that_cannot_be_applied_costs_the_file_nothing_but_a_warning(monkeypatch):
    from pipeline import metadata
    from pipeline.document import Document
    from pipeline.normalise import normalise

    def broken(_text):
        raise ValueError("division table unreadable")

    doc = Document(source_file="a.txt", raw="某市人民政府关于做好防汛工作的通知\n一、加强值守。\n")
    doc.sidecar = {"region": "鞍山市"}
    normalise(doc)
    monkeypatch.setattr(metadata.regions, "locate", broken)
    metadata.read_metadata(doc)
    assert doc.region == "鞍山市"
    assert any(w.startswith("metadata sidecar: could not apply (ValueError") for w in doc.warnings)
    assert doc.body_start < doc.body_stop
