"""The cache of parsed pack files (``rules.loader``): the same documents, lines and errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from rules import loader
from rules.errors import PackError, PackSetError
from rules.loader import SHIPPED_DIR, LineDict, LineList, load_packset, read_yaml


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache directory of this test's own."""
    home = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    return home / "smishwall" / "parsed-packs"


def same_tree(a: Any, b: Any) -> bool:
    """Equal values, types and line numbers all the way down."""
    if type(a) is not type(b):
        return False
    if isinstance(a, LineDict):
        return (a.line == b.line and a.key_lines == b.key_lines and list(a) == list(b)
                and all(same_tree(a[key], b[key]) for key in a))
    if isinstance(a, LineList):
        return (a.line == b.line and a.item_lines == b.item_lines and len(a) == len(b)
                and all(same_tree(x, y) for x, y in zip(a, b, strict=True)))
    return bool(a == b)


def parse_without_cache(path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    with monkeypatch.context() as patch:
        patch.setattr(loader, "_cache_get", lambda key: None)
        patch.setattr(loader, "_cache_put", lambda key, doc: None)
        return read_yaml(path)


def test_a_cached_pack_reads_as_the_parsed_one(cache_home, monkeypatch):
    packs = sorted(SHIPPED_DIR.glob("*.yaml"))
    assert len(packs) > 20
    for path in packs:
        read_yaml(path)
    assert len(list(cache_home.glob("*.json"))) == len(packs)
    for path in packs:
        key = loader._cache_key(path.read_text(encoding="utf-8"))
        cached = loader._cache_get(key)
        assert cached is not None, path.name
        assert same_tree(cached, parse_without_cache(path, monkeypatch)), path.name
        assert same_tree(read_yaml(path), cached), path.name


def test_an_edited_file_is_parsed_again(cache_home, tmp_path):
    pack = tmp_path / "pack.yaml"
    pack.write_text("rules:\n  - id: A\n    score: 1\n", encoding="utf-8")
    assert read_yaml(pack)["rules"][0]["score"] == 1
    pack.write_text("rules:\n\n  - id: A\n    score: 2\n", encoding="utf-8")
    doc = read_yaml(pack)
    assert doc["rules"][0]["score"] == 2
    assert doc["rules"].item_lines == [3]
    assert len(list(cache_home.glob("*.json"))) == 2


def test_a_damaged_entry_is_passed_over(cache_home, tmp_path):
    pack = tmp_path / "pack.yaml"
    pack.write_text("a: [1, 2]\nb: {c: x}\n", encoding="utf-8")
    first = read_yaml(pack)
    (entry,) = cache_home.glob("*.json")
    for damage in ('["d", 1, ["a"]', '["x"]', "\x00\x01", '["d", 1, ["a"], [1], []]'):
        entry.write_text(damage, encoding="utf-8")
        assert same_tree(read_yaml(pack), first), damage


def test_a_file_that_fails_to_parse_is_never_cached(cache_home, tmp_path):
    pack = tmp_path / "pack.yaml"
    pack.write_text("rules:\n  - id: A\n    id: B\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(PackError) as info:
            read_yaml(pack)
        assert info.value.line == 3 and "duplicate key" in info.value.reason
    assert not list(cache_home.glob("*.json"))


def test_no_usable_cache_directory_changes_nothing(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    packs = load_packset(SHIPPED_DIR)
    assert packs.rules


def test_a_schema_failure_is_reported_every_time_and_never_marked(cache_home, tmp_path):
    source = (SHIPPED_DIR / "contact.yaml").read_text(encoding="utf-8")
    shipped = tmp_path / "shipped"
    shipped.mkdir()
    for path in SHIPPED_DIR.iterdir():
        if path.is_file():
            (shipped / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
        else:
            (shipped / path.name).symlink_to(path)
    broken = source.replace("    score: ", "    score: lots # ", 1)
    assert broken != source
    (shipped / "contact.yaml").write_text(broken, encoding="utf-8")
    for _ in range(2):
        loader._SCHEMA_PASSED.clear()
        with pytest.raises(PackSetError) as info:
            load_packset(shipped)
        (error,) = info.value.errors
        assert Path(error.file).name == "contact.yaml" and error.line > 1
        assert "lots" in error.reason
    markers = {p.name for p in cache_home.glob("schema-passed-*")}
    digest = loader.hashlib.sha256(loader._SCHEMA_DIGEST + broken.encode()).hexdigest()
    assert f"schema-passed-{digest}" not in markers
    assert markers  # the other packs passed and were marked


def test_old_entries_are_pruned(cache_home, tmp_path, monkeypatch):
    monkeypatch.setattr(loader, "_CACHE_KEEP", 8)
    for n in range(12):
        pack = tmp_path / f"p{n}.yaml"
        pack.write_text(f"n: {n}\n", encoding="utf-8")
        read_yaml(pack)
    assert len(list(cache_home.iterdir())) <= 8
    assert read_yaml(tmp_path / "p0.yaml") == {"n": 0}
