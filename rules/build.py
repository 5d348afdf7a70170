"""Which build of the hot modules is in use: compiled (mypyc) or the Python sources.

The engine is written in plain, type-checked Python. Installing the package compiles its hot
modules (:data:`COMPILED_MODULES`) with mypyc into extension modules next to the sources (about
a third more messages per second, see the README); the sources stay the reference and run
unchanged wherever no compiled module is present.

A compiled module is only used when it was built from exactly the source beside it: the build
records each source's SHA-256 in ``compiled.json``, and :func:`select` compares them at import.
If any source changed since the build (an edit, a ``git pull``), or ``SMISHWALL_PURE_PYTHON=1``
is set, all of them are imported from their sources instead, so an edit is never shadowed by a
stale compiled module. ``make venv`` (or ``make test``) rebuilds them.

This module is imported by the package's ``__init__`` before any hot module.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import ModuleType

#: The modules compiled by ``setup.py`` (names inside the ``rules`` package).
COMPILED_MODULES = ("normalise", "matcher", "urls", "senders", "conditions", "engine")
#: Where the build records the SHA-256 of each compiled module's source.
MANIFEST = "compiled.json"
_HERE = Path(__file__).resolve().parent

#: "compiled" or "python", set by :func:`select`.
KIND = "python"
#: Why the sources are used although compiled modules exist (empty otherwise).
REASON = ""


def source_digests(root: Path = _HERE) -> dict[str, str]:
    """Return module name -> SHA-256 of its source file under ``root``."""
    return {name: hashlib.sha256((root / f"{name}.py").read_bytes()).hexdigest()
            for name in COMPILED_MODULES}


def _compiled_files(root: Path) -> list[str]:
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    return [name for name in COMPILED_MODULES
            if any((root / f"{name}{suffix}").is_file() for suffix in suffixes)]


class _SourceFinder(importlib.abc.MetaPathFinder):
    """Imports the compiled modules of the package at ``root`` from their ``.py`` sources.

    Only that package's: another checkout's ``rules`` package imported in the same process (a
    benchmark comparing two trees) is left to its own build's decision.
    """

    def __init__(self, root: Path) -> None:
        self._root = root

    def find_spec(self, fullname: str, path: Sequence[str] | None = None,
                  target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        package, _, name = fullname.rpartition(".")
        if package != __package__ or name not in COMPILED_MODULES:
            return None
        if path is None or all(Path(entry).resolve() != self._root.resolve() for entry in path):
            return None
        return importlib.util.spec_from_file_location(fullname, self._root / f"{name}.py")


def decide(root: Path = _HERE, environ: Mapping[str, str] = os.environ) -> tuple[str, str]:
    """Return ``(kind, reason)``: which build the modules under ``root`` should load from.

    ``kind`` is "compiled" when every compiled module is present and was built from the source
    beside it, "python" otherwise; ``reason`` says why the sources are used although compiled
    modules exist (empty when there are none, or when they are used).
    """
    present = _compiled_files(root)
    if not present:
        return "python", ""
    if environ.get("SMISHWALL_PURE_PYTHON", "") == "1":
        return "python", "SMISHWALL_PURE_PYTHON=1"
    if len(present) != len(COMPILED_MODULES):
        missing = sorted(set(COMPILED_MODULES) - set(present))
        return "python", "compiled modules missing (" + ", ".join(missing) + ")"
    try:
        recorded = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        recorded = None
    if not isinstance(recorded, dict):
        return "python", f"no readable {MANIFEST} beside the compiled modules"
    changed = [name for name, digest in source_digests(root).items()
               if recorded.get(name) != digest]
    if changed:
        return "python", ("sources changed since the build (" + ", ".join(changed)
                          + "): run `make venv` to rebuild")
    return "compiled", ""


def select() -> str:
    """Decide which build the hot modules load from (:func:`decide`); return :data:`KIND`.

    Must run before any of :data:`COMPILED_MODULES` is imported: when the sources are to be
    used, a finder that loads them is put first on ``sys.meta_path``.
    """
    global KIND, REASON
    KIND, REASON = decide()
    if KIND == "python" and REASON and not any(
            isinstance(f, _SourceFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, _SourceFinder(_HERE))
    return KIND


def describe() -> str:
    """One line for benchmarks and ``--version``: which build runs, and why."""
    if KIND == "compiled":
        return "compiled (mypyc)"
    return f"Python sources ({REASON})" if REASON else "Python sources (no compiled build)"
