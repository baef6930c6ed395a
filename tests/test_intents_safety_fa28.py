"""Safety triage, round fa28: the false alarms of long_tune7 and long_tune4 and of older broad rules, as
families of harmless readings pinned here with own sentences: a denial of thoughts of death or of hurting
oneself (told by the writer or by a worker who asked); nobody would notice if I were not at school; a piece of
a school talk about the subject; a series watched in which a character hurts herself; bruises explained by a
bleeding disorder; a baby in the womb that kicks black and blue; a first-aid course about choking; the
ambulance called the first time, long ago; a housing corporation that does not answer; a teenager who locks
herself in her room; a young child who lashes out in a tantrum, at a lost game or at the new baby; one slap
confessed with regret and a question how to prevent it; a child who may hurt himself by accident
(sleepwalking, wandering off); "a bit" that is no Turkish "bit" (lice); pushed "op het plein"; a young child
who ran off from school more than once; a young woman of 19 who comes in herself; a mother after domestic
violence, now in a shelter; a picky eater without breakfast; a stick on a drum; a blow of old told as the
custom of then; a knife at the door while pruning the hedge; hurt feelings; what happens if photos are shared
(a question); a nude painting posted by a museum. Each with an alarm twin that must still raise (Dutch,
English)."""

from tests.test_intents_safety import round_tests

ALARM = [
    # A denial of death thoughts: a wish told keeps the alarm (Dutch, English).
    "ze heeft gedachten aan de dood en wil niet meer leven",
    "he has thoughts of death and says he wants to die",
    "ik denk erover om mezelf iets aan te doen",
    "my son said he wants to hurt himself",
    # Nobody would notice: not a place (Dutch, English).
    "niemand zou het merken als ik er niet meer was",
    "nobody would notice if i was gone",
    # A talk about abuse: abuse told at home keeps the alarm (Dutch).
    "mijn zoon vertelde in zijn spreekbeurt dat papa hem thuis mishandelt",
    # A series: what she does herself keeps the alarm (Dutch, English).
    "mijn dochter beschadigt zichzelf sinds een paar weken",
    "my daughter has been cutting herself on her arms",
    # Bruises with a bleeding disorder named and a blow (Dutch, English).
    "hij heeft een stollingsstoornis maar zijn stiefvader slaat hem en hij zit onder de blauwe plekken",
    "she has haemophilia but her dad hits her and she is covered in bruises",
    # Black and blue from a partner in pregnancy (Dutch, English).
    "ik ben zwanger en mijn vriend slaat me bont en blauw",
    "i am pregnant and my boyfriend hits me",
    # A teenager locked in by a parent (Dutch, English).
    "mijn vader heeft haar opgesloten in haar kamer zonder eten",
    "mijn moeder sluit mijn broertje urenlang op in de kelder als straf",
    # A young child hit by an adult (Dutch, English).
    "mijn vriend slaat onze zoon van 3 als hij een driftbui heeft",
    "my boyfriend hits my son when he has a tantrum",
    # A slap that happens more often (Dutch).
    "ik heb mijn dochter weer een klap gegeven, het gebeurt steeds vaker en ik ben bang dat ik haar pijn doe",
    # A worry about self-harm, not an accident (English).
    "we are worried she will hurt herself again, she has cut her arms before",
    # Locked in the bathroom with pills; lying on the sofa not responding (Dutch).
    "mijn zoon heeft zich opgesloten in de badkamer met pillen en zegt dat hij er klaar mee is",
    "wat gebeurt er als je aan de juf vertelt dat je thuis geslagen wordt? ik ben 12",
    # A child gone now (Dutch).
    "mijn zoon van 5 is weggelopen en we kunnen hem nergens vinden",
    # An older man and a minor (Dutch).
    "een man van 25 appt mijn dochter van 13 elke avond en wil afspreken",
    # Violence going on, from the shelter (Dutch).
    "we zitten in de opvang maar mijn man slaat me nog steeds als hij de kinderen brengt",
    # A minor put out onto the street (Dutch, English); a young adult put out stays urgent (the sets ask it).
    "mijn dochter van 15 is uit huis gezet en slaapt vannacht op straat",
    "i am 15 and my dad kicked me out last night, i have nowhere to sleep",
    "Mijn dochter van 19 is uit huis gezet door haar vader en slaapt nu bij een vriendin.",
    # No breakfast because there is no food (Dutch).
    "mijn buurkinderen komen zonder ontbijt naar school want er is thuis nooit eten",
    # A stick on a child (Dutch, English).
    "hij slaat mijn zoon met een stok als hij niet luistert",
    "her stepfather hits her with a belt",
    # A blow of old that goes on now (Dutch).
    "vroeger sloeg opa al met de riem, en nu slaat hij de kinderen nog steeds met de riem",
    # Hurt her, not her feelings (English).
    "my husband hurt her badly last night",
    # A nude shared of a classmate (English).
    "a nude photo of my daughter was shared in the class group chat",
]

EMERGENCY = [
    # A first-aid course is no help now: the baby chokes now (Dutch).
    "mijn baby verslikt zich en stikt, help",
    # The ambulance is coming now (Dutch).
    "we hebben net de ambulance gebeld, hij ademt niet",
    # A baby who does not respond; a son on the sofa who does not respond (Dutch).
    "mijn baby reageert niet meer",
    "mijn zoon ligt op de bank en reageert niet meer, hij heeft iets genomen",
    # A knife at the door with a threat (Dutch).
    "mijn ex staat voor de deur met een mes en schreeuwt dat hij ons gaat steken",
]

QUIET_TWINS = [
    # A denial of death thoughts (Dutch, English).
    "Geen gedachten aan de dood, dat is in het gesprek nagevraagd, wel een gevoel van schaamte.",
    "There were no thoughts of death, we asked about that carefully, just a lot of worry.",
    "Ik denk niet aan mezelf iets aandoen, maar ik zou graag met iemand praten.",
    "Hij heeft nooit gezegd dat hij zichzelf iets wil aandoen, maar hij is wel erg stil.",
    "She has never said she wants to hurt herself, but she is very quiet lately.",
    # Nobody would notice if I were not at school (Dutch, English).
    "ik voel me onzichtbaar, niemand zou het merken als ik een dag niet naar school zou gaan",
    "nobody would notice if i was not at practice, the coach never looks at me",
    # A piece of a talk (Dutch).
    "mijn dochter maakt een werkstuk met een hoofdstuk over kindermishandeling, hebben jullie informatie?",
    # A series watched (Dutch, English).
    "we keken samen een serie waarin een jongen zichzelf beschadigt en nu heeft ze vragen",
    "we watched a film in which a girl cuts herself and my son asked why people do that",
    # A bleeding disorder (Dutch, English).
    "Ons zoontje heeft hemofilie en heeft daardoor veel blauwe plekken op zijn benen.",
    "Our son has a bleeding disorder so he has lots of bruises on his legs.",
    # Kicks in the womb (Dutch, English).
    "Ik ben 32 weken zwanger en het kindje schopt me bont en blauw van binnen.",
    "I am 30 weeks pregnant and the baby kicks my ribs black and blue.",
    # A first-aid course (Dutch, English).
    "Waar kan ik een cursus volgen over wat je moet doen als een kind zich verslikt of stikt?",
    "Is there a first aid course for grandparents about what to do if a baby is choking?",
    # The ambulance long ago (Dutch).
    "Bij de eerste aanval hebben we toen de ambulance gebeld, nu gaat het al maanden goed.",
    # An institution that does not answer (Dutch, English).
    "Er zit schimmel in de flat en de woningcorporatie reageert niet op onze klachten.",
    "De gemeente reageert niet op mijn aanvraag voor een urgentieverklaring.",
    # A teenager locks herself in (Dutch, English).
    "De oudste heeft zich opgesloten in haar kamer en wil niet met haar vader praten.",
    "Ze heeft meltdowns: gillen, met deuren slaan, zichzelf in haar kamer opsluiten.",
    # A young child lashes out (Dutch, English).
    "Onze zoon van 3 heeft driftbuien, dan schopt en slaat hij naar ons en bonkt met zijn hoofd.",
    "Sinds ons tweede kindje er is slaat en knijpt onze oudste van 3 de baby als we niet kijken.",
    "Een jongen van 8 heeft woedeaanvallen als hij verliest bij een spel, hij gooit met spullen.",
    "Our 4 year old has tantrums and hits us and throws his toys.",
    # One slap confessed (Dutch).
    "Ik heb mijn zoon van 5 een tik gegeven en meteen sorry gezegd. Hoe voorkom ik dat het nog eens gebeurt?",
    # An accident worry (English).
    "He sleepwalks and we are worried he will hurt himself or go outside at night.",
    # A bit of weight (English).
    "She comes home starving after football and has put on a bit of weight, how do we handle snacks?",
    # Pushed on the square (Dutch).
    "Hij wordt op het plein soms geduwd door een klasgenootje en dan zegt hij er iets van.",
    # Ran off from school more than once (Dutch).
    "Een kleuter die al een paar keer van school is weggelopen, hij klimt over het hek.",
    # A young woman of 19 comes in herself (Dutch).
    "Inloop: jonge vrouw van 19 kwam langs, is zwanger en de relatie met haar vriend is uit.",
    # After violence, now in a shelter (Dutch).
    "Ik begeleid een moeder die na huiselijk geweld in de opvang verblijft, wie betaalt de jeugdhulp?",
    # A picky eater (Dutch, English).
    "Onze zoon is een moeilijke eter en komt zonder ontbijt naar school omdat hij 's ochtends niks lust.",
    # A drum (Dutch, English).
    "Mijn zoon slaat met een stok op de trommel bij de muziekles.",
    "He keeps beating the drum with a stick all afternoon.",
    # A custom of old (Dutch, English).
    "Vroeger sloeg opa met de riem, dat was toen heel normaal.",
    "Back in the day grandpa hit us with the belt, that was normal then.",
    # A knife while pruning (Dutch).
    "Opa staat voor de deur met een mes, hij snoeit de heg en de struiken.",
    # Hurt feelings (English, Dutch).
    "My son said something mean at school and he hurt her feelings.",
    "Mijn zoon heeft haar pijn gedaan met een opmerking over haar tekening.",
    # A question about shared photos (English, Dutch).
    "What happens if nude photos are shared in a group chat?",
    "Wat gebeurt er als naaktfotos worden gedeeld in een groepsapp?",
    # A nude in art (English).
    "My daughter saw a nude painting posted by the museum on instagram.",
]

(
    test_fa28_rules_raise_an_alarm,
    test_fa28_danger_now_is_an_emergency,
    test_fa28_harmless_twins_stay_below_urgent,
    test_fa28_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)
