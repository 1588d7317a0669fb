"""FC102: reports call an event still to come when others say it was already done."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from factcheck.engine import Group, Rule
from factcheck.engine.compare import (
    NOT_YET_DONE,
    articles_of,
    by_value,
    describe_time,
    publication_date,
    statements,
    who_says,
)
from factcheck.models import Claim, Finding


def _reference_time(group: Group, pending: Claim) -> date | None:
    """When a pending claim says the event is still to come: its own date, else its article's."""
    if pending.time is not None:
        return pending.time.start
    return publication_date(group, pending)


class ExpectedAfterDone(Rule):
    """Reports call an event expected or under way when others say it was done before.

    What it flags
        An article published at time T says an event is expected, planned or
        under way at T ("is being inaugurated during the visit", "was expected
        during the current visit"), while another article says the same event
        was already done before T ("opened its High Commission in Pakistan in
        2024"). The reference time is the claim's own date when it gives one,
        else its article's publication date (stated or inferred). One finding
        for each state reported as still to come ("ongoing as of 2025-04-21")
        lists it with the earlier completions it contradicts ("done in 2024"),
        each with the claims that give it, however many articles repeat them;
        a new report of the event as pending at another time is a new finding,
        so a baseline that accepted the first keeps hiding it.

    Why it matters
        Readers cannot tell whether the event happened; one of the reports is
        wrong about the state of the world.

    Flagged example
        April 2025: "The embassy is being inaugurated during the visit." /
        "Rwanda opened its embassy in Pakistan in 2024."

    Consistent example
        April 2025: "The embassy is being inaugurated during the visit." /
        "Rwanda opened its embassy in Pakistan in April 2025."

    Configuration
        None.
    """

    code = "FC102"
    name = "status.expected-after-done"
    severity = "error"
    kinds = ("event",)
    expectation = "An event reported as done is not reported as still to come afterwards"

    def check(self, group: Group) -> Iterator[Finding]:
        references = {
            claim.id: reference
            for claim in group.claims
            if claim.status in NOT_YET_DONE
            and (reference := _reference_time(group, claim)) is not None
        }
        done = statements(
            (c for c in group.claims if c.status == "done" and c.time is not None),
            lambda claim: claim.time,
        )
        pending = statements(
            (c for c in group.claims if c.id in references),
            lambda claim: (claim.status, references[claim.id]),
        )

        def label(claim: Claim) -> str:
            if claim.status == "done":
                return f"done in {describe_time(claim)}"
            return f"{claim.status} as of {references[claim.id].isoformat()}"

        for later in pending:
            reference = references[later[0].id]
            # one article saying both is left alone: "opened in 2024" and "its new
            # building is being inaugurated" are often two events under one name
            before = [
                earlier
                for earlier in done
                if earlier[0].time is not None
                and earlier[0].time.end < reference
                and len(articles_of((earlier, later))) >= 2
            ]
            if not before:
                continue
            values = by_value([*before, later], label)
            yield self.finding(
                group,
                [claim for _, claims in values for claim in claims],
                f"{group.subject} ({group.predicate}): "
                + "; ".join(who_says(value, claims) for value, claims in values),
                values=values,
                context=(group.predicate,),
            )
