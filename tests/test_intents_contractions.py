"""English contractions written out before matching (intents/data/normalise.yaml): without the apostrophe
"he'll", "she'll", "i'll", "we'll" and "we're" would read as the words hell, shell, ill, well and were.
Read as "he will", a threat told with a contraction meets the threat rules; exasperation over one more
club or exams failed again, and a young child's "I'll kill you" at play, stay below urgent."""

import pytest

from intents.text import normalise
from tests.test_intents_safety import round_tests


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He'll kill us", "he will kill us"),
        ("she’ll post them", "she will post them"),
        ("I'll be fine", "i will be fine"),
        ("we'll see, we're tired", "we will see we are tired"),
        ("THEY'LL come, you'll see, it'll pass", "they will come you will see it will pass"),
        ("that'll do, there'll be time", "that will do there will be time"),
        # The words themselves are left alone.
        ("what the hell, well done, she is ill", "what the hell well done she is ill"),
    ],
)
def test_contractions_are_written_out(text: str, expected: str) -> None:
    assert normalise(text) == expected


ALARM = [
    "my ex sends threatening texts that he'll take the kids and we'll never see them",
    "my husband says he'll kill me if I leave him again",
    "he said he'll kill me if i talk to that boy again",
    "her dad texted that he'll hurt her when she comes home",
    "the boys in his class say they'll beat him up after school",
    "some guy says he'll send my pics to my parents unless i pay",
]

QUIET_TWINS = [
    # Exasperation over a small thing done once more.
    "my wife jokes she'll kill me if I buy one more gadget for the kids",
    "my dad says he'll murder me if i fail my maths test again lol",
    "my daughter (14) says she'll kill me if i post one more baby photo of her",
    # A young child's words at play.
    "my 5 year old says 'I'll kill you' when she plays with her dolls",
    "our 7 yo yells i'll kill you at the zombies in minecraft",
    # Contractions in everyday worries.
    "we're worried she'll be ill again before the holidays",
    "i'll ask the teacher whether he'll need extra help with reading",
]

(
    test_contractions_raise_an_alarm,
    _,
    test_contractions_harmless_twins_stay_below_urgent,
    test_contractions_patterns_pass_their_gates,
) = round_tests(ALARM, [], QUIET_TWINS)
