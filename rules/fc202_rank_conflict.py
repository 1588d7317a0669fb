"""FC202: reports give one thing two different standings among its kind."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from factcheck.engine import Group, Rule
from factcheck.models import Claim, Finding, RankValue


def _scopes_meet(first: str | None, second: str | None) -> bool:
    """A ranking within an unnamed scope may be any; two named ones must be the same."""
    return first is None or second is None or first == second


class RankConflict(Rule):
    """Reports give one thing two different standings among its kind.

    What it flags
        Two claims of one story that rank the same thing on the same dimension
        at different positions: "the SCO's supreme decision-making body" (first)
        / "the council ranks as the regional organisation's second-highest forum
        for decision-making" (second). The thing is the subject the ranked
        phrase is said of (its class, or its name); the dimension is the
        superlative's ("highest", "largest"). A ranking within a named country
        or the world is compared only with one within the same scope or an
        unnamed one ("Pakistan's largest city" is not "the world's 12th largest
        city"), and a superlative bounded in time ("the strongest in 18 years")
        is not a rank.

    Why it matters
        "The largest", "the second-largest" and "the supreme" are the claims
        readers repeat; two of them for one thing cannot both be right.

    Flagged example
        "Karachi, Pakistan's largest city" / "Karachi is Pakistan's second-largest city"

    Consistent example
        "Karachi, Pakistan's largest city" / "Karachi is the world's 12th largest city"

    Configuration
        None.
    """

    code = "FC202"
    name = "thing.rank"
    severity = "warning"
    kinds = ("rank",)
    expectation = "A thing has one standing among its kind"

    def check(self, group: Group) -> Iterator[Finding]:
        stated: dict[tuple[int, str | None], list[Claim]] = defaultdict(list)
        for claim in group.claims:
            if isinstance(claim.value, RankValue):
                stated[(claim.value.position, claim.value.scope)].append(claim)
        # distinct (position, scope) statements are few; compare those, not claims
        keys = sorted(stated, key=lambda item: (item[0], item[1] or ""))
        clashing = {
            side
            for index, first in enumerate(keys)
            for second in keys[index + 1 :]
            if first[0] != second[0] and _scopes_meet(first[1], second[1])
            for side in (first, second)
        }
        if not clashing:
            return
        positions: dict[int, list[Claim]] = defaultdict(list)
        for key in clashing:
            positions[key[0]].extend(stated[key])
        values = []
        for position in sorted(positions):
            claims = sorted(positions[position], key=lambda c: c.id)
            values.append((claims[0].value.describe(), claims))
        yield self.finding(
            group,
            [claim for _, claims in values for claim in claims],
            f"{group.subject.removeprefix('rank:').replace(':', ' ')}: "
            + " vs ".join(value for value, _ in values),
            values=values,
        )
