"""Whose a figure is: the owner key a measure is prefixed with.

An owner is named in the possessive ("Labour's 412 seats", "the runner's 2:00:35
finish"), by "for" ("364 seats for the Conservatives"), as the subject of the clause
("India made 240 runs", "Smith took 48% of the vote"), as a definite common noun that
wins a count ("the ruling party") or by a pronoun the article's context resolves ("he"
-> "mahomes"). People are keyed by surname, as reports name them ("Anura Kumara
Dissanayake" and "Dissanayake"); a title before a name is none of it ("PM Modi").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from factcheck import lexicons
from factcheck.extract.context import entity_around
from factcheck.extract.measure_words import GENERIC_NOUNS
from factcheck.extract.places import slug
from factcheck.extract.predicates import REPORTING_VERBS

# verbs a contender's result is said with, which may leave out what it is a share of
RESULT_VERBS = frozenset(
    {"win", "get", "take", "receive", "obtain", "secure", "poll", "garner", "attain", "have"}
)


def _possessor(noun: Token) -> str | None:
    """Whose a thing is when the text says so with a possessive: a name, a noun, or for
    "whose" the one the relative clause is about."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    if poss.lower_ == "whose":
        clause = next((t for t in poss.ancestors if t.dep_ == "relcl"), None)
        poss = clause.head if clause is not None else poss
    if poss.pos_ not in {"NOUN", "PROPN"}:
        return None
    return slug(_entity_words(poss)) if poss.pos_ == "PROPN" else poss.lemma_.lower()


ENTITY_OWNERS = {"PERSON", "ORG", "GPE", "NORP"}

# whom a pronoun stands for, as an owner's key: "he" -> "mahomes"
PronounOwner = Callable[[Token], str | None]
OWNER_PRONOUNS = frozenset({"he", "she"})
POSSESSIVE_PRONOUNS = frozenset({"his", "her"})
# possessive pronouns that leave a figure someone's without saying whose
UNSAID_OWNERS = frozenset({"his", "her", "its", "their"})


def _named_possessor(noun: Token) -> str | None:
    """The name written in the possessive before a counted noun ("Labour's 412 seats", "the
    Liberal Democrats' 12% vote share"): whose the figure is."""
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ not in POSSESSIVE_PRONOUNS and _named(child):
            if child.ent_type_ == "PERSON":
                return _owner_name(child)  # "Smith's 12 goals": Smith's, by family name
            # the whole name, whatever part of it the tagger took ("Democrats" of "the
            # Liberal Democrats'")
            start = child.left_edge.i
            words = [t for t in child.doc[start : child.i + 1] if t.pos_ == "PROPN"]
            return slug(" ".join(t.text for t in words)) or None
    return None


def _clause_owner(
    noun: Token, pronoun_owner: PronounOwner | None = None, common: bool = False
) -> str | None:
    """For a plain counted noun ("240 runs"), who the clause is about ("India"); for a
    pronoun subject, whom `pronoun_owner` says it stands for. With `common`, a definite
    common noun that wins or takes the count holds it too ("The ruling party won 159
    seats", "the opposition alliance took 87"): two contenders' results, not one figure."""
    current: Token | None = noun
    for _ in range(6):  # "came out on top in the first round with 5,634,915 votes"
        if current is None:
            break
        for child in current.children:
            if child.dep_ not in {"nsubj", "nsubjpass"}:
                continue
            if child.tag_ in {"WP", "WDT"} and current.dep_ == "relcl":
                # "Atiku Abubakar, who got 6,984,520 votes": Atiku's alone
                return _owner_name(current.head) if _named(current.head) else None
            # "The incumbent, Ranil Wickremesinghe, was trailing with 235,000 votes"
            named = next((c for c in child.children if c.dep_ == "appos" and _named(c)), None)
            if named is not None and not _named(child):
                child = named
            if _named(child):
                partners = [c for c in child.children if c.dep_ == "conj"]
                return "+".join(_owner_name(t) for t in [child, *partners])
            if child.lower_ in OWNER_PRONOUNS and pronoun_owner is not None:
                return pronoun_owner(child)  # "in this second round he obtained 44.7%"
            if common and current.lemma_.lower() in CONTENDER_VERBS:
                contender = _definite_contender(child)
                if contender is not None:
                    return contender
        if current.dep_ in {"ccomp", "parataxis"} and current.head.lemma_ in REPORTING_VERBS:
            break  # "the IOM said five bodies were found": who says is a source, not an owner
        current = current.head if current.head.i != current.i else None
    return None


# verbs a contender's result is said with, when the count is what it won (not "have":
# "the plane had 99 passengers" is the story's figure, held by no contender)
CONTENDER_VERBS = RESULT_VERBS - {"have"}


DEFINITE = frozenset({"the", "this", "that"})


def _definite_contender(subject: Token) -> str | None:
    """ "the ruling party", "the opposition alliance": a definite common noun named by
    its lemma and the words that qualify it ("ruling-party")."""
    if subject.pos_ != "NOUN" or subject.lemma_.lower() in GENERIC_NOUNS:
        return None
    if not any(
        (c.dep_ == "det" and c.lower_ in DEFINITE) or c.dep_ == "poss" for c in subject.children
    ):
        return None  # "no party won 200 seats", "each party won 20": no one contender
    words = [
        c.lower_
        for c in subject.children
        if c.dep_ in {"compound", "amod"} and c.i < subject.i and c.is_alpha
    ]
    return slug(" ".join([*words, subject.lemma_.lower()]))


# words of a title or office written before a name ("PM Modi", "President Ruto")
TITLES_BEFORE_NAMES = lexicons.words("title_words") | {
    alias for alias in lexicons.mapping("office_aliases") if " " not in alias
}


def _owner_name(token: Token) -> str:
    """An owner's key: a person by surname, as reports name them ("Anura Kumara
    Dissanayake" and "Dissanayake"), anything else by its whole name; a title before
    the name is none of it ("PM Modi" is Modi, as "Modi" is)."""
    words = _entity_words(token).split()
    while len(words) > 1 and (
        words[0].lower().strip(".") in TITLES_BEFORE_NAMES or words[0].lower() == "the"
    ):
        words = words[1:]  # "PM Modi" is Modi; "the Scottish National Party" is its name
    if token.ent_type_ == "PERSON" or (len(words) == 1 and token.pos_ == "PROPN"):
        words = words[-1:]
    return slug(" ".join(words))


# entities that name no one who could hold a figure: "the crash that claimed 97 lives on Friday"
NOT_OWNERS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def _given_for(noun: Token) -> str | None:
    """Whose counted things are when a "for" names them: "364 seats for the
    Conservatives", "three gold medals for Kenya"."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            named = next((c for c in child.children if c.dep_ == "pobj" and _named(c)), None)
            if named is not None:
                return _owner_name(named)
    return None


def _named(token: Token) -> bool:
    if token.ent_type_ in NOT_OWNERS:
        return False
    return token.ent_type_ in ENTITY_OWNERS or token.pos_ == "PROPN"


def _entity_words(token: Token) -> str:
    """The name a token is part of: its entity, or, where the tagger found none, the
    proper nouns joined to it before it ("the Liberal Democrats'")."""
    entity = entity_around(token)
    if entity is not None:
        return entity.text
    start = token.i
    while start > 0:
        before = token.doc[start - 1]
        if before.pos_ != "PROPN" or before.dep_ != "compound" or before.head.i != token.i:
            break
        start -= 1
    return token.doc[start : token.i + 1].text
