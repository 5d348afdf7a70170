"""Rules hot reload (the running packs stay in force on a bad pack set) and consumer lag."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from prometheus_client import REGISTRY

import rules
from streams.upkeep import EngineHolder, partition_lags, rules_fingerprint

FAILURES = "smishwall_rules_reload_failures_total"


def failures() -> float:
    return REGISTRY.get_sample_value(FAILURES) or 0.0


def holder_for(local):
    engine = rules.load(local_dir=local)
    return EngineHolder(engine, lambda: rules.load(local_dir=local), (local,))


def test_reload_swaps_in_a_good_pack_set(tmp_path):
    local = tmp_path / "local"
    local.mkdir()
    holder = holder_for(local)
    before = holder()
    assert "LINK_RISKY_TLD" in {r.id for r in before.rules}
    (local / "overrides.yaml").write_text("disable: [LINK_RISKY_TLD]\n", encoding="utf-8")
    assert holder.changed()
    assert holder.reload() is True
    assert holder() is not before
    assert "LINK_RISKY_TLD" not in {r.id for r in holder().rules}
    assert not holder.changed()
    info = REGISTRY.get_sample_value("smishwall_pack_info",
                                     {"pack": "links", "version": holder().versions["links"]})
    assert info == 1.0


def test_bad_pack_set_is_rejected_and_the_running_one_stays(tmp_path, caplog):
    local = tmp_path / "local"
    local.mkdir()
    holder = holder_for(local)
    before = holder()
    failed = failures()
    (local / "overrides.yaml").write_text("scores: {NO_SUCH_RULE: 1}\n", encoding="utf-8")
    with caplog.at_level(logging.ERROR, logger="streams.upkeep"):
        assert holder.reload() is False
    assert holder() is before
    assert failures() == failed + 1
    assert f"{local / 'overrides.yaml'}:0: scores: unknown rule id NO_SUCH_RULE" in caplog.text
    # The same broken file is not retried until it changes again.
    assert not holder.changed()


def test_fingerprint_sees_added_changed_and_removed_files(tmp_path):
    (tmp_path / "lists").mkdir()
    first = rules_fingerprint(tmp_path)
    (tmp_path / "lists" / "extra.txt").write_text("a\n", encoding="utf-8")
    second = rules_fingerprint(tmp_path)
    assert second != first
    path = tmp_path / "lists" / "extra.txt"
    path.write_text("ab\n", encoding="utf-8")
    os.utime(path, ns=(1, 1))
    assert rules_fingerprint(tmp_path) != second
    path.unlink()
    assert rules_fingerprint(tmp_path) == first
    assert rules_fingerprint(None, tmp_path / "missing") == ()


@dataclass(frozen=True)
class TP:
    topic: str
    partition: int


class FakeConsumer:
    """Stands in for Faust's consumer in a unit test of the lag arithmetic."""

    def __init__(self):
        self._committed_offset = {TP("sms.inbound", 0): 40, TP("sms.inbound", 1): None}
        self._start_offset = {TP("sms.inbound", 1): 5}
        self._high = {TP("sms.inbound", 0): 100, TP("sms.inbound", 1): 5,
                      TP("sms.inbound", 2): 7}

    def assignment(self):
        return set(self._high) | {TP("sms.inbound", 3)}

    def highwater(self, tp):
        if tp not in self._high:
            raise KeyError(tp)
        return self._high[tp]


def test_partition_lag_is_highwater_minus_committed_position():
    lags = partition_lags(FakeConsumer())
    assert lags == {("sms.inbound", 0): 60, ("sms.inbound", 1): 0}
