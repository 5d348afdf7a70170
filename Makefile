# One-command entry points. Every target sets up its own virtualenv first.
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The engine's hot modules, compiled with mypyc at install (setup.py, rules/build.py).
COMPILED := $(VENV)/.compiled
HOT := $(addprefix rules/,normalise.py matcher.py urls.py senders.py conditions.py engine.py)

.PHONY: venv demo test lint unit integration bench clean

$(STAMP): pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	touch $(STAMP) $(COMPILED)

# A changed hot module is compiled again (rules/build.py would otherwise run its source).
$(COMPILED): $(STAMP) $(HOT)
	$(BIN)/python setup.py --quiet build_ext --inplace
	touch $(COMPILED)

venv: $(COMPILED)

demo: $(COMPILED)
	$(BIN)/smishwall demo

lint: $(STAMP)
	$(BIN)/ruff check rules streams tests bench setup.py
	$(BIN)/mypy

unit: $(COMPILED)
	$(BIN)/python -m pytest tests/unit

integration: $(COMPILED) prometheus
	$(BIN)/python -m pytest tests/integration

# Debian's prometheus package brings prometheus and promtool for the alert-rule and
# real-Prometheus tests (docker-compose comes along for the compose file check); the script
# keeps the package's own service from running.
.PHONY: prometheus
prometheus:
	@sh deploy/scripts/install-test-tools.sh

# The suite runs on up to TEST_WORKERS processes (pytest-xdist): the integration tests in order
# as one unit on one of them (tests/conftest.py), the unit tests spread over the rest.
TEST_WORKERS ?= 4
test: lint prometheus $(COMPILED)
	$(BIN)/smishwall rules validate
	$(BIN)/smishwall rules test
	SMISHWALL_REQUIRE_TOOLS=1 $(BIN)/python -m pytest --numprocesses=auto \
		--maxprocesses=$(TEST_WORKERS)

bench: $(COMPILED)
	$(BIN)/python bench/engine_bench.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
	rm -f rules/*.so rules_native__mypyc*.so rules/compiled.json
