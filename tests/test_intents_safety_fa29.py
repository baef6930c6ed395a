"""Safety triage, round fa29: the false alarms of staff_tune3 and mixed_tune13 and of older broad rules, as
families of harmless readings pinned here with own sentences: children alone at home with the mother who
calls; a worker's note that opens with the parent who calls about a young child's tantrums; photos sent round
with mean captions (bullying); a swallow feared and then found to be a button (Dutch); "geen uitspraken over
zelfdoding" and "no thoughts of self-harm" (denials in a worker's note); a game of cops and robbers named
before the verb; a Polish father who calls about a son of four who hits when told no; a daughter of eight ("dr
8") who wishes herself dead only in anger; an ex who "does not answer" after a divorce; called names and
pushed in the corridor; an ex once "handtastelijk" years ago, dealt with; one slap confessed today with "ik
schrik van mezelf"; bruises suspected from the schoolyard; a teenager alone in his room all day; a story for
school called fiction; life "pointless" without coffee; a bruise in the neck from gymnastics; a tap with a
slipper at play between children; a father who "beats the 8 year old at chess"; parcels delivered for one's
boss in a side job; a relationship to be ended ("end it with her boyfriend"). And the reverse: an old memory
of a grandfather's belt does not lower a grandfather who hits the child now. Each with an alarm twin that must
still raise (Dutch, English, Polish)."""

from tests.test_intents_safety import round_tests

ALARM = [
    # An old memory does not lower violence against the child now (Dutch, English).
    "vroeger sloeg opa met de riem en nu slaat hij mijn zoon ook",
    "toen ik klein was sloeg mijn vader ons en nu slaat hij mijn kinderen als ze bij hem logeren",
    "when i was a child my father beat us and now he hits my son too",
    # Children alone at home with no adult (Dutch).
    "3 kinderen zitten alleen thuis, moeder is al twee dagen weg",
    # The caller names another adult who throws (Dutch).
    "Moeder belt, haar vriend gooit met spullen naar de kinderen als hij gedronken heeft",
    # Photos with nudity or underwear sent round, mean captions or not (Dutch).
    "Moeder belt, naaktfoto's van haar dochter zijn rondgestuurd met gemene teksten",
    "er zijn fotos van haar in haar ondergoed rondgestuurd met gemene opmerkingen",
    # Suicide or self-harm told, not denied (Dutch, English).
    "Moeder belt, ze denkt aan zelfdoding en ziet het niet meer zitten",
    "No thoughts of suicide but she has been cutting herself again",
    "mijn zoon van 14 zegt dat hij zichzelf iets wil aandoen",
    # Life without meaning, not about coffee (Dutch).
    "het leven heeft geen zin meer, ik wil er niet meer zijn",
    "het leven heeft geen zin zonder jou, ik wil dood",
    # Pushed and hit at home (Dutch).
    "mijn zoon wordt thuis door zijn vader geduwd en geslagen",
    # An abuse of years ago with the ex who wants contact again (Dutch).
    "Mijn ex heeft jaren geleden onze dochter misbruikt en nu wil hij weer omgang",
    # A slap that happens more often (Dutch).
    "ik heb mijn dochter weer een klap gegeven, het gebeurt steeds vaker en ik ben bang dat ik haar pijn doe",
    # Bruises after the weekend at the father's (Dutch, English).
    "Onze zoon komt na het weekend bij zijn vader steeds thuis met blauwe plekken",
    "my daughter comes home from her dad with bruises on her arms",
    # A young child alone all day with an empty fridge (Dutch).
    "mijn zoon van 6 is hele dagen alleen thuis en er is niks in de koelkast",
    # A story with marks found (Dutch).
    "Mijn dochter schrijft verhalen over een meisje dat zichzelf iets aandoet en ik vond krassen op haar arm",
    # Bruises in the neck with a stepfather (Dutch, English).
    "blauwe plekken in haar nek sinds haar stiefvader bij ons woont",
    "bruises on her neck after her stepdad grabbed her",
    # A slipper used by a parent (Dutch).
    "mijn moeder geeft hem een tik met de slipper als hij niet luistert",
    "mijn vader slaat mij met de slipper als ik niet luister",
    # A husband who hits, in Polish.
    "Mąż bije mnie i syna, syn ma 4 lata",
    # A father who hits a young child at home (English); parcels for older boys or with drugs (Dutch).
    "my dad beats the 5 year old at home when he is drunk",
    "hij moet van oudere jongens pakketjes rondbrengen",
    "mijn dochter moet van haar baas pakjes met drugs wegbrengen",
    # A life to be ended after a relationship ended (Dutch, English).
    "sinds mijn vriendin weg is wil ik er een eind aan maken",
    "she wants to end it all since her boyfriend left",
]

EMERGENCY = [
    # A button feared, a button cell found (Dutch).
    "ik dacht eerst dat hij een knoopje had ingeslikt maar het bleek een knoopcelbatterij",
    # Not responding: a child on the floor, an ex who took pills (Dutch).
    "mijn zoon ligt op de grond en reageert nergens op",
    "Mijn ex heeft pillen genomen. Hij reageert nergens op.",
]

QUIET_TWINS = [
    # Alone at home with the mother (Dutch).
    "Moeder belt huilend, 'ik kan het niet meer', 3 kinderen alleen thuis met haar, man werkt maanden in "
    "buitenland. Geen acute zorgen om kinderen.",
    # The caller, not the one who throws (Dutch).
    "Vader belt, zn (3) heeft elke dag meerdere driftbuien, gooit met spullen, slaat zusje. Op kdv "
    "wel rustig.",
    "Moeder belt, dr 4 gooit met spullen als ze moet stoppen met spelen.",
    # Photos with mean captions (Dutch).
    "Mw belt, zn 13 wordt gepest via klassenapp, foto's van hem rondgestuurd met gemene teksten eronder.",
    "Er zijn foto's van haar gedeeld in de klassenapp met nare opmerkingen erbij, ze wordt gepest.",
    # A swallow feared, then found (Dutch).
    "Mw. belt, dacht dat zn 7 een knoopcelbatterij had ingeslikt, maar het bleek een knoopje van zn jas.",
    "We dachten dat hij een pil had ingeslikt maar we vonden hem onder de bank.",
    # Denials in a worker's note (Dutch, English).
    "Moeder belt, dr 14 huilt veel, zegt 'alles is zinloos'. Geen uitspraken over zelfdoding.",
    "Geen signalen van zelfbeschadiging of suicidaliteit, wel veel somberheid.",
    "Caller (English, girl 17): feels empty and sad for months. No thoughts of self-harm. Where can "
    "she talk?",
    "There are no signs of self harm, she is just very tired.",
    # A game named before the verb (Dutch).
    "Mw belt, zn 6 riep op school 'ik schiet je dood' tijdens politie-en-boefje spelen. Hoe uitleggen?",
    "Mijn zoon van 5 roept 'ik maak je dood' als ze cowboys en indianen spelen op het plein.",
    # A father who calls about a young son (Polish).
    "Ojciec dzwoni: 'Syn ma 4 lata, nie słucha, bije mnie i żonę, kiedy mówimy nie. Jak postawić granice?'",
    # A young daughter's words in anger (Dutch).
    "Vader belt, dr 8 roept bij boosheid 'ik wou dat ik dood was', vlgs hem alleen als ze boos is, "
    "verder vrolijk.",
    # An ex who does not answer (Dutch).
    "Mijn kinderen mogen van mijn ex niet meer bij mij komen sinds de scheiding. Hij reageert "
    "nergens op. Heb ik "
    "eigenlijk rechten?",
    "Sinds de scheiding wil mijn ex niet praten over de omgang. Hij reageert nergens op.",
    # Called names and pushed at school (Dutch).
    "onze zoon zit in de brugklas en wordt al weken uitgescholden en geduwd in de gang.",
    "Mijn dochter wordt uitgelachen en geduwd door meisjes uit haar klas.",
    # Years ago, dealt with (Dutch).
    "Jaren geleden is mijn ex een keer handtastelijk geweest, dat heb ik goed verwerkt en hij is al "
    "lang uit beeld.",
    # One slap confessed (Dutch).
    "Ik heb vandaag mijn zoon van 4 een klap gegeven, ik was zo moe en boos. Ik schrik van mezelf. "
    "Hoe voorkom "
    "ik dat dit nog eens gebeurt?",
    "Ik heb gisteren mijn dochter een tik gegeven en ik schrok van mezelf. Hoe voorkom ik dat het "
    "nog eens gebeurt?",
    # Bruises suspected from the schoolyard (Dutch, English).
    "Onze zoon (7) komt regelmatig thuis met blauwe plekken en een gescheurde jas. Hij zegt dat hij "
    "gevallen is "
    "maar we vermoeden dat hij op het schoolplein wordt geslagen.",
    "Our son comes home with bruises and we think he is being pushed at school by other boys.",
    # A teenager alone in his room (Dutch).
    "mijn zoon van 16 zegt steeds dat hij een loser is en nergens goed in. hij zit hele dagen "
    "alleen op zijn kamer",
    # A story for school called fiction (Dutch, English).
    "Mijn dochter van 15 schrijft voor Nederlands een verhaal over een meisje dat zichzelf iets "
    "aandoet. Ze zegt "
    "dat het fictie is en ik geloof haar.",
    "My son wrote a story for English about a boy who wants to die. He says it is fiction.",
    # Life without coffee (Dutch, English).
    "het leven heeft geen zin zonder koffie haha",
    "zonder wifi heeft het leven geen zin",
    "life is pointless without coffee lol",
    # A bruise from gymnastics (Dutch, English).
    "een blauwe plek in haar nek van het turnen",
    "hij heeft een blauwe plek in zijn nek van de gymles",
    "a bruise on her neck from gymnastics",
    # A tap at play between children (Dutch).
    "een tik met de slipper van zijn zus bij het spelen",
    "ze kregen allebei een tik met een slof tijdens het stoeien",
    # A game won against a child (English); parcels delivered for an employer (Dutch).
    "her father beats the 8 year old at chess every sunday",
    "ik moet van mijn baas pakketjes rondbrengen in de wijk, mag dat met 15?",
    # A relationship to be ended (Dutch, English).
    "hij wil er een eind aan maken met zijn vriendin",
    "she plans to end it with her boyfriend",
    "my daughter wants to end it with her boyfriend, how can I support her?",
]

(
    test_fa29_rules_raise_an_alarm,
    test_fa29_danger_now_is_an_emergency,
    test_fa29_harmless_twins_stay_below_urgent,
    test_fa29_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)
