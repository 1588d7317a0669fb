"""Lengths of time that say when, or how long since, rather than how long.

A length may be the time from an event ("crashed two minutes after take-off"), a window
counted back from now ("within the last 10 months"), a moment in a match ("put
Argentina ahead at 23 minutes") or how long since one like the story's thing ("the
strongest quake in Yunnan for 14 years", "Argentina's first title in 28 years"), said
of the subject a superlative stands for ("the quake was the strongest ... in 25
years").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.measure_words import _subject
from factcheck.extract.people_states import VEHICLES
from factcheck.extract.places import slug
from factcheck.extract.predicates import (
    NOUN_PREDICATES,
    event_named_by_subject,
    predicate_of,
    with_particle,
)

# prepositions and adjectives of a stretch of time counted back from now
WINDOW_PREPOSITIONS = frozenset({"within", "in", "over", "during"})
WINDOW_WORDS = frozenset({"last", "past", "previous"})


def _a_window(span: Span) -> bool:
    """A length of time that says when, counted back from now ("within the last 10
    months", "over the past five years"), not how long something lasted."""
    unit = span.root
    return (
        unit.dep_ == "pobj"
        and unit.head.lower_ in WINDOW_PREPOSITIONS
        and any(c.lower_ in WINDOW_WORDS for c in unit.children)
    )


def _time_from_event(span: Span) -> tuple[str, list[Token]] | None:
    """A length of time told as how long after or before an event something happened
    ("crashed two minutes after take-off", "less than a minute after the plane took
    off", "arrived 10 minutes after the first call"): the time from that event, keyed by
    its class ("duration:after:depart"), whatever happened then."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ not in {"after", "before"}:
        return None
    word = doc[span.end]
    event: str | None = None
    happened: Token | None = None  # what happened that long after or before
    if word.dep_ == "mark" and word.head.pos_ in {"VERB", "AUX"}:
        verb = word.head
        event = _event_class(verb)
        happened = verb.head if verb.dep_ == "advcl" else None
        while happened is not None and happened.pos_ not in {"VERB", "AUX"}:
            happened = happened.head if happened.head.i != happened.i else None
    elif word.dep_ == "prep":
        happened = word.head
        noun = next((c for c in word.children if c.dep_ in {"pobj", "pcomp"}), None)
        if noun is not None and noun.pos_ in {"NOUN", "VERB"}:
            words = [c.lower_ for c in noun.children if c.dep_ == "compound"] + [noun.lower_]
            joined = "".join(words).replace("-", "")
            lemma = noun.lemma_.lower()
            event = (
                NOUN_PREDICATES.get(joined)
                or NOUN_PREDICATES.get(lemma)
                or predicate_of(noun)
                or lemma
            )
    if not event or happened is None or happened.pos_ not in {"VERB", "AUX"}:
        return None
    if happened.lemma_.lower() in {"last", "take"}:
        # "the flight lasted 45 minutes before it crashed": the flight's length
        lasted = next((c for c in happened.children if c.dep_ == "nsubj"), None)
        if lasted is None or lasted.pos_ != "NOUN":
            return None
        return f"duration:{slug(lasted.lemma_.lower())}", [happened, lasted]
    key = f"duration:{slug(_event_class(happened))}:{word.lower_}:{slug(event)}"
    agent = next((c for c in happened.children if c.dep_ == "nsubj"), None)
    if (
        agent is not None
        and agent.pos_ == "NOUN"
        and agent.lemma_.lower() not in NOUN_PREDICATES  # "the crash happened …"
        and agent.lemma_.lower() not in VEHICLES  # "the plane crashed …": the story's craft
    ):
        # "the first ambulances arrived 10 minutes after the blast", "bomb disposal teams
        # arrived 40 minutes after": two arrivals, told apart by who arrived
        key = f"{slug(agent.lemma_.lower())}/{key}"
    return key, [happened, word]


def _event_class(verb: Token) -> str:
    """A verb's event class ("crashed", "came down": incident), else its lemma with its
    particle ("take-out")."""
    predicate = predicate_of(verb) or with_particle(verb)
    # "the crash happened less than a minute after …": what the subject names
    return event_named_by_subject(verb, predicate) or predicate


def _ranked_subject(word: Token) -> Token:
    """A superlative standing for its noun after a copula ("the quake was the strongest
    to hit Taiwan in 25 years") is said of the copula's subject; any other word is
    itself."""
    if word.pos_ != "ADJ" or word.tag_ != "JJS" or word.dep_ not in {"attr", "acomp"}:
        return word
    subject = _subject(word.head)
    return subject if subject is not None and subject.pos_ in {"NOUN", "PROPN"} else word


def _moment(unit: Token) -> bool:
    """ "at 23 minutes" of an action: when it happened, counted from
    the start; "at four hours, the final was the longest" still says how long it lasted."""
    preposition = unit.head
    return (
        unit.dep_ == "pobj"
        and preposition.lower_ == "at"
        and preposition.head.pos_ == "VERB"
        and preposition.head.lemma_ != "be"
    )


def _since_one_like_it(span: Span) -> Token | None:
    """The thing a length of time says was the first or the most of its kind for that long:
    "the strongest quake in Yunnan for 14 years", "the deadliest crash in two decades",
    "Argentina's first title in 28 years". How long since one like it, not how long it
    lasted: "a two-day visit, the first in 16 years" is two days long."""
    unit = next((t for t in reversed(span) if t.pos_ == "NOUN"), None)
    if unit is None or unit.dep_ != "pobj" or unit.head.lower_ not in {"for", "in"}:
        return None
    if unit.lemma_.lower() not in SINCE_LAST_UNITS:
        return None  # "the fastest lap in 82 seconds": how long it took
    thing = unit.head.head
    if thing.pos_ == "ADJ" and thing.tag_ == "JJS":
        ranked = _ranked_subject(thing)  # "the quake was the strongest in 25 years"
        return ranked if ranked.i != thing.i else None
    if thing.pos_ in {"VERB", "AUX"} and thing.dep_ == "xcomp":
        thing = thing.head  # "it was the strongest quake to hit the region in 25 years"
    if thing.pos_ in {"VERB", "AUX"} and thing.dep_ in {"acl", "relcl"}:
        thing = thing.head  # "the strongest quake to hit the region in 25 years"
    elif thing.pos_ in {"VERB", "AUX"}:  # "it was Argentina's first title in 28 years"
        attr = next((c for c in thing.children if c.dep_ == "attr"), None)
        done = next((c for c in thing.children if c.dep_ == "dobj"), None)
        if attr is None and done is not None:
            # "won their first title in 28 years"; not "completed the longest bridge in
            # nine years", how long the work took
            first = any(c.dep_ == "amod" and c.lower_ == "first" for c in done.children)
            return done if first and done.pos_ in {"NOUN", "PROPN"} else None
        thing = attr or thing
    if thing.pos_ in {"NOUN", "PROPN"} and any(_ranks_first(c) for c in thing.children):
        return thing
    return None


# spans long enough to count since one like it ("the first in 28 years"); shorter ones
# say how long it took ("the fastest lap in 82 seconds")
SINCE_LAST_UNITS = frozenset({"week", "month", "year", "decade", "century"})


def _ranks_first(word: Token) -> bool:
    """A superlative ("strongest") or "first" said of a noun: one not seen for a while."""
    return word.tag_ == "JJS" or (word.dep_ == "amod" and word.lower_ == "first")
