# Two commands do all the set-up on a fresh machine with Python 3.11: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@# deduce builds its lookup cache on first use (a minute or more): once here, not inside a test.
	$(BIN)/python -c "from registry.deidentify import warm_up; warm_up()"
	touch $(VENV)/.installed $@

## Start the service on http://localhost:8080 with the embedded defaults (SQLite, demo content, demo login).
run: $(VENV)/.installed
	$(BIN)/python -m bot

## Run the whole test suite (browser tests need /usr/bin/chromium, PostgreSQL tests WEGWIJS_TEST_POSTGRES_URL).
## One worker per CPU; a file's tests stay on one worker, so its module fixtures are built once.
test: $(VENV)/.installed-test
	$(BIN)/python -m ruff check .
	$(BIN)/python -m pytest -n auto --dist loadfile

lint: $(VENV)/.installed-test
	$(BIN)/python -m ruff check .
	$(BIN)/python -m ruff format --check .

bench: $(VENV)/.installed-test
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python bench/routing.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
