"""Safety triage, round fa27: the false alarms the rules raised in long_tune11 and long_tune6, generalised
into families of harmless readings and pinned here with own sentences: nights away on a school camp or a trip;
an ex who does not answer after breaking up, a parent who "does not even react" when asked something; "no sign
that he is hurting her"; a baby or a young child who pushes the bottle or the parent away when held; a child
of four or under who hits the mother when tired; a young child who throws things in tantrums or meltdowns;
someone who took their own life in the past; "niet in de zin dat ik er een einde aan wil maken"; "ik wil het
niet meer" said of one's own outbursts; no signs of exploitation; training on recognising exploitation; blood
lost at an earlier birth; 112 called in an evening told afterwards, the child luckily not in hospital; a
finger cut while cooking; a laxative the doctor prescribed; "never threatened anyone"; "not afraid to go
home"; photos of a classmate shared in a group she is left out of; a girl of 16 with a boyfriend of 19; the
teacher who called the parent (Turkish, Dutch, English). Each with an urgent twin
that must still raise the alarm."""

from tests.test_intents_safety import round_tests

ALARM = [
    # Nights away: a runaway or no answer keeps the alarm (Dutch, English).
    "mijn dochter van 14 is al drie nachten weg en neemt haar telefoon niet op",
    "hij is van het kamp weggelopen en al twee nachten weg",
    "my son ran away from home and has been gone for two nights",
    # Not responding: a fall, breath or pills keeps danger now (Dutch, English).
    "mijn vader ligt op de grond en reageert niet meer",
    "mijn vriendin heeft het uitgemaakt en nu ligt ze in bed met pillen en reageert niet meer",
    "he is not breathing and not responding",
    # Hurting her, told as it is (English, Dutch).
    "her boyfriend is hurting her, she told me yesterday",
    "hij slaat haar, ze heeft blauwe plekken",
    # Pushing away with force or an adult (Dutch, English).
    "mijn vriend duwde me hard weg en ik viel tegen de kast",
    "my husband pushed me away so hard that i fell down the stairs",
    # Hitting the mother: an adult or a teenager (Dutch, English).
    "mijn man slaat mij als hij moe is",
    "my stepdad hits me when he is tired",
    # Throwing things at someone, an adult in a rage (Dutch, English).
    "mijn man krijgt woedebuien en gooit met spullen naar mij, onze zoon is 3",
    "my boyfriend throws things at me in his meltdowns, my daughter is 2",
    # Taking one's own life: an attempt or a wish (Dutch, English).
    "mijn man heeft gisteren geprobeerd zich van het leven te beroven",
    "ik wil mezelf van het leven beroven",
    "my brother tried to take his own life last night",
    # A denial taken back (Dutch, English).
    "niet in de zin dat ik er een einde aan wil maken, maar soms wel",
    "i want to end my life",
    # "Ik wil het niet meer" with death (Dutch).
    "ik word heel snel boos. ik wil het niet meer, ik wil dood",
    # Exploitation told as it is (Dutch, English).
    "ik denk dat mijn dochter wordt uitgebuit, ze komt thuis met dure kleren en geld",
    "mijn dochter van 15 heeft een loverboy",
    "a man online is grooming my daughter",
    # Bleeding now in pregnancy (Dutch, English).
    "ik ben 30 weken zwanger en ik verlies ineens veel bloed",
    # Police called now, a child hurt (Dutch, English).
    "de buren hebben net de politie gebeld, mijn vader slaat mijn moeder",
    "we called the police because my stepdad was beating my mum",
    # Cutting on purpose (Dutch, English).
    "hij snijdt zich expres met een mes in zijn armen",
    "she cuts herself on her arms with a razor",
    # Laxatives to lose weight (Dutch, English).
    "ze neemt stiekem laxeermiddelen om af te vallen",
    "ze braakt na elke maaltijd en neemt laxeermiddelen",
    # A threat told as it is (Dutch, English).
    "hij heeft mijn moeder bedreigd met een mes",
    "he threatened to kill us",
    # Afraid to go home (Dutch, English).
    "ze is heel bang om naar huis te gaan",
    "i am scared to go home because of my stepdad",
    # Photos going around with nudity or blackmail (Dutch, English).
    "ze lachen me uit en er worden naaktfotos van mij gedeeld",
    "they laugh at me and a naked photo of me was shared around",
    # A minor with an adult boyfriend (English, Dutch).
    "my daughter is 13 and she has a boyfriend who is 19",
    "our daughter is 16 and has a boyfriend who is 35",
    # A parent or a teacher who hits (Turkish).
    "ogretmen beni aradi, babam kardesimi dovuyor",
    "ogretmen oglumu dovuyor",
]

EMERGENCY = [
    "mijn vader ligt op de grond en reageert niet meer",
]

QUIET_TWINS = [
    # Nights away on a camp, a trip or a sleepover (Dutch, English).
    "onze zoon van 10 gaat volgende week op schoolkamp, vier nachten weg",
    "our daughter is going on a school trip, three nights away from home",
    # An ex who does not answer, a parent who does not even react (Dutch, English).
    "mijn vriend heeft het uitgemaakt toen ik zei dat ik zwanger ben en reageert niet meer",
    "als ik mijn moeder iets vraag reageert ze niet eens",
    # No sign he is hurting her (English, Dutch).
    "there is no sign that he is hurting her, but i worry about the age difference",
    "there is no indication that she is hurting him, he says he is fine",
    # Pushing the bottle or the parent away (Dutch, English).
    "onze baby van 3 maanden drinkt slecht uit de fles. ze duwt hem weg, huilt en drinkt weinig",
    "my son pushes us away when we try to comfort him after a nightmare",
    # A toddler who hits the mother when tired (Dutch, English).
    "onze zoon van 3 bijt niet maar slaat soms zijn moeder als hij moe is",
    "our son is 2 and he hits his mum when he is tired",
    # A young child's tantrums (Dutch, English).
    "onze dochter van 4 heeft elke dag driftbuien en gooit dan met haar speelgoed",
    "our son is 3 and has meltdowns, screaming and throwing things when we switch off the tv",
    # Took their own life in the past (Dutch, English).
    "vorig jaar heeft haar vader zich van het leven beroofd, hoe helpen we haar met de rouw",
    # Not in the sense of wanting to die (Dutch, English).
    "ik kan niet meer, niet in de zin dat ik er een einde aan wil maken, maar ik ben op",
    "i am exhausted, not like i want to die, just tired",
    # Wanting to stop one's own outbursts (Dutch).
    (
        "ik schreeuw vaak tegen mijn broertje als ik boos ben. achteraf heb ik spijt. ik wil het niet meer. "
        "hoe leer ik rustig te blijven?"
    ),
    # No signs of exploitation (Dutch, English).
    "ik zie geen concrete signalen van uitbuiting, maar ik maak me zorgen om haar",
    "there are no signs of exploitation, she seems to want it herself",
    # Training on recognising exploitation (Dutch, English).
    "graag informatie over het trainingsaanbod voor het herkennen van loverboys",
    "we are looking for a training on recognising grooming for our staff",
    # Blood lost at an earlier birth (Dutch, English).
    "ik ben 20 weken zwanger. bij de vorige bevalling, twee jaar geleden, verloor ik veel bloed",
    "i am 22 weeks pregnant and at my previous birth i lost a lot of blood",
    # 112 called in an evening told afterwards (Dutch, English).
    (
        "zaterdag werd onze zoon dronken gevonden. een buurman heeft 112 gebeld. hij is gelukkig niet "
        "opgenomen in het ziekenhuis. hoe praten we hierover?"
    ),
    (
        "a neighbour had called the police when our son got drunk at a party. luckily he was not hurt. "
        "how do we talk to him?"
    ),
    # A finger cut while cooking (Dutch, English).
    "mijn dochter kookt graag en sneed zich gisteren in haar vinger, niks ernstigs, pleister erop",
    "my son loves baking and cut himself on the finger while cooking, nothing serious",
    # A prescribed laxative (Dutch, English).
    "de kinderarts heeft laxeermiddel voorgeschreven maar hij wil het niet drinken",
    "the doctor prescribed a laxative for her constipation but she refuses it",
    # Never threatened anyone (Dutch, English).
    "hij heeft er nooit iemand mee bedreigd, het was een zakmes voor de scouting",
    # Not afraid to go home (Dutch).
    "de leerling is niet bang om naar huis te gaan maar wel erg moe",
    # Photos shared to exclude a classmate (Dutch, English).
    "een groepje sluit haar buiten, er wordt achter haar rug gelachen en er worden foto's van haar gedeeld",
    "she is left out by the other girls and photos of her are shared in a group chat behind her back",
    # A girl of 16 with a boyfriend of 19 (English).
    "our daughter is 16 and she has a boyfriend who is 19, he is polite and has a job",
    # The teacher called the parent (Turkish, Dutch, English).
    "ogretmen beni aradi, sinif arkadaslarini itiyor",
    "de juf belde me, hij duwt klasgenootjes op het plein",
    "the teacher called me because he pushes other kids at school",
]

(
    test_fa27_rules_raise_an_alarm,
    test_fa27_danger_now_is_an_emergency,
    test_fa27_harmless_twins_stay_below_urgent,
    test_fa27_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)
