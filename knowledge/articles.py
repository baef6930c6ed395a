"""Load and check the knowledge-base articles: ``<id>.nl.md`` (metadata + Dutch) and ``<id>.en.md``.

The articles are reviewed content the bot quotes to parents, so the loader refuses the whole set on any
mistake and names every problem at once: a half-loaded knowledge base would quietly answer fewer
questions, and fixing one error per restart wastes an editor's afternoon.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

import frontmatter
import yaml
from frontmatter.default_handlers import YAMLHandler

from knowledge.taxonomy import BY_CODE

AUDIENCES: tuple[str, ...] = ("parent", "youth", "professional")
AGE_BANDS: tuple[str, ...] = ("pregnancy", "0-3", "4-11", "12-17", "18-23")
ARTICLES_DIR = Path(__file__).parent / "articles"

_DUTCH_FIELDS = (
    "id",
    "category",
    "related",
    "audience",
    "age_bands",
    "last_reviewed",
    "sources",
    "title",
    "summary",
)
_ENGLISH_FIELDS = ("id", "title", "summary")
_SOURCE_FIELDS = ("publisher", "title", "url")
_FILE_NAME = re.compile(r"^(?P<id>[^.]+)\.(?P<lang>nl|en)\.md$")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# A sentence ends in . ! or ? (optionally closed by a quote or bracket) followed by white space, so
# "113.nl" and "0800-0113" stay inside their sentence.
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"'”’)]?\s+")
_MIN_SENTENCES, _MAX_SENTENCES = 2, 4


# libyaml's loader where PyYAML's wheel ships it: the front matter of every article is read at start-up.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _DatesAsText(_SafeLoader):
    """SafeLoader that leaves dates as text, so an impossible date becomes a clear per-field problem
    instead of a YAML crash, and quoted and unquoted dates are checked the same way."""


_DatesAsText.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class _Handler(YAMLHandler):
    def load(self, fm: str, **kwargs: object) -> Any:
        return yaml.load(fm, Loader=_DatesAsText)


_HANDLER = _Handler()


@dataclass(frozen=True, slots=True)
class Source:
    publisher: str
    title: str
    url: str | None


@dataclass(frozen=True, slots=True)
class ArticleText:
    title: str
    summary: str
    body: str


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    category: str
    related: tuple[str, ...]
    audience: tuple[str, ...]
    age_bands: tuple[str, ...]
    last_reviewed: datetime.date
    sources: tuple[Source, ...]
    texts: Mapping[str, ArticleText] = field(hash=False)

    def text(self, lang: str) -> ArticleText:
        return self.texts.get(lang) or self.texts["nl"]


class ArticleError(ValueError):
    """Every problem in the article folder, one ``path: reason`` per line."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(self.problems))


class KnowledgeBase:
    def __init__(self, articles: Iterable[Article]) -> None:
        self._by_id: dict[str, Article] = {}
        for article in articles:
            if article.id in self._by_id:
                raise ValueError(f"duplicate article id {article.id!r}")
            self._by_id[article.id] = article
        self._sorted = sorted(self._by_id.values(), key=lambda a: a.id)
        self._primary: dict[str, list[Article]] = {}
        self._related: dict[str, list[Article]] = {}
        for article in self._sorted:
            self._primary.setdefault(article.category, []).append(article)
            for code in article.related:
                self._related.setdefault(code, []).append(article)

    def get(self, article_id: str) -> Article | None:
        return self._by_id.get(article_id)

    def all(self) -> list[Article]:
        return list(self._sorted)

    def for_category(self, code: str) -> list[Article]:
        return self._primary.get(code, []) + self._related.get(code, [])

    def __len__(self) -> int:
        return len(self._by_id)


def load_articles(directory: Path | None = None) -> KnowledgeBase:
    directory = Path(directory) if directory is not None else ARTICLES_DIR
    if not directory.is_dir():
        raise ArticleError([f"{directory}: not a directory"])
    problems: list[str] = []
    files: dict[str, dict[str, Path]] = {}
    for path in sorted(directory.glob("*.md")):
        match = _FILE_NAME.match(path.name)
        if match is None:
            problems.append(f"{path}: file name must be <id>.nl.md or <id>.en.md")
            continue
        files.setdefault(match["id"], {})[match["lang"]] = path

    articles: list[Article] = []
    declared: dict[str, Path] = {}
    for stem, pair in sorted(files.items()):
        dutch, english = pair.get("nl"), pair.get("en")
        if dutch is None:
            problems.append(f"{english}: English file without its Dutch file {stem}.nl.md")
            continue
        before = len(problems)
        if english is None:
            problems.append(f"{dutch}: missing English file {stem}.en.md")
        parsed = _parse_dutch(dutch, stem, problems)
        if parsed is not None:
            article_id = parsed["id"]
            if article_id in declared:
                problems.append(f"{dutch}: duplicate id {article_id!r} (also in {declared[article_id]})")
            else:
                declared[article_id] = dutch
        translation = _parse_english(english, stem, problems) if english is not None else None
        if parsed is not None and translation is not None and len(problems) == before:
            texts = MappingProxyType({"nl": parsed.pop("text"), "en": translation})
            articles.append(Article(texts=texts, **parsed))
    if problems:
        raise ArticleError(problems)
    return KnowledgeBase(articles)


def _parse_dutch(path: Path, stem: str, problems: list[str]) -> dict[str, Any] | None:
    """The Dutch file's fields as Article keyword arguments (plus ``text``), or None if unreadable.

    Field problems are recorded but still yield a dict, so the caller can detect duplicate ids."""
    parsed = _read(path, problems)
    if parsed is None:
        return None
    meta, body = parsed
    report = _Reporter(path, problems)
    unknown = sorted(set(meta) - set(_DUTCH_FIELDS))
    if unknown:
        report(f"unknown field(s): {', '.join(unknown)}")

    article_id = report.text(meta, "id")
    category = report.text(meta, "category")
    if category is not None:
        if category == "other":
            report("category 'other' is not allowed: an article must answer a specific question type")
            category = None
        elif category not in BY_CODE:
            report(f"unknown category {category!r}")
            category = None
    if article_id is not None:
        if article_id != stem:
            report(f"id {article_id!r} does not match the file name (expected {stem!r})")
        if category is not None and not (
            article_id.startswith(f"{category}-") and _SLUG.match(article_id[len(category) + 1 :])
        ):
            report(f"id {article_id!r} must be '{category}-<kebab-slug>'")

    related = report.choices(meta, "related", allowed=BY_CODE, allow_empty=True)
    if "other" in related:
        report("related may not list 'other'")
    if category is not None and category in related:
        report(f"related repeats the primary category {category!r}")
    audience = report.choices(meta, "audience", allowed=AUDIENCES, allow_empty=False)
    age_bands = report.choices(meta, "age_bands", allowed=AGE_BANDS, allow_empty=False)
    last_reviewed = report.date(meta, "last_reviewed")
    sources = report.sources(meta)
    text = report.article_text(meta, body)
    if article_id is None:
        return None
    return {
        "id": article_id,
        "category": category,
        "related": related,
        "audience": audience,
        "age_bands": age_bands,
        "last_reviewed": last_reviewed,
        "sources": sources,
        "text": text,
    }


def _parse_english(path: Path, stem: str, problems: list[str]) -> ArticleText | None:
    parsed = _read(path, problems)
    if parsed is None:
        return None
    meta, body = parsed
    report = _Reporter(path, problems)
    extra = sorted(set(meta) - set(_ENGLISH_FIELDS))
    if extra:
        report(
            f"English file repeats metadata ({', '.join(extra)}): only id, title and summary belong here; "
            "the rest lives in the Dutch file"
        )
    article_id = report.text(meta, "id")
    if article_id is not None and article_id != stem:
        report(f"id {article_id!r} does not match the file name (expected {stem!r})")
    return report.article_text(meta, body)


def _read(path: Path, problems: list[str]) -> tuple[dict[str, Any], str] | None:
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(f"{path}: cannot read: {exc}")
        return None
    if not raw.lstrip().startswith("---"):
        problems.append(f"{path}: no front matter (the file must start with a --- block)")
        return None
    try:
        post = frontmatter.loads(raw, handler=_HANDLER)
    except yaml.YAMLError as exc:
        reason = " ".join(str(exc).split())
        problems.append(f"{path}: front matter is not valid YAML: {reason}")
        return None
    return dict(post.metadata), post.content


class _Reporter:
    """Field checks for one file; each records a ``path: reason`` line and returns a safe value."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        self.path = path
        self.problems = problems

    def __call__(self, reason: str) -> None:
        self.problems.append(f"{self.path}: {reason}")

    def text(self, meta: Mapping[str, Any], key: str, where: str = "") -> str | None:
        label = f"{where}{key}"
        if key not in meta or meta[key] is None:
            self(f"missing field '{label}'")
            return None
        value = meta[key]
        if not isinstance(value, str):
            self(f"'{label}' must be text, not {type(value).__name__}")
            return None
        if not value.strip():
            self(f"'{label}' is empty")
            return None
        return value.strip()

    def choices(
        self, meta: Mapping[str, Any], key: str, allowed: Iterable[str], allow_empty: bool
    ) -> tuple[str, ...]:
        if key not in meta:
            self(f"missing field '{key}'")
            return ()
        values = meta[key]
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            self(f"'{key}' must be a list of text values")
            return ()
        if not values and not allow_empty:
            self(f"'{key}' is empty")
        allowed = set(allowed)
        unknown = [v for v in values if v not in allowed]
        if unknown:
            self(f"unknown {key} value(s): {', '.join(unknown)}")
        if len(set(values)) != len(values):
            self(f"'{key}' lists a value twice")
        return tuple(values)

    def date(self, meta: Mapping[str, Any], key: str) -> datetime.date | None:
        value = self.text(meta, key)
        if value is None:
            return None
        try:
            if not _ISO_DATE.match(value):
                raise ValueError
            return datetime.date.fromisoformat(value)
        except ValueError:
            self(f"'{key}' is not a valid date (YYYY-MM-DD): {value!r}")
            return None

    def sources(self, meta: Mapping[str, Any]) -> tuple[Source, ...]:
        if "sources" not in meta:
            self("missing field 'sources'")
            return ()
        entries = meta["sources"]
        if not isinstance(entries, list) or not entries:
            self("'sources' must be a non-empty list")
            return ()
        sources: list[Source] = []
        for number, entry in enumerate(entries, start=1):
            where = f"sources[{number}]."
            if not isinstance(entry, dict):
                self(f"sources[{number}] must have publisher, title and url")
                continue
            unknown = sorted(set(entry) - set(_SOURCE_FIELDS))
            if unknown:
                self(f"sources[{number}] has unknown field(s): {', '.join(unknown)}")
            publisher = self.text(entry, "publisher", where)
            title = self.text(entry, "title", where)
            url = entry.get("url")
            if url is not None and not (isinstance(url, str) and re.match(r"^https?://\S+$", url)):
                self(f"'{where}url' must be an http(s) address")
                url = None
            if publisher is not None and title is not None:
                sources.append(Source(publisher=publisher, title=title, url=url))
        return tuple(sources)

    def article_text(self, meta: Mapping[str, Any], body: str) -> ArticleText | None:
        title = self.text(meta, "title")
        summary = self.text(meta, "summary")
        if summary is not None:
            count = count_sentences(summary)
            if not _MIN_SENTENCES <= count <= _MAX_SENTENCES:
                self(f"summary must be {_MIN_SENTENCES}-{_MAX_SENTENCES} sentences, found {count}")
        if not body.strip():
            self("the body (text after the front matter) is empty")
        if title is None or summary is None or not body.strip():
            return None
        return ArticleText(title=title, summary=" ".join(summary.split()), body=body.strip())


def count_sentences(text: str) -> int:
    return len([part for part in _SENTENCE_BREAK.split(text.strip()) if part.strip()])
