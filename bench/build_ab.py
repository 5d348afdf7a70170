"""The compiled build of the engine against its Python sources, in alternating rounds.

Each round starts one process per build (the sources are forced with
``SMISHWALL_PURE_PYTHON=1``, see ``rules/build.py``), in alternating order; each loads the
default packs (plus ``--extra`` keywords, as ``engine_bench.py`` adds them), screens the demo
traffic once to warm up, then ``--passes`` times, and reports its median rate per CPU-second
and a digest of every verdict (action, score, fired rules). The script prints both builds'
medians, the median of the per-round ratios with its quartiles, and whether the verdicts
are identical.

Usage: python bench/build_ab.py [--rounds 7] [--passes 3] [--extra 10000]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import gc, hashlib, json, statistics, sys, tempfile, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
sys.path.insert(0, str(Path(sys.argv[1]) / "bench"))
import rules
from rules import build
from engine_bench import extra_keywords, load_traffic, local_dir_with
traffic = load_traffic()
extra, passes = int(sys.argv[2]), int(sys.argv[3])
with tempfile.TemporaryDirectory() as tmp:
    local = local_dir_with(extra_keywords(extra, traffic), Path(tmp)) if extra else None
    engine = rules.load(local_dir=local)
gc.freeze()
screen = engine.screen
digest = hashlib.sha256()
for sender, body in traffic:
    v = screen(sender, body)
    digest.update(f"{v.action}|{v.score}|{','.join(r.id for r in v.rules)}\n".encode())
rates = []
for _ in range(passes):
    started = time.thread_time()
    for sender, body in traffic:
        screen(sender, body)
    rates.append(len(traffic) / (time.thread_time() - started))
print(json.dumps({"build": build.KIND, "why": build.REASON, "rate": statistics.median(rates),
                  "digest": digest.hexdigest(), "messages": len(traffic)}))
"""


def run_child(pure: bool, extra: int, passes: int) -> dict:
    env = dict(os.environ)
    env.pop("SMISHWALL_PURE_PYTHON", None)
    if pure:
        env["SMISHWALL_PURE_PYTHON"] = "1"
    out = subprocess.run([sys.executable, "-c", CHILD, str(ROOT), str(extra), str(passes)],
                         env=env, capture_output=True, text=True, check=True, timeout=600)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--extra", type=int, default=10_000,
                        help="extra keywords loaded beside the default packs (0 for none)")
    args = parser.parse_args()
    compiled: list[float] = []
    source: list[float] = []
    digests: set[str] = set()
    kinds: set[str] = set()
    for i in range(args.rounds):
        order = (False, True) if i % 2 == 0 else (True, False)
        result = {}
        for pure in order:
            result[pure] = run_child(pure, args.extra, args.passes)
            digests.add(result[pure]["digest"])
        kinds.add(result[False]["build"])
        if result[False]["build"] != "compiled":
            sys.exit(f"no compiled build in use ({result[False]['why'] or 'none built'}): "
                     "run `make venv` first")
        compiled.append(result[False]["rate"])
        source.append(result[True]["rate"])
        print(f"round {i + 1}: compiled {compiled[-1]:,.0f} msg/s, "
              f"sources {source[-1]:,.0f} msg/s, ratio {compiled[-1] / source[-1]:.2f}",
              flush=True)
    ratios = sorted(c / s for c, s in zip(compiled, source, strict=True))
    q1, q3 = ratios[len(ratios) // 4], ratios[(3 * len(ratios)) // 4]
    messages = result[False]["messages"]
    print(f"\n{messages} messages, default packs + {args.extra:,} keywords, median of "
          f"{args.rounds} rounds ({args.passes} passes each), one core:")
    print(f"  compiled (mypyc):  {statistics.median(compiled):>9,.0f} msg/s "
          f"({1e6 / statistics.median(compiled):.1f} µs/msg)")
    print(f"  Python sources:    {statistics.median(source):>9,.0f} msg/s "
          f"({1e6 / statistics.median(source):.1f} µs/msg)")
    print(f"  ratio compiled / sources: {statistics.median(ratios):.2f} "
          f"(quartiles {q1:.2f}-{q3:.2f})")
    print(f"  verdicts identical in both builds: {'yes' if len(digests) == 1 else 'NO'}")
    if len(digests) != 1:
        sys.exit(1)


if __name__ == "__main__":
    main()
