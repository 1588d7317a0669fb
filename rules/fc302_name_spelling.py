"""FC302: one person's name spelled two ways within a story."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from factcheck.engine import Group, Rule
from factcheck.extract.names import (
    consonant_skeleton,
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
                    family and vowels_swapped(first[other], second[other])
                ):
                    seen.add(pair)
                    yield pair[0], pair[1], "given" if other == 0 else "family"
    yield from _romanised_twice(names, seen)


def _romanised_twice(
    names: list[tuple[str, str]], seen: set[tuple[tuple[str, str], tuple[str, str]]]
) -> Iterator[tuple[tuple[str, str], tuple[str, str], str]]:
    """Pairs of full names whose given and family names both differ, each as one name's
    romanisations or spellings do ("Muhammadu Abubakar" / "Mohammadu Abubakr"). Names are
    blocked by the family name's consonant skeleton and by its first letters, so only
    names that sound or start alike are compared."""
    blocks: dict[tuple[int, str], list[tuple[str, str]]] = defaultdict(list)
    for name in names:
        if name[0] and len(name[1]) >= ROMANISED_LENGTH:
            blocks[(0, consonant_skeleton(name[1]))].append(name)
            blocks[(1, name[1][:ROMANISED_PREFIX])].append(name)
    for _, block in sorted(blocks.items()):
        for index, first in enumerate(block):
            for second in block[index + 1 :]:
                pair = (min(first, second), max(first, second))
                if pair in seen or first[0] == second[0] or first[1] == second[1]:
                    continue
                if all(_alike(first[part], second[part]) for part in (0, 1)):
                    seen.add(pair)
                    yield pair[0], pair[1], "both"


# a family name this long is told from another by its sound, not by a letter or two
ROMANISED_LENGTH = 5
# how many first letters of a family name block it with names spelled another way
ROMANISED_PREFIX = 3


def _alike(first: str, second: str) -> bool:
    return spelling_variants(first, second) or (
        len(first) >= ROMANISED_LENGTH and transliteration_only(first, second)
    )


class NameSpelling(Rule):
    """One person's name is spelled two ways in one story.

    What it flags
        Two person mentions in one story (in different articles or in one)
        that share one part of the name and write the other part almost the
        same way but not quite: "Sherie Miller" / "Cherie Miller",
        "Nduhungirehe" / "Nduhungirahe". Names that differ in more than a
        letter or two, or only in order ("Harerimana Fatou" / "Fatou
        Harerimana"), or by initials and middle names, are not compared.
        Two spellings that cannot both be right ("Sherie" / "Cherie",
        "Bektenov" / "Bekteno", "Kier" / "Keir") are an error: at least one
        report writes the name wrong, and the value most sources give is the
        likely spelling. A spelling that differs only as romanisations of one
        name differ (vowels, a doubled letter, "kh" for "h": "Gunawardena" /
        "Gunawardene", "Mohamed" / "Mohammed", "Kohir" / "Kokhir") is a
        warning: both may be in use, but a story should pick one. When both
        parts differ, each as a spelling or a romanisation ("Sergei Tkachenko"
        / "Sergey Tkachenco"), it is one person too; a whole name romanised by
        another system, every part only so ("Muammar Gaddafi" / "Moammar
        Gadhafi"), is a notice (info).

    Why it matters
        A misspelt name is the error readers and the people named notice
        first; two spellings mean at least one report is wrong.

    Flagged example
        "Sherie Miller, 44, died at the scene." / "Cherie Miller was pronounced dead."

    Consistent example
        "John Miller and his wife Mary Miller were hurt." (two people sharing
        a family name: the given names are not alike); "John Walsh, 70, and
        his wife Joan Walsh, 68" (given names alike, but one report names
        both: two people)

    Configuration
        None. The similarity threshold is `SPELLING_SIMILARITY` in
        `factcheck.extract.names`.
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
            if part == "given" and together:
                continue  # "John Walsh and his wife Joan Walsh": one report names both
            written = [names[first][0].value.describe(), names[second][0].value.describe()]
            claims = [*names[first], *names[second]]
            finding = self.finding(
                group,
                claims,
                f"one person spelled two ways: \u201c{written[0]}\u201d and \u201c{written[1]}\u201d",
                values=[(written[0], names[first]), (written[1], names[second])],
            )
            parts = {"given": (0,), "family": (1,), "both": (0, 1)}[part]
            if all(transliteration_only(first[p], second[p]) for p in parts):
                # one part romanised another way is a warning; a whole name romanised
                # by another system ("Muammar Gaddafi" / "Moammar Gadhafi") a notice
                severity = "info" if part == "both" else "warning"
                finding = finding.model_copy(update={"severity": severity})
            yield finding
