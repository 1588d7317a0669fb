"""Which part of a region a named place lies in, as a report puts it.

News places a town by a compass word: "the northeastern town of Amasra", "Amasra,
northwestern Turkey", "Joshimath in northern India", "the northern Indian city of
Joshimath", "Amasra, a town in northwestern Turkey". Each is a claim about the place,
whatever the sentence says happened there, keyed by the place ("where:tr/87/amasra"),
its value the region and the part of it in degrees from north. A region the words do
not name is the country the gazetteer puts the place in, or the country a demonym
names ("northern Indian"). Reports that put one town in parts of a region far apart
cannot both be right (FC108).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from factcheck import places_gazetteer as gazetteer
from factcheck.extract.amounts import COMPASS
from factcheck.extract.context import ArticleContext, extractor, new_claim
from factcheck.extract.event_places import _place_at, article_places, locate
from factcheck.extract.places import country_of_name, slug
from factcheck.models import Claim, PlaceValue

# a compass word as a modifier: "northern", "north-eastern", "northeastern", "northeast"
COMPASS_WORD = re.compile(r"^(?:north|south)(?:-?(?:east|west))?(?:ern)?$|^(?:east|west)ern$")


def _degrees(word: Token) -> float | None:
    """The compass point a modifier names, in degrees from north ("north-eastern": 45)."""
    if word.dep_ not in {"amod", "compound", "nmod"} or not COMPASS_WORD.match(word.lower_):
        return None
    return COMPASS.get(word.lower_.replace("-", "").removesuffix("ern"))


def _compass_on(noun: Token) -> tuple[float, Token] | None:
    """The compass word that modifies a noun, with its degrees."""
    for child in noun.lefts:
        degrees = _degrees(child)
        if degrees is not None:
            return degrees, child
    return None


def _region_named(noun: Token, context: list[gazetteer.Place]) -> gazetteer.Place | None:
    """The region a noun with a compass word names: a place ("northwestern Turkey"),
    the country of a demonym beside the compass word ("the northern Indian city"), or
    a place written there ("the northern California city")."""
    place = _place_at(noun, persons=False)
    if place is not None:
        return locate([place.text], context)
    for child in noun.lefts:
        if child.dep_ not in {"amod", "compound"}:
            continue
        country = country_of_name(child.text)
        if country is not None:
            return gazetteer.resolve(country.replace("-", " "))
        named = _place_at(child, persons=False) if child.pos_ == "PROPN" else None
        if named is not None:  # "the northern California city of Redding": California's
            return locate([named.text], context)
    return None


def _country_of(place: gazetteer.Place) -> gazetteer.Place | None:
    return gazetteer.place(place.path[0])


def _town(
    name: str, region: gazetteer.Place | None, context: list[gazetteer.Place]
) -> gazetteer.Place | None:
    """The place a town's name stands for: the one of that name in the region written
    beside it ("Amasra, northwestern Turkey"), else as the article's places settle it,
    else the one of that name in a country the article names."""
    found = gazetteer.candidates(name)
    if region is not None:
        inside = [p for p in found if p.id != region.id and gazetteer.contains(region, p)]
        if len(inside) == 1:
            return inside[0]
    located = locate([name], context)
    if located is not None:
        return located
    countries = {p.path[0] for p in context}
    inside = [p for p in found if p.path[0] in countries]
    return inside[0] if len(inside) == 1 else None


# nouns for a part of a place, not a kind of place: "the northeast side of Detroit" is
# Detroit's side, "the northern coast of Java" Java's coast
PART_NOUNS = frozenset(
    {"side", "part", "end", "edge", "outskirts", "corner", "half", "section", "portion",
     "tip", "coast", "shore", "bank", "flank", "border", "fringe", "reach", "reaches",
     "suburb", "suburbs", "slope", "slopes", "face", "quarter", "area", "neighbourhood",
     "neighborhood", "sector", "approaches"}
)  # fmt: skip


def _part_of_a_name(word: Token, holder: Token) -> bool:
    """The compass word is part of a place's name: "South Carolina", "North Korea"."""
    if holder.ent_iob_ != "O" and word.ent_iob_ != "O" and word.ent_type_ == holder.ent_type_:
        start = word.i if word.i < holder.i else holder.i
        between = holder.doc[start : max(word.i, holder.i) + 1]
        if all(t.ent_iob_ == "I" for t in between[1:]):
            return True
    return bool(gazetteer.candidates(f"{word.text} {holder.text}"))


def _parts(sentence: Span) -> Iterator[tuple[Span, Token, float, Token, str]]:
    """(the place, the word the region hangs from, degrees, the compass word, how) for
    each place in the sentence a compass word puts in a part of a region."""
    for token in sentence:
        found = _compass_on(token)
        if found is None or _part_of_a_name(found[1], token):
            continue
        degrees, word = found
        if token.pos_ == "NOUN" and token.lemma_.lower() not in PART_NOUNS and token.tag_ != "NNS":
            # "the northeastern town of Amasra": a kind of place, one of it; "the southern
            # districts of Kharkiv" (plural) and "the northern outskirts" are its parts
            # a name the gazetteer knows is the place, whatever the recogniser took it
            # for: no person is "the western port of Izmir"
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for named in prep.children:
                        place = _place_at(named, persons=True) if named.dep_ == "pobj" else None
                        if place is not None:
                            yield place, token, degrees, word, "noun"
        elif token.pos_ == "PROPN":
            head = token.head
            if token.dep_ == "appos" and head.pos_ == "PROPN":
                place = _place_at(head, persons=False)  # "Amasra, northwestern Turkey"
                if place is not None:
                    yield place, token, degrees, word, "region"
            elif token.dep_ == "pobj" and head.lower_ == "in" and head.dep_ == "prep":
                held = head.head  # "Amasra in northwestern Turkey", "a town in …"
                if held.dep_ == "appos" and held.pos_ == "NOUN":
                    held = held.head  # "Amasra, a town in northwestern Turkey"
                before = head.doc[head.i - 1] if head.i > 0 else held
                if held.pos_ == "VERB" and before.head.i == held.i and before.pos_ == "PROPN":
                    held = before  # "left Izmir in eastern Turkey": the parse hung it on "left"
                # within the region written beside it, a name the gazetteer knows there is
                # the place, whatever the recogniser took it for
                place = _place_at(held, persons=True) if held.pos_ == "PROPN" else None
                if place is not None:
                    yield place, token, degrees, word, "region"


@extractor("place")
def place_part_claims(context: ArticleContext, sentence: Span) -> Iterator[Claim]:
    known_places = article_places(sentence.doc)
    for place, holder, degrees, word, how in _parts(sentence):
        if word.i >= place.start and word.i < place.end:
            continue  # "North Korea", "South Sudan": the word is the name
        if gazetteer.candidates(f"{word.text} {place.text}"):
            continue
        region = _region_named(holder, known_places)
        located = _town(place.text, region, known_places)
        if how == "noun" and region is None:
            # "the northeastern town of Amasra": of the country it is in
            region = _country_of(located) if located is not None else None
        if region is None or (located is not None and located.id == region.id):
            continue
        if located is None and place.label_ not in {"GPE", "LOC", "FAC"}:
            continue  # "Police in western Pennsylvania": a capital letter, not a place
        if located is not None and not gazetteer.contains(region, located):
            continue  # the gazetteer's place of that name is elsewhere: another place
        key = located.id if located is not None else slug(place.text)
        yield new_claim(
            context,
            sentence,
            [word, holder, *place],
            subject=f"where:{key}",
            predicate="lie",
            value=PlaceValue(
                name=region.name,
                place=region.id,
                level=region.level,
                part=degrees,
                part_text=word.text,
            ),
        )
