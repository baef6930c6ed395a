"""Routing benchmark: how well `intents.route` does on the held-out test set, next to a simple baseline.

Usage: python bench/routing.py [--data bench/data/routing_test.jsonl] [--json] [--summary] [--safety-only]

--safety-only scores only the urgency, on files whose lines need just text, urgency and lang (note, the
phrasing family, is optional): bench/data/safety_tune.jsonl.

This is a measurement, not a test: it always exits 0 once the figures are printed. It exits 2 when the
data file is missing or malformed, so a broken data set never yields a misleading score.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
# First on the path even when PYTHONPATH lists it too: the script's own folder holds bench/registry.py,
# which would otherwise shadow the `registry` package.
sys.path.insert(0, str(REPO_ROOT))

from intents.route import INTENTS, URGENCIES, is_safety  # noqa: E402
from knowledge.taxonomy import CODES  # noqa: E402

DEFAULT_DATA = REPO_ROOT / "bench" / "data" / "routing_test.jsonl"
ROLES = ("parent", "youth", "professional", "unknown")
AGE_BANDS = ("pregnancy", "0-3", "4-11", "12-17", "18-23", "unknown")
FIELDS = ("text", "category", "urgency", "intent", "lang", "role", "age_band", "child_age_years", "note")

TARGETS = {
    "top1": (">=", 0.90),
    "top3": (">=", 0.97),
    "safety_recall": (">=", 1.00),
    "false_alarm_rate": ("<=", 0.03),
    "latency_p99_ms": ("<=", 5.0),
    "role_accuracy": (">=", 0.90),
    "age_band_accuracy": (">=", 0.95),
}

TIMED_PASSES = 5
BASELINE_FOLDS = 5
BASELINE_SEED = 13
SHORT_TEXT = 90


class BadDataError(Exception):
    pass


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    category: str
    urgency: str
    intent: str
    lang: str
    role: str
    age_band: str
    child_age_years: float | None
    note: str


def _json_lines(path: Path) -> list[tuple[str, Any]]:
    """(where, record) for each non-empty line of a JSON-lines file; BadDataError when it cannot be
    read, a line is not JSON, or there is no line at all."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise BadDataError(f"cannot read {path}: {exc}") from exc
    records = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            records.append((f"{path}:{number}", json.loads(line)))
        except json.JSONDecodeError as exc:
            raise BadDataError(f"{path}:{number}: not valid JSON ({exc.msg})") from exc
    if not records:
        raise BadDataError(f"{path}: no examples")
    return records


def load_examples(path: Path) -> list[Example]:
    return [_parse_record(record, where) for where, record in _json_lines(path)]


def _parse_record(record: Any, where: str) -> Example:
    if not isinstance(record, dict):
        raise BadDataError(f"{where}: expected a JSON object")
    missing = [name for name in FIELDS if name not in record]
    if missing:
        raise BadDataError(f"{where}: missing field(s) {', '.join(missing)}")
    allowed = {
        "category": CODES,
        "urgency": URGENCIES,
        "intent": INTENTS,
        "role": ROLES,
        "age_band": AGE_BANDS,
    }
    for name, values in allowed.items():
        if record[name] not in values:
            raise BadDataError(f"{where}: {name} {record[name]!r} is not one of {', '.join(values)}")
    if not isinstance(record["text"], str) or not record["text"].strip():
        raise BadDataError(f"{where}: text must be a non-empty string")
    if not isinstance(record["lang"], str) or len(record["lang"]) != 2:
        raise BadDataError(f"{where}: lang must be an ISO 639-1 code")
    age = record["child_age_years"]
    if age is not None and (isinstance(age, bool) or not isinstance(age, int | float)):
        raise BadDataError(f"{where}: child_age_years must be a number or null")
    return Example(
        text=record["text"],
        category=record["category"],
        urgency=record["urgency"],
        intent=record["intent"],
        lang=record["lang"],
        role=record["role"],
        age_band=record["age_band"],
        child_age_years=None if age is None else float(age),
        note=str(record["note"] or ""),
    )


def ratio(hits: int, total: int) -> float | None:
    return hits / total if total else None


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    # Nearest-rank: p99 of a few thousand timings must be a real observed timing, not an interpolation.
    rank = max(1, min(len(ordered), round(pct / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def shorten(text: str, width: int = SHORT_TEXT) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def evaluate_router(examples: list[Example]) -> dict[str, Any]:
    from intents import route

    routes = [route(ex.text) for ex in examples]
    pairs = list(zip(examples, routes, strict=True))
    questions = [(ex, r) for ex, r in pairs if ex.intent == "question"]
    safety = [(ex, r) for ex, r in pairs if is_safety(ex.urgency)]
    calm = [(ex, r) for ex, r in pairs if not is_safety(ex.urgency)]

    per_category: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    confusions: Counter[tuple[str, str]] = Counter()
    for ex, r in questions:
        per_category[ex.category][1] += 1
        if r.category == ex.category:
            per_category[ex.category][0] += 1
        else:
            confusions[(ex.category, r.category)] += 1

    missed = [(ex, r) for ex, r in safety if not is_safety(r.urgency)]
    alarms = [(ex, r) for ex, r in calm if is_safety(r.urgency)]

    return {
        "top1": ratio(sum(r.category == ex.category for ex, r in questions), len(questions)),
        "top3": ratio(sum(ex.category in r.categories[:3] for ex, r in questions), len(questions)),
        "questions": len(questions),
        "safety_recall": ratio(len(safety) - len(missed), len(safety)),
        "safety_messages": len(safety),
        "emergency_exact": _emergency_exact(examples, routes),
        "false_alarm_rate": ratio(len(alarms), len(calm)),
        "calm_messages": len(calm),
        "intent_accuracy": ratio(sum(r.intent == ex.intent for ex, r in pairs), len(pairs)),
        "lang_accuracy": ratio(sum(r.lang == ex.lang for ex, r in pairs), len(pairs)),
        "role_accuracy": _optional_accuracy(examples, routes, "role"),
        "role_messages": sum(ex.role != "unknown" for ex in examples),
        "age_band_accuracy": _optional_accuracy(examples, routes, "age_band"),
        "age_band_messages": sum(ex.age_band != "unknown" for ex in examples),
        "per_category": {
            code: {"n": n, "correct": ok, "top1": ok / n} for code, (ok, n) in sorted(per_category.items())
        },
        "top_confusions": [
            {"expected": want, "got": got, "n": n} for (want, got), n in confusions.most_common(10)
        ],
        "missed_safety": [
            {"text": shorten(ex.text), "expected": ex.urgency, "got": r.urgency, "category": r.category}
            for ex, r in missed
        ],
        "false_alarms": [
            {"text": shorten(ex.text), "expected": ex.urgency, "got": r.urgency, "category": r.category}
            for ex, r in alarms
        ],
        **measure_latency(route, examples),
    }


def _emergency_exact(examples: list[Example], routes: list[Any]) -> float | None:
    """Of the messages labelled emergency, how many the router also called emergency (not just urgent)."""
    pairs = [(ex, r) for ex, r in zip(examples, routes, strict=True) if ex.urgency == "emergency"]
    return ratio(sum(r.urgency == "emergency" for _, r in pairs), len(pairs))


def _optional_accuracy(examples: list[Example], routes: list[Any], name: str) -> float | None:
    """Accuracy on an attribute the router may not offer yet; None (printed as n/a) when it does not."""
    if not any(hasattr(r, name) for r in routes):
        return None
    pairs = [(getattr(ex, name), getattr(r, name, None)) for ex, r in zip(examples, routes, strict=True)]
    known = [(want, got) for want, got in pairs if want != "unknown"]
    return ratio(sum(want == got for want, got in known), len(known))


def measure_latency(route_fn: Any, examples: list[Example]) -> dict[str, Any]:
    for ex in examples:
        route_fn(ex.text)
    timings_ns: list[int] = []
    for _ in range(TIMED_PASSES):
        for ex in examples:
            start = time.perf_counter_ns()
            route_fn(ex.text)
            timings_ns.append(time.perf_counter_ns() - start)
    timings_ms = [t / 1e6 for t in timings_ns]
    return {
        "latency_p50_ms": percentile(timings_ms, 50),
        "latency_p99_ms": percentile(timings_ms, 99),
        "latency_mean_ms": statistics.fmean(timings_ms),
        "latency_samples": len(timings_ms),
    }


def evaluate_baseline(examples: list[Example]) -> dict[str, Any]:
    """TF-IDF + logistic regression, scored by stratified 5-fold cross-validation on the same data set.

    The baseline sees four fifths of the data set as training data each fold, an advantage the router
    never had; it shows what plain supervised learning on this little data would reach. A figure is
    None when some class has fewer messages than there are folds (a small or partial data file).
    """
    figures: dict[str, float | None] = dict.fromkeys(("top1", "top3", "safety_recall", "false_alarm_rate"))
    try:
        import sklearn  # noqa: F401
    except ImportError:
        # The `bench` extra is optional; without it the router's own figures are still worth printing.
        return figures
    questions = [ex for ex in examples if ex.intent == "question"]
    categories = _cross_validate([ex.text for ex in questions], [ex.category for ex in questions])
    flags = [is_safety(ex.urgency) for ex in examples]
    safety = _cross_validate([ex.text for ex in examples], flags)
    if categories is not None:
        rows = list(zip(*categories, strict=True))
        figures["top1"] = ratio(sum(ranked[0] == want for want, ranked in rows), len(rows))
        figures["top3"] = ratio(sum(want in ranked[:3] for want, ranked in rows), len(rows))
    if safety is not None:
        truth, ranked = safety
        predicted = [bool(row[0]) for row in ranked]
        pairs = list(zip(truth, predicted, strict=True))
        figures["safety_recall"] = ratio(sum(t and p for t, p in pairs), sum(truth))
        figures["false_alarm_rate"] = ratio(sum(p and not t for t, p in pairs), len(truth) - sum(truth))
    return figures


def _cross_validate(texts: list[str], labels: list[Any]) -> tuple[list[Any], list[list[Any]]] | None:
    """Out-of-fold predictions: per message, the classes ranked best first by a model not trained on it."""
    import numpy as np
    from sklearn.model_selection import StratifiedKFold

    counts = Counter(labels)
    if len(counts) < 2 or min(counts.values()) < BASELINE_FOLDS:
        return None
    x = np.array(texts, dtype=object)
    y = np.array(labels)
    ranked: list[list[Any]] = [[] for _ in texts]
    folds = StratifiedKFold(n_splits=BASELINE_FOLDS, shuffle=True, random_state=BASELINE_SEED)
    for train, test in folds.split(x, y):
        model = _baseline_model().fit(x[train], y[train])
        order = np.argsort(-model.predict_proba(x[test]), axis=1)
        for index, row in zip(test, order, strict=True):
            ranked[index] = model.classes_[row].tolist()
    return labels, ranked


def _baseline_model() -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline, make_union

    features = make_union(
        TfidfVectorizer(analyzer="word", ngram_range=(1, 2), lowercase=True, sublinear_tf=True),
        TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), lowercase=True, sublinear_tf=True),
    )
    # Balanced weights: safety messages are a small minority, and unweighted the classifier barely flags any.
    classifier = LogisticRegression(C=10.0, class_weight="balanced", max_iter=2000)
    return make_pipeline(features, classifier)


def describe_dataset(examples: list[Example]) -> dict[str, Any]:
    return {
        "n": len(examples),
        "by_intent": dict(Counter(ex.intent for ex in examples).most_common()),
        "by_urgency": dict(Counter(ex.urgency for ex in examples).most_common()),
        "by_lang": dict(Counter(ex.lang for ex in examples).most_common()),
    }


def fmt_pct(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:5.1f} %"


def fmt_target(name: str) -> str:
    op, goal = TARGETS[name]
    return f"target {op} {goal:g} ms" if name.endswith("_ms") else f"target {op} {100 * goal:g} %"


def meets(name: str, value: float | None) -> str:
    if value is None:
        return ""
    op, goal = TARGETS[name]
    ok = value >= goal if op == ">=" else value <= goal
    return "ok" if ok else "MISSED"


def print_optional(ours: dict[str, Any], label: str, field: str) -> None:
    """One line for a figure on an attribute the Route may lack, with the number of messages behind it."""
    key = f"{field}_accuracy"
    basis = f"n = {ours[f'{field}_messages']}"
    if ours[key] is None:
        print(f"{label:<34}n/a (Route has no {field} yet)   {basis}")
        return
    print(f"{label:<34}{fmt_pct(ours[key]):>10}{basis:>10}   {fmt_target(key)} {meets(key, ours[key])}")


def print_report(data: Path, dataset: dict[str, Any], ours: dict[str, Any], base: dict[str, Any]) -> None:
    print(f"Routing benchmark on {data}")
    print(f"N = {dataset['n']}  (questions {ours['questions']}, safety {ours['safety_messages']})")
    print("  intents:  " + ", ".join(f"{k} {v}" for k, v in dataset["by_intent"].items()))
    print("  urgency:  " + ", ".join(f"{k} {v}" for k, v in dataset["by_urgency"].items()))
    print("  language: " + ", ".join(f"{k} {v}" for k, v in dataset["by_lang"].items()))
    print()
    print(f"{'figure':<34}{'Wegwijs':>10}{'baseline':>10}   target")
    rows = [
        ("category top-1 (questions)", "top1"),
        ("category top-3 (questions)", "top3"),
        ("urgent+emergency recall", "safety_recall"),
        ("false-alarm rate", "false_alarm_rate"),
    ]
    for label, key in rows:
        mark = meets(key, ours[key])
        print(f"{label:<34}{fmt_pct(ours[key]):>10}{fmt_pct(base[key]):>10}   {fmt_target(key)} {mark}")
    print(f"{'emergency called emergency':<34}{fmt_pct(ours['emergency_exact']):>10}{'':>10}")
    print(f"{'intent accuracy':<34}{fmt_pct(ours['intent_accuracy']):>10}")
    print(f"{'language accuracy':<34}{fmt_pct(ours['lang_accuracy']):>10}")
    print_optional(ours, "role accuracy (role known)", "role")
    print_optional(ours, "age-band accuracy (band known)", "age_band")
    p99 = ours["latency_p99_ms"]
    print(f"{'latency p50':<34}{ours['latency_p50_ms']:>7.3f} ms")
    p99_target = f"{fmt_target('latency_p99_ms')} {meets('latency_p99_ms', p99)}"
    print(f"{'latency p99':<34}{p99:>7.3f} ms{'':>10}   {p99_target}")
    print(f"  ({ours['latency_samples']} timed calls over {TIMED_PASSES} passes, after one warm-up pass)")
    print()
    print("Baseline: TF-IDF (word 1-2grams + char 3-5grams) + LogisticRegression, stratified")
    print(f"{BASELINE_FOLDS}-fold cross-validation on the same data set (a separate classifier for safety).")
    print()
    print(f"{'category':<22}{'n':>4}{'ok':>5}{'top-1':>10}")
    for code, row in ours["per_category"].items():
        print(f"{code:<22}{row['n']:>4}{row['correct']:>5}{fmt_pct(row['top1']):>10}")
    if ours["top_confusions"]:
        print()
        print("Most frequent confusions (expected -> got):")
        for row in ours["top_confusions"]:
            print(f"  {row['n']:>3} x {row['expected']} -> {row['got']}")
    print()
    print(f"Missed safety messages ({len(ours['missed_safety'])}):")
    for row in ours["missed_safety"]:
        print(f"  [{row['expected']} -> {row['got']}] {row['text']}")
    print()
    print(f"False alarms ({len(ours['false_alarms'])}):")
    for row in ours["false_alarms"]:
        print(f"  [{row['expected']} -> {row['got']}] {row['text']}")


@dataclass(frozen=True, slots=True)
class SafetyExample:
    text: str
    urgency: str
    lang: str
    note: str


def load_safety_examples(path: Path) -> list[SafetyExample]:
    return [_parse_safety_record(record, where) for where, record in _json_lines(path)]


def _parse_safety_record(record: Any, where: str) -> SafetyExample:
    if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not record["text"].strip():
        raise BadDataError(f"{where}: expected an object with a non-empty text")
    if record.get("urgency") not in URGENCIES:
        raise BadDataError(f"{where}: urgency {record.get('urgency')!r} is not one of {', '.join(URGENCIES)}")
    lang = record.get("lang")
    if not isinstance(lang, str) or len(lang) != 2:
        raise BadDataError(f"{where}: lang must be an ISO 639-1 code")
    return SafetyExample(record["text"], record["urgency"], lang, str(record.get("note") or ""))


def evaluate_safety(examples: list[SafetyExample]) -> dict[str, Any]:
    """Urgency only: recall of urgent+emergency, false alarms, and the misses per phrasing family (note)."""
    from intents import route

    routes = [route(ex.text) for ex in examples]
    pairs = list(zip(examples, routes, strict=True))
    safety = [(ex, r) for ex, r in pairs if is_safety(ex.urgency)]
    calm = [(ex, r) for ex, r in pairs if not is_safety(ex.urgency)]
    missed = [(ex, r) for ex, r in safety if not is_safety(r.urgency)]
    alarms = [(ex, r) for ex, r in calm if is_safety(r.urgency)]
    emergencies = [(ex, r) for ex, r in pairs if ex.urgency == "emergency"]
    matrix = Counter((ex.urgency, r.urgency) for ex, r in pairs)
    return {
        "safety_recall": ratio(len(safety) - len(missed), len(safety)),
        "safety_messages": len(safety),
        "false_alarm_rate": ratio(len(alarms), len(calm)),
        "calm_messages": len(calm),
        "emergency_exact": ratio(sum(r.urgency == "emergency" for _, r in emergencies), len(emergencies)),
        "urgency_accuracy": ratio(sum(r.urgency == ex.urgency for ex, r in pairs), len(pairs)),
        "confusion": {f"{want} -> {got}": n for (want, got), n in sorted(matrix.items())},
        "missed_by_note": dict(Counter(ex.note for ex, _ in missed).most_common()),
        "alarms_by_note": dict(Counter(ex.note for ex, _ in alarms).most_common()),
        "missed_safety": [
            {"text": shorten(ex.text), "expected": ex.urgency, "got": r.urgency, "note": ex.note}
            for ex, r in missed
        ],
        "false_alarms": [
            {"text": shorten(ex.text), "expected": ex.urgency, "got": r.urgency, "note": ex.note}
            for ex, r in alarms
        ],
        **measure_latency(route, examples),
    }


def print_safety_report(data: Path, examples: list[SafetyExample], ours: dict[str, Any]) -> None:
    print(f"Safety triage on {data}")
    by_urgency = Counter(ex.urgency for ex in examples).most_common()
    print(f"N = {len(examples)}  (" + ", ".join(f"{k} {v}" for k, v in by_urgency) + ")")
    print()
    for label, key in (
        ("urgent+emergency recall", "safety_recall"),
        ("false-alarm rate", "false_alarm_rate"),
    ):
        print(f"{label:<34}{fmt_pct(ours[key]):>10}   {fmt_target(key)} {meets(key, ours[key])}")
    print(f"{'emergency called emergency':<34}{fmt_pct(ours['emergency_exact']):>10}")
    print(f"{'urgency exactly right':<34}{fmt_pct(ours['urgency_accuracy']):>10}")
    p99 = ours["latency_p99_ms"]
    print(
        f"{'latency p99':<34}{p99:>7.3f} ms   {fmt_target('latency_p99_ms')} {meets('latency_p99_ms', p99)}"
    )
    print()
    print("Urgency (expected -> got):")
    for pair, n in ours["confusion"].items():
        print(f"  {n:>4} x {pair}")
    print()
    print(f"Missed safety messages ({len(ours['missed_safety'])}), by note: {ours['missed_by_note']}")
    for row in ours["missed_safety"]:
        print(f"  [{row['expected']} -> {row['got']}] ({row['note']}) {row['text']}")
    print()
    print(f"False alarms ({len(ours['false_alarms'])}), by note: {ours['alarms_by_note']}")
    for row in ours["false_alarms"]:
        print(f"  [{row['expected']} -> {row['got']}] ({row['note']}) {row['text']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data",
        type=Path,
        default=DEFAULT_DATA,
        help="labelled messages (JSON lines); default: the held-out set",
    )
    parser.add_argument("--json", action="store_true", help="print all figures as one JSON object")
    parser.add_argument(
        "--summary",
        action="store_true",
        help="aggregates only: hide the text of missed and falsely alarmed messages",
    )
    parser.add_argument(
        "--safety-only",
        action="store_true",
        help="score only the urgency; lines need just text, urgency and lang",
    )
    args = parser.parse_args(argv)
    if args.safety_only:
        return _main_safety(args)
    try:
        examples = load_examples(args.data)
    except BadDataError as exc:
        print(f"bench/routing.py: {exc}", file=sys.stderr)
        return 2

    dataset = describe_dataset(examples)
    ours = evaluate_router(examples)
    if args.summary:
        # Whoever tunes the router must not read the held-out messages; keep only what went wrong.
        for key in ("missed_safety", "false_alarms"):
            ours[key] = [{**row, "text": "(text hidden by --summary)"} for row in ours[key]]
    base = evaluate_baseline(examples)
    if args.json:
        targets = {name: {"op": op, "value": goal} for name, (op, goal) in TARGETS.items()}
        payload = {"data": str(args.data), "dataset": dataset, "wegwijs": ours, "baseline": base}
        print(json.dumps({**payload, "targets": targets}, ensure_ascii=False, indent=2))
    else:
        print_report(args.data, dataset, ours, base)
    return 0


def _main_safety(args: argparse.Namespace) -> int:
    try:
        examples = load_safety_examples(args.data)
    except BadDataError as exc:
        print(f"bench/routing.py: {exc}", file=sys.stderr)
        return 2
    ours = evaluate_safety(examples)
    if args.summary:
        for key in ("missed_safety", "false_alarms"):
            ours[key] = [{**row, "text": "(text hidden by --summary)"} for row in ours[key]]
    if args.json:
        print(json.dumps({"data": str(args.data), "wegwijs": ours}, ensure_ascii=False, indent=2))
    else:
        print_safety_report(args.data, examples, ours)
    return 0


if __name__ == "__main__":
    sys.exit(main())
