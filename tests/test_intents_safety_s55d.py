"""Safety triage, round s55 part D: violence between parents or partners, threats, honour-related violence and
criminal exploitation, from the blind tuning sets of the thirty-sixth session (safety_tune49-52, long_tune18),
generalised into families and pinned here with own sentences: a parent thrown against a wall or "let fall"
with a hospital told; children who flee or hide during their parents' fights, hide under a table when a parent
is angry, flinch and cover their head, or say "niet doen, net als hij"; blows told in other words (a slap a
parent "geeft", pushed under water in the bath, pulled by the hair, "has started hitting him", a parent's fall
against the child's "mama duwde", a story of an injury that changes, a spiral fracture, a fat lip hidden
"zonder dat iemand vragen stelt"); threats (to take a child "en dan zien jullie hem nooit meer", waiting with
a knife at the bike shed, "we'll get you after school", "betalen of je broertje"); drugs carried for those one
owes and debts a parent put on a child's name; honour in English ("dishonours the family", "sent away to be
married", "serious about honour"). The same file held lines of other families, fixed here too: a child made to
sleep in one man's room or bed, touching beside a parent on the couch, an adult who "raar doet" while a child
sleeps, a trainer's secret in the changing room or hearts every evening, a child who wants "dat iemand het
weet"; a young person not welcome at home, asleep in the bike shed, put out with his things, asking where to
sleep when he runs away; a child who calls "laat me eruit", young children crying at a door nobody opens, a
toddler alone with a dirty nappy, a second accident in one family; a baby in a car in the full sun or crying
ever weaker next door (emergency). Harmless look-alikes stay calm: a ball against the wall, a dance, a game of
hide-and-seek, a pat on the shoulder, a swim in the pool, braiding hair, a ball never seen again, a knife for
the picnic, an honour roll, parcels for a side job, a tent in the garden, a lift that gets stuck, a nappy
changed, a baby asleep in the shade."""

from tests.test_intents_safety import not_now_test, round_tests

ALARM = [
    # A parent thrown or pushed, a mother let fall with a hospital told.
    "mijn zus vertelde dat haar vriend haar tegen de kast heeft gegooid",
    "de leerling zegt dat papa mama heeft laten vallen en dat mama naar de huisarts moest",
    # Children hiding or fleeing during the fights, flinching.
    "als mijn ouders ruzie maken verstop ik me met mijn zusje in de kast",
    "mijn kleinzoon kruipt onder de tafel als zijn vader boos wordt",
    "een peuter uit mijn groep kromp in elkaar en dekte haar hoofd af toen ik mijn arm optilde",
    "hij zegt dat hij dat thuis ook doet als zijn vader dronken is. hij verstopt zich dan onder het bed",
    "ze huilde en zei 'niet doen, net als papa' toen ik haar jas dichtritste",
    "mijn stiefvader doet weer zo raar, ik heb me verstopt in de badkamer",
    # Blows in other words.
    "mijn buurjongen vertelde dat zijn moeder hem vaak een klap geeft als ze moe is",
    "de nieuwe man van mijn ex houdt hem in bad onder water als hij niet luistert",
    "mijn vader heeft me gisteren aan mijn haren door de gang gesleurd",
    "my partner has been slapping her when she cries at night",
    "vader zei dat hij gestoten was maar het jongetje zei papa sloeg",
    "the toddler had a spiral fracture of the arm and the parents' story changed twice",
    "ik heb een blauw oog, hoe verberg ik dat zodat niemand iets vraagt op school",
    "mijn moeder heeft leningen op mijn naam afgesloten en ik ben pas 17",
    # Threats.
    "mijn ex dreigde dat hij de kinderen komt ophalen en dan zie je ze nooit meer",
    "een jongen uit zijn klas wil hem na school met een mes opwachten",
    "some older boys keep threatening my son, they say they'll get you after school",
    "er hing een briefje op de deur: geld terug of je zusje",
    # Criminal exploitation.
    "mijn zoon zei dat hij pakketjes moet wegbrengen voor die jongens van wie hij geld heeft geleend",
    # Honour in English.
    "my friend says her brothers will punish her if she dishonours the family",
    "she is afraid she will be sent back to be married this summer",
    "her father is strict about honour and said he'll deal with her when he finds out",
    # Abuse told sideways.
    "als opa logeert moet ik bij hem in bed en dat wil ik niet meer",
    "bij mijn oom moest ik bij hem slapen. hij deed eng",
    "ik lag op de bank naast hem en hij raakte me aan",
    "mijn dochter zegt dat haar oom raar doet als ze in bad zit",
    "de coach houdt haar na de les in de kleedkamer en zegt dat het hun geheimpje is",
    "de trainer stuurt mijn zoon van 10 elke avond berichtjes met kusjes",
    "ik ben 13 en wil gewoon dat iemand het weet",
    # No safe home, neglect.
    "mijn vriend zegt dat hij bij zijn vader niet meer welkom is en hij is 15",
    "ik vond een meisje slapend in het trappenhuis van de flat",
    "mijn vader zette mijn kleren voor de deur en zei dat ik niet meer terug hoef. ik ben 16",
    "als ik van huis wegloop waar moet ik dan heen? ik ben 15",
    "het meisje van de overburen schreeuwt elke avond laat me eruit",
    "de kinderen zaten gisteren voor de deur omdat niemand thuis was, het was al donker",
    "ik vind mijn kleindochter vaak alleen in haar box met een volle luier",
    "het is de derde keer dat er een ongeluk is met dit gezin",
]

EMERGENCY = [
    # Pulled by the hair and hiding now.
    "mijn stiefmoeder sleurt me aan mijn haar door de kamer, ik zit nu in de badkamer",
    # A baby in a hot car, a baby crying ever weaker.
    "er staat een auto in de volle zon met een baby erin en niemand reageert op het omroepen",
    "het huilen van de baby hiernaast wordt steeds zwakker en niemand doet open",
]

QUIET_TWINS = [
    # A ball or a bag against the wall, a dance.
    "mijn zoon heeft de bal tegen de muur gegooid en nu is er een vlek",
    "papa liet mama vallen bij het dansen op de bruiloft, iedereen moest lachen",
    # Hide-and-seek, going to one's room, a thunderstorm.
    "als mijn ouders ruzie hebben over de vakantie ga ik op mijn kamer gamen",
    "mijn zoontje kruipt onder de tafel als papa verstoppertje speelt",
    "ze kromp in elkaar van het onweer en dekte haar hoofd af",
    "mijn vader doet weer zo gek met zijn nieuwe fiets",
    # A pat on the shoulder, the pool, braiding, a ball.
    "opa geeft hem een high five en een klap op de schouder",
    "in het zwembad spelen we wie het langst onder water blijft, mijn zus houdt het altijd het langst vol",
    "mijn dochter van 11 houdt haar adem in onder water bij zwemles",
    "mijn moeder trok aan mijn haar bij het vlechten",
    "my husband has started hitting the ball really well at golf",
    "ik heb een puistje, hoe krijg ik dat weg zonder dat mensen het zien",
    # A ball never seen again, a knife for the picnic, being picked up.
    "als je die bal over het hek schopt zie je hem nooit meer",
    "mijn moeder wacht me op met een mes en een appel voor de picknick",
    "mum says she'll get you after school to buy new shoes",
    # Parcels for a side job, a debt paid off.
    "mijn zoon moet pakketjes bezorgen voor zijn bijbaan",
    "mijn vader heeft de schuld op mijn naam afgelost, ik ben zo blij",
    # Honour in a harmless sense.
    "my daughter made the honour roll this year",
    "it was an honour to be invited to her wedding abroad, she is so happy",
    # A tent, a secret surprise, a group app.
    "als opa blijft slapen moet ik bij hem in de tent, dat is gezellig",
    "de trainer stuurt in de groepsapp hartjes omdat we gewonnen hebben",
    "de trainer neemt haar mee naar de kleedkamer voor een verrassing voor haar verjaardag, een geheimpje",
    # Welcome at a party, a lift, a nappy.
    "mijn zoon was niet welkom op het feest van zijn klasgenoot",
    "mijn vriendje is thuis niet welkom bij mijn ouders",
    # A bill to pay, a child who sings "at home too".
    "je moet de huur betalen of je kinderen mogen niet mee op kamp",
    "ze zingt een liedje en zegt dat ze dat thuis ook doet als papa boos is, dan moet hij lachen",
    "in de lift riep mijn zoontje laat me eruit toen hij even bleef hangen",
    "ik verschoon de volle luier van mijn dochtertje elke ochtend",
    # A baby in the shade, sleep training.
    "de baby slaapt in de auto in de schaduw en ik zit ernaast",
    "met de slaaptraining wordt het huilen steeds zachter, niemand hoeft te komen",
]

NOT_NOW = [
    # The danger told, not now: a person soon, not 112.
    "ik zit nu op mijn kamer, mijn moeder doet weer zo raar en ik durf niet naar beneden",
    "nu krijg ik brieven omdat mijn vader schulden op mijn naam heeft gezet",
    "ik sta nu buiten omdat mijn moeder mijn spullen op straat gooide, ik ben 14",
]

(
    test_rules_raise_an_alarm,
    test_danger_now_is_an_emergency,
    test_harmless_twins_stay_below_urgent,
    test_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)

test_not_now_stays_urgent = not_now_test(NOT_NOW)
