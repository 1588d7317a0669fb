"""What happened to a named person: killed, injured, shot, survived, unhurt.

Reports of one shooting, crash or disaster name its victims and say what became
of each: "Jordan Baker was killed", "Brewer, 20, was wounded", "He survived",
"Smith was not hurt". Two reports that give one person two fates that cannot
both be true ("killed" and "survived", "shot" and "unhurt") disagree on a
checkable fact, whatever the event.

The fate is read from the parse, not from a list of events: the clause whose
verb (or the state word its verb takes: "found dead", "shot dead", "left
unharmed") names a measure news counts (`measures.measure_named`: deaths,
injured, shot, and "rescued" for "survived"), and the person it happened to —
the passive subject, the object, the subject of "died" or "survived", or the
subject of a copula with such a state ("was among the dead", "is alive", "was
unhurt"). The person is a name, the name in apposition to a noun ("a student,
Braxton Bourda,"), the antecedent of "who", or the one "he"/"she" stands for
(`ArticleContext.person_before`, only for the one person named as a subject
in its sentence or the one before), or the one unnamed victim a later "police
identified him as X" names. A negated verb of harm says the opposite ("was not
injured": unhurt; "did not survive": dead; "shot but not killed" denies only the
death); a negated state, a modal, a near miss ("nearly died"), an intent ("tried
to kill"), a question ("whether he survived"), a belief ("feared dead"), a shot
"at" someone, or the past of another event says nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import cast, get_args

from spacy.tokens import Span, Token

from factcheck import lexicons
from factcheck.extract.context import ArticleContext, entity_around, extractor, new_claim
from factcheck.extract.counted import person_noun
from factcheck.extract.harms import STATE_VERBS, harmed
from factcheck.extract.measures import measure_named, stated_measure, told_of_an_earlier_event
from factcheck.extract.names import fold, name_parts
from factcheck.extract.people import generation_of, named_person, person_key, told_of_the_past
from factcheck.extract.status import status_of
from factcheck.extract.victims import (
    NEAR_MISS,
    ONE_PERSON_PRONOUNS,
    state_after_object,
    undergoer,
)
from factcheck.models import Claim, Fate, FateValue

# a measure's name, as the fate of one person it happened to
FATE_OF_MEASURE: dict[str, Fate] = {
    "deaths": "dead",
    "injured": "injured",
    "shot": "shot",
    "rescued": "alive",
}
# what "not" makes of a fate: not hurt is unhurt, not surviving is dying; "was not
# killed" says only what did not happen
NEGATED_FATE: dict[str, Fate] = {"injured": "unhurt", "shot": "unhurt", "alive": "dead"}
FATES: frozenset[str] = frozenset(get_args(Fate))
# states that name no measure: "unhurt", "unharmed", "alive"
FATE_WORDS: dict[str, Fate] = {
    word: cast(Fate, fate) for word, fate in lexicons.mapping("fate_words").items() if fate in FATES
}
# verbs that put their subject in the state their complement names

RELATIVE_PRONOUNS = frozenset({"who", "whom", "that"})
# the subject of these undergoes what they name ("Smith died", "Smith survived")
UNDERGOING_SUBJECTS = frozenset({"dead", "alive"})


@extractor("fate")
def fate_claims(context: ArticleContext, sentence: Span) -> Iterator[Claim]:
    if told_of_the_past(context, sentence):
        return  # "in 2003 Smith was shot": another event's victim
    said: set[tuple[str, str]] = set()
    for word in sentence:
        named = _identified(context, word)
        found = _fate_at(word) if named is None else named
        if found is None:
            continue
        fate, undergone, words = found
        people = list(_people(context, word, undergone))
        if not people and _one_unnamed(undergone):
            told = (fate, undergone.lemma_.lower(), sentence.start)  # "a man was killed"
            before = context.unnamed_fate
            other = before is not None and before[2] == sentence.start and before[1] != told[1]
            context.unnamed_fate = None if other else told  # "a man was killed and a
            # woman injured": which one a later name is for is unsaid
        for person in people:
            resolved = named_person(context, person)
            if resolved is None or _shared_family_name(context, person):
                continue
            subject = f"person:{person_key(*resolved)}{generation_of(person.text)}"
            if (subject, fate) in said:
                continue
            said.add((subject, fate))
            yield new_claim(
                context,
                sentence,
                [*person, *words],
                subject=subject,
                predicate="fate",
                value=FateValue(fate=fate, person=person.text),
            )


def _fate_at(word: Token) -> tuple[Fate, Token, list[Token]] | None:
    """(fate, whom it befell, the words that say so) of the clause `word` heads."""
    if word.pos_ not in {"VERB", "AUX"} or word.dep_ == "xcomp":
        return None  # "tried to kill", "threatened to shoot": not done
    if told_of_an_earlier_event(word) or _not_quite(word):
        return None
    if _asked(word) or word.lemma_.lower() in BELIEF_VERBS:
        return None  # "unclear whether Smith survived", "was feared dead": not known
    state = _copula_state(word)
    if state is not None:
        fate, state_word = state
        subject = next((c for c in word.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or _negated(word):
            return None  # "was not among the dead", "is not dead"
        return fate, subject, [word, state_word]
    named = state_after_object(word) or stated_measure(word) if word.pos_ == "VERB" else word
    said = FATE_OF_MEASURE.get(measure_named(named) or "")
    if said is None:
        return harmed(word)  # "suffered a gunshot wound", "is in critical condition"
    if named.dep_ == "xcomp" or _aimed_at(named):
        return None  # "tried to kill", "was shot at": meant or missed, not done
    if said == "alive" and any(c.dep_ == "auxpass" for c in word.children):
        return None  # "Smith is survived by her husband": she died
    fate = said
    negation = word if named.i == word.i or _negated(word) else named
    if _negated(negation):
        if any(c.dep_ == "advmod" for c in negation.children):
            return None  # "was not seriously injured": hurt, if not badly
        negated = NEGATED_FATE.get(fate)
        if negated is None:
            return None  # "shot but not killed": the death is denied, not the shooting
        fate = negated
    elif status_of(word) not in {"done", "ongoing"}:
        return None  # "is expected to survive", "would have died"
    undergone = _undergoer(word, fate, named)
    return (fate, undergone, [word, named]) if undergone is not None else None


# verbs that give the name of someone told of before: "police identified him as X",
# "the victim was named as X"
NAMING_VERBS = frozenset({"identify", "name"})
# how far back, in sentences, an unnamed person's fate may be named
IDENTIFIED_WITHIN = 3
# the noun that names whoever a fate befell, whatever the sentence before called them
VICTIM = "victim"


def _identified(context: ArticleContext, verb: Token) -> tuple[Fate, Token, list[Token]] | None:
    """ "A man was killed. Police identified him as John Smith": the fate of the one
    unnamed person a sentence or two before told, for the name given to them."""
    if verb.lemma_.lower() not in NAMING_VERBS or context.unnamed_fate is None:
        return None
    fate, noun, told_at = context.unnamed_fate
    if not _within_sentences(verb.doc[told_at], verb, IDENTIFIED_WITHIN):
        return None
    if _someone_else_since(verb.doc[told_at].sent.end, verb, noun):
        return None  # "A woman was killed. A man was arrested. Police identified him as X"
    named = next(
        (
            pobj
            for prep in verb.children
            if prep.dep_ == "prep" and prep.lower_ == "as"
            for pobj in prep.children
            if pobj.dep_ == "pobj" and pobj.ent_type_ == "PERSON"
        ),
        None,
    )
    whom = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    if named is None or whom is None or not _one_unnamed(whom):
        return None
    if whom.pos_ == "NOUN" and whom.lemma_.lower() not in {noun, VICTIM}:
        return None  # "identified the suspect as X": someone else than the one who died
    return cast(Fate, fate), named, [verb, named]


def _within_sentences(first: Token, last: Token, most: int) -> bool:
    """`last` stands in `first`'s sentence or one of the `most` - 1 after it."""
    sentence = first.sent
    for _ in range(most):
        if last.i < sentence.end:
            return True
        if sentence.end >= len(first.doc):
            return False
        sentence = first.doc[sentence.end].sent
    return False


def _someone_else_since(start: int, verb: Token, noun: str) -> bool:
    """One person other than the one told of, brought in between (`start` to the
    naming verb): a pronoun may then stand for either."""
    return any(
        token.pos_ == "NOUN"
        and token.tag_ == "NN"
        and person_noun(token)
        and token.lemma_.lower() not in {noun, VICTIM}
        for token in verb.doc[start : verb.i]
    )


def _one_unnamed(token: Token) -> bool:
    """One person not named: "a man", "the victim", "him" (not a name, not people)."""
    if token.ent_type_ == "PERSON" or token.tag_ in {"NNS", "NNPS"}:
        return False
    return token.lower_ in ONE_PERSON_PRONOUNS or (token.pos_ == "NOUN" and person_noun(token))


def _negated(word: Token) -> bool:
    return any(c.dep_ == "neg" for c in word.children)


# what makes a clause a question: "whether Smith survived", "if he had been shot"
QUESTION_MARKS = frozenset({"whether", "if"})
# verbs that hold a fate for likely, not known: "was feared dead", "is believed killed"
BELIEF_VERBS = frozenset({"fear", "believe", "presume", "think", "suspect"})
# verbs of undergoing that take no object: "the man who died", never "the man he died"
INTRANSITIVE_FATES = frozenset({"die", "perish", "drown"})


def _asked(verb: Token) -> bool:
    """The clause, or one it depends on, is a question or a condition: "it was not
    clear whether Smith survived", "if he had been shot"."""
    for clause in [verb, *list(verb.ancestors)[:3]]:
        if any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in clause.children):
            return True
    return False


def _aimed_at(verb: Token) -> bool:
    """ "was shot at", "fired at": aimed at, which may have missed."""
    return any(
        c.dep_ == "prep" and c.lower_ == "at" and not list(c.children) for c in verb.children
    )


def _not_quite(verb: Token) -> bool:
    """ "nearly died", "could have been killed", "may not survive": it did not happen."""
    return any(
        child.lower_ in NEAR_MISS or (child.dep_ in {"aux", "auxpass"} and child.tag_ == "MD")
        for child in verb.children
    )


def _copula_state(verb: Token) -> tuple[Fate, Token] | None:
    """ "was unhurt", "is alive", "was among the dead", "are the two survivors": the fate
    a state verb's complement names."""
    if verb.lemma_.lower() not in STATE_VERBS:
        return None
    for child in verb.children:
        candidates = []
        if child.dep_ in {"acomp", "attr", "oprd"}:
            candidates.append(child)
        if child.dep_ == "prep" and child.lower_ == "among":
            candidates += [c for c in child.children if c.dep_ == "pobj"]
        for state in candidates:
            fate = FATE_WORDS.get(state.lower_) or FATE_OF_MEASURE.get(measure_named(state) or "")
            if fate is not None and fate != "shot":
                return fate, state
    return None


def _undergoer(verb: Token, fate: Fate, named: Token) -> Token | None:
    """Whom it befell: the passive subject or the object (`victims.undergoer`), or the
    subject of "died", "survived" or "lay dead"."""
    if _relative_of_its_object(verb):
        return verb.head  # "the student he killed": the student
    found = undergoer(verb)
    if found is None and verb.dep_ == "conj" and not _has_subject(verb):
        return _undergoer(verb.head, fate, verb.head)  # "was shot and killed", "shot in
        # the head and pronounced dead": the first verb's
    if found is not None and not (fate == "alive" and found.dep_ == "dobj" and _subject(verb)):
        return found
    if fate in UNDERGOING_SUBJECTS and (named.i == verb.i or named.dep_ in {"acomp", "oprd"}):
        return _subject(verb)  # "Smith survived the crash": Smith, not the crash
    return None


def _relative_of_its_object(verb: Token) -> bool:
    """A clause on a person that its verb's object is missing from: "the student he
    killed", "the man whom police shot" (not "the man who died", "the day he died")."""
    if verb.dep_ != "relcl" or not (person_noun(verb.head) or verb.head.ent_type_ == "PERSON"):
        return False
    children = list(verb.children)
    subject = next((c for c in children if c.dep_ == "nsubj"), None)
    return (
        subject is not None
        and subject.lower_ not in {"who", "that", "which"}
        and not any(c.lower_ == "whose" for c in subject.children)  # "whose son died"
        and verb.lemma_.lower() not in INTRANSITIVE_FATES
        and not any(c.dep_ in {"dobj", "nsubjpass", "auxpass"} for c in children)
    )


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in {"nsubj", "nsubjpass", "dobj", "expl"} for c in verb.children)


def _subject(verb: Token) -> Token | None:
    if any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _people(context: ArticleContext, verb: Token, undergone: Token) -> Iterator[Span]:
    """The named people a noun phrase stands for, with those joined to it."""
    if undergone.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        undergone = verb.head  # "Smith, who was killed"
    for token in [undergone, *undergone.conjuncts]:
        if token.lower_ in ONE_PERSON_PRONOUNS:
            person = None if _unnamed_antecedent(token) else context.person_before(token.i)
            if person is not None and _named_just_before(context, person, token):
                yield person
            continue
        named = _name_of(context, token)
        if named is None:  # "a student, Braxton Bourda, was killed"
            apposed = next((c for c in token.children if c.dep_ == "appos"), None)
            named = _name_of(context, apposed) if apposed is not None else None
        if named is not None:
            yield named


def _named_just_before(context: ArticleContext, person: Span, pronoun: Token) -> bool:
    """The person a pronoun stands for is the one person named in its sentence or the
    one before: a fate is not given to whoever the article has named most ("She is in
    stable condition" after two paragraphs on her father), nor guessed between two
    ("Ann Lowe was wounded. The gunman was her neighbour, Tom Reed. She survived.")."""
    sentence = pronoun.sent
    previous = pronoun.doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
    if person.start < previous or not _a_subject(person.root):
        return False
    named = {
        name_parts(entity.text)[1]
        for window in {pronoun.doc[previous].sent, sentence}
        for entity in context.ents_in(window)
        if entity.label_ == "PERSON" and entity.start < pronoun.i
    }
    return len(named) <= 1


def _a_subject(word: Token) -> bool:
    """A clause's subject, or a name set beside one ("A third man, Craig Shelnut,
    survived"): what a later "he" or "she" most often stands for."""
    if word.dep_ == "appos":
        word = word.head
    return word.dep_ in {"nsubj", "nsubjpass"}


def _unnamed_antecedent(pronoun: Token) -> bool:
    """ "A former officer shot his ex-wife before he died": the pronoun stands for the
    unnamed subject of a clause it depends on, not for someone named before."""
    for verb in pronoun.ancestors:
        for child in verb.children:
            if child.dep_ in {"nsubj", "nsubjpass"} and child.i < pronoun.i:
                if child.pos_ == "NOUN" and person_noun(child):
                    return True
    return False


def _shared_family_name(context: ArticleContext, person: Span) -> bool:
    """A family name alone that the article gave two people ("Alan Pitts", "Judith
    Pitts" … "killing Pitts"): which one is meant is unsaid."""
    if len(person) > 1:
        return False
    last = name_parts(person.text)[1]
    return len({first for first, family in context.named_people if family == last}) > 1


def _name_of(context: ArticleContext, token: Token) -> Span | None:
    """The person's name a token heads: a PERSON entity, or a family name the article
    gave someone before ("Brewer was wounded")."""
    if token.ent_type_ == "PERSON":
        return entity_around(token)
    if token.pos_ == "PROPN" and fold(token.text) in context.people:
        return Span(token.doc, token.i, token.i + 1, label="PERSON")
    return None
