"""FC306: one place's name spelled two ways within a story."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from factcheck import places_gazetteer as gazetteer
from factcheck.engine import Group, Rule
from factcheck.engine.compare import one_edit_apart
from factcheck.extract.names import transliteration_only
from factcheck.models import Claim, Finding, PlaceNameValue

# a place name shorter than this is not compared: "Iran" / "Iraq", "Mali" / "Bali"
MIN_LETTERS = 5


def _names(group: Group) -> dict[str, list[Claim]]:
    """Distinct folded place names of the group with the claims that write them."""
    found: dict[str, list[Claim]] = defaultdict(list)
    for claim in group.claims:
        if isinstance(claim.value, PlaceNameValue):
            found[claim.value.folded].append(claim)
    return found


def _both_known(first: str, second: str) -> bool:
    """Both names are the gazetteer's: two places ("Sudan" / "Sedan"), or one place's two
    names in use ("Marrakesh" / "Marrakech"); a name it does not know may be misspelt."""
    return bool(gazetteer.candidates(first)) and bool(gazetteer.candidates(second))


def _forms_of_one_word(first: str, second: str) -> bool:
    """A name and its plural or people ("Atlas Mountain" / "Atlas Mountains", "Sri Lanka"
    / "Sri Lankan"): another word made from it, not another spelling."""
    shorter, longer = sorted((first, second), key=len)
    return longer.startswith(shorter) and longer[len(shorter) :] in {"s", "n"}


def _romanised(first: str, second: str) -> bool:
    """Two romanisations of one place: a vowel written another way ("Tempi" / "Tempe") or
    a letter doubled; a letter dropped ("Quilpué" / "Quilpe") is a slip."""
    if not transliteration_only(first, second):
        return False
    shorter, longer = sorted((first, second), key=len)
    if len(shorter) == len(longer):
        return True
    return any(
        longer[i] == longer[i - 1] and longer[:i] + longer[i + 1 :] == shorter
        for i in range(1, len(longer))
    )


class PlaceSpelling(Rule):
    """One place's name is spelled two ways in one story.

    What it flags
        Two place names of one story (in different articles or in one) that
        differ by one letter changed, added, dropped or two letters swapped:
        "Amasra" / "Amsara", "Quilpué" / "Quilpe", "Jangi Khwar" / "Jangri
        Khwar". Names shorter than five letters are not compared ("Iran" /
        "Iraq"), nor two names the gazetteer knows (two places, "Sudan" /
        "Sedan", or one place's names in use, "Marrakesh" / "Marrakech"), nor
        a name and its plural or people ("Sri Lanka" / "Sri Lankan"). Two
        romanisations of one name (a vowel written another way, a letter
        doubled: "Tempi" / "Tempe") are a notice (severity info), as places
        keep several in use; any other spelling ("Quilpe" for "Quilpué") is
        an error.

    Why it matters
        A misspelt town sends readers, and the next reporter, looking for a
        place that does not exist; two spellings mean at least one report is
        wrong.

    Flagged example
        "The blast hit the mine in Amasra." / "Rescuers reached the mine in Amsara."

    Consistent example
        "The fire reached Quilpué." / "Residents of Quilpué fled." (one
        spelling); "Austria" / "Australia" (more than a letter apart)

    Configuration
        None. `MIN_LETTERS` sets the shortest name compared.
    """

    code = "FC306"
    name = "place.spelling"
    severity = "error"
    kinds = ("placename",)
    expectation = "A place's name is spelled the same way throughout a story"
    between_articles = False  # one article may spell a name two ways

    def check(self, group: Group) -> Iterator[Finding]:
        names = _names(group)
        long_enough = [n for n in names if len(n.replace(" ", "")) >= MIN_LETTERS]
        for first, second in one_edit_apart(long_enough):
            if (
                first.replace(" ", "") == second.replace(" ", "")  # spacing, not spelling
                or _forms_of_one_word(first, second)
                or _both_known(first, second)
            ):
                continue
            written = [names[first][0].value.describe(), names[second][0].value.describe()]
            finding = self.finding(
                group,
                [*names[first], *names[second]],
                f"one place spelled two ways: \u201c{written[0]}\u201d and \u201c{written[1]}\u201d",
                values=[(written[0], names[first]), (written[1], names[second])],
            )
            if _romanised(first, second):
                # places keep several romanisations in use ("Tempi" / "Tempe"): worth a note
                finding = finding.model_copy(update={"severity": "info"})
            yield finding
