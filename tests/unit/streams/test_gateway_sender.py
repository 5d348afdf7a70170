"""OutputSender: records go into the open producer batch of their partition, or through send()."""

from __future__ import annotations

import asyncio
from collections import deque
from typing import Any

from aiokafka.structs import TopicPartition

from streams.agents import OutputSender, _key_hash


class FakeBuilder:
    def __init__(self, room: int) -> None:
        self.room = room
        self.records: list[tuple[bytes | None, bytes]] = []

    def append(self, *, timestamp: Any, key: bytes | None, value: bytes) -> object | None:
        if len(self.records) >= self.room:
            return None
        self.records.append((key, value))
        return object()


class FakeBatch:
    def __init__(self, room: int) -> None:
        self._builder = FakeBuilder(room)
        self.future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()


class FakeCluster:
    def partitions_for_topic(self, topic: str) -> set[int]:
        return {0, 1, 2}


class FakeClient:
    cluster = FakeCluster()

    async def _wait_on_metadata(self, topic: str) -> None:
        return None


class FakeAccumulator:
    def __init__(self) -> None:
        self._batches: dict[TopicPartition, deque[FakeBatch]] = {}


class FakeProducer:
    def __init__(self) -> None:
        self.client = FakeClient()
        self._message_accumulator = FakeAccumulator()
        self.sent: list[tuple[str, int, bytes | None, bytes]] = []

    async def send(self, topic: str, value: bytes, *, key: bytes | None, partition: int) -> Any:
        self.sent.append((topic, partition, key, value))
        return asyncio.get_running_loop().create_future()


def test_sender_fills_open_batches_and_falls_back_to_send_when_full() -> None:
    async def scenario() -> None:
        producer = FakeProducer()
        keys = [f"+86139{i:05d}".encode() for i in range(30)]
        parts = {_key_hash(k) % 3 for k in keys}
        batches = {p: FakeBatch(room=2) for p in parts}
        for p, batch in batches.items():
            producer._message_accumulator._batches[TopicPartition("out", p)] = deque([batch])
        futures = await OutputSender(producer).send({"out": [(k, b"v" + k) for k in keys]})
        appended = sum(len(b._builder.records) for b in batches.values())
        assert appended == 2 * len(batches)
        assert len(producer.sent) == len(keys) - appended
        for topic, partition, key, _ in producer.sent:
            assert topic == "out" and partition == _key_hash(key) % 3  # type: ignore[arg-type]
        for p, batch in batches.items():
            assert all(_key_hash(k) % 3 == p for k, _ in batch._builder.records)  # type: ignore[arg-type]
        batch_futures = [b.future for b in batches.values()]
        assert all(f in futures for f in batch_futures)
        assert len(futures) == len(producer.sent) + len(batches)

    asyncio.run(scenario())


def test_sender_without_an_accumulator_uses_send_for_every_record() -> None:
    async def scenario() -> None:
        producer = FakeProducer()
        del producer._message_accumulator
        futures = await OutputSender(producer).send({"a": [(b"k1", b"1")], "b": [(None, b"2")]})
        assert len(futures) == 2
        assert [(t, p) for t, p, _, _ in producer.sent] == [("a", _key_hash(b"k1") % 3), ("b", 0)]

    asyncio.run(scenario())
