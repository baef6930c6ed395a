"""Safety triage, round s28: what the rules and a backstop trained without the set missed in safety_tune16 and
english_tune16 (`bench/safety_model.py misses`), generalised into families and pinned here with own sentences:
a young child climbing on a chair by a balcony railing or alone on a balcony high up, or outside for hours
while no one opens at home; the writer on a roof who wanted to tell someone first; someone who cannot be woken
after drink and pills; a seizure told by eyes rolling up and shaking without reacting; heavy bleeding or a
baby that hardly moves in pregnancy; an overdose told with "like 20 of my mum's pills"; a button battery in
the mouth and now gone; a head banged against the wall until it bleeds; a threat to "finish" someone; grooming
messages ("mature for your age", "you're my little secret", "don't tell your mum", a teacher who messages late
at night, "asks whether she is home alone"); sextortion "if I don't send more" and in Turkish; a man chosen
for a girl abroad (Dutch, Arabic); honour threats (dead to the family, brothers who will find her, "something
happens" if they see her with her boyfriend, uncles told to bring him back); a threat to stab or a photo of a
knife; a threat to set the house on fire with someone in it (an emergency only when near); a gun pointed at
someone; arms gripped so hard it leaves marks; a mother who hits her son in the face, told in Dutch
subordinate word order; an adult trying to get into a young person's room at night (Dutch, English,
Ukrainian); young children left alone for days; a parent high with the baby; a parent on cocaine with the
children; a locked fridge and food only after chores; the evil to be got out of a child; a manic parent racing
with the children; cuts with a cover story; voices and nights without sleep; a death wish named; a child who
ducks at a raised hand; a young child's words about an adult at the underwear, trousers off, "secret games"; a
son beaten by boys (Ukrainian) or robbed and hit; a child not brought back from abroad; children taken "and
you will never see them again"; a jump threatened in a quarrel, "no sense in living" and a rope (Ukrainian),
"a better place", pills tonight; the same dirty nappy; "gaf haar een klap"; locked in with the keys taken
(English, Polish); a drunk dad who drives off with his child; a runaway gone for hours or days; a restraining
order and "he will be there tonight". Danger now: the railing, the roof, not waking, the seizure, the
bleeding, the overdose, an abduction, and immediacy told in other words (he is at the door, locked himself in,
a goodbye posted, a phone off). Each with harmless twins that must stay calm."""

from tests.test_intents_safety import round_tests

ALARM = [
    # A child by the railing, alone outside (Dutch, English).
    "de peuter van de overburen staat op een krukje bij de reling van hun balkon",
    "a little boy is alone on the balcony on the 5th floor and nobody answers the door",
    "het meisje van 4 van hiernaast staat al een uur buiten in de kou, niemand doet open",
    # On the roof, telling someone.
    "i am on the roof of the car park, i just want to say sorry to my mum before",
    # Not waking after drink or pills (English, Dutch).
    "my mum took a load of pills with wine and we cant wake her up",
    "mijn broer heeft pillen geslikt en wordt niet meer wakker",
    # A seizure by what one sees.
    "her eyes rolled back and she is twitching and doesnt respond to us",
    "zijn ogen draaien weg en hij schokt en reageert niet",
    # Pregnancy.
    "ik ben 30 weken zwanger en ik bloed ineens heel veel",
    "im 36 weeks pregnant and i cant feel the baby move since yesterday",
    # An overdose told with "like"; a battery gone.
    "my sister took like 15 of her meds an hour ago",
    "he was chewing a button battery and now i cannot find it anywhere",
    # Head banging until it bleeds.
    "mijn zoon met autisme bonkt met zijn hoofd tegen de muur en hij bloedt",
    # Finish her.
    "her stepdad told her he will finish her if she tells anyone",
    # Grooming messages (English, Dutch).
    "a coach at the club texts my son late at night and tells him he is special",
    "my aunt's husband messages me saying im mature for my age, im 14",
    "this guy from snapchat told me not to tell my parents about our chats",
    "een man van 30 vraagt steeds of ze alleen thuis is als ze appen, mijn dochter is 13",
    # Sextortion (English, Turkish).
    "he says he will post my pics unless i send him 100 euros",
    "oglumdan video istiyor ve gondermezse okuluna gelecegini soyluyor",
    # Married off abroad (Dutch, Arabic).
    "mijn vriendin zegt dat er in marokko al een man voor haar gekozen is",
    "اهلها سيزوجونها من رجل كبير في الصيف",
    # Honour threats.
    "mijn broer zegt dat ik dood ben voor de familie omdat ik een vriendje heb",
    "her cousins have been told to bring her back because she has a boyfriend",
    "als mijn ooms me met mijn vriendin zien gaat er iets gebeuren",
    # A threat to stab, a photo of a knife.
    "een jongen uit de klas zei dat hij haar gaat neersteken",
    "someone sent my son a picture of a knife and said he is going to stab him",
    # Fire with someone in it.
    "mijn ex dreigt het huis in de fik te steken met ons erin",
    # A weapon pointed.
    "my dad pointed a gun at my brother during the argument",
    # Gripped hard.
    "mijn vriend knijpt zo hard in mijn armen dat ik blauwe plekken heb",
    # A subordinate-clause blow.
    "ik zag dat de vader zijn dochtertje met een riem sloeg",
    # At the bedroom door at night (English, Ukrainian).
    "my mum's drunk boyfriend tried to get into my room last night",
    "вітчим пяний намагався заити в мою кімнату",
    # Left alone for days.
    "mijn ouders laten mij vaak alleen met mijn zusjes van 3 en 5",
    # High with the baby.
    "the mother was high with the baby alone on the sofa when I came in",
    # Hard drugs with the children.
    "mijn ex gebruikt coke en ik weet niet of de kinderen veilig zijn bij hem",
    # Food locked away (English, Dutch).
    "my stepdad locked the kitchen and i only get dinner if i finish all the cleaning",
    "mijn stiefvader zegt dat ik pas eten krijg als ik de hele keuken heb schoongemaakt",
    # The evil out of the child.
    "mijn schoonmoeder wil de duivel uit mijn zoontje slaan",
    # Manic with the children.
    "mijn man is manisch en raast met de kinderen over de snelweg",
    # Cuts with a cover story.
    "ze draagt altijd lange mouwen en ik zag sneetjes op haar polsen",
    # Voices and no sleep.
    "our daughter of 16 hears voices and hasnt slept for three nights",
    # A death wish named.
    "client van 15 met een passieve doodswens, wachtlijst ggz",
    # Flinching at a raised hand.
    "my pupil flinches every time I raise my hand to write on the board",
    # A young child's words about touching.
    "mijn dochter zei dat opa kriebelt in haar onderbroek",
    "mijn zoontje zegt dat die meneer pijn doet aan zijn plassertje",
    "my daughter says her uncle plays secret games with her",
    # Beaten by boys (Ukrainian, English).
    "мого сина старші хлопці побили",
    "boys on the bus steal his phone and punch him",
    # Not brought back, never see them again.
    "my ex took our daughter to Morocco in the summer and now refuses to send her back",
    "hij heeft onze zoon van school opgehaald en zegt dat ik hem nooit meer zal zien",
    # A jump in a quarrel; no sense in living (Ukrainian); pills tonight.
    "mijn dochter gilde dat ze uit het raam springt als we nog een keer gaan scheiden",
    "донька каже що не бачить сенсу жити",
    "ik denk er steeds aan om de pillen allemaal in een keer te nemen",
    # The same dirty nappy; "gaf haar een klap".
    "de baby komt elke dag in dezelfde vieze luier als gisteren",
    "gisteren gaf mijn man mij een klap omdat het eten koud was",
    # Locked in, keys taken (English, Polish).
    "he locks me in the house when he leaves and takes my phone with him",
    "maz zamknal mnie w domu i zabral klucze",
    # A drunk dad drives off; a runaway.
    "her father was drunk at the party and drove off with his son",
    "my daughter (15) ran away two days ago and won't tell us where she is",
    # A restraining order and he comes tonight.
    "ik heb een straatverbod tegen hem maar hij zegt dat hij vanavond langskomt of ik nou wil of niet",
]

EMERGENCY = [
    "de peuter van de overburen staat op een krukje bij de reling van hun balkon",
    "i am on the roof of the car park, i just want to say sorry to my mum before",
    "my mum took a load of pills with wine and we cant wake her up",
    "her eyes rolled back and she is twitching and doesnt respond to us",
    "ik ben 30 weken zwanger en ik bloed ineens heel veel",
    "my sister took like 15 of her meds an hour ago",
    "mijn zoon met autisme bonkt met zijn hoofd tegen de muur en hij bloedt",
    "hij heeft onze zoon van school opgehaald en zegt dat ik hem nooit meer zal zien",
    # Immediacy said in other words.
    "My ex is outside banging on the door. He said he will kill me",
    "Zit op de badkamer opgesloten. Hij heeft alle borden kapot gegooid",
    "My husband locked himself in the shed with the kids. He threatened to hurt them",
    "Mijn zus heeft op insta een afscheid gepost. Ze zei dat ze er een eind aan wil maken",
    "ik heb een straatverbod tegen hem maar hij zegt dat hij vanavond langskomt of ik nou wil of niet",
]

QUIET_TWINS = [
    # A railing in a playground; a chair on a balcony with a parent.
    "mijn peuter klimt in de speeltuin op een bankje bij de reling en ik sta ernaast",
    "our cat is alone on the balcony on the 4th floor, is that safe?",
    "mijn dochter staat al een uur buiten te wachten op de bus",
    # A roof being fixed.
    "im on the roof fixing the gutter before the rain, my son is helping",
    # A teenager who won't wake for school.
    "my son drank too much cola and now he wont wake up for school in the morning",
    # Rolling eyes at a parent.
    "my daughter rolls her eyes at me when I ask about homework",
    # Spotting; a nosebleed.
    "ik ben 12 weken zwanger en heb een beetje bloed verloren, de verloskundige zegt dat het normaal is",
    "im 20 weeks pregnant and bleeding a lot from my nose, is that normal",
    # Vitamins.
    "my son took two of his vitamins this morning",
    # A battery found.
    "I thought he had a button battery in his mouth but I found it under the table",
    # A toddler who bangs his head without blood.
    "onze peuter bonkt met zijn hoofd tegen de vloer als hij boos is",
    # Homework.
    "my daughter will finish her homework after dinner",
    # A teacher's surprise; a birthday.
    "the teacher told the kids not to tell their parents about the surprise for mothers day",
    "my son's coach texts the team late at night about the match times",
    # Sending photos to grandma.
    "oma vraagt foto's van de kinderen en wil ze in het familiealbum zetten",
    # A wedding by choice.
    "mijn zus heeft zelf haar man uitgekozen, de bruiloft is in de zomer",
    # A family that would find a photo funny.
    "my brothers will find her drawing so funny",
    # A wasp; a doctor's jab.
    "de wesp gaat hem steken als hij zo blijft zwaaien",
    "de dokter gaat hem morgen een prik steken",
    # A water gun.
    "my son pointed his water gun at me in the garden",
    # A crossing.
    "ik pakte mijn zoon zo hard bij zijn arm bij het oversteken dat hij schrok",
    # A ball.
    "ik zag dat de vader zijn dochtertje de bal toe sloeg",
    # A little brother at the door.
    "my little brother tried to get into my room to borrow my charger",
    # A babysitter.
    "we leave the kids alone with the babysitter for the weekend when we go to a wedding",
    # A parent who stopped long ago.
    "my ex used cocaine years ago but has been clean for a long time",
    # A child lock on the fridge.
    "we locked the fridge with a child lock because our toddler keeps opening it",
    # Ghosts in a story.
    "in het verhaal wil de heks de geest uit het kind halen, mijn dochter vond het eng",
    # A racing bike.
    "mijn man racet met de kinderen op de fiets naar school",
    # A rash on the arms with a cause told.
    "she has small marks on her arms from the mosquitoes at camp",
    # An imaginary friend.
    "our 4 year old talks to people who aren't there, her imaginary friends",
    # A film title.
    "we watched Death Wish with my dad last night",
    # A ball that makes him duck.
    "hij duikt weg als ik de bal naar hem gooi",
    # A doctor.
    "de dokter deed pijn aan zijn piemel bij het onderzoek",
    # Secret games between friends.
    "my daughter plays secret agent games with her friends",
    # A game.
    "the boys beat him at football and took his money in the bet",
    # A holiday.
    "we took our son to Spain and he doesn't want to come back home",
    # A daredevil toddler; a teenager out late.
    "our toddler has a death wish, he climbs on everything",
    "my son of 16 stays out late and won't tell us where he is, he is always home by 1",
    # Poo in the pants; a self-set rule; a foster child.
    "hij is 6 en dan zit het weer in zijn onderbroek",
    "ik moet van mezelf eerst sporten anders mag ik niet eten",
    "our foster son (2) flinches every time someone lifts a hand, how do we help him feel safe",
    # Phone taken away at night.
    "my parents took my phone away at night lol",
    # A joke in class.
    "ze zeggen steeds ik steek je neer als grap, haha",
    # Jumping into the pool.
    "mijn zoon riep dat hij van de duikplank in het zwembad springt",
    # Tomorrow no dentist.
    "mijn zoon is blij dat hij morgen niet meer naar de tandarts hoeft",
    # A cushion.
    "mijn zoon gaf zijn broer een klap met een kussen",
    # Keys lost.
    "ik heb de sleutels kwijt en mijn man neemt zijn sleutels altijd mee",
    # A trip.
    "our son left home three days ago for a school trip",
]


(
    test_s28_rules_raise_an_alarm,
    test_s28_danger_now_is_an_emergency,
    test_s28_harmless_twins_stay_below_urgent,
    test_s28_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)
