"""The backstop's agreement threshold with the whole router in the loop: where the router's ranking of the
categories puts `safety` first, the backstop raises at ``safety_model.AGREEMENT_THRESHOLD`` instead of its own
threshold. How many urgent messages and false alarms does each value give?

    PYTHONPATH=$PWD python bench/agreement_trial.py --folds 4              # folds of the unread sets
    PYTHONPATH=$PWD python bench/agreement_trial.py --folds 4 --only 1 2   # two of them (one per process)
    PYTHONPATH=$PWD python bench/agreement_trial.py --held-back            # the held-back groups, to confirm

``--folds N`` deals the tuning sets no rule round has read (learned.UNREAD_SETS) into N folds and trains the
re-ranker (both its models) and the backstop (with its hidden layer) without each fold, as their ``train``
commands do: the place to choose; a fold takes about 25 minutes (two folds at once on two cores).
``--held-back`` routes the held-back groups with the shipped models, which never trained on them (only to
confirm a choice). Every line is routed as ``route`` routes it, once per value; a value at or above
``safety_model.THRESHOLD`` switches the agreement off. Counted as bench/sets.py counts: urgent or emergency
lines raised to either, other lines raised to either. A benchmark, not a test.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import category_model as reranker_training  # noqa: E402
from bench import learned  # noqa: E402
from bench import safety_model as backstop_training  # noqa: E402
from intents import category_model, char_model, safety_model  # noqa: E402
from intents.route import is_safety  # noqa: E402
from intents.router import route_with_model  # noqa: E402

VALUES = (0.4, 0.45, 0.5, 0.55, safety_model.THRESHOLD)


def _models_without(
    fold: Sequence[str], matrices: backstop_training.FoldMatrices
) -> tuple[category_model.Model, char_model.Model, safety_model.Model]:
    """The re-ranker's two models and the backstop, trained on every tuning set but those of ``fold``."""
    training = [
        ex
        for name in reranker_training.SETS
        if name not in fold
        for ex in reranker_training.trainable(reranker_training.load(name))
    ]
    stems = reranker_training.fit(training)
    chars = char_model.from_dict(reranker_training.fit_chars(training, stems["codes"]))
    backstop = safety_model.from_dict(matrices.fit_without(fold, hidden=True))
    return category_model.from_dict(stems), chars, backstop


def _count(
    label: str,
    names: Sequence[str],
    models: tuple[category_model.Model, char_model.Model, safety_model.Model],
) -> None:
    model, chars, backstop = models
    lines = [ex for name in names for ex in backstop_training.load(name)]
    urgent = sum(ex.urgent for ex in lines)
    cells = []
    kept = safety_model.AGREEMENT_THRESHOLD
    try:
        for value in VALUES:
            safety_model.AGREEMENT_THRESHOLD = value
            raised = [
                ex.urgent
                for ex in lines
                if is_safety(route_with_model(ex.text, model, chars=chars, backstop=backstop).urgency)
            ]
            cells.append(f"{value:g}: {sum(raised)}/{len(raised) - sum(raised)}")
    finally:
        safety_model.AGREEMENT_THRESHOLD = kept
    print(f"{label}: {urgent} urgent, {len(lines) - urgent} calm; caught / false alarms by value", flush=True)
    print("  " + "  ".join(cells), flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--folds", type=int, help="N folds of the unread tuning sets")
    where.add_argument("--held-back", action="store_true", help="every held-back group")
    parser.add_argument("--only", type=int, nargs="+", default=(), help="with --folds: only these (1-based)")
    args = parser.parse_args(argv)
    if args.held_back:
        model, chars, backstop = category_model.load(), char_model.load(), safety_model.load()
        if model is None or chars is None or backstop is None:
            raise SystemExit("a model file is missing")
        for group, names in learned.HELD_BACK_GROUPS.items():
            _count(group, names, (model, chars, backstop))
        return 0
    matrices = backstop_training.FoldMatrices(backstop_training.training_examples(learned.TUNING_SETS))
    for k, fold in enumerate(reranker_training.gain_folds(learned.UNREAD_SETS, args.folds)):
        if args.only and k + 1 not in args.only:
            continue
        _count(f"fold {k + 1}/{args.folds} ({len(fold)} sets)", fold, _models_without(fold, matrices))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
