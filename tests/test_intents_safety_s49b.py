"""Safety triage, round s49 part B: what the rules missed in safety_tune31, generalised into families and
pinned here with own sentences: a young child who wets the bed again or asks whether the door is locked since
one person came to live in the house; an adult who always puts the child to bed behind a shut door while she
turns quiet; a young child who says an adult did "a game with his willy"; a man who invites other people's
children inside for sweets or the console; a mentor or coach who texts a pupil at night that she is his
favourite or that nobody may know; a colleague who always takes the same toddler alone behind a shut door;
"doctor games" of a young child with a teenager; boys who share "a girl who does everything" in a group app;
nude photos of a classmate found on a minor's phone (also Turkish); a child who may not leave her room when
the mother's boyfriend is there; a young person who is tired of life and does not want to live (Arabic, with
"and" written onto the negation). Each with harmless twins that must stay calm."""

from tests.test_intents_safety import round_tests

ALARM = [
    # Bedwetting again or the door locked, since one person moved in (Dutch, English).
    "sinds haar stiefvader bij ons woont plast ze weer in bed en vraagt ze elke avond of haar deur op slot "
    "kan",
    "mijn zoon van 5 plast weer in zijn broek sinds mijn broer bij ons is ingetrokken. hij wil niet meer dat "
    "oom hem in bad doet",
    "she is 6 and wets the bed again since my boyfriend moved in, and she keeps asking if her door is locked",
    "since her stepbrother came to live with us she wets herself again and doesnt want him to give her a "
    "bath",
    # Always puts her to bed with the door shut, she turns quiet (Dutch, English).
    "mijn man wil altijd zelf onze dochter van 8 naar bed brengen en doet dan de deur op slot. ze is heel "
    "stil geworden",
    "de vriend van mijn moeder brengt mijn zusje elke avond naar bed met de deur dicht, sindsdien is ze zo "
    "teruggetrokken",
    "my new partner always insists on putting my daughter to bed and shuts the door. she has gone very quiet",
    # An adult's "game with his willy" in a young child's words (Dutch, English).
    "mijn dochter van 3 vertelt dat opa een spelletje met zijn piemel doet als oma weg is",
    "ons zoontje zegt dat de buurman een geheim spelletje met zijn plasser heeft gedaan",
    "my son (4) said the babysitter played a game with his willy",
    # A man invites other people's children inside for sweets or the console (Dutch, English).
    "een oudere man in onze flat lokt steeds kinderen naar binnen met snoep en zijn playstation",
    "er is een meneer die kinderen uit de buurt binnen roept om te gamen en chips te eten, mijn zoon kwam "
    "bang thuis",
    "a man down the street keeps inviting the kids inside for candy and video games",
    # A mentor or coach: his favourite, and nobody may know (Dutch, English).
    "mijn trainer stuurt me s nachts berichtjes dat ik zijn lievelingsspeler ben",
    "de gymleraar appt mijn dochter dat ze zijn favoriete leerling is en dat niemand het mag weten",
    "my coach texts me late at night that i am his favourite and that i shouldnt tell my parents we chat",
    "her tutor messages her at night saying she is special to him",
    # The same toddler alone behind a shut door (Dutch, English).
    "een stagiair neemt steeds hetzelfde meisje van 3 mee naar de slaapkamer en doet de deur dicht",
    "a colleague at the nursery always takes the same little boy to the nappy room alone with the door shut",
    # Doctor games of a young child with a teenager (Dutch, English).
    "mijn zoon van 6 speelt doktertje met de buurjongen van 13",
    "mijn dochter van 5 was met haar neef van 14 op zolder aan het spelen en dat voelde niet goed",
    "my daughter (7) played doctor with her 13 year old cousin",
    # A girl shared in a group app (Dutch, English).
    "mijn zoon zit in een groepsapp waarin ze een meisje van 12 doorgeven dat alles doet",
    "the boys in his group chat talk about a girl who does everything and they pass her number around",
    "mijn neef vertelde dat de jongens uit zijn team haar doorgeven via snapchat, ze is pas 12",
    # Nude photos of a classmate on a minor's phone (Dutch, English, Turkish).
    "ik vond naaktfotos van een meisje uit zijn klas op de telefoon van mijn zoon van 13",
    "i found nude pictures of a girl from her class on my 14 year old daughters phone",
    "kizimin telefonunda sinif arkadasinin ciplak fotograflarini gordum",
    # Not allowed out of her room when the mother's boyfriend is there (Dutch, English).
    "een leerling vertelde dat ze niet van haar kamer af mag als haar stiefvader thuis is",
    "mijn vriendinnetje durft niet uit haar kamer als de vriend van haar moeder er is",
    "my friend says she is not allowed to leave her room when her mums boyfriend is over",
    # Tired of life, does not want to live (Arabic, Dutch, English).
    "بنتي عمرها ١٥ سنة تقول انها تعبانة من الحياة وما بدها تعيش",
    "ابني يقول ولا يريد أن يعيش بعد",
    "mijn zoon van 13 zegt elke dag dat hij moe is van het leven en niet meer wil leven",
    "my son keeps saying he is tired of life and doesnt want to live",
]

# Grooming, abuse told indirectly and a wish not to live need a person soon: none of these is danger now.
EMERGENCY: list[str] = []

QUIET_TWINS = [
    # A baby brother, a move.
    "mijn dochter van 4 plast weer in bed sinds haar broertje geboren is, tips?",
    "since we moved house my son of 5 wets the bed again and asks if the door is locked, we had a burglary",
    "sinds oma bij ons woont plast hij weer in bed, hij slaapt nu bij zijn zus op de kamer",
    # A bedtime story with the door ajar.
    "opa leest elke avond een verhaaltje voor bij het naar bed brengen en laat de deur op een kier",
    "mijn vriend brengt onze dochter altijd naar bed en doet de deur dicht vanwege de kat",
    # A partner or a dad who bathes the child, a quiet house, a fear of the dark.
    "sinds mijn vriend bij ons woont plast mijn zoon weer in bed, "
    "maar hij vindt het heerlijk als mijn vriend hem in bad doet",
    "since her dad moved back in she wets the bed again, she loves it when he gives her a bath",
    "mijn man brengt de kinderen naar bed en doet de deur dicht, daarna is het eindelijk stil in huis",
    "mijn vriend brengt onze dochter naar bed en doet de deur dicht, ze is wel bang in het donker",
    # Children hiding their phones from the teacher; a teacher's praise to a parent.
    "we mogen niet tegen de juf zeggen dat we appen in de les",
    # A stepfather at work.
    "ze mag niet uit haar kamer als haar stiefvader aan het werk is, want dan moet het stil zijn",
    # Her own nude sent to a boyfriend (sexuality); her location shared on Snapchat.
    "kizimin telefonunda ciplak fotograflar buldum erkek arkadasina gondermis",
    "mijn dochter van 14 deelt haar locatie op snapchat met iedereen",
    # Nudes of herself, an adult's laptop.
    "ik vond naaktfotos van een vriendin van mij op de laptop van mijn man, ze is 35",
    # A toddler discovering his body.
    "mijn zoontje van 4 doet een spelletje met zijn piemel in bad, is dat normaal?",
    "de juf zegt dat hij in de kring een spelletje met zijn piemel doet",
    # Children invited to a party or to play with his own son.
    "de buurman vraagt de kinderen binnen voor snoep op de verjaardag van zijn zoon",
    "the neighbour invites the kids in to play video games with his son",
    # A teacher who says a pupil is doing well.
    "mijn mentor zei dat ik het heel goed doe en dat hij trots is",
    "de trainer zei na de wedstrijd dat ik zijn favoriete speler ben",
    "my teacher sent the whole class a message tonight about the test",
    # A colleague who changes children with the door open.
    "een collega verschoont de peuters in de verschoonruimte en laat de deur altijd open",
    # Children playing doctor at the same age; a sex-education question.
    "mijn zoon van 5 speelt doktertje met zijn vriendje van 5, is dat normaal?",
    "is doktertje spelen normaal bij kleuters? wat vertel ik daarover?",
    "my daughter of 7 played football with her cousin of 12 and her ankle did not feel right",
    # Boys bragging about football in a group app.
    "de jongens in de groepsapp scheppen steeds op over voetbal en over wie alles doet voor het team",
    "mijn dochter is een meisje dat alles doet voor haar vriendinnen",
    # Photos of classmates from the school trip.
    "ik vond fotos van zijn klasgenoten op de telefoon van mijn zoon, van het schoolreisje",
    "oglumun telefonunda okul gezisinden sinif arkadaslarinin fotograflarini buldum",
    # A child grounded in her room.
    "mijn dochter mag niet uit haar kamer als ze straf heeft",
    "she is not allowed to leave her room when the baby is sleeping",
    # Tired of school; does not want to live in the Netherlands.
    "ابني تعبان من المدرسة",
    "ابني لا يريد أن يعيش في هولندا",
    "mijn zoon is moe van school en wil niet meer naar training",
]

(
    test_s49b_rules_raise_an_alarm,
    test_s49b_danger_now_is_an_emergency,
    test_s49b_harmless_twins_stay_below_urgent,
    test_s49b_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)
