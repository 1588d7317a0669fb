"""Harm said of a person without a verb of harm: what they suffered or their condition.

"Walker suffered a gunshot wound to the leg", "sustained injuries", "Lee was taken
to hospital in critical condition", "is in stable condition": each says its subject
was hurt, though no verb names a measure (`fates` reads those). The harm nouns and
the verbs whose subject takes them are few and closed; a condition counts when a
word of the `condition_grades` hint table grades it, so "in good condition after his
arrest" is no harm, and "suffered no injuries" is none.
"""

from __future__ import annotations

from spacy.tokens import Token

from factcheck import lexicons
from factcheck.models import Fate

# verbs that put their subject in the state their complement names ("was unhurt", "is in
# critical condition")
STATE_VERBS = frozenset({"be", "remain", "stay", "lie", "escape", "walk", "emerge"})

# words for a harm that a clause says its subject suffered
HARM_NOUNS = frozenset({"injury", "wound"})
# verbs whose subject takes the harm their object names: "suffered a gunshot wound"
SUFFERING_VERBS = frozenset({"suffer", "sustain", "receive"})
# the noun for a patient's state in hospital, graded by a word of the `condition_grades`
# hint table ("critical", "stable"): "in good condition after his arrest" is no harm
CONDITION = "condition"
CONDITION_GRADES = lexicons.words("condition_grades")


def _harm_said(verb: Token) -> Token | None:
    """The word that says a verb's subject was hurt without a verb of harm: "suffered a
    gunshot wound", "sustained injuries", "is in critical condition", "was taken to
    hospital in stable condition"; not "suffered no injuries"."""
    if verb.pos_ not in {"VERB", "AUX"} or any(c.dep_ == "neg" for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ == "dobj" and verb.lemma_.lower() in SUFFERING_VERBS:
            if child.lemma_.lower() in HARM_NOUNS and not _none_of(child):
                return child
        if child.dep_ == "prep" and child.lower_ == "in":
            for noun in (c for c in child.children if c.dep_ == "pobj"):
                grades = {c.lemma_.lower() for c in noun.children if c.dep_ in {"amod", "compound"}}
                if noun.lemma_.lower() == CONDITION and grades & CONDITION_GRADES:
                    return noun
    return None


def _none_of(noun: Token) -> bool:
    """ "no injuries": none at all."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def harmed(verb: Token) -> tuple[Fate, Token, list[Token]] | None:
    """A clause that says its subject was hurt by what they suffered or by their
    condition, when its verb names no fate ("died of a gunshot wound" is a death)."""
    harm = _harm_said(verb)
    subject = next((c for c in verb.children if c.dep_ in {"nsubjpass", "nsubj"}), None)
    if harm is None or subject is None or subject.dep_ == "nsubj" and _done_by_subject(verb):
        return None
    return "injured", subject, [verb, harm]


def _done_by_subject(verb: Token) -> bool:
    """An active verb whose subject acts on someone else ("the gunman left him in
    critical condition"): the harm is not the subject's."""
    if verb.lemma_.lower() in SUFFERING_VERBS or verb.lemma_.lower() in STATE_VERBS:
        return False
    return any(c.dep_ == "dobj" for c in verb.children)
