"""Safety triage, round s52 part E: danger happening now that the router called urgent in two blind tuning
sets (safety_tune38, safety_tune39), told by young people and by newcomer parents, generalised into families
and pinned here with own sentences: someone else's suicide announced for tonight with a place; a goodbye
posted or texted to everyone, "sorry mum, I can't do this anymore" from a child who does not answer; a young
person at a height who wants it to stop (also learner Dutch without an article); the pills laid out in front
of the writer; pills taken, told after a question how many can kill; pills swallowed in Ukrainian and Turkish;
a young person hunted by those they ran drugs for, or put in a car with the phone taken; a young child over a
balcony railing or crying alone on a balcony; young children alone for days (Dutch, English, Turkish); a
shaken baby now drowsy or limp; a mother who wants to hurt herself and the baby while alone with it (Dutch,
Turkish); a son with a knife who says he will stab; an ex with a contact ban who wants to take the children; a
young child who drank cleaning product (learner Dutch); and the now told in another sentence: "зараз" far
ahead of the blow, writing from a child's tablet, locked in by others, on the toilet now, not knowing where
one is, someone standing at the school now, tonight worse than ever, "this is my last message", a Turkish
child locked in her room. Each with harmless twins that must stay calm, and the dangers told as past or
without a now, which stay urgent."""

from tests.test_intents_safety import not_now_test, round_tests

ALARM = [
    # A goodbye posted or texted, no now (Dutch, English).
    "mijn beste vriendin zette 'laatste keer dat jullie me zien' in haar status",
    "a girl from my class wrote 'last time you will ever see me' on her story",
    # A child's text "sorry mum, I can't go on", no now (Dutch, English).
    "mijn dochter appte 'sorry mam ik kan dit niet meer', hoe praat ik met haar",
    "my daughter texted me sorry mum i can't go on anymore and I don't know what to say",
    # Hunted by those one ran for, no now (Dutch).
    "de jongens voor wie ik moest lopen zoeken me, ik ben het pakketje kwijt",
    # Put in a van by others (Dutch).
    "ze hebben mij gisteren in een busje getrokken en mijn telefoon afgepakt",
    # A son who threatens to stab with scissors (Dutch).
    "mijn zoon dreigt zijn stiefvader te steken met een schaar",
    # An ex with a restraining order who threatens to take the children (Dutch).
    "mijn ex heeft een straatverbod maar dreigt de kinderen mee te nemen",
    # A mother who says she will take the baby and "we'll all be saved" (Turkish).
    "karım 'bebeği de alıp gideceğim, hepimiz kurtulacağız' diyor",
]

EMERGENCY = [
    # Someone else's suicide announced for tonight with a place or a goodbye (Dutch, English).
    "mijn neef appte dat hij het vannacht gaat doen, hij stuurde een foto van het spoor",
    "my friend says she's going to do it tonight, she sent everyone a goodbye",
    # A goodbye posted, the phone not answered (Dutch).
    "ze zette 'laatste keer dat jullie me zien' op insta en ze neemt niet op",
    # At a height, wanting it to end (English, learner Dutch).
    "i am sitting on the edge of the roof. i want it to end",
    "ik zit op dak van flat. ik wil niet meer",
    # The means laid out (Dutch).
    "alle slaappillen van mijn vader liggen naast me klaar. ik wil dood",
    # Pills taken, told after a question (Dutch).
    "is 25 paracetamol gevaarlijk? heb ze net allemaal ingenomen",
    # Pills swallowed (Ukrainian, Turkish).
    "донька щойно проковтнула пачку снодійного",
    "oğlum bütün ilaçlarımı içti, uyanmıyor",
    # Hunted now, hiding; put in a van, not knowing where (Dutch).
    "de jongens voor wie ik moet dealen staan nu buiten en zoeken mij",
    "ze hebben me in een busje gesleurd. ik weet niet waar ik ben",
    # A young child over a balcony railing (English, Dutch).
    "the little boy upstairs is hanging over the balcony railing, nobody is with him",
    "het buurjongetje van 3 jaar klimt op de reling van het balkon",
    # A baby alone on a balcony, young children alone for days (English, Dutch).
    "the baby next door has been screaming alone on the balcony for two hours, no one is home",
    "de kinderen van de overburen zijn al drie dagen alleen, de kleintjes huilen",
    # A shaken baby now drowsy or floppy (Dutch, English).
    "mijn vriend heeft onze zoon door elkaar geschud en nu is hij heel suf",
    "the babysitter shook my baby and now she is floppy",
    # A mother who wants to hurt the baby, alone with it (Dutch).
    "ik wil de baby iets aandoen en ik ben alleen met haar",
    # A weapon in hand now after a threat (Dutch).
    "hij staat op dit moment in de gang met een mes en dreigt",
    # An ex with a contact ban at the school now (Dutch).
    "mijn ex staat nu voor de school en wil de kinderen meenemen, hij heeft een contactverbod",
    # Cleaning product drunk (Dutch).
    "mijn dochter van 2 dronk uit een fles met allesreiniger",
    # The now in another sentence: Ukrainian, Polish, tonight, a last message.
    "мій тато п'яний. зараз на кухні він знову б'є маму",
    "mąż zamknął nas w pokoju i zabrał telefony. piszę z telefonu córki",
    "dit is mijn laatste bericht. ik wil niet meer leven",
]

QUIET_TWINS = [
    # Doing it tonight: a breakup.
    "hij zei dat hij het vanavond gaat doen, het uitmaken met haar, laatste kans",
    # Last time you see me: a haircut, a move, a flight.
    "dit is de laatste keer dat jullie me zien met lang haar, morgen naar de kapper",
    "last time you'll see me for a while, moving to canada next week",
    "i texted everyone goodbye before my flight to spain",
    # Sorry mum, about exams.
    "mijn dochter appte 'sorry mam ik kan dit niet meer' over haar examens",
    # A balcony: a phone call, homework in the rain.
    "mijn zoon staat op het balkon te bellen met zijn vriendin",
    "my son is on the balcony doing his homework, he wants it to stop raining",
    # Pills taken as the doctor prescribed; one tablet against a headache.
    "de huisarts schreef 10 tabletten voor, heb ze vanochtend genomen zoals voorgeschreven",
    "син випив таблетку від головного болю",
    # Searched for in a game; a trip with grandpa.
    "het is verstoppertje op het schoolfeest, de jongens staan buiten en zoeken me",
    "opa heeft ons in de auto gezet en we gaan naar de dierentuin",
    # Questions how to secure a balcony and from what age a child may play there; a toddler playing.
    "hoe oud moet een kind zijn om alleen op het balkon te spelen",
    "hoe beveilig ik het balkon zodat mijn zoon van 2 niet over het hek klimt",
    "the toddler next door is playing on the balcony, no one is watching him",
    # A bottle shaken.
    "i shook the bottle and the baby drank it all, now he is sleepy",
    # A knife for cooking; a question how to store cleaning product.
    "papa is nu in de keuken met een mes groente aan het snijden, hij is boos op mij",
    "hoe voorkom ik dat mijn peuter uit de fles schoonmaakmiddel drinkt",
    # Now words with no danger.
    "ik zit nu op de wc, ik bel je zo terug",
    "ik weet niet waar ik ben met mijn leven, alles is zo vaag",
    # Turkish: taking the baby to the park; a daughter studying in her room.
    "bebeği alıp parka gideceğim, hava çok güzel",
    "kızım odasında kilitli ders çalışıyor, kapıyı açmıyor",
]

URGENT_NOT_NOW = [
    # The same dangers told as past or without a now: a person soon, not 112.
    "gisteren hebben ze me in een busje geduwd en mijn telefoon afgepakt",
    "mijn vriendin zette 'laatste keer dat jullie me zien' in haar status, wat moet ik doen",
    "de jongens voor wie ik moest lopen zoeken me al weken, ik ben bang",
    "eşim 'bebeği de alıp gideceğim, hepimiz kurtuluruz' diyor, çok korkuyorum",
    "mijn man heeft onze baby vorige week door elkaar geschud",
]

(
    test_s52e_rules_raise_an_alarm,
    test_s52e_danger_now_is_an_emergency,
    test_s52e_harmless_twins_stay_below_urgent,
    test_s52e_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)

test_s52e_not_now_stays_urgent = not_now_test(URGENT_NOT_NOW)
