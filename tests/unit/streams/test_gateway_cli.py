"""The gateway commands of the ``smishwall`` command line, and the offline helpers they use."""

from __future__ import annotations

import sys
from pathlib import Path

import orjson
import pytest

from streams.cli import build_parser, main
from streams.demo import demo_traffic_path, highlight
from streams.settings import SETTINGS
from streams.tools import iter_events


@pytest.mark.parametrize("command", ["broker", "worker", "produce", "tail", "demo", "settings"])
def test_parser_has_the_gateway_commands(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        build_parser().parse_args([command, "--help"])
    assert info.value.code == 0
    assert command in capsys.readouterr().out


def test_engine_commands_do_not_import_faust() -> None:
    sys.modules.pop("faust", None)
    build_parser().parse_args(["rules", "validate"])
    assert "faust" not in sys.modules


def test_settings_command_lists_every_variable(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["settings"]) == 0
    out = capsys.readouterr().out
    assert all(setting.env in out for setting in SETTINGS)


def test_produce_reads_json_lines_as_bytes_and_keys_by_recipient(tmp_path: Path) -> None:
    path = tmp_path / "t.jsonl"
    path.write_bytes(b'{"id": "1", "recipient": "+86139"}\n\nnot json\n')
    assert list(iter_events(path)) == [
        (b"+86139", b'{"id": "1", "recipient": "+86139"}'),
        (None, b"not json"),
    ]


def test_produce_reads_csv_with_a_header(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("id,sender,recipient,body,ts\n1,95588,+86139,你好,1732270000\n", "utf-8")
    [(key, value)] = list(iter_events(path))
    assert key == b"+86139"
    assert orjson.loads(value) == {
        "id": "1", "sender": "95588", "recipient": "+86139", "body": "你好", "ts": 1732270000,
    }  # fmt: skip


def test_highlight_marks_overlapping_spans_once() -> None:
    assert highlight("abcdef", [[1, 3], [2, 4]], color=False) == "a[[bcd]]ef"
    assert highlight("abc", [[0, 9]], color=False) == "[[abc]]"


def test_demo_traffic_is_bundled() -> None:
    lines = demo_traffic_path().read_bytes().splitlines()
    assert len(lines) >= 1000


def test_produce_reports_a_broker_error_and_exits_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from kafka.errors import KafkaTimeoutError

    import streams.tools

    def fail(*args: object, **kwargs: object) -> int:
        raise KafkaTimeoutError("Unable to bootstrap from ['127.0.0.1:9']")

    monkeypatch.setattr(streams.tools, "produce_file", fail)
    path = tmp_path / "t.jsonl"
    path.write_text('{"id": "a"}\n')
    assert main(["produce", str(path), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert "smishwall produce: cannot reach or authenticate" in err
    assert "Unable to bootstrap" in err and "SMISHWALL_SASL_*" in err


def test_tools_bound_the_bootstrap_where_kafka_python_can() -> None:
    from kafka import KafkaConsumer, KafkaProducer

    from streams.tools import BOOTSTRAP_TIMEOUT_MS, bootstrap_options

    for client in (KafkaProducer, KafkaConsumer):
        expected = (
            {"bootstrap_timeout_ms": BOOTSTRAP_TIMEOUT_MS}
            if "bootstrap_timeout_ms" in client.DEFAULT_CONFIG
            else {}
        )
        assert bootstrap_options(client) == expected
    assert bootstrap_options(object) == {}


def test_bootstrap_timeouts_carry_the_logged_cause() -> None:
    import logging

    from kafka.errors import KafkaTimeoutError

    from streams.tools import explained_timeouts

    log = logging.getLogger("kafka.net.connection")
    with pytest.raises(KafkaTimeoutError) as info, explained_timeouts():
        log.error("<KafkaConnection node_id=bootstrap-0>: Connection lost: socket disconnected")
        log.error("<KafkaConnection>: Connection lost: [Error 58] SaslAuthenticationFailedError")
        log.error("<KafkaConnection>: Connection lost: socket disconnected")
        log.error("Bootstrap failed: KafkaTimeoutError: Unable to bootstrap")
        raise KafkaTimeoutError("Unable to bootstrap from ['127.0.0.1:9']")
    assert str(info.value).endswith(
        "last failure: Connection lost: [Error 58] SaslAuthenticationFailedError"
    )
    assert not any(type(h).__name__ == "_LastFailure" for h in logging.getLogger("kafka").handlers)
