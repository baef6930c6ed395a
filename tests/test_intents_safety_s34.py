"""Safety triage, round s34: what the rules and a backstop trained without the set missed in youth_tune16 and
professional_tune11 (`bench/safety_model.py misses`), generalised into families and pinned here with own
sentences: all the pills from a cabinet taken and feeling strange now; an attempt told as recent; a blade in
hand and not knowing whether to use it; a mother and her boyfriend who fight with shouting and things
thrown; someone who says he will come and stab; photos an ex forwarded; a boyfriend angry when she says no;
out cold at a party and something may have happened; "brought shame on the family"; a man jailed for
violence who moves in; a friend's photo of cut wrists; a trainer who messages a minor late at night or wants
the parents told nothing; a video one threatens to send to the family; "dat ze thuis slaag krijgt"; a baby
losing weight with feeds missed or a doctor refused; a threat to throw the baby out of the window (danger
now when the parent is alone with it); a cot kicked over at a crying baby; a film of a classmate on the
toilet sent round; an adult who shows a child porn; a young child who tells that papa pushed mama and she
bled; a child picked up by someone smelling of drink; pills to be taken tonight; "you will never see the
children again"; screaming inside while no one opens; voices about the baby in subordinate order; a partner
who takes her money and does not let her out; round burns the size of a cigarette. Each with harmless twins
that must stay calm."""

from tests.test_intents_safety import round_tests

ALARM = [
    # All the pills taken (Dutch, English).
    "ik heb de hele strip uit de medicijnkast allemaal geslikt en ik ben heel duizelig",
    "i took all the pills from my dad's cabinet and i feel so weird",
    # A recent attempt (Dutch, English).
    "mijn broer heeft vorige week een poging gedaan en ligt nog in het ziekenhuis",
    "she attempted suicide last month and camhs has a waiting list",
    # Not knowing whether I will use it (Dutch, English).
    "ik zit alleen met een scheermesje en ik weet niet of ik het ga gebruiken",
    "i have a blade in my room and i don't know if i will use it",
    # Fights with things thrown (Dutch, English).
    "mijn vader en zijn vriendin hebben elk weekend ruzie met geschreeuw en spullen gooien, ik ben zo bang",
    "my mum and her boyfriend fight with screaming and throwing plates and i'm scared",
    # Coming to stab (Dutch, English).
    "een jongen uit 2b appte dat hij mijn broertje vrijdag komt neersteken",
    "a boy from the other school said he's gonna stab me after the match",
    "de leerling dreigde een docent neer te steken",
    # Photos an ex forwarded (Dutch, English).
    "mijn ex vriendje heeft mijn foto's doorgestuurd naar zijn vrienden",
    "my ex boyfriend shared my pics with the whole football team",
    # Angry when she says no (Dutch, English).
    "hij wordt kwaad als ik nee zeg tegen seks, ik ben 15",
    "my boyfriend gets really angry when i say no to sex. i'm 14",
    # Something happened at the party (Dutch, English).
    "na het feestje was ik helemaal buiten westen en ik ben bang dat er iets met me is gedaan",
    "i passed out at a party and i think someone did something to me",
    # Shame on the family (Dutch, English).
    "mijn broers zeggen dat ik de familie te schande heb gebracht omdat ik een vriend heb",
    "my uncle says i brought shame on the family and there will be consequences",
    # Jailed for violence, moving in (Dutch, English).
    "de nieuwe vriend van mijn vader komt bij ons wonen, hij zat vast voor mishandeling",
    "mum's new boyfriend moved in and he has been in prison for assault",
    # A friend's photo of cuts (Dutch, English).
    "een meisje uit mijn klas stuurde een foto van haar arm met allemaal krassen",
    "my friend snapped me a pic of her thighs covered in cuts",
    # Late messages from an adult (Dutch, English).
    "de docent van mijn dochter van 13 appt haar midden in de nacht",
    "my son's coach texts him late at night, he is 12",
    "de oppas zegt dat ik het niet aan mijn ouders vertel, ik ben 11",
    # Late messages told with "hij" or the verb first, an adult named (Dutch, English).
    "mijn oom is 40 en hij appt me vaak s nachts, ik ben 13",
    "her tutor is 35 and he texts her late at night, she is 14",
    # A video sent to the family (Dutch, English).
    "hij heeft fotos van mij en dreigt ze naar mijn vader te sturen",
    "a guy has a video of me and threatened to send it to my parents",
    # Slaag at home (Dutch, English).
    "mijn vriendin zei dat ze thuis elke dag klappen krijgt",
    "my classmate told me she gets beaten at home",
    # A baby losing weight, feeds missed (Dutch, English).
    "de baby van de buren valt steeds af en ze weigeren de huisarts",
    "their baby has lost a lot of weight and the parents give only almond milk",
    # Throwing the baby (Dutch, English).
    "mijn zwager riep ik smijt hem van het balkon als hij niet stil is",
    "my sister said i'll throw him out the window if he keeps crying",
    # A cot kicked over (Dutch, English).
    "mijn man heeft de wieg omgegooid omdat de baby bleef huilen",
    "he kicked over the crib in a rage because she was crying",
    # A film on the toilet (Dutch, English).
    "jongens hebben een filmpje van mijn dochter in de kleedkamer verspreid",
    "someone shared a video of a girl in the changing room on snapchat",
    # Porn shown by an adult (Dutch, English).
    "mijn neefje zegt dat zijn stiefvader hem pornofilmpjes laat kijken",
    "my daughter says her uncle shows her porn videos",
    # A child tells that papa pushed mama (Dutch, English).
    "onze pleegdochter vertelde dat papa mama van de trap heeft geduwd en toen viel ze",
    "the boy told me daddy pushed mummy in the kitchen and then she was bleeding",
    # Picked up by someone smelling of drink (Dutch, English).
    "de peuter werd opgehaald door een onbekende man die erg naar alcohol rook",
    "the child was picked up by a man we do not know who smelled of alcohol",
    # Pills tonight (Dutch, English).
    "mijn vriendin zegt dat ze vannacht pillen gaat innemen, ze heeft ze verzameld",
    "she said she is going to take all the pills tonight and say goodbye",
    # Never seeing the children again (Dutch, English).
    "mijn ex dreigt dat ik de kinderen nooit meer terugzie",
    "he threatens to take them and says you will never see the kids again",
    # Screaming inside (Dutch, English).
    "in het huis horen wij een vrouw om hulp roepen, niemand doet open",
    "i can hear a woman screaming inside and nobody opens the door",
    # Voices about the baby (Dutch, English).
    "mijn zus zegt dat ze stemmen hoort die zeggen dat het kindje weg moet",
    "she says voices in her head tell her the baby is evil",
    # Money taken, not let out (Dutch, English).
    "mijn man pakt mijn bankpas af en laat me niet alleen de deur uit",
    "her husband takes her money and won't let her go out alone",
    # Cigarette burns (Dutch, English).
    "de kleuter heeft ronde brandwondjes op zijn rug",
    "the toddler has round burns on her leg the size of a cigarette",
]

EMERGENCY = [
    "ik heb de hele strip uit de medicijnkast allemaal geslikt en ik ben heel duizelig",
    "i took all the pills from my dad's cabinet and i feel so weird",
    "ik zit alleen met een scheermesje en ik weet niet of ik het ga gebruiken",
    "i have a blade in my room and i don't know if i will use it",
    "mijn vriendin zegt dat ze vannacht pillen gaat innemen, ze heeft ze verzameld",
    "in het huis horen wij een vrouw om hulp roepen, niemand doet open",
    "i can hear a woman screaming inside and nobody opens the door",
    "de vader zei 'als ze nog een keer krijst smijt ik haar tegen de muur', hij is alleen met haar",
    "she said i'll throw him out the window, she is alone with the baby and i have to leave",
]

QUIET_TWINS = [
    # Antibiotics taken as told; vitamins.
    "ik heb de antibiotica allemaal ingenomen zoals de dokter zei maar ik voel me nog raar",
    "i took all of them, the vitamins, as prescribed and i feel weird",
    # An attempt at an exam; an attempt long ago.
    "ik heb vorige week een poging gedaan voor mijn rijexamen maar ben gezakt, nu opnieuw",
    "mijn moeder heeft twintig jaar geleden een poging gedaan, hoe leg ik dat uit aan mijn dochter",
    # A knife for cooking.
    "ik heb een nieuw mes gekregen voor koken maar ik weet niet of ik het ga gebruiken",
    "i got a razor as a gift and i don't know if i will use it",
    # Pillow fights among siblings.
    "mijn broer en ik hebben ruzie met geschreeuw en kussens gooien, mijn moeder is bang voor de lamp",
    # Stabbing in a game.
    "mijn vriend zei dat hij me morgen komt steken in fortnite haha",
    "he said he's gonna shoot me in the game tomorrow lol",
    # Holiday photos going round.
    "mijn foto's gaan rond op school van de schoolreis, leuk",
    "my ex shared my photos of the holiday with her mum",
    # Angry when I say no to something else.
    "mijn vriend wordt boos als ik nee zeg tegen uitgaan, ik ben 16",
    "my brother gets angry when i say no to playing his game, i'm 12",
    # Out cold after a fall at the party.
    "ik was op het feest gevallen en bewusteloos, ik denk dat er iets met me is gebeurd aan mijn enkel",
    # Shame in another sense.
    "in onze familie is het een schande als je je diploma niet haalt",
    # Prison in the past, not moving in.
    "hoe vertel ik mijn kinderen dat hun vader in de gevangenis zit voor geweld",
    # A friend's photo of a tattoo or a fall.
    "mijn vriendin stuurde een foto van haar arm met een nieuwe tatoeage",
    "my friend sent me a pic of her arm with scratches from the cat",
    # A coach messages the whole team; a surprise.
    "de trainer appt savonds laat in de groepsapp dat de training afgelast is, mijn zoon is 12",
    "de buurman wil dat ik het niet aan mijn ouders vertel want het is een verrassing voor hun verjaardag",
    # A threat to kill over a game console (no stabbing); photos asked for and anger (other authors ask
    # attention).
    "hij zei dat hij me gaat vermoorden als ik zijn playstation nog 1x uitzet",
    "mijn vriend wil dat ik fotos stuur en wordt boos als ik nee zeg, ik ben 15",
    # A colleague beaten by her husband (adults, other authors ask attention); a mother picking up who smells
    # of wine.
    "mijn collega vertelt dat ze thuis klappen krijgt van haar man",
    "de moeder van een peuter komt hem ophalen en ruikt soms naar alcohol",
    # A daughter who chats with her girlfriends late at night; the teacher mentioned.
    "mijn dochter van 14 appt haar vriendinnen s nachts, de docent zegt dat ze moe is",
    # Threatening to show a karaoke video.
    "mijn zus dreigt het filmpje van mijn karaoke naar onze familie te sturen, zo genant",
    # Slaag in sport.
    "hij zei dat ze thuis een pak slaag kregen van het andere team",
    # A baby losing weight while sick.
    "de baby valt af door de buikgriep en weigert de fles",
    # A phone thrown out of the window, a joke.
    "ik gooi ze uit het raam, die telefoons, grapje",
    "mijn man zei lachend ik smijt hem van het balkon als hij weer huilt",
    # A cot kicked over by a toddler; assembling a cot.
    "mijn peuter heeft het bedje van zijn pop omgegooid en moest huilen",
    # A film of a cat on the toilet.
    "mijn zoon heeft een filmpje van onze kat op de wc gedeeld, zo grappig",
    # Porn talked about with a child.
    "hoe praat ik met mijn zoon van 12 over porno die hij heeft gezien",
    # A push while romping.
    "onze dochter vertelde dat papa mama bij het stoeien had geduwd en toen viel ze op de bank",
    # Picked up by grandma who smells of perfume.
    "de kleuter wordt opgehaald door oma die altijd naar parfum ruikt",
    # Pills for hay fever tonight.
    "mijn dochter gaat vanavond pillen nemen tegen hooikoorts",
    # Never seeing a friend again after a move.
    "hij emigreert en we zullen hem nooit meer terugzien",
    # Music inside.
    "binnen hoor ik een feest met geschreeuw en muziek, niemand doet open",
    # Voices through a baby monitor.
    "ik hoor stemmen door de babyfoon die zeggen dat de baby slaapt",
    # Money taken by a classmate.
    "een klasgenoot die zijn geld afpakt, zijn vriend filmt het met zijn telefoon",
    # Round marks from mosquito bites.
    "mijn peuter heeft ronde plekjes van muggenbeten op haar benen",
]


(
    test_s34_rules_raise_an_alarm,
    test_s34_danger_now_is_an_emergency,
    test_s34_harmless_twins_stay_below_urgent,
    test_s34_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)
