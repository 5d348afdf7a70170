"""Hot reload of the rule packs in a running worker, and the consumer-lag metric."""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import urllib.request

from tests.integration.helpers import produce, read_outputs, wait_for

PACK = """\
pack: {{name: local-test, version: "{version}", description: operator pack}}
rules:
  - id: LOCAL_PROMO_WORD
    title: operator keyword
    description: a word the operator wants held
    group: link
    score: {score}
    status: stable
    tags: []
    match: {{keywords: [zzqx promo]}}
    examples: {{hit: ["zzqx promo now"], miss: ["promo now"]}}
"""


def metrics_text(settings) -> str:
    url = f"http://127.0.0.1:{settings.web_port}/metrics"
    try:
        with urllib.request.urlopen(url, timeout=2) as resp:  # noqa: S310 - 127.0.0.1
            return resp.read().decode()
    except OSError:
        return ""


def sample(settings, name: str, **labels: str) -> float | None:
    wanted = ",".join(f'{k}="{v}"' for k, v in sorted(labels.items()))
    for line in metrics_text(settings).splitlines():
        if line.startswith("#"):
            continue
        key, _, value = line.rpartition(" ")
        if key == (f"{name}{{{wanted}}}" if labels else name):
            return float(value)
    return None


def event(i: int) -> tuple[bytes, bytes]:
    body = {"id": f"r-{i}", "sender": "13812345678", "recipient": "13900000001",
            "body": "zzqx promo now", "ts": 1}
    return b"13900000001", json.dumps(body).encode()


def test_reloads_packs_on_sighup_and_keeps_them_when_the_new_set_is_bad(
        gateway_settings, workers, tmp_path):
    local = tmp_path / "rules"
    local.mkdir()
    (local / "local-test.yaml").write_text(PACK.format(version="1", score=7), encoding="utf-8")
    settings = dataclasses.replace(gateway_settings, rules_dir=str(local),
                                   rules_reload_seconds=0.0, lag_seconds=1.0)
    proc = workers.start(settings)

    produce(settings, [event(0)])
    first = read_outputs(settings, 1, timeout=30)
    assert [e["id"] for e in first[settings.topic_quarantine]] == ["r-0"]

    # A broken pack set: rejected, counted, the running packs stay in force.
    (local / "local-test.yaml").write_text(PACK.format(version="2", score="high"),
                                           encoding="utf-8")
    os.kill(proc.pid, signal.SIGHUP)
    assert wait_for(lambda: sample(settings, "smishwall_rules_reload_failures_total") == 1.0,
                    timeout=20)
    assert sample(settings, "smishwall_pack_info", pack="local-test", version="1") == 1.0
    produce(settings, [event(1)])
    second = read_outputs(settings, 2, timeout=30)
    assert {e["id"] for e in second[settings.topic_quarantine]} == {"r-0", "r-1"}

    # A good one: swapped in between two batches; the verdicts follow it.
    (local / "local-test.yaml").write_text(PACK.format(version="3", score=1), encoding="utf-8")
    os.kill(proc.pid, signal.SIGHUP)
    assert wait_for(
        lambda: sample(settings, "smishwall_pack_info", pack="local-test", version="3") == 1.0,
        timeout=20)
    assert sample(settings, "smishwall_pack_info", pack="local-test", version="1") is None
    produce(settings, [event(2)])
    third = read_outputs(settings, 3, timeout=30)
    assert [e["id"] for e in third[settings.topic_deliver]] == ["r-2"]
    assert proc.poll() is None

    # Everything consumed: the lag of every owned partition comes back to zero.
    def lag_reported() -> bool:
        lines = [line for line in metrics_text(settings).splitlines()
                 if line.startswith("smishwall_consumer_lag{")]
        return bool(lines) and all(line.endswith(" 0.0") for line in lines)

    assert wait_for(lag_reported, timeout=20)


def test_reloads_when_a_rules_file_changes(gateway_settings, workers, tmp_path):
    local = tmp_path / "rules"
    local.mkdir()
    (local / "local-test.yaml").write_text(PACK.format(version="1", score=7), encoding="utf-8")
    settings = dataclasses.replace(gateway_settings, rules_dir=str(local),
                                   rules_reload_seconds=1.0)
    workers.start(settings)
    assert sample(settings, "smishwall_pack_info", pack="local-test", version="1") == 1.0
    (local / "local-test.yaml").write_text(PACK.format(version="2", score=7), encoding="utf-8")
    assert wait_for(
        lambda: sample(settings, "smishwall_pack_info", pack="local-test", version="2") == 1.0,
        timeout=20)
