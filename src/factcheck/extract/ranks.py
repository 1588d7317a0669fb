"""Ranks: where a thing stands among its kind ("the SCO's supreme decision-making body",
"the council ranks as the regional organisation's second-highest forum").

A rank claim is a superlative noun phrase — an adjective the parser tags as
superlative ("largest", "highest", "deadliest"), or one of the few that rank
first without the ending (the `superlatives` lexicon: supreme, top…) — that the
sentence predicates of a subject: in apposition ("X, the country's largest
city"), after a copula ("X is the second-largest"), or after "as" ("ranks as
the second-highest forum"). An ordinal before the adjective gives the position
("second-highest" is 2); a bare superlative is 1. The key is the dimension and
the class of the subject (else of the ranked noun, else the subject's name);
the scope is the possessor when it is a country or the world, so "Pakistan's
largest city" and "the world's 12th largest city" are not compared. A rank
bounded in time ("the strongest in 18 years", "since 2010") is a duration or a
date, not a standing, and makes no rank claim.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from factcheck import lexicons
from factcheck.extract.context import ArticleContext, extractor, new_claim
from factcheck.extract.numbering import ordinal_value
from factcheck.extract.places import country_of_name, slug
from factcheck.extract.subjects import noun_phrase_words, thing_class
from factcheck.models import Claim, RankValue

SUPERLATIVES = lexicons.mapping("superlatives")
WORLD = {"world", "globe", "planet", "earth"}


def _superlative(noun: Token) -> tuple[Token, str] | None:
    """The adjective that ranks a noun, and the dimension it ranks on."""
    for child in noun.lefts:
        if child.dep_ != "amod":
            continue
        if child.tag_ == "JJS" and child.lower_ not in {"most", "least"}:
            return child, SUPERLATIVES.get(child.lower_, child.lemma_.lower())
        if child.lower_ in SUPERLATIVES:
            return child, SUPERLATIVES[child.lower_]
    return None


def _position(adjective: Token) -> int | None:
    """1 for a bare superlative; the ordinal before it ("second-highest") otherwise."""
    doc = adjective.doc
    before = [t for t in doc[max(adjective.i - 2, 0) : adjective.i] if t.text != "-"]
    for token in reversed(before):
        found = ordinal_value(token.lower_)
        if found is not None:
            return found
    if any(t.ent_type_ in {"ORDINAL", "CARDINAL"} for t in before):
        return None  # an ordinal written some other way: not read
    return 1


def _subject(noun: Token) -> Token | None:
    """What the ranked phrase is said of: its apposition's head, the copula's subject,
    the subject of "ranks as", or the noun before a comma that opens the phrase."""
    if noun.dep_ == "appos" and noun.head.pos_ in {"NOUN", "PROPN"}:
        return noun.head
    if noun.dep_ == "attr":
        return next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if noun.dep_ == "pobj" and noun.head.lower_ == "as":
        verb = noun.head.head
        return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    start = noun.left_edge.i
    if start >= 2 and noun.doc[start - 1].text == ",":
        before = noun.doc[start - 2]
        if before.pos_ in {"NOUN", "PROPN"}:
            return before
    return None


def _scope(noun: Token) -> str | None:
    for child in noun.children:
        if child.dep_ == "poss":
            if child.lower_ in WORLD:
                return "world"
            return country_of_name(child.text)
    return None


def _bounded_in_time(noun: Token) -> bool:
    for child in noun.subtree:
        if child.dep_ == "prep" and child.lower_ in {"in", "since", "for", "this", "ever"}:
            if any(
                t.ent_type_ in {"DATE", "TIME", "CARDINAL"} or t.like_num for t in child.subtree
            ):
                return True
        if child.lower_ in {"ever", "yet", "recorded", "history"}:
            return True
    return False


@extractor("rank")
def rank_claims(context: ArticleContext, sentence: Span) -> Iterator[Claim]:
    for noun in sentence:
        if noun.pos_ not in {"NOUN", "PROPN"}:
            continue
        found = _superlative(noun)
        if found is None:
            continue
        adjective, dimension = found
        subject = _subject(noun)
        position = _position(adjective)
        if subject is None or position is None or _bounded_in_time(noun):
            continue
        kind = thing_class(noun_phrase_words(subject)) or thing_class(noun_phrase_words(noun))
        if kind is None and subject.pos_ == "PROPN":
            kind = slug(noun_phrase_words(subject))
        if not kind:
            continue
        yield new_claim(
            context,
            sentence,
            [t for t in noun.subtree if t.i <= noun.i],
            subject=f"rank:{dimension}:{kind}",
            predicate="rank",
            value=RankValue(
                position=position,
                dimension=dimension,
                scope=_scope(noun),
                thing=noun_phrase_words(noun),
            ),
        )
