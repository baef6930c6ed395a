"""One dictionary lookup of a message's features for both learned readers of them.

The category re-ranker's stems model (intents/category_model.py) and the safety backstop's hidden layer
(intents/safety_model.py) read the same features, each from a dictionary of 200,000 to 300,000 of them. Inside
``route`` most probes of such a dictionary miss the processor's cache (the rest of ``route`` has filled it):
one lookup of a long story cost 170 to 200 us there against 60 us alone (docs/routing.md, "Thirty-eighth
session"). One dictionary over the features of both, with each model's row of every entry in an array, needs
one lookup and two array gathers.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import count, repeat

import numpy as np

from intents.category_model import Model, known_rows
from intents.safety_model import Hidden
from intents.safety_model import Model as Backstop

# Model pairs whose index is kept: the service has one; training and evaluation score a few in turn.
KEPT = 4


@dataclass(frozen=True, slots=True, eq=False)
class SharedRows:
    """Every feature either model knows -> its position; per position, its row in each model (-1: unknown)."""

    model: Model
    hidden: Hidden
    positions: dict[str, int]
    model_rows: np.ndarray
    hidden_rows: np.ndarray

    def lookup(self, found: Iterable[str]) -> tuple[np.ndarray, np.ndarray]:
        """The rows of ``found`` in the category model and in the hidden layer, each in the order found: the
        same arrays as each model's own lookup."""
        positions = known_rows(self.positions, found)
        in_model = self.model_rows.take(positions)
        in_hidden = self.hidden_rows.take(positions)
        return in_model[in_model >= 0], in_hidden[in_hidden >= 0]


def build(model: Model, hidden: Hidden) -> SharedRows:
    """The index of the two models. The category model numbers its rows 0, 1, ... in the order of its
    features: they keep those as their positions, and the features only the hidden layer knows follow."""
    # Per hidden row, its feature's row in the category model (-1 where the category model lacks it).
    in_model = np.fromiter(map(model.rows.get, hidden.rows, repeat(-1)), dtype=np.intp)
    only_hidden = np.flatnonzero(in_model < 0)
    features = list(hidden.rows)
    positions = dict(model.rows)
    positions.update(zip(map(features.__getitem__, only_hidden.tolist()), count(len(model.rows))))
    model_rows = np.full(len(positions), -1, dtype=np.intp)
    model_rows[: len(model.rows)] = np.arange(len(model.rows))
    hidden_rows = np.full(len(positions), -1, dtype=np.intp)
    in_both = np.flatnonzero(in_model >= 0)
    hidden_rows[in_model[in_both]] = in_both
    hidden_rows[len(model.rows) :] = only_hidden
    return SharedRows(model, hidden, positions, model_rows, hidden_rows)


# Under the GIL each step is atomic; two threads that build the same index at once only build it twice.
_kept: dict[tuple[int, int], SharedRows] = {}


def shared(model: Model, hidden: Hidden) -> SharedRows:
    """The index of this pair of models, built on first use (about 0.1 s) and kept."""
    key = (id(model), id(hidden))
    found = _kept.get(key)
    # The index holds its models, so an id in the key cannot belong to a model that was freed and replaced.
    if found is not None and found.model is model and found.hidden is hidden:
        return found
    if len(_kept) >= KEPT:
        _kept.clear()
    built = _kept[key] = build(model, hidden)
    return built


def lookup(
    model: Model | None, backstop: Backstop | None, found: tuple[str, ...]
) -> tuple[np.ndarray | None, np.ndarray | None]:
    """The message's rows in the category model and in the backstop's hidden layer (None for a model that is
    not there, and for a backstop without a hidden layer, which reads its weights by feature)."""
    hidden = backstop.hidden if backstop is not None else None
    if model is not None and hidden is not None:
        return shared(model, hidden).lookup(found)
    return (
        model.known(found) if model is not None else None,
        known_rows(hidden.rows, found) if hidden is not None else None,
    )
