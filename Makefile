# policy-extract: `make extract` sets up .venv on first use, then extracts CORPUS into OUTPUT.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
CORPUS ?= corpus
OUTPUT ?= outputs
GOLD ?= tests/gold

.PHONY: extract validate report review test lint browser converters bench heldout clean

# The package in editable mode with its pinned dependencies (requirements.txt) and the
# test tools (requirements-dev.txt); this also puts the `policy-extract` command in .venv/bin.
$(VENV)/installed: pyproject.toml requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@

extract: $(VENV)/installed converters
	$(PY) -m pipeline extract --corpus $(CORPUS) --output $(OUTPUT)

validate: $(VENV)/installed
	$(PY) -m pipeline validate --gold $(GOLD) --output $(OUTPUT)

# The estimate for unseen notices: the real collections with held-out gold extracted, and every held-out
# gold set of them scored together (tests/real/README.md).
HELDOUT := outputs/heldout
# The pooled held-out estimate: heldout17 (to be labelled blind; heldout16 was scored blind and at the end of the
# fourteenth session's work, then joined development; tests/real/README.md) under tests/real/<collection>/heldout17/gold/.
HELDOUT_SET := heldout17
HELDOUT_GOLD := $(wildcard tests/real/*/$(HELDOUT_SET)/gold)
heldout: $(VENV)/installed
	@if [ -z "$(HELDOUT_GOLD)" ]; then echo "no held-out gold (tests/real/*/$(HELDOUT_SET)/gold): label a fresh held-out set first (tests/real/README.md)"; exit 1; fi
	@# only the collections holding held-out gold: gold names a text by its file name, which
	@# another collection may repeat (validate refuses such a pool)
	@for g in $(HELDOUT_GOLD); do c=$${g%/$(HELDOUT_SET)/gold}; \
	  $(PY) -m pipeline extract --corpus $$c/corpus --output $(HELDOUT)/$$(echo $$c | tr / _) --quiet || exit 1; done
	$(PY) -m pipeline validate --thresholds tests/real/heldout_floors.yaml \
	  $(foreach g,$(HELDOUT_GOLD),--gold $(g) --output $(HELDOUT)/$(subst /,_,$(patsubst %/$(HELDOUT_SET)/gold,%,$(g))))

report: $(VENV)/installed
	$(PY) -m pipeline report --output $(OUTPUT)

review: $(VENV)/installed
	$(PY) -m pipeline review --output $(OUTPUT)

# The review site's tests drive Debian's Chromium through Playwright (browser builds
# cannot be downloaded here), with a font for Chinese (pages, notebook charts). Installed
# when missing and apt can; otherwise those tests skip and say why.
browser:
	@command -v chromium >/dev/null 2>&1 || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; } || \
	  echo "warning: chromium could not be installed; the browser tests will skip"

# Word 97 .doc/.wps are read through antiword: installed when missing and apt can;
# otherwise such files are skipped with the reason (README, "Formats").
converters:
	@command -v antiword >/dev/null 2>&1 || \
	  { apt-get install -y -qq antiword >/dev/null 2>&1 || \
	    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq antiword >/dev/null; }; } || \
	  echo "warning: antiword could not be installed; .doc/.wps files will be skipped"

test: $(VENV)/installed browser converters
	$(PY) -m pytest -q -rs tests

lint: $(VENV)/installed
	$(PY) -m ruff check pipeline tests

bench: $(VENV)/installed
	$(PY) -m pipeline bench --corpus tests/real/corpus --megabytes 20 --large 100
	$(PY) -m pipeline bench --corpus $(CORPUS) --megabytes 20

clean:
	rm -rf $(VENV) $(OUTPUT)/*.parquet $(OUTPUT)/report.json $(OUTPUT)/site $(OUTPUT)/current $(OUTPUT)/dataset $(OUTPUT)/.sets $(OUTPUT)/.cache $(OUTPUT)/.lock
