"""Safety triage, round fa24: harmless messages that older rules raised to urgent, each now guarded by an
``unless`` entry on the rule that fired, naming the harmless reason and stopping at the danger: a rattle
shaken for a crying baby (parent_risk); a baby never left alone (s10learn_children_alone,
s21_young_child_left_home_alone); a hamster left alone all day, a brother of 17 alone at night and a child
shut in by a lock that sticks (neglect; the lock in indirect_abuse too); a photo of an arm after a blood test
or in Halloween make-up (s5nl_self_harm_slang, s26_photo_of_blood); a film about a suicidal girl to be talked
over (suicidal); ointment on a nappy rash that stings, "mama doet pijn" (s10nl_child_words,
s10learn_hurt_told_simply); an older child's bruise from football in a message that names a young baby
(s19b_bruised_young_baby); found or hidden at hide-and-seek (threat, threat_everyday, danger_now); scratches
from the new kitten (suicidal, self_harm); pills taken with water (suicide_in_other_words); burnt on the iron
(self_harm); babysitting for a man of 35 and his wife (age_gap); keys or a phone taken along because he
forgets his own or by mistake (control, s28_locked_in_keys_taken, english_safety). Each with a dangerous twin
in the same words that must stay urgent. Left as danger signs: "ik ben per ongeluk opgesloten in de wc"
(danger_now: someone shut in now, whatever the cause) and a young baby's bruise "from football" (no baby of
months plays football; an explanation by someone else stays urgent). Not guarded: "we spelen verstoppertje, ze
zullen me wel vinden" (a figure of speech blanks the game words before any guard can read them)."""

from tests.test_intents_safety import round_tests

ALARM = [
    # The baby shaken itself.
    "ik schud de rammelaar als de baby huilt, maar soms schud ik de baby zelf door elkaar",
    "als de baby huilt schud ik de rammelaar en daarna schud ik hem hard door elkaar",
    # A baby left alone after all.
    "ze laat haar baby nooit alleen thuis zegt ze, maar de buren zien haar elke avond weggaan",
    "ze laat haar baby bijna nooit alleen thuis, alleen als ze gaat stappen",
    # A young child left alone with the pet, or with the teenager.
    "mijn dochter van 8 laat haar hamster de hele dag alleen, maar ook haar broertje van 3",
    "ze laten mijn broertje van 5 de hele nacht alleen thuis",
    "ze laten mijn broer van 17 en mij van 8 de hele nacht alleen thuis",
    # Shut in, the lock given as the excuse.
    "mijn dochter zat opgesloten in de kelder, papa zegt dat het slot klemt",
    "hij sluit haar op in de wc als straf en zegt dan dat het slot klemt",
    # A blood photo with cuts.
    "ze stuurde een foto van haar arm met bloed, ze zegt van de bloedafname "
    "maar er zitten sneetjes in lijntjes",
    "ze stuurde een foto van haar arm vol bloed, het is geen halloween schmink, ze heeft zichzelf gesneden",
    # The film and a son who feels the same.
    "we keken een film over een meisje dat suicidaal was en nu zegt mijn zoon dat hij ook dood wil",
    "we keken een film over een meisje dat suicidaal was, mijn zoon herkent zich erin",
    # Pain and secrecy, pain at the genitals.
    "als ik zalf smeer zegt hij mama doet pijn, maar ik mag het niet zeggen",
    "papa doet pijn bij mijn plasser als hij de zalf smeert",
    # A young baby's bruise "from football".
    "My son is 3 months old. He has a bruise, it is from football my husband says.",
    "mijn zoon van 4 maanden heeft een blauwe plek van voetbal zegt mijn vriend",
    # Found and hit; hidden from a drunk father.
    "mijn broers zullen me wel vinden bij verstoppertje en dan slaan ze me",
    "dit is geen verstoppertje, mijn broers zullen me wel vinden",
    "ik heb me verstopt bij verstoppertje maar papa is dronken en schreeuwt",
    "ik heb me verstopt bij verstoppertje want ik ben bang voor papa",
    # The kitten as a cover story.
    "she has scratches on her arms from our new kitten, but she says she did it herself",
    "mijn dochter heeft krassen op haar armen, ze zegt van de kitten maar ik zag een mesje",
    # All her pills.
    "ze heeft al haar pillen met water ingenomen",
    # Burnt on purpose.
    "ik heb me expres gebrand aan de strijkbout",
    "ik heb me weer gebrand aan de strijkbout om de pijn te voelen",
    # Babysitting and grooming.
    "mijn dochter van 14 past op bij een man van 35 en zijn vrouw, "
    "maar hij geeft haar geld en appt haar snachts",
    "mijn dochter van 14 past op bij een man van 35 en zijn vrouw "
    "en hij brengt haar met de auto thuis en zoent haar",
    # Keys and phone taken to keep her in.
    "my husband takes my keys with him so that i cannot leave the house",
    "my husband takes my keys with him because he forgets his own, but he locks me in",
    "my wife took my phone with her to the shop by mistake, "
    "but she does it every time so i cannot call my sister",
    "mijn man neemt mijn sleutels mee zodat ik niet weg kan",
    "mijn man neemt mijn sleutels mee omdat hij de zijne vergeet, maar hij sluit me ook op",
]

QUIET_TWINS = [
    # The rattle.
    "ik schud de rammelaar als de baby huilt",
    "als de baby huilt schud ik een rammelaar voor haar gezichtje",
    "ik schud met de rammelaar en dan stopt de baby met huilen",
    # Never alone.
    "ze laat haar baby nooit alleen thuis, de oppas komt altijd",
    "mijn zus laat haar baby nooit alleen thuis",
    # A pet; a teenager.
    "mijn dochter van 8 laat haar hamster de hele dag alleen",
    "onze buren laten hun hond de hele dag alleen",
    "ze laten mijn broer van 17 de hele nacht alleen thuis",
    "mijn ouders laten mijn zus van 16 snachts alleen thuis als ze uitgaan",
    "mijn ouders laten mij van 17 het hele weekend alleen thuis",
    # The lock.
    "mijn dochter zat per ongeluk opgesloten in de wc, het slot klemt",
    "mijn zoon van 3 werd per ongeluk opgesloten in de badkamer omdat het slot klemt",
    # A blood test, make-up.
    "foto van mijn arm met bloed na de bloedprik, is dat normaal?",
    "foto van zijn arm met bloed na de bloedafname in het ziekenhuis, hoe lang blijft dat bloeden?",
    "hier een foto van haar arm vol bloed, is halloween schmink",
    "mijn dochter stuurde een foto van haar arm vol bloed, het is halloween schmink",
    # A film to talk about.
    "we keken een film over een meisje dat suicidaal was, hoe praat ik daarover met mijn zoon van 15?",
    "we hebben een film gezien over een jongen die suicidaal was, hoe praat ik daarover met mijn dochter",
    "we watched a movie about a girl who was suicidal, how do I talk about it with my son?",
    # Ointment on a nappy rash.
    "als ik zalf smeer op zijn billen zegt hij mama doet pijn",
    "mama doet pijn zegt hij als ik de zalf smeer",
    # Football.
    "My son of 9 has a bruise from football. His sister is 3 months old.",
    "Mijn zoon heeft 2 weken geleden een blauwe plek opgelopen bij voetbal.",
    "Mijn dochter is 4 maanden. Haar broer van 10 heeft een blauwe plek van voetbal.",
    # Hide-and-seek.
    "mijn broers zullen me wel vinden bij verstoppertje",
    "ik heb me verstopt bij verstoppertje, mijn broers zullen me wel vinden",
    # The kitten.
    "she has scratches on her arms from our new kitten",
    "my daughter has scratches on her arms from the new kitten",
    "mijn dochter heeft krassen op haar armen van onze nieuwe kitten",
    # Pills with water.
    "ze heeft haar pillen met water ingenomen",
    "hij heeft zijn pillen met een glas water ingenomen",
    "mijn zoon van 15 heeft zijn pillen met water ingenomen, moet hij iets eten?",
    # The iron, the oven.
    "ik heb me gebrand aan de strijkbout",
    "heb mezelf vandaag gebrand aan de strijkbout lol",
    "mijn dochter heeft zich gebrand aan de oven",
    # Babysitting.
    "mijn dochter van 14 past op bij een man van 35 en zijn vrouw",
    "mijn dochter van 14 past op de kinderen van een man van 35",
    "mijn dochter van 15 gaat oppassen bij een man van 38 en zijn vrouw, hoeveel moet ze vragen?",
    # Keys and a phone.
    "my husband takes my keys with him because he forgets his own",
    "my wife took my phone with her to the shop by mistake",
    "mijn man neemt mijn sleutels mee omdat hij de zijne vergeet",
    "mijn vrouw neemt mijn telefoon mee omdat de hare kapot is",
]


# No danger now among these: the round's emergency check, which would have nothing to check, is left out.
(
    test_fa24_rules_raise_an_alarm,
    _,
    test_fa24_harmless_twins_stay_below_urgent,
    test_fa24_patterns_pass_their_gates,
) = round_tests(ALARM, [], QUIET_TWINS)
