"""Aho-Corasick literal matching over the normalised text.

The automaton is built over UTF-8 bytes mapped one-to-one to code points (``latin-1``), which
keeps its alphabet at 256 symbols: with Chinese keys that is several times faster than an
automaton over ``str`` (see ``bench/engine_bench.py``). Because UTF-8 is self-synchronising, a
match of a whole key's bytes always starts and ends on character boundaries; byte offsets are
mapped back to characters only for the hits.

The literals are inserted so that at every trie node the letter most often seen next in SMS
text comes first (see :mod:`rules.frequency`): pyahocorasick searches a node's children front
to back, so this shortens the common steps of the walk without changing what matches.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from itertools import chain
from typing import Any

import ahocorasick

from rules.frequency import byte_weights
from rules.normalise import Normalised


def to_latin1(text: str) -> str:
    """Return ``text``'s UTF-8 bytes as a ``str`` of code points below 256."""
    return text.encode("utf-8").decode("latin-1")


def layout_order(literals: Iterable[str]) -> list[str]:
    """Return ``literals`` in the insertion order that puts frequent next letters first.

    The sort key of a literal reads, byte by byte, the frequency of the character prefix that
    byte completes (highest first) and then the byte itself. Literals sharing a prefix stay
    together, and at the node that prefix reaches, children come in falling frequency of the
    letter that follows in text.

    Args:
        literals: Normalised literals.

    Returns:
        The same literals, reordered.
    """
    weights = byte_weights()
    fragments: dict[str, tuple[int, ...]] = {}
    items = list(literals)
    for char in set(chain.from_iterable(items)):
        data = to_latin1(char)
        fragment: list[int] = []
        for end in range(1, len(data) + 1):
            fragment.append(-weights.get(data[:end], 0))
            fragment.append(ord(data[end - 1]))
        fragments[char] = tuple(fragment)
    get = fragments.__getitem__
    return sorted(items, key=lambda literal: tuple(chain.from_iterable(map(get, literal))))


def build_automaton(entries: Mapping[str, Any]) -> ahocorasick.Automaton | None:
    """Build the automaton over normalised literal -> value, in :func:`layout_order`.

    Returns:
        The automaton, or None when there is no non-empty literal.
    """
    automaton = ahocorasick.Automaton()
    count = 0
    for literal in layout_order(key for key in entries if key):
        automaton.add_word(to_latin1(literal), entries[literal])
        count += 1
    if not count:
        return None
    automaton.make_automaton()
    return automaton


LATIN_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
#: The ASCII part of the letters and digits :meth:`Normalised.bounded` glues words with.
_WORD_ASCII = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def _is_latin_end(ch: str) -> bool:
    return ch in LATIN_ALNUM


class LiteralEntry:
    """What one literal of a :class:`LiteralMatcher` stands for (the automaton's value).

    Attributes:
        nbytes: Its length in UTF-8 bytes.
        nchars: Its length in characters.
        anywhere: The features it counts for wherever it occurs.
        bounded: The features it counts for only where it stands as a word.
        rules_any: The rules ``anywhere`` triggers.
        rules_bounded: The rules ``bounded`` triggers.
        headed: The features it counts for only where it begins a word (a stem: ``code``
            in ``codes``, not in ``postcode``).
        rules_headed: The rules ``headed`` triggers.
    """

    __slots__ = ("nbytes", "nchars", "anywhere", "bounded", "rules_any", "rules_bounded",
                 "headed", "rules_headed")

    def __init__(self, nbytes: int, nchars: int, anywhere: int, bounded: int, rules_any: int,
                 rules_bounded: int, headed: int = 0, rules_headed: int = 0) -> None:
        self.nbytes = nbytes
        self.nchars = nchars
        self.anywhere = anywhere
        self.bounded = bounded
        self.rules_any = rules_any
        self.rules_bounded = rules_bounded
        self.headed = headed
        self.rules_headed = rules_headed


def _stands_as_word(norm: Normalised, data: str, start_byte: int, entry: LiteralEntry) -> bool:
    """Tell whether a Latin-ended hit starting at ``start_byte`` stands as a whole word.

    When neither neighbour in the normalised text is a Latin letter or digit the hit is a word
    without looking further; otherwise the original text decides (:meth:`Normalised.bounded`).
    The test reads the UTF-8 bytes (``data``) where the hit's ends and their neighbours are
    ASCII, which UTF-8 writes as themselves, and maps the hit to characters only otherwise.
    """
    stop = start_byte + entry.nbytes
    size = len(data)
    before = data[start_byte - 1] if start_byte else " "
    after = data[stop] if stop < size else " "
    if before not in LATIN_ALNUM and after not in LATIN_ALNUM:
        return True
    first = data[start_byte]
    last = data[stop - 1]
    if first < "\x80" and last < "\x80" and before < "\x80" and after < "\x80":
        words = _WORD_ASCII
        if start_byte and first in words and before in words and (
                start_byte not in norm.utf8_breaks()):
            return False
        return not (stop < size and last in words and after in words
                    and stop not in norm.utf8_breaks())
    start = len(data[:start_byte].encode("latin-1").decode("utf-8"))
    return norm.bounded(start, start + entry.nchars)


def _begins_word(norm: Normalised, data: str, start_byte: int) -> bool:
    """Tell whether a hit starting at ``start_byte`` (its first character Latin) begins a word.

    It does unless the normalised text glues it to a Latin letter or digit before it that
    the original did not separate from it (:meth:`Normalised.bounded`, the start alone).
    """
    return (not start_byte or data[start_byte - 1] not in LATIN_ALNUM
            or start_byte in norm.utf8_breaks())


def _word_at(norm: Normalised, text: str, start: int, end: int) -> bool:
    """Tell whether ``text[start:end]`` (``text`` being ``norm.text``) stands as a whole word."""
    if (start and text[start - 1] in LATIN_ALNUM) or (end < len(text) and text[end] in LATIN_ALNUM):
        return norm.bounded(start, end)
    return True


def bits(mask: int) -> list[int]:
    """Return the positions of the set bits of ``mask``, lowest first."""
    out: list[int] = []
    while mask:
        low = mask & -mask
        out.append(low.bit_length() - 1)
        mask ^= low
    return out


def mask_of(ids: Iterable[int]) -> int:
    """Return the bit mask with bit ``i`` set for each ``i`` in ``ids``."""
    mask = 0
    for i in ids:
        mask |= 1 << i
    return mask


class LiteralMatcher:
    """One automaton for many literal sets.

    Each normalised literal maps to the feature ids of the sets that contain it, held as bit
    masks (bit ``f`` for feature ``f``). :meth:`scan` returns the features with at least one
    hit and, when the matcher was given the rules each feature triggers, those rules, both as
    masks. Latin-script literals only count where they stand as whole words, except for the
    features listed as ``unbounded`` (the literals a pattern needs: the pattern decides), and
    those listed as ``headed`` count where they begin a word (a regex's prefilter, whose
    literals are stems: ``code`` hits ``codes`` but not ``postcode``).
    """

    __slots__ = ("_automaton", "_count")

    def __init__(self, literals: Mapping[str, Iterable[int]],
                 unbounded: Iterable[int] = (),
                 triggers: Mapping[int, int] | None = None,
                 headed: Iterable[int] = ()) -> None:
        """Build the automaton.

        Args:
            literals: Normalised literal to the feature ids it belongs to. Empty literals are
                ignored (the loader rejects them).
            unbounded: Feature ids whose Latin literals match inside words too.
            headed: Feature ids whose Latin literals match where they begin a word, whatever
                follows them.
            triggers: Feature id to the mask of the rules it triggers; :meth:`scan` then
                returns the rules the hits trigger as well.
        """
        free = frozenset(unbounded)
        stems = frozenset(headed) - free
        rules_of = triggers or {}
        entries: dict[str, LiteralEntry] = {}
        # Literals of the same sets share one pair of mask objects: tens of thousands of
        # literals belong to a few thousand combinations of sets, and with every mask a long
        # integer held once, the masks a message's hits read stay in the processor's cache
        # (each hit reads two of them; held apart, they were megabytes).
        shared: dict[frozenset[int], tuple[int, int]] = {}
        rule_masks: dict[int, int] = {}

        def masks(ids: frozenset[int]) -> tuple[int, int]:
            found = shared.get(ids)
            if found is None:
                rules = mask_union(rules_of.get(f, 0) for f in ids)
                rules = rule_masks.setdefault(rules, rules)
                found = shared[ids] = (mask_of(ids), rules)
            return found

        for literal, features in literals.items():
            if not literal:
                continue
            nbytes = len(literal.encode("utf-8"))
            ids = frozenset(features)
            needs_boundary = _is_latin_end(literal[0]) or _is_latin_end(literal[-1])
            bounded = ids - free - stems if needs_boundary else frozenset()
            stem = ids & stems if _is_latin_end(literal[0]) else frozenset()
            anywhere = ids - bounded - stem
            anywhere_mask, anywhere_rules = masks(anywhere)
            bounded_mask, bounded_rules = masks(bounded)
            headed_mask, headed_rules = masks(stem)
            entries[literal] = LiteralEntry(nbytes, len(literal), anywhere_mask, bounded_mask,
                                            anywhere_rules, bounded_rules, headed_mask,
                                            headed_rules)
        self._automaton = build_automaton(entries)
        self._count = len(entries)

    def __len__(self) -> int:
        """Return the number of distinct literals in the automaton."""
        return self._count

    def find(self, norm: Normalised) -> set[int]:
        """Return the features with at least one hit in ``norm.text``.

        Args:
            norm: The normalised message.

        Returns:
            The ids of the features whose literals occur (whole words for Latin literals).
        """
        return set(bits(self.scan(norm)[0]))

    def scan(self, norm: Normalised) -> tuple[int, int, list[tuple[int, LiteralEntry]]]:
        """Return the features present, the rules they trigger and the raw hits (hot path).

        The raw hits let :meth:`hit_chars` place the hits of the rules that fired without walking
        the automaton a second time.

        Args:
            norm: The normalised message.

        Returns:
            The mask of the features whose literals occur (whole words for Latin literals),
            the mask of the rules they trigger (see ``triggers``), and the hits as the
            automaton reported them (UTF-8 end byte, value).
        """
        automaton = self._automaton
        text = norm.text
        if automaton is None or not text:
            return 0, 0, []
        data = to_latin1(text)
        present = 0
        triggered = 0
        hits: list[tuple[int, LiteralEntry]] = list(automaton.iter(data))
        for end_byte, entry in hits:
            anywhere = entry.anywhere
            if anywhere:
                present |= anywhere
                rules_any = entry.rules_any
                if rules_any:  # half the literals trigger no rule: skip a long ``|``
                    triggered |= rules_any
            bounded = entry.bounded
            if bounded and present & bounded != bounded and _stands_as_word(
                    norm, data, end_byte + 1 - entry.nbytes, entry):
                present |= bounded
                rules_bounded = entry.rules_bounded
                if rules_bounded:
                    triggered |= rules_bounded
            headed = entry.headed
            if headed and present & headed != headed and _begins_word(
                    norm, data, end_byte + 1 - entry.nbytes):
                present |= headed
                rules_headed = entry.rules_headed
                if rules_headed:
                    triggered |= rules_headed
        return present, triggered, hits

    def hit_masks(self, norm: Normalised, hits: list[tuple[int, LiteralEntry]] | None = None,
                  wanted: int = -1) -> list[tuple[int, int, int]]:
        """Return every hit with the mask of the features it counts for (spans, slow path).

        Args:
            norm: The normalised message.
            hits: The raw hits :meth:`scan` returned for ``norm``; found again when omitted.
            wanted: Only these features count (a mask; all by default): the literal sets of
                the rules that fired, so that the hits of sets nobody will show are neither
                checked for word boundaries nor placed.

        Returns:
            ``(start, end, features)`` per hit in text order: the UTF-8 byte span in
            ``norm.text`` and the features among ``wanted`` the hit counts for (a Latin
            literal's bounded features only where it stands as a word). Hits that count for
            nothing are left out. The spans of feature ``f`` are those of the hits whose mask
            has bit ``f``.
        """
        automaton = self._automaton
        text = norm.text
        if automaton is None or not text:
            return []
        data = to_latin1(text)
        out: list[tuple[int, int, int]] = []
        found: list[tuple[int, LiteralEntry]] = list(automaton.iter(data)) if hits is None else hits
        for end_byte, entry in found:
            start_byte = end_byte + 1 - entry.nbytes
            features = entry.anywhere & wanted
            bounded = entry.bounded & wanted
            if bounded and _stands_as_word(norm, data, start_byte, entry):
                features |= bounded
            headed = entry.headed & wanted
            if headed and _begins_word(norm, data, start_byte):
                features |= headed
            if features:
                out.append((start_byte, end_byte + 1, features))
        return out

    def hit_chars(self, norm: Normalised, data: bytes,
                  hits: list[tuple[int, LiteralEntry]] | None = None,
                  wanted: int = -1) -> list[tuple[int, int, int]]:
        """Return :meth:`hit_masks` with character offsets in ``norm.text`` (spans, slow path).

        The same hits, masks and order, each span in characters instead of UTF-8 bytes: what
        :meth:`Normalised.place` maps to the original text. A hit's end is its start plus the
        literal's length, and the starts are found decoding the text once from one hit to the
        next, not from the beginning for each hit.

        Args:
            norm: The normalised message.
            data: ``norm.text`` encoded as UTF-8.
            hits: The raw hits :meth:`scan` returned for ``norm``; found again when omitted.
            wanted: Only these features count (a mask; all by default).

        Returns:
            ``(start, end, features)`` per hit that counts for a feature of ``wanted``, in
            text order.
        """
        automaton = self._automaton
        text = norm.text
        if automaton is None or not text:
            return []
        found: list[tuple[int, LiteralEntry]] = (
            list(automaton.iter(data.decode("latin-1"))) if hits is None else hits)
        ascii_only = len(data) == len(text)
        done_byte = 0
        done_char = 0
        out: list[tuple[int, int, int]] = []
        for end_byte, entry in found:
            # Most literals have features of one kind only: skip the big-int AND with 0.
            anywhere = entry.anywhere
            bounded = entry.bounded
            headed = entry.headed
            features = anywhere & wanted if anywhere else 0
            if bounded:
                bounded &= wanted
            if headed:
                headed &= wanted
            if not features and not bounded and not headed:
                continue
            nchars = entry.nchars
            start = end_byte + 1 - entry.nbytes
            if not ascii_only:
                start_byte = start
                if start_byte >= done_byte:
                    start = done_char + len(data[done_byte:start_byte].decode("utf-8"))
                else:
                    start = len(data[:start_byte].decode("utf-8"))
                done_byte = start_byte
                done_char = start
            end = start + nchars
            if bounded and _word_at(norm, text, start, end):
                features |= bounded
            # The ASCII test first, as the byte scan (_begins_word) reads it: a hit after a
            # letter outside ASCII ("æcode") begins a word there, and must here too.
            if headed and (not start or text[start - 1] not in LATIN_ALNUM
                           or norm.begins_word(start)):
                features |= headed
            if features:
                out.append((start, end, features))
        return out


def mask_union(masks: Iterable[int]) -> int:
    """Return the bitwise OR of ``masks`` (0 for none)."""
    out = 0
    for mask in masks:
        out |= mask
    return out


def char_span(data: bytes, start_byte: int, end_byte: int) -> tuple[int, int]:
    """Map a span of UTF-8 ``data`` (on character boundaries) to character offsets."""
    if data.isascii():
        return start_byte, end_byte
    start = len(data[:start_byte].decode("utf-8"))
    return start, start + len(data[start_byte:end_byte].decode("utf-8"))


class AnchoredMatcher:
    """Exact and prefix matching of short identifiers (sender numbers and ids).

    Keys are anchored with control characters so a prefix key can only match at the start and
    an exact key only as the whole identifier; one automaton pass answers both.
    """

    START = "\x02"
    END = "\x03"

    __slots__ = ("_automaton", "_count")

    def __init__(self, prefixes: Mapping[str, Iterable[int]],
                 exact: Mapping[str, Iterable[int]]) -> None:
        """Build the automaton from prefix keys and exact keys (both already canonical)."""
        automaton = ahocorasick.Automaton()
        keys: dict[str, set[int]] = {}
        for prefix, features in prefixes.items():
            keys.setdefault(self.START + prefix, set()).update(features)
        for value, features in exact.items():
            keys.setdefault(self.START + value + self.END, set()).update(features)
        for key, features in keys.items():
            automaton.add_word(key, tuple(sorted(features)))
        if keys:
            automaton.make_automaton()
        self._automaton = automaton if keys else None
        self._count = len(keys)

    def __len__(self) -> int:
        """Return the number of keys."""
        return self._count

    def find(self, *identifiers: str) -> set[int]:
        """Return the feature ids whose keys match any of the identifiers."""
        automaton = self._automaton
        out: set[int] = set()
        if automaton is None:
            return out
        for ident in identifiers:
            if ident:
                for _end, features in automaton.iter(self.START + ident + self.END):
                    out.update(features)
        return out
