"""The learned safety backstop: train it, and measure it honestly.

Usage:
    python bench/safety_model.py train      # writes intents/data/safety_model.json.gz
    python bench/safety_model.py evaluate   # leave-one-set-out table: rules alone vs rules + backstop
    python bench/safety_model.py timing     # CPU time of the backstop per message
    python bench/safety_model.py misses --folds SET ...   # what rules and backstop together miss on a set

Training data: every line of the tuning sets (SETS), labelled urgent+emergency against none+attention.
The held-out test set is never read here. The file holds two models of the same features, a logistic
regression and a network with one hidden layer; the router averages their log-odds (intents/safety_model.py).

Evaluation: for each set, a model is trained on the others and the rules with that backstop are scored
on the left-out set: recall of urgent+emergency and the false-alarm rate (none or attention called urgent or
emergency), for several thresholds. Choose the threshold on the mean over the folds, with at most about one
point more false alarms on every fold. The fairest folds are the sets whose safety lines were never read
for the rules (FAIR). The table scores the linear model alone unless ``--hidden`` (minutes per fold; the
pair is compared on four folds by bench/backstop_trial.py).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from bench import learned  # noqa: E402
from intents import safety_model  # noqa: E402
from intents.route import is_safety  # noqa: E402

SETS = learned.TUNING_SETS
# Sets whose safety lines someone read to write the rules; every other set is a fair fold (a new set is fair
# until a rule round reads it).
READ_FOR_RULES = (
    "routing_dev",
    "topic_tune",
    "profile_tune",
    "safety_tune",
    "safety_tune2",
    "safety_tune3",
    "youth_tune",
    "safety_tune4",
    "safety_tune5",
    "languages_tune",
    # Read by the sixth session's rounds (fa2, cat6) and by the seventh's rounds (s7nl; the language rounds
    # read the lines in Turkish, Arabic, Polish and Ukrainian).
    "safety_tune8",
    "safety_tune9",
    "topic_tune6",
    "languages_tune2",
    "languages_tune3",
    "languages_tune4",
    # Read by the eighth session's round s8nl.
    "safety_tune10",
    # Read by the ninth session's rounds s9en, s9nl and lang9.
    "english_tune3",
    "safety_tune11",
    "languages_tune9",
    # Read by the tenth session's rounds s10learn, s10nl and s10en.
    "learner_tune2",
    "learner_tune3",
    "safety_tune13",
    "youth_tune7",
    "english_tune4",
    # Read by the eleventh session's rounds s11nl, s11learn, s11en and s11youth.
    "safety_tune14",
    "short_tune5",
    "learner_tune4",
    "english_tune5",
    "youth_tune8",
    "mixed_tune8",
    "parents_tune6",
    # Read by the twelfth session's rounds (s12nl, s12yl, s12en, cat12) and every round since (rules and
    # backstop together).
    *learned.READ_BY_LATER_ROUNDS,
)
FAIR = tuple(name for name in SETS if name not in READ_FOR_RULES)
# L2 strength of the logistic regression (scikit-learn's C), and the smallest weight kept in the file.
C = 1.0
MIN_WEIGHT = 0.02
# The hidden layer (intents/safety_model.Hidden), chosen on four folds of the unread sets and confirmed
# on four new sets (docs/routing.md, "Thirty-seventh session"). Only features of at least
# HIDDEN_MIN_MESSAGES training messages: a rarer feature's row barely moves from its random start, and would
# only add noise and size.
HIDDEN_UNITS = 16
HIDDEN_MIN_MESSAGES = 3
HIDDEN_EPOCHS = 6
HIDDEN_ALPHA = 1e-4
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    urgent: bool
    source: str
    lang: str = ""


def load(name: str) -> list[Example]:
    return [Example(r["text"], is_safety(r["urgency"]), name, r.get("lang", "")) for r in learned.rows(name)]


# The hard negatives of the rules' own tests (figures of speech, lookalikes, games, questions), and the
# harmless twins of the language packs' tests: hand-written knowledge of what must stay quiet, learned as calm
# examples in every fold (never scored).
# Every safety round's, false-alarm round's, lead's mends' and category round's test module
# (test_intents_safety_sNAME.py, test_intents_safety_faNAME.py, test_intents_safety_cNAME.py,
# test_intents_topics_catNAME.py) is found by its name, so a new round's twins are calm examples without being
# listed here.
RULE_TESTS = (
    "test_intents_safety",
    "test_intents_safety_families",
    "test_intents_contractions",
    *(
        path.stem
        for kind in ("safety_s", "safety_fa", "safety_c", "topics_cat")
        for path in sorted((REPO_ROOT / "tests").glob(f"test_intents_{kind}*.py"))
    ),
    *(f"test_intents_pack_{lang}" for lang in ("ar", "pl", "tr", "uk")),
)
QUIET_TESTS = ("quiet", "hard_negatives", "harmless", "below_urgent")


def rule_test_negatives() -> list[Example]:
    import importlib

    sys.path.insert(0, str(REPO_ROOT / "tests"))
    found: dict[str, None] = {}
    for module_name in RULE_TESTS:
        module = importlib.import_module(module_name)
        for name, function in sorted(vars(module).items()):
            if not name.startswith("test_") or not any(word in name for word in QUIET_TESTS):
                continue
            for mark in getattr(function, "pytestmark", []):
                if mark.name == "parametrize" and mark.args[0] == "text":
                    found.update(dict.fromkeys(str(value) for value in mark.args[1]))
    return [Example(text, False, "rule_tests") for text in found]


def fit(examples: list[Example], c: float = C) -> dict[str, Any]:
    """A binary logistic regression on binary features, exported as the sparse weight file."""
    matrix, index = learned.design_matrix([ex.text for ex in examples])
    return _fit_matrix(matrix, index, examples, c)


def _fit_matrix(
    matrix: Any, index: dict[str, int], examples: list[Example], c: float = C, hidden: bool = True
) -> dict[str, Any]:
    """The linear model and (with ``hidden``) the hidden layer's network beside it, from the same matrix."""
    from sklearn.linear_model import LogisticRegression

    labels = [int(ex.urgent) for ex in examples]
    model = LogisticRegression(C=c, max_iter=3000, tol=1e-6)
    model.fit(matrix, labels)
    coef = model.coef_[0]
    weights = {
        feature: round(float(coef[column]), learned.DECIMALS)
        for feature, column in sorted(index.items())
        if abs(coef[column]) >= MIN_WEIGHT
    }
    data = {
        "about": "Learned safety backstop; written by bench/safety_model.py train. Do not edit.",
        "trained_on": sorted({ex.source for ex in examples}),
        "examples": len(examples),
        "intercept": round(float(model.intercept_[0]), learned.DECIMALS),
        "weights": weights,
    }
    if hidden:
        data["hidden"] = fit_hidden(matrix, index, labels)
    return data


def fit_hidden(matrix: Any, index: dict[str, int], labels: list[int]) -> dict[str, Any]:
    """The network with one hidden layer (intents/safety_model.Hidden), its first layer's weights as signed
    bytes with a scale per unit, base64 in the JSON."""
    import base64
    import warnings

    import numpy as np
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.neural_network import MLPClassifier

    messages_with = np.asarray(matrix.sum(axis=0)).ravel()
    columns = np.flatnonzero(messages_with >= HIDDEN_MIN_MESSAGES)
    trained = matrix[:, columns]
    network = MLPClassifier(
        hidden_layer_sizes=(HIDDEN_UNITS,),
        alpha=HIDDEN_ALPHA,
        batch_size=512,
        max_iter=HIDDEN_EPOCHS,
        random_state=0,
    )
    with warnings.catch_warnings():
        # A fixed number of passes on purpose (chosen on the folds); the loss still falls a little.
        warnings.simplefilter("ignore", ConvergenceWarning)
        network.fit(trained, labels)
    first, second = network.coefs_
    scales = np.array([float(f"{scale:.6g}") for scale in np.maximum(np.abs(first).max(axis=0), 1e-6) / 127])
    quantised = np.rint(first / scales).astype(np.int8)
    names = sorted(index, key=index.__getitem__)
    bias, out, out_bias = network.intercepts_[0], second[:, 0], network.intercepts_[1][0]

    def logits(weights: Any) -> Any:
        return np.maximum(trained @ weights + bias, 0.0) @ out + out_bias

    shift = np.abs(logits(quantised * scales) - logits(first)).max()
    return {
        "features": [names[column] for column in columns],
        "scales": scales.tolist(),
        "matrix": base64.b64encode(quantised.tobytes()).decode("ascii"),
        "bias": [round(float(b), 6) for b in bias],
        "out": [round(float(w), 6) for w in out],
        "out_bias": round(float(out_bias), 6),
        # How far storing the weights as bytes moves a training message's log-odds at most.
        "largest_logit_shift": round(float(shift), 4),
    }


class FoldMatrices:
    """The design matrix of every training line, built once; a fold's matrix is its rows and the columns they
    use, which is the matrix ``fit`` would build from those lines (same sorted vocabulary, same order), so the
    same model, without computing every message's features again for each of the fifty-odd folds."""

    def __init__(self, examples: list[Example]) -> None:
        import numpy as np

        self.examples = examples
        matrix, index = learned.design_matrix([ex.text for ex in examples])
        self.matrix = matrix.tocsc()
        self.vocabulary = np.array(sorted(index, key=index.__getitem__), dtype=object)
        self.sources = np.array([ex.source for ex in examples], dtype=object)

    def fit_without(self, names: Collection[str], hidden: bool = True) -> dict[str, Any]:
        """The backstop trained on every line but those of the sets ``names``; ``hidden``: with its hidden
        layer (a few minutes on all sets, where the linear model alone takes half a minute)."""
        import numpy as np

        rows = np.flatnonzero(~np.isin(self.sources, list(names)))
        sub = self.matrix[rows].tocsc()
        columns = np.flatnonzero(np.diff(sub.indptr) > 0)
        index = {str(feature): i for i, feature in enumerate(self.vocabulary[columns])}
        return _fit_matrix(sub[:, columns].tocsr(), index, [self.examples[i] for i in rows], hidden=hidden)


def training_examples(sets: Sequence[str] = SETS) -> list[Example]:
    """The backstop's examples: every line of the sets and the rules' calm twins."""
    return [ex for name in sets for ex in load(name)] + rule_test_negatives()


def train(path: Path, sets: tuple[str, ...] = SETS) -> None:
    data = fit(training_examples(sets))
    learned.write_json(path, data)
    hidden = data["hidden"]
    print(
        f"{path}: {len(data['weights'])} linear features, {len(hidden['features'])} in the hidden layer "
        f"(log-odds moved at most {hidden['largest_logit_shift']} by storing them as bytes), "
        f"{path.stat().st_size / 1024:.0f} KiB"
    )


@dataclass(frozen=True, slots=True)
class _Read:
    """What the rules concluded about one message, and what the backstop reads."""

    rules_urgent: bool
    urgency: str
    words: tuple[str, ...]
    triage: Any


def _read(text: str) -> _Read:
    from intents.router import SMS_LANGUAGES, message_words, route_with_model
    from intents.safety import triage

    routed = route_with_model(text, None)
    safety = triage(text, sms=routed.lang in SMS_LANGUAGES)
    return _Read(is_safety(routed.urgency), routed.urgency, message_words(text), safety)


def _rates(examples: list[Example], called: list[bool]) -> tuple[float, float]:
    urgent = [c for ex, c in zip(examples, called, strict=True) if ex.urgent]
    calm = [c for ex, c in zip(examples, called, strict=True) if not ex.urgent]
    return sum(urgent) / max(1, len(urgent)), sum(calm) / max(1, len(calm))


def evaluate(
    thresholds: tuple[float, ...],
    ignore_guards: bool,
    only_attention: bool = False,
    languages: tuple[str, ...] = (),
    length_slopes: tuple[float, ...] = (),
    only: tuple[str, ...] = (),
    hidden: bool = False,
) -> None:
    """The leave-one-set-out table. With ``languages``, each left-out set is scored on its lines in those
    languages only (the router has a threshold of its own for Turkish, Arabic, Polish and Ukrainian, which
    rises with the message's length: ``length_slopes``, by default the router's for those languages and 0
    without ``languages``; a column for every threshold and slope), and sets without such lines are skipped;
    every model still trains on all lines of the other sets. ``only``: score just these left-out sets (quick
    looks; the means are over them). ``hidden``: each fold's backstop with its hidden layer, as the router's
    (minutes per fold: with ``only``, or use bench/backstop_trial.py --folds); without it, the linear model
    alone."""
    from intents.safety import Triage

    slopes = length_slopes or ((safety_model.LENGTH_SLOPE,) if languages else (0.0,))
    columns = [(threshold, slope) for slope in slopes for threshold in thresholds]
    sets = {name: load(name) for name in SETS}
    left_out = [name for name in SETS if not only or name in only]
    scored = {name: [ex for ex in sets[name] if not languages or ex.lang in languages] for name in SETS}
    scored = {name: lines if name in left_out else [] for name, lines in scored.items()}
    negatives = rule_test_negatives()
    matrices = FoldMatrices([ex for name in SETS for ex in sets[name]] + negatives)
    reads = {name: [_read(ex.text) for ex in scored[name]] for name in SETS}
    head = "".join(f"{f't={t:.2f}' + (f' s={s:g}' if s else ''):>15}" for t, s in columns)
    print(f"{'left out':<14}{'urgent':>7}{'calm':>6}{'rules alone':>15}{head}")
    print(f"{'':<27}{'recall / FA':>15}" + f"{'recall / FA':>15}" * len(columns))
    table: dict[str, list[tuple[float, float]]] = {}
    models: dict[str, Any] = {}
    folds = [name for name, _ in learned.folds(SETS) if scored[name]]
    for name in folds:
        model = safety_model.from_dict(matrices.fit_without((name,), hidden))
        models[name] = model
        examples, read = scored[name], reads[name]
        rows = [_rates(examples, [r.rules_urgent for r in read])]
        for threshold, slope in columns:
            called = []
            for r in read:
                safety = r.triage if not ignore_guards else Triage(r.triage.urgency, None, ())
                raised = (
                    not r.rules_urgent
                    and (r.urgency == "attention" or not only_attention)
                    and safety_model.backstop(
                        model, r.words, safety, safety_model.by_length(threshold, len(r.words), slope)
                    )
                )
                called.append(r.rules_urgent or bool(raised))
            rows.append(_rates(examples, called))
        table[name] = rows
        urgent = sum(ex.urgent for ex in examples)
        cells = "".join(f"{rec:>8.1%} /{fa:>5.1%}" for rec, fa in rows)
        print(f"{name + ('*' if name in FAIR else ''):<14}{urgent:>7}{len(examples) - urgent:>6}{cells}")
    print()
    for label, names in (("mean", tuple(table)), ("mean fair*", tuple(n for n in FAIR if n in table))):
        means = list(zip(*(table[n] for n in names), strict=True))
        cells = "".join(
            f"{sum(r for r, _ in col) / len(col):>8.1%} /{sum(f for _, f in col) / len(col):>5.1%}"
            for col in means
        )
        print(f"{label:<27}{cells}")
    for label, names in (
        ("max FA rise", tuple(table)),
        ("max FA rise fair*", tuple(n for n in FAIR if n in table)),
    ):
        worst = [max(table[n][i + 1][1] - table[n][0][1] for n in names) for i in range(len(columns))]
        print(f"{label:<27}{'':>15}" + "".join(f"{w * 100:>13.1f}pt" for w in worst))
    print()
    if not languages and not only:
        _categories(sets, models)


def _categories(sets: dict[str, list[Example]], models: dict[str, Any]) -> None:
    """On the fair folds, the messages the backstop raises that are truly urgent: how often is the
    category right with the backstop (the topic when clear, else "safety"), without it (the router's own
    topic), and if it were always "safety"?"""
    from intents.router import route_with_model

    raised_ok = own_ok = always = total = 0
    for name in FAIR:
        labels = {r["text"]: r.get("category") for r in learned.rows(name)}
        for ex in sets[name]:
            if not ex.urgent or labels.get(ex.text) is None:
                continue
            raised = route_with_model(ex.text, None, backstop=models[name])
            if not any(note.startswith("urgent (model)") for note in raised.explanation):
                continue
            alone = route_with_model(ex.text, None)
            total += 1
            raised_ok += raised.category == labels[ex.text]
            own_ok += alone.category == labels[ex.text]
            always += labels[ex.text] == "safety"
    print(
        f"category right of the {total} truly urgent messages raised on the fair folds "
        f"at t={safety_model.THRESHOLD}: with the backstop {raised_ok}, router's own topic {own_ok}, "
        f"always safety {always}"
    )


def misses(names: tuple[str, ...], out: Any = sys.stdout) -> None:
    """For each named tuning set, the router with a backstop trained without that set: every urgent line it
    leaves below urgent and every calm line it raises, as JSON lines, and a count per set. What the whole
    system misses on an author it has not seen: the material of a safety round (docs/routing.md, "Nineteenth
    session"). Reading a set's lines makes it a read set (learned.READ_BY_...)."""
    import json

    from intents.router import route_with_model

    unknown = sorted(set(names) - set(SETS))
    if unknown:
        raise SystemExit(f"not a tuning set: {', '.join(unknown)}")
    sets = {name: load(name) for name in SETS}
    matrices = FoldMatrices([ex for name in SETS for ex in sets[name]] + rule_test_negatives())
    for name in names:
        model = safety_model.from_dict(matrices.fit_without((name,)))
        urgent = calm = missed = raised = 0
        for row in learned.rows(name):
            routed = route_with_model(row["text"], None, backstop=model)
            truth, called = is_safety(row["urgency"]), is_safety(routed.urgency)
            urgent, calm = urgent + truth, calm + (not truth)
            if truth != called:
                missed, raised = missed + truth, raised + called
                kind = "missed" if truth else "false alarm"
                line = {"set": name, "kind": kind, "label": row["urgency"], "routed": routed.urgency}
                out.write(json.dumps({**line, "category": row.get("category"), "text": row["text"]}) + "\n")
        print(f"{name}: missed {missed} of {urgent} urgent, {raised} false alarms of {calm}", file=sys.stderr)


def timing() -> None:
    """CPU time of the backstop's own work per message (features, lookup, sigmoid), best of five passes."""
    from intents.router import message_words
    from intents.safety import Triage

    model = safety_model.load()
    calm = Triage("none", None, ())
    words = [message_words(ex.text) for name in SETS for ex in load(name)]
    # Threshold 2.0: every message goes through the sum and the sigmoid, none through the note. by_length
    # returns a threshold above 1 unchanged, so only its call and checks are timed here, not its logarithms.
    p50, p99 = learned.cpu_percentiles(
        lambda w: safety_model.backstop(model, w, calm, safety_model.by_length(2.0, len(w))), words
    )
    print(f"backstop CPU per message: p50 {p50:.3f} ms, p99 {p99:.3f} ms ({len(words)} messages)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("command", choices=("train", "evaluate", "timing", "misses"))
    parser.add_argument("--out", type=Path, default=safety_model.MODEL_PATH)
    parser.add_argument("--thresholds", type=float, nargs="+", default=THRESHOLDS)
    parser.add_argument(
        "--ignore-guards", action="store_true", help="also raise where a rule's guard kept quiet"
    )
    parser.add_argument(
        "--only-attention", action="store_true", help="raise only what the router flagged attention"
    )
    parser.add_argument(
        "--languages", nargs="+", default=(), help="score only the lines in these languages (tr ar pl uk)"
    )
    parser.add_argument(
        "--length-slopes",
        type=float,
        nargs="+",
        default=(),
        help="rises of the threshold's log-odds per doubling of the words past safety_model.LENGTH_START "
        "(default: the router's for the other languages with --languages, else 0)",
    )
    parser.add_argument(
        "--folds", nargs="+", default=(), help="evaluate: score only these left-out sets; misses: the sets"
    )
    parser.add_argument(
        "--hidden", action="store_true", help="evaluate: with the hidden layer too (minutes per fold)"
    )
    args = parser.parse_args(argv)
    if args.command == "train":
        train(args.out)
    elif args.command == "timing":
        timing()
    elif args.command == "misses":
        misses(tuple(args.folds))
    else:
        evaluate(
            tuple(args.thresholds),
            args.ignore_guards,
            args.only_attention,
            tuple(args.languages),
            tuple(args.length_slopes),
            tuple(args.folds),
            args.hidden,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
