"""FC301: one office of one country given to two different people at one time."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date

from factcheck import lexicons
from factcheck.engine import Group, Rule
from factcheck.extract.names import spelling_variants
from factcheck.models import Claim, Finding, OfficeValue

# two reports this far apart may name two holders: offices change hands
SAME_TIME_DAYS = 180
MULTI_HOLDER = lexicons.words("multi_holder_offices")


def _office_words(office: str) -> str:
    return office.split("/", 1)[-1].replace("-", " ")


def _same_person(first: str, second: str) -> bool:
    """Holder keys ("olivier-nduhungirehe", "nduhungirehe") that may name one person."""
    a, b = first.rsplit("-", 1)[-1], second.rsplit("-", 1)[-1]
    return a == b or spelling_variants(a, b)


class OfficeHolders(Rule):
    """One office of one country is given to two different people at one time.

    What it flags
        Two reports published within six months of each other that name
        different people as the holder of one office of one country: "Rwanda's
        Foreign Minister Olivier Nduhungirehe" / "Vincent Biruta, Rwanda's
        foreign minister". The office is the title's canonical name with its
        jurisdiction (from a possessive, a demonym or "of Rwanda"): offices of
        different countries are different offices. Titles qualified as
        former, acting, interim, then- or designate are not compared. Offices
        that many people hold at once (members, senators, judges, ministers of
        state, ambassadors, spokespeople — the `multi_holder_offices` lexicon)
        are not compared either. Spellings of one name (FC302's business) are
        one holder. A place in a race or contest of the story ("came in
        second", "the second-place finisher, X", per division: the women's
        runner-up is not the men's) is an office with one holder too.

    Why it matters
        Naming the wrong minister is a factual error readers notice and the
        people concerned complain about.

    Flagged example
        "Rwanda's Foreign Minister Olivier Nduhungirehe" / "Vincent Biruta,
        Rwanda's Minister of Foreign Affairs" (same month)

    Consistent example
        "Former Foreign Minister Vincent Biruta" / "Foreign Minister Olivier
        Nduhungirehe"; or two reports two years apart.

    Configuration
        None. `SAME_TIME_DAYS` sets the window.
    """

    code = "FC301"
    name = "office.two-holders"
    severity = "error"
    kinds = ("office",)
    expectation = "An office has one holder at a time"

    def check(self, group: Group) -> Iterator[Finding]:
        if group.predicate != "holder":
            return  # the offices one person is given are FC305's
        holders: dict[str, list[Claim]] = defaultdict(list)
        for claim in group.claims:
            value = claim.value
            if not isinstance(value, OfficeValue) or value.qualifier:
                continue
            if _office_words(value.office) in MULTI_HOLDER or value.office.endswith(
                tuple(f"/{word}" for word in MULTI_HOLDER)
            ):
                continue
            same = next((key for key in holders if _same_person(key, value.holder_key)), None)
            holders[same or value.holder_key].append(claim)
        if len(holders) < 2:
            return
        dates = {  # distinct days only: many articles of one day are one date
            key: sorted({d for c in claims if (d := group.article_of(c).published) is not None})
            for key, claims in holders.items()
        }
        keys = sorted(holders)
        clashing = {
            key
            for index, key in enumerate(keys)
            for other in keys[index + 1 :]
            if _at_one_time(dates[key], dates[other])
            for key in (key, other)
        }
        if len(clashing) < 2:
            return
        values = [(holders[key][0].value.describe(), holders[key]) for key in sorted(clashing)]
        claims = [claim for _, stated in values for claim in stated]
        yield self.finding(
            group,
            claims,
            f"{group.subject.removeprefix('office:')}: "
            + " vs ".join(value for value, _ in values),
            values=values,
        )


def _at_one_time(first: list[date], second: list[date]) -> bool:
    if not first or not second:
        return True  # an undated report is taken to speak of the same time
    return any(abs((a - b).days) <= SAME_TIME_DAYS for a in first for b in second)
