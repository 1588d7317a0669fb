"""Named holidays: "Thanksgiving", "Christmas Eve", "Election Day 2024"."""

from __future__ import annotations

import re
from datetime import date, timedelta

from factcheck.normalise.timex.normalise import (
    Context,
    Normalised,
    dated,
    handler,
    years_of,
)
from factcheck.normalise.timex.relative import direction

# Holidays by (month, day) or (month, weekday, nth; -1 = last of the month).
FIXED_HOLIDAYS = {"christmas eve": (12, 24), "christmas": (12, 25), "new year's eve": (12, 31),
                  "new year's": (1, 1), "halloween": (10, 31), "valentine's": (2, 14),
                  "boxing": (12, 26), "independence": (7, 4)}  # fmt: skip
WEEKDAY_HOLIDAYS = {"thanksgiving": (11, 3, 4), "labor": (9, 0, 1), "labour": (9, 0, 1),
                    "memorial": (5, 0, -1)}  # fmt: skip


def holiday_date(name: str, year: int) -> date | None:
    """The day a holiday falls on in a year ("Thanksgiving" is the fourth Thursday in November)."""
    if name == "election":  # the US one: the Tuesday after the first Monday in November
        first = date(year, 11, 1)
        return first + timedelta(days=(0 - first.weekday()) % 7 + 1)
    for key, (month, day) in FIXED_HOLIDAYS.items():
        if name.startswith(key):
            return date(year, month, day)
    if name in WEEKDAY_HOLIDAYS:
        month, weekday, nth = WEEKDAY_HOLIDAYS[name]
        if nth < 0:
            last = date(year, month + 1, 1) - timedelta(days=1)
            return last - timedelta(days=(last.weekday() - weekday) % 7)
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    return None


@handler("holiday")
def _holiday(words: str, context: Context) -> Normalised | None:
    name = re.sub(r"(?i)^(?:last|next|this)\s+|\s+day\b|,?\s*\d{4}$", "", words).lower()
    if name in (
        "independence",
        "election",
        "boxing",
        "labor",
        "labour",
        "memorial",
    ) and not re.search(r"(?i)\bday\b", words):
        return None  # "Independence" and "Labor" alone are not days
    years, anchor = years_of(words), context.anchor
    if years:
        found = holiday_date(name, years[0])
        return dated("DATE", found.isoformat(), anchor, False) if found else None
    if anchor is None:
        return (
            None
            if holiday_date(name, 2000) is None
            else Normalised("DATE", "XXXX-XX-XX", None, None, True)
        )
    candidates = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1)
                  if (d := holiday_date(name, y)) is not None]  # fmt: skip
    if not candidates:
        return None
    way = direction(words) or context.tense()
    if way > 0:
        chosen = min((d for d in candidates if d >= anchor), default=candidates[-1])
    elif way < 0 or "last" in words.lower():
        chosen = max((d for d in candidates if d <= anchor), default=candidates[0])
    else:
        chosen = min(candidates, key=lambda d: abs((d - anchor).days))
    return dated("DATE", chosen.isoformat(), anchor, True)
