"""Safety triage, round fa34: harmless look-alikes that the helpers of round s53 found raised by older
signals, each blanked as a figure of speech (or, for a drive, an ``unless``) and pinned here with own
sentences: a scratch card scratched; done with work or school while on the platform; medicine taken as the
doctor said; neighbours at the door over loud music; children's own secret game for their treehouse; a
Polish goodbye to everyone before a holiday or a move; a parent who drove off with the children having
drunk nothing. The dangers the same words tell stay in ALARM and EMERGENCY."""

from tests.test_intents_safety import round_tests

ALARM = [
    # Scratching oneself, not a scratch card.
    "ik kras mezelf elke week en niemand weet het",
    # An adult's secret game.
    "my uncle plays a secret game with me when we are alone and says I can't tell mum",
    "de buurman wil een geheim spelletje met mijn dochter van 6 doen in zijn schuur",
]

EMERGENCY = [
    # On the platform and done with everything.
    "ik sta op het perron en ik ben klaar met alles, de trein komt zo",
    # All the pills taken, not as prescribed.
    "mijn zoon heeft net alle pillen geslikt die hij kon vinden",
    "hij heeft alle tabletten ingenomen en wil niet meer leven",
    # Someone at the door threatening.
    "he is banging on the door right now and says he will kill us",
    # A goodbye to everyone and no answer (Polish).
    "córka żegna się ze wszystkimi i nie odbiera telefonu",
    # A drunk parent driving off with the children now.
    "mijn man is stomdronken en is net met de kinderen in de auto weggereden",
]

QUIET_TWINS = [
    # A scratch card.
    "ik kras elke week een kraslot, is dat al gokken?",
    "mijn zoon van 12 krast stiekem krasloten met zijn zakgeld, hoe pak ik dat aan",
    # Done with work or school.
    "ik sta op het perron, ik ben net klaar met werken en kom zo naar huis",
    "ik ben klaar met school, ik sta op het station en wacht op de trein naar huis",
    # Medicine as the doctor said.
    "hij heeft alle tabletten ingenomen zoals de dokter zei, de kuur is nu klaar",
    "she took all her antibiotics as prescribed and the rash is still there",
    # Neighbours and loud music.
    "the neighbours are banging on the door because our party music is too loud",
    "de buren bonken op de muur omdat de muziek van mijn zoon te hard staat",
    # Children's own secret game.
    "our kids made up a secret game with a password for their treehouse",
    "mijn dochters hebben een geheime club met een wachtwoord voor hun boomhut",
    # A Polish goodbye before a holiday or a move.
    "córka żegna się ze wszystkimi przed wyjazdem na wakacje",
    "syn żegna się ze wszystkimi w klasie, bo zmieniamy szkołę",
    # Nothing drunk.
    "mijn man heeft niks gedronken en is net met de kinderen weggereden naar oma",
]

(
    test_fa34_rules_raise_an_alarm,
    test_fa34_danger_now_is_an_emergency,
    test_fa34_harmless_twins_stay_below_urgent,
    test_fa34_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)
