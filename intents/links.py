"""Articles and sociale-kaart services for a ranked list of categories.

Both sources are loaded once, at the first routed message. The sociale kaart is optional: while
``knowledge.socialmap`` does not exist the router returns no services instead of failing."""

from __future__ import annotations

import importlib
import logging
from functools import cache
from typing import Any

from intents import article_rank
from intents.cache import save_memos
from knowledge.articles import ArticleError, KnowledgeBase, load_articles
from knowledge.taxonomy import CODES

log = logging.getLogger(__name__)

MAX_ARTICLES = 5
MAX_SERVICES = 3
LINKED_CATEGORIES = 3


@cache
def _knowledge() -> KnowledgeBase | None:
    try:
        return load_articles()
    except ArticleError as error:
        # A broken article set must not stop safety triage; the bot's start-up check reports it.
        log.error("knowledge base not loaded, routing without articles: %s", error)
        return None


@cache
def _article_index() -> article_rank.TermIndex:
    knowledge = _knowledge()
    index = article_rank.build_index(knowledge, CODES) if knowledge is not None else {}
    # The articles' stems, computed or read, are kept for the next process (intents/cache.py).
    save_memos()
    return index


@cache
def _article_keys() -> frozenset[str]:
    return frozenset(key for features in _article_index().values() for key in features)


@cache
def _directory() -> Any | None:
    try:
        module = importlib.import_module("knowledge.socialmap")
    except ModuleNotFoundError:
        return None
    return module.load_directory()


def articles(
    categories: list[str],
    band: str | None,
    words: tuple[str, ...] = (),
    role: str | None = None,
    phrases: frozenset[str] = frozenset(),
) -> list[str]:
    """The articles of the top categories, best first. Per category: those written for the child's age
    (when known) first, the category's own articles before related ones, those for the asker's role (when
    known) first, then the article whose own words and phrases fit the message best
    (intents/article_rank.py), else the knowledge base's order."""
    knowledge = _knowledge()
    if knowledge is None:
        return []
    index = _article_index()
    # Most words of a long story are in no article: left out once here, not per category.
    telling = article_rank.words_with_keys(words, _article_keys())
    ids: list[str] = []
    for code in categories[:LINKED_CATEGORIES]:
        found = knowledge.for_category(code)
        fit = article_rank.scores(index, code, telling, phrases) if words else {}
        order = {article.id: position for position, article in enumerate(found)}
        found = sorted(
            found,
            key=lambda a: (
                band is not None and bool(a.age_bands) and band not in a.age_bands,
                a.category != code,
                role is not None and role not in a.audience,
                -round(fit.get(a.id, 0.0), 6),
                order[a.id],
            ),
        )
        ids.extend(a.id for a in found if a.id not in ids)
    return ids[:MAX_ARTICLES]


def services(categories: list[str], band: str | None, municipality: str | None) -> list[str]:
    directory = _directory()
    if directory is None:
        return []
    found = directory.search(
        categories[:LINKED_CATEGORIES], municipality=municipality, age_band=band, limit=MAX_SERVICES
    )
    return [service.id for service in found]
