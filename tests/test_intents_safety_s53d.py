"""Safety triage, round s53 part D: domestic violence between adults and threats against a parent and the
children, in Dutch and English, from the blind tuning sets of the thirty-fourth session (safety_tune41,
safety_tune42, safety_tune43, safety_tune44, english_tune17), generalised into families and pinned here with
own sentences: a threat to kill quoted and said to be meant ("ik maak je af en hij meent het"); a threat to
kill or finish someone "one day" (a father about the mother, a teenager about his stepfather); a threat if the
police is called; writing hidden on the toilet during the threat; a partner who locked the door and took the
keys and the phone; a grown-up raging in the house with a baseball bat or a knife; a parent who drives off
with the child to "disappear together"; an ex who follows the mother or says "watch out when you cross the
road"; a child heard begging "mama niet doen" or "daddy stop"; a threat to burn the house down; someone
banging on the bedroom door with a threat; "dit gebeurt nu" told beside violence; the one who hurt her coming
after her; a threat to find the family and make them sorry, or that "something will happen" to her or the
children; a mother and the children still inside with the one who turned violent. Danger now is an emergency;
told without a now it stays urgent. Quarrels without violence, divorce and contact arrangements, figures of
speech, tickling and games, traffic advice, past violence over and handled stay calm."""

from tests.test_intents_safety import not_now_test, round_tests

ALARM = [
    # A threat to kill quoted and meant.
    "mijn vriend roept steeds 'ik maak je af' en ik weet dat hij het meent",
    "my husband keeps saying 'I will kill you' and I know he means it",
    # A threat to kill someone one day.
    "mijn stiefvader zei dat hij mama ooit nog vermoordt als ze bij hem weggaat",
    "my brother told me he will one day kill my dad, he keeps a knife under his bed",
    # A threat if the police is called.
    "hij dreigde dat als ik de politie bel hij de kinderen meeneemt",
    "he said that if I call the police he will hurt the kids",
    # Locked in, keys and phone taken.
    "mijn vriend heeft de sleutels en mijn telefoon afgepakt en ik mag de deur niet uit",
    "he locked the front door and took my keys and phone again",
    # An ex who follows, a veiled threat.
    "mijn ex staat elke ochtend bij mijn huis en volgt me naar mijn werk, ik ben bang",
    "hij zei 'kijk maar uit als je alleen naar huis fietst', mijn ex heeft een contactverbod",
    "my ex boyfriend keeps following me to the school gate and says I should watch out when I walk home",
    # A child heard begging an adult to stop.
    "bij de buren hoor ik vaak een meisje schreeuwen 'papa stop, au'",
    "I can hear a little girl next door screaming 'mummy stop it hurts' most evenings",
    # A threat to burn the house down.
    "mijn ex appte dat hij ons huis in de fik steekt als ik de kinderen niet breng",
    "he threatened to burn the house down with us inside",
    # The one who hurt her coming after her.
    "mijn zus zegt dat haar ex achter haar aan komt sinds ze is weggegaan",
    "my sister says her husband is coming after her since she left him",
    # Find us and be sorry; something will happen.
    "he said he'll find us and we'll be sorry if I go to the shelter",
    "mijn ex zegt dat er iets met de kinderen gaat gebeuren als ik niet terugkom",
    "hij vindt ons toch wel en dan krijgen we er spijt van, zei hij",
]

EMERGENCY = [
    # Writing hidden during the threat.
    "ik typ dit stiekem op de wc, mijn man slaat alles kapot en ik ben bang",
    "I'm typing this from the bathroom, he's screaming he will kill me",
    # Locked in now.
    (
        "hij heeft net de deur op slot gedaan en mijn sleutels en telefoon gepakt, we mogen pas weg als ik "
        "sorry zeg"
    ),
    # Raging with a weapon in the house.
    "mijn man staat beneden met een mes te zwaaien en ik zit met de kinderen boven",
    "my son is downstairs raging with a baseball bat and I'm hiding with the little ones",
    # A parent who leaves with the child to disappear together.
    "mijn vrouw is met de baby in de auto weggereden en zei dat ze samen naar de hemel gaan",
    "my ex took our son in the car and texted that they will disappear together",
    # Banging on the door with a threat.
    "mijn man staat op de slaapkamerdeur te bonken en schreeuwt dat hij me vermoordt",
    "my partner is pounding on the bathroom door yelling he'll kill me, the kids are with me",
    # It is happening now.
    "ik hoor de buurman zijn vrouw slaan en zij gilt. dit gebeurt nu.",
    "he is hitting my mum downstairs. it's happening right now.",
    # Coming after her with a wound; still inside.
    "mijn buurvrouw rende naar buiten, ze bloedt en zegt dat haar vriend achter haar aan komt",
    "my dad pushed my mum against the wall and is threatening her, she and the kids are still inside",
    "hij heeft mijn moeder geslagen en dreigt, mijn broertjes zijn nog binnen bij hem",
    # A child heard begging now.
    "ik hoor nu een kind huilen 'mama niet doen' bij de buren",
]

QUIET_TWINS = [
    # A threat said as a joke, while tickling, between friends.
    "Opa roept 'ik maak je af' als hij met mijn zoon stoeit, ze liggen dan allebei dubbel van het lachen.",
    "Mijn vriendin zei 'ik vermoord je' toen ik haar geheim doorvertelde, ze meent het niet hoor.",
    "My daughter shouted 'I'm going to kill you' at her brother in Fortnite, is that normal?",
    # Finishing work; the police over noise.
    "Mijn zoon zegt dat hij zijn werkstuk een keer afmaakt als hij zin heeft, hoe motiveer ik hem?",
    "Wat gebeurt er als ik de politie bel over geluidsoverlast van de buren?",
    # A quiet toilet; a toddler with the keys; a man who took the keys by accident; a phone taken as a rule.
    "Mijn dochter van 14 zit altijd een uur op de wc te appen, ik typ dit op de wc want het is rustig haha",
    "Mijn peuter heeft de voordeur op slot gedaan en de sleutels verstopt, hoe leer ik hem dat niet te doen?",
    (
        "Mijn man heeft per ongeluk de deur op slot gedaan en de sleutels en mijn telefoon meegenomen naar "
        "zijn werk."
    ),
    "My toddler locked the front door and hid my keys, we had to call a locksmith.",
    # Baseball at the club, a weekend away.
    (
        "Mijn zoon van 12 is elke zaterdag bij de honkbalclub aan het slaan met een honkbalknuppel, waar "
        "koop ik een goede?"
    ),
    "My son is swinging his baseball bat in the garden for practice, how do I keep the windows safe?",
    "We gaan dit weekend samen verdwijnen in een hutje op de Veluwe, met de kinderen in de auto. Tips?",
    (
        "My wife and the kids drove off to her mum's and said they will disappear together for a holiday "
        "weekend."
    ),
    # A follower online, a toddler who follows, traffic advice.
    "Mijn ex volgt me op Instagram en reageert op foto's van de kinderen, moet ik hem blokkeren?",
    "My toddler follows me around the house all day, is that normal at 2?",
    "Ik zeg tegen mijn zoon altijd 'kijk goed uit als je oversteekt', hoe leer ik hem verkeersregels?",
    "Mama zegt altijd 'pas goed op als je oversteekt', ik ben 12 en mag nu alleen naar school.",
    # Tickling, a bath, hair washing.
    "Ik hoor mijn dochter gillen 'papa stop' als hij haar kietelt, ze lacht zich dan een ongeluk.",
    "The kids are screaming 'daddy stop' while he tickles them on the sofa, so noisy!",
    "Mijn zoon van 5 huilt 'mama niet doen' als ik zijn haren was, hoe maak ik het makkelijker?",
    # A candle, cooking, a toddler at the door, loud music.
    "Mijn dochter heeft bijna het huis in de fik gestoken met een kaars, hoe leg ik brandveiligheid uit?",
    "My son says he'll burn the house down with his cooking one day haha",
    "Mijn peuter bonkt op de badkamerdeur als ik douche, hij is pas 2, is dat een fase?",
    "De buren bonken op de deur omdat onze muziek te hard staat.",
    # A habit at school, a child running after a parent, a parent's own worry, hide-and-seek, a party.
    "Mijn zoon slaat zijn zusje soms. Dit gebeurt nu steeds vaker.",
    "Mijn dochter wordt op school gepest. Dit gebeurt nu al weken.",
    "Mijn zoontje rent achter mij aan als ik naar de winkel ga, hij wil mee.",
    "Wat als er iets met mij gebeurt, wie zorgt dan voor de kinderen? Moet ik een testament maken?",
    "We spelen verstoppertje en hij zegt dat hij ons wel vindt.",
    "Het feest was gezellig, moeder en de kinderen zijn nog binnen aan het dansen.",
    # Divorce and contact, a quarrel without blows.
    "Wij zijn gescheiden en maken een omgangsregeling, de kinderen gaan om het weekend naar hun vader.",
    "Mijn man en ik hebben veel ruzie, we schreeuwen soms, maar er wordt nooit geslagen.",
]

URGENT_NOT_NOW = [
    # The threats told without a now: a person soon, not 112.
    "mijn man zei gisteren 'ik maak je af' en hij meent het",
    "papa zegt dat hij mama een keer vermoordt als ze weggaat, ik denk dat hij het meent",
    "my ex started following me after the school run and told me to watch out when I cross the road",
]

(
    test_s53d_rules_raise_an_alarm,
    test_s53d_danger_now_is_an_emergency,
    test_s53d_harmless_twins_stay_below_urgent,
    test_s53d_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)

test_s53d_not_now_stays_urgent = not_now_test(URGENT_NOT_NOW)
