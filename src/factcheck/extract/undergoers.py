"""Who or what an event happened to: the named person ("Smith was arraigned"), the
thing ("the store was robbed", "the establishment of relations"), or, for a verb
that only says an event took place, the event its subject names ("the inauguration
took place"). Two people's pleas, or the first lawsuit and the second, are two events.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck.extract.context import ArticleContext, entity_around
from factcheck.extract.counted import person_noun
from factcheck.extract.measures import GENERIC_NOUNS, PERSON_NOUNS
from factcheck.extract.names import name_parts
from factcheck.extract.people import person_key
from factcheck.extract.predicates import (
    LIGHT_VERBS,
    PHRASAL_PREDICATES,
    predicate_of,
    whole_lemma,
)
from factcheck.extract.subjects import THING_CLASSES


def thing_undergoing(event: Token) -> str | None:
    """The thing an event is done to, when it is not a person ("the hearing was set" is
    not "the sentencing was set"); a light verb's subject is the event itself ("the
    hearing took place"), and the object of a phrasal verb is part of the verb."""
    if event.pos_ == "NOUN":  # "the establishment of diplomatic relations"
        for child in event.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in child.children:
                    lemma = obj.lemma_.lower()
                    if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and lemma not in PERSON_NOUNS:
                        return _which(obj) if lemma not in GENERIC_NOUNS else None
        return None
    verb = event.lemma_.lower()
    deps = {"nsubjpass", "dobj"}
    if verb in LIGHT_VERBS or predicate_of(event) in {"hold", "start"}:
        deps.add("nsubj")  # "the counting of votes began": what began is the counting
    for child in event.children:
        if child.dep_ in deps and child.pos_ == "NOUN":
            lemma = child.lemma_.lower()
            if (verb, child.lower_) in PHRASAL_PREDICATES:
                continue  # "take place": not a place that was taken
            if lemma not in PERSON_NOUNS and lemma not in GENERIC_NOUNS:
                return _which(child)
    head = event.head
    if (
        event.dep_ == "acl"
        and event.tag_ == "VBN"
        and head.pos_ == "NOUN"
        and event.sent.root.pos_ in {"VERB", "AUX"}
    ):
        # "the runoff held on May 28", "the store robbed on Friday": what was done to; in
        # a sentence the parse gave no verb for a root, the participle is its misread verb
        # ("The tunnel caved in on Sunday night", "Counting of votes ended on Sunday")
        if not person_noun(head) and head.lemma_.lower() not in GENERIC_NOUNS:
            return _which(head)
    return None


# words that tell one thing of a kind from another of the same kind
SEQUENCE_WORDS = frozenset({"last", "next", "previous", "latest", "earlier", "original", "new"})


def _which(thing: Token) -> str:
    """A thing's lemma, with the ordinal that tells it from others of its kind ("the
    first lawsuit was settled in 1981" is not "that lawsuit was settled in 1991", nor
    "another rifle" the rifle bought before)."""
    lemma = whole_lemma(thing)
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in thing.children):
        # "the blaze started", "the fire started": one thing, named by its class; "a
        # strong tremor was felt" after "the quake" may be another
        lemma = THING_CLASSES.get(lemma, lemma)
    for child in thing.lefts:
        if child.dep_ == "det" and child.lower_ == "another":
            return f"another-{lemma}"  # "bought another rifle on March 20": a second one
        if child.dep_ == "amod" and (
            child.ent_type_ == "ORDINAL" or child.lower_ in SEQUENCE_WORDS
        ):
            return f"{child.lower_}-{lemma}"
    return lemma


RELATIVE_PRONOUNS = frozenset({"who", "whom", "that", "which"})
# pronouns that stand for one person named before
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})


def _participants(event: Token) -> list[Token]:
    """Who an event happened to, else who did it; a relative pronoun stands for the noun
    its clause describes ("Will Campbell, who was arrested Monday")."""
    found: list[Token] = []
    if event.pos_ == "NOUN":  # "Smith's arrest", "her conviction"
        return [child for child in event.children if child.dep_ == "poss"]
    for deps in ({"nsubjpass", "dobj"}, {"nsubj"}):
        for child in event.children:
            if child.dep_ not in deps:
                continue
            if child.lower_ in RELATIVE_PRONOUNS and event.dep_ == "relcl":
                child = event.head
            found.append(child)
        if found:
            return found
    return found


def named_agent(context: ArticleContext, event: Token) -> str | None:
    """The named person a verb's active subject is ("Agrawal joined Twitter", "he
    founded the firm"), as `named_undergoer` keys them."""
    subjects = [child for child in event.children if child.dep_ == "nsubj"]
    return _person_among(context, subjects)


def named_undergoer(context: ArticleContext, event: Token) -> str | None:
    """The named person an event happened to, or who did it ("Smith was arraigned",
    "Coburn pleaded guilty"): two people's pleas are two events."""
    return _person_among(context, _participants(event))


def _person_among(context: ArticleContext, words: list[Token]) -> str | None:
    """The key of the first of these words that names a person, or a pronoun the
    article's context resolves to one."""
    for child in words:
        entity = entity_around(child)
        if child.lower_ in PERSON_PRONOUNS:
            entity = context.person_before(child.i)  # "a jury convicted her", "his arrest"
            if entity is None:
                continue
            first, last = name_parts(entity.text)
        elif child.ent_type_ == "PERSON" and entity is not None:
            first, last = name_parts(entity.text)
            if not first and last not in context.people:
                continue  # "Ian came ashore": one word the article gave no one as a name
        elif child.text[:1].isupper() and name_parts(child.text)[1] in context.people:
            first, last = "", name_parts(child.text)[1]  # a surname the article named before
        else:
            continue
        if last:
            return person_key(*context.people.get(last, (first, last)))
    return None
