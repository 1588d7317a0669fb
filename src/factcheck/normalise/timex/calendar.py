"""Handlers for calendar expressions: clock times, dates, ranges, months, years, decades."""

from __future__ import annotations

import re
from datetime import date

from factcheck.models import TimeInterval
from factcheck.normalise.timex.normalise import (
    MONTH_WORD,
    Context,
    Normalised,
    dated,
    day_of,
    days_of,
    handler,
    month_of,
    weekday_of,
    year_for,
    years_of,
)
from factcheck.normalise.timex.patterns import MONTHS, ORDINALS, SEASONS, TIME_OF_DAY
from factcheck.normalise.timex.values import interval_of, month_value, week_value

CLOCK = re.compile(TIME_OF_DAY, re.IGNORECASE)
PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
         "tonight": "NI"}  # fmt: skip


def day_written(words: str) -> bool:
    """Whether a time expression says its day ("3 p.m. June 29", "Friday at noon",
    "yesterday afternoon"), not only a time of day ("around 3 p.m.")."""
    rest = CLOCK.sub(" ", words)
    return bool(
        month_of(rest) is not None
        or weekday_of(rest) is not None
        or re.search(r"(?i)\b(?:today|yesterday|tomorrow|tonight|last\s+night)\b", rest)
    )


@handler("time")
def _time(words: str, context: Context) -> Normalised | None:
    lowered = words.lower()
    if "noon" in lowered or "midday" in lowered:
        clock = "12:00"
    elif "midnight" in lowered:
        clock = "24:00"
    else:
        match = re.search(r"(\d{1,2})(?:[:.]?(\d\d))?\s*([ap])?", lowered)
        if not match:
            return None
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        later = re.search(r"\b(?:afternoon|evening|night)\b", lowered)
        if (match.group(3) == "p" or (match.group(3) is None and later)) and hour < 12:
            hour += 12  # "11:46 on Friday night" is 23:46
        elif match.group(3) == "a" and hour == 12:
            hour = 0
        clock = f"{hour:02d}:{minute:02d}"
    # the day is read from what is left once the clock is taken out: the hour of
    # "3 p.m. June 29" is not the day of the month
    rest = re.sub(r"\d{1,2}[:.]\d\d", " ", CLOCK.sub(" ", words))
    day, weekday = day_of(rest, context)
    if not day:
        return None
    relative = not years_of(rest)
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
        us_month, us_day, us_year = map(int, match.groups())
        us_year = us_year + (1900 if us_year >= 50 else 2000) if us_year < 100 else us_year
        return dated("DATE", date(us_year, us_month, us_day).isoformat(), None, False)
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
            r"|last|next|this|since|between|and)\s*$",
            context.before,
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
    number = (
        int(match.group(1))
        if match
        else next(
            (
                n
                for name, n in sorted(ORDINALS.items(), key=lambda i: -len(i[0]))
                if name in lowered
            ),
            0,
        )
    )
    if not 1 <= number <= 21:
        return None
    return dated("DATE", f"{number - 1:02d}", None, False)
