# gri-check: `make demo` and `make test` do all set-up from a fresh clone.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test bench fuzz lint docs clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Reinstall when the dependency list or the compiled glyph reader changes.
$(STAMP): pyproject.toml setup.py gri_check/ingest/_glyphs.c | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@# Byte-code now, as a wheel install does: where PYTHONDONTWRITEBYTECODE is set, every run would otherwise
	@# compile gri-check from source (0.1 s of each start).
	$(BIN)/python -m compileall -q gri_check
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/gri-check check reports/northwind_2024.md

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python -m compileall -q gri_check
	$(BIN)/python -m pytest tests/bench --benchmark-only --benchmark-columns=min,median,mean,max,rounds \
		--benchmark-sort=name

# Property tests with 10,000 examples each (make test runs 200).
fuzz: $(STAMP)
	GRI_CHECK_FUZZ_EXAMPLES=10000 $(BIN)/python -m pytest tests/fuzz -q

# ruff and mypy over the package, as configured in pyproject.toml (.ci/run runs it after the tests).
lint: $(STAMP)
	$(BIN)/ruff check gri_check tests
	$(BIN)/python -m mypy

docs: $(STAMP)
	$(BIN)/gri-check rules --markdown > docs/rules.md

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache .benchmarks
