"""Build script: compiles the engine's hot modules with mypyc (see rules/build.py).

Everything else about the package is in pyproject.toml. ``SMISHWALL_PURE_PYTHON=1`` at install
time skips the compilation; so does a machine where it fails (the modules are optional
extensions): the engine then runs from its Python sources, slower but identical in results.
"""

import hashlib
import json
import os
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent
# Keep in step with rules.build.COMPILED_MODULES.
MODULES = ("normalise", "matcher", "urls", "senders", "conditions", "engine")


class BuildWithManifest(build_ext):
    """Builds the extensions, then records the SHA-256 of each compiled module's source."""

    def run(self) -> None:
        """Build, then write ``rules/compiled.json`` beside the built modules."""
        super().run()
        built = [m for m in MODULES if os.path.exists(self.get_ext_fullpath(f"rules.{m}"))]
        if len(built) != len(MODULES):
            return
        digests = {m: hashlib.sha256((ROOT / "rules" / f"{m}.py").read_bytes()).hexdigest()
                   for m in MODULES}
        target = Path(self.get_ext_fullpath("rules.engine")).parent / "compiled.json"
        target.write_text(json.dumps(digests, indent=1) + "\n", encoding="utf-8")


def extensions() -> list:
    """Return the mypyc extensions, or none (pure build, or mypyc not available)."""
    if os.environ.get("SMISHWALL_PURE_PYTHON", "") == "1":
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        return []
    # The same type checks as `make lint` run first: a module mypyc cannot compile stops the
    # build here, never at run time.
    exts = mypycify([f"rules/{m}.py" for m in MODULES], opt_level="3",
                    group_name="rules_native")
    for ext in exts:
        ext.optional = True
    return exts


setup(ext_modules=extensions(), cmdclass={"build_ext": BuildWithManifest})
