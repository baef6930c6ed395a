"""A small learned safety backstop, behind the hand-written triage (intents/safety.py).

A binary logistic regression (urgent or emergency against none or attention), trained offline by
``bench/safety_model.py train`` on the urgency labels of the tuning sets, stored as sparse weights in
``data/safety_model.json.gz``. It reads the same features as the category re-ranker
(intents/category_model.py) and may only RAISE a message the rules left below urgent to ``urgent``: never
lower, never to emergency, and never where a rule's guard (figure of speech, negation, fiction, ...) chose to
keep quiet. See docs/routing.md, "Learned safety backstop".
"""

from __future__ import annotations

import base64
import math
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import islice, repeat
from pathlib import Path

import numpy as np

from intents import cache as startup_cache
from intents.category_model import features, known_rows
from intents.route import is_safety
from intents.safety import Triage

MODEL_PATH = Path(__file__).resolve().parent / "data" / "safety_model.json.gz"
# Chosen on the leave-one-set-out table of bench/safety_model.py evaluate (mean recall over the fair folds,
# with few more false alarms on any fold). On forty-three sets (twenty-five fair folds) 0.7 found one point
# more than 0.75 at the same mean false alarms. On sixty-six sets (the Dutch and English lines of the
# forty-two fair folds) 0.65 finds 0.6 points more than 0.7 at the same mean false alarms (89.1 / 3.7 %
# against 88.5 / 3.7 %; largest rise on one fold 2.6 against 2.4 points); 0.6 and below add false alarms
# (docs/routing.md, "Learned safety backstop"). Since the thirty-seventh session the probability is the mean
# of the linear model's and the hidden layer's log-odds: on four folds of the fifty-one unread sets (both
# trained without the fold; bench/backstop_trial.py --folds 4) it finds 2,351 of 2,414 urgent messages at 0.6
# with 416 false alarms, where the linear model alone found 2,337 at 0.65 with the same 416.
THRESHOLD = 0.6
# For Turkish, Arabic, Polish and Ukrainian messages, whose safety rules are thinner, the backstop is the
# linear model alone: on the four folds the hidden layer found no more of their urgent messages
# (bench/backstop_trial.py, "tr ar pl uk") and gave short messages of words it rarely saw a high probability
# ("Proszę do mnie zadzwonić" 0.86). The backstop raises more there (chosen with `bench/safety_model.py
# evaluate --languages tr ar pl uk`, docs/routing.md). A false alarm costs less in those languages, too: the
# bot answers none of their questions itself and offers a person either way; the flag puts the message first
# in the queue and shows the crisis numbers in that language.
OTHER_LANGUAGE_THRESHOLD = 0.5
# In those languages the threshold rises with the message's length: from LENGTH_START words on, its log-odds
# rise by LENGTH_SLOPE per doubling of the words (0.5 at 20 words, 0.73 at 40, 0.83 at 60). A bag of words
# over a long story adds up the small weights of past or harmless alarm words and of the many character
# n-grams of those languages, and at 0.5 little is needed to tip it. On the twenty-five fair folds of
# `bench/safety_model.py evaluate --languages tr ar pl uk` it keeps recall (89.5 %) and lowers false alarms
# from 3.4 to 3.0 % (largest rise on one fold 11.3 -> 6.5 points). For Dutch and English no slope or start
# beat 0.7 for every length: they only moved along the same trade of recall against false alarms, and
# neither did the strongest sentence's score (docs/routing.md, "Learned safety backstop").
LENGTH_START = 20
LENGTH_SLOPE = 1.0
# Where one of the rules' guards kept a pattern quiet (a negation, a figure of speech, a game, an `unless`),
# the backstop needs this much. A guard reads the words of its own pattern, but it used to silence the
# backstop for the whole message, also for a danger told elsewhere in other words ("mijn man slaat de kinderen
# niet maar sluit ze dagen op zonder eten"). On four folds of the unread sets (Dutch and English, models
# trained without the fold) the guarded messages the backstop finds at least this likely were urgent 44 times
# and calm 12 times (every fold at least two to one); at 0.65 51 and 30 (docs/routing.md, "Twenty-third
# session").
GUARDED_THRESHOLD = 0.9
# Where the router's ranking of the categories (the lexicon and the learned re-ranker) puts `safety` first,
# the backstop needs only this much: the judge of the topic and the judge of the danger agree. On four folds
# of the unread sets (both models trained without the fold) this raised 30 urgent and 28 calm messages, on
# the held-back four 3 and 3; lowering THRESHOLD trades about one urgent message for two calm ones. The lowest
# value that keeps every pinned harmless sentence of the rules' tests calm (the highest of them, "ik kan er
# beter niet bij zijn als hij zijn vader ziet", had p 0.42; docs/routing.md, "Twenty-fourth session"). With
# the hidden layer (thirty-seventh session) it had p 0.50, so 0.55 for a margin. Measured again with the
# router in the loop (bench/agreement_trial.py, thirty-eighth session): on four folds of the unread sets 0.55
# adds 2 urgent messages and no false alarm over no agreement, 0.45 and 0.5 about one false alarm per urgent
# message more; only 0.4 does better, and it raises that sentence (p 0.454 now).
AGREEMENT_THRESHOLD = 0.55
NOTE_STEMS = 3
MIN_NOTE_STEM = 5


@dataclass(frozen=True, slots=True, eq=False)
class Hidden:
    """A network with one hidden layer of rectified units over the same features: the linear model weighs each
    word on its own, this one also learns which words count together ("slaat" with "mij" rather than with
    "bal"). Trained with the linear model on the same examples; the backstop averages their log-odds.

    One lookup of a message's features serves both models (the lookup is most of the backstop's time):
    ``rows`` holds every feature either model knows, the hidden layer's own first, and ``linear`` the linear
    model's weight of each row."""

    rows: dict[str, int]
    linear: np.ndarray
    # One row per feature of the hidden layer (the first len(matrix) of ``rows``): one weight per hidden unit.
    matrix: np.ndarray
    bias: np.ndarray
    out: np.ndarray
    out_bias: float

    def logit(self, found: Iterable[str]) -> float:
        return self.logit_at(known_rows(self.rows, found))

    def logit_at(self, index: np.ndarray) -> float:
        units = self.bias + self.matrix.take(index[index < len(self.matrix)], axis=0).sum(axis=0)
        return self.out_bias + float(np.maximum(units, 0.0) @ self.out)


@dataclass(frozen=True, slots=True)
class Model:
    intercept: float
    weights: dict[str, float]
    # With a hidden layer, the probability reads the linear weights from its rows (``from_dict`` joins them);
    # ``weights`` then serves the explanation.
    hidden: Hidden | None = None

    def probability(self, found: Iterable[str], *, linear_only: bool = False) -> float:
        if self.hidden is None:
            return sigmoid(self.intercept + sum(map(self.weights.get, found, repeat(0.0))))
        return self.probability_at(known_rows(self.hidden.rows, found), linear_only=linear_only)

    def probability_at(self, rows: np.ndarray, *, linear_only: bool = False) -> float:
        """``probability`` for the message's ``rows`` in ``hidden.rows`` (``intents/shared_rows.py`` finds
        them for this model and the category re-ranker in one lookup)."""
        if self.hidden is None:
            raise ValueError("a model without a hidden layer has no rows: use probability")
        logit = self.intercept + float(self.hidden.linear.take(rows).sum())
        if not linear_only:
            logit = (logit + self.hidden.logit_at(rows)) / 2
        return sigmoid(logit)

    def evidence(self, found: Iterable[str]) -> list[str]:
        """The stems that pushed the linear model's probability up most, strongest first (the hidden layer's
        reasons are not one weight per word). Short words ("als", "hij") and stem pairs also weigh in long
        urgent stories but tell staff nothing, so they come last."""
        pushed = [(f, self.weights[f]) for f in found if f[0] in "wb" and self.weights.get(f, 0.0) > 0]
        telling = [(f, w) for f, w in pushed if f[0] == "w" and len(f) - 2 >= MIN_NOTE_STEM]
        rest = [item for item in pushed if item not in telling]
        return [f[2:] for f, _ in [*_strongest(telling), *_strongest(rest)]]


def sigmoid(logit: float) -> float:
    """The probability of log-odds ``logit`` (0 far below, where ``exp`` would overflow)."""
    return 1.0 / (1.0 + math.exp(-logit)) if logit > -500 else 0.0


def _strongest(items: list[tuple[str, float]]) -> list[tuple[str, float]]:
    return sorted(items, key=lambda item: (-item[1], item[0]))


def by_length(threshold: float, words: int, slope: float = LENGTH_SLOPE, start: int = LENGTH_START) -> float:
    """``threshold`` for a message of ``words`` words: above ``start`` words its log-odds rise by ``slope``
    per doubling of the length."""
    if slope <= 0 or words <= start or not 0 < threshold < 1:
        return threshold
    return sigmoid(math.log(threshold / (1 - threshold)) + slope * math.log2(words / start))


def from_dict(data: dict) -> Model:
    weights = {k: float(v) for k, v in data["weights"].items()}
    hidden = _hidden_from_dict(data["hidden"], weights) if "hidden" in data else None
    return Model(float(data["intercept"]), weights, hidden)


def _hidden_from_dict(data: dict, weights: dict[str, float]) -> Hidden:
    """The hidden layer's weights are stored as signed bytes with one scale per unit (a quarter of the size of
    floats; `largest_logit_shift` in the file says how far that moves a training message's log-odds)."""
    features = data["features"]
    scales = np.array(data["scales"], dtype=np.float32)
    quantised = np.frombuffer(base64.b64decode(data["matrix"]), dtype=np.int8)
    matrix = quantised.reshape(len(features), len(scales)).astype(np.float32) * scales
    return _joined(
        features,
        weights,
        matrix,
        np.array(data["bias"], dtype=np.float32),
        np.array(data["out"], dtype=np.float32),
        # float32 as the cached arrays keep it, so a model read from the cache is the same model.
        float(np.float32(data["out_bias"])),
    )


def _joined(
    features: list[str],
    weights: dict[str, float],
    matrix: np.ndarray,
    bias: np.ndarray,
    out: np.ndarray,
    out_bias: float,
) -> Hidden:
    """The hidden layer over ``features`` with the linear ``weights`` joined to its rows."""
    rows = {feature: row for row, feature in enumerate(features)}
    for feature in weights:
        rows.setdefault(feature, len(rows))
    linear = np.fromiter(map(weights.get, rows, repeat(0.0)), dtype=np.float64, count=len(rows))
    return Hidden(rows, linear, matrix, bias, out, out_bias)


@cache
def load(path: Path = MODEL_PATH) -> Model | None:
    """The stored model, read once; None when there is none (the rules then decide alone). Its weights are
    kept in the start-up cache (intents/cache.py) by the file's bytes, as the category model's are."""
    return startup_cache.model_file(
        "safety_model",
        path,
        sys.modules[__name__],
        from_dict,
        _to_arrays,
        _from_arrays,
    )


def _to_arrays(model: Model) -> dict[str, np.ndarray] | None:
    features = startup_cache.strings_array(model.weights)
    if features is None or not model.weights:
        return None
    arrays = {
        "features": features,
        "weights": np.array(list(model.weights.values()), dtype=np.float64),
        "intercept": np.array([model.intercept], dtype=np.float64),
    }
    if (hidden := model.hidden) is not None:
        hidden_features = startup_cache.strings_array(islice(hidden.rows, len(hidden.matrix)))
        if hidden_features is None or len(hidden.matrix) < 2:
            return None
        arrays |= {
            "hidden_features": hidden_features,
            "hidden_matrix": hidden.matrix,
            "hidden_bias": hidden.bias,
            "hidden_out": np.append(hidden.out, np.float32(hidden.out_bias)),
        }
    return arrays


def _from_arrays(stored: dict[str, np.ndarray]) -> Model:
    features = startup_cache.array_strings(stored["features"])
    weights, intercept = stored["weights"], stored["intercept"]
    if weights.shape != (len(features),) or weights.dtype != np.float64 or intercept.shape != (1,):
        raise ValueError("the arrays do not fit together")
    linear = dict(zip(features, weights.tolist(), strict=True))
    hidden = None
    if "hidden_matrix" in stored:
        rows = startup_cache.array_strings(stored["hidden_features"])
        matrix, bias, out = stored["hidden_matrix"], stored["hidden_bias"], stored["hidden_out"]
        if matrix.shape != (len(rows), len(bias)) or out.shape != (len(bias) + 1,):
            raise ValueError("the hidden layer's arrays do not fit together")
        hidden = _joined(rows, linear, matrix, bias, out[:-1], float(out[-1]))
    return Model(float(intercept[0]), linear, hidden)


def backstop(
    model: Model | None, words: tuple[str, ...], safety: Triage, threshold: float = THRESHOLD
) -> tuple[float, str] | None:
    """(probability, explanation note) when the model raises this message to urgent, else None.

    ``words``: the router's words with figures of speech left out (router.message_words). Only for messages
    the rules left below urgent; where one of their guards kept a pattern quiet only when very sure
    (``GUARDED_THRESHOLD``): a negation or a game that the rules read on purpose must not be overruled by a
    model that cannot read it, unless the rest of the message speaks of danger too."""
    return backstop_on(model, features(words), safety, threshold)


def backstop_on(
    model: Model | None,
    found: Iterable[str],
    safety: Triage,
    threshold: float = THRESHOLD,
    *,
    safety_first: bool = False,
    linear_only: bool = False,
    rows: np.ndarray | None = None,
) -> tuple[float, str] | None:
    """``backstop`` on the message's features already computed (the router shares them with the category
    re-ranker). ``safety_first``: the router's ranking of the categories puts `safety` first, and then
    ``AGREEMENT_THRESHOLD`` is enough. ``linear_only``: without the hidden layer (the router's choice for
    Turkish, Arabic, Polish and Ukrainian). ``rows``: the features' rows in the model's hidden layer, where
    the router looked them up already (``intents/shared_rows.py``)."""
    if model is None or is_safety(safety.urgency):
        return None
    if rows is None:
        p = model.probability(found, linear_only=linear_only)
    else:
        p = model.probability_at(rows, linear_only=linear_only)
    needed = min(threshold, AGREEMENT_THRESHOLD) if safety_first else threshold
    if p < (max(needed, GUARDED_THRESHOLD) if safety.quieted else needed):
        return None
    stems = model.evidence(found)[:NOTE_STEMS]
    agreed = ", safety first" if p < threshold else ""
    return p, f"urgent (model): p={p:.2f}{agreed} (stems {', '.join(stems)})"
