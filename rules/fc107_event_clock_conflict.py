"""FC107: reports give one event two times of day."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from factcheck.engine import Group, Rule
from factcheck.engine.compare import (
    FACTUAL,
    by_value,
    clock_minutes,
    clock_of,
    clocks_apart,
    disagreements,
    statements,
    who_says,
)
from factcheck.models import Claim, Finding


def _label(claim: Claim) -> str:
    value = clock_of(claim)
    if value is None:
        return "no time"
    hedge = "around " if value.clock_approximate else ""
    zone = f" {value.clock_zone}" if value.clock_zone else ""
    day = f" on {claim.time.describe()}" if claim.time is not None else ""
    return f"{hedge}{value.clock}{zone}{day}"


def _timed_twice(claims: list[Claim]) -> bool:
    """One report gives the event two times of day that cannot be one moment: the
    earliest and the latest of them are apart."""
    ordered = sorted(claims, key=lambda claim: clock_minutes(claim) or 0)
    return clocks_apart(ordered[0], ordered[-1])


class EventClockConflict(Rule):
    """Reports give one event two times of day.

    What it flags
        Claims that an event happened (same subject and predicate), told in the
        past, from different reports whose times of day differ: "took off at
        13:38" against "took off at 1:39 pm", or "happened around 7 pm" against
        "happened at around 7 am on Friday". An exact time allows no minute
        either way; a hedged one ("around", "about", "shortly after") a
        quarter of an hour, across midnight too. A bound is no time of the
        event ("landed before 7 pm", "after 1 pm"), nor is a habit ("opens at
        9 am every day") or a plan. Times on two different days are left to
        FC101, and times in two named zones ("IST", "GMT") are not compared.
        A report that gives one event two times of day (the first blast at
        8:45, the second at 9:05) tells two moments apart, so that event is
        not compared at all.

    Why it matters
        Times of day are copied from agency copy, flight trackers and police
        statements, and a slip (am for pm, a minute off) is repeated from one
        outlet to the next.

    Flagged example
        "The flight took off at 13:38." / "The flight took off at 1:39 pm."

    Consistent example
        "The flight took off at around 1:30 pm." / "The flight took off at
        1:39 pm."

    Configuration
        None. `factcheck.engine.compare.APPROXIMATE_MINUTES` sets the leeway of
        a hedged time.
    """

    code = "FC107"
    name = "time.event-clock-conflict"
    severity = "warning"
    kinds = ("event",)
    expectation = "All reports of an event give it one time of day"

    def check(self, group: Group) -> Iterator[Finding]:
        timed = [
            claim
            for claim in group.claims
            if claim.kind == "event" and claim.status in FACTUAL and clock_of(claim) is not None
        ]
        per_article: dict[str, list[Claim]] = defaultdict(list)
        for claim in timed:
            per_article[claim.article].append(claim)
        if any(_timed_twice(claims) for claims in per_article.values()):
            return  # one report times this event twice: two moments of one kind

        def said(claim: Claim) -> tuple[object, ...]:
            value = clock_of(claim)
            assert value is not None
            return (value.clock, value.clock_approximate, value.clock_zone, claim.time)

        def clash(first: tuple[Claim, ...], second: tuple[Claim, ...]) -> bool:
            return first[0].article != second[0].article and clocks_apart(first[0], second[0])

        for disagreement in disagreements(statements(timed, said), clash):
            values = by_value(disagreement, _label)
            yield self.finding(
                group,
                [claim for _, claims in values for claim in claims],
                f"{group.subject} ({group.predicate}) time of day: "
                + "; ".join(who_says(value, claims) for value, claims in values),
                values=values,
                context=(group.predicate,),
            )
