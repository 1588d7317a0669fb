"""FC102: one article calls an event still to come when another says it was already done."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from factcheck.engine import Group, Rule
from factcheck.engine.compare import (
    NOT_YET_DONE,
    cross_article_pairs,
    describe_time,
    publication_date,
)
from factcheck.models import Claim, Finding


class ExpectedAfterDone(Rule):
    """One article calls an event expected or under way when another says it was done before.

    What it flags
        An article published at time T says an event is expected, planned or
        under way at T ("is being inaugurated during the visit", "was expected
        during the current visit"), while another article says the same event
        was already done before T ("opened its High Commission in Pakistan in
        2024"). The reference time is the claim's own date when it gives one,
        else its article's publication date (stated or inferred).

    Why it matters
        Readers cannot tell whether the event happened; one of the two reports
        is wrong about the state of the world.

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
        for first, second in cross_article_pairs(group):
            for pending, done in ((first, second), (second, first)):
                if pending.status in NOT_YET_DONE and done.status == "done":
                    finding = self._judge(group, pending, done)
                    if finding is not None:
                        yield finding

    def _judge(self, group: Group, pending: Claim, done: Claim) -> Finding | None:
        reference = self._reference_time(group, pending)
        if reference is None or done.time is None or done.time.end >= reference:
            return None
        return self.finding(
            group,
            (done, pending),
            f"{group.subject} ({group.predicate}): {done.article} says it was done "
            f"({describe_time(done)}), but {pending.article} calls it {pending.status} "
            f"as of {reference.isoformat()}",
        )

    @staticmethod
    def _reference_time(group: Group, pending: Claim) -> date | None:
        if pending.time is not None:
            return pending.time.start
        return publication_date(group, pending)
