"""What the bot says. Dutch at B1 level first, English in full; for the other languages parents in the
Netherlands often write in (Turkish, Arabic, Polish, Ukrainian) a short message that offers a person, the
safety reply, and every step after it: the hand-over, the queue, the call-back, "did this help?". Those
translations are in bot/data/texts.<lang>.yaml, made from the Dutch and English here (the source of
truth); the knowledge articles stay in Dutch and English."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

FULL_LANGUAGES = ("nl", "en")
SHORT_LANGUAGES = ("tr", "ar", "pl", "uk")
_TRANSLATIONS = Path(__file__).parent / "data"
# Keys only the other languages need: the opening hours are put into words by bot/office_hours.py for
# Dutch and English, and Arabic, Polish and Ukrainian have more than one plural after a number.
SHORT_ONLY_KEYS = frozenset(
    {
        "hours_always",
        "open_always",
        "opening_hours",
        "opening_today",
        "opening_tomorrow",
        "opening_day",
        "minutes_one",
        "minutes_few",
        "minutes_two",
    }
)

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
    "ask_age": {
        "nl": "Dan kan ik je beter helpen. Hoe oud is je kind ongeveer?",
        "en": "Then I can help you better. About how old is your child?",
    },
    "ask_age_youth": {
        "nl": "Dan kan ik je beter helpen. Hoe oud ben je ongeveer?",
        "en": "Then I can help you better. About how old are you?",
    },
    "ask_age_professional": {
        "nl": "Dan kan ik je beter helpen. Hoe oud is het kind ongeveer?",
        "en": "Then I can help you better. About how old is the child?",
    },
    "ask_role": {
        "nl": "Dan kan ik je beter helpen. Stel je deze vraag als ouder, als jongere of voor je werk?",
        "en": "Then I can help you better. Are you asking as a parent, as a young person or for your work?",
    },
    "role_parent": {"nl": "Ik ben ouder of verzorger", "en": "I am a parent or carer"},
    "role_youth": {"nl": "Ik ben een jongere", "en": "I am a young person"},
    "role_professional": {"nl": "Ik vraag het voor mijn werk", "en": "I am asking for my work"},
    "rather_not": {"nl": "Liever niet", "en": "Rather not say"},
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
        "here. Would you rather call? Call {phone}, {hours}.",
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
    # Questions about the service itself: what it keeps is part of the answer, never "I cannot help".
    "about_privacy": {
        "nl": "Je mag anoniem chatten. Je hoeft je naam, adres of telefoonnummer niet te geven. Alleen "
        "medewerkers van het CJG lezen het gesprek. We bewaren het niet langer dan {days} dagen, daarna "
        "wissen we het. We tellen alleen zonder namen wat voor soort vraag het was. Meer weten? Klik onder "
        "de chat op Privacy. Wat is je vraag?",
        "en": "You can chat anonymously. You do not have to give your name, address or phone number. Only "
        "CJG staff read the chat. We keep it for at most {days} days, then we delete it. We only count, "
        "without names, what kind of question it was. Want to know more? Click Privacy below the chat. "
        "What is your question?",
    },
    "about_organisation": {
        "nl": "In deze chat beantwoord ik vragen over opvoeden en opgroeien. Voor stage, werk, onderzoek, "
        "de pers of de website kun je het CJG bellen: {phone}.",
        "en": "In this chat I answer questions about parenting and growing up. For internships, jobs, "
        "research, the press or the website, please call the CJG: {phone}.",
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
        "nl": "Ben je er nog? Als ik niets meer hoor, sluit ik het gesprek over {minutes}.",
        "en": "Are you still there? If I do not hear from you, I will close the chat in {minutes}.",
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
        "tr": "Bunu yaşadığınız için çok üzgünüz. Güvenliğiniz her şeyden önce gelir.\n"
        "• Şu anda tehlike var mı? 112'yi arayın.\n"
        "• Veilig Thuis (aile içi şiddet ve çocuk istismarı): 0800-2000'i arayın. Ücretsiz, gece gündüz. "
        "Adınızı vermek zorunda değilsiniz.\n"
        "• İntihar etmeyi düşünüyor musunuz? 113'ü veya ücretsiz 0800-0113'ü arayın, gece gündüz. Ya da "
        "113.nl üzerinden yazışın.\n"
        "• Çocuk ya da genç misiniz? De Kindertelefoon'u arayın: 0800-0432 (ücretsiz).\n"
        "Ararken tercüman isteyebilirsiniz.\n"
        "Sizi şimdi CJG'den bir çalışana yönlendiriyorum.",
        "ar": "نأسف لما يحدث. سلامتك أولاً.\n"
        "• هل هناك خطر الآن؟ يُرجى الاتصال بالرقم 112.\n"
        "• Veilig Thuis (العنف المنزلي وإساءة معاملة الأطفال): الرقم 0800-2000. الاتصال مجاني، ليلاً "
        "ونهاراً، ويمكن الاتصال دون ذكر الاسم.\n"
        "• هل تراودك أفكار انتحارية؟ يُرجى الاتصال بالرقم 113 أو بالرقم المجاني 0800-0113، ليلاً ونهاراً. "
        "ويمكن أيضاً الدردشة عبر 113.nl.\n"
        "• للأطفال والشباب: De Kindertelefoon على الرقم 0800-0432 (مجاني).\n"
        "يمكنك طلب مترجم عند الاتصال.\n"
        "سأحوّلك الآن إلى موظف من CJG.",
        "pl": "Przykro nam, że to się dzieje. Bezpieczeństwo jest najważniejsze.\n"
        "• Czy teraz grozi niebezpieczeństwo? Proszę dzwonić pod 112.\n"
        "• Veilig Thuis (przemoc domowa i krzywdzenie dzieci): proszę dzwonić pod 0800-2000. Bezpłatnie, "
        "całą dobę. Można zachować anonimowość.\n"
        "• Czy pojawiają się myśli samobójcze? Proszę dzwonić pod 113 lub bezpłatnie pod 0800-0113, całą "
        "dobę. Można też pisać na czacie na stronie 113.nl.\n"
        "• Dzieci i nastolatki mogą dzwonić do De Kindertelefoon: 0800-0432 (bezpłatnie).\n"
        "Przez telefon można poprosić o tłumacza.\n"
        "Teraz przekazuję rozmowę do pracownika CJG.",
        "uk": "Нам дуже шкода, що це відбувається. Ваша безпека — найважливіше.\n"
        "• Зараз є небезпека? Телефонуйте 112.\n"
        "• Veilig Thuis (домашнє насильство і жорстоке поводження з дітьми): телефонуйте 0800-2000. "
        "Безкоштовно, цілодобово. Можна звертатися анонімно.\n"
        "• Думаєте про самогубство? Телефонуйте 113 або безкоштовно 0800-0113, цілодобово. "
        "Або напишіть у чат на 113.nl.\n"
        "• Ви дитина чи підліток? Телефонуйте в De Kindertelefoon: 0800-0432 (безкоштовно).\n"
        "Під час дзвінка можна попросити перекладача.\n"
        "Зараз я з'єдную вас із працівником CJG.",
    },
    "other_language": {
        "tr": "Merhaba! Bu sohbette sorularınızı Hollandaca veya İngilizce yanıtlayabiliyorum. CJG'den bir "
        "çalışanla yazışmak ister misiniz? Ya da {phone} numarasını arayın. Ararken tercüman "
        "isteyebilirsiniz.",
        "ar": "مرحباً! يمكنني الرد هنا بالهولندية أو الإنجليزية. هل نحوّلك إلى موظف من CJG للدردشة معه؟ "
        "ويمكنك أيضاً الاتصال بالرقم {phone}. يمكنك طلب مترجم عند الاتصال.",
        "pl": "Dzień dobry! Na tym czacie odpowiadam po niderlandzku lub po angielsku. Czy przekazać rozmowę "
        "do pracownika CJG? Można też zadzwonić pod numer {phone}. Przez telefon można poprosić o tłumacza.",
        "uk": "Вітаю! У цьому чаті я відповідаю нідерландською або англійською. Хочете поговорити з "
        "працівником CJG? Або зателефонуйте за номером {phone}. Під час дзвінка можна попросити "
        "перекладача.",
    },
    "other_language_yes": {"tr": "Evet", "ar": "نعم", "pl": "Tak", "uk": "Так"},
    # -- waiting for a person, and leaving the question when nobody can take it (bot/office_hours.py) --
    "call_me": {"nl": "Bel mij terug", "en": "Call me back"},
    "mail_me": {"nl": "Mail mij", "en": "Email me"},
    "no_thank_you": {"nl": "Nee, dank je", "en": "No, thank you"},
    "handoff_alternative": {
        "nl": "Wil je niet wachten? Kies dan 'Bel mij terug' of 'Mail mij'.",
        "en": "Would you rather not wait? Then choose 'Call me back' or 'Email me'.",
    },
    "queue_front": {"nl": "Je staat vooraan in de wachtrij.", "en": "You are at the front of the queue."},
    "queue_place": {
        "nl": "Je staat op plek {position} in de wachtrij.",
        "en": "You are number {position} in the queue.",
    },
    "queue_priority": {"nl": "Je vraag gaat voor.", "en": "Your question goes first."},
    "queue_wait": {
        "nl": "De wachttijd is ongeveer {minutes}.",
        "en": "The waiting time is about {minutes}.",
    },
    "queue_nobody_online": {
        "nl": "Er is nu geen medewerker online. Komt er iemand online, dan krijg je hier antwoord.",
        "en": "No one from the CJG is online right now. When someone comes online, you get your answer here.",
    },
    "queue_too_long": {
        "nl": "Duurt het te lang? Bel {phone}. Of kies 'Bel mij terug' of 'Mail mij', dan nemen wij "
        "contact met je op.",
        "en": "Is it taking too long? Call {phone}. Or choose 'Call me back' or 'Email me' and we will "
        "contact you.",
    },
    "queue_too_long_closed": {
        "nl": "Wil je niet wachten? Kies 'Bel mij terug' of 'Mail mij', dan nemen wij contact met je op.",
        "en": "Would you rather not wait? Choose 'Call me back' or 'Email me' and we will contact you.",
    },
    "queue_danger": {"nl": "Is er nu gevaar? Bel 112.", "en": "Is there danger right now? Call 112."},
    "minute": {"nl": "1 minuut", "en": "1 minute"},
    "minutes": {"nl": "{n} minuten", "en": "{n} minutes"},
    "over_an_hour": {"nl": "meer dan een uur", "en": "more than an hour"},
    "unstaffed_closed": {
        "nl": "De medewerkers van het CJG zijn nu niet in de chat. De chat is weer open {when}.",
        "en": "The people of the CJG are not in the chat right now. The chat opens again {when}.",
    },
    "unstaffed_nobody": {
        "nl": "Er is op dit moment geen medewerker van het CJG online.",
        "en": "No one from the CJG is online right now.",
    },
    "safety_short": {
        "nl": "Is er gevaar? Bel 112. Veilig Thuis (0800-2000) en 113 Zelfmoordpreventie (0800-0113) zijn "
        "dag en nacht bereikbaar, gratis.",
        "en": "Is there danger? Call 112. Veilig Thuis (0800-2000) and 113 Suicide Prevention (0800-0113) "
        "are there day and night, free of charge.",
    },
    "call_or_mail": {
        "nl": "Wil je dat we je bellen of mailen?",
        "en": "Shall we call you or email you?",
    },
    "offer_contact": {
        "nl": "Wil je je vraag achterlaten? Dan bellen of mailen we je terug.",
        "en": "Would you like to leave your question? Then we will call or email you back.",
    },
    "unstaffed_safety": {
        "nl": "Je staat wel vooraan in de wachtrij: wie van het CJG als eerste online komt, ziet jouw "
        "bericht. Wacht niet als er gevaar is: bel dan 112 of een van de nummers hierboven. Je kunt ook "
        "je vraag achterlaten, dan bellen of mailen we je.",
        "en": "You are at the front of the queue: the first person from the CJG to come online sees your "
        "message. Do not wait if there is danger: call 112 or one of the numbers above. You can also "
        "leave your question and we will call or email you.",
    },
    "ask_time": {
        "nl": "Wanneer kunnen we je het beste bellen?",
        "en": "When is the best time to call you?",
    },
    "morning": {"nl": "'s Ochtends", "en": "In the morning"},
    "afternoon": {"nl": "'s Middags", "en": "In the afternoon"},
    "any_time": {"nl": "Maakt niet uit", "en": "Any time"},
    "ask_phone": {
        "nl": "Wat is je telefoonnummer? We gebruiken het alleen om je terug te bellen.",
        "en": "What is your phone number? We only use it to call you back.",
    },
    "bad_phone": {
        "nl": "Dat telefoonnummer klopt niet. Typ je nummer met alle cijfers, bijvoorbeeld 06 12345678 of "
        "023 123 45 67.",
        "en": "That phone number is not right. Type your number with all the digits, for example "
        "06 12345678 or 023 123 45 67.",
    },
    "ask_email": {
        "nl": "Wat is je e-mailadres? We gebruiken het alleen om je vraag te beantwoorden.",
        "en": "What is your email address? We only use it to answer your question.",
    },
    "bad_email": {
        "nl": "Dat e-mailadres klopt niet. Typ het zo: naam@voorbeeld.nl",
        "en": "That email address is not right. Type it like this: name@example.com",
    },
    "contact_saved_phone": {
        "nl": "Dank je wel. Je vraag is bewaard. Een medewerker van het CJG belt je zo snel mogelijk terug "
        "op {number}. {hours}",
        "en": "Thank you. Your question has been saved. Someone from the CJG will call you back on "
        "{number} as soon as possible. {hours}",
    },
    "contact_saved_email": {
        "nl": "Dank je wel. Je vraag is bewaard. Een medewerker van het CJG mailt je zo snel mogelijk op "
        "{address}. {hours}",
        "en": "Thank you. Your question has been saved. Someone from the CJG will email you at {address} "
        "as soon as possible. {hours}",
    },
    "contact_still_queued": {
        "nl": "Je blijft ook in de wachtrij staan. Komt er eerder iemand online, dan krijg je hier antwoord.",
        "en": "You also stay in the queue. If someone comes online sooner, you get your answer here.",
    },
    "contact_declined": {
        "nl": "Oké. Je kunt ons ook zelf bellen: {phone}. {hours}",
        "en": "Okay. You can also call us yourself: {phone}. {hours}",
    },
    "anything_else": {
        "nl": "Heb je nog een vraag? Typ die dan hieronder.",
        "en": "Do you have another question? Type it below.",
    },
}


def _load_translations() -> None:
    """Add the other languages' texts from bot/data/texts.<lang>.yaml. A key the Dutch does not have, or a
    language given twice, is refused when the service starts rather than shown wrong to a parent."""
    for lang in SHORT_LANGUAGES:
        path = _TRANSLATIONS / f"texts.{lang}.yaml"
        entries: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(entries, dict):
            raise ValueError(f"{path}: must map text keys to texts")
        for key, value in entries.items():
            if key not in _TEXTS and key not in SHORT_ONLY_KEYS:
                raise ValueError(f"{path}: unknown text key {key!r}")
            if not isinstance(value, str) or not value.strip():
                raise ValueError(f"{path}: {key}: must be a text")
            variants = _TEXTS.setdefault(key, {})
            if lang in variants:
                raise ValueError(f"{path}: {key}: already given in bot/texts.py")
            variants[lang] = value.strip()


_load_translations()


def text(key: str, lang: str, **values: object) -> str:
    variants = _TEXTS[key]
    template = variants.get(lang) or variants.get("nl") or next(iter(variants.values()))
    return template.format(**values) if values else template


def has_text(key: str, lang: str) -> bool:
    return lang in _TEXTS.get(key, {})


def text_keys() -> list[str]:
    return list(_TEXTS)


def placeholders(key: str, lang: str) -> set[str]:
    """The {names} a text fills in, e.g. {"phone"}: every language of a key must use the same ones."""
    return set(re.findall(r"{(\w+)}", _TEXTS[key][lang]))


def reply_language(lang: str) -> str:
    """The language the bot writes full answers (the knowledge articles) in."""
    return lang if lang in FULL_LANGUAGES else "nl"


def chat_language(lang: str, context: Mapping[str, Any]) -> str:
    """The language of the bot's own texts in a conversation: the other language the parent last wrote
    in (``reply_lang``, kept by bot/dialogue.py), else the conversation's Dutch or English."""
    other = context.get("reply_lang")
    return other if other in SHORT_LANGUAGES else reply_language(lang)


def minutes_text(minutes: int, lang: str, *, most: int = 60) -> str:
    """ "1 minuut", "10 minuten", or "meer dan een uur" above ``most``; in Polish and Ukrainian "2 minuty"
    but "5 minut" (and Ukrainian "21 хвилина"), in Arabic the dual for 2 and the plural for 3 to 10."""
    if minutes > most:
        return text("over_an_hour", lang)
    if minutes == 1:
        return text("minute", lang)
    return text(_plural_key(minutes, lang), lang, n=minutes)


def _plural_key(n: int, lang: str) -> str:
    if lang == "uk" and n % 10 == 1 and n % 100 != 11:
        return "minutes_one"
    if lang in ("pl", "uk") and n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return "minutes_few"
    if lang == "ar" and n == 2:
        return "minutes_two"
    if lang == "ar" and 3 <= n <= 10:
        return "minutes_few"
    return "minutes"


def safety_numbers(lang: str) -> str:
    """The safety text without its last line, which promises a person right now: for when nobody is
    online to keep that promise."""
    return text("safety", lang).rsplit("\n", 1)[0]
