from pathlib import Path

import pytest
import yaml

from rules.plans import country_plan, presets
from rules.senders import (
    SENDER_CLASSES,
    CountryPlan,
    SenderClassifier,
    extract_signature,
    find_numbers,
)

SETTINGS = Path(__file__).resolve().parents[3] / "rules" / "packs" / "settings.yaml"


@pytest.fixture(scope="module")
def classifier() -> SenderClassifier:
    country = yaml.safe_load(SETTINGS.read_text(encoding="utf-8"))["country"]
    return SenderClassifier(country_plan(country))


PRESET_EXAMPLES = [
    pytest.param(code, number, cls, id=f"{code}-{number}")
    for code, plan in presets().items()
    for number, cls in plan["examples"].items()
]


@pytest.mark.parametrize(("code", "number", "cls"), PRESET_EXAMPLES)
def test_every_preset_classifies_its_examples(code: str, number: str, cls: str) -> None:
    classifier = SenderClassifier(country_plan({"preset": code}))
    assert classifier.classify_number(number) == cls
    if cls != "premium_rate":  # read in bodies only
        assert classifier.classify(number).cls == cls


def test_every_preset_has_examples_of_its_own_mobiles_and_of_abroad() -> None:
    for code, plan in presets().items():
        classes = set(plan["examples"].values())
        assert {"domestic_mobile", "international"} <= classes, code
    assert len({p["calling_code"] for p in presets().values()}) == len(presets())


def test_a_preset_number_is_foreign_under_every_other_plan() -> None:
    # Each plan's own mobile is "international" to the others: calling codes don't collide.
    plans = {code: SenderClassifier(country_plan({"preset": code})) for code in presets()}
    for code, plan in presets().items():
        e164 = next(n for n, c in plan["examples"].items()
                    if c == "domestic_mobile" and n.lstrip().startswith("+"))
        for other, classifier in plans.items():
            expected = "domestic_mobile" if other == code else "international"
            assert classifier.classify(e164).cls == expected, (code, other, e164)


def test_keys_next_to_a_preset_override_it() -> None:
    plan = country_plan({"preset": "sg", "short_code": r"^7\d{4}$", "by_recipient": True})
    assert (plan.code, plan.calling_code, plan.short_code) == ("SG", "65", r"^7\d{4}$")
    assert plan.international_prefixes[0] in {"000", "001", "002", "008", "018", "019"}
    assert SenderClassifier(plan).classify("019 86 13800138000").cls == "international"
    with pytest.raises(ValueError, match="unknown numbering-plan preset 'XX'"):
        country_plan({"preset": "XX"})
    with pytest.raises(ValueError, match="missing"):
        country_plan({"calling_code": "65"})


@pytest.mark.parametrize(
    ("sender", "canonical", "national", "cls"),
    [
        ("+614913117945", "+614913117945", "", "international"),
        ("0061 491 311 7945", "+614913117945", "", "international"),
        ("008210 1234 5678", "+821012345678", "", "international"),
        ("+1 (650) 253-0000", "+16502530000", "", "international"),
        ("+86 138-0013-8000", "+8613800138000", "13800138000", "domestic_mobile"),
        ("13800138000", "+8613800138000", "13800138000", "domestic_mobile"),
        ("0086 13800138000", "+8613800138000", "13800138000", "domestic_mobile"),
        ("8613800138000", "+8613800138000", "13800138000", "domestic_mobile"),
        ("１３８００１３８０００", "+8613800138000", "13800138000", "domestic_mobile"),
        ("＋８６ １３８ ００１３ ８０００", "+8613800138000", "13800138000", "domestic_mobile"),
        ("010-12345678", "+861012345678", "1012345678", "domestic_landline"),
        ("(0731) 8888 1234", "+8673188881234", "73188881234", "domestic_landline"),
        ("+86 10 1234 5678", "+861012345678", "1012345678", "domestic_landline"),
        ("106901234567", "106901234567", "106901234567", "short_code"),
        ("95588", "95588", "95588", "short_code"),
        ("12315", "12315", "12315", "short_code"),
        ("+8695588", "95588", "95588", "short_code"),
        ("ICBC", "icbc", "", "alphanumeric"),
        ("Bank of China", "bankofchina", "", "alphanumeric"),
        ("renew7731@smsmail.cc", "renew7731@smsmail.cc", "", "email"),
        (" KX8821@Txt-Mail.NET ", "kx8821@txt-mail.net", "", "email"),
        ("alerts@mail.example.co.uk", "alerts@mail.example.co.uk", "", "email"),
        ("ｔｏｌｌ＠ｍａｉｌ．ｃｏｍ", "toll@mail.com", "", "email"),
        # Not addresses: an id with an '@' but no dotted domain, a domain ending in digits.
        ("Shop@Home", "shop@home", "", "alphanumeric"),
        ("a@b.12", "a@b.12", "", "alphanumeric"),
        ("", "", "", "unknown"),
        (None, "", "", "unknown"),
        ("+", "+", "", "unknown"),
        ("1234", "1234", "1234", "unknown"),
    ],
)
def test_classify(classifier: SenderClassifier, sender: str | None, canonical: str,
                  national: str, cls: str) -> None:
    info = classifier.classify(sender)
    assert (info.canonical, info.national, info.cls) == (canonical, national, cls)
    assert info.raw == (sender or "")
    assert info.cls in SENDER_CLASSES


def test_classify_is_cached(classifier: SenderClassifier) -> None:
    assert classifier.classify("95588") is classifier.classify("95588")


def test_country_plan_validation() -> None:
    base = {"code": "cn", "calling_code": "+86", "mobile": r"^1\d{10}$",
            "landline": r"^\d{9,11}$", "short_code": r"^9\d{4}$"}
    plan = CountryPlan.from_mapping(base)
    assert (plan.code, plan.calling_code, plan.trunk_prefix, plan.international_prefix) == (
        "CN", "86", "", "00")
    with pytest.raises(ValueError, match="missing"):
        CountryPlan.from_mapping({k: v for k, v in base.items() if k != "mobile"})
    with pytest.raises(ValueError, match="invalid"):
        CountryPlan.from_mapping({**base, "mobile": "("})
    with pytest.raises(ValueError, match="digits"):
        CountryPlan.from_mapping({**base, "calling_code": "x"})
    with pytest.raises(ValueError, match="international_prefix '0x'"):
        CountryPlan.from_mapping({**base, "international_prefix": ["00", "0x"]})


def test_other_plan() -> None:
    plan = CountryPlan.from_mapping({
        "code": "AU", "calling_code": "61", "trunk_prefix": "0", "international_prefix": "0011",
        "mobile": r"^4\d{8}$", "landline": r"^[2378]\d{8}$", "short_code": r"^1\d{3,7}$"})
    sc = SenderClassifier(plan)
    assert sc.classify("+614913117945").cls == "unknown"  # 10 digits after 61: not a mobile
    assert sc.classify("0491 311 794").canonical == "+61491311794"
    assert sc.classify("0491 311 794").cls == "domestic_mobile"
    assert sc.classify("0011 86 138 0013 8000").cls == "international"
    assert sc.classify("+8613800138000").canonical == "+8613800138000"


# --------------------------------------------------------------------------- signatures


@pytest.mark.parametrize(
    ("body", "text", "position"),
    [
        ("【中国工商银行】您的账户存在异常", "中国工商银行", "start"),
        ("您的账户存在异常【中国工商银行】", "中国工商银行", "end"),
        ("  〖湖南省医  保局〗您的参保账户已失效  ", "湖南省医  保局", "start"),
        ("您的参保账户已失效〖湖南省医保局〗 \n", "湖南省医保局", "end"),
        ("[ICBC] your card is locked", "ICBC", "start"),
        ("［工行］您的卡已冻结", "工行", "start"),
        ("(ICBC) your card is locked", "ICBC", "start"),
        ("您的卡已冻结（工商银行）", "工商银行", "end"),
        ("【 ICBC 】 hi", "ICBC", "start"),
        ("【A】中间【B】", "A", "start"),
    ],
)
def test_signature(body: str, text: str, position: str) -> None:
    sig = extract_signature(body)
    assert sig is not None
    assert (sig.text, sig.position) == (text, position)
    assert body[sig.start:sig.end] == sig.text


@pytest.mark.parametrize(
    "body",
    [
        "您好【工行】请回复",
        "your card (ICBC) is locked",
        "reply STOP (to opt out)",
        "【】您好",
        "【" + "长" * 25 + "】您好",
        "【未闭合 您好",
        "您好 未打开】",
        "",
        "   ",
        "【第一行\n第二行】您好",
    ],
)
def test_no_signature(body: str) -> None:
    assert extract_signature(body) is None


def test_signature_max_length() -> None:
    sig = extract_signature("【" + "长" * 24 + "】您好")
    assert sig is not None and len(sig.text) == 24


def test_numbers_in_a_body_are_found_as_written():
    body = ("Call 0906 123 4567 or +44 (0)20 7946 0000, ref 12-34, code 482917, "
            "£1000 prize, Box97N7QP, ＋４４ ７７００ ９００１２３")
    found = [body[s:e] for s, e, _ in find_numbers(body)]
    assert found == ["0906 123 4567", "+44 (0)20 7946 0000", "482917",
                     "＋４４ ７７００ ９００１２３"]
    assert all(text == body[s:e] for s, e, text in find_numbers(body))
    assert find_numbers("no digits here, 12345 is too short") == []


def test_body_numbers_are_classed_by_the_plan_premium_rate_first():
    gb = SenderClassifier(country_plan({"preset": "GB"}))
    us = SenderClassifier(country_plan({"preset": "US"}))
    cn = SenderClassifier(country_plan({"preset": "CN"}))
    assert gb.classify_number("09061 234567") == "premium_rate"
    assert gb.classify_number("+44 906 123 4567") == "premium_rate"
    assert gb.classify_number("0191 234 5678") == "domestic_landline"  # Newcastle
    assert gb.classify_number("07700 900123") == "domestic_mobile"
    assert gb.classify_number("+1 900 555 0142") == "international"
    # A 900 number has the shape of a personal number: premium rate wins.
    assert us.classify("1-900-555-0142").cls == "domestic_mobile"
    assert us.classify_number("1-900-555-0142") == "premium_rate"
    assert cn.classify_number("0906 123 4567") == "domestic_landline"
    assert cn.classify_number("ABC123") == "unknown"
    # A word written as a digit after the number is not part of it.
    assert gb.read_number("0909 879 0174 2") == ("premium_rate", 13)
    assert gb.read_number("12 3") == ("unknown", 4)
    assert CountryPlan.from_mapping({"code": "XX", "calling_code": "99", "mobile": "^7$",
                                     "landline": "^2$", "short_code": "^1$"}).premium_rate == ""
    with pytest.raises(ValueError, match="premium_rate pattern is invalid"):
        CountryPlan.from_mapping({"code": "XX", "calling_code": "99", "mobile": "^7$",
                                  "landline": "^2$", "short_code": "^1$", "premium_rate": "("})
