"""Safety triage, round s51 part I: sexual abuse, grooming and sexual exploitation told indirectly, from the
blind tuning sets long_tune16, safety_tune33, safety_tune34, safety_tune35, safety_tune36 and youth_tune28,
generalised into families and pinned here with own sentences: a young child who acts out sex; a child who
wants the bathroom locked since an adult moved in; an adult in charge who "acts weird" with a child alone; a
child not allowed to say why he won't go to a neighbour's, "the man with the camera"; a teenage boy in the
bath with a young child; a boyfriend who wants her to sleep with his friends; money earned back by meeting
"clients"; a minor's "sugar daddy"; a volunteer who drives children home alone with gifts; lifts from older
boys in a car; a minor with a partner of 22 or older; a teacher in a relationship with a pupil; a trainer
who messages a girl that she is pretty; drugs sold for older men (Dutch, English, Arabic); sextortion with
the threat before the condition (Ukrainian in Cyrillic and in Latin letters). All urgent, none danger now.
Each with harmless twins that must stay calm."""

from tests.test_intents_safety import round_tests

ALARM = [
    # A young child acts out sex (Dutch, English).
    "de juf zegt dat mijn zoon van 4 in de poppenhoek geslachtsgemeenschap nadoet",
    "een jongetje van 6 in mijn groep vertoont seksueel gedrag dat niet bij zijn leeftijd past",
    "my 5 year old keeps acting out sex with her dolls and with other children",
    "a girl of 6 in my class shows sexualised behaviour way beyond her age",
    # The bathroom locked since an adult moved in (Dutch, English).
    "sinds haar oom bij ons woont wil mijn dochter van 10 de badkamerdeur altijd op slot",
    "mijn dochter wil de badkamer op slot sinds mijn zwager bij ons is komen wonen",
    "since my brother in law moved in my daughter of 9 insists on locking the bathroom",
    # An adult who acts weird with a child alone (Dutch, English).
    "mijn zoon van 8 wil niet meer naar judo want de trainer doet raar als ze alleen zijn",
    "mijn zoon zegt dat de buurman rare dingen doet als hij daar alleen speelt, hij is bang",
    "my son (10) says his coach acts weird with him in the changing room after practice",
    # Not allowed to say, the man with the camera (Dutch, English).
    "mijn dochter van 5 wil niet meer naar oom maar zegt dat ze dat niet mag zeggen",
    "my son is scared of the man with the camera at the neighbours house and won't go there anymore",
    # A teenage boy in the bath with a young child (Dutch, English).
    "de broer van haar vriendinnetje, 15 jaar, gaat met mijn dochter van 5 in bad",
    "haar neef van 17 gaat met haar in bad als ze daar logeert",
    "her friend's older brother (16) gets in the bath with my 6 year old",
    # Sex with his friends (Dutch, English).
    "mijn vriend wil dat ik met zijn vrienden naar bed ga omdat ik hem geld schuldig ben",
    "my boyfriend wants me to sleep with his friends because i owe him money",
    # Clients (Dutch, English).
    "mijn vriend zegt dat ik mijn schuld kan afbetalen als ik met klanten afspreek",
    "he says i can earn the money back fast if i meet some clients he arranges",
    # A minor's sugar daddy (Dutch, English).
    "mijn vriendin van 15 heeft een sugar daddy die haar betaalt",
    "my 16 year old niece has a sugar daddy who pays her for pictures",
    # Home alone in the car, gifts (English, Dutch).
    "a volunteer at our club drives the 11 year olds home alone and buys them gifts",
    "een vrijwilliger van de club brengt de kinderen van 11 alleen naar huis en geeft ze cadeautjes",
    # Lifts from older boys in a car (English, Dutch).
    "older guys in a car pick my 14 year old sister up from school and she has expensive stuff now",
    "mijn nichtje van 14 krijgt lifts van oudere jongens en spijbelt steeds",
    # A minor with a much older partner (English, Dutch).
    "a 15 year old boy in my group has a girlfriend whos 24",
    "she is 16 and dating a 25 year old who buys her stuff",
    "mijn dochter van 15 heeft een vriend en die is 26",
    "mijn nichtje van 16 is zwanger van een 27 jarige",
    # A teacher in a relationship with a pupil (Dutch, English).
    "een docent heeft een relatie met een leerling van 16",
    "haar mentor heeft iets met een leerlinge uit 4 havo",
    "a teacher at our school is in a relationship with a 16 year old pupil",
    # A trainer who messages she is pretty (Dutch, English).
    "de trainer van mijn dochter van 13 appt haar steeds dat ze zo mooi is",
    "the coach keeps texting my 13 year old that she is beautiful",
    # Drugs sold for older men (Dutch, English, Arabic).
    "mijn vriend verkoopt wiet aan brugklassers voor oudere jongens",
    "my friend sells weed to younger kids and some older guys give him the stuff",
    "ابن جيراننا صار يوزع حبوب بالمدرسة وفي شباب كبار بيعطوه البضاعة",
    # Sextortion, the threat before the condition (Ukrainian in Cyrillic and in Latin letters).
    "він пише що розішле мої фото всім якщо я не дам йому гроші",
    "vin pyshe shcho vyklade moi foto v internet yakshcho ya ne zaplachu",
]

EMERGENCY: list[str] = []

QUIET = [
    # A young child's play, a question how to explain, a teenager who imitates a dance.
    "mijn dochter van 5 speelt vadertje en moedertje met haar vriendje, is dat normaal?",
    "hoe leg ik seks uit aan mijn kleuter van 5 die vraagt waar baby's vandaan komen?",
    "mijn zoon van 16 doet de danspasjes uit een videoclip na",
    "my 5 year old asked what sex is after hearing the word at school",
    # A lock for medicines or for privacy, a busy bathroom.
    "sinds opa bij ons woont doen we het medicijnkastje en de badkamer op slot vanwege zijn dementie",
    "mijn dochter van 14 wil haar kamerdeur op slot voor haar privacy",
    "sinds mijn schoonmoeder bij ons woont is de badkamer altijd bezet",
    # A trainer who is odd towards parents, strange exercises, a confused neighbour.
    "the trainer acts weird towards the parents since he lost the election",
    "mijn zoon vindt de nieuwe trainer raar, hij geeft rare oefeningen",
    # A surprise not to be told, a boring visit, a wedding photographer.
    "mijn dochter van 6 mag niet zeggen wat ze voor mijn verjaardag heeft gekocht",
    "mijn zoon van 7 wil niet meer naar opa omdat het daar saai is",
    "de man met de camera op de bruiloft maakte mijn zoontje bang",
    "my son loved the man with the camera at the zoo",
    # A teenager who bathes a little sister, a parent who asks what is normal.
    "mijn zoon (16) doet zijn zusje (2) in bad als ik moet werken",
    "mijn zoon van 13 gaat nog samen met zijn zusje van 4 in bad, tot welke leeftijd is dat normaal?",
    "my son (14) bathes his baby sister when i work late",
    # A sleepover, friends, a debt without anything else.
    "mijn vriend wil dat ik bij zijn vrienden blijf slapen na het feest",
    "my boyfriend wants me to hang out with his friends more",
    "ik ben mijn vriend nog tien euro schuldig voor de bioscoop en hij blijft erover zeuren",
    # Clients of a salon or a sales job.
    "ik werk in een kapsalon en verdien meer als ik met vaste klanten afspreek",
    "if i meet more clients in my sales job i earn more money",
    # What the word means, an adult's sugar daddy.
    "wat is een sugar daddy? mijn dochter van 15 vroeg het me",
    "mijn tante van 35 heeft een sugar daddy",
    # A carpool, a gift for the whole team.
    "a volunteer drives the kids home after practice as part of the carpool rota",
    "the coach gives all the kids a small gift at the end of the season",
    # A brother's lift, a team's lift.
    "mijn broer geeft mijn zusje van 14 elke dag een lift naar school",
    "de oudere jongens van haar hockeyteam geven haar een lift naar de training",
    # Partners of the same age, a crush on a singer, a teacher's age.
    "my daughter is 16 and her boyfriend is 17",
    "mijn dochter van 15 heeft een vriendin en die is 15",
    "my 15 year old has a crush on a singer who is 25",
    "mijn zoon van 16 heeft een leraar die 25 is",
    # A good working relationship, a university student.
    "de docent heeft een goede relatie met de leerling",
    "a teacher at university is dating a student",
    # Staying to tidy up, praise for singing or a drawing, a grandmother's compliment.
    "de leraar vroeg of ze na de les nog even blijft om de tafels op te ruimen",
    "de juf zei dat ze zo mooi heeft gezongen bij de uitvoering",
    "de trainer appte dat ze zo mooi gespeeld heeft",
    "mijn oma appt me steeds dat ik zo mooi ben",
    "the teacher wrote that her drawing is so pretty",
    # A friend who smokes, a film about dealing.
    "een film over een jongen die drugs verkoopt voor oudere mannen",
    "صاحبي بيدخن حشيش وخايف عليه",
]

(
    test_rules_raise_an_alarm,
    test_danger_now_is_an_emergency,
    test_harmless_twins_stay_below_urgent,
    test_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET)
