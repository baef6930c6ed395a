"""bench/safety_model.py misses: what the rules and a backstop trained without the set miss, as JSON lines
(a safety round's material). Scored here on three small tuning sets, so the fit takes seconds."""

from __future__ import annotations

import io
import json

import pytest

from bench import learned
from bench import safety_model as bench_safety
from intents.route import is_safety

SMALL = ("short_tune", "safety_tune2", "age_tune")


def test_misses_lists_each_disagreement_of_the_left_out_set(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("sklearn")
    monkeypatch.setattr(bench_safety, "SETS", SMALL)
    out = io.StringIO()
    bench_safety.misses(("safety_tune2",), out)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert lines, "a backstop of two other sets misses something on safety_tune2"
    texts = {row["text"]: row for row in learned.rows("safety_tune2")}
    for line in lines:
        assert line["set"] == "safety_tune2"
        labelled = texts[line["text"]]["urgency"]
        assert line["label"] == labelled
        # A line is listed only where the router and the label disagree on urgent or not.
        assert is_safety(labelled) != is_safety(line["routed"])
        assert line["kind"] == ("missed" if is_safety(labelled) else "false alarm")
    count = capsys.readouterr().err
    missed = sum(line["kind"] == "missed" for line in lines)
    urgent = sum(is_safety(row["urgency"]) for row in texts.values())
    assert f"safety_tune2: missed {missed} of {urgent} urgent" in count


def test_misses_refuses_a_set_that_is_not_a_tuning_set() -> None:
    with pytest.raises(SystemExit, match="routing_test"):
        bench_safety.misses(("routing_test",))
