from __future__ import annotations

import platform
from collections import Counter
from dataclasses import dataclass, field

import pytest
from prometheus_client import REGISTRY, generate_latest
from prometheus_client.parser import text_string_to_metric_families

from rules import build as rules_build
from streams import metrics

EXPECTED_LABELS = {
    "smishwall_messages": {"action"},
    "smishwall_rule_hits": {"rule", "pack", "mode"},
    "smishwall_deadletter": {"reason"},
    "smishwall_screen_seconds": set(),
    "smishwall_batch_seconds": set(),
    "smishwall_batch_size": set(),
    "smishwall_end_to_end_delay_seconds": set(),
    "smishwall_hold_seconds": set(),
    "smishwall_pack_info": {"pack", "version"},
    "smishwall_pack_load_seconds": set(),
    "smishwall_pack_loaded_timestamp_seconds": set(),
    "smishwall_patterns": {"automaton"},
    "smishwall_rules_reload_failures": set(),
    "smishwall_consumer_lag": {"topic", "partition"},
    "smishwall_worker_up": set(),
    "smishwall_build_info": {"version", "python", "engine"},
    "smishwall_numbering_plan_info": {"plan"},
}


def value(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


@dataclass
class FakeEngine:
    versions: dict[str, str] = field(default_factory=dict)
    pattern_counts: dict[str, int] = field(default_factory=dict)
    load_seconds: float = 0.0
    numbering_plan: str = "CN"


def families() -> dict[str, object]:
    text = generate_latest(REGISTRY).decode()
    return {f.name: f for f in text_string_to_metric_families(text)}


def test_exposition_declares_every_metric_with_its_label_set() -> None:
    metrics.set_lag("sms.inbound", 0, 3)
    metrics.set_pack(FakeEngine({"core": "1.0.0"}, {"keywords": 10}, 0.5))
    metrics.init_rules([("URL_SHORTENER", "core", "enforce")])
    metrics.record_reload_failure()
    found = families()
    for name, labels in EXPECTED_LABELS.items():
        assert name in found, name
        family = found[name]
        for sample in family.samples:  # type: ignore[attr-defined]
            assert set(sample.labels) - {"le"} == labels, (name, sample)


def test_metric_names_follow_prometheus_conventions() -> None:
    text = generate_latest(REGISTRY).decode()
    types = {}
    for line in text.splitlines():
        if line.startswith("# TYPE smishwall_"):
            _, _, name, kind = line.split()
            types[name] = kind
    assert types
    for name, kind in types.items():
        assert name.startswith("smishwall_")
        if kind == "counter":
            assert name.endswith("_total")
        if name.endswith("_seconds") and kind == "histogram":
            assert f"{name}_bucket" in text


def test_buckets_cover_the_requested_ranges() -> None:
    assert metrics.SCREEN_BUCKETS[0] == 5e-6 and metrics.SCREEN_BUCKETS[-1] == 1e-2
    assert metrics.DELAY_BUCKETS[0] == 1e-3 and metrics.DELAY_BUCKETS[-1] == 60.0
    for buckets in (
        metrics.SCREEN_BUCKETS,
        metrics.BATCH_BUCKETS,
        metrics.BATCH_SIZE_BUCKETS,
        metrics.DELAY_BUCKETS,
    ):
        assert list(buckets) == sorted(set(buckets))


def test_actions_and_reasons_exist_at_zero_before_any_traffic() -> None:
    text = generate_latest(REGISTRY).decode()
    for action in metrics.ACTIONS:
        assert f'smishwall_messages_total{{action="{action}"}}' in text
    for reason in metrics.REASONS:
        assert f'smishwall_deadletter_total{{reason="{reason}"}}' in text


def test_record_batch_increments_once_per_label_value() -> None:
    before = {a: value("smishwall_messages_total", action=a) for a in metrics.ACTIONS}
    hit = {"rule": "BANK_OTP_LURE", "pack": "core", "mode": "enforce"}
    shadow = {"rule": "NEW_LURE", "pack": "core", "mode": "shadow"}
    hits_before = value("smishwall_rule_hits_total", **hit)
    shadow_before = value("smishwall_rule_hits_total", **shadow)
    screen_count = value("smishwall_screen_seconds_count")
    screen_sum = value("smishwall_screen_seconds_sum")
    delay_count = value("smishwall_end_to_end_delay_seconds_count")
    delay_sum = value("smishwall_end_to_end_delay_seconds_sum")
    batches = value("smishwall_batch_seconds_count")
    size_sum = value("smishwall_batch_size_sum")

    metrics.record_batch(
        Counter({"deliver": 7, "quarantine": 2, "block": 1, "tag": 0}),
        Counter({("BANK_OTP_LURE", "core", "enforce"): 3, ("NEW_LURE", "core", "shadow"): 2}),
        screen_seconds=[1e-5] * 10,
        delays=[0.5, 1.5, -2.0],
        batch_seconds=0.02,
    )

    assert value("smishwall_messages_total", action="deliver") - before["deliver"] == 7
    assert value("smishwall_messages_total", action="quarantine") - before["quarantine"] == 2
    assert value("smishwall_messages_total", action="block") - before["block"] == 1
    assert value("smishwall_messages_total", action="tag") - before["tag"] == 0
    assert value("smishwall_rule_hits_total", **hit) - hits_before == 3
    assert value("smishwall_rule_hits_total", **shadow) - shadow_before == 2
    assert value("smishwall_screen_seconds_count") - screen_count == 10
    assert value("smishwall_screen_seconds_sum") - screen_sum == pytest.approx(1e-4)
    assert value("smishwall_end_to_end_delay_seconds_count") - delay_count == 3
    assert value("smishwall_end_to_end_delay_seconds_sum") - delay_sum == pytest.approx(2.0)
    assert value("smishwall_batch_seconds_count") - batches == 1
    assert value("smishwall_batch_size_sum") - size_sum == 10


def test_record_batch_takes_an_explicit_batch_size() -> None:
    size_sum = value("smishwall_batch_size_sum")
    metrics.record_batch(Counter({"deliver": 3}), Counter(), [], [], 0.001, batch_size=5)
    assert value("smishwall_batch_size_sum") - size_sum == 5


def test_record_batch_rejects_unknown_action_and_mode() -> None:
    with pytest.raises(ValueError, match="action"):
        metrics.record_batch(Counter({"drop": 1}), Counter(), [], [], 0.0)
    with pytest.raises(ValueError, match="mode"):
        metrics.record_batch(Counter(), Counter({("R", "p", "audit"): 1}), [], [], 0.0)


def test_record_deadletter_maps_unknown_reasons_to_other() -> None:
    json_before = value("smishwall_deadletter_total", reason="invalid-json")
    other_before = value("smishwall_deadletter_total", reason="other")
    metrics.record_deadletter("invalid-json")
    metrics.record_deadletter("invalid-json", n=4)
    metrics.record_deadletter("+447700900123 said hello")
    assert value("smishwall_deadletter_total", reason="invalid-json") - json_before == 5
    assert value("smishwall_deadletter_total", reason="other") - other_before == 1
    assert "+447700900123" not in generate_latest(REGISTRY).decode()


def test_set_pack_replaces_versions_and_automata() -> None:
    metrics.set_pack(
        FakeEngine({"core": "1.0.0", "local": "3"}, {"keywords": 100, "urls": 20}, 0.25),
        loaded_at=1_700_000_000.0,
    )
    assert value("smishwall_pack_info", pack="core", version="1.0.0") == 1
    assert value("smishwall_pack_info", pack="local", version="3") == 1
    assert value("smishwall_patterns", automaton="urls") == 20
    assert value("smishwall_pack_load_seconds") == 0.25
    assert value("smishwall_pack_loaded_timestamp_seconds") == 1_700_000_000.0

    assert value("smishwall_numbering_plan_info", plan="CN") == 1

    metrics.set_pack(FakeEngine({"core": "1.1.0"}, {"keywords": 120}, 0.3, "HK, by recipient"))
    assert REGISTRY.get_sample_value("smishwall_numbering_plan_info", {"plan": "CN"}) is None
    assert value("smishwall_numbering_plan_info", plan="HK, by recipient") == 1
    assert (
        REGISTRY.get_sample_value("smishwall_pack_info", {"pack": "core", "version": "1.0.0"})
        is None
    )
    assert (
        REGISTRY.get_sample_value("smishwall_pack_info", {"pack": "local", "version": "3"}) is None
    )
    assert value("smishwall_pack_info", pack="core", version="1.1.0") == 1
    assert REGISTRY.get_sample_value("smishwall_patterns", {"automaton": "urls"}) is None
    assert value("smishwall_patterns", automaton="keywords") == 120
    assert value("smishwall_pack_loaded_timestamp_seconds") > 1_700_000_000.0


def test_reload_failures_count_up() -> None:
    before = value("smishwall_rules_reload_failures_total")
    metrics.record_reload_failure()
    assert value("smishwall_rules_reload_failures_total") - before == 1


def test_set_lag_and_forget_lag() -> None:
    metrics.set_lag("sms.inbound", 3, 42)
    assert value("smishwall_consumer_lag", topic="sms.inbound", partition="3") == 42
    metrics.set_lag("sms.inbound", 3, -1)
    assert value("smishwall_consumer_lag", topic="sms.inbound", partition="3") == 0
    metrics.forget_lag("sms.inbound", 3)
    metrics.forget_lag("sms.inbound", 3)
    assert (
        REGISTRY.get_sample_value(
            "smishwall_consumer_lag", {"topic": "sms.inbound", "partition": "3"}
        )
        is None
    )


def test_worker_up_and_build_info() -> None:
    metrics.set_worker_up(True)
    assert value("smishwall_worker_up") == 1
    metrics.set_worker_up(False)
    assert value("smishwall_worker_up") == 0
    metrics.set_build_info(version="9.9.9", python="3.11.0", engine="python")
    assert value("smishwall_build_info", version="9.9.9", python="3.11.0", engine="python") == 1
    metrics.set_build_info()
    assert (
        REGISTRY.get_sample_value("smishwall_build_info",
                                  {"version": "9.9.9", "python": "3.11.0", "engine": "python"})
        is None
    )
    assert value("smishwall_build_info", version=metrics._version(),
                 python=platform.python_version(), engine=rules_build.KIND) == 1


def test_exposition_returns_text_format() -> None:
    body, content_type = metrics.exposition()
    assert content_type.startswith("text/plain")
    assert b"smishwall_messages_total" in body


def test_set_partition_lags_drops_partitions_no_longer_assigned() -> None:
    metrics.set_partition_lags({("sms.inbound", 0): 5, ("sms.inbound", 1): 7})
    assert value("smishwall_consumer_lag", topic="sms.inbound", partition="1") == 7
    metrics.set_partition_lags({("sms.inbound", 0): 2})
    assert value("smishwall_consumer_lag", topic="sms.inbound", partition="0") == 2
    assert (
        REGISTRY.get_sample_value(
            "smishwall_consumer_lag", {"topic": "sms.inbound", "partition": "1"}
        )
        is None
    )
    metrics.set_partition_lags({})


def test_observe_many_matches_one_observe_per_value():
    from prometheus_client import CollectorRegistry, Histogram

    registry = CollectorRegistry()
    buckets = (0.001, 0.01, 0.1, 1.0)
    one = Histogram("one_seconds", "per value", buckets=buckets, registry=registry)
    many = Histogram("many_seconds", "bulk", buckets=buckets, registry=registry)
    values = [0.0, 0.0005, 0.001, 0.0011, 0.05, 0.1, 0.5, 2.0, 30.0, 0.01]
    for v in values:
        one.observe(v)
    metrics.observe_many(many, values)
    metrics.observe_many(many, [])

    def samples(name):
        return {(s.name.replace(name, ""), s.labels.get("le")): s.value
                for fam in registry.collect() if fam.name == name for s in fam.samples
                if not s.name.endswith("_created")}

    assert samples("one_seconds") == samples("many_seconds")
    assert samples("many_seconds")[("_count", None)] == len(values)


def test_record_hold_counts_a_chunk_in_one_bucket() -> None:
    count = value("smishwall_hold_seconds_count")
    total = value("smishwall_hold_seconds_sum")
    in_5ms = value("smishwall_hold_seconds_bucket", le="0.005")
    in_2_5ms = value("smishwall_hold_seconds_bucket", le="0.0025")
    metrics.record_hold(0.004, 256)
    metrics.record_hold(-0.001, 3)  # clock steps count as zero, never a negative sum
    metrics.record_hold(0.5, 0)  # an empty chunk observes nothing
    assert value("smishwall_hold_seconds_count") - count == 259
    assert value("smishwall_hold_seconds_sum") - total == pytest.approx(0.004 * 256)
    assert value("smishwall_hold_seconds_bucket", le="0.005") - in_5ms == 259
    assert value("smishwall_hold_seconds_bucket", le="0.0025") - in_2_5ms == 3


def test_handled_total_counts_screened_and_deadlettered_messages() -> None:
    def exposed() -> float:
        fams = families()
        return sum(
            s.value
            for name in ("smishwall_messages", "smishwall_deadletter")
            for s in fams[name].samples  # type: ignore[attr-defined]
            if s.name.endswith("_total")
        )

    before = metrics.handled_total()
    assert before == exposed()
    metrics.record_batch(Counter({"deliver": 4, "block": 2}), Counter(), [], [], 0.001)
    metrics.record_deadletter("empty-body", n=3)
    assert metrics.handled_total() - before == 9
    assert metrics.handled_total() == exposed()
