"""Cost of a pack change: the engine with a baseline pack set against the current one.

Both engines are loaded in one process and screen the demo traffic in alternating rounds (the
order swapped every round), so a neighbour's burst or a frequency change hits both sides of
each ratio alike. Prints the median µs per message of each and the median of the per-round
ratios with their quartiles. Rates are per CPU-second of this thread.

Usage, e.g. against the packs of an earlier commit:

    git archive <commit> rules/packs | tar -x -C /tmp/baseline
    python bench/packs_ab.py --baseline /tmp/baseline/rules/packs [--rounds 15]

or against the engine code and packs of an earlier commit (its whole checkout):

    git worktree add /tmp/old <commit>
    python bench/packs_ab.py --baseline-code /tmp/old
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from engine_bench import engine_rate, load_traffic  # noqa: E402
from other_tree import load_engine  # noqa: E402

import rules  # noqa: E402


def per_message_us(engine: Any, traffic: list[tuple[str, str]]) -> float:
    """CPU µs per message of one pass of ``engine.screen`` over the traffic."""
    return 1e6 / engine_rate(engine, traffic, 1)


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--baseline", help="a shipped-packs directory to compare")
    parser.add_argument("--baseline-code", help="a checkout whose engine code (and, without "
                        "--baseline, packs) to compare")
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    if not (args.baseline or args.baseline_code):
        parser.error("give --baseline, --baseline-code or both")
    traffic = load_traffic()
    if args.baseline_code:
        baseline = load_engine(args.baseline_code, args.baseline)
    else:
        baseline = rules.load(shipped_dir=args.baseline)
    current = rules.load()
    print(f"baseline: {baseline.rule_count} rules, {baseline.pattern_counts['body']} body "
          f"literals; current: {current.rule_count} rules, "
          f"{current.pattern_counts['body']} body literals; {len(traffic)} messages")
    gc.freeze()
    for engine in (baseline, current):  # warm-up: caches, RE2's lazily built automata
        per_message_us(engine, traffic)
    base_us: list[float] = []
    cur_us: list[float] = []
    for i in range(args.rounds):
        if i % 2:
            cur_us.append(per_message_us(current, traffic))
            base_us.append(per_message_us(baseline, traffic))
        else:
            base_us.append(per_message_us(baseline, traffic))
            cur_us.append(per_message_us(current, traffic))
    ratios = sorted(c / b for b, c in zip(base_us, cur_us, strict=True))
    q1, q3 = ratios[len(ratios) // 4], ratios[(3 * len(ratios)) // 4]
    print(f"baseline {statistics.median(base_us):.1f} µs/msg, current "
          f"{statistics.median(cur_us):.1f} µs/msg; current/baseline "
          f"{statistics.median(ratios):.3f} (median of {len(ratios)} per-round ratios, "
          f"quartiles {q1:.3f}-{q3:.3f})")


if __name__ == "__main__":
    main()
