"""FC101: two articles give dates for one event that cannot both be true."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.engine import Group, Rule
from factcheck.engine.compare import (
    comparable_status,
    cross_article_pairs,
    describe_time,
    times_disagree,
)
from factcheck.models import Finding


class EventDateConflict(Rule):
    """Two articles give dates for one event that cannot both be true.

    What it flags
        Two claims about the same event (same subject and predicate, same
        status) whose time intervals cannot overlap: "opened in 2021" against
        "opened in April 2025"; or two statements of a multi-day event's full
        extent that differ ("on October 15 and 16" against "opened a two-day
        summit on Wednesday", the 16th).

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
        for first, second in cross_article_pairs(group):
            if first.kind != "event" or not comparable_status(first, second):
                continue
            if times_disagree(first, second):
                yield self.finding(
                    group,
                    (first, second),
                    f"{group.subject} ({group.predicate}): {first.article} says "
                    f"{describe_time(first)}, {second.article} says {describe_time(second)}",
                )
