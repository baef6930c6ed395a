"""Safety triage, round s55 part G: false alarms of the blind tuning sets of the thirty-sixth session
(safety_tune49-52, parents_tune21, long_tune18), generalised into families and pinned here with own
sentences: a danger of a year or years ago that is over and well now (living elsewhere, safe, in therapy,
stopped for months, thriving, "ligt achter ons", the one who hit gone from the house); the police or 112
called in a past event that ended well; a question with nothing going on told ("bij ons is niks aan de
hand", "no specific reason", "er is verder niets wat wijst op geweld") or about the services after a
report; a danger word someone else used or feared, with the writer telling why it is not (friends who call
board money exploitation, a neighbour who calls a playpen neglect, a mother who thinks the boss is a
loverboy or that black clothes mean suicide, a word misheard, a colleague asking if eczema could be abuse,
a fishing knife); a young child who shouts a killing phrase at the dentist, at a vacuum cleaner or when he
does not get his way; a mark with an everyday cause (just learned to walk, judo, a schoolyard fight, a
hockey stick, skating, boxing) or a self-harm fear dispelled; a friend's or schoolmate's suicide or
attempt in grief, the young person not suicidal; wanting one's anger or panic attacks to stop; a wish to
die said with a wink or rolling eyes; a brother's blow made up at once; a fall that is over, checked or
played on; dolls that play the parents, pushing in a class said of nobody, shutting oneself away when
overwhelmed, one's own phone thrown at the wall, things given away when asked for, almost swallowed and
taken away in time, an overdose of last year, play that someone dies and the ambulance comes; "verkracht
in fortnite" and wanting to die of shame. Each twin keeps its danger when still, again, now, a blow on the
writer, a weapon, fear of a person or a plan is told."""

from tests.test_intents_safety import not_now_test, round_tests

ALARM = [
    # Past and over: still, again or a blow now keeps the alarm.
    "mijn dochter sneed zichzelf vorig jaar, ze liep bij een psycholoog maar sinds kort doet ze het weer",
    "my son used to self-harm last year, he was in therapy but now he is cutting again",
    "mijn ex sloeg me vroeger, het ging een tijd beter maar nu slaat hij me weer",
    "vorig jaar werd ze thuis geslagen, ze woont nu bij haar oma maar haar vader zoekt haar nog steeds"
    " op en slaat haar",
    # A calm house between blows is not over.
    "vorige maand heeft mijn vader me tegen de muur geduwd, nu is het rustig maar ik ben bang",
    # The police called in the past, now again.
    "vorig jaar kwam de politie al een keer, het ging daarna goed, maar vandaag slaat hij haar weer",
    # Nothing going on said, but a blow told after all.
    "bij ons is niks aan de hand zegt mijn moeder, maar mijn stiefvader slaat me als zij weg is",
    "he says nothing has happened but he hits me when mum is at work",
    # Called so by someone, with money or photos or a blow told.
    "mijn vrienden zeggen dat het uitbuiting is, ik moet voor hem pakketjes rondbrengen en naaktfotos sturen",
    "mijn moeder denkt dat hij een loverboy is omdat hij me drugs en cadeaus geeft",
    # A young child who says a killing phrase, but with a knife or about a parent who hits.
    "mijn zoon van 6 zegt 'ik maak je dood' tegen zijn zusje en pakte er een mes bij",
    # A mark explained, but the explanation changes or a parent grips hard.
    "mijn dochter van 2 heeft steeds blauwe plekken, de oppas zegt dat ze valt maar de verklaring"
    " verandert steeds",
    # Someone else's suicide, and the child wants it too.
    "een jongen uit haar klas heeft een eind aan zijn leven gemaakt en nu zegt mijn dochter dat ze ook"
    " dood wil",
    # Wanting it to stop, with life or death in it.
    "ik ben altijd zo boos en ik wil dat het stopt, ik wil niet meer leven",
    # A wish to die with a wink, but with a plan.
    "mijn dochter zei met een knipoog dat ze dood wil, maar ik vond een plan in haar schrift",
    # A brother's blow often, with bruises.
    "mijn broer slaat me steeds en ik heb blauwe plekken, daarna is het weer goed zegt hij",
    # A fall with drowsiness.
    "mijn zoon van 1 is van de bank gevallen, hij huilde even en is nu heel suf",
    # Shutting oneself away because someone locks the door.
    "mijn stiefvader sluit me op in de kelder als ik niet luister",
    # Things given away with a goodbye.
    "hij geeft al zijn spullen weg en zegt dat hij ze toch niet meer nodig heeft",
    # A phone thrown at someone.
    "mijn vader heeft zijn telefoon naar mijn moeder gegooid en haar geslagen",
    # Dolls, but a real parent who hits.
    "papa gooide haar pop in de prullenbak en slaat mama elke avond",
    # Beaten by a real person, not in a game.
    "ik ben verkracht door een jongen van school",
]

EMERGENCY = [
    # Swallowed now, not almost.
    "mijn zoontje heeft net een batterijtje ingeslikt, hij heeft het echt doorgeslikt",
    # An overdose now, after one last year.
    "vorig jaar heb ik ook al een overdosis genomen en nu heb ik net weer alle pillen genomen",
    # The ambulance called for a real collapse now.
    "mijn opa is net in elkaar gezakt en ademt niet, de ambulance komt",
]

QUIET_TWINS = [
    # Past and over, now well.
    "mijn buurjongen van 16 sneed zichzelf vorig jaar, hij loopt nu bij een psycholoog en doet al"
    " maanden niks meer",
    "my nephew used to self-harm two years ago, he is in therapy now and doing much better",
    "vroeger werd mijn pleegdochter thuis geslagen, ze woont nu al twee jaar bij haar tante en het gaat"
    " heel goed",
    "twee jaar geleden was er huiselijk geweld bij ons, vader woont nu niet meer thuis en de kinderen"
    " bloeien op",
    "my dad used to hit us when I was little but we left years ago and we are safe now",
    "mijn opa sloeg vroeger zijn kinderen, mijn vader heeft daar last van maar hij slaat ons nooit",
    "our daughter came to us after neglect when she was 2, she is safe now and thriving",
    "mijn zoon heeft vorig jaar een zware periode gehad met zelfbeschadiging, dat ligt achter ons",
    # The police or 112 called in the past, ended well.
    "vorige maand kreeg mijn dochter een aanval in de klas, de juf heeft goed gehandeld en 112 gebeld",
    # Nothing going on told.
    "ik heb een vraag over kindermishandeling voor mijn werk als buurtmoeder, bij ons is niks aan de hand",
    "mijn dochter moet een werkstuk maken over huiselijk geweld. wij hebben dat gelukkig nooit meegemaakt",
    "how do I spot self-harm in a teenager? no particular reason, just want to know",
    # Called so by someone, explained.
    "mijn vrienden zeggen dat dat uitbuiting is omdat ik thuis kostgeld betaal lol",
    "mijn schoonmoeder zegt dat ik haar verwaarloos omdat ze in de box zit, ze speelt daar gewoon",
    "my mum thinks she is suicidal lol, it is just how we talk online",
    "het bleek te gaan om een slaapfeestje, hij had het verkeerd verstaan",
    # A young child who says a killing phrase.
    "mijn dochter van 4 roept 'ik maak je dood' tegen de stofzuiger omdat ze bang is voor het geluid",
    "a girl (5) at the dentist screamed 'you will kill me' out of fear, how do we help her?",
    # A mark with an everyday cause.
    "mijn dochter van 1 heeft blauwe plekken op haar benen, ze is net gaan lopen en valt overal over",
    "mijn zoon heeft schaafwonden, dat komt van de judo wedstrijden",
    "ik was bang voor zelfbeschadiging maar ze heeft gewoon wondjes van het skaten",
    # Someone else's suicide in grief.
    "een meisje uit de klas van mijn zoon heeft zich van het leven beroofd, hij is erg geschrokken",
    # Wanting anger or panic attacks to stop.
    "ik heb paniekaanvallen in de bus en ik wil gewoon dat het ophoudt",
    # A wish to die said lightly.
    "mijn zoon rolde met zijn ogen en zei dat hij dood wil als hij mee moet naar oma, er is niks aan de hand",
    # A sibling's blow made up.
    "mijn broer gaf me een klap omdat ik zijn cola pakte maar daarna was het weer goed",
    # A fall that is over.
    "mijn dochter van 1 is van de bank gevallen, ze huilde even en speelt nu weer gewoon",
    "my son fell down the stairs last week, the GP said all fine",
    # Dolls, a class, shutting away, a phone, things given away.
    "mijn kleuter speelt dat de papa-pop de mama-pop slaat, ze heeft het van tv",
    "er wordt veel geduwd in de klas, heeft het CJG een training?",
    "als ik overprikkeld ben dan sluit ik me op in mijn kamer",
    "hij heeft gisteren zijn telefoon tegen de muur gegooid van boosheid, scherm kapot",
    "mijn dochter geeft haar spullen weg als iemand erom vraagt, ze durft geen nee te zeggen",
    # Almost swallowed, long ago swallowed, an overdose of last year, play.
    "mijn zoon heeft bijna een knoopje ingeslikt maar ik was net op tijd, hij heeft niets ingeslikt",
    "mijn dochter heeft toen ze 3 was een keer een batterijtje ingeslikt, is goed afgelopen",
    "vorig jaar heb ik een overdosis genomen. nu gaat het veel beter met me",
    "mijn zoon speelt steeds met zijn knuffels dat iemand doodgaat en de ambulance komt",
    # Figures.
    "ik ben helemaal verkracht in fortnite hahaha",
    "mijn dochter wil dood van schaamte omdat ik haar in mijn pyjama ophaalde",
]

URGENT_NOT_NOW = [
    # Past dangers that are not over stay urgent, not 112.
    "vorig jaar heeft mijn vader me geslagen, het ging een tijd beter maar sinds kort slaat hij me weer",
]

(
    test_s55g_rules_raise_an_alarm,
    test_s55g_danger_now_is_an_emergency,
    test_s55g_harmless_twins_stay_below_urgent,
    test_s55g_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)

test_s55g_not_now_stays_urgent = not_now_test(URGENT_NOT_NOW)
