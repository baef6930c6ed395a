"""Which language a message is in: nl, en, tr, ar, pl or uk, without network or models.

Script decides Arabic and Cyrillic (the region's Cyrillic users write Ukrainian); for Latin script the
function words of each profile are counted, plus letters only Turkish or Polish use. Dutch wins when
unsure, because almost every message is Dutch."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from intents.resources import load_yaml

LANGUAGES: tuple[str, ...] = ("nl", "en", "tr", "ar", "pl", "uk")
DEFAULT = "nl"
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[a-zA-Z\u00c0-\u024f]")
# The hint is a prior worth this many function words, enough to break a tie but not to override text.
_HINT_WEIGHT = 0.75
_LETTER_WEIGHT = 1.5


@cache
def _profiles() -> tuple[dict[str, frozenset[str]], dict[str, str], int]:
    data = load_yaml("languages.yaml")
    stopwords = {lang: frozenset(str(w) for w in words) for lang, words in data["stopwords"].items()}
    return stopwords, dict(data["letters"]), int(data["short_text_words"])


@cache
def _markers() -> dict[str, re.Pattern[str]]:
    markers = load_yaml("languages.yaml")["markers"]
    return {
        lang: re.compile(r"(?<!\w)(?:" + "|".join(re.escape(str(p)) for p in phrases) + r")(?!\w)")
        for lang, phrases in markers.items()
    }


def _marked(words: tuple[str, ...], raw: str, letters: dict[str, str]) -> str | None:
    """The one language whose own greeting, thanks or letters a short text uses, if exactly one."""
    text = " ".join(words)
    lower = raw.lower()
    found = {
        lang
        for lang, pattern in _markers().items()
        if pattern.search(text) or any(ch in lower for ch in letters.get(lang, ""))
    }
    return found.pop() if len(found) == 1 else None


def detect(raw: str, words: tuple[str, ...], hint: str | None = None) -> tuple[str, str]:
    """The language code and a short reason, from the raw text and its normalised words."""
    hint = hint if hint in LANGUAGES else None
    stopwords, letters, short = _profiles()
    arabic, cyrillic = len(_ARABIC.findall(raw)), len(_CYRILLIC.findall(raw))
    # Latin letters are counted only against another script: most messages have none.
    latin = len(_LATIN.findall(raw)) if arabic or cyrillic else 0
    if arabic > latin and arabic >= cyrillic:
        return "ar", "lang: ar (Arabic script)"
    if cyrillic > latin:
        return "uk", "lang: uk (Cyrillic script)"
    if hint is not None and len(words) <= short:
        marked = _marked(words, raw, letters)
        if marked is not None and marked != hint:
            return marked, f"lang: {marked} (greeting or letters, short text)"
        return hint, f"lang: {hint} (hint, short text)"
    lower = raw.lower()
    counts = Counter(words)
    scores = {
        lang: float(sum(counts[word] for word in profile.intersection(counts)))
        for lang, profile in stopwords.items()
    }
    for lang, chars in letters.items():
        scores[lang] += _LETTER_WEIGHT * sum(lower.count(ch) for ch in chars)
    if hint is not None:
        scores[hint] = scores.get(hint, 0.0) + _HINT_WEIGHT
    best = max(scores, key=lambda lang: (scores[lang], lang == DEFAULT))
    if scores[best] <= 0 or scores[best] <= scores[DEFAULT]:
        return DEFAULT, f"lang: {DEFAULT}"
    return best, f"lang: {best} ({scores[best]:.0f} cues)"


def stopword_union() -> frozenset[str]:
    """Function words of every profile: never typo-corrected or split, they carry no topic."""
    stopwords, _, _ = _profiles()
    return frozenset().union(*stopwords.values())
