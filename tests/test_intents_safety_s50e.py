"""Safety triage, round s50 part E: danger now that the rules read as only urgent in six blind tuning sets,
generalised into families and pinned here with own sentences: someone kicking a door in; someone who says he
jumps off a roof or a bridge; someone on the floor breathing strangely; an intruder in the house; a parent
under a restraining order at the school or the door; a firework in the face; a drunk parent driving to fetch a
child; a child who ate cannabis sweets without knowing; a child crying for hours next door with nobody there;
a button battery gone and a toddler who says he ate it. And immediacy cues: a "NU." in its own sentence,
someone who cannot be reached by phone, the one who threatened waiting outside, banging heard now.
Each with twins where one detail makes it not-now (urgent, no 112) or harmless (below urgent)."""

from tests.test_intents_safety import not_now_test, round_tests

ALARM: list[str] = []

EMERGENCY = [
    # A "now" in its own sentence after the harm (Dutch, English).
    "mijn stiefvader schopt mijn moeder. nu. ik zit boven",
    "my dad is hitting my mum again. NOW. what do i do",
    # Kicking a door in, now (Dutch, English).
    "mijn broer is woedend en trapt nu de deur van de badkamer in, help",
    "my stepdad is kicking my bedroom door in right now",
    # Jumping off a roof or a bridge, now (Dutch, English).
    "mijn nicht appt dat ze nu van de brug bij het station springt",
    "he just texted me he is jumping off the roof of the car park right now",
    # On the floor, breathing strangely (Dutch, English).
    "mijn vader ligt op de vloer in de keuken en ademt heel vreemd, hij reageert niet",
    "my mum collapsed on the floor and is breathing really weird",
    # An intruder in the house, hiding (Dutch, English).
    "er is een inbreker ons huis binnengekomen, ik zit met mijn zusje onder het bed",
    "someone broke into our house and we are hiding in the closet",
    # A restraining order at the school or the door, now (Dutch, English).
    "de moeder met een straatverbod staat nu voor de deur van de opvang en wil haar zoon meenemen",
    "my ex has a restraining order and he is standing at my front door right now",
    # A firework in the face (English, Dutch).
    "a firework hit my daughter in the eye and it is bleeding a lot",
    "mijn zoon kreeg een vuurpijl tegen zijn gezicht, zijn oog bloedt",
    # A drunk parent driving a child, now (Dutch, English).
    "mijn vader is stomdronken en rijdt nu met mijn broertje naar huis",
    "dad is drunk and is getting in the car with my baby brother right now",
    # Cannabis sweets eaten without knowing (Dutch, English).
    "mijn dochter van 6 heeft per ongeluk spacecake gegeten en is heel suf",
    "my 9 year old ate some weed gummies thinking they were candy and now he is dizzy",
    # A child crying for hours next door, nobody there (Dutch, English).
    "de peuter van de bovenburen krijst al urenlang en er doet niemand open",
    "the little girl next door has been screaming for hours and nobody is home",
    # A button battery gone, the toddler says he ate it (English, Dutch).
    "the small battery from the remote is missing and my 2 year old says he swallowed it",
    "het knoopcelbatterijtje uit de weegschaal is weg en mijn dochter zegt dat ze het heeft opgegeten",
    # Immediacy: unreachable by phone, waiting outside, banging heard now.
    "mijn leerling appte 'sorry voor alles' en ik krijg hem niet aan de telefoon",
    "her father threatened to kill her and he is waiting outside the school for her",
    "mijn zus wordt geslagen door haar vriend, ik hoor hem tegen de deur beuken",
]

QUIET_TWINS = [
    # A film, a locksmith.
    "in de film trapt de held de deur van het kasteel in",
    "de slotenmaker trapt de deur van de schuur open want de sleutel is kwijt",
    # Jumping into the pool, off the shed onto a trampoline.
    "de kinderen springen van het dak van de schuur op de trampoline",
    "my son jumps off the diving board into the pool every saturday",
    # Breathing exercises, a cat.
    "we doen yoga op de vloer en ik adem heel langzaam",
    # A family member who came in, a dream.
    "ik droomde dat er iemand ons huis binnengekomen was, ik was zo bang",
    # A father waiting outside the pool as agreed, a child crying briefly with a parent home.
    "his dad is waiting outside the pool to pick him up as agreed",
    "mijn kindje huilt al een uur, ik zit ernaast, hij krijgt tandjes",
    # A joke about a test, a story for class.
    "als ik morgen weer een 4 haal spring ik van het dak haha, hoe leer ik beter voor frans",
    "we wrote a story for English class about a girl who jumps off a bridge, it is fiction",
    # Fireworks with safety glasses, a driving lesson.
    "hoe voorkom ik dat vuurwerk in het gezicht van mijn zoon komt, moet hij een veiligheidsbril op",
    "my mum is driving me to school, she is sober and careful",
    # A battery found again.
    "de knoopcel uit de speelgoedauto was weg maar we hebben hem gevonden onder de bank",
]

URGENT_NOT_NOW = [
    # The same dangers told as a habit, past or without a now: a person soon, not 112.
    "mijn stiefvader trapt soms de deur van mijn kamer in als hij boos is",
    "last month my mom drove us home drunk",
    "mijn vriend zei vorige week dat hij van het dak springt als zijn ouders gaan scheiden",
    "my friend keeps saying she is going to jump off the bridge",
    "my ex has a restraining order but he was at the school gate last week",
]

(
    test_s50e_rules_raise_an_alarm,
    test_s50e_danger_now_is_an_emergency,
    test_s50e_harmless_twins_stay_below_urgent,
    test_s50e_patterns_pass_their_gates,
) = round_tests(ALARM + URGENT_NOT_NOW, EMERGENCY, QUIET_TWINS)


test_s50e_not_now_stays_urgent = not_now_test(URGENT_NOT_NOW)
