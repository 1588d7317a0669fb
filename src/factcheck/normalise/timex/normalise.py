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
from typing import Literal

from factcheck.models import TimeInterval
from factcheck.normalise.timex.patterns import DAY, MONTHS, WEEKDAYS, YEAR
from factcheck.normalise.timex.values import (
    interval_of,
)

FUTURE_MARKER = re.compile(
    r"(?i)\b(?:will|won't|'ll|shall|going\s+to|(?:is|are|was|were|be)\s+(?:expected|scheduled|due"
    r"|set|slated|planned|poised|likely)\s+to|plans?\s+to|planning\s+to|intends?\s+to"
    r"|upcoming|to\s+be\s+(?:\w+(?:ed|en|wn)|held|made|built|sent|met|set|put|paid|sold|shut|hit"
    r"|cut|run|won|hung|laid|led|struck|sworn|brought|bought|taught|kept|left|found|sung|begun))\b"
)
PAST_MARKER = re.compile(r"(?i)\b(?:was|were|had|did|said|ago|last|\w{3,}ed)\b")
SAID_BEFORE = re.compile(r"(?i)\b(?:said|told|announced|reported|\w{3,}ed)\s+(?:on\s+)?$")
# "to be inaugurated on Friday": the participle right before is one still to come
TO_BE_DONE_BEFORE = re.compile(r"(?i)\b(?:to|will|shall|'ll)\s+be\s+\w+\s+(?:on\s+)?$")


TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


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
        if SAID_BEFORE.search(before) and not TO_BE_DONE_BEFORE.search(before):
            return -1
        if FUTURE_MARKER.search(before[-50:]):
            return 1
        if PAST_MARKER.search(before) or PAST_MARKER.search(after[:50]):
            return -1
        return 0


@dataclass
class Normalised:
    type: TimexType
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


def dated(
    kind: TimexType, value: str, anchor: date | None, relative: bool, **extra: object
) -> Normalised:
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
    shift = (
        -1 if re.search(r"yesterday|last\s+night", lowered) else 1 if "tomorrow" in lowered else 0
    )
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
