"""The words measures are named by, and the measures news counts by name.

The lexicons every reading of a figure shares: nouns too vague to name a measure on
their own ("people", "number"), the several ways one measure is named ("killed",
"dead" and "death toll" are all deaths), where counted people are ("on board") and
verbs that say nothing of what happened ("were reported"). A news measure is one whose
name alone says what is counted, whoever reports it (deaths, injured, magnitude,
population, ...); `stated_measure` and `measure_named` read one off a clause ("were
found dead", "was shot dead", "lost their lives"), and `told_of_an_earlier_event` sets
aside a toll told of another event ("the deadliest since the massacre at Sandy Hook,
where a gunman shot dead 26").
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck import lexicons
from factcheck.extract.counted import antecedent, subject_of

# nouns too vague to name what is measured on their own
GENERIC_NOUNS = lexicons.words("generic_nouns")
# common news measures named in several ways
MEASURE_SYNONYMS = lexicons.mapping("measure_synonyms")

COPULAS = lexicons.words("measure_verbs")

# where counted people are ("on board"), by the verb or word that says so
PEOPLE_STATES = lexicons.mapping("people_states")

# counted people whose noun says where they are ("91 passengers": people on board)
IMPLIED_STATES = lexicons.mapping("implied_states")
# the measures that count where people are ("on-board"); their parts are kinds of people
# ("migrant:on-board" is a part of all on board)
PEOPLE_TOTALS = frozenset(PEOPLE_STATES.values()) | frozenset(IMPLIED_STATES.values())
# one activity under two verbs: "shut" and "closed" are one closure, "abducted" and
# "kidnapped" one kidnapping
ACTIVITY_SYNONYMS = lexicons.mapping("activity_synonyms")

NEUTRAL_VERBS = lexicons.words("neutral_verbs")
PERSON_NOUNS = lexicons.words("person_nouns")
TOLL_PARTS = lexicons.words("toll_parts")
# those who did it, counted apart from the toll of those it was done to
PERPETRATORS = lexicons.words("perpetrators")


def _subject(verb: Token) -> Token | None:
    """The verb's subject; a relative pronoun's antecedent ("last year's allocations,
    which stood at Rs 1,586 billion": the allocations)."""
    return antecedent(subject_of(verb))


def stated_measure(verb: Token) -> Token:
    """The word that says what happened to the counted things: the verb itself, or a
    complement or adverb of it that names a news measure ("were found dead", "were
    fatally shot", "was shot dead")."""
    for child in verb.children:
        if child.dep_ in {"acomp", "oprd", "advmod", "xcomp"} and news_measure(child):
            return child
        if child.dep_ == "prep" and child.lower_ == "to":  # "shot to death", "beaten to death"
            for outcome in child.children:
                if outcome.dep_ == "pobj" and MEASURE_SYNONYMS.get(outcome.lemma_) == "deaths":
                    return outcome
    for child in verb.children:
        # "were shot and killed": a second verb of the same subject says how it ended
        if child.dep_ == "conj" and child.pos_ == "VERB" and news_measure(child):
            if not any(c.dep_ in {"nsubj", "nsubjpass", "dobj"} for c in child.children):
                if not any(t.pos_ == "NUM" for t in child.subtree):
                    return child  # "killed and over 200 injured" counts the injured apart
    return verb


def measure_named(word: Token) -> str | None:
    """The measure a word names as written ("wounded"), by its lemma ("kill"), or a verb
    with its object ("lost their lives")."""
    named = MEASURE_SYNONYMS.get(word.lower_) or MEASURE_SYNONYMS.get(word.lemma_.lower())
    if named is None and word.pos_ == "VERB":
        objects = (c.lemma_.lower() for c in word.children if c.dep_ == "dobj")
        named = next(
            (m for o in objects if (m := MEASURE_SYNONYMS.get(f"{word.lemma_} {o}"))), None
        )
    return named


def news_measure(word: Token) -> bool:
    """Whether a word names one of the measures news counts by name (deaths, injured…)."""
    return measure_named(word) in NEWS_MEASURES


def told_of_an_earlier_event(word: Token) -> bool:
    """The word is in a clause that describes what "since" names: an earlier event the
    story is measured against ("the deadliest school shooting since the massacre at
    Sandy Hook, where a gunman shot dead 26")."""
    for token in [word, *word.ancestors]:
        if token.dep_ in {"relcl", "acl"}:
            held = token.head
            for _ in range(3):  # "since the massacre at Sandy Hook, where …": up the nouns
                if held.dep_ != "pobj":
                    break
                if held.head.lower_ == "since":
                    return True
                held = held.head.head
    return False


# measures whose name alone says what is counted, whoever reports them
NEWS_MEASURES = (
    set(MEASURE_SYNONYMS.values())
    | set(PEOPLE_STATES.values())
    | {
        "magnitude",
        "depth",
        "visit",
        "tranche",
        "loan",
        "population",
        "debt",
        "gdp",
        "earthquake",
    }
)
