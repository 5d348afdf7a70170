"""The compiled build of the engine against its Python sources, in alternating rounds.

Each round starts one process per build (the sources are forced with
``SMISHWALL_PURE_PYTHON=1``, see ``rules/build.py``), in alternating order; each loads the
default packs (plus ``--extra`` keywords, as ``engine_bench.py`` adds them), screens the demo
traffic once to warm up, then ``--passes`` times, and reports its median rate per CPU-second
and a digest of every verdict (action, score, fired rules). The script prints both builds'
medians, the median of the per-round ratios with its quartiles, and whether the verdicts
are identical.

With ``--baseline-tree DIR`` (a checkout of an earlier commit, built with
``python setup.py build_ext --inplace`` there), the compiled build of this checkout is
compared with the compiled build of that one instead: the cost or gain of an engine change,
with the verdicts of both compared.

Usage: python bench/build_ab.py [--rounds 7] [--passes 3] [--extra 10000] [--baseline-tree DIR]
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


def run_child(pure: bool, extra: int, passes: int, tree: Path = ROOT) -> dict:
    env = dict(os.environ)
    env.pop("SMISHWALL_PURE_PYTHON", None)
    if pure:
        env["SMISHWALL_PURE_PYTHON"] = "1"
    out = subprocess.run([sys.executable, "-c", CHILD, str(tree), str(extra), str(passes)],
                         env=env, capture_output=True, text=True, check=True, timeout=600)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--extra", type=int, default=10_000,
                        help="extra keywords loaded beside the default packs (0 for none)")
    parser.add_argument("--baseline-tree", type=Path, default=None,
                        help="compare with the compiled build of this checkout instead of "
                             "this checkout's sources")
    args = parser.parse_args()
    if args.baseline_tree is not None:
        compare_trees(args)
        return
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


def compare_trees(args: argparse.Namespace) -> None:
    """Compiled build of this checkout against the compiled build of ``args.baseline_tree``."""
    new: list[float] = []
    old: list[float] = []
    digests: dict[str, str] = {}
    for i in range(args.rounds):
        order = (ROOT, args.baseline_tree) if i % 2 == 0 else (args.baseline_tree, ROOT)
        result = {}
        for tree in order:
            result[tree] = run_child(False, args.extra, args.passes, tree)
            if result[tree]["build"] != "compiled":
                sys.exit(f"{tree}: no compiled build in use "
                         f"({result[tree]['why'] or 'none built'})")
            digests[str(tree)] = result[tree]["digest"]
        new.append(result[ROOT]["rate"])
        old.append(result[args.baseline_tree]["rate"])
        print(f"round {i + 1}: this checkout {new[-1]:,.0f} msg/s, "
              f"baseline {old[-1]:,.0f} msg/s, ratio {new[-1] / old[-1]:.2f}", flush=True)
    ratios = sorted(n / o for n, o in zip(new, old, strict=True))
    q1, q3 = ratios[len(ratios) // 4], ratios[(3 * len(ratios)) // 4]
    print(f"\ndefault packs + {args.extra:,} keywords, median of {args.rounds} rounds "
          f"({args.passes} passes each), one core, both compiled:")
    print(f"  this checkout: {statistics.median(new):>9,.0f} msg/s "
          f"({1e6 / statistics.median(new):.1f} µs/msg)")
    print(f"  baseline:      {statistics.median(old):>9,.0f} msg/s "
          f"({1e6 / statistics.median(old):.1f} µs/msg)")
    print(f"  ratio this / baseline: {statistics.median(ratios):.2f} "
          f"(quartiles {q1:.2f}-{q3:.2f})")
    same = len(set(digests.values())) == 1
    print(f"  verdicts identical: {'yes' if same else 'NO (the rules or packs differ)'}")


if __name__ == "__main__":
    main()
