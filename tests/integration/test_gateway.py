"""The gateway on a real broker: routing, dead letters, a killed worker, two workers.

Every test has its own topics and consumer group (see ``conftest.py``), starts its workers as
child processes (``python -m streams worker``) and stops them by pid. Every receive is bounded.
"""

from __future__ import annotations

import os
import signal
import subprocess
import urllib.request
import uuid
from collections import Counter
from dataclasses import replace
from typing import Any

import orjson
import pytest

import rules
from streams.broker import free_port
from streams.demo import demo_traffic_path, wait_until_assigned
from streams.models import Rejected, decode_event
from streams.settings import Settings
from tests.integration.helpers import (
    Workers,
    produce,
    read_outputs,
    screened_count,
    send_in_background,
    wait_for,
)

pytestmark = pytest.mark.integration

VALID = {"sender": "+8613800000001", "recipient": "+8613900000002", "ts": 1732270000}

# Malformed inputs and the dead-letter reason each must get: data beside the input.
MALFORMED: list[tuple[str, bytes | None, str]] = [
    ("not-json", b"this is not json", "invalid-json"),
    ("truncated", b'{"id": "t1", "sender": "1", "recipient": "2", "bo', "invalid-json"),
    ("trailing-garbage", orjson.dumps({"id": "g1", **VALID, "body": "hi"}) + b" x", "invalid-json"),
    ("empty-value", b"", "invalid-json"),
    ("tombstone", None, "invalid-json"),
    ("latin1", '{"id": "l1", "body": "café"}'.encode("latin-1"), "invalid-encoding"),
    ("binary", b"\xff\xfe\x00\x01\x02", "invalid-encoding"),
    ("lone-surrogate", b'{"id": "s1", "sender": "1", "recipient": "2", "body": "\\ud800", '
     b'"ts": 1}', "invalid-encoding"),
    ("array", b"[1, 2, 3]", "wrong-type"),
    ("string", b'"just a string"', "wrong-type"),
    ("missing-body", orjson.dumps({"id": "m1", **VALID}), "missing-field"),
    ("missing-id", orjson.dumps({**VALID, "body": "hello"}), "missing-field"),
    ("missing-ts", orjson.dumps({"id": "m2", "sender": "1", "recipient": "2", "body": "x"}),
     "missing-field"),
    ("body-int", orjson.dumps({"id": "w1", **VALID, "body": 42}), "wrong-type"),
    ("sender-null", orjson.dumps({"id": "w2", **VALID, "sender": None, "body": "x"}),
     "wrong-type"),
    ("ts-bool", orjson.dumps({"id": "w3", **VALID, "ts": True, "body": "x"}), "wrong-type"),
    ("ts-word", orjson.dumps({"id": "w4", **VALID, "ts": "yesterday", "body": "x"}),
     "invalid-timestamp"),
    ("ts-negative", orjson.dumps({"id": "w5", **VALID, "ts": -5, "body": "x"}),
     "invalid-timestamp"),
    ("empty-body", orjson.dumps({"id": "e1", **VALID, "body": ""}), "empty-body"),
    ("blank-body", orjson.dumps({"id": "e2", **VALID, "body": " \n\t "}), "empty-body"),
    ("long-body", orjson.dumps({"id": "o1", **VALID, "body": "x" * 5000}), "oversized-body"),
    ("huge-event", orjson.dumps({"id": "o2", **VALID, "body": "x", "pad": "p" * 70000}),
     "oversized-body"),
]  # fmt: skip


def demo_events() -> list[dict[str, Any]]:
    """The demo traffic's events that the gateway accepts."""
    settings = Settings.from_env({})
    events = []
    for line in demo_traffic_path().read_bytes().splitlines():
        try:
            event, _ = decode_event(line, settings.max_event_bytes, settings.max_body_chars)
        except Rejected:
            continue
        events.append(event)
    assert len(events) > 1000
    return events


def mixed_traffic(
    n: int, settings: Settings, tag: str
) -> tuple[list[tuple[bytes | None, bytes | None]], dict[str, str]]:
    """``n`` records (about 2% malformed) and the output topic each id must reach."""
    engine = rules.load(local_dir=settings.rules_dir or None)
    route = {
        "deliver": settings.topic_deliver,
        "tag": settings.topic_deliver,
        "quarantine": settings.topic_quarantine,
        "block": settings.topic_blocked,
    }
    events = demo_events()
    records: list[tuple[bytes | None, bytes | None]] = []
    expected: dict[str, str] = {}
    for i in range(n):
        event_id = f"{tag}-{i}"
        if i % 50 == 7:
            bad = orjson.dumps({"id": event_id, **VALID, "body": ""})
            records.append((None, bad))
            expected[event_id] = settings.topic_deadletter
            continue
        event = dict(events[i % len(events)])
        event["id"] = event_id
        verdict = engine.screen(event["sender"], event["body"], event["recipient"])
        expected[event_id] = route[verdict.action]
        records.append((event["recipient"].encode(), orjson.dumps(event)))
    return records, expected


def ids_by_topic(outputs: dict[str, list[dict[str, Any]]]) -> dict[str, Counter[str]]:
    return {topic: Counter(e["id"] for e in events) for topic, events in outputs.items()}


def assert_none_lost(expected: dict[str, str], seen: Any) -> None:
    """Fail with a sample of the ids in ``expected`` that no output topic holds."""
    missing = set(expected) - set(seen)
    assert not missing, f"{len(missing)} ids lost, e.g. {sorted(missing)[:5]}"


def start_two_workers(
    settings: Settings, workers: Workers
) -> tuple[subprocess.Popen[bytes], subprocess.Popen[bytes], Settings]:
    """Start two workers in one group (the second on its own web port) and wait for both."""
    second_settings = replace(settings, web_port=free_port())
    first = workers.start(settings)
    second = workers.start(second_settings, wait=False)
    assert wait_until_assigned(second_settings, second, timeout=90)
    return first, second, second_settings


# The consumer runs on the worker's loop by default; Faust's own consumer thread stays available
# (SMISHWALL_CONSUMER_IN_LOOP=false) and must route and survive a kill the same way.
CONSUMER_MODES = [pytest.param(True, id="consumer-in-loop"),
                  pytest.param(False, id="consumer-thread")]


@pytest.mark.parametrize("in_loop", CONSUMER_MODES)
def test_routes_10000_mixed_messages_each_to_exactly_one_topic(
    gateway_settings: Settings, workers: Workers, in_loop: bool
) -> None:
    gateway_settings = replace(gateway_settings, consumer_in_loop=in_loop)
    tag = uuid.uuid4().hex[:6]
    records, expected = mixed_traffic(10_000, gateway_settings, tag)
    workers.start(gateway_settings)
    produce(gateway_settings, records)  # type: ignore[arg-type]
    outputs = read_outputs(gateway_settings, len(records), timeout=120)

    seen: dict[str, str] = {}
    for topic, counts in ids_by_topic(outputs).items():
        for event_id, n in counts.items():
            assert n == 1, f"{event_id} appears {n} times in {topic}"
            assert event_id not in seen, f"{event_id} is in {seen.get(event_id)} and {topic}"
            seen[event_id] = topic
    assert set(seen) == set(expected), f"missing: {sorted(set(expected) - set(seen))[:10]}"
    wrong = {i: (seen[i], t) for i, t in expected.items() if seen[i] != t}
    assert not wrong, f"{len(wrong)} misrouted, e.g. {list(wrong.items())[:5]}"
    for event in outputs[gateway_settings.topic_quarantine][:50]:
        verdict = event["verdict"]
        assert verdict["action"] == "quarantine"
        assert verdict["rules"] and verdict["packs"] and verdict["screened_at"] > 0


def test_output_is_the_input_plus_a_verdict_with_operator_fields_untouched(
    gateway_settings: Settings, workers: Workers
) -> None:
    event = {
        "id": "pass-1", "sender": "95588", "recipient": "+8613912345678",
        "body": "【工商银行】您的账户已冻结，请点击 http://icbc-verify.top 解冻",
        "ts": "2026-11-22T10:00:00+08:00", "smsc": "SMSC-SH-2", "route": "r7",
        "direction": "MT", "origin_country": "CN", "encoding": "UCS2", "x_custom": [1, {"a": 2}],
    }  # fmt: skip
    workers.start(gateway_settings)
    produce(gateway_settings, [(b"+8613912345678", orjson.dumps(event))])
    outputs = read_outputs(gateway_settings, 1, timeout=60, settle=0.5)
    found = [e for events in outputs.values() for e in events]
    assert len(found) == 1
    out = found.pop()
    verdict = out.pop("verdict")
    assert out == event
    assert verdict["action"] in ("deliver", "tag", "quarantine", "block")
    assert set(verdict) >= {"action", "score", "rules", "packs", "screened_at"}


def test_deadletters_every_malformed_input_with_its_reason_and_keeps_screening(
    gateway_settings: Settings, workers: Workers
) -> None:
    proc = workers.start(gateway_settings)
    good = [
        (b"+8613900000002", orjson.dumps({"id": f"ok-{i}", **VALID, "body": "晚上七点见"}))
        for i in range(3)
    ]
    bad = [(b"malformed", raw) for _, raw, _ in MALFORMED]
    produce(gateway_settings, [good[0], *bad, good[1]])  # type: ignore[list-item]
    outputs = read_outputs(gateway_settings, len(MALFORMED) + 2, timeout=60, settle=0.5)
    dead = outputs[gateway_settings.topic_deadletter]
    assert len(dead) == len(MALFORMED)
    assert proc.poll() is None, "the worker stopped"
    by_offset = sorted(dead, key=lambda e: e["source"]["offset"])
    for (name, raw, reason), letter in zip(MALFORMED, by_offset, strict=True):
        assert letter["reason"] == reason, f"{name}: {letter['reason']} != {reason}"
        assert letter["source"]["topic"] == gateway_settings.topic_inbound
        assert letter["detail"] and "x" * 100 not in letter["detail"]
        if raw is None:
            assert letter["raw"] is None
        elif "raw_base64" in letter:
            import base64

            assert base64.b64decode(letter["raw_base64"]) == raw, name
        else:
            assert letter["raw"].encode() == raw, name
    # The agent is still running: a message sent after the bad ones is screened.
    produce(gateway_settings, [good[2]])
    later = read_outputs(gateway_settings, len(MALFORMED) + 3, timeout=60, settle=0.5)
    screened_ids = {e["id"] for t, events in later.items() for e in events if "verdict" in e}
    assert screened_ids == {"ok-0", "ok-1", "ok-2"}


@pytest.mark.parametrize("in_loop", CONSUMER_MODES)
def test_no_id_is_lost_when_a_worker_is_killed_mid_stream_and_restarted(
    gateway_settings: Settings, workers: Workers, in_loop: bool
) -> None:
    gateway_settings = replace(gateway_settings, consumer_in_loop=in_loop)
    n = 20_000
    tag = uuid.uuid4().hex[:6]
    records, expected = mixed_traffic(n, gateway_settings, tag)
    first = workers.start(gateway_settings)
    # Send at a bounded rate from a thread, so the kill lands while traffic is flowing.
    sender = send_in_background(gateway_settings, records, pause=0.2)  # type: ignore[arg-type]
    assert wait_for(lambda: screened_count(gateway_settings) >= 2000, timeout=60)
    assert sender.is_alive(), "traffic finished before the kill"
    os.kill(first.pid, signal.SIGKILL)
    first.wait(timeout=10)
    killed_at = screened_count(gateway_settings)
    assert killed_at == -1  # the worker's HTTP server is gone with it
    workers.start(gateway_settings, wait=False)
    sender.join(timeout=120)
    assert not sender.is_alive()
    outputs = read_outputs(gateway_settings, n, timeout=180, settle=2.0)

    seen: dict[str, str] = {}
    for topic, counts in ids_by_topic(outputs).items():
        for event_id in counts:
            assert seen.setdefault(event_id, topic) == topic, f"{event_id} in two topics"
    assert_none_lost(expected, seen)
    assert set(seen) == set(expected)
    assert all(seen[i] == t for i, t in expected.items())


def test_two_workers_share_the_partitions_and_screen_every_message(
    gateway_settings: Settings, workers: Workers
) -> None:
    first, second, second_settings = start_two_workers(gateway_settings, workers)

    def assignments(settings: Settings) -> set[str]:
        url = f"http://127.0.0.1:{settings.web_port}/healthz"
        with urllib.request.urlopen(url, timeout=2) as resp:  # noqa: S310
            return {
                a for a in orjson.loads(resp.read())["assigned"]
                if a.startswith(settings.topic_inbound + ":")
            }  # fmt: skip

    def split() -> bool:
        a, b = assignments(gateway_settings), assignments(second_settings)
        return bool(a) and bool(b) and not (a & b) and len(a | b) == gateway_settings.partitions

    assert wait_for(split, timeout=60, interval=0.5), "partitions not shared"
    tag = uuid.uuid4().hex[:6]
    records, expected = mixed_traffic(4000, gateway_settings, tag)
    produce(gateway_settings, records)  # type: ignore[arg-type]
    outputs = read_outputs(gateway_settings, len(records), timeout=120)
    seen = {e["id"] for events in outputs.values() for e in events}
    assert seen == set(expected)
    assert screened_count(gateway_settings) > 0 and screened_count(second_settings) > 0
    # /healthz reports the same count as /metrics, without rendering every rule's series.
    for settings in (gateway_settings, second_settings):
        url = f"http://127.0.0.1:{settings.web_port}/healthz"
        with urllib.request.urlopen(url, timeout=2) as resp:  # noqa: S310
            assert orjson.loads(resp.read())["handled"] == screened_count(settings)
    assert first.poll() is None and second.poll() is None


def test_no_id_is_lost_when_a_second_worker_joins_mid_stream(
    gateway_settings: Settings, workers: Workers
) -> None:
    n = 20_000
    tag = uuid.uuid4().hex[:6]
    records, expected = mixed_traffic(n, gateway_settings, tag)
    first = workers.start(gateway_settings)
    sender = send_in_background(gateway_settings, records, pause=0.3)  # type: ignore[arg-type]
    assert wait_for(lambda: screened_count(gateway_settings) >= 2000, timeout=60)
    assert sender.is_alive(), "traffic finished before the second worker joined"
    second_settings = replace(gateway_settings, web_port=free_port())
    second = workers.start(second_settings, wait=False)  # rebalances while batches are in flight
    sender.join(timeout=120)
    assert not sender.is_alive()
    # On a loaded machine the stream can end before the second worker holds partitions; once
    # it does, a bounded second wave reaches it for sure.
    assert wait_until_assigned(second_settings, second, timeout=90), "second worker not assigned"
    more, more_expected = mixed_traffic(2_000, gateway_settings, tag + "b")
    produce(gateway_settings, more)  # type: ignore[arg-type]
    expected.update(more_expected)
    outputs = read_outputs(gateway_settings, n + len(more), timeout=180, settle=2.0)
    assert_none_lost(expected, {e["id"] for events in outputs.values() for e in events})
    assert first.poll() is None and second.poll() is None
    assert screened_count(second_settings) > 0, "the second worker never got traffic"


def test_the_surviving_worker_takes_over_when_the_other_is_killed(
    gateway_settings: Settings, workers: Workers
) -> None:
    first, second, second_settings = start_two_workers(gateway_settings, workers)
    n = 12_000
    tag = uuid.uuid4().hex[:6]
    records, expected = mixed_traffic(n, gateway_settings, tag)
    sender = send_in_background(gateway_settings, records, pause=0.3)  # type: ignore[arg-type]
    assert wait_for(lambda: screened_count(second_settings) >= 500, timeout=60)
    assert sender.is_alive(), "traffic finished before the kill"
    os.kill(second.pid, signal.SIGKILL)
    second.wait(timeout=10)
    sender.join(timeout=120)
    assert not sender.is_alive()
    outputs = read_outputs(gateway_settings, n, timeout=180, settle=2.0)
    assert_none_lost(expected, {e["id"] for events in outputs.values() for e in events})
    assert first.poll() is None, "the surviving worker stopped"
