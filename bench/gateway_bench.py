"""Gateway throughput and latency against a plain aiokafka passthrough, on the embedded broker.

    .venv/bin/python bench/gateway_bench.py [--messages 100000] [--runs 3] [--partitions 4]
        [--engine rules|null] [--profile worker.svg] [--latency-rate N] [--latency-seconds S]
        [--latency-warmup S]

It starts its own Tansu broker on 127.0.0.1, loads the inbound topic once (the demo traffic's
valid events, repeated with fresh ids, or synthetic zh/en traffic), then for each run:

1. raw: a child process runs a plain aiokafka loop (getmany -> send, no decoding) from the
   inbound topic to a fresh topic, on uvloop;
2. gateway: a ``smishwall worker`` child process (default packs) with a fresh consumer group and
   fresh output topics screens the same inbound topic.

Rates come from reading the outputs back: messages / (last output timestamp - first output
timestamp), so start-up and group joins are not counted. CPU is the child's CPU seconds per
wall second over the same window.

Then the latency phase, at half the gateway's median rate (or ``--latency-rate``): a paced
producer replays traffic into a fresh inbound topic, first ``--latency-warmup`` seconds that are
not counted (a fresh worker fills its caches and RE2's lazily built automata), then
``--latency-seconds`` measured. A reader process consumes the outputs as they arrive. For each
measured event it reports, from the event's ``ts``: when the output was appended to the
producer's batch (the output record's timestamp) and when the reader had it (which also counts
the producer's linger, the broker and the reader's own fetch wait). The same phase runs with
the raw loop in place of the worker, at the same rate: that is the floor the load generator,
the broker and the reader put under every figure on this machine. For the worker it also prints
its own hold time (fetch to producer hand-off) from its ``smishwall_hold_seconds`` histogram.
Every loop is bounded in count and time; every process started is stopped by pid.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import random
import statistics
import subprocess
import sys
import time
import urllib.request
import uuid
from dataclasses import dataclass
from pathlib import Path

import orjson
import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from streams.broker import EmbeddedBroker, free_port  # noqa: E402
from streams.settings import Settings  # noqa: E402
from streams.topics import ensure_topics  # noqa: E402

ENGINE = "rules"
KINDS = ("raw", "gateway")

SYNTHETIC = [
    "【工商银行】您尾号{n}的账户{n}元消费成功，余额充足。",
    "【顺丰速运】您的快件已到达驿站，取件码{n}，请及时领取。",
    "妈，我晚上七点到家，晚饭不用等我。",
    "【中国移动】您本月话费{n}元，详情请登录APP查询。",
    "【ETC服务】您的ETC已被限制通行，请尽快访问 http://etc-{n}.top 完成实名认证。",
    "【公安局】您涉嫌洗钱案件，冻结令请查看 http://gaj-{n}.cc 请勿向他人透露。",
    "Hi, meeting moved to 3pm tomorrow, room {n}.",
    "Your parcel is held at customs. Pay the fee at http://parcel-{n}.xyz/pay within 24h.",
    "HSBC: your card has been suspended. Verify at http://hsbc-secure-{n}.info now.",
    "Dinner on Friday? Let me know by {n}.",
]


def traffic_bodies() -> list[dict]:
    demo = ROOT / "streams" / "data" / "demo_traffic.jsonl"
    events = []
    if demo.exists():
        for line in demo.read_bytes().splitlines():
            try:
                event = orjson.loads(line)
            except orjson.JSONDecodeError:
                continue
            if not isinstance(event, dict) or not isinstance(event.get("body"), str):
                continue
            body = event["body"]
            if body.strip() and len(body) <= 1600 and isinstance(event.get("sender"), str):
                if isinstance(event.get("recipient"), str) and isinstance(event.get("id"), str):
                    events.append(event)
    if not events:
        rng = random.Random(7)
        for _ in range(2000):
            events.append(
                {
                    "sender": f"+86{rng.randint(13000000000, 13999999999)}",
                    "recipient": f"+86{rng.randint(13000000000, 13999999999)}",
                    "body": rng.choice(SYNTHETIC).format(n=rng.randint(1000, 9999)),
                    "smsc": "SMSC-BJ-1",
                }
            )
    return events


def make_event(template: dict, i: int, ts: float) -> tuple[bytes, bytes]:
    event = dict(template)
    event["id"] = f"b{i}"
    event["ts"] = ts
    return event["recipient"].encode(), orjson.dumps(event)


async def load_topic(bootstrap: str, topic: str, n: int, templates: list[dict]) -> None:
    from aiokafka import AIOKafkaProducer

    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap, linger_ms=20, max_batch_size=1 << 20, max_request_size=1 << 22
    )
    await producer.start()
    try:
        futures = []
        now = time.time()
        for i, template in zip(range(n), itertools.cycle(templates), strict=False):
            key, value = make_event(template, i, now)
            futures.append(await producer.send(topic, value, key=key))
        await asyncio.gather(*futures)
    finally:
        await producer.stop()


async def read_timestamps(
    bootstrap: str, topics: list[str], n: int, timeout: float
) -> tuple[list[float], list[float]]:
    """Read n records back; return their timestamps and (timestamp - event ts) when parsable."""
    from aiokafka import AIOKafkaConsumer

    consumer = AIOKafkaConsumer(
        *topics, bootstrap_servers=bootstrap, group_id=None, auto_offset_reset="earliest",
        fetch_max_wait_ms=50, max_poll_records=10000,
    )  # fmt: skip
    await consumer.start()
    stamps: list[float] = []
    delays: list[float] = []
    deadline = time.monotonic() + timeout
    try:
        while len(stamps) < n and time.monotonic() < deadline:
            for records in (await consumer.getmany(timeout_ms=500)).values():
                for record in records:
                    stamps.append(record.timestamp / 1000.0)
                    try:
                        ts = orjson.loads(record.value)["ts"]
                        delays.append(record.timestamp / 1000.0 - float(ts))
                    except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
                        pass
    finally:
        await consumer.stop()
    return stamps, delays


async def live_delays(bootstrap: str, topics: list[str], n: int, timeout: float) -> list[list]:
    """Read n records as they arrive; return [event id, record timestamp - ts, receive - ts].

    The record timestamp is when the worker appended the output to its producer batch; the
    receive time is when this consumer had it, so it also counts the producer's linger, the
    broker's acknowledgement and this reader's own fetch wait (an upper bound).
    """
    from aiokafka import AIOKafkaConsumer

    consumer = AIOKafkaConsumer(
        *topics, bootstrap_servers=bootstrap, group_id=None, auto_offset_reset="earliest",
        fetch_max_wait_ms=10, max_poll_records=10000,
    )  # fmt: skip
    await consumer.start()
    out: list[list] = []
    deadline = time.monotonic() + timeout
    try:
        while len(out) < n and time.monotonic() < deadline:
            batches = await consumer.getmany(timeout_ms=200)
            now = time.time()
            for records in batches.values():
                for record in records:
                    event = orjson.loads(record.value)
                    ts = float(event["ts"])
                    out.append([event["id"], record.timestamp / 1000.0 - ts, now - ts])
    finally:
        await consumer.stop()
    return out


def reader_child(argv: list[str]) -> int:
    """Child process: read the outputs live and write their delays as JSON to a file."""
    import uvloop

    bootstrap, n, timeout, path = argv[0], int(argv[1]), float(argv[2]), argv[3]
    delays = uvloop.run(live_delays(bootstrap, argv[4:], n, timeout))
    Path(path).write_bytes(orjson.dumps(delays))
    return 0


# --------------------------------------------------------------------------- raw passthrough


async def raw_passthrough(bootstrap: str, src: str, dst: str, n: int, timeout: float) -> None:
    from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

    consumer = AIOKafkaConsumer(
        src, bootstrap_servers=bootstrap, group_id="raw-" + uuid.uuid4().hex,
        auto_offset_reset="earliest", enable_auto_commit=False, fetch_max_wait_ms=10,
        max_poll_records=2000, session_timeout_ms=10000, heartbeat_interval_ms=1000,
    )  # fmt: skip
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap, linger_ms=5, max_batch_size=1 << 20, max_request_size=1 << 22
    )
    await consumer.start()
    await producer.start()
    moved = 0
    deadline = time.monotonic() + timeout
    try:
        pending = []
        while moved < n and time.monotonic() < deadline:
            for records in (await consumer.getmany(timeout_ms=1000)).values():
                for record in records:
                    pending.append(await producer.send(dst, record.value, key=record.key))
                    moved += 1
            if len(pending) > 20000:
                await asyncio.gather(*pending)
                await consumer.commit()
                pending = []
        await asyncio.gather(*pending)
        await consumer.commit()
    finally:
        await producer.stop()
        await consumer.stop()


class NullVerdict:
    action = "deliver"

    def to_dict(self, spans: bool = True) -> dict:
        return {"action": "deliver", "score": 0.0, "rules": [], "packs": {}, "elapsed_us": 0}


class NullEngine:
    """Delivers everything: measures the gateway without the rules engine."""

    versions: dict = {}
    pattern_counts: dict = {}
    load_seconds = 0.0

    def screen(self, sender: str, body: str, recipient: str = "") -> NullVerdict:
        return NullVerdict()


def worker_child(argv: list[str]) -> int:
    from streams.worker import load_engine, run_worker

    factory = (lambda s: NullEngine()) if argv[0] == "null" else load_engine
    run_worker(Settings.from_env(), engine_factory=factory)
    return 0


def worker_cmd(engine: str) -> list[str]:
    return [sys.executable, __file__, "_worker", engine]


def raw_child(argv: list[str]) -> int:
    import uvloop

    bootstrap, src, dst, n = argv[0], argv[1], argv[2], int(argv[3])
    uvloop.run(raw_passthrough(bootstrap, src, dst, n, timeout=300))
    return 0


# --------------------------------------------------------------------------- measurement


@dataclass
class Run:
    rate: float
    cpu: float
    engine_us: float = 0.0


class Sampler:
    """Samples a child's cumulative CPU seconds so that a window can be cut out later."""

    def __init__(self, pid: int) -> None:
        self.proc = psutil.Process(pid)
        self.samples: list[tuple[float, float]] = []

    def sample(self) -> None:
        try:
            t = self.proc.cpu_times()
        except psutil.Error:
            return
        self.samples.append((time.time(), t.user + t.system))

    def cpu_between(self, start: float, end: float) -> float:
        inside = [(t, c) for t, c in self.samples if start - 0.25 <= t <= end + 0.25]
        if len(inside) < 2 or inside[-1][0] <= inside[0][0]:
            return float("nan")
        return (inside[-1][1] - inside[0][1]) / (inside[-1][0] - inside[0][0])


def wait_sampling(proc: subprocess.Popen, sampler: Sampler, done, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None and not done():
        sampler.sample()
        time.sleep(0.1)
    sampler.sample()


def worker_env(settings: Settings) -> dict[str, str]:
    return {**os.environ, **settings.as_env()}


def metrics_text(settings: Settings) -> str:
    """Return the worker's /metrics exposition (empty when it does not answer)."""
    url = f"http://127.0.0.1:{settings.web_port}/metrics"
    try:
        with urllib.request.urlopen(url, timeout=1) as resp:
            return str(resp.read().decode())
    except OSError:
        return ""


def scrape(settings: Settings) -> dict[str, float]:
    """Return the worker's metric samples, label sets summed per name (empty when down)."""
    out: dict[str, float] = {}
    for line in metrics_text(settings).splitlines():
        if line and not line.startswith("#"):
            name = line.split("{", 1)[0].split(" ", 1)[0]
            out[name] = out.get(name, 0.0) + float(line.rsplit(" ", 1)[1])
    return out


def health(settings: Settings) -> dict:
    """Return the worker's ``/healthz`` answer (empty when it does not answer)."""
    url = f"http://127.0.0.1:{settings.web_port}/healthz"
    try:
        with urllib.request.urlopen(url, timeout=1) as resp:
            return dict(orjson.loads(resp.read()))
    except OSError:
        return {}


def screened(settings: Settings) -> int:
    """Messages the worker has handled so far, from ``/healthz`` (polled every 0.1 s).

    Not from ``/metrics``: rendering every rule's series takes milliseconds of the worker's
    event loop, and ten scrapes a second would take that from the run being measured.
    """
    return int(health(settings).get("handled", 0))


def engine_share(settings: Settings) -> float:
    """Microseconds per message the worker's engine took, from its metrics (0 when unknown)."""
    found = scrape(settings)
    count = found.get("smishwall_screen_seconds_count", 0.0)
    return found.get("smishwall_screen_seconds_sum", 0.0) / count * 1e6 if count else 0.0


def hold_buckets(settings: Settings) -> dict[float, float]:
    """Return the worker's cumulative ``smishwall_hold_seconds`` buckets (upper bound: count)."""
    out: dict[float, float] = {}
    for line in metrics_text(settings).splitlines():
        if line.startswith("smishwall_hold_seconds_bucket{"):
            le = line.split('le="', 1)[1].split('"', 1)[0]
            out[float(le)] = float(line.rsplit(" ", 1)[1])
    return out


def bucket_quantile(before: dict[float, float], after: dict[float, float], q: float) -> float:
    """The upper bound of the bucket holding quantile ``q`` of the observations in between."""
    bounds = sorted(after)
    counts = [after[b] - before.get(b, 0.0) for b in bounds]
    if not counts or counts[-1] <= 0:
        return float("nan")
    for bound, count in zip(bounds, counts, strict=True):
        if count >= q * counts[-1]:
            return bound
    return bounds[-1]


def assigned(settings: Settings) -> bool:
    return bool(health(settings).get("assigned"))


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def run_raw(broker: EmbeddedBroker, inbound: str, n: int, partitions: int) -> Run:
    dst = "raw-" + uuid.uuid4().hex[:8]
    ensure_topics(Settings.from_env(broker=broker.url, topic_inbound=dst, partitions=partitions))
    proc = subprocess.Popen(  # noqa: S603
        [sys.executable, __file__, "_raw", broker.bootstrap, inbound, dst, str(n)]
    )
    sampler = Sampler(proc.pid)
    try:
        wait_sampling(proc, sampler, lambda: False, timeout=300)
    finally:
        stop(proc)
    stamps, _ = asyncio.run(read_timestamps(broker.bootstrap, [dst], n, 120))
    start, end = min(stamps), max(stamps)
    return Run(len(stamps) / (end - start), sampler.cpu_between(start, end))


def gateway_settings(broker: EmbeddedBroker, inbound: str, partitions: int) -> Settings:
    tag = uuid.uuid4().hex[:8]
    return Settings.from_env(
        broker=broker.url, app_id=f"bench-{tag}", web_port=free_port(), partitions=partitions,
        topic_inbound=inbound, topic_deliver=f"deliver-{tag}", topic_quarantine=f"quar-{tag}",
        topic_blocked=f"blocked-{tag}", topic_deadletter=f"dead-{tag}", log_level="warning",
        data_dir=f"/tmp/smishwall-bench/{tag}",
    )  # fmt: skip


def start_profiler(pid: int, path: str) -> subprocess.Popen:
    """Record the worker with py-spy while it screens (collapsed stacks for a .txt path)."""
    spy = Path(sys.executable).with_name("py-spy")
    fmt = ["--format", "raw"] if path.endswith(".txt") else []
    return subprocess.Popen(  # noqa: S603
        [str(spy), "record", "--pid", str(pid), "--output", path, "--rate", "200",
         "--nonblocking", "--duration", "8", *fmt],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip


def run_gateway(
    broker: EmbeddedBroker, inbound: str, n: int, partitions: int, profile: str = ""
) -> Run:
    settings = gateway_settings(broker, inbound, partitions)
    proc = subprocess.Popen(  # noqa: S603
        worker_cmd(ENGINE), env=worker_env(settings), cwd=ROOT
    )
    sampler = Sampler(proc.pid)
    spy = None
    try:
        if profile:
            wait_sampling(proc, sampler, lambda: screened(settings) > 0, timeout=120)
            spy = start_profiler(proc.pid, profile)
        wait_sampling(proc, sampler, lambda: screened(settings) >= n, timeout=300)
        engine_us = engine_share(settings)
        if spy is not None:
            spy.wait(timeout=30)
    finally:
        if spy is not None and spy.poll() is None:
            spy.kill()
            spy.wait(timeout=10)
        stop(proc)
    topics = list(settings.output_topics)
    stamps, _ = asyncio.run(read_timestamps(broker.bootstrap, topics, n, 120))
    if len(stamps) < n:
        print(f"  gateway: only {len(stamps)} of {n} outputs", file=sys.stderr)
    dead, _ = asyncio.run(read_timestamps(broker.bootstrap, [settings.topic_deadletter], n, 5))
    if len(dead) > n // 100:
        print(f"  gateway: {len(dead)} of {n} outputs are dead letters!", file=sys.stderr)
    start, end = min(stamps), max(stamps)
    return Run(len(stamps) / (end - start), sampler.cpu_between(start, end), engine_us)


async def paced_load(
    bootstrap: str, topic: str, rate: float, seconds: float, templates: list[dict], first: int
) -> int:
    """Send ``rate * seconds`` events at ``rate`` (ids from ``first``); return how many."""
    from aiokafka import AIOKafkaProducer

    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=2)
    await producer.start()
    sent = 0
    n = int(rate * seconds)
    start = time.monotonic()
    futures = []
    try:
        cycle = itertools.cycle(templates)
        while sent < n and time.monotonic() - start < seconds * 2:
            due = int((time.monotonic() - start) * rate) + 1
            while sent < min(due, n):
                key, value = make_event(next(cycle), first + sent, time.time())
                futures.append(await producer.send(topic, value, key=key))
                sent += 1
            await asyncio.sleep(0.002)
        await asyncio.gather(*futures)
    finally:
        await producer.stop()
    return sent


@dataclass
class Latency:
    """Delays in seconds of the measured (post-warm-up) events."""

    appended: list[float]
    received: list[float]
    held_p50: float = float("nan")
    held_p99: float = float("nan")


def run_latency(
    broker: EmbeddedBroker, rate: float, seconds: float, partitions: int, templates: list[dict],
    warmup: float, raw: bool = False,
) -> Latency:
    """Replay at ``rate``: ``warmup`` seconds not counted, then ``seconds`` measured.

    With ``raw`` the plain aiokafka passthrough moves the traffic instead of a worker: the
    floor that the load generator, the broker and the reader put under every figure.
    """
    inbound = "lat-" + uuid.uuid4().hex[:8]
    settings = gateway_settings(broker, inbound, partitions)
    ensure_topics(settings)
    total = int(rate * warmup) + int(rate * seconds)
    if raw:
        dst = "rawlat-" + uuid.uuid4().hex[:8]
        ensure_topics(Settings.from_env(broker=broker.url, topic_inbound=dst,
                                        partitions=partitions))
        topics = [dst]
        proc = subprocess.Popen(  # noqa: S603
            [sys.executable, __file__, "_raw", broker.bootstrap, inbound, dst, str(total)]
        )
    else:
        topics = list(settings.output_topics)
        proc = subprocess.Popen(  # noqa: S603
            worker_cmd(ENGINE), env=worker_env(settings), cwd=ROOT
        )
    reader = None
    out_path = Path(f"/tmp/smishwall-bench-latency-{uuid.uuid4().hex[:8]}.json")
    first_measured = 10_000_000 + int(rate * warmup)
    try:
        deadline = time.monotonic() + (6 if raw else 60)
        while (raw or not assigned(settings)) and time.monotonic() < deadline \
                and proc.poll() is None:
            time.sleep(0.2)
        time.sleep(1.0)
        reader = subprocess.Popen(  # noqa: S603
            [sys.executable, __file__, "_reader", broker.bootstrap, str(total),
             str(warmup + 2 * seconds + 60), str(out_path), *topics],
        )  # fmt: skip
        time.sleep(1.0)  # the reader joins before the first event
        if warmup:
            asyncio.run(paced_load(broker.bootstrap, inbound, rate, warmup, templates, 10_000_000))
        before = {} if raw else hold_buckets(settings)
        asyncio.run(paced_load(broker.bootstrap, inbound, rate, seconds, templates, first_measured))
        reader.wait(timeout=warmup + 2 * seconds + 90)
        after = {} if raw else hold_buckets(settings)
        rows = orjson.loads(out_path.read_bytes()) if out_path.exists() else []
    finally:
        if reader is not None and reader.poll() is None:
            reader.kill()
            reader.wait(timeout=10)
        stop(proc)
        out_path.unlink(missing_ok=True)
    measured = [row for row in rows if int(row[0][1:]) >= first_measured]
    lat = Latency([row[1] for row in measured], [row[2] for row in measured])
    if after:
        lat.held_p50 = bucket_quantile(before, after, 0.5)
        lat.held_p99 = bucket_quantile(before, after, 0.99)
    return lat


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "_raw":
        return raw_child(sys.argv[2:])
    if len(sys.argv) > 1 and sys.argv[1] == "_reader":
        return reader_child(sys.argv[2:])
    if len(sys.argv) > 1 and sys.argv[1] == "_worker":
        return worker_child(sys.argv[2:])
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--latency-seconds", type=float, default=10.0)
    parser.add_argument(
        "--latency-warmup", type=float, default=5.0,
        help="seconds of traffic at the latency rate sent first and not counted (a fresh "
        "worker fills its caches and RE2's lazily built automata)",
    )  # fmt: skip
    parser.add_argument(
        "--engine", choices=("rules", "null"), default="rules",
        help="rules: the default packs; null: deliver everything (the gateway alone)",
    )  # fmt: skip
    parser.add_argument(
        "--profile", default="",
        help="record the first gateway run with py-spy into this file (flame graph SVG, or "
        "collapsed stacks for a .txt name)",
    )  # fmt: skip
    parser.add_argument(
        "--latency-rate", type=float, default=0.0,
        help="replay rate of the latency phase (default: half the gateway's median rate)",
    )  # fmt: skip
    args = parser.parse_args()
    global ENGINE
    ENGINE = args.engine

    templates = traffic_bodies()
    with EmbeddedBroker(log_path=Path("/tmp/smishwall-bench-broker.log")) as broker:
        inbound = "bench-in-" + uuid.uuid4().hex[:8]
        ensure_topics(
            Settings.from_env(broker=broker.url, topic_inbound=inbound, partitions=args.partitions)
        )
        asyncio.run(load_topic(broker.bootstrap, inbound, args.messages, templates))
        print(f"{args.messages} messages, {args.partitions} partitions, {len(templates)} templates")
        if ENGINE == "rules":
            from rules import build  # the worker subprocess decides the same way

            print(f"engine build: {build.describe()}")
        raws, gateways = [Run(1.0, 0.0)], [Run(1.0, 0.0)]
        if args.runs:
            raws, gateways = [], []
        for i in range(args.runs):
            raw = run_raw(broker, inbound, args.messages, args.partitions)
            profile = args.profile if i == 0 else ""
            gw = run_gateway(broker, inbound, args.messages, args.partitions, profile)
            raws.append(raw)
            gateways.append(gw)
            print(
                f"run {i + 1}: raw {raw.rate:8.0f} msg/s (cpu {raw.cpu:.2f})   "
                f"gateway {gw.rate:8.0f} msg/s (cpu {gw.cpu:.2f})   ratio {gw.rate / raw.rate:.2f}"
            )
            if gw.engine_us:
                print(
                    f"       worker per message: {1e6 * gw.cpu / gw.rate:.1f} us of CPU, of which "
                    f"the engine {gw.engine_us:.1f} us"
                )
        raw_med = statistics.median(r.rate for r in raws)
        gw_med = statistics.median(g.rate for g in gateways)
        ratio_med = statistics.median(g.rate / r.rate for r, g in zip(raws, gateways, strict=True))
        print(
            f"median: raw {raw_med:.0f} msg/s, gateway {gw_med:.0f} msg/s, "
            f"ratio {ratio_med:.2f}; gateway CPU {statistics.median(g.cpu for g in gateways):.2f} "
            f"cores"
        )
        rate = args.latency_rate or gw_med / 2
        print(f"latency at {rate:.0f} msg/s after a {args.latency_warmup:g} s warm-up, "
              f"{args.latency_seconds:g} s measured (ms from the event's ts):")
        for kind in KINDS:
            lat = run_latency(broker, rate, args.latency_seconds, args.partitions, templates,
                              args.latency_warmup, raw=kind == "raw")
            if not lat.appended:
                print(f"  {kind}: no outputs read")
                continue
            for label, values in (("output appended (record timestamp)", lat.appended),
                                  ("output read by a consumer", lat.received)):
                ms = [d * 1000 for d in values]
                print(f"  {kind:<8}{label:<36} p50 {pct(ms, 0.5):6.1f}  p95 {pct(ms, 0.95):6.1f}"
                      f"  p99 {pct(ms, 0.99):6.1f}  max {max(ms):6.1f}  ({len(ms)} messages)")
            if lat.held_p50 == lat.held_p50:  # not NaN: the worker's smishwall_hold_seconds
                print(f"  {kind:<8}{'held by the worker (fetch to producer)':<36} "
                      f"p50 <= {1000 * lat.held_p50:g}, p99 <= {1000 * lat.held_p99:g} "
                      f"(bucket bounds of smishwall_hold_seconds)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
