"""What a physical quantity measures when no noun beside it says so.

A length, area, volume, mass, speed or power is compared across reports under one key.
"Measured" nouns are handled where counts are; this module reads the two other ways news
writes such a quantity:

- the stuff it is an amount of, after "of": "30 inches of rain", "126,000 gallons of
  crude", "5 tonnes of cocaine" (not "within 10 miles of the coast": a definite place is
  where, not what);
- what a verb did over it, keyed by the dimension and the verb: "the fire burned 12,000
  acres" and "12,000 hectares have burned" are `area:burn`; "the storm travelled 200
  miles" is `length:travel`.

Verbs that only report or link a figure ("estimated", "was") name nothing.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck import lexicons
from factcheck.extract.places import slug
from factcheck.normalise.amounts import AmountMention
from factcheck.normalise.amounts.units import to_base

GENERIC_NOUNS = lexicons.words("generic_nouns")
MEASURE_SYNONYMS = lexicons.mapping("measure_synonyms")
NEUTRAL_VERBS = lexicons.words("neutral_verbs")
LINKING_VERBS = lexicons.words("measure_verbs")
REPORTING_VERBS = lexicons.words("reporting_verbs")

# the base unit of each dimension (`to_base`) and the dimension's name in a key
DIMENSIONS = {
    "m": "length",
    "m2": "area",
    "l": "volume",
    "kg": "mass",
    "km/h": "speed",
    "W": "power",
}
# prepositions over whose object a verb acts on the whole of it ("burned through 12,000
# acres", "spread across 5,000 hectares"); "in 2 metres of water" says where
COVERING = frozenset({"through", "across", "over"})
# verbs that say where a thing is, not what happened over a length ("lies 10 miles off")
POSITION_VERBS = frozenset({"lie", "sit", "stand", "locate", "situate"})


def physical_key(span: Span, mention: AmountMention) -> tuple[str, list[Token]] | None:
    """The key of a physical quantity with no measured noun of its own, or None."""
    if mention.amount.kind != "measure" or not mention.amount.unit:
        return None
    dimension = DIMENSIONS.get(to_base(mention.amount)[3] or "")
    if dimension is None:
        return None
    unit = span.root
    sized = _sized_by_adjective(unit)
    if sized is not None:
        return sized
    stuff = _stuff_of(unit)
    if stuff is not None:
        lemma = stuff.lemma_.lower()
        return slug(MEASURE_SYNONYMS.get(lemma, lemma)), [stuff]
    verb = _acting_verb(unit)
    if verb is not None:
        return f"{dimension}:{slug(verb.lemma_.lower())}", [verb]
    return None


# adjectives that say which length a figure is: "2,891 metres tall", "as high as 3,000 m"
DIMENSION_ADJECTIVES = {
    "high": "height",
    "tall": "height",
    "long": "length",
    "wide": "width",
    "deep": "depth",
    "thick": "thickness",
}


def _sized_by_adjective(unit: Token) -> tuple[str, list[Token]] | None:
    """A length an adjective of size says: the thing its clause is about when a noun
    names it ("the volcano stands 2,891 metres tall": volcano, as "the 2,891-metre
    volcano" is), else the dimension ("ash rose as high as 3,000 metres": height)."""
    adjective = unit.head
    if unit.dep_ == "pobj" and adjective.lower_ == "as" and adjective.dep_ == "prep":
        adjective = adjective.head  # "as high as 3,000 metres"
    elif unit.dep_ != "npadvmod":
        return None
    dimension = DIMENSION_ADJECTIVES.get(adjective.lower_)
    if dimension is None or adjective.pos_ not in {"ADJ", "ADV"}:
        return None
    after = adjective.doc[adjective.i + 1] if adjective.i + 1 < len(adjective.doc) else None
    if after is not None and after.lower_ in {"into", "in", "inside"}:
        return None  # "ran 10 km deep into the forest": how far in, not how deep
    if adjective.dep_ == "acomp":
        subject = next((c for c in adjective.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ == "NOUN" and subject.lemma_ not in GENERIC_NOUNS:
            return slug(subject.lemma_.lower()), [subject]
    return dimension, [adjective]


def _stuff_of(unit: Token) -> Token | None:
    """The indefinite noun after the unit's "of": "30 inches of rain"."""
    for child in unit.children:
        if child.dep_ != "prep" or child.lower_ != "of":
            continue
        for stuff in child.children:
            if stuff.dep_ != "pobj" or stuff.pos_ != "NOUN" or stuff.ent_type_:
                continue
            if stuff.lemma_.lower() in GENERIC_NOUNS:
                continue
            if any(c.dep_ in {"det", "poss"} for c in stuff.children):
                continue  # "10 miles of the coast": where, not what
            return stuff
    return None


def _acting_verb(unit: Token) -> Token | None:
    """The verb the quantity is the object or subject of, or covers by a preposition,
    when the verb says what happened over it."""
    verb: Token | None = None
    if unit.dep_ in {"dobj", "nsubj", "nsubjpass"} and unit.head.pos_ == "VERB":
        verb = unit.head
    elif unit.dep_ == "pobj" and unit.head.lower_ in COVERING and unit.head.head.pos_ == "VERB":
        verb = unit.head.head
    if verb is None or any(c.dep_ in {"det", "poss"} for c in unit.children):
        return None  # "covering the opening five kilometres": a stretch of a known whole
    lemma = verb.lemma_.lower()
    if lemma in NEUTRAL_VERBS | LINKING_VERBS | REPORTING_VERBS | POSITION_VERBS:
        return None
    return verb
