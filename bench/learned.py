"""What the learned models of the router share at training time: the tuning sets, the features the router
computes for a message, the sparse design matrix, and the leave-one-set-out folds.

Used by bench/category_model.py (category re-ranker) and bench/safety_model.py (safety backstop). Needs the
``bench`` extra (scikit-learn); the run-time side (intents/category_model.py, intents/safety_model.py) is
pure Python. The held-out test set is never read here.
"""

from __future__ import annotations

import gzip
import json
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
DATA = REPO_ROOT / "bench" / "data"
DECIMALS = 3
# Thirty-second session: eight new sets by eight new authors, four of them on safety (bench/README.md); round
# s51 read them all.
THIRTY_SECOND_SESSION_SETS = (
    "safety_tune33",
    "safety_tune34",
    "safety_tune35",
    "safety_tune36",
    "youth_tune28",
    "parents_tune18",
    "short_tune11",
    "long_tune16",
)
# Thirty-third session: eight new sets by eight new authors, four of them on safety (bench/README.md); round
# s52 read the misses of all eight.
THIRTY_THIRD_SESSION_SETS = (
    "safety_tune37",
    "safety_tune38",
    "safety_tune39",
    "safety_tune40",
    "topic_tune25",
    "parents_tune19",
    "professional_tune18",
    "everyday_tune13",
)
# Thirty-fourth session: eight new sets by eight new authors, four of them on safety (bench/README.md); round
# s53 read the misses of all eight.
THIRTY_FOURTH_SESSION_SETS = (
    "safety_tune41",
    "safety_tune42",
    "safety_tune43",
    "safety_tune44",
    "youth_tune29",
    "long_tune17",
    "english_tune17",
    "parents_tune20",
)
# Thirty-fifth session: eight new sets by eight new authors, four of them on safety (bench/README.md); round
# s54 read the misses of all eight.
THIRTY_FIFTH_SESSION_SETS = (
    "safety_tune45",
    "safety_tune46",
    "safety_tune47",
    "safety_tune48",
    "youth_tune30",
    "professional_tune19",
    "languages_tune15",
    "short_tune12",
)
# Thirty-sixth session: six new sets by six new authors, four of them on safety (bench/README.md); round s55
# read the misses of all six.
THIRTY_SIXTH_SESSION_SETS = (
    "safety_tune49",
    "safety_tune50",
    "safety_tune51",
    "safety_tune52",
    "parents_tune21",
    "long_tune18",
)
# Thirty-seventh session: four new sets by four new authors, used once to confirm the safety backstop's hidden
# layer before they joined (docs/routing.md, "Thirty-seventh session"); no round has read them, so they are
# among the unread sets.
THIRTY_SEVENTH_SESSION_SETS = (
    "safety_tune54",
    "youth_tune32",
    "mixed_tune28",
    "professional_tune20",
)
# Thirty-eighth session: four new sets by four new authors, scored on arrival before any model trained on them
# (bench/README.md); no round has read them, so they are among the unread sets.
THIRTY_EIGHTH_SESSION_SETS = (
    "safety_tune55",
    "youth_tune33",
    "learner_tune12",
    "long_tune20",
)
# Thirty-ninth session: eight new sets by eight new authors in two batches of four, each scored on arrival
# before any model trained on it (bench/README.md); no round has read them, so they are among the unread sets.
THIRTY_NINTH_SESSION_SETS = (
    "safety_tune56",
    "parents_tune22",
    "professional_tune21",
    "languages_tune16",
    "youth_tune34",
    "long_tune21",
    "english_tune18",
    "short_tune13",
)
# Forty-first session: four new sets by four new authors, scored on arrival before any model trained on them
# (bench/README.md), then read by round s56.
FORTY_FIRST_SESSION_SETS = (
    "safety_tune57",
    "youth_tune35",
    "professional_tune22",
    "mixed_tune29",
)
# Forty-second session: four new sets by four new authors, scored on arrival the same way, then read by round
# s57 (the full router's misses, then those of the rules alone).
FORTY_SECOND_SESSION_SETS = (
    "youth_tune36",
    "safety_tune58",
    "long_tune22",
    "short_tune14",
)
# Forty-second session, later: four more sets by four new authors, scored on arrival with the models of 287
# sets and round s57, then read by round s58.
FORTY_SECOND_SESSION_LATER_SETS = (
    "youth_tune37",
    "parents_tune23",
    "professional_tune23",
    "languages_tune17",
)
# Every tuning set, in training order (the order is part of what makes a weight file retrain byte for byte).
# A new set is added here once; the held-out routing_test never is.
TUNING_SETS = (
    "routing_dev",
    "topic_tune",
    "profile_tune",
    "age_tune",
    "topic_tune2",
    "mixed_tune",
    "safety_tune",
    "safety_tune2",
    "safety_tune3",
    "topic_tune3",
    "mixed_tune2",
    "safety_tune4",
    "youth_tune",
    "parents_tune",
    "professional_tune",
    "languages_tune",
    "chat_tune",
    "short_tune",
    "safety_tune5",
    "long_tune",
    "english_tune",
    "everyday_tune",
    "carers_tune",
    "staff_tune",
    "safety_tune6",
    "mixed_tune3",
    "parents_tune2",
    "youth_tune2",
    "short_tune2",
    "lookalike_tune",
    "mixed_tune4",
    "topic_tune4",
    "professional_tune2",
    "languages_tune2",
    "safety_tune7",
    "english_tune2",
    "youth_tune3",
    "mixed_tune5",
    "safety_tune8",
    "languages_tune4",
    "topic_tune5",
    "languages_tune3",
    "long_tune2",
    "youth_tune4",
    "short_tune3",
    "languages_tune5",
    "topic_tune6",
    "parents_tune3",
    "professional_tune3",
    "safety_tune9",
    "languages_tune6",
    "languages_tune7",
    "languages_tune8",
    "borders_tune",
    "mixed_tune6",
    "safety_tune10",
    "parents_tune4",
    "youth_tune5",
    "professional_tune4",
    "youth_tune6",
    "everyday_tune2",
    "english_tune3",
    "mixed_tune7",
    "safety_tune11",
    "languages_tune9",
    "long_tune3",
    "learner_tune2",
    "learner_tune3",
    "safety_tune13",
    "youth_tune7",
    "professional_tune6",
    "topic_tune8",
    "english_tune4",
    "everyday_tune3",
    # Held back from the ninth session to the tenth, the unseen measure of both sessions' rounds.
    "learner_tune",
    "short_tune4",
    "professional_tune5",
    "topic_tune7",
    "safety_tune12",
    "parents_tune5",
    # Held back in the tenth session, read by the eleventh session's rounds.
    "mixed_tune8",
    "safety_tune14",
    "short_tune5",
    "learner_tune4",
    "youth_tune8",
    "english_tune5",
    "parents_tune6",
    # Written blind in the eleventh session to train the models; unread by any round.
    "topic_tune9",
    "everyday_tune4",
    "professional_tune7",
    "english_tune6",
    # Held back in the eleventh session, read by the twelfth session's rounds.
    "mixed_tune9",
    "safety_tune15",
    "youth_tune9",
    "learner_tune5",
    # Held back in the twelfth session, the unseen measure of its rounds and retraining; unread by any round.
    "mixed_tune10",
    "safety_tune16",
    "youth_tune10",
    "parents_tune7",
    # Written blind in the thirteenth session to train the models; unread by any round.
    "professional_tune8",
    "short_tune6",
    "languages_tune10",
    "topic_tune10",
    "english_tune7",
    "parents_tune8",
    "safety_tune18",
    "learner_tune6",
    "youth_tune12",
    "mixed_tune12",
    "everyday_tune5",
    "youth_tune13",
    "topic_tune11",
    "professional_tune9",
    # Held back in the thirteenth session, the unseen measure of its retraining and of the fourteenth
    # session's blend; unread by any round.
    "mixed_tune11",
    "safety_tune17",
    "youth_tune11",
    "long_tune4",
    # Written blind in the fourteenth session to train the models; unread by any round.
    "english_tune8",
    "topic_tune12",
    "parents_tune9",
    "learner_tune7",
    # Held back in the fourteenth session, the unseen measure of the fourteenth to sixteenth sessions' work;
    # unread by any round.
    "mixed_tune13",
    "safety_tune19",
    "youth_tune14",
    "long_tune5",
    # Written blind in the seventeenth session to train the models; unread by any round.
    "safety_tune21",
    "parents_tune10",
    "english_tune9",
    "topic_tune13",
    "learner_tune8",
    "languages_tune11",
    "professional_tune10",
    "short_tune7",
    "everyday_tune6",
    "youth_tune16",
    "safety_tune22",
    "mixed_tune15",
    "topic_tune14",
    "parents_tune11",
    "youth_tune17",
    "english_tune10",
    "long_tune7",
    "mixed_tune16",
    "professional_tune11",
    "everyday_tune7",
    "mixed_tune17",
    "safety_tune23",
    "youth_tune18",
    "parents_tune12",
    "topic_tune15",
    "long_tune8",
    "english_tune11",
    "professional_tune12",
    "languages_tune12",
    "learner_tune9",
    "short_tune8",
    "everyday_tune8",
    "safety_tune24",
    "mixed_tune18",
    "youth_tune19",
    "topic_tune16",
    "topic_tune17",
    "mixed_tune19",
    "safety_tune25",
    "parents_tune13",
    "youth_tune20",
    "professional_tune13",
    "english_tune12",
    "long_tune9",
    # Nineteenth session: the seventeenth session's held-back four, having served two sessions, and
    # twenty-four new sets (bench/README.md).
    "mixed_tune14",
    "safety_tune20",
    "youth_tune15",
    "long_tune6",
    "topic_tune18",
    "parents_tune14",
    "english_tune13",
    "staff_tune2",
    "languages_tune13",
    "learner_tune10",
    "short_tune9",
    "everyday_tune9",
    "professional_tune14",
    "youth_tune22",
    "mixed_tune21",
    "topic_tune19",
    "mixed_tune22",
    "safety_tune27",
    "youth_tune23",
    "parents_tune15",
    "topic_tune20",
    "english_tune14",
    "long_tune11",
    "carers_tune2",
    # Twenty-second session: twenty-four new sets by twenty-four new authors (bench/README.md).
    "safety_tune28",
    "topic_tune21",
    "mixed_tune23",
    "youth_tune24",
    "professional_tune15",
    "everyday_tune10",
    "long_tune12",
    "english_tune15",
    "safety_tune29",
    "parents_tune16",
    "short_tune10",
    "languages_tune14",
    "topic_tune22",
    "learner_tune11",
    "mixed_tune24",
    "staff_tune3",
    "safety_tune30",
    "youth_tune25",
    "everyday_tune11",
    "professional_tune16",
    "long_tune13",
    "english_tune16",
    "chat_tune2",
    "topic_tune23",
    # Thirty-first session: eight new sets by eight new authors (bench/README.md).
    "mixed_tune25",
    "parents_tune17",
    "professional_tune17",
    "youth_tune26",
    "safety_tune31",
    "everyday_tune12",
    "topic_tune24",
    "long_tune14",
    *THIRTY_SECOND_SESSION_SETS,
    *THIRTY_THIRD_SESSION_SETS,
    *THIRTY_FOURTH_SESSION_SETS,
    *THIRTY_FIFTH_SESSION_SETS,
    *THIRTY_SIXTH_SESSION_SETS,
    *THIRTY_SEVENTH_SESSION_SETS,
    *THIRTY_EIGHTH_SESSION_SETS,
    *THIRTY_NINTH_SESSION_SETS,
    *FORTY_FIRST_SESSION_SETS,
    *FORTY_SECOND_SESSION_SETS,
    *FORTY_SECOND_SESSION_LATER_SETS,
)
# The tuning sets no rule round has read: the lexicon was never tuned on their authors, so on them the lexicon
# alone is as honest as a model trained without them (bench/category_model.py judges). Every set from the
# eleventh session's training sets on, but those a round read from the twelfth session on
# (READ_BY_LATER_ROUNDS below: the rules-alone safety misses, the misses of rules and backstop together, or
# the other-language misses; safety_tune25, which the twentieth session's round read too, was already read).
# Rounds from the twenty-third session on are named after themselves (s23 to s25 then, s26 to s28 in the
# twenty-fourth, s29 to s33 and the false-alarm round fa25 in the twenty-fifth, s34 to s36 and fa26 in the
# twenty-sixth, s37 to s42, fa27 and fa28 in the twenty-seventh, s43 to s48 and fa29 in the twenty-eighth,
# s49 and s50 in the thirty-first, s51 in the thirty-second, s52 in the thirty-third, s53 in the
# thirty-fourth, s54 in the thirty-fifth, s55 in the thirty-sixth, s56 in the forty-first).
READ_BY_THE_TWELFTH_ROUNDS = ("mixed_tune9", "safety_tune15", "youth_tune9", "learner_tune5")
READ_BY_THE_SIXTEENTH_ROUND = ("everyday_tune4", "professional_tune7", "english_tune8")
READ_BY_THE_NINETEENTH_ROUNDS = (
    # Round s19.
    "safety_tune23",
    "english_tune11",
    "mixed_tune17",
    "youth_tune18",
    # Round s19b.
    "safety_tune24",
    "safety_tune25",
    "youth_tune19",
)
READ_BY_THE_TWENTIETH_ROUND = ("languages_tune12",)
READ_BY_THE_TWENTY_FIRST_ROUND = ("safety_tune27", "youth_tune23")
READ_BY_THE_TWENTY_SECOND_ROUND = ("safety_tune28", "safety_tune29")
READ_BY_ROUND_S23 = ("safety_tune30", "youth_tune24")
READ_BY_ROUND_S24 = ("safety_tune20", "safety_tune21")
READ_BY_ROUND_S25 = ("safety_tune22", "topic_tune21")
READ_BY_ROUND_S26 = ("safety_tune19", "professional_tune16")
READ_BY_ROUND_S27 = ("safety_tune18", "professional_tune14")
READ_BY_ROUND_S28 = ("safety_tune16", "english_tune16")
READ_BY_ROUND_S29 = ("safety_tune17", "professional_tune15")
READ_BY_ROUND_S30 = ("english_tune15", "languages_tune13")
READ_BY_ROUND_S31 = ("youth_tune10", "english_tune9")
READ_BY_ROUND_S32 = ("english_tune6", "youth_tune22")
READ_BY_ROUND_S33 = ("professional_tune10", "english_tune12")
READ_BY_ROUND_FA25 = ("long_tune5", "parents_tune10")
READ_BY_ROUND_S34 = ("youth_tune16", "professional_tune11")
READ_BY_ROUND_S35 = ("languages_tune14", "youth_tune14")
READ_BY_ROUND_S36 = ("learner_tune7", "long_tune13")
READ_BY_ROUND_FA26 = ("parents_tune8", "youth_tune12")
READ_BY_ROUND_S37 = ("long_tune7", "long_tune4")
READ_BY_ROUND_S38 = ("professional_tune12", "topic_tune17")
READ_BY_ROUND_S39 = ("short_tune9", "mixed_tune11")
READ_BY_ROUND_FA27 = ("long_tune11", "long_tune6")
READ_BY_ROUND_S40 = ("languages_tune11", "english_tune7")
READ_BY_ROUND_S41 = ("learner_tune8", "topic_tune16")
READ_BY_ROUND_S42 = ("staff_tune2", "parents_tune15")
READ_BY_ROUND_S43 = ("everyday_tune10", "topic_tune11")
READ_BY_ROUND_S44 = ("youth_tune11", "parents_tune13")
READ_BY_ROUND_S45 = ("youth_tune15", "mixed_tune21")
READ_BY_ROUND_S46 = ("carers_tune2", "youth_tune25")
READ_BY_ROUND_FA29 = ("staff_tune3", "mixed_tune13")
READ_BY_ROUND_S47 = ("everyday_tune9", "parents_tune16")
READ_BY_ROUND_S48 = ("mixed_tune10", "english_tune10")
READ_BY_ROUND_S49 = ("safety_tune31",)
READ_BY_ROUND_S50 = (
    "mixed_tune25",
    "parents_tune17",
    "professional_tune17",
    "youth_tune26",
    "everyday_tune12",
    "topic_tune24",
    "long_tune14",
)
READ_BY_ROUND_S51 = THIRTY_SECOND_SESSION_SETS
READ_BY_ROUND_S52 = THIRTY_THIRD_SESSION_SETS
READ_BY_ROUND_S53 = THIRTY_FOURTH_SESSION_SETS
READ_BY_ROUND_S54 = THIRTY_FIFTH_SESSION_SETS
READ_BY_ROUND_S55 = THIRTY_SIXTH_SESSION_SETS
READ_BY_ROUND_S56 = FORTY_FIRST_SESSION_SETS
READ_BY_ROUND_S57 = FORTY_SECOND_SESSION_SETS
READ_BY_ROUND_S58 = FORTY_SECOND_SESSION_LATER_SETS
# Every set a round read from the twelfth session on, in one place: a new round's sets are added here once and
# leave both UNREAD_SETS and the backstop's fair folds (bench/safety_model.READ_FOR_RULES).
READ_BY_LATER_ROUNDS = (
    *READ_BY_THE_TWELFTH_ROUNDS,
    *READ_BY_THE_SIXTEENTH_ROUND,
    *READ_BY_THE_NINETEENTH_ROUNDS,
    *READ_BY_THE_TWENTIETH_ROUND,
    *READ_BY_THE_TWENTY_FIRST_ROUND,
    *READ_BY_THE_TWENTY_SECOND_ROUND,
    *READ_BY_ROUND_S23,
    *READ_BY_ROUND_S24,
    *READ_BY_ROUND_S25,
    *READ_BY_ROUND_S26,
    *READ_BY_ROUND_S27,
    *READ_BY_ROUND_S28,
    *READ_BY_ROUND_S29,
    *READ_BY_ROUND_S30,
    *READ_BY_ROUND_S31,
    *READ_BY_ROUND_S32,
    *READ_BY_ROUND_S33,
    *READ_BY_ROUND_FA25,
    *READ_BY_ROUND_S34,
    *READ_BY_ROUND_S35,
    *READ_BY_ROUND_S36,
    *READ_BY_ROUND_FA26,
    *READ_BY_ROUND_S37,
    *READ_BY_ROUND_S38,
    *READ_BY_ROUND_S39,
    *READ_BY_ROUND_FA27,
    *READ_BY_ROUND_S40,
    *READ_BY_ROUND_S41,
    *READ_BY_ROUND_S42,
    *READ_BY_ROUND_S43,
    *READ_BY_ROUND_S44,
    *READ_BY_ROUND_S45,
    *READ_BY_ROUND_S46,
    *READ_BY_ROUND_FA29,
    *READ_BY_ROUND_S47,
    *READ_BY_ROUND_S48,
    *READ_BY_ROUND_S49,
    *READ_BY_ROUND_S50,
    *READ_BY_ROUND_S51,
    *READ_BY_ROUND_S52,
    *READ_BY_ROUND_S53,
    *READ_BY_ROUND_S54,
    *READ_BY_ROUND_S55,
    *READ_BY_ROUND_S56,
    *READ_BY_ROUND_S57,
    *READ_BY_ROUND_S58,
)
UNREAD_SETS = tuple(
    name for name in TUNING_SETS[TUNING_SETS.index("topic_tune9") :] if name not in READ_BY_LATER_ROUNDS
)
# Written blind at the start of the nineteenth session and held back: no model trains on them and no round
# has read them, so they measure the next work on authors nobody has tuned for (bench/README.md). Score them
# by name with bench/sets.py; move them into TUNING_SETS once they have served.
HELD_BACK_SETS = (
    "mixed_tune20",
    "safety_tune26",
    "youth_tune21",
    "long_tune10",
)
# Written blind at the end of the thirty-first session and held back the same way: the nineteenth session's
# four have since weighed in on several choices (the re-ranker's mixture, retrainings), so these are the
# cleaner measure for the next work (`bench/sets.py --held-back-31`).
HELD_BACK_SETS_31 = (
    "mixed_tune26",
    "safety_tune32",
    "youth_tune27",
    "long_tune15",
)
# Written blind at the end of the thirty-sixth session, after its round and retraining, and held back the same
# way: scored once with the session's start and end commits (docs/routing.md, "Thirty-sixth session"), never
# read for a rule (`bench/sets.py --held-back-36`).
HELD_BACK_SETS_36 = (
    "mixed_tune27",
    "youth_tune31",
    "safety_tune53",
    "long_tune19",
)
# Written blind at the end of the forty-second session, after rounds s57 and s58 and their retraining, and
# held back the same way: scored once with the session's start and end commits (docs/routing.md, "Forty-second
# session"), never read (`bench/sets.py --held-back-42`). The older groups have been scored in many sessions.
HELD_BACK_SETS_42 = (
    "mixed_tune30",
    "safety_tune59",
    "youth_tune38",
    "long_tune23",
)
# Each held-back group by its bench/sets.py flag, so a new group is added here once.
HELD_BACK_GROUPS = {
    "held-back": HELD_BACK_SETS,
    "held-back-31": HELD_BACK_SETS_31,
    "held-back-36": HELD_BACK_SETS_36,
    "held-back-42": HELD_BACK_SETS_42,
}


def rows(name: str) -> list[dict[str, Any]]:
    """The lines of one tuning set (bench/data/NAME.jsonl)."""
    if name == "routing_test":
        raise ValueError("the held-out test set is never used for training or tuning")
    path = DATA / f"{name}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def message_features(text: str) -> tuple[str, ...]:
    """The features the router computes for this message (same language detection, tokens and figure
    blanking as ``route``)."""
    from intents import category_model
    from intents.router import message_words

    return category_model.features(message_words(text))


def design_matrix(texts: Sequence[str]) -> tuple[Any, dict[str, int]]:
    """Binary presence features of the texts as a sparse matrix, with the column of every feature (sorted,
    so the same texts always give the same matrix)."""
    found = [sorted(message_features(text)) for text in texts]
    vocabulary = sorted({feature for row in found for feature in row})
    index = {feature: i for i, feature in enumerate(vocabulary)}
    return presence_matrix(found, index), index


def presence_matrix(rows: Sequence[Sequence[str]], index: dict[str, int]) -> Any:
    """One sparse row of ones per row of features, at their columns in ``index`` (features it lacks are left
    out)."""
    import numpy as np
    from scipy.sparse import csr_matrix

    kept = [[index[feature] for feature in row if feature in index] for row in rows]
    columns = [column for row in kept for column in row]
    starts = np.cumsum([0, *(len(row) for row in kept)])
    return csr_matrix((np.ones(len(columns)), columns, starts), shape=(len(kept), len(index)))


def folds(sets: Sequence[str]) -> Iterator[tuple[str, tuple[str, ...]]]:
    """Leave-one-set-out: each set with the other sets a model for it is trained on."""
    for name in sets:
        yield name, tuple(other for other in sets if other != name)


def write_json(path: Path, data: dict[str, Any]) -> None:
    """The weight file as gzip-compressed JSON (a quarter of the size); mtime 0 and no file name in the
    header, so the same data give the same bytes."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n"
    with path.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as handle:
        handle.write(text.encode("utf-8"))


def cpu_percentiles(
    run: Callable[[Any], object], items: Sequence[Any], passes: int = 5
) -> tuple[float, float]:
    """p50 and p99 in milliseconds of the process time of ``run`` per item, best of ``passes`` per item (the
    machine is shared: the best pass is the one least disturbed)."""
    best = [float("inf")] * len(items)
    for _ in range(passes):
        for i, item in enumerate(items):
            start = time.process_time()
            run(item)
            best[i] = min(best[i], time.process_time() - start)
    ordered = sorted(best)
    return ordered[len(ordered) // 2] * 1000, ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))] * 1000
