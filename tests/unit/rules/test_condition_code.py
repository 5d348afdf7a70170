"""The compiled form of a rule's condition tree (``compile_test``) says what the tree says."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from rules import conditions as c
from rules.matcher import LiteralMatcher
from rules.normalise import normalise
from rules.senders import SenderInfo

_MATCHER = LiteralMatcher({})
_SENDER = SenderInfo("", "", "", "unknown")


# Trees are drawn as plain descriptions and built in the test: compiled condition objects
# returned by a strategy crash the interpreter when hypothesis's data is collected.
@st.composite
def _trees(draw: st.DrawFn, depth: int = 0) -> Any:
    kind = draw(st.sampled_from(["feature", "feature", "all", "any", "not"] if depth < 3
                                else ["feature"]))
    if kind == "feature":
        return draw(st.integers(0, 7))
    if kind == "not":
        return ("not", draw(_trees(depth + 1)))
    return (kind, draw(st.lists(_trees(depth + 1), min_size=1, max_size=4)))


def _build(tree: Any) -> c.Cond:
    if isinstance(tree, int):
        return c.Feature(tree)
    kind, arg = tree
    if kind == "not":
        return c.Not(_build(arg))
    children = [_build(child) for child in arg]
    return c.All(children) if kind == "all" else c.AnyOf(children)


@given(_trees(), st.integers(0, 255))
@settings(max_examples=500, deadline=None)
def test_compiled_test_agrees_with_the_tree(description: Any, features: int) -> None:
    """Joint masks (an ``all`` of features, an ``any`` of features) keep the tree's meaning."""
    tree = _build(description)
    ctx = c.Context(normalise("x"), _MATCHER, features, _SENDER, None, [], [])
    assert c.compile_test(tree)(features, ctx) is tree.test(ctx)


def test_features_of_an_any_become_one_mask() -> None:
    tree = c.AnyOf([c.Feature(1), c.AnyOf([c.Feature(3), c.Feature(5)])])
    assert c.any_feature_mask(tree) == 0b101010
    consts: list[Any] = []
    assert tree.code(consts) == "((F & C[0]))"
    assert consts == [0b101010]
    assert c.any_feature_mask(c.AnyOf([c.Feature(1), c.Not(c.Feature(2))])) is None
