"""FC202: reports give one thing two different standings among its kind."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from factcheck.engine import Group, Rule
from factcheck.engine.compare import claim_order, disagreements, statements
from factcheck.extract.subjects import THING_CLASSES
from factcheck.models import Claim, Finding, RankValue

# the classes of things a story has one of ("the meeting", "the agreement")
STORY_THINGS = frozenset(THING_CLASSES.values())
# the shortest word that may be the start of another ("rail" / "railways")
MIN_STEM = 4


def _scopes_meet(first: str | None, second: str | None) -> bool:
    """A ranking within an unnamed scope may be any; two named ones must be the same."""
    return first is None or second is None or first == second


def _alike(first: str, second: str) -> bool:
    short, long = sorted((first, second), key=len)
    return short == long or (len(short) >= MIN_STEM and long.startswith(short))


def _overlap(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    return any(_alike(a, b) for a in first for b in second)


def same_thing(first: RankValue, second: RankValue) -> bool:
    """Whether two descriptions of ranked things may name one thing.

    Things of two countries, or ranked among two kinds that were written ("the
    largest port" / "the largest city"), are two things; one kind of thing a
    story has one of (its meeting) is one. Otherwise their words must meet: the
    words that modify them when both have some ("rail network" / "railway
    system", never "rail network" / "road network"), else any ("Karachi").
    """
    if first.owner and second.owner and first.owner != second.owner:
        return False
    if first.kind != second.kind:
        if not (first.kind_implied and second.kind_implied):
            return False
    elif first.kind in STORY_THINGS and (first.head or second.head):
        return True
    if not first.words or not second.words:  # a country itself ("Japan, the … economy")
        return not first.words and not second.words and first.owner == second.owner
    modifiers = (
        tuple(w for w in first.words if w != first.head),
        tuple(w for w in second.words if w != second.head),
    )
    if all(modifiers):
        return _overlap(*modifiers)
    return _overlap(first.words, second.words)


class RankConflict(Rule):
    """Reports give one thing two different standings among its kind.

    What it flags
        Two claims of one story that rank the same thing on the same dimension
        at different positions: "the SCO's supreme decision-making body" (first)
        / "the council ranks as the regional organisation's second-highest forum
        for decision-making" (second); "the country's rail network, which is the
        world's third-largest" / "India's railway system is the fourth largest
        in the world". The thing is the subject the ranked phrase is said of,
        told from others by its country, the kind it is ranked among and its
        words (`same_thing`); the dimension is the superlative's ("highest",
        "largest"). A ranking within a named country, place or the world is
        compared only with one within the same scope or an unnamed one
        ("Pakistan's largest city" is not "the world's 12th largest city"), and
        a superlative bounded in time ("the strongest in 18 years") is not a
        rank.

    Why it matters
        "The largest", "the second-largest" and "the supreme" are the claims
        readers repeat; two of them for one thing cannot both be right.

    Flagged example
        "Karachi, Pakistan's largest city" / "Karachi is Pakistan's second-largest city"

    Consistent example
        "Karachi, Pakistan's largest city" / "Karachi is the world's 12th largest
        city"; "Houston is the third-largest city in Texas" / "Japan is the
        world's fourth-largest economy"

    Configuration
        None.
    """

    code = "FC202"
    name = "thing.rank"
    severity = "warning"
    kinds = ("rank",)
    expectation = "A thing has one standing among its kind"

    def check(self, group: Group) -> Iterator[Finding]:
        ranked = [claim for claim in group.claims if isinstance(claim.value, RankValue)]
        said = statements(ranked, lambda claim: claim.value)
        for disagreement in disagreements(said, lambda a, b: _clash(_rank(a[0]), _rank(b[0]))):
            positions: dict[int, list[Claim]] = defaultdict(list)
            for statement in disagreement:
                positions[_rank(statement[0]).position].extend(statement)
            values = []
            for position in sorted(positions):
                claims = sorted(positions[position], key=claim_order)
                values.append((claims[0].value.describe(), claims))
            yield self.finding(
                group,
                [claim for _, claims in values for claim in claims],
                f"{group.subject.removeprefix('rank:')}: "
                + " vs ".join(value for value, _ in values),
                values=values,
            )


def _rank(claim: Claim) -> RankValue:
    if not isinstance(claim.value, RankValue):
        raise TypeError(f"{claim.id} is not a rank claim")
    return claim.value


def _clash(first: RankValue, second: RankValue) -> bool:
    return (
        first.position != second.position
        and _scopes_meet(first.scope, second.scope)
        and same_thing(first, second)
    )
