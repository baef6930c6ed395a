"""A small learned re-ranker for the categories of a question, next to the hand-written lexicon.

A multinomial logistic regression, trained offline by ``bench/category_model.py train`` on the tuning sets,
is stored as sparse weights in ``data/category_model.json``. At run time a message's features (the
router's own stems, stem pairs, and character n-grams of the words) are looked up and summed: no
scikit-learn, no numpy. See docs/routing.md, "Learned re-ranking".
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from intents.text import stems

MODEL_PATH = Path(__file__).resolve().parent / "data" / "category_model.json"
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
        keys = stems(word)
        stem = keys[0]
        found.update(dict.fromkeys("w:" + key for key in keys))
        if previous:
            found[f"b:{previous}_{stem}"] = None
        previous = stem
        if len(word) >= CHAR_MIN_WORD:
            padded = f"<{word}>"
            grams = ("c:" + padded[i : i + CHAR_N] for i in range(len(padded) - CHAR_N + 1))
            found.update(dict.fromkeys(grams))
    return tuple(found)


@dataclass(frozen=True, slots=True)
class Model:
    codes: tuple[str, ...]
    intercept: tuple[float, ...]
    # feature -> ((index into codes, weight), ...), only the weights that matter.
    weights: dict[str, tuple[tuple[int, float], ...]]

    def logits(self, found: Iterable[str]) -> list[float]:
        totals = list(self.intercept)
        for feature in found:
            for index, weight in self.weights.get(feature, ()):
                totals[index] += weight
        return totals

    def probabilities(self, found: Iterable[str]) -> dict[str, float]:
        logits = self.logits(found)
        top = max(logits)
        exps = [math.exp(value - top) for value in logits]
        total = sum(exps)
        return {code: value / total for code, value in zip(self.codes, exps, strict=True)}

    def contributions(self, found: Iterable[str], code: str) -> list[tuple[str, float]]:
        """The features that pushed ``code`` up most, strongest first: the model's evidence."""
        index = self.codes.index(code)
        pushed = [
            (feature, weight)
            for feature in found
            for i, weight in self.weights.get(feature, ())
            if i == index and weight > 0
        ]
        return sorted(pushed, key=lambda item: (-item[1], item[0]))


def from_dict(data: dict) -> Model:
    codes = tuple(data["codes"])
    weights = {
        feature: tuple((int(index), float(weight)) for index, weight in pairs)
        for feature, pairs in data["weights"].items()
    }
    return Model(codes, tuple(float(v) for v in data["intercept"]), weights)


@cache
def load(path: Path = MODEL_PATH) -> Model | None:
    """The stored model, read once; None when there is none (the lexicon then ranks alone)."""
    if not path.exists():
        return None
    return from_dict(json.loads(path.read_text(encoding="utf-8")))
