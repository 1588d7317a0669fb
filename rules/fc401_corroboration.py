"""FC401: facts that two or more articles state alike."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.engine import Group, Rule
from factcheck.engine.compare import (
    Statement,
    articles_of,
    by_value,
    clocks_apart,
    comparable_status,
    in_base_units,
    moments_close,
    statements,
    times_agree,
)
from factcheck.models import Claim, Finding, RoleValue

PENDING = {"ongoing", "expected", "planned"}


def agree(group: Group, first: Claim, second: Claim) -> bool:
    """True when two claims of one group state the same fact."""
    if first.kind != second.kind:
        return False
    if first.kind == "event" and first.status in PENDING and second.status in PENDING:
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
    if clocks_apart(first, second):
        return False  # one day, two times of day
    return times_agree(first, second)


class Corroboration(Rule):
    """Two or more articles state one fact alike.

    What it flags
        A set of claims from at least two articles about one subject and
        predicate that agree: the same date, an amount within each other's
        bands, the same title, or the same state of an event at the same time.
        It is a finding of kind `corroboration`, not a conflict, and lists each
        value stated alike with the claims that state it, however many
        articles repeat it.

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
        clusters: list[list[Statement]] = []
        # statements are few however many articles repeat them: cluster those
        for statement in statements(group.claims, lambda claim: _statement(group, claim)):
            for cluster in clusters:
                if all(agree(group, statement[0], member[0]) for member in cluster):
                    cluster.append(statement)
                    break
            else:
                clusters.append([statement])
        for cluster in clusters:
            articles = articles_of(cluster)
            if len(articles) >= 2:
                values = by_value(cluster, _describe)
                yield self.finding(
                    group,
                    [claim for _, claims in values for claim in claims],
                    f"{group.subject} ({group.predicate}): {len(articles)} articles agree",
                    values=values,
                    context=(group.predicate,),
                )


def _statement(group: Group, claim: Claim) -> tuple[object, ...]:
    """What agreement reads of a claim; a pending event is judged by when it was reported."""
    reported = group.article_of(claim).published if claim.status in PENDING else None
    return (claim.kind, claim.status, claim.value, reported)


def _describe(claim: Claim) -> str:
    value = claim.describe()
    return value if claim.status == "done" else f"{claim.status}: {value}"
