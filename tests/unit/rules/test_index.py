"""The rule index: which part of a rule it waits on, and that waiting never misses a verdict."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest

import rules
from rules import conditions as c
from rules.frequency import literal_share
from tests.engines import shipped

ROOT = Path(__file__).resolve().parents[3]


def test_all_waits_on_its_rarest_child() -> None:
    # Feature 1 is common (a sender class), 2 and 3 are rare keyword sets.
    weights = {1: 0.3, 2: 0.001, 3: 0.002, 4: 0.5}.__getitem__
    rule = c.All([c.Feature(1), c.AnyOf([c.Feature(2), c.Feature(3)])])
    assert rule.trigger() == frozenset((1,))  # equal weights: the fewest features
    assert rule.trigger(weights) == frozenset((2, 3))
    # A child that can hold without any feature (a negation) is never the trigger.
    assert c.All([c.Not(c.Feature(2)), c.Feature(4)]).trigger(weights) == frozenset((4,))
    assert c.Not(c.Feature(2)).trigger(weights) is None
    assert c.AnyOf([c.Feature(1), c.Not(c.Feature(2))]).trigger(weights) is None


def test_literal_share_ranks_common_words_above_rare_ones() -> None:
    assert literal_share("您的") > literal_share("冻结") > literal_share("医保凭证")
    assert literal_share("code") > literal_share("cvv")
    assert 0 < literal_share("\U00013000\U00013001") < literal_share("冻结")
    assert literal_share("的") <= 1.0


def _events() -> list[tuple[str, str]]:
    tests = ROOT / "tests"
    paths = [tests / "corpus" / "benign.jsonl", tests / "corpus" / "smishing.jsonl",
             tests / "batch16" / "smishing.jsonl", tests / "batch17" / "smishing.jsonl",
             ROOT / "streams" / "data" / "demo_traffic.jsonl"]  # the demo has malformed lines
    events = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            with contextlib.suppress(json.JSONDecodeError):
                events.append(json.loads(line))
    return [(str(e.get("sender") or ""), e["body"]) for e in events
            if isinstance(e, dict) and isinstance(e.get("body"), str) and e["body"]]


@pytest.fixture(scope="module")
def engines() -> tuple[rules.Engine, rules.Engine]:
    indexed = shipped()
    every_rule = rules.load()
    # Evaluate every rule for every message (the rules' bits in both halves of the trigger
    # mask): what the index must never change.
    every_rule._always = (1 << 2 * len(every_rule.rules)) - 1
    return indexed, every_rule


def test_the_index_gives_the_verdict_of_evaluating_every_rule(
        engines: tuple[rules.Engine, rules.Engine]) -> None:
    indexed, every_rule = engines
    events = _events()
    assert len(events) > 3000
    fired = 0
    for sender, body in events:
        a = indexed.screen(sender, body)
        b = every_rule.screen(sender, body)
        assert (a.action, a.score, [r.id for r in a.rules]) == (
            b.action, b.score, [r.id for r in b.rules]), body[:40]
        fired += len(a.rules)
    assert fired > len(events)  # the sample exercises the rules, not just empty verdicts


def test_span_keywords_names_the_literal_sets_a_condition_can_show() -> None:
    tree = c.All([
        c.Keywords(3, "body"),
        c.Feature(4),  # a sender class: no literal hits to show
        c.AnyOf([c.Keywords(7, "body"), c.All([c.Keywords(9, "body")])]),
        c.Not(c.Keywords(11, "body")),  # a negation reports no spans
    ])
    assert c.span_keywords(tree) == 1 << 3 | 1 << 7 | 1 << 9
    assert c.span_keywords(c.Feature(4)) == 0


def test_spans_placed_for_the_fired_rules_only_are_the_spans_of_placing_every_hit(
        engines: tuple[rules.Engine, rules.Engine]) -> None:
    indexed, _ = engines
    compared = 0
    for sender, body in _events():
        narrowed = indexed.screen(sender, body)
        if not narrowed.rules:
            continue
        full = indexed.screen(sender, body)
        for rule in full.rules:
            rule._ctx.span_features = -1  # type: ignore[attr-defined]
        assert [r.spans for r in narrowed.rules] == [r.spans for r in full.rules], body[:40]
        compared += sum(1 for r in narrowed.rules if r.spans)
    assert compared > 1000
