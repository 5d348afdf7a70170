import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rules.urls import (
    _SEED_RE,
    DomainSet,
    LookalikeDetector,
    PublicSuffixList,
    Url,
    _Extractor,
    _plain_number_at,
    _scan,
    carries_claimed_name,
    claimed_names,
    default_psl,
    drop_named_domains,
    extract_urls,
    has_url_hint,
    skeleton,
)


def one(text: str) -> Url:
    urls = extract_urls(text)
    assert len(urls) == 1, (text, urls)
    url = urls[0]
    assert text[url.start:url.end] == url.raw
    return url


# --------------------------------------------------------------------------- extraction


@pytest.mark.parametrize(
    ("text", "raw", "host"),
    [
        ("请打开 www.k**y.show 更新医保凭证", "www.k**y.show", "www.k**y.show"),
        ("〖湖南省医保局〗请打开 k**y.show 更新", "k**y.show", "k**y.show"),
        ("官网 http://ybj.hunan.gov.cn/ 查询", "http://ybj.hunan.gov.cn/", "ybj.hunan.gov.cn"),
        ("请登录nhsa． gov． cn办理", "nhsa． gov． cn", "nhsa.gov.cn"),
        ("请登录www.abc.top更新", "www.abc.top", "www.abc.top"),
        ("https://abc.top/login?id=1 now", "https://abc.top/login?id=1", "abc.top"),
        ("visit hxxp://evil[.]top/login now", "hxxp://evil[.]top/login", "evil.top"),
        ("hxxps[:]//evil.top/a", "hxxps[:]//evil.top/a", "evil.top"),
        ("点击www[.]x[.]top领取", "www[.]x[.]top", "www.x.top"),
        ("点击ｗｗｗ．ｘ．ｔｏｐ领取", "ｗｗｗ．ｘ．ｔｏｐ", "www.x.top"),
        ("go to www . abc . top now", "www . abc . top", "www.abc.top"),
        ("open http://45.12.3.9/x today", "http://45.12.3.9/x", "45.12.3.9"),
        ("短链 t.cn/A6x9 点击", "t.cn/A6x9", "t.cn"),
        ("abc.top/x", "abc.top/x", "abc.top"),
        ("官网nhsa.gov.cn查询", "nhsa.gov.cn", "nhsa.gov.cn"),
        ("abc dot top", "abc dot top", "abc.top"),
        ("abc[dot]top", "abc[dot]top", "abc.top"),
        ("登录abc。top", "abc。top", "abc.top"),
        ("via i-am\u2024hk-gov\u2024cc", "i-am\u2024hk-gov\u2024cc", "i-am.hk-gov.cc"),
        ("go to abc\ufe52top now", "abc\ufe52top", "abc.top"),
        ("HTTPS://WWW.ABC.TOP/X", "HTTPS://WWW.ABC.TOP/X", "www.abc.top"),
        ("Visit abc.com. Call now", "abc.com", "abc.com"),
        ("Visit www.abc.com. Call now", "www.abc.com", "www.abc.com"),
        ("url (https://abc.com/x).", "https://abc.com/x", "abc.com"),
        ("login now.www.abc.top please", "www.abc.top", "www.abc.top"),
        ("try now.com", "now.com", "now.com"),
        ("45.12.3.9:8080/a", "45.12.3.9:8080/a", "45.12.3.9"),
        ("在12306.cn购票", "12306.cn", "12306.cn"),
        # A word-like TLD counts without a scheme when the name is hyphenated, as made-up
        # phishing hosts are.
        ("Verify at irs-refundstatus.us to receive it.", "irs-refundstatus.us",
         "irs-refundstatus.us"),
        ("Pay the toll at ez-toll-pay.me today", "ez-toll-pay.me", "ez-toll-pay.me"),
        # ... and so does a name under a country's second-level public suffix: the whole host,
        # not its first two labels (which would be another domain, "pos.com").
        ("Track at pos.com.my today", "pos.com.my", "pos.com.my"),
        ("SBI's site is sbi.co.in na?", "sbi.co.in", "sbi.co.in"),
        ("Cek di bca.co.id ya", "bca.co.id", "bca.co.id"),
        ("lapor di pajak.go.id", "pajak.go.id", "pajak.go.id"),
        ("Semak di hasil.gov.my.", "hasil.gov.my", "hasil.gov.my"),
    ],
)
def test_extracts(text: str, raw: str, host: str) -> None:
    url = one(text)
    assert url.raw == raw
    assert url.host == host
    assert has_url_hint(text)


@pytest.mark.parametrize(
    "text",
    [
        "版本6.3已发布",
        "本次消费3.5元",
        "e.g. this, i.e. that",
        "Dear Mr.Smith,",
        "余额1234.56元",
        "meet at 10.30 tomorrow",
        "upgrade to v1.2.3 now",
        "see you today.Please call",
        "done.Is it ok",
        "1.Open the app 2.Click here",
        "Your code is 1234.Do not share",
        "see item.name and setup.py",
        "see x-y.us",
        "the com.my and co.in suffixes",
        "call 2-3.in the lobby",
        "my-cv.py is attached",
        "run build-all.sh then deploy-app.py",
        "write to x@abc.com",
        "ip 1.2.3.4 only",
        "today.Click here",
        "",
        "您好，您的快递已到。请及时领取。",
    ],
)
def test_no_url(text: str) -> None:
    assert extract_urls(text) == []


def test_url_fields() -> None:
    url = one("请打开 www.k**y.show 更新医保凭证")
    assert (url.registrable, url.suffix, url.masked, url.obfuscated, url.is_ip) == (
        "k**y.show", "show", True, False, False)
    assert url.tld == "show"

    url = one("请登录nhsa． gov． cn办理")
    assert (url.registrable, url.suffix, url.obfuscated) == ("nhsa.gov.cn", "gov.cn", True)
    assert url.start == 3 and url.end == 3 + len("nhsa． gov． cn")

    url = one("http://ybj.hunan.gov.cn/")
    assert (url.start, url.path, url.obfuscated) == (0, "/", False)
    assert url.registrable == "hunan.gov.cn"

    url = one("open http://45.12.3.9/x today")
    assert (url.is_ip, url.registrable, url.suffix, url.path, url.tld) == (True, "", "", "/x", "")

    for text in ("hxxp://evil.top/a", "www[.]x[.]top", "www . abc . top", "abc dot top",
                 "ｗｗｗ．ｘ．ｔｏｐ", "abc。top"):
        assert one(text).obfuscated, text
    for text in ("https://evil.top/a", "www.x.top", "t.cn/A6x9"):
        assert not one(text).obfuscated, text


def test_userinfo_trick_takes_real_host() -> None:
    url = one("http://www.icbc.com.cn@evil.top/a?b=1.")
    assert url.host == "evil.top"
    assert url.raw == "http://www.icbc.com.cn@evil.top/a?b=1"
    assert url.path == "/a?b=1"


def test_idn_hosts() -> None:
    url = one("see http://xn--80ak6aa92e.com/x")
    assert url.host == "аррӏе.com"
    assert url.registrable == "аррӏе.com"
    url = one("请访问 nhsа.gov.cn 办理")  # Cyrillic а
    assert url.host == "nhsа.gov.cn"
    assert url.suffix == "gov.cn"


def test_several_urls_in_order() -> None:
    text = "A: www.a.top B: http://b.xyz/p C: c.cn/x"
    urls = extract_urls(text)
    assert [u.host for u in urls] == ["www.a.top", "b.xyz", "c.cn"]
    assert all(text[u.start:u.end] == u.raw for u in urls)


def test_an_email_address_is_not_a_link() -> None:
    # Not the address's domain, and not a tail of it either ("com.au").
    assert extract_urls("Report scams to hoax@cba.com.au") == []
    assert extract_urls("mail a@b.co.uk") == []
    assert [u.host for u in extract_urls("mail a@b.co.uk or see gov.uk/tax")] == ["gov.uk"]


def test_hint_rejects_prose() -> None:
    assert not has_url_hint("您好，您的快递已到。请及时领取。")
    assert not has_url_hint("Hello. How are you? Fine, thanks.")
    assert not has_url_hint("")
    assert has_url_hint("www.abc.top")
    assert has_url_hint("http://x")


_ALPHABET = "ab.．。 [](){}/:*-w0123456789hxtpcomdotDOT@中文ｗ"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=30))
def test_hint_never_hides_a_url(text: str) -> None:
    if _scan(text):
        assert has_url_hint(text)
    for url in extract_urls(text):
        assert text[url.start:url.end] == url.raw


# Reference for the hint: a plain character walk around each dot-like character. The module
# does the same with one regex; the two must agree on every text.
_SPACES = " \t\u00a0\u3000"


def _ref_label_char(c: str) -> bool:
    if c.isascii():
        return c.isalnum() or c in "*-_"
    return c.isalnum() and (c < "\u2e80" or "\uff10" <= c <= "\uff5a")


def _ref_dot_hint(text: str, i: int, ascii_dot: bool) -> bool:
    n = len(text)
    j = i + 1
    while j < n and j - i <= 4 and text[j] in _SPACES + "])}）】":
        j += 1
    if j >= n or not _ref_label_char(text[j]):
        return False
    k = i - 1
    while k >= 0 and i - k <= 4 and text[k] in _SPACES + "[({（【":
        k -= 1
    if k < 0 or not _ref_label_char(text[k]):
        return False
    if not ascii_dot or (j == i + 1) == (k == i - 1):
        return True
    return any(c in "[({（【])}）】" for c in text[k + 1:j])


def _ref_has_url_hint(text: str) -> bool:
    if any(s in text for s in ("//", "／／", "/／", "／/", "dot", "DOT", "Dot")):
        return True
    return any(_ref_dot_hint(text, i, c == ".") for i, c in enumerate(text) if c in ".．。｡")


_HINT_ALPHABET = "a1.．。｡ \t\u3000[](){}（）【】/／:*-_中é２Ａd"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_HINT_ALPHABET, max_size=20))
def test_hint_regex_matches_reference(text: str) -> None:
    assert has_url_hint(text) == _ref_has_url_hint(text)


@pytest.mark.parametrize(
    "text",
    ["x[ .]y", "x .)y", "x( .y", "x. y", "x .y", "x . y", "x    .    y", "x     . y", "x。 y",
     "中。文", "x .]]]]y", "x(((( .y", "１．２", "a.b"],
)
def test_hint_edge_cases(text: str) -> None:
    assert has_url_hint(text) == _ref_has_url_hint(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789.a²元 :/", max_size=24))
def test_number_filter_in_regex_only_drops_plain_numbers(text: str) -> None:
    # The seed regex leaves out dots inside plain numbers ("3.5元"); the Python check that
    # handles the numbers it does not look at must agree that those are plain numbers.
    seeded = {m.start() for m in _SEED_RE.finditer(text)}
    plain = re.compile(r"\.")
    for m in plain.finditer(text):
        i = m.start()
        if i not in seeded and _ref_dot_hint(text, i, True):
            assert text[i + 1].isdigit() and _plain_number_at(text, i), (text, i)


def test_long_numbers_are_no_urls() -> None:
    assert extract_urls("余额12345678901234567890.55元") == []
    assert extract_urls("v12345678901234567890.5.1") == []
    assert [u.host for u in extract_urls("12345678901234567890.5/x 1.2.3.4:80/a")] == [
        "1.2.3.4"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=30))
def test_host_cache_does_not_change_results(text: str) -> None:
    fresh = _Extractor(default_psl())
    assert fresh.scan(text) == _scan(text) == fresh.scan(text)


def test_url_is_a_frozen_value() -> None:
    args = (3, 10, "abc.top", "abc.top", "abc.top", "top", False, True, False, "/x")
    url = Url(*args)
    assert url == Url(*args) and hash(url) == hash(Url(*args)) and url != Url(4, *args[1:])
    assert repr(url).startswith("Url(start=3, end=10, raw='abc.top'")
    with pytest.raises(AttributeError):
        url.host = "x"  # type: ignore[misc]


def test_extract_does_not_need_the_hint() -> None:
    # extract_urls() skips the has_url_hint() pre-check; texts without a hint give nothing.
    for text in ("您好，您的快递已到。请及时领取。", "Hello. How are you? Fine, thanks.", "a:/b"):
        assert not has_url_hint(text)
        assert extract_urls(text) == []


# --------------------------------------------------------------------------- PSL


@pytest.mark.parametrize(
    ("host", "registrable", "suffix"),
    [
        ("a.b.nhsa.gov.cn", "nhsa.gov.cn", "gov.cn"),
        ("x.com.cn", "x.com.cn", "com.cn"),
        ("www.x.com.cn", "x.com.cn", "com.cn"),
        ("foo.show", "foo.show", "show"),
        ("gov.cn", "", "gov.cn"),
        ("cn", "", "cn"),
        ("a.b.unknowntld", "b.unknowntld", "unknowntld"),
        ("a.b.ck", "a.b.ck", "b.ck"),  # wildcard *.ck
        ("www.ck", "www.ck", "ck"),  # exception !www.ck
        ("例子.中国", "例子.中国", "中国"),
        ("xn--fsqu00a.xn--fiqs8s", "例子.中国", "中国"),
    ],
)
def test_psl_split(host: str, registrable: str, suffix: str) -> None:
    assert default_psl().split(host) == (registrable, suffix)


def test_psl_is_cached_and_private_section_optional() -> None:
    assert default_psl() is default_psl()
    assert default_psl().split("abc.github.io") == ("abc.github.io", "github.io")
    icann = PublicSuffixList(include_private=False)
    assert icann.split("abc.github.io") == ("github.io", "io")
    assert len(icann) < len(default_psl())


# --------------------------------------------------------------------------- DomainSet


def test_domain_set_suffix_semantics() -> None:
    ds = DomainSet(["nhsa.gov.cn", "*.gov.cn", "t.cn", "", "# comment", "EXAMPLE.com  # x"])
    assert len(ds) == 4
    assert ds.match("nhsa.gov.cn") == "nhsa.gov.cn"
    assert ds.match("fuwu.nhsa.gov.cn") == "nhsa.gov.cn"
    assert ds.match("ybj.hunan.gov.cn") == "*.gov.cn"
    assert ds.match("gov.cn") is None  # '*.' only covers sub-domains
    assert ds.match("t.cn") == "t.cn"
    assert ds.match("T.CN.") == "t.cn"
    assert ds.match("at.cn") is None
    assert ds.match("www.example.com") == "example.com"
    assert ds.match("example.com.evil.top") is None
    assert "x.t.cn" in ds
    assert DomainSet(["gov.cn"]).match("gov.cn") == "gov.cn"


def test_domain_set_idn() -> None:
    ds = DomainSet(["xn--fiqs8s"])
    assert ds.match("例子.中国") == "xn--fiqs8s"


# --------------------------------------------------------------------------- look-alikes

PROTECTED = ["nhsa.gov.cn", "ybj.hunan.gov.cn", "chinatax.gov.cn", "icbc.com.cn", "12306.cn",
             "paypal.com"]


@pytest.fixture(scope="module")
def detector() -> LookalikeDetector:
    return LookalikeDetector(PROTECTED)


@pytest.mark.parametrize(
    ("host", "imitated"),
    [
        ("nhsа.gov.cn", "nhsa.gov.cn"),  # Cyrillic а
        ("nhsa-gov.cn", "nhsa.gov.cn"),
        ("nhsa-gov.cn.vip", "nhsa.gov.cn"),
        ("nhsa.gov.cn.xyz", "nhsa.gov.cn"),
        ("www-nhsa-gov-cn.top", "nhsa.gov.cn"),
        ("ybj-hunan.gov.cn.top", "ybj.hunan.gov.cn"),
        ("chinatax-gov.cn", "chinatax.gov.cn"),
        ("icbcc.com.cn", "icbc.com.cn"),
        ("paypai.com", "paypal.com"),
        ("paypa1.com", "paypal.com"),
        ("pаypal.com", "paypal.com"),
        ("paypal.top", "paypal.com"),
        ("l2306.cn", "12306.cn"),
    ],
)
def test_lookalike_positive(detector: LookalikeDetector, host: str, imitated: str) -> None:
    assert detector.check(host) == imitated


@pytest.mark.parametrize(
    "host",
    ["nhsa.gov.cn", "www.nhsa.gov.cn", "fuwu.nhsa.gov.cn", "ybj.hunan.gov.cn", "hunan.gov.cn",
     "rst.hunan.gov.cn", "example.com", "12306.cn", "www.paypal.com", "baidu.com", "icbc.com",
     "k**y.show", "PAYPAL.COM"],
)
def test_lookalike_negative(detector: LookalikeDetector, host: str) -> None:
    assert detector.check(host) is None


def test_lookalike_accepts_known_split(detector: LookalikeDetector) -> None:
    url = one("打开 www-nhsa-gov-cn.top 办理")
    assert detector.check(url.host, url.registrable, url.suffix) == "nhsa.gov.cn"


def test_lookalike_cache(detector: LookalikeDetector) -> None:
    for _ in range(2):
        assert detector.check("paypai.com") == "paypal.com"
        assert detector.check("paypai.com", "paypai.com", "com") == "paypal.com"
        assert detector.check("PAYPAL.COM") is None
    det = LookalikeDetector(["paypal.com"], risky_tlds=["xyz"], cache_size=2)
    for host in ("paypai.xyz", "paypai.org", "a.com", "paypai.xyz"):
        det.check(host)
    assert det.check("paypai.xyz") == "paypal.com" and len(det._cache) <= 2


def test_lookalike_rule_c_needs_same_or_risky_suffix() -> None:
    det = LookalikeDetector(["paypal.com"], risky_tlds=["xyz"])
    assert det.check("paypai.xyz") == "paypal.com"
    assert det.check("paypai.org") is None
    assert LookalikeDetector([]).check("paypai.com") is None


@pytest.mark.parametrize(
    ("host", "imitated"),
    [
        ("tomato.gov.au", None),  # 'ato.gov.au' inside a word
        ("potato.gov.au", None),
        ("items.com", None),  # 'ems.com'
        ("groups.com", None),  # 'ups.com'
        ("ato-gov-au.help", "ato.gov.au"),
        ("ato.gov.au.refund-portal.com", "ato.gov.au"),
        ("www-ato-gov-au.top", "ato.gov.au"),
        ("ups.com-redelivery.top", "ups.com"),
        ("myicbc-com.cn.vip", "icbc.com.cn"),  # four letters and more: anywhere
    ],
)
def test_lookalike_short_names_must_start_a_label(host: str, imitated: str | None) -> None:
    det = LookalikeDetector(["ato.gov.au", "ems.com.cn", "ems.com", "ups.com", "icbc.com.cn"])
    assert det.check(host) == imitated


@pytest.mark.parametrize(
    ("host", "brand"),
    [
        ("usps-addr.com", "usps.com"),
        ("www.hongkongpost-declare.com", "hongkongpost.hk"),
        ("hkpost-declare.com", None),  # an abbreviation is not the protected name
        ("hongkongpost.declare-hk.com", "hongkongpost.hk"),
        ("dbs-sg-secure.pages.dev", "dbs.com.sg"),  # a private suffix: the user's own name
        ("octopus_kyc.github.io", "octopus.com.hk"),
        ("groups.com", None),  # 'ups' inside a word
        ("dhl.co.uk", None),  # the brand's own name under another suffix
        ("track.dhl.co.uk", None),
        ("tools.usps.com", None),  # the protected domain itself
        ("apple-farm-tours.com", None),  # an ordinary word
        ("ab.example.com", None),  # names under three letters never count
        ("hunan-food.com", None),
    ],
)
def test_brand_token(host: str, brand: str | None) -> None:
    det = LookalikeDetector(["usps.com", "hongkongpost.hk", "dbs.com.sg", "octopus.com.hk",
                             "dhl.com", "apple.com", "ybj.hunan.gov.cn", "ab.com"])
    assert det.brand_token(host) == brand
    assert det.brand_token(host) == brand  # cached


@pytest.mark.parametrize(
    ("sender_id", "brand"),
    [
        ("PayPaI", "paypal"),  # a capital I for the l
        ("BarcIays", "barclays"),
        ("Amaz0n", "amazon"),  # a zero for the o
        ("B1nance", "binance"),  # a one for the i
        ("Zi1low", "zillow"),  # a one for the l
        ("HKP0ST", "hkpost"),
        ("Royal-MaiI", "royalmail"),  # the parts run together
        ("CircIe K", "circlek"),  # a brand name of the list, spaces dropped
        ("PayPal", None),  # the brand's own spelling
        ("Barclays", None),
        ("LinkedIn", None),  # CamelCase: an I that stands for an I
        ("ElecIreland", None),
        ("PremierInn", None),
        ("W3stpac", "westpac"),  # a three for the e (batch397)
        ("H5BC-HK", "hsbc"),  # a five for the s
        ("bet365", None),  # digits of a name that read as no brand
        ("Yes5G", None),
        ("PR1MA", None),  # reads as no brand
        ("#1O1O", None),
        ("App", None),  # under four letters
    ],
)
def test_spoofed_sender_id(sender_id: str, brand: str | None) -> None:
    det = LookalikeDetector(["paypal.com", "barclays.co.uk", "amazon.com", "hongkongpost.hk",
                             "westpac.com.au", "hsbc.com.hk"],
                            brand_domains=["hkpost.hk", "linkedin.com", "binance.com", "app.com"],
                            brand_names=["royal mail", "circle k", "zillow"])
    assert det.spoofed_sender_id(sender_id) == brand


def test_spoofed_sender_id_without_names() -> None:
    assert LookalikeDetector([]).spoofed_sender_id("PayPaI") is None


def test_brand_token_reads_official_domains_too() -> None:
    det = LookalikeDetector(["usps.com"], brand_domains=["gcash.com", "anz.com.au", "target.com"])
    assert det.brand_token("gcash-verify-ph.com") == "gcash.com"
    assert det.brand_token("anz-secure.help") == "anz.com.au"
    assert det.brand_token("m.gcash.com") is None  # the official domain itself
    assert det.brand_token("gcash.ph") is None  # the brand's name on another suffix
    assert det.brand_token("target-practice-club.com") is None  # an ordinary word
    assert det.check("gcash-verify-ph.com") is None  # look-alike checks keep to protected


@pytest.mark.parametrize(
    ("host", "imitated"),
    [
        ("esunbank.com.tw", None),  # the brand's own name under a longer suffix
        ("www.esunbank.com.tw", None),
        ("esunbank.com.tw.verify-card.top", "esunbank.com"),
        ("esunbank.com-verify.top", "esunbank.com"),
    ],
)
def test_lookalike_spares_the_brand_under_a_longer_suffix(host: str, imitated: str | None) -> None:
    assert LookalikeDetector(["esunbank.com"]).check(host) == imitated


@pytest.mark.parametrize(
    ("text", "host", "raw"),
    [
        ("請更新資料 p x m a r t - t w . c o m 謝謝", "pxmart-tw.com", "p x m a r t - t w . c o m"),
        ("visit w w w . k k y . s h o w now", "www.kky.show", "w w w . k k y . s h o w"),
        ("登录 y b - g o v [.] c c 认证", "yb-gov.cc", "y b - g o v [.] c c"),
        ("go to  a b c d e f . t o p", "abcdef.top", "a b c d e f . t o p"),
        # one word of the host left whole between the spaced letters, beside a hyphen or a dot
        ("Re-schedule here → e v r i - resched . c y o u", "evri-resched.cyou",
         "e v r i - resched . c y o u"),
        ("pay at u p s - track . t o p/x", "ups-track.top", "u p s - track . t o p"),
    ],
)
def test_letter_spaced_hosts(text: str, host: str, raw: str) -> None:
    assert has_url_hint(text)
    urls = extract_urls(text)
    assert [(u.host, u.raw, u.obfuscated) for u in urls] == [(host, raw, True)]
    assert text[urls[0].start:urls[0].end] == raw


@pytest.mark.parametrize(
    ("text", "host", "raw"),
    [
        ("verify here: amzn-acct-secure .com/verify (remove the space)", "amzn-acct-secure.com",
         "amzn-acct-secure .com/verify"),
        ("pay at toll-pay. com today", "toll-pay.com", "toll-pay. com"),
        ("e-zpass .net/pay now", "e-zpass.net", "e-zpass .net/pay"),
        ("Claim: ird-govtnz-refund .lat/nz", "ird-govtnz-refund.lat", "ird-govtnz-refund .lat/nz"),
    ],
)
def test_one_sided_blank_around_the_dot(text: str, host: str, raw: str) -> None:
    assert has_url_hint(text)
    assert [(u.host, u.raw, u.obfuscated) for u in extract_urls(text)] == [(host, raw, True)]


@pytest.mark.parametrize("text", ["go to abc .com now", "I am ok. com on", "Thanks. Com",
                                  "see you at 5. co-op", "we are at the rest .lol", "ok. mom said"])
def test_one_sided_blank_in_prose_is_no_host(text: str) -> None:
    assert extract_urls(text) == []


@pytest.mark.parametrize(
    ("text", "host", "raw"),
    [
        ("【社保中心】您的补贴可领取，请访问 sbzx-bt点com 申请", "sbzx-bt.com", "sbzx-bt点com"),
        ("请登录 gjj（点）cn 办理提取", "gjj.cn", "gjj（点）cn"),
        ("认证入口 ybj-hn 点 top/a1 逾期失效", "ybj-hn.top", "ybj-hn 点 top/a1"),
        ("退税请访问 etax-gov点com.cn/x 办理", "etax-gov.com.cn", "etax-gov点com.cn/x"),
        ("验证入口12306点cn", "12306.cn", "12306点cn"),
    ],
)
def test_host_written_with_dian_for_the_dot(text: str, host: str, raw: str) -> None:
    assert has_url_hint(text)
    urls = extract_urls(text)
    assert [(u.host, u.raw, u.obfuscated) for u in urls] == [(host, raw, True)]
    assert text[urls[0].start:urls[0].end] == raw


@pytest.mark.parametrize("text", ["明天下午3点cn那边开会", "今晚8点com", "会议9点到10点",
                                  "我7点co-op见"])
def test_dian_of_a_time_is_no_host(text: str) -> None:
    assert extract_urls(text) == []


@pytest.mark.parametrize(
    ("text", "host", "raw"),
    [
        ("打开 abc\u200b.com 查看", "abc.com", "abc\u200b.com"),
        ("请访问 www.yb\u200b-gov\u2060.top 认证", "www.yb-gov.top", "www.yb\u200b-gov\u2060.top"),
        ("verify at pay\u00adtoll.com/x now", "paytoll.com", "pay\u00adtoll.com/x"),
    ],
)
def test_invisible_characters_inside_a_host(text: str, host: str, raw: str) -> None:
    assert has_url_hint(text)
    urls = extract_urls(text)
    assert [(u.host, u.raw, u.obfuscated) for u in urls] == [(host, raw, True)]
    assert text[urls[0].start:urls[0].end] == raw


def test_invisible_characters_keep_plain_urls_in_place() -> None:
    text = "\u200b您好，详见 https://www.nhsa.gov.cn/a 通知"
    urls = extract_urls(text)
    assert [(u.host, u.obfuscated) for u in urls] == [("www.nhsa.gov.cn", False)]
    assert text[urls[0].start:urls[0].end] == "https://www.nhsa.gov.cn/a"


@pytest.mark.parametrize("text", ["I am a b c d e f", "U . S . A is big", "1 2 3 4 5 6 . 7",
                                  "a b c . d e f g h", "第 1 2 3 4 5 号",
                                  # a whole word between two short runs with no hyphen or dot
                                  # on its side joins nothing
                                  "x y z abc d e f", "I said a b c and then d . o k"])
def test_spaced_letters_that_are_no_host(text: str) -> None:
    assert extract_urls(text) == []


def test_brand_token_without_protected_domains() -> None:
    assert LookalikeDetector([]).brand_token("usps-addr.com") is None


def test_skeleton() -> None:
    assert skeleton("nhsа.gov.cn") == "nhsagovcn"
    assert skeleton("NHSA-GOV_CN") == "nhsagovcn"
    assert skeleton("paypa1.c0m") == "paypalcom"
    assert skeleton("rnicrosoft") == skeleton("microsoft")
    assert skeleton("pàypal") == "paypal"


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("open irs‧refund‧help/x", "irs.refund.help"),
        ("登录 ybj-hunan‧top 更新", "ybj-hunan.top"),
        ("请访问 nhsa·gov·cn 查询", "nhsa.gov.cn"),
        ("see paypal・com・secure-login・top now", "paypal.com.secure-login.top"),
        ("請儘速上網更新 www•nhi-tw•cc/up ，否則", "www.nhi-tw.cc"),  # the bullet
    ],
)
def test_middle_dots_used_as_dots_are_read_as_dots(text, host):
    urls = extract_urls(text)
    assert [u.host for u in urls] == [host]
    assert urls[0].obfuscated


@pytest.mark.parametrize("text", ["张三·李四明天见", "Mr·Smith said hi", "第一章·总则"])
def test_middle_dots_in_prose_are_not_urls(text):
    assert extract_urls(text) == []


@pytest.mark.parametrize(
    ("sender_id", "body", "expected"),
    [
        ("HSE-EHIC", "Your card expires", {"hse", "ehic", "hseehic"}),
        ("", "LTO: unsettled violation", {"lto"}),
        ("", "Energy Australia: a credit", {"energy", "australia", "energyaustralia"}),
        ("", "[NIPOST] parcel held", {"nipost"}),
        ("", "Security alert: new sign-in", set()),
        ("", "Hi Tom: photos are up", set()),
        ("", "您的包裹 www.x.com", set()),
        ("", "Your Facebook account was logged into from a new device", {"facebook"}),
        ("", "Your Apple ID was used to sign in", {"apple"}),
        ("", "Your account was logged into", set()),
        ("", "Your parcel is on its way", set()),
    ],
)
def test_claimed_names(sender_id: str, body: str, expected: set[str]) -> None:
    assert claimed_names(sender_id, body) == expected


@pytest.mark.parametrize(
    ("body", "sender_id", "claimed"),
    [
        ("HSE: renew now hse-ehic-renewal.ie", "", True),
        ("LTO: pay now lto-ncap-payment.com", "", True),
        ("Trade Me: confirm trademe-ping-secure.com", "TradeMe", True),
        ("Energy Australia: confirm energyrelief-gov.com.au", "", True),
        ("NIPOST: pay nipost.delivery-fee.com/pay", "", True),
        ("NRMA Insurance: update at nrma.com.au/myaccount", "NRMA", False),
        ("Singapore Airlines: check in at singaporeair.com", "", False),
        ("Equity Bank: queries at equitygroupholdings.com", "", False),
        ("Equity Bank: queries at equity-bank.co.ke", "", False),
        ("Reminder: track it at parcel-track-demo.com", "", False),
        # A customer's sub-domain on a multi-tenant service, a product on its customer's domain
        ("Riverside Church: log in at riverside.breezechms.com/give", "", False),
        ("New test result in MyChart: log in at mychart.uwhealth.org", "MyChart", False),
        # ... but not on any other service, nor the product's name built into another host
        ("Riverside Church: log in at riverside.give-portal.net/give", "", True),
        ("MyChart: your result is ready at mychart-results.com", "MyChart", True),
    ],
)
def test_host_carrying_the_claimed_name(body: str, sender_id: str, claimed: bool) -> None:
    (url,) = extract_urls(body)
    names = claimed_names(sender_id, body)
    assert carries_claimed_name(url.host, url.registrable, names) is claimed


@pytest.mark.parametrize(("text", "host"), [
    ("Bayar di: tnb-bil-my.c\u043em/pay", "tnb-bil-my.com"),  # Cyrillic о in the TLD
    ("klik pos-laju-my.c0m to reschedule", "pos-laju-my.com"),
    ("update at abc-billing.n\u0435t/x", "abc-billing.net"),  # Cyrillic е
    ("see usps-redeliver.t0p now", "usps-redeliver.top"),
])
def test_look_alike_tld_is_read_as_the_tld_it_imitates(text: str, host: str) -> None:
    (url,) = extract_urls(text)
    assert url.host == host and url.obfuscated
    assert text[url.start:url.end].startswith(host.split(".")[0])


@pytest.mark.parametrize("text", [
    "Room no.10 please", "see chase-alert.corn now", "v2.0a is out", "ok. c0m", "1.0l of milk",
    "the score was 3.1o",
])
def test_look_alike_tld_needs_a_letter_and_a_disguised_tld(text: str) -> None:
    assert extract_urls(text) == []


# The cheap gates in front of costlier searches must answer exactly as the searches they replace.
_GATE_ALPHABET = st.sampled_from(
    ["fake", "FRAUD", "Scam", "ſcam", "phishing", "not", "NOT", "ours", "Real", "legit", "LIKE",
     "such", "As", "e.g.", "E.G", "s", "f", "l", "p", "n", "e", " ", "\t", ".", "x",
     "钓鱼", "诈骗", "例如", "比", "\u200b", "\u00ad", "é", "中", "CRIMINALS", "crook", "c",
     "騙", "冒充", "自稱", "等", "網", "短", "之类", "之"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_GATE_ALPHABET, max_size=24).map("".join))
def test_disowning_hint_halves_answer_as_one_case_insensitive_search(text: str) -> None:
    from rules import engine

    one = re.compile(
        r"仿冒|假冒|钓鱼|釣魚|诈骗|詐騙|虚假|虛假|假的|假嘅|骗|騙|呃人|等网|等網|等链|等鏈|等連|等短|等简"
        r"|等簡|不是官方|链接如|鏈接如|連結如|网址如|網址如|网站如|網站如|例如|比如|不法分子|犯罪分子|歹徒"
        r"|冒充|自称|自稱|之类|之類|(?i:fake|fraud|scam|phishing|not\s+(?:ours|real|legit)|like|such\s+as|e\.g\."
        r"|criminals|crooks)")
    halves = (engine._DISOWN_HINT_HAN.search(text) is not None
              or engine._DISOWN_HINT_LATIN.search(text) is not None)
    assert halves == (one.search(text) is not None)


@settings(max_examples=200, deadline=None)
@given(st.lists(_GATE_ALPHABET, max_size=24).map("".join))
def test_invisible_gate_answers_as_the_search(text: str) -> None:
    from rules import urls

    assert urls._has_invisible(text) == (urls._INVISIBLE_RE.search(text) is not None)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_GATE_ALPHABET, st.sampled_from(
    ["\u0130", "\u0131", "\u212a", "ſuch as", "NOT REAL", "FAKE", "e.G.", "crooKs", "phıshing",
     "\u3000", "legit", "Crimınals", "ours"])), max_size=24).map("".join))
def test_disowning_gate_answers_as_the_two_searches(text: str) -> None:
    from rules import engine

    both = (engine._DISOWN_HINT_HAN.search(text) is not None
            or engine._DISOWN_HINT_LATIN.search(text) is not None)
    assert engine._may_disown(text) == both


_DIAN_ALPHABET = st.sampled_from(
    ["点", "（", "）", "(", ")", "【", "】", "[", "]", " ", "\u3000", "com", "cn", "gov.cn", "top",
     "abc", "a-b", "3", "12306", ".", "x", "/p", "中", "C", "COM"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_DIAN_ALPHABET, max_size=16).map("".join))
def test_dian_gate_answers_as_the_search(text: str) -> None:
    from rules import urls

    assert urls._may_be_dian(text) == ("点" in text and urls._DIAN_RE.search(text) is not None)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=30))
def test_seed_scan_can_start_at_the_first_seed(text: str) -> None:
    # The extractor searches for the first seed and iterates from there.
    seeds = [m.span() for m in _SEED_RE.finditer(text)]
    first = _SEED_RE.search(text)
    if first is None:
        assert seeds == []
    else:
        assert [m.span() for m in _SEED_RE.finditer(text, first.start())] == seeds


def _ref_claimed_names(sender_id: str, body: str) -> frozenset[str]:
    # claimed_names() as written before its cache by sender id and header.
    from rules import urls

    sources = [sender_id] if sender_id else []
    m = urls._CLAIM_HEADER.match(body) or urls._CLAIM_YOUR.match(body)
    if m is not None:
        first = urls._CLAIM_WORD.match(m.group(1).lower())
        if first is not None and first.group(0) not in urls._GREETINGS:
            sources.append(m.group(1))
    names: set[str] = set()
    for source in sources:
        words = [w for w in urls._CLAIM_WORD.findall(source.lower())
                 if w not in urls.CLAIM_STOPWORDS]
        names.update(w for w in words if len(w) >= 3 and not w.isdigit())
        if len(words) > 1 and len("".join(words)) >= 4:
            names.add("".join(words))
    return frozenset(names)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["", "HSE-EHIC", "TradeMe", "Info", "AU Post"]),
       st.lists(st.sampled_from(["Hi", "Tom", ":", "：", "[", "]", "【", "】", " ", "Energy",
                                 "Australia", "NIPOST", "Bank", "-", ".", "x1", "Dear", "\n",
                                 "中", "(", ")"]), max_size=10).map("".join))
def test_claimed_names_cache_does_not_change_results(sender_id: str, body: str) -> None:
    assert claimed_names(sender_id, body) == _ref_claimed_names(sender_id, body)
    assert claimed_names(sender_id, body) == _ref_claimed_names(sender_id, body)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET + "\t\u3000·", max_size=30))
def test_possessive_labels_match_as_backtracking_ones(text: str) -> None:
    # _URL_RE takes host labels possessively; the plain greedy form must give the same matches.
    from rules import urls

    label = f"(?:{urls._LABEL_CLASS})+"
    plain = re.compile(
        f"(?:{urls._SCHEME}{urls._USERINFO}(?P<h1>{label}(?:{urls._SEP}{label})*)"
        f"|(?<![*\\-@])(?<!{urls._LABEL_CLASS})(?P<h2>{label}(?:{urls._SEP}{label})+)){urls._TAIL}")
    for pos in range(len(text) + 1):
        ours, theirs = urls._URL_RE.match(text, pos), plain.match(text, pos)
        assert (ours and ours.regs) == (theirs and theirs.regs)
        ours, theirs = urls._URL_RE.search(text, pos), plain.search(text, pos)
        assert (ours and ours.regs) == (theirs and theirs.regs)


def test_a_ring_for_o_does_not_cut_the_host_to_an_official_name() -> None:
    # "c○m" ended the host at "c", and the extractor fell back to the official name in front.
    urls = extract_urls("繳款連結：ird.gov.hk.tax-pay.c○m 今日內")
    assert [(u.host, u.registrable) for u in urls] == [("ird.gov.hk.tax-pay.com", "tax-pay.com")]
    body = "pay at hmrc.gov.uk.refund-claim.c◯m now"
    url = extract_urls(body)[0]
    assert url.registrable == "refund-claim.com"
    assert url.raw == body[url.start:url.end] and "◯" in url.raw and url.obfuscated
    # Chinese numerals with 〇 are not hosts.
    assert extract_urls("二〇二六年三月") == []



@pytest.mark.parametrize(("body", "kept"), [
    # A registrar's or a web host's notice: the reader's own domain is the subject, the
    # registrar's renewal page is the link.
    ("Exabytes: Hosting for kedaibunga-ayu.shop expires in 7 days. Renew at exabytes.my/client",
     ["exabytes.my"]),
    ("HKDNR：你的域名 luckycat-bakery.com.hk 將於5月2日到期，請登入 https://www.hkdnr.hk 續期。",
     ["www.hkdnr.hk"]),
    ("123 Reg: The domain marlowbakes.co.uk renews on 02/05/2026. Manage it at 123-reg.co.uk",
     ["123-reg.co.uk"]),
    # A link is a link: with a scheme, www., a path, or written to dodge filters.
    ("Your domain https://glow-aesthetics.sg is suspended", ["glow-aesthetics.sg"]),
    ("域名 www.pay-renew.top 已到期", ["www.pay-renew.top"]),
    ("Domain renewal: pay-renew.top/login within 24h", ["pay-renew.top"]),
    ("Your domain glow-aesthetics[.]sg expires, verify at glow-aesthetics.sg-verify.com",
     ["glow-aesthetics.sg", "glow-aesthetics.sg-verify.com"]),
    # Not after "domain": an ordinary link.
    ("Visit kedaibunga-ayu.shop for the new menu", ["kedaibunga-ayu.shop"]),
    # A card alert's merchant descriptor, in capitals after the payee word.
    ("【工商银行】您尾号6620的信用卡于04月11日在TRIP.COM的交易因超过单笔限额未成功。", []),
    ("滙豐：閣下信用卡(尾號 2281)於 14/03 在 APPLE.COM/BILL 簽賬 HK$7,880.00。", []),
    ("Hang Seng Bank: One-time password 552871 for adding new payee CRYPTO.COM HK.", []),
    ("Chase: Purchase of $2,318.40 at BESTBUY.COM pending. Reply Y or N.", []),
    # Lower case is a typed link; capitals elsewhere, or with a real path, stay links.
    ("Card payment at trip-refund.top failed, verify now", ["trip-refund.top"]),
    ("Your card is locked. Verify at CARD-VERIFY.TOP/LOGIN now", ["card-verify.top"]),
    ("VISIT PAY-REFUND.TOP TO CLAIM", ["pay-refund.top"]),
    # A card alert's shape around a hyphenated or cheap-TLD host, or with no amount: a link.
    ("Your card is locked. Verify at CARD-VERIFY.TOP now", ["card-verify.top"]),
    ("Card payment of $1.00 declined at SECURE-CARDS.COM, update now", ["secure-cards.com"]),
    ("Your card is on hold, log in at SECURECARD.COM", ["securecard.com"]),
    # A host written from memory, a word for the part forgotten: a retelling, not a link.
    ("got an AusPost text, link was auspost-something.info. deleted", []),
    ("the link was ryanair-something .com not ryanair.com", ["ryanair.com"]),
    ("网址还是什么etc-xxx.top的，一看就不对", []),
    # ... but "xxx" in English text may be an adult site's own name, and "xx" a real label.
    ("hot pics at girls-xxx.top", ["girls-xxx.top"]),
    ("请在24小时内更新地址：sf-exp.tk-xx.top", ["sf-exp.tk-xx.top"]),
    ("Your parcel is held, pay at auspost-somethingfee.info", ["auspost-somethingfee.info"]),
])
def test_a_domain_named_as_the_subject_is_no_link(body: str, kept: list[str]) -> None:
    """``drop_named_domains`` drops a bare name right after "domain", "hosting for" or 域名,
    a card alert's merchant and a host written from memory ("auspost-something.info")."""
    assert [url.host for url in drop_named_domains(body, extract_urls(body))] == kept
    assert len(extract_urls(body)) >= len(kept)


def test_a_malaysian_price_prefix_is_not_part_of_the_claimed_name() -> None:
    """Malaysian bulk texts open with "RM0.00" or "RM0": the name after it is the claim."""
    assert claimed_names("", "RM0.00 Klinik Seri Medik: your appointment is confirmed") == {
        "klinik", "seri", "medik", "klinikserimedik"}
    assert claimed_names("", "RM0 Maybank: your account") == {"maybank"}
    assert claimed_names("", "RM0 Your Maybank account is locked") == {"maybank"}


@pytest.mark.parametrize(("text", "host"), [
    ("请登录 may-bank2u .secure-my .top 完成", "may-bank2u.secure-my.top"),
    ("click dbs-sg-secure .icu now", "dbs-sg-secure.icu"),
    ("Verify: cpf-gov-sg.verify-member .top", "cpf-gov-sg.verify-member.top"),
    ("visit www .abc .com", "www.abc.com"),
    ("fubon-tw.safe-login .cc 驗證", "fubon-tw.safe-login.cc"),
    ("get it at scamshield-sg .pro/apk", "scamshield-sg.pro"),
    # a masked label too
    ("GOV.UK: claim it before 13 March: www.g**-uk.winterpay .live", "www.g**-uk.winterpay.live"),
    ("点击 www.k**y-yb .top 更新", "www.k**y-yb.top"),
    # a "www." written apart before it
    ("Verify your card: ww w.0ctopus-gift .hk/claim (copy to browser)", "www.0ctopus-gift.hk"),
    ("Verify your card: w w w.0ctopus-gift .hk/claim", "www.0ctopus-gift.hk"),
])
def test_a_host_with_blanks_before_its_dots_is_read_whole(text: str, host: str) -> None:
    """A blank on one side of each dot, over several labels, still makes one obfuscated host."""
    urls = [url for url in extract_urls(text) if url.host != "gov.uk"]
    assert [url.host for url in urls] == [host]
    assert urls[0].obfuscated


@pytest.mark.parametrize(("text", "host"), [
    ("RM0 MAYBANK: Re-activate at maybank2u-my .life/s2u to avoid closure", "maybank2u-my.life"),
    ("Verify with the code at revenue-ie .claims", "revenue-ie.claims"),
    ("claim at hk-prize88 .win today", "hk-prize88.win"),
])
def test_more_cheap_top_level_domains_after_a_blank(text: str, host: str) -> None:
    """Cheap top-level domains that are English words are read with the blank before the dot."""
    assert has_url_hint(text)
    assert [url.host for url in extract_urls(text)] == [host]


@pytest.mark.parametrize("text", ["it was 2025. world peace", "see you at 7-11. today then",
                                  "thanks mate. one more thing", "my-life. win or lose"])
def test_word_top_level_domains_after_a_full_stop_are_prose(text: str) -> None:
    """After a full stop and a blank, "world", "today", "one" and "win" are the next sentence."""
    assert extract_urls(text) == []


def test_a_word_top_level_domain_in_the_middle_of_a_host_does_not_end_it() -> None:
    """ "delivery" is a top-level domain, but not one that ends a host written apart."""
    text = "請至官方補件頁面更新：post-tw .delivery .ink"
    assert [url.host for url in extract_urls(text)] == ["post-tw.delivery.ink"]


@pytest.mark.parametrize("text", ["I am at home .com", "hello .net is", "The end .So what",
                                  "e.g .com", "we met at 5pm .my friend",
                                  "rated it 5** .com"])
def test_prose_with_a_blank_before_a_dot_is_no_host(text: str) -> None:
    """Prose has the shape: a single plain word before " .com" is no host."""
    assert extract_urls(text) == []
