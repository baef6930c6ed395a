"""bench/category_model.py: how the sets are dealt into folds, the refusals, the tables (the fitting itself
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


def test_naive_bayes_terms_add_to_the_regression_in_the_weight_file() -> None:
    import numpy as np

    fitted = category_model.Fitted(
        examples=[],
        index={"w:bed": 0, "w:plas": 1},
        order=["sleep", "toilet"],
        coef=np.array([[0.5, 0.0], [-0.5, 0.04]]),
        intercept=np.array([0.1, -0.1]),
        log_probabilities=np.array([[0.0, -1.0], [0.0, 1.0]]),
        log_prior=np.array([0.2, -0.2]),
    )
    alone = category_model.weight_file(fitted, 0.0)
    # The regression's 0.04 is below MIN_WEIGHT: "plas" has no weight of its own.
    assert alone["weights"] == {"w:bed": [[0, 0.5], [1, -0.5]]}
    assert alone["intercept"] == [0.1, -0.1]
    blended = category_model.weight_file(fitted, 0.1)
    assert blended["weights"] == {"w:bed": [[0, 0.5], [1, -0.5]], "w:plas": [[0, -0.1], [1, 0.14]]}
    assert blended["intercept"] == [0.12, -0.12]


def test_naive_bayes_comparison_never_reads_the_held_out_set() -> None:
    with pytest.raises(ValueError, match="held-out"):
        category_model.naive_bayes((0.0,), ("routing_test",), 4, ())


def test_unread_sets_are_trained_on_and_never_held_back() -> None:
    from bench import learned

    assert set(learned.UNREAD_SETS) <= set(category_model.SETS)
    assert not set(learned.UNREAD_SETS) & set(learned.HELD_BACK_SETS)
    assert len(set(learned.UNREAD_SETS)) == len(learned.UNREAD_SETS)


def test_judges_table_gives_each_judges_share_by_the_lexicons_confidence() -> None:
    # Per tenth of the lexicon's confidence: questions, right by the lexicon, the model, the router.
    table = category_model.judges_table({3: [4, 1, 3, 3], 9: [6, 6, 5, 6]}).splitlines()
    assert table[0].split() == ["lexicon", "confidence", "questions", "lexicon", "model", "router"]
    assert table[1].split() == ["0.3-0.4", "4", "25.0%", "75.0%", "75.0%"]
    assert table[2].split() == ["0.9-1.0", "6", "100.0%", "83.3%", "100.0%"]
    assert table[3].split() == ["all", "10", "70.0%", "80.0%", "90.0%"]
