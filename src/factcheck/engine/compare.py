"""Small judgements the rules share: statements, disagreements, reference times, agreement.

Rules compare statements, not claims: claims that say the same thing the same
way are one statement however many articles repeat it, so the comparisons and
the findings grow with the distinct things said, never with pairs of claims.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from datetime import date

from factcheck.group import Group
from factcheck.models import (
    LOCAL_ZONE,
    AmountClaimValue,
    AmountValue,
    Claim,
    EventValue,
    PlaceValue,
    TimeInterval,
)
from factcheck.normalise.amounts.units import to_base

NOT_YET_DONE = {"expected", "planned", "ongoing"}
SAME_MOMENT_DAYS = 7


Statement = tuple[Claim, ...]


def claim_order(claim: Claim) -> int:
    return int(claim.id[1:]) if claim.id[1:].isdigit() else 0


def statements(claims: Iterable[Claim], key: Callable[[Claim], Hashable]) -> list[Statement]:
    """Claims collapsed into distinct statements (equal `key`), in order of their first claim."""
    collapsed: dict[Hashable, list[Claim]] = {}
    for claim in claims:
        collapsed.setdefault(key(claim), []).append(claim)
    return [tuple(members) for members in collapsed.values()]


def disagreements(
    said: Sequence[Statement], clash: Callable[[Statement, Statement], bool]
) -> list[list[Statement]]:
    """Connected sets of statements that clash, each a disagreement, in order of first statement.

    Every pair of statements is compared: statements are few however many
    articles repeat them.
    """
    parent = list(range(len(said)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    clashing: set[int] = set()
    for index, first in enumerate(said):
        for other in range(index + 1, len(said)):
            if clash(first, said[other]):
                clashing.update((index, other))
                parent[root(other)] = root(index)
    sets: dict[int, list[Statement]] = {}
    for index in sorted(clashing):
        sets.setdefault(root(index), []).append(said[index])
    return list(sets.values())


def by_value(
    said: Iterable[Statement], label: Callable[[Claim], str]
) -> list[tuple[str, list[Claim]]]:
    """Each distinct value (as `label` words it) with every claim that states it.

    Values come in the order of the statements, claims in claim order.
    """
    values: dict[str, list[Claim]] = {}
    for statement in said:
        values.setdefault(label(statement[0]), []).extend(statement)
    return [(value, sorted(claims, key=claim_order)) for value, claims in values.items()]


def articles_of(said: Iterable[Statement]) -> set[str]:
    return {claim.article for statement in said for claim in statement}


def who_says(value: str, claims: Sequence[Claim]) -> str:
    """ "a.txt says 2021", "a.txt and 3 other articles say 2021"."""
    articles = list(dict.fromkeys(claim.article for claim in claims))
    if len(articles) == 1:
        return f"{articles[0]} says {value}"
    others = len(articles) - 1
    return f"{articles[0]} and {others} other article{'s' if others > 1 else ''} say {value}"


def publication_date(group: Group, claim: Claim) -> date | None:
    return group.article_of(claim).published


def same_day_extent(first: TimeInterval, second: TimeInterval) -> bool:
    return first.start == second.start and first.end == second.end


def times_disagree(first: Claim, second: Claim) -> bool:
    """Two dated statements disagree when their intervals cannot overlap, or when both
    state an event's full extent in days and the extents differ."""
    if first.time is None or second.time is None:
        return False
    if full_extent(first) and full_extent(second):
        return not same_day_extent(first.time, second.time)
    return not first.time.overlaps(second.time)


def times_agree(first: Claim, second: Claim) -> bool:
    if first.time is None or second.time is None:
        return first.time is None and second.time is None and first.weekday == second.weekday
    return (
        first.time.granularity == second.time.granularity
        and same_day_extent(first.time, second.time)
        or (first.time.contains(second.time) or second.time.contains(first.time))
        and (first.time.granularity != "unknown")
    )


FACTUAL = {"done", "ongoing"}


def comparable_status(first: Claim, second: Claim) -> bool:
    """Both state what happened (or is happening), or both what is to come."""
    if "negated" in {first.status, second.status}:
        return False
    return (first.status in FACTUAL) == (second.status in FACTUAL)


def moments_close(group: Group, first: Claim, second: Claim) -> bool:
    first_date, second_date = publication_date(group, first), publication_date(group, second)
    if first_date is None or second_date is None:
        return False
    return abs((first_date - second_date).days) <= SAME_MOMENT_DAYS


def describe_time(claim: Claim) -> str:
    return "no date" if claim.time is None else claim.time.describe()


def full_extent(claim: Claim) -> bool:
    """The claim's interval is its event's whole extent in days, not a moment inside it."""
    return isinstance(claim.value, EventValue) and claim.value.full_extent


def amount_detail(claim: Claim) -> AmountClaimValue | None:
    return claim.value if isinstance(claim.value, AmountClaimValue) else None


def in_base_units(amount: AmountValue) -> AmountValue:
    """The amount and its band in one base unit per dimension (miles → km, decades → years)."""
    value, low, high, unit = to_base(amount)
    return amount.model_copy(update={"value": value, "low": low, "high": high, "unit": unit})


# words an organisation's initials leave out ("International Organization for Migration")
INITIALS_SKIP = frozenset({"of", "the", "for", "and", "on", "in", "de"})


def degrees_apart(first: float, second: float) -> float:
    """The smaller angle between two compass bearings, in degrees (0 to 180)."""
    apart = abs(first - second) % 360
    return min(apart, 360 - apart)


# a compass part by its degrees, so that "northeastern" and "north-east" are one value
COMPASS_NAMES = {
    0.0: "northern",
    45.0: "north-eastern",
    90.0: "eastern",
    135.0: "south-eastern",
    180.0: "southern",
    225.0: "south-western",
    270.0: "western",
    315.0: "north-western",
}


def region_part(claim: Claim) -> tuple[str, float] | None:
    """The region and the compass part of it a claim puts an event or a town in
    ("north-east England": England, 45), the region by its gazetteer id or, unknown, by
    its name."""
    value = claim.value
    if not isinstance(value, PlaceValue) or value.part is None or value.relation != "in":
        return None
    return value.place or value.name.lower(), value.part


# two parts of a region this far apart, in degrees, are different parts; "north" and
# "north-east" may be said of one place, and "north" and "west" of a north-western one
PARTS_APART_DEGREES = 90.0


def parts_apart(first: Claim, second: Claim) -> bool:
    """Parts of one region that no place is in both of: more than a right angle apart, or
    a right angle between two in-between directions ("north-east" / "north-west"
    England: a place is in one of them, while a north-western town is both north and
    west)."""
    a, b = region_part(first), region_part(second)
    if a is None or b is None or a[0] != b[0]:
        return False
    apart = degrees_apart(a[1], b[1])
    between = a[1] % 90 != 0 and b[1] % 90 != 0
    return apart > PARTS_APART_DEGREES or (apart == PARTS_APART_DEGREES and between)


def same_source(first: str, second: str) -> bool:
    """Two source keys name one body: the same slug, one the end of the other's name
    ("the-geological-survey"), or one is the other's initials
    ("usgs" and "us-geological-survey" or "united-states-geological-survey", "iom" and
    "the-international-organisation-for-migration"), or writes some of its words as
    initials ("the-us-geological-survey", "the-united-states-geological-survey")."""
    return (
        first == second
        or _shortened(first, second)
        or _shortened(second, first)
        or _initials_of(first, second)
        or _initials_of(second, first)
        or _abbreviates(first, second)
        or _abbreviates(second, first)
    )


def _shortened(short: str, long: str) -> bool:
    """`short` is the end of `long`'s name, two words or more ("the Geological Survey",
    "the United States Geological Survey"): the name said again in short."""
    words = [word for word in short.split("-") if word and word not in INITIALS_SKIP]
    full = [word for word in long.split("-") if word and word not in INITIALS_SKIP]
    return 2 <= len(words) < len(full) and full[-len(words) :] == words


def _abbreviates(short: str, long: str) -> bool:
    """`short` writes a word of `long`'s name as its initials ("the US Geological Survey",
    "the United States Geological Survey"): the two spell the same initials."""
    has_initials = any(
        len(word) <= 2 and word not in INITIALS_SKIP for word in short.split("-") if word
    )
    return has_initials and len(_signature(short)) >= 3 and _signature(short) == _signature(long)


def _signature(source: str) -> str:
    """A source's initials, a short word taken as the initials it is: "the US Geological
    Survey" and "the United States Geological Survey" are both "usgs"."""
    words = [word for word in source.split("-") if word and word not in INITIALS_SKIP]
    return "".join(word if len(word) <= 2 else word[0] for word in words)


def _initials_of(short: str, long: str) -> bool:
    if "-" in short:
        return False
    words = [word for word in long.split("-") if word and word not in INITIALS_SKIP]
    if len(words) < 2:
        return False
    # each word gives a non-empty prefix, in order, and together they spell `short`
    reachable = {0}
    for word in words:
        reachable = {
            at + size
            for at in reachable
            for size in range(1, len(word) + 1)
            if short.startswith(word[:size], at)
        }
        if not reachable:
            return False
    return len(short) in reachable


# minutes either way a hedged time ("around 7 pm") allows
APPROXIMATE_MINUTES = 15


def clock_of(claim: Claim) -> EventValue | None:
    """An event claim that gives a time of day."""
    value = claim.value
    return value if isinstance(value, EventValue) and value.clock else None


DAY_MINUTES = 24 * 60


def _minutes(value: EventValue) -> int:
    hours, minutes = (value.clock or "00:00").split(":")
    return (int(hours) * 60 + int(minutes)) % DAY_MINUTES  # "24:00" is midnight, 00:00


def clock_minutes(claim: Claim) -> int | None:
    """Minutes after midnight of the time of day an event claim gives."""
    value = clock_of(claim)
    return _minutes(value) if value is not None else None


def clocks_apart(first: Claim, second: Claim) -> bool:
    """Two times of day that cannot be one moment: further apart than their hedges allow
    (across midnight too), on days that may be one, in zones that may be one."""
    first_value, second_value = clock_of(first), clock_of(second)
    if first_value is None or second_value is None:
        return False
    zones = first_value.clock_zone, second_value.clock_zone
    if LOCAL_ZONE in zones:  # "11:47 pm (1802 GMT)": local time, as an unzoned one is
        if any(zone not in (None, LOCAL_ZONE) for zone in zones):
            return False  # local time against a named zone: the offset is not known
        zones = (None, None)
    if None not in zones and zones[0] != zones[1]:
        return False  # "13:39 IST" and "08:09 GMT" may be one moment
    if first.time is not None and second.time is not None and not first.time.overlaps(second.time):
        return False  # two days: FC101's to judge
    hedged = first_value.clock_approximate or second_value.clock_approximate
    allowed = APPROXIMATE_MINUTES if hedged else 0
    gap = abs(_minutes(first_value) - _minutes(second_value))
    return min(gap, DAY_MINUTES - gap) > allowed


def one_edit_apart(names: list[str]) -> Iterator[tuple[str, str]]:
    """Pairs of names one letter apart (a letter changed, added, dropped or two swapped),
    found through each name's one-letter deletions, so a story's names are never
    compared all against all."""
    by_deletion: dict[str, set[str]] = defaultdict(set)
    for name in names:
        by_deletion[name].add(name)
        for index in range(len(name)):
            by_deletion[name[:index] + name[index + 1 :]].add(name)
    seen: set[tuple[str, str]] = set()
    for alike in by_deletion.values():
        ordered = sorted(alike)
        for index, first in enumerate(ordered):
            for second in ordered[index + 1 :]:
                if (first, second) not in seen:
                    seen.add((first, second))
                    yield first, second
