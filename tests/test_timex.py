"""Time expressions: what the checker sees, and properties of the normaliser."""

from __future__ import annotations

import calendar
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.normalise.timex import TimeExpression, find_times, normalise_time

ANCHOR = date(2025, 4, 21)  # a Monday


def norm(words: str, anchor: date | None = ANCHOR) -> TimeExpression:
    found = normalise_time(words, anchor)
    assert found is not None, words
    return found


def span(found: TimeExpression) -> tuple[str, str, str]:
    assert found.interval is not None, found
    interval = found.interval
    return interval.start.isoformat(), interval.end.isoformat(), interval.granularity


@pytest.mark.parametrize(
    ("words", "value", "interval"),
    [
        ("2024", "2024", ("2024-01-01", "2024-12-31", "year")),
        ("April 21 to 22", "2025-04-21", ("2025-04-21", "2025-04-22", "day")),
        ("in the 1960s", "196X", ("1960-01-01", "1969-12-31", "decade")),
        ("on Monday", "2025-04-21", ("2025-04-21", "2025-04-21", "day")),
        ("next month", "2025-05", ("2025-05-01", "2025-05-31", "month")),
        ("this year", "2025", ("2025-01-01", "2025-12-31", "year")),
        ("last week", "2025-W16", ("2025-04-14", "2025-04-20", "week")),
        ("yesterday", "2025-04-20", ("2025-04-20", "2025-04-20", "day")),
        ("today", "2025-04-21", ("2025-04-21", "2025-04-21", "day")),
        ("tomorrow", "2025-04-22", ("2025-04-22", "2025-04-22", "day")),
        ("Sept. 17", "2025-09-17", ("2025-09-17", "2025-09-17", "day")),
        ("15-16 October 2024", "2024-10-15", ("2024-10-15", "2024-10-16", "day")),
        ("October 14, 15 and 16", "2025-10-14", ("2025-10-14", "2025-10-16", "day")),
        ("from October 15 to 17", "2025-10-15", ("2025-10-15", "2025-10-17", "day")),
        ("on Friday and Saturday", "2025-04-18", ("2025-04-18", "2025-04-19", "day")),
        ("from Monday to Wednesday", "2025-04-14", ("2025-04-14", "2025-04-16", "day")),
        ("Oct. 13", "2025-10-13", ("2025-10-13", "2025-10-13", "day")),
        ("September 30", "2025-09-30", ("2025-09-30", "2025-09-30", "day")),
        ("the 2024-25 fiscal year", "2024", ("2024-01-01", "2025-12-31", "year")),
        ("earlier this month", "2025-04", ("2025-04-01", "2025-04-30", "month")),
        ("the first quarter", "2025-Q1", ("2025-01-01", "2025-03-31", "quarter")),
        ("the third quarter of 2024", "2024-Q3", ("2024-07-01", "2024-09-30", "quarter")),
        ("this summer", "2025-SU", ("2025-06-01", "2025-08-31", "season")),
        ("a year ago", "2024", ("2024-01-01", "2024-12-31", "year")),
        ("March 5, 2024", "2024-03-05", ("2024-03-05", "2024-03-05", "day")),
        ("the 20th century", "19", ("1900-01-01", "1999-12-31", "century")),
    ],
)
def test_dates_and_their_intervals(words: str, value: str, interval: tuple[str, str, str]) -> None:
    found = norm(words)
    assert found.type == "DATE"
    assert found.value == value
    assert span(found) == interval


def test_anchored_duration() -> None:
    found = norm("over the past two and a half years")
    assert (found.type, found.value, found.text) == (
        "DURATION",
        "P2Y6M",
        "the past two and a half years",
    )
    assert span(found)[:2] == ("2022-10-21", "2025-04-21")
    assert found.relative


@pytest.mark.parametrize(
    ("words", "value"), [("two-day", "P2D"), ("37-month", "P37M"), ("three-year", "P3Y")]
)
def test_adjectival_durations(words: str, value: str) -> None:
    found = norm(words)
    assert (found.type, found.value, found.interval) == ("DURATION", value, None)


def test_time_with_weekday() -> None:
    found = norm("4:30 p.m. Sunday")
    assert (found.type, found.value, found.weekday) == ("TIME", "2025-04-20T16:30", 6)


@pytest.mark.parametrize(
    ("words", "value"),
    [("in recent years", "PAST_REF"), ("now", "PRESENT_REF"), ("currently", "PRESENT_REF"),
     ("the near future", "FUTURE_REF")],
)  # fmt: skip
def test_reference_points(words: str, value: str) -> None:
    assert norm(words).value == value


def test_weekday_is_the_one_at_or_before_the_anchor_unless_next() -> None:
    wednesday = date(2025, 4, 23)
    assert norm("on Monday", wednesday).value == "2025-04-21"
    assert norm("Wednesday", wednesday).value == "2025-04-23"
    assert norm("Thursday", wednesday).value == "2025-04-17"
    assert norm("next Monday", wednesday).value == "2025-04-28"
    assert norm("coming Friday", wednesday).value == "2025-04-25"
    assert norm("Sunday", wednesday).weekday == 6


def test_without_anchor_relative_expressions_keep_xs() -> None:
    monday = norm("on Monday", None)
    assert (monday.value, monday.interval, monday.weekday) == ("XXXX-WXX-1", None, 0)
    assert norm("yesterday", None).value == "XXXX-XX-XX"
    assert norm("next month", None).interval is None
    assert norm("Sept. 17", None).value == "XXXX-09-17"
    assert span(norm("March 2024", None)) == ("2024-03-01", "2024-03-31", "month")


def test_find_times_spans_and_extents() -> None:
    text = "The two-day visit began last week, a year after talks on 21 April 2025 (Monday)."
    found = find_times(text, ANCHOR)
    assert [t.text for t in found] == ["two-day", "last week", "a year", "21 April 2025", "Monday"]
    for expression in found:
        assert text[expression.start : expression.end] == expression.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The visit will last two days.", ["two days"]),
        ("It could last three weeks.", ["three weeks"]),
        ("It won't last two days.", ["two days"]),
        ("It will likely last two days.", ["two days"]),
        ("Prices rose over the last two days.", ["the last two days"]),
    ],
)
def test_last_as_a_verb_is_no_period_before_now(text: str, expected: list[str]) -> None:
    assert [t.text for t in find_times(text, ANCHOR)] == expected


def test_words_that_are_not_dates() -> None:
    assert (
        find_times("You may go. June Carter sang. The 37-year-old man won 2,000 votes.", ANCHOR)
        == []
    )


MONTH_NAMES = list(calendar.month_name)[1:]
days = st.dates(min_value=date(1800, 1, 1), max_value=date(2099, 12, 31))


@settings(max_examples=200)
@given(day=days, anchor=days)
def test_coarser_expression_contains_finer(day: date, anchor: date) -> None:
    month = MONTH_NAMES[day.month - 1]
    year = norm(f"{day.year}", anchor)
    month_year = norm(f"{month} {day.year}", anchor)
    full = norm(f"{month} {day.day}, {day.year}", anchor)
    assert full.value == day.isoformat()
    assert year.interval and month_year.interval and full.interval
    assert year.interval.contains(month_year.interval)
    assert month_year.interval.contains(full.interval)


@settings(max_examples=200)
@given(day=days, anchor=days, later_by=st.integers(min_value=1, max_value=5000))
def test_later_anchor_never_moves_an_absolute_date(day: date, anchor: date, later_by: int) -> None:
    later = date.fromordinal(min(anchor.toordinal() + later_by, date(2099, 12, 31).toordinal()))
    for words in (f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}", day.isoformat(),
                  f"{MONTH_NAMES[day.month - 1]} {day.year}", f"in {day.year}"):  # fmt: skip
        first, second = norm(words, anchor), norm(words, later)
        assert (first.value, first.interval) == (second.value, second.interval)
        assert not first.relative


@settings(max_examples=300)
@given(text=st.text(max_size=300), anchor=st.one_of(st.none(), days))
def test_arbitrary_text_never_raises(text: str, anchor: date | None) -> None:
    for expression in find_times(text, anchor):
        assert text[expression.start : expression.end] == expression.text
    normalise_time(text, anchor)


@settings(max_examples=200)
@given(
    words=st.lists(
        st.sampled_from(["Monday", "March", "May", "5", "31", "2024", "the", "past", "two", "years",
                         "ago", "-", ",", "to", "Q3", "1960s", "p.m.", "4:30", "last", "week",
                         "next", "quarter", "fiscal", "İ", "and", "a", "half", "summer"]),
        max_size=8,
    ),
    anchor=st.one_of(st.none(), days),
)  # fmt: skip
def test_date_like_word_salad_never_raises(words: list[str], anchor: date | None) -> None:
    find_times(" ".join(words), anchor)


def test_weekdays_of_what_is_to_be_done_lie_ahead() -> None:
    found = find_times("The summit, to be hosted by Pakistan on Tuesday and Wednesday.", ANCHOR)
    assert [span(f) for f in found] == [("2025-04-22", "2025-04-23", "day")]


@pytest.mark.parametrize(
    ("text", "interval"),
    [
        # "to be" with a noun phrase or an adjective is no future
        ("Police said it was believed to be a drive-by shooting Friday evening.", "2025-04-18"),
        ("The gunman is thought to be responsible for the attack on Friday.", "2025-04-18"),
        ("The embassy is to be inaugurated on Friday.", "2025-04-25"),
        ("The treaty, to be signed on Friday, was drafted in March.", "2025-04-25"),
    ],
)
def test_to_be_is_the_future_only_with_a_participle(text: str, interval: str) -> None:
    (found,) = [f for f in find_times(text, ANCHOR) if f.weekday is not None]
    assert span(found)[0] == interval


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # a count after the weekday is no date
        ("On Sunday, 12 people were rescued.", ["Sunday"]),
        ("By Sunday, 40 people had been rescued.", ["Sunday"]),
        # a date after the weekday is part of it
        ("On Sunday, 12 October 2024, it rained.", ["Sunday, 12 October 2024"]),
        ("On Sunday 12 October, it rained.", ["Sunday 12 October"]),
    ],
)
def test_a_weekday_before_a_count_is_still_a_day(sentence: str, found: list[str]) -> None:
    assert [t.text for t in find_times(sentence, date(2024, 10, 15))] == found


def test_a_twelve_hour_clock_is_placed_by_the_part_of_the_day_after_it() -> None:
    (found,) = find_times("It shook Nepal at 11:46 on Friday night.", date(2023, 11, 4))
    assert (found.text, found.value) == ("11:46 on Friday night", "2023-11-03T23:46")
    (morning,) = find_times("It happened at 9:30 on Monday morning.", date(2023, 11, 4))
    assert morning.value == "2023-10-30T09:30"
    assert find_times("He scored at 11:46 of the second period.", date(2023, 11, 4)) == []
