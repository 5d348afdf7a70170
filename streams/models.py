"""The inbound SMS event, its validation, and the output and dead-letter events.

Events are plain JSON objects (decoded with :mod:`orjson` into dicts), not Faust records: the
gateway passes unknown operator fields through untouched, and a dict costs nothing to build.

Inbound event::

    {"id": "...", "sender": "...", "recipient": "...", "body": "...",
     "ts": 1732270000.5 | "2024-11-22T10:06:40Z",
     "smsc": ..., "route": ..., "direction": ..., "origin_country": ..., "encoding": ...}

Output event: the inbound event plus ``"verdict"`` (action, score, fired rules with spans, pack
versions, ``screened_at``). Dead-letter event: ``id`` when it could be read, ``reason``,
``detail``, ``source`` (topic, partition, offset), the raw bytes as ``raw`` (UTF-8 text) or
``raw_base64``, and ``deadlettered_at``. A dead-letter event never repeats the body in ``detail``.
"""

from __future__ import annotations

import base64
import math
from datetime import datetime
from typing import Any

import orjson

__all__ = [
    "OPERATOR_FIELDS",
    "REQUIRED_FIELDS",
    "Rejected",
    "deadletter_event",
    "decode_event",
    "parse_ts",
]

REQUIRED_FIELDS: tuple[str, ...] = ("id", "sender", "recipient", "body", "ts")
"""Fields every inbound event must have."""

OPERATOR_FIELDS: tuple[str, ...] = ("smsc", "route", "direction", "origin_country", "encoding")
"""Optional operator fields; passed through untouched like any other extra field."""

_STRING_FIELDS: tuple[str, ...] = ("id", "sender", "recipient", "body")


class Rejected(Exception):
    """An inbound event that cannot be screened.

    Attributes:
        reason: A dead-letter reason (``invalid-json``, ``missing-field``, ...).
        detail: A short explanation that never quotes the body.
        event_id: The event's ``id`` when it could be read.
    """

    def __init__(self, reason: str, detail: str, event_id: str | None = None) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail
        self.event_id = event_id


def parse_ts(value: Any) -> float:
    """Return an event timestamp as epoch seconds.

    Args:
        value: Epoch seconds (int or float) or an ISO-8601 string; a string without a UTC offset
            is taken as UTC.

    Returns:
        Seconds since the epoch.

    Raises:
        Rejected: ``wrong-type`` or ``invalid-timestamp``.
    """
    if isinstance(value, bool):
        raise Rejected("wrong-type", "field 'ts' must be epoch seconds or an ISO-8601 string")
    if isinstance(value, int | float):
        ts = float(value)
        if not math.isfinite(ts) or ts < 0:
            raise Rejected("invalid-timestamp", "field 'ts' is not a valid epoch time")
        return ts
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            raise Rejected("invalid-timestamp", "field 'ts' is not ISO-8601") from None
        if parsed.tzinfo is None:
            return parsed.replace(tzinfo=_UTC).timestamp()
        return parsed.timestamp()
    raise Rejected("wrong-type", "field 'ts' must be epoch seconds or an ISO-8601 string")


_UTC = datetime.fromisoformat("1970-01-01T00:00:00+00:00").tzinfo


def decode_event(
    raw: bytes | None, max_event_bytes: int, max_body_chars: int
) -> tuple[dict[str, Any], float]:
    """Decode and validate one inbound event.

    Args:
        raw: The record value.
        max_event_bytes: Largest accepted record value.
        max_body_chars: Longest accepted body, in characters.

    Returns:
        The event as a dict (``ts`` as given) and its ``ts`` in epoch seconds.

    Raises:
        Rejected: With the reason the event cannot be screened.
    """
    if raw is None:
        raise Rejected("invalid-json", "record has no value")
    if len(raw) > max_event_bytes:
        raise Rejected("oversized-body", f"event of {len(raw)} bytes exceeds {max_event_bytes}")
    try:
        event = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            raise Rejected("invalid-encoding", "event is not valid UTF-8") from None
        if "surrogate" in str(exc):
            raise Rejected("invalid-encoding", "event has an unpaired surrogate escape") from None
        raise Rejected("invalid-json", "event is not valid JSON") from None
    if type(event) is not dict:
        raise Rejected("wrong-type", "event is not a JSON object")
    event_id = event.get("id")
    event_id = event_id if type(event_id) is str else None
    for name in REQUIRED_FIELDS:
        if name not in event:
            raise Rejected("missing-field", f"field {name!r} is missing", event_id)
    for name in _STRING_FIELDS:
        if type(event[name]) is not str:
            raise Rejected("wrong-type", f"field {name!r} must be a string", event_id)
    if not event_id:
        raise Rejected("missing-field", "field 'id' is empty")
    body: str = event["body"]
    if not body or body.isspace():
        raise Rejected("empty-body", "body is empty", event_id)
    if len(body) > max_body_chars:
        raise Rejected(
            "oversized-body", f"body of {len(body)} characters exceeds {max_body_chars}", event_id
        )
    try:
        ts = parse_ts(event["ts"])
    except Rejected as exc:
        exc.event_id = event_id
        raise
    return event, ts


def deadletter_event(
    raw: bytes | None,
    reason: str,
    detail: str,
    topic: str,
    partition: int,
    offset: int,
    event_id: str | None,
    now: float,
) -> dict[str, Any]:
    """Build the dead-letter event of one rejected record.

    Args:
        raw: The record value as received.
        reason: The dead-letter reason.
        detail: A short explanation (never the body).
        topic: Source topic.
        partition: Source partition.
        offset: Source offset.
        event_id: The event's ``id`` when it could be read.
        now: Epoch seconds of the decision.

    Returns:
        The dead-letter event.
    """
    out: dict[str, Any] = {
        "id": event_id,
        "reason": reason,
        "detail": detail,
        "source": {"topic": topic, "partition": partition, "offset": offset},
        "deadlettered_at": now,
    }
    if raw is None:
        out["raw"] = None
    else:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            out["raw_base64"] = base64.b64encode(raw).decode("ascii")
        else:
            if "\x00" in text:
                out["raw_base64"] = base64.b64encode(raw).decode("ascii")
            else:
                out["raw"] = text
    return out
