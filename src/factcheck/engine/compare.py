"""Small judgements the rules share: pairs across articles, reference times, agreement."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import date

from factcheck.group import Group
from factcheck.models import AmountClaimValue, AmountValue, Claim, EventValue, TimeInterval
from factcheck.normalise.amounts.units import to_base

NOT_YET_DONE = {"expected", "planned", "ongoing"}
SAME_MOMENT_DAYS = 7


def cross_article_pairs(group: Group) -> Iterator[tuple[Claim, Claim]]:
    """Each unordered pair of claims that come from two different articles."""
    for first, second in itertools.combinations(group.claims, 2):
        if first.article != second.article:
            yield first, second


def publication_date(group: Group, claim: Claim) -> date | None:
    return group.article_of(claim).published


def same_day_extent(first: TimeInterval, second: TimeInterval) -> bool:
    return first.start == second.start and first.end == second.end


def times_disagree(first: Claim, second: Claim) -> bool:
    """Two dated statements disagree when their intervals cannot overlap, or when both
    state an event's full extent in days and the extents differ."""
    if first.time is None or second.time is None:
        return False
    if full_extent(first) and full_extent(second):
        return not same_day_extent(first.time, second.time)
    return not first.time.overlaps(second.time)


def times_agree(first: Claim, second: Claim) -> bool:
    if first.time is None or second.time is None:
        return first.time is None and second.time is None and first.weekday == second.weekday
    return (
        first.time.granularity == second.time.granularity
        and same_day_extent(first.time, second.time)
        or (first.time.contains(second.time) or second.time.contains(first.time))
        and (first.time.granularity != "unknown")
    )


FACTUAL = {"done", "ongoing"}


def comparable_status(first: Claim, second: Claim) -> bool:
    """Both state what happened (or is happening), or both what is to come."""
    if "negated" in {first.status, second.status}:
        return False
    return (first.status in FACTUAL) == (second.status in FACTUAL)


def moments_close(group: Group, first: Claim, second: Claim) -> bool:
    first_date, second_date = publication_date(group, first), publication_date(group, second)
    if first_date is None or second_date is None:
        return False
    return abs((first_date - second_date).days) <= SAME_MOMENT_DAYS


def describe_time(claim: Claim) -> str:
    return "no date" if claim.time is None else claim.time.describe()


def full_extent(claim: Claim) -> bool:
    """The claim's interval is its event's whole extent in days, not a moment inside it."""
    return isinstance(claim.value, EventValue) and claim.value.full_extent


def amount_detail(claim: Claim) -> AmountClaimValue | None:
    return claim.value if isinstance(claim.value, AmountClaimValue) else None


def in_base_units(amount: AmountValue) -> AmountValue:
    """The amount and its band in one base unit per dimension (miles → km, decades → years)."""
    value, low, high, unit = to_base(amount)
    return amount.model_copy(update={"value": value, "low": low, "high": high, "unit": unit})
