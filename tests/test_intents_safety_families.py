"""Safety triage, round 2: phrasing families found with the topic and profile tuning sets.

Every sentence here was written for these tests (never taken from a bench/data file): for each family the
phrasings that must raise an alarm, in Dutch and English, and the everyday uses of the same words that must
not.
"""

import pytest

from intents import route
from tests.test_intents_safety import QUIET, URGENT, check_urgency, gated_matches


def _urgency(text: str) -> str:
    return route(text).urgency


# --- Words meant otherwise: a thing that "kills" someone, "reageert niet" about listening or mail, suicide
# ruled out in a professional's summary.
FIGURES_QUIET = [
    "dat proefwerk van vrijdag gaat me echt afmaken, hoe plan ik mijn leerwerk?",
    "die verhuizing gaat ons nog slopen, hoe houden we het leuk voor de kinderen?",
    "this exam is going to kill me, any tips for revising with adhd?",
    "mijn zoon van 3 reageert niet als ik hem roep, kan hij slecht horen?",
    "de school reageert niet op mijn mails over het pesten",
    "hij reageert niet meer op mijn appjes sinds hij verkering heeft, normaal?",
    "Gesprek met moeder: dochter somber, geen actuele suïcidale gedachten, wel slaapproblemen.",
    "Verwijzing: jongen van 16, angstklachten, suïcidaliteit uitgesloten, graag advies over begeleiding.",
    "school says no suicidal thoughts, she is just very tired and stressed",
]
FIGURES_STILL_URGENT = [
    ("mijn opa ligt in de gang en reageert niet meer", ("emergency",)),
    ("mijn baby reageert nergens meer op", ("emergency",)),
    ("die jongens uit de klas gaan me afmaken na school", URGENT),
    ("de huisarts zegt dat hij wel suïcidale gedachten heeft", URGENT),
]


@pytest.mark.parametrize("text", FIGURES_QUIET)
def test_figures_and_ruled_out_stay_quiet(text: str) -> None:
    check_urgency(text, QUIET)


@pytest.mark.parametrize(("text", "expected"), FIGURES_STILL_URGENT)
def test_figures_guard_keeps_real_signals(text: str, expected: tuple[str, ...]) -> None:
    check_urgency(text, expected)


# --- A child or young person without a home: put out by a parent, a family living in a car, an eviction with
# nowhere to go. Urgent, never 112 ("vannacht" is the problem itself). Kicked out of a place is no blow.
HOMELESS = [
    "mijn stiefvader heeft me gisteravond na een ruzie eruit gegooid, ik ben 16",
    "mijn moeder zette hem op straat toen hij 15 was en nu slaapt hij overal en nergens",
    "wij wonen al een paar weken met de kinderen in een tent in het bos",
    "mijn vriendin en haar dochtertje slapen in de auto sinds ze weg is bij haar man",
    "over twee weken wordt onze woning ontruimd en we hebben nog geen plek voor de kinderen",
    "we zijn dakloos sinds vorige week, kan mijn zoon nog naar school?",
    "my parents threw me out last night, I am 16",
    "we are living in our car with two little kids",
]
HOMELESS_QUIET = [
    "we worden uit huis gezet vanwege huurachterstand, wie helpt met de schulden?",
    "we gaan deze zomer kamperen en de kinderen slapen in een tent, vanaf welke leeftijd mag dat alleen?",
    "de kleine slaapt altijd in de auto op de lange rit naar oma",
    "mijn broer is van school getrapt omdat hij steeds spijbelde",
    "mijn dochter is uit het team geschopt en nu wil ze niet meer sporten",
    "my son got kicked out of class again for talking",
    "we zijn niet dakloos hoor, we wonen tijdelijk bij mijn ouders",
    "we wonen ver van school, de kinderen zitten elke dag een uur in de auto",
]


@pytest.mark.parametrize("text", HOMELESS)
def test_without_a_home_is_urgent_not_112(text: str) -> None:
    check_urgency(text, ("urgent",))


@pytest.mark.parametrize("text", HOMELESS_QUIET)
def test_housing_and_kicked_out_of_a_place_stay_quiet(text: str) -> None:
    check_urgency(text, QUIET)


def test_kicked_out_is_no_blow_but_a_kick_is() -> None:
    assert "violence" not in " ".join(route("my dad kicked me out, I am 17").explanation)
    check_urgency("my dad kicked me in the stomach", URGENT)
    check_urgency("mijn vader heeft me geschopt en daarna de deur uit gezet", URGENT)


# --- Questions, not cases: a definition asked about anyone, a training on spotting abuse, the police or a
# community sentence after the child's own offence, a parent who takes rent from a working teenager.
QUESTIONS_QUIET = [
    "is het al mishandeling als je je kind een nacht zonder eten naar bed stuurt?",
    "valt het onder geweld als een ouder de deur hard dichtgooit?",
    "is it abuse if you take away a teenager's phone for a week?",
    "geeft het CJG trainingen voor leerkrachten over het signaleren van huiselijk geweld?",
    "Wij zijn een kinderopvangorganisatie en zoeken scholing over de meldcode.",
    "mijn dochter van 15 is opgepakt voor winkeldiefstal, de politie belde net, hoe reageer ik?",
    "onze zoon heeft een andere jongen in elkaar geslagen en moet naar Halt, wat nu?",
    "ik ben 17 en mijn vader houdt de helft van mijn loon in voor kostgeld, is dat normaal?",
]
QUESTIONS_STILL_URGENT = [
    "is het mishandeling als mijn man mij elke avond uitscheldt en duwt?",
    "een kindje uit mijn groep vertelde dat papa haar slaat, hoe meld ik dat?",
    "de politie is geweest omdat mijn vader mijn moeder sloeg",
    "mijn zoon van 17 is opgepakt omdat hij zijn moeder heeft mishandeld",
    "mijn vriend pakt al mijn geld af en ik mag niet werken",
]


@pytest.mark.parametrize("text", QUESTIONS_QUIET)
def test_questions_and_the_childs_own_offence_stay_quiet(text: str) -> None:
    check_urgency(text, QUIET)


@pytest.mark.parametrize("text", QUESTIONS_STILL_URGENT)
def test_concrete_cases_stay_urgent(text: str) -> None:
    check_urgency(text, URGENT)


# --- Intimidation at home: an adult who throws things or screams and smashes, drives drunk with the child,
# a partner one does not dare to leave; neighbours heard; bruises on a child described in English.
INTIMIDATION = [
    "mijn vriend smijt met borden als het eten hem niet bevalt, de kinderen zitten erbij",
    "als mijn vader boos wordt gooit hij met stoelen door de kamer",
    "papa schreeuwt tegen de kinderen en gooit dan de deur kapot",
    "een leerling vertelt dat haar stiefvader vaak met spullen gooit als hij gedronken heeft",
    "mijn man is vaak dronken en rijdt dan met de kinderen naar school",
    "haar moeder reed met de baby in de auto terwijl ze stoned was",
    "my husband drives drunk with the kids in the back",
    "my stepdad smashes plates when he is angry and I hide in my room",
    "ik durf niet bij hem weg, ik weet niet wat hij dan doet",
    "I'm too scared to leave my boyfriend because of what he might do",
    "bij de bovenburen hoor ik steeds het kind gillen en de vader tieren, moet ik veilig thuis bellen?",
    "the childminder saw bruises on her upper arms again",
    "Mój mąż rzuca talerzami, kiedy jest zły.",
    "Kocam sinirlenince eşyaları fırlatıyor, çocuklar korkuyor.",
]
INTIMIDATION_QUIET = [
    "mijn zoon van 4 gooit met spullen als hij boos is, hoe stop ik dat?",
    "mijn vriendin zegt dat haar dochter met alles gooit wat los ligt",
    "mijn man gooit met de bal in de tuin met de kinderen",
    "mag ik met de kinderen in de auto als ik één biertje heb gedronken?",
    "he got bruises on his shins from football",
    "my toddler throws things when he is tired",
    "Oğlum 5 yaşında, kızınca eşyaları fırlatıyor.",
    "ik durf niet weg te gaan van de speeltuin omdat hij dan gaat huilen",
]


@pytest.mark.parametrize("text", INTIMIDATION)
def test_intimidation_at_home_is_urgent(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", INTIMIDATION_QUIET)
def test_a_childs_outburst_or_a_ball_stays_quiet(text: str) -> None:
    check_urgency(text, QUIET)


# --- Threats and abduction in other words and word orders: taking the children to his country, "dan zie je
# ze nooit meer", separable Dutch verbs, and Polish, Ukrainian, Turkish, Arabic forms.
THREATS = [
    "mijn ex dreigt dat hij de kinderen meeneemt naar zijn familie in Marokko",
    "hij zei: als je gaat scheiden zie je de kinderen nooit meer",
    "als ik de politie bel maakt hij ons af",
    "hij schreeuwde dat hij me dood slaat als ik weer te laat ben",
    "my husband says he'll take the kids back to his country and I'll never see them again",
    "she said she would hurt the kids if I told anyone",
    "Mąż krzyczy, że mnie zabije.",
    "Чоловік сказав, що нас вб'є.",
    "Eşim çocukları alıp kaçıracağını söylüyor.",
    "زوجي يقول إنه سيأخذ الأطفال",
]
THREATS_QUIET = [
    "sinds de scheiding zie ik mijn kleinkinderen bijna nooit meer, hoe ga ik daarmee om?",
    "we nemen de kinderen deze zomer mee naar het land van mijn ouders op vakantie",
    "ze maakt haar huiswerk af en gaat dan gamen, is dat genoeg?",
    "hij maakt zijn bord nooit af, moet ik hem dwingen?",
    "we are taking the kids to see my family in Poland this summer",
]


@pytest.mark.parametrize("text", THREATS)
def test_threats_and_abduction_in_other_words(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", THREATS_QUIET)
def test_trips_and_unfinished_plates_stay_quiet(text: str) -> None:
    check_urgency(text, QUIET)


def test_a_visit_abroad_with_the_other_parent_is_no_abduction() -> None:
    check_urgency("mijn ex neemt de kinderen met kerst mee naar Polen, wat moet ik inpakken?", QUIET)
    check_urgency("mijn ex neemt de kinderen dit weekend mee naar zijn familie", QUIET)


def _family_texts() -> list[str]:
    """Every sentence of this module's lists (tuples contribute their text)."""
    texts: list[str] = []
    for name, value in globals().items():
        if name.isupper() and isinstance(value, list):
            texts.extend(item[0] if isinstance(item, tuple) else item for item in value)
    return texts


def test_pattern_gates_never_hide_a_match_on_these_families() -> None:
    """A pattern is skipped when none of its gate words starts a word of the sentence; on every sentence of
    the new families that must only skip patterns that could not have matched."""
    assert gated_matches(_family_texts()) > 50


# --- Sexual abuse and exploitation disclosed indirectly: someone "eraan gezeten", a man who comes into the
# bedroom at night, an adult's secret with a child, an adult's age right after the noun, images going around.
SEXUAL = [
    "mijn dochter van 4 zegt dat haar plasser zeer doet en dat de buurjongen eraan zat",
    "de vriend van mijn moeder komt 's avonds laat mijn kamer binnen als mama slaapt",
    "my stepdad comes into my room at night when mum is asleep",
    "mijn nichtje vertelde dat opa een geheimpje met haar heeft en dat ze het niet mag zeggen",
    "she told me it's a special secret between her and her uncle",
    "mijn zoon van 12 chat met een man, 34 jaar, die hem cadeaus belooft",
    "I'm 14 and my boyfriend is 22, my parents don't know",
    "in de klas sturen jongens naaktfoto's van een meisje uit groep 8 rond",
    "er gaan foto's van mijn dochter rond in een groepsapp van school en ze wil niet meer naar buiten",
    "there's a video of me going around school and everyone has seen it",
]
SEXUAL_QUIET = [
    "mijn zoon van 3 zit steeds aan zijn piemel, hij zit er de hele dag aan, is dat normaal?",
    "mijn dochter komt 's nachts steeds bij ons in bed, hoe leer ik haar in haar eigen bed te slapen?",
    "papa heeft een geheimpje met haar over het cadeau voor mijn verjaardag",
    "mijn dochter van 13 is fan van een zanger van 25, ze heeft posters op haar kamer",
    "er gaat een filmpje van haar dansje rond en ze is er heel trots op",
    "my son is 14 and his best friend is 15, they game together all day",
]


@pytest.mark.parametrize("text", SEXUAL)
def test_sexual_abuse_disclosed_indirectly(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", SEXUAL_QUIET)
def test_a_childs_body_a_surprise_or_a_proud_video_stays_quiet(text: str) -> None:
    check_urgency(text, QUIET)


# --- Suicidal thoughts in everyday words, a parent's own included: a wish not to wake up, told by someone
# else; "beter af met een andere moeder"; "er een einde aan maakt" in a subordinate clause (an emergency when
# the one who says it has locked herself in); the urge to shake a baby, told by a professional.
SUICIDAL = [
    "mijn leerling schreef: ik wou dat ik gewoon niet meer wakker werd",
    "ik hoop elke avond dat ik morgen niet wakker word",
    "ze zegt dat ze geen zin meer heeft in haar leven",
    "sinds de bevalling denk ik dat mijn zoontje beter af is bij een andere moeder",
    "I think my baby would be better off with a different mum",
    "ik zie het als moeder echt niet meer zitten",
    "ik heb gedachten om er niet meer te zijn",
    "ik fantaseer soms over doodgaan",
    "ik heb geen zin meer om door te gaan",
    "het leven is voor mij niet meer de moeite",
    "ik ben het zat om te leven",
    "ik wil niet meer, ik kan niet meer",
    "ik denk er soms aan om met de auto tegen een boom te rijden",
    "mijn man zegt dat hij er een eind aan maakt als ik bij hem weg ga",
    "I don't see the point anymore",
    "I've been thinking about ending things",
    "I feel like everyone would be better off if I was gone",
    "I keep thinking about taking all my pills",
    "I just want it all to stop",
    "de kraamverzorgster vertelt dat de moeder haar baby soms door elkaar wil schudden",
    "I have the urge to shake my baby when he won't stop crying",
]
SUICIDAL_EMERGENCY = [
    "mijn zus heeft zich in de badkamer opgesloten en zegt dat ze er een einde aan maakt",
    "my son has locked himself in and says he wants to die",
]
SUICIDAL_QUIET = [
    "ik zie het niet meer zitten met die driftbuien van mijn zoon",
    "ik denk veel aan de dood van mijn moeder sinds de begrafenis",
    "mijn zoon heeft geen zin meer om door te gaan met voetbal",
    "I don't see the point of homework in the holidays",
    "ik hoop dat ik morgen niet wakker word van de buren",
    "moet ik de fles goed door elkaar schudden zodat de voeding niet klontert?",
    "de juf zegt dat ze er een einde aan maakt, aan het pesten in de klas",
    "my son wants the pain to stop, his ear hurts so much",
    "mijn dochter heeft zich op haar kamer opgesloten na een ruzie over haar telefoon",
    "ik ben beter af met een andere baan, hoe regel ik de opvang?",
]


@pytest.mark.parametrize("text", SUICIDAL)
def test_suicidal_thoughts_in_everyday_words(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", SUICIDAL_EMERGENCY)
def test_locked_in_and_suicidal_is_an_emergency(text: str) -> None:
    check_urgency(text, ("emergency",))


@pytest.mark.parametrize("text", SUICIDAL_QUIET)
def test_everyday_uses_of_those_words_stay_quiet(text: str) -> None:
    check_urgency(text, QUIET)


# --- Self-harm in everyday words: a relapse, the relief it brings, "kras ik" inverted, scratching until it
# bleeds, hidden arms, English "started cutting again". Scribbling, cooking, eczema and fashion are not.
SELF_HARM = [
    "ik ben vannacht weer aan het krassen gegaan",
    "ik heb het weer gedaan met een mesje, daarna lucht het even op",
    "als ik boos ben snij ik, dan voel ik tenminste iets",
    "ze krast haar armen open tot het bloedt",
    "mijn zoon draagt altijd lange mouwen en ik zag sneetjes bij zijn pols",
    "het ging weer mis, ik heb mezelf beschadigd",
    "ik bonk mijn hoofd tegen de deur tot het bloedt",
    "I started self harming again last week",
    "my daughter scratches her legs until they bleed when she is upset",
    "we found razor blades hidden in her room",
    "ik verdien het niet om te leven",
]
SELF_HARM_QUIET = [
    "hij is weer aan het krassen op de tafel met zijn vork",
    "ik ben weer aan het snijden voor de soep en de kleine wil helpen",
    "mijn zoon krabt zijn eczeem open tot het bloedt, welke zalf helpt?",
    "mijn dochter wil alleen lange mouwen dragen, ook in de zomer, is dat een trend?",
    "hij krast in zijn schrift, dat geeft hem rust in de klas",
    "ik heb pleisters en verband gekocht voor de verbanddoos",
    "kras ik het lot nu of bewaar ik het voor zijn verjaardag?",
    "ik verdien pijn? nee, maar ik verdien wel een nachtje slaap",
]


@pytest.mark.parametrize("text", SELF_HARM)
def test_self_harm_in_everyday_words(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", SELF_HARM_QUIET)
def test_scribbling_cooking_and_eczema_stay_quiet(text: str) -> None:
    check_urgency(text, QUIET)


# --- Health in danger that needs a doctor today, not 112: a young child's fall with no sign of harm named
# (drowsy or limp after a fall stays an emergency), a young baby with fever or not drinking, alcohol
# poisoning, an eating disorder with admission refused.
HEALTH_URGENT = [
    "help mijn peuter is van de commode gevallen en huilt heel erg",
    "my baby fell off the changing table and is crying",
    "ons zoontje van 3 weken is zo sloom en drinkt bijna niks, hij voelt warm aan",
    "de baby drinkt sinds gisteren nauwelijks en heeft koorts, ze is 6 weken",
    "mijn zoon van 15 kwam thuis van een feest, had wodka gedronken en kon niet meer staan",
    "my daughter had shots at a party and couldn't even walk",
    "mijn dochter van 16 heeft anorexia en weigert opname, ze weegt steeds minder",
]
HEALTH_EMERGENCY = [
    "mijn baby is van de trap gevallen en is nu heel suf en spuugt",
    "hij is van het balkon gevallen",
]
HEALTH_QUIET = [
    "mijn peuter is van de glijbaan gevallen en heeft een bult, hoe lang koelen?",
    "onze dochter (19) heeft een eetstoornis en wil geen behandeling, wat kunnen wij doen?",
    "mijn zoon van 2 kan nog niet lopen, is dat laat?",
    "na het feest was ze zo moe dat ze niet meer kon praten van de slaap",
]


@pytest.mark.parametrize("text", HEALTH_URGENT)
def test_health_in_danger_is_urgent_not_112(text: str) -> None:
    check_urgency(text, ("urgent",))


@pytest.mark.parametrize("text", HEALTH_EMERGENCY)
def test_a_fall_with_signs_of_harm_or_from_a_height_is_an_emergency(text: str) -> None:
    check_urgency(text, ("emergency",))


@pytest.mark.parametrize("text", HEALTH_QUIET)
def test_bumps_and_milestones_stay_quiet(text: str) -> None:
    check_urgency(text, QUIET)


# --- Danger now seen by a bystander or lived by a child: a child left alone in a car for a long time, a
# group kicking one child right now, a child hiding in a cupboard while a parent is beaten.
DANGER_NOW = [
    "er ligt een baby van een paar maanden al twintig minuten alleen in een auto hier voor de supermarkt",
    "there is a toddler alone in a car in the car park and it's really hot",
    "bij de bushalte wordt een meisje net door vier meiden geschopt en geslagen",
    "a boy is being beaten up by a group of older kids right now behind the school",
    "mijn vader slaat mijn moeder, ik lig met mijn broertje onder het bed",
    "my stepdad is hitting my mum, I'm hiding in the wardrobe",
]
DANGER_NOW_QUIET = [
    "de kinderen zitten graag in de auto te lezen op lange ritten",
    "mijn zoon van 6 werd in de pauze geduwd door een vriendje, hoe leert hij voor zichzelf op te komen?",
    "we zitten met de kinderen in de kelder een film te kijken, hoe laat naar bed?",
]


@pytest.mark.parametrize("text", DANGER_NOW)
def test_danger_now_seen_or_hidden_from_is_an_emergency(text: str) -> None:
    check_urgency(text, ("emergency",))


@pytest.mark.parametrize("text", DANGER_NOW_QUIET)
def test_cars_cellars_and_playground_pushes_stay_quiet(text: str) -> None:
    check_urgency(text, QUIET)


def test_a_group_against_one_child_is_no_playground_scuffle() -> None:
    check_urgency("mijn zoon werd op het schoolplein door drie jongens geschopt", URGENT)
    check_urgency("mijn zoon werd op het schoolplein door een klasgenootje geschopt", QUIET)


# --- Violence disclosed in a child's words: an adult's anger followed by pain or "nare dingen", hiding from
# a parent's rage, home turning scary when someone drinks, not wanting to go home, "pushes her around".
DISCLOSED = [
    "als mijn stiefvader kwaad wordt dan doet hij me pijn",
    "mama is vaak dronken en dan doet het pijn",
    "als papa boos is gebeuren er enge dingen en mag ik niks zeggen",
    "als mijn vader door het lint gaat moeten we ons verstoppen op zolder",
    "als mama gedronken heeft wordt het thuis heel eng",
    "ik wil echt niet naar huis vanavond",
    "ik ga liever niet naar huis want daar is het niet veilig",
    "mijn dochter is doodsbang voor de nieuwe vriend van haar vader",
    "my dad's girlfriend shoves me when he is not home",
    "her stepdad pushes her around and she has bruises",
]
DISCLOSED_QUIET = [
    "mijn zoon wordt boos en dan doet het pijn in zijn buik, is dat stress?",
    "als hij boos is doet hij zijn zusje soms pijn, hij is 3",
    "we spelen verstoppertje en dan moeten we ons verstoppen in de kast",
    "ik wil niet naar huis, het is hier zo leuk bij oma",
    "ik ga liever niet naar huis want daar moet ik huiswerk maken",
    "my mum pushes me to do my homework every day",
    "mijn dochter is doodsbang voor de hond van de buren",
    "als mijn moeder boos is gebeuren er rare dingen met haar stem",
]


@pytest.mark.parametrize("text", DISCLOSED)
def test_violence_disclosed_in_a_childs_words(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", DISCLOSED_QUIET)
def test_a_childs_own_anger_play_and_homework_stay_quiet(text: str) -> None:
    check_urgency(text, QUIET)


# --- Neglect in everyday words: left alone in the dark, a child who cooks and cares because the parent is
# never there, no bed at home, not taken to school, a baby alone all day, no coat in winter, medicine
# withheld by a parent, young children out alone at night; English.
NEGLECT = [
    "papa gaat 's avonds weg en laat mij en mijn zusje alleen",
    "ik ben 11 en moet altijd voor mijn broertjes zorgen omdat mama de hele dag in bed ligt",
    "ik moet voor alles zorgen thuis en er is nooit genoeg te eten",
    "een leerling vertelt dat ze thuis geen bed heeft en op de grond slaapt",
    "de buurkinderen worden al weken niet naar school gebracht",
    "mijn ouders vergeten vaak ons eten te geven",
    "de baby van de buren ligt urenlang alleen in haar bedje te huilen",
    "hij komt elke dag zonder jas naar school, ook nu het vriest, en hij stinkt",
    "mijn dochter van 8 krijgt geen pufjes voor haar astma van haar vader",
    "twee kleuters fietsen om middernacht alleen door de wijk",
    "the kids next door are hungry and dirty and nobody picks them up",
    "my dad has been gone for three days and there is nothing to eat",
]
NEGLECT_QUIET = [
    "ik moet elke dag koken want mijn man werkt tot laat, tips voor snelle recepten?",
    "mijn zoon van 16 zit tot laat alleen buiten met vrienden, hoe laat moet hij thuis zijn?",
    "we laten de kinderen van 8 en 10 de hele dag alleen spelen in de tuin, kan dat?",
    "mijn zoon krijgt geen medicijnen voor zijn adhd, we willen het eerst zonder proberen",
    "de baby ligt de hele dag in de box te spelen en is tevreden, mag dat?",
    "the kids are dirty and hungry after football practice",
    "mijn moeder gaat weg en laat ons alleen met oma",
    "mijn zoon van 3 wil niet meer in zijn eigen bed slapen en slaapt op de grond bij ons",
]


@pytest.mark.parametrize("text", NEGLECT)
def test_neglect_in_everyday_words_is_urgent_not_112(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", NEGLECT_QUIET)
def test_busy_parents_and_tired_children_stay_quiet(text: str) -> None:
    check_urgency(text, QUIET)


# --- Sexual abuse and grooming in everyday words: "dan raakt hij me aan", "doet seks na", "doet dingen met
# mijn zusje in de badkamer", having to sleep in a stepfather's bed, an uncle's kiss and "ons geheim", a
# neighbour's sweets, money from men, waking next to a stranger, English and Ukrainian forms.
SEXUAL_EVERYDAY = [
    "als ik bij de oppas ben en de anderen slapen, dan raakt hij me aan",
    "onze kleuter doet seks na met haar poppen",
    "mijn neef van 16 doet dingen met mijn dochtertje op zijn kamer",
    "als mama weg is moet ik bij mijn stiefvader in bed slapen",
    "de buurman zegt dat het ons geheimpje is",
    "mijn oom zoende me met zijn tong",
    "een man in het park gaf hem snoep en vroeg of hij mee naar huis kwam",
    "ze krijgt geld van oudere mannen en wil niet zeggen waarvoor",
    "ik werd wakker in het bed van een jongen die ik niet kende",
    "my coach messages me at night and tells me to delete them",
    "he touched me in places I didn't want",
    "she gets presents from older men she met online",
    "my daughter is 13 and chats with a 27 year old man",
    "він мене лапає, коли мами немає вдома",
]
SEXUAL_EVERYDAY_QUIET = [
    "a 30 year old man helped us change the tyre",
    "mijn broer doet leuke dingen met mijn zusje in het weekend",
    "mijn zoon wil steeds bij papa in bed slapen na een nachtmerrie",
    "opa geeft hem snoep en neemt hem mee naar de speeltuin",
    "ik werd wakker naast mijn vriend en hij had ontbijt gemaakt",
    "mijn dochter krijgt geld van haar vader voor haar verjaardag",
    "mijn peuter doet alles na wat zijn broer doet",
    "the teacher messages parents on the school app",
]


@pytest.mark.parametrize("text", SEXUAL_EVERYDAY)
def test_sexual_abuse_and_grooming_in_everyday_words(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", SEXUAL_EVERYDAY_QUIET)
def test_family_kindness_and_imitation_stay_quiet(text: str) -> None:
    check_urgency(text, QUIET)


# --- Threats in everyday words: "je zult het nog merken", "daar krijg je spijt van", "I'll be sorry", "ik
# weet je te vinden", "jij bent de volgende", an ex who keeps watch or drives past, "nobody would find your
# body", a knife brought to school to stab someone, a threat against a school, harm to himself and the
# children.
THREATS_EVERYDAY = [
    "mijn ex appte dat ik het nog wel zal merken als ik naar de rechter ga",
    "hij schreeuwde dat ik er spijt van ga krijgen",
    "my husband said I'll regret it if I take the kids",
    "hij zegt dat hij ons overal weet te vinden",
    "he texted that he will find me wherever I go",
    "mijn stiefvader zegt dat mama de volgende is",
    "mijn ex schrijft dat hij ons in de gaten houdt",
    "mijn ex rijdt steeds weer langs ons huis",
    "my ex keeps turning up outside the school gate",
    "he told me nobody would find my body",
    "een jongen neemt een mes mee naar school om mijn zoon te steken",
    "een klasgenoot zegt dat hij de school gaat opblazen",
    "mijn man zei dat hij zichzelf en de kinderen iets aandoet als ik scheid",
]
THREATS_EVERYDAY_QUIET = [
    "je zult het nog merken als je geen jas aandoet, zeg ik altijd tegen mijn zoon",
    "hij zegt dat hij de weg wel weet te vinden naar school",
    "mijn ex rijdt elke dag langs de school om de kinderen op te halen",
    "the teacher said you're next in line for the slide",
    "I'll find you a good babysitter, said my sister",
    "opa houdt de kinderen in de gaten als ik werk",
]


@pytest.mark.parametrize("text", THREATS_EVERYDAY)
def test_threats_in_everyday_words(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", THREATS_EVERYDAY_QUIET)
def test_warnings_to_a_child_and_pick_ups_stay_quiet(text: str) -> None:
    check_urgency(text, QUIET)


# --- Suicidal thoughts and plans said in passing, and a parent's fear of harming the baby: "het hoeft voor
# mij allemaal niet meer", "I wish I was never born", farewells to friends, a story that says "morgen ben ik
# er niet meer", looking up how many pills, talk of jumping, "weg, voor altijd"; "door het raam gooien".
PLANS = [
    "het hoeft voor mij allemaal echt niet meer",
    "I wish I had never been born",
    "nobody would miss me anyway",
    "mijn zoon heeft afscheid genomen van al zijn vrienden en zegt dat het goed is zo",
    "op haar story staat dat ze er morgen niet meer is",
    "ik heb gegoogeld hoeveel slaappillen je nodig hebt",
    "she looked up how many paracetamol it takes",
    "hij heeft het steeds over van de flat springen",
    "my son keeps giving away his stuff and saying goodbye to everyone",
    "ik ben zo moe van alles, ik wil gewoon slapen, voorgoed",
    "soms denk ik erover de baby uit het raam te gooien als ze maar blijft huilen",
    "I'm scared I'll hurt my baby when she screams all night",
]
PLANS_QUIET = [
    "ik heb afscheid genomen van mijn vrienden op de oude school, we verhuizen",
    "we hebben afscheid genomen van opa in het ziekenhuis",
    "mijn zoon heeft het steeds over springen op de trampoline",
    "hoeveel paracetamol mag mijn kind van 6 per dag?",
    "ik wil voor altijd weg uit deze stad",
    "my daughter is giving away her old toys to charity",
    "de juf zegt dat ze er morgen niet meer is, ze gaat met verlof",
    "I wish I was born in summer so I could have a pool party",
    "nobody would notice if I skipped the school disco, right?",
]


@pytest.mark.parametrize("text", PLANS)
def test_suicidal_plans_said_in_passing(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", PLANS_QUIET)
def test_moves_grief_trampolines_and_doses_stay_quiet(text: str) -> None:
    check_urgency(text, QUIET)


# --- The same families in Turkish, Polish, Ukrainian, Russian and Arabic: other persons and tenses of the
# wish to die and of self-harm, a man who comes into the room at night, afraid to go home, no food where the
# negation word is the signal, put out of the house by family.
OTHER_LANGUAGES = [
    "kızım ölmek istediğini yazmış",
    "babam beni evden kovdu, 16 yaşındayım",
    "eve gitmek istemiyorum çünkü annem çok içiyor",
    "üvey babam geceleri odama giriyor",
    "Nie mamy co jeść od dwóch dni.",
    "Tata nie wrócił od tygodnia i jestem sama z bratem.",
    "Rodzice wyrzucili mnie z domu.",
    "Вітчим заходить до мене вночі.",
    "Мені страшно повертатися додому.",
    "Батьки вигнали мене з дому.",
    "Нам нечего есть.",
    "أخي يريد أن ينتحر",
    "أختي تجرح نفسها بالسكين",
    "لا يوجد طعام في البيت منذ يومين",
    "أبي طردني من البيت",
]
OTHER_LANGUAGES_QUIET = [
    "Ev sahibi bizi evden çıkarıyor, nereye başvurabilirim?",
    "Kızım 5 yaşında ve geceleri odama geliyor, kendi yatağında uyumuyor.",
    "Nie mamy czasu na śniadanie rano, jak to zmienić?",
    "Мій син боїться темряви вночі.",
    "ابني لا يأكل الخضار",
]


@pytest.mark.parametrize("text", OTHER_LANGUAGES)
def test_families_in_other_languages(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", OTHER_LANGUAGES_QUIET)
def test_everyday_questions_in_other_languages_stay_quiet(text: str) -> None:
    check_urgency(text, QUIET)


# --- Hard negatives that raised an alarm before this round: a game of cops and robbers, a paper cut, a child
# asking what suicide is, a crush on a singer, a young child's tantrum with the age at the end, a nurse who
# wants to know more about self-harm.
EARLIER_FALSE_ALARMS = [
    "de kinderen spelen politie en boef en iemand wordt altijd opgesloten",
    "hij heeft zichzelf gesneden aan een stuk papier",
    "mijn zoon vraagt wat zelfmoord is, hij hoorde het op het nieuws",
    "mijn dochter van 14 is verliefd op een zanger van 23",
    "mijn zoon wil dood als hij moet stoppen met gamen, zegt hij, hij is 7",
    "ik ben verpleegkundige en wil meer weten over zelfbeschadiging bij jongeren",
]
STILL_URGENT_NEXT_TO_THEM = [
    "mijn stiefvader sluit me op in de kast als straf",
    "ze snijdt zichzelf in haar armen",
    "mijn dochter van 14 heeft een vriend van 23",
    "mijn zoon van 15 zegt dat hij dood wil",
    "mijn dochter doet aan zelfbeschadiging, ik wil er meer over weten",
]


@pytest.mark.parametrize("text", EARLIER_FALSE_ALARMS)
def test_earlier_false_alarms_stay_quiet(text: str) -> None:
    check_urgency(text, QUIET)


@pytest.mark.parametrize("text", STILL_URGENT_NEXT_TO_THEM)
def test_the_real_signals_next_to_them_stay_urgent(text: str) -> None:
    check_urgency(text, URGENT)


# --- English: the families in the words of an English-speaking parent or young person.
ENGLISH = [
    "he held my throat against the wall last night",
    "my husband goes through my phone and takes my bank card",
    "my girlfriend won't let me see my family anymore",
    "my stepmom calls me worthless every single day",
    "mijn moeder zegt elke dag dat ik niks waard ben",
    "dad threw a plate at my mum",
    "there's a guy with a knife outside our flat",
    "my daughter hasn't come home and it's past midnight",
    "my mum hasn't been home since Friday",
    "they are sharing nudes of a girl from year 9 in the group chat",
    "her coach sends her private messages late at night",
    "my parents are making me marry my cousin",
    "there's no grown up at home and I'm 8",
    "I keep thinking about not being here",
    "my kids would be better off without me",
    "I have thoughts of hurting my baby",
    "ik heb gedachten om mijn baby iets aan te doen",
]
ENGLISH_QUIET = [
    "my toddler threw a cup at me during dinner",
    "my husband won't let me see the bank statements, he says he handles it",
    "my mum checks my phone every night, is that normal at 13?",
    "my dad calls me stupid as a joke and we both laugh",
    "my son hasn't come home for dinner, he's at football",
    "how do I talk to my son about sending nudes?",
    "the teacher sends private messages to parents about grades",
    "I keep thinking about death since my dad died, is that grief?",
    "my kids are better off without sugar",
    "my parents want me to marry a nice girl one day, lol",
]


@pytest.mark.parametrize("text", ENGLISH)
def test_the_families_in_english(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", ENGLISH_QUIET)
def test_english_everyday_uses_stay_quiet(text: str) -> None:
    check_urgency(text, QUIET)


# --- A professional's report in formal words.
PROFESSIONAL = [
    "Wijkteam: moeder vreest voor de veiligheid van de kinderen nu vader weer thuis woont.",
    "Bij het huisbezoek bleek dat een dreumes alleen thuis was gelaten.",
    "Gastouder: het kind komt op maandag uitgehongerd binnen.",
    "De peuter wordt regelmatig met een doorweekte luier naar de opvang gebracht.",
    "Een leerling vertelde dat haar oom haar 's nachts lastigvalt.",
    "Een meisje uit groep 8 vertelt dat ze door haar stiefbroer wordt aangeraakt.",
    "Moeder belt: zoon (15) heeft zijn armen bewerkt.",
    "Consultatiebureau: moeder zegt dat het beter is als zij er niet meer is.",
]
PROFESSIONAL_QUIET = [
    "ik maak me zorgen over de veiligheid van de kinderen op de trampoline",
    "ik ben bang voor de veiligheid van de kinderen in het verkeer",
    "hij komt elke dag uitgehongerd thuis van school",
    "de juf zegt dat het beter is als hij er niet is bij het gesprek",
    "I'm scared about the safety of my kids online",
]


@pytest.mark.parametrize("text", PROFESSIONAL)
def test_a_professionals_formal_report(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", PROFESSIONAL_QUIET)
def test_safety_in_traffic_and_hungry_after_school_stay_quiet(text: str) -> None:
    check_urgency(text, QUIET)


# --- An age told in another sentence than the danger: the age gap and young children alone read the whole
# message (requires_message).
ACROSS_SENTENCES = [
    "Mijn dochter is 13. Ze heeft sinds kort een vriend van 22.",
    "Ik ben 14. Mijn vriend is 20 en wil dat ik bij hem kom slapen.",
    "Mijn zoon (12) chat met iemand. Die man is 35 en stuurt hem cadeaus.",
    "My daughter is 14. Her boyfriend is 25.",
    "Ze zijn 4 en 6. De buurkinderen lopen 's avonds laat alleen op straat.",
]
ACROSS_SENTENCES_QUIET = [
    "Mijn zoon is 14. Zijn beste vriend is 18 en haalt zijn rijbewijs.",
    "Mijn dochter is 13. Haar neef is 19 en komt logeren.",
    "Mijn zoon is 16. Hij zit tot laat alleen buiten met zijn vrienden.",
]


@pytest.mark.parametrize("text", ACROSS_SENTENCES)
def test_an_age_in_another_sentence_counts(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", ACROSS_SENTENCES_QUIET)
def test_friends_cousins_and_teenagers_out_late_stay_quiet(text: str) -> None:
    check_urgency(text, QUIET)


# --- Chat spelling and learner Dutch: a dropped letter, "hij slaat" with no object, the days after
# "geen eten".
CHAT_AND_LEARNER = [
    "k wil echt nie meer leve",
    "mijn vriend hij is boos en dan hij slaat",
    "wij hebben geen eten sinds twee dagen",
    "mijn kinderen 5 dagen geen eten gehad, vader geeft geen geld",
]
CHAT_AND_LEARNER_QUIET = [
    "mijn zoon zegt hij slaat",
    "wij hebben geen eten in huis voor morgen, waar is een supermarkt open?",
]


@pytest.mark.parametrize("text", CHAT_AND_LEARNER)
def test_chat_spelling_and_learner_dutch(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", CHAT_AND_LEARNER_QUIET)
def test_chat_spelling_everyday_uses_stay_quiet(text: str) -> None:
    check_urgency(text, QUIET)


# --- The act named only as "het" and its tool ("heb het weer gedaan met ..."): "weer" is "again" here, never
# the weather. A blade counts always, a knife or a shard when it happened again; cutting fruit does not.
AGAIN_WITH_A_TOOL = [
    "heb t gisteren weer gedaan met een mesje, niemand weet het",
    "ik deed het opnieuw met een stuk glas en nu schaam ik me",
    "ik heb het weer gedaan met het scheermesje van mijn vader",
    "I did it again with a razor and I can't stop",
]
AGAIN_WITH_A_TOOL_QUIET = [
    "ik heb het weer gedaan met een mes en snijplank, hoe leer ik mijn kleuter veilig snijden?",
    "hij doet het weer met mes en vork, eindelijk eet hij netjes",
    "hoe wordt het weer dit weekend in Heemstede?",
]


@pytest.mark.parametrize("text", AGAIN_WITH_A_TOOL)
def test_the_act_named_by_its_tool_is_urgent_and_a_question(text: str) -> None:
    result = route(text)
    assert (result.urgency in URGENT, result.intent) == (True, "question"), (text, result.explanation)


@pytest.mark.parametrize("text", AGAIN_WITH_A_TOOL_QUIET)
def test_cutlery_and_weather_stay_quiet(text: str) -> None:
    check_urgency(text, QUIET)


def test_weer_as_again_is_no_weather_question() -> None:
    assert route("mijn zoon heeft het weer gedaan, hij kleurt op de muur").intent == "question"
    assert route("wat voor weer wordt het morgen in Bloemendaal?").intent == "out_of_scope"


# --- Safety next to another topic: an adult at home who drinks and then throws, hits or threatens is safety
# (not a parent's mental health); a friend who took something and is unwell is a substances emergency.
DRUNK_AND_VIOLENT = [
    "mijn stiefvader zuipt in het weekend en dan slaat hij de deur en mama",
    "als mijn moeder gedronken heeft dreigt ze ons eruit te zetten en smijt ze met borden",
    "mijn partner drinkt veel en werd gisteren agressief tegen de kinderen",
]
TOOK_SOMETHING = [
    ("mijn vriendin heeft een pilletje genomen op het feest en nu is ze heel duizelig", ("emergency",)),
    ("we are at a festival, my friend took something and now he is shaking", ("emergency",)),
    ("mijn broer heeft iets gesnoven en is sindsdien verward", URGENT),
]
TOOK_SOMETHING_QUIET = [
    "mijn zoon heeft vorig jaar een keer wiet gerookt, hoe begin ik het gesprek?",
    "ze heeft een zetpil gekregen en slaapt nu lekker",
]


@pytest.mark.parametrize("text", DRUNK_AND_VIOLENT)
def test_a_drunk_adult_who_threatens_at_home_is_safety(text: str) -> None:
    result = route(text)
    assert (result.urgency in URGENT, result.category) == (True, "safety"), (text, result.explanation)


@pytest.mark.parametrize(("text", "expected"), TOOK_SOMETHING)
def test_unwell_after_taking_something_is_substances(text: str, expected: tuple[str, ...]) -> None:
    result = route(text)
    assert (result.urgency in expected, result.category) == (True, "substances"), (text, result.explanation)


@pytest.mark.parametrize("text", TOOK_SOMETHING_QUIET)
def test_using_once_or_a_suppository_stays_quiet(text: str) -> None:
    check_urgency(text, QUIET)


# ================================================================ Round 3 (branch safety4)
# Families of the second safety tuning set, in sentences written for these tests.

R3_DANGER_NOW = [
    "er hangt een kleuter over de balkonreling van de flat hiernaast en niemand doet open",
    "the little boy across the street is standing on the ledge outside the window, nobody is home",
    "i cut myself way too deep tonight and the bleeding wont stop",
    "onze dreumes heeft net pilletjes uit mijn tas gegeten, ze is 2",
    "córka (3 lata) połknęła tabletki babci",
    "ik krijg hem niet meer wakker, hij is 4",
    "ik heb het mes in mijn hand en weet niet of ik het tegen mezelf ga gebruiken",
    "hij probeert de slaapkamerdeur kapot te maken, ik zit erachter met de kinderen",
    "mijn ex staat weer op het raam te bonken",
    "Kocam kapıyı tekmeliyor, odaya kilitlendik",
]
R3_DANGER_QUIET = [
    "mijn peuter klimt overal op, hoe maak ik het balkon veilig?",
    "hij heeft een sneetje in zijn vinger, vanaf hoe diep moet een wond gehecht worden?",
    "mijn dochter van 15 slikt elke dag haar pillen voor adhd",
    "we wachten op het perron, de trein staat stil op het spoor",
]


@pytest.mark.parametrize("text", R3_DANGER_NOW)
def test_r3_danger_now_in_other_words(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", R3_DANGER_QUIET)
def test_r3_danger_lookalikes_stay_quiet(text: str) -> None:
    check_urgency(text, QUIET)


R3_SUICIDAL = [
    "mijn zoon zei vanavond dat hij er vast niet meer lang zal zijn",
    "mijn vriendin dreigt zich van kant te maken als haar vader het ontdekt",
    "zet in de groepsapp: na vandaag ziet niemand me nog terug. morgen zie je me niet meer",
    "soms denk ik: als ik onder een bus kom vind ik het ook prima",
    "i keep imagining walking into the river after the baby is asleep",
    "er ligt een strop op zolder, hij zegt dat het voor het tuinhuis is maar hij is zo somber",
    "Моїм дітям буде краще без мене",
    "Chciałabym po prostu nie obudzić się jutro",
    "she sent a farewell message to her sister and switched off her phone",
    "ik krijg steeds gedachten dat ik mijn baby iets aandoe, ik ben doodsbang voor mezelf",
]
R3_SUICIDAL_QUIET = [
    "ik ben moe en somber maar ik zou mezelf nooit iets aandoen",
    "ik wil niet dood of zo, ik wil alleen minder stress",
    "mijn oom heeft dertig jaar geleden een zelfmoordpoging gedaan, hoe vertel ik dat aan mijn zoon van 11?",
    "we maken een schommel, het touw ligt in de schuur",
]


@pytest.mark.parametrize("text", R3_SUICIDAL)
def test_r3_suicidal_in_everyday_words(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", R3_SUICIDAL_QUIET)
def test_r3_suicidal_lookalikes_stay_quiet(text: str) -> None:
    check_urgency(text, QUIET)


R3_SELF_HARM = [
    "ik kras me weer sinds de kerstvakantie",
    "hoe verberg ik mijn littekens van krassen op zwemles",
    "3 weken sh vrij en nu wil ik alweer",
    "how do i cover my sh scars at the beach",
    "mijn zoon heeft sneetjes op zijn dijen en zegt dat het van de bramen is",
    "als ik boos ben sla ik mijn hoofd tegen de kast tot ik bulten heb",
]
R3_SELF_HARM_QUIET = [
    "mijn zoon van 5 heeft zich gesneden aan een schaar bij het knutselen",
    "ze snijdt zich soms aan het papier, hoe voorkom ik dat?",
    "er zitten krassen op de auto van de buren",
]


@pytest.mark.parametrize("text", R3_SELF_HARM)
def test_r3_self_harm_slang(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", R3_SELF_HARM_QUIET)
def test_r3_self_harm_lookalikes_stay_quiet(text: str) -> None:
    check_urgency(text, QUIET)


R3_VIOLENCE_AND_THREATS = [
    "mijn vriend slaat en duwt, de kinderen zien het",
    "ik mag van mijn man niet alleen de deur uit en geen eigen bankpas hebben",
    "hij legt zijn mes onder het kussen als ik iets verkeerd doe",
    "mijn stiefvader heeft me tegen de vloer gesmeten",
    "mijn moeder scheldt me uit voor lelijk en laat me buiten eten als ik te laat ben",
    "ze zegt dat ze me had moeten weggeven",
    "mijn broertje werd urenlang opgesloten in het donker",
    "als papa boos is moet ik in de garage slapen",
    "hij zei dat het slecht afloopt voor jou als je de kinderen niet brengt",
    "mijn vader zegt dat hij mama laat verdwijnen",
    "he said he would burn the flat down with us inside",
    "mijn broer zegt dat hij me komt halen als ik niet terugkom",
    "ik moet tegen de juf zeggen dat ik van de trap gevallen ben",
    "kind van 2 met een spiraalfractuur, het verhaal van de ouders klopt niet met het letsel",
    "de kleuter krimpt ineen als iemand zijn hand opheft",
    "thuis is het erger dan op school, zegt mijn leerling",
    "Babam annemi itti ve bana tokatladı",
    "Ojciec szarpie mnie za włosy",
    "дома його бьют",
]
R3_VIOLENCE_QUIET = [
    "mijn zoon van 14 kreeg bij hockey een klap met de stick, moet hij naar de huisarts?",
    "mijn dochter zegt dat de juf haar afmaakt als ze weer te laat is, haha",
    "het doet pijn als ik haar haren kam, welke borstel is fijner?",
    "mijn dochtertje van 20 maanden slaat ons als ze moe is",
    "bij de bso spelen ze verstoppertje en tikkertje",
    "Kocam çocuklara asla vurmaz, ama çok bağırıyor",
    "Mój syn krzyczy 'zabiję cię', kiedy gra w Fortnite",
    "ik zag een film over iemand die zijn vrouw laat verdwijnen",
    "we left my violent ex five years ago and we are safe now, how do I talk to my son about it?",
]


@pytest.mark.parametrize("text", R3_VIOLENCE_AND_THREATS)
def test_r3_violence_and_threats_in_everyday_words(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", R3_VIOLENCE_QUIET)
def test_r3_violence_lookalikes_stay_quiet(text: str) -> None:
    check_urgency(text, QUIET)


R3_STALKING_ABDUCTION_HONOUR = [
    "ik vond een airtag in de voering van mijn tas, mijn ex weet steeds waar ik ben",
    "mijn ex belt me 40 keer per dag, ik ben bang",
    "hij zit al de hele avond voor mijn huis terwijl hij een contactverbod heeft",
    "mijn man zegt dat hij met de kinderen teruggaat naar Marokko en dat ik ze nooit meer zie",
    "hun paspoorten heeft hij ingepikt",
    "ze zei dat ze daar naar school gaat en niet meer terugkomt",
    "mijn broers willen de eer herstellen omdat ik een vriend heb",
    "mijn ouders willen laten controleren of ik nog maagd ben",
    "ik ben verloofd met een neef die ik nooit gezien heb",
    "my parents are forcing me to marry a man from their village",
]
R3_STALKING_QUIET = [
    "mijn ex staat om 5 uur voor de deur om de kinderen op te halen",
    "kan ik een tracker aan de sleutelbos van mijn zoon hangen?",
    "we gaan met de kinderen op vakantie naar Turkije, welke papieren heb ik nodig?",
]


@pytest.mark.parametrize("text", R3_STALKING_ABDUCTION_HONOUR)
def test_r3_stalking_abduction_and_honour(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", R3_STALKING_QUIET)
def test_r3_stalking_lookalikes_stay_quiet(text: str) -> None:
    check_urgency(text, QUIET)


R3_SEXUAL_AND_GROOMING = [
    "mijn zoontje zegt dat de buurman een spelletje onder de dekens wil spelen",
    "ik mag van oom niet zeggen wat we doen",
    "mijn schoonvader zit steeds aan ons dochtertje, ook onder haar jurk",
    "opa geeft haar kusjes op haar mond als niemand kijkt",
    "een kleuter tekende iets seksueels en vertelde over de piemel van haar oom",
    "he makes me sit on his lap and says its our little secret",
    "een man op insta vroeg of ik al ongesteld ben, ik ben 11",
    "die volwassen man noemt haar zijn geheime vriendinnetje",
    "iemand heeft mijn nudes en wil 150 euro anders stuurt hij ze naar mijn klas",
    "he said hes gonna tell my parents everything unless i send more",
    "Ktoś szantażuje moją córkę zdjęciami",
    "my sister (13) is dating a guy who is 23",
    "hij wants me to get into his car after school, he is 30 and i am 12",
]
R3_SEXUAL_QUIET = [
    "we spelen samen hutje bouwen onder de dekens, leuk voor regenachtige dagen",
    "mijn zoon van 10 vraagt wat verkrachting betekent, hoe leg ik dat uit?",
    "mijn dochter van 9 leest een boek over een meisje dat geslagen wordt, hoe praat ik erover?",
    "hij zei tegen de juf dat papa hem geslagen heeft, maar dat was met een kussen bij een kussengevecht",
]


@pytest.mark.parametrize("text", R3_SEXUAL_AND_GROOMING)
def test_r3_sexual_abuse_and_grooming_described(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", R3_SEXUAL_QUIET)
def test_r3_sexual_lookalikes_stay_quiet(text: str) -> None:
    check_urgency(text, QUIET)


R3_NEGLECT = [
    "de kinderen van de overkant spelen tot 12 uur op straat, ik zie nooit een volwassene, ze zijn 4 en 6",
    "het kindje van de buren zit urenlang alleen op het balkon, ze is 3",
    "the boy next door keeps knocking on our door asking for food",
    "haar fles wordt tegen een kussen gestut en dan gaat ze de deur uit",
    "zijn moeder is al dagen weg en niemand weet waar",
    "mijn leerling komt elke dag zonder ontbijt en zonder lunch",
    "papa vergeet ons eten te geven",
    "mijn vader ligt al dagen in bed en drinkt",
    "Sąsiedzi zostawiają dzieci same w domu na całą noc",
    "de baby ligt de hele dag alleen, haar moeder gebruikt weer coke en de baby is vaak alleen met haar",
]
R3_NEGLECT_QUIET = [
    "mijn zoon van 16 speelt tot 11 uur buiten met vrienden, is dat te laat?",
    "er is vaak geen eten dat hij lust, hoe krijg ik groente erin?",
    "I'm 19 and my parents want me to move out next month, how do I find a room?",
]


@pytest.mark.parametrize("text", R3_NEGLECT)
def test_r3_neglect_in_everyday_words(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", R3_NEGLECT_QUIET)
def test_r3_neglect_lookalikes_stay_quiet(text: str) -> None:
    check_urgency(text, QUIET)


# --- Someone who cannot be woken is danger now; a teenager who is hard to get out of bed for school is not.
# Laxatives misused are a health risk; laxatives the GP prescribed for constipation are not.
CANNOT_BE_WOKEN = [
    "mijn vriend heeft gedronken en pillen genomen en ik krijg hem niet wakker",
    "de baby is niet wakker te krijgen en ademt heel raar",
    "my dad is on the floor and I can't wake him up",
    "ze ligt op de bank en wordt niet meer wakker, wat moet ik doen",
]
HARD_TO_WAKE_QUIET = [
    "mijn puber is smorgens bijna niet wakker te krijgen voor school, hoe krijg ik hem op tijd zijn bed uit",
    "elke ochtend is het gevecht, ze is niet wakker te krijgen",
    "my son won't wake up in the morning for school, he games till 2",
]
LAXATIVES = [
    "ze slikt stiekem laxeermiddelen om af te vallen",
    "ik vond een doosje laxeermiddel in haar tas, ze eet bijna niks",
]
LAXATIVES_QUIET = [
    "de kinderarts gaf een laxeermiddel omdat hij zijn poep ophoudt, hoe lang mag dat",
    "laxeermiddel van de huisarts helpt niet zo goed bij onze dochter van 4",
]


@pytest.mark.parametrize("text", CANNOT_BE_WOKEN)
def test_someone_who_cannot_be_woken_is_danger_now(text: str) -> None:
    check_urgency(text, ("emergency",))


@pytest.mark.parametrize("text", HARD_TO_WAKE_QUIET)
def test_hard_to_wake_for_school_stays_quiet(text: str) -> None:
    check_urgency(text, QUIET)


@pytest.mark.parametrize("text", LAXATIVES)
def test_laxatives_misused_are_a_health_risk(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", LAXATIVES_QUIET)
def test_laxatives_from_the_doctor_stay_quiet(text: str) -> None:
    check_urgency(text, QUIET)


# A meal withheld as punishment is neglect; a dessert, sweets or a snack withheld is an ordinary punishment.
MEAL_WITHHELD = [
    "als straf krijg ik van mijn vader vaak geen avondeten",
    "voor straf mag hij van zijn stiefmoeder een hele dag geen eten",
    "as a punishment my mum gives me no dinner and I have to stay in my room",
]
MEAL_WITHHELD_QUIET = [
    "als straf krijgt hij vanavond geen toetje, is dat te streng?",
    "voor straf geen snoep en geen tablet, werkt dat bij een kind van 5?",
    "as punishment she went to bed without dessert, was that fair?",
]


@pytest.mark.parametrize("text", MEAL_WITHHELD)
def test_a_meal_withheld_as_punishment_is_urgent(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", MEAL_WITHHELD_QUIET)
def test_a_treat_withheld_as_punishment_stays_quiet(text: str) -> None:
    check_urgency(text, QUIET)


# --- Round 4 (safety5): first messages that hide the danger, read by family from safety_tune3. Each family
# with its own sentences (Dutch, chat spelling, English and the other languages) and the everyday uses of the
# same words that must stay quiet.
R4_DANGER_NOW = [
    "ze zitten nu met z'n allen in de wc, mijn vader ramt de deur bijna in",
    "Він п'яний ломиться у двері, я з дітьми в кімнаті",
    "az önce bir kutu ilaç içtim, kimse bilmiyor",
    "ik heb in mijn pols gesneden en het stopt niet met bloeden",
    "onze dochter van 3 is kwijt in het pretpark, al 15 minuten",
    "we can't find our toddler at the market, it's been 10 minutes",
    "mijn zus staat op het dak van de school, ze wou alleen even iemand laten weten dat het haar spijt",
    "я сиджу на мосту. хотів комусь сказати, вибачте",
    "أنا فوق سطح البيت الآن، وداعا للجميع",
    "mijn stiefvader is weer met stoelen aan het gooien, ik moet hier weg",
]
R4_DANGER_NOW_QUIET = [
    "mijn zoon is zijn jas kwijt op school, wie moet ik mailen?",
    "hij is al 20 minuten de weg kwijt in het spel, haha",
    "ik sta op de brug bij de markt, waar is het CJG precies?",
    "mijn neus houdt niet op met bloeden als het warm is, is dat normaal bij een kind van 9?",
    "bir kutu ilaç aldım eczaneden, çocuğum için doz nedir?",
    "mijn zoon is bezig met een bouwpakket en is met houtjes aan het gooien, hoe leer ik hem netjes spelen?",
]

R4_SUICIDAL = [
    "alles zou beter zijn zonder mij, echt",
    "everyone would be better off without me anyway",
    "ik zie de zin van opstaan niet meer in",
    "ik ben echt klaar met het bestaan",
    "i'm so tired of existing",
    "wil gewoon gaan slapen en nooit meer wakker worden",
    "i wish i could fall asleep and never wake up",
    "chciałabym zasnąć i nie obudzić się",
    "хочу заснути і не прокинутися",
    "maakt niet uit, ik ben er na de zomer toch niet meer",
    "hoe hoog moet een flat zijn om het niet te overleven",
    "hoeveel slaappillen zijn dodelijk voor iemand van mijn gewicht",
    "hoeveel oxazepam is te veel? vraag het voor mezelf",
    "wie krijgt mijn tiktok als ik er niet meer ben",
    "she sent 'sorry for everything' to the family group",
    "ze heeft haar gitaar en haar sieraden aan haar vriendinnen gegeven. ze is opvallend rustig",
    "ik heb mijn knuffels en boeken aan mijn zusje gegeven en brieven geschreven",
    "mijn opa is in maart gestorven en ik wil het liefst bij hem zijn",
    "mijn vriend appte dat hij afscheid neemt en nu neemt hij niet op",
    "onze zoon is sinds gisteren weg, telefoon staat uit, hij zei dat hij het niet meer ziet zitten",
]
R4_SUICIDAL_QUIET = [
    "het team is beter zonder mij als keeper, ik wil stoppen met voetbal",
    "ik zie het nut van huiswerk niet in, hoe motiveer ik mezelf?",
    "ik ben klaar met de opleiding en zoek werk",
    "mijn peuter wil nooit slapen en is om 5 uur weer wakker",
    "ik ben er volgende week niet, kan het gesprek verzet worden?",
    "hoe hoog moet het hek zijn om de hond binnen te houden",
    "hoeveel paracetamol mag mijn dochter van 6 bij koorts?",
    "hoeveel paracetamol is te veel voor een kind van 4?",
    "wie krijgt de voogdij over de kinderen als ik er niet meer ben? we maken een testament",
    "she said sorry for everything she broke at her friend's party",
    "we hebben oude kleren aan de buurkinderen gegeven",
    "mijn oma is overleden, mijn dochter wil bij opa logeren om hem te troosten",
    "de juf neemt afscheid van de klas, hoe leg ik dat uit aan mijn dochter?",
    "ik zie het niet meer zitten met die verbouwing, het duurt zo lang",
]

R4_SELF_HARM = [
    "ik heb weer iets scherps gepakt gisteravond",
    "als ik boos ben op mezelf bonk ik mijn hoofd tegen de kast",
    "ik heb in mijn bovenbeen gesneden",
    "mijn vriend heeft armen vol krasjes en zegt dat het de kat is",
    "ik vond scheermesjes onder haar matras",
    "er zitten wondjes op mijn arm, ik wil niet dat mijn moeder ze ziet",
    "hij draagt lange mouwen terwijl het 30 graden is. in zijn prullenbak lagen pleisters",
    "ابني يلبس اكمام طويلة في الصيف ورأيت جروح على يده",
]
R4_SELF_HARM_QUIET = [
    "vroeger kraste ik mezelf, nu al vier jaar niet meer en ik heb therapie gehad",
    "I used to cut myself when I was 12, but I have been clean for three years with help",
    "mijn peuter bonkt zijn hoofd tegen de muur bij het inslapen",
    "de chirurg heeft in zijn been gesneden om de schroeven te verwijderen",
    "ze draagt lange mouwen in de zomer vanwege haar geloof",
    "het mesje van de puntenslijper ligt in zijn etui, mag dat mee naar school?",
]

R4_EATING = [
    "mijn dochter eet alleen nog komkommer en viel gisteren flauw op school",
    "i eat like 400 calories a day and my heart is racing weird",
    "hij is 15 kilo afgevallen en ik zie zijn ribben",
    "ik weeg nog maar 39 kilo maar wil nog 3 kilo kwijt",
    "tips om honger te onderdrukken?",
    "heb niks gegeten sinds maandag, ik zit nu op dag 5",
    "she hasn't eaten since sunday and it's thursday",
]
R4_EATING_QUIET = [
    "mijn zoon eet alleen pasta, is dat erg?",
    "onze baby weegt 4 kilo, hoeveel moet ze drinken?",
    "hij heeft door de buikgriep al 3 dagen bijna niks gegeten, wanneer naar de dokter?",
    "ik zit op dag 10 van de ramadan en ben moe op school",
    "mijn dochter van 9 weegt 30 kilo, is dat normaal?",
]

R4_THREAT_EXPLOITATION = [
    "iemand stuurt mijn zoon berichten: ik weet waar je woont",
    "bana para göndermezsem videoyu herkese gönderecek",
    "on ma moje zdjęcia i pokaże je w szkole, jeśli nie zapłacę",
    "een man van 30 zegt dat ze bij hem veel geld kan verdienen met zijn vrienden",
    "my son owes them for weed and now they say they own him",
    "hij moet pakketjes bewaren voor ze in huis, anders doen ze hem wat",
]
R4_THREAT_QUIET = [
    "ik weet waar je woont zei de postbode grappend, lol",
    "ik wil een les geven over sextortion in groep 8, welk lesmateriaal is goed?",
    "our school project is about grooming, any resources?",
    "'ik ga je vermoorden' roepen ze naar elkaar tijdens het gamen",
    "my boys shout 'I'll kill you' at each other when they play cops and robbers",
    "hij moet pakketjes voor de buren aannemen, mag dat op zijn 12e?",
]

R4_CONTROL_AND_VIOLENCE = [
    "van mijn man mag ik niet alleen de deur uit, mag ik van mijn man niet werken",
    "mijn vriend checkt steeds mijn locatie en leest mijn berichten",
    "my husband controls all our money and I have to show him every receipt",
    "mąż zabrał mi paszport i nie pozwala wychodzić",
    "hij zette mij en de kinderen midden in de nacht buiten",
    "ze heeft blauwe plekken op haar benen als haar vader boos is geweest",
    "hij sleepte haar over de grond toen ze niet wilde",
    "zijn trainer trok hem aan zijn oor de kleedkamer in",
    "de huisarts zag oude en nieuwe blauwe plekken op zijn rug",
    "healing burn on her arm in the shape of a cigarette, says she fell",
    "ze is bang als haar stiefvader thuiskomt en verstopt zich dan",
    "hij mag niet mee eten als hij iets fout doet",
    "my niece sleeps in the hallway since her stepmum moved in",
    "zijn vader noemt hem de hele dag dom en waardeloos",
    "babası onu odaya kilitledi",
    "hoor ik spullen kapot gaan beneden, mama huilt",
    "my stepdad came into my room at night again",
    "de kietelspelletjes van oom doen pijn zegt ze",
]
R4_CONTROL_QUIET = [
    "mijn man beheert de administratie en ik de boodschappen, hoe leren we de kinderen over geld?",
    "hij mag van zijn vader niet gamen op doordeweekse dagen",
    "zet ik hem 's avonds buiten de kamer als hij niet slaapt?",
    "ze komt thuis met blauwe plekken van zelfverdediging, is dat normaal?",
    "mijn zoon is bang als zijn vader 's avonds naar zijn werk gaat",
    "zijn zus trok hem aan zijn haren bij het stoeien",
    "de kat slaapt in de gang",
    "hij gooide de bal naar zijn zoon en die viel",
    "kietelen doet geen pijn maar ze vindt het vervelend, hoe stop ik haar broer?",
    "mijn dochter speelt in een film een meisje dat geslagen wordt, hoe bespreek ik dat?",
]

R4_NEGLECT_AND_PARENT = [
    "het buurjongetje van 8 is soms hele dagen alleen en er ligt niks in de koelkast",
    "mijn man drinkt vanaf de ochtend en de kinderen van 4 en 7 zitten thuis",
    "ik kneep te hard in zijn armpje toen hij bleef huilen, hij is 1",
    "gisteren heb ik een beker naar mijn dochter gegooid, ik was zo boos",
    "I'm afraid of what I might do when he cries all night, he's 3 months",
    "bebeği sarsmak istiyorum bazen, kendimden korkuyorum",
    "боюся, що можу зробити йому боляче, він весь час плаче",
    "don't want to go home, my stepdad is drunk again",
]
R4_NEGLECT_QUIET = [
    "de koelkast is leeg want we gaan morgen boodschappen doen",
    "mijn moeder van 80 is vaak dagen alleen, hoe regel ik hulp?",
    "ik drink koffie vanaf de ochtend, is dat slecht voor de borstvoeding?",
    "ik kneep in zijn wangetjes en hij moest lachen",
    "I don't want to go home yet, the party is fun, can you ask my mum?",
]

R4_SEXUAL = [
    "ze zegt dat ze een geheimpje heeft met de oppas van 17",
    "mag iemand aan je komen als je dat niet wil?",
]
R4_SEXUAL_QUIET = [
    "hij heeft een geheimpje met de buurman over het cadeau voor mijn verjaardag",
    "mag de tandarts aan je tanden zitten als je dat niet wil?",
]

R4_LOWERED_QUIET = [
    "wat doe je als je vermoedt dat een kind thuis niet veilig is? vraag ik voor mijn studie",
    "If I ever suspect a pupil is being abused, who do I call? I want to be prepared.",
    "vroeger was er thuis geweld, we zijn jaren geleden weggegaan en nu is alles veilig",
    "Yıllar önce şiddet olan evden ayrıldık, artık güvendeyiz",
    "mijn vrouw ligt al een week op bed en doet niks meer, ze is zo moe",
]


@pytest.mark.parametrize("text", R4_DANGER_NOW)
def test_r4_danger_told_calmly_is_an_emergency(text: str) -> None:
    check_urgency(text, ("emergency",))


@pytest.mark.parametrize(
    "text",
    R4_DANGER_NOW_QUIET
    + R4_SUICIDAL_QUIET
    + R4_SELF_HARM_QUIET
    + R4_EATING_QUIET
    + R4_THREAT_QUIET
    + R4_CONTROL_QUIET
    + R4_NEGLECT_QUIET
    + R4_SEXUAL_QUIET
    + R4_LOWERED_QUIET,
)
def test_r4_lookalikes_stay_quiet(text: str) -> None:
    check_urgency(text, QUIET)


@pytest.mark.parametrize("text", R4_SUICIDAL + R4_SELF_HARM)
def test_r4_suicidal_and_self_harm_hints_are_low_mood(text: str) -> None:
    result = route(text)
    assert (result.urgency in URGENT, result.category) == (True, "low_mood"), (text, result.explanation)


@pytest.mark.parametrize("text", R4_EATING)
def test_r4_dangerous_eating_is_urgent_eating(text: str) -> None:
    result = route(text)
    assert (result.urgency in URGENT, result.category) == (True, "eating"), (text, result.explanation)


@pytest.mark.parametrize(
    "text", R4_THREAT_EXPLOITATION + R4_CONTROL_AND_VIOLENCE + R4_NEGLECT_AND_PARENT + R4_SEXUAL
)
def test_r4_danger_in_passing_is_urgent_safety(text: str) -> None:
    result = route(text)
    assert (result.urgency in URGENT, result.category) == (True, "safety"), (text, result.explanation)


def test_r4_patterns_pass_their_gates() -> None:
    texts = [*R4_DANGER_NOW, *R4_SUICIDAL, *R4_SELF_HARM, *R4_EATING, *R4_THREAT_EXPLOITATION]
    texts += [*R4_CONTROL_AND_VIOLENCE, *R4_NEGLECT_AND_PARENT, *R4_SEXUAL]
    assert gated_matches(texts) >= len(texts)


# Round 4 (safety5), second pass: a baby shaken, a parent afraid of shaking, a child afraid to be alone with
# one adult, "he'd finish him", a stepfather raging at the mother, locked in the bathroom.
R4_SHAKEN_AND_AFRAID = [
    "mijn vriend schudt de baby als hij niet stil is, ze is 3 maanden",
    "ik legde hem neer en liep weg want ik was bang dat ik hem zou schudden, hij is 6 weken",
    "ik vind mijn stiefvader eng, ik wil niet alleen met hem zijn als mama weg is",
    "a pupil says his dad told him he'd finish him when he gets home",
    "my stepdad is going mad at mum downstairs",
]
R4_SHAKEN_AND_AFRAID_QUIET = [
    "mijn vader schudt hem wakker voor school, hij is 15",
    "ik wil niet alleen met hem zijn, mijn opa is zo saai",
    "i can't finish my homework, he'd end me lol",
    "hij schudt zijn hoofd als de baby van 4 maanden huilt",
]


@pytest.mark.parametrize("text", R4_SHAKEN_AND_AFRAID)
def test_r4_shaking_and_fear_of_one_adult_are_urgent(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", R4_SHAKEN_AND_AFRAID_QUIET)
def test_r4_shaking_and_fear_lookalikes_stay_quiet(text: str) -> None:
    check_urgency(text, QUIET)


def test_r4_locked_in_the_bathroom_is_an_emergency() -> None:
    check_urgency("im locked in the bathroom, my stepdad is going mad at mum", ("emergency",))


# --- Youth round (y1): young people's own words for self-harm, suicide and an unsafe home must alarm; their
# violent slang about parents, timetables and shame must not.
YOUTH_URGENT = [
    ("ik was 8 maanden clean maar vannacht heb ik weer gekrast", URGENT),
    ("in de zoekgeschiedenis van mn zus zag ik dat ze gezocht heeft hoe je jezelf kan snijden", URGENT),
    ("kheb de pillen al in mn hand en niemand weet het", ("emergency",)),
    ("ik zit op de brug en ik weet niet of ik ga springen", ("emergency",)),
    ("Wzięłam całe opakowanie tabletek i nikt nie wie", ("emergency",)),
    ("dit is mijn laatste bericht aan iedereen", URGENT),
    ("ik heb overal blauwe plekken van mijn stiefvader maar ik zeg dat het van gym is", URGENT),
    ("my mum forgets to buy food most weeks and my little sister is hungry", URGENT),
    ("iemand heeft mijn naaktfotos gedeeld in de groepsapp van het voetbalteam", URGENT),
    ("hij is 23 en ik ben 13, hij wil afspreken maar mijn ouders mogen het niet weten", URGENT),
    ("mn zusje van 5 is kwijt bij de markt, ik zie haar nergens", ("emergency",)),
    ("mijn vader ligt op de vloer in de badkamer en reageert niet meer", ("emergency",)),
]
YOUTH_QUIET = [
    "mn moeder gaat me echt vermoorden als ze mn rapport ziet haha, hoe leg ik dat uit",
    "my mom is gonna kill me when she sees my grades, any study tips?",
    "deze toetsweek is gewoon zelfmoord, 5 toetsen in 2 dagen",
    "ik heb me echt dood geschaamd in de les toen ik moest voorlezen",
    "ik heb een gat in de muur geslagen toen ik verloor met fifa, hoe krijg ik mn woede onder controle",
    "Babam karnemi görünce beni öldürecek, matematikten nasıl daha iyi olabilirim?",
    "ik weet niet of ik durf te springen van de hoge duikplank bij zwemles",
    "dit is mijn laatste bericht voor vandaag, bedankt voor de tips",
    "ik heb het mes in mijn hand om groente te snijden voor het eten",
    "mijn broertje is weg naar voetbal en ik ben alleen thuis, mag ik de oven aanzetten",
]


@pytest.mark.parametrize(("text", "expected"), YOUTH_URGENT)
def test_young_peoples_words_for_danger(text: str, expected: tuple[str, ...]) -> None:
    check_urgency(text, expected)


@pytest.mark.parametrize("text", YOUTH_QUIET)
def test_young_peoples_violent_slang_stays_quiet(text: str) -> None:
    check_urgency(text, QUIET)


# --- Round s5lang: English, Turkish, Arabic, Polish and Ukrainian families the rules missed (read by family
# from the non-Dutch lines of languages_tune, safety_tune4 and safety_tune5; every sentence written here).
# Each family has its alarms and the everyday uses of the same words that must stay quiet.
S5LANG_EMERGENCY = [
    # Many pills or a whole pack just swallowed.
    "I swallowed a whole box of sleeping pills ten minutes ago",
    "Az önce bir kutu ilaç içtim, başım dönüyor",
    "Połknąłem całe opakowanie leków przeciwbólowych i kręci mi się w głowie",
    "Я випила всі таблетки, які були вдома",
    "بلعت كل الحبوب اللي عندي وما بعرف شو أعمل",
    # A goodbye, then no answer.
    "My best friend texted me goodbye an hour ago and now she isn't answering",
    "Ağabeyim 'elveda' yazıp çıktı, telefonunu açmıyor",
    "Siostra pożegnała się ze mną SMS-em i teraz nie odbiera telefonu",
    "Брат написав 'прощавайте' і не відповідає на дзвінки",
    "صديقي كتب لي وداعا وما يرد على التلفون",
    # Not breathing, not waking, limp.
    "My dad fell off the ladder and he's not breathing",
    "My friend drank way too much at the party and now she's breathing really strangely",
    "Oğlum merdivenden düştü, gözlerini açmıyor",
    "Babcia upadła w kuchni i ledwo oddycha",
    "Тато впав на підлогу і не дихає, що робити?",
    "أخي وقع على رأسه وما عم يتنفس",
    # Gone to meet someone from the internet, phone off.
    "Our son went to meet a guy from Discord this afternoon and his phone is off",
    "Дочка поїхала на зустріч з хлопцем з гри і не відповідає",
    "ابني ما رجع من المدرسة وموبايله مسكر",
    # A parent in psychosis with the children in danger; at a height now.
    "My dad turned on the gas without lighting it and the kids are in their room",
    "Батько вночі ходить по квартирі з ножем, діти плачуть",
    "زوجي قفل الباب على الأولاد وصار يصرخ إنهم مسكونين",
    "Siedzę na dachu bloku i nie wiem czy chcę dalej żyć",
    "Донька стоїть на даху і пише, що стрибне",
    "Tata zamknął się w garażu, silnik auta chodzi i nikt nie otwiera",
    "Син наковтався таблеток і лежить без руху",
    "I took the whole pack of my mum's sleeping pills",
    "Kızım internetten tanıştığı adamla buluşmaya gitti, telefonu kapalı",
    "Bebeğim nefes almıyor, morardı",
]
S5LANG_LOW_MOOD = [
    "I have a plan to end my life next week",
    "I left a letter on my desk in case I'm not around anymore",
    "Bazen ölsem herkes için daha iyi olur diye düşünüyorum",
    "Mam wrażenie, że rodzinie byłoby lepiej beze mnie",
    "Od tygodnia nie chce mi się żyć",
    "Іноді здається, що рідним без мене жилося б краще",
    "ما بدي عيش هيك، تعبت من كل شي",
    "Bileklerimi jiletle kestim, kimse bilmiyor",
    "Я порізала собі руки лезом",
    "Oğlumun kollarında jilet izleri gördüm",
    "Zauważyłam cięcia na nadgarstkach córki",
    "Я побачила порізи на руках у доньки",
    "شفت جروح على ذراع بنتي وهي ما بدها تحكي",
    "My sister says the cuts are cat scratches but we don't even have a cat",
    "بدي موت، ما عاد فيني أتحمل",
    "جرحت نفسي بالشفرة مرة ثانية",
    "Sınıf arkadaşım bileklerini jiletle kesiyormuş, bana gösterdi",
]
S5LANG_SAFETY = [
    # Grooming and sextortion by an adult met online; an age gap.
    "A guy she met on Snapchat keeps asking her for pictures. She is 13.",
    "Someone from a game says he'll post my photos online unless I send him more",
    "Oğlum 12 yaşında, oyunda tanıştığı bir adam ona para yolluyor",
    "Jakiś facet z Instagrama wymaga od mojej córki zdjęć w bieliźnie",
    "Chłopak poznany w grze grozi, że roześle jej zdjęcia wszystkim znajomym.",
    "Якийсь дорослий чоловік в інтернеті просить доньку надіслати йому фото",
    "My niece is 13 and her new boyfriend is 24",
    "Донька (14) зустрічається з хлопцем, якому 29 років.",
    "Córka ma 13 lat i spotyka się z chłopakiem, który ma 26 lat",
    # Criminal exploitation.
    "My 15yo is selling drugs for some older boys and says they'll hurt him if he quits",
    "Oğlum mahalledeki büyük abiler için uyuşturucu taşıyor",
    "Syn rozwozi paczki dla jakichś starszych facetów i dostaje za to pieniądze",
    "Мій син розносить закладки, і йому за це платять",
    "ابني يشتغل عند رجال كبار وما بيحكي شو بيعمل",
    # Sexual abuse in a child's or parent's words.
    "My niece (5) says her babysitter does bad things to her when mummy is out",
    "The coach films the boys changing after practice",
    "He makes her sit on his lap and says it's their little secret, she is 7",
    "Moja córka mówi, że dziadek ją dotyka, kiedy nikt nie widzi",
    "Син сказав, що тренер його мацав у роздягальні",
    "Вітчим приходить до неї вночі і робить їй боляче",
    "Kızım 6 yaşında, dedesinin 'kimseye söyleme' dediğini anlattı ve ağladı",
    "عمي بيلمسني لما ما في حدا بالبيت",
    # Violence at home in other words.
    "He's yelling and smashing things downstairs and I think he'll kick the door in",
    "Ojczym znowu rzucił we mnie talerzem",
    "Sąsiad co wieczór bije swoją córkę, słychać płacz",
    "Чоловік штовхнув доньку так, що вона впала",
    "My husband threw a plate at the wall during dinner",
    # A parent afraid of hurting the child, or who shook or grabbed it.
    "I'm scared I'll hurt my baby, she cries all night and I can't cope",
    "Boję się, że zrobię krzywdę mojej córeczce",
    "Я так трусонула сина, що він заплакав від страху",
    "Bebeğimi o kadar sert sarstım ki korktum",
    "أخاف أن أؤذي طفلي عندما يبكي كثيرا",
    # Neglect in a neighbour's or teacher's words.
    "U sąsiadów w domu znowu nie ma jedzenia, dzieci pukają do nas",
    "Малі сусіди цілими днями самі і просять у нас поїсти",
    "Komşunun bebeği her gece yalnız bırakılıyor",
    "The mum upstairs leaves her toddler alone for hours while she's at work",
    "جارتنا تترك ابنها الصغير لوحده في الشرفة",
    "A boy in my class comes to school hungry every day and has lice and rotten teeth",
    # Forced marriage, cutting and honour threats; a former partner who stalks.
    "My parents are forcing my sister to marry a cousin she has never met",
    "Grandma wants our daughter circumcised during the summer trip",
    "Ailem beni 16 yaşımda zorla evlendirmek istiyor",
    "عمتي تريد ختان بنتي الصغيرة في الصيف",
    "أبي هددني بالقتل إذا رجعت متأخرة",
    "Eski kocam her sabah okulun önünde beni bekliyor ve takip ediyor",
    # Injuries that do not fit the story.
    "The toddler has bruises on both ears and the mother's explanation doesn't add up",
    "لاحظت حروق سجائر على يد الطفل",
    "Мені 15, і чоловік з інтернету пропонує гроші за фото",
    "أمي تتركنا وحدنا في البيت أياما بدون أكل",
    "Chłopak z internetu, który ma 30 lat, chce się spotkać z moją 13-letnią córką",
    "Сусідка залишає малих дітей самих на всю ніч",
    "Sąsiadka zostawia dzieci same na całą noc",
    "ابنتي ١٣ سنة ورجل كبير يرسل لها هدايا ويطلب صور",
    "A stranger on Roblox offered my son money for photos",
    "Мама п'є і не годує нас кілька днів",
    "Our neighbour's kids (3 and 4) were alone all night again, crying",
    "He told her to keep it a secret and sent her money, she's 12",
    "بنت أختي عمرها ١٤ وزوجوها لرجل عمره ٤٠",
]
S5LANG_URGENT_OTHER = [
    # Put out with nowhere to sleep tonight (no 112).
    "Mama wyrzuciła mnie z domu i nie mam gdzie nocować",
    "Нас виселили з квартири, і сьогодні нам ніде спати",
    "Babam beni evden attı, bu gece kalacak yerim yok",
    "We got evicted this morning and have nowhere to sleep tonight",
    "طردني أبي من البيت وما عندي مكان أنام فيه",
    # An eating disorder with the heart at risk.
    "Since she stopped eating her pulse has dropped and the doctor is worried",
]
S5LANG_HARD_NEGATIVES = [
    "My son took all his vitamins with breakfast this morning",
    "I took a lot of photos at the party last night",
    "Dün akşam baş ağrısı için bir ilaç aldım",
    "Wzięłam tabletkę na ból głowy i poszłam spać",
    "Wziąłem dużo zdjęć na wycieczce",
    "Я випила багато води після тренування",
    "My daughter said goodbye to her grandma at the airport and cried",
    "Arkadaşlarıma elveda partisi verdim, yarın taşınıyoruz",
    "She is planning to end her contract with the gym",
    "I keep a letter with my medical details in case I'm not able to speak",
    "Bu hafta işten izin alsam daha iyi olur",
    "Lepiej by było, gdyby mnie nie było na tym zebraniu, strasznie się nudziłam",
    "Drużynie byłoby lepiej bez niego w ataku",
    "ما بدي عيش بهالبيت، بدنا بيت أكبر",
    "My son won't wake up for school in the mornings, how do I get him out of bed?",
    "She breathes weirdly when she has a cold, is that normal for a toddler?",
    "Dziecko ledwo reaguje na moje prośby, gdy gra na telefonie",
    "My daughter's friend asked for photos of our new puppy",
    "Erkek arkadaşım doğum günümde bana hediye gönderdi, çok mutluyum",
    "Babcia prosi o zdjęcia wnuków z wakacji",
    "Mój chłopak ma 25 lat i planujemy ślub",
    "My boyfriend is 24 and I'm 22, is that a big gap?",
    "a 35 year old man helped my son (9) fix his bike tyre",
    "My son delivers packages for Amazon on weekends",
    "Oğlum kargo şirketinde paket taşıyor, yarı zamanlı çalışıyor",
    "Syn rozwozi paczki dla firmy kurierskiej w wakacje",
    "Син розвозить пакунки для служби доставки",
    "My dad tickles her every evening and she laughs so hard",
    "The neighbour does weird things with his garden, he painted it purple",
    "Dziadek mnie nie dotykał, to był tylko zły sen",
    "ابني الصغير بيلمس كل شي بالبيت",
    "Antrenörü omzuna dokunup onu tebrik etti",
    "We heard screaming and banging from the kids playing a game upstairs",
    "The firefighters had to break the door down to rescue our cat",
    "Mój syn rzucił we mnie poduszką, kiedy się wygłupialiśmy",
    "Син штовхнув сестру, і вона впала з гойдалки",
    "My son threw the ball at the wall for an hour",
    "I'm scared I'll hurt my back lifting the baby",
    "Will the vaccine hurt the baby?",
    "Bu haber beni çok sarstı",
    "Boję się, że zrobię sobie krzywdę na nartach",
    "ضربت الكرة بقوة في المباراة",
    "Annem sebzeleri bıçakla kesiyor",
    "Dün mutfakta yanlışlıkla kendimi kestim, yara bandı yeter mi?",
    "Мама ріже овочі на салат",
    "Na wakacjach nie mieliśmy gdzie spać, bo hotel był pełny",
    "The kids have nowhere to go after school today because the club is closed",
    "W domu nie ma jedzenia bez glutenu, co polecacie?",
    "Should we get our baby son circumcised for medical reasons?",
    "Oğlumuzu evlendirmek istiyoruz, düğün için tavsiye var mı?",
    "The hotel kept my passport overnight",
    "Eşim Instagram'da beni takip ediyor, ben de onu",
    "She went to meet a friend at the mall and her phone is off because it broke",
    "Син пішов на зустріч з друзями, телефон розрядився",
    "My husband turned on the gas stove to cook for the kids",
    "Тато ходить на риболовлю з ножем для риби і бере дітей",
    "Stoję na moście i robię zdjęcia zachodu słońca",
    "Siedzę na dachu i chcę zrobić zdjęcie miasta",
    "The teacher's explanation of fractions doesn't match the textbook",
    "My heart was racing before the exam, is that anxiety?",
    "Kollarında kesikler var ama kediden, yeni kedimiz çok vahşi",
    "Syn ma cięcia na rękach po upadku z roweru",
    "How do I treat cat scratches? Our cat is very playful",
    "He said goodbye to his friends and left for camp",
    "My daughter asked her friend for pics of the concert",
    "I'm worried the new shoes will hurt my son's feet",
    "Czy zabranie telefonu to przemoc psychiczna?",
    "Gdzie znajdę program profilaktyki przemocy dla szkoły?",
    "Ağrı kesici aldım, başım hâlâ ağrıyor",
    "ابني يضرب الكرة بقوة في التمرين",
    "زوجي قفل الباب على حاله ليشتغل بهدوء",
    "بدي عيش بهولندا مع ولادي بأمان",
    "جرحت نفسي بالغلط وانا اطبخ",
    "Oğlum arkadaşlarıyla buluşmaya gitti, telefonu kapalı çünkü şarjı bitti",
    "Córka poszła na spotkanie z koleżanką, telefon ma rozładowany",
    "We are moving house and have nowhere to put the piano tonight",
    "My son is 14 and his girlfriend is 14 too, they message all day",
    "I took the whole box of chocolates to the party",
    "My daughter met a 30 year old author at the book fair",
    "Kızım 14 yaşında, 25 yaşındaki öğretmeni çok seviyor",
    "Mam 30 lat i mój chłopak ma 32 lata",
    "Syn ma 16 lat i rozwozi pizzę wieczorami",
    "Моя донька (14) і її хлопець (15) постійно переписуються",
    "ابني يشتغل مع شباب كبار في مطعم في الصيف",
    "بنتي عمرها ٨ سنوات وبتحب تلعب لوحدها في الغرفة",
    "The coach filmed the match and sent it to the parents",
    "Syn szarpnął drzwi tak mocno, że się zacięły",
    "Мій син (9) грає у футбол цілими днями сам з собою",
    "My mate sent me a goodbye message before his flight to Spain",
    "Kocam bebeği sallayarak uyutuyor, bu doğru mu?",
    "Kızım arkadaşına hediye gönderdi",
    "Sąsiad codziennie bije rekord w grze",
    "Син розносить газети вранці, щоб заробити",
    "Our teen takes loads of vitamins and protein shakes",
    "زوجي بيشتغل مع رجال كبار بالعمر في الشركة",
]
# Lowered by the round's own rules: a toddler in a tantrum who hits, a young child's "I'll kill you" over toys
# or a game, a joke taken back, a definition asked, abuse long ago told by a young adult, a term asked about.
S5LANG_LOWERED_QUIET = [
    "My 2 year old has meltdowns every evening and kicks me when I pick him up",
    "Mój dwulatek w czasie histerii bije mnie po twarzy",
    "2 yaşındaki kızım öfke nöbeti geçirince bana vuruyor",
    "My 7 year old screams 'I'll kill you' at his brother when they fight over toys",
    "Донька (6) кричить сестрі 'я тебе вб'ю', коли та бере її іграшки",
    "Mum will kill me lol, I dyed my hair blue",
    "Тато мене вб'є, в сенсі насвариться за двійку",
    "Czy krzyk na dziecko to już przemoc?",
    "Szukamy warsztatów o przemocy rówieśniczej dla klasy",
    "When I was 9 my stepfather abused me. I'm 24 now and I want to talk to someone about it.",
    "A friend mentioned loverboys. What does that mean exactly?",
    "Син сказав, що вб'є мене, якщо я вимкну інтернет, ха-ха",
    "My 5 year old says he wants to die when I take his iPad",
    "Czy to normalne, że dwulatek bije mnie, gdy jest zmęczony?",
    "Тато мене вб'є, якщо дізнається про двійку, лол",
    "My 3 year old has a meltdown and kicks the door",
    "Дочка сказала 'я тебе вб'ю', коли я забрала телефон. Їй 7",
]
S5LANG_STILL_URGENT = [
    "My husband hits me when our 2 year old has a tantrum",
    "My 9 year old brought a knife to school after losing a game",
    "Mąż stosuje wobec mnie przemoc od lat",
    "When I was 9 my stepfather abused me. I'm 24 now and he still babysits my little sister.",
]


@pytest.mark.parametrize("text", S5LANG_EMERGENCY)
def test_s5lang_danger_now_is_an_emergency(text: str) -> None:
    check_urgency(text, ("emergency",))


@pytest.mark.parametrize("text", S5LANG_LOW_MOOD)
def test_s5lang_suicidal_words_and_self_harm_are_low_mood(text: str) -> None:
    result = route(text)
    assert (result.urgency in URGENT, result.category) == (True, "low_mood"), (text, result.explanation)


@pytest.mark.parametrize("text", S5LANG_SAFETY)
def test_s5lang_abuse_neglect_and_exploitation_are_urgent_safety(text: str) -> None:
    result = route(text)
    assert (result.urgency in URGENT, result.category) == (True, "safety"), (text, result.explanation)


@pytest.mark.parametrize("text", S5LANG_URGENT_OTHER + S5LANG_STILL_URGENT)
def test_s5lang_no_place_tonight_and_kept_alarms_are_urgent(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", S5LANG_HARD_NEGATIVES)
def test_s5lang_hard_negatives(text: str) -> None:
    check_urgency(text, QUIET)


@pytest.mark.parametrize("text", S5LANG_LOWERED_QUIET)
def test_s5lang_tantrums_games_jokes_and_questions_stay_quiet(text: str) -> None:
    check_urgency(text, QUIET)


def test_s5lang_patterns_pass_their_gates() -> None:
    texts = [*S5LANG_EMERGENCY, *S5LANG_LOW_MOOD, *S5LANG_SAFETY, *S5LANG_URGENT_OTHER]
    assert gated_matches(texts) >= len(texts)


def test_s5lang_no_place_tonight_is_no_112() -> None:
    assert route("Babam beni evden attı, bu gece kalacak yerim yok").urgency == "urgent"


def test_s5lang_long_sentences_stay_fast() -> None:
    import time

    text = " ".join(["kizim 14 yasinda adam para gonderiyor trzylatek napady zlosci bije mnie"] * 150)
    start = time.perf_counter()
    route(text)
    assert time.perf_counter() - start < 2.0


# --- Lead, fourth session: a child sent to sleep or stand outside in anger or as punishment, and an adult
# who wants a child on his lap and then behaves oddly; a tent in the garden, a warm night on the balcony, a
# toddler on grandpa's lap, a short time-out on the stairs stay quiet.
PUT_OUTSIDE_OR_LAP = [
    "als mijn vader boos is moeten we in de schuur slapen",
    "als straf moest hij een uur buiten in de kou staan van zijn stiefvader",
    "my dad made me sleep in the garage because he was angry",
    "mijn oom wil altijd dat ik bij hem op schoot zit en dan doet hij raar",
    "de buurman wil dat mijn dochter op zijn schoot zit en dan aait hij haar raar over haar been",
]
PUT_OUTSIDE_OR_LAP_QUIET = [
    "we gaan deze zomer in de tuin slapen in een tentje, vanaf welke leeftijd mag dat alleen?",
    "mijn zoon wil op het balkon slapen omdat het zo warm is, mag dat?",
    "mijn dochter van 2 zit het liefst bij opa op schoot, ze is dol op hem",
    "na een ruzie met zijn zus moest hij even buiten op de trap zitten om af te koelen",
    "toen mijn vader boos was zijn we buiten gaan wandelen",
]


@pytest.mark.parametrize("text", PUT_OUTSIDE_OR_LAP)
def test_put_outside_in_anger_or_an_adults_odd_lap_is_urgent(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", PUT_OUTSIDE_OR_LAP_QUIET)
def test_a_tent_a_warm_night_or_grandpas_lap_stays_quiet(text: str) -> None:
    check_urgency(text, QUIET)


# --- s5nl: Dutch danger hidden inside an ordinary topic (sleep, toilet training, housing, a club, a phone).
# Families read from the Dutch lines of safety_tune4/5; every sentence here is written for these tests. Each
# family pairs the phrasings that must alarm with the same topic without the danger.
S5NL_DANGER_NOW = [
    "mijn broer van 16 staat bij de spoorbrug en appte dat het niet aan ons ligt",
    "ik zit op het dak van school en ik kan niet meer",
    "tegen de tijd dat jullie dit lezen ben ik er niet meer",
    "ik heb zojuist een hele doos paracetamol ingenomen",
    "mijn man appte dat hij nooit meer thuiskomt en hij heeft zijn medicijnen meegenomen",
    "mijn moeder zegt dat we vanavond allemaal moeten gaan slapen voor altijd",
    "papa heeft het gas opengedraaid en de deur op slot gedaan",
    "onze baby van 6 weken is niet wakker te krijgen en drinkt niet",
]
S5NL_URGENT = [
    # Suicidal hints and self-harm in young people's words.
    "mijn vader heeft al zijn slaappillen klaargelegd op het nachtkastje en zegt dat hij moe is",
    "mijn vader heeft weer een poging gedaan. hij is opgenomen.",
    "sinds opa dood is zegt oma dat ze hem achterna wil",
    "ik heb gisteren weer sh gedaan",
    "ik heb vannacht weer gekrast en niemand weet het",
    "ik sla tegen de deur tot mijn knokkels open liggen",
    "ze heeft haar armen vol met krassen en draagt altijd lange mouwen",
    # Sexual abuse told without the words; sextortion and grooming.
    "mijn zoontje van 5 zegt dat zijn oom hem onder zijn onderbroek kietelt en dat het geheim moet blijven",
    "mijn dochter vertelde dat de buurman in haar billen heeft gezeten en het doet pijn",
    "mijn stiefbroer komt altijd de badkamer in als ik douche, ik ben 13",
    "mijn oom komt elke keer als hij blijft slapen snachts naar mijn kamer",
    "een jongen dreigt mijn nudes te delen met mijn klas tenzij ik hem 100 euro overmaak, ik ben 14",
    "mijn dochter van 12 mag het van haar online vriend niet aan ons vertellen en hij stuurt cadeaukaarten",
    "een man op discord noemt mijn zoon van 11 schatje en wil videobellen als hij alleen thuis is",
    "mijn dochter van 13 zegt dat haar vriendje 22 is",
    # Without a home tonight; lured or taken away.
    "sinds vanmiddag staan we zonder woning en ik weet echt niet waar ik vannacht met mijn twee kinderen "
    "heen moet",
    "ik ben 15 en slaap al twee nachten in een portiek",
    "mijn zoon van 13 heeft afgesproken met een man die hij via een game kent",
    "ik ben 14 en er loopt een man achter me aan, het is donker",
    "mijn ex schreef dat ik de kinderen nooit meer zie en hij is met ze weggereden",
    "mijn zoon 4 is kwijt in de supermarkt",
    # A parent in psychosis, neglect, a parent losing control, cruel punishment.
    "mijn vrouw hoort stemmen en zegt dat de kinderen gechipt zijn, ze is nu alleen met ze",
    "ik ben 10 en er is thuis geen eten meer sinds vrijdag",
    "mijn kleinzoon heeft altijd dezelfde vieze luier aan, al dagen",
    "mijn broertje van 8 is savonds alleen met zijn zusje van 1 omdat mama weg is",
    "mijn zoon krijgt zijn insuline niet op tijd bij zijn moeder, vorige week lag hij met een hypo in het "
    "ziekenhuis",
    "ik merkte dat ik mijn baby wilde schudden tot hij stil was",
    "ik heb mijn peuter zo hard vastgepakt dat er blauwe plekken op haar arm staan",
    "mijn vriend sloeg hem met de broeksriem omdat hij loog",
    "als hij niet luistert komt zijn vader met de slipper",
    "als straf moet mijn dochter onder de ijskoude douche staan tot ze stil is",
    "mijn stiefmoeder sluit mijn zusje vaak op in de kelder",
    "hij moet van zijn vader op de grond uit een bakje eten",
    # Honour, exploitation, threats, control, danger at the door, words that hurt.
    "mijn oom zegt dat mijn zus de familie te schande maakt en dat ze moet boeten",
    "ze willen mijn zus naar marokko sturen om haar te laten trouwen",
    "mijn neefje van 14 brengt pakketjes rond voor oudere jongens",
    "als je dit aan mama vertelt maak ik je af zegt mijn stiefvader",
    "mijn vriend laat me niet alleen de deur uit en pakt mijn bankpas af",
    "mijn stiefvader staat op mijn kamerdeur te bonken en hij is dronken",
    "mijn stiefvader noemt me steeds een vette koe, ik ben 11",
]
S5NL_QUIET = [
    "ik sta op het dak om de dakgoot schoon te maken, hoe zeker ik de ladder?",
    "we staan bij het spoor te wachten omdat de trein vertraging heeft",
    "als je dit leest ben ik er niet, ik ben boodschappen doen",
    "papa komt elke avond op haar kamer om voor te lezen",
    "mijn zoontje kietelt zijn zusje en ze lacht zich kapot",
    "mijn dochter van 4 wil niet alleen in bad, hoe help ik haar?",
    "mag een kind van 8 alleen douchen of moet ik erbij blijven?",
    "mijn dochter heeft een vriendje van 14, zij is 13, is dat normaal?",
    "mijn zoon van 12 wil afspreken met een jongen uit zijn klas die hij via fortnite kent",
    "we gaan op vakantie en weten niet waar we vannacht moeten slapen, de camping is vol",
    "mijn zoon van 16 slaapt vannacht bij een vriend, moet ik dat goed vinden?",
    "mijn moeder is ziek en ligt de hele dag in bed, hoe kan ik haar helpen? ik ben 17",
    "mijn peuter eet alles van de grond, is dat normaal?",
    "ik heb de hond met de riem uitgelaten en mijn zoon liep mee",
    "mijn zoon van 4 schreeuwt als hij onder de douche moet",
    "na het sporten neemt mijn zoon altijd een koude douche, is dat gezond?",
    "mijn zoon stopt zijn speelgoed in de kast als hij boos is",
    "mijn zoon van 4 slaat zijn zusje met een stok, hoe leer ik hem dat af?",
    "de kat heeft mijn dochter gekrast en nu is het ontstoken",
    "mijn zoon heeft met zijn fiets in de auto van de buren gekrast",
    "mijn dochter is 14 en heeft een litteken op haar arm van een operatie",
    "we gaan deze zomer naar turkije om de bruiloft van mijn neef te vieren",
    "mijn baby van 3 maanden is soms moeilijk wakker te krijgen voor de voeding, is dat normaal?",
    "mijn zoon van 15 bezorgt pakketjes voor postnl als bijbaan",
    "mijn dochter van 3 was even kwijt in de winkel maar we vonden haar snel terug",
    "mijn zoon van 2 staat elke ochtend om 6 uur aan mijn slaapkamerdeur te bonken",
    "mijn zoon van 10 krijgt zijn adhd medicijnen niet graag, hoe maak ik het makkelijker?",
    "mijn dochter heeft een poging gedaan om te stoppen met duimen",
    "mijn dochter gaat vanavond afscheid nemen van haar beste vriendin die verhuist",
    "mijn vrouw hoort soms muziek in haar hoofd als ze moe is",
    "ik weet niet op welke school mijn kinderen straks zitten na de verhuizing",
    "mijn zoontje zegt dat hij een geheim heeft met opa over zijn verjaardagscadeau",
    "Ik ben 16 en heb een bijbaan, mijn vader neemt de helft van mijn loon voor de boodschappen, mag dat?",
]


@pytest.mark.parametrize("text", S5NL_DANGER_NOW)
def test_s5nl_danger_now_hidden_in_a_topic_is_an_emergency(text: str) -> None:
    check_urgency(text, ("emergency",))


@pytest.mark.parametrize("text", S5NL_URGENT)
def test_s5nl_danger_hidden_in_a_topic_is_urgent(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", S5NL_QUIET)
def test_s5nl_the_same_topics_without_danger_stay_quiet(text: str) -> None:
    check_urgency(text, QUIET)


# --- s5nl: false alarms of the same round. Abuse or neglect that is over and told for what it left behind (a
# foster child, a closed case, a parent who stopped years ago), death words in an outburst that passed or said
# not to be meant, a joke told as one, a boy's circumcision, a parent's sorrow, a newspaper piece. The guards
# do not reach a blow that started again, a fresh blow, a plan or a girl.
S5NL_OVER_OR_MEANT_OTHERWISE_QUIET = [
    "mijn moeder is vroeger door mijn opa geslagen, nu heb ik zelf twee kinderen en ik merk dat ik "
    "snel boos word",
    "ik ben vroeger door mijn stiefvader geslagen, hij woont al jaren niet meer bij ons, maar ik "
    "slaap nog steeds slecht. ik ben 20",
    "ons pleegmeisje van 6 is op haar vorige plek verwaarloosd en schrokt nu al haar eten naar "
    "binnen, hoe helpen we haar?",
    "mijn neefje is drie jaar geleden misbruikt, de zaak is afgerond, maar hij plast weer in bed. "
    "heeft therapie zin?",
    "onze zoon van 5 riep na een driftbui dat hij dood wil. daarna speelde hij gewoon weer met zijn lego.",
    "ik ben 15 en voel me vaak somber, niet dat ik dood wil hoor, maar ik heb nergens zin in",
    "mijn zoon zei op school dat hij de gymzaal in de fik zou steken, het was een grap volgens hem, "
    "hoe reageer ik?",
    "mijn zoontje van 6 wordt in de meivakantie besneden bij de moskee, hoe bereid ik hem voor?",
    "mijn dochter van 8 zegt dat niemand haar aardig vindt, het doet me pijn om dat te horen",
    "Ik schrijf voor de schoolkrant een stuk over huiselijk geweld, mag ik iemand van jullie spreken?",
]
S5NL_NOT_OVER_URGENT = [
    "vroeger sloeg mijn vader me en sinds kort slaat hij me weer, ik ben 14",
    "mijn pleegzoon vertelde dat hij gisteren door zijn vader geslagen is tijdens het bezoek",
    "mijn zoon van 14 zei na een ruzie dat hij dood wil en hij heeft pillen verzameld",
    "onze dochter moet in de zomer bij familie besneden worden, ze is 7",
]


@pytest.mark.parametrize("text", S5NL_OVER_OR_MEANT_OTHERWISE_QUIET)
def test_s5nl_abuse_that_is_over_or_words_not_meant_stay_quiet(text: str) -> None:
    check_urgency(text, QUIET)


@pytest.mark.parametrize("text", S5NL_NOT_OVER_URGENT)
def test_s5nl_abuse_that_goes_on_stays_urgent(text: str) -> None:
    check_urgency(text, URGENT)


# --- s5nl, third group: things arranged for "when I am no longer here", not seeing why one still exists, a
# child drawing himself jumping from a flat, an eating disorder with dizziness while kilos go. A parent's will
# during an illness, a jump from the diving board and dizziness after the flu stay quiet.
S5NL_HINTS_URGENT = [
    "ik heb alles geregeld, mijn knuffels gaan naar mijn zusje als ik er niet meer ben",
    "ik snap echt niet waarom ik nog besta",
    "mijn zoon van 8 tekent steeds hoe hij van een flat springt",
    "ik heb anorexia, ben 4 kilo afgevallen en word steeds duizelig",
]
S5NL_HINTS_QUIET = [
    "ik heb kanker en wil alles geregeld hebben voor als ik er niet meer ben",
    "wie zorgt voor mijn kinderen als ik er niet meer ben, dat wil ik netjes regelen",
    "mijn zoon tekent graag hoe hij van de duikplank springt",
    "ik word duizelig als ik snel opsta, ben 2 kilo afgevallen door de griep",
]


@pytest.mark.parametrize("text", S5NL_HINTS_URGENT)
def test_s5nl_arranged_for_after_and_a_body_in_alarm_are_urgent(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", S5NL_HINTS_QUIET)
def test_s5nl_a_will_a_diving_board_and_the_flu_stay_quiet(text: str) -> None:
    check_urgency(text, QUIET)


# --- s5nl: the same words in everyday use, found while tightening the s5nl patterns: a picnic by the bridge,
# a diary kept secret, a sore back, a child in the parents' bed, a friend's secret, followed on instagram, a
# teenager hearing voices after smoking weed, a house cleaned, a cold shower after swimming, potty training, a
# cupboard from grandpa, a barcode for the school shop, a scratched table or screen, a job at a bakery,
# a father who knows the school, a push in the playground, a daughter's low self-esteem.
S5NL_EVERYDAY_QUIET = [
    "we zitten bij de brug te picknicken en mijn dochter huilt, ze wil niet meer lopen",
    "mijn dochter van 15 wil haar dagboek geheim houden op haar kamer, papa vindt dat moeilijk",
    "mijn rug doet pijn als ik slaap op de oude matras van papa",
    "mijn zoon van 4 wil niet dat papa binnenkomt als hij in bad zit",
    "mijn zoon komt snachts naar mijn bed, hij is 5, mijn partner vindt dat niet fijn",
    "mijn zoon mocht van zijn vriendje niet aan mij vertellen dat ze op insta zaten, hij is 11",
    "mijn dochter van 12 wordt op insta gevolgd door een man die ze niet kent, moet ik haar account op prive "
    "zetten?",
    "mijn zoon van 15 hoort stemmen sinds hij blowt, waar kan hij terecht?",
    "we laten ons huis reinigen na de verhuizing, de kinderen logeren bij oma",
    "mijn zoon staat graag onder de douche met koud water na het zwemmen, hij is 9",
    "ik zet haar even op de wc elke twee uur, ze is 3, hoe lang duurt zindelijk worden?",
    "hij heeft de kast gekregen van opa en zet er zijn spullen in",
    "we moeten tijdens de picknick op de grond eten, mijn zoon van 6 vindt dat niks",
    "we hebben een barcode gemaakt voor de schoolwinkel, mijn dochter van 10 vond het leuk",
    "ik heb gekrast in de tafel met mijn passer, mijn moeder is boos",
    "hoe krijg ik krassen op mijn scherm weg zodat mijn ouders het niet zien",
    "mijn kamer wordt schoon gemaakt, ik ben 12, mag ik dan bij mijn vriendin spelen?",
    "mijn baby verstijft als ik haar wil wassen, ze vindt water eng",
    "mijn zoon van 15 moet zaterdag werken voor zijn oom in de bakkerij",
    "mijn zoon zegt dat hij hem morgen af zal maken, zijn werkstuk",
    "mijn ex weet op welke school de kinderen zitten, hij heeft ze zelf ingeschreven",
    "zijn vriendje heeft hem tegen de muur geduwd op het schoolplein, hij is 8",
    "mijn dochter van 6 zegt dat ze papa achterna wil en ook piloot wordt",
    "mijn dochter zegt dat niemand van haar houdt, papa en ik weten niet wat we moeten doen",
    "opa doet altijd spelletjes met hem in bad, hij vindt het super leuk",
    "ik ben bang dat ik ontplof op de ouderavond, hoe blijf ik rustig? mijn zoon is 9",
    "mijn man laat me niet alleen de auto rijden met de kinderen erin sinds mijn ongeluk",
    "mijn dochter van 13 zegt dat haar vriendje 13 is en in haar klas zit",
]


@pytest.mark.parametrize("text", S5NL_EVERYDAY_QUIET)
def test_s5nl_everyday_uses_of_the_same_words_stay_quiet(text: str) -> None:
    check_urgency(text, QUIET)


# --- s5nl: an everyday cause told for cuts, a parent asking what chat slang means, a young child playing out
# a fight with dolls when it does not happen at home, a crawling baby's bruise on the shin. A baby that does
# not crawl yet, a bruise on the back, and play that mirrors what does happen at home stay urgent.
S5NL_EXPLAINED_QUIET = [
    "mijn dochter van 16 werkt in een restaurantkeuken en heeft sneetjes in haar handen, haar vriendin "
    "denkt dat ze zichzelf iets aandoet maar het komt echt van het werk",
    "wat betekent kys eigenlijk? mijn zoon van 14 zet het in zijn groepsapp bij alles",
    "mijn zoontje van 5 speelt met zijn playmobil dat de papa de mama slaat. bij ons gebeurt dat niet, "
    "waar haalt hij het vandaan?",
    "onze baby van 10 maanden heeft een blauwe plek op zijn voorhoofd, hij trekt zich overal aan op en "
    "valt dan om",
]
S5NL_NOT_EXPLAINED_URGENT = [
    "onze baby van 4 maanden heeft een blauwe plek op haar scheen, ze kruipt nog niet",
    "onze baby van 10 maanden heeft blauwe plekken op haar rug en kruipt al",
    "mijn zoon van 5 speelt met zijn knuffels dat papa mama slaat, en papa slaat mama ook echt",
]


@pytest.mark.parametrize("text", S5NL_EXPLAINED_QUIET)
def test_s5nl_explained_marks_slang_questions_and_play_stay_quiet(text: str) -> None:
    check_urgency(text, QUIET)


@pytest.mark.parametrize("text", S5NL_NOT_EXPLAINED_URGENT)
def test_s5nl_unexplained_baby_bruises_and_play_that_mirrors_home_stay_urgent(text: str) -> None:
    check_urgency(text, URGENT)


# --- s5nl: the same families in other orders and words (Dutch puts the verb last in a subordinate clause),
# with the everyday look-alikes: a death explained to a toddler as sleeping forever, a surprise for dad.
S5NL_OTHER_ORDERS_URGENT = [
    "mijn dochter van 7 zegt dat haar stiefvader onder haar pyjamabroek kriebelt en dat het hun geheimpje is",
    "mijn zoon van 12 krijgt cadeaukaarten van een man uit een game en mag het niet aan ons vertellen",
    "mijn vader zegt dat ik de familie te schande maak omdat ik een vriendje heb",
    "mama zegt dat we vannacht samen voor altijd gaan slapen, ik ben 8",
    "ik heb net een hele pot slaappillen van mijn vader geslikt",
    "mijn ex geeft onze zoon met de riem als hij niet luistert",
]
S5NL_OTHER_ORDERS_QUIET = [
    "we zeggen tegen hem dat opa voor altijd is gaan slapen, is dat verstandig? hij is 4",
    "ze mag het cadeau voor papa niet aan hem vertellen, het is een verrassing",
    "mijn dochter krijgt appjes van haar oma en mag het niet aan papa vertellen want het is een verrassing",
]


@pytest.mark.parametrize("text", S5NL_OTHER_ORDERS_URGENT)
def test_s5nl_the_same_families_in_other_orders_are_urgent(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", S5NL_OTHER_ORDERS_QUIET)
def test_s5nl_sleeping_forever_for_a_death_and_a_surprise_stay_quiet(text: str) -> None:
    check_urgency(text, QUIET)


# --- s5nl: a child shut in a cupboard or cellar, named as a person (a toy put away is no alarm), scratching
# with scissors into an arm (not into wood), a parent's urge when the baby will not stop crying, night work.
S5NL_LAST_URGENT = [
    "mijn vriend zet mijn zoon van 3 in de kelder als straf",
    "mijn nichtje van 13 krast met een schaar in haar arm en wil niet dat ik het zeg",
    "soms wil ik hem door elkaar schudden als hij niet stopt met krijsen, hij is 4 maanden",
    "mijn broer van 13 moet elke nacht werken voor een oom en komt niet meer op school",
]
S5NL_LAST_QUIET = [
    "ik zet hem in de kast, zijn knuffel bedoel ik, anders kan hij niet slapen",
    "hij stopt hem in de kast als hij klaar is met spelen",
    "ze krast met een schaar in hout voor de kunstles, ze is 13",
]


@pytest.mark.parametrize("text", S5NL_LAST_URGENT)
def test_s5nl_a_child_shut_in_scratching_and_an_urge_are_urgent(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", S5NL_LAST_QUIET)
def test_s5nl_a_toy_put_away_and_scratching_wood_stay_quiet(text: str) -> None:
    check_urgency(text, QUIET)


# --- s5nl: a second blind check (children "of the devil", a photo of pills and no answer, a parent on the
# couch who does not wake, a young carer of a drinking parent, an uncle who wants the child in the bath, a man
# asking a child online whether she is home alone, taken "to a better place" by a confused parent, a baby's
# swollen arm), with the look-alikes found on the way.
S5NL_BLIND2_URGENT = [
    "mijn vrouw is in de war en zegt dat onze baby van de duivel is",
    "mijn zoon van 16 stuurde een foto van zijn slaappillen en reageert niet meer op mijn berichten",
    "mijn vader ligt al uren op de bank en wordt niet wakker, ik ben 10",
    "ik ben 11 en zorg ik elke avond voor mijn broertjes omdat papa weer dronken is",
    "mijn opa wil dat ik bij hem in bed kom slapen als ik logeer, ik vind dat heel raar, ik ben 10",
    "een man op roblox vraagt steeds of mijn zoon van 10 alleen thuis is",
    "mijn ex is verward en zegt dat ze de kinderen naar een betere plek brengt",
    "mijn baby van 3 maanden heeft een gezwollen been en krijst als ik hem aanraak",
]
S5NL_BLIND2_QUIET = [
    "als mama werkt moet ik voor mijn zusje zorgen, ik ben 12, mama drinkt soms een wijntje",
    "we brengen de kinderen naar een betere plek: een nieuwe school met kleinere klassen",
    "mijn dochter stuurde een foto van bloed op haar knie na het fietsen, nu neemt ze niet op",
    "ik ben 3 kilo afgevallen met sporten en word soms duizelig, ik ben 17",
    "mijn moeder vraagt of hij alleen thuis is als ik op mijn werk ben",
]


@pytest.mark.parametrize("text", S5NL_BLIND2_URGENT)
def test_s5nl_second_blind_check_families_are_urgent(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", S5NL_BLIND2_QUIET)
def test_s5nl_second_blind_check_look_alikes_stay_quiet(text: str) -> None:
    check_urgency(text, QUIET)


# --- s5nl: a third blind check (a head slammed against a wall, sleeping in the hallway as a punishment, a
# parent who thinks the neighbours poison the family, undressing when left alone with a trainer, a family
# sleeping in the car since the eviction, a hungry child in the same dirty clothes, a knife in the bathroom,
# an adult who watches a child change), with look-alikes.
S5NL_BLIND3_URGENT = [
    "mijn stiefvader heeft gisteren mijn hoofd tegen de kast geslagen, ik ben 15",
    "als ik niet luister moet ik van mijn moeder op de vloer slapen als straf, zonder deken",
    "mijn vader denkt dat de buren ons willen vergiftigen en geeft mijn broertje van 5 geen eten meer",
    "mijn zoon van 9 zegt dat hij na judo alleen moet blijven en dat hij zich dan moet uitkleden van de "
    "trainer",
    "we slapen sinds vorige week met de kinderen in de auto omdat we uit ons huis gezet zijn en geen huis "
    "hebben",
    "mijn leerling komt steeds zonder ontbijt en met dezelfde vuile kleren en heeft altijd honger",
    "ik sta in de keuken met een mes en ik kan niet meer",
    "de nieuwe partner van mijn vader filmt als ik douche, ik ben 13",
]
S5NL_BLIND3_QUIET = [
    "hij heeft zijn hoofd tegen de tafel gestoten, moet ik naar de huisarts?",
    "mijn moeder kijkt als ik me omkleed of ik niet te dik word",
    "mijn zoon moet na zwemles alleen blijven omkleden en zich uitkleden in een hokje",
    "we slapen in de auto omdat we op vakantie het huis uit wilden",
    "ik sta in de keuken met een mes om groente te snijden en mijn zoon wil helpen",
]


@pytest.mark.parametrize("text", S5NL_BLIND3_URGENT)
def test_s5nl_third_blind_check_families_are_urgent(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", S5NL_BLIND3_QUIET)
def test_s5nl_third_blind_check_look_alikes_stay_quiet(text: str) -> None:
    check_urgency(text, QUIET)


# --- fafix: everyday look-alikes of dangerous phrasings (going shopping "zo", the children taken to the film,
# a strip of vitamins, old medicines handed in at the pharmacy, a knife for fishing, a brother who comes at
# night in a thunderstorm, homesickness, the edge of the pool, a laughing gaming threat, a game of tag, a
# skipping rope). Each fix keeps its dangerous twin: the twins below must stay urgent or an emergency.
FAFIX_QUIET = [
    "ze heeft haar pillen ingenomen met een glas water",
    "ik ga zo boodschappen doen",
    "ik ga nu even de afwas doen",
    "ik ga zo springen op de trampoline",
    "mijn ex heeft vanavond de kinderen meegenomen naar de film",
    "ze heeft een halve strip vitamines geslikt",
    "ik heb oude medicijnen verzameld om in te leveren bij de apotheek",
    "hij heeft een mes op zak voor het vissen",
    "mijn broer komt 's nachts op mijn kamer als het onweert",
    "ze wil niet bij opa logeren want ze heeft heimwee",
    "ze zat op de rand van het zwembad en durfde niet te springen",
    "hij zei dat hij zichzelf iets aandoet als hij moet stoppen met gamen haha",
    "mijn zoon is weggelopen bij het tikkertje spelen en verstopte zich achter de schuur",
    "mijn dochter heeft een touw gekocht om te springen op het schoolplein",
    "mijn dochter heeft een geheimpje met papa, ze maken samen een cadeau voor mij",
    "opa zei dat het ons geheimpje is, hij heeft een fiets voor haar verjaardag gekocht",
    "mijn zoon is niet thuisgekomen voor het eten want hij at bij een vriendje, hij had het wel gezegd",
    "de kat is weggelopen en mijn dochter is verdrietig",
    "mijn zoon zegt dat hij opa gaat vermoorden met zijn waterpistool, ze spelen",
]
FAFIX_EMERGENCY = [
    "ik ga het vannacht doen",
    "ik ga het zo doen, niemand houdt me tegen",
    "ik ga zo springen",
    "mijn ex heeft vanavond de kinderen meegenomen en neemt zijn telefoon niet op",
    "ze heeft een halve strip paracetamol geslikt",
    "ik heb medicijnen verzameld",
    "ik heb al maanden pillen gespaard",
    "ze zit op de rand van het dak en wil springen",
    "mijn dochter heeft een touw gekocht",
    "ze heeft al haar pillen ingenomen met een glas water",
    "ze heeft haar pillen ingenomen omdat ze niet meer wil leven",
    "mijn zoon is niet thuisgekomen en neemt zijn telefoon niet op",
]
FAFIX_URGENT = [
    "mijn ex heeft de kinderen meegenomen en ik weet niet waar ze zijn",
    "hij heeft een mes op zak om die jongen te steken",
    "hij heeft een mes op zak",
    "mijn oom komt 's nachts op mijn kamer",
    "mijn broer komt 's nachts op mijn kamer en zit aan me",
    "ze wil niet meer bij opa logeren want hij doet rare dingen",
    "hij zei dat hij zichzelf iets aandoet als hij moet stoppen met gamen",
    "hij zei dat hij zichzelf iets aandoet haha",
    "mijn zoon is weggelopen bij het verstoppertje spelen en we kunnen hem nergens vinden",
    "mijn dochter heeft een geheimpje met papa en mag het niet aan mij vertellen",
    "opa zei dat het ons geheimpje is en gaf me een cadeautje",
    "oom zei dat het ons geheimpje is",
    "mijn zoon is niet thuisgekomen",
    "de kat is weggelopen en mijn dochter is ook weggelopen",
    "mijn zoon zegt dat hij opa gaat vermoorden met een mes",
    "hij gaat haar vermoorden met een pistool",
]


@pytest.mark.parametrize("text", FAFIX_QUIET)
def test_fafix_everyday_look_alikes_stay_quiet(text: str) -> None:
    check_urgency(text, QUIET)


@pytest.mark.parametrize("text", FAFIX_EMERGENCY)
def test_fafix_dangerous_twins_stay_emergency(text: str) -> None:
    check_urgency(text, ("emergency",))


@pytest.mark.parametrize("text", FAFIX_URGENT)
def test_fafix_dangerous_twins_stay_urgent(text: str) -> None:
    check_urgency(text, URGENT)


# --- fa2: thoughts of harming oneself said not to be there ("geen gedachten om mezelf iets aan te doen",
# "ik wil mezelf niks aandoen", "ze zegt niets over zelfmoord", "I don't want to hurt myself"), and the
# subject of a film, play, documentary, book, the news or a campaign (not a story or video someone writes or
# makes). Each keeps its dangerous twin.
FA2_QUIET = [
    "hij slaapt slecht en is prikkelbaar, maar heeft geen gedachten om zichzelf iets aan te doen zegt hij",
    "sinds de scheiding is ze stil. geen gedachten aan sterven, heeft ze tegen de huisarts gezegd",
    "ik ben vaak verdrietig na school maar ik wil mezelf niks aandoen",
    "mijn zoon van 16 is somber, hij zegt niets over zelfmoord maar hij gamet de hele nacht",
    "i am stressed about exams but i dont want to hurt myself, how do i calm down?",
    "de klas gaat naar een voorstelling over een meisje dat mishandeld wordt, hoe bereid ik haar voor?",
    "mijn zoon van 14 heeft een boek gelezen over een jongen die zichzelf snijdt, hoe praten we daarover?",
    "we saw a documentary about child abuse and now my son of 9 has lots of questions",
    "mijn dochter van 10 is bang geworden van het nieuws over een kind dat ontvoerd is",
    "wij maken met de jeugdraad een campagne over grooming op social media, wie kan ons helpen?",
]
FA2_URGENT = [
    "hij slaapt slecht en heeft gedachten om zichzelf iets aan te doen",
    "ik heb geen gedachten om mezelf iets aan te doen maar soms wil ik wel dood",
    "ik ben vaak verdrietig na school en ik wil mezelf iets aandoen",
    "ik wil mezelf niks meer aandoen maar het lukt me niet om te stoppen",
    "hij zegt niets over zelfmoord maar hij wil niet meer leven",
    "i dont want to hurt myself anymore but i cant stop",
    "i want to hurt myself after school",
    "na de voorstelling over mishandeling vertelde mijn dochter dat haar vader haar slaat",
    "ik heb een boek geschreven over wat mijn oom deed, hij misbruikte mij",
    "in de film over misbruik herkende ze zichzelf, haar stiefvader misbruikt haar",
    "my daughter watched a video about grooming and told me a man online keeps asking for her pictures",
    "ze maakt een filmpje over zelfmoord voor tiktok",
    "hij schrijft steeds verhalen over een jongen die zichzelf snijdt",
    "ze heeft een gedicht geschreven over een meisje dat niet meer wil leven",
]


@pytest.mark.parametrize("text", FA2_QUIET)
def test_fa2_denied_thoughts_and_media_subjects_stay_quiet(text: str) -> None:
    check_urgency(text, QUIET)


@pytest.mark.parametrize("text", FA2_URGENT)
def test_fa2_dangerous_twins_stay_urgent(text: str) -> None:
    check_urgency(text, URGENT)


# --- fa2: self-harm long over ("al 8 jaar gestopt", "I am now 40 and fine"), never when someone else harms
# themselves now; an age in brackets is no pill count; a parent who "slaat me dood" over a report; a blow
# from a classmate; a black eye from a match; a finger gun; a wish that a sibling were dead; a school that
# threatens a formal step. Each keeps its dangerous twin.
FA2_SMALL_QUIET = [
    "ik heb vroeger mezelf gesneden maar ben al 8 jaar gestopt. hoe vertel ik het mijn kinderen?",
    "I used to cut myself as a teen, I am now 40 and fine. How do I explain the scars to my daughter?",
    "mijn dochter (15) heeft een ibuprofen genomen tegen buikpijn, mag dat samen met de pil?",
    "mijn vader slaat me dood als hij ziet dat mijn fiets kapot is, hoe vertel ik het hem",
    "mijn zoon (8) is op het schoolplein geduwd en geslagen door een klasgenoot, moet ik de ouders bellen?",
    "mijn dochter (12) zit op karate en kwam thuis met een blauw oog van een toernooi, is dat normaal?",
    "mijn zoon van 4 maakt een pistool van zijn vingers en roept ik schiet je dood, is dat erg?",
    "mijn dochter (7) riep na een ruzie met haar broer: ik wou dat je dood was. hoe reageer ik?",
    "The school is threatening to involve the attendance officer because my son refuses to go",
]
FA2_SMALL_URGENT = [
    "ik heb vroeger mezelf gesneden maar ben al 8 jaar gestopt. nu snijdt mijn dochter zichzelf ook",
    "I used to cut myself as a teen, I am now 40 and fine but my daughter cuts herself now",
    "I used to cut myself as a teen, I am now 40 and fine but I started cutting again",
    "mijn vader slaat me als hij ziet dat mijn fiets kapot is",
    "mijn vader slaat me dood als hij hoort dat ik een vriendje heb",
    "mijn zoon is door een klasgenoot in elkaar geslagen en ligt in het ziekenhuis",
    "mijn dochter kwam thuis met een blauw oog van een training, maar de trainer slaat haar",
    "mijn dochter kwam thuis met een blauw oog na de training en zegt niet wat er gebeurd is",
    "mijn zoon van 4 zegt ik schiet je dood en heeft een echt pistool gevonden",
    "mijn dochter (13) zei gisteren: ik wou dat ik dood was",
    "my ex is threatening to take the kids abroad",
    "he is threatening to hurt me",
]
FA2_SMALL_EMERGENCY = [
    "mijn dochter (15) heeft 20 paracetamol genomen",
    "mijn zoon van 16 heeft 12 pillen geslikt",
]


@pytest.mark.parametrize("text", FA2_SMALL_QUIET)
def test_fa2_past_self_harm_ages_and_everyday_blows_stay_quiet(text: str) -> None:
    check_urgency(text, QUIET)


@pytest.mark.parametrize("text", FA2_SMALL_URGENT)
def test_fa2_their_dangerous_twins_stay_urgent(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", FA2_SMALL_EMERGENCY)
def test_fa2_a_real_pill_count_stays_an_emergency(text: str) -> None:
    check_urgency(text, ("emergency",))
