"""Text normalisation shared by every part of the router: folding, SMS spelling, tokens and stems.

Everything that matches text (lexicon, safety patterns, dialogue acts) goes through the same ``fold`` and
``normalise`` so a pattern written once matches however people type it: capitals, accents, SMS
abbreviations and Dutch contractions all disappear before matching.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import snowballstemmer

from intents import cache as startup_cache
from intents.resources import load_yaml

# Letters that Unicode decomposition does not reduce to a base letter, plus Arabic letter variants that
# people use interchangeably.
_CHAR_MAP = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "ø": "o",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "ى": "ي",
        "ة": "ه",
        "ـ": "",
        "’": "'",
        "‘": "'",
        "`": "'",
        "ʼ": "'",
        "´": "'",
    }
)
_WORD = re.compile(r"\w+")
# With the Arabic question mark, comma and semicolon.
SENTENCE_END = re.compile(r"[.!?\n\u061f]+")
_CLAUSE_END = re.compile(r"[,;:()\u060c\u061b]+")
_DIMINUTIVE = re.compile(r"(?<=..)(?:etje|etjes|tje|tjes|pje|pjes|kje|kjes|je|jes)$")
_DOUBLED_END = re.compile(r"([bdfgklmnprst])\1$")
_MIN_STEM = 4


@cache
def _normalise_data() -> tuple[re.Pattern[str], dict[str, str], dict[str, str]]:
    data = load_yaml("normalise.yaml")
    contractions = {fold(str(k)): str(v) for k, v in data["contractions"].items()}
    # One pass over the text: longest contraction first, so "'s nachts" wins over "'s".
    keys = sorted(contractions, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(k) for k in keys) + r")(?!\w)")
    sms = {str(k): str(v) for k, v in data["sms"].items()}
    # with_sms_spelling keeps every clause: a word written out as nothing could empty one.
    if not all(value.split() for value in sms.values()):
        raise ValueError("normalise.yaml: an SMS word is written out as nothing")
    return pattern, contractions, sms


def fold(text: str) -> str:
    """Lower case without accents or diacritics; apostrophes unified to '."""
    text = text.lower().translate(_CHAR_MAP)
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).translate(_CHAR_MAP)


def normalise(text: str, *, sms: bool = True) -> str:
    """Folded text as space-separated words with contractions (and, for Dutch and English, SMS
    spelling) written out. SMS expansion is optional because "nie" is Polish for "not"."""
    pattern, contractions, _ = _normalise_data()
    folded = fold(text)
    if "'" in folded:
        folded = pattern.sub(lambda m: contractions[m.group(0)], folded)
    words = _WORD.findall(folded.replace("'", ""))
    return _sms_spelled(words) if sms else " ".join(words)


def _sms_spelled(words: list[str]) -> str:
    """The words joined by spaces, SMS spelling written out ("nie" -> "niet")."""
    sms_words = _normalise_data()[2]
    return " ".join(sms_words.get(word, word) for word in words)


@dataclass(frozen=True, slots=True)
class Tokens:
    words: tuple[str, ...]
    # Per-word weight: the last sentence counts more, because long stories end with the actual question.
    boosts: tuple[float, ...]
    # Per-word clause number: sentences and the parts between commas, semicolons, colons and brackets.
    clauses: tuple[int, ...] = ()

    @property
    def text(self) -> str:
        return " ".join(self.words)


def tokenize(text: str, *, sms: bool = True, last_sentence_boost: float = 1.25) -> Tokens:
    sentences: list[list[list[str]]] = []
    for sentence in SENTENCE_END.split(text):
        parts = [
            words
            for words in (normalise(part, sms=sms).split() for part in _CLAUSE_END.split(sentence))
            if words
        ]
        if parts:
            sentences.append(parts)
    words: list[str] = []
    boosts: list[float] = []
    clauses: list[int] = []
    clause = 0
    for index, parts in enumerate(sentences):
        boost = last_sentence_boost if index == len(sentences) - 1 and len(sentences) > 1 else 1.0
        for part_words in parts:
            words.extend(part_words)
            boosts.extend([boost] * len(part_words))
            clauses.extend([clause] * len(part_words))
            clause += 1
    return Tokens(tuple(words), tuple(boosts), tuple(clauses))


def with_sms_words(plain: str) -> str:
    """``normalise(text)`` from ``plain = normalise(text, sms=False)``: the same words with SMS spelling
    written out, without folding and splitting the text again."""
    return _sms_spelled(plain.split())


def with_sms_spelling(plain: Tokens) -> Tokens:
    """``tokenize(text, sms=True)`` from ``plain = tokenize(text, sms=False)``: the same words with SMS
    spelling written out ("nie" -> "niet", "ff" -> "even"), each new word with the weight and clause of the
    word it replaces. The router reads every message plainly first (for the language), so the words are
    not normalised twice."""
    _, _, sms_words = _normalise_data()
    if not sms_words.keys() & set(plain.words):
        return plain
    words: list[str] = []
    boosts: list[float] = []
    clauses: list[int] = []
    for word, boost, clause in zip(plain.words, plain.boosts, plain.clauses, strict=True):
        written = sms_words.get(word)
        new = written.split() if written is not None else (word,)
        words.extend(new)
        boosts.extend([boost] * len(new))
        clauses.extend([clause] * len(new))
    return Tokens(tuple(words), tuple(boosts), tuple(clauses))


def strip_diminutive(word: str) -> str:
    """Dutch diminutive to base form: tandjes -> tand, balletje -> bal, boompje -> boom."""
    if len(word) < 5:
        return word
    base = _DIMINUTIVE.sub("", word)
    if base == word or len(base) < 3:
        return word
    return _DOUBLED_END.sub(r"\1", base) if word[len(base) :].startswith("etje") else base


# The Snowball stemmers are plain Python: stemming the lexicon's and the articles' words is most of a second
# of every start. Their stems are kept between processes (intents/cache.py), keyed by this module's code and
# the stemmers'.
_STEMS = startup_cache.Memo(
    "stems",
    lambda: startup_cache.key(
        "stems", *startup_cache.sources(startup_cache, sys.modules[__name__], *_stemmer_modules())
    ),
    limit=50_000,
)


def _stemmer_modules() -> list[Any]:
    from snowballstemmer import basestemmer, dutch_stemmer, english_stemmer

    return [basestemmer, dutch_stemmer, english_stemmer]


@lru_cache(maxsize=50_000)
def stems(word: str) -> tuple[str, ...]:
    """The keys a word may match in the lexicon: Dutch stem of its base form and English stem."""
    if startup_cache.directory() is None:
        return _stems(word)
    stored = _STEMS.get("stems", word)
    if isinstance(stored, list) and stored:
        return tuple(stored)
    found = _stems(word)
    _STEMS.put("stems", word, list(found))
    return found


def _stems(word: str) -> tuple[str, ...]:
    dutch, english = _stemmers()
    base = strip_diminutive(word)
    dutch_stem = dutch.stemWord(base)
    # The Dutch stemmer drops a ge- prefix, which merges common words (gezin -> zin, gewoon -> woon);
    # keep the prefix and let fallback_stems try without it only for otherwise unknown words.
    if base.startswith("ge") and not dutch_stem.startswith("ge"):
        dutch_stem = "ge" + dutch.stemWord(base[2:])
    # Stems under four letters merge unrelated words (verlies -> ver, boos -> boo) unless the word is short.
    keys = (dutch_stem, english.stemWord(word))
    return tuple(dict.fromkeys(k for k in keys if len(k) >= _MIN_STEM or k == word)) or (word,)


def fallback_bases(word: str) -> tuple[str, ...]:
    """The word without a trailing verb -t and without a ge- prefix ("plast" -> plas, "gepest" -> pest),
    because the Dutch stemmer keeps "plast" and "gepest" apart from "plassen" and "pesten"."""
    base = strip_diminutive(word)
    bases: list[str] = []
    if len(base) >= 5 and base.endswith("t"):
        bases.append(base[:-1])
    if len(base) >= 6 and base.startswith("ge"):
        bases.append(base[2:])
        if base.endswith("t"):
            bases.append(base[2:-1])
    return tuple(bases)


@lru_cache(maxsize=50_000)
def fallback_stems(word: str, keep: Callable[[str], bool] | None = None) -> tuple[str, ...]:
    """Keys to try when ``stems`` finds nothing: the Dutch stems of ``fallback_bases``, of those bases that
    ``keep`` accepts when given."""
    dutch, _ = _stemmers()
    keys = [dutch.stemWord(base) for base in fallback_bases(word) if keep is None or keep(base)]
    return tuple(dict.fromkeys(keys))


@cache
def _stemmers() -> tuple[snowballstemmer.stemmer, snowballstemmer.stemmer]:
    return snowballstemmer.stemmer("dutch"), snowballstemmer.stemmer("english")
