"""Exceptions raised by the screening engine.

The tree::

    SmishwallError
    ├── PackError            a rule pack or list failed to load or validate (file, line, reason)
    │   └── PackSetError     several PackErrors found in one pack set (``errors``)
    └── ScreenError          screening one event failed (bad input type, engine fault)

A :class:`PackSetError` is raised as a whole: a pack set with any error never replaces the one
in force.
"""

from __future__ import annotations

from collections.abc import Sequence


class SmishwallError(Exception):
    """Root of every error the engine raises."""


class PackError(SmishwallError):
    """A rule pack, list or settings file is invalid.

    Attributes:
        file: Path of the offending file, as given to the loader.
        line: 1-based line number, or 0 when the error concerns the whole file.
        reason: What is wrong, in words an operator can act on.
    """

    def __init__(self, file: str, line: int, reason: str) -> None:
        self.file = file
        self.line = line
        self.reason = reason
        super().__init__(f"{file}:{line}: {reason}")


class PackSetError(PackError):
    """Several errors found while loading one pack set.

    Attributes:
        errors: Every :class:`PackError` found, in file and line order.
    """

    def __init__(self, errors: Sequence[PackError]) -> None:
        self.errors = list(errors)
        first = self.errors[0]
        super().__init__(first.file, first.line, first.reason)
        self.args = ("\n".join(str(e) for e in self.errors),)


class ScreenError(SmishwallError):
    """Screening one event failed; the gateway dead-letters that event and carries on."""
