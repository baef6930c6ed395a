"""Safety triage, round s17: the rules-alone misses of the three sets the sixteenth round read
(everyday_tune4, professional_tune7, english_tune8) that it left, generalised into families and pinned here
with own sentences. A blow between the parents told in a subordinate clause ("dat zijn vader zijn moeder ...
heeft geduwd"); an adult's hand on a child seen by a bystander; pornography shown to a child and a "secret
game" with an adult; a gun where the children stay; a home full of rubbish and vermin; a minor found with
adult men; dealing for others with no way out; "als ik er morgen niet meer ben"; "done with everything" and
then silence; a bullied child who says the bullies may be right; a slap heard next door and a child crying; a
young child alone and hurt in the street (112); a child who comes in hungry in dirty clothes; cutting for
months; a parent's fear of harming her baby with the verb split; a nude passed on by the one it was sent to;
messages at night to be kept secret; a sentence that starts with a child and its age describes a case, not a
general question. Each with the harmless twins that must stay calm."""

from intents import route
from tests.test_intents_safety import URGENT, round_tests

ALARM = [
    # A blow between the parents in a subordinate clause, told by a child or a teacher.
    "mijn leerling vertelde dat zijn stiefvader zijn moeder vorige week van de trap heeft geduwd",
    "ze zei dat haar papa haar mama gisteren heeft geslagen",
    "a boy in my class told me his dad shoved his mum against the fridge last night",
    # An adult's hand on a child, seen by someone else.
    "op het schoolplein zag ik een moeder haar zoontje hard aan zijn oor trekken tot hij gilde",
    "de oppas smeet de baby hard op het bed toen hij niet stopte met huilen",
    # Pornography shown to a child; a secret game with an adult.
    "mijn dochter zegt dat de buurman haar pornofilmpjes laat zien op zijn telefoon",
    "haar opa laat haar filmpjes zien voor volwassenen als oma boodschappen doet",
    "my stepdad showed my little brother porn videos on his laptop",
    "onze zoon van 5 zegt dat hij met oom een geheim spelletje speelt in de badkamer",
    # A gun where the children stay.
    "mijn ex heeft een pistool onder zijn bed liggen en de kinderen slapen daar elk weekend",
    "there is a gun in the drawer at their dad's flat where the kids stay on weekends",
    # A home full of rubbish and vermin.
    "bij het huisbezoek zag ik een huis vol vuilnis en ratten, de peuter liep op blote voeten",
    "the apartment is full of rubbish and cockroaches and the baby sleeps on the floor",
    # A minor with adult men.
    "onze dochter van 15 sliep dit weekend bij twee volwassen mannen die ze online kende",
    "we found our 14 year old at a party with older men and a lot of alcohol",
    # Dealing for others, no way out.
    "mijn zoon moet drugs rondbrengen voor een paar gasten en zegt dat hij er niet meer uit kan",
    "my nephew is running drugs for older boys and they threaten his little sister",
    # Not here tomorrow.
    "als ik er morgen niet meer ben, wil je dan tegen mijn dochter zeggen dat ik van haar hou",
    # Done with everything, then silence.
    "mijn vriendin appte dat ze klaar is met alles en nu neemt ze haar telefoon niet op",
    "my son texted he is done with everything and now he isn't answering",
    # A bullied child who says the bullies may be right.
    "ze krijgt berichtjes met 'ga toch dood' en nu zegt ze dat ze misschien wel gelijk hebben",
    # A slap heard next door, a child crying.
    "ik hoorde door de muur een harde klap en daarna het kind van de buren heel lang huilen",
    # A child in daycare hungry and unwashed.
    "een peuter uit onze groep komt elke ochtend met honger binnen, in een volle luier van gisteren",
    "a little girl in my class often turns up hungry in the same unwashed clothes",
    # Cutting for months.
    "mijn zus van 14 krast al maanden en ze draagt daarom altijd lange mouwen",
    # The fear of harming one's baby, the verb split.
    "soms ben ik bang dat ik mijn zoontje iets aan zou kunnen doen als hij 's nachts blijft krijsen",
    # A nude passed on by the one it was sent to.
    "mijn dochter heeft een naaktfoto naar haar ex gestuurd en die jongen heeft hem nu doorgestuurd",
    # Messages at night, to be kept secret.
    "her coach keeps texting her at night and told her it's their secret",
    # A child described with an age in a question about the meldcode is a case.
    "Meisje van 9 met striemen op haar rug, wat zijn de stappen van de meldcode?",
]

EMERGENCY = [
    "er zit een klein meisje helemaal alleen op de stoep te huilen, haar hoofd bloedt en niemand let op haar",
    "a small boy is wandering alone along the road crying, no adult anywhere",
]

QUIET_TWINS = [
    # Beaten at a game; a push of a wheelchair.
    "mijn zoon vertelde trots dat zijn vader zijn moeder gisteren met schaken heeft verslagen",
    "his dad pushed his mum in her wheelchair to the school play",
    # An ear pulled in play; a kitten carried by the neck.
    "mijn dochter trekt de kat aan zijn oor, hoe leer ik haar voorzichtig te zijn?",
    "de oppas gooide de knuffel op het bed en de baby lachte",
    # Films for adults as a rating question; a secret game of hide and seek, a surprise.
    "mijn zoon van 10 wil films voor volwassenen kijken, vanaf welke leeftijd mag dat?",
    "grandpa is playing a secret game with the kids to plan a surprise party for my birthday",
    # A water pistol in the cupboard; a hunter's gun in the safe.
    "de kinderen hebben een waterpistool in de kast liggen voor de zomer",
    "mijn schoonvader is jager en heeft een geweer in de kluis, de kinderen logeren er soms",
    # A teenager's room full of rubbish.
    "de kamer van mijn puber ligt vol afval en vieze borden, hoe krijg ik hem aan het opruimen?",
    # A football team with adult trainers.
    "mijn zoon van 14 zit in een team met volwassen mannen als trainers, is dat normaal?",
    # A son who deals, without threat; stopping cannabis.
    "mijn zoon van 17 dealt een beetje wiet op school, hoe praat ik daarover met hem?",
    # Away tomorrow for work or hospital.
    "als ik er morgen niet ben vanwege mijn werk, mag de oppas dan mijn dochter ophalen?",
    # Done with exams and on holiday.
    "ze is klaar met alles voor school en nu is ze op vakantie, ze reageert niet op mijn appjes",
    # Maybe right about something harmless.
    "mijn zoon zegt dat de juf misschien wel gelijk heeft over zijn huiswerk",
    # A bang and a child crying after a cupboard fell over.
    "ik hoorde een harde klap, de kast van de buren viel om en hun kind huilde van schrik",
    # A child alone on the way to school; a lost child with its mother found.
    "mijn zoon van 8 loopt alleen naar school, vanaf welke leeftijd mag dat?",
    "a little girl was crying alone at the playground until her mum came back from the toilet",
    # A baby with nappy rash, asked by the parent.
    "onze baby heeft luieruitslag en heeft steeds honger, is dat normaal?",
    # Scratching a table, a scratch card.
    "mijn zoon krast al weken met zijn sleutel op de tafel, hoe stop ik dat?",
    # Fear of harming a baby by accident.
    "ik ben bang dat ik de baby iets aan zou kunnen doen bij het nagels knippen, hij is zo klein",
    # Messages at night about homework.
    "my daughter's friend texts her at night about homework, how do I set limits on the phone?",
    # A general question about the meldcode without a child.
    "Wat zijn de stappen van de meldcode voor een leerkracht?",
]


(
    test_s17_rules_raise_an_alarm,
    test_s17_a_young_child_alone_and_hurt_is_an_emergency,
    test_s17_harmless_twins_stay_below_urgent,
    test_s17_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)


def test_s17_dealing_under_threat_keeps_its_topic_where_the_lexicon_points_at_it() -> None:
    """The exploitation signal allows substances as its topic, as the authors who file a drug runner there."""
    result = route("mijn zoon van 16 dealt drugs voor oudere jongens, ze bedreigen hem, hij kan er niet uit")
    assert result.urgency in URGENT
    assert {"safety", "substances"} <= set(result.categories[:2])
