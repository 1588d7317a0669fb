"""FC103: a weekday that does not fit the calendar date of the same event."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import date

from factcheck.engine import Group, Rule
from factcheck.engine.compare import (
    FACTUAL,
    Statement,
    by_value,
    comparable_status,
    disagreements,
    full_extent,
    statements,
    who_says,
)
from factcheck.models import Claim, EventValue, Finding


def _day_name(weekday: int) -> str:
    return calendar.day_name[weekday]


def _month_day(claim: Claim, year: int) -> date | None:
    """The day of a month a claim gives without a year, in `year`."""
    value = claim.value
    if not isinstance(value, EventValue) or value.month_day is None or claim.time is not None:
        return None
    month, day = (int(part) for part in value.month_day.split("-"))
    try:
        return date(year, month, day)
    except ValueError:  # 29 February
        return None


class WeekdayMismatch(Rule):
    """A weekday and a calendar date for one event do not agree.

    What it flags
        Within one statement: a weekday and a calendar date that do not fall
        together ("Monday, 22 April 2025": 22 April 2025 was a Tuesday), once
        for every article that writes it so.
        Between statements: one names the weekday of an event and another its
        date (or another weekday) and they do not agree, when the first has no
        publication date to resolve its weekday against (otherwise FC101
        compares the resolved dates). An undated report's day of a month with
        no year ("Friday, May 22") is checked in the year of the story's dated
        reports, when they all fall in one. Statements of one article are compared
        with each other too ("on Tuesday" in one paragraph, "on Wednesday" in
        the next). One finding lists every day in the disagreement with the
        claims that give it, however many articles repeat each.

    Why it matters
        A wrong weekday is a common slip that readers notice at once.

    Flagged example
        "signed the agreement on Tuesday" / "the Sept. 17 agreement"
        (17 September 2025 was a Wednesday)

    Consistent example
        "signed the agreement on Wednesday" / "the Sept. 17 agreement"

    Configuration
        None.
    """

    code = "FC103"
    name = "date.weekday-mismatch"
    severity = "error"
    kinds = ("event",)
    expectation = "A weekday and a date for one event fall together"
    between_articles = False  # one statement's weekday and date are checked on their own

    def check(self, group: Group) -> Iterator[Finding]:
        yield from self._within_statements(group)
        yield from self._in_the_storys_year(group)
        yield from self._between_statements(group)

    def _in_the_storys_year(self, group: Group) -> Iterator[Finding]:
        """A weekday and a day of a month an undated report gives without a year
        ("Friday, May 22"), checked in the one year of the story's dated reports."""
        for claim in group.claims:
            story = group.article_of(claim).story
            if claim.time is not None or story is None:
                continue
            years = {
                article.published.year
                for article in group.articles.values()
                if article.story == story and article.published is not None
            }
            if len(years) != 1:
                continue
            (year,) = years
            day = _month_day(claim, year)
            if day is None or claim.weekday is None or day.weekday() == claim.weekday:
                continue
            named, actual = _day_name(claim.weekday), _day_name(day.weekday())
            value = f"{named} for {day:%B} {day.day}, a {actual} in {year}"
            yield self.finding(
                group,
                [claim],
                f"{claim.article} names {named} for {day:%B} {day.day}, which in {year}, the"
                f" year of the story's other reports, was a {actual}",
                values=[(value, [claim])],
                context=(group.predicate,),
            )

    def _within_statements(self, group: Group) -> Iterator[Finding]:
        def mismatched(claim: Claim) -> bool:
            stated = self._stated_day(claim)
            return stated is not None and claim.weekday is not None and stated != claim.weekday

        wrong = (claim for claim in group.claims if mismatched(claim))
        for statement in statements(wrong, lambda claim: (claim.weekday, claim.time)):
            first = statement[0]
            day = first.time.start if first.time else None
            named = _day_name(first.weekday) if first.weekday is not None else ""
            actual = _day_name(day.weekday()) if day else ""
            value = f"{named} for {day.isoformat() if day else ''}, a {actual}"
            articles = list(dict.fromkeys(claim.article for claim in statement))
            who = articles[0] if len(articles) == 1 else f"{len(articles)} articles"
            yield self.finding(
                group,
                statement,
                f"{who} name{'s' if len(articles) == 1 else ''} {named} for "
                f"{day.isoformat() if day else ''}, which was a {actual}",
                values=[(value, statement)],
                context=(group.predicate,),
            )

    def _between_statements(self, group: Group) -> Iterator[Finding]:
        dayed = (
            claim
            for claim in group.claims
            if claim.status != "negated" and self._day(claim) is not None
        )
        said = statements(
            dayed, lambda claim: (claim.status in FACTUAL, claim.time, self._day(claim))
        )

        def clash(first: Statement, second: Statement) -> bool:
            # a weekday resolved to a date is FC101's to compare; one side must be unresolved
            return (
                comparable_status(first[0], second[0])
                and (first[0].time is None or second[0].time is None)
                and self._day(first[0]) != self._day(second[0])
            )

        for disagreement in disagreements(said, clash):
            values = by_value(disagreement, self._describe_day)
            yield self.finding(
                group,
                [claim for _, claims in values for claim in claims],
                f"{group.subject} ({group.predicate}): "
                + "; ".join(who_says(value, claims) for value, claims in values),
                values=values,
                context=(group.predicate,),
            )

    @classmethod
    def _day(cls, claim: Claim) -> int | None:
        """The weekday a claim gives: as named when unresolved, else its date's."""
        return claim.weekday if claim.time is None else cls._stated_day(claim)

    @classmethod
    def _describe_day(cls, claim: Claim) -> str:
        day = cls._day(claim)
        named = _day_name(day) if day is not None else "no day"
        return named if claim.time is None else f"{named} ({claim.time.start.isoformat()})"

    @staticmethod
    def _stated_day(claim: Claim) -> int | None:
        """The weekday of the claim's single day (its first day for a stated extent)."""
        if claim.time is None or claim.time.granularity != "day":
            return None
        if claim.time.start != claim.time.end and not full_extent(claim):
            return None
        return claim.time.start.weekday()
