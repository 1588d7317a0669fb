"""TIMEX3 values, durations and the calendar intervals they stand for.

One mapping, `interval_of(value)`, turns every calendar value the normaliser
produces into its interval, so a value and its interval never disagree. Ranges
("April 21 to 22") and anchored durations ("the past two years") are the only
intervals built elsewhere, because a single TIMEX3 value cannot express them.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from factcheck.models import Granularity, TimeInterval
from factcheck.normalise.timex.patterns import NUMBER_WORDS

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
UNIT_LETTER = {
    "year": "Y", "month": "M", "week": "W", "day": "D", "hour": "H", "minute": "MIN",
    "second": "S", "decade": "E", "century": "C", "quarter": "Q", "fortnight": "W",
}  # fmt: skip
UNIT_GRANULARITY: dict[str, Granularity] = {
    "Y": "year", "M": "month", "W": "week", "D": "day", "H": "day", "MIN": "day",
    "S": "day", "E": "decade", "C": "century", "Q": "quarter",
}  # fmt: skip


def unit_letter(word: str) -> str:
    """The duration letter of a unit word: "years" -> "Y", "centuries" -> "C"."""
    stem = word.lower().rstrip("s")
    stem = "century" if stem.startswith("centur") else stem
    return UNIT_LETTER[stem]


def parse_number(words: str) -> float | None:
    """The number in "two and a half", "2 1/2", "twenty-four", "a"; None for "several"."""
    words = words.lower().replace("½", " 1/2").strip()
    half = 0.5 if re.search(r"\band\s+a\s+half\b|\s1/2$", words) else 0.0
    words = re.sub(r"\s+and\s+a\s+half\b|\s+1/2$", "", words).strip()
    if re.fullmatch(r"\d+(?:\.\d+)?", words):
        return float(words) + half
    if words == "half a":
        return 0.5
    if re.search(r"\b(?:few|several|many|some)\b", words):
        return None
    total = 0.0
    for token in re.split(r"[\s-]+", words):
        if token in ("of", "and"):
            continue
        if token not in NUMBER_WORDS:
            return None
        value = NUMBER_WORDS[token]
        if value == 100:
            total = max(total, 1) * 100
        elif value == 1 and token in ("a", "an") and total:
            continue
        else:
            total += value
    return total + half if total else None


def duration_value(amount: float | None, letter: str) -> str:
    """A TIMEX3 duration: (2.5, "Y") -> "P2Y6M", (None, "Y") -> "PXY", (3, "H") -> "PT3H"."""
    if amount is None:
        return "PT" + "X" + letter[0] if letter in ("H", "MIN", "S") else "PX" + letter
    if letter == "E":
        amount, letter = amount * 10, "Y"
    elif letter == "C":
        amount, letter = amount * 100, "Y"
    whole = int(amount)
    rest = amount - whole
    smaller = {"Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "H"),
               "H": (60, "MIN"), "MIN": (60, "S"), "Q": (3, "M")}  # fmt: skip
    parts = [(whole, letter)] if whole else []
    if rest and letter in smaller:
        factor, next_letter = smaller[letter]
        parts.append((round(rest * factor), next_letter))
    if not parts:
        parts = [(0, letter)]
    date_part = "".join(f"{n}{u}" for n, u in parts if u in ("Y", "M", "W", "D", "Q"))
    time_part = "".join(
        f"{n}{'M' if u == 'MIN' else u}" for n, u in parts if u in ("H", "MIN", "S")
    )
    return "P" + date_part + ("T" + time_part if time_part else "")


def duration_delta(amount: float, letter: str) -> relativedelta:
    whole, rest = int(amount), amount - int(amount)
    if letter in ("E", "C"):
        return relativedelta(years=round(amount * (10 if letter == "E" else 100)))
    if letter == "Y":
        return relativedelta(years=whole, months=round(rest * 12))
    if letter == "Q":
        return relativedelta(months=round(amount * 3))
    if letter == "M":
        return relativedelta(months=whole, days=round(rest * 30))
    if letter == "W":
        return relativedelta(days=round(amount * 7))
    if letter == "D":
        return relativedelta(days=whole)
    return relativedelta()


def anchored_interval(
    amount: float | None, letter: str, anchor: date | None, direction: int
) -> TimeInterval | None:
    """[anchor - duration, anchor] for "the past N units", [anchor, anchor + N] for "the next"."""
    if amount is None or anchor is None or direction == 0:
        return None
    delta = duration_delta(amount, letter)
    granularity = UNIT_GRANULARITY.get(letter, "unknown")
    if direction < 0:
        return TimeInterval(start=anchor - delta, end=anchor, granularity=granularity)
    return TimeInterval(start=anchor, end=anchor + delta, granularity=granularity)


def week_value(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def quarter_value(year: int, quarter: int) -> str:
    while quarter < 1:
        year, quarter = year - 1, quarter + 4
    while quarter > 4:
        year, quarter = year + 1, quarter - 4
    return f"{year}-Q{quarter}"


def month_value(year: int, month: int) -> str:
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return f"{year:04d}-{month:02d}"


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _span(start: date, end: date, granularity: Granularity) -> TimeInterval:
    return TimeInterval(start=start, end=end, granularity=granularity)


def interval_of(value: str, anchor: date | None = None) -> TimeInterval | None:
    """The calendar interval a TIMEX3 DATE/TIME value stands for; None when it has none.

    PRESENT_REF is the anchor's day; PAST_REF, FUTURE_REF and values with X's in
    the year have no interval.
    """
    if value == "PRESENT_REF":
        return _span(anchor, anchor, "day") if anchor else None
    if match := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(?:T.*)?", value):
        day = date(*(int(part) for part in match.groups()))
        return _span(day, day, "day")
    if match := re.fullmatch(r"(\d{4})-(\d\d)", value):
        year, month = int(match.group(1)), int(match.group(2))
        return _span(date(year, month, 1), _month_end(year, month), "month")
    if match := re.fullmatch(r"(\d{4})", value):
        year = int(match.group(1))
        return _span(date(year, 1, 1), date(year, 12, 31), "year")
    if match := re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value):
        monday = date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
        if match.group(3):
            return _span(monday + timedelta(days=5), monday + timedelta(days=6), "day")
        return _span(monday, monday + timedelta(days=6), "week")
    if match := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        year, first = int(match.group(1)), 3 * int(match.group(2)) - 2
        return _span(date(year, first, 1), _month_end(year, first + 2), "quarter")
    if match := re.fullmatch(r"(\d{4})-H([12])", value):
        year, first = int(match.group(1)), 6 * int(match.group(2)) - 5
        return _span(date(year, first, 1), _month_end(year, first + 5), "unknown")
    if match := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
        year = int(match.group(1))
        first, last = SEASON_MONTHS[match.group(2)]
        end_year = year + 1 if last < first else year
        return _span(date(year, first, 1), _month_end(end_year, last), "season")
    if match := re.fullmatch(r"(\d{3})X?", value):
        decade = int(match.group(1)) * 10
        return _span(date(decade, 1, 1), date(decade + 9, 12, 31), "decade")
    if match := re.fullmatch(r"(\d\d)(?:XX)?", value):
        century = int(match.group(1)) * 100
        return _span(date(max(century, 1), 1, 1), date(century + 99, 12, 31), "century")
    return None
