"""Numbers beside a measure that are not the story's figure for it.

A count may be a part of a tally ("three more students were shot", "the first 10
patients", "one of the coaches"), a tally of somewhere else ("170 were killed in other
parts of the country"), a rank ("one of the deadliest earthquakes"), a label ("Image
4", "the 300 block"), the figure a change started from ("rose from 150 to 381"), the
parties the report has already named ("the two countries signed 15 agreements") or
people in a scene described by what happened to them ("two passengers who survived").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.measure_words import news_measure
from factcheck.extract.populations import SETTLEMENTS
from factcheck.normalise.amounts import AmountMention

# words after a number that add it to others already counted ("three more", "two additional")
ADDED_WORDS = frozenset({"more", "additional", "further", "extra"})

# nouns for a point along the way, which an amount before them places: "the 10km mark"
POSITION_NOUNS = frozenset({"mark", "marker", "point", "milestone"})
# a definite group this small is one the report has named: "the two leaders", "the three men"
FEW_ALREADY_NAMED = 3


def _acting_on_something(noun: Token) -> bool:
    """The noun is the active subject of a verb with an object: "the two countries signed
    15 agreements" (the parties), unlike "the two journalists were released"."""
    verb = noun.head
    return (
        noun.dep_ == "nsubj"
        and verb.pos_ == "VERB"
        and any(c.dep_ == "dobj" for c in verb.children)
    )


def _few_already_named(noun: Token, span: Span, mention: AmountMention) -> bool:
    """A definite group of two or three ("the two countries", "the three sides"): the
    parties the report has named, counted again, not a figure of the story ("two of the
    workers" counts some of them)."""
    counts_it = span.root.dep_ == "nummod" and span.root.head.i == noun.i
    definite = any(
        c.dep_ in {"det", "poss"} and c.lower_ in {"the", "these", "those", "our", "their"}
        for c in noun.children
    )  # "the two countries", "our two countries"; not "Smith's two goals"
    return counts_it and definite and mention.amount.value <= FEW_ALREADY_NAMED


def _told_by_a_measure_clause(noun: Token) -> bool:
    """Counted people a relative clause says a news measure of ("two passengers who
    survived", "two men who were also shot")."""
    return any(
        child.dep_ == "relcl" and child.pos_ == "VERB" and news_measure(child)
        for child in noun.children
    )


def _added_to_others(span: Span, measured: Token) -> bool:
    """A count said to come on top of others of its kind: "three more students", "an
    additional five", "eight other victims were also shot" ("three others were injured"
    after a death is the whole of the injured, so "other" needs "also")."""
    number = span.root
    counted = number.head if number.dep_ == "nummod" else number
    around = [*number.children, *counted.children]
    if any(t.lower_ in ADDED_WORDS and t.i > number.i for t in around if t.dep_ != "quantmod"):
        return True
    others = any(t.lower_ in {"other", "others"} for t in [counted, *around])
    verb = measured if measured.pos_ in {"VERB", "ADJ", "ADV"} else measured.head
    return others and any(c.lower_ == "also" for c in [*verb.children, *verb.head.children])


def _elsewhere(span: Span, measured: Token) -> bool:
    """A count the sentence places somewhere other than the story's place: "170 people
    were also killed in other parts of the country", "other places close to Derna
    reported around 50 deaths", "12 more died elsewhere"."""
    number = span.root
    counted = number.head if number.dep_ == "nummod" else number
    verb = measured if measured.pos_ in {"VERB", "ADJ", "ADV"} else measured.head
    for holder in (verb, counted):
        for child in holder.children:
            if child.dep_ == "advmod" and child.lower_ == "elsewhere":
                return True
            if child.dep_ == "prep" and any(_other(c) for c in child.children if c.dep_ == "pobj"):
                return True
            if child.dep_ == "nsubj" and _other(child):
                return True
    return False


# nouns for parts of a country: "other parts of the country", "other towns"
AREA_NOUNS = frozenset(
    {"part", "place", "area", "region", "town", "village", "district", "province", "state"}
)


def _other(noun: Token) -> bool:
    """ "other parts", "other towns": somewhere other than the story's place (not "other
    estimates", another source)."""
    area = noun.lemma_.lower() in AREA_NOUNS or noun.lemma_.lower() in SETTLEMENTS
    return area and any(c.dep_ == "amod" and c.lower_ == "other" for c in noun.children)


def _is_label(noun: Token, span: Span, mention: AmountMention) -> bool:
    """A number naming its noun rather than counting it: "Image 4", "the 300 block"."""
    if mention.amount.kind != "count" or noun.i in range(span.start, span.end):
        return False
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False  # "killed one": a verb's object, not a label
    if noun.i < span.start and span.root.head.i == noun.i:
        return True  # the number follows its noun
    direct = span.root.head.i == noun.i and span.root.dep_ == "nummod"
    singular = noun.tag_ in {"NN", "NNP"} and mention.amount.value != 1
    # "a 73-page manifesto", "a 200-bed hospital": the hyphen writes a size, not a label
    hyphened = "-" in span.text or (span.end < len(span.doc) and span.doc[span.end].text == "-")
    return direct and singular and not hyphened


# words that pick the first or last few of a series: "the last five overs"
STRETCH_WORDS = frozenset({"first", "last", "final", "opening", "next", "closing"})


def _a_stretch_of(span: Span) -> bool:
    """The count picks the first or last few of a series ("58 off the last five overs",
    "the first 10 patients were discharged"): how many of them were picked, not how
    many there are."""
    counted = span.root.head if span.root.dep_ == "nummod" else None
    if counted is None or counted.pos_ != "NOUN":
        return False
    return any(
        child.dep_ == "amod" and child.lower_ in STRETCH_WORDS and child.i < span.start
        for child in counted.children
    )


def _ranked_among(span: Span) -> bool:
    """ "one of the deadliest earthquakes", "one of the most-watched finals": a rank
    among a kind, not a count of it."""
    for child in span.root.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i >= span.end:
            for group in child.children:
                if group.dep_ == "pobj" and any(
                    c.tag_ == "JJS"
                    or (c.dep_ == "amod" and any(g.lower_ == "most" for g in c.children))
                    for c in group.children
                ):
                    return True
    return False


def _earlier_figure(span: Span) -> bool:
    """The "from" figure of a change told with both ends: "had risen from 37 to 40"."""
    preposition = span.root.head
    return (
        span.root.dep_ == "pobj"
        and preposition.lower_ == "from"
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in preposition.children)
    )


def _partitive(span: Span) -> bool:
    """ "one of the coaches", "one of its players": a number of a group the text names
    with a determiner or owner."""
    for child in span.root.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i >= span.end:
            for group in child.children:
                if group.dep_ == "pobj" and any(c.dep_ in {"det", "poss"} for c in group.children):
                    return True
    return False
