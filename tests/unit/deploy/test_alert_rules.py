from __future__ import annotations

import subprocess
from pathlib import Path

import yaml

from tests.unit.deploy.conftest import DEPLOY, require_tool
from tests.unit.deploy.promql import PROMETHEUS_SERIES, exported_names, metric_names

PROMETHEUS_DIR = DEPLOY / "prometheus"
ALERTS = PROMETHEUS_DIR / "alerts.yml"
REQUIRED_ALERTS = {
    "SmishwallFraudWave",
    "SmishwallDeadLetterRate",
    "SmishwallConsumerLagGrowing",
    "SmishwallWorkerDown",
    "SmishwallNoTraffic",
    "SmishwallRulesReloadFailed",
    "SmishwallScreenLatencyHigh",
}


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, timeout=120, check=False
    )


def alert_rules() -> list[dict[str, object]]:
    doc = yaml.safe_load(ALERTS.read_text())
    return [rule for group in doc["groups"] for rule in group["rules"]]


def test_alert_rules_pass_promtool_check_rules() -> None:
    promtool = require_tool("promtool")
    result = run(promtool, "check", "rules", ALERTS)
    assert result.returncode == 0, result.stdout + result.stderr


def test_alert_rule_unit_tests_pass_promtool_test_rules() -> None:
    promtool = require_tool("promtool")
    tests = sorted((PROMETHEUS_DIR / "tests").glob("*.yml"))
    assert tests
    result = run(promtool, "test", "rules", *tests)
    assert result.returncode == 0, result.stdout + result.stderr


def test_scrape_configurations_pass_promtool_check_config() -> None:
    promtool = require_tool("promtool")
    for config in ("prometheus.yml", "prometheus-host.yml"):
        result = run(promtool, "check", "config", PROMETHEUS_DIR / config)
        assert result.returncode == 0, result.stdout + result.stderr


def test_issue_alerts_exist_with_severity_and_runbook() -> None:
    rules = alert_rules()
    names = {rule["alert"] for rule in rules}
    assert REQUIRED_ALERTS <= names
    readme = (DEPLOY / "README.md").read_text()
    for rule in rules:
        labels = rule["labels"]
        assert isinstance(labels, dict)
        assert labels["severity"] in ("warning", "critical"), rule["alert"]
        annotations = rule["annotations"]
        assert isinstance(annotations, dict)
        assert {"summary", "description", "runbook"} <= annotations.keys()
        anchor = str(annotations["runbook"]).split("#", 1)[1]
        assert anchor == str(rule["alert"]).lower()
        assert f"### {rule['alert']}" in readme, f"deploy/README.md does not explain {anchor}"


def test_every_alert_is_fired_and_cleared_by_a_unit_test() -> None:
    fired: set[str] = set()
    cleared: set[str] = set()
    for path in (PROMETHEUS_DIR / "tests").glob("*.yml"):
        for case in yaml.safe_load(path.read_text())["tests"]:
            for check in case.get("alert_rule_test", []):
                (fired if check.get("exp_alerts") else cleared).add(check["alertname"])
    names = {str(rule["alert"]) for rule in alert_rules()}
    assert names <= fired, f"never fired: {sorted(names - fired)}"
    assert names <= cleared, f"never cleared: {sorted(names - cleared)}"


def test_alert_queries_name_only_exported_metrics() -> None:
    known = exported_names() | PROMETHEUS_SERIES
    for rule in alert_rules():
        names = metric_names(str(rule["expr"]))
        assert names, rule["alert"]
        assert names <= known, (rule["alert"], sorted(names - known))
