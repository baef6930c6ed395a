"""The learned safety backstop (intents/safety_model.py, data/safety_model.json.gz)."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from intents import category_model, safety_model
from intents.router import message_words, route, route_with_model
from intents.safety import Triage, triage
from tests.test_intents_category_model import assert_training_is_deterministic


def test_the_weight_file_loads_and_is_compact() -> None:
    model = safety_model.load()
    assert model is not None
    assert model.weights
    assert all(isinstance(weight, float) for weight in model.weights.values())
    # Grows with the tuning sets (gzip-compressed 0.5 MB from fifty-one sets, 1.01 MB from two hundred and
    # thirty-three; 4.1 MB with the hidden layer's 166,000 rows of 16 bytes from two hundred and sixty-three):
    # a bound that notices a runaway feature set.
    assert safety_model.MODEL_PATH.stat().st_size < 5_000_000
    assert 0.5 <= safety_model.THRESHOLD < 1.0


def test_the_hidden_layer_loads_beside_the_linear_model() -> None:
    model = safety_model.load()
    assert model is not None and model.hidden is not None
    hidden = model.hidden
    assert hidden.matrix.shape[1] == len(hidden.bias) == len(hidden.out)
    assert hidden.matrix.dtype == np.float32
    # Only features of several training messages have a row of the matrix; the linear model keeps the rarer
    # ones too, and the lookup holds them all.
    assert 100_000 < len(hidden.matrix) < len(model.weights) <= len(hidden.rows) == len(hidden.linear)


def test_one_lookup_serves_both_models() -> None:
    model = safety_model.load()
    assert model is not None and model.hidden is not None
    hidden = model.hidden
    # Every row carries the linear model's weight, 0 for a feature only the hidden layer kept.
    assert {f: hidden.linear[row] for f, row in hidden.rows.items() if f in model.weights} == model.weights
    assert not any(hidden.linear[row] for f, row in hidden.rows.items() if f not in model.weights)
    found = category_model.features(message_words("ik durf niet naar huis, mijn vader is weer boos"))
    linear = safety_model.Model(model.intercept, model.weights)
    assert model.probability(found, linear_only=True) == pytest.approx(linear.probability(found), rel=1e-12)


@pytest.mark.parametrize(
    "text",
    [
        "mijn vriend zegt dat hij me vermoordt als ik het uitmaak",
        "mijn zoon van 4 slaapt slecht",
        "ik weet niet meer hoe ik thuis moet komen, hij wacht op me",
    ],
)
def test_the_probability_averages_the_two_models_log_odds(text: str) -> None:
    model = safety_model.load()
    assert model is not None and model.hidden is not None
    found = category_model.features(message_words(text))
    linear = safety_model.Model(model.intercept, model.weights)
    linear_logit = math.log(linear.probability(found) / (1 - linear.probability(found)))
    both = model.probability(found)
    assert math.log(both / (1 - both)) == pytest.approx((linear_logit + model.hidden.logit(found)) / 2)
    # A generator of features is read once for both.
    assert model.probability(iter(found)) == both


def test_a_features_unknown_to_the_hidden_layer_adds_nothing() -> None:
    model = safety_model.load()
    assert model is not None and model.hidden is not None
    found = category_model.features(message_words("mijn zoon van 4 slaapt slecht"))
    assert model.hidden.logit((*found, "w:qqqzzzx", "c:<qqq")) == model.hidden.logit(found)


def test_the_training_script_is_deterministic(tmp_path: Path) -> None:
    assert_training_is_deterministic("safety_model", tmp_path)


@pytest.mark.parametrize(
    "text",
    [
        # A child who hides when a parent has been drinking, and one who feeds the younger ones with no food
        # in the house: no rule names them. (A meal withheld as punishment was the example here until a rule
        # learned it, and bruises explained away as a fall until the models of two hundred and seventy-nine
        # sets no longer caught them and a rule learned the cover story. Among a dozen fresh sentences the
        # rules miss, the model catches only a few: it is a backstop, not a replacement.)
        "als mama gedronken heeft moet ik me verstoppen in de kast",
        "ik moet elke avond voor mijn broertjes zorgen want mama komt pas laat thuis en er is geen eten",
    ],
)
def test_it_raises_what_the_rules_miss_to_urgent_with_a_note(text: str) -> None:
    assert triage(text).urgency in ("none", "attention")
    result = route(text)
    assert result.urgency == "urgent"
    assert result.category == "safety"
    assert result.intent == "question"
    notes = [note for note in result.explanation if note.startswith("urgent (model): p=")]
    assert len(notes) == 1 and "(stems " in notes[0]


@pytest.mark.parametrize(
    "text",
    [
        "Ik ga dood van het lachen om dat filmpje.",
        "Ik schrok me dood toen hij van het klimrek viel, maar hij had niks",
        "Hij heeft nooit een hand naar me opgeheven",
        "Hij slaat me nooit, maar hij schreeuwt wel veel.",
        "In Fortnite schiet ik iedereen dood haha",
        "Mijn zoon kijkt horrorfilms waarin mensen worden vermoord",
        "Mijn dochter speelt graag oorlogje met haar broer",
        "Onze baby huilt veel en ik word er gek van",
        "Hoe praat ik met mijn kind over de dood van opa?",
        "Mijn dochter van 14 wil een tattoo",
    ],
)
def test_hard_negatives_stay_quiet(text: str) -> None:
    result = route(text)
    assert result.urgency in ("none", "attention")
    assert not any(note.startswith("urgent (model)") for note in result.explanation)


def test_it_never_lowers_and_never_calls_an_emergency() -> None:
    model = safety_model.load()
    words = message_words("Mijn vriend zegt dat hij me vermoordt als ik het uitmaak")
    # Above the rules' urgent it has nothing to add.
    assert safety_model.backstop(model, words, Triage("emergency", "safety", ())) is None
    assert safety_model.backstop(model, words, Triage("urgent", "safety", ())) is None
    raised = safety_model.backstop(model, words, Triage("none", None, ()))
    assert raised is not None and raised[0] >= safety_model.THRESHOLD


def test_a_guard_of_the_rules_silences_it_unless_it_is_very_sure() -> None:
    words = message_words("Mijn vriend zegt dat hij me vermoordt als ik het uitmaak")
    assert safety_model.THRESHOLD < 0.8 < safety_model.GUARDED_THRESHOLD < 0.95
    for p in (0.8, 0.95):
        # A model that gives every message probability p.
        model = safety_model.Model(intercept=math.log(p / (1 - p)), weights={})
        assert safety_model.backstop(model, words, Triage("attention", None, ())) is not None
        for guard in ("negation", "fiction", "figure", "lowered"):
            raised = safety_model.backstop(model, words, Triage("attention", None, (), quieted=(guard,)))
            assert (raised is not None) == (p >= safety_model.GUARDED_THRESHOLD), (p, guard)


def test_a_safety_first_ranking_lowers_the_threshold_to_the_agreement() -> None:
    words = message_words("papa en mama maken elke avond ruzie en ik ben bang")
    assert safety_model.AGREEMENT_THRESHOLD < 0.58 < safety_model.THRESHOLD
    # A model that gives every message p = 0.58: between the agreement and the threshold.
    model = safety_model.Model(intercept=math.log(0.58 / 0.42), weights={})
    found = category_model.features(words)
    calm = Triage("none", None, ())
    assert safety_model.backstop_on(model, found, calm) is None
    raised = safety_model.backstop_on(model, found, calm, safety_first=True)
    assert raised is not None and "safety first" in raised[1]
    # A guard of the rules still asks for the guarded threshold.
    quieted = Triage("none", None, (), quieted=("negation",))
    assert safety_model.backstop_on(model, found, quieted, safety_first=True) is None


def test_the_router_raises_on_agreement_only_where_safety_ranks_first() -> None:
    nearly = safety_model.Model(intercept=math.log(0.58 / 0.42), weights={})
    fearful = "papa en mama maken elke avond ruzie en ik ben bang"
    ranker = category_model.load()
    # The rules stay calm, and the categories put safety first.
    without_backstop = route_with_model(fearful, ranker, backstop=None)
    assert without_backstop.urgency == "none"
    assert without_backstop.category == "safety"
    assert route_with_model(fearful, ranker, backstop=nearly).urgency == "urgent"
    # p = 0.58 on a question about sleep raises nothing: the categories do not agree.
    assert route_with_model("mijn zoon van 4 slaapt slecht", ranker, backstop=nearly).urgency == "none"


def test_a_danger_told_next_to_a_negation_is_raised() -> None:
    # The rules read "slaat ... niet" and stay quiet; the children locked up for days without food is the
    # danger, in words no rule has.
    text = "mijn man slaat de kinderen niet maar sluit ze dagen op zonder eten"
    assert triage(text).quieted == ("negation",)
    assert triage(text).urgency == "none"
    assert route(text).urgency == "urgent"
    # The negation alone stays calm.
    assert route("mijn man slaat de kinderen niet").urgency == "none"


def test_without_a_model_the_rules_decide_alone() -> None:
    assert safety_model.backstop(None, ("hallo",), Triage("none", None, ())) is None


def test_the_backstop_raises_more_readily_in_the_languages_with_thinner_rules() -> None:
    # A model that gives every message p = 0.55: between the two thresholds.
    model = safety_model.Model(intercept=math.log(0.55 / 0.45), weights={})
    turkish = route_with_model("oglum geceleri hic uyumuyor ne yapmaliyim", None, backstop=model)
    dutch = route_with_model("mijn zoon slaapt 's nachts niet, wat moet ik doen", None, backstop=model)
    assert (turkish.lang, turkish.urgency) == ("tr", "urgent")
    assert (dutch.lang, dutch.urgency) == ("nl", "none")
    assert safety_model.OTHER_LANGUAGE_THRESHOLD < 0.55 < safety_model.THRESHOLD


def test_the_other_languages_use_the_linear_model_alone() -> None:
    # A hidden layer that calls everything urgent (log-odds 8) beside a linear model at log-odds -1 (p 0.27).
    eager = safety_model.Hidden(
        {}, np.zeros(0), np.zeros((0, 1), dtype=np.float32), np.ones(1), np.array([8.0]), 0.0
    )
    model = safety_model.Model(intercept=-1.0, weights={}, hidden=eager)
    dutch = route_with_model("mijn zoon slaapt 's nachts niet, wat moet ik doen", None, backstop=model)
    turkish = route_with_model("oglum geceleri hic uyumuyor ne yapmaliyim", None, backstop=model)
    # Dutch: the mean of -1 and 8 is p 0.97; Turkish: the linear p 0.27 is below even its lower threshold.
    assert (dutch.lang, dutch.urgency) == ("nl", "urgent")
    assert (turkish.lang, turkish.urgency) == ("tr", "none")
    found = category_model.features(message_words("oglum geceleri hic uyumuyor"))
    assert model.probability(found, linear_only=True) == pytest.approx(1 / (1 + math.e))


def test_the_threshold_of_the_other_languages_rises_with_the_length() -> None:
    start = safety_model.LENGTH_START
    assert safety_model.by_length(0.5, start) == 0.5
    assert safety_model.by_length(0.5, 3) == 0.5
    # One doubling of the words past the start: log-odds +LENGTH_SLOPE.
    doubled = safety_model.by_length(0.5, 2 * start)
    assert math.log(doubled / (1 - doubled)) == pytest.approx(safety_model.LENGTH_SLOPE)
    lengths = [start, start + 5, 2 * start, 3 * start, 10 * start]
    thresholds = [safety_model.by_length(0.5, n) for n in lengths]
    assert thresholds == sorted(thresholds) and thresholds[-1] < 1.0
    assert safety_model.by_length(0.7, 3 * start, slope=0.0) == 0.7


# A model that gives every message p = 0.55: above the other languages' threshold for a short message, below
# it for a long story (0.5 rises past 0.55 from about 23 words on), and below Dutch and English's at any
# length.
_LONG_TURKISH = (
    "merhaba ben iki cocuk annesiyim ve sizinle biraz konusmak istiyorum cunku son zamanlarda evde her sey "
    "cok karisik oldu esim yeni bir iste calismaya basladi ve aksamlari cok gec geliyor buyuk oglum okulda "
    "derslerine odaklanamiyor ogretmeni de bunu soyledi kucuk kizim ise geceleri uyumakta zorlaniyor ne "
    "yapmaliyim"
)
_LONG_DUTCH = (
    "hallo ik ben moeder van twee kinderen en ik wil graag even met iemand praten want de laatste tijd "
    "is het thuis erg onrustig mijn man is net aan een nieuwe baan begonnen en komt 's avonds laat thuis "
    "onze oudste kan zich op school slecht concentreren dat zei de juf ook en de jongste slaapt 's nachts "
    "slecht wat moet ik doen"
)


def test_a_long_story_in_the_other_languages_needs_a_higher_probability() -> None:
    model = safety_model.Model(intercept=math.log(0.55 / 0.45), weights={})
    short = route_with_model("oglum geceleri hic uyumuyor ne yapmaliyim", None, backstop=model)
    long = route_with_model(_LONG_TURKISH, None, backstop=model)
    assert (short.lang, short.urgency) == ("tr", "urgent")
    assert long.lang == "tr" and long.urgency in ("none", "attention")
    # The same long story told with p = 0.8 is raised: the length asks for more, it does not silence.
    sure = safety_model.Model(intercept=math.log(0.8 / 0.2), weights={})
    assert route_with_model(_LONG_TURKISH, None, backstop=sure).urgency == "urgent"


def test_dutch_and_english_keep_one_threshold_at_any_length() -> None:
    model = safety_model.Model(intercept=math.log(0.75 / 0.25), weights={})
    result = route_with_model(_LONG_DUTCH, None, backstop=model)
    assert len(message_words(_LONG_DUTCH)) > 3 * safety_model.LENGTH_START
    assert (result.lang, result.urgency) == ("nl", "urgent")
