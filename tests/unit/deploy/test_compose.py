from __future__ import annotations

import os
import re
import subprocess
from typing import Any

import pytest
import yaml

from streams.cli import build_parser
from streams.settings import SETTINGS
from tests.unit.deploy.conftest import DEPLOY, ROOT, require_tool

COMPOSE = ROOT / "docker-compose.yml"
ENV = {"GRAFANA_ADMIN_PASSWORD": "test-only"}


def compose() -> dict[str, Any]:
    return yaml.safe_load(COMPOSE.read_text())


def resolved_config() -> dict[str, Any]:
    """The compose file as docker-compose resolves it: anchors, defaults and interpolation."""
    binary = require_tool("docker-compose")
    result = subprocess.run(
        [binary, "--project-directory", str(ROOT), "-f", str(COMPOSE), "config"],
        capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, **ENV},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return yaml.safe_load(result.stdout)


def test_compose_file_is_valid_for_docker_compose() -> None:
    config = resolved_config()
    assert {"kafka", "kafka-init", "smishwall", "prometheus", "grafana", "replayer"} <= set(
        config["services"]
    )


def test_compose_refuses_to_start_without_a_grafana_password() -> None:
    binary = require_tool("docker-compose")
    env = {k: v for k, v in os.environ.items() if k != "GRAFANA_ADMIN_PASSWORD"}
    result = subprocess.run(
        [binary, "--project-directory", str(ROOT), "-f", str(COMPOSE), "config", "-q"],
        capture_output=True, text=True, timeout=120, check=False, env=env,
    )  # fmt: skip
    assert result.returncode != 0
    assert "GRAFANA_ADMIN_PASSWORD" in result.stderr


def smishwall_variables(environment: dict[str, Any]) -> set[str]:
    return {name for name in environment if name.startswith("SMISHWALL_")}


def test_every_smishwall_variable_in_compose_and_dockerfile_is_a_setting() -> None:
    known = {setting.env for setting in SETTINGS}
    config = resolved_config()
    for name, service in config["services"].items():
        unknown = smishwall_variables(service.get("environment") or {}) - known
        assert not unknown, (name, sorted(unknown))
    dockerfile = (ROOT / "Dockerfile").read_text()
    used = set(re.findall(r"\b(SMISHWALL_[A-Z_]+)=", dockerfile))
    assert used and used <= known, sorted(used - known)


def test_worker_settings_values_parse() -> None:
    from streams.settings import Settings

    environment = resolved_config()["services"]["smishwall"]["environment"]
    settings = Settings.from_env({k: str(v) for k, v in environment.items()})
    assert settings.web_host == "0.0.0.0"
    assert settings.bootstrap_servers == ["kafka:9092"]


def test_services_run_commands_the_cli_has() -> None:
    commands = set(build_parser()._subcommands.choices)  # type: ignore[attr-defined]
    config = resolved_config()
    assert config["services"]["smishwall"]["command"][0] in commands
    assert "smishwall produce" in config["services"]["replayer"]["command"][0]
    assert "produce" in commands


def test_kafka_runs_in_kraft_mode_from_the_official_image() -> None:
    kafka = resolved_config()["services"]["kafka"]
    assert kafka["image"].startswith("apache/kafka:")
    env = kafka["environment"]
    assert set(env["KAFKA_PROCESS_ROLES"].split(",")) == {"broker", "controller"}
    assert env["KAFKA_CONTROLLER_LISTENER_NAMES"] == "CONTROLLER"
    assert env["CLUSTER_ID"]
    assert "healthcheck" in kafka


def test_topic_creation_matches_the_worker_topics_and_partitions() -> None:
    config = resolved_config()
    worker_env = config["services"]["smishwall"]["environment"]
    init = config["services"]["kafka-init"]
    script = init["command"][0]
    created = set(re.search(r"for topic in ([^;]+);", script).group(1).split())  # type: ignore[union-attr]
    topics = {v for k, v in worker_env.items() if k.startswith("SMISHWALL_TOPIC_")}
    assert created == topics
    assert str(init["environment"]["PARTITIONS"]) == str(worker_env["SMISHWALL_PARTITIONS"])
    assert "--if-not-exists" in script
    deps = config["services"]["smishwall"]["depends_on"]
    assert deps["kafka-init"]["condition"] == "service_completed_successfully"


def test_worker_service_can_scale() -> None:
    worker = compose()["services"]["smishwall"]
    assert "container_name" not in worker, "a fixed name prevents --scale"
    assert "ports" not in worker, "a published host port collides between replicas"
    assert worker["expose"] == ["6066"]


def test_prometheus_discovers_workers_by_service_name_on_the_web_port() -> None:
    config = resolved_config()
    worker_env = config["services"]["smishwall"]["environment"]
    prom = yaml.safe_load((DEPLOY / "prometheus" / "prometheus.yml").read_text())
    job = next(j for j in prom["scrape_configs"] if j["job_name"] == "smishwall")
    (sd,) = job["dns_sd_configs"]
    assert sd["names"] == ["smishwall"] and sd["type"] == "A"
    assert str(sd["port"]) == str(worker_env["SMISHWALL_WEB_PORT"])
    assert job["metrics_path"] == "/metrics"


def test_mounted_files_exist() -> None:
    config = compose()
    for name, service in config["services"].items():
        for volume in service.get("volumes", []):
            source = volume.split(":", 1)[0]
            if source.startswith("./"):
                assert (ROOT / source).exists(), (name, source)


def test_mounted_rules_directory_loads() -> None:
    rules = pytest.importorskip("rules")
    engine = rules.load(local_dir=DEPLOY / "rules.d")
    assert engine.versions


def test_published_ports_bind_to_localhost_by_default() -> None:
    for name, service in resolved_config()["services"].items():
        for port in service.get("ports", []):
            published = port if isinstance(port, str) else f"{port.get('host_ip')}:{port}"
            assert published.startswith("127.0.0.1:"), (name, port)
