"""The review site built from real extraction outputs, checked as files and in Chromium.

The browser tests drive Debian's Chromium through Playwright (browser builds cannot be
downloaded here; `make test` installs the `chromium` package). Where it cannot be had
they skip and say why.
"""
import json
import shutil
import urllib.parse
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline import cli
from pipeline.review import build_site

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ["003_a564f10642a1edd4.txt", "000_881af423d863d3e1.txt"]
REAL = ["realestate_0167.txt"]  # a news report: many overlapping amounts and dates
# markup as the notice's own text: a text file's tags are read as HTML (pipeline/inline_html.py),
# so it is written with entities, which reading turns into the characters `<script>…`
INJECTED = """关于印发某市健康行动方案的通知&lt;script&gt;window.__injected = 1&lt;/script&gt;
一、工作目标
(一)到2025年,婴儿死亡率控制在5‰以下,孕产妇死亡率控制在10/10万以下&lt;img src=x onerror="window.__injected = 2"&gt;。(责任单位:市卫生健康委、市财政局)
(二)每年培训家庭医生100人&lt;/script&gt;&lt;script&gt;window.__injected = 3&lt;/script&gt;。(责任单位:市卫生健康委)
"""
PARAMETERS = pa.schema([("doc_id", pa.string()), ("task_id", pa.string()), ("parameter_id", pa.string()),
                        ("name", pa.string()), ("comparator", pa.string()), ("value", pa.float64()),
                        ("value_max", pa.float64()), ("unit", pa.string()), ("per", pa.string()),
                        ("span_text", pa.string()), ("char_start", pa.int64()), ("char_end", pa.int64()),
                        ("sentence", pa.string())])


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> Path:
    corpus = tmp_path_factory.mktemp("corpus")
    for name in SEEDS:
        shutil.copy(ROOT / "corpus" / name, corpus / name)
    for name in REAL:
        shutil.copy(ROOT / "tests" / "real" / "corpus" / name, corpus / name)
    (corpus / "injected.txt").write_text(INJECTED, encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    assert cli.main(["extract", "--corpus", str(corpus), "--output", str(out), "--quiet"]) == 0
    if not (out / "parameters.parquet").exists():
        # A parameters table as the parameters stage writes it: one row over a target's
        # span, so a parameter and a target overlap exactly.
        target = pq.read_table(out / "targets.parquet").to_pylist()[0]
        row = {"doc_id": target["doc_id"], "task_id": target["task_id"],
               "parameter_id": (target["task_id"] or target["doc_id"]) + "#p1", "name": "测试参数",
               "comparator": "=", "value": 1.0, "value_max": None, "unit": "%", "per": None,
               "span_text": target["span_text"], "char_start": target["char_start"],
               "char_end": target["char_end"], "sentence": target["sentence"]}
        pq.write_table(pa.Table.from_pylist([row], schema=PARAMETERS), out / "parameters.parquet")
    assert cli.main(["review", "--output", str(out)]) == 0
    return out


def tables(out: Path) -> dict[str, list[dict]]:
    return {name: pq.read_table(out / f"{name}.parquet").to_pylist()
            for name in ("documents", "tasks", "targets", "parameters", "deadlines", "responsibilities")}


def doc_page(out: Path, doc: dict) -> Path:
    return out / "site" / "doc" / f"{doc['doc_id']}.html"


def test_site_has_an_index_a_page_per_document_and_a_list_per_table(outputs):
    site = outputs / "site"
    docs = tables(outputs)["documents"]
    assert len(docs) == len(SEEDS) + len(REAL) + 1
    for doc in docs:
        assert doc_page(outputs, doc).exists()
    index = (site / "index.html").read_text(encoding="utf-8")
    assert all(doc["source_file"] in index for doc in docs)
    for name in ("targets", "parameters", "deadlines", "responsibilities", "tasks"):
        assert (site / f"{name}.html").exists()


def test_notice_text_is_escaped_in_the_page_source(outputs):
    doc = next(d for d in tables(outputs)["documents"] if d["source_file"] == "injected.txt")
    page = doc_page(outputs, doc).read_text(encoding="utf-8")
    assert "window.__injected" in page
    assert "<script>window" not in page and "<img src=x" not in page
    assert "&lt;script&gt;window.__injected = 1&lt;/script&gt;" in page
    # the row data embedded for the panel cannot close its script element either
    data = page.split('<script type="application/json" id="rows-data">', 1)[1]
    assert "</script>" not in data.split("</script>", 1)[0] + "x"
    assert json.loads(data.split("</script>", 1)[0])


def test_without_a_parameters_table_or_a_report_the_site_is_still_built(outputs, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(outputs, out, ignore=shutil.ignore_patterns("site", "parameters.parquet", "report.json"))
    site = build_site(out)
    assert "make report" in (site / "index.html").read_text(encoding="utf-8")
    assert "<h1>parameters (0)</h1>" in (site / "parameters.html").read_text(encoding="utf-8")


def test_missing_tables_are_a_clear_error(tmp_path, capsys):
    assert cli.main(["review", "--output", str(tmp_path)]) == 2
    assert "documents.parquet not found" in capsys.readouterr().err


# --- in the browser -------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser():
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    if executable is None:
        pytest.skip("browser tests need Chromium: `make test` installs Debian's `chromium` with apt "
                    "(as root); install it to run them")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("browser tests need playwright (requirements-dev.txt): run `make test`")
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=executable)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    page.errors = []
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    yield page
    context.close()


def url(path: Path, fragment: str = "") -> str:
    return path.as_uri() + (("#" + urllib.parse.quote(fragment, safe=":.")) if fragment else "")


INLINE = ("targets", "parameters", "deadlines", "responsibilities")


def test_every_page_loads_without_console_errors(outputs, page):
    site = outputs / "site"
    for path in [site / "index.html", *sorted((site / "doc").glob("*.html")),
                 *(site / f"{n}.html" for n in ("tasks", *INLINE))]:
        page.goto(url(path))
        page.wait_for_load_state("load")
        assert page.errors == [], f"{path.name}: {page.errors}"


def test_one_highlight_per_row_and_one_outline_entry_per_task(outputs, page):
    rows = tables(outputs)
    overlapping = 0
    for doc in rows["documents"]:
        page.goto(url(doc_page(outputs, doc)))
        for name in INLINE:
            expected = sum(1 for r in rows[name] if r["doc_id"] == doc["doc_id"])
            shown = page.eval_on_selector_all(
                f"article.text mark.first.t-{name}", "els => new Set(els.map(e => e.dataset.row)).size")
            assert shown == expected, (doc["source_file"], name)
        tasks = sum(1 for r in rows["tasks"] if r["doc_id"] == doc["doc_id"])
        assert page.locator("ol.outline li.task").count() == tasks
        overlapping += page.locator("article.text mark.hl mark.hl").count()
    assert overlapping > 0, "the fixture has overlapping spans (a parameter over a target, nested dates)"


def test_clicking_a_highlight_shows_its_fields(outputs, page):
    rows = tables(outputs)
    target = next(r for r in rows["targets"] if r["indicator"] == "婴儿死亡率")
    doc = next(d for d in rows["documents"] if d["doc_id"] == target["doc_id"])
    page.goto(url(doc_page(outputs, doc)))
    page.locator(f'[id="{target["target_id"]}"]').click()
    fields = page.locator("#fields")
    assert target["target_id"] in fields.inner_text()
    assert "婴儿死亡率" in fields.inner_text() and "<=" in fields.inner_text()
    unit = next(r for r in rows["responsibilities"] if r["doc_id"] == doc["doc_id"])
    page.locator(f"mark.first.t-responsibilities >> text={unit['unit_raw']}").first.click()
    assert unit["unit"] in fields.inner_text() and "responsibilities" in fields.inner_text()


def test_a_table_row_link_opens_the_row_in_place(outputs, page):
    rows = tables(outputs)
    target = rows["targets"][-1]
    page.goto(url(outputs / "site" / "targets.html"))
    page.locator(f'a[href$="{urllib.parse.quote(target["target_id"], safe=":.")}"]').click()
    page.wait_for_load_state("load")
    mark = page.locator(f'[id="{target["target_id"]}"]')
    assert mark.text_content() == target["span_text"][: len(mark.text_content())]
    assert "current" in mark.get_attribute("class")
    assert mark.is_visible()
    assert target["span_text"] in page.locator("#fields").inner_text()
    # a task opens from the outline the same way
    task = rows["tasks"][0]
    page.goto(url(doc_page(outputs, {"doc_id": task["doc_id"]}), task["task_id"]))
    assert task["heading"] in page.locator("#fields").inner_text()


def test_index_sorts_and_filters(outputs, page):
    page.goto(url(outputs / "site" / "index.html"))
    page.locator("th", has_text="targets").first.click()
    page.locator("th", has_text="targets").first.click()  # descending
    column = page.eval_on_selector_all("thead th", "ths => ths.findIndex(th => th.classList.contains('sorted-desc'))")
    assert page.locator("thead th").nth(column).inner_text() == "targets"
    counts = [int(c) for c in page.eval_on_selector_all(
        "#documents tbody tr", f"rows => rows.map(r => r.cells[{column}].textContent)")]
    assert counts == sorted(counts, reverse=True) and counts[0] > 0
    page.fill("input.filter", "injected")
    visible = page.locator("#documents tbody tr:visible")
    assert visible.count() == 1 and "injected.txt" in visible.inner_text()


def test_a_script_in_the_notice_does_not_run(outputs, page):
    doc = next(d for d in tables(outputs)["documents"] if d["source_file"] == "injected.txt")
    page.goto(url(doc_page(outputs, doc)))
    page.wait_for_load_state("load")
    assert page.evaluate("window.__injected") is None
    assert "<script>window.__injected = 1</script>" in page.locator("article.text").inner_text()
    assert page.locator("article.text script, article.text img").count() == 0
    page.goto(url(outputs / "site" / "index.html"))
    assert page.evaluate("window.__injected") is None
