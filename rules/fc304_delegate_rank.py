"""FC304: reports disagree on how senior the person who represented a country was."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from factcheck.engine import Group, Rule
from factcheck.models import Claim, DelegateValue, Finding


class DelegateRank(Rule):
    """Reports disagree on how senior the person who represented a country was.

    What it flags
        Two articles of one story that name a country's delegate at the
        story's event at ranks that cannot both be right: one says its first
        vice-president came, the other that a minister represented it
        ("Iran's First Vice-President Mohammad Reza Aref" among the delegates /
        "Iran is represented by its Minister for Industry and Trade"). Ranks
        are head of state, head of government, deputy head, minister and envoy
        (the `office_ranks` lexicon). An article may name several people of
        one country (a prime minister and a foreign minister); two articles
        disagree only when no rank one of them gives is a rank the other gives.

    Why it matters
        Who came to a summit is what the coverage is about; a report that has
        the wrong level of delegation misstates the event.

    Flagged example
        "Iran's First Vice-President Mohammad Reza Aref attended" / "Iran was
        represented by its trade minister"

    Consistent example
        "Pakistan's Prime Minister and its Foreign Minister attended" /
        "Pakistan was represented by its Foreign Minister"

    Configuration
        None.
    """

    code = "FC304"
    name = "delegate.rank"
    severity = "warning"
    kinds = ("delegate",)
    expectation = "Reports agree on how senior a country's delegate was"

    def check(self, group: Group) -> Iterator[Finding]:
        levels: dict[str, set[int]] = defaultdict(set)
        by_level: dict[int, list[Claim]] = defaultdict(list)
        for claim in group.claims:
            if isinstance(claim.value, DelegateValue):
                levels[claim.article].add(claim.value.level)
                by_level[claim.value.level].append(claim)
        # distinct sets of ranks are few (subsets of five); compare those, not articles
        stated = sorted({frozenset(found) for found in levels.values()}, key=sorted)
        clashing: set[int] = set()
        for index, first in enumerate(stated):
            for second in stated[index + 1 :]:
                if first.isdisjoint(second):
                    clashing |= first | second
        if not clashing:
            return
        values = []
        for level in sorted(clashing, reverse=True):
            claims = sorted(by_level[level], key=lambda c: c.id)
            value = claims[0].value
            assert isinstance(value, DelegateValue)
            values.append((value.rank, claims))
        country = group.subject.removeprefix("delegate:")
        described = []
        for rank, claims in values:
            value = claims[0].value
            assert isinstance(value, DelegateValue)
            described.append(f"{rank} ({value.describe().split(': ', 1)[-1]})")
        yield self.finding(
            group,
            [claim for _, claims in values for claim in claims],
            f"{country}'s delegate: " + " vs ".join(described),
            values=values,
        )
