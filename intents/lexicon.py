"""The topic lexicon (data/lexicon.yaml) compiled into lookup tables, and the matching of one message.

Every lexicon entry goes through the same normalisation and stemming as the messages, so the data stays
plain words and phrases. A message word is looked up by its stems, by the prefix entries it starts with
("okul*" for Turkish okula, okulda) and, in Arabic script, by the substring entries it contains ("~مدرس"
for المدرسة); failing all that by its stems without a verb -t or ge- prefix, then by typo-tolerant
matching (rapidfuzz) against the lexicon's words, then by splitting it as a Dutch compound
(schoolweigering -> school + weigering).
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from itertools import chain

from rapidfuzz import process
from rapidfuzz.distance import OSA

from intents.cache import save_memos
from intents.language import stopword_union
from intents.resources import language_packs, load_yaml
from intents.text import Tokens, fallback_stems, fold, normalise, stems
from intents.vocabulary import known
from knowledge.taxonomy import BY_CODE

# How much a looser match counts compared to an exact one.
FUZZY_QUALITY = 0.85
COMPOUND_QUALITY = 0.7
PHRASE_GAP = 2
WIDE_GAP = 6
MIN_FUZZY_LENGTH = 6
MIN_COMPOUND_LENGTH = 7
MIN_COMPOUND_PART = 4
# Dutch noun-forming suffixes: a compound part "koppigheid" is a word when "koppig" is.
DERIVATIONS = ("heid", "ing", "schap")
# A phrase of at least this weight halves what its words say about other categories.
EXPLAINING_PHRASE = 3.0
DECISIVE_PHRASE = 4.0
EXPLAINED_AWAY = 0.5
# "onze zoon", "my daughter": a possessive before a person word starts talk about that person.
POSSESSIVES = frozenset({"mijn", "onze", "ons", "zijn", "haar", "hun", "my", "our", "his", "her", "their"})
# The first word of a phrase in which the writer speaks of themself ("ik heb ... autisme", "heb zelf ...
# adhd", "mijn psychische problemen"): in a young person's message such a phrase of a parent's category is no
# parent's illness or parent's stress but the young person's own (see ``match``, ``adult``).
OWN_VOICE = frozenset({"ik", "heb", "zelf", "mijn", "i", "im", "my"})
# A decisive phrase that names another person's illness ("mijn vrouw ... angststoornis", "mijn man ...
# zinloos") says whose the symptoms in the message are: the words of these categories ("somber", "huilt veel",
# "durft de deur niet uit") then describe that person and count EXPLAINED_AWAY.
SYMPTOMS_OF = {"parent_mental_health": frozenset({"low_mood", "anxiety"})}
# How much a negated word counts ("niemand overleden").
NEGATED = 0.2
# Prefix entries ("okul*") must be at least this long, so they cannot swallow unrelated words.
MIN_PREFIX = 3


@dataclass(frozen=True, slots=True)
class Phrase:
    text: str
    category: str
    weight: float
    words: tuple[frozenset[str], ...]
    # Per word after the first: how many message words may come before it ("..." in the entry allows
    # WIDE_GAP: "vader ... depressief" matches "mijn vader is al maanden erg depressief").
    gaps: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class _Indexed:
    """A phrase under one of its anchor keys, with what ``match`` checks of it before looking for it in
    the message: the words besides the anchor's (the anchor is a key of the message, so its word is there),
    those with one key as one set for one subset test, the others one by one; and the words a wide gap of
    the phrase does not cross (``_phrase_end``)."""

    phrase: Phrase
    # (text, category): a phrase found under one anchor is not looked for again under another.
    ident: tuple[str, str]
    single: frozenset[str]
    several: tuple[frozenset[str], ...]
    barriers: frozenset[str]

    @classmethod
    def of(cls, phrase: Phrase, anchor: str, subjects: frozenset[str], barriers: frozenset[str]) -> _Indexed:
        rest = [alternatives for alternatives in phrase.words if anchor not in alternatives]
        single = frozenset(key for alternatives in rest if len(alternatives) == 1 for key in alternatives)
        several = tuple(alternatives for alternatives in rest if len(alternatives) > 1)
        # Only a phrase that starts with a person stops at another person ("miskraam ... vertellen" does not).
        stops = barriers if not phrase.words[0].isdisjoint(subjects) else frozenset()
        return cls(phrase, (phrase.text, phrase.category), single, several, stops)


@dataclass(frozen=True, slots=True)
class Hit:
    """One piece of evidence: a word or phrase of the message that points at a category."""

    category: str
    score: float
    position: int
    note: str
    # False for a hint that ranks but does not compete (a teenager's age): a runner-up with only such hints
    # does not make the winner less certain.
    evidence: bool = True
    # True for a word that says where something happens ("school", "leerling", "groep 6"), not what.
    setting: bool = False


@dataclass(frozen=True, slots=True)
class Lexicon:
    terms: dict[str, dict[str, float]]
    idf: dict[str, float]
    # Per anchor key, its phrases (``_Indexed``).
    phrases: dict[str, tuple[_Indexed, ...]]
    by_initial: dict[str, tuple[str, ...]]
    ignore: frozenset[str]
    # Prefix entries by their prefix, and substring entries (Arabic script): keys "*prefix" and "~part".
    prefixes: frozenset[str]
    substrings: tuple[str, ...]
    # Figures of speech ("dood van verveling"): word sequences that are no topic evidence.
    figures: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    negation: Negation | None = None
    # Words a wide phrase gap from a person (subject) does not cross: they name another person.
    wide_gap_subjects: frozenset[str] = frozenset()
    wide_gap_barriers: frozenset[str] = frozenset()
    # Setting words: their lookup keys (single words) and phrase texts ("groep 6").
    setting_keys: frozenset[str] = frozenset()
    setting_phrases: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Negation:
    """A word of these categories is no evidence when a negation word stands next to it in its clause:
    "er is niemand overleden", "geen geweld", "gepest wordt hij niet"."""

    categories: frozenset[str]
    words: frozenset[str]
    # A negation followed by one of these is none: "niet alleen" (not only).
    exceptions: frozenset[str]
    window: int
    # Dutch often puts the negation after the verb and subject: "gepest wordt hij niet".
    after: int
    # A conjunction between the word and the negation starts another clause: "drinkt en slaapt niet".
    barriers: frozenset[str]


def _anchor_index(phrases: list[Phrase]) -> dict[str, list[Phrase]]:
    """Phrases by the keys of their rarest word: a message is only checked for phrases whose rarest word
    it contains ("moeder ... depressief" is looked at when "depressief" occurs, not for every "moeder")."""
    frequency: dict[str, int] = defaultdict(int)
    for phrase in phrases:
        for key in {k for alternatives in phrase.words for k in alternatives}:
            frequency[key] += 1
    index: dict[str, list[Phrase]] = defaultdict(list)
    for phrase in phrases:
        anchor = min(phrase.words, key=lambda alts: (sum(frequency[k] for k in alts), -max(map(len, alts))))
        for key in anchor:
            index[key].append(phrase)
    return index


def _split_entry(entry: str) -> tuple[list[str], list[int]]:
    """The tokens of an entry and, per token after the first, the gap allowed before it ("..." = wide)."""
    tokens: list[str] = []
    gaps: list[int] = []
    wide = False
    for token in entry.split():
        if token == "...":
            wide = True
            continue
        if tokens:
            gaps.append(WIDE_GAP if wide else PHRASE_GAP)
        tokens.append(token)
        wide = False
    return tokens, gaps


def _token_keys(token: str) -> list[frozenset[str]]:
    """The lookup keys of one written lexicon token: "okul*" -> {"*okul"}, "~مدرس" -> {"~مدرس"}, and for an
    ordinary word the stems of each word it normalises to ("m'n" -> mijn)."""
    if token.endswith("*") and len(token) > MIN_PREFIX:
        return [frozenset({"*" + fold(token[:-1])})]
    if token.startswith("~") and len(token) > 2:
        return [frozenset({"~" + fold(token[1:])})]
    if token.startswith("=") and len(token) > 2:
        return [frozenset({"=" + fold(token[1:])})]
    # Both with and without SMS spelling: "nie" is Dutch SMS for niet but Polish for not.
    written, plain = normalise(token).split(), normalise(token, sms=False).split()
    if len(written) != len(plain):
        return [frozenset(stems(word)) for word in written]
    return [frozenset(stems(a)) | frozenset(stems(b)) for a, b in zip(written, plain, strict=True)]


@cache
def lexicon() -> Lexicon:
    built = _build()
    # The stems of the lexicon's words, computed or read, are kept for the next process (intents/cache.py).
    save_memos()
    return built


def _build() -> Lexicon:
    data = load_yaml("lexicon.yaml")
    terms: dict[str, dict[str, float]] = defaultdict(dict)
    all_phrases: list[Phrase] = []
    vocabulary: set[str] = set()
    sources = [("lexicon.yaml", data["categories"])] + [
        (f"packs/{lang}.yaml", pack["lexicon"]) for lang, pack in language_packs() if pack.get("lexicon")
    ]
    for source, category, groups in ((s, c, g) for s, categories in sources for c, g in categories.items()):
        if category not in BY_CODE:
            raise ValueError(f"{source}: unknown category {category!r}")
        for weight, entries in groups.items():
            if float(weight) <= 0:
                raise ValueError(f"{source}: {category}: weight {weight} must be positive")
            for entry in entries:
                if isinstance(entry, bool):
                    raise ValueError(f"{source}: {category}: unquoted yes/no/on/off read as {entry}")
                tokens, gaps = _split_entry(str(entry))
                keyed = tuple(keys for token in tokens for keys in _token_keys(token))
                if len(gaps) != max(len(keyed) - 1, 0):
                    gaps = []  # a token that normalises to several words: keep the ordinary gaps
                vocabulary.update(
                    w
                    for t in tokens
                    if t[-1] != "*" and t[0] not in "~="
                    for w in normalise(t).split()
                    if len(w) >= MIN_FUZZY_LENGTH - 1
                )
                if len(keyed) == 1:
                    for key in keyed[0]:
                        terms[key][category] = max(terms[key].get(category, 0.0), float(weight))
                elif keyed:
                    text = " ".join(normalise(t) if t[-1] != "*" and t[0] not in "~=" else t for t in tokens)
                    all_phrases.append(Phrase(text, category, float(weight), keyed, tuple(gaps)))
    phrases = _anchor_index(all_phrases)
    all_keys = set(terms) | {k for p in all_phrases for ks in p.words for k in ks}
    # Words that point at many categories say little about any one of them.
    idf = {key: 1.0 / (1.0 + 0.5 * (len(cats) - 1)) for key, cats in terms.items()}
    subjects = frozenset(
        k for w in data.get("wide_gap_subjects", []) for ks in _token_keys(str(w)) for k in ks
    )
    barriers = frozenset(normalise(str(w)) for w in data.get("wide_gap_barriers", []))
    return Lexicon(
        terms=dict(terms),
        idf=idf,
        phrases={
            key: tuple(_Indexed.of(phrase, key, subjects, barriers) for phrase in items)
            for key, items in phrases.items()
        },
        by_initial={
            initial: tuple(sorted(w for w in vocabulary if w[0] == initial))
            for initial in {w[0] for w in vocabulary}
        },
        ignore=_ignored(data["common"], terms, {k[1:] for k in all_keys if k.startswith("*")}),
        prefixes=frozenset(k[1:] for k in all_keys if k.startswith("*")),
        substrings=tuple(sorted(k[1:] for k in all_keys if k.startswith("~"))),
        figures=_index_figures(data.get("figures", [])),
        negation=_negation(data.get("negation")),
        wide_gap_subjects=subjects,
        wide_gap_barriers=barriers,
        setting_keys=frozenset(
            k for w in data.get("setting", []) if " " not in str(w) for ks in _token_keys(str(w)) for k in ks
        ),
        setting_phrases=frozenset(normalise(str(w)) for w in data.get("setting", []) if " " in str(w)),
    )


def _index_figures(entries: list) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Figures of speech as word tuples by their first word, longest first."""
    index: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for figure in sorted({tuple(normalise(str(f)).split()) for f in entries}, key=len, reverse=True):
        if figure:
            index[figure[0]].append(figure)
    return {word: tuple(figures) for word, figures in index.items()}


def _negation(data: dict | None) -> Negation | None:
    if not data:
        return None
    unknown = set(data["categories"]) - set(BY_CODE)
    if unknown:
        raise ValueError(f"lexicon.yaml: negation: unknown categories {sorted(unknown)}")
    return Negation(
        categories=frozenset(data["categories"]),
        words=frozenset(normalise(str(w)) for w in data["words"]),
        exceptions=frozenset(normalise(str(w)) for w in data["exceptions"]),
        window=int(data["window"]),
        after=int(data["after"]),
        barriers=frozenset(normalise(str(w)) for w in data["barriers"]),
    )


def _ignored(common: list, terms: dict, prefixes: set[str]) -> frozenset[str]:
    """Words never scored alone: the lexicon's common words, and the language profiles' function words
    unless the lexicon itself lists them (the Turkish profile has "okul", school, to recognise Turkish)."""
    listed = {normalise(str(w)) for w in common}
    for word in stopword_union():
        known = any(k in terms for k in stems(word))
        known = known or any(word[:n] in prefixes for n in range(MIN_PREFIX, len(word) + 1))
        if not known:
            listed.add(word)
    return frozenset(listed)


def _pattern_keys(word: str) -> list[str]:
    """The prefix and substring entries a message word matches."""
    lex = lexicon()
    keys = [f"*{word[:n]}" for n in range(MIN_PREFIX, len(word) + 1) if word[:n] in lex.prefixes]
    if not word.isascii():
        keys.extend(f"~{part}" for part in lex.substrings if part in word)
    return keys


@lru_cache(maxsize=20_000)
def _fuzzy(word: str) -> str | None:
    lex = lexicon()
    max_edits = 1 if len(word) < 10 else 2
    # Typos rarely hit the first letter; requiring it halves false corrections of ordinary words.
    candidates = lex.by_initial.get(word[0], ())
    match = process.extractOne(word, candidates, scorer=OSA.distance, score_cutoff=max_edits)
    return match[0] if match else None


def _strip_derivation(part: str) -> str | None:
    """The part without a Dutch noun-forming suffix ("koppigheid" -> koppig), or None."""
    for suffix in DERIVATIONS:
        if part.endswith(suffix) and len(part) - len(suffix) >= MIN_COMPOUND_PART:
            return part[: -len(suffix)]
    return None


@lru_cache(maxsize=20_000)
def _compound_parts(word: str) -> tuple[str, ...]:
    """The lexicon words of a Dutch compound, e.g. schoolweigering -> school, weigering.

    A cut counts only when both sides are words (lexicon words or ordinary Dutch or English words, also
    with a noun suffix: koppigheid), with a linking s, e or en allowed after the first (schoolsarts,
    kinderenopvang, pestgedrag); "stimuleren" is not stimu + leren. Of the cuts, the one whose parts the
    lexicon knows best wins: both parts, then the longest known head (the head of a Dutch compound says
    what it is)."""
    terms = lexicon().terms

    def lexicon_form(part: str) -> str | None:
        if any(k in terms for k in stems(part)):
            return part
        base = _strip_derivation(part)
        return base if base is not None and any(k in terms for k in stems(base)) else None

    def is_word(part: str) -> bool:
        base = _strip_derivation(part)
        return known(part) or (base is not None and known(base))

    best: tuple[tuple[int, int], tuple[str, ...]] | None = None
    for cut in range(MIN_COMPOUND_PART, len(word) - MIN_COMPOUND_PART + 1):
        left, right = word[:cut], word[cut:]
        head = lexicon_form(right)
        if head is None and not is_word(right):
            continue
        for modifier in (
            left,
            left[:-1] if left[-1:] in "se" else "",
            left[:-2] if left.endswith("en") else "",
        ):
            if len(modifier) < MIN_COMPOUND_PART:
                continue
            first = lexicon_form(modifier)
            if (first is None and not is_word(modifier)) or (first is None and head is None):
                continue
            parts = tuple(p for p in (first, head) if p is not None)
            rank = (len(parts), len(right) if head is not None else len(modifier))
            if best is None or rank > best[0]:
                best = (rank, parts)
    return best[1] if best else ()


@lru_cache(maxsize=50_000)
def word_keys(word: str, native: bool = True) -> tuple[tuple[str, float, str], ...]:
    """(key, quality, note) for a message word; note is empty for an exact match.

    ``native`` is true in a Dutch or English message: there an ordinary word of those languages is taken
    as written (no prefix entry, typo correction or compound split), and an unknown word may be a typo or
    a compound. In the other languages the Dutch typo and compound rules do not apply."""
    lex = lexicon()
    primary = stems(word)
    keys = [(k, 1.0, "") for k in primary]
    if "=" + word in lex.terms:
        keys.append(("=" + word, 1.0, ""))
    if word in lex.ignore:
        # Usable inside phrases only: the phrase index holds stems, the term index never sees this key.
        return tuple((k, 0.0, "") for k in primary)
    ordinary = native and known(word)
    if not ordinary:
        keys.extend((k, 1.0, "") for k in _pattern_keys(word))
    if word.isdigit() or ordinary or not native or any(k in lex.terms for k, _, _ in keys):
        if ordinary and not any(k in lex.terms for k, _, _ in keys):
            # "plast" is plas + t, but "eerst" is no verb form of "eer": the base must be a word too.
            keys.extend((k, 1.0, "") for k in fallback_stems(word, known) if k in lex.terms)
        return tuple(keys)
    fallback = [k for k in fallback_stems(word) if k in lex.terms]
    if fallback:
        return tuple(keys + [(k, 1.0, "") for k in fallback])
    # A word made of two words is a compound before it is a typo: "moedervlek" is no misspelt "moedermelk".
    parts = _compound_parts(word) if len(word) >= MIN_COMPOUND_LENGTH else ()
    if parts:
        return tuple(keys + [(k, COMPOUND_QUALITY, f"[{part}]") for part in parts for k in stems(part)])
    if len(word) >= MIN_FUZZY_LENGTH:
        corrected = _fuzzy(word)
        if corrected is not None and corrected != word:
            return tuple(keys + [(k, FUZZY_QUALITY, f"~ {corrected}") for k in stems(corrected)])
    return tuple(keys)


# A word's terms: (category, score, label, setting).
_Term = tuple[str, float, str, bool]
# A word of a figure of speech: no keys, no terms.
_NOTHING: tuple[frozenset[str], tuple[str, ...], tuple[_Term, ...]] = (frozenset(), (), ())


def _figure_positions(words: tuple[str, ...], figures: dict[str, tuple[tuple[str, ...], ...]]) -> set[int]:
    """Positions of the words of figures of speech in the message (figures indexed by their first word)."""
    blank: set[int] = set()
    for start, word in enumerate(words):
        for figure in figures.get(word, ()):
            if words[start : start + len(figure)] == figure:
                blank.update(range(start, start + len(figure)))
    return blank


def _negation_factor(tokens: Tokens, category: str, start: int, end: int, inside: bool = False) -> float:
    """NEGATED when a negation word stands within the window before or after the words start..end of a
    negatable category, in the same clause (with ``inside`` also between the words of a phrase: "is
    niemand overleden"); otherwise 1."""
    rule = lexicon().negation
    if rule is None or category not in rule.categories or not tokens.clauses:
        return 1.0
    words, clauses = tokens.words, tokens.clauses
    near = [
        *range(max(0, start - rule.window), start),
        *range(end + 1, min(len(words), end + 1 + rule.after)),
        *(range(start + 1, end) if inside else ()),
    ]
    for i in near:
        if words[i] not in rule.words or clauses[i] != clauses[start]:
            continue
        between = words[i + 1 : start] if i < start else words[end + 1 : i]
        following = words[i + 1] if i + 1 < len(words) else ""
        if following not in rule.exceptions and rule.barriers.isdisjoint(between):
            return NEGATED
    return 1.0


def _phrase_end(
    phrase: Phrase,
    keysets: list[frozenset[str]],
    start: int,
    words: tuple[str, ...],
    barriers: frozenset[str],
) -> int | None:
    """Index of the last message word of ``phrase`` matched in order from ``start``, or None. A wide gap
    ("vader ... depressief") does not reach across ``barriers``, words that name someone else ("mijn vrouw
    denkt dat onze zoon depressief is" is about the son; see ``_Indexed``)."""
    position = start
    budget = PHRASE_GAP
    for index, alternatives in enumerate(phrase.words[1:]):
        wide = bool(phrase.gaps) and phrase.gaps[index] > PHRASE_GAP
        allowed = phrase.gaps[index] if wide else budget
        for step in range(1, allowed + 2):
            candidate = position + step
            # The words just skipped name someone else ("onze zoon"): the phrase ends here.
            skipped = words[max(candidate - 2, position + 1) : candidate]
            if wide and len(skipped) == 2 and skipped[0] in POSSESSIVES and skipped[1] in barriers:
                return None
            if candidate < len(keysets) and alternatives & keysets[candidate]:
                if not wide:
                    budget -= step - 1
                position = candidate
                break
        else:
            return None
    return position


def literal_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words without those of figures of speech ("een nachtmerrie", "dood van verveling"), which say
    nothing about the topic: what the learned re-ranker reads."""
    blank = _figure_positions(words, lexicon().figures)
    return tuple(word for position, word in enumerate(words) if position not in blank)


@cache
def _own_voice_keys() -> tuple[frozenset[str], frozenset[str]]:
    """The keys of the own-voice first words, and of the words that name someone else (a parent, a child)."""
    lex = lexicon()
    others = lex.wide_gap_subjects | {k for w in lex.wide_gap_barriers for k in stems(w)}
    return frozenset(k for w in OWN_VOICE for k in stems(w)), frozenset(others)


def _own_voice(phrase: Phrase) -> bool:
    """Whether the phrase has the writer speak of themself and names nobody else ("ik heb ... autisme", not
    "mijn man drinkt" or "ik schreeuw tegen mijn kinderen")."""
    first, others = _own_voice_keys()
    return not phrase.words[0].isdisjoint(first) and all(alts.isdisjoint(others) for alts in phrase.words)


@lru_cache(maxsize=50_000)
def key_set(word: str, native: bool = True) -> frozenset[str]:
    """The keys of ``word_keys`` as a set."""
    return frozenset(key for key, _, _ in word_keys(word, native))


@lru_cache(maxsize=50_000)
def _read_word(word: str, native: bool) -> tuple[frozenset[str], tuple[str, ...], tuple[_Term, ...]]:
    """A message word's lookup keys (``word_keys``) as a set and in sorted order, and its terms at the
    weight of an ordinary sentence: the same in every message it is in."""
    keys = key_set(word, native)
    return keys, tuple(sorted(keys)), _word_terms(word, native, 1.0)


@lru_cache(maxsize=50_000)
def _word_terms(word: str, native: bool, boost: float) -> tuple[_Term, ...]:
    """Per category the word's best key, by its score at the sentence's weight ``boost``: (category, score,
    label, setting)."""
    lex = lexicon()
    best: dict[str, tuple[float, str, bool]] = {}
    for key, quality, note in word_keys(word, native):
        if quality <= 0:
            continue
        for category, weight in lex.terms.get(key, {}).items():
            score = weight * lex.idf[key] * quality * boost
            if category not in best or score > best[category][0]:
                best[category] = (score, f"{word} {note}".strip(), key in lex.setting_keys)
    return tuple((category, score, label, setting) for category, (score, label, setting) in best.items())


def match(tokens: Tokens, *, native: bool = True, adult: frozenset[str] = frozenset()) -> list[Hit]:
    """All lexicon evidence in the message, with repeated words counting less each time. ``native``: the
    message is Dutch or English (see word_keys). ``adult``: categories that are about a parent (a parent's
    illness, a parent's stress) whose phrases in the writer's own voice do not apply, because the writer is a
    young person: "ik heb autisme en ben 15" is about the young person's autism, "ik kan niet meer" (from a
    16-year-old) no parent's exhaustion."""
    lex = lexicon()
    words = tokens.words
    blank = _figure_positions(words, lex.figures)
    read = [_NOTHING if i in blank else _read_word(word, native) for i, word in enumerate(words)]
    keysets = [keyset for keyset, _, _ in read]
    hits: list[Hit] = []
    seen: dict[tuple[str, str], int] = {}
    for position, (word, (_, _, terms), boost) in enumerate(zip(words, read, tokens.boosts, strict=True)):
        if not terms:
            continue
        for category, score, label, setting in terms if boost == 1.0 else _word_terms(word, native, boost):
            repeat = seen.get((category, word), 0)
            seen[(category, word)] = repeat + 1
            factor = math.pow(0.5, repeat) * _negation_factor(tokens, category, position, position)
            hits.append(Hit(category, score * factor, position, f"{label} -> {category}", setting=setting))
    found: set[tuple[str, str]] = set()
    spans: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int, str]] = []
    # Categories whose words describe the person of an illness phrase (SYMPTOMS_OF).
    symptoms: set[str] = set()
    # Per taken phrase: how many words it has.
    sizes: list[int] = []
    matched: list[tuple[Phrase, int, int]] = []
    phrase_hits: list[Hit] = []
    # In message order, so that ties are decided the same way on every run (set order varies).
    anchors = dict.fromkeys(chain.from_iterable(ordered for _, ordered, _ in read))
    message_keys = set(anchors)
    # Per key, the positions of the words that have it: made when a phrase first passes the cheap checks.
    where: dict[str, list[int]] | None = None
    for anchor in anchors:
        for indexed in lex.phrases.get(anchor, ()):
            if indexed.ident in found:
                continue
            phrase = indexed.phrase
            if adult and phrase.category in adult and _own_voice(phrase):
                continue
            # Cheap rejection first: every word of the phrase must occur somewhere in the message.
            if not indexed.single <= message_keys or any(
                alternatives.isdisjoint(message_keys) for alternatives in indexed.several
            ):
                continue
            if where is None:
                where = defaultdict(list)
                for position, keyset in enumerate(keysets):
                    for key in keyset:
                        where[key].append(position)
            starts = sorted({p for key in phrase.words[0] & message_keys for p in where[key]})
            for position in starts:
                end = _phrase_end(phrase, keysets, position, words, indexed.barriers)
                if end is not None:
                    found.add(indexed.ident)
                    matched.append((phrase, position, end))
                    break
    # Overlapping phrases of one category are one piece of evidence ("ik doe alles alleen", "alles alleen"):
    # keep the strongest, longest of them.
    matched.sort(key=lambda m: (-m[0].weight, m[1] - m[2], m[1], m[0].text))
    for phrase, position, end in matched:
        if any(c == phrase.category and a <= end and position <= b for a, b, c in taken):
            continue
        taken.append((position, end, phrase.category))
        sizes.append(len(phrase.words))
        if phrase.category in SYMPTOMS_OF and phrase.weight >= DECISIVE_PHRASE and not _own_voice(phrase):
            symptoms |= SYMPTOMS_OF[phrase.category]
        # A phrase that says "not" itself ("niet veilig thuis") is not negated by its own words.
        inside = lex.negation is not None and lex.negation.words.isdisjoint(phrase.text.split())
        negated = _negation_factor(tokens, phrase.category, position, end, inside)
        score = phrase.weight * tokens.boosts[end] * negated
        note = f"'{phrase.text}' -> {phrase.category}"
        phrase_hits.append(
            Hit(phrase.category, score, position, note, setting=phrase.text in lex.setting_phrases)
        )
        if phrase.weight >= EXPLAINING_PHRASE:
            spans.append((position, end, phrase.category))
    # A decisive phrase explains its words: "plast elke nacht in bed" is about the bed-wetting, so "nacht"
    # and "bed" count less for sleep there.
    # A phrase inside a longer phrase of another category is explained by it too: "mijn man drinkt te veel"
    # is about the parent, not about drinking. Over the same words the phrase with more of them is the longer:
    # "rolt nog niet om" (development) explains "rolt om" (baby).
    contained = [
        any(
            c != h.category and a <= h.position <= b and (b - a, n) > (h_end - h.position, h_n)
            for (a, b, c), n in zip(taken, sizes, strict=True)
        )
        for h, (_, h_end, _), h_n in zip(phrase_hits, taken, sizes, strict=True)
    ]
    phrase_hits = [
        replace(h, score=h.score * EXPLAINED_AWAY) if explained else h
        for h, explained in zip(phrase_hits, contained, strict=True)
    ]
    # Such an explained phrase no longer vouches for its own words either: in "vindt zichzelf te mager" the
    # word "mager" is about the self-image, not about eating.
    explained_spans = {span for span, explained in zip(taken, contained, strict=True) if explained}
    spans = [span for span in spans if span not in explained_spans]
    if spans:
        hits = [
            replace(h, score=h.score * EXPLAINED_AWAY)
            if any(a <= h.position <= b and h.category != c for a, b, c in spans)
            and not any(a <= h.position <= b and h.category == c for a, b, c in spans)
            else h
            for h in hits
        ]
    return [
        replace(h, score=h.score * EXPLAINED_AWAY) if h.category in symptoms else h
        for h in hits + phrase_hits
    ]
