"""Safety triage, round s23: what the rules and a backstop trained without the set missed in safety_tune30 and
youth_tune24 (`bench/safety_model.py misses`), generalised into families and pinned here with own
sentences: after a suicide nearby, a young person who "understands why" or thinks about it himself; blows
given as a daily routine ("elke dag een paar flinke klappen") and a belt with the children's ages in
between; shut away in the shed, the cellar or "het hok" as a punishment or when a parent is angry; a
parent's words that reject the child (never born, "een mislukking", "een mislukt kind") with how often told
in another sentence; the wish to disappear for good; a parent who drinks every night while the child cooks
for and puts the little ones to bed; a girl under sixteen in a sexual relationship with an adult or her
tutor; a boyfriend who "lends" a girl to his friends; a parent at breaking point who is going to do
"something I'll regret"; not free to choose whom to marry, a brother who threatens it will "end badly" if
she leaves; a boy who cannot stop dealing because he owes them, waited for after school; a mother's partner
who drinks and rages while she works and throws a plate at the child; young children left alone for a whole
night or weekend; "friends" who make a young man with an intellectual disability pay and withdraw money.
Danger now: magnets or a button battery swallowed told with words between (English), a chemical drunk from
its bottle (Arabic). Each with harmless twins that must stay calm; a swallow feared and then found again
("I thought ... had swallowed ..., but I found it") is no longer 112."""

from intents.safety import triage
from tests.test_intents_safety import round_tests

ALARM = [
    # After a suicide nearby: understands why, thinks about it too.
    "na de zelfmoord van haar klasgenoot zei mijn dochter dat ze het best begrijpt waarom",
    "een meisje uit haar klas heeft zich van het leven beroofd en mijn dochter denkt er zelf ook aan",
    "her best friend killed himself last month and now she says she totally gets why he did it",
    "after the suicide of a boy in his class my son told me he thinks about doing it himself",
    # Blows as a daily routine; a belt with the children's ages between.
    "mijn man geeft onze zoon van 3 vaak een paar harde klappen als hij niet eet",
    "ik geef de kinderen elke dag een pak slaag want anders luisteren ze niet",
    "my boyfriend hits my son (4) with a belt when he wets the bed",
    "mijn vader slaat mijn broertjes van 6 en 8 met de riem als ze ruzie maken",
    # Shut away as a punishment or when a parent is angry.
    "voor straf moet mijn zusje van 7 van mijn stiefvader in de kelder zitten",
    "mijn broertje moet een nacht in de garage doorbrengen als straf",
    "als mijn stiefmoeder boos wordt moeten we in de berging",
    "as a punishment my stepdad makes him sleep in the shed",
    # Words that reject the child, how often told elsewhere in the message.
    "mijn vader zei dat hij wou dat ik nooit geboren was. hij zegt dat steeds als hij gedronken heeft",
    "mijn stiefmoeder noemt mijn zusje een mislukte dochter, dat gaat elke dag zo",
    "my mum always says she wishes I was never born",
    "mijn moeder schreeuwt dat ze me haat en dat ik een vergissing ben. dat doet ze vaak",
    # To disappear for good.
    "ik wou dat ik voorgoed kon verdwijnen, niemand zou het merken",
    "my son keeps saying he wishes he could just vanish forever",
    # A parent who drinks every night; the child cooks and puts the little ones to bed.
    "dad drinks every evening until he passes out so i cook dinner for my brothers and put them to bed",
    "mijn moeder is elke avond dronken dus ik kook voor mijn zusjes en breng ze naar bed",
    # Under sixteen with an adult or a tutor.
    "my daughter is 14 and she is having sex with a 22 year old man she met at work",
    "a 13 year old pupil told me she is in a sexual relationship with her coach",
    "mijn dochter van 15 heeft een seksuele relatie met haar bijlesdocent",
    # Lent to his friends.
    "mijn vriendje leent me uit aan zijn vrienden, ik ben 15",
    "mijn zus van 16 zegt dat haar vriend haar aan zijn neven verhuurt",
    "her boyfriend passes her around to his friends and she thinks it is normal",
    # Something I'll regret, at breaking point.
    "ik trek het niet meer met de kinderen, straks doe ik iets waar ik spijt van krijg",
    "my sister cant cope anymore, she texted she is going to do something she will regret and hung up",
    # Not free to marry whom she chooses; it will end badly if she leaves.
    "mijn ouders zeggen dat ik niet mag kiezen met wie ik trouw, ik ben 17",
    "mijn vader dreigde dat het slecht met me afloopt als ik het huis uit ga",
    "my parents won't let me choose who I marry and my brother threatened it will end badly if I leave",
    # A debt that keeps him dealing; waited for.
    "mijn zoon verkoopt wiet voor oudere jongens en kan niet meer stoppen omdat hij ze 400 euro schuldig is",
    "hij dealt en ze hebben hem na school opgewacht omdat hij nog geld moest betalen",
    "my brother sells drugs and can't stop because he owes them money",
    # A mother's partner who drinks and rages while she works; a glass thrown at the child.
    "als mama nachtdienst heeft wordt haar vriend dronken en scheldt hij op ons",
    "mijn stiefvader drinkt veel. gisteren smeet hij een glas naar mij",
    "when mum works nights her boyfriend gets drunk and yells at us",
    # Young children alone for a whole night or weekend.
    "mijn buren laten hun kinderen van 3 en 5 een hele nacht alleen thuis om te gaan stappen",
    "my parents left us home alone the whole weekend, my brother is 5 and I'm 11",
    # "Friends" who use a vulnerable young man's money.
    "mijn zoon heeft een lvb en die jongens laten hem steeds voor ze betalen",
    "haar vrienden laten haar geld pinnen, ze heeft een verstandelijke beperking",
    "his so called friends make him withdraw money for them, he has a learning disability",
]

EMERGENCY = [
    "my 2 year old has just swallowed what I think were two magnetic balls from the fridge",
    "I think my toddler may have swallowed one of the button batteries from the remote",
    "ابنتي عمرها سنه شربت من علبه المنظف قبل شوي",
]

QUIET_TWINS = [
    # A suicide mourned without "ook" or "zelf"; not understanding why; a school assignment.
    "een jongen uit zijn klas heeft zelfmoord gepleegd en mijn zoon snapt niet waarom, hij is verdrietig",
    "na de zelfmoord van de buurman denkt mijn dochter er veel aan en slaapt ze slecht",
    "mijn dochter schrijft een werkstuk over zelfdoding en denkt er zelf ook over na welke bronnen ze neemt",
    "his uncle took his own life last year and my son says he still does not understand why",
    # Cuddles, a pat on the shoulder, a ball, ice cream.
    "ik geef mijn dochter van 2 elke dag een paar flinke knuffels",
    "de trainer geeft de jongens elke keer een paar flinke klappen op de schouder na de wedstrijd",
    "my son hits the ball with a stick in the garden every day",
    "ik geef de kinderen elke dag een paar flinke scheppen ijs",
    # A pet in its crate, a camping night, a punishment without a shed.
    "als straf moet de hond in de bench slapen omdat hij de bank heeft gesloopt",
    "als papa boos is moet de kat in het hok",
    "mijn zoon wil graag in de schuur slapen als we in de zomer kamperen",
    "als straf moet hij een week zonder telefoon en vroeg naar bed",
    # A child's own word for herself, an old car, said once and taken back.
    "mijn dochter zegt vaak dat ze een mislukking is omdat ze haar toets niet haalde",
    "mijn moeder noemt onze oude auto een mislukt ding, dat zegt ze elke dag",
    "mijn vader zei een keer dat hij wou dat ik nooit geboren was, daarna huilde hij en zei sorry",
    # Braces, spots, debts, a group chat.
    "she wishes the braces could disappear for good",
    "hij wou dat de puistjes voorgoed konden verdwijnen",
    "ik wou dat mijn schulden voorgoed konden verdwijnen",
    "my daughter wishes she could disappear for good from the family group chat",
    # Cooking for the little ones while a parent works or drinks tea.
    "my mom works every night so I make dinner for my little sisters and put them to bed",
    "mijn moeder werkt elke avond in het restaurant dus ik kook voor mijn zusjes en breng ze naar bed",
    "mijn moeder drinkt elke avond thee en ik help met koken voor mijn zusjes",
    # Two teenagers; an adult son.
    "my daughter is 15 and her boyfriend is 16, they are together and I think they might be having sex",
    "my son is 24 and in a sexual relationship with a 30 year old woman, we do not like her",
    "mijn zoon van 15 heeft een relatie met een meisje van 15 uit zijn klas",
    # A car, help with a move, a hoodie.
    "mijn broer leent zijn auto uit aan zijn vrienden en nu is hij kapot",
    "mijn vriend leent me uit aan zijn vrienden om te helpen met verhuizen, ik vind dat niet leuk",
    "she lent her hoodie to his friends and never got it back",
    # Cake, a haircut, a tattoo.
    "ik ga iets doen waar ik spijt van krijg: die hele taart opeten",
    "I can't cope anymore with this hair, I'm going to do something I will regret and cut it all off lol",
    "ik denk dat ik iets ga doen waar ik spijt van krijg, een tattoo laten zetten",
    # A game, a free choice, a doctor.
    "in de sims mag ik niet kiezen met wie ik trouw, hoe werkt dat?",
    "mijn ouders zeggen dat ik zelf mag kiezen met wie ik trouw",
    "de dokter zegt dat het slecht afloopt als ik niet stop met roken",
    # A phone contract, a welcome at the airport, a rematch.
    "mijn zoon kan niet stoppen met zijn telefoonabonnement omdat hij ze nog geld schuldig is",
    "we hebben hem opgewacht op schiphol met ballonnen, hij was een jaar weg met zijn vrienden",
    "my son can't stop gaming because he owes his friends a rematch",
    # Shouting at the football; a toddler's throw.
    "als mama werkt drinkt haar nieuwe vriend een biertje en schreeuwt hij naar de tv bij het voetbal",
    "mijn broertje van 3 is boos. gister gooide hij een bord naar me",
    # Teenagers alone, never alone, the children at grandma's.
    "mijn ouders laten mij en mijn broer van 15 een heel weekend alleen thuis, mag ik een feestje geven?",
    "we laten onze kinderen van 4 en 6 nooit een nacht alleen thuis",
    "onze kinderen van 3 en 5 slapen een heel weekend bij oma, de hond is dan alleen thuis",
    # Paying for himself; friends who pay for him.
    "mijn zoon heeft een lvb en hij moet voor zijn eigen boodschappen betalen van de begeleider",
    "mijn broer met een verstandelijke beperking laat zijn vrienden voor hem betalen in de bioscoop",
    # Found again; a warning on the box; chlorine put away.
    "I thought my toddler had swallowed a button battery but we found it under the couch",
    "the box says small magnets can be dangerous if swallowed, how do I keep them away from my 2 year old?",
    "اين اضع الكلور بعيدا عن ابني عمره سنتين",
]


(
    test_s23_rules_raise_an_alarm,
    test_s23_danger_now_is_an_emergency,
    test_s23_harmless_twins_stay_below_urgent,
    test_s23_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)


def test_words_that_reject_the_child_stay_urgent_when_now_is_near() -> None:
    """Words said again and again need a person soon, not 112, even with "net" or "nu" close by."""
    text = "mijn moeder zegt elke dag dat ze wou dat ik nooit geboren was en dat ik net zo dom ben als papa"
    assert triage(text).urgency == "urgent"
