"""Safety triage, round s46: what the rules and a backstop trained without the sets missed in carers_tune2 and
youth_tune25, generalised into families and pinned here with own sentences: jumping in front of or under a
train with a word between ("de volgende trein"), and standing on the platform to jump (danger now); hanging
oneself told in the present or future tense, often tied to a decision; no point any more written with a plan;
a blow told with time words between ("heeft me vorige week voor het eerst geslagen"); grabbed by the arm and
pushed against a car or a wall (Dutch, English, Ukrainian); a violent ex or a threatening boy who found out
where we live or which school the child goes to; the family over a relationship (disowned "and worse",
brothers looking for the boyfriend, taken to the home country to marry; Dutch, English, Arabic); a boyfriend
who makes her "work" with other men for his debt; a minor made to work without pay under the threat of being
sent back; a drunk parent who picks up a young child by car, little ones left with a parent too drunk to
stand; an au pair who saw the mother slap the child; physical punishment that leaves marks; a nude photo that
goes round the group chats; an adult in charge who remarks on a minor's body; waking up at a stranger's after
a party; insulin skipped on purpose; a parent and a young child sleeping in the car for a week. Each with
harmless twins that must stay calm."""

from tests.test_intents_safety import round_tests

ALARM = [
    # In front of or under the train (Dutch, English).
    "hij zei tegen zijn vriend dat hij zich voor de eerste de beste trein gaat gooien",
    "ik denk er steeds aan om onder de metro te springen",
    "she texted that she wants to jump in front of the next fast train",
    # Hanging oneself, present and future tense (Dutch, English).
    "mijn zoon van 16 zegt dat hij zich ophangt als hij terug moet naar zijn vader",
    "ik hang me op als ze me uit huis plaatsen",
    "my brother said he will hang himself if they take his phone away for good",
    # No point with a plan (Dutch).
    "ze schreef in haar dagboek dat ze er geen zin meer in heeft en er stond een plan bij",
    # A blow with time words between (Dutch).
    "mijn stiefvader is steeds boos, hij heeft me gisteravond weer hard geslagen",
    "mijn vriend heeft me afgelopen zaterdag voor het eerst geschopt",
    # Grabbed and pushed against something (Dutch, English, Ukrainian).
    "mijn vader heeft mijn broertje bij zijn nek gegrepen en tegen de muur gegooid",
    "my ex grabbed my daughter by the arm and shoved her against the car",
    "батько штовхнув маму об стіну",
    # Found out where we live (Dutch, English).
    "we wonen in de vrouwenopvang en nu weet mijn ex waar we wonen",
    "the man who threatened her has found out where we live and we are terrified",
    # The family over a relationship (Dutch, English, Arabic).
    "mijn ouders dreigen me te verstoten of erger als ik bij mijn vriendin blijf",
    "mijn neven gaan achter mijn vriend aan omdat ik een relatie met hem heb",
    "they want to take me to our home country to get married because they found my boyfriend",
    "اهلي سيرسلوني الى بلدنا للزواج لانهم عرفوا عن صديقي",
    # Work for him with other men (Dutch, English).
    "mijn vriendje zegt dat ik seks moet hebben met andere mannen zodat hij geld krijgt",
    "my boyfriend says i have to sleep with other men to pay back his debt",
    # Unpaid work, threat of being sent back (Dutch, English).
    "mijn tante laat mij elke dag in haar restaurantkeuken zonder loon werken en dreigt mij aan te geven",
    "my uncle makes me work in his shop without pay and threatens to send me back, im 16",
    # A drunk parent in charge (Dutch, English).
    "de moeder haalt haar peuter soms dronken op met de auto",
    "i had to leave the kids with her while she was so drunk she could not stand",
    # Saw the parent slap the child (English, Dutch).
    "as a nanny i saw the father kick the toddler when he cried",
    "ik zag hoe de moeder het kind in het gezicht sloeg",
    # Punishment that leaves marks (English, Dutch).
    "i smack my son with a belt when he lies and the teacher saw the welts",
    "mijn man geeft onze zoon billenkoek met de riem, er zaten striemen op zijn benen",
    # A nude goes round (Dutch, English).
    "er gaan naaktfotos van mijn dochter rond op school",
    "a nude of a girl in my class is being shared in all the group chats",
    # An adult remarks on my body (Dutch, English).
    "mijn trainer maakt de hele tijd opmerkingen over mijn borsten, ik ben 14",
    "my boss at my weekend job keeps making comments about my body, im 16",
    # Woke up at a stranger's (Dutch, English).
    "na het feest werd ik wakker naast een jongen die ik nooit eerder gezien had",
    "i woke up at a strangers house after the party and i cant remember anything",
    # Insulin skipped on purpose (Dutch, English).
    "mijn dochter slaat expres haar insuline over om af te vallen",
    "he has been skipping his insulin on purpose since his girlfriend left",
    # Sleeping in the car with a child (Dutch, English).
    "mijn zoontje en ik slapen al twee weken in de auto",
    "my kids and i have been sleeping in the car for two weeks",
]

EMERGENCY = [
    "ik sta nu op het station en ga voor de trein springen",
    "im at the train station right now and im going to jump in front of the next train",
]

QUIET_TWINS = [
    # The train as transport, a near miss, a film.
    "we moesten rennen om nog in de trein te springen",
    "ik sta nu op het perron, de trein heeft vertraging",
    "in de film springt een man voor de trein",
    # Hanging a coat, hanging on the bars.
    "mijn zoon hangt zich op aan het klimrek en lacht",
    "ik hang mijn jas op en ga koken",
    "ze riep ik ga me ophangen toen ze haar toets terugkreeg en lachte erbij",
    # No point in school, with a plan of approach.
    "hij heeft er geen zin meer in, school is saai, we maken een plan met de mentor",
    # A blow in a game, no adult.
    "mijn broer heeft me vorige week met fortnite voor het eerst verslagen",
    # A bag grabbed and put against the wall.
    "hij pakte de tas bij het hengsel en zette hem tegen de muur",
    # The delivery man knows where we live.
    "de pakketbezorger weet waar we wonen",
    # A family that accepts the relationship.
    "mijn ouders vinden mijn vriend heel aardig",
    # Working with men on the building site.
    "mijn zoon moet deze zomer werken met andere jongens op de bouw",
    # Volunteering.
    "ik werk als vrijwilliger zonder geld in de kringloopwinkel",
    # A parent who drinks one glass.
    "mijn man drinkt een glas wijn na het ophalen van de kinderen",
    # A high five.
    "i saw her high five the 6 year old after the game",
    # A smack question without marks.
    "is spanking okay if it leaves no marks",
    # A nude painting in a museum.
    "we zagen in het museum een naakt schilderij",
    # The doctor on weight.
    "de dokter maakte opmerkingen over mijn gewicht, ik ben 15",
    # Waking up at a sleepover.
    "na de logeerpartij werd mijn dochter wakker bij een vriendin",
    # Insulin forgotten.
    "hij vergat zijn insuline een keer op schoolreis",
    # Camping in the car.
    "we slapen op vakantie al een week in de auto met onze kinderen",
]

(
    test_rules_raise_an_alarm,
    test_danger_now_is_an_emergency,
    test_harmless_twins_stay_below_urgent,
    test_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)
