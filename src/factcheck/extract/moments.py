"""Moments of a match: "in the 80th minute", "an 81st-minute penalty".

A match report times what happened by the minute of play. Each such minute is a
claim about the story's match (subject `minute`, predicate `moment`), whoever
did what at it: one report's "Mbappe scored an 81st-minute penalty" and
another's "France won a penalty in the 80th minute" time one moment, and the
actors are often a player in one report and the team in another. FC106
compares the minutes of one match across reports.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from factcheck.extract.context import ArticleContext, extractor, new_claim
from factcheck.models import AmountClaimValue, AmountValue, Claim

ORDINAL = re.compile(r"(\d{1,3})(?:st|nd|rd|th)", re.IGNORECASE)
LAST_MINUTE = 150  # extra time and stoppage end well before this


@extractor("amount")
def minute_claims(context: ArticleContext, sentence: Span) -> Iterator[Claim]:
    for token in sentence:
        found = _minute_of(token)
        if found is None:
            continue
        minute, end = found
        amount = AmountValue(
            value=minute,
            low=minute - 0.5,
            high=minute + 0.5,
            high_open=True,
            unit="minute",
            kind="duration",
        )
        yield new_claim(
            context,
            sentence,
            list(sentence.doc[token.i : end.i + 1]),
            subject="minute",
            predicate="moment",
            value=AmountClaimValue(amount=amount, measure="minute"),
        )


def _minute_of(token: Token) -> tuple[int, Token] | None:
    """The minute an ordinal names and the "minute" word after it ("80th minute",
    "81st-minute"), not the 80th anniversary or the 23rd time."""
    match = ORDINAL.fullmatch(token.text)
    end = _minute_word(token) if match is not None else None
    if match is None or end is None:
        return None
    minute = int(match.group(1))
    return (minute, end) if 0 < minute <= LAST_MINUTE else None


def _minute_word(token: Token) -> Token | None:
    doc = token.doc
    index = token.i + 1
    if index < len(doc) and doc[index].text == "-":
        index += 1
    if index < len(doc) and doc[index].lower_ in {"minute", "min", "minutes"}:
        return doc[index]
    return None
