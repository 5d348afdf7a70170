"""The choice between the compiled modules and their sources (rules/build.py, setup.py)."""

from __future__ import annotations

import importlib.machinery
import json
import os
import subprocess
import sys
from pathlib import Path

import rules
from rules import build
from rules.build import COMPILED_MODULES, MANIFEST, decide, source_digests
from tests.missing import skip_or_fail

ROOT = Path(__file__).resolve().parents[3]
SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]


def fake_build(root: Path, compiled: tuple[str, ...] = COMPILED_MODULES) -> None:
    """Sources, stand-in compiled files and the manifest, as a build leaves them."""
    for name in COMPILED_MODULES:
        (root / f"{name}.py").write_text(f"X = {name!r}\n", encoding="utf-8")
    for name in compiled:
        (root / f"{name}{SUFFIX}").write_bytes(b"")
    (root / MANIFEST).write_text(json.dumps(source_digests(root)), encoding="utf-8")


def test_source_finder_serves_only_its_own_package(tmp_path: Path) -> None:
    """Another checkout's ``rules`` package in the same process keeps its own modules."""
    ours, theirs = tmp_path / "ours" / "rules", tmp_path / "theirs" / "rules"
    for root in (ours, theirs):
        root.mkdir(parents=True)
        fake_build(root, compiled=())
    finder = build._SourceFinder(ours)
    spec = finder.find_spec("rules.engine", [str(ours)])
    assert spec is not None and spec.origin == str(ours / "engine.py")
    assert finder.find_spec("rules.engine", [str(theirs)]) is None
    assert finder.find_spec("rules.engine", None) is None
    assert finder.find_spec("rules.loader", [str(ours)]) is None


def test_no_compiled_modules_means_sources_without_a_reason(tmp_path: Path) -> None:
    for name in COMPILED_MODULES:
        (tmp_path / f"{name}.py").write_text("", encoding="utf-8")
    assert decide(tmp_path, {}) == ("python", "")


def test_a_complete_build_of_the_same_sources_is_used(tmp_path: Path) -> None:
    fake_build(tmp_path)
    assert decide(tmp_path, {}) == ("compiled", "")
    assert decide(tmp_path, {"SMISHWALL_PURE_PYTHON": "0"}) == ("compiled", "")


def test_pure_python_setting_forces_the_sources(tmp_path: Path) -> None:
    fake_build(tmp_path)
    assert decide(tmp_path, {"SMISHWALL_PURE_PYTHON": "1"}) == (
        "python", "SMISHWALL_PURE_PYTHON=1")


def test_an_edited_source_is_never_shadowed_by_its_old_build(tmp_path: Path) -> None:
    fake_build(tmp_path)
    (tmp_path / "urls.py").write_text("X = 'edited'\n", encoding="utf-8")
    kind, reason = decide(tmp_path, {})
    assert kind == "python"
    assert "urls" in reason and "engine" not in reason and "make venv" in reason


def test_partial_build_or_missing_manifest_means_sources(tmp_path: Path) -> None:
    fake_build(tmp_path, compiled=COMPILED_MODULES[:-1])
    kind, reason = decide(tmp_path, {})
    assert kind == "python" and COMPILED_MODULES[-1] in reason
    fake_build(tmp_path)
    (tmp_path / MANIFEST).write_text("not json", encoding="utf-8")
    assert decide(tmp_path, {})[0] == "python"
    (tmp_path / MANIFEST).unlink()
    assert decide(tmp_path, {}) == ("python", f"no readable {MANIFEST} beside the compiled "
                                              "modules")


def require_compiled() -> None:
    """Skip without a compiled build; under `make test` (which builds it) fail instead.

    A silent fall-back to the sources there would leave the compiled build untested.
    """
    if build.KIND == "compiled":
        return
    skip_or_fail(f"no compiled build in use ({build.REASON or 'none built'}); run `make venv`")


def test_compiled_modules_are_the_ones_imported() -> None:
    require_compiled()
    assert rules.engine.__file__.endswith(SUFFIX)


def verdict_lines(pure: bool) -> list[str]:
    """Screen the benign corpus and the holdout frauds in a fresh process; one line each."""
    code = (
        "import json, sys, rules\n"
        "from rules import build\n"
        "engine = rules.load()\n"
        "print(build.KIND)\n"
        "for path in sys.argv[1:]:\n"
        "    for line in open(path, encoding='utf-8'):\n"
        "        event = json.loads(line)\n"
        "        v = engine.screen(event.get('sender'), event['body'])\n"
        "        print(v.action, v.score, *[(r.id, r.spans) for r in v.rules])\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "SMISHWALL_PURE_PYTHON"}
    if pure:
        env["SMISHWALL_PURE_PYTHON"] = "1"
    files = sorted(str(p) for p in (ROOT / "tests").glob("batch1[5-9]/*.jsonl"))
    assert files
    out = subprocess.run([sys.executable, "-c", code, *files], env=env, cwd=ROOT,
                         capture_output=True, text=True, check=True, timeout=240)
    return out.stdout.splitlines()


def test_compiled_and_source_builds_give_identical_verdicts() -> None:
    require_compiled()
    compiled, source = verdict_lines(False), verdict_lines(True)
    assert compiled[0] == "compiled" and source[0] == "python"
    assert len(compiled) > 1000
    assert compiled[1:] == source[1:]
