"""When the I&A team is in the chat: weekly hours, Dutch public holidays and extra closed days.

``OFFICE_HOURS`` is a small spec in Europe/Amsterdam wall-clock time::

    mon-fri 09:00-17:00                          (the default)
    mon-fri 09:00-17:00; sat 10:00-12:00
    mon,wed 09:00-12:00,13:00-17:00; fri 09:00-12:00
    always                                       (a team that works around the clock)

Days are ``mon tue wed thu fri sat sun`` (or the Dutch ``ma di wo do vr za zo``), alone, as a range
(``mon-fri``) or as a list (``mon,wed``). Times are ``HH:MM``; ``24:00`` ends a day. A night shift is
two parts (``mon 22:00-24:00; tue 00:00-02:00``). Dutch public holidays (the ``holidays`` library)
and ``CLOSED_DAYS`` are closed, except that ``always`` ignores public holidays: a 24/7 team works
then too. Explicit closed days always count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from itertools import pairwise
from zoneinfo import ZoneInfo

import holidays

from bot.texts import text

TIMEZONE = ZoneInfo("Europe/Amsterdam")
DEFAULT_SPEC = "mon-fri 09:00-17:00"
DAY_CODES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DUTCH_DAY_CODES = ("ma", "di", "wo", "do", "vr", "za", "zo")
_DAY_NAMES = {
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
# The other languages the bot writes in (bot/texts.py) get their hours as on a timetable, "pazartesi–cuma
# 9:00–17:00": day names as they stand alone, a dash for a range, no words that need grammatical cases.
_TIMETABLE_DAY_NAMES = {
    "tr": ("Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"),
    "ar": ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
    "pl": ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"),
    "uk": ("понеділок", "вівторок", "середа", "четвер", "п'ятниця", "субота", "неділя"),
}
_MONTH_NAMES = {
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}
_TIME = re.compile(r"(\d{1,2}):(\d{2})")
# How far ahead next_opening looks: a year of closed days is a configuration mistake, not a schedule.
_HORIZON_DAYS = 400

Window = tuple[int, int]  # minutes since local midnight: [start, end)


class OfficeHoursError(ValueError):
    """A bad OFFICE_HOURS or CLOSED_DAYS value; bot.config turns it into a ConfigError."""


@lru_cache(maxsize=8)
def _public_holidays(year: int) -> holidays.HolidayBase:
    return holidays.country_holidays("NL", years=year, language="nl")


def public_holiday(day: date) -> str | None:
    """The Dutch name of the public holiday on ``day`` (e.g. "Koningsdag"), or None."""
    return _public_holidays(day.year).get(day)


def _day_index(code: str, spec: str) -> int:
    code = code.strip().lower()
    if code in DAY_CODES:
        return DAY_CODES.index(code)
    if code in _DUTCH_DAY_CODES:
        return _DUTCH_DAY_CODES.index(code)
    raise OfficeHoursError(
        f"OFFICE_HOURS {spec!r}: unknown day {code!r}; use mon, tue, wed, thu, fri, sat, sun"
    )


def _days(text: str, spec: str) -> list[int]:
    days: list[int] = []
    for item in text.split(","):
        if "-" in item:
            first, last = (_day_index(p, spec) for p in item.split("-", 1))
            if last < first:
                raise OfficeHoursError(f"OFFICE_HOURS {spec!r}: day range {item!r} runs backwards")
            days.extend(range(first, last + 1))
        else:
            days.append(_day_index(item, spec))
    return days


def _minutes(text: str, spec: str) -> int:
    match = _TIME.fullmatch(text.strip())
    if not match:
        raise OfficeHoursError(f"OFFICE_HOURS {spec!r}: {text!r} is not a time; write HH:MM, e.g. 09:00")
    hours, minutes = int(match[1]), int(match[2])
    if minutes > 59 or hours > 24 or (hours == 24 and minutes):
        raise OfficeHoursError(f"OFFICE_HOURS {spec!r}: {text!r} is not a time of day")
    return hours * 60 + minutes


def _windows(text: str, spec: str) -> list[Window]:
    windows = []
    for item in text.split(","):
        if item.count("-") != 1:
            raise OfficeHoursError(f"OFFICE_HOURS {spec!r}: {item!r} must be a range like 09:00-17:00")
        start, end = (_minutes(p, spec) for p in item.split("-"))
        if end <= start:
            raise OfficeHoursError(
                f"OFFICE_HOURS {spec!r}: {item!r} ends before it starts; split a night over two days "
                "(e.g. 'mon 22:00-24:00; tue 00:00-02:00')"
            )
        windows.append((start, end))
    return windows


def parse_closed_days(raw: str) -> list[date]:
    """``CLOSED_DAYS``: comma-separated ISO dates, or ``FROM..TO`` ranges (both days included)."""
    days: list[date] = []
    for item in (part.strip() for part in raw.split(",")):
        if not item:
            continue
        try:
            if ".." in item:
                first, last = (date.fromisoformat(p.strip()) for p in item.split("..", 1))
                if last < first:
                    raise OfficeHoursError(f"CLOSED_DAYS: range {item!r} runs backwards")
                days.extend(first + timedelta(days=n) for n in range((last - first).days + 1))
            else:
                days.append(date.fromisoformat(item))
        except ValueError as exc:
            if isinstance(exc, OfficeHoursError):
                raise
            raise OfficeHoursError(f"CLOSED_DAYS: {item!r} is not a date; write YYYY-MM-DD") from exc
    return days


@dataclass(frozen=True, slots=True)
class OfficeHours:
    # Per weekday (Monday first), the opening windows in local minutes, sorted.
    week: tuple[tuple[Window, ...], ...]
    closed_days: frozenset[date] = field(default_factory=frozenset)
    always: bool = False

    @classmethod
    def parse(cls, spec: str, closed_days: list[date] | tuple[date, ...] = ()) -> OfficeHours:
        text = (spec or "").strip()
        if not text:
            raise OfficeHoursError("OFFICE_HOURS is empty; e.g. 'mon-fri 09:00-17:00' or 'always'")
        if text.lower() in ("always", "altijd", "24/7"):
            full = ((0, 24 * 60),)
            return cls((full,) * 7, frozenset(closed_days), always=True)
        week: list[list[Window]] = [[] for _ in DAY_CODES]
        for part in (p.strip() for p in text.split(";")):
            if not part:
                continue
            # "mon - fri 09:00 - 17:00" is meant the same as "mon-fri 09:00-17:00".
            pieces = re.sub(r"\s*([-,])\s*", r"\1", part).split()
            if len(pieces) != 2:
                raise OfficeHoursError(
                    f"OFFICE_HOURS {spec!r}: {part!r} must be days and times, e.g. 'mon-fri 09:00-17:00'"
                )
            windows = _windows(pieces[1], spec)
            for day in _days(pieces[0], spec):
                week[day].extend(windows)
        for day, windows in enumerate(week):
            windows.sort()
            for (_, end), (start, _) in pairwise(windows):
                if start < end:
                    raise OfficeHoursError(f"OFFICE_HOURS {spec!r}: the times on {DAY_CODES[day]} overlap")
        if not any(week):
            raise OfficeHoursError(f"OFFICE_HOURS {spec!r}: no opening hours at all")
        return cls(tuple(tuple(w) for w in week), frozenset(closed_days))

    # -- when ------------------------------------------------------------------------------------

    def closed_on(self, day: date) -> bool:
        """The whole (local) day is closed: an extra closed day, or a public holiday."""
        return day in self.closed_days or (not self.always and public_holiday(day) is not None)

    def is_open(self, now: datetime) -> bool:
        local = _local(now)
        if self.closed_on(local.date()):
            return False
        minute = local.hour * 60 + local.minute
        return any(start <= minute < end for start, end in self.week[local.weekday()])

    def next_opening(self, now: datetime) -> datetime | None:
        """The next moment (local time, aware) the team opens after ``now``; None while open or when it
        never opens again within a year."""
        if self.is_open(now):
            return None
        local = _local(now)
        for offset in range(_HORIZON_DAYS):
            day = local.date() + timedelta(days=offset)
            if self.closed_on(day):
                continue
            for start, _end in self.week[day.weekday()]:
                # Wall-clock time: across a DST change the opening moves with the clock. A window
                # that started earlier today is over (we are closed), so only later starts count.
                opening = _at(day, start)
                if opening > local:
                    return opening
        return None

    # -- words for the parent ----------------------------------------------------------------------

    def phrase(self, lang: str) -> str:
        """The hours as a phrase: "maandag tot en met vrijdag van 9.00 tot 17.00 uur"."""
        if lang in _TIMETABLE_DAY_NAMES:
            return text("hours_always", lang) if self.always else self._timetable(lang)
        lang = lang if lang in _DAY_NAMES else "nl"
        if self.always:
            return "dag en nacht, elke dag" if lang == "nl" else "day and night, every day"
        groups = _group_days(self.week)
        parts = [f"{_days_phrase(days, lang)} {_windows_phrase(windows, lang)}" for days, windows in groups]
        return _join(parts, lang)

    def describe(self, lang: str) -> str:
        """A sentence for the parent: "We zijn open op maandag tot en met vrijdag van 9.00 tot 17.00 uur."
        (public holidays closed)."""
        if lang in _TIMETABLE_DAY_NAMES:
            return (
                text("open_always", lang)
                if self.always
                else text("opening_hours", lang, hours=self._timetable(lang))
            )
        lang = lang if lang in _DAY_NAMES else "nl"
        if self.always:
            return "We zijn dag en nacht open, elke dag." if lang == "nl" else "We are open day and night."
        groups = _group_days(self.week)
        parts = [f"{_days_phrase(days, lang)} {_windows_phrase(windows, lang)}" for days, windows in groups]
        if lang == "nl":
            days = _join(["op " + p for p in parts], lang)
            return f"We zijn open {days}. Op feestdagen zijn we dicht."
        return "We are open " + _join(parts, lang) + ". We are closed on public holidays."

    def _timetable(self, lang: str) -> str:
        """ "poniedziałek–piątek 9:00–17:00; sobota 10:00–12:00" in one of the other languages."""
        names = _TIMETABLE_DAY_NAMES[lang]
        comma, semicolon = ("، ", "؛ ") if lang == "ar" else (", ", "; ")
        parts = []
        for days, windows in _group_days(self.week):
            runs = _consecutive_runs(days)
            day_text = comma.join(
                names[run[0]] + "–" + names[run[-1]] if len(run) >= 3 else comma.join(names[d] for d in run)
                for run in runs
            )
            times = comma.join(f"{_timetable_clock(s)}–{_timetable_clock(e)}" for s, e in windows)
            parts.append(f"{day_text} {times}")
        return semicolon.join(parts)


def describe_opening(opening: datetime, now: datetime, lang: str) -> str:
    """When the team opens next, relative to now: "vandaag om 13.00 uur", "morgen om 9.00 uur",
    "op maandag 30 maart om 9.00 uur"."""
    local, today = _local(opening), _local(now).date()
    if lang in _TIMETABLE_DAY_NAMES:
        clock = _timetable_clock(local.hour * 60 + local.minute)
        days = (local.date() - today).days
        if days in (0, 1):
            return text("opening_today" if days == 0 else "opening_tomorrow", lang, clock=clock)
        day = _TIMETABLE_DAY_NAMES[lang][local.weekday()]
        return text("opening_day", lang, day=day, date=f"{local.day:02d}.{local.month:02d}.", clock=clock)
    lang = lang if lang in _DAY_NAMES else "nl"
    clock = _clock(local.hour * 60 + local.minute, lang)
    days = (local.date() - today).days
    if lang == "nl":
        if days == 0:
            return f"vandaag om {clock} uur"
        if days == 1:
            return f"morgen om {clock} uur"
        day = f"{_DAY_NAMES['nl'][local.weekday()]} {local.day} {_MONTH_NAMES['nl'][local.month - 1]}"
        return f"op {day} om {clock} uur"
    if days == 0:
        return f"today at {clock}"
    if days == 1:
        return f"tomorrow at {clock}"
    day = f"{_DAY_NAMES['en'][local.weekday()]} {local.day} {_MONTH_NAMES['en'][local.month - 1]}"
    return f"on {day} at {clock}"


def _local(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        # A naive time is taken as UTC, as everywhere in the service.
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(TIMEZONE)


def _at(day: date, minute: int) -> datetime:
    if minute >= 24 * 60:
        return datetime.combine(day + timedelta(days=1), time(0), TIMEZONE)
    return datetime.combine(day, time(minute // 60, minute % 60), TIMEZONE)


def _group_days(week: tuple[tuple[Window, ...], ...]) -> list[tuple[list[int], tuple[Window, ...]]]:
    """Days with the same hours together, in week order of their first day."""
    groups: dict[tuple[Window, ...], list[int]] = {}
    for day, windows in enumerate(week):
        if windows:
            groups.setdefault(windows, []).append(day)
    return sorted(((days, windows) for windows, days in groups.items()), key=lambda g: g[0][0])


def _consecutive_runs(days: list[int]) -> list[list[int]]:
    """Sorted weekday numbers in runs of consecutive days: [0, 1, 2, 4] -> [[0, 1, 2], [4]]."""
    runs: list[list[int]] = []
    for day in days:
        if runs and runs[-1][-1] == day - 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    return runs


def _days_phrase(days: list[int], lang: str) -> str:
    names = _DAY_NAMES[lang]
    runs = _consecutive_runs(days)
    through = " tot en met " if lang == "nl" else " to "
    parts: list[str] = []
    for run in runs:
        if len(run) >= 3:
            parts.append(names[run[0]] + through + names[run[-1]])
        else:
            parts.extend(names[d] for d in run)
    return _join(parts, lang)


def _windows_phrase(windows: tuple[Window, ...], lang: str) -> str:
    if lang == "nl":
        spans = [f"van {_clock(s, lang)} tot {_clock(e, lang)} uur" for s, e in windows]
    else:
        spans = [f"from {_clock(s, lang)} to {_clock(e, lang)}" for s, e in windows]
    return _join(spans, lang)


def _timetable_clock(minute: int) -> str:
    hours, minutes = divmod(minute, 60)
    return f"{hours}:{minutes:02d}"


def _clock(minute: int, lang: str) -> str:
    hours, minutes = divmod(minute, 60)
    if lang == "nl":
        return f"{hours}.{minutes:02d}"
    if hours in (0, 24) and not minutes:
        return "midnight"
    if hours == 12 and not minutes:
        return "noon"
    suffix = "am" if hours < 12 else "pm"
    shown = hours % 12 or 12
    return f"{shown} {suffix}" if not minutes else f"{shown}:{minutes:02d} {suffix}"


def _join(parts: list[str], lang: str) -> str:
    last = " en " if lang == "nl" else " and "
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + last + parts[-1]
