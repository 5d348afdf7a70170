"""The compiled engine: one immutable object per pack set, and the screening function.

``Engine.screen`` is a pure function of (compiled packs, event): it normalises the body, runs the
body automaton once, classifies the sender, extracts URLs only when the body hints at one, then
evaluates just the rules that a present feature can trigger. Hot reload is a reference swap to a
new :class:`Engine`; a pack set that fails to load never produces one.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import re2

from rules import conditions as c
from rules.errors import PackError, PackSetError
from rules.frequency import literal_share
from rules.gates import required_literals
from rules.loader import ACTIONS, PackSet, RuleSpec, line_of, load_packset
from rules.matcher import AnchoredMatcher, LiteralMatcher, mask_of, mask_union
from rules.normalise import fold_pattern, normalise, normalise_literal
from rules.plans import country_plan, recipient_plans
from rules.senders import SENDER_CLASSES, SenderClassifier, extract_signature
from rules.urls import (
    DomainSet,
    LookalikeDetector,
    Url,
    carries_claimed_name,
    claimed_names,
    drop_named_domains,
    extract_urls,
    has_url_hint,
    hyphenated_host_label,
)

URL_FLAGS = ("any", "risky_tld", "shortener", "ip_host", "lookalike", "obfuscated", "masked",
             "allowlisted", "unlisted", "blocklisted", "brand_host", "claimed_name_host",
             "disowned", "claimed_own", "payee", "hyphenated_host")
# Words right after a link that call it fake ("jtwf-12123.vip 为仿冒网站", "cmb-tie.com 等网站",
# "hdfc-kyc-update.co" are fraud), or right before it that offer it as an example ("链接如",
# "links like"): a warning's sample, not a call to action.
_DISOWN_AFTER = re.compile(
    r"\s*[)）」』”\"']?\s*(?:[,，]\s*)?(?:(?:为|為|是|系|係|均为|均為|都是|属于|屬於|疑似|疑為|疑为)?"
    r"(?:仿冒|假冒|钓鱼|釣魚|诈骗|詐騙|虚假|虛假|假的|假嘅|骗人|騙人|呃人)"
    r"|(?:等|之类的?|之類的?)(?:网站|網站|链接|鏈接|連結|网址|網址|短信|短讯|短訊|简讯|簡訊)|根本不是官方|不是官方"
    r"|(?i:(?:is|are)\s+(?:fake|fraud|fraudulent|a\s+scam|scams|phishing|not\s+(?:ours|real|legit))))"
)
# Cheap test for any of those words before the per-link look.
_DISOWN_HINT_HAN = re.compile(
    r"仿冒|假冒|钓鱼|釣魚|虚假|虛假|假的|假嘅|骗|騙|呃人|等网|等網|等链|等鏈|等連|等短|等简|等簡"
    r"|不是官方|链接如|鏈接如|連結如|网址如|網址如|网站如|網站如|例如|比如|不法分子|犯罪分子|歹徒|冒充|自称|自稱"
    r"|之类|之類")
# The same test for the English words, split so that each half is searched for its first
# letters only (ſ is a long s to the case-insensitive match): a case-insensitive alternation
# is tried at every position, about 4x slower.
_DISOWN_HINT_LATIN = re.compile(
    r"[fFsSſpPnNlLeEcC](?:(?<=[fF])(?i:ake|raud)|(?<=[sSſ])(?i:cam|uch\s+as)|(?<=[pP])(?i:hishing)"
    r"|(?<=[nN])(?i:ot\s+(?:ours|real|legit))|(?<=[lL])(?i:ike)|(?<=[eE])(?i:\.g\.)"
    r"|(?<=[cC])(?i:riminals|rooks))")
# An official domain written as the payee of a card or payment line ("charged SGD 2,399.00 at
# APPLE.COM/SG", "a payment of $749.99 to Apple.com", "在 APPLE.COM/BILL 消费"): the word right
# before it, and a purchase word shortly before that or the domain in capitals as card statements
# print it; not after "pay", "visit", "log in", "sign in", "go", "online" or "app" plus one word.
_PAYEE_BEFORE = re.compile(r"(?:\b(?i:at|to|from|on)|[在于於向])\s*$")
_PAYEE_VISIT = re.compile(r"\b(?i:pay|visit|log\s*in|sign\s*in|go|online|app)\s+\w+\s*$")
_PAYEE_PURCHASE = re.compile(
    r"(?i:charged|purchase|payment\s+of|transaction|spent|debited|authori[sz]ed)"
    r"|消费|扣款|支付|扣费")
#: Entries kept by each per-link cache of the engine (flags by host, claimed names carried).
_LINK_CACHE_MAX = 16384
# Non-ASCII letters that a case-insensitive match takes for ASCII ones (dotted and dotless i,
# long s, the Kelvin sign); str.lower() keeps them apart from the ASCII words.
_CASE_ODD_LETTERS = ("\u0130", "\u0131", "\u017f", "\u212a")


def _may_disown(body: str) -> bool:
    """Tell whether the body has a word of :data:`_DISOWN_HINT_HAN` or :data:`_DISOWN_HINT_LATIN`.

    The Han words are no ASCII; the English ones are looked for in the lowered body with C-level
    substring tests first (each regex match holds one of them, lowered), and the regex runs only
    when one is there: most bodies with links have none, and the regex stops at every ``e``, ``s``,
    ``n``... of English text.
    """
    if not body.isascii():
        if _DISOWN_HINT_HAN.search(body) is not None:
            return True
        for odd in _CASE_ODD_LETTERS:
            if odd in body:
                return _DISOWN_HINT_LATIN.search(body) is not None
    low = body.lower()
    if not ("fake" in low or "fraud" in low or "scam" in low or "phishing" in low
            or "like" in low or "e.g." in low or "criminals" in low or "crooks" in low
            or "such" in low and "as" in low
            or "not" in low and ("ours" in low or "real" in low or "legit" in low)):
        return False
    return _DISOWN_HINT_LATIN.search(body) is not None
_DISOWN_BEFORE = re.compile(
    r"(?:链接如|鏈接如|連結如|网址如|網址如|网站如|網站如|例如|比如|[（(]如"
    r"|(?i:links?\s+like|sites?\s+like|domains?\s+like|such\s+as|e\.g\.))"
    r"\s*[“\"'「『(（]?\s*\Z"
)
# A link the warning reports the fraudster asking for, in the same sentence: "騙徒冒充速遞公司
# 發短訊，聲稱包裹地址有誤，要求點擊 hkpost-fix.com 繳付附加費", "自稱教育局嘅電話…要家長喺
# edb-subsidy.com 輸入", "scammers are sending texts asking you to pay at royalmail-fee.com". The
# ask is the fraudster's (要求, 诱导, 要你, asking you; or the sending itself, "騙徒冒充管理公司，
# 發送「…」連結 mgmt-fee-hk.com"), and between it and the link stands no
# request of the writer's own (请, 马上, please, now) and no first person (我行, 本公司, we, our):
# "不法分子冒充我行，我行要求客户登录 x.top 认证" and "Scammers are active, we ask you to verify at
# x.top" stay the lures they are.
_REPORTER = (r"骗徒|騙徒|骗子|騙子|诈骗分子|詐騙分子|诈骗集团|詐騙集團|不法分子|犯罪分子|歹徒"
             r"|冒充|假冒|自称|自稱"
             r"|(?i:scammers?|fraudsters?|criminals|crooks|fake\s+(?:texts?|messages?|sms|calls?))")
_FIRST_PERSON = (r"我行|本行|我司|本司|本公司|我公司|我们|我們|本局|我局|本会|本會"
                 r"|(?<![申邀聘提宴])[请請]|马上|馬上|立即|(?i:\b(?:we|our|us|please|now)\b)")
_DISOWN_REPORTED = re.compile(
    rf"(?:{_REPORTER})(?:(?!{_FIRST_PERSON})[^。！？!?\n]){{0,60}}?"
    r"(?:要求|诱导|誘導|引导|引導|诱骗|誘騙|诱使|誘使|声称|聲稱|佯称|佯稱|发送|發送|传送|傳送"
    r"|(?:要|叫|让|讓|教)(?:你|您|市民|家长|家長|事主|受害人|用户|用戶|客户|客戶|车主|車主|大家|老人|长者|長者|学生|學生)"
    r"|(?i:\b(?:ask|asks|asking|tell|tells|telling|urge|urges|urging|direct|directs|directing|instruct"
    r"|instructs|instructing|trick|tricks|tricking|lure|lures|luring|get|gets|getting)\s+"
    r"(?:you|people|victims|customers|recipients|residents|parents|users|members|drivers)\b))"
    rf"(?:(?!{_FIRST_PERSON})[^。！？!?\n]){{0,30}}\Z"
)
# A registrable label that writes a dotted name with hyphens ("gov-sg" for gov.sg, "com-secure"):
# a generic label joined by a hyphen is not the claimed name's own domain (see
# Engine._claimed_own); a brand's country site ("eatnow-hk") may be.
_DOTTED_LABEL = re.compile(r"(?:^|-)(?:gov|govt|com|org|net|edu)(?:-|$)")
# What keeps a link from counting as the claimed name's own domain (see Engine._claimed_own).
_NOT_OWN_FLAGS = frozenset(("risky_tld", "shortener", "lookalike", "masked", "obfuscated"))
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_NUMBER = re.compile(r"^(\+|00)?[\d\s\-()]+$")
# Words written one character at a time to dodge keyword filters: five Chinese characters in a
# row each followed by a blank ("生 育 补 贴 已 到 账"), or seven digits in a row each followed by
# a blank, maybe with a dot or dash ("3 3 8 . 0 2 1 . 7 7 5", "0 2 0 - 3 8 2 2"). Read on the
# original body, since normalising removes the blanks.
_CJK = "\u3400-\u4dbf\u4e00-\u9fff"  # the body of a character class
_BLANKS = "[ \u3000]{1,2}"
_DIGIT_SEP = rf"(?:[.\-·]{_BLANKS})?"
_SPACED = re.compile(
    rf"(?:[{_CJK}]{_BLANKS}){{4,}}[{_CJK}]|\d(?:{_BLANKS}{_DIGIT_SEP}\d){{6,}}"
)
# Two spaced units in a row: where every match of _SPACED starts, and less than half its cost
# to look for (most bodies with blanks have none).
_SPACED_START = re.compile(rf"[{_CJK}\d]{_BLANKS}{_DIGIT_SEP}[{_CJK}\d][ \u3000]")


# Quoted passages of at least 15 characters: “…”, 「…」, 『…』, "…", and '…' opened at the start,
# after a blank or a colon (an apostrophe between letters does not close it: 'don't click').
# A passage holds no opening mark of its own kind, so a body of unclosed marks costs one pass.
_QUOTED = re.compile(
    r"“([^“”]{15,}+)”|「([^「」]{15,}+)」|『([^『』]{15,}+)』|\"([^\"\n]{15,}+)\""
    r"|(?:^|(?<=[\s:：(（]))'((?:[^'\n]|(?<=[A-Za-z])'(?=[A-Za-z])){15,}?)'(?=$|[\s.,!?;:)）—-])"
)


# Short quoted phrases in a row, as warnings list a wave's scripts:
# “积分兑换现金”“老客户送礼只付运费”, "A", "B" and "C". Double quotes only.
_QUOTED_SHORT = re.compile(r"“([^“”\n]{1,40}+)”|「([^「」\n]{1,40}+)」|\"([^\"\n]{1,40}+)\"")
_LIST_GAP = re.compile(r"(?:\s|[、，,;；/]|和|及|与|或|(?i:and|or)){0,4}")


def _quoted_lists(body: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return runs of two or more short quoted phrases that together hold 15 characters or more.

    A run is one passage from its first phrase's content to its last's; phrases inside a
    passage already found (``taken``) are skipped.
    """
    found: list[tuple[int, int, int, int]] = []  # content start, end; mark start, end
    for m in _QUOTED_SHORT.finditer(body):
        start, end = m.span(m.lastindex or 0)  # one alternative, so one group, matched
        if not any(s <= start < e for s, e in taken):
            found.append((start, end, m.start(), m.end()))
    out = []
    i = 0
    while i < len(found):
        j = i
        total = found[i][1] - found[i][0]
        while (j + 1 < len(found)
               and _LIST_GAP.fullmatch(body, found[j][3], found[j + 1][2]) is not None):
            j += 1
            total += found[j][1] - found[j][0]
        if j > i and total >= 15:
            out.append((found[i][0], found[j][1]))
        i = j + 1
    return out


def quoted_segments(body: str) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` of each quoted passage's content (15 characters or more).

    A passage is one quotation of 15 characters or more, or a list of shorter quoted phrases
    in a row that together hold as much.
    """
    # An apostrophe is in most English texts ("I'm"); an opening single quote follows a blank,
    # a colon or the start.
    if not ("“" in body or "「" in body or "『" in body or '"' in body or (
            "'" in body and (" '" in body or ":'" in body or body[0] == "'"))):
        return []
    out = [m.span(m.lastindex or 0) for m in _QUOTED.finditer(body)]
    if "“" in body or "「" in body or '"' in body:
        lists = _quoted_lists(body, out)
        if lists:
            out = sorted(out + lists)
    return out


class FiredRule:
    """A rule that fired on a message.

    Attributes:
        id: The rule id.
        pack: The pack it belongs to.
        group: Its score group.
        score: Its score (before group caps).
        shadow: True for experimental rules: reported, not counted.
        spans: ``(field, start, end)`` in the original field text. Worked out on first access
            (most verdicts are never shown), then kept.
    """

    __slots__ = ("_rule", "_ctx", "_spans")

    def __init__(self, rule: _Rule, ctx: c.Context | None = None,
                 spans: tuple[tuple[str, int, int], ...] | None = None) -> None:
        self._rule = rule
        self._ctx = ctx
        self._spans = spans

    @property
    def id(self) -> str:
        """The rule id."""
        return self._rule.spec.id

    @property
    def pack(self) -> str:
        """The pack the rule belongs to."""
        return self._rule.spec.pack

    @property
    def group(self) -> str:
        """The rule's score group."""
        return self._rule.spec.group

    @property
    def score(self) -> float:
        """The rule's score, before group caps."""
        return self._rule.spec.score

    @property
    def shadow(self) -> bool:
        """True when the rule runs in shadow mode (experimental)."""
        return self._rule.shadow

    @property
    def spans(self) -> tuple[tuple[str, int, int], ...]:
        """Return the spans that made the rule fire (``(field, start, end)``)."""
        spans = self._spans
        if spans is None:
            found: list[c.Span] = []
            if self._ctx is not None:
                self._rule.cond.spans(self._ctx, found)
            spans = self._spans = tuple(sorted(set(found))) if len(found) > 1 else tuple(found)
            self._ctx = None
        return spans

    def __repr__(self) -> str:
        return (f"FiredRule(id={self.id!r}, pack={self.pack!r}, group={self.group!r}, "
                f"score={self.score!r}, shadow={self.shadow!r})")

    def to_dict(self, spans: bool = True) -> dict[str, Any]:
        """Return the JSON form used in output events (without spans if ``spans`` is false)."""
        out = self._rule.summary.copy()
        if spans:
            # The spans are sorted, field first: each field's spans are together, in order.
            fields: list[str] = []
            body: list[list[int]] = []
            last: str | None = None
            for field, s, e in self.spans:
                if field != last:
                    fields.append(field)
                    last = field
                if field == "body":
                    body.append([s, e])
            out["fields"] = fields
            out["spans"] = body
        return out


class Verdict:
    """The outcome of screening one message (read-only by convention).

    Attributes:
        action: ``deliver``, ``tag``, ``quarantine`` or ``block``.
        score: Total score after group caps (shadow rules excluded).
        rules: Fired rules, enforced and shadow, in pack order.
        packs: Pack name to version of the engine that screened the message.
        elapsed_us: Time spent screening, in microseconds.
    """

    __slots__ = ("action", "score", "rules", "packs", "elapsed_us")

    def __init__(self, action: str, score: float, rules: tuple[FiredRule, ...],
                 packs: Mapping[str, str], elapsed_us: int) -> None:
        self.action = action
        self.score = score
        self.rules = rules
        self.packs = packs
        self.elapsed_us = elapsed_us

    def __repr__(self) -> str:
        return (f"Verdict(action={self.action!r}, score={self.score!r}, "
                f"rules={[r.id for r in self.rules]!r})")

    def to_dict(self, spans: bool = True) -> dict[str, Any]:
        """Return the JSON form attached to output events as ``verdict``.

        Args:
            spans: Include each rule's spans. The gateway leaves them out of ``deliver``
                verdicts (nobody reviews those), which saves working them out.
        """
        return {
            "action": self.action,
            "score": self.score,
            "rules": [rule.to_dict(spans) for rule in self.rules],
            "packs": dict(self.packs),
            "elapsed_us": self.elapsed_us,
        }


@dataclass(frozen=True, slots=True)
class _Rule:
    spec: RuleSpec
    cond: c.Cond
    shadow: bool
    test: Callable[[int, c.Context], bool]
    summary: dict[str, Any]
    span_keywords: int
    index: int  # in pack order


def _lost_edge(item: str, norm: str) -> str:
    """Return a symbol at either end of ``item`` that normalisation drops, or ``""``.

    ``norm`` is ``item`` normalised. Letters, digits and ideographs at the ends are kept by
    definition; a symbol is lost when the literal normalises the same without it.
    """
    text = item.strip()
    if len(text) < 2:
        return ""
    first, last = text[0], text[-1]
    if not first.isalnum() and normalise_literal(text[1:]) == norm:
        return first
    if not last.isalnum() and normalise_literal(text[:-1]) == norm:
        return last
    return ""


#: Entries kept by the cache of rounded scores (the distinct sums of rule scores are a few hundred).
_SCORE_CACHE_MAX = 4096
_UNBOUNDED = (float("-inf"), float("inf"))
"""The floor and cap of a group the settings do not name."""


def _pack_order(rule: _Rule) -> int:
    """Sort key of the rules that fired: their order in the packs."""
    return rule.index


class _Features:
    """Assigns feature ids while compiling."""

    def __init__(self) -> None:
        self.ids: dict[tuple[Any, ...], int] = {}

    def get(self, key: tuple[Any, ...]) -> int:
        fid = self.ids.get(key)
        if fid is None:
            fid = self.ids[key] = len(self.ids)
        return fid


class _Compiler:
    """Turns a validated :class:`PackSet` into automata, conditions and indexes."""

    def __init__(self, packset: PackSet) -> None:
        self.packset = packset
        self.features = _Features()
        self.body: dict[str, set[int]] = {}
        self.prefilters: set[int] = set()
        # The prefilters of patterns over the original text: those literals match inside words
        # (the pattern reads the text as written and says itself where words begin, ``\b``).
        self.prefilters_original: set[int] = set()
        # The literals every match of a pattern needs (rules.gates), added to the body
        # automaton after the stand-in spellings, which they need not have.
        self.gates: dict[str, set[int]] = {}
        self.signature: dict[str, set[int]] = {}
        self.sender_prefix: dict[str, set[int]] = {}
        self.sender_exact: dict[str, set[int]] = {}
        self.commentary: dict[str, set[int]] = {}
        self.errors: list[PackError] = []
        self._literal_reported: set[tuple[str, int, str]] = set()
        country = packset.settings["country"]
        plan = country_plan(country)
        self.classifier = SenderClassifier(plan)
        # Calling code -> classifier of every market, for each recipient's own plan.
        self.recipient_classifiers: dict[str, SenderClassifier] = {
            code: self.classifier if other is plan else SenderClassifier(other)
            for code, other in recipient_plans(plan).items()
        }
        self.by_recipient = bool(country.get("by_recipient"))
        self.class_ids = {name: self.features.get(("class", name)) for name in SENDER_CLASSES}
        self.url_ids = {name: self.features.get(("url", name)) for name in URL_FLAGS}
        self.signature_any = self.features.get(("signature", "any"))
        self.signature_han = self.features.get(("signature", "han"))
        self.evasion_spelling = self.features.get(("evasion", "spelling"))
        self.evasion_spacing = self.features.get(("evasion", "spacing"))
        self.sender_lookalike = self.features.get(("sender_id", "lookalike"))

    def _literals(self, value: Any) -> tuple[str, list[str]]:
        if isinstance(value, Mapping):
            name = value["list"]
            return f"list:{name}", list(self.packset.lists[name].entries)
        items = [str(v) for v in value]
        return "inline:" + "\x1f".join(items), items

    def _literal_error(self, value: Any, item: str, rule: RuleSpec, path: list[Any],
                       reason: str) -> None:
        """Record a bad literal at its list's line, or at its rule's for an inline one.

        A list's entry is reported once, however many rules use the list.
        """
        file, line = rule.file, self._line(rule, path)
        if isinstance(value, Mapping):
            source = self.packset.lists[value["list"]].sources.get(item, "")
            listed, _, number = source.rpartition(":")
            if listed and number.isdigit():
                file, line = listed, int(number)
        if (file, line, item) not in self._literal_reported:
            self._literal_reported.add((file, line, item))
            self.errors.append(PackError(file, line, reason))

    def _literal_set(self, kind: str, value: Any, table: dict[str, set[int]],
                     rule: RuleSpec, path: list[Any]) -> int:
        key, items = self._literals(value)
        fid = self.features.get((kind, key))
        for item in items:
            norm = normalise_literal(item)
            if len(norm) < 2:
                self._literal_error(
                    value, item, rule, path,
                    f"{rule.id}: literal {item!r} is {len(norm)} character(s) once normalised: "
                    "it would match almost every message; use a word")
                continue
            lost = _lost_edge(item, norm)
            if lost:
                # "add $" would match every "add", "/day" every "day", '回复"' every 回复: a
                # leading or trailing symbol that normalisation removes silently widens the
                # literal, so the pack must say what it really matches.
                self._literal_error(
                    value, item, rule, path,
                    f"{rule.id}: literal {item!r} loses {lost!r} once normalised and would "
                    f"match as {norm!r}; write it as it matches, or with the words around it")
                continue
            table.setdefault(norm, set()).add(fid)
        return fid

    def _sender_set(self, value: Any, prefix: bool) -> int:
        key, items = self._literals(value)
        fid = self.features.get(("sender_prefix" if prefix else "sender_number", key))
        for item in items:
            for form in self._sender_forms(item, prefix):
                table = self.sender_prefix if prefix else self.sender_exact
                table.setdefault(form, set()).add(fid)
        return fid

    def _sender_forms(self, item: str, prefix: bool) -> list[str]:
        raw = item.strip()
        if _NUMBER.match(raw):
            digits = "".join(ch for ch in raw if ch.isdigit())
            if raw.startswith("+") or raw.startswith("00"):
                digits = digits[2:] if raw.startswith("00") else digits
                return ["+" + digits]
            if prefix:
                return [digits]
            info = self.classifier.classify(raw)
            return sorted({info.canonical, info.national or digits} - {""})
        return ["".join(raw.split()).casefold()]

    def add_spelling_variants(self) -> int:
        """Add the evasive spellings of the Chinese body literals to the body table.

        The list named by the ``spelling_variants`` setting gives, one per line, a character
        and the stand-ins fraudsters write for it (homophones, pinyin: ``贷 代 袋 dai``), or a
        word and its stand-ins (``医保 医宝``), substituted wherever the word occurs. Each
        body literal with Han characters gets one variant per stand-in of each of its listed
        characters (one substitution per variant: ``贷款利息`` -> ``代款利息``, ``dai款利息``...).
        Two-character literals take Latin stand-ins only (``贷款`` -> ``dai款``, ``贷kuan``): with
        a Chinese one they are too often two ordinary characters side by side (``信贷`` ->
        ``信代`` in "相信代办").
        A variant hits for the literal's own sets and for the ``evasion: spelling`` feature;
        a variant that is itself a literal of the pack set is left alone.

        Returns:
            The number of variant literals added.
        """
        name = self.packset.settings.get("spelling_variants")
        if not name:
            return 0
        table: dict[str, list[str]] = {}
        words: dict[str, list[str]] = {}
        for entry in self.packset.lists[name].entries:
            head_word, *subs = entry.split()
            key = normalise_literal(head_word)
            forms = [form for form in (normalise_literal(sub) for sub in subs)
                     if form and form != key]
            if key and forms:
                (table if len(key) == 1 else words).setdefault(key, []).extend(forms)
        body = self.body
        added: dict[str, set[int]] = {}
        evasion = self.evasion_spelling

        def add(literal: str, fids: set[int], at: int, length: int, sub: str) -> None:
            # Both pieces are normalised already, and a stand-in sits between Chinese
            # characters, so the joined string is normalised too (a variant that were not
            # would only never match); normalising a hundred thousand variants again would
            # double the load time of a large pack set.
            variant = literal[:at] + sub + literal[at + length:]
            if variant in body or _HAN.search(variant) is None:
                return
            found = added.get(variant)
            if found is None:
                found = added[variant] = {evasion}
            found.update(fids)

        for literal, fids in list(body.items()):
            if len(literal) < 2 or _HAN.search(literal) is None:
                continue
            for i, char in enumerate(literal):
                for sub in table.get(char, ()):
                    if len(literal) < 3 and _HAN.match(sub) is not None:
                        # A two-character word with a Chinese stand-in is too often two
                        # ordinary characters side by side (信贷 -> "相信代办"); such words
                        # get their stand-ins as whole-word lines of the list.
                        continue
                    add(literal, fids, i, 1, sub)
            for word, subs in words.items():
                at = literal.find(word)
                if at >= 0:
                    for sub in subs:
                        add(literal, fids, at, len(word), sub)
        body.update(added)
        return len(added)

    def renumber(self, weights: Mapping[int, float]) -> list[int]:
        """Renumber the features, the commonest first, and return ``new[old]``.

        Ids are handed out while the packs compile, in the order rules name them; once every
        literal is known (stand-in spellings and gates included), the features are numbered
        again by falling ``weights`` (:meth:`feature_weights`), and every table here takes the
        new ids (the conditions built so far take them with
        :meth:`rules.conditions.Cond.renumber`).
        A literal's feature mask is then as long as its rarest set's id: a set with a common
        literal is itself common, so the masks of common hits stay short integers, and every
        ``|`` that adds a hit to a message's features costs less.
        """
        order = sorted(self.features.ids.values(), key=lambda fid: (-weights[fid], fid))
        new = [0] * len(order)
        for rank, fid in enumerate(order):
            new[fid] = rank

        def table(old: dict[str, set[int]]) -> None:
            for key, fids in old.items():
                old[key] = {new[fid] for fid in fids}

        for literals in (self.body, self.gates, self.signature, self.sender_prefix,
                         self.sender_exact, self.commentary):
            table(literals)
        self.prefilters = {new[fid] for fid in self.prefilters}
        self.prefilters_original = {new[fid] for fid in self.prefilters_original}
        self.class_ids = {name: new[fid] for name, fid in self.class_ids.items()}
        self.url_ids = {name: new[fid] for name, fid in self.url_ids.items()}
        self.signature_any = new[self.signature_any]
        self.signature_han = new[self.signature_han]
        self.evasion_spelling = new[self.evasion_spelling]
        self.evasion_spacing = new[self.evasion_spacing]
        self.sender_lookalike = new[self.sender_lookalike]
        self.features.ids = {key: new[fid] for key, fid in self.features.ids.items()}
        return new

    def feature_weights(self) -> dict[int, float]:
        """Estimate, for every feature, the share of messages that have it.

        Literal sets sum :func:`rules.frequency.literal_share` over their literals (stand-in
        spellings included). Other features get fixed shares from what typical traffic
        looks like: every message has a sender class and about half carry a signature, a
        fifth a link; sender lists, the finer URL flags and evasion are rare. Used only to
        choose each rule's trigger (:meth:`rules.conditions.All.trigger`).
        """
        weights: dict[int, float] = {}
        for table in (self.body, self.signature, self.commentary):
            for literal, fids in table.items():
                share = literal_share(literal)
                for fid in fids:
                    weights[fid] = weights.get(fid, 0.0) + share
        fixed = {"class": 0.3, "signature": 0.5, "sender_prefix": 0.05, "sender_number": 0.05,
                 "evasion": 0.05, "market": 0.5, "sender_id": 0.01}
        common_urls = ("any", "unlisted", "allowlisted")
        out: dict[int, float] = {}
        for (kind, name), fid in self.features.ids.items():
            if kind == "url":
                share = 0.2 if name in common_urls else 0.02
            elif kind in fixed:
                share = fixed[kind]
            else:
                share = weights.get(fid, 0.0)
            out[fid] = min(share, 1.0)
        return out

    def _line(self, rule: RuleSpec, path: list[Any]) -> int:
        node: Any = rule.match
        line = rule.line
        for step in path:
            try:
                line = line_of(node, [step]) or line
                node = node[step]
            except (KeyError, IndexError, TypeError):
                break
        return line

    def cond(self, rule: RuleSpec, node: Mapping[str, Any], path: list[Any]) -> c.Cond:
        (key, value), = node.items()
        here = path + [key]
        if key == "all":
            return c.All([self.cond(rule, v, here + [i]) for i, v in enumerate(value)])
        if key == "any":
            return c.AnyOf([self.cond(rule, v, here + [i]) for i, v in enumerate(value)])
        if key == "not":
            return c.Not(self.cond(rule, value, here))
        if key == "at_least":
            children = [self.cond(rule, v, here + ["of", i]) for i, v in enumerate(value["of"])]
            if value["count"] > len(children):
                self.errors.append(PackError(
                    rule.file, self._line(rule, here),
                    f"{rule.id}: at_least count {value['count']} is more than its "
                    f"{len(children)} conditions"))
            return c.AtLeast(value["count"], children)
        if key == "keywords":
            if isinstance(value, Mapping) and "lists" in value:
                # keywords: {lists: [a, b]} is any: [{keywords: {list: a}}, {keywords: {list: b}}]
                return c.AnyOf([
                    c.Keywords(self._literal_set("kw", {"list": name}, self.body, rule,
                                                 here + ["lists", i]), "body")
                    for i, name in enumerate(value["lists"])])
            return c.Keywords(self._literal_set("kw", value, self.body, rule, here), "body")
        if key == "regex":
            prefilter = self._literal_set("pre", value["prefilter"], self.body, rule, here)
            self.prefilters.add(prefilter)
            original = value.get("text") == "original"
            if original:
                self.prefilters_original.add(prefilter)
            try:
                # Over the original text the pattern reads as written, case-insensitively.
                pattern = c.FastRe2("(?i)" + value["pattern"] if original
                                    else fold_pattern(value["pattern"]))
            except re2.error as exc:
                self.errors.append(PackError(rule.file, self._line(rule, here),
                                             f"{rule.id}: invalid RE2 pattern: {exc}"))
                pattern = c.FastRe2("$^")
            gate = -1
            required = None if original else required_literals(pattern.pattern.pattern,
                                                                literal_share)
            if required:
                gate = self.features.get(("gate", pattern.pattern.pattern))
                self.prefilters.add(gate)
                for literal in required:
                    self.gates.setdefault(literal, set()).add(gate)
            return c.Regex(prefilter, pattern, original, gate)
        if key == "signature":
            if value == "any":
                return c.SignatureCond(self.signature_any, "body")
            if value == "han":
                return c.SignatureCond(self.signature_han, "body")
            return c.SignatureCond(
                self._literal_set("sig", value, self.signature, rule, here), "body")
        if key == "sender_class":
            conds: list[c.Cond] = [c.Feature(self.class_ids[name]) for name in value]
            return conds[0] if len(conds) == 1 else c.AnyOf(conds)
        if key == "body_number":
            return c.BodyNumber(value)
        if key == "market":
            conds = [c.Feature(self.features.get(("market", str(code).upper()))) for code in value]
            return conds[0] if len(conds) == 1 else c.AnyOf(conds)
        if key == "sender_prefix":
            return c.Feature(self._sender_set(value, prefix=True))
        if key == "sender_number":
            return c.Feature(self._sender_set(value, prefix=False))
        if key == "sender_id":  # "lookalike", the only value
            return c.Feature(self.sender_lookalike)
        if key == "url":
            return c.UrlFlag(self.url_ids[value], value)
        if key == "quote":
            return c.QuoteFeature(self._literal_set("quote", value["commentary"], self.commentary,
                                                    rule, here + ["commentary"]), quoted_segments)
        if key == "evasion":
            if value == "spacing":
                return c.Feature(self.evasion_spacing, "body")
            return c.Keywords(self.evasion_spelling, "body")
        if key == "url_domain":
            _, items = self._literals(value)
            return c.UrlDomain(DomainSet(items), self.url_ids["any"])
        raise PackError(rule.file, self._line(rule, here), f"{rule.id}: unknown condition {key}")


class Engine:
    """A compiled pack set. Immutable once built; share it freely between tasks and threads.

    Bounded caches sit beside the compiled data, keyed by what repeats across messages and
    never by a message body: sender -> (class, sender-list features), signature text ->
    signature features, a link's host and form -> its own flags (and, with the names a message
    claims, whether it carries one), a score as summed -> as rounded.
    """

    def __init__(self, packset: PackSet, load_seconds: float = 0.0) -> None:
        """Compile ``packset``.

        Args:
            packset: A validated pack set from :func:`rules.loader.load_packset`.
            load_seconds: Time already spent loading, added to :attr:`load_seconds`.

        Raises:
            PackSetError: A literal or pattern that validated cannot be compiled.
        """
        started = time.perf_counter()
        comp = _Compiler(packset)
        specs = list(packset.rules())
        conds = [comp.cond(spec, spec.match, []) for spec in specs]
        if comp.errors:
            raise PackSetError(comp.errors)
        self.variant_count = comp.add_spelling_variants()
        for literal, fids in comp.gates.items():
            comp.body.setdefault(literal, set()).update(fids)
        shares = comp.feature_weights()
        new_ids = comp.renumber(shares)
        rules: list[_Rule] = []
        for index, (spec, cond) in enumerate(zip(specs, conds, strict=True)):
            cond.renumber(new_ids)
            shadow = spec.status == "experimental"
            summary = {"id": spec.id, "pack": spec.pack, "group": spec.group,
                       "score": spec.score, "shadow": shadow}
            rules.append(_Rule(spec, cond, shadow, c.compile_test(cond), summary,
                               c.span_keywords(cond), index))
        settings = packset.settings
        lists = packset.lists
        url_lists = settings["url"]

        def entries(name: str) -> tuple[str, ...]:
            return lists[url_lists[name]].entries

        self.packset = packset
        self._rules = tuple(rules)
        # A rule is evaluated only when its two rarest necessary parts (see
        # Cond.necessary) each meet a feature of the message. Each rule has two bits in the
        # trigger masks, side by side: the even one for its rarest part, the odd one for its
        # second rarest (always set for a rule with fewer than two parts). A feature's trigger
        # mask holds the bits of the parts it serves; the masks of a message's features are
        # OR-ed as they are found (one ``|`` per feature), and the candidates are the rules
        # with both bits set. Rules whose parts are common take the low bits, as features
        # do (see _Compiler.renumber): a common message's masks stay small integers, which
        # cost a fraction of a long one in every ``|``.
        weight = {new_ids[fid]: share for fid, share in shares.items()}.__getitem__
        parts_of: list[list[frozenset[int]]] = []
        for rule in rules:
            parts_of.append(sorted(rule.cond.necessary(weight),
                                   key=lambda p: sum(map(weight, p))))

        def frequency(index: int) -> float:
            parts = parts_of[index]
            return 1.0 if len(parts) < 2 else min(sum(map(weight, parts[1])), 1.0)

        order = sorted(range(len(rules)), key=lambda i: (-frequency(i), i))
        triggers: dict[int, int] = {}
        always = 0
        single = 0
        pairs = 0
        for slot, index in enumerate(order):
            parts = parts_of[index]
            bit = 1 << (2 * slot)
            pairs |= bit
            if not parts:
                always |= bit  # and, below, the odd bit of a rule with fewer than two parts
            if len(parts) < 2:
                single |= bit << 1
            for shift, part in zip((0, 1), parts[:2], strict=False):
                for fid in part:
                    triggers[fid] = triggers.get(fid, 0) | bit << shift
        self._slots = tuple(rules[index] for index in order)
        self._triggers = triggers
        self._always = always | single
        self._pairs = pairs
        # A pattern's own literals (gates) and the prefilters of patterns over the original
        # text match anywhere; the other prefilters where they begin a word (stems).
        anywhere = set().union(*comp.gates.values()) | comp.prefilters_original
        self._body = LiteralMatcher(comp.body, unbounded=anywhere, triggers=triggers,
                                    headed=comp.prefilters - anywhere)
        self._signature = LiteralMatcher(comp.signature, triggers=triggers)
        self._commentary = (LiteralMatcher(comp.commentary, triggers=triggers)
                            if comp.commentary else None)
        self._signature_cache: dict[str, tuple[int, int]] = {}
        self._rounded: dict[float, float] = {}
        self._sender_cache: dict[str, tuple[Any, int, int]] = {}
        self._host_flags_cache: dict[tuple[str, str, str, bool, bool, bool], frozenset[str]] = {}
        self._carries_cache: dict[tuple[str, str, frozenset[str]], bool] = {}
        self._senders = AnchoredMatcher(comp.sender_prefix, comp.sender_exact)
        self._classifier = comp.classifier
        self._recipient_classifiers = comp.recipient_classifiers
        self._by_recipient = comp.by_recipient
        self._home_code = comp.classifier.plan.calling_code
        # The markets rules name (``market: [HK]``): a feature of every message whose sender is
        # classified by that market's plan.
        self._market_ids = {name: fid for (kind, name), fid in comp.features.ids.items()
                            if kind == "market"}
        #: The numbering plan in force, for operators: ``CN`` or ``CN, by recipient``.
        self.numbering_plan = comp.classifier.plan.code + (
            ", by recipient" if self._by_recipient else "")
        self._class_ids = comp.class_ids
        self._url_masks = {flag: self._masks((fid,)) for flag, fid in comp.url_ids.items()}
        self._signature_any = comp.signature_any
        self._evasion_spacing = self._masks((comp.evasion_spacing,))
        self._signature_han = comp.signature_han
        self._risky_tlds = frozenset(t.strip(".").casefold() for t in entries("risky_tlds"))
        self._shorteners = DomainSet(entries("shorteners"))
        self._allow = DomainSet(entries("allow_domains"))
        self._block = DomainSet(entries("block_domains"))
        # Brand names in hosts are read from the protected and the official domains alike.
        self._lookalike = LookalikeDetector(
            entries("protected_domains"), brand_domains=entries("allow_domains"),
            brand_names=entries("brand_names") if "brand_names" in url_lists else ())
        self._sender_lookalike = comp.sender_lookalike
        thresholds = settings["thresholds"]
        self._thresholds = tuple((a, float(thresholds[a])) for a in reversed(ACTIONS))
        self._groups = {
            name: (float(spec.get("floor", float("-inf"))), float(spec.get("cap", float("inf"))))
            for name, spec in settings["groups"].items()
        }
        self.versions: dict[str, str] = {p.name: p.version for p in packset.packs}
        self.pattern_counts: dict[str, int] = {
            "body": len(self._body),
            "signature": len(self._signature),
            "sender": len(self._senders),
            "domains": len(self._allow) + len(self._block) + len(self._shorteners),
        }
        self.rule_count = len(self._rules)
        self.load_seconds = load_seconds + time.perf_counter() - started

    @property
    def rules(self) -> tuple[RuleSpec, ...]:
        """Return the active rules (experimental ones included), in pack order."""
        return tuple(rule.spec for rule in self._rules)

    def _masks(self, fids: Collection[int]) -> tuple[int, int]:
        """Return the mask of the features ``fids`` and the mask of the rules they trigger."""
        return mask_of(fids), mask_union(self._triggers.get(fid, 0) for fid in fids)

    def _recipient_code(self, recipient: str) -> str:
        """Return the calling code whose plan classifies the senders of ``recipient``.

        That is the recipient's own when it is written in international form and a plan
        exists for its country (``by_recipient``), the home plan's otherwise.
        """
        text = recipient.lstrip()
        if text[:1] in ("+", "\uff0b"):
            digits = "".join(ch for ch in text[1:20] if ch.isdigit())
            plans = self._recipient_classifiers
            for size in (1, 2, 3):
                if digits[:size] in plans:
                    return digits[:size]
        return self._home_code

    def _sender(self, sender: str | None, code: str = "") -> tuple[Any, int, int]:
        """Classify a sender and match it against the sender lists, cached per sender.

        Args:
            sender: The sender as received.
            code: The calling code whose plan classifies it (``by_recipient``); the home
                plan's when empty.

        Returns:
            The :class:`SenderInfo`, the mask of the sender's features and the mask of the
            rules they trigger.
        """
        key = sender or ""
        classifier = self._classifier
        if code and code != self._home_code:
            classifier = self._recipient_classifiers[code]
            key = code + "\x00" + key
        found = self._sender_cache.get(key)
        if found is None:
            info = classifier.classify(sender)
            features = {self._class_ids.get(info.cls, self._class_ids["unknown"])}
            market = self._market_ids.get(classifier.plan.code)
            if market is not None:
                features.add(market)
            if len(self._senders):
                features |= self._senders.find(info.canonical, info.national)
            if info.cls == "alphanumeric" and sender and self._lookalike.spoofed_sender_id(
                    sender) is not None:
                features.add(self._sender_lookalike)
            found = (info, *self._masks(features))
            if len(self._sender_cache) >= 65536:
                self._sender_cache.clear()
            self._sender_cache[key] = found
        return found

    def _signature_features(self, text: str) -> tuple[int, int]:
        """Features of a signature (masks of features and rules), cached per signature text.

        A few thousand signatures make most traffic.
        """
        found = self._signature_cache.get(text)
        if found is None:
            fids = {self._signature_any}
            if len(self._signature):
                fids |= self._signature.find(normalise(text))
            if _HAN.search(text) is not None:
                fids.add(self._signature_han)
            found = self._masks(fids)
            if len(self._signature_cache) >= 65536:
                self._signature_cache.clear()
            self._signature_cache[text] = found
        return found

    def _allowlisted(self, url: Url) -> bool:
        """Tell whether ``url``'s host is on the allow list (a named merchant kept for it)."""
        return self._allow.match(url.host) is not None

    def _url_flags(self, urls: list[Any], body: str, sender_id: str) -> list[frozenset[str]]:
        """Return each URL's flags, the message-level ones included.

        ``claimed_name_host`` needs the names the message claims (its alphanumeric sender id
        ``sender_id`` and its header); ``disowned`` goes on every unlisted URL when the body
        calls each of them fake.
        """
        out = self._host_flags(urls)
        if any("allowlisted" in f for f in out):
            out = self._payees(urls, body, out)
        if not any("unlisted" in f for f in out):
            return out
        names = claimed_names(sender_id, body)
        if names:
            out = [f | {"claimed_name_host"} if "unlisted" in f and self._carries(
                url.host, url.registrable, names) else f for url, f in zip(urls, out, strict=True)]
            if self._claimed_own(urls, out, names):
                out = [f | {"claimed_own"} if "unlisted" in f else f for f in out]
        if self._disowned(body, urls, out):
            out = [f | {"disowned"} if "unlisted" in f else f for f in out]
        return out

    @staticmethod
    def _payees(urls: list[Any], body: str, flags: list[frozenset[str]]) -> list[frozenset[str]]:
        """Add ``payee`` to the official domains written as a payment's payee.

        A card alert names the merchant by its domain ("charged £1,249.00 at APPLE.COM/BILL");
        so does a fake one, which then asks for a call. Written without a scheme or ``www.``,
        right after "at", "to", "from", "on", 在, 于 or 向, in capitals or after a purchase word
        ("charged", "payment of", 消费), such a domain is the payee, not a page the message
        sends its reader to (ALLOW_OFFICIAL_LINKS_ONLY does not credit it when the message
        gives a number to call). "Pay at gov.uk/pay" or "log in to hsbc.co.uk" is neither.
        """
        out = flags
        for i, (url, url_flags) in enumerate(zip(urls, flags, strict=True)):
            if "allowlisted" not in url_flags:
                continue
            raw = url.raw
            lowered = raw.lower()
            if "://" in lowered or lowered.startswith("www.") or _PAYEE_BEFORE.search(
                    body, max(0, url.start - 8), url.start) is None:
                continue
            if _PAYEE_VISIT.search(body, max(0, url.start - 20), url.start) is not None:
                continue
            if raw != raw.upper() and _PAYEE_PURCHASE.search(
                    body, max(0, url.start - 60), url.start) is None:
                continue
            if out is flags:
                out = list(flags)
            out[i] = url_flags | {"payee"}
        return out

    def _host_flags(self, urls: list[Any]) -> list[frozenset[str]]:
        """Return the flags each URL has on its own (lists, TLD, look-alikes, brand hosts).

        They depend on the fields of the key below only, and hosts repeat across messages: the
        flags are worked out once per key (bounded cache).
        """
        out = []
        cache = self._host_flags_cache
        for url in urls:
            key = (url.host, url.registrable, url.suffix, url.is_ip, url.obfuscated, url.masked)
            found = cache.get(key)
            if found is None:
                found = self._flags_of(url)
                if len(cache) >= _LINK_CACHE_MAX:
                    cache.clear()
                cache[key] = found
            out.append(found)
        return out

    def _carries(self, host: str, registrable: str, names: frozenset[str]) -> bool:
        """:func:`carries_claimed_name`, cached: hosts and claimed names repeat together."""
        key = (host, registrable, names)
        found = self._carries_cache.get(key)
        if found is None:
            found = carries_claimed_name(host, registrable, names)
            if len(self._carries_cache) >= _LINK_CACHE_MAX:
                self._carries_cache.clear()
            self._carries_cache[key] = found
        return found

    def _flags_of(self, url: Any) -> frozenset[str]:
        """Work out the flags of one URL for :meth:`_host_flags`."""
        flags = {"any"}
        host = url.host
        if url.is_ip:
            flags.add("ip_host")
        if url.tld in self._risky_tlds or url.suffix in self._risky_tlds:
            flags.add("risky_tld")
        if self._shorteners.match(host) is not None:
            flags.add("shortener")
        allowlisted = self._allow.match(host) is not None
        flags.add("allowlisted" if allowlisted else "unlisted")
        if self._block.match(host) is not None:
            flags.add("blocklisted")
        if url.obfuscated:
            flags.add("obfuscated")
        if url.masked:
            flags.add("masked")
        # An official domain is never a look-alike, even when its name is one edit away
        # from a protected brand's (vmall.com and tmall.com).
        if not url.is_ip and not allowlisted:
            if self._lookalike.check(host, url.registrable, url.suffix) is not None:
                flags.add("lookalike")
            if self._lookalike.brand_token(host, url.registrable, url.suffix) is not None:
                flags.add("brand_host")
            # "mortgage-holiday-uk.com", "airbnb-deposit-secure.net": a registered name made of
            # words joined by hyphens, as phishing hosts are named to read like a purpose.
            if hyphenated_host_label(url.registrable.partition(".")[0]):
                flags.add("hyphenated_host")
        return frozenset(flags)

    @staticmethod
    def _claimed_own(urls: list[Any], flags: list[frozenset[str]], names: frozenset[str]) -> bool:
        """Tell whether every unlisted link is on the claimed name's own plain domain.

        ``larkspur.co.uk`` for "Larkspur: your password was changed…", ``facebook.com`` for
        "Facebook: we noticed a login…": the registrable domain's label is a claimed name (or
        the claimed words run together), on no risky TLD, and the link is neither a
        look-alike, a shortener, a raw IP nor masked or obfuscated. A phishing page cannot sit on
        the brand's own domain; it sits on ``larkspur-secure.top`` or ``facebook.com-help.co``.
        """
        seen = False
        for url, url_flags in zip(urls, flags, strict=True):
            if "unlisted" not in url_flags:
                continue
            seen = True
            if url.is_ip or not url.registrable or _NOT_OWN_FLAGS & url_flags:
                return False
            label = url.registrable.partition(".")[0]
            if label.replace("-", "") not in names:
                return False
            if "-" in label and _DOTTED_LABEL.search(label) is not None:
                return False  # "gov-sg.app" for "gov.sg": a dotted name written with hyphens
        return seen

    @staticmethod
    def _disowned(body: str, urls: list[Any], flags: list[frozenset[str]]) -> bool:
        """Tell whether the body has unlisted links and calls every one of them fake."""
        if not _may_disown(body):
            return False
        seen = False
        for url, url_flags in zip(urls, flags, strict=True):
            if "unlisted" not in url_flags:
                continue
            seen = True
            if _DISOWN_AFTER.match(body, url.end) is None and _DISOWN_BEFORE.search(
                    body, max(0, url.start - 12), url.start) is None and _DISOWN_REPORTED.search(
                    body, max(0, url.start - 120), url.start) is None:
                return False
        return seen

    def _quote_features(self, body: str, urls: list[Any],
                        flags: list[frozenset[str]]) -> tuple[int, int]:
        """Features of the commentary around quoted passages (``quote:`` conditions).

        Returned as the masks of the features and of the rules they trigger.

        Nothing when the body quotes no passage of 15 characters or more, when an unlisted link
        stands outside every quoted passage (the message's own call to action), or when
        nothing but the quotes is there. Otherwise the text outside the quotes is normalised and
        matched against the commentary literals alone.
        """
        matcher = self._commentary
        if matcher is None:
            return 0, 0
        segments = quoted_segments(body)
        if not segments:
            return 0, 0
        for url, url_flags in zip(urls, flags, strict=True):
            if "unlisted" in url_flags and "disowned" not in url_flags and not any(
                    start <= url.start and url.end <= end for start, end in segments):
                return 0, 0
        pieces = []
        last = 0
        for start, end in segments:
            pieces.append(body[last:start])
            last = end
        pieces.append(body[last:])
        outside = " ".join(pieces)
        if len(outside.strip()) < 2:
            return 0, 0
        features, triggered, _ = matcher.scan(normalise(outside))
        return features, triggered

    def screen(self, sender: str | None, body: str, recipient: str = "", *,
               by_recipient: bool | None = None) -> Verdict:
        """Screen one message.

        Args:
            sender: The originating address as received (number, alphanumeric id or e-mail
                address).
            body: The message text.
            recipient: The destination number. With ``by_recipient`` (the ``country``
                setting), a recipient in international form picks the numbering plan the
                sender is classified by, and with it the market (``market:`` conditions).
            by_recipient: Overrides the setting (rule examples are screened in their
                recipient's market).

        Returns:
            The :class:`Verdict`.
        """
        started = time.perf_counter_ns()
        norm = normalise(body)
        features, triggered, raw_hits = self._body.scan(norm)
        if by_recipient is None:
            by_recipient = self._by_recipient
        code = self._recipient_code(recipient) if by_recipient and recipient else ""
        info, sender_features, sender_rules = self._sender(sender, code)
        features |= sender_features
        triggered |= sender_rules
        signature = extract_signature(body)
        if signature is not None:
            found, found_rules = self._signature_features(signature.text)
            features |= found
            triggered |= found_rules
        if " " in body or "\u3000" in body:
            start = _SPACED_START.search(body)
            if start is not None and _SPACED.search(body, start.start()) is not None:
                features |= self._evasion_spacing[0]
                triggered |= self._evasion_spacing[1]
        urls = (drop_named_domains(body, extract_urls(body), self._allowlisted)
                if has_url_hint(body) else [])
        sender_id = sender if sender and info.cls == "alphanumeric" else ""
        flags = self._url_flags(urls, body, sender_id) if urls else []
        url_masks = self._url_masks
        for url_flags in flags:
            for flag in url_flags:
                found, found_rules = url_masks[flag]
                features |= found
                triggered |= found_rules
        if self._commentary is not None:
            found, found_rules = self._quote_features(body, urls, flags)
            features |= found
            triggered |= found_rules
        ctx = c.Context(norm, self._body, features, info, signature, urls, flags, raw_hits,
                        self._recipient_classifiers[code] if code else self._classifier)
        slots = self._slots
        candidates = triggered | self._always
        candidates &= candidates >> 1
        candidates &= self._pairs
        passed: list[_Rule] = []
        while candidates:  # from the highest bit down: the mask shrinks as it goes
            top = candidates.bit_length() - 1
            candidates ^= 1 << top
            rule = slots[top >> 1]
            if rule.test(features, ctx):
                passed.append(rule)
        if len(passed) > 1:
            passed.sort(key=_pack_order)
        fired: list[FiredRule] = []
        span_features = 0
        totals: dict[str, float] = {}
        for rule in passed:  # in pack order
            spec = rule.spec
            fired.append(FiredRule(rule, ctx))
            span_features |= rule.span_keywords
            if not rule.shadow:
                totals[spec.group] = totals.get(spec.group, 0.0) + spec.score
        # Spans are placed only for the literal sets of the rules that fired.
        ctx.span_features = span_features
        score = 0.0
        if totals:  # most messages fire nothing: no sum to round
            groups = self._groups
            for group, total in totals.items():
                floor, cap = groups.get(group, _UNBOUNDED)
                score += min(max(total, floor), cap)
            rounded = self._rounded.get(score)
            if rounded is None:  # a few hundred distinct sums; round() is dearer than a lookup
                if len(self._rounded) >= _SCORE_CACHE_MAX:
                    self._rounded.clear()
                rounded = self._rounded[score] = round(score, 3)
            score = rounded
        action = "deliver"
        for name, threshold in self._thresholds:
            if score >= threshold:
                action = name
                break
        elapsed = (time.perf_counter_ns() - started) // 1000
        return Verdict(action, score, tuple(fired), self.versions, elapsed)


def load(local_dir: str | Path | None = None, shipped_dir: str | Path | None = None) -> Engine:
    """Load, validate and compile a pack set.

    Args:
        local_dir: A deployment's own packs and overrides (``SMISHWALL_RULES_DIR``), or None.
        shipped_dir: The shipped packs; defaults to the ones installed with the package.

    Returns:
        A ready :class:`Engine`.

    Raises:
        PackSetError: The pack set is invalid; the message lists every file, line and reason.
    """
    started = time.perf_counter()
    packset = load_packset(shipped_dir, local_dir)
    return Engine(packset, time.perf_counter() - started)
