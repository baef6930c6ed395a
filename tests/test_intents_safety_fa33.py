"""Safety triage, round fa33: a button battery that was in a child's mouth and was taken out with nothing
swallowed ("niks ingeslikt", "niets doorgeslikt") is calm, as "niet ingeslikt" already was; a parent in doubt
("ik weet niet of", "denk ik", "volgens mij") keeps the emergency, since a swallowed button battery burns
through the gullet within hours."""

from tests.test_intents_safety import round_tests

ALARM = [
    "mijn zoon had een knoopcel in zijn mond, volgens mij niks ingeslikt maar hij kwijlt zo",
    "my daughter swallowed a button battery from the remote",
]

EMERGENCY = [
    "ik heb het batterijtje uit zijn mond gehaald maar ik weet niet of hij er niets van heeft ingeslikt",
    "er zat een knoopcel in haar mond, niets ingeslikt denk ik, maar ze hoest steeds",
    "onze peuter heeft net een knoopbatterij doorgeslikt",
]

QUIET_TWINS = [
    "hij had een knoopcelbatterij in zijn mond maar ik heb hem eruit gehaald, niks ingeslikt",
    "ze stopte een batterijtje in haar mond, ik was er meteen bij en ze heeft niets doorgeslikt",
    "knoopcel in zn mond gehad maar niks ingeslikt, waar berg ik die dingen veilig op?",
]

(
    test_fa33_rules_raise_an_alarm,
    test_fa33_danger_now_is_an_emergency,
    test_fa33_harmless_twins_stay_below_urgent,
    test_fa33_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)
