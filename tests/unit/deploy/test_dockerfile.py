from __future__ import annotations

import fnmatch
import json
import re
from pathlib import Path

from streams.settings import Settings
from tests.unit.deploy.conftest import ROOT

INSTRUCTIONS = {
    "FROM", "RUN", "CMD", "LABEL", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT", "VOLUME",
    "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL",
}  # fmt: skip


def instructions() -> list[tuple[str, str]]:
    """The Dockerfile as (INSTRUCTION, arguments), continuation lines joined."""
    text = (ROOT / "Dockerfile").read_text()
    text = re.sub(r"\\\n", " ", text)
    out = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        keyword, _, rest = line.partition(" ")
        out.append((keyword, rest.strip()))
    return out


def ignored(path: str) -> bool:
    """Whether .dockerignore keeps ``path`` out of the build context (last match wins)."""
    result = False
    for raw in (ROOT / ".dockerignore").read_text().splitlines():
        pattern = raw.strip()
        if not pattern or pattern.startswith("#"):
            continue
        negate = pattern.startswith("!")
        pattern = pattern.lstrip("!").rstrip("/")
        parts = Path(path).parts
        prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
        candidates = [pattern, pattern.removeprefix("**/")]
        if any(fnmatch.fnmatchcase(p, c) for p in prefixes for c in candidates) or any(
            fnmatch.fnmatchcase(part, pattern.removeprefix("**/")) for part in parts
        ):
            result = not negate
    return result


def test_every_instruction_is_known_and_the_file_starts_with_from() -> None:
    parsed = instructions()
    keywords = [keyword for keyword, _ in parsed]
    assert set(keywords) <= INSTRUCTIONS, sorted(set(keywords) - INSTRUCTIONS)
    assert [k for k in keywords if k != "ARG"][0] == "FROM"


def test_copy_sources_exist_and_are_in_the_build_context() -> None:
    stages = {rest.split()[-1] for k, rest in instructions() if k == "FROM" and " AS " in rest}
    for keyword, rest in instructions():
        if keyword != "COPY":
            continue
        args = rest.split()
        if any(a.startswith("--from=") and a.split("=", 1)[1] in stages for a in args):
            continue
        sources = [a for a in args if not a.startswith("--")][:-1]
        for source in sources:
            assert (ROOT / source).exists(), source
            assert not ignored(source), f"{source} is excluded by .dockerignore"


def test_dockerignore_keeps_secrets_and_local_state_out() -> None:
    for path in (".git/config", ".venv/bin/python", "tests/unit/deploy/conftest.py",
                 "streams/__pycache__/app.cpython-311.pyc", ".env"):  # fmt: skip
        assert ignored(path), path
    for path in ("pyproject.toml", "README.md", "streams/app.py", "rules/packs"):
        assert not ignored(path), path


def test_runtime_stage_runs_as_a_non_root_user() -> None:
    parsed = instructions()
    last_from = max(i for i, (k, _) in enumerate(parsed) if k == "FROM")
    users = [rest for k, rest in parsed[last_from:] if k == "USER"]
    assert users and users[-1] not in ("root", "0")


def test_entrypoint_is_the_smishwall_worker_in_exec_form() -> None:
    parsed = dict(instructions())
    assert json.loads(parsed["ENTRYPOINT"]) == ["smishwall"]
    assert json.loads(parsed["CMD"]) == ["worker"]
    assert json.loads(parsed["HEALTHCHECK"].split(" CMD ", 1)[1])[0] == "python"


def test_exposed_port_is_the_worker_web_port_and_binds_all_interfaces() -> None:
    parsed = instructions()
    env = " ".join(rest for k, rest in parsed if k == "ENV")
    values = dict(re.findall(r"(SMISHWALL_[A-Z_]+)=(\S+)", env))
    settings = Settings.from_env(values)
    assert settings.web_host == "0.0.0.0"
    exposed = [rest for k, rest in parsed if k == "EXPOSE"]
    assert exposed == [str(settings.web_port)]
