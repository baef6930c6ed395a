"""Safety triage, round s9nl: danger told indirectly, ninth round (self-harm told sideways, suicide with a
method or a plan, sexual abuse hinted at, a child told not to tell, grooming with gifts and secrecy, threats
that keep someone in line, rough handling and blows with an object, confinement as punishment, neglect told
in passing, drunk driving with a child, danger now, violence heard through the wall, put out of the house),
and the harsh-but-normal, resolved and look-alike messages that older signals raised too often.

Every sentence here was written for these tests (never taken from a bench/data file). Each family has a
sentence that must reach urgent or emergency and a harmless twin with the same words that must stay below.
"""

import pytest

from intents import route
from tests.test_intents_safety import QUIET, URGENT, check_urgency

ALARM = [
    # Self-harm told sideways.
    "ik kras al een paar maanden, niemand weet het",
    "hoe stop ik met het krassen, het lukt me niet",
    "mijn zus doet zichzelf al maanden pijn en draagt altijd een vest",
    "onder zijn bed lagen bebloede zakdoekjes",
    "my daughter's friends share photos of cuts and talk about going deeper next time",
    # Suicide with a method, a plan or a farewell.
    "ik heb een strip tabletten in mijn la en ik denk dat ik het dit weekend ga doen",
    "mijn broer heeft net al zijn slaappillen geslikt",
    "ze zit bij de brug en zegt dat ze niet meer wil",
    "hij heeft gegoogeld op pijnloos sterven",
    "ze zei dat het na de zomer niet meer hoeft want dan is ze er niet meer",
    "het zou fijner zijn als ik gewoon niet meer wakker werd",
    "hoe lang duurt het voordat iemand doodgaat van veel ibuprofen",
    "ze zegt dat ze geen zin meer heeft en geeft ze al haar knuffels weg",
    "he messaged me thanks for everything, you've been the best and went offline",
    # Sexual abuse hinted at.
    "de stiefvader van mijn vriendin komt altijd binnen als ze doucht",
    "mijn dochter durft niet te slapen omdat opa dan binnenkomt",
    "de coach wil mijn zoon steeds alleen in de kleedkamer spreken",
    "ze zegt dat een jongen dingen met haar heeft gedaan toen ze buiten westen was",
    "my niece says her uncle puts his hand over her mouth so she can't scream",
    "ik ben erachter gekomen dat mijn neef mijn dochtertje seksueel benadert",
    "onze peuter gilt bij het verschonen en zegt ze nee opa",
    "mijn docent appt me elke avond en zegt dat het ons geheimpje is",
    # A child told not to tell.
    "sinds hij bij zijn oom logeert heeft hij buikpijn en zegt hij dat hij er niet over mag praten",
    "hij is bang en zegt dat als ik het vertel gaat papa naar de gevangenis",
    # Grooming with gifts and secrecy; exploitation.
    "mijn zoon van 12 krijgt v-bucks van een oudere man uit een game",
    "er is een man die haar geld geeft en wil chatten zonder dat haar ouders meekijken",
    "een volwassen man belt mijn dochter van 13 's nachts en vraagt of ze zich wil uitkleden",
    "hij zegt dat hij me beter snapt dan mijn ouders en wil dat ik naar zijn huis kom, hij betaalt de trein",
    "mijn vriend wil dat ik vrienden van hem ga plezieren",
    "my boyfriend takes all my money and says I owe him for the room",
    "een meisje van 14 zegt dat ze voor een kennis werkt in een hotel",
    # Threats that keep someone in line.
    "mijn man zegt: als je mij de kinderen afneemt zul je het merken",
    "mijn kleindochter zegt dat ze stil moet zijn anders wordt papa boos, hij drinkt",
    "als hij het hoort wordt hij woedend en dan slaat hij",
    "they know where my little brother goes to school",
    "ze zeggen dat ze hem gaan neersteken na de training",
    "mijn ex volgt ons nog steeds en staat bij school",
    "mijn vriend bepaalt alles, wie ik zie en wat ik draag",
    # Rough handling and blows with an object.
    "mijn vader slaat mij met een pollepel als ik brutaal ben",
    "thuis krijg ik soms de riem als ik iets fout doe",
    "haar stiefmoeder heeft haar bij haar haren door de gang gesleurd",
    "my partner grabbed our son by the throat last week",
    "hij geeft hem een klap en toen had hij een bloedneus",
    "my husband shook our baby because she would not stop crying",
    "mijn vader smeet zijn koffie over mij heen",
    "mijn man heeft me een keer hard geslagen waar de kinderen bij waren",
    "my partner is getting more and more violent",
    # Confinement and degradation as punishment.
    "mama sluit mij op in de schuur als ik stout ben",
    "papa zegt dat hij spijt heeft dat hij me niet heeft afgestaan",
    # Neglect told in passing.
    "er is vaak geen eten want mama drinkt, ik ben 11",
    "mijn vader komt soms dagen niet thuis en ik zorg voor mijn zusje",
    "ik moet op mijn broertje passen in plaats van naar school te gaan",
    "de buren laten hun baby urenlang in de box huilen terwijl ze gamen",
    "het buurjongetje loopt midden in de nacht op straat zonder jas",
    "mijn zus gebruikt drugs en zorgt alleen voor haar baby",
    "haar vader laat haar dochter van 8 alleen thuis tot middernacht",
    # Drunk driving with a child; danger now.
    "mijn ex was dronken en is met onze dochter weggereden",
    "hij zegt dat hij de deur intrapt als ik niet opendoe",
    "mijn moeder ligt op de grond en bloedt",
    # Violence heard; put out of the house.
    "bij de benedenburen hoor ik elke nacht geschreeuw en harde klappen",
    "mijn vriend slaapt bij ons omdat hij eruit gezet is door zijn vader",
]

QUIET_TWINS = [
    # Self-harm twins: cutting bread, paper.
    "ik snij al een tijdje mijn eigen brood",
    "hoe stop ik met het krassen van de kat op de bank",
    "mijn zus doet zichzelf al maanden tekort met werken",
    # Suicide twins.
    "ik heb de verf al gekocht en ik denk dat ik het dit weekend ga doen",
    "ze zit bij de brug en zegt dat ze niet meer wil wachten op de bus",
    "de dierenarts zorgde dat onze hond pijnloos kon sterven",
    "hij gaat op stage in het buitenland, dan is hij er niet meer",
    "ze geeft haar oude kleren weg aan de kringloop",
    "thanks for everything, the party was great",
    # Sexual abuse twins.
    "mijn stiefvader komt altijd binnen als ik doucht om de handdoek te brengen, dat vind ik niet fijn",
    "de coach wil alle ouders na de wedstrijd spreken",
    "op het feestje was hij te moe om nog te dansen",
    "wat betekent seksueel grensoverschrijdend gedrag precies?",
    "mijn docent zei dat de surprise voor de juf ons geheimpje is",
    # A child told not to tell: a surprise.
    "hij mag er niet over praten want het is een verrassing voor oma",
    # Grooming twins.
    "mijn dochter van 13 krijgt geld van opa voor haar verjaardag",
    "ze wil met haar vriendinnen chatten zonder dat haar ouders meekijken",
    "mijn oma begrijpt me beter dan mijn ouders",
    "ik help vrienden van hem met verhuizen",
    # Threat twins.
    "we moeten stil zijn anders wordt de baby wakker",
    "ze zeggen dat ze hem gaan neersteken in de game haha",
    "mijn ex volgt me nog steeds op instagram",
    "mijn vriend bepaalt alles over de vakantie",
    # Rough handling twins.
    "mijn vader slaat de bal met een stok",
    "ik krijg soms de riem van mijn broer te leen",
    "de kapper pakte haar bij haar haren om te vlechten",
    "hij kreeg een bal in zijn gezicht en toen had hij een bloedneus",
    "mijn man heeft de tennisbal keihard geslagen",
    # Confinement twins.
    "papa stopt mijn knuffel in de kast als ik ga slapen",
    # Neglect twins.
    "er is geen eten meer in huis, ik ga zo boodschappen doen",
    "we laten de baby uren buiten slapen in de kinderwagen, ook als het koud is",
    "ze laten hun dochter van 16 alleen thuis tot middernacht",
    # Drunk driving and danger-now twins.
    "we zagen een man die dronken wegreed van het feest, wat moet je dan doen",
    "de slotenmaker zegt dat hij de deur openbreekt als de sleutel niet past",
    "mijn zoon ligt op de grond en bloedt uit zijn knie na het fietsen",
    # Heard-through-the-wall and put-out twins.
    "I hear the kids next door screaming and banging on their drums all afternoon",
    "my stepdad thrown out by his landlord needs a place to stay",
]

# The older signals' look-alikes this round lowered (harsh but normal, resolved, not what it sounds like).
LOWERED = [
    "mijn dochter van 6 zei dat ze dood wil toen ze niet mocht zwemmen, daarna speelde ze vrolijk verder",
    "mijn zoon roept ik maak je dood tegen zijn zus, het is maar een uitdrukking",
    "mijn zoon zegt dat ik kindermishandeling pleeg omdat hij zijn telefoon moet inleveren, te streng?",
    "is het verwaarlozing om mijn baby een paar minuten te laten huilen?",
    "ik ben vroeger geslagen door mijn moeder maar dat is al jaren voorbij, ik woon op mezelf",
    "onze basisschool houdt een ouderavond over huiselijk geweld, wie kan er spreken?",
    "mijn dochter verzon dat ze door een meester was geslagen, het bleek niet waar",
    "mijn zoon is van het aanrecht gevallen, hij huilde meteen en speelt nu gewoon weer",
    "mijn baby heeft een blauwe plek van de tafel, hij begint net te lopen",
    "my 2 year old bites me when he's tired",
    "we worden over drie weken uit ons huis gezet en zoeken een nieuwe woning",
    "het is thuis niet onveilig hoor, maar wel druk",
    "she hasn't said anything about hurting herself, she is just quiet",
]

STILL_ALARM = [
    # The lowering rules keep the alarm when the danger is told too.
    "mijn dochter van 6 zei dat ze dood wil en pakte een mes, daarna speelde ze verder",
    "mijn man slaat me nog steeds, vroeger was het erger maar dat is voorbij",
    "mijn zoon zegt dat ik hem mishandel en ik heb hem ook geslagen",
]


@pytest.mark.parametrize("text", ALARM)
def test_s9nl_indirect_danger_raises_an_alarm(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", QUIET_TWINS)
def test_s9nl_harmless_twins_stay_below_urgent(text: str) -> None:
    check_urgency(text, QUIET)


@pytest.mark.parametrize("text", LOWERED)
def test_s9nl_harsh_but_normal_or_resolved_stays_below_urgent(text: str) -> None:
    check_urgency(text, QUIET)


@pytest.mark.parametrize("text", STILL_ALARM)
def test_s9nl_lowering_keeps_the_alarm_when_danger_is_told(text: str) -> None:
    check_urgency(text, URGENT)


def test_s9nl_door_kicked_in_is_an_emergency() -> None:
    assert route("hij zegt dat hij de deur intrapt als ik niet opendoe").urgency == "emergency"


def test_s9nl_put_out_of_the_house_is_urgent_not_112() -> None:
    text = "mijn vriend slaapt nu bij ons omdat hij eruit gezet is door zijn vader"
    assert route(text).urgency == "urgent"
