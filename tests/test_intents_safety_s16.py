"""Safety triage, round s16: the rules-alone misses of three unread sets (everyday_tune4, professional_tune7,
english_tune8), generalised into families and pinned here with own sentences: a teenager who hits a parent
told in English with the age before the child ("my 14 year old son hit me"); a blow told after children named
in an earlier sentence ("Mijn man is lief voor de kinderen. Maar als hij drinkt slaat hij mij"); a young
person who "won't be here tomorrow" or "won't be a problem much longer", thoughts of taking all one's pills,
standing on a bridge with "I can't do this anymore"; a child put in the cellar or made to stand in a
cupboard as a punishment, someone under a child's covers at night or "over her boundaries" sexually, the
print of a hand on the skin, a pillow or a hand pressed on a child's face; a marriage the parents arrange
("willen haar laten trouwen", "married off"), cutting feared on a visit home; nudes to be posted
"everywhere"; a baby who rolled off the changing table and is now sleepy or vomits; skin scratched open.
Each with the harmless twins that must stay calm (a toddler who hits, a child who will not be here tomorrow
because of a sleepover, hair cut on a visit home, a photo posted everywhere, a child who fell asleep and
then was sick, things stored in the cellar, a hand print in paint). Last, a child screaming behind a door
nobody opens with an adult shouting (112), a drunk adult in the car with the child, and the required
conditions of a signal that must all hold, and a threat to take the children along into death."""

import pytest

from intents import route
from intents.safety import _signal, triage
from tests.test_intents_safety import QUIET, URGENT, check_urgency, gated_matches

ALARM = [
    # A teenager who hits a parent, the age before the child.
    "my 15 year old daughter slapped me in the face yesterday",
    "our 13 yr old son kicked me when I took his phone",
    # A blow told after children were named in an earlier sentence.
    "Mijn vriend is lief voor de kinderen. Maar als hij drinkt slaat hij mij.",
    "Mijn man zorgt goed voor de kinderen. Alleen als hij boos is schopt hij mij.",
    # Not being here tomorrow, not being a problem much longer.
    "my best friend wrote on snap that she won't be around tomorrow and now she's offline",
    "my son texted me that he will not be here by tomorrow, he's 16",
    "she keeps saying she won't be a burden for much longer",
    # Thoughts of taking all one's pills.
    "I keep thinking about swallowing all of my sleeping pills tonight",
    "ik denk er steeds over om al mijn slaappillen in te nemen",
    # A height, now.
    "sitting on the ledge of the parking garage. i can't do this anymore",
    # A marriage the parents arrange; cutting feared on a visit home.
    "mijn nichtje van 16 zegt dat haar vader haar volgend jaar in Pakistan wil laten trouwen",
    "my cousin is 15 and her family plans to marry her off to a man back home",
    "my aunt says my little sister has to get cut during our visit to the village this summer",
    # Nudes posted everywhere.
    "my ex says he will post my nudes on instagram if I don't get back with him",
    # A baby who fell and is now sleepy or vomits.
    "our baby fell off the sofa an hour ago and now she is very drowsy",
    "my toddler tumbled down the stairs and has thrown up twice since",
    # Skin scratched open.
    "mijn zoon van 10 krabt zichzelf kapot als hij gefrustreerd is",
    # Put in the cellar or a cupboard as a punishment.
    "als ze niet luistert zet hij haar in de kelder, in het donker",
    "mijn broertje moet in de bezemkast zitten als hij stout is geweest",
    # Someone under a child's covers at night; "over de grens" told sexually.
    "mijn nichtje zegt dat haar opa 's nachts onder haar dekbed komt liggen en dat het een geheim is",
    "een leerling vertelt dat haar oom seksueel over haar grenzen gaat",
    # The print of a hand; smothered with a pillow, a hand over the mouth.
    "hij had vingerafdrukken op zijn bovenarm en wilde niet zeggen hoe dat kwam",
    "mijn zoon zegt dat papa een kussen op zijn gezicht drukte tot hij bijna stikte",
    "mama drukt haar hand op mijn mond tot ik geen lucht meer krijg",
    # A drunk adult in the car with the child, about to drive off.
    "mijn man heeft gedronken en zit nu met de kinderen in de auto, hij wil wegrijden",
    # A threat to take the children along into death.
    "mijn ex zei: als je me verlaat neem ik de kinderen mee in mijn dood",
    "he said he would take the kids with him to the grave if I leave",
    # A pupil without lunch, in dirty clothes, asleep in class (each condition of the signal holds).
    "one of my pupils comes to school without lunch in dirty clothes and falls asleep in class",
]

QUIET_TWINS = [
    # A young child who hits.
    "my 3 year old son hits me when he is tired, how do I stop it?",
    "Mijn peuters zijn druk. Als hij moe is slaat hij soms.",
    # Not here tomorrow for an everyday reason; a problem that will pass.
    "my daughter won't be here tomorrow because she has a sleepover",
    "he won't be a problem much longer, the new teacher is strict",
    # Pills as prescribed.
    "I keep thinking about taking all my vitamins at once in the morning, is that fine?",
    # A photo on a bridge, a wedding of adults.
    "standing on the bridge taking photos of the sunset with my son",
    "wij gaan onze dochter van 25 laten trouwen in de kerk, waar vinden we een zaal?",
    # Hair cut on a visit home.
    "my son needs a hair cut when we visit home this summer",
    # A photo of a party posted everywhere.
    "she will post the photos of the party everywhere, is that allowed at school?",
    # Asleep and sick, ill.
    "my daughter fell asleep and then threw up in the night, is that normal?",
    "my son fell ill and was throwing up all night",
    # Scratching at a mosquito bite.
    "mijn zoon krabt aan zijn muggenbulten, wat helpt tegen de jeuk?",
    # Things stored in the cellar or the cupboard.
    "hij zet zijn fiets in de schuur en de kerstspullen in de kelder",
    "de jassen moeten in de kast blijven, hoe leer ik mijn kinderen opruimen?",
    # A child who comes into the parents' bed at night.
    "mijn dochter kruipt 's nachts bij ons in bed, hoe leer ik haar in haar eigen bed te slapen?",
    # A hand print made of paint or clay.
    "op school maakten ze een handafdruk met verf voor moederdag",
    # In the car without drink; a neighbour's baby who cries; the same clothes alone.
    "mijn zoon zit met zijn vriendje in de auto te wachten, hij wil zo gaan rijden met zijn nieuwe rijbewijs",
    "ik hoor de baby van de buren vaak huilen, is dat normaal?",
    "my son wants to wear the same clothes every day, is that a phase?",
    "we nemen de baby mee naar de dierentuin, wat moet er in de tas?",
    "a pupil of mine comes without lunch now and then, I think she forgets it",
]


@pytest.mark.parametrize("text", ALARM)
def test_s16_danger_raises_an_alarm(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", QUIET_TWINS)
def test_s16_harmless_twins_stay_below_urgent(text: str) -> None:
    check_urgency(text, QUIET)


@pytest.mark.parametrize(
    "text",
    [
        "our baby fell off the sofa an hour ago and now she is very drowsy",
        "my best friend wrote on snap that she won't be around tomorrow and now she's offline",
        "ik hoor bij de buren een kind krijsen en de vader tekeergaan, ze doen niet open",
        "I can hear a little girl screaming upstairs and a man yelling, nobody answers the door",
    ],
)
def test_s16_danger_now_is_an_emergency(text: str) -> None:
    assert route(text).urgency == "emergency"


def test_s16_patterns_pass_their_gates() -> None:
    assert gated_matches(ALARM + QUIET_TWINS) > 0


def test_s16_every_required_condition_must_hold() -> None:
    """``requires_message: [a, b]`` wants a and b, as the header of safety.yaml says, not a or b."""
    item = {
        "id": "x",
        "level": "urgent",
        "label": "x",
        "patterns": ["xyz"],
        "requires_message": ["dronken", "baby"],
    }
    assert len(_signal(item, {}, {}, {}, {}).requires_message) == 2
    assert triage("mijn zoon zit in de auto, hij wil wegrijden").urgency == "none"
