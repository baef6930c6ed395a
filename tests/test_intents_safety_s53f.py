"""Safety triage, round s53 part F: no new family. Round s52's parts had their lines by set, not by family,
and wrote some families twice or three times; here each is folded into one signal or one lowering, and the
sentences below pin what the fold must keep, in particular those only one of the old copies caught: an adult
who drank and has just driven off with children or wants to drive off with a child now (Dutch, English); a
fall or a bump on the head followed by drowsiness, vomiting, strange eyes or no reaction, the signs told in
the same sentence or the next (learner Dutch, Dutch, English); a young child crying or alone on a balcony for
hours or with no one home (Dutch, English); a goodbye to everyone (Dutch, English, Ukrainian, Polish); and the
lowerings of a danger over and dealt with, of bruises with an everyday cause and of consensual sexting between
peers, each now listed under one name by every signal that listed either copy."""

from tests.test_intents_safety import gated_matches, not_now_test, round_tests

ALARM = [
    # A goodbye to everyone, no now (Dutch, English, Ukrainian; Polish with "nie odbiera" straight after it,
    # which the Dutch and English copy's negation would have cancelled).
    "mijn vriendin zette 'laatste keer dat jullie me zien' op snapchat",
    "my brother messaged everyone a goodbye last night and won't answer",
    "мій син прощається з усіма в чаті і пише вибачте",
    "syn żegna się ze wszystkimi nie odbiera i pisze przepraszam",
    # A danger told as over, but begun again; bruises with an adult's word for them; nudes used as a threat.
    "vorig jaar sloeg mijn ex me, we hebben hulp gehad, maar nu slaat hij me weer",
    "mijn zoon van 1 heeft blauwe plekken op zijn benen, mijn vriend zegt dat hij tegen de tafel viel",
    "mijn zoon van 15 en zijn vriendin hebben elkaar naaktfoto's gestuurd en nu dreigt zij ze rond te sturen",
]

EMERGENCY = [
    # A drunk adult who has just driven off with children (the words of one copy) or wants to drive off now
    # (of the other), and one that neither copy caught: a drunk word of one with a pattern of the other.
    "de oppas heeft veel wijntjes op en is net met de kinderen achterin weggereden",
    "his mum is tipsy and is trying to drive her toddler home",
    "opa is ladderzat en wil met de baby naar huis rijden",
    "he is wasted and just drove off with his son in the car",
    # A fall or a bump followed by head injury signs: the signs alone with a head (one copy), strange eyes
    # (one copy), the signs in the next sentence (one copy), a fall in one copy's word order with the signs in
    # the next sentence (none).
    "hij stootte zijn hoofd hard tegen de tafel en nu is hij suf en spuugt",
    "mijn dochter is van de commode gerold en kijkt heel raar uit haar ogen",
    "baby valt van bed op de vloer. nu slaapt hij heel veel en geeft over",
    "mijn zoon van 1 is van de commode gevallen. nu is hij heel suf en reageert nauwelijks",
    "my toddler fell off the bunk bed. she is very drowsy and keeps throwing up",
    # A young child alone on a balcony for hours (one copy) or with no one home (the other), and for hours
    # with a question after it, which the other copy's "how can" kept quiet.
    "het meisje van de overburen zit al twee uur alleen op het balkon te huilen",
    "de kleuter van hiernaast gilt op het balkon en er is niemand thuis",
    "the toddler upstairs is crying alone on the balcony, I don't think anyone is home",
    "a kid has been crying alone on the balcony for hours, how can I help",
    # A goodbye to everyone on a bridge now (Ukrainian).
    "моя подруга зараз на мосту і прощається з усіма",
]

QUIET_TWINS = [
    # Driving with the children: sober, a taxi.
    "opa is nuchter en wil met de baby naar huis rijden",
    "she is sober and just drove off with the kids to school",
    "we hebben gedronken dus we laten de auto staan en nemen een taxi met de kinderen",
    # A fall: playing again after being sick once (the next sentence), a fall last week, a stomach bug the day
    # after a fall, a cry and playing on.
    "ze viel van de glijbaan. een keer gespuugd, maar nu speelt ze weer vrolijk",
    "my son fell off his bike last week, he was sick after but is totally fine now",
    "mijn zoon viel gisteren van de bank, vandaag heeft hij buikgriep en spuugt hij",
    "mijn dochter van 3 viel van het klimrek, ze huilde even en speelt nu gewoon verder",
    # A balcony: children playing, a dog, questions how to secure it, a toddler playing while a parent cooks.
    "de kinderen spelen al uren op het balkon met krijtjes",
    "de hond van de buren zit al uren alleen op het balkon te janken",
    "hoe beveilig ik het balkon zodat mijn peuter er veilig alleen kan zijn als niemand kijkt",
    "how do I childproof the balcony so my toddler is safe alone out there",
    "my toddler is playing alone on the balcony with bubbles while I cook",
    # A goodbye: negated, a haircut, a move, not said (Ukrainian). (Polish "żegna się ze wszystkimi" is raised
    # by the older pl_suicidal_words whatever follows.)
    "dit is niet de laatste keer dat jullie me zien, ik kom volgend jaar terug",
    "this is not the last time you will see me lol",
    "last time you will see me with long hair, haircut tomorrow",
    "син прощається з усіма, бо ми переїжджаємо",
    "він не прощається з усіма, просто виходить з чату",
    # Over and dealt with: the one copy's words for a signal that listed only the other copy (sexual abuse;
    # grooming and exploitation).
    "vorig jaar is mijn dochter misbruikt door een oom, de zaak is afgesloten en ze woont nu veilig bij ons",
    (
        "twee jaar geleden is mijn zoon uitgebuit door een loverboy, hij heeft therapie gehad en alles is nu "
        "rustig"
    ),
    # Bruises with an everyday cause: learning to walk, a bleeding disorder in the paediatrician's letter.
    "mijn dochter van 1 heeft een blauwe plek op haar voorhoofd, ze leert lopen en valt tegen de salontafel",
    "mijn zoon heeft blauwe plekken op zijn benen, hij heeft ITP, dat staat in de brief van de kinderarts",
    # Sexting between peers without coercion, not spread (Dutch, English).
    "mijn zoon van 15 en zijn vriendin hebben elkaar naaktfoto's gestuurd, niemand werd gedwongen",
    "our daughter (15) and her boyfriend (15) sent photos to each other willingly, nothing was forwarded",
]

URGENT_NOT_NOW = [
    # The same dangers told as past or without a now: a person soon, not 112.
    "vorige week is mijn ex dronken weggereden met de kinderen",
    "moja córka żegna się ze wszystkimi na instagramie i pisze, że nie chce już żyć",
    "mijn vriendin zette 'laatste keer dat jullie me zien' op snapchat, wat moet ik doen",
    # A drowsy baby who is sick after the bottle, a fall denied: a health worry (urgent), no head injury.
    "de baby is suf en spuugt een beetje na de fles, hij is niet gevallen",
]

(
    test_s53f_rules_raise_an_alarm,
    test_s53f_danger_now_is_an_emergency,
    test_s53f_harmless_twins_stay_below_urgent,
    test_s53f_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)

test_s53f_not_now_stays_urgent = not_now_test(URGENT_NOT_NOW)


def test_s53f_guards_pass_their_gates() -> None:
    """The folds' guards (a requires_message that holds only for the Ukrainian and Polish goodbye, a
    message-level requirement that no sentence tells the child plays again) run wherever they match."""
    assert gated_matches(ALARM + EMERGENCY + QUIET_TWINS + URGENT_NOT_NOW, guards=True) > 0
