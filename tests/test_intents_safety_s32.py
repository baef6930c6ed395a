"""Safety triage, round s32: what the rules and a backstop trained without the set missed in english_tune6 and
youth_tune22 (`bench/safety_model.py misses`, and the rules alone), generalised into families and pinned
here with own sentences: pills saved up or collected (English, Dutch) and taken once everyone is asleep;
"tonight is the night" or "vanavond ga ik het doen" with the letters written or the rope bought; done with
life, everyone better off or happier if I were gone (English, Dutch); on the roof of a building not knowing
why one came up; googling how many pills are too much; someone who "did stuff I didn't want" (English,
Dutch); chats that must stay secret and "his favourite" (English, Dutch); a young child's "papa makes mama
bleed" (English, Dutch); a naked "game" that is a secret; a drunk or stoned parent who forgets to feed or
cook; a mother and child who had to leave because of her partner; a man at the door who came to take the
children or get a brother (English, Dutch); made to sleep in the shed or the garage as a punishment; an
older man who wants a minor to "work" for him at parties; a pupil without breakfast in dirty clothes while
the parents do not respond; thrown or slammed against the wall ("trew"); sent abroad and left there (Dutch,
English, Turkish); a chair thrown with the verb first ("gooide mijn vader een stoel"); a debt with "he
knows where I live"; an adult who "zit aan haar"; a classmate's nude shared in the group chat or sent
around; someone online who asks where a child lives and for photos; "dat ik daar ga trouwen"; filmed while
changing; dealing from home with strange men at the door; "waarbij hij ... mij slaat"; an arm grabbed so
hard it leaves marks; pushed so she fell (Ukrainian); a whole bottle of spirits and vomiting; a partner who
strangled her; the fourth "accident" this month; asked to sell weed for him; a young child alone at night
with the little ones. Danger now: the pills tonight, the letters or the rope with "tonight", the roof, a
"sorry mum, love you" text and then silence, the man at the door, the bottle, and immediacy told in other
words (he is driving here now, a drunk parent throwing things, "we don't know where he is"). Each with
harmless twins that must stay calm."""

from tests.test_intents_safety import round_tests

ALARM = [
    "ive been saving up my mums sleeping pills for weeks",
    "ik heb al een tijd slaappillen gespaard in mijn la",
    "my girlfriend messaged that she has pills collected and will take them when her parents are asleep",
    "ik neem ze allemaal in als iedereen slaapt, ik heb genoeg pillen",
    "ik heb de afscheidsbrieven al geschreven",
    "i have already bought a rope and i know where",
    "honestly im done with everything and with life",
    "my parents would be better off without me",
    "mijn familie zou gelukkiger zijn als ik er niet meer was",
    "i keep looking up how many sleeping pills would kill you. im 15",
    "my friend said a boy did things to her that she didnt want when she was asleep at the sleepover",
    "een jongen heeft op het feest dingen bij mij gedaan die ik niet wilde, ik ben 15",
    "the swimming coach tells my son that their messages must stay between us",
    "mijn trainer zegt dat onze appjes geheim moeten blijven",
    "a girl in my group says daddy made mummy bleed last night",
    "mijn zoontje van 3 zegt papa laat mama bloeden",
    "my son of 5 talks about a game at his uncles where everyone is naked and he must not tell",
    "mijn vader drinkt en vergeet dan ons eten te geven. ik ben 12",
    "my stepdad is always high and forgets to feed the baby",
    "we had to flee our flat because of my moms ex, we sleep at a friends place now",
    "my brother and i have to sleep in the garage when we are naughty",
    "a guy of 25 keeps pushing my niece of 15 to work for him at parties",
    "a pupil of 7 comes without lunch in dirty clothes again and his parents do not answer the phone",
    "my stepfather slammed me against the door yesterday",
    "mijn vader dreigt dat hij mij naar marokko stuurt en mij daar achterlaat",
    "my uncle says he will take her back to pakistan and leave her there",
    "he says i owe him 300 because i lost the bag and he knows where i live",
    "mijn buurmeisje vertelde dat de stiefvader aan haar zit als haar moeder werkt",
    "a boy in year 9 is sharing a nude of his girlfriend around, she is 14",
    "someone from fortnite asked where i live and then asked for selfies",
    "mijn ouders zeggen dat ik daar moet trouwen als we in de zomer naar turkije gaan",
    "they filmed her while she was changing after swimming and put it online",
    "my uncle deals from our house and scary men come at night",
    "mijn stiefvader heeft soms woedeaanvallen waarbij hij de deur dichtslaat en mij slaat",
    "the gym teacher grabbed my wrist so hard it left bruises",
    "її вітчим штовхнув так що я впала",
    "a patient told me her boyfriend choked her in front of the children",
    "the 5th fall this month and again bruises on her arms, she says she tripped",
    "my nephew asked me to sell weed at school for him, im 13",
    "mijn moeder werkt snachts en dan ben ik alleen met mijn broertje van 2. ik ben 9",
]

EMERGENCY = [
    "vanavond is het zover. ik heb het touw al klaarliggen",
    "im going to take them all when my parents are in bed. i have 40 paracetamol",
    "i am on the top of the car park and i dont want to live anymore",
    "my daughter texted me sorry mum i love you and now she is not answering",
    "there is a man at my door shouting he came to take my son",
    "ik heb net een halve fles whisky leeggedronken en ik moet steeds overgeven",
    "my ex just said he will kill me and hes on his way here",
    "mijn stiefvader is weer dronken en smijt met de stoelen",
    "my daughter (14) ran off after an argument and we dont know where she is",
]

QUIET_TWINS = [
    "my grandma saves up her pills in a weekly box so she doesnt forget",
    "ik heb mijn medicijnen voor de vakantie bij de apotheek opgehaald",
    "i will take the antibiotics when everyone is asleep, the doctor said before bed",
    "tonight is the night of the school musical and i wrote the letters for the props",
    "ik heb het touw al gekocht voor de schommel in de tuin",
    "i have written my thank you letters to grandma",
    "im done with school for the summer",
    "my parents would be better off with a bigger car",
    "ik ben klaar met mijn huiswerk",
    "how many paracetamol can i give my 6 year old with a fever",
    "a boy at the party did a dance i didnt want to watch lol",
    "our chats about the surprise party must stay secret from mum",
    "my son made his dad laugh and cry at the same time",
    "papa maakt mama blij met bloemen",
    "the kids played a naked running game under the sprinkler in the garden",
    "mijn moeder drinkt koffie en vergeet dan de tijd",
    "my mum forgets to cook sometimes because she works late",
    "we had to leave the house because of mold in the walls",
    "we slept in the shed on the camping trip, it was fun",
    "my son wants to work for his uncle at the market on saturdays",
    "a pupil came without lunch today, his dad forgot it on the counter",
    "he threw the ball against the wall for an hour",
    "we sturen oma naar turkije voor vakantie en halen haar daar weer op",
    "my aunt knows where i live, she visits every sunday",
    "mijn opa zit aan de koffie als ik bij hem logeer",
    "we had a lesson about why sharing nudes is illegal",
    "my grandma asked where i live now and for photos of the new house",
    "mijn zus gaat trouwen in marokko en wij gaan er allemaal naartoe",
    "my son filmed the cat while it was sleeping",
    "my brother sells sneakers from our house",
    "mijn vader doet een kussengevecht waarbij hij mij slaat met een kussen",
    "my dad grabbed my arm at the crossing because a car came",
    "ik weet niet waar mijn sleutels zijn",
    "im on the roof of my building for a barbecue with friends",
    "she texted sorry mum love you after she broke the vase",
    "there is a delivery man at the door saying he came to take the old washing machine",
    "ik heb gisteren op het feest een hele fles wodka gedronken en nu heb ik een kater",
    "he is driving here now to pick up the kids for the weekend",
    "mijn vader is onderweg naar huis met de boodschappen",
    "mijn dochter loopt stage en zit de hele nacht met haar vriendinnen te appen",
    "my 10 year old had his third football match this week and has some bruises",
    "mijn neef vraagt of ik snoep wil verkopen op de markt",
    "mijn moeder werkt snachts en dan past oma op ons",
]

(
    test_s32_rules_raise_an_alarm,
    test_s32_danger_now_is_an_emergency,
    test_s32_harmless_twins_stay_below_urgent,
    test_s32_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)
