"""The re-ranker's character n-grams' model (intents/char_model.py) and its mixture with the stems' model."""

from __future__ import annotations

import gzip
import json
import math
from collections import Counter

import numpy as np
import pytest

from bench.sets import load_texts
from intents import category_model, char_model, router


def test_a_word_gives_its_padded_three_to_five_grams() -> None:
    assert char_model.grams(["kat"]) == Counter(
        {" ka": 1, "kat": 1, "at ": 1, " kat": 1, "kat ": 1, " kat ": 1}
    )


def test_a_word_shorter_than_an_n_gram_is_one_n_gram_once() -> None:
    # " ik " is a 4-gram; it is not counted again as a 5-gram.
    assert char_model.grams(["ik"]) == Counter({" ik": 1, "ik ": 1, " ik ": 1})
    assert char_model.grams(["a"]) == Counter({" a ": 1})


def test_n_grams_are_counted_over_the_words_and_lower_case() -> None:
    counts = char_model.grams(["Bed", "bed", "bedplassen"])
    assert counts[" bed"] == 3
    assert counts["bed "] == 2
    assert "Bed" not in "".join(counts)


def test_tf_idf_weighs_repeats_by_their_logarithm_and_has_length_one() -> None:
    rows = {" be": 0, "bed": 1, "ed ": 2}
    idf = np.array([1.0, 2.0, 3.0])
    index, values = char_model.tf_idf(Counter({"bed": 3, "ed ": 1, "unknown": 5}), rows, idf)
    assert index.tolist() == [1, 2]
    raw = [(1 + math.log(3)) * 2.0, 3.0]
    norm = math.hypot(*raw)
    assert values.tolist() == pytest.approx([raw[0] / norm, raw[1] / norm])
    assert char_model.tf_idf(Counter({"unknown": 1}), rows, idf)[1].size == 0


def small_pair(
    chars_codes: tuple[str, ...] = ("sleep", "media"),
) -> tuple[category_model.Model, char_model.Model]:
    stems = category_model.from_dict(
        {"codes": ["sleep", "media"], "intercept": [0.0, 0.0], "weights": {"w:slap": [[0, 2.0]]}}
    )
    chars = char_model.from_dict(
        {
            "codes": list(chars_codes),
            "intercept": [0.0, 0.0],
            "grams": {"gam": [1.0, [[1, 4.0]]], "ame": [1.0, []]},
        }
    )
    return stems, chars


def test_the_mixture_is_the_softmax_of_both_models_logits(monkeypatch: pytest.MonkeyPatch) -> None:
    stems, chars = small_pair()
    counts = Counter({"gam": 1, "ame": 1})
    # The n-gram without weights still counts in the length: "gam" weighs 1/sqrt(2).
    assert chars.logits(counts).tolist() == pytest.approx([0.0, 4.0 / math.sqrt(2)])
    # Of the n-grams of "game" the model knows "gam" and "ame", once each: the counts above.
    assert chars.logits_of_words(["game"]).tolist() == pytest.approx(chars.logits(counts).tolist())
    monkeypatch.setattr(char_model, "SHARE", 0.5)
    mixed = char_model.mixed_probabilities(stems, stems.known(["w:slap"]), chars, ["game"])
    sleep, media = 0.5 * 2.0, 0.5 * 4.0 / math.sqrt(2)
    assert mixed["sleep"] == pytest.approx(math.exp(sleep) / (math.exp(sleep) + math.exp(media)))
    monkeypatch.setattr(char_model, "SHARE", 0.0)
    assert char_model.mixed_probabilities(stems, stems.known(["w:slap"]), chars, ["game"]) == pytest.approx(
        stems.probabilities(["w:slap"])
    )


def test_the_words_n_grams_give_the_logits_of_their_counts() -> None:
    chars = char_model.load()
    assert chars is not None
    for text in load_texts(["long_tune2", "short_tune3"])[:200]:
        words = router.message_words(text)
        assert chars.logits_of_words(words) == pytest.approx(chars.logits(char_model.grams(words)), rel=1e-9)
    assert chars.logits_of_words(()) == pytest.approx(chars.logits(Counter()))


def test_the_rows_kept_per_word_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    _, chars = small_pair()
    monkeypatch.setattr(char_model, "WORDS_KEPT", 2)
    before = chars.logits_of_words(["game", "gamer", "games"])
    assert len(chars.word_rows) <= 2
    assert chars.logits_of_words(["game", "gamer", "games"]).tolist() == before.tolist()


def test_models_trained_apart_are_refused() -> None:
    stems, chars = small_pair(chars_codes=("media", "sleep"))
    with pytest.raises(ValueError, match="train them together"):
        char_model.mixed_probabilities(stems, stems.known([]), chars, [])


def test_the_shipped_models_were_trained_together() -> None:
    stems = json.loads(gzip.decompress(category_model.MODEL_PATH.read_bytes()))
    chars = json.loads(gzip.decompress(char_model.MODEL_PATH.read_bytes()))
    assert chars["codes"] == stems["codes"]
    assert chars["trained_on"] == stems["trained_on"]
    assert chars["examples"] == stems["examples"]
    assert "routing_test" not in chars["trained_on"]


def test_route_reads_with_both_models() -> None:
    text = "onze zoon van 9 zit elke avond tot laat op fortnite en wordt boos als hij moet stoppen"
    assert char_model.load() is not None
    both = router.route_with_model(
        text,
        category_model.load(),
        router.MODEL_WEIGHT,
        backstop=router.safety_model.load(),
        chars=char_model.load(),
    )
    assert router.route(text) == both
    assert both.category == "media"


def test_without_the_file_the_stems_model_ranks_alone(tmp_path) -> None:
    assert char_model.load(tmp_path / "absent.json.gz") is None
