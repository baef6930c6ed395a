"""Safety triage, round s11learn: learner Dutch again (no articles, no "te", short split sentences). A child
who names the adult behind the marks, a mother who falls when the father is angry, small children alone at
night, a man who comes into a teenager's room at night, a photo threatened to be sent, a teacher who pulls
ears, food kept back, an uncle who will "solve" the shame, a child's "au" at the private parts, a child lost
or not home since yesterday, dragged by the hair, taken to marry; "beter als ik niet besta", marks on the
arm with a story that does not hold, a burn with a lighter, jumping from a bridge, a last evening, a goodbye
from a locked room, a plan laid ready, a mother who sees people who are not there after the birth, a baby
alone in the bath, no place to sleep, filmed while changing, things done while drunk, a baby not fed. And
the false alarms of learner Dutch: beating eggs, a one-off smack owned with shame, a joke threat in a game
or when the wifi goes off, disappearing on holiday, a 20-year-old staying with a cousin, a father who keeps
the wages of a weekend job.

Every sentence here was written for these tests (never taken from a bench/data file). Each family has a
sentence that must reach urgent or emergency and a harmless twin with the same words that must stay below.
"""

import pytest

from intents import route
from tests.test_intents_safety import QUIET, URGENT, check_urgency

ALARM = [
    # Marks and who did it, told in two sentences; a fall that comes with the father's anger.
    "mijn zoon 7 heeft blauwe plek op arm. hij zegt van stiefvader",
    "mijn moeder heeft blauwe plekken en zegt door papa",
    "mama valt vaak als papa dronken is, zegt mijn broertje",
    "mijn zus heeft blauw oog alweer, ik weet niet wat doen",
    # Small children alone at night.
    "kinderen van overkant zijn vaak alleen thuis ook snachts, ze zijn 2 en 4",
    # A man in a teenager's room at night.
    "ik ben 14, oom komt in mijn kamer als ik slaap. ik ben bang",
    # A photo threatened to be sent.
    "hij zegt hij stuurt mijn foto naar school als ik niet betaal",
    "man op instagram heeft fotos van mijn zoon, wil geld anders stuurt hij naar familie",
    "als ik het uitmaak zij zet mijn fotos online zegt mijn vriendin",
    # A teacher who pulls ears, food kept back, a dirty child with parents who drink.
    "meester van mijn dochter trekt aan haar oren als zij fout doet",
    "mijn man zegt kinderen moeten honger leren, hij koopt niks",
    "buurmeisje 6 is altijd vies en honger, moeder drinkt elke dag",
    # An uncle who will "solve" the shame.
    "ik ben 16, ik heb vriend en familie zegt schande. broer zegt hij gaat het regelen",
    # A child's "au" at the private parts.
    "mijn zoon 4 zegt opa doet au aan piemel",
    # A child lost, not home since yesterday, dragged by the hair, taken to marry.
    "mijn dochter 4 is weg. wij zoeken al een uur in winkelcentrum",
    "zoon 14 is niet thuisgekomen sinds zaterdag, telefoon uit",
    "stiefvader sleurt mijn zus aan haar haren naar kamer",
    "familie wil mijn nicht meenemen naar Marokko om te trouwen, zij huilt",
    # Suicidal words in simple Dutch.
    "zij schrijft beter dat ik niet besta",
    "waarom leef ik nog",
    "mijn ouders zijn dood in oorlog. ik denk om ook te gaan",
    "mijn dochter denkt vaak aan van flat springen",
    # Self-harm signs.
    "zoon heeft sneetjes op armen. hij zegt hond, maar wij hebben geen hond",
    "mijn vriendin brandt haar arm met sigaret",
    # Now: a last evening, a goodbye, a plan ready.
    "ik zit op brug. vannacht is laatste nacht",
    "dochter stuurt afscheid en zit op wc met deur op slot",
    "ik heb pillen klaargelegd. ik kan niet meer",
    "ik heb strop gemaakt en vanavond ga ik",
    # A mother not herself after the birth, a baby alone in the bath.
    "mijn vrouw hoort stemmen die er niet zijn, baby is 2 weken",
    "mijn zus zegt haar baby is bezeten, zij is net bevallen",
    "moeder slaapt dronken en zusje zit alleen in bad",
    # No place to sleep, nights at friends'.
    "ik ben 15, stiefvader zegt ga eruit. ik heb geen plek om slapen",
    "ik ben 16 ik slaap al 2 weken bij andere vrienden want ik mag niet meer thuis slapen",
    # Filmed while changing, things done while drunk, a baby not fed.
    "meisjes hebben mij gefilmd in douche en delen in groep",
    "ik ben 16, jongen deed dingen bij mij terwijl ik sliep",
    "vader geeft baby weinig melk, baby is afgevallen",
]

QUIET_TWINS = [
    # Marks explained harmlessly, a present from an uncle, a fall from a bike.
    "dochter heeft blauwe plek van voetbal, zij zegt van oom gekregen nieuwe schoenen",
    "mijn zoon valt vaak als hij fietst, blauwe knieen",
    # Children at home with a grandmother, asked whether it is allowed.
    "mag kinderen van 12 en 14 alleen thuis zijn ook snachts als ik werk?",
    # A grandfather who looks after a child with a fever.
    "opa komt naar mijn kamer snachts als ik koorts heb",
    # Photos sent to family, a school photographer.
    "oma stuurt fotos van baby naar familie in Turkije",
    "school wil fotos van uitstapje, anders stuurt juf brief naar ouders",
    # A child who pulls a teacher's ear in play, hunger as a topic.
    "mijn zoon trekt aan oor van juf als grap",
    "kinderen moeten leren wat honger is in arme landen, hoe leg ik uit?",
    # Honour words without threat.
    "wij vieren eer van opa, oom zegt hij gaat het regelen met eten",
    # A sore from a rash, a doctor's jab.
    "mijn dochter zegt plasser doet au bij plassen, infectie?",
    # A child found again, a boy sleeping at grandma's.
    "mijn zoon 5 was weg op markt, na 10 minuten gevonden, ik schrok",
    "zoon 15 is niet thuis sinds gisteren, hij logeert bij oma",
    # A toddler dragging a teddy.
    "mijn peuter sleept knuffel aan oor door huis",
    # A wedding the family looks forward to.
    "ouders willen mijn zus meenemen naar zaal om te trouwen met haar verloofde, zij is blij",
    # Homework, a swimming lesson, a cat.
    "beter als ik niet leef zo ongezond, ik wil sporten",
    "waarom leef ik zo druk, ik wil rust",
    "mijn vrienden gaan naar Amsterdam, ik denk om ook te gaan",
    "ik denk aan van duikplank springen bij zwemles",
    "kat heeft krassen op arm van mijn zoon",
    "ik verbrand mijn vinger met aansteker bij kaarsen aansteken, per ongeluk",
    # A last lesson, a goodbye to a class, pills laid ready for a grandmother.
    "vanavond is laatste keer training, daarna vakantie",
    "zoon zegt afscheid via app van klas, laatste schooldag",
    "ik heb pillen klaargelegd voor oma in pillendoos",
    # An imaginary friend, a bath question, a holiday.
    "mijn dochter 3 praat tegen mensen die er niet zijn, fantasie vriendje, is normaal?",
    "vanaf welke leeftijd mag peuter alleen in bad zitten?",
    "wij hebben nog geen plek om slapen in Parijs op vakantie",
    # A team film, a drunk friend who painted a face, a feeding question.
    "wij hebben gefilmd in kleedkamer na wedstrijd, leuk filmpje voor ouders",
    "vriendin deed dingen met mij toen ik dronken was, zij ging tekenen op gezicht haha",
    "ik geef geen flesvoeding meer, alleen borst, baby groeit goed",
    # The false alarms of learner Dutch this round.
    "ik sla slagroom met mijn zoon van 4 voor taart",
    "hoe kan mijn kind leren wachten zonder hij huilen 1 uur",
    "ik heb mijn dochter een keer een tik gegeven op hand. ik doe dit nooit. ik heb spijt",
    "mijn zoon roept 'ik maak je dood' tegen zus bij spel, lachend",
    "mijn dochter zegt 'dan pleeg ik zelfmoord' als de wifi uit gaat, lachend, grap denk ik",
    "ik wil verdwijnen... naar Turkije op vakantie met vrienden haha",
    "ik ben 19 mijn ouders hebben mij uit huis gezet, ik woon nu bij tante",
    "ik ben 17 en werk in supermarkt, mijn moeder pakt al mijn geld. mag dat?",
    "mijn kind 15 wil niet naar school, blijft in bed. ik kan niet wakker maken elke dag",
]


@pytest.mark.parametrize("text", ALARM)
def test_s11learn_learner_danger_raises_an_alarm(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", QUIET_TWINS)
def test_s11learn_harmless_twins_stay_below_urgent(text: str) -> None:
    check_urgency(text, QUIET)


@pytest.mark.parametrize(
    "text",
    [
        "mijn zoon 6 is weg. ik zoek 1 uur in park, niemand heeft hem gezien",
        "ik sta bij spoor. vanavond is laatste keer",
        "ik heb touw in kast en vanavond doe ik het",
        "baby is alleen in bad en papa slaapt",
    ],
)
def test_s11learn_danger_now_is_an_emergency(text: str) -> None:
    assert route(text).urgency == "emergency", route(text).explanation


def test_s11learn_one_off_blow_keeps_the_alarm_when_the_writer_is_hit_too() -> None:
    text = "mijn man slaat mij. ik heb mijn zoon een keer geslagen, ik heb spijt"
    check_urgency(text, URGENT)


def test_s11learn_cannot_wake_keeps_the_emergency_with_breathing() -> None:
    text = "zoon wil niet naar school, blijft in bed. ik kan niet wakker maken, hij ademt raar"
    assert route(text).urgency == "emergency"
