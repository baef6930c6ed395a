"""bench/sets.py, the per-set scorer of rule rounds: it counts as bench/routing.py does and never reads the
held-out set."""

from __future__ import annotations

import gzip
import importlib.util
import io
import json
import re
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent


def _script():
    spec = importlib.util.spec_from_file_location("bench_sets", REPO_ROOT / "bench" / "sets.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


LINES = [
    {"text": "mijn dochter van 6 plast nog elke nacht in bed", "category": "toilet", "urgency": "none"},
    {"text": "mijn vriend slaat me als hij gedronken heeft", "category": "safety", "urgency": "urgent"},
    # Labelled with a code no router would give it, so exactly two of the three questions are right.
    {"text": "ik schrok me dood toen de hond blafte", "category": "money", "urgency": "none"},
    {"text": "dank je wel", "category": "other", "urgency": "none", "intent": "thanks", "lang": "nl"},
]


def test_counts_one_set_and_writes_every_line(tmp_path: Path) -> None:
    data = tmp_path / "mini_tune.jsonl"
    data.write_text("".join(json.dumps(line) + "\n" for line in LINES), encoding="utf-8")
    out, lines = io.StringIO(), tmp_path / "lines.jsonl"
    assert _script().main(["--rules", "--lines", str(lines), str(data)], out=out) == 0
    row = out.getvalue()
    assert row.startswith("mini_tune")
    # Three questions (the thanks is no question), the toilet and the safety line right; the one urgent line
    # caught; the figure of speech raises no alarm.
    assert "top-1  66.7 %" in row
    assert "recall 1/1" in row
    assert "false alarms 0/3" in row
    written = [json.loads(line) for line in lines.read_text(encoding="utf-8").splitlines()]
    assert [w["line"] for w in written] == [0, 1, 2, 3]
    assert written[1]["urgency"] in ("urgent", "emergency")


def test_never_reads_the_held_out_set() -> None:
    with pytest.raises(SystemExit, match="held-out"):
        _script().main(["routing_test"], out=io.StringIO())


def test_held_back_sets_are_scored_and_never_trained_on() -> None:
    from bench import learned
    from intents import category_model, char_model, safety_model

    groups = tuple((f"--{flag}", names) for flag, names in learned.HELD_BACK_GROUPS.items())
    assert len(groups) >= 4
    held_back = {name for _, names in groups for name in names}
    assert len(held_back) == sum(len(names) for _, names in groups)
    assert not held_back & set(learned.TUNING_SETS)
    for path in (category_model.MODEL_PATH, char_model.MODEL_PATH, safety_model.MODEL_PATH):
        trained_on = json.loads(gzip.decompress(path.read_bytes()))["trained_on"]
        assert not held_back & set(trained_on), path.name
    for flag, names in groups:
        out = io.StringIO()
        _script().main([flag, "--rules"], out=out)
        rows = [line.split()[0] for line in out.getvalue().splitlines()]
        assert rows == [*names, "total"]


def test_cpu_time_per_message(tmp_path: Path) -> None:
    data = tmp_path / "mini_tune.jsonl"
    data.write_text("".join(json.dumps(line) + "\n" for line in LINES), encoding="utf-8")
    out = io.StringIO()
    assert _script().main(["--cpu", str(data)], out=out) == 0
    assert "(4 messages)" in out.getvalue()
    p50, p99 = (float(value) for value in re.findall(r"p\d\d ([\d.]+) ms", out.getvalue()))
    assert 0 < p50 <= p99


def test_stage_times(tmp_path: Path) -> None:
    """bench/stages.py times every stage of the router on the named sets, the whole route() first."""
    data = tmp_path / "mini_tune.jsonl"
    data.write_text("".join(json.dumps(line) + "\n" for line in LINES), encoding="utf-8")
    spec = importlib.util.spec_from_file_location("bench_stages", REPO_ROOT / "bench" / "stages.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = io.StringIO()
    assert module.main([str(data), "--passes", "1"], out=out) == 0
    header, *rows = out.getvalue().splitlines()
    assert header.startswith("4 messages of ")
    times = {row[:28].strip(): float(row[28:].split()[0]) for row in rows}
    assert {"route", "safety triage", "profile reader", "lexicon", "articles"} <= set(times)
    # The learned models' lookups as route runs them, part of route's own time.
    assert times["route"] > times["rows, inside route"] > 0
    assert times["route"] > times["n-grams, inside route"] > 0
    assert all(value > 0 for value in times.values())
    assert times["route"] > times["lexicon"]
