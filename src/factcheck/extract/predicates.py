"""The event words the checker knows, by the predicate class they report."""

from __future__ import annotations

from spacy.tokens import Token

from factcheck import lexicons

# lemma → predicate class, for verbs
VERB_PREDICATES: dict[str, str] = lexicons.mapping("event_verbs")
# nouns that name an event ("the inauguration of", "the signing of")
NOUN_PREDICATES: dict[str, str] = lexicons.mapping("event_nouns")
# phrasal forms: (lemma, particle or object) → class
PHRASAL_PREDICATES: dict[tuple[str, str], str] = {
    (verb, particle): predicate for verb, particle, predicate in lexicons.rows("event_phrasal")
}
PHRASAL_VERBS = frozenset(verb for verb, _ in PHRASAL_PREDICATES)
# verbs of reporting and publishing: what they date is when something was said
REPORTING_VERBS = lexicons.words("reporting_verbs")
# a meeting that "opens" or "gets under way" is being held
MEETING_START = {"open", "start"}


def predicate_of(token: Token) -> str | None:
    """The predicate class of an event word, or None when the word is not one."""
    lemma = token.lemma_.lower()
    if token.pos_ in {"VERB", "AUX"} or token.tag_.startswith("VB"):
        if lemma not in PHRASAL_VERBS:
            return VERB_PREDICATES.get(lemma)
        for child in token.children:
            if child.dep_ in {"prt", "dobj", "pobj", "prep", "advmod"}:
                key = (lemma, child.lower_)
                if key in PHRASAL_PREDICATES:
                    return PHRASAL_PREDICATES[key]
                for grandchild in child.children:
                    if (lemma, grandchild.lower_) in PHRASAL_PREDICATES:
                        return PHRASAL_PREDICATES[(lemma, grandchild.lower_)]
        return VERB_PREDICATES.get(lemma)
    if token.pos_ == "NOUN":
        return NOUN_PREDICATES.get(lemma)
    return None
