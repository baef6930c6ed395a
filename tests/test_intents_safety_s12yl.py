"""Safety triage, round s12yl: young people's own Dutch (chat and street language, SMS spelling, danger
told in passing) and learner Dutch (parents whose first language is another: no articles, the verb in
the wrong place).

Families: hitting going on now, standing on a roof, pills planned for tonight in learner word order,
googling how to do it painlessly, "waarom leef ik nog", self-harm hidden from parents and cuts written
in two words, drug running for money, out cold after using, a cover story for bruises, put out at night
as punishment, a parent who drives drunk, threats in learner word order, luring into a car, watched in
the shower, told to be "nice" to men for money, pictures from a changing room or a sent picture now in a
group, a child taken from school against a court ruling, forced marriage told by a learner, a mother who
says the baby is not hers, a young child shaken when crying, the belt told as custom, waking undressed
after a party, touching in learner word order, a missing child of 4 in learner Dutch. And the look-
alikes the older signals raised: a wish said by someone else, blows at a boxing class, one's own door
broken in anger, a compulsion, hitting stopped years ago, a child who hits other children, panic
breathlessness, a landlord's notice, the police over noise, a fake account, a child asking what suicide
is, a strict parent who reads a teenager's phone.

Every sentence here was written for these tests (never taken from a bench/data file). Each family has a
sentence that must reach urgent or emergency and a harmless twin with the same words that must stay
below.
"""

import pytest

from tests.test_intents_safety import QUIET, URGENT, check_urgency

ALARM = [
    # Hitting going on now.
    "papa is nu weer aan het slaan, ik zit op mijn kamer",
    "mijn stiefvader is alweer aan het schoppen beneden",
    # On a roof or an edge.
    "ik zit boven op de rand van het flatgebouw",
    "ik zit nu op dak van de school",
    # Plans and method questions.
    "morgen slik ik al mijn slaappillen",
    "heb net opgezocht hoe je het zonder pijn doet",
    "kan je overlijden aan 20 slaappillen",
    "waarom besta ik eigenlijk nog",
    "mijn zoon wil bij opa in de hemel wonen",
    # Self-harm hidden.
    "hoe zorg ik ervoor dat de juf de krassen op mijn armen niet ziet",
    "mijn dochter heeft snij wondjes op haar pols",
    # Drug running.
    "een jongen vraagt of ik tasjes wil wegbrengen voor 100 euro",
    "die man geeft hem geld om pakjes te bezorgen",
    # Out cold after using.
    "mijn broer is buiten westen na pillen die hij geslikt heeft",
    "hij heeft veel gedronken en ligt nu op de grond en reageert nauwelijks",
    # A cover story for marks.
    "ik heb striemen op mijn rug en zeg ik tegen iedereen dat ik gevallen ben",
    # Put out as punishment.
    "ze laten ons in de kou buiten zitten als straf",
    # A parent who drives drunk.
    "mijn moeder is vaak aangeschoten als ze ons van school haalt en ze rijdt gewoon",
    # Threats in learner word order.
    "morgen komen ze mij in elkaar slaan",
    "na de les gaan we je afmaken, schreef hij",
    # Luring, watching, sold for money.
    "een man wilde dat ze meeging naar zijn auto",
    "de vriend van mijn moeder gluurt naar mij als ik douche",
    "ik moet lief zijn tegen die mannen voor geld",
    # Pictures.
    "iemand heeft filmpjes van haar onder de douche gemaakt",
    "ik had een naaktfoto gestuurd en nu gaat hij rond op insta",
    # Taken from school, forced marriage, postpartum psychosis.
    "mijn ex heeft de kinderen meegenomen uit de opvang terwijl de rechter dat verboden heeft",
    "mijn klasgenoot van 15 moet in de zomer naar het land van haar ouders om te trouwen",
    "ze sturen mij terug omdat ik te westers ben geworden",
    "mijn vrouw is net bevallen en zegt dat de baby niet van haar is",
    # Shaken, the belt as custom, waking undressed.
    "mijn man schudt haar heel hard door elkaar als ze huilt, ze is 2",
    "bij ons is slaan met de stok gewoon, mijn vader doet dat bij mijn broertje",
    "ik had te veel gedronken en toen ik wakker werd was mijn rok weg",
    # Touching in learner word order, a missing young child.
    "de buurman raakt mijn dochter aan op plekken die niet mogen",
    "haar oppas raakt haar aan als er niemand anders thuis is",
    "mijn zoon 3 is weg in de winkel, ik zie hem nergens",
    # A minor who asks how to report, for themself.
    "hoe meld je mishandeling als je zelf 15 bent en thuis niemand durft te vragen",
    # The look-alike lowerings leave real danger alone.
    "mijn trainer slaat me bij boksles als ik het fout doe",
    "ik wou dat ik nooit geboren was",
    "mijn vriendin zei net dat ze zichzelf iets gaat aandoen en ze neemt niet op",
    "mijn baby kan niet ademen",
    "ik woon al een jaar niet meer thuis maar mijn stiefvader slaat mijn zusje",
    "mijn dochter zegt juf slaat kinderen in de klas",
    "mijn vader heeft me geslagen, nu durf ik niet meer naar judoles",
    "ik kan niet ademen, hij knijpt steeds in mijn keel",
]

HARMLESS_TWINS = [
    # Hitting going on: a drum, golf.
    "mijn zoon van 3 is weer aan het slaan op de trommel",
    "opa is nu aan het slaan op de golfbaan",
    # A roof: parking, a ball.
    "ik sta op het dak van de parkeergarage, waar heb jij de auto geparkeerd?",
    "ik zit op het dak van de school om de bal te pakken",
    # Plans: handing in pills, an earring, a lifestyle.
    "morgen neem ik alle pillen mee naar de apotheek om in te leveren",
    "ik heb opgezocht hoe je het pijnloos doet, een oorbel prikken",
    "waarom leef ik nog steeds zo ongezond",
    "waarom leef ik eigenlijk nog bij mijn ouders, ik ben 24",
    # Self-harm look-alikes: a car, broken glass.
    "hoe zorg ik dat mijn ouders de krassen op de auto niet zien",
    "hij heeft snij wonden op zijn arm van het glas dat brak",
    # Delivery jobs.
    "ik wil pakketjes bezorgen voor 12 euro per uur bij PostNL",
    "oma geeft me geld om pakjes te brengen naar de buren",
    # Out after using: a film.
    "in de film is hij bewusteloos nadat hij iets gedronken heeft",
    # A cover story: sport.
    "blauwe plekken van de training, op school zeg ik dat ik gevallen ben want ik wil niet opscheppen",
    # Put out: the dog.
    "we laten hem de hele avond buiten staan als straf, onze hond blaft te veel",
    # Drunk driving: the other parent drives.
    "mijn vader had gedronken op de bruiloft dus mama rijdt ons naar huis",
    "mijn vader rijdt nooit als hij gedronken heeft",
    # Threats: a game.
    "bij tikkertje gaan we jou afmaken haha",
    # Luring, watching, money: a neighbour's party, a toddler, chores.
    "de buurman wilde dat ik meeging naar zijn huis voor het feest van zijn dochter",
    "mijn peuter kijkt naar mij onder de douche en vraagt van alles, mijn man vindt het grappig",
    "ik doe klusjes en moet lief zijn voor geld van opa",
    # Pictures: grandma, the team.
    "ik heb een foto gestuurd naar oma en nu staat hij in de groep van de familie",
    "foto's van mij in de kleedkamer met het hele team na de finale",
    # Taken from school, a wedding, a baby that looks like dad.
    "oma heeft hem vandaag meegenomen van school, we gaan ijs eten",
    "mijn broer van 30 gaat in de zomervakantie naar Italie om te trouwen met zijn verloofde",
    "na de bevalling zegt ze dat de baby niet op haar lijkt",
    # A rattle, the belt long ago, the heat.
    "hij schudt haar rammelaar hard als ze huilt",
    "vroeger was slaan met een riem normaal, mijn opa vertelt het vaak",
    "na de pyjamaparty werd ik wakker en mijn shirt was weg, mijn zusje had het verstopt",
    # A daughter of 16 gone to a party.
    "mijn dochter 16 is weg naar een feest",
    # The look-alikes the older signals raised.
    "mijn vader schreeuwt dat hij wou dat ik nooit geboren was",
    "ik word elke week geslagen bij judoles maar dat hoort erbij",
    "ik heb uit frustratie mijn kast kapot geschopt",
    "ik moet alles 10 keer controleren anders gebeurt er iets ergs",
    "vroeger gaf ik mijn kinderen een tik, nu al 5 jaar niet meer",
    "de juf zegt mijn dochter schopt andere kinderen in de pauze",
    "als ik een presentatie moet geven kan ik soms niet ademen",
    "de verhuurder zet ons eruit, over twee maanden moeten we weg",
    "de buren klaagden over herrie en de politie is langs geweest",
    "iemand heeft een nepaccount van mij gemaakt en stuurt rare berichten naar mijn vrienden",
    "mijn zoon van 8 vroeg wat zelfmoord betekent, hoe leg ik dat uit",
    "hoe meld je mishandeling, het is voor een werkstuk",
    "ik ben 15 en mijn moeder is zo streng, ze leest al mijn appjes",
]


@pytest.mark.parametrize("text", ALARM)
def test_s12yl_danger_is_urgent(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", HARMLESS_TWINS)
def test_s12yl_harmless_twins_stay_below_urgent(text: str) -> None:
    check_urgency(text, QUIET)
