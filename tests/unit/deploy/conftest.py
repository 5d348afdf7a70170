"""Shared helpers of the deployment tests: repository paths and external tools."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.missing import skip_or_fail

ROOT = Path(__file__).resolve().parents[3]
DEPLOY = ROOT / "deploy"


def require_tool(name: str) -> str:
    """Return the path of a command-line tool, or skip (fail on CI) when it is missing.

    ``make test`` installs the tools (deploy/scripts/install-test-tools.sh); a bare ``pytest``
    on a machine without them skips these tests, but CI must never skip them silently.
    """
    path = shutil.which(name)
    if path is None:
        skip_or_fail(f"{name} is not installed; run `make prometheus` (Debian packages)")
    return path
