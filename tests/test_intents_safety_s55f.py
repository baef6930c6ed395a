"""Safety triage, round s55 part F: the line between urgent and emergency in Dutch and English, from the blind
tuning sets of the thirty-sixth session (safety_tune49-52, parents_tune21, long_tune18), generalised into
families and pinned here with own sentences. Danger now told in other words lifts an urgent signal to 112:
a blow or a lock told with "just" in English, the one who hit coming ("hij komt eraan") or heard on the
stairs, still downstairs or still standing there after shaking a child, screams heard for a while with the
neighbours named between, a call cut off, the writer with the children in the car in front of the house, he
will not let her leave, drunk and smashing things, a parent shouting in the school hall, no more replies
after a wish to die, alone with a baby right now, a missing child not home since last night. New
emergencies: a young child grabbing at the throat without a sound (choking), a small child who may have
swallowed medicine. New urgent signals: a threat to kill a relative in subordinate order or as "finish",
searches about overdoses. Not danger now (urgent, no 112): a telling that is now while the harm is not
("zei net tegen mij", "vertelde me net"), "now" as a state or a demand ("owes money now", "nu wil hij
afspreken", "nu zegt de juf dat ze het moet melden"), safe with the children at a relative's, at the
emergency department after a photo last night, a farewell letter found yesterday, a farewell post deleted,
a partner who does not let her leave the house as a habit. Harmless look-alikes stay calm: a child playing
a dragon, a sandwich, a game, homework, a nursing exam, shopping, a video call, waiting in the car, a flat
phone, singing on the stairs."""

from tests.test_intents_safety import not_now_test, round_tests

ALARM = [
    # A threat to kill a relative in subordinate order or as "finish"; searches about overdoses; pills saved.
    "mijn moeder zegt dat haar vriend gedreigd heeft dat hij haar broer gaat afmaken",
    "the social worker says the father threatened he will finish his 15 year old daughter",
    "ik vond zoekopdrachten op zijn telefoon naar overdoses en pijnloos doodgaan",
]
EMERGENCY = [
    # A blow or lock told with "just" in English.
    "my stepdad just kicked my brother down the stairs and he is not moving much, im 13",
    # The one who hit is coming up the stairs, heard now.
    "mijn zusje heeft een kapotte lip, papa heeft haar geslagen. ik hoor hem op de trap schreeuwen",
    "mijn vriend heeft me geslagen en hij komt eraan",
    # Still downstairs now, told in another sentence than the threat.
    "mijn stiefvader zei dat hij me kapot gaat maken. hij is nu beneden",
    # Standing there still after shaking a child.
    "ik zie een vrouw haar baby hard door elkaar schudden op het perron. ze staat er nu nog",
    # Heard for an hour, with the neighbours named between.
    "ik hoor de buren al een kwartier gillen, het kind huilt en iemand roept laat me los",
    # The call cut off.
    "een jongen belde, zijn vader dreigt zijn moeder te vermoorden. toen viel de verbinding weg",
    # With the children in the car in front of the house, a threat.
    "we zitten met de kinderen in de auto voor het huis, mijn man zegt dat hij ons vermoordt",
    # Will not let her leave.
    "my sister (15) texted that a man locked her in and will not let her leave the flat",
    # Drunk and smashing in English.
    "my dad is wasted and smashing plates in the kitchen, he said he would hit us",
    # A father in the school hall shouting, with a violation.
    "de vader staat in de hal van de school en schreeuwt. de politie is gebeld",
    # Stopped replying after a wish to die.
    "my friend said she wants to kill herself and then stopped responding",
    # Alone with the baby right now after dark thoughts.
    "my partner said she wants to die and she's alone with our newborn right now",
    # Drunk and smashing at a locked door.
    "my stepdad is drunk again and smashing things in the living room, he said we are next",
    # Choking.
    "mijn dochter van 3 at een snoepje en grijpt nu naar haar keel, ze maakt geen geluid",
    "my toddler is grabbing at his throat and cant breathe after eating a grape",
    # Pills in doubt.
    "mijn dochter van 1 had mijn slaappillen open, ik weet niet of ze er iets van heeft ingeslikt",
    "my son got into the box of iron tablets and I don't know if he swallowed any",
    # Threat to kill a relative tonight.
    "mijn zoon zegt dat hij vanavond zijn stiefvader gaat afmaken, hij heeft een mes in zijn kamer",
]
QUIET_TWINS = [
    "my son (4) grabs at his throat when he pretends to be a dragon",
    "ik weet niet of hij iets van zijn boterham heeft opgegeten, hij eet slecht",
    "hij zegt dat hij zijn broer gaat afmaken in fortnite vanavond",
    "he says he will finish his homework tonight",
    "my daughter searched for overdoses for her nursing exam",
    "hij komt eraan met de boodschappen, dan gaan we eten",
    "de verbinding valt steeds weg als ik met oma videobel",
    "we zitten met de kinderen in de auto voor het huis te wachten op papa",
    "my phone is almost dead, can you send me the number of the parenting course?",
    "ik hoor hem op de trap zingen, hij is zo vrolijk",
]
NOT_NOW = [
    # The telling is now, the harm is not.
    "een meisje van 7 zei net tegen mij dat mama haar soms in de kelder opsluit als ze stout is",
    "mijn zoon vertelde me net huilend dat zijn trainer hem vorig jaar heeft betast",
    # Now as a state or a demand.
    "my son (14) owes a dealer money now and they threatened him with a knife last week",
    "a man he met online sends him gifts and now wants to meet him at the mall next saturday",
    "mijn dochter van 12 chat met een man van 40 en nu wil hij afspreken in de stad",
    "ik heb het de juf verteld dat papa me slaat en nu zegt ze dat ze het moet melden",
    # Safe with a relative now.
    "mijn man heeft me geslagen, ik zit nu met de kinderen bij mijn moeder",
    # At the emergency department, a photo last night.
    "mijn pupil stuurde vannacht een foto van zijn gesneden armen, hij is nu op de spoedeisende hulp",
    # A farewell letter found yesterday, no now.
    "gisteren vond ik in de kamer van mijn dochter van 15 een afscheidsbrief. Ze doet alsof er niks is",
    # A farewell post deleted.
    "ik heb eergisteren een afscheidsbericht op tiktok gezet en meteen weer verwijderd, ik ben 17",
    # Coercion, not confinement now.
    "a young mother told me her husband doesn't let her leave the house and checks her phone",
]

(
    test_s55f_rules_raise_an_alarm,
    test_s55f_danger_now_is_an_emergency,
    test_s55f_harmless_twins_stay_below_urgent,
    test_s55f_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)

test_s55f_not_now_stays_urgent = not_now_test(NOT_NOW)
