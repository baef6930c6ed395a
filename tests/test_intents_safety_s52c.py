"""Safety triage, round s52 part C: danger told by newcomer and expat parents and young people that the full
router called calm in the blind tuning set safety_tune39, generalised into families and pinned here with own
sentences: a baby's or toddler's fall followed by sleepiness or vomiting; a battery, magnet or pill in a small
child's mouth and now gone; minors left alone at home for weeks without food; a grandfather, uncle or
neighbour who "does weird things with her"; repeated fractures of a baby; a partner who takes all the money;
an au pair or nanny who hits the children; a child not brought back and flown abroad without consent; an adult
who broke a child's bone (learner Dutch, Dutch, English); a young child locked in a pantry or a dark room and
an adult's "our secret" (Turkish); forced marriage of a minor, a wish to kill oneself, beatings and bruises,
banging on the door while the family hides in the bathroom, an adult who says "don't tell mama", bleeding
while pregnant (Arabic in Latin letters); someone unresponsive on the floor after pills (Polish, English); a
wish to die, threats and a grip on the throat (Ukrainian in Latin letters). Each with harmless twins that must
stay calm, and the dangers told without a now, which stay urgent."""

from tests.test_intents_safety import not_now_test, round_tests

ALARM = [
    # Repeated fractures of a baby or toddler (Dutch, English).
    "onze dochter van 8 maanden heeft al drie keer een botje gebroken, de arts wil met ons praten",
    "my toddler has had two broken arms since christmas and the hospital keeps asking questions",
    # A relative who does weird things with the child, who will not go there (Dutch, English).
    "mijn kleindochter wil niet meer logeren, ze zegt dat opa rare dingen met haar doet",
    "my son cries before every visit and says his uncle does weird things to him",
    # Minors alone at home for weeks, no food (learner Dutch).
    "mijn ouders laten ons al 2 weken alleen thuis en we hebben honger",
    # A partner who takes all the money (Dutch, English).
    "mijn vriend pakt al het geld van de toeslagen en ik heb geen bankpas meer",
    "my husband takes all the child benefit and the kids have no winter coats",
    # A nanny who hits the child (English).
    "the nanny has been slapping my daughter when I'm not home",
    # A child not brought back, taken abroad without consent (Dutch, English).
    "mijn ex heeft onze zoon na de vakantie niet teruggebracht, hij zit bij zijn familie in Marokko",
    "he took the kids to Turkey without my permission and I can't reach him",
    # An adult who broke a child's bone (English, Dutch).
    "my stepdad broke my arm when I didn't finish my plate",
    "mijn vader heeft de pols van mijn zusje gebroken toen hij boos was",
    # A young child locked in a dark room; a neighbour's secret (Turkish).
    "eşim kızımı ceza olarak karanlık odaya kilitliyor, kızım 4 yaşında",
    "komşumuz oğluma şeker veriyor ve annene söyleme diyor, oğlum 7 yaşında",
    # Forced marriage of a minor, a wish to kill oneself, a beating (Arabic in Latin letters).
    "baba bido yzawejni la ibn khalti w ana 15 sana",
    "ibni bi2ool ra7 ye2tol 7alo iza ma bnsafer",
    "zawji byedrab ibni kel yom bel kashat",
    # An adult teacher who tells a pupil to tell nobody (Arabic in Latin letters).
    "el asteez bib3atli rasayel bel lel w bi2olli ma t2oli la 7ada, ana 14 sana",
    # A wish to die, a threat, a grip on the throat (Ukrainian in Latin letters).
    "donka kazhe shcho khoche pomerty, yii 14",
    "vitchym pohrozhuie nam nozhem",
    "batko dushyv mamu, ya boiusia za syna",
]

EMERGENCY = [
    # A fall followed by sleepiness or vomiting (Dutch, English).
    "ons zoontje van 10 maanden viel van de verschoontafel op zijn hoofd en is heel suf",
    "my 1 year old fell down the stairs and has been throwing up twice",
    # Something in the mouth, now gone (Dutch, English).
    "mijn dochter van 1 had een magneetje in haar mond en nu is het weg",
    "he had a button battery in his mouth a minute ago and now I can't find it",
    # Banging on the door now; bleeding while pregnant now (Arabic in Latin letters).
    "tli2i 3am ydrob 3al bab hala2 w ana msakkra ma3 binti",
    "ana 7amle w zawji darabni, 3am ynazzel dam hala2",
    # Unresponsive after pills (Polish, English).
    "mój mąż leży w łazience po tabletkach i nie reaguje",
    "my mum collapsed after taking her sleeping pills and is not responding",
]

QUIET_TWINS = [
    # Falling asleep, a fall told as past, a stomach bug.
    "mijn baby valt steeds in slaap aan de borst en slaapt heel veel, is dat normaal?",
    "mijn dochter viel vorig jaar van de trap, nu geeft ze over van de buikgriep",
    "my daughter fell off the swing last year and was sick afterwards, she is fine now",
    # Everything in the mouth; spat out; taken out.
    "de batterij van de afstandsbediening is weer kwijt, mijn zoon stopt alles in zijn mond",
    "hij had een pil in zijn mond maar heeft hem uitgespuugd, nu vind ik de strip niet meer",
    "my daughter had a coin in her mouth but I took it out, now I can't find her shoe",
    # A weekend alone with food and a grandmother who looks in.
    "mijn ouders laten ons een weekend alleen thuis, er is genoeg eten en oma komt kijken",
    # Grandpa and his phone or his hearing aid.
    "opa doet raar met zijn nieuwe telefoon, haha mijn dochter lacht zich kapot",
    "mijn opa doet raar met zijn gehoorapparaat, de kinderen lachen erom",
    "grandpa acts weird with his hearing aid and my daughter laughs",
    # Fractures at sport at twelve; a bone disease.
    "mijn zoon van 12 heeft twee keer zijn arm gebroken met voetbal",
    "our baby has brittle bone disease and has had three fractures",
    # Money managed together, a son's games.
    "mijn man beheert het geld omdat ik schulden had, dat hebben we samen besloten",
    "mijn zoon neemt al mijn geld voor zijn games, hij is 15",
    # The au pair hits a ball, the nanny hits the gym.
    "the au pair is hitting the ball with the kids in the garden",
    "our nanny hits the gym every morning before work",
    # A carer's blows over and handled: fired and reported.
    "our babysitter was hitting our son, we fired her and reported it. how do we explain it to him?",
    # A delayed flight; a fear before a holiday.
    "my ex didn't bring her back on time because the flight was delayed",
    "I'm afraid he won't bring the kids back after the holiday in Morocco",
    # A toy broken; a child's own arm.
    "mijn man heeft het speelgoed van onze zoon gebroken",
    "my son broke his arm at football and my husband drove him to hospital",
    # A teenager shuts herself in; a cat in the pantry; a birthday surprise (Turkish).
    "kızım kendini odasına kapatıyor, hiç konuşmuyor",
    "kediyi kilere kapattım, çocuklar korkuyor",
    "babasının doğum günü için sürpriz hazırlıyoruz, kızım 'bu bizim sırrımız' diyor",
    # An adult daughter's own wish; killing oneself with study; a ball at the door (Arabic in Latin letters).
    "binti 25 sana w baba bido yjawezha, hiye bidha",
    "bta2tol 7alha bel dirase kel yom, binti 16",
    "ibni darab el kora 3al bab",
    # Dad knocking with a forgotten key; a birthday secret; a nosebleed.
    "baba 3am ydo22 3al bab hala2, nesi el meftee7",
    "ma t5abri mama 3an el hdiye, el asteez 3am y7adder 3id milad, binti 10 sana",
    "3am ynazzel dam mn manakhiri",
    # Pills for a headache; a text not answered (Polish, English).
    "mama leży w łóżku po tabletkach na ból głowy, ale wszystko dobrze",
    "my mum was lying down after taking her pills and didn't answer my text",
    # Where to live; a bad mark; a cat (Ukrainian in Latin letters).
    "syn ne khoche zhyty v hurtozhytku",
    "vchytel pohrozhuie meni dvoikoiu",
    "kit skhopyv mysh za sheiu",
]

URGENT_NOT_NOW = [
    # The same dangers told without a now: a person soon, not 112.
    "ana 7amle w jozi dafashni mbare7 3al ard",
    "zawji kel lel bydrob 3al bab w ana w el wlad khayfin",
    "cholovik vchora pohrozhuvav meni",
    "he didn't bring our son back and flew to Egypt with him, now he won't pick up",
]

(
    test_s52c_rules_raise_an_alarm,
    test_s52c_danger_now_is_an_emergency,
    test_s52c_harmless_twins_stay_below_urgent,
    test_s52c_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)

test_s52c_not_now_stays_urgent = not_now_test(URGENT_NOT_NOW)
