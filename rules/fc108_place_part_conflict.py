"""FC108: one town put in two parts of a region that lie apart."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck import places_gazetteer as gazetteer
from factcheck.engine import Group, Rule
from factcheck.engine.compare import (
    COMPASS_NAMES,
    FACTUAL,
    Statement,
    by_value,
    disagreements,
    parts_apart,
    region_part,
    statements,
    who_says,
)
from factcheck.models import Claim, Finding, PlaceValue


def _label(claim: Claim) -> str:
    """The part and its region, by the gazetteer's name ("north-western Turkey")."""
    value = claim.value
    if not isinstance(value, PlaceValue) or value.part is None:
        return claim.describe()
    known = gazetteer.place(value.place) if value.place else None
    region = gazetteer.describe(known) if known is not None else value.name
    return f"{COMPASS_NAMES.get(value.part, value.part_text)} {region}"


def _apart(first: Statement, second: Statement) -> bool:
    """Parts far apart, said by different reports: one report that writes two is
    telling of two places."""
    if len({claim.article for claim in (*first, *second)}) < 2:
        return False
    return parts_apart(first[0], second[0])


class PlacePartConflict(Rule):
    """Reports put one town in two parts of a region that lie apart.

    What it flags
        A named place that reports of one story put in parts of one region
        more than 90 degrees apart by the compass words they write, or 90
        degrees apart between two in-between directions: "the
        northeastern town of Amasra" / "Amasra, northwestern Turkey" /
        "Amasra in northwestern Turkey". Where the words name no region ("the
        northeastern town of Amasra"), the region is the country the
        gazetteer puts the place in, or the one a demonym names ("the
        northern Indian city of Joshimath"). "North" and "north-east" may
        both be said of one place, and so may "north" and "west" of a
        north-western one; "north-east" and "north-west" may not.

    Why it matters
        A compass word is copied from one wire story to the next; placed in
        the wrong part of a country, a town is hard to find on a map, and the
        slip says the report was not checked.

    Flagged example
        "An explosion hit a mine in the northeastern town of Amasra." /
        "The mine is in Amasra, northwestern Turkey."

    Consistent example
        "the northern town of Amasra" / "Amasra, northwestern Turkey" (a
        north-western town is in the north); "North Korea", "South Sudan"
        (the compass word is part of the name); "the southern districts of
        Kharkiv", "the northwestern outskirts of Amasra" (parts of the town).

    Configuration
        None. `factcheck.engine.compare.PARTS_APART_DEGREES` is how far apart
        two parts must be.
    """

    code = "FC108"
    name = "place.part-conflict"
    severity = "warning"
    kinds = ("place",)
    expectation = "All reports put a town in the same part of its country"

    def check(self, group: Group) -> Iterator[Finding]:
        if group.predicate != "lie":
            return  # where an event happened is FC104's
        placed = (
            claim
            for claim in group.claims
            if claim.status in FACTUAL and region_part(claim) is not None
        )
        said = statements(placed, region_part)
        for disagreement in disagreements(said, _apart):
            values = by_value(disagreement, _label)
            where = group.subject.removeprefix("where:")
            known = gazetteer.place(where)
            name = known.name if known is not None else where
            yield self.finding(
                group,
                [claim for _, claims in values for claim in claims],
                f"where {name} lies: "
                + "; ".join(who_says(value, claims) for value, claims in values),
                values=values,
            )
