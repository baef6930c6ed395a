"""Understanding a message: ``route(text, lang=None, context=None) -> Route``."""

from intents.route import Route
from intents.router import rank_articles, route, service_question


def warm_up() -> None:
    """Load the lexicon, the safety rules, the place names and the learned models (with their shared index of
    features, intents/shared_rows.py) now, not on a parent's first question (several seconds on a busy
    machine)."""
    route("Mijn dochter van 4 slaapt slecht sinds de scheiding, we wonen in Haarlem.")


__all__ = ["Route", "rank_articles", "route", "service_question", "warm_up"]
