"""The learned category re-ranker: train it, and measure it honestly.

Usage:
    python bench/category_model.py train      # writes both models (intents/data/category_*.json.gz)
    python bench/category_model.py evaluate   # leave-one-set-out table: router alone vs router + model
    python bench/category_model.py timing     # CPU time of route() per message, without and with the model
    python bench/category_model.py gain --added SET ...   # does training on these sets help on the others?
    python bench/category_model.py naive-bayes --weights 0 0.05 0.1   # the naive Bayes terms, on four folds
    python bench/category_model.py naive-bayes --left-out SET ...     # ... or on sets left out of training
    python bench/category_model.py judges     # lexicon, model and router on the sets no rule round has read
    python bench/category_model.py mixture --shares 0 0.35 0.5   # the character n-grams' share, on four folds
    python bench/category_model.py mixture --held-back            # ... or on the held-back sets

Training data: the question messages with a category other than `other` of the tuning sets (SETS).
The held-out test set is never read here.

Evaluation: for each of the sets, a model is trained on the others and the router with that model
is scored on the left-out set (top-1, top-3 of the category of question messages, as bench/routing.py counts
them). The blend weight is the one in intents/category_model.py; ``--sweep`` prints the figures for other
weights too (choose it on the mean over the folds, never on one set).

Gain: whether newly written sets teach the re-ranker something for other authors' messages. The older sets
are dealt into ``--groups`` folds (every n-th set); for each fold a model trained on the other older sets,
and one trained on those plus the added sets, are scored with the router on the fold (top-1, top-3).

Judges: who puts a new author's question right first, the lexicon alone, the model alone or the router with
both, by the lexicon's confidence: the sets no rule round has read (learned.UNREAD_SETS) in ``--groups``
folds, each scored with a model trained on every other set. Where the model is the better judge, the blend
may give it more say (docs/routing.md, "Fourteenth session").

Mixture: the re-ranker reads with two models, the stems' (intents/category_model.py) and the character
n-grams' (intents/char_model.py), mixed in their logits. ``mixture`` scores the router with the second model's
share at each of ``--shares`` (0: the stems' model alone) on the folds of the unread sets, both models trained
without the fold, or with ``--held-back`` on the held-back sets with both trained on every tuning set. The
other commands score the stems' model alone, as before the mixture.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from bench import learned  # noqa: E402
from intents import category_model, char_model  # noqa: E402
from knowledge.taxonomy import CODES  # noqa: E402

# safety_tune labels the urgency only, no category.
SETS = tuple(name for name in learned.TUNING_SETS if name != "safety_tune")
# L2 strength of the logistic regression (scikit-learn's C), and the smallest weight kept in the file.
C = 4.0
MIN_WEIGHT = 0.07
# The stored weights are the logistic regression's plus NB_WEIGHT times a multinomial naive Bayes model's
# log-probabilities (additive smoothing NB_SMOOTHING), centred per feature over the codes; the sum is still
# one linear model, so the run time is unchanged. The regression's penalty pushes a word seen in a handful of
# messages to almost nothing; naive Bayes keeps its say, which is what an unseen author's rare word needs
# (the interpolation of NBSVM, Wang and Manning 2012). Only features of at least NB_MIN_MESSAGES training
# messages get a naive Bayes term: one message is more noise than evidence, and those terms would double the
# file (277,000 features, 3.5 MB, 1.3 s to load) for 0.4 points. Thirteenth session, top-1: on four folds
# of the ninety-four older category sets 81.1 % with the regression alone, 81.4 % at 0.05 and at 0.1, 81.1 %
# at 0.15 (every feature); on the four sets held back in the twelfth session, unseen by any model, 79.2 %
# alone, 80.1 % at 0.075 from two messages, 80.6 % at 0.1 for every feature (docs/routing.md, "Learned
# re-ranking").
NB_WEIGHT = 0.075
NB_MIN_MESSAGES = 2
NB_SMOOTHING = 0.5
DECIMALS = learned.DECIMALS
# The character n-grams' model: n-grams of at least CHARS_MIN_MESSAGES training messages (rarer ones are
# mostly one author's typo), the regression's strength, and the smallest weight kept in the file.
CHARS_MIN_MESSAGES = 3
CHARS_C = 10.0
CHARS_MIN_WEIGHT = 0.1


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    category: str
    intent: str
    source: str


def load(name: str) -> list[Example]:
    return [Example(r["text"], r["category"], r["intent"], name) for r in learned.rows(name)]


def trainable(examples: list[Example]) -> list[Example]:
    return [ex for ex in examples if ex.intent == "question"]


@dataclass(frozen=True, slots=True)
class Fitted:
    """Both models fitted on one training set, before they are summed into the weight file."""

    examples: list[Example]
    index: dict[str, int]
    order: list[str]
    # Rows in ``order``; the naive Bayes terms centred per feature and kept from NB_MIN_MESSAGES messages.
    coef: Any
    intercept: Any
    log_probabilities: Any
    log_prior: Any


def fit_both(examples: list[Example]) -> Fitted:
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.naive_bayes import MultinomialNB

    matrix, index = learned.design_matrix([ex.text for ex in examples])
    labels = [ex.category for ex in examples]
    model = LogisticRegression(C=C, max_iter=3000, tol=1e-6)
    model.fit(matrix, labels)
    bayes = MultinomialNB(alpha=NB_SMOOTHING).fit(matrix, labels)
    # Taxonomy order, so the file does not depend on which codes a training set happens to hold.
    order = [code for code in CODES if code in set(model.classes_)]
    rows = [list(model.classes_).index(code) for code in order]
    # Only the differences between the codes count in a softmax: each feature's (and the prior's) mean over
    # the codes is taken off, so a word common to every code adds nothing.
    log_probabilities = bayes.feature_log_prob_ - bayes.feature_log_prob_.mean(axis=0)
    log_probabilities *= np.asarray(matrix.sum(axis=0)).ravel() >= NB_MIN_MESSAGES
    log_prior = bayes.class_log_prior_ - bayes.class_log_prior_.mean()
    return Fitted(
        examples,
        index,
        order,
        model.coef_[rows],
        model.intercept_[rows],
        log_probabilities[rows],
        log_prior[rows],
    )


def weight_file(fitted: Fitted, nb_weight: float = NB_WEIGHT) -> dict[str, Any]:
    coef = fitted.coef + nb_weight * fitted.log_probabilities
    intercept = fitted.intercept + nb_weight * fitted.log_prior
    weights: dict[str, list[list[float]]] = {}
    for feature, column in sorted(fitted.index.items()):
        pairs = [
            [k, round(float(coef[k, column]), DECIMALS)]
            for k in range(len(fitted.order))
            if abs(coef[k, column]) >= MIN_WEIGHT
        ]
        if pairs:
            weights[feature] = pairs
    return {
        "about": "Learned category re-ranker; written by bench/category_model.py train. Do not edit.",
        "trained_on": sorted({ex.source for ex in fitted.examples}),
        "examples": len(fitted.examples),
        "codes": fitted.order,
        "intercept": [round(float(value), DECIMALS) for value in intercept],
        "weights": weights,
    }


def fit(examples: list[Example], nb_weight: float = NB_WEIGHT) -> dict[str, Any]:
    """A multinomial logistic regression on binary features with naive Bayes interpolated (``NB_WEIGHT``),
    exported as the sparse weight file."""
    return weight_file(fit_both(examples), nb_weight)


def fit_chars(examples: list[Example], codes: list[str]) -> dict[str, Any]:
    """A multinomial logistic regression on the TF-IDF weighted character n-grams of the examples' words
    (char_model.tf_idf, the run time's own weighting), exported as the sparse weight file with the codes in
    ``codes``' order (the stems' model's, so the two can be mixed)."""
    import math

    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    from intents.router import message_words

    counted = [char_model.grams(message_words(ex.text)) for ex in examples]
    documents: dict[str, int] = {}
    for counts in counted:
        for gram in counts:
            documents[gram] = documents.get(gram, 0) + 1
    vocabulary = sorted(gram for gram, n in documents.items() if n >= CHARS_MIN_MESSAGES)
    rows = {gram: i for i, gram in enumerate(vocabulary)}
    # scikit-learn's smoothed inverse document frequency, as if one more message held every n-gram.
    idf = np.array([math.log((1 + len(examples)) / (1 + documents[gram])) + 1 for gram in vocabulary])
    idf = idf.round(DECIMALS + 1)
    data, columns, starts = [], [], [0]
    for counts in counted:
        index, values = char_model.tf_idf(counts, rows, idf)
        columns.extend(index.tolist())
        data.extend(values.tolist())
        starts.append(len(columns))
    matrix = csr_matrix((data, columns, starts), shape=(len(examples), len(vocabulary)))
    model = LogisticRegression(C=CHARS_C, max_iter=300, tol=1e-4)
    model.fit(matrix, [ex.category for ex in examples])
    order = [list(model.classes_).index(code) for code in codes]
    coef, intercept = model.coef_[order], model.intercept_[order]
    grams = {}
    for gram, column in rows.items():
        pairs = [
            [k, round(float(coef[k, column]), DECIMALS)]
            for k in range(len(codes))
            if abs(coef[k, column]) >= CHARS_MIN_WEIGHT
        ]
        # Every known n-gram stays, weights or not: each one counts in the length a message is scaled to.
        grams[gram] = [float(idf[column]), pairs]
    return {
        "about": "Learned category re-ranker, character n-grams; written by bench/category_model.py train.",
        "trained_on": sorted({ex.source for ex in examples}),
        "examples": len(examples),
        "codes": codes,
        "intercept": [round(float(value), DECIMALS) for value in intercept],
        "grams": grams,
    }


def train(path: Path, chars_path: Path, sets: tuple[str, ...] = SETS) -> None:
    """Both models of the re-ranker, from the same examples, to ``path`` and ``chars_path``."""
    examples = [ex for name in sets for ex in trainable(load(name))]
    data = fit(examples)
    learned.write_json(path, data)
    print(f"{path}: {len(data['weights'])} features, {path.stat().st_size / 1024:.0f} KiB")
    chars = fit_chars(examples, data["codes"])
    learned.write_json(chars_path, chars)
    print(f"{chars_path}: {len(chars['grams'])} n-grams, {chars_path.stat().st_size / 1024:.0f} KiB")


def mixture(shares: tuple[float, ...], held_back: bool, groups: int, only: tuple[int, ...]) -> None:
    """Top-1 and top-3 of the router with the character n-grams' model at each share of the logits."""
    sets = {name: load(name) for name in (*SETS, *learned.HELD_BACK_SETS)}
    folds = [learned.HELD_BACK_SETS] if held_back else gain_folds(learned.UNREAD_SETS, groups)
    kept = char_model.SHARE
    for k, fold in enumerate(folds):
        if only and k not in only:
            continue
        training = [ex for name in SETS if name not in fold for ex in trainable(sets[name])]
        stems = fit(training)
        model = category_model.from_dict(stems)
        chars = char_model.from_dict(fit_chars(training, stems["codes"]))
        questions = [ex for name in fold for ex in sets[name] if ex.intent == "question"]
        cells = []
        try:
            for share in shares:
                char_model.SHARE = share
                top1, top3 = _right(questions, model, chars)
                cells.append(f"{share:g}: {top1 / len(questions):.2%} / {top3 / len(questions):.2%}")
        finally:
            char_model.SHARE = kept
        label = "held-back sets" if held_back else f"fold {k + 1}/{groups} ({len(fold)} sets)"
        print(f"{label}, {len(questions)} questions, top-1 / top-3 by share: {'; '.join(cells)}", flush=True)


def evaluate(sweep: bool) -> None:
    from intents import router

    # Weight 0 is the router alone.
    lambdas = sorted({0.0, router.MODEL_WEIGHT, *((6.0, 10.0, 15.0, 20.0, 30.0) if sweep else ())})
    sets = {name: load(name) for name in SETS}
    print(f"{'left out':<14}{'n':>5}  {'weight':>6}  {'top-1':>7}  {'top-3':>7}   other fields changed")
    means: dict[float, list[tuple[float, float]]] = {w: [] for w in lambdas}
    # (confidence, correct) of every left-out question: router alone, and with the blend weight in use.
    calibration: dict[str, list[tuple[float, bool]]] = {"router alone": [], "router + model": []}
    for name, others in learned.folds(SETS):
        training = [ex for other in others for ex in trainable(sets[other])]
        model = category_model.from_dict(fit(training))
        questions = [ex for ex in sets[name] if ex.intent == "question"]
        alone = [router.route_with_model(ex.text, None) for ex in sets[name]]
        for weight in lambdas:
            blended = (
                alone
                if weight == 0
                else [router.route_with_model(ex.text, model, weight) for ex in sets[name]]
            )
            pairs = [(ex, r) for ex, r in zip(sets[name], blended, strict=True) if ex.intent == "question"]
            top1 = sum(r.category == ex.category for ex, r in pairs) / len(pairs)
            top3 = sum(ex.category in r.categories[:3] for ex, r in pairs) / len(pairs)
            changed = sum(
                (a.urgency, a.intent, a.role, a.age_band, a.lang)
                != (b.urgency, b.intent, b.role, b.age_band, b.lang)
                for a, b in zip(alone, blended, strict=True)
            )
            means[weight].append((top1, top3))
            if weight == router.MODEL_WEIGHT:
                calibration["router + model"] += [
                    (r.confidence, r.category == ex.category) for ex, r in pairs
                ]
                calibration["router alone"] += [
                    (r.confidence, r.category == ex.category)
                    for ex, r in zip(sets[name], alone, strict=True)
                    if ex.intent == "question"
                ]
            print(f"{name:<14}{len(questions):>5}  {weight:>6.1f}  {top1:>7.1%}  {top3:>7.1%}   {changed}")
    print()
    for weight, figures in means.items():
        top1 = sum(f[0] for f in figures) / len(figures)
        top3 = sum(f[1] for f in figures) / len(figures)
        print(f"{'mean':<14}{'':>5}  {weight:>6.1f}  {top1:>7.1%}  {top3:>7.1%}")
    print()
    _calibration(calibration)


def gain_folds(older: tuple[str, ...], groups: int) -> list[tuple[str, ...]]:
    """The older sets dealt into ``groups`` folds, every ``groups``-th set into the same one (the training
    order of TUNING_SETS mixes the kinds of set, so each fold holds some of every kind)."""
    return [older[k::groups] for k in range(groups)]


def gain(added: tuple[str, ...], groups: int, only: tuple[int, ...]) -> None:
    unknown = sorted(set(added) - set(SETS))
    if unknown:
        raise SystemExit(f"not a tuning set with categories: {', '.join(unknown)}")
    older = tuple(name for name in SETS if name not in added)
    sets = {name: load(name) for name in SETS}
    extra = [ex for name in added for ex in trainable(sets[name])]
    for k, fold in enumerate(gain_folds(older, groups)):
        if only and k not in only:
            continue
        base = [ex for name in older if name not in fold for ex in trainable(sets[name])]
        questions = [ex for name in fold for ex in sets[name] if ex.intent == "question"]
        for label, training in (("without", base), ("with", base + extra)):
            top1, top3 = _right(questions, category_model.from_dict(fit(training)))
            print(
                f"fold {k + 1}/{groups} ({len(fold)} sets, {len(questions)} questions), {label:<7} the added "
                f"sets: top-1 {top1 / len(questions):.2%}, top-3 {top3 / len(questions):.2%}",
                flush=True,
            )


def naive_bayes(
    weights: tuple[float, ...], left_out: tuple[str, ...], groups: int, only: tuple[int, ...]
) -> None:
    """Top-1 and top-3 of the router with the re-ranker's naive Bayes terms at each weight (0: the regression
    alone): on the ``left_out`` sets with the models trained on every other set, or, without them, on each of
    ``groups`` folds of the sets (every n-th set) with the models trained on the rest."""
    sets = {name: load(name) for name in (*SETS, *left_out)}
    folds = [left_out] if left_out else gain_folds(SETS, groups)
    for k, fold in enumerate(folds):
        if only and k not in only:
            continue
        fitted = fit_both([ex for name in SETS if name not in fold for ex in trainable(sets[name])])
        questions = [ex for name in fold for ex in sets[name] if ex.intent == "question"]
        cells = []
        for weight in weights:
            top1, top3 = _right(questions, category_model.from_dict(weight_file(fitted, weight)))
            cells.append(f"{weight:g}: {top1 / len(questions):.2%} / {top3 / len(questions):.2%}")
        label = ", ".join(fold) if left_out else f"fold {k + 1}/{groups} ({len(fold)} sets)"
        print(f"{label}, {len(questions)} questions, top-1 / top-3 by naive Bayes weight: {'; '.join(cells)}")


def judges(groups: int, only: tuple[int, ...]) -> None:
    from intents import router

    sets = {name: load(name) for name in SETS}
    # Per tenth of the lexicon's confidence: questions, right by the lexicon, by the model, by the router.
    tally: dict[int, list[int]] = {}
    for k, fold in enumerate(gain_folds(learned.UNREAD_SETS, groups)):
        if only and k not in only:
            continue
        model = category_model.from_dict(
            fit([ex for name in SETS if name not in fold for ex in trainable(sets[name])])
        )
        for ex in (ex for name in fold for ex in sets[name] if ex.intent == "question"):
            alone = router.route_with_model(ex.text, None)
            probabilities = model.probabilities(learned.message_features(ex.text))
            counts = tally.setdefault(min(int(alone.confidence * 10), 9), [0, 0, 0, 0])
            counts[0] += 1
            counts[1] += alone.category == ex.category
            counts[2] += max(probabilities, key=probabilities.__getitem__) == ex.category
            counts[3] += router.route_with_model(ex.text, model).category == ex.category
        print(f"fold {k + 1}/{groups} ({len(fold)} sets) scored", flush=True)
    print(judges_table(tally))


def judges_table(tally: dict[int, list[int]]) -> str:
    """The tally of ``judges`` as a table: share of the questions each judge put right first."""
    lines = [f"{'lexicon confidence':<20}{'questions':>10}{'lexicon':>9}{'model':>8}{'router':>8}"]
    rows = [(f"{tenth / 10:.1f}-{(tenth + 1) / 10:.1f}", tally[tenth]) for tenth in sorted(tally)]
    total = [sum(counts[i] for counts in tally.values()) for i in range(4)]
    for label, (n, lexicon, model, router) in [*rows, ("all", total)]:
        if n:
            lines.append(f"{label:<20}{n:>10}{lexicon / n:>9.1%}{model / n:>8.1%}{router / n:>8.1%}")
    return "\n".join(lines)


def _right(
    questions: list[Example], model: category_model.Model, chars: char_model.Model | None = None
) -> tuple[int, int]:
    """How many of the questions the router with this re-ranker (and its character n-grams' model, if
    given) puts right first, and within three."""
    from intents import router

    routes = [router.route_with_model(ex.text, model, chars=chars) for ex in questions]
    top1 = sum(r.category == ex.category for ex, r in zip(questions, routes, strict=True))
    top3 = sum(ex.category in r.categories[:3] for ex, r in zip(questions, routes, strict=True))
    return top1, top3


def _calibration(calibration: dict[str, list[tuple[float, bool]]]) -> None:
    """Share of the left-out questions and their top-1 per confidence band (docs/routing.md, Calibration)."""
    bands = ((0.7, 1.01, ">= 0.70"), (0.6, 0.7, "0.60-0.70"), (0.35, 0.6, "0.35-0.60"), (0.0, 0.35, "< 0.35"))
    print(f"{'confidence':<12}" + "".join(f"{label:>24}" for label in calibration))
    for low, high, label in bands:
        cells = []
        for rows in calibration.values():
            inside = [correct for value, correct in rows if low <= value < high]
            share = len(inside) / len(rows)
            top1 = sum(inside) / len(inside) if inside else 0.0
            cells.append(f"{share:>9.0%} share {top1:>5.0%} ok")
        print(f"{label:<12}" + "".join(f"{cell:>24}" for cell in cells))


def timing() -> None:
    """CPU time of route() per message, best of five passes, without and with the stored model."""
    from intents import router

    texts = [ex.text for name in SETS for ex in load(name)]
    model = category_model.load()
    for label, use in (("router alone", None), ("router + model", model)):
        p50, p99 = learned.cpu_percentiles(lambda text, use=use: router.route_with_model(text, use), texts)
        print(f"{label:<16} CPU per message: p50 {p50:.3f} ms, p99 {p99:.3f} ms ({len(texts)} messages)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "command", choices=("train", "evaluate", "timing", "gain", "naive-bayes", "judges", "mixture")
    )
    parser.add_argument("--out", type=Path, default=category_model.MODEL_PATH)
    parser.add_argument("--chars-out", type=Path, default=char_model.MODEL_PATH)
    parser.add_argument("--sweep", action="store_true", help="also other blend weights")
    parser.add_argument("--added", nargs="+", default=(), help="gain: the newly written sets")
    parser.add_argument("--groups", type=int, default=4, help="gain, naive-bayes, judges: folds of the sets")
    parser.add_argument(
        "--folds",
        type=int,
        nargs="+",
        default=(),
        help="gain, naive-bayes, judges: only these folds (1-based)",
    )
    parser.add_argument(
        "--weights",
        type=float,
        nargs="+",
        default=(0.0, NB_WEIGHT),
        help="naive-bayes: the weights to compare",
    )
    parser.add_argument(
        "--shares",
        type=float,
        nargs="+",
        default=(0.0, char_model.SHARE),
        help="mixture: the character n-grams' shares to compare",
    )
    parser.add_argument("--held-back", action="store_true", help="mixture: score the held-back sets")
    parser.add_argument(
        "--left-out", nargs="+", default=(), help="naive-bayes: score these sets instead of folds"
    )
    args = parser.parse_args(argv)
    if args.command == "train":
        train(args.out, args.chars_out)
    elif args.command == "timing":
        timing()
    elif args.command == "naive-bayes":
        naive_bayes(tuple(args.weights), tuple(args.left_out), args.groups, tuple(k - 1 for k in args.folds))
    elif args.command == "mixture":
        mixture(tuple(args.shares), args.held_back, args.groups, tuple(k - 1 for k in args.folds))
    elif args.command == "judges":
        judges(args.groups, tuple(k - 1 for k in args.folds))
    elif args.command == "gain":
        if not args.added:
            parser.error("gain needs --added SET ...")
        gain(tuple(args.added), args.groups, tuple(k - 1 for k in args.folds))
    else:
        evaluate(args.sweep)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
