"""Command line: route one message, or a stream of JSON lines.

python -m intents "mijn dochter van 4 plast nog in bed"
python -m intents --jsonl < messages.jsonl     # {"text": ..., "lang": ...} per line
python -m intents corrections --since 2026-01-01  # reviewed categories as candidate phrases
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from intents.router import route


def _route_line(line: str) -> dict:
    if not line.strip():
        return {"error": "empty line"}
    try:
        item = json.loads(line)
    except json.JSONDecodeError as error:
        return {"error": f"not JSON: {error.msg}"}
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        return {"error": 'expected an object with a "text" string'}
    lang = item.get("lang")
    context = item.get("context")
    return route(
        item["text"],
        lang=lang if isinstance(lang, str) else None,
        context=context if isinstance(context, dict) else None,
    ).to_dict()


def _jsonl(source: TextIO, sink: TextIO) -> None:
    for line in source:
        # A blank line still gets its own answer line, so output line n always belongs to input line n.
        sink.write(json.dumps(_route_line(line), ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["corrections"]:
        from intents.corrections import main as corrections

        return corrections(argv[1:])
    parser = argparse.ArgumentParser(
        prog="python -m intents",
        description="Route a message: category, intent, urgency, language, articles, services, and who asks"
        " (role, child_age_years, age_band, municipality).",
    )
    parser.add_argument("text", nargs="?", help="the message to route (prints one JSON object)")
    parser.add_argument(
        "--jsonl",
        action="store_true",
        help='read JSON lines with "text" (and optional "lang") from stdin, write one Route per line',
    )
    parser.add_argument("--lang", help="language hint (nl, en, tr, ar, pl, uk) for a single text")
    args = parser.parse_args(argv)
    if args.jsonl == (args.text is not None):
        parser.error("give either a text or --jsonl")
    if args.jsonl:
        try:
            _jsonl(sys.stdin, sys.stdout)
        except (OSError, UnicodeDecodeError) as error:
            print(f"cannot read stdin: {error}", file=sys.stderr)
            return 1
        return 0
    print(json.dumps(route(args.text, lang=args.lang).to_dict(), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
