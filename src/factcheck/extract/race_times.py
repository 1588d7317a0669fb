"""Race times and sports statistics: whose a time or a tally of a game is.

A time run, swum or raced is its runner's finish ("Kipchoge won with a time of
2:01:09", "his winning time of 2:01:09"), a split at a point on the course ("went
through the 35km mark in 1:40:10"), or a margin ("beat the record by 29 seconds"); a
time of some other race is none of these ("ran a marathon in under two hours"). A
length that qualifies its unit is a player's statistic ("333 passing yards", "rushed
for 80 yards"), and a count written onto a win is its margin ("sealed a seven-run win",
"won by 130,000 votes").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.extract.context import entity_around
from factcheck.extract.counted import person_noun
from factcheck.extract.figure_owners import POSSESSIVE_PRONOUNS, PronounOwner, _clause_owner
from factcheck.extract.measure_words import COPULAS, GENERIC_NOUNS
from factcheck.extract.names import name_parts
from factcheck.extract.places import names_a_country, slug
from factcheck.extract.predicates import verb_of_gerund
from factcheck.normalise.amounts import find_amounts


def _person_named(word: Token) -> str | None:
    """The person a name word is part of, by their family name, as owners are keyed:
    "star Sifan Hassan" and "Belgium's Bashir Abdi" are "hassan" and "abdi"."""
    entity = entity_around(word)
    if entity is None or entity.label_ != "PERSON":
        return None
    _, family = name_parts(" ".join(t.text for t in entity if t.pos_ == "PROPN"))
    return slug(family) or None


def _time_of_someone(
    span: Span, pronoun_owner: PronounOwner | None
) -> tuple[str, list[Token]] | None:
    """A time someone took, said as "a time of" it: "Kipchoge won with a time of
    2:01:09", "his winning time of two hours, one minute and nine seconds", "Kipchoge's
    time of 2:01:10": that person's finish; None when no one is named."""
    unit = span.root.head if span.root.dep_ == "nummod" else span.root
    of = unit.head if unit.dep_ == "pobj" else span.root.head
    time = of.head
    if of.lower_ != "of" or time.lemma_.lower() not in {"time", "finish"}:
        return None
    qualifiers = {c.lower_ for c in time.children if c.dep_ in {"amod", "compound", "nmod"}}
    if qualifiers - {"winning", "finishing", "finish"}:
        return None  # "his previous best time of 2:01:39", "a record time": another run's
    poss = next((c for c in time.children if c.dep_ == "poss"), None)
    if poss is not None and poss.lower_ in POSSESSIVE_PRONOUNS:
        owner = pronoun_owner(poss) if pronoun_owner is not None else None
    elif poss is not None:
        owner = _person_named(poss)
    else:
        owner = _clause_owner(time, pronoun_owner)
    return (f"{owner}/duration:finish", [time]) if owner else None


# verbs a time is cut off a record with: "taking 30 seconds off", "shaved 30 seconds off"
CUTTING_VERBS = frozenset({"take", "shave", "knock", "cut", "clip", "slice", "lop"})
# the units a time run, swum or raced is given in; days or months are no race's time
RACE_UNITS = frozenset({"second", "minute", "hour"})


def _time_cut(span: Span) -> bool:
    """A length of time told as a margin, not a time taken: "beat the record by 29
    seconds", "taking 30 seconds off his previous best"."""
    root = span.root
    unit = root.head if root.dep_ == "nummod" else root
    if unit.dep_ == "pobj" and unit.head.lower_ == "by":
        return True
    verb = unit.head
    return (
        unit.dep_ == "dobj"
        and verb.lemma_.lower() in CUTTING_VERBS
        and any(c.lower_ in {"off", "from"} for c in verb.children)
    )  # "cut 34 seconds from the previous mark"


# nouns for a point along a course that a time is taken to ("the 35km mark", "the
# half-way point"): a split, not a finish
COURSE_POINTS = frozenset({"mark", "point", "split", "checkpoint"})


def _split_at(span: Span) -> str | None:
    """Where along a course a time was taken, when its verb names a point short of the
    finish: "went through the 35km mark in 1:40:10" ("35km"), "reached the half-way point
    in 59:50" ("half-way"). None for a time to the finish."""
    root = span.root
    verb = root.head.head if root.head.dep_ == "prep" else root.head
    said = [c for c in verb.children if c.dep_ in {"dobj", "npadvmod"}] + [
        pobj for prep in verb.children if prep.dep_ == "prep" for pobj in prep.children
    ]
    for word in said:
        lemma = word.lemma_.lower()
        if word.i in range(span.start, span.end):
            continue
        if lemma in HALFWAY:
            return "half"  # "went through halfway in 60:48"
        if lemma not in COURSE_POINTS:
            continue
        where = [t for t in word.lefts if t.dep_ in {"compound", "amod", "nummod", "nmod"}]
        last = where[-1] if where else None
        point = word.doc[last.left_edge.i : last.right_edge.i + 1].text if last else ""
        if any(half in point.lower() for half in HALFWAY):
            return "half"  # "the half-way point", "the halfway mark"
        distance = next((m.amount for m in find_amounts(point) if m.amount.kind == "measure"), None)
        if distance is not None and distance.unit in UNIT_METRES:  # "30-kilometre", "30km"
            return f"{distance.value * UNIT_METRES[distance.unit] / 1000:g}km"
    return None  # not "his best mark"


# words for the middle of a course
HALFWAY = ("halfway", "half-way", "half way")
# metres in a unit of distance a split point is written in
UNIT_METRES = {"m": 1.0, "km": 1000.0, "mile": 1609.344}


def _on_some_occasion(subject: Token) -> bool:
    """A time told of an occasion the words leave indefinite ("ran a marathon in under two
    hours", "won a race in 2:13"): some race of theirs, not the story's."""
    verb = subject.head
    if verb.lemma_.lower() in WINNING_VERBS:
        return False  # "won a thrilling race in 2:01:09": the race the story is about
    return subject.dep_ == "nsubj" and any(
        child.dep_ == "dobj" and any(d.lower_ in {"a", "an"} for d in child.children)
        for child in verb.children
    )


# verbs of winning: what one wins in a story's time is the story's race, however told
WINNING_VERBS = frozenset({"win", "claim", "clinch", "take", "secure"})


def _named_just_before(word: Token, family: str) -> bool:
    """The person a description stands for is named in its sentence or the one before
    ("Eliud Kipchoge won. The Kenyan ran 2:01:09"), not only somewhere earlier: "Tadese
    Takele was third. The Ethiopian ran 2:06:28" is not about the winner."""
    sentence = word.sent
    start = sentence.start
    for _ in range(VERBLESS_LINES + 1):  # a byline between is no sentence ("By C. FAHEY")
        if start == 0:
            break
        start = word.doc[start - 1].sent.start
        if any(t.pos_ in {"VERB", "AUX"} for t in word.doc[start].sent):
            break
    named = {slug(t.text) for t in word.doc[start : word.i] if t.pos_ == "PROPN"}
    return family in named


# verbless lines (a byline, a caption's credit) passed over looking for the sentence before
VERBLESS_LINES = 2


def _described_person(noun: Token) -> Token | None:
    """A definite description standing for a person named before, as a clause's subject:
    "the Kenyan", "the Ethiopian" (a demonym), "the champion" (a noun for a person)."""
    if noun.dep_ != "nsubj" or not any(c.lower_ == "the" for c in noun.children):
        return None
    if noun.tag_ in {"NNS", "NNPS"}:
        return None  # "the Kenyans": a team, not one runner
    return noun if names_a_country(noun.text) or person_noun(noun) else None


def _by_margin(noun: Token) -> bool:
    """The counted noun is what a verb's "by" gives: "won by 130,000 votes", "defeated
    Premadasa by 1.27 million votes", "lost by two goals"."""
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if after is not None and after.lower_ in LEAD_WORDS and after.pos_ in {"ADV", "ADP"}:
        return True  # "came back from two goals behind", "were two goals up"
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_ == "margin":
        return True  # "won by a margin of 6,74,664 votes"
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "by"
        and noun.head.head.pos_ == "VERB"
        and not noun.head.head.tag_ == "VBN"  # "were injured by 12 gunmen" names who did it
    )


# what a margin sizes when written onto it: "a seven-run win", "a five-stroke victory"
MARGIN_NOUNS = frozenset({"win", "victory", "defeat", "loss", "triumph"})  # not a lead: it moves


def _win_margin(span: Span, pronoun_owner: PronounOwner | None) -> tuple[str, list[Token]] | None:
    """A count written onto the unit of a win ("sealed a seven-run win", "a five-stroke
    victory", "a two-goal lead"): the margin in that unit, of whom the clause is about,
    as "beat South Africa by 7 runs" gives it."""
    root = span.root
    unit = root.head
    if root.dep_ != "nummod" or unit.pos_ != "NOUN" or unit.i != span.end + 1:
        return None
    if span.doc[span.end].text != "-":
        return None  # "three run chases": no unit written onto the number
    won = unit.head
    if unit.dep_ not in {"compound", "amod", "nmod"} or won.lemma_.lower() not in MARGIN_NOUNS:
        return None
    owner = _clause_owner(won, pronoun_owner)
    return (f"{owner}/" if owner else "") + f"{slug(unit.lemma_.lower())}:margin", [unit, won]


# words after a count that make it a lead or a deficit ("two goals behind")
LEAD_WORDS = frozenset({"behind", "down", "ahead", "up", "clear", "adrift"})


def _stat_key(
    span: Span, unit: str, by_purpose: bool, pronoun_owner: PronounOwner | None = None
) -> tuple[str, list[Token]] | None:
    """A length or weight that says what it measures by the word that qualifies its unit
    ("333 passing yards", "80 yards rushing") or, with `by_purpose`, by what it is "for"
    ("passes for 333 yards", "rushed for 80 yards"): that word's lemma and the unit, held
    by the clause's named subject ("mahomes/pass:yard")."""
    doc = span.doc
    measured = span.root
    qualifier = next(
        (
            t
            for t in span
            if t.i != measured.i
            and t.head.i == measured.i
            and t.dep_ in {"amod", "compound"}
            and t.pos_ in {"VERB", "NOUN"}
        ),
        None,
    )
    after = doc[span.end] if span.end < len(doc) else None
    if qualifier is None and after is not None and after.tag_ == "VBG" and after.pos_ == "VERB":
        if after.head.i == measured.i or measured.head.i == after.i:
            qualifier = after  # "80 yards rushing"
    if (
        qualifier is None
        and by_purpose
        and measured.dep_ == "pobj"
        and measured.head.lower_ == "for"
    ):
        governor = measured.head.head
        if governor.pos_ in {"NOUN", "VERB"} and governor.lemma_ not in COPULAS:
            qualifier = governor  # "passes for 333 yards", "rushed for 80 yards"
    if qualifier is None or qualifier.lemma_.lower() in GENERIC_NOUNS:
        return None
    key = f"{_verb_base(qualifier)}:{unit}"
    owner = _clause_owner(qualifier, pronoun_owner)
    return (f"{owner}/{key}" if owner else key), [qualifier]


def _verb_base(word: Token) -> str:
    """A word's lemma, and for a noun made from a verb by "-ing" the verb ("rushing"
    tagged a noun is "rush", as "rushed" is), when the lemmatizer knows it as one."""
    lemma = word.lemma_.lower()
    return (verb_of_gerund(lemma) if word.pos_ == "NOUN" else None) or lemma
