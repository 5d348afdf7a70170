"""The shipped pack set, compiled once per test session.

Loading the default packs takes seconds; the engine is immutable once built (its bounded
caches only remember answers), so every test that screens with the shipped packs as they are
shares this one. Tests that change the packs, the overrides or the engine load their own.
"""

from __future__ import annotations

import functools

import rules


@functools.cache
def shipped() -> rules.Engine:
    """Return the engine of the shipped packs (loaded on first use)."""
    return rules.load()
