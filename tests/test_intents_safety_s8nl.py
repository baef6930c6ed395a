"""Safety triage, round s8nl: danger told indirectly (suicide said sideways, a parent who fears harming the
child, rough handling, threats that keep someone silent, cruel punishment, neglect, nowhere to sleep, sexual
abuse told sideways, grooming and sextortion, children used for crime).

Every sentence here was written for these tests (never taken from a bench/data file). Each family has a
sentence that must reach urgent or emergency and a harmless twin with the same words that must stay below.
"""

import pytest

from intents import route
from tests.test_intents_safety import QUIET, URGENT, check_urgency, gated_matches

ALARM = [
    # Suicide said sideways.
    "ik twijfel al een maand of ik nog wel verder wil, niemand merkt iets",
    "ik sta bij het spoor en weet niet of ik nog terug wil",
    "mijn vrouw zegt dat ze eraan denkt om gewoon te stoppen met alles, ze heeft donkere gedachten",
    "mijn zus denkt dat haar kinderen beter af zijn zonder haar",
    "Honestly my family would be better off without me.",
    "I don't see the point anymore, nothing changes",
    "My son of 10 keeps saying he wishes he was dead.",
    "mijn vriend heeft gezegd dat hij zich van het leven wil beroven",
    "ik hou het nog hooguit twee weken vol, dan ben ik weg",
    "in de klas roepen ze elke dag dat ik moet springen. ik denk dat ik het echt ga doen",
    "er is een stem in mijn hoofd die zegt dat ik mezelf pijn moet doen",
    "mijn dochter heeft zich opgesloten en alles ingenomen wat in het kastje lag, ze zit in de badkamer",
    "hoe snel gaat iemand dood van slaappillen? vraag voor een werkstuk",
    # A parent who fears harming the child.
    "ik ben bang dat ik mijn baby iets aandoe als hij weer de hele nacht huilt",
    "vannacht heb ik een kussen even boven haar gezichtje gehouden, ik schrik van mezelf",
    "The voices keep telling me to hurt my son.",
    "ik stomp dan tegen de muur zodat ik mijn dochter niet sla",
    "ik voel alsof ik elk moment kan ontploffen en heb zojuist een bord kapot gesmeten. de kinderen huilen",
    # Rough handling.
    "als ze niet slaapt smijt hij haar keihard op bed",
    "The nanny told me she saw my partner shake the baby violently.",
    "mijn leerling vertelde dat haar stiefvader haar keel had dichtgeknepen",
    "onze baby van 6 weken heeft blauwe plekken op haar rug en mijn vriend zegt dat ze zich gestoten heeft",
    "mijn neefje van 1 heeft al drie keer een gebroken been gehad",
    "sinds haar nieuwe vriend er woont is mijn dochter bang om naar huis te gaan en heeft ze een brandwond",
    # Violence told, weapons, taking the family along.
    "de buren horen vaak dat papa mama slaat",
    "haar man is afgelopen nacht opnieuw gewelddadig geweest",
    "mijn vader heeft met een mes gedreigd en we zitten nu bij de buren",
    "My stepdad keeps a gun under his mattress and says he will use it if we leave.",
    "hij zei dat hij ons meeneemt als hij dood gaat. er ligt een pistool in de kast",
    "ze schreef dat ze met de kinderen naar een betere wereld gaat",
    "I can hear a boy screaming stop daddy next door right now",
    # Threats that keep someone silent or under control.
    "mijn oom zegt dat ik mijn moeder nooit meer zal zien als ik ga praten",
    "hij dreigt dat ik het huis uit moet zonder de kinderen",
    "de jongens zeggen dat ze me neersteken als ik niet kom",
    "My brother says he can't quit or they'll hurt my mum.",
    "mijn vader heeft als straf mijn haar afgeschoren",
    "ik mag van mijn man niet naar buiten zonder hem",
    "mijn ex heeft een airtag in mijn tas gestopt en stuurt me dreigende berichten",
    "haar ouders sturen haar naar een kamp in het buitenland omdat ze bi is",
    # Cruel punishment.
    "ik mag geen avondeten als ik een fout maak van papa",
    "mama zegt altijd dat ik nooit geboren had moeten worden",
    "mijn vriend sluit mijn zoontje op in de kelder als straf",
    "de oppas bindt mijn zoontje vast aan de kinderstoel",
    "we mogen van vader nooit naar de dokter, mijn zusje heeft al dagen koorts",
    # Neglect.
    "mijn man blowt en dan is hij alleen met de kinderen",
    "ik heb veel te veel gedronken en moet vannacht voor de baby zorgen",
    "de moeder laat haar peuter vaak een hele avond alleen thuis als ze gaat stappen",
    "My neighbour's 3 year old is home alone and crying.",
    "mijn vader is sinds gisteravond weg en ik ben alleen met mijn zusje",
    "het kindje komt elke maandag met een luier van zaterdag",
    "in de woonkamer lagen naalden op de vloer waar de kleine speelde",
    "ze geeft haar peuter van haar slaappillen zodat ze doorslaapt",
    "het buurmeisje zit al uren buiten in haar pyjama in de kou en ze doen niet open",
    # Nowhere to sleep.
    "ik heb sinds vorige week geen dak boven mijn hoofd, ik ben 17",
    "mijn vriend moet vannacht buiten slapen omdat zijn vader hem eruit gooide",
    "ik ben niet meer welkom bij mijn moeder. ik slaap nu op de bank bij een vriendin maar maar tot zondag",
    # Sexual abuse told sideways.
    "mijn leerling zegt dat haar oom haar controleert onder de douche",
    "ik heb mijn neef en mijn dochtertje betrapt. ze huilde en zei dat ze het niet wilde",
    "onze peuter gilt als we haar verschonen en heeft een rode plek bij haar plasser",
    "na het weekend bij haar vader komt ze terug met pijnlijke billen en ze is bang",
    "I'm 14 and I think I am pregnant by my stepdad",
    "er gaat een filmpje rond waarop een jongen naakt wordt gemaakt door klasgenoten",
    "mijn broer wil dat ik mijn lichaam laat zien voor geld",
    "haar ouders willen een maagdelijkheidstest laten doen",
    "mijn dochter (5) zegt dat ze met de buurman een geheim spelletje doet",
    # Grooming and sextortion.
    "een man van 25 zegt dat mijn ouders het niet mogen weten. ik ben 12",
    "I'm 13 and a guy online keeps asking me to turn on my webcam",
    "ik stuurde een foto en nu zegt ze dat ze hem online zet als ik niet betaal",
    "my friend posted goodbye forever on snap and will not answer her phone",
    # Children used for crime, drink-driving, health danger.
    "mijn zoon moet voor zijn oom elke week zakjes rondbrengen",
    "mijn ex reed stoned met onze zoon van 6 naar school",
    "ik ben zwanger en gebruik nog steeds elke week coke",
    "ze eet al weken bijna niks en is op school flauwgevallen, ze viel flauw in de gang",
]

QUIET_TWINS = [
    "ik twijfel of ik nog wel verder wil met mijn studie",
    "ik denk erover om gewoon te stoppen met alles wat ik naast school doe en op vakantie te gaan",
    "mijn vriendin is beter af zonder hem, hij was zo jaloers",
    "I don't see the point of homework anymore",
    "ik wou dat hij dood was, zei mijn broer over zijn leraar",
    "ik hou het nog hooguit een week vol met deze hitte",
    "ze zeggen dat ik moet stoppen met roken, ik denk dat ik het echt ga doen",
    "in het koor zingen de stemmen over de liefde",
    "hoe snel werken slaappillen bij een jetlag?",
    "onze baby van 6 weken heeft een moedervlek op haar rug en mijn vriend zegt dat het erfelijk is",
    "hij gooit de bal keihard tegen de muur",
    "de fysiotherapeut heeft in mijn nek geknepen om de spieren los te maken",
    "mijn zoon van 15 heeft al twee keer een gebroken pols gehad door skaten",
    "mijn zoon is bang om in het donker naar huis te gaan na de training",
    "hij heeft met een mes gedreigd in de film die we keken",
    "hij gaat naar zijn werk en neemt ons mee als hij gaat, we zijn op vakantie",
    "als je ouders het niet mogen weten dat het een verrassing is, hoe plan je dan een feest? ik ben 12",
    "de kapper heeft mijn haar afgeknipt, ik vind het veel te kort",
    "ik mag niet eten voor de operatie van morgen",
    "mijn moeder laat mijn broertje alleen thuis als ze boodschappen doet, hij is 16 en vindt het prima",
    "mijn peuter is morgen alleen thuis met de oppas, kan dat?",
    "we gaan in de tent buiten slapen vannacht",
    "ik heb mijn zoon betrapt met snoep onder zijn kussen, hij huilde en zei dat hij het niet wilde opgeven",
    "mijn zoon speelde monopoly en zei dat het ons geheim is wie er won",
    "mijn vader rijdt nooit onder invloed met mij",
    "ik ben gestopt met drugs toen ik zwanger werd",
    "wat is een maagdelijkheidstest?",
    "hij zei dat hij me neersteekt met fifa haha",
]


@pytest.mark.parametrize("text", ALARM)
def test_s8nl_indirect_danger_raises_an_alarm(text: str) -> None:
    check_urgency(text, URGENT)


@pytest.mark.parametrize("text", QUIET_TWINS)
def test_s8nl_harmless_twins_stay_below_urgent(text: str) -> None:
    check_urgency(text, QUIET)


def test_s8nl_goodbye_with_no_answer_is_an_emergency() -> None:
    text = "my friend posted goodbye forever on snap and will not answer her phone"
    assert route(text).urgency == "emergency"


def test_s8nl_nowhere_to_sleep_tonight_is_urgent_not_112() -> None:
    text = "mijn vriend moet vannacht buiten slapen omdat zijn vader hem eruit gooide"
    assert route(text).urgency == "urgent"


def test_s8nl_eating_danger_keeps_the_lexicon_category() -> None:
    result = route("ze eet al weken bijna niks en is op school flauwgevallen, ze viel flauw in de gang")
    assert result.category != "safety"


def test_s8nl_patterns_pass_their_gates() -> None:
    assert gated_matches(ALARM + QUIET_TWINS) > 0


# Older signals lowered with a reason: exaggeration about a school subject, a child's own door kicked in
# anger, a black eye from a ball, young siblings quarrelling over belongings. Each twin keeps the alarm.
LOWERED = [
    "mijn dochter zegt dat ze depressief wordt van scheikunde, ze overdrijft graag",
    "mijn dochter zegt dat ze suicidaal wordt van die juf",
    "onze zoon van 12 wordt na het gamen woedend en trapt tegen de kamerdeur, daarna kalmeert hij",
    "mijn zoontje kreeg op het schoolplein een bal tegen zijn hoofd en heeft nu een blauw oog",
    "mijn zoon roept 'ik ga je afmaken' als zijn zusje aan zijn lego zit. ze zijn 5 en 8",
]
LOWERED_TWINS = [
    "mijn dochter zegt dat ze suicidaal is en niet meer wil leven",
    "mijn ex is boos en trapt tegen onze voordeur",
    "mijn zoontje heeft een blauw oog en zegt dat papa hem geslagen heeft",
]


@pytest.mark.parametrize("text", LOWERED)
def test_s8nl_lowered_lookalikes_stay_below_urgent(text: str) -> None:
    check_urgency(text, QUIET)


@pytest.mark.parametrize("text", LOWERED_TWINS)
def test_s8nl_lowered_lookalikes_twins_keep_the_alarm(text: str) -> None:
    check_urgency(text, URGENT)
