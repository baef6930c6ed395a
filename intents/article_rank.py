"""How well each knowledge article of a category fits the words of a question.

A category often has several articles on different sub-topics (school: refusing school, dyslexia,
homework). The category decides which articles are candidates; this decides their order among
themselves. It is not a second matcher: the router's own lexicon matching (``lexicon.match``: stems,
prefixes, typo corrections, compound parts, phrases with gaps) is run over each article's title, summary
and body once, and over the message as the router already does. An article and a message then share
lexicon words ("dyslexie") and lexicon phrases ("wil niet naar school", "wordt gepest"); only what the
lexicon knows counts, so the curated vocabulary that decides the category also decides the article, and
"blijft" or "samen" say nothing. An article that uses a word more often, or in its title, is more about it.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable

from intents.lexicon import Hit, key_set, lexicon, match, word_keys
from intents.text import tokenize
from knowledge.articles import Article, KnowledgeBase

# A word in the title says more about what an article is for than one in its summary or body.
FIELD_WEIGHTS = {"title": 3.0, "summary": 2.0, "body": 1.0}
# A shared phrase ("wil niet naar school") is stronger evidence than a shared word.
PHRASE_WEIGHT = 2.0
# Repetition counts with diminishing returns (as in BM25): the tenth "pesten" adds little to the ninth.
SATURATION = 1.2
_PHRASE_NOTE = re.compile(r"^'([^']+)' ->")

# Per category: feature (a lexicon key, or "'phrase'") -> {article id: weight}.
TermIndex = dict[str, dict[str, dict[str, float]]]


def phrases(hits: Iterable[Hit]) -> frozenset[str]:
    """The lexicon phrases among the hits of ``lexicon.match``, as features ("'wordt gepest'")."""
    found = (_PHRASE_NOTE.match(hit.note) for hit in hits)
    return frozenset(f"'{m[1]}'" for m in found if m)


def _article_features(article: Article, known: dict[str, dict[str, float]]) -> dict[str, float]:
    """The lexicon words and phrases of an article (Dutch and English), each counted by the weight of
    the field it stands in, as often as it stands there."""
    counts: dict[str, float] = defaultdict(float)
    for lang in article.texts:
        text = article.text(lang)
        for name, value in (("title", text.title), ("summary", text.summary), ("body", text.body)):
            tokens = tokenize(value, sms=False)
            for word in tokens.words:
                for key, quality, _ in word_keys(word):
                    if quality == 1.0 and key in known:
                        counts[key] += FIELD_WEIGHTS[name]
            for phrase in phrases(match(tokens)):
                counts[phrase] += FIELD_WEIGHTS[name] * PHRASE_WEIGHT
    return counts


def build_index(knowledge: KnowledgeBase, categories: Iterable[str]) -> TermIndex:
    """For each category with more than one article: which lexicon words and phrases point at which of
    its articles, and how strongly. One that many articles of the knowledge base use counts less (inverse
    document frequency), one an article repeats or has in its title more, up to a point."""
    lex = lexicon()
    per_article = {article.id: _article_features(article, lex.terms) for article in knowledge.all()}
    documents = len(per_article)
    frequency: dict[str, int] = defaultdict(int)
    for features in per_article.values():
        for feature in features:
            frequency[feature] += 1
    idf = {f: math.log(1.0 + (documents - n + 0.5) / (n + 0.5)) for f, n in frequency.items()}
    index: TermIndex = {}
    for code in categories:
        group = [a.id for a in knowledge.for_category(code)]
        if len(group) < 2:
            continue
        features: dict[str, dict[str, float]] = {}
        for article_id in group:
            for feature, count in per_article[article_id].items():
                saturated = count * (SATURATION + 1.0) / (count + SATURATION)
                features.setdefault(feature, {})[article_id] = idf[feature] * saturated
        index[code] = features
    return index


def words_with_keys(words: Iterable[str], keys: frozenset[str]) -> tuple[str, ...]:
    """The distinct words with a key among ``keys`` (those of the articles' features), in message order:
    the only words that add to an article's score."""
    return tuple(word for word in dict.fromkeys(words) if not keys.isdisjoint(key_set(word)))


def scores(
    index: TermIndex, category: str, words: Iterable[str], found_phrases: Iterable[str] = ()
) -> dict[str, float]:
    """Per article id of the category, how well it fits the message: its words (each counted once, with
    its best key and the lexicon's match quality: 1 for a stem, less for a typo correction) and the
    lexicon phrases the router found in the message."""
    features = index.get(category)
    if not features:
        return {}
    total: dict[str, float] = defaultdict(float)
    for word in dict.fromkeys(words):
        best: dict[str, float] = {}
        for key, quality, _ in word_keys(word):
            for article_id, weight in features.get(key, {}).items():
                if weight * quality > best.get(article_id, 0.0):
                    best[article_id] = weight * quality
        for article_id, score in best.items():
            total[article_id] += score
    for phrase in found_phrases:
        for article_id, weight in features.get(phrase, {}).items():
            total[article_id] += weight
    return dict(total)
