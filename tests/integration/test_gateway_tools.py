"""The broker, produce and tail commands against a real broker."""

from __future__ import annotations

import io
import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest

from streams.broker import free_port, wait_for_port
from streams.settings import Settings
from streams.tools import produce_file, tail_topic

pytestmark = pytest.mark.integration


def start_broker_command(port: int) -> subprocess.Popen[bytes]:
    """Start ``smishwall broker`` on ``port``; its first output line says where it listens."""
    return subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", "streams", "broker", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )


def test_broker_command_serves_on_127_0_0_1_and_stops_on_sigterm() -> None:
    port = free_port()
    proc = start_broker_command(port)
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline().decode()  # printed once the broker answers
        assert f"kafka://127.0.0.1:{port}" in first
        assert wait_for_port("127.0.0.1", port, timeout=5)
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
    assert proc.returncode == 0
    assert not wait_for_port("127.0.0.1", port, timeout=1)


def test_produce_replays_a_file_and_tail_prints_it_back(
    gateway_settings: Settings, tmp_path: Path
) -> None:
    path = tmp_path / "traffic.jsonl"
    lines = [orjson.dumps({"id": f"t{i}", "recipient": f"+86{i}", "body": "hi"}) for i in range(5)]
    path.write_bytes(b"\n".join([*lines, b"{broken"]) + b"\n")
    progress: list[tuple[int, int]] = []
    sent = produce_file(
        gateway_settings, path, rate=200, progress=lambda s, t: progress.append((s, t))
    )
    assert sent == 6 and progress[-1] == (6, 6)
    out = io.StringIO()
    printed = tail_topic(
        gateway_settings, gateway_settings.topic_inbound, from_beginning=True, limit=6,
        timeout=20, out=out,
    )  # fmt: skip
    assert printed == 6
    assert sorted(out.getvalue().splitlines()) == sorted(
        [line.decode() for line in lines] + ["{broken"]
    )


def test_broker_stops_when_the_command_that_started_it_is_killed() -> None:
    port = free_port()
    proc = start_broker_command(port)
    try:
        assert proc.stdout is not None
        assert f"127.0.0.1:{port}" in proc.stdout.readline().decode()
        proc.kill()
        proc.wait(timeout=10)
        proc.stdout.close()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and wait_for_port("127.0.0.1", port, timeout=0.2):
        time.sleep(0.2)
    assert not wait_for_port("127.0.0.1", port, timeout=0.5), "the broker outlived its parent"
