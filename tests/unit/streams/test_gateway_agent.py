"""The screening agent through Faust's ``agent.test_context()``: no broker involved."""

from __future__ import annotations

import asyncio
import gc
from dataclasses import dataclass
from typing import Any

import orjson
import pytest

from streams.agents import register
from streams.app import create_app
from streams.settings import Settings


@dataclass
class FakeRecord:
    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None


@dataclass
class FiredRule:
    id: str
    pack: str
    shadow: bool


class FakeVerdict:
    def __init__(self, action: str) -> None:
        self.action = action

    def to_dict(self, spans: bool = True) -> dict[str, Any]:
        if not spans:
            return {"action": self.action, "score": 0.0, "rules": [], "packs": {"test": "1"},
                    "elapsed_us": 3, "nospans": True}  # fmt: skip
        rules = [] if self.action == "deliver" else [
            {"id": "TEST_RULE", "pack": "test", "group": "g", "score": 5.0, "shadow": False,
             "field": "body", "spans": [[0, 2]]}
        ]  # fmt: skip
        return {"action": self.action, "score": 5.0, "rules": rules, "packs": {"test": "1"},
                "elapsed_us": 3}  # fmt: skip


class KeywordEngine:
    """quarantine/block/tag when the body says so, raises on 'boom', delivers otherwise."""

    def screen(self, sender: str, body: str, recipient: str = "") -> FakeVerdict:
        if "boom" in body:
            raise RuntimeError("engine failure")
        for action in ("quarantine", "block", "tag"):
            if action in body:
                return FakeVerdict(action)
        return FakeVerdict("deliver")


class FakeSender:
    """Collects outputs; its futures resolve at once (or fail, when told to)."""

    def __init__(self, fail: bool = False) -> None:
        self.sent: list[tuple[str, bytes | None, bytes]] = []
        self.fail = fail

    async def send(self, outputs: dict[str, list[tuple[bytes | None, bytes]]]) -> list[Any]:
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        if self.fail:
            future.set_exception(RuntimeError("broker said no"))
        else:
            future.set_result(None)
        for topic, pairs in outputs.items():
            self.sent.extend((topic, key, value) for key, value in pairs)
        return [future]


def event(i: int, body: str) -> bytes:
    return orjson.dumps(
        {"id": f"m{i}", "sender": "+100", "recipient": f"+2{i}", "body": body, "ts": 1.0}
    )


@pytest.fixture
def settings(tmp_path: Any) -> Settings:
    return Settings.from_env({}, data_dir=str(tmp_path), app_id="unit-agent")


def records(*values: bytes | None) -> list[FakeRecord]:
    return [FakeRecord("sms.inbound", 0, i, b"k", v) for i, v in enumerate(values)]


def run_batch(settings: Settings, batch: list[FakeRecord], sender: FakeSender) -> Any:
    """Put one batch through the agent on a loop of its own, closed afterwards."""
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    app = None
    try:
        app = create_app(settings)
        agent, _ = register(app, settings, KeywordEngine, sender_factory=lambda: sender)
        return loop.run_until_complete(_put(agent, batch, sender))
    finally:
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.close()
        asyncio.set_event_loop(None)
        # The consumer (never started) owns an event loop for its thread: close it too.
        if app is not None and app._consumer is not None:
            app._consumer._thread.thread_loop.close()
        gc.collect()


async def _put(agent: Any, batch: list[FakeRecord], sender: FakeSender) -> Any:
    async with agent.test_context() as agent_ctx:
        ev = await agent_ctx.put(batch)
        for _ in range(100):
            if sender.sent or sender.fail:
                break
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.05)
        return ev


def test_agent_routes_each_record_of_a_batch_by_its_verdict(settings: Settings) -> None:
    sender = FakeSender()
    batch = records(
        event(0, "hello"), event(1, "please quarantine"), event(2, "block this"),
        event(3, "tag me"), b"{not json", event(5, "boom"),
    )  # fmt: skip
    (run_batch(settings, batch, sender))
    routed = {orjson.loads(v).get("id") or orjson.loads(v)["source"]["offset"]: t
              for t, _, v in sender.sent}  # fmt: skip
    assert routed == {
        "m0": settings.topic_deliver,
        "m1": settings.topic_quarantine,
        "m2": settings.topic_blocked,
        "m3": settings.topic_deliver,
        4: settings.topic_deadletter,
        "m5": settings.topic_deadletter,
    }
    reasons = {orjson.loads(v)["reason"] for t, _, v in sender.sent if t.endswith("deadletter")}
    assert reasons == {"invalid-json", "screen-error"}


def test_agent_keys_outputs_by_recipient(settings: Settings) -> None:
    sender = FakeSender()
    (run_batch(settings, records(event(7, "hi"), event(8, "quarantine")), sender))
    assert [key for _, key, _ in sender.sent] == [b"+27", b"+28"]


def test_agent_acks_a_batch_only_after_its_outputs_are_acknowledged(settings: Settings) -> None:
    sender = FakeSender()
    ev = run_batch(settings, records(event(0, "hi")), sender)
    assert ev.message.acked


def test_agent_does_not_ack_a_batch_whose_produce_failed(settings: Settings) -> None:
    sender = FakeSender(fail=True)
    ev = run_batch(settings, records(event(0, "hi")), sender)
    assert not ev.message.acked


def test_outputs_go_to_the_partition_kafkas_default_partitioner_picks() -> None:
    from aiokafka.partitioner import DefaultPartitioner

    from streams.agents import _key_hash

    partitions = list(range(12))
    for key in (b"+8613900000000", b"18669568452", "电话".encode(), b""):
        assert _key_hash(key) % 12 == DefaultPartitioner()(key, partitions, partitions)


def test_spans_are_worked_out_only_for_verdicts_that_are_not_deliver(settings: Settings) -> None:
    sender = FakeSender()
    run_batch(settings, records(event(0, "hello"), event(1, "quarantine")), sender)
    verdicts = {orjson.loads(v)["id"]: orjson.loads(v)["verdict"] for _, _, v in sender.sent}
    assert verdicts["m0"].get("nospans") is True
    assert "nospans" not in verdicts["m1"] and verdicts["m1"]["rules"][0]["spans"] == [[0, 2]]
