"""The engine commands: scan, explain, rules validate, rules test."""

from __future__ import annotations

import json

from rules import cli
from tests.unit.rules.test_loader import PACK, make_packs


def test_scan_writes_one_verdict_per_event_and_a_summary(tmp_path, capsys):
    events = tmp_path / "events.jsonl"
    lines = [
        {"id": "a", "sender": "+614913117945", "recipient": "13800138000", "ts": 1,
         "body": "〖湖南省医保局〗您的参保账户已失效，请打开 www.k**y.show 更新医保凭证"},
        {"id": "b", "sender": "95588", "recipient": "13800138000", "ts": 2,
         "body": "【工商银行】您的验证码为123456，5分钟内有效，请勿泄露。"},
    ]
    events.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines)
                      + "\nnot json\n", encoding="utf-8")
    assert cli.main(["scan", str(events)]) == 0
    out, err = capsys.readouterr()
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r.get("id") for r in rows] == ["a", "b", None]
    assert rows[0]["verdict"]["action"] == "block"
    assert rows[1]["verdict"]["action"] == "deliver"
    assert rows[2]["error"].startswith("invalid-json")
    assert "2 screened" in err and "1 invalid" in err


def test_explain_marks_the_matched_spans(capsys):
    assert cli.main(["explain", "--sender", "+614913117945",
                     "您的参保账  户已失效，请于6月3日前打开 www.k**y.show 更新"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("action: ")
    assert "[[参保账  户已失效]]" in out or "[[参保账  户" in out
    assert "[[www.k**y.show]]" in out


def test_explain_json_is_the_verdict(capsys):
    assert cli.main(["explain", "--json", "hello there"]) == 0
    verdict = json.loads(capsys.readouterr().out)
    assert verdict["action"] == "deliver" and verdict["rules"] == []


def test_rules_validate_reports_file_line_and_reason(tmp_path, capsys):
    packs = make_packs(tmp_path, PACK.replace("    score: 3\n", "    score: high\n"))
    assert cli.main(["rules", "validate", str(packs)]) == 1
    err = capsys.readouterr().err
    assert f"{packs / 'base.yaml'}:21: rules/1/score: 'high' is not of type 'number'" in err
    assert "pack set rejected" in err


def test_rules_validate_accepts_a_good_pack_set(tmp_path, capsys):
    assert cli.main(["rules", "validate", str(make_packs(tmp_path))]) == 0
    assert capsys.readouterr().out.startswith("ok: 1 packs, 4 rules")


def test_rules_test_fails_on_a_wrong_example(tmp_path, capsys):
    packs = make_packs(tmp_path, PACK.replace('miss: ["open www.abc.com now"]',
                                              'miss: ["open www.abc.top now"]'))
    assert cli.main(["rules", "test", str(packs)]) == 1
    err = capsys.readouterr().err
    assert "base.yaml:27: LINK_RISKY: expected miss, rule fired" in err


def test_rules_test_passes_on_the_shipped_packs(capsys):
    assert cli.main(["rules", "test"]) == 0
    assert "0 failure(s)" in capsys.readouterr().out


def test_local_directory_layers_on_the_shipped_packs(tmp_path, capsys):
    local = tmp_path / "local"
    local.mkdir()
    (local / "overrides.yaml").write_text("disable: [NO_SUCH_RULE]\n", encoding="utf-8")
    assert cli.main(["rules", "validate", str(local)]) == 1
    assert "unknown rule id NO_SUCH_RULE" in capsys.readouterr().err
