"""Settings: environment parsing, and every setting documented in the README."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from streams.settings import SETTINGS, Settings, SettingsError, parse_broker

README = Path(__file__).resolve().parents[3] / "README.md"


def settings_section() -> str:
    text = README.read_text(encoding="utf-8")
    match = re.search(r"<!-- section:settings -->(.*?)<!-- /section:settings -->", text, flags=re.S)
    assert match, "README has no settings section"
    return match.group(1)


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda s: s.env)
def test_every_setting_is_documented_in_the_readme_settings_section(setting: object) -> None:
    section = settings_section()
    assert f"`{setting.env}`" in section, f"{setting.env} is missing from the README"  # type: ignore[attr-defined]


def test_every_setting_has_help_text_and_a_field() -> None:
    names = {f for f in Settings.__dataclass_fields__}
    assert {s.name for s in SETTINGS} == names
    assert all(s.help and s.env.startswith("SMISHWALL_") for s in SETTINGS)


def test_defaults_need_no_environment() -> None:
    settings = Settings.from_env({})
    assert settings.broker == "kafka://127.0.0.1:9092"
    assert settings.topic_inbound == "sms.inbound"
    assert settings.output_topics == (
        "sms.deliver", "sms.quarantine", "sms.blocked", "sms.deadletter",
    )  # fmt: skip


def test_reads_and_parses_environment_variables() -> None:
    settings = Settings.from_env(
        {"SMISHWALL_WEB_PORT": "7001", "SMISHWALL_UVLOOP": "off",
         "SMISHWALL_BROKER": "kafka://a:9092,b:9093", "SMISHWALL_TOPIC_BLOCKED": "x.blocked"}
    )  # fmt: skip
    assert settings.web_port == 7001 and settings.uvloop is False
    assert settings.bootstrap_servers == ["a:9092", "b:9093"]
    assert settings.topic_blocked == "x.blocked"


def test_rejects_unparsable_values() -> None:
    with pytest.raises(SettingsError, match="SMISHWALL_WEB_PORT"):
        Settings.from_env({"SMISHWALL_WEB_PORT": "http"})
    with pytest.raises(SettingsError):
        parse_broker("kafka://")
    with pytest.raises(SettingsError):
        parse_broker("localhost")


def test_sasl_settings_reach_kafka_python_and_the_password_is_masked() -> None:
    settings = Settings.from_env(
        {"SMISHWALL_SECURITY_PROTOCOL": "SASL_PLAINTEXT", "SMISHWALL_SASL_USERNAME": "u",
         "SMISHWALL_SASL_PASSWORD": "p", "SMISHWALL_SASL_MECHANISM": "SCRAM-SHA-256"}
    )  # fmt: skip
    config = settings.kafka_python_config()
    assert config["sasl_mechanism"] == "SCRAM-SHA-256"
    assert config["sasl_plain_username"] == "u" and config["sasl_plain_password"] == "p"
    assert settings.as_dict()["sasl_password"] == "***"


def test_each_worker_gets_its_own_data_directory() -> None:
    a = Settings.from_env({"SMISHWALL_WEB_PORT": "7001"})
    b = Settings.from_env({"SMISHWALL_WEB_PORT": "7002"})
    assert a.data_path != b.data_path


def test_as_env_gives_a_child_process_the_same_settings() -> None:
    settings = Settings.from_env({}, web_port=7001, uvloop=False, topic_inbound="in.x")
    env = settings.as_env()
    assert env["SMISHWALL_WEB_PORT"] == "7001" and env["SMISHWALL_UVLOOP"] == "false"
    assert Settings.from_env(env) == settings
