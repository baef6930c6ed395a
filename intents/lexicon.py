"""The topic lexicon (data/lexicon.yaml) compiled into lookup tables, and the matching of one message.

Every lexicon entry goes through the same normalisation and stemming as the messages, so the data stays
plain words and phrases. A message word is looked up by its stems; failing that by its stems without a
verb -t or ge- prefix, then by typo-tolerant matching (rapidfuzz) against the lexicon's words, then by
splitting it as a Dutch compound (schoolweigering -> school + weigering).
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

from intents.language import stopword_union
from intents.resources import load_yaml
from intents.text import Tokens, fallback_stems, normalise, stems
from knowledge.taxonomy import BY_CODE

# How much a looser match counts compared to an exact one.
FUZZY_QUALITY = 0.85
COMPOUND_QUALITY = 0.7
PHRASE_GAP = 2
MIN_FUZZY_LENGTH = 6
MIN_COMPOUND_LENGTH = 7
MIN_COMPOUND_PART = 4


@dataclass(frozen=True, slots=True)
class Phrase:
    text: str
    category: str
    weight: float
    words: tuple[frozenset[str], ...]


@dataclass(frozen=True, slots=True)
class Hit:
    """One piece of evidence: a word or phrase of the message that points at a category."""

    category: str
    score: float
    position: int
    note: str


@dataclass(frozen=True, slots=True)
class Lexicon:
    terms: dict[str, dict[str, float]]
    idf: dict[str, float]
    phrases: dict[str, tuple[Phrase, ...]]
    by_initial: dict[str, tuple[str, ...]]
    ignore: frozenset[str]


@cache
def lexicon() -> Lexicon:
    data = load_yaml("lexicon.yaml")
    terms: dict[str, dict[str, float]] = defaultdict(dict)
    phrases: dict[str, list[Phrase]] = defaultdict(list)
    vocabulary: set[str] = set()
    for category, groups in data["categories"].items():
        if category not in BY_CODE:
            raise ValueError(f"lexicon.yaml: unknown category {category!r}")
        for weight, entries in groups.items():
            for entry in entries:
                if isinstance(entry, bool):
                    raise ValueError(f"lexicon.yaml: {category}: unquoted yes/no/on/off read as {entry}")
                words = normalise(str(entry)).split()
                vocabulary.update(w for w in words if len(w) >= MIN_FUZZY_LENGTH - 1)
                if len(words) == 1:
                    for key in stems(words[0]):
                        terms[key][category] = max(terms[key].get(category, 0.0), float(weight))
                elif words:
                    keyed = tuple(frozenset(stems(w)) for w in words)
                    phrase = Phrase(" ".join(words), category, float(weight), keyed)
                    for key in keyed[0]:
                        phrases[key].append(phrase)
    # Words that point at many categories say little about any one of them.
    idf = {key: 1.0 / (1.0 + 0.5 * (len(cats) - 1)) for key, cats in terms.items()}
    return Lexicon(
        terms=dict(terms),
        idf=idf,
        phrases={key: tuple(items) for key, items in phrases.items()},
        by_initial={
            initial: tuple(sorted(w for w in vocabulary if w[0] == initial))
            for initial in {w[0] for w in vocabulary}
        },
        ignore=stopword_union() | {normalise(str(w)) for w in data["common"]},
    )


@lru_cache(maxsize=20_000)
def _fuzzy(word: str) -> str | None:
    lex = lexicon()
    max_edits = 1 if len(word) < 10 else 2
    # Typos rarely hit the first letter; requiring it halves false corrections of ordinary words.
    candidates = lex.by_initial.get(word[0], ())
    match = process.extractOne(word, candidates, scorer=OSA.distance, score_cutoff=max_edits)
    return match[0] if match else None


@lru_cache(maxsize=20_000)
def _compound_parts(word: str) -> tuple[str, ...]:
    """The longest known head and modifier of a Dutch compound, e.g. schoolweigering -> school, weigering."""
    terms = lexicon().terms
    head = modifier = ""
    for cut in range(MIN_COMPOUND_PART, len(word) - MIN_COMPOUND_PART + 1):
        left, right = word[:cut], word[cut:]
        if len(right) > len(head) and any(k in terms for k in stems(right)):
            head = right
        # Linking letters: schoolsarts, kinderenopvang, pestgedrag.
        for candidate in (
            left,
            left[:-1] if left[-1:] in "se" else "",
            left[:-2] if left.endswith("en") else "",
        ):
            long_enough = len(candidate) >= MIN_COMPOUND_PART and len(candidate) > len(modifier)
            if long_enough and any(k in terms for k in stems(candidate)):
                modifier = candidate
    return tuple(part for part in (modifier, head) if part)


@lru_cache(maxsize=50_000)
def word_keys(word: str) -> tuple[tuple[str, float, str], ...]:
    """(key, quality, note) for a message word; note is empty for an exact match."""
    lex = lexicon()
    primary = stems(word)
    keys = [(k, 1.0, "") for k in primary]
    if word in lex.ignore:
        # Usable inside phrases only: the phrase index holds stems, the term index never sees this key.
        return tuple((k, 0.0, "") for k in primary)
    if word.isdigit() or any(k in lex.terms for k in primary):
        return tuple(keys)
    fallback = [k for k in fallback_stems(word) if k in lex.terms]
    if fallback:
        return tuple(keys + [(k, 1.0, "") for k in fallback])
    if len(word) >= MIN_FUZZY_LENGTH:
        corrected = _fuzzy(word)
        if corrected is not None and corrected != word:
            return tuple(keys + [(k, FUZZY_QUALITY, f"~ {corrected}") for k in stems(corrected)])
    if len(word) >= MIN_COMPOUND_LENGTH:
        for part in _compound_parts(word):
            keys.extend((k, COMPOUND_QUALITY, f"[{part}]") for k in stems(part))
    return tuple(keys)


def _phrase_end(phrase: Phrase, keysets: list[set[str]], start: int) -> int | None:
    """Index of the last message word of ``phrase`` matched in order from ``start``, or None."""
    position = start
    gaps = PHRASE_GAP
    for alternatives in phrase.words[1:]:
        for step in range(1, gaps + 2):
            candidate = position + step
            if candidate < len(keysets) and alternatives & keysets[candidate]:
                gaps -= step - 1
                position = candidate
                break
        else:
            return None
    return position


def match(tokens: Tokens) -> list[Hit]:
    """All lexicon evidence in the message, with repeated words counting less each time."""
    lex = lexicon()
    per_word = [word_keys(word) for word in tokens.words]
    keysets = [{key for key, _, _ in keys} for keys in per_word]
    hits: list[Hit] = []
    seen_keys: dict[str, int] = defaultdict(int)
    for position, (word, keys) in enumerate(zip(tokens.words, per_word, strict=True)):
        boost = tokens.boosts[position]
        best: dict[str, Hit] = {}
        for key, quality, note in keys:
            if quality <= 0:
                continue
            for category, weight in lex.terms.get(key, {}).items():
                score = weight * lex.idf[key] * quality * boost
                if category not in best or score > best[category].score:
                    label = f"{word} {note}".strip()
                    best[category] = Hit(category, score, position, f"{label} -> {category}")
        for hit in best.values():
            repeat = seen_keys[f"{hit.category}:{word}"]
            seen_keys[f"{hit.category}:{word}"] += 1
            hits.append(Hit(hit.category, hit.score * math.pow(0.5, repeat), position, hit.note))
    found: set[tuple[str, str]] = set()
    for position, keyset in enumerate(keysets):
        for key in keyset:
            for phrase in lex.phrases.get(key, ()):
                if (phrase.text, phrase.category) in found:
                    continue
                end = _phrase_end(phrase, keysets, position)
                if end is not None:
                    found.add((phrase.text, phrase.category))
                    score = phrase.weight * tokens.boosts[end]
                    hits.append(
                        Hit(phrase.category, score, position, f"'{phrase.text}' -> {phrase.category}")
                    )
    return hits
