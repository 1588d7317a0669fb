"""FC201: two articles give amounts for the same measure whose bands cannot overlap."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence

from factcheck import lexicons
from factcheck.engine import Group, Rule
from factcheck.engine.compare import (
    Statement,
    amount_detail,
    by_value,
    claim_order,
    comparable_status,
    degrees_apart,
    disagreements,
    in_base_units,
    moments_close,
    same_source,
    statements,
)
from factcheck.extract.measure_words import PEOPLE_TOTALS
from factcheck.models import AmountValue, Claim, Finding
from factcheck.normalise.amounts.units import HEDGES

# Running tallies change by the hour; compare them only between same-day reports.
RUNNING_TALLIES = {
    "deaths",
    "injured",
    "missing",
    "evacuated",
    "shot",
    "arrested",
    "displaced",
    "homeless",
    "rescued",
    "recover",  # "five bodies recovered" (key "body:recover")
    "body",  # bodies found, recovered, identified: "80 bodies identified" (key "body:identify")
    "vote",  # votes are counted for days: a first count is not the final one
}

# tallies that only grow: a later report's figure below an earlier one's is no newer
# count but a revision down, or a mistake (the missing are found, the evacuated go home)
# (arrests and rescues are often told as one day's or one raid's: "arrested 15 on Sunday")
CUMULATIVE_TALLIES = frozenset({"deaths", "injured", "shot", "body", "recover"})
# words that make a figure one kind of a tally: "33 were seriously injured" is not all hurt
SEVERITY_WORDS = frozenset({"seriously", "critically", "severely", "slightly", "minor", "serious"})


# a key of an earlier event's figure ends in its year: "magnitude@1999", "deaths@2012"
EARLIER_EVENT = re.compile(r"@\d{4}$")


def _same_period(first: Claim, second: Claim) -> bool:
    """Periods that both claims state must be the same; an unstated one is the story's.
    A figure of an earlier event ("magnitude@1999") is dated by when that event happened,
    not by a period it covers: "in 1999" and "on Sept. 21, 1999" date one quake."""
    if first.time is None or second.time is None:
        return True
    if EARLIER_EVENT.search(first.subject) and EARLIER_EVENT.search(second.subject):
        return first.time.contains(second.time) or second.time.contains(first.time)
    return first.time.start == second.time.start and first.time.end == second.time.end


# how far one place lies from another is no one's measurement: whoever is quoted in the
# sentence, "480 km southwest of Istanbul" and "about 155 miles south" cannot both hold
FIXED_MEASURES = ("distance",)


def _one_kind_of_the_other(part: Claim, whole: Claim) -> bool:
    """A count of one kind of what another figure counts with other kinds: "23 hostages"
    against "23 hostages and 32 terrorists" (a total of hostages and terrorists)."""
    details = amount_detail(part), amount_detail(whole)
    if details[0] is None or details[1] is None:
        return False
    one, kinds = details[0].counted, details[1].counted
    if not one or not kinds or "+" in one or "+" not in kinds:
        return False
    if one.split()[-1] not in {kind.split()[-1] for kind in kinds.split("+")}:
        return False
    # a part no larger than the whole: "80 hostages" cannot be part of 55 dead
    return part.amount is not None and whole.amount is not None and not _larger_than(part, whole)


# what a count counts: its noun and the words that make it a kind of that noun
Kinds = tuple[str, frozenset[str]] | None
# words before a counted noun that do not make it a kind of its own: how many, or which
# of one count ("other", "more", "total")
COUNT_WORDS = frozenset(
    {"other", "more", "additional", "further", "extra", "new", "total", "estimated", "some",
     "several", "many", "few", "fewer", "least", "remaining", "all", "overall", "combined"}
)  # fmt: skip


def _kind_words(claim: Claim) -> Kinds:
    """What a count counts, as its noun and the words that make it a kind of that noun
    ("overseas voter": voter, {overseas}). Left out: words of the count itself,
    participles, which restate what the key says ("destroyed home"), and names, which
    mostly say whose the counted are, and the story is about them ("the six Supreme
    Court judges" are the court's judges that "seven judges" count too)."""
    detail = amount_detail(claim)
    if detail is None or not detail.counted or "+" in detail.counted:
        return None
    if " and " in detail.counted:
        return None  # "boy and girl": people joined, no one kind
    if claim.amount is None or claim.amount.kind != "count":
        return None
    *words, noun = detail.counted.split()
    kinds = frozenset(
        word
        for word in words
        if word.islower() and word not in COUNT_WORDS and not word.endswith(("ed", "ing"))
    )
    return noun.lower(), kinds


def _narrower(one: Kinds, other: Kinds) -> bool:
    """One count (by its `_kind_words`) is of a kind of what the other counts:
    "1,930,000 overseas voters" of "27,579,657 voters"."""
    return one is not None and other is not None and one[0] == other[0] and one[1] > other[1]


def _kinds_apart(one: Kinds, other: Kinds) -> bool:
    """Two counts of one noun, each of a kind the other is not ("eligible voters" /
    "overseas voters")."""
    return (
        one is not None
        and other is not None
        and one[0] == other[0]
        and bool(one[1])
        and bool(other[1])
        and one[1] != other[1]
    )


def _people_whole(claim: Claim) -> str | None:
    """The key of all the people somewhere that a count of one kind of them is part of:
    "on-board" for "180 migrants aboard" (`migrant:on-board`)."""
    kind, _, where = claim.subject.partition(":")
    return where if kind and "/" not in claim.subject and where in PEOPLE_TOTALS else None


def _vehicle_of(claim: Claim) -> str | None:
    """The vehicle a figure's sentence is about: the first it names, as news puts the
    one whose people it counts first ("A bus carrying 40 passengers collided with a
    car", "The car that collided with a bus had four people on board"); None where it
    names none."""
    found = VEHICLE_WORD.search(claim.sentence.lower())
    return VEHICLE_KINDS[found.group(1)] if found else None


def _in_other_vehicles(first: Claim, second: Claim) -> bool:
    """Each figure's sentence puts its people in a vehicle, and not of one kind (a
    plane and an airliner are one)."""
    vehicles = _vehicle_of(first), _vehicle_of(second)
    return None not in vehicles and vehicles[0] != vehicles[1]


VEHICLE_KINDS = lexicons.mapping("vehicles")  # "airliner": "aircraft"
VEHICLE_WORD = re.compile(
    r"\b(" + "|".join(sorted(VEHICLE_KINDS, key=len, reverse=True)) + r")(?:e?s)?\b"
)


def _larger_than(part: Claim, whole: Claim) -> bool:
    """A part whose least value is above the most the whole can be."""
    if part.amount is None or whole.amount is None:
        return False
    least = part.amount.low if part.amount.low is not None else part.amount.value
    most = whole.amount.high if whole.amount.high is not None else float("inf")
    return least > most


def _different_sources(first: Claim, second: Claim) -> bool:
    """Two figures each credited to a different source report two measurements."""
    sources = tuple(
        detail.source if detail else None for detail in map(amount_detail, (first, second))
    )
    return (
        sources[0] is not None
        and sources[1] is not None
        and not same_source(sources[0], sources[1])
    )


class AmountConflict(Rule):
    """Two articles give amounts for one measure and period whose tolerance bands cannot overlap.

    What it flags
        Two amounts that measure the same thing (same measure, same owner and
        direction, same period, comparable units) where no value lies inside
        both tolerance bands. A figure given with no owner, in a story where
        several owners have that measure ("15 seats" where Labour's and the
        SNP's seats are given), is anyone's and is compared with none. Hedges set the bands: "about" is a relative band,
        "more than" a lower bound, "nearly" an upper bound; an exact figure
        allows for its stated precision ("$1.1 billion" is 1.05 to 1.15). A
        sum written beside the same sum in another currency ("€90 million
        ($98.5m)") is a conversion, and moves with the rate each outlet took:
        it allows 2% more either way ("$98.6 million" agrees). Of two exact
        figures, the finer must be one the coarser rounds: "$1.12 billion"
        agrees with "$1.1 billion", but "two and a half years" does not with
        "two years", though their bands touch.
        Running tallies (deaths, injured, bodies recovered, votes counted)
        are compared only between reports of the same known day, or, where a
        report is undated, between reports that give one and the same death
        toll of three or more ("at least 40 dead and 130 injured" / "at least
        40 dead … another 85 hurt"), which tell of one moment, or that give
        their figures at one
        stage of a count ("with 99% of ballot boxes opened" / "with 99% of the
        votes counted"): a later report may raise a toll, an
        early figure ("in the first hours", "at least") is not a conflict
        with a later one. "Today", or any day that is the report's own, marks
        no earlier moment ("over 200 injured today" compares with "about 150
        injured"). A toll said to have risen that day ("the toll rose to
        261", "reached 288") is one count of a number still moving, so a
        same-day report of another figure is not a conflict.
        Tallies that only grow (deaths, injured, shot, bodies recovered)
        are also compared across days in one direction: a
        later report whose figure lies below an earlier report's band ("more
        than 200 injured" on Saturday, "50 injured" on Sunday) gives no newer
        count but a revision down or a mistake, and is flagged, unless its
        sentence says the figure was revised or corrected ("the toll was
        revised to 275"), a day bounds it ("15 arrested on Sunday night")
        or it counts one kind of the tally ("33 seriously injured"). The
        missing, the evacuated and the displaced may fall from day to day,
        and arrests and rescues are often told one day or one raid at a
        time, so they are not. A count a time
        bounds ("By 4am on Friday it had won four seats") is how far the
        count had got then, and is compared only with figures bounded by the
        same time. A distance from a place with a compass direction ("72 km northeast of
        Marrakesh") is a position: two that point 90 degrees or more apart
        disagree whatever their lengths ("71 km south-west of Marrakesh").
        Figures credited to two different sources ("the USGS put it at 6.1",
        "China's network at 6.5") are two measurements and are not compared;
        a distance between places is no one's measurement, and is compared
        whoever the sentence quotes.
        A toll of a time long past that both reports look back on ("the 1999 cyclone
        killed 10,000") no longer moves, and is compared whatever the reports'
        days.
        A figure foreseen ("a wave of 3 meters was forecast to strike",
        "is expected to reach $5 billion") is compared with figures foreseen,
        not with what was measured or paid.
        A toll said through the people it names ("a 17-year-old boy died", "a
        man and his son were wounded") is a lower bound, "at least 1" (or 2):
        it agrees with any higher figure and conflicts only with a lower one,
        such as "no one was killed". Parts of a toll are not compared with the
        toll: "three more students were shot", "eight other victims were also
        shot", and counts that break one measure down within a sentence ("one
        was shot in the arm, two in the torso"). A total reckoned from parts
        ("two killed and three wounded" is 5 shot) is compared with a total
        that is stated, not with another reckoned one: two sums differ only
        where their parts do, and the parts are compared themselves. A
        count of one kind ("23 hostages were killed") is not compared with a
        total joined from it and another kind ("23 hostages and 32
        terrorists died"): it is a part of that total. A count of a kind of
        what another counts ("1,930,000 overseas voters" / "27,579,657
        voters", "180 foreign tourists" / "150 tourists") is a part of it,
        flagged only when it is larger than the whole; counts of two kinds of
        one noun ("eligible voters" / "overseas voters") are not compared.
        So it is with the people somewhere: "at least 180 migrants aboard" is
        a part of "some 140 to 150 people on board", and conflicts with it;
        "91 passengers" and "a crew of eight" are two parts, not compared.
        A name before the noun says whose they are, not what kind ("the six
        Supreme Court judges" / "seven judges" are compared), and a toll is
        one toll however its people are described ("44 miners" / "41 coal
        miners" killed are compared). Two
        tolls in one report are not compared: a report that gives several
        speaks of a province, of children or of an earlier day in each. Nor is
        a figure flagged against one its own report also gives ("12 years in
        prison for abuse of power and five years for money laundering" against
        "12 years"): that report tells of two things.

    Why it matters
        Figures are quoted and re-quoted; a wrong one spreads.

    Flagged example
        "a first tranche of US$1.1 billion" / "a first tranche of $1.03 billion"

    Consistent example
        "about $126 million in trade" / "approximately $127 million in trade";
        "a 17-year-old boy was killed" / "two people were killed";
        "$34 million in 2023" / "$127 million over the past two and a half years"
        (different periods are not compared)

    Configuration
        None.
    """

    code = "FC201"
    name = "amount.band-conflict"
    severity = "warning"
    kinds = ("amount",)
    expectation = "All reports of a figure agree within their stated precision"

    def check(self, group: Group) -> Iterator[Finding]:
        if group.predicate != "amount":
            return  # minutes of play are moments, FC106's
        # claims that state the same thing the same way are one statement; statements
        # are few even when hundreds of articles repeat them, so compare those
        said = statements(
            (claim for claim in group.claims if claim.amount is not None),
            lambda claim: _statement(group, claim),
        )
        given = _figures_by_report(group)
        measure = group.subject.split("/")[-1].split("@")[0]
        fixed = not {measure, measure.split(":")[0], measure.split(":")[-1]} & RUNNING_TALLIES
        converted = _converted(group)
        sets = disagreements(
            said,
            lambda first, second: (
                not _gives_both(given, first, second, fixed)
                and self._disagree(group, first[0], second[0], converted)
            ),
        )
        if not sets:
            return
        clashing = {id(statement) for members in sets for statement in members}
        values = _with_the_same_reports_repeats(
            by_value(
                (statement for statement in said if id(statement) in clashing),
                lambda claim: claim.describe(),
            ),
            [statement for statement in said if id(statement) not in clashing],
        )
        involved = [claim for _, claims in values for claim in claims]
        yield self.finding(
            group,
            involved,
            f"{group.subject}: "
            + " vs ".join(
                f"\u201c{claims[0].text}\u201d ({claims[0].article})" for _, claims in values
            ),
            values=values,
        )

    @staticmethod
    def _disagree(group: Group, first: Claim, second: Claim, converted: set[str]) -> bool:
        if first.amount is None or second.amount is None or not _same_period(first, second):
            return False
        if not comparable_status(first, second):
            return False  # "a wave of 3 meters was forecast" is not the wave measured
        if first.article == second.article and _overlap(first, second):
            return False  # "58 off 110 balls": two numbers of one phrase, not two reports
        measure = group.subject.split("/")[-1].split("@")[0]
        if _different_sources(first, second) and not measure.startswith(FIXED_MEASURES):
            return False  # two sources' measurements, in one report or in two
        if _one_kind_of_the_other(first, second) or _one_kind_of_the_other(second, first):
            return False  # "23 hostages were killed" / "23 hostages and 32 militants died"
        if all(_reckoned(claim) for claim in (first, second)):
            return False  # two sums of parts differ only where their parts do, and those compare
        if _opposite_ways(first, second):
            return True  # "72 km northeast of Marrakesh" / "71 km south-west of Marrakesh"
        if _counted_by(first) != _counted_by(second):
            return False  # "By 4am it had won four seats" is how far the count had got
        named = {measure, measure.split(":")[0], measure.split(":")[-1]}
        if measure.startswith("in-") and _dated_apart(group, first, second):
            return False  # "twelve remain in critical condition" on Monday, nine on Wednesday
        tally = bool(named & RUNNING_TALLIES) or _done_in_the_event(first, measure)
        if tally and not _settled(group, first, second):
            if _same_progress(first, second):
                pass  # "with 99% of ballot boxes opened" / "with 99% of the votes counted"
            elif _moment_words(group, first) != _moment_words(group, second):
                return False  # "around 150 in the first hours" is not the later toll
            if first.article == second.article:
                return False  # one report's tolls of a province, of children, of a day
            if _still_rising(first) or _still_rising(second):
                return False  # "the toll rose to 261" / "288 had died": counts of one day
            undated = None in (group.article_of(c).published for c in (first, second))
            if not (
                _same_moment(group, first, second)
                or (undated and _same_toll(first, second))
                or _same_progress(first, second)
                or (named & CUMULATIVE_TALLIES and _revised_down(group, first, second))
            ):
                return False
        whole_of = {first.id: _people_whole(first), second.id: _people_whole(second)}
        aboard = {measure, *(whole for whole in whole_of.values() if whole)} & PEOPLE_TOTALS
        if aboard and _in_other_vehicles(first, second):
            return False  # "a bus carrying 40 passengers" / "the car had four people on board"
        for part, whole in ((first, second), (second, first)):
            if whole_of[part.id] == whole.subject:  # "180 migrants" of "150 people" aboard
                return _larger_than(part, whole)
        if whole_of[first.id] and whole_of[second.id] and first.subject != second.subject:
            return False  # "91 passengers" / "a crew of eight": two parts of who was aboard
        if not tally:  # "44 miners" / "41 coal miners" killed: one toll, however described
            kinds = {first.id: _kind_words(first), second.id: _kind_words(second)}
            for part, whole in ((first, second), (second, first)):
                if _narrower(kinds[part.id], kinds[whole.id]):  # "overseas voters" of "voters"
                    return _larger_than(part, whole)
            if _kinds_apart(kinds[first.id], kinds[second.id]):
                return False  # "eligible voters" / "overseas voters": two kinds
        first_base, second_base = (
            in_base_units(_rate_leeway(amount) if claim.id in converted else amount)
            for claim, amount in ((first, first.amount), (second, second.amount))
        )
        if first_base.unit != second_base.unit:
            return False
        return not first_base.overlaps(second_base) or _rounded_past(first_base, second_base)


def _exact(amount: AmountValue) -> bool:
    """A figure stated without a hedge or a range, whose band is its stated precision."""
    return (
        amount.hedge is None
        and amount.low is not None
        and amount.high is not None
        and math.isclose(amount.value - amount.low, amount.high - amount.value)
    )


def _rounded_past(first: AmountValue, second: AmountValue) -> bool:
    """Two exact figures whose bands touch but where the finer cannot be the coarser one
    rounded: "two years" is 1.5 to 2.5, "two and a half years" 2.375 to 2.625, and 2.5
    does not round to two. A coarser figure allows the finer ("$1.1 billion" /
    "$1.12 billion")."""
    if not (_exact(first) and _exact(second)):
        return False
    finer, coarser = sorted((first, second), key=lambda a: (a.high or 0) - (a.low or 0))
    if coarser.low is None or coarser.high is None:
        return False
    above = finer.value > coarser.high or (finer.value == coarser.high and coarser.high_open)
    return finer.value < coarser.low or above


# a sum converted from another currency in its own sentence ("€90 million ($98.5m)")
# moves with the rate and the day each outlet took: this share either way
CONVERSION_LEEWAY = 0.02


def _converted(group: Group) -> set[str]:
    """The sums of money written after the same sum in another currency, in one sentence
    ("the fee is €90 million ($98.5m)": the dollars): the conversion, not the sum as
    it was agreed."""
    first: dict[tuple[str, str], tuple[int, str | None]] = {}
    for claim in group.claims:
        if claim.amount is not None and claim.amount.kind == "money":
            place = (claim.article, claim.sentence)
            if place not in first or claim.span[0] < first[place][0]:
                first[place] = (claim.span[0], claim.amount.unit)
    return {
        claim.id
        for claim in group.claims
        if claim.amount is not None
        and claim.amount.kind == "money"
        and claim.amount.unit != first[(claim.article, claim.sentence)][1]
    }


def _rate_leeway(amount: AmountValue) -> AmountValue:
    """A converted sum's band, widened by what another day's rate would make it."""
    return amount.model_copy(
        update={
            "low": amount.low * (1 - CONVERSION_LEEWAY) if amount.low is not None else None,
            "high": amount.high * (1 + CONVERSION_LEEWAY) if amount.high is not None else None,
        }
    )


def _done_in_the_event(claim: Claim, measure: str) -> bool:
    """A count of what a disaster or an operation has done so far, keyed by the doing
    ("home:destroy", "body:find": the `growing_counts` lexicon): it moves from day to
    day as any toll does, so reports of different days give different counts of it, not
    conflicting ones. A count of one finished act ("fired 30 shots") does not move."""
    if claim.amount is None or claim.amount.kind != "count":
        return False
    done = measure.rsplit(":", 1)[1].split("+")[0] if ":" in measure else ""
    return done in GROWING_COUNTS


def _dated_apart(group: Group, first: Claim, second: Claim) -> bool:
    """Both reports are dated, on different days: people in a state ("in critical
    condition", "in hospital") are counted again each day, not once."""
    days = [group.article_of(claim).published for claim in (first, second)]
    return None not in days and days[0] != days[1]


GROWING_COUNTS = lexicons.words("growing_counts")


def _with_the_same_reports_repeats(
    values: list[tuple[str, list[Claim]]], rest: list[Statement]
) -> list[tuple[str, list[Claim]]]:
    """Each value with the other places its reports give it ("29 survivors" in the
    headline and again in the text, once credited to an official): an editor fixing one
    report sees every sentence that says it."""
    articles = {value: {claim.article for claim in claims} for value, claims in values}
    more: dict[str, list[Claim]] = defaultdict(list)
    for statement in rest:
        label = statement[0].describe()
        if label in articles:
            more[label] += [claim for claim in statement if claim.article in articles[label]]
    return [(value, sorted([*claims, *more[value]], key=claim_order)) for value, claims in values]


def _revised_down(group: Group, first: Claim, second: Claim) -> bool:
    """A report of a later day gives a tally that only grows a figure below the one an
    earlier report gave ("more than 200 injured", then "50 injured" the next day): a
    newer count would be as high or higher."""
    days = [group.article_of(claim).published for claim in (first, second)]
    if days[0] is None or days[1] is None or days[0] == days[1]:
        return False
    earlier, later = (first, second) if days[0] < days[1] else (second, first)
    if earlier.amount is None or later.amount is None:
        return False
    for claim in (earlier, later):
        if claim.time is not None or _period_words(claim) is not None:
            return False  # "15 arrested on Sunday night": that day's, not the tally
        if SEVERITY_WORDS & set(claim.sentence.lower().split()):
            return False  # "33 people were seriously injured": a part of the injured
    before, after = in_base_units(earlier.amount), in_base_units(later.amount)
    if before.unit != after.unit or before.low is None or after.high is None:
        return False
    return after.high < before.low


def _figures_by_report(group: Group) -> dict[str, list[tuple[Claim, AmountValue]]]:
    """Each report's figures for the group, in base units, with their claims."""
    given: dict[str, list[tuple[Claim, AmountValue]]] = defaultdict(list)
    for claim in group.claims:
        if claim.amount is not None:
            given[claim.article].append((claim, in_base_units(claim.amount)))
    return given


# hedges that make a figure a bound on one side ("more than a minute", "under an hour")
BOUNDS = frozenset({"over", "at_least", "under", "up_to"})


def _gives_both(
    given: dict[str, list[tuple[Claim, AmountValue]]],
    first: Sequence[Claim],
    second: Sequence[Claim],
    fixed: bool,
) -> bool:
    """Every report of one figure gives the other as well, in another claim: "sentenced
    to 12 years … five years in prison" for two charges, "Kipruto (2:04:02) Bashir Abdi
    (2:04:32)" in one list. A report that states both tells of two things, not of a
    disagreement. A part of the people somewhere is not the whole said again: "99
    passengers and eight crew" does not give the 99 on board another report counts. Of a
    fixed figure, a bound said before the report's own that fits it as well ("taking
    more than a minute off" in the lede, "by 1 minute and 18 seconds" further down) is
    that figure said loosely, not a second one; a bound said after may be of something
    else ("had won Sunday's stage by more than a minute"). Of a tally, "at least 85"
    beside "85 deaths" leaves room for a later count."""

    def also_said(reports: Sequence[Claim], other: Claim) -> bool:
        if other.amount is None:
            return False
        wanted = in_base_units(other.amount)
        return all(
            claim.amount is not None
            and any(
                figure.unit == wanted.unit
                and figure.overlaps(wanted)
                and not (
                    fixed
                    and HEDGES.get(figure.hedge or "") in BOUNDS
                    and said.span[0] < claim.span[0]
                    and figure.overlaps(in_base_units(claim.amount))
                )
                for said, figure in given[claim.article]
                if said.id != claim.id
                and (not _people_whole(said) or said.subject == other.subject)
            )
            for claim in reports
        )

    return also_said(first, second[0]) or also_said(second, first[0])


SETTLED_AFTER_DAYS = 30  # a toll of a time this long before both reports no longer moves


def _settled(group: Group, first: Claim, second: Claim) -> bool:
    """Both figures are for one past time that both reports look back on ("the 1999
    cyclone killed 10,000"): that toll no longer moves, so reports of any day compare."""
    if first.time is None or second.time is None:
        return False
    published = [group.article_of(claim).published for claim in (first, second)]
    known = [date for date in published if date is not None]
    return bool(known) and (min(known) - first.time.end).days > SETTLED_AFTER_DAYS


PROGRESS = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|percent|per cent)")


def _same_progress(first: Claim, second: Claim) -> bool:
    """Two figures given at one stage of a count ("with 99% of ballot boxes opened",
    "with 99% of the votes counted") tell of one moment, whatever the reports' days."""
    shares = []
    for claim in (first, second):
        found = PROGRESS.search(_period_words(claim) or "")
        shares.append(float(found.group(1)) if found else None)
    return shares[0] is not None and shares[0] == shares[1]


# a toll this small stays the same for days while other tallies rise ("one killed, five
# wounded" then "one killed, 18 wounded"): it marks no moment
MOMENT_TOLL = 3


def _same_toll(first: Claim, second: Claim) -> bool:
    """Two reports that give one and the same death toll tell of one moment: "at least
    40 dead and 130 injured" against "at least 40 … another 85 hurt"."""
    tolls = [detail.toll if detail else None for detail in map(amount_detail, (first, second))]
    return tolls[0] is not None and tolls[0] >= MOMENT_TOLL and tolls[0] == tolls[1]


def _reckoned(claim: Claim) -> bool:
    detail = amount_detail(claim)
    return detail is not None and detail.derived is not None


def _overlap(first: Claim, second: Claim) -> bool:
    return first.span[0] < second.span[1] and second.span[0] < first.span[1]


def _statement(group: Group, claim: Claim) -> tuple[object, ...]:
    detail = amount_detail(claim)
    return (
        claim.amount,
        claim.time,
        detail.period_text if detail else None,
        detail.source if detail else None,
        detail.toll if detail else None,
        detail.bearing if detail else None,
        claim.status,
        group.article_of(claim).published,
        _people_whole(claim) and claim.subject,  # "99 passengers" is not "99 people" aboard
    )


def _same_moment(group: Group, first: Claim, second: Claim) -> bool:
    """Same-day reports whose figures are not tied to different moments ("in the first hours")."""
    first_date = group.article_of(first).published
    second_date = group.article_of(second).published
    return (
        moments_close(group, first, second)
        and first_date is not None  # two undated reports may be days apart
        and first_date == second_date
        and _moment_words(group, first) == _moment_words(group, second)
    )


# two directions this far apart, in degrees, point to different places
APART_DEGREES = 90.0


def _opposite_ways(first: Claim, second: Claim) -> bool:
    """Two distances from one place that point 90 degrees or more apart: whatever their
    lengths, they put what they measure in different places."""
    bearings = [d.bearing if d else None for d in map(amount_detail, (first, second))]
    if bearings[0] is None or bearings[1] is None:
        return False
    return degrees_apart(bearings[0], bearings[1]) >= APART_DEGREES


def _counted_by(claim: Claim) -> str | None:
    """The moment a count had got to its figure ("by 4am on Friday"), or None. A
    measurement at a time ("winds of 155 mph as of 3 p.m.") is no count that grows."""
    words = _period_words(claim)
    if claim.amount is None or claim.amount.kind != "count":
        return None
    return words if words is not None and words.startswith("by ") else None


def _still_rising(claim: Claim) -> bool:
    """The figure is what the tally rose to that day ("the toll has jumped to 288"): the
    number was moving, so a same-day report of another figure gave an earlier or a later
    count of it, not a conflicting one."""
    detail = amount_detail(claim)
    return detail is not None and detail.risen


def _moment_words(group: Group, claim: Claim) -> str | None:
    """The words that tie a figure to a moment; none when they name the day the report
    is published ("over 200 injured today"), which is the moment an unmarked figure
    tells of too."""
    words = _period_words(claim)
    published = group.article_of(claim).published
    if (
        words is not None
        and claim.time is not None
        and claim.time.start == claim.time.end == published
    ):
        return None
    return words


def _period_words(claim: Claim) -> str | None:
    detail = amount_detail(claim)
    return detail.period_text if detail else None
