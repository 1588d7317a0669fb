"""Casualties said without a number: "a 17-year-old boy died", "Smith was shot and
killed", "the blast left a woman dead", "a man and his son were wounded".

News states many tolls only through the people they happened to: in a sample of
Gun Violence Archive incidents, close to half of those with a death never give
its number. Each such clause is an amount claim for the measure its verb names
(`measures.stated_measure`: deaths, injured, shot, ...) whose value is *at least*
the number of people it names: one for a singular person, one more for each
person joined to it ("a man and his son"). A lower bound agrees with any larger
figure another report gives, so it corroborates a toll without ever conflicting
with a higher one; it conflicts with "no one was killed".

Who is a person is read from the parse, not from a list: a PERSON entity, a
pronoun for one person, a noun with an age ("a 17-year-old"), a relative clause
with "who", apposition to a name, or a noun made from what someone does
("cashier", "cyclist", "pedestrian", "employee"); the `person_nouns` lexicon adds
the common nouns news uses ("man", "victim") as a hint. Negated, modal and near-miss
clauses ("was not hurt", "could have been killed", "nearly died") say nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from factcheck.extract.amounts import amount_claim, period_of
from factcheck.extract.context import ArticleContext, extractor
from factcheck.extract.counted import person_noun
from factcheck.extract.measures import (
    MEASURE_SYNONYMS,
    NEWS_MEASURES,
    measure_named,
    news_measure,
    stated_measure,
    told_of_an_earlier_event,
)
from factcheck.models import AmountClaimValue, AmountValue, Claim, TimeInterval

ONE_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
# measures whose zero is a firm fact ("no one was killed"); "no arrests have been made"
# is a state of an investigation that the next report may change
FIRM_ZERO_MEASURES = frozenset({"deaths", "injured", "shot"})
# adverbs that say it did not (quite) happen
NEAR_MISS = frozenset({"nearly", "almost", "narrowly", "never"})


@extractor("amount")
def victim_claims(context: ArticleContext, sentence: Span) -> Iterator[Claim]:
    stated = {c.subject for c in context.claims_in(sentence) if c.kind == "amount"}
    for verb in sentence:
        if verb.pos_ != "VERB":
            continue
        word = state_after_object(verb) or stated_measure(verb)
        measure = measure_named(word)
        if measure not in NEWS_MEASURES or _said_not_to_happen(verb):
            continue
        if told_of_an_earlier_event(verb):
            continue  # "since the massacre at Sandy Hook, where a gunman shot dead 26"
        if verb.dep_ == "conj" and undergoer(verb) is None:
            continue  # "shot and killed": the first verb speaks for both
        undergone = undergoer(verb)
        if undergone is None:
            continue
        nobody = _nobody(undergone) and measure in FIRM_ZERO_MEASURES
        people = [] if nobody else _people(undergone)
        if not people and not nobody:
            continue
        key, period, period_text = period_of(context, sentence, measure, verb)
        if key in stated:
            continue  # the sentence gives the figure itself
        stated.add(key)
        yield _claim(context, sentence, key, period, period_text, people or [undergone], verb, word)
    for noun in sentence:  # "there were no injuries", "no deaths were reported"
        measure = MEASURE_SYNONYMS.get(noun.lemma_.lower()) if noun.pos_ == "NOUN" else None
        if measure in FIRM_ZERO_MEASURES and _nobody(noun):
            key, period, period_text = period_of(context, sentence, measure, noun)
            if key not in stated:
                stated.add(key)
                yield _claim(context, sentence, key, period, period_text, [], noun, noun)


def _claim(
    context: ArticleContext,
    sentence: Span,
    key: str,
    period: TimeInterval | None,
    period_text: str | None,
    people: list[Token],
    verb: Token,
    word: Token,
) -> Claim:
    """At least as many as the people named; none at all for "no one" / "no injuries"."""
    named = [person for person in people if not _nobody(person)]
    count = float(len(named))
    amount = (
        AmountValue(value=count, low=count, high=None, hedge="at least")
        if named
        else AmountValue(value=0.0, low=0.0, high=0.0)
    )
    evidence = [*people, verb, word]
    before = [token for person in people for token in person.subtree if token.i < person.i]
    counted = " and ".join(person.text for person in named) or None
    value = AmountClaimValue(
        amount=amount, measure=key, period=period, period_text=period_text, counted=counted
    )
    return amount_claim(context, sentence, [*evidence, *before], value)


def _nobody(token: Token) -> bool:
    """ "no one", "nobody", "no injuries": none at all, said without a restriction ("no one
    inside the house", "no one else", "no other fatalities" leave others out)."""
    children = list(token.children)
    if token.lower_ in {"nobody", "noone"}:
        pass
    elif not any(c.lower_ == "no" and c.dep_ in {"det", "neg", "advmod"} for c in children):
        return False
    return not any(c.dep_ not in {"det", "neg", "punct"} for c in children)


def state_after_object(verb: Token) -> Token | None:
    """ "left a woman dead": the parser may hang the state on the object."""
    for obj in verb.children:
        if obj.dep_ == "dobj":
            for state in obj.children:
                if state.dep_ in {"amod", "acl"} and state.i > obj.i and news_measure(state):
                    return state
    return None


def _said_not_to_happen(verb: Token) -> bool:
    for child in verb.children:
        if child.dep_ == "neg" or child.lower_ in NEAR_MISS:
            return True
        if child.dep_ in {"aux", "auxpass"} and child.tag_ == "MD":
            return True  # "could have been killed", "will be hurt"
    return False


def undergoer(verb: Token) -> Token | None:
    """Whom it happened to: the passive subject ("a man was killed"), the object ("killed
    a woman", "left a boy dead"), or the subject of an intransitive ("a teen died")."""
    children = list(verb.children)
    for dep in ("nsubjpass", "dobj"):
        found = [c for c in children if c.dep_ == dep]
        if found:
            return found[0]
    subjects = [c for c in children if c.dep_ == "nsubj"]
    intransitive = not any(c.dep_ in {"dobj", "ccomp", "xcomp", "attr", "conj"} for c in children)
    if subjects and intransitive and MEASURE_SYNONYMS.get(verb.lemma_.lower()) == "deaths":
        return subjects[0]  # "a teen died": death happens to the subject
    return None


def _people(noun: Token) -> list[Token]:
    """The people a noun phrase names, with those joined to it; empty when it names a
    number of them, a group, or something that is not a person."""
    joined = [noun, *(c for c in noun.conjuncts if c.i > noun.i)]
    if not all(_one_person(token) for token in joined):
        return []
    return joined


def _one_person(token: Token) -> bool:
    if token.pos_ == "PRON":
        return token.lower_ in ONE_PERSON_PRONOUNS
    if token.pos_ not in {"NOUN", "PROPN"} or token.tag_ in {"NNS", "NNPS"}:
        return False
    if any(
        c.dep_ in {"nummod", "quantmod"} or c.lower_ in {"no", "every", "each"}
        for c in token.children
    ):
        return False  # "no one", "two men": not one person, or a figure said elsewhere
    if token.ent_type_ == "PERSON":
        return True
    if person_noun(token):
        return True  # "a man", "a victim"; "a cashier", "a cyclist", "a pedestrian"
    for child in token.children:
        if "year-old" in child.lower_ or child.lower_.endswith("-old"):
            return True  # "a 17-year-old", "a 14-year-old boy"
        if child.dep_ == "relcl" and any(g.lower_ == "who" for g in child.children):
            return True  # "a student who ..."
        if child.dep_ == "appos" and (child.ent_type_ == "PERSON" or _one_person(child)):
            return True  # "a student, Braxton Bourda,", "Bourda, a student,"
    return False
