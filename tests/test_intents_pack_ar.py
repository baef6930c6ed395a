"""The Arabic language pack (intents/data/packs/ar.yaml): dialect safety signals with their harmless twins,
and topic words. Sentences written for these tests (standard Arabic and Levantine, Moroccan, Iraqi,
Egyptian and Gulf dialect)."""

from pathlib import Path

import pytest

import intents
from intents.safety import triage

URGENT = {"urgent", "emergency"}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # Violence by an adult, in dialect and with an object.
        ("راجلي كيضربني كل ليلة وأنا خايفة على الدراري", "safety"),
        ("جوزي بيضربني قدام الولاد وما بعرف لوين روح", "safety"),
        ("ابوي يضربني بالحزام كل ما ارجع متأخر", "safety"),
        ("زوجي دفعني على الدرج وأنا حامل", "safety"),
        ("مرت ابوي بتقرص اختي الصغيرة لحد ما تزرق ايدها", "safety"),
        ("كل يوم بسمع من الجيران صراخ وضرب والولد الصغير عم يبكي", "safety"),
        # Fear of the adult at home, not wanting to go home.
        ("بنتي بتقول انها خايفة من ابوها وما بدها تروح لعنده بالويكند", "safety"),
        ("جوزي بيكسر الصحون كل ما يعصب وبيصرخ علينا", "safety"),
        # Threats, images, control.
        ("قال لي اذا حكيت لحدا رح يقتل امي", "safety"),
        ("شب عم يهددني ينشر صوري اذا ما بعتله غيرها", "safety"),
        ("زوجي حاجز جوازي وجوازات الاولاد وما بيخليني اطلع لحالي", "safety"),
        # Neglect.
        ("الجيران تاركين ولادهم الصغار لحالهم بالبيت كل النهار", "safety"),
        ("ماما كتسد علينا الباب وكتمشي، انا عندي ٩ سنين وخويا ٤", "safety"),
        # Sexual abuse and grooming.
        ("المدرب كيصيفط لبنتي ميساجات بالليل على السناب وقال لها ما تقولي لحد", "safety"),
        ("امي بدها تاخدني للدكتورة تشوف اذا لسه بنت", "safety"),
        # Honour, forced marriage, cutting.
        ("اهلي بدهم يزوجوني ابن عمي بالصيف غصب عني وعمري ١٦", "safety"),
        ("حماتي مصرة نختن البنت لما نسافر عالبلد", "safety"),
        # Self-harm and suicidal thoughts.
        ("عمري ١٥ وكنجرح يدي بالموس ملي كنتقلق", "low_mood"),
        ("صرت اضرب راسي بالحيط لما اتضايق، عمري ١٤", "low_mood"),
        ("ما عاد بدي عيش، كل شي صار تقيل", "low_mood"),
        ("صرلي اسابيع بفكر انه ما في داعي كمل", "low_mood"),
        ("ما حدا رح يزعل اذا رحت", "low_mood"),
        # Thrown out.
        ("ابوي طردني من الدار وما عنديش فين نبات", "housing"),
        ("طردني والدي من المنزل البارحة", "housing"),
        # Standard Arabic and Moroccan in Latin letters.
        ("والدي يؤذيني كل يوم ولا اعرف لمن اتحدث", "safety"),
        ("شدني من شعري قدام اخواتي", "safety"),
        ("لا اشعر بالامان في البيت مع زوج امي", "safety"),
        ("زوجي يمنعني من الخروج ولا يسمح لي بالاتصال باهلي", "safety"),
        ("اطفال الجيران دايما جوعانين ويطلبوا اكل", "safety"),
        ("اتمنى الموت كل يوم ولا احد يفهمني", "low_mood"),
        ("ابني ١٤ سنة قال انه يريد ان يموت", "low_mood"),
        ("bba kaydrbni kol nhar b semta", "safety"),
    ],
)
def test_arabic_danger_is_urgent(text, category):
    route = intents.route(text)
    assert route.urgency in URGENT, (text, route.urgency, route.explanation)
    assert route.category == category, (text, route.category, route.explanation)


@pytest.mark.parametrize(
    "text",
    [
        "جوزي عم يكسر الباب هلق وانا مع الولاد بالغرفة",
        "طليقي واقف عند الباب الحين ويصيح",
        "هلق ابوي ماسك سكين وعم يصرخ على امي",
        "بلعت حبوب كتير من شوي وراسي عم يدور",
        "انا واقفة على الجسر وما عدت قادرة",
        "ابني عمره ٣ سنين طلع من البيت وما لقيناه، دورنا بكل الحارة",
    ],
)
def test_arabic_danger_now_is_emergency(text):
    route = intents.route(text)
    assert route.urgency == "emergency", (text, route.urgency, route.explanation)


@pytest.mark.parametrize(
    "text",
    [
        # Negation, a toddler, a peer, smacking asked about, the own past.
        "زوجي ما بيضربني ابدا بس بيصرخ كتير",
        "ابني عمره ٣ سنين بيضربني لما يعصب، كيف اتصرف؟",
        "ابني الكبير بيضربه لأخوه الصغير وهو عمره ٧",
        "هل مسموح اضربها شوي على ايدها لما تغلط؟",
        "لما كنت صغيرة ابوي كان يضربني، هلق بدي ربي ولادي بدون ضرب",
        # Figures of speech, exasperation, grades, laughing.
        "ميتة من التعب، البيبي ما نام طول الليل",
        "موتتني ضحك بنتي اليوم بالمطعم",
        "هالولد رح يجنني، كل شي يقول لا",
        "امي رح تقتلني اذا شافت العلامات",
        "ابني عم يقتلني بأسئلته كل يوم",
        "بدي موت من الجوع، امتى الغدا؟",
        # Games, sport, cooking, the past that is over.
        "بيلعب لعبة فيها يضرب الوحوش طول اليوم",
        "ابني بيرجع من التمرين كلو كدمات من المصارعة",
        "جرحت ايدي بالسكين وانا اطبخ",
        "زوجي السابق كان عنيف بس انفصلنا من خمس سنين",
        # Information and everyday questions that use the same words.
        "من اي عمر مسموح اترك بنتي لحالها بالبيت ساعة؟",
        "ما بقدر ارجع عالبيت بكير بسبب الشغل، مين بيجيب الولاد من المدرسة؟",
        "ابني بيجي لسريري بالليل كل يوم، كيف اعوده ينام بغرفته؟",
        "ابني بيقفل باب غرفته وما بيحكي معنا",
        "ضاع تلفون ابني بالمدرسة وما لقيناه",
        "بنتي ضايعة من وقت ما غيرت المدرسة",
        "ابني بيحكي عن الموت كتير من وقت ما مات جده",
        "منقعد على الشرفة كل مسا",
        "ابني ما بيقول لحدا شو صار معه بالمدرسة",
        "ابني عمره ٥ سنين قال بدو يموت اذا ما جبتله اللعبة",
        "ابوي بيمنعني من التلفون بعد العشا",
        "انا دايما جوعانة بعد الرياضة",
        "بنتي بتقلد الممثلة بالمسلسل وبتقول بدي اختفي",
    ],
)
def test_arabic_harmless_twins_stay_below_urgent(text):
    route = intents.route(text)
    assert route.urgency not in URGENT, (text, route.urgency, route.explanation)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("ابني عمره ٥ سنين ما بيسمع الكلام ابدا، كيف احط حدود بدون صراخ؟", "parenting"),
        ("ولدي كينوض بالليل بزاف ديال المرات، شنو نديرو باش ينعس؟", "sleep"),
        ("بنتي عمرها سنتين ونص، امتى نبلش علمها عالتواليت؟", "toilet"),
        ("ابني عمره سنتين وما بيحكي غير كم كلمة، هل اللغتين بيأخروه؟", "development"),
        ("بنتي ١٣ سنة بتقول انها بشعة وما عندها ثقة بنفسها", "self_image"),
        ("ابني بالصف عم يتنمروا عليه ويضحكوا عليه كل يوم", "bullying"),
        ("ابني ١٢ سنة قاعد على البلايستيشن لنص الليل", "media"),
        ("عندي نوبات هلع قبل الامتحانات وقلبي يدق بسرعة", "anxiety"),
        ("انا وجوزي عم نتطلق، كيف نحكي للولاد عن الطلاق؟", "divorce"),
        ("عمري ١٧ وانا حامل وما بعرف كيف قول لأهلي", "pregnancy"),
        ("بنتي عندها توحد والمدرسة ما بتعرف تتعامل معها", "disability"),
        ("في مساعدة مالية للعائلات اللي ما بتقدر تدفع اشتراك النادي؟", "money"),
        ("بنتي بتعصب كتير وبتنفجر على اخواتها، كيف بعلمها تهدى؟", "emotions"),
    ],
)
def test_arabic_topics(text, category):
    route = intents.route(text)
    assert category in route.categories[:3], (text, route.categories[:3], route.explanation)


# Round lang9: ways to die asked, not wanting to wake up, cuts on the thighs, children sent without
# food, a slipper, a drunk parent driving, locked in or kept without food; each with harmless twins.
@pytest.mark.parametrize(
    "text",
    [
        "لقيت بالدفتر مكتوب كيف انتحر بسرعة",
        "صرت اتمنى ما اصحى الصبح",
        "في خدوش على زنود ابني وبيخبيها",
        "المعلمه قالت الام بتبعت الولاد بدون فطور كل يوم",
        "جوزي بيضرب البنت بالقندره",
        "ابوي سكران وبده ياخدني انا واخوي الصغير بالسياره",
        "ابوه بيحبسه بالقبو كعقاب",
        "امها بتحرمها من الاكل اذا ما سمعت الكلام",
    ],
)
def test_arabic_round9_danger_is_urgent(text):
    assert intents.route(text).urgency in URGENT


def test_arabic_round9_drunk_driver_now_is_emergency():
    assert intents.route("جوزي سكران وطلع بالسياره مع الولاد هلق").urgency == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "ابني رح يقتلني بنومه المتاخر 😂",
        "شفت تقرير عن العنف بالمدارس، كيف احمي ابني من التنمر؟",
        "ضربت الصرصور بالشحاطه وبنتي صرخت",
        "بنحرمه من الحلويات اذا ما خلص واجباته",
        "ابني بيحبس البول كتير، هل هاد طبيعي؟",
        "جروح على ايدين ابني من القطه الجديده",
        "كيف اموت من الضحك على هالفيديو",
    ],
)
def test_arabic_round9_harmless_twins_stay_below_urgent(text):
    assert intents.route(text).urgency not in URGENT


# Round lang9: topic words (an accident seen, depressed, alimony, drug use, war games, a depressed parent,
# a referral, bedwetting, raising without shouting, laughed at); none of them is urgent.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("ابني شاف حادث سير من شهر وصار عنده كوابيس", "trauma_grief"),
        ("حاسس انو ابني مكتئب من وقت ما انتقلنا", "low_mood"),
        ("طليقي ما بيدفع النفقه للاولاد", "divorce"),
        ("ابني صار يتعاطى حشيش مع اصحابه", "substances"),
        ("ابني بيلعب العاب حرب ساعات", "media"),
        ("امي عندها اكتئاب وانا بهتم باخواتي", "parent_mental_health"),
        ("كيف بقدر اعمل تحويل عائله لعندكم؟ انا معلمه", "access_to_care"),
        ("ابني 7 سنين بيعمل بالفرشه بالليل", "toilet"),
        ("كيف بربي ولادي بدون صراخ", "parenting"),
        ("الاولاد بيضحكوا عليه بالصف لانه ما بيحكي هولندي", "bullying"),
    ],
)
def test_arabic_round9_topics(text, category):
    route = intents.route(text)
    assert route.category == category
    assert route.urgency not in URGENT


# A "~" marks only the start of a substring pattern; alternatives written with their own "~" after a "|" never
# matched until the thirty-fifth session. Each pair: the alternative that was dead, and what it should decide.
TILDE_FIXED = [
    ("زوجي ياخذ كل راتبي ولا يعطيني شي", "urgent"),
    ("عمري ١٥ سنة وابي لا يسمح لي بالخروج مع صاحباتي", "none"),
    ("بنتي عم تفكر بالموت كل يوم لانها خايفه من الموت بعد ما مات جدها", "none"),
    ("ابني وقع عن التخت وما عم يفيق منيح بس هلق رجع يلعب", "none"),
]


@pytest.mark.parametrize(("text", "urgency"), TILDE_FIXED)
def test_an_alternative_after_a_tilde_pattern_is_read(text: str, urgency: str) -> None:
    assert triage(text).urgency == urgency, (text, triage(text))


def test_no_alternative_starts_with_a_tilde() -> None:
    data = Path(intents.__file__).parent / "data"
    for path in [data / "safety.yaml", *sorted((data / "packs").glob("*.yaml"))]:
        assert "|~(" not in path.read_text(encoding="utf-8"), path.name
