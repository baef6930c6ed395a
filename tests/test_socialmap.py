"""The shipped sociale kaart and the search the router and the bot use."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from knowledge import hsds
from knowledge.hsds_validate import validate
from knowledge.socialmap import DATA_DIR, Service, ServiceDirectory, SocialMapError, check, load_directory
from knowledge.taxonomy import CODES

FICTIONAL = re.compile(r"^023-000 00 00$")


@pytest.fixture(scope="module")
def directory() -> ServiceDirectory:
    return load_directory()


def by_name(directory: ServiceDirectory, name: str) -> Service:
    return next(s for s in directory.all() if s.name == name)


def test_shipped_data_validates_against_the_schemas_without_any_warning() -> None:
    data, problems = hsds.read_package(DATA_DIR)
    assert [str(p) for p in [*problems, *validate(data), *check(data)]] == []


def test_shipped_data_has_25_to_40_services_with_known_categories(directory: ServiceDirectory) -> None:
    services = directory.all()
    assert 25 <= len(services) <= 40
    assert all(s.categories and set(s.categories) <= set(CODES) for s in services)
    assert len({s.id for s in services}) == len(services)


@pytest.mark.parametrize(
    ("name", "phone"),
    [
        ("Veilig Thuis", "0800-2000"),
        ("113 Zelfmoordpreventie", "113 / 0800-0113"),
        ("De Kindertelefoon", "0800-0432"),
        ("De Luisterlijn", "088-0767000"),
        ("Alles Oké? Supportlijn", "0800-0450"),
        ("Alarmnummer 112", "112"),
    ],
)
def test_national_lines_are_verified_with_their_public_numbers(
    directory: ServiceDirectory, name: str, phone: str
) -> None:
    service = by_name(directory, name)
    assert service.phone == phone
    assert service.national and not service.example and service.municipalities == ()


def test_round_the_clock_lines_say_so(directory: ServiceDirectory) -> None:
    for name in ("Veilig Thuis", "113 Zelfmoordpreventie", "De Luisterlijn", "Alarmnummer 112"):
        assert by_name(directory, name).hours == "24 uur per dag, 7 dagen per week"
    assert "113.nl" in by_name(directory, "113 Zelfmoordpreventie").description


def test_local_entries_are_marked_as_example_and_use_only_the_fictional_number(
    directory: ServiceDirectory,
) -> None:
    local = [s for s in directory.all() if not s.national]
    assert local and all(s.example for s in local)
    assert all(s.description.startswith("Voorbeeld:") for s in local)
    assert all(s.phone is None or FICTIONAL.match(s.phone) for s in local)
    assert all(s.hours is None or s.hours.startswith("Voorbeeld:") for s in local)


def test_local_services_cover_both_municipalities(directory: ServiceDirectory) -> None:
    towns = {town for s in directory.all() for town in s.municipalities}
    assert towns == {"Haarlem", "Zandvoort"}
    names = " ".join(s.name for s in directory.all())
    for kind in (
        "CJG",
        "Consultatiebureau",
        "Sociaal Wijkteam",
        "MEE",
        "Schuldhulpverlening",
        "KIES",
        "Kanjertraining",
        "Opvoedcursus",
        "Leerplicht",
        "Huisartsenpost",
    ):
        assert kind in names


def test_search_ranks_by_category_position(directory: ServiceDirectory) -> None:
    found = directory.search(["money", "school"], municipality="Haarlem", limit=10)
    kinds = [("money" in s.categories) for s in found]
    assert kinds[0] and kinds == sorted(kinds, reverse=True)
    assert found[0].name == "Schuldhulpverlening Haarlem"
    assert any(s.name == "Leerplicht Haarlem" for s in found)


def test_search_puts_local_before_national_for_ordinary_categories(directory: ServiceDirectory) -> None:
    found = directory.search(["parent_wellbeing"], municipality="Zandvoort", limit=10)
    national = [s.national for s in found]
    assert national == sorted(national) and national[0] is False and True in national


def test_search_puts_national_lines_first_for_safety_categories(directory: ServiceDirectory) -> None:
    safety = directory.search(["safety"], municipality="Haarlem")
    assert safety[0].name == "Veilig Thuis" and all(s.national for s in safety)
    low_mood = directory.search(["low_mood"], municipality="Haarlem", limit=2)
    assert low_mood[0].name == "113 Zelfmoordpreventie"


def test_search_filters_by_municipality_and_keeps_national_services(directory: ServiceDirectory) -> None:
    zandvoort = directory.search(["money"], municipality="Zandvoort", limit=10)
    assert [s.name for s in zandvoort] == ["Schuldhulpverlening Zandvoort", "Sociaal team Zandvoort"]
    elsewhere = directory.search(["low_mood", "parenting"], municipality="Amsterdam", limit=10)
    assert elsewhere and all(s.national for s in elsewhere)


def test_search_accepts_a_district_for_its_municipality(directory: ServiceDirectory) -> None:
    for place in ("Schalkwijk", "gemeente Haarlem", "haarlem"):
        assert directory.search(["money"], municipality=place)[0].name == "Schuldhulpverlening Haarlem"
    assert directory.search(["money"], municipality="Bentveld")[0].name == "Schuldhulpverlening Zandvoort"


def test_search_filters_by_age_band(directory: ServiceDirectory) -> None:
    toddler = {
        s.name for s in directory.search(["eating", "baby"], municipality="Haarlem", age_band="0-3", limit=10)
    }
    assert (
        "Consultatiebureau Haarlem" in toddler
        and "Jeugdarts en jeugdverpleegkundige op school" not in toddler
    )
    teen = {s.name for s in directory.search(["eating"], municipality="Haarlem", age_band="12-17", limit=10)}
    assert "Consultatiebureau Haarlem" not in teen and "Jeugdarts en jeugdverpleegkundige op school" in teen
    young = {s.name for s in directory.search(["bullying"], age_band="0-3", limit=10)}
    assert "De Kindertelefoon" not in young and "Kanjertraining" not in young
    assert "De Kindertelefoon" in {s.name for s in directory.search(["bullying"], age_band="12-17", limit=10)}


def test_pregnancy_band_keeps_pregnancy_services_and_drops_child_age_limits(
    directory: ServiceDirectory,
) -> None:
    found = directory.search(["pregnancy", "baby"], municipality="Haarlem", age_band="pregnancy", limit=10)
    names = {s.name for s in found}
    assert "Voorlichting voor aanstaande ouders" in names
    assert "Consultatiebureau Haarlem" not in names


def test_search_without_filters_limits_and_ignores_unknown_codes(directory: ServiceDirectory) -> None:
    assert len(directory.search(["parenting"])) == 3
    assert directory.search(["no-such-code"]) == []
    assert directory.search(["parenting"], age_band="unknown", limit=0) == []
    with pytest.raises(ValueError, match="unknown age band"):
        directory.search(["parenting"], age_band="5-8")


def test_get_returns_the_service_or_none(directory: ServiceDirectory) -> None:
    first = directory.all()[0]
    assert directory.get(first.id) is first
    assert directory.get("missing") is None


def test_load_directory_refuses_a_broken_package(tmp_path: Path) -> None:
    data, _ = hsds.read_package(DATA_DIR)
    service = data["service"][0]
    data["service"][0] = hsds.Record(
        {**service.values, "description": "Voorbeeld: " + service.values["description"]}, service.origin
    )
    hsds.write_package(data, tmp_path / "kaart")
    with pytest.raises(SocialMapError) as error:
        load_directory(tmp_path / "kaart")
    assert "services.csv:2" in str(error.value) and "Voorbeeld:" in str(error.value)


def test_unknown_wegwijs_code_is_refused(tmp_path: Path) -> None:
    data, _ = hsds.read_package(DATA_DIR)
    term = data["taxonomy_term"][0]
    data["taxonomy_term"][0] = hsds.Record({**term.values, "code": "gezin"}, term.origin)
    assert [str(p) for p in check(data)] == ["taxonomy_terms.csv:2: code 'gezin' is not a Wegwijs category"]
