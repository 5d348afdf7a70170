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
from tests.engines import shipped

TESTS = Path(__file__).resolve().parents[2]
CORPUS = TESTS / "corpus"
SEVERITY = {"deliver": 0, "tag": 1, "quarantine": 2, "block": 3}


def read(name: str, directory: Path = CORPUS) -> list[dict]:
    return [json.loads(line) for line in (directory / name).read_text(encoding="utf-8").splitlines()
            if line.strip()]


@pytest.fixture(scope="module")
def engine() -> rules.Engine:
    return shipped()


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


HOLDOUT = TESTS / "holdout"


def test_holdout_figures_do_not_regress(engine):
    """The held-out set is never used to tune rules; this only guards against regressions.

    Floors are the figures measured when the set was written (see README); a rule change that
    makes them worse fails here and must be justified.
    """
    benign, fraud = labelled(HOLDOUT)
    held, delivered = misses(engine, benign, fraud)
    assert len(held) <= len(benign) // 300, held
    assert len(delivered) <= len(fraud) * 0.10, delivered


BATCH2 = TESTS / "batch2"


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


BATCH3 = TESTS / "batch3"


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


# Sets held to the figures they reached: (directory, messages of each kind, most legitimate
# messages held, most frauds delivered). See each set's README for how it was written.
FIGURES = [
    # Never used to tune rules: a regression guard only. Measured blind 2 held and 24
    # delivered of 120 (regions the packs were not written for); regional allow lists brought
    # the held count to 1, rules from batch4 the delivered count to 20, rules from batch5 and
    # the opt-out footer of registered senders (batch6) 16 and 0, rules from batch7 11.
    # Later rules (batch10 to batch13) took it to 9, those from batch14 to batch17 to 7;
    # those from batch45 to batch47 to 5.
    pytest.param("holdout2", 120, 0, 1, id="holdout2"),
    # Never used to tune rules; blind with 206 rules 0 held and 19 delivered (2026-12-01),
    # 16 with the rules written later from batch10 to batch13, 15 with the evasion features
    # written from batch15; 11 with the rules from batch34 and batch35; 10 with those from
    # batch41 and batch42; 9 with those from batch45 to batch47.
    pytest.param("holdout3", 150, 0, 5, id="holdout3"),
    # Never used to tune rules; first measured with 312 rules (2026-12-01): 2 legitimate
    # messages held (unread), 20 frauds delivered. With the rules and URL forms written from
    # batch14 to batch17: 1 held, 17 delivered; with those from batch20, 16; from batch24, 14;
    # from batch27 and batch28, 12; from batch45 to batch47, 11.
    pytest.param("holdout4", 150, 0, 6, id="holdout4"),
    # Never used to tune rules; measured once, with the 334 rules at the end of 2026-12-01:
    # 0 held, 17 delivered (the engine and packs of the day's start: 0 and 17 too); 16 with
    # the rules written from batch20 to batch22; 15 with those from batch27 and batch28; 14
    # with those from batch34 and batch35; 13 with those from batch45 to batch47.
    pytest.param("holdout5", 150, 0, 8, id="holdout5"),
    # Never used to tune rules; written while the rules from batch21 to batch23 were written,
    # measured after them: 0 held, 26 delivered (the engine and packs of cd3e0a2: 0 and 26);
    # 24 with the rules written from batch24, 23 with those from batch25, 22 with those from
    # batch41 and batch42, 21 with those from batch45 to batch47.
    pytest.param("holdout6", 150, 0, 13, id="holdout6"),
    # Follow-ups, written while the rules from batch25 were written, measured once after them
    # (365 rules): 3 held, 31 delivered (the engine of b40dbf7: 1 and 38). Its counts were
    # used for one decision: the Chinese follow-up rule lost its generic transfer and account
    # words, as the English one had (per-rule counts only, no message read): 1 and 32; 29 with
    # the Cantonese work from batch26; 28 with the rules from batch27 and batch28; 25 with
    # those from batch34 and batch35; 24 with those from batch41 and batch42; 21 with those
    # from batch45 to batch47, 22 after that work's review withdrew loose wording; 21 with the
    # extortion pack (batch54).
    pytest.param("holdout7", 120, 1, 10, id="holdout7"),
    # Cantonese-speaking traffic, written apart from batch26 and measured once after the rules
    # written from it (368 rules): 2 held, 34 delivered (the 365 rules of 94bfef7: 2 and 40);
    # 33 with the rules from batch31 to batch33; 32 with those from batch41 and batch42; 31
    # with those from batch45 to batch47, 30 with those from batch48 and batch49, 28 with the
    # private-payee rule (after batch54).
    pytest.param("holdout8", 120, 1, 16, id="holdout8"),
    # Conversational and link-less fraud in English and Chinese, written apart from batch27,
    # batch28 and the rules while the rules from those were written, measured once after them
    # (376 rules): 0 held, 37 delivered (the 368 rules of e4ed4dc: 0 and 46); 36 with the
    # rules written from batch29 and batch30; 33 with those from batch34 and batch35; 30 with
    # those from batch41 and batch42; 26 with those from batch45 to batch47.
    pytest.param("holdout9", 150, 0, 13, id="holdout9"),
    # holdout10 (authority scripts, marketplace fraud, Malay/Indonesian/Tagalog), written apart
    # from batch31 to batch33 and the rules, never read: with the 383 rules of e498fed 3 held
    # and 63 delivered; measured once after the rules from those sets (416 rules): 2 and 46;
    # 43 with the rules from batch34 and batch35; 42 with those from batch41 and batch42; 41
    # with those from batch43; 39 with the extortion pack and the private-payee rule.
    pytest.param("holdout10", 150, 2, 24, id="holdout10"),
    # holdout11 (overseas Chinese communities and students; telecom, utility and subscription
    # fraud), written apart from batch34, batch35 and the rules, never read: with the 416
    # rules of 3b2805b 0 held and 28 delivered; measured once after the rules from those sets
    # (432 rules): 0 and 21.
    pytest.param("holdout11", 150, 0, 14, id="holdout11"),
    # holdout14 (brand-phishing waves of 2025-2026 and their evasions), written apart from
    # batch38 and the rules, never read: with the 433 rules of 3714ba4 0 held and 8 delivered;
    # measured once after the work on batch38: the same.
    pytest.param("holdout14", 150, 0, 3, id="holdout14"),
    # holdout15 (fraud that lives in the conversation, without links, English and Chinese),
    # written apart from batch41, batch42 and the rules, never read: with the 433 rules of
    # c286547 1 held and 43 delivered; measured once after the rules from those sets (443
    # rules): 1 and 40; 38 with the rules from batch45 to batch47. Its held legitimate message
    # exceeds the 1-in-300 budget (1 in 150).
    pytest.param("holdout15", 150, 1, 16, id="holdout15"),
    # holdout16 (romance, investment, marketplace, rental, sextortion and code-theft fraud in
    # conversation), written apart from batch45 to batch47 and the rules, never read: with the
    # 446 rules of 7955391 2 held and 69 delivered; after the rules from those sets (460
    # rules): 2 and 63; 62 with the rules from batch48 and batch49. Its two held legitimate
    # messages exceed the 1-in-300 budget. 58 with the extortion pack (batch54).
    pytest.param("holdout16", 150, 2, 33, id="holdout16"),
    # holdout18 (the same theme, a second hold-out), written apart from batch48, batch49 and
    # the rules, never read: with the 446 rules of 7955391 5 held and 69 delivered; with the
    # 460 rules after the batch45 to batch47 work 4 and 58; after the batch48 and batch49
    # work 3 and 58. Its three held legitimate messages exceed the 1-in-300 budget.
    # 56 with the extortion pack (batch54), 49 with the private-payee rule.
    # Raised on 2026-12-07: one genuine message more held by EN_ACCOUNT_FOR_HIRE, accepted with the
    # rule (bench/ACCURACY.md, the fifty-fourth stop).
    pytest.param("holdout18", 150, 4, 22, id="holdout18"),
    # holdout20 (inbound SMS of Hong Kong, Taiwan, Singapore, Malaysia and Macau), written apart
    # from batch51 and the rules, never read: with the 461 rules of 2026-12-02 2 held and 30
    # delivered under the mainland plan (1 and 30 under each market's own); after the rules
    # from batch51 (463 rules) 2 and 26 (1 and 27); 2 and 25 (1 and 26) with the extortion
    # pack (batch54).
    pytest.param("holdout20", 150, 2, 18, id="holdout20"),
    # holdout21 (premium-rate, subscription and call-back fraud, the theme of batch52), written
    # apart from batch52 and the rules, never read: with the 463 rules of aeaf474 1 held and 83
    # delivered under either plan; after the batch52 work (469 rules) 1 and 61 under the
    # mainland plan, 2 and 24 under each market's own (the each-market test below).
    pytest.param("holdout21", 150, 1, 46, id="holdout21"),
    # holdout22 (illegal-service advertising in Chinese, the theme of batch53), written apart
    # from batch53 and the rules, never read: with the 463 rules of aeaf474 4 held and 58
    # delivered under the mainland plan; after the batch53 work (470 rules) 4 and 34 (each
    # market's own: 0 and 34). Its four held legitimate messages, held before that work too,
    # exceed the 1-in-300 budget. 33 once CN_ILLEGAL_SERVICE_AD read the paired trade
    # (办证刻章), seals cut without the licence and invoices with no trade behind them (823 rules).
    pytest.param("holdout22", 100, 4, 25, id="holdout22"),
    # holdout23 (extortion and threat messages, the theme of batch54), written apart from
    # batch54 and the rules, never read: with the 470 rules of 149c505 2 held and 59 delivered
    # under the mainland plan (1 and 59 under each market's own); after the batch54 work (486
    # rules) 2 and 39 (1 and 39); 38 with the private-payee rule that followed.
    pytest.param("holdout23", 100, 2, 24, id="holdout23"),
    # holdout24 (subsidy, procurement, insurance, exam, merchant-platform and driving frauds in
    # Chinese, the theme of batch55), written apart from batch55 and the rules, never read:
    # with the 470 rules of 149c505 1 held and 20 delivered under the mainland plan (0 and 20
    # under each market's own); after the batch55 work (493 rules) 1 and 18 (0 and 18).
    pytest.param("holdout24", 100, 1, 14, id="holdout24"),
    # holdout25 (travel and transport fraud, the theme of batch56), written apart from batch56
    # and the rules, never read: with the 493 rules of 5eaaaae 0 held and 17 delivered under
    # either plan; 0 and 17 with the travel pack as first written, before batch56 was read
    # (497 rules); after the batch56 work (505 rules) 0 and 11.
    pytest.param("holdout25", 100, 0, 4, id="holdout25"),
    # holdout26 (schools, universities and student money, the theme of batch57), written apart
    # from batch57 and the rules, never read: with the 493 rules of 5eaaaae 1 held and 27
    # delivered under either plan; 1 and 26 with the two school-fee rules written before batch57
    # was read; after the batch57 work (515 rules) 1 and 23.
    pytest.param("holdout26", 100, 1, 9, id="holdout26"),
    # holdout27 (online accounts, social media, devices and apps, the theme of batch58), written
    # apart from batch58 and the rules, never read: with the 493 rules of 5eaaaae 1 held and
    # 12 delivered under either plan; 1 and 11 with the accounts pack as first written, before
    # batch58 was read (520 rules); after the batch58 work (526 rules) 1 and 8.
    pytest.param("holdout27", 100, 0, 4, id="holdout27"),
    # holdout28 (home, property and local services, the theme of batch59), written apart from
    # batch59 and the rules, never read: with the 493 rules of 5eaaaae 0 held and 27 delivered
    # under either plan; 0 and 26 with the home pack as first written, before batch59 was read
    # (530 rules); after the batch59 work (534 rules) 0 and 24.
    pytest.param("holdout28", 100, 0, 9, id="holdout28"),
    # holdout29 (health care and charity, the theme of batch60), written apart from batch60 and
    # the rules, never read: with the 493 rules of 5eaaaae (and the 534 of d1ea97c) 0 held and
    # 18 delivered (19 under each market's own plan); 0 and 15 with the health pack as first
    # written, before batch60 was read (543 rules); after the batch60 work (555 rules) 0 and 10.
    pytest.param("holdout29", 100, 0, 3, id="holdout29"),
    # holdout30 (games, streaming, tickets and entertainment, the theme of batch61), written
    # apart from batch61 and the rules, never read: with the 493 rules of 5eaaaae 0 held and 21
    # delivered under either plan; 0 and 19 with the entertainment pack as first written, before
    # batch61 was read (562 rules); after the batch61 work (567 rules) 0 and 15.
    pytest.param("holdout30", 100, 0, 11, id="holdout30"),
    # holdout31 (vehicles, driving and motoring, the theme of batch62), written apart from
    # batch62 and the rules, never read: with the 493 rules of 5eaaaae 2 held and 18 delivered
    # under either plan (the 2 held by rules older than the set, not read); 2 and 17 with the
    # 567 rules before the motoring pack; 2 and 15 with the pack as first written (576 rules);
    # after the batch62 work (580 rules) 2 and 13.
    pytest.param("holdout31", 100, 0, 6, id="holdout31"),
    # holdout32 (work, payroll and small business, the theme of batch63), written apart from
    # batch63 and the rules, never read: with the 493 rules of 5eaaaae 1 held (by older rules,
    # not read) and 20 delivered under either plan; 1 and 17 with the workplace pack as first
    # written (588 rules); after the batch63 work (590 rules) 1 and 17.
    pytest.param("holdout32", 100, 0, 6, id="holdout32"),
    # holdout33 (older people and their families, the theme of batch64), written apart from
    # batch64 and the rules, never read: with the 493 rules of 5eaaaae 0 held and 28 delivered
    # (30 under each market's own plan); 0 and 28 (30) with the 590 rules before the seniors
    # pack; 0 and 21 (22) with the pack as first written (600 rules); after the batch64 work
    # (609 rules) 0 and 14 (15).
    pytest.param("holdout33", 100, 0, 5, id="holdout33"),
    # holdout34 (debts, arrears, collection and legal action, the theme of batch65), written
    # apart from batch65 and the rules, never read: with the 493 rules of 5eaaaae 2 held (by
    # older rules, not read) and 15 delivered (16 under each market's own plan); the same with
    # the 609 rules before the debts pack; 2 and 12 with the pack as first written (617 rules);
    # after the batch65 work (622 rules) 1 and 9.
    pytest.param("holdout34", 100, 0, 2, id="holdout34"),
    # holdout35 (insurance, the theme of batch66), written apart from batch66 and the rules,
    # never read: with the 493 rules of 5eaaaae 1 held (by older rules, not read; 0 under each
    # market's own plan) and 20 delivered (22); the same with the 622 rules before the
    # insurance pack; 1 and 14 (16) with the pack as first written (635 rules); after the
    # batch66 work (648 rules) 1 and 11 (13).
    pytest.param("holdout35", 100, 1, 4, id="holdout35"),
    # holdout36 (pets, animals, hobbies and clubs, the theme of batch67), written apart from
    # batch67 and the rules, never read: with the 493 rules of 5eaaaae and the 622 before the
    # leisure pack 0 held and 32 delivered; 1 and 23 with the pack as first written (635 rules;
    # the held one by CN_LOST_PET_FOUND_ASK, which now only tags); after the batch67 work (648
    # rules) 0 and 21.
    pytest.param("holdout36", 100, 0, 10, id="holdout36"),
    # holdout37 (phone carriers, telecom services and household utilities, the theme of
    # batch68), written apart from batch68 and the rules, never read: with the 493 rules of
    # 5eaaaae and the 648 before the utilities pack 0 held and 16 delivered under either plan;
    # 0 and 14 with the pack as first written (661 rules); after the batch68 work (671 rules)
    # 0 and 11.
    pytest.param("holdout37", 100, 0, 3, id="holdout37"),
    # holdout38 (jobs, recruitment, part-time tasks and side income, the theme of batch69),
    # written apart from batch69 and the rules, never read: with the 493 rules of 5eaaaae 0
    # held and 19 delivered (20 under each market's own plan); 0 and 15 (16) with the 671 rules
    # before the jobs pack and with the pack as first written (680 rules); after the batch69
    # work (695 rules) 0 and 12 (13).
    pytest.param("holdout38", 100, 0, 7, id="holdout38"),
    # holdout39 (banks, cards, e-wallets and payment apps, the theme of batch70), written apart
    # from batch70 and the rules, never read: with the 493 rules of 5eaaaae 1 held (by older
    # rules, not read; under either plan) and 7 delivered; 1 and 6 with the 695 rules before
    # the banking pack and with the pack as first written (701 rules); after the batch70 work
    # (705 rules) 1 and 5.
    pytest.param("holdout39", 100, 0, 0, id="holdout39"),
    # holdout40 (public agencies: medical insurance, social security, pensions, tax, police and
    # courts, the theme of batch71), written apart from batch71 and the rules, never read: 1
    # held (by older rules, not read; under either plan) and 12 delivered with the rules of
    # 5eaaaae, with the 705 before the agencies pack and with the pack as first written (710
    # rules); after the batch71 work (714 rules) 1 and 11.
    pytest.param("holdout40", 100, 1, 5, id="holdout40"),
    # holdout41 (online shopping, parcels, deliveries and marketplaces, the theme of batch72),
    # written apart from batch72 and the rules, never read: with the 493 rules of 5eaaaae 0
    # held and 18 delivered under either plan; 0 and 14 with the 714 rules before the shopping
    # pack, with the pack as first written (719 rules) and after the batch72 work (725 rules).
    pytest.param("holdout41", 100, 0, 10, id="holdout41"),
    # holdout42 (loans, credit, credit reports and investment, the theme of batch73), written
    # apart from batch73 and the rules, never read: 1 held (by older rules, not read; under
    # either plan) and 11 delivered with the rules of 5eaaaae, with the 725 before the credit
    # pack and with the pack as first written (742 rules); after the batch73 work (759 rules)
    # 1 and 9.
    pytest.param("holdout42", 100, 0, 5, id="holdout42"),
    # holdout43 (prizes, rewards, loyalty points, coupons and giveaways, the theme of batch74),
    # written apart from batch74 and the rules, never read: 2 held (by older rules, not read;
    # under either plan) and 9 delivered with the rules of 5eaaaae, with the 725 before the
    # rewards pack and with the pack as first written (742 rules); after the batch74 work (759
    # rules) 2 and 7.
    pytest.param("holdout43", 100, 2, 5, id="holdout43"),
    # holdout44 (family, friends, bosses and acquaintances impersonated, the theme of batch75),
    # written apart from batch75 and the rules, never read: 0 held and 25 delivered with the
    # rules of 5eaaaae under either plan; 0 and 22 with the 759 rules before the family pack;
    # 0 and 19 with the pack as first written (775 rules); after the batch75 work (795 rules)
    # 0 and 17.
    pytest.param("holdout44", 100, 0, 11, id="holdout44"),
    # holdout45 (tech support, devices, cloud storage and software subscriptions, the theme of
    # batch76), written apart from batch76 and the rules, never read: 0 held and 18 delivered
    # with the rules of 5eaaaae; 0 and 17 with the 759 rules before the devices pack and with
    # the pack as first written (775 rules); after the batch76 work (795 rules) 0 and 13.
    pytest.param("holdout45", 100, 0, 6, id="holdout45"),
    # holdout46 (tax, benefits and government payments, the theme of batch77), written apart
    # from batch77 and the rules, never read: 2 held (by older rules, not read) and 12
    # delivered with the rules of 5eaaaae; 2 and 10 with the 795 rules before the taxes pack
    # and with the pack as first written (805 rules); after the batch77 work (813 rules) 2 and
    # 9 (10 under each market's own plan).
    pytest.param("holdout46", 100, 1, 4, id="holdout46"),
    # holdout47 (social media, messaging apps, short video and live-streaming, the theme of
    # batch78), written apart from batch78 and the rules, never read: 1 held (by older rules,
    # not read) and 20 delivered with the rules of 5eaaaae; 1 and 16 with the 795 rules before
    # the social pack and with the pack as first written (805 rules); after the batch78 work
    # (813 rules) 1 and 12.
    pytest.param("holdout47", 100, 1, 5, id="holdout47"),
    # holdout48 (genuine notices that read like fraud and the frauds that copy them, the theme
    # of batch79), written apart from batch79 and the rules, never read: 4 held (3 under each
    # market's own plan; by older rules, not read) and 10 delivered with the rules of 5eaaaae;
    # 4 and 7 with the 813 rules of ae0befe, after the work on the older sets' genuine messages
    # (814 rules) and after the batch79 work (816 rules).
    pytest.param("holdout48", 100, 3, 2, id="holdout48"),
    # holdout49 (everyday genuine messages from businesses and people that read like fraud,
    # the theme of batch80), written apart from batch80 and the rules, never read: 1 held and
    # 20 delivered with the rules of 5eaaaae; 2 (by older rules, not read) and 16 with the 813
    # rules of ae0befe and the 816 of 403b38b; after the batch80 work (820 rules) 2 and 15.
    pytest.param("holdout49", 100, 1, 6, id="holdout49"),
    # holdout50 (genuine service notices of mainland China, Hong Kong and Taiwan that read like
    # fraud, the theme of batch81), written apart from batch81 and the rules, never read: 0
    # held and 12 delivered with the rules of 5eaaaae; 0 and 11 with the 813 rules of ae0befe,
    # the 820 of ba33609 and after the batch81 work (823 rules).
    pytest.param("holdout50", 100, 0, 7, id="holdout50"),
    # holdout51 (scripts new or changed in 2025-2026 and the genuine messages they copy, the
    # theme of batch82), written apart from batch82 and the rules, never read: 1 held (by
    # older rules, counted by rule id) and 9 delivered blind with the 823 rules of 69fa6fe
    # and after the batch82 work (827 rules).
    pytest.param("holdout51", 100, 0, 6, id="holdout51"),
    # holdout52 (links in SMS, the theme of batch83), written apart from batch83 and the rules,
    # never read: 7 held and 9 delivered blind with the 827 rules of 53294fe; 5 and 9 after the
    # batch83 work (828 rules; each market's own 6 and 4 held).
    pytest.param("holdout52", 100, 4, 4, id="holdout52"),
    # holdout53 (first messages from strangers, the theme of batch84), written apart from
    # batch84 and the rules, never read: 0 held and 39 delivered blind with the 828 rules of
    # 567d68b; 0 and 37 after the batch84 work (829 rules). Most of its frauds are openers.
    pytest.param("holdout53", 100, 0, 16, id="holdout53"),
    # holdout54 (small businesses and workers texting from their own mobiles, the theme of
    # batch85), written apart from batch85 and the rules, never read: 0 held and 21 delivered
    # blind with the 829 rules of 9508e8c and after the batch85 work.
    pytest.param("holdout54", 100, 0, 8, id="holdout54"),
    # holdout55 (the most common SMS frauds of English-speaking markets, the theme of batch86),
    # written apart from batch86 and the rules, never read: 2 held and 5 delivered blind with
    # the 829 rules of 44f6583 and after the batch86 work.
    pytest.param("holdout55", 100, 2, 2, id="holdout55"),
    # holdout56 (the most common SMS frauds of mainland China, the theme of batch87), written
    # apart from batch87 and the rules, never read: 0 held and 11 delivered blind with the 829
    # rules of 93f5215 and after the batch87 work (831 rules).
    pytest.param("holdout56", 100, 0, 3, id="holdout56"),
    # holdout57 (seasonal and year-end waves, the theme of batch88), written apart from batch88
    # and the rules, never read: 0 held and 11 delivered blind with the 831 rules of ce32dba
    # and after the batch88 work (833 rules).
    pytest.param("holdout57", 100, 0, 4, id="holdout57"),
    # holdout58 (rural towns, farmers and villages, the theme of batch89), written apart from
    # batch89 and the rules, never read: 0 held and 13 delivered blind with the 833 rules of
    # 04bab9e; 0 and 11 after the batch89 work (837 rules).
    pytest.param("holdout58", 100, 0, 6, id="holdout58"),
    # holdout59 (India, the theme of batch90), written apart from batch90 and the rules, never
    # read: 3 held and 21 delivered blind with the 837 rules of 004213b; 2 and 15 after the
    # batch90 work (846 rules).
    pytest.param("holdout59", 100, 2, 8, id="holdout59"),
    # holdout60 (Pakistan and Bangladesh, the theme of batch91), written apart from batch91
    # and the rules, never read: 2 held and 58 delivered blind with the 846 rules of f6850a5;
    # 2 and 37 after the batch91 work (857 rules).
    pytest.param("holdout60", 100, 2, 32, id="holdout60"),
    # holdout61 (Nigeria, Ghana, Kenya and South Africa, the theme of batch92), written apart
    # from batch92 and the rules, never read: 2 held and 29 delivered blind with the 857 rules
    # of 0923c83; 2 and 24 after the batch92 work (862 rules).
    pytest.param("holdout61", 100, 2, 17, id="holdout61"),
    # holdout62 (the Philippines, the theme of batch93), written apart from batch93 and the
    # rules, never read: 1 held and 19 delivered blind with the 862 rules of 1f0bcba; 1 and 17
    # after the batch93 work (867 rules).
    pytest.param("holdout62", 100, 0, 14, id="holdout62"),
    # holdout63 (Hong Kong and Macau, the theme of batch94), written apart from batch94 and the
    # rules, never read: 0 held and 15 delivered blind with the 867 rules of 12a4174; 0 and 15
    # after the batch94 work (881 rules).
    pytest.param("holdout63", 100, 0, 9, id="holdout63"),
    # holdout64 (the Gulf states, the theme of batch95), written apart from batch95 and the
    # rules, never read: 0 held and 19 delivered blind with the 867 rules of 12a4174; 0 and 18
    # after the batch95 work (881 rules).
    pytest.param("holdout64", 100, 0, 14, id="holdout64"),
    # holdout65 (Taiwan, the theme of batch96), written apart from batch96 and the rules, never
    # read: 0 held and 16 delivered blind with the 876 rules of 12e062f; 0 and 14 after the
    # batch96 work (881 rules).
    pytest.param("holdout65", 100, 0, 13, id="holdout65"),
    # holdout66 (the United Kingdom and Ireland, the theme of batch97), written apart from
    # batch97 and the rules, never read: 0 held and 13 delivered blind with the 876 rules of
    # 12e062f; 0 and 13 after the batch97 work (881 rules).
    pytest.param("holdout66", 100, 0, 9, id="holdout66"),
    # holdout67 (the United States and Canada, the theme of batch98), written apart from
    # batch98 and the rules, never read: 1 held and 14 delivered blind with the 881 rules of
    # 3265ae6; 1 and 13 after the batch98 work (886 rules).
    pytest.param("holdout67", 100, 1, 8, id="holdout67"),
    # holdout68 (Singapore and Malaysia, the theme of batch99), written apart from batch99 and
    # the rules, never read: 2 held and 18 delivered blind with the 881 rules of 3265ae6; 2 and
    # 17 after the batch99 work (886 rules).
    pytest.param("holdout68", 100, 1, 6, id="holdout68"),
    # holdout69 (Australia and New Zealand, the theme of batch100), written apart from batch100
    # and the rules, never read: 0 held and 12 delivered blind with the 886 rules of 86863b5; 0
    # and 11 after the batch100 work (895 rules).
    pytest.param("holdout69", 100, 0, 4, id="holdout69"),
    # holdout70 (Indonesia, the theme of batch101), written apart from batch101 and the rules,
    # never read: 0 held and 41 delivered blind with the 887 rules of 798ce14; 0 and 32 after
    # the batch101 work (895 rules).
    pytest.param("holdout70", 100, 0, 26, id="holdout70"),
    # holdout71 (mainland fraud written to slip past keyword filters, the theme of batch102),
    # written apart from batch102 and the rules, never read: 1 held and 16 delivered blind with
    # the 895 rules of 19b2600; 1 and 15 after the batch102 to batch105 work (901 rules).
    pytest.param("holdout71", 100, 1, 11, id="holdout71"),
    # holdout72 (English fraud written to slip past filters in six markets, the theme of
    # batch103), never read: 0 held and 10 delivered blind (19b2600); 0 and 10 after.
    pytest.param("holdout72", 100, 0, 7, id="holdout72"),
    # holdout73 (medical insurance, social security, housing fund and pensions, the theme of
    # batch104), never read: 1 held and 12 delivered blind (19b2600); 1 and 8 after.
    pytest.param("holdout73", 100, 1, 7, id="holdout73"),
    # holdout74 (enterprise ports and service numbers, the theme of batch105), never read: 0
    # held and 8 delivered blind (19b2600); 0 and 8 after.
    pytest.param("holdout74", 100, 0, 4, id="holdout74"),
    # holdout75 (SMS that goes with a phone call, the theme of batch106), never read: 1 held and
    # 19 delivered blind with the 901 rules of b738471; 0 and 16 after the batch106 work (906).
    pytest.param("holdout75", 100, 0, 10, id="holdout75"),
    # holdout76 (money mules, rented accounts and crypto cash-outs, the theme of batch107), never
    # read: 1 held and 46 delivered blind with the 906 rules of 39a0cf7; 1 and 41 after the
    # batch107 work (910 rules).
    pytest.param("holdout76", 100, 0, 20, id="holdout76"),
    # holdout77 (government subsidies, vouchers and benefit payouts, the theme of batch108), never
    # read: 0 held and 12 delivered blind with the 910 rules of f51e83f; 0 and 11 after the
    # batch108 work (967 rules).
    pytest.param("holdout77", 100, 0, 8, id="holdout77"),
    # holdout78 (fraud under a genuine sender's name or number, the theme of batch109), never read:
    # 0 held and 30 delivered blind with the 910 rules of f51e83f; 0 and 24 after the batch109 work
    # (967 rules).
    pytest.param("holdout78", 100, 0, 19, id="holdout78"),
    # holdout79 (compensation, refunds and claims, the theme of batch110), never read: 2 held and
    # 16 delivered blind with the 910 rules of f51e83f; 1 and 15 after the batch110 work (967
    # rules).
    pytest.param("holdout79", 100, 0, 10, id="holdout79"),
    # holdout80 (investment, stock groups, crypto platforms and recovery offers, the theme of
    # batch111), never read: 1 held and 31 delivered blind with the 910 rules of f51e83f; 1 and 30
    # after the batch111 work (967 rules).
    pytest.param("holdout80", 100, 0, 18, id="holdout80"),
    # holdout81 (first messages from unknown mobile numbers, the theme of batch112), never read: 0
    # held and 47 delivered blind with the 921 rules of a8ac997; 0 and 42 after the batch112 work
    # (967 rules).
    pytest.param("holdout81", 100, 0, 28, id="holdout81"),
    # holdout82 (small businesses and merchants as recipients, the theme of batch113), never read:
    # 0 held and 27 delivered blind with the 921 rules of a8ac997; 0 and 24 after the batch113 work
    # (967 rules).
    pytest.param("holdout82", 100, 0, 16, id="holdout82"),
    # holdout83 (chat-app and online account takeover, the theme of batch114), never read: 2 held
    # and 17 delivered blind with the 921 rules of a8ac997; 2 and 14 after the batch114 work (967
    # rules).
    pytest.param("holdout83", 100, 1, 11, id="holdout83"),
    # holdout84 (tickets, big events and sports, the theme of batch115), never read: 0 held and 28
    # delivered blind with the 925 rules of c81f2be; 0 and 24 after the batch115 work (967 rules).
    pytest.param("holdout84", 100, 0, 17, id="holdout84"),
    # holdout85 (parcels, deliveries, customs and lockers, the theme of batch116), never read: 0
    # held and 21 delivered blind with the 941 rules of f8104dd; 0 and 17 after the batch116 work
    # (967 rules).
    pytest.param("holdout85", 100, 0, 11, id="holdout85"),
    # holdout86 (banks, cards and payment accounts, the theme of batch117), never read: 0 held and
    # 13 delivered blind with the 941 rules of f8104dd; 0 and 12 after the batch117 work (967
    # rules).
    pytest.param("holdout86", 100, 0, 6, id="holdout86"),
    # holdout87 (tolls, fines, vehicles and driving, the theme of batch118), never read: 0 held and
    # 22 delivered blind with the 941 rules of f8104dd; 0 and 22 after the batch118 work (967
    # rules).
    pytest.param("holdout87", 100, 0, 12, id="holdout87"),
    # holdout88 (jobs, tasks and side income, the theme of batch119), never read: 1 held and 18
    # delivered blind with the 941 rules of f8104dd; 1 and 15 after the batch119 work (967 rules).
    pytest.param("holdout88", 100, 0, 8, id="holdout88"),
    # holdout89 (phone carriers, utilities and household bills, the theme of batch120), never read:
    # 0 held and 13 delivered blind with the 955 rules of f8852e0; 0 and 12 after the batch120 work
    # (967 rules).
    pytest.param("holdout89", 100, 0, 5, id="holdout89"),
    # holdout90 (online shopping, marketplaces and second-hand sales, the theme of batch121), never
    # read: 1 held and 18 delivered blind with the 955 rules of f8852e0; 1 and 14 after the
    # batch121 work (967 rules).
    pytest.param("holdout90", 100, 1, 6, id="holdout90"),
    # holdout91 (health care, pharmacies and health insurance, the theme of batch122), never read: 0
    # held and 18 delivered blind with the 967 rules of 9aaa0b7; 0 and 16 after the batch122 work
    # (1,014 rules).
    pytest.param("holdout91", 100, 0, 6, id="holdout91"),
    # holdout92 (romance, dating and sextortion, the theme of batch123), never read: 0 held and 27
    # delivered blind with the 967 rules of 9aaa0b7; 0 and 23 after the batch123 work (1,014 rules).
    pytest.param("holdout92", 100, 0, 10, id="holdout92"),
    # holdout93 (travel: airlines, trains, hotels, visas and holiday bookings, the theme of
    # batch124), never read: 0 held and 14 delivered blind with the 983 rules of 2030a53; 0 and 10
    # after the batch124 work (1,014 rules).
    pytest.param("holdout93", 100, 0, 7, id="holdout93"),
    # holdout94 (homes: renting, buying and selling, renovation, repairs and moving, the theme of
    # batch125), never read: 0 held and 27 delivered blind with the 983 rules of 2030a53; 0 and 26
    # after the batch125 work (1,014 rules).
    pytest.param("holdout94", 100, 0, 16, id="holdout94"),
    # holdout95 (education: schools, exams, training and student finance, the theme of batch126),
    # never read: 0 held and 16 delivered blind with the 998 rules of 522c744; 0 and 11 after the
    # batch126 work (1,014 rules).
    pytest.param("holdout95", 100, 0, 7, id="holdout95"),
    # holdout96 (online games, game accounts, in-game items and esports, the theme of batch127),
    # never read: 0 held and 18 delivered blind with the 998 rules of 522c744; 0 and 18 after the
    # batch127 work (1,014 rules).
    pytest.param("holdout96", 100, 0, 9, id="holdout96"),
    # holdout97 (ride-hailing, taxis, food delivery and local-service apps, the theme of batch128),
    # never read: 0 held and 15 delivered blind with the 1,008 rules of 3db20b8; 0 and 13 after the
    # batch128 work (1,014 rules).
    pytest.param("holdout97", 100, 0, 6, id="holdout97"),
    # holdout98 (identity documents and digital identity, the theme of batch129), never read: 0 held
    # and 6 delivered blind with the 1,008 rules of 3db20b8; 0 and 6 after the batch129 work (1,014
    # rules).
    pytest.param("holdout98", 100, 0, 4, id="holdout98"),
    # holdout99 (charity, disaster relief, crowdfunding and religious giving, the theme of
    # batch130), never read: 1 held and 24 delivered blind with the 1,014 rules of 31986e8; 1 and
    # 22 after the batch130 work (1,014 rules of ccc5674).
    pytest.param("holdout99", 100, 1, 14, id="holdout99"),
    # holdout100 (pensions, retirement savings, annuities and life insurance, the theme of
    # batch131), never read: 0 held and 11 delivered blind with the 1,014 rules of 31986e8; 0 and 9
    # after the batch131 work (1,014 rules of ccc5674).
    pytest.param("holdout100", 100, 0, 8, id="holdout100"),
    # holdout101 (lotteries, betting, casinos and gambling, the theme of batch132), never read: 2
    # held and 18 delivered blind with the 1,014 rules of 284610d; 2 and 16 after the batch132 work
    # (1,014 rules of ccc5674).
    pytest.param("holdout101", 100, 1, 12, id="holdout101"),
    # holdout102 (courts, lawyers, summonses, jury duty, notaries and legal services, the theme of
    # batch133), never read: 0 held and 14 delivered blind with the 1,014 rules of 284610d; 0 and
    # 14 after the batch133 work (1,014 rules of ccc5674).
    pytest.param("holdout102", 100, 0, 9, id="holdout102"),
    # holdout103 (beauty, cosmetic clinics, weight loss, gyms and fitness, the theme of batch134),
    # never read: 0 held and 17 delivered blind with the 1,014 rules of ccc5674; 0 and 15 after the
    # batch134 work (1,016 rules of b37e67f).
    pytest.param("holdout103", 100, 0, 9, id="holdout103"),
    # holdout104 (weddings, parties, photography, event venues and funerals, the theme of
    # batch135), never read: 0 held and 25 delivered blind with the 1,014 rules of ccc5674; 0 and
    # 24 after the batch135 work (1,016 rules of b37e67f).
    pytest.param("holdout104", 100, 0, 13, id="holdout104"),
    # holdout105 (gold, jewellery, watches, luxury goods and pawnshops, the theme of batch136),
    # never read: 1 held and 23 delivered blind with the 1,015 rules of 4bd63ff; 1 and 23 after the
    # batch136 work (1,018 rules of 0c2cfb9).
    pytest.param("holdout105", 100, 0, 14, id="holdout105"),
    # holdout106 (surveys, census, polls, elections and market research, the theme of batch137),
    # never read: 1 held and 18 delivered blind with the 1,015 rules of 4bd63ff (19 in each
    # market's own plan); 1 and 17 (18) after the batch137 work (1,018 rules of 0c2cfb9).
    pytest.param("holdout106", 100, 1, 9, id="holdout106"),
    # holdout107 (AI tools, deepfakes, voice cloning and app subscriptions, the theme of batch138),
    # never read: 1 held and 5 delivered blind with the 1,018 rules of 4f06da0 (no rule has used
    # batch138 yet).
    pytest.param("holdout107", 100, 0, 1, id="holdout107"),
    # holdout108 (public transport, parking, EV charging and transport cards, the theme of
    # batch139), never read: 0 held and 11 delivered blind with the 1,018 rules of 4f06da0 (no rule
    # has used batch139 yet).
    pytest.param("holdout108", 100, 0, 8, id="holdout108"),
    # holdout109 (pets, animals, vets and pet services, the theme of batch140), never read: 0 held
    # and 17 delivered blind with the 1,019 rules of b7ecdf6.
    pytest.param("holdout109", 100, 0, 9, id="holdout109"),
    # holdout110 (home energy: solar, heat pumps, insulation and energy rebates, the theme of
    # batch141), never read: 2 held and 20 delivered blind with the 1,019 rules of b7ecdf6; 2 and 19
    # after the batch141 work (1,029 rules of 2410979).
    pytest.param("holdout110", 100, 2, 16, id="holdout110"),
    # holdout111 (creators, influencers, livestream selling and social-media accounts, the theme
    # of batch142), never read: 2 held and 21 delivered blind with the 1,021 rules of a6f5ab6; 2 and
    # 20 after the batch142 work (1,029 rules of 2410979).
    pytest.param("holdout111", 100, 2, 10, id="holdout111"),
    # holdout112 (farmers, rural life, agriculture and livestock, the theme of batch143), never
    # read: 1 held and 19 delivered blind with the 1,021 rules of a6f5ab6; 0 and 19 after the
    # batch143 work (1,029 rules of 2410979).
    pytest.param("holdout112", 100, 0, 10, id="holdout112"),
    # holdout113 (buying and selling cars, the theme of batch144), never read: 0 held and 20
    # delivered blind with the 1,029 rules of 71b65c1; 0 and 19 after the batch144 work (1,037
    # rules of 656ba67).
    pytest.param("holdout113", 100, 0, 16, id="holdout113"),
    # holdout114 (natural disasters, extreme weather and emergencies, the theme of batch145), never
    # read: 0 held and 21 delivered blind with the 1,029 rules of 71b65c1; 0 and 19 after the
    # batch145 work (1,037 rules of 656ba67).
    pytest.param("holdout114", 100, 0, 10, id="holdout114"),
    # holdout115 (insurance policies, the theme of batch146), never read: 3 held (4 in the mainland
    # plan) and 23 delivered blind with the 1,037 rules of 38f4852; 1 (2) and 22 after the batch146
    # work (1,039 rules of 1d61cc9).
    pytest.param("holdout115", 100, 2, 13, id="holdout115"),
    # holdout116 (devices and tech support, the theme of batch147), never read: 0 held and 10
    # delivered blind with the 1,037 rules of 38f4852; 0 and 10 after the batch147 work (1,039 rules
    # of 1d61cc9).
    pytest.param("holdout116", 100, 0, 7, id="holdout116"),
    # holdout117 (students and families abroad, the theme of batch148), never read: 1 held and 9
    # delivered blind with the 1,039 rules of 3d552f2; 1 and 9 after the batch148 work (1,042 rules
    # of 3322a0d).
    pytest.param("holdout117", 100, 0, 7, id="holdout117"),
    # holdout118 (freelancers and gig workers, the theme of batch149), never read: 1 held and 23
    # delivered blind with the 1,039 rules of 3d552f2; 1 and 23 after the batch149 work (1,042 rules
    # of 3322a0d).
    pytest.param("holdout118", 100, 1, 11, id="holdout118"),
    # holdout119 (timeshares, holiday clubs and travel memberships, the theme of batch150), never
    # read: 1 held (3 in the mainland plan) and 34 delivered blind with the 1,042 rules of a9692c0;
    # 0 (1) and 26 after the batch150 work (1,047 rules of 885616b).
    pytest.param("holdout119", 100, 1, 15, id="holdout119"),
    # holdout120 (data breaches, identity theft and credit reports, the theme of batch151), never
    # read: 2 held and 15 delivered blind with the 1,042 rules of a9692c0; 2 and 14 after the
    # batch151 work (1,047 rules of 885616b).
    pytest.param("holdout120", 100, 2, 5, id="holdout120"),
    # holdout121 (jobs abroad, labour agencies and overseas work, the theme of batch152), never
    # read: 0 held and 27 delivered (28 under each market's own) blind with the 1,047 rules of
    # 8572fad; 0 and 26 after the batch152 work (1,072 rules of 681b523).
    pytest.param("holdout121", 100, 0, 17, id="holdout121"),
    # holdout122 (companies' paperwork: trademarks, domain names, company registers and business
    # listings, the theme of batch153), never read: 1 held and 27 delivered blind with the 1,047
    # rules of 8572fad; 1 and 17 after the batch153 work (1,072 rules of 681b523); 1 and 15 with
    # the later rules of the stop (1,084 rules of 08e9b45).
    pytest.param("holdout122", 100, 1, 12, id="holdout122"),
    # holdout123 (babies and young children: maternity, childcare, baby products and child
    # benefits, the theme of batch154), never read: 2 held and 7 delivered blind with the 1,047
    # rules of 8572fad; 2 and 5 after the batch154 work (1,072 rules of 681b523).
    pytest.param("holdout123", 100, 2, 3, id="holdout123"),
    # holdout124 (veterans, military service and their families, the theme of batch155), never
    # read: 0 held and 20 delivered blind with the 1,047 rules of 8572fad; 0 and 19 after the
    # batch155 work (1,072 rules of 681b523).
    pytest.param("holdout124", 100, 0, 9, id="holdout124"),
    # holdout125 (freight, import and export, customs brokers and B2B trade, the theme of
    # batch156), never read: 0 held and 26 delivered blind with the 1,047 rules of 8572fad; 0
    # and 24 after the batch156 work (1,072 rules of 681b523).
    pytest.param("holdout125", 100, 0, 12, id="holdout125"),
    # holdout126 (phone numbers, roaming, eSIMs and travel SIMs, the theme of batch157), never
    # read: 0 held and 16 delivered blind with the 1,047 rules of 8572fad; 0 and 13 after the
    # batch157 work (1,072 rules of 681b523).
    pytest.param("holdout126", 100, 0, 8, id="holdout126"),
    # holdout127 (health products and wellness talks sold to older people, the theme of
    # batch158), never read: 1 held and 28 delivered blind with the 1,047 rules of 8572fad; 1
    # and 23 after the batch158 work (1,072 rules of 681b523).
    pytest.param("holdout127", 100, 1, 15, id="holdout127"),
    # holdout128 (property management, residential estates and owners' associations, the theme
    # of batch159), never read: 0 held and 19 delivered blind with the 1,047 rules of 8572fad; 0
    # and 18 after the batch159 work (1,072 rules of 681b523).
    pytest.param("holdout128", 100, 0, 12, id="holdout128"),
    # holdout129 (restaurants, cafes and food businesses, the theme of batch160), never read: 0
    # held and 22 delivered blind with the 1,072 rules of 27b2fc5; 0 and 21 after the batch160
    # work (1,084 rules of 08e9b45).
    pytest.param("holdout129", 100, 0, 10, id="holdout129"),
    # holdout130 (public and social housing applications, the theme of batch161), never read: 1
    # held and 30 delivered blind with the 1,072 rules of 27b2fc5; 1 and 25 after the batch161
    # work (1,084 rules of 08e9b45).
    pytest.param("holdout130", 100, 1, 17, id="holdout130"),
    # holdout131 (home security, smart home devices and CCTV, the theme of batch162), never
    # read: 2 held and 25 delivered (26 under each market's own) blind with the 1,072 rules of
    # 27b2fc5; 2 and 24 after the batch162 work (1,084 rules of 08e9b45).
    pytest.param("holdout131", 100, 2, 17, id="holdout131"),
    # holdout132 (driving schools, learner drivers and driving tests, the theme of batch163),
    # never read: 1 held and 25 delivered blind with the 1,072 rules of 27b2fc5; 1 and 22 after
    # the batch163 work (1,084 rules of 08e9b45).
    pytest.param("holdout132", 100, 1, 15, id="holdout132"),
    # holdout133 (antiques, collectibles, stamps and coins: appraisal, auctions and buyers, the
    # theme of batch164), never read: 0 held and 38 delivered under the mainland plan blind with
    # the 1,084 rules of 8fd76a0; 0 and 30 after the batch164 work (1,088 rules of 4a9cd20).
    pytest.param("holdout133", 100, 0, 18, id="holdout133"),
    # holdout134 (e-bikes, e-scooters and their batteries, plates and rentals, the theme of
    # batch165), never read: 1 held and 16 delivered under the mainland plan blind with the
    # 1,084 rules of 8fd76a0; 1 and 16 after the batch165 work (1,088 rules of 4a9cd20).
    pytest.param("holdout134", 100, 1, 13, id="holdout134"),
    # holdout135 (marathons, races, sports clubs and youth sport, the theme of batch166), never
    # read: 0 held and 16 delivered under the mainland plan (1 held under each market's own)
    # blind with the 1,084 rules of 8fd76a0; 0 and 15 after the batch166 work (1,088 rules of
    # 4a9cd20).
    pytest.param("holdout135", 100, 0, 10, id="holdout135"),
    # holdout136 (study tours, summer camps and school trips, the theme of batch167), never
    # read: 0 held and 19 delivered under the mainland plan blind with the 1,084 rules of
    # 8fd76a0; 0 and 18 after the batch167 work (1,088 rules of 4a9cd20).
    pytest.param("holdout136", 100, 0, 12, id="holdout136"),
    # holdout137 (debt relief, debt negotiation, credit repair and insolvency, the theme of
    # batch168), never read: 1 held and 20 delivered blind with the 1,089 rules of 4d9a84a; the
    # same after the batch168 work (1,091 rules of 2f23e21).
    pytest.param("holdout137", 100, 1, 13, id="holdout137"),
    # holdout138 (academics and researchers, the theme of batch169), never read: 1 held and 25
    # delivered blind with the 1,089 rules of 4d9a84a; 1 and 20 after the batch169 work (1,091
    # rules of 2f23e21).
    pytest.param("holdout138", 100, 0, 15, id="holdout138"),
    # holdout139 (the workplace: IT helpdesk, staff accounts, HR and payroll, the theme of
    # batch170), never read: 1 held and 16 delivered blind with the 1,091 rules of 2f23e21; the
    # same after the batch170 work (1,096 rules of 4a5b434).
    pytest.param("holdout139", 100, 1, 12, id="holdout139"),
    # holdout140 (local councils, municipal services and neighbourhood offices, the theme of
    # batch171), never read: 1 held and 13 delivered blind with the 1,091 rules of 2f23e21; 1 and
    # 12 after the batch171 work (1,096 rules of 4a5b434).
    pytest.param("holdout140", 100, 1, 8, id="holdout140"),
    # holdout141 (hosts of holiday rentals, guesthouses and small hotels, the theme of batch172),
    # never read: 0 held and 27 delivered blind with the 1,091 rules of 8de0319; 0 and 26 after
    # the batch172 work (1,102 rules of 5066fb8).
    pytest.param("holdout141", 100, 0, 14, id="holdout141"),
    # holdout142 (clinical trials, paid research volunteers, blood and plasma donation, the theme
    # of batch173), never read: 1 held and 28 delivered blind with the 1,096 rules of 4a5b434; 1
    # and 24 after the batch173 work (1,102 rules of 5066fb8).
    pytest.param("holdout142", 100, 1, 15, id="holdout142"),
    # holdout143 (foreigners living and working in mainland China, Hong Kong and Macau, the
    # theme of batch174), never read: 0 held and 16 delivered blind with the 1,102 rules of
    # 5066fb8; the same after the batch174 work (1,103 rules of fb4a3a7).
    pytest.param("holdout143", 100, 0, 8, id="holdout143"),
    # holdout144 (the outdoors: parks, campsites, fishing and hunting licences, boats, the theme
    # of batch175), never read: 0 held and 16 delivered blind with the 1,102 rules of 5066fb8;
    # the same after the batch175 work (1,103 rules of fb4a3a7).
    pytest.param("holdout144", 100, 0, 9, id="holdout144"),
    # holdout145 (inheritance, wills, probate and unclaimed estates, the theme of batch176),
    # never read: 0 held and 24 delivered blind with the 1,103 rules of a4d02c7; 0 and 19 after
    # the batch176 work (1,106 rules of eac1977).
    pytest.param("holdout145", 100, 0, 14, id="holdout145"),
    # holdout146 (online pharmacies, prescription medicines and weight-loss injections, the theme
    # of batch177), never read: 1 held and 17 delivered blind with the 1,103 rules of a4d02c7; 1
    # and 14 after the batch177 work (1,106 rules of eac1977).
    pytest.param("holdout146", 100, 1, 9, id="holdout146"),
    # holdout147 (religious communities, temples, churches, mosques and pilgrimages, the theme of
    # batch178), never read: 1 held and 26 delivered blind with the 1,106 rules of e1c2f71; 1 and
    # 23 after the batch178 work (1,110 rules of 77f4c80).
    pytest.param("holdout147", 100, 1, 11, id="holdout147"),
    # holdout148 (marriage, divorce, child support and family law, the theme of batch179), never
    # read: 0 held and 19 delivered blind with the 1,106 rules of e1c2f71; the same after the
    # batch179 work (1,110 rules of 77f4c80).
    pytest.param("holdout148", 100, 0, 10, id="holdout148"),
    # holdout149 (journalists, media interviews, awards, rankings and PR, the theme of batch180),
    # never read: 0 held and 46 delivered blind with the 1,110 rules of 97536fd; 0 and 39 after the
    # batch180 work (1,114 rules of b0b91f3).
    pytest.param("holdout149", 100, 0, 25, id="holdout149"),
    # holdout150 (care homes, home-care workers and elderly care services, the theme of
    # batch181), never read: 0 held and 23 delivered under the mainland plan (1 held under each
    # market's own) blind with the 1,110 rules of 97536fd; the same after the batch181 work (1,114
    # rules of b0b91f3).
    pytest.param("holdout150", 100, 0, 15, id="holdout150"),
    # holdout151 to holdout154 (the themes of batch182 to batch185: lost phones and lost
    # property; domestic helpers; new payment apps; home appliances), never read, measured blind
    # with the 1,114 rules of 45e5fbb under the mainland plan (each market's own: 2, 1, 1 and 2
    # held); after the rules from their batches (1,123 rules of a6734ef; holdout157 with the
    # 1,128 rules of ff22f60), as below.
    pytest.param("holdout151", 100, 1, 16, id="holdout151"),
    pytest.param("holdout152", 100, 1, 9, id="holdout152"),
    pytest.param("holdout153", 100, 1, 8, id="holdout153"),
    pytest.param("holdout154", 100, 2, 20, id="holdout154"),
    # holdout155 to holdout158 (the themes of batch186 to batch189: fuel cards and car services;
    # crypto wallets and exchanges; public-sector exams and recruitment; online sellers), never
    # read, measured blind with the 1,115 rules of 1099d03 under the mainland plan (16, 15, 20 and
    # 24 delivered; 2, 4, 0 and 0 held); after the rules from their batches (1,123 rules of
    # a6734ef), as below.
    pytest.param("holdout155", 100, 2, 12, id="holdout155"),
    pytest.param("holdout156", 100, 2, 11, id="holdout156"),
    pytest.param("holdout157", 100, 0, 14, id="holdout157"),
    pytest.param("holdout158", 100, 0, 13, id="holdout158"),
    # holdout159 to holdout162 (the themes of batch190 to batch193: recovery scams; supermarkets;
    # hospital appointments; fan clubs), never read, measured blind with the 1,124 rules of
    # 6ac41b1 under the mainland plan (25, 15, 23 and 31 delivered; 1 held); after the rules
    # from their batches (1,128 rules of ff22f60), as below.
    pytest.param("holdout159", 100, 0, 17, id="holdout159"),
    pytest.param("holdout160", 100, 0, 10, id="holdout160"),
    pytest.param("holdout161", 100, 0, 8, id="holdout161"),
    pytest.param("holdout162", 100, 0, 14, id="holdout162"),
    # holdout163 to holdout166 (the themes of batch194 to batch197: language tests; fertility;
    # unpaid wages; car rentals), never read, measured blind with the 1,128 rules of ff22f60 under
    # the mainland plan (24, 29, 22 and 16 delivered; none held); after the rules from their
    # batches (1,134 rules of 26c9c67), as below.
    pytest.param("holdout163", 100, 0, 17, id="holdout163"),
    pytest.param("holdout164", 100, 0, 18, id="holdout164"),
    pytest.param("holdout165", 100, 0, 12, id="holdout165"),
    pytest.param("holdout166", 100, 0, 9, id="holdout166"),
    # holdout167 to holdout171 (the themes of batch198 to batch202: school parent groups; screen
    # sharing; gift cards; mortgages; wine, baijiu and tea), never read, measured blind with the
    # 1,134 rules of 4dd4a55 under the mainland plan (20, 14, 13, 25 and 21 delivered; 0, 3, 1, 0
    # and 2 held); after the rules from their batches (1,139 rules), as below. holdout172 (the
    # theme of batch203: cemeteries and funerals), measured blind with the same rules of 4dd4a55
    # (29 delivered, 1 held); after the rules from batch203 (1,142 rules), as below.
    pytest.param("holdout167", 100, 0, 7, id="holdout167"),
    pytest.param("holdout168", 100, 3, 10, id="holdout168"),
    pytest.param("holdout169", 100, 1, 12, id="holdout169"),
    pytest.param("holdout170", 100, 0, 14, id="holdout170"),
    pytest.param("holdout171", 100, 1, 12, id="holdout171"),
    pytest.param("holdout172", 100, 1, 9, id="holdout172"),
    # holdout173 and holdout174 (the themes of batch204 and batch205: modelling and casting;
    # classmates and alumni), never read, measured blind with the 1,144 rules of 535ee83 under the
    # mainland plan (34 and 25 delivered, none held); holdout173 after the rules from batch204
    # (1,146 rules), as below.
    pytest.param("holdout173", 100, 0, 19, id="holdout173"),
    # holdout174 after the rules from batch205 (1,149 rules), below.
    pytest.param("holdout174", 100, 0, 12, id="holdout174"),
    # holdout175 and holdout176 (the themes of batch206 and batch207: matchmaking and dating;
    # phone trade-ins and recycling), never read, measured blind with the 1,146 rules of 7a7296d
    # under the mainland plan, as below.
    # holdout175 after the rules from batch206 (1,151 rules), below.
    pytest.param("holdout175", 100, 2, 17, id="holdout175"),
    # holdout176 after the rules from batch207 (1,157 rules), below.
    pytest.param("holdout176", 100, 0, 10, id="holdout176"),
    # holdout177 and holdout178 (the themes of batch208 and batch209: land expropriation; car
    # scrappage and plates), never read, measured blind with the 1,151 rules of 32c4634 under the
    # mainland plan (26 and 16 delivered; 1 and 3 held); after the rules from their batches
    # (1,157 rules), as below.
    pytest.param("holdout177", 100, 1, 23, id="holdout177"),
    pytest.param("holdout178", 100, 2, 6, id="holdout178"),
    # holdout179 and holdout180 (the themes of batch210 and batch211: immigration consultants;
    # cross-border shopping), never read, measured blind with the 1,157 rules of ac132be under
    # the mainland plan (21 and 17 delivered; 1 and 1 held); after the first rules of this round
    # (1,161 rules), as below.
    pytest.param("holdout179", 100, 1, 12, id="holdout179"),
    pytest.param("holdout180", 100, 0, 10, id="holdout180"),
    # holdout181 and holdout182 (vaccinations; overseas property), never read, measured blind with
    # the same 1,157 rules of ac132be under the mainland plan (18 and 19 delivered; 0 and 1 held);
    # after the first rules of this round (1,161 rules), as below.
    pytest.param("holdout181", 100, 0, 12, id="holdout181"),
    pytest.param("holdout182", 100, 0, 11, id="holdout182"),
    # holdout183 and holdout184 (fortune-telling and rituals; children's competitions), never
    # read, measured blind with the same 1,157 rules of ac132be under the mainland plan (44 and 31
    # delivered; 2 and 2 held); holdout183 after the rules from batch214 (1,161 rules of
    # d03468e), as below.
    pytest.param("holdout183", 100, 2, 24, id="holdout183"),
    pytest.param("holdout184", 100, 2, 21, id="holdout184"),
    # holdout185 to holdout202 (the themes of batch216 to batch233), never read, measured blind
    # with the 1,167 rules of 89b2ddb under the mainland plan (the figures are in each data sheet
    # and in the commit that added the set); their bounds are the figures after this stop's
    # rules (1,201 rules of 55c1420), as below.
    pytest.param("holdout185", 100, 0, 8, id="holdout185"),
    pytest.param("holdout186", 100, 2, 6, id="holdout186"),
    pytest.param("holdout187", 100, 2, 10, id="holdout187"),
    pytest.param("holdout188", 100, 0, 17, id="holdout188"),
    pytest.param("holdout189", 100, 2, 25, id="holdout189"),
    pytest.param("holdout190", 100, 0, 7, id="holdout190"),
    pytest.param("holdout191", 100, 2, 6, id="holdout191"),
    pytest.param("holdout192", 100, 0, 7, id="holdout192"),
    pytest.param("holdout193", 100, 0, 11, id="holdout193"),
    pytest.param("holdout194", 100, 0, 17, id="holdout194"),
    pytest.param("holdout195", 100, 0, 7, id="holdout195"),
    pytest.param("holdout196", 100, 0, 19, id="holdout196"),
    pytest.param("holdout197", 100, 0, 13, id="holdout197"),
    pytest.param("holdout198", 100, 1, 10, id="holdout198"),
    pytest.param("holdout199", 100, 0, 6, id="holdout199"),
    pytest.param("holdout200", 100, 0, 11, id="holdout200"),
    pytest.param("holdout201", 100, 1, 4, id="holdout201"),
    pytest.param("holdout202", 100, 0, 12, id="holdout202"),
    # holdout203 to holdout206 (digital invitations and albums; hotel bookings; neighbourhood
    # group-buying; road accidents), never read, measured blind with the 1,202 rules of 6186d86
    # under the mainland plan, as below.
    pytest.param("holdout203", 100, 0, 15, id="holdout203"),
    pytest.param("holdout204", 100, 1, 16, id="holdout204"),
    pytest.param("holdout205", 100, 1, 10, id="holdout205"),
    pytest.param("holdout206", 100, 1, 14, id="holdout206"),
    # holdout207 and holdout208 (discounted bill payment; ride-hailing drivers and riders), never
    # read, measured blind with the 1,208 rules of f2e06ab under the mainland plan, as below.
    pytest.param("holdout207", 100, 0, 16, id="holdout207"),
    pytest.param("holdout208", 100, 0, 8, id="holdout208"),
    # holdout209 (an ordinary day's mixed traffic, every family), never read, measured blind with
    # the 1,219 rules of a66acdc, either plan.
    pytest.param("holdout209", 100, 0, 4, id="holdout209"),
    # holdout210 (a second mixed day, leaning to Hong Kong, Taiwan, Singapore, Malaysia, Australia,
    # New Zealand, Canada and Ireland), never read, measured blind with the 1,222 rules of 56c41a5
    # under the mainland plan.
    pytest.param("holdout210", 100, 0, 8, id="holdout210"),
    # holdout211 (a third mixed day, leaning to mainland China, the UK and the US), never read,
    # measured blind with the 1,234 rules of 75f135a, either plan.
    pytest.param("holdout211", 100, 0, 4, id="holdout211"),
    # holdout212 (a fourth mixed day, spread evenly over the eleven markets), never read,
    # measured blind with the 1,240 rules of 5cf1976 under the mainland plan (1 held, 14
    # delivered under each market's own).
    pytest.param("holdout212", 100, 1, 9, id="holdout212"),
    # holdout213 (a fifth mixed day, with some of the scripts new in 2025-2026), never read,
    # measured blind with the 1,254 rules of 828c46d, either plan.
    pytest.param("holdout213", 100, 0, 9, id="holdout213"),
    # holdout214 (person-to-person fraud: buyers and sellers, rentals, tickets, impersonated
    # relatives and friends, mistaken transfers, vendors), never read, measured blind with the
    # 1,256 rules of e7ed99b, either plan (27 delivered; 25 with the 1,264 rules of the day's end).
    pytest.param("holdout214", 100, 1, 16, id="holdout214"),
    # holdout215 (first contact from strangers: wrong-number and soft openers, recruiters,
    # group invitations), never read, measured blind with the 1,264 rules of e82ae40, either plan
    # (66 delivered; 58 with the 1,275 rules of the stop's end).
    pytest.param("holdout215", 100, 0, 44, id="holdout215"),
    # holdout216 (mid-conversation texts: the middle of a fraud after the target replied),
    # never read, measured blind with the 1,268 rules of 9440da9, either plan.
    pytest.param("holdout216", 100, 1, 23, id="holdout216"),
    # holdout217 (a sixth mixed day), never read, measured blind with the 1,271 rules of e455a03,
    # either plan.
    pytest.param("holdout217", 100, 0, 7, id="holdout217"),
    # holdout218 (call-back and reply lures with no link), never read, measured blind with the
    # 1,273 rules of 0c342f0, either plan (22 delivered; 20 with the 1,275 rules of the stop's end).
    pytest.param("holdout218", 100, 0, 18, id="holdout218"),
    # holdout219 (a seventh mixed day), never read, measured blind with the 1,277 rules of
    # 1df172a, either plan.
    pytest.param("holdout219", 100, 0, 7, id="holdout219"),
    # holdout220 (QR codes, payment codes and scan-to requests), never read, measured blind with
    # the 1,277 rules of 1df172a, either plan.
    # With the 1,296 rules of the stop's end: 23 delivered, 0 genuine held (mainland plan).
    pytest.param("holdout220", 100, 0, 22, id="holdout220"),
    # holdout221 (short texts of at most 70 characters), never read, measured blind with the
    # 1,284 rules of bec457d, either plan.
    pytest.param("holdout221", 100, 0, 21, id="holdout221"),
    # holdout222 (Chinese-speaking communities abroad), never read, measured blind with the 1,284
    # rules of bec457d: 1 genuine message held (either plan), 19 frauds delivered under the
    # mainland plan, 20 under each market's own.
    # With the 1,296 rules of the stop's end: 17 delivered, 1 genuine held (mainland plan).
    pytest.param("holdout222", 100, 1, 13, id="holdout222"),
    # holdout223 (an eighth mixed day), never read, measured blind with the 1,287 rules of
    # cf005d7: 12 delivered under the mainland plan, 11 under each market's own.
    pytest.param("holdout223", 100, 0, 9, id="holdout223"),
    # holdout224 (small businesses and merchants as recipients), never read, measured blind with
    # the 1,287 rules of cf005d7, either plan: 1 genuine message held, 25 frauds delivered.
    # With the 1,296 rules of the stop's end: 21 delivered, 1 genuine held (mainland plan).
    pytest.param("holdout224", 100, 1, 19, id="holdout224"),
    # holdout225 (frauds written to slip past filters), never read, measured blind with the 1,291
    # rules of c43b828, either plan.
    pytest.param("holdout225", 100, 0, 6, id="holdout225"),
    # holdout226 (chat-app and social-media account takeover), never read, measured blind with the
    # 1,291 rules of c43b828: 3 genuine messages held under the mainland plan (4 under each
    # market's own), 27 frauds delivered.
    # With the 1,296 rules of the stop's end: 24 delivered, 3 genuine held (mainland plan).
    pytest.param("holdout226", 100, 3, 19, id="holdout226"),
    # holdout227 (parcels, tolls, parking and traffic fines), never read, measured blind with the
    # 1,294 rules of 94f37b5, either plan: 2 genuine held, 16 delivered.
    pytest.param("holdout227", 100, 2, 14, id="holdout227"),
    # holdout228 (banks, cards and e-wallets), never read, measured blind with the 1,294 rules of
    # 94f37b5: 1 genuine held (either plan), 14 delivered under the mainland plan, 13 under each
    # market's own.
    pytest.param("holdout228", 100, 1, 10, id="holdout228"),
    # holdout229 (a ninth mixed day), never read, measured blind with the 1,298 rules of 2890120,
    # either plan: no genuine message held, 7 frauds delivered.
    pytest.param("holdout229", 100, 0, 7, id="holdout229"),
    # holdout230 (medical insurance, social security, pensions and benefits), never read, measured
    # blind with the 1,298 rules of 2890120: no genuine message held, 19 frauds delivered under
    # the mainland plan, 18 under each market's own.
    pytest.param("holdout230", 100, 0, 16, id="holdout230"),
    # holdout231 (the year-end and Lunar New Year season), never read, measured blind with the
    # 1,300 rules of d5c717c, either plan: 1 genuine message held, 16 frauds delivered.
    pytest.param("holdout231", 100, 1, 12, id="holdout231"),
    # holdout232 (students and young adults), never read, measured blind with the 1,300 rules of
    # d5c717c, either plan: no genuine message held, 18 frauds delivered.
    pytest.param("holdout232", 100, 0, 13, id="holdout232"),
    # holdout233 (a tenth mixed day), never read, measured blind with the 1,300 rules of 842590d,
    # either plan: no genuine message held, 7 frauds delivered.
    pytest.param("holdout233", 100, 0, 5, id="holdout233"),
    # holdout234 (texts in the name of the reader's own mobile operator), never read, measured
    # blind with the 1,300 rules of 842590d, either plan: 1 genuine message held, 25 delivered.
    # With the 1,311 rules of the stop's end: 23 delivered, 1 genuine held (mainland plan).
    pytest.param("holdout234", 100, 1, 13, id="holdout234"),
    # holdout235 (an eleventh mixed day), never read, measured blind with the 1,301 rules of
    # b475ebf, either plan: no genuine message held, 11 frauds delivered.
    pytest.param("holdout235", 100, 0, 7, id="holdout235"),
    # holdout236 (older recipients and their families), never read, measured blind with the 1,301
    # rules of b475ebf, either plan: no genuine message held, 19 frauds delivered.
    # With the 1,311 rules of the stop's end: 17 delivered, 0 genuine held (mainland plan).
    pytest.param("holdout236", 100, 0, 15, id="holdout236"),
    # holdout237 (online shopping and marketplaces), never read, measured blind with the 1,304
    # rules of 747f920, either plan: 1 genuine message held, 20 frauds delivered.
    # With the 1,311 rules of the stop's end: 18 delivered, 1 genuine held (mainland plan).
    pytest.param("holdout237", 100, 1, 13, id="holdout237"),
    # holdout238 (renting, buying and managing homes), never read, measured blind with the 1,304
    # rules of 747f920, either plan: 1 genuine message held, 20 frauds delivered.
    pytest.param("holdout238", 100, 1, 16, id="holdout238"),
    # holdout239 (a twelfth mixed day), never read, measured blind with the 1,306 rules of 2f43d98,
    # either plan: no genuine message held, 8 frauds delivered.
    pytest.param("holdout239", 100, 0, 7, id="holdout239"),
    # holdout240 (investment, trading and crypto lures), never read, measured blind with the 1,306
    # rules of 2f43d98, either plan: 1 genuine message held, 29 frauds delivered.
    # With the 1,313 rules of the stop's end: 26 delivered, 1 genuine held (mainland plan).
    pytest.param("holdout240", 100, 0, 21, id="holdout240"),
    # holdout241 (public agencies, police, courts and regulators impersonated), never read,
    # measured blind with the 1,309 rules of 6f03442: 2 genuine messages held, 8 frauds delivered
    # under the mainland plan, 7 under each market's own.
    # With the 1,311 rules of the stop's end: 8 delivered, 1 genuine held (mainland plan).
    pytest.param("holdout241", 100, 1, 4, id="holdout241"),
    # holdout242 (a thirteenth mixed day), never read, measured blind with the 1,311 rules of
    # 8479615, either plan: no genuine message held, 11 frauds delivered.
    pytest.param("holdout242", 100, 0, 9, id="holdout242"),
    # holdout243 (a fourteenth mixed day), never read, measured blind with the 1,314 rules of
    # 277d0c8: 1 genuine message held and 7 frauds delivered under the mainland plan, none held and
    # 7 delivered under each market's own.
    pytest.param("holdout243", 100, 1, 3, id="holdout243"),
    # holdout244 (jobs, recruitment, part-time work and side income), never read, measured blind
    # with the 1,314 rules of 277d0c8: 2 genuine messages held and 13 frauds delivered under the
    # mainland plan, 1 held and 13 delivered under each market's own.
    # With the 1,318 rules after the jobs work: 11 delivered, 2 genuine held (mainland plan).
    # With STRANGER_MOVES_TO_A_CHAT_APP (the fifty-first stop): 3 held and 8 delivered; one
    # genuine message, counted by rule id and not read, goes from tagged to held when the
    # chat-app move stacks on another lure rule.
    pytest.param("holdout244", 100, 3, 8, id="holdout244"),
    # holdout245 (loans, credit and debt), never read, measured blind with the 1,318 rules of
    # 520e242, either plan: 1 genuine message held, 21 frauds delivered.
    # With the 1,330 rules after the loans and customer-service work: 19 delivered, 1 genuine held.
    pytest.param("holdout245", 100, 1, 16, id="holdout245"),
    # holdout246 (customer service, refunds and after-sales), never read, measured blind with the
    # 1,318 rules of 520e242, either plan: 3 genuine messages held, 23 frauds delivered.
    # With the 1,330 rules after the loans and customer-service work: 22 delivered, 3 genuine held.
    pytest.param("holdout246", 100, 3, 17, id="holdout246"),
    # holdout247 (prizes, lotteries, giveaways, surveys and loyalty rewards), never read, measured
    # blind with the 1,330 rules of 7e96a63, either plan: no genuine message held, 7 frauds
    # delivered.
    # With the 1,337 rules after the prizes and travel work: 6 delivered, none held.
    pytest.param("holdout247", 100, 0, 4, id="holdout247"),
    # holdout248 (travel and transport), never read, measured blind with the 1,330 rules of 7e96a63,
    # either plan: no genuine message held, 20 frauds delivered.
    pytest.param("holdout248", 100, 0, 14, id="holdout248"),
    # holdout249 (romance, friendship and sextortion), never read, measured blind with the 1,337
    # rules of dc207a6, either plan: no genuine message held, 30 frauds delivered.
    # With the 1,341 rules after the romance work: 29 delivered, none held.
    pytest.param("holdout249", 100, 0, 19, id="holdout249"),
    # holdout250 (health and medical care), never read, measured blind with the 1,337 rules of
    # dc207a6, either plan: 1 genuine message held, 16 frauds delivered.
    pytest.param("holdout250", 100, 1, 13, id="holdout250"),
    # holdout251 (a fifteenth mixed day), never read, measured blind with the 1,347 rules of
    # 030950b, either plan: no genuine message held, 9 frauds delivered. One of its genuine bodies
    # repeats a genuine body of an earlier set word for word.
    pytest.param("holdout251", 100, 0, 6, id="holdout251"),
    # holdout252 (impersonation of family, friends, bosses and landlords), never read, measured
    # blind with the 1,347 rules of 030950b: 2 genuine messages held and 30 frauds delivered under
    # the mainland plan, 1 held and 30 delivered under each market's own.
    # With the 1,350 rules of the stop's end: 27 delivered, 2 genuine held (mainland plan).
    pytest.param("holdout252", 100, 2, 21, id="holdout252"),
    # holdout253 (banks, credit cards and e-wallets), never read, measured blind with the 1,351
    # rules of 9564919: 1 genuine message held, 13 frauds delivered under the mainland plan, 14
    # under each market's own.
    pytest.param("holdout253", 100, 1, 12, id="holdout253"),
    # holdout254 (government money), never read, measured blind with the 1,351 rules of 9564919,
    # either plan: 1 genuine message held, 7 frauds delivered.
    pytest.param("holdout254", 100, 0, 6, id="holdout254"),
    # holdout255 (a sixteenth mixed day), never read, measured blind with the final 1,353 rules of
    # d340a54 (the closing estimate), either plan: no genuine message held, 10 frauds delivered.
    pytest.param("holdout255", 100, 0, 6, id="holdout255"),
    # holdout256 (buying and selling between private people), never read, measured blind
    # with the 1,353 rules of d7580a5: 1 genuine message held, 27 frauds delivered under
    # the mainland plan, 28 under each market's own.
    # With the 1,358 rules of the marketplace work: 25 delivered (mainland plan).
    pytest.param("holdout256", 100, 1, 19, id="holdout256"),
    # holdout257 (debt collection, threats and extortion), never read, measured blind with
    # the 1,353 rules of d7580a5, either plan: 1 genuine message held, 38 frauds
    # delivered.
    # With the 1,355 rules of the intimidation work: 33 delivered (mainland plan).
    pytest.param("holdout257", 100, 1, 19, id="holdout257"),
    # holdout258 (charity, disaster relief, religious and community appeals), never read,
    # measured blind with the 1,353 rules of d7580a5, either plan: 1 genuine message held,
    # 30 frauds delivered.
    # With the 1,363 rules of the charity work: 29 delivered (mainland plan).
    pytest.param("holdout258", 100, 1, 23, id="holdout258"),
    # holdout260 (schools, teachers, tutors and parents), never read, measured blind with
    # the 1,364 rules of 26e9cfb: 1 genuine message held under the mainland plan, none
    # under each market's own, 34 frauds delivered either plan.
    # With the 1,366 rules of the schools work: 31 delivered (mainland plan).
    pytest.param("holdout260", 100, 1, 24, id="holdout260"),
    # holdout261 (cars and motoring), never read, measured blind with the 1,364 rules of
    # 26e9cfb, either plan: no genuine message held, 14 frauds delivered.
    pytest.param("holdout261", 100, 0, 13, id="holdout261"),
    # holdout262 (agents, brokers and consultants), never read, measured blind with the
    # 1,366 rules of 144fa6b, either plan: no genuine message held, 27 frauds delivered.
    # With the 1,372 rules of the agents work: 24 delivered (mainland plan).
    pytest.param("holdout262", 100, 0, 19, id="holdout262"),
    # holdout263 (invitations and groups), never read, measured blind with the 1,366 rules
    # of 144fa6b, either plan: no genuine message held, 27 frauds delivered.
    # With the 1,376 rules of the groups work: 25 delivered (mainland plan).
    pytest.param("holdout263", 100, 0, 20, id="holdout263"),
    # holdout264 (subscriptions, streaming, app stores and software), never read, measured
    # blind with the 1,376 rules of 19142b7, either plan: no genuine message held, 11
    # frauds delivered.
    pytest.param("holdout264", 100, 0, 9, id="holdout264"),
    # holdout265 (crypto, trading platforms and fund recovery), never read, measured blind
    # with the 1,376 rules of 19142b7, either plan: 1 genuine message held, 10 frauds
    # delivered.
    # With the 1,382 rules of the crypto work: 9 delivered (mainland plan).
    pytest.param("holdout265", 100, 1, 6, id="holdout265"),
    # holdout266 (parcels, couriers and customs), never read, measured blind with the
    # 1,382 rules of cdf4d36, either plan: 1 genuine message held, 21 frauds delivered.
    # With the 1,386 rules of the parcels and bills work: 20 delivered (mainland plan).
    pytest.param("holdout266", 100, 1, 17, id="holdout266"),
    # holdout267 (utility and household bills), never read, measured blind with the 1,382
    # rules of cdf4d36, either plan: no genuine message held, 25 frauds delivered.
    # With the 1,386 rules of the parcels and bills work: 23 delivered (mainland plan).
    pytest.param("holdout267", 100, 0, 17, id="holdout267"),
    # holdout268 (digital identity, ID documents and government apps), never read,
    # measured blind with the 1,386 rules of 0f031f3, either plan: no genuine message
    # held, 24 frauds delivered.
    # With the 1,393 rules of the identity work: 23 delivered (mainland plan).
    pytest.param("holdout268", 100, 0, 23, id="holdout268"),
    # holdout269 (romance, dating and companionship, a second sample), never read,
    # measured blind with the 1,386 rules of 0f031f3: no genuine message held, 41 frauds
    # delivered under the mainland plan, 42 under each market's own.
    # With the 1,391 rules of the romance work: 40 delivered (mainland plan).
    pytest.param("holdout269", 100, 0, 30, id="holdout269"),
    # holdout259 (a seventeenth mixed day), never read, measured blind with the final
    # 1,393 rules of c91c5e0 (the closing estimate): 1 genuine message held either plan,
    # 14 frauds delivered under the mainland plan, 13 under each market's own.
    pytest.param("holdout259", 100, 1, 11, id="holdout259"),
    # holdout271 (jobs, tasks and side income, a second sample), never read, measured
    # blind with the 1,393 rules of bb1c182, either plan: no genuine message held, 12
    # frauds delivered.
    pytest.param("holdout271", 100, 0, 8, id="holdout271"),
    # holdout272 (first contacts from strangers, a second sample), never read, measured
    # blind with the 1,393 rules of bb1c182, either plan: no genuine message held, 28
    # frauds delivered.
    pytest.param("holdout272", 100, 0, 19, id="holdout272"),
    # holdout273 (fake customer service and refunds, a second sample), never read,
    # measured blind with the 1,393 rules of bb1c182, either plan: 2 genuine messages
    # held, 19 frauds delivered.
    pytest.param("holdout273", 100, 2, 13, id="holdout273"),
    # holdout274 (police, courts, prosecutors and regulators impersonated, a second
    # sample), never read, measured blind with the 1,403 rules of 584c401: 3 genuine
    # messages held and 12 frauds delivered under either plan.
    pytest.param("holdout274", 100, 2, 9, id="holdout274"),
    # holdout275 (loans and credit, a second sample), never read, measured blind with the
    # 1,403 rules of 584c401: 3 genuine messages held and 23 frauds delivered under the
    # mainland plan, 4 and 23 under each market's own.
    pytest.param("holdout275", 100, 3, 17, id="holdout275"),
    # holdout276 (family, friends and acquaintances impersonated, a second sample), never
    # read, measured blind with the 1,403 rules of 584c401: no genuine message held, 27
    # frauds delivered under the mainland plan, 28 under each market's own.
    pytest.param("holdout276", 100, 0, 24, id="holdout276"),
    # holdout277 (investment and trading, a second sample), never read, measured blind
    # with the 1,403 rules of 584c401, either plan: no genuine message held, 27 frauds
    # delivered.
    pytest.param("holdout277", 100, 0, 24, id="holdout277"),
    # holdout278 (account takeover and one-time codes, a second sample), never read,
    # measured blind with the 1,407 rules of 3cee805, either plan: 1 genuine message held,
    # 20 frauds delivered.
    pytest.param("holdout278", 100, 1, 16, id="holdout278"),
    # holdout279 (loyalty points, rewards, prizes and giveaways, a second sample), never
    # read, measured blind with the 1,407 rules of 3cee805: 1 genuine message held and 16
    # frauds delivered under the mainland plan, 0 and 16 under each market's own.
    pytest.param("holdout279", 100, 1, 13, id="holdout279"),
    # holdout280 (mobile operators, SIM cards and phone numbers, a second sample), never
    # read, measured blind with the 1,415 rules of 04f5f4e: no genuine message held and 13
    # frauds delivered under the mainland plan, 0 and 14 under each market's own.
    pytest.param("holdout280", 100, 0, 9, id="holdout280"),
    # holdout281 (taxes, customs duties and government fees, a second sample), never read,
    # measured blind with the 1,415 rules of 04f5f4e, either plan: 1 genuine message held,
    # 13 frauds delivered.
    pytest.param("holdout281", 100, 1, 10, id="holdout281"),
    # holdout282 (online shopping and marketplaces, a second sample), never read, measured
    # blind with the 1,421 rules of fcfa23a, either plan: no genuine message held, 18
    # frauds delivered.
    pytest.param("holdout282", 100, 0, 14, id="holdout282"),
    # holdout285 (medical insurance, social security and pensions, a second sample), never
    # read, measured blind with the 1,421 rules of fcfa23a, either plan: no genuine
    # message held, 18 frauds delivered.
    pytest.param("holdout285", 100, 0, 15, id="holdout285"),
    # holdout283 (travel and transport, a second sample), never read, measured blind with
    # the 1,423 rules of 34b9427, either plan: no genuine message held, 15 frauds
    # delivered.
    pytest.param("holdout283", 100, 0, 13, id="holdout283"),
    # holdout284 (health and medical care, a second sample), never read, measured blind
    # with the 1,423 rules of 34b9427, either plan: no genuine message held, 24 frauds
    # delivered.
    pytest.param("holdout284", 100, 0, 19, id="holdout284"),
    # holdout270 (an eighteenth mixed day), never read, measured blind with the final
    # 1,425 rules of 096e972 (the closing estimate): no genuine message held and 12 frauds
    # delivered under the mainland plan, 0 and 13 under each market's own.
    pytest.param("holdout270", 100, 0, 9, id="holdout270"),
    # holdout286 (older recipients and their families, a second sample), never read,
    # measured blind with the final 1,425 rules of 6a0a2c5: 1 genuine message held and 15
    # frauds delivered under the mainland plan, 1 and 16 under each market's own.
    pytest.param("holdout286", 100, 1, 11, id="holdout286"),
    # holdout287 (small businesses and merchants as recipients, a second sample), never
    # read, measured blind with the final 1,425 rules of 6a0a2c5, either plan: no genuine
    # message held, 25 frauds delivered.
    pytest.param("holdout287", 100, 0, 15, id="holdout287"),
    # holdout289 (mid-conversation messages in 2026, a second sample), never read,
    # measured blind with the 1,427 rules of 9bb67a2: either plan: 2 genuine held, 28
    # frauds delivered.
    pytest.param("holdout289", 100, 2, 18, id="holdout289"),
    # holdout290 (fortune-telling, astrology, feng shui and paid rituals in 2026, a second
    # sample), never read, measured blind with the 1,427 rules of 9bb67a2: 0 genuine held
    # and 47 frauds delivered under the mainland plan, 0 and 49 under each market's own.
    pytest.param("holdout290", 100, 0, 33, id="holdout290"),
    # holdout291 (debt collection, threats and extortion in 2026, a second sample), never
    # read, measured blind with the 1,427 rules of 9bb67a2: either plan: 0 genuine held,
    # 33 frauds delivered.
    pytest.param("holdout291", 100, 0, 23, id="holdout291"),
    # holdout292 (romance, dating and companionship in 2026, a third sample), never read,
    # measured blind with the 1,433 rules of 696a5f5: 1 genuine held and 34 frauds
    # delivered under the mainland plan, 1 and 35 under each market's own.
    pytest.param("holdout292", 100, 1, 27, id="holdout292"),
    # holdout293 (schools, teachers, tutors and parents in 2026, a second sample), never
    # read, measured blind with the 1,433 rules of 696a5f5: 1 genuine held and 19 frauds
    # delivered under the mainland plan, 0 and 20 under each market's own.
    pytest.param("holdout293", 100, 1, 15, id="holdout293"),
    # holdout294 (charity, disaster relief, religious and community appeals in 2026, a
    # second sample), never read, measured blind with the 1,433 rules of 696a5f5: either
    # plan: 0 genuine held, 32 frauds delivered.
    pytest.param("holdout294", 100, 0, 21, id="holdout294"),
    # holdout296 (invitations and groups in 2026, a second sample), never read, measured
    # blind with the 1,433 rules of 696a5f5: either plan: 1 genuine held, 30 frauds
    # delivered.
    pytest.param("holdout296", 100, 1, 26, id="holdout296"),
    # holdout295 (buying and selling between private people in 2026, a second sample),
    # never read, measured blind with the 1,435 rules of ae71a8f: either plan: 2 genuine
    # held, 22 frauds delivered.
    pytest.param("holdout295", 100, 2, 16, id="holdout295"),
    # holdout297 (agents, brokers and consultants in 2026, a second sample), never read,
    # measured blind with the 1,435 rules of ae71a8f: 2 genuine held and 28 frauds
    # delivered under the mainland plan, 1 and 28 under each market's own.
    # With STRANGER_MOVES_TO_A_CHAT_APP (the fifty-first stop): 3 held and 24 delivered; one
    # genuine message, counted by rule id and not read, goes from tagged to held when the
    # chat-app move stacks on another lure rule.
    pytest.param("holdout297", 100, 3, 24, id="holdout297"),
    # holdout298 (call-back and reply lures in 2026, a second sample), never read,
    # measured blind with the 1,435 rules of ae71a8f: 1 genuine held and 14 frauds
    # delivered under the mainland plan, 1 and 11 under each market's own.
    pytest.param("holdout298", 100, 1, 11, id="holdout298"),
    # holdout299 (students and young adults as recipients in 2026, a second sample), never
    # read, measured blind with the 1,435 rules of ae71a8f: either plan: 0 genuine held,
    # 16 frauds delivered.
    pytest.param("holdout299", 100, 0, 11, id="holdout299"),
    # holdout300 (renting, buying and managing homes in 2026, a second sample), never
    # read, measured blind with the 1,435 rules of ae71a8f: either plan: 1 genuine held,
    # 21 frauds delivered.
    pytest.param("holdout300", 100, 1, 17, id="holdout300"),
    # holdout301 (short texts in 2026, a second sample), never read, measured blind with
    # the 1,436 rules of 541dec8: 0 genuine held and 23 frauds delivered under the
    # mainland plan, 0 and 22 under each market's own.
    pytest.param("holdout301", 100, 0, 19, id="holdout301"),
    # holdout302 (chat-app and social-media account takeover in 2026, a second sample),
    # never read, measured blind with the 1,436 rules of 541dec8: either plan: 2 genuine
    # held, 19 frauds delivered.
    pytest.param("holdout302", 100, 1, 15, id="holdout302"),
    # holdout288 (an ordinary day of inbound SMS, a nineteenth mixed sample), never read,
    # written at the stop's start and measured blind with the final 1,454 rules of 9d3bff0
    # (the closing estimate), either plan: no genuine message held, 8 frauds delivered.
    pytest.param("holdout288", 100, 0, 7, id="holdout288"),
    # holdout304 (cars and motoring in 2026, a second sample), never read, measured blind
    # with the 1,457 rules of 3fb0be9: either plan: 0 genuine held, 25 frauds delivered.
    pytest.param("holdout304", 100, 0, 22, id="holdout304"),
    # holdout305 (subscriptions, streaming, app stores and software in 2026, a second
    # sample), never read, measured blind with the 1,457 rules of 3fb0be9: either plan: 0
    # genuine held, 16 frauds delivered.
    pytest.param("holdout305", 100, 0, 12, id="holdout305"),
    # holdout306 (crypto, trading platforms and fund recovery in 2026, a second sample),
    # never read, measured blind with the 1,461 rules of 8725496: either plan: 0 genuine
    # held, 19 frauds delivered.
    pytest.param("holdout306", 100, 0, 11, id="holdout306"),
    # holdout307 (parcels, couriers and customs in 2026, a second sample), never read,
    # measured blind with the 1,461 rules of 8725496: either plan: 1 genuine held, 20
    # frauds delivered.
    pytest.param("holdout307", 100, 0, 16, id="holdout307"),
    # holdout308 (utility and household bills in 2026, a second sample), never read,
    # measured blind with the 1,461 rules of 8725496: either plan: 0 genuine held, 23
    # frauds delivered.
    pytest.param("holdout308", 100, 0, 19, id="holdout308"),
    # holdout309 (digital identity, ID documents and government apps in 2026, a second
    # sample), never read, measured blind with the 1,461 rules of 8725496: either plan: 0
    # genuine held, 15 frauds delivered.
    pytest.param("holdout309", 100, 0, 12, id="holdout309"),
    # holdout310 (first contacts from strangers in 2026, a third sample), never read,
    # measured blind with the 1,462 rules of 51927d4: either plan: 0 genuine held, 31
    # frauds delivered.
    pytest.param("holdout310", 100, 0, 24, id="holdout310"),
    # holdout311 (frauds written to slip past filters in 2026, a second sample), never read,
    # measured blind with the 1,462 rules of 51927d4: 2 genuine held
    # and 8 frauds delivered under the mainland plan, 2 and 7 under each market's own.
    pytest.param("holdout311", 100, 2, 6, id="holdout311"),
    # holdout312 (romance, dating and companionship in 2026, a fourth sample), never
    # read, measured blind with the 1,477 rules of b2cba67: either plan: 1 genuine held,
    # 32 frauds delivered.
    pytest.param("holdout312", 100, 1, 26, id="holdout312"),
    # holdout313 (mid-conversation messages in 2026, a third sample), never read, measured
    # blind with the 1,477 rules of b2cba67: either plan: 2 genuine held, 23 frauds
    # delivered.
    pytest.param("holdout313", 100, 2, 19, id="holdout313"),
    # holdout314 (fortune-telling, astrology, feng shui and paid rituals in 2026, a third
    # sample), never read, measured blind with the 1,477 rules of ff6bd27: 0 genuine held
    # and 48 frauds delivered under the mainland plan, 0 and 49 under each market's own.
    pytest.param("holdout314", 100, 0, 24, id="holdout314"),
    # holdout315 (debt collection, threats and extortion in 2026, a third sample), never
    # read, measured blind with the 1,477 rules of ff6bd27: either plan: 0 genuine held,
    # 22 frauds delivered.
    pytest.param("holdout315", 100, 0, 17, id="holdout315"),
    # holdout303 (an ordinary day of inbound SMS, a twentieth mixed sample), never read,
    # written at the stop's start and measured blind with the final 1,480 rules of 63fde6d
    # (the closing estimate): 0 genuine messages held and 11 frauds delivered under either
    # plan.
    pytest.param("holdout303", 100, 0, 8, id="holdout303"),
    # holdout316 (invitations and groups in 2026, a third sample), never read, measured
    # blind with the 1,479 rules of 9feb6ac: 2 genuine held and 21 frauds delivered under
    # the mainland plan, 2 and 22 under each market's own.
    # With STRANGER_MOVES_TO_A_CHAT_APP (the fifty-first stop): 3 held and 20 delivered; one
    # genuine message, counted by rule id and not read, goes from tagged to held when the
    # chat-app move stacks on another lure rule.
    pytest.param("holdout316", 100, 3, 17, id="holdout316"),
    # holdout317 (charity, disaster relief, religious and community appeals in 2026, a
    # third sample), never read, measured blind with the 1,479 rules of 9feb6ac: 0 genuine
    # held and 31 frauds delivered under the mainland plan, 0 and 30 under each market's
    # own.
    pytest.param("holdout317", 100, 0, 24, id="holdout317"),
    # holdout318 (schools, teachers, tutors and parents in 2026, a third sample), never
    # read, measured blind with the 1,479 rules of 9feb6ac: either plan: 0 genuine held,
    # 24 frauds delivered.
    pytest.param("holdout318", 100, 0, 19, id="holdout318"),
    # holdout319 (agents, brokers and consultants in 2026, a third sample), never read,
    # measured blind with the 1,479 rules of 9feb6ac: 4 genuine held and 31 frauds
    # delivered under the mainland plan, 3 and 31 under each market's own.
    pytest.param("holdout319", 100, 4, 28, id="holdout319"),
    # holdout320 (family, friends and acquaintances impersonated in 2026, a third sample),
    # never read, measured blind with the 1,479 rules of 9feb6ac: either plan: 1 genuine
    # held, 20 frauds delivered.
    pytest.param("holdout320", 100, 1, 14, id="holdout320"),
    # holdout322 (business owners, professionals and public figures in 2026, a second
    # sample), never read, measured blind with the 1,480 rules of 9b84958: 7 genuine held
    # and 37 frauds delivered under the mainland plan, 7 and 38 under each market's own.
    pytest.param("holdout322", 100, 1, 27, id="holdout322"),
    # holdout323 (money mules, rented accounts and crypto cash-outs in 2026, a second
    # sample), never read, measured blind with the 1,480 rules of 9b84958: either plan: 3
    # genuine held, 38 frauds delivered.
    pytest.param("holdout323", 100, 3, 24, id="holdout323"),
    # holdout324 (jobs, tasks and side income in 2026, a third sample), never read,
    # measured blind with the 1,480 rules of 9b84958: either plan: 1 genuine held, 17
    # frauds delivered.
    pytest.param("holdout324", 100, 1, 12, id="holdout324"),
    # holdout325 (investment and trading in 2026, a third sample), never read, measured
    # blind with the 1,480 rules of 9b84958: either plan: 0 genuine held, 19 frauds
    # delivered.
    pytest.param("holdout325", 100, 0, 17, id="holdout325"),
    # holdout321 (a twenty-first mixed day of every family), never read, measured blind
    # with the stop's final 1,480 rules of 3ad2d1b (the closing estimate): 2 genuine held
    # and 8 frauds delivered under the mainland plan, 2 and 7 under each market's own (the
    # same at the stop's start).
    pytest.param("holdout321", 100, 1, 5, id="holdout321"),
    # holdout327 (police, courts, prosecutors and regulators impersonated in 2026, a third
    # sample), never read, measured blind with the 1,480 rules of 2163e0b: either plan: 0
    # genuine held, 13 frauds delivered.
    pytest.param("holdout327", 100, 0, 11, id="holdout327"),
    # holdout328 (medical insurance, social security and pensions in 2026, a third
    # sample), never read, measured blind with the 1,480 rules of 2163e0b: either plan: 0
    # genuine held, 12 frauds delivered.
    pytest.param("holdout328", 100, 0, 10, id="holdout328"),
    # holdout329 (parcels, couriers and customs in 2026, a third sample), never read,
    # measured blind with the 1,480 rules of 2163e0b: either plan: 0 genuine held, 14
    # frauds delivered.
    pytest.param("holdout329", 100, 0, 11, id="holdout329"),
    # holdout330 (fake customer service and refunds in 2026, a third sample), never read,
    # measured blind with the 1,481 rules of 0454885: either plan: 1 genuine held, 18
    # frauds delivered.
    pytest.param("holdout330", 100, 1, 13, id="holdout330"),
    # holdout331 (loans and credit in 2026, a third sample), never read, measured blind
    # with the 1,481 rules of 0454885: 0 genuine held and 23 frauds delivered under the
    # mainland plan, 0 and 24 under each market's own.
    pytest.param("holdout331", 100, 0, 19, id="holdout331"),
    # holdout332 (mobile operators, SIM cards and phone numbers in 2026, a third sample),
    # never read, measured blind with the 1,481 rules of 0454885: either plan: 1 genuine
    # held, 17 frauds delivered.
    pytest.param("holdout332", 100, 1, 15, id="holdout332"),
    # holdout333 (utility and household bills in 2026, a third sample), never read,
    # measured blind with the 1,482 rules of 84ef057: 0 genuine held and 16 frauds
    # delivered under the mainland plan, 0 and 17 under each market's own.
    pytest.param("holdout333", 100, 0, 15, id="holdout333"),
    # holdout334 (travel and transport in 2026, a third sample), never read, measured
    # blind with the 1,482 rules of 84ef057: either plan: 0 genuine held, 14 frauds
    # delivered.
    pytest.param("holdout334", 100, 0, 11, id="holdout334"),
    # holdout335 (online shopping and marketplaces in 2026, a third sample), never read,
    # measured blind with the 1,482 rules of 84ef057: either plan: 0 genuine held, 23
    # frauds delivered.
    pytest.param("holdout335", 100, 0, 19, id="holdout335"),
    # holdout336 (crypto, trading platforms and fund recovery in 2026, a third sample),
    # never read, measured blind with the 1,482 rules of 7936959: 2 genuine held and 24
    # frauds delivered under the mainland plan, 2 and 25 under each market's own.
    pytest.param("holdout336", 100, 2, 17, id="holdout336"),
    # holdout337 (taxes, customs duties and government fees in 2026, a third sample),
    # never read, measured blind with the 1,482 rules of 7936959: either plan: 0 genuine
    # held, 11 frauds delivered.
    pytest.param("holdout337", 100, 0, 8, id="holdout337"),
    # holdout338 (health and medical care in 2026, a third sample), never read, measured
    # blind with the 1,482 rules of 819c268: either plan: 1 genuine held, 21 frauds
    # delivered.
    pytest.param("holdout338", 100, 1, 19, id="holdout338"),
    # holdout326 (a twenty-second mixed day of every family), never read, measured blind
    # with the stop's final 1,482 rules (e5acd1d), the closing estimate: either plan, 0
    # genuine held and 10 frauds delivered (the same with the rules of the stop's start).
    pytest.param("holdout326", 100, 0, 9, id="holdout326"),
    # holdout340 (call-back and reply lures in 2026, a third sample), never read, measured
    # blind with the 1,482 rules of 40a4860: 0 genuine held and 18 frauds delivered under
    # the mainland plan, 0 and 17 under each market's own.
    pytest.param("holdout340", 100, 0, 17, id="holdout340"),
    # holdout341 (frauds written to slip past filters in 2026, of every common family
    # (agency, medical insurance, bank, parcel, toll, customer service and refunds, loans,
    # investment, jobs and tasks, prizes and subsidies, family and boss impersonation,
    # code theft, extortion, marketplace), a third sample), never read, measured blind
    # with the 1,482 rules of 40a4860: either plan: 0 genuine held, 9 frauds delivered.
    pytest.param("holdout341", 100, 0, 6, id="holdout341"),
    # holdout342 (account takeover and one-time codes in 2026, a third sample), never
    # read, measured blind with the 1,482 rules of 40a4860: either plan: 0 genuine held,
    # 28 frauds delivered.
    pytest.param("holdout342", 100, 0, 23, id="holdout342"),
    # holdout343 (renting, buying and managing homes in 2026, a third sample), never read,
    # measured blind with the 1,483 rules of db11970: 0 genuine held and 24 frauds
    # delivered under the mainland plan, 0 and 23 under each market's own.
    pytest.param("holdout343", 100, 0, 18, id="holdout343"),
    # holdout344 (loyalty points, rewards, prizes and giveaways in 2026, a third sample),
    # never read, measured blind with the 1,483 rules of db11970: 4 genuine held and 14
    # frauds delivered under the mainland plan, 2 and 14 under each market's own.
    pytest.param("holdout344", 100, 4, 14, id="holdout344"),
    # holdout345 (small businesses and merchants as recipients in 2026, a third sample),
    # never read, measured blind with the 1,483 rules of db11970: 0 genuine held and 27
    # frauds delivered under the mainland plan, 0 and 25 under each market's own.
    pytest.param("holdout345", 100, 0, 27, id="holdout345"),
    # holdout346 (money mules, rented accounts and crypto cash-outs in 2026, a third
    # sample), never read, measured blind with the 1,483 rules of b3acb9b: 2 genuine held
    # and 33 frauds delivered under the mainland plan, 2 and 34 under each market's own.
    # Raised on 2026-12-07: one genuine message more held by EN_ACCOUNT_FOR_HIRE, accepted with the
    # rule (bench/ACCURACY.md, the fifty-fourth stop).
    pytest.param("holdout346", 100, 2, 16, id="holdout346"),
    # holdout347 (older recipients and their families in 2026, a third sample), never
    # read, measured blind with the 1,483 rules of 28ece96: 1 genuine held and 18 frauds
    # delivered under the mainland plan, 1 and 17 under each market's own.
    pytest.param("holdout347", 100, 1, 15, id="holdout347"),
    # holdout348 (short texts in 2026, a third sample), never read, measured blind with
    # the 1,483 rules of 28ece96: 0 genuine held and 22 frauds delivered under the
    # mainland plan, 0 and 21 under each market's own.
    pytest.param("holdout348", 100, 0, 19, id="holdout348"),
    # holdout349 (students and young adults as recipients in 2026, a third sample), never
    # read, measured blind with the 1,484 rules of 51083ce: either plan: 1 genuine held,
    # 21 frauds delivered.
    pytest.param("holdout349", 100, 1, 18, id="holdout349"),
    # holdout350 (subscriptions, streaming, app stores and software in 2026, a third
    # sample), never read, measured blind with the 1,484 rules of 51083ce: either plan: 0
    # genuine held, 10 frauds delivered.
    pytest.param("holdout350", 100, 0, 8, id="holdout350"),
    # holdout351 (buying and selling between private people in 2026, a third sample),
    # never read, measured blind with the 1,484 rules of 51083ce: either plan: 0 genuine
    # held, 35 frauds delivered.
    pytest.param("holdout351", 100, 0, 29, id="holdout351"),
    # holdout352 (account takeover and one-time codes in 2026 (a fourth sample)), never
    # read, measured blind with the 1,486 rules of 7e545a8: 3 genuine held and 24 frauds
    # delivered under the mainland plan, 3 and 22 under each market's own.
    pytest.param("holdout352", 100, 3, 20, id="holdout352"),
    # holdout353 (buying and selling between private people in 2026 (a fourth sample)),
    # never read, measured blind with the 1,486 rules of 13113a0: either plan: 0 genuine
    # held, 29 frauds delivered.
    pytest.param("holdout353", 100, 0, 25, id="holdout353"),
    # holdout354 (small businesses and merchants as recipients in 2026 (a fourth sample)),
    # never read, measured blind with the 1,486 rules of 13113a0: either plan: 2 genuine
    # held, 25 frauds delivered.
    pytest.param("holdout354", 100, 2, 18, id="holdout354"),
    # holdout355 (renting, buying and managing homes in 2026 (a fourth sample)), never
    # read, measured blind with the 1,486 rules of c0a6ae6: either plan: 1 genuine held,
    # 19 frauds delivered.
    pytest.param("holdout355", 100, 1, 16, id="holdout355"),
    # holdout356 (money mules, rented accounts and crypto cash-outs in 2026 (a fourth
    # sample)), never read, measured blind with the 1,486 rules of c0a6ae6: either plan: 2
    # genuine held, 39 frauds delivered.
    pytest.param("holdout356", 100, 2, 30, id="holdout356"),
    # holdout357 (short texts in 2026 (a fourth sample, every body, fraud and genuine, at
    # most 70 characters, which overrides the length rule below)), never read, measured
    # blind with the 1,486 rules of 3001d58: 0 genuine held and 21 frauds delivered under
    # the mainland plan, 0 and 20 under each market's own.
    pytest.param("holdout357", 100, 0, 20, id="holdout357"),
    # holdout339 (a twenty-third mixed day of every family), never read, measured blind
    # with the stop's final 1,486 rules (e519a3a), the closing estimate: either plan, 0
    # genuine held and 8 frauds delivered (the same with the rules of the stop's start).
    # With the stop's last rule (ca8b695): 0 held, 6 delivered.
    pytest.param("holdout339", 100, 0, 6, id="holdout339"),
    # holdout358 (first contact from strangers in 2026, a third sample), never read,
    # measured blind with the 1,487 rules of b32fc69: either plan: 0 genuine held, 38
    # frauds delivered.
    pytest.param("holdout358", 100, 0, 37, id="holdout358"),
    # holdout359 (business owners, professionals and public figures in 2026, a third
    # sample), never read, measured blind with the 1,487 rules of b32fc69: either plan: 4
    # genuine held, 29 frauds delivered.
    pytest.param("holdout359", 100, 3, 19, id="holdout359"),
    # holdout360 (fortune-telling, astrology, feng shui and paid rituals in 2026 (a fourth
    # sample), a fourth sample), never read, measured blind with the 1,487 rules of
    # b32fc69: either plan: 0 genuine held, 32 frauds delivered.
    pytest.param("holdout360", 100, 0, 23, id="holdout360"),
    # holdout361 (money mules, rented accounts and crypto cash-outs in 2026 (a fifth
    # sample), a fifth sample), never read, measured blind with the 1,487 rules of
    # b32fc69: either plan: 0 genuine held, 36 frauds delivered.
    pytest.param("holdout361", 100, 0, 24, id="holdout361"),
    # holdout362 (romance, dating and companionship in 2026 (a fifth
    # sample)), never read, measured blind with the 1,487 rules of b32fc69: 0 genuine held
    # and 24 frauds delivered under the mainland plan, 1 and 24 under each market's own.
    pytest.param("holdout362", 100, 0, 23, id="holdout362"),
    # holdout363 (buying and selling between private people in 2026 (a fifth sample), a
    # fifth sample), never read, measured blind with the 1,487 rules of b32fc69: either
    # plan: 0 genuine held, 28 frauds delivered.
    pytest.param("holdout363", 100, 0, 27, id="holdout363"),
    # holdout364 (extortion and threats in 2026, a second sample), never read, measured
    # blind with the 1,487 rules of b32fc69: either plan: 1 genuine held, 37 frauds
    # delivered.
    pytest.param("holdout364", 100, 1, 28, id="holdout364"),
    # holdout365 (a twenty-fourth mixed day of every family), written at the stop's start and
    # kept outside tests/ and unread, measured blind with the stop's final 1,492 rules
    # (dd219f5), the closing estimate: 1 genuine held and 11 frauds delivered under the
    # mainland plan, 1 and 10 under each market's own (1 and 12, 1 and 11 with the rules of
    # the stop's start, b32fc69).
    pytest.param("holdout365", 100, 1, 10, id="holdout365"),
    # holdout366 (call-back and reply lures in 2026, a fourth sample, weighted to the
    # reply step), never read, measured blind with the 1,492 rules of 891ee1a: 0 genuine
    # held and 33 frauds delivered under the mainland plan, 0 and 32 under each market's
    # own.
    pytest.param("holdout366", 100, 0, 28, id="holdout366"),
    # holdout367 (older recipients and their families in 2026, a fourth sample, weighted
    # to the steps after the call), never read, measured blind with the 1,492 rules of
    # 891ee1a: either plan: 2 genuine held, 22 frauds delivered.
    pytest.param("holdout367", 100, 2, 20, id="holdout367"),
    # holdout368 (fake customer service and refunds in 2026, a fourth sample, weighted to
    # the walkthrough), never read, measured blind with the 1,492 rules of 891ee1a: either
    # plan: 0 genuine held, 16 frauds delivered.
    pytest.param("holdout368", 100, 0, 12, id="holdout368"),
    # holdout369 (chat-app and social-media account takeover in 2026, a third sample),
    # never read, measured blind with the 1,492 rules of 891ee1a: 3 genuine held and 18
    # frauds delivered under the mainland plan, 3 and 19 under each market's own.
    pytest.param("holdout369", 100, 3, 17, id="holdout369"),
    # holdout370 (business owners, professionals and public figures in 2026, a third
    # sample), never read, measured blind with the 1,492 rules of 891ee1a: 2 genuine held
    # and 23 frauds delivered under the mainland plan, 1 and 24 under each market's own.
    pytest.param("holdout370", 100, 1, 23, id="holdout370"),
    # holdout371 (a twenty-fifth mixed day of every family), written at the stop's start
    # and kept outside tests/ and unread, measured blind with the stop's final 1,505 rules
    # (b7774ec), the closing estimate: either plan: 1 genuine held, 11 frauds delivered
    # (the same with the rules of the stop's start, 891ee1a); no rule written from it.
    pytest.param("holdout371", 100, 1, 11, id="holdout371"),
    # holdout372 (investment and trading in 2026, a fourth sample, weighted to the steps after the
    # first contact), never read, measured blind with the 1,505 rules of 1bbf24e: either plan: 2
    # genuine held, 23 frauds delivered.
    pytest.param("holdout372", 100, 2, 17, id="holdout372"),
    # holdout373 (jobs, tasks and side income in 2026, a fourth sample, weighted to the steps
    # after the first task), never read, measured blind with the 1,505 rules of 1bbf24e: either
    # plan: 2 genuine held, 24 frauds delivered.
    pytest.param("holdout373", 100, 2, 19, id="holdout373"),
    # holdout374 (romance, dating and companionship in 2026, a sixth sample, weighted to the calm
    # follow-ups), never read, measured blind with the 1,505 rules of 1bbf24e: either plan: 0
    # genuine held, 39 frauds delivered.
    pytest.param("holdout374", 100, 0, 34, id="holdout374"),
    # holdout375 (medical insurance, social security, pensions and state benefits in 2026, a
    # fourth sample, written the way the seed cases were), never read, measured blind with the
    # 1,505 rules of 1bbf24e: either plan: 0 genuine held, 14 frauds delivered.
    pytest.param("holdout375", 100, 0, 13, id="holdout375"),
    # holdout377 (links in 2026, genuine and fraudulent side by side, weighted to the genuine
    # messages with links that no allow list knows), never read, measured blind with the 1,515
    # rules of 7090075: 1 genuine held and 12 frauds delivered under either plan.
    pytest.param("holdout377", 100, 1, 12, id="holdout377"),
    # holdout378 (people warning each other about scams in 2026, and the frauds that hide behind
    # warnings, weighted to the genuine messages), never read, measured blind with the 1,515 rules
    # of 48f40d9: 1 genuine held and 25 frauds delivered under either plan.
    pytest.param("holdout378", 100, 1, 25, id="holdout378"),
    # holdout376 (a twenty-sixth mixed day), written at the stop's start and kept outside tests/,
    # never read, measured blind with the stop's final 1,515 rules (c670c92): 0 genuine held and 7
    # frauds delivered under either plan (0 and 10 with the rules of the stop's start, a1fd54f).
    pytest.param("holdout376", 100, 0, 7, id="holdout376"),
    # holdout379 (notices sent through the platforms organisations use, genuine and fraudulent
    # side by side, weighted to the genuine messages), never read, measured blind with the 1,515
    # rules of cf272db: 2 genuine held and 7 frauds delivered under the mainland plan, 1 and 7
    # under each market's own.
    pytest.param("holdout379", 100, 2, 7, id="holdout379"),
    # holdout380 (money asked for between people, genuine and fraudulent side by side, weighted to
    # the genuine messages), never read, measured blind with the 1,516 rules of cc6ddaa: 3 genuine
    # held and 24 frauds delivered under either plan.
    pytest.param("holdout380", 100, 3, 17, id="holdout380"),
    # holdout382 (money mules, rented accounts and crypto cash-outs, a sixth sample), never read,
    # measured blind with the 1,517 rules of 79ade93: 2 genuine held and 35 frauds delivered under
    # either plan.
    pytest.param("holdout382", 100, 1, 26, id="holdout382"),
    # holdout383 (debt collection, threats and extortion, a fourth sample), never read, measured
    # blind with the 1,517 rules of 79ade93: 2 genuine held and 36 frauds delivered under either
    # plan.
    pytest.param("holdout383", 100, 2, 29, id="holdout383"),
    # holdout384 (first contact from strangers, a fifth sample), never read, measured blind with
    # the 1,522 rules of 17ef9fe: 0 genuine held and 25 frauds delivered under either plan.
    pytest.param("holdout384", 100, 0, 24, id="holdout384"),
    # holdout385 (links, genuine and fraudulent side by side, weighted to the genuine messages
    # with links that no allow list knows, a second sample with more Chinese markets), never read,
    # measured blind with the 1,522 rules of 17ef9fe: 1 genuine held and 12 frauds delivered under
    # the mainland plan, 1 and 11 under each market's own.
    pytest.param("holdout385", 100, 1, 12, id="holdout385"),
    # holdout386 (frauds that hide behind warnings and care, weighted to the frauds), never read,
    # measured blind with the 1,522 rules of 17ef9fe: 0 genuine held and 14 frauds delivered under
    # either plan.
    pytest.param("holdout386", 100, 0, 14, id="holdout386"),
    # holdout387 (chat-app contacts in SMS, weighted to the genuine messages), never read,
    # measured blind with the 1,522 rules of 17ef9fe: 3 genuine held and 17 frauds delivered under
    # either plan.
    pytest.param("holdout387", 100, 3, 16, id="holdout387"),
    # holdout388 (one-time codes and verification between people, weighted to the genuine
    # messages), never read, measured blind with the 1,522 rules of 17ef9fe: 4 genuine held and 17
    # frauds delivered under either plan.
    pytest.param("holdout388", 100, 4, 16, id="holdout388"),
    # holdout389 (money mules, rented accounts and crypto cash-outs, a seventh sample, after the
    # sixth's rules), never read, measured blind with the 1,524 rules of 000a7bc: 2 genuine held
    # and 28 frauds delivered under the mainland plan, 1 and 28 under each market's own.
    pytest.param("holdout389", 100, 2, 24, id="holdout389"),
    # holdout390 (debt collection, threats and extortion, a fifth sample, after the fourth's
    # rules), never read, measured blind with the 1,524 rules of 000a7bc: 4 genuine held and 32
    # frauds delivered under either plan.
    pytest.param("holdout390", 100, 4, 25, id="holdout390"),
    # holdout391 (money handled for others and hard words between people, weighted to the genuine
    # messages), never read, measured blind with the 1,526 rules of 832eecd: 2 genuine held and 24
    # frauds delivered under the mainland plan, 1 and 25 under each market's own.
    pytest.param("holdout391", 100, 2, 20, id="holdout391"),
    # holdout392 (fortune-telling, astrology, feng shui and paid rituals, a third sample), never
    # read, measured blind with the 1,526 rules of 6b89790: 0 genuine held and 29 frauds delivered
    # under either plan.
    pytest.param("holdout392", 100, 0, 22, id="holdout392"),
    # holdout393 (romance, dating and companionship, a seventh sample), never read, measured blind
    # with the 1,526 rules of 6b89790: 0 genuine held and 23 frauds delivered under either plan.
    pytest.param("holdout393", 100, 0, 21, id="holdout393"),
    # holdout381 (an ordinary day of inbound SMS, a twenty-seventh mixed sample, written at the
    # stop's start), never read, measured blind with the 1,517 rules of df25b26: 0 genuine held
    # and 5 frauds delivered under the mainland plan, 0 and 4 under each market's own.
    pytest.param("holdout381", 100, 0, 4, id="holdout381"),
    # holdout394 (account and security notices, weighted to the genuine messages), never read,
    # measured blind with the 1,526 rules of 8c52980: 0 genuine held and 17 frauds delivered under
    # the mainland plan, 0 and 16 under each market's own.
    pytest.param("holdout394", 100, 0, 17, id="holdout394"),
    # holdout395 (screen sharing, remote help and video meetings, weighted to the genuine
    # messages), never read, measured blind with the 1,526 rules of 8c52980: 3 genuine held and 16
    # frauds delivered under the mainland plan, 3 and 15 under each market's own.
    pytest.param("holdout395", 100, 2, 15, id="holdout395"),
    # holdout397 (private buying and selling, a sixth sample), never read, measured blind with the
    # 1,526 rules of 718b261: 0 genuine held and 29 frauds delivered under either plan.
    pytest.param("holdout397", 100, 0, 27, id="holdout397"),
    # holdout398 (links no allow list knows, a third sample, weighted to the genuine messages),
    # never read, measured blind with the 1,534 rules of dfdf77d: 1 genuine held and 7 frauds
    # delivered under either plan.
    pytest.param("holdout398", 100, 1, 7, id="holdout398"),
    # holdout399 (notices through organisations' platforms, a third sample, weighted to the
    # genuine messages), never read, measured blind with the 1,534 rules of dfdf77d: 2 genuine
    # held and 18 frauds delivered under either plan.
    pytest.param("holdout399", 100, 2, 16, id="holdout399"),
    # holdout400 (chat-app contacts, a second sample, weighted to the genuine messages), never
    # read, measured blind with the 1,534 rules of dfdf77d: 5 genuine held and 9 frauds delivered
    # under either plan.
    pytest.param("holdout400", 100, 5, 9, id="holdout400"),
    # holdout401 (call-back and reply lures, a fifth sample), never read, measured blind with the
    # 1,534 rules of dfdf77d: 0 genuine held and 22 frauds delivered under the mainland plan, 0
    # and 21 under each market's own.
    pytest.param("holdout401", 100, 0, 19, id="holdout401"),
    # holdout402 (money mules as regulators describe the recruiting, an eighth sample), never
    # read, measured blind with the 1,538 rules of 59ee7e2: 1 genuine held and 32 frauds delivered
    # under either plan.
    pytest.param("holdout402", 100, 1, 28, id="holdout402"),
    # holdout403 (one-time codes between people, a second sample, weighted to the genuine
    # messages), never read, measured blind with the 1,538 rules of 59ee7e2: 5 genuine held and 24
    # frauds delivered under either plan.
    pytest.param("holdout403", 100, 5, 20, id="holdout403"),
    # holdout404 (one-time codes between people, a third sample, written after the stop's rules
    # from batch434), never read, measured blind with the 1,545 rules of 1fd0d31: 3 genuine held
    # and 24 frauds delivered under either plan.
    pytest.param("holdout404", 100, 3, 24, id="holdout404"),
    # holdout405 (money mules as recruiters and handlers text, a ninth sample, written after the
    # stop's rules from batch433), never read, measured blind with the 1,545 rules of 1fd0d31: 1
    # genuine held and 30 frauds delivered under either plan.
    pytest.param("holdout405", 100, 0, 24, id="holdout405"),
    # holdout406 (call-back and reply lures, a sixth sample, written after the stop's rules from
    # batch432), never read, measured blind with the 1,545 rules of 1fd0d31: 1 genuine held and 22
    # frauds delivered under the mainland plan, 1 and 19 under each market's own.
    pytest.param("holdout406", 100, 1, 22, id="holdout406"),
    # holdout407 (private buying and selling, a seventh sample, written after the stop's rules
    # from batch428), never read, measured blind with the 1,545 rules of 1fd0d31: 0 genuine held
    # and 33 frauds delivered under either plan.
    pytest.param("holdout407", 100, 0, 31, id="holdout407"),
    # holdout408 (links no allow list knows, a fourth sample, weighted to the genuine messages
    # from ordinary mobile numbers), never read, measured blind with the 1,546 rules of 82a0625: 1
    # genuine held and 9 frauds delivered under the mainland plan, 1 and 7 under each market's
    # own.
    pytest.param("holdout408", 100, 1, 8, id="holdout408"),
    # holdout409 (investment and trading, a fifth sample, weighted to the steps after the first
    # contact), never read, measured blind with the 1,546 rules of 82a0625: 3 genuine held and 17
    # frauds delivered under either plan.
    pytest.param("holdout409", 100, 2, 15, id="holdout409"),
    # holdout396 (a twenty-eighth mixed day of every family, written at the stop's start), never
    # read, measured blind with the 1,549 rules of 36790ea: 1 genuine held and 7 frauds delivered
    # under either plan.
    pytest.param("holdout396", 100, 1, 7, id="holdout396"),
    # holdout411 (a thirtieth mixed day), never read, measured blind with the 1,549 rules of
    # d3e716c: 0 genuine held and 4 frauds delivered under either plan.
    pytest.param("holdout411", 100, 0, 4, id="holdout411"),
    # holdout412 (payment instructions by text), never read, measured blind with the 1,549 rules
    # of d3e716c: 0 genuine held and 19 frauds delivered under either plan.
    pytest.param("holdout412", 100, 0, 18, id="holdout412"),
    # holdout413 (bulk texts with links), never read, measured blind with the 1,549 rules of
    # d3e716c: 2 genuine held and 6 frauds delivered under either plan.
    pytest.param("holdout413", 100, 1, 6, id="holdout413"),
    # holdout410 (a twenty-ninth mixed day), never read, measured blind with the 1,549 rules of
    # d3e716c: 0 genuine held and 4 frauds delivered under the mainland plan, 0 and 3 under each
    # market's own.
    pytest.param("holdout410", 100, 0, 4, id="holdout410"),
    # holdout414 (payment instructions by text, a second sample written after the stop's rules),
    # never read, measured blind with the 1,549 rules of d3e716c: 0 genuine held and 14 frauds
    # delivered under the mainland plan, 0 and 13 under each market's own.
    pytest.param("holdout414", 100, 0, 13, id="holdout414"),
    # holdout416 (threats and extortion by text), never read, measured blind with the 1,556 rules
    # of 460b282: 2 genuine held and 30 frauds delivered under either plan.
    pytest.param("holdout416", 100, 2, 23, id="holdout416"),
    # holdout418 (buying from strangers by text), never read, measured blind with the 1,560 rules
    # of abb537d: 1 genuine held and 24 frauds delivered under either plan.
    pytest.param("holdout418", 100, 1, 22, id="holdout418"),
    # holdout415 (an ordinary day of inbound SMS, a thirty-first mixed sample), never read,
    # measured blind with the 1,561 rules of 09ec9ec: 0 genuine held and 5 frauds delivered under
    # either plan.
    pytest.param("holdout415", 100, 0, 4, id="holdout415"),
    # holdout417 (threats and extortion by text, a second sample written after the stop's rules),
    # never read, measured blind with the 1,561 rules of 09ec9ec: 2 genuine held and 21 frauds
    # delivered under either plan.
    pytest.param("holdout417", 100, 1, 18, id="holdout417"),
    # holdout420 (fortune-telling and paid rituals, a fourth sample weighted to the later
    # messages), never read, measured blind with the 1,562 rules of 3540821: 0 genuine held and 33
    # frauds delivered under either plan.
    pytest.param("holdout420", 100, 0, 23, id="holdout420"),
    # holdout421 (romance, an eighth sample weighted to the ask), never read, measured blind with
    # the 1,562 rules of 3540821: 0 genuine held and 29 frauds delivered under either plan.
    pytest.param("holdout421", 100, 0, 28, id="holdout421"),
    # holdout422 (fortune-telling and paid rituals, a fifth sample written after the stop's
    # fortune rules and used for none), never read, measured blind with the 1,564 rules of
    # ad1ca0f: 0 genuine held and 25 frauds delivered under the mainland plan, 0 and 24 under each
    # market's own.
    pytest.param("holdout422", 100, 0, 25, id="holdout422"),
    # holdout423 (money mules, a tenth sample weighted to the messages after the reader has
    # agreed), never read, measured blind with the 1,562 rules of 3540821: 4 genuine held and 50
    # frauds delivered under the mainland plan, 3 and 50 under each market's own.
    pytest.param("holdout423", 100, 4, 40, id="holdout423"),
    # holdout424 (money mules, an eleventh sample written after the stop's mule rules and used for
    # none), never read, measured blind with the 1,567 rules of fcb6394: 1 genuine held and 30
    # frauds delivered under either plan.
    pytest.param("holdout424", 100, 1, 29, id="holdout424"),
    # holdout425 (charity, donations and crowdfunding, a fifth sample weighted to the messages
    # after the first appeal), never read, measured blind with the 1,562 rules of 3540821: 0
    # genuine held and 30 frauds delivered under either plan.
    pytest.param("holdout425", 100, 0, 26, id="holdout425"),
    # holdout426 (agents, brokers and consultants, a fourth sample weighted to the messages after
    # the first contact), never read, measured blind with the 1,562 rules of 3540821: 1 genuine
    # held and 23 frauds delivered under either plan.
    pytest.param("holdout426", 100, 1, 23, id="holdout426"),
    # holdout419 (a thirty-second mixed day, kept unread until the stop's end), never read,
    # measured blind with the 1,570 rules of de55fdc: 0 genuine held and 5 frauds delivered under
    # either plan.
    pytest.param("holdout419", 100, 0, 5, id="holdout419"),
    # holdout428 (invitations and groups, a fourth sample weighted to what the group asks once the
    # reader is in), never read, measured blind with the 1,562 rules of 3540821: 2 genuine held
    # and 18 frauds delivered under either plan.
    pytest.param("holdout428", 100, 2, 17, id="holdout428"),
    # holdout427 (business owners, professionals and public figures, a fourth sample weighted to
    # the messages after the first contact), never read, measured blind with the 1,562 rules of
    # 3540821: 0 genuine held and 33 frauds delivered under either plan.
    pytest.param("holdout427", 100, 0, 31, id="holdout427"),
    # holdout429 (charity, donations and crowdfunding, a sixth sample written after the stop's
    # charity rules and used for none), never read, measured blind with the 1,573 rules of
    # 642e865: 0 genuine held and 20 frauds delivered under either plan.
    pytest.param("holdout429", 100, 0, 20, id="holdout429"),
    # holdout430 (business owners, professionals and public figures, a fifth sample written after
    # the stop's media and award rule and used for none), never read, measured blind with the
    # 1,573 rules of 642e865: 0 genuine held and 33 frauds delivered under either plan.
    pytest.param("holdout430", 100, 0, 33, id="holdout430"),
    # holdout432 (first contact from strangers, a sixth sample, weighted to the second and third
    # message), never read, measured blind with the 1,573 rules of 8f44122: 1 genuine held and 29
    # frauds delivered under either plan.
    pytest.param("holdout432", 100, 1, 21, id="holdout432"),
    # holdout433 (threats and extortion, a sixth sample, weighted to the second and third demand
    # and to small businesses), never read, measured blind with the 1,573 rules of 8f44122: 0
    # genuine held and 37 frauds delivered under either plan.
    pytest.param("holdout433", 100, 0, 33, id="holdout433"),
    # holdout434 (loans, credit and debt relief, weighted to the steps after the application),
    # never read, measured blind with the 1,573 rules of 8f44122: 1 genuine held and 15 frauds
    # delivered under either plan.
    pytest.param("holdout434", 100, 1, 12, id="holdout434"),
    # holdout435 (parcels, tolls, post and deliveries, a new sample), never read, measured blind
    # with the 1,573 rules of 8f44122: 1 genuine held and 9 frauds delivered under either plan.
    pytest.param("holdout435", 100, 1, 9, id="holdout435"),
    # holdout436 (jobs, tasks and side income, a fifth sample, weighted to the first offer and the
    # second step), never read, measured blind with the 1,573 rules of 8f44122: 1 genuine held and
    # 12 frauds delivered under either plan.
    pytest.param("holdout436", 100, 1, 11, id="holdout436"),
    # holdout437 (medical insurance, social security, pensions and state benefits, a fifth sample,
    # weighted to the variants of the seed cases), never read, measured blind with the 1,573 rules
    # of 8f44122: 0 genuine held and 4 frauds delivered under either plan.
    pytest.param("holdout437", 100, 0, 4, id="holdout437"),
    # holdout438 (investment and trading, a sixth sample, weighted to the first contact and the
    # invitation), never read, measured blind with the 1,573 rules of 8f44122: 2 genuine held and
    # 22 frauds delivered under the mainland plan, 2 and 23 under each market's own.
    pytest.param("holdout438", 100, 2, 14, id="holdout438"),
    # holdout439 (first contact from strangers, a seventh sample, written after the stop's rules
    # of the family), never read, measured blind with the 1,573 rules of 8f44122: 0 genuine held
    # and 25 frauds delivered under either plan.
    pytest.param("holdout439", 100, 0, 20, id="holdout439"),
    # holdout440 (threats and extortion, a seventh sample, written after the stop's rules of the
    # family), never read, measured blind with the 1,573 rules of 8f44122: 0 genuine held and 35
    # frauds delivered under either plan.
    pytest.param("holdout440", 100, 0, 33, id="holdout440"),
    # holdout441 (jobs, tasks and side income, a sixth sample, written after the stop's rules of
    # the family), never read, measured blind with the 1,573 rules of 8f44122: 0 genuine held and
    # 18 frauds delivered under either plan.
    pytest.param("holdout441", 100, 0, 16, id="holdout441"),
    # holdout442 (loans, credit and debt relief, a second sample, written after the stop's rules
    # of the family), never read, measured blind with the 1,573 rules of 8f44122: 0 genuine held
    # and 14 frauds delivered under either plan.
    pytest.param("holdout442", 100, 0, 12, id="holdout442"),
    # holdout443 (medical insurance, social security, pensions and benefits, a sixth sample,
    # written after the stop's rules of the family), never read, measured blind with the 1,573
    # rules of 8f44122: 1 genuine held and 12 frauds delivered under either plan.
    pytest.param("holdout443", 100, 1, 12, id="holdout443"),
    # holdout444 (investment and trading, a seventh sample, written after the stop's rules of the
    # family), never read, measured blind with the 1,573 rules of 8f44122: 2 genuine held and 24
    # frauds delivered under the mainland plan, 1 and 24 under each market's own.
    pytest.param("holdout444", 100, 2, 21, id="holdout444"),
    # holdout445 (buying and selling between private people, an eighth sample, weighted to the
    # steps after the first message), never read, measured blind with the 1,573 rules of 8f44122:
    # 1 genuine held and 24 frauds delivered under either plan.
    pytest.param("holdout445", 100, 1, 24, id="holdout445"),
    # holdout446 (small businesses, shops and merchants as recipients, a fifth sample, weighted to
    # the messages after the first contact), never read, measured blind with the 1,573 rules of
    # 8f44122: 0 genuine held and 25 frauds delivered under either plan.
    pytest.param("holdout446", 100, 0, 25, id="holdout446"),
    # holdout431 (an ordinary day of inbound SMS, a thirty-third mixed sample, written at the
    # stop's start and kept unread), never read, measured blind with the 1,597 rules of 1e3d1c0: 2
    # genuine held and 5 frauds delivered under either plan.
    pytest.param("holdout431", 100, 2, 5, id="holdout431"),
    # holdout447 (account takeover by one-time codes, a fourth sample weighted to the frauds and
    # the later steps), never read, measured blind with the 1,573 rules of 8f44122: 2 genuine held
    # and 27 frauds delivered under either plan.
    pytest.param("holdout447", 100, 2, 25, id="holdout447"),
    # holdout448 (family, friends and acquaintances impersonated, a sixth sample weighted to the
    # later steps), never read, measured blind with the 1,573 rules of 8f44122: 1 genuine held and
    # 25 frauds delivered under either plan.
    pytest.param("holdout448", 100, 1, 25, id="holdout448"),
    # holdout449 (account takeover by one-time codes, a fifth sample written after the stop's
    # rules of the family), never read, measured blind with the 1,573 rules of 8f44122: 3 genuine
    # held and 29 frauds delivered under either plan.
    pytest.param("holdout449", 100, 3, 25, id="holdout449"),
    # holdout450 (family and friends impersonated, a seventh sample written after the stop's rules
    # of the family), never read, measured blind with the 1,573 rules of 8f44122: 0 genuine held
    # and 26 frauds delivered under either plan.
    pytest.param("holdout450", 100, 0, 26, id="holdout450"),
    # holdout452 (romance, ninth sample), never read, measured blind with the 1,597 rules of
    # f8475f2: 0 genuine held and 33 frauds delivered under either plan.
    pytest.param("holdout452", 100, 0, 32, id="holdout452"),
    # holdout453 (mules, twelfth sample), never read, measured blind with the 1,597 rules of
    # f8475f2: 0 genuine held and 32 frauds delivered under either plan.
    pytest.param("holdout453", 100, 0, 26, id="holdout453"),
    # holdout455 (fortune, sixth sample), never read, measured blind with the 1,597 rules of
    # f8475f2: 0 genuine held and 22 frauds delivered under either plan.
    pytest.param("holdout455", 100, 0, 21, id="holdout455"),
    # holdout454 (business, sixth sample), never read, measured blind with the 1,597 rules of
    # f8475f2: 0 genuine held and 29 frauds delivered under the mainland plan, 0 and 28 under each
    # market's own.
    pytest.param("holdout454", 100, 0, 28, id="holdout454"),
    # holdout456 (romance, tenth sample, unread), never read, measured blind with the 1,605 rules
    # of 37eb3a5: 1 genuine held and 29 frauds delivered under either plan.
    pytest.param("holdout456", 100, 1, 29, id="holdout456"),
    # holdout457 (mules, thirteenth sample, unread), never read, measured blind with the 1,605
    # rules of 37eb3a5: 1 genuine held and 34 frauds delivered under either plan.
    pytest.param("holdout457", 100, 1, 34, id="holdout457"),
    # holdout458 (business, seventh sample, unread), never read, measured blind with the 1,605
    # rules of cb2a4ca: 0 genuine held and 27 frauds delivered under either plan.
    pytest.param("holdout458", 100, 0, 27, id="holdout458"),
    # holdout459 (fortune, seventh sample, unread), never read, measured blind with the 1,605
    # rules of cb2a4ca: 0 genuine held and 21 frauds delivered under either plan.
    pytest.param("holdout459", 100, 0, 21, id="holdout459"),
    # holdout460 (threats, eighth sample), never read, measured blind with the 1,597 rules of
    # f8475f2: 3 genuine held and 26 frauds delivered under either plan.
    pytest.param("holdout460", 100, 2, 25, id="holdout460"),
    # holdout451 (mix, thirty-fourth day), never read, measured blind with the 1,605 rules of
    # 328ae60: 0 genuine held and 6 frauds delivered under either plan.
    pytest.param("holdout451", 100, 0, 6, id="holdout451"),
    # holdout461 (threats, ninth sample, unread), never read, measured blind with the 1,605 rules
    # of 328ae60: 0 genuine held and 19 frauds delivered under either plan.
    pytest.param("holdout461", 100, 0, 19, id="holdout461"),
    # holdout463 (links, the genuine side first), never read, measured blind with the 1,605 rules
    # of 7a4e367: 1 genuine held and 1 frauds delivered under either plan.
    pytest.param("holdout463", 100, 0, 1, id="holdout463"),
    # holdout464 (one-time codes, the genuine side first), never read, measured blind with the
    # 1,605 rules of 7a4e367: 3 genuine held and 13 frauds delivered under either plan.
    pytest.param("holdout464", 100, 3, 13, id="holdout464"),
    # holdout465 (chat-app moves, the genuine side first), never read, measured blind with the
    # 1,605 rules of 7a4e367: 1 genuine held and 9 frauds delivered under either plan.
    pytest.param("holdout465", 100, 1, 9, id="holdout465"),
    # holdout466 (account and card alerts, the genuine side first), never read, measured blind
    # with the 1,605 rules of 7a4e367: 1 genuine held and 13 frauds delivered under either plan.
    pytest.param("holdout466", 100, 1, 13, id="holdout466"),
    # holdout467 (call-back requests, the genuine side first), never read, measured blind with the
    # 1,605 rules of 7a4e367: 0 genuine held and 11 frauds delivered under the mainland plan, 0
    # and 9 under each market's own.
    pytest.param("holdout467", 100, 0, 11, id="holdout467"),
    # holdout462 (the thirty-fifth mixed day, written at the stop's start and kept unread to its
    # end), never read, measured blind with the 1,606 rules of 14400b8: 0 genuine held and 7
    # frauds delivered under either plan.
    pytest.param("holdout462", 100, 0, 7, id="holdout462"),
    # holdout468 (links, the genuine side first, written after the stop's rules and used for
    # none), never read, measured blind with the 1,607 rules of 8a6c709: 1 genuine held and 7
    # frauds delivered under either plan.
    pytest.param("holdout468", 100, 1, 7, id="holdout468"),
    # holdout469 (one-time codes, the genuine side first, written after the stop's rules and used
    # for none), never read, measured blind with the 1,607 rules of 8a6c709: 1 genuine held and 21
    # frauds delivered under the mainland plan, 1 and 20 under each market's own.
    pytest.param("holdout469", 100, 1, 21, id="holdout469"),
    # holdout470 (chat-app moves, the genuine side first, written after the stop's rules and used
    # for none), never read, measured blind with the 1,607 rules of 8a6c709: 2 genuine held and 10
    # frauds delivered under either plan.
    pytest.param("holdout470", 100, 2, 10, id="holdout470"),
    # holdout471 (account and card alerts, the genuine side first, written after the stop's rules
    # and used for none), never read, measured blind with the 1,607 rules of 8a6c709: 1 genuine
    # held and 17 frauds delivered under the mainland plan, 0 and 17 under each market's own.
    pytest.param("holdout471", 100, 1, 17, id="holdout471"),
    # holdout472 (call-back requests, the genuine side first, written after the stop's rules and
    # used for none), never read, measured blind with the 1,607 rules of 8a6c709: 0 genuine held
    # and 8 frauds delivered under the mainland plan, 0 and 7 under each market's own.
    pytest.param("holdout472", 100, 0, 8, id="holdout472"),
    # The rest were measured blind first, then used to write rules; their bounds are the
    # after-tuning figures, which are in-sample. Blind: batch4 39 delivered and 1 held (of
    # 200, thirteen regions); batch5 31 and 0 (of 200); batch7 36 and 0 (of 150, short plain
    # frauds and African English); batch8 26 and 0 (of 150, mostly Chinese with homophone
    # evasions); batch9 30 and 1 (of 120, frauds written to read calm and ordinary; the held
    # one a bank's card alert from a toll-free number); batch10 25 and 2 (of 150, Hong Kong,
    # Taiwan and Macau Chinese, free hosting); batch11 34 and 4 (of 150, legitimate-looking
    # senders, heavy evasion); batch12 23 and 2 (of 120, North America and Chinese speakers
    # abroad); batch13 34 and 1 (of 120, English from nine countries); batch15 28 and 6 (of
    # 200, Chinese written to dodge filters: homophones, pinyin, spacing); batch16 44 and 10
    # (of 200, English from nine regions, newer scripts, heavy evasion; the ten held were
    # people and agencies quoting scams); batch17 21 and 2 (of 200, Chinese, the newer
    # scripts of 2025-2026); batch19 31 and 0 (of 150, frauds dressed as warnings and
    # recounts beside genuine ones); batch20 45 and 0 (of 200, a cross-section with frauds in
    # plain, calm wording).
    pytest.param("batch4", 200, 0, 0, id="batch4"),
    pytest.param("batch5", 200, 0, 1, id="batch5"),
    pytest.param("batch7", 150, 0, 1, id="batch7"),
    pytest.param("batch8", 150, 0, 0, id="batch8"),
    pytest.param("batch9", 120, 0, 8, id="batch9"),
    pytest.param("batch10", 150, 0, 2, id="batch10"),
    pytest.param("batch11", 150, 0, 5, id="batch11"),
    pytest.param("batch12", 120, 0, 4, id="batch12"),
    pytest.param("batch13", 120, 0, 4, id="batch13"),
    pytest.param("batch15", 200, 0, 3, id="batch15"),
    pytest.param("batch16", 200, 0, 5, id="batch16"),
    pytest.param("batch17", 200, 0, 5, id="batch17"),
    pytest.param("batch19", 150, 0, 4, id="batch19"),
    pytest.param("batch20", 200, 0, 15, id="batch20"),
    # batch23 (English of South and Southeast Asia and Africa, code-mixed): blind 69 and 2.
    pytest.param("batch23", 200, 0, 19, id="batch23"),
    # batch24 (a cross-section of ten markets, the newest calm scripts): blind 43 and 0.
    pytest.param("batch24", 200, 0, 9, id="batch24"),
    # batch25 (follow-ups: the second message of a call or chat scam): blind 80 and 1.
    pytest.param("batch25", 200, 0, 11, id="batch25"),
    # batch26 (Hong Kong, Macau and Cantonese): blind 68 and 0.
    pytest.param("batch26", 200, 0, 12, id="batch26"),
    # batch27 (link-less fraud in conversation: teasers, relayed emergencies, call-back
    # threats, gift cards, codes, group invites): blind 93 and 2 (the held two, warnings).
    # 48 with the private-payee rule (after batch54).
    pytest.param("batch27", 200, 0, 35, id="batch27"),
    # batch28 (Cantonese-speaking traffic, second wave): blind 71 and 0.
    # 40 with the private-payee rule (after batch54).
    pytest.param("batch28", 200, 0, 19, id="batch28"),
    # batch29 (follow-ups, second wave: fees to release, recover or withdraw): blind 79 and 1
    # (the held one a warning about a 'safe account' call).
    pytest.param("batch29", 200, 0, 20, id="batch29"),
    # batch30 (Chinese conversational fraud without links): blind 80 and 0.
    pytest.param("batch30", 200, 0, 22, id="batch30"),
    # batch31 (authority instruction scripts): blind 95 and 6 (the six warnings and retellings);
    # batch32 (marketplace and booking fraud): blind 106 and 1; batch33 (Malay, Indonesian,
    # Tagalog): blind 104 and 0, before the pack `sea`. Requests to act on cheap-TLD links
    # (from batch35) took batch32 to 41 and batch33 to 46.
    pytest.param("batch31", 200, 0, 18, id="batch31"),
    # 37 with the private-payee rule (after batch54).
    pytest.param("batch32", 200, 0, 24, id="batch32"),
    pytest.param("batch33", 200, 0, 34, id="batch33"),
    # batch34 (overseas Chinese communities and students): blind 58 and 0; batch35 (telecom,
    # utility and subscription fraud): blind 37 and 0.
    pytest.param("batch34", 200, 0, 8, id="batch34"),
    pytest.param("batch35", 200, 0, 7, id="batch35"),
    # batch38 (brand-phishing waves and their evasions): blind 6 and 5 (the five, a police
    # warning and retellings quoting the texts).
    pytest.param("batch38", 200, 0, 4, id="batch38"),
    # batch41 (fraud in conversation without links, third wave): blind 67 and 1 (a retelling
    # of a parcel-compensation text).
    pytest.param("batch41", 200, 0, 18, id="batch41"),
    # batch42 (the money asks of conversational fraud): blind 53 and 1 (59 and 1 with the
    # rules of this work's start, before batch41); the held one, a registered charity's notice
    # on its own .org.sg domain under a Chinese signature, is still held.
    pytest.param("batch42", 200, 0, 6, id="batch42"),
    # batch43 (conversational fraud of Hong Kong, Malaysia, Singapore, Indonesia and the
    # Philippines): blind 84 and 0 (85 and 0 with the rules of this work's start).
    pytest.param("batch43", 200, 0, 38, id="batch43"),
    # batch45 (romance, investment, marketplace, rental, sextortion and code-theft fraud in
    # conversation): blind 82 and 2 (84 and 1 with the rules of 7955391).
    pytest.param("batch45", 200, 0, 11, id="batch45"),
    # batch47 (the same theme, second wave): blind 101 and 5 after the batch45 work (103 and 6
    # with the rules of 7955391).
    # 33 with the private-payee rule (after batch54).
    pytest.param("batch47", 200, 0, 21, id="batch47"),
    # batch48 (the same theme, third wave, pretexts the other sets lack): blind 100 and 3 after
    # the batch45 to batch47 work (115 and 4 with the rules of 7955391); 64 with the extortion
    # pack (batch54), 62 with the private-payee rule.
    pytest.param("batch48", 200, 0, 35, id="batch48"),
    # batch49 (the same theme as the middle and end of conversations): blind 106 and 4 after
    # the batch45 to batch47 work (113 and 4 with the rules of 7955391); 74 with the extortion
    # pack (batch54), 67 with the private-payee rule, 66 once CN_PAY_OR_EXPOSE no longer took
    # the threat's own "别想着报警" for advice.
    pytest.param("batch49", 200, 0, 45, id="batch49"),
    # batch51 (inbound SMS of Hong Kong, Taiwan, Singapore, Malaysia and Macau as each market
    # sees it): blind 46 and 4 under the mainland plan (45 and 1 under each market's own).
    pytest.param("batch51", 200, 2, 19, id="batch51"),
    # batch52 (premium-rate, subscription and call-back fraud in the United Kingdom, Ireland,
    # Australia, New Zealand, North America and Singapore): the mainland plan has no premium
    # ranges, so it reads these markets poorly: blind 98 delivered and 2 held with the premium
    # rules (101 and 2 before them); each market's own plan: 54 and 5 blind, 48 and 2 after,
    # 30 and 2 with the subscription-trap rule (469 rules; mainland 76 and 2), 27 and 2 once
    # "lol" no longer passes for a retelling.
    pytest.param("batch52", 200, 2, 57, id="batch52"),
    # batch53 (illegal-service advertising in Chinese: invoices for a fee, forged certificates,
    # data lookups, card and SIM buying, and the lawful messages that use the same words):
    # blind 71 delivered and 3 held (83 and 3 with the rules of aeaf474); 21 after a first
    # widening, 31 once words that lawful trades share were taken out again, 26 with the
    # betting words of CN_GAMBLING_LURE; 25 with the extortion pack (batch54); 12 once the
    # ads' own "绝不违法" no longer reads as a warning and the list names the paired trade
    # (办证刻章), "as good as the original", seals cut without a licence and invoices "with no
    # trade behind them".
    pytest.param("batch53", 150, 2, 11, id="batch53"),
    # batch54 (extortion and threat messages in Chinese and English: sextortion's follow-ups
    # and second demands, fake fathers of a minor, paid removal of a leaked video, hacked-device
    # claims paid in crypto, doxxing, hitmen, illegal debt collection, fake vice cases): blind
    # 74 delivered and 4 held with the extortion pack as first written (84 and 4 with the rules
    # of 149c505); 10 and 3 after the rules used it.
    pytest.param("batch54", 150, 2, 5, id="batch54"),
    # batch55 (subsidy, procurement, insurance, exam, merchant-platform and driving frauds in
    # Chinese): blind 35 delivered and 3 held with five rules written for the theme first (39
    # and 3 with the rules of 149c505); 28 and 3 after the rules used it.
    pytest.param("batch55", 150, 3, 17, id="batch55"),
    # batch56 (travel and transport fraud in Chinese and English: flight compensation, travel
    # authorisations, bookings and deposits, rentals, ride-hailing, tolls and fines): blind 19
    # delivered and 2 held with the travel pack as first written (the same with the rules of
    # 5eaaaae); 2 and 1 after the rules used it.
    pytest.param("batch56", 150, 1, 2, id="batch56"),
    # batch57 (schools, universities and student money in Chinese and English: fake teachers,
    # school offices and parent committees collecting fees, class-group apps, exam papers for
    # sale, fake bureaus and universities, scholarships, student loans): blind 37 delivered and
    # 0 held with two school-fee rules written first (43 and 0 with the rules of 5eaaaae); 5
    # and 0 after the rules used it.
    pytest.param("batch57", 150, 0, 3, id="batch57"),
    # batch58 (online accounts, social media, devices and apps in Chinese and English: lost
    # phones "found", account bans and appeals, badges and creator earnings, code hijacks,
    # marketplace sellers, games, subscriptions, e-wallets, SIM and eSIM): blind 20 delivered
    # and 3 held with the accounts pack as first written (21 and 2 with the rules of
    # 5eaaaae); 5 and 1 after the rules used it.
    pytest.param("batch58", 150, 0, 1, id="batch58"),
    # batch59 (home, property and local services in Chinese and English: property offices,
    # councils, utilities, meters, trades, movers, residents' groups, landlords' agents): blind
    # 48 delivered and 0 held with the home pack as first written (52 and 0 with the rules of
    # 5eaaaae); 25 and 0 after the rules used it.
    pytest.param("batch59", 150, 0, 14, id="batch59"),
    # batch60 (health care and charity in Chinese and English: booking fees, results links,
    # pharmacy fees, insurers' refunds, staff openers, appeals to personal channels, temples,
    # crowdfunding copies, organs for money): blind 34 delivered and 0 held with the health pack
    # as first written (39 and 0 with the rules of 5eaaaae); 6 and 0 after the rules used it.
    pytest.param("batch60", 150, 0, 3, id="batch60"),
    # batch61 (games, streaming, tickets and entertainment in Chinese and English): blind 30
    # delivered and 1 held with the entertainment pack as first written (33 and 1 with the rules
    # of 5eaaaae); 13 and 0 after the rules used it.
    pytest.param("batch61", 150, 0, 9, id="batch61"),
    # batch62 (vehicles, driving and motoring in Chinese and English): blind 25 delivered and 1
    # held with the motoring pack as first written (31 and 1 with the rules of 5eaaaae); 10 and
    # 0 after the rules used it.
    pytest.param("batch62", 150, 0, 7, id="batch62"),
    # batch63 (work, payroll and small business in Chinese and English): blind 27 delivered and
    # 0 held with the workplace pack as first written (28 and 0 with the rules of 5eaaaae); 15
    # and 0 after the rules used it.
    pytest.param("batch63", 150, 0, 6, id="batch63"),
    # batch64 (older people and their families in Chinese and English): blind 33 delivered and
    # 2 held with the seniors pack as first written (37 and 2 with the rules of 5eaaaae); 6 and
    # 0 after the rules used it.
    pytest.param("batch64", 150, 0, 4, id="batch64"),
    # batch65 (debts, arrears, collection and legal action in Chinese and English): blind 32
    # delivered and 1 held with the debts pack as first written (34 and 1 with the rules of
    # 5eaaaae); 7 and 0 after the rules used it.
    pytest.param("batch65", 150, 0, 5, id="batch65"),
    # batch66 (insurance in Chinese and English): blind 33 delivered and 2 held with the
    # insurance pack as first written (36 and 1 with the rules of 5eaaaae); 12 and 0 after the
    # rules used it.
    pytest.param("batch66", 150, 0, 7, id="batch66"),
    # batch67 (pets, animals, hobbies and clubs in Chinese and English): blind 41 delivered and
    # 0 held with the leisure pack as first written (50 and 0 with the rules of 5eaaaae); 11 and
    # 0 after the rules used it.
    pytest.param("batch67", 150, 0, 5, id="batch67"),
    # batch68 (phone carriers, telecom services and household utilities in Chinese and
    # English): blind 24 delivered and 0 held with the utilities pack as first written (30 and 0
    # with the rules of 5eaaaae, 28 and 0 with the 648 before the pack); 4 and 0 after the rules
    # used it.
    pytest.param("batch68", 150, 0, 0, id="batch68"),
    # batch69 (jobs, recruitment, part-time tasks and side income in Chinese and English):
    # blind 36 delivered and 1 held with the jobs pack as first written (the same as the 671
    # rules before it; 40 and 1 with the rules of 5eaaaae); 6 and 0 after the rules used it.
    pytest.param("batch69", 150, 0, 4, id="batch69"),
    # batch70 (banks, cards, e-wallets and payment apps in Chinese and English): blind 17
    # delivered and 2 held with the banking pack as first written (19 and 2 with the rules of
    # 5eaaaae, 18 and 2 with the 695 before the pack; the held ones a Taiwanese bank's code
    # from a +886 mobile, under the mainland plan only, and a police bureau's advisory); 9 and 1
    # after the rules used it (the advisory is delivered now).
    pytest.param("batch70", 150, 1, 3, id="batch70"),
    # batch71 (public agencies in Chinese and English): blind 16 delivered and 3 held with the
    # agencies pack as first written (the same with the rules of 5eaaaae and the 705 before the
    # pack); 1 and 1 after the rules used it (a Hong Kong police advisory from a registered
    # sender id, delivered under Hong Kong's plan).
    pytest.param("batch71", 150, 0, 0, id="batch71"),
    # batch72 (online shopping, parcels, deliveries and marketplaces in Chinese and English):
    # blind 16 delivered and 0 held with the shopping pack as first written (the same with the
    # 714 rules before it; 17 and 0 with the rules of 5eaaaae); 3 and 0 after the rules used it.
    pytest.param("batch72", 150, 0, 2, id="batch72"),
    # batch73 (loans, credit, credit reports and investment in Chinese and English): blind 20
    # delivered and 1 held with the credit and rewards packs as first written (22 and 1 with
    # the 725 rules before them, 24 and 1 with the rules of 5eaaaae); 3 and 0 after the rules
    # used it.
    pytest.param("batch73", 150, 0, 3, id="batch73"),
    # batch74 (prizes, rewards, loyalty points, coupons and giveaways in Chinese and English):
    # blind 12 delivered and 2 held with both packs as first written (the same with the 725
    # rules before them; 13 and 3 with the rules of 5eaaaae); 1 and 0 after the rules used it.
    pytest.param("batch74", 150, 0, 1, id="batch74"),
    # batch75 (family, friends, bosses and acquaintances impersonated, in Chinese and English):
    # blind 29 delivered and 0 held with the family and devices packs as first written (35 and
    # 0 with the 759 rules before them, 38 and 1 with the rules of 5eaaaae); 7 and 0 after the
    # rules used it.
    pytest.param("batch75", 150, 0, 2, id="batch75"),
    # batch76 (tech support, devices, cloud storage and software subscriptions in Chinese and
    # English): blind 25 delivered and 1 held with both packs as first written (27 and 1 with
    # the 759 rules before them, 29 and 1 with the rules of 5eaaaae); 2 and 0 after the rules
    # used it.
    pytest.param("batch76", 150, 0, 1, id="batch76"),
    # batch77 (tax, benefits and government payments in Chinese and English): blind 18
    # delivered and 1 held with the taxes and social packs as first written (the same with the
    # 795 rules before them; 20 and 1 with the rules of 5eaaaae); 8 and 0 after the rules used
    # it.
    pytest.param("batch77", 150, 0, 2, id="batch77"),
    # batch78 (social media, messaging apps, short video and live-streaming in Chinese and
    # English): blind 29 delivered and 3 held with both packs as first written (30 and 3 with
    # the 795 rules before them, 32 and 3 with the rules of 5eaaaae); 9 and 0 after the rules
    # used it.
    pytest.param("batch78", 150, 0, 5, id="batch78"),
    # batch79 (genuine notices that read like fraud and the frauds that copy them, in Chinese
    # and English): blind 10 delivered and 5 held with the 813 rules of ae0befe and after the
    # work on the older sets' genuine messages (13 and 3 with the rules of 5eaaaae); 6 and 1
    # after the rules used it.
    pytest.param("batch79", 150, 0, 4, id="batch79"),
    # batch80 (everyday genuine messages from businesses and people that read like fraud, in
    # Chinese and English): blind 22 delivered and 2 held with the 816 rules of 403b38b (the
    # same with the 813 of ae0befe; 26 and 1 with the rules of 5eaaaae); 8 and 0 after the
    # rules used it.
    pytest.param("batch80", 150, 0, 3, id="batch80"),
    # batch81 (genuine service notices of mainland China, Hong Kong and Taiwan that read like
    # fraud): blind 19 delivered and 1 held with the 820 rules of ba33609 (the same with the
    # 813 of ae0befe; 20 and 1 with the rules of 5eaaaae); 16 and 0 after the rules used it.
    pytest.param("batch81", 150, 0, 7, id="batch81"),
    # batch82 (scripts new or changed in 2025-2026 and the genuine messages they copy, twelve
    # markets): blind 12 delivered and 0 held with the 823 rules of 69fa6fe; 9 and 0 after
    # the rules used it (827 rules).
    pytest.param("batch82", 150, 0, 6, id="batch82"),
    # batch83 (links in SMS: genuine links of brands, small businesses and people, and the
    # phishing links that imitate them): blind 8 delivered and 16 held with the 827 rules of
    # 53294fe; 7 and 5 after the rules used it (828 rules).
    pytest.param("batch83", 150, 5, 4, id="batch83"),
    # batch84 (first messages from strangers, genuine and fraud openers): blind 55 delivered
    # and 0 held with the 828 rules of 567d68b; 43 and 0 after the rules used it (829 rules).
    pytest.param("batch84", 150, 0, 20, id="batch84"),
    # batch85 (small businesses and workers texting from their own mobiles, and the frauds that
    # copy them): blind 32 delivered and 1 held with the 829 rules of 9508e8c; 28 and 0 after
    # the rules used it.
    pytest.param("batch85", 150, 0, 12, id="batch85"),
    # batch86 (the most common SMS frauds of English-speaking markets and the genuine messages
    # beside them): blind 6 delivered and 3 held with the 829 rules of 44f6583; 6 and 0 after
    # the rules used it.
    pytest.param("batch86", 150, 0, 4, id="batch86"),
    # batch87 (the most common SMS frauds of mainland China and the genuine messages beside
    # them): blind 15 delivered and 1 held with the 829 rules of 93f5215; 13 and 0 after the
    # rules used it (831 rules).
    pytest.param("batch87", 150, 0, 7, id="batch87"),
    # batch88 (seasonal and year-end waves, December to February, and the genuine seasonal
    # messages beside them): blind 20 delivered and 0 held with the 831 rules of ce32dba; 15
    # and 0 after the rules used it (833 rules).
    pytest.param("batch88", 150, 0, 10, id="batch88"),
    # batch89 (rural towns, farmers and villages, and the genuine messages they receive): blind
    # 33 delivered and 0 held with the 833 rules of 04bab9e; 19 and 0 after the rules used it
    # (837 rules).
    pytest.param("batch89", 150, 0, 11, id="batch89"),
    # batch90 (India: the frauds of its SMS traffic, much of it in Hinglish, and the genuine
    # messages beside them): blind 38 delivered and 2 held with the 837 rules of 004213b; 17
    # and 0 after the rules used it (846 rules; 15 in India's own plan).
    pytest.param("batch90", 150, 0, 12, id="batch90"),
    # batch91 (Pakistan and Bangladesh: frauds in English, Roman Urdu and Banglish, and the
    # genuine messages beside them): blind 82 delivered and 1 held with the 846 rules of
    # f6850a5; 29 and 0 after the rules used it (857 rules).
    pytest.param("batch91", 150, 0, 24, id="batch91"),
    # batch92 (Nigeria, Ghana, Kenya and South Africa: frauds in English, Pidgin and Swahili,
    # and the genuine messages beside them): blind 50 delivered and 0 held with the 857 rules
    # of 0923c83; 31 and 0 after the rules used it (862 rules).
    pytest.param("batch92", 150, 0, 22, id="batch92"),
    # batch93 (the Philippines: frauds in English, Taglish and Filipino, and the genuine
    # messages beside them): blind 42 delivered and 1 held with the 862 rules of 1f0bcba; 21
    # and 0 after the rules used it (867 rules).
    pytest.param("batch93", 150, 0, 18, id="batch93"),
    # batch94 (Hong Kong and Macau: frauds in written Cantonese, Chinese and English, and the
    # genuine messages beside them): blind 36 delivered and 0 held with the 867 rules of 12a4174
    # (31 and 1 under each market's own plan); 23 and 0 after the rules used it (881 rules).
    pytest.param("batch94", 150, 0, 13, id="batch94"),
    # batch95 (the Gulf states, in English): blind 37 delivered and 0 held with the 867 rules of
    # 12a4174; 18 and 0 after the rules used it (881 rules).
    pytest.param("batch95", 150, 0, 12, id="batch95"),
    # batch96 (Taiwan, in traditional Chinese): blind 34 delivered and 1 held with the 876
    # rules of 12e062f; 21 and 0 after the rules used it (881 rules).
    pytest.param("batch96", 150, 0, 18, id="batch96"),
    # batch97 (the United Kingdom and Ireland): blind 19 delivered and 0 held with the 876
    # rules of 12e062f; 12 and 0 after the rules used it (881 rules).
    pytest.param("batch97", 150, 0, 8, id="batch97"),
    # batch98 (the United States and Canada): blind 25 delivered and 3 held with the 881 rules
    # of 3265ae6 (2 held under each market's own plan); 17 and 2 after the rules used it (886
    # rules; 0 held under each market's own plan, where business long codes are read as such).
    pytest.param("batch98", 150, 2, 12, id="batch98"),
    # batch99 (Singapore and Malaysia, in English and Chinese): blind 30 delivered and 0 held
    # with the 881 rules of 3265ae6; 15 and 0 after the rules used it (886 rules).
    pytest.param("batch99", 150, 0, 8, id="batch99"),
    # batch100 (Australia and New Zealand): blind 30 delivered and 0 held with the 886 rules of
    # 86863b5; 19 and 0 after the rules used it (895 rules; 18 under each market's own plan).
    pytest.param("batch100", 150, 0, 12, id="batch100"),
    # batch101 (Indonesia, in Indonesian): blind 70 delivered and 0 held with the 887 rules of
    # 798ce14; 30 and 0 after the rules used it (895 rules; 29 under each market's own plan).
    pytest.param("batch101", 150, 0, 28, id="batch101"),
    # batch102 (mainland fraud written to slip past keyword filters: spaced and dotted words,
    # homophones, pinyin, full-width ids): blind 23 delivered and 0 held with the 895 rules of
    # 19b2600; 13 and 0 after the rules used it (901 rules).
    pytest.param("batch102", 150, 0, 11, id="batch102"),
    # batch103 (English fraud written to slip past filters in six markets): blind 17 delivered
    # and 2 held (19b2600); 15 and 0 after.
    pytest.param("batch103", 150, 0, 8, id="batch103"),
    # batch104 (medical insurance, social security, housing fund and pensions, the seeds'
    # family): blind 32 delivered and 0 held (19b2600); 10 and 0 after.
    pytest.param("batch104", 150, 0, 9, id="batch104"),
    # batch105 (enterprise ports, bank and carrier service numbers, and fraud sent through
    # them or signed as them): blind 15 delivered and 0 held (19b2600); 13 and 0 after.
    pytest.param("batch105", 150, 0, 8, id="batch105"),
    # batch106 (SMS that goes with a phone call, Chinese and English): blind 25 delivered and 1
    # held with the 901 rules of b738471; 10 and 0 after the rules used it (906 rules).
    pytest.param("batch106", 150, 0, 8, id="batch106"),
    # batch107 (money mules, rented accounts and crypto cash-outs, Chinese and English): blind 69
    # delivered and 1 held with the 906 rules of 39a0cf7; 42 and 0 after the rules used it (910).
    pytest.param("batch107", 150, 0, 20, id="batch107"),
    # batch108 (government subsidies, vouchers and benefit payouts, Chinese and English): blind 21
    # delivered and 0 held with the 910 rules of f51e83f; 17 and 0 after the rules used it (967
    # rules).
    pytest.param("batch108", 150, 0, 13, id="batch108"),
    # batch109 (fraud under a genuine sender's name or number, Chinese and English): blind 41
    # delivered and 0 held with the 910 rules of f51e83f; 31 and 0 after the rules used it (967
    # rules).
    pytest.param("batch109", 150, 0, 13, id="batch109"),
    # batch110 (compensation, refunds and claims, Chinese and English): blind 28 delivered and 2
    # held with the 910 rules of f51e83f; 19 and 0 after the rules used it (967 rules).
    pytest.param("batch110", 150, 0, 13, id="batch110"),
    # batch111 (investment, stock groups, crypto platforms and recovery offers, Chinese and
    # English): blind 50 delivered and 0 held with the 910 rules of f51e83f; 23 and 0 after the
    # rules used it (967 rules).
    pytest.param("batch111", 150, 0, 14, id="batch111"),
    # batch112 (first messages from unknown mobile numbers, Chinese and English): blind 66
    # delivered and 0 held with the 921 rules of a8ac997; 50 and 0 after the rules used it (967
    # rules).
    pytest.param("batch112", 150, 0, 37, id="batch112"),
    # batch113 (small businesses and merchants as recipients, Chinese and English): blind 47
    # delivered and 0 held with the 921 rules of a8ac997; 27 and 0 after the rules used it (967
    # rules).
    pytest.param("batch113", 150, 0, 19, id="batch113"),
    # batch114 (chat-app and online account takeover, Chinese and English): blind 37 delivered and
    # 3 held with the 921 rules of a8ac997; 16 and 0 after the rules used it (967 rules).
    pytest.param("batch114", 150, 0, 7, id="batch114"),
    # batch115 (tickets, big events and sports, Chinese and English): blind 48 delivered and 1 held
    # with the 925 rules of c81f2be; 27 and 1 after the rules used it (967 rules).
    pytest.param("batch115", 150, 1, 23, id="batch115"),
    # batch116 (parcels, deliveries, customs and lockers, Chinese and English): blind 32 delivered
    # and 1 held with the 941 rules of f8104dd; 20 and 0 after the rules used it (967 rules).
    pytest.param("batch116", 150, 0, 15, id="batch116"),
    # batch117 (banks, cards and payment accounts, Chinese and English): blind 16 delivered and 0
    # held with the 941 rules of f8104dd; 9 and 0 after the rules used it (967 rules).
    pytest.param("batch117", 150, 0, 3, id="batch117"),
    # batch118 (tolls, fines, vehicles and driving, Chinese and English): blind 29 delivered and 0
    # held with the 941 rules of f8104dd; 20 and 0 after the rules used it (967 rules).
    pytest.param("batch118", 150, 0, 14, id="batch118"),
    # batch119 (jobs, tasks and side income, Chinese and English): blind 32 delivered and 0 held
    # with the 941 rules of f8104dd; 22 and 0 after the rules used it (967 rules).
    pytest.param("batch119", 150, 0, 14, id="batch119"),
    # batch120 (phone carriers, utilities and household bills, Chinese and English): blind 35
    # delivered and 0 held with the 955 rules of f8852e0; 19 and 0 after the rules used it (967
    # rules).
    pytest.param("batch120", 150, 0, 14, id="batch120"),
    # batch121 (online shopping, marketplaces and second-hand sales, Chinese and English): blind 40
    # delivered and 0 held with the 955 rules of f8852e0; 19 and 0 after the rules used it (967
    # rules).
    pytest.param("batch121", 150, 0, 10, id="batch121"),
    # batch122 (health care, pharmacies and health insurance, Chinese and English): blind 26
    # delivered and 0 held with the 967 rules of 9aaa0b7; 7 and 0 after the rules used it (1,014
    # rules).
    pytest.param("batch122", 150, 0, 6, id="batch122"),
    # batch123 (romance, dating and sextortion, Chinese and English): blind 49 delivered and 1 held
    # with the 967 rules of 9aaa0b7; 12 and 0 after the rules used it (1,014 rules).
    pytest.param("batch123", 150, 0, 8, id="batch123"),
    # batch124 (travel: airlines, trains, hotels, visas and holiday bookings, Chinese and English):
    # blind 30 delivered and 0 held with the 983 rules of 2030a53; 11 and 0 after the rules used it
    # (1,014 rules).
    pytest.param("batch124", 150, 0, 7, id="batch124"),
    # batch125 (homes: renting, buying and selling, renovation, repairs and moving, Chinese and
    # English): blind 42 delivered and 0 held with the 983 rules of 2030a53; 19 and 0 after the
    # rules used it (1,014 rules).
    pytest.param("batch125", 150, 0, 12, id="batch125"),
    # batch126 (education: schools, exams, training and student finance, Chinese and English): blind
    # 30 delivered and 1 held with the 998 rules of 522c744; 12 and 0 after the rules used it (1,014
    # rules).
    pytest.param("batch126", 150, 0, 8, id="batch126"),
    # batch127 (online games, game accounts, in-game items and esports, Chinese and English): blind
    # 25 delivered and 5 held with the 998 rules of 522c744; 12 and 0 after the rules used it (1,014
    # rules).
    pytest.param("batch127", 150, 0, 7, id="batch127"),
    # batch128 (ride-hailing, taxis, food delivery and local-service apps, Chinese and English):
    # blind 23 delivered and 3 held with the 1,008 rules of 3db20b8; 11 and 0 after the rules used
    # it (1,014 rules).
    pytest.param("batch128", 150, 0, 7, id="batch128"),
    # batch129 (identity documents and digital identity, Chinese and English): blind 15 delivered
    # and 0 held with the 1,008 rules of 3db20b8; 8 and 0 after the rules used it (1,014 rules).
    pytest.param("batch129", 150, 0, 7, id="batch129"),
    # batch130 (charity, disaster relief, crowdfunding and religious giving, Chinese and English):
    # blind 36 delivered and 1 held with the 1,014 rules of 31986e8; 16 and 0 after the rules used
    # it (1,014 rules of ccc5674).
    pytest.param("batch130", 150, 0, 14, id="batch130"),
    # batch131 (pensions, retirement savings, annuities and life insurance, Chinese and English):
    # blind 26 delivered and 0 held with the 1,014 rules of 31986e8; 17 and 0 after the rules used
    # it (1,014 rules of ccc5674).
    pytest.param("batch131", 150, 0, 12, id="batch131"),
    # batch132 (lotteries, betting, casinos and gambling, Chinese and English): blind 27 delivered
    # and 2 held with the 1,014 rules of 284610d; 12 and 0 after the rules used it (1,014 rules of
    # ccc5674).
    pytest.param("batch132", 150, 0, 10, id="batch132"),
    # batch133 (courts, lawyers, summonses, jury duty, notaries and legal services, Chinese and
    # English): blind 25 delivered and 4 held with the 1,014 rules of 284610d; 13 and 0 after the
    # rules used it (1,014 rules of ccc5674).
    pytest.param("batch133", 150, 0, 5, id="batch133"),
    # batch134 (beauty, cosmetic clinics, weight loss, gyms and fitness, Chinese and English): blind
    # 27 delivered and 2 held (1 in each market's own plan) with the 1,014 rules of ccc5674; 20 and
    # 1 (0 in each market's own plan) after the rules used it (1,016 rules of b37e67f).
    pytest.param("batch134", 150, 1, 12, id="batch134"),
    # batch135 (weddings, parties, photography, event venues and funerals, Chinese and English):
    # blind 35 delivered and 0 held with the 1,014 rules of ccc5674; 31 and 0 after the rules used
    # it (1,016 rules of b37e67f).
    pytest.param("batch135", 150, 0, 15, id="batch135"),
    # batch136 (gold, jewellery, watches, luxury goods and pawnshops, Chinese and English): blind 39
    # delivered and 2 held with the 1,015 rules of 4bd63ff; 30 and 1 after the rules used it
    # (1,018 rules of 0c2cfb9).
    pytest.param("batch136", 150, 1, 20, id="batch136"),
    # batch137 (surveys, census, polls, elections and market research, Chinese and English): blind
    # 21 delivered and 0 held with the 1,015 rules of 4bd63ff; 18 and 0 after the rules used it
    # (1,018 rules of 0c2cfb9).
    pytest.param("batch137", 150, 0, 9, id="batch137"),
    # batch138 (AI tools, deepfakes, voice cloning and app subscriptions, Chinese and English):
    # blind 24 delivered and 2 held with the 1,018 rules of 4f06da0; 24 and 1 once its held genuine
    # messages were used (52ce63a); 14 (13 in the mainland plan) and 1 after its frauds were used
    # (1,019 rules of b7ecdf6).
    pytest.param("batch138", 150, 0, 9, id="batch138"),
    # batch139 (public transport, parking, EV charging and transport cards, Chinese and English):
    # blind 17 delivered and 1 held with the 1,018 rules of 4f06da0; 17 and 0 once its held genuine
    # message was used (52ce63a); 14 and 0 after its frauds were used (1,019 rules of b7ecdf6).
    pytest.param("batch139", 150, 0, 8, id="batch139"),
    # batch140 (pets, animals, vets and pet services, Chinese and English): blind 30 delivered and
    # 1 held with the 1,019 rules of b7ecdf6; 8 and 0 after the rules used it (1,021 rules of
    # a6f5ab6).
    pytest.param("batch140", 150, 0, 4, id="batch140"),
    # batch141 (home energy: solar, heat pumps, insulation and energy rebates, Chinese and
    # English): blind 20 delivered and 0 held with the 1,019 rules of b7ecdf6; 12 and 0 after the
    # rules used it (1,029 rules of 2410979).
    pytest.param("batch141", 150, 0, 10, id="batch141"),
    # batch142 (creators, influencers, livestream selling and social-media accounts, Chinese and
    # English): blind 42 delivered and 2 held with the 1,021 rules of a6f5ab6; 27 and 0 after the
    # rules used it (1,029 rules of 2410979); 26 once an order claim around its number was read
    # (3d552f2).
    pytest.param("batch142", 150, 0, 14, id="batch142"),
    # batch143 (farmers, rural life, agriculture and livestock, Chinese and English): blind 38
    # delivered and 2 held with the 1,021 rules of a6f5ab6; 23 and 0 after the rules used it (1,029
    # rules of 2410979).
    pytest.param("batch143", 150, 0, 17, id="batch143"),
    # batch144 (buying and selling cars: used cars, dealers, car finance and warranties, Chinese
    # and English): blind 45 delivered and 2 held with the 1,029 rules of 71b65c1; 25 and 0 after
    # the rules used it (1,037 rules of 656ba67).
    pytest.param("batch144", 150, 0, 14, id="batch144"),
    # batch145 (natural disasters, extreme weather and emergencies, Chinese and English): blind 23
    # delivered and 0 held with the 1,029 rules of 71b65c1; 12 and 0 after the rules used it (1,037
    # rules of 656ba67).
    pytest.param("batch145", 150, 0, 10, id="batch145"),
    # batch146 (insurance policies: life, health, car, home and travel cover, Chinese and English):
    # blind 28 delivered and 2 held with the 1,037 rules of 38f4852; 21 and 0 after the rules used
    # it (1,039 rules of 1d61cc9).
    pytest.param("batch146", 150, 0, 15, id="batch146"),
    # batch147 (devices and tech support: phones, computers, cloud storage and repairs, Chinese and
    # English): blind 21 delivered and 1 held with the 1,037 rules of 38f4852; 16 and 0 after the
    # rules used it (1,039 rules of 1d61cc9); 15 once an order claim around its number was read
    # (3d552f2).
    pytest.param("batch147", 150, 0, 8, id="batch147"),
    # batch148 (students and families abroad: embassies, consulates, visas and remittances, Chinese
    # and English): blind 23 delivered and 2 held with the 1,039 rules of 3d552f2; 11 and 0 after
    # the rules used it (1,042 rules of 3322a0d).
    pytest.param("batch148", 150, 0, 9, id="batch148"),
    # batch149 (freelancers and gig workers: platforms, clients, payouts and delivery riders,
    # Chinese and English): blind 25 delivered and 0 held with the 1,039 rules of 3d552f2; 18 and 0
    # after the rules used it (1,042 rules of 3322a0d).
    pytest.param("batch149", 150, 0, 13, id="batch149"),
    # batch150 (timeshares, holiday clubs, travel memberships and resort offers, Chinese and
    # English): blind 48 delivered and 1 held (3 in the mainland plan) with the 1,042 rules of
    # a9692c0; 21 and 0 after the rules used it (1,047 rules of 885616b).
    pytest.param("batch150", 150, 0, 17, id="batch150"),
    # batch151 (data breaches, identity theft and credit reports, Chinese and English): blind 26
    # delivered and 1 held with the 1,042 rules of a9692c0; 16 and 0 after the rules used it (1,047
    # rules of 885616b).
    pytest.param("batch151", 150, 0, 8, id="batch151"),
    # batch152 (jobs abroad, labour agencies and overseas work, Chinese and English): measured
    # blind with the 1,047 rules of 8572fad, 44 delivered and 0 held; 19 and 0 after the rules
    # used it (1,072 rules of 681b523).
    pytest.param("batch152", 150, 0, 17, id="batch152"),
    # batch153 (companies' paperwork: trademarks, domains, registers and listings, Chinese and
    # English): measured blind with the 1,047 rules of 8572fad, 40 delivered and 3 held; 7 and 0
    # after the rules used it (1,072 rules of 681b523); 6 and 0 with the later rules of the stop
    # (1,084 rules of 08e9b45).
    pytest.param("batch153", 150, 0, 4, id="batch153"),
    # batch154 (babies and young children: maternity, childcare and child benefits, Chinese and
    # English): measured blind with the 1,047 rules of 8572fad, 16 delivered and 0 held; 6 and 0
    # after the rules used it (1,072 rules of 681b523).
    pytest.param("batch154", 150, 0, 4, id="batch154"),
    # batch155 (veterans, military service and their families, Chinese and English): measured
    # blind with the 1,047 rules of 8572fad, 32 delivered and 1 held under the mainland plan (0
    # held under each market's own); 18 and 1 after the rules used it (1,072 rules of 681b523).
    pytest.param("batch155", 150, 1, 9, id="batch155"),
    # batch156 (freight, import and export, customs brokers and B2B trade, Chinese and English):
    # measured blind with the 1,047 rules of 8572fad, 37 delivered and 1 held under the mainland
    # plan; 16 and 0 after the rules used it (1,072 rules of 681b523).
    pytest.param("batch156", 150, 0, 8, id="batch156"),
    # batch157 (phone numbers, roaming, eSIMs and travel SIMs, Chinese and English): measured
    # blind with the 1,047 rules of 8572fad, 29 delivered and 1 held under the mainland plan (26
    # under each market's own); 15 and 0 after the rules used it (1,072 rules of 681b523).
    pytest.param("batch157", 150, 0, 9, id="batch157"),
    # batch158 (health products and wellness talks sold to older people, Chinese and English):
    # measured blind with the 1,047 rules of 8572fad, 45 delivered and 1 held under the mainland
    # plan (0 held under each market's own); 20 and 1 after the rules used it (1,072 rules of
    # 681b523).
    pytest.param("batch158", 150, 1, 14, id="batch158"),
    # batch159 (property management, residential estates and owners' associations, Chinese and
    # English): measured blind with the 1,047 rules of 8572fad, 34 delivered and 1 held under
    # the mainland plan; 25 and 1 after the rules used it (1,072 rules of 681b523).
    pytest.param("batch159", 150, 1, 16, id="batch159"),
    # batch160 (restaurants, cafes and food businesses, Chinese and English): measured blind
    # with the 1,072 rules of 27b2fc5, 41 delivered and 1 held under the mainland plan; 25 and 0
    # after the rules used it (1,084 rules of 08e9b45).
    pytest.param("batch160", 150, 0, 16, id="batch160"),
    # batch161 (public and social housing applications, Chinese and English): measured blind
    # with the 1,072 rules of 27b2fc5, 47 delivered and 2 held under the mainland plan; 23 and 1
    # after the rules used it (1,084 rules of 08e9b45).
    pytest.param("batch161", 150, 1, 19, id="batch161"),
    # batch162 (home security, smart home devices and CCTV, Chinese and English): measured blind
    # with the 1,072 rules of 27b2fc5, 43 delivered and 1 held under the mainland plan (44 under
    # each market's own); 23 and 0 after the rules used it (1,084 rules of 08e9b45).
    pytest.param("batch162", 150, 0, 19, id="batch162"),
    # batch163 (driving schools, learner drivers and driving tests, Chinese and English):
    # measured blind with the 1,072 rules of 27b2fc5, 47 delivered and 1 held under the mainland
    # plan; 24 and 0 after the rules used it (1,084 rules of 08e9b45).
    pytest.param("batch163", 150, 0, 17, id="batch163"),
    # batch164 (antiques, collectibles, stamps and coins, Chinese and English): measured blind
    # with the 1,084 rules of 8fd76a0, 62 delivered and 0 held under the mainland plan (63 under
    # each market's own); 35 and 0 after the rules used it (1,088 rules of 4a9cd20).
    pytest.param("batch164", 150, 0, 25, id="batch164"),
    # batch165 (e-bikes, e-scooters, batteries, plates and rentals, Chinese and English):
    # measured blind with the 1,084 rules of 8fd76a0, 23 delivered and 0 held under the mainland
    # plan; 21 and 0 after the rules used it (1,089 rules of d5c22e5).
    pytest.param("batch165", 150, 0, 15, id="batch165"),
    # batch166 (marathons, races, sports clubs and youth sport, Chinese and English): measured
    # blind with the 1,084 rules of 8fd76a0, 43 delivered and 1 held under the mainland plan; 34
    # and 0 after the rules used it (1,088 rules of 4a9cd20).
    pytest.param("batch166", 150, 0, 24, id="batch166"),
    # batch167 (study tours, summer camps and school trips, Chinese and English): measured blind
    # with the 1,084 rules of 8fd76a0, 30 delivered and 1 held under the mainland plan; 24 and 0
    # after the rules used it (1,088 rules of 4a9cd20).
    pytest.param("batch167", 150, 0, 17, id="batch167"),
    # batch168 (debt relief, debt negotiation, credit repair and insolvency, Chinese and
    # English): measured blind with the 1,089 rules of 4d9a84a, 34 delivered and 0 held under the
    # mainland plan; 14 and 0 after the rules used it (1,091 rules of 2f23e21).
    pytest.param("batch168", 150, 0, 8, id="batch168"),
    # batch169 (academics and researchers: journals, conferences, grants and degrees, Chinese
    # and English): measured blind with the 1,089 rules of 4d9a84a, 40 delivered and 4 held under
    # the mainland plan; 24 and 0 after the university domains and the rules it taught (1,091
    # rules of 2f23e21).
    pytest.param("batch169", 150, 0, 14, id="batch169"),
    # batch170 (the workplace: IT helpdesk, staff accounts, HR and payroll, Chinese and
    # English): measured blind with the 1,091 rules of 2f23e21, 26 delivered and 2 held under
    # the mainland plan; 17 and 0 after the rules used it (1,096 rules of 4a5b434), 15 and 0 with
    # the mailbox rule (1,102 rules of 5066fb8).
    pytest.param("batch170", 150, 0, 8, id="batch170"),
    # batch171 (local councils, municipal services and neighbourhood offices, Chinese and
    # English): measured blind with the 1,091 rules of 2f23e21, 23 delivered and 2 held; 5 and 0
    # after the rules used it (1,096 rules of 4a5b434).
    pytest.param("batch171", 150, 0, 4, id="batch171"),
    # batch172 (hosts of holiday rentals, guesthouses and small hotels, Chinese and English):
    # measured blind with the 1,091 rules of 2f23e21, 37 delivered and 0 held; 26 and 0 after the
    # rules used it (1,102 rules of 5066fb8).
    pytest.param("batch172", 150, 0, 17, id="batch172"),
    # batch173 (clinical trials, paid research volunteers, blood and plasma donation, Chinese and
    # English): measured blind with the 1,096 rules of 4a5b434, 36 delivered and 0 held under
    # the mainland plan; 20 and 0 after the rules used it (1,102 rules of 5066fb8).
    pytest.param("batch173", 150, 0, 13, id="batch173"),
    # batch174 (foreigners living and working in mainland China, Hong Kong and Macau, Chinese
    # and English): measured blind with the 1,102 rules of 5066fb8, 24 delivered and 0 held; 17
    # and 0 after the rules used it (1,103 rules of fb4a3a7).
    pytest.param("batch174", 150, 0, 12, id="batch174"),
    # batch175 (the outdoors: parks, campsites, fishing and hunting licences, boats, Chinese and
    # English): measured blind with the 1,102 rules of 5066fb8, 22 delivered and 0 held; 19 and 0
    # after the rules used it (1,103 rules of fb4a3a7).
    pytest.param("batch175", 150, 0, 15, id="batch175"),
    # batch176 (inheritance, wills, probate and unclaimed estates, Chinese and English): measured
    # blind with the 1,103 rules of a4d02c7, 48 delivered and 1 held; 21 and 0 after the rules
    # used it (1,106 rules of eac1977).
    pytest.param("batch176", 150, 0, 11, id="batch176"),
    # batch177 (online pharmacies, prescription medicines and weight-loss injections, Chinese and
    # English): measured blind with the 1,103 rules of a4d02c7, 24 delivered and 0 held; 12 and 0
    # after the rules used it (1,106 rules of eac1977).
    pytest.param("batch177", 150, 0, 6, id="batch177"),
    # batch178 (religious communities, temples, churches, mosques and pilgrimages, Chinese and
    # English): measured blind with the 1,106 rules of e1c2f71, 33 delivered and 1 held under the
    # mainland plan; 24 and 1 after the rules used it (1,110 rules of 77f4c80; the held one is a
    # church's pledge reminder on a giving platform's subdomain, left).
    # batch178's and batch195's held genuine messages (a church's pledge reminder on its church
    # management service's sub-domain, a MyChart notice on the health system's own domain)
    # released by the tenant hosts of 1,157 rules (the stop's end), below.
    pytest.param("batch178", 150, 0, 12, id="batch178"),
    # batch179 (marriage, divorce, child support and family law, Chinese and English): measured
    # blind with the 1,106 rules of e1c2f71, 39 delivered and 2 held; 30 and 0 after the rules
    # used it (1,110 rules of 77f4c80).
    pytest.param("batch179", 150, 0, 13, id="batch179"),
    # batch180 (journalists, media interviews, awards, rankings and PR, Chinese and English):
    # measured blind with the 1,110 rules of 97536fd, 74 delivered and 1 held under the mainland
    # plan, the weakest theme yet; 41 and 0 after the news domains and the rules it taught (1,114
    # rules of b0b91f3).
    pytest.param("batch180", 150, 0, 25, id="batch180"),
    # batch181 (care homes, home-care workers and elderly care services, Chinese and English):
    # measured blind with the 1,110 rules of 97536fd, 32 delivered and 0 held under the mainland
    # plan; 21 and 0 after the rules used it (1,114 rules of b0b91f3).
    pytest.param("batch181", 150, 0, 9, id="batch181"),
    # batch182 (lost and stolen phones, device finders and lost property, Chinese and English):
    # measured blind with the 1,114 rules of 45e5fbb, 37 delivered and 1 held under the mainland
    # plan; 16 and 0 after the rules used it (1,123 rules of a6734ef), as for each set below
    # (batch185, batch188 and batch189 with the later rules of ff22f60, 1,128 rules).
    pytest.param("batch182", 150, 0, 14, id="batch182"),
    # batch183 (domestic helpers, their employers and agencies, Chinese and English): measured
    # blind with the 1,114 rules of 45e5fbb, 27 delivered and 0 held under the mainland plan.
    pytest.param("batch183", 150, 0, 15, id="batch183"),
    # batch184 (digital RMB, new payment apps, QR codes and contactless payments, Chinese and
    # English): measured blind with the 1,114 rules of 45e5fbb, 23 delivered and 1 held.
    pytest.param("batch184", 150, 0, 9, id="batch184"),
    # batch185 (home appliances: warranties, repairs, recalls and installation, Chinese and
    # English): measured blind with the 1,114 rules of 45e5fbb, 48 delivered and 0 held.
    pytest.param("batch185", 150, 0, 29, id="batch185"),
    # batch186 to batch189 (fuel cards and car services; crypto wallets and exchanges;
    # civil-service exams and public-sector recruitment; online sellers), measured blind with the
    # 1,115 rules of 4360036 under the mainland plan (27, 23, 38 and 42 delivered; 2, 5, 1 and 2
    # held); after the rules they taught (1,123 rules of a6734ef), as below.
    pytest.param("batch186", 150, 0, 17, id="batch186"),
    pytest.param("batch187", 150, 0, 10, id="batch187"),
    pytest.param("batch188", 150, 0, 14, id="batch188"),
    pytest.param("batch189", 150, 0, 18, id="batch189"),
    # batch190 to batch193 (victims of earlier fraud and recovery scams; supermarkets and
    # loyalty programmes; hospital appointments and scalpers; fan clubs and celebrities), measured
    # blind with the 1,124 rules of 6ac41b1 under the mainland plan (43, 14, 35 and 37 delivered;
    # 3, 2, 1 and 0 held); after the rules they taught (1,128 rules of ff22f60), as below.
    pytest.param("batch190", 150, 0, 21, id="batch190"),
    pytest.param("batch191", 150, 0, 10, id="batch191"),
    pytest.param("batch192", 150, 0, 15, id="batch192"),
    pytest.param("batch193", 150, 0, 22, id="batch193"),
    # batch194 to batch197 (language tests and study abroad; fertility, IVF and surrogacy; unpaid
    # wages and workers' compensation; car rentals and car-sharing), measured blind with the
    # 1,128 rules of ff22f60 under the mainland plan (42, 50, 31 and 25 delivered; 0, 2, 0 and 0
    # held); after the rules they taught (1,134 rules of 26c9c67), as below.
    pytest.param("batch194", 150, 0, 17, id="batch194"),
    pytest.param("batch195", 150, 0, 24, id="batch195"),
    pytest.param("batch196", 150, 0, 11, id="batch196"),
    pytest.param("batch197", 150, 0, 12, id="batch197"),
    # batch198 to batch201 (school parent groups and class fees; screen sharing and remote-control
    # apps; gift cards and stored-value cards; mortgages and home loans), measured blind with the
    # 1,134 rules of 4dd4a55 under the mainland plan (33, 23, 20 and 36 delivered; 1, 6, 4 and 1
    # held); after the rules they taught (1,137 rules of 8286a6f), as below.
    pytest.param("batch198", 150, 0, 10, id="batch198"),
    pytest.param("batch199", 150, 0, 13, id="batch199"),
    pytest.param("batch200", 150, 0, 14, id="batch200"),
    pytest.param("batch201", 150, 0, 18, id="batch201"),
    # batch202 and batch203 (fine wine, baijiu and tea; cemetery plots and funeral services),
    # measured blind with the 1,134 rules of 4dd4a55 under the mainland plan (50 and 32
    # delivered; none held); after the rules they taught (1,139 and 1,142 rules), as below.
    pytest.param("batch202", 150, 0, 24, id="batch202"),
    pytest.param("batch203", 150, 0, 9, id="batch203"),
    # batch204 (modelling, casting calls, child models and talent agencies), measured blind with
    # the 1,144 rules of 535ee83 under the mainland plan (52 delivered, none held); after the rules
    # it taught (1,146 rules), as below.
    pytest.param("batch204", 150, 0, 30, id="batch204"),
    # batch205 and batch206 (classmates, alumni and reunions; matchmaking and dating), measured
    # blind with the 1,146 rules of 7a7296d under the mainland plan, as below.
    # batch205 after the rules it taught (1,149 rules; blind 44), below.
    pytest.param("batch205", 150, 0, 8, id="batch205"),
    # batch206 after the rules it taught (1,151 rules; blind 53), below.
    pytest.param("batch206", 150, 0, 23, id="batch206"),
    # batch207 to batch209 (phone trade-ins and recycling; land expropriation and demolition
    # compensation; car scrappage, trade-in subsidies and number plates), measured blind with the
    # 1,146 rules of 7a7296d under the mainland plan, as below.
    # after the rules they taught (1,157 rules; blind 28, 35 and 29 delivered), below.
    pytest.param("batch207", 150, 0, 13, id="batch207"),
    pytest.param("batch208", 150, 0, 16, id="batch208"),
    # batch209's held family message released by the batch206 round (1,151 rules), below.
    pytest.param("batch209", 150, 0, 6, id="batch209"),
    # batch210 to batch213 (immigration consultants and visas; cross-border shopping and parcel
    # forwarding; vaccinations and screenings; overseas property and golden visas), measured
    # blind with the 1,157 rules of ac132be under the mainland plan (41, 26, 33 and 37 delivered;
    # 0, 1, 0 and 2 held); after the first rules of this round (1,161 rules), as below.
    pytest.param("batch210", 150, 0, 17, id="batch210"),
    pytest.param("batch211", 150, 0, 13, id="batch211"),
    pytest.param("batch212", 150, 0, 17, id="batch212"),
    pytest.param("batch213", 150, 1, 22, id="batch213"),
    # batch214 and batch215 (fortune-telling, feng shui and paid rituals; children's competitions
    # and awards), measured blind with the same 1,157 rules of ac132be (65 and 54 delivered; 0 and
    # 2 held); after the first rules of this round (1,161 rules), as below.
    pytest.param("batch214", 150, 0, 21, id="batch214"),
    pytest.param("batch215", 150, 0, 20, id="batch215"),
    # batch216 to batch233 (subscriptions; loyalty points; flights; family emergencies; the boss
    # impersonated; tax; anti-money-laundering checks; debt collection; deposit refunds; utility
    # safety checks; broadband; trade fairs; children's in-game spending; museums and theatres;
    # credit cards; digital collectibles; banking certificates and tokens; university freshmen),
    # measured blind with the 1,167 rules of 89b2ddb under the mainland plan (in each data sheet
    # and in the commit that added the set), then used to write rules; their bounds are the
    # figures after this stop's rules (1,201 rules of 55c1420), as below.
    pytest.param("batch216", 150, 0, 14, id="batch216"),
    pytest.param("batch217", 150, 0, 2, id="batch217"),
    pytest.param("batch218", 150, 0, 9, id="batch218"),
    pytest.param("batch219", 150, 0, 16, id="batch219"),
    pytest.param("batch220", 150, 1, 22, id="batch220"),
    pytest.param("batch221", 150, 0, 11, id="batch221"),
    pytest.param("batch222", 150, 1, 9, id="batch222"),
    pytest.param("batch223", 150, 0, 14, id="batch223"),
    pytest.param("batch224", 150, 2, 16, id="batch224"),
    pytest.param("batch225", 150, 0, 12, id="batch225"),
    pytest.param("batch226", 150, 0, 14, id="batch226"),
    pytest.param("batch227", 150, 0, 18, id="batch227"),
    pytest.param("batch228", 150, 0, 11, id="batch228"),
    pytest.param("batch229", 150, 1, 14, id="batch229"),
    pytest.param("batch230", 150, 0, 12, id="batch230"),
    pytest.param("batch231", 150, 0, 11, id="batch231"),
    pytest.param("batch232", 150, 2, 2, id="batch232"),
    pytest.param("batch233", 150, 0, 12, id="batch233"),
    # batch234 to batch237 (digital invitations and shared albums; hotel bookings through platforms;
    # neighbourhood group-buying; road accidents and private settlements), measured blind with the
    # 1,202 rules of 6186d86 under the mainland plan (49, 35, 33, 51 delivered; 2, 5, 1, 0 held);
    # their bounds are the figures after the rules from them (1,210 rules of 8b17b54), as below.
    pytest.param("batch234", 150, 2, 15, id="batch234"),
    pytest.param("batch235", 150, 0, 13, id="batch235"),
    pytest.param("batch236", 150, 1, 19, id="batch236"),
    pytest.param("batch237", 150, 0, 21, id="batch237"),
    # batch238 and batch239 (discounted bill payment and top-ups; ride-hailing drivers and delivery
    # riders), measured blind with the 1,208 rules of f2e06ab under the mainland plan, as below.
    pytest.param("batch238", 150, 0, 21, id="batch238"),
    pytest.param("batch239", 150, 0, 17, id="batch239"),
    # batch240 (an ordinary day's mixed traffic, every family, not one theme), measured blind with
    # the 1,219 rules of a66acdc, either plan (18 delivered, 1 held); the held one, a bank's
    # genuine alert giving its published number, released since (official_hotlines).
    pytest.param("batch240", 150, 0, 8, id="batch240"),
    # batch241 (a second mixed day, the same lean as holdout210), measured blind with the 1,222
    # rules of 56c41a5 under the mainland plan.
    pytest.param("batch241", 150, 0, 8, id="batch241"),
    # batch242 (a third mixed day, the same lean as holdout211), measured blind with the 1,234
    # rules of 75f135a, either plan.
    pytest.param("batch242", 150, 0, 9, id="batch242"),
    # batch243 (a fourth mixed day, the same brief as holdout212), measured blind with the 1,240
    # rules of 5cf1976, either plan: 9 delivered; 5 with the 1,249 rules of the stop's end.
    pytest.param("batch243", 150, 0, 5, id="batch243"),
    # batch244 (a fifth mixed day, the same brief as holdout213), measured blind with the 1,254
    # rules of 828c46d, either plan: 21 delivered; 13 with the 1,256 rules written from it and
    # the development sets.
    pytest.param("batch244", 150, 0, 11, id="batch244"),
    # batch245 (person-to-person fraud, the same brief as holdout214), measured blind with the
    # 1,256 rules of e7ed99b, either plan: 47 delivered; 15 with the 1,261 rules written from it
    # and the development sets (holdout214, of the same brief, unchanged by them: 27).
    pytest.param("batch245", 150, 0, 12, id="batch245"),
    # batch246 (first contact from strangers, the same brief as holdout215), measured blind with
    # the 1,264 rules of e82ae40: 98 delivered under the mainland plan, 96 under each market's own;
    # 78 with the 1,275 rules of the stop's end (holdout215 66 -> 58).
    pytest.param("batch246", 150, 0, 59, id="batch246"),
    # batch247 (mid-conversation texts, the same brief as holdout216), measured blind with the
    # 1,268 rules of 9440da9, either plan: 62 delivered and 4 genuine held; 51 and 0 with the
    # 1,275 rules of the stop's end (holdout216 unchanged at 33).
    # After the rules written from it (in-sample): 0 genuine held and 43 frauds delivered,
    # either plan.
    pytest.param("batch247", 150, 0, 39, id="batch247"),
    # batch248 (a sixth mixed day, the same brief as holdout217), measured blind with the 1,271
    # rules of e455a03: 21 delivered under the mainland plan, 20 under each market's own; 12 with
    # the 1,275 rules of the stop's end (holdout217 unchanged at 8).
    pytest.param("batch248", 150, 0, 10, id="batch248"),
    # batch249 (call-back and reply lures, the same brief as holdout218), measured blind with
    # the 1,273 rules of 0c342f0: 43 delivered under the mainland plan (41 under each market's
    # own) and 3 genuine held; 33 and 0 with the 1,275 rules of the stop's end (holdout218
    # 22 -> 20).
    pytest.param("batch249", 150, 0, 29, id="batch249"),
    # batch250 (a seventh mixed day, the same brief as holdout219), measured blind with the 1,277
    # rules of 1df172a, either plan: 16 delivered.
    # With the 1,296 rules of the stop's end: 11 delivered, 0 genuine held (mainland plan).
    pytest.param("batch250", 150, 0, 11, id="batch250"),
    # batch251 (QR codes, payment codes and scan-to requests, the same brief as holdout220),
    # measured blind with the 1,277 rules of 1df172a, either plan: 56 delivered.
    # With the 1,296 rules of the stop's end: 21 delivered, 0 genuine held (mainland plan).
    pytest.param("batch251", 150, 0, 19, id="batch251"),
    # batch252 (short texts of at most 70 characters, the same brief as holdout221), measured
    # blind with the 1,284 rules of bec457d: 41 delivered under the mainland plan, 40 under each
    # market's own.
    # With the 1,296 rules of the stop's end: 32 delivered, 0 genuine held (mainland plan).
    pytest.param("batch252", 150, 0, 23, id="batch252"),
    # batch253 (Chinese-speaking communities abroad, the same brief as holdout222), measured
    # blind with the 1,284 rules of bec457d, either plan: 32 delivered.
    # With the 1,296 rules of the stop's end: 17 delivered, 0 genuine held (mainland plan).
    pytest.param("batch253", 150, 0, 15, id="batch253"),
    # batch254 (an eighth mixed day, the same brief as holdout223), measured blind with the 1,287
    # rules of cf005d7: under the mainland plan 1 genuine held (a Taiwanese bank's alert from a
    # Taiwan mobile number) and 19 delivered; 0 and 18 under each market's own.
    # With the 1,296 rules of the stop's end: 16 delivered, 1 genuine held (mainland plan).
    pytest.param("batch254", 150, 1, 14, id="batch254"),
    # batch255 (small businesses and merchants, the same brief as holdout224), measured blind
    # with the 1,287 rules of cf005d7, either plan: 49 delivered.
    # With the 1,296 rules of the stop's end: 21 delivered, 0 genuine held (mainland plan).
    pytest.param("batch255", 150, 0, 17, id="batch255"),
    # batch256 (frauds written to slip past filters, the same brief as holdout225), measured blind
    # with the 1,291 rules of c43b828, either plan: 19 delivered.
    # With the 1,296 rules of the stop's end: 15 delivered, 0 genuine held (mainland plan).
    pytest.param("batch256", 150, 0, 10, id="batch256"),
    # batch257 (chat-app and social-media account takeover, the same brief as holdout226),
    # measured blind with the 1,291 rules of c43b828, either plan: 1 genuine held, 45 delivered.
    # With the 1,296 rules of the stop's end: 26 delivered, 0 genuine held (mainland plan).
    pytest.param("batch257", 150, 0, 21, id="batch257"),
    # batch258 (parcels, tolls, parking and traffic fines, the same brief as holdout227), measured
    # blind with the 1,294 rules of 94f37b5, either plan: 1 genuine held, 34 delivered.
    # With the 1,296 rules of the stop's end: 26 delivered, 0 genuine held (mainland plan).
    pytest.param("batch258", 150, 0, 21, id="batch258"),
    # batch259 (banks, cards and e-wallets, the same brief as holdout228), measured blind with the
    # 1,294 rules of 94f37b5: 22 delivered under the mainland plan, 23 under each market's own.
    # With the 1,296 rules of the stop's end: 17 delivered, 0 genuine held (mainland plan).
    pytest.param("batch259", 150, 0, 17, id="batch259"),
    # batch260 (a ninth mixed day, the same brief as holdout229), measured blind with the 1,298
    # rules of 2890120: no genuine message held, 21 frauds delivered under the mainland plan, 20
    # under each market's own.
    pytest.param("batch260", 150, 0, 12, id="batch260"),
    # batch261 (medical insurance, social security, pensions and benefits, the same brief as
    # holdout230), measured blind with the 1,298 rules of 2890120, either plan: 1 genuine held,
    # 24 delivered.
    pytest.param("batch261", 150, 0, 13, id="batch261"),
    # batch262 (the year-end and Lunar New Year season, the same brief as holdout231), measured
    # blind with the 1,300 rules of d5c717c, either plan: no genuine message held, 18 delivered.
    pytest.param("batch262", 150, 0, 10, id="batch262"),
    # batch263 (students and young adults, the same brief as holdout232), measured blind with the
    # 1,300 rules of d5c717c, either plan: no genuine message held, 25 delivered.
    # With the 1,311 rules of the stop's end: 11 delivered, 0 genuine held (mainland plan).
    pytest.param("batch263", 150, 0, 9, id="batch263"),
    # batch264 (a tenth mixed day, the same brief as holdout233), measured blind with the 1,300
    # rules of 842590d: no genuine message held, 19 frauds delivered under the mainland plan, 18
    # under each market's own.
    pytest.param("batch264", 150, 0, 13, id="batch264"),
    # batch265 (texts in the name of the reader's own mobile operator, the same brief as
    # holdout234), measured blind with the 1,300 rules of 842590d, either plan: no genuine
    # message held, 24 delivered.
    pytest.param("batch265", 150, 0, 13, id="batch265"),
    # batch266 (an eleventh mixed day, the same brief as holdout235), measured blind with the 1,301
    # rules of b475ebf, either plan: no genuine message held, 11 frauds delivered.
    pytest.param("batch266", 150, 0, 8, id="batch266"),
    # batch267 (older recipients and their families, the same brief as holdout236), measured blind
    # with the 1,301 rules of b475ebf, either plan: no genuine message held, 32 delivered.
    pytest.param("batch267", 150, 0, 15, id="batch267"),
    # batch268 (online shopping and marketplaces, the same brief as holdout237), measured blind
    # with the 1,304 rules of 747f920, either plan: 2 genuine held, 26 frauds delivered.
    pytest.param("batch268", 150, 0, 18, id="batch268"),
    # batch269 (renting, buying and managing homes, the same brief as holdout238), measured blind
    # with the 1,304 rules of 747f920, either plan: 1 genuine held, 39 frauds delivered.
    pytest.param("batch269", 150, 0, 23, id="batch269"),
    # batch270 (a twelfth mixed day, the same brief as holdout239), measured blind with the 1,306
    # rules of 2f43d98, either plan: 1 genuine message held, 15 frauds delivered.
    pytest.param("batch270", 150, 0, 13, id="batch270"),
    # batch271 (investment, trading and crypto lures, the same brief as holdout240), measured blind
    # with the 1,306 rules of 2f43d98, either plan: 1 genuine message held, 45 delivered.
    pytest.param("batch271", 150, 0, 20, id="batch271"),
    # batch272 (public agencies, police, courts and regulators impersonated, the same brief as
    # holdout241), measured blind with the 1,309 rules of 6f03442, either plan: 2 genuine held,
    # 22 frauds delivered.
    pytest.param("batch272", 150, 0, 15, id="batch272"),
    # batch273 (a thirteenth mixed day, the same brief as holdout242), measured blind with the
    # 1,311 rules of 8479615, either plan: no genuine message held, 18 frauds delivered.
    pytest.param("batch273", 150, 0, 9, id="batch273"),
    # batch274 (a fourteenth mixed day, the same brief as holdout243), measured blind with the 1,314
    # rules of 277d0c8: no genuine message held, 5 frauds delivered under the mainland plan, 6 under
    # each market's own.
    pytest.param("batch274", 150, 0, 3, id="batch274"),
    # batch275 (jobs, recruitment, part-time work and side income, the same brief as holdout244),
    # measured blind with the 1,314 rules of 277d0c8: 1 genuine message held, 26 frauds delivered
    # under the mainland plan, 27 under each market's own.
    pytest.param("batch275", 150, 0, 7, id="batch275"),
    # batch276 (loans, credit and debt, the same brief as holdout245), measured blind with the 1,318
    # rules of 520e242, either plan: no genuine message held, 35 frauds delivered.
    pytest.param("batch276", 150, 0, 8, id="batch276"),
    # batch277 (customer service, refunds and after-sales, the same brief as holdout246), measured
    # blind with the 1,318 rules of 520e242, either plan: 1 genuine message held, 34 frauds
    # delivered.
    pytest.param("batch277", 150, 0, 5, id="batch277"),
    # batch278 (prizes, lotteries, giveaways, surveys and loyalty rewards, the same brief as
    # holdout247), measured blind with the 1,330 rules of 7e96a63, either plan: 2 genuine messages
    # held, 16 frauds delivered.
    pytest.param("batch278", 150, 0, 2, id="batch278"),
    # batch279 (travel and transport, the same brief as holdout248), measured blind with the 1,330
    # rules of 7e96a63: no genuine message held, 24 frauds delivered under the mainland plan, 25
    # under each market's own.
    pytest.param("batch279", 150, 0, 10, id="batch279"),
    # batch280 (romance, friendship and sextortion, the same brief as holdout249), measured blind
    # with the 1,337 rules of dc207a6, either plan: 1 genuine message held, 54 frauds delivered.
    pytest.param("batch280", 150, 0, 17, id="batch280"),
    # batch281 (health and medical care, the same brief as holdout250), measured blind with the
    # 1,337 rules of dc207a6: no genuine message held, 33 frauds delivered under the mainland plan,
    # 34 under each market's own.
    pytest.param("batch281", 150, 0, 11, id="batch281"),
    # batch282 (a fifteenth mixed day, the same brief as holdout251), measured blind with the 1,347
    # rules of 030950b, either plan: no genuine message held, 11 frauds delivered.
    pytest.param("batch282", 150, 0, 5, id="batch282"),
    # batch283 (impersonation of family, friends, bosses and landlords, the same brief as
    # holdout252), measured blind with the 1,347 rules of 030950b, either plan: 1 genuine message
    # held, 49 frauds delivered.
    pytest.param("batch283", 150, 0, 23, id="batch283"),
    # batch284 (banks, credit cards and e-wallets, the same brief as holdout253), measured blind
    # with the 1,351 rules of 9564919: no genuine message held, 29 frauds delivered under the
    # mainland plan, 30 under each market's own.
    pytest.param("batch284", 150, 0, 19, id="batch284"),
    # batch285 (government money: taxes, subsidies, pensions, fines and fees, the same brief as
    # holdout254), measured blind with the 1,351 rules of 9564919, either plan: 2 genuine messages
    # held, 18 frauds delivered.
    pytest.param("batch285", 150, 0, 16, id="batch285"),
    # batch286 (a sixteenth mixed day, the same brief as holdout255), measured blind with the final
    # 1,353 rules of d340a54 (the closing estimate), either plan: no genuine message held, 11 frauds
    # delivered.
    pytest.param("batch286", 150, 0, 10, id="batch286"),
    # batch287 (buying and selling between private people, the same brief as holdout256),
    # measured blind with the 1,353 rules of d7580a5, either plan: no genuine message
    # held, 48 frauds delivered.
    pytest.param("batch287", 150, 0, 29, id="batch287"),
    # batch288 (debt collection, threats and extortion, the same brief as holdout257),
    # measured blind with the 1,353 rules of d7580a5, either plan: no genuine message
    # held, 57 frauds delivered.
    pytest.param("batch288", 150, 0, 16, id="batch288"),
    # batch289 (charity, disaster relief, religious and community appeals, the same brief
    # as holdout258), measured blind with the 1,353 rules of d7580a5: 1 genuine message
    # held, 48 frauds delivered under the mainland plan, 49 under each market's own.
    pytest.param("batch289", 150, 0, 23, id="batch289"),
    # batch291 (schools, teachers, tutors and parents, the same brief as holdout260),
    # measured blind with the 1,364 rules of 26e9cfb, either plan: 1 genuine message held,
    # 36 frauds delivered.
    pytest.param("batch291", 150, 0, 12, id="batch291"),
    # batch292 (cars and motoring, the same brief as holdout261), measured blind with the
    # 1,364 rules of 26e9cfb, either plan: 1 genuine message held, 37 frauds delivered.
    pytest.param("batch292", 150, 0, 22, id="batch292"),
    # batch293 (agents, brokers and consultants, the same brief as holdout262), measured
    # blind with the 1,366 rules of 144fa6b: 2 genuine messages held and 43 frauds
    # delivered under the mainland plan, 1 and 43 under each market's own.
    pytest.param("batch293", 150, 1, 18, id="batch293"),
    # batch294 (invitations and groups, the same brief as holdout263), measured blind with
    # the 1,366 rules of 144fa6b: 2 genuine messages held and 46 frauds delivered under
    # the mainland plan, 2 and 47 under each market's own.
    pytest.param("batch294", 150, 0, 22, id="batch294"),
    # batch295 (subscriptions, streaming, app stores and software, the same brief as
    # holdout264), measured blind with the 1,376 rules of 19142b7, either plan: 2 genuine
    # messages held, 21 frauds delivered.
    pytest.param("batch295", 150, 0, 20, id="batch295"),
    # batch296 (crypto, trading platforms and fund recovery, the same brief as
    # holdout265), measured blind with the 1,376 rules of 19142b7, either plan: 3 genuine
    # messages held, 40 frauds delivered.
    pytest.param("batch296", 150, 0, 21, id="batch296"),
    # batch297 (parcels, couriers and customs, the same brief as holdout266), measured
    # blind with the 1,382 rules of cdf4d36, either plan: no genuine message held, 33
    # frauds delivered.
    pytest.param("batch297", 150, 0, 20, id="batch297"),
    # batch298 (utility and household bills, the same brief as holdout267), measured blind
    # with the 1,382 rules of cdf4d36: 2 genuine messages held and 38 frauds delivered
    # under the mainland plan, 2 and 40 under each market's own.
    pytest.param("batch298", 150, 0, 22, id="batch298"),
    # batch299 (digital identity, ID documents and government apps, the same brief as
    # holdout268), measured blind with the 1,386 rules of 0f031f3, either plan: no genuine
    # message held, 22 frauds delivered.
    pytest.param("batch299", 150, 0, 13, id="batch299"),
    # batch300 (romance, dating and companionship, a second sample, the same brief as
    # holdout269), measured blind with the 1,386 rules of 0f031f3: no genuine message
    # held, 53 frauds delivered under the mainland plan, 55 under each market's own.
    pytest.param("batch300", 150, 0, 30, id="batch300"),
    # batch290 (a seventeenth mixed day, the same brief as holdout259), measured blind
    # with the final 1,393 rules of c91c5e0 (the closing estimate), either plan: 1 genuine
    # message held, 8 frauds delivered.
    pytest.param("batch290", 150, 0, 7, id="batch290"),
    # batch302 (jobs, tasks and side income, a second sample, the same brief as
    # holdout271), measured blind with the 1,393 rules of bb1c182, either plan: 1 genuine
    # message held, 21 frauds delivered.
    # With the 1,395 rules of the jobs work: 0 held and 8 delivered (mainland plan).
    pytest.param("batch302", 150, 0, 4, id="batch302"),
    # batch303 (first contacts from strangers, a second sample, the same brief as
    # holdout272), measured blind with the 1,393 rules of bb1c182, either plan: no genuine
    # message held, 44 frauds delivered.
    # With the 1,403 rules of the first-contact and customer-service work: 0 held and 35
    # delivered (mainland plan).
    pytest.param("batch303", 150, 0, 29, id="batch303"),
    # batch304 (fake customer service and refunds, a second sample, the same brief as
    # holdout273), measured blind with the 1,393 rules of bb1c182, either plan: 5 genuine
    # messages held, 26 frauds delivered.
    # With the 1,403 rules of the first-contact and customer-service work: 0 held and 11
    # delivered (mainland plan).
    pytest.param("batch304", 150, 0, 12, id="batch304"),
    # batch305 (police, courts, prosecutors and regulators impersonated, a second sample,
    # the same brief as holdout274), measured blind with the 1,403 rules of 584c401: 2
    # genuine messages held and 20 frauds delivered under the mainland plan, 2 and 21
    # under each market's own.
    # With the 1,407 rules of the police, loans, family and investment work: 0 held and 5
    # delivered (mainland plan).
    pytest.param("batch305", 150, 0, 5, id="batch305"),
    # batch306 (loans and credit, a second sample, the same brief as holdout275), measured
    # blind with the 1,403 rules of 584c401, either plan: 2 genuine messages held, 42
    # frauds delivered.
    # With the 1,407 rules of the police, loans, family and investment work: 0 held and 33
    # delivered (mainland plan).
    pytest.param("batch306", 150, 0, 30, id="batch306"),
    # batch307 (family, friends and acquaintances impersonated, a second sample, the same
    # brief as holdout276), measured blind with the 1,403 rules of 584c401, either plan:
    # no genuine message held, 49 frauds delivered.
    # With the 1,407 rules of the police, loans, family and investment work: 0 held and 41
    # delivered (mainland plan).
    pytest.param("batch307", 150, 0, 31, id="batch307"),
    # batch308 (investment and trading, a second sample, the same brief as holdout277),
    # measured blind with the 1,403 rules of 584c401, either plan: 2 genuine messages
    # held, 29 frauds delivered.
    # With the 1,407 rules of the police, loans, family and investment work: 0 held and 19
    # delivered (mainland plan).
    pytest.param("batch308", 150, 0, 16, id="batch308"),
    # batch309 (account takeover and one-time codes, a second sample, the same brief as
    # holdout278), measured blind with the 1,407 rules of 3cee805: 2 genuine messages held
    # and 46 frauds delivered under the mainland plan, 2 and 45 under each market's own.
    # With the 1,415 rules of the account-takeover and rewards work: 0 held and 24
    # delivered (mainland plan).
    pytest.param("batch309", 150, 0, 19, id="batch309"),
    # batch310 (loyalty points, rewards, prizes and giveaways, a second sample, the same
    # brief as holdout279), measured blind with the 1,407 rules of 3cee805, either plan:
    # no genuine message held, 25 frauds delivered.
    # With the 1,415 rules of the account-takeover and rewards work: 0 held and 7
    # delivered (mainland plan).
    pytest.param("batch310", 150, 0, 7, id="batch310"),
    # batch311 (mobile operators, SIM cards and phone numbers, a second sample, the same
    # brief as holdout280), measured blind with the 1,415 rules of 04f5f4e: 1 genuine
    # message held and 31 frauds delivered under the mainland plan, 1 and 30 under each
    # market's own.
    # With the 1,421 rules of the carrier and tax work: 0 held and 15 delivered (mainland
    # plan).
    pytest.param("batch311", 150, 0, 15, id="batch311"),
    # batch312 (taxes, customs duties and government fees, a second sample, the same brief
    # as holdout281), measured blind with the 1,415 rules of 04f5f4e, either plan: no
    # genuine message held, 23 frauds delivered.
    # With the 1,421 rules of the carrier and tax work: 0 held and 11 delivered (mainland
    # plan).
    pytest.param("batch312", 150, 0, 9, id="batch312"),
    # batch313 (online shopping and marketplaces, a second sample, the same brief as
    # holdout282), measured blind with the 1,421 rules of fcfa23a, either plan: 1 genuine
    # message held, 35 frauds delivered.
    # With the 1,423 rules of the shopping and medical-insurance work: 0 held and 30
    # delivered (mainland plan).
    pytest.param("batch313", 150, 0, 22, id="batch313"),
    # batch316 (medical insurance, social security and pensions, a second sample, the same
    # brief as holdout285), measured blind with the 1,421 rules of fcfa23a: 2 genuine
    # messages held and 17 frauds delivered under the mainland plan, 2 and 16 under each
    # market's own.
    # With the 1,423 rules of the shopping and medical-insurance work: 0 held and 13
    # delivered (mainland plan).
    pytest.param("batch316", 150, 0, 10, id="batch316"),
    # batch314 (travel and transport, a second sample, the same brief as holdout283),
    # measured blind with the 1,423 rules of 34b9427, either plan: 1 genuine message held,
    # 36 frauds delivered.
    # With the 1,425 rules of the travel and health work: 0 held and 35 delivered
    # (mainland plan).
    pytest.param("batch314", 150, 0, 26, id="batch314"),
    # batch315 (health and medical care, a second sample, the same brief as holdout284),
    # measured blind with the 1,423 rules of 34b9427: 1 genuine message held and 38 frauds
    # delivered under the mainland plan, 1 and 39 under each market's own.
    # With the 1,425 rules of the travel and health work: 0 held and 30 delivered
    # (mainland plan).
    pytest.param("batch315", 150, 0, 28, id="batch315"),
    # batch301 (an eighteenth mixed day, the same brief as holdout270), measured blind
    # with the final 1,425 rules of 096e972 (the closing estimate), either plan: no
    # genuine message held, 15 frauds delivered.
    pytest.param("batch301", 150, 0, 9, id="batch301"),
    # batch317 (older recipients and their families, a second sample, the same brief as
    # holdout286), measured blind with the final 1,425 rules of 6a0a2c5: no genuine
    # message held and 30 frauds delivered under the mainland plan, 0 and 31 under each
    # market's own.
    # With the 1,427 rules of the seniors and merchants work: 0 held and 28 delivered
    # (mainland plan).
    pytest.param("batch317", 150, 0, 20, id="batch317"),
    # batch318 (small businesses and merchants as recipients, a second sample, the same
    # brief as holdout287), measured blind with the final 1,425 rules of 6a0a2c5: 1
    # genuine message held and 34 frauds delivered under the mainland plan, 0 and 34 under
    # each market's own.
    # With the 1,427 rules of the seniors and merchants work: 1 held and 27 delivered
    # (mainland plan).
    pytest.param("batch318", 150, 0, 19, id="batch318"),
    # batch320 (mid-conversation messages in 2026, a second sample) (the same brief as
    # holdout289), measured blind with the 1,427 rules of 9bb67a2: either plan: 4 genuine
    # held, 43 frauds delivered.
    # After the rules written from it (in-sample): 1 genuine held, 28 frauds delivered,
    # either plan.
    # After the rules written from it (in-sample): 1 genuine held and 27 frauds delivered,
    # either plan.
    pytest.param("batch320", 150, 1, 22, id="batch320"),
    # batch321 (fortune-telling, astrology, feng shui and paid rituals in 2026, a second
    # sample) (the same brief as holdout290), measured blind with the 1,427 rules of
    # 9bb67a2: 1 genuine held and 75 frauds delivered under the mainland plan, 0 and 76
    # under each market's own.
    # After the rules written from it (in-sample): 1 genuine held and 28 frauds delivered
    # under the mainland plan, 0 and 29 under each market's own.
    # After the rules written from it (in-sample): 1 genuine held and 28 frauds delivered
    # under the mainland plan, 0 and 28 under each market's own.
    pytest.param("batch321", 150, 1, 25, id="batch321"),
    # batch322 (debt collection, threats and extortion in 2026, a second sample) (the same
    # brief as holdout291), measured blind with the 1,427 rules of 9bb67a2: 3 genuine held
    # and 37 frauds delivered under the mainland plan, 1 and 37 under each market's own.
    # After the rules written from it (in-sample): 2 genuine held and 13 frauds delivered
    # under the mainland plan, 0 and 13 under each market's own.
    # After the rules written from it (in-sample): 2 genuine held and 9 frauds delivered
    # under the mainland plan, 0 and 9 under each market's own.
    pytest.param("batch322", 150, 2, 8, id="batch322"),
    # batch323 (romance, dating and companionship in 2026, a third sample) (the same brief
    # as holdout292), measured blind with the 1,433 rules of 696a5f5: 2 genuine held and
    # 49 frauds delivered under the mainland plan, 2 and 50 under each market's own.
    # After the rules written from it (in-sample): 1 genuine held and 33 frauds delivered
    # under the mainland plan, 1 and 34 under each market's own.
    # After the rules written from it (in-sample): 1 genuine held and 32 frauds delivered
    # under the mainland plan, 1 and 33 under each market's own.
    pytest.param("batch323", 150, 0, 28, id="batch323"),
    # batch324 (schools, teachers, tutors and parents in 2026, a second sample) (the same
    # brief as holdout293), measured blind with the 1,433 rules of 696a5f5: either plan: 0
    # genuine held, 32 frauds delivered.
    # After the rules written from it (in-sample): 0 genuine held and 20 frauds delivered,
    # either plan.
    pytest.param("batch324", 150, 0, 15, id="batch324"),
    # batch325 (charity, disaster relief, religious and community appeals in 2026, a
    # second sample) (the same brief as holdout294), measured blind with the 1,433 rules
    # of 696a5f5: 2 genuine held and 41 frauds delivered under the mainland plan, 1 and 42
    # under each market's own.
    # After the rules written from it (in-sample): 1 genuine held and 33 frauds delivered
    # under the mainland plan, 0 and 34 under each market's own.
    # After the rules written from it (in-sample): 1 genuine held and 28 frauds delivered
    # under the mainland plan, 0 and 29 under each market's own.
    pytest.param("batch325", 150, 0, 22, id="batch325"),
    # batch327 (invitations and groups in 2026, a second sample) (the same brief as
    # holdout296), measured blind with the 1,433 rules of 696a5f5: 4 genuine held and 39
    # frauds delivered under the mainland plan, 4 and 42 under each market's own.
    # After the rules written from it (in-sample): 0 genuine held and 30 frauds delivered
    # under the mainland plan, 0 and 33 under each market's own.
    # After the rules written from it (in-sample): 0 genuine held and 27 frauds delivered
    # under the mainland plan, 0 and 30 under each market's own.
    pytest.param("batch327", 150, 0, 22, id="batch327"),
    # batch326 (buying and selling between private people in 2026, a second sample) (the
    # same brief as holdout295), measured blind with the 1,435 rules of ae71a8f: either
    # plan: 0 genuine held, 46 frauds delivered.
    # After the rules written from it (in-sample): 0 genuine held and 34 frauds delivered,
    # either plan.
    # After the rules written from it (in-sample): 0 genuine held and 33 frauds delivered,
    # either plan.
    pytest.param("batch326", 150, 0, 31, id="batch326"),
    # batch328 (agents, brokers and consultants in 2026, a second sample) (the same brief
    # as holdout297), measured blind with the 1,435 rules of ae71a8f: 2 genuine held and
    # 50 frauds delivered under the mainland plan, 1 and 50 under each market's own.
    # After the rules written from it (in-sample): 1 genuine held and 31 frauds delivered
    # under the mainland plan, 0 and 31 under each market's own.
    # After the rules written from it (in-sample): 1 genuine held and 29 frauds delivered
    # under the mainland plan, 0 and 29 under each market's own.
    pytest.param("batch328", 150, 1, 25, id="batch328"),
    # batch329 (call-back and reply lures in 2026, a second sample) (the same brief as
    # holdout298), measured blind with the 1,435 rules of ae71a8f: 2 genuine held and 31
    # frauds delivered under the mainland plan, 2 and 30 under each market's own.
    # After the rules written from it (in-sample): 1 genuine held and 23 frauds delivered
    # under the mainland plan, 1 and 21 under each market's own.
    pytest.param("batch329", 150, 1, 22, id="batch329"),
    # batch330 (students and young adults as recipients in 2026, a second sample) (the
    # same brief as holdout299), measured blind with the 1,435 rules of ae71a8f: either
    # plan: 0 genuine held, 32 frauds delivered.
    # After the rules written from it (in-sample): 0 genuine held and 25 frauds delivered,
    # either plan.
    pytest.param("batch330", 150, 0, 21, id="batch330"),
    # batch331 (renting, buying and managing homes in 2026, a second sample) (the same
    # brief as holdout300), measured blind with the 1,435 rules of ae71a8f: 2 genuine held
    # and 43 frauds delivered under the mainland plan, 2 and 44 under each market's own.
    # After the rules written from it (in-sample): 0 genuine held and 35 frauds delivered
    # under the mainland plan, 0 and 36 under each market's own.
    pytest.param("batch331", 150, 0, 27, id="batch331"),
    # batch332 (short texts in 2026, a second sample) (the same brief as holdout301),
    # measured blind with the 1,436 rules of 541dec8: 1 genuine held and 29 frauds
    # delivered under the mainland plan, 1 and 28 under each market's own.
    # After the rules written from it (in-sample): 1 genuine held and 24 frauds delivered
    # under the mainland plan, 1 and 23 under each market's own.
    pytest.param("batch332", 150, 1, 18, id="batch332"),
    # batch333 (chat-app and social-media account takeover in 2026, a second sample) (the
    # same brief as holdout302), measured blind with the 1,436 rules of 541dec8: 3 genuine
    # held and 33 frauds delivered under the mainland plan, 2 and 33 under each market's
    # own.
    # After the rules written from it (in-sample): 1 genuine held and 22 frauds delivered
    # under the mainland plan, 0 and 21 under each market's own.
    pytest.param("batch333", 150, 1, 17, id="batch333"),
    # batch319 (an ordinary day of inbound SMS, a nineteenth mixed sample, the same brief
    # as holdout288), written at the stop's start, kept unread and measured blind with the
    # final 1,454 rules of 9d3bff0 (the closing estimate): 2 genuine messages held and 14
    # frauds delivered under the mainland plan, 2 and 13 under each market's own.
    pytest.param("batch319", 150, 0, 12, id="batch319"),
    # batch335 (cars and motoring in 2026, a second sample) (the same brief as
    # holdout304), measured blind with the 1,457 rules of 3fb0be9: either plan: 1 genuine
    # held, 39 frauds delivered.
    # After the rules written from it (in-sample): 1 genuine held and 21 frauds delivered
    # under the mainland plan, 1 and 20 under each market's own.
    pytest.param("batch335", 150, 0, 16, id="batch335"),
    # batch336 (subscriptions, streaming, app stores and software in 2026, a second
    # sample) (the same brief as holdout305), measured blind with the 1,457 rules of
    # 3fb0be9: either plan: 1 genuine held, 27 frauds delivered.
    # After the rules written from it (in-sample): 0 genuine held and 17 frauds delivered,
    # either plan.
    pytest.param("batch336", 150, 0, 17, id="batch336"),
    # batch337 (crypto, trading platforms and fund recovery in 2026, a second sample) (the
    # same brief as holdout306), measured blind with the 1,461 rules of 8725496: 6 genuine
    # held and 25 frauds delivered under the mainland plan, 7 and 25 under each market's
    # own.
    # After the rules written from it (in-sample): 0 genuine held and 25 frauds delivered
    # under the mainland plan, 1 and 25 under each market's own.
    # After the rules written from it (in-sample): 0 genuine held and 17 frauds delivered
    # under the mainland plan, 1 and 17 under each market's own.
    pytest.param("batch337", 150, 0, 11, id="batch337"),
    # batch338 (parcels, couriers and customs in 2026, a second sample) (the same brief as
    # holdout307), measured blind with the 1,461 rules of 8725496: either plan: 0 genuine
    # held, 26 frauds delivered.
    # After the rules written from it (in-sample): 0 genuine held and 10 frauds delivered,
    # either plan.
    pytest.param("batch338", 150, 0, 9, id="batch338"),
    # batch339 (utility and household bills in 2026, a second sample) (the same brief as
    # holdout308), measured blind with the 1,461 rules of 8725496: either plan: 0 genuine
    # held, 38 frauds delivered.
    # After the rules written from it (in-sample): 0 genuine held and 16 frauds delivered,
    # either plan.
    # After the rules written from it (in-sample): 0 genuine held and 13 frauds delivered,
    # either plan.
    pytest.param("batch339", 150, 0, 13, id="batch339"),
    # batch340 (digital identity, ID documents and government apps in 2026, a second
    # sample) (the same brief as holdout309), measured blind with the 1,461 rules of
    # 8725496: 1 genuine held and 29 frauds delivered under the mainland plan, 1 and 30
    # under each market's own.
    # After the rules written from it (in-sample): 1 genuine held and 14 frauds delivered
    # under the mainland plan, 1 and 15 under each market's own.
    pytest.param("batch340", 150, 1, 12, id="batch340"),
    # batch341 (first contacts from strangers in 2026, a third sample) (the same brief as
    # holdout310), measured blind with the 1,462 rules of 51927d4: either plan: 1 genuine
    # held, 43 frauds delivered.
    # After the rules written from it (in-sample): 1 genuine held and 30 frauds delivered,
    # either plan.
    pytest.param("batch341", 150, 0, 23, id="batch341"),
    # batch342 (frauds written to slip past filters in 2026, a second sample) (the same brief
    # as holdout311), measured blind with the 1,462 rules of
    # 51927d4: either plan: 0 genuine held, 21 frauds delivered.
    # After the rules written from it (in-sample): 0 genuine held and 17 frauds delivered,
    # either plan.
    pytest.param("batch342", 150, 0, 12, id="batch342"),
    # batch343 (romance, dating and companionship in 2026, a fourth sample) (the same
    # brief as holdout312), measured blind with the 1,477 rules of b2cba67: either plan: 0
    # genuine held, 44 frauds delivered.
    # After the rules written from it (in-sample): 0 genuine held and 37 frauds delivered,
    # either plan.
    pytest.param("batch343", 150, 0, 31, id="batch343"),
    # batch344 (mid-conversation messages in 2026, a third sample) (the same brief as
    # holdout313), measured blind with the 1,477 rules of b2cba67: either plan: 3 genuine
    # held, 36 frauds delivered.
    # After the rules written from it (in-sample): 0 genuine held and 30 frauds delivered,
    # either plan.
    pytest.param("batch344", 150, 0, 22, id="batch344"),
    # batch345 (fortune-telling, astrology, feng shui and paid rituals in 2026, a third
    # sample) (the same brief as holdout314), measured blind with the 1,477 rules of
    # ff6bd27: 0 genuine held and 54 frauds delivered under the mainland plan, 0 and 53
    # under each market's own.
    # After the rules written from it (in-sample): 0 genuine held and 29 frauds delivered
    # under the mainland plan, 0 and 28 under each market's own.
    pytest.param("batch345", 150, 0, 26, id="batch345"),
    # batch346 (debt collection, threats and extortion in 2026, a third sample) (the same
    # brief as holdout315), measured blind with the 1,477 rules of ff6bd27: 2 genuine held
    # and 51 frauds delivered under the mainland plan, 1 and 52 under each market's own.
    # After the rules written from it (in-sample): 2 genuine held and 34 frauds delivered
    # under the mainland plan, 1 and 35 under each market's own.
    pytest.param("batch346", 150, 1, 28, id="batch346"),
    # batch334 (an ordinary day of inbound SMS, a twentieth mixed sample, the same brief
    # as holdout303), written at the stop's start, kept unread and measured blind with the
    # final 1,480 rules of 63fde6d (the closing estimate): 1 genuine message held and 18
    # frauds delivered under the mainland plan, 1 and 17 under each market's own.
    pytest.param("batch334", 150, 0, 13, id="batch334"),
    # batch347 (invitations and groups in 2026, a third sample) (the same brief as
    # holdout316), measured blind with the 1,479 rules of 9feb6ac: either plan: 2 genuine
    # held, 36 frauds delivered.
    # After the rules written from it (in-sample): 0 genuine held and 26 frauds delivered,
    # either plan.
    pytest.param("batch347", 150, 0, 21, id="batch347"),
    # batch348 (charity, disaster relief, religious and community appeals in 2026, a third
    # sample) (the same brief as holdout317), measured blind with the 1,479 rules of
    # 9feb6ac: either plan: 2 genuine held, 51 frauds delivered.
    # After the rules written from it (in-sample): 0 genuine held and 34 frauds delivered,
    # either plan.
    # After the rules written from it (in-sample): 0 genuine held and 31 frauds delivered,
    # either plan.
    pytest.param("batch348", 150, 0, 27, id="batch348"),
    # batch349 (schools, teachers, tutors and parents in 2026, a third sample) (the same
    # brief as holdout318), measured blind with the 1,479 rules of 9feb6ac: 0 genuine held
    # and 38 frauds delivered under the mainland plan, 0 and 39 under each market's own.
    # After the rules written from it (in-sample): 0 genuine held and 27 frauds delivered,
    # either plan.
    # After the rules written from it (in-sample): 0 genuine held and 26 frauds delivered,
    # either plan.
    pytest.param("batch349", 150, 0, 21, id="batch349"),
    # batch350 (agents, brokers and consultants in 2026, a third sample) (the same brief
    # as holdout319), measured blind with the 1,479 rules of 9feb6ac: either plan: 1
    # genuine held, 36 frauds delivered.
    # After the rules written from it (in-sample): 0 genuine held and 26 frauds delivered,
    # either plan.
    pytest.param("batch350", 150, 0, 24, id="batch350"),
    # batch351 (family, friends and acquaintances impersonated in 2026, a third sample)
    # (the same brief as holdout320), measured blind with the 1,479 rules of 9feb6ac:
    # either plan: 1 genuine held, 47 frauds delivered.
    # After the rules written from it (in-sample): 0 genuine held and 37 frauds delivered,
    # either plan.
    # After the rules written from it (in-sample): 0 genuine held and 35 frauds delivered,
    # either plan.
    pytest.param("batch351", 150, 0, 22, id="batch351"),
    # batch353 (business owners, professionals and public figures in 2026, a second
    # sample) (the same brief as holdout322), measured blind with the 1,480 rules of
    # 9b84958: either plan: 4 genuine held, 53 frauds delivered.
    # After the rules written from it (in-sample): 1 genuine held and 43 frauds delivered,
    # either plan.
    # After the rules written from it (in-sample): 0 genuine held and 43 frauds delivered,
    # either plan.
    pytest.param("batch353", 150, 0, 33, id="batch353"),
    # batch354 (money mules, rented accounts and crypto cash-outs in 2026, a second
    # sample) (the same brief as holdout323), measured blind with the 1,480 rules of
    # 9b84958: either plan: 2 genuine held, 63 frauds delivered.
    # After the rules written from it (in-sample): 0 genuine held and 43 frauds delivered,
    # either plan.
    # After the rules written from it (in-sample): 0 genuine held and 30 frauds delivered,
    # either plan.
    pytest.param("batch354", 150, 0, 25, id="batch354"),
    # batch355 (jobs, tasks and side income in 2026, a third sample) (the same brief as
    # holdout324), measured blind with the 1,480 rules of 9b84958: either plan: 4 genuine
    # held, 28 frauds delivered.
    # After the rules written from it (in-sample): 0 genuine held and 23 frauds delivered,
    # either plan.
    pytest.param("batch355", 150, 0, 16, id="batch355"),
    # batch356 (investment and trading in 2026, a third sample) (the same brief as
    # holdout325), measured blind with the 1,480 rules of 9b84958: either plan: 1 genuine
    # held, 30 frauds delivered.
    # After the rules written from it (in-sample): 0 genuine held and 26 frauds delivered,
    # either plan.
    pytest.param("batch356", 150, 0, 21, id="batch356"),
    # batch352 (a twenty-first mixed day of every family), written at the stop's start and
    # kept outside the tests unread, measured blind with the stop's final 1,480 rules of
    # 3ad2d1b (the closing estimate): either plan: 0 genuine held, 14 frauds delivered
    # (the same at the stop's start).
    pytest.param("batch352", 150, 0, 10, id="batch352"),
    # batch358 (police, courts, prosecutors and regulators impersonated in 2026, a third
    # sample) (the same brief as holdout327), measured blind with the 1,480 rules of
    # 2163e0b: 3 genuine held and 19 frauds delivered under the mainland plan, 2 and 19
    # under each market's own.
    # After the rules written from it (in-sample): 1 genuine held and 15 frauds delivered
    # under the mainland plan, 0 and 15 under each market's own.
    pytest.param("batch358", 150, 1, 11, id="batch358"),
    # batch359 (medical insurance, social security and pensions in 2026, a third sample)
    # (the same brief as holdout328), measured blind with the 1,480 rules of 2163e0b:
    # either plan: 1 genuine held, 22 frauds delivered.
    # After the rules written from it (in-sample): 0 genuine held and 6 frauds delivered,
    # either plan.
    pytest.param("batch359", 150, 0, 5, id="batch359"),
    # batch360 (parcels, couriers and customs in 2026, a third sample) (the same brief as
    # holdout329), measured blind with the 1,480 rules of 2163e0b: either plan: 2 genuine
    # held, 22 frauds delivered.
    # After the rules written from it (in-sample): 1 genuine held and 16 frauds delivered,
    # either plan.
    pytest.param("batch360", 150, 0, 14, id="batch360"),
    # batch361 (fake customer service and refunds in 2026, a third sample) (the same brief
    # as holdout330), measured blind with the 1,481 rules of 0454885: either plan: 1
    # genuine held, 26 frauds delivered.
    # After the rules written from it (in-sample): 0 genuine held and 23 frauds delivered,
    # either plan.
    pytest.param("batch361", 150, 0, 16, id="batch361"),
    # batch362 (loans and credit in 2026, a third sample) (the same brief as holdout331),
    # measured blind with the 1,481 rules of 0454885: either plan: 0 genuine held, 35
    # frauds delivered.
    # After the rules written from it (in-sample): 0 genuine held and 27 frauds delivered,
    # either plan.
    pytest.param("batch362", 150, 0, 24, id="batch362"),
    # batch363 (mobile operators, SIM cards and phone numbers in 2026, a third sample)
    # (the same brief as holdout332), measured blind with the 1,481 rules of 0454885: 2
    # genuine held and 34 frauds delivered under the mainland plan, 1 and 34 under each
    # market's own.
    # After the rules written from it (in-sample): 2 genuine held and 27 frauds delivered
    # under the mainland plan, 1 and 27 under each market's own.
    pytest.param("batch363", 150, 2, 24, id="batch363"),
    # batch364 (utility and household bills in 2026, a third sample) (the same brief as
    # holdout333), measured blind with the 1,482 rules of 84ef057: either plan: 0 genuine
    # held, 28 frauds delivered.
    # After the rules written from it (in-sample): 0 genuine held and 25 frauds delivered,
    # either plan.
    # After the rules written from it (in-sample): 0 genuine held and 23 frauds delivered,
    # either plan.
    pytest.param("batch364", 150, 0, 22, id="batch364"),
    # batch365 (travel and transport in 2026, a third sample) (the same brief as
    # holdout334), measured blind with the 1,482 rules of 84ef057: either plan: 1 genuine
    # held, 23 frauds delivered.
    # After the rules written from it (in-sample): 1 genuine held and 21 frauds delivered,
    # either plan.
    pytest.param("batch365", 150, 1, 19, id="batch365"),
    # batch366 (online shopping and marketplaces in 2026, a third sample) (the same brief
    # as holdout335), measured blind with the 1,482 rules of 84ef057: either plan: 1
    # genuine held, 35 frauds delivered.
    # After the rules written from it (in-sample): 0 genuine held and 27 frauds delivered,
    # either plan.
    pytest.param("batch366", 150, 0, 21, id="batch366"),
    # batch367 (crypto, trading platforms and fund recovery in 2026, a third sample) (the
    # same brief as holdout336), measured blind with the 1,482 rules of 7936959: either
    # plan: 0 genuine held, 25 frauds delivered.
    # After the rules written from it (in-sample): 0 genuine held and 23 frauds delivered,
    # either plan.
    pytest.param("batch367", 150, 0, 17, id="batch367"),
    # batch368 (taxes, customs duties and government fees in 2026, a third sample) (the
    # same brief as holdout337), measured blind with the 1,482 rules of 7936959: either
    # plan: 1 genuine held, 24 frauds delivered.
    # After the rules written from it (in-sample): 0 genuine held and 19 frauds delivered,
    # either plan.
    pytest.param("batch368", 150, 0, 19, id="batch368"),
    # batch369 (health and medical care in 2026, a third sample) (the same brief as
    # holdout338), measured blind with the 1,482 rules of 819c268: 0 genuine held and 24
    # frauds delivered under the mainland plan, 0 and 25 under each market's own.
    # After the rules written from it (in-sample): 0 genuine held and 21 frauds delivered
    # under the mainland plan, 0 and 22 under each market's own.
    pytest.param("batch369", 150, 0, 16, id="batch369"),
    # batch357 (a twenty-second mixed day of every family), written at the stop's start and
    # kept outside tests/ and unread, measured blind with the stop's final 1,482 rules
    # (e5acd1d), the closing estimate: either plan, 0 genuine held and 19 frauds delivered
    # (the same with the rules of the stop's start); no rule written from it.
    pytest.param("batch357", 150, 0, 12, id="batch357"),
    # batch371 (call-back and reply lures in 2026, a third sample) (the same brief as
    # holdout340), measured blind with the 1,482 rules of 40a4860: either plan: 2 genuine
    # held, 28 frauds delivered.
    pytest.param("batch371", 150, 0, 22, id="batch371"),
    # batch372 (frauds written to slip past filters in 2026, of every common family
    # (agency, medical insurance, bank, parcel, toll, customer service and refunds, loans,
    # investment, jobs and tasks, prizes and subsidies, family and boss impersonation,
    # code theft, extortion, marketplace), a third sample) (the same brief as holdout341),
    # measured blind with the 1,482 rules of 40a4860: 4 genuine held and 14 frauds
    # delivered under the mainland plan, 3 and 14 under each market's own.
    pytest.param("batch372", 150, 1, 13, id="batch372"),
    # batch373 (account takeover and one-time codes in 2026, a third sample) (the same
    # brief as holdout342), measured blind with the 1,482 rules of 40a4860: 1 genuine held
    # and 44 frauds delivered under the mainland plan, 1 and 43 under each market's own.
    pytest.param("batch373", 150, 0, 29, id="batch373"),
    # batch374 (renting, buying and managing homes in 2026, a third sample) (the same
    # brief as holdout343), measured blind with the 1,483 rules of db11970: 0 genuine held
    # and 36 frauds delivered under the mainland plan, 0 and 35 under each market's own.
    pytest.param("batch374", 150, 0, 26, id="batch374"),
    # batch375 (loyalty points, rewards, prizes and giveaways in 2026, a third sample)
    # (the same brief as holdout344), measured blind with the 1,483 rules of db11970: 3
    # genuine held and 19 frauds delivered under the mainland plan, 2 and 19 under each
    # market's own.
    pytest.param("batch375", 150, 2, 10, id="batch375"),
    # batch376 (small businesses and merchants as recipients in 2026, a third sample) (the
    # same brief as holdout345), measured blind with the 1,483 rules of db11970: either
    # plan: 0 genuine held, 42 frauds delivered.
    pytest.param("batch376", 150, 0, 28, id="batch376"),
    # batch377 (money mules, rented accounts and crypto cash-outs in 2026, a third sample)
    # (the same brief as holdout346), measured blind with the 1,483 rules of b3acb9b:
    # either plan: 1 genuine held, 61 frauds delivered.
    pytest.param("batch377", 150, 1, 16, id="batch377"),
    # batch378 (older recipients and their families in 2026, a third sample) (the same
    # brief as holdout347), measured blind with the 1,483 rules of 28ece96: 1 genuine held
    # and 25 frauds delivered under the mainland plan, 0 and 23 under each market's own.
    pytest.param("batch378", 150, 1, 15, id="batch378"),
    # batch379 (short texts in 2026, a third sample) (the same brief as holdout348),
    # measured blind with the 1,483 rules of 28ece96: either plan: 1 genuine held, 28
    # frauds delivered.
    pytest.param("batch379", 150, 1, 18, id="batch379"),
    # batch380 (students and young adults as recipients in 2026, a third sample) (the same
    # brief as holdout349), measured blind with the 1,484 rules of 51083ce: 2 genuine held
    # and 28 frauds delivered under the mainland plan, 2 and 29 under each market's own.
    pytest.param("batch380", 150, 1, 13, id="batch380"),
    # batch381 (subscriptions, streaming, app stores and software in 2026, a third sample)
    # (the same brief as holdout350), measured blind with the 1,484 rules of 51083ce: 0
    # genuine held and 24 frauds delivered under the mainland plan, 0 and 23 under each
    # market's own.
    pytest.param("batch381", 150, 0, 15, id="batch381"),
    # batch382 (buying and selling between private people in 2026, a third sample) (the
    # same brief as holdout351), measured blind with the 1,484 rules of 51083ce: either
    # plan: 2 genuine held, 43 frauds delivered.
    pytest.param("batch382", 150, 1, 32, id="batch382"),
    # batch383 (account takeover and one-time codes in 2026 (a fourth sample)) (the same
    # brief as holdout352), measured blind with the 1,486 rules of 7e545a8: 2 genuine held
    # and 36 frauds delivered under the mainland plan, 2 and 34 under each market's own.
    pytest.param("batch383", 150, 1, 24, id="batch383"),
    # batch384 (buying and selling between private people in 2026 (a fourth sample)) (the
    # same brief as holdout353), measured blind with the 1,486 rules of 13113a0: either
    # plan: 0 genuine held, 43 frauds delivered.
    pytest.param("batch384", 150, 0, 32, id="batch384"),
    # batch385 (small businesses and merchants as recipients in 2026 (a fourth sample))
    # (the same brief as holdout354), measured blind with the 1,486 rules of 13113a0: 1
    # genuine held and 35 frauds delivered under the mainland plan, 1 and 34 under each
    # market's own.
    pytest.param("batch385", 150, 1, 27, id="batch385"),
    # batch386 (renting, buying and managing homes in 2026 (a fourth sample)) (the same
    # brief as holdout355), measured blind with the 1,486 rules of c0a6ae6: 1 genuine held
    # and 31 frauds delivered under the mainland plan, 1 and 32 under each market's own.
    pytest.param("batch386", 150, 0, 26, id="batch386"),
    # batch387 (money mules, rented accounts and crypto cash-outs in 2026 (a fourth
    # sample)) (the same brief as holdout356), measured blind with the 1,486 rules of
    # c0a6ae6: either plan: 5 genuine held, 59 frauds delivered.
    pytest.param("batch387", 150, 1, 26, id="batch387"),
    # batch388 (short texts in 2026 (a fourth sample, every body, fraud and genuine, at
    # most 70 characters, which overrides the length rule below)) (the same brief as
    # holdout357), measured blind with the 1,486 rules of 3001d58: 0 genuine held and 26
    # frauds delivered under the mainland plan, 0 and 24 under each market's own.
    pytest.param("batch388", 150, 0, 17, id="batch388"),
    # batch370 (a twenty-third mixed day of every family), written at the stop's start and
    # kept outside tests/ and unread, measured blind with the stop's final 1,486 rules
    # (e519a3a), the closing estimate: 0 genuine held and 18 frauds delivered under the
    # mainland plan, 0 and 19 under each market's own (the same with the rules of the
    # stop's start); no rule written from it.
    # With the stop's last rule (ca8b695): 0 held, 16 delivered (15 under the mainland plan).
    pytest.param("batch370", 150, 0, 14, id="batch370"),
    # batch389 (first contact from strangers in 2026, a third sample) (the same brief as
    # holdout358), measured blind with the 1,487 rules of b32fc69: either plan: 0 genuine
    # held, 41 frauds delivered.
    pytest.param("batch389", 150, 0, 32, id="batch389"),
    # batch390 (business owners, professionals and public figures in 2026, a third sample)
    # (the same brief as holdout359), measured blind with the 1,487 rules of b32fc69: 5
    # genuine held and 49 frauds delivered under the mainland plan, 3 and 49 under each
    # market's own.
    pytest.param("batch390", 150, 1, 30, id="batch390"),
    # batch391 (fortune-telling, astrology, feng shui and paid rituals in 2026 (a fourth
    # sample), a fourth sample) (the same brief as holdout360), measured blind with the
    # 1,487 rules of b32fc69: 2 genuine held and 50 frauds delivered under the mainland
    # plan, 2 and 49 under each market's own.
    pytest.param("batch391", 150, 0, 40, id="batch391"),
    # batch392 (money mules, rented accounts and crypto cash-outs in 2026 (a fifth
    # sample), a fifth sample) (the same brief as holdout361), measured blind with the
    # 1,487 rules of b32fc69: either plan: 0 genuine held, 51 frauds delivered.
    pytest.param("batch392", 150, 0, 32, id="batch392"),
    # batch393 (romance, dating and companionship in 2026 (a fifth
    # sample)) (the same brief as holdout362), measured blind with the 1,487 rules of
    # b32fc69: 0 genuine held and 49 frauds delivered under the mainland plan, 0 and 48
    # under each market's own.
    pytest.param("batch393", 150, 0, 40, id="batch393"),
    # batch394 (buying and selling between private people in 2026 (a fifth sample), a
    # fifth sample) (the same brief as holdout363), measured blind with the 1,487 rules of
    # b32fc69: either plan: 0 genuine held, 43 frauds delivered.
    pytest.param("batch394", 150, 0, 38, id="batch394"),
    # batch395 (extortion and threats in 2026, a second sample) (the same brief as
    # holdout364), measured blind with the 1,487 rules of b32fc69: 5 genuine held and 56
    # frauds delivered under the mainland plan, 5 and 55 under each market's own.
    pytest.param("batch395", 150, 0, 37, id="batch395"),
    # batch396 (a twenty-fourth mixed day of every family), written at the stop's start and
    # kept outside tests/ and unread, measured blind with the stop's final 1,492 rules
    # (dd219f5), the closing estimate: 1 genuine held and 16 frauds delivered under the
    # mainland plan, 0 and 16 under each market's own (the same with the rules of the
    # stop's start, b32fc69); no rule written from it.
    pytest.param("batch396", 150, 1, 14, id="batch396"),
    # batch397 (call-back and reply lures in 2026, a fourth sample, weighted to the reply
    # step) (the same brief as holdout366), measured blind with the 1,492 rules of
    # 891ee1a: 1 genuine held and 49 frauds delivered under the mainland plan, 1 and 45
    # under each market's own.
    pytest.param("batch397", 150, 0, 24, id="batch397"),
    # batch398 (older recipients and their families in 2026, a fourth sample, weighted to
    # the steps after the call) (the same brief as holdout367), measured blind with the
    # 1,492 rules of 891ee1a: either plan: 2 genuine held, 45 frauds delivered.
    pytest.param("batch398", 150, 0, 29, id="batch398"),
    # batch399 (fake customer service and refunds in 2026, a fourth sample, weighted to
    # the walkthrough) (the same brief as holdout368), measured blind with the 1,492 rules
    # of 891ee1a: 2 genuine held and 34 frauds delivered under the mainland plan, 2 and 35
    # under each market's own.
    pytest.param("batch399", 150, 1, 12, id="batch399"),
    # batch400 (chat-app and social-media account takeover in 2026, a third sample) (the
    # same brief as holdout369), measured blind with the 1,492 rules of 891ee1a: either
    # plan: 4 genuine held, 38 frauds delivered.
    pytest.param("batch400", 150, 3, 31, id="batch400"),
    # batch401 (business owners, professionals and public figures in 2026, a third sample)
    # (the same brief as holdout370), measured blind with the 1,492 rules of 891ee1a: 2
    # genuine held and 38 frauds delivered under the mainland plan, 2 and 39 under each
    # market's own.
    pytest.param("batch401", 150, 1, 33, id="batch401"),
    # batch402 (a twenty-fifth mixed day of every family), written at the stop's start and
    # kept outside tests/ and unread, measured blind with the stop's final 1,505 rules
    # (b7774ec), the closing estimate: 0 genuine held and 16 frauds delivered under the
    # mainland plan, 0 and 17 under each market's own (0 and 17 under either plan with the
    # rules of the stop's start, 891ee1a); no rule written from it.
    pytest.param("batch402", 150, 0, 15, id="batch402"),
    # batch403 (investment and trading in 2026, a fourth sample, weighted to the steps after the
    # first contact) (the same brief as holdout372), measured blind with the 1,505 rules of
    # 1bbf24e: either plan: 1 genuine held, 47 frauds delivered.
    pytest.param("batch403", 150, 1, 23, id="batch403"),
    # batch404 (jobs, tasks and side income in 2026, a fourth sample, weighted to the steps after
    # the first task) (the same brief as holdout373), measured blind with the 1,505 rules of
    # 1bbf24e: either plan: 1 genuine held, 28 frauds delivered.
    pytest.param("batch404", 150, 1, 12, id="batch404"),
    # batch405 (romance, dating and companionship in 2026, a sixth sample, weighted to the calm
    # follow-ups) (the same brief as holdout374), measured blind with the 1,505 rules of 1bbf24e:
    # either plan: 0 genuine held, 63 frauds delivered.
    pytest.param("batch405", 150, 0, 43, id="batch405"),
    # batch406 (medical insurance, social security, pensions and state benefits in 2026, a fourth
    # sample, written the way the seed cases were) (the same brief as holdout375), measured blind
    # with the 1,505 rules of 1bbf24e: either plan: 0 genuine held, 26 frauds delivered.
    pytest.param("batch406", 150, 0, 18, id="batch406"),
    # batch408 (links in 2026, genuine and fraudulent side by side, weighted to the genuine
    # messages with links that no allow list knows) (the same brief as holdout377), measured blind
    # with the 1,515 rules of 7090075: 5 genuine held and 16 frauds delivered under the mainland
    # plan, 5 and 17 under each market's own.
    pytest.param("batch408", 150, 2, 15, id="batch408"),
    # batch409 (people warning each other about scams in 2026, and the frauds that hide behind
    # warnings, weighted to the genuine messages) (the same brief as holdout378), measured blind
    # with the 1,515 rules of 48f40d9: 2 genuine held and 46 frauds delivered under either plan.
    pytest.param("batch409", 150, 0, 29, id="batch409"),
    # batch407 (a twenty-sixth mixed day of every family), written at the stop's start and kept
    # outside tests/ and unread, measured blind with the stop's final 1,515 rules (c670c92), the
    # closing estimate: 0 genuine held and 14 frauds delivered under the mainland plan, 0 and 13
    # under each market's own (the same with the rules of the stop's start, a1fd54f); no rule
    # written from it.
    pytest.param("batch407", 150, 0, 11, id="batch407"),
    # batch410 (notices sent through the platforms organisations use, genuine and fraudulent side
    # by side, weighted to the genuine messages) (the same brief as holdout379), measured blind
    # with the 1,515 rules of cf272db: 0 genuine held and 13 frauds delivered under the mainland
    # plan, 0 and 14 under each market's own.
    pytest.param("batch410", 150, 0, 11, id="batch410"),
    # batch411 (money asked for between people, genuine and fraudulent side by side, weighted to
    # the genuine messages) (the same brief as holdout380), measured blind with the 1,516 rules of
    # cc6ddaa: 9 genuine held and 22 frauds delivered under either plan.
    pytest.param("batch411", 150, 2, 14, id="batch411"),
    # batch413 (money mules, rented accounts and crypto cash-outs, a sixth sample) (the same brief
    # as holdout382), measured blind with the 1,517 rules of 79ade93: 3 genuine held and 59 frauds
    # delivered under either plan.
    pytest.param("batch413", 150, 0, 14, id="batch413"),
    # batch414 (debt collection, threats and extortion, a fourth sample) (the same brief as
    # holdout383), measured blind with the 1,517 rules of 79ade93: 3 genuine held and 58 frauds
    # delivered under either plan.
    pytest.param("batch414", 150, 3, 27, id="batch414"),
    # batch415 (first contact from strangers, a fifth sample) (the same brief as holdout384),
    # measured blind with the 1,522 rules of 17ef9fe: 1 genuine held and 31 frauds delivered under
    # either plan.
    pytest.param("batch415", 150, 1, 29, id="batch415"),
    # batch416 (links, genuine and fraudulent side by side, weighted to the genuine messages with
    # links that no allow list knows, a second sample with more Chinese markets) (the same brief
    # as holdout385), measured blind with the 1,522 rules of 17ef9fe: 6 genuine held and 16 frauds
    # delivered under the mainland plan, 5 and 16 under each market's own.
    pytest.param("batch416", 150, 5, 15, id="batch416"),
    # batch417 (frauds that hide behind warnings and care, weighted to the frauds) (the same brief
    # as holdout386), measured blind with the 1,522 rules of 17ef9fe: 1 genuine held and 37 frauds
    # delivered under either plan.
    pytest.param("batch417", 150, 1, 35, id="batch417"),
    # batch418 (chat-app contacts in SMS, weighted to the genuine messages) (the same brief as
    # holdout387), measured blind with the 1,522 rules of 17ef9fe: 2 genuine held and 16 frauds
    # delivered under either plan.
    pytest.param("batch418", 150, 0, 13, id="batch418"),
    # batch419 (one-time codes and verification between people, weighted to the genuine messages)
    # (the same brief as holdout388), measured blind with the 1,522 rules of 17ef9fe: 6 genuine
    # held and 30 frauds delivered under either plan.
    pytest.param("batch419", 150, 5, 26, id="batch419"),
    # batch420 (money mules, rented accounts and crypto cash-outs, a seventh sample, after the
    # sixth's rules) (the same brief as holdout389), measured blind with the 1,524 rules of
    # 000a7bc: 0 genuine held and 52 frauds delivered under either plan.
    pytest.param("batch420", 150, 0, 18, id="batch420"),
    # batch421 (debt collection, threats and extortion, a fifth sample, after the fourth's rules)
    # (the same brief as holdout390), measured blind with the 1,524 rules of 000a7bc: 1 genuine
    # held and 51 frauds delivered under either plan.
    pytest.param("batch421", 150, 1, 32, id="batch421"),
    # batch422 (money handled for others and hard words between people, weighted to the genuine
    # messages) (the same brief as holdout391), measured blind with the 1,526 rules of 832eecd: 2
    # genuine held and 46 frauds delivered under either plan.
    pytest.param("batch422", 150, 0, 20, id="batch422"),
    # batch423 (fortune-telling, astrology, feng shui and paid rituals, a third sample) (the same
    # brief as holdout392), measured blind with the 1,526 rules of 6b89790: 1 genuine held and 47
    # frauds delivered under the mainland plan, 1 and 49 under each market's own.
    pytest.param("batch423", 150, 1, 25, id="batch423"),
    # batch424 (romance, dating and companionship, a seventh sample) (the same brief as
    # holdout393), measured blind with the 1,526 rules of 6b89790: 0 genuine held and 54 frauds
    # delivered under either plan.
    pytest.param("batch424", 150, 0, 50, id="batch424"),
    # batch412 (an ordinary day of inbound SMS, a twenty-seventh mixed sample, written at the
    # stop's start) (the same brief as holdout381), measured blind with the 1,517 rules of
    # df25b26: 0 genuine held and 17 frauds delivered under either plan; then read for three
    # changes, 14 with the stop's final 1,526 rules.
    pytest.param("batch412", 150, 0, 14, id="batch412"),
    # batch425 (account and security notices, weighted to the genuine messages) (the same brief as
    # holdout394), measured blind with the 1,526 rules of 8c52980: 1 genuine held and 20 frauds
    # delivered under the mainland plan, 0 and 20 under each market's own.
    pytest.param("batch425", 150, 1, 18, id="batch425"),
    # batch426 (screen sharing, remote help and video meetings, weighted to the genuine messages)
    # (the same brief as holdout395), measured blind with the 1,526 rules of 8c52980: 3 genuine
    # held and 21 frauds delivered under either plan.
    pytest.param("batch426", 150, 1, 20, id="batch426"),
    # batch428 (private buying and selling, a sixth sample) (the same brief as holdout397),
    # measured blind with the 1,526 rules of 718b261: 1 genuine held and 49 frauds delivered under
    # either plan.
    pytest.param("batch428", 150, 0, 14, id="batch428"),
    # batch429 (links no allow list knows, a third sample, weighted to the genuine messages) (the
    # same brief as holdout398), measured blind with the 1,534 rules of dfdf77d: 1 genuine held
    # and 9 frauds delivered under either plan.
    pytest.param("batch429", 150, 0, 7, id="batch429"),
    # batch430 (notices through organisations' platforms, a third sample, weighted to the genuine
    # messages) (the same brief as holdout399), measured blind with the 1,534 rules of dfdf77d: 3
    # genuine held and 23 frauds delivered under either plan.
    pytest.param("batch430", 150, 0, 20, id="batch430"),
    # batch431 (chat-app contacts, a second sample, weighted to the genuine messages) (the same
    # brief as holdout400), measured blind with the 1,534 rules of dfdf77d: 3 genuine held and 18
    # frauds delivered under the mainland plan, 3 and 17 under each market's own.
    pytest.param("batch431", 150, 1, 15, id="batch431"),
    # batch432 (call-back and reply lures, a fifth sample) (the same brief as holdout401),
    # measured blind with the 1,534 rules of dfdf77d: 3 genuine held and 21 frauds delivered under
    # either plan.
    pytest.param("batch432", 150, 0, 11, id="batch432"),
    # batch433 (money mules as regulators describe the recruiting, an eighth sample) (the same
    # brief as holdout402), measured blind with the 1,538 rules of 59ee7e2: 4 genuine held and 54
    # frauds delivered under either plan.
    pytest.param("batch433", 150, 1, 23, id="batch433"),
    # batch434 (one-time codes between people, a second sample, weighted to the genuine messages)
    # (the same brief as holdout403), measured blind with the 1,538 rules of 59ee7e2: 10 genuine
    # held and 36 frauds delivered under either plan.
    pytest.param("batch434", 150, 7, 18, id="batch434"),
    # batch435 (one-time codes between people, a third sample, written after the stop's rules from
    # batch434) (the same brief as holdout404), measured blind with the 1,545 rules of 1fd0d31: 9
    # genuine held and 32 frauds delivered under either plan.
    pytest.param("batch435", 150, 9, 21, id="batch435"),
    # batch436 (money mules as recruiters and handlers text, a ninth sample, written after the
    # stop's rules from batch433) (the same brief as holdout405), measured blind with the 1,545
    # rules of 1fd0d31: 1 genuine held and 50 frauds delivered under either plan.
    pytest.param("batch436", 150, 1, 32, id="batch436"),
    # batch437 (call-back and reply lures, a sixth sample, written after the stop's rules from
    # batch432) (the same brief as holdout406), measured blind with the 1,545 rules of 1fd0d31: 0
    # genuine held and 22 frauds delivered under the mainland plan, 0 and 19 under each market's
    # own.
    pytest.param("batch437", 150, 0, 21, id="batch437"),
    # batch438 (private buying and selling, a seventh sample, written after the stop's rules from
    # batch428) (the same brief as holdout407), measured blind with the 1,545 rules of 1fd0d31: 1
    # genuine held and 38 frauds delivered under either plan.
    pytest.param("batch438", 150, 1, 29, id="batch438"),
    # batch439 (links no allow list knows, a fourth sample, weighted to the genuine messages from
    # ordinary mobile numbers) (the same brief as holdout408), measured blind with the 1,546 rules
    # of 82a0625: 2 genuine held and 13 frauds delivered under the mainland plan, 2 and 12 under
    # each market's own.
    pytest.param("batch439", 150, 2, 13, id="batch439"),
    # batch440 (investment and trading, a fifth sample, weighted to the steps after the first
    # contact) (the same brief as holdout409), measured blind with the 1,546 rules of 82a0625: 3
    # genuine held and 31 frauds delivered under either plan.
    pytest.param("batch440", 150, 0, 21, id="batch440"),
    # batch427 (a twenty-eighth mixed day of every family, written at the stop's start) (the same
    # brief as holdout396), measured blind with the 1,549 rules of 36790ea: 0 genuine held and 12
    # frauds delivered under either plan.
    pytest.param("batch427", 150, 0, 11, id="batch427"),
    # batch442 (a thirtieth mixed day) (the same brief as holdout411), measured blind with the
    # 1,549 rules of d3e716c: 0 genuine held and 14 frauds delivered under either plan.
    pytest.param("batch442", 150, 0, 10, id="batch442"),
    # batch443 (payment instructions by text) (the same brief as holdout412), measured blind with
    # the 1,549 rules of d3e716c: 1 genuine held and 28 frauds delivered under either plan.
    pytest.param("batch443", 150, 1, 14, id="batch443"),
    # batch444 (bulk texts with links) (the same brief as holdout413), measured blind with the
    # 1,549 rules of d3e716c: 0 genuine held and 8 frauds delivered under either plan.
    pytest.param("batch444", 150, 0, 7, id="batch444"),
    # batch441 (a twenty-ninth mixed day) (the same brief as holdout410), measured blind with the
    # 1,549 rules of d3e716c: 0 genuine held and 15 frauds delivered under either plan.
    pytest.param("batch441", 150, 0, 11, id="batch441"),
    # batch445 (payment instructions by text, a second sample written after the stop's rules) (the
    # same brief as holdout414), measured blind with the 1,549 rules of d3e716c: 2 genuine held
    # and 19 frauds delivered under the mainland plan, 2 and 18 under each market's own.
    pytest.param("batch445", 150, 2, 16, id="batch445"),
    # batch447 (threats and extortion by text) (the same brief as holdout416), measured blind with
    # the 1,556 rules of 460b282: 0 genuine held and 53 frauds delivered under either plan.
    pytest.param("batch447", 150, 0, 23, id="batch447"),
    # batch449 (buying from strangers by text) (the same brief as holdout418), measured blind with
    # the 1,560 rules of abb537d: 0 genuine held and 52 frauds delivered under either plan.
    pytest.param("batch449", 150, 0, 28, id="batch449"),
    # batch446 (an ordinary day of inbound SMS, a thirty-first mixed sample) (the same brief as
    # holdout415), measured blind with the 1,561 rules of 09ec9ec: 0 genuine held and 12 frauds
    # delivered under either plan.
    pytest.param("batch446", 150, 0, 11, id="batch446"),
    # batch448 (threats and extortion by text, a second sample written after the stop's rules)
    # (the same brief as holdout417), measured blind with the 1,561 rules of 09ec9ec: 1 genuine
    # held and 44 frauds delivered under either plan.
    pytest.param("batch448", 150, 1, 38, id="batch448"),
    # batch451 (fortune-telling and paid rituals, a fourth sample weighted to the later messages)
    # (the same brief as holdout420), measured blind with the 1,562 rules of 3540821: 0 genuine
    # held and 63 frauds delivered under either plan.
    pytest.param("batch451", 150, 0, 19, id="batch451"),
    # batch452 (romance, an eighth sample weighted to the ask) (the same brief as holdout421),
    # measured blind with the 1,562 rules of 3540821: 0 genuine held and 54 frauds delivered under
    # either plan.
    pytest.param("batch452", 150, 0, 36, id="batch452"),
    # batch453 (fortune-telling and paid rituals, a fifth sample written after the stop's fortune
    # rules and used for none) (the same brief as holdout422), measured blind with the 1,564 rules
    # of ad1ca0f: 1 genuine held and 34 frauds delivered under the mainland plan, 1 and 35 under
    # each market's own.
    pytest.param("batch453", 150, 1, 33, id="batch453"),
    # batch454 (money mules, a tenth sample weighted to the messages after the reader has agreed)
    # (the same brief as holdout423), measured blind with the 1,562 rules of 3540821: 2 genuine
    # held and 77 frauds delivered under either plan.
    pytest.param("batch454", 150, 0, 23, id="batch454"),
    # batch455 (money mules, an eleventh sample written after the stop's mule rules and used for
    # none) (the same brief as holdout424), measured blind with the 1,567 rules of fcb6394: 3
    # genuine held and 50 frauds delivered under either plan.
    pytest.param("batch455", 150, 3, 43, id="batch455"),
    # batch456 (charity, donations and crowdfunding, a fifth sample weighted to the messages after
    # the first appeal) (the same brief as holdout425), measured blind with the 1,562 rules of
    # 3540821: 3 genuine held and 42 frauds delivered under the mainland plan, 2 and 42 under each
    # market's own.
    pytest.param("batch456", 150, 1, 31, id="batch456"),
    # batch457 (agents, brokers and consultants, a fourth sample weighted to the messages after
    # the first contact) (the same brief as holdout426), measured blind with the 1,562 rules of
    # 3540821: 1 genuine held and 41 frauds delivered under either plan.
    pytest.param("batch457", 150, 1, 30, id="batch457"),
    # batch450 (a thirty-second mixed day, kept unread until the stop's end) (the same brief as
    # holdout419), measured blind with the 1,570 rules of de55fdc: 0 genuine held and 11 frauds
    # delivered under the mainland plan, 0 and 9 under each market's own.
    pytest.param("batch450", 150, 0, 11, id="batch450"),
    # batch459 (invitations and groups, a fourth sample weighted to what the group asks once the
    # reader is in) (the same brief as holdout428), measured blind with the 1,562 rules of
    # 3540821: 0 genuine held and 33 frauds delivered under either plan.
    pytest.param("batch459", 150, 0, 22, id="batch459"),
    # batch458 (business owners, professionals and public figures, a fourth sample weighted to the
    # messages after the first contact) (the same brief as holdout427), measured blind with the
    # 1,562 rules of 3540821: 1 genuine held and 31 frauds delivered under the mainland plan, 1
    # and 32 under each market's own.
    pytest.param("batch458", 150, 1, 16, id="batch458"),
    # batch460 (charity, donations and crowdfunding, a sixth sample written after the stop's
    # charity rules and used for none) (the same brief as holdout429), measured blind with the
    # 1,573 rules of 642e865: 0 genuine held and 32 frauds delivered under either plan.
    pytest.param("batch460", 150, 0, 32, id="batch460"),
    # batch461 (business owners, professionals and public figures, a fifth sample written after
    # the stop's media and award rule and used for none) (the same brief as holdout430), measured
    # blind with the 1,573 rules of 642e865: 2 genuine held and 44 frauds delivered under either
    # plan.
    pytest.param("batch461", 150, 1, 44, id="batch461"),
    # batch463 (first contact from strangers, a sixth sample, weighted to the second and third
    # message) (the same brief as holdout432), measured blind with the 1,573 rules of 8f44122: 0
    # genuine held and 58 frauds delivered under either plan.
    pytest.param("batch463", 150, 0, 38, id="batch463"),
    # batch464 (threats and extortion, a sixth sample, weighted to the second and third demand and
    # to small businesses) (the same brief as holdout433), measured blind with the 1,573 rules of
    # 8f44122: 1 genuine held and 59 frauds delivered under either plan.
    pytest.param("batch464", 150, 1, 35, id="batch464"),
    # batch465 (loans, credit and debt relief, weighted to the steps after the application) (the
    # same brief as holdout434), measured blind with the 1,573 rules of 8f44122: 0 genuine held
    # and 29 frauds delivered under either plan.
    pytest.param("batch465", 150, 0, 14, id="batch465"),
    # batch466 (parcels, tolls, post and deliveries, a new sample) (the same brief as holdout435),
    # measured blind with the 1,573 rules of 8f44122: 0 genuine held and 18 frauds delivered under
    # either plan.
    pytest.param("batch466", 150, 0, 18, id="batch466"),
    # batch467 (jobs, tasks and side income, a fifth sample, weighted to the first offer and the
    # second step) (the same brief as holdout436), measured blind with the 1,573 rules of 8f44122:
    # 1 genuine held and 26 frauds delivered under either plan.
    pytest.param("batch467", 150, 1, 14, id="batch467"),
    # batch468 (medical insurance, social security, pensions and state benefits, a fifth sample,
    # weighted to the variants of the seed cases) (the same brief as holdout437), measured blind
    # with the 1,573 rules of 8f44122: 0 genuine held and 27 frauds delivered under either plan.
    pytest.param("batch468", 150, 0, 21, id="batch468"),
    # batch469 (investment and trading, a sixth sample, weighted to the first contact and the
    # invitation) (the same brief as holdout438), measured blind with the 1,573 rules of 8f44122:
    # 0 genuine held and 40 frauds delivered under either plan.
    pytest.param("batch469", 150, 0, 13, id="batch469"),
    # batch470 (first contact from strangers, a seventh sample, written after the stop's rules of
    # the family) (the same brief as holdout439), measured blind with the 1,573 rules of 8f44122:
    # 1 genuine held and 48 frauds delivered under either plan.
    pytest.param("batch470", 150, 1, 41, id="batch470"),
    # batch471 (threats and extortion, a seventh sample, written after the stop's rules of the
    # family) (the same brief as holdout440), measured blind with the 1,573 rules of 8f44122: 0
    # genuine held and 71 frauds delivered under the mainland plan, 0 and 70 under each market's
    # own.
    pytest.param("batch471", 150, 0, 62, id="batch471"),
    # batch472 (jobs, tasks and side income, a sixth sample, written after the stop's rules of the
    # family) (the same brief as holdout441), measured blind with the 1,573 rules of 8f44122: 0
    # genuine held and 26 frauds delivered under the mainland plan, 0 and 27 under each market's
    # own.
    pytest.param("batch472", 150, 0, 23, id="batch472"),
    # batch473 (loans, credit and debt relief, a second sample, written after the stop's rules of
    # the family) (the same brief as holdout442), measured blind with the 1,573 rules of 8f44122:
    # 1 genuine held and 28 frauds delivered under either plan.
    pytest.param("batch473", 150, 1, 27, id="batch473"),
    # batch474 (medical insurance, social security, pensions and benefits, a sixth sample, written
    # after the stop's rules of the family) (the same brief as holdout443), measured blind with
    # the 1,573 rules of 8f44122: 0 genuine held and 18 frauds delivered under either plan.
    pytest.param("batch474", 150, 0, 18, id="batch474"),
    # batch475 (investment and trading, a seventh sample, written after the stop's rules of the
    # family) (the same brief as holdout444), measured blind with the 1,573 rules of 8f44122: 2
    # genuine held and 35 frauds delivered under either plan.
    pytest.param("batch475", 150, 3, 32, id="batch475"),
    # batch476 (buying and selling between private people, an eighth sample, weighted to the steps
    # after the first message) (the same brief as holdout445), measured blind with the 1,573 rules
    # of 8f44122: 1 genuine held and 38 frauds delivered under either plan.
    pytest.param("batch476", 150, 1, 30, id="batch476"),
    # batch477 (small businesses, shops and merchants as recipients, a fifth sample, weighted to
    # the messages after the first contact) (the same brief as holdout446), measured blind with
    # the 1,573 rules of 8f44122: 3 genuine held and 52 frauds delivered under either plan.
    pytest.param("batch477", 150, 1, 39, id="batch477"),
    # batch462 (an ordinary day of inbound SMS, a thirty-third mixed sample, written at the stop's
    # start and kept unread) (the same brief as holdout431), measured blind with the 1,597 rules
    # of 1e3d1c0: 0 genuine held and 8 frauds delivered under either plan.
    pytest.param("batch462", 150, 0, 8, id="batch462"),
    # batch478 (account takeover by one-time codes, a fourth sample weighted to the frauds and the
    # later steps) (the same brief as holdout447), measured blind with the 1,573 rules of 8f44122:
    # 1 genuine held and 49 frauds delivered under either plan.
    pytest.param("batch478", 150, 1, 37, id="batch478"),
    # batch479 (family, friends and acquaintances impersonated, a sixth sample weighted to the
    # later steps) (the same brief as holdout448), measured blind with the 1,573 rules of 8f44122:
    # 1 genuine held and 35 frauds delivered under the mainland plan, 1 and 34 under each market's
    # own.
    pytest.param("batch479", 150, 1, 32, id="batch479"),
    # batch480 (account takeover by one-time codes, a fifth sample written after the stop's rules
    # of the family) (the same brief as holdout449), measured blind with the 1,573 rules of
    # 8f44122: 4 genuine held and 49 frauds delivered under either plan.
    pytest.param("batch480", 150, 4, 48, id="batch480"),
    # batch481 (family and friends impersonated, a seventh sample written after the stop's rules
    # of the family) (the same brief as holdout450), measured blind with the 1,573 rules of
    # 8f44122: 1 genuine held and 35 frauds delivered under the mainland plan, 0 and 35 under each
    # market's own.
    pytest.param("batch481", 150, 1, 35, id="batch481"),
    # batch483 (romance, ninth sample) (the same brief as holdout452), measured blind with the
    # 1,597 rules of f8475f2: 1 genuine held and 58 frauds delivered under either plan.
    pytest.param("batch483", 150, 0, 34, id="batch483"),
    # batch484 (mules, twelfth sample) (the same brief as holdout453), measured blind with the
    # 1,597 rules of f8475f2: 4 genuine held and 60 frauds delivered under the mainland plan, 4
    # and 61 under each market's own.
    pytest.param("batch484", 150, 0, 29, id="batch484"),
    # batch486 (fortune, sixth sample) (the same brief as holdout455), measured blind with the
    # 1,597 rules of f8475f2: 2 genuine held and 34 frauds delivered under either plan.
    pytest.param("batch486", 150, 0, 23, id="batch486"),
    # batch485 (business, sixth sample) (the same brief as holdout454), measured blind with the
    # 1,597 rules of f8475f2: 2 genuine held and 30 frauds delivered under the mainland plan, 2
    # and 32 under each market's own.
    pytest.param("batch485", 150, 0, 14, id="batch485"),
    # batch487 (romance, tenth sample, unread) (the same brief as holdout456), measured blind with
    # the 1,605 rules of 37eb3a5: 0 genuine held and 56 frauds delivered under either plan.
    pytest.param("batch487", 150, 0, 56, id="batch487"),
    # batch488 (mules, thirteenth sample, unread) (the same brief as holdout457), measured blind
    # with the 1,605 rules of 37eb3a5: 1 genuine held and 49 frauds delivered under either plan.
    pytest.param("batch488", 150, 1, 48, id="batch488"),
    # batch489 (business, seventh sample, unread) (the same brief as holdout458), measured blind
    # with the 1,605 rules of cb2a4ca: 0 genuine held and 20 frauds delivered under either plan.
    pytest.param("batch489", 150, 0, 20, id="batch489"),
    # batch490 (fortune, seventh sample, unread) (the same brief as holdout459), measured blind
    # with the 1,605 rules of cb2a4ca: 0 genuine held and 32 frauds delivered under either plan.
    pytest.param("batch490", 150, 0, 32, id="batch490"),
    # batch491 (threats, eighth sample) (the same brief as holdout460), measured blind with the
    # 1,597 rules of f8475f2: 3 genuine held and 47 frauds delivered under the mainland plan, 3
    # and 46 under each market's own.
    pytest.param("batch491", 150, 0, 36, id="batch491"),
    # batch482 (mix, thirty-fourth day) (the same brief as holdout451), measured blind with the
    # 1,605 rules of 328ae60: 1 genuine held and 9 frauds delivered under either plan.
    pytest.param("batch482", 150, 1, 9, id="batch482"),
    # batch492 (threats, ninth sample, unread) (the same brief as holdout461), measured blind with
    # the 1,605 rules of 328ae60: 4 genuine held and 38 frauds delivered under either plan.
    pytest.param("batch492", 150, 4, 38, id="batch492"),
    # batch494 (links, the genuine side first) (the same brief as holdout463), measured blind with
    # the 1,605 rules of 7a4e367: 2 genuine held and 11 frauds delivered under the mainland plan,
    # 1 and 11 under each market's own.
    pytest.param("batch494", 150, 0, 10, id="batch494"),
    # batch495 (one-time codes, the genuine side first) (the same brief as holdout464), measured
    # blind with the 1,605 rules of 7a4e367: 2 genuine held and 31 frauds delivered under either
    # plan.
    pytest.param("batch495", 150, 2, 28, id="batch495"),
    # batch496 (chat-app moves, the genuine side first) (the same brief as holdout465), measured
    # blind with the 1,605 rules of 7a4e367: 1 genuine held and 21 frauds delivered under the
    # mainland plan, 1 and 19 under each market's own.
    pytest.param("batch496", 150, 1, 16, id="batch496"),
    # batch497 (account and card alerts, the genuine side first) (the same brief as holdout466),
    # measured blind with the 1,605 rules of 7a4e367: 1 genuine held and 19 frauds delivered under
    # the mainland plan, 2 and 19 under each market's own.
    pytest.param("batch497", 150, 1, 19, id="batch497"),
    # batch498 (call-back requests, the genuine side first) (the same brief as holdout467),
    # measured blind with the 1,605 rules of 7a4e367: 1 genuine held and 16 frauds delivered under
    # the mainland plan, 0 and 15 under each market's own.
    pytest.param("batch498", 150, 1, 15, id="batch498"),
    # batch493 (the thirty-fifth mixed day, written at the stop's start and kept unread to its
    # end) (the same brief as holdout462), measured blind with the 1,606 rules of 14400b8: 0
    # genuine held and 18 frauds delivered under the mainland plan, 0 and 17 under each market's
    # own.
    pytest.param("batch493", 150, 0, 18, id="batch493"),
    # batch499 (links, the genuine side first, written after the stop's rules and used for none)
    # (the same brief as holdout468), measured blind with the 1,607 rules of 8a6c709: 1 genuine
    # held and 7 frauds delivered under the mainland plan, 0 and 6 under each market's own.
    pytest.param("batch499", 150, 1, 7, id="batch499"),
    # batch500 (one-time codes, the genuine side first, written after the stop's rules and used
    # for none) (the same brief as holdout469), measured blind with the 1,607 rules of 8a6c709: 4
    # genuine held and 32 frauds delivered under the mainland plan, 4 and 31 under each market's
    # own.
    pytest.param("batch500", 150, 4, 32, id="batch500"),
    # batch501 (chat-app moves, the genuine side first, written after the stop's rules and used
    # for none) (the same brief as holdout470), measured blind with the 1,607 rules of 8a6c709: 1
    # genuine held and 19 frauds delivered under either plan.
    pytest.param("batch501", 150, 1, 19, id="batch501"),
    # batch502 (account and card alerts, the genuine side first, written after the stop's rules
    # and used for none) (the same brief as holdout471), measured blind with the 1,607 rules of
    # 8a6c709: 1 genuine held and 26 frauds delivered under the mainland plan, 0 and 25 under each
    # market's own.
    pytest.param("batch502", 150, 1, 26, id="batch502"),
    # batch503 (call-back requests, the genuine side first, written after the stop's rules and
    # used for none) (the same brief as holdout472), measured blind with the 1,607 rules of
    # 8a6c709: 1 genuine held and 19 frauds delivered under the mainland plan, 1 and 16 under each
    # market's own.
    pytest.param("batch503", 150, 1, 19, id="batch503"),
]


@pytest.mark.parametrize(("name", "size", "max_held", "max_delivered"), FIGURES)
def test_labelled_set_does_not_get_worse_than_its_figures(engine, name, size, max_held,
                                                          max_delivered):
    """A labelled set: at most its recorded legitimate messages held and frauds delivered."""
    benign, fraud = labelled(TESTS / name)
    assert len(benign) == len(fraud) == size
    held, delivered = misses(engine, benign, fraud)
    assert len(held) <= max_held, held
    assert len(delivered) <= max_delivered, delivered


def test_marketing_set_does_not_get_worse_than_its_figures(engine):
    """batch21 (see its README): marketing and loyalty traffic and the frauds that copy it.

    Measured blind: 2 of 250 legitimate messages held, 36 of 200 frauds delivered (16 of them
    teasers labelled `tag`). After the rules used it: 0 held, 19 delivered; 18 with the rules
    written from batch27 and batch28; 17 with those from batch34 and batch35.
    """
    benign, fraud = labelled(TESTS / "batch21")
    assert len(benign) == 250 and len(fraud) == 200
    held, delivered = misses(engine, benign, fraud)
    assert not held, held
    assert len(delivered) <= 17, delivered


# Legitimate-only sets held to no message held and at most their tagged count:
# (directory, messages, most held, most tagged). See each set's README.
LEGITIMATE_SETS = [
    # 500 messages weighted to what filters wrongly hold. Measured blind: 2 held (an insurer's
    # payment-failed notice on its own domain, which was on no allow list, and a son warning
    # his father about fake police calls), 10 tagged.
    pytest.param("batch14", 500, 0, 6, id="batch14"),
    # 400 messages from ordinary mobiles (couriers, landlords, tutors, shops, relatives):
    # links on unknown domains, payment asks, new numbers and codes passed inside a household.
    # Measured blind: 7 held (six household code requests, one warning to a parent), 15 tagged.
    # +1, +2 and +3 tags with STRANGER_OPENER_FROM_A_PERSONAL_NUMBER (the fiftieth stop): relatives'
    # and tradesmen's own "换号了, 存一下" openers, which now carry a mark; none held.
    # With this stop's stranger and payment rules (the fifty-first stop): 0 held and 20
    # tagged (tags from the tag-level rules PAYMENT_TO_A_PERSONAL_ACCOUNT_ASKED_BY_TEXT,
    # STRANGER_MOVES_TO_A_CHAT_APP and STRANGER_NAMES_A_PERSONAL_PAYEE_FOR_A_FEE).
    pytest.param("batch22", 400, 0, 20, id="batch22"),
    # 500 messages in the proportions of an ordinary day (codes, transactions, marketing,
    # notices, personal chat), measured blind with the 433 rules of 10f2442: 0 held, 7 tagged.
    pytest.param("batch40", 500, 0, 4, id="batch40"),
    # 500 genuine messages about money, codes, family and trade in eleven markets, written to
    # read like the frauds of batch41 to batch43. Measured blind with 446 rules: 2 held (two
    # retellings quoting a 'Hi Dad' text and a Cantonese immigration call), 21 tagged; after
    # the retelling wording it taught and a landlord who offers to confirm in person: 0 and 20.
    # With this stop's stranger and payment rules (the fifty-first stop): 0 held and 22
    # tagged (tags from the tag-level rules PAYMENT_TO_A_PERSONAL_ACCOUNT_ASKED_BY_TEXT,
    # STRANGER_MOVES_TO_A_CHAT_APP and STRANGER_NAMES_A_PERSONAL_PAYEE_FOR_A_FEE).
    pytest.param("batch44", 500, 0, 22, id="batch44"),
]



# Legitimate-only sets written to look like fraud, whose held count is over the 1-in-300
# budget: (directory, messages, most held, most tagged). A regression guard at their figures.
LOOKALIKE_SETS = [
    # 500 genuine messages that look like fraud (codes passed inside households, retellings,
    # carriers, consulates, small shops on new TLDs). Measured blind with 432 rules: 17 held,
    # 30 tagged. After the household and retelling wording it taught: 4 held (two small
    # shops on .online and .site domains, two codes asked for by relatives or flatmates); 3
    # after the small-business allowance written from batch37.
    pytest.param("batch36", 500, 2, 26, id="batch36"),
    # 500 more, weighted to small businesses on their own new-TLD domains, relatives' code
    # requests and retellings. Measured blind (the 432 rules of eda77fd): 31 held, 20 tagged;
    # after the work written from it (433 rules): 5 held, 38 tagged. 34 tagged since the
    # fifty-fifth stop: a seller's "PayNow $30 deposit to hold until Sat" on a bicycle in demand is
    # tagged by MARKETPLACE_SELLER_WANTS_A_HOLDING_FEE, a tag-only rule (fake sellers ask the same).
    pytest.param("batch37", 500, 5, 34, id="batch37"),
    # 300 more of the batch36 kind, written apart from batch36 and the rules, never read:
    # blind with 432 rules 6 held and 16 tagged; measured once after the batch36 work: 5 and
    # 17; after the batch37 work: 2 and 20; after the batch45
    # to batch47 work: 1 and 19.
    pytest.param("holdout12", 300, 1, 19, id="holdout12"),
    # 500 more, weighted to forwarded scam texts with the reader's commentary and relatives'
    # code requests. Measured blind (the 433 rules of 32979be): 33 held, 40 tagged; after the
    # work written from it: 6 held, 42 tagged.
    # +1, +2 and +3 tags with STRANGER_OPENER_FROM_A_PERSONAL_NUMBER (the fiftieth stop): relatives'
    # and tradesmen's own "换号了, 存一下" openers, which now carry a mark; none held.
    # With this stop's stranger and payment rules (the fifty-first stop): 4 held and 40
    # tagged (tags from the tag-level rules PAYMENT_TO_A_PERSONAL_ACCOUNT_ASKED_BY_TEXT,
    # STRANGER_MOVES_TO_A_CHAT_APP and STRANGER_NAMES_A_PERSONAL_PAYEE_FOR_A_FEE).
    pytest.param("batch39", 500, 4, 40, id="batch39"),
    # 300 more of the batch37 kind, written apart from batch37 and the rules, never read:
    # blind with the 432 rules of eda77fd 11 held and 16 tagged; measured once after the
    # batch37 work (433 rules): 9 and 18; after the batch39 work: 7 and 21; after the batch45
    # to batch47 work: 6 and 22 (one held message now tagged). Its counts informed one decision
    # (booking words withdrawn from CN_MARKETPLACE_OFFPLATFORM_MOVE, see the README). 6 and 23
    # with the home pack (batch59): CN_HOME_FEE_TO_PERSONAL_PAYEE tags one more of its genuine
    # messages; the rule was kept for the 9 development frauds and 1 hold-out fraud it reads
    # (README, batch59). 6 and 24 with the insurance work (batch66): CN_INSURER_STAFF_OPENER, a
    # tag-level opener rule, tags one more (counted by rule id, not read); kept for the
    # development and hold-out frauds it reads. 5 and 25 with the batch83 link work: one held
    # message goes to tagged (LINK_RISKY_TLD_ORG_NOTICE no longer reads a plain "view" or
    # "confirm" at a cheap domain; counted by rule id, not read).
    # +1, +2 and +3 tags with STRANGER_OPENER_FROM_A_PERSONAL_NUMBER (the fiftieth stop): relatives'
    # and tradesmen's own "换号了, 存一下" openers, which now carry a mark; none held.
    # With this stop's payment and stranger rules (the fifty-first stop): 6 held and 35
    # tagged, counted by rule id, not read: PAYMENT_TO_A_PERSONAL_ACCOUNT_ASKED_BY_TEXT tags
    # seven of its genuine messages and stacks one into a hold,
    # STRANGER_NAMES_A_PERSONAL_PAYEE_FOR_A_FEE and STRANGER_MOVES_TO_A_CHAT_APP one tag
    # each; kept for the development and hold-out frauds they read (README).
    pytest.param("holdout13", 300, 6, 35, id="holdout13"),
    # 500 genuine look-alikes of the batch45 families. Measured blind with the 446 rules of
    # 7955391: 12 held (retellings, a bank's own warning from its SMS port, Taiwanese notices
    # from +886 numbers, household code requests), 31 tagged; after the work written from it:
    # 1 held (a Taiwanese bank's code from a +886 mobile number), 37 tagged.
    # With this stop's stranger and payment rules (the fifty-first stop): 1 held and 38
    # tagged (tags from the tag-level rules PAYMENT_TO_A_PERSONAL_ACCOUNT_ASKED_BY_TEXT,
    # STRANGER_MOVES_TO_A_CHAT_APP and STRANGER_NAMES_A_PERSONAL_PAYEE_FOR_A_FEE).
    # With the fifty-third stop's PAYEE_ACCOUNT_CHANGED_FOR_A_DUE_PAYMENT (tags alone): 1 and 39
    # (a landlord's own notice of a new account, tagged, accepted).
    pytest.param("batch46", 500, 1, 39, id="batch46"),
    # 300 more of the batch46 kind, written apart from batch46 and the rules, never read:
    # 5 held and 22 tagged with the 446 rules of 7955391 and with the 460 rules after the
    # batch45 to batch47 work; 3 and 24 after the false holds taught by batch48 and batch49;
    # 3 and 23 later; 3 and 24 with the leisure work (batch67): CN_PET_DEPOSIT_NO_VIEWING tags
    # one (counted by rule id, not read); kept for the pet-sale frauds it reads. 3 and 25 with
    # the credit pack (batch73): CN_STOCK_TEACHER_GROUP_PITCH tags one more (counted by rule
    # id, not read); kept for the stock-group frauds it reads, and it only tags on its own.
    # With this stop's stranger and payment rules (the fifty-first stop): 3 held and 26
    # tagged (tags from the tag-level rules PAYMENT_TO_A_PERSONAL_ACCOUNT_ASKED_BY_TEXT,
    # STRANGER_MOVES_TO_A_CHAT_APP and STRANGER_NAMES_A_PERSONAL_PAYEE_FOR_A_FEE).
    # With the fifty-eighth stop's tag-level rules: 3 and 29
    # (ROMANCE_ENDEARMENT_WITH_A_SUM_AND_A_FEE_OR_A_PLEA tags one,
    # PROFESSIONAL_FEE_TO_THE_WRITERS_OWN_ACCOUNT two; counted by rule id, not read; the
    # romance rule's score was lowered to 3.5 so that the first stays a tag).
    pytest.param("holdout17", 300, 3, 29, id="holdout17"),
    # 500 genuine messages that read like fraud, across all fraud families. Measured blind
    # with the 460 rules of beb9714: 15 held (retellings and warnings, carriers' and couriers'
    # own notices, couples' and flatmates' codes, a friend who had sent crypto, a Taiwanese bill
    # from a +886 number), 48 tagged; after the work written from it: 1 held, 51 tagged.
    pytest.param("batch50", 500, 1, 50, id="batch50"),
    # 300 more of the batch50 kind, written apart from batch50 and the rules, never read: 10
    # held and 29 tagged with the 446 rules of 7955391; 10 and 27 with the 460 rules of
    # beb9714; 9 and 28 after the batch50 work; 9 and 29 after the batch51 work (463 rules);
    # 9 and 30 with the workplace pack (588-590 rules): EN_PAYEE_BANK_CHANGE, written before
    # batch63 was read, tags one more (counted by rule id, not read; the rule is kept for the
    # invoice-redirection frauds it reads in the development and hold-out sets).
    # With the fifty-third stop's PAYEE_ACCOUNT_CHANGED_FOR_A_DUE_PAYMENT (tags alone): 7 and 29
    # (one genuine message tagged by it, counted by rule id and not read; accepted).
    # With the fifty-eighth stop's MULE_COVER_STORY_FOR_THE_BANK (tags alone): 7 and 30
    # (counted by rule id).
    pytest.param("holdout19", 300, 7, 30, id="holdout19"),
]


@pytest.mark.parametrize(("name", "size", "max_held", "max_tagged"),
                         LEGITIMATE_SETS + LOOKALIKE_SETS)
def test_legitimate_only_set_stays_within_its_figures(engine, name, size, max_held, max_tagged):
    """A legitimate-only set: at most its recorded held (none for ordinary traffic) and tagged."""
    benign = read("benign.jsonl", TESTS / name)
    assert len(benign) == size
    held, _ = misses(engine, benign, [])
    assert len(held) <= max_held, held
    tagged = [e["id"] for e in benign
              if engine.screen(e["sender"], e["body"]).action == "tag"]
    assert len(tagged) <= max_tagged, tagged


def test_messages_about_fraud_are_rarely_held(engine):
    """batch18 (see its README): 300 legitimate messages about fraud (recounts, warnings).

    Measured blind: 66 held (22%): people and agencies quoting a scam text, link and all.
    After the quote and disowned-link allowances and the lists they read: 3.
    """
    benign = read("benign.jsonl", TESTS / "batch18")
    assert len(benign) == 300
    held, _ = misses(engine, benign, [])
    assert len(held) <= 3, held


def test_ordinary_traffic_is_not_held(engine):
    """The sixth set (see its README): 400 legitimate messages in a carrier's ordinary mix.

    Measured blind: 0 held, 10 tagged; after the opt-out footer of registered senders and two
    official short-link hosts were taken into account, 2 tagged. The budget is 1 in 300 held;
    the set's size makes one held message the bound, and tags (delivered with a mark) stay few.
    """
    benign = read("benign.jsonl", TESTS / "batch6")
    assert len(benign) == 400
    held, _ = misses(engine, benign, [])
    assert len(held) <= len(benign) // 300, held
    tagged = [e["id"] for e in benign
              if engine.screen(e["sender"], e["body"]).action == "tag"]
    assert len(tagged) <= 3, tagged



def test_each_market_screened_with_its_own_plan_does_not_get_worse(engine):
    """Every labelled set, each sender classified by its recipient's market (``by_recipient``).

    The figures above screen every set with the shipped mainland plan; these are what each
    market's own deployment sees (README, "The markets these sets cover"): 461 rules on
    2026-12-02 held 45 of 16,112 legitimate messages and delivered 1,186 of 9,410 frauds; with
    batch51 and holdout20 (blind) 47 of 16,462 and 1,261 of 9,760; with the rules from batch51
    (463 rules) 46 and 1,238; with batch52 and the premium-rate rules (468 rules) 48 of 16,662
    and 1,286 of 9,960; with the subscription-trap rule (469 rules) 48 and 1,268; 48 and 1,265
    once "lol" no longer passes for a retelling in the premium-rate rules; with holdout21
    (blind) 50 of 16,812 and 1,287 of 10,110; 50 and 1,283 with the anti-fraud-centre rule (470);
    with batch53 and the illegal-service work 52 of 16,962 and 1,315 of 10,260; with holdout22
    (blind) 52 of 17,062 and 1,349 of 10,360; 52 and 1,343 with the betting words; with
    batch54, holdout23 and the extortion pack (486 rules) 56 of 17,312 and 1,377 of 10,610;
    56 and 1,351 with the private-payee rule (487); with batch55, holdout24 and the rules from
    batch55 (493) 58 of 17,562 and 1,399 of 10,860; 58 and 1,398 once CN_PAY_OR_EXPOSE no
    longer took the threat's own "别想着报警" for advice; with batch56, holdout25 and the travel
    pack (505 rules) 59 of 17,812 and 1,409 of 11,110; with batch57, holdout26 and the
    education work (515 rules) 60 of 18,062 and 1,437 of 11,360; with batch58, holdout27 and
    the accounts pack (526 rules) 62 of 18,312 and 1,450 of 11,610; with batch59, holdout28
    and the home pack (534 rules) 62 of 18,562 and 1,501 of 11,860; with batch60, holdout29 and
    the health pack (555 rules) 62 of 18,812 and 1,511 of 12,110; with batch61, holdout30 and
    the entertainment pack (567 rules) 62 of 19,062 and 1,535 of 12,360; with batch62, holdout31
    and the motoring pack (580 rules) 64 of 19,312 and 1,556 of 12,610 (holdout31 brings 2
    genuine messages held by older rules, counted and not read); with batch63, holdout32 and the
    workplace pack (590 rules) 65 of 19,562 and 1,588 of 12,860 (holdout32 brings 1 more such);
    with batch64, holdout33 and the seniors pack (609 rules) 65 of 19,812 and 1,604 of 13,110;
    with batch65, holdout34 and the debts pack (622 rules) 66 of 20,062 and 1,617 of 13,360
    (holdout34 brings 1 genuine message held by older rules, counted and not read); with
    batch66, batch67, holdout35, holdout36 and the insurance and leisure packs (648 rules) 66 of
    20,562 and 1,668 of 13,860; with batch68, holdout37 and the utilities pack (671 rules) 66 of
    20,812 and 1,681 of 14,110; with batch69, holdout38 and the jobs pack (695 rules) 66 of
    21,062 and 1,693 of 14,360; with batch70, holdout39 and the banking work (705 rules) 67 of
    21,312 and 1,707 of 14,610 (holdout39 brings 1 genuine message held by older rules,
    counted and not read); with batch71, holdout40 and the agencies work (714 rules) 68 of
    21,562 and 1,719 of 14,860 (holdout40 brings 1 more such); with batch72, holdout41 and the
    shopping pack (725 rules) 68 of 21,812 and 1,724 of 15,110; with batch73, batch74,
    holdout42, holdout43 and the credit and rewards packs (759 rules) 71 of 22,312 and 1,729 of
    15,610 (the two hold-outs bring 3 genuine messages held by older rules, counted and not
    read); with batch75, batch76, holdout44, holdout45 and the family and devices packs (795
    rules) 71 of 22,812 and 1,743 of 16,110; with batch77, batch78, holdout46, holdout47 and
    the taxes and social packs (813 rules) 74 of 23,312 and 1,777 of 16,610 (the two
    hold-outs bring 3 genuine messages held by older rules, counted and not read); with
    batch79, holdout48 and the work on genuine look-alikes (816 rules) 72 of 23,562 and 1,789
    of 16,860 (holdout48 brings 3 genuine messages held by older rules, counted and not read);
    with batch80, holdout49 and the payment-diversion work (820 rules) 74 of 23,812 and 1,808
    of 17,110 (holdout49 brings 2 genuine messages held by older rules, counted and not read);
    with batch81, holdout50 and the platform-disclaimer work (823 rules) 73 of 24,062 and 1,833
    of 17,360; with the Cantonese "told back" words of zh_code_share_request 73 and 1,830;
    with the illegal-service words (batch53) 73 and 1,817; with batch82, holdout51 and the
    recovery, eSIM and e-CNY rules (827 rules) 74 of 24,312 and 1,835 of 17,610 (holdout51
    brings 1 genuine message held by older rules, counted and not read); with batch83,
    holdout52 and the link work (828 rules) 81 of 24,562 and 1,851 of 17,860 (batch83 and
    holdout52 bring 4 genuine messages held each); with batch84, holdout53 and the opener
    work (829 rules) 81 of 24,812 and 1,929 of 18,110 (the two new sets bring 80 frauds
    delivered, most of them openers; the 135 earlier sets 1,849); with batch85, holdout54 and
    the payment-change and door-code work 81 of 25,062 and 1,978 of 18,360; with batch86,
    holdout55 and the English police and tax-refund work 83 of 25,312 and 1,988 of 18,610
    (holdout55 brings 2 genuine messages held, counted and not read); with batch87, holdout56,
    the agency-hotline allowance and the pinyin rule (831 rules) 83 of 25,562 and 2,011 of
    18,860; with batch88, holdout57, the mailbox regexes, the red-packet, charity-card and
    ticket-grab rules (833 rules) 83 of 25,812 and 2,035 of 19,110 (the 143 earlier sets 2,009);
    with batch89, holdout58 and the rural rules (837 rules) 83 of 26,062 and 2,064 of 19,360
    (the 145 earlier sets 2,034); with batch90, holdout59 and the Indian and Hinglish rules
    (846 rules) 84 of 26,312 and 2,088 of 19,610 (holdout59 brings 2 genuine messages held,
    counted and not read; the 147 earlier sets 82 and 2,058); with batch91, holdout60 and the
    Roman Urdu and Banglish rules (857 rules) 86 of 26,562 and 2,154 of 19,860 (holdout60 brings
    2 genuine messages held, counted and not read); with batch92, holdout61 and the African
    person-to-person rules (862 rules) 88 of 26,812 and 2,208 of 20,110 (holdout61 brings 2
    genuine messages held, counted and not read; the 151 earlier sets 86 and 2,153); with
    batch93, holdout62 and the Philippine rules (867 rules) 89 of 27,062 and 2,245 of 20,360
    (holdout62 brings 1 genuine message held, counted and not read; the 153 earlier sets 88 and
    2,207); with batch94 to batch97, holdout63 to holdout66, the numbering plans of eight more
    countries and the Hong Kong, Gulf, Taiwanese and British rules (881 rules) 88 of 28,062 and
    2,352 of 21,360 (the 155 earlier sets 88 and 2,234); with batch98, batch99, holdout67,
    holdout68 and the North American, Singaporean and Malaysian rules (886 rules) 91 of 28,562
    and 2,411 of 21,860 (the two hold-outs bring 3 genuine messages held, counted and not read;
    the 163 earlier sets 88 and 2,349); with batch100, batch101, holdout69, holdout70 and the
    Australian, New Zealand and Indonesian rules (895 rules) 91 of 29,062 and 2,492 of 22,360;
    with batch102 to batch105, holdout71 to holdout74 and the evasion, public-scheme and
    enterprise-port rules (901 rules) 93 of 30,062 and 2,574 of 23,360 (the eight new sets bring
    2 genuine messages held, both in hold-outs and counted, not read, and 92 frauds delivered;
    the 171 earlier sets 91 and 2,482); with batch106, holdout75 and the call-related rules
    (906 rules) 93 of 30,312 and 2,599 of 23,610 (the 179 earlier sets 93 and 2,573); with
    batch107, holdout76 and the money-mule rules (910 rules) 94 of 30,562 and 2,680 of 23,860
    (holdout76 brings 1 genuine message held, counted and not read; the 181 earlier sets 93 and
    2,597); with batch108 to batch121, holdout77 to holdout90 and the rules for subsidies,
    forged senders, refunds, investment, openers, small businesses, account takeover, tickets,
    parcels, banks, vehicles, jobs, utilities and marketplaces (967 rules) 101 of 34,062 and
    3,204 of 27,360 (the 28 new sets bring 7 genuine messages held, six of them in hold-outs and
    counted, not read; the 183 earlier sets 94 and 2,619); with batch122 to batch129,
    holdout91 to holdout98 and the rules for health care, romance, travel, homes, education,
    games, ride-hailing and identity documents (1,014 rules) 96 of 36,062 and 3,379 of
    29,360 (the 211 earlier sets 96 and 3,164); with batch130, batch131, holdout99 and
    holdout100, measured blind and not yet used to write rules (1,014 rules), 98 of 36,562 and
    3,475 of 29,860; with batch132, batch133, holdout101 and holdout102 (lotteries and
    gambling; courts and legal matters), measured blind with the same rules, 106 of 37,062 and
    3,559 of 30,360; with the rules from batch130 to batch133 (1,014 rules: two new, two
    retired into PHOTO_OR_VIDEO_BAIT_LINK), 99 and 3,491; with batch134, batch135, holdout103
    and holdout104 (beauty and fitness; weddings, events and funerals), measured blind with
    those rules, 100 of 37,562 and 3,595 of 30,860; with batch136, batch137, holdout105 and
    holdout106 (gold and luxury goods; surveys, census and elections), measured blind with the
    1,015 rules of 4bd63ff (after the first rules from batch134), 102 of 38,062 and 3,688 of
    31,360; with the rest of the rules from batch134 and batch135 (1,016 rules), 102 and 3,681;
    with the rules from batch136 and batch137 (1,018 rules), 100 and 3,668; with batch138,
    batch139, holdout107 and holdout108 (AI tools and deepfakes; transport, parking and EV
    charging), measured blind with those rules, 104 of 38,562 and 3,725 of 31,860; with the
    fixes for their held genuine messages (the QQ account, two transport domains), 100 and 3,722;
    with the rules from their frauds (1,019 rules), 100 and 3,707; with batch140, batch141,
    holdout109 and holdout110 (pets and animals; home energy), measured blind with those rules,
    103 of 39,062 and 3,794 of 32,360; with the rules from batch140 (1,021 rules), 102 and 3,770;
    with batch142, batch143, holdout111 and holdout112 (creators and livestream selling; farmers
    and rural life), measured blind with those rules, 109 of 39,562 and 3,890 of 32,860; with the
    rules from batch141 to batch143 and the fixes for their held genuine messages (1,029 rules),
    104 and 3,848; with batch144, batch145, holdout113 and holdout114 (cars changing hands;
    disasters and emergencies), measured blind with those rules, 106 of 40,062 and 3,957 of 33,360;
    with the rules from batch144 and batch145 and the fixes for their held genuine messages (1,037
    rules), 104 and 3,915; with batch146, batch147, holdout115 and holdout116 (insurance policies;
    devices and tech support), measured blind with those rules, 110 of 40,562 and 3,997 of 33,860;
    with the rules from batch146 and batch147 and the fixes for their held genuine messages (1,039
    rules), 105 and 3,984; with an order claim read around its number, 105 and 3,982; with
    batch148, batch149, holdout117 and holdout118 (students and families abroad; freelancers and
    gig workers), measured blind with those rules, 109 of 41,062 and 4,062 of 34,360; with the
    rules from batch148 and batch149 and the fixes for their held genuine messages (1,042 rules),
    107 and 4,041; with batch150, batch151, holdout119 and holdout120 (timeshares and holiday
    clubs; data breaches and credit reports), measured blind with those rules, 112 of 41,562 and
    4,164 of 34,860; with the rules from batch150 and batch151 and the fixes for their held genuine
    messages (1,047 rules), 109 and 4,115; with batch152 to batch155 (jobs abroad; companies'
    paperwork; babies and young children; veterans and military families), measured blind with
    the 1,047 rules of 8572fad, 112 of 42,162 and 4,247 of 35,460; with the rules from batch152 and
    the fixes for the held genuine messages of batch153 and batch155 (1,049 rules), 109 and 4,221;
    with batch156 to batch159 (freight and trade; phone numbers and roaming; health products sold
    to older people; property management), measured blind with the 1,047 rules of 8572fad, 112 of
    42,762 and 4,363 of 36,060; with the rules from batch153 to batch156 (1,062 rules), and
    holdout121 to holdout128 (the eight themes' hold-outs, measured blind with the 1,047 rules of
    8572fad: 4 of 800 held and 171 of 800 delivered), 114 of 43,562 and 4,430 of 36,860; with the
    rules from batch157 to batch159 and the probes (1,072 rules), 114 and 4,363; with batch160 to
    batch163 (restaurants; public housing; home security; driving tests), measured blind with the
    1,072 rules of 27b2fc5, 119 of 44,162 and 4,542 of 37,460; with the fixes for their held
    genuine messages and the rules from batch161 (1,074 rules), and holdout129 to holdout132 (their
    hold-outs, measured blind with the 1,072 rules of 27b2fc5: 4 of 400 held and 103 of 400
    delivered), 119 of 44,562 and 4,614 of 37,860; with the rules from batch160, batch162 and
    batch163 (1,084 rules), 119 and 4,544; with batch164 to batch167 (collectibles; e-bikes;
    amateur sport; study tours and camps), measured blind with the 1,084 rules of 8fd76a0, 121 of
    45,162 and 4,703 of 38,460; with the rules from batch164 to batch167 and the fixes for their
    held genuine messages (1,088 rules), and holdout133 to holdout136 (their hold-outs, measured
    blind with the 1,084 rules of 8fd76a0: 2 of 400 held and 89 of 400 delivered), 121 of 45,562
    and 4,735 of 38,860; with the rules from batch165 (1,089 rules), 121 and 4,733; with
    batch168, batch169, holdout137 and holdout138 (debt relief; academics), measured blind with
    the 1,089 rules of 4d9a84a, 127 of 46,062 and 4,853 of 39,360; with the university
    domains and the rules from batch168 and batch169 (1,091 rules of 2f23e21), and batch170 to
    batch172, holdout139 and holdout140 (the workplace; local councils; holiday-rental hosts)
    measured blind with them, 128 of 46,712 and 4,927 of 40,010; with the fixes for their held
    genuine messages and holdout141 (holiday-rental hosts) measured blind with the 1,091 rules
    of 8de0319, 123 of 46,812 and 4,954 of 40,110; with the rules from batch170 and batch171
    (1,096 rules of 4a5b434), and batch173 and holdout142 (clinical trials and donors) measured
    blind with them, 124 of 47,062 and 4,982 of 40,360; with the rules from batch170, batch172
    and batch173 (1,102 rules of 5066fb8), and batch174, batch175, holdout143 and holdout144
    (foreigners in China; the outdoors) measured blind with them, 124 of 47,562 and 5,021 of
    40,860; with the rules from batch174 and batch175 (1,103 rules of fb4a3a7), 124 and 5,010;
    with batch176, batch177, holdout145 and holdout146 (inheritance; online pharmacies) measured
    blind with the 1,103 rules of a4d02c7, 126 of 48,062 and 5,123 of 41,360; with the rules
    from batch176 and batch177 (1,106 rules of eac1977), 125 and 5,068; with batch178, batch179,
    holdout147 and holdout148 (faith communities; family law) measured blind with the 1,106
    rules of e1c2f71, 129 of 48,562 and 5,186 of 41,860; with the rules and fixes from batch178
    and batch179 (1,110 rules of 77f4c80), 127 and 5,165; with batch180, batch181, holdout149
    and holdout150 (media and awards; elderly care) measured blind with them, 129 of 49,062 and
    5,338 of 42,360; with the rules from batch180 and batch181 and the news domains (1,114 rules
    of b0b91f3), 127 and 5,281; with batch182 to batch185 (lost phones and lost property;
    domestic helpers; new payment apps; home appliances) measured blind with the 1,114 rules of
    45e5fbb, 129 of 49,662 and 5,416 of 42,960; with their hold-outs holdout151 to holdout154,
    measured blind with the same rules, 135 of 50,062 and 5,508 of 43,360; with the rules from
    batch182 and batch183 (1,115 rules of 4360036), 133 and 5,459; with batch186 to batch189 (fuel
    cards; crypto; public-sector exams; online sellers) measured blind with them, 143 of 50,662 and
    5,589 of 43,960; with the fixes for their held genuine messages (1,115 rules of d85ca24), and
    holdout155 to holdout158 (their hold-outs, measured blind with the 1,115 rules of 1099d03: 6
    of 400 held and 76 of 400 delivered), 136 of 51,062 and 5,665 of 44,360; with the rules from
    batch184 to batch189 (1,123 rules of a6734ef), 136 and 5,602; with batch190 to batch193
    (recovery scams; supermarkets; hospital appointments; fan clubs) measured blind with the 1,124
    rules of 6ac41b1, 141 of 51,662 and 5,724 of 44,960; with the fixes for their held genuine
    messages (1,124 rules of 3f5e4c2), and holdout159 to holdout162 (their hold-outs, measured
    blind with the rules of 6ac41b1: 1 of 400 held and 94 of 400 delivered), 136 of 52,062 and
    5,818 of 45,360; with the rules from batch190 to batch193 and the later ones from batch185,
    batch188 and batch189 (1,128 rules of ff22f60), 136 and 5,767; with batch194 to batch197
    (language tests; fertility; unpaid wages; car rentals) measured blind with them, 138 of 52,662
    and 5,917 of 45,960; with the rules from batch194 to batch196 (1,133 rules of 8140231) and
    holdout163 to holdout166 (their hold-outs, measured blind with the 1,128 rules of ff22f60: 0
    of 400 held and 92 of 400 delivered), 137 of 53,062 and 5,947 of 46,360; with the rules from
    batch197 (1,134 rules of 26c9c67), 137 and 5,940; with batch198 to batch201 (school parent
    groups; screen sharing; gift cards; mortgages) measured blind with the 1,134 rules of 4dd4a55,
    149 of 53,662 and 6,052 of 46,960; with the rules from them (1,137 rules of 8286a6f), 137 and
    6,025; with batch202 and batch203 (wine, baijiu and tea; cemeteries and funerals) and
    holdout167 to holdout171 (never read), 143 of 54,462 and 6,200 of 47,760; with the rules from
    batch202 (1,139 rules) and holdout172 (never read), 144 of 54,562 and 6,204 of 47,860; with
    the rules from batch203 (1,142 rules), 144 and 6,176; with the rules from batch199 (1,144
    rules of 535ee83), batch204 and holdout173 and holdout174 measured blind with them, 144 of
    54,912 and 6,285 of 48,210; with the rules from batch204 (1,146 rules), 144 and 6,260; with
    batch205 and batch206 (classmates; matchmaking) measured blind with them, 144 of 55,212 and
    6,357 of 48,510; with batch207 to batch209 and holdout175 and holdout176 measured blind with
    them, 147 of 55,862 and 6,497 of 49,160; with the rules from batch205 (1,149 rules), 147 and
    6,463; with the rules from batch206 (1,151 rules), 146 and 6,444; with holdout177 and
    holdout178 measured blind with them, 149 of 56,062 and 6,486 of 49,360; with the rules from
    batch207 to batch209 (1,157 rules), 149 and 6,445; with the tenant hosts (a customer's
    sub-domain on a church or school service, MyChart on a health system's domain), 147 and 6,445;
    with batch210 to batch213 measured blind with them, 149 of 56,662 and 6,583 of 49,960; with
    batch214, batch215, holdout179 and holdout180 measured blind with them, 153 of 57,162 and
    6,742 of 50,460; with holdout181 and holdout182 measured blind with them, 153 of 57,362 and
    6,779 of 50,660; with the first rules of this round (1,161 rules), 149 and 6,725; with
    holdout183 and holdout184 (never read), 153 of 57,562 and 6,796 of 50,860; with the rules
    from batch215 (1,162 rules), 153 and 6,767; with those from batch212 (1,164 rules), 153 and
    6,752; with those from batch211 (1,165 rules), 153 and 6,746; with the date-venue rule from
    batch206 (1,166 rules), 153 and 6,739; with the misfortune-warning rule from batch214 (1,167
    rules), 153 and 6,735; with batch216 to batch223 measured blind with them, 164 of 58,762 and
    6,985 of 52,060; with holdout185 to holdout190, batch224 and batch225 measured blind with
    them, 172 of 59,662 and 7,178 of 52,960; with holdout191, holdout192 and batch226 to
    batch228 measured blind with them, 177 of 60,312 and 7,320 of 53,610; with holdout193,
    holdout194, batch229 and batch230 measured blind with them, 179 of 60,812 and 7,418 of
    54,110; with holdout195, holdout196, batch231 and batch232 measured blind with them, 183 of
    61,312 and 7,517 of 54,610; with batch233 measured blind with them, 184 of 61,462 and 7,547
    of 54,760; with holdout197 to holdout200 measured blind with them, 186 of 61,862 and 7,611 of
    55,160; with holdout201 and holdout202 measured blind with them, 188 of 62,062 and 7,636 of
    55,360; with this stop's rules from them (1,201 rules of 55c1420), 181 and 7,307; with its
    link-lure words, released genuine messages and reviewed family rules (1,202 rules of 95cc78e),
    177 and 7,256; with batch234 to batch237 measured blind with them, 185 of 62,662 and 7,426
    of 55,960; with batch238 and batch239 measured blind with them, 186 of 62,962 and 7,480 of
    56,260; with holdout203 to holdout206 measured blind with them, 191 of 63,362 and 7,588 of
    56,660; with holdout207 and holdout208 measured blind with them, 191 of 63,562 and 7,622 of
    56,860; with the rules from batch234 to batch237 (1,210 rules of 8b17b54), 191 and 7,561;
    with CN_ROLE_CHAT_ID_FOR_MONEY and CN_UNLISTED_LINK_ACCOUNT_ACTION (1,212 rules), 191 and
    7,539; with CN_SECRECY_DEMAND and EN_SECRECY_DEMAND (1,214 rules), 191 and 7,526; with
    CN_MISTAKEN_TRANSFER_REFUND_ASK (1,215 rules), 191 and 7,521; with
    CN_BRING_ID_AND_BANK_CARD_FOR_GIFTS (1,216 rules), 191 and 7,517; with
    CN_BANK_OR_CARRIER_ALERT_UNOFFICIAL_HOTLINE (1,217 rules), 191 and 7,508; with
    EN_FEE_TO_PERSONAL_WALLET_DUE_NOW (1,218 rules), 191 and 7,495; with the payment rails and
    "refund the difference" of EN_WRONG_TRANSFER_SEND_BACK_PERSONAL, 191 and 7,492; with
    SENDER_BRAND_STAFF_TO_CHAT_APP (1,219 rules), 191 and 7,470; with batch240 and holdout209
    (an ordinary day's mixed traffic) measured blind with them, 192 of 63,812 and 7,497 of 57,110;
    with more banks and carriers in en_brands (Bank of America as BofA, TD, Desjardins, NBN,
    Telus, eir, PCCW, HKT, E.SUN), 192 and 7,490; with the published numbers
    of Canadian, US, UK, Australian, New Zealand and Singapore banks in official_hotlines, 190
    and 7,490; with EN_BRAND_ALERT_UNOFFICIAL_CALLBACK and more published numbers (1,220 rules),
    190 and 7,442; with its retellings read by their own words, not by "do not reply", 190 and
    7,439; with an identity "linked to a case" or "used to apply" in en_lure_claims, 190 and
    7,432; with CN_FIXED_PERIODIC_RETURN_ON_STAKE (1,221 rules), 190 and 7,427; with
    EN_BANK_ALERT_REPLY_YES_NO_FROM_MOBILE (1,222 rules), 190 and 7,424; with the published
    numbers of Taiwan's banks, Chunghwa Telecom and Hongkong Post in official_hotlines, 187 and
    7,424; with batch241 and holdout210 (a second mixed day) measured blind with them, 187 of
    64,062 and 7,452 of 57,360; with the rules from batch241 (1,223 rules), 187 and 7,442; with
    CN_INVEST_TEACHER_LIVE_IN_GROUP (1,224 rules), 187 and 7,438; with EN_MONEY_MULE_RECRUIT and
    CN_MONEY_MULE_RECRUIT (1,226 rules), 187 and 7,418; with EN_WORKPLACE_SECRECY_WITH_MONEY
    (1,227 rules), 187 and 7,415; with CN_SELECTED_THEN_FEE (1,228 rules), 187 and 7,402; with
    EN_SELECTED_THEN_FEE (1,229 rules), 187 and 7,386; with "reply to this number with the OTP" and
    "what's the code we just sent you" in the code-request pattern, 187 and 7,384; with
    EN_TRIED_TO_REACH_YOU_CALLBACK (1,230 rules), 187 and 7,365; with
    CN_PLATFORM_OR_AGENCY_ALERT_UNOFFICIAL_HOTLINE (1,231 rules), 187 and 7,360; with
    CN_REPLY_ONE_AGENT_WILL_CALL (1,232 rules), 187 and 7,325; with EN_REPLY_YES_AGENT_WILL_CALL
    (1,233 rules), 187 and 7,312; with "如非本人……請即 WhatsApp" in
    CN_NOT_YOU_CALL_UNOFFICIAL_FROM_PERSONAL, 187 and 7,311; with PREMIUM_SMS_SIGNUP_LURE (1,234
    rules), 187 and 7,301; with batch242 and holdout211 (a third mixed day) measured blind with
    them, 187 of 64,312 and 7,324 of 57,610; with "our refunds team is at …" and order and renewal
    alerts in EN_BRAND_ALERT_UNOFFICIAL_CALLBACK, 187 and 7,320; with EN_POINTS_EXPIRY_CALL_OR_REPLY
    (1,235 rules), 187 and 7,315; with SENDER_WANGIRI_PREFIX_CALLBACK (1,236 rules), 187 and
    7,301; with MARKETPLACE_NO_MEETUP_PAY_FIRST (1,237 rules), 187 and 7,284; with
    MARKETPLACE_BUYER_ASKS_EMAIL_OR_BANK_TO_PAY (1,238 rules), 187 and 7,271; with "等待专员来电" in
    CN_REPLY_ONE_AGENT_WILL_CALL, 187 and 7,270; with EN_ORG_PAYMENT_TO_WEBMAIL (1,239 rules), 187
    and 7,262; with LINK_HYPHENATED_HOST (1,240 rules) and a warning's "騙徒…發送…連結 x.com" read
    as a disowned link, 187 and 7,032; with batch243 and holdout212 (a fourth mixed day)
    measured blind with them, 188 of 64,562 and 7,055 of 57,860; with SENDER_ID_LOOKALIKE_BRAND
    (1,241 rules), 188 and 7,053; with gold, forex and Taiwan's stock words in
    CN_STOCK_TEACHER_GROUP_PITCH, 188 and 7,049; with CN_INSIDER_RELATIVE_TRADING_PITCH (1,242
    rules), 188 and 7,044; with "verification code" and 核验码 in zh_otp_terms, 188 and 7,041;
    with CN_AGENCY_SIGNATURE_BUSINESS_HOTLINE (1,243 rules), 188 and 7,039; with sender ids in
    LINK_HYPHENATED_HOST, 188 and 7,008; with EN_CARD_OR_PASSWORD_BY_TEXT (1,244 rules), 188
    and 6,997; with CN_PAY_TO_PHONE_NUMBER_WALLET (1,245 rules), 188 and 6,976; with the seller
    "人在马来西亚出差" or "返咗內地" who wants "先FPS訂金" in
    MARKETPLACE_NO_MEETUP_PAY_FIRST, 188 and 6,974; with LINK_HYPHENATED_HOST_RISKY_TLD (1,246
    rules), 188 and 6,904; with
    LINK_SHORTENER_FROM_PERSONAL (1,247 rules), 188 and 6,822; with
    EN_URGENT_CALLBACK_FROM_PERSONAL (1,248 rules), 188 and 6,796; with
    CN_URGENT_CALLBACK_FROM_PERSONAL (1,249 rules), 188 and 6,771; with "speak to a billing
    advisor on …" and renewed memberships in EN_BRAND_ALERT_UNOFFICIAL_CALLBACK, 188 and 6,770;
    with "reply NO and our agent will call you" in EN_REPLY_YES_AGENT_WILL_CALL, 188 and 6,766;
    with CN_SERVICE_DESK_ON_MOBILE_NUMBER (1,250 rules), 188 and 6,757; with
    EN_SERVICE_DESK_ON_MOBILE_NUMBER (1,251 rules), 188 and 6,753; with CN_SERVICE_DESK_ON_CHAT_ID
    (1,252 rules), 188 and 6,730; with "回复Y由专员为您办理" and "回覆「Y」即有專人跟進" in
    CN_REPLY_ONE_AGENT_WILL_CALL, 188 and 6,722; with EN_MULE_JOB_TITLE_OWN_ACCOUNT (1,253
    rules), 188 and 6,721; with CN_BENEFIT_CLAIM_BY_REPLY (1,254 rules), 188 and 6,713; with a
    deadline ("before 3PM", "within 24 hours") as the urgency of EN_URGENT_CALLBACK_FROM_PERSONAL,
    188 and 6,703; with "today" beside the number in the same rule, 188 and 6,693; with any reply
    keyword ("Text COINS to get the link") in EN_REPLY_FOR_LINK, 188 and 6,692; with batch244 and
    holdout213 (a fifth mixed day) measured blind with them, 188 of 64,812 and 6,725 of 58,110;
    with SENDER_PERSONAL_BANK_HEADER_CALLBACK in the sender group, 188 and 6,725; with "do not
    share this code with anyone else" read as the guard phrase turned around, 188 and 6,721; with
    "做完当天结" in zh_job_pay, 188 and 6,720; with stocks named by theme in
    CN_STOCK_TEACHER_GROUP_PITCH, 188 and 6,719; with the "AI bot" in EN_MENTOR_SIGNAL_PITCH, 188
    and 6,717; with PayID in MARKETPLACE_BUYER_ASKS_EMAIL_OR_BANK_TO_PAY, 188 and 6,716; with
    EN_NEW_NUMBER_TASK_REQUEST (1,255 rules), 188 and 6,711; with 代付 in CN_ACQUAINTANCE_MONEY,
    188 and 6,710; with MARKETPLACE_OFFSHORE_BUYER_OR_SELLER (1,256 rules), 188 and 6,702; with
    CN_REPLY_SECRET_CREDENTIAL's branches behind their own words, 188 and 6,701; with batch245
    and holdout214 (person-to-person fraud) measured blind with them, 189 of 65,062 and 6,775
    of 58,360; with CN_PAYEE_NEW_NUMBER_DEPOSIT (1,257 rules), 189 and 6,768; with
    CN_MISTAKEN_TRANSFER_ASK_BACK (1,258 rules), 189 and 6,766; with "平台上不用再付了" in
    CN_DEPOSIT_FIRST_OFFPLATFORM, 189 and 6,764; with CN_DEPOSIT_BEFORE_MEETING (1,259 rules),
    189 and 6,760; with the Cantonese "覆返俾我" and a relative's matter announced, 189 and
    6,756; with payment first in
    CN_TICKET_RESALE_OFFPLATFORM, 189 and 6,750; with breeds, "free adoption" and "pop it back",
    189 and 6,744; with the Osko and the group post in TICKET_FROM_STRANGER_PAY_FIRST, 189 and
    6,741; with EN_LOCKED_BANKING_PAY_FOR_ME (1,260 rules), 189 and 6,730; with
    DEPOSIT_TO_HOLD_BY_WALLET_UNDER_PRESSURE (1,261 rules), 189 and 6,725; with PayNow in
    EN_SEXTORTION, 189 and 6,724; with 當天領薪 in zh_job_pay, 189 and 6,723; with
    CN_DEPOSIT_TO_HOLD_OR_LOSE_IT (1,262 rules), 189 and 6,712; with EN_NEW_NUMBER_MONEY_PAID_BACK
    (1,263 rules), 189 and 6,705; with RENTAL_FEE_BEFORE_VIEWING (1,264 rules), 189 and 6,699;
    with the buyer who pays extra to have it held, 189 and 6,698; with 一次性密碼 and
    "帮我看看是几号" in CN_REPLY_SECRET_CREDENTIAL, 189 and 6,695; with CN_PAID_ACCOUNT_ASSIST
    (1,265 rules), 189 and 6,694; with CN_MISTAKEN_TRANSFER_ASK_BACK folded into the older
    CN_MISTAKEN_TRANSFER_REFUND_ASK (1,264 rules), 189 and 6,694; with strangers who introduce
    themselves kept out of ALLOW_CODE_SHARE_HOUSEHOLD, 189 and 6,693; with batch246 and holdout215
    (first contact from strangers) measured blind with them, 189 of 65,312 and 6,855 of 58,610;
    with the wrong-number pivot and old acquaintances read wider, 189 and 6,830; with
    CN_DETAILS_NOT_BY_SMS (1,265 rules), 189 and 6,823; with EN_ACCOUNT_MANAGER_ON_CHAT_APP (1,266
    rules), 189 and 6,815; with CN_ACCOUNT_MANAGER_ON_PERSONAL_CHAT (1,267 rules), 189 and 6,808;
    with EN_STRANGER_ASKS_FULL_NAME_OR_DOB (1,268 rules), 189 and 6,791; with "6位数字回复我一下"
    in CN_REPLY_SECRET_CREDENTIAL, 189 and 6,780; with kin introducing themselves in
    CN_ACQUAINTANCE_MONEY, 189 and 6,778; with "forward it to this number" in
    EN_CODE_SHARE_REQUEST, 189 and 6,773; with "I can't get into my banking app" in
    EN_LOCKED_BANKING_PAY_FOR_ME, 189 and 6,771; with more platforms in
    EN_BRAND_ALERT_UNOFFICIAL_CALLBACK, 189 and 6,769; with "reply YES to receive a verification
    call" in EN_REPLY_YES_AGENT_WILL_CALL, 189 and 6,757; with batch247 and holdout216
    (mid-conversation texts) measured blind with them, 194 of 65,562 and 6,852 of 58,860; with
    batch247's held genuine texts released (a deposit confirmed, a shared office login), 190 and
    6,852; with CN_DISGUISED_TRANSFER_MEMO (1,269 rules), 190 and 6,851; with "the $200 Apple
    ones" in EN_GIFT_CARD_CODES_ASK, 190 and 6,850; with "没办法带你看楼" no longer exempting
    CN_RENTAL_LANDLORD_ABROAD, 190 and 6,847; with "the code I asked about" in
    EN_CODE_SHARE_REQUEST, 190 and 6,844; with an alphanumeric sender in
    EN_REMOTE_ACCESS_APP_REQ, 190 and 6,841; with the threat without its material in
    EN_SEXTORTION, 190 and 6,839; with "你敢跟家里人说一个字" and "6位數code", 190 and 6,837; with
    担保金 and 首期利息 in zh_loan_fee, 190 and 6,833; with EN_SERVICE_DESK_ON_WHATSAPP_NUMBER
    (1,270 rules), 190 and 6,820; with EN_STAFF_OF_UNNAMED_PROVIDER (1,271 rules), 190 and 6,818;
    with batch248 and holdout217 (a sixth mixed day) measured blind with them, 190 of 65,812 and
    6,846 of 59,110; with CN_NEW_NUMBER_NEW_CHAT_ACCOUNT (1,272 rules), 190 and 6,834; with
    "copy返俾我" and "视频里的内容我们已经保存", 190 and 6,832; with
    CN_INTL_AGENCY_ID_MISUSE_CALLBACK (1,273 rules), 190 and 6,831; with 标的 and 跟练 in
    CN_STOCK_TEACHER_GROUP_PITCH, 190 and 6,830; with the recovery and marketplace wordings of
    batch248, 190 and 6,828; with "if you pay the $420" in MARKETPLACE_NO_MEETUP_PAY_FIRST, 190
    and 6,827; with batch249 and holdout218 (call-back and reply lures) measured blind with them,
    193 of 66,062 and 6,890 of 59,360; with batch249's held genuine texts released, 190 and
    6,890; with 回覆, YES and 职员 in CN_REPLY_ONE_AGENT_WILL_CALL, 190 and 6,880; with
    "reply 1 to speak to an officer" and a loan offer that never says loan, 190 and 6,871; with
    EN_PHONE_NUMBER_SPELLED_IN_WORDS (1,274 rules), 190 and 6,869; with health ministries in
    EN_AGENCY_STAFF_CALLBACK, 190 and 6,863; with EN_KEEP_PHONE_ON_OFFICER_WILL_CALL (1,275
    rules), 190 and 6,860; with CN_MEETING_ID_MONEY_MATTER, 户头 in zh_safe_account and
    CN_CODE_PASSED_TO_NUMBER_OR_AGENT (1,277 rules), 190 and 6,854; with a sort code in
    EN_REPLY_CARD_OR_PIN and a crew due within 45 minutes in EN_UTILITY_CUTOFF_TODAY_PAY, 190
    and 6,853; with batch250 and holdout219 (a seventh mixed day) and batch251 and holdout220
    (QR and payment codes) measured blind with them, 190 of 66,562 and 6,968 of 59,860; with
    CN_PAYMENT_CODE_SHARED, CN_SCAN_AGAIN_TO_RELEASE_FUNDS, CN_SCAN_CODE_TO_RECEIVE_MONEY and
    CN_SCAN_CODE_ON_NOTICE_TO_PAY (1,281 rules), 190 and 6,952; with EN_PAYMENT_CODE_DIGITS_ASK,
    EN_SCAN_SECOND_CODE_TO_RELEASE and EN_SCAN_ATTACHED_QR_TO_PAY (1,284 rules), 190 and 6,934;
    with "the TAC number you receive", 190 and 6,933; with the rest of batch251's mechanics (a
    code "below" the text, a new collection code), 190 and 6,925; with batch250's (a video call's
    recording, a 服务 LINE account, "a security advisor will contact you", movers), 190 and
    6,914; with the service as the reply word of CN_REPLY_ONE_AGENT_WILL_CALL, 190 and 6,910;
    with batch252 and holdout221 (short texts) and batch253 and holdout222 (Chinese-speaking
    communities abroad) measured blind with them, 191 of 67,062 and 7,028 of 60,360; with
    batch252's short forms, 191 and 7,007; with EN_VIRTUAL_KIDNAP_RANSOM and batch253's
    mechanics (1,285 rules), 191 and 6,990; with EN_OFFICER_ON_CHAT_APP and
    EN_RELATIVE_INSIDER_TRADE_PUSH (1,287 rules), 191 and 6,980; with batch254 and holdout223
    (an eighth mixed day) and batch255 and holdout224 (small businesses) measured blind with
    them, 192 of 67,562 and 7,083 of 60,860; with MERCHANT_TERMINAL_UPDATE_CALLBACK,
    EN_ORDER_PAY_OUR_SUPPLIER_FIRST and OVERPAID_REFUND_TO_ANOTHER_ACCOUNT (1,290 rules), 192 and
    7,052; with EN_MEETING_TO_RECEIVE_REFUND (1,291 rules), 192 and 7,048; with the cash brought
    for a receipt in CN_OFFICER_CASH_PICKUP, 192 and 7,046; with batch256 and holdout225 (frauds
    written to slip past filters) and batch257 and holdout226 (account takeover) measured blind
    with them, 197 of 68,062 and 7,148 of 61,360; with LOGIN_QR_SCAN_FOR_SOMEONE,
    FRIEND_ASSIST_UNBLOCK_REQUEST and EN_HACKED_ACCOUNT_FRIEND_MONEY (1,294 rules) and batch257's
    held genuine message released, 196 and 7,122; with batch256's few misses, 196 and 7,117;
    with "your WhatsApp contacts", 196 and 7,116; with batch258 and holdout227 (parcels, tolls and
    fines) and batch259 and holdout228 (banks, cards and e-wallets) measured blind with them, 200
    of 68,562 and 7,202 of 61,860; with DELIVERY_OR_FINE_FEE_TO_PERSONAL_PAYEE and batch258's
    held genuine message released (1,295 rules), 199 and 7,192; with batch259's code and secrecy
    wordings, 199 and 7,186; with an agency's fee or fine in CN_ORG_FEE_TO_PERSON_NAMED_ACCOUNT,
    199 and 7,185; with EN_REVIEW_REMOVAL_FOR_A_FEE, "have your bank login ready", a composition
    fine and business funding (1,296 rules), 199 and 7,181; with CN_WECHAT_HANDLE_SPELLED_TO_EVADE
    and five widenings (1,298 rules), 199 and 7,129; with batch260 to batch263 and holdout229 to
    holdout232 (a ninth mixed day, medical insurance and benefits, the year-end season, students)
    measured blind with them, their rules and releases (1,300 rules), 199 of 69,562 and 7,239 of
    62,860; with batch264, batch265, holdout233 and holdout234 (a tenth mixed day, the reader's
    mobile operator) and their rules (1,301 rules), 200 of 70,062 and 7,290 of 63,360; with
    batch266, batch267, holdout235 and holdout236 (an eleventh mixed day, older recipients) and
    their rules (1,304 rules), 200 of 70,562 and 7,333 of 63,860; with batch268, batch269,
    holdout237 and holdout238 (online shopping, homes) and their rules (1,306 rules), 200 of
    71,062 and 7,411 of 64,360; with batch270, batch271, holdout239 and holdout240 (a twelfth
    mixed day, investment lures) and their rules (1,309 rules), 201 of 71,562 and 7,487 of 64,860;
    with batch272 and holdout241 (public agencies impersonated) and their rules (1,311 rules), 201
    of 71,812 and 7,509 of 65,110; with batch273 and holdout242 (a thirteenth mixed day) measured
    blind with them and DATING_MATCH_TRADING_PITCH and PRE_IPO_PLACEMENT_PITCH (1,313 rules), 201
    of 72,062 and 7,527 of 65,360; with PROPERTY_RENTAL_GUARANTEE_DEPOSIT and a mortgage broker's
    fee in CN_LOAN_ADVANCE_FEE (1,314 rules), 201 and 7,522; with batch274, batch275, holdout243
    and holdout244 (a fourteenth mixed day, jobs and side income) measured blind with them, 203
    of 72,562 and 7,575 of 65,860; with CN_REMOTE_JOB_COLD_OPENER,
    CN_ONBOARDING_BRING_BANK_CARDS, EN_PAID_PER_REVIEW, EN_FIRST_TASK_FORWARD_FUNDS and widened
    job-fee, money-mule and task rules (1,318 rules), 202 and 7,535; with batch276, batch277,
    holdout245 and holdout246 (loans, credit and debt; customer service, refunds and after-
    sales) measured blind with them, 207 of 73,062 and 7,648 of 66,360; with their rules (loan
    deposits "to prove repayment", loan apps that want the contacts, loan and refund cold
    openers, threats to a borrower's contacts, BNPL plans "not yours", warranty cold pitches,
    refunds moved to chat apps, through a loan or with the banking app on a shared screen; 1,330
    rules), 205 and 7,575; with batch278, batch279, holdout247 and holdout248 (prizes and
    rewards; travel and transport) measured blind with them, 207 of 73,562 and 7,643 of 66,860;
    with their rules (prize fees paid to an account, prizes moved to chat apps, lottery tips for
    sale, survey and travel-deal cold contacts, travel deposits to a person's account,
    cancellation call-backs from personal numbers; 1,337 rules), 205 and 7,604; with batch280,
    batch281, holdout249 and holdout250 (romance, friendship and sextortion; health and medical
    care) measured blind with them, 207 of 74,062 and 7,738 of 67,360; with the romance rules
    (adult-service deposits, gift parcels of cash held for a fee, recorded video calls used as
    threats, partners pushing a platform, soldiers, sailors and engineers abroad, recovery
    teams; 1,341 rules), 206 and 7,709; with the health rules (miracle cures, paid donors and
    organs, prescription drugs without a prescription, infection contacts charged a fee, a
    relative's emergency deposit, health-sales openers; 1,347 rules), 206 and 7,681; with
    batch282, batch283, holdout251 and holdout252 (a fifteenth mixed day; impersonation of
    people the reader knows) measured blind with them, 208 of 74,562 and 7,780 of 67,860; with
    BOSS_ASKS_TO_PAY_FIRST_AND_BE_REIMBURSED, VOICE_CALL_WAS_REALLY_ME_FOLLOWUP, a narrower
    TRAVEL_DEPOSIT_TO_PERSONAL_ACCOUNT and a landlord's "payment details remain unchanged"
    released (1,349 rules), 207 and 7,773. With FAMILY_ASKS_PAYMENT_TO_WRITTEN_ACCOUNT (1,350
    rules), 207 and 7,752. With CN_AFFAIR_EXPOSURE_THREAT and a ship's engineer or a sailor
    among pirates in CN_ROMANCE_MONEY_ASK (1,351 rules), 207 and 7,747. With batch284, batch285,
    holdout253 and holdout254 (banks, cards and e-wallets; government money) measured blind with
    them, 211 of 75,062 and 7,816 of 68,360. With EN_REPLY_WITH_CODE_DESPITE_WARNING, a ring for
    the 'o' of a host read as 'o', card and PIN handed over with a 'PIN slip' or 'PIN码信封', and
    an accountant's and a forwarded retelling released (1,352 rules), 209 and 7,804. With
    CN_NOT_YOU_REPLY_TO_CANCEL (1,353 rules), 209 and 7,801. With batch286 and holdout255 (a
    sixteenth mixed day) measured blind with the final rules, 209 of 75,312 and 7,822 of 68,610.
    With batch287, batch288, holdout256 and holdout257 (buying and selling between private people;
    debt collection, threats and extortion) measured blind with them, 211 of 75,812 and 7,993 of
    69,110. With batch289 and holdout258 (charity, disaster relief, religious and community
    appeals) measured blind with them, 213 of 76,062 and 8,072 of 69,360. With
    CN_/EN_DEBT_DEMAND_WITH_INTIMIDATION and the widened legal-threat and credit-repair rules
    (1,355 rules), 213 and 8,031. With MARKETPLACE_ACCOUNT_RESTRICTED_CALL_OR_REPLY,
    SELLER_OF_GOODS_WANTS_TRANSFER_TO_WRITTEN_ACCOUNT and CN_OVERPAID_REFUND_TO_ANOTHER_NUMBER
    (1,358 rules), 213 and 8,014. With CHARITY_OR_COMMUNITY_MONEY_TO_A_WRITTEN_ACCOUNT,
    BLESSING_OR_PRAYER_SOLD_BY_A_STRANGER, PAID_VOLUNTEER_WITH_A_FEE, DONATION_PICKUP_FEE,
    RELIEF_AID_FOR_AN_ID_NUMBER and a zakat board's receipt released (1,363 rules), 212 and 7,981.
    With CHARITY_NAMED_BY_A_PERSONAL_NUMBER_WANTS_A_CHAT_OR_A_CALL and a collector's 'in default',
    'recovery team' or 'notice before action' paid off-channel (1,364 rules), 212 and 7,970.
    With batch291, batch292, holdout260 and holdout261 (schools, teachers, tutors and parents;
    cars and motoring) measured blind with them, 214 of 76,562 and 8,091 of 69,860. With
    SCHOOL_OR_CLASS_PLACE_DEPOSIT_FROM_A_PERSONAL_NUMBER, EN_SCHOOL_ACCOUNT_TOP_UP_LINK, a class
    fund or a coach's fees to a personal payee, and a school's own fee notice released from
    CN_BANK_CARD_MULE (1,366 rules), 213 and 8,062. With batch293, batch294, holdout262 and
    holdout263 (agents, brokers and consultants; invitations and groups) measured blind with them,
    216 of 77,062 and 8,206 of 70,360. With TOWED_VEHICLE_OR_TOW_TRUCK_PAID_FIRST_TO_A_PERSON,
    DRIVING_TEST_SLOT_OR_LICENCE_FOR_SALE, MARKETPLACE_BUYER_PAID_BUT_SELLER_MUST_ACT_FIRST, a car
    held for a deposit to a written account, and a parent's question about a points-removal text
    released (1,369 rules), 215 and 8,192. With AGENT_OR_CONSULTANT_FEE_TO_A_PERSONAL_ACCOUNT,
    AGENT_HANDED_OVER_MOVES_TO_A_CHAT_APP, VISA_OR_ADMISSION_GUARANTEED_OVER_A_CHAT_APP, a wider
    PROPERTY_RENTAL_GUARANTEE_DEPOSIT and an accountant's '验证码不用发给我' released (1,372 rules),
    214 and 8,163. With INVESTMENT_CLASS_OR_SIGNALS_ON_A_CHAT_APP, ADDED_TO_A_GROUP_BY_MISTAKE_
    THEN_INVITED_TO_STAY, GROUP_ADMIN_ASKS_FOR_THE_CODE, GROUP_MEMBERSHIP_FEE_TO_A_PERSON, the
    securities firms' service numbers as official senders, and a friend's warning about a wedding
    invitation app released (1,376 rules), 211 and 8,132. With batch295, batch296, holdout264
    and holdout265 (subscriptions, streaming, app stores and software; crypto, trading platforms
    and fund recovery) measured blind with them, 217 of 77,562 and 8,214 of 70,860. With
    CRYPTO_WITHDRAWAL_HELD_FOR_A_FEE_TO_AN_ACCOUNT, MATURED_PROFIT_READY_TO_WITHDRAW,
    SEED_PHRASE_OR_PRIVATE_KEY_ASKED_FOR, RECOVERED_LOSS_RETURNED_THROUGH_A_CHAT_OR_A_CALL,
    USDT_EXCHANGE_OR_PAYMENT_AGENT_OFFER, MISTAKEN_CRYPTO_TRANSFER_SEND_IT_BACK and five retellings
    released (1,382 rules), 211 and 8,193. With batch297, batch298, holdout266 and holdout267
    (parcels, couriers and customs; utility and household bills) measured blind with them, 214 of
    78,062 and 8,312 of 71,360. With COURIER_OR_LOCKER_ASKS_FOR_THE_CODE,
    PROPERTY_OR_COUNCIL_FEES_TO_A_NEW_ACCOUNT, UTILITY_NAMED_BY_A_PERSONAL_NUMBER_WANTS_A_CALL_OR_A_
    PAYMENT, PARCEL_OR_CUSTOMS_MOVED_TO_A_CHAT_APP_OR_AN_OFFICER, a utility rebate for an ID number
    or a bank login, and two questions about a bill text released (1,386 rules), 212 and 8,268.
    With batch299, batch300, holdout268 and holdout269 (digital identity, ID documents and
    government apps; romance, dating and companionship) measured blind with them, 212 of 78,562
    and 8,411 of 71,860. With DATING_MATCH_MOVES_TO_A_CHAT_APP, ROMANCE_CONTACT_TEACHES_TRADING,
    SEXTORTION_DEMAND_TO_CONTACTS_WITH_A_DEADLINE, DATING_OR_MARRIAGE_AGENCY_FEE_BY_TEXT,
    LIVESTREAM_GIFT_OR_ALLOWANCE_ASK and a wider ADULT_SERVICE_DEPOSIT_TO_ACCOUNT (1,391 rules), 212
    and 8,376. With ID_DOCUMENT_PHOTOS_ASKED_BY_TEXT and LINES_OR_ACCOUNTS_UNDER_YOUR_ID_TO_BE_CUT_
    OFF (1,393 rules), 212 and 8,368. With batch290 and holdout259 (a seventeenth mixed day)
    measured blind with the final rules, 214 of 78,812 and 8,389 of 72,110. With batch302,
    batch303, batch304, holdout271, holdout272 and holdout273 (jobs, tasks and side income; first
    contacts from strangers; fake customer service and refunds; each a second sample) measured
    blind with them, 222 of 79,562 and 8,539 of 72,860. With EN_BANK_ACCOUNT_FOR_HIRE,
    PAID_PER_LIKE_FOLLOW_OR_RATING, job fees, task balances held for a fee, HK and Taiwan wording
    of mules and withdrawal fees, and a job board's own warning released (1,395 rules), 221 and
    8,521. With DOUBLE_REFUND_OR_COMPENSATION_BY_A_CALL_OR_A_CHAT, REFUND_OR_COMPENSATION_BY_A_CALL_
    FROM_A_PERSONAL_NUMBER, EN_AUTO_DEDUCT_PLAN_CALL_TO_CANCEL, EN_MEETING_APP_FOR_A_REFUND_OR_A_
    BANK_TASK, EN_REFUND_NEEDS_BANK_DETAILS_BY_TEXT, CN_COURIER_DAMAGE_COMPENSATION_FROM_A_PERSONAL_
    NUMBER, FOUND_ITEM_OR_PET_RETURNED_FOR_A_FEE_FIRST, FOUND_ITEM_FINDER_MOVES_TO_A_CHAT_APP,
    platforms' and couriers' hotlines and airlines' sites as official, and platforms' own
    screen-share disclaimers released (1,403 rules), 216 and 8,479.
    With batch305, batch306, batch307, batch308 and holdout274 to holdout277 (police, courts and
    regulators; loans and credit; family and friends impersonated; investment and trading; each a
    second sample) measured blind with them, 229 of 80,562 and 8,710 of 73,860. With
    POLICE_OR_COURT_NAMED_BY_A_PERSONAL_NUMBER_ABOUT_A_MATTER, CN_IPO_PAYMENT_TO_A_WRITTEN_ACCOUNT,
    CN_LOAN_BETWEEN_ACQUAINTANCES_TO_A_WRITTEN_CARD, GUARANTEED_HIGH_FIXED_RETURN_OFFER, wider
    police, loan-fee, acquaintance and signals-group rules, and retellings and an anti-fraud
    centre's warning released (1,407 rules), 221 and 8,649.
    With batch309, batch310, holdout278 and holdout279 (account takeover and one-time codes;
    loyalty points, rewards and prizes; each a second sample) measured blind with them, 224 of
    81,062 and 8,755 of 74,360. With CODE_SENT_TO_YOU_BY_MISTAKE_TELL_ME, SIM_OR_ESIM_TRANSFER_
    NOTICE_FROM_A_PERSONAL_NUMBER, PLATFORM_SECURITY_ALERT_WITH_A_CALL_OR_A_CHAT, ACCOUNT_RECOVERY_
    SERVICE_FOR_A_FEE_OR_A_CHAT, CN_FRIEND_ASSISTED_VERIFICATION_ASK, PRIZE_OR_DRAW_WINNER_FROM_A_
    PERSONAL_NUMBER, PRIZE_RELEASED_FOR_A_FEE_TO_A_PERSON, POINTS_OR_MILES_REDEEMED_BY_A_CALL_OR_A_
    CHAT and two retellings released (1,415 rules), 222 and 8,704.
    With batch311, batch312, holdout280 and holdout281 (mobile operators, SIM cards and phone
    numbers; taxes, customs duties and government fees; each a second sample) measured blind with
    them, 224 of 81,562 and 8,784 of 74,860. With CARRIER_NAMED_BY_A_PERSONAL_NUMBER_ABOUT_A_PLAN_
    OR_A_LINE, CARRIER_OR_BROADBAND_PAYMENT_TO_A_PERSON_OR_A_TRANSFER, NUMBER_TO_BE_CUT_FOR_SCAM_
    TEXTS_OR_LAUNDERING_REPLY_OR_CALL, TAX_OR_BENEFIT_AGENCY_NAMED_BY_A_PERSONAL_NUMBER, TAX_OR_
    BENEFIT_MONEY_TO_A_PERSON, VEHICLE_TAX_OR_REGISTRATION_RENEWED_BY_A_REPLY and a retelling
    released (1,421 rules), 223 and 8,737.
    With batch313, batch316, holdout282 and holdout285 (online shopping and marketplaces; medical
    insurance, social security and pensions; each a second sample) measured blind with them, 226
    of 82,062 and 8,824 of 75,360. With BRAND_GOODS_AT_A_FRACTION_TO_A_PERSONAL_ACCOUNT,
    CN_MEDICAL_INSURANCE_BALANCE_CASH_OUT, welfare officers on personal numbers, a medical card's
    'false claims', and four retellings and questions released (1,423 rules), 223 and 8,813.
    With batch314, batch315, holdout283 and holdout284 (travel and transport; health and medical
    care; each a second sample) measured blind with them, 225 of 82,562 and 8,927 of 75,860. With
    DOCTOR_OR_CLINIC_FROM_A_PERSONAL_NUMBER_MOVES_TO_A_CHAT_APP, PRESCRIPTION_DRUGS_WITHOUT_A_
    PRESCRIPTION, a relative 'at the hospital' and found luggage for a fee, and three retellings and
    questions released (1,425 rules), 223 and 8,910.
    With batch301 and holdout270 (an eighteenth mixed day) measured blind with the final rules,
    223 of 82,812 and 8,938 of 76,110. With three rules' words kept to one keyword list each (the
    review), 223 and 8,937.
    With batch317, batch318, holdout286 and holdout287 (older recipients and their families;
    small businesses and merchants; each a second sample) measured blind with them, 224 of 83,312
    and 9,043 of 76,610. With SUPPLIER_OR_PAYEE_BANK_DETAILS_CHANGED_BY_TEXT, BULK_ORDER_WITH_AN_
    ADVANCE_TO_THEIR_SUPPLIER and a grandchild 'held by the police' (1,427 rules), 224 and 9,034.
    With batch320, batch321, batch322, holdout289, holdout290 and holdout291 (mid-conversation
    messages; fortune-telling and paid rituals; debt collection and extortion; each a second
    sample) measured blind with the rules of the forty-sixth stop's start, 231 of 84,062 and
    9,300 of 77,360.
    With the rules written from batch320 (mid-conversation messages), 228 and 9,279.
    With the rules written from batch321 (fortune-telling and paid rituals), 228 and 9,206.
    With batch323, batch324, batch325, batch327 and their hold-outs holdout292, holdout293,
    holdout294 and holdout296 (romance, a third sample; schools and parents; charity and
    community appeals; invitations and groups; each a second sample) measured blind, 237 of
    85,062 and 9,489 of 78,360.
    With the rules written from batch322 (debt collection and extortion), 236 and 9,451.
    With the rules written from batch323 (romance, a third sample), 234 and 9,427.
    With batch326, batch328, batch329, batch330, batch331 and their hold-outs holdout295 and
    holdout297 to holdout300 (buying and selling between private people; agents and brokers;
    call-back and reply lures; students and young adults; homes; each a second sample) measured
    blind, 244 of 86,312 and 9,727 of 79,610.
    With the rules written from batch324 (schools and parents), 244 and 9,713.
    With batch332, batch333, holdout301 and holdout302 (short texts; chat-app and social-media
    account takeover; each a second sample) measured blind, 249 of 86,812 and 9,815 of 80,110.
    With the rules written from batch325 (charity and community appeals), 248 and 9,800.
    With the rules written from batch327 (invitations and groups), 244 and 9,780.
    With the rules written from batch326 (buying and selling between private people), 244 and 9,756.
    With the rules written from batch328 (agents, brokers and consultants), 243 and 9,731.
    With the rules written from batch329 (call-back and reply lures), 242 and 9,710.
    With the rules written from batch330 (students and young adults), 242 and 9,699.
    With the rules written from batch331 (homes), 240 and 9,686.
    With the rules written from batch333 (chat-app and social-media account takeover), 238 and
    9,668.
    With the rules written from batch332 (short texts), 238 and 9,654.
    With the rules written from batch325 (charity and community appeals, a second pass), 238 and
    9,640.
    With the rules written from batch320 (mid-conversation messages, a second pass), 238 and
    9,638.
    With batch319 and holdout288 (a nineteenth mixed day) measured blind with the final rules,
    240 of 87,062 and 9,659 of 80,360.
    With the rules written from batch327 (invitations and groups, a second pass), 240 and 9,654.
    With the rules written from batch247 (mid-conversation messages, the first sample), 240 and
    9,645.
    With the rules written from batch321 (fortune-telling and paid rituals, a second pass), 240
    and 9,642.
    With the rules written from batch322 (debt collection and extortion, a second pass), 240 and
    9,637.
    With EN_CODE_SHARE_REQUEST no longer reading "text 'pineapple'" as "text pin", 239 and 9,637.
    With batch335, batch336, holdout304 and holdout305 (cars and motoring; subscriptions and
    streaming; each a second sample) measured blind, 241 of 87,562 and 9,744 of 80,860.
    With the rules written from batch335 (cars and motoring, a second sample), 241 and 9,716.
    With batch337 to batch340 and holdout306 to holdout309 (crypto and fund recovery; parcels and
    couriers; household bills; digital identity; each a second sample) measured blind, 250 of
    88,562 and 9,912 of 81,860.
    With the rules written from batch336 (subscriptions and streaming, a second sample), 249 and
    9,901.
    With the rules written from batch337 (crypto and fund recovery, a second sample, the genuine
    messages), 242 and 9,901.
    With batch341, batch342, holdout310 and holdout311 (first contacts from strangers, a third
    sample; frauds written to slip past filters, a second) measured blind, 245 of 89,062 and
    10,003 of 82,360.
    With the rules written from batch338 (parcels and couriers, a second sample), 245 and 9,977.
    With the rules written from batch339 (household bills, a second sample), 245 and 9,932.
    With the rules written from batch340 (digital identity, a second sample), 245 and 9,911.
    With the rules written from batch337 (crypto and fund recovery, a second sample), 245 and
    9,890.
    With the rules written from batch342 (frauds written to slip past filters, a second sample),
    245 and 9,885.
    With the rules written from batch341 (first contacts from strangers, a third sample), 245
    and 9,863.
    With the rules written from batch339 (household bills, a third pass), 245 and 9,852.
    With batch343, batch344, holdout312 and holdout313 (romance and dating, a fourth sample;
    mid-conversation messages, a third) measured blind, 251 of 89,562 and 9,987 of 82,860.
    With the rules written from batch343 (romance and dating, a fourth sample), 248 and 9,978.
    With batch345, batch346, holdout314 and holdout315 (fortune-telling and paid rituals; debt
    collection, threats and extortion; each a third sample) measured blind, 249 of 90,062 and
    10,154 of 83,360.
    With the rules written from batch345 (fortune-telling and paid rituals, a third sample), 249
    and 10,116.
    With the rules written from batch346 (debt collection and extortion, a third sample), 249
    and 10,091.
    With the rules written from batch344 (mid-conversation messages, a third sample), 249 and
    10,085.
    With batch334 and holdout303 (a twentieth mixed day) measured blind with the final rules,
    250 of 90,312 and 10,113 of 83,610.
    With ID_DOCUMENT_MISUSE_CALL_BACK and the identity rule of batch340 merged, 250 and 10,112.
    With batch347-batch351 and holdout316-holdout320 (invitations and groups; charity and
    appeals; schools and parents; agents and brokers; family and friends impersonated; each a
    third sample) measured blind, 262 of 91,562 and 10,448 of 84,860.
    With the rules written from batch347 (invitations and groups and four more third samples),
    256 and 10,376.
    With the rules written from batch351 (family and friends impersonated, a second pass), 256
    and 10,368.
    With batch353-batch356 and holdout322-holdout325 (business owners and public figures, a
    second sample; money mules, a second; jobs and tasks, a third; investment, a third) measured
    blind, 278 of 92,562 and 10,654 of 85,860.
    With the rules written from batch354 (money mules and three more samples), 265 and 10,610.
    With EN_CODE_SHARE_REQUEST reading a TAC only after "digit", "the", "your" or "ur", 264 and
    10,610.
    With the rules written from batch354 (money mules, a second pass), 264 and 10,597.
    With batch352 and holdout321 (a twenty-first mixed day) measured blind with the final rules,
    266 of 92,812 and 10,618 of 86,110.
    With the advisory and recount lists reading eight more warnings and retellings, 258 and
    10,618.
    With a regex's words standing as words (a prefilter counted where it begins a word, a match
    beginning inside a word passed over), 258 and 10,632: fourteen frauds had been caught by a
    code word read inside another ("tel" in "hotel", "code" in "NetCode").
    With batch358-batch360 and holdout327-holdout329 (police and regulators, medical insurance
    and pensions, parcels and couriers, each a third sample) measured blind, 263 of 93,562 and
    10,734 of 86,860.
    With the bullet read as a dot in links and the rules written from batch358-batch360, 259
    and 10,689.
    With batch361-batch363 and holdout330-holdout332 (customer service and refunds, loans and
    credit, mobile operators and SIM cards, each a third sample) measured blind, 263 of 94,312
    and 10,843 of 87,610.
    With the rules written from batch361-batch363, 262 and 10,822.
    With CN_STUDENT_ACCOUNT_CANCEL reading the script in English, 262 and 10,819.
    With CONTACT_IM_ACCOUNT_EN reading "chat to us on", "pm me" and en_loan_offer lending to the
    refused, 262 and 10,816.
    With batch364-batch366 and holdout333-holdout335 (household bills, travel and transport,
    online shopping and marketplaces, each a third sample) measured blind, 264 of 95,062 and
    10,956 of 88,360.
    With the rules written from batch364-batch366, 263 and 10,929.
    With CN_METER_REPLACEMENT_FEE reading a mobile or a toll-free number to book and pay, 263
    and 10,927.
    With batch367-batch368 and holdout336-holdout337 (crypto and fund recovery, taxes and
    government fees, each a third sample) measured blind, 266 of 95,562 and 11,012 of 88,860.
    With the rules written from batch367-batch368, 264 and 11,004.
    With batch369 and holdout338 (health and medical care, a third sample) measured blind, 265
    of 95,812 and 11,050 of 89,110.
    With the rules written from batch369, 265 and 11,042.
    With batch357 and holdout326 (a twenty-second mixed day) measured blind with the final rules,
    265 of 96,062 and 11,071 of 89,360.
    With ALLOW_OFFICIAL_HOTLINE standing down where the message moves to a chat id of its own and
    a LINE id read after "add LINE:", 265 and 11,060.
    With batch371-batch373 and holdout340-holdout342 (call-back and reply lures, frauds written
    to slip past filters, account takeover and one-time codes, each a third sample) measured
    blind, 271 of 96,812 and 11,199 of 90,110.
    With the rules written from batch371-batch373, 265 and 11,183.
    With batch374-batch376 and holdout343-holdout345 (renting, buying and managing homes,
    loyalty points and prizes, small businesses and merchants, each a third sample) measured
    blind, 269 of 97,562 and 11,341 of 90,860.
    With the rules written from batch374-batch376, 268 and 11,310.
    With batch377 and holdout346 (money mules, rented accounts and crypto cash-outs, a third
    sample) measured blind, 271 of 97,812 and 11,405 of 91,110.
    With the rules written from batch377, 271 and 11,360.
    With batch378-batch379 and holdout347-holdout348 (older recipients and their families,
    short texts, each a third sample) measured blind, 273 of 98,312 and 11,449 of 91,610.
    With the rules written from batch378-batch379, 273 and 11,431.
    With batch380-batch382 and holdout349-holdout351 (students and young adults; subscriptions,
    streaming and app stores; buying and selling between private people; each a third sample)
    measured blind, 278 of 99,062 and 11,592 of 92,360.
    With the rules written from batch380-batch382, 275 and 11,556.
    With batch383 and holdout352 (account takeover and one-time codes, a fourth sample) measured
    blind, 280 of 99,312 and 11,612 of 92,610.
    With the rules written from batch383, 279 and 11,601.
    With batch384-batch385 and holdout353-holdout354 (buying and selling between private
    people, small businesses and merchants, each a fourth sample) measured blind, 282 of 99,812
    and 11,732 of 93,110.
    With the rules written from batch384, 282 and 11,724.
    With batch386-batch387 and holdout355-holdout356 (renting, buying and managing homes, money
    mules and rented accounts, each a fourth sample) measured blind, 291 of 100,312 and 11,873
    of 93,610.
    With the rules written from batch386-batch387, 285 and 11,840.
    With batch388 and holdout357 (short texts, a fourth sample) measured blind, 285 of 100,562
    and 11,884 of 93,860.
    With the rules written from batch388, 285 and 11,881.
    With the rules written from batch385, 285 and 11,877.
    With the rules written from batch386, 285 and 11,872.
    With batch370 and holdout339 (a twenty-third mixed day) measured blind with the final rules,
    285 of 100,812 and 11,899 of 94,110.
    With STRANGER_OPENER_FROM_A_PERSONAL_NUMBER (a bare opener from an unknown mobile, "is this
    still your number?", 换号了…存一下, tagged and no more), 285 and 11,312.
    With batch389-batch395 and holdout358-holdout364 (first contact from strangers, a third
    sample; business owners and public figures, a third; fortune-telling, a fourth; money mules,
    romance, and buying and selling between private people, each a fifth; extortion and
    threats, a second) measured blind, 301 of 102,562 and 11,872 of 95,860.
    With the rules written from them (the exposure threat read as one mechanism, the guardian
    of a minor and the recorded call in Cantonese, the mule offer), 301 and 11,837.
    With STRANGER_NAMES_A_PERSONAL_PAYEE_FOR_A_FEE and registrars' own renewal notices, 295 and
    11,820.
    With STRANGER_MOVES_TO_A_CHAT_APP (a stranger's move to a chat app, tagged), 299 and 11,286.
    With PAYMENT_TO_A_PERSONAL_ACCOUNT_ASKED_BY_TEXT (a sum to a personal account, tagged), 301
    and 11,072.
    With the stop's later widenings (wires, paid features, spiritual payments), 301 and 11,045.
    With batch396 and holdout365 (a twenty-fourth mixed day) measured blind with the final
    rules, 302 of 102,812 and 11,071 of 96,110.
    With the reader's own card or wallet used to pass money on for a reward (CN_BANK_CARD_MULE,
    batch392), 302 and 11,067.
    With a lawyer's and a friend's retellings of a threat read as such (batch395), 300 and 11,067.
    With batch397-batch401 and holdout366-holdout370 (call-back and reply lures weighted to the
    reply step, older people weighted to the steps after the call, fake customer service
    weighted to the walkthrough, each a fourth sample; account takeover, and business owners
    and public figures, each a third) measured blind, 317 of 104,062 and 11,382 of 97,360.
    With the reply-Y/N alert from a personal number, the transfer walkthrough that calls the
    amount a code, valuables collected at home and the cover story for the teller (batch397 to
    batch399), 310 and 11,324.
    With the code "sent to your number by mistake" and vanity awards' fees (batch400, batch401),
    310 and 11,306; with the call a bank announces from a personal number, 310 and 11,291.
    With a platform's "customer service" opening a refund talk from a personal number and a
    meeting app's screen shared for a refund, 310 and 11,234.
    With batch402 and holdout371 (a twenty-fifth mixed day) measured blind with the final
    rules, 311 of 104,312 and 11,262 of 97,610.
    With an accusation of money laundering or a warrant from a personal number, and the
    account-recovery service's own pitch, 311 and 11,255.
    With a three for an e and a five for an s read in a sender id's brand name ("W3stpac",
    "H5BC"), 311 and 11,254.
    With relatives' and friends' retellings read as such by the illegal-collection and
    sextortion rules (zh_scam_recount), 307 and 11,254.
    With the bank-staff transaction check folded into CN_BANK_STAFF_CALLBACK_PRETEXT, the same.
    With batch403-batch406 and holdout372-holdout375 (investment weighted to the steps after
    the first contact, jobs and tasks after the first task, each a fourth sample; romance's
    calm follow-ups, a sixth; medical insurance and benefits written the way the seed cases
    were, a fourth) measured blind, 313 of 105,312 and 11,518 of 98,610.
    With the follow-up scripts read by several of their marks together (investment groups,
    withdrawals held for a payment, task schemes, stranded stories, relatives' tips), the
    agency staff and the job fees widened, 313 and 11,395.
    With batch408 and holdout377 (links, genuine and fraudulent side by side) measured blind
    with the 1,515 rules of 7090075, 319 of 105,562 and 11,424 of 98,860.
    With a domain named as a notice's subject no longer read as a link, tenant and booking
    platforms and the Malaysian price prefix, 310 and 11,424.
    With batch409 and holdout378 (people warning each other about scams, and frauds behind
    warnings) measured blind with the 1,515 rules of 48f40d9, 313 of 105,812 and 11,495 of 99,110.
    With one-sided dots read over several labels (may-bank2u .secure-my .top), the retelling
    words in two more rules and fund recovery offered to victims, 311 and 11,465.
    With batch407 and holdout376 (a twenty-sixth mixed day) measured blind with the final
    rules, 311 of 106,062 and 11,485 of 99,360.
    With batch410 and holdout379 (notices sent through organisations' platforms) measured
    blind with the 1,515 rules of cf272db, 312 of 106,312 and 11,506 of 99,610.
    With the instruction to rebuild a link written apart (LINK_REBUILD_INSTRUCTION), 312 and
    11,505.
    With batch411 and holdout380 (money asked for between people) measured blind with the
    1,516 rules of cc6ddaa, 324 of 106,562 and 11,551 of 99,860.
    With a real payer's mistaken transfer (the bank's way offered) left alone, the mule offer
    narrowed and a payee's changed account for a due payment (tags), 317 and 11,544.
    With a personal number's warning that opens an ask for its sender no advisory, 317 and 11,539.
    With batch413 and holdout382 (money mules, a sixth sample) and batch414 and holdout383
    (extortion, a fourth sample) measured blind with the 1,517 rules of 79ade93, 327 of 107,062
    and 11,727 of 100,360.
    With the mules' and extortion's rules by structure, 327 and 11,636. With batch415 and
    holdout384 (first contact from strangers), batch416 and holdout385 (links no allow list
    knows) and batch417 and holdout386 (frauds behind warnings) measured blind with the 1,522
    rules of 17ef9fe, 335 of 107,812 and 11,770 of 101,110.
    With batch418 and holdout387 (chat-app contacts) and batch419 and holdout388 (codes between
    people), both weighted to the genuine messages, measured blind with the same rules, 350 of
    108,312 and 11,850 of 101,610.
    With the stop's rules for the warning sets, codes, card details, crypto ATMs, account hire
    and extortion by three of four, 347 and 11,807. With batch420 and holdout389 (money mules, a
    seventh sample) and batch421 and holdout390 (extortion, a fifth sample) measured blind with
    the 1,524 rules of 000a7bc, 353 of 108,812 and 11,970 of 102,110.
    With the mule and extortion rules from the seventh and fifth samples and the two mule
    vocabularies (tags), 355 and 11,886. With batch422 and holdout391 (money handled for others
    and hard words between people, weighted to the genuine messages) measured blind with the
    1,526 rules of 832eecd, 358 of 109,062 and 11,957 of 102,360.
    With batch422's mules, extortion and kidnapping hoaxes read, 355 and 11,910. With batch423
    and holdout392 (fortune-telling, a third sample) and batch424 and holdout393 (romance, a
    seventh sample) measured blind with the 1,526 rules of 6b89790, 356 of 109,562 and 12,065 of
    102,860.
    With batch412 and holdout381 (a twenty-seventh mixed day, written at the stop's start and
    measured blind with the 1,517 rules of df25b26: 17 and 4 frauds delivered, 0 and 0 genuine
    held; holdout381 unread, batch412 read for three changes) and the stop's last rules
    (fortune-tellers' threats, a new partner's relative's tip), 356 of 109,812 and 12,066 of
    103,110.
    With batch425 and holdout394 (account and security notices) and batch426 and holdout395
    (screen sharing and remote help), both weighted to the genuine messages, measured blind with
    the 1,526 rules of 8c52980, 362 of 110,312 and 12,138 of 103,610.
    With the IT helpdesk's own remote sessions released and a meeting's shared screen for a
    charge or a credit read, 359 of 110,312 and 12,137 of 103,610.
    With extortion tied to its condition (ordinary payment reminders that mention photos or a
    group no longer held), 357 of 110,312 and 12,185 of 103,610.
    With batch428 and holdout397 (private buying and selling, a sixth sample) measured blind
    with the 1,526 rules of 718b261, 358 of 110,562 and 12,263 of 103,860.
    With the fake buyer's and the fake seller's later steps read (a payment that "goes back"
    unless the seller clicks, a courier waiting on the seller's verification, a courier's fee
    paid first and "refunded", a holding fee asked for an item in demand, a buyer asking for an
    e-mail to pay, a payment "frozen pending seller verification", a sale kept off the platform,
    a hotline written with letters for digits), 357 of 110,562 and 12,197 of 103,860.
    With batch429 and holdout398 (links no allow list knows, a third sample), batch430 and
    holdout399 (notices through organisations' platforms, a third sample), batch431 and
    holdout400 (chat-app contacts, a second sample), all three weighted to the genuine messages,
    and batch432 and holdout401 (call-back and reply lures, a fifth sample) measured blind with
    the 1,534 rules of dfdf77d, 375 of 111,562 and 12,322 of 104,860.
    With the blind pairs' genuine messages released (a city bank's loan notice from its 95xxx
    number, a resident portal and an HR platform on their own domains, a merchant named in a
    card alert, a clinic's deposit paid at the counter, a helper agency's visa news, a plumber
    asking for a photo, a father checking a number, a customer asking the courier for the pickup
    code, a grandchild's warning) and the call-back lures read (a company's "if this wasn't you,
    call" from a mobile number, a stranger asking about "the card ending", a number written with
    Chinese numerals or letters, secrecy from the family and the bank teller), 363 of 111,562
    and 12,293 of 104,860.
    With batch433 and holdout402 (money mules as regulators describe the recruiting, an eighth
    sample) and batch434 and holdout403 (one-time codes between people, a second sample,
    weighted to the genuine messages) measured blind with the 1,538 rules of 59ee7e2, 383 of
    112,062 and 12,439 of 105,360.
    With the money mules' three marks read (the account, its hire or the money through it, the
    cut, the story for the bank or the threat to a mule who wants out), a courier at the door
    asking the code that signs for a parcel released unless the code is still to come, friends'
    warnings of mules and a hacked account left alone, and a supplier's payment confirmation no
    boss's transfer, 375 of 112,062 and 12,413 of 105,360.
    With a one-time code asked back with its pretext read (sent by mistake, a vote, proving the
    seller is real, a parcel rebooked, a block lifted; CODE_ASKED_BACK_WITH_A_PRETEXT), and the
    teller's question retold in the first person no card mule, 375 of 112,062 and 12,388 of
    105,360.
    With a code to be replied to the sending number read (CODE_TO_BE_REPLIED_TO_THIS_NUMBER) and
    a business's payment moved to a personal account by text, 375 of 112,062 and 12,378 of
    105,360.
    With a payment "credited in error" to be returned to an account the text gives, and a mule
    who wants out threatened with the police, 375 of 112,062 and 12,372 of 105,360.
    With a card alert's merchant descriptor in capitals ("在TRIP.COM的交易", "at BESTBUY.COM") read
    as the merchant, not as a link, 370 of 112,062 and 12,372 of 105,360.
    With batch435 and holdout404 (codes between people, a third sample), batch436 and holdout405
    (money mules, a ninth sample), batch437 and holdout406 (call-back lures, a sixth sample) and
    batch438 and holdout407 (private buying and selling, a seventh sample), each written after
    the stop's rules from the family's first pair and measured blind with the 1,545 rules of
    1fd0d31 (frauds delivered at the stop's start, 718b261, and at 1fd0d31: 32 and 32, 25 and
    24; 51 and 50, 32 and 30; 19 and 19, 20 and 19; 45 and 38, 35 and 33), 386 of 113,062 and
    12,617 of 106,360.
    With the code asked back read in its Chinese and Cantonese forms ("覆返個code俾我", a seller
    "proved real", a number pressed wrong, an account banned, a delivery rebooked;
    "回复本短信收到的验证码"), 386 of 113,062 and 12,597 of 106,360.
    With the mules' marks widened from batch436 (23 verdicts raised, 8 in hold-outs; holdout405
    30 delivered before and after), 386 of 113,062 and 12,583 of 106,360.
    With the fake buyer's later steps widened from batch438 (the money that "refunds to me", a
    driver on his way while the seller has not clicked) and an overpaid buyer's shipping money
    to be passed on (CN_OVERPAID_TO_PASS_ON_TO_A_SHIPPER), 386 of 113,062 and 12,573 of 106,360.
    With batch439 and holdout408 (links no allow list knows, a fourth sample, from ordinary
    mobile numbers) and batch440 and holdout409 (investment and trading, a fifth sample)
    measured blind with the 1,546 rules of 82a0625, 395 of 113,562 and 12,640 of 106,860.
    With the investment frauds' paid steps read from batch440 (a profit ready once a fee is paid
    first, a stock teacher's paid step, a teacher's assistant following up a free pick with its
    gain), a regulator's, a bank's and a family's warnings released, and a fee deducted from a
    profit share no fee paid first, 390 of 113,562 and 12,626 of 106,860.
    With batch427 and holdout396 (a twenty-eighth mixed day, written at the stop's start and
    measured blind with the final rules: 12 and 7 frauds delivered, 0 and 1 genuine held; 13 and
    7, 0 and 1 with the rules of the stop's start), 391 of 113,812 and 12,645 of 107,110. On the
    821 sets of the stop's start: 357 to 346 held, 12,185 to 12,108 delivered; their hold-outs
    269 to 261 and 5,556 to 5,511.
    With batch442 and holdout411 (a thirtieth mixed day, the stop's development pair, measured
    blind with the rules of its start: 14 and 4 frauds delivered, no genuine held), 391 of
    114,062 and 12,663 of 107,360.
    With batch443, holdout412, batch444 and holdout413 (payment instructions by text, and bulk
    texts with links, written after the stop's first rules and measured blind with the rules of
    its start and its end: 28, 19, 8 and 6 frauds delivered at the start; 22, 18, 8 and 6 with
    the stop's rules so far), 384 of 114,562 and 12,589 of 107,860.
    With batch441 and holdout410 (a twenty-ninth mixed day, written at the stop's start and
    measured blind with the final rules: 13 and 3 frauds delivered, no genuine held; 15 and 3
    with the rules of the stop's start) and the stop's rules to its end, 384 of 114,812 and
    12,584 of 108,110. On the 849 sets of the stop's start: 391 to 382 held, 12,645 to 12,509
    delivered; their hold-outs 284 to 278 and 5,779 to 5,730.
    With the stop's last rules (a deposit to hold paid to a free mailbox, a sum to a WeChat id
    or Alipay account written out, the call-back rule on the shared not-you list, a stay under
    way no rental lure), 383 of 114,812 and 12,554 of 108,110. On the 849 sets of the stop's
    start: 391 to 381 held, 12,645 to 12,479 delivered; their hold-outs 284 to 278 and 5,779 to
    5,715.
    With batch445 and holdout414 (payment instructions by text, a second sample written after
    the stop's last rule and used for none: 18 and 13 frauds delivered with the rules of the
    stop's start, 15 and 12 with its end), 385 of 115,062 and 12,581 of 108,360.
    With batch447 and holdout416 (threats and extortion by text, measured blind with the 1,556
    rules of 460b282): 387 of 115,312 genuine held, 12,664 of 108,610 frauds delivered.
    With batch449 and holdout418 (buying from strangers by text, measured blind with the 1,560
    rules of abb537d): 388 of 115,562 genuine held, 12,655 of 108,860 frauds delivered.
    At the fifty-seventh stop's end (1,561 rules, 867 sets, with batch446/holdout415, a thirty-
    first mixed day, and batch448/holdout417, threats written after the stop's rules): 391 of
    116,062 genuine held, 12,706 of 109,360 frauds delivered; with the last rule (1,562 rules),
    12,693.
    With batch451 and holdout420 (fortune-telling and paid rituals, a fourth sample weighted to
    the later messages, measured blind with the 1,562 rules of 3540821): 391 of 116,312 genuine
    held, 12,789 of 109,610 frauds delivered.
    With batch452 and holdout421 (romance, an eighth sample weighted to the ask, measured blind
    with the 1,562 rules of 3540821: 54 and 29 frauds delivered; after the fortune rules of
    42932a9 the same), 391 of 116,562 genuine held, 12,781 of 109,860 frauds delivered.
    With batch453 and holdout422 (fortune-telling, a fifth sample written after the stop's
    fortune rules and used for none: 43 and 30 frauds delivered with the rules of 3540821, 35
    and 24 with those of ad1ca0f) and batch454 and holdout423 (money mules, a tenth sample
    weighted to the messages after the reader has agreed, measured blind with the 1,562 rules of
    3540821: 77 and 50 delivered, 2 and 3 genuine held): 397 of 117,062 genuine held, 12,941 of
    110,360 frauds delivered.
    With batch455 and holdout424 (money mules, an eleventh sample written after the stop's mule
    rules and used for none: 58 and 35 frauds delivered with the rules of 3540821, 50 and 30
    with those of fcb6394), 399 of 117,312 genuine held, 12,937 of 110,610 frauds delivered.
    With batch456 and holdout425 (charity, donations and crowdfunding, a fifth sample weighted
    to the messages after the first appeal, measured blind with the 1,562 rules of 3540821: 42
    and 30 frauds delivered, 2 and 0 genuine held; the same with the rules of fcb6394), 401 of
    117,562 genuine held, 13,009 of 110,860 frauds delivered.
    With batch457 and holdout426 (agents, brokers and consultants, a fourth sample weighted to
    the messages after the first contact, measured blind with the 1,562 rules of 3540821: 41 and
    23 frauds delivered, 1 and 1 genuine held; the same with the rules of 85b9403), 401 of
    117,812 genuine held, 13,046 of 111,110 frauds delivered.
    At the fifty-eighth stop's end (1,570 rules, 883 sets, with batch450/holdout419, a thirty-
    second mixed day kept unread until the end, and the second fortune-telling and mule pairs
    written after the stop's rules): 401 of 118,062 genuine held, 13,029 of 111,360 frauds
    delivered. On the 867 sets of the stop's start: 391 to 391 held, 12,693 to 12,587 delivered;
    their hold-outs 284 to 284 and 5,797 to 5,747.
    With batch459 and holdout428 (invitations and groups, a fourth sample weighted to what the
    group asks once the reader is in, measured blind with the 1,562 rules of 3540821: 33 and 18
    frauds delivered, 0 and 2 genuine held; the same with the rules of 04b28d6), 403 of 118,312
    genuine held, 13,077 of 111,610 frauds delivered.
    With batch458 and holdout427 (business owners, professionals and public figures, a fourth
    sample weighted to the messages after the first contact, measured blind with the 1,562 rules
    of 3540821: 32 and 33 frauds delivered, 1 and 0 genuine held; the same with the rules of
    eb78c33), 404 of 118,562 genuine held, 13,137 of 111,860 frauds delivered.
    With batch458/holdout427 (business owners, a fourth sample), batch459/holdout428
    (invitations and groups, a fourth sample) and two more pairs written after the stop's rules
    and used for none, batch460/holdout429 (charity) and batch461/holdout430 (business owners),
    and the stop's last rules (1,573 rules, 891 sets): 406 of 119,062 genuine held, 13,247 of
    112,360 frauds delivered.
    At the fifty-ninth stop's end (1,593 rules, 923 sets: thirty-two more, a thirty-third mixed
    day kept unread to the end, nine development pairs and six pairs written after the stop's
    rules of their families and used for none): 426 of 123,062 genuine held, 13,799 of 116,360
    frauds delivered. On the 891 sets of the stop's start: 406 to 406 held, 13,247 to 13,087
    delivered; their hold-outs 291 to 291 and 6,053 to 5,970.
    After the first close two development pairs (account takeover by codes, batch478/holdout447;
    family and friends impersonated, batch479/holdout448), two pairs written after their rules
    and used for none (batch480/holdout449, batch481/holdout450) and four more rules (1,597
    rules, 931 sets): 438 of 124,062 genuine held, 14,042 of 117,360 frauds delivered. On the
    891 sets of the stop's start: 406 to 406 held, 13,247 to 13,078 delivered; their hold-outs
    291 to 291 and 6,053 to 5,967.
    At the sixtieth stop's end (1,605 rules, 953 sets: twenty-two more, a thirty-fourth mixed
    day kept unread to the end, five development pairs and five pairs written after the stop's
    rules of their families and used for none): 443 of 126,812 genuine held, 14,626 of 120,110
    frauds delivered. On the 931 sets of the stop's start: 438 to 433 held, 14,042 to 14,020
    delivered; their hold-outs 308 to 304 and 6,342 to 6,331.
    At the sixty-first stop's end (1,607 rules, 975 sets: twenty-two more, a thirty-fifth mixed
    day kept unread to the end, five development pairs whose hard part is the genuine side and
    five pairs written after the stop's rules of their families and used for none): 463 of
    129,562 genuine held, 14,917 of 122,860 frauds delivered. On the 953 sets of the stop's
    start: 443 to 443 held, 14,626 to 14,605 delivered; their hold-outs 308 to 308 and 6,598 to
    6,589.
    """
    sets = sorted(p for p in TESTS.iterdir() if (p / "benign.jsonl").is_file())
    legitimate = frauds = held = delivered = 0
    for directory in sets:
        for event in read("benign.jsonl", directory):
            legitimate += 1
            action = engine.screen(event["sender"], event["body"], event["recipient"],
                                   by_recipient=True).action
            held += action in ("quarantine", "block")
        if (directory / "smishing.jsonl").is_file():
            for event in read("smishing.jsonl", directory):
                frauds += 1
                action = engine.screen(event["sender"], event["body"], event["recipient"],
                                       by_recipient=True).action
                delivered += action == "deliver"
    assert (legitimate, frauds) == (129562, 122860)
    assert held <= 463, held
    assert delivered <= 14917, delivered


def test_the_evaluation_script_covers_every_labelled_set():
    """``bench/evaluate.py`` prints the figures the data sheets quote: it must list every set."""
    import importlib.util

    path = TESTS.parent / "bench" / "evaluate.py"
    spec = importlib.util.spec_from_file_location("evaluate", path)
    assert spec is not None and spec.loader is not None
    evaluate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(evaluate)
    listed = {name for name, _ in evaluate.SETS}
    on_disk = {p.name for p in TESTS.iterdir() if (p / "benign.jsonl").is_file()}
    assert on_disk - listed == set()
    assert all(directory.is_dir() for _, directory in evaluate.SETS)


def test_url_flag_caches_do_not_change_flags(engine: rules.Engine) -> None:
    # Engine._host_flags and Engine._carries remember their answers by host: a fresh engine
    # (empty caches) and the same engine asked again must agree, link by link.
    from rules.urls import carries_claimed_name, claimed_names, extract_urls

    fresh = rules.load()
    benign, fraud = labelled(CORPUS)
    for event in benign + fraud:
        urls = extract_urls(event["body"])
        if not urls:
            continue
        first = engine._host_flags(urls)
        assert first == engine._host_flags(urls) == [fresh._flags_of(u) for u in urls]
        names = claimed_names(event["sender"], event["body"])
        if names:
            for url in urls:
                expected = carries_claimed_name(url.host, url.registrable, names)
                assert engine._carries(url.host, url.registrable, names) == expected
                assert engine._carries(url.host, url.registrable, names) == expected


def test_another_tree_must_hold_a_rules_package(tmp_path: Path) -> None:
    """A mistyped ``--baseline-code``/``--code`` path used to compare the tree with itself."""
    import importlib.util

    path = TESTS.parent / "bench" / "other_tree.py"
    spec = importlib.util.spec_from_file_location("other_tree", path)
    assert spec is not None and spec.loader is not None
    other_tree = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(other_tree)
    with pytest.raises(SystemExit, match="no rules package"):
        other_tree.load_engine(str(tmp_path / "missing"))
    (tmp_path / "rules").mkdir()
    with pytest.raises(SystemExit, match="no rules package"):
        other_tree.load_engine(str(tmp_path))
