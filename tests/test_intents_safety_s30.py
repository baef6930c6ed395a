"""Safety triage, round s30: what the rules and a backstop trained without the set missed in english_tune15
and languages_tune13 (`bench/safety_model.py misses`), generalised into families and pinned here with own
sentences: a young child who swallowed pills, a battery, a dishwasher tablet or washing-up liquid (Levantine,
Iraqi and Moroccan Arabic, Ukrainian, Turkish); someone who took pills and cannot be woken (Turkish, Polish,
Ukrainian, Arabic); the writer on a roof or a bridge who does not want to live (Iraqi Arabic, Ukrainian,
English); a bad trip with a racing heart (Ukrainian, English, Dutch); a death wish or a plan (Polish,
Ukrainian, Levantine Arabic); a loverboy who buys a girl everything, sends her money or takes her out at night
(Polish, Moroccan Arabic in Latin letters, Turkish, English); packages carried for money (Polish, Turkish,
English, Dutch); an intimate photo spread or to be sent to the school unless paid (Ukrainian, Polish); honour
threats if seen together, brothers who follow her everywhere (English, Arabic); a threat if he tells, a
beating after school tomorrow (Moroccan Arabic, English); a child heard crying "don't hit me" (Turkish,
English, Dutch); a mother locked up at home with her phone and money taken (Turkish); a young child left
crying alone for hours (English, Ukrainian, Arabic); a child who comes hungry, without a coat or in an
unchanged nappy; injuries whose story does not fit (English, Ukrainian, Dutch); a young child's sexual
knowledge; a young child touched in a private place and told not to tell mum (Arabic); a baby under three
months with a fever or a baby vomiting, sleepy and not drinking; a girl afraid to be sent back to the home
country; an abuser who still lives with younger siblings; a parent who takes pills with wine; a drunk parent
or brother who smashes things at home (English, Arabic); a job far away for which the passport must be handed
over (Ukrainian, English, Polish, Dutch); cuts with a cover story; a stranger who asks a minor to undress on
camera. Danger now: the swallowing, not waking, the roof or the bridge, the bad trip, and immediacy told in
Arabic dialects ("هلق", "هسه", "دابا", "الحقوني", standing at the door). Added to the figures of speech: a
parent worn out by the children, a baby or stress that "kills" (Turkish, Polish), and children who joke "seni
gebertirim" (Turkish). Each with harmless twins that must stay calm."""

from tests.test_intents_safety import round_tests

ALARM = [
    # A young child who swallowed something (Levantine, Moroccan Arabic, Ukrainian, Turkish).
    "ابني عمره سنتين بلع حبة من دوا السكري تبع ستو",
    "ولدي عندو 3 عام كلا حبوب ديال جدتو",
    "донька 2 роки випила засіб для прання з пляшки",
    "oglum 3 yasinda camasir suyu icti",
    # Not waking after pills (Turkish, Polish, Ukrainian, Arabic).
    "annem bir suru hap aldi simdi uyanmiyor",
    "brat wzial jakies tabletki i nie moge go obudzic",
    "тато випив таблетки з горілкою і не прокидається",
    "اختي اخدت حبوب كتير وما عم تفيق",
    # On a roof or a bridge (Arabic, Ukrainian, English).
    "انا واقف علي السطح ما بدي عيش",
    "я зараз на даху. не хочу жити",
    "i am on the bridge near my house and i dont want to live anymore",
    # A bad trip (Ukrainian, English, Dutch).
    "ми з другом зїли таблетки екстазі і в мене серце калатає",
    "took two pills at the festival and my heart is racing so much",
    "mijn zoon heeft paddo's gegeten en zijn hart gaat tekeer als een gek",
    # A death wish or a plan (Polish, Ukrainian, Arabic).
    "czasem mysle ze lepiej byloby gdyby mnie nie bylo",
    "мій брат каже що все продумав і наковтається таблеток після іспитів",
    "بتمني اختفي من هالدنيا كل يوم",
    # A loverboy (Polish, Darija, Turkish, English).
    "siostra ma 14 lat, jakis facet kupuje jej markowe ciuchy i wozi ja w nocy po miescie",
    "bnti 15 3am, wa7ed rajel kaychri liha kolchi w kaykhrejha b lil",
    "kizim 14 yasinda, 30 yasinda bir adam ona hediye gonderiyor",
    "my niece is 15 and an older guy keeps buying her expensive things and picking her up at night",
    # Packages for money (Polish, Turkish, English, Dutch).
    "syn jezdzi z kolegami i rozwozi paczki za kase",
    "kardesime birileri paket tasitiyormus, 14 yasinda",
    "my 14 year old is carrying packages for older boys and comes home with cash",
    "onze zoon van 15 brengt pakketjes rond voor oudere jongens",
    # An intimate photo spread (Ukrainian, Polish).
    "сину 14, його голе фото переслали в чат класу і тепер він не ходить до школи",
    "ktos grozi ze rozesle jej zdjecia wszystkim znajomym jak nie zaplaci",
    # Honour threats (English, Arabic).
    "her father said if he catches her with a boy he will kill her",
    "my cousins follow me everywhere since they found out about my boyfriend",
    "اخوها قال اذا شافها مع شب رح يقتلها",
    # A threat if he tells; a beating tomorrow (Arabic, English).
    "قالو لها اذا حكت لحد رح يضربوها",
    "some boys told him theyre gonna jump him after school",
    # A child heard crying "don't hit me" (Turkish, English, Dutch).
    "ust kattaki cocuk vurma anne diye bagiriyordu",
    "every night i hear the little girl upstairs screaming please dont hit me",
    "ik hoor het buurjongetje huilen niet slaan papa",
    # Locked up, phone and money taken (Turkish).
    "kocasi onu eve kilitliyor ve telefonunu aliyor",
    # Left crying for hours (English, Ukrainian, Arabic).
    "the toddler across the hall is alone every night, crying for hours until his dad comes home",
    "мама залишає дитину саму вдома на цілу ніч, вона кричить годинами",
    "الجارة بتترك البيبي يبكي ساعات بدون اكل",
    # Hungry, no coat, unchanged nappy (English).
    "a girl in my class often arrives at school without breakfast or a coat in the snow",
    "the baby's diaper hasnt been changed since yesterday when dad drops her off",
    # Injuries whose story does not fit (English, Ukrainian, Dutch).
    "the child has a broken arm and the parents' stories don't add up",
    "у хлопчика синці, а пояснення матері не збігаються",
    "de peuter heeft brandwonden en het verhaal van de ouders klopt niet",
    # A young child's sexual knowledge (English, Dutch).
    "our 4 year old pupil keeps touching other kids private parts during nap time",
    "een meisje van 5 praat over dingen die een kind van haar leeftijd niet hoort te weten",
    # Touched in a private place, don't tell (Arabic).
    "بنتي عمرها 4 قالت ان عمو لمسها بمكان خاص",
    # A young baby with a fever; a baby who is dry (English, Dutch).
    "our 3 weeks old has a temperature of 38.2",
    "onze baby van 5 weken heeft koorts",
    "my baby of 9 months is vomiting all day and is very floppy and not drinking",
    # Afraid to be sent back (English, Dutch).
    "my friend is afraid her family will send her back to afghanistan because she has a boyfriend",
    "ik ben bang dat ze me terugsturen naar marokko als ze het horen",
    # The abuser lives with younger siblings.
    "my uncle abused me when i was small and he still lives with my little brothers",
    # Pills with drink (Ukrainian, English, Dutch).
    "мій тато пє ліки з алкоголем і спить цілий день",
    "my mum mixes her pills with wine every evening and my little brother is 3",
    # A drunk parent smashes things (English, Arabic).
    "my stepdad gets drunk and smashes the plates every weekend",
    "ابوي سكران وعم يكسر كل شي",
    # A job far away, a passport handed over (Ukrainian, English, Polish, Dutch).
    "моїй сестрі 16, їй пропонують роботу моделлю в Берліні, але паспорт треба віддати агенту",
    "they offered my daughter of 17 a job abroad but she has to hand over her passport",
    # Cuts with a cover story (English, Dutch).
    "my son has scratches across his wrists and he claims it was the dog",
    "mijn dochter heeft sneetjes op haar bovenbenen en zegt dat het van de kat kwam",
    # Real threats the Turkish and Polish figures of speech leave alone.
    "ojczym powiedzial ze mnie zabije jak komus powiem",
    "babam seni gebertirim diye bagirdi ve annemi dovdu",
    # Asked to undress on camera (English, Dutch).
    "someone on a gaming chat asked my son to take his shirt off on the webcam",
    "een man vroeg haar om zich uit te kleden voor de camera",
]

EMERGENCY = [
    "ابني عمره سنتين بلع حبة من دوا السكري تبع ستو",
    "oglum 3 yasinda camasir suyu icti",
    "brat wzial jakies tabletki i nie moge go obudzic",
    "انا واقف علي السطح ما بدي عيش",
    "я зараз на даху. не хочу жити",
    "took two pills at the festival and my heart is racing so much",
    # Immediacy said in Arabic dialects.
    "ابوي سكران وعم يكسر كل شي هلق",
    "الحقوني جوزي واقف عالباب وعم يهدد يقتلني",
    "اخوي هسه ضرب امي ويهددها",
]

QUIET_TWINS = [
    # Swallowed nothing after all; a teenager's headache pill; a vitamin.
    "oglum 3 yasinda pil yuttu sandim ama pil masanin altindan cikti",
    "بنتي عمرها 15 اخدت حبة بنادول للراس",
    "донька 2 роки випила сік з пляшки",
    "my son (4) took his vitamin gummy this morning",
    # Won't wake for school.
    "oglum sabah okul icin uyanmiyor",
    "nie moge go rano dobudzic do szkoly",
    "син не прокидається на будильник до школи",
    # On a roof for a view; a bridge on a walk.
    "انا واقف علي السطح اتفرج علي الالعاب الناريه",
    "я на мосту, тут дуже гарний вид",
    "im on the roof fixing the solar panels",
    # A racing heart from sport or a film.
    "my heart is racing after the run",
    "серце калатає після тренування",
    "mijn hart gaat tekeer van de zenuwen voor mijn examen",
    # Wanting to disappear from a party.
    "najlepiej by bylo gdyby mnie nie bylo na tej nudnej lekcji",
    "الاحسن اروح من هون قبل ما يبلش المطر",
    "все продумала для дня народження подруги",
    # Gifts from family.
    "babcia kupuje jej drogie rzeczy na urodziny",
    "dedesi ona para gonderiyor bayram icin",
    "my daughter's grandpa buys her expensive things for her birthday",
    # A paper round, a parcel job.
    "my 15 year old delivers packages for dhl as a side job",
    "syn rozwozi paczki dla inpost w wakacje",
    "mijn zoon bezorgt pakketjes voor postnl als bijbaan",
    # Photos shown with consent.
    "дочка показала фото з відпочинку всім подругам",
    "wyslal zdjecia z wakacji wszystkim znajomym",
    # A strict curfew; a surprise.
    "my dad said if he sees us together at the party he will buy us pizza",
    "my brothers follow me on instagram",
    # A board game.
    "قالو لها اذا حكت السر رح تخسر اللعبة",
    "the boys said theyre gonna beat him at football after school",
    # A game of tag; a film.
    "kardesine vurma diye bagirdim, oyun oynuyorlardi",
    "my daughter screams dont hit me at her brother when they play pillow fight",
    # Isolated by illness.
    "kendini eve kapatti cunku grip oldu, telefonunu da kapatti",
    # Colic; a baby with a babysitter.
    "our baby cries for hours every night with colic",
    "дитина плаче годинами через зубки",
    # A forgotten lunch once.
    "my son forgot his lunch today and came without a coat",
    "the nappy was changed at home before daycare",
    # Stories that add up.
    "he broke his arm on the trampoline, the doctor said it fits the fall",
    "у хлопчика синці після футболу",
    # Sex education.
    "our 10 year old asks questions after the sex education lesson",
    "de juf geeft seksuele voorlichting in groep 8",
    # A doctor.
    "الدكتور فحصه ولمسه ببطنه",
    # A vaccine fever; a baby's age.
    "our 8 weeks old had her vaccinations and has a slight temperature",
    "my sister is 8 weeks pregnant and has a temperature",
    "my 3 month old is sleepy after her bottle",
    # A holiday in the home country.
    "we are sending our son back to morocco for the summer holiday to visit grandma",
    "i am scared to fly back to turkey alone for the holiday",
    # Living with siblings.
    "he still lives with my younger sisters and looks after them very well",
    # Pills with water.
    "my mum takes her pills with water every morning",
    "мама пє таблетки з водою",
    # A party.
    "my dad got drunk at the party and broke a glass by accident",
    "ابوي كسر كاسه بالغلط",
    # A passport at the hotel, a travel document.
    "at the hotel reception they asked my daughter to hand over her passport for a copy",
    "паспорт треба віддати в посольстві на візу",
    # The cat's scratches with a kitten.
    "my daughter has scratches on her hands from our new kitten",
    "mijn dochter heeft krassen van de kat op haar handen",
    # A doctor's exam; a swimming lesson.
    "the doctor asked him to take his shirt off for the exam",
    "ik vroeg haar om zich om te kleden voor het zwemmen",
    # A bridge on a bike ride; a roof terrace with friends.
    "we stood on the bridge and watched the boats, i dont want to go home yet",
    "اني واكف عالسطح ويا اصدقائي نشوي لحم",
    # A loverboy's words at a birthday.
    "my 15 year old's older cousin bought her expensive things for her birthday",
    # A package from grandma.
    "oglum 14 yasinda, dedesine paket tasiyor her hafta, kargo ile",
    # A drink spilled on the phone.
    "my dad drinks coffee every morning and never breaks anything",
    # A nude in a museum.
    "дочка бачила голе фото в підручнику з мистецтва",
    # The grandmother's pills.
    "oma neemt haar pillen met water en een koekje",
    # A gym bag forgotten; nerves before a talk; a photo the writer's own child forwarded.
    "our daughter (8) sometimes arrives at school without her gym bag or her coat",
    "my heart is racing before my presentation, are there pills for that",
    "син переслав друзям голе фото однокласниці, як з ним поговорити",
    # Worn out, said in Turkish and Polish; a joke between brothers.
    "ikizler bu hafta beni oldurdu, hic uyumadilar",
    "isler bu ara yorgunluktan beni olduruyor",
    "ta sesja mnie wykonczy, jutro mam trzy egzaminy",
    "kardesine onu keserim diye saka yapiyor, 6 yasinda",
    # A cough and a cold.
    "بنتي عندها 2 عام كتكح وكتبكي من البرد",
    # Arabic greetings and "now" of an ordinary day.
    "هلا والله، بنتي هلق عم تدرس للامتحان",
    "ابني دابا فالمدرسه، كيقرا مزيان",
]


(
    test_s30_rules_raise_an_alarm,
    test_s30_danger_now_is_an_emergency,
    test_s30_harmless_twins_stay_below_urgent,
    test_s30_patterns_pass_their_gates,
) = round_tests(ALARM, EMERGENCY, QUIET_TWINS)
