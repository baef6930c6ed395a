"""The knowledge-base loader: the shipped articles, the query API and every way a bad file is refused."""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from knowledge.articles import ArticleError, KnowledgeBase, count_sentences, load_articles
from knowledge.taxonomy import BY_CODE

# The first half of the taxonomy; the articles for the other codes are written separately.
FIRST_HALF = (
    "parenting",
    "baby",
    "sleep",
    "eating",
    "toilet",
    "development",
    "behaviour",
    "anxiety",
    "low_mood",
    "self_image",
    "emotions",
    "trauma_grief",
    "bullying",
)
# Where parents ask most, the bot needs more than one answer (issue 2, point 6).
MINIMUM_PER_CATEGORY = {
    "sleep": 3,
    "eating": 3,
    "behaviour": 3,
    "toilet": 2,
    "bullying": 2,
    "baby": 2,
    "school": 3,
    "divorce": 2,
    "puberty": 2,
    "media": 2,
    "safety": 2,
}

_DROP = object()


@pytest.fixture(scope="module")
def shipped() -> KnowledgeBase:
    return load_articles()


@pytest.fixture(scope="module")
def first_half(shipped: KnowledgeBase) -> list:
    return [a for a in shipped.all() if a.category in FIRST_HALF]


def _full_text(article, lang: str) -> str:
    text = article.text(lang)
    return f"{text.title}\n{text.summary}\n{text.body}"


# --- shipped content -------------------------------------------------------------------------------------


def test_shipped_articles_load(shipped: KnowledgeBase) -> None:
    assert len(shipped) >= 25
    assert shipped.get("sleep-doorslapen") is not None
    assert [a.id for a in shipped.all()] == sorted(a.id for a in shipped.all())


@pytest.mark.parametrize("code", [code for code in BY_CODE if code != "other"])
def test_every_category_has_its_own_articles_in_both_languages(shipped: KnowledgeBase, code: str) -> None:
    primary = [a for a in shipped.for_category(code) if a.category == code]
    assert len(primary) >= MINIMUM_PER_CATEGORY.get(code, 1)
    for article in primary:
        # text("en") falls back to Dutch, so look at the stored texts: both must exist and differ.
        assert set(article.texts) == {"nl", "en"}, article.id
        assert article.texts["en"].title != article.texts["nl"].title, article.id
        assert article.texts["en"].summary != article.texts["nl"].summary, article.id


def _safety_articles_for_families(shipped: KnowledgeBase) -> list:
    found = [a for a in shipped.all() if a.category == "safety" and {"parent", "youth"} & set(a.audience)]
    assert found
    return found


def test_the_safety_answer_gives_every_crisis_number_at_once(shipped: KnowledgeBase) -> None:
    for article in _safety_articles_for_families(shipped):
        for lang in ("nl", "en"):
            summary = article.text(lang).summary
            for number in ("112", "0800-2000", "0800-0432"):
                assert number in summary, f"{article.id} ({lang}) short answer lacks {number}"


def test_the_safety_answer_says_the_bot_never_decides_on_a_report(shipped: KnowledgeBase) -> None:
    for article in _safety_articles_for_families(shipped):
        assert "Wegwijs beslist niet" in article.text("nl").body, article.id
        assert "Wegwijs does not decide" in article.text("en").body, article.id
        assert "volgende stap" in _full_text(article, "nl"), article.id
        assert "next step" in _full_text(article, "en"), article.id


def test_professionals_get_the_meldcode_steps_and_the_veilig_thuis_advice_line(
    shipped: KnowledgeBase,
) -> None:
    meldcode = [a for a in shipped.all() if a.category == "safety" and "professional" in a.audience]
    assert meldcode
    for article in meldcode:
        nl, en = article.text("nl"), article.text("en")
        assert "meldcode van je organisatie" in nl.summary and "organisation's reporting code" in en.summary
        for lang in ("nl", "en"):
            body = article.text(lang).body
            assert "0800-2000" in body and "112" in body, f"{article.id} ({lang})"
            steps = [n for n in range(1, 6) if re.search(rf"^{n}\. ", body, re.MULTILINE)]
            assert steps == [1, 2, 3, 4, 5], f"{article.id} ({lang}) numbers steps {steps}"
        assert "Wegwijs neemt geen beslissing in de meldcode" in nl.body
        assert "Wegwijs does not take any decision under the reporting code" in en.body


# Phone numbers people must be able to call: a translation that drops or changes one is not faithful.
_PHONE = re.compile(r"(?<![\d-])(?:0800-\d{4}|0900-\d{4}|112|113)(?![\d-])")


def test_english_keeps_every_phone_number_and_section_of_the_dutch(shipped: KnowledgeBase) -> None:
    for article in shipped.all():
        nl, en = article.text("nl"), article.text("en")
        assert set(_PHONE.findall(nl.summary)) == set(_PHONE.findall(en.summary)), article.id
        assert set(_PHONE.findall(_full_text(article, "nl"))) == set(
            _PHONE.findall(_full_text(article, "en"))
        ), article.id
        assert nl.body.count("\n## ") == en.body.count("\n## "), article.id


def test_first_half_serves_youth_and_professionals(first_half: list) -> None:
    assert sum("youth" in a.audience for a in first_half) >= 2
    assert sum("professional" in a.audience for a in first_half) >= 1


def test_first_half_bodies_are_150_to_350_words(first_half: list) -> None:
    for article in first_half:
        for lang in ("nl", "en"):
            words = len(article.text(lang).body.split())
            assert 150 <= words <= 350, f"{article.id} ({lang}) has {words} words"


def test_low_mood_articles_name_113_and_de_kindertelefoon(shipped: KnowledgeBase) -> None:
    low_mood = [a for a in shipped.all() if a.category == "low_mood"]
    assert low_mood
    for article in low_mood:
        for lang in ("nl", "en"):
            text = _full_text(article, lang)
            for number in ("113", "0800-0113", "113.nl", "0800-0432"):
                assert number in text, f"{article.id} ({lang}) lacks {number}"


def test_articles_about_danger_at_home_give_veilig_thuis_and_112(first_half: list) -> None:
    mentioning = [a for a in first_half if "Veilig Thuis" in _full_text(a, "nl")]
    assert len(mentioning) >= 3
    for article in mentioning:
        for lang in ("nl", "en"):
            text = _full_text(article, lang)
            assert "0800-2000" in text, article.id
            assert "112" in text, article.id


def test_professional_article_defers_to_the_organisations_meldcode(first_half: list) -> None:
    for article in (a for a in first_half if "professional" in a.audience):
        assert "meldcode van je organisatie" in article.text("nl").body
        assert "organisation's meldcode" in article.text("en").body
        assert "0800-2000" in article.text("nl").body


@pytest.mark.parametrize("code", ["behaviour", "low_mood", "bullying", "trauma_grief", "school", "safety"])
def test_where_professionals_ask_most_they_have_their_own_article(shipped: KnowledgeBase, code: str) -> None:
    # Teachers, mentors and youth workers ask about a pupil who is low, bullied or grieving: a parent's
    # article ("Mijn kind ...") is no answer for them.
    assert any(a.category == code and "professional" in a.audience for a in shipped.all()), code


def test_the_low_mood_article_for_professionals_covers_asking_and_referring(shipped: KnowledgeBase) -> None:
    article = shipped.get("low_mood-somberheid-bij-een-leerling")
    assert article is not None and article.audience == ("professional",)
    nl, en = _full_text(article, "nl"), _full_text(article, "en")
    for words in ("zelfdoding", "huisarts", "huisartsenpost", "CJG", "De Kindertelefoon", "112"):
        assert words in nl, words
    for words in ("suicide", "GP", "huisartsenpost", "CJG", "De Kindertelefoon", "112"):
        assert words in en, words
    # The meldcode only where safety at home is at stake, not as the answer to low mood.
    assert "meldcode" not in article.text("nl").summary
    assert "veiligheid thuis in het geding" in nl


def test_text_falls_back_to_dutch(shipped: KnowledgeBase) -> None:
    article = shipped.get("toilet-bedplassen")
    assert article is not None
    assert article.text("en").title == "My child wets the bed"
    assert article.text("tr") == article.text("nl")
    assert article.text("nl").title == "Mijn kind plast in bed"


def test_shipped_for_category_puts_primary_articles_first(shipped: KnowledgeBase) -> None:
    found = shipped.for_category("emotions")
    categories = [a.category == "emotions" for a in found]
    assert categories[0] is True
    assert categories == sorted(categories, reverse=True)
    assert any(not is_primary for is_primary in categories)
    assert all("emotions" in a.related for a in found if a.category != "emotions")


def test_unknown_category_and_id_give_nothing(shipped: KnowledgeBase) -> None:
    assert shipped.for_category("no-such-code") == []
    assert shipped.get("no-such-article") is None


# --- fixtures for the loader -----------------------------------------------------------------------------


def _write(
    directory: Path,
    article_id: str,
    *,
    nl: dict[str, Any] | None = None,
    en: dict[str, Any] | None = None,
    nl_body: str = "Een tekst over dit onderwerp.",
    en_body: str = "A text about this subject.",
    english: bool = True,
    dutch: bool = True,
) -> None:
    category = article_id.split("-", 1)[0]
    meta: dict[str, Any] = {
        "id": article_id,
        "category": category,
        "related": [],
        "audience": ["parent"],
        "age_bands": ["0-3"],
        "last_reviewed": datetime.date(2026, 11, 15),
        "sources": [{"publisher": "Thuisarts.nl", "title": "Een pagina", "url": "https://www.thuisarts.nl"}],
        "title": f"Titel {article_id}",
        "summary": "Eerste zin. Tweede zin.",
    }
    translation: dict[str, Any] = {"id": article_id, "title": f"Title {article_id}", "summary": "One. Two."}
    for target, changes in ((meta, nl), (translation, en)):
        for key, value in (changes or {}).items():
            if value is _DROP:
                target.pop(key, None)
            else:
                target[key] = value
    if dutch:
        (directory / f"{article_id}.nl.md").write_text(_document(meta, nl_body), encoding="utf-8")
    if english:
        (directory / f"{article_id}.en.md").write_text(_document(translation, en_body), encoding="utf-8")


def _document(meta: dict[str, Any], body: str) -> str:
    return f"---\n{yaml.safe_dump(meta, sort_keys=False, allow_unicode=True)}---\n{body}\n"


def _problems(directory: Path) -> str:
    with pytest.raises(ArticleError) as caught:
        load_articles(directory)
    return str(caught.value)


def test_valid_fixture_loads_every_field(tmp_path: Path) -> None:
    _write(tmp_path, "sleep-doorslapen", nl={"related": ["baby"], "age_bands": ["0-3", "4-11"]})
    kb = load_articles(tmp_path)
    article = kb.get("sleep-doorslapen")
    assert article is not None
    assert len(kb) == 1
    assert article.category == "sleep"
    assert article.related == ("baby",)
    assert article.age_bands == ("0-3", "4-11")
    assert article.last_reviewed == datetime.date(2026, 11, 15)
    assert article.sources[0].publisher == "Thuisarts.nl"
    assert article.sources[0].url == "https://www.thuisarts.nl"
    assert article.text("nl").body == "Een tekst over dit onderwerp."
    assert article.text("en").summary == "One. Two."


def test_quoted_date_and_source_without_url_are_accepted(tmp_path: Path) -> None:
    sources = [{"publisher": "Voedingscentrum", "title": "Snoep"}]
    _write(tmp_path, "eating-snoep", nl={"last_reviewed": "2026-01-02", "sources": sources})
    article = load_articles(tmp_path).get("eating-snoep")
    assert article is not None
    assert article.last_reviewed == datetime.date(2026, 1, 2)
    assert article.sources[0].url is None


def test_for_category_orders_primary_then_related_each_by_id(tmp_path: Path) -> None:
    _write(tmp_path, "sleep-zeta")
    _write(tmp_path, "sleep-alpha")
    _write(tmp_path, "baby-huilen", nl={"related": ["sleep"]})
    _write(tmp_path, "anxiety-bang", nl={"related": ["sleep", "emotions"]})
    _write(tmp_path, "eating-groente")
    kb = load_articles(tmp_path)
    assert [a.id for a in kb.for_category("sleep")] == [
        "sleep-alpha",
        "sleep-zeta",
        "anxiety-bang",
        "baby-huilen",
    ]
    assert [a.id for a in kb.for_category("emotions")] == ["anxiety-bang"]
    assert [a.id for a in kb.all()] == [
        "anxiety-bang",
        "baby-huilen",
        "eating-groente",
        "sleep-alpha",
        "sleep-zeta",
    ]


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"category": "slapen"}, "unknown category 'slapen'"),
        ({"category": "other"}, "category 'other' is not allowed"),
        ({"related": ["baby", "nonsense"]}, "unknown related value(s): nonsense"),
        ({"related": ["other"]}, "related may not list 'other'"),
        ({"related": ["sleep"]}, "related repeats the primary category"),
        ({"related": "baby"}, "'related' must be a list"),
        ({"related": _DROP}, "missing field 'related'"),
        ({"title": _DROP}, "missing field 'title'"),
        ({"summary": "   "}, "'summary' is empty"),
        ({"title": 42}, "'title' must be text"),
        ({"audience": []}, "'audience' is empty"),
        ({"audience": ["grandparent"]}, "unknown audience value(s): grandparent"),
        ({"audience": ["parent", "parent"]}, "'audience' lists a value twice"),
        ({"age_bands": ["0-4"]}, "unknown age_bands value(s): 0-4"),
        ({"age_bands": [3]}, "'age_bands' must be a list"),
        ({"last_reviewed": "2026-13-40"}, "'last_reviewed' is not a valid date"),
        ({"last_reviewed": "vorige week"}, "'last_reviewed' is not a valid date"),
        ({"last_reviewed": _DROP}, "missing field 'last_reviewed'"),
        ({"sources": []}, "'sources' must be a non-empty list"),
        ({"sources": [{"title": "Slapen"}]}, "missing field 'sources[1].publisher'"),
        ({"sources": [{"publisher": "X", "title": "Y", "url": "www.x.nl"}]}, "must be an http(s) address"),
        ({"id": "sleep-anders"}, "id 'sleep-anders' does not match the file name"),
        ({"summary": "Maar één zin."}, "summary must be 2-4 sentences, found 1"),
        ({"summary": "Een. Twee. Drie. Vier. Vijf."}, "summary must be 2-4 sentences, found 5"),
        ({"audiences": ["parent"]}, "unknown field(s): audiences"),
    ],
)
def test_bad_dutch_metadata_is_refused_naming_the_file(
    tmp_path: Path, changes: dict[str, Any], reason: str
) -> None:
    _write(tmp_path, "sleep-doorslapen", nl=changes)
    message = _problems(tmp_path)
    line = next((line for line in message.splitlines() if reason in line), None)
    assert line is not None, message
    assert line.startswith(str(tmp_path / "sleep-doorslapen.nl.md") + ": ")


def test_id_must_start_with_its_category(tmp_path: Path) -> None:
    _write(tmp_path, "sleep-doorslapen", nl={"category": "baby"})
    assert "id 'sleep-doorslapen' must be 'baby-<kebab-slug>'" in _problems(tmp_path)


def test_id_slug_must_be_kebab_case(tmp_path: Path) -> None:
    _write(tmp_path, "sleep-Door_slapen")
    assert "must be 'sleep-<kebab-slug>'" in _problems(tmp_path)


def test_duplicate_ids_are_refused(tmp_path: Path) -> None:
    _write(tmp_path, "sleep-doorslapen")
    _write(tmp_path, "sleep-kopie", nl={"id": "sleep-doorslapen"})
    message = _problems(tmp_path)
    assert "duplicate id 'sleep-doorslapen'" in message
    duplicate = next(line for line in message.splitlines() if "duplicate id" in line)
    assert "sleep-kopie.nl.md" in duplicate
    assert "sleep-doorslapen.nl.md" in duplicate


def test_missing_english_file_is_refused(tmp_path: Path) -> None:
    _write(tmp_path, "sleep-doorslapen", english=False)
    assert f"{tmp_path / 'sleep-doorslapen.nl.md'}: missing English file" in _problems(tmp_path)


def test_english_file_without_dutch_is_refused(tmp_path: Path) -> None:
    _write(tmp_path, "sleep-doorslapen", dutch=False)
    assert f"{tmp_path / 'sleep-doorslapen.en.md'}: English file without its Dutch file" in _problems(
        tmp_path
    )


def test_english_file_may_not_repeat_metadata(tmp_path: Path) -> None:
    _write(tmp_path, "sleep-doorslapen", en={"category": "sleep", "audience": ["parent"]})
    message = _problems(tmp_path)
    assert (
        f"{tmp_path / 'sleep-doorslapen.en.md'}: English file repeats metadata (audience, category)"
        in message
    )


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"id": "sleep-other"}, "does not match the file name"),
        ({"title": _DROP}, "missing field 'title'"),
        ({"summary": "Only one sentence."}, "summary must be 2-4 sentences, found 1"),
    ],
)
def test_bad_english_file_is_refused_naming_it(tmp_path: Path, changes: dict[str, Any], reason: str) -> None:
    _write(tmp_path, "sleep-doorslapen", en=changes)
    message = _problems(tmp_path)
    assert f"{tmp_path / 'sleep-doorslapen.en.md'}: " in message
    assert reason in message


def test_empty_body_is_refused(tmp_path: Path) -> None:
    _write(tmp_path, "sleep-doorslapen", en_body="")
    assert f"{tmp_path / 'sleep-doorslapen.en.md'}: the body" in _problems(tmp_path)


def test_invalid_yaml_and_missing_front_matter_are_refused(tmp_path: Path) -> None:
    (tmp_path / "sleep-kapot.nl.md").write_text("---\nid: [unclosed\n---\nTekst.\n", encoding="utf-8")
    (tmp_path / "sleep-kapot.en.md").write_text("Just text, no front matter.\n", encoding="utf-8")
    message = _problems(tmp_path)
    assert f"{tmp_path / 'sleep-kapot.nl.md'}: front matter is not valid YAML" in message
    assert f"{tmp_path / 'sleep-kapot.en.md'}: no front matter" in message


def test_badly_named_file_is_refused(tmp_path: Path) -> None:
    _write(tmp_path, "sleep-doorslapen")
    (tmp_path / "notes.md").write_text("loose notes\n", encoding="utf-8")
    assert f"{tmp_path / 'notes.md'}: file name must be" in _problems(tmp_path)


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    _write(tmp_path, "sleep-doorslapen", nl={"category": "other", "audience": ["nobody"]})
    _write(tmp_path, "baby-huilen", en={"related": ["sleep"]})
    _write(tmp_path, "eating-groente", english=False)
    _write(tmp_path, "toilet-zindelijk")
    with pytest.raises(ArticleError) as caught:
        load_articles(tmp_path)
    problems = caught.value.problems
    assert len(problems) == 4
    assert str(caught.value).splitlines() == list(problems)
    assert all(re.match(rf"^{re.escape(str(tmp_path))}/[^:]+\.md: ", line) for line in problems)
    assert not any("toilet-zindelijk" in line for line in problems)


def test_missing_directory_is_refused(tmp_path: Path) -> None:
    assert "not a directory" in _problems(tmp_path / "absent")


def test_loader_error_is_a_value_error() -> None:
    assert issubclass(ArticleError, ValueError)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bel 113 of 0800-0113. Chat via 113.nl.", 2),
        ("Is dit normaal? Ja! Meestal wel.", 3),
        ('Zeg: "Stop." Dan helpt het.', 2),
        ("Een zin zonder punt", 1),
    ],
)
def test_count_sentences(text: str, expected: int) -> None:
    assert count_sentences(text) == expected


def test_taxonomy_codes_used_by_shipped_content_exist(shipped: KnowledgeBase) -> None:
    for article in shipped.all():
        assert article.category in BY_CODE
        assert all(code in BY_CODE for code in article.related)
