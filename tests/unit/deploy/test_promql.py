from __future__ import annotations

import pytest

from tests.unit.deploy.promql import exported_names, metric_names


@pytest.mark.parametrize(
    ("expr", "names"),
    [
        ('sum by (action) (rate(smishwall_messages_total{action=~"a|b"}[5m]))',
         {"smishwall_messages_total"}),
        ("histogram_quantile(0.99, sum by (le) (rate(x_bucket[$__rate_interval]))) > 1e-3",
         {"x_bucket"}),
        ('up{job="smishwall"} == 0 or smishwall_worker_up == 0', {"up", "smishwall_worker_up"}),
        ("sum(up * on(instance) group_left smishwall_worker_up)", {"up", "smishwall_worker_up"}),
        ("a > 3 * sum(rate(a[1h] offset 5m)) and b", {"a", "b"}),
        ("time() - ts_seconds", {"ts_seconds"}),
        ('topk(15, sum(increase(r_total{instance=~"$instance"}[$__range])))', {"r_total"}),
        ("absent(up == 1)", {"up"}),
    ],
)  # fmt: skip
def test_metric_names_finds_selected_series_only(expr: str, names: set[str]) -> None:
    assert metric_names(expr) == names


def test_exported_names_cover_the_metric_types() -> None:
    names = exported_names()
    assert "smishwall_messages_total" in names
    assert "smishwall_screen_seconds_bucket" in names
    assert "smishwall_pack_info" in names
    assert "smishwall_consumer_lag" in names
