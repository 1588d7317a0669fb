"""FC401: facts that two or more articles state alike."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.engine import Group, Rule
from factcheck.engine.compare import comparable_status, in_base_units, moments_close, times_agree
from factcheck.models import Claim, Finding, RoleValue


def agree(group: Group, first: Claim, second: Claim) -> bool:
    """True when two claims of one group state the same fact."""
    if first.kind != second.kind:
        return False
    pending = {"ongoing", "expected", "planned"}
    if first.kind == "event" and first.status in pending and second.status in pending:
        return moments_close(group, first, second)  # "being inaugurated" / "expected": one visit
    if not comparable_status(first, second):
        return False
    if first.kind == "role":
        return (
            isinstance(first.value, RoleValue)
            and isinstance(second.value, RoleValue)
            and first.value.title == second.value.title
        )
    if first.kind == "amount":
        if first.amount is None or second.amount is None:
            return False
        if (first.time is None) != (second.time is None):
            return False
        a, b = in_base_units(first.amount), in_base_units(second.amount)
        return (
            a.unit == b.unit
            and a.overlaps(b)
            and (first.time is None or times_agree(first, second))
        )
    return times_agree(first, second)


class Corroboration(Rule):
    """Two or more articles state one fact alike.

    What it flags
        A set of claims from at least two articles about one subject and
        predicate that agree: the same date, an amount within each other's
        bands, the same title, or the same state of an event at the same time.
        It is a finding of kind `corroboration`, not a conflict.

    Why it matters
        An editor wants to know which facts stand on more than one source as
        much as which ones are disputed.

    Flagged example
        "Pakistan established its High Commission in Kigali in 2021" /
        "in 2021 when Pakistan established a physical diplomatic mission in Kigali"

    Consistent example
        A fact that only one article states is not reported.

    Configuration
        None.
    """

    code = "FC401"
    name = "corroboration.same-fact"
    severity = "info"
    kinds = ("event", "amount", "role")
    expectation = "Facts confirmed by more than one article"
    finding_kind = "corroboration"

    def check(self, group: Group) -> Iterator[Finding]:
        clusters: list[list[Claim]] = []
        for claim in group.claims:
            for cluster in clusters:
                if all(
                    agree(group, claim, member)
                    for member in cluster
                    if member.article != claim.article
                ) and any(member.article != claim.article for member in cluster):
                    cluster.append(claim)
                    break
            else:
                clusters.append([claim])
        for cluster in clusters:
            articles = {claim.article for claim in cluster}
            if len(articles) >= 2:
                yield self.finding(
                    group,
                    cluster,
                    f"{group.subject} ({group.predicate}): {len(articles)} articles agree",
                )
