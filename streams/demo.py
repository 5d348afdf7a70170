"""``smishwall demo``: embedded broker + one worker + the bundled traffic, with a live summary.

Everything runs on 127.0.0.1: the Tansu broker on a free port, the worker as a child process
(``python -m streams worker``) with its HTTP server on another free port. Both are stopped by
pid when the demo ends (or on Ctrl-C).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, TextIO

import orjson

from streams.broker import EmbeddedBroker, free_port
from streams.settings import Settings

__all__ = ["DEMO_TRAFFIC", "OutputCollector", "highlight", "run_demo", "start_worker_process"]

DEMO_TRAFFIC = "demo_traffic.jsonl"
"""The bundled demo traffic, in ``streams/data/``."""

BOLD_RED, RESET = "\x1b[1;31m", "\x1b[0m"


def demo_traffic_path() -> Path:
    """Return the path of the bundled demo traffic file."""
    return Path(str(resources.files("streams").joinpath("data", DEMO_TRAFFIC)))


def highlight(text: str, spans: list[list[int]], color: bool = True) -> str:
    """Mark character spans of a text, with ANSI colour or with ``[[...]]``.

    Args:
        text: The original text.
        spans: ``[start, end)`` character offsets, possibly overlapping.
        color: ANSI colour instead of brackets.

    Returns:
        The text with the spans marked.
    """
    marks = [False] * len(text)
    for start, end in spans:
        for i in range(max(0, start), min(len(text), end)):
            marks[i] = True
    on, off = (BOLD_RED, RESET) if color else ("[[", "]]")
    out, inside = [], False
    for ch, marked in zip(text, marks, strict=True):
        if marked != inside:
            out.append(on if marked else off)
            inside = marked
        out.append(ch)
    if inside:
        out.append(off)
    return "".join(out)


@dataclass
class OutputCollector:
    """Reads the output topics in a thread and keeps the demo's summary counts."""

    settings: Settings
    actions: Counter[str] = field(default_factory=Counter)
    reasons: Counter[str] = field(default_factory=Counter)
    rules: Counter[str] = field(default_factory=Counter)
    examples: list[dict[str, Any]] = field(default_factory=list)
    total: int = 0
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def start(self) -> None:
        """Start reading in a background thread."""
        self._thread = threading.Thread(target=self._run, name="demo-collector", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop reading and wait for the thread."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=10)

    def _run(self) -> None:
        from kafka import KafkaConsumer

        consumer = KafkaConsumer(
            *self.settings.output_topics,
            **self.settings.kafka_python_config(),
            group_id=None,
            auto_offset_reset="earliest",
            enable_auto_commit=False,
            fetch_max_wait_ms=50,
        )
        try:
            while not self._stop.is_set():
                for records in consumer.poll(timeout_ms=200).values():
                    for record in records:
                        self._add(record.topic, record.value)
        finally:
            consumer.close()

    def _add(self, topic: str, value: bytes) -> None:
        event = orjson.loads(value)
        self.total += 1
        if topic == self.settings.topic_deadletter:
            self.actions["deadletter"] += 1
            self.reasons[event.get("reason", "?")] += 1
            return
        verdict = event["verdict"]
        self.actions[verdict["action"]] += 1
        for fired in verdict["rules"]:
            self.rules[fired["id"]] += 1
        if verdict["action"] == "quarantine" and len(self.examples) < 3:
            self.examples.append(event)

    def line(self) -> str:
        """Return a one-line summary of what was screened so far."""
        parts = [f"{a} {self.actions[a]}" for a in ("deliver", "tag", "quarantine", "block")]
        parts.append(f"dead-letter {self.actions['deadletter']}")
        return f"screened {self.total}: " + ", ".join(parts)


def start_worker_process(settings: Settings, log: TextIO | None = None) -> subprocess.Popen[bytes]:
    """Start ``python -m streams worker`` with the given settings in its environment.

    Args:
        settings: Settings passed to the worker as ``SMISHWALL_*`` variables.
        log: Where the worker's output goes; discarded when ``None``.

    Returns:
        The worker process.
    """
    return subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", "streams", "worker"],
        env={**os.environ, **settings.as_env()},
        stdin=subprocess.DEVNULL,
        stdout=log or subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )


def wait_until_assigned(settings: Settings, proc: subprocess.Popen[bytes], timeout: float) -> bool:
    """Wait until the worker's ``/healthz`` reports assigned partitions.

    Args:
        settings: The worker's settings (web host and port).
        proc: The worker process; waiting stops if it exits.
        timeout: Seconds to wait at most.

    Returns:
        Whether the worker got partitions in time.
    """
    url = f"http://{settings.web_host}:{settings.web_port}/healthz"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            with urllib.request.urlopen(url, timeout=1) as resp:  # noqa: S310 - 127.0.0.1
                if orjson.loads(resp.read()).get("assigned"):
                    return True
        except OSError:
            pass
        time.sleep(0.2)
    return False


def stop_process(proc: subprocess.Popen[bytes], grace: float = 15.0) -> None:
    """Stop a child process by pid: SIGTERM, then SIGKILL after ``grace`` seconds."""
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=grace)


def _print_summary(col: OutputCollector, metrics_url: str, color: bool, out: TextIO) -> None:
    out.write("\nMessages by action\n")
    for action in ("deliver", "tag", "quarantine", "block", "deadletter"):
        out.write(f"  {action:<11} {col.actions[action]:>6}\n")
    if col.reasons:
        out.write("Dead letters by reason\n")
        for reason, n in col.reasons.most_common():
            out.write(f"  {reason:<17} {n:>6}\n")
    out.write("Top rules\n")
    for rule, n in col.rules.most_common(8):
        out.write(f"  {rule:<32} {n:>6}\n")
    out.write("Quarantined examples\n")
    for event in col.examples:
        verdict = event["verdict"]
        spans = [
            span
            for fired in verdict["rules"]
            if "body" in (fired.get("fields") or [fired.get("field") or "body"])
            for span in fired.get("spans", [])
        ]
        ids = ", ".join(f["id"] for f in verdict["rules"])
        out.write(f"  [{verdict['score']:.1f}] {highlight(event['body'], spans, color)}\n")
        out.write(f"         rules: {ids}\n")
    out.write(f"Metrics: {metrics_url} (while the worker runs; see --keep-running)\n")


def run_demo(
    traffic: Path | None = None,
    rate: float = 1000.0,
    keep_running: bool = False,
    out: TextIO | None = None,
) -> int:
    """Run the demo end to end and print its summary.

    Args:
        traffic: Traffic file; defaults to the bundled demo traffic.
        rate: Replay rate in messages per second (0 for as fast as possible).
        keep_running: Keep the broker and worker running after the summary until Ctrl-C.
        out: Where to print; defaults to standard output.

    Returns:
        The exit status: 0 when every replayed message was screened.
    """
    from streams.tools import produce_file
    from streams.topics import ensure_topics

    out = out or sys.stdout
    color = out.isatty()
    path = traffic or demo_traffic_path()
    if not path.exists():
        out.write(f"demo traffic not found: {path}\n")
        return 2
    workdir = Path(tempfile.mkdtemp(prefix="smishwall-demo-"))
    broker = EmbeddedBroker(log_path=workdir / "broker.log")
    out.write("starting the embedded broker... ")
    out.flush()
    broker.start()
    out.write(f"{broker.url}\n")
    settings = Settings.from_env(
        broker=broker.url, web_port=free_port(), data_dir=str(workdir / "worker")
    )
    proc: subprocess.Popen[bytes] | None = None
    collector = OutputCollector(settings)
    try:
        ensure_topics(settings)
        with (workdir / "worker.log").open("wb") as log:
            proc = start_worker_process(settings, log)  # type: ignore[arg-type]
        out.write("starting a worker (joining the consumer group)... ")
        out.flush()
        started = time.monotonic()
        if not wait_until_assigned(settings, proc, timeout=90):
            out.write(f"failed; see {workdir / 'worker.log'}\n")
            return 1
        out.write(f"ready in {time.monotonic() - started:.1f} s\n")
        collector.start()

        def progress(sent: int, total: int) -> None:
            if color:
                out.write(f"\rreplayed {sent}/{total} | {collector.line()}    ")
            elif sent % 1000 == 0 or sent == total:
                out.write(f"replayed {sent}/{total} | {collector.line()}\n")
            out.flush()

        sent = produce_file(settings, path, rate=rate, progress=progress)
        deadline = time.monotonic() + 60
        while collector.total < sent and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.2)
            if color:
                progress(sent, sent)
        out.write(("\n" if color else "") + f"done | {collector.line()}\n")
        metrics_url = f"http://{settings.web_host}:{settings.web_port}/metrics"
        _print_summary(collector, metrics_url, color, out)
        if keep_running:
            out.write("broker and worker keep running; Ctrl-C stops them\n")
            while proc.poll() is None:
                time.sleep(1)
        ok = collector.total == sent
        if not ok:
            out.write(f"only {collector.total} of {sent} messages came out\n")
        return 0 if ok else 1
    except KeyboardInterrupt:
        return 130
    finally:
        collector.stop()
        if proc is not None:
            stop_process(proc)
        broker.stop()
