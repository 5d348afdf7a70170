"""Worst-case screening cost: the longest bodies packed with keywords, links or dotted words.

Prints, per crafted body of ``SMISHWALL_MAX_BODY_CHARS`` (1,600) characters, the median time to
screen it and to build its verdict with spans (CPU time of this thread, median of several
rounds), with the spans limit in force and with it lifted (``MAX_SPAN_HITS``), beside the
median cost of an ordinary message of the demo traffic.

Usage: python bench/worst_case.py [--rounds 20]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import rules  # noqa: E402
from rules import conditions  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))
from engine_bench import load_traffic  # noqa: E402

LENGTH = 1600
SENDER = "+614913117945"
BODIES = {
    "Chinese keywords": "医保账户失效验证码冻结",
    "English keywords": "account locked verify now click ",
    "links": "www.a1.top ",
    "dotted words": "a.b ",
    "mixed lure": "【医保局】您的医保卡已失效 http://x.top 验证码 account locked ",
    "spaced Chinese": " ".join("医保账户失效") + " ",
    "dotted numbers": "1.2.3.4 ",
    "brackets": "【",
    "unclosed quotes": "“",
    "quoted lures": "又来了 “您的医保卡已失效，请登录 http://x.top 认证” 是假的 ",
    "spaced digits": "1 ",
    "short quotes": '"积分清零"',
    "look-alike TLDs": "pay-a.c0m ",
    "wallet addresses": "0.5 BTC bc1qz8k4m2r7t9x3v6w5p0c8n2j4h6g8f0d2s4a6l9 in 24h ",
    "extortion threats": "还剩3小时，删了备份再转两万才肯删，视频发给你老婆，自己想清楚。",
}


def cpu_ms(fn: Callable[[], object], rounds: int) -> float:
    """Median CPU milliseconds of one call of ``fn`` over ``rounds`` calls."""
    fn()
    times = []
    for _ in range(rounds):
        started = time.thread_time()
        fn()
        times.append(time.thread_time() - started)
    return 1000 * statistics.median(times)


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    engine = rules.load()
    limit = conditions.MAX_SPAN_HITS

    def ordinary() -> None:
        for sender, body in traffic:
            verdict = engine.screen(sender, body)
            verdict.to_dict(verdict.action != "deliver")

    traffic = load_traffic()
    per_message = cpu_ms(ordinary, max(3, args.rounds // 5)) / len(traffic)
    print(f"ordinary message (demo traffic, {len(traffic)} messages): "
          f"{1000 * per_message:.0f} µs screened with its verdict")
    print(f"\n{LENGTH}-character bodies, ms (median of {args.rounds}); spans limited to the "
          f"first {limit} hits, and with no limit:")
    print(f"  {'body':<18} {'screen':>7} {'+ spans':>8} {'+ spans, no limit':>18}  action")
    for name, unit in BODIES.items():
        body = (unit * (LENGTH // len(unit) + 1))[:LENGTH]
        screen = cpu_ms(lambda b=body: engine.screen(SENDER, b), args.rounds)
        full = cpu_ms(lambda b=body: engine.screen(SENDER, b).to_dict(True), args.rounds)
        conditions.MAX_SPAN_HITS = 1 << 30
        try:
            unlimited = cpu_ms(lambda b=body: engine.screen(SENDER, b).to_dict(True), args.rounds)
        finally:
            conditions.MAX_SPAN_HITS = limit
        action = engine.screen(SENDER, body).action
        # Differences of medians: a body with no spans can come out a hair below zero.
        spans, spans_unlimited = max(full - screen, 0.0), max(unlimited - screen, 0.0)
        print(f"  {name:<18} {screen:7.2f} {spans:8.2f} {spans_unlimited:18.2f}  "
              f"{action}")


if __name__ == "__main__":
    main()
