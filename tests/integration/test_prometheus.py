"""A real Prometheus scrapes a real worker on the embedded broker.

Prometheus (Debian's package) runs on 127.0.0.1 with the project's own scrape configuration,
deploy/prometheus/prometheus.yml, with only its service discovery pointed at the test worker
and its intervals shortened. Known traffic goes in; PromQL over Prometheus' HTTP API must count
per action, per rule and per dead-letter reason exactly what the rules engine says about that
traffic. Every dashboard and alert query must then run on the real server.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
import urllib.parse
import urllib.request
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest
import yaml

from streams.broker import free_port
from streams.demo import demo_traffic_path, start_worker_process, wait_until_assigned
from streams.models import Rejected, decode_event
from streams.settings import Settings
from tests.unit.deploy.conftest import DEPLOY, require_tool

pytestmark = pytest.mark.integration

SCRAPE_SECONDS = 1
MESSAGES = 300


def broker_url(broker: Any) -> str:
    return broker if isinstance(broker, str) else str(broker.url)


def http_json(url: str, timeout: float = 5.0) -> Any:
    with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 - 127.0.0.1
        return json.loads(response.read())


class PrometheusServer:
    """A Prometheus process on 127.0.0.1 with a temporary storage directory."""

    def __init__(self, binary: str, config: Path, workdir: Path, port: int) -> None:
        self.port = port
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = (workdir / "prometheus.log").open("wb")
        self.process = subprocess.Popen(  # noqa: S603
            [
                binary,
                f"--config.file={config}",
                f"--storage.tsdb.path={workdir / 'data'}",
                f"--web.listen-address=127.0.0.1:{self.port}",
                "--storage.tsdb.retention.time=1h",
                "--log.level=warn",
            ],
            stdin=subprocess.DEVNULL,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )

    def wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and self.process.poll() is None:
            try:
                with urllib.request.urlopen(f"{self.base}/-/ready", timeout=1):  # noqa: S310
                    return
            except OSError:
                time.sleep(0.2)
        raise AssertionError(f"Prometheus not ready; log: {Path(self.log.name).read_text()}")

    def query(self, expr: str) -> list[dict[str, Any]]:
        url = f"{self.base}/api/v1/query?" + urllib.parse.urlencode({"query": expr})
        answer = http_json(url)
        assert answer["status"] == "success", (expr, answer)
        return list(answer["data"]["result"])

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.log.close()


def scrape_config(target: str, tmp: Path, prometheus_target: str) -> Path:
    """The project's compose scrape configuration, pointed at one local worker."""
    config = yaml.safe_load((DEPLOY / "prometheus" / "prometheus.yml").read_text())
    config["global"]["scrape_interval"] = f"{SCRAPE_SECONDS}s"
    config["global"]["scrape_timeout"] = f"{SCRAPE_SECONDS}s"
    config["global"]["evaluation_interval"] = f"{SCRAPE_SECONDS}s"
    config["rule_files"] = [str(DEPLOY / "prometheus" / name) for name in config["rule_files"]]
    jobs = {job["job_name"]: job for job in config["scrape_configs"]}
    worker_job = jobs["smishwall"]
    assert worker_job.pop("dns_sd_configs"), "the compose config discovers workers by DNS"
    worker_job["static_configs"] = [{"targets": [target]}]
    jobs["prometheus"]["static_configs"] = [{"targets": [prometheus_target]}]
    path = tmp / "prometheus.yml"
    path.write_text(yaml.safe_dump(config))
    return path


def traffic(run_id: str, settings: Settings) -> list[dict[str, Any]]:
    """The first well-formed demo events, with fresh ids and a current ts.

    The demo traffic also holds malformed events on purpose; those are left out here (the test
    sends its own malformed records, whose reasons it knows).
    """
    events = []
    with demo_traffic_path().open("rb") as handle:
        for line in handle:
            try:
                event, _ = decode_event(
                    line.strip(), settings.max_event_bytes, settings.max_body_chars
                )
            except Rejected:
                continue
            event["id"] = f"{run_id}-{len(events)}"
            event["ts"] = time.time()
            events.append(event)
            if len(events) == MESSAGES:
                break
    assert len(events) == MESSAGES
    return events


def expected_counts(
    events: list[dict[str, Any]],
) -> tuple[Counter[str], Counter[tuple[str, str, str]]]:
    import rules

    engine = rules.load()
    actions: Counter[str] = Counter()
    hits: Counter[tuple[str, str, str]] = Counter()
    for event in events:
        verdict = engine.screen(event["sender"], event["body"], event["recipient"])
        actions[verdict.action] += 1
        for fired in verdict.rules:
            hits[(fired.id, fired.pack, "shadow" if fired.shadow else "enforce")] += 1
    return actions, hits


def produce(settings: Settings, path: Path) -> None:
    """Send a JSON Lines file with ``smishwall produce``, the command the demo replayer runs."""
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "streams", "produce", str(path), "--quiet",
         "--broker", settings.broker, "--topic", settings.topic_inbound],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="module")
def stack(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, Any]]:
    """A worker on the embedded broker, known traffic sent, and Prometheus scraping it."""
    binary = require_tool("prometheus")
    broker = request.getfixturevalue("broker")
    tmp = tmp_path_factory.mktemp("prometheus")
    run_id = uuid.uuid4().hex[:12]
    settings = Settings.from_env(
        {},
        broker=broker_url(broker),
        app_id=f"smishwall-prom-{run_id}",
        web_host="127.0.0.1",
        web_port=free_port(),
        topic_inbound=f"sms.inbound.{run_id}",
        topic_deliver=f"sms.deliver.{run_id}",
        topic_quarantine=f"sms.quarantine.{run_id}",
        topic_blocked=f"sms.blocked.{run_id}",
        topic_deadletter=f"sms.deadletter.{run_id}",
        partitions=2,
        data_dir=str(tmp / "worker"),
    )
    # The expected verdicts come from the same packs the worker is about to load.
    events = traffic(run_id, settings)
    actions, hits = expected_counts(events)
    worker_log = (tmp / "worker.log").open("wb")
    worker = start_worker_process(settings, log=worker_log)  # type: ignore[arg-type]
    server: PrometheusServer | None = None
    try:
        assert wait_until_assigned(settings, worker, timeout=90), (
            "worker got no partitions; log: " + (tmp / "worker.log").read_text(errors="replace")
        )
        target = f"127.0.0.1:{settings.web_port}"
        port = free_port()
        config = scrape_config(target, tmp, f"127.0.0.1:{port}")
        server = PrometheusServer(binary, config, tmp, port)
        server.wait_ready(timeout=60)
        # One scrape before the traffic, so rates and increases have a zero to start from.
        assert wait_for(server, f'up{{instance="{target}"}}', 1, 60) == 1

        malformed = [b"{not json", orjson.dumps({"id": f"{run_id}-x", "body": "no sender"})]
        lines = [orjson.dumps(e) for e in events] + malformed
        (tmp / "traffic.jsonl").write_bytes(b"\n".join(lines) + b"\n")
        produce(settings, tmp / "traffic.jsonl")
        yield {
            "server": server,
            "settings": settings,
            "events": events,
            "actions": actions,
            "hits": hits,
            "target": target,
        }
    finally:
        if server is not None:
            server.stop()
        worker.terminate()
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.wait(timeout=10)
        worker_log.close()


def wait_for(server: PrometheusServer, expr: str, value: float, timeout: float) -> float:
    """Poll ``expr`` until its single value equals ``value``; return the last value seen."""
    deadline = time.monotonic() + timeout
    seen = float("nan")
    while time.monotonic() < deadline:
        result = server.query(expr)
        if result:
            seen = float(result[0]["value"][1])
            if seen == value:
                return seen
        time.sleep(SCRAPE_SECONDS)
    return seen


def by_label(result: list[dict[str, Any]], *labels: str) -> dict[Any, float]:
    out = {}
    for sample in result:
        key = tuple(sample["metric"].get(label, "") for label in labels)
        out[key[0] if len(key) == 1 else key] = float(sample["value"][1])
    return out


def test_prometheus_counts_every_message_by_action(stack: dict[str, Any]) -> None:
    server: PrometheusServer = stack["server"]
    total = wait_for(server, 'sum(smishwall_messages_total{job="smishwall"})', MESSAGES, 120)
    assert total == MESSAGES
    result = server.query('sum by (action) (smishwall_messages_total{job="smishwall"})')
    counted = {action: n for action, n in by_label(result, "action").items() if n}
    assert counted == dict(stack["actions"])
    assert set(stack["actions"]) >= {"deliver"}
    assert len(stack["actions"]) >= 2, "the traffic should exercise more than one action"


def test_prometheus_counts_rule_hits_by_rule_pack_and_mode(stack: dict[str, Any]) -> None:
    server: PrometheusServer = stack["server"]
    wait_for(server, 'sum(smishwall_messages_total{job="smishwall"})', MESSAGES, 120)
    result = server.query(
        'sum by (rule, pack, mode) (smishwall_rule_hits_total{job="smishwall"}) > 0'
    )
    assert by_label(result, "rule", "pack", "mode") == dict(stack["hits"])
    assert stack["hits"], "the traffic should fire rules"


def test_prometheus_counts_dead_letters_by_reason(stack: dict[str, Any]) -> None:
    server: PrometheusServer = stack["server"]
    total = wait_for(server, 'sum(smishwall_deadletter_total{job="smishwall"})', 2, 120)
    assert total == 2
    result = server.query('sum by (reason) (smishwall_deadletter_total{job="smishwall"}) > 0')
    assert by_label(result, "reason") == {"invalid-json": 1, "missing-field": 1}


def test_worker_is_up_with_its_packs_and_latency(stack: dict[str, Any]) -> None:
    server: PrometheusServer = stack["server"]
    wait_for(server, 'sum(smishwall_messages_total{job="smishwall"})', MESSAGES, 120)
    up = server.query('up{job="smishwall"}')
    assert [(s["metric"]["instance"], s["value"][1]) for s in up] == [(stack["target"], "1")]
    assert server.query('smishwall_worker_up{job="smishwall"}')[0]["value"][1] == "1"
    packs = by_label(server.query("smishwall_pack_info"), "pack", "version")
    assert packs and set(packs.values()) == {1.0}
    assert float(server.query("sum(smishwall_screen_seconds_count)")[0]["value"][1]) == MESSAGES
    assert float(server.query("sum(smishwall_batch_size_sum)")[0]["value"][1]) >= MESSAGES
    delay = server.query("sum(smishwall_end_to_end_delay_seconds_count)")
    assert float(delay[0]["value"][1]) == MESSAGES
    # Every message was handed to the producer once, after a hold of under the session's length.
    held = server.query("sum(smishwall_hold_seconds_count)")
    assert float(held[0]["value"][1]) >= MESSAGES
    held_over_5s = server.query('sum(smishwall_hold_seconds_bucket{le="+Inf"}) '
                                '- sum(smishwall_hold_seconds_bucket{le="5.0"})')
    assert float(held_over_5s[0]["value"][1]) == 0


def test_alert_rules_load_and_evaluate(stack: dict[str, Any]) -> None:
    server: PrometheusServer = stack["server"]
    groups = http_json(f"{server.base}/api/v1/rules")["data"]["groups"]
    rules = [rule for group in groups for rule in group["rules"]]
    assert len(rules) >= 7
    deadline = time.monotonic() + 30
    while any(rule.get("health") != "ok" for rule in rules) and time.monotonic() < deadline:
        time.sleep(SCRAPE_SECONDS)
        groups = http_json(f"{server.base}/api/v1/rules")["data"]["groups"]
        rules = [rule for group in groups for rule in group["rules"]]
    assert [r["name"] for r in rules if r.get("health") != "ok"] == []


GRAFANA_VARIABLES = {
    "$__rate_interval": "1m",
    "$__range": "5m",
    "${datasource}": "",
    "$instance": ".*",
}


def dashboard_queries() -> list[str]:
    doc = json.loads((DEPLOY / "grafana" / "dashboards" / "smishwall.json").read_text())
    out = []
    for panel in doc["panels"]:
        for target in panel.get("targets", []):
            out.append(target["expr"])
    return out


def test_every_dashboard_and_alert_query_runs_on_prometheus(stack: dict[str, Any]) -> None:
    server: PrometheusServer = stack["server"]
    alerts = yaml.safe_load((DEPLOY / "prometheus" / "alerts.yml").read_text())
    exprs = dashboard_queries() + [
        rule["expr"] for group in alerts["groups"] for rule in group["rules"]
    ]
    for expr in exprs:
        for variable, value in GRAFANA_VARIABLES.items():
            expr = expr.replace(variable, value)
        assert "$" not in expr, expr
        server.query(expr)  # asserts status == success
    # A panel that shows data right after the traffic: throughput by action.
    throughput = server.query("sum by (action) (increase(smishwall_messages_total[5m])) > 0")
    assert throughput


def test_metrics_carry_no_phone_number_or_message_text(stack: dict[str, Any]) -> None:
    settings: Settings = stack["settings"]
    url = f"http://{settings.web_host}:{settings.web_port}/metrics"
    with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - 127.0.0.1
        text = response.read().decode()
    label_values = set(re.findall(r'="([^"]*)"', text))
    for event in stack["events"]:
        for field in ("sender", "recipient", "body"):
            value = str(event[field])
            if len(value) >= 5:
                assert value not in label_values, field
    assert not any(re.fullmatch(r"\+?\d{7,15}", v) for v in label_values)
