"""How many times someone did or underwent one act: "was shot twice", "was stabbed 12
times", "scored three times". The count belongs to the act and to the person it is
said of; reports that give one person's act different counts disagree."""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck.normalise.amounts import TIMES_ADVERBS


def repeated_act(span: Span) -> Token | None:
    """The verb a count of times is said of, or None: "twice" and "three times" as the
    adverb of a verb ("twice as many" and "three times the size" are multiples)."""
    number = span.root
    if number.lower_ in TIMES_ADVERBS:
        times = number
    elif number.dep_ == "nummod" and number.head.lower_ == "times":
        times = number.head
    else:
        return None
    verb = times.head
    if times.dep_ not in {"advmod", "npadvmod"} or verb.pos_ != "VERB":
        return None
    return verb
