"""Distances and elevations: how far a place lies from another, how high or deep.

"277 miles northeast of Kunming" and "60 km from Kanpur" measure the distance from
Kunming and from Kanpur, however a city is spelled ("Marrakech", "Marrakesh"); "about
35 miles to the south" after "Portland," is Portland's; "from the crater" is a definite
landmark of the story. "travelled 300 km from Delhi" is how far someone went, not a
distance between places. "600 feet above the ground" is a height and "350 metres below
the surface" a depth.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.measure_words import GENERIC_NOUNS
from factcheck.extract.places import place_name, slug
from factcheck.normalise.amounts import AmountMention

LENGTH_UNITS = {"km", "mile", "m", "kilometre", "kilometer", "metre", "meter"}
DIRECTION_WORDS = {
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
}

# where a journey ends, after where it starts ("from Houston to Austin")
ROUTE_ENDS = {"to", "toward", "towards", "into"}


def _distance_key(span: Span, mention: AmountMention) -> tuple[str, list[Token]] | None:
    """ "277 miles northeast of Kunming" and "60 km from Kanpur" measure the distance
    from Kunming and from Kanpur; the place is its whole name ("San Jose", not "San")."""
    if (mention.amount.unit or "").lower() not in LENGTH_UNITS:
        return None
    doc = span.doc
    window = doc[span.end : min(span.sent.end, span.end + 8)]
    directed = any(t.lower_ in DIRECTION_WORDS for t in window)
    for token in window:
        located = (token.lower_ == "of" and directed) or (
            token.lower_ == "from" and _measured_from(span, token)
        )
        if not located:
            continue
        # "of Herat", "from the city of Herat", "of the Nepalese capital, Kathmandu"
        for place in doc[token.i + 1 : min(span.sent.end, token.i + 7)]:
            if place.pos_ in {"VERB", "AUX"}:
                break
            if place.ent_type_ in {"GPE", "LOC", "FAC"} or place.pos_ == "PROPN":
                name = place_name(place)
                return f"distance:{_place_key(name.text)}", list(doc[span.end : name.end])
        landmark = _definite_landmark(token)
        if landmark is not None:  # "about 2 km from the crater", "3 miles from the epicentre"
            return f"distance:{slug(landmark.lemma_.lower())}", list(doc[span.end : landmark.i + 1])
    return _place_set_off(span, window, directed)


def _definite_landmark(preposition: Token) -> Token | None:
    """The one thing of the story a distance is measured from: the definite common noun
    after "from" or "of" ("from the crater"; not "from a village", "from their homes")."""
    place = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    if place is None or place.pos_ != "NOUN" or place.lemma_.lower() in GENERIC_NOUNS:
        return None
    if place.ent_type_ or any(c.dep_ == "poss" for c in place.children):
        return None
    return place if any(c.lower_ == "the" for c in place.children) else None


# what a length above or below says it is measured from: "600 feet above the ground",
# "300 metres below the surface"
ELEVATION_BASES = frozenset(
    {"ground", "surface", "sea", "level", "river", "valley", "water"}
    | {"peak", "summit", "crater", "vent"}  # "an ash column 3 km above the peak"
)


def _elevation(span: Span, mention: AmountMention) -> tuple[str, list[Token]] | None:
    """A length said of how high or deep something is: "stuck 600 feet above the ground",
    "hanging 900 feet in the air", "stranded 600 feet mid-air" (height); "trapped 350
    metres below the surface", "300 metres underground" (depth)."""
    if (mention.amount.unit or "").lower() not in LENGTH_UNITS | {"ft", "yd"}:
        return None
    doc = span.doc
    after: list[str] = []
    nested = 0
    for token in doc[span.end : min(span.sent.end, span.end + 12)]:
        nested += token.text == "("
        if not nested and not token.is_punct:
            after.append(token.lower_)  # "900 feet (about 274m) in the air": past the aside
        nested -= token.text == ")" and nested > 0
        if len(after) == 4:
            break
    words = " ".join(after)
    base = any(word in ELEVATION_BASES for word in after)
    if words.startswith(("in the air", "in mid air", "mid air", "into the air")):
        return "height", list(doc[span.end : span.end + 3])
    if after[:1] == ["above"] and base or words.startswith(("off the ground", "from the ground")):
        return "height", list(doc[span.end : span.end + 3])
    deep = after[:1] == ["deep"] and after[1:2] not in (["into"], ["in"])  # not "deep into"
    if after[:1] == ["below"] and base or after[:1] == ["underground"] or deep:
        return "depth", list(doc[span.end : span.end + 3])
    return None


# words between a place set off by a comma and its distance: "Lisbon, about 8 miles away"
DISTANCE_HEDGES = frozenset({"about", "around", "roughly", "some", "nearly", "almost", "just"})


def _place_set_off(span: Span, window: Span, directed: bool) -> tuple[str, list[Token]] | None:
    """A distance set off after a place by a comma ("Portland, about 35 miles (56
    kilometers) to the south", "to Lisbon, about 8 miles (13 kilometers) away"): how far
    that place lies from where the story is."""
    doc = span.doc
    index = span.start - 1
    while index > span.sent.start and doc[index].lower_ in DISTANCE_HEDGES:
        index -= 1
    if doc[index].text != "," or index - 1 < span.sent.start:
        return None
    place = doc[index - 1]
    if place.ent_type_ not in {"GPE", "LOC", "FAC"}:
        return None
    if not (directed or any(t.lower_ == "away" for t in window)):
        return None
    name = place_name(place)
    return f"distance:{_place_key(name.text)}", [place]


def _place_key(name: str) -> str:
    """A city's key by the gazetteer's name for it, however it is spelled ("Marrakech" and
    "Marrakesh" are one city); any other place by its name as written."""
    from factcheck import places_gazetteer as gazetteer  # the gazetteer reads `places`

    found = gazetteer.resolve(name)
    return slug(found.name) if found is not None and found.level == "city" else slug(name)


def _measured_from(span: Span, preposition: Token) -> bool:
    """ "60 km from Kanpur", "20 miles north from X": the amount says how far a place lies
    from another, not how far someone went ("travelled 300 km from Delhi", "drove 40
    miles from Houston to Austin")."""
    between = span.doc[span.end : preposition.i]
    if any(t.lower_ not in DIRECTION_WORDS for t in _outside_brackets(between)):
        return False  # "75km (44 miles) from Marrakesh": the other unit is no direction
    if span.root.head not in (preposition, *between) and preposition.head.i != span.root.i:
        return False  # the amount is a verb's: a journey's length
    return not any(
        child.dep_ == "prep" and child.lower_ in ROUTE_ENDS and child.i > preposition.i
        for child in preposition.head.children
    )


def _outside_brackets(words: Span) -> list[Token]:
    """The words not inside a pair of brackets ("(44 miles)" is the same length again)."""
    kept: list[Token] = []
    depth = 0
    for word in words:
        if word.text in {"(", "["}:
            depth += 1
        elif word.text in {")", "]"}:
            depth = max(0, depth - 1)
        elif depth == 0:
            kept.append(word)
    return kept
