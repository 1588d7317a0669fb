"""Placings: who finished where in a race or a contest, from the parse.

A placing is said with a verb of finishing and an ordinal ("Kipruto came in
second", "finished third in 2:04:02", "placed second", "ended in fourth
place"), with a copula ("Mateiko was second"), or with a noun in apposition
to a name ("the second-place finisher, Daniel Kibet Mateiko", "Federer, the
runner-up"). Who holds a place is a person, a team or a country. Each placing is one place of the story's contest with one holder,
claimed as an office of the story (FC301 flags two holders of one place). A
division the sentence names ("the women's race") is part of the place, so
the women's runner-up is not the men's. The winner is left out: "won" is
said of too many things (a match, a seat, a prize) to tell whose race it was.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from factcheck import lexicons
from factcheck.extract.context import ArticleContext, extractor, new_claim
from factcheck.extract.names import name_parts
from factcheck.extract.people import person_key
from factcheck.models import Claim, OfficeValue

# verbs that say where someone finished ("came in second", "finished third")
FINISH_VERBS = frozenset({"finish", "come", "place", "end", "cross"})
# ordinals of a placing; "first" is left out (see the module doc)
PLACES = {
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "5th": 5,
    "6th": 6,
    "runner-up": 2,
}
# words that split a contest into divisions ("the women's race")
DIVISIONS = lexicons.mapping("divisions")


@extractor("office")
def placing_claims(context: ArticleContext, sentence: Span) -> Iterator[Claim]:
    for token in sentence:
        found = _placing(token)
        if found is None:
            continue
        place, holder, words = found
        entity = _person(context, sentence, holder)
        if entity is None:
            continue
        first, last = name_parts(entity.text)
        if not last:
            continue
        division = _division(sentence)
        office = f"placing/{division + '-' if division else ''}place-{place}"
        value = OfficeValue(
            office=office,
            title=" ".join(t.text for t in words),
            holder=entity.text,
            holder_key=person_key(first, last),
        )
        yield new_claim(
            context,
            sentence,
            [*entity, *words],
            subject=f"office:{office}",
            predicate="holder",
            value=value,
        )


def _placing(token: Token) -> tuple[int, Token, list[Token]] | None:
    """The place, the word for who holds it, and the words that say so, when `token`
    is an ordinal that gives a placing."""
    place = PLACES.get(token.lower_)
    if place is None:
        return None
    head = token.head
    if token.dep_ in {"advmod", "npadvmod", "oprd", "acomp", "attr", "dobj"}:
        verb = head
    elif token.dep_ == "pobj" and head.lower_ == "in":  # "came in second", "in second place"
        verb = head.head
    elif token.dep_ in {"amod", "compound"} and head.lemma_.lower() == "place":
        if head.dep_ == "pobj" and head.head.lower_ == "in":  # "finished in third place"
            verb = head.head.head
        elif head.dep_ in {"amod", "compound"}:  # "the second-place finisher, X"
            return _in_apposition(place, head.head, [token, head, head.head])
        else:
            return None
    elif token.dep_ in {"appos", "attr"} or head.dep_ == "appos":  # "Federer, the runner-up"
        return _in_apposition(place, token, [token])
    else:
        return None
    if verb.lemma_.lower() not in FINISH_VERBS and verb.lemma_ != "be":
        return None
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None and verb.dep_ == "relcl":
        subject = verb.head  # "Benson Kipruto, who finished second"
    elif subject is not None and subject.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl":
        subject = verb.head
    if subject is None:
        return None
    return place, subject, [verb, token]


def _in_apposition(place: int, noun: Token, words: list[Token]) -> tuple[int, Token, list[Token]]:
    """ "the second-place finisher, Daniel Kibet Mateiko": the name the noun stands by."""
    named = next((c for c in noun.children if c.dep_ == "appos"), None)
    if named is None and noun.dep_ == "appos":
        named = noun.head
    return place, named if named is not None else noun, words


def _person(context: ArticleContext, sentence: Span, token: Token) -> Span | None:
    """The one a word names, itself or through an apposition ("Last year's winner
    Benson Kipruto came in second", "Kipruto, a fellow Kenyan, who finished second")."""
    # a team or a country finishes too, and the small model takes many runners' names
    # for organisations ("Benson Kipruto")
    people = [e for e in context.ents_in(sentence) if e.label_ in {"PERSON", "ORG", "GPE"}]
    linked = [token, *(c for c in token.children if c.dep_ == "appos")]
    if token.dep_ == "appos":
        linked.append(token.head)
    for word in linked:
        for entity in people:
            if entity.start <= word.i < entity.end:
                return entity
    return None


def _division(sentence: Span) -> str | None:
    for token in sentence:
        division = DIVISIONS.get(token.lower_)
        if division:
            return division
    return None
