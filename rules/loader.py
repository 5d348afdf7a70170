"""Load rule packs, lists and settings from disk into plain, validated data.

A *pack set* is the shipped directory (``rules/packs``) plus, optionally, a deployment's local
directory (``SMISHWALL_RULES_DIR``) holding extra packs, ``overrides.yaml`` and list additions.
Loading collects every problem it finds (file, line, reason) and raises them together as one
:class:`~rules.errors.PackSetError`; nothing partial is ever returned. Compiling the result into
automata is :mod:`rules.engine`'s job.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from rules.errors import PackError, PackSetError
from rules.plans import country_plan

SHIPPED_DIR = Path(__file__).resolve().parent / "packs"
SETTINGS_FILE = "settings.yaml"
OVERRIDES_FILE = "overrides.yaml"
ACTIONS = ("tag", "quarantine", "block")
_LIST_NAME = re.compile(r"^[a-z0-9_]+$")


class LineDict(dict[str, Any]):
    """A YAML mapping that remembers its line and the line of each key (1-based)."""

    line: int = 0
    key_lines: dict[str, int]


class LineList(list[Any]):
    """A YAML sequence that remembers its line and the line of each item (1-based)."""

    line: int = 0
    item_lines: list[int]


# libyaml's parser (shipped in PyYAML's wheels) gives the same marks as the pure-Python one at a
# fraction of its cost (README, "Reloading rules"); the pure-Python parser stands in where it is
# missing.
_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):
    """Safe YAML loader recording line numbers and rejecting duplicate keys."""


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    out = LineDict()
    out.line = node.start_mark.line + 1
    out.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in out:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        out[key] = loader.construct_object(value_node, deep=True)
        out.key_lines[key] = key_node.start_mark.line + 1
    return out


def _construct_sequence(loader: _Loader, node: yaml.SequenceNode) -> LineList:
    out = LineList(loader.construct_object(child, deep=True) for child in node.value)
    out.line = node.start_mark.line + 1
    out.item_lines = [child.start_mark.line + 1 for child in node.value]
    return out


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


def read_yaml(path: Path) -> Any:
    """Parse one YAML file with line numbers attached to its mappings and sequences.

    Args:
        path: The file to read.

    Returns:
        The document, built from :class:`LineDict`, :class:`LineList` and scalars.

    Raises:
        PackError: The file cannot be read or is not valid YAML.
    """
    return _read_yaml_text(path)[0]


def _read_yaml_text(path: Path) -> tuple[Any, str]:
    """:func:`read_yaml`, also returning the text that was parsed."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PackError(str(path), 0, f"cannot read file: {exc}") from exc
    key = _cache_key(text)
    cached = _cache_get(key)
    if cached is not None:
        return cached, text
    try:
        doc = yaml.load(text, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else 0
        raise PackError(str(path), line, f"invalid YAML: {exc.problem or exc}") from exc
    except yaml.YAMLError as exc:
        raise PackError(str(path), 0, f"invalid YAML: {exc}") from exc
    _cache_put(key, doc)
    return doc, text


# Parsed pack files are kept in the user's cache directory, named by the SHA-256 of their text
# (with this format's and PyYAML's versions), so that a worker's start or reload, or a command,
# parses only the files that changed: parsing the shipped packs is about half of loading them
# (README, "Reloading rules"). An entry is the tree of mappings and sequences with their line
# numbers, written as JSON (never pickle: nothing in the cache can run code). Only files that
# parse cleanly are kept, so every error is found and reported by the parser itself. A cache that
# cannot be read or written is passed over: the file is parsed as if there were none.
_CACHE_FORMAT = "1"


class _Uncacheable(Exception):
    """A parsed document holds a value the cache does not write (a date, binary data)."""


def _cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "smishwall" / "parsed-packs"


def _cache_key(text: str) -> str:
    digest = hashlib.sha256(f"{_CACHE_FORMAT}\0{yaml.__version__}\0".encode())
    digest.update(text.encode("utf-8"))
    return digest.hexdigest()


def _cache_get(key: str) -> Any:
    try:
        data = (_cache_dir() / f"{key}.json").read_bytes()
        return _thaw(json.loads(data))
    except (OSError, ValueError, TypeError, IndexError, KeyError):
        return None


def _cache_put(key: str, doc: Any) -> None:
    try:
        data = json.dumps(_freeze(doc), ensure_ascii=False, separators=(",", ":"))
    except (ValueError, _Uncacheable):
        return
    _cache_write(f"{key}.json", data)


def _cache_write(name: str, data: str) -> None:
    """Write one cache file whole (a reader never sees half of it), or nothing if it cannot be."""
    try:
        directory = _cache_dir()
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=directory, suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(data)
            os.replace(tmp, directory / name)
        except BaseException:
            os.unlink(tmp)
            raise
        _cache_prune(directory)
    except OSError:
        pass


_CACHE_KEEP = 512


def _cache_prune(directory: Path) -> None:
    """Keep the newest entries: edited packs leave their earlier versions behind."""
    entries = list(directory.iterdir())
    if len(entries) <= _CACHE_KEEP:
        return
    by_age = sorted(entries, key=lambda entry: entry.stat().st_mtime)
    for entry in by_age[: len(entries) - _CACHE_KEEP * 3 // 4]:
        entry.unlink(missing_ok=True)


def _freeze(node: Any) -> Any:
    """Write a parsed document as plain JSON values: ``["d", …]`` a mapping, ``["l", …]`` a list."""
    kind = type(node)
    if kind is LineDict:
        keys = list(node)
        if not all(type(key) in (str, int, float, bool) or key is None for key in keys):
            raise _Uncacheable
        return ["d", node.line, keys, [node.key_lines[key] for key in keys],
                [_freeze(value) for value in node.values()]]
    if kind is LineList:
        return ["l", node.line, node.item_lines, [_freeze(item) for item in node]]
    if kind in (str, int, float, bool) or node is None:
        return node
    raise _Uncacheable


def _thaw(node: Any) -> Any:
    """Rebuild what :func:`_freeze` wrote."""
    if type(node) is not list:
        return node
    if node[0] == "d":
        _, line, keys, key_lines, values = node
        mapping = LineDict(zip(keys, map(_thaw, values), strict=True))
        mapping.line = line
        mapping.key_lines = dict(zip(keys, key_lines, strict=True))
        return mapping
    if node[0] == "l":
        _, line, item_lines, items = node
        sequence = LineList(map(_thaw, items))
        sequence.line = line
        sequence.item_lines = item_lines
        return sequence
    raise ValueError("not a cache entry")


def line_of(doc: Any, path: Iterator[Any] | list[Any]) -> int:
    """Return the line of the deepest node reached by following ``path`` into ``doc``."""
    line = getattr(doc, "line", 0) or 1
    node = doc
    for step in path:
        if isinstance(node, LineDict) and step in node:
            line = node.key_lines.get(step, line)
            node = node[step]
        elif isinstance(node, LineList) and isinstance(step, int) and step < len(node):
            line = node.item_lines[step]
            node = node[step]
        else:
            break
        line = getattr(node, "line", 0) or line
    return line


def _schema() -> dict[str, Any]:
    text = resources.files("rules").joinpath("schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


_VALIDATOR = jsonschema.Draft202012Validator(_schema())
_SCHEMA_DIGEST = hashlib.sha256(json.dumps(_VALIDATOR.schema, sort_keys=True).encode()).digest()
# Digests of pack texts that passed the schema in this process: a reload that finds a file
# unchanged does not validate it again (the schema is fixed; the checks after it still run).
# A pass is also marked in the cache directory (a file named by the digest of the schema and the
# text), so another process loading the same text skips the schema too.
_SCHEMA_PASSED: set[bytes] = set()


def _schema_errors(text: str, doc: Any) -> list[jsonschema.ValidationError]:
    """Return the schema errors of ``doc``, parsed from ``text``, in path order.

    The digest is taken of the very text that was parsed, so a file rewritten while a reload
    reads it can never be let through on the strength of its earlier version.
    """
    digest = hashlib.sha256(_SCHEMA_DIGEST + text.encode("utf-8")).digest()
    if digest in _SCHEMA_PASSED:
        return []
    marker = f"schema-passed-{digest.hex()}"
    if (_cache_dir() / marker).is_file():
        errors = []
    else:
        errors = sorted(_VALIDATOR.iter_errors(doc), key=lambda e: list(e.absolute_path))
        if not errors:
            _cache_write(marker, "")
    if not errors:
        if len(_SCHEMA_PASSED) >= 4096:
            _SCHEMA_PASSED.clear()
        _SCHEMA_PASSED.add(digest)
    return errors


@dataclass(frozen=True, slots=True)
class Example:
    """One example message of a rule: it must (``hit``) or must not (``miss``) fire."""

    body: str
    sender: str
    recipient: str
    expect_hit: bool
    line: int


@dataclass(frozen=True, slots=True)
class RuleSpec:
    """A rule as written in its pack, after overrides."""

    id: str
    title: str
    description: str
    group: str
    score: float
    status: str
    tags: tuple[str, ...]
    references: tuple[str, ...]
    match: Mapping[str, Any]
    examples: tuple[Example, ...]
    pack: str
    file: str
    line: int


@dataclass(frozen=True, slots=True)
class PackSpec:
    """A pack file: its name, version and rules."""

    name: str
    version: str
    description: str
    file: str
    rules: tuple[RuleSpec, ...]


@dataclass(frozen=True, slots=True)
class ListSpec:
    """A named list of entries; ``sources`` maps each entry to the ``file:line`` it came from."""

    name: str
    entries: tuple[str, ...]
    sources: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class PackSet:
    """Everything a compiled engine is built from, validated."""

    packs: tuple[PackSpec, ...]
    settings: Mapping[str, Any]
    lists: Mapping[str, ListSpec]
    settings_file: str
    retired_ids: frozenset[str] = field(default_factory=frozenset)

    def rules(self) -> Iterator[RuleSpec]:
        """Yield every active rule of every pack, in pack order."""
        for pack in self.packs:
            yield from pack.rules


def read_list(path: Path) -> list[tuple[str, int]]:
    """Read a one-entry-per-line list file: ``#`` comments and blank lines are skipped.

    Args:
        path: The ``.txt`` file.

    Returns:
        ``(entry, line)`` pairs in file order.

    Raises:
        PackError: The file cannot be read as UTF-8.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PackError(str(path), 0, f"cannot read list: {exc}") from exc
    out = []
    for number, raw in enumerate(text.splitlines(), start=1):
        entry = raw.split("#", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if entry:
            out.append((entry, number))
    return out


def _merge(base: dict[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), Mapping):
            out[key] = _merge(dict(out[key]), value)
        else:
            out[key] = value
    return out


class _Collector:
    """Accumulates errors so one run reports all of them."""

    def __init__(self) -> None:
        self.errors: list[PackError] = []

    def add(self, file: str | Path, line: int, reason: str) -> None:
        self.errors.append(PackError(str(file), line, reason))

    def extend(self, exc: PackError) -> None:
        if isinstance(exc, PackSetError):
            self.errors.extend(exc.errors)
        else:
            self.errors.append(exc)

    def raise_if_any(self) -> None:
        if self.errors:
            self.errors.sort(key=lambda e: (e.file, e.line))
            raise PackSetError(self.errors)


# The normaliser reads "@" as the letter "a" (p@ypal), so a keyword that starts with it sits
# inside the address it is written after ("ann@gmail.com") and never stands as a word.
_AT_KEYWORD = ("starts with '@', which the normaliser reads as the letter 'a', so it never "
               "matches after an address; use a regex with `text: original`")


def _load_lists(
    dirs: list[Path], errs: _Collector
) -> dict[str, ListSpec]:
    entries: dict[str, dict[str, str]] = {}
    for directory in dirs:
        list_dir = directory / "lists"
        if not list_dir.is_dir():
            continue
        for path in sorted(list_dir.glob("*.txt")):
            name = path.stem
            if not _LIST_NAME.match(name):
                errs.add(path, 0, f"list name {name!r} must match [a-z0-9_]+")
                continue
            try:
                rows = read_list(path)
            except PackError as exc:
                errs.extend(exc)
                continue
            bucket = entries.setdefault(name, {})
            for entry, line in rows:
                if entry.startswith("@"):
                    errs.add(path, line, f"entry {entry!r} {_AT_KEYWORD}")
                    continue
                bucket.setdefault(entry, f"{path}:{line}")
    return {
        name: ListSpec(name, tuple(bucket), bucket) for name, bucket in sorted(entries.items())
    }


def _example(raw: Any, hit: bool, line: int) -> Example:
    if isinstance(raw, str):
        return Example(raw, "", "", hit, line)
    return Example(
        str(raw["body"]),
        str(raw.get("sender", "")),
        str(raw.get("recipient", "")),
        hit,
        line,
    )


def _check_settings(settings: Mapping[str, Any], file: str, errs: _Collector,
                    country_at: tuple[str, int] | None = None) -> None:
    thresholds = settings.get("thresholds")
    if not isinstance(thresholds, Mapping) or any(
        not isinstance(thresholds.get(a), int | float) for a in ACTIONS
    ):
        errs.add(file, 0, "thresholds must give a number for each of tag, quarantine, block")
    elif not thresholds["tag"] <= thresholds["quarantine"] <= thresholds["block"]:
        errs.add(file, 0, "thresholds must satisfy tag <= quarantine <= block")
    groups = settings.get("groups")
    if not isinstance(groups, Mapping) or not groups:
        errs.add(file, 0, "groups must be a non-empty mapping of group name to {cap, floor}")
    else:
        for name, spec in groups.items():
            if not isinstance(spec, Mapping):
                errs.add(file, 0, f"group {name!r} must be a mapping")
                continue
            for key in ("cap", "floor"):
                if key in spec and not isinstance(spec[key], int | float):
                    errs.add(file, 0, f"group {name!r}: {key} must be a number")
    country = settings.get("country")
    where, line = country_at or (file, 0)
    if not isinstance(country, Mapping):
        errs.add(where, line, "country must be a mapping: a preset and/or a numbering plan")
    else:
        if not isinstance(country.get("by_recipient", False), bool):
            errs.add(where, line, "country: by_recipient must be true or false")
        try:
            country_plan(country)
        except ValueError as exc:
            reason = str(exc)
            errs.add(where, line, reason if reason.startswith("country") else f"country: {reason}")
    if not isinstance(settings.get("url"), Mapping):
        errs.add(file, 0, "url must map risky_tlds, shorteners, allow_domains, block_domains, "
                 "protected_domains to list names")


def _load_settings(
    shipped: Path, local: Path | None, errs: _Collector
) -> tuple[dict[str, Any], dict[str, Any], str]:
    settings_path = shipped / SETTINGS_FILE
    settings: dict[str, Any] = {}
    overrides: dict[str, Any] = {}
    country_at: tuple[str, int] | None = None
    try:
        doc = read_yaml(settings_path)
        if not isinstance(doc, Mapping):
            errs.add(settings_path, 1, "settings must be a mapping")
        else:
            settings = dict(doc)
    except PackError as exc:
        errs.extend(exc)
    if local is not None and (local / OVERRIDES_FILE).is_file():
        path = local / OVERRIDES_FILE
        try:
            doc = read_yaml(path)
            if doc is None:
                doc = {}
            if not isinstance(doc, Mapping):
                errs.add(path, 1, "overrides must be a mapping")
            else:
                known = {"scores", "disable", "status", "thresholds", "groups", "country", "url",
                         "spelling_variants"}
                for key in doc:
                    if key not in known:
                        errs.add(path, line_of(doc, [key]),
                                 f"unknown override {key!r} (known: {', '.join(sorted(known))})")
                overrides = dict(doc)
                for key in ("thresholds", "groups", "url"):
                    if isinstance(doc.get(key), Mapping):
                        settings = _merge(settings, {key: doc[key]})
                country = doc.get("country")
                if isinstance(country, str):  # `country: SG`, a preset's code
                    country = {"preset": country}
                if isinstance(country, Mapping) and "preset" in country:
                    # A preset replaces the shipped plan (its by_recipient stays); keys next to
                    # it override the preset.
                    shipped_country = settings.get("country")
                    kept = ({k: v for k, v in shipped_country.items() if k == "by_recipient"}
                            if isinstance(shipped_country, Mapping) else {})
                    settings["country"] = {**kept, **country}
                elif isinstance(country, Mapping):
                    settings = _merge(settings, {"country": country})
                if "country" in doc:
                    country_at = (str(path), line_of(doc, ["country"]))
                    if not isinstance(doc["country"], str | Mapping):
                        errs.add(path, country_at[1],
                                 "country must be a preset's code or a mapping")
                if "spelling_variants" in doc:
                    settings["spelling_variants"] = doc["spelling_variants"]
        except PackError as exc:
            errs.extend(exc)
    _check_settings(settings, str(settings_path), errs, country_at)
    return settings, overrides, str(settings_path)


def _pack_files(shipped: Path, local: Path | None) -> list[Path]:
    files = sorted(p for p in shipped.glob("*.yaml") if p.name != SETTINGS_FILE)
    if local is not None:
        files += sorted(
            p for p in local.glob("*.yaml") if p.name not in (SETTINGS_FILE, OVERRIDES_FILE)
        )
    return files


def _walk(node: Any, path: list[Any]) -> Iterator[tuple[Any, Any, list[Any]]]:
    """Yield ``(key, value, path)`` for every mapping entry in a condition tree, depth first."""
    if isinstance(node, Mapping):
        for key, value in node.items():
            yield key, value, path + [key]
            yield from _walk(value, path + [key])
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from _walk(item, path + [i])


def _iter_list_refs(cond: Any, path: list[Any]) -> Iterator[tuple[str, list[Any]]]:
    """Yield each list a condition refers to (``{list: NAME}``, ``{lists: [NAME, ...]}``)."""
    for key, value, where in _walk(cond, path):
        if key == "list" and isinstance(value, str):
            yield value, where
        elif key == "lists" and isinstance(value, list):
            for i, name in enumerate(value):
                if isinstance(name, str):
                    yield name, where + [i]


def _iter_inline_keywords(cond: Any, path: list[Any]) -> Iterator[tuple[str, list[Any]]]:
    """Yield each keyword written inline in a condition (``keywords: [...]``) with its path."""
    for key, value, where in _walk(cond, path):
        if key == "keywords" and isinstance(value, list):
            for i, word in enumerate(value):
                if isinstance(word, str):
                    yield word, where + [i]


def load_packset(
    shipped_dir: str | Path | None = None, local_dir: str | Path | None = None
) -> PackSet:
    """Load and validate a pack set.

    Args:
        shipped_dir: The shipped packs (default: ``rules/packs`` of this package).
        local_dir: A deployment's directory of extra packs, ``overrides.yaml`` and
            ``lists/*.txt`` additions, or ``None``.

    Returns:
        The validated :class:`PackSet`.

    Raises:
        PackSetError: Every problem found, each with file, line and reason.
    """
    shipped = Path(shipped_dir) if shipped_dir is not None else SHIPPED_DIR
    local = Path(local_dir) if local_dir is not None else None
    errs = _Collector()
    if not shipped.is_dir():
        errs.add(shipped, 0, "rules directory does not exist")
        errs.raise_if_any()
    if local is not None and not local.is_dir():
        errs.add(local, 0, "local rules directory does not exist")
        errs.raise_if_any()

    settings, overrides, settings_file = _load_settings(shipped, local, errs)
    lists = _load_lists([shipped] + ([local] if local is not None else []), errs)
    raw_groups = settings.get("groups")
    groups: Mapping[str, Any] = raw_groups if isinstance(raw_groups, Mapping) else {}
    for key, name in (settings.get("url") or {}).items():
        if name not in lists:
            errs.add(settings_file, 0, f"url.{key} names list {name!r}, which does not exist")
    variants = settings.get("spelling_variants")
    if variants is not None and variants not in lists:
        errs.add(settings_file, 0,
                 f"spelling_variants names list {variants!r}, which does not exist")

    score_over = overrides.get("scores") or {}
    status_over = overrides.get("status") or {}
    disabled = set(overrides.get("disable") or [])
    seen: dict[str, str] = {}
    retired: set[str] = set()
    pack_names: dict[str, str] = {}
    packs: list[PackSpec] = []
    for path in _pack_files(shipped, local):
        try:
            doc, text = _read_yaml_text(path)
        except PackError as exc:
            errs.extend(exc)
            continue
        file = str(path)
        schema_errors = _schema_errors(text, doc)
        if schema_errors:
            for error in schema_errors:
                best = jsonschema.exceptions.best_match([error])
                where = "/".join(str(p) for p in best.absolute_path) or "(top)"
                errs.add(file, line_of(doc, list(best.absolute_path)), f"{where}: {best.message}")
            continue
        meta = doc["pack"]
        if meta["name"] != path.stem:
            errs.add(file, line_of(doc, ["pack", "name"]),
                     f"pack name {meta['name']!r} must equal the file name {path.stem!r}")
        if meta["name"] in pack_names:
            errs.add(file, line_of(doc, ["pack", "name"]),
                     f"pack {meta['name']!r} already defined in {pack_names[meta['name']]}")
        pack_names[meta["name"]] = file
        rules: list[RuleSpec] = []
        for index, rule in enumerate(doc["rules"]):
            line = line_of(doc, ["rules", index])
            rid = rule["id"]
            if rid in seen:
                errs.add(file, line, f"duplicate rule id {rid} (first defined at {seen[rid]})")
                continue
            seen[rid] = f"{file}:{line}"
            status = status_over.get(rid, rule["status"])
            if status == "deprecated":
                retired.add(rid)
                continue
            if rule["group"] not in groups:
                errs.add(file, line_of(doc, ["rules", index, "group"]),
                         f"{rid}: unknown group {rule['group']!r} (settings.yaml groups: "
                         f"{', '.join(groups)})")
            for name, ref_path in _iter_list_refs(rule["match"], ["rules", index, "match"]):
                if name not in lists:
                    errs.add(file, line_of(doc, ref_path), f"{rid}: unknown list {name!r}")
            for word, word_path in _iter_inline_keywords(rule["match"], ["rules", index, "match"]):
                if word.startswith("@"):
                    errs.add(file, line_of(doc, word_path),
                             f"{rid}: keyword {word!r} {_AT_KEYWORD}")
            if rid in disabled:
                continue
            examples = tuple(
                _example(raw, kind == "hit", rule["examples"][kind].item_lines[i])
                for kind in ("hit", "miss")
                for i, raw in enumerate(rule["examples"][kind])
            )
            rules.append(RuleSpec(
                id=rid,
                title=rule["title"],
                description=rule["description"],
                group=rule["group"],
                score=float(score_over.get(rid, rule["score"])),
                status=status,
                tags=tuple(rule.get("tags", ())),
                references=tuple(rule.get("references", ())),
                match=rule["match"],
                examples=examples,
                pack=meta["name"],
                file=file,
                line=line,
            ))
        packs.append(PackSpec(meta["name"], str(meta["version"]), meta["description"], file,
                              tuple(rules)))
    for kind, ids in (("scores", score_over), ("status", status_over),
                      ("disable", disabled)):
        for rid in ids:
            if rid not in seen and local is not None:
                path = local / OVERRIDES_FILE
                errs.add(path, 0, f"{kind}: unknown rule id {rid}")
    errs.raise_if_any()
    return PackSet(tuple(packs), settings, lists, settings_file, frozenset(retired))
