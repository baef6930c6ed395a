"""Safety triage, round fa26: harmless messages in parents_tune8 and youth_tune12 that the rules raised to
urgent or emergency, each now guarded by an ``unless`` entry on the rule that fired, a lowering rule or a
wider figure of speech or denial, naming the harmless reason and stopping at the danger: a teenager who is
hard to wake in the morning for school, written "s ochtends" without the apostrophe or in Arabic with
"للمدرسة" (cannot_be_woken, s5lang_unresponsive); "niet depressief of suicidaal", "not depressed or suicidal"
(the NOT_SUICIDAL denial); a hole punched in one's own door written "mn deur" (a figure of speech); and,
asking attention, a child who gets aggressive when the wifi, the game or the tablet is turned off
(fa26_aggressive_over_screen); a young child of four or under who kicks or bites in tantrums or as a phase
(fa26_young_child_tantrum); a child's fear that a parent with cancer or another illness will die
(fa26_fear_sick_parent_dies); a baby or a toddler who spits out feeds or fruit (fa26_baby_spits_out_food); the
writer or a son who hit another pupil in a fight at school (fa26_own_fight_at_school). Each with a dangerous
twin in the same words that must stay urgent. Left as danger signs (labelled lower by their authors, read here
as real): a boy of 7 who wants to die to be with his dead father, a daughter of 15 with a boyfriend of 19, a
girlfriend who slapped a boy of 17. Left for a later round (no guard that fits more than the one line, or a
family the peers rule keeps urgent on purpose): a son pushed by a group of boys for two years, kicked in the
bus by older pupils, beaten at school (Turkish), a son of 19 or a sister of 19 put out of the house who sleeps
at friends, domestic violence "in 2019" that is over, a drama club's play about domestic violence, a film
about a girl hit at home, a stepfather's blows in a childhood now over at 22, one slap at 6 talked through,
"'ik steek je neer' ... lol". Also missed by the rules and left for a miss round: "i have the pills in my hand
rn" (danger now). The backstop's own false alarms (a Polish girl of 15 who stays out at night, a daughter of
20 not let back home, a stepmother who scolds a girl of 11 every day, a pregnant girl's boyfriend of 20 who
smokes weed daily, food thrown up after dinner at 16) are not the rules' to quiet."""

from tests.test_intents_safety import round_tests

ALARM = [
    # Not waking: drink or pills, or limp, not the morning alarm.
    "mijn dochter van 15 heeft wodka gedronken en is niet wakker te krijgen",
    "hij heeft pillen geslikt en is niet meer wakker te krijgen",
    "ابني شرب كحول ولا يستيقظ",
    # Depressed and suicidal, not denied.
    "ik ben depressief en suïcidaal en weet niet meer wat ik moet doen",
    "ik ben niet alleen depressief maar ook suicidaal",
    "i am depressed and suicidal and i have a plan",
    # A hole in the door punched by a father, or the writer hit a person.
    "ik heb een gat in mn deur geslagen omdat mijn vader mij sloeg",
    "ik heb een gat in mn deur geslagen en daarna heb ik mijn zusje geslagen",
    # Aggressive over the wifi, and hitting.
    "als ik de wifi uitzet wordt hij agressief en slaat hij mij",
    "hij wordt agressief als ik de tablet afpak en schopt mij dan tegen mijn benen",
    "mijn man wordt agressief als ik de tv uitzet en hij heeft me geslagen",
    # A young child, but an adult kicks too, or an injury.
    "hij krijgt driftbuien en schopt mij, is 3 jaar, en mijn man slaat hem dan",
    "mijn man krijgt driftbuien en schopt mij, we zijn al 3 jaar samen",
    "mijn broertje is 2 en mijn vader bijt mij steeds in mijn arm",
    # Fear that a parent dies after pills, or now.
    "mijn moeder is ziek en heeft pillen geslikt, ik ben bang dat ze doodgaat",
    "mijn vader heeft kanker en ademt bijna niet meer, ik ben bang dat hij doodgaat",
    # A baby who spits out everything and is limp or feverish.
    "mijn baby van 3 maanden spuugt alles uit en is heel slap",
    "onze baby van 2 maanden spuugt alles uit, heeft koorts en plast niet",
    # A fight at school with a knife, or a blow at home.
    "ik heb op het schoolplein een jongen geslagen met een mes",
    "ik heb in de pauze een jongen in elkaar geslagen en hij ligt in het ziekenhuis",
    "ik ben geschorst omdat ik een jongen heb geslagen en thuis slaat mijn vader mij",
]

QUIET_TWINS = [
    # Hard to wake in the morning.
    "mijn zoon van 14 gamet tot laat en is s ochtends niet wakker te krijgen",
    "dochter 16 is doordeweeks niet wakker te krijgen, ze slaapt te laat",
    "ابنتي تسهر على الهاتف ولا تستيقظ للمدرسة",
    # Not depressed or suicidal.
    "ik ben niet depressief of suicidaal hoor, wel heel moe",
    "ik ben niet somber en suicidaal, ik wil alleen beter slapen",
    "i am not depressed or suicidal, just exhausted from work",
    # A hole in one's own door.
    "ik ben 15 en ik heb een gat in mn deur geslagen toen ik boos was",
    "ik heb laatst een gat in m deur geslagen",
    # Aggressive over the wifi.
    "mijn zoon van 13 wordt agressief als ik de wifi uitzet",
    "als we de playstation uitzetten wordt hij agressief, is dit een gameverslaving?",
    "hij wordt agressief als ik de tablet afpak, hij is 9",
    # A young child in a tantrum.
    "hij krijgt driftbuien en schopt mij, is 3 jaar",
    "mijn broertje is 2 en hij bijt mij steeds, mama zegt dat het een fase is",
    "my toddler kicks me all the time during meltdowns",
    # Fear that a sick parent dies.
    "mijn moeder heeft kanker en ik ben bang dat ze doodgaat",
    "mijn vader heeft een hartaanval gehad. ik ben steeds bang dat hij doodgaat",
    # A baby or a toddler who spits out food.
    "mijn baby van 3 maanden drinkt slecht en spuugt alles uit",
    "onze peuter spuugt alles uit wat groente is",
    # A fight at school.
    "mijn zoon heeft op het schoolplein een jongen geslagen en is geschorst",
    "ik heb in de pauze een jongen in elkaar geslagen, nu ben ik geschorst",
]


# No danger now among these: the round's emergency check, which would have nothing to check, is left out.
(
    test_fa26_rules_raise_an_alarm,
    _,
    test_fa26_harmless_twins_stay_below_urgent,
    test_fa26_patterns_pass_their_gates,
) = round_tests(ALARM, [], QUIET_TWINS)
