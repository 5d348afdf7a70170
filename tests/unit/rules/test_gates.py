"""The literals a pattern cannot match without (rules.gates): a second gate before RE2 runs."""

from __future__ import annotations

import json
from pathlib import Path

import re2
from hypothesis import given, settings
from hypothesis import strategies as st

from rules import conditions as c
from rules.frequency import literal_share
from rules.gates import required_literals
from rules.normalise import normalise
from tests.engines import shipped

TRAFFIC = Path(__file__).resolve().parents[3] / "streams" / "data" / "demo_traffic.jsonl"


def _req(pattern: str) -> set[str] | None:
    found = required_literals(pattern, literal_share)
    return None if found is None else set(found)


def test_a_run_of_literal_characters_is_required() -> None:
    assert _req("[0-9]{4}验证码") == {"验证码"}
    assert _req("a.b") is None  # no run of two characters


def test_an_alternation_requires_one_of_its_branches() -> None:
    assert _req("(输入|填写)[^0-9]{0,10}(验证码|密码)") in ({"输入", "填写"}, {"验证码", "密码"})
    assert _req("(输入|填写)x|(告知|提供)y") == {"输入", "填写", "告知", "提供"}
    # A branch that guarantees nothing leaves the whole alternation without a gate.
    assert _req("(输入|填写)x|[0-9]+") is None


def test_optional_parts_are_not_required_and_repeated_ones_are() -> None:
    assert _req("(请于)?[0-9]+月") is None
    assert _req("(请于)*截止") == {"截止"}
    assert _req("(请于){1,2}[0-9]") == {"请于"}


def test_flags_and_syntax_python_reads_otherwise_get_no_gate() -> None:
    assert _req("(?i)verify") is None
    assert _req("(?i:verify)now") == {"now"}
    assert _req("[[:digit:]]{4}ab") is None
    assert _req("\\p{Han}vx") is None
    assert _req("a{,3}bc") is None
    assert _req("(unclosed") is None


_PIECES = ["ab", "ba", "医保", "c", "a", "b", "保", "医"]


@st.composite
def _patterns(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["lit", "lit", "class", "group", "alt", "opt", "rep"]
                                    if depth < 2 else ["lit", "class"]))
        if kind == "lit":
            parts.append(draw(st.sampled_from(_PIECES)))
        elif kind == "class":
            parts.append(draw(st.sampled_from(["[ab]", ".", "[^c]{0,2}", "c?"])))
        elif kind == "group":
            parts.append("(" + draw(_patterns(depth + 1)) + ")")
        elif kind == "alt":
            parts.append("(" + draw(_patterns(depth + 1)) + "|" + draw(_patterns(depth + 1)) + ")")
        elif kind == "opt":
            parts.append("(" + draw(_patterns(depth + 1)) + ")?")
        else:
            parts.append("(" + draw(_patterns(depth + 1)) + "){1,2}")
    return "".join(parts)


@given(_patterns(), st.lists(st.lists(st.sampled_from(_PIECES), max_size=8), min_size=1,
                             max_size=6))
@settings(max_examples=300, deadline=None)
def test_every_match_contains_a_required_literal(pattern: str, texts: list[list[str]]) -> None:
    required = required_literals(pattern, literal_share)
    if required is None:
        return
    compiled = re2.compile(pattern)
    for pieces in texts:
        text = "".join(pieces)
        if compiled.search(text) is not None:
            assert any(literal in text for literal in required), (pattern, text, required)


def _regexes(cond: c.Cond) -> list[c.Regex]:
    if isinstance(cond, c.Regex):
        return [cond]
    out: list[c.Regex] = []
    for child in getattr(cond, "children", ()):
        out.extend(_regexes(child))
    child = getattr(cond, "child", None)
    if child is not None:
        out.extend(_regexes(child))
    return out


def test_the_shipped_patterns_gates_hold_on_the_demo_traffic() -> None:
    """Each gated pattern of the default packs matches only where its gate literal occurs."""
    engine = shipped()
    regexes = [r for rule in engine._rules for r in _regexes(rule.cond)]
    gated = [r for r in regexes if r.gate >= 0]
    assert len(gated) > len(regexes) // 2
    texts = []
    for line in TRAFFIC.read_text(encoding="utf-8").splitlines():
        try:
            event = json.loads(line)
        except json.JSONDecodeError:  # the demo's malformed events
            continue
        if isinstance(event, dict) and isinstance(event.get("body"), str):
            texts.append(normalise(event["body"]).text)
    matched = 0
    for regex in gated:
        required = required_literals(regex.pattern.pattern.pattern, literal_share)
        assert required
        for text in texts:
            if regex.pattern.search(text.encode("utf-8")) is not None:
                matched += 1
                assert any(literal in text for literal in required), regex.pattern.pattern.pattern
    assert matched > 100
