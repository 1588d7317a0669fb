"""The status of an event as a sentence states it: done, ongoing, expected, planned or negated.

Read from the syntax around the event's word: its auxiliaries, the verbs that
govern it ("was expected", "is set to", "plans to") and negation.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.subjects import infinitive_subject
from factcheck.models import Status

EXPECTING_LEMMAS = {
    "expect",
    "schedule",
    "slate",
    "set",
    "due",
    "likely",
    "poised",
    "anticipate",
    "forecast",
    "predict",
    "project",
}
PLANNING_LEMMAS = {"plan", "intend", "aim", "hope", "seek", "propose", "want", "agree", "prepare"}
FUTURE_ADJECTIVES = {"upcoming", "forthcoming", "next", "future", "planned", "proposed", "coming"}
FUTURE_AUXILIARIES = {"will", "shall", "'ll", "would"}  # "said it would acquire": not yet done
RANKING_WORDS = {"first", "last", "only", "next"}
GOVERNING_DEPS = {
    "xcomp",
    "ccomp",
    "acl",
    "relcl",
    "advcl",
    "pcomp",
    "nsubj",
    "nsubjpass",
    "dobj",
    "pobj",
    "prep",
    "attr",
    "appos",
    "conj",
}


def _is_negated(token: Token) -> bool:
    return any(
        child.dep_ == "neg" or child.lower_ in {"never", "not", "n't"} for child in token.children
    )


def _is_progressive(verb: Token) -> bool:
    """'is hosting', 'is being inaugurated', 'are taking part'."""
    auxiliaries = [child for child in verb.children if child.dep_ in {"aux", "auxpass"}]
    if verb.tag_ == "VBG" and any(a.lemma_ == "be" for a in auxiliaries):
        return True
    return any(a.lower_ == "being" for a in auxiliaries) and any(
        a.lemma_ == "be" and a.tag_ in {"VBZ", "VBP"} for a in auxiliaries
    )


def _describes_what_is_to_come(verb: Token) -> bool:
    """An infinitive describing a noun says what is to happen to it ("the meeting, to be
    hosted on Tuesday"), unless the noun is ranked ("the first woman to win", "the
    strongest quake to strike"), which says what happened."""
    noun = infinitive_subject(verb)
    if noun is None:
        return False
    return not any(
        child.tag_ in {"JJS", "RBS"}
        or child.lower_ in RANKING_WORDS
        or child.ent_type_ == "ORDINAL"
        for child in noun.lefts
    )


def _own_status(verb: Token) -> Status | None:
    """What the verb's own auxiliaries and modifiers say, or None when they say nothing."""
    if _is_negated(verb):
        return "negated"
    auxiliaries = {child.lower_ for child in verb.children if child.dep_ in {"aux", "auxpass"}}
    if auxiliaries & FUTURE_AUXILIARIES:
        return "expected"
    if verb.lemma_ in EXPECTING_LEMMAS or verb.lower_ in {"due", "set", "poised", "likely"}:
        return "expected"
    if verb.lemma_ in PLANNING_LEMMAS:
        return "planned"
    if _is_progressive(verb):
        return "ongoing"
    if "to" in auxiliaries and _describes_what_is_to_come(verb):
        return "expected"  # "the meeting, to be hosted by Pakistan on Tuesday"
    if "to" in auxiliaries and verb.tag_ == "VB":
        return None  # an infinitive: the governing verb decides
    if any(child.lower_ in FUTURE_ADJECTIVES and child.dep_ == "amod" for child in verb.children):
        return "expected"
    if verb.tag_ in {"VBD", "VBN"} or auxiliaries & {"has", "have", "had"}:
        return "done"
    return None


def status_of(event: Token) -> Status:
    """Walk from the event's word up through the verbs that govern it."""
    if event.dep_ == "pcomp" and event.head.lower_ in {"after", "since", "following"}:
        return "done"  # "after beating India": done, whatever the main clause's tense
    if event.pos_ == "NOUN" and any(child.lower_ in FUTURE_ADJECTIVES for child in event.children):
        return "expected"
    token: Token | None = event
    hops = 0
    while token is not None and hops < 4:
        if token.pos_ in {"VERB", "AUX", "ADJ"} or token is event:
            found = _own_status(token) if token.pos_ != "NOUN" else None
            if token.pos_ == "NOUN" and _is_negated(token):
                return "negated"
            if found is not None:
                return found
        if token.dep_ not in GOVERNING_DEPS or token.head is token:
            break
        # "is to be inaugurated": the "is to" construction
        if (
            token.dep_ == "xcomp"
            and token.head.lemma_ == "be"
            and token.head.tag_ in {"VBZ", "VBP"}
        ):
            return "expected"
        token = token.head
        hops += 1
    if event.pos_ in {"VERB", "AUX"} and event.tag_ in {"VBZ", "VBP"}:
        return "ongoing"
    return "done"
