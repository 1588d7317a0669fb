"""FC106: reports of one match time one moment a minute or two apart."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from factcheck.engine import Group, Rule
from factcheck.models import Claim, Finding

# minutes this close are one moment timed twice; further apart they are two moments
MAX_GAP = 2


class MatchMinute(Rule):
    """Reports of one match time one moment a minute or two apart.

    What it flags
        Two minutes of play at most two apart ("an 81st-minute penalty" /
        "a penalty in the 80th minute") where one report gives one and
        another report gives the other, and no report gives both. A report
        that names both minutes tells two moments apart (two goals in two
        minutes), so those are not compared. Minutes are read as ordinals
        with "minute" ("the 80th minute", "a 23rd-minute penalty") and
        belong to the story's match whoever acted at them: one report names
        the scorer, another the team.

    Why it matters
        Match reports are re-timed from live blogs and agency copy; a minute
        off is a factual slip that readers of the sport notice at once.

    Flagged example
        "Mbappe scored an 81st-minute penalty" / "France won a penalty in the
        80th minute"

    Consistent example
        "a penalty in the 80th minute and a volley in the 81st minute" /
        "Mbappe scored in the 80th minute"

    Configuration
        None. `MAX_GAP` sets how far apart two minutes may be and still be
        one moment.
    """

    code = "FC106"
    name = "match.minute"
    severity = "warning"
    kinds = ("amount",)
    expectation = "Reports of one match give one minute for one moment"

    def check(self, group: Group) -> Iterator[Finding]:
        if group.predicate != "moment":
            return
        said: dict[int, list[Claim]] = defaultdict(list)
        for claim in group.claims:
            if claim.amount is not None:
                said[int(claim.amount.value)].append(claim)
        articles = {minute: {c.article for c in claims} for minute, claims in said.items()}
        minutes = sorted(said)
        # neighbours in time order only: each minute is compared with the next few
        for index, first in enumerate(minutes):
            for second in minutes[index + 1 :]:
                if second - first > MAX_GAP:
                    break
                if articles[first] & articles[second]:
                    continue  # one report gives both: two moments
                sides = [(f"{_ordinal(m)} minute", said[m]) for m in (first, second)]
                yield self.finding(
                    group,
                    [*said[first], *said[second]],
                    f"minute of play: {_ordinal(first)} vs {_ordinal(second)}",
                    values=sides,
                )


ORDINAL_SUFFIXES = {1: "st", 2: "nd", 3: "rd"}


def _ordinal(number: int) -> str:
    """ "81st", "112th", "23rd"."""
    teen = number % 100 in {11, 12, 13}
    return f"{number}{'th' if teen else ORDINAL_SUFFIXES.get(number % 10, 'th')}"
