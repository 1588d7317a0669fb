"""Place names as written, once per article: what FC306 compares for spellings.

Every place entity (GPE, LOC, FAC) of two letters or more is a place-name claim under
the story's one subject `placenames`, whatever the sentence says happened there; an
article that writes a name twice gives one claim, at its first mention.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from factcheck.extract.context import ArticleContext, extractor, new_claim
from factcheck.extract.names import fold
from factcheck.extract.places import PLACE_ENTITIES
from factcheck.models import Claim, PlaceNameValue

# the words a place entity may start with that are no part of its name
LEADING_WORDS = frozenset({"the"})


@extractor("placename")
def place_name_claims(context: ArticleContext, sentence: Span) -> Iterator[Claim]:
    for entity in context.ents_in(sentence):
        if entity.label_ not in PLACE_ENTITIES:
            continue
        words = [t for t in entity if not t.is_punct and t.tag_ != "POS"]
        while words and words[0].lower_ in LEADING_WORDS:
            words = words[1:]
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
