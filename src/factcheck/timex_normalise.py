"""Normalise the words of one recognised expression, by kind, against the anchor.

Each handler takes the words and a `Context` (anchor date and a little text
either side) and returns a `Normalised` (TIMEX3 type, value, interval, weekday),
or None when the words are not a time expression after all ("May I ...").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from factcheck.models import TimeInterval
from factcheck.timex_rules import DAY, MONTHS, ORDINALS, SEASONS, WEEKDAYS, YEAR
from factcheck.timex_values import (
    interval_of,
    month_value,
    week_value,
)

FUTURE_MARKER = re.compile(
    r"(?i)\b(?:will|won't|'ll|shall|going\s+to|(?:is|are|was|were|be)\s+(?:expected|scheduled|due"
    r"|set|slated|planned|poised|likely)\s+to|plans?\s+to|planning\s+to|intends?\s+to"
    r"|upcoming)\b"
)
PAST_MARKER = re.compile(r"(?i)\b(?:was|were|had|did|said|ago|last|\w{3,}ed)\b")
SAID_BEFORE = re.compile(r"(?i)\b(?:said|told|announced|reported|\w{3,}ed)\s+(?:on\s+)?$")


@dataclass
class Context:
    """The anchor (publication date) and the text around an expression."""

    anchor: date | None
    before: str = ""
    after: str = ""

    def tense(self) -> int:
        """+1 when the clause speaks of the future, -1 of the past, 0 when it does not say.

        News reports in the past tense: "said Monday" is the Monday gone by, while
        "will meet Monday" is the coming one.
        """
        before = re.split(r"[.!?;]\s", self.before)[-1]
        after = re.split(r"[.!?;]\s", self.after)[0]
        if SAID_BEFORE.search(before):
            return -1
        if FUTURE_MARKER.search(before[-50:]):
            return 1
        if PAST_MARKER.search(before) or PAST_MARKER.search(after[:50]):
            return -1
        return 0


@dataclass
class Normalised:
    type: str
    value: str
    interval: TimeInterval | None = None
    weekday: int | None = None
    relative: bool = False


Handler = Callable[[str, Context], "Normalised | None"]
HANDLERS: dict[str, Handler] = {}

MONTH_WORD = re.compile(
    r"(?-i:\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\b(JAN|FEB|MAR|APR|JUN|JUL|AUG|SEP"
    r"|OCT|NOV|DEC))"
)
WEEKDAY_WORD = re.compile(r"(?-i:\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*day)")
YEAR_WORD = re.compile(YEAR)
DAY_WORD = re.compile(r"(?<![\d.:/])" + DAY)
FORWARD = re.compile(r"\b(?:next|coming|following|from\s+now|later|hence|after)\b", re.IGNORECASE)
BACKWARD = re.compile(r"\b(?:last|past|previous|ago|earlier|before)\b", re.IGNORECASE)


def handler(kind: str) -> Callable[[Handler], Handler]:
    def register(function: Handler) -> Handler:
        HANDLERS[kind] = function
        return function

    return register


def dated(kind: str, value: str, anchor: date | None, relative: bool, **extra: object) -> Normalised:
    """A DATE/TIME whose interval follows from its value by the one mapping."""
    return Normalised(kind, value, interval_of(value, anchor), relative=relative, **extra)  # type: ignore[arg-type]


def month_of(words: str) -> int | None:
    match = MONTH_WORD.search(words)
    return MONTHS[(match.group(1) or match.group(2)).lower()] if match else None


def weekday_of(words: str) -> int | None:
    match = WEEKDAY_WORD.search(words)
    return WEEKDAYS[match.group(1).lower()] if match else None


def years_of(words: str) -> list[int]:
    return [int(found) for found in YEAR_WORD.findall(words)]


def days_of(words: str) -> list[int]:
    """Day numbers, leaving out the year ("March 5, 2024" -> [5])."""
    stripped = YEAR_WORD.sub(" ", words)
    return [int(re.match(r"\d+", found).group(0)) for found in DAY_WORD.findall(stripped)]  # type: ignore[union-attr]


def year_for(month: int, day: int, anchor: date, tense: int = 0) -> int:
    """The year of a year-less date.

    The anchor's year, unless that puts it over six months ahead; in a clause
    in the past tense a date months after the anchor is last year's, and in one
    in the future tense a date a month before it is next year's.
    """
    candidate = date(anchor.year, month, min(day, 28))
    ahead = (candidate - anchor).days
    if ahead > 183 or (tense < 0 and ahead > 92):
        return anchor.year - 1
    if tense > 0 and ahead < -31:
        return anchor.year + 1
    return anchor.year


def weekday_date(weekday: int, anchor: date, words: str, tense: int = 0) -> date:
    """News convention: the most recent such weekday at or before the anchor.

    Unless the words say "next"/"coming", or the clause is in the future tense.
    """
    lowered = words.lower()
    if re.search(r"\b(?:next|coming)\b", lowered) or (tense > 0 and "last" not in lowered):
        return anchor + timedelta(days=(weekday - anchor.weekday() - 1) % 7 + 1)
    if re.search(r"\b(?:last|past)\b", lowered):
        return anchor - timedelta(days=(anchor.weekday() - weekday - 1) % 7 + 1)
    if re.search(r"\bthis\b", lowered):
        return anchor + timedelta(days=weekday - anchor.weekday())
    return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)


def day_of(words: str, context: Context) -> tuple[str, int | None]:
    """The day a TIME or part of day falls on, as a value prefix, and its weekday."""
    anchor = context.anchor
    month, weekday = month_of(words), weekday_of(words)
    lowered = words.lower()
    shift = -1 if re.search(r"yesterday|last\s+night", lowered) else 1 if "tomorrow" in lowered else 0
    if month is not None:
        days, years = days_of(words), years_of(words)
        if not days:
            return "", weekday
        year = years[0] if years else (
            year_for(month, days[0], anchor, context.tense()) if anchor else None)  # fmt: skip
        if year is None:
            return f"XXXX-{month:02d}-{days[0]:02d}", weekday
        return date(year, month, days[0]).isoformat(), weekday
    if anchor is None:
        return "XXXX-XX-XX", weekday
    if weekday is not None:
        return weekday_date(weekday, anchor, words, context.tense()).isoformat(), weekday
    return (anchor + timedelta(days=shift)).isoformat(), None


PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
         "tonight": "NI"}  # fmt: skip


@handler("time")
def _time(words: str, context: Context) -> Normalised | None:
    lowered = words.lower()
    if "noon" in lowered or "midday" in lowered:
        clock = "12:00"
    elif "midnight" in lowered:
        clock = "24:00"
    else:
        match = re.search(r"(\d{1,2})(?::(\d\d))?\s*([ap])?", lowered)
        if not match:
            return None
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        if match.group(3) == "p" and hour < 12:
            hour += 12
        elif match.group(3) == "a" and hour == 12:
            hour = 0
        clock = f"{hour:02d}:{minute:02d}"
    day, weekday = day_of(words, context)
    if not day:
        return None
    relative = not years_of(words)
    return Normalised("TIME", f"{day}T{clock}", interval_of(day[:10]), weekday, relative)


@handler("time_part")
def _time_part(words: str, context: Context) -> Normalised | None:
    lowered = words.lower()
    part = next((code for name, code in PARTS.items() if name in lowered), None)
    if part is None:
        return None
    if lowered.startswith("the") and weekday_of(words) is None:
        return None
    day, weekday = day_of(words, context)
    return Normalised("TIME", f"{day}T{part}", interval_of(day), weekday, True)


@handler("month_day")
@handler("day_month")
@handler("iso_date")
@handler("us_date")
def _calendar_date(words: str, context: Context) -> Normalised | None:
    if match := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", words):
        return dated("DATE", date(*map(int, match.groups())).isoformat(), None, False)
    if match := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2,4})", words):
        month, day, year = map(int, match.groups())
        year = year + (1900 if year >= 50 else 2000) if year < 100 else year
        return dated("DATE", date(year, month, day).isoformat(), None, False)
    month = month_of(words)
    days, years = days_of(words), years_of(words)
    if month is None or not days:
        return None
    weekday = weekday_of(words)
    if years:
        value = date(years[0], month, days[0]).isoformat()
        return dated("DATE", value, context.anchor, False, weekday=weekday)
    if context.anchor is None:
        date(2000, month, days[0])  # raises on an impossible day
        return Normalised("DATE", f"XXXX-{month:02d}-{days[0]:02d}", None, weekday, True)
    year = year_for(month, days[0], context.anchor, context.tense())
    value = date(year, month, days[0]).isoformat()
    return dated("DATE", value, context.anchor, True, weekday=weekday)


@handler("month_range")
@handler("day_range")
@handler("cross_range")
def _date_range(words: str, context: Context) -> Normalised | None:
    """ "April 21 to 22", "15-16 October 2024", "October 14, 15 and 16": one span of days."""
    months = [MONTHS[(m[0] or m[1]).lower()] for m in MONTH_WORD.findall(words)]
    days, years = days_of(words), years_of(words)
    if not months or len(days) < 2:
        return None
    first_month, last_month = months[0], months[-1]
    anchor = context.anchor
    if years:
        year = years[0]
    elif anchor is not None:
        year = year_for(first_month, days[0], anchor, context.tense())
    else:
        date(2000, first_month, days[0])
        date(2000, last_month, days[-1])
        return Normalised("DATE", f"XXXX-{first_month:02d}-{days[0]:02d}", None, None, True)
    start = date(year, first_month, days[0])
    end = date(year + (last_month < first_month), last_month, days[-1])
    if end < start:
        return None
    interval = TimeInterval(start=start, end=end, granularity="day")
    return Normalised("DATE", start.isoformat(), interval, weekday_of(words), not years)


@handler("week_of")
def _week_of(words: str, context: Context) -> Normalised | None:
    found = _calendar_date(re.sub(r"(?i)^the\s+week\s+of\s+", "", words), context)
    if found is None or found.interval is None:
        return None
    return dated("DATE", week_value(found.interval.start), context.anchor, found.relative)


def _reject_lone_month(words: str, context: Context) -> bool:
    """ "May" the verb, "June Carter" the name, "Jan" alone: not months."""
    bare = re.fullmatch(r"(?-i:[A-Z][a-z]+\.?)", words.strip()) is not None
    if not bare:
        return False
    if re.fullmatch(r"[A-Z][a-z]{2}", words.strip()) and words.strip() != "May":
        return True
    if re.match(r"\s+(?-i:[A-Z])", context.after) and not re.match(r"\s+(?-i:I)\b", context.after):
        return True
    if words.strip() == "May":
        return not re.search(
            r"(?i)\b(?:in|of|since|until|till|by|through|from|to|during|before|after|early|late|mid"
            r"|last|next|this|since|between|and)\s*$", context.before
        )
    return False


@handler("month_year")
def _month_year(words: str, context: Context) -> Normalised | None:
    month = month_of(words)
    if month is None or _reject_lone_month(words, context):
        return None
    years, anchor = years_of(words), context.anchor
    if years:
        return dated("DATE", month_value(years[0], month), anchor, False)
    if anchor is None:
        return Normalised("DATE", f"XXXX-{month:02d}", None, None, True)
    lowered = words.lower()
    if re.search(r"\b(?:last|past)\b", lowered):
        year = anchor.year if month < anchor.month else anchor.year - 1
    elif re.search(r"\b(?:next|coming)\b", lowered):
        year = anchor.year if month > anchor.month else anchor.year + 1
    elif re.search(r"\bthis\b", lowered):
        year = anchor.year
    else:
        year = year_for(month, 15, anchor, context.tense())
    return dated("DATE", month_value(year, month), anchor, True)


@handler("year")
def _year(words: str, context: Context) -> Normalised | None:
    years = years_of(words)
    if not years:
        return None
    season = re.search(r"(?i)\b(spring|summer|autumn|fall|winter)\b", words)
    if season:
        return dated("DATE", f"{years[0]}-{SEASONS[season.group(1).lower()]}", None, False)
    if re.search(r"(?i)^(?:the\s+)?(?:first|second|last)\s+half", words):
        half = 2 if re.search(r"(?i)second|last", words) else 1
        return dated("DATE", f"{years[0]}-H{half}", None, False)
    return dated("DATE", str(years[0]), None, False)


@handler("year_range")
def _year_range(words: str, context: Context) -> Normalised | None:
    numbers = re.findall(r"\d+", words)
    first = int(numbers[0])
    last = int(numbers[1]) if len(numbers[1]) == 4 else first // 100 * 100 + int(numbers[1])
    if not first < last <= first + 50:
        return None
    interval = TimeInterval(start=date(first, 1, 1), end=date(last, 12, 31), granularity="year")
    return Normalised("DATE", str(first), interval, None, False)


@handler("decade")
def _decade(words: str, context: Context) -> Normalised | None:
    names = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
             "seventies": 7, "eighties": 8, "nineties": 9}  # fmt: skip
    lowered = words.lower()
    if match := re.search(r"(\d{3})0'?s", lowered):
        return dated("DATE", match.group(1) + "X", None, False)
    digit = next((d for name, d in names.items() if name in lowered), None)
    if digit is None and (match := re.search(r"'(\d)0s", lowered)):
        digit = int(match.group(1))
    if digit is None:
        return None
    century = "20" if digit <= 2 and context.anchor and context.anchor.year >= 2030 else "19"
    return dated("DATE", f"{century}{digit}X", None, False)


@handler("century")
def _century(words: str, context: Context) -> Normalised | None:
    lowered = words.lower()
    match = re.search(r"(\d{1,2})(?:st|nd|rd|th)", lowered)
    number = int(match.group(1)) if match else next(
        (n for name, n in sorted(ORDINALS.items(), key=lambda i: -len(i[0])) if name in lowered), 0
    )
    if not 1 <= number <= 21:
        return None
    return dated("DATE", f"{number - 1:02d}", None, False)

