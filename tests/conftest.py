"""Fixtures shared across test modules."""
from pathlib import Path

import pytest

from pipeline.cli import extract

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def real_outputs(tmp_path_factory) -> Path:
    """Fresh tables (and report.json) for the 165 real notices of tests/real/corpus."""
    output = tmp_path_factory.mktemp("real_outputs")
    assert extract(ROOT / "tests" / "real" / "corpus", output, progress=False) == 0
    return output
