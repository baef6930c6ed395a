"""Safety triage: real signals always raise urgency; figures of speech, negations, games and toddlers do not.

The examples are written for these tests from how children, parents and professionals describe abuse,
violence, neglect, threats, exploitation, suicidal thoughts and self-harm (never taken from the benchmark).
"""

from collections.abc import Callable

import pytest

from intents import route
from intents.resources import load_yaml
from intents.router import route_with_model
from intents.safety import (
    _AnyOf,
    _compile_rules,
    _Pattern,
    _Rules,
    _rules,
    _sentences,
    _signal,
    _Text,
    triage,
)
from tests.test_intents_categories import MODEL_DISAGREES

# The urgencies of an alarm and of a message that must stay quiet, and the check the round files share.
URGENT = ("urgent", "emergency")
QUIET = ("none", "attention")


def check_urgency(text: str, expected: tuple[str, ...]) -> None:
    result = route(text)
    assert result.urgency in expected, (text, result.urgency, result.explanation)


URGENT_SAFETY = [
    "mijn vriend slaat me als hij gedronken heeft",
    "mn vader heeft mn moeder gisteren weer geslagen",
    "ik denk dat de buurjongen thuis mishandeld wordt",
    "mijn dochter vertelde dat haar oom aan haar heeft gezeten, ze is aangerand",
    "de kinderen van mijn zus worden verwaarloosd, ze krijgen dagen geen eten",
    "mijn ex dreigt de kinderen mee te nemen en mij te vermoorden",
    "my husband hits me when the kids are asleep",
    "my stepfather abused me when I was little",
    "hij dwingt me foto's te sturen",
    "papa knijpt mijn keel dicht als hij boos is",
    "ik word thuis opgesloten",
    "my mum locks me in my room",
    "mijn vader is bijna nooit thuis en er is geen eten",
    "ze moet van haar familie trouwen",
    "ze willen mijn dochter laten besnijden",
]
URGENT_LOW_MOOD = [
    "mijn dochter van 14 zegt dat ze niet meer wil leven",
    "mijn zoon heeft het over zelfmoord",
    "ik ontdekte dat mijn dochter zichzelf snijdt",
    "hij wil er een einde aan maken zegt hij",
    "I want to kill myself",
    "my son is cutting himself",
    "ik heb pillen gespaard",
    "ik ben het leven zat",
    "ik heb mijn polsen opengesneden",
    "my son tried to hang himself",
]
EMERGENCY = [
    ("hij staat nu met een mes in de keuken", "safety"),
    ("ik ga nu een einde aan mijn leven maken", "low_mood"),
    ("help hij slaat me nu", "safety"),
    ("he is hurting me now", "safety"),
    ("mijn dochter heeft net een hele strip pillen geslikt", "low_mood"),
]
# Abuse, violence, neglect, threats and exploitation in many voices: children, parents, teachers, English,
# Turkish, Polish, Arabic, Ukrainian.
MORE_SAFETY = [
    "Mijn dochter van 8 is sinds kort heel angstig. Ze wil niet meer naar haar vader, "
    "ze zegt dat hij haar pijn doet.",
    "ik ben zo bang, mn stiefvader komt elke nacht in mijn kamer",
    "mijn baby van 2 maanden huilt heel veel en mijn vriend schudt hem dan hard heen en weer",
    "Mijn zoon van 13 chat met een man die hem geld belooft als hij foto's stuurt.",
    "Mijn kleindochter van 6 vertelt dat ze van haar moeder geen eten krijgt als ze stout is.",
    "Mijn vriendin zegt dat haar stiefvader foto's van haar maakt als ze onder de douche staat.",
    "Mijn zoon vertelde dat zijn voetbaltrainer hem in de kleedkamer heeft aangeraakt.",
    "mijn moeder heeft een nieuwe vriend en die kijkt altijd zo raar naar mij "
    "en wil dat ik op zijn schoot zit",
    "Mijn dochter is 14 en verdwijnt steeds 's nachts, ze heeft ineens veel geld en dure kleren.",
    "Mijn zoontje van 4 zegt dat hij niet meer naar opa wil omdat opa rare spelletjes doet.",
    "mijn stiefvader zegt dat hij me vermoordt als ik iets vertel",
    "Ik ben 15 en mijn vriend is 24, hij wil dat ik bij hem kom wonen.",
    "Mijn dochter van 8 vertelde dat een man in het park haar piemel liet zien.",
    "Mijn vriendin is 15 en wordt gedwongen om met een oudere man te trouwen.",
    "Hij heeft mijn dochter van 3 mee genomen en ik weet niet waar ze zijn!",
    "Mijn man drinkt en wordt dan agressief, gisteren heeft hij de tv kapot gegooid.",
    "Mijn kinderen zijn getuige geweest van geweld tussen mij en mijn ex.",
    "mijn vader slaat me",
    "mn vader slaat me als hij dronken is",
    "mama wordt geslagen door papa",
    "papa slaat mama en ik ben bang",
    "ik ben bang voor mijn stiefvader",
    "ik word thuis geslagen",
    "ik krijg klappen van mijn moeder als ik iets fout doe",
    "mijn moeder slaat mij met een riem",
    "ik durf niet naar huis",
    "mijn ouders slaan me en schoppen me",
    "hij zit aan me",
    "mijn oom zit aan me als niemand het ziet",
    "ik word misbruikt",
    "mijn stiefvader komt snachts op mijn kamer",
    "ik ben verkracht",
    "er is niemand thuis en ik heb geen eten",
    "mama is al 3 dagen weg en we hebben honger",
    "ze dreigen me te vermoorden",
    "ik ben niet veilig thuis",
    "ik voel me thuis niet veilig",
    "mijn ouders willen dat ik trouw met mijn neef",
    "ik word uitgehuwelijkt deze zomer",
    "mijn broers volgen me overal en zeggen dat ik de familie-eer te schande maak",
    "mijn vriendje is veel ouder en wil dat ik seks heb met zijn vrienden voor geld",
    "ik denk dat mijn dochter in handen is van een loverboy",
    "iemand dreigt mijn naaktfotos te verspreiden als ik niet betaal",
    "een man van 35 stuurt mijn dochter van 12 berichtjes op snapchat",
    "ze wordt afgeperst met een filmpje",
    "mijn man slaat me al jaren",
    "mijn partner heeft me gewurgd",
    "mijn vriend duwde me tegen de muur",
    "hij gooit met borden naar mij",
    "de kinderen komen met blauwe plekken terug van hun vader",
    "een leerling in mijn klas vertelde dat ze thuis geslagen wordt",
    "een leerling van mij heeft steeds blauwe plekken op zijn armen",
    "ik hoor de buren elke avond schreeuwen en klappen, het kind huilt",
    "ik vermoed dat het buurmeisje mishandeld wordt",
    "de buurkinderen krijgen geen eten en lopen in vieze kleren",
    "mijn zoon zegt dat papa hem slaat als hij bij hem is",
    "ik ben bang dat ik mijn kind iets aandoe",
    "ik heb mijn kind geslagen",
    "ik heb mijn zoon gisteren een harde klap gegeven",
    "ik heb de baby door elkaar geschud omdat hij niet stopte met huilen",
    "ik ben zo moe dat ik bang ben dat ik de baby ga schudden",
    "mijn zoon van 16 slaat mij",
    "mijn ex heeft de kinderen meegenomen naar marokko en komt niet terug",
    "mijn ex stalkt me en staat steeds bij de school",
    "my dad hits me",
    "i am scared of my stepdad",
    "he touched me in my private parts",
    "there is no food at home and nobody is home",
    "my daughter is being groomed online",
    "i'm afraid i will hurt my baby",
    "babam beni dövüyor",
    "ojciec mnie bije",
    "أبي يضربني",
    "вітчим б'є мене",
    "mijn dochter van 5 zegt dat oom aan haar plasser zit",
    "de buurman heeft eraan gezeten zegt mijn zoontje",
    "mijn dochter durft niet te slapen omdat haar stiefvader snachts op haar kamer komt",
    "een leerling zegt dat ze niet naar huis durft",
    "mijn kind is doodsbang als papa dronken is",
    "ze duikt weg als je je hand optilt",
    "mijn vader doet me pijn",
    "de kinderen vertellen dat hun vader ze slaat",
    "mijn kind heeft gezien hoe zijn vader zijn moeder sloeg",
    "mijn man geeft de kinderen klappen als ze niet luisteren",
    "mijn ouders straffen mij door me op te sluiten in de kelder",
    "een leerling komt vaak zonder ontbijt naar school en heeft vieze kleren",
    "mijn zoon van 8 zegt dat hij iedereen dood wil maken",
    "mijn dochter van 13 heeft een vriendje van 19",
    "een onbekende man chat met mijn dochter op snapchat",
    "ik ben bang voor mijn zoon, hij is zo agressief",
    "mijn ex is agressief bij de overdracht en heeft me geduwd",
    "mijn stiefvader doet rare dingen met me",
    "ik mag het aan niemand vertellen van mijn oom",
    "ik ben bang voor de vriend van mijn moeder",
    "mijn vader slaat alles kapot als hij dronken is",
    "een leerling vertelt dat hij vaak geen eten heeft thuis",
    "mijn zoon van 14 is gedwongen om seks te hebben met een oudere jongen",
    "boję się męża",
    "I am afraid to go home",
    "my stepdad touches me",
    "he said he would kill me",
    "my mum leaves us alone for days",
    "my parents are forcing me to marry",
    "mijn man kleineert me en controleert alles",
    "iemand heeft me aangeraakt op plekken waar ik dat niet wil",
    "ik wil weg, thuis ben ik niet veilig",
    "hij heeft me gedwongen",
    "we hebben seks gehad maar dat wilde ik niet",
    "mijn oom stuurt me rare berichten",
    "mijn stiefvader is heel agressief en ik ben bang",
    "mijn moeder trekt aan mijn haren",
    "babam bana bağırıyor ve vuruyor",
    "ik ben bang dat mijn vriend de baby iets aandoet",
    "onze baby van 3 maanden heeft blauwe plekken op zijn armen",
    "ze is zwanger van haar stiefvader",
    "mijn dochter van 15 heeft een relatie met haar leraar",
    "mijn zoon heeft online iemand leren kennen die hem skins geeft en wil afspreken",
    "mijn dochter van 14 heeft een veel oudere vriend met een auto",
    "mijn zoon van 12 zegt dat hij iemand wil steken",
    "mijn man heeft losse handjes",
    "ik ben bang om alleen met mijn stiefvader thuis te zijn",
    "de politie is al een paar keer bij de buren geweest",
    "mijn zoon van 14 heeft zijn zusje gewurgd",
]
# Suicidal thoughts and self-harm, also indirect ("het hoeft voor mij niet meer") and past tense.
MORE_LOW_MOOD = [
    "Wat moet ik doen, mijn dochter van 12 schreef in haar dagboek dat ze dood wil.",
    "Mijn dochter van 14 praat over de dood en geeft haar spullen weg.",
    "Mijn zoon is 11 en zegt dat hij zich van kant wil maken.",
    "ik wil niet meer leven",
    "ik wil dood",
    "k wil dood",
    "ik wil er niet meer zijn",
    "ik snij mezelf",
    "ik kras in mijn armen",
    "mijn dochter heeft krassen op haar armen",
    "mijn dochter zegt dat ze beter dood kan zijn",
    "ik zie het echt niet meer zitten",
    "niemand zou me missen als ik er niet meer was",
    "ik denk steeds aan zelfmoord",
    "mijn zoon heeft een afscheidsbrief geschreven",
    "mijn dochter van 14 heeft een zelfmoordpoging gedaan",
    "ik wil gewoon niet meer",
    "ik heb pillen gespaard",
    "mijn zoon doet zichzelf pijn",
    "ik beschadig mezelf",
    "i want to die",
    "i have been cutting myself",
    "kendimi öldürmek istiyorum",
    "chcę się zabić",
    "أريد أن أقتل نفسي",
    "хочу вбити себе",
    "ik heb geen zin meer in het leven",
    "het hoeft voor mij niet meer",
    "ik heb scheermesjes in haar kamer gevonden",
    "ze wil slapen en niet meer wakker worden",
    "kızım kendine zarar veriyor",
    "córka się tnie",
    "ik ben bang dat mijn moeder zichzelf iets aandoet",
    "my son talks about killing himself",
    "ik heb mezelf gesneden",
    "ik heb weer gekrast",
    "ik wil gewoon dat alles stopt",
]
# Urgent, with the category left to the topic (a missing teenager, a drunk child, a homeless youth).
URGENT_ANY_TOPIC = [
    "mijn dochter van 15 is sinds gisteren niet thuisgekomen",
    "mijn zoon is weggelopen van huis",
    "mijn zoon heeft xtc genomen en is helemaal verward en gloeiend heet",
    "mijn dochter heeft anorexia en weegt nog maar 38 kilo",
    "ze zeggen dat ik dood moet",
    "ze gaan me pakken na school zeggen ze",
    "ze eet niks meer en ik ben bang dat ze doodgaat",
    "mijn baby van 2 weken heeft 39 koorts",
    "ik ben 16 en mijn ouders hebben me uit huis gezet",
    "ik slaap al een week op straat",
    "mijn moeder is altijd dronken en ik moet voor mijn broertjes zorgen",
    "mijn zoon van 1 is van de commode gevallen",
    "mijn dochter blijft hele nachten weg",
]
# Danger happening now: emergency, whatever else the message says.
MORE_EMERGENCY = [
    ("hij heeft een mes", "safety"),
    ("mijn vader staat met een mes in de keuken", "safety"),
    ("help hij slaat mama nu", "safety"),
    ("mijn ex staat voor de deur en schreeuwt dat hij me gaat vermoorden", "safety"),
    ("ik heb me opgesloten in de badkamer want mijn man is door het dolle heen", "safety"),
    ("ik heb net alle pillen van mijn moeder geslikt", "low_mood"),
    ("my mum's boyfriend is hitting her right now", "safety"),
    ("he has a knife", "safety"),
    ("mijn peuter heeft een batterij ingeslikt", None),
    ("mijn dochter is zo dronken, ze is niet wakker te krijgen", None),
    ("ik denk dat iemand iets in haar drankje heeft gedaan", None),
    ("mijn baby wordt blauw rond de mond", None),
    ("mijn zoon van 16 staat op het balkon en dreigt te springen", "low_mood"),
    ("my baby is not breathing", None),
    ("help hij is door het dolle heen en slaat alles kapot", "safety"),
    ("mijn baby reageert niet", None),
    ("ik heb pillen genomen", "low_mood"),
]
# Phrasing families that once slipped through: subordinate clauses and conditionals, strangulation in any
# tense, confinement, imposed secrecy, a child avoiding one adult, a threat announced for later, a nude
# shown by an adult, unexplained injuries, a child kept from school, an age gap without the word "vriend".
FAMILY_SAFETY = [
    "mijn stiefmoeder sluit mij op in de schuur als ik iets fout doe",
    "ik snap niet waarom mijn moeder mijn zusje steeds in de kast opsluit",
    "mijn vriend pakte me bij mijn keel toen ik weg wilde gaan",
    "hij had zijn handen om mijn keel, ik kon even geen adem halen",
    "de peuter heeft onverklaarde blauwe plekken en de moeder geeft wisselende verklaringen",
    "een vriendin vertelde dat haar opa haar aanraakt op plekken waar dat niet mag",
    "opa zegt dat het een geheim is wat er gebeurt als we samen zijn",
    "ze zei dat ik niks tegen mijn moeder mag zeggen over wat hij doet",
    "de oppas liet mijn zoon filmpjes zien van blote mannen",
    "mijn dochter van 5 wil sinds kort niet meer bij opa logeren en huilt als hij komt",
    "mijn zoontje van 3 zegt dat hij niet meer met de oppas alleen wil zijn",
    "bij ons thuis is het vaak ruzie en slaan, ik ga dan naar mijn kamer",
    "ik hoor bij de bovenburen een kind gillen en er wordt gegooid met spullen",
    "mijn ex zegt dat hij me na het weekend kapot gaat maken",
    "mijn vader houdt mij thuis om in de winkel te helpen, ik mag al maanden niet naar school",
    "mijn stiefvader zit soms 's nachts op de rand van mijn bed en dan voelt hij aan me",
    "mijn vriend laat me niet meer alleen de deur uit en pakt mijn telefoon af",
    "er is al drie dagen geen eten in huis en mama is weg",
    "een man in een auto probeerde mijn dochter mee te lokken bij school",
    "een leerling van mij heeft brandplekken van sigaretten op zijn armen",
    "mijn oom stuurt me berichten dat ik mooi ben en dat ik niks tegen mama mag zeggen",
    "my stepmum doesn't give me food when she's angry",
    "i'm scared of my mum's new boyfriend, he comes into the bathroom when i shower",
    "als ik thuis iets fout doe krijg ik met de riem",
    "ik moet van mijn vriend seks hebben met zijn vrienden",
    "de vriend van mijn moeder filmt mij als ik slaap",
    "ze heeft blauwe vingerafdrukken op haar bovenarmen, de moeder zegt dat ze gevallen is",
    # A cover story: marks someone saw, then "I said I fell", or a child told to say so.
    "de juf zag blauwe plekken op mijn rug maar ik zei dat ik gevallen was",
    "my dad told me to say i fell if anyone asks about my arm",
    "mijn dochter van 13 verdwijnt 's avonds en komt terug met nieuwe kleren en geld",
    "de leraar van mijn dochter stuurt haar 's nachts berichten op snapchat",
    "mijn ex houdt zich niet aan het contactverbod en belt elke dag",
]
FAMILY_LOW_MOOD = [
    "ik heb het gevoel dat mijn ouders beter af zijn zonder mij",
    "hij zei dat hij liever nooit meer wakker zou worden",
    "ik zou het liefst gaan slapen en niet meer wakker worden",
    "ik zoek op internet hoe ik er een einde aan kan maken",
    "ik heb er geen zin meer in, in mijn leven dan",
    "soms denk ik dat het beter is als ik er niet meer ben",
]
FAMILY_ANY_TOPIC = [
    "een jongen uit de klas zegt dat hij mijn zoon vrijdag in elkaar gaat slaan",
    "ik ben 13 en praat elke avond met een man van 24 die zegt dat hij verliefd op me is",
    "ik ben 15 en date met een jongen van 21, hij wil dat ik bij hem blijf slapen",
    "een meisje uit mijn klas slaapt in een auto met haar moeder",
    "mijn moeder drinkt elke avond tot ze omvalt en dan moet ik voor mijn zusje zorgen",
]
# The danger is now when another sentence says so: someone unreachable, a child out at night, a goodbye,
# a fight going on next door, a child alone in a hot car.
FAMILY_EMERGENCY = [
    ("mijn dochter stuurde me een afscheidsbericht. ze denkt al weken aan zelfmoord", "low_mood"),
    ("hij neemt zijn telefoon niet meer op. hij zei gisteren dat hij dood wil", "low_mood"),
    ("mijn vader heeft me geslagen en ik ben weggerend. ik zit nu alleen in het park", "safety"),
    ("de buren zijn al een half uur aan het vechten en ik hoor een vrouw om hulp roepen", "safety"),
    ("er zit een peuter alleen in een auto op de parkeerplaats en het is heel warm", None),
    ("babam su anda annemi dovuyor, lutfen yardim edin", "safety"),
    ("mijn vriend appt net dat zijn vader hem heeft opgesloten en pijn doet", "safety"),
    ("ze heeft zich in haar kamer opgesloten en zegt dat ze pillen heeft genomen", "low_mood"),
    ("mijn kind van 2 is uit het raam gevallen en huilt niet", None),
    ("mijn ex heeft een straatverbod maar staat toch weer voor de deur", "safety"),
]
HARD_NEGATIVES = [
    "het hoeft niet meer want het is al opgelost",
    "mijn ex staat voor de deur om de kinderen op te halen",
    "ik schrok me dood toen hij van de trap viel",
    "mijn zoon speelt een game waarin je mensen neerschiet, is dat erg?",
    "het verjaardagsfeestje was moordgezellig",
    "hij slaat nooit, maar hij schreeuwt wel veel",
    "ik ben doodmoe van het slechte slapen van de baby",
    "ik ga dood van het lachen om haar grapjes",
    "hij leert op tennis de bal hard slaan",
    "mag mijn zoon van 10 een mes om brood te snijden gebruiken?",
    "mijn man slaat mij niet, maar we hebben veel ruzie",
    "ik maak me geen zorgen, ik wil alleen informatie over zindelijkheid",
]
# Hard negatives for the phrasing families above: panic, a teenager's joke, a definition, denial, a
# worry about the future, a deep sleeper, siblings, a crying baby, an illness, a birthday secret.
FAMILY_NEGATIVES = [
    "als ik een paniekaanval heb voel ik dat ik niet kan ademen, is dat normaal?",
    "ik krijg hyperventilatie bij toetsen en kan dan bijna niet ademen",
    "mijn zoon zegt altijd dat hij me vermoordt als ik nog een keer zijn kamer binnenkom zonder kloppen",
    "is een tik op de billen ook een vorm van mishandeling?",
    "ik ben niet suicidaal, maar ik heb wel vaak geen energie",
    "hij zegt niet dat hij dood wil, maar hij is wel heel somber",
    "mijn dochter is naief en ik ben bang dat ze later misbruikt wordt door foute vrienden",
    "mijn baby wordt 's nachts nooit meer wakker, hoe lang moet ze slapen?",
    "mijn zoon wil niet meer met zijn broertje in bad, hij schaamt zich",
    "ik hoor mijn baby 's nachts huilen en schreeuwen als ze honger heeft",
    "mijn dochter mag deze week niet naar school omdat ze waterpokken heeft",
    "papa zegt dat het een geheim is wat we voor mama's verjaardag kopen",
    "mijn zoon van 12 keek op zijn telefoon naar filmpjes van blote vrouwen",
    "mijn dochter van 8 moet elke avond om zeven uur binnen zijn, is dat te streng?",
    "mijn baby slaapt alleen in de auto of in de kinderwagen, hoe krijg ik hem in zijn bedje?",
    "mijn zoon voelt aan me dat ik verdrietig ben, hoe leg ik uit dat het niet aan hem ligt?",
    "mijn moeder pakt mijn telefoon af als ik te lang game, is dat normaal? ik ben 13",
    "papa zei dat ik niks tegen mama mag zeggen over haar verjaardagscadeau",
    "mijn dochter heeft pillen genomen tegen de hoofdpijn, mag dat met haar leeftijd?",
    "we hebben geen eten meer in huis tot het einde van de maand, waar kan ik voedselhulp krijgen?",
    "mijn man drinkt elke avond twee biertjes, is dat veel?",
    "de trainer stuurt appjes dat ik mooi gespeeld heb",
    "hoe leer ik mijn kind dat hij niet met vreemden mee moet gaan die hem willen meelokken?",
    "mijn vriend checkt mijn telefoon nooit, ik vertrouw hem",
    "mijn peuter slaat mij met een stok als hij boos is",
    "mijn zoon sloeg met een stok op de grond",
    "mijn zoon zegt dat zijn juf hem altijd aanraakt als ze hem helpt met schrijven, is dat normaal?",
    "papa zegt dat ik niet mag vertellen wat we voor mama kopen",
    "mijn zoon speelt fortnite en roept dat hij iedereen gaat vermoorden",
    "mijn puber van 17 blijft soms bij vrienden slapen zonder te zeggen waar",
]
# Figures of speech, negations, games and films, toddlers who hit, general and professional questions,
# accidents and ordinary worries: none of these may raise urgent or emergency.
MORE_NEGATIVES = [
    "mijn zoon van 3 laat steeds zijn piemel zien op de opvang",
    "mijn dochter wordt boos als ik iets zeg over haar kamer",
    "ik schrok me dood toen hij van de trap viel",
    "ik ben doodmoe",
    "het feest was moordgezellig",
    "ik word gek van hem, hij luistert nooit",
    "we lagen in een deuk, de slappe lach",
    "school is dodelijk saai zegt hij",
    "mijn zoon speelt een spel waarin je mensen doodschiet",
    "mijn zoon van 12 speelt de hele dag fortnite en schiet iedereen dood",
    "mijn peuter slaat me",
    "mijn peuter slaat en bijt als hij boos is",
    "mijn zoon van 3 slaat zijn zusje",
    "mijn dochter van 2 schopt en slaat tijdens een driftbui",
    "hij slaat nooit, maar hij schreeuwt veel",
    "ik ben nooit geslagen als kind en wil mijn kinderen ook niet slaan",
    "mijn man slaat de kinderen niet, maar hij is wel streng",
    "mag je je kind een tik geven?",
    "hoe werkt de meldcode huiselijk geweld en kindermishandeling?",
    "wat zijn signalen van kindermishandeling?",
    "ik wil een training over de meldcode voor ons team",
    "mijn dochter moet een spreekbeurt houden over zelfmoord",
    "mijn zoon van 10 snijdt zich aan een mes bij het koken, hoe leer ik hem voorzichtig te zijn",
    "mag mijn zoon van 9 een mes gebruiken om brood te smeren?",
    "hij kan nog niet met mes en vork eten",
    "mijn dochter van 4 vraagt steeds of ik dood ga",
    "opa is overleden, hoe vertel ik dat mijn kinderen",
    "een klasgenoot van mijn zoon heeft zelfmoord gepleegd, hoe help ik hem",
    "mijn zoon wordt gepest en soms geschopt op het schoolplein",
    "mijn zoon heeft een klasgenoot geslagen op school",
    "mijn kinderen vechten de hele dag met elkaar",
    "hij leert op tennis de bal hard slaan",
    "de deur sloeg dicht en de baby werd wakker",
    "mijn man slaat de deur hard dicht als hij boos is",
    "mijn zoon slaat alarm als hij honger heeft",
    "mijn dochter kan niet tegen haar verlies",
    "ik maak me zorgen om zijn schermtijd",
    "hoe lang mag mijn kind alleen thuis blijven na school?",
    "mijn kinderen zijn na school een uurtje alleen thuis, kan dat vanaf 10 jaar?",
    "mijn baby drinkt slecht aan de borst",
    "mijn baby krijgt niet genoeg binnen",
    "mijn dochter krijgt geen eten binnen als ze ziek is",
    "we hebben ruzie over de omgangsregeling",
    "mijn ex wil de kinderen vaker zien",
    "mijn zoon van 15 komt steeds te laat thuis",
    "mijn dochter wil niet naar huis van het speelafspraakje",
    "mijn dochter durft niet alleen naar huis te fietsen in het donker",
    "ik ben bang dat mijn kind iets overkomt",
    "mijn zoon is bang voor de juf",
    "ik kan het niet meer aan met drie kleine kinderen",
    "ik ben zo moe, ik kan niet meer",
    "hij bijt zijn nagels",
    "mijn dochter snijdt haar eigen brood",
    "mijn zoon vindt horrorfilms leuk waarin mensen worden vermoord",
    "hoe praat ik met mijn kind over de dood",
    "mijn zoontje wil weten wat doodgaan is",
    "de hond heeft het konijn doodgebeten",
    "mijn dochter zit aan haar telefoon tot laat",
    "mijn zoon zit aan mijn spullen",
    "hij zit steeds aan zijn piemel, is dat normaal bij een peuter?",
    "mijn zoon van 3 speelt doktertje met zijn nichtje, is dat normaal?",
    "mijn zoon maakt zijn huiswerk af",
    "ik kom je halen na school",
    "zal de prik hem pijn doen?",
    "hoe leg ik uit dat we gaan scheiden",
    "mijn man drinkt te veel",
    "we hebben schulden en weinig geld voor eten",
    "mijn zoon wil dood gaan van schaamte als ik hem knuffel bij school",
    "mijn zoon vermist zijn vader sinds de scheiding",
    "mijn dochter mist haar vader",
    "mijn zoon is geslaagd voor zijn examen",
    "ik heb mijn zoon gisteren eindelijk zijn zwemdiploma zien halen",
    "ik sla hem nooit",
    "mijn zoon bonkt met zijn hoofd tegen de muur als hij boos is, hij is 2",
    "mijn autistische zoon slaat zichzelf als hij overprikkeld raakt, hij is 6",
    "mijn kind heeft een blauwe plek van het vallen op het schoolplein",
    "killing time while the kids nap",
    "i was scared to death when she fell",
    "my toddler hits me when he is angry",
    "he never hits the kids",
    "my son plays a game where you shoot people",
    "mijn dochter is gek op de serie over een moord",
    "hoe vaak komt kindermishandeling voor in nederland?",
    "mijn man en ik hebben veel ruzie",
    "ik schreeuw soms tegen mijn kinderen en voel me daar schuldig over",
    "mijn zoon van 16 wil een bijbaan",
    "mijn baby van 3 maanden spuugt veel",
    "hoe stop ik met roken nu ik zwanger ben",
    "mijn zoon heeft een zakmes gekregen van opa, mag dat?",
    "mijn dochter wil een mes om mee te knutselen",
    "ik ben bang voor de bevalling",
    "mijn zoon wordt steeds geplaagd door zijn broer",
    "mijn peuter duwt andere kinderen op de opvang",
    "mijn dochter wil met een jongen van haar klas afspreken",
    "mijn dochter heeft verkering met een jongen van 15",
    "mijn zoon kijkt filmpjes op youtube met schieten",
    "hoe weet ik of mijn kind misbruikt wordt?",
    "hoe bescherm ik mijn dochter tegen loverboys?",
    "ik ben vroeger zelf geslagen door mijn vader en merk dat ik nu ook snel boos word op mijn kinderen",
    "hoe leer ik mijn kind dat niemand aan zijn lichaam mag zitten",
    "mijn dochter staat in de keuken met een mes groenten te snijden",
    "mijn zoon heeft een mes nodig voor scouting",
    "mijn dochter had vorige week een koortsstuip, is dat gevaarlijk?",
    "mijn zoontje heeft een blauwe plek op zijn been van het voetballen",
    "mijn zoon zit steeds aan zijn piemel",
    "ik denk erover om te stoppen met borstvoeding",
    "mijn dochter wil verdwijnen als ze zich schaamt zegt ze lachend",
    "mijn zoon speelt fortnite met onbekende mensen, is dat erg?",
    "mijn zoon wordt gepest en soms geduwd in de klas",
    "mijn dochter voelt zich niet veilig op school",
    "mijn peuter pakt steeds een mes uit de la",
    "zijn knie is helemaal blauw na de val",
    "mijn baby heeft adempauzes in zijn slaap, is dat normaal?",
    "mijn zoon slaat alles kapot als hij boos is, hij is 4",
    "we worden uit huis gezet vanwege huurachterstand",
    "I'm scared my dad is ill",
    "my dad controls the tv remote lol",
    "ik heb pillen genomen tegen de hoofdpijn",
    "mijn zoon van 2 reageert niet op zijn naam",
    "hij krast in zijn schrift",
    "mijn zoon heeft zijn tekening gekrast",
    "mijn peuter trekt aan de haren van haar zusje",
    "hij is net gestart op een nieuwe school",
    "mijn zoon van 4 slaat zijn zusje",
    "wanneer moet je de politie bellen bij huiselijk geweld?",
]


@pytest.mark.parametrize("text", URGENT_SAFETY + MORE_SAFETY + FAMILY_SAFETY)
def test_urgent_safety(text: str) -> None:
    result = route(text)
    assert result.urgency in ("urgent", "emergency"), result.explanation
    assert result.category == "safety", result.explanation
    assert result.intent in ("question", "human")
    assert any(note.startswith(("urgent:", "emergency:")) for note in result.explanation)


def test_plain_disclosure_is_urgent_not_emergency() -> None:
    assert route("mijn vriend slaat me als hij gedronken heeft").urgency == "urgent"


@pytest.mark.parametrize(
    ("text", "urgency"),
    [
        # "net als" and "net zo ... als" compare; they do not say it happens now.
        ("mijn nichtje van 13 zegt dat ze deze zomer besneden wordt, net als haar zussen", "urgent"),
        ("ik snij mezelf weer, net als toen ik jong was. ik ben bang dat de kinderen het zien", "urgent"),
        ("mijn vader zegt elke dag dat ik net zo waardeloos ben als mijn moeder", "urgent"),
        # "net zo hard ... dat" is just now.
        ("papa heeft mama net zo hard geslagen dat ze niet meer opstaat", "emergency"),
        ("ik heb mijn baby net zo hard door elkaar geschud, nu huilt ze niet meer", "emergency"),
    ],
)
def test_net_as_a_comparison_is_not_just_now(text: str, urgency: str) -> None:
    assert route(text).urgency == urgency, route(text).explanation


@pytest.mark.parametrize("text", URGENT_LOW_MOOD + MORE_LOW_MOOD + FAMILY_LOW_MOOD)
def test_urgent_low_mood(text: str) -> None:
    result = route(text)
    assert result.urgency in ("urgent", "emergency"), result.explanation
    assert result.category == "low_mood", result.explanation


@pytest.mark.parametrize("text", URGENT_ANY_TOPIC + FAMILY_ANY_TOPIC)
def test_urgent_whatever_the_topic(text: str) -> None:
    result = route(text)
    assert result.urgency in ("urgent", "emergency"), result.explanation
    assert result.confidence >= 0.9


@pytest.mark.parametrize(("text", "code"), EMERGENCY + MORE_EMERGENCY + FAMILY_EMERGENCY)
def test_emergency(text: str, code: str | None) -> None:
    result = route(text)
    assert result.urgency == "emergency", result.explanation
    if code is not None:
        assert result.category == code
    assert result.confidence >= 0.9


@pytest.mark.parametrize("text", HARD_NEGATIVES + MORE_NEGATIVES + FAMILY_NEGATIVES)
def test_hard_negatives_do_not_trigger(text: str) -> None:
    result = route(text)
    assert result.urgency in ("none", "attention"), result.explanation


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_hard_negatives_keep_their_topic(text: str) -> None:
    # Where the re-ranker reads safety at home (MODEL_DISAGREES), the lexicon keeps the topic and the urgency
    # stays below urgent.
    routed = route(text)
    reading = route_with_model(text, None) if text in MODEL_DISAGREES else routed
    assert reading.category not in ("safety", "low_mood")
    assert routed.urgency in ("none", "attention")


@pytest.mark.parametrize(
    "text",
    [
        "ik maak me grote zorgen om mijn zoon",
        "mijn dochter huilt elke dag na school",
        "we weten het echt niet meer wat we moeten doen met hem",
        "hoe werkt de meldcode huiselijk geweld en kindermishandeling?",
        "wat zijn signalen van verwaarlozing?",
        "hoe weet ik of mijn kind misbruikt wordt?",
        "ik ben vroeger zelf geslagen door mijn vader en merk dat ik nu ook snel boos word op mijn kinderen",
    ],
)
def test_attention(text: str) -> None:
    assert route(text).urgency == "attention", route(text).explanation


def test_professional_with_a_concrete_case_is_urgent() -> None:
    result = route(
        "een leerling in mijn klas vertelde dat ze thuis geslagen wordt, moet ik de meldcode volgen?"
    )
    assert result.urgency == "urgent"
    assert result.category == "safety"


def test_general_meldcode_question_is_attention_with_category_safety() -> None:
    result = route("hoe werkt de meldcode huiselijk geweld en kindermishandeling?")
    assert result.urgency == "attention"
    assert result.category == "safety"


def test_toddler_hitting_is_behaviour_not_abuse() -> None:
    result = route("mijn peuter slaat me steeds in mijn gezicht")
    assert result.urgency == "none"
    assert result.category == "behaviour"


def test_teenager_hitting_a_parent_is_a_safety_matter() -> None:
    assert route("mijn zoon van 16 slaat mij").urgency == "urgent"


def test_young_child_named_in_an_earlier_sentence() -> None:
    assert route("Mijn zoontje is 3. Hij slaat me als hij boos is.").urgency == "none"


@pytest.mark.parametrize(
    "text",
    [
        "He took 2 tablets for his headache",
        "hij heeft 2 paracetamol genomen tegen de hoofdpijn",
        "ze heeft 1 ibuprofen ingenomen voor de menstruatiepijn",
    ],
)
def test_a_small_dose_for_a_complaint_is_harmless(text: str) -> None:
    check_urgency(text, QUIET)


@pytest.mark.parametrize(
    "text",
    [
        "mijn dochter heeft 3 pillen geslikt",
        "she took 40 tablets for her headache",
        "ik heb 20 paracetamol genomen tegen de hoofdpijn",
        "he has swallowed 2 pills and is not responding",
    ],
)
def test_many_pills_or_no_complaint_is_an_overdose(text: str) -> None:
    check_urgency(text, ("emergency",))


# A new parent's fear of hurting a newborn by accident while caring for it (bathing, nails, a runny nose) is
# no fear of losing control: the backstop learns these as calm examples (bench/safety_model.RULE_TESTS).
@pytest.mark.parametrize(
    "text",
    [
        "ik was zo bang dat ik hem pijn zou doen bij het nagels knippen, hij is 2 weken",
        "bij het in bad doen ben ik bang dat ik haar laat vallen, ze is pas 10 dagen",
        "ik durf hem niet in bad te doen want ik ben bang dat ik zijn nekje verkeerd vasthoud",
        "ik ben doodsbang dat ik haar navelstompje pijn zou doen bij het wassen",
        "I was scared I would hurt the soft spot on his head when washing his hair, he is 5 weeks old",
        "bang dat ik haar pijn zou doen met het afzuigen van haar neusje, ze is 6 weken",
        "mijn vriend is doodsbang dat hij de baby pijn zou doen bij het aankleden, ze is zo klein",
        "ik schrok me dood toen ze bij het verschonen van de commode rolde, ze is gelukkig niks",
    ],
)
def test_fear_of_hurting_a_newborn_during_care_is_harmless(text: str) -> None:
    check_urgency(text, QUIET)


def test_negation_does_not_reach_across_a_comma_or_conjunction() -> None:
    assert route("ik weet het niet, hij slaat me").urgency == "urgent"
    assert route("iemand dreigt mijn naaktfotos te verspreiden als ik niet betaal").urgency == "urgent"


def test_safety_wins_over_thanks() -> None:
    result = route("bedankt, maar mijn man slaat me nog steeds")
    assert result.intent == "question"
    assert result.urgency == "urgent"


def test_safety_explanation_names_the_phrase() -> None:
    notes = route("mijn man slaat mij").explanation
    assert any(note.startswith("urgent:") and "slaat" in note and "(violence)" in note for note in notes)


# The family of a signal may allow the topic the message is about (family_alternatives in safety.yaml): an
# overdose, a drunk teenager who cannot be woken or a baby who turns blue is still 112, under its own topic.
TOPIC_EMERGENCY = [
    ("mijn zoon van 16 heeft te veel gedronken op een feest en is nu niet wakker te krijgen", "substances"),
    ("onze dochter van 15 heeft xtc genomen en is nu bewusteloos", "substances"),
    ("my 14 year old has drunk a whole bottle of vodka and we cannot wake him up", "substances"),
    ("mijn baby van 2 maanden ademt nu heel raar en wordt blauw", "baby"),
    ("mijn dochter heeft een pot pillen geslikt en reageert niet", "low_mood"),
]
# Danger from a parent or partner stays safety: the topics a family allows never include what it is about.
STILL_SAFETY = [
    "mijn man slaat nu de baby, help",
    "mijn vriend schudt de baby door elkaar, hij is er nu",
    "mijn vader dreigt me te slaan als ik thuiskom",
    "mijn ex dreigt de kinderen mee te nemen en ons iets aan te doen",
    "he threatens to kill me if I tell anyone, my stepdad",
]


# Medical danger now: a button battery, a seizure with a limp or blue child or one that does not stop, a knock
# on the head followed by vomiting or drowsiness. The same words in a question for the doctor raise nothing.
# An accident or an illness is `other` (safety.ACCIDENT), not safety at home, unless its own topic is clear.
MEDICAL_EMERGENCY = [
    (
        "mijn dochter van 2 heeft een knoopcelbatterij in haar hand gehad, ik weet niet of ze er een heeft "
        "ingeslikt",
        "other",
    ),
    ("mijn zoon van 3 heeft een koortsstuip gehad en ligt nu slap in mijn armen", "other"),
    ("zijn stuip houdt niet op", "other"),
    ("hij is van de trap gevallen op zijn hoofd en moet nu steeds overgeven", "other"),
    ("my son fell off his bike and hit his head, he is vomiting now and very sleepy", "other"),
    ("mijn dochter van 16 heeft epilepsie en heeft nu al 5 minuten een aanval, hij stopt niet", "disability"),
    ("mijn zoon heeft een pinda gegeten en zijn lippen worden dik en hij is benauwd", "other"),
    ("my daughter ate peanuts and her face is swelling up and she can't breathe properly", "other"),
    ("my toddler is choking on a grape and can't breathe", "other"),
    ("mijn peuter is in het zwembad onder water geraakt, hij hoest en is heel suf", "other"),
    ("mijn zoon heeft een astma-aanval en de puffer helpt niet, hij kan bijna niet praten", "disability"),
    ("ze heeft een bult op haar hoofd en moet steeds overgeven sinds ze van de bank viel", "other"),
    # A poisoning is an accident, as a cleaning product is; the English twin keeps the baby topic the model
    # is sure of.
    ("mijn dochter heeft een heel flesje paracetamolsiroop leeggedronken, ze is 3", "other"),
    ("my toddler drank a whole bottle of calpol", "baby"),
    # A toddler who drank a cleaning product is poisoned: an accident, not substance use.
    ("mijn zoon van 2 heeft schoonmaakmiddel gedronken", "other"),
    ("onze peuter heeft wasmiddel gedronken en hoest", "other"),
    ("hij had een batterij in zijn mond en ik weet niet of hij hem heeft ingeslikt, hij is 2", "other"),
]
MEDICAL_EVERYDAY = [
    "mijn dochter van 8 valt vaak flauw als ze lang staat, is dat normaal?",
    "mijn zoon valt flauw bij het bloedprikken, hoe bereid ik hem voor?",
    "mijn zoon heeft vorig jaar een koortsstuip gehad, hoe groot is de kans dat het weer gebeurt?",
    "hij kreeg een bal tegen zijn hoofd bij voetbal, moet ik opletten?",
    "hoe gevaarlijk is een knoopcelbatterij als een kind die inslikt?",
    "zijn lippen werden dik na de pinda maar hij is niet benauwd, moet ik naar de huisarts?",
    "hoe weet ik of mijn kind allergisch is voor pinda en wat als hij benauwd wordt?",
    "zijn puffer helpt niet zo goed bij het sporten, moet hij een andere?",
    "hij ging kopje onder bij zwemles en moest even hoesten, nu is hij weer vrolijk",
    "my son has a nut allergy, how do I tell the school?",
    "mijn dochter van 3 heeft 5 ml paracetamolsiroop gedronken zoals de dokter zei, hoe vaak mag dat?",
    "mijn dochter van 3 heeft een flesje limonade leeggedronken en nu heeft ze buikpijn",
    "hij heeft een bult op zijn hoofd van de deur, moet ik ijs erop doen?",
    # Breath-holding in a tantrum turns a toddler blue and passes by itself.
    "my toddler throws a fit and holds his breath until he turns blue",
    "mijn peuter krijgt een driftbui en houdt zijn adem in tot hij blauw wordt, is dat gevaarlijk?",
    # Put in the mouth but, the parent says, not swallowed after all.
    "mijn zoon had een batterij in zijn mond maar heeft hem gelukkig niet ingeslikt, hoe voorkom ik dat?",
    "ze heeft gelukkig niks ingeslikt van het schoonmaakmiddel, moet ik toch naar de huisarts?",
    "hij pakte de pillen van oma maar heeft ze gelukkig niet ingeslikt",
]


@pytest.mark.parametrize(("text", "code"), TOPIC_EMERGENCY + MEDICAL_EMERGENCY)
def test_an_emergency_under_its_own_topic(text: str, code: str) -> None:
    result = route(text)
    assert result.urgency == "emergency", result.explanation
    assert result.category == code
    assert result.confidence >= 0.9


@pytest.mark.parametrize("text", STILL_SAFETY)
def test_danger_from_a_parent_or_partner_stays_safety(text: str) -> None:
    result = route(text)
    assert result.urgency in URGENT, result.explanation
    assert result.category == "safety"


def test_a_teenagers_threat_in_a_rage_is_behaviour_and_still_urgent() -> None:
    result = route(
        "mijn zoon van 14 dreigt zijn broertje iets aan te doen als hij zijn zin niet krijgt, hij heeft veel "
        "driftbuien"
    )
    assert result.urgency == "urgent"
    assert result.category == "behaviour"
    assert result.categories[1] == "safety"


def test_a_family_lends_its_topics_to_every_signal_of_that_label() -> None:
    families = load_yaml("safety.yaml")["family_alternatives"]
    signals = {signal.id: signal for signal in _rules().signals}
    assert set(families["danger now"]) <= set(signals["danger_now"].alternatives)
    # Its own alternatives stay, the family's come after them.
    assert signals["threat"].alternatives[0] == "bullying"
    assert set(families["threat"]) <= set(signals["s7nl_threat"].alternatives)
    # A head injury's drowsiness is no low mood: medical emergencies are a family of their own.
    assert "low_mood" not in signals["s15_seizure_or_head_injury"].alternatives
    # A family never lends safety's own sore points: violence, sexual abuse, neglect keep theirs.
    assert not {"violence", "sexual abuse", "neglect"} & set(families)


# Where the learned model is sure of the topic, a family may lend more (family_alternatives_when_sure): a
# fight between classmates is bullying, with safety right behind it and the urgency unchanged. (A parent
# afraid of her son of 16 who is aggressive towards her was behaviour here until the models of two hundred and
# seventy-nine sets, which are no longer sure of that and keep safety first: violence of a child against a
# parent is violence at home too. A teenager's threats in a rage stay behaviour, see above.)
SURE_TOPIC = [
    ("mijn dochter wordt elke dag na school geschopt en geslagen door klasgenoten", "bullying"),
    ("er gaat een filmpje rond van mijn zoon die op het schoolplein in elkaar wordt geslagen", "bullying"),
    ("my son of 13 was beaten up by older boys on the way home from school", "bullying"),
    ("my daughter was attacked by girls from her class and they posted the video on TikTok", "bullying"),
]


@pytest.mark.parametrize(("text", "code"), SURE_TOPIC)
def test_a_sure_model_names_the_topic_of_a_childs_violence(text: str, code: str) -> None:
    result = route(text)
    assert result.urgency == "urgent", result.explanation
    assert result.categories[:2] == [code, "safety"]


def test_abuse_by_an_adult_lends_no_topic_however_sure_the_model() -> None:
    sure = load_yaml("safety.yaml")["family_alternatives_when_sure"]
    abuse = {"sexual abuse", "grooming or exploitation", "neglect", "parent may hurt the child"}
    assert not abuse & set(sure)
    # Violence lends only what a child does or suffers from other children, never a baby's, a parent's or a
    # separation's topic: a baby's bruises and a partner's violence stay safety (STILL_SAFETY, URGENT_SAFETY).
    assert set(sure["violence"]) <= {"behaviour", "bullying", "emotions", "media"}
    signals = {signal.id: signal for signal in _rules().signals}
    assert "baby" not in signals["violence"].sure_alternatives
    assert "bullying" in signals["violence"].sure_alternatives
    assert "housing" in signals["danger_now"].sure_alternatives


def test_a_family_that_names_no_label_fails_loudly() -> None:
    item = {"id": "x", "level": "urgent", "label": "danger now", "patterns": ["xyz"]}
    assert _signal(item, {}, {}, {"danger now": ["baby"]}, {}).alternatives == ("baby",)
    for key, value in (("family_alternatives", ["baby"]), ("family_alternatives_when_sure", "every topic")):
        data = {**load_yaml("safety.yaml"), key: {"dangr now": value}}
        with pytest.raises(ValueError, match="dangr now"):
            _compile_rules(data)


def test_a_category_or_alternative_that_is_no_code_fails_loudly() -> None:
    item = {"id": "x", "level": "urgent", "label": "threat", "patterns": ["xyz"]}
    for bad, code in (
        ({"category": "relationships"}, "relationships"),
        ({"alternatives": ["bullying", "health"]}, "health"),
    ):
        with pytest.raises(ValueError, match=code):
            _signal({**item, **bad}, {}, {}, {}, {})


def test_a_sure_topic_that_is_no_code_fails_loudly() -> None:
    data = {**load_yaml("safety.yaml"), "family_alternatives_when_sure": {"threat": ["bulying"]}}
    with pytest.raises(ValueError, match="bulying"):
        _compile_rules(data)


# Someone who cannot be woken after drink, pills or a fall is 112; a child who sleeps through a full bladder,
# the alarm clock or thunder, and a baby who sleeps through a feed, are everyday questions.
NOT_WAKING_EMERGENCY = [
    "mijn zoon is zo dronken dat hij niet wakker wordt",
    "ze heeft pillen geslikt en ze wordt niet meer wakker",
    "mijn baby is slap en wordt niet wakker voor de voeding",
    "hij heeft te veel gedronken en we krijgen hem niet wakker",
]
NOT_WAKING_EVERYDAY = [
    ("hij plast in bed en wordt er niet wakker van", "toilet"),
    ("mijn zoon van 7 wordt niet wakker als hij moet plassen", "toilet"),
    ("mijn baby wordt niet wakker voor de voeding, moet ik hem wekken?", "baby"),
    ("my baby won't wake up for her feeds, should I wake her?", "baby"),
    ("hij wordt niet wakker van onweer, is dat normaal?", None),
    ("mijn dochter slaapt zo diep dat ze niet wakker wordt van de wekker", "sleep"),
]


@pytest.mark.parametrize("text", NOT_WAKING_EMERGENCY)
def test_not_waking_after_drink_or_pills_is_an_emergency(text: str) -> None:
    assert route(text).urgency == "emergency"


@pytest.mark.parametrize(("text", "code"), NOT_WAKING_EVERYDAY)
def test_sleeping_through_a_bladder_a_feed_or_a_storm_is_no_alarm(text: str, code: str | None) -> None:
    result = route(text)
    assert result.urgency == "none", result.explanation
    if code is not None:
        assert result.category == code


def test_a_wish_not_to_wake_up_stays_urgent_not_112() -> None:
    assert route("ik wil gewoon niet meer wakker worden, niemand zou het merken").urgency == "urgent"


@pytest.mark.parametrize("text", MEDICAL_EVERYDAY)
def test_a_question_for_the_doctor_raises_no_alarm(text: str) -> None:
    result = route(text)
    assert result.urgency == "none", result.explanation


NOT_SWALLOWED_AFTER_ALL = [
    "hij pakte de pillen van oma maar heeft ze gelukkig niet ingeslikt",
    "ze heeft niks ingeslikt van het schoonmaakmiddel, moet ik toch naar de huisarts?",
    "he had grandma's pills in his hand but luckily he didn't swallow any",
    # "Nooit", as in the ingestion pattern's own guard (NOT_SWALLOWED).
    "ze draait steeds aan de vitaminepotjes maar heeft gelukkig nog nooit iets binnengekregen",
]


@pytest.mark.parametrize("text", NOT_SWALLOWED_AFTER_ALL)
def test_not_swallowed_after_all_is_recorded_as_a_negation(text: str) -> None:
    # Recorded, so that the learned backstop leaves a sentence the rules read on purpose alone.
    result = triage(text)
    assert result.urgency == "none", result.explanation
    assert "negation" in result.quieted


@pytest.mark.parametrize(
    "text",
    [
        "hij had een batterij in zijn mond en ik weet niet of hij hem heeft ingeslikt, hij is 2",
        "ik weet niet zeker of ze niks heeft ingeslikt, ze had de pillen van oma in haar mond",
        # A baby that has drunk nothing since the morning is a danger sign, not a relief.
        "mijn baby van 10 weken is heel slap en heeft sinds vanochtend niks gedronken",
    ],
)
def test_doubt_about_swallowing_is_no_reassurance(text: str) -> None:
    assert "negation" not in triage(text).quieted


def test_fainting_with_too_little_food_stays_urgent() -> None:
    assert route("onze dochter eet bijna niets meer en valt flauw als ze opstaat").urgency == "urgent"


def test_threat_between_classmates_keeps_the_bullying_topic() -> None:
    result = route("mijn zoon wordt gepest en klasgenoten dreigen hem in elkaar te slaan")
    assert result.urgency == "urgent"
    assert result.category == "bullying"


ALL_TEXTS = (
    URGENT_SAFETY
    + MORE_SAFETY
    + URGENT_LOW_MOOD
    + MORE_LOW_MOOD
    + URGENT_ANY_TOPIC
    + [text for text, _ in EMERGENCY + MORE_EMERGENCY]
    + HARD_NEGATIVES
    + MORE_NEGATIVES
    + FAMILY_SAFETY
    + FAMILY_LOW_MOOD
    + FAMILY_ANY_TOPIC
    + [text for text, _ in FAMILY_EMERGENCY]
    + FAMILY_NEGATIVES
    + NOT_WAKING_EMERGENCY
    + MEDICAL_EVERYDAY
    + [text for text, _ in MEDICAL_EMERGENCY]
    + [text for text, _ in NOT_WAKING_EVERYDAY + TOPIC_EMERGENCY]
)


def test_pattern_gates_never_hide_a_match() -> None:
    """A pattern is skipped when none of its gate words starts a word of the sentence; that must only
    ever skip patterns that could not have matched."""
    assert gated_matches(ALL_TEXTS, guards=True) > len(ALL_TEXTS)


# Arabic writes its clitics in front of a word ("وبيضربني"): its patterns match substrings and run only on a
# non-ASCII sentence whose substrings meet their anchors. Sentences of the Arabic pack's tests with the
# Ukrainian pack's (Cyrillic, non-ASCII, meeting no Arabic anchor).
SUBSTRING_TEXTS = [
    "راجلي كيضربني كل ليلة وأنا خايفة على الدراري",
    "جوزي بيضربني قدام الولاد وما بعرف لوين روح",
    "ابوي يضربني بالحزام كل ما ارجع متأخر",
    "مرت ابوي بتقرص اختي الصغيرة لحد ما تزرق ايدها",
    "كل يوم بسمع من الجيران صراخ وضرب والولد الصغير عم يبكي",
    "قال لي اذا حكيت لحدا رح يقتل امي",
    "الجيران تاركين ولادهم الصغار لحالهم بالبيت كل النهار",
    "ماما كتسد علينا الباب وكتمشي، انا عندي ٩ سنين وخويا ٤",
    "عمري ١٥ وكنجرح يدي بالموس ملي كنتقلق",
    "ما عاد بدي عيش، كل شي صار تقيل",
    "ابني ١٤ سنة قال انه يريد ان يموت",
    "بنتي عم تفكر بالموت كل يوم لانها خايفه من الموت بعد ما مات جدها",
    "ابني وقع عن التخت وما عم يفيق منيح بس هلق رجع يلعب",
    "زوجي ياخذ كل راتبي ولا يعطيني شي",
    "мій чоловік вчора душив мене при дітях",
    "він п'яний стоїть у коридорі з ножем і кричить",
    "малюк проковтнув батарейку",
]


def test_substring_anchors_never_hide_a_match() -> None:
    """A substring pattern is skipped when a non-ASCII sentence lacks its anchors among the substrings of its
    words (_Text.substrings); that must only skip patterns that could not have matched."""
    rules = _rules()
    patterns = [p for signal in rules.signals for p in signal.patterns]
    substring = [p for p in patterns if p.substring]
    assert sum(p.contains is not None for p in substring) > 0.9 * len(substring)
    assert gated_matches(SUBSTRING_TEXTS, guards=True) > len(SUBSTRING_TEXTS)
    # A Ukrainian sentence runs only the substring patterns whose anchors cannot be told.
    positions = rules.pattern_gates.candidates(_Text.of("мій чоловік вчора душив мене при дітях"))
    assert [i for i in positions if patterns[i].substring] == list(rules.pattern_gates.substring)


def test_needs_never_hide_a_guard_that_matches() -> None:
    """A guard with no word gate (it reads the whole text: "^(?!.*nog steeds).*jaren geleden") runs only on a
    text that meets its needs (firstchar.substring_conditions), a check of ``_Pattern.may_match``. That every
    guard that matches a sentence or message passes it is checked by ``gated_matches`` (for the shared
    texts in ``test_pattern_gates_never_hide_a_match``, here for two that whole-text guards read); most
    such guards have needs, and some match those texts."""
    rules = _rules()
    lists, single = _guard_lists(rules)
    guards = [*single, *(p for listed in lists for p in listed.patterns), *rules.immediacy_message]
    needing = {p.regex.pattern: p for p in guards if p.needs is not None}
    assert len(needing) > 200
    texts = [
        "Ik ben als kind mishandeld door mijn vader, maar dat is twintig jaar geleden.",
        "Mijn zoon van 4 zei tegen zijn zusje dat hij haar dood gaat maken, hij was boos om een koekje.",
    ]
    assert gated_matches(texts, guards=True) > 0
    read = {
        gated.text
        for text in [*ALL_TEXTS, *texts]
        for sms in (True, False)
        for sentence in _sentences(text, sms)
        for gated in (sentence.message.gated, _Text.of(sentence.text))
    }
    assert any(pattern.regex.search(text) for pattern in needing.values() for text in read)


def round_tests(
    alarm: list[str], emergency: list[str], quiet_twins: list[str]
) -> tuple[Callable[..., None], ...]:
    """The four checks of a safety round file (tests/test_intents_safety_s*.py), for its own sentences: the
    rules alone raise every alarm, danger now is an emergency, the harmless twins stay below urgent, and every
    pattern that matches passes its gate. Assign them to ``test_*`` names in the round's module."""

    @pytest.mark.parametrize("text", alarm)
    def rules_raise_an_alarm(text: str) -> None:
        """The rules alone, so the families hold without the learned backstop."""
        assert triage(text).urgency in URGENT, (text, triage(text))

    @pytest.mark.parametrize("text", emergency)
    def danger_now_is_an_emergency(text: str) -> None:
        assert route(text).urgency == "emergency", (text, route(text).explanation)

    @pytest.mark.parametrize("text", quiet_twins)
    def harmless_twins_stay_below_urgent(text: str) -> None:
        check_urgency(text, QUIET)

    def patterns_pass_their_gates() -> None:
        assert gated_matches(alarm + emergency + quiet_twins) > 0

    return (
        rules_raise_an_alarm,
        danger_now_is_an_emergency,
        harmless_twins_stay_below_urgent,
        patterns_pass_their_gates,
    )


def not_now_test(texts: list[str]) -> Callable[..., None]:
    """The check of a round's dangers told as past or without a now: over-escalation to 112 is a cost too, so
    the rules and the full router stay urgent. Assign it to a ``test_*`` name in the round's module."""

    @pytest.mark.parametrize("text", texts)
    def not_now_stays_urgent(text: str) -> None:
        assert triage(text).urgency == "urgent", (text, triage(text))
        assert route(text).urgency == "urgent", (text, route(text).explanation)

    return not_now_stays_urgent


def gated_matches(texts: list[str], *, guards: bool = False) -> int:
    """Checks on every sentence of ``texts`` that no pattern that matches it is skipped by its gate, with
    ``guards`` also the guards' patterns (slow: a few thousand, so only for the shared sentences here);
    returns how many matches were checked."""
    rules = _rules()
    signal_patterns = [p for signal in rules.signals for p in signal.patterns]
    patterns = signal_patterns + list(rules.figures)
    indexes = ((rules.pattern_gates, signal_patterns), (rules.figure_gates, rules.figures))
    checked = 0
    guarded: dict[str, _Text] = {}
    # The checks read a sentence's text only, and the SMS reading of a sentence without SMS words is the
    # plain one: each distinct text once halves the time, with nothing left out.
    seen: set[str] = set()
    for text in texts:
        for sms in (True, False):
            for sentence in _sentences(text, sms):
                if guards:
                    guarded[sentence.message.gated.text] = sentence.message.gated
                if sentence.text in seen:
                    continue
                seen.add(sentence.text)
                gated = _Text.of(sentence.text)
                # The prefix index finds exactly the patterns whose gate lets the sentence through.
                for index, listed in indexes:
                    assert index.candidates(gated) == [i for i, p in enumerate(listed) if p.may_match(gated)]
                for pattern in patterns:
                    if pattern.regex.search(sentence.text):
                        checked += 1
                        assert pattern.may_match(gated), (pattern.regex.pattern[:80], sentence.text)
                if guards:
                    guarded[gated.text] = gated
    return checked + sum(_guards_pass_their_gates(rules, gated) for gated in guarded.values())


def _guards_pass_their_gates(rules: _Rules, gated: _Text) -> int:
    """The guards (requires, requires_message, unless, the lowering rules, danger now named anywhere in the
    message) run only where their gates let a text through: no guard that matches the text may be kept out,
    neither by its own gate nor by the joint gate of its list. Returns how many matches were checked."""
    lists, single = _guard_lists(rules)
    checked = 0
    listed_patterns = [p for listed in lists for p in (*listed.patterns, *listed.substrings)]
    for pattern in [*single, *listed_patterns, *rules.immediacy_message]:
        if pattern.regex.search(gated.text):
            checked += 1
            assert pattern.may_match(gated), (pattern.regex.pattern[:80], gated.text)
    for listed in lists:
        if any(p.regex.search(gated.text) for p in (*listed.patterns, *listed.substrings)):
            assert listed.found(gated), ([p.regex.pattern[:40] for p in listed.patterns], gated.text)
    return checked


def _guard_lists(rules: _Rules) -> tuple[list[_AnyOf], list[_Pattern]]:
    """The guards of which any one counts (``unless``, the lowering rules) and those each needed
    (``requires``, ``requires_message``)."""
    lists = [signal.unless for signal in rules.signals]
    lists += [patterns for patterns, _ in rules.lowering.values()]
    single = [p for signal in rules.signals for p in (*signal.requires, *signal.requires_message)]
    return lists, single


def test_every_signal_is_well_formed() -> None:
    data = load_yaml("safety.yaml")
    ids = [signal["id"] for signal in data["signals"]]
    assert len(ids) == len(set(ids))
    assert {signal["level"] for signal in data["signals"]} <= {"attention", "urgent", "emergency"}


def test_danger_now_named_in_another_sentence_escalates_only_an_urgent_signal() -> None:
    assert route("hij neemt niet op. hij heeft gedreigd zichzelf iets aan te doen").urgency == "emergency"
    # Someone unreachable is no danger by itself.
    assert route("mijn zoon neemt zijn telefoon niet op als ik bel, hoe krijg ik contact?").urgency in (
        "none",
        "attention",
    )


# Someone unreachable after dark words, in the other languages (Turkish, Polish, Ukrainian, Arabic); alone it
# is no danger.
UNREACHABLE_AFTER_DARK_WORDS = [
    "oglum intihar edecegini yazdi ve telefonu acmiyor",
    "syn napisal ze chce sie zabic i nie odbiera telefonu",
    "донька написала що не хоче жити і не відповідає на дзвінки",
    "ابني كتب انه بدو ينتحر وما عم يرد على التلفون",
]
UNREACHABLE_ALONE = [
    "oglum okuldayken telefonu acmiyor, ne yapmaliyim",
    "moj syn nie odbiera telefonu w szkole, co robic?",
    "донька не відповідає на мої повідомлення, коли вона в школі",
    "ابني ما عم يرد على رسائلي لانه مشغول بالامتحانات",
]


@pytest.mark.parametrize("text", UNREACHABLE_AFTER_DARK_WORDS)
def test_unreachable_after_dark_words_is_danger_now_in_other_languages(text: str) -> None:
    check_urgency(text, ("emergency",))


@pytest.mark.parametrize("text", UNREACHABLE_ALONE)
def test_unreachable_alone_is_no_danger_in_other_languages(text: str) -> None:
    check_urgency(text, QUIET)


# Arabic words for "now" are read with a clitic before them, never inside a longer word: suicide ("الانتحار"),
# Instagram ("الانستغرام") or the cases ("الحالات") are not "now".
@pytest.mark.parametrize(
    "text",
    [
        "ابني يفكر في الانتحار",
        "اخوي هددني اذا شافني مع صاحبي عالانستغرام",
        "ابني يفكر في الانتحار في بعض الحالات",
    ],
)
def test_now_inside_an_arabic_word_is_not_danger_now(text: str) -> None:
    check_urgency(text, ("urgent",))


@pytest.mark.parametrize("text", ["ابني يفكر في الانتحار الان", "والان هو يضربها"])
def test_arabic_now_with_a_clitic_is_danger_now(text: str) -> None:
    check_urgency(text, ("emergency",))


# A series or a TV show about suicide is a question about what a child watches (attention), as a film is; the
# child's own words after it stay urgent.
@pytest.mark.parametrize(
    "text",
    [
        "my son watches a series about suicide, should I worry?",
        "there is a tv show about suicide that my son loves",
        "mijn dochter kijkt een serie over een meisje dat zelfmoord pleegt, is dat erg?",
    ],
)
def test_a_series_about_suicide_asks_attention(text: str) -> None:
    check_urgency(text, ("attention",))


def test_suicidal_after_a_film_stays_urgent() -> None:
    check_urgency("my son is suicidal after watching a film about a boy who was bullied", ("urgent",))


def test_young_person_without_a_bed_tonight_is_urgent_not_112() -> None:
    text = "ik ben 17 en ben het huis uit gezet, ik weet niet waar ik vannacht moet slapen"
    assert route(text).urgency == "urgent"


def test_triage_of_nothing_is_none() -> None:
    assert triage("").urgency == "none"
    assert triage("...").urgency == "none"


# --- Families found with the safety tuning set (bench/data/safety_tune.jsonl); own sentences, not the set's.


@pytest.mark.parametrize(
    "text",
    [
        # Someone collapsed, bleeding that will not stop, a child alone outside, a stranger's car.
        "mijn vader ligt in de badkamer op de vloer en reageert niet meer",
        "ik heb me gesneden en het bloed stopt gewoon niet",
        "er loopt een jongetje van een jaar of drie helemaal alleen in zijn pyjama op straat",
        "ik zit nu in de auto van een man van snapchat en hij rijdt een andere kant op dan hij zei",
        "ik typ stiekem vanuit de badkamer, hij heeft normaal mijn telefoon",
        "hij heeft mijn broertje vast in de gang en schreeuwt dat hij hem iets aandoet",
        "mijn ex staat beneden in de gang met een mes",
        "hij legde het pistool op tafel en zei dat niemand hier weggaat",
        "mijn dochter zit op het balkon van de zesde verdieping en roept dat ze springt",
        "ze zegt dat die man die haar meetrekt niet haar vader is",
        "kocam elinde bıçakla kapıda bekliyor",
        "my friend just took all of her mum's sleeping pills",
        "mijn zus appte dat ze vanavond al haar pillen gaat innemen",
        # Message-wide immediacy: a height, a noise that goes on, a phone off, days gone.
        "ik zit op de rand van de brug. niemand zal me missen",
        "bij de buren gillen ze al 15 min en ik hoor een kind schreeuwen en huilen",
        "mijn dochter van 13 is weg en haar telefoon staat uit, ze appte met een man van 25",
        "hij heeft de kinderen in de auto en zegt dat hij er met ons allen een einde aan maakt",
        "ik heb de hele strip al ingenomen",
        "мій брат щойно написав, що хоче стрибнути з даху",
    ],
)
def test_danger_now_in_other_words_is_emergency(text: str) -> None:
    assert route(text).urgency == "emergency", route(text).explanation


@pytest.mark.parametrize(
    "text",
    [
        # Farewells and plans in other words.
        "ik sta bij het spoor. sorry voor alles",
        "niemand zal me missen",
        "dan hebben jullie eindelijk nooit meer last van me",
        "ik ben er klaar mee, voorgoed",
        "welke pillen doen het minste pijn?",
        "mijn afscheidsbriefjes zijn al klaar",
        "er ligt een strop onder mijn bed, niemand weet het",
        "ik denk de laatste tijd vaak aan voor de trein",
        "als ik er morgen niet ben weten jullie waarom",
        "ik lig wakker te bedenken hoe ik het zou doen",
        "soms denk ik dat het beter is als ik er niet meer ben",
        "mijn vriend zette in zijn story 'sorry voor alles' en reageert niet",
        # Honour and forced marriage.
        "mijn vader maakt me af als hij me nog een keer met die jongen ziet",
        "als ik uit de kast kom stuurt mijn vader me naar het buitenland",
        "ze willen dat ik met mijn neef trouw",
        "deze zomer moet ik daar trouwen en mag ik niet meer terug",
        # Children's own words.
        "papa zegt dat ik niet mag vertellen wat oom doet als hij oppast",
        "ik heb een geheimpje met de trainer en als ik het vertel mag ik niet meer meedoen",
        "als ik mijn kamer niet opruim krijg ik de stok",
        "als straf moet ik op erwten knielen",
        "hoe kan ik weglopen van huis zonder dat mijn stiefvader het merkt",
        "opa wil dat ik op zijn schoot zit en dan moet ik stil zijn",
        "hij zegt dat het normaal is wat hij doet",
        "van de vriend van mama moet ik in mijn onderbroek door de kamer lopen",
        "ik wil niet meer naar huis als mijn stiefvader er is",
        "ik mag van mijn moeder niet meer naar de huisarts want dan gaan ze vragen stellen",
        "ze wil niet weer in de kelder",
        "sinds het bezoek aan haar vader wil ze niet meer in bad en schreeuwt ze",
        # Sexual abuse and exploitation described.
        "ik werd wakker op het feest en mijn broek was open, ik weet niks meer",
        "hij laat ons filmpjes van blote mannen zien",
        "mijn leerling van 8 speelt in de poppenhoek steeds seksuele handelingen na",
        "ze moet met oudere mannen mee naar een hotel",
        "een volwassen man heeft fotos van mij en ik ben 13",
        # Images and gifts.
        "hij zegt dat hij mijn fotos rondstuurt als ik er niet meer stuur, anders zet hij ze online",
        "he says he will share my pics unless I send more",
        "mijn vriend zegt dat ik naaktfotos moet sturen anders maakt hij het uit",
        "een man uit een game geeft hem robux en wil nu afspreken",
        "iemand die hij online kent wil steeds fotos in ondergoed",
        # Violence not called hitting.
        "ik pak hem soms zo hard vast dat er blauwe plekken op zijn armen komen",
        "hij slaat met zijn vuist de muur naast mijn hoofd kapot",
        "ze trekt aan mijn haren tot er plukken uitgaan",
        "hij knijpt als grap mijn keel dicht",
        "mijn man gooit met stoelen als hij boos is",
        "mijn man heeft mijn pols gebroken",
        "ik heb hem zo hard geduwd dat hij met zijn hoofd tegen de kast viel",
        "mijn ex stuurt berichten dat hij weet waar ik woon",
        "mijn vriend houdt mijn paspoort en ik mag de deur niet uit zonder hem",
        "ze brandt zichzelf met een aansteker om iets te voelen",
        "ik hoor bij de buren geschreeuw en gebonk en een kind dat stop roept",
        "mijn vrouw laat de kinderen van 2 en 4 alleen thuis",
        "mój syn ma siniaki i boi się wracać do domu",
    ],
)
def test_urgent_in_other_words(text: str) -> None:
    assert route(text).urgency in ("urgent", "emergency"), route(text).explanation


@pytest.mark.parametrize(
    "text",
    [
        # Hard negatives next to the new families.
        "mijn zoon van 5 zegt dat hij dood wil als hij zijn zin niet krijgt, is dat normaal?",
        "mijn kleindochter (4) zegt 'ik maak je dood' tegen haar knuffels",
        "mijn dochter zegt 'kys' tegen haar broer als grap, wat betekent dat?",
        "ik ga dood van het lachen lol, mijn moeder maakt me af als ze mijn nieuwe haar ziet lol",
        "er is geen sprake van geweld of verwaarlozing, het gaat om zijn concentratie",
        "toen ik klein was sloeg mijn vader ons. ik doe dat zelf nooit, maar ik word snel boos",
        "ik ben als kind mishandeld. dat is lang geleden en ik heb therapie gehad",
        "hij heeft vaak blauwe plekken, maar hij is echt een wildebras",
        "ik wil er niet meer zijn... in die groepsapp van de voetbal bedoel ik",
        "oma zegt dat ik het niet mag vertellen maar we krijgen een kitten",
        "ik hoor de buren vaak bonken, dat is hun zoon die basketbalt",
        "ik denk niet aan zelfmoord hoor, ik ben gewoon moe",
        "gedachten om mezelf iets aan te doen heb ik gelukkig niet",
        "ik ben jeugdverpleegkundige en zoek voorlichtingsmateriaal over loverboys",
        "opa geeft hem altijd geld voor zijn verjaardag",
        "mijn zoon van 3 gooit met zijn speelgoed als hij boos is",
        "mijn zoon is gevallen en heeft zijn arm gebroken",
        "mag ik mijn kinderen van 12 en 14 een uurtje alleen thuis laten?",
        "ik wacht nog op het goede moment om het mijn moeder te vertellen",
        "ابني عمره ٦ سنوات ويضرب إخوته عندما يغضب",
        "mijn dochter zit op het balkon te lezen",
        "we zitten in de auto van opa op weg naar de camping",
        "ik moet mijn medicijnen innemen maar vergeet het vaak",
        "ik sta op de brug bij het station te wachten op de trein naar huis",
        "mijn telefoon staat uit, bel me maar op de vaste lijn",
        # Everyday uses of the words the new families are built from.
        "sorry voor alles wat ik vraag, ik ben een beetje in de war",
        "ik werk in een winkel en moet klanten ontvangen",
        "mijn dochter van 14 mag nog niet werken van de wet",
        "mijn moeder kijkt elke avond mijn telefoon na",
        "mijn man beheert ons geld, hoe leer ik de kinderen omgaan met zakgeld?",
        "mijn moeder heeft mijn paspoort, ik wil met vrienden op vakantie",
        "als ik het vertel dan lachen ze me uit",
        "de juf zei dat het normaal is wat hij doet op zijn leeftijd",
        "mijn zoon moet deze zomer bij zijn oom in de winkel werken",
        "ik leg een kussen op mijn hoofd tegen het lawaai van de buren",
        "mijn zoon wordt wakker en doet zijn broek uit omdat die nat is",
        "ze nemen me mee naar de dierentuin",
        "ik heb een filmpje van de verjaardag op insta gezet",
        "oma wil graag meer fotos van de baby",
        "mijn oom geeft hem skins voor zijn verjaardag",
    ],
)
def test_new_families_hard_negatives(text: str) -> None:
    assert route(text).urgency not in ("urgent", "emergency"), route(text).explanation


# Dutch words that spelled English danger: "want die" is "because that", and a toddler who "bijt haar
# vriendinnetje" bites a playmate (found by the playmate examples of tests/test_intents_topics.py). A young
# person arming themselves against others is a threat in the first person too (found when "want die" no longer
# read as English: the message had been caught for that wrong reason only); a knife for a picnic is not.
@pytest.mark.parametrize(
    "text",
    [
        "mijn zoontje (6) is zijn beste vriendje kwijt want die is verhuisd",
        "ik ben boos want die juf snapt er niks van",
        "ze wil niet meer naar de club want die trainer is zo streng",
        "ons meisje van 3 bijt haar vriendinnetje op de opvang",
        "hij bijt haar broertje als hij moe is",
        "ze bijt haar nagels tot ze bloeden",
        "we nemen een mes mee voor de picknick",
        "ik doe het zakmes in mijn tas voor scouting",
        "ik neem geen mes mee, dat mag niet op school",
    ],
)
def test_dutch_words_and_a_knife_that_only_look_like_danger_stay_quiet(text: str) -> None:
    assert triage(text).urgency not in ("urgent", "emergency"), triage(text).explanation


@pytest.mark.parametrize(
    "text",
    [
        "i want to die",
        "she wants to be dead",
        "i wanna die",
        "mijn vader bijt me als hij boos is",
        "hij slaat en bijt haar als hij dronken is",
        "ik neem morgen een mes mee naar school, die jongens wachten me steeds op",
        "ik stop het keukenmes in mijn rugzak want ze gaan me in elkaar slaan",
        "we doen een mes in de tas voor als ze weer komen",
    ],
)
def test_their_dangerous_twins_stay_urgent(text: str) -> None:
    assert triage(text).urgency in ("urgent", "emergency"), triage(text).explanation


@pytest.mark.parametrize(
    ("text", "urgency"),
    [
        ("ik ben net moeder geworden en heb soms gedachten dat ik er beter niet meer kan zijn", "urgent"),
        ("voor iedereen is het beter als ik er niet meer ben", "urgent"),
        # Not being somewhere is no wish to die.
        ("ik kan er beter niet bij zijn als hij zijn vader ziet", "none"),
        ("is het beter als ik er niet ben als de kinderen worden opgehaald", "none"),
    ],
)
def test_better_off_not_being_there(text: str, urgency: str) -> None:
    assert route(text).urgency == urgency


@pytest.mark.parametrize(
    ("text", "urgency"),
    [
        # Unsafe at home, said to be over: attention for a worker, no 112 ("nu" is about it being over).
        ("vroeger was het thuis niet veilig maar dat is nu voorbij", "attention"),
        (
            "als kind voelde ik me thuis niet veilig, dat is lang voorbij, hoe voorkom ik dat bij mijn kind",
            "attention",
        ),
        # Still going on, or happening now.
        ("thuis is het niet veilig en het is nog niet voorbij", "urgent"),
        ("vroeger was het thuis niet veilig maar dat is nu voorbij, alleen nu slaat hij weer", "emergency"),
    ],
)
def test_unsafe_home_that_is_over(text: str, urgency: str) -> None:
    assert route(text).urgency == urgency


@pytest.mark.parametrize(
    ("text", "alarm"),
    [
        # A new clause that starts with "ik" / "i" ends the reach of a negation after it: the "niet" of "ik
        # weet niet" does not deny the blow before it.
        ("hij slaat me ik weet niet wat ik moet doen", True),
        ("he hits me i dont know what to do", True),
        # A negation right after the blow still denies it.
        ("hij slaat me niet ik ben gewoon verdrietig", False),
        ("he doesnt hit me i just feel sad", False),
    ],
)
def test_a_clause_of_ones_own_stops_a_negation(text: str, alarm: bool) -> None:
    assert (route(text).urgency in ("urgent", "emergency")) is alarm
