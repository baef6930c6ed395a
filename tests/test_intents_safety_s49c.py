"""Safety triage, round s49 part C: danger now that the rules read as only urgent in safety_tune31,
generalised into families and pinned here with own sentences: held at home by a partner who took the keys and
says "we are not leaving here"; shut out in the cold with a baby; a threat to break the door down; someone
trying to get into a child's room; young children alone at home for hours; a small child alone at the edge of
a balcony or gallery; a weapon shown at the door; family on their way to take a young person abroad; all the
pills just taken; found dazed next to pills and drink; someone on the edge of a roof or balcony; going to the
bridge and not coming back; on a roof and wanting to jump (Polish too). And immediacy cues: locked in the
bathroom, nobody who opens, a plan for tonight in its own sentence, "here in 10 minutes", a wound bleeding
now. Each with twins where one detail makes it not-now (urgent, no 112) or harmless (below urgent)."""

import pytest

from intents.safety import triage
from tests.test_intents_safety import not_now_test, round_tests

ALARM = [
    # Told as past or with nobody coming now: still a person soon (URGENT_NOT_NOW pins that it is no 112).
    "vorige week heeft mijn man ons buitengesloten toen ik met de baby thuiskwam",
    "mijn vader zei vorig jaar dat hij me meeneemt naar Turkije om te trouwen, ik ben 15",
]

EMERGENCY = [
    # Held at home, the keys taken (Dutch, English).
    "mijn vriend heeft de deur op slot gedaan en de sleutels afgepakt, hij zegt dat we nooit meer weggaan",
    "he locked the front door and took my keys and says we are never leaving this house, my kids are with me",
    # Shut out with a child, he will not open (Dutch, English).
    "mijn vriend heeft mij en de kinderen buitengesloten, we staan op de galerij en hij doet niet open",
    "my husband locked me and the baby out on the balcony and he won't open the door, it's freezing",
    # Breaking the door down, now (English, Dutch).
    "my ex is banging on the door right now and says he will kick it in",
    "mijn ex staat nu voor de deur en dreigt de deur in te trappen",
    # Trying to get into a room, now (English, Dutch).
    "my stepdad is drunk and trying to get into my room right now, I've locked the door",
    "hij is dronken en probeert nu de kamer van mijn zusje binnen te komen, ik zit in de badkamer",
    # Young children alone for hours (Dutch, English, Polish).
    "de kinderen van de bovenburen, 2 en 4, zijn sinds vanochtend alleen thuis, er doet niemand open",
    "the toddlers next door have been home alone since last night, nobody answers the door",
    "Dziecko sąsiadów jest samo w domu od wczoraj, ma 3 lata. Płacze i nikt nie otwiera",
    # A small child alone at a height (Dutch, English, Polish).
    "een peuter staat alleen op het balkon van de 4e verdieping en klimt over de reling",
    "a little boy is alone on a balcony on the 5th floor and is climbing the railing",
    "Małe dziecko jest samo na balkonie na 5 piętrze i wspina się na barierkę",
    # A weapon shown at the door, now (Dutch, English).
    "er staan nu twee mannen voor ons huis, ze willen geld en een van hen liet een pistool zien",
    "two guys are outside our house right now and one of them showed us a knife",
    # On the way to take me abroad (Dutch, English).
    "mijn broers zijn onderweg hierheen, ze zeggen dat ze me meenemen naar Marokko om te trouwen. ik ben 17",
    "my dad and uncles are on their way here, they said they will take me back to pakistan. im 16",
    # All the pills just taken (Dutch, English, Polish).
    "ik heb zojuist een hele strip paracetamol uit de la van mijn vader genomen",
    "i just took all of my antidepressants, i dont know why im telling you",
    "Właśnie wzięłam wszystkie tabletki mamy",
    # Dazed next to pills and drink (Dutch, English).
    "mijn dochter van 15 is half bewusteloos, er liggen lege doosjes oxazepam en een fles wijn naast haar",
    "my son is barely responding, an empty vodka bottle and a packet of sleeping pills next to him",
    # On the edge of a roof or balcony (Dutch, English).
    "mijn vriendin zit op de rand van het dak van de flat en laat niemand bij haar komen",
    "my friend is standing on the edge of the roof of our school and won't let anyone near",
    # Going to the bridge or the tracks and not coming back (English, Dutch).
    "my daughter just left saying she's going to the railway and won't come back, she isn't answering",
    "hij appte dat hij naar het spoor gaat en niet meer terugkomt. hij neemt niet op",
    # On a roof or a bridge, wanting to jump (Polish, Dutch, English).
    "Mój syn jest na moście i chce skoczyć",
    "mijn zoon is op het dak van de school en wil springen",
    "she texted me she is on the bridge and wants to jump",
    # Immediacy: locked in the bathroom, a plan for tonight, a wound bleeding now.
    "ik zit in de wc op slot. mijn vader is dronken en slaat dingen kapot",
    "ik heb afscheidsbrieven geschreven. vanavond doe ik het.",
    "de buurman heeft mijn dochter van 5 pijn gedaan bij haar plasser. ze bloedt",
]

QUIET_TWINS = [
    # Locked out by accident, a balcony party.
    "ik heb mezelf per ongeluk buitengesloten met de baby, de sleutel ligt binnen, wanneer komt de monteur",
    "we hebben een balkonfeestje en de kinderen zitten op de rand van het balkon met een drankje, gezellig",
    # A bridge on a bike ride, the tracks for a walk.
    "we fietsen zondag naar de brug en komen pas 's avonds terug",
    "my son is going to the bridge with his bike and will come back for dinner",
    # Sleeping pills the doctor prescribed, a cold.
    "mijn zoon is wat suf van de slaappillen die de huisarts voorschreef, er ligt een strip naast zijn bed",
    "hij ligt suf op de bank met griep, er staat een fles water naast hem",
    # A family trip abroad planned for the summer.
    "in de zomer nemen mijn ouders me mee naar Marokko op vakantie, ik ben 16 en heb er zin in",
    # A toddler on a gallery with mum right there.
    "mijn peuter klimt op de galerij op een stoel bij de reling, ik sta ernaast. hoe maak ik dat veilig",
    # A knife in the kitchen, a door in a game.
    "de kok liet ons een mes zien in de keuken tijdens de workshop",
    "in the game he says he will break the door down to reach the castle",
    # A brother who wants the charger.
    "my brother is trying to get into my room to borrow my charger, so annoying",
    # Older children with the babysitter.
    "mijn kinderen van 14 en 16 zijn sinds vanochtend alleen thuis, ze vermaken zich wel",
]

# Pills cleared away: no emergency by the rules (the learned backstop may still ask for a person).
RULES_NOT_AN_EMERGENCY = [
    "ik heb net alle pillen van mijn moeder uit het medicijnkastje genomen en naar de apotheek gebracht",
    "ik heb zojuist alle tabletten van mijn moeder uit het kastje boven genomen en in de kluis gelegd",
]

URGENT_NOT_NOW = [
    # The same dangers told as past or without a now: a person soon, not 112.
    "vorige maand heeft mijn man ons buitengesloten, ik stond met de baby in de kou op het balkon",
    "last month my ex said he would break the door down, the kids were with me",
    "my sister is 16 and our parents said they will take her back to pakistan to get married",
    "last year a boy at school showed him a knife and threatened to stab him",
]

(
    test_s49c_rules_raise_an_alarm,
    test_s49c_danger_now_is_an_emergency,
    test_s49c_harmless_twins_stay_below_urgent,
    test_s49c_patterns_pass_their_gates,
) = round_tests(ALARM + URGENT_NOT_NOW, EMERGENCY, QUIET_TWINS)


test_s49c_not_now_stays_urgent = not_now_test(URGENT_NOT_NOW)


@pytest.mark.parametrize("text", RULES_NOT_AN_EMERGENCY)
def test_s49c_pills_cleared_away_are_no_emergency(text: str) -> None:
    assert triage(text).urgency != "emergency", (text, triage(text))
