"""FC107: reports give one event two times of day."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from factcheck.engine import Group, Rule
from factcheck.engine.compare import (
    by_value,
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
    return f"{'around ' if value.clock_approximate else ''}{value.clock}"


class EventClockConflict(Rule):
    """Reports give one event two times of day.

    What it flags
        Claims about the same event (same subject and predicate) from
        different reports whose times of day differ: "took off at 13:38"
        against "took off at 1:39 pm", or "happened around 7 pm" against
        "happened at around 7 am on Friday". An exact time allows no minute
        either way; a hedged one ("around", "about", "shortly after") a
        quarter of an hour. Times on two different days are left to FC101,
        and times in two named zones ("IST", "GMT") are not compared. A report that gives one
        event two times of day (the first blast at 8:45, the second at 9:05)
        tells two moments apart, so that event is not compared at all.

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
        None. `factcheck.engine.compare.APPROXIMATE_MINUTES` sets the leeway of a hedged time.
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
            if claim.kind == "event" and claim.status != "negated" and clock_of(claim) is not None
        ]
        per_article: dict[str, list[Claim]] = defaultdict(list)
        for claim in timed:
            per_article[claim.article].append(claim)
        for claims in per_article.values():
            if any(clocks_apart(claims[0], other) for other in claims[1:]):
                return  # one report times this event twice: two moments of one kind
        said = statements(timed, lambda claim: (clock_of(claim), claim.time))

        def clash(first: tuple[Claim, ...], second: tuple[Claim, ...]) -> bool:
            return first[0].article != second[0].article and clocks_apart(first[0], second[0])

        for disagreement in disagreements(said, clash):
            values = by_value(disagreement, _label)
            yield self.finding(
                group,
                [claim for _, claims in values for claim in claims],
                f"{group.subject} ({group.predicate}) time of day: "
                + "; ".join(who_says(value, claims) for value, claims in values),
                values=values,
                context=(group.predicate,),
            )
