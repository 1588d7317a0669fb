"""What a length of time is the length of.

A length may be of an activity ("rescuers searched for survivors for three days",
"votes were counted over five days"), of a state ("after 44 days in office", "three
weeks in the rubble"), of what it was spent on ("six weeks of testimony"), of a prison
term ("faces up to 110 years in prison", "was sentenced to 11 years") or of the thing
the verb it completes is said of ("the partnership spans nearly eight decades"). A
thing's class names what lasts: what was signed "for two years" is an agreement.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck import lexicons
from factcheck.extract.counted import person_noun
from factcheck.extract.counted_people import GROUP_MEMBERS
from factcheck.extract.measure_words import ACTIVITY_SYNONYMS, GENERIC_NOUNS, _subject
from factcheck.extract.places import slug
from factcheck.extract.predicates import verb_above, with_particle
from factcheck.extract.subjects import THING_CLASSES, infinitive_subject


def _nominal(token: Token) -> bool:
    """A noun, or a word the tagger took for an adjective that is used as one ("the
    longest final", "the final was…")."""
    if token.pos_ in {"NOUN", "PROPN"}:
        return True
    return token.pos_ == "ADJ" and (
        token.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}
        or any(child.dep_ == "det" for child in token.children)
    )


def _time_spent_on(span: Span) -> Token | None:
    """What a stated length of time was spent on, when a noun says so right by it: "six
    weeks of testimony", "the testimony of 70 witnesses over six weeks"."""
    unit = next((t for t in reversed(span) if t.pos_ == "NOUN"), None)
    if unit is None:
        return None
    if unit.dep_ == "pobj" and unit.head.lower_ == "after":
        return None  # "went through after 20 months of fights": how long the deal took
    held = unit
    while held.dep_ == "conj" and held.head.i != held.i:
        held = held.head  # "had 8,200 and 1,100 flying hours"
    if held.dep_ == "dobj" and held.head.lemma_ == "have":
        return None  # "the captain had 8,200 hours of experience": someone's, not an event's
    for child in unit.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i >= span.end:
            for thing in child.children:
                if thing.dep_ == "pobj" and thing.pos_ == "NOUN" and _spent(thing):
                    return thing
    preposition = unit.head
    if unit.dep_ == "pobj" and preposition.lower_ in {"over", "during"}:
        thing = preposition.head
        if thing.pos_ == "NOUN" and _spent(thing):
            return thing
    return None


# where a prison term is served: "25 years in prison", "life behind bars"
CUSTODY = frozenset({"prison", "jail", "gaol", "bar", "custody", "detention", "penitentiary"})
# verbs that hand down or threaten a term: "jailed for 25 years", "sentenced to 11 years"
SENTENCING_VERBS = frozenset({"sentence", "jail", "imprison", "incarcerate"})


def _prison_term(span: Span) -> Token | None:
    """The word that makes a length of time a prison term: "(faces up to) 110 years in
    prison", "five years behind bars", "was sentenced to 11 years", "jailed for 25
    years". "Sentenced to 11 years" and "an 11-year sentence" are one measure, the
    sentence; whether it was handed down or only threatened is the claim's status."""
    unit = next((t for t in reversed(span) if t.pos_ == "NOUN"), span.root)
    for child in unit.children:
        if child.dep_ == "prep" and child.lower_ in {"in", "behind"}:
            for place in child.children:
                if place.dep_ == "pobj" and place.lemma_.lower() in CUSTODY:
                    return place
    if unit.dep_ == "pobj" and unit.head.lower_ in {"to", "for"}:
        verb = unit.head.head
        if verb.lemma_.lower() in SENTENCING_VERBS and not _term_of_something_else(unit):
            return verb
    if unit.dep_ in {"compound", "amod", "nmod"} and unit.head.lemma_.lower() in TERM_NOUNS:
        return unit.head  # "received a 21-month sentence", "a six-year prison term"
    if unit.dep_ == "pobj" and unit.head.lower_ == "of":
        term = unit.head.head  # "a sentence of 25 years", "penalties of up to 110 years"
        if term.lemma_.lower() in TERM_NOUNS:
            return term
    governor = verb_above(unit)
    if governor is not None and unit.i > governor.i:  # "faced a maximum of 110 years in prison"
        for child in governor.children:
            if child.dep_ == "prep" and child.lower_ in {"in", "behind"} and child.i > unit.i:
                if any(p.lemma_.lower() in CUSTODY for p in child.children if p.dep_ == "pobj"):
                    return child
    return None


def _term_of_something_else(unit: Token) -> bool:
    """ "sentenced to five years of supervised release", "of probation": a term, but not
    in prison."""
    return any(
        child.dep_ == "prep"
        and child.lower_ == "of"
        and any(c.dep_ == "pobj" and c.lemma_.lower() not in CUSTODY for c in child.children)
        for child in unit.children
    )


# nouns a prison term is said by: "a 21-month sentence", "penalties of up to 110 years"
TERM_NOUNS = frozenset({"sentence", "term", "penalty"})


def _many_sentenced(term: Token) -> bool:
    """The term's clause is about several people ("Five jailed for 34 years", "the
    gang members were sentenced to 50 years"): a total, or each one's, not one term."""
    verb = term if term.pos_ in {"VERB", "AUX"} else verb_above(term)
    if verb is None:
        return False
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return False
    return (
        subject.pos_ == "NUM"
        or subject.tag_ in {"NNS", "NNPS"}
        or any(c.dep_ == "nummod" for c in subject.children)
    )


# verbs that say nothing of what was done: "stayed for three days" is someone's stay,
# "spent 18 months in detention" the detention's length
NO_ACTIVITY_VERBS = frozenset(
    {"be", "have", "spend", "take", "last", "stay", "remain", "continue", "run", "go", "span"}
)


def _time_in_state(span: Span) -> Token | None:
    """The state a length of time was spent in, when the text names it with "in" after
    the length: "after 44 days in office", "ten years in power", "three weeks in the
    rubble" (not "in a row", not a place's name: "two days in Paris" is a stay)."""
    unit = duration_unit(span)
    for child in unit.children:
        if child.dep_ != "prep" or child.lower_ != "in":
            continue
        for state in child.children:
            indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in state.children)
            if state.dep_ == "pobj" and state.pos_ == "NOUN" and not indefinite:
                return state
    return None


def _activity_lasting(span: Span) -> Token | None:
    """The verb a length of time ("for three days", "over five days") measures when the
    verb names the event: people doing it ("rescuers searched for survivors for three
    days") or a passive one ("votes were counted over five days", "workers were trapped
    for five hours"). What a thing did keeps its subject ("the fire burned for 12
    hours" is the fire's length)."""
    unit = duration_unit(span)
    preposition = unit.head
    if unit.dep_ != "pobj" or preposition.lower_ not in {"for", "over", "during"}:
        return None
    verb = preposition.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() in NO_ACTIVITY_VERBS:
        return None
    if with_particle(verb) in EVENT_CLASSES and not _done_to_someone(verb):
        return verb  # "signed for two years"; not "the hostages were held for 16 hours"
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return None
    passive = subject.dep_ == "nsubjpass"
    people = subject.lower_ in PERSONAL_PRONOUNS or subject.ent_type_ in {"PERSON", "ORG", "NORP"}
    return verb if passive or people or person_noun(subject) or _group_of_people(subject) else None


def _activity_key(verb: Token) -> str:
    """An activity by its verb and what it was done to: "the airport was closed" and
    "schools were closed" are two closures ("close:airport", "close:school"); "rescuers
    searched for survivors" is the search ("search")."""
    key = with_particle(verb)
    key = ACTIVITY_SYNONYMS.get(key, key)  # "shut", "closed": one closure
    if key in EVENT_CLASSES and not _done_to_someone(verb):
        return EVENT_CLASSES[key]  # "signed for two years": the agreement's length
    done_to = next(
        (c for c in verb.children if c.dep_ in {"nsubjpass", "dobj"} and c.pos_ == "NOUN"), None
    )
    made = THING_CLASSES.get(done_to.lemma_.lower()) if done_to is not None else None
    if made and made in MADE_CLASSES.get(key, ()):
        return made  # "signed his contract for two years": the agreement's
    return f"{key}:{slug(done_to.lemma_.lower())}" if done_to is not None else key


def _done_to_someone(verb: Token) -> bool:
    """The verb has a passive subject or an object: what lasted is what was done to
    them ("the hostages were held for 16 hours", "police held him for three days"), not
    the thing the verb makes; "Ronaldo signed for two years" has neither."""
    return any(c.dep_ in {"nsubjpass", "dobj", "auxpass"} for c in verb.children)


# the verb that makes a thing of a class that lasts as long as what is done "for" a
# length: "sign" makes an agreement, so what was signed "for two years" is a two-year
# agreement (the `thing_events` table's "lasts" rows; the first class it lists for an
# event: an agreement, not an MoU). "held for two days" and "played for two years"
# are not the length of a meeting or a match.
EVENT_CLASSES: dict[str, str] = {}
# every event with the classes of things it is said of: "the summit was held for two
# days" is a meeting's length, as a summit is a meeting (`things`)
MADE_CLASSES: dict[str, set[str]] = {}
for _row in lexicons.rows("thing_events"):
    MADE_CLASSES.setdefault(_row[1], set()).add(_row[0])
    if len(_row) > 2 and _row[2] == "lasts":
        EVENT_CLASSES.setdefault(_row[1], _row[0])


def _group_of_people(noun: Token) -> bool:
    """ "rescue teams", "the crew", "police": a noun for a body of people."""
    return noun.lemma_.lower() in GROUP_MEMBERS or noun.lemma_.lower() in PEOPLE_GROUPS


PERSONAL_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they"})
# bodies of people that do things: "rescue teams searched", "police questioned him"
PEOPLE_GROUPS = frozenset({"team", "crew", "police", "force", "troop", "squad", "army", "staff"})


def _spent(thing: Token) -> bool:
    """A noun time is spent on, not a measure or a person ("weeks of testimony", not
    "years of age" or "months of people")."""
    lemma = thing.lemma_.lower()
    return lemma not in GENERIC_NOUNS and not person_noun(thing) and lemma not in {"age"}


def duration_unit(span: Span) -> Token:
    """The unit word a length of time hangs from in the parse: "hours" of "four hours and
    55 minutes"."""
    unit = next((t for t in reversed(span) if t.pos_ == "NOUN"), span.root)
    # spaCy makes a new Token for every `.head`, so a root is known by its index, not by `is`
    while unit.head.i != unit.i and span.start <= unit.head.i < span.end:
        unit = unit.head
    return unit


def _lasting_thing(span: Span) -> Token | None:
    """What a stated duration is the length of: the subject of the verb it completes
    ("the partnership spans nearly eight decades", "goes back over eight decades"), or the
    noun that verb describes ("a partnership extending for nearly eight decades")."""
    unit = duration_unit(span)
    verb = unit.head
    if unit.dep_ == "pobj":
        verb = verb.head
    elif unit.dep_ not in {"dobj", "npadvmod"}:  # "lasted four hours"
        return None
    if verb.pos_ != "VERB" and verb.lemma_ != "be":  # "At four hours, the final was…"
        return None
    subject = _subject(verb)
    if subject is not None and _nominal(subject):
        return subject
    if verb.dep_ in {"acl", "relcl"} and _nominal(verb.head):
        return verb.head  # "the final, which ran to 4 hours"
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and subject is None:
        # a participle's subject is the main clause's: "Lasting four hours, the final was…"
        main = _subject(verb.head)
        if main is not None and main.pos_ == "PRON" and verb.head.lemma_ == "be":
            # "…, it was the longest final": what "it" is
            main = next((c for c in verb.head.children if c.dep_ == "attr"), main)
        if main is not None and main.pos_ in {"NOUN", "PROPN", "ADJ"}:
            return main
    return infinitive_subject(verb)
