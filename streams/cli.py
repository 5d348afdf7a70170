"""The ``smishwall`` command line.

Engine commands (``scan``, ``explain``, ``rules``) come from :mod:`rules.cli` and never import
Kafka or Faust; the gateway commands added here (``broker``, ``worker``, ``produce``, ``tail``,
``demo``, ``settings``) import their dependencies lazily inside their handlers.
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from pathlib import Path
from typing import Any

from rules import cli as rules_cli


def _settings(args: argparse.Namespace, **overrides: Any) -> Any:
    from streams.settings import Settings

    if getattr(args, "broker", None):
        overrides["broker"] = args.broker
    return Settings.from_env(**overrides)


def cmd_broker(args: argparse.Namespace) -> int:
    """Run the embedded Tansu broker on 127.0.0.1 until SIGINT or SIGTERM."""
    from streams.broker import EmbeddedBroker

    stop = False

    def _stop(signum: int, frame: Any) -> None:
        nonlocal stop
        stop = True

    # Installed before the broker starts, so that a signal never leaves it orphaned.
    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    broker = EmbeddedBroker(port=args.port, log_path=Path(args.log) if args.log else None)
    broker.start()
    pid = broker.process.pid  # type: ignore[union-attr]
    print(f"broker listening: SMISHWALL_BROKER={broker.url} (pid {pid})", flush=True)
    print("memory storage only: topics are lost when it stops; Ctrl-C stops it", flush=True)
    try:
        while not stop and broker.process is not None and broker.process.poll() is None:
            time.sleep(0.2)
    finally:
        broker.stop()
    return 0


def cmd_worker(args: argparse.Namespace) -> int:
    """Run a Faust worker of the gateway."""
    from kafka.errors import KafkaError

    import rules
    from streams.settings import SettingsError
    from streams.worker import run_worker

    overrides: dict[str, Any] = {}
    if args.web_port is not None:
        overrides["web_port"] = args.web_port
    try:
        run_worker(_settings(args, **overrides))
    except (rules.PackError, SettingsError) as exc:
        print(f"smishwall worker: {exc}", file=sys.stderr)
        return 2
    except KafkaError as exc:
        print(f"smishwall worker: cannot reach the broker: {exc!r}", file=sys.stderr)
        return 1
    return 0


def _broker_error(command: str, exc: Exception) -> int:
    """Report a Kafka error of a tool on stderr and return its exit status (1)."""
    print(
        f"smishwall {command}: cannot reach or authenticate with the broker: {exc!r} (check "
        "SMISHWALL_BROKER, SMISHWALL_SECURITY_PROTOCOL, SMISHWALL_SASL_* and SMISHWALL_SSL_*)",
        file=sys.stderr,
    )
    return 1


def cmd_produce(args: argparse.Namespace) -> int:
    """Replay a JSON Lines or CSV file into the inbound topic."""
    from kafka.errors import KafkaError

    from streams.tools import produce_file

    def progress(sent: int, total: int) -> None:
        sys.stderr.write(f"\rsent {sent}/{total}")
        sys.stderr.flush()

    try:
        sent = produce_file(
            _settings(args),
            Path(args.file),
            topic=args.topic,
            rate=args.rate,
            limit=args.limit,
            progress=None if args.quiet else progress,
        )
    except KafkaError as exc:
        return _broker_error("produce", exc)
    if not args.quiet:
        sys.stderr.write("\n")
    print(f"{sent} records sent")
    return 0


def cmd_tail(args: argparse.Namespace) -> int:
    """Print the records of a topic."""
    from kafka.errors import KafkaError

    from streams.tools import tail_topic

    settings = _settings(args)
    topic = {
        "inbound": settings.topic_inbound,
        "deliver": settings.topic_deliver,
        "quarantine": settings.topic_quarantine,
        "blocked": settings.topic_blocked,
        "deadletter": settings.topic_deadletter,
    }.get(args.topic, args.topic)
    try:
        tail_topic(settings, topic, args.from_beginning, args.limit, args.timeout)
    except KeyboardInterrupt:
        return 130
    except KafkaError as exc:
        return _broker_error("tail", exc)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """Run the demo: embedded broker, a worker, the bundled traffic and a summary."""
    from streams.demo import run_demo

    return run_demo(
        Path(args.traffic) if args.traffic else None,
        rate=args.rate,
        keep_running=args.keep_running,
    )


def cmd_settings(args: argparse.Namespace) -> int:
    """Print every setting with its environment variable, default and help text."""
    from streams.settings import SETTINGS

    for setting in SETTINGS:
        print(f"{setting.env}  (default: {setting.default!r})\n    {setting.help}")
    return 0


def add_gateway_commands(sub: Any) -> None:
    """Register the gateway commands on the ``smishwall`` sub-command action.

    Args:
        sub: The ``argparse`` sub-parsers action of the ``smishwall`` parser.
    """
    broker_help = "broker URL kafka://host:port[,host:port] (default: $SMISHWALL_BROKER)"

    broker = sub.add_parser("broker", help="run the embedded Kafka-compatible broker (Tansu)")
    broker.add_argument("--port", type=int, default=9092, help="port on 127.0.0.1 (0 = free)")
    broker.add_argument("--log", help="file for the broker's output (default: discarded)")
    broker.set_defaults(func=cmd_broker)

    worker = sub.add_parser("worker", help="run a gateway worker (Faust)")
    worker.add_argument("--broker", help=broker_help)
    worker.add_argument("--web-port", type=int, help="HTTP port (default: $SMISHWALL_WEB_PORT)")
    worker.set_defaults(func=cmd_worker)

    produce = sub.add_parser("produce", help="replay JSON Lines or CSV into the inbound topic")
    produce.add_argument("file", help="a .jsonl file (one event per line) or a .csv with header")
    produce.add_argument("--rate", type=float, default=0.0, help="messages/second (0 = max)")
    produce.add_argument("--limit", type=int, default=0, help="send at most N records")
    produce.add_argument("--topic", help="destination (default: $SMISHWALL_TOPIC_INBOUND)")
    produce.add_argument("--broker", help=broker_help)
    produce.add_argument("--quiet", action="store_true", help="no progress output")
    produce.set_defaults(func=cmd_produce)

    tail = sub.add_parser("tail", help="print the records of a topic")
    tail.add_argument("topic", help="topic name, or inbound|deliver|quarantine|blocked|deadletter")
    tail.add_argument("--from-beginning", action="store_true", help="start at the earliest")
    tail.add_argument("--limit", type=int, default=0, help="stop after N records")
    tail.add_argument("--timeout", type=float, default=0.0, help="stop after S idle seconds")
    tail.add_argument("--broker", help=broker_help)
    tail.set_defaults(func=cmd_tail)

    demo = sub.add_parser("demo", help="broker + worker + demo traffic, with a live summary")
    demo.add_argument("--traffic", help="traffic file (default: the bundled demo traffic)")
    demo.add_argument("--rate", type=float, default=1000.0, help="replay rate, messages/second")
    demo.add_argument(
        "--keep-running", action="store_true", help="keep broker and worker up after the summary"
    )
    demo.set_defaults(func=cmd_demo)

    settings = sub.add_parser("settings", help="list the SMISHWALL_* settings")
    settings.set_defaults(func=cmd_settings)


def build_parser() -> argparse.ArgumentParser:
    """Return the full ``smishwall`` parser: engine and gateway commands."""
    parser = rules_cli.build_parser()
    add_gateway_commands(parser._subcommands)  # type: ignore[attr-defined]
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the ``smishwall`` command line and return its exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
