"""FC101: reports give dates for one event that cannot all be true."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.engine import Group, Rule
from factcheck.engine.compare import (
    FACTUAL,
    Statement,
    by_value,
    describe_time,
    disagreements,
    full_extent,
    statements,
    times_disagree,
    who_says,
)
from factcheck.models import Claim, EventValue, Finding

# a schedule published this few days before the event is as firm as a report of it
IMMINENT_DAYS = 3


def _firm(group: Group, claim: Claim) -> bool:
    """The claim says what happened, or what is to happen within days of its report
    ("the meeting, to be hosted on Tuesday and Wednesday" on the Monday before)."""
    if claim.status in FACTUAL:
        return True
    published = group.article_of(claim).published
    if claim.status != "expected" or published is None or claim.time is None:
        return False
    return 0 <= (claim.time.start - published).days <= IMMINENT_DAYS


def _ordinal(claim: Claim) -> int | None:
    return claim.value.ordinal if isinstance(claim.value, EventValue) else None


def _clash(first: Statement, second: Statement) -> bool:
    return (
        first[0].status != "negated"
        and second[0].status != "negated"
        and times_disagree(first[0], second[0])
    )


class EventDateConflict(Rule):
    """Reports give dates for one event that cannot all be true.

    What it flags
        Claims about the same event (same subject and predicate, same status)
        whose time intervals cannot overlap: "opened in 2021" against "opened
        in April 2025"; or statements of a multi-day event's full extent that
        differ ("on October 15 and 16" against "opened a two-day summit on
        Wednesday", the 16th). What is to come is compared with what is to
        come, what happened with what happened; a schedule published at most
        three days before the event it dates ("the meeting, to be hosted on
        Tuesday and Wednesday", the Monday before) is as firm as a report of
        it and is compared with reports. Numbered editions of a series ("the
        fourth round", "the fifth round") are different events; where a story
        numbers two or more of them ("the first round", "the second round"),
        one told without a number ("the vote held the same day") may be
        either, so it is compared with none of them. Claims of one article are compared with each
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
        firm = {claim.id: _firm(group, claim) for claim in group.claims}

        def statement(claim: Claim) -> tuple[object, ...]:
            # what a date judgement reads of a claim: whether it is firm, its interval,
            # whether that is the whole extent, and which of a series it is
            return (firm[claim.id], claim.time, full_extent(claim), _ordinal(claim))

        editions = {_ordinal(claim) for claim in group.claims} - {None}

        def clash(first: Statement, second: Statement) -> bool:
            numbered = _ordinal(first[0]), _ordinal(second[0])
            if None not in numbered and numbered[0] != numbered[1]:
                return False  # the fourth round and the fifth are two events
            if numbered.count(None) == 1 and len(editions) > 1:
                return False  # "the vote" of May 14 may be the first round or the second
            return firm[first[0].id] == firm[second[0].id] and _clash(first, second)

        for disagreement in disagreements(statements(dated, statement), clash):
            values = by_value(disagreement, describe_time)
            yield self.finding(
                group,
                [claim for _, claims in values for claim in claims],
                f"{group.subject} ({group.predicate}): "
                + "; ".join(who_says(value, claims) for value, claims in values),
                values=values,
                context=(group.predicate,),
            )
