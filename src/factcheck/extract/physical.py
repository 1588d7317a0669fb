"""What a physical quantity measures when no noun beside it says so.

A length, area, volume, mass, speed or power is compared across reports under one key.
"Measured" nouns are handled where counts are; this module reads three other ways news
writes such a quantity:

- an adjective of size, of the thing its clause is about or of nothing named: "the
  bridge is 1.6 miles long" (bridge:length), "ash rose as high as 3,000 metres" (height);
- the stuff it is an amount of, after "of", with the words that qualify it: "30 inches
  of rain" (rain), "30 km of power lines" (power-line); not a quantity a thing is in or
  under ("found in 2 metres of water") nor a definite place ("10 miles of the coast");
- what a verb did over it, keyed by the dimension and the verb, and by the thing that
  did it when the clause names it: "the fire burned 12,000 acres" (fire/area:burn),
  "12,000 hectares have burned" (area:burn). Something indefinite that did it ("a second
  fire burned 3,000 acres") is not the story's.

Verbs that only report, link or place a figure ("estimated", "was", "lies") name nothing.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck import lexicons
from factcheck.extract.counted import person_noun
from factcheck.extract.measure_words import measure_named
from factcheck.extract.places import slug
from factcheck.extract.predicates import REPORTING_VERBS
from factcheck.normalise.amounts import AmountMention
from factcheck.normalise.amounts.units import to_base

GENERIC_NOUNS = lexicons.words("generic_nouns")
MEASURE_SYNONYMS = lexicons.mapping("measure_synonyms")
NEUTRAL_VERBS = lexicons.words("neutral_verbs")
COPULAS = lexicons.words("measure_verbs")

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
# prepositions that put something inside or under a quantity, not make it of it
ENCLOSING = frozenset({"in", "into", "under", "beneath", "below", "through", "with"})
# verbs that say where a thing is, not what happened over a length ("lies 10 miles off")
POSITION_VERBS = frozenset({"lie", "sit", "stand", "locate", "situate"})
# verbs that say nothing of what happened over a quantity: they hold, link, report or
# place it ("estimated 12,000 acres", "was 12,000 acres", "lies 10 miles off")
SILENT_VERBS = NEUTRAL_VERBS | COPULAS | REPORTING_VERBS | POSITION_VERBS


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
        qualifiers = [c.lemma_.lower() for c in stuff.lefts if c.dep_ in {"compound", "amod"}]
        return slug(" ".join([*qualifiers, MEASURE_SYNONYMS.get(lemma, lemma)])), [stuff]
    verb = _acting_verb(unit)
    if verb is None:
        return None
    key = f"{dimension}:{slug(verb.lemma_.lower())}"
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if doer is None or unit.dep_ != "dobj":
        return key, [verb]  # "12,000 hectares have burned", "were scorched"
    if doer.pos_ not in {"NOUN", "PROPN"} or _indefinite(doer):
        return None  # "a second fire burned 3,000 acres", "it burned": whose is unsaid
    named = [c.text for c in doer.lefts if c.dep_ == "compound"] if doer.pos_ == "PROPN" else []
    doer_key = slug(" ".join([*named, doer.text])) if named else slug(doer.lemma_.lower())
    return f"{doer_key}/{key}", [doer, verb]  # "the Camp Fire": camp-fire


# words before a noun that make it some other one than the story's ("a second fire")
INDEFINITE = frozenset({"a", "an", "another", "other", "second", "third", "some", "one"})


def _indefinite(noun: Token) -> bool:
    return any(c.lower_ in INDEFINITE for c in noun.children if c.dep_ in {"det", "amod"})


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
    """A length an adjective of size says: of the thing its clause is about when a noun
    names it ("the volcano stands 2,891 metres tall": volcano:height), else the
    dimension alone ("ash rose as high as 3,000 metres": height)."""
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
            return f"{slug(subject.lemma_.lower())}:{dimension}", [subject]
    return dimension, [adjective]


# a thing's age is a duration written with "old": "the 150-year-old bridge"
AGE_ADJECTIVE = "old"
# the parse's ways of hanging a size on the noun it sizes: "a 20-foot boat", "a
# 20-metre-long boat", "the ship, 120 metres long,"
SIZING_DEPS = frozenset({"compound", "amod", "nmod", "appos"})


def size_of_a_thing(span: Span, mention: AmountMention) -> tuple[str, list[Token]] | None:
    """The key of a size or an age written onto the noun of what it sizes: "a 20-foot
    boat" and "a 20-metre-long boat" (boat:length), "a 3,000-tonne ship" (ship:mass),
    "the nearly 150-year-old bridge" (bridge:age), "the ship, 120 metres long," (ship:
    length). A person's age is a person's (`people`), not a thing's."""
    if not mention.amount.unit or mention.amount.kind not in {"measure", "duration"}:
        return None
    unit = span.root
    adjective = unit.head if unit.dep_ == "npadvmod" else None
    if adjective is not None and adjective.pos_ in {"ADJ", "ADV"}:
        if adjective.lower_ == AGE_ADJECTIVE and mention.amount.kind == "duration":
            dimension = "age"
        elif adjective.lower_ in DIMENSION_ADJECTIVES and mention.amount.kind == "measure":
            dimension = DIMENSION_ADJECTIVES[adjective.lower_]
        else:
            return None
        sized = adjective.head if adjective.dep_ in SIZING_DEPS else None
    elif mention.amount.kind == "measure" and unit.dep_ in SIZING_DEPS and _hyphened(span):
        dimension = DIMENSIONS.get(to_base(mention.amount)[3] or "") or ""
        sized = unit.head
    else:
        return None
    if (
        not dimension
        or sized is None
        or sized.pos_ not in {"NOUN", "PROPN"}
        or sized.i in range(span.start, span.end)
    ):
        return None
    if _someone(sized) or sized.lemma_.lower() in GENERIC_NOUNS:
        return None  # "a 44-year-old woman", "the 18-year-old gunman": a person's age
    return f"{slug(sized.lemma_.lower())}:{dimension}", [sized]


# words for people besides the person-noun test: those a toll is broken down by and
# those who did it ("boy", "teen", "gunman"), and nouns ending as "-man" ones do
PEOPLE_KINDS = lexicons.words("toll_parts") | lexicons.words("perpetrators")
# what befalls people only: a thing "killed" or "wounded" is someone
PEOPLE_TALLIES = frozenset({"deaths", "injured", "shot", "missing", "rescued", "arrested"})


def _someone(noun: Token) -> bool:
    """A noun for a person, whose age is theirs, not a thing's: a name, a person noun,
    a kind of people a toll counts, or a "-man"/"-woman" noun ("freshman")."""
    lemma = noun.lemma_.lower()
    befell = noun.dep_ in {"nsubjpass", "dobj"} and measure_named(noun.head) in PEOPLE_TALLIES
    return (
        noun.ent_type_ == "PERSON"
        or person_noun(noun)
        or lemma in PEOPLE_KINDS
        or lemma.endswith(("man", "woman", "person"))
        or befell  # "a 19-year-old sophomore was killed": someone
    )


def _hyphened(span: Span) -> bool:
    """The size is written onto its noun by a hyphen: "20-foot", "3,000-tonne"."""
    return any(token.text == "-" for token in span) or "-" in span.text


def _stuff_of(unit: Token) -> Token | None:
    """The indefinite noun after the unit's "of": "30 inches of rain"; not of a quantity
    something is in or under ("found in 2 metres of water")."""
    if unit.dep_ == "pobj" and unit.head.lower_ in ENCLOSING:
        return None
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
    return None if verb.lemma_.lower() in SILENT_VERBS else verb
