"""Sender classification by national numbering plan, and claimed-signature extraction.

Both run once per message on the hot path: the numbering-plan patterns are compiled once per
:class:`SenderClassifier`, classifications are cached per distinct sender, and signature
extraction is a handful of string operations.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

__all__ = [
    "BODY_NUMBER_CLASSES",
    "SENDER_CLASSES",
    "CountryPlan",
    "SenderClassifier",
    "SenderInfo",
    "Signature",
    "extract_signature",
    "find_numbers",
]

#: Every value :attr:`SenderInfo.cls` can take.
SENDER_CLASSES = (
    "international",
    "domestic_mobile",
    "domestic_landline",
    "short_code",
    "alphanumeric",
    "email",
    "unknown",
)

#: Every class a phone number written in a message body can take
#: (:meth:`SenderClassifier.classify_number`): ``premium_rate`` where the plan has such numbers,
#: otherwise the sender classes of a number.
BODY_NUMBER_CLASSES = (
    "international",
    "domestic_mobile",
    "domestic_landline",
    "short_code",
    "premium_rate",
    "unknown",
)


@dataclass(frozen=True, slots=True)
class CountryPlan:
    """A national numbering plan (the ``country:`` section of ``settings.yaml``).

    The three patterns are matched (full match) against a number in national form: calling
    code and trunk prefix removed, digits only.

    Attributes:
        code: ISO country code (``CN``).
        calling_code: Country calling code without ``+`` (``86``).
        trunk_prefix: National trunk prefix (``0``), ``''`` when the plan has none.
        international_prefix: International call prefix (``00``), the first one given.
        mobile: Regex for mobile numbers.
        landline: Regex for landline numbers.
        short_code: Regex for short codes (government, banks, SMS platform ports).
        international_prefixes: Every international call prefix of the plan, longest first
            (Singapore dials ``000``, ``001``, ``008``...).
        premium_rate: Regex for premium-rate numbers (the caller pays a surcharge to the
            number's holder: the United Kingdom's 09), ``''`` when the plan names none. Read
            for numbers written in a message body, never for senders.
    """

    code: str
    calling_code: str
    trunk_prefix: str
    international_prefix: str
    mobile: str
    landline: str
    short_code: str
    international_prefixes: tuple[str, ...] = ()
    premium_rate: str = ""

    @classmethod
    def from_mapping(cls, m: Mapping[str, Any]) -> CountryPlan:
        """Build a plan from the ``country:`` mapping of ``settings.yaml``.

        Args:
            m: The mapping; ``trunk_prefix`` and ``international_prefix`` may be absent
                (no trunk prefix, ``00``); ``international_prefix`` may be a list.

        Returns:
            The plan.

        Raises:
            ValueError: A required key is missing, the calling code is not digits, or a
                pattern does not compile.
        """
        missing = [k for k in ("code", "calling_code", "mobile", "landline", "short_code")
                   if m.get(k) in (None, "")]
        if missing:
            raise ValueError(f"country plan is missing {', '.join(missing)}")
        given = m.get("international_prefix") or "00"
        prefixes = [str(p).strip() for p in ([given] if isinstance(given, str | int) else given)]
        plan = cls(
            code=str(m["code"]).strip().upper(),
            calling_code=str(m["calling_code"]).strip().lstrip("+"),
            trunk_prefix=str(m.get("trunk_prefix") or "").strip(),
            international_prefix=prefixes[0],
            mobile=str(m["mobile"]),
            landline=str(m["landline"]),
            short_code=str(m["short_code"]),
            international_prefixes=tuple(sorted(set(prefixes), key=lambda p: (-len(p), p))),
            premium_rate=str(m.get("premium_rate") or ""),
        )
        if not plan.calling_code.isdigit():
            raise ValueError(f"country plan calling_code {plan.calling_code!r} is not digits")
        for key, value in [("trunk_prefix", plan.trunk_prefix)] + [
                ("international_prefix", p) for p in prefixes]:
            if value and not value.isdigit():
                raise ValueError(f"country plan {key} {value!r} is not digits")
        for key in ("mobile", "landline", "short_code", "premium_rate"):
            try:
                re.compile(getattr(plan, key))
            except re.error as exc:
                raise ValueError(f"country plan {key} pattern is invalid: {exc}") from exc
        return plan


class SenderInfo(NamedTuple):
    """A classified sender.

    Attributes:
        raw: The sender as received (``''`` for none).
        canonical: E.164 (``+614913117945``) for numbers, digits for short codes, casefolded
            text without spaces for alphanumeric ids and e-mail addresses, ``''`` for no
            sender.
        national: Digits in national form (calling code and trunk prefix removed) for domestic
            numbers and short codes, ``''`` otherwise.
        cls: One of :data:`SENDER_CLASSES`.
    """

    raw: str
    canonical: str
    national: str
    cls: str


# local@domain.tld: a dotted domain whose last label is letters (not an id like "a@b").
_EMAIL = re.compile(r"[^@\s]+@(?:[^@\s.]+\.)+[^\W\d_]{2,}")
_SEPARATORS = str.maketrans("", "", " \t\u00a0-().‐‑–—/")
_UNKNOWN_EMPTY = SenderInfo("", "", "", "unknown")
# Where a number written in a body splits into groups ("0909 879 0174"), and what is trimmed
# off the end of the shorter reading.
_GROUP_SEPARATORS = (" ", "\u00a0", "-", ".")
_GROUP_STRIP = " \u00a0-.("


class SenderClassifier:
    """Classifies senders against a national numbering plan.

    A number in international form (``+`` or the international prefix) with a calling code
    other than the plan's is ``international``; with the plan's own calling code it is read as
    a national number. National numbers are tried as mobile, short code, then landline.
    Alphanumeric senders (``ICBC``) are ``alphanumeric``; an e-mail address
    (``renew7731@smsmail.cc``, what e-mail-to-text gateways put in the sender field) is
    ``email``; anything else is ``unknown``.

    Args:
        plan: The numbering plan.
    """

    __slots__ = ("plan", "_mobile", "_landline", "_short", "_premium", "_cache")

    _CACHE_MAX = 65536

    def __init__(self, plan: CountryPlan) -> None:
        self.plan = plan
        self._mobile = re.compile(plan.mobile)
        self._landline = re.compile(plan.landline)
        self._short = re.compile(plan.short_code)
        self._premium = re.compile(plan.premium_rate) if plan.premium_rate else None
        self._cache: dict[str, SenderInfo] = {}

    def classify(self, sender: str | None) -> SenderInfo:
        """Classify one sender.

        Tolerates spaces, dashes, dots, parentheses and full-width digits
        (``+86 138-0013-8000``, ``００８６…``), the ``00`` international prefix, short codes
        (``95588``, ``106901234567``), alphanumeric ids (``ICBC``), e-mail addresses, ``''``
        and ``None``.

        Args:
            sender: The sender address as received.

        Returns:
            The classification.
        """
        if not sender:
            return _UNKNOWN_EMPTY
        info = self._cache.get(sender)
        if info is None:
            info = self._classify(sender)
            if len(self._cache) >= self._CACHE_MAX:
                self._cache.clear()
            self._cache[sender] = info
        return info

    def classify_number(self, number: str) -> str:
        """Return the class of a phone number written in a message body.

        The sender classes of a number (:meth:`classify`), except that a national number the
        plan's ``premium_rate`` pattern matches is ``premium_rate`` whatever else it would
        be: the North American 900 numbers have the shape of personal numbers.

        Args:
            number: The number as written (:func:`find_numbers`).

        Returns:
            One of :data:`BODY_NUMBER_CLASSES`.
        """
        return self.read_number(number)[0]

    def read_number(self, number: str) -> tuple[str, int]:
        """Return the class of a body number and how many of its characters make it.

        A run of digits that no class fits, and ends with a group of one or two digits, is read
        once more without that group: "call 0909 879 0174 2 hear it" ends with a word written
        as a digit, "1550 123 456 2day" likewise. One retry at most, so a body of spaced digits
        costs two readings per run, not one per group.

        Args:
            number: The number as written (:func:`find_numbers`).

        Returns:
            The class (:meth:`classify_number`) and the length of the prefix of ``number``
            that has it (all of it when the shorter reading fits no class either).
        """
        cls = self._number_class(number)
        if cls != "unknown":
            return cls, len(number)
        cut = max(number.rfind(sep) for sep in _GROUP_SEPARATORS)
        if cut <= 0 or sum(ch.isdigit() for ch in number[cut:]) > 2:
            return cls, len(number)
        shorter = number[:cut].rstrip(_GROUP_STRIP)
        if sum(ch.isdigit() for ch in shorter) < 6:
            return cls, len(number)
        cls = self._number_class(shorter)
        return (cls, len(shorter)) if cls != "unknown" else ("unknown", len(number))

    def _number_class(self, text: str) -> str:
        """Return the class of one reading of a body number (premium rate first)."""
        info = self._classify(text)
        premium = self._premium
        if premium is not None and info.national and premium.fullmatch(info.national):
            return "premium_rate"
        return info.cls if info.cls in BODY_NUMBER_CLASSES else "unknown"

    def _classify(self, raw: str) -> SenderInfo:
        text = raw.strip()
        if not text.isascii():
            text = unicodedata.normalize("NFKC", text).strip()
        if text[:4].lower() == "tel:":
            text = text[4:]
        compact = text.translate(_SEPARATORS)
        plus = compact.startswith("+")
        digits = compact[1:] if plus else compact
        if not digits.isdigit() or not digits.isascii():
            ident = "".join(text.split()).casefold()
            if "@" in ident and _EMAIL.fullmatch(ident):
                return SenderInfo(raw, ident, "", "email")
            if any(c.isalpha() for c in ident):
                return SenderInfo(raw, ident, "", "alphanumeric")
            return SenderInfo(raw, ident, "", "unknown")

        plan = self.plan
        if not plus:
            for prefix in plan.international_prefixes or (plan.international_prefix,):
                if prefix and digits.startswith(prefix):
                    digits = digits[len(prefix):]
                    plus = True
                    break
        if plus:
            if not digits.startswith(plan.calling_code):
                if 6 <= len(digits) <= 15 and digits[0] != "0":
                    return SenderInfo(raw, "+" + digits, "", "international")
                return SenderInfo(raw, "+" + digits, "", "unknown")
            national = digits[len(plan.calling_code):]
        else:
            national = digits
        trunk = bool(plan.trunk_prefix) and national.startswith(plan.trunk_prefix)
        if trunk:
            national = national[len(plan.trunk_prefix):]
        if not national:
            return SenderInfo(raw, "+" + digits if plus else digits, "", "unknown")
        e164 = "+" + plan.calling_code + national
        if self._mobile.fullmatch(national):
            return SenderInfo(raw, e164, national, "domestic_mobile")
        # Short codes are dialled as they are: a number written with the trunk prefix or the
        # calling code is a landline first ("010-12345678" is Beijing, not a 10xxx port).
        if (trunk or plus) and self._landline.fullmatch(national):
            return SenderInfo(raw, e164, national, "domestic_landline")
        if self._short.fullmatch(national):
            return SenderInfo(raw, national, national, "short_code")
        if self._landline.fullmatch(national):
            return SenderInfo(raw, e164, national, "domestic_landline")
        if not plus and digits.startswith(plan.calling_code):
            # A gateway that drops the '+': "8613800138000".
            rest = digits[len(plan.calling_code):]
            if self._mobile.fullmatch(rest):
                return SenderInfo(raw, "+" + digits, rest, "domestic_mobile")
            if self._landline.fullmatch(rest) and not rest.startswith(plan.trunk_prefix or "+"):
                return SenderInfo(raw, "+" + digits, rest, "domestic_landline")
        return SenderInfo(raw, e164 if plus or len(national) >= 7 else national, national,
                          "unknown")


# A phone number written in a body: six to seventeen digits, with up to two spaces, dashes,
# dots or brackets between two digits, optionally after '+' (or a full-width one); not inside
# a longer run of digits.
_BODY_NUMBER = re.compile(r"(?<![\d+\uff0b])[+\uff0b]?\(?\d(?:[ \u00a0\-.()]{0,2}\d){5,16}(?!\d)")


def find_numbers(body: str) -> list[tuple[int, int, str]]:
    """Return the phone numbers written in a message body, as spans of the original text.

    Args:
        body: The message text as received (full-width digits are digits too).

    Returns:
        ``(start, end, text)`` of each candidate number, in text order.
    """
    return [(m.start(), m.end(), m.group()) for m in _BODY_NUMBER.finditer(body)]


class Signature(NamedTuple):
    """A claimed sender signature (``【中国工商银行】``) at the start or end of a body.

    Attributes:
        text: The signature, without the brackets and surrounding blanks inside them.
        start: Start offset of ``text`` in the original body.
        end: End offset (exclusive) of ``text`` in the original body.
        position: ``'start'`` or ``'end'``.
    """

    text: str
    start: int
    end: int
    position: str


_PAIRS = {"【": "】", "〖": "〗", "[": "]", "［": "］", "（": "）", "(": ")"}
# No ASCII ')' at the end: "(reply STOP to opt out)" is a remark, not a signature.
_CLOSE_TO_OPEN = {"】": "【", "〗": "〖", "]": "[", "］": "［", "）": "（"}
_MAX_SIGNATURE = 24
_BLANKS = " \t\r\n\u00a0\u3000"
_WINDOW = _MAX_SIGNATURE + 8  # room for blanks inside the brackets


def _inner(body: str, open_at: int, close_at: int, position: str) -> Signature | None:
    """Build a signature from the text between two bracket offsets, if it qualifies."""
    a, b = open_at + 1, close_at
    while a < b and body[a] in _BLANKS:
        a += 1
    while b > a and body[b - 1] in _BLANKS:
        b -= 1
    if not 1 <= b - a <= _MAX_SIGNATURE:
        return None
    text = body[a:b]
    if "\n" in text:
        return None
    return Signature(text, a, b, position)


def extract_signature(body: str) -> Signature | None:
    """Find a claimed signature at the start or the end of a body.

    Recognised brackets: ``【…】``, ``〖…〗``, ``[…]``, ``［…］`` and ``（…）`` at either end
    (leading and trailing blanks allowed), and ``(…)`` at the start only (a final ASCII
    parenthesis is usually a remark, not a signature). The signature holds 1 to 24
    characters once the blanks inside the brackets are stripped. The start wins when both
    ends carry one.

    Args:
        body: The original message body.

    Returns:
        The signature, or ``None`` when there is none (brackets in the middle do not count).
    """
    n = len(body)
    i = 0
    while i < n and body[i] in _BLANKS:
        i += 1
    if i == n:
        return None
    close = _PAIRS.get(body[i])
    if close is not None:
        j = body.find(close, i + 1, i + 2 + _WINDOW)
        if j != -1 and body.find(body[i], i + 1, j) == -1:
            sig = _inner(body, i, j, "start")
            if sig is not None:
                return sig
    k = n - 1
    while body[k] in _BLANKS:
        k -= 1
    opener = _CLOSE_TO_OPEN.get(body[k])
    if opener is not None:
        o = body.rfind(opener, max(0, k - 1 - _WINDOW), k)
        if o != -1 and body.find(body[k], o + 1, k) == -1:
            return _inner(body, o, k, "end")
    return None
