"""How many people live in a place, said as a count of them.

"a city of 125,000 inhabitants", "the town of about 100,000 people" and "2.4 million
people live in Beirut" give a place's population, as "Derna is home to 100,000 people"
and "the city, which is home to 90,000 people" do; the place is read from the parse
and, for a name the tagger took for a person, from the gazetteer.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck import lexicons
from factcheck import places_gazetteer as gazetteer
from factcheck.extract.counted import counted_noun, person_noun
from factcheck.extract.measure_words import GENERIC_NOUNS
from factcheck.extract.places import place_name

SETTLEMENTS = lexicons.words("settlements")


def _settlement_sized(noun: Token, span: Span) -> Token | None:
    """The place a count of people sizes: "a city of 125,000 inhabitants" (the noun is
    the people, of a settlement), "a city of about 100,000 (people)" (the noun is the
    settlement, the number in its "of" phrase)."""
    place = noun
    if person_noun(noun) or noun.lemma_.lower() in GENERIC_NOUNS:
        if noun.dep_ != "pobj" or noun.head.lower_ != "of":
            return None
        place = noun.head.head
    if place.pos_ != "NOUN" or place.lemma_.lower() not in SETTLEMENTS:
        return None
    counted = counted_noun(span)
    if counted is not None and not (
        person_noun(counted) or counted.lemma_.lower() in {"people", "person", "soul"}
    ):
        return None  # "a city of 20 districts" counts no people
    inside = any(
        child.dep_ == "prep" and child.lower_ == "of" and child.i < span.start <= child.right_edge.i
        for child in place.children
    )
    return place if inside else None


# verbs that say counted people live in a place: their number is its population
DWELLING_VERBS = frozenset({"live", "reside"})


def _live_in_a_place(span: Span) -> Token | None:
    """The named place counted people "live in" ("2.4 million people live in Beirut")."""
    noun = span.root.head if span.root.dep_ == "nummod" else span.root
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in DWELLING_VERBS:
        return None
    if not (person_noun(noun) or noun.lemma_.lower() in {"people", "person", "soul"}):
        return None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "in":
            for place in child.children:
                if place.dep_ == "pobj" and place.ent_type_ in {"GPE", "LOC"}:
                    return place
    return None


def _home_to(span: Span) -> tuple[Token, bool] | None:
    """The place counted people are "home to", and whether it is named: "Derna is home to
    100,000 people", "Derna, home to 90,000 people", "the city, which is home to 90,000
    people"."""
    noun = span.root.head if span.root.dep_ == "nummod" else span.root
    if noun.lemma_.lower() not in DWELLERS:
        return None  # "the university is home to 8,000 students": its students
    if noun.dep_ != "pobj" or noun.head.lower_ != "to" or noun.head.head.lower_ != "home":
        return None
    home = noun.head.head
    holder = home.head
    if holder.lemma_ == "be":
        holder = next((c for c in holder.children if c.dep_ == "nsubj"), holder)
        if holder.tag_ in {"WDT", "WP"} and holder.head.dep_ == "relcl":
            holder = holder.head.head  # "the city, which is home to …"
    named_place = _named_place(holder)
    if not named_place and holder.lemma_.lower() in SETTLEMENTS:
        name = next(
            (
                obj
                for of in holder.children
                if of.dep_ == "prep" and of.lower_ == "of"
                for obj in of.children
                if obj.dep_ == "pobj" and _named_place(obj)
            ),
            None,
        )
        if name is not None:
            holder, named_place = name, True  # "the port city of Derna, which is home to …"
    if not named_place and holder.lemma_.lower() not in SETTLEMENTS:
        return None  # not "the camp is home to 116,000": a camp's
    return holder, named_place


def _named_place(token: Token) -> bool:
    """A place's name: tagged a place, a proper noun tagged no person or people, or one
    the tagger took for a person that the gazetteer knows as a place ("Derna was home to
    about 100,000 people": only a place is home to people)."""
    if token.ent_type_ in {"GPE", "LOC"}:
        return True
    if token.pos_ != "PROPN" or token.ent_type_ == "NORP":
        return False
    return token.ent_type_ != "PERSON" or bool(gazetteer.candidates(place_name(token).text))


# the people a place is home to, as its population ("home to 100,000 people")
DWELLERS = frozenset({"people", "person", "resident", "inhabitant", "soul"})
