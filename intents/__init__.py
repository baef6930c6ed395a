"""Understanding a message: ``route(text, lang=None, context=None) -> Route``."""

from intents.route import Route
from intents.router import route

__all__ = ["Route", "route"]
