"""Gateway settings: one table of environment variables, each with a default and help text.

Every setting is read from an environment variable with the prefix ``SMISHWALL_``.
:data:`SETTINGS` is the single source of truth: :class:`Settings` is built from it, the README's
settings section documents it (a test checks that every variable is there), and
``smishwall worker --help-settings`` prints it.
"""

from __future__ import annotations

import os
import ssl
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

__all__ = ["SETTINGS", "Setting", "Settings", "SettingsError", "parse_broker"]


class SettingsError(ValueError):
    """A setting has a value that cannot be used."""


@dataclass(frozen=True)
class Setting:
    """One setting: its attribute name, environment variable, default, parser and help text."""

    name: str
    default: str
    help: str
    parse: Callable[[str], Any] = str

    @property
    def env(self) -> str:
        """The environment variable that sets it."""
        return "SMISHWALL_" + self.name.upper()


def _bool(value: str) -> bool:
    if value.strip().lower() in ("1", "true", "yes", "on"):
        return True
    if value.strip().lower() in ("0", "false", "no", "off", ""):
        return False
    raise ValueError(f"not a boolean: {value!r}")


SETTINGS: tuple[Setting, ...] = (
    Setting("broker", "kafka://127.0.0.1:9092",
            "Kafka bootstrap servers as kafka://host:port[,host:port]."),
    Setting("app_id", "smishwall",
            "Faust application id; also the consumer group of the workers."),
    Setting("web_host", "127.0.0.1", "Address the worker's HTTP server (/metrics) binds to."),
    Setting("web_port", "6066", "Port of the worker's HTTP server; give each worker on a host "
            "its own.", int),
    Setting("topic_inbound", "sms.inbound", "Topic the gateway consumes SMS events from."),
    Setting("topic_deliver", "sms.deliver", "Topic for messages with a deliver or tag verdict."),
    Setting("topic_quarantine", "sms.quarantine",
            "Topic for messages held for review (quarantine verdict)."),
    Setting("topic_blocked", "sms.blocked", "Topic for blocked messages (kept for audit)."),
    Setting("topic_deadletter", "sms.deadletter",
            "Topic for input that could not be screened, with the reason."),
    Setting("partitions", "4", "Partitions of each topic when the gateway creates it.", int),
    Setting("replication", "1", "Replication factor of each topic when the gateway creates it.",
            int),
    Setting("rules_dir", "", "Directory with a deployment's own rule packs and overrides; "
            "empty for the shipped packs only."),
    Setting("rules_reload_seconds", "30", "Seconds between checks for changed rule files "
            "(shipped and SMISHWALL_RULES_DIR); a change reloads the packs, a bad pack set is "
            "rejected and the running one stays. 0 disables the check (SIGHUP still reloads).",
            float),
    Setting("lag_seconds", "5", "Seconds between updates of the consumer-lag metric; 0 "
            "disables it.", float),
    Setting("max_body_chars", "1600", "Longest body screened, in characters; longer ones are "
            "dead-lettered as oversized-body.", int),
    Setting("max_event_bytes", "65536", "Largest inbound event, in bytes; larger ones are "
            "dead-lettered as oversized-body.", int),
    Setting("batch_max_records", "2000",
            "Most records fetched from Kafka per poll, i.e. per batch the agent screens.", int),
    Setting("fetch_max_wait_ms", "10",
            "Longest the broker may hold a fetch request open waiting for data.", int),
    Setting("max_inflight_batches", "8", "Screened batches whose produce requests may await "
            "the broker's acknowledgement at once.", int),
    Setting("linger_ms", "5",
            "Producer linger: how long output records wait to fill a batch.", int),
    Setting("producer_batch_bytes", "1048576", "Largest producer batch per partition, in bytes.",
            int),
    Setting("session_timeout", "6", "Consumer-group session timeout in seconds (short: a "
            "join takes about half of it on Tansu).", float),
    Setting("heartbeat_interval", "1", "Consumer-group heartbeat interval in seconds.", float),
    Setting("commit_interval", "1", "Seconds between offset commits.", float),
    Setting("log_level", "warning", "Worker log level: debug, info, warning or error."),
    Setting("data_dir", "", "Faust data directory of a worker; empty for one under the system "
            "temporary directory, per app id and web port."),
    Setting("security_protocol", "PLAINTEXT",
            "Kafka security protocol: PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL."),
    Setting("sasl_mechanism", "PLAIN",
            "SASL mechanism with SASL_*: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512."),
    Setting("sasl_username", "", "SASL user name."),
    Setting("sasl_password", "", "SASL password."),
    Setting("ssl_cafile", "", "CA bundle that verifies the brokers (SSL and SASL_SSL)."),
    Setting("ssl_certfile", "", "Client certificate for SSL client authentication."),
    Setting("ssl_keyfile", "", "Private key of the client certificate."),
    Setting("uvloop", "true", "Run the worker on uvloop when it is installed.", _bool),
    Setting("consumer_in_loop", "true", "Run the Kafka consumer on the worker's event loop "
            "instead of the thread of its own that Faust gives it (false: Faust's thread).",
            _bool),
)  # fmt: skip
"""Every setting of the gateway."""


@dataclass(frozen=True)
class Settings:
    """Resolved gateway settings; build with :meth:`from_env`."""

    broker: str
    app_id: str
    web_host: str
    web_port: int
    topic_inbound: str
    topic_deliver: str
    topic_quarantine: str
    topic_blocked: str
    topic_deadletter: str
    partitions: int
    replication: int
    rules_dir: str
    rules_reload_seconds: float
    lag_seconds: float
    max_body_chars: int
    max_event_bytes: int
    batch_max_records: int
    fetch_max_wait_ms: int
    max_inflight_batches: int
    linger_ms: int
    producer_batch_bytes: int
    session_timeout: float
    heartbeat_interval: float
    commit_interval: float
    log_level: str
    data_dir: str
    security_protocol: str
    sasl_mechanism: str
    sasl_username: str
    sasl_password: str
    ssl_cafile: str
    ssl_certfile: str
    ssl_keyfile: str
    uvloop: bool
    consumer_in_loop: bool

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Read the settings from the environment.

        Args:
            environ: Variables to read; defaults to :data:`os.environ`.
            **overrides: Values that take precedence over the environment, by attribute name.

        Returns:
            The settings.

        Raises:
            SettingsError: If a variable has a value its setting cannot parse.
        """
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for setting in SETTINGS:
            if setting.name in overrides:
                values[setting.name] = overrides.pop(setting.name)
                continue
            raw = env.get(setting.env, setting.default)
            try:
                values[setting.name] = setting.parse(raw)
            except ValueError as exc:
                raise SettingsError(f"{setting.env}={raw!r}: {exc}") from exc
        if overrides:
            raise SettingsError(f"unknown settings: {sorted(overrides)}")
        settings = cls(**values)
        parse_broker(settings.broker)
        return settings

    @property
    def output_topics(self) -> tuple[str, str, str, str]:
        """The four output topics: deliver, quarantine, blocked, dead-letter."""
        return (
            self.topic_deliver,
            self.topic_quarantine,
            self.topic_blocked,
            self.topic_deadletter,
        )

    @property
    def bootstrap_servers(self) -> list[str]:
        """The broker addresses as ``host:port`` strings for Kafka clients."""
        return parse_broker(self.broker)

    @property
    def data_path(self) -> Path:
        """The Faust data directory of this worker."""
        if self.data_dir:
            return Path(self.data_dir)
        return Path(tempfile.gettempdir()) / "smishwall" / f"{self.app_id}-{self.web_port}"

    def ssl_context(self) -> ssl.SSLContext | None:
        """Build the TLS context for SSL and SASL_SSL, or return ``None`` for plain TCP."""
        if self.security_protocol not in ("SSL", "SASL_SSL"):
            return None
        context = ssl.create_default_context(cafile=self.ssl_cafile or None)
        if self.ssl_certfile:
            context.load_cert_chain(self.ssl_certfile, self.ssl_keyfile or None)
        return context

    def kafka_python_config(self) -> dict[str, Any]:
        """Return the connection settings for :mod:`kafka` (kafka-python) clients."""
        config: dict[str, Any] = {
            "bootstrap_servers": self.bootstrap_servers,
            "security_protocol": self.security_protocol,
        }
        if self.security_protocol.startswith("SASL"):
            config.update(
                sasl_mechanism=self.sasl_mechanism,
                sasl_plain_username=self.sasl_username,
                sasl_plain_password=self.sasl_password,
            )
        context = self.ssl_context()
        if context is not None:
            config["ssl_context"] = context
        return config

    def as_env(self) -> dict[str, str]:
        """Return the ``SMISHWALL_*`` variables that give a child process these settings."""
        env = {}
        for setting in SETTINGS:
            value = getattr(self, setting.name)
            env[setting.env] = str(value).lower() if isinstance(value, bool) else str(value)
        return env

    def as_dict(self) -> dict[str, Any]:
        """Return the settings as a dict, with the SASL password masked."""
        out = {f.name: getattr(self, f.name) for f in fields(self)}
        if out["sasl_password"]:
            out["sasl_password"] = "***"
        return out


def parse_broker(url: str) -> list[str]:
    """Parse ``kafka://host:port[,host:port]`` into ``host:port`` strings.

    Args:
        url: The broker setting.

    Returns:
        The bootstrap addresses.

    Raises:
        SettingsError: If the URL is not of that form.
    """
    rest = url.strip()
    if rest.startswith("kafka://"):
        rest = rest[len("kafka://") :]
    hosts = [h.strip() for h in rest.split(",") if h.strip()]
    if not hosts:
        raise SettingsError(f"SMISHWALL_BROKER={url!r}: expected kafka://host:port[,host:port]")
    out = []
    for host in hosts:
        if host.startswith("kafka://"):
            host = host[len("kafka://") :]
        name, _, port = host.rpartition(":")
        if not name or not port.isdigit():
            raise SettingsError(f"SMISHWALL_BROKER={url!r}: {host!r} is not host:port")
        out.append(host)
    return out
