"""The event words the checker knows, by the predicate class they report."""

from __future__ import annotations

from spacy.tokens import Token

from factcheck import lexicons
from factcheck.nlp import known_verbs

# lemma → predicate class, for verbs
VERB_PREDICATES: dict[str, str] = lexicons.mapping("event_verbs")
# nouns that name an event ("the inauguration of", "the signing of")
NOUN_PREDICATES: dict[str, str] = lexicons.mapping("event_nouns")
# phrasal forms: (lemma, particle or object) → class
PHRASAL_PREDICATES: dict[tuple[str, str], str] = {
    (row[0], row[1]): row[2] for row in lexicons.rows("event_phrasal")
}
# phrases that say the event only of what their fourth column names ("the plane came
# down" is a crash; "prices came down" is not)
PHRASAL_SUBJECTS: dict[tuple[str, str], frozenset[str]] = {
    (row[0], row[1]): lexicons.words(row[3]) for row in lexicons.rows("event_phrasal") if row[3:]
}
PHRASAL_VERBS = frozenset(verb for verb, _ in PHRASAL_PREDICATES)
# verbs of reporting and publishing: what they date is when something was said
REPORTING_VERBS = lexicons.words("reporting_verbs")
# verbs of saying that make the event or state their object names
SAYING_ACTS = lexicons.words("saying_acts")
# verbs that only say an event took place: their subject names the event ("the shooting
# happened on Sunday")
LIGHT_VERBS = frozenset({"happen", "occur", "unfold"})
# verbs that say an event took place only when their subject names one and no particle
# makes them a phrase: "the verdict came on Friday" ("the plane came down" is a crash)
SUBJECT_LIGHT_VERBS = frozenset({"come"})
# a meeting that "opens" or "gets under way" is being held
MEETING_START = {"open", "start"}


def whole_lemma(token: Token) -> str:
    """A word's lemma with the words a hyphen joins to it before it, written as one word
    as the other spelling is: "runoff", "shootout", "ceasefire" (spaCy splits "run-off",
    and the last part alone is no word)."""
    doc, start = token.doc, token.i
    parts = [token.lemma_.lower()]
    while (
        start >= 2
        and doc[start - 1].text in {"-", "\u2011"}
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
        and doc[start - 2].is_alpha
    ):
        parts.insert(0, doc[start - 2].lower_)
        start -= 2
    return "".join(parts)


def noun_predicate(token: Token) -> str | None:
    """The predicate class a noun names, by its whole hyphened word first ("run-off")."""
    return NOUN_PREDICATES.get(whole_lemma(token)) or NOUN_PREDICATES.get(token.lemma_.lower())


def predicate_of(token: Token) -> str | None:
    """The predicate class of an event word, or None when the word is not one."""
    lemma = token.lemma_.lower()
    if token.pos_ in {"VERB", "AUX"} or token.tag_.startswith("VB"):
        if lemma not in PHRASAL_VERBS:
            return VERB_PREDICATES.get(lemma)
        for child in token.children:
            if child.dep_ in {"prt", "dobj", "pobj", "prep", "advmod", "oprd", "acomp", "ccomp"}:
                for key in [(lemma, child.lower_), *((lemma, g.lower_) for g in child.children)]:
                    if key in PHRASAL_PREDICATES:
                        return PHRASAL_PREDICATES[key] if _fits(token, key) else None
        return VERB_PREDICATES.get(lemma)
    if token.pos_ == "NOUN":
        return noun_predicate(token)
    return None


def _fits(verb: Token, phrase: tuple[str, str]) -> bool:
    """The phrase says its event of this verb's subject: a word of the phrase's list, a
    name or a pronoun ("the plane came down", "Flight AI171 came down", "it came down");
    "gave way" followed by "to" is a change, not a collapse ("gave way to new rules")."""
    near = [*verb.children, *(g for c in verb.children for g in c.children)]
    if phrase == ("give", "way") and any(
        t.dep_ in {"prep", "dative"} and t.lower_ == "to" for t in near
    ):
        return False
    allowed = PHRASAL_SUBJECTS.get(phrase)
    if allowed is None:
        return True
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return verb.dep_ in {"pcomp", "advcl", "conj", "xcomp"}  # "after taking off"
    return (
        subject.lemma_.lower() in allowed
        or subject.pos_ in {"PROPN", "PRON"}
        or subject.tag_ in {"WDT", "WP"}
    )


def with_particle(verb: Token) -> str:
    """An open-vocabulary verb's class: its lemma, with its particle where it has one
    ("took out $42 billion" is "take-out", not what "took back the bank" is)."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    lemma = verb.lemma_.lower()
    return f"{lemma}-{particles[0]}" if particles else lemma


def event_named_by_subject(verb: Token, predicate: str) -> str | None:
    """The event a light verb's subject names ("the inauguration took place", "the
    shooting happened", "the ceremony was held"), as that noun's predicate class."""
    lemma = verb.lemma_.lower()
    particled = any(c.dep_ == "prt" for c in verb.children)
    if (
        predicate != "hold"
        and lemma not in LIGHT_VERBS
        and (lemma not in SUBJECT_LIGHT_VERBS or particled)
    ):
        return None
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"} and child.pos_ == "NOUN":
            return noun_predicate(child)
        if child.dep_ == "nsubj" and child.tag_ == "WDT" and verb.dep_ == "relcl":
            if verb.head.pos_ == "NOUN":  # "the crash, which happened just before midnight"
                return noun_predicate(verb.head)
    return None


# verbs that name no event of their own but take one as their object: "made landfall",
# "made his debut", "paid a visit", "staged a protest", "carried out an attack"
OBJECT_LIGHT_VERBS = frozenset(
    {"make", "pay", "stage", "conduct", "carry", "mount", "undertake", "return", "deliver", "reach"}
)  # "returned a guilty verdict", "delivered its ruling"


def event_of_light_verb(verb: Token) -> str | None:
    """The event a light verb's object names, as its predicate class or its lemma: "Milton
    made landfall on Wednesday" is a landfall, "paid a visit" a visit."""
    if verb.lemma_.lower() not in OBJECT_LIGHT_VERBS:
        return None
    thing = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if thing is None:
        return None
    lemma = thing.lemma_.lower()
    return NOUN_PREDICATES.get(lemma, lemma)


def verb_above(token: Token) -> Token | None:
    """The first verb above a word in the parse: the verb of the clause it is in."""
    return next((t for t in token.ancestors if t.pos_ in {"VERB", "AUX"}), None)


def verb_of_gerund(lemma: str) -> str | None:
    """The verb a noun is made from by "-ing" ("counting" → "count", "polling" → "poll",
    "running" → "run"), when the lemmatizer knows it as a verb."""
    if not lemma.endswith("ing"):
        return None
    stem = lemma[:-3]
    doubled = stem[:-1] if stem[-1:] == stem[-2:-1] else ""
    verbs = known_verbs()
    return next((verb for verb in (stem, stem + "e", doubled) if verb and verb in verbs), None)
