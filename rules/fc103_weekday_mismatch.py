"""FC103: a weekday that does not fit the calendar date of the same event."""

from __future__ import annotations

import calendar
from collections.abc import Iterator

from factcheck.engine import Group, Rule
from factcheck.engine.compare import comparable_status, cross_article_pairs, full_extent
from factcheck.models import Claim, Finding


def _day_name(weekday: int) -> str:
    return calendar.day_name[weekday]


class WeekdayMismatch(Rule):
    """A weekday and a calendar date for one event do not agree.

    What it flags
        Within one statement: a weekday and a calendar date that do not fall
        together ("Monday, 22 April 2025": 22 April 2025 was a Tuesday).
        Across articles: one names the weekday of an event and the other its
        date (or another weekday) and they do not agree, when the first has no
        publication date to resolve its weekday against (otherwise FC101
        compares the resolved dates).

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

    def check(self, group: Group) -> Iterator[Finding]:
        for claim in group.claims:
            stated = self._stated_day(claim)
            if stated is not None and claim.weekday is not None and stated != claim.weekday:
                yield self.finding(
                    group,
                    (claim,),
                    f"{claim.article} names {_day_name(claim.weekday)} for "
                    f"{claim.time.start.isoformat() if claim.time else ''}, "
                    f"which was a {_day_name(stated)}",
                )
        for first, second in cross_article_pairs(group):
            if not comparable_status(first, second):
                continue
            for named, other in ((first, second), (second, first)):
                if named.weekday is None or named.time is not None:
                    continue
                other_day = other.weekday if other.time is None else self._stated_day(other)
                if other_day is not None and other_day != named.weekday:
                    yield self.finding(
                        group,
                        (named, other),
                        f"{group.subject} ({group.predicate}): {named.article} says "
                        f"{_day_name(named.weekday)}, {other.article} says "
                        f"{_day_name(other_day)}",
                    )
                    break

    @staticmethod
    def _stated_day(claim: Claim) -> int | None:
        """The weekday of the claim's single day (its first day for a stated extent)."""
        if claim.time is None or claim.time.granularity != "day":
            return None
        if claim.time.start != claim.time.end and not full_extent(claim):
            return None
        return claim.time.start.weekday()
