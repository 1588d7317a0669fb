"""FC308: one organisation's name spelled two ways within a story."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from factcheck import lexicons
from factcheck.engine import Group, Rule
from factcheck.engine.compare import one_edit_apart
from factcheck.extract.names import transliteration_only
from factcheck.models import Claim, Finding, OrgNameValue

# a name shorter than this is not compared ("Meta" / "Beta"); initials are
MIN_LETTERS = 8
INITIALS_LETTERS = 3

# one word's two spellings in use, British and American ("Defence" / "Defense",
# "Labour" / "Labor", "Organisation" / "Organization", "Centre" / "Center")
SPELLING_VARIETIES = (("our", "or"), ("ence", "ense"), ("is", "iz"), ("tre", "ter"), ("ll", "l"))


def _names(group: Group) -> dict[str, list[Claim]]:
    """Distinct folded organisation names of the group with the claims that write them."""
    found: dict[str, list[Claim]] = defaultdict(list)
    for claim in group.claims:
        if isinstance(claim.value, OrgNameValue):
            found[claim.value.folded].append(claim)
    return found


def _initials(name: str) -> bool:
    return " " not in name and INITIALS_LETTERS <= len(name) <= MIN_LETTERS


def _initials_of(name: str) -> str:
    """The initials a name's capitalised words make ("Independent Electoral and
    Boundaries Commission": "iebc", folded as names are)."""
    return "".join(word[0] for word in name.split() if word[:1].isupper())


def _by_sentence(names: dict[str, list[Claim]]) -> dict[tuple[str, str], list[Claim]]:
    """The organisation-name claims of each sentence of each report."""
    found: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claims in names.values():
        for claim in claims:
            found[(claim.article, claim.sentence)].append(claim)
    return found


def _spelled_out_as(
    sentences: dict[tuple[str, str], list[Claim]],
    names: dict[str, list[Claim]],
    first: str,
    second: str,
) -> bool:
    """Initials with their letters in another order, one set written beside a name in
    full whose initials are the other's ("Independent Electoral and Boundaries
    Commission (IBEC)" against "IEBC"): the report that spelled it out got them wrong.
    Initials alike with no such name are as often two bodies ("AFP" / "PAF")."""
    if sorted(first) != sorted(second):
        return False
    for written, other in ((first, second), (second, first)):
        for claim in names[written]:
            beside = sentences[(claim.article, claim.sentence)]
            if any(
                _initials_of(c.value.describe()).lower() == other
                for c in beside
                if c.id != claim.id
            ):
                return True
    return False


def _differing_words(first: str, second: str) -> list[tuple[str, str]]:
    """The words two names of as many words write differently, in order."""
    one, other = first.split(), second.split()
    if len(one) != len(other):
        return []
    return [(a, b) for a, b in zip(one, other, strict=True) if a != b]


def _forms_of_one_word(first: str, second: str) -> bool:
    """The names differ in a word and its plural or people ("Rwanda High Commission" /
    "Rwandan High Commission", "Girl Scout" / "Girl Scouts"): another word, not a
    spelling."""
    pairs = _differing_words(first, second)
    if len(pairs) != 1:
        return False
    shorter, longer = sorted(pairs[0], key=len)
    return longer.startswith(shorter) and longer[len(shorter) :] in {"s", "n", "es", "i"}


def _a_name_in_it_differs(first: str, second: str) -> bool:
    """The word the names differ in is the name that says which body it is ("Olso
    District Court" / "Oslo District Court"), not a word of its kind of body: a slip
    there ("Garissa Univeristy College") leaves no doubt which body is meant."""
    pairs = _differing_words(first, second)
    return bool(pairs) and not any(word in INSTITUTION_WORDS for pair in pairs for word in pair)


# the words of a kind of body ("university", "court", "commission"): the lexicon's hints
INSTITUTION_WORDS = lexicons.words("institution_words")


def _one_word_spelled_two_ways(first: str, second: str) -> bool:
    """The names differ as British and American spelling of one word do, or as two
    romanisations of one name ("Kiev" / "Kyiv", "Olympiacos" / "Olympiakos")."""
    pairs = _differing_words(first, second)
    if len(pairs) == 1 and transliteration_only(*pairs[0]):
        return True
    for british, american in SPELLING_VARIETIES:
        if first.replace(british, american) == second.replace(british, american):
            return True
    return False


class OrgSpelling(Rule):
    """One organisation's name is spelled two ways in one story.

    What it flags
        Two names of an organisation or institution in one story (in
        different articles or in one) that differ by one letter changed,
        added, dropped or two letters swapped in the word that names where
        the body is: "the Olso District Court" / "the Oslo District Court".
        A slip in a common word leaves no doubt which body is meant and is not
        flagged ("Garissa Univeristy College"). Initials are compared when
        they hold the same letters in another order and one report spelled the
        body out beside them with the other's initials ("Independent Electoral
        and Boundaries Commission (IBEC)" / "IEBC"); initials alike alone are
        as often two bodies ("AFP" / "PAF"). Only names in two reports are
        compared: one report may name the New York Jets and the Mets. Names
        shorter than eight letters are not compared ("Meta" / "Beta"), nor names that
        differ in a word and its plural or people ("Rwanda" / "Rwandan High
        Commission", "Israel" / "Israeli Police"), nor two romanisations ("Kiev" /
        "Kyiv City Council"), nor one word's British and American spellings ("Ministry of
        Defence" / "Ministry of Defense", "Labour" / "Labor").

    Why it matters
        A misspelt court, commission or company is as plain an error to
        readers as a misspelt person, and initials in the wrong order name no
        body at all.

    Flagged example
        "Breivik sat in the packed Olso District Court." / "He was sentenced
        at the Oslo District Court."

    Consistent example
        "Gunmen stormed Garissa Univeristy College" / "the attack at Garissa
        University College" (a slip in a common word); "The Ministry of
        Defence said…" / "The Ministry of Defense said…"
        (British and American spelling); "the IEC" / "the IEBC" (a letter
        more: another body's initials may be)

    Configuration
        None. `MIN_LETTERS` sets the shortest name compared.
    """

    code = "FC308"
    name = "organisation.spelling"
    severity = "error"
    kinds = ("orgname",)
    expectation = "An organisation's name is spelled the same way throughout a story"

    def check(self, group: Group) -> Iterator[Finding]:
        names = _names(group)
        sentences = _by_sentence(names)
        compared = [
            name for name in names if len(name.replace(" ", "")) >= MIN_LETTERS or _initials(name)
        ]
        for first, second in one_edit_apart(compared):
            if _initials(first) != _initials(second):
                continue
            if _initials(first) and not _spelled_out_as(sentences, names, first, second):
                continue  # "AFP" / "PAF", "SPD" / "PDS": initials alike are often two bodies
            if first.replace(" ", "") == second.replace(" ", ""):
                continue  # spacing, not spelling
            if _forms_of_one_word(first, second) or _one_word_spelled_two_ways(first, second):
                continue
            if not _initials(first) and not _a_name_in_it_differs(first, second):
                continue  # "Garissa Univeristy College": a slip in a word, the body is clear
            written = [names[first][0].value.describe(), names[second][0].value.describe()]
            yield self.finding(
                group,
                [*names[first], *names[second]],
                "one organisation spelled two ways:"
                f" \u201c{written[0]}\u201d and \u201c{written[1]}\u201d",
                values=[(written[0], names[first]), (written[1], names[second])],
            )
