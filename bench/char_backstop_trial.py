"""A trial, not part of the router: would a character n-gram safety model, alone or mixed with the stems'
backstop, find more urgent messages on unseen sets at the same false alarms?

    PYTHONPATH=$PWD python bench/char_backstop_trial.py              # the held-back sets
    PYTHONPATH=$PWD python bench/char_backstop_trial.py --folds 4    # folds of the tuning sets no round read

Both models learn from the backstop's examples (every tuning set and the rules' calm twins); the stems'
model is the stored one (intents/data/safety_model.json.gz). They are scored with the rules alone on the
held-back sets, which nothing trains on: a message counts as raised when the rules raise it or the score
passes the threshold. ``--folds N`` scores the tuning sets no rule round has read (learned.UNREAD_SETS) dealt
into N folds instead, each with both models trained without it (the stems' model refitted as
``bench/safety_model.py train`` fits it): the place to choose a mixture, C or threshold, the held-back sets
only confirming. On the folds the mixture found nothing the stems' model does not (docs/routing.md,
"Thirty-sixth session", item 9). A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import learned  # noqa: E402
from bench import safety_model as backstop_training  # noqa: E402
from bench.category_model import gain_folds  # noqa: E402
from intents import category_model, safety_model  # noqa: E402
from intents.route import is_safety  # noqa: E402
from intents.router import message_words, route_with_model  # noqa: E402

THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.65, 0.7, 0.8, 0.9)
GROUPS = {
    "thirty-sixth session's four": learned.HELD_BACK_SETS_36,
    "older eight": (*learned.HELD_BACK_SETS, *learned.HELD_BACK_SETS_31),
}


def _log_odds(p: float) -> float:
    p = min(max(p, 1e-9), 1 - 1e-9)
    return math.log(p / (1 - p))


Row = tuple[str, bool, bool, float, float]


def _fit_chars(examples: list[Any]) -> tuple[Any, Any]:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectoriser = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=2)
    matrix = vectoriser.fit_transform(" ".join(message_words(ex.text)) for ex in examples)
    chars = LogisticRegression(C=4.0, max_iter=3000).fit(matrix, [int(ex.urgent) for ex in examples])
    print(f"{len(examples)} examples, {matrix.shape[1]} character n-grams", flush=True)
    return vectoriser, chars


def _rows(
    group: str, names: tuple[str, ...], stems: safety_model.Model, vectoriser: Any, chars: Any
) -> list[Row]:
    """Per message: group, labelled urgent, raised by the rules alone, the stems' p, the n-grams' p."""
    rows: list[Row] = []
    for name in names:
        found = backstop_training.load(name)
        words = [message_words(ex.text) for ex in found]
        p_chars = chars.predict_proba(vectoriser.transform(" ".join(w) for w in words))
        for ex, read, p in zip(found, words, p_chars[:, 1], strict=True):
            rules = is_safety(route_with_model(ex.text, None).urgency)
            p_stems = stems.probability(category_model.features(read))
            rows.append((group, ex.urgent, rules, p_stems, float(p)))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--folds", type=int, default=0, help="folds of the unread tuning sets instead")
    args = parser.parse_args(argv)
    rows: list[Row] = []
    if args.folds:
        groups = [f"fold {k + 1}" for k in range(args.folds)]
        for group, left_out in zip(groups, gain_folds(learned.UNREAD_SETS, args.folds), strict=True):
            examples = backstop_training.training_examples(
                [name for name in learned.TUNING_SETS if name not in left_out]
            )
            stems = safety_model.from_dict(backstop_training.fit(examples))
            rows += _rows(group, left_out, stems, *_fit_chars(examples))
    else:
        groups = list(GROUPS)
        examples = backstop_training.training_examples(learned.TUNING_SETS)
        vectoriser, chars = _fit_chars(examples)
        stems = safety_model.load()
        for group, names in GROUPS.items():
            rows += _rows(group, names, stems, vectoriser, chars)
    scores: dict[str, Callable[[Row], float]] = {
        "stems": lambda row: row[3],
        "n-grams": lambda row: row[4],
        "mean log-odds": lambda row: 1 / (1 + math.exp(-(_log_odds(row[3]) + _log_odds(row[4])) / 2)),
    }
    for group in (*groups, "all"):
        chosen = [row for row in rows if group in ("all", row[0])]
        urgent = sum(row[1] for row in chosen)
        rules_caught = sum(row[1] and row[2] for row in chosen)
        rules_alarms = sum(not row[1] and row[2] for row in chosen)
        print(f"\n{group}: {urgent} urgent, {len(chosen) - urgent} calm")
        print(f"rules alone: {rules_caught} caught / {rules_alarms} false alarms")
        print("caught / false alarms at each threshold of the score")
        for name, score in scores.items():
            cells = []
            for threshold in THRESHOLDS:
                raised = [row for row in chosen if row[2] or score(row) >= threshold]
                caught = sum(row[1] for row in raised)
                cells.append(f"{threshold}: {caught}/{len(raised) - caught}")
            print(f"  {name:<14}" + "  ".join(cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
