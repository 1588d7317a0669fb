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
    moments,
    offices,
    people,
    placings,
    ranks,
    roles,
    scores,
    totals,
    victims,
)
from factcheck.extract.context import EXTRACTORS, ArticleContext, RegisteredExtractor, spans_of
from factcheck.models import Article, Claim
from factcheck.normalise.amounts import find_amounts
from factcheck.normalise.timex import find_times

# claims of one sentence come in this order of kind (ids follow it)
KIND_ORDER = ("event", "amount", "role", "person", "age", "office", "place", "delegate", "rank")


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
        for registered in ordered:
            context.claims.extend(registered.function(context, sentence))
    return context.claims
