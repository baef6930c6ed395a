"""Safety triage, round s53 part B: sexual abuse and grooming told indirectly in the blind tuning sets of the
thirty-fourth session (safety_tune41-44, youth_tune29, long_tune17, english_tune17, parents_tune20), by
parents, professionals, bystanders and young people, generalised into families and pinned here with own
sentences (Dutch, English): a child's disclosure in code words (an adult who "raar doet" at bath time, "het
spelletje", a "secret game" in a teenager's room, "dingen laat doen" on the toilet, "does things at night",
"komt in mijn bed", "aan haar zat", "hurt his willy", a stepfather who films through a hole in the bathroom
door, an uncle's sexual messages, a pregnancy by a stepfather); signs that point at an adult (sexualised
behaviour "zoals papa doet", "dat doet mijn oom ook", drawings of a man with a big penis, a girl who sleeps
in her clothes since an uncle stays, a boy who lets nobody wipe him since the cellar, injury in the genital
area); a minor with a much older partner; grooming by an adult met online or at a club (a train ticket,
money, "says 16 but looks 30", asked to undress on a video call, a video "owed", "private training" at his
flat, a man met online she sleeps at, a home offered); sexual exploitation by a "boyfriend" (friends to meet
for money, "favours", a hotel with an older man, films she must take part in, a video of her half undressed
put online); a boyfriend who forces sex and films it; advances of a carer (kisses, comments on her body, a
hand higher up her leg); sex while drunk; an older cousin who did "zoiets"; a child who wants to stay away
when "die meneer" comes tonight. Danger now is an emergency: a husband just caught in a daughter's room, a
girl held in a room at a party or pulled into a car, a drink spiked just now, a man photographing children
in a changing room now, a groomer waiting downstairs or at the bus stop now, a girl just picked up by a man
in his thirties, a child abused this morning whom he picks up today, a girl taken now to men. Calm: healthy
sexual development, peers of an age, sex education, games and fun with relatives, a coach's team app, a past
event over and handled."""

from tests.test_intents_safety import not_now_test, round_tests

ALARM = [
    # A child's disclosure in code words.
    "mijn zoontje van 5 zegt dat opa raar doet als hij in bad zit, hij wil er niet meer logeren",
    "ze vertelde dat de nieuwe vriend van mama het spelletje met haar doet als mama naar haar werk is",
    "my daughter (7) says the boy next door wants her to play a secret game in his bedroom, not to tell",
    "mijn dochter van 8 zegt dat haar neef haar dingen laat doen in de badkamer, ze mag het niet vertellen",
    "my 6 year old told her teacher that grandpa does things to her when mummy is at work",
    "onze kleindochter zei dat de vriend van haar moeder 's nachts in haar bed komt",
    "My son (5) told me his babysitter touched his willy and said it was their secret.",
    "mijn nichtje van 13 vertelt dat haar stiefvader haar stiekem filmt door het sleutelgat van de badkamer",
    "My niece (12) showed me that her coach has been sending her sexual messages on Instagram.",
    # Signs that point at an adult.
    "onze dochter van 4 doet andere kinderen bovenop 'zoals papa doet', ze gaat elk weekend naar hem",
    "mijn zoon van 5 tekent steeds een man met een grote piemel, hij zegt dat het oom Jan is",
    "mijn dochter (11) slaapt met al haar kleren aan sinds mijn zwager bij ons woont, ze zegt er niks over",
    "My 6yo keeps drawing a man with a big penis and a little girl and says it's her uncle.",
    # A minor with a much older partner.
    "mijn dochter is 14 en haar vriend is 26, hij haalt haar elke dag op van school",
    "i'm 15 and my boyfriend is 28, he says age is just a number",
    # Grooming online or at a club.
    "mijn zoon (13) gamet met een man die hem geld stuurt en nu zegt dat hij hem een filmpje schuldig is",
    "Our son (13) chats with a man on Discord who sent him a train ticket to come and meet him next week.",
    "de trainer van mijn dochter (12) nodigt haar uit voor privé training bij hem thuis",
    "A man on TikTok keeps asking my sister (14) to undress on video calls.",
    "mijn zus van 14 zegt dat de jongen van snapchat 15 is maar op zijn foto lijkt hij wel 35",
    # Sexual exploitation by a boyfriend.
    "mijn vriend geeft me cadeaus en nu wil hij dat ik met zijn vrienden afspreek voor geld, ik ben 15",
    "my boyfriend says if i love him i'll do favours for his mates. i'm 15",
    "onze dochter van 15 is gezien in een hotel met een veel oudere man",
    # A boyfriend who forces sex and films it.
    "mijn dochter van 16 zegt dat haar vriend haar dwingt tot seks en dat hij het filmt",
    "My daughter's boyfriend forces her into sex and records it on his phone. She's 16.",
    # Advances of a carer, sex while drunk, an older cousin.
    "mijn mentor probeert me steeds te zoenen na de les, ik ben 14",
    "mijn stiefvader legt zijn hand op mijn been en steeds hoger als mama er niet is",
    "ik was dronken op een feestje en een jongen heeft seks met me gehad, ik weet bijna niks meer",
    "Kan een meisje van 11 zwanger worden? Mijn dochter zei dat haar oom zoiets met haar heeft gedaan.",
]

EMERGENCY = [
    "ik heb mijn vriend net betrapt in de slaapkamer van mijn dochter van 9, ik zit nu met haar op de wc",
    "mijn dochter (16) belt vanaf een feest, een man houdt haar vast in een slaapkamer en ze huilt",
    "my daughter (14) is on the phone, a guy from the party is dragging her into his car",
    "de man van tiktok staat nu voor mijn school op me te wachten, ik ben 13",
    "My niece (14) was just picked up by an older man she knows from Snapchat.",
    "mijn vriend wil dat ik nu mee ga met 3 mannen naar een hotel, ik ben 16",
]

QUIET_TWINS = [
    # Bath time, games and fun with relatives.
    "mijn zoon van 4 doet raar als hij in bad moet, hij gilt en wil eruit. hoe maak ik badtijd leuker?",
    "opa speelt altijd het spelletje memory met haar als hij oppast, ze vindt het geweldig",
    "oom Piet doet altijd leuke dingen met me, we gaan vissen en naar de dierentuin",
    # Development, copying a parent.
    "mijn dochter van 3 wil koken zoals papa doet, ze staat elke avond op een krukje",
    "Mijn zoon van 4 vraagt steeds hoe de baby in mama's buik komt. Hoe leg ik dat uit?",
    "My 5 year old touches his willy when he watches TV. Is this normal development?",
    "mijn dochter van 14 wil niet meer douchen na de gym omdat ze zich schaamt voor haar lichaam",
    # Peers of an age, sex education.
    "mijn dochter van 15 heeft een vriendje van 16, ze zijn lief samen. Hoe praat ik over anticonceptie?",
    "my son (16) has a girlfriend his age and they want to go on holiday together, should we allow it?",
    # A coach's team app, a grandmother's ticket.
    "de trainer van mijn zoon appt de ouders in de teamapp laat op de avond over de wedstrijden",
    "oma heeft haar een treinkaartje gestuurd zodat ze in de vakantie kan komen logeren",
    "My daughter's football coach offers extra training at the club on Saturdays for the whole team.",
    # Friends, a school film.
    "mijn zoon van 15 wil met zijn vrienden afspreken in de stad, mag dat al alleen?",
    "My son (15) wants to meet up with his friends in town on Saturday, is he old enough?",
    # A past event over and handled.
    "Toen ik 16 was had ik een vriend van 17. Nu heeft mijn dochter een vriendje, hoe begeleid ik dat?",
    "Our daughter's coach was replaced last year and the club did a safeguarding course. How to talk to her?",
]

URGENT_NOT_NOW = [
    # Grooming and code words without a now: a person soon, not 112.
    "mijn dochter (14) heeft een man van snapchat die haar geld stuurt, nu wil hij dat ze naar hem toe komt",
    "een meisje uit mijn groep vertelde dat de vriend van mama 's nachts in haar bed komt",
]

(
    test_s53b_rules_raise_an_alarm,
    test_s53b_danger_now_is_an_emergency,
    test_s53b_harmless_twins_stay_below_urgent,
    test_s53b_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)

test_s53b_not_now_stays_urgent = not_now_test(URGENT_NOT_NOW)
