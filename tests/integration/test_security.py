"""The Kafka security settings end to end: TLS and SASL, tools and worker.

Tansu 0.6.0 cannot secure its own listener (see :mod:`tests.integration.secure_front`), so the
module's broker is the embedded Tansu behind a front that terminates TLS (a throwaway CA and a
server certificate for 127.0.0.1/localhost made with openssl) and authenticates SCRAM-SHA-512
and SCRAM-SHA-256 users; Tansu advertises the front's port, so every client connection, the
bootstrap and the per-broker ones, goes through TLS and SASL. The other listeners a Kafka
cluster offers (``SSL`` with and without client certificates, ``SASL_PLAINTEXT``, the ``PLAIN``
mechanism) each get their own broker and front further down.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
import pytest

from streams.broker import EmbeddedBroker, free_port
from streams.cli import main
from streams.settings import Settings
from streams.topics import ensure_topics
from tests.integration.helpers import Workers, read_outputs
from tests.integration.secure_front import SecureFront

pytestmark = pytest.mark.integration

OPENSSL = "/usr/bin/openssl"
USERS = {("smishwall", "SCRAM-SHA-512"): "s3cret-512", ("auditor", "SCRAM-SHA-256"): "s3cret-256",
         ("gateway", "PLAIN"): "s3cret-plain"}
SMISHING_SENDER = "+614913117945"
SMISHING = [
    "〖湖南省医保局〗您的参保账户已失效，请打开 www.k**y.show 更新医保凭证",
    "〖湖南省医保局〗您的医保电子凭证已冻结，请打开 www.k**y.show 重新认证",
]
NOTICES = [
    "Your parcel {i} was delivered to the front desk today. Thanks, Jane",
    "Reminder: your dental appointment is on Tuesday at 10:{i:02d}.",
    "Hi mum, dinner at 7 tonight? Table for {i}. Love, Tom",
    "您好，明天上午十点开会，请准时参加。会议室{i}号。",
]


@dataclass(frozen=True)
class SecuredBroker:
    """The module's secured broker: where it listens and the CA that verifies it."""

    url: str
    cafile: str
    front: SecureFront


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(  # noqa: S603
        [OPENSSL, *args], cwd=cwd, check=True, capture_output=True, timeout=30
    )


def make_certificates(directory: Path) -> tuple[Path, Path, Path]:
    """Make a throwaway CA and a server certificate for 127.0.0.1 and localhost.

    Returns:
        The CA certificate, the server certificate and the server key.
    """
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out",
             "ca.pem", "-days", "1", "-subj", "/CN=smishwall test CA",
             "-addext", "basicConstraints=critical,CA:TRUE",
             "-addext", "keyUsage=critical,keyCertSign,cRLSign", cwd=directory)  # fmt: skip
    _openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out",
             "server.csr", "-subj", "/CN=localhost", cwd=directory)  # fmt: skip
    (directory / "server.ext").write_text(
        "subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\n"
        "keyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n"
    )
    _openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
             "-CAcreateserial", "-out", "server.pem", "-days", "1", "-extfile", "server.ext",
             cwd=directory)  # fmt: skip
    return directory / "ca.pem", directory / "server.pem", directory / "server.key"


def make_client_certificate(directory: Path) -> tuple[Path, Path]:
    """Make a client certificate signed by the CA of :func:`make_certificates` in ``directory``.

    Returns:
        The client certificate and its key.
    """
    _openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "client.key", "-out",
             "client.csr", "-subj", "/CN=smishwall-gateway", cwd=directory)  # fmt: skip
    (directory / "client.ext").write_text(
        "basicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=clientAuth\n"
    )
    _openssl("x509", "-req", "-in", "client.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
             "-CAcreateserial", "-out", "client.pem", "-days", "1", "-extfile", "client.ext",
             cwd=directory)  # fmt: skip
    return directory / "client.pem", directory / "client.key"


@pytest.fixture(scope="module")
def secured(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SecuredBroker]:
    """Tansu on a free port behind the TLS + SCRAM front on another; both stopped at the end."""
    directory = tmp_path_factory.mktemp("secured")
    cafile, certfile, keyfile = make_certificates(directory)
    front_port = free_port()
    broker = EmbeddedBroker(
        advertised_port=front_port, log_path=directory / "tansu.log", start_timeout=30
    )
    broker.start()
    front = SecureFront(front_port, broker.port, str(certfile), str(keyfile), USERS)
    try:
        front.start()
        yield SecuredBroker(f"kafka://127.0.0.1:{front_port}", str(cafile), front)
    finally:
        front.stop()
        broker.stop()  # by pid


def fresh_settings(values: dict[str, Any], tmp_path: Path, **overrides: Any) -> Settings:
    """``values`` (broker and security) with fresh topics, group and web port."""
    tag = uuid.uuid4().hex[:10]
    return Settings.from_env(
        {},
        **{
            **values,
            "app_id": f"sec-{tag}",
            "web_port": free_port(),
            "data_dir": str(tmp_path / f"worker-{tag}"),
            "topic_inbound": f"in-{tag}",
            "topic_deliver": f"deliver-{tag}",
            "topic_quarantine": f"quarantine-{tag}",
            "topic_blocked": f"blocked-{tag}",
            "topic_deadletter": f"deadletter-{tag}",
            "log_level": "warning",
            **overrides,
        },
    )


def secure_settings(secured: SecuredBroker, tmp_path: Path, **overrides: Any) -> Settings:
    """SASL_SSL + SCRAM-SHA-512 settings with fresh topics, group and web port."""
    values = {
        "broker": secured.url,
        "security_protocol": "SASL_SSL",
        "sasl_mechanism": "SCRAM-SHA-512",
        "sasl_username": "smishwall",
        "sasl_password": USERS[("smishwall", "SCRAM-SHA-512")],
        "ssl_cafile": secured.cafile,
    }
    return fresh_settings(values, tmp_path, **overrides)


def write_traffic(path: Path, notices: int = 30) -> dict[str, str]:
    """Write ordinary notices and two smishing messages as JSON Lines.

    Returns:
        The kind of each message by id: ``notice`` or ``smishing``.
    """
    events, kinds = [], {}
    for i in range(notices):
        events.append({"id": f"n{i}", "sender": f"+6140000{i:04d}", "recipient": f"+6141234{i:04d}",
                       "body": NOTICES[i % len(NOTICES)].format(i=i), "ts": 1700000000 + i})
        kinds[f"n{i}"] = "notice"
    for j, body in enumerate(SMISHING):
        events.append({"id": f"s{j}", "sender": SMISHING_SENDER, "recipient": f"+6145550{j:04d}",
                       "body": body, "ts": 1700000100 + j})
        kinds[f"s{j}"] = "smishing"
    path.write_bytes(b"\n".join(orjson.dumps(e) for e in events) + b"\n")
    return kinds


def run_cli(argv: list[str], settings: Settings, monkeypatch: pytest.MonkeyPatch) -> int:
    """Run ``smishwall`` in-process with the settings as ``SMISHWALL_*`` variables."""
    with monkeypatch.context() as patch:
        for name, value in settings.as_env().items():
            patch.setenv(name, value)
        return main(argv)


def check_produce_and_tail(
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``produce`` a traffic file and ``tail`` it back: every id, nothing else."""
    ensure_topics(settings)  # the kafka-python admin client over the same listener
    kinds = write_traffic(tmp_path / "traffic.jsonl")
    assert run_cli(["produce", str(tmp_path / "traffic.jsonl"), "--quiet"], settings,
                   monkeypatch) == 0  # fmt: skip
    assert f"{len(kinds)} records sent" in capsys.readouterr().out
    argv = ["tail", "inbound", "--from-beginning", "--limit", str(len(kinds)), "--timeout", "10"]
    assert run_cli(argv, settings, monkeypatch) == 0
    lines = capsys.readouterr().out.splitlines()
    assert sorted(orjson.loads(line)["id"] for line in lines) == sorted(kinds)


def check_worker_screens_every_message(
    settings: Settings, tmp_path: Path, workers: Workers, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker on ``settings`` delivers the notices and blocks the smishing, nothing else."""
    ensure_topics(settings)
    workers.start(settings)  # waits (bounded) until the worker has partitions
    kinds = write_traffic(tmp_path / "traffic.jsonl")
    assert run_cli(["produce", str(tmp_path / "traffic.jsonl"), "--quiet"], settings,
                   monkeypatch) == 0  # fmt: skip
    out = read_outputs(settings, expected=len(kinds), timeout=30, settle=0.5)
    by_topic = {topic: sorted(e["id"] for e in events) for topic, events in out.items()}
    notices = sorted(i for i, kind in kinds.items() if kind == "notice")
    smishing = sorted(i for i, kind in kinds.items() if kind == "smishing")
    assert by_topic[settings.topic_deliver] == notices
    assert by_topic[settings.topic_blocked] == smishing
    assert by_topic[settings.topic_quarantine] == []
    assert by_topic[settings.topic_deadletter] == []


def produce_in_child(settings: Settings, traffic: Path, check: bool = False) -> Any:
    """Run ``smishwall produce`` as a child process with ``settings`` (bounded at 40 s)."""
    return subprocess.run(  # noqa: S603
        [sys.executable, "-m", "streams", "produce", str(traffic), "--quiet"],
        env={**os.environ, **settings.as_env()}, capture_output=True, text=True, timeout=40,
        check=check,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("mechanism", "user"), [("SCRAM-SHA-512", "smishwall"), ("SCRAM-SHA-256", "auditor")]
)
def test_produce_and_tail_over_sasl_ssl(
    secured: SecuredBroker,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    mechanism: str,
    user: str,
) -> None:
    settings = secure_settings(
        secured, tmp_path, sasl_mechanism=mechanism, sasl_username=user,
        sasl_password=USERS[(user, mechanism)],
    )  # fmt: skip
    check_produce_and_tail(settings, tmp_path, monkeypatch, capsys)


def test_worker_screens_every_message_over_sasl_ssl(
    secured: SecuredBroker,
    tmp_path: Path,
    workers: Workers,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    check_worker_screens_every_message(
        secure_settings(secured, tmp_path), tmp_path, workers, monkeypatch
    )


def test_wrong_password_fails_fast_and_screens_nothing(
    secured: SecuredBroker, tmp_path: Path, workers: Workers
) -> None:
    good = secure_settings(secured, tmp_path)
    ensure_topics(good)
    bad = secure_settings(
        secured, tmp_path, sasl_password="not-the-password", app_id=good.app_id + "-bad",
        **{f"topic_{n}": getattr(good, f"topic_{n}")
           for n in ("inbound", "deliver", "quarantine", "blocked", "deadletter")},
    )  # fmt: skip
    kinds = write_traffic(tmp_path / "traffic.jsonl", notices=4)
    failed_before = secured.front.failed_logins

    # The tool: a clear error and a non-zero exit, bounded by its bootstrap timeout.
    started = time.monotonic()
    proc = produce_in_child(bad, tmp_path / "traffic.jsonl")
    elapsed = time.monotonic() - started
    assert proc.returncode == 1, proc.stderr
    assert "smishwall produce: cannot reach or authenticate with the broker" in proc.stderr
    # The broker's error 58 (SaslAuthenticationFailed) from the client's log, or, when the
    # loaded machine's front answered the handshake after the client had given up, the last
    # connection failure it logged: either way the cause is named, not a bare timeout.
    assert "SaslAuthenticationFailed" in proc.stderr or "last failure:" in proc.stderr
    assert elapsed < 20
    assert secured.front.failed_logins > failed_before

    # The worker: whatever it does (it keeps retrying), it never screens anything.
    worker = workers.start(bad, wait=False)
    produce_in_child(good, tmp_path / "traffic.jsonl", check=True)
    out = read_outputs(good, expected=len(kinds), timeout=6, settle=0)
    assert all(events == [] for events in out.values()), out
    assert secured.front.failed_logins > failed_before + 1  # the worker's logins were refused too
    if worker.poll() is not None:
        assert worker.returncode != 0


# --- The other listeners: SSL (with and without client certificates), SASL_PLAINTEXT, PLAIN ---


@dataclass(frozen=True)
class Listener:
    """One secured listener with its own broker, and the client settings that fit it."""

    name: str
    front: SecureFront
    values: dict[str, Any]


LISTENERS: dict[str, dict[str, Any]] = {
    # name: (front options, client settings)
    "ssl": {"front": {"sasl": False}, "client": {"security_protocol": "SSL"}},
    "ssl-client-cert": {
        "front": {"sasl": False, "client_cert": True},
        "client": {"security_protocol": "SSL", "client_cert": True},
    },
    "sasl-plaintext-plain": {
        "front": {"tls": False},
        "client": {"security_protocol": "SASL_PLAINTEXT", "sasl_mechanism": "PLAIN",
                   "sasl_username": "gateway", "sasl_password": USERS[("gateway", "PLAIN")]},
    },
    "sasl-plaintext-scram": {
        "front": {"tls": False},
        "client": {"security_protocol": "SASL_PLAINTEXT", "sasl_mechanism": "SCRAM-SHA-256",
                   "sasl_username": "auditor",
                   "sasl_password": USERS[("auditor", "SCRAM-SHA-256")]},
    },
    "sasl-ssl-plain": {
        "front": {},
        "client": {"security_protocol": "SASL_SSL", "sasl_mechanism": "PLAIN",
                   "sasl_username": "gateway", "sasl_password": USERS[("gateway", "PLAIN")]},
    },
}


@pytest.fixture(scope="module")
def listener(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Listener]:
    """Tansu behind a front playing the listener named by the test's parameter."""
    name = request.param
    spec = LISTENERS[name]
    directory = tmp_path_factory.mktemp(name)
    cafile, certfile, keyfile = make_certificates(directory)
    front_options = dict(spec["front"])
    values = {"ssl_cafile": str(cafile), **spec["client"]}
    if front_options.pop("client_cert", False):
        front_options["client_cafile"] = str(cafile)
    if values.pop("client_cert", False):
        client_cert, client_key = make_client_certificate(directory)
        values.update(ssl_certfile=str(client_cert), ssl_keyfile=str(client_key))
    front_port = free_port()
    broker = EmbeddedBroker(
        advertised_port=front_port, log_path=directory / "tansu.log", start_timeout=30
    )
    broker.start()
    front = SecureFront(front_port, broker.port, str(certfile), str(keyfile), USERS,
                        **front_options)  # fmt: skip
    try:
        front.start()
        values["broker"] = f"kafka://127.0.0.1:{front_port}"
        yield Listener(name, front, values)
    finally:
        front.stop()
        broker.stop()  # by pid


def listener_settings(listener: Listener, tmp_path: Path, **overrides: Any) -> Settings:
    """The listener's client settings with fresh topics, group and web port."""
    return fresh_settings(listener.values, tmp_path, **overrides)


@pytest.mark.parametrize("listener", list(LISTENERS), indirect=True)
def test_tools_over_each_listener(
    listener: Listener,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    accepted = listener.front.accepted
    check_produce_and_tail(listener_settings(listener, tmp_path), tmp_path, monkeypatch, capsys)
    assert listener.front.accepted > accepted  # the clients went through the front
    assert listener.front.failed_logins == 0


# The worker's two code paths besides SASL_SSL + SCRAM: Faust's SSLCredentials (here with a
# client certificate) and SASLCredentials without TLS (PLAIN).
@pytest.mark.parametrize("listener", ["ssl-client-cert", "sasl-plaintext-plain"], indirect=True)
def test_worker_over_each_listener(
    listener: Listener, tmp_path: Path, workers: Workers, monkeypatch: pytest.MonkeyPatch
) -> None:
    check_worker_screens_every_message(
        listener_settings(listener, tmp_path), tmp_path, workers, monkeypatch
    )


@pytest.mark.parametrize("listener", ["ssl-client-cert"], indirect=True)
def test_missing_client_certificate_is_refused(listener: Listener, tmp_path: Path) -> None:
    settings = listener_settings(listener, tmp_path, ssl_certfile="", ssl_keyfile="")
    traffic = tmp_path / "traffic.jsonl"
    write_traffic(traffic, notices=2)
    started = time.monotonic()
    proc = produce_in_child(settings, traffic)
    assert proc.returncode == 1, proc.stderr
    assert "smishwall produce: cannot reach or authenticate with the broker" in proc.stderr
    assert time.monotonic() - started < 20


@pytest.mark.parametrize("listener", ["sasl-plaintext-plain"], indirect=True)
def test_wrong_plain_password_is_refused(listener: Listener, tmp_path: Path) -> None:
    settings = listener_settings(listener, tmp_path, sasl_password="not-the-password")
    failed = listener.front.failed_logins
    traffic = tmp_path / "traffic.jsonl"
    write_traffic(traffic, notices=2)
    proc = produce_in_child(settings, traffic)
    assert proc.returncode == 1, proc.stderr
    assert "SaslAuthenticationFailed" in proc.stderr
    assert listener.front.failed_logins > failed
