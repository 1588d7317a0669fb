"""FC305: one person given two ranks of one office at one time."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck import lexicons
from factcheck.engine import Group, Rule
from factcheck.engine.compare import claim_order, disagreements, publication_date, statements
from factcheck.extract.names import name_parts, spelling_variants
from factcheck.models import Claim, Finding, OfficeValue

RANK_QUALIFIERS = lexicons.words("rank_qualifiers")
# an office compared by fewer words than this may be a part of any title ("minister")
MIN_OFFICE_WORDS = 2
# two reports this far apart may give two ranks: officials are promoted
SAME_TIME_DAYS = 30


def same_person(first: str, second: str) -> bool:
    """Two names as written that may be one person's: one family name (or two spellings
    of it, "Chaudhary" / "Choudhury", with the same given name), and given names that
    agree where both are written."""
    (given_a, family_a), (given_b, family_b) = name_parts(first), name_parts(second)
    if not family_a or not family_b:
        return False
    if family_a == family_b:
        return not given_a or not given_b or given_a == given_b
    return bool(given_a) and given_a == given_b and spelling_variants(family_a, family_b)


def rank_of(value: OfficeValue) -> tuple[frozenset[str], frozenset[str]] | None:
    """(rank words, office words) of a title: "Additional Director General of Police" is
    ({additional}, {director, general, police}). None for a title not held now (former,
    then-, designate): another time, not another rank."""
    if value.qualifier and value.qualifier not in RANK_QUALIFIERS:
        return None
    words = set(value.office.rsplit("/", 1)[-1].split("-"))
    ranks = {word for word in words if word in RANK_QUALIFIERS}
    if value.qualifier:
        ranks.add(value.qualifier)
    return frozenset(ranks), frozenset(words - RANK_QUALIFIERS)


def other_rank(first: OfficeValue, second: OfficeValue) -> bool:
    """One office (the same words, or one title a fuller form of the other) at two ranks."""
    ranks = rank_of(first), rank_of(second)
    if ranks[0] is None or ranks[1] is None or ranks[0][0] == ranks[1][0]:
        return False
    shorter, longer = sorted((ranks[0][1], ranks[1][1]), key=len)
    return shorter == longer or (len(shorter) >= MIN_OFFICE_WORDS and shorter < longer)


class OfficeRank(Rule):
    """One person is given two ranks of one office at one time.

    What it flags
        Two titles given to one person in reports published within a month of
        each other that name the same office at different ranks: "police
        Director-General Daljeet Chaudhary" / "Additional Director General of
        Police (Law and Order) Daljeet Choudhury". A rank word before a title
        (`rank_qualifiers`: additional, deputy, assistant, vice, acting…) makes
        it another office: the additional director general is not the director
        general. The office is the same when the titles have the same other
        words, in any order, or one has all the other's (two words at least:
        "Director General" / "Director General of Police"). The person is
        matched by name, spelled alike ("Chaudhary" / "Choudhury" with the same
        given name). Titles not held now (former, then-, retired, designate)
        are not compared, nor are descriptions ("a senior police officer").

    Why it matters
        A title says how far an official's word goes; a deputy quoted as the
        chief, or the chief as a deputy, misleads readers and the official's
        office alike.

    Flagged example
        "police Director-General Daljeet Chaudhary" / "Additional Director
        General of Police Daljeet Choudhury"

    Consistent example
        "Crown Prince and Prime Minister Mohammed bin Salman" / "Saudi Crown
        Prince Mohammed bin Salman" (a partial title); "Deputy Prime Minister
        Ishaq Dar" / "Foreign Minister Ishaq Dar" (two offices one person
        holds); "a senior police officer" / "Additional Director General of
        Police" (a description, not a title).

    Configuration
        None. The rank words are the `rank_qualifiers` lexicon; `SAME_TIME_DAYS`
        sets the window.
    """

    code = "FC305"
    name = "office.two-ranks"
    severity = "warning"
    kinds = ("office",)
    expectation = "A person holds one rank of an office"

    def check(self, group: Group) -> Iterator[Finding]:
        if group.predicate != "title":
            return
        titled = [claim for claim in group.claims if isinstance(claim.value, OfficeValue)]
        said = statements(titled, lambda claim: (claim.value, publication_date(group, claim)))
        for disagreement in disagreements(said, lambda a, b: _clash(group, a[0], b[0])):
            by_rank: dict[frozenset[str], list[Claim]] = {}
            for statement in disagreement:
                by_rank.setdefault(_ranks(statement[0]), []).extend(statement)
            values = []
            for claims in by_rank.values():
                title = office_of(min(claims, key=claim_order))
                values.append((f"{title.title} {title.holder}", sorted(claims, key=claim_order)))
            yield self.finding(
                group,
                [claim for _, claims in values for claim in claims],
                f"{office_of(values[0][1][0]).holder}: " + " vs ".join(v for v, _ in values),
                values=values,
            )


def _clash(group: Group, first: Claim, second: Claim) -> bool:
    first_title, second_title = office_of(first), office_of(second)
    return (
        same_person(first_title.holder, second_title.holder)
        and other_rank(first_title, second_title)
        and _at_one_time(group, first, second)
    )


def _at_one_time(group: Group, first: Claim, second: Claim) -> bool:
    """Reports published within the window, or undated (taken to speak of the same time)."""
    dates = publication_date(group, first), publication_date(group, second)
    if dates[0] is None or dates[1] is None:
        return True
    return abs((dates[0] - dates[1]).days) <= SAME_TIME_DAYS


def _ranks(claim: Claim) -> frozenset[str]:
    found = rank_of(office_of(claim))
    return found[0] if found else frozenset()


def office_of(claim: Claim) -> OfficeValue:
    if not isinstance(claim.value, OfficeValue):
        raise TypeError(f"{claim.id} is not an office claim")
    return claim.value
