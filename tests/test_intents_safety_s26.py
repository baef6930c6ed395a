"""Safety triage, round s26: what the rules and a backstop trained without the sets missed in safety_tune19
and professional_tune16 (`bench/safety_model.py misses`, and the rules-alone misses), generalised into
families and pinned here with own sentences: a young person who cannot go home and asks where to sleep, nights
on a friend's sofa or in the car (Dutch, Ukrainian); the means in hand and "I don't know why I write this", on
top of a car park (Dutch, English, Ukrainian); punishment in other words (the belt "as normal", "ne
rammeling", a head under the cold tap, lifted by the arm against the wall, a toddler "hard aangepakt"); a baby
shaken when crying; an adult's secret about the night, "you are special but don't tell your parents"; an adult
met online or in a game with a minor, ages told (Dutch, English, Turkish); a partner who takes her money and
forbids going out, friends or check-ups, or locks her and the children in (Dutch, English, Arabic); a child
afraid of one adult at home (under the table, a chair against the door, a lock against a drunk father); a baby
left alone to go shopping, children alone for days (English); kept in for weeks with the curtains closed, a
child of ten caring for a toddler, a locked fridge (Dutch, English); a baby who does not thrive (diluted
formula, tests refused, a cold home, feeds forgotten, a mother on cocaine); a drunk parent picking a child up
by bike or car; things thrown next to a child; threats to find and kill, a knife waiting, a mother fresh from
prison who will take the child from school; honour threats about a boy or a headscarf (Dutch, English,
Turkish); a new mother's dark thoughts or psychosis told by a professional (Dutch, English); self-harm in
other words (scratching till it bleeds, a compass, a photo of a cut as a task; Ukrainian cuts seen); cutting
"to be pure"; a young child planning to run away; a boy who went under her shirt; a photo of a bleeding wrist;
a wound from a parent; children to be taken abroad; pictures "sent to your school unless"; "nobody would
notice if I disappeared"; locked in a room by a partner; a week without food with the mother gone; a baby's
unexplained fracture or torn frenulum; a pregnant client pushed against the wall; lice and scabies untreated
for months; a toddler filmed in underwear for a paid group; a man who offers a known child a lift at the
school gate; "please don't call, he'll know". Danger now: the means in hand, on top of a flat, a toddler alone
along a main road, a child on a balcony railing or shut out on the balcony, an ex under a restraining order
watching the house, a man filming children at the toilets, a baby blue around the lips, a wound from a parent
that still bleeds, a drunk stepfather who just drove off with a brother. Each with harmless twins that must
stay calm."""

from tests.test_intents_safety import round_tests

ALARM = [
    # Nowhere to sleep (Dutch, Ukrainian).
    "mag ik bij jullie slapen als ik niet meer naar huis durf? ik ben 15",
    "mijn stiefvader zei dat ik niet meer thuis hoef te komen, ik ben 16",
    "ik slaap nu al drie nachten bij een vriend op de bank maar dat kan niet langer, mijn vader wil me weg",
    "wij slapen al twee weken in onze auto, ik en mijn dochter",
    "waar slaap je als je 16 bent en je ouders je eruit hebben gezet",
    "Мені 16, мама сказала, що сьогодні я вдома не ночую. Мені нема куди йти.",
    # Punishment in other words.
    "bij ons is het normaal met de riem als je brutaal bent, ik ben 12",
    "mijn stiefvader geeft me een rammeling als ik mijn huiswerk niet af heb",
    "ze houdt zijn hoofd onder de koude kraan als hij liegt",
    "hij tilt haar aan haar arm op en zet haar hard tegen de muur",
    "ik zie dat haar vriend de peuter hard aanpakt als hij huilt",
    "de oudste zei tegen zijn zusje: stil zijn, anders komt papa met de riem",
    # A baby shaken when crying.
    "ik zag dat vader hem door elkaar schudt als hij huilt, de baby is 6 weken",
    # An adult's secret.
    "mijn opa zegt dat ik met niemand mag praten over wat we samen in bed doen",
    "de meester zegt dat ik speciaal ben en dat ik het niet aan mijn ouders mag vertellen",
    "de trainer zegt dat het een geheimpje is tussen ons twee",
    # An adult met online with a minor (Dutch, English, Turkish).
    "ik ben 13 en hij is 25, hij wil dat ik bij hem kom slapen",
    "mijn dochter van 14 heeft via instagram een man van 31 leren kennen die haar cadeaus stuurt",
    "ze is 15 en zwanger en de vader is 27",
    "my daughter (14) has a boyfriend who is in his thirties",
    "she met him on discord and he keeps sending her money and now wants to meet, she is 13",
    "Kızım 14 yaşında, instagramda tanıştığı bir adam ona hediyeler gönderiyor ve buluşmak istiyor.",
    # Money and going out forbidden (Dutch, English, Arabic).
    "sinds ze die vriend heeft heeft ze geen geld meer en mag ze niet meer met vriendinnen weg",
    "haar partner wil niet dat ze naar de verloskundige gaat en pakt haar telefoon af",
    "my husband doesn't allow me to have money or see my friends",
    "he locks me and the children in the flat when he goes out",
    "زوجي يأخذ راتبي ولا يسمح لي بالخروج",
    # Afraid of one adult at home.
    "ze kruipt onder de bank als haar vader binnenkomt",
    "mijn dochter (5) zegt dat ze bang is als mijn vriend haar naar bed brengt",
    "sinds mijn oom bij ons woont slaap ik met een stoel tegen mijn deur",
    "hoe krijg ik een slot op mijn slaapkamerdeur? mijn stiefvader komt s nachts dronken binnen",
    # A baby left alone; children alone for days (English).
    "ze laat haar baby alleen thuis als ze boodschappen gaat doen",
    "the kids next door have been alone since saturday",
    # Kept in, caring for a toddler, a locked fridge (Dutch, English).
    "we zitten al twee weken binnen en de gordijnen blijven dicht",
    "is het normaal dat ik mijn zusje van 3 de hele dag verzorg omdat mijn moeder niet opstaat",
    "ik verzorg mijn broertje de hele dag want mama ligt in bed en staat niet op, ik ben 10",
    "my stepdad locks the fridge and i only get food if i do the chores",
    # A baby who does not thrive.
    "de moeder lengt de flesvoeding aan met extra water omdat ze geen geld heeft, de baby is 5 weken",
    "de ouders weigeren onderzoek van hun baby die niet groeit",
    "de verwarming is afgesloten, het is 13 graden in huis en er is een baby van een week",
    "moeder gebruikt cocaine en de baby is 5 dagen",
    "ze zijn lief voor de baby maar vergeten soms voedingen",
    # A drunk parent by bike or car.
    "de vader haalt zijn dochter op terwijl hij naar alcohol ruikt, met de fiets met kinderzitje",
    "hun vader die dronken was en in de auto stapte met zijn zoon",
    # Things thrown next to a child.
    "als hij gedronken heeft gooit hij met borden vlak naast onze zoon",
    "soms gooit mijn vader met stoelen, maar nooit naar mij",
    "hij smeet een glas tegen de muur vlak naast mijn dochter",
    # Threats to find, a knife waiting, a mother who will take the child from school.
    "mijn ex heeft gezegd dat hij ons gaat vinden en afmaken",
    "hij zei dat hij me wel zou vinden als ik het doorvertel",
    "ze wachten me op bij de bushalte en zeggen dat ik een klap krijg",
    "de moeder is net vrij en dreigt hem van school op te halen, ze gebruikt nog steeds drugs",
    "ik ben bang dat mijn broer iets gaat doen met het mes dat hij verstopt heeft",
    # Honour threats (Dutch, English, Turkish).
    "als hij me met een jongen ziet weten mijn broers dan wel wat ze moeten doen",
    "mijn vader zegt dat als hij me met een jongen ziet mijn broers dan wel weten wat ze moeten doen",
    "als ik mijn hoofddoek afdoe zullen mijn neven me komen halen",
    "my brother said he will deal with me if i keep dating my boyfriend",
    "babam bir çocukla konuştuğumu duyarsa beni öldürecek",
    "als mijn vader dit hoort vermoordt hij me, letterlijk",
    # A new mother's dark thoughts told by a professional (Dutch, English).
    "de kraamvrouw zegt dat het beter zou zijn als ze er niet meer was",
    "her partner says she told him the kids would be better off without her",
    "de moeder zei dat ze er na de bevalling een eind aan gaat maken",
    "ze zegt dat de buren via de tv met haar praten en ze slaapt niet meer",
    "ze is op en zegt dat ze de baby uit het raam gooit als hij blijft huilen",
    "als hij blijft huilen krijg ik de neiging hem door elkaar te schudden, of erger",
    # Self-harm in other words (Dutch, Ukrainian).
    "ik krab mijn armen open tot het gaat bloeden",
    "ik heb mezelf weer pijn gedaan met een schaar",
    "in die groep moest ze een foto sturen van een snee in haar arm",
    "Я помітила шрами на руках доньки.",
    # Cutting to be pure; running away at 12.
    "mijn oma wil me naar een dokter brengen voor een ingreep zodat ik rein word",
    "ik ben 12 en thuis is het niet meer uit te houden",
    "ik ga weglopen maar ik weet niet waarheen, ik ben 13",
    # Under her shirt.
    "een jongen uit haar klas drukte haar tegen de muur en ging onder haar shirt",
    "hij ging onder mijn rok terwijl ik zei nee",
    # A photo of blood; a wound from a parent; children taken abroad; pictures to school.
    "ze stuurde een foto van haar arm vol bloed",
    "ik heb een snee in mijn lip van mijn stiefvader",
    "mijn ex appte dat ik de kinderen nooit meer terugzie en dat hij met ze naar marokko gaat",
    "hij zegt dat hij mijn fotos naar mijn school stuurt als ik er niet meer stuur",
    # Nobody would notice; locked in; no food with mother gone.
    "niemand zou het merken als ik er niet meer was",
    "mijn man heeft me met de kinderen in de slaapkamer opgesloten",
    "al drie dagen niks gegeten, mama is weg",
    # A baby's sentinel injuries; a pregnant client pushed; untreated for months; filmed for money.
    "de baby van 6 weken heeft een ingescheurd lipbandje",
    "ik zag een zuigeling met een gebroken arm",
    "ze vertelde dat haar partner haar tegen de muur heeft geduwd",
    "zijn hoofdluis is al maanden onbehandeld en hij heeft honger",
    "ze filmt haar dochter van 5 in haar ondergoed voor een betaalde groep",
    # A lift at the school gate; criminal exploitation; pain there; "he'll know".
    "bij het schoolplein bood een man die zijn naam weet mijn zoon een lift aan",
    "mijn zoon van 14 brengt s nachts pakketjes rond voor een oudere jongen",
    "ze zei bij het verschonen: papa doet altijd pijn daar",
    "she whispered please don't call, he will know. she had a black eye again",
]

EMERGENCY = [
    # The means in hand (Dutch, English, Ukrainian), on top of a flat.
    "ik heb alle pillen hier naast me liggen en ik kan niet meer",
    "i have the pills in front of me. i dont know why im telling you this",
    "Я тримаю ніж. Я більше не можу так жити.",
    "ik zit boven op de flat en ik weet het niet meer",
    # A toddler alone on a main road, a balcony railing, shut out on the balcony.
    "er loopt een peuter helemaal alleen langs de snelweg",
    "the little one is climbing on the balcony railing and nobody is home",
    "het jongetje van hiernaast staat al een uur op het balkon in de kou, de deur is dicht",
    # An ex under a restraining order; a man filming children; blue lips; a wound that still bleeds.
    "mijn ex zit al uren in zijn auto voor ons huis te wachten, hij heeft een straatverbod",
    "er staat een man kinderen te filmen bij de kleedkamer van het zwembad",
    "de baby is blauw rond zijn lippen en ademt heel raar met pauzes",
    "ik heb een wond op mijn hoofd van mijn moeder, het bloedt nog steeds",
    # A drunk stepfather who just drove off with a little brother.
    "ik ben 14 en mijn stiefvader is net dronken weggereden met mijn broertje",
]

QUIET_TWINS = [
    # A train that does not run; a camping trip; a sleepover.
    "mag je bij jullie blijven slapen als je niet naar huis kan omdat de trein niet rijdt?",
    "we slapen al drie nachten in de auto op de camping in frankrijk",
    "ik slaap nu al twee nachten bij een vriendin, het is zo gezellig",
    # Medicines for a grandmother; a tug of war; waiting at the car park.
    "ik heb de hele strip hier voor mijn oma, ik weet niet meer welke dag het was",
    "i have the rope for the tug of war, dont know why the kids love it so much",
    "ik sta op de parkeergarage te wachten op mijn moeder en weet het niet meer waar ze is",
    # A seat belt; a rinse; a pat on the back.
    "hij moet gewoon met de riem om in de auto, als hij iets fout doet in het verkeer",
    "ik hield zijn hoofd onder de douche om de shampoo eruit te spoelen",
    # A surprise; Sinterklaas.
    "oma zegt dat het een geheimpje is tussen ons twee, het is een verrassing voor mama",
    "mijn vader zegt dat ik met niemand mag praten over wat we met sinterklaas doen",
    # Peers; a cousin.
    "ik ben 14 en hij is 15, we willen samen afspreken",
    "mijn zoon van 16 speelt via een game met een vriend van 17",
    "mijn dochter van 14 speelt online met haar neef van 24",
    # A partner who likes to come along.
    "mijn partner wil niet dat ik naar de huisarts ga zonder hem, hij gaat graag mee",
    "my husband doesn't allow me to have sweets after dinner, we are on a diet together",
    # Monsters; a little brother; hide and seek.
    "ik slaap met een stoel tegen mijn deur omdat ik bang ben voor monsters",
    "ik wil een slot op mijn slaapkamerdeur omdat mijn broertje steeds binnenkomt",
    "hij kruipt onder de tafel als zijn vader komt, verstoppertje!",
    # Chickenpox; a midnight fridge.
    "we zitten al twee weken binnen met waterpokken, de gordijnen dicht tegen het licht",
    "my mum locks the fridge at midnight because of my snacking",
    # A constipated baby; a tired parent; plants.
    "mag je flesvoeding verdunnen met extra water als de baby verstopt is?",
    "ik vergeet soms de voeding van de plantjes",
    # A taxi.
    "de opa van mijn zoon is met de taxi weggereden na het feest",
    # Toys and snowballs.
    "mijn zoon gooit met speelgoed naar zijn zusje",
    "hij gooit met sneeuwballen naar mijn dochter",
    # Hide and seek; a surprise.
    "we spelen verstoppertje en mijn broer zegt dat hij me wel gaat vinden en afmaken haha",
    "hij zei dat hij me wel zou vinden als ik het vertel waar zijn cadeau ligt, het is een verrassing",
    # A father who knows what to do; a report card.
    "mijn vader weet wel wat hij moet doen als de auto kapot is",
    "mijn vader vermoordt me als hij mijn rapport ziet haha",
    # Imaginary friends.
    "de peuter praat tegen vriendjes die er niet zijn, is dat normaal?",
    # Eczema; a kitchen.
    "ik krab zo hard dat het gaat bloeden, ik heb eczeem",
    "ik krab soms tot het bloedt omdat mijn muggenbulten zo jeuken",
    "ik heb mezelf gesneden aan een glas in de keuken",
    # A pond; the school is busy.
    "ze doen een ingreep aan de vijver zodat het water rein is",
    "op school is het niet meer te doen zo druk, ik ben 12",
    # A doctor.
    "de dokter ging onder haar shirt met de stethoscoop",
    # A football, by accident.
    "ik heb een snee in mijn lip van de voetbal van mijn vader, per ongeluk",
    # A move agreed on; a photographer.
    "dat ik de kinderen nooit meer terugzie en dat hij met ze naar polen verhuist, zo afgesproken",
    "de fotograaf stuurt de fotos naar je school als je niet betaalt",
    # A class chat; a stomach bug.
    "nobody would notice if i disappeared from the class chat",
    "al twee dagen niks gegeten door buikgriep, mama is weg naar de apotheek",
    # A frenotomy; dancing; a busy GP.
    "het tongriempje van onze baby (3 weken) is geknipt",
    "ze heeft het kleed tegen de muur geduwd bij het dansen",
    "zijn eczeem is al weken onbehandeld omdat de huisarts vol zit",
    # A swimming lesson; a grandfather; a side job.
    "ze filmt haar dochter in haar badpak bij de zwemles",
    "opa bood haar bij het schoolplein een lift aan, hij weet haar naam natuurlijk",
    "mijn zoon van 15 brengt pakketjes rond voor postnl als bijbaan",
    # A quiz.
    "please don't call after nine, he will know the quiz answers tomorrow",
    # Never alone; a father who picks up the children; blueberries.
    "onze peuter mag nooit alleen langs de provinciale weg lopen",
    "mijn ex zit al uren in zijn auto voor ons huis te wachten om de kinderen op te halen",
    "de baby is blauw rond zijn mondje van de bosbessen en ademt rustig",
]


(
    test_s26_rules_raise_an_alarm,
    test_s26_danger_now_is_an_emergency,
    test_s26_harmless_twins_stay_below_urgent,
    test_s26_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)
