"""Hostile input: every file is extracted or named with its reason; nothing is lost silently."""
import io
import os
import zipfile
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline import cli
from pipeline.ingest import InputError, read_document, unescape_name
from pipeline.run import process_text

SEED = Path(__file__).resolve().parent.parent / "corpus" / "003_a564f10642a1edd4.txt"
ITEM = "<p>一、总体目标</p><p>到2025年,覆盖率达到80%。</p>"


def read(tmp_path: Path, name: str, data: bytes):
    (tmp_path / name).write_bytes(data)
    return read_document(tmp_path / name, tmp_path)


def test_deeply_nested_html_keeps_its_text_and_says_so(tmp_path):
    html = "<html><body>" + "<div>" * 100_000 + ITEM + "</div>" * 100_000 + "</body></html>"
    doc = read(tmp_path, "deep.html", html.encode())
    assert "到2025年,覆盖率达到80%。" in doc.raw
    assert any("too deeply nested" in w for w in doc.warnings)


def test_unclosed_html_keeps_every_text(tmp_path):
    html = "<html><body>" + "".join(f"<div>第{i}段" for i in range(100_000))
    doc = read(tmp_path, "open.html", html.encode())
    assert all(f"第{i}段" in doc.raw for i in (0, 2046, 50_000, 99_999))


def test_ordinary_html_reads_through_the_parser_without_a_note(tmp_path):
    doc = read(tmp_path, "ok.html", f"<html><head><title>标题</title></head><body>{ITEM}</body></html>".encode())
    assert doc.warnings == [] and "标题" not in doc.raw


def test_mixed_utf8_and_gbk_lines_are_decoded_line_by_line(tmp_path):
    data = ("某市人民政府通知\n一、总体目标\n".encode() + "到2025年,覆盖率达到80%。\n".encode("gbk")
            + "(责任单位:市卫生健康委)\n".encode())
    doc = read(tmp_path, "mixed.txt", data)
    assert doc.raw == "某市人民政府通知\n一、总体目标\n到2025年,覆盖率达到80%。\n(责任单位:市卫生健康委)\n"
    assert any("mixed encodings" in w and "3 lines UTF-8, 1 GB18030" in w for w in doc.warnings)


def test_docx_bomb_is_refused_before_inflating(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", " " * 50_000_000)  # 50 MB of XML from about 50 KB
    with pytest.raises(InputError, match=r"word/document.xml inflates \d+ times"):
        read(tmp_path, "bomb.docx", buffer.getvalue())


def test_control_characters_and_nuls_are_dropped_with_spans_exact():
    doc = process_text("某市通知\n一、总体目标\x00\n到2025年,覆\x01盖率达到\x0080%\x7f。\x1b")
    assert not any(c in doc.text for c in "\x00\x01\x1b\x7f")
    assert doc.targets and doc.deadlines
    for row in doc.targets:
        assert doc.text[row.char_start:row.char_end] == row.span_text
    for row in doc.deadlines:
        assert doc.text[row.char_start:row.char_end] == row.raw


def test_file_name_not_utf8_is_recorded_escaped_and_reversible(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    raw_name = "测试".encode("gbk") + b"\\a.txt"
    (corpus / os.fsdecode(raw_name)).write_bytes(SEED.read_bytes())
    out = tmp_path / "out"
    assert cli.main(["extract", "--corpus", str(corpus), "--output", str(out), "--quiet"]) == 0
    doc = pq.read_table(out / "documents.parquet").to_pylist()[0]
    assert doc["source_file"] == "\\xb2\\xe2\\xca\\xd4\\\\a.txt"
    assert unescape_name(doc["source_file"]) == raw_name
    assert any("not valid UTF-8" in w for w in doc["warnings"])


def rules_copy(tmp_path: Path) -> Path:
    import shutil

    from pipeline import rules

    folder = tmp_path / "rules"
    shutil.copytree(rules.RULES_DIR, folder)
    return folder


@pytest.mark.parametrize("edit,message", [
    (lambda t: t.replace("max_bytes:", "max_byte:", 1), "rules/ingest.yaml: unknown key 'max_byte' (did you mean 'max_bytes'? expected int)"),
    (lambda t: t.replace("max_bytes: 50000000", "max_bytes: fifty", 1), "rules/ingest.yaml: key 'max_bytes' is str, expected int"),
    (lambda t: t + "\nnew_limit: 3\n", "rules/ingest.yaml: unknown key 'new_limit' (not in rules/shapes.yaml)"),
    (lambda t: t.replace("converter_timeout_s: 120", "", 1), "rules/ingest.yaml: key 'converter_timeout_s' missing (expected int)"),
    (lambda t: t.replace("html_hidden_tags: [", "html_hidden_tags: [[", 1), "rules/ingest.yaml line"),
])
def test_a_rules_typo_stops_the_run_before_any_file_is_read(tmp_path, monkeypatch, capsys, edit, message):
    from pipeline import rules

    folder = rules_copy(tmp_path)
    (folder / "ingest.yaml").write_text(edit((folder / "ingest.yaml").read_text("utf-8")), "utf-8")
    monkeypatch.setattr(rules, "RULES_DIR", folder)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_bytes(SEED.read_bytes())
    assert cli.main(["extract", "--corpus", str(corpus), "--output", str(tmp_path / "out"), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert message in err and "no file was read" in err
    assert not (tmp_path / "out").exists()


def test_a_pattern_that_does_not_compile_is_named(tmp_path):
    from pipeline.rules_check import check_rules

    folder = rules_copy(tmp_path)
    text = (folder / "health.yaml").read_text("utf-8")
    (folder / "health.yaml").write_text(text.replace("label_patterns:", "label_patterns:\n  - '(一'", 1), "utf-8")
    assert any(p.startswith("rules/health.yaml: key 'label_patterns': pattern '(一' does not compile")
               for p in check_rules(folder))


def test_the_rules_as_committed_pass_the_check():
    from pipeline.rules_check import check_rules

    assert check_rules() == []


def test_a_corpus_of_bad_files_beside_good_ones_runs_to_the_end(tmp_path, capsys):
    """Every good notice extracted; every bad file extracted or named with its reason."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    real = sorted((Path(__file__).resolve().parent / "real" / "corpus").glob("*.txt"))[:6]
    for path in real:
        (corpus / path.name).write_bytes(path.read_bytes())
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", " " * 20_000_000)
    bad = {
        "bad_empty.txt": b"",
        "bad_binary.txt": bytes(range(256)) * 100,
        "bad_bomb.docx": bomb.getvalue(),
        "bad_not_a_zip.docx": b"PK\x03\x04 broken",
        "bad_digits.txt": b"1" * 1_000_000,
        "bad_brackets.txt": "一、总体目标\n".encode() + "（".encode() * 200_000,
        "bad_nuls.txt": "一、总体目标\x00\n到2025年,达到80%。".encode(),
        "bad_deep.html": ("<div>" * 50_000 + ITEM + "</div>" * 50_000).encode(),
        "bad_mixed.txt": "一、总体目标\n".encode() + "到2025年,覆盖率达到80%。\n".encode("gbk"),
        "bad_percent_list.txt": ("一、\n到2025年达到" + "95%、" * 500 + "95%。").encode(),
    }
    for name, data in bad.items():
        (corpus / name).write_bytes(data)
    out = tmp_path / "out"
    assert cli.main(["extract", "--corpus", str(corpus), "--output", str(out), "--quiet", "--workers", "2"]) == 0
    err = capsys.readouterr().err
    docs = {d["source_file"] for d in pq.read_table(out / "documents.parquet").to_pylist()}
    assert {p.name for p in real} <= docs
    for name in bad:
        assert name in docs or f"skipped {name}: " in err, name
    assert "skipped bad_bomb.docx: not read: .docx part word/document.xml inflates" in err
