"""Safety triage, round s53 part E: neglect, criminal exploitation and accidents happening now, in Dutch
and English, from the blind tuning sets of round s53 (safety_tune41-44, long_tune17, english_tune17,
parents_tune20), generalised into families and pinned here with own sentences.

Neglect: a baby or toddler left home alone while the parent shops or works; a parent in bed all day while a
young child eats nothing or plays alone on the street; a young child out alone late at night or in a nappy or
pyjamas in the cold; toddlers locked in their room or kept from food as discipline, a fridge locked; alcohol
on a baby's dummy; a parent who hears voices with small children; a child put out of the house at night; a
parent who relapsed alone with the baby; a hungry pupil with other signs (same clothes, lice); a home with
vermin; a toddler left in the bath; a baby on sugar water; a baby left crying for hours.
Criminal exploitation: a child who delivers packages or does jobs for older boys, "handling business" for
older guys, a bag with pills to hand over, "or they will hurt mum", a second phone or a man at the door
about a debt, new trainers with another sign, debt collectors who threaten the children.
Accidents now (112): the gas on with a child alone and a strange smell, a toddler at the pills (an empty
strip, grandma's pills on the floor), cleaning product or wine drunk by a toddler, choking that stops
breathing, a parent unresponsive while the baby screams, a young child home alone with no one reachable, a
child who collapsed after days without food, men at the door with a knife, a toddler out in the cold in
pyjamas now.
The harmless twins stay calm: a side job with a company, pocket money, a child old enough to stay home alone
briefly, a parent who is ill but has help, childproofing questions, things found in time, a battery
swallowed last week and treated."""

from tests.test_intents_safety import not_now_test, round_tests

ALARM = [
    # A baby or toddler left home alone.
    "ik laat mijn dreumes van 18 maanden weleens alleen thuis als ik even naar de supermarkt ga",
    "mijn zus laat haar baby van 5 maanden soms alleen in de flat als ze gaat werken",
    "de buren hun kinderen (1 en 3) zijn 's avonds vaak alleen thuis",
    "My neighbour leaves her toddler alone at home while she goes out at night.",
    "the baby is often left alone while the mum works a night shift",
    # A parent in bed while a young child fends alone.
    "ik kom al dagen mijn bed niet uit en mijn dochter van 4 eet dan soms de hele dag niks",
    "mijn peuter van 2 speelt alleen op straat want ik lig de hele dag op bed",
    "my dad has been in bed for weeks, I do everything for my little brother, I'm 12",
    # A young child out alone late or in the cold.
    "een kleuter van de overkant loopt elke avond tot 11 uur alleen op straat",
    "the little girl downstairs is always outside in just a nappy, even when it's cold",
    # Locked in or kept from food.
    "mijn schoonzus geeft geen eten aan de kinderen als ze boos is",
    "Her boyfriend keeps the kids locked in their bedroom all day until she comes home.",
    "they're not allowed to eat until dinner, even my niece of 4",
    # Alcohol on the dummy.
    "mijn schoonmoeder doet jenever op de speen van mijn zoontje zodat hij slaapt",
    "my partner puts brandy on the dummy so our baby sleeps through",
    # A parent who hears voices with small children.
    "mijn vrouw hoort sinds een week stemmen en is overdag alleen met onze baby en peuter",
    "my husband hears voices again and he is looking after the kids today",
    # Put out at night.
    "mijn vader zet mij 's nachts buiten de deur als ik te laat ben, ik ben 15",
    "his mum locks him out at night when she's drunk",
    # A relapse alone with the baby.
    "I'm drunk again and I'm alone with the kids till Sunday",
    # A hungry pupil with other signs, a home with vermin, a toddler in the bath, sugar water, a baby left
    # crying for hours.
    "een leerling van mij heeft altijd honger en draagt elke dag dezelfde kleren, de ouders reageren niet",
    "bij mijn vriendin thuis is het echt smerig, overal muizen en afval",
    "mijn vader doet mijn zusje van 1 in bad en loopt dan weg naar de kroeg",
    "de baby valt af en ze geeft hem suikerwater, ze zegt dat ze geen geld heeft voor flesvoeding",
    "the baby next door cried for hours and nobody went to it, the house was dark",
    # Criminal exploitation.
    "mijn neefje van 14 brengt elke avond tasjes weg voor jongens uit de buurt en krijgt er geld voor",
    "mijn zoon doet klusjes voor oudere jongens uit de wijk en komt met veel geld thuis",
    "my nephew (14) runs errands for some older guys and won't say what's in the bags",
    "our son is delivering packages for an older boy every night",
    "hij moet een zakje bij een adres afgeven van zijn vader, ik denk dat er drugs in zitten",
    "my daughter said she has to keep doing it or they will hurt my mum",
    "mijn zoon zegt dat hij door moet gaan anders doen ze mijn moeder iets",
    "mijn dochter heeft een tweede telefoon en nieuwe sneakers en zegt niet waar het geld vandaan komt",
    "a guy came to the door and said my son owes him money, he has a second phone now",
    (
        "er kwamen mannen aan de deur die zeiden dat er iets met de kinderen gaat gebeuren als hij zijn "
        "schuld niet betaalt"
    ),
]

EMERGENCY = [
    # Gas on with a child alone.
    "mijn dochter van 10 is alleen thuis en het gasfornuis staat aan, ze krijgt hem niet uit en het stinkt",
    "my son is home alone, the gas is on and he says it smells weird",
    # A toddler at the pills.
    "mijn peuter heeft bij oma in de tas gezeten en er liggen lege strips op de grond",
    "my 2 year old got into grandma's pill box, I can't find the tablets",
    # Cleaning product or alcohol.
    "mijn zoon 3 jaar heeft chloor gedronken van onder de gootsteen",
    "my 3 year old just drank from a bottle of bleach",
    "my toddler drank a glass of wine off the table and is really wobbly now",
    # Choking that stops breathing.
    "my daughter is choking on a sweet and can't breathe",
    # A parent unresponsive, a young child home alone with no one reachable.
    "ik hoor mijn kleinkind huilen en mijn dochter ligt op de grond en reageert niet",
    "mijn zoon van 2 is alleen thuis, de oppas is weg en ik krijg niemand te pakken",
    # Men at the door with a weapon, a child who collapsed after days without food.
    "er staan twee mannen voor mijn deur met een mes, ik ben alleen thuis met de kinderen",
    "mijn leerling viel net flauw, ze heeft al drie dagen geen eten gekregen van haar ouders",
    # A toddler out in the cold now.
    "er loopt een peuter in zijn pyjama alleen over straat en het vriest",
]

QUIET_TWINS = [
    # Home alone, old enough.
    "mijn dochter van 11 blijft soms een uurtje alleen thuis als ik boodschappen doe, is dat oké?",
    "vanaf welke leeftijd mag een kind alleen thuis blijven?",
    "My son is 12 and stays home alone after school for an hour, is that normal?",
    "ik laat de baby even slapen terwijl ik in de tuin ben, de babyfoon staat aan",
    # A parent ill but with help.
    "ik lig al een week ziek op bed, mijn man zorgt voor de kinderen en oma kookt",
    "I've been in bed with flu for days, my husband takes care of the kids",
    # Outside, pyjama days.
    "mijn zoon van 10 speelt graag buiten op straat met vriendjes tot het eten",
    "mijn peuter wil de hele dag in zijn pyjama blijven, ook als het koud is, is dat erg?",
    # Food rules that are no neglect.
    "wij hebben een kinderslot op de koelkast omdat onze peuter er steeds aan zit",
    "they're not allowed to eat snacks before dinner, is that too strict?",
    # Old sayings about alcohol.
    "vroeger deden ze whisky op de speen bij tandjes, klopt dat echt?",
    # Put out: the cat, the bins, moving out.
    "mijn zoon zet elke avond de kliko buiten de deur",
    # Side jobs and pocket money.
    "mijn zoon van 15 bezorgt pakketjes voor PostNL als bijbaantje",
    "my son does a paper round and bought new trainers with the money",
    "mijn dochter heeft nieuwe sneakers gekocht van haar verjaardagsgeld",
    "hoeveel zakgeld geven jullie een kind van 12?",
    "we hebben een tweede telefoon voor onze zoon gekocht voor school",
    # Childproofing questions, found in time.
    "hoe beveilig ik het gasfornuis zodat mijn peuter het niet aan kan zetten?",
    "how do I childproof the cupboard with cleaning products?",
    "what should I do if my toddler chokes on a grape? should I cut them?",
    "mijn peuter had de strip pillen van oma gepakt maar ik heb ze geteld en alles is compleet",
    # Past and treated.
    "Huisarts: kind (6) heeft vorige week een batterij ingeslikt, is op de SEH behandeld en alles is goed.",
    # A teenager who hears voices in care, a relapse long over.
    "mijn dochter van 16 hoort soms stemmen, ze is in behandeling bij de ggz",
    "twee jaar geleden ben ik teruggevallen, nu ben ik al lang clean en alleen met de baby op zaterdag",
    # A messy teenage room.
    "de kamer van mijn zoon is zo vies, overal afval, hoe krijg ik hem zover dat hij opruimt?",
]

URGENT_NOT_NOW = [
    # Neglect and exploitation without a now: a person soon, not 112.
    "mijn buurvrouw laat haar peuter van 2 vaak alleen thuis als ze naar haar werk gaat",
    "mijn zoon van 13 bezorgt pakketjes voor een oudere jongen en krijgt er 50 euro voor",
    "de kinderen van mijn zus mogen pas eten als hun vader thuis is, ze sluit de koelkast op slot",
]

(
    test_s53e_rules_raise_an_alarm,
    test_s53e_danger_now_is_an_emergency,
    test_s53e_harmless_twins_stay_below_urgent,
    test_s53e_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)

test_s53e_not_now_stays_urgent = not_now_test(URGENT_NOT_NOW)
