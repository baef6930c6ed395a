"""What the bot says. Dutch at B1 level first, English in full; for the other languages parents in the
Netherlands often write in, a short message that offers a person, and the safety reply."""

from __future__ import annotations

FULL_LANGUAGES = ("nl", "en")
SHORT_LANGUAGES = ("tr", "ar", "pl", "uk")

_TEXTS: dict[str, dict[str, str]] = {
    "greeting": {
        "nl": "Hoi! Ik ben Wegwijs, de chatassistent van het {cjg}. Stel hier je vraag over opvoeden of "
        "opgroeien. Je hoeft je naam niet te geven.",
        "en": "Hi! I am Wegwijs, the chat assistant of {cjg}. Ask your question about parenting or growing "
        "up here. You do not have to give your name.",
    },
    "greeting_reply": {"nl": "Hoi! Wat is je vraag?", "en": "Hi! What is your question?"},
    "helped": {"nl": "Heeft dit je geholpen?", "en": "Did this help you?"},
    "yes": {"nl": "Ja", "en": "Yes"},
    "no": {"nl": "Nee", "en": "No"},
    "yes_please": {"nl": "Ja, graag", "en": "Yes, please"},
    "no_thanks": {"nl": "Nee, bedankt", "en": "No, thank you"},
    "end_chat": {"nl": "Gesprek afsluiten", "en": "End the chat"},
    "another_question": {"nl": "Ik heb nog een vraag", "en": "I have another question"},
    "talk_to_person": {"nl": "Chat met een medewerker", "en": "Chat with a person"},
    "something_else": {"nl": "Iets anders", "en": "Something else"},
    "still_here_button": {"nl": "Ik ben er nog", "en": "I am still here"},
    "read_more": {"nl": "Lees meer: {title}", "en": "Read more: {title}"},
    "example_entry": {"nl": "(voorbeeldgegevens)", "en": "(example data)"},
    "services_intro": {"nl": "Hier kun je ook terecht:", "en": "You can also go here:"},
    "glad": {
        "nl": "Fijn dat ik je kon helpen! Heb je nog een vraag? Typ die dan hieronder.",
        "en": "Glad I could help! Do you have another question? Type it below.",
    },
    "not_helped": {
        "nl": "Jammer dat dit je niet verder hielp.",
        "en": "Sorry this did not help.",
    },
    "offer_person": {
        "nl": "Wil je chatten met een medewerker van het CJG?",
        "en": "Would you like to chat with someone from the CJG?",
    },
    "not_understood": {
        "nl": "Ik begrijp je vraag nog niet goed. Kun je het in andere woorden zeggen? Vertel bijvoorbeeld "
        "hoe oud je kind is en wat er gebeurt.",
        "en": "I do not understand your question yet. Could you say it in other words? For example, tell me "
        "how old your child is and what is happening.",
    },
    "not_understood_twice": {
        "nl": "Sorry, ik begrijp je vraag nog steeds niet goed. Een medewerker van het CJG kan je vast "
        "beter helpen.",
        "en": "Sorry, I still do not understand your question. Someone from the CJG can probably help you "
        "better.",
    },
    "clarify": {
        "nl": "Ik wil je goed helpen. Gaat je vraag over een van deze onderwerpen?",
        "en": "I want to help you well. Is your question about one of these topics?",
    },
    "ask_again": {
        "nl": "Oké. Vertel in je eigen woorden wat je wilt weten.",
        "en": "Okay. Tell me in your own words what you would like to know.",
    },
    "no_article": {
        "nl": "Over dit onderwerp heb ik nog geen tekst. Een medewerker van het CJG kan je verder helpen.",
        "en": "I do not have a text on this topic yet. Someone from the CJG can help you further.",
    },
    "handoff": {
        "nl": "Ik zet je door naar een medewerker van het CJG. Blijf in deze chat: je krijgt hier antwoord. "
        "Liever bellen? Bel {phone}, {hours}.",
        "en": "I am passing you on to someone from the CJG. Stay in this chat: you will get your answer "
        "here. Would you rather call? Call {phone}, {hours_en}.",
    },
    "declined_person": {
        "nl": "Oké. Je kunt je vraag ook op een andere manier stellen. Of bel het CJG: {phone}.",
        "en": "Okay. You can also ask your question in another way. Or call the CJG: {phone}.",
    },
    "waiting_hold": {
        "nl": "Je bericht is bewaard. Een medewerker leest het als die de chat overneemt.",
        "en": "Your message has been saved. Someone will read it when they take over the chat.",
    },
    "out_of_scope": {
        "nl": "Daar kan ik je helaas niet mee helpen. Ik beantwoord vragen over opvoeden en opgroeien.",
        "en": "Sorry, I cannot help you with that. I answer questions about parenting and growing up.",
    },
    "thanks_reply": {
        "nl": "Graag gedaan! Heb je nog een vraag? Typ die dan hieronder.",
        "en": "You are welcome! Do you have another question? Type it below.",
    },
    "goodbye": {
        "nl": "Dank je wel voor je bericht. Succes! Je kunt altijd een nieuw gesprek beginnen.",
        "en": "Thank you for your message. Good luck! You can always start a new chat.",
    },
    "closed_by_parent": {
        "nl": "Je hebt het gesprek afgesloten. Bedankt en succes!",
        "en": "You ended the chat. Thank you and good luck!",
    },
    "idle_warning": {
        "nl": "Ben je er nog? Als ik niets meer hoor, sluit ik het gesprek over {minutes} minuten.",
        "en": "Are you still there? If I do not hear from you, I will close the chat in {minutes} minutes.",
    },
    "idle_closed": {
        "nl": "Ik heb het gesprek gesloten, omdat het een tijdje stil was. Je kunt altijd een nieuw gesprek "
        "beginnen.",
        "en": "I closed the chat because it was quiet for a while. You can always start a new chat.",
    },
    "still_here": {"nl": "Fijn! Wat wil je nog vragen?", "en": "Good! What else would you like to ask?"},
    "status_waiting": {
        "nl": "Je staat in de wachtrij voor een medewerker.",
        "en": "You are in the queue for a person.",
    },
    "status_waiting_urgent": {
        "nl": "Je staat vooraan in de wachtrij voor een medewerker.",
        "en": "You are at the front of the queue for a person.",
    },
    "status_bot": {"nl": "Je chat met Wegwijs, de chatassistent.", "en": "You are chatting with Wegwijs."},
    "claimed": {
        "nl": "Je chat nu met {name} van het CJG.",
        "en": "You are now chatting with {name} from the CJG.",
    },
    "handed_back": {
        "nl": "Je chat weer met Wegwijs, de chatassistent. Je kunt gewoon verder vragen.",
        "en": "You are chatting with Wegwijs, the chat assistant, again. Just ask your next question.",
    },
    "closed_by_staff": {
        "nl": "{name} heeft het gesprek afgesloten. Bedankt voor je vraag en succes!",
        "en": "{name} has ended the chat. Thank you for your question and good luck!",
    },
    "status_reconnect": {
        "nl": "De chat start opnieuw op. Even geduld, je gesprek blijft bewaard.",
        "en": "The chat is restarting. Please wait, your conversation is kept.",
    },
    "safety": {
        "nl": "Wat naar dat dit gebeurt. Je veiligheid gaat voor.\n"
        "• Is er nu gevaar? Bel 112.\n"
        "• Veilig Thuis: bel 0800-2000. Gratis, dag en nacht. Je mag anoniem blijven.\n"
        "• Denk je aan zelfmoord? Bel 113 of gratis 0800-0113, dag en nacht. Of chat op 113.nl.\n"
        "• Ben je een kind of jongere? Bel De Kindertelefoon: 0800-0432 (gratis).\n"
        "Ik zet je nu meteen door naar een medewerker van het CJG.",
        "en": "I am sorry this is happening. Your safety comes first.\n"
        "• Is there danger right now? Call 112.\n"
        "• Veilig Thuis (domestic violence and child abuse): call 0800-2000. Free, day and night. You can "
        "stay anonymous.\n"
        "• Are you thinking about suicide? Call 113 or free 0800-0113, day and night. Or chat at 113.nl.\n"
        "• Are you a child or young person? Call De Kindertelefoon: 0800-0432 (free).\n"
        "I am passing you on to someone from the CJG right now.",
        "tr": "Bunun yaşanmasına çok üzüldük. Güvenliğin her şeyden önce gelir.\n"
        "• Şu anda tehlike var mı? 112'yi ara.\n"
        "• Veilig Thuis (aile içi şiddet ve çocuk istismarı): 0800-2000. Ücretsiz, gece gündüz. Adını "
        "vermek zorunda değilsin.\n"
        "• İntiharı mı düşünüyorsun? 113 veya ücretsiz 0800-0113'ü ara, gece gündüz. Ya da 113.nl'de yaz.\n"
        "• Çocuk ya da genç misin? De Kindertelefoon: 0800-0432 (ücretsiz).\n"
        "Seni şimdi CJG'den bir çalışana bağlıyorum.",
        "ar": "نأسف لما يحدث. سلامتك أولاً.\n"
        "• هل يوجد خطر الآن؟ اتصل بالرقم 112.\n"
        "• Veilig Thuis (العنف المنزلي وإساءة معاملة الأطفال): 0800-2000. مجاني، ليلاً ونهاراً. "
        "يمكنك البقاء مجهول الهوية.\n"
        "• هل تفكر في الانتحار؟ اتصل بالرقم 113 أو مجاناً 0800-0113، ليلاً ونهاراً. أو دردش على 113.nl.\n"
        "• هل أنت طفل أو شاب؟ اتصل بـ De Kindertelefoon: 0800-0432 (مجاني).\n"
        "سأحوّلك الآن إلى موظف من CJG.",
        "pl": "Przykro nam, że to się dzieje. Twoje bezpieczeństwo jest najważniejsze.\n"
        "• Czy teraz jest niebezpiecznie? Zadzwoń pod 112.\n"
        "• Veilig Thuis (przemoc domowa i krzywdzenie dzieci): 0800-2000. Bezpłatnie, całą dobę. Możesz "
        "pozostać anonimowy.\n"
        "• Myślisz o samobójstwie? Zadzwoń pod 113 lub bezpłatnie 0800-0113, całą dobę. "
        "Albo czat na 113.nl.\n"
        "• Jesteś dzieckiem lub nastolatkiem? De Kindertelefoon: 0800-0432 (bezpłatnie).\n"
        "Teraz łączę cię z pracownikiem CJG.",
        "uk": "Нам дуже шкода, що це відбувається. Твоя безпека найважливіша.\n"
        "• Чи є небезпека зараз? Телефонуй 112.\n"
        "• Veilig Thuis (домашнє насильство і жорстоке поводження з дітьми): 0800-2000. Безкоштовно, "
        "цілодобово. Можна анонімно.\n"
        "• Думаєш про самогубство? Телефонуй 113 або безкоштовно 0800-0113, цілодобово. Або чат на 113.nl.\n"
        "• Ти дитина чи підліток? De Kindertelefoon: 0800-0432 (безкоштовно).\n"
        "Зараз я з'єдную тебе з працівником CJG.",
    },
    "other_language": {
        "tr": "Merhaba! Bu sohbette sorularını Hollandaca veya İngilizce yanıtlayabiliyorum. CJG'den bir "
        "çalışanla konuşmak ister misin? Ya da {phone} numarasını ara.",
        "ar": "مرحباً! يمكنني الرد هنا باللغة الهولندية أو الإنجليزية. هل تريد التحدث مع موظف من CJG؟ "
        "أو اتصل بالرقم {phone}.",
        "pl": "Cześć! W tym czacie odpowiadam po niderlandzku lub po angielsku. Chcesz porozmawiać z "
        "pracownikiem CJG? Możesz też zadzwonić pod numer {phone}.",
        "uk": "Привіт! У цьому чаті я відповідаю нідерландською або англійською. Хочеш поговорити з "
        "працівником CJG? Або зателефонуй за номером {phone}.",
    },
    "other_language_yes": {"tr": "Evet", "ar": "نعم", "pl": "Tak", "uk": "Так"},
}


def text(key: str, lang: str, **values: object) -> str:
    variants = _TEXTS[key]
    template = variants.get(lang) or variants.get("nl") or next(iter(variants.values()))
    return template.format(**values) if values else template


def has_text(key: str, lang: str) -> bool:
    return lang in _TEXTS[key]


def reply_language(lang: str) -> str:
    """The language the bot writes full answers in."""
    return lang if lang in FULL_LANGUAGES else "nl"
