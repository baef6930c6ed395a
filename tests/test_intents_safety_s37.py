"""Safety triage, round s37: what the rules and a backstop trained without the set missed in long_tune7 and
long_tune4, generalised into families and pinned here with own sentences: a minor's nude photo that goes
round the school or was forwarded; a photo of pills with "it ends tonight"; bullies who say they will stab
him after school, the verb last; a young child alone at home for hours in the evening; hungry children who
ring at the neighbours for bread; a baby among bottles of sour milk in a filthy home; a parent who drives
the children after drinking; something put in her drink at a party; a bed offered "if I am nice" to a young
person on the street; "has to do jobs for them or else" and being used to carry drugs; a mother who hears
voices saying the children are in danger; a baby who fell off the changing table and then threw up or is
drowsy; a baby with bluish lips, a belly that pulls in, breathing pauses or grey skin; photos sent "to my
followers if I do not pay"; a blow told with the verb last, "has hit her once" and a child's "papa hits
mama"; a phone thrown against the wall by a parent; self-harm told with the verb last; and, in existing
signals, an ex-partner's threat in Turkish that was read as a child's game words, bruises whose explanation
does not fit, "nee gezegd maar hij ging toch door", a threat to take the children abroad, a baby shaken
with the verb last and a dishwasher tablet bitten open. Danger now: the pills tonight, the drink, the fall
and the breathing. Each with harmless twins that must stay calm."""

from tests.test_intents_safety import round_tests

ALARM = [
    # A nude going round (Dutch, English).
    "de mentor zegt dat een naaktfoto van mijn dochter die ze een jongen gaf nu op school rondgaat",
    "a nude photo of my daughter that she sent to her boyfriend has been shared with his whole team",
    # Bullies will stab him, the verb last (Dutch).
    "hij zegt dat als hij iets zegt ze hem morgen op het plein gaan steken",
    # A young child alone in the evening; hungry children (Dutch, English).
    "het meisje van 6 van de overburen is snachts vaak uren alleen thuis",
    "the little boy next door is alone for hours every evening while his mum is out",
    "twee kinderen van 4 en 7 kwamen bij ons vragen om een boterham want ze hadden honger",
    "the neighbours kids knocked on our door asking for food, they were hungry and nobody was home",
    # Bottles of sour milk (Dutch, English).
    "bij het huisbezoek stonden er flesjes met bedorven melk bij de baby en het huis was ernstig vervuild",
    "the baby was lying next to bottles of sour milk and the flat was filthy",
    # Driving after drinking (Dutch, English).
    "na het verjaardagsfeest rijdt mijn vader dan dronken met ons naar huis",
    "my mum drives us to school after drinking, she had wine at breakfast",
    # A bed if I am nice (Dutch, English).
    "ik ben weggelopen en een man zei dat ik bij hem mag slapen als ik lief voor hem ben",
    "i ran away and some guy said i can stay at his place if i sleep with him",
    # Jobs or else (English, Dutch).
    "my nephew says he must deliver packages for older boys or they will hurt his family",
    "onze zoon moet pakketjes rondbrengen voor een paar oudere jongens anders doen ze zijn zusje iets",
    # Voices about the children (Dutch, English).
    "mijn vrouw hoort stemmen die zeggen dat ze de kinderen moet beschermen tegen de buren",
    "my wife hears voices telling her that our children are in danger",
    # Sends them unless I pay (Dutch, English).
    "hij heeft mijn fotos en zegt dat hij ze naar mijn ouders doorstuurt als ik geen 200 euro betaal",
    "he said he would post them to all my followers unless i pay 100 euros",
    # A blow with the verb last, has hit her, papa hits mama (Dutch, English).
    "ze vertelde dat haar vriendje haar laatst na een ruzie heeft geslagen",
    "her husband grabs her arm and has slapped her twice",
    "my toddler keeps saying daddy hits mummy",
    # A phone against the wall (English, Dutch).
    "my stepdad smashed my laptop against the wall when i answered back",
    "mijn vader gooide een stoel naar mijn hoofd",
    # Self-harm, the verb last (Dutch).
    "ik zag dat mijn zoon zichzelf met een mesje in zijn arm snijdt",
    "de gymdocent zag dat ze nieuwe krassen heeft op haar onderarmen",
    # Existing signals: a threat in Turkish from an ex, bruises that do not fit, no was said, abroad, shaking,
    # a dishwasher tablet (Turkish, Dutch, English).
    "eski eşim 6 yaşındaki oğlumun önünde telefonda seni öldürürüm dedi",
    "blauwe plekken achter zijn oren bij een baby van 5 maanden. De uitleg van vader past niet.",
    "ze heeft nee gezegd maar hij ging toch verder",
    "i said no so many times but he kept going",
    "mijn man heeft gedreigd onze dochter na de zomer mee te nemen naar Turkije",
    "my ex threatened to take the children to Morocco and never bring them back",
    "ik was zo moe dat ik de baby even heen en weer schudde",
    "mijn dochter heeft een wastablet kapotgebeten en huilt",
]

EMERGENCY = [
    # A photo of pills with it ends tonight (Dutch, English).
    "ze stuurde een foto van haar slaappillen en schreef vannacht is het voorbij",
    "my son posted a picture of his pills with the words tonight it ends",
    # Something put in her drink.
    "my daughter called, someone slipped something into her drink at the club and she can hardly stand",
    # A fall and then drowsy.
    "onze baby is van het bed gevallen. Nu is hij heel suf en heeft hij overgegeven.",
    "my baby rolled off the bed. Now she has thrown up twice and is very drowsy.",
    # Breathing signs.
    "onze baby van 3 weken heeft een grauwe kleur en zijn lipjes zien er blauw uit",
    "my newborn's lips look blue and her chest pulls in with each breath",
]

QUIET_TWINS = [
    # A school photo; prevention lesson.
    "de schoolfoto van mijn dochter gaat rond in de familiegroep, ze is er zo trots op",
    "hoe praat ik met mijn klas over naaktfoto's die rondgaan, is er lesmateriaal?",
    # It ends tonight with a course of pills.
    "vanavond is het klaar met de kuur, de laatste tabletten van de antibiotica zijn op",
    # Wasps will sting him.
    "ze is bang dat ze haar bij het picknicken gaan steken, die wespen",
    # Home alone question; a babysitter.
    "vanaf welke leeftijd kan mijn dochter van 9 savonds een uur alleen thuis blijven?",
    # Hungry after school.
    "mijn zoon van 7 kwam thuis met honger omdat hij zijn lunchpakket was vergeten",
    # Sour milk in a bottle for cleaning.
    "hoe krijg ik de lucht van zure melk uit de fles van mijn baby",
    # Driving after a party sober.
    "na het feest rijdt mijn vader dan met ons naar huis, hij drinkt nooit",
    # Something in the drink: lemon.
    "someone put something in her drink, a slice of lemon, she loved it",
    # A bed at grandma.
    "je mag bij oma slapen als je lief bent, zei ik tegen mijn dochter van 6",
    # Chores or pocket money.
    "my son has to do jobs around the house or he does not get pocket money",
    # Voices in a game.
    "in het spel hoor je stemmen die zeggen dat de kinderen in gevaar zijn",
    # A fall last week, fine now.
    "onze baby is vorige week van de commode gerold. Hij heeft toen overgegeven, nu is alles goed.",
    # Blue lips from blueberries.
    "de lippen van onze baby zien er blauw uit van de bosbessen",
    # A photographer sends them.
    "de fotograaf stuurt ze naar mijn ouders als ik de rekening heb betaald, de fotos van de bruiloft",
    # A ball hit.
    "mijn vriend heeft haar bal een keer te hard geslagen bij tennis",
    # A child throws a plate.
    "mijn zoontje van 3 gooide zijn bord tegen de muur tijdens het eten",
    # A cut while cooking.
    "ze heeft zichzelf per ongeluk gesneden met het broodmes tijdens het koken",
    # Turkish: a child's game words stay lowered.
    "5 yaşındaki oğlum oyunda kardeşine seni öldürürüm diyor",
    # Shaking the bottle.
    "terwijl ik haar flesje heen en weer schudde viel de speen eraf",
    # A holiday abroad.
    "we nemen de kinderen deze zomer mee naar Turkije op vakantie",
]


(
    test_s37_rules_raise_an_alarm,
    test_s37_danger_now_is_an_emergency,
    test_s37_harmless_twins_stay_below_urgent,
    test_s37_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)
