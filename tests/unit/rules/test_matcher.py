"""The automaton layout (children ordered by letter frequency) and the frequency table."""

from __future__ import annotations

import json
from pathlib import Path

import ahocorasick
from hypothesis import given, settings
from hypothesis import strategies as st

from rules.frequency import byte_weights, count, load_table, main
from rules.matcher import (
    LiteralMatcher,
    bits,
    build_automaton,
    layout_order,
    mask_of,
    mask_union,
    to_latin1,
)
from rules.normalise import normalise, normalise_literal

CORPUS = Path(__file__).resolve().parents[2] / "corpus"

WORDS = ["医保", "医保卡", "参保", "账户", "冻结", "银行", "客服", "退款", "中奖", "快递",
         "account", "verify", "parcel", "refund", "95588", "qq", "vx", "点击链接", "認證"]


def _plain(literals: list[str]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for i, literal in enumerate(literals):
        automaton.add_word(to_latin1(literal), i)
    automaton.make_automaton()
    return automaton


def _hits(automaton: ahocorasick.Automaton, text: str) -> list[tuple[int, int]]:
    return sorted(automaton.iter(to_latin1(text)))


def test_table_is_bundled_and_sorted() -> None:
    table = load_table()
    assert len(table) > 500
    counts = list(table.values())
    assert counts == sorted(counts, reverse=True)
    assert all(len(char) == 1 and not char.isspace() for char in table)


def test_byte_weights_sum_over_characters() -> None:
    table = load_table()
    weights = byte_weights()
    for char in ("的", "账", "a", "0"):
        data = to_latin1(char)
        assert weights[data] >= table.get(char, 0)
        # A lead byte weighs at least as much as any longer prefix it starts.
        assert weights[data[:1]] >= weights[data]
    lead = to_latin1("账")[0]
    assert weights[lead] == sum(n for c, n in table.items() if to_latin1(c)[0] == lead)


def test_layout_order_is_a_permutation_grouping_prefixes() -> None:
    literals = [normalise_literal(w) for w in WORDS]
    ordered = layout_order(literals)
    assert sorted(ordered) == sorted(literals)
    # Literals sharing a first character stay together.
    firsts = [lit[0] for lit in ordered]
    seen: list[str] = []
    for first in firsts:
        if not seen or seen[-1] != first:
            assert first not in seen, f"{first!r} split in {ordered}"
            seen.append(first)


def test_layout_puts_frequent_next_letters_first() -> None:
    weights = byte_weights()
    ordered = layout_order(["zq", "ea", "xj"])
    keys = [weights.get(lit[0], 0) for lit in ordered]
    assert keys == sorted(keys, reverse=True)


def test_build_automaton_matches_like_plain_insertion_on_the_corpus() -> None:
    literals = sorted({normalise_literal(w) for w in WORDS})
    laid_out = build_automaton({lit: i for i, lit in enumerate(literals)})
    plain = _plain(literals)
    assert laid_out is not None
    bodies = [json.loads(line)["body"]
              for name in ("benign.jsonl", "smishing.jsonl")
              for line in (CORPUS / name).read_text(encoding="utf-8").splitlines()]
    total = 0
    for body in bodies:
        text = normalise(body).text
        found = _hits(laid_out, text)
        assert found == _hits(plain, text)
        total += len(found)
    assert total > 50  # the check compared real hits, not empty lists


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=8, unique=True),
       st.lists(st.sampled_from(WORDS + ["的", "x", "了", "1"]), max_size=30))
def test_layout_never_changes_what_matches(words: list[str], pieces: list[str]) -> None:
    literals = [normalise_literal(w) for w in words]
    literals = list(dict.fromkeys(lit for lit in literals if lit))
    text = normalise("".join(pieces)).text
    laid_out = build_automaton({lit: i for i, lit in enumerate(literals)})
    assert laid_out is not None
    assert _hits(laid_out, text) == _hits(_plain(literals), text)


def test_build_automaton_without_literals() -> None:
    assert build_automaton({}) is None
    assert build_automaton({"": 1}) is None
    assert len(LiteralMatcher({})) == 0


def test_count_and_command(tmp_path: Path, capsys: object) -> None:
    assert count(["Ａｂ 医保 医保"]) == {"a": 1, "b": 1, "医": 2, "保": 2}
    events = tmp_path / "events.jsonl"
    events.write_text('{"body": "医保 ab"}\nnot json\n{"body": "医"}\n', encoding="utf-8")
    assert main([str(events)]) == 0
    out = capsys.readouterr().out.splitlines()  # type: ignore[attr-defined]
    assert out[0] == "医\t2"
    assert sorted(out[1:]) == ["a\t1", "b\t1", "保\t1"]


def test_scan_finds_what_find_does_and_its_hits_give_the_same_spans() -> None:
    literals = {normalise_literal(w): [i, 100 + i % 3] for i, w in enumerate(WORDS)}
    # Feature f triggers rules f % 7 and 7 + f % 5 (bit masks, as the engine passes them).
    triggers = {f: 1 << (f % 7) | 1 << (7 + f % 5) for f in range(103)}
    matcher = LiteralMatcher(literals, triggers=triggers)
    bodies = [json.loads(line)["body"]
              for name in ("benign.jsonl", "smishing.jsonl")
              for line in (CORPUS / name).read_text(encoding="utf-8").splitlines()]
    placed = 0
    for body in bodies:
        norm = normalise(body)
        present, triggered, hits = matcher.scan(norm)
        found = matcher.find(norm)
        assert set(bits(present)) == found
        assert present == mask_of(found)
        expected = 0
        for feature in found:
            expected |= triggers[feature]
        assert triggered == expected
        masks = matcher.hit_masks(norm, hits)
        assert matcher.hit_masks(norm) == masks
        assert mask_union(mask for _, _, mask in masks) == present
        data = to_latin1(norm.text)
        for start, end, mask in masks:
            assert mask and set(bits(mask)) <= set(literals[data[start:end].encode(
                "latin-1").decode("utf-8")])
        placed += sum(len(bits(mask)) for _, _, mask in masks)
    assert placed > 50


def test_bits_and_mask_of_are_inverse() -> None:
    assert bits(0) == [] and mask_of([]) == 0
    assert bits(0b1010_0001) == [0, 5, 7]
    big = [3, 64, 65, 700]
    assert bits(mask_of(big)) == big
    assert mask_of(bits(1 << 999 | 1)) == 1 << 999 | 1


def test_hit_masks_keeps_only_the_wanted_features() -> None:
    literals = {normalise_literal(w): [i, 100 + i % 3] for i, w in enumerate(WORDS)}
    matcher = LiteralMatcher(literals)
    bodies = [json.loads(line)["body"]
              for line in (CORPUS / "smishing.jsonl").read_text(encoding="utf-8").splitlines()]
    wanted = mask_of([100, 3, 5])
    kept = 0
    for body in bodies:
        norm = normalise(body)
        everything = matcher.hit_masks(norm)
        narrowed = matcher.hit_masks(norm, wanted=wanted)
        # The same hits as masking every hit of the full placement, minus those left empty.
        expected = [(s, e, mask & wanted) for s, e, mask in everything if mask & wanted]
        assert narrowed == expected
        kept += len(narrowed)
    assert kept > 10
    assert all(matcher.hit_masks(normalise(b), wanted=0) == [] for b in bodies[:20])


_PIECES = ["win", "window", "code", "app", "医保", "é", "école", "ß", " ", ".", "-", "\u200b",
           "ＷＩＮ", "l0cked", "0", "42", "赢", "vip", "会员", "Win", "@", "$", "\u3000", "ü", "x"]


@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12))
@settings(max_examples=400, deadline=None)
def test_word_test_over_bytes_agrees_with_bounded(pieces: list[str]) -> None:
    """The scan tests a hit's ends on the UTF-8 bytes; it must say what ``bounded`` says."""
    literals = ["win", "code", "app", "école", "vip", "0", "l0cked", "ü", "x"]
    features = {normalise_literal(lit): [i] for i, lit in enumerate(literals)}
    matcher = LiteralMatcher(features)
    norm = normalise("".join(pieces))
    data = to_latin1(norm.text)
    expected = 0
    for end_byte, entry in matcher.scan(norm)[2]:
        start_byte = end_byte + 1 - entry.nbytes
        start = len(data[:start_byte].encode("latin-1").decode("utf-8"))
        end = start + entry.nchars
        text = norm.text
        glued = (start and text[start - 1].isascii() and text[start - 1].isalnum()) or (
            end < len(text) and text[end].isascii() and text[end].isalnum())
        if not glued or norm.bounded(start, end):
            expected |= entry.bounded
    assert matcher.scan(norm)[0] == expected


def test_headed_literals_count_where_they_begin_a_word() -> None:
    """A regex prefilter is a stem: ``code`` hits "codes" and "the code", not "postcode"."""
    matcher = LiteralMatcher({"code": [0], "tel": [1], "验证码": [2]}, headed=[0, 1, 2])
    found = {body: matcher.find(normalise(body)) for body in (
        "What's the postcode?", "Send me the codes", "code 1234", "your CODE:", "hotel lobby",
        "Tel: 5550123", "验证码code", "verify-code now")}
    assert found == {"What's the postcode?": set(), "Send me the codes": {0}, "code 1234": {0},
                     "your CODE:": {0}, "hotel lobby": set(), "Tel: 5550123": {1},
                     "验证码code": {0, 2}, "verify-code now": {0}}


@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12))
@settings(max_examples=400, deadline=None)
def test_headed_test_over_bytes_agrees_with_begins_word(pieces: list[str]) -> None:
    """The scan, the byte placement and the character placement agree on where a stem hits."""
    literals = ["win", "code", "app", "vip", "0", "l0cked", "x", "会员"]
    features = {normalise_literal(lit): [i] for i, lit in enumerate(literals)}
    matcher = LiteralMatcher(features, headed=range(len(literals)))
    norm = normalise("".join(pieces))
    data = to_latin1(norm.text)
    expected = 0
    starts: list[tuple[int, int]] = []
    for end_byte, entry in matcher.scan(norm)[2]:
        start_byte = end_byte + 1 - entry.nbytes
        start = len(data[:start_byte].encode("latin-1").decode("utf-8"))
        if norm.begins_word(start):
            expected |= entry.headed | entry.anywhere
            starts.append((start, entry.headed | entry.anywhere))
    assert matcher.scan(norm)[0] == expected
    placed = matcher.hit_chars(norm, norm.text.encode("utf-8"))
    assert [(start, mask) for start, _, mask in placed] == starts
    assert [mask for _, _, mask in matcher.hit_masks(norm)] == [mask for _, mask in starts]
