"""FC303: one person given two ages that the time between the reports cannot explain."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date

from factcheck.engine import Group, Rule
from factcheck.models import AgeValue, Claim, Finding

DAYS_PER_YEAR = 365.25
# a report this long after another may fall after the person's birthday, which the
# whole years between the two do not count (a quarter of all birthdays lie in 91 days)
BIRTHDAY_GAP_DAYS = 91
# ages this far apart belong to two people of one name (a parent and a child), which a
# slip of the keyboard rarely makes
GENERATION_YEARS = 15


def _ages_fit(earlier: tuple[int, date | None], later: tuple[int, date | None]) -> bool:
    """A later report may give the same age (age at the event) or add the years between,
    and one more where a birthday may have come in the days left over."""
    (age_then, when_then), (age_now, when_now) = earlier, later
    if when_then is None or when_now is None:
        return age_then == age_now
    days = abs((when_now - when_then).days)
    years_between = int(days / DAYS_PER_YEAR)
    if days - years_between * DAYS_PER_YEAR >= BIRTHDAY_GAP_DAYS:
        years_between += 1
    return 0 <= age_now - age_then <= years_between


class AgeConflict(Rule):
    """One person is given two ages that the time between the reports cannot explain.

    What it flags
        Ages stated for one person in one story ("Sherie Miller, 44," /
        "45-year-old Sherie Miller") that cannot both be right: a later report
        may repeat the age at the time of the event, or add the whole years
        that passed between the two publication dates (and one more when
        three months or more are left over, in which a birthday may fall),
        but not more, and never less. Within one article two different ages always conflict.
        Ages 15 or more years apart are taken as two people of one name (a
        parent and a child), and "Jr."/"Sr." names are people of their own.

    Why it matters
        Ages identify victims and suspects; a wrong one is a factual error
        that is easy to check and embarrassing to publish.

    Flagged example
        3 May: "the suspect, Mark Jones, 44," / 4 May: "Mark Jones, 45, was charged"

    Consistent example
        May 2014: "Mark Jones, 44," / June 2015: "Mark Jones, 45, was sentenced";
        April 2015: "Rico Doyle, 35," / September 2015: "Rico Doyle, 36, appeared in court"

    Configuration
        None.
    """

    code = "FC303"
    name = "age.conflict"
    severity = "error"
    kinds = ("age",)
    expectation = "A person's age agrees across reports, allowing for the time between them"
    between_articles = False  # a named person is one person: two ages in one article contradict

    def check(self, group: Group) -> Iterator[Finding]:
        by_age: dict[tuple[int, date | None], list[Claim]] = defaultdict(list)
        for claim in group.claims:
            if isinstance(claim.value, AgeValue):
                by_age[(claim.value.years, group.article_of(claim).published)].append(claim)
        # distinct (age, date) statements are few; compare those, not claims
        statements = sorted(by_age, key=lambda item: (item[1] or date.min, item[0]))
        clashing = [
            (first, second)
            for index, first in enumerate(statements)
            for second in statements[index + 1 :]
            if first[0] != second[0]
            and abs(first[0] - second[0]) < GENERATION_YEARS
            and not _ages_fit(first, second)
        ]
        if not clashing:
            return
        ages: dict[int, list[Claim]] = defaultdict(list)
        for statement in {s for pair in clashing for s in pair}:
            ages[statement[0]].extend(by_age[statement])
        sides = [
            (str(age), sorted(claims, key=lambda c: c.id)) for age, claims in sorted(ages.items())
        ]
        claims = [claim for _, stated in sides for claim in stated]
        person = claims[0].value.person if isinstance(claims[0].value, AgeValue) else group.subject
        yield self.finding(
            group,
            claims,
            f"{person}: ages " + " vs ".join(value for value, _ in sides),
            values=sides,
        )
