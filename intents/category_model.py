"""A small learned re-ranker for the categories of a question, next to the hand-written lexicon.

A multinomial logistic regression, trained offline by ``bench/category_model.py train`` on the tuning sets,
is stored as sparse weights in ``data/category_model.json.gz``. At run time a message's features (the
router's own stems, stem pairs, and character n-grams of the words) are looked up and summed with numpy;
no scikit-learn. See docs/routing.md, "Learned re-ranking".
"""

from __future__ import annotations

import sys
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import repeat
from pathlib import Path

import numpy as np

from intents import cache as startup_cache
from intents.text import stems

MODEL_PATH = Path(__file__).resolve().parent / "data" / "category_model.json.gz"
# Character n-grams only of longer words: short words are covered by their stem, and the n-grams are
# there for typos and unseen compounds ("slaapritme", "bedplasalarm").
CHAR_N = 4
CHAR_MIN_WORD = 6


def features(words: Iterable[str]) -> tuple[str, ...]:
    """The message's features: word stems, pairs of neighbouring stems, and character n-grams of longer
    words. Each once: whether a feature occurs, not how often, so a long story does not drown its question.
    In the order first met, not a set's: the models sum weights in this order, and a set's order follows
    the process's string hashing, so near-equal categories would swap from one run of the service to the
    next."""
    found: dict[str, None] = {}
    previous = ""
    for word in words:
        stem, own, grams = _word_features(word)
        found.update(own)
        if previous:
            found[f"b:{previous}_{stem}"] = None
        previous = stem
        found.update(grams)
    return tuple(found)


@lru_cache(maxsize=50_000)
def _word_features(word: str) -> tuple[str, dict[str, None], dict[str, None]]:
    """A word's first stem, its stem features and its character n-grams: the same for every message it is
    in, and a long story has a hundred words. The features as dicts, which ``features`` adds to its own in
    one update each; shared by every call, so never changed."""
    keys = stems(word)
    grams: dict[str, None] = {}
    if len(word) >= CHAR_MIN_WORD:
        padded = f"<{word}>"
        grams = dict.fromkeys("c:" + padded[i : i + CHAR_N] for i in range(len(padded) - CHAR_N + 1))
    return keys[0], dict.fromkeys("w:" + key for key in keys), grams


@dataclass(frozen=True, slots=True)
class Model:
    codes: tuple[str, ...]
    intercept: np.ndarray
    # feature -> its row of ``matrix``: one weight per code (zero where the trained weight did not matter).
    rows: dict[str, int]
    # Dense on purpose: a long story has some 350 features and 4,000 stored weights, which a Python loop sums
    # in 0.5 ms and one gather of rows in 0.1 ms; the matrix costs about 25 MB of memory.
    matrix: np.ndarray

    def known(self, found: Iterable[str]) -> np.ndarray:
        """The rows of the features this model knows, in the order found (``intents/shared_rows.py`` finds
        them for this model and the safety backstop in one lookup)."""
        return known_rows(self.rows, found)

    def logits(self, found: Iterable[str]) -> np.ndarray:
        return self.logits_at(self.known(found))

    def logits_at(self, rows: np.ndarray) -> np.ndarray:
        return self.intercept + self.matrix.take(rows, axis=0).sum(axis=0)

    def probabilities(self, found: Iterable[str]) -> dict[str, float]:
        return self.probabilities_at(self.known(found))

    def probabilities_at(self, rows: np.ndarray) -> dict[str, float]:
        return softmax(self.codes, self.logits_at(rows))

    def contributions(self, found: Iterable[str], code: str) -> list[tuple[str, float]]:
        """The features that pushed ``code`` up most, strongest first: the model's evidence."""
        index = self.codes.index(code)
        known = [(feature, row) for feature in found if (row := self.rows.get(feature)) is not None]
        # One gather of the column instead of a numpy scalar read per feature.
        weights = self.matrix[[row for _, row in known], index].tolist()
        pushed = [(feature, w) for (feature, _), w in zip(known, weights, strict=True) if w > 0]
        return sorted(pushed, key=lambda item: (-item[1], item[0]))


def known_rows(rows: dict[str, int], found: Iterable[str]) -> np.ndarray:
    """The rows of the features a model knows, in the order found, ready for ``take``: looked up without a
    Python-level loop (-1 for an unknown feature, then left out)."""
    index = np.fromiter(map(rows.get, found, repeat(-1)), dtype=np.intp)
    return index[index >= 0]


def softmax(codes: tuple[str, ...], logits: np.ndarray) -> dict[str, float]:
    """The probability of each code."""
    exps = np.exp(logits - logits.max())
    return dict(zip(codes, (exps / exps.sum()).tolist(), strict=True))


def from_dict(data: dict) -> Model:
    codes = tuple(data["codes"])
    rows = {feature: row for row, feature in enumerate(data["weights"])}
    matrix = weight_matrix(data["weights"].values(), len(codes))
    return Model(codes, np.array(data["intercept"], dtype=float), rows, matrix)


def weight_matrix(rows: Collection[list[list[float]]], codes: int) -> np.ndarray:
    """The dense matrix of a weight file's rows, each a list of [code index, weight] pairs (item by item: one
    fancy-indexed assignment of a million places was twice as slow, building its index lists)."""
    matrix = np.zeros((len(rows), codes))
    for row, pairs in enumerate(rows):
        for index, weight in pairs:
            matrix[row, int(index)] = float(weight)
    return matrix


@cache
def load(path: Path = MODEL_PATH) -> Model | None:
    """The stored model, read once; None when there is none (the lexicon then ranks alone).

    Parsing the JSON into the dense matrix is most of a second: the arrays are kept in the start-up cache
    (intents/cache.py), keyed by the model file's bytes and this module's code."""
    return startup_cache.model_file(
        "category_model",
        path,
        sys.modules[__name__],
        from_dict,
        lambda model: startup_cache.matrix_arrays(model.codes, model.rows, model.intercept, model.matrix),
        _from_arrays,
    )


def _from_arrays(arrays: dict[str, np.ndarray]) -> Model:
    """The model ``load`` stored: the same codes, rows in the same order, the same float64 weights."""
    codes, features, intercept, matrix = startup_cache.matrix_from_arrays(arrays)
    return Model(codes, intercept, {feature: row for row, feature in enumerate(features)}, matrix)
