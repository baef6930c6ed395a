"""Safety triage, round s52 part G: false alarms the rules raised in the blind tuning sets of the thirty-third
session (safety_tune39, safety_tune40, topic_tune25, parents_tune19, everyday_tune13), calm messages from
parents, bystanders and newcomers, generalised into families and pinned here with own sentences: a parent who
asks how to talk with a child about suicide, or what a word means that a child asked about; a question how to
recognise the signs of abuse, neglect or grooming (Dutch, English, Polish, Ukrainian, Arabic); a quoted threat
explained as a way of talking, a saying or a tickling joke (Dutch, English, Polish); a danger that is over and
dealt with (treatment or help had, well or calm now) and a father beaten long ago who will not beat his own
child; a suicide attempt of a classmate of the writer's child; bruises of a toddler learning to walk, of a
child with epilepsy who falls (Arabic), of siblings who fight (Polish); sexting between peers without
coercion; the police come and gone, or called over a fake prank; magnets counted after all, a swallowed coin
passed long ago; a boy who kicks his door over the wifi; a cousin marriage chosen in love; at what age a child
may play outside alone; neglect as it would be called back home or for fries and dust; a bare "het doet me
pijn"; a parent's "ik kan die puber wel wurgen"; a young child who hits, a stepchild who breaks things; a
child who saw a stabbing; a child afraid to sleep over; a landlord's notice for next month; a piece on
self-harm read. The dangers each tightened signal must still catch stay in ALARM."""

from tests.test_intents_safety import not_now_test, round_tests

ALARM = [
    # A young person's own thoughts, to be talked about with a parent (talk lowering: not with a parent).
    "hoe praat ik met mijn moeder over mijn zelfmoordgedachten, ik heb ze elke dag",
    "how do I talk to my parents about wanting to kill myself",
    # A signs question with a told case (signs lowering: not when someone told it).
    "wat zijn signalen van mishandeling, mijn buurmeisje zei dat haar vader haar slaat",
    # A threat with a weapon or meant, though called a way of talking.
    (
        "mijn man zegt 'ik maak je af' en vorige week pakte hij een mes, zijn moeder zegt dat het zijn "
        "manier van praten is"
    ),
    "my husband says 'I will kill you' and he means it, his mother calls it a figure of speech",
    # Past violence with help had, but begun again.
    "twee jaar geleden sloeg mijn ex me, we hebben hulp gehad maar sinds kort slaat hij me weer",
    "vorig jaar heeft mijn dochter zichzelf gesneden, ze heeft therapie gehad, maar ze snijdt zichzelf weer",
    # Blows told in the present beside a past and "it mostly goes well"; a stick over bad marks (Arabic).
    (
        "mijn zus schrijft dat haar man haar soms slaat, vorige week had ze een blauw oog, ze zegt dat het "
        "meestal goed gaat"
    ),
    "أمي تضربني بالعصا لما أجيب علامات سيئة",
    # Nudes between teenagers used to threaten.
    (
        "mijn dochter van 14 en haar vriendje hebben elkaar naaktfoto's gestuurd en nu dreigt hij ze "
        "rond te sturen"
    ),
    # Bruises with a named adult.
    "mijn zoon van 1 heeft blauwe plekken op zijn armen en mijn vriend zegt dat hij gevallen is",
    # Hitting by an adult, a stepfather who breaks things.
    "my husband hits me when our 6 year old is asleep",
    "mijn stiefvader maakt dingen kapot als hij boos is en ik ben bang",
    # The police called over violence.
    "de buurman belde de politie omdat mijn vader mijn moeder sloeg",
    # A cousin marriage forced.
    "mijn dochter van 17 moet met haar neef trouwen, anders wordt de familie boos",
    # The writer's own child stabbed.
    "mijn zoon is gisteren bij het winkelcentrum neergestoken door een jongen uit zijn klas",
    # Children left alone.
    "mijn buurvrouw laat haar kinderen van 3 en 5 elke avond alleen thuis",
]

EMERGENCY: list[str] = []

QUIET_TWINS = [
    # How to talk with a child about suicide, what a word means.
    "Hoe praat ik met mijn zoon van 12 over zelfmoord? Een buurjongen is vorige maand overleden.",
    "How should I talk to my 13 year old about suicide after a classmate died?",
    "hoe begin ik een gesprek over zelfmoordgedachten met mijn tiener",
    "My 9 year old asked what 'rape' means after she heard it on the radio. How do I answer?",
    # Signs questions with no case.
    "Wat zijn signalen dat een kind verwaarloosd wordt? Ik ben net begonnen als overblijfmoeder.",
    "Welke tekenen kunnen wijzen op grooming bij tieners? Ik ben jeugdtrainer bij de hockeyclub.",
    "How can I recognise signs of sexual abuse in young children? I am a new childminder.",
    "Jak rozpoznać przemoc wobec dziecka? Pracuję jako opiekunka w przedszkolu.",
    # A quoted threat explained as a saying or a joke.
    (
        "Mijn moeder zei vroeger altijd 'ik sla je tot moes', dat was een uitdrukking bij ons, ze heeft "
        "ons nooit een vinger uitgestoken. Nu zeg ik het tegen mijn zoon en de juf schrok."
    ),
    (
        "My mother always said 'I'll kill you' when we were late, it's just how she talks, she never "
        "laid a finger on us. Now I say it to my son and his teacher frowned."
    ),
    (
        "Mówię córce 'zabiję cię, jak zgubisz klucze', to takie powiedzenie. Czy nauczycielka może to "
        "źle odebrać?"
    ),
    (
        "Opa roept altijd 'ik maak je dood' tegen mijn zoon van 4 en dan lag hij dubbel van het "
        "kietelen. Is dat een probleem voor de opvang?"
    ),
    # Over and dealt with.
    (
        "Drie jaar geleden sloeg mijn ex me, we hebben hulp gehad en alles is nu rustig. Hoe vertel ik "
        "het aan mijn dochter van 8?"
    ),
    (
        "Three years ago my ex hit me; we had therapy and the kids are doing well now. How do I explain "
        "it to them?"
    ),
    (
        "Een jaar geleden deed mijn zoon een zelfmoordpoging. Hij heeft behandeling gehad en het gaat "
        "nu goed. Is er een oudergroep?"
    ),
    (
        "In mijn jeugd sloeg mijn vader ons. Nu ik zelf moeder ben wil ik niet zo doen, hoe geef ik "
        "grenzen zonder slaan?"
    ),
    # A classmate's attempt.
    "Een vriendin van mijn dochter heeft een zelfmoordpoging gedaan. Hoe steun ik mijn dochter?",
    # Everyday bruises.
    (
        "Mijn dochter van 1 heeft blauwe plekken op haar voorhoofd want ze leert lopen en stoot steeds "
        "tegen de salontafel."
    ),
    "Synowie (4 i 6) ciągle się biją i starszy ma siniaka na nodze. Czy to normalne między rodzeństwem?",
    # Sexting between peers without coercion.
    (
        "Mijn dochter van 15 en haar vriendje van 15 hebben elkaar foto's in bikini gestuurd, niemand "
        "werd gedwongen. Moet ik ingrijpen?"
    ),
    # The police come and gone, a prank.
    "Dank je, de politie is geweest en we zijn nu veilig.",
    "Mijn zoon van 11 maakte met vrienden een nep-overval filmpje en een buurvrouw belde de politie.",
    # Magnets counted, a marble passed long ago.
    "We dachten dat onze zoon een magneetje had ingeslikt, maar we hebben ze geteld en ze zijn er allemaal.",
    (
        "Twee weken geleden slikte mijn dochter van 3 een knikker in, die is er na een paar dagen "
        "gewoon uitgekomen."
    ),
    # A door kicked over the tablet.
    "mijn zoon van 12 wordt boos als ik de tablet afpak en schopt tegen de deur van zijn kamer",
    # A cousin marriage in love; at what age alone outside; neglect in words.
    "mijn dochter 19 gaat met haar neef trouwen, ze zijn verliefd en iedereen is blij. Mag dat hier?",
    "vanaf welke leeftijd mag een kind alleen buiten spelen in Nederland?",
    (
        "Back home leaving a child of 6 alone at the playground would be considered neglect. Is it "
        "different here?"
    ),
    "Mijn moeder vindt dat ik mijn kinderen verwaarloos omdat ze soms chips eten bij de tv. Heeft ze gelijk?",
    # Hurt feelings; a parent's exaggeration.
    "Hoe reageer ik als mijn zoon van 5 zegt dat hij me stom vindt? Het doet me echt pijn.",
    "ik kan die dochter van me soms wel wurgen, ze appt de hele avond en doet niks in huis",
    # A young child who hits, a stepchild who breaks things.
    "My 5 year old started hitting me when I say no to sweets. Is that normal?",
    "mijn pleegdochter van 7 maakt steeds speelgoed kapot van haar zusje, hoe reageer ik",
    # A child who saw a stabbing, afraid to sleep over, a landlord's notice, a piece read.
    "mijn dochter was erbij toen een man werd neergestoken op het plein, ze slaapt slecht sindsdien",
    "mijn zoon wil niet logeren bij opa want hij is bang dat hij niet terugkomt",
    "de huisbaas zet ons eruit over twee maanden, we hebben 3 kinderen, waar moeten we heen",
    "Ze had een schram van de kat, maar ik schrok omdat ik net een artikel over zelfbeschadiging las.",
]

URGENT_NOT_NOW = [
    # The dangers still told, without a now: a person soon, not 112.
    "vorig jaar sloeg mijn ex me, we hebben hulp gehad maar hij dreigt nog steeds",
    "mijn man dreigt dat hij me vermoordt en hij meent het, ik ben bang",
    "twee jaar geleden deed mijn dochter een zelfmoordpoging en sinds kort zegt ze weer dat ze dood wil",
]

(
    test_s52g_rules_raise_an_alarm,
    test_s52g_danger_now_is_an_emergency,
    test_s52g_harmless_twins_stay_below_urgent,
    test_s52g_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)

test_s52g_not_now_stays_urgent = not_now_test(URGENT_NOT_NOW)
