"""Safety triage, round s22: what the rules and a backstop trained without the set missed in safety_tune28 and
safety_tune29 (`bench/safety_model.py misses`), generalised into families and pinned here with own sentences:
a blow or grip "so hard that" a bump followed or the parent frightened themselves; things thrown at a mother
or a child; a parent's anger that "then hurts", "bij mij gebeurt het vaak", hitting again once the worker has
gone; a threat of a children's home or "worse" if the child tells; kept home while a black eye shows; left at
a petrol station as a punishment; made to sleep in the cupboard, on the floor after wetting the bed, to kneel
on rice, locked in a room with food through the door, filmed crying for friends, fed less than the other
children; a parent too drunk or stoned to mind the children, a child who skips school to look after siblings
while a parent drinks, a baby left in the playpen while the minder goes to the pub, alcohol given to a baby, a
parent who drives with beers inside; sexual abuse in a child's words (private parts washed with a tongue, a
massage behind a closed door, no longer wanting one adult to bath her, night visits), older children who make
a boy undress in the toilets, a coach who kisses a pupil or swears her to secrecy, a man who lures children
inside with sweets, older men in a hotel; drug running told sideways (paid to deliver packages, made to hide
things, a debt "or they come round", forced to deliver bags in Arabic, a weapon given to scare someone);
overdose told by quantity and pills saved "for when it goes wrong", a plan and who helps mother afterwards,
how high a flat must be, being forgotten when gone, "done with everything" on a set day, "better off without
her" told by a professional; self-harm as scratches; purging and days without food; a partner who threatens
the unborn child, a father who would kill a queer child, a mother who would take the children "to the other
side" or left them in the car in a closed garage; a child who hides when one parent comes home. Danger now: a
young child who drank a household chemical or had a dishwasher tablet in the mouth, a young child gone from
the garden and not found, pills taken with dizziness, on a balcony saying "ik ga echt". Each with harmless
twins that must stay calm, and four twins older rules raised (a cat's scratch, chickenpox, a course of
antibiotics, a stomach bug), now guarded."""

from intents.safety import triage
from tests.test_intents_safety import round_tests

ALARM = [
    # So hard that a bump followed or the parent frightened themselves.
    "mijn vriend heeft mijn zoontje zo hard aan zijn arm getrokken dat hij een blauwe plek had",
    "ik heb mijn dochter gisteren zo hard geknepen dat ik er zelf van schrok",
    "I slapped my son so hard that I scared myself, I need help",
    # Things thrown at a person at home.
    "mijn stiefvader smijt borden naar mijn moeder als hij boos is",
    "toen hij dronken was gooide mijn vader een fles tegen haar hoofd",
    "my dad throws plates at my mum when they fight",
    # Anger that hurts; it happens to me; hitting again when the worker has gone.
    "mijn papa wordt soms heel boos en dan doet het pijn",
    "my mum gets angry a lot and then it hurts, I'm 10",
    "mag een moeder haar kind slaan met een slipper? bij ons thuis gebeurt het elke week",
    "als de gezinscoach weg is schopt hij ons weer",
    # Telling has a price.
    "papa zegt dat als ik het tegen de meester zeg ik naar een pleeggezin moet",
    "mum says if I tell my teacher about the bruises she will make things worse",
    # Kept home while the marks show.
    "ik mag van mijn vader niet naar school tot de blauwe plekken weg zijn",
    "my stepmom won't let me go to school until the bruises on my arm fade",
    # Left behind as a punishment.
    "mijn moeder heeft me uit de auto gezet en me achtergelaten op een parkeerplaats omdat ik zeurde",
    "dad left me at a petrol station because I talked back, I'm 13",
    # Degrading punishment.
    "als ik brutaal ben moet ik in de kelder slapen van mijn stiefmoeder",
    "mijn broertje plaste in bed en moest toen de hele nacht op de gang slapen",
    "mijn vader laat me op mijn knieen op erwten zitten als ik een slecht cijfer heb",
    "ze sluiten mijn zusje dagenlang op slot in haar kamer als straf",
    "mijn stiefvader filmt hoe mijn broertje huilt en stuurt het naar zijn vrienden",
    "mijn stiefvader geeft mij minder te eten dan zijn eigen kinderen",
    # Intoxicated while in charge; a young carer; left to go out; alcohol to a baby; drink-driving.
    "mijn man was zo dronken dat hij in slaap viel terwijl ons dochtertje van 1 in bad zat",
    "mijn moeder is vaak te stoned om voor mijn zusjes te zorgen",
    "ik blijf vaak thuis van school om op mijn zusje te passen want mijn vader drinkt de hele dag",
    "my dad is drunk all the time so I have to skip school to look after my little brothers",
    "de oppas legt haar in de wieg en gaat dan naar de kroeg, ze is pas 4 maanden",
    "mijn schoonvader gaf de baby een scheutje whisky in de fles om hem te laten slapen",
    "my ex drives with the kids after a few beers",
    "hij rijdt met een paar wijntjes op met de kinderen achterin",
    # Sexual abuse in a child's words.
    "mijn dochtertje van 4 zegt dat opa aan haar poesje likt",
    "mijn oom wil dat ik hem masseer op zolder en dan moet de deur op slot",
    "onze zoon van 4 wil niet meer dat de buurman hem verschoont en huilt als hij komt",
    "mijn stiefvader bezoekt haar elke nacht en ze mag het niet zeggen",
    "op het plein namen de grote kinderen hem mee naar de toiletten en moest zijn onderbroek naar beneden",
    # A coach who crosses the line; luring; older men in a hotel.
    "ik ben 14 en de trainer heeft me gezoend tijdens het kamp, hij zegt dat het normaal is",
    "mijn coach zegt dat niemand mag weten over onze berichten, ik ben 13",
    "my daughter's tutor asks her to change in his room and takes photos",
    "een oude man in het park geeft snoepjes en vraagt of de kinderen mee naar zijn huis gaan",
    "mijn nichtje van 14 gaat in het weekend met volwassen mannen naar een hotelkamer",
    # Drug running told sideways.
    "een jongen uit de buurt betaalt mijn zoon van 15 honderd euro per keer om tasjes af te leveren",
    "mijn dochter van 14 moet voor oudere jongens een tas in haar kast bewaren en heeft opeens veel geld",
    "hij moet de schuld van 500 euro terugbetalen anders pakken ze hem, zeggen ze",
    "ze weten waar mijn broertje woont, zeggen die gasten over zijn drugsschuld",
    "mijn broer van 15 heeft een mes gekregen van oudere jongens om iemand te bedreigen",
    "الشباب الكبار يجبروني انقل اغراض لهم والا سيضربون اخي",
    # Overdose told by quantity; pills saved; the plan and afterwards.
    "ik heb gisteren een halve strip slaappillen geslikt en niemand weet het",
    "mijn dochter van 15 heeft 12 tabletten ingenomen na de ruzie",
    "ik spaar slaappillen op voor als het echt niet meer gaat",
    "ik heb geen zin meer in het leven en pieker elke nacht over hoe ik het zou doen",
    "ik heb een plan. wie zorgt er voor mijn hond daarna",
    "ik zoek steeds op hoe hoog een gebouw moet zijn",
    "gaan mensen me missen als ik er niet meer ben? ik ben zo moe van alles",
    "mijn vriendin zei dat ze morgen klaar is met het leven",
    "de leerling vertelde dat ze denkt dat iedereen beter af is zonder haar",
    "she told the school nurse that everyone would be better off without her",
    # Self-harm as scratches; purging and days without food.
    "ik kras met een schaar in mijn bovenbenen als het te veel wordt",
    "ik draag lange mouwen omdat mijn armen vol sneetjes zitten",
    "als ik wel eet spuug ik het er weer uit want ik ben te dik",
    # Threats to the unborn, to a queer child, a family taken along.
    "ik ben zwanger en hij zei dat hij het er wel uit slaat als ik het houd",
    "mijn vader zei dat hij mij eigenhandig zou vermoorden als ik homo ben",
    "mijn vrouw zegt dat ze de kinderen meeneemt naar de andere kant als ik wegga",
    # Hides when a parent comes home.
    "mijn zoontje kruipt onder zijn bed als zijn vader thuiskomt",
    "my little sister hides under the table when dad comes home",
    # The older rules' guards below stop at the harmless reason, not at the danger.
    "ik kras in mijn arm sinds de kat dood is",
    "ik mag niet naar school van mijn man",
    "hij heeft al drie dagen niks gegeten, zijn moeder is weg",
]

EMERGENCY = [
    "mijn dochter van 2 heeft net een slokje chloor gedronken, ze huilt heel erg",
    "onze peuter heeft een wasmiddelcapsule in zijn mond gehad en zijn lippen zijn rood",
    "my toddler just swallowed some drain cleaner from under the sink",
    "mijn dochter van 3 is uit de speeltuin weggelopen en ik kan haar nergens meer vinden",
    "ik heb een hele strip paracetamol geslikt en ik ben heel misselijk",
    "ik zit op de rand van het dak en ik ga springen",
]

QUIET_TWINS = [
    # So hard: laughing, a ball, a pillow.
    "we hebben zo hard gelachen dat ik er zelf van schrok",
    "hij heeft de bal zo hard geschopt dat de ruit een barst had",
    # Throwing at play; a toddler's throw.
    "mijn vriend en ik gooiden sneeuwballen naar mijn moeder, ze vond het leuk",
    "mijn dochter van 2 gooit haar bord naar mijn hoofd als ze geen zin heeft in eten",
    # Anger without pain; "it happens" about something else.
    "mijn papa wordt soms heel boos en dan gaat hij even wandelen",
    "mag een kind van 8 alleen naar school fietsen? bij ons gebeurt het vaak",
    # Telling a surprise; a sick child kept home.
    "als ik het aan de juf vertel is de verrassing voor mama verpest",
    "mijn zoon mag niet naar school tot de waterpokken weg zijn",
    # A petrol station stop; sleeping in the cellar on a camping trip.
    "papa heeft me achtergelaten bij het tankstation om chips te halen en kwam me daarna weer ophalen",
    "mijn zoon moet de rest van de nacht op de grond slapen als we op kamp gaan, is dat erg?",
    "mijn zoon vindt het leuk om in de kast te slapen, hij noemt het zijn hol",
    "ik zit op mijn knieen op de vloer om de tegels schoon te maken",
    "mijn zoon doet zichzelf de hele dag op slot in zijn kamer met zijn games",
    "mijn man filmde hoe ze huilde van blijdschap bij de bruiloft en deelde het in de groepsapp",
    # Drunk with the children elsewhere; a carer without drink; a baby in bed.
    "mijn man was zo dronken dat hij in slaap viel, de kinderen logeerden bij oma",
    "mijn moeder drinkt veel koffie en ik moet op mijn zusje passen als ze werkt",
    "ik leg de baby in de wieg en ga dan even douchen",
    "ik geef de baby een slokje water na de fles",
    "mijn man rijdt nooit met een biertje op",
    # A dog that licks; a physio's massage; a child who wants to bath herself, or a phase with no other sign.
    "de hond likt aan de billen van de baby, is dat vies?",
    "bij de fysiotherapeut moet ik de deur dicht doen tijdens de massage",
    "mijn zoon van 4 wil niet meer dat oma hem in bad doet want hij kan het zelf",
    "mijn dochter van 3 wil ineens niet meer dat opa haar in bad doet, is dat een fase?",
    # Toilets with an accident; a coach at a birthday; sweets at a party.
    "de grote kinderen namen hem mee naar de wc om hem te helpen met zijn broek omdat hij een ongelukje had",
    "de trainer heeft me op mijn wang gekust op mijn verjaardag",
    "de buurman gaf snoep aan de kinderen en vroeg of ze binnen kwamen op zijn verjaardagsfeest",
    "met oudere jongens van het team gaan we in een hotel slapen tijdens het toernooi",
    # Paper rounds, a bill, a scouting knife.
    "mijn zoon van 15 bezorgt folders en verdient 30 euro per week met pakketjes rondbrengen voor de bakker",
    "we moeten de huurachterstand terugbetalen anders gaan ze naar de deurwaarder",
    "mijn zoon heeft een zakmes gekregen van opa om hout te snijden bij scouting",
    # Pills as prescribed; a move; a lift; a holiday.
    "ik heb de hele kuur antibiotica ingenomen zoals de dokter zei",
    "ik bewaar de paracetamol in de keukenkast voor als iemand koorts krijgt",
    "ik denk na over hoe ik het zou doen met mijn verjaardagsfeest",
    "hoe hoog moet een flat zijn voordat er een lift in moet?",
    "gaan mijn vrienden me vergeten als ik er niet meer ben na de verhuizing naar Spanje?",
    "na dit weekend ben ik klaar met alles voor de verhuizing",
    "mijn tante zei dat iedereen beter af is zonder hem na de scheiding",
    # Scratches from a cat; marks of pen.
    "mijn armen zitten vol krassen van de kat",
    "mijn benen zitten vol krassen van de bramen in het bos",
    "ik heb dingen op mijn arm geschreven met pen en de juf zag het",
    "ik eet al 2 dagen niks omdat ik buikgriep heb",
    # A baby that kicks; a queer child welcomed; the other side of the street.
    "ik ben 20 weken zwanger en de baby schopt al heel hard",
    "mijn vader zei dat hij trots zou zijn als ik homo ben",
    "ik neem de kinderen mee naar de overkant van de straat naar het park",
    # Hide and seek.
    "mijn zoon verstopt zich onder de tafel als papa thuiskomt om hem te laten schrikken",
    # Chemicals kept safe; a child found again.
    "waar bewaar ik de ontstopper zodat mijn peuter er niet bij kan?",
    "mijn dochter van 3 is haar knuffel kwijt en we kunnen hem niet vinden",
    "ik zit op het balkon te lezen en ik ga echt niet naar binnen, het is te mooi weer",
    # Older rules that raised these while the round's twins were written: a cat's scratch, kept home until
    # the chickenpox is gone, a course of antibiotics, days without food through a stomach bug.
    "de kat krast in mijn arm",
    "ik mag niet naar school tot de waterpokken weg zijn",
    "ik heb de hele strip antibiotica genomen zoals de dokter zei",
    "ze heeft 3 dagen niks gegeten door buikgriep",
    # The backstop raised these until it learned this file's twins: pills kept for a migraine, a balcony
    # before going to sleep.
    "ik bewaar de pillen voor als ik weer migraine krijg",
    "ik sta op het balkon en ik ga zo slapen",
]


(
    test_s22_rules_raise_an_alarm,
    test_s22_danger_now_is_an_emergency,
    test_s22_harmless_twins_stay_below_urgent,
    test_s22_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)


def test_a_debt_told_now_or_scratches_seen_now_stay_urgent() -> None:
    """Drug running and self-harm told in passing need a person soon, not 112, even with "nu" said."""
    assert triage("nu moet mijn zoon 300 euro terugbetalen anders komen ze langs").urgency == "urgent"
    assert triage("ik heb dingen op mijn arm en nu zag mijn moeder het").urgency == "urgent"
