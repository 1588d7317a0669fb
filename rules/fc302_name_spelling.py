"""FC302: one person's name spelled two ways within a story."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from factcheck.engine import Group, Rule
from factcheck.extract.names import (
    consonant_skeleton,
    middle_names,
    one_vowel_apart,
    spelling_variants,
    transliteration_only,
    vowels_swapped,
)
from factcheck.models import Claim, Finding, PersonValue


def _names(group: Group) -> dict[tuple[str, str], list[Claim]]:
    """Distinct (given, family) names of the group with the claims that write them."""
    found: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in group.claims:
        if isinstance(claim.value, PersonValue):
            found[(claim.value.first, claim.value.last)].append(claim)
    return found


def _variant_pairs(
    names: list[tuple[str, str]],
) -> Iterator[tuple[tuple[str, str], tuple[str, str], str]]:
    """Pairs of names that share one part and write the other part alike but not the same.

    Names are blocked by each part, so only names that share a part are compared.
    """
    by_part: dict[tuple[int, str], list[tuple[str, str]]] = defaultdict(list)
    for name in names:
        by_part[(0, name[0])].append(name)
        by_part[(1, name[1])].append(name)
    seen: set[tuple[tuple[str, str], tuple[str, str]]] = set()
    for (shared, _), block in sorted(by_part.items()):
        other = 1 - shared
        for index, first in enumerate(block):
            for second in block[index + 1 :]:
                pair = (min(first, second), max(first, second))
                if pair in seen or {first[0], first[1]} == {second[0], second[1]}:
                    continue
                family = other == 1
                if spelling_variants(first[other], second[other]) or (
                    family
                    and (
                        vowels_swapped(first[other], second[other])
                        or one_vowel_apart(first[other], second[other])
                    )
                ):
                    seen.add(pair)
                    yield pair[0], pair[1], "given" if other == 0 else "family"
    yield from _romanised_twice(names, seen)
    yield from _swapped(names)


def _swapped(
    names: list[tuple[str, str]],
) -> Iterator[tuple[tuple[str, str], tuple[str, str], str]]:
    """Pairs of full names with the same two parts in the other order ("Hassan Hamad" /
    "Hamad Hassan"). Names are blocked by their parts, so only such pairs are compared."""
    by_parts: dict[frozenset[str], list[tuple[str, str]]] = defaultdict(list)
    for name in names:
        if name[0] and name[1] and name[0] != name[1]:
            by_parts[frozenset(name)].append(name)
    for block in by_parts.values():
        if len(block) == 2:
            first, second = sorted(block)
            yield first, second, "order"


def _romanised_twice(
    names: list[tuple[str, str]], seen: set[tuple[tuple[str, str], tuple[str, str]]]
) -> Iterator[tuple[tuple[str, str], tuple[str, str], str]]:
    """Pairs of full names whose given and family names both differ, one part only as
    romanisations of one name do and the other as a misspelling ("Sergei Tkachenko" /
    "Sergey Tkachenco"). A name is blocked by the consonant
    skeleton of each part with the other part's first letter, so only names alike in
    one part's sound are compared; family names that end differently are another form
    of the name ("Volkov" / "Volkova", "Kowalski" / "Kowalska"), not a spelling."""
    blocks: dict[tuple[int, str, str], list[tuple[str, str]]] = defaultdict(list)
    for name in names:
        if name[0] and len(name[1]) >= ROMANISED_LENGTH:
            for part in (0, 1):
                blocks[(part, consonant_skeleton(name[part]), name[1 - part][:1])].append(name)
    for (part, _, _), block in sorted(blocks.items()):
        for index, first in enumerate(block):
            for second in block[index + 1 :]:
                pair = (min(first, second), max(first, second))
                if pair in seen or first[0] == second[0] or first[1] == second[1]:
                    continue
                if first[1][-1] != second[1][-1]:
                    continue
                if _romanised_and_misspelt(first, second, part):
                    seen.add(pair)
                    yield pair[0], pair[1], "both"


def _romanised_and_misspelt(first: tuple[str, str], second: tuple[str, str], part: int) -> bool:
    """One part written as another romanisation, the other a letter or two off, and long
    enough for that to be a slip: "Sergei Tkachenko" / "Sergey Tkachenco". Two names
    both only romanised alike ("Ahmed Hassan" / "Ahmad Hussein") may be two people."""
    other = 1 - part
    misspelt = first[other], second[other]
    return (
        transliteration_only(first[part], second[part])
        and min(len(misspelt[0]), len(misspelt[1])) >= ROMANISED_LENGTH
        and spelling_variants(*misspelt)
        and not transliteration_only(*misspelt)
    )


def _a_slip(first: list[Claim], second: list[Claim]) -> bool:
    """One spelling written in one report only (a name is a claim per sentence that
    writes it), where reports that name both are
    not alone in giving the other ("President Uhura Kenyatta" once, "Uhuru Kenyatta" in
    that report and two others): a slip of the keyboard, not a second person."""
    side_by_side = {(c.article, c.sentence) for c in first} & {
        (c.article, c.sentence) for c in second
    }
    if side_by_side:
        return False  # "John Walsh, 70, and his wife Joan Walsh, 68": two people in one breath
    for once, other in ((first, second), (second, first)):
        one_report = len({c.article for c in once}) == 1
        if one_report and len({c.article for c in other}) >= SLIP_OTHER_REPORTS:
            return True
    return False


# reports that must give the other spelling for a one-off spelling to be a slip
SLIP_OTHER_REPORTS = 3


# a family name this long is told from another by its sound, not by a letter or two
ROMANISED_LENGTH = 5


class NameSpelling(Rule):
    """One person's name is spelled two ways in one story.

    What it flags
        Two person mentions in one story (in different articles or in one)
        that share one part of the name and write the other part almost the
        same way but not quite: "Sherie Miller" / "Cherie Miller",
        "Nduhungirehe" / "Nduhungirahe". Names that differ in more than a
        letter or two, or by initials and middle names, are not compared; a
        middle name both reports write in full is ("Wenche Elizabeth
        Arntzen" / "Wenche Elisabeth Arntzen"). One name's two parts in the
        other order ("Health Minister Hassan Hamad" / "Health Minister Hamad
        Hassan") are a warning: some languages put the family name first, but
        a story should write one order. A report that writes both orders
        ("Ali Hassan and Hassan Ali") names two people.
        Two spellings that cannot both be right ("Sherie" / "Cherie",
        "Bektenov" / "Bekteno", "Kier" / "Keir") are an error: at least one
        report writes the name wrong, and the value most sources give is the
        likely spelling. A spelling that differs only as romanisations of one
        name differ (vowels, a doubled letter, "kh" for "h": "Gunawardena" /
        "Gunawardene", "Mohamed" / "Mohammed", "Kohir" / "Kokhir") is a
        warning: both may be in use, but a story should pick one. When both
        parts differ, one only as a romanisation and the other by a slip in a
        name of five letters or more ("Sergei Tkachenko" / "Sergey Tkachenco"),
        it is one person too (an error). Names whose parts are all only
        romanised alike ("Ahmed Hassan" / "Ahmad Hussein") or whose family names
        end differently ("Kowalski" / "Kowalska") are not compared that way.

    Why it matters
        A misspelt name is the error readers and the people named notice
        first; two spellings mean at least one report is wrong.

    Flagged example
        "Sherie Miller, 44, died at the scene." / "Cherie Miller was pronounced dead."

    Consistent example
        "John Miller and his wife Mary Miller were hurt." (two people sharing
        a family name: the given names are not alike); "John Walsh, 70, and
        his wife Joan Walsh, 68" (given names alike, but one report names
        both: two people, unless one spelling, not a romanisation of the
        other, is written just once in the story and three reports give the
        other, which is a slip)

    Configuration
        None. The similarity threshold is `SPELLING_SIMILARITY` in
        `factcheck.extract.names` (with `ROMANISED_MIN_LETTERS` for names that
        differ in one run of vowels); `SLIP_OTHER_REPORTS` is how many reports
        must give the other spelling for a one-off to be a slip.
    """

    code = "FC302"
    name = "name.spelling"
    severity = "error"
    kinds = ("person",)
    expectation = "A person's name is spelled the same way throughout a story"
    between_articles = False  # one article may spell a name two ways

    def check(self, group: Group) -> Iterator[Finding]:
        names = _names(group)
        for first, second, part in _variant_pairs(sorted(names)):
            together = {c.article for c in names[first]} & {c.article for c in names[second]}
            if part == "order":
                if not together:  # "Ali Hassan and Hassan Ali" in one report: two people
                    yield self._two_ways(group, names[first], names[second], "order")
                continue
            differing = {"given": 0, "family": 1, "both": 1}[part]
            romanised = transliteration_only(first[differing], second[differing])
            slip = not romanised and _a_slip(names[first], names[second])
            if part in {"given", "both"} and together and not slip:
                continue  # "John Walsh and his wife Joan Walsh": one report names both
                # ("Mohammad" beside "Muhammad" in one report: the outlet's own two forms)
            how = "romanised" if romanised else "spelled"
            yield self._two_ways(group, names[first], names[second], how)
        for claims in names.values():
            yield from self._middle_spellings(group, claims)

    def _middle_spellings(self, group: Group, claims: list[Claim]) -> Iterator[Finding]:
        """One person (one given and family name) whose middle name, written in full,
        is spelled two ways ("Wenche Elizabeth Arntzen" / "Wenche Elisabeth Arntzen")."""
        by_middle: dict[str, list[Claim]] = defaultdict(list)
        for claim in claims:
            if isinstance(claim.value, PersonValue):
                for middle in middle_names(claim.value.name):
                    by_middle[middle].append(claim)
        middles = sorted(by_middle)
        for index, one in enumerate(middles):
            for other in middles[index + 1 :]:
                if spelling_variants(one, other):
                    how = "romanised" if transliteration_only(one, other) else "spelled"
                    yield self._two_ways(group, by_middle[one], by_middle[other], how)

    def _two_ways(self, group: Group, first: list[Claim], second: list[Claim], how: str) -> Finding:
        """The finding for one person written two ways: `how` is "spelled" (an error),
        "romanised" (two romanisations of one name) or "order" (one name's parts in two
        orders), which are warnings."""
        written = [first[0].value.describe(), second[0].value.describe()]
        told = "named in two orders" if how == "order" else "spelled two ways"
        finding = self.finding(
            group,
            [*first, *second],
            f"one person {told}: \u201c{written[0]}\u201d and \u201c{written[1]}\u201d",
            values=[(written[0], first), (written[1], second)],
        )
        warning = how in {"romanised", "order"}
        return finding.model_copy(update={"severity": "warning"}) if warning else finding
