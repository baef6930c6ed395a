"""Safety triage, round fa25: harmless messages that older rules raised to urgent, each now guarded by an
``unless`` entry on the rule that fired or by a figure of speech, naming the harmless reason and stopping at
the danger: fainted once in the past (medical_risk); stung by a wasp, a bee or a jellyfish yesterday or once,
without swelling (hit_passive); a child who screams "alsof ik haar vermoord" when held (a figure of speech); a
meal or a lesson skipped, "slaat haar lunch over" (a figure of speech); school or homework finished, "mijn
school afmaken" (threat); something shouted during a video game, "gonna kill you and headshot", "ik maak je
kapot bij mario kart" (threat, hitting, s10learn_hurt_told_simply); a parent's exasperation in Dutch, "ik ga
mijn ex wurgen als hij weer ..." (threat, hitting); a black eye or bruises explained by a ball or a sport in
the same sentence, not "maar ze zit op hockey" (violence); a young child who clings to a parent at the school
gate (control). Each with a dangerous twin in the same words that must stay urgent. Left as danger signs
(labelled lower by their authors, read here as real): a boy of 2 very afraid of his father, a son with sudden
money and dear shoes whom his father thinks sells drugs, a girl's secret account with photos in bikini and
underwear, a girl who slept at an unknown "vriendin van 19", a son of 14 who pushed his mother against the
cupboard, a son of 16 filmed while beaten up, older men under a girl's dance videos, a nude of a classmate
received and forwarded, a son of 19 put out on the street after a quarrel, "dat hij zich beter kan ophangen"
sent to a boy of 13, a friend who cuts herself and swore the daughter to secrecy, the children who saw him
shout and throw things, a girl of 9 who cried "ik wil dood" over a dropped ice cream (the suicide rules stay
as they are). Left for a later round (no guard that fits more than the one line): a young child who hits and
pushes at the day care or pushes his sister over at his lego, a foster child aggressive after visits, chairs
thrown over a cup of the wrong colour, "ze zegt dat hij haar nooit slaat maar ..." (s8nl_violence_told), a
threat at school "vorig jaar", "is dat al kindermishandeling", a Turkish wife who wants to move to her
mother's with the children and a Polish daughter's tantrums with blows in the face."""

from tests.test_intents_safety import round_tests

ALARM = [
    # Fainted again, or not eating.
    "op school is hij weer flauwgevallen bij gym",
    "ze is een keer flauwgevallen omdat ze niets meer eet",
    # Stabbed, not stung.
    "hij is gisteravond gestoken met een mes door een jongen",
    "mijn zoon is gisteren gestoken door een jongen uit de buurt",
    # Stung now, or swelling.
    "Mijn zoon van 3 is gestoken door een bij. Zijn hele gezicht zwelt op en hij hijgt.",
    "hij is gisteren gestoken door een bij en nu zwelt zijn gezicht op",
    # Screaming, and hit.
    "ze schreeuwt alsof ik haar vermoord en dan sla ik haar nog harder",
    "ik moet haar vasthouden en ze schreeuwt alsof ik haar vermoord, mijn man slaat haar dan",
    # Skipping lunch, and hit.
    "ze slaat haar lunch over en haar vader slaat haar als ze niet eet",
    # Finishing a person, not school.
    "ik wil mijn school afmaken en daarna maak ik hem af",
    "ik ga mijn werk afmaken en dan ga ik hem afmaken",
    "ze wil haar opleiding afmaken en daarna haar ex afmaken",
    "ik wil mijn school afmaken maar de jongens uit mijn klas gaan me afmaken",
    "ze gaan me na school afmaken",
    # Shouted during a game, and meant.
    "he plays for hours and shouts things like i am gonna kill you and headshot and he means it",
    "gisteren riep hij ik maak je kapot tegen zijn zusje bij mario kart en hij meende het echt",
    # Exasperation with a weapon, or meant.
    "ik ga mijn ex echt wurgen als hij de kinderen weer zonder jas brengt en ik heb het mes al klaargelegd",
    "ik ga hem letterlijk wurgen als hij de kinderen weer meeneemt",
    # A black eye from a blow, or explained by someone else.
    "zoon van 10 kwam thuis met een blauw oog, volgens zijn vader was het een bal bij voetbal",
    "mijn zoon komt vaak thuis met blauwe plekken, hij zit op hockey zegt hij maar ik geloof het niet",
    "ze heeft vaak blauwe plekken op haar armen, maar ze zit op judo",
    # Held tight by a partner.
    "mijn man houdt mij vast bij de deur en ik huil, hij laat me niet gaan",
    "mijn zoon ziet hoe mijn vriend mij vasthoudt bij de deur en mij pijn doet",
]

QUIET_TWINS = [
    # Fainted once.
    "mijn dochter is een keer flauwgevallen in de kerk, moet ik naar de huisarts?",
    "hij is vorig jaar een keer flauwgevallen bij het sporten en durft niet meer te gaan",
    # Insects.
    "mijn dochter van 4 is gisteren gestoken door een bij in haar voet",
    "hij is vorige week op het strand gestoken door een kwal, moet ik nog iets doen?",
    "hij is gisteren gestoken door wespen bij de picknick",
    # A scream.
    "als ik haar haar kam gilt ze alsof ik haar vermoord",
    "bij het tandenpoetsen krijst hij alsof ik hem vermoord",
    # Skipping meals or lessons.
    "ze slaat vaak haar ontbijt over",
    "ze slaat sinds kort haar lessen over",
    # Finishing school.
    "ik wil mijn opleiding afmaken maar heb geen kinderopvang",
    "mijn dochter wil haar mbo afmaken",
    # Games.
    "mijn zoon riep ik maak je kapot tegen zijn broer bij fifa",
    "my son yells i will kill you at his friends when he is gaming",
    # Exasperation.
    "ik ga mijn man echt wurgen als hij de kinderen weer zonder gymtas naar school stuurt",
    "ik ga hem echt wurgen als hij de kinderen nog een keer te laat komt brengen",
    # Sport.
    "mijn dochter heeft een blauw oog van een bal bij hockey",
    "hij heeft blauwe plekken op zijn armen, hij zit op judo",
    # Clinging.
    "mijn dochter van 4 houdt mij vast bij het schoolhek en huilt elke ochtend",
    "mijn zoontje houdt mij vast bij de deur van de opvang en huilt",
]


# No danger now among these: the round's emergency check, which would have nothing to check, is left out.
(
    test_fa25_rules_raise_an_alarm,
    _,
    test_fa25_harmless_twins_stay_below_urgent,
    test_fa25_patterns_pass_their_gates,
) = round_tests(ALARM, [], QUIET_TWINS)
