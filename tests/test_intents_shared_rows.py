"""One lookup of a message's features for the category re-ranker and the safety backstop
(intents/shared_rows.py)."""

from __future__ import annotations

import numpy as np
import pytest

from bench.sets import load_texts
from intents import category_model, safety_model, shared_rows
from intents.category_model import known_rows
from intents.router import message_words


def small_models() -> tuple[category_model.Model, safety_model.Model]:
    model = category_model.from_dict(
        {
            "codes": ["sleep", "safety"],
            "intercept": [0.0, 0.0],
            "weights": {"w:slap": [[0, 2.0]], "w:bang": [[1, 1.0]], "w:thuis": [[1, 0.5]]},
        }
    )
    # Hidden rows: "w:bang" and "w:sla" (the hidden layer's own), then "w:thuis" (the linear model's only).
    hidden = safety_model.Hidden(
        {"w:bang": 0, "w:sla": 1, "w:thuis": 2},
        np.array([1.0, 0.0, 0.5]),
        np.ones((2, 3), dtype=np.float32),
        np.zeros(3, dtype=np.float32),
        np.ones(3, dtype=np.float32),
        0.0,
    )
    return model, safety_model.Model(-1.0, {"w:bang": 1.0, "w:thuis": 0.5}, hidden)


def test_each_model_gets_the_rows_of_its_own_lookup_in_the_order_found() -> None:
    model, backstop = small_models()
    assert backstop.hidden is not None
    found = ("w:thuis", "w:onbekend", "w:sla", "w:slap", "w:bang")
    in_model, in_hidden = shared_rows.lookup(model, backstop, found)
    assert in_model is not None and in_hidden is not None
    assert in_model.tolist() == [2, 0, 1] == model.known(found).tolist()
    assert in_hidden.tolist() == [2, 1, 0] == known_rows(backstop.hidden.rows, found).tolist()
    assert backstop.probability_at(in_hidden) == backstop.probability(found)
    assert model.probabilities_at(in_model) == model.probabilities(found)


def test_a_model_that_does_not_read_the_message_gets_no_rows() -> None:
    model, backstop = small_models()
    found = ("w:slap", "w:bang")
    assert shared_rows.lookup(None, None, found) == (None, None)
    in_model, in_hidden = shared_rows.lookup(model, None, found)
    assert in_hidden is None and in_model is not None and in_model.tolist() == [0, 1]
    in_model, in_hidden = shared_rows.lookup(None, backstop, found)
    assert in_model is None and in_hidden is not None and in_hidden.tolist() == [0]
    # A backstop without a hidden layer reads its weights by feature: it has no rows.
    linear = safety_model.Model(backstop.intercept, backstop.weights)
    assert shared_rows.lookup(model, linear, found)[1] is None
    with pytest.raises(ValueError, match="no rows"):
        linear.probability_at(np.array([0]))


def test_the_index_is_built_once_per_pair_of_models() -> None:
    model, backstop = small_models()
    assert backstop.hidden is not None
    first = shared_rows.shared(model, backstop.hidden)
    assert shared_rows.shared(model, backstop.hidden) is first
    other, _ = small_models()
    assert shared_rows.shared(other, backstop.hidden) is not first
    assert shared_rows.shared(other, backstop.hidden).model is other


def test_the_shipped_models_get_the_same_rows_as_from_their_own_lookups() -> None:
    model, backstop = category_model.load(), safety_model.load()
    assert model is not None and backstop is not None and backstop.hidden is not None
    index = shared_rows.shared(model, backstop.hidden)
    # Features of either model, of both, and of neither.
    assert len(model.rows) < len(index.positions) < len(model.rows) + len(backstop.hidden.rows)
    for text in load_texts(["long_tune2"])[:40]:
        found = category_model.features(message_words(text))
        in_model, in_hidden = index.lookup(found)
        assert np.array_equal(in_model, model.known(found))
        assert np.array_equal(in_hidden, known_rows(backstop.hidden.rows, found))
