"""The category re-ranker's second reader: character n-grams of the message's words.

A multinomial logistic regression on TF-IDF weighted character 3- to 5-grams of the words the re-ranker reads
(each word padded with a space on both sides, so the n-grams at its edges are its beginning and its end),
trained offline by ``bench/category_model.py train`` and stored as sparse weights in
``data/category_chars.json.gz``. The stems and stem pairs of ``category_model`` read whole words; this reader
sees the parts of a word (a typo, a compound nobody wrote down, an inflection the stemmer does not know) and
was trained apart, so the two err in different places. ``mixed_probabilities`` mixes the two.
See docs/routing.md, "Learned re-ranking".
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import chain, repeat
from pathlib import Path

import numpy as np

from intents import cache as startup_cache
from intents import category_model

MODEL_PATH = Path(__file__).resolve().parent / "data" / "category_chars.json.gz"
SIZES = (3, 4, 5)
# This model's share of the re-ranker's logits. Chosen on four folds of the sets no rule round has read, each
# scored with both models trained without it (`bench/category_model.py mixture`), and on the held-back sets:
# docs/routing.md, "Learned re-ranking".
SHARE = 0.35
# Words whose n-grams' rows ``Model`` keeps; past this many it starts again (a service reads unbounded text).
WORDS_KEPT = 50_000
_NO_ROWS = np.empty(0, dtype=np.intp)


def grams(words: Iterable[str]) -> Counter[str]:
    """How often each character n-gram occurs in the words."""
    return Counter(chain.from_iterable(map(_word_grams, words)))


@lru_cache(maxsize=50_000)
def _word_grams(word: str) -> tuple[str, ...]:
    """A word's n-grams, the same in every message it is in. A word shorter than an n-gram is one n-gram of
    its own, once (so "ik" counts as " ik " and not also as a 4- and 5-gram)."""
    found: list[str] = []
    for part in word.lower().split():
        padded = f" {part} "
        for size in SIZES:
            if len(padded) <= size:
                found.append(padded)
                break
            found.extend(padded[i : i + size] for i in range(len(padded) - size + 1))
    return tuple(found)


def tf_idf(counts: Counter[str], rows: dict[str, int], idf: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The rows of the n-grams the model knows and their weights (``tf_idf_weights``). The training
    (bench/category_model.py) builds its design matrix with this very function."""
    index = np.fromiter(map(rows.get, counts, repeat(-1)), dtype=np.intp, count=len(counts))
    known = index >= 0
    index = index[known]
    counted = np.fromiter(counts.values(), dtype=float, count=len(counts))[known]
    return index, tf_idf_weights(counted, idf[index])


def tf_idf_weights(counts: np.ndarray, idf: np.ndarray) -> np.ndarray:
    """(1 + ln count) times the n-gram's inverse document frequency, scaled to length 1 over the known
    n-grams, so a long story weighs as much as a short question."""
    values = (1.0 + np.log(counts)) * idf
    norm = float(np.sqrt(values @ values))
    return values / norm if norm else values


@dataclass(frozen=True, slots=True)
class Model:
    codes: tuple[str, ...]
    intercept: np.ndarray
    # n-gram -> its row of ``idf`` and ``matrix`` (one weight per code, zero where the trained weight did not
    # matter).
    rows: dict[str, int]
    idf: np.ndarray
    matrix: np.ndarray
    # Per word, the rows of its known n-grams (as often as each occurs in it), filled as words are met.
    word_rows: dict[str, np.ndarray] = field(default_factory=dict, compare=False, repr=False)

    def logits(self, counts: Counter[str]) -> np.ndarray:
        index, values = tf_idf(counts, self.rows, self.idf)
        return self.intercept + values @ self.matrix.take(index, axis=0)

    def logits_of_words(self, words: Iterable[str]) -> np.ndarray:
        """``logits(grams(words))``, up to the order of the sum. Each word's n-grams are looked up once and
        kept: a long story's 600 distinct n-grams each cost a probe of a dictionary of 100,000 keys, which
        inside ``route`` mostly misses the processor's cache (docs/routing.md, "Thirty-ninth session")."""
        found = [self._rows_of(word) for word in words]
        index, counts = np.unique(np.concatenate(found) if found else _NO_ROWS, return_counts=True)
        values = tf_idf_weights(counts.astype(float), self.idf[index])
        return self.intercept + values @ self.matrix.take(index, axis=0)

    def _rows_of(self, word: str) -> np.ndarray:
        found = self.word_rows.get(word)
        if found is None:
            if len(self.word_rows) >= WORDS_KEPT:
                self.word_rows.clear()
            index = np.fromiter(map(self.rows.get, _word_grams(word), repeat(-1)), dtype=np.intp)
            found = self.word_rows[word] = index[index >= 0]
        return found


def mixed_probabilities(
    model: category_model.Model, rows: np.ndarray, chars: Model, words: Iterable[str]
) -> dict[str, float]:
    """The probabilities of the stems' model (for the message's ``rows`` in it, ``model.known``) and this one
    (for its ``words``) together: the softmax of their logits, this one's weighted ``SHARE`` (a geometric
    mean of the two distributions). Two readers trained apart err in different places; where both doubt, the
    one that saw the words' parts may settle it."""
    if chars.codes != model.codes:
        raise ValueError("the two category models were trained on different codes: train them together")
    logits = (1.0 - SHARE) * model.logits_at(rows) + SHARE * chars.logits_of_words(words)
    return category_model.softmax(model.codes, logits)


def from_dict(data: dict) -> Model:
    codes = tuple(data["codes"])
    grams = data["grams"]
    rows = {gram: row for row, gram in enumerate(grams)}
    idf = np.array([float(weight) for weight, _ in grams.values()])
    matrix = category_model.weight_matrix([pairs for _, pairs in grams.values()], len(codes))
    return Model(codes, np.array(data["intercept"], dtype=float), rows, idf, matrix)


@cache
def load(path: Path = MODEL_PATH) -> Model | None:
    """The stored model, read once; None when there is none (the stems then re-rank alone). Its arrays are
    kept in the start-up cache (intents/cache.py), as the stems' model's are: its JSON takes a second."""
    return startup_cache.model_file(
        "category_chars",
        path,
        sys.modules[__name__],
        from_dict,
        _to_arrays,
        _from_arrays,
    )


def _to_arrays(model: Model) -> dict[str, np.ndarray] | None:
    arrays = startup_cache.matrix_arrays(model.codes, model.rows, model.intercept, model.matrix)
    return None if arrays is None else {**arrays, "idf": model.idf}


def _from_arrays(arrays: dict[str, np.ndarray]) -> Model:
    codes, grams, intercept, matrix = startup_cache.matrix_from_arrays(arrays)
    idf = arrays["idf"]
    if idf.shape != (len(grams),) or idf.dtype != np.float64:
        raise ValueError("the arrays do not fit together")
    return Model(codes, intercept, {gram: row for row, gram in enumerate(grams)}, idf, matrix)
