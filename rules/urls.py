"""URL extraction, Public Suffix List splitting, domain sets and look-alike detection.

Everything here runs once per message on the hot path, so the module compiles its regular
expressions at import time, parses the Public Suffix List once (lazily) into sets, and keeps
per-message work to a cheap pre-check (:func:`has_url_hint`), one regex scan and a few set
lookups per candidate URL.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import ahocorasick

__all__ = [
    "DEFAULT_RISKY_TLDS",
    "DomainSet",
    "LookalikeDetector",
    "PublicSuffixList",
    "Url",
    "default_psl",
    "drop_named_domains",
    "extract_urls",
    "has_url_hint",
    "hyphenated_host_label",
    "skeleton",
]

PSL_PATH = Path(__file__).resolve().parent / "data" / "public_suffix_list.dat"


class Url(NamedTuple):
    """A URL found in a message body.

    Attributes:
        start: Start offset of the URL in the original text.
        end: End offset (exclusive) of the URL in the original text.
        raw: The original text of the span, ``text[start:end]``.
        host: Cleaned host: lowercased, de-obfuscated, IDNA decoded to Unicode, no port.
        registrable: Registrable domain (eTLD+1); ``''`` for IP hosts or bare suffixes.
        suffix: Public suffix of the host (``'cn'``, ``'gov.cn'``); ``''`` for IP hosts.
        is_ip: The host is an IPv4 address.
        obfuscated: The URL was written to dodge filters (defanged dots, ``hxxp``, full-width
            or ideographic dots, spaces around dots, ``dot`` words).
        masked: The host contains ``*``, as in ``www.k**y.show``.
        path: Path, query and fragment as written (``''`` when absent).
    """

    start: int
    end: int
    raw: str
    host: str
    registrable: str
    suffix: str
    is_ip: bool
    obfuscated: bool
    masked: bool
    path: str

    @property
    def tld(self) -> str:
        """The last label of the host (``''`` for IP hosts)."""
        return "" if self.is_ip else self.host.rpartition(".")[2]


# --------------------------------------------------------------------------------------------
# Public Suffix List
# --------------------------------------------------------------------------------------------


def _to_unicode_host(host: str) -> str:
    """Lowercase a host and decode its punycode (``xn--``) labels to Unicode."""
    host = host.lower().strip(".")
    if "xn--" not in host:
        return host
    labels = host.split(".")
    for i, label in enumerate(labels):
        if label.startswith("xn--"):
            try:
                labels[i] = label[4:].encode("ascii").decode("punycode").lower()
            except (UnicodeError, ValueError):
                pass  # keep the label as written: an invalid A-label is still a host label
    return ".".join(labels)


class PublicSuffixList:
    """The Public Suffix List, parsed once into sets of normal, wildcard and exception rules.

    Args:
        path: A file in the ``public_suffix_list.dat`` format; the bundled snapshot by default.
        include_private: Also apply the PRIVATE section (``github.io``, ``blogspot.com``...),
            so that each customer of such a service gets its own registrable domain.
    """

    __slots__ = ("_normal", "_wildcard", "_exception", "tlds", "_cache")

    _CACHE_MAX = 16384

    def __init__(self, path: str | Path | None = None, *, include_private: bool = True) -> None:
        normal: set[str] = set()
        wildcard: set[str] = set()
        exception: set[str] = set()
        private = False
        text = Path(path or PSL_PATH).read_text(encoding="utf-8")
        for line in text.splitlines():
            line = line.strip()
            if not line:
                continue
            if line.startswith("//"):
                if "===BEGIN PRIVATE DOMAINS===" in line:
                    private = True
                continue
            if private and not include_private:
                continue
            rule = _to_unicode_host(line.split()[0])
            if rule.startswith("!"):
                exception.add(rule[1:])
            elif rule.startswith("*."):
                wildcard.add(rule[2:])
            else:
                normal.add(rule)
        self._normal = frozenset(normal)
        self._wildcard = frozenset(wildcard)
        self._exception = frozenset(exception)
        #: Every top-level label the list knows (``com``, ``cn``, ``show``, ``中国``...).
        self.tlds = frozenset(r.rpartition(".")[2] for r in normal | wildcard | exception)
        self._cache: dict[str, tuple[str, str]] = {}

    def __len__(self) -> int:
        return len(self._normal) + len(self._wildcard) + len(self._exception)

    def is_public_suffix(self, name: str) -> bool:
        """Tell whether ``name`` (lower case, e.g. ``com.my``) is a listed public suffix."""
        return name in self._normal

    def split(self, host: str) -> tuple[str, str]:
        """Split a host into its registrable domain and public suffix.

        Args:
            host: A host name, lowercase Unicode (punycode labels are decoded too).

        Returns:
            ``(registrable, suffix)``: ``('nhsa.gov.cn', 'gov.cn')`` for ``a.b.nhsa.gov.cn``.
            The registrable domain is ``''`` when the host is itself a public suffix. Unknown
            top-level labels count as a suffix of one label (the PSL's implicit ``*`` rule).
        """
        cached = self._cache.get(host)
        if cached is not None:
            return cached
        result = self._split(host)
        if len(self._cache) >= self._CACHE_MAX:
            self._cache.clear()
        self._cache[host] = result
        return result

    def _split(self, host: str) -> tuple[str, str]:
        host = _to_unicode_host(host)
        if not host:
            return "", ""
        normal, wildcard, exception = self._normal, self._wildcard, self._exception
        # Label start offsets, left to right; the first (longest) matching rule wins.
        starts = [0]
        pos = host.find(".")
        while pos != -1:
            starts.append(pos + 1)
            pos = host.find(".", pos + 1)
        suffix_at = len(starts) - 1  # default rule '*': the last label
        for i, start in enumerate(starts):
            cand = host[start:]
            if cand in exception:
                suffix_at = i + 1
                break
            if cand in normal:
                suffix_at = i
                break
            if i + 1 < len(starts) and host[starts[i + 1]:] in wildcard:
                suffix_at = i
                break
        if suffix_at >= len(starts):  # an exception rule on a one-label host
            return host, ""
        suffix = host[starts[suffix_at]:]
        if suffix_at == 0:
            return "", suffix
        return host[starts[suffix_at - 1]:], suffix


@functools.cache
def default_psl() -> PublicSuffixList:
    """Return the process-wide :class:`PublicSuffixList` built from the bundled snapshot."""
    return PublicSuffixList()


# --------------------------------------------------------------------------------------------
# Domain sets
# --------------------------------------------------------------------------------------------


class DomainSet:
    """A set of domains matched by suffix: an entry matches itself and all its sub-domains.

    Entries are written ``nhsa.gov.cn``, ``gov.cn`` or ``*.gov.cn`` (the last matches only
    sub-domains, not ``gov.cn`` itself). Blank entries and ``#`` comments are ignored; entries
    are lowercased and punycode is decoded, so they compare with :attr:`Url.host`.

    Args:
        entries: The domain entries.
    """

    __slots__ = ("_self_and_sub", "_sub_only")

    def __init__(self, entries: Iterable[str]) -> None:
        self._self_and_sub: dict[str, str] = {}
        self._sub_only: dict[str, str] = {}
        for entry in entries:
            entry = entry.split("#", 1)[0].strip().lower()
            if not entry:
                continue
            if entry.startswith("*."):
                self._sub_only.setdefault(_to_unicode_host(entry[2:]), entry)
            else:
                self._self_and_sub.setdefault(_to_unicode_host(entry.lstrip(".")), entry)

    def __len__(self) -> int:
        return len(self._self_and_sub) + len(self._sub_only)

    def __contains__(self, host: object) -> bool:
        return isinstance(host, str) and self.match(host) is not None

    def match(self, host: str) -> str | None:
        """Find the entry that covers a host.

        Args:
            host: A cleaned host (:attr:`Url.host`); case and a trailing dot are tolerated.

        Returns:
            The matching entry as listed (lowercased), the most specific one when several
            match, or ``None``.
        """
        full, sub = self._self_and_sub, self._sub_only
        if not host.islower() or host.endswith("."):
            host = host.lower().rstrip(".")
        hit = full.get(host)
        if hit is not None:
            return hit
        pos = host.find(".")
        while pos != -1:
            parent = host[pos + 1:]
            hit = full.get(parent) or sub.get(parent)
            if hit is not None:
                return hit
            pos = host.find(".", pos + 1)
        return None


# --------------------------------------------------------------------------------------------
# Extraction
# --------------------------------------------------------------------------------------------

# Whitespace tolerated around a separator ("www . abc . top", "nhsa． gov． cn").
_SP = "[ \\t\\u00a0\\u3000]"
# A host-label character: any Unicode letter or digit except CJK and other wide scripts (so
# that "请登录www.abc.top更新" stops at the Chinese text), full-width ASCII letters and digits
# (U+FF10..U+FF5A are kept), '_', '-' and '*' (masked hosts).
_LABEL_CLASS = "[*\\-]|[^\\W\\u2e80-\\uff0f\\uff5b-\\U0010ffff]"
# The same characters, the common ones first, taken possessively: no separator starts with a
# label character, so giving some back never lets a separator match; each character is tested
# once, and a failing candidate is not retried at every shorter length.
_LABEL = "(?:[^\\W\\u2e80-\\uff0f\\uff5b-\\U0010ffff]|[*\\-])++"
# Full-width, ideographic, middle and leader dots and the bullet, used as dots.
_WIDE_DOTS = "．。｡‧·・∙․﹒•"
_DOT_WORD = "(?:dot|DOT|Dot)"
_OPENERS = "[({（【"
_CLOSERS = "])}）】"
_SEP = (
    "(?:"
    "\\."  # tight ASCII dot
    # An ASCII dot spaced on both sides; spaced on one side only it is a sentence end.
    f"|{_SP}{{1,3}}\\.{_SP}{{1,3}}"
    f"|{_SP}{{0,2}}[{_WIDE_DOTS}]{_SP}{{0,2}}"
    f"|{_SP}{{0,2}}[\\[(\\{{（【]{_SP}?(?:[.{_WIDE_DOTS}]|{_DOT_WORD}){_SP}?[\\])}}）】]{_SP}{{0,2}}"
    f"|{_SP}+{_DOT_WORD}{_SP}+"
    ")"
)
_SCHEME = "(?P<scheme>(?i:https?|hxxps?|h\\*\\*ps?|ftp))(?:://|\\[:\\]//|[:：][/／][/／])"
_USERINFO = "(?:[A-Za-z0-9._~%!$&'*+,;=:\\-]{1,64}@)?"
_TAIL = "(?P<port>:\\d{1,5})?(?P<path>[/?#][!-~]*)?"
_URL_RE = re.compile(
    f"(?:{_SCHEME}{_USERINFO}(?P<h1>{_LABEL}(?:{_SEP}{_LABEL})*)"
    f"|(?<![*\\-@])(?<!{_LABEL_CLASS})(?P<h2>{_LABEL}(?:{_SEP}{_LABEL})+)){_TAIL}"
)
_SEP_RE = re.compile(_SEP)
# The scheme before "//": the first of 'hHfF' in the scheme letters that end there.
_SCHEME_START_RE = re.compile("[hHfF][hHtTpPsSxXfF*]*\\Z")
# Characters that make an ASCII host need the full separator parse (" . ", "[.]", "(dot)").
_FANCY_ASCII_RE = re.compile(r"[ \t\[({]")
_ASCII_RUN_RE = re.compile(r"[A-Za-z0-9*_.\-]*")
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_IPV4_RE = re.compile(rf"{_OCTET}(?:\.{_OCTET}){{3}}")
_PATH_TRAILING = ".,;:!?'\")]}>*"

# Top-level domains that are also common words or file extensions: written without a scheme,
# "www." or a path they are more likely ordinary text ("done.Is", "setup.py").
AMBIGUOUS_TLDS = frozenset(
    "am as at be by cd do id im in is it ms my name no pl ps py rs sh so st to us".split()
)

# Of those, the ones that are file extensions: never a link without a scheme ("my-app.py").
_FILE_EXTENSION_TLDS = frozenset("cd ms pl ps py rs sh st".split())

#: TLDs cheap to register and common in phishing; used when no risky list is configured.
DEFAULT_RISKY_TLDS = frozenset(
    "top xyz vip show cc icu cyou buzz club shop site online live work click link fun pw tk ml "
    "ga cf gq sbs cfd bond rest lol quest store space website tech win bid loan top wang ink "
    "mobi monster today life asia info".split()
)

_HINT_SPACES = " \t\u00a0\u3000"
_DOT_WORD_BEFORE = _HINT_SPACES + "[({（【"
_DOT_WORD_AFTER = _HINT_SPACES + "])}）】"

_ASCII_LABEL_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789*-_"
_ASCII_LABEL = frozenset(_ASCII_LABEL_CHARS)


def _is_label_char(c: str) -> bool:
    """Mirror of :data:`_LABEL_CLASS` for one character."""
    if c in _ASCII_LABEL:
        return True
    if c < "\x80" or not c.isalnum():
        return False
    return c < "\u2e80" or "\uff10" <= c <= "\uff5a"


# A separator can join two host labels when it has a label character on each side, with at
# most four blanks or opening brackets before it and four blanks or closing brackets after it.
# An ASCII dot must be tight on both sides ("a.b") or spaced on both sides ("a . b"); spaced
# on one side only it is a sentence end ("today. Please"), unless a bracket is in the way
# ("abc[ .]com", "abc(. )com"). The rules are written as look-arounds around the separator so
# that each match is the separator alone and the regex engine can skip to the next candidate
# character in C.
_L1 = "(?:[^\\W\\u2e80-\\uff0f\\uff5b-\\U0010ffff]|[*\\-])"  # one label character
_SKIP_BEFORE = "[ \\t\\u00a0\\u3000\\[({（【]"
_SKIP_AFTER = "[ \\t\\u00a0\\u3000\\])}）】]"


def _behind(head: str, sep: str, counts: range) -> str:
    """Look-behinds for ``head``, then ``n`` skippable characters, then ``sep``."""
    return "(?:" + "|".join(f"(?<={head}{_SKIP_BEFORE}{{{n}}}{sep})" for n in counts) + ")"


_OPENER = "[\\[({（【]"
_CLOSER = "[\\])}）】]"
_DOT = "\\."
# The look-ahead comes first: it fails at once on the common case, a wide dot in Chinese text
# ("已到。请"), where the look-behinds would be tried one by one.
_WIDE_SEP_RULE = f"(?={_SKIP_AFTER}{{0,4}}{_L1})" + _behind(_L1, f"[{_WIDE_DOTS}]", range(5))
_ASCII_SEP_RULE = (
    "(?:"
    # tight before: tight after, or spaced after with a closing bracket among the blanks
    f"(?<={_L1}{_DOT})(?:(?={_L1})|(?={_SKIP_AFTER}{{0,3}}{_CLOSER})(?={_SKIP_AFTER}{{1,4}}{_L1}))"
    # spaced before: spaced after, or tight after with an opening bracket among the blanks (the
    # first look-behind only fails fast on the common case, a label right before the dot)
    f"|(?<={_SKIP_BEFORE}{_DOT}){_behind(_L1, _DOT, range(1, 5))}"
    f"(?:(?={_SKIP_AFTER}{{1,4}}{_L1})|{_behind(_OPENER, _DOT, range(4))}(?={_L1}))"
    ")"
)
# A plain number around an ASCII dot ("3.5元", "1234.56", "1.2.3.4"): only digits in the label
# before it (up to 16, looked at from the dot), then ASCII digits and dots not followed by a
# port, a path or a label character. Longer numbers are left to :func:`_plain_number`.
_NUMBER_AFTER_DOT = (
    "(?=[0-9])(?:"
    + "|".join(f"(?<=\\d{{{n}}}{_DOT})(?<!{_L1}\\d{{{n}}}{_DOT})" for n in range(1, 17))
    + f")[0-9][0-9.]*+(?![/:]|{_L1})"
)
_SEP_ALTERNATIVES = "|".join(
    [f"\\.{_ASCII_SEP_RULE}"] + [f"{dot}{_WIDE_SEP_RULE}" for dot in _WIDE_DOTS]
)
#: Anything that makes :func:`extract_urls` worth running. Every alternative starts with a
#: literal character, so the search skips ahead in C to the next '/', '／', 'd', 'D' or dot.
_HINT_RE = re.compile("//|／／|/／|／/|dot|DOT|Dot|" + _SEP_ALTERNATIVES)
#: Where URL candidates can start (see :meth:`_Extractor.scan`); each match is one character: a
#: separator that can join two labels and is not inside a plain number, the first of two
#: slashes, or a ``dot`` word between blanks or brackets.
_SEED_RE = re.compile(
    f"\\.(?!{_NUMBER_AFTER_DOT}){_ASCII_SEP_RULE}"
    + "".join(f"|{dot}{_WIDE_SEP_RULE}" for dot in _WIDE_DOTS)
    + "|/(?=[/／])|／(?=[/／])"
    + "".join(
        f"|{word}(?<={_SKIP_BEFORE}{word})(?={_SKIP_AFTER})"
        for word in ("dot", "DOT", "Dot")
    )
)


# A run of at least N single characters of a host, each followed by one to three blanks, and
# the run's last character: a host written one character at a time to dodge filters. The
# repetition is possessive, so a long run that is no host ("- - - - ...") costs one pass.
_SPACED_RUN = (r"(?<![A-Za-z0-9.\-])(?:(?:\[\.\]|[A-Za-z0-9.\-])[ \u3000]{1,3}){%d,}+"
               r"(?:\[\.\]|[A-Za-z0-9.\-])?+")
# Five characters make a host on their own; three only a piece of one written apart around a
# whole word (see _spaced_runs).
_SPACED_RUN_RE = re.compile(_SPACED_RUN % 5)
_SHORT_SPACED_RUN_RE = re.compile(_SPACED_RUN % 3)
_BLANKS_RE = re.compile(r"[ \u3000]+")
# A host whose dot has a blank on one side only ("amzn-secure .com/verify (remove the space)",
# "pay-toll. com"), on the common and the cheap top-level domains. Prose has the same shape
# ("ok. com..."), so the code also wants a hyphen or a digit in the label, or a path.
_ONE_SIDED_TLDS = ("com|net|org|info|top|xyz|shop|live|help|site|online|vip|cc|co|me|io|app|"
                   "link|click|cn|uk|us|ca|au|"
                   # the cheap top-level domains of phishing hosts and the region's ccTLDs
                   # ("dbs-sg-secure .icu", "post-tw .delivery .ink", batch409)
                   "icu|cyou|club|wang|ink|cfd|sbs|bond|pro|biz|asia|store|hk|sg|my|tw|nz|ie|"
                   # more of the cheap ones ("ird-govtnz-refund .lat/nz", batch443)
                   "lat|buzz|cam|monster|quest|lol|mom|rest|homes|autos|beauty|mobi")
# More of the cheap top-level domains, read only with the blank before the dot
# ("maybank2u-my .life/s2u", batch494): many are English words ("life", "world", "one"), and
# after a full stop and a blank ("2025. world") they are prose. Not "delivery", "support",
# "group" and the like: they are the middle labels of hosts written apart ("post-tw .delivery
# .ink", batch409), and the first top-level domain reached ends a host.
_BLANK_BEFORE_TLDS = ("life|world|today|space|fun|win|work|show|best|bar|loan|bid|date|"
                      "download|racing|review|stream|trade|men|party|science|kim|ltd|xin|ren|"
                      "red|website|casa|hair|skin|makeup|boats|pics|uno|gold|vin|one|"
                      "tk|ml|ga|cf|gq|pw|ws|su|claims|fit|run|plus|zone|tips|tools")
# ". com" and the like: starts with a literal, so the regex engine skips through the text fast.
_DOT_BLANK_TLD_RE = re.compile(r"\. (?:" + _ONE_SIDED_TLDS + ")")
# The labels before it may be joined by tight dots or by dots with a blank on one side too
# ("may-bank2u .secure-my .top", "cpf-gov-sg.verify-member .top").
# A label may be masked ("www.g**-uk.winterpay .live", batch412).
# It may start with a "www." written apart ("ww w.0ctopus-gift .hk/claim", batch415).
_SPLIT_WWW = ("ww w", "w ww", "w w w")
_ONE_SIDED_RE = re.compile(
    r"(?:(?<![A-Za-z0-9.\-*])(?:" + "|".join(_SPLIT_WWW) + r")\.|(?<![A-Za-z0-9.\-*]))"
    r"[A-Za-z0-9][A-Za-z0-9\-*]{1,62}"
    r"(?:(?: \.|\. |\.)[A-Za-z0-9][A-Za-z0-9\-*]{0,62})*?"
    r"(?:(?: \.|\. )(?:" + _ONE_SIDED_TLDS + r")| \.(?:" + _BLANK_BEFORE_TLDS + r"))"
    r"(?:/[^\s]*|(?![A-Za-z0-9]))"
)


# A host whose dot is written as the character 点 ("abc-pay点com", "gjj（点）cn", "sb-bt 点 top/x"):
# Latin label, 点 with at most one blank or bracket on each side, a common or cheap top-level
# domain. The label needs a letter or five characters, so "3点cn" of a time is no host.
_DIAN_RE = re.compile(
    r"(?<![A-Za-z0-9.\-])(?P<label>[A-Za-z0-9][A-Za-z0-9\-]{0,62}(?:\.[A-Za-z0-9\-]{1,63})*)"
    r"[ \u3000]?[（(【\[]?[ \u3000]?点[ \u3000]?[）)】\]]?[ \u3000]?"
    r"(?P<tld>(?:gov|com|net|org)\.cn|" + _ONE_SIDED_TLDS + r"|cyou|icu|club|wang|ink|cfd|sbs|bond)"
    r"(?P<path>/[!-~]*)?(?![A-Za-z0-9])"
)
# What follows 点 in any match of :data:`_DIAN_RE` (blanks, a closing bracket, a top-level domain
# in lower case): led by 点, so texts with 点 in their Chinese ("晚点", "10点前") are told apart
# at each 点 rather than by trying the full regex, led by a label, at every letter and digit.
_DIAN_TAIL_RE = re.compile(r"点[ \u3000]?[）)】\]]?[ \u3000]?[a-z]")
# Invisible characters that split a host ("abc\u200b.com"): the extractor reads the text
# without them.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]")


def _has_invisible(text: str) -> bool:
    """Tell whether ``text`` has an invisible character (:data:`_INVISIBLE`).

    None is ASCII, so ASCII text needs one C-level test; other text is searched for each of the
    characters with C substring tests, several times faster than a regex class tried at every
    character.
    """
    if text.isascii():
        return False
    for char in _INVISIBLE:
        if char in text:
            return True
    return False


def _replace_overlapping(urls: list[Url], found: list[Url]) -> list[Url]:
    """Merge ``found`` into ``urls`` in text order; a URL that overlaps a found one gives way."""
    if not found:
        return urls
    kept = [u for u in urls if not any(u.start < f.end and f.start < u.end for f in found)]
    return sorted(kept + found, key=lambda u: u.start)


def _may_be_dian(text: str) -> bool:
    """Tell whether the text has a host written with 点 for its dot (cheap tests first)."""
    return ("点" in text and _DIAN_TAIL_RE.search(text) is not None
            and _DIAN_RE.search(text) is not None)


def _may_be_one_sided(text: str) -> bool:
    """Tell whether the text has a host with a blank on one side of its dot (cheap tests first)."""
    return (" ." in text or ". " in text and _DOT_BLANK_TLD_RE.search(text) is not None) and (
        _ONE_SIDED_RE.search(text) is not None)


def _may_be_letter_spaced(text: str) -> bool:
    """Tell whether the text has a host written one character at a time (cheap tests first).

    Such a host has a dot between blanks (``t w . c o m``) or a defanged one (``[.]``).
    """
    return (" . " in text or "[.]" in text or "\u3000." in text) and (
        _SHORT_SPACED_RUN_RE.search(text) is not None)


# What may stand between two runs of single characters of one host: one word of the host
# written whole, then its blanks ("e v r i - resched . c y o u").
_RUN_GAP_RE = re.compile(r"[A-Za-z0-9\-]{2,24}[ \u3000]{1,3}")


def _spaced_runs(text: str) -> list[tuple[int, str]]:
    """Return the runs of :data:`_SPACED_RUN_RE` as ``(start, run)``, trailing blanks removed.

    Two runs with one whole word of the host between them ("e v r i -" "resched" ". c y o u"),
    a hyphen or a dot on the word's side of either, are one run: a host spelled out letter by
    letter around the word the sender left whole. A shorter run (three characters) counts
    only so joined.
    """
    runs: list[tuple[int, int, bool]] = []  # start, end, long enough on its own or joined
    for rm in _SHORT_SPACED_RUN_RE.finditer(text):
        end = rm.end()
        if text[end:end + 1].isalnum():
            end -= 1  # the first letter of the next word ("s h o w now")
        whole = _SPACED_RUN_RE.fullmatch(text, rm.start(), rm.end()) is not None
        if runs and _RUN_GAP_RE.fullmatch(text, runs[-1][1], rm.start()) is not None and (
                text[runs[-1][0]:runs[-1][1]].rstrip(" \u3000")[-1:] in "-."
                or rm.group(0)[:1] in "-."):
            runs[-1] = (runs[-1][0], end, True)
        else:
            runs.append((rm.start(), end, whole))
    return [(start, text[start:end].rstrip(" \u3000")) for start, end, keep in runs if keep]


def has_url_hint(text: str) -> bool:
    """Tell cheaply whether the text can contain a URL at all.

    Never false when :func:`extract_urls` would find something; plain prose without any
    dot-like character between two host-label characters (and without ``//`` or ``dot``)
    is rejected by one regex search.

    Args:
        text: A message body.

    Returns:
        ``True`` when :func:`extract_urls` has to look at the text.
    """
    if _HINT_RE.search(text) is not None or _may_be_one_sided(text) or _may_be_dian(text):
        return True
    return _has_invisible(text) and has_url_hint(_INVISIBLE_RE.sub("", text))


def _sentence_break(prev: str, last: str) -> bool:
    """Tell whether ``prev.Last`` reads as two sentences ("today.Click") rather than a host.

    A capitalised last label after a label that is not capitalised (or upper case) is prose
    missing the space after a full stop; hosts are written in one case ("Google.Com" too).
    """
    if len(last) < 2 or not last[0].isupper() or not last[1:].islower():
        return False
    return not (prev[:1].isupper() and (prev[1:].islower() or prev.isupper()))




def _plain_number(text: str, i: int) -> bool:
    """Tell whether the ASCII dot at ``i`` sits in a plain number (``3.5元``, ``1.2.3.4``).

    The caller has checked that digits come right before and after the dot; the number is
    plain when the digits-and-dots run is not followed by a port, a path or a letter.
    """
    r = _ASCII_RUN_RE.match(text, i + 1).end()  # type: ignore[union-attr]
    if r == len(text) or (text[r] not in "/:" and not _is_label_char(text[r])):
        return text[i + 1:r].replace(".", "").isdigit()
    return False


def _plain_number_at(text: str, i: int) -> bool:
    """Like :func:`_plain_number` with the label before the dot checked too."""
    k = _label_start(text, i, _DOT_WORD_BEFORE)
    return text[k:i].isdigit() and _plain_number(text, i)


def _label_start(text: str, i: int, skip: str) -> int:
    """Walk back from a separator at ``i`` over blanks/brackets, then over one host label."""
    k = i
    while k > 0 and i - k < 4 and text[k - 1] in skip:
        k -= 1
    while k > 0:
        c = text[k - 1]
        if c in _ASCII_LABEL:
            # Strip the ASCII stretch in one call; look at what stopped it next time round.
            lo = k - 64 if k > 64 else 0
            k = lo + len(text[lo:k].rstrip(_ASCII_LABEL_CHARS))
        elif c >= "\x80" and _is_label_char(c):
            k -= 1
        else:
            break
    return k


def _clean_label(label: str) -> str:
    """Lowercase one host label, folding full-width forms and decoding punycode."""
    if not label.isascii():
        label = unicodedata.normalize("NFKC", label)
    label = label.lower()
    if label.startswith("xn--"):
        try:
            label = label[4:].encode("ascii").decode("punycode").lower()
        except (UnicodeError, ValueError):
            pass
    return label


#: What :meth:`_Extractor._host` works out once per distinct host: the host's start and end
#: offsets within the matched host text, whether the port and path stay (no label was dropped
#: or trimmed), then ``host``, ``registrable``, ``suffix``, ``is_ip``, ``obfuscated`` (by the
#: separators and full-width forms; the scheme is checked per match) and ``masked``.
_HostInfo = tuple[int, int, bool, str, str, str, bool, bool, bool]

class _Extractor:
    """Turns regex candidates into :class:`Url` objects (holds the PSL and its TLD set)."""

    __slots__ = ("psl", "tlds", "_hosts")

    _CACHE_MAX = 8192

    def __init__(self, psl: PublicSuffixList) -> None:
        self.psl = psl
        self.tlds = psl.tlds
        #: :meth:`_host` results by ``(host text, has scheme, has port or path)``.
        self._hosts: dict[tuple[str, bool, bool], _HostInfo | None] = {}

    def scan(self, text: str) -> list[Url]:
        """Find the URLs in a text (see :func:`extract_urls`).

        One :data:`_SEED_RE` scan finds where candidates can start: the start of the host
        label before each plausible separator or ``dot`` word, or the start of the scheme
        before each ``//``. Every match of :data:`_URL_RE` contains such a separator, so a
        regex match anchored at these positions finds every URL a full scan would find.
        Seeds come in text order (a seed never starts before the one of an earlier scan
        match: a label, a blank or a scheme letter is never a separator or a slash), so a
        seed is worked out only when its separator lies past the previous match.
        """
        if _has_invisible(text):
            return self._invisible(text)
        urls: list[Url] = []
        done = 0
        skip_to = 0  # ASCII dots before this belong to the "a.b.c" run of an earlier seed
        match = _URL_RE.match
        # Most texts have no seed: one search tells so without setting up an iterator; when
        # there is one, the iteration starts at it (seeds are single characters or "dot"
        # words, so a scan from there yields the same seeds as one from the start).
        first = _SEED_RE.search(text)
        seeds: Iterable[re.Match[str]] = (
            () if first is None else _SEED_RE.finditer(text, first.start()))
        for sm in seeds:
            i = sm.start()
            c = text[i]
            scheme = False
            if c == ".":
                if i < skip_to:
                    continue
                if i < done:
                    # Inside the previous match, so its seed is too; the dots of its ASCII
                    # run are still no seeds of their own.
                    if not (text[i + 1].isdigit() and _plain_number_at(text, i)):
                        skip_to = _ASCII_RUN_RE.match(text, i + 1).end()  # type: ignore
                    continue
                pos = _label_start(text, i, _DOT_WORD_BEFORE)
                if text[i + 1].isdigit() and text[pos:i].isdigit() and _plain_number(text, i):
                    continue  # a number longer than _NUMBER_AFTER_DOT looks at
                skip_to = _ASCII_RUN_RE.match(text, i + 1).end()  # type: ignore[union-attr]
            elif i < done:
                continue
            elif c == "/" or c == "／":
                j = i
                if j >= 1 and text[j - 1] in ":：":
                    j -= 1
                elif text[max(0, j - 3):j] == "[:]":
                    j -= 3
                hm = _SCHEME_START_RE.search(text, j - 16 if j > 16 else 0, j)
                if hm is None:
                    continue
                pos = hm.start()
                scheme = True
            elif c == "d" or c == "D":
                pos = _label_start(text, i, _DOT_WORD_BEFORE)
                if pos == i:
                    continue
            else:
                pos = _label_start(text, i, _DOT_WORD_BEFORE)
            if pos < done:
                continue
            m = match(text, pos)
            if m is None:
                if scheme or (pos and text[pos - 1] == "@"):
                    # An e-mail address's domain is not a link; nor is any tail of it
                    # ("com.au" in "hoax@cba.com.au").
                    continue
                # The walk back stopped early (e.g. at a '*' or '-' the lookbehind refuses):
                # let the regex find the host start itself within this stretch.
                m = _URL_RE.search(text, pos, pos + 256)
                if m is None or m.start("h2") < 0:
                    continue
            done = m.end()
            url = self._candidate(text, m)
            if url is not None:
                urls.append(url)
        if _may_be_letter_spaced(text):
            urls = self._letter_spaced(text, urls)
        if _may_be_one_sided(text):
            urls = self._one_sided(text, urls)
        if _may_be_dian(text):
            urls = self._dian(text, urls)
        return urls

    def _invisible(self, text: str) -> list[Url]:
        """Scan ``text`` without its invisible characters and map the URLs back.

        A URL whose span held an invisible character was written to dodge filters.
        """
        kept = [i for i, ch in enumerate(text) if ch not in _INVISIBLE]
        clean = "".join(text[i] for i in kept)
        kept.append(len(text))
        out = []
        for url in self.scan(clean):
            start, end = kept[url.start], kept[url.end - 1] + 1
            raw = text[start:end]
            out.append(url._replace(
                start=start, end=end, raw=raw,
                obfuscated=url.obfuscated or _INVISIBLE_RE.search(raw) is not None))
        return out

    def _dian(self, text: str, urls: list[Url]) -> list[Url]:
        """Add the hosts written with 点 for their dot (``abc-pay点com``, ``gjj（点）cn``)."""
        found: list[Url] = []
        for dm in _DIAN_RE.finditer(text):
            label = dm.group("label")
            if not (len(label) >= 5 or any(ch.isalpha() for ch in label)):
                continue
            inside = [u for u in urls if u.start < dm.end() and dm.start() < u.end]
            if any(u.start < dm.start("tld") or u.end > dm.end() for u in inside):
                continue  # a host of its own that reaches past the 点 (abc.com点cn)
            collapsed = f"{label}.{dm.group('tld')}{dm.group('path') or ''}"
            for url in self.scan(collapsed):
                if url.start == 0:
                    found.append(url._replace(
                        start=dm.start(), end=dm.end(), raw=dm.group(0), obfuscated=True))
                    break
        # The tail after 点 read as a host of its own ("gov.cn" of "etc点gov.cn") gives way.
        return _replace_overlapping(urls, found)

    def _one_sided(self, text: str, urls: list[Url]) -> list[Url]:
        """Add the hosts whose dot has a blank on one side only (``x-y .com/z``)."""
        found: list[Url] = []
        for om in _ONE_SIDED_RE.finditer(text):
            raw = om.group(0)
            host = raw.partition("/")[0]
            # prose has the shape too ("ok. com"): a hyphen or a digit in a label, a path, or
            # a name of three labels or more
            if not (any(ch.isdigit() or ch == "-" for ch in host) or "/" in raw
                    or host.count(".") >= 2):
                continue
            if "*" in host and not any(ch.isalpha() for ch in host.split(".")[0]):
                continue  # a rating or a footnote ("5** .com"), not a masked name
            if any(u.start <= om.start() < u.end for u in urls):
                continue
            collapsed = raw.replace(" .", ".").replace(". ", ".")
            first, _, rest = collapsed.partition(".")
            if first in _SPLIT_WWW:
                collapsed = "www." + rest
            for url in self.scan(collapsed):
                if url.start == 0:
                    found.append(url._replace(
                        start=om.start(), end=om.end(), raw=raw, obfuscated=True))
                    break
        if not found:
            return urls
        return sorted(urls + found, key=lambda u: u.start)

    def _letter_spaced(self, text: str, urls: list[Url]) -> list[Url]:
        """Add the hosts written one character at a time (``p x m a r t - t w . c o m``).

        Each run of single characters separated by blanks is read without its blanks; when
        that reading is mostly one URL, the URL replaces whatever the run's pieces were taken
        for, spans the whole run and counts as obfuscated.
        """
        found: list[Url] = []
        for start, run in _spaced_runs(text):
            collapsed = _BLANKS_RE.sub("", run)
            if "." not in collapsed or not collapsed[-1].isalnum():
                continue
            for url in self.scan(collapsed):
                if 2 * (url.end - url.start) >= len(collapsed):
                    found.append(url._replace(
                        start=start, end=start + len(run), raw=run, obfuscated=True))
                    break
        return _replace_overlapping(urls, found)

    def _candidate(self, text: str, m: re.Match[str]) -> Url | None:
        # Group spans in one call: 1 scheme, 2 h1 (after a scheme), 3 h2, 4 port, 5 path.
        regs = m.regs
        has_scheme = regs[1][0] >= 0
        base, hend = regs[2] if has_scheme else regs[3]
        host_raw = text[base:hend]
        port_end = regs[4][1]
        path_start, path_end = regs[5]
        path = text[path_start:path_end].rstrip(_PATH_TRAILING) if path_start >= 0 else ""
        tail = port_end >= 0 or bool(path)
        key = (host_raw, has_scheme, tail)
        hosts = self._hosts
        try:
            info = hosts[key]
        except KeyError:
            info = self._host(host_raw, has_scheme, tail)
            if len(hosts) >= self._CACHE_MAX:
                hosts.clear()
            hosts[key] = info
        if info is None:
            return None
        lo, hi, keep_tail, host, registrable, suffix, is_ip, obfuscated, masked = info
        if not keep_tail:
            path = ""
            port_end = -1
        start = regs[0][0] if has_scheme else base + lo
        if path:
            end = path_start + len(path)
        elif port_end >= 0:
            end = port_end
        else:
            end = base + hi
        if has_scheme and not obfuscated:
            s0, s1 = regs[1]
            obfuscated = text[s0 + 1] in "xX*" or text[s1:s1 + 3] != "://"
        # tuple.__new__ builds the same Url without the Python-level __new__ of a NamedTuple.
        return tuple.__new__(Url, (start, end, text[start:end], host, registrable, suffix, is_ip,
                                   obfuscated, masked, path))

    def _host(self, host_raw: str, has_scheme: bool, tail: bool) -> _HostInfo | None:
        """Do the per-host part of a candidate: split, clean, decide, PSL split.

        The result depends on the host text and two flags only, so :meth:`_candidate`
        caches it.

        Args:
            host_raw: The host as matched (``h1`` or ``h2``), possibly obfuscated.
            has_scheme: The match has a scheme.
            tail: The match has a port or a (non-empty) path.

        Returns:
            ``None`` when the candidate is not a URL, else the :data:`_HostInfo`.
        """
        if (not (has_scheme or tail) and host_raw[-1].isdigit()
                and host_raw.replace(".", "").isdigit()):
            return None  # numbers: "3.5", "10.30", "1.2.3.4"
        spans: list[tuple[int, int]] = []
        seps: list[str]
        if host_raw.isascii() and not _FANCY_ASCII_RE.search(host_raw):
            # Plain "a.b.c": split on the dots, no de-obfuscation needed.
            raw_labels = host_raw.split(".")
            pos = 0
            for label in raw_labels:
                spans.append((pos, pos + len(label)))
                pos += len(label) + 1
            seps = ["."] * (len(raw_labels) - 1)
            lowered = host_raw.lower()
            cleaned = lowered.split(".")
            if "xn--" in lowered:
                cleaned = [_clean_label(label) for label in cleaned]
        else:
            seps = []
            pos = 0
            for sm in _SEP_RE.finditer(host_raw):
                spans.append((pos, sm.start()))
                seps.append(sm.group())
                pos = sm.end()
            spans.append((pos, len(host_raw)))
            raw_labels = [host_raw[x:y] for x, y in spans]
            cleaned = [_clean_label(label) for label in raw_labels]

        # A look-alike TLD (".c0m", ".cоm") is read as the TLD it imitates: an obfuscated link.
        tld_folded = False
        if len(cleaned) >= 2 and cleaned[-1] not in self.tlds:
            folded = _fold_tld(cleaned[-1])
            if folded is not None:
                cleaned = [*cleaned[:-1], folded]
                tld_folded = True
        if not has_scheme:
            first = cleaned.index("www", 1) if "www" in cleaned[1:-1] else 0
        else:
            first = 0  # "now.www.abc.top": prose glued to the host starts at "www"
        n = len(cleaned)
        trim = 0
        keep_tail = True
        while True:
            labels = cleaned[first:n]
            last = labels[-1]
            if last[-1:] in ("-", "_", "*"):
                last = last.rstrip("-_*")  # trailing punctuation, not part of the label
                trim = len(labels[-1]) - len(last)
                labels[-1] = last
                keep_tail = tail = False
            host = ".".join(labels)
            is_ip = last.isdigit() and _IPV4_RE.fullmatch(host) is not None
            if last and (has_scheme or self._accept(labels, is_ip, tail) and (
                    tail or labels[0] == "www"
                    or not _sentence_break(raw_labels[n - 2], raw_labels[n - 1]))):
                break
            if has_scheme or n - first <= 2:
                return None
            n -= 1  # drop the last label and retry: "abc.com.Thanks" -> "abc.com"
            keep_tail = tail = False
            trim = 0

        obfuscated = tld_folded and n == len(cleaned)
        for sep in seps[first:n - 1]:
            if sep != ".":
                obfuscated = True
                break
        if not obfuscated and not host_raw.isascii():
            host_text = host_raw[spans[first][0]:spans[n - 1][1]]
            obfuscated = any("\uff01" <= c <= "\uff5e" for c in host_text)
        if is_ip:
            registrable = suffix = ""
        else:
            registrable, suffix = self.psl.split(host)
        return (spans[first][0], spans[n - 1][1] - trim, keep_tail, host, registrable, suffix,
                is_ip, obfuscated, "*" in host)

    def _accept(self, labels: list[str], is_ip: bool, tail: bool) -> bool:
        """Decide whether the cleaned labels of a host without a scheme make a link."""
        if is_ip:
            return tail  # a bare IPv4 address needs a port or a path to be a link
        tld = labels[-1]
        if not tld.isalpha() or tld not in self.tlds:
            return False
        if tail or labels[0] == "www":
            return True
        if tld in AMBIGUOUS_TLDS:
            if tld in _FILE_EXTENSION_TLDS:
                return False
            # "pos.com.my", "sbi.co.in", "bca.co.id": a name under a second-level public
            # suffix of the country is a domain, not a word before a full stop.
            if len(labels) >= 3 and self.psl.is_public_suffix(labels[-2] + "." + tld):
                return True
            # "irs-refundstatus.us", "toll-pay.me": a hyphenated label is a made-up host name,
            # not a word before a full stop or a file extension.
            return len(labels) >= 2 and hyphenated_host_label(labels[-2])
        # List numbering rather than a host: "1.Open the app 2.Click here".
        return not (len(labels) == 2 and len(labels[0]) == 1 and labels[0].isdigit())


def hyphenated_host_label(label: str) -> bool:
    """Tell whether ``label`` reads as a registered name: letter runs joined by hyphens."""
    parts = label.split("-")
    return (len(parts) >= 2 and all(part.isascii() and part.isalnum() for part in parts)
            and sum(len(part) for part in parts) >= 5 and not label.isdigit()
            and any(c.isalpha() for c in label))


_extractor: _Extractor | None = None


def _get_extractor() -> _Extractor:
    global _extractor
    if _extractor is None:
        _extractor = _Extractor(default_psl())
    return _extractor


def _scan(text: str) -> list[Url]:
    """Run the extraction without the :func:`has_url_hint` pre-check."""
    return _get_extractor().scan(text)


def extract_urls(text: str) -> list[Url]:
    """Find the URLs in a message body, including obfuscated and masked ones.

    Finds ``http(s)://`` and ``hxxp://`` links, ``www.`` hosts, bare domains whose top-level
    label is in the Public Suffix List, defanged (``www[.]x[.]top``), full-width
    (``ｗｗｗ．ｘ．ｔｏｐ``) and spaced (``www . abc . top``) hosts, IPv4 hosts and IDN hosts,
    while leaving ordinary text alone (``6.3``, ``3.5元``, ``e.g.``, ``Mr.Smith``,
    ``today.Please``). A host stops at the first character that cannot be part of it, so
    Chinese text glued to a URL is not taken in.

    Args:
        text: A message body (original, not normalised: spans refer to it).

    Returns:
        The URLs in order of appearance.
    """
    # No has_url_hint() pre-check: the seed scan is that check (it finds no candidate where
    # the hint finds nothing), and the engine asks has_url_hint() itself first.
    if _ROUND_O_RE.search(text) is not None:
        # "ird.gov.hk.tax-pay.c○m": a ring for the "o" would end the host at "c", leaving the
        # official name in front as the whole host. One character for one keeps the spans, and
        # each URL's raw text is taken back from the body as written; a ring makes the link
        # obfuscated.
        urls = _get_extractor().scan(text.translate(_ROUND_O))
        found = []
        for url in urls:
            raw = text[url.start:url.end]
            found.append(url._replace(raw=raw, obfuscated=url.obfuscated or raw != url.raw))
        return found
    return _get_extractor().scan(text)


#: "Hosting for kedaibunga-ayu.shop expires", "你的域名 luckycat-bakery.com.hk 將於…到期",
#: "The domain marlowbakes.co.uk renews on 02/05": a registrar's or a web host's notice names the
#: reader's own domain as its subject (batch408). A name right after "domain", "hosting for",
#: 域名 or 網域 is what the message is about, not a link it asks the reader to open.
_NAMED_DOMAIN_BEFORE = re.compile(
    r"(?i)(?:\bdomains?(?: name)?|\bhosting (?:for|of)|域名|網域|网域)\s*[:：]?\s*[\"'“‘「]?\Z")


#: "Your card ending 6620 ... 在TRIP.COM的交易", "簽賬 APPLE.COM/BILL", "adding new payee
#: CRYPTO.COM HK": a card alert names the merchant by its billing descriptor, a domain in
#: capitals, right after the word that introduces the payee (batch235, batch337, batch432). It
#: is the merchant, not a link to open. Only capitals (a typed link is lower case), only after
#: a payee word (up to 12 characters before it), only in a message about a card, a payment or
#: a payee that names an amount or the card's last digits, and only an unhyphenated name on a
#: merchant's usual suffix.
_MERCHANT_BEFORE = re.compile(
    r"(?i)(?:\bat|\bto|\bpayee|\bmerchant|\bpurchase(?: of [^ ]{1,14})?"
    r"|在|於|于|向|簽賬|签账|消費|消费)\s*[:：]?\s*\Z")
_MERCHANT_CONTEXT = re.compile(
    r"(?i)\bcard\b|\bpurchase|\bpayment|\bpayee|\bcharged?\b|\btransaction|卡|交易|簽賬|签账|消費|消费|扣款|收款人")
#: The one path a billing descriptor carries ("APPLE.COM/BILL", "AMZN.COM/BILL").
_DESCRIPTOR_PATHS = frozenset({"", "/BILL", "/PAY", "/US", "/HK"})
#: The suffixes merchants bill under; a descriptor is never hyphenated and never on a cheap
#: TLD, so "Verify at CARD-VERIFY.TOP" stays a link whatever its case.
_DESCRIPTOR_SUFFIXES = frozenset({
    "com", "net", "org", "io", "co", "ca", "hk", "com.hk", "sg", "com.sg", "my", "com.my",
    "cn", "com.cn", "tw", "com.tw", "au", "com.au", "nz", "co.nz", "uk", "co.uk", "ie", "jp",
    "co.jp", "de", "fr"})
#: The payee words that name a merchant by themselves (see :func:`_merchant_descriptor`).
_PAYEE_WORDS = ("payee", "merchant", "purchase", "簽賬", "签账", "消費", "消费")
#: What a genuine alert names beside the merchant: an amount or the card's last digits.
_ALERT_DETAIL = re.compile(
    r"[0-9][0-9,]*\.[0-9]{2}\b|[$£€¥]\s?[0-9]|[0-9]\s?(?:元|港元|hkd|usd|sgd|myr|rm)\b"
    r"|尾[号號]\s?[0-9]|\bending(?: in)? ?[0-9]", re.I)


# A registrable label with a word for the part the writer forgot ("auspost-something.info",
# "dvla-whatever.com", "etc-xxx.top"): someone retelling a fake text's link from memory. No
# sender means such a host to be opened, and it is no evidence of a lure.
# In Chinese text an "xxx" stands for the forgotten part too ("网址是什么etc-xxx.top的"); in English
# it is as likely an adult site's own name, and is left alone.
_PLACEHOLDER_LABEL = re.compile(
    r"-(?:something|somethin|sumthing|whatever|sth)(?:-|$)|^(?:something|whatever)-")
_PLACEHOLDER_LABEL_HAN = re.compile(r"-x{3,}(?:-|$)")
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")


def drop_named_domains(body: str, urls: list[Url],
                       keep: Callable[[Url], bool] | None = None) -> list[Url]:
    """Return ``urls`` without the domains ``body`` names as its subject (see above).

    A named domain is a bare name: no scheme, no ``www.``, neither obfuscated nor masked, and
    either written right after "domain", "hosting for", 域名 or 網域 (up to 24 characters
    before it, no path), or a card alert's merchant descriptor: a domain in capitals right
    after the payee word ("在TRIP.COM的交易", "at BESTBUY.COM"), at most with a billing path
    ("APPLE.COM/BILL"), see :data:`_MERCHANT_BEFORE`. A renewal link beside a named domain
    ("renew at pay-renew.top", "exabytes.my/client") is kept and read as any link is. ``keep``
    keeps a named domain all the same (the engine keeps the allow-listed ones, whose
    allowance a genuine card alert naming "BESTBUY.COM" earns). A host written from memory
    ("auspost-something.info", :data:`_PLACEHOLDER_LABEL`) is dropped however it is written.
    """
    if not urls:
        return urls
    kept = [url for url in urls
            if not _named_domain(body, url) or (keep is not None and keep(url))]
    return urls if len(kept) == len(urls) else kept


def _named_domain(body: str, url: Url) -> bool:
    """Tell whether ``url`` is a bare domain the body names as its subject or its merchant.

    Or a host written from memory, a word standing for the part forgotten (see
    :data:`_PLACEHOLDER_LABEL`): a retelling of a fake link, not a link.
    """
    if url.registrable:
        label = url.registrable.partition(".")[0]
        if _PLACEHOLDER_LABEL.search(label) is not None or (
                _PLACEHOLDER_LABEL_HAN.search(label) is not None
                and _HAN_CHAR.search(body) is not None):
            return True
    if url.obfuscated or url.masked or url.is_ip:
        return False
    raw = url.raw.lower()
    if "://" in raw or raw.startswith("www."):
        return False
    if url.path:
        return _merchant_descriptor(body, url)
    return (_NAMED_DOMAIN_BEFORE.search(body, max(0, url.start - 24), url.start) is not None
            or _merchant_descriptor(body, url))


def _merchant_descriptor(body: str, url: Url) -> bool:
    """Tell whether ``url`` is a card alert's merchant written in capitals (see above)."""
    host_text = url.raw[:len(url.raw) - len(url.path)]
    if (url.path not in _DESCRIPTOR_PATHS or not host_text.isupper() or "-" in url.host
            or url.suffix not in _DESCRIPTOR_SUFFIXES):
        return False
    before = _MERCHANT_BEFORE.search(body, max(0, url.start - 12), url.start)
    if before is None or _MERCHANT_CONTEXT.search(body) is None:
        return False
    # "payee", "purchase", 簽賬 name a merchant by themselves; a bare "at", "to" or 在 needs the
    # alert's amount or the card's last digits beside it
    word = before.group(0).strip().lower()
    return word.startswith(_PAYEE_WORDS) or _ALERT_DETAIL.search(body) is not None


# Ring and circle symbols written for the letter "o" inside a host (batch285).
_ROUND_O = str.maketrans({"○": "o", "◯": "o", "⭕": "o", "◎": "o", "〇": "o"})
_ROUND_O_RE = re.compile("[○◯⭕◎〇]")


# --------------------------------------------------------------------------------------------
# Look-alike detection
# --------------------------------------------------------------------------------------------

_CONFUSABLES = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x",
    "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "һ": "h", "ӏ": "l", "ԛ": "q", "ԝ": "w",
    "к": "k", "м": "m", "н": "h", "т": "t", "г": "r", "п": "n", "ь": "b", "ɡ": "g",
    # Greek
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "γ": "y", "ω": "w", "ϲ": "c", "ϳ": "j",
    # Armenian and Latin look-alikes
    "օ": "o", "ս": "u", "հ": "h", "ո": "n", "ı": "i", "ł": "l", "ǀ": "l", "ɑ": "a", "ĸ": "k",
    # digits
    "0": "o", "1": "l",
}
_SKELETON_TABLE = str.maketrans(
    {**{k: v for k, v in _CONFUSABLES.items()}, ".": None, "-": None, "_": None}
)


def _fold_confusables(text: str) -> str:
    """Lowercase, strip accents and map single confusable characters to ASCII (``а``, ``0``).

    Also drops ``.``, ``-`` and ``_`` (:data:`_SKELETON_TABLE`).
    """
    text = text.lower()
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    return text.translate(_SKELETON_TABLE)


#: TLDs that links disguise with a look-alike character (``.c0m``, ``.cоm`` with a Cyrillic о).
_DISGUISED_TLDS = frozenset({"com", "net", "org", "cn", "co", "info", "top", "xyz", "vip", "cc",
                             "shop", "online", "site", "app"})


def _fold_tld(label: str) -> str | None:
    """Return the TLD a look-alike last label stands for (``c0m`` -> ``com``), else None.

    Only single-character look-alikes count (Cyrillic or Greek letters, ``0`` for ``o``,
    ``1`` for ``l``), only towards the TLDs that links disguise, and only in a label that has a
    letter of its own: ``no.10`` stays a number.
    """
    if len(label) < 2 or len(label) > 6 or not any(c.isalpha() for c in label):
        return None
    folded = _fold_confusables(label)
    if folded == label or folded not in _DISGUISED_TLDS:
        return None
    return folded


_LABEL_SPLIT = re.compile(r"[.\-_]+")

def _domain_entries(entries: Iterable[str]) -> list[str]:
    """Clean list entries into hosts: comments and ``*.`` dropped, lower case, IDNA decoded."""
    domains = []
    for entry in entries:
        entry = entry.split("#", 1)[0].strip().lower()
        if entry.startswith("*."):
            entry = entry[2:]
        if entry:
            domains.append(_to_unicode_host(entry))
    return domains


def _registrable_label(registrable: str) -> str:
    """Return the skeleton of a registrable domain's first label (``''`` for none)."""
    return skeleton(registrable.partition(".")[0]) if registrable else ""


#: Look-alike characters of sender ids (:meth:`LookalikeDetector.spoofed_sender_id`), in two
#: readings, a one for an l ("Zi1low") or for an i ("B1nance"); the capital I only, a
#: lower-case i being the letter itself; a three for an e ("W3stpac") and a five for an s
#: ("H5BC") in both.
_ID_CONFUSABLES = (str.maketrans({"0": "o", "1": "l", "I": "l", "3": "e", "5": "s"}),
                   str.maketrans({"0": "o", "1": "i", "I": "l", "3": "e", "5": "s"}))
_ID_SEPARATORS = re.compile(r"[^0-9A-Za-z]+")

BRAND_TOKEN_EXCLUDED = frozenset({
    "apple", "bank", "bell", "bot", "canada", "chase", "court", "ems", "globe", "gov", "hse",
    "hunan", "maya", "nationwide", "one", "ontario", "plus", "pos", "post", "quebec", "revenue",
    "smart", "spark", "target", "three", "usa",
})
"""Registrable labels of protected or official domains that are ordinary words, names, places
or common abbreviations: a host with one of them as a word of its name (``apple-farm-tours.com``,
``ems-training.org``) is not taken to carry the brand (:meth:`LookalikeDetector.brand_token`)."""


CLAIM_STOPWORDS = frozenset("""
    account accounts action alert alerts attention auto bank banking billing breaking card hi
    claim claims club congrats congratulations customer customers dear delivery department
    exclusive final free good hello help hey important info information news notice
    notification notifications official online order orders parcel payment payments pay
    please private refund reminder reply required secure security service services sms
    support team the this update updates urgent verify verification warning welcome your
    """.split())
"""Words that open a message ("Reminder:", "Security alert:") or make up sender ids without
naming anyone: never read as the name a message claims (:func:`claimed_names`)."""

#: Registrable domains of multi-tenant services whose sub-domains are their customers' names
#: (``riverside.breezechms.com`` for "Riverside Church:"): a claimed name in such a sub-domain
#: is the customer's own address, not a host built around it. Only services whose tenants are
#: vetted, paying organisations (church management, school learning systems) belong here, never
#: open hosting or site builders (``myshopify.com``, ``wixsite.com``, ``github.io``), where
#: anyone can name a sub-domain after a bank.
TENANT_PLATFORMS = frozenset("""
    breezechms.com churchcenter.com onrealm.org ccbchurch.com instructure.com myschoolapp.com
    appfolio.com janeapp.com cliniko.com qualtrics.com
    """.split())
#: Product names that their customers host under their own domains (Epic's MyChart portal at
#: ``mychart.uwhealth.org``): as a sub-domain label, the product's name is not a claim on the
#: customer's domain. The customer's own domain still decides whether the link is listed.
TENANT_PRODUCTS = frozenset({"mychart"})

_CLAIM_WORD = re.compile(r"[a-z0-9]+")
# A header that opens with a greeting ("Hi Tom:", "Dear Ann:") names the reader, not the sender.
_GREETINGS = frozenset("hi hey hello dear hiya morning evening yo".split())
# The name a message opens with: "LTO:", "Energy Australia:", "[NIPOST]", "【HKPost】".
# Malaysia's rule for bulk texts opens them with the price, "RM0.00" or "RM0" (MCMC): the name
# comes after it ("RM0.00 Klinik Seri Medik: your appointment…").
_PRICE_PREFIX = r"(?:RM ?0(?:\.00)? +)?"
_CLAIM_HEADER = re.compile(
    r"\s*" + _PRICE_PREFIX
    + r"(?:[\[(【]\s*)?([A-Za-z][A-Za-z0-9 &'./\-]{1,38}?)\s*(?:[\])】]|[:：])"
)
# A notice that opens "Your Facebook account…", "Your PayPal password…" names its sender there.
_CLAIM_YOUR = re.compile(
    r"\s*" + _PRICE_PREFIX + r"Your ([A-Z][A-Za-z0-9&'\-]{2,20}(?: [A-Z][A-Za-z0-9&'\-]{1,20})?) "
    r"(?:account|password|login|sign-in|ID|order|subscription|membership|profile|page|channel)\b"
)


def claimed_names(sender_id: str, body: str) -> frozenset[str]:
    """Return the names a message claims to come from, in the form host labels take.

    Read from an alphanumeric sender id (``HSE-EHIC``, ``TradeMe``) and from a Latin header
    that opens the body (``LTO:``, ``Energy Australia:``, ``[NIPOST]``, or the name in "Your
    Facebook account…"): each word of three letters or more that is not a generic header word
    (:data:`CLAIM_STOPWORDS`), and the words run together (``trademe``, ``energyaustralia``).

    Args:
        sender_id: The sender when it is an alphanumeric id, else ``''``.
        body: The message text.

    Returns:
        The claimed names, lower case, letters and digits only.
    """
    m = _CLAIM_HEADER.match(body) or _CLAIM_YOUR.match(body)
    header = m.group(1) if m is not None else ""
    # The names depend on the sender id and the header only, which repeat across messages.
    key = (sender_id, header)
    found = _claimed_cache.get(key)
    if found is None:
        found = _claimed_names(sender_id, header)
        if len(_claimed_cache) >= 16384:
            _claimed_cache.clear()
        _claimed_cache[key] = found
    return found


_claimed_cache: dict[tuple[str, str], frozenset[str]] = {}


def _claimed_names(sender_id: str, header: str) -> frozenset[str]:
    """Do the work of :func:`claimed_names` for a sender id and a header (``''`` for none)."""
    sources = []
    if sender_id:
        sources.append(sender_id)
    if header:
        first = _CLAIM_WORD.match(header.lower())
        if first is not None and first.group(0) not in _GREETINGS:
            sources.append(header)
    names: set[str] = set()
    for source in sources:
        words = [w for w in _CLAIM_WORD.findall(source.lower()) if w not in CLAIM_STOPWORDS]
        names.update(w for w in words if len(w) >= 3 and not w.isdigit())
        joined = "".join(words)
        if len(words) > 1 and len(joined) >= 4:
            names.add(joined)
    return frozenset(names)


def carries_claimed_name(host: str, registrable: str, names: frozenset[str]) -> bool:
    """Tell whether a host is built around a name the message claims, without being its own.

    ``hse-ehic-renewal.ie`` carries ``hse`` (a word of its name), ``energyrelief-gov.com.au``
    carries ``energy`` (a word it starts, for names of five letters or more); ``nrma.com.au``
    for ``NRMA Insurance:`` is the claimed name's own domain and does not count.

    Args:
        host: A cleaned host.
        registrable: Its registrable domain.
        names: From :func:`claimed_names`.

    Returns:
        True when a word of the host's labels (left of its registrable domain's suffix, split
        at dots, hyphens and underscores) is a claimed name, or starts with one of five letters
        or more (only where the registrable label is several words, or in a sub-domain:
        ``singaporeair.com`` for "Singapore Airlines:" is one word, a brand's own), and the
        registrable domain's own label is not made of the claimed names and generic words
        (``equity-bank.co.ke`` for "Equity Bank:"). Sub-domains of :data:`TENANT_PLATFORMS`
        and the labels of :data:`TENANT_PRODUCTS` are not read: they name a customer or a
        product hosted by its customer.
    """
    if not names or not registrable:
        return False
    own = registrable.partition(".")[0]
    own_words = _LABEL_SPLIT.split(own)
    if own.replace("-", "") in names or all(
            w in names or w in CLAIM_STOPWORDS for w in own_words):
        return False
    if registrable in TENANT_PLATFORMS:
        sub_words: list[str] = []
    else:
        subdomains = host[:len(host) - len(registrable)]
        sub_words = [w for w in _LABEL_SPLIT.split(subdomains) if w and w not in TENANT_PRODUCTS]
    prefix_ok = len(own_words) > 1
    for words, starts in ((own_words, prefix_ok), (sub_words, True)):
        for word in words:
            if word in names:
                return True
            if starts and len(word) > 5 and any(
                    len(n) >= 5 and word.startswith(n) for n in names):
                return True
    return False


def skeleton(host: str) -> str:
    """Reduce a host to a comparison skeleton for homograph detection.

    Lowercases, strips accents, maps confusable letters and digits to ASCII (Cyrillic ``а`` to
    ``a``, ``0`` to ``o``, ``1`` to ``l``, ``rn`` to ``m``, ``vv`` to ``w``) and drops ``.``,
    ``-`` and ``_``.

    Args:
        host: A host name.

    Returns:
        The skeleton: ``nhsagovcn`` for ``nhsа.gov.cn`` (Cyrillic ``а``) and ``nhsa-gov.cn``.
    """
    host = _fold_confusables(host)
    if "rn" in host:
        host = host.replace("rn", "m")
    if "vv" in host:
        host = host.replace("vv", "w")
    return host


def _within_one(a: str, b: str) -> bool:
    """Damerau-Levenshtein (optimal string alignment) distance of at most 1."""
    la, lb = len(a), len(b)
    if la < lb:
        a, b, la, lb = b, a, lb, la
    if la - lb > 1:
        return False
    i = 0
    while i < lb and a[i] == b[i]:
        i += 1
    if i == lb:
        return True  # equal, or one trailing insertion
    if la == lb:
        return a[i + 1:] == b[i + 1:] or (
            i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:]
        )
    return a[i + 1:] == b[i:]


@dataclass(frozen=True, slots=True)
class _Protected:
    domain: str
    skeleton: str
    registrable: str
    suffix: str
    label: str  # skeleton of the registrable label


class LookalikeDetector:
    """Flags hosts that imitate protected brand or agency domains.

    A host that is a protected domain or one of its sub-domains is never flagged. Any other
    host is flagged when (a) its skeleton (see :func:`skeleton`) equals a protected domain's
    (``nhsа.gov.cn`` with Cyrillic ``а``, ``nhsa-gov.cn``), (b) its skeleton contains a
    protected skeleton while its registrable domain differs (``nhsa-gov.cn.vip``,
    ``www-nhsa-gov-cn.top``; a protected name under four letters must start one of the host's
    labels, so ``tomato.gov.au`` is not ``ato.gov.au``), or (c) its registrable label is
    within Damerau-Levenshtein distance 1 of a protected registrable label, one of the two
    labels has at least five characters and the public suffix is the same or risky
    (``icbcc.com.cn``, ``paypai.com``).

    Args:
        protected: Protected domains (``nhsa.gov.cn``, ``icbc.com.cn``, ``paypal.com``...).
        risky_tlds: Suffixes or TLDs for which rule (c) ignores a suffix change; defaults to
            :data:`DEFAULT_RISKY_TLDS`.
        psl: The Public Suffix List; :func:`default_psl` by default.
        brand_domains: More domains whose registrable labels name a brand for
            :meth:`brand_token` only (the official domains: ``gcash.com``, ``anz.com``), beside
            the protected ones. Their own hosts and sub-domains are never flagged by it.
        brand_names: More brand names for :meth:`spoofed_sender_id` only (``royal mail``,
            ``circle k``), beside the registrable labels of both kinds of domains.
        cache_size: How many :meth:`check` results to keep (hosts repeat across messages).
    """

    __slots__ = ("_psl", "_risky", "_own", "_by_skeleton", "_automaton", "_by_delete", "_items",
                 "_cache", "_labels", "_brand_own", "_brand_cache", "_cache_max", "_id_names")

    def __init__(
        self,
        protected: Iterable[str],
        *,
        risky_tlds: Iterable[str] | None = None,
        psl: PublicSuffixList | None = None,
        brand_domains: Iterable[str] = (),
        brand_names: Iterable[str] = (),
        cache_size: int = 8192,
    ) -> None:
        self._cache_max = cache_size
        self._psl = psl or default_psl()
        self._risky = frozenset(
            t.strip().lower().lstrip(".") for t in (DEFAULT_RISKY_TLDS if risky_tlds is None
                                                      else risky_tlds)
        )
        domains = _domain_entries(protected)
        self._own = DomainSet(domains)
        self._items: list[_Protected] = []
        self._by_skeleton: dict[str, int] = {}
        self._by_delete: dict[str, list[int]] = {}
        self._automaton = ahocorasick.Automaton()
        for domain in dict.fromkeys(domains):
            registrable, suffix = self._psl.split(domain)
            label = _registrable_label(registrable)
            item = _Protected(domain, skeleton(domain), registrable, suffix, label)
            idx = len(self._items)
            self._items.append(item)
            if not item.skeleton:
                continue
            self._by_skeleton.setdefault(item.skeleton, idx)
            if item.skeleton not in self._automaton:
                self._automaton.add_word(item.skeleton, idx)
            if label:
                for variant in self._variants(label):
                    self._by_delete.setdefault(variant, []).append(idx)
        if len(self._automaton):
            self._automaton.make_automaton()
        #: :meth:`check` results by its arguments: hosts repeat a lot across messages.
        self._cache: dict[tuple[str, str | None, str | None], str | None] = {}
        #: Registrable labels of the protected domains (``usps``, ``hketoll``, ``dbs``) for
        #: :meth:`brand_token`, without the ones that are ordinary words or places.
        self._labels: dict[str, str] = {}
        for item in self._items:
            if len(item.label) >= 3 and item.label not in BRAND_TOKEN_EXCLUDED:
                self._labels.setdefault(item.label, item.domain)
        #: Names a sender id can spell with look-alike characters (:meth:`spoofed_sender_id`):
        #: every registrable label of four letters or more, ordinary words included (an id
        #: "Nati0nwide" or "App1e" is a spoof whatever the word), and the brand names.
        names = {item.label for item in self._items}
        brand_own: list[str] = []
        for domain in _domain_entries(brand_domains):
            label = _registrable_label(self._psl.split(domain)[0])
            names.add(label)
            if len(label) >= 3 and label not in BRAND_TOKEN_EXCLUDED:
                self._labels.setdefault(label, domain)
                brand_own.append(domain)
        self._brand_own = DomainSet([item.domain for item in self._items] + brand_own)
        self._brand_cache: dict[tuple[str, str | None, str | None], str | None] = {}
        names.update("".join(ch for ch in name.lower() if ch.isascii() and ch.isalnum())
                     for name in brand_names)
        self._id_names = frozenset(name for name in names
                                   if len(name) >= 4 and any(ch.isalpha() for ch in name))

    def __len__(self) -> int:
        return len(self._items)

    @staticmethod
    def _variants(label: str) -> set[str]:
        """Return the label and every string one deletion away (symmetric-delete keys)."""
        out = {label}
        for i in range(len(label)):
            out.add(label[:i] + label[i + 1:])
        return out

    def check(
        self, host: str, registrable: str | None = None, suffix: str | None = None
    ) -> str | None:
        """Tell which protected domain a host imitates.

        Args:
            host: A cleaned host (:attr:`Url.host`).
            registrable: The host's registrable domain, when already known (saves a PSL split).
            suffix: The host's public suffix, when already known.

        Returns:
            The imitated protected domain, or ``None`` when the host is a protected domain,
            a sub-domain of one, or unrelated.
        """
        return self._cached(self._cache, self._check, host, registrable, suffix)

    def _cached(self, cache: dict[tuple[str, str | None, str | None], str | None],
                work: Callable[[str, str | None, str | None], str | None], host: str,
                registrable: str | None, suffix: str | None) -> str | None:
        """Return ``work(host, registrable, suffix)``, remembered in ``cache`` (bounded)."""
        key = (host, registrable, suffix)
        try:
            return cache[key]
        except KeyError:
            pass
        result = work(host, registrable, suffix)
        if len(cache) >= self._cache_max:
            cache.clear()
        cache[key] = result
        return result

    def spoofed_sender_id(self, sender_id: str) -> str | None:
        """Tell which brand an alphanumeric sender id spells with look-alike characters.

        "PayPaI" (a capital I for the l), "BarcIays", "RoyalMaiI", "Amaz0n", "V0dafone" (a zero for
        the o), "R0yalMail", "B1nance": read with ``0`` as ``o``, a capital ``I`` as ``l`` and ``1``
        as ``l`` or as ``i``, the id (or one of its parts between separators, or its parts run
        together) is a brand's name that the id as written is not. A brand registers its own name;
        nobody registers its look-alike but to pass for it. The capital ``I`` of an id written in
        CamelCase ("ElecIreland", "PremierInn", "LinkedIn") reads as the brand's name only when it
        stands for an ``l``, which no real word there does.

        Args:
            sender_id: The sender id as received (case kept).

        Returns:
            The brand name spelled, or ``None``.
        """
        names = self._id_names
        if not names:
            return None
        parts = [part for part in _ID_SEPARATORS.split(sender_id) if part]
        if len(parts) > 1:
            parts.append("".join(parts))
        for part in parts:
            plain = part.lower()
            if plain in names:
                continue
            for table in _ID_CONFUSABLES:
                read = part.translate(table).lower()
                if read != plain and read in names:
                    return read
        return None

    def brand_token(
        self, host: str, registrable: str | None = None, suffix: str | None = None
    ) -> str | None:
        """Tell which protected brand a host carries as a word of its own name.

        Phishing hosts put the brand's name next to ordinary words, on any registrable domain
        or on a free hosting service: ``usps-addr.com``, ``hongkongpost.declare-hk.com``,
        ``dbs-sg-secure.pages.dev``, ``octopus-kyc.github.io``. The host's labels left of its
        public suffix are split at dots, hyphens and underscores, and a part equal to the
        registrable label of a protected domain (``usps`` of usps.com, ``dbs`` of dbs.com.sg)
        names that brand. The part must be the whole word: ``groups.com`` does not carry
        ``ups``. A registrable domain whose own label is a protected name (``dhl.co.uk``, the
        brand's site under another suffix) and its sub-domains never count, nor do labels
        that are ordinary words or places (:data:`BRAND_TOKEN_EXCLUDED`) or shorter than
        three characters.

        Args:
            host: A cleaned host (:attr:`Url.host`).
            registrable: The host's registrable domain, when already known.
            suffix: The host's public suffix, when already known.

        Returns:
            The protected domain whose name the host carries, or ``None`` when it carries none
            or is a protected domain or one of its sub-domains.
        """
        return self._cached(self._brand_cache, self._brand_token, host, registrable, suffix)

    def _brand_token(self, host: str, registrable: str | None, suffix: str | None) -> str | None:
        """Do the work of :meth:`brand_token` (uncached)."""
        labels = self._labels
        if not labels:
            return None
        host = host.lower().rstrip(".")
        if self._brand_own.match(host) is not None:
            return None
        if registrable is None or suffix is None:
            registrable, suffix = self._psl.split(host)
        # The brand's own name on another suffix (dhl.co.uk for dhl.com) and its sub-domains
        # are the brand's country sites, not a host built around it.
        if _registrable_label(registrable) in labels:
            return None
        name = host[: -len(suffix) - 1] if suffix and host.endswith("." + suffix) else host
        for part in _LABEL_SPLIT.split(name):
            found = labels.get(skeleton(part)) if part else None
            if found is not None:
                return found
        return None

    def _check(self, host: str, registrable: str | None, suffix: str | None) -> str | None:
        """Do the work of :meth:`check` (uncached)."""
        if not self._items:
            return None
        host = host.lower().rstrip(".")
        if self._own.match(host) is not None:
            return None
        if registrable is None or suffix is None:
            registrable, suffix = self._psl.split(host)
        hs = skeleton(host)
        items = self._items
        # (a) homograph: the same skeleton.
        idx = self._by_skeleton.get(hs)
        if idx is not None:
            return items[idx].domain
        # (b) the protected name embedded in another registrable domain. A short name
        # (``ato`` of ato.gov.au) must start one of the host's labels: inside a word it is
        # a coincidence (tomato.gov.au, plato.com), not an imitation.
        # The brand's own name under a longer suffix (esunbank.com.tw for esunbank.com) is
        # its country site, not an imitation.
        own_label = _registrable_label(registrable)
        if len(self._automaton):
            for _, idx in self._automaton.iter(hs):
                item = items[idx]
                if item.registrable == registrable or (own_label and own_label == item.label):
                    continue
                if len(item.label) < 4 and not any(
                        skeleton(part).startswith(item.label)
                        for part in _LABEL_SPLIT.split(host)):
                    continue
                return item.domain
        # (c) typo-squatting of the registrable label.
        if not registrable:
            return None
        label = own_label
        risky = suffix in self._risky or suffix.rpartition(".")[2] in self._risky
        seen: set[int] = set()
        by_delete = self._by_delete
        for variant in self._variants(label):
            for idx in by_delete.get(variant, ()):
                if idx in seen:
                    continue
                seen.add(idx)
                item = items[idx]
                if item.registrable == registrable:
                    continue
                if max(len(label), len(item.label)) < 5:
                    continue
                if not (risky or suffix == item.suffix):
                    continue
                if _within_one(label, item.label):
                    return item.domain
        return None
