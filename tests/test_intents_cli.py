"""The command line contract: one JSON object for a text, one JSON line per input line for --jsonl."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIELDS = {
    "category",
    "categories",
    "confidence",
    "intent",
    "urgency",
    "lang",
    "articles",
    "services",
    "explanation",
    "role",
    "child_age_years",
    "age_band",
    "municipality",
}


def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "intents", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )


def test_single_text_prints_one_route() -> None:
    done = _run("mijn zoontje van 5 plast elke nacht in zijn bed")
    assert done.returncode == 0
    route = json.loads(done.stdout)
    assert set(route) == FIELDS
    assert route["category"] == "toilet"


def test_jsonl_answers_every_line_in_order() -> None:
    lines = [
        json.dumps({"text": "goedemiddag"}),
        "dit is geen json",
        json.dumps({"lang": "en"}),
        json.dumps({"text": "my wife hits me", "lang": "en"}),
    ]
    done = _run("--jsonl", stdin="\n".join(lines) + "\n")
    assert done.returncode == 0
    out = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(out) == 4
    assert out[0]["intent"] == "greeting"
    assert set(out[1]) == {"error"}
    assert set(out[2]) == {"error"}
    assert out[3]["urgency"] == "urgent"
    assert set(out[3]) == FIELDS


def test_help() -> None:
    done = _run("--help")
    assert done.returncode == 0
    assert "--jsonl" in done.stdout
