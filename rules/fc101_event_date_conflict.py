"""FC101: reports give dates for one event that cannot all be true."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.engine import Group, Rule
from factcheck.engine.compare import (
    FACTUAL,
    Statement,
    by_value,
    comparable_status,
    describe_time,
    disagreements,
    full_extent,
    statements,
    times_disagree,
    who_says,
)
from factcheck.models import Claim, Finding


def _statement(claim: Claim) -> tuple[object, ...]:
    """What a date judgement reads of a claim: its interval, whether that is the whole
    extent, and whether it says what happened or what is to come."""
    return (claim.status in FACTUAL, claim.time, full_extent(claim))


def _clash(first: Statement, second: Statement) -> bool:
    return comparable_status(first[0], second[0]) and times_disagree(first[0], second[0])


class EventDateConflict(Rule):
    """Reports give dates for one event that cannot all be true.

    What it flags
        Claims about the same event (same subject and predicate, same status)
        whose time intervals cannot overlap: "opened in 2021" against "opened
        in April 2025"; or statements of a multi-day event's full extent that
        differ ("on October 15 and 16" against "opened a two-day summit on
        Wednesday", the 16th). Claims of one article are compared with each
        other too: a draft can contradict itself. One finding lists every
        date in the disagreement with the claims that give it, however many
        articles repeat each date.

    Why it matters
        The date of an event is the fact readers most often check and quote.

    Flagged example
        "The embassy opened in 2021." / "The embassy opened in March 2023."

    Consistent example
        "The embassy opened in 2023." / "The embassy opened in March 2023."
        (the coarser date contains the finer one)

    Configuration
        None.
    """

    code = "FC101"
    name = "date.event-conflict"
    severity = "error"
    kinds = ("event",)
    expectation = "All reports of an event's date agree"

    def check(self, group: Group) -> Iterator[Finding]:
        dated = (
            claim
            for claim in group.claims
            if claim.kind == "event" and claim.time is not None and claim.status != "negated"
        )
        for disagreement in disagreements(statements(dated, _statement), _clash):
            values = by_value(disagreement, describe_time)
            yield self.finding(
                group,
                [claim for _, claims in values for claim in claims],
                f"{group.subject} ({group.predicate}): "
                + "; ".join(who_says(value, claims) for value, claims in values),
                values=values,
                context=(group.predicate,),
            )
