"""Safety triage, round s7nl: danger as it is really disclosed (in passing, by a child, by a bystander, a
parent afraid of themselves, suicide without the word, self-harm slang, grooming).

Every sentence here was written for these tests (never taken from a bench/data file). Each family has a
sentence that must reach urgent or emergency and a harmless twin with the same words that must stay below.
"""

import pytest

from intents import route
from tests.test_intents_safety import QUIET, URGENT, check_urgency, gated_matches

ALARM = [
    # Suicide without the word.
    "laat maar, volgende week ben ik er toch niet meer",
    "mijn zoon zegt steeds dat hij er toch niet lang meer is",
    "wie geeft mijn vissen eten als ik er niet meer ben",
    "soms zou ik gewoon voor altijd willen gaan slapen",
    "elke nacht denk ik eraan om van de galerij af te stappen",
    "op de snelweg dacht ik: als ik het stuur omgooi is het voorbij",
    "ik heb mijn slaappillen al klaargelegd in de la",
    "ze schreef in haar schrift dat ze er dit weekend klaar mee is",
    "hoeveel paracetamol is te veel als je het in een keer slikt? vraagje voor mezelf",
    "It would be better for my family if I just vanished. I have thought about how.",
    "Ever since the birth I keep imagining myself stepping in front of a train.",
    "ik ga pas weer eten als ik weg ben, dan maakt niemand zich meer druk",
    "mijn zoon heeft een touw over de balk op zolder gehangen en ik vertrouw het niet",
    # At a height with a last word; a friend who will jump; a goodbye to everyone.
    "zit nu op de brug. wil alleen nog zeggen dat het niet jullie schuld is",
    "I'm sitting on the roof. Not your fault, I just want someone to know.",
    "mijn vriendin appt dat ze vanavond van de flat springt, wat moet ik doen",
    "mijn klasgenoot postte doei allemaal en nu reageert ze niet meer",
    # Self-harm slang.
    "ik heb weer een barcode op mijn bovenbeen gezet",
    "ik kots alles uit en snij als dat niet lukt",
    # Sextortion.
    "een jongen heeft een foto van mij en dreigt hem naar mijn school te sturen",
    # Violence told in passing.
    "mijn verkering is lief maar als ik met vrienden weg ga slaat hij me",
    "mijn dochter vertelt dat papa haar in haar nek grijpt als ze niet luistert",
    "He has a bruise again and says dad gets really mad when the team loses.",
    # Weapons.
    "mijn neef zegt dat hij morgen een mes meeneemt naar school",
    "de vader van de kinderen staat met een hamer voor haar woning",
    # Threats.
    "mijn stiefbroer heeft gezegd dat hij me vanavond in elkaar slaat",
    "ze zeiden dat mijn moeder het geld moet geven, anders gebeurt er iets met de kinderen",
    "hij appte dat hij mij en de kinderen vannacht iets aandoet",
    "mijn leerling zei: als ik het vertel slaat papa mama dood",
    "als mijn broers horen dat ik een vriendje heb vermoorden ze me. geen grap",
    # Drunk driving with the children.
    "mijn ex rijdt elke zondag dronken met de kinderen naar huis",
    # Sexual abuse told by a child.
    "mijn dochter vertelt dingen over haar oom die echt niet kunnen, seksueel",
    "A pupil said her uncle comes into her room at night and she hates it.",
    "My niece says the babysitter plays a tickle game under her pyjamas.",
    "mijn zoon zegt dat de trainer hem geld geeft om te poseren",
    # Grooming.
    "My son is 12 and a 30 year old man tells him their chats are our secret.",
    "een man van 40 stuurt haar berichten s nachts en vraagt of ze alleen is, ze is 11",
    # Left alone, punished in a cellar.
    "papa is weg sinds gisteravond en mijn zusje en ik hebben honger",
    "ik mag nooit over de schuur praten. daar moet ik zitten als ik brutaal ben",
    # Children about to be taken, someone held.
    "hij heeft gedreigd dat hij de kinderen naar Turkije meeneemt en hun paspoorten zijn weg",
    "mijn nicht appt dat een man haar niet laat gaan en stuurde haar locatie",
    # Bystander.
    "in de trein fluisterde een klein meisje help naar mij",
    "ik hoorde bij de buren een gil en toen was het stil",
    "the baby next door is climbing on the balcony railing and nobody opens",
    # Stalking ex.
    "mijn ex stuurt elke dag fotos van mijn voordeur",
    "mijn exvriend heeft mijn banden lek gestoken",
    # A parent afraid of themselves.
    "I am terrified I will hurt my baby when she screams for hours",
]

QUIET_TWINS = [
    "wie geeft mijn vissen eten als ik er niet meer ben tijdens de vakantie",
    "onze kat lijkt voor altijd te willen slapen in de zon",
    "ik heb de medicijnen van opa al klaargelegd in de weekdoos",
    "ik zit op het balkon met koffie, wil alleen nog zeggen dat het niet jullie schuld is dat de app hapert",
    "I'm sitting on the balcony with coffee at sunset, just wanted someone to know how pretty it is",
    "mijn zoon zegt dat hij van de brug het water in springt met zijn vrienden",
    "mijn dochter appte doei allemaal in de klassenapp omdat ze gaat verhuizen, sorry voor de drukte",
    "bij de kassa scan ik de barcode van het product",
    "mijn zus dreigt mijn babyfotos naar mijn vrienden te sturen haha",
    "bij judo grijpt hij zijn tegenstander in de nek",
    "mag mijn zoon een broodmes meenemen naar school voor de kookles?",
    "mijn broer zei dat hij me vanavond kapotmaakt met fifa",
    "eet je groente, anders gebeurt er niks met je spieren",
    "hoe leg ik mijn zoon uit dat je nooit dronken moet rijden",
    "mijn zoon vertelt dingen over school die echt niet kunnen, de juf scheldt",
    "My dad goes into her room at night to check on her when she is sick.",
    "Her teacher says she is mature for her age and we are so proud.",
    "mijn zoon is de hele dag alleen thuis in de vakantie, hoe houd ik hem bezig",
    "als ik stout ben moet ik op de gang staan bij de juf",
    "de school laat haar niet gaan op kamp zonder toestemming",
    "ik hoorde een klap van vuurwerk en toen was het stil",
    "hoe voorkom ik dat mijn peuter op de reling klimt",
    "mijn ex stuurt fotos van onze dochter tijdens zijn omgangsweekend, leuk",
    "we hebben een touw aan de balk gehangen voor de schommel",
    "wat gebeurt er als je per ongeluk te veel vitamine gummies neemt? vraag voor mezelf",
    "mijn moeder vermoordt me als ze mijn rapport ziet haha",
]


@pytest.mark.parametrize("text", ALARM)
def test_s7nl_disclosed_danger_raises_an_alarm(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", QUIET_TWINS)
def test_s7nl_harmless_twins_stay_below_urgent(text: str) -> None:
    check_urgency(text, QUIET)


def test_s7nl_at_a_height_with_a_last_word_is_an_emergency() -> None:
    text = "zit nu op de brug. wil alleen nog zeggen dat het niet jullie schuld is"
    assert route(text).urgency == "emergency"


def test_s7nl_patterns_pass_their_gates() -> None:
    assert gated_matches(ALARM + QUIET_TWINS) > 0


def test_s7nl_a_child_scared_of_a_dog_is_not_held() -> None:
    check_urgency("mijn peuter is bang voor de hond van de buren, hij doet eng als we langslopen", QUIET)
