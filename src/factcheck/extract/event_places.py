"""Place claims: where an event happened, as the parse attaches a place to its word.

An event word is a verb (not one of reporting, nor of a state such as "live")
or a noun that names an event ("the shooting"). Its place is a place entity
(GPE, LOC, FAC) that the parse attaches to it by "in", "at", "inside" ("in
Karachi", "at a home on 11th Street in Puyallup"), by "near" or "outside", by
"N miles from X", or as a modifier ("the Isla Vista shooting"). The claim is
keyed to the story's event (`place:event:<predicate>`, with the person it
happened to when the parse names one, as event claims are) and carries the
place as written with its gazetteer id (`factcheck.places_gazetteer`). A name
followed by its state or city ("Huntsville, Alabama", "Malir, Karachi") is read
as one place: the finest part the gazetteer knows, within the rest. A place the
gazetteer does not know (a neighbourhood, a street, a venue) is kept as written,
with no id.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from factcheck import places_gazetteer as gazetteer
from factcheck.extract.amounts import COMPASS
from factcheck.extract.context import (
    ArticleContext,
    entity_around,
    extractor,
    new_claim,
)
from factcheck.extract.people import told_of_the_past
from factcheck.extract.predicates import (
    NOUN_PREDICATES,
    REPORTING_VERBS,
    VERB_PREDICATES,
    event_of_light_verb,
    predicate_of,
)
from factcheck.extract.status import status_of
from factcheck.extract.undergoers import named_undergoer
from factcheck.models import Claim, PlaceValue

PLACE_ENTITIES = {"GPE", "LOC", "FAC"}
IN_PREPOSITIONS = {"in", "at", "inside", "within"}
NEAR_PREPOSITIONS = {"near", "outside"}
# "at a home on 11th Street in Puyallup": the phrases a place hangs from in turn
PATH_PREPOSITIONS = IN_PREPOSITIONS | NEAR_PREPOSITIONS | {"on", "along"}
DISTANCE_UNITS = {
    "mile", "miles", "km", "kilometre", "kilometres", "kilometer", "kilometers",
    "metre", "metres", "meter", "meters", "m", "yard", "yards", "foot", "feet",
}  # fmt: skip
# words "to" makes a nearness of: "close to the pier", "next to the station"
NEAR_TO = {"close", "next", "adjacent"}
# what a place "on" names: a region, an island, a coast ("on Ukara Island", which the
# recogniser may call a facility); not a date ("on Monday"), a medium ("on Twitter") or
# a street, which the town after it places ("on 11th Street in Puyallup")
ON_PLACES = {"GPE", "LOC"}
LAND_WORDS = {"island", "islands", "isle", "peninsula", "coast", "shore", "shores"}
# verbs of a state, not an event: where someone lives or works is not where it happened
STATE_VERBS = {
    "be", "have", "live", "reside", "work", "grow", "attend", "study", "stay", "remain",
    "base", "locate", "bear", "raise", "own", "know", "teach", "serve", "employ",
}  # fmt: skip
OTHER_WORDS = {"other", "another", "previous", "earlier", "prior", "similar"}
HAPPEN_VERBS = {"happen", "occur", "unfold", "erupt"}
CONTEXT_KEY = "factcheck.event_places.context"


def _event_predicate(token: Token) -> str | None:
    """The predicate class of an event word, as event claims key it, or None; "the
    shooting happened in X" is the shooting's place."""
    lemma = token.lemma_.lower()
    if lemma in HAPPEN_VERBS or (
        lemma == "take" and any(c.lower_ == "place" for c in token.children)
    ):
        for child in token.children:
            if child.dep_ == "nsubj" and child.lemma_.lower() in NOUN_PREDICATES:
                return NOUN_PREDICATES[child.lemma_.lower()]
    if lemma in REPORTING_VERBS or lemma in STATE_VERBS:
        return None
    if token.pos_ == "VERB":
        return (
            predicate_of(token) or event_of_light_verb(token) or VERB_PREDICATES.get(lemma, lemma)
        )
    if token.pos_ == "NOUN" and lemma in NOUN_PREDICATES:
        if token.tag_ == "NNS" or any(c.lower_ in OTHER_WORDS for c in token.children):
            return None  # "3 other Seattle shootings": not the story's event
        return NOUN_PREDICATES[lemma]
    return None


def _entity_at(token: Token) -> Span | None:
    entity = entity_around(token)
    return entity if entity is not None and entity.label_ in PLACE_ENTITIES else None


def _place_at(token: Token, persons: bool) -> Span | None:
    """The place a word names: its place entity, or a proper name the gazetteer knows
    that the entity recogniser took for something else ("in Gary", "Malir, Karachi"),
    a person's name only where `persons` allows (after "in")."""
    entity = _entity_at(token)
    if entity is not None:
        return entity
    if token.pos_ != "PROPN" or token.ent_type_ not in {"", "ORG", "NORP", "PERSON"}:
        return None  # "in March" is a date
    if token.ent_type_ == "PERSON" and not persons:
        return None
    start = token.i
    while (
        start > 0
        and token.doc[start - 1].pos_ == "PROPN"
        and token.doc[start - 1].dep_ == "compound"
    ):
        start -= 1
    span = token.doc[start : token.i + 1]
    return span if gazetteer.candidates(span.text) else None


def _on_land(place: Span) -> bool:
    return place.label_ in ON_PLACES or place[-1].lower_ in LAND_WORDS


def _qualifiers(place: Span) -> list[Span]:
    """ "Huntsville, Alabama", "Malir, Karachi, Pakistan": the places written right after."""
    found: list[Span] = []
    doc, end = place.doc, place.end
    while end + 1 < len(doc) and doc[end].text == ",":
        following = _place_at(doc[end + 1], persons=False)
        if following is None or following.start != end + 1:
            break
        found.append(following)
        end = following.end
    return found


# "north-east England", "northwestern England", "eastern Valencia": a compass part of a
# place written before its name
COMPASS_WORDS = r"(?P<part>(?:north|south)(?:[- ]?(?:east|west))?|east|west)(?:ern)?\s+"
COMPASS_PART = re.compile(rf"\b{COMPASS_WORDS}\Z", re.IGNORECASE)


def _degrees(found: re.Match[str]) -> float | None:
    """The compass point a match of `COMPASS_WORDS` names, in degrees from north."""
    return COMPASS.get(found.group("part").lower().replace("-", "").replace(" ", ""))


def compass_part(place: Span) -> tuple[float, str] | None:
    """(degrees, words) of the compass part a place is said to be in, from the words just
    before its name; None when there are none or they are part of the name itself
    ("South Africa", "West Bengal", "North Korea": names the gazetteer knows)."""
    doc = place.doc
    before = doc.text[max(0, place.start_char - 20) : place.start_char]
    found = COMPASS_PART.search(before)
    if found is None:
        return None
    written = found.group(0).strip()
    if gazetteer.candidates(f"{written} {place.text}"):
        return None  # "South Africa": the words are the name
    degrees = _degrees(found)
    return (degrees, written) if degrees is not None else None


# the same words inside a place entity the recogniser ran them into ("west Wales")
COMPASS_START = re.compile(rf"\A{COMPASS_WORDS}")


def compass_inside(place: Span) -> tuple[Span, tuple[float, str]] | None:
    """The place without a lowercase compass word the recogniser ran into its name, and
    that part ("west Wales": Wales, 270); None when the name starts with none ("West
    Bengal", "South Africa" are names)."""
    found = COMPASS_START.match(place.text)
    if found is None:
        return None
    rest = place.doc.char_span(place.start_char + found.end(), place.end_char, label=place.label)
    degrees = _degrees(found)
    if rest is None or degrees is None:
        return None
    return rest, (degrees, found.group(0).strip())


def _is_distance(preposition: Token) -> bool:
    """ "277 miles northeast of Kunming", "20 km from Quetta"."""
    if preposition.lower_ not in {"from", "of"}:
        return False
    head = preposition.head
    return any(t.lower_ in DISTANCE_UNITS for t in head.subtree if t.i < preposition.i)


def places_of(event: Token) -> Iterator[tuple[Span, str]]:
    """(place entity, relation) attached to an event word in its own phrases."""
    for child in event.children:
        if child.dep_ in {"compound", "nmod"} and event.pos_ == "NOUN":
            following = event.doc[child.i + 1]
            if following.dep_ == "compound" and following.pos_ == "PROPN":
                continue  # "Isla" of "Isla Vista": the whole name is read from its last word
            entity = _place_at(child, persons=False)
            if entity is not None and entity.label_ != "FAC":
                yield entity, "in"  # "the Isla Vista shooting"
    queue = [(c, "in") for c in event.children if c.dep_ in {"prep", "advmod", "npadvmod"}]
    seen: set[int] = set()
    while queue:
        token, relation = queue.pop(0)
        if token.i in seen:
            continue
        seen.add(token.i)
        if token.dep_ == "prep":
            if _is_distance(token):
                relation = "distance"
            elif token.lower_ in NEAR_PREPOSITIONS or (
                token.lower_ == "to" and token.head.lower_ in NEAR_TO
            ):
                relation = "near"
            elif token.lower_ not in PATH_PREPOSITIONS:
                continue
            for place_word in (c for c in token.children if c.dep_ == "pobj"):
                if any(c.dep_ == "compound" and c.ent_type_ == "DATE" for c in place_word.lefts):
                    continue  # "On Saturday China and Iran signed": the parse took the
                    # subject for the day's noun; the day is when, the country who
                entity = _place_at(place_word, persons=token.lower_ == "in")
                if entity is not None and (token.lower_ != "on" or _on_land(entity)):
                    yield entity, relation
                if (entity is None and place_word.lemma_.lower() not in NOUN_PREDICATES) or (
                    entity is not None and entity.label_ == "FAC"
                ):
                    # a home, a street, a venue: the town may follow ("in Puyallup"),
                    # but not another event's ("arrested in the shooting in X")
                    queue.extend((c, relation) for c in place_word.children if c.dep_ == "prep")
        else:
            queue.extend((c, relation) for c in token.children if c.dep_ in {"prep", "advmod"})


def article_places(doc: Doc) -> list[gazetteer.Place]:
    """The places the article settles without help (its states and countries, a
    dateline's "Wash."), once per article: what ambiguous names resolve against."""
    cached = doc.user_data.get(CONTEXT_KEY)
    if isinstance(cached, list):
        return cached
    names = [e.text for e in doc.ents if e.label_ in {"GPE", "LOC"}]
    names += [
        t.text
        for t in doc
        if t.i > 0 and doc[t.i - 1].text == "," and t.text.endswith(".") and t.text[:1].isupper()
        and gazetteer.fold(t.text) in gazetteer.AP_STATES
    ]  # fmt: skip
    settled = gazetteer.context_of(names)
    doc.user_data[CONTEXT_KEY] = settled
    return settled


def locate(names: list[str], context: list[gazetteer.Place]) -> gazetteer.Place | None:
    """The finest known place of a written chain ("Malir", "Karachi"): each outer part
    resolved first, the inner ones within it."""
    known: gazetteer.Place | None = None
    for name in reversed(names):
        found = gazetteer.resolve(name, [known, *context] if known else context)
        if found is not None and (known is None or gazetteer.contains(known, found)):
            known = found
    return known


@extractor("place")
def place_claims(context: ArticleContext, sentence: Span) -> Iterator[Claim]:
    if told_of_the_past(context, sentence):
        return
    said: set[tuple[str, str]] = set()
    for token in sentence:
        predicate = _event_predicate(token)
        if predicate is None:
            continue
        places = [
            (entity, relation)
            for entity, relation in places_of(token)
            if sentence.start <= entity.start < sentence.end
        ]
        if not places:
            continue
        status = status_of(token)
        if status == "negated":
            continue
        for entity, relation in places:
            inside = compass_inside(entity)
            if inside is not None:
                entity = inside[0]  # "west Wales": Wales, in its west
            chain = [entity, *_qualifiers(entity)]
            known = locate([part.text for part in chain], article_places(sentence.doc))
            written = sentence.doc[entity.start : chain[-1].end].text.removesuffix("'s")
            name = " ".join(written.split())
            part = inside[1] if inside is not None else compass_part(entity)
            undergoer = named_undergoer(context, token)
            subject = f"place:event:{predicate}" + (f":{undergoer}" if undergoer else "")
            if (subject, name) in said:
                continue
            said.add((subject, name))
            yield new_claim(
                context,
                sentence,
                [token, *[t for part in chain for t in part]],
                subject=subject,
                predicate="place",
                status=status,
                value=PlaceValue(
                    name=name,
                    place=known.id if known else None,
                    level=known.level if known else None,
                    relation=relation,  # type: ignore[arg-type]
                    part=part[0] if part else None,
                    part_text=part[1] if part else None,
                ),
            )
