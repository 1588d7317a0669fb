"""Claims from parsed articles: every registered extractor over every sentence.

Extractors live one module per claim family and register themselves with the
claim kinds they produce (`factcheck.extract.context.extractor`); importing
them here is what puts them in the registry, in this order.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from factcheck.extract import (  # noqa: F401  (importing them registers the extractors)
    amounts,
    delegates,
    event_places,
    events,
    fates,
    moments,
    offices,
    people,
    place_names,
    place_parts,
    placings,
    ranks,
    roles,
    scores,
    totals,
    victims,
)
from factcheck.extract.context import EXTRACTORS, ArticleContext, RegisteredExtractor, spans_of
from factcheck.models import AmountClaimValue, Article, Claim
from factcheck.normalise.amounts import find_amounts
from factcheck.normalise.timex import find_times

# claims of one sentence come in this order of kind (ids follow it)
KIND_ORDER = (
    "event", "amount", "role", "person", "age", "fate", "office", "place", "placename", "orgname", "delegate", "rank"
)  # fmt: skip


def _kind_order(registered: RegisteredExtractor) -> int:
    kinds = [KIND_ORDER.index(k) for k in registered.kinds if k in KIND_ORDER]
    return min(kinds, default=len(KIND_ORDER))


def _from_the_number(span: Span) -> Span:
    """An amount's tokens, without hedge words before the number that lean on the counted
    noun as the number does ("an estimated 15,000 people": "an" would be the root)."""
    if span.root.pos_ in {"NUM", "SYM", "NOUN", "PROPN"}:
        return span
    for token in span:
        if token.pos_ == "NUM":
            return span.doc[token.i : span.end]
    return span


def extract_claims(article: Article, doc: Doc) -> list[Claim]:
    """Every claim in one article; ids are given later, by the pipeline."""
    times = find_times(article.text, article.published)
    amounts_found = find_amounts(article.text)
    context = ArticleContext(
        article=article,
        doc=doc,
        times=spans_of(doc, times, lambda t: t.start, lambda t: t.end),
        amounts=[
            (mention, _from_the_number(span))
            for mention, span in spans_of(doc, amounts_found, lambda a: a.start, lambda a: a.end)
        ],
    )
    ordered = sorted(EXTRACTORS, key=_kind_order)
    for sentence in doc.sents:
        if _asks(sentence):
            continue  # "Which bank was the largest?" states nothing
        for registered in ordered:
            context.claims.extend(registered.function(context, sentence))
    return at_the_toll(context.claims)


def _asks(sentence: Span) -> bool:
    """A question: it ends with a question mark, quoted or not."""
    return sentence.text.rstrip(" \t\n\"'’”)").endswith("?")


# the measure a report's moment in a story that moves is known by
TOLL_MEASURE = "deaths"


def at_the_toll(claims: list[Claim]) -> list[Claim]:
    """Marks the article's other figures with its death toll when it gives one toll only
    ("At least 40 people have died and 130 have been injured"; "killed at least 40 …
    another 85 people were hurt"): two reports of one toll tell of one moment, so their
    injured figures can be compared even when their days are unknown."""
    tolls = {
        claim.value.amount.value
        for claim in claims
        if claim.subject == TOLL_MEASURE and isinstance(claim.value, AmountClaimValue)
    }
    if len(tolls) != 1:
        return claims
    toll = next(iter(tolls))
    return [
        claim.model_copy(update={"value": claim.value.model_copy(update={"toll": toll})})
        if isinstance(claim.value, AmountClaimValue)
        and claim.subject != TOLL_MEASURE
        and "@" not in claim.subject
        else claim
        for claim in claims
    ]
