"""Turkish language pack (intents/data/packs/tr.yaml): topics, danger told in everyday Turkish, and the
harmless twins (figures of speech, games, negation, the past) that must stay below urgent. Own sentences,
with and without Turkish letters."""

import pytest

import intents
from tests.test_intents_categories import assert_category

URGENT = {"urgent", "emergency"}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("oğlum 2 yaşında, her gece üç kere uyanıyor ve bizim yatağa geliyor", "sleep"),
        ("kızım sebze yemiyor, sadece makarna istiyor, 4 yaşında", "eating"),
        ("oglum 6 yasinda hala geceleri altini islatiyor", "toilet"),
        ("kızım 15 aylık ve hâlâ emeklemiyor, doktora mı gitmeliyiz", "development"),
        ("oğlum kreşte diğer çocukları ısırıyor, 2 yaşında", "behaviour"),
        ("kızım oyunda kaybedince çok çabuk sinirleniyor, hayal kırıklığını kaldıramıyor", "emotions"),
        ("her sınavdan önce elim titriyor, sınav kaygım var", "anxiety"),
        ("oğlum aylardır odasından çıkmıyor, hiçbir şeyden zevk almıyor", "low_mood"),
        ("okulda hiç arkadaşım yok, nasıl arkadaş edinebilirim", "self_image"),
        ("depremden sonra oğlum her gürültüde sıçrıyor", "trauma_grief"),
        ("sınıfta oğlumla dalga geçiyorlar, onu dışlıyorlar", "bullying"),
        ("kızım okumakta çok zorlanıyor, disleksi olabilir mi", "school"),
        ("eski eşimle çocuklar için ortak takvim yapmak istiyoruz", "divorce"),
        ("17 yaşındayım ve kızlardan hoşlandığımı düşünüyorum, ailem bilmiyor", "sexuality"),
        ("oğlum otizm tanısı aldı, okulda destek nasıl alırız", "disability"),
        ("buzdolabı boş, maaşa bir hafta var, voedselbank'a nasıl başvururuz", "money"),
        ("ev çok küçük, beş kişi tek odada kalıyoruz, sosyal konut için ne yapmalıyız", "housing"),
        ("regl gecikti, hamile olabilir miyim diye korkuyorum", "pregnancy"),
        ("üç çocuğu tek başıma büyütüyorum, tükendim, kimsem yok", "parent_wellbeing"),
        ("huisarta kayıt olmak istiyoruz ama hepsi dolu", "access_to_care"),
        ("ebeveynlik kursu var mı, türkçe olursa iyi olur", "courses"),
        ("kardeş kavgaları için ne önerirsiniz, bütün gün kavga ediyorlar", "parenting"),
    ],
)
def test_turkish_topics(text: str, category: str) -> None:
    assert intents.route(text).category == category


@pytest.mark.parametrize(
    "text",
    [
        "babam annemi her akşam dövüyor, çok korkuyorum",
        "uvey babam beni kemerle dovuyor",
        "kocam dün beni boğazımdan tuttu",
        "kayınvalidem çocuklarıma terlikle vuruyor",
        "eşim bebeği ağlayınca çok sert sallıyor",
        "abim beni okul çıkışında görürse öldürürüm dedi",
        "oğlum kavgada bana bıçak çekti",
        "amcam bana dokunuyor ve kimseye söyleme diyor",
        "internetten tanıştığı bir adam kızımdan fotoğraf göndermesi için baskı yapıyor",
        "eşim pasaportumu sakladı, kimseyle konuşturmuyor",
        "ailem ablamı zorla evlendirmek istiyor",
        "iki yaşındaki oğlunu evde tek başına bırakıp gidiyor",
        "eve gitmeye korkuyorum, babam içince bağırıyor",
        "kendimi kesiyorum, kimse bilmiyor",
        "herkes bensiz daha mutlu olur",
        "bebeğime zarar vereceğimden korkuyorum",
        "babam annemi saçından çekti",
        "öğrencimin kolunda kemer izleri var",
        "kocam sinirlenince tabakları fırlatıp kırıyor",
        "sevgilim beni dövüyor",
        "dayım kızıma dokunmuş, kızım anlattı",
        "bir daha uyanmak istemiyorum",
        "herkese yük oluyorum, kimse beni özlemez",
        "babam beni evden attı, sokakta kaldım",
    ],
)
def test_turkish_danger_is_urgent(text: str) -> None:
    assert intents.route(text).urgency in URGENT


@pytest.mark.parametrize(
    "text",
    [
        "babam şimdi bıçakla kapımı zorluyor",
        "bu gece her şeye son vereceğim",
        "annemin haplarından bir sürü içtim",
        "kızım 11 yaşında okuldan sonra eve gelmedi, telefonu kapalı",
        "komşunun bebeği saatlerdir ağlıyor, annesi dönmedi",
        "2 yaşındaki oğlum bulaşık tableti yemiş",
        "kızım nefes alamıyor, dudakları morarıyor",
    ],
)
def test_turkish_danger_now_is_emergency(text: str) -> None:
    assert intents.route(text).urgency == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        # figures of speech
        "ödüm koptu, oğlum merdivenden düşecek sandım",
        "gülmekten öldüm, kızım kediye şarkı söylüyor",
        "yorgunluktan ölüyoruz, ikizler gece hiç uyumuyor",
        "bu matematik ödevleri beni öldürecek ya",
        "bu çocuk beni öldürecek valla, hiç uyumuyor",
        "kafayı yiyeceğim, çocuklar bütün gün kavga ediyor",
        "ciğerimi yaktı bu kız, okulun ilk günü ağladı",
        # a young child at play, games and films
        "4 yaşındaki oğlum seni öldürürüm diyor gülerek, çizgi filmden öğrenmiş",
        "oğlum oyunda herkesi vuruyor, bu oyunlar zararlı mı",
        # negation and the past
        "eşim çocuklara hiç vurmaz ama çok bağırıyor",
        "evde şiddet yok ama çok kavga ediyoruz",
        "çocukken babam bizi döverdi, şimdi sabırlı bir anne olmak istiyorum",
        # ordinary things
        "bebeği sallayarak uyutuyorum, bu alışkanlık olur mu",
        "kızım mutfak bıçağı kullanmak istiyor, kaç yaşında izin verilir",
        "oğlum okuldan sonra eve gelmedi, arkadaşında kalmış",
        "oğlum futbolda düştü, kolunda morluk var",
        "sınavdan önce nefes alamıyor gibi oluyorum",
        "bu haftaki ders programı resmen intihar",
        "ölürüm ben ona, torunum benim her şeyim",
        "telefonumu kırdım, annem beni öldürecek",
        "kızım ilacını içti ve uyudu",
        "oğlum bebeğini sallayarak uyutmayı seviyor",
    ],
)
def test_turkish_harmless_twins_stay_below_urgent(text: str) -> None:
    assert intents.route(text).urgency not in URGENT


# Round lang9: ending one's life as a decision, relief if dead, neglect seen at school, a child
# shut in or taken abroad, sexual coercion by a partner, strangling; each with harmless twins.
@pytest.mark.parametrize(
    "text",
    [
        "hayatımı bitireceğim, artık dayanamıyorum",
        "ilaçları topladım, yarın her şeyi bitireceğim",
        "kızım ben ölsem ailem rahat eder diye yazmış",
        "öğrencim her gün aç ve kirli geliyor",
        "kocam ceza olarak oğlumu bodruma kilitliyor",
        "nişanlım beni cinsel ilişkiye zorluyor, 16 yaşındayım",
        "kocam oğlumu benden habersiz aldı, telefonu açmıyor",
        "üvey babam annemi boğazlıyor",
    ],
)
def test_turkish_round9_danger_is_urgent(text: str) -> None:
    assert intents.route(text).urgency in URGENT


@pytest.mark.parametrize(
    "text",
    [
        "yan evdeki küçük çocuk saatlerdir bahçede tek başına ağlıyor",
        "eski kocam şu an kızımı Türkiye'ye kaçırıyor",
    ],
)
def test_turkish_round9_danger_now_is_emergency(text: str) -> None:
    assert intents.route(text).urgency == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "bu gece bütün ödevlerimi bitireceğim, her şeyi bitireceğim",
        "kapı hep açık kalıyor, kedi dışarı kaçıyor",
        "kediyi geceleri banyoya kapatıyorum, tüy döküyor",
        "kurban bayramında koyunu boğazladılar, oğlum çok korktu",
        "eşim beni hiç birlikte olmaya zorlamıyor, sabırlı",
        "Türkiye'ye giden uçağı kaçırdık, çocuklar ağlıyor",
        "20 yaşındayım, ailem gelecek ay evden çıkmamı istiyor, kalacak yerim yok, ev arıyorum",
    ],
)
def test_turkish_round9_harmless_twins_stay_below_urgent(text: str) -> None:
    assert intents.route(text).urgency not in URGENT


# Round lang9: topic words (rewards, alcohol, gambling, diabetes, a counsellor, group training, sleeping
# "like the dead", exam nerves); the words about death stay below urgent.
@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("oğlum için ödül sistemi kurmak istiyorum, yıldız tablosu işe yarar mı", "parenting"),
        ("20 yaşındayım ve alkol olmadan eğlenemiyorum", "substances"),
        ("eşim kumar bağımlısı oldu, çocuklara nasıl anlatırım", "parent_mental_health"),
        ("kızıma şeker hastalığı tanısı kondu, insülin iğnesinden korkuyor", "disability"),
        ("Türkçe konuşan bir danışman ile görüşmek istiyorum", "access_to_care"),
        ("babalar için grup eğitimi var mı", "courses"),
        ("bebeğimiz gündüz ölü gibi uyuyor, gece ise hiç uyumuyor", "sleep"),
        ("sınav heyecanı yüzünden kızımın midesi bulanıyor", "anxiety"),
    ],
)
def test_turkish_round9_topics(text: str, category: str) -> None:
    route = assert_category(text, category)
    assert route.urgency not in URGENT
