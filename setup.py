"""Build script: compiles the engine's hot modules with mypyc (see rules/build.py).

Everything else about the package is in pyproject.toml. ``SMISHWALL_PURE_PYTHON=1`` at install
time skips the compilation; so does a machine where it fails (the modules are optional
extensions): the engine then runs from its Python sources, slower but identical in results.
"""

import importlib.util
import json
import os
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent


def _load_build_module():
    """Load ``rules/build.py`` alone (stdlib only): the package's imports are not installed yet."""
    spec = importlib.util.spec_from_file_location("_smishwall_build", ROOT / "rules" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BUILD = _load_build_module()
MODULES = BUILD.COMPILED_MODULES


class BuildWithManifest(build_ext):
    """Builds the extensions, then records the SHA-256 of each compiled module's source."""

    def run(self) -> None:
        """Build, then write ``rules/compiled.json`` beside the built modules."""
        super().run()
        built = [m for m in MODULES if os.path.exists(self.get_ext_fullpath(f"rules.{m}"))]
        if len(built) != len(MODULES):
            return
        target = Path(self.get_ext_fullpath("rules.engine")).parent / BUILD.MANIFEST
        digests = BUILD.source_digests(ROOT / "rules")
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
