"""Category choice on phrasings the lexicon was not written for: one section per family of misses found on
the category tuning set (bench/data/topic_tune.jsonl). Every sentence here is written for this file."""

import pytest

from intents import route, service_question
from intents.lexicon import word_keys
from intents.router import route_with_model
from tests.test_intents_categories import assert_category


def _notes(text: str) -> list[str]:
    return [note for note in route(text).explanation if "->" in note]


# Ordinary Dutch and English words are taken as written: no typo correction into a lexicon word one letter
# away, no split into parts that are not words, no foreign prefix entry.
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("ze heeft een rood gezicht na het buitenspelen", "~ gewicht"),
        ("hij moet voorzichtig zijn op zijn nieuwe step", "~ voorlichting"),
        ("ze kan niet meer genieten van tekenen", "[eten]"),
        ("we hebben een bijeenkomst met de buurt gehad", "-> behaviour"),
    ],
)
def test_ordinary_words_are_not_corrected_split_or_read_as_foreign(text: str, wrong: str) -> None:
    assert not any(wrong in note for note in _notes(text))


def test_unknown_compound_of_two_words_is_split() -> None:
    assert route("er gaat een pestfilmpje rond over mijn dochter").category == "bullying"
    notes = _notes("mijn zoon heeft huiswerkstress")
    assert any("[huiswerk]" in note for note in notes)


def test_compound_parts_must_both_be_words() -> None:
    # "stimuleren" is no compound of "stimu" and "leren".
    assert all(note == "" for _, _, note in word_keys("stimulerende"))


def test_dutch_typo_rules_stay_out_of_other_languages() -> None:
    keys = word_keys("czerwone", native=False)
    assert all(note == "" for _, _, note in keys)


# A teenager's age leans towards puberty, but a topic word wins, and an age alone is no clear question.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("mijn zoon van 15 heeft een vriendin en ik wil het over condooms hebben", "sexuality"),
        ("onze dochter van 13 zit uren per dag op tiktok", "media"),
        ("mijn zoon van 16 vapet stiekem op school", "substances"),
        ("mijn dochter is 14 en vindt zichzelf lelijk en dik", "self_image"),
        ("hoe laat moet een jongen van 15 thuis zijn na een feest", "puberty"),
        ("ze is 13 en heeft steeds ruzie met ons over alles", "puberty"),
    ],
)
def test_teenager_age_is_a_hint_not_the_topic(text: str, code: str) -> None:
    assert route(text).category == code, route(text).explanation


def test_an_age_alone_is_not_a_clear_question() -> None:
    result = route("ik ben 15")
    assert result.confidence < 0.35
    # The lexicon's hint is the age; the learned model leans to what young people who start with their age
    # most often write about (low mood; since ninety-one sets puberty is no longer in its top three). Either
    # way the bot asks before it answers.
    assert route_with_model("ik ben 15", None).categories[0] == "puberty"


# A service question inside a topic (where to go, how long the waiting list is, a referral, a home visit)
# belongs to the topic; without a topic it is a question about access to care. What something costs is
# no money worry.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("hoe lang is de wachtlijst voor hulp bij slaapproblemen van mijn peuter?", "sleep"),
        ("waar kan ik terecht met mijn zoon die stottert?", "development"),
        ("kan de verpleegkundige thuis langskomen om te kijken naar het huilen van onze baby?", "baby"),
        ("hoe kom ik aan een verwijzing voor jeugdhulp?", "access_to_care"),
        ("moet ik zelf betalen voor een gesprek met jullie of is het gratis?", "access_to_care"),
        ("zijn jullie ook s avonds bereikbaar?", "access_to_care"),
        ("wat kost een cursus babymassage bij jullie?", "courses"),
        ("we kunnen de contributie van de hockeyclub niet meer betalen", "money"),
        ("hij durft niet meer naar zwemles sinds hij water binnenkreeg", "anxiety"),
    ],
)
def test_service_questions_belong_to_their_topic(text: str, code: str) -> None:
    assert_category(text, code)


# Words whose stem is another word's: "duurt" is no "duur" (expensive), "regels" no "regeling", "eerst" no
# verb form of "eer", "vrij" (a day off) no "vrijen".
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("hoe lang duurt de koppigheidsfase bij peuters?", "money"),
        ("we hebben thuis duidelijke regels maar hij houdt zich er niet aan", "money"),
        ("eerst ging het goed op de opvang, nu huilt ze elke ochtend", "safety"),
        ("ik heb woensdag vrij, kan ik dan langskomen voor een gesprek?", "sexuality"),
    ],
)
def test_stem_collisions_do_not_decide(text: str, wrong: str) -> None:
    # The lexicon keeps the look-alike out of its first two; the learned re-ranker shares the stem ("regels",
    # "regeling": regel) and may rank it second, but never first.
    assert wrong not in route_with_model(text, None).categories[:2], route(text).explanation
    assert route(text).category != wrong, route(text).explanation


def test_exact_form_entries() -> None:
    text = "mijn dochter van 16 vrijt met haar vriendje, moet ik de pil regelen?"
    assert route(text).category == "sexuality"
    assert route("is er een regeling voor de ouderbijdrage als je weinig geld hebt?").category == "money"


# Turkish, Polish, Ukrainian and Arabic: the core words of each category, with their inflections (prefix
# entries) and Arabic clitics (substring entries); generic "says / speaks" is no development question.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Çocuklarım için evde hangi kuralları koymalıyım?", "parenting"),
        ("Kızımla okulda dalga geçiyorlar, ne yapabilirim?", "bullying"),
        ("Oğlum hiçbir şeyden keyif almıyor ve hep odasında", "low_mood"),
        ("Córka budzi się kilka razy w nocy, co robić?", "sleep"),
        ("W szkole koledzy wyśmiewają mojego syna", "bullying"),
        ("Rozstaliśmy się i nie wiem, jak ustalić kontakty z dziećmi", "divorce"),
        ("Ile czasu dziennie syn może grać w grach na telefonie?", "media"),
        ("Mówi, że nie chce iść do szkoły", "school"),
        ("Мою доньку в класі дражнять через окуляри", "bullying"),
        ("Син постійно плаче і нічого не хоче робити", "low_mood"),
        ("ابنتي تخاف من الكلاب", "anxiety"),
        ("متى تبدأ الدورة الشهرية عند البنات؟", "puberty"),
    ],
)
def test_core_words_in_other_languages(text: str, code: str) -> None:
    assert route(text).category == code, route(text).explanation


# Figures of speech are no topic evidence, and an event said not to have happened is none either.
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("hij verveelt zich dood in de vakantie, wat kan hij doen?", "trauma_grief"),
        ("het tandenpoetsen is elke avond een nachtmerrie geworden", "sleep"),
        ("ik schrok me dood toen ze ineens zelf de trap op klom", "trauma_grief"),
        ("er is niemand overleden, maar ze is al weken verdrietig en stil", "trauma_grief"),
        ("mijn zoon wordt niet gepest, maar hij heeft geen vriendjes", "bullying"),
    ],
)
def test_figures_and_negated_events_do_not_decide(text: str, wrong: str) -> None:
    assert route(text).category != wrong, route(text).explanation


def test_negation_stays_in_its_clause() -> None:
    assert route("ze wordt gepest, niet alleen op school maar ook online").category == "bullying"
    assert route("ik voel me niet veilig thuis").category == "safety"
    # "en" starts another clause: the energy drinks are still there.
    assert "substances" in route("hij drinkt elke dag energiedrank en slaapt niet").categories[:3]


# Neighbouring categories, said in everyday words: what the child does (behaviour) against how the parent
# sets limits (parenting); feelings the child cannot handle (emotions) against low mood and the parent's
# stress; fear (anxiety), self-image and being bullied.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("mijn dochter van 9 praat zo brutaal terug als ik haar iets vraag", "behaviour"),
        ("hij pakt steeds geld uit de portemonnee van zijn oma", "behaviour"),
        ("zodra we de speeltuin uit moeten gooit hij zich op de grond", "behaviour"),
        ("ze is 8 en is na elke verjaardag helemaal van slag", "emotions"),
        ("mijn zoon huilt om alles, zelfs om een kapot koekje", "emotions"),
        ("ze blijft maar vragen of alles wel goed komt met oma", "anxiety"),
        ("hij wil niet naar de spreekbeurt want hij blokkeert altijd", "anxiety"),
        ("mijn zoon lacht nergens meer om en zit alleen op zijn kamer", "low_mood"),
        ("mijn dochter durft geen nee te zeggen tegen vriendinnen", "self_image"),
        ("they call him names on the bus every day", "bullying"),
        ("hoe maak ik mijn zoon van 8 wat zelfstandiger", "parenting"),
    ],
)
def test_everyday_words_for_child_conduct_and_feelings(text: str, code: str) -> None:
    assert route(text).category == code, route(text).explanation


# The other categories in everyday words. A diagnosis of ADHD, its medication and its care are disability; a
# suspicion ("kan het adhd zijn?") stays behaviour. A sibling's serious illness is disability, too.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("mijn ex praat slecht over mij tegen de kinderen", "divorce"),
        ("mijn zoon heeft adhd en zijn medicatie werkt niet goed meer", "disability"),
        ("kan het adhd zijn als mijn dochter nooit stil kan zitten?", "behaviour"),
        ("mijn zusje heeft leukemie en mijn zoon snapt niet waarom ze zo vaak weg is", "disability"),
        ("onze dochter van 16 maanden zegt nog niks", "development"),
        ("mijn zoon van 12 ruikt naar zweet, hoe bespreek ik deo", "puberty"),
        ("mijn dochter van 15 wil een piercing", "puberty"),
        ("hoe reageer ik als mijn zoon zegt dat hij jongens leuk vindt", "sexuality"),
        ("my daughter's friends all drink at parties", "substances"),
        ("ik denk dat hij iets genomen heeft op dat feest, zijn pupillen waren groot", "substances"),
        ("onze dochter van 4 schreeuwt midden in de nacht en weet er de volgende dag niks meer van", "sleep"),
        ("he watches youtube videos all day", "media"),
        ("she witnessed a car accident and now she is scared of cars", "trauma_grief"),
    ],
)
def test_everyday_words_for_the_other_categories(text: str, code: str) -> None:
    assert_category(text, code)


# The parent's own situation: a parent's mental illness or addiction (parent_mental_health) against stress,
# loneliness and too little time to recover (parent_wellbeing).
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("ik ben hersteld van mijn depressie, hoe praat ik er met de kinderen over", "parent_mental_health"),
        ("mn pa drinkt elke avond en dan schreeuwt hij", "parent_mental_health"),
        ("ik voel me zo alleen sinds de baby er is, mijn man werkt altijd", "parent_wellbeing"),
        ("ik werk in ploegendienst en kom nooit bij, wie past eens op de kinderen?", "parent_wellbeing"),
        ("I feel lonely, where can I meet other parents with toddlers?", "parent_wellbeing"),
    ],
)
def test_the_parents_own_situation(text: str, code: str) -> None:
    assert route(text).category == code, route(text).explanation


def test_a_gambling_parent_is_a_parent_question() -> None:
    text = "my dad gambles and we never have money for food"
    assert "parent_mental_health" in route_with_model(text, None).categories[:2]
    # The learned model (fifty-one sets) also hears neglect in "never have money for food" and ranks safety
    # among the runners-up; the parent's addiction stays in the top three.
    assert "parent_mental_health" in route(text).categories[:3]


# Ordinary words that look like topic words: "ergens" (somewhere) is no Turkish "ergen", Dutch "rent" (runs)
# no English rent, a damp navel no damp house, a tummy no pregnancy, a busy week no busy child, "kiezen" no
# KIES group; and a word made of two words is read as a compound before it is taken for a typo.
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("kan ik ergens terecht met vragen over mijn zoon van 14 die slecht slaapt", "puberty"),
        ("ze rent steeds weg als ik haar aankleed", "housing"),
        ("de navel van onze baby van een week is wat vochtig", "housing"),
        ("hij heeft vaak een raar gevoel in zijn buik voor school", "pregnancy"),
        ("het is een drukke week, hoe krijg ik de kinderen op tijd naar bed?", "behaviour"),
        ("ik weet niet welke school ik moet kiezen voor mijn dochter", "courses"),
        ("vanaf de geboorte heeft hij een moedervlek en nu schaamt hij zich", "baby"),
    ],
)
def test_look_alike_words_do_not_decide(text: str, wrong: str) -> None:
    assert route(text).category != wrong, route(text).explanation


def test_a_wide_phrase_gap_stops_at_another_person() -> None:
    assert route("mijn vrouw denkt dat onze zoon depressief is, hij zegt van niet").category == "low_mood"
    assert route("mijn man is al maanden erg depressief en de kinderen merken het").category == (
        "parent_mental_health"
    )
    assert route("ik ben moeder van twee kinderen en heb een depressie").category == "parent_mental_health"


# Where something happens (school, class, pupil, group 6, the after-school club) is context when the message
# says decisively what happens: professionals' questions about a pupil.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "ik ben juf in groep 4 en een leerling vertelde dat zijn opa is overleden, hoe vang ik hem op?",
            "trauma_grief",
        ),
        ("als mentor merk ik dat een leerling uit 3 havo steeds minder eet en afvalt", "eating"),
        ("op de bso hebben we een jongen van 5 die steeds andere kinderen bijt", "behaviour"),
        ("hij wil niet meer naar school omdat de juf boos op hem is", "school"),
        ("de leerkracht zegt dat mijn dochter in de klas moeite heeft met rekenen", "school"),
    ],
)
def test_the_setting_is_context(text: str, code: str) -> None:
    assert route(text).category == code, route(text).explanation


# A staff member's summary of a call: "Moeder belt: ..." says who called, not what about.
def test_the_caller_of_a_summary_is_no_topic() -> None:
    assert route("Moeder belt, wil graag advies.").confidence < 0.35
    summary = "Opa belt: kleindochter (5) is erg bang voor honden. Opa vraagt hoe hij haar kan geruststellen."
    assert route(summary).category == "anxiety"
    notes = route("Moeder belt: dochter (3) stottert sinds kort. Vraagt of ze het moet negeren.").explanation
    assert route("Moeder belt: dochter (3) stottert sinds kort. Vraagt of ze het moet negeren.").category == (
        "development"
    ), notes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "Vader belde: zoon (14) is afgestroomd naar het vmbo en is gedemotiveerd, hoe motiveer ik hem?",
            "school",
        ),
        ("mijn zoon van 13 kijkt stiekem naar pornosites op zijn laptop", "sexuality"),
    ],
)
def test_summary_words(text: str, code: str) -> None:
    assert_category(text, code)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("twee streepjes op de test! hoe vertel ik het mijn ouders, ik ben 17", "pregnancy"),
        ("ik ben al een week over tijd en weet niet of ik een test moet doen", "pregnancy"),
        (
            "mijn ex dreigt de kinderen mee te nemen naar het buitenland, dan zie ik ze nooit meer",
            "safety",
        ),
        # The gap stops only at another person after a person: here the father is the one who is ill.
        ("onze dochter denkt dat haar vader depressief is, hij ligt veel op bed", "parent_mental_health"),
    ],
)
def test_pregnancy_signs_abduction_threats_and_the_person_in_a_wide_phrase(text: str, code: str) -> None:
    assert route(text).category == code, route(text).explanation


# A parent's own dark thoughts are a parent's mental health (the labelling choice of the held-out set); a
# child's, or a young person's own, stay low mood. The urgency is the safety triage's either way.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "ik ben moeder van twee kleintjes en soms wil ik gewoon dood, ik kan niet meer",
            "parent_mental_health",
        ),
        ("mijn dochter van 14 zegt dat ze dood wil, ik maak me zorgen", "low_mood"),
        ("ik ben 15 en ik wil dood", "low_mood"),
    ],
)
def test_whose_dark_thoughts(text: str, code: str) -> None:
    result = route(text)
    assert result.category == code, result.explanation
    assert result.urgency in ("urgent", "emergency")


# Questions about the CJG itself (an internship, research or an interview, a job, privacy of the chat, the
# website) are out of scope whatever topic words they use; registering or getting help stays a question.
@pytest.mark.parametrize(
    "text",
    [
        "Ik zou graag een meeloopdag bij het CJG doen voor mijn opleiding pedagogiek",
        "Ik doe onderzoek naar ouderschap en zoek ouders om te interviewen, kunnen jullie helpen?",
        "Is de chat anoniem?",
        "Hebben jullie een vacature voor jeugdverpleegkundige?",
        "ik wil iets melden over jullie website, de knop voor de chat doet niks",
        "I'm a journalist writing about family support, can I talk to your press officer?",
    ],
)
def test_questions_about_the_cjg_itself_are_out_of_scope(text: str) -> None:
    found = route(text)
    assert (found.intent, found.category) == ("out_of_scope", "other"), found.explanation


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Is de chat anoniem?", "privacy"),
        ("leest er iemand mee met wat ik hier typ?", "privacy"),
        ("Am I anonymous here?", "privacy"),
        ("Ik zou graag een meeloopdag bij het CJG doen voor mijn opleiding pedagogiek", "organisation"),
        ("Hebben jullie een vacature voor jeugdverpleegkundige?", "organisation"),
        ("Mijn zoon van 6 plast nog in bed, is deze chat anoniem?", None),  # her own child: a real question
        ("wat is de hoofdstad van Frankrijk", None),  # out of scope, but not about the service
    ],
)
def test_service_question_names_what_a_question_about_the_service_asks(text: str, kind: str | None) -> None:
    assert service_question(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "Hoe meld ik me aan bij het CJG, mijn dochter wil niet meer naar school",
        "hoeveel privacy geef je een tiener van 15?",
        "hij moet stage lopen maar is heel verlegen",
        "ik las een artikel over schermtijd, hoeveel is normaal voor een kleuter?",
    ],
)
def test_topic_questions_near_those_words_stay_questions(text: str) -> None:
    assert route(text).intent == "question"


# Topic round 2 (bench/data/topic_tune2.jsonl). Core words of Turkish, Polish, Ukrainian and Arabic: lying,
# bed-wetting, teething, mocking, separation, e-cigarettes, cerebral palsy and Down syndrome, postnatal
# depression, money for clothes, a spouse who hits; school words of those languages are the setting.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Kızım 7 yaşında, bazen yatağını ıslatıyor, ne yapmalıyız?", "toilet"),
        ("Oğlum sınıfta hep alay ediliyor, ne yapalım?", "bullying"),
        ("Kocam bazen beni dövüyor, çocuklar da görüyor.", "safety"),
        ("Córka ciągle kłamie w domu i w szkole. Co robić?", "behaviour"),
        ("Mój syn ma zespół Downa, szukamy wsparcia.", "disability"),
        ("Po porodzie mam depresję poporodową, nie daję rady.", "parent_mental_health"),
        ("Мій син (6 років) постійно бреше. Що робити?", "behaviour"),
        ("У доньки ДЦП, шукаємо реабілітацію.", "disability"),
        ("Синові 7 місяців, ріжуться зубки і він гризе все підряд.", "baby"),
        ("Моя донька (12) дуже хвилюється перед уроками.", "anxiety"),
        ("У класі з нього сміються через одяг.", "bullying"),
        ("Я знайшла у доньки вейп. Їй 14.", "substances"),
        ("أنا وزوجي منفصلان منذ سنة والأولاد لا يريدون زيارة والدهم.", "divorce"),
        ("ابني يكذب كثيراً في البيت.", "behaviour"),
        ("لا نستطيع شراء الكتب المدرسية للأولاد هذا العام.", "money"),
        ("أعاني من اكتئاب بعد الولادة منذ شهرين.", "parent_mental_health"),
    ],
)
def test_core_words_of_the_other_languages(text: str, code: str) -> None:
    assert_category(text, code)


# Look-alike words: "weekend" is no "week(en)" of a baby's age, "toetje" no "toets", "ik schrijf" no writing
# lesson, "meldingen" on a phone no report to Veilig Thuis, "jong" no fear; a baby's bath and skin, swear
# words and rough play have their own words.
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("in het weekend wil hij nooit mee naar opa", "-> baby"),
        ("na het toetje rent ze meteen weg van tafel", "-> school"),
        ("ik schrijf namens mijn zus, zij spreekt geen Nederlands", "-> school"),
        ("is ze niet te jong voor een eigen kamer op zolder?", "-> anxiety"),
    ],
)
def test_look_alike_words(text: str, wrong: str) -> None:
    # The lexicon's own notes: whether a word is taken for another word. The learned re-ranker weighs the
    # whole message and may still lean to a topic (since fifty-nine sets it reads "zij spreekt geen
    # Nederlands" as a school question); which category wins is pinned elsewhere.
    lexicon_notes = [note for note in route_with_model(text, None).explanation if "->" in note]
    assert not any(wrong in note for note in lexicon_notes)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("hij krijgt de hele avond meldingen op zijn mobiel en kan niet stoppen met kijken", "media"),
        ("ons jongste kind roept de hele dag vieze woorden, ook tegen opa", "behaviour"),
        ("mag ik mijn zoontje van 5 weken elke dag in bad doen?", "baby"),
        ("de tweeling ravot en stoeit de hele middag, soms gaat er iets stuk", "behaviour"),
    ],
)
def test_words_that_were_read_as_other_topics(text: str, code: str) -> None:
    assert route(text).category == code, _notes(text)


# Everyday descriptions without the textbook word: a child who does as he pleases, a lifestyle question, the
# end of the month, fear of the dark and of failing, not daring to say no, feeling nothing, crying at
# everything, not pointing, weekends at the other parent's, a boyfriend ("een lief"), dropping out of school,
# being waited for after school, a parent with no one around.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("mijn dochter van 8 doet altijd wat ze zelf wil, wat ik ook zeg", "parenting"),
        ("welke begeleiding is er voor een kind met obesitas?", "eating"),
        ("tegen het eind van de maand kunnen we geen eten meer kopen voor de kinderen", "money"),
        ("onze zoon is sinds kort bang in het donker en roept ons steeds", "anxiety"),
        ("ze zegt nooit iets terug en laat over zich heen lopen op de club", "self_image"),
        ("mijn zoon van 15 zegt dat hij niks meer voelt, ook niet bij leuke dingen", "low_mood"),
        ("ze huilt om alles, zelfs om een gevallen koekje, ze is 10", "emotions"),
        ("onze dochter van 14 maanden zwaait niet en kijkt niet op als we haar roepen", "development"),
        ("na elk weekend bij papa is hij dagen van slag", "divorce"),
        ("onze zoon van 16 heeft een lief van 20, wat vinden jullie daarvan", "sexuality"),
        ("mijn zoon wil stoppen met school en gaan werken, hij is 16", "school"),
        ("ik word na het voetbal steeds opgewacht door jongens uit mijn straat", "bullying"),
        ("net verhuisd en ik ken niemand hier, met een peuter thuis voel ik me alleen", "parent_wellbeing"),
        # Aches before school are worry, also in a teenager (read by the lexicon since the model stopped).
        ("mijn puber van 13 heeft steeds buikpijn voor schooltijd", "anxiety"),
        ("mijn zoon van 14 is elke ochtend misselijk voor school", "anxiety"),
    ],
)
def test_everyday_descriptions(text: str, code: str) -> None:
    assert_category(text, code)


# Young people's chat (youth round): abbreviations and straattaal written out before matching, and the words
# young people use for their own topics (exam weeks, being broke, snus, fake profiles, strict parents, ...).
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("ben echt skeer, waar kan ik doekoe lenen zonder gedoe", "money"),
        ("kmoet ffkes weten wnr de herkansingen zijn want ik heb er 3", "school"),
        ("kdurf nie te zeggen thuis dat ik een 3 had voor wiskunde tbh", "school"),
        ("volgende week toetsweek en ik heb nog geen samenvatting, hoe plan ik dat", "school"),
        ("ik heb echt een hekel aan mezelf ngl, ik haat mezelf gewoon", "low_mood"),
        ("ik vergelijk mezelf de hele tijd met influencers en dan voel ik me lelijk", "self_image"),
        ("iemand heeft een nepprofiel van mij gemaakt en stuurt vanaf daar rare dingen", "bullying"),
        ("ik snus elke dag sinds de zomer, hoe stop ik daarmee", "substances"),
        ("hij heeft me geghost na 3 dates, wat heb ik fout gedaan", "sexuality"),
        ("i'm always broke, is there any way to get some money besides my job", "money"),
        ("ik mag niet van mijn ouders naar het festival terwijl iedereen gaat", "puberty"),
        ("ik ben 19 en wil op kamers, hoe begin ik met zoeken", "housing"),
        ("is er een buddy voor jongeren die zich alleen voelen", "access_to_care"),
        ("ik denk dat ik verslaafd ben aan vapen, ik doe het de hele dag", "substances"),
        ("ik ben echt verslaafd aan tiktok, ik zit er de hele avond op", "media"),
        ("hoe vraag ik om meer zakgeld, ik krijg nu 5 euro per maand", "money"),
        ("sinds de scheiding woon ik in twee huizen en ik word er gek van", "divorce"),
        ("mag ik als ik 14 ben zelf kiezen bij welke ouder ik woon", "divorce"),
        ("wil op kamers in Leiden maar ik ben pas 18, hoe regel je dat", "housing"),
    ],
)
def test_young_peoples_words(text: str, code: str) -> None:
    assert_category(text, code)


def test_crying_over_nothing_every_day_is_a_mood_or_an_emotion() -> None:
    # Without a cue for who writes, "ik moet huilen" reads as a parent's strain in the lexicon, with low mood
    # second; since seventy-four sets the re-ranker puts emotions first (the new sets' authors file a child's
    # crying over nothing there). Low mood, the reading of a young person, must stay in the top two.
    text = "ik moet elke dag huilen om niks en ik weet niet waarom"
    result = route(text)
    assert result.category in ("low_mood", "emotions"), _notes(text)
    assert "low_mood" in result.categories[:2]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # A parent's own addiction stays the parent's; "verslaafd aan" a young person's habit is the habit.
        ("ik ben verslaafd aan alcohol en mijn kinderen zien het", "parent_mental_health"),
        # "ewa" greets; it is no topic.
        ("ewa", "other"),
    ],
)
def test_young_peoples_words_hard_negatives(text: str, code: str) -> None:
    assert route(text).category == code, _notes(text)


def test_a_bedroom_is_no_moving_out() -> None:
    # "op haar kamer" is a bedroom. A teenager's boyfriend or girlfriend staying the night is relationships
    # or a teenager's limits: the tuning sets' authors split evenly (22 sexuality, 23 puberty of the lines
    # with a partner staying over at 12 to 17), so either reading is right.
    text = "onze dochter van 13 wil met haar vriendje op haar kamer slapen"
    result = route(text)
    assert result.category in ("sexuality", "puberty"), _notes(text)
    assert {"sexuality", "puberty"} <= set(result.categories[:2])


@pytest.mark.parametrize(
    "text",
    [
        "onze zoon van 5 wil elke dag na school met zijn vriendje spelen, mag dat wel zo vaak?",
        "mijn dochter van 7 wil dat haar vriendinnetje komt logeren",
        "ons meisje van 3 bijt haar vriendinnetje op de opvang",
        "mijn zoontje (6) is zijn beste vriendje kwijt want die is verhuisd",
    ],
)
def test_a_young_childs_playmate_is_no_sweetheart(text: str) -> None:
    # The lexicon's reading; the learned re-ranker reads its own word statistics and may still weigh the word.
    result = route_with_model(text, None)
    assert result.category != "sexuality", result.explanation
    assert not any(note.endswith("-> sexuality") for note in result.explanation), result.explanation


@pytest.mark.parametrize(
    "text",
    [
        "mijn dochter van 13 heeft haar eerste vriendje, hoe praat ik met haar over seks?",
        "mijn zoon van 15 heeft een vriendje en durft het niet aan zijn vader te vertellen",
        "mijn zoontje van 6 zegt dat hij verliefd is op zijn vriendinnetje en wil met haar trouwen",
    ],
)
def test_a_sweetheart_stays_sexuality(text: str) -> None:
    assert route(text).category == "sexuality"


# Category round 6 (bench/data/topic_tune6.jsonl, written at the borders the router confuses most): whose the
# illness is. A named person's illness explains the symptoms next to it (they are that person's, not a child's
# low mood or anxiety); a young person's own words ("ik heb autisme", "ik kan niet meer") are no parent's
# illness or stress; the birth and its partner, children asking what is wrong with a parent, explaining it.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "mijn vrouw is na de geboorte van ons dochtertje erg somber en huilt veel, wat kan ik doen?",
            "parent_mental_health",
        ),
        (
            "mijn man heeft een angststoornis en durft niet meer naar de winkel, wat zeg ik tegen onze zoon?",
            "parent_mental_health",
        ),
        (
            "mijn man zegt dat alles zinloos is en komt amper van de bank, hoe vertel ik het de kinderen",
            "parent_mental_health",
        ),
        (
            "onze kinderen vragen steeds wat er met mama aan de hand is, zij ligt al weken in de ggz kliniek",
            "parent_mental_health",
        ),
        (
            "hoe kan ik mijn kinderen van 6 en 9 uitleggen wat depressie is? ik heb het zelf net gehoord",
            "parent_mental_health",
        ),
        ("mijn partner is gokverslaafd en de kinderen merken de spanning thuis", "parent_mental_health"),
        (
            "ik ben 16 en mijn vader drinkt elke avond, ik durf niemand mee naar huis te nemen",
            "parent_mental_health",
        ),
        (
            "ik heb autisme en ben 14, hoe vertel ik mijn klasgenoten dat ik soms even alleen moet zijn?",
            "disability",
        ),
        ("ik ben 16 en heb zelf adhd, mijn medicatie werkt niet goed meer op school", "disability"),
        ("ik ben 15 en ik kan niet meer, ik lig elke avond te huilen en alles voelt zwaar", "low_mood"),
        ("ik ben moeder van drie en ik kan niet meer, de hele dag rennen en nooit rust", "parent_wellbeing"),
        # "niet depressief" says there is no depression: the exhaustion is the question.
        (
            "ik ben niet depressief hoor, gewoon doodop van twee peuters en een fulltime baan",
            "parent_wellbeing",
        ),
        ("the doctor says i'm not depressed, just exhausted from three kids under five", "parent_wellbeing"),
        ("ik ben depressief en heb twee kleine kinderen, wie kan me helpen", "parent_mental_health"),
    ],
)
def test_whose_illness_it_is(text: str, code: str) -> None:
    assert_category(text, code)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # The child's low mood stays the child's: a child named between the illness words breaks the phrase.
        ("mijn man denkt dat onze dochter van 15 depressief is, ze huilt veel en wil niks meer", "low_mood"),
        ("sinds de geboorte van haar broertje is onze dochter van 4 stil en somber", "low_mood"),
    ],
)
def test_whose_illness_it_is_hard_negatives(text: str, code: str) -> None:
    assert_category(text, code)


def test_a_young_persons_own_dark_words_stay_urgent() -> None:
    result = route("ik ben 15 en ik kan niet meer, ik wil dood")
    assert result.urgency in {"urgent", "emergency"}
    assert result.category == "low_mood", result.explanation


# An adult or a stranger online who asks a child for images, an address or a meeting is a safety question,
# whatever the app or game; a stranger offline is no danger. A witnessed accident, a death in traffic or a
# fire at home is a trauma; a baby's head control and bottom shuffling are milestones; a young child touching
# themself is sexual development.
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("een onbekende vraagt in een game steeds naar haar adres, ze is 11", "safety"),
        ("iemand die hij online heeft leren kennen vraagt steeds om zijn adres, hij is 10", "safety"),
        ("someone online keeps asking my son (11) for pictures and where he lives", "safety"),
        (
            "ik ben 17 en mijn neef is vorige week verongelukt op de snelweg, ik kan nergens aan denken",
            "trauma_grief",
        ),
        ("onze zoon van 8 heeft gezien hoe een hond werd aangereden en praat er steeds over", "trauma_grief"),
        (
            "we hebben vorig jaar brand in huis gehad en de kinderen willen niet meer alleen slapen",
            "trauma_grief",
        ),
        ("ons kind van 10 is bij een huisbrand geweest en schrikt van elk alarm", "trauma_grief"),
        (
            "mijn dochtertje van 5 maanden tilt haar hoofdje nog niet goed omhoog op haar buik, normaal?",
            "development",
        ),
        (
            "mijn zoontje van 3 zit vaak aan zichzelf als hij in bad zit, moet ik er iets van zeggen?",
            "sexuality",
        ),
        ("my daughter of 5 keeps touching herself in the bath, is this normal?", "sexuality"),
        (
            "the neighbors are screaming at their little boy again, it happens every week. do i report it?",
            "safety",
        ),
        ("mama is weer dronken en ik moet voor mijn broertje zorgen, ik ben 13", "parent_mental_health"),
        ("my dad gets drunk every weekend and my little sister is scared, i'm 14", "parent_mental_health"),
        # A young person's own drinking stays substances; noisy neighbours are a housing question.
        ("mijn zoon van 16 kwam vannacht dronken thuis van een feestje, hoe pak ik dat aan?", "substances"),
        ("our neighbours are very noisy at night and we want to move, can the municipality help?", "housing"),
    ],
)
def test_round6_border_words(text: str, code: str) -> None:
    assert_category(text, code)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("mijn zoon van 12 is verlegen bij mensen die hij niet kent, hoe help ik hem?", "safety"),
        (
            "ik heb op youtube gezien hoe je een samenvatting maakt voor je toetsen, maar het lukt me niet",
            "trauma_grief",
        ),
    ],
)
def test_round6_border_words_hard_negatives(text: str, wrong: str) -> None:
    assert route(text).category != wrong, _notes(text)


def test_an_adult_who_wants_to_meet_a_child_stays_urgent() -> None:
    text = (
        "een volwassen man uit een chatgroep wil mijn dochter van 13 vanavond zien, ze mag het niet vertellen"
    )
    result = route(text)
    assert result.urgency in {"urgent", "emergency"}
    assert result.category == "safety", result.explanation


def test_a_drunk_parent_told_by_a_child_stays_urgent() -> None:
    result = route("mama is weer dronken en ik moet voor mijn broertje zorgen, ik ben 13")
    assert result.urgency in {"urgent", "emergency"}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # The re-ranker may not make a child under ten a teenager; the lexicon's own words for early puberty
        # still count.
        ("mijn dochter van 9 praat zo brutaal terug als ik haar iets vraag", "behaviour"),
        ("mijn dochter van 8 krijgt al borsten, is dat vroege puberteit?", "puberty"),
    ],
)
def test_no_puberty_from_the_model_before_ten(text: str, code: str) -> None:
    result = route(text)
    assert result.category == code, result.explanation
