"""Compiled rule conditions.

Every leaf condition tests one *feature* of a message (a literal set hit, a sender class, a URL
property...). Features are small integers assigned when a pack set is compiled; screening a
message computes the features present once, as one integer with bit ``f`` set for feature
``f``, then evaluates only the rules that one of those features can trigger
(:meth:`Cond.trigger`). A bit mask rather than a set: a literal typically belongs to a dozen
sets, and adding a hit's features is then one ``|`` instead of a dozen set insertions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from rules.matcher import LATIN_ALNUM, LiteralEntry, LiteralMatcher, char_span
from rules.normalise import Normalised
from rules.senders import SenderClassifier, SenderInfo, Signature, find_numbers
from rules.urls import DomainSet, Url

Span = tuple[str, int, int]
"""A matched span: (field, start, end) with offsets into the original field text."""

MAX_SPAN_HITS = 256
"""Literal hits of one message placed in the original text for spans, in text order. Screening
uses every hit; only highlighting stops here. A 1,600-character body packed with keywords has
close to a thousand hits: placing them all took about 5 ms, against 0.4 ms to screen it and
about 60 µs for an ordinary message (``bench/worst_case.py``), so a flood of such messages
would slow a worker a hundred-fold. With the limit it takes under 1 ms. An analyst needs the
first hits, not the thousandth."""


def equal_weight(feature: int) -> float:
    """Return 1: the default weight of a feature in :meth:`Cond.trigger`, each counts the same."""
    return 1.0


class Context:
    """What the conditions of one message look at; built once per screened message."""

    __slots__ = ("norm", "matcher", "features", "sender", "signature", "urls", "url_flags",
                 "raw_hits", "classifier", "span_features", "_utf8", "_original_utf8",
                 "_matches", "_placed", "_by_feature", "_numbers")

    def __init__(self, norm: Normalised, matcher: LiteralMatcher,
                 features: int, sender: SenderInfo, signature: Signature | None,
                 urls: Sequence[Url], url_flags: Sequence[frozenset[str]],
                 raw_hits: list[tuple[int, LiteralEntry]] | None = None,
                 classifier: SenderClassifier | None = None) -> None:
        self.norm = norm
        self.matcher = matcher
        self.raw_hits = raw_hits
        self.features = features
        self.sender = sender
        self.signature = signature
        self.urls = urls
        self.url_flags = url_flags
        # The literal sets whose hits spans may be asked for (a mask; all by default). The
        # engine narrows it to the sets of the rules that fired (span_keywords).
        self.span_features = -1
        self._utf8: bytes | None = None
        self._matches: dict[int, Any] = {}
        self._placed: list[tuple[Span, int]] | None = None
        self._by_feature: dict[int, list[Span]] = {}
        self.classifier = classifier
        self._numbers: list[tuple[int, int, str]] | None = None
        self._original_utf8: bytes | None = None

    def body_numbers(self) -> list[tuple[int, int, str]]:
        """Return the phone numbers written in the body with their classes, once per message.

        Classified by the plan the sender was (the home plan, or the recipient's with
        ``by_recipient``); none without a classifier.

        Returns:
            ``(start, end, class)`` per number in the original body, in text order.
        """
        numbers = self._numbers
        if numbers is None:
            classifier = self.classifier
            numbers = []
            if classifier is not None:
                for start, _, text in find_numbers(self.norm.original):
                    cls, size = classifier.read_number(text)
                    numbers.append((start, start + size, cls))
            self._numbers = numbers
        return numbers

    def search(self, pattern: Any, original: bool = False) -> tuple[int, int] | None:
        """Search the body's UTF-8 bytes with a pattern, once per message.

        Args:
            pattern: A :class:`FastRe2`.
            original: Search the body as received instead of the normalised one (the
                patterns written with ``text: original``: small print such as "£1.50/msg"
                that normalisation folds away).

        Returns:
            The byte span of the first match, or None.
        """
        key = id(pattern)
        matches = self._matches
        if key in matches:
            found: tuple[int, int] | None = matches[key]
            return found
        if original:
            found = matches[key] = pattern.search(self.original_utf8)
            return found
        found = matches[key] = pattern.search_words(self.utf8, self.norm)
        return found

    @property
    def original_utf8(self) -> bytes:
        """The original body as UTF-8 bytes."""
        data = self._original_utf8
        if data is None:
            data = self._original_utf8 = self.norm.original.encode("utf-8")
        return data

    def body_hits(self, feature: int) -> list[Span]:
        """Return the hits of a literal set as ``("body", start, end)`` in the original body.

        On first use the message's hits are placed once, each with the mask of the features
        it counts for (:meth:`LiteralMatcher.hit_chars`), and mapped to the original text in
        one pass; each literal set then picks its own, once per message (the rules that fired
        often share a set). At most the first :data:`MAX_SPAN_HITS` of the automaton's hits
        are placed, and only those of the sets in :attr:`span_features`. The list returned
        is shared: callers must not change it.
        """
        if self._placed is None:
            self._place()
        return self._by_feature.get(feature, _NO_SPANS)

    def _place(self) -> None:
        """Place the message's hits and sort them by literal set, in text order."""
        raw = self.raw_hits
        if raw is not None and len(raw) > MAX_SPAN_HITS:
            raw = raw[:MAX_SPAN_HITS]
        hits = self.matcher.hit_chars(self.norm, self.utf8, raw, self.span_features)
        placed = self._placed = [
            (("body", start, end), mask) for start, end, mask in self.norm.place(hits)
        ] if hits else []
        by_feature = self._by_feature
        for span, mask in placed:  # a hit counts for one or two of the wanted sets
            while mask:
                feature = mask.bit_length() - 1
                found = by_feature.get(feature)
                if found is None:
                    by_feature[feature] = [span]
                else:
                    found.append(span)
                mask ^= 1 << feature

    @property
    def utf8(self) -> bytes:
        """The normalised body as UTF-8 bytes (what RE2 reads without re-encoding per call)."""
        data = self._utf8
        if data is None:
            data = self._utf8 = self.norm.text.encode("utf-8")
        return data


_NO_SPANS: list[Span] = []
"""What :meth:`Context.body_hits` returns for a set without hits (shared, never changed)."""


def span_keywords(cond: Cond) -> int:
    """Return the mask of the literal sets whose hits ``cond.spans`` can report.

    Those of its :class:`Keywords` conditions, under ``all``, ``any`` and ``at_least``; a
    ``not`` reports no spans.
    """
    if isinstance(cond, Keywords):
        return 1 << cond.feature
    if isinstance(cond, (All, AnyOf, AtLeast)):
        mask = 0
        for child in cond.children:
            mask |= span_keywords(child)
        return mask
    return 0


def compile_test(cond: Cond) -> Callable[[int, Context], bool]:
    """Compile a condition tree into one function ``f(F, ctx)`` for the hot path.

    Args:
        cond: The condition tree.

    Returns:
        A function equivalent to ``cond.test(ctx)`` with ``F`` being ``ctx.features``: the
        tree's ``and``/``or``/``not`` become Python operators over bit tests of ``F``, so a
        rule costs one call instead of one per node.
    """
    consts: list[Any] = []
    expr = cond.code(consts)
    # Each constant becomes a parameter's default (``C[3]`` -> ``C3``): a local read instead
    # of a global lookup and an index per use, and the truth test is the ``if`` itself
    # rather than a call of ``bool``.
    expr = _CONST_REF.sub(r"C\1", expr)
    params = "".join(f", C{i}=C[{i}]" for i in range(len(consts)))
    namespace: dict[str, Any] = {"C": tuple(consts)}
    source = (f"def test(F, ctx{params}):\n"
              f"    if {expr}:\n        return True\n    return False\n")
    exec(source, namespace)  # noqa: S102
    fn: Callable[[int, Context], bool] = namespace["test"]
    return fn


_CONST_REF = re.compile(r"C\[(\d+)\]")
"""A constant as :meth:`Cond.code` writes it."""


class Cond:
    """Base class of compiled conditions."""

    __slots__ = ()

    @property
    def cost(self) -> int:
        """Relative cost of :meth:`test`, used to order ``all`` children (0 = a set lookup)."""
        return 1

    def test(self, ctx: Context) -> bool:
        """Return whether the condition holds for the message.

        Every condition class defines its own (a unit test checks it). The base is not an
        ``abc.ABC``: under ``ABCMeta`` the compiled classes got an instance dictionary.
        """
        raise NotImplementedError

    def spans(self, ctx: Context, out: list[Span]) -> None:  # noqa: B027 - a default
        """Append the spans that make this (true) condition hold (none by default)."""
        return None

    def code(self, consts: list[Any]) -> str:
        """Return a Python expression over ``F`` (the feature set) and ``ctx`` for :meth:`test`.

        Objects the expression needs are appended to ``consts`` and read as ``C[i]``. The
        expression is built from integers and indexes only, never from pack text.
        """
        consts.append(self)
        return f"C[{len(consts) - 1}].test(ctx)"

    def necessary(self, weight: Callable[[int], float] = equal_weight) -> list[frozenset[int]]:
        """Feature sets of which each must meet the message for the condition to hold.

        One set (the :meth:`trigger`) for most conditions, one per part for an ``all``
        (:meth:`All.necessary`), none for a condition that can hold without any feature.
        """
        trig = self.trigger(weight)
        return [] if trig is None else [trig]

    def trigger(self, weight: Callable[[int], float] = equal_weight) -> frozenset[int] | None:
        """Features of which at least one must be present for the condition to hold.

        ``weight`` estimates how common a feature is (see :meth:`All.trigger`).

        ``None`` means the condition can hold with no particular feature (it is evaluated for
        every message).
        """
        return None

    def renumber(self, new: Sequence[int]) -> None:  # noqa: B027 - a default
        """Give the features this condition tests their final ids (``new[old]``).

        The engine numbers features once every pack is compiled, the commonest first, so that
        the masks of a common message stay small integers (see ``Engine``); conditions are
        built before that and renumbered once. None by default.
        """
        return None


class All(Cond):
    """True when every child is true."""

    __slots__ = ("children",)

    def __init__(self, children: Sequence[Cond]) -> None:
        self.children = tuple(children)

    def test(self, ctx: Context) -> bool:
        """Return whether every child holds."""
        for child in self.children:  # a loop: a generator costs an object per call
            if not child.test(ctx):
                return False
        return True

    def spans(self, ctx: Context, out: list[Span]) -> None:
        """Collect the spans of every child."""
        for child in self.children:
            child.spans(ctx, out)

    @property
    def cost(self) -> int:
        """The dearest child."""
        return max(child.cost for child in self.children)

    def code(self, consts: list[Any]) -> str:
        """Return the children's expressions joined with ``and``, cheapest first.

        Conditions are pure, so their order does not change the result: set-membership tests
        go before URL-domain walks and regular expressions, which then run only when
        everything else already holds. The children that test one feature each become one
        test of their joint mask (``F & M == M``): one operation on the feature set instead
        of one per child.
        """
        ordered = sorted(self.children, key=lambda child: child.cost)
        mask = 0
        parts: list[str] = []
        for child in ordered:
            if isinstance(child, Feature):
                mask |= 1 << child.feature
            else:
                parts.append(child.code(consts))
        if mask:
            consts.append(mask)
            parts.insert(0, f"(F & C[{len(consts) - 1}] == C[{len(consts) - 1}])")
        return "(" + " and ".join(parts) + ")"

    def necessary(self, weight: Callable[[int], float] = equal_weight) -> list[frozenset[int]]:
        """Return the necessary sets of every child: each child must hold."""
        out: list[frozenset[int]] = []
        for child in self.children:
            out.extend(child.necessary(weight))
        return out

    def trigger(self, weight: Callable[[int], float] = equal_weight) -> frozenset[int] | None:
        """Return the rarest trigger of any child: all must hold, so one suffices.

        A trigger's weight is the sum of its features' ``weight``: with the default (1 per
        feature) the trigger with the fewest features wins; the engine passes an estimate of
        how often each feature occurs, so a rule waits on its rarest part (a keyword list
        rather than "sent from a short code") and is evaluated for fewer messages.
        """
        best: frozenset[int] | None = None
        best_weight = 0.0
        for child in self.children:
            trig = child.trigger(weight)
            if trig is None:
                continue
            total = sum(map(weight, trig))
            if best is None or total < best_weight or (
                    total == best_weight and len(trig) < len(best)):
                best, best_weight = trig, total
        return best

    def renumber(self, new: Sequence[int]) -> None:
        """Renumber every child."""
        for child in self.children:
            child.renumber(new)


def _union_of_triggers(children: Sequence[Cond],
                       weight: Callable[[int], float]) -> frozenset[int] | None:
    """Return the union of ``children``'s triggers, or ``None`` if one of them has none.

    The trigger of a condition that holds when one child at least does (``any``, ``at_least``).
    """
    union: set[int] = set()
    for child in children:
        trig = child.trigger(weight)
        if trig is None:
            return None
        union |= trig
    return frozenset(union)


class AnyOf(Cond):
    """True when at least one child is true."""

    __slots__ = ("children",)

    def __init__(self, children: Sequence[Cond]) -> None:
        self.children = tuple(children)

    def test(self, ctx: Context) -> bool:
        """Return whether one child holds."""
        for child in self.children:
            if child.test(ctx):
                return True
        return False

    def spans(self, ctx: Context, out: list[Span]) -> None:
        """Collect the spans of the children that hold.

        A literal set is not tested first: it has spans only where its feature is present,
        and looking them up costs less than the test.
        """
        for child in self.children:
            if isinstance(child, Keywords) or child.test(ctx):
                child.spans(ctx, out)

    @property
    def cost(self) -> int:
        """The dearest child."""
        return max(child.cost for child in self.children)

    def code(self, consts: list[Any]) -> str:
        """Return the children's expressions joined with ``or``.

        The children that only test features (one, or any of several) become one test of
        their joint mask, put first.
        """
        mask = 0
        parts: list[str] = []
        for child in self.children:
            found = any_feature_mask(child)
            if found is None:
                parts.append(child.code(consts))
            else:
                mask |= found
        if mask:
            consts.append(mask)
            parts.insert(0, f"(F & C[{len(consts) - 1}])")
        return "(" + " or ".join(parts) + ")"

    def trigger(self, weight: Callable[[int], float] = equal_weight) -> frozenset[int] | None:
        """Return the union of the children's triggers, or ``None`` if one has none."""
        return _union_of_triggers(self.children, weight)

    def renumber(self, new: Sequence[int]) -> None:
        """Renumber every child."""
        for child in self.children:
            child.renumber(new)


class AtLeast(Cond):
    """True when at least ``count`` of the children are true.

    For the scripts no one word gives away: a stock "teacher's" follow-up carries a few of a
    teacher or an assistant, a pick and its gain, seats in a VIP plan, a deadline, and any two
    or three of them together read as the script, where a fixed conjunction of lists misses
    every wording that leaves one list out.
    """

    __slots__ = ("count", "children")

    def __init__(self, count: int, children: Sequence[Cond]) -> None:
        self.count = count
        self.children = tuple(children)

    def test(self, ctx: Context) -> bool:
        """Return whether ``count`` children hold (stops at the count)."""
        need = self.count
        for child in self.children:
            if child.test(ctx):
                need -= 1
                if not need:
                    return True
        return False

    def spans(self, ctx: Context, out: list[Span]) -> None:
        """Collect the spans of the children that hold (a literal set untested, as in ``any``)."""
        for child in self.children:
            if isinstance(child, Keywords) or child.test(ctx):
                child.spans(ctx, out)

    @property
    def cost(self) -> int:
        """The dearest child."""
        return max(child.cost for child in self.children)

    def code(self, consts: list[Any]) -> str:
        """Return the sum of the children's truth values, compared with the count.

        A child that only tests features (one, or any of several) is one test of its mask.
        """
        parts: list[str] = []
        for child in sorted(self.children, key=lambda child: child.cost):
            found = any_feature_mask(child)
            if found is None:
                parts.append(f"(1 if {child.code(consts)} else 0)")
            else:
                consts.append(found)
                parts.append(f"(1 if F & C[{len(consts) - 1}] else 0)")
        return f"(({' + '.join(parts)}) >= {int(self.count)})"

    def trigger(self, weight: Callable[[int], float] = equal_weight) -> frozenset[int] | None:
        """Return the union of the children's triggers (one child at least must hold)."""
        return _union_of_triggers(self.children, weight)

    def renumber(self, new: Sequence[int]) -> None:
        """Renumber every child."""
        for child in self.children:
            child.renumber(new)


def any_feature_mask(cond: Cond) -> int | None:
    """Return the mask of the features ``cond`` tests when it holds iff one of them is present.

    A :class:`Feature` (literal sets, URL flags, sender classes...), or an ``any`` of such;
    None for any other condition.
    """
    if isinstance(cond, Feature):
        return 1 << cond.feature
    if isinstance(cond, AnyOf):
        mask = 0
        for child in cond.children:
            found = any_feature_mask(child)
            if found is None:
                return None
            mask |= found
        return mask
    return None


class Not(Cond):
    """True when its child is false."""

    __slots__ = ("child",)

    def __init__(self, child: Cond) -> None:
        self.child = child

    def test(self, ctx: Context) -> bool:
        """Return whether the child does not hold."""
        return not self.child.test(ctx)

    @property
    def cost(self) -> int:
        """The child's."""
        return self.child.cost

    def code(self, consts: list[Any]) -> str:
        """Return the negated child expression."""
        return f"(not {self.child.code(consts)})"

    def renumber(self, new: Sequence[int]) -> None:
        """Renumber the child."""
        self.child.renumber(new)


class Feature(Cond):
    """True when one feature is present; reports no span of its own."""

    __slots__ = ("feature", "field")

    def __init__(self, feature: int, field: str = "sender") -> None:
        self.feature = feature
        self.field = field

    def test(self, ctx: Context) -> bool:
        """Return whether the feature is present."""
        return (ctx.features >> self.feature) & 1 == 1

    @property
    def cost(self) -> int:
        """A set lookup."""
        return 0

    def code(self, consts: list[Any]) -> str:
        """Return a bit test (``F`` and the feature's bit, a constant)."""
        consts.append(1 << self.feature)
        return f"(F & C[{len(consts) - 1}])"

    def spans(self, ctx: Context, out: list[Span]) -> None:
        """Report the whole sender when the feature concerns it."""
        if self.field == "sender" and ctx.sender.raw:
            out.append(("sender", 0, len(ctx.sender.raw)))

    def trigger(self, weight: Callable[[int], float] = equal_weight) -> frozenset[int] | None:
        """Return this feature."""
        return frozenset((self.feature,))

    def renumber(self, new: Sequence[int]) -> None:
        """Take the feature's final id."""
        self.feature = new[self.feature]


class QuoteFeature(Feature):
    """A ``quote:`` condition: its feature is set by the engine; its spans are the quotes.

    ``quoted`` finds the quoted passages of a text (:func:`rules.engine.quoted_segments`).
    """

    __slots__ = ("quoted",)

    def __init__(self, feature: int, quoted: Callable[[str], list[tuple[int, int]]]) -> None:
        super().__init__(feature, "body")
        self.quoted = quoted

    def spans(self, ctx: Context, out: list[Span]) -> None:
        """Report the quoted passages, so an analyst sees what was quoted."""
        for start, end in self.quoted(ctx.norm.original):
            out.append(("body", start, end))


class Keywords(Feature):
    """True when a literal of the set occurs in the normalised body."""

    __slots__ = ()

    def spans(self, ctx: Context, out: list[Span]) -> None:
        """Report every hit of the set, mapped to the original body."""
        out.extend(ctx.body_hits(self.feature))


class SignatureCond(Feature):
    """True when the claimed signature contains a literal of the set (or exists, for ``any``)."""

    __slots__ = ()

    def spans(self, ctx: Context, out: list[Span]) -> None:
        """Report the signature text."""
        if ctx.signature is not None:
            out.append(("body", ctx.signature.start, ctx.signature.end))


class UrlFlag(Feature):
    """True when a URL of the message has a property (``risky_tld``, ``lookalike``...)."""

    __slots__ = ("flag",)

    def __init__(self, feature: int, flag: str) -> None:
        super().__init__(feature, "body")
        self.flag = flag

    def spans(self, ctx: Context, out: list[Span]) -> None:
        """Report the URLs that have the property."""
        urls = ctx.urls
        url_flags = ctx.url_flags
        if len(urls) != len(url_flags):
            raise ValueError("one set of flags per URL")
        flag = self.flag
        for i in range(len(urls)):  # an indexed loop: a zip is a generic iterator once compiled
            if flag in url_flags[i]:
                url = urls[i]
                out.append(("body", url.start, url.end))


class UrlDomain(Cond):
    """True when a URL host equals, or is a sub-domain of, an entry of the set."""

    __slots__ = ("domains", "any_url")

    def __init__(self, domains: DomainSet, any_url: int) -> None:
        self.domains = domains
        self.any_url = any_url

    def test(self, ctx: Context) -> bool:
        """Return whether a URL host is in the set."""
        match = self.domains.match
        return any(match(url.host) is not None for url in ctx.urls)

    def spans(self, ctx: Context, out: list[Span]) -> None:
        """Report the URLs in the set."""
        for url in ctx.urls:
            if self.domains.match(url.host) is not None:
                out.append(("body", url.start, url.end))

    def trigger(self, weight: Callable[[int], float] = equal_weight) -> frozenset[int] | None:
        """Only messages with a URL can hold."""
        return frozenset((self.any_url,))

    def renumber(self, new: Sequence[int]) -> None:
        """Take the final id of the "any URL" feature."""
        self.any_url = new[self.any_url]


class BodyNumber(Cond):
    """True when the body has a phone number of one of the classes (``body_number:``).

    Numbers are read from the original body and classified by the message's numbering plan
    (:meth:`Context.body_numbers`), so the same digits are a premium-rate number in one
    market and a landline in another.
    """

    __slots__ = ("classes",)

    def __init__(self, classes: Sequence[str]) -> None:
        self.classes = frozenset(classes)

    @property
    def cost(self) -> int:
        """A scan of the body for digits."""
        return 2

    def test(self, ctx: Context) -> bool:
        """Return whether a number of the body has one of the classes."""
        classes = self.classes
        return any(cls in classes for _, _, cls in ctx.body_numbers())

    def spans(self, ctx: Context, out: list[Span]) -> None:
        """Report the numbers of those classes."""
        for start, end, cls in ctx.body_numbers():
            if cls in self.classes:
                out.append(("body", start, end))


#: How many matches glued to a word before them one search passes over
#: (:meth:`FastRe2.search_words`).
WORD_RETRIES = 8
#: The bytes of the Latin letters and digits that glue words (:data:`rules.matcher.LATIN_ALNUM`).
_WORD_BYTES = frozenset(ord(char) for char in LATIN_ALNUM)


class FastRe2:
    """An RE2 pattern compiled without capture groups, searched over UTF-8 bytes.

    The ``google-re2`` wrapper builds a generator and a match object per search; with no
    groups to report, its underlying ``RE2.Match`` call answers the same question for a
    fraction of the cost. When that internal entry point is missing (another ``google-re2``
    release), the public ``search`` is used instead.
    """

    __slots__ = ("pattern", "_match", "_anchor")

    def __init__(self, pattern: str) -> None:
        """Compile ``pattern``; raises ``re2.error`` when it is invalid."""
        import re2

        options = re2.Options()
        options.never_capture = True
        self.pattern = re2.compile(pattern, options=options)
        raw = getattr(self.pattern, "_regexp", None)
        anchor = getattr(getattr(re2, "_Anchor", None), "UNANCHORED", None)
        self._match = raw.Match if raw is not None and anchor is not None else None
        self._anchor = anchor

    def search(self, data: bytes, pos: int = 0) -> tuple[int, int] | None:
        """Return the byte span of the first match in ``data`` starting at ``pos`` or later.

        The text before ``pos`` is context (``^`` matches only at the start of ``data``).
        """
        if self._match is not None:
            span = self._match(self._anchor, data, pos, len(data))[0]
            return None if span[0] < 0 else (span[0], span[1])
        match = self.pattern.search(data, pos)
        return None if match is None else (match.start(), match.end())

    def search_words(self, data: bytes, norm: Normalised) -> tuple[int, int] | None:
        """Return the first match in ``data`` (``norm.text`` as UTF-8) that begins a word.

        A match whose first character is a Latin letter or digit glued, in the original, to
        one before it (``code`` in "postcode", ``tel`` in "hotel") is passed over and the
        search goes on after its start, as a keyword would be; unless that first character
        ends its word, the one character a pattern reads before a word (``(^|[^0-9])400``
        in "call 400…"). At most ``WORD_RETRIES`` matches are passed over, so a message
        costs a bounded number of linear-time searches.
        """
        pos = 0
        for _ in range(WORD_RETRIES):
            span = self.search(data, pos)
            if span is None:
                return None
            start = span[0]
            if (not start or data[start] not in _WORD_BYTES or data[start - 1] not in _WORD_BYTES
                    or start in norm.utf8_breaks() or start + 1 in norm.utf8_breaks()):
                return span
            pos = start + 1
        return None


class Regex(Cond):
    """True when a prefilter literal hit and the RE2 pattern matches the body.

    The pattern is compiled without capture groups and runs over the body's UTF-8 bytes:
    the RE2 wrapper's cost is mostly group extraction and re-encoding ``str`` input. It reads
    the normalised body, or with ``original`` the body as received.
    """

    __slots__ = ("prefilter", "pattern", "original", "gate")

    def __init__(self, prefilter: int, pattern: Any, original: bool = False,
                 gate: int = -1) -> None:
        self.prefilter = prefilter
        self.pattern = pattern
        self.original = original
        # The feature of the literals every match needs (rules.gates), or -1 for none.
        self.gate = gate

    @property
    def cost(self) -> int:
        """A regular expression over the body."""
        return 2

    def test(self, ctx: Context) -> bool:
        """Run the pattern only after a prefilter hit (and a hit of its gate, if any)."""
        features = ctx.features
        return ((features >> self.prefilter) & 1 == 1
                and (self.gate < 0 or (features >> self.gate) & 1 == 1)
                and ctx.search(self.pattern, self.original) is not None)

    def code(self, consts: list[Any]) -> str:
        """Return the prefilter and gate tests, then the (per-message cached) pattern search."""
        mask = 1 << self.prefilter
        if self.gate >= 0:
            mask |= 1 << self.gate
        consts.append(mask)
        consts.append(self.pattern)
        original = ", True" if self.original else ""
        return (f"(F & C[{len(consts) - 2}] == C[{len(consts) - 2}] and "
                f"ctx.search(C[{len(consts) - 1}]{original}) is not None)")

    def spans(self, ctx: Context, out: list[Span]) -> None:
        """Report the pattern's first match, mapped to the original body."""
        match = ctx.search(self.pattern, self.original)
        if match is None or match[1] <= match[0]:
            return
        if self.original:
            start, end = char_span(ctx.original_utf8, match[0], match[1])
        else:
            start, end = char_span(ctx.utf8, match[0], match[1])
            start, end = ctx.norm.span(start, end)
        out.append(("body", start, end))

    def necessary(self, weight: Callable[[int], float] = equal_weight) -> list[frozenset[int]]:
        """Return the prefilter's feature and the gate's: both must meet the message."""
        if self.gate < 0:
            return [frozenset((self.prefilter,))]
        return [frozenset((self.prefilter,)), frozenset((self.gate,))]

    def trigger(self, weight: Callable[[int], float] = equal_weight) -> frozenset[int] | None:
        """Return the rarer of the prefilter's feature and the gate's."""
        if self.gate >= 0 and weight(self.gate) < weight(self.prefilter):
            return frozenset((self.gate,))
        return frozenset((self.prefilter,))

    def renumber(self, new: Sequence[int]) -> None:
        """Take the final ids of the prefilter's feature and the gate's."""
        self.prefilter = new[self.prefilter]
        if self.gate >= 0:
            self.gate = new[self.gate]
