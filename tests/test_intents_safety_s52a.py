"""Safety triage, round s52 part A: danger noticed by professionals (teachers, childcare workers, GPs,
coaches, district teams, a speech therapist, a midwife) that the router called calm in two blind tuning sets
(safety_tune37, professional_tune18), generalised into families and pinned here with own sentences: a drunk
parent who drives off with the child; a child afraid when one adult collects it; a girl threatened with being
sent to family abroad to be "raised"; food withheld as a punishment; a pregnant minor by a relative or a much
older man; an adult in a role who asks a child to keep a secret; violence at home that started again; photos
of children in the shower; a minor who "works" in hotels or bears his initials; a child afraid of men who lost
her toilet training; a toddler alone at home now (an emergency); a parent's urge to smother the baby; children
unseen for days behind closed curtains; a young child who minds a baby at night; an adult bite mark or
cigarette burns; a mouth taped shut; a child called worthless and kept apart; photos of cut arms posted; an
adult who gives drink and gets handsy; a pupil sleeping in the car since the divorce; a worker rough with
children; a toddler who fights being changed with sore private parts; a baby fed too rarely with help refused;
a parent who hits the child, in Arabic. Each with harmless twins that must stay calm."""

from tests.test_intents_safety import not_now_test, round_tests

ALARM = [
    # A drunk parent drives off with the child (Dutch, English).
    "de vader was stomdronken bij het ophalen en reed gewoon met zijn dochter weg in de auto",
    "her mum was clearly drunk at pick-up and drove off with the kids",
    # A child afraid when one adult collects it (Dutch, English).
    "een kleuter in mijn groep is doodsbang als haar oom haar komt ophalen, ze verstopt zich",
    "one of my pupils gets terrified when her stepdad picks her up after school",
    # Sent to family abroad to be raised or married (Dutch, English).
    "mijn leerling zegt dat ze naar Marokko wordt gestuurd om opgevoed te worden als ze met jongens praat",
    "she told me they will send her back to her family in Pakistan to be married off",
    # Food withheld as a punishment (Dutch, English).
    "een leerling vertelt dat hij thuis geen eten krijgt als zijn moeder kwaad is",
    "haar vader geeft haar geen avondeten als ze niet luistert, vertelde ze de coach",
    "one of our cubs says he doesnt get dinner when his stepmum is angry",
    # A minor pregnant by a relative or a much older man (Dutch, English).
    "een leerling van 15 is zwanger van haar stiefvader, ze durft het niemand te zeggen",
    "patient aged 15 says she is pregnant by her uncle",
    "de zwangere 15-jarige vertelde dat de vader van het kind 28 is",
    # An adult in a role asks for secrecy (Dutch, English).
    "de trainer appt een meisje van 13 s avonds laat en vroeg of ze het geheim houdt",
    "a volunteer tutor keeps texting a 12 year old girl late at night and told her to keep it our secret",
    # Violence started again at home (Dutch, English).
    "een leerling vertelde dat het thuis weer begonnen is sinds zijn stiefvader terug is",
    "he says it has started again at home since his dad is back",
    # Photos in the shower (Dutch, English).
    "een ouder zag dat de trainer filmpjes maakte van de meisjes in de kleedkamer",
    "one of the leaders was taking pictures of the boys in the showers at camp",
    # A minor who works in hotels, a tattoo of his name (Dutch).
    "een leerling van 15 moet voor de neef van haar vriend werken en gaat dan naar hotels",
    "mijn dochter van 16 heeft ineens een tattoo met zijn initialen, van haar oudere vriend",
    # Afraid of men with the toilet training lost (Dutch, English).
    "onze kleuter plast weer in haar broek terwijl ze al zindelijk was, en is ineens doodsbang voor mannen",
    "she was toilet trained but now soils and is suddenly scared of men",
    # The urge to smother the baby (Dutch, English).
    "de moeder zei dat ze soms een kussen op zijn gezicht wil drukken zodat hij stil is",
    "a new dad told me he sometimes wants to put a pillow over her face so she stops crying",
    # Children unseen for days, nobody answers (Dutch, English).
    "drie kinderen zijn al twee weken niet op school geweest en niemand doet open",
    "the twins havent been at school for ten days, nobody answers and the curtains are closed",
    # A young child minds a baby at night (Dutch, English).
    "een jongen van 9 moet elke nacht oppassen op zijn zusje omdat zijn moeder gaat stappen",
    "a girl of 8 has to look after her baby brother at night while her parents are out",
    # A bite too large for a child, cigarette burns (Dutch, English, Turkish).
    "op de rug van de dreumes zit een bijtafdruk die te groot is voor een kind",
    "the toddler has round burns like a cigarette on his hand",
    "cocugun elinde sigara yanigi gibi izler var, annesi bir sey demiyor",
    # A mouth taped shut (Dutch, English).
    "de kleuter vertelde dat mama haar mondje dichtplakt als ze te veel praat",
    "he said his dad tapes his mouth shut when he cries",
    # Called worthless by a parent, kept apart (Dutch).
    "de jongen wordt door zijn vader steeds uitgescholden voor nietsnut",
    "ze moet thuis apart eten en mag niet met haar broertjes spelen",
    # Photos of cut arms posted (Dutch, English).
    "een leerling zet filmpjes van haar opengekraste armen op snapchat",
    "my student posts pictures of her cut wrists on instagram",
    # Drink given, then handsy (English).
    "her stepdad buys her cider and then gets handsy with her",
    # Sleeping in the car since the eviction (Dutch, English).
    "mijn leerling slaapt sinds de uitzetting met zijn vader in de auto",
    "my pupil has been sleeping with her mum in the car since the eviction",
    # A worker rough with children (Dutch, English).
    "een collega pakt de peuters heel hardhandig vast en sleurt ze aan de arm mee",
    "a colleague at the nursery drags toddlers by the arm to the changing table",
    "de juf sleurde mijn zoon aan zijn arm de klas in",
    # A toddler fights changing, sore private parts (Dutch).
    "de peuter krijst bij het verschonen en roept niet doen, ze is rood en gezwollen bij haar vagina",
    # A baby fed too rarely, help refused (Dutch).
    "de baby valt af en krijgt maar drie keer per dag een fles, de ouders weigeren kraamzorg",
    # A parent who hits the child (Arabic).
    "امها بتضرب البنت كل يوم لما تبكي",
]

EMERGENCY = [
    # A young child alone at home now, the parent not back (Dutch, English).
    "haar broertje van 2 is alleen thuis, haar moeder is gisteravond weggegaan en niet teruggekomen",
    "a pupil says his baby sister is home alone since this morning, his mum didnt come back",
]

QUIET_TWINS = [
    # Drunk parent: took a taxi; a drunk driver in the news.
    "hij was dronken op het feest maar reed niet, we namen een taxi met de kinderen naar huis",
    "de vader liet na het feest de auto staan en nam een taxi met zijn zoon",
    # Afraid at the dentist; crying because the party ends.
    "mijn dochter is bang als haar vader haar naar de tandarts brengt",
    "hij huilt als zijn moeder hem komt ophalen, hij wil nog spelen",
    # Abroad on holiday to family.
    "mijn dochter wordt in de zomervakantie naar de familie in Turkije gestuurd om te logeren",
    # No sweets, fasting before surgery.
    "hij krijgt geen toetje als zijn moeder boos is, is dat een goede straf",
    "ze mag niet eten voor de operatie omdat ze nuchter moet zijn",
    # Pregnancy of an adult, a teenage couple, a grandparent's age.
    "ik ben 17 en zwanger van mijn vriend, hij is ook 17",
    "mijn zus is zwanger van haar vriend, ze zijn allebei 25",
    # A surprise kept secret.
    "de trainer appte en vroeg of ze het geheim houden, het is een verrassing voor zijn verjaardag",
    # School started again, bedwetting again.
    "thuis is het bedplassen weer begonnen sinds de verhuizing",
    "since the holidays are over school has started again at home with homework fights",
    # A leaking shower, a parent's bath photo, a dance show filmed.
    "we hebben fotos van de douche gemaakt voor de verhuurder, er zit schimmel",
    "ik maak fotos van de kinderen in de douche voor het familiealbum, is dat ok",
    "de trainer filmt de meisjes in de kleedkamer voor de uitvoering van de dansschool",
    # A hotel summer job, a tattoo for grandma.
    "mijn dochter van 16 werkt in de vakantie in de keuken van een hotel",
    "onze zoon van 17 wil een tattoo met de naam van zijn overleden opa",
    # Afraid of the dog; toilet training ordinary.
    "mijn peuter plast weer in haar broek sinds de nieuwe baby er is",
    # Alone at home with an adult, alone told as past.
    "mijn broertje van 4 is thuis bij de oppas, mama is nog niet terug van haar werk",
    "mijn dochter van 4 blijft bij de buurvrouw tot ik terugkom van de winkel",
    # A pillow in the cot.
    "mag er een kussen in het bedje, ik ben bang dat hij het op zijn gezicht krijgt",
    "ik wil de deken op haar bed leggen, is dat veilig voor een baby",
    # Children away on holiday.
    "de kinderen zijn al twee weken niet op school omdat ze op vakantie zijn, niemand doet open",
    # A teenager who babysits for pocket money.
    "mijn dochter van 15 past s avonds op haar broertje en krijgt zakgeld",
    # A toddler's bite, a dog bite, a cigarette question.
    "een ander kind heeft hem gebeten op de opvang, er zit een kleine tandafdruk",
    "ik ben bang dat mijn zoon gaat roken, hoe praat ik over sigaretten",
    # Mouth tape for snoring, tape in a game.
    "mijn man plakt zijn mond af met tape tegen het snurken",
    "de kinderen spelen ontvoerinkje en plakken elkaars mond dicht met tape",
    # Calls himself worthless; eats apart for an allergy.
    "mijn zoon noemt zichzelf waardeloos als hij een toets verprutst",
    "hij moet apart eten vanwege zijn allergie en mag niet met zijn broertjes eten",
    # Make-up wounds for halloween.
    "ze plaatst fotos van haar nep gesneden armen met halloween schmink",
    # A toddler who is handsy; a rash at changing.
    "our toddler gets handsy with the other kids at nursery",
    "mijn peuter gilt bij het verschonen en roept niet doen, ze heeft luieruitslag en de zalf prikt",
    # A nap in the car on a trip.
    "mijn zoon slaapt sinds de vakantie graag met zijn vader in de auto tijdens lange ritten",
    # Rough play, pulled from the road.
    "de leidster trok een kind aan de arm van de weg weg toen er een auto aankwam",
    # A baby who drinks few times a day, no refusal.
    "mijn baby van 3 maanden drinkt maar vier keer per dag, is dat genoeg",
    # Arabic: a husband who never hits, a child who hits others at the creche.
    "زوجي لا يضرب الأطفال أبداً لكنه صارم جداً معهم",
    "ابنتي تضرب الأطفال الآخرين في الحضانة عندما تغضب، ماذا أفعل؟",
    # Arabic: a child hits a ball.
    "ابني يضرب الكرة بقوة في الحديقة",
    # English: grooming question in general.
    "how do I talk to my son about adults who ask kids to keep secrets",
    # A pupil not at school, sick, with mum home.
    "twee leerlingen zijn al drie dagen niet op school, ze hebben griep volgens moeder",
    # Sent to a camp with friends.
    "we sturen hem in de zomer naar zijn familie in Polen, hij vindt het heerlijk",
    # Mother weighs for the dietitian.
    "de dietist vraagt of ik haar elke week weeg, ze krijgt geen snoep als ze te zwaar is",
    # Photos of a scar after surgery.
    "ze deelt fotos van haar arm met het litteken van de operatie",
    # Secret at school for a surprise.
    "de juf vroeg of we het geheim houden, het is een verrassing voor moederdag",
    # A fear of men in a film.
    "in de film is het meisje bang voor mannen, mijn dochter van 9 vond het eng",
    # Curtains closed during a holiday.
    "de buren zijn met vakantie, de gordijnen zijn dicht en niemand neemt op",
    # English: bite by a sibling, ordinary.
    "my toddler bit his brother, there are small teeth marks on his arm",
    # A girl fond of her grandma.
    "mijn dochter is blij als haar oma haar komt ophalen",
    # A holiday with a boyfriend, a parent who drags a reluctant child, a hand on the head.
    "mijn dochter van 17 gaat met haar vriend in de zomer naar hotels in Spanje",
    "mijn zoon van 4 wil niet mee, ik moet hem aan zijn arm meesleuren naar de bso",
    "ik leg mijn hand op zijn hoofd om hem te troosten als hij huilt",
    # English: sleeping in the car on a road trip.
    "we are on a road trip and the kids are sleeping in the car with their dad",
]

URGENT_NOT_NOW = [
    # The same dangers told as a worry or a habit: a person soon, not 112.
    "de vader rook naar drank en reed met zijn dochter weg in de auto, dat was gisteren",
    "de moeder zei dat ze soms een kussen op zijn gezicht wil leggen zodat hij stopt",
    "een meisje van 10 moet s nachts oppassen op haar broertje omdat haar ouders uitgaan",
    "mama plakt mijn mond dicht met tape als ik huil",
]

(
    test_s52a_rules_raise_an_alarm,
    test_s52a_danger_now_is_an_emergency,
    test_s52a_harmless_twins_stay_below_urgent,
    test_s52a_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)

test_s52a_not_now_stays_urgent = not_now_test(URGENT_NOT_NOW)
