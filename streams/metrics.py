"""Prometheus metrics of a smishwall worker, declared once at module level.

Every metric lives in the default :mod:`prometheus_client` registry, is prefixed ``smishwall_``
and follows Prometheus naming: counters end in ``_total``, durations are ``_seconds`` in base
units. Labels take values only from small fixed sets (action, rule id, pack, mode, dead-letter
reason, topic, partition, automaton); a phone number or message text is never a label value.

The hot path calls :func:`record_batch` once per batch. It does one increment per distinct label
value and reuses the labelled children it has already resolved, so a batch of a thousand messages
costs a handful of counter increments plus the histogram observations.

Helpers:

- :func:`record_batch` -- actions, rule hits, per-message screening time, end-to-end delays and
  the batch duration and size.
- :func:`record_hold` -- how long the messages of a chunk were held by the worker.
- :func:`record_deadletter` -- a dead-lettered message with a reason from :data:`REASONS`.
- :func:`handled_total` -- messages screened or dead-lettered so far (for ``/healthz``).
- :func:`set_pack` -- pack versions, pattern counts and load time after a (re)load.
- :func:`record_reload_failure` -- a failed rules reload (the old packs stay active).
- :func:`set_lag` and :func:`set_partition_lags` -- consumer lag of one partition, or of the
  whole assignment (dropping partitions that moved away after a rebalance).
- :func:`set_worker_up` and :func:`set_build_info` -- liveness and build labels.
- :func:`exposition` -- the text exposition format for a ``/metrics`` view.
"""

from __future__ import annotations

import math
import platform
import threading
from bisect import bisect_left
from collections import Counter as CounterType
from collections.abc import Iterable, Mapping, Sequence
from importlib import metadata
from typing import Any, Protocol

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

from rules import build as rules_build

ACTIONS: tuple[str, ...] = ("deliver", "tag", "quarantine", "block")
"""Verdict actions, the values of the ``action`` label."""

MODES: tuple[str, ...] = ("enforce", "shadow")
"""Rule modes, the values of the ``mode`` label: shadow hits are counted but do not decide."""

REASONS: tuple[str, ...] = (
    "invalid-json",
    "invalid-encoding",
    "missing-field",
    "wrong-type",
    "empty-body",
    "oversized-body",
    "invalid-timestamp",
    "screen-error",
    "other",
)
"""Dead-letter reasons, the values of the ``reason`` label. Unknown reasons count as ``other``."""

SCREEN_BUCKETS: tuple[float, ...] = (
    5e-6, 1e-5, 2.5e-5, 5e-5, 1e-4, 2.5e-4, 5e-4, 1e-3, 2.5e-3, 5e-3, 1e-2,
)  # fmt: skip
"""Buckets of the per-message screening time: 5 µs to 10 ms."""

BATCH_BUCKETS: tuple[float, ...] = (
    1e-4, 2.5e-4, 5e-4, 1e-3, 2.5e-3, 5e-3, 1e-2, 2.5e-2, 5e-2, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
)  # fmt: skip
"""Buckets of the per-batch processing time: 100 µs to 5 s."""

BATCH_SIZE_BUCKETS: tuple[float, ...] = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000)
"""Buckets of the number of messages per batch."""

DELAY_BUCKETS: tuple[float, ...] = (
    1e-3, 2.5e-3, 5e-3, 1e-2, 2.5e-2, 5e-2, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0,
)  # fmt: skip
"""Buckets of the end-to-end delay from the event's ``ts`` to its verdict: 1 ms to 60 s."""

HOLD_BUCKETS: tuple[float, ...] = (
    5e-4, 1e-3, 2.5e-3, 5e-3, 1e-2, 2.5e-2, 5e-2, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0,
)  # fmt: skip
"""Buckets of the time a worker holds a message: 0.5 ms to 5 s."""

MESSAGES = Counter(
    "smishwall_messages_total",
    "Messages screened, by the action of their verdict.",
    ["action"],
)
RULE_HITS = Counter(
    "smishwall_rule_hits_total",
    "Rule hits by rule id, pack and mode (enforce, or shadow for rules that do not decide).",
    ["rule", "pack", "mode"],
)
DEADLETTER = Counter(
    "smishwall_deadletter_total",
    "Messages sent to the dead-letter topic, by reason.",
    ["reason"],
)
SCREEN_SECONDS = Histogram(
    "smishwall_screen_seconds",
    "Rules engine time per message.",
    buckets=SCREEN_BUCKETS,
)
BATCH_SECONDS = Histogram(
    "smishwall_batch_seconds",
    "Processing time per batch: decode, screen and route.",
    buckets=BATCH_BUCKETS,
)
BATCH_SIZE = Histogram(
    "smishwall_batch_size",
    "Messages per batch.",
    buckets=BATCH_SIZE_BUCKETS,
)
END_TO_END_DELAY = Histogram(
    "smishwall_end_to_end_delay_seconds",
    "Delay from the event's ts to its verdict.",
    buckets=DELAY_BUCKETS,
)
HOLD_SECONDS = Histogram(
    "smishwall_hold_seconds",
    "Time a message spends in the worker: from the fetch that brought it to its output being "
    "handed to the producer (the gateway's own share of the end-to-end delay).",
    buckets=HOLD_BUCKETS,
)
PACK_INFO = Gauge(
    "smishwall_pack_info",
    "Loaded rule packs; always 1, the labels carry pack and version.",
    ["pack", "version"],
)
NUMBERING_PLAN_INFO = Gauge(
    "smishwall_numbering_plan_info",
    "Numbering plan the loaded rules classify senders by; always 1, the label carries the plan "
    "(CN, or 'CN, by recipient' when each recipient's own market's plan is used).",
    ["plan"],
)
PACK_LOAD_SECONDS = Gauge(
    "smishwall_pack_load_seconds",
    "Time the last successful rules load took.",
)
PACK_LOADED_TIMESTAMP = Gauge(
    "smishwall_pack_loaded_timestamp_seconds",
    "Unix time of the last successful rules load.",
)
PATTERNS = Gauge(
    "smishwall_patterns",
    "Patterns compiled into each automaton of the loaded rules.",
    ["automaton"],
)
RELOAD_FAILURES = Counter(
    "smishwall_rules_reload_failures_total",
    "Rules reloads that failed; the packs loaded before stay active.",
)
CONSUMER_LAG = Gauge(
    "smishwall_consumer_lag",
    "Messages between the committed offset and the end of the partition.",
    ["topic", "partition"],
)
WORKER_UP = Gauge(
    "smishwall_worker_up",
    "1 while the worker is running and consuming, 0 while it starts or stops.",
)
BUILD_INFO = Gauge(
    "smishwall_build_info",
    "Build of the worker; always 1, the labels carry smishwall and Python versions and which "
    "build of the engine runs (compiled, or python: its sources, slower).",
    ["version", "python", "engine"],
)


class LoadedEngine(Protocol):
    """What :func:`set_pack` reads from a loaded rules engine."""

    @property
    def versions(self) -> Mapping[str, str]:
        """Version of each loaded pack, by pack name."""

    @property
    def pattern_counts(self) -> Mapping[str, int]:
        """Number of patterns per automaton, by automaton name."""

    @property
    def load_seconds(self) -> float:
        """Seconds the load took."""

    @property
    def numbering_plan(self) -> str:
        """The numbering plan in force (``CN``, ``CN, by recipient``)."""


_lock = threading.Lock()
_action_children = {action: MESSAGES.labels(action=action) for action in ACTIONS}
_reason_children = {reason: DEADLETTER.labels(reason=reason) for reason in REASONS}
_rule_children: dict[tuple[str, str, str], Counter] = {}
_pack_versions: dict[str, str] = {}
_plans: set[str] = set()
_automata: set[str] = set()
_lag_partitions: set[tuple[str, str]] = set()


def _rule_child(key: tuple[str, str, str]) -> Counter:
    child = _rule_children.get(key)
    if child is None:
        rule, pack, mode = key
        if mode not in MODES:
            raise ValueError(f"unknown rule mode {mode!r}; expected one of {MODES}")
        child = RULE_HITS.labels(rule=rule, pack=pack, mode=mode)
        _rule_children[key] = child
    return child


def init_rules(rules: Iterable[tuple[str, str, str]]) -> None:
    """Create the rule-hit series at zero so rates exist before a rule first hits.

    Args:
        rules: ``(rule id, pack, mode)`` for every loaded rule.

    Raises:
        ValueError: If a mode is not one of :data:`MODES`.
    """
    for key in rules:
        _rule_child(key)


def _bucket_parts(histogram: Histogram) -> tuple[Any, Any, Any] | None:
    """Return an unlabelled histogram's bucket bounds, bucket values and sum, or None.

    ``prometheus_client`` keeps them on the instance; another release may not (then callers
    fall back to ``observe``).
    """
    bounds = getattr(histogram, "_upper_bounds", None)
    buckets = getattr(histogram, "_buckets", None)
    total = getattr(histogram, "_sum", None)
    if bounds is None or buckets is None or total is None or len(bounds) != len(buckets):
        return None
    return bounds, buckets, total


def observe_many(histogram: Histogram, values: Sequence[float]) -> None:
    """Observe many values in a histogram with one update per bucket instead of one per value.

    Equivalent to ``histogram.observe(v)`` for each value (same buckets, same sum). It reads
    the histogram's bucket bounds and values, which ``prometheus_client`` keeps on the
    instance; if they are missing (another release), it falls back to ``observe``.

    Args:
        histogram: An unlabelled histogram.
        values: The observations.
    """
    if not values:
        return
    parts = _bucket_parts(histogram)
    if parts is None:
        for value in values:
            histogram.observe(value)
        return
    bounds, buckets, total = parts
    counts: dict[int, int] = {}
    for value in values:
        index = bisect_left(bounds, value)
        counts[index] = counts.get(index, 0) + 1
    for index, count in counts.items():
        buckets[index].inc(count)
    total.inc(math.fsum(values))


def record_batch(
    actions: CounterType[str],
    rule_hits: CounterType[tuple[str, str, str]],
    screen_seconds: Sequence[float],
    delays: Sequence[float],
    batch_seconds: float,
    batch_size: int | None = None,
) -> None:
    """Record one screened batch.

    Args:
        actions: Number of messages per verdict action.
        rule_hits: Number of hits per ``(rule id, pack, mode)``.
        screen_seconds: Engine time of each screened message.
        delays: End-to-end delay of each message with a valid ``ts``; negative delays from clock
            skew count as zero.
        batch_seconds: Processing time of the whole batch.
        batch_size: Messages in the batch, dead letters included; defaults to the sum of
            ``actions``.

    Raises:
        ValueError: If an action is not one of :data:`ACTIONS` or a mode not one of :data:`MODES`.
    """
    for action, count in actions.items():
        if count:
            child = _action_children.get(action)
            if child is None:
                raise ValueError(f"unknown action {action!r}; expected one of {ACTIONS}")
            child.inc(count)
    for key, count in rule_hits.items():
        if count:
            _rule_child(key).inc(count)
    observe_many(SCREEN_SECONDS, screen_seconds)
    observe_many(END_TO_END_DELAY, [delay if delay > 0.0 else 0.0 for delay in delays])
    BATCH_SECONDS.observe(batch_seconds)
    BATCH_SIZE.observe(sum(actions.values()) if batch_size is None else batch_size)


def record_hold(seconds: float, n: int) -> None:
    """Observe that ``n`` messages were held ``seconds`` each, with one bucket update.

    Args:
        seconds: Time from the fetch to the hand-off to the producer.
        n: Number of messages that waited that long (a chunk handed over together).
    """
    if n <= 0:
        return
    seconds = max(seconds, 0.0)
    parts = _bucket_parts(HOLD_SECONDS)
    if parts is None:
        for _ in range(n):
            HOLD_SECONDS.observe(seconds)
        return
    bounds, buckets, total = parts
    buckets[bisect_left(bounds, seconds)].inc(n)
    total.inc(seconds * n)


def handled_total() -> int:
    """Return the messages this worker has screened or dead-lettered since it started.

    A sum of a dozen counter values: cheap enough for a health check polled often, where a
    full exposition (every rule's series) costs milliseconds of the event loop.
    """
    total = sum(child._value.get() for child in _action_children.values())
    total += sum(child._value.get() for child in _reason_children.values())
    return int(total)


def record_deadletter(reason: str, n: int = 1) -> None:
    """Count ``n`` messages sent to the dead-letter topic.

    Args:
        reason: One of :data:`REASONS`; anything else counts as ``other`` so that no free text
            ever becomes a label value.
        n: Number of messages.
    """
    _reason_children.get(reason, _reason_children["other"]).inc(n)


def set_pack(engine: LoadedEngine, loaded_at: float | None = None) -> None:
    """Publish the packs, pattern counts, numbering plan and load time of a loaded engine.

    Series of packs, automata and plans that are no longer loaded are removed, so
    ``smishwall_pack_info`` shows exactly one version per loaded pack and
    ``smishwall_numbering_plan_info`` one plan.

    Args:
        engine: The loaded engine.
        loaded_at: Unix time of the load; defaults to now.
    """
    with _lock:
        versions = dict(engine.versions)
        for pack, version in list(_pack_versions.items()):
            if versions.get(pack) != version:
                PACK_INFO.remove(pack, version)
                del _pack_versions[pack]
        for pack, version in versions.items():
            PACK_INFO.labels(pack=pack, version=version).set(1)
            _pack_versions[pack] = version
        counts = dict(engine.pattern_counts)
        for automaton in _automata - counts.keys():
            PATTERNS.remove(automaton)
        for automaton, count in counts.items():
            PATTERNS.labels(automaton=automaton).set(count)
        _automata.clear()
        _automata.update(counts)
        for plan in _plans - {engine.numbering_plan}:
            NUMBERING_PLAN_INFO.remove(plan)
        NUMBERING_PLAN_INFO.labels(plan=engine.numbering_plan).set(1)
        _plans.clear()
        _plans.add(engine.numbering_plan)
        PACK_LOAD_SECONDS.set(engine.load_seconds)
        if loaded_at is None:
            PACK_LOADED_TIMESTAMP.set_to_current_time()
        else:
            PACK_LOADED_TIMESTAMP.set(loaded_at)


def record_reload_failure() -> None:
    """Count a failed rules reload."""
    RELOAD_FAILURES.inc()


def set_lag(topic: str, partition: int, lag: int) -> None:
    """Set the consumer lag of one partition.

    Args:
        topic: Topic name (a configured topic, never derived from message content).
        partition: Partition number.
        lag: Messages between the committed offset and the end of the partition.
    """
    CONSUMER_LAG.labels(topic=topic, partition=str(partition)).set(max(lag, 0))


def set_partition_lags(lags: Mapping[tuple[str, int], int]) -> None:
    """Set the lag of every partition this worker owns and drop the series of the others.

    Call it periodically with the current assignment, so that partitions that moved to another
    worker after a rebalance stop being reported here.

    Args:
        lags: Lag per ``(topic, partition)`` currently assigned to this worker.
    """
    with _lock:
        current = {(topic, str(partition)) for topic, partition in lags}
        for topic, gone in _lag_partitions - current:
            forget_lag(topic, int(gone))
        for (topic, partition), lag in lags.items():
            set_lag(topic, partition, lag)
        _lag_partitions.clear()
        _lag_partitions.update(current)


def forget_lag(topic: str, partition: int) -> None:
    """Drop the lag series of a partition this worker no longer owns (after a rebalance).

    Args:
        topic: Topic name.
        partition: Partition number.
    """
    try:
        CONSUMER_LAG.remove(topic, str(partition))
    except KeyError:
        pass


def set_worker_up(up: bool) -> None:
    """Set ``smishwall_worker_up`` to 1 or 0.

    Args:
        up: Whether the worker is running and consuming.
    """
    WORKER_UP.set(1 if up else 0)


def _version() -> str:
    try:
        return metadata.version("smishwall")
    except metadata.PackageNotFoundError:
        return "unknown"


def set_build_info(version: str | None = None, python: str | None = None,
                   engine: str | None = None) -> None:
    """Set ``smishwall_build_info`` (done at import; call again only to override the labels).

    Args:
        version: smishwall version; defaults to the installed distribution's.
        python: Python version; defaults to the running interpreter's.
        engine: ``compiled`` or ``python``; defaults to the build in use (:mod:`rules.build`).
    """
    BUILD_INFO.clear()
    BUILD_INFO.labels(
        version=version or _version(), python=python or platform.python_version(),
        engine=engine or rules_build.KIND,
    ).set(1)


def exposition() -> tuple[bytes, str]:
    """Render the default registry for a ``/metrics`` response.

    Returns:
        The body in the Prometheus text format and its content type.
    """
    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST


set_build_info()
WORKER_UP.set(0)
