"""FC104: one event placed in two places that cannot both hold."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck import lexicons
from factcheck import places_gazetteer as gazetteer
from factcheck.engine import Group, Rule
from factcheck.engine.compare import (
    COMPASS_NAMES,
    Statement,
    by_value,
    disagreements,
    parts_apart,
    region_part,
    statements,
    who_says,
)
from factcheck.models import Claim, Finding, PlaceValue

FACTUAL = {"done", "ongoing", "reported"}


WATERS = lexicons.words("water_bodies")


def _water(claim: Claim) -> str | None:
    """A named body of water the gazetteer does not know ("the Ionian Sea"), by name."""
    value = claim.value
    if not isinstance(value, PlaceValue) or value.place is not None or value.relation != "in":
        return None
    words = [word for word in value.name.lower().split() if word != "the"]
    return " ".join(words) if len(words) >= 2 and words[-1] in WATERS else None


def _where(claim: Claim) -> gazetteer.Place | str | None:
    return _place(claim) or _water(claim)


def _place(claim: Claim) -> gazetteer.Place | None:
    value = claim.value
    if not isinstance(value, PlaceValue) or value.place is None or value.relation != "in":
        return None
    return gazetteer.place(value.place)


def _label(claim: Claim) -> str:
    """The place as the gazetteer names it, with the part of it the words name ("western
    Turkey (tr)"): two parts of one country are two values."""
    known = _place(claim)
    if known is None:
        return claim.describe()
    value = claim.value
    part = value.part if isinstance(value, PlaceValue) else None
    named = COMPASS_NAMES.get(part) if part is not None else None
    return f"{named} {gazetteer.describe(known)}" if named else gazetteer.describe(known)


def _key(claim: Claim) -> object:
    return (_where(claim), region_part(claim))


def _clash(first: Statement, second: Statement) -> bool:
    """Two places of one event clash when neither holds the other (nor are they twin
    cities), or they are parts of one region far apart, said by different articles."""
    if len({claim.article for claim in (*first, *second)}) < 2:
        return False
    if parts_apart(first[0], second[0]):
        return True  # "in north-east England" / "in northwestern England"
    water_a, water_b = _water(first[0]), _water(second[0])
    if water_a is not None and water_b is not None:
        return water_a != water_b  # one wreck lies in one sea
    place_a, place_b = _place(first[0]), _place(second[0])
    if place_a is None or place_b is None:
        return False  # a sea off a country, or a place the gazetteer does not know
    return not gazetteer.compatible(place_a, place_b)


class EventPlaceConflict(Rule):
    """One event is placed in two places that cannot both hold.

    What it flags
        Articles of one story that put one event "in" or "at" two places
        the gazetteer knows (countries, states, US counties, cities), neither
        of which contains the other: "shot in Karachi" / "shot in Lahore",
        "the Gary shooting" / "the shooting in Houston". The event is the
        story's event of one kind (a shooting, an arrest, a summit held),
        and of one person when the parse names whom it happened to. One
        finding lists every place in the disagreement with the claims that
        give it. Two parts of one region a compass puts far apart clash
        too: "in north-east England" / "in northwestern England" (90 degrees
        or more apart; "north" and "north-east" may be said of one place).

    Why it matters
        Where an event happened is, with when, the fact that identifies it;
        a wrong city sends readers, and the next reporter, to the wrong place.

    Flagged example
        "Two men were shot in Karachi on Sunday." / "Two men were shot in
        Lahore on Sunday."

    Consistent example
        "shot in Malir" / "shot in Karachi" (the gazetteer does not know
        Malir, a district of Karachi: an unknown place is never compared);
        "killed in Huntsville" / "killed in Alabama" (the city is in the
        state); "landed in Rawalpindi" / "arrived in Islamabad" (twin
        cities: two cities of one country within 25 km of each other, which
        GeoNames lists apart, are taken for one place; suburbs and
        neighbouring towns are too); a county and a city of one state (the
        gazetteer does not say which county a city is in). "Near X" and "N
        miles from X" are kept but not compared. Two named bodies of water
        ("sank in the Aegean Sea" / "in the Ionian Sea") are two places; a
        sea and a country are not compared. Two places in one article
        are not compared with each other: an article that names two places
        for one kind of event is mostly telling two events.

    Configuration
        None.
    """

    code = "FC104"
    name = "place.event-conflict"
    severity = "error"
    kinds = ("place",)
    expectation = "All reports put an event in the same place"

    def check(self, group: Group) -> Iterator[Finding]:
        if group.predicate != "place":
            return  # where a town lies is FC108's
        placed = (
            claim
            for claim in group.claims
            if claim.status in FACTUAL
            and (_where(claim) is not None or region_part(claim) is not None)
        )
        said = statements(placed, _key)
        for disagreement in disagreements(said, _clash):
            values = by_value(disagreement, _label)
            event = group.subject.removeprefix("place:event:")
            yield self.finding(
                group,
                [claim for _, claims in values for claim in claims],
                f"place of {event}: "
                + "; ".join(who_says(value, claims) for value, claims in values),
                values=values,
                context=(group.predicate,),
            )
