"""Office hours: the OFFICE_HOURS spec, Dutch public holidays, extra closed days, daylight saving time
and the texts a parent reads."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.config import ConfigError, Settings
from bot.office_hours import (
    TIMEZONE,
    OfficeHours,
    OfficeHoursError,
    describe_opening,
    parse_closed_days,
    public_holiday,
)

DEFAULT = OfficeHours.parse("mon-fri 09:00-17:00")


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=TIMEZONE)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_default_hours_on_an_ordinary_week():
    # Week of 16 November 2026: no holidays.
    assert DEFAULT.is_open(local(2026, 11, 16, 9, 0))
    assert DEFAULT.is_open(local(2026, 11, 20, 16, 59))
    assert not DEFAULT.is_open(local(2026, 11, 16, 8, 59))
    assert not DEFAULT.is_open(local(2026, 11, 16, 17, 0))  # the end is the moment it closes
    assert not DEFAULT.is_open(local(2026, 11, 21, 12, 0))  # Saturday
    assert DEFAULT.next_opening(local(2026, 11, 16, 12, 0)) is None  # open now
    assert DEFAULT.next_opening(local(2026, 11, 16, 7, 0)) == local(2026, 11, 16, 9, 0)
    assert DEFAULT.next_opening(local(2026, 11, 20, 17, 0)) == local(2026, 11, 23, 9, 0)


def test_several_parts_split_days_and_dutch_day_names():
    hours = OfficeHours.parse("mon-fri 09:00-17:00; sat 10:00-12:00")
    assert hours.is_open(local(2026, 11, 21, 11, 0))
    assert not hours.is_open(local(2026, 11, 21, 12, 0))
    assert hours.next_opening(local(2026, 11, 20, 18, 0)) == local(2026, 11, 21, 10, 0)

    split = OfficeHours.parse("ma,wo 09:00-12:00,13:00-17:00; vr 09:00 - 12:00")
    assert split.is_open(local(2026, 11, 18, 9, 30))
    assert not split.is_open(local(2026, 11, 18, 12, 30))  # lunch
    assert split.next_opening(local(2026, 11, 18, 12, 30)) == local(2026, 11, 18, 13, 0)
    assert not split.is_open(local(2026, 11, 17, 10, 0))  # Tuesday
    assert split.is_open(local(2026, 11, 20, 11, 0))


def test_koningsdag_and_tweede_kerstdag_are_closed():
    assert public_holiday(date(2026, 4, 27)) == "Koningsdag"
    assert public_holiday(date(2025, 12, 26)) == "Tweede kerstdag"
    # Koningsdag 2026 is a Monday: closed all day, open again on Tuesday.
    assert not DEFAULT.is_open(local(2026, 4, 27, 10, 0))
    assert DEFAULT.next_opening(local(2026, 4, 27, 10, 0)) == local(2026, 4, 28, 9, 0)
    # Christmas 2025 is Thursday and Friday: from Christmas Eve's evening to Monday 29 December.
    assert not DEFAULT.is_open(local(2025, 12, 26, 10, 0))
    assert DEFAULT.next_opening(local(2025, 12, 24, 17, 30)) == local(2025, 12, 29, 9, 0)


def test_extra_closed_days_and_always():
    closed = parse_closed_days("2026-11-18, 2026-12-28..2026-12-31")
    assert closed[0] == date(2026, 11, 18) and len(closed) == 5
    hours = OfficeHours.parse("mon-fri 09:00-17:00", closed)
    assert not hours.is_open(local(2026, 11, 18, 10, 0))
    assert hours.is_open(local(2026, 11, 19, 10, 0))
    assert hours.next_opening(local(2026, 12, 24, 18, 0)) == local(2027, 1, 4, 9, 0)  # 1 Jan is a holiday

    always = OfficeHours.parse("always", [date(2026, 11, 18)])
    assert always.is_open(local(2026, 4, 27, 3, 0))  # a 24/7 team works on Koningsdag too
    assert always.is_open(local(2026, 11, 21, 23, 59))
    assert not always.is_open(local(2026, 11, 18, 12, 0))  # an explicit closed day counts
    assert always.next_opening(local(2026, 11, 18, 12, 0)) == local(2026, 11, 19, 0, 0)


def test_daylight_saving_time_boundaries():
    # Summer time starts on Sunday 29 March 2026: 09:00 is 08:00 UTC before and 07:00 UTC after.
    assert not DEFAULT.is_open(utc(2026, 3, 27, 7, 30))  # 08:30 CET
    assert DEFAULT.is_open(utc(2026, 3, 27, 8, 0))  # 09:00 CET
    assert DEFAULT.is_open(utc(2026, 3, 30, 7, 30))  # 09:30 CEST
    opening = DEFAULT.next_opening(utc(2026, 3, 28, 12, 0))
    assert opening == local(2026, 3, 30, 9, 0) and opening.astimezone(UTC) == utc(2026, 3, 30, 7, 0)
    # Winter time starts on Sunday 25 October 2026: 02:00-03:00 happens twice that night.
    night = OfficeHours.parse("sun 00:00-04:00")
    assert night.is_open(utc(2026, 10, 25, 0, 30))  # 02:30 CEST
    assert night.is_open(utc(2026, 10, 25, 1, 30))  # 02:30 CET, the second time
    assert night.is_open(utc(2026, 10, 25, 2, 59))  # 03:59 CET
    assert not night.is_open(utc(2026, 10, 25, 3, 0))  # 04:00 CET
    assert not DEFAULT.is_open(utc(2026, 10, 26, 7, 30))  # 08:30 CET
    assert DEFAULT.is_open(utc(2026, 10, 26, 8, 0))  # 09:00 CET
    assert DEFAULT.next_opening(utc(2026, 10, 24, 12, 0)).astimezone(UTC) == utc(2026, 10, 26, 8, 0)


def test_texts_for_the_parent():
    assert DEFAULT.describe("nl") == (
        "We zijn open op maandag tot en met vrijdag van 9.00 tot 17.00 uur. Op feestdagen zijn we dicht."
    )
    assert (
        DEFAULT.describe("en")
        == "We are open Monday to Friday from 9 am to 5 pm. We are closed on public holidays."
    )
    with_saturday = OfficeHours.parse("mon-fri 09:00-17:00; sat 10:00-12:00")
    assert with_saturday.phrase("nl") == (
        "maandag tot en met vrijdag van 9.00 tot 17.00 uur en zaterdag van 10.00 tot 12.00 uur"
    )
    assert with_saturday.describe("en").startswith(
        "We are open Monday to Friday from 9 am to 5 pm and Saturday from 10 am to noon."
    )
    two = OfficeHours.parse("mon,tue 08:30-12:00,13:00-16:30")
    assert two.phrase("nl") == "maandag en dinsdag van 8.30 tot 12.00 uur en van 13.00 tot 16.30 uur"
    assert OfficeHours.parse("always").describe("nl") == "We zijn dag en nacht open, elke dag."

    now = local(2026, 3, 27, 18, 0)  # a Friday evening
    assert describe_opening(local(2026, 3, 27, 20, 0), now, "nl") == "vandaag om 20.00 uur"
    assert describe_opening(local(2026, 3, 28, 10, 0), now, "nl") == "morgen om 10.00 uur"
    assert describe_opening(local(2026, 3, 30, 9, 0), now, "nl") == "op maandag 30 maart om 9.00 uur"
    assert describe_opening(local(2026, 3, 30, 9, 0), now, "en") == "on Monday 30 March at 9 am"


def test_texts_in_the_other_languages_are_a_timetable():
    # Turkish, Arabic, Polish and Ukrainian get day names and times as on a timetable: no grammar of
    # cases or joining words to get wrong (bot/data/texts.<lang>.yaml holds the sentence around it).
    with_saturday = OfficeHours.parse("mon-fri 09:00-17:00; sat 10:00-12:00")
    assert with_saturday.phrase("pl") == "poniedziałek–piątek 9:00–17:00; sobota 10:00–12:00"
    assert with_saturday.phrase("ar") == "الاثنين–الجمعة 9:00–17:00؛ السبت 10:00–12:00"
    assert OfficeHours.parse("mon,tue 08:30-12:00,13:00-16:30").phrase("tr") == (
        "Pazartesi, Salı 8:30–12:00, 13:00–16:30"
    )
    assert (
        DEFAULT.describe("uk") == "Години роботи: понеділок–п'ятниця 9:00–17:00. У святкові дні не працюємо."
    )
    assert OfficeHours.parse("always").describe("tr") == "Her gün, gece gündüz açığız."

    now = local(2026, 3, 27, 18, 0)  # a Friday evening
    assert describe_opening(local(2026, 3, 27, 20, 0), now, "tr") == "bugün saat 20:00"
    assert describe_opening(local(2026, 3, 28, 10, 0), now, "pl") == "jutro o 10:00"
    assert describe_opening(local(2026, 3, 30, 9, 0), now, "uk") == "понеділок 30.03. о 9:00"


@pytest.mark.parametrize(
    ("spec", "says"),
    [
        ("", "empty"),
        ("mon-fri", "days and times"),
        ("mon-fri 9-17", "not a time"),
        ("maan 09:00-17:00", "unknown day 'maan'"),
        ("fri-mon 09:00-17:00", "runs backwards"),
        ("mon 17:00-09:00", "ends before it starts"),
        ("mon 09:00-12:00,11:00-13:00", "overlap"),
        ("mon 09:00-12:00; mon 11:00-13:00", "overlap"),
        ("mon 25:00-26:00", "not a time of day"),
        ("mon 09:60-10:00", "not a time of day"),
        ("mon 09:00-17:00 sat", "days and times"),
        (";", "no opening hours"),
    ],
)
def test_bad_specs_give_a_clear_error(spec, says):
    with pytest.raises(OfficeHoursError, match=says):
        OfficeHours.parse(spec)


def test_settings_validate_and_keep_the_old_text_settings_working():
    with pytest.raises(ConfigError, match="OFFICE_HOURS 'mon-fry 09:00-17:00': unknown day 'fry'"):
        Settings.from_env({"OFFICE_HOURS": "mon-fry 09:00-17:00"})
    with pytest.raises(ConfigError, match="CLOSED_DAYS: '2026-13-01' is not a date"):
        Settings.from_env({"CLOSED_DAYS": "2026-12-24,2026-13-01"})
    with pytest.raises(ConfigError, match="PRESENCE_TIMEOUT_MINUTES"):
        Settings.from_env({"PRESENCE_TIMEOUT_MINUTES": "0"})

    settings = Settings.from_env(
        {"OFFICE_HOURS": "mon-fri 09:00-17:00; sat 10:00-12:00", "CLOSED_DAYS": "2026-12-24"}
    )
    assert settings.closed_days == (date(2026, 12, 24),)
    assert not settings.opening_hours().is_open(local(2026, 12, 24, 10, 0))
    assert settings.office_hours_text.endswith("en zaterdag van 10.00 tot 12.00 uur")
    # The default spec says what the old hand-written default said; OFFICE_HOURS_TEXT still overrides.
    default = Settings.from_env({})
    assert default.office_hours_text == "maandag tot en met vrijdag van 9.00 tot 17.00 uur"
    assert default.office_hours_text_en == "Monday to Friday from 9 am to 5 pm"
    custom = Settings.from_env({"OFFICE_HOURS_TEXT": "op werkdagen", "OFFICE_HOURS_TEXT_EN": "on weekdays"})
    assert (custom.office_hours_text, custom.office_hours_text_en) == ("op werkdagen", "on weekdays")
