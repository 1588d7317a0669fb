"""Handlers for durations ("the past two years", "two-day"), sets ("daily") and reference
points ("now", "recently", "the future")."""

from __future__ import annotations

import re

from factcheck.normalise.timex.normalise import (
    Context,
    Normalised,
    dated,
    handler,
    month_of,
)
from factcheck.normalise.timex.patterns import SEASONS
from factcheck.normalise.timex.relative import AMOUNT_UNIT, BARE_UNIT, RATE_BEFORE, direction
from factcheck.normalise.timex.values import (
    anchored_interval,
    duration_value,
    parse_number,
    unit_letter,
)


@handler("duration")
def _duration(words: str, context: Context) -> Normalised | None:
    match = AMOUNT_UNIT.search(words) or BARE_UNIT.search(words)
    if not match:
        return None
    number = (match.groupdict().get("number") or "one").lower()
    unit = match.group("unit").lower()
    if re.fullmatch(r"(?:1[5-9]|20)\d\d", number) and not unit.startswith(("year", "day", "hour")):
        return None  # "the 1988 quarter" is a date
    if number in ("a", "an") and unit.startswith("second"):
        return None  # "a second term"
    if number in ("a", "an") and RATE_BEFORE.search(context.before):
        return None  # "$5 a year" is a set
    amount, letter = parse_number(number), unit_letter(unit)
    if (
        letter == "Q"
        and re.search(r"\bthree\s+quarters$", words, re.IGNORECASE)
        and re.match(r"\s+of\b", context.after)
    ):
        return None
    way = direction(words[: match.start()])
    return Normalised(
        "DURATION",
        duration_value(amount, letter),
        anchored_interval(amount, letter, context.anchor, way),
        None,
        way != 0,
    )


@handler("duration_adj")
def _duration_adj(words: str, context: Context) -> Normalised | None:
    match = re.match(r"(?i)(.+?)-(year|month|week|day|hour|minute|decade|quarter)s?", words)
    if not match:
        return None
    number = match.group(1).lower()
    amount = (
        parse_number(number) if number not in ("day", "week", "month", "year", "decade") else 1.0
    )
    if number.endswith("s") and number[:-1] in ("day", "week", "month", "year", "decade"):
        amount = None
    return Normalised("DURATION", duration_value(amount, unit_letter(match.group(2))))


@handler("duration_plural")
def _duration_plural(words: str, context: Context) -> Normalised | None:
    if not re.search(
        r"(?i)\b(?:for|in|over|within|after|took|takes|lasted|lasts)\s+$", context.before
    ):
        return None
    return Normalised("DURATION", duration_value(None, unit_letter(words.split()[-1])))


SET_WORDS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
             "hourly": "PT1H", "quarterly": "P3M", "nightly": "P1D", "biweekly": "P2W"}  # fmt: skip


@handler("set")
def _set(words: str, context: Context) -> Normalised | None:
    lowered = words.lower()
    if lowered in SET_WORDS:
        return Normalised("SET", SET_WORDS[lowered])
    last = lowered.split()[-1]
    month = month_of(words)
    if month is not None:
        return Normalised("SET", f"XXXX-{month:02d}")
    if last in SEASONS:
        return Normalised("SET", f"XXXX-{SEASONS[last]}")
    if last in ("morning", "night", "evening"):
        return Normalised("SET", f"XXXX-XX-XXT{ {'morning': 'MO', 'night': 'NI'}.get(last, 'EV') }")
    amount = 2 if "other" in lowered else 1
    return Normalised("SET", duration_value(amount, unit_letter(last)))


@handler("set_rate")
def _set_rate(words: str, context: Context) -> Normalised | None:
    if not RATE_BEFORE.search(context.before):
        return None
    return Normalised("SET", duration_value(1, unit_letter(words.split()[-1])))


@handler("present")
def _present(words: str, context: Context) -> Normalised | None:
    return dated("DATE", "PRESENT_REF", context.anchor, True)


@handler("past")
def _past(words: str, context: Context) -> Normalised | None:
    return Normalised("DATE", "PAST_REF", None, None, True)


@handler("future")
def _future(words: str, context: Context) -> Normalised | None:
    return Normalised("DATE", "FUTURE_REF", None, None, True)
