"""FC307: one person reported dead in one report and alive, or harmed and unhurt, in another."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date

from factcheck.engine import Group, Rule
from factcheck.models import Claim, FateValue, Finding

# what each fate says of the two questions a report answers about a victim
DEAD = "dead"
HARMED = frozenset({"injured", "shot"})
SURVIVING = frozenset({"alive", "unhurt"})  # said outright to have come through


def _said(fates: set[str]) -> str:
    """A report's last word on a person: one who "was wounded and died later" is dead,
    one who was shot and is in hospital is injured."""
    for fate in (DEAD, "injured", "shot", "unhurt", "alive"):
        if fate in fates:
            return fate
    return min(fates)


def _clash(one: tuple[str, date | None], other: tuple[str, date | None]) -> bool:
    """Whether two reports' fates cannot both hold.

    Harm is never undone: "shot" or "injured" and "unhurt" conflict whenever said. A
    victim may die after a report that gave them wounded or alive, so only a report
    published after the one that gave the person dead may not give them injured, and
    one that says outright they survived conflicts on the same day (or undated) too.
    "Shot" says nothing of whether they lived."""
    fates = {one[0], other[0]}
    if fates & HARMED and "unhurt" in fates:
        return True
    if DEAD not in fates or len(fates) < 2 or "shot" in fates:
        return False
    (_, died_on), (living, living_on) = (one, other) if one[0] == DEAD else (other, one)
    if died_on is None or living_on is None:
        return living in SURVIVING
    return living_on > died_on or (living in SURVIVING and living_on == died_on)


class FateConflict(Rule):
    """One person reported dead in one report and alive, or harmed and unhurt, in another.

    What it flags
        What became of a named person, as reports of one story state it ("Jordan
        Baker was killed" / "Baker survived the shooting"; "Smith was shot" /
        "Smith was not hurt"). Each report's last word on the person counts: one
        who "was wounded and died later" is dead in that report.

    How time is read
        A victim may die after a report that gave them wounded, so "injured" in an
        earlier report and "dead" in a later one is the news moving, not a conflict.
        "Dead" in a report and injured in a later one is a conflict; alive or unhurt
        ("survived", "was not hurt") conflicts with dead on the same day, later, or
        when either report's day is unknown. "Shot" or "injured" against "unhurt"
        conflicts in any order. "Shot" alone says nothing of whether the person
        lived, so it never conflicts with "dead".

    Why it matters
        Naming someone as dead who survived, or as a victim who was not hurt, is
        among the most harmful errors a report can make, and among the easiest to check.

    Flagged example
        4 May: "Jordan Baker, 21, was killed" / 5 May: "Baker was treated and survived"

    Consistent example
        4 May: "John Brewer was wounded" / 6 May: "Brewer died of his wounds"

    Configuration
        None.
    """

    code = "FC307"
    name = "fate.conflict"
    severity = "error"
    kinds = ("fate",)
    expectation = "What became of a person agrees across reports, allowing for later deaths"

    def check(self, group: Group) -> Iterator[Finding]:
        stated: dict[str, list[tuple[str, Claim]]] = defaultdict(list)
        for claim in group.claims:
            if isinstance(claim.value, FateValue):
                stated[claim.article].append((claim.value.fate, claim))
        if len(stated) < 2:
            return
        # each report's last word, with its day; the distinct statements are few (a
        # fate or two, a few days), so those are compared, not the reports
        statements: dict[tuple[str, date | None], list[str]] = defaultdict(list)
        for article, said in stated.items():
            published = group.article_of(said[0][1]).published
            statements[(_said({fate for fate, _ in said}), published)].append(article)
        distinct = sorted(statements, key=lambda s: (s[0], s[1] or date.min))
        clashing = {
            article
            for index, first in enumerate(distinct)
            for second in distinct[index + 1 :]
            if _clash(first, second)
            for article in (*statements[first], *statements[second])
        }
        if not clashing:
            return
        reports = {a: statement for statement, arts in statements.items() for a in arts}
        by_fate: dict[str, list[Claim]] = defaultdict(list)
        for article in sorted(clashing):
            fate = reports[article][0]
            by_fate[fate] += [claim for said, claim in stated[article] if said == fate]
        sides = [
            (fate, sorted(claims, key=lambda c: c.id)) for fate, claims in sorted(by_fate.items())
        ]
        claims = [claim for _, said in sides for claim in said]
        person = claims[0].value.person if isinstance(claims[0].value, FateValue) else group.subject
        yield self.finding(
            group, claims, f"{person}: " + " vs ".join(fate for fate, _ in sides), values=sides
        )
