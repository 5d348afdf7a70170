"""The screening agent: one stream event per fetched batch, acked after the broker acks.

Per batch the agent screens every record (:class:`streams.screening.BatchScreener`) and appends
the outputs to the producer's open batches (:class:`OutputSender`). It does not wait for the
broker there: a settle task waits for
the batch's produce futures and only then acks the event, which makes the batch's offsets
committable (see :mod:`streams.transport`). Up to ``max_inflight_batches`` batches can be waiting
like this; the agent blocks when that many are. Outputs are appended in batch order, so the
outputs of a partition keep their order.

A produce failure that aiokafka does not retry away crashes the worker without acking the batch:
its offsets stay uncommitted and the records are screened again after the restart
(at-least-once). Outputs carry the inbound ``id`` so consumers can drop duplicates.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from functools import lru_cache
from typing import Any

import faust
from aiokafka.partitioner import murmur2
from aiokafka.structs import TopicPartition

from streams import metrics
from streams.screening import BatchResult, BatchScreener
from streams.settings import Settings
from streams.topics import GatewayTopics, build_topics

__all__ = ["OutputSender", "register"]

logger = logging.getLogger(__name__)

CHUNK = 256
"""Records screened between two hand-offs to the producer: a big fetched batch is screened and
appended in chunks, so its first outputs leave while the rest is being screened."""


@lru_cache(maxsize=1 << 16)
def _key_hash(key: bytes) -> int:
    return murmur2(key) & 0x7FFFFFFF


class OutputSender:
    """Produces a batch's outputs through aiokafka's record accumulator.

    Each record is appended to the open producer batch of its topic partition, so records from
    many agent batches share one produce request per partition and the agent never waits for a
    request to drain. When that batch is open, the record goes straight into its builder and the
    agent waits on the batch's future (one per producer batch, resolved when the broker acked
    it, or failed); otherwise -- no open batch, a full one, or an accumulator without that
    structure -- it goes through ``producer.send`` and its own future. Partitions are chosen like
    Kafka's default partitioner (murmur2 of the key), so every output of one recipient lands in
    the same partition of its topic.

    Args:
        producer: A started ``aiokafka.AIOKafkaProducer``.
    """

    def __init__(self, producer: Any) -> None:
        self.producer = producer
        accumulator = getattr(producer, "_message_accumulator", None)
        self._open: dict[Any, Any] | None = getattr(accumulator, "_batches", None)
        self._tps: dict[str, list[TopicPartition]] = {}

    async def _partitions(self, topic: str) -> list[TopicPartition]:
        tps = self._tps.get(topic)
        if tps is None:
            await self.producer.client._wait_on_metadata(topic)
            parts = self.producer.client.cluster.partitions_for_topic(topic)
            tps = [TopicPartition(topic, p) for p in range(len(parts) if parts else 1)]
            self._tps[topic] = tps
        return tps

    async def send(
        self, outputs: dict[str, list[tuple[bytes | None, bytes]]]
    ) -> list[asyncio.Future[Any]]:
        """Enqueue the outputs of one batch.

        Args:
            outputs: ``(key, value)`` pairs by topic, in order.

        Returns:
            Futures that are all done once the broker acknowledged every record.
        """
        send = self.producer.send
        open_batches = self._open
        futures: list[asyncio.Future[Any]] = []
        batches: dict[int, Any] = {}
        for topic, pairs in outputs.items():
            if not pairs:
                continue
            tps = await self._partitions(topic)
            count = len(tps)
            for key, value in pairs:
                part = _key_hash(key) % count if key is not None else 0
                if open_batches is not None:
                    pending = open_batches.get(tps[part])
                    if pending:
                        batch = pending[-1]
                        if batch._builder.append(timestamp=None, key=key, value=value) is not None:
                            batches[id(batch)] = batch
                            continue
                futures.append(await send(topic, value, key=key, partition=part))
        futures.extend(batch.future for batch in batches.values())
        return futures


def _log_deadletters(result: BatchResult, topic: str, partition: int) -> None:
    logger.warning(
        "dead-lettered %d record(s) of %s[%d] from offset %d: %s",
        sum(result.deadletters.values()),
        topic,
        partition,
        result.first_offset,
        ", ".join(f"{reason}={n}" for reason, n in sorted(result.deadletters.items())),
    )


def register(
    app: faust.App,
    settings: Settings,
    engine_ref: Callable[[], Any],
    on_batch: Callable[[BatchResult], Awaitable[None] | None] | None = None,
    sender_factory: Callable[[], Any] | None = None,
) -> tuple[Any, GatewayTopics]:
    """Register the screening agent on an app.

    Args:
        app: The Faust app.
        settings: Gateway settings.
        engine_ref: Returns the current rules engine; called once per batch, so a reload is a
            reference swap.
        on_batch: Optional hook called with each batch's result after it was enqueued.
        sender_factory: Builds the output sender when the agent starts; defaults to an
            :class:`OutputSender` on the app's producer (tests pass a fake).

    Returns:
        The agent and the app's topics.
    """
    topics = build_topics(app, settings)
    inbound = topics.inbound

    @app.agent(inbound, name="smishwall.screen")
    async def screen(stream: faust.StreamT) -> None:
        if sender_factory is None:
            sender = OutputSender(app.producer._ensure_producer())  # type: ignore[attr-defined]
        else:
            sender = sender_factory()
        slots = asyncio.Semaphore(settings.max_inflight_batches)
        pending: set[asyncio.Task[None]] = set()

        async def settle(event: faust.EventT, futures: list[asyncio.Future[Any]]) -> None:
            try:
                await asyncio.gather(*futures)
            except Exception as exc:
                logger.error(
                    "produce failed for %s[%d] up to offset %d; not committing: %r",
                    event.message.topic,
                    event.message.partition,
                    event.message.offset,
                    exc,
                )
                await app.crash(exc)
                return
            finally:
                slots.release()
            event.ack()

        screener: BatchScreener | None = None
        engine: Any = None
        async for event in stream.noack().events():  # type: ignore[attr-defined]
            records = event.value
            fetched_at = getattr(event.message, "fetched_at", None)
            started = time.perf_counter()
            current = engine_ref()
            if current is not engine or screener is None:
                engine = current
                screener = BatchScreener(engine, settings)
            await slots.acquire()
            futures: list[asyncio.Future[Any]] = []
            for start in range(0, len(records), CHUNK):
                if start:
                    # Let the producer send what is ready and the consumer thread fetch.
                    await asyncio.sleep(0)
                chunk = records[start : start + CHUNK]
                result = screener.screen_batch(chunk)
                futures.extend(await sender.send(result.outputs))
                if fetched_at is not None:
                    metrics.record_hold(time.monotonic() - fetched_at, len(chunk))
                if result.deadletters:
                    for reason, n in result.deadletters.items():
                        metrics.record_deadletter(reason, n)
                    _log_deadletters(result, event.message.topic, event.message.partition)
                metrics.record_batch(
                    result.actions,
                    result.rule_hits,
                    result.screen_seconds,
                    result.delays,
                    time.perf_counter() - started,
                    len(chunk),
                )
                started = time.perf_counter()
                if on_batch is not None:
                    maybe = on_batch(result)
                    if maybe is not None:
                        await maybe
            task = asyncio.ensure_future(settle(event, futures))
            pending.add(task)
            task.add_done_callback(pending.discard)

    return screen, topics
