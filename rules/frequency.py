"""Character frequencies of SMS text, used to lay out the keyword automaton.

pyahocorasick keeps the children of each trie node in a list searched front to back, in the
order they were first inserted. Inserting the literals so that, at every node, the letter most
often seen next in real messages comes first makes the common steps of the walk shorter
(``bench/engine_bench.py`` measures it). The order never changes what matches, only how fast.

The table ``data/char_frequency.txt`` (one ``character<TAB>count`` per line, most frequent
first) is counted over normalised message bodies. Regenerate it with::

    python -m rules.frequency tests/corpus/*.jsonl > rules/data/char_frequency.txt
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from rules.normalise import normalise

__all__ = ["byte_weights", "count", "literal_share", "load_table"]

POSITIONS = 70
"""Positions a literal can start at in a typical message (a median body's normalised length)."""


def count(bodies: Iterable[str]) -> Counter[str]:
    """Count the characters of the normalised ``bodies``."""
    counts: Counter[str] = Counter()
    for body in bodies:
        counts.update(normalise(body).text)
    return counts


@lru_cache(maxsize=1)
def load_table() -> dict[str, int]:
    """Return the bundled table: character to count (empty if the file is missing)."""
    try:
        text = resources.files("rules").joinpath("data/char_frequency.txt").read_text("utf-8")
    except FileNotFoundError:  # pragma: no cover - the file ships with the package
        return {}
    table: dict[str, int] = {}
    for line in text.splitlines():
        char, sep, number = line.partition("\t")
        if sep and len(char) == 1 and number.isdigit():
            table[char] = int(number)
    return table


@lru_cache(maxsize=1)
def byte_weights() -> dict[str, int]:
    """Return how often each UTF-8 byte prefix of a character starts a character in text.

    Keys are byte prefixes written as ``latin-1`` strings (the automaton's alphabet): for
    ``中`` (bytes ``e4 b8 ad``) each of the prefixes ``e4``, ``e4 b8`` and ``e4 b8 ad``
    gains the count of ``中``.
    """
    weights: Counter[str] = Counter()
    for char, number in load_table().items():
        data = char.encode("utf-8").decode("latin-1")
        for end in range(1, len(data) + 1):
            weights[data[:end]] += number
    return dict(weights)


@lru_cache(maxsize=1)
def _char_shares() -> tuple[dict[str, float], float]:
    table = load_table()
    total = sum(table.values()) + len(table) + 1
    return {char: (number + 1) / total for char, number in table.items()}, 1 / total


def literal_share(literal: str) -> float:
    """Estimate the share of messages in which a normalised literal occurs.

    The characters are taken as independent draws from the bundled table, at
    :data:`POSITIONS` places in a message. That underestimates words (their letters go
    together) but ranks literals usefully: ``您的`` far above ``冻结``, both far above
    ``医保凭证``. The engine only compares such estimates, to choose which part of a rule it
    waits on (:meth:`rules.conditions.All.trigger`); they never change a verdict.
    """
    shares, unseen = _char_shares()
    share = float(POSITIONS)
    for char in literal:
        share *= shares.get(char, unseen)
        if share < 1e-12:
            break
    return min(share, 1.0)


def main(argv: list[str] | None = None) -> int:
    """Print the table for the JSON Lines files given (events with a ``body``)."""
    counts: Counter[str] = Counter()
    for path in argv if argv is not None else sys.argv[1:]:
        with open(path, encoding="utf-8") as handle:
            bodies = []
            for line in handle:
                try:
                    event = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if isinstance(event, dict) and isinstance(event.get("body"), str):
                    bodies.append(event["body"])
            counts.update(count(bodies))
    for char, number in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        if char.isprintable() and not char.isspace():
            print(f"{char}\t{number}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
