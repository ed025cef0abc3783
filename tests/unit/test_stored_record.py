"""A notice stored as a database row (a SQL dump's INSERT, a values tuple, an app's JSON object): its columns are page
metadata (CONVENTIONS, Markdown pages). Layouts written here are not the dev sets' dumps: columns named and unnamed,
several rows, other tables' column orders."""
import datetime as dt
from pathlib import Path

import pytest

from pipeline.metadata.stored_record import record_columns, record_date, record_fields
from pipeline.run import process

BODY = ("各区县人事局:\\r\\n根据有关规定,现将2019年度考试报名有关事项通知如下:\\r\\n一、报名时间\\r\\n"
        "报名时间为2019年3月1日至3月20日。\\r\\n二、考试费用\\r\\n每人每科收取考务费60元。")


def test_unnamed_columns_of_an_insert():
    row = f"INSERT INTO `cms_news` VALUES (12, '关于2019年度考试报名的通知', '{BODY}', '2019-02-25 09:00:00', 'admin');"
    columns = record_columns(row)
    assert [name for name, _ in columns] == [None] * 5
    assert columns[3][1] == "2019-02-25 09:00:00"


def test_named_columns_and_only_the_first_row():
    row = ("INSERT INTO news (id, title, content, pubdate, update_time) VALUES "
           f"(3, '关于2019年度考试报名的通知', '{BODY}', '2019-02-25', '2019-04-01 10:00:00'), "
           "(4, '另一条记录的标题', '另一条记录的内容', '2020-01-01', '2020-01-02');")
    columns = record_columns(row)
    assert [name for name, _ in columns] == ["id", "title", "content", "pubdate", "update_time"]
    assert record_date(columns, "") == dt.date(2019, 2, 25)  # the publication column, not the later edit


def test_a_json_object_of_an_apps_table():
    row = '{"id": 7, "subject": "关于2019年度考试报名的通知", "body": "<p>一、报名时间</p>", "publish_time": "2019-02-25 08:00"}'
    assert record_date(record_columns(row), "") == dt.date(2019, 2, 25)


@pytest.mark.parametrize("dates, expected", [
    (["2019-05-24 16:37:50", "2019-05-18 15:04:59"], dt.date(2019, 5, 18)),  # two unnamed: the earlier (the later an edit)
    (["2016-08-24 17:10:48"], dt.date(2016, 8, 24)),                          # the only date
])
def test_unnamed_dates_give_the_earliest(dates, expected):
    columns = [(None, "1"), (None, "关于做好有关工作的通知")] + [(None, d) for d in dates] + [(None, "张三")]
    assert record_date(columns, "") == expected


def test_an_entry_time_only_as_the_only_date_and_an_edit_never():
    assert record_date([("addtime", "2019-03-06 10:40:42")], "") == dt.date(2019, 3, 6)
    assert record_date([("create_time", "2019-03-06 10:40:42"), ("update_time", "2019-03-08 10:00:00")], "") is None
    assert record_date([("update_time", "2019-03-08 10:00:00")], "") is None


def test_a_row_dated_before_a_文号_the_text_cites_is_no_date():
    text = "依据《省政府办公厅关于做好有关工作的通知》(甲政办发〔2023〕5号),现将有关事项通知如下:"
    assert record_date([(None, "2022-12-12 14:00:00"), (None, "2023-05-29 13:34:08")], text) is None


@pytest.mark.parametrize("text", ["请各单位于2月20日前报送名单。", "力争2022年底前建成并网运行。", "各地要在2023年1月底前完成。"])
def test_a_row_dated_after_a_deadline_the_text_sets_is_no_date(text):
    assert record_date([(None, "2023-03-01 09:00:00")], text) is None


@pytest.mark.parametrize("text", ["在2016年12月31日以前出生的儿童可以报名。", "与2016年前三季度基本持平。",
                                  "于6月30日前报送材料。"])
def test_qualifiers_and_later_deadlines_contradict_nothing(text):
    assert record_date([(None, "2017-01-03 00:00:00")], text) == dt.date(2017, 1, 3)


def test_columns_as_fields():
    fields = record_fields([(None, "88"), (None, "甲省发展和改革委员会关于做好迎峰度夏工作的通知"), (None, "甲发改能源〔2024〕12号"),
                            (None, "李四"), (None, "甲省能源局"), (None, "2024-06-01 10:00:00")])
    assert fields["title"] == "甲省发展和改革委员会关于做好迎峰度夏工作的通知"
    assert fields["doc_number"] == "甲发改能源〔2024〕12号"
    assert fields["publisher"] == "甲省能源局"  # a body; the person 李四 is none


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "row.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_row_whose_title_column_follows_the_body(tmp_path):
    body = ("&lt;p&gt;各市能源局:&lt;/p&gt;&lt;p&gt;为做好迎峰度夏工作,现将有关事项通知如下。&lt;/p&gt;&lt;p&gt;一、加强监测&lt;/p&gt;"
            "&lt;p&gt;各单位要加强负荷监测,于7月10日前报送监测方案。&lt;/p&gt;&lt;p&gt;甲省能源局综合处&lt;/p&gt;")
    path = write(tmp_path, f"INSERT INTO `article` VALUES (51, 2, '{body}', '2024-06-03 11:21:28', '2024-06-05 20:09:59', "
                           "'/img/a.jpeg', '甲省能源局综合处关于做好2024年迎峰度夏工作的通知', '甲能综〔2024〕47号', '');")
    doc = process(path, tmp_path)
    assert doc.title == "甲省能源局综合处关于做好2024年迎峰度夏工作的通知"
    assert doc.doc_number == "甲能综〔2024〕47号"
    assert doc.issuer == "甲省能源局综合处"
    assert doc.issue_date == dt.date(2024, 6, 3)


def test_the_texts_own_signature_and_date_win(tmp_path):
    body = "各区县:\\n现将有关事项通知如下:\\n一、报名\\n按时报名。\\n甲市人事考试中心\\n2018年2月24日"
    path = write(tmp_path, f"('9','关于2018年度考试报名的通知','{body}','2018-03-06 11:36:25','编辑甲')")
    doc = process(path, tmp_path)
    assert (doc.issuer, doc.issue_date) == ("甲市人事考试中心", dt.date(2018, 2, 24))


def test_a_postgres_copy_row_names_its_columns():
    dump = ("COPY public.policy (id, title, body, published_at, updated_at) FROM stdin;\n"
            "5\t关于做好迎峰度夏工作的通知\t<p>一、加强监测</p>\t2024-06-03 09:00:00\t2024-07-01 10:00:00\n\\.\n")
    columns = record_columns(dump)
    assert [name for name, _ in columns] == ["id", "title", "body", "published_at", "updated_at"]
    assert record_date(columns, "") == dt.date(2024, 6, 3)


def test_a_row_whose_body_runs_over_lines(tmp_path):
    # a SQL literal may hold raw line breaks (no program's literal): the row is told by its statement
    path = write(tmp_path, "INSERT INTO `tb_rules` VALUES ('1', '甲市交通运输局行政执法公示制度', '第一条 为规范执法,制定本制度。\n"
                           "第二条 本制度自2017年8月1日起施行。', '2017-10-10', '甲市交通运输局');\n")
    doc = process(path, tmp_path)
    assert (doc.title, doc.issuer, doc.issue_date) == ("甲市交通运输局行政执法公示制度", "甲市交通运输局", dt.date(2017, 10, 10))


def test_a_text_opening_with_a_bracket_is_no_row():
    assert record_columns("(一)为了规范管理,制定本办法。") is None


def test_a_doubled_quote_is_one_quote_only_inside_single_quotes():
    # SQL escapes a quote by doubling it inside '…'; inside "…" (MySQL's other quoting) '' stays two characters
    from pipeline.metadata.stored_record import _row_values
    assert _row_values("(\"a''b\", 'c''d')", 1) == ["a''b", "c'd"]
