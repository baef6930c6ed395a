"""Safety triage, round s54 part E: neglect, a parent's addiction or psychosis that puts a child at risk,
criminal exploitation and accidents now, in Dutch and English, from the blind tuning sets of the thirty-fifth
session (safety_tune45-48, youth_tune30, professional_tune19, short_tune12), generalised into families and
pinned here with own sentences: a parent who sleeps all day or cannot be woken while a young child makes the
bread, cooks or takes the little ones to school, a child waiting outside because the parent may not be woken;
a parent drunk or high while in charge (children out on the street late, forgotten at the school gate, cocaine
while alone with the toddlers, asleep with a burning cigarette, asleep drunk with the baby in bed, an addicted
mother who comes under the influence to take the child back, a drinking partner one is afraid to leave with
the children, drugs and a drive to the nursery); a parent in a psychosis at home (neighbours said to listen
in, windows nailed shut, poison believed in the food, a baby with a message from God, scissors at night,
children who care for the parent "in plaats van andersom"); young children left alone (at night, for a week,
all summer, two days without seeing the mother, a baby left asleep while the parents shop, a neighbour's child
always home alone); neglect seen from outside (the same dirty clothes for weeks, never any shopping, a pupil
who is starving, a growth curve that falls, untreated illness with missed appointments, a broken wrist and no
doctor, a thin baby never taken outside, a baby crying endlessly next door, sleeping among rubbish bags, less
formula to save money, sleeping pills so the parent can go out); criminal exploitation told in other words
("lopen" for older boys, drug pellets in a pocket, a debt for broken earbuds to be worked off, lookouts, a
dealer's house, a second phone and a "baas", called away at once with a knife in the bag, "voor iemand werken"
and scared, children fetching packages from a man, a bank card and PIN lent for money, hemp plants tended at
night, a passport kept by an employer, benefits taken and packages carried, recruited as a courier). When the
danger is now it is an emergency: a drunk parent at the car with the keys and the children, a parent gone for
days and no food left, chased after fetching a package, a toddler who drank screen wash or bit a detergent
capsule or ate grandma's pills, pulled out of the paddling pool coughing, a friend who did not come up, a
child in a hot car, a toddler alone on a balcony high up, "baby ademt raar", a stab wound just brought home, a
child of ten locked out at night. Harmless look-alikes stay calm: a parent on night shifts or a Sunday lie-in,
a parent who never drinks, windows boarded for a storm, a teenager home alone for a weekend, a favourite
shirt, a paper round, a sponsored run, a loan between brothers, a course of pills finished, a dive and up
again, a warm car on holiday, a baby's breathing in its sleep, locked out with a forgotten key."""

from tests.test_intents_safety import not_now_test, round_tests

ALARM = [
    # A parent asleep all day while a young child cares.
    "mijn nichtje van 6 zegt dat haar moeder de hele dag slaapt en dat zij dan zelf boterhammen smeert",
    "ik ben 9 en papa ligt altijd op de bank te slapen, dan moet ik voor mijn zusje zorgen en eten maken",
    "een kleuter uit mijn klas vertelt dat mama altijd slaapt als ze thuiskomt en dat ze dan honger heeft",
    "my dad sleeps all day since he lost his job and i have to make dinner for my little sister. im 11",
    "the boy (8) says his mother is always asleep when he gets home and he has to feed his baby brother",
    "mama neemt slaappillen met drank en dan krijg ik haar niet wakker, ik ben 10",
    "het jongetje van hiernaast staat om half 8 buiten in de regen omdat mama nog niet wakker mag worden",
    # A parent drunk or high in charge.
    "de kinderen van de overburen (4 en 6) lopen vaak tot 11 uur savonds op straat, de vader is dan dronken",
    "my neighbour's kids (5 and 7) are outside until midnight most nights and their mum seems drunk",
    "papa blowt heel veel en dan vergeet hij mij op te halen van de opvang",
    "my mum drinks and she forgot to pick us up from school again",
    "mijn ex gebruikt speed, ook terwijl hij alleen op de kinderen past",
    "he takes coke even when he is alone looking after the kids",
    "mijn vader is verslaafd aan drank en valt elke avond in slaap met een brandende sigaret",
    "als mijn man gedronken heeft slaapt hij met onze baby in bed en vorige week lag hij er bijna bovenop",
    "mijn stiefmoeder drinkt elke dag en is vaak snachts weg, dan moet ik voor mijn broertjes zorgen",
    "mn vader is weer dronken dus ik breng mn zusje naar school. ik ben 13",
    "mijn zus is verslaafd en komt onder invloed aan de deur en roept dat ze haar zoon komt halen",
    "mijn vriend drinkt veel en ik ben bang om hem met de kinderen alleen te laten",
    "my ex has a drinking problem and my son said his dad fell asleep on the floor all afternoon",
    # Drugs and driving with the child, as a habit.
    "mijn man gebruikt coke en rijdt dan met onze dochter naar school",
    # A parent in a psychosis at home.
    "mijn moeder is gestopt met haar medicijnen en zegt dat de buren ons afluisteren, ik ben 12",
    "mijn vader is psychotisch en heeft alle ramen afgeplakt, mijn broertje is 6",
    "mijn man is erg achterdochtig en denkt dat ik gif in zijn eten doe",
    "mijn vader is psychotisch en denkt dat wij hem willen vergiftigen, ik ben 13",
    "my mum stopped her meds and taped the windows over, she says the neighbours are watching us",
    "sinds ze gestopt is met lithium zegt mijn vrouw dat ons kindje de duivel in zich heeft",
    "mijn vader is weer psychotisch en loopt snachts met een mes door het huis, mijn zusje is 8",
    "sinds mama opgenomen was zorgen wij voor haar in plaats van andersom, ik ben 12 en mijn zus 9",
    # Young children left alone.
    "a girl in my class (10) is often alone at night because her dad goes out",
    "ik ben 11 en mijn moeder is bijna nooit thuis, soms twee weken niet",
    "mijn ouders laten mij en mijn broertje van 7 een week alleen thuis terwijl ze op vakantie zijn",
    "een leerling van 8 zegt dat ze haar moeder al drie dagen niet heeft gezien",
    "ze laten hun baby alleen slapen als ze naar de kroeg gaan",
    "buurmeisje altijd alleen thuis",
    # A child who will not go home and will not say why.
    "ik wil vandaag niet naar huis. het is daar niet fijn maar meer wil ik niet zeggen. ik ben 10",
    "i dont want to go home after school, i cant say more. im 9",
    # Neglect seen from outside.
    "een kleuter uit de groep heeft al weken dezelfde vieze broek aan en ruikt naar plas",
    "mijn pupil van 6 zegt dat er thuis nooit eten is",
    "de jongen van 8 is steeds uitgehongerd als hij op school komt en zegt dat hij op zijn zusjes past",
    "het dochtertje van mijn buren is al maanden niet gegroeid en heeft altijd vieze kleren aan",
    "jeugdarts: kind van 4 met onbehandelde gaatjes en kiespijn, ouders hebben drie afspraken gemist",
    "mijn kleinzoon heeft een gebroken arm maar zijn vader wil niet met hem naar de huisarts. hij is 7",
    "de baby van de bovenburen huilt urenlang door de muur en ik zie nooit iemand",
    "de kinderen slapen daar tussen het afval en de kattenpoep",
    "ze geeft de baby minder flesvoeding om geld te sparen, hij is mager",
    "mijn moeder geeft mijn broertje slaappillen zodat ze kan stappen",
    # Criminal exploitation told in other words.
    "mijn neef van 15 moet voor die jongens gaan lopen omdat hij een schuld heeft",
    "mijn broertje van 14 had bolletjes in zijn sokken zitten",
    "mijn zoon van 14 heeft een schuld van 200 euro bij een paar jongens en moet het nu wegwerken",
    "de leerling (12) heeft een schuld voor een gestolen fiets en de oudere jongens wachten hem op",
    "jongens van 13 staan voor oudere jongens op de uitkijk bij de flat",
    "mijn dochter van 15 komt steeds bij een dealerwoning in de straat",
    "mijn zoon van 16 zegt dat hij klusjes moet doen voor de jongens",
    "mijn zoon (15) heeft een tweede telefoon en is bang als er gebeld wordt, hij praat over geld",
    "mijn zoon van 13 wordt vaak gebeld en gaat dan meteen weg, daarna komt hij met geld thuis",
    "de jongen (16) vertelde dat hij voor iemand moet werken en bang is",
    "mijn dochter (14) heeft haar pinpas uitgeleend aan een gast op snap voor 300 euro",
    "mijn zoon van 16 heeft zijn bankpas uitgeleend en kreeg er 200 euro voor",
    "my son (16) lent his bank card to a guy on snapchat for 300 euros",
    "een leerling van 13 zegt dat zijn oom hem dwingt de wietplanten in de schuur te verzorgen",
    "de baas van mijn dochter (17) heeft haar paspoort afgepakt",
    "they take his benefits and make him carry packages, he is 17",
    "my nephew (16) was recruited by an older guy for fast money as a courier",
]

EMERGENCY = [
    # A drunk parent at the car with the children.
    "papa is dronken en wil ons nu met de auto naar huis rijden, hij heeft de sleutels al",
    # A parent gone for days, no food.
    "my dad has been gone since monday, im 11 and my little sister is 5, theres no food left",
    # Chased after a package.
    "mijn neefje moest van een jongen een pakketje wegbrengen en nu wordt hij achtervolgd",
    # Accidents and illness now.
    "mijn dochtertje van 2 heeft antivries gedronken uit de garage",
    "my toddler just drank some windscreen washer fluid",
    "onze zoon van 1 heeft in een vaatwastablet gebeten en huilt",
    "mijn kleuter heeft de slaappillen van oma opgegeten",
    "ons dochtertje heeft een paar pillen uit de la opgesnoept",
    "mijn zoontje van 2 is in de vijver gevallen, ik heb hem eruit gehaald maar hij hoest en is blauw",
    "my friend dived off the pier and hasnt come up",
    "er zit een baby in een bloedhete auto op de parkeerplaats",
    "peuter alleen op balkon 4 hoog",
    "baby ademt heel raar",
    "mijn zoon is net thuisgekomen met een steekwond en bloedt erg",
    # A young child locked out at night.
    "mijn vader heeft me buiten gezet en het is 11 uur snachts, ik ben 9 en heb geen jas",
]

QUIET_TWINS = [
    # A parent asleep, harmless.
    "mama werkt nachtdienst en slaapt overdag, dan maak ik soms eten voor mijn broertje",
    "mijn vader slaapt altijd uit op zondag en dan maak ik ontbijt voor iedereen",
    "my mum has the flu and sleeps all day so i make dinner",
    "oma slaapt de hele dag, is dat normaal op haar leeftijd?",
    # Drinking, harmless.
    "mijn man drinkt nooit als hij op de kinderen past",
    "we hebben een feestje met alleen volwassenen, de kinderen slapen bij opa",
    "mijn vriendin en ik slapen met de baby in bed, is dat veilig?",
    "ik ben bang om mijn man met de tweeling alleen te laten, hij kan nog geen luier verschonen",
    "my dad fell asleep on the sofa watching football",
    # Driving.
    "ik rijd elke ochtend met onze dochter naar school",
    "mijn vader was dronken op de bruiloft dus hij liet de auto staan en we namen een taxi",
    # Psychosis look-alikes.
    "mijn dochter van 15 zegt dat mensen haar volgen op tiktok en ze neemt medicijnen voor adhd",
    "we taped the windows over before painting the frames",
    "my son thinks the neighbours are watching us because they wave a lot, haha",
    "de buren hebben hun ramen dichtgetimmerd na de storm",
    "mijn zoon zegt als grapje dat ik gif in zijn eten doe als ik spruitjes maak",
    "de kinderen zorgen nu voor oma in plaats van andersom",
    # Left alone, harmless.
    "mijn zoon van 16 is dit weekend alleen thuis, mag dat?",
    "mijn vader is bijna nooit thuis, hij werkt op zee, soms twee weken niet. ik woon bij mama",
    "onze baby leert alleen slapen in haar eigen kamer",
    "buurjongen van 17 altijd alleen thuis",
    # Neglect look-alikes.
    "mijn zoon wil elke dag dezelfde voetbalshirt aan, wat moet ik doen",
    "na de training is hij altijd uitgehongerd",
    "we hebben één afspraak bij het consultatiebureau gemist door ziekte",
    "mijn dochter heeft vorig jaar haar pols gebroken en is nu weer helemaal beter",
    "onze baby huilt soms urenlang, hoe kan ik haar troosten?",
    "we hebben geen luiers meer kunnen kopen deze week, waar kan ik hulp krijgen",
    # Exploitation look-alikes.
    "mijn zoon van 14 loopt een marathon voor iemand met kanker",
    "mijn dochter van 13 heeft een krantenwijk en brengt pakketjes rond voor postnl",
    "mijn zoon (15) heeft een schuld bij zijn broer voor een kapotte controller",
    "mijn zoon van 15 heeft een tweede telefoon voor zijn bijbaan",
    "mijn dochter van 14 heeft een tweede telefoon en is bang dat wij hem vinden",
    "mijn zoon van 15 werkt voor een man in de bouw en komt thuis met veel geld",
    "mijn zoon van 12 verzorgt de tomatenplanten in de kas van opa",
    "mag mijn zoon van 16 zijn bankpas uitlenen aan zijn moeder?",
    "my son (15) gave his bank card to his mum to buy groceries",
    # Accidents, harmless.
    "mijn peuter heeft limonade gedronken uit een fles",
    "how do i keep my toddler away from the bleach under the sink?",
    "mijn dochter heeft haar antibiotica op, moet ik nieuwe halen bij de apotheek?",
    "mijn zoontje heeft zijn paracetamol op",
    "mijn dochter van 3 is in het zwembadje gevallen en lachte",
    "hij dook onder water en kwam meteen weer boven",
    "we zitten met de kinderen in een hete auto op weg naar frankrijk",
    "mijn peuter speelt op het balkon op 4 hoog en ik zit ernaast",
    "mijn baby ademt raar in zijn slaap, is dat normaal?",
    "in de serie kwam de agent net thuis met een steekwond",
    "mijn puber is altijd uitgehongerd",
    "mijn zoon van 4 wil elke dag dezelfde broek aan",
    "mijn zoon wil thuis nooit eten, alleen snoep",
    "de groei van onze baby lijkt stil te staan, is dat erg?",
    "ik ben 15 en moet mijn achterstand wegwerken voor school",
    "mijn zoon van 14 wil een tweede telefoon maar we hebben geen geld",
    "mijn dochter van 16 heeft een baas bij de bakker die streng is",
    "mijn vader is bijna nooit thuis, hij werkt hele dagen, ik ben 12",
    "mijn zoon van 17 is vaak tot 2 uur buiten en komt dan dronken thuis",
    "my son (16) stays out until midnight and comes home drunk",
    "mijn zoontje van 6 heeft zwemles maar komt nog niet boven water met zijn hoofd",
    "ik wil niet naar huis, het is hier zo gezellig bij oma. ik ben 8",
    "ik wil nog niet naar huis, de film is nog niet af. ik ben 10",
    "ik wil na de training niet naar huis, we gaan nog spelen en ik ben niet bang. ik ben 11",
    # Locked out, harmless.
    "mijn broer heeft me buitengesloten van zijn kamer, het is 9 uur en ik ben 10",
    "ik heb mezelf buitengesloten, sleutel vergeten, het is 11 uur snachts en ik ben 12",
    "mijn vrienden hebben me buitengesloten in de groepsapp, ik ben 11",
]

URGENT_NOT_NOW = [
    # Neglect and exploitation: a person soon, not 112, even with a night or a now in the message.
    "mijn moeder slaapt altijd, snachts moet ik mijn broertje de fles geven. ik ben 10",
    "mijn zoon van 15 moet voor die jongens lopen, hij is nu weer weg",
]

(
    test_s54e_rules_raise_an_alarm,
    test_s54e_danger_now_is_an_emergency,
    test_s54e_harmless_twins_stay_below_urgent,
    test_s54e_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)

test_s54e_not_now_stays_urgent = not_now_test(URGENT_NOT_NOW)
