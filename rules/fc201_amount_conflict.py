"""FC201: two articles give amounts for the same measure whose bands cannot overlap."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.engine.compare import (
    amount_detail,
    cross_article_pairs,
    in_base_units,
    moments_close,
)
from factcheck.models import Claim, Finding
from factcheck.engine import Group, Rule

# Running tallies change by the hour; compare them only between same-day reports.
RUNNING_TALLIES = {"deaths", "injured", "missing", "evacuated"}


def _same_period(first: Claim, second: Claim) -> bool:
    """Periods that both claims state must be the same; an unstated one is the story's."""
    if first.time is None or second.time is None:
        return True
    return first.time.start == second.time.start and first.time.end == second.time.end


def _different_sources(first: Claim, second: Claim) -> bool:
    """Two figures each credited to a different source report two measurements."""
    sources = tuple(
        detail.source if detail else None for detail in map(amount_detail, (first, second))
    )
    return None not in sources and sources[0] != sources[1]


class AmountConflict(Rule):
    """Two articles give amounts for one measure and period whose tolerance bands cannot overlap.

    What it flags
        Two amounts that measure the same thing (same measure, same owner and
        direction, same period, comparable units) where no value lies inside
        both tolerance bands. Hedges set the bands: "about" is a relative band,
        "more than" a lower bound, "nearly" an upper bound; an exact figure
        allows for its stated precision ("$1.1 billion" is 1.05 to 1.15).
        Running tallies (deaths, injured) are compared only between reports of
        the same day.

    Why it matters
        Figures are quoted and re-quoted; a wrong one spreads.

    Flagged example
        "a first tranche of US$1.1 billion" / "a first tranche of $1.03 billion"

    Consistent example
        "about $126 million in trade" / "approximately $127 million in trade";
        "$34 million in 2023" / "$127 million over the past two and a half years"
        (different periods are not compared)

    Configuration
        None.
    """

    code = "FC201"
    name = "amount.band-conflict"
    severity = "warning"
    kinds = ("amount",)
    expectation = "All reports of a figure agree within their stated precision"

    def check(self, group: Group) -> Iterator[Finding]:
        for first, second in cross_article_pairs(group):
            if first.amount is None or second.amount is None or not _same_period(first, second):
                continue
            if _different_sources(first, second):
                continue
            if group.subject.split("/")[-1] in RUNNING_TALLIES and not _same_moment(
                group, first, second
            ):
                continue
            first_base, second_base = in_base_units(first.amount), in_base_units(second.amount)
            if first_base.unit != second_base.unit:
                continue
            if not first_base.overlaps(second_base):
                yield self.finding(
                    group,
                    (first, second),
                    f"{group.subject}: {first.article} says \u201c{first.text}\u201d, "
                    f"{second.article} says \u201c{second.text}\u201d",
                )


def _same_moment(group: Group, first: Claim, second: Claim) -> bool:
    """Same-day reports whose figures are not tied to different moments ("in the first hours")."""
    first_date = group.article_of(first).published
    second_date = group.article_of(second).published
    return (
        moments_close(group, first, second)
        and first_date == second_date
        and _period_words(first) == _period_words(second)
    )


def _period_words(claim: Claim) -> str | None:
    detail = amount_detail(claim)
    return detail.period_text if detail else None
