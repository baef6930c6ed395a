"""Every taxonomy category is reachable from realistic messages, including typos and SMS spelling."""

import pytest

from intents import Route, route
from intents.lexicon import match
from intents.router import route_with_model
from intents.text import tokenize
from knowledge.taxonomy import CODES

MESSAGES: dict[str, list[str]] = {
    "parenting": [
        "mn kind luistert nie, wat moet ik doen",
        "Mijn dochter doet nooit wat ik vraag, moet ik haar straffen of juist belonen?",
    ],
    "baby": [
        "onze baby van 3 weken huilt heel veel en heeft krampjes",
        "hoe lang moet ik borstvoeding gefen",
    ],
    "sleep": [
        "mijn dochter van 2 slaapt niet door",
        "hij wil savonds nooit naar bed en is om 5 uur al wakker",
    ],
    "eating": [
        "ze is erg kieskeurig met eten, wat kan ik doen",
        "mijn zoontje wil nooit groentes eten",
    ],
    "toilet": [
        "m dochter v 4 plast nog steeds in bed snachts, is dat normaal??",
        "hoe krijg ik m'n peuter zindelijk",
        "bedplasen bij een kind van 7",
    ],
    "development": [
        "mijn zoon van 2 praat nog bijna niet",
        "onze dochter van 18 maanden loopt nog niet",
    ],
    "behaviour": [
        "mijn zoon heeft vreselijke driftbuien",
        "hij is zo druk, kan het adhd zijn?",
        "mijn zoontje van 3 slaat mij als hij boos is",
    ],
    "anxiety": [
        "hij is bang in het donker",
        "ze wil niet dat ik wegga, huilt bij het afscheid op de opvang",
    ],
    "low_mood": [
        "mijn dochter van 15 is zo somber de laatste tijd",
        "ik denk dat mijn zoon depressief is",
    ],
    "self_image": [
        "mijn zoon is erg onzeker over zichzelf",
        "hij zegt steeds dat hij niks kan",
    ],
    "emotions": [
        "mijn zoon kan echt niet tegen zijn verlies bij spelletjes",
        "hoe leer ik mijn kind zijn emoties te uiten",
    ],
    "trauma_grief": [
        "opa is overleden, hoe vertel ik dat aan mijn kinderen",
        "hoe help ik mijn dochter met rouw om haar vader",
    ],
    "bullying": [
        "zn zoon wordt gepest op schl wat kan ik doen",
        "ze wordt online uitgescholden in een groepsapp",
    ],
    "school": [
        "hij wil niet naar school en zit nu al weken thuis",
        "schoolweigering bij mijn dochter van 13",
        "Geachte heer/mevrouw, ik maak mij zorgen over een leerling uit mijn klas die al drie weken "
        "niet op school is geweest. Wat kan ik doen?",
    ],
    "divorce": [
        "wij gaan scheiden, hoe vertellen we het de kinderen",
        "ex wil de kids nie meer zien na de scheidng",
    ],
    "puberty": [
        "mijn puber van 14 heeft de hele dag een grote mond",
        "we hebben alleen nog maar ruzie met onze tiener",
    ],
    "sexuality": [
        "hoe geef ik seksuele voorlichting aan mijn zoon van 10",
        "mijn kind zegt dat hij transgender is",
    ],
    "media": [
        "mijn kind zit te veel op zn telefoon",
        "mijn zoon gamet de hele dag fortnite",
        "how much screen time for a 10 year old",
    ],
    "substances": [
        "k denk dat m'n zoon wiet rookt",
        "mijn dochter van 15 drinkt alcohol op feestjes",
    ],
    "parent_mental_health": [
        "mijn partner is depressief, hoe leg ik dat uit aan de kinderen",
        "mijn man drinkt te veel en de kinderen merken het",
    ],
    "parent_wellbeing": [
        "ik ben alleenstaande moeder en helemaal uitgeput",
        "ik voel me zo overbelast als ouder",
    ],
    "money": [
        "ik heb schulden en kan de sportclub van mijn zoon niet betalen",
        "kan ik naar de voedselbank",
    ],
    "housing": [
        "we worden uit huis gezet, waar kunnen we heen",
        "mijn zoon van 18 wil zelfstandig wonen",
    ],
    "pregnancy": [
        "ik ben 16 en zwanger wat moet ik doen",
        "hoe bereid ik me voor op de bevalling",
    ],
    "disability": [
        "mijn zoon heeft autisme en raakt snel overprikkeld",
        "hoe ga je om met een chronisch ziek kind",
    ],
    "safety": [
        "ik vermoed kindermishandeling bij de buren",
        "hoe meld ik iets bij veilig thuis",
    ],
    "access_to_care": [
        "hoe lang is de wachtlijst voor jeugdhulp",
        "kan ik een pgb aanvragen voor mijn zoon",
    ],
    "courses": [
        "is er een opvoedcursus in haarlem",
        "waar kan ik me aanmelden voor een weerbaarheidstraining",
    ],
}
CASES = [(code, text) for code, texts in MESSAGES.items() for text in texts]

# Short questions as parents, young people and professionals type them: SMS spelling, English, and
# Turkish, Polish, Arabic and Ukrainian.
SHORT: dict[str, list[str]] = {
    "parenting": [
        "mijn dochter van 6 luistert totaal niet, ik moet alles 10 keer zeggen",
        "hoe stel ik grenzen bij mijn zoon van 4 zonder steeds boos te worden",
        "werkt een beloningssysteem met stickers echt?",
        "mijn man en ik zijn het oneens over de opvoeding, hij is veel strenger",
        "onze kinderen maken de hele dag ruzie met elkaar, hoe pak ik dat aan",
        "mag je je kind een tik op de billen geven als straf?",
        "hoe krijg ik mijn kinderen smorgens op tijd aangekleed zonder gedoe",
        "my 5 year old doesnt listen to anything I say",
        "Oğlum hiç söz dinlemiyor, ne yapmalıyım?",
        "mn zoon doet nooit wat ik vraag wrm is dat",
    ],
    "baby": [
        "mijn baby van 6 weken huilt de hele avond en is niet te troosten",
        "hoe vaak moet een baby van 3 maanden flesvoeding krijgen",
        "borstvoeding doet pijn, ik heb kloven",
        "wanneer mag ik beginnen met hapjes",
        "mijn dochtertje spuugt na elke voeding",
        "is het normaal dat mijn baby van 7 maanden nog niet kruipt",
        "my newborn has colic, what can I do",
        "moje niemowlę ciągle płacze",
        "طفلي الرضيع يبكي كثيرا في الليل",
    ],
    "sleep": [
        "mijn zoon van 3 wil savonds niet naar bed en komt steeds zijn kamer uit",
        "onze dochter wordt elke nacht om 3 uur wakker",
        "hij heeft vaak nachtmerries en komt dan bij ons in bed",
        "hoe lang moet een kind van 2 een middagslaapje doen",
        "ze slaapt pas na een uur in, wat kan ik doen",
        "my toddler wakes up at 5 every morning",
        "Kızım geceleri uyumuyor",
        "мій син погано спить вночі",
        "slaapt mn dochter te weinig?",
    ],
    "eating": [
        "mijn dochter van 4 eet bijna geen groente",
        "hij is zo kieskeurig, hij eet alleen pasta en brood",
        "mijn zoon van 10 heeft overgewicht, hoe help ik hem",
        "ze snoept stiekem veel",
        "ik denk dat mijn dochter van 15 anorexia heeft, ze eet bijna niks en valt af",
        "elke maaltijd is een strijd aan tafel",
        "hoeveel suiker mag een kind per dag",
        "my son refuses to eat vegetables",
        "Oğlum yemek yemiyor",
        "mój syn nie chce jeść",
    ],
    "toilet": [
        "mijn dochter van 5 plast nog elke nacht in bed",
        "hoe maak ik mijn peuter zindelijk",
        "hij poept steeds in zijn broek terwijl hij al 6 is",
        "werkt een plaswekker bij bedplassen",
        "ze wil niet op het potje zitten",
        "mijn zoon heeft last van verstopping en houdt zijn poep op",
        "onze kleuter heeft overdag nog ongelukjes",
        "my 7 year old still wets the bed",
        "k krijg mn zoon nie zindelijk",
        "moja córka moczy się w nocy",
    ],
    "development": [
        "mijn zoon van 2 zegt nog maar 5 woordjes",
        "onze dochter van 16 maanden loopt nog niet",
        "hij stottert sinds een paar weken",
        "moet mijn kind naar de logopedie, hij is slecht verstaanbaar",
        "mijn kleuter is heel onhandig met knippen en tekenen",
        "we voeden ons kind tweetalig op, is dat verwarrend",
        "is het normaal dat mijn zoon van 3 nog geen zinnen maakt",
        "my son is 2 and not talking yet",
        "Oğlum 3 yaşında ama hâlâ konuşmuyor",
        "мій син у 3 роки ще не говорить",
    ],
    "behaviour": [
        "mijn zoon van 3 heeft elke dag driftbuien",
        "hij slaat en bijt andere kinderen op de opvang",
        "mijn dochter is zo druk, kan dat adhd zijn",
        "mijn zoon van 8 liegt steeds over kleine dingen",
        "hij heeft geld uit mijn portemonnee gestolen",
        "de juf zegt dat hij steeds de les verstoort en vecht in de pauze",
        "mijn kind scheldt en gooit met spullen als hij zijn zin niet krijgt",
        "my son has terrible tantrums",
        "mijn zoontje van 4 is heel agressief naar zijn broertje",
        "oglum cok saldirgan ve kardesine vuruyor",
    ],
    "anxiety": [
        "mijn dochter is bang in het donker",
        "hij heeft faalangst en krijgt buikpijn voor elke toets",
        "ze klampt zich vast aan mij als ik haar naar de opvang breng",
        "mijn zoon piekert heel veel en kan daardoor niet slapen",
        "mijn kind heeft paniekaanvallen",
        "ze durft niet alleen naar boven",
        "hij is bang voor honden en raakt in paniek",
        "my daughter has anxiety about going to school",
        "córka boi się chodzić do szkoły",
        "ابني يخاف من الظلام",
    ],
    "low_mood": [
        "mijn dochter van 15 zit al weken in de put",
        "mijn zoon zit niet lekker in zijn vel en heeft nergens zin in",
        "ze huilt veel en trekt zich terug op haar kamer",
        "ik denk dat mijn puber depressief is",
        "hij is zo somber sinds de zomer",
        "mijn dochter zegt dat ze zich leeg voelt",
        "my son seems depressed and stays in his room",
        "ik voel me heel somber en eenzaam, ik ben 16",
        "moja córka ma depresję",
        "донька постійно сумна і плаче",
    ],
    "self_image": [
        "mijn zoon is heel onzeker en durft niks",
        "ze heeft geen vriendinnen en speelt altijd alleen",
        "hij zegt steeds dat hij dom is",
        "hoe maak ik mijn dochter weerbaarder",
        "mijn kind komt niet voor zichzelf op",
        "ze vindt zichzelf lelijk en te dik",
        "my daughter has low self esteem",
        "hij is erg verlegen en maakt moeilijk vrienden",
        "mijn zoon hoort er niet bij in de klas",
        "kızımın özgüveni çok düşük",
    ],
    "emotions": [
        "mijn zoon van 9 kan niet tegen zijn verlies",
        "ze wordt heel snel boos en ontploft dan",
        "hoe leer ik mijn kind zijn emoties te uiten",
        "mijn dochter is erg jaloers op haar zusje",
        "hij is heel gevoelig en huilt om alles",
        "mijn kind kan slecht omgaan met teleurstellingen",
        "my son gets so angry when he loses",
        "ze heeft een kort lontje",
        "mijn dochter van 10 heeft enorme woede-uitbarstingen",
        "syn ma problem ze złością",
    ],
    "trauma_grief": [
        "opa is overleden, hoe vertel ik dat aan mijn kinderen van 4 en 7",
        "mijn dochter heeft een ongeluk gezien en is sindsdien angstig",
        "hoe help ik mijn zoon bij de rouw om zijn vader",
        "onze hond is dood en mijn dochter is ontroostbaar",
        "mag mijn kind mee naar de begrafenis",
        "we zijn gevlucht uit de oorlog en mijn zoon heeft nachtmerries",
        "sinds het overlijden van mijn man slaapt mijn dochter slecht",
        "my children's grandmother passed away",
        "мій син пережив війну і тепер боїться гучних звуків",
        "توفي والد زوجي وابني حزين جدا",
    ],
    "bullying": [
        "mijn zoon wordt gepest op school",
        "ze wordt buitengesloten in de groepsapp van de klas",
        "mijn dochter wordt online uitgescholden",
        "de school doet niks tegen het pesten",
        "ik denk dat mijn zoon zelf pest",
        "my son is being bullied at school",
        "hij wordt elke dag uitgelachen door klasgenoten",
        "zn dochter wordt gepest wat moet k doen",
        "oğlum okulda zorbalığa uğruyor",
        "mój syn jest prześladowany w szkole",
    ],
    "school": [
        "mijn zoon wil niet meer naar school",
        "mijn dochter is een thuiszitter",
        "hoe weet ik of mijn kind dyslexie heeft",
        "hij haalt slechte cijfers en heeft geen motivatie",
        "welk schooladvies past bij mijn kind",
        "ik ben leerkracht en een leerling in mijn klas verzuimt veel, wat zijn de stappen met de"
        " leerplichtambtenaar",
        "mijn dochter heeft moeite met huiswerk plannen",
        "my daughter refuses to go to school",
        "oğlum okula gitmek istemiyor",
        "мій син не хоче ходити до школи",
    ],
    "divorce": [
        "wij gaan scheiden, hoe vertellen we het de kinderen",
        "mijn ex houdt zich niet aan de omgangsregeling",
        "hoe werkt co-ouderschap met jonge kinderen",
        "mijn zoon wil niet meer naar zijn vader",
        "hoe ga je om met een nieuwe partner van je ex",
        "wij zijn een samengesteld gezin en het botst tussen de kinderen",
        "we are getting divorced, how do we tell the kids",
        "ik ben gescheiden en de kinderen zijn om de week bij mij",
        "boşandık ve çocuklarım çok üzgün",
        "розлучаємося, як сказати дітям",
    ],
    "puberty": [
        "mijn puber van 14 heeft de hele dag een grote mond",
        "hoe laat moet mijn dochter van 15 thuis zijn van een feestje",
        "onze zoon van 13 praat niet meer met ons",
        "mijn dochter wordt binnenkort ongesteld, hoe bereid ik haar voor",
        "we hebben steeds ruzie met onze tiener over de regels",
        "my teenage son is so rude",
        "mijn zoon van 16 wil meer vrijheid",
        "hoe ga ik om met het puberbrein",
        "mój nastolatek jest bardzo zbuntowany",
        "мій підліток постійно грубить",
    ],
    "sexuality": [
        "hoe geef ik seksuele voorlichting aan mijn zoon van 10",
        "mijn dochter vertelde dat ze lesbisch is",
        "mijn zoon van 14 zegt dat hij transgender is",
        "mijn dochter van 13 stuurt sexy fotos naar een jongen uit haar klas",
        "mijn kleuter zit vaak aan zijn piemel, is dat normaal",
        "wanneer praat je met je kind over seks",
        "my daughter has a boyfriend, should we talk about contraception",
        "mijn zoon kijkt porno op zijn telefoon",
        "wanneer moet mijn dochter aan de pil",
    ],
    "media": [
        "mijn zoon gamet de hele dag fortnite",
        "hoeveel schermtijd is normaal voor een kind van 6",
        "vanaf welke leeftijd mag mijn kind een telefoon",
        "mijn dochter zit de hele dag op tiktok",
        "hij wordt heel boos als ik zijn telefoon afpak",
        "hoe stel ik ouderlijk toezicht in op de ipad",
        "my son is addicted to video games",
        "mijn kind zit te veel op zijn mobiel",
        "oğlum bütün gün telefonla oynuyor",
        "мій син весь день грає в ігри на телефоні",
    ],
    "substances": [
        "ik denk dat mijn zoon van 16 blowt",
        "mijn dochter van 14 kwam dronken thuis",
        "hij vapet en ik weet niet hoe ik het moet stoppen",
        "mijn zoon gebruikt lachgas met vrienden",
        "vanaf welke leeftijd mag een kind alcohol drinken",
        "i found weed in my son's room",
        "ze rookt stiekem sigaretten",
        "mijn zoon drinkt elk weekend te veel op feestjes",
        "oğlum sigara içiyor",
        "syn pali marihuanę",
    ],
    "parent_mental_health": [
        "mijn man is depressief, hoe leg ik dat uit aan de kinderen",
        "ik heb een bipolaire stoornis, hoe praat ik daarover met mijn kinderen",
        "mijn vrouw drinkt te veel en de kinderen merken het",
        "ik ben opgenomen geweest en mijn dochter is sindsdien angstig",
        "mijn partner heeft een psychose gehad",
        "ik heb een postnatale depressie",
        "my husband is an alcoholic and the kids see it",
        "mama is ziek in haar hoofd, hoe vertel ik dat mijn kind",
    ],
    "parent_wellbeing": [
        "ik kan het niet meer aan met drie kleine kinderen",
        "ik ben alleenstaande moeder en helemaal uitgeput",
        "ik voel me een slechte moeder omdat ik steeds schreeuw",
        "ik heb geen tijd meer voor mezelf",
        "ik loop op mijn tandvlees",
        "ik heb geen netwerk en sta er alleen voor",
        "I am so exhausted as a single mum",
        "werk en gezin combineren lukt me niet meer",
        "ik voel me zo overbelast als ouder",
        "jestem bardzo zmęczona, nie daję rady z dziećmi",
    ],
    "money": [
        "ik heb schulden en kan de sportclub van mijn zoon niet betalen",
        "kan ik naar de voedselbank",
        "hoe vraag ik kindgebonden budget aan",
        "is er een regeling voor de ouderbijdrage van school",
        "we hebben geldzorgen sinds ik mijn baan kwijt ben",
        "kan stichting leergeld een laptop betalen",
        "we cannot afford school trips",
        "ik zit in de bijstand en de kinderen willen op zwemles",
        "mamy długi i nie mamy pieniędzy",
        "لدينا ديون كثيرة",
    ],
    "housing": [
        "we worden uit huis gezet, waar kunnen we heen",
        "mijn zoon van 18 wil zelfstandig wonen",
        "ik slaap al weken bij vrienden op de bank, ik ben 19",
        "ons huis is te klein voor vier kinderen",
        "hoe kom ik aan een urgentieverklaring",
        "er zit overal schimmel in ons huis en de kinderen zijn vaak ziek",
        "we have nowhere to live",
        "ik heb een huurachterstand en ben bang voor ontruiming",
        "nie mamy gdzie mieszkać",
        "мені ніде жити з дітьми",
    ],
    "pregnancy": [
        "ik ben 16 en zwanger wat moet ik doen",
        "hoe bereid ik me voor op de bevalling",
        "ik ben ongepland zwanger en twijfel",
        "hoe vertel ik mijn oudste dat er een baby komt",
        "wanneer moet ik de verloskundige bellen",
        "mijn vriendin is zwanger en ik ben 17",
        "I'm pregnant and scared",
        "wat doet de kraamzorg",
        "jestem w ciąży i nie wiem co robić",
        "я вагітна і мені 17",
    ],
    "disability": [
        "mijn zoon heeft autisme en raakt snel overprikkeld",
        "hoe ga je om met een chronisch ziek kind",
        "onze dochter heeft een verstandelijke beperking",
        "hoe regel ik logeeropvang voor mijn zoon met een beperking",
        "mijn kind heeft diabetes type 1, hoe gaat dat op school",
        "my son is autistic and has meltdowns",
        "hoe leg ik zijn broertje uit dat zijn broer autisme heeft",
        "mijn dochter zit in een rolstoel en wil sporten",
        "mój syn ma autyzm",
        "ابني مصاب بالتوحد",
    ],
    "safety": [
        "ik vermoed kindermishandeling bij de buren",
        "hoe meld ik iets bij veilig thuis",
        "hoe werkt de meldcode huiselijk geweld en kindermishandeling?",
        "ik maak me zorgen over de thuissituatie van een leerling",
        "wat zijn signalen van verwaarlozing?",
        "mijn partner is agressief tegen mij",
        "mijn man slaat me",
        "how do I report child abuse",
        "welke stappen zet ik als ik een vermoeden heb van huiselijk geweld?",
    ],
    "access_to_care": [
        "hoe lang is de wachtlijst voor jeugdhulp",
        "kan ik een pgb aanvragen voor mijn zoon",
        "hoe kom ik aan een verwijzing voor een kinderpsycholoog",
        "hoe neem ik contact op met het wijkteam",
        "de huisarts wil niet doorverwijzen, wat nu",
        "how do I get help for my child",
        "moet ik zelf betalen voor jeugdhulp",
        "gdzie mogę dostać pomoc psychologa dla dziecka",
        "як отримати направлення до психолога для дитини",
    ],
    "courses": [
        "is er een opvoedcursus in haarlem",
        "waar kan ik me aanmelden voor een weerbaarheidstraining",
        "mijn zoon wil meedoen met kanjertraining",
        "is er een KIES groep voor kinderen van gescheiden ouders",
        "wanneer is de volgende ouderavond over schermtijd",
        "is there a parenting course in english",
        "heeft het cjg een cursus babymassage",
        "is er een praatgroep voor ouders van kinderen met autisme",
        "zijn er trainingen voor faalangst",
        "czy są kursy dla rodziców",
    ],
}
# Long stories with the question last, formal professionals, and young people in chat style.
LONG: dict[str, list[str]] = {
    "parenting": [
        "mn dochter v 5 zegt steeds nee tegen alles wat ik vraag, hoe reageer ik daar t best op",
    ],
    "baby": [
        "Ik ben net bevallen van mijn eerste kindje, ze is nu 3 weken. Ze wil de hele tijd aan de"
        " borst en ik weet niet of ze genoeg binnenkrijgt. Hoe weet ik of ze genoeg drinkt?",
        "onze kleine van 4 mnd huilt elke avond van 6 tot 10 uur, is dat normaal??",
    ],
    "sleep": [
        "Sinds we verhuisd zijn wil onze zoon van 4 niet meer alleen in zijn kamer slapen. Hij "
        "roept elke avond tien keer en uiteindelijk ligt hij toch bij ons. We zijn allebei kapot."
        " Wat kunnen we doen?",
        "mn zoon kan nie slapen snachts en ligt dan op zn tel",
        "Een leerling in mijn klas valt regelmatig in slaap tijdens de les. Moeder zegt dat hij "
        "tot laat wakker ligt. Wat kan ik adviseren?",
    ],
    "eating": [
        "Mijn dochter van 13 is de laatste maanden veel afgevallen en eet alleen nog salade. Ze "
        "sport ook elke dag heel fanatiek. Ik maak me zorgen, moet ik hier iets mee?",
        "mijn kind wil alleen maar patat en pannenkoeken en verder niks",
    ],
    "toilet": [
        "ze is 3 en wil echt nie op de wc, alleen luier",
        "Op school heeft een kleuter van 5 regelmatig een natte broek. Hoe bespreek ik dit met de ouders?",
    ],
    "development": [
        "Onze dochter is 2,5 en zegt nog maar een paar woordjes. Ze begrijpt alles wel. Op het "
        "consultatiebureau zeiden ze afwachten, maar ik twijfel. Moet ik naar een logopedist?",
        "zn zoon is 17 maande en loopt nog steeds nie, moet ik me zorgen maken",
        "Vanuit de peuterspeelzaal zien wij bij een peuter een achterstand in de taal. Hoe kunnen"
        " wij ouders het beste doorverwijzen?",
    ],
    "behaviour": [
        "Mijn zoon van 7 krijgt steeds straf op school omdat hij andere kinderen slaat in de "
        "pauze. Thuis is hij vaak lief maar als iets niet lukt ontploft hij en gooit hij met "
        "spullen. Hoe kunnen we dit gedrag veranderen?",
        "mn zoon is zo druk, hij zit geen seconde stil en luistert nergens naar, kan t adhd zijn?",
        "Een leerling in groep 4 vertoont agressief gedrag naar klasgenoten. Welke ondersteuning "
        "kan het CJG bieden?",
    ],
    "anxiety": [
        "Mijn dochter van 10 durft sinds een paar maanden nergens meer alleen naartoe. Ze wil "
        "niet logeren, niet naar een feestje en raakt in paniek als ik weg ga. Hoe kan ik haar "
        "helpen?",
        "k ben de hele tijd bang dat er iets ergs gebeurt en kan nergens meer van genieten",
    ],
    "low_mood": [
        "Mijn zoon van 16 is sinds een paar maanden heel stil. Hij komt alleen uit zijn kamer om "
        "te eten, zijn cijfers zakken en hij ziet zijn vrienden niet meer. Als ik vraag wat er is"
        " zegt hij niks. Wat kan ik doen?",
        "ik voel me echt heel down de laatste tijd en heb nergens zin in",
        "Als mentor merk ik dat een leerling steeds somberder wordt en zich terugtrekt. Hoe ga ik"
        " hierover het gesprek aan?",
    ],
    "self_image": [
        "Mijn dochter van 12 vergelijkt zichzelf de hele tijd met anderen op instagram en vindt "
        "zichzelf lelijk. Ze wil geen foto's meer van zichzelf. Hoe help ik haar?",
        "ik vind mezelf zo lelijk en dom, iedereen is beter dan ik",
        "Een leerling heeft weinig vriendschappen en wordt niet gekozen bij groepswerk. Welke "
        "hulp is er voor sociale vaardigheden?",
    ],
    "emotions": [
        "Onze zoon van 8 reageert heel heftig als iets anders gaat dan hij verwacht. Hij gaat dan"
        " schreeuwen en huilen en is niet meer te bereiken. Na een kwartier is het over. Hoe "
        "leren we hem hiermee om te gaan?",
        "mn dochter word echt van alles boos en dan is ze niet meer te houden",
        "Welke tips kan ik ouders geven voor een kind dat moeite heeft om zijn boosheid te reguleren?",
    ],
    "trauma_grief": [
        "Vorige maand is de vader van mijn kinderen plotseling overleden. Mijn zoon van 6 vraagt "
        "elke dag wanneer papa terugkomt en mijn dochter van 11 zegt helemaal niks. Hoe begeleid "
        "ik ze hierin?",
        "mn beste vriendin is dood en ik kan nergens meer aan denken",
        "Op onze school is een leerling omgekomen bij een verkeersongeluk. Hoe kunnen we de "
        "klasgenoten opvangen?",
    ],
    "bullying": [
        "Mijn dochter van 11 komt al weken huilend thuis. Uiteindelijk vertelde ze dat een "
        "groepje meiden haar uitlacht en dat niemand meer naast haar wil zitten. De school zegt "
        "dat ze het in de gaten houden. Wat kan ik nog doen?",
        "Hoe kan ik als leerkracht het beste reageren als ouders melden dat hun kind in de klas "
        "wordt gepest?",
    ],
    "school": [
        "Mijn zoon zit in de brugklas en het gaat helemaal mis. Hij haalt onvoldoendes, vergeet "
        "zijn huiswerk en zegt dat hij het niet snapt. Moet ik bijles regelen of is er iets "
        "anders aan de hand?",
        "ik wil nie meer naar school ik haat het daar",
        "Wij hebben een leerling die al 6 weken thuis zit. Wat zijn de stappen richting "
        "leerplicht en het samenwerkingsverband?",
    ],
    "divorce": [
        "Mijn man en ik zijn een half jaar geleden uit elkaar gegaan. De kinderen zijn om de week"
        " bij ons allebei. Mijn zoon van 9 is sindsdien heel boos op mij en wil niet meer bij mij"
        " komen. Hoe ga ik hiermee om?",
        "mn ouders gaan scheiden en ik moet kiezen bij wie ik ga wonen",
        "Hoe kan school neutraal blijven bij een conflictueuze scheiding waarin beide ouders "
        "informatie willen?",
    ],
    "puberty": [
        "Onze dochter is 14 en we herkennen haar niet meer terug. Ze zit alleen nog op haar "
        "kamer, is snauwerig tegen ons en wil elk weekend tot laat weg. Is dit normaal gedrag "
        "voor haar leeftijd?",
        "mn moeder snapt niks van mij en we hebben de hele tijd ruzie",
        "Ouders vragen mij vaak hoe ze met hun puber in gesprek blijven. Is er een folder?",
    ],
    "sexuality": [
        "Mijn zoon van 15 vertelde gisteren dat hij op jongens valt. Ik wil hem steunen maar weet"
        " niet goed wat ik moet zeggen. Hoe kan ik het beste reageren?",
        "hoe weet ik of ik klaar ben voor seks met mijn vriend",
        "Wat is normaal seksueel gedrag bij kleuters? Op de opvang zien we kinderen die elkaar bekijken.",
    ],
    "media": [
        "Mijn zoon van 11 gamet elke dag uren en als ik zeg dat hij moet stoppen wordt hij "
        "woedend. Zijn huiswerk schiet erbij in. Hoe maak ik goede afspraken?",
        "hoe kan ik instellen dat mijn kind niet op youtube kan snachts",
    ],
    "substances": [
        "Ik vond laatst een zakje wiet in de jaszak van mijn zoon van 15. Hij zegt dat het van "
        "een vriend is. Ik weet niet of ik hem moet geloven. Hoe pak ik dit aan?",
        "Welk preventieprogramma over alcohol en vapen kunnen we inzetten in de onderbouw?",
    ],
    "parent_mental_health": [
        "Mijn vrouw heeft al een tijd last van zware depressies en ligt vaak de hele dag in bed. "
        "Onze kinderen van 8 en 11 vragen wat er met mama is. Hoe leg ik dit uit zonder ze bang "
        "te maken?",
        "mn moeder drinkt elke avond en dan is ze heel anders",
    ],
    "parent_wellbeing": [
        "Sinds de geboorte van onze tweede ben ik constant moe en prikkelbaar. Mijn partner werkt"
        " veel en ik doe alles alleen. Ik merk dat ik snel uitval tegen de kinderen en voel me "
        "daar schuldig over. Waar kan ik terecht?",
        "ik trek het echt nie meer, alles is te veel",
        "Veel ouders in onze wijk zijn overbelast. Heeft het CJG aanbod om ouders te ontlasten?",
    ],
    "money": [
        "Ik ben alleenstaand en werk parttime. Aan het eind van de maand heb ik gewoon geen geld "
        "meer voor boodschappen en de kinderen hebben nieuwe schoenen nodig. Waar kan ik hulp "
        "krijgen?",
        "mijn ouders hebben geen geld voor mijn schoolreis",
        "Een gezin in mijn klas kan de ouderbijdrage niet betalen. Welke regelingen zijn er?",
    ],
    "housing": [
        "Mijn vriend heeft me het huis uit gezet en ik sta nu met mijn baby van 4 maanden op "
        "straat. Ik slaap bij een vriendin maar dat kan niet lang meer. Wat moet ik doen?",
        "ik ben 17 en wil weg van huis, waar kan ik wonen",
        "Een gezin dat ik begeleid woont met vijf personen in een tweekamerwoning. Hoe kan ik hen"
        " helpen met urgentie?",
    ],
    "pregnancy": [
        "Ik ben 17 en heb net ontdekt dat ik zwanger ben. Mijn vriend wil het kindje niet en ik "
        "durf het niet aan mijn ouders te vertellen. Wat zijn mijn opties?",
        "mn vriendin denkt dat ze zwanger is wat moeten we doen",
        "Welke ondersteuning is er voor tienermoeders in de regio?",
    ],
    "disability": [
        "Onze zoon van 7 heeft net de diagnose autisme gekregen. Hij raakt snel overprikkeld na "
        "school en heeft dan een meltdown. Hoe kunnen we thuis de dag beter voorspelbaar maken?",
        "mn broertje heeft een beperking en alle aandacht gaat naar hem",
        "Welke ondersteuning is er voor ouders van een kind met epilepsie in het regulier onderwijs?",
    ],
    "safety": [
        "Ik ben leerkracht en maak me zorgen over een leerling die vaak met blauwe plekken op "
        "school komt. Hij zegt dat hij gevallen is. Wat is wijsheid?",
        "mijn vriendin vertelde dat haar vader haar slaat, wat moet ik doen",
        "Welke stappen moet een kinderopvang zetten als er een vermoeden is van kindermishandeling?",
    ],
    "access_to_care": [
        "We staan al vier maanden op de wachtlijst bij de jeugd-ggz voor onze dochter. Het gaat "
        "steeds slechter met haar. Kan het wijkteam in de tussentijd iets doen?",
        "hoe kan ik met iemand van jullie praten over mijn zoon",
        "Als huisarts wil ik een kind verwijzen naar jeugdhulp. Hoe loopt de route via de gemeente?",
    ],
    "courses": [
        "Ik heb gehoord dat jullie een cursus geven voor ouders van pubers. Wanneer start de "
        "volgende en hoe kan ik me inschrijven?",
        "is er een training voor kinderen die snel boos worden",
        "Biedt het CJG een training Positief Opvoeden voor ons ouderteam aan?",
    ],
}
# Phrasing families that were once routed elsewhere: word order of a subordinate clause, first-person
# orientation, gender identity, having to leave the house, a parent's own disorder or addiction, young
# carers, milestones, bottled-up feelings, a parent lost, stealing, being bossed around, age ratings.
FAMILIES: dict[str, list[str]] = {
    "sexuality": [
        "mijn zoon van 5 wil weten waar kindjes vandaan komen, hoe vertel ik dat?",
        "ik ben 14 en ik weet niet of ik op meisjes val of op jongens",
        "onze dochter van 11 zegt dat ze eigenlijk een jongen is",
        "wanneer begin je met voorlichting geven aan je kind?",
        "ik heb vlinders in mijn buik als ik hem zie, is dat verliefd?",
    ],
    "housing": [
        "de huisbaas zegt dat we over een maand het huis uit moeten, waar kan ik heen met twee kinderen?",
        "ik ben 19 en slaap al een tijd op de bank bij vrienden, hoe kom ik aan een kamer?",
        "I'm 18 and leaving care soon, where can I find a place to live?",
    ],
    "parent_mental_health": [
        "ik heb zelf een depressie gehad en ben bang dat mijn dochter het ook krijgt",
        "ik ben 15 en zorg voor mijn moeder die psychisch ziek is, zijn er groepen voor jonge mantelzorgers?",
    ],
    "development": [
        "mijn zoon van 1 kruipt nog niet en loopt ook achter met omrollen, moet ik iets doen?",
        "mijn dochter van 7 draait de letters b en d nog steeds om",
    ],
    "emotions": [
        "hoe leer ik mijn dochter van 9 om haar boosheid niet op te kroppen?",
        "my son bottles everything up, how do I help him talk about his feelings?",
    ],
    "trauma_grief": ["een leerling heeft vorige week zijn moeder verloren, hoe vangen we hem op in de klas?"],
    "behaviour": ["mijn zoon van 9 steelt geld uit mijn tas, hoe reageer ik?"],
    "self_image": [
        "mijn dochter laat zich altijd commanderen door vriendinnen en durft geen mening te geven"
    ],
    "media": ["mijn zoon van 11 wil een game waarin je schiet, maar de leeftijdsgrens is 18"],
    "parent_wellbeing": ["met vijf kinderen in een druk gezin is er nooit rust in huis en ben ik kortaf"],
    "parenting": ["hoe krijgen mijn man en ik op een lijn over de regels voor onze kinderen?"],
    "eating": [
        "mijn dochter van 8 is te zwaar volgens de jeugdarts, hoe pak ik dat aan zonder dat ze zich schaamt?"
    ],
    "toilet": ["onze zoon van 4 draagt nog luiers op de opvang"],
    "baby": ["hoe knip ik de nageltjes van mijn baby van 3 weken?"],
}
# Written to probe generalisation after tuning: none of these phrasings was looked at before.
PROBES: dict[str, list[str]] = {
    "housing": [
        "we wonen met vijf mensen in een tweekamerflat, kunnen we ergens urgentie aanvragen?",
        "er zit schimmel in de slaapkamer van de kinderen en de verhuurder doet niks",
        "ik ben 17 en wil weg bij mijn ouders, waar kan ik wonen?",
    ],
    "parent_mental_health": [
        "mijn man heeft een burn-out en ligt de hele dag op bed, hoe leg ik dat uit aan de kinderen?",
        "mijn moeder heeft borderline en ik weet niet hoe ik ermee om moet gaan, ik ben 16",
        "mijn vrouw is opgenomen in een psychiatrische kliniek, wat vertel ik onze kinderen van 6 en 8?",
    ],
    "sexuality": [
        "mijn dochter van 4 speelt doktertje met het buurjongetje, is dat normaal?",
        "hoe vertel ik mijn ouders dat ik homo ben? ik ben 16",
    ],
    "development": ["mijn zoon van 5 kan nog niet knippen en tekenen zoals zijn klasgenootjes"],
    "parenting": ["mijn man en ik zijn het niet eens over straffen, wat werkt beter?"],
    "substances": ["ik ben 17 en blow elke dag, ik wil minderen maar het lukt niet"],
    "low_mood": ["mijn zoon van 16 zit alleen maar op zijn kamer en zegt dat alles zinloos is"],
}
VARIED = [
    (code, text)
    for cases in (SHORT, LONG, FAMILIES, PROBES)
    for code, texts in cases.items()
    for text in texts
]


def test_every_category_but_other_has_messages() -> None:
    assert set(MESSAGES) == set(CODES) - {"other"}
    assert all(len(texts) >= 2 for texts in MESSAGES.values())


@pytest.mark.parametrize(("code", "text"), CASES)
def test_category(code: str, text: str) -> None:
    result = route(text)
    assert isinstance(result, Route)
    assert result.category == code, result.explanation
    assert result.categories[0] == code
    assert result.intent == "question"
    assert 0.0 < result.confidence <= 1.0


@pytest.mark.parametrize(
    "text",
    [
        "mijn dochter van 4 plast nog in bed",
        "mijn zoon wordt gepest en ik weet niet wat ik moet doen",
        "ze heeft elke nacht nachtmerries",
    ],
)
def test_route_shape(text: str) -> None:
    result = route(text)
    assert len(result.categories) >= 3
    assert len(set(result.categories)) == len(result.categories)
    assert all(code in CODES for code in result.categories)
    assert result.confidence >= 0.6
    assert result.explanation and all(isinstance(note, str) for note in result.explanation)


def test_explanation_names_the_deciding_word() -> None:
    assert "bedplassen -> toilet" in route("bedplassen, hoe pak ik dat aan").explanation


def test_typo_is_explained_as_correction() -> None:
    notes = route("bedpalssen bij mijn zoon").explanation
    assert any("~ bedplassen" in note and note.endswith("toilet") for note in notes)


def test_compound_part_counts() -> None:
    result = route("heeft iemand tips tegen slaapproblemenellende")
    assert result.category == "sleep"


def test_long_story_with_question_at_the_end() -> None:
    story = (
        "We zijn vorig jaar verhuisd en mijn man werkt veel, ik doe bijna alles alleen met de kinderen. "
        "De oudste gaat goed. Maar de jongste van 3 wil sinds een paar weken elke avond niet gaan slapen "
        "en huilt dan. Hoe krijg ik haar rustig naar bed?"
    )
    assert route(story).category == "sleep"


def test_clear_message_is_confident_and_vague_message_is_not() -> None:
    assert route("mijn zoon van 6 plast elke nacht in bed").confidence >= 0.6
    assert route("mijn zoon doet raar").confidence < 0.35


def test_short_follow_up_uses_previous_category() -> None:
    result = route("en wat als het snachts gebeurt?", context={"previous_category": "toilet"})
    assert result.category == "toilet"
    assert "follow-up -> toilet" in result.explanation


def test_articles_come_from_the_best_category_first() -> None:
    result = route("mijn dochter van 4 plast nog in bed")
    assert result.articles
    assert result.articles[0].startswith("toilet-")


def test_same_message_same_route() -> None:
    text = "mijn zoon van 9 gamet te veel"
    assert route(text) == route(text)


def test_varied_examples_cover_every_category() -> None:
    assert set(SHORT) == set(LONG) == set(CODES) - {"other"}
    assert all(len(SHORT[code]) + len(LONG[code]) >= 8 for code in SHORT)


# The learned re-ranker (docs/routing.md, "Learned re-ranking") puts another category first on these
# examples; the lexicon's reading is the reviewed one and stays pinned, and the blend must keep it in the top
# three. The test below fails when a retrained model agrees again: then take the example off this list.
MODEL_DISAGREES = {
    # Since the model learned from twenty sets (weight 10): a baby's motor milestone read as development
    # (several new sets' authors label it so too), and a parents' evening read as its topic
    # rather than as the course asked for.
    "is het normaal dat mijn baby van 7 maanden nog niet kruipt": "development",
    "wanneer is de volgende ouderavond over schermtijd": "media",
    # Since ninety-one sets: a stranger asking a child's address in a game read as the game (authors differ
    # on online grooming: safety, sexuality or media).
    "een onbekende vraagt in een game steeds naar haar adres, ze is 11": "media",
    # Since a hundred and nine sets with naive Bayes terms: a stranger online asking a boy for pictures read
    # as sexuality (as most of the new authors file grooming), and the waiting list for help with a toddler's
    # sleep as the waiting list it asks about.
    "someone online keeps asking my son (11) for pictures and where he lives": "sexuality",
    "hoe lang is de wachtlijst voor hulp bij slaapproblemen van mijn peuter?": "access_to_care",
    # A 16-year-old put out and sleeping at a station read as housing (as several new authors file a minor put
    # out).
    "мені 16, мене вигнали з дому, сплю на вокзалі": "housing",
    # Since the fourteenth session's blend (the lexicon's doubt to the power 0.75): a boy nauseous every
    # morning before school read as school (his fear is of school), and a
    # sixteen-year-old's ADHD medication that no longer works at school as behaviour (the taxonomy
    # files ADHD questions there; the lexicon follows the authors' "diagnosed is disability").
    "mijn zoon van 14 is elke ochtend misselijk voor school": "school",
    "ik ben 16 en heb zelf adhd, mijn medicatie werkt niet goed meer op school": "behaviour",
    # Since the twentieth session's weight of 30 (docs/routing.md, "Twentieth session"). Readings the authors
    # share: a buddy for lonely young people as the loneliness rather than the service, and "does not hit
    # me, but we fight a lot" as safety at home (urgency stays none; the authors file "has never hit me, but
    # throws things" under safety, and a guard for negated rules cost 13 questions on the folds). A fake
    # profile that sends strange things follows the lexicon (bullying) again since the models of 216 sets,
    # and once more since the models of 279 sets.
    # Since the thirtieth session's character n-grams the buddy reads as an offer for young people (courses)
    # rather than as their loneliness.
    "is er een buddy voor jongeren die zich alleen voelen": "courses",
    "mijn man slaat mij niet, maar we hebben veel ruzie": "safety",
    # And two where the model is wrong and the lexicon's reading is shown second: its strongest stems are
    # filler ("20", "yasindayim_ve"), or it reads a birth and a low mood as a mother's. Seven more (bilingual
    # upbringing, ADHD medication, obesity care, a partner of 20, a drunk mother or father ...)
    # follow the lexicon again since the twenty-first session's product of the two judges
    # (router.MODEL_LOG_WEIGHT).
    "20 yaşındayım ve alkol olmadan eğlenemiyorum": "low_mood",
    "sinds de geboorte van haar broertje is onze dochter van 4 stil en somber": "parent_mental_health",
    # Since the models of 216 sets (twenty-second session): whether the CJG is open on Sundays read as a
    # question outside the taxonomy, as the tuning sets' authors mostly file opening hours (29 `other` against
    # 16 access_to_care); the Dutch "zijn jullie in het weekend ook open?" keeps the lexicon's reading.
    "are you open on sundays": "other",
    # Since the models of 241 sets (thirty-third session) a 16-year-old's partner of 20 reads as the parents'
    # question about their teenager (puberty), with the lexicon's sexuality second.
    "onze zoon van 16 heeft een lief van 20, wat vinden jullie daarvan": "puberty",
}


def assert_category(text: str, code: str) -> Route:
    """``code`` is the router's category for ``text``, or, for an example in MODEL_DISAGREES, the lexicon's
    with the model's reading first and ``code`` in the top three."""
    result = route(text)
    if text in MODEL_DISAGREES:
        assert route_with_model(text, None).category == code
        assert result.category == MODEL_DISAGREES[text], result.explanation
        assert code in result.categories[:3]
    else:
        assert result.category == code, result.explanation
    return result


@pytest.mark.parametrize(("code", "text"), VARIED)
def test_varied_example(code: str, text: str) -> None:
    result = assert_category(text, code)
    assert result.intent == "question"
    assert code in result.categories[:3]


def test_turkish_inflections_match_prefix_entries() -> None:
    notes = route("oğlum okula gitmek istemiyor").explanation
    assert any(note.endswith("-> school") for note in notes)


def test_arabic_clitics_match_substring_entries() -> None:
    assert route("ابني يخاف من الظلام").category == "anxiety"


def test_cause_words_do_not_lose_to_generic_context() -> None:
    story = (
        "Mijn zoon is 6 en plast nog bijna elke nacht in bed. Overdag gaat het goed. "
        "Hij wil niet logeren. Wat kunnen we doen?"
    )
    assert route(story).category == "toilet"


def test_teenager_age_leans_to_puberty() -> None:
    result = route("we hebben steeds ruzie met onze dochter van 15 over de regels")
    assert result.category == "puberty"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # A parent who asks whether to worry is not describing an anxious child.
        ("mijn zoon van 2 zegt nog maar drie woordjes, moet ik me zorgen maken?", "development"),
        # "as" is English, not the ashes of grief; "ik ben leidster op ..." is not "ik ben op".
        ("my partner and I disagree on rules, how do we act as a team?", "parenting"),
        ("ik ben leidster op een peuterspeelzaal en een kleuter draagt nog luiers", "toilet"),
        # A threat to the children and himself is a safety matter first.
        ("hij zegt dat als ik wegga, hij onze kinderen en zichzelf iets aandoet", "safety"),
    ],
)
def test_generic_words_do_not_decide(text: str, code: str) -> None:
    assert route(text).category == code, route(text).explanation


# Topic round 3 (docs/routing.md): families of phrasing the lexicon alone ranked wrong in the weakest
# categories. The lexicon must get these right by itself; the learned re-ranker, retrained later, must at
# least keep the category in the top three.
ROUND3_FAMILIES: dict[str, list[str]] = {
    # A parent's own illness after a birth, a partner's anxiety or compulsions, a parent's dark thoughts.
    "parent_mental_health": [
        "Ik ben zes weken geleden bevallen en ik huil de hele dag, ik herken mezelf niet meer.",
        "Mijn moeder ligt op een psychiatrische afdeling en ik ben 13, mag ik met iemand praten?",
        "Papa was ineens erg in de war en is opgenomen, ik ben 11 en snap het niet.",
        "Mijn vader drinkt elke avond tot hij in slaap valt op de bank. Ik ben 13 en niemand weet het.",
        "Mijn vriendin huilt de hele dag en zegt dat ze niks voelt voor de baby, hij is 5 weken.",
        "Ik ben drie maanden geleden bevallen en ik voel eigenlijk niks voor mijn baby.",
        "My postpartum anxiety is getting worse and I can't stop checking on him.",
        "Since giving birth I cry every day and I feel nothing for my son, he is 5 weeks old.",
        "My wife has had severe anxiety since the baby came and she hardly leaves the house.",
        "My husband has bad OCD and our daughter (8) is starting to copy his checking.",
        "Soms denk ik dat mijn kinderen beter af zijn zonder mij, ik ben zo moe van alles.",
        "Mijn moeder ligt al weken in bed en huilt alleen maar, ik ben 14 en zorg voor mijn zusje.",
        "my wife keeps saying the children would be better off without her",
        "Mijn partner heeft een depressie en ligt al weken in bed, hoe leg ik dat uit aan onze kinderen?",
    ],
    # A parent's tiredness and loneliness, not an illness.
    "parent_wellbeing": [
        "Sinds de baby er is voel ik me heel eenzaam, al mijn vriendinnen werken overdag.",
        "Ik ben helemaal dood op, drie kinderen ziek thuis en ook nog werken.",
        "Ik ben zo moe van de nachten, mijn man werkt in het buitenland en ik doe alles alleen.",
    ],
    # A young person's own emptiness and crying.
    "low_mood": [
        "Ik ben 16 en ik voel me al maanden leeg, niks is meer leuk en ik huil elke avond.",
        "Ik ben 18 en ik heb nergens energie voor, ik kom mijn bed niet uit en alles voelt zwaar.",
        "Ik ben 14 en ik huil elke avond in bed, met wie kan ik praten?",
        "Mijn dochter is 19, studeert, en belt steeds huilend dat ze het niet meer ziet zitten.",
    ],
    # How a child sees their own body or worth, not what they eat.
    "self_image": [
        "Mijn dochter van 8 zegt steeds dat ze dik en lelijk is, waar komt dat vandaan?",
        "Mijn dochter van 11 zegt dat ze niks waard is en dat niemand haar aardig vindt.",
        "Onze zoon wordt 7 en wil geen partijtje, want er komt toch niemand, zegt hij.",
        "Ik ben 13 en word thuis steeds vergeleken met mijn zus die overal goed in is.",
        "Mijn zoon van 14 vindt zichzelf veel te mager en wil alleen nog spieren kweken.",
        "Hij is 12 en schaamt zich zo voor zijn lijf dat hij niet meer mee wil zwemmen.",
        "My daughter (13) hates her body and won't wear shorts anymore.",
        "Onze zoon van 7 zegt na elk spelletje dat hij de slechtste is en niks kan.",
        "Hij vindt zichzelf te dik en wil niet meer mee naar het zwembad.",
        "Mijn dochter van 10 draagt alleen nog wijde truien omdat ze haar armen te dik vindt.",
        "Hij heeft last van puistjes en wil niet meer op de foto.",
        "mijn dochter van 8 schaamt zich voor haar bril en wil niet meer naar buiten",
    ],
    # Left out, called names, laughed at: bullying, also when the child no longer wants to go to school.
    "bullying": [
        "Mijn zoon van 9 wordt in de klas steeds buitengesloten en wil niet meer naar school.",
        "Ik ben 11 en een jongen in mijn klas scheldt me elke dag uit, wat moet ik doen?",
        "Niemand wil met mij spelen in de pauze en ze zeggen dat ik vies ben. Ik ben 9.",
        "My son (11) is being excluded by his whole class and doesn't want to go to school anymore.",
        "Klasgenoten schelden mijn zoon uit tijdens het online gamen, moet ik het gamen verbieden?",
    ],
    # An older child's anger and self-control.
    "emotions": [
        "Onze zoon van 13 wordt razend om kleine dingen en weet niet hoe hij moet afkoelen.",
        "Ik ben 14 en word om het minste boos, hoe leer ik mezelf in te houden?",
        "Onze pleegdochter van 10 krijgt woedeaanvallen, hoe leer ik haar met boosheid om te gaan?",
    ],
    # Consensual teenage relationships and sex education.
    "sexuality": [
        "Mijn zoon van 15 heeft een vriendinnetje en ze willen samen op zijn kamer slapen, mag dat?",
        "Hoe begin ik met mijn dochter van 15 een gesprek over toestemming en grenzen bij vrijen?",
        "Mijn zoon van 14 heeft zijn eerste vriendinnetje, wanneer begin ik over seks?",
        "Mijn kleuter van 4 zit vaak aan zijn piemel als hij moe is, moet ik daar iets van zeggen?",
        "Wij willen in groep 7 aandacht besteden aan de Week van de Lentekriebels, welk materiaal is er?",
    ],
    # Milestones of the under-twos.
    "development": [
        "Onze dochter is anderhalf en nog niet aan het lopen, ze kruipt wel.",
        "Mijn zoon is 10 maanden en zit nog niet zelf, moet ik naar het consultatiebureau?",
        "Our 15-month-old doesn't point or wave yet, should we worry?",
    ],
    # A baby's nights.
    "sleep": [
        "Onze baby van 10 maanden wordt vier keer per nacht wakker, moeten we haar laten huilen?",
        "Vanaf welke leeftijd kan een baby in haar eigen kamer slapen?",
        "My 8-month-old wakes every two hours at night, when can we stop night feeds?",
    ],
    # The phone late at night.
    "media": [
        "Mijn zoon van 16 zit tot 3 uur 's nachts op zijn telefoon en is 's ochtends niet wakker te krijgen.",
        "Ik ben 14 en zit veel te veel op mijn telefoon, hoe leer ik mezelf minder te scrollen?",
        "Mijn zoon van 16 wedt online op voetbal en is al zijn spaargeld kwijt.",
        "Ik ben 15 en zit elke avond tot laat te scrollen, hoe stop ik daarmee?",
    ],
    # Worry about the world and loved ones dying, exam nerves, a young child at the goodbye, a fear.
    "anxiety": [
        "Mijn zoon van 11 piekert over alles, over oorlog en dat wij doodgaan.",
        "Mijn dochter van 14 krijgt buikpijn voor toetsen en blokkeert dan helemaal.",
        "Our daughter (3) cries every time we leave her at nursery, will this pass?",
        "Ons meisje van 6 is doodsbang voor honden, ook voor kleine.",
    ],
    # "Teenager" says the age, not the topic; the topic of a teenager's question still wins.
    "puberty": ["Mijn tienerzoon van 15 komt steeds te laat thuis en houdt zich niet aan afspraken."],
}
# Hard negatives: the same words where they mean something else.
ROUND3_NEGATIVES = [
    # Eating less because of it: an eating question.
    ("Ze vindt zichzelf te dik en eet bijna niks meer, ze is 15 en valt snel af.", "eating"),
    # A doctor's view of the weight, and a healthier diet: eating.
    ("De dokter vindt haar te dik, hoe help ik mijn dochter van 9 gezonder te eten?", "eating"),
    # School refusal without other children behind it.
    ("Mijn zoon van 13 wil niet meer naar school omdat hij de lessen te moeilijk vindt.", "school"),
    # The own child who calls the parent names misbehaves; nobody bullies him.
    ("Mijn zoon van 8 scheldt me uit als hij zijn zin niet krijgt.", "behaviour"),
    # "doesn't see the point" is no child that does not point.
    (
        "My husband is depressed and told me he doesn't see the point of anything. We have two kids.",
        "parent_mental_health",
    ),
    # A parent's own fright is no anxious child; a tired pupil is no tired parent.
    ("Ik was doodsbang dat ik haar pijn zou doen bij het in bad doen, ze is 3 weken.", "baby"),
    ("Hij is 13 en zit elke avond tot laat huiswerk te maken voor de toetsweek en is doodop.", "school"),
    # A teenager who cannot fall asleep is a sleep question.
    ("Ik ben 16 en kan nooit slapen voor 2 uur en moet om 7 uur op, hoe kom ik daar vanaf?", "sleep"),
    # A young child's tantrums stay behaviour.
    ("Onze zoon van 3 slaat en bijt als hij zijn zin niet krijgt.", "behaviour"),
    # An adult who contacts a young girl in secret is a safety matter, not a relationship.
    (
        "Een man van 40 stuurt mijn dochter van 13 berichtjes en wil afspreken zonder dat wij het weten.",
        "safety",
    ),
]


# Not fancying a camp or a swimming lesson ("niks voelen voor") is no parent's illness, whatever else it is.
ROUND3_NOT = [
    ("Ik voel niks voor dat schoolkamp, moet ik mee? Ik ben 12.", "parent_mental_health"),
    ("Mijn zoon van 4 voelt niks voor zwemles, moet ik hem dwingen?", "parent_mental_health"),
]


@pytest.mark.parametrize(
    ("code", "text"), [(code, text) for code, texts in ROUND3_FAMILIES.items() for text in texts]
)
def test_round3_family_lexicon(code: str, text: str) -> None:
    assert route_with_model(text, None).category == code, route_with_model(text, None).explanation
    assert code in route(text).categories[:3]


@pytest.mark.parametrize(("text", "code"), ROUND3_NEGATIVES)
def test_round3_hard_negative(text: str, code: str) -> None:
    assert route_with_model(text, None).category == code, route_with_model(text, None).explanation
    assert_category(text, code)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # Someone else's dark words about a partner with an illness: the parent's mental health.
        (
            "Mijn man is depressief en zei vanavond dat hij er een eind aan wil maken. We hebben 3 kinderen.",
            "parent_mental_health",
        ),
        (
            "Mijn vrouw zei vannacht dat de kinderen beter af zijn zonder haar en ze heeft pillen verzameld.",
            "parent_mental_health",
        ),
        # A young writer's own dark words next to a drinking parent stay the young person's low mood.
        ("Mijn vader drinkt elke avond en ik wil gewoon niet meer leven. Ik ben 15.", "low_mood"),
    ],
)
def test_round3_whose_dark_thoughts(text: str, code: str) -> None:
    result = route(text)
    assert result.urgency in ("urgent", "emergency")
    assert result.category == code, result.explanation


@pytest.mark.parametrize(("text", "code"), ROUND3_NOT)
def test_round3_not(text: str, code: str) -> None:
    assert route_with_model(text, None).category != code
    assert route(text).category != code


def test_round3_phrase_with_more_words_explains_one_over_the_same_words() -> None:
    # "rolt nog niet om" (a milestone) and "rolt om" (a baby rolling over) cover the same words; the
    # milestone says more, so the baby reading counts half.
    hits = match(tokenize("onze dochter rolt nog niet om"))
    baby = [h.score for h in hits if h.note == "'rolt om' -> baby"]
    milestone = [h.score for h in hits if h.note == "'rolt nog niet om' -> development"]
    assert baby and milestone
    assert baby[0] <= milestone[0] / 2


# Category round 8 (branch bord): conventions chosen by the majority of the 53 tuning sets' authors. Each
# sentence has a twin that keeps the other category.
ROUND8_URGENT = [
    # Dark thoughts of a parent or partner named just before them: a parent's mental health, whoever writes.
    (
        "mijn moeder huilt veel en zei gisteren dat ze er niet meer wil zijn, ik ben 14",
        "parent_mental_health",
    ),
    ("mijn vriendin huilt veel en zei gisteren dat ze er niet meer wil zijn. ik ben 14", "low_mood"),
    ("my husband keeps saying he wants to end his life, our kids are 4 and 7", "parent_mental_health"),
    ("my son keeps saying he wants to end his life, he is 15", "low_mood"),
    # A child's words quoted by the parent are the child's; the parent's own words stay the parent's.
    ("mijn dochter appte vannacht: ik wil niet meer leven. wat moet ik doen", "low_mood"),
    ("he texted me that he wants to kill himself, my son is 16", "low_mood"),
    ("ik wil niet meer leven, ik kan het niet meer aan met drie kinderen", "parent_mental_health"),
    # Urgent sexual contexts keep safety (the authors' majority: 386 against 50 urgent lines with a sexual
    # signal): an adult who gives a 14-year-old money and asks for secrecy; a couple of the same age is
    # sexuality (ROUND8_TOPIC).
    (
        "mijn dochter is 14 en heeft een vriend van 19 die haar geld geeft en zegt dat ze niks mag vertellen",
        "safety",
    ),
]

ROUND8_TOPIC = [
    (
        "mijn dochter is 15 en heeft verkering met een jongen van 16, ze zoenen veel, hoe praat ik over seks",
        "sexuality",
    ),
    # Low-mood words told of a parent named before them describe that parent.
    (
        "papa is al weken heel somber en zit alleen maar op de bank, hoe leg ik dat uit aan de kinderen",
        "parent_mental_health",
    ),
    (
        "my wife has been so down for weeks and hardly gets up, how do I explain it to our kids",
        "parent_mental_health",
    ),
    ("onze zoon is al weken heel somber en zit alleen maar op de bank, hoe help ik hem", "low_mood"),
    # A child's fits of rage and anger "when he ..." are handling emotions; a toddler's tantrums on the floor
    # and a toddler who hits stay behaviour.
    ("mijn dochter van 10 heeft woedeaanvallen, hoe leert ze daarmee omgaan", "emotions"),
    ("onze zoon van 12 wordt woedend als hij zijn zin niet krijgt, hoe help ik hem", "emotions"),
    ("mijn peuter heeft driftbuien en gooit zich op de grond", "behaviour"),
    ("mijn zoontje van 3 slaat mij als hij boos is", "behaviour"),
    # A parent's or partner's shouting is a question of upbringing; a child's shouting and kicking: behaviour.
    ("mijn man schreeuwt vaak tegen de kinderen als hij moe is, is dat schadelijk", "parenting"),
    ("my husband screams at our kids a lot, is that harmful for them", "parenting"),
    ("mijn zoon van 6 schreeuwt en schopt tegen zijn zusje, hoe leer ik hem dat af", "behaviour"),
    ("my son of 6 screams and kicks his sister, how do I stop it", "behaviour"),
    # A parent who wants to raise the children without shouting asks about upbringing.
    ("hoe krijg ik mijn kinderen mee zonder te schreeuwen, ze zijn 4 en 7", "parenting"),
    ("how can I get my kids to cooperate without yelling all the time", "parenting"),
    ("mijn zoon van 4 schreeuwt de hele dag tegen iedereen", "behaviour"),
    # When the CJG is open is a question about getting help; a door left open is no such question.
    ("zijn jullie in het weekend ook open?", "access_to_care"),
    ("are you open on sundays", "access_to_care"),
    ("de deur van zijn kamer moet open blijven anders slaapt hij slecht", "sleep"),
]


@pytest.mark.parametrize(("text", "code"), ROUND8_URGENT)
def test_round8_whose_urgent_message(text: str, code: str) -> None:
    rules = route_with_model(text, None)
    assert rules.urgency in ("urgent", "emergency")
    assert rules.category == code, rules.explanation
    assert route(text).category == code


@pytest.mark.parametrize(("text", "code"), ROUND8_TOPIC)
def test_round8_topic(text: str, code: str) -> None:
    assert route_with_model(text, None).category == code, route_with_model(text, None).explanation
    assert_category(text, code)
