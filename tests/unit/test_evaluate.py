"""The evaluator on tiny hand-built tables and gold dicts (no files, no pipeline)."""
from __future__ import annotations

import copy
import datetime as dt

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import yaml

from pipeline.evaluate import (check_floors, markdown_report, score, summary_table, validate,
                               verbose_listing)
from pipeline.schema import TABLES

DOC = "d1"
TEXT = "一、总体目标\n到2020年,孕产妇死亡率控制在13/10万以下。(责任单位:市卫生局、财政局)"

GOLD = {
    "source_file": "a.txt",
    "parameters_labelled": True,
    "document": {"title": "关于印发某方案的通知", "doc_number": "某发〔2020〕1号",
                 "issuer": "某市人民政府", "issue_date": dt.date(2020, 1, 2),
                 "plan_title": "某方案", "region": "某市"},
    "tasks": [
        {"path": "", "label": "", "heading": "", "units": [], "targets": [],
         "deadlines": [{"raw": "每年", "kind": "recurring", "date": None, "recurrence": "yearly"}]},
        {"path": "1", "label": "一、", "heading": "总体目标",
         "units": [{"unit": "市卫生局", "unit_raw": "市卫生局", "role": "lead"},
                   {"unit": "市财政局", "unit_raw": "财政局", "role": "support"}],
         "deadlines": [{"raw": "到2020年", "kind": "by", "date": dt.date(2020, 12, 31),
                        "start_date": None, "recurrence": None}],
         "targets": [{"indicator": "孕产妇死亡率", "comparator": "<=", "value": 13,
                      "unit": "/10万", "kind": "level", "deadline": dt.date(2020, 12, 31),
                      "span_text": "13/10万以下"},
                     {"indicator": "婴儿死亡率", "comparator": "<=", "value": 4.5,
                      "unit": "‰", "kind": "level"}],
         "parameters": [{"name": "购房补贴", "comparator": "<=", "value": 5, "unit": "万元",
                         "span_text": "最高5万元"}]},
    ],
}


def perfect_tables() -> dict[str, pd.DataFrame]:
    tid = f"{DOC}:1"
    return {
        "documents": pd.DataFrame([{
            "doc_id": DOC, "source_file": "a.txt", "title": "关于印发某方案的通知",
            "doc_number": "某发〔2020〕1号", "issuer": "某市人民政府",
            "issue_date": dt.date(2020, 1, 2), "plan_title": "某方案", "region": "某市",
            "text": TEXT}]),
        "tasks": pd.DataFrame([{"doc_id": DOC, "task_id": tid, "path": "1", "label": "一、",
                                "heading": "总体目标", "text": "一、总体目标",
                                "char_start": 0, "char_end": 6}]),
        "targets": pd.DataFrame([
            {"doc_id": DOC, "task_id": tid, "indicator": "孕产妇死亡率", "comparator": "<=",
             "value": 13.0, "value_max": None, "unit": "/10万", "kind": "level", "per": None,
             "baseline_year": None, "deadline": dt.date(2020, 12, 31), "nature": None,
             "span_text": "13/10万以下", "char_start": 22, "char_end": 30,
             "sentence": "到2020年,孕产妇死亡率控制在13/10万以下"},
            {"doc_id": DOC, "task_id": tid, "indicator": "婴儿死亡率", "comparator": "<=",
             "value": 4.5, "value_max": None, "unit": "‰", "kind": "level", "per": None,
             "baseline_year": None, "deadline": None, "nature": None,
             "span_text": "4.5‰", "char_start": 0, "char_end": 0, "sentence": ""}]),
        "parameters": pd.DataFrame([
            {"doc_id": DOC, "task_id": tid, "name": "购房补贴", "comparator": "<=", "value": 5.0,
             "value_max": None, "unit": "万元", "per": None, "span_text": "最高5万元",
             "char_start": 0, "char_end": 0, "sentence": ""}]),
        "deadlines": pd.DataFrame([
            {"doc_id": DOC, "task_id": None, "raw": "每年", "kind": "recurring", "date": None,
             "start_date": None, "recurrence": "yearly", "char_start": 0, "char_end": 0},
            {"doc_id": DOC, "task_id": tid, "raw": "到2020年", "kind": "by",
             "date": dt.date(2020, 12, 31), "start_date": None, "recurrence": None,
             "char_start": 7, "char_end": 13}]),
        "responsibilities": pd.DataFrame([
            {"doc_id": DOC, "task_id": tid, "unit": "市卫生局", "unit_raw": "市卫生局",
             "role": "lead", "position": 1, "char_start": 38, "char_end": 42},
            {"doc_id": DOC, "task_id": tid, "unit": "市财政局", "unit_raw": "财政局",
             "role": "support", "position": 2, "char_start": 43, "char_end": 46}]),
    }


def drop(df: pd.DataFrame, i: int) -> pd.DataFrame:
    return df.drop(index=i).reset_index(drop=True)


def add(df: pd.DataFrame, **changes) -> pd.DataFrame:
    row = dict(df.iloc[0]) | changes
    return pd.concat([df, pd.DataFrame([row])], ignore_index=True)


def test_parameters_scored_only_where_the_gold_labels_them():
    tables = perfect_tables()
    tables["parameters"] = add(tables["parameters"], value=9.0)  # a false parameter
    labelled = score([GOLD], tables)
    assert (labelled.tables["parameters"].tp, labelled.tables["parameters"].fp) == (1, 1)
    assert labelled.metrics()["parameters.comparator"] == 1.0
    unlabelled_gold = {k: v for k, v in GOLD.items() if k != "parameters_labelled"}
    unlabelled = score([unlabelled_gold], tables)
    c = unlabelled.tables["parameters"]
    assert (c.tp, c.fp, c.fn) == (0, 0, 0)
    assert unlabelled.metrics()["parameters.f1"] is None
    assert unlabelled.metrics()["targets.f1"] == 1.0


def test_a_parameter_is_no_target():
    tables = perfect_tables()
    row = tables["parameters"].iloc[0]
    tables["targets"] = add(tables["targets"], indicator=row["name"], value=row["value"],
                            unit=row["unit"], comparator="<=")
    result = score([GOLD], tables)
    assert result.tables["targets"].fp == 1


def test_perfect_prediction_scores_one():
    result = score([GOLD], perfect_tables())
    for name, value in result.metrics().items():
        assert value == 1.0, name
    assert result.tables["targets"].tp == 2 and result.tables["units"].tp == 2
    assert result.tables["deadlines"].tp == 2 and result.tables["tasks"].tp == 1
    assert not result.misses and not result.false_positives and not result.wrong_fields
    assert not check_floors(result, {"targets.f1": 1.0, "units.role": 1.0})


def test_dropped_row_lowers_recall():
    tables = perfect_tables()
    tables["targets"] = drop(tables["targets"], 1)
    c = score([GOLD], tables).tables["targets"]
    assert (c.tp, c.fp, c.fn) == (1, 0, 1)
    assert c.precision == 1.0 and c.recall == 0.5


def test_extra_row_lowers_precision():
    tables = perfect_tables()
    tables["targets"] = add(tables["targets"], value=99.0, span_text="99%", unit="%")
    result = score([GOLD], tables)
    c = result.tables["targets"]
    assert (c.tp, c.fp, c.fn) == (2, 1, 0)
    assert c.recall == 1.0 and c.precision == pytest.approx(2 / 3)
    assert "99%" in verbose_listing(result)


def test_optional_row_counts_neither_way():
    gold = copy.deepcopy(GOLD)
    gold["tasks"][1]["targets"][1]["optional"] = True
    # predicted: both counts neither way
    c = score([gold], perfect_tables()).tables["targets"]
    assert (c.tp, c.fp, c.fn) == (1, 0, 0)
    # not predicted: not a miss
    tables = perfect_tables()
    tables["targets"] = drop(tables["targets"], 1)
    c = score([gold], tables).tables["targets"]
    assert (c.tp, c.fp, c.fn) == (1, 0, 0)


def test_wrong_comparator_lowers_accuracy_not_f1():
    tables = perfect_tables()
    tables["targets"].loc[0, "comparator"] = "<"
    result = score([GOLD], tables)
    assert result.tables["targets"].f1 == 1.0
    assert result.metrics()["targets.comparator"] == 0.5
    assert result.metrics()["targets.kind"] == 1.0
    assert check_floors(result, {"targets.comparator": 0.9})
    assert "targets.comparator [1] predicted '<', gold '<='" in verbose_listing(result)


def test_a_leading_level_prefix_is_ignored_for_units():
    tables = perfect_tables()
    tables["responsibilities"].loc[0, "unit"] = "卫生局"   # gold 市卫生局
    tables["responsibilities"].loc[1, "unit"] = "县财政局"   # gold 市财政局: the level the notice is at
    c = score([GOLD], tables).tables["units"]
    assert (c.tp, c.fp, c.fn) == (2, 0, 0)
    tables["responsibilities"].loc[1, "unit"] = "税务局"
    c = score([GOLD], tables).tables["units"]
    assert (c.tp, c.fp, c.fn) == (1, 1, 1)
    tables["responsibilities"].loc[1, "unit"] = "省财政局"   # a province's list writing 科技厅 bare, its reader 省科技厅
    c = score([GOLD], tables).tables["units"]
    assert (c.tp, c.fp, c.fn) == (2, 0, 0)


def test_a_name_opening_with_shichang_keeps_it():
    # 市场监管局 opens with the word 市场: gold 市场监管局 is the pipeline's 市市场监管局
    gold = copy.deepcopy(GOLD)
    gold["tasks"][1]["units"][0]["unit"] = "市场监管局"
    tables = perfect_tables()
    tables["responsibilities"].loc[0, "unit"] = "市市场监管局"
    assert score([gold], tables).tables["units"].tp == 2
    tables["responsibilities"].loc[0, "unit"] = "场监管局"
    assert score([gold], tables).tables["units"].tp == 1


def test_different_path_does_not_match():
    tables = perfect_tables()
    tables["targets"].loc[0, "task_id"] = f"{DOC}:2"
    tables["deadlines"].loc[0, "task_id"] = f"{DOC}:1"    # gold path "" (before first item)
    result = score([GOLD], tables)
    assert (lambda c: (c.tp, c.fp, c.fn))(result.tables["targets"]) == (1, 1, 1)
    assert (lambda c: (c.tp, c.fp, c.fn))(result.tables["deadlines"]) == (1, 1, 1)


def test_tasks_match_on_path_and_score_heading():
    tables = perfect_tables()
    tables["tasks"].loc[0, "heading"] = "总体目标和要求"
    result = score([GOLD], tables)
    assert result.tables["tasks"].f1 == 1.0
    assert result.metrics()["tasks.heading"] == 0.0
    assert 0.5 < result.metrics()["tasks.heading_similarity"] < 1.0


@pytest.mark.parametrize("predicted, right", [("总 则", True), ("总则", True), ("总体", False)])
def test_a_heading_compares_without_its_spaces(predicted, right):
    gold = copy.deepcopy(GOLD)
    gold["tasks"][1]["heading"] = "总    则"  # a chapter name letter-spaced, quoted as the text stands
    tables = perfect_tables()
    tables["tasks"].loc[tables["tasks"]["heading"] == "总体目标", "heading"] = predicted
    result = score([gold], tables)
    assert result.metrics()["tasks.heading"] == (1.0 if right else 0.0)
    # the verbose listing calls a heading wrong exactly when it scores wrong
    assert any(w.field == "heading" for w in result.wrong_fields) is not right


def test_secondary_agreement_picks_the_fair_pair():
    # two predicted rows match one gold target: the one agreeing on comparator is paired
    # with it (whatever the row order), the other is a false positive
    tables = perfect_tables()
    tables["targets"] = add(tables["targets"], comparator="~")
    tables["targets"] = tables["targets"].iloc[[2, 0, 1]].reset_index(drop=True)
    result = score([GOLD], tables)
    assert result.metrics()["targets.comparator"] == 1.0
    assert result.tables["targets"].fp == 1


def test_missing_document_counts_all_gold_rows_as_misses_and_others_are_ignored():
    tables = perfect_tables()
    tables["documents"].loc[0, "source_file"] = "other.txt"   # prediction with no gold file
    result = score([GOLD], tables)
    assert result.missing_documents == ["a.txt"]
    for c in result.tables.values():
        assert c.tp == 0 and c.fp == 0 and c.fn > 0
    assert result.metrics()["document.title"] == 0.0


def test_deadline_matching_by_date_recurrence_and_start_date():
    gold = copy.deepcopy(GOLD)
    gold["tasks"][1]["deadlines"].append({"raw": "从2018年1月起", "kind": "from", "date": None,
                                          "start_date": dt.date(2018, 1, 1), "recurrence": None})
    tables = perfect_tables()
    tables["deadlines"] = add(tables["deadlines"], task_id=f"{DOC}:1", raw="自2018年1月起",
                              kind="from", recurrence=None, start_date=dt.date(2018, 1, 1))
    tables["deadlines"].loc[1, "kind"] = "in"
    result = score([gold], tables)
    c = result.tables["deadlines"]
    assert (c.tp, c.fp, c.fn) == (3, 0, 0)
    assert result.metrics()["deadlines.kind"] == pytest.approx(2 / 3)


def test_reports_render():
    result = score([GOLD], perfect_tables())
    assert "targets" in summary_table(result)
    report = markdown_report(result, [])
    assert "| a.txt |" in report and "Floors: all met" in report


def test_unknown_floor_is_reported():
    assert check_floors(score([GOLD], perfect_tables()), {"targets.f2": 0.0})


def _write_tables(tables: dict, out) -> None:
    out.mkdir()
    for name, schema in TABLES.items():
        df = tables[name].reindex(columns=schema.names)
        if name == "documents":  # list columns (warnings, duplicate_files) empty
            for field in schema:
                if pa.types.is_list(field.type):
                    df[field.name] = [[]]
        pq.write_table(pa.Table.from_pandas(df, schema=schema, preserve_index=False),
                       out / f"{name}.parquet")


def test_validate_writes_report_and_fails_below_floor(tmp_path):
    gold_dir, out = tmp_path / "gold", tmp_path / "out"
    gold_dir.mkdir()
    (gold_dir / "a.yaml").write_text(yaml.safe_dump(GOLD, allow_unicode=True), "utf-8")
    tables = perfect_tables()
    tables["targets"] = drop(tables["targets"], 1)
    _write_tables(tables, out)
    floors = tmp_path / "floors.yaml"
    floors.write_text("floors:\n  targets.f1: 0.5\n", "utf-8")
    assert validate(gold_dir, out, floors) == 0
    assert "| targets | 1.000 | 0.500 | 0.667 | 1 | 0 | 1 |" in (out / "validation_report.md").read_text("utf-8")
    floors.write_text("floors:\n  targets.f1: 0.9\n", "utf-8")
    assert validate(gold_dir, out, floors, verbose=True) == 1
    assert "targets.f1" in (out / "validation_report.md").read_text("utf-8")


def test_an_alternative_measure_word_in_brackets_does_not_block_a_match():
    from pipeline.evaluate import MATCH_KEY

    key = MATCH_KEY["targets"]
    assert key({"value": 12.0, "value_max": None, "unit": "万套(间)"}) == key({"value": 12.0, "value_max": None, "unit": "万套"})
    assert key({"value": 12.0, "value_max": None, "unit": "套"}) != key({"value": 12.0, "value_max": None, "unit": "万套"})


@pytest.mark.parametrize("field, gold_value, predicted, right", [
    # joint issuers compare without the separators between bodies
    ("issuer", "上海市交通委员会、上海海事局", "上海市交通委员会 上海海事局", True),  # a space between them
    ("issuer", "上海市交通委员会、上海海事局", "上海市交通委员会上海海事局", True),   # lines joined without one
    ("issuer", "上海市交通委员会、上海海事局", "上海市交通委员会", False),            # the first body alone
    # 文号 compare without the spaces a PDF put inside
    ("doc_number", "医保办函〔2025〕86 号", "医保办函〔2025〕86号", True),   # the pipeline drops the space
    ("doc_number", "医保办函〔2025〕86 号", "医保办函〔2025〕86 号", True),  # quoted as the text layer has it
    ("doc_number", "医保办函〔2025〕86 号", "医保办函〔2025〕87号", False),
    # titles compare without spaces (a raw file's double space, folded by normalisation)
    ("title", "辽宁省  推动工作方案", "辽宁省 推动工作方案", True),
    ("plan_title", "推动工作方案", "推动 工作方案", True),
    ("title", "辽宁省推动工作方案", "辽宁省推动工作", False),
    # regions compare as the division they name
    ("region", "广西", "广西壮族自治区", True),          # a province written short
    ("region", "虹口区", "上海市虹口区", True),          # a district with its city
    ("region", "广西", "广东省", False),
    ("region", "某地", "某地", True),                    # no division: compared as written
])
def test_document_fields_compare_as_readers_write_them(field, gold_value, predicted, right):
    gold = copy.deepcopy(GOLD)
    gold["document"][field] = gold_value
    tables = perfect_tables()
    tables["documents"].loc[0, field] = predicted
    assert score([gold], tables).doc_fields["a.txt"][field] is right


def test_validate_pools_several_gold_folders_and_outputs(tmp_path):
    """Two corpora extracted to two folders, their gold in two folders: one pooled score."""
    other = copy.deepcopy(GOLD)
    other["source_file"] = "b.txt"
    second = perfect_tables()
    for df in second.values():
        for col in ("doc_id", "task_id", "target_id", "parameter_id", "deadline_id", "unit_id"):
            if col in df.columns:
                df[col] = df[col].map(lambda v: None if v is None else str(v).replace(DOC, "d2", 1))
    second["documents"]["source_file"] = "b.txt"
    second["targets"] = drop(second["targets"], 1)
    _write_tables(perfect_tables(), tmp_path / "out1")
    _write_tables(second, tmp_path / "out2")
    for name, gold in (("g1", GOLD), ("g2", other)):
        (tmp_path / name).mkdir()
        (tmp_path / name / "a.yaml").write_text(yaml.safe_dump(gold, allow_unicode=True), "utf-8")
    floors = tmp_path / "floors.yaml"
    floors.write_text("floors:\n  targets.recall: 0.7\n", "utf-8")
    assert validate([tmp_path / "g1", tmp_path / "g2"], [tmp_path / "out1", tmp_path / "out2"], floors) == 0
    report = (tmp_path / "out1" / "validation_report.md").read_text("utf-8")
    assert "| targets | 1.000 | 0.750 | 0.857 | 3 | 0 | 1 |" in report  # 2 + 1 of 2 + 2 gold targets
    floors.write_text("floors:\n  targets.recall: 0.8\n", "utf-8")
    assert validate([tmp_path / "g1", tmp_path / "g2"], [tmp_path / "out1", tmp_path / "out2"], floors) == 1


def test_validate_refuses_a_pool_where_two_corpora_share_a_gold_file_name(tmp_path, capsys):
    """Two collections each with a file of the gold's name (doc_0001.html in two corpora): the
    gold cannot tell which it labels, so the pool is refused rather than scored against both."""
    second = perfect_tables()
    for df in second.values():
        for col in ("doc_id", "task_id", "target_id", "parameter_id", "deadline_id", "unit_id"):
            if col in df.columns:
                df[col] = df[col].map(lambda v: None if v is None else str(v).replace(DOC, "d2", 1))
    _write_tables(perfect_tables(), tmp_path / "out1")
    _write_tables(second, tmp_path / "out2")  # same source_file, another document
    (tmp_path / "g").mkdir()
    (tmp_path / "g" / "a.yaml").write_text(yaml.safe_dump(GOLD, allow_unicode=True), "utf-8")
    floors = tmp_path / "floors.yaml"
    floors.write_text("floors: {}\n", "utf-8")
    assert validate(tmp_path / "g", [tmp_path / "out1", tmp_path / "out2"], floors) == 2
    assert GOLD["source_file"] in capsys.readouterr().err
    assert validate(tmp_path / "g", [tmp_path / "out1"], floors) == 0


def test_square_metre_spellings_are_one_unit():
    from pipeline.evaluate.rows import _measure
    assert {_measure(u) for u in ("元/m2", "元/㎡", "元/m²", "元/平方米", "元/平米")} == {"元/m2"}
    assert _measure("万平方米") == _measure("万m2") != _measure("平方公里")
