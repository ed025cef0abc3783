"""The package: pyproject.toml ships every module and rule file, and the docs it links exist."""
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_every_subpackage_of_pipeline_is_packaged():
    listed = set(PYPROJECT["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "pipeline").rglob("__init__.py")}
    assert found - listed == set(), "add these to [tool.setuptools] packages in pyproject.toml"


def test_rule_files_are_shipped_with_the_package():
    setuptools = PYPROJECT["tool"]["setuptools"]
    assert setuptools["package-dir"]["pipeline.rules_data"] == "rules"
    patterns = setuptools["package-data"]["pipeline.rules_data"]
    suffixes = {p.removeprefix("*") for p in patterns}
    unshipped = [p.name for p in (ROOT / "rules").iterdir() if p.is_file() and p.suffix not in suffixes]
    assert unshipped == []


def test_review_site_assets_are_shipped():
    patterns = PYPROJECT["tool"]["setuptools"]["package-data"]["pipeline.review"]
    assets = [p.name for p in (ROOT / "pipeline" / "review").iterdir() if p.suffix in (".css", ".js")]
    assert assets and all(any(Path(a).match(p) for p in patterns) for a in assets)


def test_the_command_is_the_cli():
    assert PYPROJECT["project"]["scripts"]["policy-extract"] == "pipeline.cli:main"


def test_pinned_requirements():
    for name in ("requirements.txt", "requirements-dev.txt"):
        for line in (ROOT / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                assert re.fullmatch(r"[A-Za-z0-9_.\-\[\]]+==[0-9][^\s]*", line.strip()), f"{name}: {line}"


def test_relative_links_in_the_docs_resolve():
    for doc in [ROOT / "README.md", *(ROOT / "docs").glob("*.md")]:
        for target in re.findall(r"\]\(([^)\s]+)\)", doc.read_text(encoding="utf-8")):
            if "://" in target:
                continue
            path = target.split("#")[0]
            if path:
                assert (doc.parent / path).exists(), f"{doc.name} links to missing {target}"


def test_docs_schema_describes_every_column_of_every_table():
    from pipeline.schema import TABLES

    sections = {s.split("\n", 1)[0].strip(): s for s in
                re.split(r"^## ", (ROOT / "docs" / "SCHEMA.md").read_text(encoding="utf-8"), flags=re.M)}
    for name, schema in TABLES.items():
        assert name in sections, f"docs/SCHEMA.md has no section for {name}"
        documented = {c.strip() for line in sections[name].splitlines() if line.startswith("|")
                      for c in line.split("|")[1].split(",")}
        assert [c for c in schema.names if c not in documented] == [], f"undocumented columns of {name}"
