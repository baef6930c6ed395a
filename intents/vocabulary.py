"""Which message words are ordinary, correctly spelled Dutch or English words.

The lexicon's looser matches are meant for words it does not know: a typo ("bedpalssen"), a Dutch compound
("slaapspreekuur") or a Turkish or Polish inflection ("okula"). A frequent Dutch or English word is none of
those, so it must not be "corrected" into a lexicon word one letter away (gezicht is no typo of gewicht,
voorzichtig none of voorlichting), split into parts (hartaanval is not an attack of epilepsy) or read as
the start of a foreign word (bijeenkomst does not start Polish "bije", hits).

The word lists are wordfreq's "small" lists (every word used at least once per million words in its
sources), folded like the messages.
"""

from __future__ import annotations

from functools import cache

from wordfreq import get_frequency_dict

from intents.text import fold

# The languages whose lexicon words are typo-corrected and split; the others only match exactly or by
# prefix and substring entries.
NATIVE = ("nl", "en")


@cache
def _known() -> frozenset[str]:
    words: set[str] = set()
    for lang in NATIVE:
        words.update(fold(word) for word in get_frequency_dict(lang, wordlist="small"))
    return frozenset(words)


def known(word: str) -> bool:
    """True for a Dutch or English word used at least once per million words."""
    return word in _known()
