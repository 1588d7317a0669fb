"""Names: where a written name starts and ends; person names' parts, folded for
comparison, and how alike two names are.

nameparser splits a name into given and family parts (it knows titles,
suffixes and "Last, First"); rapidfuzz measures how alike two spellings are.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from nameparser import HumanName
from rapidfuzz.distance import OSA
from spacy.tokens import Span, Token

from factcheck import lexicons

# two spellings this alike (normalised optimal-string-alignment similarity: an edit or
# two letters swapped count one) may be one name
SPELLING_SIMILARITY = 0.7
VOWELS = frozenset("aeiouy")
# one sound written two ways by different romanisations
ROMANISED_DIGRAPHS = (("dzh", "j"), ("kh", "h"), ("ph", "f"), ("dh", "d"), ("gh", "g"))


def _in_name(token: Token) -> bool:
    """Names are written with capitals (or digits: "7-Eleven"); common words are not."""
    return token.text[:1].isupper() or token.text[:1].isdigit()


def proper_name(span: Span) -> Span:
    """The name an entity span gives, without the common words at its edges.

    The entity recogniser often takes in a word before or after a name ("the
    Indore-Patna Express", "Kanpur city", "Uttar Pradesh state"); those words
    describe the place or thing and are not part of its name, so "Kanpur city"
    and "Kanpur" name one place. A span with no capitalised word is kept whole.
    """
    start, end = span.start, span.end
    while start < end and not _in_name(span.doc[start]):
        start += 1
    while end > start and not _in_name(span.doc[end - 1]):
        end -= 1
    if start == end:
        return span
    return Span(span.doc, start, end, label=span.label)


UNDECOMPOSED = str.maketrans(
    {"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
     "æ": "ae", "Æ": "AE"}
)  # fmt: skip


def fold(words: str) -> str:
    """Lower case without accents or punctuation: "Nduhungirehe’s" → "nduhungirehe"."""
    # letters NFKD does not take apart: Turkish dotless i ("Bartın" is "Bartin")
    text = unicodedata.normalize("NFKD", words.replace("’", "'").translate(UNDECOMPOSED))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.removesuffix("'s").removesuffix("'")
    kept = "".join(c for c in text if c.isalnum() or c in " -")
    return " ".join(word.strip("-") for word in kept.split() if word.strip("-"))  # "Swift-"


@lru_cache(maxsize=8192)
def human_name(text: str) -> tuple[str, str]:
    """nameparser's (first, last) of a name as written; parsed once per distinct text
    (stories and claims read the same names)."""
    parsed = HumanName(text)
    return parsed.first, parsed.last


@lru_cache(maxsize=4096)
def middle_names(name: str) -> tuple[str, ...]:
    """The middle names written in full, folded ("Wenche Elisabeth Arntzen": elisabeth);
    initials ("George W. Bush") say too little to be spelled two ways."""
    words = [fold(word) for word in HumanName(name.replace(",", " ")).middle.split()]
    return tuple(word for word in words if len(word) > 1)


@lru_cache(maxsize=4096)
def name_parts(name: str) -> tuple[str, str]:
    """(given name, family name), folded; the given name is "" for a surname alone."""
    words = [w for w in name.replace(",", " ").split() if w]
    while words and fold(words[0]).rstrip(".") in lexicons.words("name_prefixes"):
        words = words[1:]
    if not words:
        return "", ""
    given, family = human_name(" ".join(words))
    first, last = fold(given), fold(family)
    if not last and first:
        return "", first
    return first, last


def similarity(first: str, second: str) -> float:
    return OSA.normalized_similarity(first, second)


def spelling_variants(first: str, second: str) -> bool:
    """Two different spellings that may be one name ("sherie" / "cherie")."""
    if first == second or min(len(first), len(second)) < 3:
        return False
    if first + "s" == second or second + "s" == first:
        return False  # "Lib Dem" / "Lib Dems": a group and its members, not a spelling
    if first[0] != second[0] and first[1:] != second[1:]:
        return False  # names that differ in their first letter rarely are one name
    return similarity(first, second) >= SPELLING_SIMILARITY


def vowels_swapped(first: str, second: str) -> bool:
    """The same letters with two vowels swapped ("abeta" / "abate"): a slip in a family
    name; two given names may differ so and be two ("Sami" / "Sima")."""
    return (
        first != second
        and len(first) >= VOWEL_SWAP_LENGTH
        and sorted(first) == sorted(second)
        and consonant_skeleton(first) == consonant_skeleton(second)
    )


# a family name this long with two vowels swapped is one name misspelt
VOWEL_SWAP_LENGTH = 5


def transliteration_only(first: str, second: str) -> bool:
    """The spellings differ only as romanisations of one name do: in vowels
    ("gunawardena" / "gunawardene"), a doubled letter ("mohamed" / "mohammed") or
    a digraph for one sound ("kokhir" / "kohir", "mustapha" / "mustafa"); not in
    letters swapped ("kier" / "keir")."""
    if sorted(first) == sorted(second):
        return False  # letters swapped ("kier" / "keir") are a slip, not a romanisation
    return consonant_skeleton(first) == consonant_skeleton(second)


# a name shorter than this is too short to tell a romanisation from another name
ROMANISED_MIN_LETTERS = 5
# runs of vowels that romanisations of one name write for one sound ("Masood" / "Masud",
# "Gunawardena" / "Gunawardene"); "Young" / "Yang" or "Pool" / "Peel" are two names
ROMANISED_VOWELS = frozenset(
    frozenset(pair)
    for pair in (
        ("oo", "u"), ("ou", "u"), ("ee", "i"), ("ea", "i"), ("a", "e"), ("e", "i"),
        ("o", "u"), ("i", "y"), ("ai", "ay"), ("ei", "ey"), ("ie", "i"), ("aa", "a"),
    )
)  # fmt: skip


VOWEL_RUN = re.compile(f"[{''.join(sorted(VOWELS))}]+")


def one_vowel_apart(first: str, second: str) -> bool:
    """Romanisations of one name that write one sound's vowels another way ("masood" /
    "masud", "gunawardena" / "gunawardene"), not names whose vowels differ otherwise or
    in several places ("hassan" / "hussein", "young" / "yang")."""
    if min(len(first), len(second)) < ROMANISED_MIN_LETTERS or not transliteration_only(
        first, second
    ):
        return False
    one: list[str] = VOWEL_RUN.findall(first)
    two: list[str] = VOWEL_RUN.findall(second)
    if len(one) != len(two):
        return False
    differing = [frozenset((a, b)) for a, b in zip(one, two, strict=True) if a != b]
    return len(differing) == 1 and differing[0] in ROMANISED_VOWELS


def one_letter_a_sound(name: str) -> str:
    """A name with the letters one romanisation writes for a sound another writes with
    one letter folded to it ("dalerdzhon" is "dalerjon", "mukhammad" is "muhammad")."""
    for digraph, sound in ROMANISED_DIGRAPHS:
        name = name.replace(digraph, sound)
    return name


def consonant_skeleton(name: str) -> str:
    """A name's consonants with digraphs for one sound folded and doubles made single:
    what its romanisations share ("fayzov" and "faizov" are "fzv")."""
    name = one_letter_a_sound(name)
    consonants = [c for c in name if c not in VOWELS]
    return "".join(c for n, c in enumerate(consonants) if n == 0 or c != consonants[n - 1])
