# Two commands: `make run` (dashboard over the seed corpus) and `make test` (everything).
# Each sets up .venv by itself on a fresh machine.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
CORPUS := data/corpus
CHROMIUM := /usr/bin/chromium
PORT ?= 8501

.PHONY: run test build lint typecheck unit browser bench chromium clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

build: $(STAMP)
	$(BIN)/spectrum build seeds --out $(CORPUS) || test $$? -eq 1

run: build
	$(BIN)/streamlit run dashboard/app.py --server.port $(PORT) --server.headless false

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
	$(BIN)/python -m pytest -q -m "not browser"

browser: $(STAMP) chromium
	$(BIN)/python -m pytest -q -m browser

test: $(STAMP) chromium lint typecheck
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/sentiment_bench.py
	$(BIN)/python benchmarks/stance_bench.py
	$(BIN)/python benchmarks/spam_bench.py
	$(BIN)/python benchmarks/build_bench.py

clean:
	rm -rf $(CORPUS) .pytest_cache .mypy_cache .ruff_cache
