"""Time expressions: find them in text and normalise them to TIMEX3 values and intervals.

Recognition is rule-based (the regular expressions in `patterns`), so it is
cheap enough to run over every sentence; each candidate's words are then
normalised by the handler of its kind (`normalise`) against the anchor,
the publication date. Relative expressions without an anchor keep X's in their
value and get no interval.

    >>> [t.value for t in find_times("It opened on Monday, after the 1960s.", date(2025, 4, 23))]
    ['2025-04-21', '196X']
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from factcheck.models import TimeInterval
from factcheck.normalise.timex import (  # noqa: F401  (importing them registers their handlers)
    calendar,
    durations,
    holidays,
    relative,
)
from factcheck.normalise.timex.normalise import HANDLERS, Context, Normalised, TimexType
from factcheck.normalise.timex.patterns import COMPILED, KEYWORD_FALLBACK, KEYWORD_PATTERNS

WINDOW_BEFORE, WINDOW_AFTER = 90, 70


class TimeExpression(BaseModel):
    """One time expression: its span in the text, TIMEX3 type and value, and interval."""

    model_config = ConfigDict(frozen=True)

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    interval: TimeInterval | None
    weekday: int | None = None
    relative: bool = False


def _windows(text: str, keyword: re.Pattern[str]) -> list[tuple[int, int]]:
    """Merged stretches of text around the keyword's hits, wide enough for any expression."""
    windows: list[tuple[int, int]] = []
    for hit in keyword.finditer(text):
        low, high = max(0, hit.start() - WINDOW_BEFORE), min(len(text), hit.end() + WINDOW_AFTER)
        if windows and low <= windows[-1][1]:
            windows[-1] = (windows[-1][0], high)
        else:
            windows.append((low, high))
    return windows


def _candidates(text: str) -> list[tuple[int, int, int, str]]:
    """Every pattern match as (start, end, pattern order, kind)."""
    found = []
    lowered = text.lower()
    same_length = len(lowered) == len(text)
    windows_by_kind: dict[str, list[tuple[int, int]]] = {}
    windows_by_keyword: dict[str, list[tuple[int, int]]] = {}
    for order, (kind, pattern) in enumerate(COMPILED):
        if kind not in windows_by_kind:
            keyword, in_lowered = KEYWORD_PATTERNS[kind]
            if keyword.pattern not in windows_by_keyword:
                if not same_length:
                    hits = _windows(text, KEYWORD_FALLBACK[kind])
                else:
                    hits = _windows(lowered if in_lowered else text, keyword)
                windows_by_keyword[keyword.pattern] = hits
            windows_by_kind[kind] = windows_by_keyword[keyword.pattern]
        for low, high in windows_by_kind[kind]:
            for match in pattern.finditer(text, low, high):
                start, end = match.span()
                while end > start and text[end - 1] in " \t\n,-":
                    end -= 1
                if end > start:
                    found.append((start, end, order, kind))
    return list(set(found))


def _normalise(kind: str, words: str, context: Context) -> Normalised | None:
    try:
        return HANDLERS[kind](words, context)
    except (ValueError, OverflowError, KeyError, IndexError, ZeroDivisionError):
        return None  # an impossible date ("February 30") is not a time expression


def find_times(text: str, anchor: date | None) -> list[TimeExpression]:
    """All time expressions in `text`, in order, resolved against `anchor` (publication date).

    Overlapping candidates are settled longest first; a candidate whose words do
    not normalise is dropped. Never raises on any input string.
    """
    if not isinstance(text, str) or not text:
        return []
    return list(_found(text, anchor))


# one article is read for its story and for its claims in turn: found once
@lru_cache(maxsize=4)
def _found(text: str, anchor: date | None) -> tuple[TimeExpression, ...]:
    return tuple(_find(text, anchor))


def _find(text: str, anchor: date | None) -> list[TimeExpression]:
    chosen: list[TimeExpression] = []
    # The spans taken so far, disjoint and sorted by start (so by end too): an overlap
    # check looks at two neighbours, not at every span (a text of 10,000 "Q1"s).
    taken_starts: list[int] = []
    taken_ends: list[int] = []
    for start, end, _order, kind in sorted(
        _candidates(text), key=lambda c: (c[0] - c[1], c[2], c[0])
    ):
        place = bisect_right(taken_starts, start)
        if (place and taken_ends[place - 1] > start) or (
            place < len(taken_starts) and taken_starts[place] < end
        ):
            continue
        context = Context(
            anchor=anchor, before=text[max(0, start - 80) : start], after=text[end : end + 80]
        )
        result = _normalise(kind, text[start:end], context)
        if result is None:
            continue
        taken_starts.insert(place, start)
        taken_ends.insert(place, end)
        chosen.append(
            TimeExpression(
                start=start,
                end=end,
                text=text[start:end],
                type=result.type,
                value=result.value,
                interval=result.interval,
                weekday=result.weekday,
                relative=result.relative,
            )
        )
    return sorted(chosen, key=lambda expression: expression.start)


def normalise_time(words: str, anchor: date | None) -> TimeExpression | None:
    """Normalise the words of one expression ("next month", "April 21 to 22").

    The longest expression found in the words is returned (its span is within
    `words`); None when the words hold no time expression.
    """
    found = find_times(words, anchor)
    if not found:
        return None
    return max(found, key=lambda expression: (expression.end - expression.start, -expression.start))
