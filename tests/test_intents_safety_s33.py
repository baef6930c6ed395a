"""Safety triage, round s33: what the rules and a backstop trained without the set missed in
professional_tune10 and english_tune12 (`bench/safety_model.py misses`), generalised into families and pinned
here with own sentences: a threat or a post told with "he'll" or "she'll" (read "hell" once the apostrophe is
gone); a seizure that is not stopping; a teenager home out of it who will not say what he took; a young child
who drank from a bottle of cleaning liquid; a toddler on a balcony chair leaning over; an ex without custody
who tries to take a child from school; a parent who drove the children drunk; a father who hits "the boy"; sex
the writer was pressured into; an online "boy" who may not be a boy; packages delivered for money and shoes, a
"runner" for older boys; tablets swallowed by the handful (Dutch); a mother who hears voices about her
newborn; a partner aggressive when drunk; fake nudes; a note about wanting to die, an essay with a plan;
stories that do not fit the injury, a third fracture; a toddler with marks in the face "so clumsy"; secret
games in bed; a minor sleeping nights in a bike shed; money extorted by classmates with blows; a threat to
leave with the children abroad, children not brought back; a minor getting into the cars of older men; "I have
a plan for tonight" with "I wanted someone to know"; a child who does not want to go home because an adult is
there; a pram shaken hard; a minor who sleeps at a man of 19 or older; a child hungry with nobody at home; a
young person who cannot go back home; dog mess in the house with dirty nappies. Danger now: the threat at the
door, the seizure, the poisoning, the balcony, the abduction, the tablets, the voices, the plan for tonight,
and immediacy told in other words (children hiding in the bathroom or the bedroom, a door just broken,
shouting heard inside, a missing child who "niet opneemt"). Each with harmless twins that must stay calm."""

from tests.test_intents_safety import round_tests

ALARM = [
    # A threat or a post with a contraction (English).
    "my stepdad texted that he'll hurt my mom when he gets back",
    "she keeps shouting she'll stab him if he comes closer",
    "a guy has videos of my daughter and says he'll share them unless she sends more money",
    # A seizure that does not stop (English, Dutch).
    "my daughter is fitting and it's been over 5 minutes",
    "de aanval van mijn zoontje houdt niet op",
    # Will not say what he took (English, Dutch).
    "our 16 year old is throwing up and confused and refuses to say what he took",
    "mijn dochter kan amper lopen en wil niet zeggen wat ze genomen heeft",
    # Drank from a cleaning bottle (English, Dutch).
    "my toddler swallowed some of the bleach cleaner from under the sink",
    "mijn zoontje van 3 heeft uit de fles afwasmiddel gedronken",
    # A child on a balcony chair (English, Dutch).
    "a small boy is climbing onto the railing of his balcony on the 6th floor, nobody with him",
    "een kleuter staat op een stoel bij het balkon op de derde verdieping en er is niemand",
    # Trying to take the child (English, Dutch).
    "her father is trying to take the kids into his car at the school gate and he has no custody",
    "mijn ex probeert onze dochter mee te nemen bij de opvang terwijl hij geen gezag heeft",
    # Drove the children drunk (English, Dutch).
    "my wife drove our son home from football high last night",
    "mijn man heeft dronken met de kinderen naar opa gereden",
    # A father who hits the boy.
    "the neighbour's dad beats the little boy almost every evening",
    # Pressured into sex (English, Dutch).
    "my girlfriend told me she was pushed into having sex with her ex",
    "ze is door een jongen op een feest onder druk gezet om seks te hebben",
    # An online boy who is not a boy (English, Dutch).
    "my son (12) chats with a gamer who sounds like a grown man on voice chat",
    "mijn dochter belt met een jongen van 15 maar hij klinkt als een volwassen man",
    # Deliveries and runners.
    "my nephew gets cash and a new phone for dropping off packages for guys from the next estate",
    "we denken dat hij als drugsrunner wordt gebruikt door jongens uit de wijk",
    # Tablets swallowed (Dutch).
    "mijn dochter van 4 heeft een paar pillen van oma ingeslikt",
    # Voices about the baby (English, Dutch).
    "my sister hears voices that say the baby has to go",
    "de moeder hoort stemmen die zeggen dat de baby van de duivel is",
    # Aggressive when drunk.
    "mijn vriend wordt gewelddadig als hij drinkt en ik ben zwanger",
    # Fake nudes (Dutch, English).
    "iemand heeft nepnaaktfotos van mijn zoon gemaakt en rondgestuurd",
    "kids at school photoshopped my daughter's face into nudes",
    # A note about wanting to die; an essay with a plan.
    "i read his diary and there was a page about wanting to die",
    "de leerling schreef dat hij al precies weet hoe hij het zou doen",
    # Stories that do not fit; a third fracture.
    "de uitleg van de moeder past niet bij de brandwonden van het kind",
    "het is al de vierde breuk in drie jaar bij deze peuter",
    # Marks in the face, clumsy.
    "de dreumes komt telkens met blauwe plekken op zijn wang naar de opvang",
    # Secret games in bed.
    "ons meisje zegt dat de buurman stiekeme spelletjes doet onder de deken",
    # Sleeping in a shed.
    "een leerling slaapt al een week in de parkeergarage omdat hij thuis weg moest",
    # Money extorted with blows.
    "hij wordt door jongens uit zijn klas gedwongen om geld af te geven",
    # Abroad with the children; not brought back.
    "mijn man dreigt met de kinderen naar Turkije te vertrekken",
    "zijn ex brengt ons kind sinds de vakantie niet meer terug",
    # Cars of older men.
    "my niece of 14 gets into cars with older guys after her shift",
    # A plan for today.
    "so i have a plan for today. i want one person to know",
    # Not home because he is there.
    "my son (9) does not want to go home because his stepdad is home",
    # A pram shaken hard.
    "mijn schoonzus rammelt heel hard aan de kinderwagen als de baby huilt",
    # A minor at an older man's.
    "mijn dochter van 15 blijft slapen bij een man van 24",
    # Hungry, nobody home.
    "een kind uit mijn groep komt elke dag met honger, er is thuis nooit iemand",
    # Cannot go back home.
    "hij logeert bij ons omdat het thuis onveilig is en hij durft niet terug",
    # Dog mess.
    "overal hondenpoep op de vloer en de baby ligt in een volle luier",
]

EMERGENCY = [
    "he is outside the door screaming that he'll hurt my mom",
    "my daughter is fitting and it's been over 5 minutes",
    "our 16 year old is throwing up and confused and refuses to say what he took",
    "mijn zoontje van 3 heeft uit de fles afwasmiddel gedronken",
    "a small boy is climbing onto the railing of his balcony on the 6th floor, nobody with him",
    "her father is trying to take the kids into his car at the school gate and he has no custody",
    "mijn dochter van 4 heeft een paar pillen van oma ingeslikt",
    "my sister hears voices that say the baby has to go",
    "ok. and i have a plan for tonight. i wanted someone to know",
    # Immediacy said in other words.
    "my dad is drunk and smashing plates. we are hiding in the bathroom",
    "her boyfriend is threatening her with a knife, he just smashed the window",
    "buren: binnen hoor ik gegil, de vader slaat de kinderen",
    "mijn dochter van 11 is vermist terwijl ze niet opneemt",
]

QUIET_TWINS = [
    # Hell, shell and contractions that are no threat.
    "what the hell, my son says he'll eat only pasta this week",
    "she'll kill me in fortnite again lol",
    "he'll share the photos of the holiday with grandma",
    # A seizure over; a fit of laughter; Dutch twins.
    "his seizure stopped after a minute and now he is sleeping",
    "she had a fit of giggles and it's not stopping haha",
    "de aanval ging na een minuut over",
    # Out of it after a party, fine; won't say what he had for lunch.
    "my son won't say what he had for lunch at school",
    "hij wil niet zeggen wat hij voor zijn verjaardag wil",
    # Drank water or juice from a bottle; cleaning with a child.
    "my toddler drank from the water bottle of his brother",
    "mijn zoontje helpt met de afwas en speelt met het afwasmiddel sop",
    # A chair on a balcony with a parent; a stool at the window.
    "our cat is sitting on a chair on the balcony",
    "mijn peuter zit op een krukje bij het raam naar de vogels te kijken",
    # Taking a child with permission; a parent taking the kids home.
    "my ex is trying to take the kids with him on holiday and asked for my permission",
    "mijn ex neemt de kinderen dit weekend mee naar zijn moeder",
    # Driving when the other parent was drunk.
    "i drove the kids home because their dad was drunk",
    "ik reed met de kinderen naar oma, mijn man kwam later",
    # Beating at a game; hitting the ball.
    "my dad beats the little boy at chess every time",
    "the father hits the ball to the boy in the garden",
    # Pressure about exams; peer pressure questions.
    "my son feels pressured into taking maths at a higher level",
    "ze voelt zich onder druk gezet door haar trainer om meer te trainen",
    # Online friends the parents know.
    "my son chats with a boy from his class on roblox, i know his mum",
    "mijn zoon van 13 klinkt als een volwassen man sinds zijn stem gezakt is",
    # A paper round; delivering with a job.
    "my son of 15 gets money for delivering packages for postnl on saturdays",
    "hij verdient geld met de krantenwijk",
    # Vitamins; daily tablets.
    "mijn dochter heeft een paar vitaminepillen ingeslikt, is dat erg",
    "ik neem elke ochtend mijn pillen in voor mijn schildklier",
    # Voices in a game; hearing the baby.
    "she hears the baby through the monitor all night",
    "mijn zoon hoort stemmen in zijn game headset",
    # A teenager drunk, not a partner.
    "mijn zoon van 16 wordt chagrijnig als hij te weinig heeft gedronken",
    # Fake nudes as a lesson topic.
    "wat kunnen we in de klas vertellen over nepnaaktfotos en deepfakes?",
    # A note about a song; knowing how to do a trick.
    "i found a note about a song she wants to learn",
    "hij weet al precies hoe hij het gaat doen met zijn spreekbeurt",
    # Stories fit; a fracture in sport.
    "hij brak zijn arm bij het voetballen, het verhaal klopt helemaal",
    "de tweede breuk dit jaar door skateboarden",
    # Clumsy toddler with a bump from a fall.
    "mijn peuter is zo onhandig, hij valt steeds over zijn eigen voeten",
    # Games in bed with the tablet.
    "mijn dochter speelt spelletjes in bed op haar tablet",
    # Sleeping in a tent at camp.
    "mijn zoon slaapt drie nachten in een tent op kamp",
    # Staying with friends with a baby while moving.
    "we logeren met de baby een week bij vrienden tijdens de verbouwing",
    # Lending money among friends.
    "hij leent geld van zijn vriend voor de bioscoop",
    # Visiting abroad on holiday.
    "mijn man gaat met de kinderen naar Turkije op vakantie en ze komen over twee weken terug",
    "hij brengt de kinderen zondag terug",
    # A taxi, a driving lesson.
    "my daughter gets into cars with older men for her driving lessons",
    # Plans for tonight.
    "my son has a plan for tonight's birthday party",
    "mijn dochter heeft een plan voor het schoolfeest vanavond",
    # Not going home because of a party.
    "my son does not want to go home because the party is still going",
    # Rocking the pram gently.
    "ik schud zachtjes aan de kinderwagen om hem in slaap te krijgen",
    # Sleeping at a cousin's.
    "mijn dochter van 15 slaapt bij een vriendin van 16",
    # Hungry after sport.
    "mijn zoon komt altijd met honger uit school",
    # Going back to school.
    "he can't go back to school until his arm heals",
    # A puppy not yet house-trained.
    "onze puppy doet nog hondenpoep in huis, hij is niet zindelijk",
    # Hiding in a game; a broken door handle.
    "the kids are hiding in the bedroom playing hide and seek",
    "he just broke the door handle by accident",
    # Sibling jokes with a contraction.
    "my sister says she'll kill me if i touch her xbox again",
    "my brother says he'll murder me if i post that photo of him lol",
    # Sextortion words in a lesson.
    "our school talked about how a stranger might say he'll post pics unless you pay",
    # Hiding from a sibling in a game; a plan for the weekend.
    "we are in the bedroom building a fort",
    "wij hebben een plan voor vanavond: samen met de kinderen koken",
]


(
    test_s33_rules_raise_an_alarm,
    test_s33_danger_now_is_an_emergency,
    test_s33_harmless_twins_stay_below_urgent,
    test_s33_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)
