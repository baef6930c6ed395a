"""Understanding a message: ``route(text, lang=None, context=None) -> Route``."""

from intents.route import Route
from intents.router import rank_articles, route, service_question


def warm_up() -> None:
    """Load the lexicon, the safety rules and the place names now, not on a parent's first question
    (several seconds on a busy machine)."""
    route("Mijn dochter van 4 slaapt slecht sinds de scheiding, we wonen in Haarlem.")


__all__ = ["Route", "rank_articles", "route", "service_question", "warm_up"]
