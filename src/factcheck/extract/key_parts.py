"""The parts of a measure's key besides its name and owner.

Qualifiers change what is measured ("nominal GDP", "GDP at purchasing power parity
(PPP)"); a target says toward whom ("exports to Pakistan"); an "of" complement tells
counts of one thing from another ("four counts of murder"); and a facility named
definitely is where one count was made ("Eleven bodies have been brought to the
hospital and six injured").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck import lexicons
from factcheck.extract.places import country_of_name, country_of_place
from factcheck.extract.populations import SETTLEMENTS


def _of_complement(noun: Token, span: Span) -> str:
    """What an "of" after the measured noun says it is of ("four counts of murder"), not
    the place it was ("the three-year siege of the Bosnian capital, Sarajevo", as "the
    siege of Sarajevo" says)."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i > span.end - 1:
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and not _a_place(obj):
                    return f"-of-{obj.lemma_.lower()}"
    return ""


def _a_place(noun: Token) -> bool:
    """A noun for a kind of place ("the capital", "the town"), or one a place's name is
    set beside ("the capital, Sarajevo")."""
    return noun.lemma_.lower() in SETTLEMENTS or any(
        c.dep_ == "appos" and c.ent_type_ in {"GPE", "LOC"} for c in noun.children
    )


def _qualifiers(noun: Token, span: Span) -> list[str]:
    """Words that change what is measured: "nominal", "(PPP)".

    The acronym must be what a preposition names ("GDP based on PPP", "GDP at
    purchasing power parity (PPP)"): one that modifies another noun says whose
    the thing is ("a tranche of the IMF loan"), and a currency code is the
    amount's own unit ("a tranche of SDR 760 million"); neither is a qualifier.
    """
    found: list[str] = []
    for child in noun.children:
        if child.dep_ == "appos" and child.text.isupper():
            found.append(child.text.lower())
        if child.dep_ in {"prep", "acl"}:
            for grandchild in child.subtree:
                if (
                    grandchild.text.isupper()
                    and 2 <= len(grandchild.text) <= 5
                    and grandchild.pos_ == "PROPN"
                    and grandchild.dep_ in {"pobj", "appos"}
                    and not span.start - 1 <= grandchild.i < span.end
                ):
                    found.append(grandchild.text.lower())
        if child.dep_ == "amod" and child.lower_ in {
            "nominal",
            "real",
            "bilateral",
            "net",
            "gross",
        }:
            found.append(child.lower_)
    return sorted(set(found))


def _target(noun: Token) -> str | None:
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in {"to", "from", "with"}:
            for obj in child.children:
                found = country_of_name(obj.text) or country_of_place(obj.text)
                if found:
                    return found
    return None


FACILITIES = lexicons.words("facilities")


def _facility(measured: Token) -> str | None:
    """The one facility a count was made at, when its clause (or the clause it is joined
    to) names it definitely: "Eleven bodies have been brought to the hospital and six
    injured" counts one hospital's; "taken to a hospital" is where all of them went."""
    clause = measured if measured.pos_ in {"VERB", "AUX"} else measured.head
    clauses = [clause, *([clause.head] if clause.dep_ == "conj" else [])]
    for verb in clauses:
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in {"to", "at", "in"}:
                for place in child.children:
                    if place.dep_ == "pobj" and place.lemma_.lower() in FACILITIES:
                        definite = any(
                            c.dep_ in {"det", "poss"}
                            and c.lower_ not in {"a", "an"}
                            or c.dep_ == "compound"
                            and c.pos_ == "PROPN"
                            for c in place.children
                        )
                        if definite:
                            return place.lemma_.lower()
    return None
