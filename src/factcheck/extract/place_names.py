"""Place and organisation names as written, once per article: what FC306 and FC308
compare for spellings.

Every place entity (GPE, LOC, FAC) of two letters or more is a place-name claim under
the story's one subject `placenames`, whatever the sentence says happened there; an
article that writes a name twice gives one claim, at its first mention.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from factcheck.extract.context import ArticleContext, extractor, new_claim
from factcheck.extract.names import fold
from factcheck.extract.places import PLACE_ENTITIES
from factcheck.models import Claim, OrgNameValue, PlaceNameValue

# the words a place entity may start with that are no part of its name
LEADING_WORDS = frozenset({"the"})


@extractor("placename")
def place_name_claims(context: ArticleContext, sentence: Span) -> Iterator[Claim]:
    for entity in context.ents_in(sentence):
        if entity.label_ not in PLACE_ENTITIES:
            continue
        words = _name_words(entity)
        while words and not words[-1].text[:1].isupper():
            words = words[:-1]  # "Bartin province": the name without its class
        if not words or not all(t.text[:1].isupper() for t in words):
            continue  # "north-east England" is read from "England"; "the area" is no name
        name = " ".join(t.text for t in words)
        folded = " ".join(fold(t.text) for t in words)
        if len(folded.replace(" ", "")) < 2 or folded in context.named_places:
            continue
        context.named_places.add(folded)
        yield new_claim(
            context,
            sentence,
            words,
            subject="placenames",
            predicate="name",
            value=PlaceNameValue(name=name, folded=folded),
        )


# how an organisation's initials are written: "IEBC", "NATO"
INITIALS = re.compile(r"^[A-Z]{3,6}$")


@extractor("orgname")
def org_name_claims(context: ArticleContext, sentence: Span) -> Iterator[Claim]:
    """Names of organisations and institutions as written ("the Oslo District Court",
    "IEBC"), once per article, under the story's one subject `orgnames`: a name of two
    words or more, or initials. A name the article gives a person is left to the names
    of people ("Dayna Brons", taken for a company)."""
    for entity in context.ents_in(sentence):
        if entity.label_ != "ORG":
            continue
        words = _name_words(entity)
        if not words or not words[0].text[:1].isupper() or not words[-1].text[:1].isupper():
            continue
        initials = len(words) == 1 and INITIALS.match(words[0].text) is not None
        if len(words) < 2 and not initials:
            continue
        if fold(words[-1].text) in context.people:
            continue  # a person's family name: the recogniser took them for a company
        name = " ".join(t.text for t in words)
        folded = " ".join(fold(t.text) for t in words)
        if folded in context.named_orgs:
            continue
        context.named_orgs.add(folded)
        yield new_claim(
            context,
            sentence,
            words,
            subject="orgnames",
            predicate="name",
            value=OrgNameValue(name=name, folded=folded),
        )


def _name_words(entity: Span) -> list[Token]:
    """An entity's words as a name writes them: no punctuation or possessive, and no
    leading "the"."""
    words = [t for t in entity if not t.is_punct and t.tag_ != "POS"]
    while words and words[0].lower_ in LEADING_WORDS:
        words = words[1:]
    return words
