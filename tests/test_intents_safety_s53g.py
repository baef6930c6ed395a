"""Safety triage, round s53 part G: false alarms and over-escalation the rules raised in the blind tuning
sets of the thirty-fourth session (safety_tune41-44, youth_tune29, long_tune17, english_tune17,
parents_tune20), generalised into families and pinned here with own sentences.

False alarms (calm messages read as urgent or emergency): a quoted threat the writer explains as not meant
(said laughing, a joke, a meme, "ze meent het niet", a parent's "I'm going to kill my son, he put my phone
in the washing machine"; Dutch, English, Turkish); a child's "I want to die" over a no or a lost game,
called drama; suicide denied when asked; a friend of one's child who talks about suicide or cuts herself,
and whether one's child does it; a past danger over and dealt with (a conviction, no contact any more, help
that helped; Dutch, English, Arabic); what counts as neglect or self-harm, how to respond as a teacher, "van
verwaarlozing is geen sprake"; a young adult of 19 or older without a home; a stabbing seen, not suffered;
"ik wil niet meer ... naar die school bedoel ik"; a swimsuit photo sent to a peer; a parent abused as a
child who wants help not to repeat it; a young child playing with dolls that daddy hits mummy; harmless
look-alikes (a surprise "ontvoering", a knife carried but nobody threatened, a fake account, a parent in a
clinic kept secret, scars from a dog bite, scratches from a kitten or brambles, a fine one dares not bring
home, kicked out of a squad, shut out on the schoolyard, eyes squeezed shut, a fork banged on a plate, a
cold shower against the heat).

Over-escalation (emergency without a danger now, or harmless 112): pills for a headache or for blood
pressure (Dutch, English, Polish), "overdosed on Peppa Pig", "ik ga het vanavond doen, de taart bakken", a
farewell letter written "voor als ik zak", a conditional threat to self-harm, a knife grabbed once before, a
knife waved last week, a weapon shown before, a swallowed battery treated and well, burns that look like
cigarette burns, a panic attack without air told as a habit, checking whether one bleeds, Arabizi "2atel
7ali bel shoghl" (working oneself to death), and now-words that do not make the danger now: Arabic "بعد
الآن" (any more), "nu wil hij 200 euro", "now he's asking", "by tonight", "we zitten nu bij een vriendin".
The dangers each tightened signal must still catch stay in ALARM."""

from tests.test_intents_safety import not_now_test, round_tests

ALARM = [
    # A threat meant: a weapon, a blow, fear (Dutch, English, Turkish).
    "mijn vriend zei 'ik vermoord je' en hij meent het echt, hij had een mes bij zich",
    "my husband says he'll kill me, he says it's a joke but he hit me last week",
    "babam seni öldüreceğim dedi ve beni dövdü",
    "babam seni öldürürüm dedi ve bıçak aldı",
    # A wish to die that lasts, or with a means.
    "mijn dochter zegt 'ik wil dood' als ze naar school moet, al weken, ik denk niet dat het drama is",
    (
        "my son says he wants to die whenever he loses a game, I thought it was drama but now he is "
        "cutting himself"
    ),
    # Denial taken back.
    "ik heb gevraagd of hij aan zelfmoord denkt en hij zei nee, maar soms wel",
    "she says she has no thoughts of harming herself but she is cutting again",
    # The child's own doing, told by a friend.
    "mijn dochter van 14 snijdt zichzelf, haar vriendin vertelde het mij",
    "My son talks about suicide all the time, his friend told me",
    # The past danger begun again (Dutch, English, Arabic).
    "Vorig jaar sloeg mijn ex me, hij is veroordeeld, maar nu slaat hij me weer",
    "Two years ago my ex beat me, we had help, but he still threatens me",
    "السنة الماضية زوجي ضربني، أخدنا مساعدة بس لسا بيضربني",
    # A case told with the question what it is.
    "Mijn dochter snijdt zichzelf met een mesje, is dat al zelfbeschadiging of een fase?",
    "my son cuts his arms every night, is that self harm or just attention seeking?",
    # A minor without a home.
    "ik ben 16 en dakloos, mn moeder heeft me eruit gezet",
    "my parents kicked me out, I'm 16 and have nowhere to go",
    # Stabbed or beaten oneself.
    "Mijn zoon werd vorige week neergestoken bij het station.",
    "Mijn zoon is gisteren geslagen door een groep jongens.",
    # Not wanting to live, meant.
    "ik wil niet meer leven, ik bedoel ik wil echt dood",
    "I don't want to be alive anymore, I mean it",
    # A swimsuit photo used to threaten, or to an adult.
    "ik heb een foto van mezelf in bikini naar een man gestuurd en nu dreigt hij hem rond te sturen",
    "I sent a picture of myself in a bikini to a guy who is 25 and now he wants more",
    # Abused as a child, and hitting the child now.
    "ik ben zelf als kind geslagen en ik sla mijn zoon ook als hij niet luistert",
    "Ik ben zelf als kind mishandeld. Gisteren heb ik mijn dochter geslagen.",
    "I was beaten as a child and I hit my daughter yesterday",
    # What the child says happens at home.
    "mijn dochter van 5 zegt dat papa mama slaat als ik er niet ben",
    "papa slaat mama en mijn zoontje speelt het na met zijn poppen",
    # Look-alikes that are the danger.
    "mijn ex dreigt de kinderen te ontvoeren naar zijn land",
    "een jongen heeft mij bedreigd met een mes",
    "een man stuurt mij rare berichten op snapchat en wil afspreken",
    "mijn oom doet dingen bij mij en ik mag het aan niemand vertellen",
    "ze heeft littekens op haar armen, ze zegt van de kat maar ik zag een mesje",
    "ze heeft haar armen vol krassen, ze zegt van de kitten maar ik zag een mesje",
    "ik durf niet naar huis met mijn rapport, mijn vader slaat me dan",
    "mijn vriend knijpt me zo hard dat ik blauwe plekken heb",
    "hij sloeg met zijn vuist op tafel en daarna sloeg hij mij",
    # Polish pills taken to die, a child who swallowed grandma's pills; Polish self-harm.
    "Wzięłam wszystkie tabletki na ciśnienie, chcę umrzeć",
    "Mój syn połknął tabletki na ciśnienie babci",
    "Moja córka się pocięła wczoraj",
    # A fine brought home after a beating last time; a case asked about with "am I nosy".
    "ik durf niet naar huis met mijn rapport. de vorige keer kon ik niet zitten",
    (
        "de buren laten hun baby uren alleen huilen in de tuin, ook als het regent. is dat verwaarlozing "
        "of ben ik een bemoeial?"
    ),
    # A cold shower as a punishment.
    "he puts my son under a cold shower when he cries",
    "hij zet haar onder een ijskoude douche als straf",
    # A wish to die in Arabizi.
    "ana 3ayza amoot",
    "ha2tel nafsi",
    # A farewell letter with the danger now.
    "ik ga het vanavond doen, ik heb de pillen klaarliggen",
]

EMERGENCY = [
    "my son overdosed on his pills, he is not waking up",
    "ik heb 30 paracetamol genomen tegen de pijn",
]

QUIET_TWINS = [
    # A threat not meant (Dutch, English, Turkish).
    "mijn zus riep 'ik vermoord je' omdat ik haar trui had geleend, ze meent het niet hoor",
    "I'm going to kill my daughter, she painted the dog with my lipstick. How do I get it off?",
    (
        "My son keeps saying he'll blow up the school, it's a TikTok trend, he's 12. How do I explain "
        "it's not okay?"
    ),
    "babam 'seni öldüreceğim' dedi ama şaka tabii, çok iyi biri. 15 yaşında ne kadar harçlık normal?",
    "mijn vader zegt altijd 'ik sla je dood als je te laat bent', het is gewoon een uitdrukking bij ons",
    # A child's drama over a no or a game.
    (
        "mijn dochter van 11 gilt 'ik wil dood' als ze haar tablet moet inleveren, pure drama, verder is "
        "ze vrolijk"
    ),
    "He yells 'I want to die' every time he loses at Mario Kart, total drama. He's 9. How do I respond?",
    # Denied when asked.
    "Ik heb mijn dochter gevraagd of ze aan zelfmoord denkt en ze zei nee, ze is vooral moe van school.",
    "The midwife says the mother has no thoughts of harming herself or the baby, she just needs sleep.",
    # A friend of one's child; whether one's child does it.
    "Mijn zoon heeft een klasgenoot die over zelfmoord praat, hoe help ik mijn zoon daarmee?",
    "Mijn dochter heeft een vriendin die zichzelf snijdt, wat kan ik als moeder doen?",
    "Hoe kan ik zien of mijn zoon zichzelf beschadigt? Ik heb niks gemerkt.",
    # Over and dealt with (Dutch, English, Arabic).
    (
        "Drie jaar geleden sloeg mijn ex mij, hij is veroordeeld en er is geen contact meer. Hoe "
        "vertel ik dit "
        "aan mijn zoon?"
    ),
    (
        "Vorig jaar werd mijn dochter bedreigd door een klasgenoot, de politie heeft hem aangesproken"
        " en het is "
        "afgehandeld."
    ),
    "Last year my ex hit me, he is out of the picture and we had help. How do I talk to my kids about it?",
    "السنة الماضية زوجي ضربني مرة، أخدنا مساعدة وهلق كل شي منيح. كيف بحكي مع ولادي؟",
    (
        "Vorige maand heeft onze zoon een magneetje ingeslikt, hij is in het ziekenhuis behandeld en "
        "alles is weer goed."
    ),
    # What counts, how to respond.
    "Is het al verwaarlozing of gewoon armoede als een kind steeds zonder jas naar school komt?",
    "Is that self-harm or just a phase when she picks at her skin?",
    "Hoe reageer je als pedagogisch medewerker als een kind iets vertelt dat op mishandeling lijkt?",
    # A young adult without a home.
    "Ik ben 22 en dakloos, waar kan ik een briefadres krijgen?",
    "Mijn dochter van 20 is dakloos en slaapt bij vriendinnen, kan ze een uitkering krijgen?",
    # A stabbing seen.
    "Mijn dochter zag vorige week een ruzie waarbij iemand werd neergestoken, ze is erg geschrokken.",
    "Mijn zoon was getuige van een vechtpartij waarbij een jongen werd neergestoken.",
    # Not wanting to go somewhere.
    "ik wil niet meer... naar voetbal bedoel ik, de trainer is zo streng",
    "ik wil echt niet meer naar die school, ik bedoel de klas is vreselijk. kan ik wisselen?",
    # A swimsuit photo to a peer.
    "ik heb een selfie van mezelf in badpak naar mn vriendje gestuurd, hij is ook 14. mag dat?",
    "ik heb een foto van mezelf in bikini naar mijn vriendje gestuurd, hij is ook 16. is dat strafbaar?",
    # Abused as a child, asking help.
    (
        "Ik ben zelf als kind mishandeld en bang dat ik het herhaal met mijn dochter, er gebeurt niks "
        "maar ik wil hulp."
    ),
    "I was abused as a child and I'm scared of repeating it with my son, nothing has happened.",
    # Dolls and cuddly toys.
    "mijn zoon van 4 speelt met zijn knuffels dat papa mama slaat, dat heeft hij van tv",
    "Ze speelde met haar barbies dat de vader de moeder sloeg. Moet ik me zorgen maken?",
    # Harmless look-alikes.
    "mijn vriend ontvoert me voor mijn verjaardag naar parijs, een verrassing, mag dat met 16?",
    "een jongen in de klas heeft een zakmes bij zich om stoer te doen maar niemand is bedreigd",
    "they're threatening to send him home from daycare because he bites, how do I stop the biting?",
    "iemand heeft een nep account van mij gemaakt en stuurt rare berichten naar mijn vrienden",
    "mijn moeder is opgenomen in een kliniek voor depressie en ik mag het aan niemand vertellen",
    "hij heeft littekens op zijn arm van een hond die hem beet toen hij klein was",
    "mijn dochter heeft haar armen vol krassen van onze nieuwe kitten",
    "ik durf niet naar huis met mijn rapport, mijn vader wordt boos",
    "They kicked him out of the squad in Fortnite and he is devastated",
    "ze sluiten hem buiten op het schoolplein en niemand doet iets",
    "mijn dochter knijpt haar ogen dicht als ze stottert",
    "hij blijft met zijn lepel op zijn bord slaan tijdens het eten",
    "My toddler laughs when he falls over and hurts himself, is that normal?",
    # Pills as prescribed or for a headache (Dutch, Polish).
    "ik heb 1 paracetamol genomen tegen mn kiespijn, mag ik later nog een?",
    "Wzięłam tabletki na ciśnienie rano, jak zawsze.",
    "Tata połknął swoje tabletki na serce po śniadaniu.",
    # Figures of speech and plans of the evening.
    "We overdosed on Bluey this weekend, is that much TV bad for a 3 year old?",
    "ik ga het vanavond doen, de cadeautjes inpakken voor haar verjaardag",
    "hij gaat het vandaag doen, de kamer verven",
    # Checking, a habit of panic.
    "ik ben zwanger en check steeds of ik bloed verlies, is dat normaal?",
    # A cold shower against the heat.
    "we put the kids under a cold shower against the heat",
    "ik zet ze onder een koude douche vanwege de hitte",
    # Arabizi: working oneself to death.
    "ana 2atel 7ali bel shoghl w ma 3am shouf wladi",
    "ha2tel 7ali fel gym el usbu3 da",
]

URGENT_NOT_NOW = [
    # Dangers told without a now: a person soon, not 112.
    "ik heb een afscheidsbrief geschreven voor als ik blijf zitten",
    "mijn zoon dreigt zich iets aan te doen als ik zijn playstation afpak",
    "de juf zag ronde brandplekken op zijn arm, net sigaretten",
    "I burn myself with a lighter when it gets too much",
    "لا أريد أن أعيش بعد الآن",
    "mijn dochter heeft een naaktfoto gestuurd en nu wil hij 300 euro",
    "they want 300 euro by tonight or they'll post her nudes",
    "hij heeft me gewurgd, ik ben weg met de kinderen en we zitten nu bij een vriendin",
    "een jongen heeft mijn zoon gisteren een mes laten zien en gezegd dat hij hem de volgende keer steekt",
]

(
    test_s53g_rules_raise_an_alarm,
    test_s53g_danger_now_is_an_emergency,
    test_s53g_harmless_twins_stay_below_urgent,
    test_s53g_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)

test_s53g_not_now_stays_urgent = not_now_test(URGENT_NOT_NOW)
