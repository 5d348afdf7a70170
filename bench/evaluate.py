"""Detection and false-positive figures of the default packs on labelled corpora.

For each benign file: how many messages would be held (quarantine or block) or tagged.
For each smishing file: how many are delivered, and how many fall below the least severe action
an operator would accept (``min_action``), with a confusion table of expected vs actual.

``tests/holdout/``, ``tests/holdout2/`` and ``tests/holdout3/`` were written apart from the rules
and are never used to tune them: their figures are the honest estimate of behaviour on unseen
traffic.

Usage: python bench/evaluate.py [--show-misses] [--packs DIR] [--code TREE] [--by-recipient]

``--packs`` screens with another shipped-packs directory, e.g. an earlier commit's
(``git archive <commit> rules/packs | tar -x -C /tmp/baseline``, then
``--packs /tmp/baseline/rules/packs``), to compare packs on the same sets; ``--code TREE``
screens with the engine and packs of another checkout (``git worktree add /tmp/old <commit>``).
``--by-recipient`` classifies each sender by the numbering plan of its recipient's country
(``country: {by_recipient: true}``), as a deployment in that market would, instead of the
shipped mainland plan.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from other_tree import load_engine  # noqa: E402

import rules  # noqa: E402

SEVERITY = {"deliver": 0, "tag": 1, "quarantine": 2, "block": 3}
SETS = [(name, ROOT / "tests" / name)
        for name in ("corpus", "batch2", "batch3", "holdout", "holdout2", "holdout3", "batch4",
                     "batch5", "batch6", "batch7", "batch8", "batch9", "batch10", "batch11",
                     "batch12", "batch13", "batch14", "batch15", "batch16", "batch17", "batch18",
                     "batch19", "batch20", "batch21", "batch22", "batch23", "batch24", "batch25",
                     "batch26", "batch27", "batch28", "batch29", "batch30", "batch31",
                     "batch32", "batch33", "batch34", "batch35", "holdout4", "holdout5",
                     "holdout6", "holdout7", "holdout8", "holdout9", "holdout10", "holdout11",
                     "batch36", "batch37", "holdout12", "holdout13",
                     "batch38", "holdout14", "batch39", "batch40", "batch41", "holdout15",
                     "batch42", "batch43", "batch44", "holdout16", "batch45", "batch46",
                     "holdout17", "batch47", "holdout18", "batch48", "batch49",
                     "holdout19", "batch50", "batch51", "holdout20", "batch52",
                     "holdout21", "batch53", "holdout22", "batch54", "holdout23",
                     "batch55", "holdout24", "batch56", "holdout25", "batch57", "holdout26",
                     "batch58", "holdout27", "batch59", "holdout28", "batch60", "holdout29",
                     "batch61", "holdout30", "batch62", "holdout31", "batch63", "holdout32",
                     "batch64", "holdout33", "batch65", "holdout34",
                     "batch66", "holdout35", "batch67", "holdout36",
                     "batch68", "holdout37", "batch69", "holdout38",
                     "batch70", "holdout39", "batch71", "holdout40",
                     "batch72", "holdout41", "batch73", "batch74", "holdout42", "holdout43",
                     "batch75", "batch76", "holdout44", "holdout45",
                     "batch77", "batch78", "holdout46", "holdout47", "batch79", "holdout48",
                     "batch80", "holdout49", "batch81", "holdout50", "batch82", "holdout51",
                     "batch83", "holdout52", "batch84", "holdout53",
                     "batch85", "holdout54", "batch86", "holdout55",
                     "batch87", "holdout56", "batch88", "holdout57", "batch89", "holdout58",
                     "batch90", "holdout59", "batch91", "holdout60", "batch92", "holdout61",
                     "batch93", "holdout62", "batch94", "holdout63", "batch95", "holdout64",
                     "batch96", "holdout65", "batch97", "holdout66", "batch98", "holdout67",
                     "batch99", "holdout68", "batch100", "holdout69", "batch101", "holdout70",
                     "batch102", "holdout71", "batch103", "holdout72", "batch104", "holdout73",
                     "batch105", "holdout74", "batch106", "holdout75",
                     "batch107", "holdout76", "batch108", "holdout77", "batch109", "holdout78",
                     "batch110", "holdout79", "batch111", "holdout80", "batch112", "holdout81",
                     "batch113", "holdout82", "batch114", "holdout83", "batch115", "holdout84",
                     "batch116", "holdout85", "batch117", "holdout86", "batch118", "holdout87",
                     "batch119", "holdout88", "batch120", "holdout89", "batch121", "holdout90",
                     "batch122", "holdout91", "batch123", "holdout92",
                     "batch124", "holdout93", "batch125", "holdout94",
                     "batch126", "holdout95", "batch127", "holdout96",
                     "batch128", "holdout97", "batch129", "holdout98",
                     "batch130", "holdout99", "batch131", "holdout100",
                     "batch132", "holdout101", "batch133", "holdout102",
                     "batch134", "holdout103", "batch135", "holdout104",
                     "batch136", "holdout105", "batch137", "holdout106",
                     "batch138", "holdout107", "batch139", "holdout108",
                     "batch140", "holdout109", "batch141", "holdout110",
                     "batch142", "holdout111", "batch143", "holdout112",
                     "batch144", "holdout113", "batch145", "holdout114",
                     "batch146", "holdout115", "batch147", "holdout116",
                     "batch148", "holdout117", "batch149", "holdout118",
                     "batch150", "holdout119", "batch151", "holdout120",
                     "batch152", "holdout121", "batch153", "holdout122",
                     "batch154", "holdout123", "batch155", "holdout124",
                     "batch156", "holdout125", "batch157", "holdout126",
                     "batch158", "holdout127", "batch159", "holdout128",
                     "batch160", "holdout129", "batch161", "holdout130",
                     "batch162", "holdout131", "batch163", "holdout132",
                     "batch164", "holdout133", "batch165", "holdout134",
                     "batch166", "holdout135", "batch167", "holdout136",
                     "batch168", "holdout137", "batch169", "holdout138",
                     "batch170", "holdout139", "batch171", "holdout140",
                     "batch172", "holdout141", "batch173", "holdout142",
                     "batch174", "holdout143", "batch175", "holdout144",
                     "batch176", "holdout145", "batch177", "holdout146",
                     "batch178", "holdout147", "batch179", "holdout148",
                     "batch180", "holdout149", "batch181", "holdout150",
                     "batch182", "holdout151", "batch183", "holdout152",
                     "batch184", "holdout153", "batch185", "holdout154",
                     "batch186", "holdout155", "batch187", "holdout156",
                     "batch188", "holdout157", "batch189", "holdout158",
                     "batch190", "holdout159", "batch191", "holdout160",
                     "batch192", "holdout161", "batch193", "holdout162",
                     "batch194", "holdout163", "batch195", "holdout164",
                     "batch196", "holdout165", "batch197", "holdout166",
                     "batch198", "holdout167", "batch199", "holdout168",
                     "batch200", "holdout169", "batch201", "holdout170",
                     "batch202", "holdout171", "batch203", "holdout172",
                     "batch204", "holdout173", "batch205", "holdout174",
                     "batch206", "holdout175", "batch207", "holdout176",
                     "batch208", "holdout177", "batch209", "holdout178",
                     "batch210", "holdout179", "batch211", "holdout180",
                     "batch212", "holdout181", "batch213", "holdout182",
                     "batch214", "holdout183", "batch215", "holdout184",
                     "batch216", "holdout185", "batch217", "holdout186",
                     "batch218", "holdout187", "batch219", "holdout188",
                     "batch220", "holdout189", "batch221", "holdout190",
                     "batch222", "holdout191", "batch223", "holdout192",
                     "batch224", "holdout193", "batch225", "holdout194",
                     "batch226", "holdout195", "batch227", "holdout196",
                     "batch228", "holdout197", "batch229", "holdout198",
                     "batch230", "holdout199", "batch231", "holdout200",
                     "batch232", "holdout201", "batch233", "holdout202",
                     "batch234", "holdout203", "batch235", "holdout204",
                     "batch236", "holdout205", "batch237", "holdout206",
                     "batch238", "holdout207", "batch239", "holdout208",
                     "batch240", "holdout209", "batch241", "holdout210",
                     "batch242", "holdout211", "batch243", "holdout212", "batch244", "holdout213",
                     "batch245", "holdout214", "batch246", "holdout215", "batch247", "holdout216",
                     "batch248", "holdout217", "batch249", "holdout218", "batch250", "holdout219",
                     "batch251", "holdout220", "batch252", "holdout221", "batch253", "holdout222",
                     "batch254", "holdout223", "batch255", "holdout224",
                     "batch256", "holdout225", "batch257", "holdout226",
                     "batch258", "holdout227", "batch259", "holdout228",
                     "batch260", "holdout229", "batch261", "holdout230",
                     "batch262", "holdout231", "batch263", "holdout232",
                     "batch264", "holdout233", "batch265", "holdout234",
                     "batch266", "holdout235", "batch267", "holdout236",
                     "batch268", "holdout237", "batch269", "holdout238",
                     "batch270", "holdout239", "batch271", "holdout240",
                     "batch272", "holdout241", "batch273", "holdout242",
                     "batch274", "holdout243", "batch275", "holdout244",
                     "batch276", "holdout245", "batch277", "holdout246",
                     "batch278", "holdout247", "batch279", "holdout248",
                     "batch280", "holdout249", "batch281", "holdout250",
                     "batch282", "holdout251", "batch283", "holdout252",
                     "batch284", "holdout253", "batch285", "holdout254",
                     "batch286", "holdout255", "batch287", "holdout256",
                     "batch288", "holdout257", "batch289", "holdout258",
                     "batch291", "holdout260", "batch292", "holdout261",
                     "batch293", "holdout262", "batch294", "holdout263",
                     "batch295", "holdout264", "batch296", "holdout265",
                     "batch297", "holdout266", "batch298", "holdout267",
                     "batch299", "holdout268", "batch300", "holdout269",
                     "batch290", "holdout259",
                     "batch302", "holdout271", "batch303", "holdout272", "batch304", "holdout273",
                     "batch305", "holdout274", "batch306", "holdout275", "batch307", "holdout276",
                     "batch308", "holdout277", "batch309", "holdout278", "batch310", "holdout279",
                     "batch311", "holdout280", "batch312", "holdout281", "batch313", "holdout282",
                     "batch316", "holdout285", "batch314", "holdout283", "batch315", "holdout284",
                     "batch301", "holdout270", "batch317", "holdout286", "batch318", "holdout287",
                     "batch320", "holdout289", "batch321", "holdout290", "batch322", "holdout291",
                     "batch323", "holdout292", "batch324", "holdout293", "batch325", "holdout294",
                     "batch326", "holdout295", "batch327", "holdout296", "batch328", "holdout297",
                     "batch329", "holdout298", "batch330", "holdout299", "batch331", "holdout300",
                     "batch332", "holdout301", "batch333", "holdout302", "batch319", "holdout288",
                     "batch335",
                     "holdout304",
                     "batch336",
                     "holdout305",
                     "batch337",
                     "holdout306",
                     "batch338",
                     "holdout307",
                     "batch339",
                     "holdout308",
                     "batch340",
                     "holdout309",
                     "batch341",
                     "holdout310",
                     "batch342",
                     "holdout311",
                     "batch343",
                     "holdout312",
                     "batch344",
                     "holdout313",
                     "batch345",
                     "holdout314",
                     "batch346",
                     "holdout315",
                     "batch334",
                     "holdout303",
                     "batch347",
                     "holdout316",
                     "batch348",
                     "holdout317",
                     "batch349",
                     "holdout318",
                     "batch350",
                     "holdout319",
                     "batch351",
                     "holdout320",
                     "batch353",
                     "holdout322",
                     "batch354",
                     "holdout323",
                     "batch355",
                     "holdout324",
                     "batch356",
                     "holdout325",
                     "batch352",
                     "holdout321",
                     "batch358",
                     "holdout327",
                     "batch359",
                     "holdout328",
                     "batch360",
                     "holdout329",
                     "batch361",
                     "holdout330",
                     "batch362",
                     "holdout331",
                     "batch363",
                     "holdout332",
                     "batch364",
                     "holdout333",
                     "batch365",
                     "holdout334",
                     "batch366",
                     "holdout335",
                     "batch367",
                     "holdout336",
                     "batch368",
                     "holdout337",
                     "batch369",
                     "holdout338",
                     "batch357",
                     "holdout326",
                     "batch371",
                     "holdout340",
                     "batch372",
                     "holdout341",
                     "batch373",
                     "holdout342",
                     "batch374",
                     "holdout343",
                     "batch375",
                     "holdout344",
                     "batch376",
                     "holdout345",
                     "batch377",
                     "holdout346",
                     "batch378",
                     "holdout347",
                     "batch379",
                     "holdout348",
                     "batch380",
                     "holdout349",
                     "batch381",
                     "holdout350",
                     "batch382",
                     "holdout351",
                     "batch383",
                     "holdout352",
                     "batch384",
                     "holdout353",
                     "batch385",
                     "holdout354",
                     "batch386",
                     "holdout355",
                     "batch387",
                     "holdout356",
                     "batch388",
                     "holdout357",
                     "holdout339",
                     "batch370",
                     "batch389",
                     "holdout358",
                     "batch390",
                     "holdout359",
                     "batch391",
                     "holdout360",
                     "batch392",
                     "holdout361",
                     "batch393",
                     "holdout362",
                     "batch394",
                     "holdout363",
                     "batch395",
                     "holdout364",
                     "batch396",
                     "holdout365",
                     "batch397",
                     "holdout366",
                     "batch398",
                     "holdout367",
                     "batch399",
                     "holdout368",
                     "batch400",
                     "holdout369",
                     "batch401",
                     "holdout370",
                     "holdout371",
                     "batch402",
                     "batch403",
                     "holdout372",
                     "batch404",
                     "holdout373",
                     "batch405",
                     "holdout374",
                     "batch406",
                     "holdout375",
                     "batch408",
                     "holdout377",
                     "batch409",
                     "holdout378",
                     "batch407",
                     "holdout376",
                     "batch410",
                     "holdout379",
                     "batch411",
                     "holdout380",
                     "batch413",
                     "holdout382",
                     "batch414",
                     "holdout383",
                     "batch415",
                     "holdout384",
                     "batch416",
                     "holdout385",
                     "batch417",
                     "holdout386",
                     "batch418",
                     "holdout387",
                     "batch419",
                     "holdout388",
                     "batch420",
                     "holdout389",
                     "batch421",
                     "holdout390",
                     "batch422",
                     "holdout391",
                     "batch423",
                     "holdout392",
                     "batch424",
                     "holdout393",
                     "batch412",
                     "holdout381",
                     "batch425",
                     "holdout394",
                     "batch426",
                     "holdout395",
                     "batch428",
                     "holdout397",
                     "batch429",
                     "holdout398",
                     "batch430",
                     "holdout399",
                     "batch431",
                     "holdout400",
                     "batch432",
                     "holdout401",
                     "batch433",
                     "holdout402",
                     "batch434",
                     "holdout403",
                     "batch435",
                     "holdout404",
                     "batch436",
                     "holdout405",
                     "batch437",
                     "holdout406",
                     "batch438",
                     "holdout407",
                     "batch439",
                     "holdout408",
                     "batch440",
                     "holdout409",
                     "batch427",
                     "holdout396",
                     "batch442",
                     "holdout411",
                     "batch443",
                     "holdout412",
                     "batch444",
                     "holdout413",
                     "batch441",
                     "holdout410",
                     "batch445",
                     "holdout414",
                     "batch447",
                     "holdout416",
                     "batch449",
                     "holdout418",
                     "batch446",
                     "holdout415",
                     "batch448",
                     "holdout417",
                     "batch451",
                     "holdout420",
                     "batch452",
                     "holdout421",
                     "batch453",
                     "holdout422",
                     "batch454",
                     "holdout423",
                     "batch455",
                     "holdout424",
                     "batch456",
                     "holdout425",
                     "batch457",
                     "holdout426",
                     "batch450",
                     "holdout419",
                     "batch459",
                     "holdout428",
                     "batch458",
                     "holdout427",
                     "batch460",
                     "holdout429",
                     "batch461",
                     "holdout430",
                     "batch463",
                     "holdout432",
                     "batch464",
                     "holdout433",
                     "batch465",
                     "holdout434",
                     "batch466",
                     "holdout435",
                     "batch467",
                     "holdout436",
                     "batch468",
                     "holdout437",
                     "batch469",
                     "holdout438",
                     "batch470",
                     "holdout439",
                     "batch471",
                     "holdout440",
                     "batch472",
                     "holdout441",
                     "batch473",
                     "holdout442",
                     "batch474",
                     "holdout443",
                     "batch475",
                     "holdout444",
                     "batch476",
                     "holdout445",
                     "batch477",
                     "holdout446",
                     "batch462",
                     "holdout431",
                     "batch478",
                     "holdout447",
                     "batch479",
                     "holdout448")]


def read(path: Path) -> list[dict]:
    """Return the events of a JSON Lines file."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show-misses", action="store_true",
                        help="list the messages that miss (ids, actions, rules; no bodies)")
    parser.add_argument("--packs", default=None,
                        help="shipped-packs directory to screen with (default: the installed)")
    parser.add_argument("--code", default=None,
                        help="a checkout whose engine (and, without --packs, packs) to screen with")
    parser.add_argument("--by-recipient", action="store_true",
                        help="classify senders by the plan of each recipient's country")
    args = parser.parse_args()
    if args.code and args.by_recipient:
        parser.error("--by-recipient needs this checkout's engine, not --code")
    if args.code:
        engine = load_engine(args.code, args.packs)
    else:
        engine = rules.load(shipped_dir=args.packs)
    # Each recipient's own plan on request, whatever the packs' setting.
    screen = (functools.partial(engine.screen, by_recipient=True) if args.by_recipient
              else engine.screen)
    print(f"{len(engine.versions)} packs, {engine.rule_count} rules")
    for name, directory in SETS:
        benign = read(directory / "benign.jsonl")
        # A set of ordinary traffic has no frauds.
        fraud_file = directory / "smishing.jsonl"
        fraud = read(fraud_file) if fraud_file.exists() else []
        actions: Counter[str] = Counter()
        held = []
        for event in benign:
            verdict = screen(event["sender"], event["body"], event.get("recipient", ""))
            actions[verdict.action] += 1
            if verdict.action in ("quarantine", "block"):
                held.append((event["id"], verdict.action, [r.id for r in verdict.rules]))
        print(f"\n{name}: {len(benign)} legitimate: "
              + ", ".join(f"{a} {actions[a]}" for a in SEVERITY)
              + f"  -> held {len(held)} ({100 * len(held) / len(benign):.2f}%)")
        if args.show_misses:
            for row in held:
                print("  held legitimate:", *row)
        if not fraud:
            continue
        confusion: Counter[tuple[str, str]] = Counter()
        short = []
        for event in fraud:
            verdict = screen(event["sender"], event["body"], event.get("recipient", ""))
            confusion[(event["min_action"], verdict.action)] += 1
            if SEVERITY[verdict.action] < SEVERITY[event["min_action"]]:
                short.append((event["id"], event["min_action"], verdict.action, verdict.score,
                              [r.id for r in verdict.rules]))
        delivered = sum(n for (_, got), n in confusion.items() if got == "deliver")
        print(f"{name}: {len(fraud)} smishing: delivered {delivered} "
              f"({100 * delivered / len(fraud):.1f}%), below expected action {len(short)} "
              f"({100 * len(short) / len(fraud):.1f}%)")
        print("  expected \\ got   " + "".join(f"{a:>11}" for a in SEVERITY))
        for want in ("tag", "quarantine", "block"):
            print(f"  {want:<16}" + "".join(f"{confusion[(want, a)]:>11}" for a in SEVERITY))
        if args.show_misses:
            for row in short:
                print("  short:", *row)


if __name__ == "__main__":
    main()
