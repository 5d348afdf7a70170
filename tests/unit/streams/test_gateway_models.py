"""Inbound event validation and the dead-letter event."""

from __future__ import annotations

import base64

import orjson
import pytest

from streams.models import Rejected, deadletter_event, decode_event, parse_ts

OK = {"id": "a1", "sender": "95588", "recipient": "+8613900000000", "body": "您好", "ts": 1.5}


def decode(raw: bytes | None) -> tuple[dict, float]:
    return decode_event(raw, 65536, 1600)


def test_decodes_a_valid_event_and_keeps_unknown_fields() -> None:
    event, ts = decode(orjson.dumps({**OK, "smsc": "S1", "extra": {"a": [1]}}))
    assert event == {**OK, "smsc": "S1", "extra": {"a": [1]}}
    assert ts == 1.5


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1732270000, 1732270000.0),
        ("2024-11-22T10:06:40Z", 1732270000.0),
        ("2024-11-22T18:06:40+08:00", 1732270000.0),
        ("2024-11-22T10:06:40", 1732270000.0),
    ],
)
def test_parses_epoch_and_iso_timestamps(value: object, expected: float) -> None:
    assert parse_ts(value) == expected


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (None, "invalid-json"),
        (b"{", "invalid-json"),
        (b"\xff\xfe", "invalid-encoding"),
        (b'{"id": "\\udc00"}', "invalid-encoding"),
        (b"[]", "wrong-type"),
        (orjson.dumps({k: v for k, v in OK.items() if k != "recipient"}), "missing-field"),
        (orjson.dumps({**OK, "id": ""}), "missing-field"),
        (orjson.dumps({**OK, "recipient": 8613900000000}), "wrong-type"),
        (orjson.dumps({**OK, "ts": None}), "wrong-type"),
        (orjson.dumps({**OK, "ts": "soon"}), "invalid-timestamp"),
        (orjson.dumps({**OK, "body": ""}), "empty-body"),
        (orjson.dumps({**OK, "body": "\u3000\n"}), "empty-body"),
        (orjson.dumps({**OK, "body": "長" * 1601}), "oversized-body"),
        (b" " * 70000, "oversized-body"),
    ],
)
def test_rejects_bad_input_with_its_reason(raw: bytes | None, reason: str) -> None:
    with pytest.raises(Rejected) as info:
        decode(raw)
    assert info.value.reason == reason


def test_rejection_keeps_the_id_but_never_the_body() -> None:
    body = "secret body text " * 200
    with pytest.raises(Rejected) as info:
        decode(orjson.dumps({**OK, "body": body}))
    assert info.value.event_id == "a1"
    assert "secret" not in info.value.detail


def test_deadletter_keeps_utf8_raw_as_text_and_other_bytes_as_base64() -> None:
    text = deadletter_event(b'{"x": "\xe4\xbd\xa0"}', "invalid-json", "d", "t", 1, 9, None, 2.0)
    assert text["raw"] == '{"x": "你"}' and "raw_base64" not in text
    assert text["source"] == {"topic": "t", "partition": 1, "offset": 9}
    binary = deadletter_event(b"\xff\x00", "invalid-encoding", "d", "t", 0, 1, None, 2.0)
    assert base64.b64decode(binary["raw_base64"]) == b"\xff\x00" and "raw" not in binary
    tombstone = deadletter_event(None, "invalid-json", "d", "t", 0, 1, None, 2.0)
    assert tombstone["raw"] is None
