"""Safety round s53 part H: dangers written in Turkish, Arabic (Arabic script and Arabic in Latin letters with
2, 3, 7), Polish and Ukrainian (Cyrillic and Latin letters), and in learners' Dutch mixed with those
languages, that the rules missed in the blind tuning sets of round s53 (safety_tune41-44, youth_tune29),
generalised into families and pinned here with own sentences: a girl to be married off as a minor or against
her will, a girl or boy to be sent to the home country and left there, cutting of a girl planned by the
family, an adult who beats the children, an adult who touches a child "in a strange way" and calls it a
secret, a cleaning product swallowed (Arabic); in Arabic in Latin letters medicine or pills swallowed with
drowsiness or the whole box, throwing oneself from a roof or a balcony, cutting oneself, a husband or father
who hits or pushes, a brother who will kill the writer, young children left alone at night; a box or handful
of pills swallowed (Turkish); "to koniec" written from a bridge or with no answer, thoughts of death every
day, a "boyfriend" who sends a girl to meet men for money, a nude picture sent round unless paid, a blow told
with the one hit first (Polish); a young child who swallowed medicine, a baby who fell and does not wake or
breathes strangely, a host who asks "special gratitude" or goes into a daughter's room at night, no sense in
living or better not to have woken up, a child not fed or locked on a balcony, cuts on the arms (Latin
letters), "це кінець" with no answer (Ukrainian); a cleaning product drunk and food locked away told in
learners' Dutch. In a second pass the same families in the other languages: "bu son" with no answer and a fall
with no waking (Turkish), a fall with no waking and thoughts of death every day (Arabic), thoughts of death
every day and a kill threat in Latin letters (Ukrainian). Each with harmless twins that must stay calm: a
grown daughter glad to marry, a holiday at grandma's, a son's circumcision, a toddler who hits, a doctor's
examination, a surprise party, medicine as the doctor said, a barbecue on the roof, a swim in the sea, a cut
while cooking, a parent who will "kill me" over grades said laughing, teenagers alone for half an hour, a box
of pills bought, the end of the school year or of a relationship, grief for a grandmother, a holiday job, a
fall with normal breathing after, a mother who tucks her child in, bottle feeding, a cat's scratches, a film,
storing cleaning products, a sweets cupboard locked; and a blow of last year, help had and all well now
(Arabic), and a parent's "seni öldüreceğim" said as a joke (Turkish)."""

from tests.test_intents_safety import not_now_test, round_tests

ALARM = [
    # A girl to be married off as a minor or against her will (Arabic).
    "جارتي تقول ان زوجها بده يجوزها لبنتهم اللي عمرها ١٣ سنة",
    "عمي رح يزوجوها لبنت عمي الصيف الجاي وهي ما بدها",
    # Sent to the home country and left there (Arabic).
    "أهلها بدهم يرسلوها على العراق ويخلوها هناك لأنها صارت هولندية",
    "اخوي عمره ١٤ واهلي بدهم يبعتوه على المغرب عقاب وهو ما بدو",
    # Cutting of a girl (Arabic).
    "جدتها بدها يختنوها بالبلد الصيف الجاي",
    "امي بدها تعمللها طهور لبنتي الصغيرة بمصر وانا خايفة",
    # An adult who beats the children (Arabic).
    "جاري بيضرب ولاده كل يوم بالحزام وبسمعهم عم يبكوا",
    "زوجي يضرب الاولاد كل ما يعصب",
    # Touched in a strange way, a secret (Arabic).
    "ابن عمي الكبير بيلمس بنتي بطريقة مش منيحة لما نزورهم",
    "المدرب يلمسه بشكل غريب في غرفة الملابس وقال له هذا سر بيناتنا",
    # Self-harm, a blow, a threat, children left alone, a wish to throw oneself (Arabic in Latin letters).
    "ana b2ass 7ali kel lele bel shafra",
    "okhti bt2ass 7ala bel moos w ma 7ada bya3ref",
    "baba byedrobni kel ma yeskar",
    "rajli kaydrebni w kaydreb drari",
    "khayyi 2al eza shafni ma3 shab ra7 y2otelni",
    "abouya 2alli eza ma bsma3 kalamo bidba7ni",
    "jaretna bitrekon lal wlad sghar wa7don kel lele w bet roo7 3al shoghl",
    "el jiran byetrekon el atfal la7alon bel bet tul el lel",
    "ana bade erme 7ali, ma 7ada bi7ebni",
    "khayye 3am bi2ol enno biddo yermi 7alo",
    # Thoughts of death every day, meetings for money, a nude picture unless paid, a blow told object first
    # (Polish).
    "od tygodni ciągle myślę o śmierci i nie wiem co robić",
    "moja córka mówi, że codziennie myśli o samobójstwie",
    "jakiś dorosły facet namawia moją 14-letnią siostrę na spotkania ze starszymi panami za pieniądze",
    "chlopak corki kaze jej spotykac sie z jego kolegami za kase",
    "ktoś pisze do syna że roześle jego nagie zdjęcia wszystkim znajomym jeśli nie zapłaci",
    "dostałam wiadomość, że moje rozebrane fotki trafią do internetu jeśli nie przeleję 100 zł",
    "ojczym go bije kiedy mamy nie ma w domu",
    "wczoraj maz mnie uderzyl przy dzieciach",
    # A host at night, no sense in living, not fed or locked in, cuts on the arms (Ukrainian).
    "господар квартири вночі приходить до кімнати дочки",
    "хазяїн натякає що за житло я маю спати з ним",
    "ya ne bachu sensu zhyty pislya vsoho",
    "krashche b ya ne prokynuvsya sohodni",
    "краще б я не прокинулася, мені все набридло",
    "моїх онуків не годують і замикають у підвалі",
    "ucheny kazhe shcho yiyi ne goduyut vdoma",
    "sestra rizhe sebe i khovaye porizy na rukakh",
    "u syna porizy na rukakh i vin nosyt dovgi rukavy",
    # Thoughts of death every day (Arabic, Ukrainian); a kill threat in Latin letters (Ukrainian).
    "عم فكر بالموت كل يوم وما حدا بيعرف",
    "بنتي قالت لي انها بتفكر بالانتحار كل ليلة",
    "син сказав що думає про смерть кожен день",
    "ya dumayu pro smert postiyno, meni 17",
    "brat skazav shcho vbye mene yakshcho pobachyt z khlopcem",
    "batko kazhe shcho ub'ye yiyi yakshcho vona ne vyide zamizh",
    # No food for the children, the fridge locked (learners' Dutch).
    "mijn vrouw geeft geen eten aan de kinderen als ze boos is",
    "vader doet ijskast op slot, kinderen hebben honger. teşekkürler",
]

EMERGENCY = [
    # A cleaning product swallowed (Arabic, learners' Dutch with Arabic).
    "ابني عمره سنتين شرب كلور من تحت المجلى شو اعمل",
    "بنتي بلعت منظف هلق وعم تسعل",
    "mijn zoon 3 jaar drink schoonmaak spul, wat moet doen",
    "kind heeft wc spul gedronken help شو اعمل",
    # Medicine swallowed, drowsy or the whole box; from a roof (Arabic in Latin letters).
    "binti 3 snin akalet 7boob mn el shanta, hala2 na3sane",
    "ibni bala3 kel el 7bub el dawa w ma 3am yfi2",
    "ana 3al balkona w bade erme 7ali",
    "akhi fo2 el sat7 w 2al bade ermi 7ali, ma 3am yred",
    # A box or handful of pills (Turkish, with and without Turkish letters).
    "oğlum az önce bütün ilaçları yutmuş, ne yapayım",
    "ablam bir avuç hap içti, çok korkuyorum",
    "kizim bir kutu uyku hapi icmis, uyanmiyor",
    # "It is the end" with no answer or from a roof (Polish, Ukrainian).
    "corka napisala ze to koniec i nie odbiera telefonu",
    "Brat jest na dachu i pisze że to już koniec",
    "син написав що це кінець і не відповідає на дзвінки",
    "moya donka napysala shcho tse kinets i ne bere telefon",
    # "Bu son" with no answer or from a bridge; a fall and not waking (Turkish, Arabic).
    "oğlum köprüde, bu son diye yazdı ve telefonu açmıyor",
    "kizim catida, artik son dedi, cevap vermiyor",
    "bebeğim yataktan düştü, uyanmıyor",
    "oglum merdivenden dustu, basini carpti, zor nefes aliyor",
    "بنتي وقعت عن التخت وما عم تفيق",
    "ابني طاح من الدرج وما عم يتنفس منيح، نفسه غريب",
    # A young child who swallowed medicine; a fall and not waking (Ukrainian).
    "донька (2 роки) з'їла мої таблетки, не знаю скільки",
    "sin 3 roky prokovtnuv tabletky babusi, zaraz sonnyi",
    "дитина впала з ліжка і не прокидається",
    "donka vpala z hodunok, vdarylas holovoyu i dykhaye vazhko",
]

QUIET_TWINS = [
    # A grown daughter glad to marry, a son's wedding (Arabic).
    "بنتي عمرها 25 وبدنا نزوجها الصيف، هي مبسوطة كتير، كيف نحضر العرس؟",
    "ابني عمره ٢٦ وخطب بنت حلوة، بدنا نجوزه الصيف",
    # A holiday abroad the children look forward to (Arabic).
    "بدنا نبعت الولاد على المغرب بالعطلة اسبوعين عند جدتهم، هم متحمسين",
    "بدهم يبعتوها على سوريا بالصيف عند تيتا، هي فرحانة",
    # A son's circumcision (Arabic).
    "بدنا نعمل طهور لابني بالصيف، وين في دكتور منيح؟",
    "طهور ابني الصغير بكرا، شو لازم نحضر؟",
    # A toddler who hits other children, a question about the law (Arabic).
    "ابني عمره ٤ سنين بيضرب الولاد بالحضانة، شو اعمل؟",
    "هل ضرب الاطفال ممنوع في هولندا؟",
    # A doctor's examination, a surprise party (Arabic).
    "الدكتور فحص ابني ولمس بطنه بطريقة غريبة، هل هذا طبيعي؟",
    "حضرنا حفلة مفاجأة لبابا، هذا سر بيناتنا",
    # Storing bleach (Arabic, learners' Dutch).
    "كيف احفظ الكلور بعيد عن الاولاد؟",
    "hoe bewaar ik schoonmaak spul veilig voor mijn peuter?",
    # Medicine as the doctor said, a barbecue on the roof, a swim, a cut while cooking (Arabic in Latin
    # letters).
    "ibni akhad el dawa metl ma 2al el doktor",
    "ana fo2 el sat7 3am ba3mel barbecue ma3 el shabab",
    "bade erme 7ali bel ba7r, el jaw 7ar ktir",
    "bade erme 7ali 3al takhet w nam, ana ta3ban",
    "2asset 7ali w ana 3am ba2ta3 el bandora",
    # A toddler who hits, a father who never hit, a joke over grades, teenagers alone briefly (Arabic in Latin
    # letters).
    "ibni 3omro 3 snin byedrobni lama yez3al",
    "baba 3omro ma darabni, howe kteer 7anoun",
    "baba ra7 y2otelni lama yshouf el 3alamat haha",
    "el wlad 15 sene w bitrekon la7alon nos sa3a",
    # A box of medicine bought, the doctor's dose, a joke (Turkish).
    "eczaneden bir kutu ilaç aldım, nasıl saklamalıyım?",
    "doktor her gün bir tane hap içmesini söyledi",
    "annem odamı toplamadım diye beni öldürecek dedi, şaka tabii",
    "babam ödevimi yapmadım diye seni öldürecegim dedi, saka tabi, ama cok kizdi",
    # The end of the school year or of a relationship, grief, a holiday job, a parent who never hit (Polish).
    "to koniec roku szkolnego i syn nie odbiera telefonu bo jest na wycieczce",
    "córka napisała że to koniec z jej chłopakiem i nie odpowiada, płacze w pokoju",
    "od śmierci babci ciągle myślę o śmierci babci, jak pomóc dziecku w żałobie?",
    "syn pracuje w wakacje i zarabia za pieniądze na spotkaniach firmowych",
    "mój tata nigdy mnie nie uderzył",
    # The doctor's medicine, a fall with normal breathing, a mother who tucks in, late, bottle feeding, a cat,
    # a film (Ukrainian).
    "лікар прописав сину сироп, він випив ліки і спить",
    "malyuk vpav z dyvana, poplakav i vzhe hraye, dyhaye normalno",
    "мама вночі заходить до кімнати доньки щоб укрити її",
    "краще б я прокинулась раніше, запізнилась на роботу",
    "ne bachu sensu v tsomu plani",
    "ya ne goduyu doniu grudyu, tilky sumishsyu",
    "kit podryapav, u nyei podryapyny na rukakh",
    "на фільмі герой сказав що це кінець і не відповідає",
    # The last day of school, the last episode; a fall and playing again (Turkish, Arabic).
    "bugün okulun son günü, oğlum telefonu açmıyor",
    "dizinin son bölümü bu, bu son dedi ve telefonu kapattı",
    "bebeğim düştü ama ağladı ve şimdi oynuyor",
    "بنتي وقعت عن التخت امبارح وهلق منيحه عم تلعب",
    # Grief, fear of death, a joke over grades (Arabic, Ukrainian).
    "بنتي خايفة من الموت وبتسألني كل يوم اسئلة عنه",
    "син боїться смерті і щодня питає про смерть дідуся",
    "mama skazala shcho vbye mene yakshcho pobachyt moyi ocinky haha",
    # Sweets locked away (learners' Dutch).
    "geen snoep voor het eten, ik doe de snoepkast op slot",
    # A blow of last year, help had, well now (Arabic).
    "الحمد لله كل شي منيح، من سنتين كان زوجي بيضربني، اخدنا مساعدة وهلق صار هادي. كيف احكي لبنتي عن هالشي؟",
    "السنة الماضية كان جوزي عصبي وضربني، أخدنا مساعدة من مختص وصار كل شي تمام",
]

URGENT_NOT_NOW = [
    # A wish to die beside "to koniec" / "це кінець", no answer not told (Polish, Ukrainian).
    "syn pisze że to koniec i że nie chce już żyć",
    "син написав що це кінець, що не хоче жити",
    # Thoughts of death every day (Arabic "not anymore" is not "now").
    "لا أريد أن أعيش بعد الآن، كل يوم أفكر بهذا",
]

(
    test_s53h_rules_raise_an_alarm,
    test_s53h_danger_now_is_an_emergency,
    test_s53h_harmless_twins_stay_below_urgent,
    test_s53h_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)
test_s53h_not_now_stays_urgent = not_now_test(URGENT_NOT_NOW)
