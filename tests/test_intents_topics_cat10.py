"""Round cat10: topic words for learner Dutch, young people's language and professionals (lexicon only).
One section per family of misses found on learner_tune2, learner_tune3, youth_tune7 and professional_tune6;
every sentence here is written for this file. The rules alone (`route_with_model(text, None)`) decide."""

import pytest

from intents.route import is_safety
from intents.router import route_with_model


def _category(text: str) -> str:
    return route_with_model(text, None).category


# Forced marriage, threats to take the children abroad, being locked in, a passport taken: safety.
@pytest.mark.parametrize(
    "text",
    [
        "mijn ouders willen dat ik na de zomer ga trouwen met een man uit het dorp van opa",
        "mijn nicht van 16 is verloofd met een man die ze nooit heeft gezien",
        "hij zegt steeds hij neemt kinderen naar Turkije en dan ben ik ze kwijt",
        "als je weggaat zie je nooit meer je kinderen, zegt mijn man",
        "mijn schoonouders sluit mij in de slaapkamer als mijn man weg is",
        "mijn man heeft mijn paspoort verstopt en ik mag niet alleen naar buiten",
        "mijn broer zegt dat ik schande breng over de familie",
        "er is geen eten meer in huis en mijn moeder is al twee dagen weg",
    ],
)
def test_cat10_safety_family(text: str) -> None:
    assert _category(text) == "safety"


# Wanting to be gone, self-harm written plainly: low mood.
@pytest.mark.parametrize(
    "text",
    [
        "mijn broertje van 12 zei dat iedereen beter af zonder hem is, en ook beter zonder mij",
        "soms wil ik gaan slapen en nooit meer wakker worden",
        "ik heb gisteren mijn arm gesneden met een mesje",
        "mijn vriendin krast zich tot bloed als ze stress heeft",
        "mijn zoon van 15 heeft een afscheidsgedicht met vaarwel op zijn kamer liggen",
        "mijn dochter zat gisteravond op het dak, ze zegt dat ze daar rust vindt",
    ],
)
def test_cat10_low_mood_family(text: str) -> None:
    assert _category(text) == "low_mood"


# A single parent carrying it alone: parent wellbeing.
@pytest.mark.parametrize(
    "text",
    [
        "ik zorg in mijn eentje voor drie jongens en ik trek het niet meer",
        "mijn vrouw is een maand naar haar familie, ik ben alleen met de kinderen, hoe hou ik het vol",
    ],
)
def test_cat10_parent_wellbeing_family(text: str) -> None:
    assert _category(text) == "parent_wellbeing"


# Worry about everything, a racing heart: anxiety.
@pytest.mark.parametrize(
    "text",
    [
        "mijn dochter van 9 maakt zich zorgen over alles, over ziek worden en over de klimaat",
        "in de bus gaat mijn hart ineens heel snel en kan ik niet goed ademen",
    ],
)
def test_cat10_anxiety_family(text: str) -> None:
    assert _category(text) == "anxiety"


# Play threats between children: behaviour.
@pytest.mark.parametrize(
    "text",
    [
        "mijn zoontje van 5 roept bij het spelen tegen zijn vriendje ik schiet jou dood",
        "mijn kleuter zegt ik maak je af als zijn zus zijn blokken omgooit",
    ],
)
def test_cat10_behaviour_family(text: str) -> None:
    assert _category(text) == "behaviour"


# Put out of the house, nowhere to sleep: housing.
@pytest.mark.parametrize(
    "text",
    [
        "mijn stiefvader heeft me buiten gezet en ik heb nergens te slapen",
        "ik wil weg van thuis, kan ik ergens anders wonen als ik 17 ben",
        "we hebben een brief over uithuiszetting gekregen, wat nu",
    ],
)
def test_cat10_housing_family(text: str) -> None:
    assert _category(text) == "housing"


# Taken a pill at a party, drinking every weekend: substances.
@pytest.mark.parametrize(
    "text",
    [
        "mijn vriend heeft op een festival een onbekende pil genomen",
        "mijn zoon van 17 drinkt elk weekend met zijn vrienden in het park",
    ],
)
def test_cat10_substances_family(text: str) -> None:
    assert _category(text) == "substances"


# Waiting after school to beat someone up, taking their things: bullying.
@pytest.mark.parametrize(
    "text",
    [
        "een groepje jongens wacht hem op bij het hek na de les",
        "ze pakken elke dag zijn spullen af in de kleedkamer",
    ],
)
def test_cat10_bullying_family(text: str) -> None:
    assert _category(text) == "bullying"


# Hard negatives: the same words in another sense keep their own topic.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("ik moet trouwens nog vragen hoe ik mijn zoon leer fietsen zonder zijwieltjes", "development"),
        ("mijn peuter van 3 springt de hele dag op de bank en wil niet slapen", "sleep"),
        ("mijn dochter wil helpen koken met een mes, vanaf welke leeftijd mag dat", "parenting"),
        ("mijn oma is overleden en ik zie haar nooit meer, ik mis haar zo", "trauma_grief"),
        ("mijn zoon heeft zich in zijn vinger gesneden bij het knutselen, hoe troost ik hem", "baby"),
        # A wedding, a passport or a shame that is only a figure of speech is no forced marriage or honour.
        ("mijn zus gaat trouwen en mijn dochter wil bruidsmeisje zijn maar is verlegen", "self_image"),
        ("hoe vraag ik een paspoort aan voor mijn baby", "baby"),
        ("ik schaam me, is het een schande dat mijn zoon nog in bed plast", "toilet"),
    ],
)
def test_cat10_hard_negatives_keep_their_topic(text: str, code: str) -> None:
    # The new safety and low-mood words must not pull these away; the expected topic is in the top three.
    result = route_with_model(text, None)
    assert result.category not in ("safety", "low_mood"), result.explanation
    assert code in result.categories[:3], result.explanation


@pytest.mark.parametrize(
    "text",
    [
        "ik moet trouwens nog vragen hoe ik mijn zoon leer fietsen zonder zijwieltjes",
        "mijn peuter van 3 springt de hele dag op de bank en wil niet slapen",
        "mijn dochter wil helpen koken met een mes, vanaf welke leeftijd mag dat",
        "mijn nicht gaat volgende maand trouwen en mijn dochter mag bloemen strooien",
        "mijn zoontje roept ik schiet je dood bij het spelen met zijn waterpistool",
        "mijn zoon gooit zijn bal steeds tegen de muur van de buren, hoe stop ik dat",
        "we zijn alleen met de kinderen op vakantie, tips voor een lange autorit",
    ],
)
def test_cat10_harmless_twins_stay_below_urgent(text: str) -> None:
    assert not is_safety(route_with_model(text, None).urgency)
