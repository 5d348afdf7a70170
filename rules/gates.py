"""Literals a regular expression cannot match without: a second gate before RE2 runs.

A ``regex`` condition runs its pattern only after a hit of its ``prefilter`` literals. Its
pattern often names words of its own that every match must contain (``(输入|填写)...(验证码|
密码)``): any one of ``输入``/``填写`` must occur as well. :func:`required_literals` reads them off
the pattern, and the engine adds them to the literal automaton as a feature of their own (matched
anywhere, like a prefilter), so that the pattern runs only when both gates hold and the rule is
looked at only when its rarest part is met. A gate is a necessary condition of the match, so it
never changes a verdict; a pattern it cannot read gets no gate.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

try:  # the standard library's parser of ``re`` syntax (module names of Python 3.11+)
    from re import _constants as _sre  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python
    _sre = _sre_parse = None

#: RE2 syntax that Python's parser reads differently or not at all: the pattern gets no gate.
_FOREIGN = ("[:", "\\p", "\\P", "{,", "\\C", "\\Q", "\\E", "\\z", "\\x{", "(?P=", "(?<")


def required_literals(pattern: str, share: Callable[[str], float]) -> frozenset[str] | None:
    """Return literals of which every match of ``pattern`` contains at least one.

    Of the sets the pattern's structure guarantees (a run of literal characters, the union
    over the branches of an alternation, a repeated group that must occur once), the one
    with the smallest estimated ``share`` of messages (summed over its literals) is chosen.

    Args:
        pattern: The pattern as compiled for the normalised text (case-sensitive).
        share: Estimated share of messages that contain a literal
            (:func:`rules.frequency.literal_share`).

    Returns:
        The literals, or None when the pattern guarantees none of at least two characters,
        sets flags, or uses syntax read differently by RE2 and Python.
    """
    if _sre is None or any(token in pattern for token in _FOREIGN):
        return None
    try:
        parsed = _sre_parse.parse(pattern)
    except (re.error, OverflowError, RecursionError):
        return None
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE | re.LOCALE):
        return None
    return _required(list(parsed), share)


def _required(items: Sequence[tuple[Any, Any]],
              share: Callable[[str], float]) -> frozenset[str] | None:
    sre = _sre
    found: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) >= 2:
            found.append(frozenset(("".join(run),)))
        run.clear()

    for op, arg in items:
        if op is sre.LITERAL:
            run.append(chr(arg))
            continue
        flush()
        part: frozenset[str] | None = None
        if op is sre.SUBPATTERN:
            _group, add_flags, del_flags, sub = arg
            if not add_flags and not del_flags:
                part = _required(list(sub), share)
        elif op is sre.ATOMIC_GROUP:
            part = _required(list(arg), share)
        elif op is sre.BRANCH:
            branches = [_required(list(branch), share) for branch in arg[1]]
            if all(b is not None for b in branches):
                part = frozenset().union(*(b for b in branches if b is not None))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, _high, sub = arg
            if low >= 1:
                part = _required(list(sub), share)
        if part:
            found.append(part)
    flush()
    if not found:
        return None
    return min(found, key=lambda lits: (sum(map(share, lits)), len(lits)))
