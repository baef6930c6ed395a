"""The start-up cache (intents/cache.py): what it gives back equals what is computed without it, and a cache
that is missing, damaged, stale, unwritable or turned off only costs time, never a different route."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from intents import cache, category_model, char_model, firstchar, lazyregex, safety_model, text

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = 40


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty cache of this test's own; every memo reads it afresh, and forgets it afterwards."""
    folder = tmp_path / "cache"
    monkeypatch.setenv(cache.ENV, str(folder))
    monkeypatch.setattr(cache, "_warned", False)
    cache.forget_memos()
    yield folder
    cache.forget_memos()


def _run(folder: str | Path, lines: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, cache.ENV: str(folder), "PYTHONHASHSEED": "0"}
    return subprocess.run(
        [sys.executable, "-m", "intents", "--jsonl"],
        input=lines,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
        check=False,
    )


@pytest.fixture(scope="module")
def warm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache filled by one ``python -m intents`` (every analysis, compiled pattern, stem and model)."""
    folder = tmp_path_factory.mktemp("warm")
    done = _run(folder, json.dumps({"text": "mijn dochter van 4 plast nog in bed"}) + "\n")
    assert done.returncode == 0, done.stderr[-2000:]
    return folder


def _stored(folder: Path, name: str) -> dict:
    [path] = folder.glob(f"{name}-*.json")
    header, _, body = path.read_bytes().partition(b"\n")
    assert json.loads(header)["key"].startswith(path.stem.rsplit("-", 1)[1])
    return json.loads(body)


def test_every_cached_analysis_equals_a_fresh_one(warm: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stored = _stored(warm, "firstchar")
    assert len(stored["word_gate"]) > 5000, "the safety rules' gates are cached"
    monkeypatch.setenv(cache.ENV, str(warm))
    cache.forget_memos()
    try:
        cached = {
            (name, source): getattr(firstchar, name)(source)
            for name, table in stored.items()
            for source in table
        }
        # Everything was read from the file, nothing computed.
        assert not firstchar._MEMO.added
        for (name, source), value in cached.items():
            assert value == getattr(firstchar, name).__wrapped__(source), (name, source[:80])
    finally:
        cache.forget_memos()


def test_cached_patterns_compile_and_cached_stems_are_the_stemmers(warm: Path) -> None:
    compiled = _stored(warm, "regex")["compiles"]
    assert len(compiled) > 5000
    for source in compiled:
        assert lazyregex.re.compile(source).pattern == source
    for word, found in _stored(warm, "stems")["stems"].items():
        assert tuple(found) == text._stems(word), word


def test_models_from_the_cache_equal_the_json(cache_dir: Path) -> None:
    modules = (category_model, char_model, safety_model)
    for module in modules:
        module.load.cache_clear()
    try:
        written = [module.load() for module in modules]
        assert sorted(p.name.split("-")[0] for p in cache_dir.glob("*.npz")) == [
            "category_chars",
            "category_model",
            "safety_model",
        ]
        for module in modules:
            module.load.cache_clear()
        read = [module.load() for module in modules]
    finally:
        for module in modules:
            module.load.cache_clear()
    for fresh, cached in zip(written[:2], read[:2], strict=True):
        assert fresh is not None and cached is not None and fresh is not cached
        assert cached.codes == fresh.codes and list(cached.rows) == list(fresh.rows)
        assert cached.matrix.dtype == fresh.matrix.dtype and cached.matrix.tobytes() == fresh.matrix.tobytes()
        assert cached.intercept.tobytes() == fresh.intercept.tobytes()
    assert read[1].idf.tobytes() == written[1].idf.tobytes()
    assert read[2].intercept == written[2].intercept and read[2].weights == written[2].weights
    assert list(read[2].weights) == list(written[2].weights)
    fresh_hidden, cached_hidden = written[2].hidden, read[2].hidden
    assert fresh_hidden is not None and cached_hidden is not None
    assert list(cached_hidden.rows) == list(fresh_hidden.rows)
    for part in ("matrix", "bias", "out"):
        assert getattr(cached_hidden, part).tobytes() == getattr(fresh_hidden, part).tobytes(), part
    assert cached_hidden.out_bias == fresh_hidden.out_bias


def test_a_damaged_or_stale_file_is_not_used(cache_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    key = cache.key("test", b"input")
    cache.write_json("test", key, {"a": [1, 2]})
    assert cache.read_json("test", key) == {"a": [1, 2]}
    # Another key (the code or the data changed) names another file.
    assert cache.read_json("test", cache.key("test", b"other input")) is None
    [path] = cache_dir.glob("test-*.json")
    header, _, body = path.read_bytes().partition(b"\n")
    caplog.set_level(logging.WARNING, logger="intents.cache")
    for damaged in (
        header + b"\n" + body.replace(b"1", b"3"),  # well-formed JSON, wrong checksum
        header + b"\n" + body[:-3],  # cut short
        b"\x00\xff" * 10,
        json.dumps({"key": "another", "sha256": "x"}).encode() + b"\n" + body,  # stale header
    ):
        path.write_bytes(damaged)
        assert cache.read_json("test", key) is None
    # One warning, without a stack trace.
    assert len(caplog.records) == 1 and caplog.records[0].exc_info is None
    arrays_key = cache.key("arrays")
    cache.write_arrays("arrays", arrays_key, {"x": np.arange(5.0)})
    assert cache.read_arrays("arrays", arrays_key)["x"].tolist() == [0.0, 1.0, 2.0, 3.0, 4.0]
    [npz] = cache_dir.glob("arrays-*.npz")
    npz.write_bytes(npz.read_bytes()[:-40])
    assert cache.read_arrays("arrays", arrays_key) is None


def test_analyses_fall_back_to_computing(cache_dir: Path) -> None:
    sources = [r"(ik|hij) (slaat|schopt) (me|mij)", r"(?:^|(?<=[.!?] ))mijn (zoon|dochter)", r"\w+medewerker"]
    fresh = [(firstchar.word_gate(s), firstchar.lead(s), firstchar.phrase_needs(s)) for s in sources]
    firstchar._MEMO.save()
    [path] = cache_dir.glob("firstchar-*.json")
    path.write_bytes(path.read_bytes()[:-10])
    cache.forget_memos()
    again = [(firstchar.word_gate(s), firstchar.lead(s), firstchar.phrase_needs(s)) for s in sources]
    assert again == fresh and firstchar._MEMO.added


def test_an_unwritable_cache_and_the_off_switch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a directory")
    monkeypatch.setenv(cache.ENV, str(blocker / "cache"))
    monkeypatch.setattr(cache, "_warned", False)
    caplog.set_level(logging.WARNING, logger="intents.cache")
    cache.write_json("test", "k", [1])
    cache.write_arrays("test", "k", {"x": np.zeros(2)})
    assert cache.read_json("test", "k") is None
    assert len(caplog.records) == 1 and caplog.records[0].exc_info is None
    monkeypatch.setenv(cache.ENV, "off")
    assert cache.directory() is None
    cache.write_json("test", "k", [1])
    assert cache.read_json("test", "k") is None
    monkeypatch.delenv(cache.ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.directory() == tmp_path / "xdg" / "wegwijs"


def test_a_deferred_pattern_is_the_compiled_one(cache_dir: Path) -> None:
    source = r"(?<!\w)(?:slaat|schopt)(?!\w)"
    assert isinstance(lazyregex.lazy_compile(source), lazyregex.re.Pattern)  # not known yet: compiled now
    deferred = lazyregex.lazy_compile(source)
    assert isinstance(deferred, lazyregex._Deferred) and deferred.pattern == source
    compiled = lazyregex.re.compile(source)
    message = "hij slaat en schopt"
    assert [m.span() for m in deferred.finditer(message)] == [m.span() for m in compiled.finditer(message)]
    assert deferred.search(message).group(0) == "slaat" and deferred.sub("x", message) == "hij x en x"
    # A pattern that does not compile still fails at once.
    with pytest.raises(lazyregex.re.error):
        lazyregex.lazy_compile("(unclosed")


def test_routes_are_the_same_with_any_state_of_the_cache(warm: Path, tmp_path: Path) -> None:
    lines = []
    for path in sorted((ROOT / "bench" / "data").glob("*_tune.jsonl"))[:SAMPLES]:
        with path.open(encoding="utf-8") as handle:
            item = json.loads(handle.readline())
        lines.append(json.dumps({"text": item["text"], "lang": item.get("lang")}, ensure_ascii=False))
    stdin = "\n".join(lines) + "\n"
    expected = _run("off", stdin)
    assert expected.returncode == 0 and len(expected.stdout.splitlines()) == len(lines)
    damaged = tmp_path / "damaged"
    damaged.mkdir()
    for path in warm.iterdir():
        data = path.read_bytes()
        (damaged / path.name).write_bytes(data[: len(data) // 2] + b"\x00garbage")
    blocker = tmp_path / "a file"
    blocker.write_text("")
    for folder in (warm, damaged, blocker / "cache"):
        done = _run(folder, stdin)
        assert done.returncode == 0, (folder.name, done.stderr[-2000:])
        assert done.stdout == expected.stdout, folder.name
        assert "Traceback" not in done.stderr and done.stderr.count("start-up cache") <= 1, folder.name
