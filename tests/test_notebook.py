"""notebooks/explore_outputs.ipynb runs headless on fresh outputs of the real notices and
draws its charts; the committed copy carries its outputs so it reads on a code host."""
import re
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "explore_outputs.ipynb"
CHARTS = 5  # province x year, one indicator across cities, lead units, parameters, density
FLOAT_YEAR = re.compile(r"\b(?:19|20)\d\d\.0\b")


def images(nb) -> int:
    return sum("image/png" in out.get("data", {}) for cell in nb.cells for out in cell.get("outputs", []))


def texts(nb) -> str:
    parts = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            parts.append(out.get("text", ""))
            parts.append(str(out.get("data", {}).get("text/plain", "")))
            parts.append(str(out.get("data", {}).get("text/html", "")))
    return "\n".join(parts)


def test_notebook_runs_on_fresh_outputs_and_draws_its_charts(real_outputs):
    nbclient = pytest.importorskip("nbclient", reason="nbclient is in requirements-dev.txt: run `make test`")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
    parameters = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(parameters) == 1, "one cell tagged `parameters` (papermill style)"
    # inject the folder after the parameter cell, as papermill does
    nb.cells.insert(nb.cells.index(parameters[0]) + 1,
                    nbformat.v4.new_code_cell(f"output = {str(real_outputs)!r}"))
    nbclient.NotebookClient(nb, timeout=120, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert errors == []
    assert images(nb) >= CHARTS
    assert not FLOAT_YEAR.search(texts(nb)), "years are shown as integers"


def test_committed_notebook_carries_its_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    assert images(nb) >= CHARTS
    assert not [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not FLOAT_YEAR.search(texts(nb))
