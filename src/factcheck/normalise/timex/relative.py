"""Handlers for expressions resolved against the anchor, durations and sets.

"last week", "a year ago", "the third quarter", "this summer", "Monday",
"the past two years", "daily". Without an anchor the value keeps X's
("XXXX-WXX") and the interval is None.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from factcheck.models import TimeInterval
from factcheck.normalise.timex.normalise import (
    Context,
    Normalised,
    dated,
    handler,
    weekday_date,
    weekday_of,
    years_of,
)
from factcheck.normalise.timex.patterns import NUMBER, ORDINALS, SEASONS, UNIT, WEEKDAYS
from factcheck.normalise.timex.values import (
    duration_delta,
    interval_of,
    month_value,
    parse_number,
    quarter_value,
    unit_letter,
    week_value,
)

AMOUNT_UNIT = re.compile(
    rf"(?i)\b(?P<number>{NUMBER})(?:\s+(?:to|or|-)\s+{NUMBER})?[\s-]+(?:\w+\s+)?(?P<unit>{UNIT})\b"
)
WEEKDAY_WORDS = re.compile(r"(?-i:\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)")
BARE_UNIT = re.compile(rf"(?i)\b(?P<unit>{UNIT})\b")
BACK = re.compile(r"(?i)\b(?:last|past|previous|recent|ago|earlier|before|prior)\b")
AHEAD = re.compile(r"(?i)\b(?:next|coming|following|remaining|later|after|from\s+now|hence)\b")
RATE_BEFORE = re.compile(
    r"(?i)(?:\b(?:once|twice|times|million|billion|thousand|hundred|percent|dollars|cents)|[\d%])\s*$"
)


def direction(words: str) -> int:
    return -1 if BACK.search(words) else 1 if AHEAD.search(words) else 0


def shifted(anchor: date, letter: str, amount: float) -> str:
    """The value of the calendar unit `amount` units away from the anchor ("a year ago")."""
    if letter in ("E", "C"):
        return str(anchor.year + round(amount * (10 if letter == "E" else 100)))
    moved: date = anchor + duration_delta(abs(amount), letter) * (1 if amount > 0 else -1)
    if letter in ("H", "MIN", "S"):
        moved = anchor
    values: dict[str, str] = {
        "Y": str(moved.year), "M": month_value(moved.year, moved.month),
        "W": week_value(moved), "Q": quarter_value(moved.year, (moved.month - 1) // 3 + 1),
    }  # fmt: skip
    return values.get(letter, moved.isoformat())


UNKNOWN = {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "Q": "XXXX-QX", "E": "XXX", "C": "XX"}


@handler("ago")
def _ago(words: str, context: Context) -> Normalised | None:
    match = AMOUNT_UNIT.search(words)
    if not match:
        return None
    amount, letter = parse_number(match.group("number")), unit_letter(match.group("unit"))
    sign = -1 if BACK.search(words[match.end() :]) else 1
    if amount is None:
        return Normalised("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", None, None, True)
    if context.anchor is None:
        return Normalised("DATE", UNKNOWN.get(letter, "XXXX-XX-XX"), None, None, True)
    return dated("DATE", shifted(context.anchor, letter, sign * amount), context.anchor, True)


@handler("day_word")
def _day_word(words: str, context: Context) -> Normalised | None:
    lowered = words.lower()
    offset = {"today": 0, "yesterday": -1, "tomorrow": 1}[lowered.split()[-1]]
    offset += -1 if "before" in lowered else 1 if "after" in lowered else 0
    if context.anchor is None:
        return Normalised("DATE", "XXXX-XX-XX", None, None, True)
    return dated(
        "DATE", (context.anchor + timedelta(days=offset)).isoformat(), context.anchor, True
    )


@handler("weekday")
def _weekday(words: str, context: Context) -> Normalised | None:
    weekday = weekday_of(words)
    if weekday is None:
        return None
    if context.anchor is None:
        return Normalised("DATE", f"XXXX-WXX-{weekday + 1}", None, weekday, True)
    day = weekday_date(weekday, context.anchor, words, context.tense())
    return dated("DATE", day.isoformat(), context.anchor, True, weekday=weekday)


@handler("weekday_range")
def _weekday_range(words: str, context: Context) -> Normalised | None:
    """Two weekdays joined ("Tuesday and Wednesday"): the first as a lone weekday would
    be, through the next such second weekday after it."""
    days = [WEEKDAYS[m.lower()[:3]] for m in WEEKDAY_WORDS.findall(words)]
    if len(days) < 2 or days[0] == days[-1]:
        return None
    first, last = days[0], days[-1]
    if context.anchor is None:
        return Normalised("DATE", f"XXXX-WXX-{first + 1}", None, first, True)
    tense = context.tense()
    start = weekday_date(first, context.anchor, words, tense)
    end = start + timedelta(days=(last - first) % 7)
    if tense <= 0 and end > context.anchor and not AHEAD.search(words):
        start, end = start - timedelta(days=7), end - timedelta(days=7)  # days gone by
    interval = TimeInterval(start=start, end=end, granularity="day")
    return Normalised("DATE", start.isoformat(), interval, first, True)


@handler("weekday_set")
def _weekday_set(words: str, context: Context) -> Normalised | None:
    weekday = weekday_of(words)
    if weekday is None:
        return None
    part = re.search(r"(?i)(morning|afternoon|evening|night)", words)
    suffix = "T" + {"morning": "MO", "afternoon": "AF", "evening": "EV"}.get(
        part.group(1).lower(), "NI") if part else ""  # fmt: skip
    return Normalised("SET", f"XXXX-WXX-{weekday + 1}{suffix}", None, weekday)


def reported_quarter(anchor: date) -> tuple[int, int]:
    """The latest complete quarter: what "the quarter" of an earnings report means."""
    quarter = (anchor.month - 1) // 3
    return (anchor.year, quarter) if quarter else (anchor.year - 1, 4)


@handler("quarter")
def _quarter(words: str, context: Context) -> Normalised | None:
    lowered = words.lower()
    anchor = context.anchor
    if match := re.search(r"\b([qh])([1-4])\b", lowered):
        kind, number = match.group(1).upper(), int(match.group(2))
    else:
        ordinal = re.search(
            r"(first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+"
            r"(?:fiscal[\s-]+)?(quarter|half)",
            lowered,
        )
        if not ordinal:
            return None
        word = ordinal.group(1)
        kind = "Q" if ordinal.group(2) == "quarter" else "H"
        if word == "last" and kind == "Q" and anchor is not None and not years_of(words):
            year, number = reported_quarter(anchor)
            return dated("DATE", quarter_value(year, number), anchor, True)
        number = {"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "final": 4, "last": 4}.get(
            word, ORDINALS.get(word, 0))  # fmt: skip
    if kind == "H" and number > 2:
        return None
    years = years_of(words)
    shift = -1 if "last year" in lowered else 1 if "next year" in lowered else 0
    if years:
        year, relative = years[0], False
    elif anchor is not None:
        year, relative = anchor.year + shift, True
        starts = date(year, 3 * number - 2 if kind == "Q" else 6 * number - 5, 1)
        if not shift and starts > anchor and context.tense() < 0:
            year -= 1  # "the fourth quarter" reported in January is last year's
    else:
        return Normalised("DATE", f"XXXX-{kind}{number}", None, None, True)
    return dated("DATE", f"{year}-{kind}{number}", anchor, relative)


@handler("quarter_rel")
def _quarter_rel(words: str, context: Context) -> Normalised | None:
    lowered = words.lower()
    anchor = context.anchor
    if "same" in lowered:
        return None
    if anchor is None:
        return Normalised("DATE", "XXXX-QX", None, None, True)
    year, quarter = reported_quarter(anchor)
    if years := years_of(words):
        return dated("DATE", quarter_value(years[0], quarter), anchor, False)
    ordinal = re.search(r"(first|second|third|fourth)\s+(?:quarter|period)", lowered)
    if re.search(r"year-(?:ago|earlier)|prior-year|year-before", lowered):
        year -= 1
        quarter = ORDINALS[ordinal.group(1)] if ordinal else quarter
    elif re.search(r"\b(?:current|this)\b", lowered):
        year, quarter = anchor.year, (anchor.month - 1) // 3 + 1
    elif re.search(r"\b(?:next|coming)\b", lowered):
        year, quarter = anchor.year, (anchor.month - 1) // 3 + 2
    return dated("DATE", quarter_value(year, quarter), anchor, True)


@handler("year_ago")
def _year_ago(words: str, context: Context) -> Normalised | None:
    if context.anchor is None:
        return Normalised("DATE", "XXXX", None, None, True)
    return dated("DATE", str(context.anchor.year - 1), context.anchor, True)


@handler("fiscal_rel")
def _fiscal_rel(words: str, context: Context) -> Normalised | None:
    if context.anchor is None:
        return Normalised("DATE", "XXXX", None, None, True)
    year = context.anchor.year + direction(words)
    return dated("DATE", str(year), context.anchor, True)


@handler("season")
def _season(words: str, context: Context) -> Normalised | None:
    lowered = words.lower()
    found = re.search(r"(spring|summer|fall|autumn|winter)", lowered)
    if not found:
        return None
    code = SEASONS[found.group(1)]
    years = years_of(words)
    if years:
        return dated("DATE", f"{years[0]}-{code}", None, False)
    anchor = context.anchor
    if anchor is None:
        return Normalised("DATE", f"XXXX-{code}", None, None, True)
    candidates = [
        (y, interval_of(f"{y}-{code}")) for y in (anchor.year - 1, anchor.year, anchor.year + 1)
    ]
    way = direction(lowered)
    if way < 0:
        year = max(y for y, span in candidates if span and span.end < anchor)
    elif way > 0:
        year = min(y for y, span in candidates if span and span.start > anchor)
    else:
        year = anchor.year - 1 if code == "WI" and anchor.month <= 2 else anchor.year
    return dated("DATE", f"{year}-{code}", anchor, True)


@handler("relative")
def _relative(words: str, context: Context) -> Normalised | None:
    lowered = words.lower()
    unit = re.findall(r"(year|month|weekend|week|quarter|decade|century|season|today)", lowered)
    if not unit or unit[-1] == "season":
        return None
    unit_word, anchor = unit[-1], context.anchor
    if re.search(r"\bpast\b", lowered) and not re.search(r"\bthis\s+past\b", lowered):
        return None  # "past decade" is a duration
    way = -1 if re.search(r"\b(?:last|past|previous)\b", lowered) else direction(
        re.sub(r"\b(?:earlier|later)\b", "", lowered))  # fmt: skip
    if anchor is None:
        return Normalised("DATE", {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX",
                                   "weekend": "XXXX-WXX-WE", "quarter": "XXXX-QX"}.get(
            unit_word, "XXXX-XX-XX"), None, None, True)  # fmt: skip
    if unit_word == "today":
        value = anchor.isoformat()
    elif unit_word == "year":
        value = str(anchor.year + way)
    elif unit_word == "month":
        value = month_value(anchor.year, anchor.month + way)
    elif unit_word == "week":
        value = week_value(anchor + timedelta(weeks=way))
    elif unit_word == "weekend":
        saturday = anchor + timedelta(days=5 - anchor.weekday())
        if anchor.weekday() < 4:
            saturday -= timedelta(weeks=1)
        value = week_value(saturday + timedelta(weeks=way)) + "-WE"
    elif unit_word == "quarter":
        value = quarter_value(anchor.year, (anchor.month - 1) // 3 + 1 + way)
    elif unit_word == "decade":
        value = f"{anchor.year // 10 + way}X"
    else:
        value = f"{anchor.year // 100 + way:02d}"
    return dated("DATE", value, anchor, True)
