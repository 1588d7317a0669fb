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


def last_word(fates: set[str]) -> str:
    """A report's last word on a person: one who "was wounded and died later" is dead,
    one who "was shot" and "survived" is injured."""
    if DEAD not in fates and "shot" in fates and fates & SURVIVING:
        return "injured"
    for fate in (DEAD, "injured", "shot", "unhurt", "alive"):
        if fate in fates:
            return fate
    return min(fates)


Said = dict[date | None, list[str]]  # a fate's days, each with the reports that give it


def _clashing(one: str, one_said: Said, other: str, other_said: Said) -> set[str]:
    """The reports of two fates of one person that cannot both hold.

    Harm is never undone: "shot" or "injured" and "unhurt" conflict whenever said. A
    victim may die after a report that gave them wounded or alive, so only a report
    published after one that gave the person dead may not give them injured, and one
    that says outright they survived conflicts on the same day (or undated) too. "Shot"
    says nothing of whether they lived. Each fate's days are read once: the reports of
    a fate are compared with the earliest day another report gives the death."""
    fates = {one, other}
    everyone = {a for said in (one_said, other_said) for reports in said.values() for a in reports}
    if fates & HARMED and "unhurt" in fates:
        return everyone
    if DEAD not in fates or "shot" in fates:
        return set()
    died, (living, lived) = (
        (one_said, (other, other_said))
        if one == DEAD
        else (
            other_said,
            (one, one_said),
        )
    )
    known = [day for day in died if day is not None]
    first_death = min(known) if known else None
    found: set[str] = set()
    latest: date | None = None
    for day, reports in lived.items():
        if day is None or first_death is None or None in died:
            clash = living in SURVIVING
        else:
            clash = day > first_death or (living in SURVIVING and day in died)
        if clash:
            found.update(reports)
            latest = max(latest, day) if latest is not None and day is not None else day
    if not found:
        return found
    for day, reports in died.items():
        if day is None or latest is None or day <= latest:
            found.update(reports)
    return found


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
        # each report's last word, by fate and day: fates are five, so the fates are
        # compared, each with its days read once
        reports: dict[str, str] = {}
        by_fate: dict[str, Said] = defaultdict(lambda: defaultdict(list))
        for article, said in stated.items():
            fate = last_word({fate for fate, _ in said})
            reports[article] = fate
            by_fate[fate][group.article_of(said[0][1]).published].append(article)
        fates = sorted(by_fate)
        clashing = {
            article
            for index, one in enumerate(fates)
            for other in fates[index + 1 :]
            for article in _clashing(one, by_fate[one], other, by_fate[other])
        }
        if not clashing:
            return
        quoted: dict[str, list[Claim]] = defaultdict(list)
        for article in sorted(clashing):
            fate = reports[article]
            own = [claim for said, claim in stated[article] if said == fate]
            quoted[fate] += own or [claim for _, claim in stated[article]]  # shot, survived
        sides = [
            (fate, sorted(claims, key=lambda c: c.id)) for fate, claims in sorted(quoted.items())
        ]
        claims = [claim for _, said in sides for claim in said]
        person = claims[0].value.person if isinstance(claims[0].value, FateValue) else group.subject
        yield self.finding(
            group, claims, f"{person}: " + " vs ".join(fate for fate, _ in sides), values=sides
        )
