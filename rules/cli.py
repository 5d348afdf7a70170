"""Engine commands of the ``smishwall`` command line: ``scan``, ``explain``, ``rules``.

None of them touches Kafka. The gateway adds its own commands to the parser built here
(:func:`build_parser` exposes the sub-command action as ``parser._subcommands``).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from rules.engine import Engine, Verdict, load
from rules.errors import PackError, PackSetError
from rules.loader import SETTINGS_FILE

RULES_DIR_ENV = "SMISHWALL_RULES_DIR"
REQUIRED_FIELDS = ("id", "body")


def _dirs(directory: str | None) -> tuple[str | None, str | None]:
    """Return (shipped_dir, local_dir) for a directory argument."""
    if directory is None:
        return None, os.environ.get(RULES_DIR_ENV) or None
    if (Path(directory) / SETTINGS_FILE).is_file():
        return directory, None
    return None, directory


def _load(directory: str | None) -> Engine:
    shipped, local = _dirs(directory)
    return load(local_dir=local, shipped_dir=shipped)


def _report_pack_errors(exc: PackError, out: IO[str]) -> None:
    errors = exc.errors if isinstance(exc, PackSetError) else [exc]
    for error in errors:
        print(f"{error.file}:{error.line}: {error.reason}", file=out)
    print(f"{len(errors)} error(s); pack set rejected", file=out)


def _engine_or_report(directory: str | None) -> Engine | None:
    """Load the pack set, or print every error (file:line: reason) and return None."""
    try:
        return _load(directory)
    except PackError as exc:
        _report_pack_errors(exc, sys.stderr)
        return None


def cmd_validate(args: argparse.Namespace) -> int:
    """Validate a pack set (schema, ids, lists, patterns) and compile it."""
    engine = _engine_or_report(args.directory)
    if engine is None:
        return 1
    lists = len(engine.packset.lists)
    print(f"ok: {len(engine.versions)} packs, {engine.rule_count} rules, {lists} lists, "
          f"{engine.pattern_counts['body']} body literals, numbering plan {engine.numbering_plan}")
    return 0


def cmd_test(args: argparse.Namespace) -> int:
    """Run every rule's hit and miss examples; report file:line for each failure."""
    engine = _engine_or_report(args.directory)
    if engine is None:
        return 1
    failures = 0
    checked = 0
    for rule in engine.rules:
        for example in rule.examples:
            checked += 1
            verdict = engine.screen(example.sender, example.body, example.recipient,
                                    by_recipient=True)
            fired = any(r.id == rule.id for r in verdict.rules)
            if fired != example.expect_hit:
                failures += 1
                want = "hit" if example.expect_hit else "miss"
                print(f"{rule.file}:{example.line}: {rule.id}: expected {want}, rule "
                      f"{'fired' if fired else 'did not fire'} (score {verdict.score}, "
                      f"action {verdict.action})", file=sys.stderr)
    print(f"{checked} examples of {engine.rule_count} rules: {failures} failure(s)",
          file=sys.stderr if failures else sys.stdout)
    return 1 if failures else 0


def iter_events(stream: IO[str]) -> Iterator[tuple[int, dict[str, Any] | None, str]]:
    """Yield ``(line number, event or None, error reason)`` for each non-blank JSON line."""
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            event = json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, None, f"invalid-json: {exc.msg}"
            continue
        if not isinstance(event, dict):
            yield number, None, "wrong-type: event is not a JSON object"
            continue
        missing = [f for f in REQUIRED_FIELDS if f not in event]
        if missing:
            yield number, None, f"missing-field: {', '.join(missing)}"
        elif not isinstance(event["body"], str):
            yield number, None, "wrong-type: body is not a string"
        else:
            yield number, event, ""


def cmd_scan(args: argparse.Namespace) -> int:
    """Screen a JSON Lines file; one verdict line per event on stdout, a summary on stderr."""
    engine = _engine_or_report(args.rules)
    if engine is None:
        return 1
    actions: Counter[str] = Counter()
    rules: Counter[str] = Counter()
    errors = 0
    started = time.perf_counter()
    stream = sys.stdin if args.file == "-" else open(args.file, encoding="utf-8")  # noqa: SIM115
    out = sys.stdout
    with stream:
        for number, event, reason in iter_events(stream):
            if event is None:
                errors += 1
                out.write(json.dumps({"line": number, "error": reason}) + "\n")
                continue
            sender = event.get("sender")
            verdict = engine.screen(None if sender is None else str(sender), event["body"],
                                    str(event.get("recipient") or ""))
            actions[verdict.action] += 1
            rules.update(r.id for r in verdict.rules)
            out.write(json.dumps({"id": event["id"], "verdict": verdict.to_dict()},
                                 ensure_ascii=False) + "\n")
    elapsed = time.perf_counter() - started
    total = sum(actions.values())
    summary = ", ".join(f"{a} {actions[a]}" for a in ("deliver", "tag", "quarantine", "block"))
    print(f"{total} screened ({summary}), {errors} invalid, {elapsed:.2f} s", file=sys.stderr)
    for rule_id, count in rules.most_common(10):
        print(f"  {count:6d}  {rule_id}", file=sys.stderr)
    return 0


def highlight(text: str, spans: list[tuple[int, int]], color: bool) -> str:
    """Return ``text`` with the given spans marked (ANSI reverse video or ``[[...]]``)."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    left, right = ("\x1b[7m", "\x1b[0m") if color else ("[[", "]]")
    out, pos = [], 0
    for start, end in merged:
        out += [text[pos:start], left, text[start:end], right]
        pos = end
    out.append(text[pos:])
    return "".join(out)


def format_verdict(verdict: Verdict, body: str, color: bool = False) -> str:
    """Render a verdict for people: action, score, each rule and the marked text."""
    packs = ", ".join(f"{name} {version}" for name, version in verdict.packs.items())
    lines = [f"action: {verdict.action}   score: {verdict.score}   "
             f"({verdict.elapsed_us} µs, packs {packs})"]
    spans: list[tuple[int, int]] = []
    for rule in verdict.rules:
        mode = " shadow" if rule.shadow else ""
        fields = ",".join(sorted({f for f, _, _ in rule.spans})) or "-"
        lines.append(f"  {rule.score:+6.2f}  {rule.id}{mode}  [{rule.group}] on {fields}")
        spans += [(s, e) for f, s, e in rule.spans if f == "body"]
    lines.append("")
    lines.append(highlight(body, spans, color))
    return "\n".join(lines)


def cmd_explain(args: argparse.Namespace) -> int:
    """Screen one message given on the command line and show why."""
    engine = _engine_or_report(args.rules)
    if engine is None:
        return 1
    verdict = engine.screen(args.sender, args.text, args.recipient or "")
    if args.json:
        print(json.dumps(verdict.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_verdict(verdict, args.text, color=sys.stdout.isatty()))
    return 0


def build_parser() -> argparse.ArgumentParser:
    """Return the ``smishwall`` parser with the engine commands registered."""
    parser = argparse.ArgumentParser(prog="smishwall", description="SMS firewall.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    parser._subcommands = sub  # type: ignore[attr-defined]

    scan = sub.add_parser("scan", help="screen a JSON Lines file of events offline")
    scan.add_argument("file", help="JSON Lines with id, sender, recipient, body, ts ('-' = stdin)")
    scan.add_argument("--rules", help=f"local rules directory (default: ${RULES_DIR_ENV})")
    scan.set_defaults(func=cmd_scan)

    explain = sub.add_parser("explain", help="screen one message and show the matched spans")
    explain.add_argument("text", help="the message body")
    explain.add_argument("--sender", default="", help="the sender number or id")
    explain.add_argument("--recipient", default="", help="the recipient number")
    explain.add_argument("--rules", help=f"local rules directory (default: ${RULES_DIR_ENV})")
    explain.add_argument("--json", action="store_true", help="print the verdict as JSON")
    explain.set_defaults(func=cmd_explain)

    rules = sub.add_parser("rules", help="validate and test rule packs")
    rules_sub = rules.add_subparsers(dest="rules_command", required=True, metavar="ACTION")
    validate = rules_sub.add_parser("validate", help="check packs against the schema")
    validate.add_argument("directory", nargs="?",
                          help="a local rules directory, or a full packs directory with "
                               "settings.yaml (default: shipped packs + $SMISHWALL_RULES_DIR)")
    validate.set_defaults(func=cmd_validate)
    test = rules_sub.add_parser("test", help="run every rule's examples")
    test.add_argument("directory", nargs="?", help="as for validate")
    test.set_defaults(func=cmd_test)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the engine commands alone (the installed script also has the gateway's)."""
    args = build_parser().parse_args(argv)
    return int(args.func(args) or 0)
