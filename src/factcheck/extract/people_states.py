"""Where counted people are, and the state their clause puts them in.

Counted people are often keyed by where they were rather than by the noun that counts
them: "the plane was carrying 162 passengers", "169 people on board", "87 workers
inside the mine" (the `people_states` lexicon names the states). Others are counted by
what their clause says of them: "2,000 people were buried", "three of them pleaded
guilty", "six remain in hospital", "eight were hurt, five of them in critical
condition", "nearly 2 million people lost power".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck import lexicons
from factcheck.extract.counted import COUNT_NOUNS, counted_noun, person_noun
from factcheck.extract.measure_words import (
    GENERIC_NOUNS,
    IMPLIED_STATES,
    NEUTRAL_VERBS,
    PEOPLE_STATES,
)
from factcheck.extract.places import slug
from factcheck.extract.predicates import with_particle
from factcheck.normalise.amounts import AmountMention

# verbs whose subject is the people ("passengers were travelling"), not their object
SUBJECT_STATES = frozenset(
    row[0] for row in lexicons.rows("people_states") if row[2:3] == ("subject",)
)


def _total_of(counted: Token) -> Token:
    """The count noun a counted noun is "of" ("a total of 110 workers"), whose verb says
    what happened to them; else the noun itself."""
    if counted.dep_ == "pobj" and counted.head.lower_ == "of":
        if counted.head.head.lemma_ in COUNT_NOUNS:
            return counted.head.head
    return counted


VEHICLES = lexicons.words("vehicles")

# states whose people are counted as one, whatever noun names them: "87 workers inside
# the mine" and "110 miners were at work" count the same people ("91 passengers" on
# board are a part of everyone on board)
POOLED_STATES = frozenset({"present"})


def people_state(noun: Token) -> str | None:
    """Where counted people are, as a measure ("on-board"), from the verb that holds them
    ("the plane was carrying 162 passengers") or a phrase on them or their verb ("169
    people on board", "were aboard"); the `people_states` lexicon names the words."""
    noun = _total_of(noun)  # "a total of 110 workers were working": the total's verb
    verb = noun.head if noun.dep_ in {"dobj", "nsubj", "nsubjpass", "attr"} else None
    if verb is not None and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return None  # "the A380 can carry 555 passengers": what it holds, not who was there
    if verb is not None and (
        noun.dep_ == "dobj" or (noun.dep_ == "nsubj" and verb.lemma_.lower() in SUBJECT_STATES)
    ):
        found = PEOPLE_STATES.get(verb.lemma_.lower())
        if found == "present" and verb.tag_ in {"VBZ", "VBP"}:
            return None  # "300 people work at the plant": its workforce, not who was there
        if found:
            return found
    if verb is not None and noun.dep_ == "nsubj" and _were_at_the_place(verb):
        return "present"  # "a total of 110 workers were at the mine"
    for holder in [noun, *([verb] if verb is not None else [])]:
        for child in holder.children:
            if child.dep_ in {"advmod", "prep"} and child.lower_ in PEOPLE_STATES:
                return PEOPLE_STATES[child.lower_]  # "aboard"
            if child.dep_ == "prep" and child.lower_ in {"on", "at", "in", "inside"}:
                for place in child.children:
                    if place.dep_ in {"pobj", "pcomp"} and place.lower_ in PEOPLE_STATES:
                        return PEOPLE_STATES[place.lower_]  # "on board", "at work"
                    if place.dep_ == "pobj" and place.lemma_.lower() in VEHICLES:
                        return "on-board"  # "46 people on the bus", "were in the car"
    if noun.dep_ == "conj" and noun.head.pos_ in {"NOUN", "PROPN"}:
        return people_state(noun.head)  # "carrying 91 passengers and a crew of eight"
    if noun.dep_ == "pobj" and noun.head.lower_ == "including":
        return _state_of_the_whole(noun.head.head)  # "99 aboard, including 85 passengers"
    return None


def _people_by_state(span: Span, verb: Token, mention: AmountMention) -> bool:
    """People the noun says nothing of but "people" are counted by what their verb says
    of them, in any event's words: "2,000 people were buried", "affected about 7,800
    people"; not one person, nor a verb that says nothing ("were reported"), nor what
    people did themselves ("lost their homes", "live in the building")."""
    counted = counted_noun(span)
    if counted is None or counted.pos_ != "NOUN" or mention.amount.kind != "count":
        return False
    lemma = counted.lemma_.lower()
    if lemma not in GENERIC_NOUNS or not person_noun(counted) or mention.amount.value == 1:
        return False
    if verb.pos_ != "VERB" or verb.lemma_.lower() in NEUTRAL_VERBS:
        return False
    # what was done to them ("were buried", "affected 7,800 people"); what people did
    # says where they are or went ("live in the building", "moved to shelters"): no tally
    role = _total_of(counted)
    if role.dep_ == "dobj" and verb.dep_ == "xcomp" and role.head.i == verb.head.i:
        return True  # "forced 30,000 people to flee": made to
    return role.dep_ in {"dobj", "nsubjpass"} and role.head.i == verb.i


# verbs that put their subject in the state their complement names ("remain in hospital")
STATE_VERBS_OF_PEOPLE = frozenset({"be", "remain", "stay", "lie"})


def _people_in_a_state(span: Span, verb: Token, mention: AmountMention) -> str | None:
    """People counted by the state their clause puts them in, in any event's words:
    "three of them pleaded guilty" (plead-guilty), "two had pleaded not guilty"
    (plead-not-guilty), "four people were found guilty", "five of the children are in
    critical condition" (in-critical-condition), "12 remain in hospital"; things keep
    their noun ("three buildings remain in ruins": building:in-ruins). Not one, nor
    where they were ("two of the cars were in the garage", "in London")."""
    if mention.amount.kind != "count" or mention.amount.value == 1:
        return None
    counted = counted_noun(span)
    kind = ""  # people are pooled by their state; things keep their noun
    if counted is not None and counted.pos_ == "NOUN" and not person_noun(counted):
        lemma = counted.lemma_.lower()
        kind = "" if lemma in GENERIC_NOUNS else f"{slug(lemma)}:"
    own = _own_state(span.root)
    if own is not None:  # "eight were hurt, five of them in critical condition"
        return f"{kind}{own}"
    subject = span.root.head if span.root.dep_ == "nummod" else span.root
    while subject.dep_ == "conj":  # "both adults and five of the children are in ..."
        subject = subject.head
    if subject.dep_ not in {"nsubj", "nsubjpass"} or subject.head.i != verb.i:
        return None
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    state = _state_of(verb)
    if state is not None:
        return f"{kind}{state}"
    return _what_they_did(span, subject, verb, counted)


def _what_they_did(span: Span, subject: Token, verb: Token, counted: Token | None) -> str | None:
    """What counted subjects did or underwent, when the verb says something of them:
    people by the act and its object ("nearly 2 million people lost power": lose-power),
    a part of named things by the noun and the verb ("11 of the 29 miners had been
    brought to the surface": miner:bring). Not a verb that only reports or holds ("were
    reported", "received aid"), nor an object that is a pronoun or a name."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() in NEUTRAL_VERBS:
        return None
    if counted is None or counted.pos_ != "NOUN" or any(c.dep_ == "neg" for c in verb.children):
        return None
    lemma = counted.lemma_.lower()
    done = next((c for c in verb.children if c.dep_ in {"dobj", "xcomp"}), None)
    partitive = subject.i == span.root.i and counted.i > span.root.i  # "11 of the miners"
    if partitive and lemma not in GENERIC_NOUNS:
        # "five of the 12 jurors voted to convict": what they voted for is part of it
        act = slug(" ".join([with_particle(verb), *([done.lemma_.lower()] if done else [])]))
        return f"{slug(lemma)}:{act}"
    if lemma not in GENERIC_NOUNS or not person_noun(counted) or subject.dep_ != "nsubj":
        return None
    if done is None or done.dep_ != "dobj" or done.pos_ != "NOUN" or done.ent_type_:
        return None
    if done.lemma_.lower() in GENERIC_NOUNS:
        return None
    return slug(f"{with_particle(verb)} {done.lemma_.lower()}")


def _state_joined(span: Span, mention: AmountMention) -> str | None:
    """The state of a count the parse joins to another phrase, not to the verb: in
    apposition ("eight were hurt, five of them in critical condition") or as a second
    subject ("both adults and five of the children are in critical condition")."""
    number = span.root
    if mention.amount.kind != "count" or number.dep_ not in {"appos", "conj"}:
        return None
    subject = number
    while subject.dep_ == "conj":
        subject = subject.head
    if subject.dep_ in {"nsubj", "nsubjpass"} and subject.i != number.i:
        return _people_in_a_state(span, subject.head, mention)
    return _people_in_a_state(span, number.head, mention) if number.dep_ == "appos" else None


def _own_state(number: Token) -> str | None:
    """The state a count in apposition gives its own people: "five of them in critical
    condition"."""
    if number.dep_ != "appos":
        return None
    return next((s for p in number.children if (s := _in_state(p)) is not None), None)


def _in_state(prep: Token) -> str | None:
    """ "in critical condition", "in hospital": a state; not where ("in the car", "in
    London")."""
    state = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if prep.dep_ != "prep" or prep.lower_ != "in" or state is None or state.pos_ != "NOUN":
        return None
    if state.ent_type_ or any(c.lower_ == "the" for c in state.children):
        return None
    qualifiers = [c.lemma_ for c in state.lefts if c.dep_ in {"amod", "compound"}]
    return slug(" ".join(["in", *qualifiers, state.lemma_]))


def _state_of(verb: Token) -> str | None:
    """The state a verb puts its subject in: "pleaded guilty", "remain in hospital"."""
    negated = any(c.dep_ == "neg" for c in verb.children)
    for child in verb.children:
        if child.dep_ in {"acomp", "oprd"} and child.pos_ == "ADJ":  # "pleaded guilty"
            negated = negated or any(c.dep_ == "neg" for c in child.children)
            return slug(f"{verb.lemma_} {'not ' if negated else ''}{child.lemma_}")
    if verb.lemma_.lower() not in STATE_VERBS_OF_PEOPLE or negated:
        return None
    return next((s for p in verb.children if (s := _in_state(p)) is not None), None)


def _were_at_the_place(verb: Token) -> bool:
    """ "were at the mine", "were inside the building": people who were at a definite place
    when it happened; not "are at risk" (a state, and now), not "were in hospital"."""
    if verb.lemma_ != "be" or verb.tag_ != "VBD":
        return False
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in {"at", "inside"}:
            for place in child.children:
                if (
                    place.dep_ == "pobj"
                    and place.pos_ == "NOUN"
                    and any(d.dep_ == "det" and d.lower_ == "the" for d in place.children)
                ):
                    return True
    return False


def _state_of_the_whole(whole: Token) -> str | None:
    """Where the people are whom "including" takes a part of: the state of the counted
    people it hangs from, or of the place word above it ("aboard the plane, including")."""
    for token in [whole, *whole.ancestors]:
        if token.lower_ in PEOPLE_STATES and token.pos_ in {"ADP", "ADV"}:
            return PEOPLE_STATES[token.lower_]
        if token.pos_ == "NOUN" and person_noun(token):
            return people_state(token)
        if token.pos_ in {"VERB", "AUX"}:
            return None
    return None


def _joined_people(noun: Token) -> bool:
    """Another kind of people is joined to these ("passengers and a crew of eight")."""
    return any(
        person_noun(other) or other.lemma_.lower() in IMPLIED_STATES for other in noun.conjuncts
    )
