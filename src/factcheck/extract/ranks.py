"""Ranks: where a thing stands among its kind ("the SCO's supreme decision-making body",
"the council ranks as the regional organisation's second-highest forum").

A rank claim is a superlative — an adjective the parser tags as superlative
("largest", "highest", "deadliest"), or one of the few that rank first without
the ending (the `superlatives` lexicon: supreme, top…) — that the sentence
predicates of a subject: in apposition ("X, the country's largest city"),
after a copula ("X is the second-largest"), or after "as" ("ranks as the
second-highest forum"). The superlative may rank a noun ("the world's fourth
largest network") or stand for one ("which is the world's third-largest"); a
relative pronoun's subject is the noun the clause is said of. An ordinal
before the adjective gives the position ("second-highest" is 2); a bare
superlative is 1. The scope is the possessor or an "in" phrase when it names a
country, a place or the world, so "Pakistan's largest city", "the largest
city in Texas" and "the world's 12th largest city" are not compared. A rank
bounded in time ("the strongest in 18 years", "since 2010") is a duration or
a date, not a standing, and makes no rank claim; nor does a place in time
("the latest victim"), nor a superlative without "the" or a possessor ("a
best friend", "sales were highest in June").

The claims of a story on one dimension share one key; what tells two ranked
things apart is the description of the subject (`RankValue`: its owner
country, content words, head and the kind it is ranked among), which FC202
compares.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from factcheck import lexicons
from factcheck.extract.context import ArticleContext, extractor, new_claim
from factcheck.extract.counted import antecedent
from factcheck.extract.numbering import ordinal_value
from factcheck.extract.places import country_of_name, slug
from factcheck.extract.subjects import noun_phrase_words, thing_class
from factcheck.models import Claim, RankValue

SUPERLATIVES = lexicons.mapping("superlatives")
WORLD = {"world", "globe", "planet", "earth"}
# where a superlative with no noun of its own stands as a noun phrase
NOUNLESS_DEPS = {"attr", "appos", "pobj", "acomp"}
TIME_WORDS = {"ever", "yet", "recorded", "record", "history"}
TIME_MARKERS = {"since", "until", "till"}
# "the latest victim", "the newest": a place in time, which each new report moves
TIME_DIMENSIONS = {"late", "early", "new", "recent"}


def _dimension(adjective: Token) -> str | None:
    if adjective.tag_ == "JJS" and adjective.lower_ not in {"most", "least"}:
        dimension = SUPERLATIVES.get(adjective.lower_, adjective.lemma_.lower())
        return None if dimension in TIME_DIMENSIONS else dimension
    return SUPERLATIVES.get(adjective.lower_)


def _ranked(token: Token) -> tuple[Token, str] | None:
    """The adjective that ranks a token and its dimension: the superlative before a noun
    ("largest network"), or one that is itself the noun phrase ("the third-largest")."""
    determined = any(c.dep_ == "poss" or c.lower_ == "the" for c in token.lefts) or any(
        ordinal_value(c.lower_) is not None and any(d.lower_ == "the" for d in c.lefts)
        for c in token.lefts
    )  # "was the 18th largest": "the" hangs from the ordinal
    if not determined:
        return None  # "sales were highest in June", "a best friend": no standing
    if token.pos_ in {"NOUN", "PROPN"}:
        for child in token.lefts:
            if child.dep_ == "amod" and (dimension := _dimension(child)):
                return child, dimension
        return None
    if token.pos_ != "ADJ" or token.dep_ not in NOUNLESS_DEPS:
        return None
    dimension = _dimension(token)
    return (token, dimension) if dimension else None


def _position(adjective: Token) -> int | None:
    """1 for a bare superlative; the ordinal before it ("second-highest") otherwise."""
    doc = adjective.doc
    before = [t for t in doc[max(adjective.i - 2, 0) : adjective.i] if t.text != "-"]
    for token in reversed(before):
        found = ordinal_value(token.lower_)
        if found is not None:
            return found
    if any(t.ent_type_ in {"ORDINAL", "CARDINAL"} for t in before):
        return None  # an ordinal written some other way: not read
    return 1


def _subject(ranked: Token) -> Token | None:
    """What the ranked phrase is said of: its apposition's head, the copula's subject,
    the subject of "ranks as", or the noun before a comma that opens the phrase."""
    if ranked.dep_ == "appos" and ranked.head.pos_ in {"NOUN", "PROPN"}:
        return ranked.head
    if ranked.dep_ in {"attr", "acomp"}:
        subject = antecedent(next((c for c in ranked.head.children if c.dep_ == "nsubj"), None))
        return _it_before(subject) if subject is not None and subject.lower_ == "it" else subject
    if ranked.dep_ == "pobj" and ranked.head.lower_ == "as":
        verb = ranked.head.head
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        return antecedent(subject)
    start = ranked.left_edge.i
    if ranked.pos_ != "ADJ" and start >= 2 and ranked.doc[start - 1].text == ",":
        before = ranked.doc[start - 2]
        if before.pos_ in {"NOUN", "PROPN"}:
            return before
    return None


def _it_before(pronoun: Token) -> Token | None:
    """What "it" opening a sentence stands for: the named subject of the sentence before
    ("Silicon Valley Bank collapsed on Friday. It was the 16th-largest bank …")."""
    sentence = pronoun.sent
    if sentence.start == 0 or pronoun.i != sentence.start:
        return None
    before = pronoun.doc[sentence.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ == "PERSON":
        return None  # "Yellen visited the bank. It was …": not Yellen
    return subject


def _place(token: Token) -> str | None:
    """The scope a possessor or an "in" object names: the world, a country or a place."""
    if token.lower_ in WORLD:
        return "world"
    words = noun_phrase_words(token)
    country = country_of_name(words) or country_of_name(token.text)
    if country:
        return country
    if token.ent_type_ in {"GPE", "LOC"}:
        return slug(words)
    return None  # "the SCO's", "in the region": a scope this reading cannot name


def _scope(ranked: Token) -> str | None:
    for child in ranked.children:
        if child.dep_ == "poss":
            return _place(child)
    holders = [ranked, ranked.head] if ranked.dep_ == "attr" else [ranked]
    for holder in holders:  # "is the fourth largest in the world": "in" may hang on "is"
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ == "in":
                for obj in child.children:
                    if obj.dep_ == "pobj" and (place := _place(obj)):
                        return place
    return None


def _bounded_in_time(ranked: Token) -> bool:
    """ "The strongest in 18 years", "since 2010", "of the century", "ever", "since more
    than 140 people died in 2010": a superlative within a stretch of time."""
    around = ranked.head.children if ranked.dep_ == "attr" else iter(())
    for child in [*ranked.subtree, *(c for c in around if c.dep_ in {"prep", "advcl"})]:
        if child.dep_ == "prep" and child.lower_ in {"in", "since", "for", "this", "ever", "of"}:
            if any(
                t.ent_type_ in {"DATE", "TIME"}
                or (child.lower_ != "of" and (t.ent_type_ == "CARDINAL" or t.like_num))
                for t in child.subtree
            ):
                return True
        if child.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in TIME_MARKERS for c in child.children
        ):
            return True
        if child.lower_ in TIME_WORDS:
            return True
    return False


def _thing_words(ranked: Token) -> str:
    """The ranked phrase without its article and possessor: "fourth largest network",
    "third-largest"."""
    if ranked.pos_ != "ADJ":
        return noun_phrase_words(ranked)
    own = [t.i for t in ranked.lefts if t.dep_ not in {"det", "poss"}]
    return ranked.doc[min(own, default=ranked.i) : ranked.i + 1].text


def _written(subject: Token) -> str:
    """The subject's phrase up to its head, without its article ("India's railway system")."""
    start = subject.left_edge.i
    if subject.doc[start].dep_ == "det" and start < subject.i:
        start += 1
    return subject.doc[start : subject.i + 1].text


def _rank_value(
    position: int, dimension: str, ranked: Token, subject: Token, noun: Token | None
) -> RankValue:
    """The standing with what tells its thing from another: the country that owns it,
    its content words (the noun and the nouns modifying it), its common-noun head and
    the kind it is ranked among."""
    phrase = noun_phrase_words(subject)
    whole = country_of_name(phrase) or country_of_name(subject.text)
    owner, words = whole, []
    if whole is None:  # else the subject is a country ("the US, the world's largest economy")
        modifiers = [c for c in subject.lefts if c.dep_ in {"compound", "nmod", "amod", "poss"}]
        for token in [*modifiers, subject]:
            country = country_of_name(token.text)
            if country:
                owner = owner or country
            elif token.pos_ in {"NOUN", "PROPN"} and token.dep_ != "poss":
                words.append(token.lemma_.lower())
    kind = thing_class(phrase) or (thing_class(noun_phrase_words(noun)) if noun else None)
    if kind is None and noun is not None:
        kind = noun.lemma_.lower()
    return RankValue(
        position=position,
        dimension=dimension,
        scope=_scope(ranked),
        thing=_thing_words(ranked),
        of=_written(subject),
        owner=owner,
        words=tuple(words),
        head=subject.lemma_.lower() if subject.pos_ == "NOUN" else None,
        kind=kind or subject.lemma_.lower(),
        kind_implied=kind is None,
    )


@extractor("rank")
def rank_claims(context: ArticleContext, sentence: Span) -> Iterator[Claim]:
    for ranked in sentence:
        found = _ranked(ranked)
        if found is None:
            continue
        adjective, dimension = found
        subject = _subject(ranked)
        position = _position(adjective)
        if subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
            continue
        if position is None or _bounded_in_time(ranked):
            continue
        noun = ranked if ranked.pos_ in {"NOUN", "PROPN"} else None
        yield new_claim(
            context,
            sentence,
            [t for t in ranked.subtree if t.i <= ranked.i],
            subject=f"rank:{dimension}",
            predicate="rank",
            value=_rank_value(position, dimension, ranked, subject, noun),
        )
