"""A Faust transport that hands the agent one event per fetched partition batch.

Faust's stream machinery costs 200-400 µs of CPU per event (a consumer-thread hand-off, the
conductor, an ``Event``, tasks and futures in ``Stream.__aiter__``), which caps an agent at a
few thousand events per second whatever the agent does. This transport keeps everything Faust
does per *partition* -- the consumer group, assignment, rebalancing, flow control, the offset
commits -- and changes what it does per *record*: :meth:`BatchConsumer.getmany` turns each
fetched ``(topic, partition)`` batch into one :class:`BatchMessage` whose value is the list of
aiokafka records, so the conductor, the stream and the agent run once per batch.

Offsets are tracked per batch. A batch is committable once its event is acked, and the commit
offset for a partition advances over a run of acked batches that starts at the position the
partition was first fetched from in the current generation; a batch that is not acked holds back
every batch after it. Acks from an earlier consumer generation are ignored (their records are
fetched again from the committed offset), which keeps the delivery at-least-once across
rebalances.

The consumer also overrides the fixed 1,500 ms ``fetch_max_wait_ms`` of Faust's aiokafka driver
(Tansu answers a fetch after about half of it, whether data is there or not).

By default (``SMISHWALL_CONSUMER_IN_LOOP``) the aiokafka consumer service that Faust runs in a
thread of its own runs on the worker's event loop instead (:class:`InLoopConsumerThread`): the
screening holds the interpreter lock most of the time, and a second thread mostly waited for it
and took the caches from the engine at each turn.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Any, ClassVar

import aiokafka
from faust.transport.drivers import aiokafka as faust_aiokafka
from faust.types import TP, Message
from faust.types.tuples import ConsumerMessage, ack_lock
from mode.threads import ServiceThread
from mode.utils.futures import maybe_set_exception, notify

__all__ = ["BatchConsumer", "BatchMessage", "BatchTransport"]


class BatchMessage(ConsumerMessage):
    """One fetched batch of a partition, delivered to a stream as one event.

    ``value`` is the list of aiokafka ``ConsumerRecord`` objects in offset order, ``offset`` is
    the offset of the last record and ``first_offset`` that of the first. ``fetched_at`` is the
    :func:`time.monotonic` time at which the consumer thread had the batch from the broker: the
    start of the time the worker holds its records.
    """

    __slots__ = ("first_offset", "fetched_at")

    first_offset: int
    fetched_at: float


class BatchConsumerThread(faust_aiokafka.AIOKafkaConsumerThread):
    """The aiokafka consumer thread, with a configurable fetch wait.

    It also notes when each fetch returned (``fetched_at``). Fetches are sequential (the
    Fetcher service awaits one before asking for the next), so the consumer reads the time of
    the fetch whose records it is turning into batch messages.
    """

    fetched_at: float = 0.0

    async def _fetch_records(self, *args: Any, **kwargs: Any) -> Any:
        records = await super()._fetch_records(*args, **kwargs)
        self.fetched_at = time.monotonic()
        return records

    def _create_worker_consumer(self, transport: Any) -> aiokafka.AIOKafkaConsumer:
        consumer = super()._create_worker_consumer(transport)
        # Read at start-up by AIOKafkaConsumer.start() when it builds its Fetcher.
        consumer._fetch_max_wait_ms = int(getattr(self.app, "fetch_max_wait_ms", 10))
        return consumer


class InLoopConsumerThread(BatchConsumerThread):
    """The aiokafka consumer run on the worker's own event loop instead of a thread of its own.

    Faust runs its aiokafka consumer in a separate thread with its own loop and hands every
    fetch across with futures. In this process the agent's screening holds the interpreter lock
    for most of the time, so the consumer thread mostly waits for it, and each of its turns
    forces a switch away from the engine. Here the same service runs as tasks of the main loop:
    fetches are decoded while the agent awaits (between chunks and batches), the method queue
    and the rebalance callbacks work unchanged (they only use the loop's own primitives).
    """

    _serve_task: asyncio.Future[None] | None = None

    async def start(self) -> None:
        assert not self._thread_started.is_set()
        self._thread_started.set()
        self._thread_running = asyncio.get_running_loop().create_future()
        self._serve_task = asyncio.ensure_future(self._serve_in_loop())
        try:
            await self._thread_running
        finally:
            self._thread_running = None

    async def _serve_in_loop(self) -> None:
        try:
            await self._default_start()
            await self.on_thread_started()
            notify(self._thread_running)
            await self.wait_until_stopped()
        except asyncio.CancelledError:
            raise
        except BaseException as exc:
            maybe_set_exception(self._thread_running, exc)
            if self.beacon.root is not None:
                await self.beacon.root.data.crash(exc)
            raise
        finally:
            # mode's own shutdown sequence; Faust's driver overrides _shutdown_thread with a
            # synchronous method, and mode's _serve() would also cancel every task of the loop.
            await ServiceThread._shutdown_thread(self)

    async def stop(self) -> None:
        await super().stop()
        task = self._serve_task
        if task is not None and not task.done():
            await asyncio.wait([task], timeout=30)


class BatchConsumer(faust_aiokafka.Consumer):
    """A Faust consumer that yields one :class:`BatchMessage` per fetched partition batch."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._start_offset: dict[TP, int] = {}
        self._acked_batches: dict[TP, list[tuple[int, int]]] = {}

    def _new_consumer_thread(self) -> faust_aiokafka.AIOKafkaConsumerThread:
        if getattr(self.app, "consumer_in_loop", True):
            return InLoopConsumerThread(
                self, loop=self.loop, thread_loop=self.loop, beacon=self.beacon
            )
        return BatchConsumerThread(self, loop=self.loop, beacon=self.beacon)

    async def getmany(self, timeout: float) -> AsyncIterator[tuple[TP, Message]]:
        """Fetch records and yield one batch message per topic partition."""
        records, active_partitions = await self._wait_next_records(timeout)
        if not records or self.should_stop:
            return
        fetched_at = getattr(self._thread, "fetched_at", 0.0) or time.monotonic()
        app = self.app
        generation_id = app.consumer_generation_id
        buffered = self._buffered_partitions
        for tp, batch in records.items():
            if not self.flow_active or app.consumer_generation_id != generation_id:
                break
            if not batch:
                continue
            if active_partitions is not None and not (tp in active_partitions or tp in buffered):
                continue
            first, last = batch[0], batch[-1]
            self._start_offset.setdefault(tp, first.offset)
            message = BatchMessage(
                last.topic,
                last.partition,
                last.offset,
                (last.timestamp or 0) / 1000.0,
                last.timestamp_type,
                None,
                None,
                batch,  # type: ignore[arg-type]
                None,
                0,
                0,
                tp,
                generation_id=generation_id,
            )
            message.first_offset = first.offset
            message.fetched_at = fetched_at
            yield tp, message

    async def _add_gap(self, tp: TP, offset_from: int, offset_to: int) -> None:
        # Batches skip offsets by design; progress is tracked per batch in ack()/_new_offset().
        return None

    def ack(self, message: Message) -> bool:
        """Mark a batch as processed; its offsets become committable in order."""
        if not isinstance(message, BatchMessage):
            return bool(super().ack(message))
        with ack_lock:
            if message.acked:
                return False
            message.acked = True
            self._unacked_messages.discard(message)
            tp = message.tp
            if message.generation_id != self.app.consumer_generation_id:
                return False
            committed = self._committed_offset[tp]
            if committed is not None and message.offset < committed:
                return False
            self._acked_batches.setdefault(tp, []).append((message.first_offset, message.offset))
            # Faust looks for partitions with pending acks in _acked.
            self._acked[tp].append(message.offset)
            self._n_acked += 1
            return True

    def _new_offset(self, tp: TP) -> int | None:
        batches = self._acked_batches.get(tp)
        self._acked[tp].clear()
        if not batches:
            return None
        committed = self._committed_offset[tp]
        position = committed if committed is not None else self._start_offset.get(tp)
        if position is None:
            return None
        batches.sort()
        start = position
        done = 0
        for first, last in batches:
            if first > position:
                break
            position = max(position, last + 1)
            done += 1
        del batches[:done]
        if batches:
            self._acked[tp].append(batches[-1][1])
        return position if position > start or committed is None else None

    async def on_partitions_revoked(self, revoked: set[TP]) -> None:
        """Forget the batch bookkeeping of revoked partitions."""
        for tp in revoked:
            self._start_offset.pop(tp, None)
            self._acked_batches.pop(tp, None)
        await super().on_partitions_revoked(revoked)


class BatchTransport(faust_aiokafka.Transport):
    """Faust's aiokafka transport with :class:`BatchConsumer`."""

    Consumer: ClassVar[type[Any]] = BatchConsumer
