"""Sums of money: what a sum is made of, and who moved it to whom.

"$25 billion in loans" is a sum of loans; a sum no noun names is keyed by what was done
with it ("Saudi Arabia pledged $3 billion", "agreed to pay $2.5 billion"), by who paid
it ("the insurer paid $9 million") and whom it went to ("pay $500 million to
families"). A change in a price ("fell $3") moves no sum.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.durations import NO_ACTIVITY_VERBS
from factcheck.extract.measure_words import COPULAS, GENERIC_NOUNS, _subject
from factcheck.extract.places import slug


def _money_in(number: Token) -> Token | None:
    """What a sum is made of when "in" says so: "$25 billion in loans", "about $126
    million in trade" (a place is where, not what: "$2 billion in Kenya")."""
    for child in number.children:
        if child.dep_ == "prep" and child.lower_ == "in":
            thing = next((c for c in child.children if c.dep_ == "pobj"), None)
            if thing is not None and thing.pos_ == "NOUN" and not thing.ent_type_:
                if thing.lemma_.lower() not in GENERIC_NOUNS:
                    return thing
    return None


# verbs whose money object is a change in a price, not a sum anyone moved
PRICE_CHANGE_VERBS = frozenset(
    {"rise", "fall", "gain", "lose", "drop", "climb", "jump", "slide", "slip", "add", "shed"}
)


def _money_moved(span: Span) -> Token | None:
    """The verb a sum of money is the object of, when no noun says what the sum is: it
    names what was done with it ("forfeit $11 billion", "pledged $3 billion", "agreed
    to pay $2.5 billion"); a price's change ("fell $3") or a copula's is none."""
    if span.root.dep_ != "dobj":
        return None
    verb = span.root.head
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma in PRICE_CHANGE_VERBS or lemma in COPULAS | NO_ACTIVITY_VERBS:
        return None
    return verb


def _payer(verb: Token) -> str | None:
    """Who moved a sum, named by a common noun: "the insurer paid $9 million" is the
    insurer's payment, not "the company paid $2 million"."""
    subject = _subject(verb)
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() in GENERIC_NOUNS:
        return None
    return slug(subject.lemma_.lower())


def _recipient(verb: Token) -> str | None:
    """Whom a sum went to: "pay $500 million to families" is not "pay $1.77 billion to
    airlines"."""
    for child in verb.children:
        if child.dep_ in {"prep", "dative"} and child.lower_ == "to":
            for thing in child.children:
                if thing.dep_ == "pobj" and thing.pos_ in {"NOUN", "PROPN"}:
                    return slug(thing.lemma_.lower())
    return None
