"""Safety triage, the lead's mends of the twenty-sixth session (and of its review): a reaction after a sting
or a food allergy is a medical emergency, told in the same sentence or the next one, with the face, the
lips or the tongue swelling in either word order ("zwelt zijn gezicht op") or breathing that is bad ("kan
slecht ademen", "hijgt"); an insect's sting is never violence, so a sting without a reaction stays calm,
also when it happened just now. And pills or a blade in hand with an apology said to no one ("i'm sorry",
"het spijt me") is a suicide attempt now. From the review: an adult who "sends" a child messages late at
night is grooming as "texts" is, and messages at night in a family or group chat are seen by everyone in
it."""

from tests.test_intents_safety import round_tests

# Review: an adult who sends a child messages late at night, told with "sends" (round s34).
ALARM = [
    "the neighbour sends our daughter weird texts late at night, she is 13",
    "her stepdad sent my daughter (14) strange pictures in the middle of the night",
]

EMERGENCY = [
    "mijn zoon is net door een wesp gestoken en kan slecht ademen",
    "ze is door een bij gestoken en haar lippen zwellen op",
    "Onze dochter is gestoken door een wesp. Haar gezicht wordt dik en ze hijgt.",
    "hij is gisteren gestoken door een bij en nu zwelt zijn tong op",
    "mijn zoontje heeft een pinda-allergie en heeft van een koekje gegeten. Zijn lippen zwellen op",
    "my son was stung by a bee and his lips are swelling",
    "She has a peanut allergy and ate a cookie at a party. Now she is struggling to breathe",
    # The means in hand and an apology.
    "ive got all my pills here in my hand now. im sorry",
    "ik heb de hele strip in mijn hand. het spijt me echt",
]

QUIET_TWINS = [
    # A sting without a reaction, now or before.
    "mijn dochter is net gestoken door een wesp in haar hand, wat kan ik erop doen?",
    "hij is door een bij gestoken, het is een beetje rood",
    "my son got stung by a wasp at the playground, what helps against the pain?",
    # An allergy asked about, with breathing told as how it usually is.
    "onze zoon heeft een notenallergie, wat moet de school weten?",
    "mijn dochter is allergisch voor pinda's en is soms benauwd bij het sporten, is dat normaal?",
    "my daughter is allergic to bees, should she always carry an epipen?",
    # Pills at hand for someone else, an apology for asking.
    "im sorry to ask, i have the pills here but how many can a child of 6 take?",
    "het spijt me dat ik stoor, ik heb de tabletten voor mijn moeder in mijn hand, welke dosis?",
    # Messages at night in a family or group chat, seen by everyone in it.
    "mijn oom stuurt 's nachts altijd rare filmpjes in de familiegroep",
    "my uncle sends weird memes late at night in the family group chat",
]

(
    test_c26_rules_raise_an_alarm,
    test_c26_danger_now_is_an_emergency,
    test_c26_harmless_twins_stay_below_urgent,
    test_c26_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)
