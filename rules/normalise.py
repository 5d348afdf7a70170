"""Text normalisation against evasion, on the hot path of the engine.

Fraudsters dodge keyword filters by writing ``参保账  户``, ``医.保.卡``, ``医★保``, full-width
``ｗｗｗ．ｘ．ｔｏｐ``, zero-width characters inside words, traditional characters (``醫保帳戶``),
Cyrillic or Greek letters inside Latin words (``аccount``), digits for letters (``l0cked``),
mathematical letters (``𝐚𝐜𝐜𝐨𝐮𝐧𝐭``) or combining accents (``ạccount``). :func:`normalise`
folds all of these onto one plain form, the text the matcher looks for keywords in, and
:func:`normalise_literal` folds a rule literal the same way.

The transforms (each character is mapped again until its form no longer changes):

* homoglyphs: Cyrillic and Greek letters that look like Latin ones, and a few Latin letters
  that look like plain ones (``ı``, ``ł``, ``ø``), become the plain Latin letter; ``i`` and
  ``l`` are one letter, written ``l`` (capital ``I`` and small ``l`` look the same, and ``1``
  stands for either: ``NetfIix``, ``Netf1ix`` and ``netflix`` all read ``netfllx``), so rule
  regexes go through :func:`fold_pattern`;
* traditional to simplified Chinese, character by character (first candidate of OpenCC's
  ``TSCharacters.txt``), plus a few variants folded together (``帐`` → ``账``, and ``覆`` →
  ``复`` so that Hong Kong's and Taiwan's ``回覆`` reads ``回复``),
  and written Cantonese's own characters onto their Mandarin words (``喺`` → ``在``,
  ``俾`` → ``给``, ``睇`` → ``看``), so Mandarin rules read Hong Kong messages;
* Unicode compatibility decomposition (NFKD, so full-width, mathematical, circled and
  ligature forms become plain ones) with every combining mark dropped, then recomposition
  (NFC, so Hangul syllables survive) and case folding;
* zero-width, format and control characters, and combining marks, are deleted;
* whitespace (any, including U+3000 and NBSP), punctuation and symbols (categories Z*, P*,
  S*: ``.``, ``·``, ``★``, ``-``, ``|``, emoji, ...) separate tokens and are then deleted;
* except a full stop ``。`` between two ideographs: it ends a sentence, not a word, and stays
  in the normalised text as a private-use mark (U+E000) that no literal holds, so no keyword
  reads across two sentences (``请了半天假。证据材料`` does not read ``假证据``);
* digits used as letters (``0→o 1→l 3→e 4→a 5→s 7→t 8→b @→a $→s``) are replaced only inside
  a token of Latin letters and digits that holds at least one Latin letter, tokens being
  judged before separators are deleted: ``l0cked`` becomes ``locked`` and ``paypa1``
  becomes ``paypal`` while ``123456``, ``call 95588 now`` and ``6月3日`` keep their digits.
  ``@`` and ``$`` outside such a token are deleted like other symbols.

Speed: every transform but the digit one is a function of a single character, so a table
indexed by code point (built once at import) holds the final replacement of each character and
one ``str.translate`` call does the work in C. The digit fix runs only when a cheap precompiled
regex finds a digit (or ``@``, ``$``) touching a Latin letter. The map from normalised offsets
back to the original is computed lazily, on the first :meth:`Normalised.span` or
:meth:`Normalised.bounded` call, since most messages have no hit.

Known limits: because tokens are judged before separators are deleted, a digit isolated by
fillers (``l.0.c.k.e.d``) stays a digit; and, for the same reason, :func:`normalise` is not
idempotent on a text where a digit ends up next to a Latin letter only once separators are
gone (``call 95588`` → ``call95588``, whose second normalisation reads ``call9ssbb``). Write
rule literals as they appear in messages, with their spaces.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from importlib import resources
from itertools import accumulate, chain

__all__ = ["Normalised", "fold_pattern", "normalise", "normalise_literal"]

# Code points below this are looked up in a list (one C pass of str.translate); the few
# characters above it that change (some traditional ideographs, CJK compatibility
# ideographs, tag characters, variation selectors) go through a slower, rare path.
_TABLE_SIZE = 0x20000

_SEP = " "  # what separators become until tokens are judged, deleted afterwards
_SYMBOL_LETTERS = "@$"  # symbols that may stand for letters inside a token

# Letters that look like Latin ones, keyed by the character as written (before case folding:
# Greek capital eta looks like H, small eta like n).
_HOMOGLYPHS: dict[str, str] = {
    # Cyrillic capitals and small letters
    "А": "a", "а": "a", "В": "b", "в": "b", "С": "c", "с": "c", "Ԁ": "d", "ԁ": "d",
    "Е": "e", "е": "e", "Һ": "h", "һ": "h", "Н": "h", "н": "h", "І": "i", "і": "i",
    "Ј": "j", "ј": "j", "К": "k", "к": "k", "Ӏ": "l", "ӏ": "l", "М": "m", "м": "m",
    "О": "o", "о": "o", "Р": "p", "р": "p", "Ԛ": "q", "ԛ": "q", "Ѕ": "s", "ѕ": "s",
    "Т": "t", "т": "t", "Ԝ": "w", "ԝ": "w", "Х": "x", "х": "x", "У": "y", "у": "y",
    "Ү": "y", "ү": "y",
    # Greek capitals
    "Α": "a", "Β": "b", "Ε": "e", "Ζ": "z", "Η": "h", "Ι": "i", "Κ": "k", "Μ": "m",
    "Ν": "n", "Ο": "o", "Ρ": "p", "Τ": "t", "Υ": "y", "Χ": "x", "Ϲ": "c", "Ϳ": "j",
    # Greek small letters
    "α": "a", "β": "b", "γ": "y", "ε": "e", "η": "n", "ι": "i", "κ": "k", "μ": "u",
    "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ϲ": "c",
    "ϳ": "j",
    # Latin letters without a decomposition that pass for plain ones
    "ı": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ħ": "h",
    "Ħ": "h", "ɑ": "a", "ɡ": "g",
    # i and l are one letter: capital I and small l look the same in most fonts, and 1
    # stands for either (netfIix, paypaI, b1nance, w1nner), so both fold onto l
    "I": "l", "i": "l",
}  # fmt: skip

# Simplified variants folded together after traditional-to-simplified conversion
# (OpenCC sends 帳 to 帐 and 賬 to 账; messages write 账户 and 帐户 alike; OpenCC keeps 覆, and
# Hong Kong and Taiwan write 回覆 and 答覆 where the mainland writes 回复 and 答复).
_CJK_VARIANTS: dict[str, str] = {"帐": "账", "覆": "复"}

# Written Cantonese: characters that only Cantonese uses, folded onto the Mandarin word they
# stand for, so a rule written in Mandarin reads a Hong Kong message too ("业主喺外国，你先过数
# 俾我" reads "业主在外国，你先过数给我"). Only characters with one common reading and no common
# Mandarin use are here; 係 (是 in Cantonese, 系 in Mandarin) and 呢 are not.
_CANTONESE: dict[str, str] = {
    "喺": "在", "俾": "给", "畀": "给", "睇": "看", "嘅": "的", "咗": "了", "冇": "没",
    "佢": "他", "嚟": "来", "搵": "找", "揾": "找", "哋": "们", "啲": "些", "唔": "不",
    "嗰": "那", "攞": "拿",
}  # fmt: skip

# Digits and symbols read as letters inside a Latin token.
_LEET = str.maketrans("0134578@$", "oleastbas")

_LATIN_LETTERS = "a-z\u00df-\u02af"  # after folding: ASCII and the Latin extensions, IPA
_NUMERIC = "0-9@$"  # what may stand for a letter
_BEYOND = f"\\U{_TABLE_SIZE:08x}-\\U0010ffff"  # characters the table does not cover
# Cheap test on the translated text: a digit (or @, $) touching a Latin letter, or a
# character beyond the table. The pattern starts with one character class of rare
# characters, so the regex engine skips through most of the text in its fast charset loop.
_NEEDS_REPAIR = re.compile(
    f"[{_NUMERIC}{_BEYOND}]"
    f"(?:(?<=[{_LATIN_LETTERS}][{_NUMERIC}])|(?=[{_LATIN_LETTERS}])|(?<=[{_BEYOND}]))"
)
_DIGIT_TOUCHING_LETTER = re.compile(
    f"[{_NUMERIC}](?:(?<=[{_LATIN_LETTERS}][{_NUMERIC}])|(?=[{_LATIN_LETTERS}]))"
)
_TOKEN_REST = re.compile(f"[{_LATIN_LETTERS}{_NUMERIC}]*")
_BEYOND_TABLE = re.compile(f"[{_BEYOND}]")
_SEPARATOR_OR_SYMBOL = re.compile("[ @$]")  # what Normalised.text leaves out of the mid text

# Latin letters and digits as they appear in the normalised text (for word boundaries).
_LATIN_ALNUM = frozenset(
    chr(cp)
    for cp in chain(range(0x30, 0x3A), range(0x61, 0x7B), range(0xDF, 0x2B0))
    if chr(cp).isalnum()
)
_TOKEN_CHARS = _LATIN_ALNUM | frozenset(_SYMBOL_LETTERS)

_DELETED_CATEGORIES = frozenset({"Cc", "Cf", "Mn", "Me"})


def _load_t2s() -> dict[str, str]:
    """Read OpenCC's traditional-to-simplified character table, first candidate of each."""
    path = resources.files("opencc").joinpath("dictionary", "TSCharacters.txt")
    t2s: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        source, _, targets = line.partition("\t")
        candidates = targets.split()
        if len(source) == 1 and candidates and len(candidates[0]) == 1:
            t2s[source] = candidates[0]
    return t2s


_T2S = _load_t2s()


def _step(char: str) -> str:
    """Apply one round of the single-character transforms to ``char``."""
    mapped = (_HOMOGLYPHS.get(char) or _CANTONESE.get(char) or _CJK_VARIANTS.get(char)
              or _T2S.get(char))
    if mapped is not None:
        return mapped
    if char in _SYMBOL_LETTERS:
        return char
    category = unicodedata.category(char)
    if char.isspace() or category[0] == "Z":
        return _SEP
    if category in _DELETED_CATEGORIES:
        return ""
    decomposed = unicodedata.normalize("NFKD", char)
    if decomposed != char:  # before the symbol test: ⓐ, ㎏ and ™ are symbols made of letters
        kept = "".join(c for c in decomposed if unicodedata.category(c) not in ("Mn", "Me"))
        return unicodedata.normalize("NFC", kept)
    if category[0] in "PS":
        return _SEP
    return char.casefold()


def _fold(char: str) -> str:
    """Return the normalised form of one character: :func:`_step` applied to a fixed point."""
    current = char
    for _ in range(8):
        following = "".join(map(_step, current))
        if following == current:
            return current
        current = following
    raise AssertionError(f"normalisation of U+{ord(char):04X} does not settle")  # pragma: no cover


def _may_change(cp: int) -> bool:
    """Cheap filter: False when code point ``cp`` certainly normalises to itself."""
    char = chr(cp)
    category = unicodedata.category(char)
    if category in ("Cn", "Co", "Cs"):
        return False
    if category == "Lo":
        return (
            char in _T2S
            or char in _CJK_VARIANTS
            or char in _CANTONESE
            or not unicodedata.is_normalized("NFKD", char)
        )
    return True


def _char_class(code_points: list[int]) -> str:
    """Return a regex character class (without brackets) matching exactly ``code_points``."""
    parts = []
    code_points = sorted(code_points)
    i = 0
    while i < len(code_points):
        j = i
        while j + 1 < len(code_points) and code_points[j + 1] == code_points[j] + 1:
            j += 1
        first, last = code_points[i], code_points[j]
        parts.append(f"\\U{first:08x}" if first == last else f"\\U{first:08x}-\\U{last:08x}")
        i = j + 1
    return "".join(parts)


def _build() -> tuple[list[int | str | None], dict[int, str], list[int]]:
    """Build the translate table, the rare characters beyond it, and the uneven characters.

    Returns:
        The table (an ``int`` entry keeps the character, ``None`` deletes it, a ``str``
        replaces it), the normalised form of the characters beyond the table that change, and
        the code points below the table whose normalised form is not exactly one character.
    """
    table: list[int | str | None] = list(range(_TABLE_SIZE))
    uneven: list[int] = []
    # Unified ideographs and Hangul syllables only change through the tables.
    skipped = (range(0x3400, 0x4DC0), range(0x4E00, 0xA000), range(0xAC00, 0xD7A4))
    special = {ord(c) for c in chain(_T2S, _CJK_VARIANTS, _CANTONESE, _HOMOGLYPHS)}
    candidates = chain(
        range(0, 0x3400),
        range(0x4DC0, 0x4E00),
        range(0xA000, 0xAC00),
        range(0xD7A4, _TABLE_SIZE),
        (cp for cp in special if cp < _TABLE_SIZE and any(cp in r for r in skipped)),
    )
    for cp in candidates:
        if not _may_change(cp):
            continue
        folded = _fold(chr(cp))
        if folded == chr(cp):
            continue
        table[cp] = folded or None  # None deletes and keeps str.translate's ASCII fast path
        if len(folded) != 1:
            uneven.append(cp)
    extras: dict[int, str] = {}
    beyond = chain(
        (cp for cp in special if cp >= _TABLE_SIZE),
        range(0x2F800, 0x2FA20),  # CJK compatibility ideographs supplement
        range(0xE0000, 0xE1000),  # tag characters, variation selectors supplement
    )
    for cp in beyond:
        folded = _fold(chr(cp))
        if folded != chr(cp):
            extras[cp] = folded
    return table, extras, uneven


def _entry_lengths(table: list[int | str | None], uneven: list[int]) -> bytearray:
    """Return the length of every table entry, indexed by code point."""
    lengths = bytearray(b"\x01") * len(table)
    for cp in uneven:
        entry = table[cp]
        lengths[cp] = len(entry) if isinstance(entry, str) else 0
    return lengths


_TABLE, _EXTRAS, _UNEVEN_CODE_POINTS = _build()

_LENGTHS = _entry_lengths(_TABLE, _UNEVEN_CODE_POINTS)
# Characters whose normalised form is not exactly one character (deleted or expanded): when
# an original has none, its offsets are those of the mid text. One class for the basic
# plane (compiled to a bitmap, fast) and a set for the rest, looked up one character at a
# time (a class holding both would test every supplementary range for every character).
_UNEVEN_BMP = re.compile(f"[{_char_class([cp for cp in _UNEVEN_CODE_POINTS if cp < 0x10000])}]")
_UNEVEN_ASTRAL = frozenset(
    [cp for cp in _UNEVEN_CODE_POINTS if cp >= 0x10000]
    + [cp for cp, folded in _EXTRAS.items() if len(folded) != 1]
)
_ASTRAL = re.compile("[\\U00010000-\\U0010ffff]")
# A full stop between two ideographs ends a sentence: it stays in the normalised text as a
# private-use mark (mapped to itself by the table) that no literal holds, so no keyword reads
# across it.
_SENTENCE_MARK = "\ue000"


def _mark_sentences(text: str) -> str:
    """Write a full stop ``。`` that stands between two ideographs as the sentence mark.

    What ``re.sub("(?<=[\u4e00-\u9fff])。(?=[\u4e00-\u9fff])", mark, text)`` does, with
    one ``find`` per full stop instead of a regular expression over the whole body (3% of a
    screened message as a ``re.sub``).
    """
    at = text.find("。")
    if at < 0:
        return text
    last_index = len(text) - 1
    parts: list[str] = []
    done = 0
    while at >= 0:
        if 0 < at < last_index and "\u4e00" <= text[at - 1] <= "\u9fff" and (
                "\u4e00" <= text[at + 1] <= "\u9fff"):
            parts.append(text[done:at])
            parts.append(_SENTENCE_MARK)
            done = at + 1
        at = text.find("。", at + 1)
    if not parts:
        return text
    parts.append(text[done:])
    return "".join(parts)


def _is_uneven(text: str) -> bool:
    """Tell whether a character of ``text`` normalises to other than exactly one character."""
    if _UNEVEN_BMP.search(text) is not None:
        return True
    return any(ord(found.group()) in _UNEVEN_ASTRAL for found in _ASTRAL.finditer(text))


def _fold_beyond(match: re.Match[str]) -> str:
    """Replace a character beyond the table by its normalised form."""
    char = match.group()
    return _EXTRAS.get(ord(char), char)


def _repair(mid: str, first: int) -> str:
    """Fold the characters beyond the table, then read digits as letters in mixed tokens.

    Args:
        mid: The translated text, separators still in place.
        first: Where :data:`_NEEDS_REPAIR` first matched in ``mid``; nothing before needs it.

    Returns:
        ``mid`` with the same length per original character.
    """
    if _BEYOND_TABLE.search(mid, first) is not None:
        mid = _BEYOND_TABLE.sub(_fold_beyond, mid)
    found = _DIGIT_TOUCHING_LETTER.search(mid, first)
    if found is None:
        return mid
    parts = []
    done = 0
    token_chars = _TOKEN_CHARS
    while found is not None:
        start = found.start()
        while start > done and mid[start - 1] in token_chars:
            start -= 1
        rest = _TOKEN_REST.match(mid, found.end())
        end = rest.end() if rest is not None else found.end()
        parts.append(mid[done:start])
        parts.append(mid[start:end].translate(_LEET))
        done = end
        found = _DIGIT_TOUCHING_LETTER.search(mid, end)
    parts.append(mid[done:])
    return "".join(parts)


def _piece(char: str) -> str:
    """Return the normalised form of a single character, separators included."""
    cp = ord(char)
    if cp < _TABLE_SIZE:
        entry = _TABLE[cp]
        if entry is None:
            return ""
        return chr(entry) if isinstance(entry, int) else entry
    return _EXTRAS.get(cp, char)


class Normalised:
    """The normalised view of a text, with a lazy map back to the original.

    Immutable. ``text`` is what keywords are matched in; :meth:`span` maps a match back to
    the characters of ``original`` that produced it and :meth:`bounded` tells whether an
    English match stands as a word.

    Attributes:
        original: The input text.
        text: The normalised text used for matching.
    """

    __slots__ = ("_original", "_text", "_mid", "_index", "_runs", "_breaks")

    def __init__(self, original: str, text: str, mid: str) -> None:
        """Wrap a result of :func:`normalise`; not meant to be called elsewhere.

        Args:
            original: The input text.
            text: The normalised text.
            mid: The text after translation and digit repair, before separators (and the
                ``@``, ``$`` left) were deleted: the normalised form of each original
                character in turn.
        """
        self._original = original
        self._text = text
        self._mid = mid
        self._index: tuple[list[int], list[int] | None] | None = None
        self._runs: list[int] | None = None
        self._breaks: set[int] | None = None

    @property
    def original(self) -> str:
        """The input text."""
        return self._original

    @property
    def text(self) -> str:
        """The normalised text used for matching."""
        return self._text

    def __repr__(self) -> str:
        return f"Normalised(original={self._original!r}, text={self._text!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Normalised):
            return NotImplemented
        return self._original == other._original and self._text == other._text

    def __hash__(self) -> int:
        return hash((self._original, self._text))

    def _run_ends(self) -> list[int]:
        """Return the offsets in ``text`` where a run of kept characters ends (ascending).

        A run ends where the original had a separator (whitespace, punctuation, a filler
        symbol): those are the word breaks the normalised text no longer shows.
        """
        runs = self._runs
        if runs is None:
            mid = self._mid
            if "@" in mid or "$" in mid:
                pieces = _SEPARATOR_OR_SYMBOL.split(mid)
            else:
                pieces = mid.split(_SEP)
            runs = []
            total = 0
            for piece in pieces:  # a native loop once compiled: 4x faster than accumulate()
                total += len(piece)
                runs.append(total)
            self._runs = runs
        return runs

    def utf8_breaks(self) -> set[int]:
        """Return where a run of kept characters ends, as offsets in ``text``'s UTF-8 bytes.

        The word breaks of :meth:`bounded` for a matcher that walks the UTF-8 bytes: it can
        test a hit's ends without mapping byte offsets to characters.
        """
        breaks = self._breaks
        if breaks is None:
            runs = self._run_ends()
            text = self._text
            if text.isascii():
                breaks = set(runs)
            else:
                breaks = set()
                done = 0
                size = 0
                for end in runs:
                    size += len(text[done:end].encode("utf-8"))
                    done = end
                    breaks.add(size)
            self._breaks = breaks
        return breaks

    def _source_index(self) -> tuple[list[int], list[int] | None]:
        """Return the two ascending maps behind :meth:`_source`, built on first use.

        With C-level operations only in the common case: the running count of kept characters
        over the runs of the mid text between deleted ones and, only when some original
        character is deleted or expanded by the normalisation, the running count of mid
        characters over the original ones.
        """
        index = self._index
        if index is None:
            kept = self._run_ends()
            mid = self._mid
            original = self._original
            produced: list[int] | None = None
            if _is_uneven(original):
                try:
                    lengths = [_LENGTHS[cp] for cp in map(ord, original)]
                except IndexError:
                    lengths = [len(_piece(char)) for char in original]
                produced = list(accumulate(lengths))
                if produced[-1] != len(mid):  # pragma: no cover - an invariant of the tables
                    raise AssertionError("normalised lengths disagree with the mid text")
            index = self._index = (kept, produced)
        return index

    def _source(self, position: int) -> int:
        """Return the index of the original character that produced ``text[position]``.

        Two binary searches over the maps of :meth:`_source_index`.
        """
        kept, produced = self._source_index()
        position += bisect_right(kept, position)  # plus the deleted characters before it
        return position if produced is None else bisect_right(produced, position)

    def utf8_spans(self, data: bytes,
                   spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
        """Map non-empty spans of ``text``'s UTF-8 bytes to spans of ``original``, many at once.

        The same as :func:`rules.matcher.char_span` followed by :meth:`span` for each span:
        the byte offsets are read as characters, then :meth:`place` maps them together.

        Args:
            data: ``text`` encoded as UTF-8.
            spans: ``(start, end)`` byte offsets on character boundaries, ``start < end``.

        Returns:
            The original-text spans, in the order given.
        """
        ascii_only = len(data) == len(self._text)
        chars: list[tuple[int, int, int]] = []
        for start, end in spans:
            if not ascii_only:
                head = len(data[:start].decode("utf-8"))
                end = head + len(data[start:end].decode("utf-8"))
                start = head
            chars.append((start, end, 0))
        return [(start, end) for start, end, _ in self.place(chars)]

    def place(self, spans: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
        """Map non-empty spans of ``text`` to spans of ``original``, many at once.

        The same as :meth:`span` for each span, with the per-message maps looked up once.

        Args:
            spans: ``(start, end, tag)`` with ``start < end`` offsets in ``text``; ``tag`` is
                carried through unchanged.

        Returns:
            ``(start, end, tag)`` in ``original``, in the order given.
        """
        kept, produced = self._source_index()
        out: list[tuple[int, int, int]] = []
        for start, end, tag in spans:
            end -= 1
            start += bisect_right(kept, start)
            end += bisect_right(kept, end)
            if produced is not None:
                start = bisect_right(produced, start)
                end = bisect_right(produced, end)
            out.append((start, end + 1, tag))
        return out

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of ``text`` to the smallest span of ``original`` producing it.

        Args:
            start: Start offset in ``text``.
            end: End offset in ``text`` (exclusive).

        Returns:
            ``(s, e)`` with ``0 <= s <= e <= len(original)``: ``original[s:e]`` holds every
            character that produced ``text[start:end]`` (and the deleted ones between them).
            An empty span maps to an empty span at the matching position.

        Raises:
            ValueError: Unless ``0 <= start <= end <= len(text)``.
        """
        if not 0 <= start <= end <= len(self._text):
            raise ValueError(f"span [{start}, {end}) outside the text (length {len(self._text)})")
        if start == end:
            if start < len(self._text):
                position = self._source(start)
            else:
                position = self._source(start - 1) + 1 if start else 0
            return position, position
        return self._source(start), self._source(end - 1) + 1

    def begins_word(self, start: int) -> bool:
        """Tell whether ``text[start]`` begins a word in the original.

        The start half of :meth:`bounded`: it is not a Latin letter or digit glued to one
        before it.

        Args:
            start: Offset in ``text``.

        Returns:
            True unless the original has no separator between the two.

        Raises:
            ValueError: Unless ``0 <= start < len(text)``.
        """
        text = self._text
        if not 0 <= start < len(text):
            raise ValueError(f"offset {start} outside the text (length {len(text)})")
        return not (start and self._glued(start))

    def _glued(self, position: int) -> bool:
        """Tell whether the Latin letters or digits on both sides of ``position`` are one word.

        They are unless the original had a separator between ``text[position - 1]`` and
        ``text[position]``; ``0 < position < len(text)`` is the caller's to ensure.
        """
        text = self._text
        latin = _LATIN_ALNUM
        if text[position] not in latin or text[position - 1] not in latin:
            return False
        runs = self._run_ends()
        i = bisect_left(runs, position)
        return i == len(runs) or runs[i] != position

    def bounded(self, start: int, end: int) -> bool:
        """Tell whether a span of ``text`` stands as a word in the original.

        A Latin letter or digit at an end of ``text[start:end]`` must not be glued to a
        Latin letter or digit: the two are separate words only where the original had a
        separator (whitespace, punctuation, a filler symbol) between them. Letters are judged
        by their normalised form, so full-width, homoglyph and mathematical letters count as
        Latin, and an invisible character does not split a word. Ends that are not
        Latin letters or digits (Chinese characters) need no boundary. Thus ``win`` is
        bounded in ``you win``, ``win!`` and ``赢win`` but not in ``window``.

        Args:
            start: Start offset in ``text``.
            end: End offset in ``text`` (exclusive).

        Returns:
            True when neither checked end is glued to a Latin letter or digit.

        Raises:
            ValueError: Unless ``0 <= start <= end <= len(text)``.
        """
        text = self._text
        if not 0 <= start <= end <= len(text):
            raise ValueError(f"span [{start}, {end}) outside the text (length {len(text)})")
        if start == end:
            return True
        return not ((start and self._glued(start)) or (end < len(text) and self._glued(end)))


def normalise(text: str) -> Normalised:
    """Normalise a message body for keyword matching.

    Args:
        text: The text as received.

    Returns:
        The :class:`Normalised` view; see the module documentation for the transforms.
    """
    mid = _mark_sentences(text).translate(_TABLE)
    found = _NEEDS_REPAIR.search(mid)
    if found is not None:
        mid = _repair(mid, found.start())
    out = mid.replace(_SEP, "")
    if "@" in out or "$" in out:
        out = out.replace("@", "").replace("$", "")
    return Normalised(text, out, mid)


def fold_pattern(pattern: str) -> str:
    r"""Fold a rule's RE2 pattern onto the normalised alphabet, letter by letter.

    Patterns are written in the normalised form of the text (lower case, no spaces) but with
    ordinary spelling; since :func:`normalise` writes ``i`` as ``l``, so must the pattern, and
    every other letter the normaliser maps onto another one is mapped the same way: traditional
    and variant characters (``帳號`` reads ``账号``), written Cantonese (``畀`` reads ``给``),
    full-width and accented letters. A letter next to a hyphen is kept as written: it may end
    a class range (``[帳-帷]``), which folding would change. A full stop ``。`` becomes the
    sentence mark the text holds between two ideographs, so ``[^。]{0,10}`` keeps to one
    sentence as its author meant; other punctuation is kept (the text never holds it).
    Escapes (``\b``, ``\p{Han}``), POSIX classes (``[[:digit:]]``) and flag groups
    (``(?i)``, ``(?i:...)``) are kept as written.

    Args:
        pattern: The pattern as written in a rule pack.

    Returns:
        The pattern to compile.
    """
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        char = pattern[i]
        if char == "\\":
            end = i + 2
            if pattern[i + 1:i + 2] in ("p", "P") and pattern[end:end + 1] == "{":
                close = pattern.find("}", end)
                end = n if close < 0 else close + 1
            out.append(pattern[i:end])
            i = end
        elif pattern.startswith("[:", i):
            close = pattern.find(":]", i + 2)
            end = n if close < 0 else close + 2
            out.append(pattern[i:end])
            i = end
        elif pattern.startswith("(?", i):
            end = i + 2
            while end < n and pattern[end] not in ":)":
                end += 1
            out.append(pattern[i:end])
            i = end
        else:
            if char in "iI":
                char = "l"
            elif char == "。":
                char = _SENTENCE_MARK
            elif char >= "\x80" and "-" not in pattern[i - 1:i] + pattern[i + 1:i + 2]:
                folded = _piece(char)
                if len(folded) == 1 and folded.isalpha():
                    char = folded
            out.append(char)
            i += 1
    return "".join(out)


def normalise_literal(literal: str) -> str:
    """Normalise a rule literal the same way as message bodies.

    ``normalise_literal(p)`` occurs in ``normalise(evaded(p)).text`` for the evasions the
    module undoes. Digits are judged per token, so write a literal as it appears in messages
    (``call 95588``, not ``call95588``). The result may be empty (a literal of punctuation
    only); callers should reject such literals.

    Args:
        literal: The literal as written in a rule pack.

    Returns:
        The normalised literal.
    """
    return normalise(literal).text
