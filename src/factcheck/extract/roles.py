"""Role claims: who holds which title ("Pakistan's Deputy Prime Minister Ishaq Dar")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from factcheck import lexicons
from factcheck.extract.context import ArticleContext, extractor, new_claim
from factcheck.extract.places import country_of_name, slug
from factcheck.models import Claim, RoleValue

TITLE_WORDS = lexicons.words("title_words")
DROP_WORDS = {"senator", "mr", "dr", "ambassador"}


def _title_before(person: Span) -> tuple[list[Token], str | None]:
    """The title words right before a person's name, and the country that qualifies them."""
    doc = person.doc
    tokens: list[Token] = []
    country: str | None = None
    index = person.start - 1
    while index >= person.sent.start:
        token = doc[index]
        lower = token.lower_.strip(".")
        if lower in TITLE_WORDS or (token.text == "-" and tokens):
            tokens.insert(0, token)
            index -= 1
            continue
        if token.tag_ == "POS" and index - 1 >= person.sent.start:
            found = country_of_name(doc[index - 1].text)
            if found and tokens:
                country = found
                tokens.insert(0, token)
                tokens.insert(0, doc[index - 1])
            break
        found = country_of_name(token.text)
        if found and tokens:
            country = found
            tokens.insert(0, token)
        break
    return tokens, country


@extractor("role")
def role_claims(context: ArticleContext, sentence: Span) -> Iterator[Claim]:
    """A claim for each titled person in a sentence ("Foreign Minister Ishaq Dar")."""
    for entity in context.ents_in(sentence):
        if entity.label_ != "PERSON" or len(entity) < 2:
            continue
        tokens, country = _title_before(entity)
        title_words = [
            t.lower_ for t in tokens if t.lower_ in TITLE_WORDS and t.lower_ not in DROP_WORDS
        ]
        if not title_words or title_words in (["first"], ["high"], ["general"]):
            continue
        yield new_claim(
            context,
            sentence,
            [*tokens, *entity],
            subject=f"person:{slug(entity.text)}",
            predicate="title",
            scope="global",
            value=RoleValue(title=" ".join(title_words), country=country),
        )
