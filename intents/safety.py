"""Safety triage: abuse, violence, neglect, threats, exploitation, suicidal thoughts, self-harm, danger now.

Runs before anything else and on its own rules (data/safety.yaml), so a gap in the topic lexicon can never
hide a safety signal. The message is split into sentences, so a rule only combines words that belong
together. Per sentence: figures of speech are blanked first ("ik schrok me dood"); then every signal's
patterns are matched. A match is dropped when a negation sits next to it in the same clause ("hij slaat me
nooit"), when the sentence is about a game or a film (for signals marked ``fiction``), or when a young child
is the one who hits ("mijn peuter slaat me"). A match is lowered to ``attention`` when the sentence only
asks for information, talks about a death in the past, or describes a fight between peers. Everything else
that matches counts: a missed signal costs far more than a worker reading one message too many.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import chain

from intents.cache import save_memos
from intents.firstchar import (
    ANCHOR_PREFIX,
    Conditions,
    chunk_prefixes,
    conditions_met,
    substring_conditions,
    substrings_met,
    word_gate,
)
from intents.lazyregex import lazy_compile
from intents.resources import language_packs, load_yaml
from intents.route import URGENCIES, urgency_rank
from intents.text import SENTENCE_END, fold, normalise, with_sms_words
from knowledge.taxonomy import CODES

MAX_EXPLAINED = 4
# The category of an accident or an illness in danger now (a button battery swallowed, a seizure that does not
# stop): the taxonomy's `safety` is abuse, violence and neglect, and the sets' authors file these under
# `other` or the baby's topic (docs/routing.md, "Twenty-seventh session").
ACCIDENT = "other"
# Length of the word prefixes a pattern's gate is checked against.
GATE_PREFIX = ANCHOR_PREFIX
# How many words before a sentence the child-subject rule may look back, for "Hij is 3. Hij slaat me."
LOOK_BACK_WORDS = 12
_MACRO = re.compile(r"<([A-Z_]+)>")
_SPACES = re.compile(r"\s+")
# Clause boundaries: a negation never reaches across a comma ("ik weet het niet, hij slaat me").
_CLAUSE_END = re.compile(r"[,;:()\u060c\u061b]| [-–] ")


@dataclass(frozen=True, slots=True)
class _Pattern:
    """One compiled pattern and its gate: the prefixes one of which the first word of any match starts
    with. Checking the gate against the sentence's word prefixes is far cheaper than running the regex,
    and most patterns cannot match most sentences."""

    regex: re.Pattern[str]
    gate: frozenset[str] | None
    # Substring patterns (Arabic) may match anywhere in a non-ASCII text.
    substring: bool
    # Every anchor of each alternative (``firstchar.word_conditions``): a sentence that passes the gate but
    # lacks another word the pattern needs is skipped without running it ("staat ... voor ... huis").
    conditions: Conditions | None = None
    # A substring pattern's anchors, read as strings the text must contain anywhere in a word (an Arabic word
    # carries its clitics in front: "وبيضربني"), all non-ASCII (``_contained``); None when they cannot be
    # told, and the pattern then runs on every non-ASCII text.
    contains: Conditions | None = None
    # Where no word gate can be told (a pattern that reads the whole text, "^(?!.*nog steeds).*jaren
    # geleden"): per alternative, the sets of strings one of each of which every match holds
    # (``firstchar.substring_conditions``), None when they cannot be told either. A few searches of the text
    # for them cost far less than such a pattern on a long message (up to 0.2 ms).
    needs: Conditions | None = None

    def may_match(self, sentence: _Text) -> bool:
        if self.substring:
            if self.contains is not None:
                return not sentence.ascii and conditions_met(self.contains, sentence.substrings)
            if not sentence.ascii:
                return True
        prefixes = sentence.prefixes
        if self.gate is not None and self.gate.isdisjoint(prefixes):
            return False
        if self.needs is not None and not substrings_met(self.needs, sentence.text):
            return False
        return conditions_met(self.conditions, prefixes)


@dataclass(frozen=True, slots=True)
class _Text:
    """A sentence as matched: its text, the set of its words' prefixes (for the pattern gates) and of its
    non-ASCII words' substrings (for the substring patterns' anchors)."""

    text: str
    prefixes: frozenset[str]
    ascii: bool
    substrings: frozenset[str] = frozenset()

    @classmethod
    def of(cls, text: str) -> _Text:
        words = text.split()
        prefixes = frozenset(chain.from_iterable(chunk_prefixes(word[:GATE_PREFIX]) for word in words))
        if text.isascii():
            return cls(text, prefixes, True)
        # Every substring pattern's anchors are non-ASCII: an ASCII word holds none of them.
        substrings = chain.from_iterable(
            chunk_prefixes(word[start : start + GATE_PREFIX])
            for word in words
            if not word.isascii()
            for start in range(len(word))
        )
        return cls(text, prefixes, False, frozenset(substrings))


@dataclass(frozen=True, slots=True)
class _GateIndex:
    """Which of a list of gated patterns may match a sentence, in list order.

    A pattern may match when its gate and, for one of its alternatives, every anchor that alternative needs
    (``firstchar.word_conditions``) have a prefix among the sentence's. Each alternative is indexed by the
    prefixes of one of its anchors, the one least likely to be met: a sentence's word prefixes find the few
    alternatives worth checking, and only their other anchors are then looked at."""

    # Per word prefix: the patterns with an alternative that needs only an anchor with this prefix.
    sole: dict[str, tuple[int, ...]]
    # Per word prefix: the alternatives of several anchors indexed by it, each as its pattern and its other
    # anchors. One whose indexed anchor has two prefixes in a sentence is checked twice: that is rare, and
    # cheaper than making a set of them for every sentence.
    more: dict[str, tuple[tuple[int, tuple[frozenset[str], ...]], ...]]
    # The keys of both, as sets: intersecting a sentence's prefixes with a dict's keys view is far slower.
    sole_prefixes: frozenset[str]
    more_prefixes: frozenset[str]
    # The patterns without a word gate: their own check (``_Pattern.needs``) tells.
    always: tuple[tuple[int, _Pattern], ...]
    # Substring patterns (Arabic) whose anchors cannot be told: they may match anywhere in a non-ASCII
    # sentence.
    substring: tuple[int, ...] = ()
    # The other substring patterns, indexed in the same way by their anchors (``_Pattern.contains``), which a
    # non-ASCII sentence's substrings meet or not: a Ukrainian sentence meets none, an Arabic one a few.
    contained: _GateIndex | None = None

    @classmethod
    def of(cls, patterns: Sequence[_Pattern]) -> _GateIndex:
        needs: list[tuple[int, tuple[frozenset[str], ...]]] = []
        always: list[tuple[int, _Pattern]] = []
        contained: list[tuple[int, tuple[frozenset[str], ...]]] = []
        for position, pattern in enumerate(patterns):
            if pattern.substring:
                contained += [(position, alternative) for alternative in pattern.contains or ()]
                continue
            if pattern.gate is None:
                always.append((position, pattern))
                continue
            for alternative in pattern.conditions or ((pattern.gate,),):
                # The gate holds one anchor of every alternative; where that cannot be seen, the gate is
                # needed too.
                if not any(anchor <= pattern.gate for anchor in alternative):
                    alternative = (*alternative, pattern.gate)
                # An anchor without prefixes is never met, nor is its alternative.
                if all(alternative):
                    needs.append((position, tuple(dict.fromkeys(alternative))))
        return cls._indexed(
            needs,
            always,
            substring=tuple(i for i, p in enumerate(patterns) if p.substring and p.contains is None),
            contained=cls._indexed(contained, []) if contained else None,
        )

    @classmethod
    def _indexed(
        cls,
        needs: list[tuple[int, tuple[frozenset[str], ...]]],
        always: list[tuple[int, _Pattern]],
        substring: tuple[int, ...] = (),
        contained: _GateIndex | None = None,
    ) -> _GateIndex:
        # A prefix that many alternatives need (written out or as the start of a longer prefix) starts many
        # words of a text too: of an alternative's anchors, the one with the fewest is met least often.
        uses: dict[str, int] = {}
        for _, alternative in needs:
            for prefix in set().union(*alternative):
                uses[prefix] = uses.get(prefix, 0) + 1
        broad = dict.fromkeys(uses, 0)
        for prefix, count in uses.items():
            for n in range(1, len(prefix) + 1):
                if prefix[:n] in broad:
                    broad[prefix[:n]] += count
        sole: dict[str, list[int]] = {}
        more: dict[str, list[tuple[int, tuple[frozenset[str], ...]]]] = {}
        for position, alternative in needs:
            key = min(alternative, key=lambda anchor: sum(broad[p] for p in anchor))
            others = tuple(anchor for anchor in alternative if anchor is not key)
            if others:
                for prefix in key:
                    more.setdefault(prefix, []).append((position, others))
            else:
                for prefix in key:
                    sole.setdefault(prefix, []).append(position)
        return cls(
            {prefix: tuple(found) for prefix, found in sole.items()},
            {prefix: tuple(found) for prefix, found in more.items()},
            frozenset(sole),
            frozenset(more),
            tuple(always),
            substring,
            contained,
        )

    def candidates(self, sentence: _Text) -> list[int]:
        found = self._met(sentence.prefixes)
        found.update(position for position, pattern in self.always if pattern.may_match(sentence))
        if not sentence.ascii:
            found.update(self.substring)
            if self.contained is not None:
                found |= self.contained._met(sentence.substrings)
        return sorted(found)

    def _met(self, prefixes: frozenset[str]) -> set[int]:
        found = set(chain.from_iterable(map(self.sole.__getitem__, prefixes & self.sole_prefixes)))
        indexed = chain.from_iterable(map(self.more.__getitem__, prefixes & self.more_prefixes))
        for position, others in indexed:
            if position in found:
                continue
            for anchor in others:
                if anchor.isdisjoint(prefixes):
                    break
            else:
                found.add(position)
        return found


@dataclass(frozen=True, slots=True)
class _Subject:
    """Who does it: skip the match when the nearest person named before it is a young child."""

    window: int
    child: frozenset[str]
    adult: frozenset[str]
    older: re.Pattern[str]
    # Count the match only when an adult is named as the one who does it ("oom zit aan haar plasser"),
    # not when the subject is unknown ("hij zit aan zijn piemel" is a toddler discovering his body).
    adult_needed: bool


@dataclass(frozen=True, slots=True)
class _Signal:
    id: str
    level: str
    category: str | None
    alternatives: tuple[str, ...]
    # Topics that may take the category only where the learned re-ranker is sure of them
    # (router.MODEL_SURE_TOPIC).
    sure_alternatives: frozenset[str]
    label: str
    negatable: bool
    fiction: bool
    escalates: bool
    patterns: tuple[_Pattern, ...]
    requires: tuple[_Pattern, ...]
    # Like ``requires``, but read anywhere in the message: "Mijn dochter is 13. Ze heeft een vriend van 21."
    requires_message: tuple[_Pattern, ...]
    unless: _AnyOf
    lower: tuple[str, ...]
    subject: _Subject | None


@dataclass(frozen=True, slots=True)
class Triage:
    urgency: str
    # The category the signal decides; ``alternatives`` are topics that may take its place when the
    # topic lexicon clearly points at one of them (a threat between classmates is bullying).
    category: str | None
    explanation: tuple[str, ...]
    alternatives: tuple[str, ...] = ()
    # Topics that may take its place only where the learned re-ranker is sure of them
    # (family_alternatives_when_sure in safety.yaml): the danger's own topic, not who did it (no adult's abuse
    # of a child).
    sure_alternatives: frozenset[str] = frozenset()
    # Which guards kept a matching pattern quiet or lower ("figure", "negation", "fiction", "unless",
    # "child subject", "lowered"): a learned backstop must not overrule a rule that chose to stay quiet.
    quieted: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Rules:
    figures: tuple[_Pattern, ...]
    fiction: tuple[_Pattern, ...]
    reassurances: tuple[_Pattern, ...]
    negations: frozenset[str]
    negation_exceptions: frozenset[str]
    negation_barriers: frozenset[str]
    negation_window: int
    immediacy: re.Pattern[str]
    immediacy_window: int
    immediacy_anywhere: re.Pattern[str]
    # Anywhere in the message: the danger is now even when another sentence names it ("he is not
    # answering his phone. I think he wants to kill himself").
    immediacy_message: tuple[_Pattern, ...]
    # Per rule: its pattern and how much it reads: the N words before the match, None for the sentence,
    # "message" for the whole message ("Ik ben als kind mishandeld. Dat is lang geleden.").
    lowering: dict[str, tuple[_AnyOf, int | str | None]]
    signals: tuple[_Signal, ...]
    figure_gates: _GateIndex
    # Every signal's patterns in signal order, each with the signal it belongs to.
    pattern_gates: _GateIndex
    signal_patterns: tuple[tuple[int, re.Pattern[str]], ...]


@dataclass(frozen=True, slots=True)
class _Sentence:
    text: str
    # Character offsets in ``text`` where a clause starts (always includes 0).
    clauses: tuple[int, ...]
    # The last words of the message before this sentence, for the child-subject rule.
    before: tuple[str, ...]
    message: _Message


@dataclass(frozen=True, slots=True)
class _Message:
    """The whole message, normalised, for the rules that read all of it (``requires_message``, lowering rules
    with ``message: true``). Every sentence asks them again, so their answers are kept: per regex (by its
    source) and per lowering rule (by its name)."""

    gated: _Text
    required: dict[str, bool] = field(default_factory=dict)
    lowered: dict[str, bool] = field(default_factory=dict)

    def has(self, pattern: _Pattern) -> bool:
        source = pattern.regex.pattern
        if source not in self.required:
            text = self.gated
            self.required[source] = pattern.may_match(text) and bool(pattern.regex.search(text.text))
        return self.required[source]

    def lowers(self, name: str, patterns: _AnyOf) -> bool:
        if name not in self.lowered:
            self.lowered[name] = patterns.found(self.gated)
        return self.lowered[name]


def _expand(pattern: str, macros: dict[str, str]) -> str:
    """Replace <NAME> by the macro's alternation, repeatedly, so macros may use other macros."""
    if "|~(" in pattern:
        # "~" marks only the start of a substring pattern (Arabic); after "|" it is a literal, never matched.
        raise ValueError(f"safety rules: '~' inside a pattern, after '|': {pattern[:60]!r}")
    for _ in range(5):
        expanded = _MACRO.sub(lambda m: macros[m.group(1)], pattern)
        if expanded == pattern:
            return fold(expanded)
        pattern = expanded
    raise ValueError(f"safety.yaml: macros nest too deep in {pattern[:60]!r}")


def _compile(patterns: list[str], macros: dict[str, str]) -> tuple[re.Pattern[str], ...]:
    """Whole-word patterns become one alternation; "~" patterns (substring, for Arabic) another."""
    words = [_expand(str(p), macros) for p in patterns if not str(p).startswith("~")]
    substrings = [_expand(str(p)[1:], macros) for p in patterns if str(p).startswith("~")]
    compiled = []
    if words:
        compiled.append(re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)"))
    if substrings:
        compiled.append(re.compile("|".join(substrings)))
    return tuple(compiled)


def _patterns(patterns: list[str], macros: dict[str, str]) -> tuple[_Pattern, ...]:
    """Each pattern compiled on its own, with its gate; "~" patterns (substring, for Arabic) ungated. The
    gates keep most patterns from running on most sentences: each compiles when first run
    (``lazy_compile``)."""
    compiled = []
    for raw in patterns:
        raw = str(raw)
        if raw.startswith("~"):
            source = _expand(raw[1:], macros)
            compiled.append(_Pattern(lazy_compile(source), frozenset(), True, contains=_contained(source)))
        else:
            source = _expand(raw, macros)
            regex = lazy_compile(r"(?<!\w)(?:" + source + r")(?!\w)")
            gate, conditions = word_gate(source)
            needs = substring_conditions(source) if gate is None else None
            compiled.append(_Pattern(regex, gate, False, conditions, needs=needs))
    return tuple(compiled)


def _guards(patterns: list[str], macros: dict[str, str]) -> tuple[_Pattern, ...]:
    """Patterns of which any one counts (``unless``), or each of which is needed (``requires``), compiled one
    by one with their gates: a text that cannot meet a pattern's gate skips its regex, and it is the rare text
    that meets one. A "~" pattern (substring) runs on every text that holds its anchors (every text when they
    cannot be told), as it was read as part of one regex."""
    return tuple(replace(p, gate=None) if p.substring else p for p in _patterns(patterns, macros))


def _contained(source: str) -> Conditions | None:
    """A substring pattern's anchors (``firstchar.word_gate``), each the literal start of a word group every
    match holds, so a text that matches contains it; None when one cannot be told or is ASCII (a text's
    substrings are only gathered from its non-ASCII words)."""
    _, conditions = word_gate(source)
    if conditions is None:
        return None
    strings = [prefix for alternative in conditions for anchor in alternative for prefix in anchor]
    if any(prefix.isascii() or len(prefix) > GATE_PREFIX for prefix in strings):
        return None
    return conditions


@dataclass(frozen=True, slots=True)
class _AnyOf:
    """Patterns of which any one counts (``unless``, a lowering rule), from ``_guards``, and the union of
    their gates (None when one has none): most texts meet no gate of the list, and one set check tells.
    Substring patterns (Arabic) are kept apart: their anchors are met by substrings, not word prefixes, and
    a gate that let them in would let every text in."""

    patterns: tuple[_Pattern, ...]
    gate: frozenset[str] | None
    substrings: tuple[_Pattern, ...] = ()

    @classmethod
    def of(cls, patterns: tuple[_Pattern, ...]) -> _AnyOf:
        words = tuple(p for p in patterns if not p.substring)
        gates = [p.gate for p in words]
        substrings = tuple(p for p in patterns if p.substring)
        return cls(words, None if None in gates else frozenset().union(*gates), substrings)

    def found(self, text: _Text) -> bool:
        if any(p.may_match(text) and p.regex.search(text.text) for p in self.substrings):
            return True
        if self.gate is not None and self.gate.isdisjoint(text.prefixes):
            return False
        return any(p.may_match(text) and p.regex.search(text.text) for p in self.patterns)


def _one(patterns: list[str], macros: dict[str, str]) -> re.Pattern[str]:
    compiled = _compile(patterns, macros)
    return compiled[0] if len(compiled) == 1 else re.compile("|".join(rx.pattern for rx in compiled))


def _words(data: dict, key: str) -> frozenset[str]:
    return frozenset(fold(str(w)) for w in data.get(key, []))


def _signal(
    item: dict,
    macros: dict[str, str],
    lowering: dict,
    by_family: dict[str, list[str]],
    sure_by_family: dict[str, frozenset[str]],
) -> _Signal:
    where = f"safety rules: signal {item.get('id')!r}"
    if item.get("level") not in URGENCIES[1:]:
        raise ValueError(f"{where}: level must be attention, urgent or emergency")
    for name in item.get("lower", []):
        if name not in lowering:
            raise ValueError(f"{where}: unknown lower_to_attention {name!r}")
    # No category (None) is allowed: the topic then decides.
    named = [item.get("category"), *item.get("alternatives", [])]
    if unknown := [code for code in named if code is not None and code not in CODES]:
        raise ValueError(f"{where}: unknown category code {', '.join(map(repr, unknown))}")
    subject = item.get("unless_child_subject")
    return _Signal(
        id=item["id"],
        level=item["level"],
        category=item.get("category"),
        alternatives=tuple(dict.fromkeys([*item.get("alternatives", []), *by_family.get(item["label"], [])])),
        sure_alternatives=sure_by_family.get(item["label"], frozenset()),
        label=item["label"],
        negatable=bool(item.get("negatable", True)),
        fiction=bool(item.get("fiction", False)),
        escalates=bool(item.get("escalates", True)),
        patterns=_patterns(item["patterns"], macros),
        requires=_guards(item.get("requires", []), macros),
        requires_message=_guards(item.get("requires_message", []), macros),
        unless=_AnyOf.of(_guards(item.get("unless", []), macros)),
        lower=tuple(item.get("lower", [])),
        subject=None
        if subject is None
        else _Subject(
            window=int(subject["window"]),
            child=_words(subject, "child"),
            adult=_words(subject, "adult"),
            older=_one(subject["older"], macros),
            adult_needed=bool(subject.get("adult_needed", False)),
        ),
    )


def _sure_alternatives(data: dict[str, list[str] | str]) -> dict[str, frozenset[str]]:
    """family_alternatives_when_sure: per family a list of topics, or ``every topic`` (all but safety and
    other); an unknown code fails loudly."""
    every = frozenset(CODES) - {"safety", "other"}
    sure: dict[str, frozenset[str]] = {}
    for family, topics in data.items():
        codes = every if topics == "every topic" else frozenset(topics)
        unknown = sorted(codes - every)
        if unknown:
            raise ValueError(f"safety.yaml: family_alternatives_when_sure[{family!r}]: no topic: {unknown}")
        sure[family] = codes
    return sure


@cache
def _rules() -> _Rules:
    rules = _compile_rules(load_yaml("safety.yaml"))
    # The patterns' gates, computed or read, are kept for the next process (intents/cache.py).
    save_memos()
    return rules


def _compile_rules(data: dict) -> _Rules:
    """The rules of safety.yaml's ``data`` with the language packs' signals and figures."""
    macros = {str(k): f"(?:{v})" for k, v in (data.get("macros") or {}).items()}
    lowering = {
        name: (
            _AnyOf.of(_guards(item["patterns"], macros)),
            "message" if item.get("message") else item.get("before"),
        )
        for name, item in (data.get("lower_to_attention") or {}).items()
    }
    packs = [pack for _, pack in language_packs()]
    items = data["signals"] + [item for pack in packs for item in pack.get("safety_signals") or []]
    by_family = data.get("family_alternatives") or {}
    sure_by_family = _sure_alternatives(data.get("family_alternatives_when_sure") or {})
    signals = [_signal(item, macros, lowering, by_family, sure_by_family) for item in items]
    lenders = {"family_alternatives": by_family, "family_alternatives_when_sure": sure_by_family}
    for key, families in lenders.items():
        unknown = sorted(set(families) - {s.label for s in signals})
        if unknown:
            raise ValueError(f"safety.yaml: {key} names no signal's label: {', '.join(unknown)}")
    if len({s.id for s in signals}) != len(signals):
        raise ValueError("safety.yaml and the language packs: two signals share an id")
    immediacy = data["immediacy"]
    figures = _patterns(
        data["figures_of_speech"] + [f for pack in packs for f in pack.get("safety_figures_of_speech") or []],
        macros,
    )
    return _Rules(
        figures=figures,
        fiction=_patterns(data["fiction"], macros),
        reassurances=_patterns(data.get("reassurances") or [], macros),
        negations=_words(data, "negations"),
        negation_exceptions=_words(data, "negation_exceptions"),
        negation_barriers=_words(data, "negation_barriers"),
        negation_window=int(data["negation_window"]),
        immediacy=_one(immediacy["near"], macros),
        immediacy_window=int(immediacy["window"]),
        immediacy_anywhere=_one(immediacy["anywhere"], macros),
        immediacy_message=_guards(immediacy["message"], macros),
        lowering=lowering,
        signals=tuple(signals),
        figure_gates=_GateIndex.of(figures),
        pattern_gates=_GateIndex.of([p for s in signals for p in s.patterns]),
        signal_patterns=tuple((order, p.regex) for order, s in enumerate(signals) for p in s.patterns),
    )


def _plain_clauses(raw: str) -> tuple[tuple[str, ...], ...]:
    """Per sentence of the message its clauses normalised without SMS spelling. Triage reads a Dutch or
    English message twice, plainly and with SMS spelling: the second reading is made from these
    (``text.with_sms_words``), so a message's clauses are normalised once."""
    return tuple(
        tuple(normalise(clause, sms=False) for clause in _CLAUSE_END.split(part))
        for part in SENTENCE_END.split(raw)
    )


def _sentences(raw: str, sms: bool) -> list[_Sentence]:
    """The message as normalised sentences (with SMS spelling written out or not), each with its clause
    starts and the words before it."""
    clauses = _plain_clauses(raw)
    return _sentences_of(_sms_clauses(clauses) if sms else clauses)


def _sms_clauses(plain: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """The clauses of ``_plain_clauses`` with SMS spelling written out."""
    return tuple(tuple(with_sms_words(clause) for clause in clauses) for clauses in plain)


def _sentences_of(sentence_clauses: tuple[tuple[str, ...], ...]) -> list[_Sentence]:
    """The sentences of a message's clauses, per sentence (``_plain_clauses`` or ``_sms_clauses``)."""
    found: list[tuple[str, tuple[int, ...], tuple[str, ...]]] = []
    previous: list[str] = []
    for pieces in sentence_clauses:
        text, starts = "", []
        for piece in pieces:
            if piece:
                starts.append(len(text) + (1 if text else 0))
                text = f"{text} {piece}" if text else piece
        if text:
            found.append((text, tuple(starts), tuple(previous[-LOOK_BACK_WORDS:])))
            previous.extend(text.split())
    message = _Message(_Text.of(" ".join(text for text, _, _ in found)))
    return [_Sentence(text, starts, before, message) for text, starts, before in found]


def _clause_bounds(sentence: _Sentence, start: int) -> tuple[int, int]:
    begin = max((s for s in sentence.clauses if s <= start), default=0)
    end = min((s for s in sentence.clauses if s > start), default=len(sentence.text))
    return begin, end


def _last_words(text: str, count: int) -> list[str]:
    """The last ``count`` words of ``text``, without splitting all of a long text."""
    return text.rsplit(None, count)[-count:] if count > 0 else []


def _negated(rules: _Rules, sentence: _Sentence, text: str, start: int, end: int) -> bool:
    begin, stop = _clause_bounds(sentence, start)
    window = rules.negation_window
    left = _last_words(text[begin:start], window)
    # Dutch puts the negation after the object ("hij slaat de kinderen niet"): look further right.
    right = text[end : max(stop, end)].split()[: window + 2]
    # A conjunction starts another clause: "ik weet het niet maar hij slaat me", "... omdat hij niet stopte".
    barriers = [i for i, w in enumerate(left) if w in rules.negation_barriers]
    if barriers:
        left = left[barriers[-1] + 1 :]
    cut = next((i for i, w in enumerate(right) if w in rules.negation_barriers), len(right))
    words = [*left, *text[start:end].split(), *right[:cut]]
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else ""
        if word in rules.negations and following not in rules.negation_exceptions:
            return True
    return False


_PLURAL_CHILDREN = frozenset(
    {"kinderen", "kids", "kleuters", "peuters", "leerlingen", "klasgenoten", "tweeling", "children"}
)
# Who a sentence is about, for the guards here and the router's whose-words rules.
WRITER_SUBJECTS = frozenset({"ik", "i", "im"})
THIRD_PERSONS = frozenset({"hij", "zij", "ze", "he", "she"})
# "ze" is also "they": only these name one person.
_SINGULAR_PRONOUNS = THIRD_PERSONS - {"ze"}
_AGE_BEFORE_CHILD = 3


def _child_subject(subject: _Subject, sentence: _Sentence, text: str, start: int) -> bool:
    """True when the nearest person named before the match is a young child ("mijn peuter slaat me").

    The first word of the match counts too, for patterns that start with the subject ("papa hem slaat").
    When the sentence names nobody ("Hij is 3. Hij slaat me."), the end of the previous sentences is read
    instead."""
    left = [*_last_words(text[:start], subject.window), *text[start:].split(None, 1)[:1]]
    child = max((i for i, w in enumerate(left) if w in subject.child), default=-1)
    adult = max((i for i, w in enumerate(left) if w in subject.adult), default=-1)
    earlier = child < 0 and adult < 0 and bool(sentence.before)
    if earlier:
        left = [*sentence.before, *left]
        child = max((i for i, w in enumerate(left) if w in subject.child), default=-1)
        adult = max((i for i, w in enumerate(left) if w in subject.adult), default=-1)
    if subject.adult_needed and adult < 0:
        return True
    if child <= adult:
        return False
    # Children named in an earlier sentence cannot be the "hij" who hits in this one when an adult other than
    # the writer was named before them ("Het gaat over mijn man. Hij is goed voor de kinderen. Maar als hij
    # gedronken heeft slaat hij mij"): a plural is no subject for a singular pronoun. Without such an adult
    # the pronoun may stand for a child named in other words ("the older girl ... she throws things at me").
    if (
        earlier
        and any(w in subject.adult and w not in WRITER_SUBJECTS for w in left[:child])
        and left[child] in _PLURAL_CHILDREN
        and not _SINGULAR_PRONOUNS.isdisjoint([*left[child + 1 :], *text[start:].split(None, 2)[:2]])
    ):
        return False
    # A teenager who hits a parent is a safety matter, not a toddler's behaviour. English names the age just
    # before the child ("my 14 year old son").
    return not subject.older.search(" ".join(left[max(0, child - _AGE_BEFORE_CHILD) :]) + " " + text[start:])


def _lowered(
    rules: _Rules, signal: _Signal, sentence: _Sentence, gated: _Text, start: int, seen: dict[str, bool]
) -> str | None:
    """The first lowering rule of the signal that applies. Rules that read the whole sentence give the same
    answer for every match in the sentence, so ``seen`` keeps it: a long sentence with many matches would
    otherwise run them once per match (the message keeps the answers of rules that read all of it)."""
    for name in signal.lower:
        patterns, before = rules.lowering[name]
        if before is None:
            if name not in seen:
                seen[name] = patterns.found(gated)
            found = seen[name]
        elif before == "message":
            found = sentence.message.lowers(name, patterns)
        else:
            found = patterns.found(_Text.of(" ".join(_last_words(gated.text[:start], int(before)))))
        if found:
            return name
    return None


def _immediate(rules: _Rules, text: str, start: int, end: int, seen: dict[str, bool]) -> bool:
    window = rules.immediacy_window
    # Round s55f: three words more before the window and eight after it, only for the lookarounds of the
    # immediacy words to read ("pleegkind vertelde | vanavond dat haar oom ...", "... me sloeg ik zit nu met |
    # de kids bij mijn zus"): a word there is never the immediacy word itself.
    before = _last_words(text[:start], window + 3) if window > 0 else []
    following = text[end:].split(None, window + 8)[: window + 8] if window > 0 else []
    left, context = before[-window:] if window > 0 else [], before[:-window] if window > 0 else []
    right, after = following[:window], following[window:]
    # The immediacy word may also sit inside a long match ("hij slaat nu mijn moeder").
    nearby = " ".join([*left, text[start:end], *right])
    prefix = " ".join(context) + " " if context else ""
    limit = len(prefix) + len(nearby)
    extended = prefix + nearby + (" " + " ".join(after) if after else "")
    match = rules.immediacy.search(extended, len(prefix))
    if match is not None and match.start() < limit:
        return True
    if "immediacy anywhere" not in seen:
        seen["immediacy anywhere"] = bool(rules.immediacy_anywhere.search(text))
    return seen["immediacy anywhere"]


def _blank(match: re.Match[str]) -> str:
    # Spaces of the same length, so clause offsets stay valid.
    return " " * len(match.group(0))


def _sentence_signals(
    rules: _Rules, sentence: _Sentence, quieted: set[str]
) -> list[tuple[int, int, _Signal, str]]:
    text = sentence.text
    gated = _Text.of(text)
    for position in rules.figure_gates.candidates(gated):
        text = rules.figures[position].regex.sub(_blank, text)
    if text != sentence.text:
        quieted.add("figure")
    if not text.strip():
        return []
    if text != sentence.text:
        gated = _Text.of(text)
    fiction = any(p.may_match(gated) and p.regex.search(text) for p in rules.fiction)
    if any(p.may_match(gated) and p.regex.search(text) for p in rules.reassurances):
        quieted.add("negation")
    found: list[tuple[int, int, _Signal, str]] = []
    # Answers of the lowering and immediacy checks that read the whole sentence or message (see _lowered).
    seen: dict[str, bool] = {}
    by_signal: dict[int, list[re.Pattern[str]]] = {}
    for position in rules.pattern_gates.candidates(gated):
        order, regex = rules.signal_patterns[position]
        by_signal.setdefault(order, []).append(regex)
    for order, candidates in by_signal.items():
        signal = rules.signals[order]
        if fiction and signal.fiction:
            if any(rx.search(text) for rx in candidates):
                quieted.add("fiction")
            continue
        if signal.requires and not all(p.may_match(gated) and p.regex.search(text) for p in signal.requires):
            continue
        if signal.requires_message and not all(sentence.message.has(p) for p in signal.requires_message):
            continue
        if signal.unless.found(gated):
            if any(rx.search(text) for rx in candidates):
                quieted.add("unless")
            continue
        for regex in candidates:
            for match in regex.finditer(text):
                start, end = match.span()
                if signal.negatable and _negated(rules, sentence, text, start, end):
                    quieted.add("negation")
                    continue
                if signal.subject is not None and _child_subject(signal.subject, sentence, text, start):
                    quieted.add("child subject")
                    continue
                level = signal.level
                reason = ""
                lowered = _lowered(rules, signal, sentence, gated, start, seen)
                if lowered is not None and level == "urgent":
                    level, reason = "attention", f", {lowered}"
                    quieted.add("lowered")
                elif level == "urgent" and signal.escalates and _immediate(rules, text, start, end, seen):
                    level = "emergency"
                phrase = _SPACES.sub(" ", match.group(0)).strip()
                note = f"{level}: '{phrase}' ({signal.label}{reason})"
                found.append((urgency_rank(level), -order, signal, note))
    return found


def _escalated(item: tuple[int, int, _Signal, str]) -> tuple[int, int, _Signal, str]:
    rank, order, signal, note = item
    if URGENCIES[rank] != "urgent" or not signal.escalates or not note.startswith("urgent:"):
        return item
    return urgency_rank("emergency"), order, signal, "emergency:" + note.removeprefix("urgent:")


def _danger_now_told(rules: _Rules, sentences: list[_Sentence]) -> bool:
    """Whether a sentence says the danger is now (immediacy: message). A sentence's words are among its
    message's, so a pattern whose gate the message does not meet is not run on any sentence."""
    if not sentences:
        return False
    message = sentences[0].message.gated
    regexes = [p.regex for p in rules.immediacy_message if p.may_match(message)]
    return any(regex.search(s.text) for regex in regexes for s in sentences)


def triage(raw: str, *, sms: bool = True) -> Triage:
    """The highest urgency any sentence of the message signals, its category and the deciding phrases.

    Both the plain normalisation and (for Dutch and English) the one with SMS spelling written out are
    checked, so "k wil nie meer leven" and Polish "nie chcę żyć" are both read as written."""
    rules = _rules()
    found: list[tuple[int, int, _Signal, str]] = []
    plain = _plain_clauses(raw)
    variants = [_sentences_of(plain)]
    if sms:
        written = _sms_clauses(plain)
        # A reading with SMS spelling that changes no word (most messages) has the same sentences: it finds
        # the same signals and the same danger now.
        if written != plain:
            variants.append(_sentences_of(written))
    seen: set[str] = set()
    quieted: set[str] = set()
    for sentences in variants:
        for sentence in sentences:
            key = f"{sentence.text}|{' '.join(sentence.before)}"
            if key not in seen:
                seen.add(key)
                found.extend(_sentence_signals(rules, sentence, quieted))
    guards = tuple(sorted(quieted))
    if not found:
        return Triage("none", None, (), quieted=guards)
    if any(_danger_now_told(rules, sentences) for sentences in variants):
        found = [_escalated(item) for item in found]
    found.sort(key=lambda item: (item[0], item[1]), reverse=True)
    top_rank = found[0][0]
    level = URGENCIES[top_rank]
    top = [signal for rank, _, signal, _ in found if rank == top_rank]
    category = next((s.category for s in top if s.category), None)
    if category == ACCIDENT:
        # An accident or an illness is "other" only where no other danger is told with it: a blow before
        # the child stopped breathing is abuse, pills swallowed after dark thoughts are low mood.
        urgent = urgency_rank("urgent")
        told = [s for rank, _, s, _ in found if rank >= urgent]
        other_danger = next((s.category for s in told if s.category not in (None, ACCIDENT)), None)
        if other_danger is not None:
            category, top = other_danger, told
    # A topic may take the category over only where every deciding signal allows it: a drunk parent
    # (parent's mental health may take over) who also throws things at home (no alternative) stays safety.
    deciding = [s for s in top if s.category == category]
    alternatives = tuple(a for a in deciding[0].alternatives if all(a in s.alternatives for s in deciding))
    sure = frozenset.intersection(*(s.sure_alternatives for s in deciding))
    explanation = tuple(dict.fromkeys(note for rank, _, _, note in found if rank >= 1))[:MAX_EXPLAINED]
    return Triage(level, category, explanation, alternatives, sure_alternatives=sure, quieted=guards)
