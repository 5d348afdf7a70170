"""Pack loading, validation errors with file and line, and local overrides."""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import rules
from rules import engine as engine_module
from rules.loader import SHIPPED_DIR, load_packset
from tests.engines import shipped

SETTINGS = """\
thresholds: {tag: 3, quarantine: 6, block: 10}
groups:
  lure: {cap: 5}
  link: {cap: 6}
  allow: {cap: 0, floor: -8}
country: {code: CN, calling_code: "86", trunk_prefix: "0", international_prefix: "00",
          mobile: '^1[3-9]\\d{9}$', landline: '^0\\d{9,11}$', short_code: '^(1\\d{4}|95\\d{3,6})$'}
url: {risky_tlds: tlds, shorteners: short, allow_domains: allow, block_domains: block,
      protected_domains: protected}
"""

PACK = """\
pack: {name: base, version: "1.0", description: test pack}
rules:
  - id: LURE_ACCOUNT_LAPSE
    title: lapse
    description: account lapsed
    group: lure
    score: 4
    status: stable
    tags: []
    match:
      all:
        - keywords: [参保账户, medical account]
        - keywords: {list: lapse_words}
    examples:
      hit: ["您的参保账户已失效"]
      miss: ["参保账户余额查询"]
  - id: LINK_RISKY
    title: risky link
    description: risky tld
    group: link
    score: 3
    status: stable
    tags: []
    match: {url: risky_tld}
    examples:
      hit: ["open www.abc.top now"]
      miss: ["open www.abc.com now"]
  - id: ALLOW_OFFICIAL
    title: official
    description: official sender
    group: allow
    score: -6
    status: stable
    tags: []
    match: {sender_number: ["12393"]}
    examples:
      hit: [{sender: "12393", body: "您的参保账户已失效"}]
      miss: [{sender: "13800138000", body: "hello"}]
  - id: LURE_TRIAL
    title: shadow rule
    description: experimental
    group: lure
    score: 9
    status: experimental
    tags: []
    match: {keywords: [更新医保凭证]}
    examples:
      hit: ["请更新医保凭证"]
      miss: ["医保凭证"]
"""


def make_packs(root: Path, pack: str = PACK, settings: str = SETTINGS) -> Path:
    packs = root / "packs"
    (packs / "lists").mkdir(parents=True)
    (packs / "settings.yaml").write_text(settings, encoding="utf-8")
    (packs / "base.yaml").write_text(pack, encoding="utf-8")
    lists = {
        "lapse_words": "# words\n失效\n停用\nexpired\n",
        "tlds": "top\nxyz\nshow\n",
        "short": "t.cn\nbit.ly\n",
        "allow": "gov.cn\n",
        "block": "evil.example\n",
        "protected": "nhsa.gov.cn\n",
    }
    for name, text in lists.items():
        (packs / "lists" / f"{name}.txt").write_text(text, encoding="utf-8")
    return packs


def test_loads_shipped_packs_without_errors():
    engine = rules.load()
    assert engine.rule_count > 0
    assert engine.versions
    assert engine.pattern_counts["body"] > 0


def test_scores_and_caps_groups_and_ignores_shadow_rules(tmp_path):
    engine = rules.load(shipped_dir=make_packs(tmp_path))
    verdict = engine.screen("+614913117945", "您的参保账  户已失效，请更新医保凭证 www.k**y.show")
    fired = {r.id: r for r in verdict.rules}
    assert set(fired) == {"LURE_ACCOUNT_LAPSE", "LINK_RISKY", "LURE_TRIAL"}
    assert fired["LURE_TRIAL"].shadow is True
    assert verdict.score == 7.0  # 4 + 3; the shadow rule's 9 is not counted
    assert verdict.action == "quarantine"


def test_group_cap_limits_one_family_of_evidence(tmp_path):
    pack = PACK.replace("status: experimental", "status: stable")
    engine = rules.load(shipped_dir=make_packs(tmp_path, pack))
    verdict = engine.screen("", "您的参保账户已失效，请更新医保凭证")
    assert {r.id for r in verdict.rules} == {"LURE_ACCOUNT_LAPSE", "LURE_TRIAL"}
    assert verdict.score == 5.0  # 4 + 9 capped at the group's 5
    assert verdict.action == "tag"


def test_allow_rule_subtracts(tmp_path):
    engine = rules.load(shipped_dir=make_packs(tmp_path))
    verdict = engine.screen("12393", "您的参保账户已失效 www.x.top")
    assert verdict.score == 1.0  # 4 + 3 - 6
    assert verdict.action == "deliver"


def test_spans_point_into_the_original_text(tmp_path):
    engine = rules.load(shipped_dir=make_packs(tmp_path))
    body = "提醒：您的参保账  户已失效"
    verdict = engine.screen("", body)
    (rule,) = [r for r in verdict.rules if r.id == "LURE_ACCOUNT_LAPSE"]
    texts = {body[s:e] for field, s, e in rule.spans if field == "body"}
    assert texts == {"参保账  户", "失效"}


def test_spans_stop_at_the_first_hits_of_a_keyword_packed_body(tmp_path):
    from rules.conditions import MAX_SPAN_HITS

    engine = rules.load(shipped_dir=make_packs(tmp_path))
    unit = "您的参保账户已失效，"
    body = unit * 150  # 300 hits of the rule's literals, more than are placed
    verdict = engine.screen("", body)
    (rule,) = [r for r in verdict.rules if r.id == "LURE_ACCOUNT_LAPSE"]
    spans = [(s, e) for field, s, e in rule.spans if field == "body"]
    assert 0 < len(spans) <= MAX_SPAN_HITS < 300
    assert {body[s:e] for s, e in spans} == {"参保账户", "失效"}
    # The first hits are the ones placed; the verdict is the one the message gets anyway.
    assert spans[0] == (body.index("参保账户"), body.index("参保账户") + 4)
    assert verdict.action == engine.screen("", unit).action


def test_english_keyword_matches_whole_words_only(tmp_path):
    engine = rules.load(shipped_dir=make_packs(tmp_path))
    assert "LURE_ACCOUNT_LAPSE" in {
        r.id for r in engine.screen("", "your medical account has expired").rules}
    assert "LURE_ACCOUNT_LAPSE" not in {
        r.id for r in engine.screen("", "your medical accountant has expiredness").rules}


def test_reports_file_and_line_of_a_schema_error(tmp_path):
    broken = PACK.replace("    score: 3\n", "    score: high\n")
    packs = make_packs(tmp_path, broken)
    with pytest.raises(rules.PackSetError) as info:
        load_packset(packs)
    (error,) = info.value.errors
    assert error.file == str(packs / "base.yaml")
    assert error.line == 21
    assert "score" in error.reason


def test_rejects_duplicate_ids_unknown_lists_groups_and_bad_regex(tmp_path):
    extra = textwrap.dedent("""\
        pack: {name: extra, version: "1", description: more}
        rules:
          - id: LINK_RISKY
            title: dup
            description: dup
            group: link
            score: 1
            status: stable
            tags: []
            match: {keywords: {list: no_such_list}}
            examples: {hit: [a], miss: [b]}
          - id: NEW_RULE
            title: t
            description: d
            group: nowhere
            score: 1
            status: stable
            tags: []
            match: {regex: {pattern: "(a", prefilter: [abc]}}
            examples: {hit: [a], miss: [b]}
        """)
    packs = make_packs(tmp_path)
    (packs / "extra.yaml").write_text(extra, encoding="utf-8")
    with pytest.raises(rules.PackSetError) as info:
        rules.load(shipped_dir=packs)
    reasons = [(e.line, e.reason) for e in info.value.errors]
    assert any("duplicate rule id LINK_RISKY" in r and line == 3 for line, r in reasons)
    assert any("unknown group 'nowhere'" in r for _, r in reasons)
    packs2 = make_packs(tmp_path / "b")
    (packs2 / "extra.yaml").write_text(
        extra.replace("id: LINK_RISKY", "id: OTHER").replace("{list: no_such_list}", "[x]"),
        encoding="utf-8")
    (packs2 / "settings.yaml").write_text(
        SETTINGS.replace("lure: {cap: 5}", "lure: {cap: 5}\n  nowhere: {cap: 1}"),
        encoding="utf-8")
    with pytest.raises(rules.PackSetError) as info:
        rules.load(shipped_dir=packs2)
    assert any("invalid RE2 pattern" in e.reason and e.line == 19 for e in info.value.errors)


def test_rejects_literals_that_normalisation_would_widen(tmp_path):
    """A leading or trailing symbol the normaliser drops ("add $") is an error, with the line."""
    packs = make_packs(tmp_path, pack=PACK.replace("keywords: [", "keywords: [add $, ", 1))
    with pytest.raises(rules.PackSetError) as info:
        rules.load(shipped_dir=packs)
    reasons = [e.reason for e in info.value.errors]
    assert any("literal 'add $' loses '$' once normalised and would match as 'add'" in r
               for r in reasons), reasons
    # A symbol between two words keeps both: allowed.
    joined = PACK.replace("keywords: [", "keywords: [food & water, ", 1)
    ok = make_packs(tmp_path / "ok", pack=joined)
    assert rules.load(shipped_dir=ok).rule_count >= 1


@pytest.mark.parametrize(("literal", "lost", "norm"), [
    ("/day", "/", "day"),           # would count every "day" as a pay rate
    ("50%", "%", "50"),             # every standalone 50
    ("回复“", "“", "回复"),          # every 回复
    ("disney+", "+", "dlsney"),
])
def test_rejects_one_word_literals_that_lose_an_edge_symbol(tmp_path, literal, lost, norm):
    """'/day' matches as 'day': the pack must write what it really matches."""
    quoted = '"' + literal.replace('"', '\\"') + '"'
    packs = make_packs(tmp_path, pack=PACK.replace("keywords: [", f"keywords: [{quoted}, ", 1))
    with pytest.raises(rules.PackSetError) as info:
        rules.load(shipped_dir=packs)
    reasons = [e.reason for e in info.value.errors]
    assert any(f"literal {literal!r} loses {lost!r} once normalised and would match as {norm!r}"
               in r for r in reasons), reasons
    # Inner symbols stay allowed: "50% deposit" and "401(k" say what they match.
    inner = PACK.replace("keywords: [", 'keywords: ["50% deposit", "401(k", day, ', 1)
    assert rules.load(shipped_dir=make_packs(tmp_path / "ok", pack=inner)).rule_count >= 1


def test_a_list_entry_that_loses_a_symbol_is_reported_at_its_line_once(tmp_path):
    """The error names the list file and the entry's line, once however many rules use it."""
    packs = make_packs(tmp_path)
    (packs / "lists" / "lapse_words.txt").write_text("# words\n失效\n停用\nexpired!\n",
                                                      encoding="utf-8")
    with pytest.raises(rules.PackSetError) as info:
        rules.load(shipped_dir=packs)
    found = [e for e in info.value.errors if "'expired!' loses '!'" in e.reason]
    assert len(found) == 1, info.value.errors
    assert found[0].file.endswith("lapse_words.txt") and found[0].line == 4


def test_two_bad_literals_on_one_line_are_both_reported(tmp_path):
    """Each literal that loses a symbol is named, even when they share the rule's line."""
    packs = make_packs(tmp_path, pack=PACK.replace("keywords: [", 'keywords: ["/day", "/wk", ', 1))
    with pytest.raises(rules.PackSetError) as info:
        rules.load(shipped_dir=packs)
    reasons = " | ".join(e.reason for e in info.value.errors)
    assert "literal '/day' loses '/'" in reasons and "literal '/wk' loses '/'" in reasons, reasons


def test_rejects_keywords_that_start_with_an_at_sign(tmp_path):
    """'@gmail.com' normalises to 'agmailcom' inside the address: an error, in packs and lists."""
    packs = make_packs(tmp_path, pack=PACK.replace("keywords: [", 'keywords: ["@gmail.com", ', 1))
    with pytest.raises(rules.PackSetError) as info:
        rules.load(shipped_dir=packs)
    errors = [e for e in info.value.errors if "'@gmail.com' starts with '@'" in e.reason]
    assert len(errors) == 1 and errors[0].line == 12, info.value.errors
    listed = make_packs(tmp_path / "list")
    (listed / "lists" / "lapse_words.txt").write_text("失效\n@yahoo.com\n", encoding="utf-8")
    with pytest.raises(rules.PackSetError) as info:
        rules.load(shipped_dir=listed)
    assert any("'@yahoo.com' starts with '@'" in e.reason and e.line == 2
               for e in info.value.errors), info.value.errors
    # What to write instead: a regex over the text as received.
    regex = PACK.replace(
        "        - keywords: {list: lapse_words}\n",
        "        - keywords: {list: lapse_words}\n"
        "        - regex: {pattern: '[a-z0-9.]+@gmail\\.', prefilter: [gmail], text: original}\n", 1
    ).replace('hit: ["您的参保账户已失效"]', 'hit: ["您的参保账户已失效 ann@gmail.com"]', 1)
    engine = rules.load(shipped_dir=make_packs(tmp_path / "regex", pack=regex))
    assert engine.screen("", "参保账户已失效, write to ann@gmail.com").action == "tag"
    assert engine.screen("", "参保账户已失效").action == "deliver"


def test_rejects_invalid_yaml_and_duplicate_keys_with_line(tmp_path):
    packs = make_packs(tmp_path, PACK.replace("    group: link\n",
                                              "    group: link\n    group: lure\n"))
    with pytest.raises(rules.PackSetError) as info:
        load_packset(packs)
    assert "duplicate key 'group'" in info.value.errors[0].reason
    assert info.value.errors[0].line == 21


def test_local_overrides_change_scores_disable_rules_and_extend_lists(tmp_path):
    packs = make_packs(tmp_path)
    local = tmp_path / "local"
    (local / "lists").mkdir(parents=True)
    (local / "overrides.yaml").write_text(
        "scores: {LURE_ACCOUNT_LAPSE: 2.5}\ndisable: [LINK_RISKY]\n"
        "status: {LURE_TRIAL: stable}\nthresholds: {tag: 2}\n", encoding="utf-8")
    (local / "lists" / "lapse_words.txt").write_text("冻结\n", encoding="utf-8")
    engine = rules.load(local_dir=local, shipped_dir=packs)
    assert "LINK_RISKY" not in {r.id for r in engine.rules}
    verdict = engine.screen("", "您的参保账户已冻结 www.x.top")
    assert [r.id for r in verdict.rules] == ["LURE_ACCOUNT_LAPSE"]
    assert verdict.score == 2.5 and verdict.action == "tag"
    trial = engine.screen("", "请更新医保凭证")
    assert trial.rules[0].shadow is False


def test_unknown_override_target_is_an_error(tmp_path):
    packs = make_packs(tmp_path)
    local = tmp_path / "local"
    local.mkdir()
    (local / "overrides.yaml").write_text("scores: {NO_SUCH_RULE: 1}\n", encoding="utf-8")
    with pytest.raises(rules.PackSetError) as info:
        rules.load(local_dir=local, shipped_dir=packs)
    assert "unknown rule id NO_SUCH_RULE" in info.value.errors[0].reason


def test_country_override_names_a_preset_and_errors_give_file_and_line(tmp_path):
    packs = make_packs(tmp_path)
    local = tmp_path / "local"
    local.mkdir()
    (local / "overrides.yaml").write_text("country: AU\n", encoding="utf-8")
    engine = rules.load(local_dir=local, shipped_dir=packs)
    assert engine.numbering_plan == "AU"
    assert engine._sender("0491 311 794")[0].cls == "domestic_mobile"
    assert engine._sender("+8613800138000")[0].cls == "international"
    (local / "overrides.yaml").write_text(
        "thresholds: {tag: 2}\ncountry:\n  preset: XX\n", encoding="utf-8")
    with pytest.raises(rules.PackSetError) as info:
        rules.load(local_dir=local, shipped_dir=packs)
    (error,) = info.value.errors
    assert (Path(error.file).name, error.line) == ("overrides.yaml", 3)  # the preset's line
    assert "unknown numbering-plan preset 'XX'" in error.reason
    (local / "overrides.yaml").write_text(
        "country: {preset: SG, by_recipient: yes please, landline: '('}\n", encoding="utf-8")
    with pytest.raises(rules.PackSetError) as info:
        rules.load(local_dir=local, shipped_dir=packs)
    reasons = sorted(e.reason for e in info.value.errors)
    assert reasons[0].startswith("country plan landline pattern is invalid")
    assert reasons[1] == "country: by_recipient must be true or false"
    (local / "overrides.yaml").write_text("country: [SG]\n", encoding="utf-8")
    with pytest.raises(rules.PackSetError) as info:
        rules.load(local_dir=local, shipped_dir=packs)
    assert "country must be a preset's code or a mapping" in info.value.errors[0].reason


def test_by_recipient_classifies_senders_by_the_recipients_plan(tmp_path):
    local = tmp_path / "local"
    local.mkdir()
    body = "【中国建设银行】您的账户存在异常，请及时处理"
    home = shipped()
    (local / "overrides.yaml").write_text("country: {by_recipient: true}\n", encoding="utf-8")
    hub = rules.load(local_dir=local)
    assert (home.numbering_plan, hub.numbering_plan) == ("CN", "CN, by recipient")

    def fired(engine, recipient):
        return {r.id for r in engine.screen("+85291234567", body, recipient).rules}

    # A Hong Kong mobile is foreign to a mainland subscriber, a personal number to a Hong
    # Kong one; without by_recipient every recipient gets the home (mainland) plan.
    assert "SENDER_INTL_DOMESTIC_SIGNATURE" in fired(hub, "+8613800138000")
    assert "SENDER_INTL_DOMESTIC_SIGNATURE" in fired(hub, "13800138000")  # national: home
    assert "SENDER_INTL_DOMESTIC_SIGNATURE" in fired(hub, "+999123")  # no such plan: home
    to_hk = fired(hub, "+852 6123 4567")
    assert "SENDER_INTL_DOMESTIC_SIGNATURE" not in to_hk
    assert "SENDER_PERSONAL_AGENCY_SIGNATURE" in to_hk
    assert fired(home, "+852 6123 4567") == fired(home, "+8613800138000")
    assert "SENDER_INTL_DOMESTIC_SIGNATURE" in fired(home, "+852 6123 4567")
    # The per-plan sender cache keeps the two readings apart.
    assert "SENDER_INTL_DOMESTIC_SIGNATURE" in fired(hub, "+8613800138000")


@pytest.fixture(scope="module")
def home_and_hub(tmp_path_factory):
    """The shipped packs under the home (mainland) plan, and with ``by_recipient``."""
    local = tmp_path_factory.mktemp("hub")
    (local / "overrides.yaml").write_text("country: {by_recipient: true}\n", encoding="utf-8")
    return shipped(), rules.load(local)


def with_overrides(directory: Path, text: str) -> rules.Engine:
    """Load the shipped packs with ``text`` as the deployment's ``overrides.yaml``."""
    (directory / "overrides.yaml").write_text(text, encoding="utf-8")
    return rules.load(directory)


def test_market_conditions_follow_the_plan_in_force(tmp_path, home_and_hub):
    body = "【滙豐】閣下的信用卡月結單已備妥，請登入手機App查閱"
    home, hub = home_and_hub
    hong_kong = with_overrides(tmp_path, "country: HK\n")

    def fired(engine, sender, recipient="", text=body):
        return {r.id for r in engine.screen(sender, text, recipient).rules}

    assert "ALLOW_HK_REGISTERED_SENDER" in fired(hong_kong, "#HSBC")
    assert "ALLOW_HK_REGISTERED_SENDER" in fired(hub, "#HSBC", "+852 6123 4567")
    assert "ALLOW_HK_REGISTERED_SENDER" not in fired(hub, "#HSBC", "+8613800138000")
    assert "ALLOW_HK_REGISTERED_SENDER" not in fired(home, "#HSBC", "+852 6123 4567")
    assert "ALLOW_HK_REGISTERED_SENDER" not in fired(hong_kong, "HSBC")
    # The mainland-only reading of an alphanumeric id signing as a bank.
    boc = "【中國銀行(香港)】您的信用卡月結單已備妥，請登入手機銀行查閱"
    assert "SENDER_ALPHA_ZH_SIGNATURE" in fired(home, "BOCHK", "+852 6123 4567", boc)
    assert "SENDER_ALPHA_ZH_SIGNATURE" in fired(hub, "BOCHK", "+8613800138000", boc)
    assert "SENDER_ALPHA_ZH_SIGNATURE" not in fired(hub, "BOCHK", "+852 6123 4567", boc)
    assert "SENDER_ALPHA_ZH_SIGNATURE" not in fired(hong_kong, "BOCHK", "", boc)


def test_premium_rate_numbers_are_read_by_the_plan_in_force(tmp_path, home_and_hub):
    body = "You have 1 new voicemail waiting. To listen please call 0906 123 4567 now"
    home, hub = home_and_hub
    britain = with_overrides(tmp_path, "country: GB\n")

    def fired(engine, recipient="", text=body):
        return {r.id for r in engine.screen("+447700900123", text, recipient).rules}

    premium = {"PREMIUM_RATE_CALL_PROMPT", "PREMIUM_RATE_LURE"}
    assert premium <= fired(britain)
    assert premium <= fired(hub, "+44 7700 900555")
    # 0906 is a landline area code of the mainland plan (and of most plans): no premium rate.
    assert not premium & fired(home, "+44 7700 900555")
    assert not premium & fired(hub, "+8613800138000")
    # An ordinary London number, and a reference number that is not a phone number.
    assert not premium & fired(britain, text=body.replace("0906 123 4567", "020 7946 0123"))
    assert not premium & fired(britain, text="Call us about ref 90612345678 on 0300 123 4567")
    verdict = britain.screen("+447700900123", body)
    (prompt,) = [r for r in verdict.rules if r.id == "PREMIUM_RATE_CALL_PROMPT"]
    assert [body[s:e] for f, s, e in prompt.spans if f == "body" and body[s].isdigit()] == [
        "0906 123 4567"]
    assert verdict.action == "quarantine"
    # An operator's own premium range, and a bad one rejected with the file and line.
    own = with_overrides(tmp_path, "country: {preset: CN, premium_rate: '^160\\d{7}$'}\n")
    assert premium <= fired(own, text="您有一条语音留言 voicemail, call 0160 123 4567 now")
    (tmp_path / "overrides.yaml").write_text(
        "country:\n  preset: GB\n  premium_rate: '(9'\n", encoding="utf-8")
    with pytest.raises(rules.PackSetError) as info:
        rules.load(tmp_path)
    (error,) = info.value.errors
    assert Path(error.file).name == "overrides.yaml" and error.line >= 1
    assert error.reason.startswith("country plan premium_rate pattern is invalid")


ORIGINAL_TEXT_RULE = """\
  - id: PRICE_PER_MESSAGE
    title: price per message
    description: small print read in the text as received
    group: lure
    score: 3
    status: stable
    tags: []
    match:
      regex:
        pattern: '[£$€]\\d+(\\.\\d\\d)?/MSG'
        prefilter: [msg]
        text: original
    examples:
      hit: ["Win a prize! £1.50/msg, reply STOP to end"]
      miss: ["Win a prize! 150 msg bundle"]
"""


def test_a_regex_can_read_the_text_as_received(tmp_path):
    packs = make_packs(tmp_path, PACK + ORIGINAL_TEXT_RULE)
    engine = rules.load(shipped_dir=packs)
    body = "Ｗｉｎ！ Text WIN now, £1.50/msg, 16+"
    # The normalised text has lost the currency sign and the slash ("150msg"): the pattern
    # reads the original, case-insensitively, and its span points into it.
    (rule,) = [r for r in engine.screen("+447700900123", body).rules if r.id == "PRICE_PER_MESSAGE"]
    assert [body[s:e] for f, s, e in rule.spans] == ["£1.50/msg"]
    assert not engine.screen("+447700900123", "Text WIN now, 1.50 msg").rules
    bad = ORIGINAL_TEXT_RULE.replace("text: original", "text: raw")
    with pytest.raises(rules.PackSetError) as info:
        rules.load(shipped_dir=make_packs(tmp_path / "bad", PACK + bad))
    assert any("text" in e.reason for e in info.value.errors)


def test_shipped_pack_directory_is_the_default():
    assert (SHIPPED_DIR / "settings.yaml").is_file()


def test_copy_of_shipped_packs_with_a_broken_file_is_rejected_whole(tmp_path):
    copy = tmp_path / "packs"
    shutil.copytree(SHIPPED_DIR, copy)
    target = sorted(p for p in copy.glob("*.yaml") if p.name != "settings.yaml")[0]
    target.write_text(target.read_text(encoding="utf-8") + "\n  - id: broken\n",
                      encoding="utf-8")
    with pytest.raises(rules.PackSetError):
        rules.load(shipped_dir=copy)


EVASION_RULE = """\
  - id: EVASIVE_SPELLING
    title: evasive spelling
    description: a literal spelled with a stand-in
    group: lure
    score: 1
    status: stable
    tags: []
    match: {evasion: spelling}
    examples:
      hit: ["您的参保帐扈已失效"]
      miss: ["您的参保账户已失效"]
"""


def _variant_packs(tmp_path: Path) -> Path:
    settings = SETTINGS + "spelling_variants: variants\n"
    packs = make_packs(tmp_path, PACK + EVASION_RULE, settings)
    (packs / "lists" / "variants.txt").write_text(
        "# char, then stand-ins\n户 扈 hu\n效 xiao\n保 宝\n", encoding="utf-8")
    return packs


def test_spelling_variants_match_for_the_literal_and_for_evasion(tmp_path):
    engine = rules.load(shipped_dir=_variant_packs(tmp_path))
    assert engine.variant_count > 0
    for body in ("您的参保账扈已失效", "您的参保账hu已失效", "您的参宝账户已失效",
                 "您的参保账户已失xiao"):
        verdict = engine.screen("", body)
        fired = {r.id for r in verdict.rules}
        assert fired == {"LURE_ACCOUNT_LAPSE", "EVASIVE_SPELLING"}, body
        (rule,) = [r for r in verdict.rules if r.id == "EVASIVE_SPELLING"]
        assert [body[s:e] for _, s, e in rule.spans] != []
    plain = engine.screen("", "您的参保账户已失效")
    assert {r.id for r in plain.rules} == {"LURE_ACCOUNT_LAPSE"}


def test_spelling_variants_take_one_substitution_and_leave_literals_alone(tmp_path):
    engine = rules.load(shipped_dir=_variant_packs(tmp_path))
    # two stand-ins in one word are not generated
    assert {r.id for r in engine.screen("", "您的参宝账扈已失效").rules} == set()
    # "失效" is itself a literal; "失xiao" is a variant of it, "xiao" alone is not (no Han left)
    assert {r.id for r in engine.screen("", "xiao").rules} == set()


def test_spelling_variants_list_must_exist(tmp_path):
    packs = make_packs(tmp_path, PACK, SETTINGS + "spelling_variants: nowhere\n")
    with pytest.raises(rules.PackSetError, match="spelling_variants names list 'nowhere'"):
        rules.load(shipped_dir=packs)


def test_two_character_literals_take_latin_stand_ins_or_whole_word_lines(tmp_path):
    pack = PACK.replace("keywords: [参保账户, medical account]",
                        "keywords: [医保, medical account]")
    pack = pack.replace('hit: ["您的参保账户已失效"]', 'hit: ["您的医保已失效"]')
    pack = pack.replace('miss: ["参保账户余额查询"]', 'miss: ["医保余额查询"]')
    evasion = EVASION_RULE.replace("您的参保帐扈已失效", "您的医宝已失效").replace(
        "您的参保账户已失效", "您的医保已失效")
    packs = make_packs(tmp_path, pack + evasion, SETTINGS + "spelling_variants: variants\n")
    (packs / "lists" / "variants.txt").write_text("保 宝 bao\n医 衣\n医保 医宝\n", encoding="utf-8")
    engine = rules.load(shipped_dir=packs)
    fired = {r.id for r in engine.screen("", "您的医bao已失效").rules}
    assert fired == {"LURE_ACCOUNT_LAPSE", "EVASIVE_SPELLING"}  # Latin stand-in
    fired = {r.id for r in engine.screen("", "您的医宝已失效").rules}
    assert fired == {"LURE_ACCOUNT_LAPSE", "EVASIVE_SPELLING"}  # whole-word line
    assert {r.id for r in engine.screen("", "您的衣保已失效").rules} == set()  # 衣: no word line


QUOTE_RULES = """\
  - id: QUOTED_SCAM
    title: quoted scam
    description: commentary around a quoted lure
    group: allow
    score: -6
    status: stable
    tags: []
    match: {quote: {commentary: [lol, 是假的]}}
    examples:
      hit: ["lol got this 'your medical account expired, renew at www.k**y.show'"]
      miss: ["your medical account expired, renew at www.k**y.show lol"]
  - id: DISOWNED
    title: disowned links
    description: a warning that calls its sample link fake
    group: allow
    score: -6
    status: stable
    tags: []
    match: {url: disowned}
    examples:
      hit: ["链接如 yb-gov.top 为仿冒网站"]
      miss: ["请登录 yb-gov.top 认证"]
  - id: OWN_DOMAIN
    title: own domain
    description: every unlisted link on the claimed name's own domain
    group: allow
    score: -6
    status: stable
    tags: []
    match: {url: claimed_own}
    examples:
      hit: ["Larkspur: your password was changed, if not you reset it at larkspur.co.uk"]
      miss: ["Larkspur: your password was changed, reset it at larkspur-help.com"]
  - id: PAYEE
    title: payee
    description: an official domain written as a payment's payee
    group: allow
    score: -6
    status: stable
    tags: []
    match: {url: payee}
    examples:
      hit: ["Card ending 4471 charged CNY 2,399.00 at SHOP.GOV.CN"]
      miss: ["Pay the fee at pay.gov.cn"]
  - id: HYPHENATED
    title: hyphenated host
    description: an unlisted host named by words joined by hyphens
    group: link
    score: 2
    status: stable
    tags: []
    match: {url: hyphenated_host}
    examples:
      hit: ["Confirm your card at mortgage-holiday-uk.com/confirm"]
      miss: ["Table booked, details at opentable.co.uk/r/9"]
"""


def _quote_rules_fired(tmp_path: Path, sender: str) -> Callable[[str], set[str]]:
    engine = rules.load(shipped_dir=make_packs(tmp_path, PACK + QUOTE_RULES))
    return lambda body: {r.id for r in engine.screen(sender, body).rules}


def test_quote_condition_reads_commentary_outside_the_quotes_only(tmp_path):
    fired = _quote_rules_fired(tmp_path, "+8613800138000")

    assert "QUOTED_SCAM" in fired("又来了 “您的参保账户已失效，请登录 www.yb-gov.top 认证” 是假的")
    assert "QUOTED_SCAM" in fired('lol "your medical account expired, renew at yb.top now"')
    # the commentary word inside the quotes does not count
    assert "QUOTED_SCAM" not in fired("看看 “您的参保账户已失效，是假的请登录 www.yb-gov.top 认证”")
    # an unlisted link outside the quotes is the message's own call to action
    assert "QUOTED_SCAM" not in fired("“您的参保账户已失效，请尽快认证” 是假的 www.yb-gov.top")
    # quotes shorter than 15 characters are names, not a quoted message
    assert "QUOTED_SCAM" not in fired("请下载“国家反诈中心”APP 是假的")


def test_disowned_links_need_every_unlisted_link_called_fake(tmp_path):
    fired = _quote_rules_fired(tmp_path, "95588")

    assert "DISOWNED" in fired("近期有人发送短信，链接如 jtwf-12123.top 为仿冒网站，请勿点击")
    assert "DISOWNED" in fired("Texts with links like usps-help.top are fake, do not click")
    assert "DISOWNED" in fired("要求客户登录 cmb-tie.top 等网站，请勿相信")
    assert "DISOWNED" not in fired("链接如 a-b.top 为仿冒网站，请登录 c-d.top 认证")
    assert "DISOWNED" not in fired("请登录 cmb-tie.top 认证")
    # traditional Chinese and Cantonese wording
    assert "DISOWNED" in fired("連結如 hk-post.top 係假嘅，切勿點擊")
    assert "DISOWNED" in fired("有人發送 hk-post.top 等網站，請勿點擊")
    # "suspected fake": an anti-fraud centre's warning about the page being visited
    assert "DISOWNED" in fired("您正在访问的网址 bn-anquan.top 疑似仿冒网站，请勿输入账号密码")
    assert "DISOWNED" not in fired("您的账户疑似异常，请登录 bn-anquan.top 核实")


def test_disowned_links_include_the_fraudsters_reported_ask(tmp_path):
    fired = _quote_rules_fired(tmp_path, "95588")

    assert "DISOWNED" in fired(
        "近日有騙徒冒充速遞公司發短訊，聲稱包裹地址有誤，要求點擊 hk-parcel.com 繳付附加費。")
    assert "DISOWNED" in fired(
        "有家長收到自稱教育局嘅電話，話可以申請津貼，要家長喺 edb-aid.com 輸入銀行資料。")
    assert "DISOWNED" in fired(
        "Scammers are sending texts asking you to pay a fee at royalmail-fee.com. Report to 7726.")
    # the writer's own ask, or a first person, between the reported ask and the link
    assert "DISOWNED" not in fired("有不法分子冒充我行，我行要求客户登录 icbc-safe.top 完成认证")
    assert "DISOWNED" not in fired("有骗子冒充客服要求退款，请您立即登录 refund-safe.top 核实")
    assert "DISOWNED" not in fired(
        "Scammers are active this week, we ask you to verify your account at bank-safe.top")
    # the sending itself is what the warning reports
    assert "DISOWNED" in fired(
        "近日有騙徒冒充管理公司，發送「管理費即日繳交可享9折」連結 mgmt-fee.com，請勿點擊。")
    assert "DISOWNED" not in fired("骗子很多，我司发送的官方链接为 icbc-safe.top")
    # a reported ask in an earlier sentence does not reach the link
    assert "DISOWNED" not in fired("骗子会要求你转账。您的账户已冻结，登录 bank-safe.top 解冻")


def test_claimed_own_domain_needs_every_unlisted_link_on_the_claimed_name(tmp_path):
    fired = _quote_rules_fired(tmp_path, "Larkspur")

    assert "OWN_DOMAIN" in fired("Larkspur: password changed. Not you? Reset at larkspur.co.uk/r")
    # the name from the sender id alone
    assert "OWN_DOMAIN" in fired("Password changed. Not you? Reset at larkspur.com/reset")
    assert "OWN_DOMAIN" not in fired("Larkspur: reset at larkspur.top/reset")  # risky TLD
    assert "OWN_DOMAIN" not in fired("Larkspur: reset at larkspur-secure.com/reset")
    assert "OWN_DOMAIN" not in fired("Larkspur: reset at larkspur.com or larkspur-help.com")
    assert "OWN_DOMAIN" not in fired("Larkspur: reset at bit.ly/3xYz12")
    # a dotted name written with hyphens is not the name's own domain
    dotted = _quote_rules_fired(tmp_path / "d", "gov.sg")
    assert "OWN_DOMAIN" not in dotted("gov.sg: a voucher top-up, redeem at vouchers.gov-sg.app")
    assert "OWN_DOMAIN" in fired("Larkspur: reset at lark-spur.com/reset")
    # a claimed name comes from a sender id or a Latin header, not from any word of the body
    assert "OWN_DOMAIN" not in _quote_rules_fired(tmp_path / "p", "+447700900123")(
        "your larkspur password changed, reset at larkspur.com")


def test_payee_is_an_official_domain_named_as_the_payee_of_a_payment(tmp_path):
    fired = _quote_rules_fired(tmp_path, "+447418820935")

    assert "PAYEE" in fired("A payment of £1,249.00 to SHOP.GOV.CN is pending")  # capitals
    assert "PAYEE" in fired("A payment of $749.99 to Shop.gov.cn has been authorised")
    assert "PAYEE" in fired("您尾号4471的卡在 SHOP.GOV.CN 消费2399元")
    # a link the reader is sent to, however the message reads
    assert "PAYEE" not in fired("A payment of £35 is due. Pay at pay.gov.cn")
    assert "PAYEE" not in fired("Transaction declined. Log in to shop.gov.cn to check")
    assert "PAYEE" not in fired("Payment of £12 to https://shop.gov.cn/pay")
    assert "PAYEE" not in fired("Payment of £12 to www.shop.gov.cn")
    assert "PAYEE" not in fired("Your refund is ready at shop.gov.cn")  # no purchase word
    # an unlisted domain is never a payee
    assert "PAYEE" not in fired("Charged £99 at SHOP-GOV.TOP")


# The spaced-writing search starts where two spaced units stand in a row, and finds exactly
# what the search over the whole body finds.
_SPACED_ALPHABET = "生育补贴已到账 \u3000.-·0123456789ab，"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_SPACED_ALPHABET, max_size=40))
def test_spaced_search_from_its_start_finds_what_a_full_search_finds(text: str) -> None:
    start = engine_module._SPACED_START.search(text)
    quick = start is not None and engine_module._SPACED.search(text, start.start()) is not None
    assert quick == (engine_module._SPACED.search(text) is not None)


def test_spaced_words_and_digits_are_evasion(tmp_path: Path) -> None:
    rule = EVASION_RULE.replace("EVASIVE_SPELLING", "EVASIVE_SPACING").replace(
        "evasion: spelling", "evasion: spacing").replace(
        '["您的参保帐扈已失效"]', '["生 育 补 贴 已 到 账"]')
    engine = rules.load(shipped_dir=make_packs(tmp_path, PACK + rule))
    for text in ("生 育 补 贴 已 到 账", "客服 3 3 8 . 0 2 1 . 7 7 5", "回电 0 2 0 - 3 8 2 2 1 6",
                 "ok 生　育　补　贴　金"):
        assert "EVASIVE_SPACING" in {r.id for r in engine.screen("", text).rules}, text
    for text in ("生育补贴 已到账", "2024 年 6 月 3 日", "code 1 2 3", "生 育 补 贴"):
        assert "EVASIVE_SPACING" not in {r.id for r in engine.screen("", text).rules}, text


def test_quoted_phrases_in_a_row_make_one_passage() -> None:
    quoted = engine_module.quoted_segments
    body = '提醒："积分兑换现金""老客户送礼只付运费""百万保障扣费需关闭"均为常见诈骗套路'
    (segment,) = quoted(body)
    assert body[segment[0]:segment[1]].startswith("积分兑换现金")
    assert body[segment[0]:segment[1]].endswith("百万保障扣费需关闭")
    body = 'texts like "your parcel is held", "pay the fee" and "verify now" are scams'
    assert [body[s:e] for s, e in quoted(body)] == [
        "your parcel is held", 'pay the fee" and "verify now']
    # too short together, or apart from each other
    assert quoted('“积分清零”、“运费险”') == []
    assert quoted('He said "hi", then "ok" and "bye bye"') == []


def test_hyphenated_host_is_an_unlisted_registered_name_of_hyphenated_words(tmp_path):
    fired = _quote_rules_fired(tmp_path, "+447418820935")

    assert "HYPHENATED" in fired("Confirm your card at mortgage-holiday-uk.com/confirm")
    # the registered name counts, not the sub-domains in front of it
    assert "HYPHENATED" in fired("Redelivery fee due: royalmail.parcel-redeliver.info")
    assert "HYPHENATED" in fired("请在 kd-dizhi-update.cn 补充地址")
    assert "HYPHENATED" not in fired("Your photos: my-photos.dropbox.com/s/1")
    assert "HYPHENATED" not in fired("Book at pawfectgrooming.co.uk")
    assert "HYPHENATED" not in fired("Rates at a-b.com today")  # under five letters
    assert "HYPHENATED" not in fired("Server at 10-0-0-1.com is down")  # no letter run
    # an allow-listed domain is never flagged, however it is named
    assert "HYPHENATED" not in fired("Pay the fee at pay-online.gov.cn")


WORD_RULE = """\
  - id: CODE_SENT_BACK
    title: a code asked back
    description: a regex over the normalised body, whose words stand as words
    group: lure
    score: 3
    status: stable
    tags: []
    match:
      regex:
        pattern: 'code[a-z]{0,40}sendittome|sendittome|(^|[^0-9])400[0-9]{7}|tel[a-z]{0,20}[0-9]{8}'
        prefilter: [code, tel, '400']
    examples:
      hit: ["Got the codes? Send it to me now"]
      miss: ["What's the postcode for the venue? Send it to me when you can"]
"""


@pytest.mark.parametrize(("body", "fires"), [
    # the prefilter is a stem that begins a word: "codes" opens the gate, "postcode" does not
    ("Got the codes? Send it to me now", True),
    ("What's the postcode for the venue? Send it to me when you can", False),
    ("Booked the hotpot place. Send it to me later", False),
    # a match that begins inside a word is passed over ("tel" in "hotel"), one at a word
    # start found further on
    ("Your hotel order 11392085 is confirmed", False),
    ("hotel booked, tel 55501234", True),
    # a pattern's leading character class reads the end of the word before ("call 400…")
    ("call 4001234567 now", True),
    ("call4001234567", False),
])
def test_regex_words_stand_as_words(tmp_path, body, fires):
    engine = rules.load(shipped_dir=make_packs(tmp_path, PACK + WORD_RULE))
    fired = [r.id for r in engine.screen("+447700900123", body).rules]
    assert fired == (["CODE_SENT_BACK"] if fires else [])


AT_LEAST_PACK = textwrap.dedent("""\
    pack: {name: extra, version: "1", description: more}
    rules:
      - id: INVEST_GROUP_SCRIPT
        title: two of the script's marks
        description: a teacher, a pick's gain, seats in a plan
        group: lure
        score: 4
        status: stable
        tags: []
        match:
          at_least:
            count: 2
            of:
              - keywords: [teacher, mentor]
              - keywords: [free pick, today's pick]
              - keywords: [vip plan, seats left]
        examples:
          hit:
            - "Teacher's free pick closed +8% today"
            - "VIP plan opens at 9pm, 3 seats left, ask your mentor"
          miss:
            - "The teacher said the school trip is on Friday"
            - "VIP plan: free delivery on every order"
    """)


def test_at_least_holds_from_its_count_and_marks_what_it_read(tmp_path):
    """``at_least``: two of three keyword lists fire the rule, one does not; spans show both."""
    packs = make_packs(tmp_path)
    (packs / "extra.yaml").write_text(AT_LEAST_PACK, encoding="utf-8")
    engine = rules.load(shipped_dir=packs)
    verdict = engine.screen("+8613800138000", "Your mentor's free pick is up 8% this morning")
    assert verdict.action == "tag"
    fired = {r.id: r for r in verdict.rules}
    assert "INVEST_GROUP_SCRIPT" in fired
    body = "Your mentor's free pick is up 8% this morning"
    marked = {body[start:end].lower() for _, start, end in fired["INVEST_GROUP_SCRIPT"].spans}
    assert marked == {"mentor", "free pick"}
    assert "INVEST_GROUP_SCRIPT" not in {
        r.id for r in engine.screen("+8613800138000", "Your mentor is off sick today").rules}


def test_at_least_rejects_a_count_above_its_conditions_with_the_line(tmp_path):
    """A count no message could reach is an error, with the file and the line of the count."""
    packs = make_packs(tmp_path)
    (packs / "extra.yaml").write_text(AT_LEAST_PACK.replace("count: 2", "count: 4"),
                                      encoding="utf-8")
    with pytest.raises(rules.PackSetError) as info:
        rules.load(shipped_dir=packs)
    assert any("at_least count 4 is more than its 3 conditions" in e.reason and e.line == 12
               and e.file.endswith("extra.yaml") for e in info.value.errors), info.value.errors
    (packs / "extra.yaml").write_text(AT_LEAST_PACK.replace("count: 2", "count: 0"),
                                      encoding="utf-8")
    with pytest.raises(rules.PackSetError) as info:
        rules.load(shipped_dir=packs)
    assert any("count" in e.reason for e in info.value.errors), info.value.errors


def test_keywords_from_several_lists_read_as_any_of_them(tmp_path):
    """``keywords: {lists: [a, b]}`` is ``any`` of ``{keywords: {list: a}}`` and ``{list: b}``."""
    pack = PACK.replace("        - keywords: {list: lapse_words}\n",
                        "        - keywords: {list: lapse_words}\n"
                        "        - not:\n"
                        "            keywords: {lists: [short, block]}\n")
    packs = make_packs(tmp_path, pack=pack)
    engine = rules.load(shipped_dir=packs)
    fired = [r.id for r in engine.screen("13800138000", "您的参保账户已失效").rules]
    assert "LURE_ACCOUNT_LAPSE" in fired
    for either in ("您的参保账户已失效 bit.ly", "您的参保账户已失效 evil.example"):
        fired = [r.id for r in engine.screen("13800138000", either).rules]
        assert "LURE_ACCOUNT_LAPSE" not in fired
    # An unknown name among the lists is reported at its rule, as {list: ...} is.
    bad = make_packs(tmp_path / "bad", pack=pack.replace("[short, block]", "[short, no_such_list]"))
    with pytest.raises(rules.PackSetError) as info:
        rules.load(shipped_dir=bad)
    assert any("no_such_list" in e.reason for e in info.value.errors)
    # One list, or the same list twice, is not a union: the schema wants two names or more.
    for lists in ("[short]", "[short, short]"):
        one = make_packs(tmp_path / lists.strip("[]").replace(", ", "_"),
                         pack=pack.replace("[short, block]", lists))
        with pytest.raises(rules.PackSetError):
            rules.load(shipped_dir=one)
