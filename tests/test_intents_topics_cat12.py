"""Round cat12: topic words for young people's and newcomers' everyday phrasings (lexicon only). One section
per family of misses found on mixed_tune9, youth_tune9, learner_tune5 and safety_tune15; every sentence here
is written for this file. The rules alone (`route_with_model(text, None)`) decide."""

import pytest

from intents.route import is_safety
from intents.router import route_with_model


def _category(text: str) -> str:
    return route_with_model(text, None).category


def _top3(text: str) -> list[str]:
    return route_with_model(text, None).categories[:3]


# Not fitting in, alone at break, how to make friends, feeling invisible: self image.
@pytest.mark.parametrize(
    "text",
    [
        "ik hoor nergens bij in mijn nieuwe klas, ik ben 13",
        "ik zit elke dag alleen in de pauze, hoe maak ik contact",
        "hoe kom je aan vrienden als je verlegen bent",
        "I always feel like an outsider in my friend group",
        "nobody texts me first, I feel so invisible",
    ],
)
def test_cat12_self_image_family(text: str) -> None:
    assert _category(text) == "self_image"


# Powder found, running parcels for older boys, sniffed something, study drugs, blind drunk: substances.
@pytest.mark.parametrize(
    "text",
    [
        "ik vond een zakje met wit poeder in de jas van mijn zoon",
        "my friend takes adderall to study, is that dangerous",
        "hij heeft op een feestje iets gesnoven en doet nu heel raar",
    ],
)
def test_cat12_substances_family(text: str) -> None:
    assert _category(text) == "substances"


# Blind drunk, parcels to run for older boys: substances in the top three (the danger signal may come first).
@pytest.mark.parametrize(
    "text",
    [
        "onze dochter kwam stomdronken thuis van een verjaardag",
        "ze vragen of ik pakketjes wil wegbrengen voor ze, ik ben 15",
        "is mijn zoon een drugsrunner geworden? hij heeft ineens veel geld",
    ],
)
def test_cat12_substances_in_top_three(text: str) -> None:
    assert "substances" in _top3(text)


# Anonymity and the school social worker: access to care ranks in the top three (privacy may answer first).
@pytest.mark.parametrize(
    "text",
    [
        "blijf ik anoniem als ik hier iets vraag?",
        "hoe spreek ik de schoolmaatschappelijk werker",
        "can I stay anonymous if I chat with you",
    ],
)
def test_cat12_access_to_care_in_top_three(text: str) -> None:
    assert "access_to_care" in _top3(text)


# A parent who uses drugs or drinks, told by the child; a parent who stopped drinking: parent mental health.
@pytest.mark.parametrize(
    "text",
    [
        "mijn moeder gebruikt drugs en ik moet voor mijn zusje zorgen",
        "my dad drinks every evening and then gets loud, I'm 13",
        "ik ben zelf gestopt met drinken, hoe vertel ik dat aan mijn kinderen",
    ],
)
def test_cat12_parent_mental_health_family(text: str) -> None:
    assert _category(text) == "parent_mental_health"


# A week here, a week there; mum's new boyfriend; living with the other parent; a father who never comes; one
# parent speaking ill of the other: divorce.
@pytest.mark.parametrize(
    "text",
    [
        "ik woon week op week af bij mijn ouders en vind het zwaar",
        "de nieuwe vriend van mijn moeder bemoeit zich overal mee",
        "I want to live with my dad but I'm scared to tell my mum",
        "mijn vader komt bijna nooit opdagen in zijn weekend",
        "mijn moeder praat slecht over mijn vader als ik thuis ben",
    ],
)
def test_cat12_divorce_family(text: str) -> None:
    assert _category(text) == "divorce"


# About the service: anonymity, typing instead of calling, the youth doctor, help in one's own language.
@pytest.mark.parametrize(
    "text",
    [
        "kan ik hier typen in plaats van bellen",
        "hoe maak ik een afspraak met de jeugdarts voor mijn dochter",
        "is er hulp voor ouders in eigen taal, wij spreken Arabisch",
    ],
)
def test_cat12_access_to_care_family(text: str) -> None:
    assert _category(text) == "access_to_care"


# The advice for secondary school, switching schools, putting schoolwork off: school.
@pytest.mark.parametrize(
    "text",
    [
        "mijn zoon kreeg een basisadvies maar wil naar de havo",
        "kan mijn dochter halverwege het jaar van school wisselen",
        "I keep procrastinating and cramming the night before tests",
        "ik stel alles uit en haal daardoor slechte cijfers",
    ],
)
def test_cat12_school_family(text: str) -> None:
    assert _category(text) == "school"


# A young person's own anger and tears: how to calm down, crying too easily: emotions.
@pytest.mark.parametrize(
    "text",
    [
        "hoe blijf ik rustig als mijn broer me uitdaagt, ik ben 12",
        "ik voel me altijd boos en weet niet waar het vandaan komt",
        "ik word boos als ik moet stoppen met gamen, hoe doe ik dat anders",
        "ik moet meteen huilen als de leraar iets zegt, ik ben 14",
        "I cry so easily and everyone at school notices",
    ],
)
def test_cat12_emotions_family(text: str) -> None:
    assert _category(text) == "emotions"


# Privacy and house rules told by the young person: a parent reading the diary, being grounded, not allowed to
# go: puberty.
@pytest.mark.parametrize(
    "text",
    [
        "mijn moeder heeft stiekem in mijn dagboek gelezen, mag dat",
        "ik heb huisarrest tot de kerstvakantie omdat ik te laat thuis was",
        "my parents wont let me go to the festival with my friends, I'm 16",
        "mijn vader wil dat mijn deur altijd open blijft, ik ben 15",
    ],
)
def test_cat12_puberty_family(text: str) -> None:
    assert _category(text) == "puberty"


# Figures of speech: dying of a test, one's own guilt, a move as background: no death, debt or housing.
@pytest.mark.parametrize(
    ("text", "code", "not_code"),
    [
        ("ik ga nog dood van dit proefwerk morgen, hoe leer ik dit", "school", "trauma_grief"),
        ("is het mijn schuld dat mijn ouders steeds ruzie hebben", "parenting", "money"),
        ("sinds de scheiding voel ik me schuldig tegenover mijn vader", "divorce", "money"),
        ("since we moved here my daughter refuses to go to school", "school", "housing"),
        ("wij zijn net naar Nederland verhuisd, hoe vind ik een school voor mijn zoon", "school", "housing"),
    ],
)
def test_cat12_figures_take_no_topic(text: str, code: str, not_code: str) -> None:
    result = route_with_model(text, None)
    assert result.category != not_code, result.explanation
    assert code in result.categories[:3], result.explanation


# Twins: the same words in their other sense keep their own topic.
@pytest.mark.parametrize(
    ("text", "code", "not_code"),
    [
        # Prescribed medication for ADHD is no drug use.
        (
            "mijn zoon gebruikt ritalin voor zijn adhd, wat doet dat met zijn eetlust",
            "disability",
            "substances",
        ),
        # A real debt stays money.
        ("we hebben een schuld bij de energiemaatschappij en kunnen niet betalen", "money", "parenting"),
        # A move into a damp house stays housing.
        ("we just moved here and the flat has mould everywhere", "housing", "school"),
        # A friend who never shows up is no divorce.
        ("mijn vriendin komt nooit opdagen als we afspreken, ik ben 14", "self_image", "divorce"),
        # The Dutch verb 'word' is no English 'words' (language development).
        ("ik word heel verdrietig van het nieuws over de oorlog, ik ben 11", "anxiety", "development"),
        # A toddler's few words stay development.
        ("my son is 2 and only says a few words", "development", "emotions"),
        # A parent who gets angry at the children is no child's temper.
        ("ik word snel boos op mijn kinderen en daarna voel ik me schuldig", "parent_wellbeing", "money"),
        # A parent asking how long to ground a child asks about parenting.
        ("hoe lang geef je huisarrest aan een kind van 13", "parenting", "puberty"),
        # Classmates reading out one's messages is bullying, not privacy at home.
        ("ze lezen mijn berichten in de groepsapp voor en lachen me uit", "bullying", "puberty"),
        # Anonymous messages from classmates are bullying, not a question about the service.
        ("mijn dochter krijgt anoniem gemene berichten van klasgenoten", "bullying", "access_to_care"),
    ],
)
def test_cat12_twins_keep_their_topic(text: str, code: str, not_code: str) -> None:
    result = route_with_model(text, None)
    assert result.category != not_code, result.explanation
    assert code in result.categories[:3], result.explanation


@pytest.mark.parametrize(
    "text",
    [
        "ik ga nog dood van dit proefwerk morgen",
        "ik heb me doodgeschaamd bij mijn spreekbeurt",
        "is het mijn schuld dat mijn ouders uit elkaar zijn",
    ],
)
def test_cat12_harmless_twins_stay_below_urgent(text: str) -> None:
    assert not is_safety(route_with_model(text, None).urgency)
