"""Official domains and protected brands of regions outside mainland China.

Genuine notices that only link to an organisation's own domain are allowlisted and not held;
hosts that embed or misspell a protected regional brand are flagged as look-alikes; the
official domains themselves and ordinary hosts near the names left off the protected list
are not. Messages and numbers are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import rules
from rules.urls import DomainSet, LookalikeDetector, default_psl, extract_urls
from tests.engines import shipped

LISTS = Path(rules.__file__).resolve().parent / "packs" / "lists"


def entries(name: str) -> list[str]:
    lines = (LISTS / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return [e for e in (line.split("#", 1)[0].strip() for line in lines) if e]


@pytest.fixture(scope="module")
def engine() -> rules.Engine:
    return shipped()


@pytest.fixture(scope="module")
def detector() -> LookalikeDetector:
    return LookalikeDetector(entries("protected_domains"))


def lookalike_of(detector: LookalikeDetector, host: str) -> str | None:
    registrable, suffix = default_psl().split(host)
    return detector.check(host, registrable, suffix)


GENUINE = [
    ("SingPost", "SingPost: Your item SP428173905SG is ready for collection at the Tampines "
                 "POPStation until 14 Mar. Track it at https://www.singpost.com/track-items"),
    ("DBS", "DBS: A card transaction of SGD 42.50 at FAIRPRICE on 03 MAR was made with your card "
            "ending 4821. If unauthorised, call the number on the back of your card. Details: "
            "https://www.dbs.com.sg/personal/cards"),
    ("AusPost", "Australia Post: Your parcel 33QKT0412873 will be delivered today between 10am "
                "and 2pm. Manage your delivery at https://auspost.com.au/mypost"),
    ("Linkt", "Linkt: Your February statement for account 4418 2290 is now available. View it by "
              "logging in at https://www.linkt.com.au"),
    ("HKPost", "Hongkong Post: Item EE372615489HK has arrived at Kowloon Central Post Office and "
               "is ready for collection. Details: https://www.hongkongpost.hk/en/mail_tracking/"),
    ("AnPost", "An Post: Your parcel CE418273645IE is out for delivery today. Track it at "
               "https://www.anpost.com/track"),
    ("CanadaPost", "Canada Post: Your parcel 7023 4519 8826 3401 was delivered to your mailbox "
                   "today. Details at https://www.canadapost-postescanada.ca/track-reperage"),
    ("Maybank", "Maybank2u: Your fund transfer of RM150.00 to account ending 7731 on 05/03 was "
                "successful. Check your history at https://www.maybank2u.com.my"),
]


@pytest.mark.parametrize(("sender", "body"), GENUINE, ids=[s for s, _ in GENUINE])
def test_genuine_regional_notice_with_official_link_is_not_held(engine, sender, body):
    verdict = engine.screen(sender, body)
    fired = {rule.id for rule in verdict.rules}
    assert "ALLOW_OFFICIAL_LINKS_ONLY" in fired, verdict
    assert "LINK_LOOKALIKE" not in fired, verdict
    assert verdict.action in ("deliver", "tag"), verdict


LOOKALIKES = [
    ("dbs.com.sg", "DBS: Your digibank access has been suspended. Verify your identity now at "
                   "https://dbs.com.sg.verify-login.top"),
    ("auspost.com.au", "AusPost: Your parcel is on hold due to an incomplete address. Update it "
                       "at https://auspost.com.au.track-parcel.info"),
    ("singpass.gov.sg", "Singpass: Your account will be locked in 24 hours. Confirm your details "
                        "at https://singpass.gov.sg-login.xyz"),
    ("hongkongpost.hk", "Hongkong Post: Your parcel could not be delivered. Pay the HK$12 "
                        "redelivery fee at hongkongpost.hk-redelivery.top"),
    ("canadapost.ca", "Canada Post: delivery failed, reschedule at "
                      "https://canadapost.ca-redelivery.info"),
    ("hdfcbank.com", "HDFC Bank: your KYC has expired, update PAN today at "
                     "https://hdfcbank.com.kyc-update.top or your account will be blocked"),
]


@pytest.mark.parametrize(("brand", "body"), LOOKALIKES, ids=[b for b, _ in LOOKALIKES])
def test_lookalike_of_protected_regional_brand_is_flagged_and_held(engine, brand, body):
    verdict = engine.screen("+447700900123", body)
    assert "LINK_LOOKALIKE" in {rule.id for rule in verdict.rules}, verdict
    assert verdict.action in ("quarantine", "block"), verdict


def test_lookalike_without_the_full_domain_is_still_held(engine):
    verdict = engine.screen("+447700900123", "DBS: Your digibank access has been suspended. "
                            "Verify your identity now at https://dbs-sg.verify-login.top")
    assert verdict.action in ("quarantine", "block"), verdict


@pytest.mark.parametrize("host", [
    "nzpost.co.nz.parcel-fee.icu", "anpost.ie-customs.top", "maybank2u.com.my.secure-login.cc",
    "commbank.com.au-secure.com", "ird.govt.nz.refund-claim.com", "hketoll.gov.hk.pay-toll.top",
    "cathaybk.com.tw.login-check.cc", "bdo.com.ph-online.com", "ezdrivema.com-tolls.top",
    "mvdis.gov.tw.fine-pay.cc", "e-zpassnj.com", "txtag.org.invoice.top", "ocbc.com-sg.help",
    "westpack.com.au", "comnbank.com.au", "singpass.xyz",
])
def test_regional_brand_lookalike_hosts(detector, host):
    assert lookalike_of(detector, host) is not None


def test_protected_domains_are_allowlisted():
    allow = DomainSet(entries("official_domains"))
    protected = entries("protected_domains")
    regional = protected[protected.index("hongkongpost.hk"):]  # the regional block comes last
    assert regional and all(allow.match(domain) is not None for domain in regional)


def test_official_domains_are_not_their_own_lookalikes(detector):
    flagged = []
    for domain in entries("official_domains"):
        for host in (domain, f"www.{domain}"):
            target = lookalike_of(detector, host)
            # tmall.com's neighbour, listed before; huaweicloud.com carries icloud.com inside it;
            # thsrc.com.tw is the railway's own site beside the shorter thsr.com.tw (all official:
            # the allow list is read before the look-alike check)
            if target is not None and domain not in ("vmall.com", "huaweicloud.com",
                                                     "thsrc.com.tw"):
                flagged.append((host, target))
    assert flagged == []


def test_an_allowlisted_domain_is_never_flagged_as_a_lookalike(engine):
    """vmall.com is one letter from the protected tmall.com, and official: the engine trusts it."""
    assert engine._lookalike.check("www.vmall.com", "vmall.com", "com") is not None  # the trap
    flags = engine._host_flags(extract_urls("https://www.vmall.com/order"))
    assert "allowlisted" in flags[0] and "lookalike" not in flags[0]
    verdict = engine.screen("95088", "【华为商城】您的订单已发货，查看物流 https://www.vmall.com/order")
    assert verdict.action in ("deliver", "tag"), verdict
    # a real look-alike of the same brand is still flagged
    assert "lookalike" in engine._host_flags(extract_urls("https://www.tmal1.com/order"))[0]
    # huaweicloud.com holds icloud.com inside it and is Huawei's own: allowlisted, not a look-alike
    cloud = engine._host_flags(extract_urls("https://www.huaweicloud.com/events"))
    assert "allowlisted" in cloud[0] and "lookalike" not in cloud[0]
