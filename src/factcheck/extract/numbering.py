"""Numbers that place an event: which of a series it is, and how many years back it lies.

"The fifth round of talks" is edition 5 of its series; "75 years since relations were
established" and "the 75th anniversary of…" date the establishment from the
publication year. Ordinals are read once here for every extractor that needs them
("the second-highest forum" is a rank of 2).
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from factcheck.extract.context import ArticleContext
from factcheck.models import TimeInterval

ORDINAL_WORDS = {
    word: number
    for number, word in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(),
        start=1,
    )
}


def ordinal_value(word: str) -> int | None:
    """The number an ordinal word stands for: "fifth" is 5, "23rd" is 23."""
    lower = word.lower()
    if lower in ORDINAL_WORDS:
        return ORDINAL_WORDS[lower]
    digits = lower[:-2]
    if lower[-2:] in {"st", "nd", "rd", "th"} and digits.isdigit():
        return int(digits)
    return None


def ordinal_of(thing: Token) -> int | None:
    """Which of a series a thing is: "the fifth round" is 5, "the 23rd meeting" 23."""
    for child in thing.lefts:
        if child.dep_ in {"amod", "compound", "nummod"}:
            found = ordinal_value(child.lower_)
            if found is not None:
                return found
    return None


def _count_of(token: Token) -> int | None:
    """A count of years written in figures ("75", "75th")."""
    lower = token.lower_
    number = (
        int(lower) if lower.isdigit() else ordinal_value(lower) if lower[:1].isdigit() else None
    )
    return number if number is not None and 0 < number < 1000 else None


def years_since(context: ArticleContext, event: Token) -> TimeInterval | None:
    """The years an event lies back, when the text counts them instead of dating it: "75
    years since relations were established", "75 years since the establishment of
    relations", "the 75th anniversary of the establishment of relations". Counted from
    the publication year, it is one of two years (the anniversary may not have come yet).
    """
    published = context.article.published
    if published is None:
        return None
    years: int | None = None
    if event.dep_ == "pobj" and event.head.lower_ == "of":
        anniversary = event.head.head
        if anniversary.lemma_.lower() == "anniversary":
            years = next(
                (n for c in anniversary.lefts if c.dep_ == "amod" and (n := _count_of(c))), None
            )
    else:
        marked = event.pos_ == "VERB" and any(
            c.dep_ == "mark" and c.lower_ == "since" for c in event.children
        )
        since_phrase = event.dep_ == "pobj" and event.head.lower_ == "since"
        host = event.head if marked else event.head.head if since_phrase else None
        for counted in [host, *host.children] if host is not None else []:
            if counted.lemma_.lower() == "year":
                number = next((c for c in counted.children if c.dep_ == "nummod"), None)
                years = _count_of(number) if number is not None else None
    if not years:
        return None
    year = published.year - years
    return TimeInterval(
        start=date(year - 1, 1, 1), end=date(year, 12, 31), granularity="year", inferred=True
    )
