"""Round cat11: topic words for everyday, young people's, English and step/foster parents' phrasings (lexicon
only). One section per family of misses found on mixed_tune8, parents_tune6, youth_tune8 and english_tune5;
every sentence here is written for this file. The rules alone (`route_with_model(text, None)`) decide."""

import pytest

from intents.route import is_safety
from intents.router import route_with_model


def _category(text: str) -> str:
    return route_with_model(text, None).category


# Getting an older child ready for a baby on the way, expecting (twins), fear of another postnatal depression:
# pregnancy.
@pytest.mark.parametrize(
    "text",
    [
        "hoe bereiden we onze peuter voor op de komst van een zusje",
        "we want to prepare our toddler for the new baby, any tips?",
        "we zijn aan het voorbereiden op een broertje, onze dochter is 4",
        "my partner is expecting twins, how will our 5 year old cope",
        "wij verwachten een tweeling en hebben al een kind van 2",
        "ik ben zwanger en bang dat ik weer een postnatale depressie krijg",
        "I'm pregnant and scared of another postnatal depression",
    ],
)
def test_cat11_pregnancy_family(text: str) -> None:
    assert _category(text) == "pregnancy"


# A miscarriage to explain to a child, an accident or a stabbing seen, a fire at home: trauma and grief.
@pytest.mark.parametrize(
    "text",
    [
        "we hebben een miskraam gehad, hoe vertellen we dat aan onze kleuter",
        "we had a miscarriage and need to explain to our son why there will be no baby",
        "my daughter saw a terrible accident at the crossing and won't cross the road now",
        "there was a fire in our apartment and the children keep talking about it",
    ],
)
def test_cat11_trauma_grief_family(text: str) -> None:
    assert _category(text) == "trauma_grief"


# How much pocket or clothing money, alimony not paid, health insurance, applying for an allowance: money.
@pytest.mark.parametrize(
    "text",
    [
        "hoeveel zakgeld krijgt een kind van 12 gemiddeld",
        "is 30 euro kleedgeld per maand genoeg voor een meisje van 15",
        "de vader van mijn kinderen betaalt al maanden geen alimentatie",
        "how much child support should I pay for two kids",
        "ik ben 18 geworden, moet ik mijn zorgverzekering nu zelf betalen",
        "wie helpt me met het aanvragen van de kinderopvangtoeslag",
    ],
)
def test_cat11_money_family(text: str) -> None:
    assert _category(text) == "money"


# Not allowed home, sleeping at a station or on couches, noise of neighbours: housing.
@pytest.mark.parametrize(
    "text",
    [
        "mijn vader zegt dat ik niet meer thuis mag komen, ik mag niet meer thuiskomen",
        "i can't come back home after the fight, where can i go",
        "ik slaap al twee nachten op het station",
        "my brother has been sleeping on couches of friends for a month",
        "the noisy neighbours keep my baby awake every night, who can I call",
        "de buren maken elke nacht herrie, wat kan ik doen",
    ],
)
def test_cat11_housing_family(text: str) -> None:
    assert _category(text) == "housing"


# A baby's sleep: regression, waking every two hours, night feeds, asleep at the breast, the clock: sleep.
@pytest.mark.parametrize(
    "text",
    [
        "onze baby van 6 maanden heeft volgens mij een slaapregressie",
        "ons kindje wordt weer om de 2 uur wakker, wat kan ik doen",
        "how do I drop the night feeds for my 10 month old",
        "mijn dochter van een jaar valt alleen aan de borst in slaap",
        "de klok gaat een uur vooruit, hoe doe ik dat met het slaapje van mijn baby",
    ],
)
def test_cat11_sleep_family(text: str) -> None:
    assert _category(text) == "sleep"


# Not going to school for weeks: school.
@pytest.mark.parametrize(
    "text",
    [
        "mijn zoon gaat al weken niet naar school en zit alleen op zijn kamer",
        "ze wil sinds de vakantie niet meer naar school, wat kunnen we doen",
    ],
)
def test_cat11_school_family(text: str) -> None:
    assert _category(text) == "school"


# Never invited, prettier than me, hating one's body: self image.
@pytest.mark.parametrize(
    "text",
    [
        "mijn zoon wordt nooit uitgenodigd op kinderfeestjes",
        "my daughter is never invited to anything by her class",
        "all the girls in my year are prettier than me",
        "my son hates his body since he started secondary school",
    ],
)
def test_cat11_self_image_family(text: str) -> None:
    assert _category(text) == "self_image"


# Handovers, weekends at dad's, a parent living elsewhere, step-children ignoring the step-parent: divorce.
@pytest.mark.parametrize(
    "text",
    [
        "my son is upset after every handover between our houses",
        "my boys come home from their dad's grumpy and tired",
        "my toddler keeps asking why daddy doesn't live with us",
        "hoe verdelen we de feestdagen als gescheiden ouders",
        "ik ben stiefmoeder en de kinderen van mijn man negeren mij steeds",
        "my stepkids ignore me whenever their mum is out",
    ],
)
def test_cat11_divorce_family(text: str) -> None:
    assert _category(text) == "divorce"


# A parent's own anxiety that the children copy: parent mental health.
@pytest.mark.parametrize(
    "text",
    [
        "I have an anxiety disorder, how do I keep it from my kids",
        "my son is copying my fears, I have had panic for years",
        "mijn zoon neemt mijn angsten over, hoe voorkom ik dat",
    ],
)
def test_cat11_parent_mental_health_family(text: str) -> None:
    assert _category(text) == "parent_mental_health"


# Registering at the child health clinic, help without the parents' consent: access to care.
@pytest.mark.parametrize(
    "text",
    [
        "hoe kan ik mijn zoontje inschrijven bij het consultatiebureau",
        "how do we register our twins with the consultatiebureau",
        "kan ik hulp krijgen zonder toestemming van mijn ouders",
        "do I need permission from my parents for therapy at 16",
    ],
)
def test_cat11_access_to_care_family(text: str) -> None:
    assert _category(text) == "access_to_care"


# A stabbing seen: the danger signal decides, trauma and grief come right after it.
def test_cat11_stabbing_seen_ranks_trauma_grief() -> None:
    text = "vorig jaar zag ik hoe een jongen werd neergestoken, ik zie het nog steeds voor me"
    result = route_with_model(text, None)
    assert "trauma_grief" in result.categories[:2], result.explanation


# Twins: the same words in another sense do not take the new topic, and keep their own in the top three.
@pytest.mark.parametrize(
    ("text", "code", "not_code"),
    [
        # Pocket money with chores is a parenting question; 'how much' alone decides money only without them.
        ("zakgeld of niet, en moet hij er klusjes voor doen? hij is 9", "parenting", "money"),
        # A baby that has arrived: jealousy is no pregnancy.
        ("sinds de komst van de baby is onze oudste heel jaloers", "emotions", "pregnancy"),
        # A toilet accident seen is no trauma.
        ("my son had an accident in his pants at school, he's 5", "toilet", "trauma_grief"),
        # A delay in language is development, not arrears.
        ("onze peuter heeft achterstanden bij de taal, wat nu", "development", "money"),
        # A young person's own anxiety stays anxiety.
        ("ik ben 15 en heb een angststoornis, hoe kom ik eraf", "anxiety", "parent_mental_health"),
        # Being accepted as you are is no step family.
        ("ze accepteren me niet als ik mezelf ben, ik ben 14", "puberty", "divorce"),
        # Visiting grandparents every other weekend is no divorce.
        ("we go to grandma every other weekend and my son won't sleep there", "sleep", "divorce"),
        # Bullying that keeps a child from school stays bullying.
        ("hij wordt elke dag gepest en wil daarom niet meer naar school", "bullying", "school"),
        # Sleeping at a friend's once is a sleepover.
        ("mag mijn dochter van 8 op de bank slapen bij een logeerpartijtje", "sleep", "housing"),
    ],
)
def test_cat11_twins_keep_their_topic(text: str, code: str, not_code: str) -> None:
    result = route_with_model(text, None)
    assert result.category != not_code, result.explanation
    assert code in result.categories[:3], result.explanation


@pytest.mark.parametrize(
    "text",
    [
        "we zijn aan het voorbereiden op de komst van opa en oma uit Marokko",
        "ik slaap vannacht bij mijn vriendin, mag dat van mijn moeder?",
        "the neighbours are loud at parties, but that's fine, how do I teach my kid to knock?",
        "hij zag een ongeluk in een film en vroeg wat dood is",
        "mijn zoon speelt brandweerman en roept dat er brand in ons huis is",
        "we had a miscarriage years ago and now our rainbow baby is 2, how do we celebrate",
    ],
)
def test_cat11_harmless_twins_stay_below_urgent(text: str) -> None:
    assert not is_safety(route_with_model(text, None).urgency)
