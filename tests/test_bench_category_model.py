"""bench/category_model.py gain: how the older sets are dealt into folds, and its refusals (the fitting itself
needs scikit-learn, the bench extra, and minutes; it is run by hand)."""

from __future__ import annotations

import pytest

from bench import category_model


def test_gain_folds_deal_every_older_set_into_exactly_one_fold() -> None:
    older = tuple(f"set{i}" for i in range(10))
    folds = category_model.gain_folds(older, 4)
    assert folds == [
        ("set0", "set4", "set8"),
        ("set1", "set5", "set9"),
        ("set2", "set6"),
        ("set3", "set7"),
    ]
    assert sorted(name for fold in folds for name in fold) == sorted(older)


def test_gain_refuses_a_set_that_is_not_a_tuning_set_with_categories() -> None:
    # safety_tune labels urgency only; the held-out set is never a training set.
    for name in ("safety_tune", "routing_test"):
        with pytest.raises(SystemExit, match=name):
            category_model.gain((name,), 4, ())


def test_gain_needs_the_added_sets(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        category_model.main(["gain"])
    assert "gain needs --added" in capsys.readouterr().err
