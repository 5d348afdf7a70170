"""Traffic tools: replay a file into the inbound topic, and tail a topic (kafka-python).

``produce`` reads JSON Lines or CSV. A JSON Lines line that is not valid JSON is sent as it is,
bytes untouched, so that malformed traffic reaches the gateway (and its dead-letter topic) the
way it would in production. Records are keyed by ``recipient`` when the line has one.
"""

from __future__ import annotations

import csv
import logging
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

import orjson

from streams.settings import Settings

__all__ = ["bootstrap_options", "iter_events", "produce_file", "tail_topic"]

ProgressFn = Callable[[int, int], None]

BOOTSTRAP_TIMEOUT_MS = 10000
"""How long a tool waits to connect (and authenticate) before giving up, where kafka-python
supports it (3.x); a wrong password otherwise keeps it retrying for its 30 s default."""


def bootstrap_options(client: type) -> dict[str, Any]:
    """Return the bounded bootstrap timeout for a kafka-python client class, if it knows one.

    Args:
        client: ``KafkaProducer``, ``KafkaConsumer`` or ``KafkaAdminClient``.

    Returns:
        ``{"bootstrap_timeout_ms": ...}``, or nothing for a kafka-python without the option.
    """
    if "bootstrap_timeout_ms" in getattr(client, "DEFAULT_CONFIG", {}):
        return {"bootstrap_timeout_ms": BOOTSTRAP_TIMEOUT_MS}
    return {}


class _LastFailure(logging.Handler):
    """Keeps the reason of the last failed connection that kafka-python logs."""

    CAUSES = ("Authentication", "Sasl", "SSL", "certificate")

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.cause = self.other = ""

    @property
    def last(self) -> str:
        """The last authentication or TLS failure, else the last connection failure."""
        return self.cause or self.other

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage().split(">: ", 1)[-1]
        if message.startswith("Bootstrap failed"):
            return
        if any(word in message for word in self.CAUSES):
            self.cause = message
        elif "Connection lost" in message or "failed" in message:
            self.other = message


@contextmanager
def explained_timeouts() -> Iterator[None]:
    """Add the cause to kafka-python's bootstrap timeouts.

    kafka-python 3 keeps retrying a broker that refuses the login (a wrong SASL password, a
    certificate that does not verify) and then raises a bare "Unable to bootstrap" timeout; the
    reason only reaches its log. This re-raises the timeout with the last logged failure.

    Raises:
        KafkaTimeoutError: With the last connection failure appended, when there was one.
    """
    from kafka.errors import KafkaTimeoutError

    handler = _LastFailure()
    logger = logging.getLogger("kafka")
    logger.addHandler(handler)
    try:
        yield
    except KafkaTimeoutError as exc:
        if not handler.last:
            raise
        raise KafkaTimeoutError(f"{exc}; last failure: {handler.last}") from exc
    finally:
        logger.removeHandler(handler)


def _key_of(raw: bytes) -> bytes | None:
    try:
        event = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return None
    recipient = event.get("recipient") if isinstance(event, dict) else None
    return recipient.encode() if isinstance(recipient, str) else None


def _csv_value(name: str, value: str) -> Any:
    if name == "ts":
        try:
            return float(value) if "." in value else int(value)
        except ValueError:
            return value
    return value


def iter_events(path: Path) -> Iterator[tuple[bytes | None, bytes]]:
    """Yield ``(key, value)`` records from a JSON Lines or CSV file.

    Args:
        path: A ``.jsonl``/``.json`` file (one event per line) or a ``.csv`` file with a header.

    Yields:
        The record key (the recipient, when there is one) and value.
    """
    if path.suffix.lower() == ".csv":
        with path.open(newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                event = {k: _csv_value(k, v) for k, v in row.items() if k is not None}
                value = orjson.dumps(event)
                yield _key_of(value), value
        return
    with path.open("rb") as fh:
        for line in fh:
            value = line.rstrip(b"\r\n")
            if not value.strip():
                continue
            yield _key_of(value), value


def count_events(path: Path) -> int:
    """Count the records :func:`iter_events` would yield.

    Args:
        path: The traffic file.

    Returns:
        The number of records.
    """
    return sum(1 for _ in iter_events(path))


def produce_file(
    settings: Settings,
    path: Path,
    topic: str | None = None,
    rate: float = 0.0,
    limit: int = 0,
    progress: ProgressFn | None = None,
) -> int:
    """Replay a traffic file into a topic.

    Args:
        settings: Broker and inbound topic.
        path: JSON Lines or CSV file.
        topic: Destination; defaults to the inbound topic.
        rate: Messages per second; 0 sends as fast as possible.
        limit: Stop after this many records; 0 sends the whole file.
        progress: Called as ``progress(sent, total)`` every few hundred records and at the end.

    Returns:
        The number of records sent and acknowledged.
    """
    from kafka import KafkaProducer

    total = count_events(path)
    if limit:
        total = min(total, limit)
    with explained_timeouts():
        producer = KafkaProducer(
            **settings.kafka_python_config(),
            **bootstrap_options(KafkaProducer),
            linger_ms=20,
            acks="all",
        )
    dest = topic or settings.topic_inbound
    sent = 0
    started = time.monotonic()
    try:
        for key, value in iter_events(path):
            if limit and sent >= limit:
                break
            if rate > 0:
                delay = started + sent / rate - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
            producer.send(dest, value=value, key=key)
            sent += 1
            if progress is not None and sent % 200 == 0:
                progress(sent, total)
        producer.flush(timeout=60)
    finally:
        producer.close(timeout=10)
    if progress is not None:
        progress(sent, total)
    return sent


def tail_topic(
    settings: Settings,
    topic: str,
    from_beginning: bool = False,
    limit: int = 0,
    timeout: float = 0.0,
    out: TextIO | None = None,
) -> int:
    """Print the records of a topic, one JSON value per line, as they arrive.

    Args:
        settings: Broker settings.
        topic: Topic to read.
        from_beginning: Start at the earliest offset instead of the end.
        limit: Stop after this many records; 0 for no limit.
        timeout: Stop after this many seconds without a record; 0 waits forever.
        out: Where to print; defaults to standard output.

    Returns:
        The number of records printed.
    """
    from kafka import KafkaConsumer

    out = out or sys.stdout
    with explained_timeouts():
        consumer = KafkaConsumer(
            topic,
            **settings.kafka_python_config(),
            **bootstrap_options(KafkaConsumer),
            group_id=None,
            auto_offset_reset="earliest" if from_beginning else "latest",
            enable_auto_commit=False,
            consumer_timeout_ms=int(timeout * 1000) if timeout else float("inf"),
        )
    printed = 0
    try:
        for record in consumer:
            value = record.value or b""
            try:
                text = value.decode("utf-8")
            except UnicodeDecodeError:
                text = repr(value)
            out.write(text + "\n")
            out.flush()
            printed += 1
            if limit and printed >= limit:
                break
    finally:
        consumer.close()
    return printed
