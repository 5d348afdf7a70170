"""Per-batch offset tracking of the batch consumer: commits only over acked, contiguous batches."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Iterator
from typing import Any

import pytest
from faust.types import TP

from streams.app import create_app
from streams.settings import Settings
from streams.transport import BatchConsumer, BatchMessage

TP0 = TP("sms.inbound", 0)


@pytest.fixture
def consumer(tmp_path: Any) -> Iterator[BatchConsumer]:
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    app = create_app(Settings.from_env({}, data_dir=str(tmp_path), app_id="unit-transport"))
    app.consumer_generation_id = 3
    consumer = app.consumer
    assert isinstance(consumer, BatchConsumer)
    try:
        yield consumer
    finally:
        consumer._thread.thread_loop.close()
        loop.close()
        asyncio.set_event_loop(None)
        gc.collect()


def batch(consumer: BatchConsumer, first: int, last: int, generation: int = 3) -> BatchMessage:
    consumer._start_offset.setdefault(TP0, first)
    message = BatchMessage(
        TP0.topic, TP0.partition, last, 0.0, 0, None, None, [], None, 0, 0, TP0,
        generation_id=generation,
    )  # fmt: skip
    message.first_offset = first
    return message


def test_commit_offset_advances_over_acked_batches_in_order(consumer: BatchConsumer) -> None:
    a, b = batch(consumer, 0, 99), batch(consumer, 100, 149)
    assert consumer.ack(a) and consumer.ack(b)
    assert consumer._new_offset(TP0) == 150


def test_an_unacked_batch_holds_back_later_ones(consumer: BatchConsumer) -> None:
    a, b, c = batch(consumer, 0, 99), batch(consumer, 100, 199), batch(consumer, 200, 299)
    consumer.ack(a)
    consumer.ack(c)
    assert consumer._new_offset(TP0) == 100
    consumer._committed_offset[TP0] = 100
    assert consumer._new_offset(TP0) is None
    consumer.ack(b)
    assert consumer._new_offset(TP0) == 300


def test_first_batch_after_a_restart_commits_from_its_own_start(consumer: BatchConsumer) -> None:
    consumer.ack(batch(consumer, 5000, 5999))
    assert consumer._new_offset(TP0) == 6000


def test_acks_from_an_earlier_generation_are_ignored(consumer: BatchConsumer) -> None:
    assert not consumer.ack(batch(consumer, 0, 99, generation=2))
    assert consumer._new_offset(TP0) in (None, 0)


def test_revoking_a_partition_forgets_its_batches(consumer: BatchConsumer) -> None:
    consumer.ack(batch(consumer, 0, 99))
    asyncio.get_event_loop().run_until_complete(consumer.on_partitions_revoked({TP0}))
    assert TP0 not in consumer._acked_batches and TP0 not in consumer._start_offset
