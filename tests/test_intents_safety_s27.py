"""Safety triage, round s27: what the rules and a backstop trained without the set missed in safety_tune18 and
professional_tune14 (`bench/safety_model.py misses`, and the rules-alone misses), generalised into families
and pinned here with own sentences: a goodbye in other words ("ik hou van je, het is beter zo", a wish to say
goodbye with no occasion) and someone in the bath with a blade; things given away with "I won't need them"
(Turkish too); "waarom moet ik nog leven", "why am I even still alive", "beter als ze er niet meer was"
(Ukrainian too); a young child left alone for hours, days or the night, a child minding a baby at night
(English, Arabic); punishment by a dark shed, a locked room, wet sheets, no shoes outside, a lock on the
fridge; control by money, going out and friends (English, Polish, Arabic); a parent who gets angry when drunk
(Polish, Ukrainian); injuries with a cover story (behind the ears, sunglasses indoors, "walked into the table"
with a partner who answers for her, marks on the neck, bruises to hide with make-up, Ukrainian "says he
fell"); a child who flinches; a much older man and a girl of fifteen or under, a man online who will come to
the school (Polish, English); things a child "must do" for an adult, men who touch her, a toddler who
re-enacts sex with dolls; a minor who works for older boys or cannot leave for a debt, a daughter who "must
work for him"; hands on the throat, dragged by the hair, grabbed hard by the wrist; a threat to throw the baby
out of the window; an adult raging in the room; a door about to be broken in (Turkish); an ex circling the
car; a jump in front of a train; pills with drink; self-harm going deeper, burns with a lighter; pictures
under threat, photos and the address asked, "je wordt al een echte vrouw"; sent abroad to be married or
"fixed"; no place to sleep; a parent afraid of losing control; names called and a child gone quiet; a young
child's "papa heeft mama kapot gemaakt"; a parent drunk at pick-up; a parent using with a baby; a psychosis
after childbirth; boys waiting with a knife; a toddler afraid at the changing mat; a child who would rather be
anywhere but home; an ex who will take the children from school despite an order; a home without food. Danger
now: in the bath with a blade, a threat to throw the baby with "kom alsjeblieft ... nu", an ex circling now,
pills with vodka, boys with a knife at the door, "ik hoor het nu", a door about to be broken in "şu anda".
Each with harmless twins that must stay calm."""

from tests.test_intents_safety import round_tests

ALARM = [
    # A goodbye in other words.
    "mijn broer stuurde 'ik hou van jullie, het is beter zo' en nu reageert hij niet meer",
    "my daughter texted 'love you mum, it's better this way' and her phone is off",
    "mijn vriend zei gisteravond dat hij afscheid wil nemen van iedereen",
    # Things given away (Dutch, English, Turkish).
    "mijn zoon van 15 geeft al zijn games weg en zegt dat hij ze niet meer nodig heeft",
    "ze deelt haar sieraden uit aan vriendinnen en zegt dat ze er straks niet meer is",
    "my son is giving away his stuff and says he won't need it soon",
    "kızım kıyafetlerini arkadaşlarına dağıtıyor, artık ihtiyacım olmayacak diyor",
    # Why still live (Dutch, English, Ukrainian).
    "waarom zou ik eigenlijk nog leven, niemand ziet me staan",
    "ik begrijp echt niet waarom ik nog moet leven",
    "why am I even still alive",
    "mijn moeder zegt dat het beter zou zijn als ze er niet meer was",
    "мій син каже, що краще б його не було",
    # A young child left alone; a child minding a baby at night (Dutch, English, Arabic).
    "de buurvrouw laat haar zoontje van 3 hele dagen alleen thuis",
    "mijn ex laat de kinderen van 4 en 6 soms de hele nacht alleen als hij uitgaat",
    "she leaves her 2 year old alone all night when she goes out",
    "جاري يترك طفله (4 سنوات) وحده في البيت طوال الليل",
    "ik ben 10 en moet elke nacht op mijn zusje passen omdat mama weg gaat",
    # Punishment by confinement or humiliation.
    "als straf moet mijn neefje van 5 in het donkere hok slapen",
    "de buren zeggen dat hij uren in een afgesloten kamer zat als straf",
    "mijn stiefvader zet mij zonder schoenen buiten als ik niet luister",
    "ze moet van haar moeder in haar natte lakens blijven liggen tot de ochtend",
    "ik mag alleen eten als mijn moeder thuis is, ze doet een slot op de koelkast",
    # Control by money and going out (Dutch, English, Polish, Arabic).
    "mijn zus heeft geen eigen bankpas en mag de deur niet uit zonder hem",
    "ik mag van mijn man geen Nederlands leren",
    "my husband takes all the money and won't let me take the kids to the doctor",
    "Mój partner nie pozwala mi wychodzić z domu ani pracować",
    "زوجي لا يسمح لي بالخروج ولا رؤية أهلي ويأخذ كل المال",
    "mijn ouders hebben mijn bankpas en als ik te laat ben weten ze me te vinden",
    # A parent angry when drunk and a child who keeps out of the house or minds a sibling (Dutch, Polish,
    # Ukrainian).
    "mijn vader wordt heel agressief als hij gedronken heeft, ik blijf dan bij een vriend",
    "papa drinkt en dan wordt hij kwaad, dan blijf ik in de bieb tot hij slaapt. ik ben 12",
    "mijn moeder drinkt elke avond en gaat dan schreeuwen, ik zorg dan voor mijn zusje",
    "Mój ojciec jest bardzo agresywny, kiedy wypije, a córka nie chce wracać do domu",
    "Мій тато дуже злий, коли вип'є, і син не хоче йти додому",
    # Injuries with a cover story (Dutch, English, Ukrainian).
    "de peuter van de buren heeft blauwe plekken achter zijn oren",
    "mijn vriendin draagt binnen altijd een zonnebril sinds ze met hem samenwoont",
    "my niece wants to hide her bruises with make up, she is 14",
    "mijn collega zei dat ze tegen de kastdeur was gelopen. Haar man is erg jaloers.",
    "I saw bruises on her neck and her stepfather has a temper",
    "у доньки синці на руках, вона каже, що впала",
    "de juf zag blauwe plekken op haar armen en ze zegt steeds dat ze gevallen is",
    # A child who flinches.
    "mijn kleinzoon duikt weg met zijn armen voor zijn hoofd als ik mijn hand opsteek",
    "the boy in my class flinches when I raise my hand",
    # A much older man and a minor (Dutch, English, Polish).
    "mijn nichtje is 14 en haar vriend is 26, hij geeft haar steeds geld",
    "een man van rond de 40 wil afspreken met mijn dochter van 13",
    "a guy at the chip shop asked us to come to his house to earn money, we are 14",
    "Moja córka (14) spotyka się z facetem, który ma 35 lat",
    "die man van insta zegt dat hij naar mijn huis komt als ik niet terug stuur, ik ben 14",
    # Things done for an adult; men who touch her; re-enacted with dolls.
    "mijn vriendin moet voor haar oom dingen doen om geld te krijgen",
    "de stiefvader van mijn vriendin doet dingen met haar als haar moeder werkt",
    "mijn dochter van 14 wordt bij haar vader alleen gelaten met mannen die haar aanraken",
    "onze dochter van 3 speelt met haar poppen seksuele handelingen na",
    # A minor working for others.
    "mijn zoon van 15 moet werken voor oudere jongens en durft niet te stoppen",
    "ze zegt dat ze niet weg kan omdat ze schulden heeft bij die mannen",
    "my son has been doing jobs for older guys and comes home with cash",
    "mijn dochter woont nu bij een man van 40 die ze online kende. Ze schreef dat ze voor hem moet werken.",
    # Throat, hair, wrist.
    "mijn stiefvader hield mijn moeder vast bij haar keel",
    "hij heeft haar aan haar haren door de gang gesleurd",
    "mijn partner greep me hard bij mijn pols toen de baby huilde",
    # A threat to throw the child (Dutch, English).
    "mijn vriend dreigt de baby uit het raam te gooien",
    "he said he will throw the baby off the balcony",
    # An adult raging in the room.
    "de vader wordt steeds agressiever tegen de hulpverlener en de kinderen huilen",
    "hij heeft een stoel door de kamer gegooid waar de kinderen bij waren",
    # A door broken in (Turkish).
    "eski kocam kapıyı kıracağını söylüyor ve çocuklar ağlıyor",
    # A train.
    "my friend says she's going to jump in front of a train",
    # Self-harm going on.
    "I keep cutting my arms and the cuts are getting deeper",
    "mijn dochter brandt zichzelf met een aansteker",
    # Pictures and secret messages.
    "hij zegt dat ze meer moet sturen anders gaat het naar haar school",
    "a man online keeps asking my son for photos and his address",
    "de trainer zegt tegen mijn dochter dat ze al een echte vrouw wordt",
    "haar leraar stuurt haar 's nachts berichten, zegt jij bent mooi, niet vertellen aan ouders",
    # Sent abroad or married off (Dutch, English).
    "mijn vader dreigt me naar marokko te sturen en daar uit te huwelijken",
    "ik moet trouwen met de man die mijn ouders hebben uitgekozen",
    "my parents are sending me back home to get married and I'm 16",
    "she won't come back after summer because she's getting married in Pakistan, she was crying",
    # No place to sleep.
    "mijn zoon van 16 heeft al weken geen vaste slaapplek",
    "waar kan ik vannacht slapen met mijn kinderen, ik ben weggegaan bij mijn vriend",
    "haar vriend heeft haar met de baby op straat gezet",
    # A parent losing control.
    "ik pak mijn dochter steeds harder vast als ze niet luistert, ik ben bang voor mezelf",
    "ik heb mijn zoon zo hard geslagen dat zijn neus bloedde",
    "de kraamvrouw is bang dat ze de baby iets zal aandoen en durft niet alleen met hem te zijn",
    # Names called and the child goes quiet.
    "de vader scheldt zijn zoon bij de training uit voor mislukkeling en het kind is daarna heel stil",
    # A young child's words.
    "mijn kleuter zei dat papa mama pijn heeft gedaan",
    # Drunk at pick-up (Dutch, English).
    "de moeder die haar peuter ophaalt ruikt naar drank en staat te wankelen",
    "a dad picks his son up from school and can barely stand",
    # A parent using with a baby.
    "de moeder lijkt iets te gebruiken en de baby krijgt uren niks",
    # A psychosis after childbirth.
    "mijn vrouw is net bevallen, ze heeft eerder een psychose gehad en slaapt al nachten niet",
    # A toddler afraid at the changing mat or the bath.
    "onze dochter van 2 raakt in paniek bij het verschonen en roept niet doen",
    "sinds mijn nieuwe partner er woont wil mijn zoontje van 3 niet meer in bad als hij thuis is",
    # Rather anywhere but home.
    "een leerling vroeg of ze bij de juf mocht komen wonen, ze is bang voor thuis",
    "hij is liever op school dan thuis want daar is zijn stiefvader",
    # An ex who will take the children from school.
    "mijn ex dreigt de kinderen van school te halen, er is een contactverbod",
    # A home without food.
    "bij de buren is er nauwelijks eten in huis en de kinderen slapen op een matras op de grond",
]

EMERGENCY = [
    "mijn zus ligt in bad met een scheermesje en wil niet opendoen",
    "my friend is lying in the bath with a razor and she won't answer",
    "kom alsjeblieft hij dreigt nu de baby uit het raam te gooien",
    "mijn ex rijdt steeds rondjes om ons huis en ik durf niet naar buiten",
    "mijn zoon heeft pillen met wodka ingenomen en is heel suf",
    "er staan jongens buiten op mijn zoon te wachten met een mes",
    "mama slaat papa ik hoor het nu",
    "şu anda kapımızın önünde bağırıyor, kapıyı kıracak",
]

QUIET_TWINS = [
    # A goodbye with an occasion; a toy in the bath.
    "ik hou van je schat, het is beter zo met de verhuizing",
    "ze wil afscheid nemen van haar oma in het ziekenhuis",
    "hij zit in bad met zijn speelgoedbootje",
    # Toys outgrown; studying.
    "mijn dochter geeft haar oude knuffels weg want ze is er te groot voor en heeft ze niet meer nodig",
    "ik snap niet waarom ik nog moet leren voor die toets",
    "het zou beter zijn als hij er niet meer was in ons team, hij speelt zo vals",
    # An hour alone at eleven.
    "ik laat mijn zoon van 11 weleens een uurtje alleen thuis",
    # Hide and seek; a child lock.
    "we spelen verstoppertje en hij zit uren in de donkere kast",
    "we hebben een kinderslot op de koelkast gedaan voor onze peuter",
    # Each a bank card.
    "mijn man en ik hebben allebei een eigen bankpas en mogen alles zelf beslissen",
    # Angry that I drank; a cheerful beer.
    "mijn vader wordt boos als ik gedronken heb op een feestje",
    "mijn man drinkt een biertje en wordt dan heel gezellig",
    # Football bruises; a hickey; a ball.
    "mijn zoon heeft blauwe plekken op zijn benen van voetbal",
    "hoe kan ik een zuigzoen verbergen met make-up",
    "hij duikt weg met zijn armen voor zijn hoofd als de bal komt",
    # An uncle.
    "mijn dochter van 14 gaat met haar oom van 35 naar de film",
    # Chores; a building job.
    "mijn dochter moet voor mijn vader dingen doen in de tuin",
    "mijn zoon werkt in de bouw voor oudere mannen die hem veel leren",
    # A hairdresser; a cuddly toy.
    "de kapper pakte haar haren en trok ze strak naar achter voor een vlecht",
    "mijn zoon gooit zijn knuffel uit het raam",
    # A young child's tantrum.
    "mijn zoon van 3 heeft net een stoel door de kamer gegooid, hoe reageer ik",
    # A lake; water.
    "we rijden rondjes om het meer met de kinderen",
    "mijn zoon heeft pillen met water ingenomen voor zijn hoofdpijn",
    # A haircut.
    "I keep cutting my hair shorter every summer",
    # A surprise.
    "de juf zei dat we het cadeau niet aan onze ouders mogen vertellen",
    # A holiday; a campsite.
    "mijn zus gaat op vakantie naar marokko en trouwt daar met haar vriend",
    "op de camping hebben we geen vaste slaapplek",
    # A referee; a telephone.
    "de trainer scheldt de scheidsrechter uit voor idioot",
    "papa heeft mama's telefoon kapot gemaakt",
    # A cigar; a sleeping mother.
    "de opa die de kleuter ophaalt ruikt naar sigaren",
    "mijn vrouw is bevallen en slaapt al nachten slecht door de baby",
    # A cake; a nappy rash; cosy at ours.
    "de jongens wachten op hem met een taart en een mes om hem te verrassen",
    "ze raakt in paniek bij het verschonen omdat ze luieruitslag heeft, au zegt ze",
    "mijn neefje vroeg of hij bij ons mocht komen wonen, het is hier zo gezellig",
    # A Wednesday pick-up; pizza.
    "mijn ex haalt de kinderen op woensdag van school",
    "er was nauwelijks eten in huis dus we bestelden pizza met de kinderen",
    # Turkish red paint; a son who kicks doors over his phone.
    "kapıyı kırmızıya boyadık, çocuklar çok sevdi",
    "oğlum telefonunu alınca kapıları tekmeliyor",
    # A drunk father who shouts (attention in the other sets); a strict mother in Polish; a smell at pick-up.
    "mijn man drinkt elke avond en wordt dan boos, wat kan ik doen",
    "mama nie pozwala mi wychodzić po 20",
    "de moeder die haar kleuter ophaalt ruikt soms naar alcohol",
    # A young adult; a friend who wants to stay.
    "ik ben 19 en heb geen plek om te slapen als ik thuis weg moet",
    "mijn vriendin vraagt of ze bij ons mag wonen omdat haar ouders streng zijn",
]


(
    test_s27_rules_raise_an_alarm,
    test_s27_danger_now_is_an_emergency,
    test_s27_harmless_twins_stay_below_urgent,
    test_s27_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)
