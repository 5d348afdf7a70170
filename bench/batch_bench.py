"""The gateway's screening path without Kafka: a batch of records in, outputs by topic out.

Runs :meth:`streams.screening.BatchScreener.screen_batch` (decode and validate each record,
screen it, build the verdict with spans for held and tagged messages, encode the output event)
over the demo traffic in chunks of 256 records, as the agent does, and ``Engine.screen`` alone
over the same messages, in alternating rounds in one process. Prints the median CPU µs per
message of each (per CPU-second of this thread) and what the batch path adds to the engine:
the part of a worker's cost that is neither the engine nor Kafka.

Usage: python bench/batch_bench.py [--rounds 7]
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import orjson

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import rules  # noqa: E402
from streams.agents import CHUNK  # noqa: E402
from streams.screening import BatchScreener  # noqa: E402
from streams.settings import Settings  # noqa: E402

TRAFFIC = ROOT / "streams" / "data" / "demo_traffic.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    lines = [line for line in TRAFFIC.read_bytes().splitlines() if line.strip()]
    records = [SimpleNamespace(topic="sms.inbound", partition=0, offset=i, key=b"k", value=line)
               for i, line in enumerate(lines)]
    messages = []
    for line in lines:
        try:
            event = orjson.loads(line)
        except orjson.JSONDecodeError:
            continue
        if isinstance(event, dict) and isinstance(event.get("body"), str) and event["body"]:
            messages.append((str(event.get("sender") or ""), event["body"],
                             str(event.get("recipient") or "")))
    engine = rules.load()
    screener = BatchScreener(engine, Settings.from_env({}))
    gc.freeze()

    def batch_path() -> float:
        started = time.thread_time()
        for start in range(0, len(records), CHUNK):
            screener.screen_batch(records[start:start + CHUNK])  # type: ignore[arg-type]
        return (time.thread_time() - started) / len(records) * 1e6

    def engine_alone() -> float:
        screen = engine.screen
        started = time.thread_time()
        for sender, body, recipient in messages:
            screen(sender, body, recipient)
        return (time.thread_time() - started) / len(messages) * 1e6

    batch_path()
    engine_alone()
    batch: list[float] = []
    alone: list[float] = []
    for i in range(args.rounds):
        if i % 2:
            alone.append(engine_alone())
            batch.append(batch_path())
        else:
            batch.append(batch_path())
            alone.append(engine_alone())
    b, a = statistics.median(batch), statistics.median(alone)
    print(f"{len(records)} records ({len(messages)} screenable), chunks of {CHUNK}, "
          f"engine build {rules.build.describe()}, median of {args.rounds} rounds, one core:")
    print(f"  batch path (decode, screen, verdict with spans, encode): {b:7.1f} µs/msg")
    print(f"  engine alone (Engine.screen):                            {a:7.1f} µs/msg")
    print(f"  added by the batch path:                                 {b - a:7.1f} µs/msg "
          f"({b / a:.2f}x the engine)")


if __name__ == "__main__":
    main()
