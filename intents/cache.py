"""A cache on disk of work the router does at start-up and that only its inputs decide.

Loading the router analyses some 10,000 regular expressions (``firstchar``'s gates, anchors and prefix
sets) and turns a 4 MB gzipped JSON model into a dense matrix: seconds of every start of the service, of
the test process and of every ``python -m intents``. The results are plain data (strings, sets, numbers, a
numpy array), so they are kept here between processes.

Where: ``$WEGWIJS_CACHE_DIR``, else ``$XDG_CACHE_HOME/wegwijs``, else ``~/.cache/wegwijs``.
``WEGWIJS_CACHE_DIR=off`` turns the cache off (everything is computed, nothing is written).

Every file is named by a key: a hash of everything that decides its contents (the code that computes it,
the input files' bytes, the Python and numpy versions), so an edit makes a new file rather than a wrong
answer. A file that is missing, stale, corrupt or cannot be written is never an error: the caller computes
the data as without a cache (with one warning per process at most). Files are written to a temporary name
in the same directory and renamed, so a process never reads another's half-written file. The formats are
JSON (with a checksum) and numpy's .npz read with ``allow_pickle=False``: nothing in the directory can
run code.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import json
import logging
import os
import sys
import tempfile
from collections.abc import Callable, Iterable, Mapping
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

log = logging.getLogger(__name__)

ENV = "WEGWIJS_CACHE_DIR"
OFF = "off"
# Part of every key: a change of this module's file layout must not read an old file.
FORMAT = 1
# Older files of one name (other versions of the code or data, other worktrees) kept next to the newest.
KEEP_OLD = 3

_warned = False


def directory() -> Path | None:
    """The cache directory, or None when the cache is off. Read from the environment on every call, so a
    test can point it elsewhere."""
    configured = os.environ.get(ENV, "").strip()
    if configured.lower() == OFF:
        return None
    if configured:
        return Path(configured).expanduser()
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    return (Path(base) if base else Path.home() / ".cache") / "wegwijs"


def key(*parts: str | bytes | Path) -> str:
    """A hash of the parts (a Path by its file's bytes), the interpreter's version (``re``'s parser and
    ``json``'s floats are the interpreter's) and numpy's version."""
    digest = hashlib.sha256()
    for part in (f"format {FORMAT}", sys.version, np.__version__, *parts):
        data = part.read_bytes() if isinstance(part, Path) else part
        data = data.encode("utf-8") if isinstance(data, str) else data
        # The length first, so that ("ab", "c") and ("a", "bc") differ.
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()


def sources(*modules: Any) -> list[Path]:
    """The source files of modules, for ``key``: editing the code that computes a cached value makes a
    new key."""
    return [Path(module.__file__) for module in modules]


def _path(name: str, key_: str, suffix: str) -> Path | None:
    folder = directory()
    return None if folder is None else folder / f"{name}-{key_[:32]}{suffix}"


def warn_once(what: str, error: BaseException) -> None:
    """One warning per process, without a stack trace: a cache that does not work only costs time."""
    global _warned
    if not _warned:
        _warned = True
        log.warning("start-up cache: %s (%s: %s); computing instead", what, type(error).__name__, error)


def read_json(name: str, key_: str) -> Any | None:
    """The data stored under ``name`` and ``key_``, or None when there is none or it is unreadable. The
    file's first line holds the key and a checksum of the rest, so a damaged file is never used."""
    path = _path(name, key_, ".json")
    if path is None:
        return None
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        warn_once(f"cannot read {path}", error)
        return None
    try:
        head, _, body = raw.partition(b"\n")
        header = json.loads(head)
        if header.get("key") != key_ or header.get("sha256") != hashlib.sha256(body).hexdigest():
            raise ValueError("wrong key or checksum")
        return json.loads(body)
    except ValueError as error:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        warn_once(f"ignoring damaged {path.name}", error)
        return None


def write_json(name: str, key_: str, data: Any) -> None:
    """Store ``data`` (plain JSON) under ``name`` and ``key_``; a failure is only a warning."""
    path = _path(name, key_, ".json")
    if path is None:
        return
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    header = json.dumps({"key": key_, "sha256": hashlib.sha256(body).hexdigest()}).encode("utf-8")
    _write(path, [header, b"\n", body])


def read_arrays(name: str, key_: str) -> dict[str, np.ndarray] | None:
    """The arrays stored under ``name`` and ``key_`` (an .npz, whose members carry a CRC that numpy's
    reader checks), or None."""
    path = _path(name, key_, ".npz")
    if path is None:
        return None
    try:
        with np.load(path, allow_pickle=False) as stored:
            arrays = {member: stored[member] for member in stored.files}
        if str(arrays.pop("key", "")) != key_:
            raise ValueError("wrong key")
        return arrays
    except FileNotFoundError:
        return None
    except Exception as error:  # a damaged zip raises zipfile.BadZipFile, EOFError, ValueError, OSError, ...
        warn_once(f"ignoring damaged {path.name}", error)
        return None


def write_arrays(name: str, key_: str, arrays: Mapping[str, np.ndarray]) -> None:
    path = _path(name, key_, ".npz")
    if path is None:
        return
    _write(path, arrays={**arrays, "key": np.array(key_)})


def model_file(
    name: str,
    path: Path,
    module: Any,
    from_json: Callable[[Any], _T],
    encode: Callable[[_T], dict[str, np.ndarray] | None],
    decode: Callable[[dict[str, np.ndarray]], _T],
) -> _T | None:
    """A model stored as gzip-compressed JSON (``from_json`` makes it from the parsed file), or its arrays
    from the cache (``encode`` makes them, None when it cannot; ``decode`` makes the model again), keyed by
    the file's bytes, the code of ``module`` and this module's (which encodes the arrays). None when there is
    no such file."""
    if not path.exists():
        return None
    raw = path.read_bytes()
    key_ = key(name, raw, *sources(module, sys.modules[__name__]))
    stored = read_arrays(name, key_)
    if stored is not None:
        try:
            return decode(stored)
        except (KeyError, ValueError, IndexError) as error:
            warn_once(f"ignoring a cached {name}", error)
    value = from_json(json.loads(gzip.decompress(raw).decode("utf-8")))
    if directory() is not None and (arrays := encode(value)) is not None:
        write_arrays(name, key_, arrays)
    return value


def matrix_arrays(
    codes: Iterable[str], names: Iterable[str], intercept: np.ndarray, matrix: np.ndarray
) -> dict[str, np.ndarray] | None:
    """A model's codes, row names, intercept and (mostly zero) matrix as arrays: only the stored weights of
    the matrix (a sixth of it for the category model: 15 MB rather than 60 on disk, and as quickly read). A
    -0.0 is kept too, so that the matrix made from them is the same to the bit."""
    code_array, name_array = strings_array(codes), strings_array(names)
    if code_array is None or name_array is None:
        return None
    rows, columns = np.nonzero((matrix != 0) | np.signbit(matrix))
    return {
        "codes": code_array,
        "features": name_array,
        "intercept": intercept,
        "rows": rows.astype(np.int32),
        "columns": columns.astype(np.int16),
        "weights": matrix[rows, columns],
    }


def matrix_from_arrays(
    arrays: dict[str, np.ndarray],
) -> tuple[tuple[str, ...], list[str], np.ndarray, np.ndarray]:
    """The codes, row names, intercept and matrix of ``matrix_arrays``: the same float64 weights in the same
    places. Arrays that do not fit together raise ValueError, out-of-range indices IndexError."""
    codes = tuple(array_strings(arrays["codes"]))
    names = array_strings(arrays["features"])
    intercept, weights = arrays["intercept"], arrays["weights"]
    if intercept.shape != (len(codes),) or intercept.dtype != np.float64 or weights.dtype != np.float64:
        raise ValueError("the arrays do not fit together")
    matrix = np.zeros((len(names), len(codes)))
    matrix[arrays["rows"], arrays["columns"]] = weights
    return codes, names, intercept, matrix


def strings_array(strings: Iterable[str]) -> np.ndarray | None:
    """Strings as one array of UTF-8 bytes, NUL between them (numpy's fixed-width text arrays would pad every
    string to the longest), or None when a string holds a NUL."""
    items = list(strings)
    if any("\0" in item for item in items):
        return None
    return np.frombuffer("\0".join(items).encode("utf-8"), dtype=np.uint8)


def array_strings(array: np.ndarray) -> list[str]:
    """The strings of ``strings_array`` (an empty array is one empty string: callers store two or more)."""
    return array.tobytes().decode("utf-8").split("\0")


def _write(path: Path, chunks: Iterable[bytes] = (), arrays: Mapping[str, np.ndarray] | None = None) -> None:
    """Write to a temporary file in the same directory, then rename it over ``path``: a reader sees the old
    file or the new one, never a part. Afterwards only the newest ``KEEP_OLD`` other files of the same name
    stay."""
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
        with os.fdopen(handle, "wb") as out:
            if arrays is not None:
                np.savez(out, **arrays)
            for chunk in chunks:
                out.write(chunk)
        os.replace(temporary, path)
        temporary = None
        _prune(path)
    except OSError as error:
        warn_once(f"cannot write {path}", error)
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def _prune(path: Path) -> None:
    name = path.name.rsplit("-", 1)[0]
    others: list[tuple[float, Path]] = []
    for other in path.parent.glob(f"{name}-*{path.suffix}"):
        try:
            if other != path:
                others.append((other.stat().st_mtime, other))
        except OSError:  # another process pruned it first
            continue
    others.sort(reverse=True)
    for _, old in others[KEEP_OLD:]:
        old.unlink(missing_ok=True)


_T = TypeVar("_T")
_MISSING = object()
# Beyond this many stored results, and three times as many as this process used, only the used ones are
# written back: a file would otherwise keep the results of every pattern ever edited away.
MAX_KEPT = 30_000


class Memo:
    """Results of pure functions of a string (the analyses of a regular expression), by function and
    argument, kept in one cache file. The file's key (``key``, called when the file is first needed) must
    cover the code of the functions. ``save`` writes the file when something was computed rather than
    read."""

    def __init__(self, name: str, key_: Callable[[], str], limit: int | None = None) -> None:
        self.name = name
        self._key = key_
        # For a function also called after start-up (stems of every new word of a long-running service):
        # beyond this many arguments nothing more is recorded, so memory stays bounded.
        self.limit = limit
        self.forget()
        _MEMOS.append(self)

    def forget(self) -> None:
        """Drop what was read or computed: the next look-up reads the file again (for tests)."""
        self.tables: dict[str, dict[str, Any]] | None = None
        self.used: set[tuple[str, str]] = set()
        self.added = False

    def table(self, function: str) -> dict[str, Any]:
        if self.tables is None:
            stored = read_json(self.name, self._key()) if directory() is not None else None
            valid = isinstance(stored, dict) and all(isinstance(t, dict) for t in stored.values())
            self.tables = stored if valid else {}
        return self.tables.setdefault(function, {})

    def get(self, function: str, argument: str) -> Any:
        """The stored result (in its JSON form), or ``MISSING``."""
        if self.limit is None or len(self.used) < self.limit:
            self.used.add((function, argument))
        return self.table(function).get(argument, _MISSING)

    def put(self, function: str, argument: str, value: Any) -> None:
        if self.limit is not None and len(self.used) >= self.limit:
            return
        self.table(function)[argument] = value
        self.added = True

    def persisted(
        self, encode: Callable[[Any], Any], decode: Callable[[Any], Any]
    ) -> Callable[[Callable[[str], _T]], Callable[[str], _T]]:
        """A function of a string whose result is looked up here first (``decode`` turns its JSON form back
        into the value) and stored when computed (``encode``). A call that raises stores nothing."""

        def wrap(function: Callable[[str], _T]) -> Callable[[str], _T]:
            name = function.__name__

            @wraps(function)
            def persisted(argument: str) -> _T:
                if directory() is None:
                    return function(argument)  # nothing to read or write: not even the JSON form is made
                stored = self.get(name, argument)
                if stored is not _MISSING:
                    try:
                        return decode(stored)
                    except (TypeError, ValueError, IndexError, KeyError):
                        pass  # not the form this code writes (the key should have told): computed below
                value = function(argument)
                self.put(name, argument, encode(value))
                return value

            return persisted

        return wrap

    def save(self) -> None:
        tables = self.tables
        if not self.added or tables is None:
            return
        self.added = False
        if sum(map(len, tables.values())) > max(MAX_KEPT, 3 * len(self.used)):
            tables = {f: {a: v for a, v in t.items() if (f, a) in self.used} for f, t in tables.items()}
        write_json(self.name, self._key(), tables)


MISSING = _MISSING
_MEMOS: list[Memo] = []


def save_memos() -> None:
    """Write every memo with new results: called once the profile reader, the safety rules, the lexicon or
    the article index are loaded."""
    for memo in _MEMOS:
        memo.save()


def forget_memos() -> None:
    """Every memo reads its file again on its next look-up (for tests)."""
    for memo in _MEMOS:
        memo.forget()
