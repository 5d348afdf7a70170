"""The default packs on corpora written independently of the rules.

``benign.jsonl``: legitimate traffic (OTPs, bank alerts, deliveries, agency notices, anti-fraud
warnings quoting scam words, people chatting about scams). Budget: at most 1 in 300 held
(quarantine or block), as SpamAssassin's mass-check tuning.
``smishing.jsonl``: fraud, each with the least severe action an operator would accept.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

import rules

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
SEVERITY = {"deliver": 0, "tag": 1, "quarantine": 2, "block": 3}


def read(name: str, directory: Path = CORPUS) -> list[dict]:
    return [json.loads(line) for line in (directory / name).read_text(encoding="utf-8").splitlines()
            if line.strip()]


@pytest.fixture(scope="module")
def engine() -> rules.Engine:
    return rules.load()


def labelled(directory: Path) -> tuple[list[dict], list[dict]]:
    """Return the legitimate and the fraudulent events of a labelled set."""
    return read("benign.jsonl", directory), read("smishing.jsonl", directory)


def misses(engine: rules.Engine, benign: list[dict], fraud: list[dict]) -> tuple[list, list]:
    """Return the ids of the legitimate messages held and of the frauds delivered."""
    held = [e["id"] for e in benign
            if engine.screen(e["sender"], e["body"]).action in ("quarantine", "block")]
    delivered = [e["id"] for e in fraud
                 if engine.screen(e["sender"], e["body"]).action == "deliver"]
    return held, delivered


def test_benign_corpus_is_large_enough_and_bilingual():
    events = read("benign.jsonl")
    assert len(events) >= 300
    langs = Counter(e["lang"] for e in events)
    assert langs["zh"] >= 100 and langs["en"] >= 100


def test_benign_corpus_stays_within_false_positive_budget(engine):
    events = read("benign.jsonl")
    held = []
    for event in events:
        verdict = engine.screen(event["sender"], event["body"])
        if verdict.action in ("quarantine", "block"):
            held.append((event["id"], verdict.action, verdict.score,
                         [r.id for r in verdict.rules]))
    budget = len(events) // 300
    assert len(held) <= budget, f"{len(held)} legitimate messages held (budget {budget}): {held}"


def test_benign_corpus_is_rarely_even_tagged(engine):
    events = read("benign.jsonl")
    tagged = [e["id"] for e in events if engine.screen(e["sender"], e["body"]).action == "tag"]
    assert len(tagged) <= len(events) * 0.05, tagged


def test_smishing_corpus_reaches_expected_actions(engine):
    events = read("smishing.jsonl")
    assert len(events) >= 150
    short, delivered = [], []
    for event in events:
        verdict = engine.screen(event["sender"], event["body"])
        if SEVERITY[verdict.action] < SEVERITY[event["min_action"]]:
            short.append((event["id"], event["min_action"], verdict.action, verdict.score))
        if verdict.action == "deliver":
            delivered.append(event["id"])
    assert len(delivered) <= len(events) * 0.03, f"fraud delivered: {delivered}"
    assert len(short) <= len(events) * 0.10, f"below expected action: {short}"


HOLDOUT = Path(__file__).resolve().parents[2] / "holdout"


def test_holdout_figures_do_not_regress(engine):
    """The held-out set is never used to tune rules; this only guards against regressions.

    Floors are the figures measured when the set was written (see README); a rule change that
    makes them worse fails here and must be justified.
    """
    benign, fraud = labelled(HOLDOUT)
    held, delivered = misses(engine, benign, fraud)
    assert len(held) <= len(benign) // 300, held
    assert len(delivered) <= len(fraud) * 0.10, delivered


BATCH2 = Path(__file__).resolve().parents[2] / "batch2"


def test_second_batch_stays_within_budgets(engine):
    """The second labelled set (see its README): no legitimate message held, few frauds through.

    It was measured blind once (29 of 160 frauds delivered) and then used to improve the rules;
    these bounds keep what that work gained.
    """
    benign, fraud = labelled(BATCH2)
    assert len(benign) >= 150 and len(fraud) >= 150
    held, delivered = misses(engine, benign, fraud)
    assert len(held) <= len(benign) // 150, held
    assert len(delivered) <= len(fraud) * 0.05, delivered


BATCH3 = Path(__file__).resolve().parents[2] / "batch3"


def test_third_batch_stays_within_budgets(engine):
    """The third labelled set (see its README): no legitimate message held, few frauds through.

    It was measured blind once (22 of 160 frauds delivered, 1 legitimate message held) and then
    used to improve the rules; these bounds keep what that work gained.
    """
    benign, fraud = labelled(BATCH3)
    assert len(benign) >= 150 and len(fraud) >= 150
    held, delivered = misses(engine, benign, fraud)
    assert not held, held
    assert len(delivered) <= len(fraud) * 0.04, delivered


HOLDOUT2 = Path(__file__).resolve().parents[2] / "holdout2"


def test_second_holdout_does_not_get_worse_than_its_blind_measurement(engine):
    """``tests/holdout2`` is never used to tune rules; this only guards against regressions.

    The bounds were its blind measurement (2 of 120 legitimate messages held, 24 of 120 frauds
    delivered; see its README), which is worse than the budgets the other sets meet: it covers
    regions the shipped packs were not written for. Regional allow lists written from the
    organisations' own domains (not from this set) later brought the held count to 1, and rules
    written from tests/batch4 the delivered count to 20; rules written from tests/batch5 and
    the opt-out footer of registered senders (from tests/batch6) brought them to 16 and 0, and
    rules written from tests/batch7 the delivered count to 11. Those are now the bounds. A
    change that makes it worse fails here.
    """
    benign, fraud = labelled(HOLDOUT2)
    assert len(benign) == len(fraud) == 120
    held, delivered = misses(engine, benign, fraud)
    assert len(held) <= 0, held
    assert len(delivered) <= 11, delivered


HOLDOUT3 = Path(__file__).resolve().parents[2] / "holdout3"


def test_third_holdout_does_not_get_worse_than_its_blind_measurement(engine):
    """``tests/holdout3`` is never used to tune rules; this only guards against regressions.

    Its blind measurement (206 rules, 2026-12-01): 0 of 150 legitimate messages held, 19 of
    150 frauds delivered. Those are the bounds.
    """
    benign, fraud = labelled(HOLDOUT3)
    assert len(benign) == len(fraud) == 150
    held, delivered = misses(engine, benign, fraud)
    assert len(held) <= 0, held
    assert len(delivered) <= 19, delivered


BATCH4 = Path(__file__).resolve().parents[2] / "batch4"


def test_fourth_batch_does_not_get_worse_than_its_figures(engine):
    """The fourth labelled set (see its README), thirteen regions, measured blind first.

    Measured blind 39 delivered, 1 held; after tuning on it: 2 delivered, 0 held (of 200
    frauds and 200 legitimate messages). The bounds are the after-tuning figures, which are
    in-sample.
    """
    benign, fraud = labelled(BATCH4)
    assert len(benign) == len(fraud) == 200
    held, delivered = misses(engine, benign, fraud)
    assert len(held) <= 0, held
    assert len(delivered) <= 2, delivered


BATCH5 = Path(__file__).resolve().parents[2] / "batch5"


def test_fifth_batch_does_not_get_worse_than_its_figures(engine):
    """The fifth labelled set (see its README), measured blind first.

    Measured blind 31 of 200 frauds delivered, 0 of 200 legitimate messages held; after rules
    were written for the fraud types it missed: 1 delivered, 0 held. The bounds are the
    after-tuning figures, which are in-sample.
    """
    benign, fraud = labelled(BATCH5)
    assert len(benign) == len(fraud) == 200
    held, delivered = misses(engine, benign, fraud)
    assert len(held) <= 0, held
    assert len(delivered) <= 1, delivered


BATCH7 = Path(__file__).resolve().parents[2] / "batch7"


def test_seventh_batch_does_not_get_worse_than_its_figures(engine):
    """The seventh labelled set (see its README): short, plain frauds and African English.

    Measured blind 36 of 150 frauds delivered, 0 of 150 legitimate messages held; after rules
    were written for the fraud types it missed: 3 delivered, 0 held (in-sample).
    """
    benign, fraud = labelled(BATCH7)
    assert len(benign) == len(fraud) == 150
    held, delivered = misses(engine, benign, fraud)
    assert len(held) <= 0, held
    assert len(delivered) <= 3, delivered


BATCH8 = Path(__file__).resolve().parents[2] / "batch8"


def test_eighth_batch_does_not_get_worse_than_its_figures(engine):
    """The eighth labelled set (see its README): mostly mainland Chinese, with homophone evasions.

    Measured blind 26 of 150 frauds delivered, 0 of 150 legitimate messages held; after rules
    were written for the fraud types and spellings it missed: 1 delivered, 0 held (in-sample).
    """
    benign, fraud = labelled(BATCH8)
    assert len(benign) == len(fraud) == 150
    held, delivered = misses(engine, benign, fraud)
    assert len(held) <= 0, held
    assert len(delivered) <= 1, delivered


BATCH9 = Path(__file__).resolve().parents[2] / "batch9"


def test_ninth_batch_does_not_get_worse_than_its_figures(engine):
    """The ninth labelled set (see its README): frauds written to read calm and ordinary.

    Measured blind 30 of 120 frauds delivered, 1 of 120 legitimate messages held (a bank's
    card alert from a toll-free number); after rules were written from it: 12 delivered,
    0 held (in-sample).
    """
    benign, fraud = labelled(BATCH9)
    assert len(benign) == len(fraud) == 120
    held, delivered = misses(engine, benign, fraud)
    assert len(held) <= 0, held
    assert len(delivered) <= 12, delivered


BATCH6 = Path(__file__).resolve().parents[2] / "batch6"


def test_ordinary_traffic_is_not_held(engine):
    """The sixth set (see its README): 400 legitimate messages in a carrier's ordinary mix.

    Measured blind: 0 held, 10 tagged; after the opt-out footer of registered senders and two
    official short-link hosts were taken into account, 2 tagged. The budget is 1 in 300 held;
    the set's size makes one held message the bound, and tags (delivered with a mark) stay few.
    """
    benign = read("benign.jsonl", BATCH6)
    assert len(benign) == 400
    held, _ = misses(engine, benign, [])
    assert len(held) <= len(benign) // 300, held
    tagged = [e["id"] for e in benign
              if engine.screen(e["sender"], e["body"]).action == "tag"]
    assert len(tagged) <= 3, tagged

