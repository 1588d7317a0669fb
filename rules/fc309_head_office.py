"""FC309: one person given two offices of a head of state or government at one time."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.rules.fc305_office_rank import SAME_TIME_DAYS, office_of, same_person

from factcheck import lexicons
from factcheck.engine import Group, Rule
from factcheck.engine.compare import claim_order, publication_date
from factcheck.models import Claim, Finding, OfficeValue

# the offices that head a state or its government, by the `office_ranks` hints
HEAD_LABELS = frozenset({"head of state", "head of government"})
HEAD_OFFICES = {
    words: label for words, _, label in lexicons.rows("office_ranks") if label in HEAD_LABELS
}
OFFICE_ALIASES = lexicons.mapping("office_aliases")


def head_office(value: OfficeValue) -> tuple[str | None, str] | None:
    """(country or None, office) of a title that heads a state or a government and is
    held now ("Chinese Prime Minister" → (None or "china", "prime minister")); None
    for any other title, or one held before or after ("former", "then-", "-elect")."""
    if value.qualifier:
        return None
    country, _, office = value.office.rpartition("/")
    words = office.replace("-", " ")
    words = OFFICE_ALIASES.get(words, words)  # "premier" is the prime minister
    if words not in HEAD_OFFICES:
        return None
    return (country or None), words


class HeadOffice(Rule):
    """One person is given two offices of a head of state or government at one time.

    What it flags
        A person called by one report (or one sentence) the head of state and by
        another the head of government, or two different heads of state: "Chinese
        Prime Minister Xi Jinping" / "President Xi Jinping", "President Modi" /
        "Prime Minister Narendra Modi". The offices are the `office_ranks` hints
        labelled head of state or head of government ("premier" is the prime
        minister by the `office_aliases`). The person is matched by name, spelled
        alike. Titles held before or after (former, then-, -elect) are not
        compared, nor titles of two countries, nor reports a month or more apart
        (an office may change hands). A sentence that gives one person both
        offices ("King and Prime Minister Salman") tells of two offices held
        together, and the person's titles are not compared; one report that
        gives the two in two sentences contradicts itself.

    Why it matters
        Heads of state and of government are the officials readers know best;
        one given the other's office is an error every reader can see.

    Flagged example
        "Chinese Prime Minister Xi Jinping met the Iranian envoy." / "President
        Xi Jinping met the Iranian envoy."

    Consistent example
        "Former President Donald Trump" / "Prime Minister Boris Johnson" (two
        people); "Vladimir Putin, then prime minister" / "President Vladimir
        Putin" (a title held then).

    Configuration
        None. The window is FC305's `SAME_TIME_DAYS`.
    """

    code = "FC309"
    name = "office.two-heads"
    severity = "error"
    kinds = ("office",)
    expectation = "A person holds one office of head of state or government at a time"

    def check(self, group: Group) -> Iterator[Finding]:
        if group.predicate != "title":
            return
        heads = [
            (claim, found)
            for claim in group.claims
            if isinstance(claim.value, OfficeValue)
            and (found := head_office(claim.value)) is not None
        ]
        # a person's distinct head offices are few: compare those, not claims
        by_holder: dict[str, list[tuple[Claim, tuple[str | None, str]]]] = {}
        for claim, found in heads:
            holder = office_of(claim).holder
            key = next((h for h in by_holder if same_person(h, holder)), holder)
            by_holder.setdefault(key, []).append((claim, found))
        for titled in by_holder.values():
            finding = self._two_heads(group, titled)
            if finding is not None:
                yield finding

    def _two_heads(
        self, group: Group, titled: list[tuple[Claim, tuple[str | None, str]]]
    ) -> Finding | None:
        offices: dict[str, list[Claim]] = {}
        for claim, (_, office) in titled:
            offices.setdefault(office, []).append(claim)
        if len(offices) < 2:
            return None
        countries = {country for _, (country, _) in titled if country}
        if len(countries) > 1:
            return None  # two countries' offices: not one person's, or not at one time
        by_sentence: dict[tuple[str, str], set[str]] = {}
        for claim, (_, office) in titled:
            by_sentence.setdefault((claim.article, claim.sentence), set()).add(office)
        if any(len(held) > 1 for held in by_sentence.values()):
            return None  # "King and Prime Minister Salman": two offices held together
        claims = [claim for claim, _ in titled]
        dates = [d for d in (publication_date(group, c) for c in claims) if d is not None]
        if dates and (max(dates) - min(dates)).days > SAME_TIME_DAYS:
            return None
        values = [
            (office, sorted(said, key=claim_order))
            for office, said in sorted(offices.items(), key=lambda item: -len(item[1]))
        ]
        holder = office_of(min(claims, key=claim_order)).holder
        return self.finding(
            group,
            [claim for _, said in values for claim in said],
            f"{holder}: " + " vs ".join(office for office, _ in values),
            values=values,
        )
