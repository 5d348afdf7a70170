"""Every shipped rule's own examples: each ``hit`` fires the rule, each ``miss`` does not."""

from __future__ import annotations

import pytest

from tests.engines import shipped

ENGINE = shipped()


@pytest.mark.parametrize("rule", ENGINE.rules, ids=lambda r: r.id)
def test_rule_examples(rule):
    assert any(e.expect_hit for e in rule.examples)
    assert any(not e.expect_hit for e in rule.examples)
    for example in rule.examples:
        # An example with a recipient in international form is screened in that market.
        verdict = ENGINE.screen(example.sender, example.body, example.recipient,
                                by_recipient=True)
        fired = rule.id in {r.id for r in verdict.rules}
        assert fired == example.expect_hit, (
            f"{rule.file}:{example.line}: expected {'hit' if example.expect_hit else 'miss'}")


def test_rule_ids_are_unique_and_upper_snake():
    ids = [r.id for r in ENGINE.rules]
    assert len(ids) == len(set(ids))
    assert all(i == i.upper() and " " not in i for i in ids)


def test_every_rule_has_title_description_and_known_status():
    for rule in ENGINE.rules:
        assert rule.title and rule.description
        assert rule.status in {"stable", "test", "experimental"}
