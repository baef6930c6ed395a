"""The sociale kaart: local and national services the bot can point parents and young people to.

The data is an Open Referral HSDS 3.0 CSV data package (``knowledge/sociale_kaart/``, see
docs/sociale-kaart.md). Wegwijs reads from it:

- categories: attributes that link a service to terms of the taxonomy named ``wegwijs``, whose codes
  are the codes of ``knowledge.taxonomy``; the first term is the service's main category;
- example data: an attribute that links a service to the term ``example`` of the taxonomy
  ``wegwijs-status``; such a service's description must start with "Voorbeeld:";
- municipalities: the names of the service areas ("Nederland" for a national line, or a municipality
  or one of its districts);
- ages: ``minimum_age`` and ``maximum_age`` of the service, in years of the child or young person.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from knowledge.hsds import Dataset, Problem, Record, UsageError, read_package
from knowledge.hsds_validate import validate
from knowledge.taxonomy import BY_CODE

DATA_DIR = Path(__file__).parent / "sociale_kaart"
CATEGORY_TAXONOMY = "wegwijs"
STATUS_TAXONOMY = "wegwijs-status"
EXAMPLE_TERM = "example"
EXAMPLE_PREFIX = "Voorbeeld:"
NATIONAL_AREA = "Nederland"
DISTRICTS: dict[str, tuple[str, ...]] = {
    "Haarlem": ("Centrum", "Noord", "Oost", "Zuid-West", "Schalkwijk", "Spaarnwoude"),
    "Zandvoort": ("Zandvoort", "Bentveld"),
}
# Ages of the child or young person per band, inclusive, in whole years.
AGE_BANDS: dict[str, tuple[int, int]] = {"0-3": (0, 3), "4-11": (4, 11), "12-17": (12, 17), "18-23": (18, 23)}
PREGNANCY = "pregnancy"
# A number in a fictional range (no Dutch subscriber number starts with 0), used for example entries.
_FICTIONAL_NUMBER = re.compile(r"^0\d{2,3}-000\b")
_PLACES: dict[str, str] = {
    **{district.casefold(): town for town, districts in DISTRICTS.items() for district in districts},
    **{town.casefold(): town for town in DISTRICTS},
}
_DAYS = {"MO": "ma", "TU": "di", "WE": "wo", "TH": "do", "FR": "vr", "SA": "za", "SU": "zo"}


@dataclass(frozen=True, slots=True)
class Service:
    id: str
    name: str
    organization: str
    description: str
    categories: tuple[str, ...]
    phone: str | None
    url: str | None
    email: str | None
    municipalities: tuple[str, ...]  # empty = national
    min_age: float | None
    max_age: float | None
    national: bool
    example: bool
    hours: str | None

    def fits_age(self, age_band: str) -> bool:
        if age_band == PREGNANCY:
            # An age limit is about a born child; during pregnancy only services meant for it, or
            # services without any age limit, apply.
            return PREGNANCY in self.categories or (self.min_age is None and self.max_age is None)
        low, high = AGE_BANDS[age_band]
        return (self.min_age is None or self.min_age < high + 1) and (
            self.max_age is None or self.max_age >= low
        )


class SocialMapError(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def municipality_of(place: str) -> str:
    """The municipality a place name belongs to ("Schalkwijk" -> "Haarlem"); unknown places as given."""
    cleaned = place.strip().removeprefix("gemeente ").removeprefix("Gemeente ").strip()
    return _PLACES.get(cleaned.casefold(), cleaned)


class ServiceDirectory:
    def __init__(self, services: Iterable[Service]) -> None:
        self._services = tuple(services)
        self._by_id = {service.id: service for service in self._services}

    def __len__(self) -> int:
        return len(self._services)

    def __contains__(self, service_id: object) -> bool:
        return service_id in self._by_id

    def get(self, service_id: str) -> Service | None:
        return self._by_id.get(service_id)

    def all(self) -> list[Service]:
        return list(self._services)

    @cached_property
    def _by_category(self) -> dict[str, tuple[tuple[int, Service], ...]]:
        """Per category its services with their place in the directory: a search looks at the few services
        of its categories instead of all of them."""
        found: dict[str, list[tuple[int, Service]]] = {}
        for order, service in enumerate(self._services):
            for code in dict.fromkeys(service.categories):
                found.setdefault(code, []).append((order, service))
        return {code: tuple(services) for code, services in found.items()}

    def search(
        self,
        categories: list[str],
        *,
        municipality: str | None = None,
        age_band: str | None = None,
        limit: int = 3,
    ) -> list[Service]:
        """Services for the categories, best first.

        Earlier categories rank higher. Within a category local services come first, except for a safety
        category, where the national crisis lines come first. National services are always eligible;
        local ones only in the given municipality (or district). An age band ("0-3", "4-11", "12-17",
        "18-23", "pregnancy") keeps services whose ages fit; None or "unknown" does not filter.
        """
        if age_band not in (None, "unknown", PREGNANCY, *AGE_BANDS):
            raise ValueError(f"unknown age band {age_band!r}")
        town = municipality_of(municipality) if municipality else None
        ranked: dict[str, tuple[int, int, int, int]] = {}
        for position, code in enumerate(categories):
            safety = code in BY_CODE and BY_CODE[code].safety
            for order, service in self._by_category.get(code, ()):
                if service.id in ranked:
                    continue
                if town is not None and not service.national and town not in service.municipalities:
                    continue
                if age_band not in (None, "unknown") and not service.fits_age(age_band):
                    continue
                local_first = service.national != safety
                ranked[service.id] = (position, int(local_first), service.categories.index(code), order)
        best = sorted(ranked, key=ranked.__getitem__)
        return [self._by_id[service_id] for service_id in best[: max(limit, 0)]]


def load_directory(path: Path | None = None) -> ServiceDirectory:
    """The sociale kaart in ``path`` (default: the shipped one); raises SocialMapError on any problem."""
    try:
        data, problems = read_package(path or DATA_DIR)
    except UsageError as error:
        raise SocialMapError([Problem(str(path or DATA_DIR), str(error))]) from error
    problems = [p for p in [*problems, *validate(data), *check(data)] if not p.warning]
    if problems:
        raise SocialMapError(problems)
    return ServiceDirectory(services(data))


def check(data: Dataset) -> list[Problem]:
    """The Wegwijs rules on top of HSDS: known category codes, and example data that says so."""
    problems: list[Problem] = []
    taxonomies = _taxonomy_names(data)
    for record in data.get("taxonomy_term", []):
        values = record.values
        taxonomy = taxonomies.get(values.get("taxonomy_id", ""), values.get("taxonomy"))
        if taxonomy == CATEGORY_TAXONOMY and values.get("code") not in BY_CODE:
            problems.append(Problem(record.origin, f"code {values.get('code')!r} is not a Wegwijs category"))
    for service in services(data):
        origin = _origin(data, service.id)
        if service.example != service.description.startswith(EXAMPLE_PREFIX):
            problems.append(
                Problem(
                    origin,
                    f"example data is marked with both the {STATUS_TAXONOMY} term {EXAMPLE_TERM!r} "
                    f"and a description that starts with {EXAMPLE_PREFIX!r}, or with neither",
                )
            )
        if not service.example and service.phone and _FICTIONAL_NUMBER.match(service.phone):
            problems.append(
                Problem(
                    origin, f"fictional phone number {service.phone!r} on a service not marked as example"
                )
            )
        if service.min_age is not None and service.max_age is not None and service.min_age > service.max_age:
            problems.append(Problem(origin, "minimum_age is higher than maximum_age"))
    return problems


def _origin(data: Dataset, service_id: str) -> str:
    return next(r.origin for r in data["service"] if r.values.get("id") == service_id)


def _taxonomy_names(data: Dataset) -> dict[str, str]:
    return {r.values["id"]: r.values.get("name", "") for r in data.get("taxonomy", []) if "id" in r.values}


def services(data: Dataset) -> list[Service]:
    """The data set's services as the bot sees them, in file order."""
    organizations = _by_id(data.get("organization", []))
    taxonomies = _taxonomy_names(data)
    terms: dict[str, tuple[str | None, str]] = {}
    for record in data.get("taxonomy_term", []):
        values = record.values
        taxonomy = taxonomies.get(values.get("taxonomy_id", ""), values.get("taxonomy"))
        terms[values.get("id", "")] = (taxonomy, values.get("code", ""))
    linked: dict[str, list[tuple[str | None, str]]] = {}
    for record in data.get("attribute", []):
        if record.values.get("link_entity") == "service":
            term = terms.get(record.values.get("taxonomy_term_id", ""))
            if term is not None:
                linked.setdefault(record.values.get("link_id", ""), []).append(term)
    phones = _grouped(data.get("phone", []), "service_id")
    schedules = _grouped(data.get("schedule", []), "service_id")
    areas = _grouped(data.get("service_area", []), "service_id")
    found: list[Service] = []
    for record in data.get("service", []):
        values = record.values
        service_id = values.get("id", "")
        organization = organizations.get(values.get("organization_id", ""), {})
        towns = [municipality_of(a.get("name", "")) for a in areas.get(service_id, []) if a.get("name")]
        municipalities = tuple(dict.fromkeys(t for t in towns if t != NATIONAL_AREA))
        terms_of = linked.get(service_id, [])
        numbers = [p["number"] for p in phones.get(service_id, []) if p.get("number")]
        found.append(
            Service(
                id=service_id,
                name=values.get("name", ""),
                organization=organization.get("name", ""),
                description=values.get("description", ""),
                categories=tuple(dict.fromkeys(code for t, code in terms_of if t == CATEGORY_TAXONOMY)),
                phone=" / ".join(numbers) or None,
                url=values.get("url") or organization.get("website"),
                email=values.get("email"),
                municipalities=municipalities,
                min_age=_age(values.get("minimum_age")),
                max_age=_age(values.get("maximum_age")),
                national=not municipalities,
                example=(STATUS_TAXONOMY, EXAMPLE_TERM) in terms_of,
                hours="; ".join(_hours(s) for s in schedules.get(service_id, [])) or None,
            )
        )
    return found


def _by_id(records: list[Record]) -> dict[str, dict]:
    return {r.values["id"]: r.values for r in records if "id" in r.values}


def _grouped(records: list[Record], column: str) -> dict[str, list[dict]]:
    groups: dict[str, list[dict]] = {}
    for record in records:
        if column in record.values:
            groups.setdefault(record.values[column], []).append(record.values)
    return groups


def _age(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) else None


def _hours(schedule: dict) -> str:
    if schedule.get("description"):
        return schedule["description"]
    days = ",".join(_DAYS.get(day, day) for day in str(schedule.get("byday", "")).split(",") if day)
    times = "-".join(t[:5] for t in (schedule.get("opens_at"), schedule.get("closes_at")) if t)
    return " ".join(part for part in (days, times) if part)
