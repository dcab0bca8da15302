# Two commands: `make run` (dashboard over the seed corpus) and `make test` (everything).
# Each sets up .venv by itself on a fresh machine.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
CORPUS := data/corpus
CHROMIUM := /usr/bin/chromium
PORT ?= 8501
ADDRESS ?= 127.0.0.1
# pytest on every core (pytest-xdist, from the dev extra) for the tests that need nothing but a core;
# then, one after another, the tests that start processes of their own (a Streamlit server and
# Chromium, a Dask cluster) or time the code (ALONE). PARALLEL= runs the first part serially too.
PARALLEL ?= -n auto
ALONE := browser or dask or timing

.PHONY: run test build lint typecheck unit browser bench chromium clean fuzz

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

build: $(STAMP)
	$(BIN)/spectrum build seeds --out $(CORPUS) || test $$? -eq 1

# Serves on $(ADDRESS):$(PORT) (defaults 127.0.0.1:8501), never prompts; opens a browser tab
# only where there is a display to open it on.
run: build
	@echo "Spectrum dashboard: http://$(ADDRESS):$(PORT)"
	@if [ "$$(uname)" = Darwin ] || [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
	  (sleep 3; $(BIN)/python -m webbrowser -t "http://$(ADDRESS):$(PORT)" >/dev/null 2>&1) & fi
	$(BIN)/streamlit run dashboard/app.py --server.port $(PORT) --server.address $(ADDRESS) \
	  --server.headless true </dev/null

# Debian's Chromium for the real-browser tests (never a downloaded browser).
chromium:
	@test -x $(CHROMIUM) || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "make test needs $(CHROMIUM): sudo apt-get install chromium" >&2; exit 1; fi; }

lint: $(STAMP)
	$(BIN)/ruff check components dashboard tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy components

unit: $(STAMP)
	$(BIN)/python -m pytest -q $(PARALLEL) -m "not ($(ALONE))"
	$(BIN)/python -m pytest -q -m "($(ALONE)) and not browser"

# The browser tests one after another, as they run under `make test` too (each starts a server and Chromium).
browser: $(STAMP) chromium
	$(BIN)/python -m pytest -q -m browser

test: $(STAMP) chromium lint typecheck
	$(BIN)/python -m pytest -q $(PARALLEL) -m "not ($(ALONE))"
	$(BIN)/python -m pytest -q -m "$(ALONE)"

# Property tests with the long Hypothesis profile (10,000+ generated documents; minutes).
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -q -p no:cacheprovider tests/test_fuzz.py

bench: $(STAMP)
	$(BIN)/python benchmarks/sentiment_bench.py
	$(BIN)/python benchmarks/stance_bench.py
	$(BIN)/python benchmarks/spam_bench.py
	$(BIN)/python benchmarks/build_bench.py
	$(BIN)/python benchmarks/layout_bench.py
	$(BIN)/python benchmarks/layout_perturb_bench.py
	$(BIN)/python benchmarks/head_perturb_bench.py

clean:
	rm -rf $(CORPUS) .pytest_cache .mypy_cache .ruff_cache
