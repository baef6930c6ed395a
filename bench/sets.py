"""Per tuning set: category top-1 and top-3, urgent + emergency recall and false alarms, one line per set.

Usage:
    python bench/sets.py topic_tune6 mixed_tune5          # the full router, per set and in total
    python bench/sets.py --all --rules                    # the lexicon and the safety rules alone, every set
    python bench/sets.py --held-back                      # the sets no model and no round has seen yet
    python bench/sets.py --held-back-31                   # ... those held back in the thirty-first session
    python bench/sets.py --held-back-36                   # ... in the thirty-sixth
    python bench/sets.py --held-back-42                   # ... and in the forty-second
    python bench/sets.py --rules --lang pl languages_tune5
    python bench/sets.py --all --rules --lines rules.jsonl  # also every Route's category and urgency
    python bench/sets.py --cpu routing_dev long_tune2     # CPU time of route() per message instead

The quick check of a rule round: ``--rules`` leaves out the learned re-ranker and backstop, which were
trained on every tuning set, so only the rules' own figures are honest on a set they were tuned on. A set is
a name under bench/data or a path to a JSON-lines file with the same fields. Counted as bench/routing.py
counts: top-1 and top-3 over the lines with intent ``question``; recall over the lines labelled urgent or
emergency; false alarms over the other lines. Never the held-out set.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from bench import learned  # noqa: E402
from intents.route import is_safety  # noqa: E402
from intents.router import route, route_with_model  # noqa: E402

HELD_OUT = "routing_test"


@dataclass(slots=True)
class Tally:
    questions: int = 0
    top1: int = 0
    top3: int = 0
    urgent: int = 0
    caught: int = 0
    calm: int = 0
    alarms: int = 0
    lines: list[dict[str, Any]] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in ("questions", "top1", "top3", "urgent", "caught", "calm", "alarms"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def row(self, name: str) -> str:
        return (
            f"{name:<22} top-1 {_pct(self.top1, self.questions)}  top-3 {_pct(self.top3, self.questions)}  "
            f"recall {self.caught}/{self.urgent} ({_pct(self.caught, self.urgent)})  "
            f"false alarms {self.alarms}/{self.calm} ({_pct(self.alarms, self.calm)})"
        )


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f} %" if whole else "  n/a  "


def set_path(name: str) -> Path:
    path = Path(name) if name.endswith(".jsonl") else learned.DATA / f"{name}.jsonl"
    if path.stem == HELD_OUT:
        raise SystemExit("bench/sets.py never reads the held-out set; use bench/routing.py for it")
    return path


def score(path: Path, *, rules: bool, lang: str | None) -> Tally:
    tally = Tally()
    for index, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        if not line.strip():
            continue
        row = json.loads(line)
        if lang and row.get("lang") != lang:
            continue
        result = route_with_model(row["text"], None, backstop=None) if rules else route(row["text"])
        tally.lines.append({"line": index, "category": result.category, "urgency": result.urgency})
        if row.get("intent", "question") == "question" and row.get("category"):
            tally.questions += 1
            tally.top1 += result.category == row["category"]
            tally.top3 += row["category"] in result.categories[:3]
        if is_safety(row["urgency"]):
            tally.urgent += 1
            tally.caught += is_safety(result.urgency)
        else:
            tally.calm += 1
            tally.alarms += is_safety(result.urgency)
    return tally


def load_texts(names: list[str]) -> list[str]:
    """The messages of the named sets, in order (never the held-out set: ``set_path``)."""
    return [
        json.loads(line)["text"]
        for name in names
        for line in set_path(name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def cpu(names: list[str], *, rules: bool, out: TextIO) -> int:
    """CPU time rather than wall clock: steadier on a shared machine, so two versions measured one after
    the other can be compared (bench/routing.py reports the wall clock of the held-out set)."""
    texts = load_texts(names)
    run = (lambda text: route_with_model(text, None, backstop=None)) if rules else route
    for text in texts:  # load everything first
        run(text)
    p50, p99 = learned.cpu_percentiles(run, texts)
    print(f"route() CPU per message: p50 {p50:.2f} ms, p99 {p99:.2f} ms ({len(texts)} messages)", file=out)
    return 0


def main(argv: list[str] | None = None, out: TextIO = sys.stdout) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("sets", nargs="*", help="names under bench/data, or paths to .jsonl files")
    parser.add_argument("--all", action="store_true", help="every tuning set (bench/learned.TUNING_SETS)")
    for flag, held_back in learned.HELD_BACK_GROUPS.items():
        parser.add_argument(f"--{flag}", action="store_true", help=f"held back: {', '.join(held_back)}")
    parser.add_argument("--rules", action="store_true", help="the lexicon and the safety rules alone")
    parser.add_argument("--lang", help="only the lines in this language (ISO 639-1)")
    parser.add_argument("--lines", type=Path, help="write each line's category and urgency here (JSON lines)")
    parser.add_argument(
        "--cpu", action="store_true", help="p50 and p99 process time of route() per message, best of 5 passes"
    )
    args = parser.parse_args(argv)
    names = [
        *(learned.TUNING_SETS if args.all else ()),
        *(
            name
            for flag, held_back in learned.HELD_BACK_GROUPS.items()
            for name in held_back
            if getattr(args, flag.replace("-", "_"))
        ),
        *args.sets,
    ]
    if not names:
        parser.error("name at least one set, --all or a --held-back group")
    if args.cpu:
        return cpu(names, rules=args.rules, out=out)
    total = Tally()
    lines: list[dict[str, Any]] = []
    for name in names:
        tally = score(set_path(name), rules=args.rules, lang=args.lang)
        print(tally.row(Path(name).stem), file=out)
        total.add(tally)
        lines += [{"set": Path(name).stem, **line} for line in tally.lines]
    if len(names) > 1:
        print(total.row("total"), file=out)
    if args.lines:
        args.lines.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
