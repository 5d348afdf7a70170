"""The compiled form of a rule's condition tree (``compile_test``) says what the tree says."""

from __future__ import annotations

import gc
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rules import conditions as c
from rules.matcher import LiteralMatcher
from rules.normalise import normalise
from rules.senders import SenderInfo

_MATCHER = LiteralMatcher({})
_SENDER = SenderInfo("", "", "", "unknown")


@st.composite
def _trees(draw: st.DrawFn, depth: int = 0) -> c.Cond:
    kind = draw(st.sampled_from(["feature", "feature", "all", "any", "not", "at_least"]
                                if depth < 3 else ["feature"]))
    if kind == "feature":
        return c.Feature(draw(st.integers(0, 7)))
    if kind == "not":
        return c.Not(draw(_trees(depth + 1)))
    if kind == "at_least":
        children = draw(st.lists(_trees(depth + 1), min_size=2, max_size=4))
        return c.AtLeast(draw(st.integers(1, len(children))), children)
    children = draw(st.lists(_trees(depth + 1), min_size=1, max_size=4))
    return c.All(children) if kind == "all" else c.AnyOf(children)


@given(_trees(), st.integers(0, 255))
@settings(max_examples=500, deadline=None)
def test_compiled_test_agrees_with_the_tree(tree: c.Cond, features: int) -> None:
    """Joint masks (an ``all`` of features, an ``any`` of features) and the counted sum of an
    ``at_least`` keep the tree's meaning."""
    ctx = c.Context(normalise("x"), _MATCHER, features, _SENDER, None, [], [])
    assert c.compile_test(tree)(features, ctx) is tree.test(ctx)


@given(st.integers(0, 7).map(c.Feature))
@settings(max_examples=200, deadline=None)
def test_conditions_survive_a_full_collection(cond: c.Cond) -> None:
    """Compiled conditions have no instance dictionary for a collection to trip over.

    While ``Cond`` derived from ``abc.ABC``, the compiled classes got one, and a condition
    held by hypothesis's data crashed the interpreter in the next full collection.
    """
    assert not hasattr(cond, "__dict__")
    gc.collect()


def test_features_of_an_any_become_one_mask() -> None:
    tree = c.AnyOf([c.Feature(1), c.AnyOf([c.Feature(3), c.Feature(5)])])
    assert c.any_feature_mask(tree) == 0b101010
    consts: list[Any] = []
    assert tree.code(consts) == "((F & C[0]))"
    assert consts == [0b101010]
    assert c.any_feature_mask(c.AnyOf([c.Feature(1), c.Not(c.Feature(2))])) is None


def test_every_condition_class_has_its_own_test() -> None:
    """``Cond.test`` only raises: each condition class must define the test it stands for."""
    classes = [k for k in vars(c).values()
               if isinstance(k, type) and issubclass(k, c.Cond) and k is not c.Cond]
    assert len(classes) >= 10
    for klass in classes:
        assert any("test" in vars(k) for k in klass.__mro__ if k is not c.Cond), klass
    with pytest.raises(NotImplementedError):
        c.Cond().test(c.Context(normalise("x"), _MATCHER, 0, _SENDER, None, [], []))


def test_at_least_counts_its_children() -> None:
    """``at_least`` holds from its count of children up, whatever they are."""
    tree = c.AtLeast(2, [c.Feature(0), c.AnyOf([c.Feature(1), c.Feature(2)]),
                         c.Not(c.Feature(3))])
    test = c.compile_test(tree)
    for features, expected in ((0b0000, False), (0b1000, False), (0b0001, True),
                               (0b1001, False), (0b0110, True), (0b1110, False),
                               (0b1011, True)):
        ctx = c.Context(normalise("x"), _MATCHER, features, _SENDER, None, [], [])
        assert tree.test(ctx) is expected, bin(features)
        assert test(features, ctx) is expected, bin(features)
    # One child at least must hold, so the union of the children's triggers is necessary;
    # a child with no trigger (the ``not``) leaves the whole without one.
    assert c.AtLeast(2, [c.Feature(0), c.Feature(4), c.Feature(5)]).trigger() == {0, 4, 5}
    assert tree.trigger() is None
