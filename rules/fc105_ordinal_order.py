"""FC105: a numbered edition of a series dated before an edition with a lower number."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from factcheck.engine import Group, Rule
from factcheck.engine.compare import FACTUAL
from factcheck.models import Claim, EventValue, Finding, TimeInterval


def _before(first: TimeInterval, second: TimeInterval) -> bool:
    """`first` ends before `second` begins."""
    return first.end < second.start


class OrdinalOrder(Rule):
    """A numbered edition of a series is dated before an edition with a lower number.

    What it flags
        Claims of one story about editions of one series of events (rounds
        of talks, summits, meetings, finals) that give each its number and a
        date, where a higher-numbered edition is dated before a lower-numbered
        one, or one number is given two dates that cannot overlap: "the fifth
        round of talks was held in 2023" / "the fourth round was held in
        2024". Only what happened is compared; editions to come are left out.

    Why it matters
        A series runs in order; a number or a year that breaks the order is
        wrong in one of the reports, and readers count on both.

    Flagged example
        "The fifth round of talks was held in Islamabad in 2023." / "The
        fourth round of talks was held in Islamabad in 2024."

    Consistent example
        "The fourth round of talks was held in 2022." / "The fifth round of
        talks was held in 2023."

    Configuration
        None.
    """

    code = "FC105"
    name = "event.ordinal-order"
    severity = "warning"
    kinds = ("event",)
    expectation = "Numbered editions of a series are dated in their order"
    between_articles = False  # one article may date a series out of order

    def check(self, group: Group) -> Iterator[Finding]:
        by_edition: dict[tuple[int, TimeInterval], list[Claim]] = defaultdict(list)
        for claim in group.claims:
            value = claim.value
            if (
                isinstance(value, EventValue)
                and value.ordinal is not None
                and value.time is not None
                and claim.status in FACTUAL
            ):
                by_edition[(value.ordinal, value.time)].append(claim)
        # distinct (number, date) statements are few; compare those, not claims
        editions = sorted(by_edition, key=lambda item: (item[0], item[1].start))
        clashing = {
            side
            for index, first in enumerate(editions)
            for second in editions[index + 1 :]
            if (first[0] < second[0] and _before(second[1], first[1]))
            or (
                first[0] == second[0]
                and (_before(first[1], second[1]) or _before(second[1], first[1]))
            )
            for side in (first, second)
        }
        if not clashing:
            return
        values = [
            (
                by_edition[edition][0].value.describe(),
                sorted(by_edition[edition], key=lambda c: c.id),
            )
            for edition in sorted(clashing, key=lambda item: (item[0], item[1].start))
        ]
        yield self.finding(
            group,
            [claim for _, claims in values for claim in claims],
            f"{group.subject}: " + " vs ".join(value for value, _ in values),
            values=values,
        )
