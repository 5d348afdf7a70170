"""Helpers of the gateway's integration tests: worker processes, producing, reading back."""

from __future__ import annotations

import subprocess
import threading
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson

from streams.demo import start_worker_process, stop_process, wait_until_assigned
from streams.settings import Settings


class Workers:
    """Starts gateway workers as child processes and stops every one of them by pid."""

    def __init__(self, tmp_path: Path) -> None:
        self.tmp_path = tmp_path
        self.procs: list[subprocess.Popen[bytes]] = []

    def start(self, settings: Settings, wait: bool = True) -> subprocess.Popen[bytes]:
        log_path = self.tmp_path / f"worker-{settings.web_port}-{len(self.procs)}.log"
        with log_path.open("wb") as log:
            proc = start_worker_process(settings, log)  # type: ignore[arg-type]
        self.procs.append(proc)
        if wait and not wait_until_assigned(settings, proc, timeout=90):
            raise AssertionError(f"worker did not get partitions; log:\n{log_path.read_text()}")
        return proc

    def stop_all(self) -> None:
        for proc in self.procs:
            stop_process(proc)


def produce(settings: Settings, records: list[tuple[bytes | None, bytes]]) -> None:
    """Send records to the inbound topic and wait for the broker's acknowledgements."""
    from kafka import KafkaProducer

    producer = KafkaProducer(**settings.kafka_python_config(), linger_ms=20, acks="all")
    try:
        for key, value in records:
            producer.send(settings.topic_inbound, key=key, value=value)
        producer.flush(timeout=60)
    finally:
        producer.close(timeout=10)


def send_in_background(
    settings: Settings, records: list[tuple[bytes | None, bytes]], pause: float,
    chunk: int = 1000,
) -> threading.Thread:
    """Send ``records`` in chunks from a daemon thread, ``pause`` seconds apart (bounded rate).

    Returns:
        The started thread; join it to wait for the last acknowledgement.
    """

    def send() -> None:
        for start in range(0, len(records), chunk):
            produce(settings, records[start : start + chunk])
            time.sleep(pause)

    sender = threading.Thread(target=send, daemon=True)
    sender.start()
    return sender


def read_outputs(
    settings: Settings, expected: int, timeout: float, settle: float = 1.0
) -> dict[str, list[dict[str, Any]]]:
    """Read the output topics until ``expected`` records arrived (then ``settle`` seconds more).

    Returns:
        The decoded output events by topic name.
    """
    from kafka import KafkaConsumer

    consumer = KafkaConsumer(
        *settings.output_topics,
        **settings.kafka_python_config(),
        group_id=None,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        fetch_max_wait_ms=100,
    )
    out: dict[str, list[dict[str, Any]]] = {topic: [] for topic in settings.output_topics}
    count = 0
    deadline = time.monotonic() + timeout
    settle_until: float | None = None
    try:
        while time.monotonic() < deadline:
            if settle_until is not None and time.monotonic() >= settle_until:
                break
            for records in consumer.poll(timeout_ms=200).values():
                for record in records:
                    out[record.topic].append(orjson.loads(record.value))
                    count += 1
            if count >= expected and settle_until is None:
                settle_until = time.monotonic() + settle
    finally:
        consumer.close()
    return out


def screened_count(settings: Settings) -> int:
    """Messages a worker has routed so far, from its ``/metrics``."""
    url = f"http://127.0.0.1:{settings.web_port}/metrics"
    try:
        with urllib.request.urlopen(url, timeout=2) as resp:  # noqa: S310 - 127.0.0.1
            text = resp.read().decode()
    except OSError:
        return -1
    total = 0.0
    for line in text.splitlines():
        if line.startswith(("smishwall_messages_total{", "smishwall_deadletter_total{")):
            total += float(line.rsplit(" ", 1)[1])
    return int(total)


def wait_for(condition: Callable[[], bool], timeout: float, interval: float = 0.1) -> bool:
    """Poll ``condition`` until it holds or ``timeout`` seconds pass."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(interval)
    return condition()
