"""Shared helpers of the deployment tests: repository paths and external tools."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
DEPLOY = ROOT / "deploy"


def require_tool(name: str) -> str:
    """Return the path of a command-line tool, or skip (fail on CI) when it is missing.

    ``make test`` installs the tools (deploy/scripts/install-test-tools.sh); a bare ``pytest``
    on a machine without them skips these tests, but CI must never skip them silently.
    """
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed; run `make prometheus` (Debian packages)"
        if os.environ.get("CI") or os.environ.get("SMISHWALL_REQUIRE_TOOLS"):
            pytest.fail(message)
        pytest.skip(message)
    return path
