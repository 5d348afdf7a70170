"""Load the rules engine of another checkout (``git worktree add /tmp/old <commit>``).

The benchmarks compare an earlier engine with the current one in one process, so the machine's
drift hits both alike. The other tree's ``rules`` package is imported under the same name with
the current one set aside, then the current one is put back; each engine keeps the modules it
was built with.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any


def _ours(name: str) -> bool:
    """Tell whether a module belongs to the ``rules`` package, its compiled (mypyc) build included.

    The compiled modules share one native library, ``rules_native__mypyc``, imported at the top
    level: left in place, the other tree's compiled modules would run the current tree's code.
    """
    return name == "rules" or name.startswith(("rules.", "rules_native"))


def load_engine(tree: str, shipped_dir: str | None = None) -> Any:
    """Return ``rules.load(shipped_dir=...)`` as done by the ``rules`` package under ``tree``.

    Args:
        tree: A checkout of this repository (its ``rules`` package and, by default, its packs).
        shipped_dir: Packs to load instead of the tree's own.

    Raises:
        SystemExit: ``tree`` has no ``rules`` package (a mistyped path would otherwise load
            the current one and compare the tree with itself).
    """
    root = Path(tree).resolve()
    if not (root / "rules" / "__init__.py").is_file():
        raise SystemExit(f"{tree}: no rules package there (a checkout of this repository?)")
    current = {k: sys.modules.pop(k) for k in list(sys.modules) if _ours(k)}
    sys.path.insert(0, tree)
    try:
        import rules

        loaded = Path(rules.__file__).resolve()
        if not loaded.is_relative_to(root):
            raise SystemExit(f"{tree}: imported the rules package under {loaded.parent.parent}")
        return rules.load(shipped_dir=shipped_dir)
    finally:
        sys.path.remove(tree)
        for k in [k for k in sys.modules if _ours(k)]:
            del sys.modules[k]
        sys.modules.update(current)
