"""Safety triage, round s21: what the rules and a backstop trained without the set missed in safety_tune27 and
youth_tune23 (`bench/safety_model.py misses`), generalised into families and pinned here with own sentences:
a young child with an open box of pills and nobody knows how many, or who drank the liquid of a vape (112); a
blow told with a word before it or in other words ("een harde klap", "een flinke oplawaai"); a mother heard
screaming "let me go"; young children left alone at home by their parents (in Dutch, as the English rules
already read it); a parent who would be "worth more dead"; "had je nooit moeten willen" said again and
again; a parent out of it while looking after the baby; a girl of twelve to be engaged in the summer; a
teenager's "vriendje" who hits her is no playmate. Each with the harmless twins that must stay calm."""

from intents.safety import triage
from tests.test_intents_safety import URGENT, round_tests

ALARM = [
    # A blow with a word before it, or in other words.
    "mijn man geeft onze zoon een harde klap als hij brutaal is",
    "zijn vader gaf hem gisteren een flinke oplawaai omdat hij zijn telefoon niet inleverde",
    "my ex gave him a hard slap and now he is scared",
    # A mother heard screaming "let me go" when the parents fight.
    "ik lig in bed en hoor mama beneden gillen laat me los, papa is heel boos",
    "I can hear my mum screaming let go of me when they argue at night",
    # Young children left alone at home.
    "de buren laten hun kleuter elke middag alleen thuis als ze gaan werken",
    "ze laat haar dochtertje van 3 alleen thuis als ze boodschappen doet",
    # Worth more dead.
    "soms denk ik dat ik meer waard ben als ik dood ben, dan krijgen ze tenminste de verzekering",
    "honestly I think I'm worth more dead than alive with all these debts",
    # "I should never have wanted you", again and again.
    "mijn vriendin zegt steeds tegen haar dochter dat ze haar nooit had moeten willen",
    # A girl of twelve to be "engaged" in the summer holiday.
    "een meisje van 12 uit mijn klas zegt dat ze in de zomervakantie verloofd wordt",
    "a girl in my class (12) says she will be engaged to a cousin this summer",
    # Out of it while in charge of the baby.
    "mijn man is vaak dronken terwijl hij alleen voor de baby zorgt",
    "my wife is barely responsive from her pills while she is alone with the baby all day",
]

EMERGENCY = [
    "mijn zoontje van 2 had het pillendoosje van opa gepakt en het is open, ik weet niet hoeveel erin zaten",
    "onze peuter zat met de medicijnen van mijn vrouw, de strip is open en we weten niet hoeveel hij heeft",
    "my daughter (2) drank some liquid from my vape, she is very pale",
    "mijn zusje van 3 heeft aan mijn vape gelikt en de vloeistof geslikt, ze doet heel raar",
]

QUIET_TWINS = [
    # A teenager's vape; counting the pills at home; keeping medicines out of reach.
    "mijn zoon van 16 heeft vloeistof van zijn vape gedronken, hij moest even hoesten",
    "ik weet niet hoeveel pillen er nog in het pillendoosje van oma zitten, moet ik nieuwe halen?",
    "hoe bewaar ik de medicijnen veilig nu mijn peuter overal bij kan?",
    # A child who screams "let me go" when dressed or held at the kerb; a mother laughing at play.
    "mijn dochter gilt 'laat me los' als ik haar jas aan wil doen",
    "mijn zoon van 3 schreeuwt laat me los als ik hem vasthoud bij het oversteken",
    "mama riep lachend laat me los toen we aan het stoeien waren",
    # Older children alone at home; a dog.
    "mijn zoon van 12 blijft na school een uurtje alleen thuis, is dat oké?",
    "de buren laten hun hond de hele dag alleen thuis",
    # A car worth more; a pat on the shoulder.
    "die oude auto is meer waard dan je denkt",
    "de coach gaf hem een flinke schouderklop na de wedstrijd",
    # A boyfriend's letter; a six-year-old's playmate who hits at school.
    "ik ben 15 en mijn vriendje heeft me een lieve brief gegeven",
    "mijn vriendje van 6 slaat me op school, ik ben 6",
    # A grown-up sister's engagement; a seventeen-year-old in love who chooses it herself.
    "mijn zus van 25 gaat deze zomer verloofd worden in Marokko, hoe leg ik dat uit aan mijn kinderen?",
    "mijn dochter van 17 is verliefd en wordt deze zomer verloofd, ze wil het zelf",
    # A parent's drink while the children are elsewhere, or a glass of wine.
    "mijn man is dronken maar de kinderen logeren bij oma",
    "mijn vrouw past op de kinderen terwijl ik werk, soms drinkt ze een wijntje",
]


(
    test_s21_rules_raise_an_alarm,
    test_s21_danger_now_is_an_emergency,
    test_s21_harmless_twins_stay_below_urgent,
    test_s21_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)


def test_a_teenagers_boyfriend_who_hits_her_is_no_playmate() -> None:
    """Neither a young child's blow nor a fight between peers; a six-year-old's playmate still is."""
    result = triage("mijn vriendje heeft me geslagen toen we ruzie hadden, ik ben 15")
    assert result.urgency in URGENT, result
    assert not result.quieted
    assert "child subject" in triage("mijn vriendje van 6 slaat me op school, ik ben 6").quieted
    assert triage("mijn vriendje slaat me soms als grapje bij het stoeien, ik ben 14").urgency not in URGENT
