"""Safety triage, round fa23: harmless messages that older rules raised to urgent, each now guarded by an
``unless`` entry on the rule that fired, naming the harmless reason and stopping at the danger: shaking with
excitement after a sweet from the bowl at a party (substance_unwell); a cat that gets no scraps from the table
and a picky eater who never gets food he likes (indirect_neglect); a son afraid to hurt himself on the
trampoline (self_harm); a football team that gives the opponent "een pak slaag" (hitting); "ik mag het aan
niemand vertellen want het is een verrassing" (disclosure, r3_sexual_everyday); bruises on the legs from
hockey (violence); a boyfriend who checks the phone for the charger (r4_coercive_control). Each with a
dangerous twin in the same words that must stay urgent. Not guarded: weeks of barely eating with a stomach bug
and nearly fainting (a health danger whatever the cause) and a husband who won't let her see the doctor alone
(the coercive-control sign itself, whatever the writer calls it)."""

from tests.test_intents_safety import round_tests

ALARM = [
    # Shaking after something taken at a party, with another sign or a "maar".
    "op het feest heeft ze iets genomen uit de snoeppot en trilt ze en is ze heel verward",
    "op het feest heeft ze iets uit de snoeppot genomen en trilt ze van opwinding, maar ze is ook misselijk",
    # Never gets food from an adult; a pet's table scraps told with the children's hunger; a picky eater's
    # complaint with hunger.
    "hij krijgt nooit eten van zijn stiefmoeder",
    "mijn kat krijgt nooit eten van tafel en wij krijgen thuis ook nooit eten",
    "hij krijgt nooit eten dat hij lekker vindt, alleen oud brood, en heeft altijd honger",
    # Hurting himself on purpose.
    "mijn zoon doet zichzelf expres pijn op de trampoline",
    "mijn zoon is bang dat hij zichzelf pijn doet op de trampoline, maar hij doet het expres",
    # A trainer who beats a son.
    "de trainer van ons voetbalteam geeft mijn zoon soms een pak slaag",
    # Secrecy about what an uncle does.
    "mijn oom zegt dat ik het aan niemand mag vertellen wat hij met me doet",
    "mijn oom zegt dat ik het aan niemand mag vertellen want het is een verrassing, maar hij raakt me aan",
    # Bruises and a father who kicks.
    "ik zie blauwe plekken op zijn benen, hij zegt dat papa hem schopt",
    "ik zie blauwe plekken op zijn benen van het hockey zegt hij, maar papa schopt hem",
    # A boyfriend who checks whom she talks to.
    "mijn vriend checkt steeds mijn telefoon of ik met andere jongens app",
    "mijn vriend checkt steeds mijn telefoon of de oplader erin zit, maar eigenlijk leest hij mijn berichten",
]

QUIET_TWINS = [
    # Shaking with excitement.
    "op het feest heeft ze iets genomen uit de snoeppot en trilt ze van opwinding",
    # No scraps for the cat; a picky eater.
    "mijn kat krijgt nooit eten van tafel",
    "hij krijgt nooit eten dat hij lekker vindt, alleen groente",
    # Afraid of an accident on the trampoline.
    "mijn zoon is bang dat hij zichzelf pijn doet op de trampoline",
    # A big win.
    "ons voetbalteam geeft de tegenstander soms een pak slaag",
    # A surprise.
    "mijn oom zegt dat ik het aan niemand mag vertellen want het is een verrassing",
    # Bruises from hockey.
    "ik zie blauwe plekken op zijn benen van het hockey, hij is gewoon onhandig",
    # The charger.
    "mijn vriend checkt steeds mijn telefoon of de oplader er goed in zit, want mijn batterij is vaak leeg",
]


# No danger now among these: the round's emergency check, which would have nothing to check, is left out.
(
    test_fa23_rules_raise_an_alarm,
    _,
    test_fa23_harmless_twins_stay_below_urgent,
    test_fa23_patterns_pass_their_gates,
) = round_tests(ALARM, [], QUIET_TWINS)
