# policy-extract: `make extract` sets up .venv on first use, then extracts CORPUS into OUTPUT.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
CORPUS ?= corpus
OUTPUT ?= outputs
GOLD ?= tests/gold

.PHONY: extract validate report test bench clean

$(VENV)/installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

extract: $(VENV)/installed
	$(PY) -m pipeline extract --corpus $(CORPUS) --output $(OUTPUT)

validate: $(VENV)/installed
	$(PY) -m pipeline validate --gold $(GOLD) --output $(OUTPUT)

report: $(VENV)/installed
	$(PY) -m pipeline report --output $(OUTPUT)

test: $(VENV)/installed
	$(PY) -m pytest -q tests

bench: $(VENV)/installed
	$(PY) -m pipeline bench --corpus $(CORPUS)

clean:
	rm -rf $(VENV) $(OUTPUT)/*.parquet
