"""Safety triage, round s55 part H: the four other languages (Turkish, Arabic in script and in Latin letters,
Polish, Ukrainian in Cyrillic and Latin letters), from the blind tuning sets safety_tune49-52, generalised
into families and pinned here with own sentences. Turkish: a child left alone for days or waiting for hours
outside, a photo asked by someone met online, engaged off to a stranger and kept in with the phone taken,
money with a second phone, a stepfather at night and a threat if the mother is told, a parent who will throw
the baby out of the window (an emergency when the two are alone), "annenizi öldürürüm", pepper or soap in the
mouth as a punishment. Arabic: bleach about to be drunk, a young child crying behind a door nobody opens, a
threat to burn the home with the family inside (emergencies), plates thrown at the writer, money and a new
phone, a child locked in a dark room, a "secret game"; in Arabizi a drunk father who beats the mother, a
balcony now, cutting hands, a threatener waiting at the gate now, children left alone for days, a kiss on the
mouth with a secret, a girl married off. Polish: children alone while the parents drink, a restraining order
broken tonight (urgent, not 112), a beating heard for minutes (an emergency), photos threatened to the whole
school, "coś sobie zrobi", a second phone and older boys with a car. Ukrainian: nights away with money and a
new phone, a man at night who says keep quiet, a drinking parent who hit a sibling, intimate photos for money,
a young child alone all day; in Latin letters beatings and "ubje", cutting arms, a roof now, "plays" in bed as
a secret, locked in for hours, "will end it all today" with the phone off. Harmless look-alikes stay calm: a
young child who "will kill me" at bedtime or says "I'll kill you" over a toy, exams that "kill me", "ciddi
değil tabii" and "ce zhart", an outburst over a phone with apologies after, "ghadi n9tel rasi" said laughing
over homework, games said to make one violent, a course about recognising violence, a marriage that ended
years ago and safe now, and the twins below."""

from tests.test_intents_safety import not_now_test, round_tests

ALARM = [
    "Komşunun oğlu 6 yaşında, annesi onu günlerce evde yalnız bırakıyor",
    "Yeğenim 7 yaşında, okuldan sonra saatlerce sokakta bekliyor, evde kimse yok",
    "Oğlum 12 yaşında, oyunda tanıştığı biri ondan çıplak fotoğraf istiyor",
    "Babam beni tanımadığım bir adamla nişanladılar, 15 yaşındayım",
    "Telefonumu aldılar, evden dışarı çıkamıyorum, 16 yaşındayım",
    "Kızım 15 yaşında, çantasında para ve ikinci bir telefon buldum",
    "Üvey babam geceleri yatağıma geliyor, 13 yaşındayım",
    "Polise söylersen seni evden atarım diyor amcam",
    "Eşim 'çocuğu balkondan atacağım' diye bağırıyor",
    "Kocası çocuklara 'annenizi öldürürüm' diye bağırıyor",
    "Babaannem oğluma ceza olarak ağzına sabun sürüyor",
    "جوزي رمى الكاسات علي قدام الولاد",
    "بنتي ١٤ سنة صار معها فلوس كتير وموبايل جديد وما بتقول من وين",
    "جوز اختي بيحبس ابنها بالغرفة المظلمة لما يغلط",
    "ابن عمه الكبير بيلعب معه لعبة سرية بالحمام",
    "baba kay dreb mama mli kaykoun sakran, ana 13",
    "bghit nermi 7ali mn el balkon, ma b2itch 9adra",
    "khti 14 w katjra7 f dra3ha kol lila",
    "bba kay5alina wa7dna f dar ayam, ma kaynch makla",
    "l coach kaybousa f fommha w gal liha ma tgoulish",
    "3ammha bado yzawjouha w hiye 14 sana w ma bedha",
    "Rodzice wychodzą wieczorem na imprezy i wracają pijani nad ranem, a maluch zostaje sam",
    "Dzieci sąsiadów same w domu po nocach, matka pije",
    "Były mąż ma zakaz zbliżania się, ale pisze, że jutro przyjdzie po dzieci",
    "Ktoś ma moje nagie zdjęcia i grozi, że wyśle je rodzicom, jeśli nie zapłacę",
    "Moja córka (15) napisała, że coś sobie zrobi po szkole",
    "Syn (13) ma drugi telefon i nowe buty, nie wiem skąd",
    "Донька (14) зникає ночами і приходить з новим телефоном",
    "Вітчим приходить до мене в кімнату вночі і каже нікому не казати",
    "Мама п'є, і вчора вона вдарила мого брата",
    "Він має мої інтимні фото і вимагає гроші, інакше розішле однокласникам",
    "Дитина років 2 цілий день сама в квартирі, плаче",
    "vitchym znovu bje mamu, ya boyusya",
    "brat skazav shcho mene ubje yakshcho ya pidu",
    "ya rizhu ruky koly nikhto ne bachyt, meni 14",
    "tato hrayetsya z neyu v lizhku, kazhe shcho tse sekret",
    "vitchym zamykaye nas vdoma na tsilyi den, yizhi nemaye",
]

EMERGENCY = [
    "أنا ماسكة قنينة الجافيل وبدي اشربها",
    "في طفل عم يبكي من الصبح بالبيت اللي جنبنا وما حدا بيفتح",
    "طليقي برا عم يصرخ انه رح يحرق البيت",
    "3am fakkir rmi 7ali mn el sat7 halla2",
    "ghadi y9telni, w howa daba kaytsenna 9dam dar",
    "Sąsiad bije żonę, słychać krzyki, trwa to już 15 minut",
    "ya zaraz na mostu, vybachte meni",
    "vin napysav shcho sohodni vse zakinchyt, i ne vidpovidaie",
    "Eşim bebeği camdan atacağım dedi, şimdi ikisi evde yalnız",
]

NOT_NOW = [
    "Mój były partner ma zakaz kontaktu i mówi, że dziś przyjdzie po dzieci",
]

QUIET_TWINS = [
    "Kargo için saatlerce kapının önünde bekledim",
    "Kızım anahtarını unuttu, bir kere kapıda saatlerce bekledi",
    "Kızım Instagram'da fotoğraf paylaşmak istiyor, izin vermeli miyim",
    "Kuzenimi geçen ay nişanladılar, düğüne ne giyeyim",
    "Notlarım kötü diye telefonumu aldılar",
    "Oğlum 16 yaşında, bayram parasıyla yeni bir telefon aldı",
    "Annem geceleri odama gelip beni öpüyor",
    "Oğlum oyuncağını balkondan atacağım diyor, 4 yaşında",
    "Kızım acı biberi ağzına sürünce ağladı, ne yapayım",
    "Sınavlar beni resmen öldürüyor, nasıl rahatlarım",
    "Kızım beni öldürecek, 3 yaşında ve hiç uyumuyor",
    "annem 'seni gebertirim' diyor ama ciddi değil tabii, odamı toplamadım",
    "رمى الصحون على الأرض لما وقعت منه",
    "ابني صار معه مصاري من العيدية واشترى تلفون جديد",
    "ابني بيسكر على حاله بالغرفة",
    "اشترينا لعبة سرية هدية للعيد",
    "بدي اشرب مي، وبعدين نظف الحمام بالكلور",
    "أمي تقول إن الألعاب بتخليني عنيف، هل هذا صحيح؟",
    "wldi kay9ol 'n9tel rasi' kol mra kan9olo dir devoirs w kaydhak",
    "Dziecko płacze w nocy, ale śpimy obok",
    "Wyślę zdjęcia z wycieczki wszystkim rodzicom",
    "Zrobię sobie coś do jedzenia po szkole",
    "Syn dostał drugi telefon na urodziny",
    "Zapisałam się na kurs o rozpoznawaniu przemocy",
    "Kiedyś mąż był agresywny, rozstaliśmy się dawno, jesteśmy bezpieczne",
    "Ja go chyba zabiję, syn (3) nie chce spać",
    "Донька (15) кричить 'краще б я померла' коли я забираю телефон, потім вибачається",
    "Донька (4) сказала братові 'я тебе вб'ю' через іграшку",
    "mama skazala shcho vbye mene, ale ce zhart",
    "ya rizhu khlib na kukhni",
    "vin vse zakinchyt z domashkoyu sohodni",
    "ya na dakhu, remont cherepytsi",
]

(
    test_rules_raise_an_alarm,
    test_danger_now_is_an_emergency,
    test_harmless_twins_stay_below_urgent,
    test_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)
test_not_now_stays_urgent = not_now_test(NOT_NOW)
