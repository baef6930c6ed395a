"""Language packs (intents/data/packs/LANG.yaml): one language's topic words and safety rules in one file,
added to lexicon.yaml and safety.yaml. A pack that is malformed stops the router from loading."""

from __future__ import annotations

from pathlib import Path

import pytest

from intents import lexicon, resources, safety


def _pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str) -> None:
    (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.setattr(resources, "PACKS_DIR", tmp_path)


def test_the_shipped_packs_are_one_per_language_named_by_their_code() -> None:
    assert [lang for lang, _ in resources.language_packs()] == ["ar", "pl", "tr", "uk"]


def test_a_pack_adds_topic_words_and_safety_signals(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _pack(
        tmp_path,
        monkeypatch,
        "tr.yaml",
        "lang: tr\n"
        "lexicon:\n  sleep:\n    3: [zzyzxuyku]\n"
        "safety_signals:\n"
        "  - id: pack_test\n    level: urgent\n    category: safety\n    label: test\n"
        "    patterns: ['zzyzxtehlike']\n"
        "safety_figures_of_speech: ['zzyzxtehlike gibi']\n",
    )
    words = lexicon.lexicon.__wrapped__()
    assert any(entry.get("sleep") == 3.0 for key, entry in words.terms.items() if "zzyzxuyku" in key)
    # The cached rules stay the shipped ones: the patched rules are built uncached and handed to triage.
    monkeypatch.setattr(safety, "_rules", safety._rules.__wrapped__)
    assert safety.triage("bu bir zzyzxtehlike").urgency == "urgent"
    assert safety.triage("bu zzyzxtehlike gibi bir sey").urgency == "none"


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("tr.yaml", "lang: pl\n", "must be the file's name"),
        ("tr.yaml", "lang: tr\nsignals: []\n", "unknown keys ['signals']"),
        ("tr.yaml", "lang: tr\nlexicon:\n  slapen: {3: [uyku]}\n", "tr.yaml: unknown category 'slapen'"),
        ("tr.yaml", "lang: tr\nlexicon:\n  sleep: {3: [uyku]}\n  sleep: {2: [gece]}\n", "given twice"),
    ],
)
def test_a_malformed_pack_fails_loudly_with_its_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str, message: str
) -> None:
    _pack(tmp_path, monkeypatch, name, text)
    with pytest.raises(ValueError, match=message.replace("[", r"\[").replace("]", r"\]")):
        lexicon.lexicon.__wrapped__()


def test_a_pack_signal_may_not_reuse_an_id(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _pack(
        tmp_path,
        monkeypatch,
        "pl.yaml",
        "lang: pl\nsafety_signals:\n"
        "  - id: danger_now\n    level: urgent\n    category: safety\n    label: x\n"
        "    patterns: ['zzyzx']\n",
    )
    with pytest.raises(ValueError, match="two signals share an id"):
        safety._rules.__wrapped__()
