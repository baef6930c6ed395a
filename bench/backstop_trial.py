"""Trials of a second safety model beside the backstop's linear model: does it raise more urgent messages at
the same false alarms, alone or with the two log-odds averaged?

    PYTHONPATH=$PWD python bench/backstop_trial.py --second hidden --folds 4   # folds of the unread sets
    PYTHONPATH=$PWD python bench/backstop_trial.py --second hidden --sets safety_tune54 ...
    PYTHONPATH=$PWD python bench/backstop_trial.py --second chars --held-back  # the held-back sets

``--second``: ``hidden``, the backstop's own network with one hidden layer (bench/safety_model.fit_hidden,
read by intents/safety_model.Hidden, weights as stored); ``chars``, a character n-gram logistic regression
(thirty-sixth session: no better on the folds, so never in the router); ``pairs``, a logistic regression over
the linear model's features and pairs of stems two to ``SKIP_WINDOW`` words apart (thirty-eighth session:
about as good as the linear model alone, so never in the router either).

With ``--second hidden`` it also reports a lower threshold for the messages the rules alone left at
attention (fortieth session: no better a trade than a lower threshold everywhere, so never in the router).

``--folds N`` deals the tuning sets no rule round has read (learned.UNREAD_SETS) into N folds and trains both
models without each fold, as ``bench/safety_model.py train`` trains them: the place to choose. ``--sets`` and
``--held-back`` score named sets with models trained on every tuning set; a set named there must not be a
tuning set (a new set before it joins, or a held-back group, only to confirm a choice). A message counts as
raised when the rules raise it or the score passes the threshold (flat: no guards, no agreement, no length).
A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from collections.abc import Callable, Sequence
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
from intents.text import stems  # noqa: E402

# The farthest pair of words the pairs trial (--second pairs) joins.
SKIP_WINDOW = 4
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.65, 0.7, 0.8, 0.9)
# Lower thresholds for the messages the rules alone left at attention (--second hidden).
ATTENTION_THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)
# Scores one message's words: the linear model's p and the second model's p.
Scorer = Callable[[Sequence[tuple[str, ...]]], list[tuple[float, float]]]
Row = tuple[str, bool, bool, float, float, str, str]
# Reported on their own too: the router's backstop is the linear model alone in these (safety_model.py).
OTHER_LANGUAGES = ("tr", "ar", "pl", "uk")


def _log_odds(p: float) -> float:
    p = min(max(p, 1e-9), 1 - 1e-9)
    return math.log(p / (1 - p))


def _hidden_scorer(data: dict[str, Any]) -> Scorer:
    """Both parts of a trained backstop file (bench/safety_model.fit), each on its own."""
    model = safety_model.from_dict(data)
    linear = safety_model.Model(model.intercept, model.weights)
    hidden = model.hidden
    assert hidden is not None

    def score(words: Sequence[tuple[str, ...]]) -> list[tuple[float, float]]:
        found = [category_model.features(w) for w in words]
        return [(linear.probability(f), safety_model.sigmoid(hidden.logit(f))) for f in found]

    return score


def _chars_scorer(examples: list[Any], linear: safety_model.Model) -> Scorer:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectoriser = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=2)
    matrix = vectoriser.fit_transform(" ".join(message_words(ex.text)) for ex in examples)
    chars = LogisticRegression(C=4.0, max_iter=3000).fit(matrix, [int(ex.urgent) for ex in examples])
    print(f"{len(examples)} examples, {matrix.shape[1]} character n-grams", flush=True)

    def score(words: Sequence[tuple[str, ...]]) -> list[tuple[float, float]]:
        p_chars = chars.predict_proba(vectoriser.transform(" ".join(w) for w in words))[:, 1]
        found = [category_model.features(w) for w in words]
        return [(linear.probability(f), float(p)) for f, p in zip(found, p_chars, strict=True)]

    return score


def skip_pairs(words: Sequence[str], window: int = SKIP_WINDOW) -> list[str]:
    """Pairs of stems two to ``window`` words apart, in their order ("k:vader_sla" in "mijn vader heeft me
    geslagen"): who does what to whom, which the neighbouring pairs of the features miss."""
    first = [stems(word)[0] for word in words]
    return [
        f"k:{first[i]}_{first[j]}"
        for i in range(len(first))
        for j in range(i + 2, min(i + window + 1, len(first)))
    ]


def _pairs_scorer(examples: list[Any], linear: safety_model.Model) -> Scorer:
    """A logistic regression like the linear model's (bench/safety_model.fit) over its features and the skip
    pairs of at least two training messages."""
    from sklearn.linear_model import LogisticRegression

    def found(words: tuple[str, ...], features: tuple[str, ...]) -> list[str]:
        return sorted({*features, *skip_pairs(words)})

    training = [message_words(ex.text) for ex in examples]
    rows = [found(words, category_model.features(words)) for words in training]
    counts = Counter(feature for row in rows for feature in row)
    index = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= 2 or f[0] != "k"))}
    pairs = LogisticRegression(C=backstop_training.C, max_iter=3000, tol=1e-6)
    pairs.fit(learned.presence_matrix(rows, index), [int(ex.urgent) for ex in examples])
    print(f"{len(examples)} examples, {len(index)} features with the skip pairs", flush=True)

    def score(words: Sequence[tuple[str, ...]]) -> list[tuple[float, float]]:
        features = [category_model.features(w) for w in words]
        scored = learned.presence_matrix([found(w, f) for w, f in zip(words, features, strict=True)], index)
        p_pairs = pairs.predict_proba(scored)[:, 1]
        return [(linear.probability(f), float(q)) for f, q in zip(features, p_pairs, strict=True)]

    return score


def _scorer(second: str, matrices: Any, without: tuple[str, ...]) -> Scorer:
    """Both models trained on every example but those of the sets ``without``."""
    data = matrices.fit_without(without, hidden=second == "hidden")
    if second == "hidden":
        return _hidden_scorer(data)
    examples = [ex for ex in matrices.examples if ex.source not in without]
    linear = safety_model.from_dict(data)
    return (_pairs_scorer if second == "pairs" else _chars_scorer)(examples, linear)


def _rows(group: str, names: Sequence[str], score: Scorer) -> list[Row]:
    """Per message: group, labelled urgent, raised by the rules alone, the linear p, the second model's p,
    language, the urgency of the rules alone."""
    rows: list[Row] = []
    for name in names:
        found = backstop_training.load(name)
        scores = score([message_words(ex.text) for ex in found])
        for ex, (p_linear, p_second) in zip(found, scores, strict=True):
            urgency = route_with_model(ex.text, None).urgency
            rows.append((group, ex.urgent, is_safety(urgency), p_linear, p_second, ex.lang, urgency))
    return rows


def _report(groups: list[str], rows: list[Row], second: str) -> None:
    scores: dict[str, Callable[[Row], float]] = {
        "linear": lambda row: row[3],
        second: lambda row: row[4],
        "mean log-odds": lambda row: safety_model.sigmoid((_log_odds(row[3]) + _log_odds(row[4])) / 2),
    }
    other = " ".join(OTHER_LANGUAGES)
    for group in (*groups, "all", other):
        chosen = [
            row for row in rows if group in ("all", row[0]) or (group == other and row[5] in OTHER_LANGUAGES)
        ]
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
        if second == "hidden":
            _report_attention(chosen, scores["mean log-odds"])


def _report_attention(chosen: list[Row], score: Callable[[Row], float]) -> None:
    """The mean log-odds at the router's threshold, and at a lower one for the messages the rules alone left
    at attention (a safety topic or a lowered signal: the rules saw something). Fortieth session: no better a
    trade there than lowering the threshold for every message (docs/routing.md)."""
    attention = [row for row in chosen if row[6] == "attention"]
    urgent = sum(row[1] for row in attention)
    print(f"  at attention: {urgent} urgent, {len(attention) - urgent} calm; mean log-odds at")
    cells = []
    for threshold in ATTENTION_THRESHOLDS:
        raised = [
            row
            for row in chosen
            if row[2]
            or score(row) >= safety_model.THRESHOLD
            or (row[6] == "attention" and score(row) >= threshold)
        ]
        caught = sum(row[1] for row in raised)
        cells.append(f"{threshold}: {caught}/{len(raised) - caught}")
    print(f"  {safety_model.THRESHOLD}, attention at " + "  ".join(cells))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--second", choices=("hidden", "chars", "pairs"), default="hidden")
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--folds", type=int, help="N folds of the unread tuning sets")
    where.add_argument("--sets", nargs="+", help="sets that are not tuning sets")
    where.add_argument("--held-back", action="store_true", help="every held-back group")
    args = parser.parse_args(argv)
    matrices = backstop_training.FoldMatrices(backstop_training.training_examples(learned.TUNING_SETS))
    rows: list[Row] = []
    if args.folds:
        groups = [f"fold {k + 1}" for k in range(args.folds)]
        for group, left_out in zip(groups, gain_folds(learned.UNREAD_SETS, args.folds), strict=True):
            rows += _rows(group, left_out, _scorer(args.second, matrices, left_out))
    else:
        named = {"named sets": tuple(args.sets)} if args.sets else learned.HELD_BACK_GROUPS
        tuning = sorted({name for names in named.values() for name in names} & set(learned.TUNING_SETS))
        if tuning:
            raise SystemExit(f"the models train on these: {', '.join(tuning)}")
        groups = list(named)
        score = _scorer(args.second, matrices, ())
        for group, names in named.items():
            rows += _rows(group, names, score)
    _report(groups, rows, args.second)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
