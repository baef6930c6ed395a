"""route(): everything the router concludes about one message.

Order of decisions: language, then safety triage (always, on every message), then the topic, then what
kind of message it is. Safety wins over everything: a safety signal sets the category and keeps the
intent a question, even in a message that also says thanks.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import replace

from intents import article_rank, category_model, char_model, dialogue, links, safety_model, shared_rows
from intents.category_model import Model
from intents.classify import Scores, blend, ranking, score
from intents.language import detect
from intents.lexicon import Hit, literal_words, match
from intents.profile import Profile, extract_profile, self_description
from intents.route import Route, is_safety
from intents.safety import ACCIDENT, THIRD_PERSONS, WRITER_SUBJECTS, Triage, triage
from intents.text import Tokens, tokenize, with_sms_spelling
from knowledge.taxonomy import BY_CODE

# A short follow-up ("en 's nachts?") leans on the category of the previous message.
FOLLOW_UP_WORDS = 6
FOLLOW_UP_PRIOR = 2.5
# Below this much topic evidence a message can still be a greeting, thanks, or out of scope.
TOPIC_EVIDENCE = 2.0
# Under this age a child in danger is never a question of substance use (_safety_category).
YOUNG_CHILD_YEARS = 6
# The taxonomy's `baby` is care under 18 months: an accident of a child that young is the baby's topic.
BABY_YEARS = 1.5
SAFETY_CONFIDENCE = 0.9
ACT_CONFIDENCE = 0.95
OUT_OF_SCOPE_CONFIDENCE = 0.8
SMS_LANGUAGES = ("nl", "en")
# How much a word of the asker's introduction still counts as topic evidence: a job or parent word hardly,
# a workplace ("intern begeleider van een basisschool") and the asker's own age ("ik ben 14") somewhat.
SELF_DESCRIPTION_WEIGHTS = {"person": 0.15, "place": 0.3, "age": 0.5}
# Staff summaries of a call: who called, and the verb within the first few words.
CALLERS = frozenset(
    {
        *("moeder", "vader", "ouder", "ouders", "oma", "opa", "pleegmoeder", "pleegvader", "pleegouder"),
        *("stiefmoeder", "stiefvader", "tante", "oom", "mother", "father", "mum", "mom", "dad", "parent"),
        *("grandmother", "grandfather"),
    }
)
CALL_VERBS = frozenset(["belt", "belde", "calls", "called"])
CALLER_REACH = 8
_PHRASE_NOTE = re.compile(r"'([^']+)' ->")
_QUOTED = re.compile(r"'([^']+)'")
FIRST_PERSON = frozenset({"ik", "me", "mij", "mezelf", "mijzelf", "i", "myself"})
AGE_PRIORS: dict[str, tuple[str, float]] = {"12-17": ("puberty", 2.5), "infant": ("baby", 0.5)}
# A young child's "vriendje" or "vriendinnetje" is a playmate, not a sweetheart: below this age the word alone
# says nothing about relationships (other words, "verliefd", "zoenen", still do).
PLAYMATE_WORDS = frozenset({"vriendje", "vriendjes", "vriendinnetje", "vriendinnetjes"})
PLAYMATE_AGE = 10
# Below this age the learned model may not make a question one of puberty on its own (_no_puberty_before_ten).
PUBERTY_FROM_AGE = 10
# The first category is the one with the highest lexicon score plus this times the learned model's
# log-probability (data/category_model.json.gz, bench/category_model.py): a product of the two judges, where
# the model's 0.9 against 0.1 counts like one decisive phrase (1.8 x ln 9 = 4, lexicon.DECISIVE_PHRASE) and a
# code it all but rules out needs the lexicon's strong evidence. On four folds of the unread sets top-1 rose
# by 0.26 to 0.54 points against the sum below, about the same at 1.5 and 2.2 (docs/routing.md,
# "Twenty-first session").
MODEL_LOG_WEIGHT = 1.8
# The lexicon has no words for a question outside the taxonomy (a vacancy, opening hours, a lost coat), so
# every context word it hears pulls such a question towards a topic; "other" gets this much in the choice of
# the first category instead, the lexicon's missing voice for "none of mine". Never against safety: a possible
# danger keeps its articles on safety at home. Chosen on four folds of the unread sets: 30 questions of 40,541
# more right, three folds up and one down by a question; 3 gained three more but lost two on that fold
# (docs/routing.md, "Twenty-third session").
OUTSIDE_TAXONOMY_PRIOR = 2.0
# How much the learned model's probability adds to a category's lexicon score in the blended scores, scaled by
# how unsure the lexicon is: where the lexicon is sure the model hardly counts, where it knows nothing the
# model's certainty counts like six decisive words. The sum chose the first category until the twenty-first
# session; it still weighs the confidence and the evidence for a danger's topic (TOPIC_EVIDENCE). Trained on
# more sets, the model earned more say (6 on seven sets, 10 on twenty, 15 on thirty, 30 on a hundred and
# ninety-two: docs/routing.md, "Fifth rounds" and "Twentieth session").
MODEL_WEIGHT = 30.0
# The lexicon's doubt (1 - its confidence) counts by this power: a lexicon 80 % sure gives the model 0.30 of
# its weight, not 0.20. On 22 sets no rule round has read, each scored with models trained without it
# (fourteenth session), the lexicon alone put 64 % of the questions right and the model alone 83 %; the model
# was the better judge at every confidence of the lexicon's, most where the lexicon was 65-90 % sure. Top-1
# 81.5 % at 1, 82.0 % at 0.75, 82.3 % at 0.5; but at 0.5 the model overruled reviewed readings at high
# confidence ("mijn man slaat mij niet" became safety, a date who ghosted too). Since the twenty-first session
# the first category is MODEL_LOG_WEIGHT's; the doubt still weighs the confidence.
MODEL_DOUBT_EXPONENT = 0.75
# The runners-up (ranks 2 and 3, the quick replies of a clarifying question) are ranked by the model's
# log-probability plus the lexicon's score, whatever the lexicon's confidence: in log space an unlikely code
# stays behind a likely one where a sum of probabilities cannot tell 0.01 from 0.001. On the same 22 sets
# top-3 94.6 -> 95.8 % (the sum with the model's weight at 35 before). Codes the model gives no probability
# count as this one.
PROBABILITY_FLOOR = 1e-6
MODEL_NOTE_STEMS = 3
# An urgent message the rules file under safety goes to the topic it is about where the learned model is at
# least this sure of it and the signal's family allows it (family_alternatives_when_sure in safety.yaml): a
# fight at school is bullying, a runaway found by the police puberty (_topic_the_model_is_sure_of).
MODEL_SURE_TOPIC = 0.7
# A young person's own words ("ik heb autisme", "ik kan niet meer") are no parent's illness or stress.
YOUTH_NOT_ADULT = frozenset({"parent_mental_health", "parent_wellbeing"})
# Whose dark thoughts a low-mood signal reports (category round 8, counted over the 53 tuning sets): the
# person named last before its words. A parent or partner named there ("mijn moeder ... zegt dat ze er niet
# meer wil zijn", "my husband says he wants to end it") makes them a parent's mental health, whoever writes
# (the authors: 34 of 39 such lines); a child, sibling or friend named there keeps them low mood.
PARENT_PERSONS = frozenset(
    {
        *("mama", "papa", "moeder", "vader", "mam", "pap", "mams", "paps", "man", "vrouw", "partner"),
        *("stiefvader", "stiefmoeder", "mum", "mom", "dad", "mother", "father", "husband"),
        "wife",
    }
)
OTHER_PERSONS = frozenset(
    {
        *("zoon", "dochter", "kind", "kinderen", "kids", "puber", "tiener", "meisje", "jongen", "leerling"),
        *("broer", "zus", "broertje", "zusje", "vriend", "vriendin", "vriendje", "vriendinnetje"),
        "klasgenoot",
        *("son", "daughter", "child", "children", "pupil", "client", "friend", "brother", "sister"),
    }
)
# Categories whose words, told of a parent named within so many words before them, are the parent's: the
# category they then count for (see _of_a_parent).
PARENT_WORDS_MEAN = {"low_mood": ("parent_mental_health", 25), "behaviour": ("parenting", 6)}
# How far back a person named before a signal's words still says whose they are.
SUBJECT_REACH = 25
# "ik ben bang dat mijn moeder ...": the writer named this close before the parent fears for them (low mood).
WRITER_REACH = 6
# A child's words told by the parent ("mijn zoon appte: ik wil niet meer leven", "she said i want to die"):
# the first person of the deciding phrase is the child's, not the writer's (authors: 20 of 20 such lines low
# mood).
SPEECH_VERBS = frozenset(
    {
        *("zegt", "zei", "zeggen", "zegde", "gezegd", "appt", "appte", "schreef", "schrijft", "roept"),
        *("riep", "typte", "stuurde", "vertelt", "vertelde", "schreeuwt", "schreeuwde", "roepen"),
        *("says", "said", "tells", "told", "texted", "wrote", "writes", "screams", "screamed", "yells"),
        "yelled",
    }
)
SPEAKERS = THIRD_PERSONS | OTHER_PERSONS
# Topics that may take the category of a message the safety backstop raised, when the lexicon is clear.
BACKSTOP_TOPICS = ("low_mood", "substances", "sexuality", "bullying", "parent_mental_health", "housing")


def route(text: str, *, lang: str | None = None, context: dict | None = None) -> Route:
    return route_with_model(
        text,
        category_model.load(),
        MODEL_WEIGHT,
        lang=lang,
        context=context,
        backstop=safety_model.load(),
        chars=char_model.load(),
    )


def message_words(text: str, lang: str | None = None) -> tuple[str, ...]:
    """The words of the message as the learned re-ranker reads them in ``route`` (SMS spelling for Dutch and
    English, figures of speech left out)."""
    return literal_words(_read(text, lang)[2].words)


def _read(text: str, lang: str | None) -> tuple[str, str, Tokens]:
    """The message's language (with the note why) and its words as ``route`` reads them (SMS spelling for
    Dutch and English)."""
    raw = text if isinstance(text, str) else ""
    plain = tokenize(raw, sms=False)
    language, note = detect(raw, plain.words, lang)
    return language, note, with_sms_spelling(plain) if language in SMS_LANGUAGES else plain


def route_with_model(
    text: str,
    model: Model | None,
    model_weight: float = MODEL_WEIGHT,
    *,
    lang: str | None = None,
    context: dict | None = None,
    backstop: safety_model.Model | None = None,
    backstop_threshold: float = safety_model.THRESHOLD,
    other_language_threshold: float = safety_model.OTHER_LANGUAGE_THRESHOLD,
    chars: char_model.Model | None = None,
) -> Route:
    """``route`` with a given learned re-ranker (None: the lexicon alone), the re-ranker's character
    n-grams' model (None: its stems' model alone) and safety backstop (None: the rules alone), for training
    and evaluation. The backstop's threshold is ``backstop_threshold`` for Dutch
    and English, ``other_language_threshold`` (rising with the length, safety_model.by_length) for the other
    languages."""
    context = context or {}
    raw = text if isinstance(text, str) else ""
    language, language_note, tokens = _read(raw, lang)
    safety = triage(raw, sms=language in SMS_LANGUAGES)

    prior: dict[str, float] = {}
    previous = context.get("previous_category")
    follow_up = previous in BY_CODE and previous != "other" and len(tokens.words) <= FOLLOW_UP_WORDS
    if follow_up:
        prior[previous] = FOLLOW_UP_PRIOR
    # A question about a teenager's limits or moods is a puberty question; about a baby, a baby question.
    # The age comes from the profile reader, which knows far more ways of stating it than the lexicon.
    own = extract_profile(raw, language)
    band = "infant" if _is_infant(own) else own.age_band
    age_prior = AGE_PRIORS.get(band or "")
    adult = YOUTH_NOT_ADULT if own.role == "youth" else frozenset()
    hits = match(tokens, native=language in SMS_LANGUAGES, adult=adult)
    if age_prior is not None:
        # The age is one more piece of evidence, like the word "puber": it adds up with diminishing returns.
        hits.append(Hit(age_prior[0], age_prior[1], -1, f"leeftijd {band} -> {age_prior[0]}", evidence=False))
    hits = _playmates(_of_a_parent(hits, tokens.words) if language in SMS_LANGUAGES else hits, own)
    scores = score(_discount_self_description(hits, tokens), prior)
    explanation = [*safety.explanation, *scores.explanation]
    if follow_up:
        explanation.append(f"follow-up -> {previous}")

    intent, confidence, note = _intent(tokens.text, tokens.words, language, scores)
    if note:
        explanation.append(note)
    urgency = safety.urgency
    # Both learned models read the same features: computed once.
    words = literal_words(tokens.words) if model or backstop else ()
    found = category_model.features(words)
    # Urgent messages are re-ranked too: their urgency is the rules' and the backstop's alone, but which of a
    # signal's topics it is (low mood, bullying, a parent's illness) and the runners-up are a topic question.
    # A short follow-up is read in the conversation's topic (FOLLOW_UP_PRIOR), which the model cannot see:
    # there it has no say ("en wat als het 's nachts gebeurt?" after a question on bedwetting reads as danger
    # to a bag of words; a smaller say, the lexicon's plain doubt, no longer kept it out from 168 sets on).
    reranks = model_weight > 0 and intent == "question" and not follow_up
    # The backstop only reads messages the rules left below urgent.
    checks = not is_safety(safety.urgency)
    # The features' rows in both models in one lookup (None for a model that does not read this message).
    model_rows, backstop_rows = shared_rows.lookup(
        model if reranks else None, backstop if checks else None, found
    )
    lexicon_scores = scores
    model_note = ""
    probabilities: dict[str, float] = {}
    if model is not None and model_rows is not None:
        weight = model_weight * (1.0 - scores.confidence) ** MODEL_DOUBT_EXPONENT
        probabilities = (
            model.probabilities_at(model_rows)
            if chars is None
            else char_model.mixed_probabilities(model, model_rows, chars, words)
        )
        scores, model_note = _rerank(scores, model, weight, found, probabilities)
        confidence = scores.confidence
    # The learned backstop may raise a message the rules left below urgent to urgent (never emergency). It
    # then counts as a safety signal whose alternatives are the topics that have urgent cases of their own
    # (a teen who took something at a party stays substances); a punishment told next to "stiefmoeder" is
    # safety, not divorce (docs/routing.md, "Learned safety backstop").
    # In the languages with thinner rules the threshold rises with the length of the message, and the backstop
    # is its linear model alone (safety_model.OTHER_LANGUAGE_THRESHOLD).
    other_language = language not in SMS_LANGUAGES
    threshold = (
        safety_model.by_length(other_language_threshold, len(words)) if other_language else backstop_threshold
    )
    # Where the re-ranked categories put safety first, less is needed (safety_model.AGREEMENT_THRESHOLD).
    safety_first = intent == "question" and scores.top > 0 and scores.ranked[0][0] == "safety"
    raised = safety_model.backstop_on(
        backstop,
        found,
        safety,
        threshold,
        safety_first=safety_first,
        linear_only=other_language,
        rows=backstop_rows,
    )
    if raised is not None:
        urgency = "urgent"
        safety = replace(safety, category="safety", alternatives=BACKSTOP_TOPICS)
        # Next to the rules' own notes, so staff see first why the message is flagged.
        explanation.insert(len(safety.explanation), raised[1])
    if is_safety(urgency):
        # The person words of the whose-thoughts rules are Dutch and English (Polish "mam" is "I have").
        native = tokens if language in SMS_LANGUAGES else None
        first = _safety_category(safety, scores, own, native)
        by_lexicon = _safety_category(safety, lexicon_scores, own, native)
        if first != by_lexicon and not _model_may_choose(first, lexicon_scores):
            first = by_lexicon
        categories = ranking(scores, first=first)
        topic = _topic_the_model_is_sure_of(safety, first, scores, probabilities, lexicon_scores)
        if topic != first:
            # Safety stays right behind the topic: its articles and services still show.
            categories = [topic, *(code for code in categories if code != topic)]
        confidence = max(confidence if intent == "question" else 0.0, SAFETY_CONFIDENCE)
        if intent != "human":
            intent = "question"
    else:
        categories = ranking(scores, first=_no_puberty_before_ten(scores, lexicon_scores, own))
        # The attention flag of a safety topic follows the lexicon's own ranking: the model re-ranks, it does
        # not raise or lower urgency.
        lexicon_top = ranking(lexicon_scores)[0]
        if (
            intent == "question"
            and urgency == "none"
            and lexicon_scores.top > 0
            and BY_CODE[lexicon_top].safety
        ):
            urgency = "attention"
            explanation.append(f"attention: topic {lexicon_top}")
    # The model's note only where its first category is the one shown (a safety signal may have kept its own).
    if model_note and categories[0] == scores.ranked[0][0]:
        explanation.append(model_note)
    category = categories[0] if (intent == "question" or scores.top >= TOPIC_EVIDENCE) else "other"
    if intent == "out_of_scope":
        category = "other"
    if intent == "question" and scores.top <= 0 and not is_safety(urgency):
        category = "other"
    explanation.append(language_note)
    # Who asks, about a child of what age, where: this message, completed with what earlier turns learned.
    profile = own.merged(context)
    explanation.extend(profile.explanation)

    band = None if profile.age_band == "unknown" else profile.age_band
    linked = categories if category != "other" else []
    return Route(
        category=category,
        categories=categories,
        confidence=round(confidence, 3),
        intent=intent,
        urgency=urgency,
        lang=language,
        articles=links.articles(
            linked,
            band,
            tokens.words,
            None if profile.role == "unknown" else profile.role,
            article_rank.phrases(hits),
        ),
        services=links.services(linked, band, profile.municipality or context.get("municipality")),
        explanation=explanation,
        role=profile.role,
        child_age_years=profile.child_age_years,
        age_band=profile.age_band,
        municipality=profile.municipality,
    )


def _rerank(
    scores: Scores, model: Model, weight: float, found: tuple[str, ...], probabilities: dict[str, float]
) -> tuple[Scores, str]:
    """The lexicon's scores plus ``weight`` times the model's ``probabilities`` for the message's features
    ``found``, led by the code of the best product of the two (``MODEL_LOG_WEIGHT``) and followed by the
    runners-up; and a note naming the model's strongest stems when the model, not the lexicon, put the first
    category in front."""
    # The lexicon's codes, then the model's in its order: max keeps the first of equals.
    codes = list(dict.fromkeys([*(code for code, _ in scores.ranked), *probabilities]))
    product = _log_linear(scores, probabilities, MODEL_LOG_WEIGHT, [*codes, "other"])
    first = max(codes, key=product.__getitem__)
    if first != "safety" and product["other"] + OUTSIDE_TAXONOMY_PRIOR > product[first]:
        first = "other"
    blended = blend(scores, probabilities, weight, first=first)
    value = dict(blended.ranked)
    order = [first, *(code for code in _runners_up(scores, probabilities, value) if code != first)]
    blended = replace(blended, ranked=[(code, value[code]) for code in order])
    if scores.top > 0 and scores.ranked[0][0] == first:
        return blended, ""
    # Only stems and stem pairs are named: the character n-grams, most of the features, are left out before
    # the model's weights are read (the order of the rest is the same).
    stems = [feature[2:] for feature, _ in model.contributions([f for f in found if f[0] in "wb"], first)]
    return blended, f"model -> {first} ({', '.join(stems[:MODEL_NOTE_STEMS])})"


def _log_linear(
    scores: Scores, probabilities: dict[str, float], log_weight: float, codes: Iterable[str]
) -> dict[str, float]:
    """Per code of ``codes``, its lexicon score plus ``log_weight`` times the model's log-probability of it:
    in log space an unlikely code stays behind a likely one where a sum of probabilities cannot tell 0.01
    from 0.001."""
    lexicon = dict(scores.ranked)
    return {
        code: lexicon.get(code, 0.0)
        + log_weight * math.log(max(probabilities.get(code, 0.0), PROBABILITY_FLOOR))
        for code in codes
    }


def _runners_up(scores: Scores, probabilities: dict[str, float], codes: Iterable[str]) -> list[str]:
    """The ``codes`` in the order of the runners-up, the quick replies the bot offers when it is unsure: there
    the model has its full say, however sure the lexicon is of the first (``PROBABILITY_FLOOR``)."""
    codes = list(codes)
    return sorted(codes, key=_log_linear(scores, probabilities, 1.0, codes).__getitem__, reverse=True)


def rank_articles(text: str, categories: list[str], *, lang: str | None = None) -> dict[str, list[str]]:
    """Per category, its articles best first for this message, as ``route`` ranks them for its best
    category: for a question the bot answers only after asking which topic it is about."""
    language, _, tokens = _read(text, lang)
    found = article_rank.phrases(match(tokens, native=language in SMS_LANGUAGES))
    return {code: links.articles([code], None, tokens.words, phrases=found) for code in categories}


def service_question(text: str, *, lang: str | None = None) -> str | None:
    """What a question about the service itself asks about ("privacy", "organisation"), or None: the bot
    answers those with a text of its own instead of "I cannot help with that"."""
    found = dialogue.about_the_service(_read(text, lang)[2].text)
    return found[0] if found else None


def _playmates(hits: list[Hit], profile: Profile) -> list[Hit]:
    """The hits without a young child's playmate read as a sweetheart."""
    age = profile.child_age_years
    if profile.age_band != "0-3" and (age is None or age >= PLAYMATE_AGE):
        return hits
    return [h for h in hits if not (h.category == "sexuality" and h.note.split(" -> ")[0] in PLAYMATE_WORDS)]


def _of_a_parent(hits: list[Hit], words: tuple[str, ...]) -> list[Hit]:
    """Words told of a parent or partner named just before them describe that parent, not the child:
    low-mood words ("papa huilt de hele dag en zit alleen op de bank", "my wife has been so down") are a
    parent's mental health, a child's conduct words ("mijn man schreeuwt tegen de kinderen") a question of
    upbringing (PARENT_WORDS_MEAN; category round 8: over the 53 tuning sets the authors chose the parent's
    category for 10 of 11 such messages the lexicon read as low mood, and none of 16 read as behaviour was
    behaviour)."""
    moved: list[Hit] = []
    for hit in hits:
        meaning = PARENT_WORDS_MEAN.get(hit.category)
        if meaning is not None and hit.position >= 0:
            code, reach = meaning
            if _named_at(words, hit.position + 1, reach) == "parent":
                label = hit.note.rsplit(" -> ", 1)[0]
                hit = replace(hit, category=code, note=f"{label} -> {code}")
        moved.append(hit)
    return moved


def _is_infant(profile: Profile) -> bool:
    """A child younger than one year (an age in days, weeks or months)."""
    age = profile.child_age_years
    return age is not None and age < 1 and profile.age_band == "0-3"


def _is_young_child(profile: Profile) -> bool:
    """A child under school age (YOUNG_CHILD_YEARS), by the stated age or the band."""
    age = profile.child_age_years
    return (age is not None and age < YOUNG_CHILD_YEARS) or profile.age_band == "0-3"


def _caller(tokens: Tokens) -> dict[int, str]:
    """In a staff member's summary of a call ("Moeder belt: ...", "Vader (alleenstaand) belde over ...") the
    caller and the verb say who called, not what about; so does the caller opening a later clause ("Moeder
    vraagt of ...")."""
    words, clauses = tokens.words, tokens.clauses
    head = words[:CALLER_REACH]
    verb = next((i for i, w in enumerate(head) if w in CALL_VERBS), None)
    if verb is None or not words or words[0] not in CALLERS:
        return {}
    caller = words[0]
    found = {0: "person", verb: "person"}
    for i, word in enumerate(words):
        if word == caller and (i == 0 or clauses[i] != clauses[i - 1]):
            found[i] = "person"
    return found


def _discount_self_description(hits: list[Hit], tokens: Tokens) -> list[Hit]:
    """Words that only say who asks ("ik ben [ouder of verzorger]", "als [juf] op [school]", "ik ben [16]",
    "[Moeder] [belt]:") are weak topic evidence, so a message that is only an introduction gets a low
    confidence. A phrase that reaches beyond the introduction ("moeder ... borderline") keeps its weight."""
    words = tokens.words
    intro = self_description(words) | _caller(tokens)
    if not intro:
        return hits
    intro_words = {words[p] for p in intro}
    discounted: list[Hit] = []
    for hit in hits:
        kind = intro.get(hit.position)
        phrase = _PHRASE_NOTE.match(hit.note)
        if kind is not None and (phrase is None or set(phrase[1].split()) <= intro_words):
            hit = replace(hit, score=hit.score * SELF_DESCRIPTION_WEIGHTS[kind])
        discounted.append(hit)
    return discounted


def _safety_category(safety: Triage, scores: Scores, profile: Profile, tokens: Tokens | None = None) -> str:
    """The signal's own category, unless the topic clearly is one of its alternatives (a threat between
    classmates is bullying) or the signal leaves it to the topic. A parent's own dark thoughts ("soms denk
    ik dat mijn kinderen beter af zijn zonder mij") are a parent's mental health, not a child's low mood."""
    best, evidence = _first_topic(scores)
    topic = best if evidence >= TOPIC_EVIDENCE else None
    allowed = safety.category is None or topic in safety.alternatives
    # A young child in danger is no question of substance use, whatever was drunk: a toddler who drank a
    # cleaning product, a drunk parent alone with the baby. The tuning sets' authors file these under safety.
    if topic is not None and allowed and not (topic == "substances" and _is_young_child(profile)):
        return topic
    age = profile.child_age_years
    if safety.category == ACCIDENT and "baby" in safety.alternatives and age is not None and age < BABY_YEARS:
        return "baby"
    words = tokens.words if tokens is not None else ()
    writer = _about_the_writer(safety) and not (tokens is not None and _reported_speech(tokens))
    if safety.category == "low_mood" and profile.role == "parent" and writer:
        return "parent_mental_health"
    # Dark thoughts told of a parent or partner named just before them are that parent's (PARENT_PERSONS),
    # where the profile knows who writes (with no cue at all the authors chose low mood).
    if (
        safety.category == "low_mood"
        and not writer
        and profile.role != "unknown"
        and _named_before(safety, words) == "parent"
    ):
        return "parent_mental_health"
    # Someone else's dark thoughts where the lexicon sees a parent's illness ("mijn vrouw is depressief en zei
    # dat de kinderen beter af zijn zonder haar"): still a parent's mental health. A young writer's dark words
    # ("mijn vader drinkt en ik wil niet meer leven") may be their own: they stay low mood.
    if (
        safety.category == "low_mood"
        and topic == "parent_mental_health"
        and profile.role != "youth"
        and not writer
    ):
        return "parent_mental_health"
    return safety.category or "safety"


def _first_topic(scores: Scores) -> tuple[str | None, float]:
    """The first ranked code that is a topic, and its score; (None, 0) when there is none. "other" is no topic
    of a danger: where the model ranks it first (it learned the questions outside the taxonomy), the best
    topic after it is the one the message is about."""
    return next(((code, value) for code, value in scores.ranked if code != "other"), (None, 0.0))


def _reported_speech(tokens: Tokens) -> bool:
    """Whether the message tells what someone else said or wrote (a speech verb next to "hij", "ze" or a
    child, or with a child named in the message), not "ik zei" or "zei ik" (a quote after a colon, "appte: ik
    wil ...", is another clause and still someone else's)."""
    words, clauses = tokens.words, tokens.clauses
    named = not OTHER_PERSONS.isdisjoint(words)
    for i, word in enumerate(words):
        if word not in SPEECH_VERBS:
            continue
        before = words[i - 1] if i > 0 else ""
        after = words[i + 1] if i + 1 < len(words) and clauses[i + 1] == clauses[i] else ""
        if before in WRITER_SUBJECTS or after in WRITER_SUBJECTS:
            continue
        if named or not SPEAKERS.isdisjoint({*words[max(0, i - 2) : i], *words[i + 1 : i + 3]}):
            return True
    return False


def _named_before(safety: Triage, words: tuple[str, ...]) -> str | None:
    """Who is named last before the first deciding phrase of the signal: "writer", "parent", "other" or None
    (nobody, or the phrase not found among the message's words)."""
    deciding = [note for note in safety.explanation if note.startswith(f"{safety.urgency}:")]
    for note in deciding:
        for quoted in _QUOTED.findall(note):
            phrase = tuple(quoted.split())
            start = next((i for i in range(len(words)) if words[i : i + len(phrase)] == phrase), None)
            if start is None:
                continue
            named = _named_at(words, start)
            if named != "parent":
                return named
            # "ik ben bang dat mijn moeder ...": the writer's own fear for the parent, not the parent's words.
            parent = max(i for i in range(max(0, start - SUBJECT_REACH), start) if words[i] in PARENT_PERSONS)
            own_fear = not WRITER_SUBJECTS.isdisjoint(words[max(0, parent - WRITER_REACH) : parent])
            return "writer" if own_fear else "parent"
    return None


def _named_at(words: tuple[str, ...], end: int, reach: int = SUBJECT_REACH) -> str | None:
    """Who is named last among the ``reach`` words before ``end``: "writer" ("ik", "I"), "parent" (a parent
    or partner), "other" (a child, sibling or friend, or "hij"/"ze" where ``reach`` is short), or None."""
    for word in reversed(words[max(0, end - reach) : end]):
        if reach < SUBJECT_REACH and word in THIRD_PERSONS:
            return "other"
        if word in WRITER_SUBJECTS:
            return "writer"
        if word in PARENT_PERSONS:
            return "parent"
        if word in OTHER_PERSONS:
            return "other"
    return None


def _no_puberty_before_ten(scores: Scores, lexicon_scores: Scores, profile: Profile) -> str | None:
    """The first category where the model put puberty first for a child the message says is younger than ten
    and the lexicon heard no word of it ("mijn dochter van 9 praat zo brutaal terug"): a bag of words cannot
    read the age. Else None. On the folds of the unread sets the model's moves to puberty gained 9 questions
    and lost 3, none of them under ten (twentieth session)."""
    age = profile.child_age_years
    if age is None or age >= PUBERTY_FROM_AGE or not scores.ranked or scores.ranked[0][0] != "puberty":
        return None
    if lexicon_scores.support.get("puberty"):
        return None
    return next((code for code, value in scores.ranked[1:] if value > 0), None)


def _model_may_choose(topic: str, lexicon_scores: Scores) -> bool:
    """Whether the learned model may give an urgent message this topic where the lexicon gave another. Not
    relationships: sexual abuse is safety, and the tuning sets' authors disagree on a teenager with an adult
    "boyfriend", which the model cannot tell apart. Not a parent's illness without a word for it: "my family
    would be better off without me", or a parent whose son sent "sorry voor alles", is about the writer's or
    the child's own low mood (see _safety_category). Not a baby without a word for one: "my son fell and hit
    his head" reads as a baby's bump to a bag of words."""
    if topic == "sexuality":
        return False
    if topic in ("parent_mental_health", "baby"):
        return bool(lexicon_scores.support.get(topic))
    return True


def _topic_the_model_is_sure_of(
    safety: Triage, first: str, scores: Scores, probabilities: dict[str, float], lexicon_scores: Scores
) -> str:
    """The blended ranking's first topic where the signal's category stayed first although the learned model
    is at least ``MODEL_SURE_TOPIC`` sure of that topic, the signal's family allows it where the model is sure
    (``Triage.sure_alternatives``) and the model may choose it (``_model_may_choose``); else ``first``."""
    if first != (safety.category or "safety"):
        return first
    topic, _ = _first_topic(scores)
    if topic not in safety.sure_alternatives or probabilities.get(topic, 0.0) < MODEL_SURE_TOPIC:
        return first
    return topic if _model_may_choose(topic, lexicon_scores) else first


def _about_the_writer(safety: Triage) -> bool:
    """Whether the words of the deciding signal speak of the writer ("als ik er niet meer ben", "I want to
    die"); lower signals ("ik maak me zorgen") do not count."""
    deciding = [note for note in safety.explanation if note.startswith(f"{safety.urgency}:")]
    return any(set(quoted.split()) & FIRST_PERSON for note in deciding for quoted in _QUOTED.findall(note))


def _intent(text: str, words: tuple[str, ...], language: str, scores: Scores) -> tuple[str, float, str]:
    """The intent, its confidence and the note explaining it ("" for an ordinary question)."""
    human = dialogue.asks_for_human(text)
    if human:
        return "human", max(scores.confidence, ACT_CONFIDENCE), f"human: '{human}'"
    # A question about the CJG as an organisation may use topic words ("een stuk over opvoeden").
    service = dialogue.about_the_service(text)
    if service:
        return "out_of_scope", OUT_OF_SCOPE_CONFIDENCE, f"out of scope ({service[0]}): '{service[1]}'"
    # The message's own words decide whether it is only a "no" or a "thanks": the lean of a short reply
    # towards the previous topic ("Hayır" after an answer about bed-wetting) does not make it a question.
    if scores.evidence < TOPIC_EVIDENCE:
        act = dialogue.conversation_act(text)
        if act:
            return act[0], ACT_CONFIDENCE, f"{act[0]}: '{act[1]}'"
        cue = dialogue.out_of_scope_cue(text)
        if cue:
            return "out_of_scope", OUT_OF_SCOPE_CONFIDENCE, f"out of scope: '{cue}'"
        # Only Dutch and English have a topic lexicon; other languages stay questions for a person.
        # Someone who only says who they are ("wij zijn pleegouders") is starting a question.
        introduces = bool(self_description(words))
        if (
            scores.top <= 0
            and words
            and language in SMS_LANGUAGES
            and not dialogue.mentions_family(words)
            and not introduces
        ):
            return "out_of_scope", 0.5, "out of scope: no topic, no child or family"
    return "question", scores.confidence, ""
