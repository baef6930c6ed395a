"""The learned category re-ranker (intents/category_model.py, data/category_model.json.gz)."""

from __future__ import annotations

import importlib.util
import math
import sys
from pathlib import Path

import pytest

from intents import category_model, router, safety_model
from intents import route as full_route
from intents.classify import Scores
from intents.route import Route
from intents.router import route_with_model
from knowledge.taxonomy import CODES

REPO_ROOT = Path(__file__).resolve().parent.parent


def route(text: str) -> Route:
    """The router with the stored model, as ``route`` uses it."""
    return route_with_model(text, category_model.load())


def test_the_weight_file_loads_and_names_only_taxonomy_codes() -> None:
    model = category_model.load()
    assert model is not None
    # `other` too since the eighteenth session: a question outside the taxonomy (a vacancy, a fever, a school
    # newsletter) is a class of its own, not the nearest topic.
    assert set(model.codes) == set(CODES)
    assert len(model.intercept) == len(model.codes)
    assert model.matrix.shape == (len(model.rows), len(model.codes))
    # It grows with the tuning sets (gzip-compressed 1.4 MB from fifty-one; 2.6 MB and 10.6 MB as plain JSON
    # from a hundred and nine with the naive Bayes terms; 3.6 MB from a hundred and sixty-eight; 4.5 MB from
    # two hundred and forty; 5.0 MB from two hundred and ninety-one; under a second to load at start-up,
    # nothing per call): a bound that notices a runaway feature set, not a budget.
    assert category_model.MODEL_PATH.stat().st_size < 6_000_000


def test_probabilities_sum_to_one() -> None:
    model = category_model.load()
    assert model is not None
    found = category_model.features(("mijn", "zoon", "slaapt", "slecht"))
    assert sum(model.probabilities(found).values()) == pytest.approx(1.0)


def assert_training_is_deterministic(script: str, tmp_path: Path) -> None:
    """bench/SCRIPT trains the same weight file twice from the same data (one set keeps it quick; the same
    code trains the stored file on all sets)."""
    pytest.importorskip("sklearn")
    spec = importlib.util.spec_from_file_location(f"bench_{script}", REPO_ROOT / "bench" / f"{script}.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench
    spec.loader.exec_module(bench)
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    # The category re-ranker's training writes its character n-grams' model too.
    extra = (tmp_path / "a-chars.json", tmp_path / "b-chars.json") if script == "category_model" else ()
    bench.train(first, *extra[:1], sets=("age_tune",))
    bench.train(second, *extra[1:], sets=("age_tune",))
    assert first.read_bytes() == second.read_bytes()
    if extra:
        assert extra[0].read_bytes() == extra[1].read_bytes()


def test_the_training_script_is_deterministic(tmp_path: Path) -> None:
    assert_training_is_deterministic("category_model", tmp_path)


@pytest.mark.parametrize(
    ("text", "lexicon", "blended"),
    [
        # A boy who plays alone at every break: the lexicon hears a development word, the model knows it is
        # about friends and self-confidence.
        ("mijn zoon van 10 speelt in de pauze altijd alleen", "development", "self_image"),
        # A 13-year-old who stops talking and slams doors: adolescence rather than misbehaviour.
        ("mijn dochter van 13 wil niet meer met ons praten en slaat de deur dicht", "behaviour", "puberty"),
    ],
)
def test_the_model_settles_what_the_lexicon_misses(text: str, lexicon: str, blended: str) -> None:
    assert route_with_model(text, None).category == lexicon
    result = route(text)
    assert result.category == blended
    assert any(note.startswith(f"model -> {blended}") for note in result.explanation)


@pytest.mark.parametrize(
    "text",
    [
        "mijn zoon van 6 plast elke nacht in bed",
        "hij zit uren op tiktok en wordt boos als ik de wifi uitzet",
    ],
)
def test_a_clear_lexicon_decision_stands_without_a_model_note(text: str) -> None:
    alone, blended = route_with_model(text, None), route(text)
    assert blended.category == alone.category
    assert not any(note.startswith("model ->") for note in blended.explanation)


@pytest.mark.parametrize(
    "text",
    [
        "mijn vriend slaat me en ik ben bang dat hij de kinderen ook iets doet",
        "bedankt voor de hulp!",
        "hallo",
        "wat is de hoofdstad van Frankrijk",
        "mijn dochter van 15 is heel somber en zegt dat ze niet meer wil leven",
    ],
)
def test_safety_intent_and_profile_do_not_change(text: str) -> None:
    alone, blended = route_with_model(text, None), route(text)
    assert (blended.urgency, blended.intent, blended.role, blended.age_band) == (
        alone.urgency,
        alone.intent,
        alone.role,
        alone.age_band,
    )
    if blended.intent != "question":
        assert (blended.category, blended.categories, blended.confidence) == (
            alone.category,
            alone.categories,
            alone.confidence,
        )
    elif blended.urgency in ("urgent", "emergency"):
        # The model may re-rank the runners-up of an urgent message, never its urgency or safety confidence;
        # where the signal's own topic is clear it stays first.
        assert (blended.category, blended.confidence) == (alone.category, alone.confidence)


def test_the_model_settles_which_topic_an_urgent_message_is_about() -> None:
    # The lexicon reads "flat" as housing; the urgency stays the rules', the topic is the young person's mood.
    # (Round s12yl: "op het dak van de flat" is now a low_mood signal of its own, so another word order here.)
    text = "ik sta nu bij onze flat op het dak, ik ben 15"
    alone = route_with_model(text, None, backstop=safety_model.load())
    blended = full_route(text)
    assert alone.urgency == blended.urgency
    assert blended.urgency in ("urgent", "emergency")
    assert alone.category == "housing"
    assert blended.category == "low_mood"
    assert "housing" in blended.categories[:3]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # Sexual contact with an adult is abuse: the model may not file it under relationships.
        ("mijn dochter van 13 heeft een vriendje van 19", "safety"),
        # No word for a parent's illness: the writer's own low mood, whatever the model leans to.
        ("Mam wrażenie, że rodzinie byłoby lepiej beze mnie", "low_mood"),
    ],
)
def test_the_model_does_not_choose_every_topic_of_an_urgent_message(text: str, category: str) -> None:
    result = full_route(text)
    assert result.urgency in ("urgent", "emergency")
    assert result.category == category


@pytest.mark.parametrize(
    "text",
    [
        "mijn zoon van 15 gamet de hele nacht en gaat niet meer naar school",
        "ik ben alleenstaand en heb schulden, mijn kinderen merken het",
        "mijn dochter van 7 durft niet te vragen of ze mee mag doen met andere kinderen",
        "my dad gambles and we never have money for food",
    ],
)
def test_the_runners_up_order_never_changes_the_first_category(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = full_route(text)
    monkeypatch.setattr(router, "_runners_up", lambda scores, probabilities, codes: list(codes))
    lexicon_order = full_route(text)
    assert chosen.category == lexicon_order.category
    assert chosen.confidence == lexicon_order.confidence
    assert set(chosen.categories) == set(lexicon_order.categories)


def odds_model(probabilities: dict[str, float]) -> category_model.Model:
    """A re-ranker that gives every message these probabilities (its intercepts, no feature weights)."""
    codes = list(probabilities)
    return category_model.from_dict(
        {"codes": codes, "intercept": [math.log(probabilities[c]) for c in codes], "weights": {}}
    )


def rerank(scores: Scores, model: category_model.Model) -> tuple[Scores, str, dict[str, float]]:
    """The router's re-ranking with weight 2 and the model's own probabilities (no character n-grams)."""
    probabilities = model.probabilities(())
    blended, note = router._rerank(scores, model, 2.0, (), probabilities)
    return blended, note, probabilities


def test_the_first_category_is_the_best_product_of_lexicon_and_model() -> None:
    lexicon = Scores(ranked=[("sleep", 4.0), ("anxiety", 2.0)], confidence=0.7, explanation=[])
    model = odds_model({"sleep": 0.1, "anxiety": 0.8, "media": 0.1})
    # A sum with a small weight keeps the lexicon's sleep (4.2 against 3.6); the product weighs the model's
    # eight to one (1.8 x ln 8 = 3.7) against the lexicon's lead of 2: anxiety, with the model's note and a
    # lower confidence.
    blended, note, probabilities = rerank(lexicon, model)
    assert [code for code, _ in blended.ranked][:2] == ["anxiety", "sleep"]
    assert note.startswith("model -> anxiety")
    assert blended.confidence <= lexicon.confidence
    assert probabilities["anxiety"] == pytest.approx(0.8)
    # Strong words of the lexicon's stand against a mild preference of the model's: no note.
    sure = Scores(ranked=[("sleep", 6.0), ("anxiety", 1.0)], confidence=0.9, explanation=[])
    blended, note, _ = rerank(sure, odds_model({"sleep": 0.3, "anxiety": 0.6, "media": 0.1}))
    assert blended.ranked[0][0] == "sleep"
    assert note == ""


def test_other_gets_the_voice_the_lexicon_lacks_but_never_against_safety() -> None:
    # The lexicon heard a context word for sleep (2) and has no words for "none of mine": the model's even
    # odds between sleep and other go to other (OUTSIDE_TAXONOMY_PRIOR 2 against the lexicon's 2, plus the
    # model's slight lead), with sleep right behind for the clarifying question.
    lexicon = Scores(ranked=[("sleep", 2.0)], confidence=0.5, explanation=[])
    model = odds_model({"sleep": 0.45, "other": 0.5, "safety": 0.05})
    blended, note, _ = rerank(lexicon, model)
    assert [code for code, _ in blended.ranked][:2] == ["other", "sleep"]
    assert note.startswith("model -> other")
    # Without the lexicon's context word, other wins on the model's odds alone.
    assert rerank(Scores(ranked=[], confidence=0.0, explanation=[]), model)[0].ranked[0][0] == ("other")
    # A possible danger keeps its articles on safety at home, however likely "other" is.
    model = odds_model({"safety": 0.4, "other": 0.35, "sleep": 0.25})
    blended, _, _ = rerank(Scores(ranked=[("safety", 1.0)], confidence=0.4, explanation=[]), model)
    assert blended.ranked[0][0] == "safety"


def test_without_the_outside_prior_the_lexicons_context_word_decides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(router, "OUTSIDE_TAXONOMY_PRIOR", 0.0)
    lexicon = Scores(ranked=[("sleep", 2.0)], confidence=0.5, explanation=[])
    blended, _, _ = rerank(lexicon, odds_model({"sleep": 0.45, "other": 0.5, "safety": 0.05}))
    assert blended.ranked[0][0] == "sleep"


def test_runners_up_weigh_the_models_odds_against_the_lexicons_score() -> None:
    lexicon = Scores(ranked=[("sleep", 4.0), ("media", 0.5), ("school", 0.0)], confidence=0.7, explanation=[])
    probabilities = {"sleep": 0.6, "media": 0.001, "school": 0.01, "anxiety": 0.3}
    codes = {"sleep": 0.0, "media": 0.0, "school": 0.0, "anxiety": 0.0}
    # A code the model finds ten times likelier passes a small lexicon score ("media" 0.5): in a sum of
    # probabilities 0.01 and 0.001 are both next to nothing.
    assert router._runners_up(lexicon, probabilities, codes) == ["sleep", "anxiety", "school", "media"]
    assert router._runners_up(lexicon, {}, codes)[:2] == ["sleep", "media"]
