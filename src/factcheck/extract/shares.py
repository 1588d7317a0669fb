"""Shares and votes: what a percentage is a share of, and whose it is.

"won 52 percent of the vote" is a share of the vote; "won 38% of the votes, but he
obtained just 44.7%" leaves the vote out of the second share, whose holder is the
clause's subject or the person named right before the figure ("and her main opponent,
Xóchitl Gálvez, between 26.6% and 28.6%"). A share may be of a numbered part of a
contest ("won the first round with 38%"), of a group named by what it did ("76 percent
of the electorate turned out": the turnout), or of the count so far ("with 86% of the
votes counted"), which is no result.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from factcheck import lexicons
from factcheck.extract.figure_owners import (
    ENTITY_OWNERS,
    OWNER_PRONOUNS,
    RESULT_VERBS,
    PronounOwner,
    _owner_name,
)
from factcheck.extract.measure_words import MEASURE_SYNONYMS, NEUTRAL_VERBS, _subject
from factcheck.extract.places import slug
from factcheck.extract.predicates import with_particle
from factcheck.normalise.amounts import AmountMention


def _share_of(span: Span) -> Token | None:
    """What a percentage is a share of, when an "of" phrase after it says ("won 52 percent
    of the vote", "about 27% of world GDP")."""
    for token in span:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of" and child.i >= span.end:
                objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
                if objects:
                    return objects[0]
    return None


# how many sentences before its own a share that leaves out its group looks for one
SHARE_SENTENCES = 2


def _share_said_before(span: Span) -> Token | None:
    """What an earlier percentage of the sentence, or of the two before it, is a share
    of, for one that leaves it out and is held by someone ("won 38% of the votes, but he
    obtained just 44.7%", "Milei had 55.8% of the vote and Massa 44.2%"; "Sheinbaum won
    58.3% of the vote. … Gálvez, who got 26.6%")."""
    doc = span.doc
    start = span.sent.start
    verb = _clause_verb(span.root)
    if verb is not None and verb.lemma_.lower() in RESULT_VERBS:
        # "… who got between 26.6% and 28.6%": a result; "led polls with 60%" is not
        for _ in range(SHARE_SENTENCES):
            start = doc[start - 1].sent.start if start > 0 else start
    found: Token | None = None
    for token in doc[start : span.start]:
        if token.lower_ in {"%", "percent"} or token.lemma_.lower() == "percentage":
            group = _share_of(doc[token.i : token.i + 1])
            found = group if group is not None else found
    return found


COUNT_PROGRESS = lexicons.words("count_progress")


def counting_progress(group: Token) -> bool:
    """A share of what has been counted so far: "97.6% of votes tallied", "with 86% of
    the votes counted"."""
    return any(
        child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() in COUNT_PROGRESS
        for child in group.children
    )


def _clause_verb(token: Token) -> Token | None:
    """The verb of the clause a word is in, a few steps up the parse."""
    for _ in range(4):
        if token.pos_ in {"VERB", "AUX"}:
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _holder(span: Span, pronoun_owner: PronounOwner | None) -> str | None:
    """Who holds a figure as its own clause's subject: a named person, organisation or
    place ("Massa took 44.2%"), or a pronoun standing for one ("he obtained 44.7%"); not
    the other side of "against" or "to" ("44.7% against 55.8%")."""
    if span.root.dep_ == "pobj" and span.root.head.lower_ in {"against", "to", "versus", "vs"}:
        return None
    if span.root.dep_ in {"appos", "npadvmod"} and span.root.head.ent_type_ in ENTITY_OWNERS:
        return _owner_name(span.root.head)  # "Milei had 55.8% and Sergio Massa 44.2%"
    named = _named_right_before(span)
    if named is not None:  # "Sheinbaum won 59%, and her main opponent, Xóchitl Gálvez, 27%"
        return _owner_name(named)
    put = _put_at(span)
    if put is not None:  # "the count put her nearest rival, Xóchitl Gálvez, at 27 percent"
        return _owner_name(put)
    verb = _clause_verb(span.root)
    subject = _subject(verb) if verb is not None else None
    if subject is None:
        return None
    if subject.lower_ in OWNER_PRONOUNS:
        return pronoun_owner(subject) if pronoun_owner is not None else None
    return _owner_name(subject) if subject.ent_type_ in ENTITY_OWNERS else None


# words that may stand between a holder named in a clause without its verb and the
# figure: "…, and Xóchitl Gálvez, between 26.6% and 28.6%"
BEFORE_A_FIGURE = frozenset({",", "between", "about", "around", "nearly", "almost", "some"})


def _named_right_before(span: Span) -> Token | None:
    """A person or party named right before a figure, with no verb between them: the
    holder of a clause that leaves its verb out ("and her main opponent, Xóchitl
    Gálvez, between 26.6% and 28.6%")."""
    doc = span.doc
    index = span.start - 1
    while index > span.sent.start and doc[index].lower_ in BEFORE_A_FIGURE:
        index -= 1
    word = doc[index]
    if index == span.start - 1 or word.ent_type_ not in ENTITY_OWNERS or word.ent_iob_ == "":
        return None  # "Milei had 55.8%": the verb says who holds it
    if any(t.pos_ in {"VERB", "AUX"} for t in doc[index : span.start]):
        return None
    return word


def _put_at(span: Span) -> Token | None:
    """The named object of "put … at" a figure ("put her nearest rival, Xóchitl Gálvez,
    at 26.6-28.8 percent"): the person or party the figure is of."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "at" or root.head.head.pos_ != "VERB":
        return None
    for child in root.head.head.children:
        if child.dep_ != "dobj":
            continue
        if child.ent_type_ == "PERSON":
            return child
        named = [c for c in child.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
        return named[0] if named else None
    return None


def _phase(figure: Token) -> str | None:
    """The numbered part of a contest a figure's clause is about: "won the first round
    with 38%", "in this second round he obtained 44.7%", "scored 20 points in the second
    half" ("first-round", "second-half")."""
    verb = _clause_verb(figure)
    if verb is None:
        return None
    for child in verb.children:
        nouns = [child] if child.dep_ == "dobj" else []
        if child.dep_ == "prep" and child.lower_ in {"in", "during", "at"}:
            nouns = [c for c in child.children if c.dep_ == "pobj"]
        for noun in nouns:
            for mod in noun.children:
                if mod.dep_ == "amod" and mod.ent_type_ == "ORDINAL" and noun.pos_ == "NOUN":
                    return f"{mod.lower_}-{noun.lemma_.lower()}"
    return None


def _share_acting(span: Span, verb: Token, mention: AmountMention) -> str | None:
    """A share of a group named by what that share did: "76 percent of the electorate
    turned out" is the turnout, "60% of voters cast ballots" the share that voted, in
    the lexicon's name for the act where it has one."""
    if mention.amount.kind != "percent" or _share_of(span) is None:
        return None
    subject = span.root if span.root.dep_ == "nsubj" else span.root.head
    if subject.dep_ != "nsubj" or subject.head.i != verb.i or verb.pos_ != "VERB":
        return None
    if verb.lemma_.lower() in NEUTRAL_VERBS:
        return None  # "60% of voters said …": what they said, not a share that acted
    act = with_particle(verb)
    return MEASURE_SYNONYMS.get(act) or MEASURE_SYNONYMS.get(act.replace("-", " ")) or slug(act)
