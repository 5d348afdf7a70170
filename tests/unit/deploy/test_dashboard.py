from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import yaml

from tests.unit.deploy.conftest import DEPLOY
from tests.unit.deploy.promql import PROMETHEUS_SERIES, exported_names, metric_names

GRAFANA = DEPLOY / "grafana"
DASHBOARD = GRAFANA / "dashboards" / "smishwall.json"
REQUIRED_PANELS = {
    "Throughput by action",
    "Top rules",
    "Quarantine and block rate",
    "Dead letters by reason",
    "Screening time per message",
    "End-to-end delay",
    "Consumer lag per partition",
    "Pack versions per worker",
}


def dashboard() -> dict[str, Any]:
    return json.loads(DASHBOARD.read_text())


def panels(doc: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for panel in doc["panels"]:
        yield panel
        yield from panel.get("panels", [])


def queries(doc: dict[str, Any]) -> Iterator[tuple[str, str]]:
    for panel in panels(doc):
        for target in panel.get("targets", []):
            yield panel["title"], target["expr"]
    for variable in doc["templating"]["list"]:
        if variable["type"] == "query":
            # label_values(metric, label) is Grafana's, not PromQL: keep its metric selector.
            match = re.fullmatch(r"label_values\((.+),\s*\w+\)", variable["definition"])
            assert match, variable["definition"]
            yield f"${variable['name']}", match.group(1)


def test_dashboard_has_the_operator_panels() -> None:
    titles = {panel["title"] for panel in panels(dashboard())}
    assert REQUIRED_PANELS <= titles, sorted(REQUIRED_PANELS - titles)


def test_panels_use_the_prometheus_datasource_variable() -> None:
    doc = dashboard()
    variables = {v["name"]: v for v in doc["templating"]["list"]}
    assert variables["datasource"]["type"] == "datasource"
    assert variables["datasource"]["query"] == "prometheus"
    for panel in panels(doc):
        if panel["type"] == "row":
            continue
        assert panel["datasource"] == {"type": "prometheus", "uid": "${datasource}"}
        for target in panel["targets"]:
            assert target["datasource"]["uid"] == "${datasource}"


def test_panel_ids_and_ref_ids_are_unique() -> None:
    doc = dashboard()
    ids = [panel["id"] for panel in panels(doc)]
    assert len(ids) == len(set(ids))
    for panel in panels(doc):
        refs = [t["refId"] for t in panel.get("targets", [])]
        assert len(refs) == len(set(refs)), panel["title"]


def test_pack_versions_table_reads_pack_info() -> None:
    table = next(p for p in panels(dashboard()) if p["title"] == "Pack versions per worker")
    assert table["type"] == "table"
    assert [metric_names(t["expr"]) for t in table["targets"]] == [{"smishwall_pack_info"}]


def test_dashboard_queries_name_only_exported_metrics() -> None:
    known = exported_names() | PROMETHEUS_SERIES
    seen = set()
    for title, expr in queries(dashboard()):
        names = metric_names(expr)
        assert names, (title, expr)
        assert names <= known, (title, sorted(names - known))
        seen |= names
    # Every metric family the workers export has a place on the dashboard.
    families = {n.removesuffix("_bucket").removesuffix("_sum").removesuffix("_count") for n in seen}
    smishwall = {n for n in exported_names() if n.startswith("smishwall_")}
    missing = {
        n for n in smishwall
        if n.removesuffix("_bucket").removesuffix("_sum").removesuffix("_count") not in families
    }  # fmt: skip
    assert missing <= {"smishwall_batch_seconds_sum", "smishwall_batch_seconds_count",
                       "smishwall_screen_seconds_sum", "smishwall_screen_seconds_count",
                       "smishwall_end_to_end_delay_seconds_sum",
                       "smishwall_end_to_end_delay_seconds_count",
                       "smishwall_hold_seconds_sum", "smishwall_hold_seconds_count",
                       "smishwall_batch_size_bucket"}, sorted(missing)  # fmt: skip


def test_provisioning_points_at_the_dashboard_and_datasource() -> None:
    provider = yaml.safe_load((GRAFANA / "provisioning/dashboards/smishwall.yml").read_text())
    assert provider["providers"][0]["options"]["path"] == "/var/lib/grafana/dashboards"
    source = yaml.safe_load((GRAFANA / "provisioning/datasources/prometheus.yml").read_text())
    assert source["datasources"][0]["type"] == "prometheus"
    assert source["datasources"][0]["url"] == "http://prometheus:9090"
