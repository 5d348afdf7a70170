# One-command entry points. Every target sets up its own virtualenv first.
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: venv demo test lint unit integration bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(BIN)/smishwall demo

lint: $(STAMP)
	$(BIN)/ruff check rules streams tests bench
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/python -m pytest tests/unit

integration: $(STAMP) prometheus
	$(BIN)/python -m pytest tests/integration

# Debian's prometheus package brings prometheus and promtool for the alert-rule and
# real-Prometheus tests (docker-compose comes along for the compose file check); the script
# keeps the package's own service from running.
.PHONY: prometheus
prometheus:
	@sh deploy/scripts/install-test-tools.sh

test: lint prometheus
	$(BIN)/smishwall rules validate
	$(BIN)/smishwall rules test
	SMISHWALL_REQUIRE_TOOLS=1 $(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python bench/engine_bench.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
