"""Where the time of ``route()`` goes: CPU time per message of each stage of the router, on tuning sets.

    PYTHONPATH=$PWD python bench/stages.py                    # long_tune2: long stories set the p99
    PYTHONPATH=$PWD python bench/stages.py routing_dev --passes 9

Each stage runs over every message of the sets with its inputs made beforehand (as ``route`` makes them),
and the best of ``--passes`` passes is printed per message: the minimum over passes is the figure least
disturbed by other work on a shared machine. Stages overlap ``route()`` only roughly (``route`` is the whole),
so compare a stage with itself before and after a change, in turn, rather than adding them up. The last two
lines time the learned models' lookups inside ``route`` itself, where they cost more than alone. A benchmark,
not a test.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.sets import load_texts  # noqa: E402
from intents import article_rank, category_model, char_model, links, router, safety_model, shared_rows  # noqa: E402
from intents.lexicon import literal_words, match  # noqa: E402
from intents.profile import extract_profile, self_description  # noqa: E402
from intents.safety import triage  # noqa: E402


def stages(texts: list[str]) -> dict[str, Callable[[], object]]:
    reads = [router._read(text, None) for text in texts]
    languages = [language for language, _, _ in reads]
    sms = [language in router.SMS_LANGUAGES for language in languages]
    tokens = [found for _, _, found in reads]
    words = [literal_words(found.words) for found in tokens]
    features = [category_model.features(w) for w in words]
    model, backstop = category_model.load(), safety_model.load()
    phrases = [article_rank.phrases(match(found)) for found in tokens]
    categories = [router.route(text).categories for text in texts]
    found: dict[str, Callable[[], object]] = {
        "route": lambda: [router.route(text) for text in texts],
        "read (language, words)": lambda: [router._read(text, None) for text in texts],
        "safety triage": lambda: [triage(text, sms=s) for text, s in zip(texts, sms, strict=True)],
        "profile reader": lambda: [
            extract_profile(text, language) for text, language in zip(texts, languages, strict=True)
        ],
        "lexicon": lambda: [match(found) for found in tokens],
        "self-description": lambda: [self_description(found.words) for found in tokens],
        "model features": lambda: [category_model.features(literal_words(found.words)) for found in tokens],
        "articles": lambda: [
            links.articles(codes, None, found.words, None, phrase)
            for codes, found, phrase in zip(categories, tokens, phrases, strict=True)
        ],
    }
    if model is not None:
        found["re-ranker probabilities"] = lambda: [model.probabilities(f) for f in features]
        found["re-ranker note"] = lambda: [model.contributions(f, "safety") for f in features]
    chars = char_model.load()
    if model is not None and chars is not None:
        found["re-ranker mixture"] = lambda: [
            char_model.mixed_probabilities(model, model.known(f), chars, w)
            for f, w in zip(features, words, strict=True)
        ]
    if backstop is not None:
        found["backstop"] = lambda: [backstop.probability(f) for f in features]
    if model is not None and backstop is not None:
        found["rows in both models"] = lambda: [shared_rows.lookup(model, backstop, f) for f in features]
    return found


def inside_route(texts: list[str], passes: int) -> dict[str, float]:
    """CPU time per message of the learned models' lookups as ``route`` runs them, best of ``passes``: a stage
    timed alone finds the processor's cache warm, inside ``route`` the rest of the router has filled it
    (docs/routing.md, "Thirty-eighth session", item 10)."""
    timed = {
        "rows, inside route": (shared_rows, "lookup"),
        "n-grams, inside route": (char_model.Model, "logits_of_words"),
    }
    spent = dict.fromkeys(timed, 0)
    originals = {name: getattr(owner, attribute) for name, (owner, attribute) in timed.items()}

    def timer(name: str) -> Callable[..., object]:
        def run(*args: object) -> object:
            start = time.process_time_ns()
            try:
                return originals[name](*args)
            finally:
                spent[name] += time.process_time_ns() - start

        return run

    best = dict.fromkeys(timed, float("inf"))
    try:
        for name, (owner, attribute) in timed.items():
            setattr(owner, attribute, timer(name))
        for text in texts:
            router.route(text)
        for _ in range(passes):
            spent.update(dict.fromkeys(timed, 0))
            for text in texts:
                router.route(text)
            best = {name: min(best[name], spent[name] / 1e9) for name in timed}
    finally:
        for name, (owner, attribute) in timed.items():
            setattr(owner, attribute, originals[name])
    return best


def best_time(run: Callable[[], object], passes: int) -> float:
    run()
    best = float("inf")
    for _ in range(passes):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


def main(argv: list[str] | None = None, out: TextIO = sys.stdout) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "sets", nargs="*", default=["long_tune2"], help="tuning set names (bench/data/NAME.jsonl)"
    )
    parser.add_argument("--passes", type=int, default=7, help="timed passes per stage; the best is printed")
    args = parser.parse_args(argv)
    texts = load_texts(args.sets)
    names = ", ".join(args.sets)
    print(f"{len(texts)} messages of {names}; CPU time per message, best of {args.passes} passes", file=out)
    for name, run in stages(texts).items():
        print(f"  {name:26s} {best_time(run, args.passes) / len(texts) * 1e6:9.1f} us", file=out)
    for name, seconds in inside_route(texts, args.passes).items():
        print(f"  {name:26s} {seconds / len(texts) * 1e6:9.1f} us", file=out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
