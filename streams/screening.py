"""Screening of one batch of inbound records, with no Kafka in it.

:class:`BatchScreener` turns a list of consumer records into the records to produce, grouped by
output topic, and the counts the metrics need. The agent calls it once per fetched batch; unit
tests call it directly with plain objects.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Protocol

import orjson

from streams.models import Rejected, deadletter_event, decode_event
from streams.settings import Settings

__all__ = ["BatchResult", "BatchScreener", "Record"]


class Record(Protocol):
    """What the screener reads from a consumer record (aiokafka's ``ConsumerRecord``)."""

    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None


class Engine(Protocol):
    """What the screener needs from :class:`rules.Engine`."""

    def screen(self, sender: str, body: str, recipient: str = "") -> Any:
        """Screen one message and return its verdict."""


@dataclass
class BatchResult:
    """The outcome of screening one batch.

    Attributes:
        outputs: ``(key, value)`` pairs to produce, by output topic, in input order.
        actions: Messages per verdict action.
        rule_hits: Hits per ``(rule id, pack, mode)``.
        deadletters: Dead-lettered messages per reason.
        screen_seconds: Engine time of each screened message.
        delays: Seconds from each screened event's ``ts`` to its verdict.
        first_offset: Offset of the first record, for log lines.
    """

    outputs: dict[str, list[tuple[bytes | None, bytes]]] = field(default_factory=dict)
    actions: Counter[str] = field(default_factory=Counter)
    rule_hits: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    deadletters: Counter[str] = field(default_factory=Counter)
    screen_seconds: list[float] = field(default_factory=list)
    delays: list[float] = field(default_factory=list)
    first_offset: int = -1

    @property
    def size(self) -> int:
        """Number of records in the batch."""
        return sum(len(pairs) for pairs in self.outputs.values())


class BatchScreener:
    """Decodes, validates, screens and routes batches of inbound records.

    Args:
        engine: The rules engine (anything with ``screen(sender, body, recipient)``).
        settings: Gateway settings (topic names and input limits).
    """

    def __init__(self, engine: Engine, settings: Settings) -> None:
        self.engine = engine
        self.settings = settings
        self.route = {
            "deliver": settings.topic_deliver,
            "tag": settings.topic_deliver,
            "quarantine": settings.topic_quarantine,
            "block": settings.topic_blocked,
        }

    def screen_batch(self, records: list[Record], now: float | None = None) -> BatchResult:
        """Screen a batch of records.

        Every record ends up in exactly one output list: its verdict's topic, or the dead-letter
        topic for bad input (with the reason) and for a failure inside the engine
        (``screen-error``).

        Args:
            records: Consumer records in offset order.
            now: Epoch seconds used as ``screened_at``; defaults to the current time.

        Returns:
            The records to produce and the batch's counts.
        """
        settings = self.settings
        max_bytes, max_chars = settings.max_event_bytes, settings.max_body_chars
        screen = self.engine.screen
        route = self.route
        dumps = orjson.dumps
        result = BatchResult()
        outputs: dict[str, list[tuple[bytes | None, bytes]]] = {
            t: [] for t in settings.output_topics
        }
        result.outputs = outputs
        deadletter = outputs[settings.topic_deadletter]
        actions = result.actions
        rule_hits = result.rule_hits
        screen_seconds = result.screen_seconds
        delays = result.delays
        if now is None:
            now = time.time()
        if records:
            result.first_offset = records[0].offset
        for record in records:
            raw = record.value
            try:
                event, ts = decode_event(raw, max_bytes, max_chars)
                recipient = event["recipient"]
                try:
                    outcome = screen(event["sender"], event["body"], recipient)
                    # Spans are worked out only for verdicts somebody reviews.
                    verdict = outcome.to_dict(spans=outcome.action != "deliver")
                except Exception as exc:  # noqa: BLE001 - one bad message must not stop the agent
                    raise Rejected(
                        "screen-error", f"engine raised {type(exc).__name__}", event["id"]
                    ) from None
            except Rejected as rej:
                result.deadletters[rej.reason] += 1
                deadletter.append(
                    (
                        record.key,
                        dumps(
                            deadletter_event(
                                raw,
                                rej.reason,
                                rej.detail,
                                record.topic,
                                record.partition,
                                record.offset,
                                rej.event_id,
                                now,
                            )
                        ),
                    )
                )
                continue
            verdict["screened_at"] = now
            event["verdict"] = verdict
            action = verdict["action"]
            actions[action] += 1
            for fired in verdict["rules"]:
                rule_hits[
                    (fired["id"], fired["pack"], "shadow" if fired["shadow"] else "enforce")
                ] += 1
            screen_seconds.append(verdict.get("elapsed_us", 0) / 1e6)
            delays.append(now - ts)
            outputs[route[action]].append((recipient.encode(), dumps(event)))
        return result
